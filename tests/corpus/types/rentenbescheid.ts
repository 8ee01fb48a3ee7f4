/** Rentenbescheid: DRV Rentenanpassungsmitteilung, a first pension notice over several pages, a Neuberechnung of the Zahlbetrag, a widow's pension in running text and the payment service's notice with a summary box (holdout). */
import { addressWindow, closing, footer, GRAY, infoBlock, LIGHT, recipientLines, rechtsbehelf, returnLine, subject, table, HINWEISE, type Cell } from '../blocks.js';
import type { Ctx } from '../context.js';
import type { Color } from '../doc.js';
import { addDays, addMonths, firstOfMonth, iso, lastOfMonth, type IsoDate } from '../dates.js';
import * as fake from '../fake.js';
import { cents, COUNT_WORDS, decimal } from '../format.js';
import type { DocumentKind } from '../layout.js';

interface Pension {
  person: fake.Person;
  address: fake.Address;
  vsnr: string;
  traeger: readonly [string, string, string];
  brutto: number;
  old: number;
  kvRate: number;
  pvRate: number;
  kv: number;
  pv: number;
  zahlbetrag: number;
  ab: IsoDate;
  rentenwert: number;
  rentenwertAlt: number;
}

function draw(ctx: Ctx, ab: IsoDate, born: [number, number] = [1938, 1960]): Pension {
  const person = fake.person(ctx.rng, { bornFrom: born[0], bornTo: born[1] });
  const brutto = cents(ctx.rng.weighted([[ctx.rng.float(380, 900), 3], [ctx.rng.float(900, 1600), 5], [ctx.rng.float(1600, 2600), 2]]));
  const zusatz = ctx.rng.pick([1.7, 2.5, 2.9, 3.1]);
  const kvRate = 7.3 + zusatz / 2;
  const pvRate = ctx.rng.pick([3.4, 3.6, 4.2]);
  const kv = cents((brutto * kvRate) / 100);
  const pv = cents((brutto * pvRate) / 100);
  const year = Number(ab.slice(0, 4));
  const rentenwert = year >= 2025 ? 40.79 : 39.32;
  const rentenwertAlt = year >= 2025 ? 39.32 : 37.6;
  return {
    person,
    address: fake.address(ctx.rng),
    vsnr: fake.versicherungsnummer(ctx.rng, person),
    traeger: ctx.rng.pick(fake.DRV_TRAEGER),
    brutto,
    old: cents(brutto / (rentenwert / rentenwertAlt)),
    kvRate,
    pvRate,
    kv,
    pv,
    zahlbetrag: cents(brutto - kv - pv),
    ab,
    rentenwert,
    rentenwertAlt,
  };
}

function truth(ctx: Ctx, r: Pension): void {
  ctx.set('name', fake.fullName(r.person));
  ctx.set('versicherungsnummer', r.vsnr);
  ctx.set('rente_brutto', r.brutto);
  ctx.set('zahlbetrag', r.zahlbetrag);
  ctx.set('gueltig_ab', r.ab);
}

const vsnrText = (ctx: Ctx, v: string) => ctx.rng.pick([fake.groupVsnr(v), fake.groupVsnr(v), v, `${v.slice(0, 2)} ${v.slice(2, 8)} ${v.slice(8)}`]);
const drvHead = (ctx: Ctx, r: Pension) => {
  const d = ctx.doc;
  d.text(d.left, 46, 'Deutsche Rentenversicherung', { size: 14, bold: true, color: [0.0, 0.3, 0.6] });
  d.text(d.left, 60, r.traeger[0].replace('Deutsche Rentenversicherung', '').trim() || 'Bund', { size: 11, color: [0.0, 0.3, 0.6] });
  returnLine(d, `${r.traeger[0]} · ${r.traeger[1]} ${r.traeger[2]}`);
};
const anrede = (p: fake.Person) => (p.gender === 'f' ? `Sehr geehrte Frau ${p.last},` : `Sehr geehrter Herr ${p.last},`);

/** A: the yearly adjustment notice: old and new figures side by side */
function anpassung(ctx: Ctx): void {
  const ab = ctx.rng.pick([iso(2024, 7, 1), iso(2025, 7, 1)]);
  const r = draw(ctx, ab);
  const d = ctx.start({ family: 'helvetica', size: 9.5 });
  drvHead(ctx, r);
  addressWindow(d, recipientLines(ctx, r.person, r.address, { name: 'name' }));
  infoBlock(d, [
    ['Versicherungsnummer', { text: vsnrText(ctx, r.vsnr), field: 'versicherungsnummer' }],
    ['Rentenzeichen', `${ctx.rng.digits(2)} ${ctx.rng.digits(6)} ${ctx.rng.digits(3)}`],
    ['Datum', ctx.date(addDays(ab, -ctx.rng.int(20, 45)))],
  ], { labelWidth: 92 });
  subject(d, [ctx.pick(['Rentenanpassung zum', 'Mitteilung über die Rentenanpassung zum'], ['Anpassung Ihrer Rente ab dem']) + ` ${ctx.date(ab)}`]);
  d.write(anrede(r.person));
  d.move(4);
  d.para(`zum ${ctx.date(ab)} werden die Renten angepasst. Der aktuelle Rentenwert erhöht sich von ${decimal(r.rentenwertAlt)} EUR auf ${decimal(r.rentenwert)} EUR. Ihre ${ctx.rng.pick(['Altersrente', 'Regelaltersrente', 'Rente wegen voller Erwerbsminderung', 'Witwenrente'])} berechnen wir deshalb neu.`);
  const c1 = d.left + 320;
  const c2 = d.right;
  const m = (v: number) => ctx.money(v, 'bare');
  const rows: Cell[][] = [
    [ctx.pick(['Monatliche Rente', 'Rente (brutto)', 'Monatsrente brutto'], ['Bruttorente monatlich']), m(r.old), { text: m(r.brutto), field: 'rente_brutto' }],
    [`abzüglich Beitragsanteil zur Krankenversicherung (${decimal(r.kvRate, 2)} %)`, m(cents((r.old * r.kvRate) / 100)), m(r.kv)],
    [`abzüglich Beitrag zur Pflegeversicherung (${decimal(r.pvRate, 1)} %)`, m(cents((r.old * r.pvRate) / 100)), m(r.pv)],
    [ctx.pick(['Zahlbetrag', 'Auszahlungsbetrag', 'zu zahlender Betrag'], ['Nettozahlbetrag']), m(cents(r.old - (r.old * r.kvRate) / 100 - (r.old * r.pvRate) / 100)), { text: m(r.zahlbetrag), field: 'zahlbetrag' }],
  ];
  table(ctx, [
    { header: 'Beträge in EUR', x: d.left, width: 250 },
    { header: 'bisher', x: c1, align: 'right' },
    { header: `ab ${ctx.ndate(ab)}`, x: c2, align: 'right' },
  ], rows, { grid: true, headerFill: LIGHT });
  d.place('gueltig_ab', ctx.date(ab));
  d.para(`Der neue Zahlbetrag wird erstmals am Ende des Monats ${ctx.date(ab).replace(/^\d+\.\s?/, '')} auf Ihr Konto gezahlt. Bei Änderungen in Ihrer Kranken- oder Pflegeversicherung benachrichtigen Sie bitte umgehend Ihre Krankenkasse.`);
  d.para(ctx.rng.pick(HINWEISE));
  closing(ctx, { greeting: 'Mit freundlichen Grüßen', signer: 'Ihre Deutsche Rentenversicherung' });
  footer(d, [[r.traeger[0], `${r.traeger[1]} ${r.traeger[2]}`], ['Servicetelefon 0800 1000 4800 (kostenlos)', 'www.deutsche-rentenversicherung.de']], 'Seite x von y');
  truth(ctx, r);
}

/** B: the first notice over several pages: start of the pension, back payment, calculation */
function bescheidNeu(ctx: Ctx): void {
  const ab = firstOfMonth(addDays(ctx.today, -ctx.rng.int(40, 300)));
  const r = draw(ctx, ab, [1956, 1961]);
  const d = ctx.start({ family: ctx.rng.pick(['helvetica', 'times']), size: 9.5 });
  drvHead(ctx, r);
  addressWindow(d, recipientLines(ctx, r.person, r.address, { name: 'name' }));
  infoBlock(d, [
    ['Versicherungsnummer', { text: vsnrText(ctx, r.vsnr), field: 'versicherungsnummer' }],
    ['Datum', ctx.ndate(addDays(ab, ctx.rng.int(20, 90)))],
    ['Telefon', `0${ctx.rng.digits(3)} ${ctx.rng.digits(3)}-${ctx.rng.digits(4)}`],
  ], { labelWidth: 92 });
  const art = ctx.rng.pick(['Regelaltersrente', 'Altersrente für besonders langjährig Versicherte', 'Altersrente für langjährig Versicherte', 'Altersrente für schwerbehinderte Menschen']);
  subject(d, [ctx.pick(['Rentenbescheid', 'Bescheid'], ['Rentenbewilligung']), `${art}`]);
  d.write(anrede(r.person));
  d.move(4);
  d.para(`auf Ihren Antrag vom ${ctx.date(addMonths(ab, -3))} erhalten Sie von uns ${art}. Die Rente beginnt am ${ctx.v('gueltig_ab', ctx.date(ab))} und wird auf unbestimmte Dauer geleistet.`);
  const nachzahlung = cents(r.zahlbetrag * ctx.rng.int(1, 4));
  d.para(`Die monatliche Rente beträgt ab ${ctx.date(ab)} ${ctx.v('rente_brutto', ctx.money(r.brutto))}. Nach Abzug der Beiträge zur Kranken- und Pflegeversicherung ergibt sich ein ${ctx.pick(['Zahlbetrag', 'monatlicher Zahlbetrag'], ['auszuzahlender Betrag'])} von ${ctx.v('zahlbetrag', ctx.money(r.zahlbetrag))}.`);
  d.para(`Für die Zeit vom ${ctx.date(ab)} bis ${ctx.date(addDays(addMonths(ab, 2), -1))} ergibt sich eine Nachzahlung von ${ctx.money(nachzahlung)}. Die Nachzahlung wird vorläufig einbehalten, bis die Ansprüche anderer Stellen geklärt sind.`);
  d.para(ctx.rng.pick(HINWEISE));
  rechtsbehelf(ctx, r.traeger[0]);
  closing(ctx, { signer: 'Ihre Deutsche Rentenversicherung' });
  d.newPage();
  d.write('Anlage 1 – Berechnung der Rente', { bold: true, size: 11 });
  d.move(4);
  const ep = cents(r.brutto / r.rentenwert * 10000) / 10000;
  const rows: Cell[][] = [
    ['Summe der Entgeltpunkte', decimal(ep * 0.97, 4)],
    ['Zugangsfaktor', '1,0000'],
    ['persönliche Entgeltpunkte', decimal(ep, 4)],
    ['Rentenartfaktor', '1,0000'],
    ['aktueller Rentenwert', `${decimal(r.rentenwert)} EUR`],
    ['Monatsrente', ctx.money(r.brutto)],
    [`Beitragsanteil Krankenversicherung (${decimal(r.kvRate, 2)} %)`, ctx.money(r.kv)],
    [`Beitrag Pflegeversicherung (${decimal(r.pvRate, 1)} %)`, ctx.money(r.pv)],
    ['Zahlbetrag', ctx.money(r.zahlbetrag)],
  ];
  table(ctx, [{ header: 'Berechnungsgröße', x: d.left }, { header: 'Wert', x: d.right, align: 'right' }], rows, { grid: true });
  d.write('Anlage 2 – Versicherungsverlauf (Auszug)', { bold: true, size: 11 });
  for (let i = 0; i < ctx.rng.int(6, 14); i++) {
    const y = 1975 + i * 3;
    d.row([{ x: d.left, text: `${ctx.ndate(iso(y, 1, 1))} – ${ctx.ndate(iso(y + 2, 12, 31))}` }, { x: d.left + 200, text: ctx.rng.pick(['Pflichtbeitragszeit', 'Kindererziehung', 'Arbeitslosigkeit', 'Schulausbildung', 'Pflichtbeiträge Beschäftigung']) }, { x: d.right, text: decimal(ctx.rng.float(0.5, 3.2), 4), align: 'right' }], { size: 8.5 });
  }
  footer(d, [[r.traeger[0]], [`Versicherungsnummer ${fake.groupVsnr(r.vsnr)}`]], 'Seite x von y');
  truth(ctx, r);
}

/** C: a short notice of a new Zahlbetrag (new health-insurance rate), form grid */
function neuberechnung(ctx: Ctx): void {
  const ab = iso(ctx.rng.pick([2024, 2025]), 1, 1);
  const r = draw(ctx, ab);
  const d = ctx.start({ family: 'helvetica', size: 9 });
  drvHead(ctx, r);
  addressWindow(d, recipientLines(ctx, r.person, r.address));
  d.y = 255;
  d.write(ctx.pick(['Neuberechnung des Zahlbetrags Ihrer Rente', 'Mitteilung über die Änderung des Zahlbetrags'], ['Änderung der Beiträge aus Ihrer Rente']), { size: 11, bold: true });
  d.move(6);
  const kvRows: [string, Cell][] = [
    ['Name, Vorname', { text: ctx.name(r.person, 'last-first'), field: 'name' }],
    ['Versicherungsnummer', { text: vsnrText(ctx, r.vsnr), field: 'versicherungsnummer' }],
    ['Krankenkasse', ctx.rng.pick(fake.KRANKENKASSEN)],
    ['Änderung wirksam ab', { text: ctx.ndate(ab), field: 'gueltig_ab' }],
  ];
  for (const [l, v] of kvRows) {
    const c = typeof v === 'string' ? { text: v } : v;
    d.row([{ x: d.left, text: l, color: GRAY }, { x: d.left + 150, text: c.text, field: c.field }]);
  }
  d.move(8);
  d.para(`Ihre Krankenkasse hat den Zusatzbeitrag zum ${ctx.date(ab)} geändert. Dadurch ändert sich der Beitragsanteil, den wir von Ihrer Rente einbehalten. Die Höhe Ihrer Rente selbst bleibt unverändert.`);
  const oldKv = cents(r.kv - ctx.rng.float(1, 6));
  const rows: Cell[][] = [
    [ctx.pick(['Rente brutto', 'monatliche Rente'], ['Rentenbetrag vor Abzügen']), { text: ctx.money(r.brutto), field: 'rente_brutto' }],
    ['Beitragsanteil Krankenversicherung bisher', ctx.money(oldKv)],
    ['Beitragsanteil Krankenversicherung neu', ctx.money(r.kv)],
    ['Beitrag Pflegeversicherung', ctx.money(r.pv)],
    [ctx.pick(['neuer Zahlbetrag', 'Zahlbetrag ab Änderung'], ['künftiger Auszahlungsbetrag']), { text: ctx.money(r.zahlbetrag), field: 'zahlbetrag' }],
  ];
  table(ctx, [{ header: 'monatlich', x: d.left }, { header: 'Betrag', x: d.left + 380, align: 'right' }], rows, { zebra: true });
  d.para(ctx.rng.pick(HINWEISE));
  d.para('Dieser Bescheid wurde maschinell erstellt und ist ohne Unterschrift gültig.', { size: 8.5 });
  footer(d, [[r.traeger[0]], [`${r.traeger[1]} ${r.traeger[2]}`]], 'none');
  truth(ctx, r);
}

/** D (holdout): a widow's pension in running text with income offset */
function witwenrente(ctx: Ctx): void {
  const ab = firstOfMonth(addDays(ctx.today, -ctx.rng.int(30, 200)));
  const r = draw(ctx, ab, [1940, 1970]);
  const d = ctx.start({ family: 'times', size: 10.5 });
  d.text(d.right, 48, r.traeger[0], { size: 12, bold: true, align: 'right' });
  d.text(d.right, 62, `${r.traeger[1]} ${r.traeger[2]}`, { size: 9, align: 'right' });
  addressWindow(d, recipientLines(ctx, r.person, r.address, { name: 'name' }));
  d.y = 240;
  d.write(`${ctx.pick([], ['Ihr Zeichen / Vers.-Nr.', 'Versicherungsnr.'])}: ${vsnrText(ctx, r.vsnr)}`, { size: 9.5, field: 'versicherungsnummer' });
  d.write(`${r.traeger[2]}, ${ctx.date(addDays(ab, 40))}`, { size: 9.5 });
  d.move(8);
  d.write(ctx.pick([], [`Bescheid über ${r.person.gender === 'f' ? 'Witwenrente' : 'Witwerrente'}`, 'Hinterbliebenenrente – Bewilligung']), { bold: true, size: 12 });
  d.move(4);
  d.write(anrede(r.person));
  const verstorben = fake.person(ctx.rng, { gender: r.person.gender === 'f' ? 'm' : 'f', bornFrom: 1935, bornTo: 1965, last: r.person.last });
  const einkommen = cents(ctx.rng.float(0, 400));
  d.para(`nach dem Tod Ihres ${r.person.gender === 'f' ? 'Ehemannes' : 'Ehefrau'} ${fake.fullName(verstorben)} erhalten Sie eine große ${r.person.gender === 'f' ? 'Witwenrente' : 'Witwerrente'}. Die Rente beträgt ab dem ${ctx.v('gueltig_ab', ctx.date(ab))} monatlich ${ctx.v('rente_brutto', ctx.money(r.brutto))} vor Abzug der Beiträge.`);
  d.para(`Auf die Rente ist eigenes Einkommen anzurechnen. Das anrechenbare Einkommen beträgt ${ctx.money(einkommen)}; es wurde bei der Rentenhöhe bereits berücksichtigt.`);
  d.para(`Von der Rente behalten wir den Beitragsanteil zur Krankenversicherung (${ctx.money(r.kv)}) und den Beitrag zur Pflegeversicherung (${ctx.money(r.pv)}) ein. Es verbleibt ein monatlicher ${ctx.pick([], ['Auszahlungsbetrag', 'Nettobetrag'])} von ${ctx.v('zahlbetrag', ctx.money(r.zahlbetrag))}, der jeweils am Monatsende gezahlt wird.`);
  d.para(`Für die ersten drei Kalendermonate nach dem Tod (Sterbevierteljahr) wurde die Rente in Höhe der Versichertenrente von ${ctx.money(cents(r.brutto * 1.8))} gezahlt.`);
  rechtsbehelf(ctx, r.traeger[0]);
  closing(ctx, { signer: 'Ihre Deutsche Rentenversicherung' });
  truth(ctx, r);
}

/**
 * E (holdout, blind): the pension payment service's notice of the new payment: reference numbers in
 * a framed box at the right, an explanatory letter with a breakdown, and the new figures repeated
 * in a framed summary box at the end.
 */
function blindRentenserviceMitteilung(ctx: Ctx): void {
  const ab = ctx.rng.pick([iso(2024, 7, 1), iso(2025, 7, 1), firstOfMonth(addDays(ctx.today, -ctx.rng.int(10, 120)))]);
  const r = draw(ctx, ab);
  const d = ctx.start({ family: ctx.rng.pick(['helvetica', 'times']), size: 9.5 });
  const yellow: [number, number, number] = [0.98, 0.8, 0.0];
  d.rect(d.left, 38, 30, 30, { fill: yellow });
  d.text(d.left + 38, 52, 'Renten Service', { size: 14, bold: true });
  d.text(d.left + 38, 64, `Niederlassung ${ctx.rng.pick(['Leipzig', 'Berlin', 'Köln', 'München', 'Hannover'])} · im Auftrag der ${r.traeger[0].replace('Deutsche ', 'Deutschen ')}`, { size: 8, color: GRAY });
  returnLine(d, `Renten Service · ${ctx.rng.digits(5)} ${ctx.rng.pick(['Leipzig', 'Berlin', 'Köln'])}`);
  addressWindow(d, recipientLines(ctx, r.person, r.address, { name: 'name' }));
  const bx = 352;
  d.rect(bx - 6, 142, d.right - bx + 6, 78, { stroke: GRAY, lineWidth: 0.5 });
  d.text(bx, 152, 'Bei Rückfragen bitte angeben', { size: 7, color: GRAY });
  const refs: [string, Cell][] = [
    [ctx.rng.pick(['VSNR', 'Versicherten-Nr.']), { text: vsnrText(ctx, r.vsnr), field: 'versicherungsnummer' }],
    ['Renten-Nr.', `${ctx.rng.digits(3)} ${ctx.rng.digits(3)} ${ctx.rng.digits(3)} ${ctx.rng.digits(1)}`],
    ['Zahlungsweg', `IBAN ...${ctx.rng.digits(4)}`],
    ['Datum', ctx.ndate(addDays(ab, -ctx.rng.int(14, 40)))],
  ];
  refs.forEach(([l, v], i) => {
    const c = typeof v === 'string' ? { text: v } : v;
    d.text(bx, 166 + i * 13, l, { size: 8, color: GRAY });
    d.text(bx + 62, 166 + i * 13, c.text, { size: 8.5, field: c.field });
  });
  subject(d, [ctx.rng.pick(['Ihre Rentenzahlung ab', 'Mitteilung über die Höhe Ihrer Rentenzahlung ab']) + ` ${ctx.date(ab)}`]);
  d.write(anrede(r.person));
  d.move(3);
  const anpassung = ab.slice(5) === '07-01';
  const grund = anpassung ? `die Renten werden zum ${ctx.date(ab)} angepasst; der aktuelle Rentenwert beträgt nun ${decimal(r.rentenwert)} EUR` : `Ihre Krankenkasse hat ihren Zusatzbeitrag zum ${ctx.date(ab)} geändert`;
  const bisher = anpassung ? cents(r.old - (r.old * r.kvRate) / 100 - (r.old * r.pvRate) / 100) : cents(r.zahlbetrag + ctx.rng.float(1, 7));
  d.para(`${grund}. Wir zahlen Ihre Rente im Auftrag des Rentenversicherungsträgers aus und teilen Ihnen deshalb den neuen Betrag mit. Ihre bisherige Zahlung betrug ${ctx.money(bisher)}.`);
  d.para('Ihre Rente berechnet sich wie folgt:');
  const lx = d.left + 16;
  const vx = d.left + 360;
  const line = (label: string, value: string, bold = false) => d.row([{ x: lx, text: label, bold }, { x: vx, text: value, align: 'right', bold }]);
  line(ctx.rng.pick(['Rentenbetrag', 'Höhe der Rente']), ctx.money(r.brutto));
  line(`– Eigenanteil Krankenversicherung der Rentner (${decimal(r.kvRate, 2)} %)`, ctx.money(r.kv));
  line(`– Beitrag zur sozialen Pflegeversicherung (${decimal(r.pvRate, 1)} %)`, ctx.money(r.pv));
  d.hline(d.y + 1, lx, vx + 4, 0.5);
  d.move(3);
  line('verbleibender Betrag', ctx.money(r.zahlbetrag), true);
  d.move(8);
  d.para(`Die Rente wird monatlich nachschüssig am letzten Bankarbeitstag gezahlt, erstmals in der neuen Höhe Ende ${ctx.date(ab).replace(/^\d+\.\s?/, '')}. Eine Rentenbescheinigung für das Finanzamt erhalten Sie ${ctx.rng.pick(['im Januar', 'auf Anforderung'])}.`);
  d.para(ctx.rng.pick(HINWEISE));
  // the summary box at the end
  d.ensure(90);
  d.move(4);
  const top = d.y;
  d.rect(d.left, top, d.contentWidth, 16, { fill: [1, 0.93, 0.6] });
  d.text(d.left + 6, top + 11.5, ctx.rng.pick(['Ihre Zahlung auf einen Blick', 'Übersicht']), { size: 9.5, bold: true });
  d.y = top + 22;
  const sum: [string, Cell][] = [
    ['Zahlung ab', { text: ctx.ndate(ab), field: 'gueltig_ab' }],
    [ctx.rng.pick(['Rente vor Abzug der Eigenanteile', 'Rentenbetrag (brutto)']), { text: ctx.money(r.brutto), field: 'rente_brutto' }],
    [ctx.rng.pick(['Gutschrift auf Ihr Konto', 'monatliche Zahlung an Sie']), { text: ctx.money(r.zahlbetrag), field: 'zahlbetrag' }],
  ];
  for (const [l, v] of sum) {
    const c = typeof v === 'string' ? { text: v } : v;
    d.row([{ x: d.left + 10, text: l }, { x: d.left + 250, text: c.text, field: c.field, bold: true }], { minHeight: 14 });
  }
  d.move(4);
  d.rect(d.left, top, d.contentWidth, d.y - top, { stroke: [0, 0, 0], lineWidth: 0.7 });
  d.move(10);
  d.para('Fragen zur Berechnung Ihrer Rente richten Sie bitte an Ihren Rentenversicherungsträger, Fragen zur Zahlung an uns.', { size: 8, color: GRAY });
  footer(d, [['Renten Service', 'Kundentelefon 0221 569 27 77'], [`im Auftrag der ${r.traeger[0].replace('Deutsche ', 'Deutschen ')}`, `${r.traeger[1]} ${r.traeger[2]}`]], 'Seite x von y');
  truth(ctx, r);
}

/**
 * F (holdout, blind 2): a notice of a pension for reduced earning capacity, limited in time: the
 * start and the end of the limitation in the text, the name as "Nachname, Vorname" in a reference
 * line, a table with a header row and one row per period (the back-payment period and the current
 * payment), the earnings limit and the back payment as further amounts.
 */
function blind2ErwerbsminderungBefristet(ctx: Ctx): void {
  const ab = firstOfMonth(addDays(ctx.today, -ctx.rng.int(60, 330)));
  const r = draw(ctx, ab, [1962, 1990]);
  const voll = ctx.rng.chance(0.6);
  const art = voll ? 'Rente wegen voller Erwerbsminderung' : 'Rente wegen teilweiser Erwerbsminderung';
  const ende = addDays(addMonths(ab, ctx.rng.pick([24, 36])), -1);
  const d = ctx.start({ family: ctx.rng.pick(['helvetica', 'times']), size: 9.5 });
  drvHead(ctx, r);
  addressWindow(d, recipientLines(ctx, r.person, r.address));
  const datum = addDays(ctx.today, -ctx.rng.int(1, 10));
  infoBlock(d, [
    ['Unser Zeichen', `${ctx.rng.digits(2)} ${ctx.rng.digits(3)} ${ctx.rng.digits(3)}`],
    ['Durchwahl', `0${ctx.rng.digits(3)} ${ctx.rng.digits(3)}-${ctx.rng.digits(4)}`],
    ['Datum', ctx.date(datum)],
  ], { labelWidth: 80 });
  d.y = 252;
  const lw = d.text(d.left, d.y + 9, `${ctx.rng.pick(['Vers.-Nr.', 'Versicherungsnr.'])} `, { size: 9 });
  d.text(d.left + lw + 2, d.y + 9, vsnrText(ctx, r.vsnr), { size: 9, field: 'versicherungsnummer' });
  d.row([
    { x: d.left + 200, text: `${r.person.last}, ${r.person.first}`, field: 'name', size: 9 },
    { x: d.right, text: `geb. ${ctx.ndate(r.person.birth)}`, align: 'right', size: 9 },
  ], { size: 9 });
  d.move(6);
  d.write(`Bescheid über ${art}`, { size: 11.5, bold: true });
  d.write('– Rente auf Zeit –', { size: 9.5 });
  d.move(6);
  d.write(anrede(r.person));
  d.move(2);
  d.para(`auf Ihren Antrag vom ${ctx.date(addMonths(ab, -ctx.rng.int(3, 8)))} bewilligen wir Ihnen eine ${art}. Die Rente wird ab dem ${ctx.v('gueltig_ab', ctx.date(ab))} gezahlt und ist befristet bis zum ${ctx.date(ende)}, weil nach den medizinischen Unterlagen eine Besserung Ihrer Leistungsfähigkeit nicht ausgeschlossen ist.`);
  d.para(`Wenn Sie die Rente über den ${ctx.date(ende)} hinaus beziehen möchten, stellen Sie bitte spätestens vier Monate vorher einen Antrag auf Weiterzahlung.`);
  const nachVon = ab;
  const nachBis = lastOfMonthIso(addMonths(ctx.today, -1));
  const months = Math.max(1, (Number(nachBis.slice(0, 4)) - Number(nachVon.slice(0, 4))) * 12 + Number(nachBis.slice(5, 7)) - Number(nachVon.slice(5, 7)) + 1);
  const laufend = firstOfMonth(ctx.today);
  d.para('Die Rente berechnet sich für die einzelnen Zeiträume wie folgt:');
  const m = (v: number) => ctx.money(v, 'bare');
  table(ctx, [
    { header: 'Zeitraum', x: d.left, width: 120 },
    { header: ctx.rng.pick(['Rente mtl.', 'Rentenhöhe']), x: d.left + 215, align: 'right' },
    { header: 'Anteil KV', x: d.left + 285, align: 'right' },
    { header: 'Beitrag PV', x: d.left + 355, align: 'right' },
    { header: 'Auszahlung', x: d.right, align: 'right' },
  ], [
    [`${ctx.ndate(nachVon)} – ${ctx.ndate(nachBis)}`, m(r.brutto), m(r.kv), m(r.pv), m(r.zahlbetrag)],
    [`ab ${ctx.ndate(laufend)} (laufend)`, { text: m(r.brutto), field: 'rente_brutto' }, m(r.kv), m(r.pv), { text: m(r.zahlbetrag), field: 'zahlbetrag' }],
  ], { grid: true, headerFill: LIGHT, size: 8.5 });
  const nachzahlung = cents(r.zahlbetrag * months);
  d.para(`Für die Zeit vom ${ctx.date(nachVon)} bis ${ctx.date(nachBis)} ergibt sich eine Nachzahlung von ${ctx.money(nachzahlung)}. Sie wird zunächst nicht ausgezahlt, weil ${ctx.rng.pick(['die Krankenkasse', 'die Agentur für Arbeit', 'das Jobcenter'])} einen Erstattungsanspruch angemeldet hat; über den verbleibenden Betrag erhalten Sie eine gesonderte Mitteilung.`);
  d.para(`Die laufende Rente von monatlich ${ctx.money(r.zahlbetrag)} zahlen wir ab ${ctx.date(laufend)} jeweils am Monatsende auf Ihr Konto.`);
  const grenze = voll ? 19661.25 : 39322.5;
  d.para(`Hinzuverdienst: Neben der Rente dürfen Sie im Kalenderjahr bis zu ${ctx.money(grenze)} hinzuverdienen, ohne dass die Rente gekürzt wird. Bitte teilen Sie uns die Aufnahme einer Beschäftigung vorher mit.`);
  d.para(ctx.rng.pick(HINWEISE));
  rechtsbehelf(ctx, r.traeger[0]);
  closing(ctx, { signer: 'Ihre Deutsche Rentenversicherung' });
  d.newPage();
  d.write('Anlage 2 – Berechnung der persönlichen Entgeltpunkte (Auszug)', { bold: true, size: 10.5 });
  d.move(4);
  const ep = cents((r.brutto / r.rentenwert / (voll ? 1 : 0.5)) * 10000) / 10000;
  const rows: Cell[][] = [
    ['Entgeltpunkte für Beitragszeiten', decimal(ep * 0.82, 4)],
    ['Entgeltpunkte für die Zurechnungszeit', decimal(ep * 0.25, 4)],
    ['Zuschlag/Abschlag (Zugangsfaktor 0,8920)', decimal(-ep * 0.07, 4)],
    ['persönliche Entgeltpunkte', decimal(ep, 4)],
    ['Rentenartfaktor', voll ? '1,0' : '0,5'],
    ['aktueller Rentenwert', `${decimal(r.rentenwert)} EUR`],
    ['Monatsbetrag der Rente', m(r.brutto)],
  ];
  table(ctx, [{ header: 'Berechnungsgröße', x: d.left }, { header: 'Wert', x: d.right, align: 'right' }], rows, { grid: true, size: 9 });
  const eintritt = addDays(ab, -ctx.rng.int(190, 260));
  d.para(`Eintritt der Erwerbsminderung am ${ctx.date(eintritt)}. Zurechnungszeit vom ${ctx.date(eintritt)} bis zum Erreichen des Alters von ${ctx.rng.pick(['66 Jahren und 8 Monaten', '67 Jahren'])}.`, { size: 8.5 });
  footer(d, [[r.traeger[0], `${r.traeger[1]} ${r.traeger[2]}`], [`Vers.-Nr. ${fake.groupVsnr(r.vsnr)}`]], 'Seite x von y');
  truth(ctx, r);
}

const lastOfMonthIso = (date: IsoDate) => addDays(addMonths(`${date.slice(0, 7)}-01`, 1), -1);

const PKV = ['Debeka Krankenversicherungsverein a. G.', 'Allianz Private Krankenversicherungs-AG', 'DKV Deutsche Krankenversicherung AG', 'Signal Iduna Krankenversicherung a. G.', 'HUK-Coburg-Krankenversicherung AG', 'AXA Krankenversicherung AG', 'Continentale Krankenversicherung a. G.'];

/**
 * G (holdout, blind 3): the first notice of an old-age pension as a numbered operative part
 * (granted from, monthly pension, contributions withheld or, for a privately insured pensioner,
 * the health-insurance subsidy added, amount paid, back payment withheld), the insurance number
 * in a framed box at the top right, the reasoning with the amount table and the private
 * insurer's policy number, a calculation annex (earnings points, access factor, current pension
 * value) and the subsidy's or contributions' calculation.
 */
function blind3AltersrenteKvZuschuss(ctx: Ctx): void {
  const rng = ctx.rng;
  const ab = firstOfMonth(addMonths(ctx.today, -rng.int(1, 5)));
  const kind = rng.pick([
    { art: 'Regelaltersrente', age: 66, early: 0 },
    { art: 'Altersrente für besonders langjährig Versicherte', age: 64, early: 0 },
    { art: 'Altersrente für schwerbehinderte Menschen', age: 63, early: rng.pick([0, 12, 24, 36]) },
    { art: 'Altersrente für langjährig Versicherte', age: 64, early: rng.pick([18, 24, 30, 36]) },
  ]);
  const year = Number(ab.slice(0, 4));
  const person = fake.person(rng, { bornFrom: year - kind.age, bornTo: year - kind.age });
  const address = fake.address(rng);
  const vsnr = fake.versicherungsnummer(rng, person);
  const traeger = rng.pick(fake.DRV_TRAEGER);
  const rw = ab >= '2025-07-01' ? 40.79 : ab >= '2024-07-01' ? 39.32 : 37.6;
  const ep = Math.round(rng.float(19, 58) * 10000) / 10000;
  const zf = Math.round((1 - 0.003 * kind.early) * 1000) / 1000;
  const pep = Math.round(ep * zf * 10000) / 10000;
  const brutto = cents(pep * rw);
  const privat = rng.chance(0.5);
  const avgZusatz = year >= 2025 ? 2.5 : 1.7;
  const zuschussRate = (14.6 + avgZusatz) / 2;
  const zuschuss = cents((brutto * zuschussRate) / 100);
  const kk = rng.pick(fake.KRANKENKASSEN);
  const kkZusatz = rng.pick([1.7, 2.19, 2.5, 2.69, 2.9, 3.1]);
  const kvRate = 7.3 + kkZusatz / 2;
  const pvRate = year >= 2025 ? rng.pick([3.6, 4.2]) : rng.pick([3.4, 4.0]);
  const kv = cents((brutto * kvRate) / 100);
  const pv = cents((brutto * pvRate) / 100);
  const zahlbetrag = privat ? cents(brutto + zuschuss) : cents(brutto - kv - pv);
  const pkv = rng.pick(PKV);
  const premium = cents(Math.max(2 * zuschuss + rng.int(20, 160), rng.float(380, 920)));
  const policy = `${rng.pick(['KV', 'V', ''])}${rng.digits(rng.int(7, 10))}${rng.pick(['', `-${rng.digits(2)}`])}`;
  const laufend = firstOfMonth(addMonths(ctx.today, 1));
  const months = (Number(laufend.slice(0, 4)) - year) * 12 + Number(laufend.slice(5, 7)) - Number(ab.slice(5, 7));
  const nachzahlung = cents(zahlbetrag * months);
  const acc = fake.bankAccount(rng);

  const d = ctx.start({ family: rng.pick(['helvetica', 'times']), size: 9.5, margins: { left: 66, right: 52, top: 50, bottom: 72 } });
  const blue: readonly [number, number, number] = [0.0, 0.3, 0.6];
  d.text(d.left, 48, 'Deutsche Rentenversicherung', { size: 13, bold: true, color: blue });
  d.text(d.left, 61, traeger[0].replace('Deutsche Rentenversicherung', '').trim() || 'Bund', { size: 10.5, color: blue });
  const vx = d.right - 178;
  d.rect(vx, 36, 178, 40, { stroke: blue, lineWidth: 0.8 });
  d.text(vx + 6, 46, 'Versicherungsnummer', { size: 7, color: GRAY });
  const vsnrPrinted = rng.pick([fake.groupVsnr(vsnr), fake.groupVsnr(vsnr), vsnr]);
  d.text(vx + 6, 62, vsnrPrinted, { size: 12, bold: true, field: 'versicherungsnummer' });
  d.text(vx + 6, 72, 'Bitte bei allen Schreiben angeben', { size: 6, color: GRAY });
  returnLine(d, `${traeger[0]} · ${traeger[1]} ${traeger[2]}`);
  addressWindow(d, recipientLines(ctx, person, address, { name: 'name' }));
  const issued = addDays(ctx.today, -rng.int(0, 6));
  infoBlock(d, [
    ['Unser Zeichen', `${rng.pick(['R', 'RA', 'A'])} ${rng.digits(4)}-${rng.digits(2)}`],
    ['Ihr Antrag vom', ctx.ndate(addMonths(ab, -rng.int(2, 5)))],
    ['Servicetelefon', '0800 1000 4800'],
    ['Datum', ctx.ndate(issued)],
  ], { x: vx, labelWidth: 74, top: 152 });
  subject(d, [`Bescheid über ${kind.art}`]);
  d.para(person.gender === 'f' ? `Sehr geehrte Frau ${person.last},` : `Sehr geehrter Herr ${person.last},`);
  d.para('über Ihren Antrag entscheiden wir wie folgt:');
  const m = (v: number) => ctx.money(v);
  const items: string[] = [
    `Wir bewilligen Ihnen ${kind.art}. Die Rente steht Ihnen ab dem ${ctx.v('gueltig_ab', ctx.date(ab))} zu und wird auf Dauer geleistet.`,
    `Die Rente beträgt monatlich ${ctx.v('rente_brutto', m(brutto))}.`,
    privat
      ? `Zu den Aufwendungen für Ihre private Krankenversicherung zahlen wir Ihnen einen Zuschuss von monatlich ${m(zuschuss)}.`
      : `Von der Rente behalten wir Ihre Beiträge zur Kranken- und Pflegeversicherung von zusammen ${m(cents(kv + pv))} monatlich ein.`,
    `Wir zahlen Ihnen daher monatlich ${ctx.v('zahlbetrag', m(zahlbetrag))}; die laufende Zahlung beginnt mit der Rente für ${fake.MONTHS_DE[Number(laufend.slice(5, 7)) - 1]} ${laufend.slice(0, 4)}.`,
    `Für die Zeit vom ${ctx.date(ab)} bis ${ctx.date(addDays(laufend, -1))} ergibt sich eine Nachzahlung von ${m(nachzahlung)}. Sie wird vorläufig einbehalten, bis geklärt ist, ob andere Stellen (z. B. Krankenkasse, Agentur für Arbeit, Jobcenter) einen Erstattungsanspruch haben.`,
  ];
  items.forEach((t, i) => {
    d.ensure(14);
    d.text(d.left, d.y + 9.5, `${i + 1}.`, { bold: true });
    d.para(t, { x: d.left + 16 });
  });
  d.move(2);
  d.write('Begründung', { bold: true, size: 10.5 });
  d.para(`Sie haben die Voraussetzungen für ${kind.art} erfüllt (${kind.art === 'Regelaltersrente' ? '§ 35 SGB VI' : kind.art.includes('besonders') ? '§ 38 SGB VI' : kind.art.includes('schwerbehinderte') ? '§ 37 SGB VI' : '§ 36 SGB VI'}). Die Höhe der Rente ergibt sich aus der Anlage 1. Der monatliche Zahlbetrag setzt sich wie folgt zusammen:`);
  // amount table, framed
  d.ensure(90);
  const tx = d.left + 16;
  const ax = d.right - 10;
  const top = d.y;
  d.move(4);
  const line = (label: string, value: string, bold = false) => d.row([{ x: tx + 6, text: label, bold, width: ax - tx - 110 }, { x: ax, text: value, align: 'right', bold }], { minHeight: 15 });
  line(ctx.pick(['Monatliche Rente'], ['Rentenbetrag vor Abzug der Beiträge', 'Monatsbetrag der Rente']), m(brutto));
  if (privat) line(`zuzüglich Zuschuss zur Krankenversicherung (${decimal(zuschussRate, 2)} %)`, m(zuschuss));
  else {
    line(`abzüglich Beitragsanteil Krankenversicherung (${decimal(kvRate, 2)} %)`, m(kv));
    line(`abzüglich Beitrag Pflegeversicherung (${decimal(pvRate, 1)} %)`, m(pv));
  }
  d.hline(d.y + 1, tx, d.right, 0.5);
  d.move(2);
  line(ctx.pick(['Zahlbetrag'], ['auszuzahlender Betrag', 'monatlicher Auszahlungsbetrag']), m(zahlbetrag), true);
  d.move(3);
  d.rect(tx, top, d.right - tx, d.y - top, { stroke: GRAY, lineWidth: 0.5 });
  d.move(8);
  if (privat)
    d.para(`Sie sind bei der ${pkv} privat krankenversichert (Versicherungsschein-Nr. ${policy}). Der Zuschuss beträgt die Hälfte des allgemeinen Beitragssatzes zuzüglich der Hälfte des durchschnittlichen Zusatzbeitragssatzes, höchstens jedoch die Hälfte Ihres tatsächlichen Beitrags (Anlage 2). Beiträge zur Pflegeversicherung zahlen Sie weiterhin selbst an Ihr Versicherungsunternehmen.`);
  else
    d.para(`Sie sind ab Rentenbeginn in der Krankenversicherung der Rentner bei der ${kk} versichert. Den Beitrag zur Krankenversicherung tragen Sie und wir je zur Hälfte; den Beitrag zur Pflegeversicherung tragen Sie allein. Wir behalten die Beiträge von der Rente ein und leiten sie weiter (Anlage 2).`);
  d.para(`Die Rente wird jeweils am Ende des Monats, für den sie bestimmt ist, auf Ihr Konto mit der IBAN ${fake.groupIban(acc.iban)} (${acc.bank.name}) überwiesen. Die Auszahlung übernimmt der Renten Service der Deutschen Post AG.`);
  d.para('Neben einer Altersrente können Sie seit dem 1. Januar 2023 unbegrenzt hinzuverdienen. Bitte teilen Sie uns aber mit, wenn Sie eine weitere Rente, z. B. aus einer berufsständischen Versorgung oder aus dem Ausland, erhalten oder wenn sich Ihre Krankenversicherung ändert.');
  rechtsbehelf(ctx, traeger[0]);
  closing(ctx, { signer: 'Ihre Deutsche Rentenversicherung', greeting: 'Mit freundlichen Grüßen' });

  d.newPage();
  d.write('Anlage 1 – Berechnung der monatlichen Rente', { bold: true, size: 11 });
  d.write(`Versicherungsnummer ${vsnrPrinted} · ${ctx.name(person)}`, { size: 8, color: GRAY });
  d.move(6);
  const calc: [string, string][] = [
    ['Summe aller Entgeltpunkte', decimal(ep, 4)],
    [`Zugangsfaktor${kind.early ? ` (Abschlag 0,3 % für ${kind.early} Monate vorzeitiger Inanspruchnahme)` : ''}`, decimal(zf, 3)],
    ['Persönliche Entgeltpunkte', decimal(pep, 4)],
    ['Rentenartfaktor', '1,0'],
    [`aktueller Rentenwert (ab 01.07.${ab >= '2025-07-01' ? 2025 : ab >= '2024-07-01' ? 2024 : 2023})`, `${decimal(rw)} EUR`],
    ['Monatsrente (persönliche Entgeltpunkte × Rentenartfaktor × aktueller Rentenwert)', `${decimal(brutto)} EUR`],
  ];
  for (const [l, v] of calc) {
    d.row([{ x: d.left, text: l, width: 330 }, { x: d.right, text: v, align: 'right' }], { minHeight: 14 });
    d.hline(d.y + 1, d.left, d.right, 0.2, GRAY);
    d.move(3);
  }
  d.move(8);
  const yrs = Math.max(15, kind.age - rng.int(17, 22));
  d.write('Versicherungszeiten (Übersicht)', { bold: true });
  d.para(`Beitragszeiten: ${yrs} Jahre ${rng.int(0, 11)} Monate · Kindererziehungs- und Berücksichtigungszeiten: ${person.gender === 'f' ? `${rng.int(0, 9)} Jahre` : 'keine'} · Anrechnungszeiten (Schule, Arbeitslosigkeit, Krankheit): ${rng.int(0, 6)} Jahre ${rng.int(0, 11)} Monate. Die Wartezeit für die bewilligte Rente ist erfüllt.`, { size: 9 });
  d.move(6);
  d.write(privat ? 'Anlage 2 – Zuschuss zur Krankenversicherung (§ 106 SGB VI)' : 'Anlage 2 – Beiträge zur Kranken- und Pflegeversicherung', { bold: true, size: 11 });
  d.move(4);
  const rows2: [string, string][] = privat
    ? [
        [`Rente × ${decimal(zuschussRate, 2)} % (halber allgemeiner Beitragssatz 7,30 % + halber durchschnittlicher Zusatzbeitrag ${decimal(avgZusatz / 2, 2)} %)`, m(zuschuss)],
        [`Ihr Monatsbeitrag zur Krankenversicherung lt. Bescheinigung der ${pkv}`, m(premium)],
        ['davon die Hälfte (Höchstbetrag des Zuschusses)', m(cents(premium / 2))],
        ['Zuschuss (der niedrigere Betrag)', m(zuschuss)],
      ]
    : [
        [`Krankenversicherung: allgemeiner Beitragssatz 14,6 % + Zusatzbeitrag der ${kk} ${decimal(kkZusatz, 2)} %, Ihr Anteil ${decimal(kvRate, 2)} %`, m(kv)],
        [`Pflegeversicherung: ${decimal(pvRate, 1)} % (tragen Sie allein)`, m(pv)],
        ['Summe der einbehaltenen Beiträge', m(cents(kv + pv))],
      ];
  for (const [l, v] of rows2) {
    d.row([{ x: d.left, text: l, width: 360 }, { x: d.right, text: v, align: 'right' }], { minHeight: 14 });
    d.hline(d.y + 1, d.left, d.right, 0.2, GRAY);
    d.move(3);
  }
  footer(d, [[traeger[0], `${traeger[1]} ${traeger[2]}`], ['Servicetelefon 0800 1000 4800 (kostenlos)', 'www.deutsche-rentenversicherung.de']], 'Seite x von y');
  ctx.set('name', fake.fullName(person));
  ctx.set('versicherungsnummer', vsnr);
  ctx.set('rente_brutto', brutto);
  ctx.set('zahlbetrag', zahlbetrag);
  ctx.set('gueltig_ab', ab);
}

/**
 * H (holdout, blind 4): a half-orphan's pension continued beyond the 18th birthday (or resumed
 * when an education starts) for a young adult in school, training or studies: a framed grid at
 * the top with the deceased insured parent (name, dates of birth and death, the insurance number
 * under which the file is kept) above the entitled orphan, the decision in running text (start,
 * monthly pension, amount paid; contributions only from the 25th birthday), the calculation as a
 * sentence with earnings points and the current pension value, the back payment for the months
 * already passed, the end of the proven education and the latest end at 27 as further dates.
 */
function blind4HalbwaisenrenteAusbildung(ctx: Ctx): void {
  const rng = ctx.rng;
  const year = Number(ctx.today.slice(0, 4));
  const resumed = rng.chance(0.4);
  // the orphan: just 18 (continuation) or 19 to 25 (resumed with a new course)
  const orphan = fake.person(rng, { bornFrom: resumed ? year - 26 : year - 19, bornTo: resumed ? year - 19 : year - 18 });
  orphan.title = undefined;
  orphan.birthName = undefined;
  let ab: IsoDate;
  if (resumed) ab = firstOfMonth(addDays(ctx.today, -rng.int(20, 200)));
  else {
    // the month after the 18th birthday, which lies a few months back
    const back = addMonths(firstOfMonth(ctx.today), -rng.int(1, 6));
    orphan.birth = `${Number(back.slice(0, 4)) - 18}-${back.slice(5, 7)}-${orphan.birth.slice(8)}`;
    ab = addMonths(firstOfMonth(`${Number(orphan.birth.slice(0, 4)) + 18}${orphan.birth.slice(4)}`), 1);
  }
  const ageAt = (date: IsoDate) => Number(date.slice(0, 4)) - Number(orphan.birth.slice(0, 4)) - (date.slice(5) < orphan.birth.slice(5) ? 1 : 0);
  const deceased = fake.person(rng, { gender: rng.chance(0.6) ? 'm' : 'f', bornFrom: Number(orphan.birth.slice(0, 4)) - 42, bornTo: Number(orphan.birth.slice(0, 4)) - 20, last: rng.chance(0.75) ? orphan.last : undefined });
  deceased.title = undefined;
  const died = addDays(ab, -rng.int(400, 4000));
  const vsnr = fake.versicherungsnummer(rng, deceased);
  const traeger = rng.pick(fake.DRV_TRAEGER);
  const address = fake.address(rng);
  const rw = ab >= '2025-07-01' ? 40.79 : ab >= '2024-07-01' ? 39.32 : 37.6;
  const epPersonal = Math.round(rng.float(22, 60) * 10000) / 10000;
  const epZuschlag = Math.round(rng.float(4, 12) * 10000) / 10000;
  const brutto = cents((epPersonal + epZuschlag) * 0.1 * rw);
  const contributions = ageAt(ab) >= 25;
  const kvRate = 7.3 + rng.pick([1.7, 2.5, 2.9, 3.1]) / 2;
  const pvRate = 4.2;
  const kv = contributions ? cents((brutto * kvRate) / 100) : 0;
  const pv = contributions ? cents((brutto * pvRate) / 100) : 0;
  const zahlbetrag = cents(brutto - kv - pv);
  const course = rng.pick([
    { kind: 'Schulausbildung', where: `${rng.pick(['Goethe', 'Humboldt', 'Lessing', 'Geschwister-Scholl'])}-Gymnasium ${address.city}`, years: [1, 2] },
    { kind: 'Berufsausbildung', where: `Ausbildung zur/zum ${rng.pick(['Pflegefachfrau/-mann', 'Industriekaufmann/-frau', 'Mechatroniker/in', 'Erzieher/in'])}`, years: [2, 3] },
    { kind: 'Hochschulausbildung', where: `Studium an der ${rng.pick(fake.UNIVERSITIES)[0]}`, years: [3, 5] },
  ]);
  const ausbildungsEnde = addDays(addMonths(ab, rng.int(course.years[0] * 12, course.years[1] * 12)), -1);
  const b27 = `${Number(orphan.birth.slice(0, 4)) + 27}${orphan.birth.slice(4)}`;
  const limit27 = addDays(addMonths(firstOfMonth(b27), 1), -1);
  const befristet = ausbildungsEnde < limit27 ? ausbildungsEnde : limit27;
  const laufend = addMonths(firstOfMonth(ctx.today), 1);
  const months = (Number(laufend.slice(0, 4)) - Number(ab.slice(0, 4))) * 12 + Number(laufend.slice(5, 7)) - Number(ab.slice(5, 7));
  const nachzahlung = cents(zahlbetrag * Math.max(0, months));
  const datum = addDays(ctx.today, -rng.int(1, 8));
  const she = orphan.gender === 'f';

  const d = ctx.start({ family: rng.pick(['helvetica', 'times']), size: 9.5, margins: { left: 62, right: 52, top: 50, bottom: 72 } });
  const blue: readonly [number, number, number] = [0.0, 0.3, 0.6];
  d.text(d.left, 48, 'Deutsche Rentenversicherung', { size: 13.5, bold: true, color: blue });
  d.text(d.left, 61, traeger[0].replace('Deutsche Rentenversicherung', '').trim() || 'Bund', { size: 10.5, color: blue });
  d.text(d.right, 48, rng.pick(['Abteilung Hinterbliebenenrenten', 'Rentenabteilung – Team Waisenrenten']), { size: 8, align: 'right', color: GRAY });
  d.text(d.right, 58, `${traeger[1]} ${traeger[2]}`, { size: 8, align: 'right', color: GRAY });
  returnLine(d, `${traeger[0]} · ${traeger[1]} ${traeger[2]}`);
  addressWindow(d, recipientLines(ctx, orphan, address));
  infoBlock(d, [
    ['Datum', ctx.date(datum)],
    ['Servicetelefon', '0800 1000 4800'],
    ['Sprechzeiten', 'Mo–Do 8–16, Fr 8–12 Uhr'],
  ], { x: 372, labelWidth: 72 });

  // the parties of the notice: the insured parent and the entitled orphan
  d.y = 238;
  const W = d.contentWidth;
  const cols = [0, 0.36, 0.58, 0.79];
  const heads = ['Name, Vorname', 'geboren am', rng.pick(['verstorben am', 'Sterbedatum']), ''];
  const gridRow = (title: string, cells: Cell[], headers: string[]) => {
    const top = d.y;
    d.rect(d.left, top, W, 12, { fill: LIGHT });
    d.text(d.left + 4, top + 8.5, title, { size: 7.5, bold: true });
    cols.forEach((c, i) => headers[i] && d.text(d.left + W * c + 4, top + 20, headers[i], { size: 6.5, color: GRAY }));
    cells.forEach((cell, i) => {
      const v = typeof cell === 'string' ? { text: cell } : cell;
      const room = W * ((cols[i + 1] ?? 1) - cols[i]) - 8;
      d.text(d.left + W * cols[i] + 4, top + 32, v.text, { size: Math.min(9.5, (9.5 * room) / Math.max(1, d.measure(v.text, { size: 9.5 }))), field: v.field });
    });
    cols.slice(1).forEach((c) => d.line(d.left + W * c, top + 12, d.left + W * c, top + 38, 0.3, GRAY));
    d.rect(d.left, top, W, 38, { stroke: GRAY, lineWidth: 0.5 });
    d.y = top + 38;
  };
  gridRow('Versicherte/r', [ctx.name(deceased, 'last-first'), ctx.ndate(deceased.birth), ctx.ndate(died), { text: vsnrText(ctx, vsnr), field: 'versicherungsnummer' }], [...heads.slice(0, 3), ctx.pick([], ['Versicherungsnummer', 'Vers.-Nr. der/des Versicherten'])]);
  gridRow(rng.pick(['Rentenberechtigte/r (Waise)', 'Berechtigte Person']), [{ text: ctx.name(orphan, 'last-first'), field: 'name' }, ctx.ndate(orphan.birth), '', she ? 'Halbwaise (Tochter)' : 'Halbwaise (Sohn)'], ['Name, Vorname', 'geboren am', '', 'Rentenart']);
  d.move(14);
  d.write(resumed ? 'Bescheid über die Wiedergewährung der Halbwaisenrente' : 'Bescheid über die Weiterzahlung der Halbwaisenrente über das 18. Lebensjahr hinaus', { size: 11.5, bold: true });
  d.move(4);
  d.para(she ? `Sehr geehrte Frau ${orphan.last},` : `Sehr geehrter Herr ${orphan.last},`);
  const proof = resumed
    ? `Sie haben uns nachgewiesen, dass Sie seit dem ${ctx.date(ab)} eine ${course.kind} absolvieren (${course.where}).`
    : `Ihre Halbwaisenrente endete grundsätzlich mit dem Monat, in dem Sie 18 Jahre alt geworden sind. Sie haben uns nachgewiesen, dass Sie sich weiterhin in ${course.kind === 'Schulausbildung' ? 'Schulausbildung' : course.kind === 'Berufsausbildung' ? 'Berufsausbildung' : 'Hochschulausbildung'} befinden (${course.where}).`;
  d.para(`${proof} Deshalb erhalten Sie die Halbwaisenrente aus der Versicherung ${deceased.gender === 'f' ? 'Ihrer verstorbenen Mutter' : 'Ihres verstorbenen Vaters'} ab dem ${ctx.v('gueltig_ab', ctx.date(ab))} ${resumed ? 'wieder' : 'weiter'}.`);
  d.para(`Die monatliche Rente beträgt ${ctx.v('rente_brutto', ctx.money(brutto))}. ${contributions
    ? `Davon behalten wir den Beitragsanteil zur Krankenversicherung (${ctx.money(kv)}) und den Beitrag zur Pflegeversicherung (${ctx.money(pv)}) ein, weil Sie das 25. Lebensjahr vollendet haben. Ausgezahlt werden monatlich ${ctx.v('zahlbetrag', ctx.money(zahlbetrag))}.`
    : `Da Sie das 25. Lebensjahr noch nicht vollendet haben, sind aus der Waisenrente keine Beiträge zur Kranken- und Pflegeversicherung zu zahlen; Sie erhalten monatlich ${ctx.v('zahlbetrag', ctx.money(zahlbetrag))}.`}`);
  d.para(`Berechnung: ${decimal(epPersonal, 4)} persönliche Entgeltpunkte ${deceased.gender === 'f' ? 'Ihrer Mutter' : 'Ihres Vaters'} zuzüglich ${decimal(epZuschlag, 4)} Entgeltpunkte Zuschlag für Waisenrenten (§ 78 SGB VI), vervielfältigt mit dem Rentenartfaktor 0,1 und dem aktuellen Rentenwert von ${decimal(rw)} EUR. Eigenes Einkommen wird auf Waisenrenten nicht angerechnet.`);
  d.write('Zahlung', { bold: true });
  d.para(months > 0
    ? `Für die Zeit vom ${ctx.date(ab)} bis ${ctx.date(addDays(laufend, -1))} ergibt sich eine Nachzahlung von ${ctx.money(nachzahlung)}, die wir in den nächsten Tagen auf Ihr Konto überweisen. Die laufende Rente zahlen wir ab ${ctx.date(laufend)} jeweils am Ende des Monats.`
    : `Die laufende Rente zahlen wir ab ${ctx.date(laufend)} jeweils am Ende des Monats auf Ihr Konto.`);
  d.write('Dauer der Rente', { bold: true });
  d.para(`Die Rente ist befristet bis zum ${ctx.date(befristet)}; das ist das voraussichtliche Ende Ihrer ${course.kind} laut der vorgelegten Bescheinigung. Waisenrente wird längstens bis zum Ende des Monats gezahlt, in dem Sie 27 Jahre alt werden (${ctx.date(limit27)}).`);
  d.write('Ihre Mitteilungspflichten', { bold: true });
  for (const t of [
    `Bitte teilen Sie uns sofort mit, wenn Sie die ${course.kind} abbrechen, unterbrechen oder früher beenden.`,
    course.kind === 'Hochschulausbildung' ? 'Legen Sie uns zu Beginn jedes Semesters eine Immatrikulationsbescheinigung vor.' : 'Legen Sie uns zu Beginn jedes Ausbildungs- oder Schuljahres eine aktuelle Bescheinigung vor.',
    'Eine Änderung Ihrer Anschrift oder Bankverbindung teilen Sie uns bitte ebenfalls mit.',
  ]) d.para(`• ${t}`, { x: d.left + 8, width: d.contentWidth - 8, after: 3 });
  d.move(4);
  d.para(rng.pick(HINWEISE), { size: 9 });
  rechtsbehelf(ctx, traeger[0]);
  closing(ctx, { signer: 'Ihre Deutsche Rentenversicherung', greeting: 'Mit freundlichen Grüßen' });
  footer(d, [[traeger[0], `${traeger[1]} ${traeger[2]}`], [`Versicherungsnummer ${fake.groupVsnr(vsnr)}`, 'www.deutsche-rentenversicherung.de']], 'Seite x von y');
  ctx.set('name', fake.fullName(orphan));
  ctx.set('versicherungsnummer', vsnr);
  ctx.set('rente_brutto', brutto);
  ctx.set('zahlbetrag', zahlbetrag);
  ctx.set('gueltig_ab', ab);
}

/**
 * blind5 (holdout): the notice converting a full earning-capacity pension into the standard
 * old-age pension, in the DRV's newer letter style: a reference strip under the address, a framed
 * "in brief" box at the top with the end of the old pension, the start, the gross pension and the
 * amount paid; the details with the previous pension's figures; an annex working out the amount
 * paid line by line (general and additional health contribution apart) and the earnings points
 */
function blind5UmwandlungAltersrente(ctx: Ctx): void {
  const rng = ctx.rng;
  const ab = firstOfMonth(addDays(ctx.today, -rng.int(10, 150)));
  const born = Number(ab.slice(0, 4)) - 66;
  const r = draw(ctx, ab, [born, born]);
  r.person.title = undefined;
  const emEnde = addDays(ab, -1);
  const emBrutto = cents(r.brutto - rng.float(0, 38));
  const emZahl = cents(emBrutto - cents((emBrutto * r.kvRate) / 100) - cents((emBrutto * r.pvRate) / 100));
  const kvAllg = cents((r.brutto * 7.3) / 100);
  const kvZusatz = cents(r.kv - kvAllg);
  const zusatzRate = cents((r.kvRate - 7.3) * 2);
  const kasse = rng.pick(fake.KRANKENKASSEN);
  const emSeit = firstOfMonth(addMonths(ab, -rng.int(30, 140)));
  const acc = fake.bankAccount(rng);
  const datum = addDays(ab, -rng.int(12, 40));
  const rentenzeichen = `${rng.digits(2)} ${rng.digits(6)} ${rng.pick(['A', 'R', 'E'])} ${rng.digits(3)}`;
  const vs = vsnrText(ctx, r.vsnr);
  const she = r.person.gender === 'f';
  const zahltag = (() => {
    let t = addDays(addMonths(ab, 1), -1);
    while ([0, 6].includes(new Date(t + 'T00:00:00Z').getUTCDay())) t = addDays(t, -1);
    return t;
  })();

  const d = ctx.start({ family: rng.pick(['helvetica', 'times']), size: 9.5, margins: { left: 64, right: 54, top: 52, bottom: 74 } });
  const blue: readonly [number, number, number] = [0.0, 0.3, 0.6];
  d.onContinuation((doc) => {
    doc.text(doc.right, 40, `Versicherungsnummer ${fake.groupVsnr(r.vsnr)}`, { size: 7.5, color: GRAY, align: 'right' });
  });
  d.rect(d.right - 24, 36, 24, 24, { fill: blue });
  d.text(d.right - 32, 47, 'Deutsche Rentenversicherung', { size: 12.5, bold: true, color: blue, align: 'right' });
  d.text(d.right - 32, 60, r.traeger[0].replace('Deutsche Rentenversicherung', '').trim() || 'Bund', { size: 10, color: blue, align: 'right' });
  returnLine(d, `${r.traeger[0]} · ${r.traeger[1]} ${r.traeger[2]}`);
  addressWindow(d, recipientLines(ctx, r.person, r.address, { name: 'name' }));
  d.text(360, 152, rng.pick(['Servicezentrum für Altersrenten', 'Rentenabteilung', 'Leistungsabteilung – Altersrenten']), { size: 8.5, bold: true });
  d.text(360, 164, `Servicetelefon 0800 1000 4800`, { size: 8.5, color: GRAY });
  d.text(360, 176, `Mo–Do 7.30–19.30, Fr 7.30–15.30 Uhr`, { size: 8.5, color: GRAY });
  d.text(360, 188, 'www.deutsche-rentenversicherung.de', { size: 8.5, color: GRAY });

  // the reference strip: three labelled cells in a shaded bar
  const sy = 236;
  d.rect(d.left, sy, d.contentWidth, 28, { fill: [0.93, 0.95, 0.98] });
  const cells: [string, string, string?][] = [
    [ctx.pick(['Versicherungsnummer'], ['Ihre Versicherungsnummer', 'Vers.-Nr. (bitte immer angeben)']), vs, 'versicherungsnummer'],
    ['Rentenzeichen', rentenzeichen],
    ['Datum', ctx.date(datum)],
  ];
  cells.forEach(([l, v, field], i) => {
    const x = d.left + 6 + i * (d.contentWidth / 3);
    d.text(x, sy + 10, l, { size: 7, color: GRAY });
    d.text(x, sy + 22, v, { size: 9.5, bold: i === 0, field });
  });
  d.y = sy + 36;
  d.write(ctx.pick(['Umwandlung Ihrer Rente wegen voller Erwerbsminderung in eine Regelaltersrente'], ['Ihre Regelaltersrente im Anschluss an die Erwerbsminderungsrente', 'Bescheid über Regelaltersrente (Umwandlung)']), { size: 11.5, bold: true });
  d.move(4);
  d.write(she ? `Sehr geehrte Frau ${r.person.last},` : `Sehr geehrter Herr ${r.person.last},`);
  d.move(2);
  d.para(`Sie erreichen die Regelaltersgrenze. Ihre bisherige Rente wird deshalb in eine Regelaltersrente umgewandelt. Einen neuen Antrag mussten Sie dafür nicht stellen.`);

  // the "in brief" box
  const boxTop = d.y;
  const bx = d.left + 12;
  const bw = d.contentWidth - 24;
  d.y += 8;
  d.text(bx, d.y + 10, ctx.pick(['Das Wichtigste in Kürze'], ['Auf einen Blick', 'Das Wichtigste für Sie']), { size: 10.5, bold: true, color: blue });
  d.y += 18;
  const bullets = [
    `Ihre Rente wegen voller Erwerbsminderung endet mit dem ${ctx.date(emEnde)}.`,
    `Ab dem ${ctx.v('gueltig_ab', ctx.date(ab))} erhalten Sie eine Regelaltersrente.`,
    `Ihre Rente beträgt monatlich ${ctx.v('rente_brutto', ctx.money(r.brutto))} ${ctx.pick(['brutto'], ['vor Abzug der Beiträge'])}.`,
    `Nach Abzug der Beiträge zur Kranken- und Pflegeversicherung überweisen wir Ihnen ${ctx.v('zahlbetrag', ctx.money(r.zahlbetrag))} im Monat.`,
    `Die Rente wird wie bisher am Ende des Monats auf Ihr Konto gezahlt. Sie müssen nichts unternehmen.`,
  ];
  for (const b of bullets) {
    d.text(bx + 4, d.y + 9.5, '•', { bold: true });
    d.para(b, { x: bx + 16, width: bw - 24, after: 2 });
  }
  d.y += 6;
  d.rect(d.left, boxTop, d.contentWidth, d.y - boxTop, { stroke: blue, lineWidth: 1.2 });
  d.move(12);

  d.write('Einzelheiten zu Ihrer Rente', { bold: true, size: 10.5 });
  d.move(2);
  d.para(`Seit dem ${ctx.date(emSeit)} erhalten Sie von uns eine Rente wegen voller Erwerbsminderung. Zuletzt betrug diese Rente ${ctx.money(emBrutto)} monatlich; ausgezahlt wurden ${ctx.money(emZahl)}. Die Regelaltersrente wird mindestens aus den persönlichen Entgeltpunkten der bisherigen Rente berechnet (§ 88 Abs. 1 SGB VI). Zeiten, die Sie seit Beginn der Erwerbsminderungsrente zurückgelegt haben, sind zusätzlich berücksichtigt.`);
  d.para(`Sie sind in der Krankenversicherung der Rentner bei der ${kasse} versichert. Den Beitrag zur Kranken- und Pflegeversicherung behalten wir von der Rente ein und führen ihn an Ihre Krankenkasse ab. Wie sich der Zahlbetrag errechnet, sehen Sie in Anlage 1.`);
  d.para(`Die Rente für ${fake.MONTHS_DE[Number(ab.slice(5, 7)) - 1]} ${ab.slice(0, 4)} überweisen wir am ${ctx.date(zahltag)} auf Ihr Konto bei der ${acc.bank.name} (IBAN endet auf ${acc.iban.slice(-4)}). Eine Nachzahlung entsteht nicht.`);
  d.write(ctx.pick(['Was Sie beachten sollten'], ['Hinweise für Sie']), { bold: true, size: 10.5 });
  d.move(2);
  d.para('Neben einer Regelaltersrente dürfen Sie unbegrenzt hinzuverdienen. Bitte teilen Sie uns dennoch mit, wenn Sie eine Rente aus einer anderen Versicherung erhalten, ins Ausland ziehen oder sich Ihre Bankverbindung ändert.');
  d.para(rng.pick(HINWEISE));
  // the legal remedy and the closing stay together
  d.ensure(150);
  rechtsbehelf(ctx, r.traeger[0]);
  closing(ctx, { greeting: 'Mit freundlichen Grüßen', signer: 'Ihre Deutsche Rentenversicherung' });
  d.para('Dieser Bescheid wurde maschinell erstellt und ist ohne Unterschrift gültig.', { size: 8 });
  d.para('Anlagen: 1 Berechnung des Zahlbetrags · 2 Persönliche Entgeltpunkte', { size: 8.5 });

  d.newPage();
  d.write('Anlage 1', { size: 9, color: GRAY });
  d.write(ctx.pick(['Berechnung des Zahlbetrags'], ['Wie sich Ihr Zahlbetrag ergibt']), { bold: true, size: 11.5 });
  d.move(2);
  d.para(`Versicherungsnummer ${fake.groupVsnr(r.vsnr)} · Regelaltersrente ab ${ctx.ndate(ab)}`, { size: 8.5, color: GRAY });
  const ox = d.left;
  const lx = d.left + 22;
  const vx = d.left + 400;
  const calc: [string, string, string, boolean?][] = [
    ['', 'Monatliche Rente', decimal(r.brutto)],
    ['–', `allgemeiner Beitrag zur Krankenversicherung (Ihr Anteil 7,30 %)`, decimal(kvAllg)],
    ['–', `Zusatzbeitrag Ihrer Krankenkasse (Ihr Anteil ${decimal(zusatzRate / 2)} % von ${decimal(zusatzRate)} %)`, decimal(kvZusatz)],
    ['–', `Beitrag zur Pflegeversicherung (${decimal(r.pvRate, 1)} %)`, decimal(r.pv)],
    ['=', ctx.pick(['Zahlbetrag'], ['monatlicher Auszahlungsbetrag']), decimal(r.zahlbetrag), true],
  ];
  d.text(vx, d.y + 9, 'Euro', { bold: true, align: 'right', size: 9 });
  d.move(14);
  calc.forEach(([op, label, value, sum]) => {
    if (sum) d.hline(d.y + 1, vx - 80, vx, 0.8);
    d.row([{ x: ox, text: op, bold: true }, { x: lx, text: label, bold: sum, width: 300 }, { x: vx, text: value, align: 'right', bold: sum }], { minHeight: 15 });
  });
  d.move(8);
  d.para(`Zum Vergleich: Die Rente wegen voller Erwerbsminderung betrug bis ${ctx.ndate(emEnde)} ${ctx.money(emBrutto)}, der Zahlbetrag ${ctx.money(emZahl)}.`, { size: 8.5 });
  d.move(6);
  d.write('Anlage 2', { size: 9, color: GRAY });
  d.write('Persönliche Entgeltpunkte und Rentenformel', { bold: true, size: 11.5 });
  d.move(4);
  const ep = Math.round((r.brutto / r.rentenwert) * 10000) / 10000;
  const epRows: Cell[][] = [
    ['persönliche Entgeltpunkte der bisherigen Rente', decimal(ep * rng.float(0.96, 0.995), 4)],
    [`zusätzliche Entgeltpunkte seit ${ctx.ndate(emSeit)}`, decimal(ep * rng.float(0.005, 0.03), 4)],
    ['persönliche Entgeltpunkte der Regelaltersrente', decimal(ep, 4)],
    ['Rentenartfaktor', '1,0000'],
    ['aktueller Rentenwert', `${decimal(r.rentenwert)} EUR`],
    ['Monatsrente (Entgeltpunkte × Rentenartfaktor × Rentenwert)', decimal(r.brutto)],
  ];
  table(ctx, [{ header: 'Berechnungsgröße', x: d.left, width: 340 }, { header: 'Wert', x: d.right, align: 'right' }], epRows, { grid: true, size: 8.5 });
  footer(d, [[r.traeger[0], `${r.traeger[1]} ${r.traeger[2]}`], [`Rentenzeichen ${rentenzeichen}`]], 'Seite x von y');
  truth(ctx, r);
}

/**
 * blind6 (holdout): the DRV's notice re-assessing an old-age pension because a basic-pension
 * supplement (Grundrentenzuschlag) is added, written as questions and answers: the insurance
 * number in the second line of the subject, "what did we decide" with the day the new amount
 * applies from, "how high is your pension now" as a framed two-column list (pension without the
 * supplement, supplement, monthly pension, contributions, amount paid), the amount paid so far in a
 * sentence, the back payment for the months already passed, the income check with the tax office's
 * figures of the year before last and the allowance; annexes with the supplement's calculation
 * (basic-pension periods, average earnings points) and the income offset (own and spouse's income),
 * the insurance number and page in the head of every following page.
 */
function blind6Grundrentenzuschlag(ctx: Ctx): void {
  const rng = ctx.rng;
  const today = ctx.today;
  const y = Number(today.slice(0, 4));
  const lastJuly = today >= iso(y, 7, 1) ? iso(y, 7, 1) : iso(y - 1, 7, 1);
  let ab = firstOfMonth(addMonths(today, -rng.int(1, 8)));
  if (ab < lastJuly) ab = lastJuly;
  const r = draw(ctx, ab, [1948, 1958]);
  r.person.title = undefined;
  // the supplement goes to small pensions: keep the gross amount low
  if (r.brutto > 1250) {
    r.brutto = cents(rng.float(480, 1250));
    r.kv = cents((r.brutto * r.kvRate) / 100);
    r.pv = cents((r.brutto * r.pvRate) / 100);
    r.zahlbetrag = cents(r.brutto - r.kv - r.pv);
  }
  const she = r.person.gender === 'f';
  const art = rng.pick(['Regelaltersrente', 'Altersrente für langjährig Versicherte', 'Altersrente für schwerbehinderte Menschen', 'Altersrente für besonders langjährig Versicherte']);
  const zuschlag = cents(rng.float(18, 170));
  const ohne = cents(r.brutto - zuschlag);
  const oldKv = cents((ohne * r.kvRate) / 100);
  const oldPv = cents((ohne * r.pvRate) / 100);
  const oldZahl = cents(ohne - oldKv - oldPv);
  const firstPaid = firstOfMonth(addMonths(today, 1));
  const months = Math.max(0, (Number(firstPaid.slice(0, 4)) - Number(ab.slice(0, 4))) * 12 + Number(firstPaid.slice(5, 7)) - Number(ab.slice(5, 7)));
  const nach = cents((r.zahlbetrag - oldZahl) * months);
  const taxYear = Number(ab.slice(0, 4)) - 2;
  const married = rng.chance(0.45);
  const frei = Number(ab.slice(0, 4)) >= 2025 ? (married ? 2247.54 : 1438.05) : married ? 2146.13 : 1375.35;
  const ownIncome = cents(rng.float(700, 1500));
  const spouseIncome = married ? cents(rng.float(300, 1200)) : 0;
  const income = cents(ownIncome + spouseIncome);
  const offset = income > frei ? cents((Math.min(income, frei + 359) - frei) * 0.6 + Math.max(0, income - frei - 359)) : 0;
  const zuschlagVoll = cents(zuschlag + offset);
  const months33 = rng.int(33 * 12, 45 * 12);
  const years = `${Math.floor(months33 / 12)} Jahre${months33 % 12 ? ` und ${months33 % 12} Monate` : ''}`;
  const epAvg = decimal(rng.float(0.3, 0.78), 4);
  const rw = ab >= iso(2025, 7, 1) ? 40.79 : ab >= iso(2024, 7, 1) ? 39.32 : 37.6;
  const epZ = decimal(zuschlagVoll / rw, 4);
  const datum = addDays(today, -rng.int(3, 12));
  const rentenzeichen = `${rng.digits(2)} ${rng.digits(6)} ${rng.pick(['A', 'R'])} ${rng.digits(3)}`;
  const vs = vsnrText(ctx, r.vsnr);
  const kasse = rng.pick(fake.KRANKENKASSEN);

  const d = ctx.start({ family: rng.pick(['helvetica', 'times']), size: 9.6, margins: { left: 66, right: 56, top: 60, bottom: 72 } });
  drvHead(ctx, r);
  d.onContinuation((doc) => {
    doc.text(doc.left, 42, `Versicherungsnummer ${fake.groupVsnr(r.vsnr)}`, { size: 8, color: GRAY });
    doc.text(doc.right, 42, `Rentenzeichen ${rentenzeichen}`, { size: 8, color: GRAY, align: 'right' });
    doc.hline(47, doc.left, doc.right, 0.3, GRAY);
  });
  addressWindow(d, recipientLines(ctx, r.person, r.address, { name: 'name' }));
  infoBlock(d, [
    ['Rentenzeichen', rentenzeichen],
    ['Telefon', `0${rng.digits(3)} ${rng.digits(3)}-${rng.digits(4)}`],
    ['Servicetelefon', '0800 1000 4800'],
    ['Datum', ctx.date(datum)],
  ], { labelWidth: 76 });
  subject(d, [
    ctx.pick([], ['Ihre Rente: Neufeststellung mit Grundrentenzuschlag', 'Bescheid über die Neufeststellung Ihrer Rente – Grundrentenzuschlag']),
    `${art} · Versicherungsnummer ${ctx.v('versicherungsnummer', vs)}`,
  ], 268);
  d.write(anrede(r.person));
  d.move(4);
  const q = (question: string) => {
    d.ensure(48);
    d.move(5);
    d.write(question, { bold: true, size: 10.3 });
    d.move(1);
  };
  q('Was haben wir entschieden?');
  d.para(`Wir haben Ihre ${art} neu berechnet, weil Sie die Voraussetzungen für einen Grundrentenzuschlag erfüllen. Den Zuschlag erhalten Sie ab dem ${ctx.v('gueltig_ab', ctx.date(ab))}. Der bisherige Bescheid wird insoweit nach § 48 SGB X aufgehoben.`);
  q('Wie hoch ist Ihre Rente jetzt?');
  const boxTop = d.y;
  const m = (v: number) => ctx.money(v);
  const lines: [string, Cell, boolean?][] = [
    ['Rente ohne Grundrentenzuschlag', m(ohne)],
    ['Grundrentenzuschlag', m(zuschlag)],
    [ctx.pick([], ['Ihre monatliche Rente', 'Rente insgesamt (brutto)', 'monatliche Rente vor Abzügen']), { text: m(r.brutto), field: 'rente_brutto' }, true],
    [`davon Ihr Anteil am Beitrag zur Krankenversicherung (${decimal(r.kvRate, 2)} %)`, `– ${m(r.kv)}`],
    [`davon Ihr Beitrag zur Pflegeversicherung (${decimal(r.pvRate, 1)} %)`, `– ${m(r.pv)}`],
    [ctx.pick([], ['Das zahlen wir Ihnen aus', 'monatlicher Auszahlungsbetrag', 'Betrag, den Sie monatlich erhalten']), { text: m(r.zahlbetrag), field: 'zahlbetrag' }, true],
  ];
  d.move(4);
  for (const [label, value, strong] of lines) {
    const v = typeof value === 'string' ? { text: value } : value;
    if (strong) d.hline(d.y + 1, d.left + 8, d.right - 8, 0.5);
    d.row([
      { x: d.left + 10, text: label, bold: strong, width: 300 },
      { x: d.right - 10, text: v.text, align: 'right', bold: strong, field: v.field },
    ], { minHeight: 15 });
  }
  d.move(3);
  d.rect(d.left, boxTop, d.contentWidth, d.y - boxTop, { stroke: [0.2, 0.3, 0.5], lineWidth: 0.9 });
  d.move(6);
  d.para(`Bisher haben wir Ihnen monatlich ${ctx.money(oldZahl)} überwiesen. Die Beiträge zur Kranken- und Pflegeversicherung führen wir an die ${kasse} ab. Den neuen Betrag zahlen wir erstmals Ende ${fake.MONTHS_DE[Number(firstPaid.slice(5, 7)) - 1]} ${firstPaid.slice(0, 4)}.`);
  if (months > 0) {
    q('Bekommen Sie Geld nachgezahlt?');
    d.para(`Ja. Für die Zeit vom ${ctx.date(ab)} bis zum ${ctx.date(addDays(firstPaid, -1))} steht Ihnen der Zuschlag bereits zu. Nach Abzug der Beiträge ergibt sich eine Nachzahlung von ${ctx.money(nach)}. Sie erhalten sie in den nächsten Wochen auf Ihr Konto, sofern keine andere Stelle einen Erstattungsanspruch geltend macht.`);
  }
  q('Wie haben wir Ihr Einkommen berücksichtigt?');
  d.para(`Auf den Grundrentenzuschlag wird Einkommen angerechnet. Maßgeblich ist das zu versteuernde Einkommen des vorvorigen Kalenderjahres (${taxYear}), das uns das Finanzamt elektronisch mitgeteilt hat${married ? ', bei Verheirateten zusammen mit dem Einkommen des Ehegatten' : ''}. Ihr monatliches Einkommen von ${ctx.money(income)} ${offset ? `übersteigt den Freibetrag von ${ctx.money(frei)}; deshalb rechnen wir ${ctx.money(offset)} an.` : `liegt unter dem Freibetrag von ${ctx.money(frei)}; es wird daher nichts angerechnet.`} Die Einzelheiten finden Sie in Anlage 2.`);
  q('Müssen Sie etwas tun?');
  d.para('Nein. Wir prüfen Ihr Einkommen jedes Jahr automatisch mit den Daten des Finanzamts. Teilen Sie uns aber bitte mit, wenn Sie Einkünfte aus dem Ausland oder Kapitalerträge haben, die dem Finanzamt nicht bekannt sind.');
  q('Was können Sie tun, wenn Sie nicht einverstanden sind?');
  d.para(`Sie können innerhalb eines Monats, nachdem Sie diesen Bescheid erhalten haben, Widerspruch einlegen – schriftlich oder mündlich zur Niederschrift bei uns oder bei einer Auskunfts- und Beratungsstelle der Rentenversicherung.`, { size: 9 });
  closing(ctx, { greeting: 'Mit freundlichen Grüßen', signer: `Ihre ${r.traeger[0]}` });

  d.newPage();
  d.write('Anlage 1 – Berechnung des Grundrentenzuschlags', { bold: true, size: 11 });
  d.move(4);
  const calc: Cell[][] = [
    ['Grundrentenzeiten', years],
    ['Grundrentenbewertungszeiten', `${rng.int(months33 - 120, months33)} Monate`],
    ['Durchschnitt der Entgeltpunkte aus Grundrentenbewertungszeiten', epAvg],
    ['Entgeltpunkte für den Grundrentenzuschlag', epZ],
    ['Zugangsfaktor', '1,0000'],
    ['aktueller Rentenwert', `${decimal(rw)} EUR`],
    ['Grundrentenzuschlag vor Einkommensanrechnung', m(zuschlagVoll)],
    ['anzurechnendes Einkommen (Anlage 2)', m(offset)],
    ['Grundrentenzuschlag monatlich', m(zuschlag)],
  ];
  table(ctx, [{ header: 'Berechnungsgröße', x: d.left, width: 320 }, { header: 'Wert', x: d.right, align: 'right' }], calc, { grid: true, size: 8.8, headerFill: LIGHT });
  d.move(8);
  d.write('Anlage 2 – Einkommensanrechnung', { bold: true, size: 11 });
  d.move(4);
  const inc: Cell[][] = [[`zu versteuerndes Einkommen ${taxYear} (Mitteilung des Finanzamts), monatlich`, m(ownIncome)]];
  if (married) inc.push([`Einkommen des Ehegatten ${taxYear}, monatlich`, m(spouseIncome)]);
  inc.push(['maßgebendes Einkommen', m(income)], [`Freibetrag ${married ? 'für Verheiratete' : 'für Alleinstehende'}`, m(frei)]);
  if (offset) inc.push(['davon anzurechnen (60 % bzw. 100 % des übersteigenden Betrags)', m(offset)]);
  else inc.push(['anzurechnender Betrag', m(0)]);
  table(ctx, [{ header: 'Einkommen', x: d.left, width: 320 }, { header: 'EUR', x: d.right, align: 'right' }], inc, { grid: true, size: 8.8, headerFill: LIGHT });
  d.para(`Die Einkommensprüfung wiederholen wir zum 1. Januar jedes Jahres. Ändert sich dadurch der Zuschlag, erhalten Sie einen neuen Bescheid. ${rng.pick(HINWEISE)}`, { size: 8.5 });
  footer(d, [[r.traeger[0], `${r.traeger[1]} ${r.traeger[2]}`], ['www.deutsche-rentenversicherung.de', 'Servicetelefon 0800 1000 4800 (kostenlos)']], 'Seite x von y');
  truth(ctx, r);
}

/**
 * blind7: the DRV's first notice of an old-age pension for long-insured people drawn as a partial
 * pension (Teilrente) beside a part-time job: page 1 as a letter with a contact column at the right
 * (the insurance number there under the office's phone and hours); numbered headings: the decision
 * with the start and the chosen share, the monthly amount in a small grid with the full pension
 * "not applied for" beside the partial pension granted (gross, health and care contributions,
 * amount paid), the back payment from the start to the first regular payment, unlimited extra
 * earnings, the day the standard retirement age is reached and how to switch to the full pension;
 * a running head with the insurance number on the following pages, an annex with the full
 * pension's calculation (earnings points, access factor for the months drawn early, current
 * pension value) and the share.
 */
function blind7Teilrente(ctx: Ctx): void {
  const rng = ctx.rng;
  const today = ctx.today;
  const ab = firstOfMonth(addMonths(today, rng.pick([-3, -2, -1, 0, 0, 1])));
  const r = draw(ctx, ab, [1958, 1962]);
  const p = r.person;
  p.title = undefined;
  // 63 and a few months old at the start, before the standard retirement age
  p.birth = addMonths(ab, -(63 * 12 + rng.int(1, 22)));
  p.birth = iso(Number(p.birth.slice(0, 4)), Number(p.birth.slice(5, 7)), rng.int(1, 28));
  r.vsnr = fake.versicherungsnummer(rng, p);
  const by = Number(p.birth.slice(0, 4));
  const extra = Math.min(12, Math.max(0, (by - 1958) * 2));
  const regelDay = addDays(addMonths(p.birth, 66 * 12 + extra), -1);
  const regelStart = firstOfMonth(addMonths(regelDay, 1));
  const early = (Number(regelStart.slice(0, 4)) - Number(ab.slice(0, 4))) * 12 + Number(regelStart.slice(5, 7)) - Number(ab.slice(5, 7));
  const zf = Math.round((1 - 0.003 * early) * 1000) / 1000;
  const rw = ab >= iso(2025, 7, 1) ? 40.79 : ab >= iso(2024, 7, 1) ? 39.32 : 37.6;
  const ep = Math.round(rng.float(34, 62) * 10000) / 10000;
  const pep = Math.round(ep * zf * 10000) / 10000;
  const voll = cents(pep * rw);
  const anteil = rng.pick([40, 50, 60, 66, 70, 75, 80, 90]);
  const teil = cents((voll * anteil) / 100);
  const kvV = cents((voll * r.kvRate) / 100);
  const pvV = cents((voll * r.pvRate) / 100);
  r.brutto = teil;
  r.kv = cents((teil * r.kvRate) / 100);
  r.pv = cents((teil * r.pvRate) / 100);
  r.zahlbetrag = cents(teil - r.kv - r.pv);
  r.ab = ab;
  const firstPaid = firstOfMonth(addMonths(today, 1));
  const months = Math.max(0, (Number(firstPaid.slice(0, 4)) - Number(ab.slice(0, 4))) * 12 + Number(firstPaid.slice(5, 7)) - Number(ab.slice(5, 7)));
  const nach = cents(r.zahlbetrag * months);
  const applied = addDays(ab, -rng.int(40, 120));
  const kasse = rng.pick(fake.KRANKENKASSEN);
  const she = p.gender === 'f';
  const vs = vsnrText(ctx, r.vsnr);
  const dd = (v: string) => ctx.date(v);
  const M = (v: number) => ctx.money(v);
  const acc = fake.bankAccount(rng);
  const advice = fake.sameCityAddress(rng, r.address);
  const blue: [number, number, number] = [0.0, 0.3, 0.6];

  const d = ctx.start({ family: 'helvetica', size: 9.5, margins: { left: 62, right: 46, top: 52, bottom: 70 } });
  const COL = 412;
  const BODY_W = COL - 16 - d.left;
  d.onContinuation((doc) => {
    doc.text(doc.left, 36, `Versicherungsnummer ${vs} · Rentenbescheid vom ${ctx.ndate(today)}`, { size: 7.5, color: GRAY });
    doc.hline(40, doc.left, doc.right, 0.3, GRAY);
  });
  // letterhead: blue rule with the institution, a contact column at the right of page 1
  d.rect(d.left, 38, 6, 34, { fill: blue });
  d.text(d.left + 14, 52, 'Deutsche Rentenversicherung', { size: 14, bold: true, color: blue });
  d.text(d.left + 14, 66, r.traeger[0].replace('Deutsche Rentenversicherung', '').trim() || 'Bund', { size: 10.5, color: blue });
  returnLine(d, `${r.traeger[0]} · ${r.traeger[1]} ${r.traeger[2]}`);
  addressWindow(d, recipientLines(ctx, p, r.address));
  const side: [string, string, boolean?][] = [
    ['Ihr Kontakt', `${rng.pick(['Team', 'Sachgebiet', 'Rentenservice'])} ${rng.int(10, 89)}${rng.pick(['', 'a', 'b'])}`],
    ['Telefon', `${rng.pick(['0800 1000 4800', '030 865-0', '0341 550-' + rng.int(1000, 9999)])}`],
    ['Servicezeiten', 'Mo–Do 7.30–19.30 Uhr, Fr 7.30–15.30 Uhr'],
    ['Unser Schreiben vom', ctx.ndate(today)],
    ['Ihr Antrag vom', ctx.ndate(applied)],
    ['Krankenversicherung', kasse],
    ['Beratung vor Ort', `Auskunfts- und Beratungsstelle ${r.address.city}, ${advice.street} ${advice.no}`],
    [ctx.pick(['Versicherungsnummer'], ['Ihre Versicherungsnummer', 'Versicherungs-Nr. (bitte immer angeben)']), vs, true],
  ];
  let sy = 128;
  for (const [l, v, strong] of side) {
    d.text(COL + 10, sy, l, { size: 7, color: GRAY });
    const lines = d.wrap(v, d.right - COL - 12, { size: strong ? 9.5 : 8 });
    lines.forEach((line, i) => d.text(COL + 10, sy + 11 + i * 10, line, { size: strong ? 9.5 : 8, bold: strong, field: strong ? 'versicherungsnummer' : undefined }));
    sy += 18 + lines.length * 10;
  }
  d.text(COL + 10, sy + 8, 'www.deutsche-rentenversicherung.de', { size: 6.5, color: GRAY });
  const sideEnd = sy + 14;
  d.line(COL, 120, COL, sideEnd, 0.4, LIGHT);
  const narrow = () => d.page === 1 && d.y < sideEnd;

  d.y = 262;
  const para = (text: string, opts: { bold?: boolean; size?: number } = {}) => d.para(text, { width: narrow() ? BODY_W : undefined, ...opts });
  d.y += 4;
  para(ctx.pick(['Rentenbescheid'], ['Bescheid über Ihre Altersrente', 'Ihre Altersrente – Bescheid']), { bold: true, size: 12 });
  para(`Altersrente für langjährig Versicherte als Teilrente (${anteil} % der Vollrente)`, { bold: true });
  d.move(4);
  para(`${she ? 'Sehr geehrte Frau' : 'Sehr geehrter Herr'} ${p.last},`);
  para(`Sie haben beantragt, Ihre Altersrente nicht in voller Höhe, sondern als Teilrente zu erhalten, weil Sie Ihre Beschäftigung in Teilzeit fortsetzen. Diesem Antrag entsprechen wir.`);
  const h = (no: string, title: string) => {
    d.ensure(60);
    d.move(4);
    d.write(`${no} ${title}`, { bold: true, size: 10 });
  };
  h('1.', 'Entscheidung');
  para(`Wir bewilligen Ihnen, ${ctx.v('name', ctx.name(p, 'first-last'))}, die Altersrente für langjährig Versicherte ab dem ${ctx.v('gueltig_ab', dd(ab))}. Die Rente wird als Teilrente in Höhe von ${anteil} Prozent der Vollrente geleistet. Sie ist nicht befristet.`);
  h('2.', 'Höhe der Rente');
  para('Monatliche Beträge ab Rentenbeginn:');
  // a small grid: rows of amounts, the full pension in grey beside the granted partial pension
  d.ensure(100);
  const GW = narrow() ? BODY_W : Math.min(d.contentWidth, 400);
  const gx0 = d.left;
  const gx1 = d.left + GW * 0.52;
  const gx2 = d.left + GW * 0.76;
  const gx3 = d.left + GW;
  const gTop = d.y;
  const hA = d.wrap('Vollrente (nicht beantragt)', gx2 - gx1 - 8, { size: 7.5 });
  const hB = d.wrap(`Teilrente ${anteil} % (bewilligt)`, gx3 - gx2 - 8, { size: 7.5, bold: true });
  const hh = 6 + Math.max(hA.length, hB.length) * 8.5;
  d.rect(gx0, gTop, gx3 - gx0, hh, { fill: [0.9, 0.93, 0.97] });
  hA.forEach((l, i) => d.text(gx2 - 4, gTop + 10 + i * 8.5, l, { size: 7.5, align: 'right', color: GRAY }));
  hB.forEach((l, i) => d.text(gx3 - 4, gTop + 10 + i * 8.5, l, { size: 7.5, align: 'right', bold: true }));
  d.y = gTop + hh + 1;
  const gRow = (label: string, a: string, b: string, field?: string, bold = false) => {
    d.text(gx0 + 4, d.y + 10, label, { size: 8.5, bold });
    d.text(gx2 - 4, d.y + 10, a, { size: 8.5, align: 'right', color: GRAY });
    d.text(gx3 - 4, d.y + 10, b, { size: 8.5, align: 'right', bold, field });
    d.y += 14;
    d.hline(d.y, gx0, gx3, 0.3, LIGHT);
  };
  const m = (v: number) => decimal(v);
  gRow(ctx.pick(['Rente brutto'], ['monatliche Rente', 'Rentenbetrag']), m(voll), m(teil), 'rente_brutto');
  gRow(`Kranken${rng.chance(0.5) ? 'versicherung' : 'vers.'} (${decimal(r.kvRate, 2)} %)`, `-${m(kvV)}`, `-${m(r.kv)}`);
  gRow(`Pflegeversicherung (${decimal(r.pvRate, 2)} %)`, `-${m(pvV)}`, `-${m(r.pv)}`);
  gRow(ctx.pick(['Zahlbetrag'], ['monatlicher Auszahlungsbetrag', 'auszuzahlender Betrag']), m(cents(voll - kvV - pvV)), m(r.zahlbetrag), 'zahlbetrag', true);
  d.rect(gx0, gTop, gx3 - gx0, d.y - gTop, { stroke: [0.5, 0.5, 0.5], lineWidth: 0.5 });
  d.y += 2;
  d.text(gx0, d.y + 8, 'Beträge in Euro', { size: 7, color: GRAY });
  d.y += 14;
  para(`Sie sind in der Krankenversicherung der Rentner bei der ${kasse} versichert. Die Beiträge behalten wir ein und leiten sie weiter.`, { size: 9 });

  h('3.', 'Nachzahlung');
  if (months > 0) para(`Für die Zeit vom ${dd(ab)} bis ${dd(addDays(firstPaid, -1))} ergibt sich eine Nachzahlung von ${M(nach)}. Sie wird vorläufig einbehalten, bis geklärt ist, ob andere Stellen (z. B. die Agentur für Arbeit oder die Krankenkasse) Erstattungsansprüche haben.`);
  else para(`Eine Nachzahlung ergibt sich nicht. Die erste Zahlung erfolgt für den Monat ${fake.MONTHS_DE[Number(ab.slice(5, 7)) - 1]} ${ab.slice(0, 4)}.`);
  para(`Die laufende Rente zahlen wir ab ${dd(firstPaid)} jeweils am letzten Bankarbeitstag des Monats für den laufenden Monat auf das Konto ${ctx.iban(acc.iban)} (${acc.bank.name}).`);

  h('4.', 'Hinzuverdienst');
  para('Neben einer Altersrente können Sie seit dem 1. Januar 2023 unbegrenzt hinzuverdienen. Ihr Arbeitsentgelt aus der Teilzeitbeschäftigung wirkt sich deshalb nicht auf die Höhe der Teilrente aus. Aus dem Entgelt werden weiterhin Beiträge zur Rentenversicherung gezahlt; sie erhöhen Ihre Rente jeweils zum 1. Juli des Folgejahres.');

  h('5.', 'Wechsel zur Vollrente');
  para(`Die Regelaltersgrenze erreichen Sie mit Ablauf des ${dd(regelDay)}. Die Teilrente wird nicht von selbst in eine Vollrente umgewandelt. Wenn Sie die Vollrente ab ${dd(regelStart)} oder einem anderen Monat erhalten möchten, teilen Sie uns das bitte formlos mit. Sie können den Anteil auch jederzeit für die Zukunft ändern (mindestens 10 Prozent).`);

  h('6.', 'Mitteilungspflichten');
  para('Bitte teilen Sie uns unverzüglich mit, wenn Sie eine Rente aus einer anderen Versicherung, eine Versorgung nach beamtenrechtlichen Vorschriften oder eine Abfindung erhalten, oder wenn sich Ihre Anschrift oder Bankverbindung ändert.');
  rechtsbehelf(ctx, r.traeger[0].replace('Deutsche Rentenversicherung', 'der Deutschen Rentenversicherung'));
  closing(ctx, { greeting: 'Mit freundlichen Grüßen', signer: 'Ihre Deutsche Rentenversicherung', auftrag: false });
  d.para('Dieser Bescheid wurde maschinell erstellt und ist ohne Unterschrift gültig.', { size: 8, color: GRAY });

  // annex
  d.newPage();
  d.write(`Anlage 1 – Berechnung der Rente`, { size: 11.5, bold: true });
  d.para('Die Monatsrente ergibt sich, indem die persönlichen Entgeltpunkte mit dem Rentenartfaktor und dem aktuellen Rentenwert vervielfältigt werden (§ 64 SGB VI).', { size: 9 });
  const ann: Cell[][] = [
    ['Summe aller Entgeltpunkte', decimal(ep, 4)],
    [`Zugangsfaktor (${early} Kalendermonate vorzeitig, je 0,003 Minderung)`, decimal(zf, 3)],
    ['persönliche Entgeltpunkte', decimal(pep, 4)],
    ['Rentenartfaktor', '1,0'],
    [`aktueller Rentenwert ab ${ctx.ndate(ab >= iso(Number(ab.slice(0, 4)), 7, 1) ? iso(Number(ab.slice(0, 4)), 7, 1) : iso(Number(ab.slice(0, 4)) - 1, 7, 1))}`, `${decimal(rw)} EUR`],
    ['Monatsrente als Vollrente', `${m(voll)} EUR`],
    [`davon ${anteil} % (Teilrente)`, `${m(teil)} EUR`],
  ];
  table(ctx, [
    { header: 'Berechnungsschritt', x: d.left, width: 330 },
    { header: 'Wert', x: d.right, align: 'right' },
  ], ann, { size: 9, grid: true, headerFill: LIGHT });
  d.move(6);
  d.write('Anlage 2 – Versicherungsverlauf (Auszug)', { size: 11.5, bold: true });
  // a working life: school, training, work with a gap or children, part-time at the end
  const rows: Cell[][] = [];
  const abY = Number(ab.slice(0, 4));
  const span = (from: string, to: string, what: string) => rows.push([from, to, what]);
  const y0 = by + 16;
  span(`01.08.${y0}`, `31.07.${y0 + 1}`, 'Schulausbildung (Anrechnungszeit)');
  span(`01.08.${y0 + 1}`, `31.07.${y0 + 4}`, 'Berufsausbildung (Pflichtbeitragszeit)');
  const gapAt = rng.int(y0 + 8, abY - 12);
  const kid = she && rng.chance(0.7);
  span(`01.08.${y0 + 4}`, `31.12.${gapAt - 1}`, 'Pflichtbeitragszeit Beschäftigung');
  const gapLen = kid ? 3 : rng.int(1, 2);
  span(`01.01.${gapAt}`, `31.12.${gapAt + gapLen - 1}`, kid ? 'Kindererziehung (Pflichtbeitragszeit)' : 'Arbeitslosigkeit mit Leistungsbezug');
  const partFrom = rng.int(gapAt + gapLen + 3, abY - 2);
  span(`01.01.${gapAt + gapLen}`, `31.12.${partFrom - 1}`, 'Pflichtbeitragszeit Beschäftigung');
  span(`01.01.${partFrom}`, ctx.date(addDays(ab, -1), 'dd.mm.yyyy'), 'Pflichtbeitragszeit Beschäftigung (Teilzeit)');
  table(ctx, [
    { header: 'von', x: d.left },
    { header: 'bis', x: d.left + 80 },
    { header: 'Art der Zeit', x: d.left + 170 },
  ], rows, { size: 8.5, grid: true });
  d.para(`Die Wartezeit von 35 Jahren für die Altersrente für langjährig Versicherte ist erfüllt. Die Zeiten bis zum Rentenbeginn sind vollständig geklärt.`, { size: 9 });
  footer(d, [[r.traeger[0], `${r.traeger[1]} ${r.traeger[2]}`]], 'Seite x von y');
  truth(ctx, r);
}

/**
 * blind8 (holdout): a first notice of an Erziehungsrente (§ 47 SGB VI) for a divorced parent who
 * raises a child after the former spouse died, with income offset: the DRV's letter with the key
 * figures as a framed two-row grid of headings over values under the subject (insurance number,
 * kind of pension, start, limited until; pension before the income offset, monthly pension,
 * contributions, amount paid); the decision and reasoning in running text (the former spouse's
 * name and day of death, the child with birth date, the limitation to the month of the child's
 * 18th birthday, the back payment up to the month the current payment starts, duties to report
 * income); a running head with the insurance number on the following pages; annex 1 the earnings
 * points in numbered lines, annex 2 the income offset in numbered lines (the wage from the
 * employer's statement, the 40 % lump sum, the allowance with its child supplement, 40 % of the
 * excess), annex 3 the contributions.
 */
function blind8Erziehungsrente(ctx: Ctx): void {
  const rng = ctx.rng;
  const ab = firstOfMonth(addMonths(ctx.today, -rng.int(2, 7)));
  const person = fake.person(rng, { bornFrom: Number(ab.slice(0, 4)) - 55, bornTo: Number(ab.slice(0, 4)) - 28 });
  person.title = undefined;
  const she = person.gender === 'f';
  const address = fake.address(rng);
  const vsnr = fake.versicherungsnummer(rng, person);
  const traeger = rng.pick(fake.DRV_TRAEGER);
  const ex = fake.person(rng, { gender: she ? 'm' : 'f', bornFrom: Number(person.birth.slice(0, 4)) - 6, bornTo: Number(person.birth.slice(0, 4)) + 6 });
  ex.title = undefined;
  const prevMonth = addMonths(ab, -1);
  const died = `${prevMonth.slice(0, 8)}${String(rng.int(1, 28)).padStart(2, '0')}`;
  const divorced = addDays(died, -rng.int(400, 3000));
  const childYear = Math.max(Number(person.birth.slice(0, 4)) + 20, Number(ab.slice(0, 4)) - rng.int(3, 15));
  const child = fake.person(rng, { bornFrom: childYear, bornTo: childYear, last: rng.chance(0.6) ? person.last : ex.last });
  const children = rng.chance(0.25) ? 2 : 1;
  const b18 = `${Number(child.birth.slice(0, 4)) + 18}${child.birth.slice(4)}`;
  const befristet = addDays(addMonths(firstOfMonth(b18), 1), -1);
  const rw = ab >= '2025-07-01' ? 40.79 : ab >= '2024-07-01' ? 39.32 : 37.6;
  const epOwn = Math.round(rng.float(9, 30) * 10000) / 10000;
  const epZurechnung = Math.round(rng.float(6, 16) * 10000) / 10000;
  const ep = Math.round((epOwn + epZurechnung) * 10000) / 10000;
  const vor = cents(ep * rw);
  const freibetrag = cents(26.4 * rw);
  const kindZuschlag = cents(5.6 * rw * children);
  const works = rng.chance(0.8);
  let wage = works ? cents(rng.float(900, 3900)) : 0;
  const offsetOf = (w: number) => cents(Math.max(0, cents(w * 0.6) - freibetrag - kindZuschlag) * 0.4);
  while (offsetOf(wage) > vor * 0.7) wage = cents(wage * 0.85);
  const netIncome = cents(wage * 0.6);
  const offset = offsetOf(wage);
  const brutto = cents(vor - offset);
  const kvRate = 7.3 + rng.pick([1.7, 2.5, 2.9, 3.1]) / 2;
  const pvRate = children >= 2 ? 3.35 : 3.6;
  const kv = cents((brutto * kvRate) / 100);
  const pv = cents((brutto * pvRate) / 100);
  const zahlbetrag = cents(brutto - kv - pv);
  const laufend = firstOfMonth(addMonths(ctx.today, 1));
  const months = (Number(laufend.slice(0, 4)) - Number(ab.slice(0, 4))) * 12 + Number(laufend.slice(5, 7)) - Number(ab.slice(5, 7));
  const nachzahlung = cents(zahlbetrag * months);
  const antrag = addDays(died, rng.int(10, 60));
  const employer = fake.employerName(rng, address.city);
  const m = (v: number) => ctx.money(v);
  const dd = (v: string) => ctx.ndate(v);
  const vsnrPrinted = rng.pick([fake.groupVsnr(vsnr), fake.groupVsnr(vsnr), vsnr]);
  const rzeichen = `${rng.pick(['43', '46', '47'])} ${rng.digits(3)}`;
  const blue: Color = [0.0, 0.3, 0.6];

  const d = ctx.start({ family: rng.pick(['helvetica', 'times']), size: 9.5, margins: { left: 64, right: 54, top: 50, bottom: 72 } });
  d.text(d.left, 48, 'Deutsche Rentenversicherung', { size: 14, bold: true, color: blue });
  d.text(d.left, 62, traeger[0].replace('Deutsche Rentenversicherung', '').trim() || 'Bund', { size: 10.5, color: blue });
  returnLine(d, `${traeger[0]} · ${traeger[1]} ${traeger[2]}`);
  addressWindow(d, recipientLines(ctx, person, address, { name: 'name' }));
  infoBlock(d, [
    ['Ihr Zeichen', '–'],
    ['Unser Zeichen', `${rzeichen} – Rentenzugang`],
    ['Telefon', `0800 1000 4800`],
    ['Datum', ctx.date(addDays(ctx.today, -rng.int(1, 6)))],
  ], { x: 352, labelWidth: 72 });
  subject(d, [ctx.pick([], ['Rentenbescheid – Erziehungsrente', 'Bescheid über Ihre Erziehungsrente (§ 47 SGB VI)'])], 262);

  // key figures: two rows of framed cells, heading above value
  const grid = (cells: [string, Cell][]) => {
    const w = d.contentWidth / cells.length;
    const top = d.y;
    cells.forEach(([h, v], i) => {
      const x = d.left + i * w;
      d.rect(x, top, w, 30, { stroke: [0.45, 0.45, 0.45], lineWidth: 0.5 });
      d.rect(x, top, w, 11, { fill: [0.9, 0.93, 0.97] });
      d.text(x + 4, top + 8.5, h, { size: 6.5, color: [0.2, 0.2, 0.2] });
      const c = typeof v === 'string' ? { text: v } : v;
      d.text(x + 4, top + 24, c.text, { size: 9, bold: !!c.field, field: c.field });
    });
    d.y = top + 30;
  };
  grid([
    ['Versicherungsnummer', { text: vsnrPrinted, field: 'versicherungsnummer' }],
    ['Rentenart', 'Erziehungsrente'],
    ['Rentenbeginn', { text: dd(ab), field: 'gueltig_ab' }],
    ['befristet bis', dd(befristet)],
  ]);
  grid([
    ['Rente vor Einkommensanrechnung', m(vor)],
    [ctx.pick([], ['monatliche Rente (brutto)', 'Rente nach Einkommensanrechnung']), { text: m(brutto), field: 'rente_brutto' }],
    ['Beiträge KV / PV', m(cents(kv + pv))],
    [ctx.pick([], ['monatlicher Zahlbetrag', 'Auszahlung monatlich']), { text: m(zahlbetrag), field: 'zahlbetrag' }],
  ]);
  d.move(12);
  d.write(she ? `Sehr geehrte Frau ${person.last},` : `Sehr geehrter Herr ${person.last},`);
  d.move(2);
  d.para(`auf Ihren Antrag vom ${ctx.date(antrag)} bewilligen wir Ihnen ${ctx.name(person, 'first-last')} eine Erziehungsrente aus Ihrer eigenen Versicherung. Die Rente beginnt am ${ctx.date(ab)}. Sie ist befristet und wird längstens bis zum ${ctx.date(befristet)} gezahlt.`);
  d.para(`Die monatliche Rente beträgt nach Anrechnung Ihres Einkommens ${m(brutto)}. Nach Abzug Ihrer Beiträge zur Kranken- und Pflegeversicherung zahlen wir Ihnen monatlich ${m(zahlbetrag)}. Die laufende Zahlung beginnt mit der Rente für ${fake.MONTHS_DE[Number(laufend.slice(5, 7)) - 1]} ${laufend.slice(0, 4)}; sie wird jeweils am Ende des Monats gezahlt.`);
  d.para(`Für die Zeit vom ${ctx.date(ab)} bis ${ctx.date(addDays(laufend, -1))} ergibt sich eine Nachzahlung von ${m(nachzahlung)}. Sie wird in den nächsten Tagen auf Ihr Konto überwiesen.`);
  d.write('Begründung', { bold: true });
  d.para(`Ihre Ehe mit ${ctx.name(ex, 'first-last')} wurde am ${ctx.date(divorced)} geschieden. ${she ? 'Ihr geschiedener Ehemann' : 'Ihre geschiedene Ehefrau'} ist am ${ctx.date(died)} verstorben. Seitdem erziehen Sie ${children === 2 ? 'Ihre Kinder, darunter' : 'Ihr Kind'} ${ctx.name(child, 'first-last')}, geboren am ${dd(child.birth)}, in Ihrem Haushalt. Sie sind nicht wieder verheiratet und haben vor dem Tod die allgemeine Wartezeit von fünf Jahren erfüllt (§ 47 Abs. 1 SGB VI).`);
  d.para(`Der Anspruch besteht, solange Sie ein waisenrentenberechtigtes Kind erziehen, das das 18. Lebensjahr noch nicht vollendet hat. Die Rente endet daher spätestens mit Ablauf des Monats, in dem ${ctx.name(child, 'first-last')} 18 Jahre alt wird.`);
  d.para(works
    ? `Auf die Rente wird Ihr Einkommen angerechnet (§ 97 SGB VI). Berücksichtigt wurde Ihr Arbeitsentgelt aus der Beschäftigung bei der ${employer} nach der Bescheinigung des Arbeitgebers. Die Berechnung finden Sie in Anlage 2.`
    : 'Auf die Rente wird Einkommen angerechnet (§ 97 SGB VI). Sie haben derzeit kein anrechenbares Einkommen; Anlage 2 zeigt die Freibeträge.');
  d.write('Mitteilungspflichten', { bold: true });
  d.para('Bitte teilen Sie uns sofort mit, wenn Sie wieder heiraten, wenn das Kind nicht mehr in Ihrem Haushalt lebt oder wenn sich Ihr Einkommen um mehr als 10 Prozent ändert. Überzahlte Beträge müssen Sie erstatten.');
  rechtsbehelf(ctx, traeger[0]);
  closing(ctx, { greeting: 'Mit freundlichen Grüßen', signer: 'Ihre Deutsche Rentenversicherung' });
  d.para('Anlagen: 1 Berechnung der Rente · 2 Einkommensanrechnung · 3 Kranken- und Pflegeversicherung', { size: 8.5, color: GRAY });

  // annexes in numbered lines
  const lines = (title: string, rows: [string, string][], result?: [string, string]) => {
    d.ensure(60 + rows.length * 13);
    d.move(10);
    d.write(title, { size: 11, bold: true });
    d.move(2);
    rows.forEach(([label, value], i) => {
      d.text(d.left, d.y + 9, String(i + 1).padStart(2, '0'), { size: 8.5, color: GRAY });
      d.text(d.left + 24, d.y + 9, label, { size: 8.8 });
      d.text(d.right, d.y + 9, value, { size: 8.8, align: 'right' });
      d.y += 13;
      d.hline(d.y - 1, d.left + 24, d.right, 0.2, [0.75, 0.75, 0.75]);
    });
    if (result) {
      d.y += 2;
      d.rect(d.left + 20, d.y, d.contentWidth - 20, 15, { fill: [0.93, 0.93, 0.93] });
      d.text(d.left + 24, d.y + 11, result[0], { size: 9, bold: true });
      d.text(d.right - 2, d.y + 11, result[1], { size: 9, bold: true, align: 'right' });
      d.y += 18;
    }
  };
  if (d.page === 1 || d.y > 420) d.newPage();
  else d.move(16);
  lines('Anlage 1 – Berechnung der Rente', [
    ['Entgeltpunkte aus Beitragszeiten und beitragsfreien Zeiten', decimal(epOwn, 4)],
    ['Entgeltpunkte aus der Zurechnungszeit', decimal(epZurechnung, 4)],
    ['Summe der Entgeltpunkte', decimal(ep, 4)],
    ['Zugangsfaktor', '1,000'],
    ['persönliche Entgeltpunkte', decimal(ep, 4)],
    ['Rentenartfaktor (Erziehungsrente)', '1,0'],
    [`aktueller Rentenwert in Euro`, decimal(rw)],
  ], ['Rente vor Einkommensanrechnung (Zeilen 05 × 06 × 07)', m(vor)]);
  lines('Anlage 2 – Einkommensanrechnung', [
    ['monatliches Arbeitsentgelt (brutto) laut Arbeitgeberbescheinigung', works ? m(wage) : m(0)],
    ['abzüglich pauschal 40 Prozent (§ 18b Abs. 5 SGB IV)', works ? `-${m(cents(wage - netIncome))}` : m(0)],
    ['zu berücksichtigendes Nettoeinkommen', m(netIncome)],
    ['Freibetrag (26,4-facher aktueller Rentenwert)', m(freibetrag)],
    [`Erhöhung für ${children === 2 ? 'zwei Kinder' : 'ein Kind'} (je 5,6-facher aktueller Rentenwert)`, m(kindZuschlag)],
    ['übersteigendes Einkommen', m(cents(Math.max(0, netIncome - freibetrag - kindZuschlag)))],
    ['davon 40 Prozent = anzurechnendes Einkommen', m(offset)],
    ['Rente vor Einkommensanrechnung (Anlage 1)', m(vor)],
  ], ['Rente nach Einkommensanrechnung', m(brutto)]);
  lines('Anlage 3 – Beiträge zur Kranken- und Pflegeversicherung', [
    [`Beitrag zur Krankenversicherung (${decimal(kvRate)} % der Rente)`, m(kv)],
    [`Beitrag zur Pflegeversicherung (${decimal(pvRate)} % der Rente)`, m(pv)],
    ['Summe der Beiträge', m(cents(kv + pv))],
    ['monatliche Rente nach Einkommensanrechnung', m(brutto)],
  ], ['Zahlbetrag monatlich', m(zahlbetrag)]);
  d.para(`Bei einer Änderung des Zusatzbeitrags Ihrer Krankenkasse ändert sich der Zahlbetrag; Sie erhalten dann eine Mitteilung. Zum 1. Juli eines jeden Jahres wird die Einkommensanrechnung mit der Rentenanpassung überprüft.`, { size: 8.5 });

  d.onEveryPage((doc, page, pages) => {
    if (page > 1) {
      doc.text(doc.left, 34, `Versicherungsnummer ${vsnrPrinted}`, { size: 8, color: GRAY });
      doc.text(doc.right, 34, `Seite ${page} von ${pages}`, { size: 8, align: 'right', color: GRAY });
      doc.hline(38, doc.left, doc.right, 0.3, GRAY);
    }
    doc.text(doc.left, doc.height - 34, `${traeger[0]} · ${traeger[1]} ${traeger[2]} · www.deutsche-rentenversicherung.de`, { size: 6.5, color: GRAY });
  });
  ctx.set('name', fake.fullName(person));
  ctx.set('versicherungsnummer', vsnr);
  ctx.set('rente_brutto', brutto);
  ctx.set('zahlbetrag', zahlbetrag);
  ctx.set('gueltig_ab', ab);
}

/**
 * blind9: the farmers' old-age fund's (SVLFG as Landwirtschaftliche Alterskasse) first notice of
 * a standard old-age pension under the ALG: a green letterhead band, a reference column at the
 * right with each caption above its value (insurance number, the farm's membership number, the
 * contact, the date); the start and the monthly pension in the opening sentences, the amount paid
 * worked out under them as a short subtraction (the farmers' health and care insurance
 * contributions withheld), the back payment from the start to the first current payment, the
 * account, the farm handed over with the end of the compulsory insurance, the spouse's own claim
 * decided separately; page 2 an annex with the insurance periods (months and increment numbers),
 * the pension worked out from the total increment number and the general pension value of the
 * farmers' scheme, and the contribution rates.
 */
function blind9AlterskasseLandwirte(ctx: Ctx): void {
  const rng = ctx.rng;
  const ab = firstOfMonth(addMonths(ctx.today, -rng.int(1, 6)));
  const r = draw(ctx, ab);
  const person = r.person;
  person.title = undefined;
  // the standard retirement age: 66 for those born in 1958, 66 and two months for 1959
  let birthMonth = addMonths(ab, -(66 * 12 + 1));
  if (birthMonth >= '1959-01-01') birthMonth = addMonths(ab, -(66 * 12 + 3));
  person.birth = `${birthMonth.slice(0, 8)}${String(rng.int(2, 28)).padStart(2, '0')}`;
  const vsnr = fake.versicherungsnummer(rng, person);
  const arw = ab >= '2025-07-01' ? 18.23 : ab >= '2024-07-01' ? 17.57 : 16.96;
  const periods: { von: IsoDate; bis: IsoDate; art: string; months: number }[] = [];
  const pflichtEnde = addDays(addMonths(ab, -rng.pick([0, 0, 1, 3])), -1);
  let cursor = addDays(pflichtEnde, 1);
  const spans = rng.pick([[['als landwirtschaftliche/r Unternehmer/in', rng.int(180, 360)], ['als mithelfende/r Familienangehörige/r', rng.int(24, 96)]], [['als landwirtschaftliche/r Unternehmer/in', rng.int(220, 420)]], [['als Ehegatte/Ehegattin eines Landwirts', rng.int(120, 300)], ['als landwirtschaftliche/r Unternehmer/in', rng.int(60, 180)]]] as [string, number][][]);
  for (const [art, months] of [...spans].reverse()) {
    const von = addMonths(cursor, -months);
    periods.unshift({ von, bis: addDays(cursor, -1), art, months });
    cursor = addMonths(von, -rng.int(0, 14));
  }
  const totalMonths = periods.reduce((s, p) => s + p.months, 0);
  const sz = Math.round(totalMonths * 0.0833 * 10000) / 10000;
  const brutto = cents(sz * arw);
  const kv = cents((brutto * r.kvRate) / 100);
  const pv = cents((brutto * r.pvRate) / 100);
  const zahlbetrag = cents(brutto - kv - pv);
  const laufend = firstOfMonth(addMonths(ctx.today, 1));
  const backMonths = Math.max(0, (Number(laufend.slice(0, 4)) - Number(ab.slice(0, 4))) * 12 + Number(laufend.slice(5, 7)) - Number(ab.slice(5, 7)));
  const nachzahlung = cents(zahlbetrag * backMonths);
  const mitglied = `${rng.digits(3)} ${rng.digits(3)} ${rng.digits(3)}`;
  const contact = fake.person(rng, { bornFrom: 1965, bornTo: 1998 });
  const acc = fake.bankAccount(rng);
  const she = person.gender === 'f';
  const heir = fake.person(rng, { bornFrom: Number(person.birth.slice(0, 4)) + 22, bornTo: Number(person.birth.slice(0, 4)) + 36, last: person.last });
  heir.title = undefined;
  const spouse = fake.person(rng, { gender: she ? 'm' : 'f', bornFrom: Number(person.birth.slice(0, 4)) - 4, bornTo: Number(person.birth.slice(0, 4)) + 4, last: person.last });
  spouse.title = undefined;
  const green: Color = [0.18, 0.45, 0.2];
  const m = (v: number) => ctx.money(v);

  const d = ctx.start({ family: rng.pick(['helvetica', 'times']), size: 9.8, margins: { left: 64, right: 50, top: 60, bottom: 72 } });
  // letterhead: a green band with the short name, the long name under it
  d.rect(0, 0, d.width, 24, { fill: green });
  d.text(d.left, 17, 'SVLFG', { size: 14, bold: true, color: [1, 1, 1] });
  d.text(d.left + 62, 16, 'Sozialversicherung für Landwirtschaft, Forsten und Gartenbau', { size: 8.5, color: [1, 1, 1] });
  d.text(d.left, 44, ctx.pick([], ['als Landwirtschaftliche Alterskasse', 'Landwirtschaftliche Alterskasse (LAK)']), { size: 11, bold: true, color: green });
  d.text(d.left, 56, 'Alterssicherung der Landwirte · Rentenabteilung', { size: 8, color: GRAY });
  returnLine(d, 'SVLFG · 34105 Kassel');
  addressWindow(d, recipientLines(ctx, person, r.address, { name: 'name' }));

  // reference column: caption above value
  const rx = 378;
  const refs: [string, Cell][] = [
    [ctx.pick([], ['Versicherungsnummer', 'Ihre Versicherungsnummer (bitte stets angeben)']), { text: vsnrText(ctx, vsnr), field: 'versicherungsnummer' }],
    ['Mitgliedsnummer (Unternehmen)', mitglied],
    ['Ansprechpartner/in', `${contact.first.split(' ')[0]} ${contact.last}`],
    ['Telefon', `0561 785-${rng.int(10000, 29999)}`],
    ['Datum', ctx.date(ctx.today)],
  ];
  refs.forEach(([l, v], i) => {
    const y = 92 + i * 24;
    d.text(rx, y, l, { size: 6.8, color: GRAY });
    const c = typeof v === 'string' ? { text: v } : v;
    d.text(rx, y + 10, c.text, { size: 9, field: c.field, bold: !!c.field });
  });

  d.y = 262;
  d.write('Bescheid', { size: 14, bold: true, color: green, gap: 1.2 });
  d.write(ctx.pick([], ['Regelaltersrente nach § 11 des Gesetzes über die Alterssicherung der Landwirte (ALG)', 'Rente wegen Erreichens der Regelaltersgrenze (§ 11 ALG)']), { size: 10.5, bold: true });
  d.move(8);
  d.write(she ? `Sehr geehrte Frau ${person.last},` : `Sehr geehrter Herr ${person.last},`);
  d.move(2);
  const antrag = addDays(ab, -rng.int(40, 130));
  d.para(`auf Ihren Antrag vom ${ctx.date(antrag)} bewilligen wir Ihnen ${ctx.pick([], ['eine Regelaltersrente', 'Rente wegen Alters'])}. Sie haben die Regelaltersgrenze im Vormonat erreicht; die Rente ${ctx.pick([], ['beginnt am', 'steht Ihnen zu ab dem', 'wird geleistet ab'])} ${ctx.v('gueltig_ab', ctx.date(ab))}.`);
  d.para(`Die Rente beträgt monatlich ${ctx.v('rente_brutto', m(brutto))}. Wie sie sich errechnet, ersehen Sie aus der Anlage 1.`);
  d.para('Von der Rente sind Beiträge zur Kranken- und Pflegeversicherung zu tragen, die wir einbehalten und an die Landwirtschaftliche Krankenkasse abführen. Ausgezahlt wird daher:');
  // the amount paid as a short subtraction
  const ax = d.left + 40;
  const vx = d.left + 330;
  const sub: [string, string, boolean][] = [
    ['Rente', m(brutto), false],
    [`./. Beitrag zur Krankenversicherung (${decimal(r.kvRate)} %)`, m(kv), false],
    [`./. Beitrag zur Pflegeversicherung (${decimal(r.pvRate)} %)`, m(pv), false],
  ];
  for (const [l, v] of sub) d.row([{ x: ax, text: l }, { x: vx, text: v, align: 'right' }]);
  d.hline(d.y + 1, vx - 80, vx, 0.6);
  d.move(3);
  d.row([{ x: ax, text: ctx.pick([], ['monatlicher Auszahlungsbetrag', 'Zahlbetrag monatlich']), bold: true }, { x: vx, text: m(zahlbetrag), align: 'right', bold: true, field: 'zahlbetrag' }]);
  d.move(8);
  const ibanText = ctx.iban(acc.iban);
  if (backMonths > 0)
    d.para(`Für die Zeit vom ${ctx.date(ab)} bis ${ctx.date(addDays(laufend, -1))} ergibt sich eine Nachzahlung von ${m(nachzahlung)}. ${rng.chance(0.5) ? `Sie wird auf das unten genannte Konto überwiesen.` : `Sie wird vorläufig einbehalten, weil ${rng.pick(['das Sozialamt', 'der Träger der Grundsicherung im Alter', 'die Wohngeldbehörde'])} für diese Zeit einen Erstattungsanspruch geltend machen kann; über die Auszahlung erhalten Sie Nachricht.`}`);
  d.para(`Die laufende Rente zahlen wir ab ${ctx.date(laufend)} jeweils am Ende des Monats auf Ihr Konto bei der ${acc.bank.name}, IBAN ${ibanText}.`);
  d.para(`Ihre Versicherungspflicht als landwirtschaftliche/r Unternehmer/in endete am ${ctx.date(pflichtEnde)}${rng.chance(0.6) ? `; das Unternehmen (Mitgliedsnummer ${mitglied}) bewirtschaftet seitdem ${heir.first} ${heir.last}` : ''}. Eine Rente aus der gesetzlichen Rentenversicherung wird von diesem Bescheid nicht berührt.`);
  if (rng.chance(0.6)) d.para(`Über den Antrag ${she ? 'Ihres Ehemannes' : 'Ihrer Ehefrau'} ${spouse.first} ${spouse.last} (geboren am ${ctx.date(spouse.birth)}) auf eine eigene Rente entscheiden wir gesondert.`);
  d.write('Ihre Mitteilungspflichten', { bold: true });
  d.para('Bitte teilen Sie uns sofort mit, wenn Sie wieder ein landwirtschaftliches Unternehmen bewirtschaften, Ihren Wohnsitz ins Ausland verlegen oder sich Ihre Bankverbindung ändert.', { size: 9 });
  d.ensure(70);
  d.write('Rechtsbehelfsbelehrung', { bold: true });
  d.para('Gegen diesen Bescheid kann innerhalb eines Monats nach seiner Bekanntgabe Widerspruch erhoben werden. Der Widerspruch ist schriftlich oder zur Niederschrift bei der Sozialversicherung für Landwirtschaft, Forsten und Gartenbau, Weißensteinstraße 70–72, 34131 Kassel, oder bei einer ihrer Geschäftsstellen einzulegen.', { size: 9 });
  d.write('Mit freundlichen Grüßen');
  d.write('Ihre Landwirtschaftliche Alterskasse', { size: 9, color: GRAY });

  // annex 1 on a page of its own
  d.newPage();
  d.write('Anlage 1 zum Bescheid – Berechnung der Rente', { size: 11, bold: true, color: green });
  d.write(`${person.last}, ${person.first} · geb. ${ctx.ndate(person.birth)} · Vers.-Nr. ${fake.groupVsnr(vsnr)}`, { size: 8.5, color: GRAY });
  d.move(6);
  d.write('Beitragszeiten zur Alterssicherung der Landwirte', { bold: true, size: 9.5 });
  table(ctx, [
    { header: 'von', x: d.left },
    { header: 'bis', x: d.left + 70 },
    { header: 'Art der Versicherung', x: d.left + 140 },
    { header: 'Monate', x: d.left + 390, align: 'right' },
    { header: 'Steigerungszahl', x: d.right, align: 'right' },
  ], [
    ...periods.map((p) => [ctx.ndate(p.von), ctx.ndate(p.bis), `Pflichtbeiträge ${p.art}`, String(p.months), decimal(Math.round(p.months * 0.0833 * 10000) / 10000, 4)]),
    ['', '', 'Summe', String(totalMonths), decimal(sz, 4)],
  ], { size: 8.5, grid: true, headerFill: [0.9, 0.95, 0.9] });
  d.move(4);
  d.write('Monatsbetrag der Rente (§ 23 ALG)', { bold: true, size: 9.5 });
  const calc: [string, string][] = [
    ['Steigerungszahl (Summe)', decimal(sz, 4)],
    ['Rentenartfaktor Regelaltersrente', '1,0'],
    ['Zugangsfaktor', '1,000'],
    [`allgemeiner Rentenwert in der Alterssicherung der Landwirte (ab ${ctx.ndate(ab >= '2025-07-01' ? '2025-07-01' : ab >= '2024-07-01' ? '2024-07-01' : '2023-07-01')})`, m(arw)],
    ['Monatsbetrag der Rente', m(brutto)],
  ];
  for (const [l, v] of calc) d.row([{ x: d.left + 10, text: l, width: 330 }, { x: d.right, text: v, align: 'right' }], { size: 9 });
  d.move(10);
  d.write('Anlage 2 – Beiträge zur Kranken- und Pflegeversicherung der Rentner', { size: 11, bold: true, color: green });
  d.para(`Sie sind in der Landwirtschaftlichen Krankenkasse (LKK) als Rentner/in versichert. Aus der Rente sind der Beitrag zur Krankenversicherung mit ${decimal(r.kvRate)} % (halber allgemeiner Beitragssatz und halber durchschnittlicher Zusatzbeitrag) und der Beitrag zur Pflegeversicherung mit ${decimal(r.pvRate)} % zu zahlen. Die Beiträge aus einer Rente der gesetzlichen Rentenversicherung oder aus Versorgungsbezügen werden von der jeweils zahlenden Stelle einbehalten.`, { size: 9 });
  footer(d, [['SVLFG · Weißensteinstraße 70–72 · 34131 Kassel', 'www.svlfg.de'], ['Landwirtschaftliche Alterskasse', `Mitgliedsnummer ${mitglied}`]], 'Seite x von y');
  ctx.set('name', fake.fullName(person));
  ctx.set('versicherungsnummer', vsnr);
  ctx.set('rente_brutto', brutto);
  ctx.set('zahlbetrag', zahlbetrag);
  ctx.set('gueltig_ab', ab);
}

/**
 * blind10: the DRV's re-assessment of a running old-age pension after a divorce's pension
 * splitting (Versorgungsausgleich, § 101 Abs. 3 SGB VI). A DIN 5008 reference line of captions
 * over values under the window (insurance number, the pensioner's letter, our reference,
 * extension, date); the family court's decision with its file number, date and the day it became
 * final, the earnings points moved to or from the former spouse's account (named with the
 * spouse's own insurance number) in running text; the new pension worked out in a framed ledger of
 * three columns (item, earnings points, euro) from the personal earnings points before, the
 * pension-splitting's deduction or supplement, the access factor and the current pension value
 * down to the monthly pension, the contributions and the amount paid; the former amount in a
 * sentence; the first payment in the new amount with an overpayment kept back or a back payment;
 * on page 2 (running head with the insurance number) an annex with the marriage period, the
 * court's figures and the effect on the pension.
 */
function blind10Versorgungsausgleich(ctx: Ctx): void {
  const rng = ctx.rng;
  const ab = firstOfMonth(addMonths(ctx.today, -rng.int(0, 3)));
  const r = draw(ctx, ab, [1944, 1959]);
  const person = r.person;
  const she = person.gender === 'f';
  // who gives and who receives the earnings points: mostly the pensioner gives
  const gives = rng.chance(0.65);
  const year = Number(ab.slice(0, 4));
  const rw = ab >= '2025-07-01' ? 40.79 : ab >= '2024-07-01' ? 39.32 : 37.6;
  const zf = rng.pick([1.0, 1.0, 1.0, 0.964, 0.928, 0.892]);
  const epAlt = Math.round(rng.float(24, 52) * 10000) / 10000;
  const va = Math.round(rng.float(1.5, Math.min(11, epAlt / 3)) * 10000) / 10000;
  const epNeu = Math.round((gives ? epAlt - va : epAlt + va) * 10000) / 10000;
  const pepAlt = Math.round(epAlt * zf * 10000) / 10000;
  const pepNeu = Math.round(epNeu * zf * 10000) / 10000;
  const pepVa = Math.round(Math.abs(pepNeu - pepAlt) * 10000) / 10000;
  const brutto = cents(pepNeu * rw);
  const alt = cents(pepAlt * rw);
  const kv = cents((brutto * r.kvRate) / 100);
  const pv = cents((brutto * r.pvRate) / 100);
  const zahl = cents(brutto - kv - pv);
  const zahlAlt = cents(alt - cents((alt * r.kvRate) / 100) - cents((alt * r.pvRate) / 100));
  const rechtskraft = addDays(ab, -rng.int(3, 27));
  const beschluss = addDays(rechtskraft, -rng.int(33, 70));
  const laufend = firstOfMonth(addMonths(ctx.today, 1));
  const diffMonths = (Number(laufend.slice(0, 4)) - year) * 12 + Number(laufend.slice(5, 7)) - Number(ab.slice(5, 7));
  const diff = cents(Math.abs(zahlAlt - zahl) * diffMonths);
  const ex = fake.person(rng, { gender: she ? 'm' : 'f', bornFrom: Number(person.birth.slice(0, 4)) - 6, bornTo: Number(person.birth.slice(0, 4)) + 6, last: person.last });
  ex.title = undefined;
  const exVsnr = fake.versicherungsnummer(rng, ex);
  const heirat = iso(rng.int(1972, 1995), rng.int(1, 12), rng.int(1, 28));
  const antragScheidung = addDays(beschluss, -rng.int(200, 500));
  const ehezeitEnde = lastOfMonth(addMonths(antragScheidung, -1));
  const ehezeitBeginn = firstOfMonth(heirat);
  const court = `Amtsgericht ${rng.pick([r.address.city, rng.pick(fake.PLACES_PLZ)[1]])} – Familiengericht –`;
  const az = `${rng.int(1, 9)}${rng.pick(['', '', '0'])} F ${rng.int(100, 1999)}/${String(year - rng.int(1, 2)).slice(2)}`;
  const rentenzeichen = `${r.vsnr.slice(0, 2)} ${r.vsnr.slice(2, 8)} ${r.vsnr.slice(8)}`;
  const kind = rng.pick(['Regelaltersrente', 'Altersrente für langjährig Versicherte', 'Altersrente für besonders langjährig Versicherte', 'Altersrente für schwerbehinderte Menschen']);
  const acc = fake.bankAccount(rng);
  const blue: Color = [0.0, 0.3, 0.6];
  const m = (v: number) => ctx.money(v);
  const ep = (v: number) => decimal(v, 4);

  const d = ctx.start({ family: rng.pick(['helvetica', 'helvetica', 'times']), size: 9.6, margins: { left: 68, right: 52, top: 58, bottom: 74 } });
  // letterhead at the right, a blue bar at the left edge
  d.rect(0, 40, 10, 70, { fill: blue });
  d.text(d.right, 48, 'Deutsche Rentenversicherung', { size: 13, bold: true, align: 'right', color: blue });
  d.text(d.right, 61, r.traeger[0].replace('Deutsche Rentenversicherung ', ''), { size: 10, align: 'right', color: blue });
  d.text(d.right, 74, `${r.traeger[1]} ${r.traeger[2]}`, { size: 8, align: 'right', color: GRAY });
  returnLine(d, `${r.traeger[0]}, ${r.traeger[1]} ${r.traeger[2]}`);
  addressWindow(d, recipientLines(ctx, person, r.address, { name: 'name' }));

  // the reference line: captions over values across the page
  const refY = 246;
  const refs: [number, string, Cell][] = [
    [d.left, ctx.pick([], ['Versicherungsnummer', 'Vers.-Nr. (bitte immer angeben)', 'Rentenversicherungsnummer']), { text: vsnrText(ctx, r.vsnr), field: 'versicherungsnummer' }],
    [d.left + 150, 'Ihre Nachricht vom', rng.chance(0.5) ? ctx.ndate(addDays(rechtskraft, rng.int(2, 9))) : '–'],
    [d.left + 245, 'Unser Zeichen', `${rng.pick(['R', 'VA', 'RA'])} ${rng.digits(4)}-${rng.int(1, 9)}`],
    [d.left + 330, 'Telefon', `${rng.pick(['030', '0341', '0721', '0451', '0211'])} ${rng.digits(3)}-${rng.digits(4)}`],
    [d.left + 410, 'Datum', ctx.ndate(ctx.today)],
  ];
  for (const [x, l, v] of refs) {
    d.text(x, refY, l, { size: 6.8, color: GRAY });
    const c = typeof v === 'string' ? { text: v } : v;
    d.text(x, refY + 11, c.text, { size: 9, field: c.field });
  }
  d.y = refY + 30;
  d.write(ctx.pick([], ['Neufeststellung Ihrer Rente wegen Durchführung des Versorgungsausgleichs', 'Bescheid über die Neuberechnung Ihrer Rente – Versorgungsausgleich', 'Ihre Rente nach dem Versorgungsausgleich']), { size: 11, bold: true });
  d.write(`${kind} · Rentenzeichen ${rentenzeichen}`, { size: 9, color: GRAY });
  // the following pages carry a running head
  d.onContinuation((doc) => {
    doc.text(doc.left, 40, `Versicherungsnummer ${fake.groupVsnr(r.vsnr)} · ${person.last}, ${person.first}`, { size: 8, color: GRAY });
    doc.text(doc.right, 40, `Bescheid vom ${ctx.ndate(ctx.today)}`, { size: 8, color: GRAY, align: 'right' });
    doc.hline(45, doc.left, doc.right, 0.3, GRAY);
  });
  d.move(6);
  d.write(she ? `Sehr geehrte Frau ${person.last},` : `Sehr geehrter Herr ${person.last},`);
  d.move(2);
  const exName = `${ex.gender === 'f' ? 'Frau' : 'Herrn'} ${ex.first} ${ex.last}`;
  d.para(`das ${court} hat mit Beschluss vom ${ctx.date(beschluss)} (Aktenzeichen ${az}) über den Versorgungsausgleich entschieden. Der Beschluss ist seit dem ${ctx.date(rechtskraft)} rechtskräftig. ${gives
    ? `Zulasten Ihres Versicherungskontos wurden Rentenanwartschaften in Höhe von ${ep(va)} Entgeltpunkten auf das Versicherungskonto ${ex.gender === 'f' ? 'Ihrer geschiedenen Ehefrau' : 'Ihres geschiedenen Ehemannes'}, ${exName} (Versicherungsnummer ${fake.groupVsnr(exVsnr)}), übertragen.`
    : `Zugunsten Ihres Versicherungskontos wurden Rentenanwartschaften in Höhe von ${ep(va)} Entgeltpunkten aus dem Versicherungskonto ${ex.gender === 'f' ? 'Ihrer geschiedenen Ehefrau' : 'Ihres geschiedenen Ehemannes'}, ${exName} (Versicherungsnummer ${fake.groupVsnr(exVsnr)}), übertragen.`}`);
  d.para(`Ihre ${kind} wird deshalb ${ctx.pick([], ['mit Wirkung vom', 'ab dem', 'vom'])} ${ctx.v('gueltig_ab', ctx.date(ab))} an neu festgestellt (§ 101 Absatz 3 SGB VI). Bisher betrug Ihre Rente monatlich ${m(alt)}; ausgezahlt wurden nach Abzug der Beiträge ${m(zahlAlt)}.`);

  // the ledger
  d.write(`Berechnung der Rente ab ${ctx.date(ab)}`, { bold: true });
  d.move(2);
  const lx = d.left + 6;
  const c2 = d.left + 330;
  const c3 = d.right - 6;
  const top = d.y;
  d.rect(d.left, top, d.contentWidth, 14, { fill: [0.9, 0.93, 0.97] });
  d.row([{ x: lx, text: 'Position', bold: true }, { x: c2, text: 'Entgeltpunkte', bold: true, align: 'right' }, { x: c3, text: 'Euro', bold: true, align: 'right' }], { size: 8.5, minHeight: 14 });
  const lrows: [string, string, Cell, boolean?][] = [
    ['persönliche Entgeltpunkte bisher', ep(pepAlt), ''],
    [`${gives ? 'Abschlag' : 'Zuschlag'} aus dem Versorgungsausgleich (${ep(va)} EP × Zugangsfaktor ${decimal(zf, 3)})`, `${gives ? '–' : '+'} ${ep(pepVa)}`, ''],
    ['persönliche Entgeltpunkte neu', ep(pepNeu), ''],
    ['× Rentenartfaktor', '1,0000', ''],
    [`× aktueller Rentenwert`, '', m(rw)],
    [ctx.pick([], ['monatliche Rente', 'Monatsbetrag der Rente', 'Rentenbetrag']), '', { text: m(brutto), field: 'rente_brutto' }, true],
    [`– Beitragsanteil zur Krankenversicherung (${decimal(r.kvRate, 2)} %)`, '', m(kv)],
    [`– Beitrag zur Pflegeversicherung (${decimal(r.pvRate, 1)} %)`, '', m(pv)],
    [ctx.pick([], ['Auszahlungsbetrag', 'zu zahlender Betrag', 'verbleibender Zahlbetrag']), '', { text: m(zahl), field: 'zahlbetrag' }, true],
  ];
  lrows.forEach(([l, e, v, bold], i) => {
    if (bold) d.hline(d.y, d.left, d.right, 0.6);
    const c = typeof v === 'string' ? { text: v } : v;
    d.row([{ x: lx, text: l, bold, width: 300 }, { x: c2, text: e, align: 'right' }, { x: c3, text: c.text, align: 'right', bold, field: c.field }], { size: 8.8, minHeight: 13 });
    if (i === 2) d.hline(d.y, d.left, d.right, 0.3, GRAY);
  });
  d.rect(d.left, top, d.contentWidth, d.y - top + 2, { stroke: [0.3, 0.3, 0.3], lineWidth: 0.6 });
  d.move(10);

  d.write('Zahlung', { bold: true });
  const first = ctx.date(laufend);
  d.para(gives
    ? `Die Rente wird ab ${first} in der neuen Höhe gezahlt. Für die Zeit vom ${ctx.date(ab)} bis ${ctx.date(addDays(laufend, -1))} haben wir ${m(diff)} zu viel gezahlt. Diesen Betrag behalten wir nach § 50 SGB X in Verbindung mit § 51 SGB I von der Rente für ${fake.MONTHS_DE[Number(laufend.slice(5, 7)) - 1]} ${laufend.slice(0, 4)} ein${diff > zahl / 2 ? ' und verteilen ihn, soweit erforderlich, auf die folgenden Monate' : ''}.`
    : `Die Rente wird ab ${first} in der neuen Höhe gezahlt. Für die Zeit vom ${ctx.date(ab)} bis ${ctx.date(addDays(laufend, -1))} ergibt sich eine Nachzahlung von ${m(diff)}. Sie wird auf Ihr Konto ${ctx.iban(acc.iban)} bei der ${acc.bank.name} überwiesen, sobald feststeht, dass keine anderen Stellen einen Erstattungsanspruch haben.`);
  d.para(`Die Rente wird weiterhin jeweils am Ende des Monats gezahlt. Die Beiträge zur Kranken- und Pflegeversicherung der Rentner behalten wir ein und leiten sie an die ${rng.pick(fake.KRANKENKASSEN)} weiter.`);
  d.write('Hinweise', { bold: true });
  d.para(`Der Versorgungsausgleich wirkt sich auch auf eine spätere Hinterbliebenenrente aus. ${gives ? 'Stirbt die ausgleichsberechtigte Person, bevor sie mehr als 36 Monate Rente aus dem übertragenen Anrecht bezogen hat, kann auf Antrag die Kürzung Ihrer Rente entfallen (§ 37 VersAusglG).' : 'Die übertragenen Entgeltpunkte gehören ab jetzt zu Ihrem eigenen Versicherungskonto.'} ${rng.pick(HINWEISE)}`, { size: 9 });
  rechtsbehelf(ctx, `der ${r.traeger[0].replace('Deutsche ', 'Deutschen ')}, ${r.traeger[1]} ${r.traeger[2]}`);
  closing(ctx, { greeting: 'Mit freundlichen Grüßen', signer: 'Ihre Deutsche Rentenversicherung' });

  // the annex after the closing, on the following page when little room is left
  if (d.page === 1 || d.y > d.height - d.margins.bottom - 300) d.newPage();
  else d.move(24);
  d.write('Anlage 1 – Versorgungsausgleich', { size: 11, bold: true, color: blue });
  d.move(4);
  const annex: [string, string][] = [
    ['Familiengericht', court.replace(' – Familiengericht –', ' (Familiengericht)')],
    ['Aktenzeichen', az],
    ['Beschluss vom / rechtskräftig seit', `${ctx.ndate(beschluss)} / ${ctx.ndate(rechtskraft)}`],
    ['Tag der Eheschließung', ctx.ndate(heirat)],
    ['Ehezeit (§ 3 Abs. 1 VersAusglG)', `${ctx.ndate(ehezeitBeginn)} bis ${ctx.ndate(ehezeitEnde)}`],
    [`Ehezeitanteil ${gives ? 'Ihres Anrechts' : 'des Anrechts der anderen Person'}`, `${ep(Math.round(va * 2 * 10000) / 10000)} EP`],
    [`Ausgleichswert (${gives ? 'übertragen an' : 'übertragen von'} ${ex.first} ${ex.last})`, `${ep(va)} EP`],
    ['Versicherungsnummer der anderen Person', fake.groupVsnr(exVsnr)],
    ['Zugangsfaktor Ihrer Rente', decimal(zf, 3)],
    ['Auswirkung auf die Rente ab ' + ctx.ndate(ab), `${gives ? '–' : '+'} ${m(cents(Math.abs(brutto - alt)))} monatlich`],
  ];
  for (const [l, v] of annex) {
    d.row([{ x: d.left, text: l, width: 250, color: GRAY }, { x: d.left + 260, text: v, width: d.right - d.left - 260 }], { size: 9, minHeight: 15 });
    d.hline(d.y - 2, d.left, d.right, 0.2, LIGHT);
  }
  d.move(8);
  d.para(`Die Entgeltpunkte aus dem Versorgungsausgleich werden mit dem Zugangsfaktor Ihrer Rente vervielfältigt. Bei einer Rente, die bereits vor dem Wirksamwerden des Versorgungsausgleichs begonnen hat, ändert sich die Rente von dem Kalendermonat an, der auf den Monat folgt, in dem die Entscheidung rechtskräftig geworden ist.`, { size: 9 });
  d.write('Anlage 2 – Beiträge zur Kranken- und Pflegeversicherung', { size: 11, bold: true, color: blue });
  d.para(`Beitragsanteil zur Krankenversicherung: ${decimal(r.kvRate, 2)} % von ${m(brutto)} = ${m(kv)}; Beitrag zur Pflegeversicherung: ${decimal(r.pvRate, 1)} % von ${m(brutto)} = ${m(pv)}. Der Zuschuss der Rentenversicherung ist im halben allgemeinen Beitragssatz berücksichtigt.`, { size: 9 });
  footer(d, [[r.traeger[0], `${r.traeger[1]} ${r.traeger[2]}`], ['Servicetelefon 0800 1000 4800', 'www.deutsche-rentenversicherung.de']], 'Seite x von y');
  ctx.set('name', fake.fullName(person));
  ctx.set('versicherungsnummer', r.vsnr);
  ctx.set('rente_brutto', brutto);
  ctx.set('zahlbetrag', zahl);
  ctx.set('gueltig_ab', ab);
}

/** a country where the insured person also worked, its pension institution and the DRV body that is its liaison office */
const EU_STAATEN: readonly { land: string; adj: string; traeger: string; kurz: string; nr: string; waehrung?: string; liaison: readonly [string, string, string] }[] = [
  { land: 'Polen', adj: 'polnisch', traeger: 'Zaklad Ubezpieczen Spolecznych', kurz: 'ZUS', nr: 'PESEL', waehrung: 'PLN', liaison: ['Deutsche Rentenversicherung Berlin-Brandenburg', '15224', 'Frankfurt (Oder)'] },
  { land: 'den Niederlanden', adj: 'niederländisch', traeger: 'Sociale Verzekeringsbank', kurz: 'SVB', nr: 'BSN', liaison: ['Deutsche Rentenversicherung Westfalen', '48125', 'Münster'] },
  { land: 'Italien', adj: 'italienisch', traeger: 'Istituto Nazionale della Previdenza Sociale', kurz: 'INPS', nr: 'Codice fiscale', liaison: ['Deutsche Rentenversicherung Schwaben', '86154', 'Augsburg'] },
  { land: 'Spanien', adj: 'spanisch', traeger: 'Instituto Nacional de la Seguridad Social', kurz: 'INSS', nr: 'Número de afiliación', liaison: ['Deutsche Rentenversicherung Rheinland', '40194', 'Düsseldorf'] },
  { land: 'Griechenland', adj: 'griechisch', traeger: 'e-EFKA (Einheitlicher Sozialversicherungsträger)', kurz: 'e-EFKA', nr: 'AMKA', liaison: ['Deutsche Rentenversicherung Baden-Württemberg', '76122', 'Karlsruhe'] },
  { land: 'Österreich', adj: 'österreichisch', traeger: 'Pensionsversicherungsanstalt', kurz: 'PVA', nr: 'Versicherungsnummer', liaison: ['Deutsche Rentenversicherung Bayern Süd', '84028', 'Landshut'] },
];

/**
 * blind11: the DRV liaison office's first notice of an old-age pension for someone who also worked
 * in another EU state (Regulation (EC) No 883/2004): the foreign institution and its file number in
 * the reference block beside the insurance number; the decision in sentences with the start; a
 * comparison grid of the pension under German law alone and the pro-rata pension (theoretical
 * amount × German share of all periods), the higher one marked as paid; the amount paid worked
 * out below it; on the next page the back payment held back for other authorities' claims, the
 * foreign pension's amount (in its currency) for which the health insurer charges contributions
 * itself, the foreign institution's confirmation of periods, duties, remedy; an annex with the
 * periods per country and the pro-rata calculation in numbered lines.
 */
function blind11ZwischenstaatlichEu(ctx: Ctx): void {
  const rng = ctx.rng;
  const today = ctx.today;
  const ab = firstOfMonth(addMonths(today, -rng.int(2, 9)));
  const r = draw(ctx, ab, [1955, 1960]);
  const p = r.person;
  p.title = undefined;
  // the standard retirement age (66 and some months) reached in the month before the start
  p.birth = addMonths(ab, -(66 * 12 + rng.int(1, 10)));
  p.birth = iso(Number(p.birth.slice(0, 4)), Number(p.birth.slice(5, 7)), rng.int(1, 28));
  r.vsnr = fake.versicherungsnummer(rng, p);
  const st = rng.pick(EU_STAATEN);
  const traeger = st.liaison;
  const rw = ab >= iso(2025, 7, 1) ? 40.79 : ab >= iso(2024, 7, 1) ? 39.32 : 37.6;
  const monateDe = rng.int(180, 400);
  const monateAus = rng.int(48, 220);
  const gesamt = monateDe + monateAus;
  const epA = Math.round(rng.float(16, 40) * 10000) / 10000;
  const innerstaatlich = cents(epA * rw);
  const epT = Math.round(((epA * gesamt) / monateDe) * rng.float(0.97, 1.09) * 10000) / 10000;
  const theoretisch = cents(epT * rw);
  const quote = Math.round((monateDe / gesamt) * 10000) / 10000;
  const anteilig = cents(theoretisch * quote);
  const proRata = anteilig > innerstaatlich;
  const brutto = proRata ? anteilig : innerstaatlich;
  const kv = cents((brutto * r.kvRate) / 100);
  const pv = cents((brutto * r.pvRate) / 100);
  const zahl = cents(brutto - kv - pv);
  const laufend = firstOfMonth(addMonths(today, 1));
  const nachMonate = (Number(laufend.slice(0, 4)) - Number(ab.slice(0, 4))) * 12 + Number(laufend.slice(5, 7)) - Number(ab.slice(5, 7));
  const nach = cents(zahl * nachMonate);
  const antrag = addDays(ab, -rng.int(30, 110));
  const sed = addDays(today, -rng.int(20, 90));
  const ausNr = st.nr === 'PESEL' ? `${p.birth.slice(2, 4)}${p.birth.slice(5, 7)}${p.birth.slice(8, 10)}${rng.digits(5)}`
    : st.nr === 'BSN' ? rng.digits(9)
    : st.nr === 'Codice fiscale' ? `${p.last.toUpperCase().replace(/[^A-Z]/g, 'X').padEnd(3, 'X').slice(0, 3)}${p.first.toUpperCase().replace(/[^A-Z]/g, 'X').padEnd(3, 'X').slice(0, 3)}${p.birth.slice(2, 4)}${'ABCDEHLMPRST'[Number(p.birth.slice(5, 7)) - 1]}${p.birth.slice(8, 10)}Z${rng.digits(3)}${rng.pick(['K', 'W', 'Q'])}`
    : st.nr === 'AMKA' ? `${p.birth.slice(8, 10)}${p.birth.slice(5, 7)}${p.birth.slice(2, 4)}${rng.digits(5)}`
    : st.nr === 'Versicherungsnummer' ? `${rng.digits(4)} ${p.birth.slice(8, 10)}${p.birth.slice(5, 7)}${p.birth.slice(2, 4)}`
    : `${rng.digits(2)}/${rng.digits(8)}/${rng.digits(2)}`;
  const ausRente = st.waehrung ? cents(rng.float(600, 2400)) : cents(rng.float(90, 650));
  const kasse = rng.pick(fake.KRANKENKASSEN);
  const acc = fake.bankAccount(rng);
  const she = p.gender === 'f';
  const blue: Color = [0.0, 0.3, 0.6];
  const M = (v: number) => ctx.money(v);
  const ep4 = (v: number) => decimal(v, 4);
  const vs = vsnrText(ctx, r.vsnr);
  const kind = rng.pick(['Regelaltersrente', 'Regelaltersrente', 'Altersrente für langjährig Versicherte']);

  const d = ctx.start({ family: rng.pick(['helvetica', 'helvetica', 'times']), size: 9.5, margins: { left: 66, right: 50, top: 56, bottom: 72 } });
  d.text(d.left, 46, 'Deutsche Rentenversicherung', { size: 14, bold: true, color: blue });
  d.text(d.left, 60, traeger[0].replace('Deutsche Rentenversicherung ', ''), { size: 10.5, color: blue });
  d.text(d.left, 72, `Verbindungsstelle für ${st.land.replace(/^den /, 'die ')}`, { size: 8.5, color: GRAY });
  returnLine(d, `${traeger[0]} · ${traeger[1]} ${traeger[2]}`);
  addressWindow(d, recipientLines(ctx, p, r.address, { name: 'name' }));
  // reference block at the right: our number and the foreign institution's
  const rx = 352;
  const refs: [string, Cell][] = [
    [ctx.pick([], ['Versicherungsnummer', 'Unser Zeichen (Vers.-Nr.)', 'Rentenversicherungsnummer']), { text: vs, field: 'versicherungsnummer' }],
    [`Zeichen ${st.kurz} (${st.land.replace(/^den /, '')})`, `${st.nr} ${ausNr}`],
    ['Ihr Antrag vom', ctx.ndate(antrag)],
    ['Telefon', `${rng.pick(['0800 1000 4800', `0${rng.int(30, 921)} ${rng.digits(3)}-${rng.digits(4)}`])}`],
    ['Datum', ctx.ndate(today)],
  ];
  refs.forEach(([l, v], i) => {
    const c = typeof v === 'string' ? { text: v } : v;
    d.text(rx, 150 + i * 22, l, { size: 6.8, color: GRAY });
    d.text(rx, 160 + i * 22, c.text, { size: i === 0 ? 9.5 : 8.5, bold: i === 0, field: c.field });
  });
  d.onContinuation((doc) => {
    doc.text(doc.left, 38, `${p.last}, ${p.first} · Versicherungsnummer ${fake.groupVsnr(r.vsnr)}`, { size: 7.5, color: GRAY });
    doc.text(doc.right, 38, `Bescheid vom ${ctx.ndate(today)}`, { size: 7.5, color: GRAY, align: 'right' });
    doc.hline(42, doc.left, doc.right, 0.3, GRAY);
  });

  subject(d, [ctx.pick([], [`Bescheid über ${kind}`, `Rentenbescheid – ${kind}`]), `unter Berücksichtigung von Versicherungszeiten in ${st.land}`], 272);
  d.write(she ? `Sehr geehrte Frau ${p.last},` : `Sehr geehrter Herr ${p.last},`);
  d.move(2);
  d.para(`auf Ihren Antrag vom ${ctx.date(antrag)} bewilligen wir Ihnen ${kind}. Die Rente beginnt ${ctx.pick([], ['am', 'mit dem'])} ${ctx.v('gueltig_ab', ctx.date(ab))}. Sie haben Versicherungszeiten in Deutschland und in ${st.land} zurückgelegt. Deshalb gilt neben dem deutschen Recht die Verordnung (EG) Nr. 883/2004: Wir berechnen die Rente zweimal und zahlen den höheren Betrag (Artikel 52).`);

  // the comparison grid
  const gx = [d.left, d.left + 230, d.right - 110, d.right];
  const gy = d.y;
  d.rect(gx[0], gy, gx[3] - gx[0], 30, { fill: [0.9, 0.93, 0.97] });
  d.text(gx[0] + 5, gy + 12, 'Vergleichsberechnung', { size: 8.5, bold: true });
  d.text(gx[0] + 5, gy + 23, `Rente ab ${ctx.ndate(ab)}, monatlich`, { size: 7.5, color: GRAY });
  const heads = [['nur deutsche Zeiten', '(innerstaatliche Rente)'], ['alle Zeiten, anteilig', '(zwischenstaatliche Rente)']];
  heads.forEach(([a, b], i) => {
    d.text(gx[i + 2] - 6, gy + 12, a, { size: 7.5, bold: true, align: 'right' });
    d.text(gx[i + 2] - 6, gy + 23, b, { size: 7, color: GRAY, align: 'right' });
  });
  d.y = gy + 30;
  const grid: [string, string, string][] = [
    ['persönliche Entgeltpunkte', ep4(epA), ep4(epT)],
    ['× aktueller Rentenwert', M(rw), M(rw)],
    ['= Rente nach deutschem Recht / theoretischer Betrag', M(innerstaatlich), M(theoretisch)],
    [`× Verhältnis deutsche Zeiten zu allen Zeiten (${monateDe} / ${gesamt} Monate)`, '–', decimal(quote, 4)],
    ['= Monatsbetrag', M(innerstaatlich), M(anteilig)],
  ];
  grid.forEach(([l, a, b], i) => {
    const last = i === grid.length - 1;
    if (last) d.hline(d.y, gx[0], gx[3], 0.7);
    d.row([{ x: gx[0] + 5, text: l, width: 222, bold: last }, { x: gx[2] - 6, text: a, align: 'right', bold: last }, { x: gx[3] - 6, text: b, align: 'right', bold: last }], { size: 8.5, minHeight: 14 });
  });
  const mark = proRata ? gx[2] + 4 : gx[1] + 4;
  d.rect(mark, d.y - 15, (proRata ? gx[3] : gx[2]) - mark - 2, 15, { stroke: blue, lineWidth: 1.1 });
  d.row([{ x: proRata ? gx[3] - 6 : gx[2] - 6, text: 'maßgebend (höherer Betrag)', align: 'right', size: 7, color: blue }], { size: 7, minHeight: 11 });
  d.rect(gx[0], gy, gx[3] - gx[0], d.y - gy + 2, { stroke: [0.3, 0.3, 0.3], lineWidth: 0.6 });
  d.line(gx[1], gy + 30, gx[1], d.y + 2, 0.3, LIGHT);
  d.line(gx[2], gy, gx[2], d.y + 2, 0.3, LIGHT);
  d.move(12);

  // the amount paid
  d.write(`Ihre ${ctx.pick([], ['monatliche Rente und der Auszahlungsbetrag', 'Rente und Zahlbetrag'])}`, { bold: true });
  const lx = d.left + 340;
  const ledger: [string, Cell, boolean?][] = [
    [ctx.pick([], ['Monatliche Rente', 'Rente (brutto) monatlich', 'Rentenbetrag']), { text: M(brutto), field: 'rente_brutto' }, true],
    [`abzüglich Beitragsanteil zur Krankenversicherung (${decimal(r.kvRate, 2)} %)`, M(kv)],
    [`abzüglich Beitrag zur Pflegeversicherung (${decimal(r.pvRate, 1)} %)`, M(pv)],
    [ctx.pick([], ['Auszahlungsbetrag', 'Zahlbetrag', 'monatlich auszuzahlen']), { text: M(zahl), field: 'zahlbetrag' }, true],
  ];
  ledger.forEach(([l, v, bold], i) => {
    if (i === ledger.length - 1) d.hline(d.y, d.left, lx + 10, 0.6);
    const c = typeof v === 'string' ? { text: v } : v;
    d.row([{ x: d.left, text: l, bold, width: 270 }, { x: lx, text: c.text, field: c.field, align: 'right', bold }], { size: 9, minHeight: 13 });
  });
  d.move(8);
  d.para(`Die Beiträge aus dieser Rente zur Kranken- und Pflegeversicherung der Rentner behalten wir ein und zahlen sie an die ${kasse}. Die laufende Rente zahlen wir ab ${ctx.date(laufend)} jeweils am Ende des Monats auf Ihr Konto bei der ${acc.bank.name} (IBAN ${ctx.iban(acc.iban)}).`);

  // page 2 in most cases: back payment, the foreign pension, duties
  d.write('Nachzahlung', { bold: true });
  d.para(`Für die Zeit vom ${ctx.date(ab)} bis ${ctx.date(addDays(laufend, -1))} ergibt sich eine Nachzahlung von ${M(nach)}. Wir zahlen sie erst aus, wenn geklärt ist, ob andere Stellen (zum Beispiel das Jobcenter, das Sozialamt oder Ihre Krankenkasse) für diese Zeit einen Erstattungsanspruch haben.`);
  d.write(`Rente aus ${st.land}`, { bold: true });
  d.para(`Die Versicherungszeiten in ${st.land} hat uns der ${st.kurz} (${st.traeger}) mit dem Vordruck SED P5000 vom ${ctx.date(sed)} bestätigt. Über Ihren Anspruch auf eine ${st.adj}e Rente entscheidet der ${st.kurz} in eigener Zuständigkeit; eine Kopie dieses Bescheides erhält er mit SED P6000. Nach unseren Unterlagen beträgt die ${st.adj}e Rente monatlich ${st.waehrung ? `${decimal(ausRente)} ${st.waehrung}` : M(ausRente)}. Sie wird auf die deutsche Rente nicht angerechnet. Beiträge zur Kranken- und Pflegeversicherung aus der ausländischen Rente zieht die ${kasse} unmittelbar bei Ihnen ein.`);
  d.write('Mitteilungspflichten', { bold: true });
  d.para(`Bitte teilen Sie uns sofort mit, wenn sich Ihre Anschrift oder Ihre Bankverbindung ändert, wenn Sie Ihren Wohnsitz ins Ausland verlegen oder wenn der ${st.kurz} über Ihre Rente entscheidet. ${rng.pick(HINWEISE)}`, { size: 9 });
  rechtsbehelf(ctx, `der ${traeger[0].replace('Deutsche ', 'Deutschen ')}, ${traeger[1]} ${traeger[2]}`);
  closing(ctx, { greeting: 'Mit freundlichen Grüßen', signer: 'Ihre Deutsche Rentenversicherung' });
  d.para('Anlagen: Versicherungszeiten in Deutschland und im Ausland, Berechnung der anteiligen Rente', { size: 8, color: GRAY });

  // annex: periods by country and the pro-rata calculation
  d.newPage();
  d.write('Anlage 1 – Versicherungszeiten', { size: 11, bold: true, color: blue });
  d.move(2);
  const start = iso(Number(p.birth.slice(0, 4)) + rng.int(16, 18), rng.pick([8, 9]), 1);
  const abroadFirst = rng.chance(0.6);
  const periods: [string, string, string, string, number][] = [];
  const add = (from: IsoDate, months: number, land: string, art: string) => {
    const to = addDays(addMonths(from, months), -1);
    periods.push([ctx.ndate(from), ctx.ndate(to), land, art, months]);
    return addMonths(from, months);
  };
  let t = start;
  const splitDe = Math.max(24, Math.round(monateDe * rng.float(0.15, 0.4)));
  if (abroadFirst) {
    t = add(t, Math.min(36, monateAus - 12), st.land.replace(/^den /, ''), 'Pflichtbeiträge (Lehre/Beschäftigung)');
    t = add(t, monateAus - Math.min(36, monateAus - 12), st.land.replace(/^den /, ''), 'Pflichtbeiträge Beschäftigung');
    t = add(addMonths(t, rng.int(1, 5)), splitDe, 'Deutschland', 'Pflichtbeiträge Beschäftigung');
    t = add(t, monateDe - splitDe, 'Deutschland', 'Pflichtbeiträge / Arbeitslosigkeit');
  } else {
    t = add(t, splitDe, 'Deutschland', 'Pflichtbeiträge Berufsausbildung/Beschäftigung');
    t = add(addMonths(t, rng.int(1, 4)), monateAus, st.land.replace(/^den /, ''), 'Pflichtbeiträge Beschäftigung');
    t = add(addMonths(t, rng.int(1, 4)), monateDe - splitDe, 'Deutschland', 'Pflichtbeiträge Beschäftigung');
  }
  table(ctx, [
    { header: 'von', x: d.left },
    { header: 'bis', x: d.left + 62 },
    { header: 'Staat', x: d.left + 124 },
    { header: 'Art der Zeit', x: d.left + 204 },
    { header: 'Monate', x: d.right, align: 'right' },
  ], periods.map(([a, b, c, e, m]) => [a, b, c, e, String(m)]), { size: 8.5, grid: true });
  d.row([{ x: d.left, text: `Summe Deutschland ${monateDe} Monate · Summe ${st.land.replace(/^den /, '')} ${monateAus} Monate · insgesamt ${gesamt} Monate`, bold: true }], { size: 8.5 });
  d.move(14);
  d.write('Anlage 2 – Berechnung der anteiligen Rente (Art. 52 VO (EG) Nr. 883/2004)', { size: 10.5, bold: true, color: blue });
  d.move(2);
  const calc: [string, string][] = [
    ['1', `Entgeltpunkte aus allen Zeiten, als ob sie in Deutschland zurückgelegt wären: ${ep4(epT)}`],
    ['2', `theoretischer Betrag: ${ep4(epT)} × ${M(rw)} = ${M(theoretisch)}`],
    ['3', `deutsche Zeiten ${monateDe} Monate, alle Zeiten ${gesamt} Monate, Verhältnis ${decimal(quote, 4)}`],
    ['4', `tatsächlicher Betrag (anteilige Rente): ${M(theoretisch)} × ${decimal(quote, 4)} = ${M(anteilig)}`],
    ['5', `Rente allein aus deutschen Zeiten (innerstaatlich): ${ep4(epA)} × ${M(rw)} = ${M(innerstaatlich)}`],
    ['6', `zu leisten ist der höhere Betrag: ${proRata ? 'Zeile 4' : 'Zeile 5'}`],
  ];
  for (const [n, l] of calc) d.row([{ x: d.left, text: n, color: GRAY }, { x: d.left + 18, text: l, width: d.contentWidth - 18 }], { size: 9, minHeight: 15 });
  d.move(6);
  d.para(`Ausländische Zeiten erhöhen die deutsche Rente nicht unmittelbar. Sie werden für die Wartezeit und für die Bewertung beitragsfreier Zeiten berücksichtigt. Die Rente aus ${st.land} wird vom ${st.kurz} gesondert berechnet und gezahlt.`, { size: 8.5, color: GRAY });
  footer(d, [[traeger[0], `${traeger[1]} ${traeger[2]}`], ['Servicetelefon 0800 1000 4800', 'www.deutsche-rentenversicherung.de']], 'Seite x von y');
  r.brutto = brutto;
  r.zahlbetrag = zahl;
  r.ab = ab;
  truth(ctx, r);
}

/**
 * blind12: the DRV's certificate of a running pension requested for an authority
 * (Rentenbezugsbescheinigung, e.g. through the online service for the Wohngeld office): the insurance
 * number and the certificate's number at the right of the window; a framed grid with the person and
 * the pension's particulars (kind, the pension's original start, the limit, health insurance, the
 * payment rhythm, a masked account); then the pension's history as a table of the last changes
 * (adjustments on 1 July, health insurers' additional contribution passed on from 1 March, the care
 * contribution from 1 January), newest first or oldest first, the current row marked; the year's
 * gross total for the tax office, sometimes a widow's pension under the late spouse's insurance
 * number certified separately, a note when the next adjustment is not yet included, a check number.
 */
function blind12Rentenbezugsbescheinigung(ctx: Ctx): void {
  const rng = ctx.rng;
  const today = ctx.today;
  const rwAt = (d: IsoDate) => (d >= '2025-07-01' ? 40.79 : d >= '2024-07-01' ? 39.32 : d >= '2023-07-01' ? 37.6 : 36.02);
  // the changes of the last years, as far as they lie before the certificate
  const events: [IsoDate, string][] = (
    [
      ['2023-07-01', 'Rentenanpassung'],
      ['2024-03-01', 'Zusatzbeitrag KV'],
      ['2024-07-01', 'Rentenanpassung'],
      ['2025-01-01', 'Beitragssatz PV'],
      ['2025-03-01', 'Zusatzbeitrag KV'],
      ['2025-07-01', 'Rentenanpassung'],
    ] as [IsoDate, string][]
  ).filter(([d]) => d <= today);
  const recent = rng.chance(0.3);
  // the pension's own start: long ago, or within the table's span
  const beginn = recent ? firstOfMonth(addMonths(today, -rng.int(4, 20))) : iso(rng.int(2006, 2022), rng.int(1, 12), 1);
  const rows: { ab: IsoDate; anlass: string }[] = [];
  if (recent) rows.push({ ab: beginn, anlass: 'Rentenbeginn' });
  for (const [d, a] of events) if (d > beginn) rows.push({ ab: d, anlass: a });
  const keep = recent ? rows : rows.slice(-rng.int(3, 5));
  const r = draw(ctx, keep[keep.length - 1].ab, [1941, 1959]);
  const person = r.person;
  const ep = Math.round((r.brutto / rwAt(keep[keep.length - 1].ab)) * 10000) / 10000;
  const z0 = rng.pick([1.5, 1.6, 1.7]);
  const z1 = cents(z0 + rng.pick([0, 0.1, 0.2, 0.3]));
  const z2 = cents(z1 + rng.pick([0.7, 0.8, 0.9, 1.0]));
  const zusatzAt = (d: IsoDate) => (d >= '2025-03-01' ? z2 : d >= '2024-03-01' ? z1 : z0);
  const kinderlos = rng.chance(0.25);
  const pvAt = (d: IsoDate) => (d >= '2025-01-01' ? 3.6 : d >= '2023-07-01' ? 3.4 : 3.05) + (kinderlos ? 0.6 : 0);
  const lines = keep.map((row) => {
    const brutto = cents(ep * rwAt(row.ab));
    const kvRate = 7.3 + zusatzAt(row.ab) / 2;
    const kv = cents((brutto * kvRate) / 100);
    const pv = cents((brutto * pvAt(row.ab)) / 100);
    return { ...row, brutto, kvRate, pvRate: pvAt(row.ab), kv, pv, zahl: cents(brutto - kv - pv) };
  });
  const now = lines[lines.length - 1];
  const ab = now.ab;
  const kind = rng.weighted([['Regelaltersrente', 4], ['Altersrente für langjährig Versicherte', 2], ['Altersrente für schwerbehinderte Menschen', 1], ['Rente wegen voller Erwerbsminderung', 1], ['Altersrente für besonders langjährig Versicherte', 2]]);
  const em = kind.includes('Erwerbsminderung');
  const befristet = em && rng.chance(0.6) ? lastOfMonth(addMonths(today, rng.int(8, 30))) : undefined;
  const kasse = rng.pick(fake.KRANKENKASSEN);
  const acc = fake.bankAccount(rng);
  const masked = `${acc.iban.slice(0, 4)} **** **** **** ${acc.iban.slice(-6, -2)} ${acc.iban.slice(-2)}`;
  const angefordert = addDays(today, -rng.int(0, 3));
  const nr = `RB-${today.slice(0, 4)}-${rng.digits(7)}`;
  const widow = rng.chance(0.3) ? fake.person(rng, { gender: person.gender === 'f' ? 'm' : 'f', bornFrom: 1935, bornTo: 1958, last: person.last }) : undefined;
  const widowVsnr = widow ? fake.versicherungsnummer(rng, widow) : '';
  const prevYear = Number(today.slice(0, 4)) - 1;
  const yearSum = cents(
    Array.from({ length: 12 }, (_, i) => iso(prevYear, i + 1, 1))
      .filter((m) => m >= beginn)
      .reduce((s, m) => s + cents(ep * rwAt(m)), 0),
  );
  const nextJuly = iso(Number(today.slice(0, 4)), 7, 1);
  const blue: Color = [0.0, 0.3, 0.6];
  const M = (v: number) => ctx.money(v);

  const d = ctx.start({ family: rng.pick(['helvetica', 'helvetica', 'times']), size: 9.4, margins: { left: 66, right: 50, top: 56, bottom: 74 } });
  d.rect(d.left, 38, 24, 24, { fill: blue });
  d.text(d.left + 4, 55, 'DRV', { size: 8.5, bold: true, color: [1, 1, 1] });
  d.text(d.left + 32, 48, 'Deutsche Rentenversicherung', { size: 13, bold: true, color: blue });
  d.text(d.left + 32, 61, r.traeger[0].replace('Deutsche Rentenversicherung ', ''), { size: 10, color: blue });
  returnLine(d, `${r.traeger[0]}, ${r.traeger[1]} ${r.traeger[2]}`);
  addressWindow(d, recipientLines(ctx, person, r.address, { name: 'name' }));
  const rx = 356;
  const refs: [string, Cell][] = [
    [ctx.pick([], ['Versicherungsnummer', 'Vers.-Nr.', 'Ihre Versicherungsnummer']), { text: vsnrText(ctx, r.vsnr), field: 'versicherungsnummer' }],
    ['Nummer der Bescheinigung', nr],
    ['angefordert am', `${ctx.ndate(angefordert)} (${rng.pick(['online', 'telefonisch', 'persönlich'])})`],
    ['erstellt am', ctx.ndate(today)],
  ];
  refs.forEach(([l, v], i) => {
    const c = typeof v === 'string' ? { text: v } : v;
    d.text(rx, 150 + i * 13, l, { size: 7.2, color: GRAY });
    d.text(rx + 98, 150 + i * 13, c.text, { size: 8.2, field: c.field });
  });
  d.onContinuation((doc) => {
    doc.text(doc.left, 40, `${person.last}, ${person.first} · Bescheinigung ${nr}`, { size: 7.5, color: GRAY });
    doc.hline(44, doc.left, doc.right, 0.3, GRAY);
  });

  d.y = 262;
  d.write(ctx.pick([], ['Rentenbezugsbescheinigung', 'Bescheinigung über den Bezug einer Rente', 'Bescheinigung über die Höhe Ihrer Rente']), { size: 13, bold: true, color: blue });
  d.write(rng.pick(['zur Vorlage bei der Wohngeldbehörde', 'zur Vorlage bei Behörden und Sozialleistungsträgern', 'zur Vorlage bei Ihrer Wohngeldstelle']), { size: 9.5, color: GRAY });
  d.move(6);
  d.para(`Sie haben eine Bescheinigung über Ihre Rente angefordert. Wir bescheinigen Ihnen die folgenden Angaben nach dem Stand vom ${ctx.date(today)}.`);

  // the grid of particulars
  const gx = d.left + 150;
  const grid: [string, string][] = [
    ['Name, Vorname', `${person.last}, ${person.first}`],
    ['Geburtsdatum', ctx.ndate(person.birth)],
    ['Anschrift', `${r.address.street} ${r.address.no}, ${r.address.plz} ${r.address.city}`],
    ['Rentenart', kind],
    ['Rentenbeginn', ctx.ndate(beginn)],
    ['Befristung', befristet ? `befristet bis ${ctx.ndate(befristet)}` : 'unbefristet'],
    ['Kranken- und Pflegeversicherung', `pflichtversichert in der Krankenversicherung der Rentner (${kasse})`],
    ['Zahlungsweise', beginn < '2004-04-01' ? 'monatlich im Voraus' : 'monatlich am Ende des Monats (nachschüssig)'],
    ['Zahlung auf Konto', `IBAN ${masked}`],
  ];
  // the grid and the table below keep their frames on one page
  d.ensure(grid.length * 16 + 16);
  const top = d.y;
  for (const [l, v] of grid) {
    d.row([{ x: d.left + 6, text: l, color: GRAY, width: gx - d.left - 12 }, { x: gx, text: v, width: d.right - gx - 6 }], { size: 8.8, minHeight: 15 });
    d.hline(d.y, d.left, d.right, 0.3, LIGHT);
  }
  d.rect(d.left, top - 2, d.contentWidth, d.y - top + 2, { stroke: [0.35, 0.35, 0.35], lineWidth: 0.6 });
  d.line(gx - 6, top - 2, gx - 6, d.y, 0.3, LIGHT);
  d.move(14);

  // the history of the amounts
  d.ensure(lines.length * 15 + 60);
  d.write(ctx.pick([], ['Höhe der Rente', 'Monatliche Rente und Zahlbetrag', 'Entwicklung Ihrer Rente']), { bold: true });
  d.move(2);
  const newestFirst = rng.chance(0.55);
  const cx = { ab: d.left + 4, anlass: d.left + 66, rente: d.left + 238, kv: d.left + 310, pv: d.left + 374, zahl: d.right - 4 };
  const hTop = d.y;
  d.rect(d.left, hTop, d.contentWidth, 24, { fill: [0.9, 0.93, 0.97] });
  const heads: [number, string, string, 'left' | 'right'][] = [
    [cx.ab, 'gültig ab', '', 'left'],
    [cx.anlass, 'Anlass der Änderung', '', 'left'],
    [cx.rente, ctx.pick([], ['Rente', 'Rentenbetrag']), '(brutto)', 'right'],
    [cx.kv, 'Anteil KV', '(Rentner)', 'right'],
    [cx.pv, 'Beitrag PV', '', 'right'],
    [cx.zahl, ctx.pick([], ['Zahlbetrag', 'Auszahlung']), '(netto)', 'right'],
  ];
  for (const [x, a, b, align] of heads) {
    d.text(x, hTop + 10, a, { size: 8, bold: true, align });
    if (b) d.text(x, hTop + 20, b, { size: 7, color: GRAY, align });
  }
  d.y = hTop + 26;
  const ordered = newestFirst ? [...lines].reverse() : lines;
  for (const l of ordered) {
    const cur = l === now;
    if (cur) d.rect(d.left, d.y, d.contentWidth, 15, { fill: [0.97, 0.95, 0.82] });
    d.row([
      { x: cx.ab, text: ctx.ndate(l.ab), field: cur ? 'gueltig_ab' : undefined, bold: cur },
      { x: cx.anlass, text: `${l.anlass}${cur ? ' – aktuell' : ''}`, bold: cur },
      { x: cx.rente, text: M(l.brutto), align: 'right', field: cur ? 'rente_brutto' : undefined, bold: cur },
      { x: cx.kv, text: M(l.kv), align: 'right' },
      { x: cx.pv, text: M(l.pv), align: 'right' },
      { x: cx.zahl, text: M(l.zahl), align: 'right', field: cur ? 'zahlbetrag' : undefined, bold: cur },
    ], { size: 8.6, minHeight: 15 });
    d.hline(d.y, d.left, d.right, 0.3, LIGHT);
  }
  d.rect(d.left, hTop, d.contentWidth, d.y - hTop, { stroke: [0.35, 0.35, 0.35], lineWidth: 0.6 });
  d.move(4);
  d.para(`KV = Beitragsanteil zur Krankenversicherung (allgemeiner Beitragssatz 14,6 % und Zusatzbeitrag, davon die Hälfte; zurzeit ${decimal(now.kvRate, 2)} %), PV = Beitrag zur Pflegeversicherung (${decimal(now.pvRate, 1)} %, von Rentnerinnen und Rentnern allein zu tragen). Änderungen des Zusatzbeitrags wirken sich bei der Rente erst zwei Monate später aus.`, { size: 7.8, color: GRAY });
  d.move(4);

  d.write('Weitere Angaben', { bold: true });
  if (yearSum > 0) d.para(`Im Kalenderjahr ${prevYear} betrug die Rente insgesamt ${M(yearSum)} (brutto). Diesen Betrag haben wir dem Finanzamt mit der Rentenbezugsmitteilung übermittelt.`);
  if (widow) d.para(`Sie erhalten außerdem eine ${person.gender === 'f' ? 'Witwenrente' : 'Witwerrente'} aus der Versicherung Ihres verstorbenen ${widow.gender === 'f' ? 'Ehefrau' : 'Ehemannes'} ${widow.first} ${widow.last} (Versicherungsnummer ${fake.groupVsnr(widowVsnr)}). Darüber stellen wir Ihnen auf Wunsch eine gesonderte Bescheinigung aus.`.replace('Ihres verstorbenen Ehefrau', 'Ihrer verstorbenen Ehefrau'));
  if (today < nextJuly && today >= iso(Number(today.slice(0, 4)), 4, 1)) d.para(`Die Rentenanpassung zum ${ctx.date(nextJuly)} ist in dieser Bescheinigung noch nicht berücksichtigt. Über den neuen Betrag erhalten Sie eine gesonderte Mitteilung.`);
  d.para(`Pfändungen, Abtretungen oder Verrechnungen ${rng.chance(0.85) ? 'liegen nicht vor' : `liegen vor; von der Rente werden zurzeit monatlich ${M(cents(rng.float(20, 120)))} einbehalten`}. ${rng.pick(HINWEISE.filter((h) => !h.includes('maschinell')))}`);
  d.move(6);
  d.para(`Diese Bescheinigung wurde maschinell erstellt und ist ohne Unterschrift gültig. Ihre Echtheit kann unter Angabe der Bescheinigungsnummer und der Prüfnummer ${rng.digits(4)}-${rng.digits(4)}-${rng.digits(4)} bei uns bestätigt werden.`, { size: 8, color: GRAY });
  footer(d, [[r.traeger[0], `${r.traeger[1]} ${r.traeger[2]}`], ['Kostenloses Servicetelefon 0800 1000 4800', 'www.deutsche-rentenversicherung.de']], 'Seite x von y');
  ctx.set('name', fake.fullName(person));
  ctx.set('versicherungsnummer', r.vsnr);
  ctx.set('rente_brutto', now.brutto);
  ctx.set('zahlbetrag', now.zahl);
  ctx.set('gueltig_ab', ab);
}

/**
 * Blind13 (holdout): the DRV's first pension notice for an insured person under legal guardianship,
 * sent to the guardian (a professional guardian, a guardianship association or a relative) with
 * headings in a left margin column beside the text: the guardian in the window with the court's
 * file number and the guardian's own reference in the reference column, the insured person with
 * birth date and home (often a care home) in the subject; the kind of pension and its start in a
 * sentence, the monthly pension, contributions and amount paid as a small ledger; the back payment
 * for the months up to the first current payment, of which the social welfare office's claim for
 * basic income support (§ 104 SGB X, its file number and letter date) goes to the office and the
 * rest to the insured person's account; the health insurer; duties of the guardian; then a
 * running head and annexes with the earnings points and the back payment month by month.
 */
function blind13BetreuungErstattung(ctx: Ctx): void {
  const rng = ctx.rng;
  const art = rng.weighted([
    [{ name: 'Rente wegen voller Erwerbsminderung', born: [1966, 1992] as [number, number], dauer: ' auf Dauer' }, 3],
    [{ name: 'Altersrente für schwerbehinderte Menschen', born: [1959, 1961] as [number, number], dauer: '' }, 1],
    [{ name: 'Regelaltersrente', born: [1957, 1959] as [number, number], dauer: '' }, 1],
  ]);
  const person = fake.person(rng, { bornFrom: art.born[0], bornTo: art.born[1] });
  person.title = undefined;
  const she = person.gender === 'f';
  const vsnr = fake.versicherungsnummer(rng, person);
  const traeger = rng.pick(fake.DRV_TRAEGER);
  // the notice's date; the pension starts after the last 1 July, so one amount applies throughout
  const mIndex = (v: IsoDate) => Number(v.slice(0, 4)) * 12 + Number(v.slice(5, 7)) - 1;
  const julyBefore = (v: IsoDate) => iso(Number(v.slice(5, 7)) >= 7 ? Number(v.slice(0, 4)) : Number(v.slice(0, 4)) - 1, 7, 1);
  let datum = ctx.today;
  if (mIndex(datum) - mIndex(julyBefore(datum)) < 1) datum = addDays(datum, rng.int(33, 45));
  const since = mIndex(datum) - mIndex(julyBefore(datum));
  const k = rng.int(Math.min(2, since), Math.min(9, since));
  const ab = addMonths(firstOfMonth(datum), -k);
  const laufendAb = firstOfMonth(datum);
  const nachBis = addDays(laufendAb, -1);
  const rentenwert = ab >= '2025-07-01' ? 40.79 : ab >= '2024-07-01' ? 39.32 : 37.6;
  const pep = Math.round((rng.float(620, 1550) / rentenwert) * 10000) / 10000;
  const brutto = cents(pep * rentenwert);
  const kvRate = 7.3 + rng.pick([1.7, 2.5, 2.9, 3.1]) / 2;
  const pvRate = ab >= '2025-01-01' ? rng.pick([3.6, 4.2]) : rng.pick([3.4, 4.0]);
  const kv = cents((brutto * kvRate) / 100);
  const pv = cents((brutto * pvRate) / 100);
  const zahlbetrag = cents(brutto - kv - pv);
  const nachMonate = mIndex(laufendAb) - mIndex(ab);
  const nachzahlung = cents(zahlbetrag * nachMonate);
  const anspruch = cents(nachzahlung * rng.float(0.55, 0.93));
  const rest = cents(nachzahlung - anspruch);
  const kasse = rng.pick(fake.KRANKENKASSEN);
  const acc = fake.bankAccount(rng);
  const city = rng.pick(fake.PLACES_PLZ);
  const heim = rng.chance(0.6);
  const home: fake.Address = heim ? { street: rng.pick(['Am Stadtpark', 'Lindenweg', 'Rosenhof', 'Auenstraße', 'Wiesengrund']), no: String(rng.int(1, 40)), plz: city[0], city: city[1] } : fake.address(rng, { plz: city[0], city: city[1] });
  const heimName = heim ? rng.pick([`Seniorenzentrum ${rng.pick(['Am Stadtpark', 'Lindenhof', 'Haus Abendsonne'])}`, `Wohnheim der Lebenshilfe ${city[1]}`, `Pflegeheim St. ${rng.pick(['Elisabeth', 'Martin', 'Josef'])}`]) : '';
  const kind = rng.pick(['beruf', 'verein', 'familie'] as const);
  const g = fake.person(rng, { bornFrom: 1955, bornTo: 1990, last: kind === 'familie' ? person.last : undefined });
  const gShe = g.gender === 'f';
  const gAddr = fake.address(rng, { plz: city[0], city: city[1] });
  const verein = rng.pick([`Betreuungsverein Lebenshilfe ${city[1]} e.V.`, `SKM – Katholischer Verein für soziale Dienste ${city[1]} e.V.`, `AWO Betreuungsverein ${city[1]} e.V.`, `Diakonie – Betreuungsverein ${city[1]}`]);
  const window = kind === 'verein'
    ? [verein, `${gShe ? 'Frau' : 'Herrn'} ${g.first} ${g.last}`, `${gAddr.street} ${gAddr.no}`, `${gAddr.plz} ${gAddr.city}`]
    : kind === 'beruf'
      ? [gShe ? 'Frau' : 'Herrn', `${g.first} ${g.last}`, gShe ? '– Berufsbetreuerin –' : '– Berufsbetreuer –', `${gAddr.street} ${gAddr.no}`, `${gAddr.plz} ${gAddr.city}`]
      : [gShe ? 'Frau' : 'Herrn', `${g.first} ${g.last}`, `${gAddr.street} ${gAddr.no}`, `${gAddr.plz} ${gAddr.city}`];
  const betreuerIn = gShe ? 'Betreuerin' : 'Betreuer';
  const court = `Amtsgericht ${city[1]}`;
  const courtAz = `${rng.pick(['XVII', '17 XVII', '5 XVII'])} ${rng.int(10, 999)}/${rng.int(15, 24)}`;
  const antrag = addDays(ab, -rng.int(1, 75));
  const sozial = rng.pick([`Sozialamt der Stadt ${city[1]}`, `Landkreis ${city[1]} – Fachbereich Soziales`, `Kreissozialamt ${city[1]}`]);
  const sozialAz = fake.aktenzeichen(rng, rng.pick(['50.2', 'SGB XII', '50']));
  const anmeldung = addDays(antrag, rng.int(20, 70));
  const blue: Color = [0.0, 0.3, 0.58];
  const herrFrau = she ? 'Frau' : 'Herr';
  const herrnFrau = she ? 'Frau' : 'Herrn';
  const dd = (v: IsoDate) => ctx.date(v);
  const m = (v: number) => ctx.money(v);

  const d = ctx.start({ family: rng.pick(['helvetica', 'helvetica', 'times']), size: 9.4, margins: { left: 58, right: 50, top: 58, bottom: 78 } });
  d.text(d.left, 46, 'Deutsche Rentenversicherung', { size: 13.5, bold: true, color: blue });
  d.text(d.left, 59, traeger[0].replace('Deutsche Rentenversicherung', '').trim() || 'Bund', { size: 10.5, color: blue });
  returnLine(d, `${traeger[0]} · ${traeger[1]} ${traeger[2]}`);
  addressWindow(d, window);
  const rx = 372;
  const refs: [string, Cell][] = [
    [ctx.pick([], ['Versicherungsnummer der/des Betreuten', 'Versicherungsnummer', 'Vers.-Nr.']), { text: vsnrText(ctx, vsnr), field: 'versicherungsnummer' }],
    ['Betreuungsgericht', `${court}, ${courtAz}`],
    ['Ihr Zeichen', kind === 'familie' ? '–' : `${rng.pick(['B', 'Bt', 'BV'])}-${rng.digits(3)}/${rng.int(20, 25)}`],
    ['Datum', ctx.ndate(datum)],
  ];
  refs.forEach(([l, v], i) => {
    const c = typeof v === 'string' ? { text: v } : v;
    d.text(rx, 150 + i * 22, l, { size: 7, color: GRAY });
    d.text(rx, 160 + i * 22, c.text, { size: 8.8, field: c.field });
  });
  // the following pages carry a running head
  d.onContinuation((doc) => {
    doc.text(doc.left, 40, `Versicherungsnummer ${fake.groupVsnr(vsnr)}`, { size: 7.5, color: GRAY });
    doc.text(doc.right, 40, `${person.last}, ${person.first} · Bescheid vom ${ctx.ndate(datum)}`, { size: 7.5, color: GRAY, align: 'right' });
    doc.hline(45, doc.left, doc.right, 0.4, GRAY);
    doc.y = 60;
  });
  d.y = 262;
  d.write(`Rentenbescheid – ${art.name}`, { bold: true, size: 12 });
  const nameText = rng.chance(0.5) ? `${person.first} ${person.last}` : `${person.last}, ${person.first}`;
  d.para(`${rng.pick(['Betreute Person', she ? 'Versicherte' : 'Versicherter', she ? 'Berechtigte' : 'Berechtigter'])}: ${ctx.v('name', nameText)}, geboren am ${ctx.ndate(person.birth)}${heim ? `, ${heimName}` : ''}, ${home.street} ${home.no}, ${home.plz} ${home.city}`, { bold: true, size: 9.6, after: 8 });
  d.write(kind === 'verein' ? 'Sehr geehrte Damen und Herren,' : `Sehr ${gShe ? 'geehrte Frau' : 'geehrter Herr'} ${g.last},`);
  d.move(2);
  d.para(`über den Antrag vom ${dd(antrag)}, den Sie als ${kind === 'familie' ? `gerichtlich bestellte${gShe ? '' : 'r'} ${betreuerIn}` : betreuerIn} für ${herrnFrau} ${person.last} gestellt haben, haben wir entschieden. Dieser Bescheid wird Ihnen als gesetzliche${gShe ? '' : 'm'} Vertreter${gShe ? 'in' : ''} bekannt gegeben (Aufgabenkreise: ${rng.pick(['Vermögenssorge, Vertretung gegenüber Behörden und Sozialleistungsträgern', 'Vermögenssorge, Behördenangelegenheiten', 'alle Angelegenheiten'])}).`);

  const bx = d.left + 112;
  const bw = d.right - bx;
  const sect = (title: string, body: () => void) => {
    d.ensure(40);
    d.move(4);
    const top = d.y;
    const page = d.page;
    const lines = d.wrap(title, 100, { size: 8.8, bold: true });
    body();
    // the heading sits beside the first line of its text
    const keep = d.page;
    d.page = page;
    lines.forEach((l, i) => d.text(d.left, top + 9 + i * 11, l, { size: 8.8, bold: true, color: blue }));
    d.page = keep;
  };
  const p = (text: string) => d.para(text, { x: bx, width: bw, after: 4 });
  sect('Entscheidung', () => {
    p(`${herrFrau} ${person.first} ${person.last} erhält von uns ab dem ${ctx.v('gueltig_ab', dd(ab))} eine ${art.name}${art.dauer}.`);
    if (art.name.startsWith('Rente wegen')) p(`Die volle Erwerbsminderung besteht seit dem ${dd(addDays(ab, -rng.int(20, 140)))}. Eine Besserung ist unwahrscheinlich; die Rente wird deshalb nicht befristet.`);
    else if (art.name.startsWith('Altersrente für')) p(`Die Schwerbehinderung (Grad der Behinderung ${rng.pick([50, 60, 70, 80, 100])}) ist durch das Versorgungsamt festgestellt.`);
  });
  sect('Höhe der Rente', () => {
    p('Die Rente ist nach den Anlagen zu diesem Bescheid berechnet. Sie ergibt monatlich:');
    const row = (l: string, v: string, field?: string, bold = false) => d.row([{ x: bx + 8, text: l, bold, width: bw - 110 }, { x: d.right, text: v, align: 'right', field, bold }], { size: 9.2 });
    row(rng.pick(['Rente', 'Monatsbetrag der Rente', 'Rentenbetrag (brutto)']), m(brutto), 'rente_brutto');
    row(`abzüglich Anteil zur Krankenversicherung (${decimal(kvRate)} %)`, m(kv));
    row(`abzüglich Beitrag zur Pflegeversicherung (${decimal(pvRate, 1)} %)`, m(pv));
    d.hline(d.y + 1, d.right - 90, d.right, 0.6);
    d.move(2);
    row(ctx.pick([], ['monatlicher Auszahlungsbetrag', 'zu zahlender Betrag', 'Zahlbetrag monatlich']), m(zahlbetrag), 'zahlbetrag', true);
    d.move(3);
  });
  sect('Nachzahlung', () => {
    p(`Für die Zeit vom ${dd(ab)} bis ${dd(nachBis)} (${nachMonate} ${nachMonate === 1 ? 'Monat' : 'Monate'}) ergibt sich eine Nachzahlung von ${m(nachzahlung)}. Die Aufteilung zeigt Anlage 2.`);
  });
  sect('Erstattung an den Sozialhilfeträger', () => {
    p(`Der Träger der Sozialhilfe (${sozial}) hat ${herrnFrau} ${person.last} in dieser Zeit Grundsicherung im Alter und bei Erwerbsminderung gezahlt und mit Schreiben vom ${dd(anmeldung)} (Aktenzeichen ${sozialAz}) einen Erstattungsanspruch nach § 104 SGB X angemeldet. Wir erstatten ihm ${m(anspruch)} aus der Nachzahlung. Der verbleibende Betrag von ${m(rest)} wird auf das unten genannte Konto überwiesen.`);
  });
  sect('Laufende Zahlung', () => {
    p(`Ab ${fake.MONTHS_DE[Number(laufendAb.slice(5, 7)) - 1]} ${laufendAb.slice(0, 4)} zahlen wir die Rente jeweils am Ende des Monats auf das Konto von ${herrnFrau} ${person.last} bei der ${acc.bank.name}, IBAN ${ctx.iban(acc.iban)}.`);
  });
  sect('Kranken- und Pflegeversicherung', () => {
    p(`${herrFrau} ${person.last} ist als Rentenbezieher${she ? 'in' : ''} bei der ${kasse} pflichtversichert. Die Beiträge behalten wir von der Rente ein und führen sie ab. Ändert die Krankenkasse ihren Zusatzbeitrag, ändert sich der Zahlbetrag; Sie erhalten dann eine Mitteilung.`);
  });
  sect(`Hinweise für ${gShe ? 'die Betreuerin' : 'den Betreuer'}`, () => {
    p(`Bitte teilen Sie uns unverzüglich mit, wenn die Betreuung aufgehoben oder eine andere Person bestellt wird, wenn ${herrFrau} ${person.last} umzieht${heim ? ' oder die Einrichtung wechselt' : ''}, ins Ausland geht oder verstirbt. Überzahlte Beträge müssen zurückgezahlt werden. Sie können eine Ablichtung dieses Bescheides dem Betreuungsgericht (${courtAz}) mit Ihrem nächsten Bericht vorlegen.`);
  });
  sect('Rechtsbehelfsbelehrung', () => {
    d.para(`Gegen diesen Bescheid kann innerhalb eines Monats nach seiner Bekanntgabe Widerspruch erhoben werden. Der Widerspruch ist bei der ${traeger[0].replace('Deutsche ', 'Deutschen ')}, ${traeger[1]} ${traeger[2]}, schriftlich, zur Niederschrift oder in elektronischer Form einzulegen.`, { x: bx, width: bw, size: 8.6, after: 4 });
  });
  d.move(6);
  d.para(`Mit freundlichen Grüßen\nIhre ${traeger[0]}`, { x: bx, width: bw });
  d.para('Dieser Bescheid ist maschinell erstellt und ohne Unterschrift gültig.', { x: bx, width: bw, size: 8, color: GRAY });
  d.newPage();
  d.write('Anlage 1 – Berechnung der Monatsrente', { bold: true, size: 10.5 });
  d.move(4);
  const zf = art.name === 'Regelaltersrente' ? 1 : Math.round(rng.float(0.892, 0.97) * 1000) / 1000;
  const ep = Math.round((pep / zf) * 10000) / 10000;
  const epBeitrag = Math.round(ep * rng.float(0.6, 0.85) * 10000) / 10000;
  const epRest = Math.round((ep - epBeitrag) * 10000) / 10000;
  const calc: [string, string][] = [
    ['Entgeltpunkte für Beitragszeiten', decimal(epBeitrag, 4)],
    [art.name.startsWith('Rente wegen') ? 'Entgeltpunkte für die Zurechnungszeit und beitragsfreie Zeiten' : 'Entgeltpunkte für beitragsfreie und beitragsgeminderte Zeiten', decimal(epRest, 4)],
    ['Summe der Entgeltpunkte', decimal(ep, 4)],
    ['Zugangsfaktor', decimal(zf, 3)],
    ['persönliche Entgeltpunkte', decimal(pep, 4)],
    ['Rentenartfaktor', '1,0000'],
    [`aktueller Rentenwert ab ${ctx.ndate(julyBefore(ab))}`, `${decimal(rentenwert)} EUR`],
    ['Monatsbetrag der Rente (persönliche Entgeltpunkte × Rentenartfaktor × aktueller Rentenwert)', `${decimal(brutto)} EUR`],
  ];
  for (const [l, v] of calc) {
    d.row([{ x: d.left, text: l, width: 360 }, { x: d.right, text: v, align: 'right' }], { size: 9 });
    d.hline(d.y + 1, d.left, d.right, 0.3, LIGHT);
    d.move(3);
  }
  d.move(14);
  d.write('Anlage 2 – Nachzahlung und ihre Verteilung', { bold: true, size: 10.5 });
  d.move(4);
  const rows: Cell[][] = Array.from({ length: nachMonate }, (_, i) => {
    const mon = addMonths(ab, i);
    return [`${fake.MONTHS_DE[Number(mon.slice(5, 7)) - 1]} ${mon.slice(0, 4)}`, decimal(brutto), decimal(cents(kv + pv)), decimal(zahlbetrag)];
  });
  table(ctx, [
    { header: 'Monat', x: d.left },
    { header: 'Rente', x: d.left + 220, align: 'right' },
    { header: 'KV/PV', x: d.left + 320, align: 'right' },
    { header: 'Zahlbetrag', x: d.right, align: 'right' },
  ], rows, { size: 8.6, zebra: true });
  const sum = (l: string, v: number, bold = false) => d.row([{ x: d.left, text: l, bold }, { x: d.right, text: decimal(v), align: 'right', bold }], { size: 9 });
  sum('Nachzahlung insgesamt', nachzahlung, true);
  sum(`davon an ${sozial} (Az. ${sozialAz})`, anspruch);
  sum(`davon an ${herrnFrau} ${person.last} (IBAN ...${acc.iban.slice(-4)})`, rest);
  footer(d, [[traeger[0], `${traeger[1]} ${traeger[2]}`], ['Servicetelefon 0800 1000 4800', 'www.deutsche-rentenversicherung.de']], 'Seite x von y');
  ctx.set('name', fake.fullName(person));
  ctx.set('versicherungsnummer', vsnr);
  ctx.set('rente_brutto', brutto);
  ctx.set('zahlbetrag', zahlbetrag);
  ctx.set('gueltig_ab', ab);
}

/**
 * blind 14: the Knappschaft-Bahn-See's first notice of a miners' pension from the knappschaftliche
 * Rentenversicherung (Rente für Bergleute, § 45 SGB VI, or the old-age pension for miners long
 * employed underground, § 40 SGB VI): the KBS letterhead with a regional office; our reference,
 * insurance number and date beside the window; the letter's text in a narrower column with a
 * framed "Ihre Rentendaten" panel at its right (kind, start, monthly pension, health and care
 * contributions, amount paid, the Knappschaft as health insurer with its own health-insurance
 * number); the decision and the back payment in sentences, the last adjustment allowance
 * (Anpassungsgeld) or the pay from the job above ground and the earnings limit; page 2 with a
 * running head continues with the duties to report, the legal remedy and the greeting; an annex
 * working out the pension in two columns (general and miners' insurance: earnings points, the
 * underground supplement, access factor, pension-type factor, current pension value) with the sum.
 */
function blind14KnappschaftBergleute(ctx: Ctx): void {
  const rng = ctx.rng;
  const art = rng.pick([
    { name: 'Rente für Bergleute', lang: 'Rente für Bergleute wegen verminderter Berufsfähigkeit im Bergbau', norm: '§ 45 Abs. 1 SGB VI', born: [1964, 1975] as [number, number], raf: 0.5333, alt: false },
    { name: 'Rente für Bergleute', lang: 'Rente für Bergleute nach Vollendung des 50. Lebensjahres', norm: '§ 45 Abs. 3 SGB VI', born: [1966, 1974] as [number, number], raf: 0.5333, alt: false },
    { name: 'Altersrente für langjährig unter Tage beschäftigte Bergleute', lang: 'Altersrente für langjährig unter Tage beschäftigte Bergleute', norm: '§ 40 SGB VI', born: [1961, 1963] as [number, number], raf: 1.3333, alt: true },
  ]);
  // the notice's date and the start; no 1 July lies between them, so one amount applies throughout
  const mIndex = (v: IsoDate) => Number(v.slice(0, 4)) * 12 + Number(v.slice(5, 7)) - 1;
  const julyBefore = (v: IsoDate) => iso(Number(v.slice(5, 7)) >= 7 ? Number(v.slice(0, 4)) : Number(v.slice(0, 4)) - 1, 7, 1);
  let datum = ctx.today;
  if (mIndex(datum) - mIndex(julyBefore(datum)) < 1) datum = addDays(datum, rng.int(33, 45));
  const since = mIndex(datum) - mIndex(julyBefore(datum));
  const k = rng.int(1, Math.min(6, since));
  const ab = addMonths(firstOfMonth(datum), -k);
  const laufendAb = addMonths(firstOfMonth(datum), 1);
  const person = fake.person(rng, { bornFrom: art.born[0], bornTo: art.born[1], gender: rng.chance(0.85) ? 'm' : 'f' });
  person.title = undefined;
  // the old-age pension for miners begins in the month after the 62nd birthday
  if (art.alt) person.birth = iso(Number(ab.slice(0, 4)) - 62, Number(ab.slice(5, 7)) - 1, rng.int(1, 28));
  const address = fake.address(rng);
  const vsnr = fake.versicherungsnummer(rng, person);
  const rentenwert = ab >= '2025-07-01' ? 40.79 : ab >= '2024-07-01' ? 39.32 : 37.6;
  // earnings points: the general insurance and the miners' insurance with the underground supplement
  const epAllg = Math.round(rng.float(2, 14) * 10000) / 10000;
  const epKnapp = Math.round(rng.float(18, 34) * 10000) / 10000;
  const lz = Math.round(rng.float(1.2, 4.5) * 10000) / 10000;
  const zf = 1;
  const rafAllg = art.alt ? 1 : 0.4;
  const teilAllg = cents(epAllg * zf * rafAllg * rentenwert);
  const teilKnapp = cents((epKnapp + lz) * zf * art.raf * rentenwert);
  const brutto = cents(teilAllg + teilKnapp);
  const zusatz = rng.pick([2.2, 2.5, 2.7, 2.9]);
  const kvRate = 7.3 + zusatz / 2;
  const pvRate = ab >= '2025-01-01' ? rng.pick([3.6, 3.6, 4.2]) : rng.pick([3.4, 3.4, 4.0]);
  const kv = cents((brutto * kvRate) / 100);
  const pv = cents((brutto * pvRate) / 100);
  const zahlbetrag = cents(brutto - kv - pv);
  const nachMonate = mIndex(laufendAb) - mIndex(ab);
  const nachzahlung = cents(zahlbetrag * nachMonate);
  const kvnr = `${String.fromCharCode(65 + rng.int(0, 25))}${rng.digits(9)}`;
  const zeichen = `${rng.digits(2)} ${rng.digits(6)} ${rng.digits(2)}`;
  const rd = rng.pick([
    ['Regionaldirektion Cottbus', 'Thiemstraße 110', '03048', 'Cottbus'],
    ['Regionaldirektion Saarbrücken', 'St. Johanner Straße 46-48', '66111', 'Saarbrücken'],
    ['Regionaldirektion Chemnitz', 'Jagdschänkenstraße 50', '09117', 'Chemnitz'],
    ['Regionaldirektion Bochum', 'Pieperstraße 14-28', '44789', 'Bochum'],
    ['Regionaldirektion Hannover', 'Siemensstraße 7', '30173', 'Hannover'],
  ] as const);
  const steinkohle = ['Bergwerk Prosper-Haniel, Bottrop', 'Bergwerk Ibbenbüren', 'Bergwerk Saar, Ensdorf', 'Bergwerk Auguste Victoria, Marl'];
  // the adjustment allowance (Anpassungsgeld) was paid to former hard-coal miners only
  const revier = rng.pick(art.alt ? steinkohle : [...steinkohle, 'Tagebau Welzow-Süd (Lausitz Energie Bergbau AG)', 'Kalibergwerk Zielitz (K+S Minerals and Agriculture GmbH)', 'Wismut GmbH, Sanierungsbetrieb Ronneburg']);

  const ink: Color = [0.0, 0.33, 0.45];
  const d = ctx.start({ family: 'helvetica', size: 9.2, margins: { left: 62, right: 48, top: 56, bottom: 74 } });
  const m = (v: number) => ctx.money(v);
  // amounts in running text stay on one line (a thousands space must not break)
  const k1 = (s: string) => ctx.v('_keep', s);
  const dd = (v: IsoDate) => ctx.date(v);
  d.text(d.left, 42, 'Deutsche Rentenversicherung', { size: 9, color: ink });
  d.text(d.left, 58, 'Knappschaft-Bahn-See', { size: 15, bold: true, color: ink });
  d.rect(d.left, 63, 176, 2.2, { fill: [0.95, 0.6, 0.1] });
  d.text(d.right, 44, rd[0], { size: 8.5, bold: true, align: 'right' });
  d.text(d.right, 55, rd[1], { size: 8, align: 'right', color: GRAY });
  d.text(d.right, 65, `${rd[2]} ${rd[3]}`, { size: 8, align: 'right', color: GRAY });
  returnLine(d, `Knappschaft-Bahn-See · ${rd[0]} · ${rd[2]} ${rd[3]}`);
  addressWindow(d, recipientLines(ctx, person, address, { name: 'name' }));
  infoBlock(d, [
    [ctx.pick(['Versicherungsnummer'], ['Versicherungs-Nr.', 'Ihre Versicherungsnummer']), { text: rng.pick([fake.groupVsnr(vsnr), vsnr]), field: 'versicherungsnummer' }],
    ['Unser Zeichen', zeichen],
    ['Auskunft erteilt', `${rng.pick(['Frau', 'Herr'])} ${fake.person(rng).last}`],
    ['Telefon', `0${rng.pick(['355', '681', '371', '234', '511'])} ${rng.digits(3)}-${rng.digits(4)}`],
    ['Datum', ctx.ndate(datum)],
  ], { labelWidth: 108, size: 8.2 });

  // a running head on every following page
  d.onContinuation((doc) => {
    doc.text(doc.left, 38, `Versicherungsnummer ${fake.groupVsnr(vsnr)} · ${art.name} · Bescheid vom ${ctx.ndate(datum)}`, { size: 7.5, color: GRAY });
    doc.hline(43, doc.left, doc.right, 0.3, GRAY);
    doc.y = 58;
  });
  const she = person.gender === 'f';
  subject(d, [ctx.pick(['Rentenbescheid'], ['Bescheid über Ihre Rente', 'Bewilligung Ihrer Rente']), art.lang], 268);

  // the data panel at the right, the text in a narrower column at the left
  const px = d.right - 150;
  const pw = 150;
  const panelTop = d.y;
  const panel: [string, Cell][] = [
    ['Rentenart', art.name],
    [ctx.pick(['Rentenbeginn'], ['Rente ab', 'Leistungsbeginn']), { text: ctx.ndate(ab), field: 'gueltig_ab' }],
    [ctx.pick(['Monatliche Rente'], ['Rentenbetrag brutto', 'Monatsbetrag der Rente']), { text: m(brutto), field: 'rente_brutto' }],
    [`KVdR-Beitrag (${decimal(kvRate, 2)} %)`, m(-kv)],
    [`Pflegeversicherung (${decimal(pvRate, 1)} %)`, m(-pv)],
    [ctx.pick(['Zahlbetrag'], ['Monatlicher Auszahlungsbetrag', 'Überweisungsbetrag']), { text: m(zahlbetrag), field: 'zahlbetrag' }],
    ['Zahlung', `monatlich nachträglich, erstmals am ${ctx.ndate(addDays(addMonths(laufendAb, 1), -1))}`],
    ['Krankenversicherung', `KNAPPSCHAFT, Kranken-VersNr. ${kvnr}`],
  ];
  let py = panelTop + 22;
  const panelRows = panel.map(([l, v]) => {
    const c = typeof v === 'string' ? { text: v } : v;
    const lines = d.wrap(c.text, pw - 16, { size: 8.8, bold: !!c.field });
    return { l, c, lines };
  });
  const panelH = 26 + panelRows.reduce((s, r) => s + 11 + r.lines.length * 11.5 + 3, 0);
  d.rect(px, panelTop, pw, panelH, { fill: [0.93, 0.96, 0.97], stroke: ink, lineWidth: 0.6 });
  d.rect(px, panelTop, pw, 16, { fill: ink });
  d.text(px + 8, panelTop + 11.5, rng.pick(['Ihre Rentendaten', 'Auf einen Blick', 'Das Wichtigste']), { size: 8.5, bold: true, color: [1, 1, 1] });
  for (const r of panelRows) {
    d.text(px + 8, py + 6, r.l, { size: 7, color: GRAY });
    py += 11;
    r.lines.forEach((line, i) => d.text(px + 8, py + 7 + i * 11.5, line, { size: 8.8, bold: !!r.c.field, field: i === 0 ? r.c.field : undefined }));
    py += r.lines.length * 11.5 + 3;
  }
  const tw = px - 16 - d.left;
  const para = (t: string, opts: { bold?: boolean; after?: number } = {}) => d.para(t, { width: d.y < panelTop + panelH + 4 ? tw : undefined, bold: opts.bold, after: opts.after });

  para(she ? `Sehr geehrte Frau ${person.last},` : `Sehr geehrter Herr ${person.last},`, { after: 6 });
  para(`auf Ihren Antrag vom ${dd(addMonths(ab, -rng.int(2, 4)))} bewilligen wir Ihnen eine ${art.lang} (${art.norm}) aus der knappschaftlichen Rentenversicherung. Die Rente beginnt am ${dd(ab)} und wird ${art.alt ? 'bis zum Tod' : 'auf unbestimmte Dauer'} geleistet.`);
  para(`Die Rente beträgt monatlich ${k1(m(brutto))}. Davon tragen Sie den Beitragsanteil zur Krankenversicherung der Rentner und den Beitrag zur Pflegeversicherung; es verbleibt ein Zahlbetrag von ${k1(m(zahlbetrag))}.`);
  para(`Für die Zeit vom ${dd(ab)} bis ${dd(addDays(laufendAb, -1))} ergibt sich eine Nachzahlung von ${k1(m(nachzahlung))}. ${rng.chance(0.5) ? 'Sie wird zunächst einbehalten, bis geklärt ist, ob andere Stellen Erstattungsansprüche haben.' : 'Sie wird auf Ihr Konto überwiesen.'}`);
  const apg = cents(rng.float(1200, 2100));
  if (art.alt) para(`Das Anpassungsgeld für Arbeitnehmer des Steinkohlenbergbaus wurde Ihnen bis zum ${dd(addDays(ab, -1))} gezahlt, zuletzt ${k1(m(apg))} monatlich. Es endet mit dem Beginn dieser Rente; das Bundesamt für Wirtschaft und Ausfuhrkontrolle erhält eine Mitteilung.`);
  else para(`Ihre Beschäftigung über Tage bei ${revier} (zuletzt ${k1(m(cents(rng.float(2400, 3900))))} brutto monatlich) steht dem Anspruch nicht entgegen. Hinzuverdienst ist bei dieser Rente bis zur Hinzuverdienstgrenze von ${k1(m(rng.pick([20000, 19500, 18558.75])))} jährlich ohne Einfluss.`);
  const konto = fake.bankAccount(rng).iban;
  para(`Die Rente wird ab dem ${dd(laufendAb)} laufend auf Ihr Konto ${k1(`${konto.slice(0, 4)} **** **** **** **${konto.slice(-4, -2)} ${konto.slice(-2)}`)} gezahlt. Ihre Versicherungszeiten, die Berechnung der Rente und die Beitragsabzüge entnehmen Sie bitte den Anlagen.`);
  d.y = Math.max(d.y, panelTop + panelH + 10);
  d.para(`Zeiten ständiger Arbeiten unter Tage: ${rng.int(15, 27)} Jahre ${rng.int(0, 11)} Monate (${revier}). Knappschaftliche Wartezeit von 25 Jahren ${art.alt ? 'erfüllt' : 'bzw. 60 Kalendermonate erfüllt'}.`, { size: 8.5, color: GRAY });
  d.para(rng.pick(HINWEISE), { size: 8.5 });
  // the letter goes on on page 2: duties, legal remedy, greeting
  d.newPage();
  d.write(rng.pick(['Ihre Mitteilungspflichten', 'Was Sie uns mitteilen müssen']), { bold: true });
  d.para(art.alt
    ? 'Bitte teilen Sie uns unverzüglich mit, wenn Sie eine andere Rente, Versorgungsbezüge oder Leistungen aus einer berufsständischen Versorgung erhalten oder wenn sich Ihre Anschrift oder Bankverbindung ändert.'
    : 'Bitte teilen Sie uns jede Änderung Ihres Hinzuverdienstes, die Aufgabe der knappschaftlichen Beschäftigung über Tage sowie den Bezug anderer Sozialleistungen (zum Beispiel Krankengeld oder Arbeitslosengeld) unverzüglich mit.', { size: 8.8 });
  d.para('Ändert sich Ihr Krankenversicherungsschutz oder der Zusatzbeitrag Ihrer Krankenkasse, passen wir die Beitragsabzüge von Amts wegen an; Sie erhalten hierüber eine gesonderte Mitteilung.', { size: 8.8 });
  rechtsbehelf(ctx, `der Deutschen Rentenversicherung Knappschaft-Bahn-See, ${rd[0]}`);
  closing(ctx, { signer: 'Ihre Deutsche Rentenversicherung Knappschaft-Bahn-See' });

  d.move(6);
  d.write(`Anlage: Berechnung der Rente und der Beitragsabzüge`, { size: 8.5, color: GRAY });

  // annex: the calculation in two columns
  d.newPage();
  d.write('Anlage – Berechnung der Rente', { bold: true, size: 11 });
  d.para(`Die Rente setzt sich aus Teilbeträgen der allgemeinen und der knappschaftlichen Rentenversicherung zusammen (§ 79 ff. SGB VI).`, { size: 8.5 });
  const c1 = d.left + 330;
  const c2 = d.right;
  const f4 = (v: number) => decimal(v, 4);
  table(ctx, [
    { header: 'Berechnungsschritt', x: d.left, width: 250 },
    { header: 'allgemeine RV', x: c1, align: 'right' },
    { header: 'knappschaftliche RV', x: c2, align: 'right' },
  ], [
    ['Entgeltpunkte aus Beitragszeiten', f4(epAllg), f4(epKnapp)],
    ['Leistungszuschlag für ständige Arbeiten unter Tage (§ 85 SGB VI)', '–', f4(lz)],
    ['Summe der Entgeltpunkte', f4(epAllg), f4(Math.round((epKnapp + lz) * 10000) / 10000)],
    ['Zugangsfaktor', f4(zf), f4(zf)],
    ['Rentenartfaktor', f4(rafAllg), f4(art.raf)],
    [`aktueller Rentenwert (ab ${ctx.ndate(julyBefore(ab))})`, `${decimal(rentenwert)} EUR`, `${decimal(rentenwert)} EUR`],
    ['Monatsbetrag (Teilbetrag)', m(teilAllg), m(teilKnapp)],
  ], { grid: true, headerFill: LIGHT, size: 8.5 });
  d.row([{ x: d.left, text: 'Monatsbetrag der Rente insgesamt', bold: true }, { x: c2, text: m(brutto), bold: true, align: 'right' }], { minHeight: 16 });
  d.move(8);
  d.write('Beitragsabzüge', { bold: true, size: 10 });
  table(ctx, [
    { header: '', x: d.left, width: 280 },
    { header: 'monatlich', x: c2, align: 'right' },
  ], [
    ['Monatsbetrag der Rente', m(brutto)],
    [`Krankenversicherung: allgemeiner Beitragssatz 14,6 % zuzüglich Zusatzbeitrag ${decimal(zusatz, 1)} %, davon Ihr Anteil ${decimal(kvRate, 2)} %`, m(-kv)],
    [`Pflegeversicherung ${decimal(pvRate, 1)} % (von Ihnen allein zu tragen)`, m(-pv)],
    ['Zahlbetrag', m(zahlbetrag)],
  ], { size: 8.5 });
  d.para(`Die Nachzahlung für ${nachMonate} ${nachMonate === 1 ? 'Monat' : 'Monate'} ergibt sich aus ${nachMonate} × ${k1(m(zahlbetrag))} = ${k1(m(nachzahlung))}. Die Beiträge für diesen Zeitraum haben wir einbehalten und an die KNAPPSCHAFT abgeführt.`, { size: 8.5 });
  footer(d, [['Deutsche Rentenversicherung Knappschaft-Bahn-See', rd[0], `${rd[1]}, ${rd[2]} ${rd[3]}`], ['Servicetelefon 0800 1000 480 70 (kostenlos)', 'www.kbs.de'], ['Bankverbindung: Deutsche Bundesbank', `IBAN ${fake.groupIban(fake.germanIban('43000000', `00${rng.digits(8)}`))}`]], 'Seite x von y');
  ctx.set('name', fake.fullName(person));
  ctx.set('versicherungsnummer', vsnr);
  ctx.set('rente_brutto', brutto);
  ctx.set('zahlbetrag', zahlbetrag);
  ctx.set('gueltig_ab', ab);
}

/**
 * blind15: the DRV's notice that a pensioner's care-insurance contribution is lowered because
 * children under 25 were proven (child discount in the Pflegeversicherung, § 55 Abs. 3 SGB XI,
 * since 1 July 2023), with a refund of the contributions withheld too much. Page 1: the DRV
 * letterhead, a reference block at the right (insurance number, kind of pension, the day the
 * proofs were sent, date); the subject about the care contribution; the children as a small table
 * (name, birth date, counted until the end of the month of the 25th birthday, an older child only
 * as proof of parenthood); the monthly figures from the new day as a vertical ledger (pension,
 * health-insurance share with its rate, the care contribution at the lowered rate "statt" the old
 * one, the amount paid), the amount paid so far in a sentence; the refund's total and its period;
 * when the discount ends and the contribution rises again. Page 2: a running head and an annex
 * working out the refund per period (the pension of each adjustment year, the old and new rate,
 * the monthly difference, months, the sum).
 */
function blind15PflegeKinderabschlag(ctx: Ctx): void {
  const rng = ctx.rng;
  const d = ctx.start({ family: 'helvetica', size: 9.5, margins: { left: 66, right: 52, top: 60, bottom: 80 } });
  const W = d.contentWidth;
  const blue: Color = [0.0, 0.3, 0.6];
  const art = rng.pick([
    { name: 'Rente wegen voller Erwerbsminderung', born: [1970, 1977] as const, gender: undefined },
    { name: 'Rente wegen teilweiser Erwerbsminderung', born: [1970, 1977] as const, gender: undefined },
    { name: 'Altersrente für schwerbehinderte Menschen', born: [1960, 1962] as const, gender: 'm' as const },
    { name: 'Altersrente für besonders langjährig Versicherte', born: [1960, 1961] as const, gender: 'm' as const },
    { name: 'Altersrente für langjährig Versicherte', born: [1960, 1962] as const, gender: 'm' as const },
  ]);
  const person = fake.person(rng, { bornFrom: art.born[0], bornTo: art.born[1], gender: art.gender });
  const address = fake.address(rng);
  const vsnr = fake.versicherungsnummer(rng, person);
  const traeger = rng.pick(fake.DRV_TRAEGER.filter((t) => !t[0].includes('Knappschaft')));
  const ab = firstOfMonth(addMonths(ctx.today, 1));
  const nachweis = addDays(ctx.today, -rng.int(14, 60));
  const rentenBeginn = iso(rng.int(2018, 2023), rng.int(1, 12), 1);
  const refundStart = rentenBeginn > iso(2023, 7, 1) ? rentenBeginn : iso(2023, 7, 1);

  // the children: two to four under 25 on the new day, sometimes an older one
  const young = rng.int(2, 4);
  const kids: { p: fake.Person; until?: IsoDate }[] = [];
  const abYear = Number(ab.slice(0, 4));
  // siblings at least a year apart, the eldest counted one still under 25
  const parentYear = Number(person.birth.slice(0, 4));
  const youngestYear = Math.min(abYear - 4, Math.max(parentYear + rng.int(28, person.gender === 'f' ? 41 : 46), abYear - 15));
  let born = iso(youngestYear, rng.int(1, 12), rng.int(1, 28));
  for (let i = 0; i < young; i++) {
    const kid = fake.person(rng, { last: person.last });
    kid.birth = born;
    kids.push({ p: kid, until: lastOfMonth(addMonths(kid.birth, 25 * 12)) });
    born = addDays(born, -rng.int(400, 1000));
  }
  const olderYear = parentYear + rng.int(21, 27);
  if (rng.chance(0.4) && abYear - olderYear >= 27) kids.push({ p: fake.person(rng, { bornFrom: olderYear, bornTo: olderYear, last: rng.chance(0.7) ? person.last : fake.person(rng).last }) });
  kids.sort((a, b) => a.p.birth.localeCompare(b.p.birth));
  const abschlag = 0.25 * (Math.min(young, 5) - 1);
  const youngest = kids.filter((k) => k.until).map((k) => k.until!).sort().reverse();
  // the discount shrinks when the second-youngest counted child turns 25
  const nextEnd = youngest.length >= 2 ? [...youngest].sort()[0] : undefined;

  // the pension in each adjustment year from the earnings points
  const ep = rng.float(14, 46);
  const rw = (dt: IsoDate) => (dt >= iso(2025, 7, 1) ? 40.79 : dt >= iso(2024, 7, 1) ? 39.32 : 37.6);
  const bruttoAt = (dt: IsoDate) => cents(ep * rw(dt));
  const pvBase = (dt: IsoDate) => (dt >= iso(2025, 1, 1) ? 3.6 : 3.4);
  const brutto = bruttoAt(ab);
  const pvAlt = pvBase(ab);
  const pvNeu = cents(pvAlt - abschlag);
  const zusatz = rng.pick([2.5, 2.69, 2.9, 3.1, 3.3]);
  const kvRate = cents(7.3 + zusatz / 2);
  const kv = cents((brutto * kvRate) / 100);
  const pv = cents((brutto * pvNeu) / 100);
  const pvBisher = cents((brutto * pvAlt) / 100);
  const zahlbetrag = cents(brutto - kv - pv);
  const zahlBisher = cents(brutto - kv - pvBisher);

  // the refund per period: the pension changes each 1 July, the rate on 1 January 2025
  const bounds = [refundStart, iso(2024, 7, 1), iso(2025, 1, 1), iso(2025, 7, 1), ab].filter((x, i, a) => x >= refundStart && x <= ab && a.indexOf(x) === i).sort();
  const perioden = bounds.slice(0, -1).map((von, i) => {
    const bis = addDays(bounds[i + 1], -1);
    const months = (Number(bounds[i + 1].slice(0, 4)) - Number(von.slice(0, 4))) * 12 + Number(bounds[i + 1].slice(5, 7)) - Number(von.slice(5, 7));
    const r = bruttoAt(von);
    const alt = pvBase(von);
    const neu = cents(alt - abschlag);
    const diff = cents(cents((r * alt) / 100) - cents((r * neu) / 100));
    return { von, bis, months, r, alt, neu, diff, sum: cents(diff * months) };
  }).filter((p) => p.months > 0);
  const erstattung = cents(perioden.reduce((s, p) => s + p.sum, 0));
  const acc = fake.bankAccount(rng);
  const rate = (v: number) => `${decimal(v, 2)} %`;
  const vs = rng.pick([fake.groupVsnr(vsnr), fake.groupVsnr(vsnr), vsnr]);

  d.onContinuation((doc) => {
    doc.text(doc.left, 40, `Versicherungsnummer ${fake.groupVsnr(vsnr)} · ${person.last}, ${person.first}`, { size: 7.5, color: GRAY });
    doc.text(doc.right, 40, `Schreiben vom ${ctx.ndate(ctx.today)}`, { size: 7.5, color: GRAY, align: 'right' });
    doc.hline(45, doc.left, doc.right, 0.3, GRAY);
  });

  // letterhead
  d.text(d.left, 48, 'Deutsche Rentenversicherung', { size: 15, bold: true, color: blue });
  d.text(d.left, 62, traeger[0].replace('Deutsche Rentenversicherung', '').trim(), { size: 11, color: blue });
  const ort = fake.address(rng, { city: traeger[2] });
  returnLine(d, `${traeger[0]} · ${traeger[1]} ${traeger[2]}`);
  addressWindow(d, recipientLines(ctx, person, address, { name: 'name' }));
  const refs: [string, Cell][] = [
    [ctx.pick(['Versicherungsnummer'], ['Versicherungs-Nr.', 'Ihre Versicherungsnummer']), { text: vs, field: 'versicherungsnummer' }],
    ['Rentenart', art.name.replace('Rente wegen ', '').replace('Altersrente für ', 'AR ')],
    ['Ihre Nachweise vom', ctx.ndate(nachweis)],
    ['Servicetelefon', '0800 1000 4800'],
    ['Datum', ctx.ndate(ctx.today)],
  ];
  refs.forEach(([l, v], i) => {
    const y = 150 + i * 12.5;
    d.text(340, y, l, { size: 7.5, color: GRAY });
    const c = typeof v === 'string' ? { text: v } : v;
    d.text(d.right, y, c.text, { size: 8.5, field: c.field, bold: !!c.field, align: 'right' });
  });
  d.hline(150 + refs.length * 12.5 - 6, 340, d.right, 0.3, GRAY);

  d.y = 262;
  d.text(d.left, d.y + 11, ctx.pick(['Ihr Beitrag zur Pflegeversicherung'], ['Beitragsabschlag in der Pflegeversicherung für Ihre Kinder', 'Pflegeversicherungsbeitrag aus Ihrer Rente – Berücksichtigung von Kindern']), { size: 11, bold: true });
  d.text(d.left, d.y + 25, `${art.name} seit ${ctx.date(rentenBeginn)}`, { size: 9.5 });
  d.y += 40;
  d.write(person.gender === 'f' ? `Sehr geehrte Frau ${person.last},` : `Sehr geehrter Herr ${person.last},`);
  d.move(3);
  d.para(`seit dem 1. Juli 2023 verringert sich der Beitrag zur Pflegeversicherung für Eltern ab dem zweiten Kind um 0,25 Beitragssatzpunkte je Kind, solange das Kind das 25. Lebensjahr noch nicht vollendet hat (höchstens bis zum fünften Kind). Mit Ihren Unterlagen vom ${ctx.date(nachweis)} haben Sie uns folgende Kinder nachgewiesen:`);

  const kc = { name: d.left + 4, geb: d.left + 200, bis: d.left + 290 };
  d.rect(d.left, d.y, W, 14, { fill: [0.9, 0.94, 0.98] });
  d.row([
    { x: kc.name, text: 'Kind', bold: true },
    { x: kc.geb, text: 'geboren am', bold: true },
    { x: kc.bis, text: 'berücksichtigt beim Abschlag', bold: true },
  ], { minHeight: 14, size: 8.5 });
  for (const k of kids) {
    d.row([
      { x: kc.name, text: `${k.p.first} ${k.p.last}` },
      { x: kc.geb, text: ctx.ndate(k.p.birth) },
      { x: kc.bis, text: k.until ? `bis ${ctx.ndate(k.until)}` : 'nein (über 25 Jahre, nur Elterneigenschaft)' },
    ], { minHeight: 13, size: 8.5 });
    d.hline(d.y, d.left, d.right, 0.2, GRAY);
  }
  d.move(8);
  d.para(`Für ${young > 2 ? `${COUNT_WORDS[young]} Kinder` : 'zwei Kinder'} unter 25 Jahren beträgt der Abschlag ${decimal(abschlag, 2)} Beitragssatzpunkte. Ihr Beitragssatz zur Pflegeversicherung sinkt damit von ${rate(pvAlt)} auf ${rate(pvNeu)}. Den Beitrag tragen Sie als Rentnerin oder Rentner allein.`);

  d.write(`${ctx.pick(['Ihre Rente ab dem'], ['Das erhalten Sie ab dem', 'Monatliche Zahlung ab dem'])} ${ctx.v('gueltig_ab', ctx.date(ab))}`, { bold: true, size: 10 });
  d.move(2);
  const lx = d.left + 12;
  const vx = d.left + 330;
  const ledger: [string, string, string?, boolean?][] = [
    ['Monatliche Rente', ctx.money(brutto), 'rente_brutto'],
    [`abzüglich Beitragsanteil zur Krankenversicherung (${rate(kvRate)})`, ctx.money(kv)],
    [`abzüglich Beitrag zur Pflegeversicherung (${rate(pvNeu)} statt ${rate(pvAlt)})`, ctx.money(pv)],
    [ctx.pick(['Zahlbetrag'], ['Auszahlungsbetrag', 'verbleibender Betrag']), ctx.money(zahlbetrag), 'zahlbetrag', true],
  ];
  const ltop = d.y;
  ledger.forEach(([l, v, f, bold]) => {
    if (bold) d.hline(d.y + 1, lx, vx + 4, 0.8);
    d.row([{ x: lx, text: l, bold }, { x: vx, text: v, align: 'right', bold, field: f }], { minHeight: 15, size: 9.5 });
  });
  d.line(d.left + 2, ltop + 2, d.left + 2, d.y - 2, 2, blue);
  d.move(6);
  d.para(`Die geänderten Beträge gelten ab ${ctx.date(ab)}. Bisher haben wir Ihnen monatlich ${ctx.money(zahlBisher)} überwiesen. Die Rente wird weiterhin am Ende des Monats auf Ihr Konto bei der ${acc.bank.name} gezahlt.`);

  d.write('Erstattung', { bold: true, size: 10 });
  d.para(`Für die Zeit vom ${ctx.date(perioden[0].von)} bis ${ctx.date(addDays(ab, -1))} haben wir zu hohe Beiträge zur Pflegeversicherung einbehalten. Wir erstatten Ihnen ${ctx.money(erstattung)}. Der Betrag wird in den nächsten Wochen gesondert auf Ihr Konto ${ctx.iban(acc.iban)} überwiesen. Wie wir ihn berechnet haben, sehen Sie in der Anlage.`);
  if (nextEnd) {
    const later = cents(pvAlt - Math.max(0, abschlag - 0.25));
    d.para(`Bitte beachten Sie: Der Abschlag verringert sich, sobald ein berücksichtigtes Kind 25 Jahre alt wird. Nach ${ctx.date(nextEnd)} beträgt Ihr Beitragssatz voraussichtlich ${rate(later)}. Wir passen den Beitrag dann ohne weiteren Antrag an; Sie erhalten eine Mitteilung.`);
  }
  d.para(rng.pick(HINWEISE), { size: 8.5, color: GRAY });
  rechtsbehelf(ctx, `der ${traeger[0]}`);
  closing(ctx, { signer: rng.pick(['Ihre Deutsche Rentenversicherung', traeger[0]]) });

  // page 2: the refund worked out per period
  d.newPage();
  d.move(10);
  d.write(rng.pick(['Anlage – Berechnung der Erstattung', 'Anlage: Erstattung von Beiträgen zur Pflegeversicherung']), { bold: true, size: 11 });
  d.para('Der Beitrag wird aus der monatlichen Rente berechnet. Die Rente ändert sich jeweils zum 1. Juli (Rentenanpassung), der allgemeine Beitragssatz zur Pflegeversicherung hat sich zum 1. Januar 2025 von 3,40 % auf 3,60 % erhöht.', { size: 8.5 });
  const pc = { von: d.left + 2, mon: d.left + 140, r: d.left + 215, alt: d.left + 268, neu: d.left + 318, diff: d.left + 378, sum: d.right - 2 };
  d.rect(d.left, d.y, W, 24, { fill: [0.9, 0.94, 0.98] });
  d.row([
    { x: pc.von, text: 'Zeitraum', bold: true },
    { x: pc.mon, text: 'Monate', bold: true, align: 'right' },
    { x: pc.r, text: 'Rente monatlich', bold: true, align: 'right', width: 60 },
    { x: pc.alt, text: 'Satz bisher', bold: true, align: 'right', width: 40 },
    { x: pc.neu, text: 'Satz neu', bold: true, align: 'right', width: 40 },
    { x: pc.diff, text: 'Differenz monatlich', bold: true, align: 'right', width: 55 },
    { x: pc.sum, text: 'Erstattung', bold: true, align: 'right' },
  ], { minHeight: 24, size: 8 });
  d.move(2);
  for (const p of perioden) {
    d.row([
      { x: pc.von, text: `${ctx.ndate(p.von)} – ${ctx.ndate(p.bis)}` },
      { x: pc.mon, text: String(p.months), align: 'right' },
      { x: pc.r, text: decimal(p.r), align: 'right' },
      { x: pc.alt, text: rate(p.alt), align: 'right' },
      { x: pc.neu, text: rate(p.neu), align: 'right' },
      { x: pc.diff, text: decimal(p.diff), align: 'right' },
      { x: pc.sum, text: decimal(p.sum), align: 'right' },
    ], { minHeight: 14, size: 8.5 });
    d.hline(d.y, d.left, d.right, 0.2, GRAY);
  }
  d.move(2);
  d.row([{ x: pc.von, text: 'Erstattungsbetrag insgesamt', bold: true }, { x: pc.sum, text: ctx.money(erstattung), bold: true, align: 'right' }], { minHeight: 15, size: 9 });
  d.hline(d.y, d.left, d.right, 0.8);
  d.move(12);
  d.para(`Der Erstattungsbetrag wird nicht mit der laufenden Rente verrechnet. Eine Verzinsung erfolgt nach § 27 Abs. 1 SGB IV nur, wenn die Erstattung später als einen Kalendermonat nach Eingang Ihrer vollständigen Nachweise erfolgt.`, { size: 8.5, color: GRAY });
  footer(d, [[traeger[0], `${ort.street} ${ort.no}`, `${traeger[1]} ${traeger[2]}`], ['Servicetelefon 0800 1000 4800', 'www.deutsche-rentenversicherung.de'], ['Postanschrift', `${traeger[1]} ${traeger[2]}`]], rng.pick(['Seite x von y', 'x/y'] as const));
  ctx.set('name', fake.fullName(person));
  ctx.set('versicherungsnummer', vsnr);
  ctx.set('rente_brutto', brutto);
  ctx.set('zahlbetrag', zahlbetrag);
  ctx.set('gueltig_ab', ab);
}

export const rentenbescheid: DocumentKind = {
  type: 'rentenbescheid',
  layouts: [
    { id: 'drv-anpassung', build: anpassung },
    { id: 'drv-rentenbescheid', build: bescheidNeu },
    { id: 'drv-neuberechnung', build: neuberechnung },
    { id: 'witwenrente-fliesstext', holdout: true, build: witwenrente },
    { id: 'blind-rentenservice-mitteilung', holdout: true, build: blindRentenserviceMitteilung },
    { id: 'blind2-erwerbsminderung-befristet', holdout: true, build: blind2ErwerbsminderungBefristet },
    { id: 'blind3-altersrente-kv-zuschuss', holdout: true, build: blind3AltersrenteKvZuschuss },
    { id: 'blind4-halbwaisenrente-ausbildung', holdout: true, build: blind4HalbwaisenrenteAusbildung },
    { id: 'blind5-umwandlung-altersrente', holdout: true, build: blind5UmwandlungAltersrente },
    { id: 'blind6-grundrentenzuschlag', holdout: true, build: blind6Grundrentenzuschlag },
    { id: 'blind7-teilrente', holdout: true, build: blind7Teilrente },
    { id: 'blind8-erziehungsrente', holdout: true, build: blind8Erziehungsrente },
    { id: 'blind9-alterskasse-landwirte', holdout: true, build: blind9AlterskasseLandwirte },
    { id: 'blind10-versorgungsausgleich', holdout: true, build: blind10Versorgungsausgleich },
    { id: 'blind11-zwischenstaatlich-eu', holdout: true, build: blind11ZwischenstaatlichEu },
    { id: 'blind12-rentenbezugsbescheinigung', holdout: true, build: blind12Rentenbezugsbescheinigung },
    { id: 'blind13-betreuung-erstattung', holdout: true, build: blind13BetreuungErstattung },
    { id: 'blind14-knappschaft-bergleute', holdout: true, build: blind14KnappschaftBergleute },
    { id: 'blind15-pflege-kinderabschlag', holdout: true, build: blind15PflegeKinderabschlag },
  ],
};
