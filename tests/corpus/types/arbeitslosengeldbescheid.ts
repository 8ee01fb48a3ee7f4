/** Arbeitslosengeld (SGB III): Bewilligungsbescheid with a table, Änderungsbescheid old/new, a compact multi-page notice, an Aufhebung/Neubewilligung in running text and a letter with a numbered-box Berechnungsbogen (holdout). */
import { addressWindow, closing, footer, GRAY, infoBlock, LIGHT, recipientLines, rechtsbehelf, returnLine, subject, table, HINWEISE, RECHTSBEHELF, type Cell } from '../blocks.js';
import type { Ctx } from '../context.js';
import type { Color } from '../doc.js';
import { addDays, addMonths, iso, lastOfMonth, weekday, type IsoDate } from '../dates.js';
import * as fake from '../fake.js';
import { cents, decimal } from '../format.js';
import type { DocumentKind } from '../layout.js';
// (the daily wage tax in the calculation comes from the same approximate tariff as the payslips')
import { tarif } from './lohnabrechnung.js';

interface Alg {
  person: fake.Person;
  address: fake.Address;
  kdnr: string;
  agentur: string;
  bemessung: number;
  leistungsentgelt: number;
  satz: 60 | 67;
  taeglich: number;
  von: IsoDate;
  bis: IsoDate;
  dauer: number;
  klasse: number;
  /** Änderungsbescheid: the previous amount and the start of the change */
  alt?: number;
  altVon?: IsoDate;
}

function draw(ctx: Ctx, change: boolean): Alg {
  const person = fake.person(ctx.rng, { bornFrom: 1962, bornTo: 2003 });
  const address = fake.address(ctx.rng);
  const bemessung = cents(ctx.rng.float(45, 190));
  const leistungsentgelt = cents(bemessung * ctx.rng.float(0.6, 0.72));
  const satz = ctx.rng.chance(0.35) ? 67 : 60;
  const taeglich = cents((leistungsentgelt * satz) / 100);
  const dauer = ctx.rng.pick([180, 240, 300, 360, 360, 450, 540, 720]);
  const start = addDays(ctx.today, -ctx.rng.int(change ? 60 : 5, change ? 200 : 60));
  const bis = addDays(start, dauer - 1);
  const alg: Alg = { person, address, kdnr: fake.baKundennummer(ctx.rng), agentur: `Agentur für Arbeit ${address.city}`, bemessung, leistungsentgelt, satz, taeglich, von: start, bis, dauer, klasse: ctx.rng.pick([1, 3, 4, 5]) };
  if (change) {
    const neuVon = addDays(start, ctx.rng.int(30, 150));
    const alt = cents(taeglich - ctx.rng.float(-6, 8));
    return { ...alg, alt: alt === taeglich ? cents(alt - 1.13) : alt, altVon: start, von: neuVon };
  }
  return alg;
}

function truth(ctx: Ctx, a: Alg): void {
  ctx.set('name', fake.fullName(a.person));
  ctx.set('kundennummer', a.kdnr);
  ctx.set('leistungsbetrag_taeglich', a.taeglich);
  ctx.set('bewilligung_von', a.von);
  ctx.set('bewilligung_bis', a.bis);
}

const head = (ctx: Ctx, a: Alg) => {
  const d = ctx.doc;
  d.text(d.right, 46, 'Bundesagentur für Arbeit', { size: 13, bold: true, align: 'right', color: [0.75, 0.05, 0.1] });
  d.text(d.right, 60, a.agentur, { size: 10, align: 'right' });
  returnLine(d, `${a.agentur} · ${ctx.rng.digits(5)} ${a.address.city}`);
};
const infos = (ctx: Ctx, a: Alg, extra: [string, Cell][] = []) =>
  infoBlock(ctx.doc, [
    [ctx.pick(['Kundennummer', 'Kunden-Nr.'], ['Ihre Kundennummer']), { text: a.kdnr, field: 'kundennummer' }],
    ['Geschäftszeichen', `${ctx.rng.pick(['II', 'IV', 'V'])}-${ctx.rng.digits(4)}`],
    ['Telefon', '0800 4 5555 00'],
    ['Datum', ctx.ndate(ctx.today)],
    ...extra,
  ], { labelWidth: 82 });
const anrede = (p: fake.Person) => (p.gender === 'f' ? `Sehr geehrte Frau ${p.last},` : `Sehr geehrter Herr ${p.last},`);

/** A: Bewilligungsbescheid with the table of periods and amounts */
function bewilligung(ctx: Ctx): void {
  const a = draw(ctx, false);
  const d = ctx.start({ family: 'helvetica', size: 9.5 });
  head(ctx, a);
  addressWindow(d, recipientLines(ctx, a.person, a.address, { name: 'name' }));
  infos(ctx, a);
  subject(d, [ctx.pick(['Bewilligungsbescheid', 'Bescheid über die Bewilligung von Arbeitslosengeld'], ['Leistungsbescheid Arbeitslosengeld']), ctx.rng.chance(0.5) ? 'Arbeitslosengeld nach dem Dritten Buch Sozialgesetzbuch (SGB III)' : '']);
  d.write(anrede(a.person));
  d.move(4);
  d.para(`auf Ihren Antrag vom ${ctx.date(addDays(a.von, -ctx.rng.int(3, 30)))} bewillige ich Ihnen Arbeitslosengeld ab ${ctx.date(a.von)} für ${a.dauer} Kalendertage. Die Höhe ergibt sich aus der folgenden Aufstellung:`);
  const rows: Cell[][] = [[
    { text: ctx.ndate(a.von), field: 'bewilligung_von' },
    { text: ctx.ndate(a.bis), field: 'bewilligung_bis' },
    decimal(a.bemessung),
    `${a.klasse}`,
    `${a.satz} %`,
    { text: decimal(a.taeglich), field: 'leistungsbetrag_taeglich' },
  ]];
  table(ctx, [
    { header: 'von', x: d.left },
    { header: 'bis', x: d.left + 65 },
    { header: 'Bemessungsentgelt täglich', x: d.left + 130, width: 85 },
    { header: 'StKl.', x: d.left + 225 },
    { header: 'Leistungs-satz', x: d.left + 265, width: 50 },
    { header: ctx.pick(['Leistungsbetrag täglich in Euro', 'täglicher Leistungsbetrag EUR'], ['Arbeitslosengeld je Tag']), x: d.right, align: 'right', width: 110 },
  ], rows, { grid: true, headerFill: LIGHT, size: 8.5 });
  d.para(`Für einen vollen Kalendermonat (30 Tage) ergibt dies einen Betrag von ${ctx.money(cents(a.taeglich * 30))}. Das Leistungsentgelt beträgt täglich ${ctx.money(a.leistungsentgelt)}. Die Zahlung erfolgt monatlich nachträglich auf Ihr Konto.`);
  d.para(`Sie haben Anspruch auf Arbeitslosengeld für ${a.dauer} Tage. Der Anspruch mindert sich um jeden Tag, für den Arbeitslosengeld gezahlt wird.`);
  d.para(ctx.rng.pick(HINWEISE));
  rechtsbehelf(ctx, `der ${a.agentur}`);
  closing(ctx, { signer: fake.fullName(fake.person(ctx.rng)), auftrag: true });
  footer(d, [[a.agentur, `${a.address.plz} ${a.address.city}`], ['Bundesbank Filiale', `IBAN DE${ctx.rng.digits(2)} 7600 0000 00${ctx.rng.digits(2)} ${ctx.rng.digits(4)} ${ctx.rng.digits(2)}`]], 'Seite x von y');
  truth(ctx, a);
}

/** B: Änderungsbescheid: the old and the new amount in a table, the new period */
function aenderung(ctx: Ctx): void {
  const a = draw(ctx, true);
  const d = ctx.start({ family: 'helvetica', size: 9.5 });
  head(ctx, a);
  addressWindow(d, recipientLines(ctx, a.person, a.address, { name: 'name' }));
  infos(ctx, a);
  subject(d, [ctx.pick(['Änderungsbescheid', 'Änderungsbescheid über Arbeitslosengeld'], ['Bescheid über die Änderung der Leistung'])]);
  d.write(anrede(a.person));
  d.move(4);
  const grund = ctx.rng.pick(['eines Wechsels Ihrer Lohnsteuerklasse', 'der Berücksichtigung eines Kindes', 'einer Neuberechnung des Bemessungsentgelts', 'einer Änderung Ihrer Verhältnisse']);
  d.para(`wegen ${grund} wird die Entscheidung vom ${ctx.date(a.altVon!)} über die Bewilligung von Arbeitslosengeld ab ${ctx.date(a.von)} teilweise aufgehoben und wie folgt geändert:`);
  const rows: Cell[][] = [
    ['bisher', ctx.ndate(a.altVon!), ctx.ndate(addDays(a.von, -1)), decimal(a.alt!)],
    ['neu', { text: ctx.ndate(a.von), field: 'bewilligung_von' }, { text: ctx.ndate(a.bis), field: 'bewilligung_bis' }, { text: decimal(a.taeglich), field: 'leistungsbetrag_taeglich' }],
  ];
  table(ctx, [
    { header: '', x: d.left },
    { header: 'Zeitraum von', x: d.left + 60 },
    { header: 'bis', x: d.left + 160 },
    { header: ctx.pick(['täglicher Leistungsbetrag (EUR)', 'Leistungsbetrag kalendertäglich'], ['Tagessatz in Euro']), x: d.right, align: 'right' },
  ], rows, { grid: true, headerFill: LIGHT });
  const diff = cents((a.taeglich - a.alt!) * 30);
  d.para(diff >= 0 ? `Für die Zeit ab ${ctx.date(a.von)} ergibt sich eine Nachzahlung; der Differenzbetrag von monatlich ${ctx.money(Math.abs(diff))} wird mit der nächsten Zahlung überwiesen.` : `Die Überzahlung für die Zeit ab ${ctx.date(a.von)} beträgt ${ctx.money(Math.abs(diff))}; hierüber erhalten Sie einen gesonderten Bescheid.`);
  d.para('Im Übrigen bleibt der Bewilligungsbescheid unverändert.');
  rechtsbehelf(ctx, `der ${a.agentur}`);
  closing(ctx, { signer: fake.fullName(fake.person(ctx.rng)), auftrag: true });
  truth(ctx, a);
}

/** C: a compact notice: key facts as a grid, the calculation and the hints on further pages */
function kompakt(ctx: Ctx): void {
  const a = draw(ctx, false);
  const d = ctx.start({ family: ctx.rng.pick(['helvetica', 'times']), size: 9.5 });
  head(ctx, a);
  addressWindow(d, recipientLines(ctx, a.person, a.address));
  infos(ctx, a, [['Team', `${ctx.rng.int(101, 499)}`]]);
  subject(d, ['Arbeitslosengeld – Bewilligung']);
  d.write(anrede(a.person));
  d.para('über Ihren Anspruch auf Arbeitslosengeld habe ich wie folgt entschieden:');
  const rows: [string, Cell][] = [
    ['Name', { text: ctx.name(a.person), field: 'name' }],
    [ctx.pick(['Anspruchsbeginn', 'Beginn der Leistung'], ['Leistungsbeginn']), { text: ctx.date(a.von), field: 'bewilligung_von' }],
    [ctx.pick(['Bewilligt bis', 'Ende des Bewilligungszeitraums'], ['Leistungsende']), { text: ctx.date(a.bis), field: 'bewilligung_bis' }],
    ['Anspruchsdauer', `${a.dauer} Kalendertage`],
    ['Bemessungsentgelt (täglich)', ctx.money(a.bemessung)],
    ['Leistungsentgelt (täglich)', ctx.money(a.leistungsentgelt)],
    ['Leistungssatz', `${a.satz} Prozent`],
    [ctx.pick(['Leistungsbetrag täglich', 'Arbeitslosengeld täglich'], ['Höhe je Kalendertag']), { text: ctx.money(a.taeglich), field: 'leistungsbetrag_taeglich' }],
    ['Monatsbetrag (30 Tage)', ctx.money(cents(a.taeglich * 30))],
  ];
  for (const [l, v] of rows) {
    const c = typeof v === 'string' ? { text: v } : v;
    d.row([{ x: d.left + 10, text: l, color: GRAY }, { x: d.left + 200, text: c.text, field: c.field, bold: !!c.field }], { minHeight: 14 });
  }
  d.move(8);
  d.para('Die Berechnung ist in der Anlage erläutert. Bitte beachten Sie die Hinweise auf den folgenden Seiten.');
  closing(ctx, { signer: fake.fullName(fake.person(ctx.rng)), auftrag: true });
  d.newPage();
  d.write('Hinweise', { bold: true, size: 11 });
  for (const h of ctx.rng.sample(HINWEISE, 4)) d.para(h);
  d.para('Sie sind verpflichtet, jede Änderung in Ihren Verhältnissen, die für den Leistungsanspruch erheblich ist, unverzüglich mitzuteilen, insbesondere die Aufnahme einer Beschäftigung, einer selbständigen Tätigkeit oder einer Nebenbeschäftigung, Arbeitsunfähigkeit und Ortsabwesenheit.');
  rechtsbehelf(ctx, `der ${a.agentur}`);
  footer(d, [[a.agentur], [`Kundennummer ${a.kdnr}`]], 'Seite x von y');
  truth(ctx, a);
}

/** D (holdout): Aufhebung and Neubewilligung in running text, new amount and period inside sentences */
function aenderungFliesstext(ctx: Ctx): void {
  const a = draw(ctx, true);
  const d = ctx.start({ family: 'times', size: 10.5 });
  d.text(d.left, 48, `Bundesagentur für Arbeit – ${a.agentur}`, { size: 11, bold: true });
  d.text(d.left, 62, `Operativer Service · ${a.address.city}`, { size: 9 });
  addressWindow(d, recipientLines(ctx, a.person, a.address, { name: 'name' }));
  d.y = 238;
  d.row([{ x: d.left, text: `${ctx.pick([], ['Kd.-Nr.', 'Kundennr.'])} ${a.kdnr}`, field: 'kundennummer' }, { x: d.right, text: `${a.address.city}, ${ctx.date(ctx.today)}`, align: 'right' }]);
  d.move(10);
  d.write(ctx.pick([], ['Aufhebung und Neubewilligung von Arbeitslosengeld', 'Bescheid über die Neufestsetzung Ihres Arbeitslosengeldes']), { bold: true, size: 11.5 });
  d.move(4);
  d.write(anrede(a.person));
  d.para(`mit Bescheid vom ${ctx.date(a.altVon!)} hatte ich Ihnen Arbeitslosengeld in Höhe von ${ctx.money(a.alt!)} täglich bewilligt. Aufgrund der vorgelegten Unterlagen ist die Leistung neu festzusetzen.`);
  d.para(`Ab dem ${ctx.v('bewilligung_von', ctx.date(a.von))} beträgt Ihr Arbeitslosengeld ${ctx.v('leistungsbetrag_taeglich', ctx.money(a.taeglich))} kalendertäglich. Die Bewilligung gilt bis einschließlich ${ctx.v('bewilligung_bis', ctx.date(a.bis))}, sofern sich Ihre Verhältnisse nicht ändern.`);
  d.para(`Der Restanspruch beträgt zum ${ctx.date(a.von)} noch ${a.dauer - Math.round((Date.parse(a.von) - Date.parse(a.altVon!)) / 86400000)} Tage. Ein monatlicher Zahlbetrag von etwa ${ctx.money(cents(a.taeglich * 30))} wird jeweils am Monatsende überwiesen.`);
  d.para(ctx.rng.pick(HINWEISE));
  rechtsbehelf(ctx, `der ${a.agentur}`);
  closing(ctx, { signer: fake.fullName(fake.person(ctx.rng)), role: 'Leistungsgewährung', auftrag: true });
  truth(ctx, a);
}

/**
 * E (holdout, blind): a short decision letter that refers to an enclosure, and the enclosure
 * "Berechnungsbogen" as a form of numbered boxes (label above value): assessment period and
 * assessment pay as distractors, sometimes a period in which the claim rests before payment starts.
 */
function blindAnlageBerechnungsbogen(ctx: Ctx): void {
  const a = draw(ctx, false);
  const ruht = ctx.rng.chance(0.4) ? ctx.rng.pick([7, 14, 21, 30]) : 0;
  const arbeitslos = addDays(a.von, -ruht);
  const d = ctx.start({ family: 'helvetica', size: 9.5 });
  d.text(d.left, 46, 'Bundesagentur für Arbeit', { size: 12, bold: true });
  d.text(d.left, 59, `${a.agentur} · Team Arbeitslosengeld ${ctx.rng.int(100, 499)}`, { size: 9 });
  returnLine(d, `${a.agentur} · Postfach · ${a.address.plz} ${a.address.city}`);
  addressWindow(d, recipientLines(ctx, a.person, a.address, { name: 'name' }));
  const kdLabel = ctx.rng.pick(['BA-Kundennummer', 'Unser Zeichen (Kundennummer)']);
  infoBlock(d, [
    [kdLabel, { text: a.kdnr, field: 'kundennummer' }],
    ['BG-Nummer', `${ctx.rng.digits(5)}BG${ctx.rng.digits(7)}`],
    ['Service-Telefon', '0800 4 5555 00'],
    ['Datum', ctx.ndate(ctx.today)],
  ], { labelWidth: 122, x: 330 });
  subject(d, ['Entscheidung über Ihren Antrag auf Arbeitslosengeld']);
  d.write(anrede(a.person));
  d.move(4);
  d.para(`Ihrem Antrag vom ${ctx.date(addDays(arbeitslos, -ctx.rng.int(5, 40)))} wird entsprochen. Sie erhalten Arbeitslosengeld nach dem Dritten Buch Sozialgesetzbuch. Wie sich die Höhe und die Dauer Ihres Anspruchs ergeben, entnehmen Sie bitte dem beigefügten Berechnungsbogen; er ist Bestandteil dieses Bescheides.`);
  if (ruht) d.para(`Sie haben sich zum ${ctx.date(arbeitslos)} arbeitslos gemeldet. Wegen einer Urlaubsabgeltung ruht Ihr Anspruch vom ${ctx.date(arbeitslos)} bis ${ctx.date(addDays(a.von, -1))}; für diese Zeit wird keine Leistung gezahlt.`);
  d.para('Das Arbeitslosengeld wird monatlich nachträglich auf das von Ihnen angegebene Konto überwiesen. Bitte prüfen Sie die Angaben im Berechnungsbogen und teilen Sie uns Unrichtigkeiten mit.');
  d.para(ctx.rng.pick(HINWEISE));
  rechtsbehelf(ctx, `der ${a.agentur}`);
  closing(ctx, { signer: fake.fullName(fake.person(ctx.rng)), auftrag: true });
  d.newPage();
  d.write('Anlage – Berechnungsbogen Arbeitslosengeld', { size: 12, bold: true });
  d.write(`zum Bescheid vom ${ctx.ndate(ctx.today)} · ${kdLabel} ${a.kdnr}`, { size: 8.5, color: GRAY });
  d.move(6);
  const W = d.contentWidth;
  const boxRow = (cells: [number, string, string, Cell][]) => {
    let x = d.left;
    const top = d.y;
    for (const [w, no, label, value] of cells) {
      const v = typeof value === 'string' ? { text: value } : value;
      d.rect(x, top, W * w, 30, { stroke: [0, 0, 0], lineWidth: 0.5 });
      d.rect(x, top, 16, 11, { fill: LIGHT });
      d.text(x + 3, top + 8, no, { size: 6.5, bold: true });
      d.text(x + 20, top + 8, label, { size: 6.5, color: GRAY });
      d.text(x + 5, top + 24, v.text, { size: 10, field: v.field });
      x += W * w;
    }
    d.y = top + 30;
  };
  const bemVon = addDays(arbeitslos, -365);
  const sec = (t: string) => {
    d.move(8);
    d.write(t, { bold: true, size: 9 });
  };
  sec('Bemessung');
  boxRow([[0.5, '01', 'Bemessungszeitraum', `${ctx.ndate(bemVon)} – ${ctx.ndate(addDays(arbeitslos, -1))}`], [0.25, '02', 'Tage mit Entgelt', String(ctx.rng.int(300, 365))], [0.25, '03', 'beitragspfl. Entgelt gesamt', ctx.money(cents(a.bemessung * 365))]]);
  boxRow([[0.34, '04', 'Bemessungsentgelt je Tag', ctx.money(a.bemessung)], [0.33, '05', 'Steuerklasse', String(a.klasse)], [0.33, '06', 'Sozialversicherungspauschale', '20 %']]);
  boxRow([[0.34, '07', 'Leistungsentgelt je Tag', ctx.money(a.leistungsentgelt)], [0.33, '08', 'Prozentsatz', `${a.satz} %${a.satz === 67 ? ' (mit Kind)' : ''}`], [0.33, '09', ctx.rng.pick(['Tagesleistung', 'Leistungshöhe je Kalendertag']), { text: ctx.money(a.taeglich), field: 'leistungsbetrag_taeglich' }]]);
  sec('Anspruch und Zahlung');
  boxRow([[0.34, '10', 'Anspruchsdauer (Kalendertage)', String(a.dauer)], [0.33, '11', 'Tag der Arbeitslosmeldung', ctx.ndate(arbeitslos)], [0.33, '12', 'Anspruch ruht bis', ruht ? ctx.ndate(addDays(a.von, -1)) : '–']]);
  boxRow([[0.5, '13', ctx.rng.pick(['Bewilligungsabschnitt vom', 'Zahlung für die Zeit ab']), { text: ctx.ndate(a.von), field: 'bewilligung_von' }], [0.5, '14', ctx.rng.pick(['Bewilligungsabschnitt bis', 'Zahlung längstens bis']), { text: ctx.ndate(a.bis), field: 'bewilligung_bis' }]]);
  boxRow([[0.5, '15', 'Zahlbetrag für 30 Tage', ctx.money(cents(a.taeglich * 30))], [0.5, '16', 'Kranken- und Pflegeversicherung', 'Beiträge trägt die Bundesagentur']]);
  d.move(10);
  d.para('Erläuterung: Das Leistungsentgelt ist das um pauschalierte Abzüge (Sozialversicherungspauschale, Lohnsteuer, Solidaritätszuschlag) verminderte Bemessungsentgelt. Der Prozentsatz beträgt 67, wenn Sie oder Ihr Ehegatte mindestens ein Kind im Sinne des Einkommensteuerrechts haben, sonst 60.', { size: 8 });
  d.para('Nebeneinkommen bis 165 Euro monatlich bleiben anrechnungsfrei. Jede Aufnahme einer Tätigkeit ist vorher mitzuteilen.', { size: 8 });
  footer(d, [[a.agentur], [`${kdLabel} ${a.kdnr}`]], 'Seite x von y');
  truth(ctx, a);
}

/**
 * F (holdout, blind 2): a notice that decides a blocking period (Sperrzeit) and the benefit at once:
 * the customer number under "please quote", an overview table with a header row and one row per
 * period (blocking period at 0,00, then the benefit), the claim reduced by a quarter, the monthly
 * figure and the assessment pay in the text as distractors.
 */
function blind2SperrzeitUebersicht(ctx: Ctx): void {
  const drawn = draw(ctx, false);
  const sperrTage = ctx.rng.pick([84, 84, 42, 21]);
  const meldung = addDays(ctx.today, -ctx.rng.int(12, 45));
  const a: Alg = { ...drawn, von: addDays(meldung, sperrTage), bis: addDays(meldung, sperrTage + drawn.dauer - 1) };
  const voll = Math.round(a.dauer / 0.75 / 30) * 30;
  const d = ctx.start({ family: ctx.rng.pick(['helvetica', 'times']), size: 9.5 });
  d.text(d.left, 44, 'Bundesagentur für Arbeit', { size: 12.5, bold: true, color: [0.75, 0.05, 0.1] });
  d.text(d.left, 57, a.agentur, { size: 9.5 });
  d.text(d.left, 68, ctx.rng.pick(['Leistungsgewährung SGB III', 'Operativer Service – Team Arbeitslosengeld']), { size: 8, color: GRAY });
  returnLine(d, `${a.agentur} · ${a.address.plz} ${a.address.city}`);
  addressWindow(d, recipientLines(ctx, a.person, a.address, { name: 'name' }));
  const x = 355;
  d.rect(x - 6, 144, d.right - x + 6, 40, { fill: [0.95, 0.95, 0.95] });
  d.text(x, 155, ctx.rng.pick(['Bitte bei jeder Antwort angeben:', 'Bei Rückfragen bitte immer angeben:']), { size: 7.5, color: GRAY });
  d.text(x, 172, a.kdnr, { size: 12, bold: true, font: 'courier-bold', field: 'kundennummer' });
  d.text(x, 198, `${a.address.city}, ${ctx.date(ctx.today)}`, { size: 9 });
  d.text(x, 210, `Zimmer ${ctx.rng.int(1, 4)}${ctx.rng.digits(2)} · Tel. 0800 4 5555 00`, { size: 8, color: GRAY });
  subject(d, [ctx.rng.pick(['Ihr Antrag auf Arbeitslosengeld – Sperrzeit und Leistungsbeginn', 'Bescheid über den Eintritt einer Sperrzeit und die Bewilligung von Arbeitslosengeld'])]);
  d.write(anrede(a.person));
  d.move(3);
  const grund = sperrTage === 84 ? 'Sie haben Ihr Beschäftigungsverhältnis selbst gelöst (Sperrzeit bei Arbeitsaufgabe, § 159 Abs. 1 Satz 2 Nr. 1 SGB III)' : sperrTage === 42 ? 'Sie haben eine zumutbare Beschäftigung nicht angenommen (§ 159 Abs. 1 Satz 2 Nr. 2 SGB III)' : 'Sie haben sich verspätet arbeitsuchend gemeldet (§ 159 Abs. 1 Satz 2 Nr. 7 SGB III)';
  d.para(`${grund}. Für einen wichtigen Grund haben Sie keine ausreichenden Nachweise vorgelegt. Ihr Anspruch ruht deshalb für ${sperrTage} Tage ab dem ${ctx.date(meldung)}.`);
  if (sperrTage === 84) d.para(`Die Anspruchsdauer von ${voll} Tagen mindert sich um ein Viertel auf ${a.dauer} Tage.`);
  d.para(`Im Anschluss bewillige ich Ihnen Arbeitslosengeld. Die Zeiträume und Beträge entnehmen Sie bitte der folgenden Übersicht:`);
  const m = (v: number) => ctx.money(v);
  const rows: Cell[][] = [
    [ctx.ndate(meldung), ctx.ndate(addDays(a.von, -1)), 'Sperrzeit – Anspruch ruht', m(0)],
    [{ text: ctx.ndate(a.von), field: 'bewilligung_von' }, { text: ctx.ndate(a.bis), field: 'bewilligung_bis' }, `Arbeitslosengeld (${a.satz} %)`, { text: m(a.taeglich), field: 'leistungsbetrag_taeglich' }],
  ];
  table(ctx, [
    { header: 'vom', x: d.left },
    { header: 'bis', x: d.left + 70 },
    { header: 'Entscheidung', x: d.left + 145 },
    { header: ctx.rng.pick(['Betrag je Kalendertag', 'kalendertäglich']), x: d.right, align: 'right' },
  ], rows, { grid: true, headerFill: LIGHT });
  d.para(`Grundlage ist ein Bemessungsentgelt von ${m(a.bemessung)} täglich (Lohnsteuerklasse ${a.klasse}); nach Abzug der pauschalierten Abzüge ergibt sich ein Leistungsentgelt von ${m(a.leistungsentgelt)} täglich. Für einen Kalendermonat mit 30 Tagen zahle ich Ihnen ${m(cents(a.taeglich * 30))}.`);
  d.para('Während der Sperrzeit sind Sie ab dem zweiten Monat über die Agentur für Arbeit kranken- und pflegeversichert. Bitte melden Sie sich weiterhin regelmäßig und nehmen Sie Vermittlungsvorschläge wahr.');
  d.para(ctx.rng.pick(HINWEISE));
  rechtsbehelf(ctx, `der ${a.agentur}`);
  closing(ctx, { signer: fake.fullName(fake.person(ctx.rng)), auftrag: true });
  footer(d, [[a.agentur, `${a.address.plz} ${a.address.city}`], ['Internet: www.arbeitsagentur.de', `Kd-Nr ${a.kdnr}`]], 'Seite x von y');
  truth(ctx, a);
}

/**
 * G (holdout, blind 3): the re-grant of unemployment benefit from a remaining claim after a job
 * in between: the customer number under its label in a contact panel at the right, the decision
 * in a framed box (start and end of the re-grant in one sentence, the daily amount below), a
 * table of the claim's duration (original duration from the day the claim arose, days already
 * drawn with their period, remaining days), the interruption by the job, the day the claim
 * expires, the assessment (Bemessungsentgelt, tax class, Leistungsentgelt, rate; sometimes the
 * earlier daily amount under another tax class) and the expected payments per month.
 */
function blind3WiederbewilligungRestanspruch(ctx: Ctx): void {
  const rng = ctx.rng;
  const person = fake.person(rng, { bornFrom: 1962, bornTo: 2001 });
  const address = fake.address(rng);
  const kdnr = fake.baKundennummer(rng);
  const agentur = `Agentur für Arbeit ${address.city}`;
  const von = addDays(ctx.today, -rng.int(3, 40));
  const dauer = rng.pick([180, 240, 300, 360, 360, 450, 540]);
  const used = rng.int(30, dauer - 30);
  const rest = dauer - used;
  const bis = addDays(von, rest - 1);
  const jobStart = addDays(von, -rng.int(45, 330));
  const jobEnd = addDays(von, -1);
  const drawnBis = addDays(jobStart, -1);
  const drawnVon = addDays(drawnBis, -(used - 1));
  const entstehung = drawnVon;
  const employer = fake.employerName(rng, address.city);
  const factor = (k: number) => (k === 3 ? 0.74 : k === 5 ? 0.57 : 0.66);
  const bemessung = cents(rng.float(45, 190));
  const klasse = rng.pick([1, 3, 4, 5]);
  const klasseAlt = rng.chance(0.3) ? rng.pick([1, 3, 4, 5].filter((k) => k !== klasse)) : klasse;
  const satz = rng.chance(0.35) ? 67 : 60;
  const noise = rng.float(-0.02, 0.02);
  const leistungsentgelt = cents(bemessung * (factor(klasse) + noise));
  const taeglich = cents((leistungsentgelt * satz) / 100);
  const taeglichAlt = cents((cents(bemessung * (factor(klasseAlt) + noise)) * satz) / 100);
  const meldung = addDays(von, -rng.int(0, 2));
  const acc = fake.bankAccount(rng);

  const d = ctx.start({ family: 'helvetica', size: 9.5, margins: { left: 66, right: 50, top: 50, bottom: 74 } });
  const red: readonly [number, number, number] = [0.78, 0.07, 0.12];
  d.rect(d.left, 36, 22, 22, { fill: red });
  d.text(d.left + 30, 47, 'Bundesagentur für Arbeit', { size: 12, bold: true });
  d.text(d.left + 30, 59, agentur, { size: 9 });
  returnLine(d, `${agentur} · Postfach · ${address.plz} ${address.city}`);
  addressWindow(d, recipientLines(ctx, person, address, { name: 'name' }));
  // contact panel: label above value
  const px = 376;
  let py = 112;
  const panel = (label: string, value: Cell, big = false) => {
    const v = typeof value === 'string' ? { text: value } : value;
    d.text(px, py, label, { size: 7, color: GRAY });
    d.text(px, py + (big ? 13 : 10.5), v.text, { size: big ? 11.5 : 8.5, bold: big, field: v.field });
    py += big ? 24 : 21;
  };
  panel(ctx.pick(['Kundennummer'], ['Ihre Kundennummer', 'Kunden-Nr. (bitte immer angeben)']), { text: kdnr, field: 'kundennummer' }, true);
  panel('Geschäftszeichen', `${rng.pick(['712', '713', '721'])}.${rng.int(1, 9)} – ${rng.pick(['ALG', 'LB'])} ${rng.digits(5)}`);
  panel('Ihr Team', `Leistungsgewährung ${rng.int(1, 12)}`);
  panel('Telefon', '0800 4 5555 00 (gebührenfrei)');
  panel('Datum', ctx.ndate(ctx.today));
  d.y = Math.max(py + 10, 272);
  subject(d, [ctx.pick(['Wiederbewilligung von Arbeitslosengeld'], ['Bescheid über die erneute Bewilligung von Arbeitslosengeld (Restanspruch)', 'Arbeitslosengeld – Bewilligung aus Ihrem bisherigen Anspruch'])], d.y);
  d.para(person.gender === 'f' ? `Sehr geehrte Frau ${person.last},` : `Sehr geehrter Herr ${person.last},`);
  d.para(`Sie haben sich am ${ctx.date(meldung)} erneut arbeitslos gemeldet und Arbeitslosengeld beantragt. Sie erhalten wieder Arbeitslosengeld aus Ihrem Anspruch, der am ${ctx.date(entstehung)} entstanden ist.`);
  // the decision, framed with a bar at the left
  d.ensure(80);
  const top = d.y;
  d.move(6);
  d.text(d.left + 12, d.y + 9, 'Entscheidung', { bold: true, size: 10 });
  d.move(15);
  d.para(`Arbeitslosengeld wird ab dem ${ctx.v('bewilligung_von', ctx.date(von))} für ${rest} Kalendertage bewilligt, also längstens bis zum ${ctx.v('bewilligung_bis', ctx.date(bis))}.`, { x: d.left + 12, width: d.contentWidth - 24 });
  d.row([{ x: d.left + 12, text: ctx.pick(['Leistungsbetrag täglich'], ['Höhe des Arbeitslosengeldes je Kalendertag', 'Tagesbetrag Arbeitslosengeld']) }, { x: d.left + 290, text: ctx.money(taeglich), bold: true, size: 11, field: 'leistungsbetrag_taeglich' }], { minHeight: 16 });
  d.move(6);
  d.rect(d.left, top, d.contentWidth, d.y - top, { stroke: GRAY, lineWidth: 0.5 });
  d.rect(d.left, top, 4, d.y - top, { fill: red });
  d.move(10);

  d.write('Ihr verbleibender Anspruch', { bold: true });
  d.move(2);
  const nx = d.right;
  const dur = (label: string, days: string, bold = false) => {
    d.row([{ x: d.left, text: label, bold, width: 380 }, { x: nx, text: days, align: 'right', bold }], { minHeight: 14 });
  };
  d.hline(d.y, d.left, d.right, 0.6);
  d.row([{ x: d.left, text: 'Anspruchsdauer', bold: true, size: 8.5 }, { x: nx, text: 'Kalendertage', bold: true, size: 8.5, align: 'right' }], { size: 8.5, minHeight: 13 });
  d.hline(d.y, d.left, d.right, 0.4);
  dur(`Anspruchsdauer bei Entstehung des Anspruchs am ${ctx.ndate(entstehung)}`, String(dauer));
  dur(`bereits bezogen vom ${ctx.ndate(drawnVon)} bis ${ctx.ndate(drawnBis)}`, `– ${used}`);
  dur('Minderung der Anspruchsdauer (z. B. durch eine Sperrzeit)', '– 0');
  d.hline(d.y, d.left, d.right, 0.4);
  dur(`verbleibende Anspruchsdauer ab ${ctx.ndate(von)}`, String(rest), true);
  d.hline(d.y, d.left, d.right, 0.6);
  d.move(8);
  const expiry = addDays(`${Number(entstehung.slice(0, 4)) + 4}${entstehung.slice(4)}`, -1);
  d.para(`Ihr Leistungsbezug war vom ${ctx.date(jobStart)} bis ${ctx.date(jobEnd)} wegen einer Beschäftigung bei ${employer} unterbrochen. Diese Beschäftigung hat keine neue Anwartschaftszeit begründet; Sie erhalten daher den restlichen Anspruch. Der Anspruch kann nicht mehr geltend gemacht werden, wenn seit seiner Entstehung vier Jahre vergangen sind, also nach dem ${ctx.date(expiry)} (§ 161 Abs. 2 SGB III).`);

  d.write('Höhe des Arbeitslosengeldes', { bold: true });
  d.move(2);
  const basis: string[] = [
    `Der Berechnung liegt weiterhin Ihr bisheriges Bemessungsentgelt von ${ctx.money(bemessung)} täglich zugrunde.`,
    `Nach Abzug einer Sozialversicherungspauschale von 20 %, der Lohnsteuer nach der Steuerklasse ${klasse} und des Solidaritätszuschlags ergibt sich ein Leistungsentgelt von ${ctx.money(leistungsentgelt)} täglich.`,
    satz === 67 ? 'Da Sie mindestens ein Kind im Sinne des Einkommensteuerrechts haben, beträgt der Leistungssatz 67 Prozent.' : 'Der allgemeine Leistungssatz beträgt 60 Prozent.',
  ];
  d.para(basis.join(' '));
  if (klasseAlt !== klasse)
    d.para(`Bei Ihrem bisherigen Bezug war die Steuerklasse ${klasseAlt} zu berücksichtigen; das Arbeitslosengeld betrug damals ${ctx.money(taeglichAlt)} täglich. Seit ${ctx.date(addDays(jobStart, rng.int(10, 40)))} ist in Ihren Lohnsteuerabzugsmerkmalen die Steuerklasse ${klasse} eingetragen.`);

  d.ensure(100);
  d.write('Voraussichtliche Zahlungen', { bold: true });
  d.move(2);
  const pay: Cell[][] = [];
  let cur = von;
  for (let k = 0; k < 3 && cur <= bis; k++) {
    const monthEnd = lastOfMonth(cur);
    const end = monthEnd < bis ? monthEnd : bis;
    const calendar = Number(end.slice(8, 10)) - Number(cur.slice(8, 10)) + 1;
    const days = cur.endsWith('-01') && end === monthEnd ? 30 : Math.min(30, calendar);
    pay.push([`${ctx.ndate(cur)} – ${ctx.ndate(end)}`, String(days), ctx.money(cents(days * taeglich))]);
    cur = addDays(end, 1);
  }
  table(ctx, [
    { header: 'Zeitraum', x: d.left },
    { header: 'Tage', x: d.left + 250, align: 'right' },
    { header: 'Betrag', x: d.right, align: 'right' },
  ], pay, { size: 9, grid: true });
  d.para(`Ein voller Kalendermonat wird mit 30 Tagen berechnet. Die Zahlung erfolgt monatlich nachträglich auf Ihr Konto mit der IBAN ${fake.groupIban(acc.iban)} (${acc.bank.name}).`, { size: 9 });
  d.para(`Während des Bezugs sind Sie bei der ${rng.pick(fake.KRANKENKASSEN)} kranken- und pflegeversichert; die Beiträge zahlt die Bundesagentur für Arbeit.`, { size: 9 });
  d.para('Nehmen Sie eine Beschäftigung oder selbständige Tätigkeit auf, teilen Sie uns das bitte vorher mit. Ein Nebeneinkommen wird nach Abzug eines Freibetrags von 165 Euro monatlich angerechnet.', { size: 9 });
  rechtsbehelf(ctx, `der ${agentur}`);
  closing(ctx, { greeting: 'Mit freundlichen Grüßen', signer: `Ihre ${agentur}`, auftrag: false });
  const baIban = fake.germanIban('76000000', `76${rng.digits(6)}`);
  footer(d, [
    [agentur, `${address.plz} ${address.city}`],
    ['Servicezeiten Mo–Fr 8–18 Uhr', 'www.arbeitsagentur.de'],
    ['Bankverbindung: BA-Service-Haus', 'Deutsche Bundesbank', `IBAN ${fake.groupIban(baIban)}`],
  ], 'Seite x von y');
  ctx.set('name', fake.fullName(person));
  ctx.set('kundennummer', kdnr);
  ctx.set('leistungsbetrag_taeglich', taeglich);
  ctx.set('bewilligung_von', von);
  ctx.set('bewilligung_bis', bis);
}

/**
 * H (holdout, blind 4): unemployment benefit during a vocational further-training course
 * (§ 144 SGB III): the references in a DIN 5008 line of labelled fields (application date, the
 * customer number, the course number, date), the course in a framed key-value block (provider,
 * title, course number, course dates, a work-placement phase), the decision in sentences (the
 * grant for the course's duration, the earlier award with its period cancelled from the same day,
 * the daily amount unchanged), the claim reduced by one day for every two days, further benefits
 * (course fees paid to the provider, travel costs, the monthly further-training allowance and the
 * bonuses for passed exams) and a table of the first months' payments by component.
 */
function blind4WeiterbildungFbw(ctx: Ctx): void {
  const rng = ctx.rng;
  const a = draw(ctx, false);
  const city = a.address.city;
  const upskilling = rng.chance(0.6);
  const course = upskilling
    ? rng.pick(['Umschulung Kauffrau/Kaufmann für Büromanagement (IHK)', 'Umschulung Fachinformatiker/in für Anwendungsentwicklung (IHK)', 'Umschulung Fachkraft für Lagerlogistik (IHK)', 'Umschulung Pflegefachfrau/Pflegefachmann', 'Umschulung Elektroniker/in für Betriebstechnik (IHK)'])
    : rng.pick(['Qualifizierung SAP S/4HANA Finanzbuchhaltung', 'Weiterbildung Projektmanagement mit IHK-Zertifikat', 'Qualifizierung Fachkraft Lohn und Gehalt', 'Weiterbildung CNC-Fräsen und -Drehen', 'Pflegebasiskurs mit Betreuungskraft nach § 43b SGB XI']);
  const provider = rng.pick([
    `${rng.pick(['Nordwind', 'Elbtal', 'Saalebogen', 'Lindenhof', 'Havelland', 'Leuchtturm'])} Bildungszentrum GmbH`,
    `Bildungswerk der Wirtschaft ${city} e.V.`,
    `${fake.person(rng).last} Akademie gGmbH`,
    `Berufsförderungswerk ${city} gGmbH`,
  ]);
  const providerAddr = fake.sameCityAddress(rng, fake.address(rng, { city }));
  // the course starts on a Monday around now and lasts months; the remaining claim must carry it
  let start = addDays(ctx.today, rng.int(-14, 21));
  while (weekday(start) !== 1) start = addDays(start, 1);
  const months = upskilling ? rng.pick([18, 21, 24]) : rng.pick([3, 4, 6, 8]);
  let end = addDays(addMonths(start, months), -1);
  while (weekday(end) === 0 || weekday(end) === 6) end = addDays(end, -1);
  const courseDays = Math.round((Date.parse(end) - Date.parse(start)) / 86400000) + 1;
  const need = Math.ceil(courseDays / 2);
  const dauer = Math.max(a.dauer, rng.pick([360, 450, 540, 720].filter((v) => v >= need + 60).concat([Math.ceil((need + 60) / 30) * 30])));
  const used = rng.int(20, Math.max(21, Math.min(dauer - need - 30, 200)));
  const claimStart = addDays(start, -used);
  const oldEnd = addDays(claimStart, dauer - 1);
  const oldDecision = addDays(claimStart, rng.int(3, 20));
  const restAtStart = dauer - used;
  const restAfter = restAtStart - need;
  const placement = upskilling ? (() => {
    const from = addMonths(start, rng.int(8, months - 4));
    let s = from;
    while (weekday(s) !== 1) s = addDays(s, 1);
    return { from: s, to: addDays(s, rng.pick([7, 10, 12]) * 7 - 3) };
  })() : undefined;
  const fees = cents(rng.float(upskilling ? 14000 : 2400, upskilling ? 32000 : 9000));
  const travel = rng.chance(0.7) ? cents(rng.float(28, 115)) : 0;
  const wbg = upskilling ? 150 : 0;
  const gutschein = `${rng.digits(3)}/${rng.digits(4)}/${start.slice(0, 4)}`;
  const massnahme = `${rng.digits(3)}/${rng.digits(4)}/${rng.digits(2)}`;
  const applied = addDays(start, -rng.int(14, 60));
  const a2: Alg = { ...a, von: start, bis: end, dauer };

  const d = ctx.start({ family: rng.pick(['helvetica', 'times']), size: 9.5, margins: { left: 64, right: 50, top: 50, bottom: 72 } });
  d.text(d.left, 48, a.agentur, { size: 13, bold: true });
  d.text(d.left, 61, 'Bundesagentur für Arbeit', { size: 9, color: GRAY });
  d.text(d.right, 48, rng.pick(['Team Förderung berufliche Weiterbildung', 'Leistungsgewährung SGB III – Weiterbildung']), { size: 8.5, align: 'right' });
  d.text(d.right, 60, `Geschäftsstelle ${city}-${rng.pick(['Nord', 'Süd', 'Ost', 'West', 'Mitte'])}`, { size: 8.5, align: 'right', color: GRAY });
  d.hline(68, d.left, d.right, 0.6, [0.75, 0.05, 0.1]);
  returnLine(d, `${a.agentur} · ${a.address.plz} ${a.address.city}`);
  addressWindow(d, recipientLines(ctx, a.person, a.address, { name: 'name' }));
  // DIN 5008 reference line: small labels above the values, across the page
  const refY = 242;
  const refs: [string, Cell][] = [
    ['Ihre Nachricht vom', ctx.ndate(applied)],
    [ctx.pick(['Kundennummer'], ['Unser Zeichen / Kd.-Nr.', 'Kd.-Nr.']), { text: a.kdnr, field: 'kundennummer' }],
    ['Maßnahme-Nr.', massnahme],
    ['Telefon', '0800 4 5555 00'],
    ['Datum', ctx.ndate(ctx.today)],
  ];
  const rx = [0, 0.19, 0.42, 0.6, 0.82].map((f) => d.left + d.contentWidth * f);
  refs.forEach(([label, value], i) => {
    const v = typeof value === 'string' ? { text: value } : value;
    d.text(rx[i], refY, label, { size: 6.5, color: GRAY });
    d.text(rx[i], refY + 11, v.text, { size: 9, field: v.field });
  });
  subject(d, [ctx.pick([], ['Arbeitslosengeld bei beruflicher Weiterbildung', 'Bewilligung von Arbeitslosengeld während einer Weiterbildung (§ 144 SGB III)'])], 276);
  d.write(anrede(a.person));
  d.move(3);
  d.para(`mit dem Bildungsgutschein Nr. ${gutschein} haben Sie sich für die folgende Maßnahme entschieden. Der Träger hat uns Ihre Teilnahme ab dem ${ctx.date(start)} bestätigt.`);
  // the course, framed
  const top = d.y;
  const kvRow = (label: string, value: string) => d.row([{ x: d.left + 8, text: label, color: GRAY, size: 8.5 }, { x: d.left + 130, text: value, width: d.right - d.left - 138, size: 9 }], { size: 9, minHeight: 13 });
  d.move(5);
  kvRow('Bildungsträger', `${provider}, ${providerAddr.street} ${providerAddr.no}, ${providerAddr.plz} ${providerAddr.city}`);
  kvRow('Bildungsziel', course);
  kvRow('Maßnahme-Nr.', massnahme);
  kvRow('Dauer der Maßnahme', `${ctx.ndate(start)} bis ${ctx.ndate(end)} (Vollzeit, ${rng.pick([35, 38, 40])} Std./Woche)`);
  if (placement) kvRow('betriebliche Lernphase', `${ctx.ndate(placement.from)} bis ${ctx.ndate(placement.to)}`);
  if (upskilling) kvRow('Abschlussprüfung', `voraussichtlich ${fake.MONTHS_DE[Number(end.slice(5, 7)) - 1]} ${end.slice(0, 4)}`);
  d.move(4);
  d.rect(d.left, top, d.contentWidth, d.y - top, { stroke: GRAY, lineWidth: 0.5 });
  d.move(10);
  d.write('Entscheidung', { bold: true });
  d.para(`Für die Dauer Ihrer Teilnahme bewillige ich Ihnen Arbeitslosengeld bei beruflicher Weiterbildung vom ${ctx.v('bewilligung_von', ctx.date(start))} bis ${ctx.v('bewilligung_bis', ctx.date(end))}. Die Entscheidung vom ${ctx.date(oldDecision)} über Arbeitslosengeld für die Zeit vom ${ctx.date(claimStart)} bis ${ctx.date(oldEnd)} hebe ich mit Wirkung vom ${ctx.date(start)} auf.`);
  d.para(`Die Höhe des Arbeitslosengeldes ändert sich durch die Weiterbildung nicht. Sie erhalten weiterhin ${ctx.v('leistungsbetrag_taeglich', ctx.money(a.taeglich))} ${rng.pick(['je Kalendertag', 'täglich'])} (Bemessungsentgelt ${ctx.money(a.bemessung)} täglich, Lohnsteuerklasse ${a.klasse}, Leistungssatz ${a.satz} %).`);
  d.write('Auswirkung auf Ihre Anspruchsdauer', { bold: true });
  d.para(`Am ${ctx.date(start)} haben Sie noch Anspruch auf Arbeitslosengeld für ${restAtStart} Tage. Für jeweils zwei Tage, für die Sie Arbeitslosengeld bei beruflicher Weiterbildung erhalten, mindert sich dieser Anspruch nur um einen Tag (§ 148 Abs. 1 Nr. 7 SGB III). Nach dem Ende der Maßnahme verbleiben Ihnen voraussichtlich ${restAfter} Tage.`);
  d.write('Weitere Leistungen', { bold: true });
  const more = [
    `Die Lehrgangskosten von ${ctx.money(fees)} zahlen wir unmittelbar an den Bildungsträger.`,
    travel ? `Fahrkosten erstatten wir Ihnen in Höhe von ${ctx.money(travel)} monatlich (gesonderter Bescheid).` : 'Fahrkosten haben Sie nicht beantragt.',
    ...(upskilling ? [
      `Da die Maßnahme zu einem Berufsabschluss führt, erhalten Sie zusätzlich ein Weiterbildungsgeld von ${ctx.money(wbg)} monatlich (§ 87a Abs. 2 SGB III).`,
      `Nach bestandener Zwischenprüfung erhalten Sie eine Weiterbildungsprämie von ${ctx.money(1000)}, nach bestandener Abschlussprüfung von ${ctx.money(1500)}.`,
    ] : []),
  ];
  more.forEach((t) => d.para(`– ${t}`, { x: d.left + 8, width: d.contentWidth - 8, after: 3 }));
  d.move(4);
  d.ensure(100);
  d.write(rng.pick(['Zahlungen in den ersten Monaten', 'Voraussichtliche Zahlungen']), { bold: true });
  const rows: Cell[][] = [];
  let cur = start;
  for (let k = 0; k < 3 && cur <= end; k++) {
    const me = lastOfMonth(cur);
    const to = me < end ? me : end;
    const days = cur.endsWith('-01') && to === me ? 30 : Math.min(30, Number(to.slice(8, 10)) - Number(cur.slice(8, 10)) + 1);
    const alg = cents(days * a.taeglich);
    const extra = cents(((wbg + travel) * days) / 30);
    rows.push([`${ctx.ndate(cur)} – ${ctx.ndate(to)}`, ctx.money(alg, 'bare'), wbg ? ctx.money(cents((wbg * days) / 30), 'bare') : '–', travel ? ctx.money(cents((travel * days) / 30), 'bare') : '–', ctx.money(cents(alg + extra), 'bare')]);
    cur = addDays(to, 1);
  }
  table(ctx, [
    { header: 'Zeitraum', x: d.left },
    { header: 'Arbeitslosengeld', x: d.left + 215, align: 'right' },
    { header: 'Weiterbildungsgeld', x: d.left + 305, align: 'right' },
    { header: 'Fahrkosten', x: d.left + 370, align: 'right' },
    { header: 'Summe (EUR)', x: d.right, align: 'right' },
  ], rows, { size: 8.5, grid: true, headerFill: LIGHT });
  d.para('Bitte lassen Sie sich die Teilnahme monatlich vom Träger bestätigen und melden Sie Fehlzeiten, Krankheit oder einen Abbruch der Maßnahme sofort. Bei unentschuldigtem Fehlen kann eine Sperrzeit eintreten.', { size: 9 });
  d.para(rng.pick(HINWEISE), { size: 9 });
  rechtsbehelf(ctx, `der ${a.agentur}`);
  closing(ctx, { signer: fake.fullName(fake.person(rng)), auftrag: true });
  footer(d, [[a.agentur, `${a.address.plz} ${a.address.city}`], ['www.arbeitsagentur.de', 'Servicezeiten Mo–Fr 8–18 Uhr']], rng.pick(['Seite x von y', '- x -'] as const));
  truth(ctx, a2);
}

/**
 * blind5 (holdout): a notice written in a marginal-heading layout (a narrow grey column of headings
 * beside the text), granting the benefit after a resting period for a paid-out holiday, with a
 * side job's income credited against it and a table of the first months' payments
 */
function blind5RuhenNebeneinkommen(ctx: Ctx): void {
  const rng = ctx.rng;
  const a = draw(ctx, false);
  const city = a.address.city;
  const urlaubTage = rng.int(4, 21);
  const ende = addDays(a.von, -urlaubTage - 1);
  const meldung = addDays(ende, -rng.int(10, 80));
  const antrag = addDays(meldung, rng.int(0, 5));
  const abgeltung = cents(urlaubTage * a.bemessung * rng.float(0.95, 1.1));
  const formerEmployer = fake.employerName(rng, city);
  const side = rng.chance(0.75)
    ? { job: rng.pick(['Aushilfe im Einzelhandel', 'Reinigungskraft', 'Zusteller/in', 'Servicekraft in der Gastronomie', 'Hausmeistertätigkeit', 'Nachhilfelehrer/in']), netto: rng.pick([220, 280, 350, 400, 450, 520, 538]) }
    : undefined;
  const anrechnung = side ? cents(Math.max(0, side.netto - 165)) : 0;
  const monthly = cents(a.taeglich * 30);
  const erlischt = addDays(addMonths(a.von, 48), -1);
  const signer = fake.person(rng);

  const d = ctx.start({ family: rng.pick(['helvetica', 'times']), size: 9.5, margins: { left: 56, right: 50, top: 50, bottom: 74 } });
  const red: readonly [number, number, number] = [0.78, 0.07, 0.12];
  d.rect(d.left, 38, 6, 30, { fill: red });
  d.text(d.left + 14, 50, 'Agentur für Arbeit', { size: 12, bold: true });
  d.text(d.left + 14, 64, city, { size: 12 });
  d.text(d.right, 50, rng.pick(['Operativer Service', 'Team Arbeitslosengeld', 'Leistungsgewährung SGB III']), { size: 8.5, align: 'right', color: GRAY });
  d.text(d.right, 61, `${fake.sameCityAddress(rng, a.address).street} ${rng.int(1, 90)} · ${a.address.plz} ${city}`, { size: 8, align: 'right', color: GRAY });
  returnLine(d, `Agentur für Arbeit ${city} · Postfach ${rng.digits(5)} · ${a.address.plz} ${city}`);
  addressWindow(d, recipientLines(ctx, a.person, a.address, { name: 'name' }));
  infoBlock(d, [
    ['Geschäftszeichen', `${rng.pick(['OS', 'LG', 'AL'])} ${rng.digits(3)}-${rng.digits(2)}`],
    ['Ansprechpartner', `${signer.gender === 'f' ? 'Frau' : 'Herr'} ${signer.last}`],
    ['Telefon', `0800 4 5555 00`],
    ['Datum', ctx.date(addDays(a.von, rng.int(-6, 20)))],
  ], { x: 350, labelWidth: 84 });
  const kdLabel = ctx.pick(['Kundennummer'], ['Kd.-Nr.', 'Ihre Kunden-Nr.']);
  subject(d, [ctx.pick(['Bescheid über Arbeitslosengeld'], ['Entscheidung über Ihren Antrag auf Arbeitslosengeld', 'Arbeitslosengeld – Bewilligung']), { text: `${kdLabel} ${ctx.v('kundennummer', a.kdnr)}` }], 268);

  // the marginal column: a heading at the left, the text beside it
  const mx = d.left;
  const cx = d.left + 112;
  const cw = d.right - cx;
  const block = (title: string, paras: string[]) => {
    d.ensure(40);
    const top = d.y;
    const page = d.page;
    paras.forEach((p) => d.para(p, { x: cx, width: cw }));
    const lines = d.wrap(title, 100, { size: 8.5, bold: true });
    if (d.page === page) lines.forEach((l, i) => d.text(mx, top + 9 + i * 10.5, l, { size: 8.5, bold: true, color: GRAY }));
    else lines.forEach((l, i) => d.text(mx, d.margins.top + 9 + i * 10.5, l, { size: 8.5, bold: true, color: GRAY }));
    d.move(3);
  };

  d.text(cx, d.y + 9.5, a.person.gender === 'f' ? `Sehr geehrte Frau ${a.person.last},` : `Sehr geehrter Herr ${a.person.last},`);
  d.move(19);
  block(ctx.pick(['Entscheidung'], ['Was wir entschieden haben']), [
    `auf Ihren Antrag vom ${ctx.date(antrag)} bewilligen wir Ihnen Arbeitslosengeld für die Zeit vom ${ctx.v('bewilligung_von', ctx.date(a.von))} bis ${ctx.v('bewilligung_bis', ctx.date(a.bis))}.`,
  ]);
  block(ctx.pick(['Ruhen des Anspruchs'], ['Warum die Zahlung später beginnt']), [
    `Ihr Beschäftigungsverhältnis bei der ${formerEmployer} endete am ${ctx.date(ende)}. Arbeitslos gemeldet haben Sie sich bereits am ${ctx.date(meldung)}. Mit der letzten Entgeltabrechnung haben Sie für ${urlaubTage} Tage nicht genommenen Urlaub eine Urlaubsabgeltung von ${ctx.money(abgeltung)} erhalten.`,
    `Für diese Tage ruht Ihr Anspruch auf Arbeitslosengeld (§ 157 Abs. 2 SGB III), also vom ${ctx.date(addDays(ende, 1))} bis ${ctx.date(addDays(a.von, -1))}. Die Anspruchsdauer wird dadurch nicht gemindert; die Zahlung beginnt erst nach dem Ende des Ruhenszeitraums.`,
  ]);
  block(ctx.pick(['Höhe der Leistung'], ['So viel erhalten Sie']), [
    `Ihr Arbeitslosengeld beträgt ${ctx.v('leistungsbetrag_taeglich', ctx.money(a.taeglich))} ${ctx.pick(['täglich'], ['pro Kalendertag', 'je Kalendertag'])}. Für einen vollen Monat zahlen wir 30 Tage, das sind ${ctx.money(monthly)}.`,
    `Grundlage der Berechnung ist ein Bemessungsentgelt von ${ctx.money(a.bemessung)} täglich, ermittelt aus dem beitragspflichtigen Arbeitsentgelt der letzten zwölf Monate. Nach Abzug der pauschalierten Sozialversicherungsbeiträge, der Lohnsteuer nach Steuerklasse ${a.klasse} und gegebenenfalls des Solidaritätszuschlags ergibt sich ein Leistungsentgelt von ${ctx.money(a.leistungsentgelt)} täglich. Davon erhalten Sie ${a.satz} Prozent (${a.satz === 67 ? 'erhöhter Leistungssatz, da mindestens ein Kind im Sinne des Einkommensteuerrechts berücksichtigt wird' : 'allgemeiner Leistungssatz'}).`,
  ]);
  if (side) {
    block(ctx.pick(['Nebeneinkommen'], ['Anrechnung Ihrer Nebenbeschäftigung']), [
      `Sie üben weiterhin eine Nebenbeschäftigung als ${side.job} mit weniger als 15 Stunden wöchentlich aus. Ihr monatliches Nettoentgelt daraus beträgt ${ctx.money(side.netto)}. Nach Abzug des Freibetrags von ${ctx.money(165)} werden ${ctx.money(anrechnung)} monatlich auf Ihr Arbeitslosengeld angerechnet (§ 155 SGB III).`,
      anrechnung > 0 ? `Für einen vollen Monat werden Ihnen deshalb ${ctx.money(cents(monthly - anrechnung))} überwiesen. Bitte legen Sie uns jeden Monat die Entgeltabrechnung der Nebenbeschäftigung vor.` : 'Da Ihr Nettoentgelt den Freibetrag nicht übersteigt, wird nichts angerechnet. Bitte teilen Sie uns jede Änderung Ihres Verdienstes mit.',
    ]);
  }
  block(ctx.pick(['Anspruchsdauer'], ['Wie lange Sie Leistungen erhalten']), [
    `Ihr Anspruch umfasst ${a.dauer} Kalendertage. Ein nicht verbrauchter Anspruch erlischt, wenn seit seiner Entstehung vier Jahre vergangen sind, hier also mit Ablauf des ${ctx.date(erlischt)}.`,
  ]);

  // the first months' payments
  const rows: Cell[][] = [];
  let start = a.von;
  for (let i = 0; i < 4 && start <= a.bis; i++) {
    const monthEnd = lastOfMonth(start);
    const end = monthEnd < a.bis ? monthEnd : a.bis;
    const full = start.endsWith('-01') && end === monthEnd;
    const days = full ? 30 : Math.min(30, Number(end.slice(8)) - Number(start.slice(8)) + 1);
    const amount = cents(days * a.taeglich);
    const cut = side ? cents((anrechnung * days) / 30) : 0;
    rows.push([`${ctx.ndate(start)} – ${ctx.ndate(end)}`, String(days), decimal(amount), side ? decimal(cut) : '–', decimal(cents(amount - cut)), ctx.ndate(addDays(monthEnd, 1))]);
    start = addDays(monthEnd, 1);
  }
  d.ensure(120);
  d.text(mx, d.y + 9, ctx.pick(['Zahlungen'], ['Ihre nächsten Zahlungen']), { size: 8.5, bold: true, color: GRAY });
  d.para('Die Leistung wird monatlich nachträglich auf Ihr Konto überwiesen. Die ersten Zahlungen im Überblick (Beträge in Euro):', { x: cx, width: cw });
  // the table stands in the text column, right of the headings
  const saved = d.margins.left;
  d.margins.left = cx;
  table(ctx, [
    { header: 'Zeitraum', x: cx },
    { header: 'Tage', x: cx + 138, align: 'right' },
    { header: 'Leistung', x: cx + 196, align: 'right' },
    { header: 'Anrechnung', x: cx + 258, align: 'right' },
    { header: 'Auszahlung', x: cx + 320, align: 'right' },
    { header: 'Zahltag ca.', x: d.right, align: 'right' },
  ], rows, { size: 8, grid: true, headerFill: [0.92, 0.92, 0.92] });
  d.margins.left = saved;
  block(ctx.pick(['Hinweise'], ['Was Sie beachten müssen']), [
    'Bitte teilen Sie uns sofort mit, wenn Sie eine Arbeit aufnehmen, arbeitsunfähig erkranken, umziehen oder sich Ihr Nebenverdienst ändert. Zu Unrecht gezahlte Leistungen müssen Sie erstatten.',
    rng.pick(HINWEISE),
  ]);
  block('Rechtsbehelfsbelehrung', [RECHTSBEHELF[1].replace('bei der oben genannten Stelle', `bei der Agentur für Arbeit ${city}`)]);
  d.ensure(60);
  d.move(4);
  d.write('Mit freundlichen Grüßen', { x: cx });
  d.write('Im Auftrag', { x: cx });
  d.move(16);
  d.write(fake.fullName(signer), { x: cx });
  footer(d, [[`Agentur für Arbeit ${city}`, `${a.address.plz} ${city}`], ['Servicetelefon 0800 4 5555 00 (gebührenfrei)', 'www.arbeitsagentur.de'], ['Bankverbindung: Bundesbank', `IBAN DE${rng.digits(2)} 7600 0000 00${rng.digits(2)} ${rng.digits(4)} ${rng.digits(2)}`]], rng.pick(['Seite x von y', 'x/y'] as const));
  truth(ctx, a);
}

/**
 * blind6 (holdout): unemployment benefit under the seamlessness rule (§ 145 SGB III) for a person
 * whose sickness benefit from the health insurer has run out: the customer number in a running
 * head on every page with the notice's date and the page; the decision as Roman-numbered points
 * (period from–to, daily amount, the request to apply for rehabilitation by a deadline, the
 * reservation of a claim for reimbursement against the pension insurance); the reasoning with the
 * day the incapacity began, the health insurer's last day and daily sickness benefit, the medical
 * service's opinion, the pension insurance number and the claim's duration; on a following page the
 * calculation as dotted-leader lines (assessment period, pay, assessment pay per day, tax class,
 * lump sums, benefit pay, rate, daily amount, the 30-day figure) and the first payment.
 */
function blind6Nahtlosigkeit(ctx: Ctx): void {
  const rng = ctx.rng;
  const a = draw(ctx, false);
  a.person.title = undefined;
  const kasse = rng.pick(fake.KRANKENKASSEN);
  const ausgesteuert = addDays(a.von, -1);
  const auSeit = addDays(ausgesteuert, -rng.int(546 - 30, 546));
  const kgTaeglich = cents(a.bemessung * rng.float(0.62, 0.7));
  const gutachten = addDays(a.von, -rng.int(10, 40));
  const antrag = addDays(a.von, -rng.int(5, 25));
  const datum = addDays(a.von, rng.int(3, 20));
  const frist = addMonths(addDays(datum, 3), 1);
  const vsnr = fake.groupVsnr(fake.versicherungsnummer(rng, a.person));
  const drv = rng.pick(fake.DRV_TRAEGER)[0];
  const drvDat = drv.replace(/^Deutsche /, 'Deutschen ');
  const gz = `${rng.pick(['311', '322', '413'])}.${rng.digits(2)} – ${rng.pick(['Alg', 'LB', 'SGB III'])}`;
  const bzEnd = lastOfMonth(addMonths(auSeit, -rng.int(0, 1)));
  const bzStart = addDays(addMonths(bzEnd, -12), 1);
  const bzDays = 365 + (bzStart.slice(5) <= '02-29' && Number(bzEnd.slice(0, 4)) % 4 === 0 ? 1 : 0);
  const payYear = cents(a.bemessung * bzDays);
  const svPausch = cents(a.bemessung * 0.2);
  const lst = cents(Math.max(0, a.bemessung - svPausch - a.leistungsentgelt));
  const firstMonthEnd = lastOfMonth(a.von);
  const firstDays = Math.min(30, Number(firstMonthEnd.slice(8)) - Number(a.von.slice(8)) + 1);
  const acc = fake.bankAccount(rng);
  const kind = a.satz === 67;

  const d = ctx.start({ family: 'helvetica', size: 9.4, margins: { left: 66, right: 54, top: 64, bottom: 70 } });
  // running head on every page: the customer number, the notice's date and the page
  d.onEveryPage((doc, page, pages) => {
    const lw = doc.text(doc.left, 34, 'Kundennummer', { size: 8, bold: true });
    doc.text(doc.left + lw + 4, 34, a.kdnr, { size: 8, bold: true, field: page === 1 ? 'kundennummer' : undefined });
    doc.text((doc.left + doc.right) / 2, 34, `Bescheid vom ${ctx.ndate(datum)}`, { size: 8, align: 'center', color: GRAY });
    doc.text(doc.right, 34, `Seite ${page} von ${pages}`, { size: 8, align: 'right', color: GRAY });
    doc.hline(38, doc.left, doc.right, 0.4, GRAY);
  });
  d.text(d.left, 62, 'Bundesagentur für Arbeit', { size: 12.5, bold: true, color: [0.8, 0.05, 0.1] });
  d.text(d.left, 75, `${a.agentur} · ${rng.pick(['Operativer Service', 'Leistungsgewährung SGB III', 'Team Arbeitslosengeld'])}`, { size: 9 });
  returnLine(d, `${a.agentur} · Postfach ${rng.digits(4)} · ${rng.digits(5)} ${a.address.city}`);
  addressWindow(d, recipientLines(ctx, a.person, a.address, { name: 'name' }));
  infoBlock(d, [
    ['Geschäftszeichen', gz],
    ['Servicetelefon', '0800 4 5555 00'],
    ['Telefax', `0${rng.digits(3)} ${rng.digits(4)}-${rng.digits(3)}`],
    ['Datum', ctx.date(datum)],
  ], { labelWidth: 80 });
  subject(d, [ctx.pick([], ['Arbeitslosengeld nach § 145 SGB III (Nahtlosigkeitsregelung)', 'Bewilligung von Arbeitslosengeld bei verminderter Leistungsfähigkeit'])], 262);
  d.write(anrede(a.person));
  d.move(4);
  d.para(`über Ihren Antrag vom ${ctx.date(antrag)} wird wie folgt entschieden:`);
  const point = (no: string, text: string) => {
    d.ensure(30);
    d.text(d.left, d.y + 9.4, no, { bold: true });
    d.para(text, { x: d.left + 26, after: 5 });
  };
  point('I.', `Ihnen wird Arbeitslosengeld für die Zeit vom ${ctx.v('bewilligung_von', ctx.date(a.von))} bis ${ctx.v('bewilligung_bis', ctx.date(a.bis))} bewilligt.`);
  point('II.', `Der tägliche Leistungsbetrag beträgt ${ctx.v('leistungsbetrag_taeglich', ctx.money(a.taeglich))}. Die Berechnung ist in der Anlage dargestellt.`);
  point('III.', `Sie werden aufgefordert, bis zum ${ctx.date(frist)} bei der ${drvDat} einen Antrag auf Leistungen zur medizinischen Rehabilitation oder zur Teilhabe am Arbeitsleben zu stellen. Stellen Sie den Antrag nicht fristgerecht, ruht der Anspruch auf Arbeitslosengeld vom Tag nach Ablauf der Frist an, bis Sie den Antrag stellen.`);
  point('IV.', 'Wird Ihnen rückwirkend eine Rente wegen Erwerbsminderung oder eine Leistung zur Rehabilitation zuerkannt, geht Ihr Anspruch insoweit auf die Bundesagentur für Arbeit über; das gezahlte Arbeitslosengeld wird mit dem Träger abgerechnet (§ 145 Abs. 3 SGB III).');
  d.move(4);
  d.write('Begründung', { bold: true, size: 10.2 });
  d.move(2);
  d.para(`Sie sind seit dem ${ctx.date(auSeit)} arbeitsunfähig erkrankt. Ihre Krankenkasse, die ${kasse}, hat Krankengeld bis zum ${ctx.date(ausgesteuert)} gezahlt, zuletzt täglich ${ctx.money(kgTaeglich)}; mit diesem Tag war der Höchstanspruch von 78 Wochen erschöpft.`);
  d.para(`Nach dem Gutachten des Ärztlichen Dienstes vom ${ctx.date(gutachten)} können Sie voraussichtlich für mehr als sechs Monate nur weniger als 15 Stunden wöchentlich arbeiten. Ob eine verminderte Erwerbsfähigkeit im Sinne der gesetzlichen Rentenversicherung vorliegt, hat der Rentenversicherungsträger noch nicht festgestellt. Bis zu dieser Feststellung gelten Sie für den Anspruch auf Arbeitslosengeld als verfügbar (§ 145 Abs. 1 SGB III).`);
  d.para(`Ihre Anspruchsdauer beträgt ${a.dauer} Kalendertage. Ihre Rentenversicherungsnummer ${vsnr} haben wir für die Meldung an die ${drv} verwendet. Während des Bezugs sind Sie in der Kranken-, Pflege- und Rentenversicherung pflichtversichert; die Beiträge trägt die Agentur für Arbeit.`);
  d.para(`Bitte legen Sie uns eine Kopie des Reha-Antrags oder die Eingangsbestätigung des Trägers vor. ${rng.pick(HINWEISE)}`);
  d.ensure(70);
  d.move(4);
  d.write('Rechtsbehelfsbelehrung', { bold: true, size: 10.2 });
  d.para(`Gegen diesen Bescheid kann jeder Betroffene innerhalb eines Monats nach Bekanntgabe Widerspruch erheben. Der Widerspruch ist schriftlich, elektronisch oder zur Niederschrift bei der ${a.agentur} einzulegen.`, { size: 8.8 });
  closing(ctx, { signer: fake.fullName(fake.person(rng)), auftrag: true });

  d.newPage();
  d.write('Anlage – Berechnung des Arbeitslosengeldes', { bold: true, size: 11 });
  d.move(6);
  const lead = (label: string, value: string) => {
    d.ensure(14);
    const base = d.y + 9.4;
    const lw = d.text(d.left, base, label);
    const vw = d.measure(value);
    const from = d.left + lw + 4;
    const to = d.right - vw - 4;
    const dots = Math.max(0, Math.floor((to - from) / d.measure('.', { size: 8 })));
    if (dots > 2) d.text(from, base, '.'.repeat(dots), { size: 8, color: GRAY });
    d.text(d.right, base, value, { align: 'right' });
    d.y += 14;
  };
  lead('Bemessungszeitraum', `${ctx.ndate(bzStart)} – ${ctx.ndate(bzEnd)}`);
  lead('beitragspflichtiges Arbeitsentgelt im Bemessungszeitraum', ctx.money(payYear));
  lead('Tage mit Anspruch auf Arbeitsentgelt', String(bzDays));
  lead('Bemessungsentgelt täglich', ctx.money(a.bemessung));
  lead('Lohnsteuerklasse (zu Beginn des Jahres eingetragen)', String(a.klasse));
  lead('abzüglich Sozialversicherungspauschale (20 %)', ctx.money(svPausch));
  lead('abzüglich Lohnsteuer und Solidaritätszuschlag', ctx.money(lst));
  lead('Leistungsentgelt täglich', ctx.money(a.leistungsentgelt));
  lead(`Leistungssatz${kind ? ' (erhöht, mindestens ein Kind)' : ' (allgemein)'}`, `${a.satz} %`);
  lead('täglicher Leistungsbetrag', ctx.money(a.taeglich));
  lead('Betrag für einen vollen Monat (30 Tage)', ctx.money(cents(a.taeglich * 30)));
  d.move(8);
  d.write('Zahlung', { bold: true, size: 10.2 });
  d.para(`Das Arbeitslosengeld wird monatlich nachträglich auf Ihr Konto IBAN ${ctx.iban(acc.iban)} (${acc.bank.name}) überwiesen. Für ${fake.MONTHS_DE[Number(a.von.slice(5, 7)) - 1]} ${a.von.slice(0, 4)} (${firstDays} Tage) zahlen wir ${ctx.money(cents(a.taeglich * firstDays))}.`);
  d.para(`Der Anspruch erlischt spätestens vier Jahre nach seiner Entstehung. Nimmt die ${drv} eine volle Erwerbsminderung an, endet die Zahlung mit dem Tag vor Beginn der Rente.`, { size: 8.8 });
  footer(d, [[a.agentur, `${a.address.plz} ${a.address.city}`], ['www.arbeitsagentur.de', 'eServices: Veränderungen online mitteilen']], 'none');
  truth(ctx, a);
}

/**
 * blind7: benefit assessed on a notional pay (fiktive Bemessung, § 152 SGB III) for a parent whose
 * job ended at the close of parental leave: a QR code with the customer number under it at the top
 * right, the decision as a sentence in a tinted block with a coloured bar (period, daily amount),
 * "what this means for you" as a short list (30-day amount, claim days, first payment for part of a
 * month); the reasoning with the child's birth date, the parental leave's dates, the old employer
 * and the last monthly pay before the leave (not usable: fewer than 150 days of pay in the extended
 * assessment frame), the hours the parent is available; on page 2 the four qualification groups
 * with their notional daily pay (the one that applies ticked), the reduction to the available hours,
 * the flat-rate deductions and the raised rate of 67 % for a parent.
 */
function blind7FiktiveBemessung(ctx: Ctx): void {
  const rng = ctx.rng;
  const person = fake.person(rng, { bornFrom: 1982, bornTo: 1998 });
  person.title = undefined;
  const address = fake.address(rng);
  const kdnr = fake.baKundennummer(rng);
  const agentur = `Agentur für Arbeit ${address.city}`;
  const von = addDays(ctx.today, -rng.int(8, 45));
  const dauer = rng.pick([240, 300, 360, 360, 360]);
  const bis = addDays(von, dauer - 1);
  const child = fake.person(rng, { last: person.last, bornFrom: 2000, bornTo: 2000 });
  const childAge = rng.pick([2, 3, 3]);
  child.birth = addDays(addMonths(von, -12 * childAge), rng.int(1, 40));
  const ezStart = addDays(child.birth, person.gender === 'f' ? 56 : rng.int(0, 20));
  const ezEnd = addDays(von, -1);
  const employer = fake.employerName(rng, address.city);
  const lastPay = cents(rng.float(1900, 4600));
  const year = Number(von.slice(0, 4));
  const bzg = year >= 2025 ? 44940 : 42420;
  const groups: [number, string, number][] = [
    [1, 'Hochschul- oder Fachhochschulausbildung', 300],
    [2, 'Fachschulabschluss, Meister/in, vergleichbare Einrichtung', 360],
    [3, 'abgeschlossene Ausbildung in einem Ausbildungsberuf', 450],
    [4, 'keine Ausbildung', 600],
  ];
  const group = rng.weighted([[3, 5], [1, 2], [2, 1], [4, 2]] as const);
  const fullDay = cents(bzg / groups[group - 1][2]);
  const weekly = rng.pick([38.5, 39, 40, 40]);
  const avail = rng.chance(0.5) ? weekly : rng.pick([20, 25, 30, 32]);
  const bem = avail < weekly ? cents((fullDay * avail) / weekly) : fullDay;
  const klasse = rng.weighted([[2, 3], [4, 2], [3, 1], [5, 1], [1, 1]] as const);
  const annual = bem * 365;
  const allowance = klasse === 3 ? 24192 : klasse === 5 ? 0 : klasse === 2 ? 12096 + 4260 : 12096;
  const z = Math.max(0, annual * 0.8 - allowance - 1230);
  const tax = klasse === 5 ? z * 0.2 + annual * 0.05 : klasse === 3 ? z * 0.12 : z * (0.14 + Math.min(0.12, z / 250000));
  const lst = cents(tax / 365);
  const svp = cents(bem * 0.2);
  const le = cents(bem - svp - lst);
  const taeglich = cents(le * 0.67);
  const monthly = cents(taeglich * 30);
  const firstEnd = lastOfMonth(von);
  const firstDays = Math.min(30, Number(firstEnd.slice(8)) - Number(von.slice(8)) + 1);
  const acc = fake.bankAccount(rng);
  const datum = addDays(von, rng.int(6, 25));
  const she = person.gender === 'f';
  const gz = `${rng.pick(['323', '411', '512'])}.${rng.digits(2)}${rng.pick(['', ' – Alg'])}`;
  const red: [number, number, number] = [0.78, 0.07, 0.12];
  const tint: [number, number, number] = [0.96, 0.93, 0.93];
  const M = (v: number) => ctx.money(v);
  const dt = (v: string) => ctx.date(v);

  const d = ctx.start({ family: 'helvetica', size: 9.5, margins: { left: 64, right: 52, top: 56, bottom: 72 } });
  d.onContinuation((doc) => {
    doc.text(doc.left, 38, `${agentur} · Kundennummer ${kdnr} · Schreiben vom ${ctx.ndate(datum)}`, { size: 7.5, color: GRAY });
    doc.hline(42, doc.left, doc.right, 0.3, GRAY);
  });
  d.text(d.left, 52, 'Bundesagentur für Arbeit', { size: 13, bold: true, color: red });
  d.text(d.left, 66, agentur, { size: 9.5 });
  // QR code for the app, the customer number printed under it
  const qx = d.right - 62;
  const qy = 36;
  const mod = 2.6;
  d.rect(qx, qy, 21 * mod, 21 * mod, { stroke: [0.6, 0.6, 0.6], lineWidth: 0.3 });
  for (let i = 0; i < 21; i++)
    for (let j = 0; j < 21; j++) {
      const finder = (a: number, b: number) => a < 7 && b < 7 && (a === 0 || a === 6 || b === 0 || b === 6 || (a > 1 && a < 5 && b > 1 && b < 5));
      const on = finder(i, j) || finder(20 - i, j) || finder(i, 20 - j) ? true : i < 8 && j < 8 ? false : i > 12 && j < 8 ? false : i < 8 && j > 12 ? false : rng.chance(0.45);
      if (on) d.rect(qx + i * mod, qy + j * mod, mod, mod, { fill: [0, 0, 0] });
    }
  d.text(qx + 10.5 * mod, qy + 21 * mod + 9, ctx.pick(['Kundennummer'], ['Ihre Kundennummer', 'Kunden-Nr.']), { size: 6.5, align: 'center', color: GRAY });
  d.text(qx + 10.5 * mod, qy + 21 * mod + 19, kdnr, { size: 8.5, bold: true, align: 'center', field: 'kundennummer' });
  returnLine(d, `Bundesagentur für Arbeit · ${agentur} · ${rng.digits(5)} ${address.city}`);
  addressWindow(d, recipientLines(ctx, person, address, { name: 'name' }));
  infoBlock(d, [
    ['Zeichen', gz],
    ['Telefon', '0800 4 5555 00'],
    ['Online', 'www.arbeitsagentur.de/eservices'],
    ['Datum', ctx.date(datum)],
  ], { labelWidth: 58, top: 170 });
  subject(d, [ctx.pick([], ['Ihr Arbeitslosengeld – Entscheidung über Ihren Antrag', 'Bewilligung von Arbeitslosengeld nach fiktiver Bemessung', 'Entscheidung über Ihren Anspruch auf Arbeitslosengeld'])], 262);
  d.write(she ? `Sehr geehrte Frau ${person.last},` : `Sehr geehrter Herr ${person.last},`);
  d.move(4);
  d.para(`vielen Dank für Ihren Antrag vom ${dt(addDays(von, -rng.int(3, 40)))}. Wir haben entschieden:`);
  // the decision in a tinted block with a bar, the tint laid first so the text stays on top
  const decision = `Sie erhalten Arbeitslosengeld vom ${ctx.v('bewilligung_von', dt(von))} bis ${ctx.v('bewilligung_bis', dt(bis))}. Ihr Arbeitslosengeld beträgt ${ctx.v('leistungsbetrag_taeglich', M(taeglich))} pro Kalendertag.`;
  const dLines = d.wrap(decision, d.contentWidth - 22, { bold: true });
  const dh = dLines.length * 9.5 * 1.35 + 14;
  d.ensure(dh);
  d.rect(d.left, d.y, d.contentWidth, dh, { fill: tint });
  d.rect(d.left, d.y, 4, dh, { fill: red });
  d.y += 6;
  d.para(decision, { x: d.left + 14, width: d.contentWidth - 22, bold: true, after: 8 });
  d.y += 10;
  d.write('Das bedeutet für Sie:', { bold: true });
  const bullet = (t: string) => {
    d.text(d.left + 4, d.y + 9.5, '•', { size: 9.5 });
    d.para(t, { x: d.left + 16, after: 3 });
  };
  bullet(`Für einen vollen Kalendermonat zahlen wir 30 Tage, das sind ${M(monthly)}.`);
  bullet(`Ihr Anspruch umfasst ${dauer} Kalendertage. Er ist bei ununterbrochenem Bezug mit dem oben genannten Tag erschöpft.`);
  bullet(`Für ${firstDays < 30 ? `die ${firstDays} Tage im ${fake.MONTHS_DE[Number(von.slice(5, 7)) - 1]}` : `den ${fake.MONTHS_DE[Number(von.slice(5, 7)) - 1]}`} überweisen wir ${M(cents(taeglich * firstDays))}. Danach zahlen wir jeweils am Monatsende für den abgelaufenen Monat auf Ihr Konto ${ctx.iban(acc.iban)}.`);
  d.move(6);
  d.write('So haben wir entschieden', { bold: true, size: 10.5 });
  d.para(`Sie waren bei der ${employer} beschäftigt und haben nach der Geburt Ihres Kindes ${child.first} am ${dt(child.birth)} vom ${dt(ezStart)} bis ${dt(ezEnd)} Elternzeit genommen. Das Beschäftigungsverhältnis endete mit Ablauf der Elternzeit. Ihr letztes monatliches Arbeitsentgelt vor der Elternzeit betrug ${M(lastPay)} brutto.`);
  d.para(`Grundlage des Arbeitslosengeldes ist das Arbeitsentgelt, das Sie im Bemessungsrahmen erzielt haben. Der Bemessungsrahmen umfasst ein Jahr und wird auf zwei Jahre erweitert. In diesen zwei Jahren vor dem ${dt(von)} haben Sie an weniger als 150 Tagen Arbeitsentgelt erzielt, weil Sie Elternzeit hatten. Deshalb wird ein fiktives Arbeitsentgelt zugrunde gelegt (§ 152 SGB III). Es richtet sich nach der Beschäftigung, für die wir Sie vorrangig vermitteln, und der dafür erforderlichen Ausbildung.`);
  d.para(avail < weekly
    ? `Sie können wegen der Betreuung Ihres Kindes wöchentlich ${decimal(avail, avail % 1 ? 1 : 0)} Stunden arbeiten. Das fiktive Arbeitsentgelt wird deshalb im Verhältnis zur tariflichen Arbeitszeit von ${decimal(weekly, weekly % 1 ? 1 : 0)} Stunden gemindert (§ 151 Abs. 5 SGB III).`
    : `Sie stehen der Arbeitsvermittlung mit der vollen tariflichen Arbeitszeit von ${decimal(weekly, weekly % 1 ? 1 : 0)} Wochenstunden zur Verfügung; die Kinderbetreuung ist sichergestellt.`);
  d.para(`Weil ${child.first} bei Ihnen lebt, erhalten Sie den erhöhten Leistungssatz von 67 Prozent. Berücksichtigt ist die Lohnsteuerklasse ${klasse}, die zu Beginn des Jahres als Lohnsteuerabzugsmerkmal für Sie gespeichert war. Die Berechnung im Einzelnen finden Sie auf der nächsten Seite.`);

  d.newPage();
  d.y = 56;
  d.write('Anlage: Berechnung des Arbeitslosengeldes', { bold: true, size: 11.5 });
  d.move(4);
  d.write(`Fiktive Bemessung – Bezugsgröße ${year}: ${decimal(bzg, 0)} Euro jährlich`, { size: 9 });
  const gTop = d.y + 2;
  const cx = [d.left, d.left + 20, d.left + 88, d.left + 330, d.right];
  d.rect(d.left, gTop, d.contentWidth, 15, { fill: [0.9, 0.9, 0.9] });
  ['', 'Gruppe', 'erforderliche Ausbildung', 'Anteil der Bezugsgröße'].forEach((h, i) => d.text(cx[i] + 3, gTop + 10.5, h, { size: 7.5, bold: true }));
  d.text(cx[4] - 4, gTop + 10.5, 'täglich', { size: 7.5, bold: true, align: 'right' });
  d.y = gTop + 15;
  for (const [g, text, div] of groups) {
    const on = g === group;
    d.checkbox(cx[0] + 4, d.y + 12, on, 8);
    d.text(cx[1] + 3, d.y + 11.5, `${g}`, { size: 8.5, bold: on });
    d.wrap(text, cx[3] - cx[2] - 8, { size: 8.5 }).forEach((l, i) => d.text(cx[2] + 3, d.y + 11.5 + i * 10, l, { size: 8.5, bold: on }));
    d.text(cx[3] + 3, d.y + 11.5, `1/${div}`, { size: 8.5 });
    d.text(cx[4] - 4, d.y + 11.5, `${decimal(bzg / div)} EUR`, { size: 8.5, align: 'right', bold: on });
    d.y += d.wrap(text, cx[3] - cx[2] - 8, { size: 8.5 }).length > 1 ? 26 : 16;
    d.hline(d.y, d.left, d.right, 0.3, GRAY);
  }
  d.rect(d.left, gTop, d.contentWidth, d.y - gTop, { stroke: [0.4, 0.4, 0.4], lineWidth: 0.5 });
  d.move(8);
  d.para(`Maßgeblich ist Qualifikationsgruppe ${group}. Wir vermitteln Sie vorrangig in eine Beschäftigung als ${rng.pick(group === 1 ? ['Sachbearbeiter/in mit Hochschulabschluss', 'Ingenieur/in', 'Referent/in'] : group === 2 ? ['Techniker/in', 'Erzieher/in', 'Meister/in im Handwerk'] : group === 3 ? ['Kaufmann/-frau für Büromanagement', 'Verkäufer/in', 'Industriemechaniker/in', 'Pflegefachkraft'] : ['Helfer/in Lager', 'Produktionshelfer/in', 'Küchenhilfe'])}.`, { size: 9 });
  const line = (label: string, value: string, opts: { bold?: boolean } = {}) => {
    d.ensure(14);
    d.text(d.left + 6, d.y + 9.5, label, { size: 9, bold: opts.bold });
    d.text(d.right - 4, d.y + 9.5, value, { size: 9, align: 'right', bold: opts.bold });
    d.y += 14;
  };
  d.write('Vom Bemessungsentgelt zum Leistungsbetrag', { bold: true, size: 10 });
  line('fiktives Arbeitsentgelt je Kalendertag (Vollzeit)', `${decimal(fullDay)} EUR`);
  if (avail < weekly) line(`gemindert auf ${decimal(avail, avail % 1 ? 1 : 0)} von ${decimal(weekly, weekly % 1 ? 1 : 0)} Wochenstunden`, `${decimal(bem)} EUR`);
  line('Bemessungsentgelt täglich', `${decimal(bem)} EUR`, { bold: true });
  line('abzüglich Sozialversicherungspauschale (20 %)', `-${decimal(svp)} EUR`);
  line(`abzüglich Lohnsteuer (Steuerklasse ${klasse})`, `-${decimal(lst)} EUR`);
  line('abzüglich Solidaritätszuschlag', '0,00 EUR');
  d.hline(d.y, d.left + 300, d.right, 0.5);
  line('Leistungsentgelt täglich', `${decimal(le)} EUR`, { bold: true });
  line('Leistungssatz', '67 %');
  d.hline(d.y, d.left + 300, d.right, 0.5);
  line('Arbeitslosengeld täglich', `${decimal(taeglich)} EUR`, { bold: true });
  d.move(8);
  d.write('Anspruchsdauer', { bold: true, size: 10 });
  d.para(`In den letzten 30 Monaten vor dem ${dt(von)} standen Sie ${rng.int(24, 30)} Monate in einem Versicherungspflichtverhältnis; die Elternzeit bis zum dritten Geburtstag Ihres Kindes zählt mit (§ 26 Abs. 2a SGB III). Daraus ergibt sich ein Anspruch von ${dauer} Kalendertagen.`, { size: 9 });
  d.write('Was Sie beachten müssen', { bold: true, size: 10 });
  d.para('Teilen Sie uns sofort mit, wenn Sie eine Arbeit aufnehmen, auch eine Nebenbeschäftigung, wenn Sie krank werden oder wenn sich die Betreuung Ihres Kindes ändert. Wer Änderungen nicht meldet, muss zu viel gezahlte Leistungen erstatten.', { size: 9 });
  rechtsbehelf(ctx, agentur.replace('Agentur', 'der Agentur'));
  closing(ctx, { greeting: 'Mit freundlichen Grüßen', signer: 'Ihre Agentur für Arbeit' });
  footer(d, [[`${agentur}`, 'Bundesagentur für Arbeit'], ['Bankverbindung: Bundesbank', 'IBAN: DE50 7600 0000 0076 0016 16']], 'Seite x von y');
  const a = { person, kdnr, taeglich, von, bis };
  ctx.set('name', fake.fullName(a.person));
  ctx.set('kundennummer', a.kdnr);
  ctx.set('leistungsbetrag_taeglich', a.taeglich);
  ctx.set('bewilligung_von', a.von);
  ctx.set('bewilligung_bis', a.bis);
}

/**
 * blind8 (holdout): a grant of Teilarbeitslosengeld (§ 162 SGB III) to a person who held two jobs
 * and lost one of them: the agency's letter with a grey sidebar beside the text holding the
 * customer number (label above value), the contact person and both jobs (the one that ended with
 * its last day and monthly pay; the one that goes on with its hours and monthly pay); the decision
 * in the main column as sentences (period from–to, the daily amount, the 30-day figure), the
 * reasoning with the six-month claim duration, the day the claim lapses at the latest, the
 * continuing job's pay not being credited; page 2 the calculation as a column of boxes linked by
 * arrows (assessment period, pay from the lost job only, daily assessment pay, lump-sum deductions,
 * daily benefit pay, rate, daily amount), then the payment to the account and the legal remedy.
 */
function blind8Teilarbeitslosengeld(ctx: Ctx): void {
  const rng = ctx.rng;
  const person = fake.person(rng, { bornFrom: 1962, bornTo: 2000 });
  person.title = undefined;
  const address = fake.address(rng);
  const kdnr = fake.baKundennummer(rng);
  const agentur = `Agentur für Arbeit ${address.city}`;
  const jobA = fake.employerName(rng, address.city);
  let jobB = fake.employerName(rng, address.city);
  if (jobB === jobA) jobB = `${jobB.replace(/ GmbH.*$/, '')} Service GmbH`;
  const lohnA = cents(rng.float(620, 1900));
  const lohnB = cents(rng.float(540, 1700));
  const hoursB = rng.pick([10, 12, 15, 18, 20, 24]);
  const von = addDays(ctx.today, -rng.int(5, 50));
  const endA = addDays(von, -1);
  const bis = addDays(von, 179);
  const erlischt = addDays(addMonths(von, 12), -1);
  const bemZeitraumBis = lastOfMonth(addMonths(endA, -1));
  const bemZeitraumVon = addDays(addMonths(bemZeitraumBis, -12), 1);
  const bemessung = cents((lohnA * 12) / 365);
  const klasse = rng.pick([1, 3, 4, 5]);
  const sozialpauschale = cents(bemessung * 0.2);
  const steuer = cents(bemessung * rng.float(klasse === 3 ? 0.0 : 0.02, klasse === 5 ? 0.16 : 0.09));
  const leistungsentgelt = cents(bemessung - sozialpauschale - steuer);
  const satz = rng.chance(0.4) ? 67 : 60;
  const taeglich = cents((leistungsentgelt * satz) / 100);
  const monat = cents(taeglich * 30);
  const acc = fake.bankAccount(rng);
  const contact = fake.person(rng, { bornFrom: 1965, bornTo: 1998 });
  const gz = `${rng.pick(['II', 'IV', '621'])}-${rng.digits(4)}-${rng.digits(2)}`;
  const dd = (v: string) => ctx.ndate(v);
  const m = (v: number) => ctx.money(v);
  const red: Color = [0.78, 0.06, 0.12];
  const side: Color = [0.93, 0.93, 0.93];

  const d = ctx.start({ family: 'helvetica', size: 9.3, margins: { left: 62, right: 48, top: 52, bottom: 70 } });
  d.rect(d.left, 40, 22, 22, { fill: red });
  d.text(d.left + 5, 56, 'BA', { size: 10, bold: true, color: [1, 1, 1] });
  d.text(d.left + 30, 50, 'Bundesagentur für Arbeit', { size: 12, bold: true });
  d.text(d.left + 30, 62, agentur, { size: 9, color: GRAY });
  returnLine(d, `${agentur} · Postfach ${rng.digits(4)} · ${address.plz.slice(0, 2)}${rng.digits(3)} ${address.city}`);
  addressWindow(d, recipientLines(ctx, person, address, { name: 'name' }));
  d.text(d.right, 152, `${address.city}, ${ctx.date(ctx.today)}`, { size: 9, align: 'right' });
  d.text(d.right, 165, `Geschäftszeichen ${gz}`, { size: 8, align: 'right', color: GRAY });

  const SX = d.right - 150;
  const MW = SX - d.left - 16;
  d.y = 256;
  d.para(ctx.pick([], ['Bewilligung von Teilarbeitslosengeld', 'Ihr Antrag auf Teilarbeitslosengeld – Bescheid']), { size: 11, bold: true, width: MW });
  const sideTop = d.y;

  // sidebar: measured first, so that its grey ground lies under the text
  type SideItem = { label?: string; value: Cell; size: number } | 'rule' | { heading: string };
  const items: SideItem[] = [
    { label: ctx.pick([], ['Kundennummer (bitte immer angeben)', 'Ihre Kundennummer']), value: { text: kdnr, field: 'kundennummer' }, size: 10 },
    { label: 'Ansprechpartner/in', value: `${contact.gender === 'f' ? 'Frau' : 'Herr'} ${contact.last}, Team Arbeitslosengeld`, size: 9 },
    { label: 'Servicenummer', value: '0800 4 5555 00 (gebührenfrei)', size: 9 },
    'rule',
    { heading: 'Ihre Beschäftigungen' },
    { label: 'beendet', value: `${jobA}, letzter Arbeitstag ${dd(endA)}, zuletzt ${m(lohnA)} brutto monatlich`, size: 8 },
    { label: 'wird fortgesetzt', value: `${jobB}, ${hoursB} Std./Woche, ${m(lohnB)} brutto monatlich`, size: 8 },
    { label: 'Antrag / Arbeitslosmeldung', value: dd(addDays(endA, -rng.int(3, 60))), size: 8 },
  ];
  const textOf = (c: Cell) => (typeof c === 'string' ? { text: c } : c);
  const heightOf = (it: SideItem) => (it === 'rule' ? 8 : 'heading' in it ? 12 : 16 + d.wrap(textOf(it.value).text, 134, { size: it.size }).length * it.size * 1.25);
  const sideH = items.reduce((h, it) => h + heightOf(it), 0) + 10;
  d.rect(SX, sideTop, d.right - SX, sideH, { fill: side });
  let sy = sideTop + 4;
  for (const it of items) {
    if (it === 'rule') d.hline(sy + 4, SX + 8, d.right - 8, 0.4, GRAY);
    else if ('heading' in it) d.text(SX + 8, sy + 9, it.heading, { size: 8, bold: true });
    else {
      d.text(SX + 8, sy + 8, it.label ?? '', { size: 6.8, color: GRAY });
      const v = textOf(it.value);
      d.wrap(v.text, 134, { size: it.size }).forEach((l, i) => d.text(SX + 8, sy + 19 + i * it.size * 1.25, l, { size: it.size, bold: !!v.field, field: i === 0 ? v.field : undefined }));
    }
    sy += heightOf(it);
  }

  // main column
  d.y = sideTop + 4;
  d.write(person.gender === 'f' ? `Sehr geehrte Frau ${person.last},` : `Sehr geehrter Herr ${person.last},`);
  d.move(2);
  d.para(`Sie erhalten ab dem ${ctx.v('bewilligung_von', ctx.date(von))} Teilarbeitslosengeld. Die Leistung ist bis zum ${ctx.v('bewilligung_bis', ctx.date(bis))} bewilligt.`, { width: MW });
  d.para(`Das Teilarbeitslosengeld beträgt täglich ${ctx.v('leistungsbetrag_taeglich', m(taeglich))}. Für einen Kalendermonat mit 30 Tagen sind das ${m(monat)}.`, { width: MW, bold: true });
  d.write('Begründung', { bold: true });
  d.para(`Sie haben neben Ihrer weiterhin ausgeübten Beschäftigung bei der ${jobB} eine weitere versicherungspflichtige Beschäftigung bei der ${jobA} verloren. Sie sind damit teilarbeitslos (§ 162 Abs. 1 SGB III). Die Anwartschaftszeit für Teilarbeitslosengeld haben Sie erfüllt, weil Sie in der Rahmenfrist mindestens zwölf Monate die verlorene Beschäftigung neben der weiterhin ausgeübten Beschäftigung ausgeübt haben.`, { width: MW });
  d.para(`Die Dauer des Anspruchs auf Teilarbeitslosengeld beträgt sechs Monate (§ 162 Abs. 2 Nr. 4 SGB III). Der Anspruch erlischt außerdem, wenn Sie eine Beschäftigung von mehr als 15 Stunden wöchentlich aufnehmen, spätestens jedoch am ${ctx.date(erlischt)}.`, { width: MW });
  d.para(`Das Arbeitsentgelt aus der Beschäftigung bei der ${jobB} (${m(lohnB)} monatlich) wird auf das Teilarbeitslosengeld nicht angerechnet. Bemessen wird die Leistung allein nach dem Entgelt aus der beendeten Beschäftigung; die Berechnung finden Sie auf Seite 2.`, { width: MW });
  d.para(`Wir zahlen monatlich nachträglich auf Ihr Konto bei der ${acc.bank.name}, IBAN ${ctx.iban(acc.iban)}.`, { width: MW });
  d.y = Math.max(d.y, sy + 8);

  // page 2: calculation as a chain of boxes
  d.newPage();
  d.write(`Kundennummer ${kdnr} · Bescheid vom ${dd(ctx.today)}`, { size: 8, color: GRAY });
  d.move(4);
  d.write('So haben wir Ihr Teilarbeitslosengeld berechnet', { size: 11.5, bold: true });
  d.move(4);
  const steps: [string, string, string?][] = [
    ['Bemessungszeitraum', `${dd(bemZeitraumVon)} bis ${dd(bemZeitraumBis)}`, 'die letzten zwölf abgerechneten Monate der beendeten Beschäftigung'],
    ['beitragspflichtiges Arbeitsentgelt im Bemessungszeitraum', m(cents(lohnA * 12)), `nur ${jobA}`],
    ['Bemessungsentgelt täglich', m(bemessung), 'Entgelt geteilt durch 365 Tage'],
    ['abzüglich Sozialversicherungspauschale 20 %', `-${m(sozialpauschale)}`],
    [`abzüglich Lohnsteuer und Solidaritätszuschlag (Steuerklasse ${klasse})`, `-${m(steuer)}`],
    ['Leistungsentgelt täglich', m(leistungsentgelt)],
    ['Leistungssatz', `${satz} %`, satz === 67 ? 'erhöhter Satz: mindestens ein Kind im Sinne des Steuerrechts' : 'allgemeiner Satz'],
  ];
  const bx = d.left + 40;
  const bw = d.contentWidth - 80;
  for (const [label, value, note] of steps) {
    d.ensure(44);
    const top = d.y;
    const h = note ? 30 : 20;
    d.rect(bx, top, bw, h, { stroke: [0.45, 0.45, 0.45], lineWidth: 0.5 });
    d.text(bx + 8, top + 13, label, { size: 8.8 });
    if (note) d.text(bx + 8, top + 24, note, { size: 7, color: GRAY });
    d.text(bx + bw - 8, top + 13, value, { size: 9, align: 'right' });
    d.y = top + h;
    d.line(bx + bw / 2, d.y, bx + bw / 2, d.y + 13, 0.8, GRAY);
    d.line(bx + bw / 2 - 4, d.y + 8, bx + bw / 2, d.y + 13, 0.8, GRAY);
    d.line(bx + bw / 2 + 4, d.y + 8, bx + bw / 2, d.y + 13, 0.8, GRAY);
    d.y += 14;
  }
  d.rect(bx, d.y, bw, 24, { fill: [0.98, 0.9, 0.9], stroke: red, lineWidth: 0.8 });
  d.text(bx + 8, d.y + 15.5, 'Teilarbeitslosengeld täglich', { size: 9.5, bold: true });
  d.text(bx + bw - 8, d.y + 15.5, m(taeglich), { size: 10, bold: true, align: 'right' });
  d.y += 34;
  d.para('Beiträge zur Kranken-, Pflege- und Rentenversicherung zahlen wir für Sie; sie werden von der Leistung nicht abgezogen. Die Zahlung für angebrochene Monate erfolgt anteilig für die Tage des Anspruchs.', { size: 8.8 });
  d.para(rng.pick(HINWEISE), { size: 8.8 });
  rechtsbehelf(ctx, agentur);
  closing(ctx, { greeting: 'Mit freundlichen Grüßen', signer: 'Ihre Agentur für Arbeit' });
  d.onEveryPage((doc, page, pages) => {
    doc.hline(doc.height - 46, doc.left, doc.right, 0.3, GRAY);
    doc.text(doc.left, doc.height - 36, `${agentur} · www.arbeitsagentur.de · Öffnungszeiten: Mo–Fr 8:00–12:30, Do 14:00–18:00`, { size: 6.5, color: GRAY });
    doc.text(doc.right, doc.height - 36, `Seite ${page} von ${pages}`, { size: 7, align: 'right', color: GRAY });
  });
  ctx.set('name', fake.fullName(person));
  ctx.set('kundennummer', kdnr);
  ctx.set('leistungsbetrag_taeglich', taeglich);
  ctx.set('bewilligung_von', von);
  ctx.set('bewilligung_bis', bis);
}

/**
 * blind9: a grant of unemployment benefit by way of "Gleichwohlgewährung" (§ 157 (3) SGB III):
 * the employer dismissed without notice and pays no wages while the dismissal is contested before
 * the labour court. The letter head at the right as the BA writes it ("Mein Zeichen" holding the
 * customer number, name, extension, date); the facts in sentences (the dismissal's date, the court
 * and its file number, the end of the ordinary notice period, the last monthly pay); the decision
 * as sentences (from, until, the daily amount); the calculation as a small ruled grid; the claim to
 * wages passing to the agency for the time up to the end of the notice period; the 30-day amount
 * and the account. Page 2 is the copy of the agency's notice to the employer of the passing of the
 * claim (§ 115 SGB X): the employer in the window, the employee named with birth date, the period
 * of the wage claim, the benefit and contributions paid so far, the agency's own account.
 */
function blind9Gleichwohlgewaehrung(ctx: Ctx): void {
  const rng = ctx.rng;
  const person = fake.person(rng, { bornFrom: 1963, bornTo: 2001 });
  person.title = undefined;
  const she = person.gender === 'f';
  const address = fake.address(rng);
  const kdnr = fake.baKundennummer(rng);
  const agentur = `Agentur für Arbeit ${address.city}`;
  const employer = fake.organisation(rng, fake.employerName(rng, address.city), address.city);
  const von = addDays(ctx.today, -rng.int(12, 70));
  const kuendigung = addDays(von, -rng.int(1, 6));
  const fristEnde = lastOfMonth(addMonths(von, rng.int(1, 4)));
  const dauer = rng.pick([180, 240, 300, 360, 360, 450, 540]);
  const bis = addDays(von, dauer - 1);
  const lohn = cents(rng.float(1900, 4600));
  const bemessung = cents((lohn * 12) / 365);
  const klasse = rng.pick([1, 1, 3, 4, 5]);
  const pauschale = cents(bemessung * 0.2);
  const steuer = cents(bemessung * (klasse === 3 ? rng.float(0.0, 0.04) : klasse === 5 ? rng.float(0.14, 0.2) : rng.float(0.06, 0.12)));
  const leistungsentgelt = cents(bemessung - pauschale - steuer);
  const satz = rng.chance(0.35) ? 67 : 60;
  const taeglich = cents((leistungsentgelt * satz) / 100);
  const monat = cents(taeglich * 30);
  const court = `Arbeitsgericht ${rng.pick([address.city, employer.address.city])}`;
  const az = `${rng.int(1, 14)} Ca ${rng.int(100, 4999)}/${ctx.today.slice(2, 4)}`;
  const guete = addDays(ctx.today, rng.int(10, 45));
  const acc = fake.bankAccount(rng);
  const baIban = fake.germanIban('76000000', `${rng.int(1, 9)}${rng.digits(7)}`);
  const contact = fake.person(rng, { bornFrom: 1965, bornTo: 1998 });
  const gz = `${rng.pick(['II', '21', 'LB'])}${rng.digits(2)}-${rng.digits(4)}`;
  const paidDays = Math.max(1, Math.round((Date.parse(ctx.today) - Date.parse(von)) / 86400000));
  const transferDays = Math.min(paidDays, Math.round((Date.parse(fristEnde) - Date.parse(von)) / 86400000) + 1);
  const paidSoFar = cents(taeglich * transferDays);
  const beitraege = cents(bemessung * 0.8 * transferDays * rng.float(0.36, 0.4));
  const red: Color = [0.78, 0.06, 0.12];
  const dd = (v: IsoDate) => ctx.date(v);
  const m = (v: number) => ctx.money(v);

  const d = ctx.start({ family: 'helvetica', size: 9.5, margins: { left: 66, right: 50, top: 56, bottom: 74 } });
  const letterHead = (to: Cell[], when: IsoDate, extra: [string, Cell][]) => {
    d.text(d.left, 50, 'Bundesagentur für Arbeit', { size: 13, bold: true, color: red });
    d.text(d.left, 63, agentur, { size: 10 });
    returnLine(d, `${agentur}, ${rng.pick(['Postfach', 'Postfach'])} ${rng.digits(5)}, ${address.plz} ${address.city}`);
    addressWindow(d, to);
    const rows: [string, Cell][] = [
      ['Ihr Zeichen:', ''],
      ['Ihre Nachricht:', ''],
      ...extra,
      ['Name:', `${contact.gender === 'f' ? 'Frau' : 'Herr'} ${contact.last}`],
      ['Durchwahl:', `${rng.digits(4)} ${rng.digits(3)}-${rng.digits(4)}`],
      ['Datum:', ctx.date(when)],
    ];
    rows.forEach(([l, v], i) => {
      const y = 150 + i * 12;
      d.text(370, y, l, { size: 8, color: GRAY });
      const c = typeof v === 'string' ? { text: v } : v;
      if (c.text) d.text(440, y, c.text, { size: 8.5, bold: !!c.field, field: c.field });
    });
  };
  letterHead([she ? 'Frau' : 'Herrn', { text: `${person.first} ${person.last}`, field: 'name' }, `${address.street} ${address.no}`, `${address.plz} ${address.city}`], ctx.today, [
    [ctx.pick([], ['Mein Zeichen:', 'Unser Zeichen:']), { text: kdnr, field: 'kundennummer' }],
    ['', '(bei jeder Antwort bitte angeben)'],
  ]);
  d.y = 272;
  d.write(ctx.pick([], ['Arbeitslosengeld im Wege der Gleichwohlgewährung', 'Ihr Antrag auf Arbeitslosengeld vom ' + ctx.ndate(von)]), { size: 11, bold: true });
  d.write('Bewilligungsbescheid', { size: 9.5, color: GRAY });
  d.move(6);
  d.write(she ? `Sehr geehrte Frau ${person.last},` : `Sehr geehrter Herr ${person.last},`);
  d.move(2);
  d.para(`Ihr Arbeitgeber (${employer.name}) hat das Arbeitsverhältnis mit Schreiben vom ${dd(kuendigung)} fristlos gekündigt und zahlt Ihnen seitdem kein Arbeitsentgelt. Gegen die Kündigung haben Sie Klage beim ${court} erhoben (Aktenzeichen ${az}); der Gütetermin ist auf den ${dd(guete)} bestimmt. Bei einer ordentlichen Kündigung hätte das Arbeitsverhältnis frühestens am ${dd(fristEnde)} geendet.`);
  d.write('Entscheidung', { bold: true });
  const opener = rng.pick([
    `Sie erhalten Arbeitslosengeld vom ${ctx.v('bewilligung_von', dd(von))} bis ${ctx.v('bewilligung_bis', dd(bis))}.`,
    `Wir bewilligen Ihnen Arbeitslosengeld ab dem ${ctx.v('bewilligung_von', dd(von))}. Die Bewilligung endet am ${ctx.v('bewilligung_bis', dd(bis))}, wenn sich bis dahin nichts ändert.`,
  ]);
  d.para(`${opener} Der tägliche Leistungsbetrag ${ctx.pick([], ['beläuft sich auf', 'beträgt'])} ${ctx.v('leistungsbetrag_taeglich', m(taeglich))}. Das Arbeitslosengeld wird Ihnen nach § 157 Absatz 3 SGB III gezahlt, obwohl Ihnen für die Zeit bis zum ${dd(fristEnde)} möglicherweise noch Arbeitsentgelt zusteht (Gleichwohlgewährung).`);
  d.write('Begründung und Berechnung', { bold: true });
  d.para(`Sie haben sich am ${dd(von)} arbeitslos gemeldet und erfüllen die Anwartschaftszeit. Ihr Anspruch umfasst ${dauer} Kalendertage. Zuletzt haben Sie monatlich ${m(lohn)} brutto verdient. Für die Berechnung haben wir folgende Werte zugrunde gelegt:`);
  const grid: [string, string][] = [
    ['Bemessungszeitraum', `${ctx.ndate(addDays(addMonths(firstOfMonthIso(kuendigung), -12), 0))} – ${ctx.ndate(addDays(firstOfMonthIso(kuendigung), -1))}`],
    ['Bemessungsentgelt je Kalendertag', m(bemessung)],
    [`Lohnsteuerklasse ${klasse}, Sozialversicherungspauschale 20 %`, ''],
    ['Leistungsentgelt je Kalendertag', m(leistungsentgelt)],
    [`Leistungssatz (${satz === 67 ? 'erhöht, mit Kind' : 'allgemein'})`, `${satz} %`],
  ];
  const gx = d.left + 10;
  d.hline(d.y, gx, d.right - 40, 0.5);
  for (const [l, v] of grid) {
    d.row([{ x: gx + 4, text: l }, { x: d.right - 44, text: v, align: 'right' }], { size: 9, minHeight: 14 });
    d.hline(d.y, gx, d.right - 40, 0.3, GRAY);
  }
  d.move(8);
  d.write('Anspruchsübergang', { bold: true });
  d.para(`Ihr Anspruch auf Arbeitsentgelt für die Zeit vom ${dd(von)} bis ${dd(fristEnde)} geht in Höhe des gezahlten Arbeitslosengeldes und der von uns getragenen Beiträge auf die Bundesagentur für Arbeit über (§ 115 SGB X). Ihren Arbeitgeber haben wir hierüber unterrichtet (Abschrift anbei). Schließen Sie vor dem ${court} einen Vergleich, berücksichtigen Sie bitte diesen Anspruch und teilen Sie uns das Ergebnis unverzüglich mit.`);
  d.write('Zahlung', { bold: true });
  d.para(`Für einen vollen Monat (30 Tage) ergibt sich ein Betrag von ${m(monat)}. Die Zahlung erfolgt monatlich nachträglich auf Ihr Konto ${ctx.iban(acc.iban)} bei der ${acc.bank.name}.`);
  let copy = false;
  d.onContinuation((doc) => {
    if (copy) return;
    doc.text(doc.left, 40, `Fortsetzung des Bescheides vom ${ctx.date(ctx.today)} über Arbeitslosengeld`, { size: 8, color: GRAY });
    doc.hline(45, doc.left, doc.right, 0.3, GRAY);
  });
  d.ensure(60);
  d.write('Wichtige Hinweise', { bold: true });
  d.para(`Zahlt Ihr Arbeitgeber Ihnen nachträglich Arbeitsentgelt für die Zeit ab dem ${dd(von)} – etwa aufgrund eines Urteils oder Vergleichs –, müssen Sie das für denselben Zeitraum gezahlte Arbeitslosengeld erstatten, soweit der Arbeitgeber nicht bereits an uns geleistet hat. Eine Abfindung teilen Sie uns bitte ebenfalls mit; sie kann zum Ruhen des Anspruchs führen.`, { size: 9 });
  d.para('Sie müssen für die Vermittlung erreichbar sein. Eine Abwesenheit von Ihrem Wohnort stimmen Sie bitte vorher mit uns ab. Zeigen Sie eine Arbeitsunfähigkeit unverzüglich an und legen Sie die Bescheinigung spätestens am dritten Kalendertag vor.', { size: 9 });
  d.ensure(80);
  d.write(RECHTSBEHELF[0], { bold: true });
  d.para(RECHTSBEHELF[1].replace('bei der oben genannten Stelle', `bei der ${agentur}`), { size: 8.5 });
  d.write('Mit freundlichen Grüßen');
  d.write(agentur, { size: 8.5, color: GRAY });

  // the last page: the copy of the notice to the employer
  copy = true;
  d.newPage();
  d.rect(d.right - 120, 36, 120, 18, { stroke: GRAY, lineWidth: 0.8 });
  d.text(d.right - 60, 49, 'Abschrift zur Kenntnis', { size: 9, bold: true, align: 'center', color: GRAY });
  letterHead([employer.name, rng.pick(['Personalabteilung', 'Geschäftsführung', 'Lohnbuchhaltung']), `${employer.address.street} ${employer.address.no}`, `${employer.address.plz} ${employer.address.city}`], ctx.today, [
    ['Mein Zeichen:', `${kdnr} / ${gz}`],
  ]);
  d.y = 262;
  d.write(ctx.pick([], ['Anzeige des Anspruchsübergangs nach § 115 SGB X', 'Überleitung von Arbeitsentgeltansprüchen (§ 115 SGB X)']), { size: 11, bold: true });
  d.write(`Ihr${she ? 'e Arbeitnehmerin' : ' Arbeitnehmer'} ${person.first} ${person.last}, geboren am ${ctx.ndate(person.birth)}`, { size: 9.5, bold: true });
  d.move(6);
  d.write('Sehr geehrte Damen und Herren,');
  d.move(2);
  d.para(`${she ? 'Ihre Arbeitnehmerin' : 'Ihr Arbeitnehmer'} erhält von uns seit dem ${dd(von)} Arbeitslosengeld, weil Sie für die Zeit nach der Kündigung vom ${dd(kuendigung)} kein Arbeitsentgelt zahlen. Soweit ${she ? 'ihr' : 'ihm'} für die Zeit bis zum ${dd(fristEnde)} Arbeitsentgelt zusteht, ist dieser Anspruch in Höhe unserer Leistungen auf die Bundesagentur für Arbeit übergegangen.`);
  const sx = d.left + 10;
  const rows2: [string, string][] = [
    ['Zeitraum des Anspruchsübergangs', `${ctx.ndate(von)} bis ${ctx.ndate(fristEnde)}`],
    ['Arbeitslosengeld kalendertäglich', m(taeglich)],
    [`gezahltes Arbeitslosengeld bis ${ctx.ndate(ctx.today)}`, m(paidSoFar)],
    ['entrichtete Beiträge zur Kranken-, Pflege- und Rentenversicherung', m(beitraege)],
    ['Summe des übergegangenen Anspruchs (Stand heute)', m(cents(paidSoFar + beitraege))],
  ];
  d.rect(sx - 4, d.y - 2, d.right - sx + 4, rows2.length * 15 + 6, { stroke: GRAY, lineWidth: 0.5 });
  for (const [l, v] of rows2) d.row([{ x: sx, text: l, width: 300 }, { x: d.right - 6, text: v, align: 'right' }], { size: 9, minHeight: 15 });
  d.move(10);
  d.para(`Zahlungen an ${she ? 'Ihre Arbeitnehmerin' : 'Ihren Arbeitnehmer'} befreien Sie insoweit nicht von Ihrer Schuld. Bitte überweisen Sie den übergegangenen Betrag nach Abschluss des Verfahrens vor dem ${court} (${az}) auf das Konto der Bundesagentur für Arbeit, IBAN ${fake.groupIban(baIban)}, BIC MARKDEF1760, Verwendungszweck „${kdnr} Anspruchsübergang“. Den endgültigen Betrag teilen wir Ihnen gesondert mit.`);
  d.para('Diese Mitteilung ist kein Verwaltungsakt gegenüber Ihnen; sie dient Ihrer Unterrichtung über den gesetzlichen Forderungsübergang.', { size: 8.5 });
  d.write('Mit freundlichen Grüßen');
  d.write(agentur, { size: 8.5, color: GRAY });
  footer(d, [[agentur, `${address.plz} ${address.city}`], ['Servicenummer 0800 4 5555 00', 'www.arbeitsagentur.de'], ['Bankverbindung: Deutsche Bundesbank', `IBAN ${fake.groupIban(baIban)}`]], 'Seite x von y');
  ctx.set('name', fake.fullName(person));
  ctx.set('kundennummer', kdnr);
  ctx.set('leistungsbetrag_taeglich', taeglich);
  ctx.set('bewilligung_von', von);
  ctx.set('bewilligung_bis', bis);
}

const firstOfMonthIso = (date: IsoDate) => `${date.slice(0, 7)}-01`;

/**
 * blind10: unemployment benefit for an older employee whose partial retirement (Altersteilzeit in
 * the block model) has ended before the pension can be drawn without deductions. The customer
 * number stands in the window's notes zone above the address; the contact and date at the right.
 * The decision in one sentence with the daily amount; the grant period drawn as a timeline bar
 * with the first and last day under its ends (the claim's 720 days reaching beyond the month the
 * standard retirement age is reached are greyed out, or the claim runs out inside it); the
 * reasoning in sentences (the employer, the part-time's working and release phases, the half pay
 * with its top-up, the assessment on the full-time pay under § 10 (1) AltTZG, the earliest pension
 * with deductions and the standard retirement age); page 2 a calculation sheet as numbered steps
 * with their basis, the 30-day amount, the account and notes on the pension application.
 */
function blind10Altersteilzeit(ctx: Ctx): void {
  const rng = ctx.rng;
  const von = firstOfMonthIso(addDays(ctx.today, -rng.int(5, 50)));
  const vonYear = Number(von.slice(0, 4));
  const birthYear = vonYear - rng.int(64, 65);
  const person = fake.person(rng, { bornFrom: birthYear, bornTo: birthYear });
  person.title = undefined;
  const she = person.gender === 'f';
  const address = fake.address(rng);
  const kdnr = fake.baKundennummer(rng);
  const agentur = `Agentur für Arbeit ${address.city}`;
  const employer = rng.pick([`Stadtwerke ${address.city} GmbH`, `${fake.person(rng).last} Maschinenbau AG`, `${address.city}er Versorgungs- und Verkehrsgesellschaft mbH`, fake.employerName(rng, address.city), `Sparkasse ${address.city}`]);
  // the standard retirement age by birth year (§ 235 SGB VI)
  const ragMonths = 12 * 66 + Math.min(12, Math.max(0, (birthYear - 1958) * 2 + (birthYear >= 1958 ? 0 : 0)));
  const ragDay = addMonths(person.birth, ragMonths);
  const ragEnd = lastOfMonth(ragDay);
  const dauer = rng.pick([720, 720, 720, 540]);
  const claimEnd = addDays(von, dauer - 1);
  const capped = claimEnd > ragEnd;
  const bis = capped ? ragEnd : claimEnd;
  const earliestPension = firstOfMonthIso(addMonths(addDays(person.birth, 1), 12 * 63 + (addDays(person.birth, 1).slice(8) === '01' ? 0 : 1)));
  const atzYears = rng.int(2, 6);
  const atzStart = addMonths(von, -12 * atzYears);
  const freiStart = addMonths(von, -6 * atzYears);
  const vollzeit = cents(rng.float(3100, 6300));
  const teilzeit = cents(vollzeit / 2);
  const aufstockung = cents(teilzeit * rng.pick([0.2, 0.2, 0.25, 0.3]));
  const bemessung = cents((vollzeit * 12) / 365);
  const klasse = rng.pick([1, 3, 3, 4, 4, 5]);
  const pauschale = cents(bemessung * 0.2);
  const steuer = cents(bemessung * (klasse === 3 ? rng.float(0.02, 0.07) : klasse === 5 ? rng.float(0.16, 0.22) : rng.float(0.08, 0.14)));
  const soli = 0;
  const leistungsentgelt = cents(bemessung - pauschale - steuer - soli);
  const satz = rng.chance(0.2) ? 67 : 60;
  const taeglich = cents((leistungsentgelt * satz) / 100);
  const monat = cents(taeglich * 30);
  const acc = fake.bankAccount(rng);
  const contact = fake.person(rng, { bornFrom: 1966, bornTo: 1999 });
  const drvVsnr = fake.groupVsnr(fake.versicherungsnummer(rng, person));
  const red: Color = [0.78, 0.06, 0.12];
  const dd = (v: IsoDate) => ctx.date(v);
  const m = (v: number) => ctx.money(v);

  const d = ctx.start({ family: rng.pick(['helvetica', 'helvetica', 'times']), size: 9.5, margins: { left: 70, right: 54, top: 56, bottom: 72 } });
  d.text(d.left, 48, 'Bundesagentur für Arbeit', { size: 12.5, bold: true, color: red });
  d.text(d.left, 61, agentur, { size: 9.5 });
  d.text(d.left, 72, rng.pick(['Team Arbeitslosengeld', 'Operativer Service', 'Leistungsgewährung SGB III']), { size: 8, color: GRAY });
  d.text(d.left, 122, `${agentur} · ${address.plz} ${address.city}`, { size: 6.5, color: GRAY });
  // notes zone of the window: the customer number above the address
  d.text(d.left, 134, `${ctx.pick([], ['Kd.-Nr.', 'Kunden-Nr.', 'Ihre Kundennummer'])} ${ctx.v('kundennummer', kdnr)}`, { size: 8.5 });
  d.text(d.left, 144, 'Bei Antwort bitte angeben', { size: 6.5, color: GRAY });
  addressWindow(d, [she ? 'Frau' : 'Herrn', { text: `${person.first} ${person.last}`, field: 'name' }, `${address.street} ${address.no}`, `${address.plz} ${address.city}`], 160);
  const rx = 372;
  const rrows: [string, string][] = [
    ['Ansprechpartner/in', `${contact.first.split(' ')[0]} ${contact.last}`],
    ['Telefon', `0800 4 5555 00`],
    ['Geschäftszeichen', `${rng.pick(['221', '231', '112'])}.${rng.digits(2)}`],
    ['E-Mail', `${address.city.toLowerCase().replace(/[^a-zäöüß]+/g, '-').replace(/ä/g, 'ae').replace(/ö/g, 'oe').replace(/ü/g, 'ue').replace(/ß/g, 'ss')}@arbeitsagentur.de`],
    ['Datum', ctx.date(ctx.today)],
  ];
  rrows.forEach(([l, v], i) => {
    d.text(rx, 134 + i * 22, l, { size: 6.8, color: GRAY });
    d.text(rx, 144 + i * 22, v, { size: 8.5 });
  });

  d.y = 262;
  d.write(ctx.pick([], ['Ihr Arbeitslosengeld im Anschluss an die Altersteilzeit', 'Bewilligung von Arbeitslosengeld nach Altersteilzeit']), { size: 11, bold: true });
  d.write(`Bescheid vom ${ctx.ndate(ctx.today)}`, { size: 9, color: GRAY });
  d.move(6);
  d.write(she ? `Sehr geehrte Frau ${person.last},` : `Sehr geehrter Herr ${person.last},`);
  d.move(2);
  d.para(`Sie erhalten ab ${dd(von)} Arbeitslosengeld. Es beträgt ${ctx.pick([], ['kalendertäglich', 'je Kalendertag', 'für jeden Kalendertag'])} ${ctx.v('leistungsbetrag_taeglich', m(taeglich))}. Die Bewilligung gilt für den folgenden Zeitraum:`);

  // the timeline bar
  d.ensure(70);
  const bx = d.left + 10;
  const bw = d.contentWidth - 20;
  const span = (a: IsoDate, b: IsoDate) => (Date.parse(b) - Date.parse(a)) / 86400000;
  const total = span(von, claimEnd);
  const cut = capped ? bx + (bw * span(von, bis)) / total : bx + bw;
  const by = d.y + 14;
  d.rect(bx, by, cut - bx, 12, { fill: [0.86, 0.9, 0.96], stroke: [0.2, 0.3, 0.5], lineWidth: 0.6 });
  if (capped) {
    for (let x = cut; x < bx + bw; x += 6) d.line(x, by + 12, Math.min(x + 6, bx + bw), by, 0.3, GRAY);
    d.rect(cut, by, bx + bw - cut, 12, { stroke: GRAY, lineWidth: 0.4 });
  }
  d.text(bx + 4, by + 9, `Arbeitslosengeld · ${m(taeglich)} täglich`, { size: 7.5, bold: true });
  d.line(bx, by - 4, bx, by + 18, 1);
  d.line(cut, by - 4, cut, by + 18, 1);
  d.text(bx, by - 6, ctx.pick([], ['erster Tag', 'Beginn', 'bewilligt ab']), { size: 6.8, color: GRAY });
  d.text(cut, by - 6, ctx.pick([], ['letzter Tag', 'Ende', 'bewilligt bis']), { size: 6.8, color: GRAY, align: cut > bx + bw - 60 ? 'right' : 'left' });
  d.text(bx, by + 28, ctx.ndate(von), { size: 9, bold: true, field: 'bewilligung_von' });
  d.text(cut, by + 28, ctx.ndate(bis), { size: 9, bold: true, field: 'bewilligung_bis', align: cut > bx + bw - 60 ? 'right' : 'center' });
  if (capped) d.text(bx + bw, by + 40, `schraffiert: Anspruchstage nach Erreichen der Regelaltersgrenze (rechnerisches Anspruchsende ${ctx.ndate(claimEnd)})`, { size: 6.8, color: GRAY, align: 'right' });
  d.y = by + (capped ? 50 : 40);
  d.para(capped
    ? `Ihr Anspruch umfasst ${dauer} Kalendertage und reicht rechnerisch bis zum ${dd(claimEnd)}. Im ${fake.MONTHS_DE[Number(ragDay.slice(5, 7)) - 1]} ${ragDay.slice(0, 4)} erreichen Sie die Regelaltersgrenze; mit Ablauf dieses Monats endet der Anspruch auf Arbeitslosengeld (§ 136 Absatz 2 SGB III). Die restlichen Tage verfallen.`
    : `Ihr Anspruch umfasst ${dauer} Kalendertage; er ist mit dem oben genannten letzten Tag erschöpft. Die Regelaltersgrenze erreichen Sie erst am ${dd(ragDay)}.`);

  d.write('Begründung', { bold: true });
  d.para(`Sie waren bei der ${employer} beschäftigt und haben ab ${dd(atzStart)} Altersteilzeit im Blockmodell geleistet (Arbeitsphase bis ${dd(addDays(freiStart, -1))}, Freistellungsphase ab ${dd(freiStart)}). Das Arbeitsverhältnis endete vereinbarungsgemäß am ${dd(addDays(von, -1))}. Am ${dd(addDays(von, -rng.int(30, 90)))} haben Sie sich arbeitsuchend und zum ${dd(von)} arbeitslos gemeldet. Die Anwartschaftszeit ist erfüllt.`);
  d.para(`Während der Altersteilzeit erhielten Sie ein Arbeitsentgelt von monatlich ${m(teilzeit)} zuzüglich eines steuerfreien Aufstockungsbetrages von ${m(aufstockung)}. Nach § 10 Absatz 1 des Altersteilzeitgesetzes wird das Arbeitslosengeld jedoch nach dem Arbeitsentgelt bemessen, das Sie ohne die Altersteilzeit erzielt hätten. Ihr Arbeitgeber hat hierfür ein monatliches Vollzeitentgelt von ${m(vollzeit)} bescheinigt. Die Berechnung im Einzelnen finden Sie auf der Anlage.`);
  d.para(`Nach unseren Unterlagen ${earliestPension <= von ? `könnten Sie bereits seit dem ${dd(earliestPension)}` : `können Sie frühestens ab ${dd(earliestPension)}`} eine Altersrente für langjährig Versicherte mit Abschlägen beziehen (Versicherungsnummer ${drvVsnr}). Sie sind nicht verpflichtet, diese Rente vorzeitig zu beantragen. Beziehen Sie eine Altersrente, endet das Arbeitslosengeld mit dem Tag vor Rentenbeginn.`);
  d.write('Zahlung', { bold: true });
  d.para(`Für einen vollen Kalendermonat ergibt sich ein Betrag von ${m(monat)} (30 Tage). Wir zahlen monatlich nachträglich auf Ihr Konto ${ctx.iban(acc.iban)} bei der ${acc.bank.name}. Beiträge zur Kranken-, Pflege- und Rentenversicherung tragen wir; sie werden vom Arbeitslosengeld nicht abgezogen.`);
  d.onContinuation((doc) => {
    doc.text(doc.left, 40, `Kundennummer ${kdnr} · ${person.last}, ${person.first}`, { size: 8, color: GRAY });
    doc.text(doc.right, 40, agentur, { size: 8, color: GRAY, align: 'right' });
    doc.hline(45, doc.left, doc.right, 0.3, GRAY);
  });
  d.ensure(90);
  d.write(RECHTSBEHELF[0], { bold: true });
  d.para(RECHTSBEHELF[1].replace('bei der oben genannten Stelle', `bei der ${agentur}`), { size: 8.8 });
  d.write('Mit freundlichen Grüßen');
  d.write(`Im Auftrag · ${agentur}`, { size: 8.5, color: GRAY });

  // the calculation sheet
  d.newPage();
  d.write('Anlage – Berechnungsblatt Arbeitslosengeld', { size: 11, bold: true, color: red });
  d.write(`Bemessungszeitraum ${ctx.ndate(addMonths(von, -12))} bis ${ctx.ndate(addDays(von, -1))} · Lohnsteuerklasse ${klasse} · Leistungssatz ${satz} %`, { size: 8.5, color: GRAY });
  d.move(6);
  const sx = { nr: d.left, step: d.left + 24, basis: d.left + 250, val: d.right };
  d.rect(d.left - 3, d.y, d.contentWidth + 6, 14, { fill: LIGHT });
  d.row([{ x: sx.nr, text: 'Nr.', bold: true }, { x: sx.step, text: 'Rechenschritt', bold: true }, { x: sx.basis, text: 'Grundlage', bold: true }, { x: sx.val, text: 'Betrag', bold: true, align: 'right' }], { size: 8.5, minHeight: 14 });
  const steps: [string, string, string][] = [
    ['Arbeitsentgelt in der Altersteilzeit (monatlich)', `${m(teilzeit)} + ${m(aufstockung)} Aufstockung (nicht maßgebend)`, ''],
    ['Vollzeitentgelt nach § 10 Abs. 1 AltTZG (monatlich)', 'Arbeitsbescheinigung', m(vollzeit)],
    ['Bemessungsentgelt je Kalendertag', `${m(vollzeit)} × 12 : 365`, m(bemessung)],
    ['abzüglich Sozialversicherungspauschale', '20 % des Bemessungsentgelts', `– ${m(pauschale)}`],
    ['abzüglich Lohnsteuer', `Steuerklasse ${klasse}, Kalendertag`, `– ${m(steuer)}`],
    ['abzüglich Solidaritätszuschlag', '', `– ${m(soli)}`],
    ['Leistungsentgelt je Kalendertag', '', m(leistungsentgelt)],
    ['Arbeitslosengeld je Kalendertag', `${satz} % des Leistungsentgelts`, m(taeglich)],
    ['Arbeitslosengeld für 30 Tage', '', m(monat)],
  ];
  steps.forEach(([s, b, v], i) => {
    const bold = i === 7;
    d.row([{ x: sx.nr, text: `(${i + 1})` }, { x: sx.step, text: s, width: 220, bold }, { x: sx.basis, text: b, width: 150, color: GRAY }, { x: sx.val, text: v, align: 'right', bold }], { size: 8.8, minHeight: 15 });
    d.hline(d.y + 1, d.left - 3, d.right + 3, 0.2, GRAY);
    d.move(2);
  });
  d.move(10);
  d.write('Anspruchsdauer', { bold: true });
  d.para(`Versicherungspflichtverhältnisse in den letzten fünf Jahren: ${dauer === 720 ? 'mindestens 48 Monate' : '36 Monate'}; Lebensalter bei Entstehung des Anspruchs: ${Math.floor(span(person.birth, von) / 365.25)} Jahre; Anspruchsdauer nach § 147 SGB III: ${dauer} Kalendertage.`, { size: 9 });
  d.write('Hinweise zur Rente', { bold: true });
  d.para(`Die Regelaltersgrenze erreichen Sie am ${dd(ragDay)}. Bitte stellen Sie den Antrag auf Regelaltersrente etwa drei Monate vorher bei Ihrem Rentenversicherungsträger. Einen Rentenantrag oder Rentenbescheid teilen Sie uns bitte sofort mit.`, { size: 9 });
  d.para(rng.pick(HINWEISE), { size: 9 });
  d.onEveryPage((doc, page, pages) => {
    doc.hline(doc.height - 46, doc.left, doc.right, 0.3, GRAY);
    doc.text(doc.left, doc.height - 36, `${agentur} · Servicenummer 0800 4 5555 00 · www.arbeitsagentur.de`, { size: 6.5, color: GRAY });
    doc.text(doc.right, doc.height - 36, `${page} / ${pages}`, { size: 7, align: 'right', color: GRAY });
  });
  ctx.set('name', fake.fullName(person));
  ctx.set('kundennummer', kdnr);
  ctx.set('leistungsbetrag_taeglich', taeglich);
  ctx.set('bewilligung_von', von);
  ctx.set('bewilligung_bis', bis);
}

/** the statutory notice period (§ 622 BGB) in months by years of service */
const noticeMonths = (years: number) => (years >= 20 ? 7 : years >= 15 ? 6 : years >= 12 ? 5 : years >= 10 ? 4 : years >= 8 ? 3 : years >= 5 ? 2 : 1);

/**
 * blind11: the agency's notice that the claim rests because of a severance payment
 * (Entlassungsentschädigung, § 158 SGB III) after a termination agreement, and the grant from the
 * day after: contact details at the right of the window without the customer number, which stands
 * only in the footer of every page with the page number; the decision as two numbered points
 * (resting period from–to; the benefit from, the daily amount, until); the reasons with employer,
 * length of service, the agreement's date, the last day of work and the severance; why no blocking
 * period applies; on the next page a framed grid of the three possible ends of the resting period
 * (notice period, the day the share of the severance would have been earned at the last daily pay,
 * one year) with the earliest marked, the benefit's calculation in dotted lines with the
 * 30-day amount, health insurance during the resting period, the account, remedy.
 */
function blind11RuhenAbfindung(ctx: Ctx): void {
  const rng = ctx.rng;
  const today = ctx.today;
  const address = fake.address(rng);
  const kdnr = fake.baKundennummer(rng);
  const agentur = `Agentur für Arbeit ${address.city}`;
  const employer = fake.organisation(rng, rng.pick([fake.employerName(rng, address.city), `${fake.person(rng).last} Automotive GmbH`, `Sparkasse ${address.city}`, `${address.city}er Druckhaus GmbH`]), address.city);
  // the agreement ended the job at a month's end, without keeping the notice period
  const signed = addDays(today, -rng.int(70, 200));
  const ende = lastOfMonth(addMonths(signed, rng.pick([0, 1])));
  const jahre = rng.int(3, 28);
  const target = Math.max(jahre + 19, rng.int(32, 61));
  const birthYear = Number(ende.slice(0, 4)) - target - 1;
  const person = fake.person(rng, { bornFrom: birthYear, bornTo: birthYear });
  person.title = undefined;
  const age = Number(ende.slice(0, 4)) - birthYear - (person.birth.slice(5) > ende.slice(5) ? 1 : 0);
  const she = person.gender === 'f';
  const eintritt = iso(Number(ende.slice(0, 4)) - jahre, rng.int(1, 12), 1);
  const fristEnde = lastOfMonth(addMonths(signed, noticeMonths(jahre)));
  const monatslohn = cents(rng.float(2300, 5600));
  const tagesentgelt = cents((monatslohn * 12) / 365);
  const anteil = Math.max(25, 60 - 5 * Math.floor(jahre / 5) - 5 * Math.floor(Math.max(0, age - 35) / 5));
  const abfindung = Math.round((monatslohn * jahre * rng.float(0.3, 0.85)) / 100) * 100;
  const beruecksichtigt = cents((abfindung * anteil) / 100);
  const tage = Math.floor(beruecksichtigt / tagesentgelt);
  const endeVerdient = addDays(ende, tage);
  const endeJahr = addDays(addMonths(ende, 12), 0);
  const candidates: [string, IsoDate][] = [
    [`Ablauf der ordentlichen Kündigungsfrist (${noticeMonths(jahre)} ${noticeMonths(jahre) === 1 ? 'Monat' : 'Monate'} zum Monatsende, gerechnet ab ${ctx.ndate(signed)})`, fristEnde],
    [`${anteil} % der Entlassungsentschädigung verdient (${ctx.money(beruecksichtigt)} : ${ctx.money(tagesentgelt)} = ${tage} Kalendertage)`, endeVerdient],
    ['ein Jahr nach Ende des Arbeitsverhältnisses', endeJahr],
  ];
  const ruhenBis = candidates.map((c) => c[1]).sort()[0];
  const ruhenVon = addDays(ende, 1);
  const von = addDays(ruhenBis, 1);
  const maxDauer = age >= 58 ? 720 : age >= 55 ? 540 : age >= 50 ? 450 : 360;
  const dauer = rng.pick([maxDauer, maxDauer, Math.min(maxDauer, 360), 300].filter((x) => x <= maxDauer));
  const bis = addDays(von, dauer - 1);
  const klasse = rng.pick([1, 1, 3, 4, 4, 5]);
  const bemessung = cents(tagesentgelt * rng.float(0.97, 1.0));
  const pauschale = cents(bemessung * 0.2);
  const steuer = cents(bemessung * (klasse === 3 ? rng.float(0.02, 0.06) : klasse === 5 ? rng.float(0.15, 0.21) : rng.float(0.07, 0.13)));
  const leistungsentgelt = cents(bemessung - pauschale - steuer);
  const kind = rng.chance(0.35);
  const satz = kind ? 67 : 60;
  const taeglich = cents((leistungsentgelt * satz) / 100);
  const monat = cents(taeglich * 30);
  const meldung = addDays(signed, rng.int(1, 3));
  const bzVon = addDays(addMonths(ende, -12), 1);
  const acc = fake.bankAccount(rng);
  const baIban = fake.germanIban('76000000', `${rng.int(1, 9)}${rng.digits(7)}`);
  const contact = fake.person(rng, { bornFrom: 1965, bornTo: 1999 });
  const kasse = rng.pick(fake.KRANKENKASSEN);
  const red: Color = [0.78, 0.06, 0.12];
  const dd = (v: IsoDate) => ctx.date(v);
  const m = (v: number) => ctx.money(v);

  const d = ctx.start({ family: rng.pick(['helvetica', 'helvetica', 'times']), size: 9.5, margins: { left: 64, right: 48, top: 56, bottom: 80 } });
  d.rect(d.left, 40, 4, 30, { fill: red });
  d.text(d.left + 10, 51, 'Bundesagentur für Arbeit', { size: 12.5, bold: true, color: red });
  d.text(d.left + 10, 64, agentur, { size: 9.5 });
  returnLine(d, `${agentur} · ${rng.digits(5)} ${address.city}`);
  addressWindow(d, recipientLines(ctx, person, address, { name: 'name' }));
  const cx = 372;
  const side: [string, string][] = [
    ['Ihre Ansprechpartnerin / Ihr Ansprechpartner', `${contact.gender === 'f' ? 'Frau' : 'Herr'} ${contact.last}, Team ${rng.int(311, 389)}`],
    ['Telefon', '0800 4 5555 00 (gebührenfrei)'],
    ['E-Mail', `${address.city.replace(/[^A-Za-zäöüÄÖÜß]/g, '')}.Leistung@arbeitsagentur.de`.replace(/ä/g, 'ae').replace(/ö/g, 'oe').replace(/ü/g, 'ue').replace(/ß/g, 'ss')],
    ['Geschäftszeichen', `${rng.pick(['311', '321', 'LG'])}.${rng.digits(2)}-${rng.digits(5)}`],
    ['Datum', ctx.ndate(today)],
  ];
  side.forEach(([l, v], i) => {
    d.text(cx, 150 + i * 21, l, { size: 6.8, color: GRAY });
    d.text(cx, 159.5 + i * 21, v, { size: 8.3 });
  });
  // the customer number stands only in the footer, beside the page number
  const kLabel = ctx.pick([], ['Kundennummer', 'Ihre Kundennummer', 'Kunden-Nr.']);
  const agStreet = `${rng.pick(['Karl-Marx-Straße', 'Bahnhofstraße', 'Am Stadtpark', 'Friedrich-Ebert-Straße', 'Rudolf-Breitscheid-Straße'])} ${rng.int(1, 90)}`;
  d.onEveryPage((doc, page, pages) => {
    const y = doc.height - 56;
    doc.hline(y, doc.left, doc.right, 0.4, GRAY);
    doc.text(doc.left, y + 11, `${kLabel} `, { size: 8, bold: true });
    doc.text(doc.left + doc.measure(`${kLabel} `, { size: 8, bold: true }) + 2, y + 11, kdnr, { size: 8, bold: true, field: 'kundennummer' });
    doc.text(doc.left + 170, y + 11, '– bitte bei allen Schreiben und Anrufen angeben –', { size: 7, color: GRAY });
    doc.text(doc.right, y + 11, `Seite ${page} von ${pages}`, { size: 8, align: 'right' });
    doc.text(doc.left, y + 22, `${agentur} · ${agStreet} · Bankverbindung für Erstattungen: Deutsche Bundesbank, IBAN ${fake.groupIban(baIban)}`, { size: 6.3, color: GRAY });
  });

  subject(d, [ctx.pick([], ['Ihr Anspruch auf Arbeitslosengeld – Ruhen wegen einer Abfindung und Bewilligung', 'Arbeitslosengeld: Ruhen des Anspruchs (§ 158 SGB III) und Bewilligung', 'Entscheidung über Ihren Antrag auf Arbeitslosengeld'])], 274);
  d.write(she ? `Sehr geehrte Frau ${person.last},` : `Sehr geehrter Herr ${person.last},`);
  d.move(2);
  d.para(`über Ihren Antrag auf Arbeitslosengeld vom ${dd(meldung)} entscheide ich wie folgt:`);
  const point = (n: string, text: string) => {
    const top = d.y;
    d.text(d.left + 4, top + 9.5, `${n}.`, { size: 9.5, bold: true });
    d.para(text, { x: d.left + 22, after: 5 });
  };
  point('1', `Ihr Anspruch auf Arbeitslosengeld ruht vom ${dd(ruhenVon)} bis ${dd(ruhenBis)}, weil Sie wegen der Beendigung Ihres Arbeitsverhältnisses eine Entlassungsentschädigung erhalten haben (§ 158 SGB III). Für diese Zeit wird kein Arbeitslosengeld gezahlt.`);
  point('2', `Ab dem ${ctx.v('bewilligung_von', dd(von))} erhalten Sie Arbeitslosengeld in Höhe von ${ctx.v('leistungsbetrag_taeglich', m(taeglich))} ${ctx.pick([], ['kalendertäglich', 'je Kalendertag', 'pro Tag'])}. Die Bewilligung endet mit dem ${ctx.v('bewilligung_bis', dd(bis))}.`);
  point('3', `Ihr Anspruch beträgt ${dauer} Kalendertage. Er wird durch das Ruhen nicht gemindert, sondern beginnt später.`);
  d.move(4);
  d.write('Begründung', { bold: true });
  d.para(`Sie waren vom ${dd(eintritt)} bis ${dd(ende)} bei der ${employer.name} beschäftigt. Das Arbeitsverhältnis wurde durch einen Aufhebungsvertrag vom ${dd(signed)} zum ${dd(ende)} beendet. Bei einer Kündigung durch den Arbeitgeber hätte die ordentliche Kündigungsfrist erst am ${dd(fristEnde)} geendet. Nach dem Aufhebungsvertrag erhalten Sie eine Abfindung von ${m(abfindung)} brutto.`);
  d.para(`Wird ein Arbeitsverhältnis ohne Einhaltung der ordentlichen Kündigungsfrist beendet und erhalten Sie eine Abfindung, ruht der Anspruch auf Arbeitslosengeld vom Ende des Arbeitsverhältnisses an bis zu dem Tag, an dem die Frist geendet hätte, längstens jedoch bis zu dem Tag, an dem Sie bei Weiterzahlung Ihres letzten Arbeitsentgelts den zu berücksichtigenden Teil der Abfindung verdient hätten, und längstens ein Jahr. Die Berechnung finden Sie auf der folgenden Seite.`);
  d.para(`Eine Sperrzeit ist nicht eingetreten. Ihr Arbeitgeber hätte Ihnen aus betrieblichen Gründen zum selben Zeitpunkt gekündigt, ${abfindung > monatslohn * jahre * 0.5 ? 'und die Abfindung entspricht den Leistungen des mit dem Betriebsrat vereinbarten Sozialplans' : 'und die Abfindung übersteigt nicht ein halbes Monatsgehalt für jedes Jahr der Betriebszugehörigkeit'}. Sie hatten deshalb einen wichtigen Grund für den Abschluss des Aufhebungsvertrages (§ 159 SGB III).`);

  // the resting period's three possible ends
  d.ensure(160);
  d.move(6);
  d.write(ctx.pick([], ['Berechnung des Ruhenszeitraums', 'Ende des Ruhenszeitraums – Berechnung']), { bold: true });
  const facts: [string, string][] = [
    ['Lebensalter am Ende des Arbeitsverhältnisses', `${age} Jahre`],
    ['Dauer der Betriebszugehörigkeit', `${jahre} Jahre`],
    ['Abfindung (Entlassungsentschädigung)', m(abfindung)],
    ['zu berücksichtigender Anteil', `${anteil} % = ${m(beruecksichtigt)}`],
    ['kalendertägliches Arbeitsentgelt (letzte 52 Wochen)', m(tagesentgelt)],
  ];
  for (const [l, v] of facts) d.row([{ x: d.left + 4, text: l, color: GRAY, width: 280 }, { x: d.right - 4, text: v, align: 'right' }], { size: 8.8, minHeight: 13 });
  d.move(4);
  const top = d.y;
  d.rect(d.left, top, d.contentWidth, 14, { fill: LIGHT });
  d.row([{ x: d.left + 4, text: 'Das Ruhen endet spätestens mit …', bold: true }, { x: d.right - 80, text: 'am', bold: true, align: 'right' }, { x: d.right - 4, text: '', align: 'right' }], { size: 8.5, minHeight: 14 });
  const earliest = candidates.findIndex((c) => c[1] === ruhenBis);
  candidates.forEach(([l, when], i) => {
    const on = i === earliest;
    d.row([{ x: d.left + 4, text: l, width: d.contentWidth - 160, bold: on }, { x: d.right - 80, text: ctx.ndate(when), align: 'right', bold: on }, { x: d.right - 4, text: on ? 'maßgebend' : '', align: 'right', size: 7.5, color: red }], { size: 8.5, minHeight: 15 });
    d.hline(d.y, d.left, d.right, 0.2, LIGHT);
  });
  d.rect(d.left, top, d.contentWidth, d.y - top, { stroke: [0.3, 0.3, 0.3], lineWidth: 0.6 });
  d.move(10);

  // the benefit's calculation in dotted lines
  d.ensure(170);
  d.write('Höhe des Arbeitslosengeldes', { bold: true });
  const dots = (label: string, value: string, bold = false) => {
    const lw = d.measure(label, { size: 9, bold });
    const vw = d.measure(value, { size: 9, bold });
    const x1 = d.left + 4 + lw + 4;
    const x2 = d.right - 4 - vw - 4;
    d.row([{ x: d.left + 4, text: label, bold }, { x: d.right - 4, text: value, align: 'right', bold }], { size: 9, minHeight: 13 });
    if (x2 > x1) d.text(x1, d.y - 3.5, '.'.repeat(Math.max(0, Math.floor((x2 - x1) / d.measure('.', { size: 9 })))), { size: 9, color: GRAY });
  };
  dots(`Bemessungszeitraum ${ctx.ndate(bzVon)} – ${ctx.ndate(ende)}, Entgelt`, m(cents(bemessung * 365)));
  dots('Bemessungsentgelt je Kalendertag', m(bemessung));
  dots('abzüglich Sozialversicherungspauschale 20 %', m(pauschale));
  dots(`abzüglich Lohnsteuer (Steuerklasse ${klasse})`, m(steuer));
  dots('Leistungsentgelt je Kalendertag', m(leistungsentgelt));
  dots(`Leistungssatz (${kind ? 'erhöht, mit Kind' : 'allgemein'})`, `${satz} %`);
  dots('Arbeitslosengeld je Kalendertag', m(taeglich), true);
  dots('für einen vollen Monat (30 Tage)', m(monat));
  d.move(8);
  d.para(`Das Arbeitslosengeld wird monatlich nachträglich auf Ihr Konto bei der ${acc.bank.name}, IBAN ${ctx.iban(acc.iban)}, überwiesen. Die erste Zahlung für die Zeit ab ${dd(von)} erhalten Sie am Ende des ersten Leistungsmonats.`);
  d.write('Krankenversicherung während des Ruhens', { bold: true });
  d.para(`Während des Ruhenszeitraums sind Sie nicht über die Agentur für Arbeit kranken- und pflegeversichert. Ab dem ${dd(von)} melden wir Sie bei der ${kasse} an. Bitte klären Sie Ihren Versicherungsschutz für die Zeit vom ${dd(ruhenVon)} bis ${dd(ruhenBis)} mit Ihrer Krankenkasse.`, { size: 9 });
  d.write('Hinweise', { bold: true });
  d.para(`Bitte teilen Sie mir jede Änderung sofort mit, insbesondere die Aufnahme einer Beschäftigung oder selbständigen Tätigkeit, Arbeitsunfähigkeit und einen Umzug. ${rng.pick(HINWEISE)}`, { size: 9 });
  rechtsbehelf(ctx, `der ${agentur}`);
  closing(ctx, { signer: `${contact.first} ${contact.last}`, auftrag: true });
  truth(ctx, { person, address, kdnr, agentur, bemessung, leistungsentgelt, satz, taeglich, von, bis, dauer, klasse });
}

/** a border agency, the towns it serves, and the neighbouring state where its frontier workers are employed */
const GRENZRAEUME: readonly {
  agentur: string;
  orte: readonly (readonly [string, string])[];
  staat: string;
  inStaat: string;
  arbeitsorte: readonly string[];
  stelle: string;
  /** the institution as the subject of a sentence */
  stelleNom: string;
  /** special payments in the pay list: month (1-12) and share of a month's pay */
  sonder: readonly (readonly [number, number, string])[];
  waehrung: 'CHF' | 'EUR';
  firmen: readonly string[];
}[] = [
  { agentur: 'Lörrach', orte: [['79539', 'Lörrach'], ['79576', 'Weil am Rhein'], ['79618', 'Rheinfelden (Baden)']], staat: 'Schweiz', inStaat: 'in der Schweiz', arbeitsorte: ['Basel', 'Pratteln', 'Muttenz', 'Allschwil'], stelle: 'Öffentliche Arbeitslosenkasse Basel-Stadt', stelleNom: 'die Öffentliche Arbeitslosenkasse Basel-Stadt', sonder: [[12, 1, '13. Monatslohn']], waehrung: 'CHF', firmen: ['Rheinhafen Logistik AG', 'Dreiland Präzisionstechnik AG', 'Basler Pharma Services AG', 'Birsig Bau AG'] },
  { agentur: 'Konstanz-Ravensburg', orte: [['78462', 'Konstanz'], ['78224', 'Singen (Hohentwiel)'], ['78315', 'Radolfzell am Bodensee']], staat: 'Schweiz', inStaat: 'in der Schweiz', arbeitsorte: ['Kreuzlingen', 'Frauenfeld', 'Schaffhausen'], stelle: 'Arbeitslosenkasse des Kantons Thurgau', stelleNom: 'die Arbeitslosenkasse des Kantons Thurgau', sonder: [[12, 1, '13. Monatslohn']], waehrung: 'CHF', firmen: ['Seerhein Maschinenbau AG', 'Thurgauer Spital Services AG', 'Untersee Gastro GmbH', 'Munot Elektro AG'] },
  { agentur: 'Aachen-Düren', orte: [['52062', 'Aachen'], ['52134', 'Herzogenrath'], ['52222', 'Stolberg (Rhld.)']], staat: 'Niederlande', inStaat: 'in den Niederlanden', arbeitsorte: ['Heerlen', 'Maastricht', 'Kerkrade'], stelle: 'UWV (Uitvoeringsinstituut Werknemersverzekeringen)', stelleNom: 'das UWV (Uitvoeringsinstituut Werknemersverzekeringen)', sonder: [[5, 0.96, 'Urlaubsgeld (vakantiegeld 8 %)']], waehrung: 'EUR', firmen: ['Parkstad Distributie B.V.', 'Limburg Chemie B.V.', 'Maasvallei Zorg B.V.'] },
  { agentur: 'Nordhorn', orte: [['48529', 'Nordhorn'], ['48455', 'Bad Bentheim'], ['49824', 'Emlichheim']], staat: 'Niederlande', inStaat: 'in den Niederlanden', arbeitsorte: ['Enschede', 'Hengelo', 'Coevorden'], stelle: 'UWV (Uitvoeringsinstituut Werknemersverzekeringen)', stelleNom: 'das UWV (Uitvoeringsinstituut Werknemersverzekeringen)', sonder: [[5, 0.96, 'Urlaubsgeld (vakantiegeld 8 %)']], waehrung: 'EUR', firmen: ['Twente Metaal B.V.', 'Grensland Transport B.V.', 'Vechtdal Food B.V.'] },
  { agentur: 'Trier', orte: [['54290', 'Trier'], ['54329', 'Konz'], ['54439', 'Saarburg']], staat: 'Luxemburg', inStaat: 'in Luxemburg', arbeitsorte: ['Luxemburg', 'Esch-sur-Alzette', 'Grevenmacher', 'Wasserbillig'], stelle: "ADEM (Agence pour le développement de l'emploi)", stelleNom: "die luxemburgische ADEM (Agence pour le développement de l'emploi)", sonder: [], waehrung: 'EUR', firmen: ['Moselle Services S.à r.l.', 'Kirchberg Facility S.A.', 'Lux Cargo Handling S.A.'] },
  { agentur: 'Saarland', orte: [['66111', 'Saarbrücken'], ['66740', 'Saarlouis'], ['66333', 'Völklingen']], staat: 'Frankreich', inStaat: 'in Frankreich', arbeitsorte: ['Forbach', 'Sarreguemines', 'Saint-Avold'], stelle: 'France Travail (Direction régionale Grand Est)', stelleNom: 'France Travail (Direction régionale Grand Est)', sonder: [[12, 1, '13e mois (13. Monatsgehalt)']], waehrung: 'EUR', firmen: ['Lorraine Automobiles SAS', 'Moselle Emballages SAS', 'Est Logistique SARL'] },
  { agentur: 'Passau', orte: [['94032', 'Passau'], ['94474', 'Vilshofen an der Donau'], ['94060', 'Pocking']], staat: 'Österreich', inStaat: 'in Österreich', arbeitsorte: ['Schärding', 'Ried im Innkreis', 'Linz'], stelle: 'Arbeitsmarktservice (AMS) Oberösterreich', stelleNom: 'das Arbeitsmarktservice (AMS) Oberösterreich', sonder: [[6, 1, 'Urlaubszuschuss (14. Bezug)'], [11, 1, 'Weihnachtsremuneration (13. Bezug)']], waehrung: 'EUR', firmen: ['Innviertler Holzbau GmbH', 'Schärdinger Molkerei-Service GmbH', 'Donau Kunststofftechnik GmbH'] },
  { agentur: 'Freiburg', orte: [['79098', 'Freiburg im Breisgau'], ['79206', 'Breisach am Rhein'], ['79379', 'Müllheim']], staat: 'Frankreich', inStaat: 'in Frankreich', arbeitsorte: ['Mulhouse', 'Colmar', 'Saint-Louis'], stelle: 'France Travail (Direction régionale Grand Est)', stelleNom: 'France Travail (Direction régionale Grand Est)', sonder: [[12, 1, '13e mois (13. Monatsgehalt)']], waehrung: 'EUR', firmen: ['Alsace Mécanique SAS', 'Rhin Supérieur Logistique SAS', 'Colmar Santé SAS'] },
];

/**
 * blind12: the grant of unemployment benefit to a frontier worker who lives in Germany and was
 * employed in a neighbouring state (Art. 65 Regulation (EC) No 883/2004): a border agency's letter,
 * the contact column with the customer number at the right of the window; the facts in sentences
 * (residence, the job abroad, the foreign institution's Portable Document U1), the decision as
 * sentences (from, the daily amount, the number of days and the last day); a table of the insurance
 * periods abroad and in Germany with the confirming institution; the assessment from the pay
 * abroad in two currency columns (monthly pay, a 13th salary in Switzerland, the exchange rate and
 * its day, the daily pay, capped at the contribution ceiling), the deductions to the daily amount
 * and the 30-day figure; health insurance, registering with the foreign employment service as well;
 * an annex with the PD U1's monthly pay for twelve months.
 */
function blind12Grenzgaenger(ctx: Ctx): void {
  const rng = ctx.rng;
  const today = ctx.today;
  const raum = rng.pick(GRENZRAEUME);
  const [plz, ort] = rng.pick(raum.orte);
  const address = { ...fake.address(rng), plz, city: ort };
  const person = fake.person(rng, { bornFrom: 1962, bornTo: 2000 });
  person.title = undefined;
  const she = person.gender === 'f';
  const kdnr = fake.baKundennummer(rng);
  const agentur = `Agentur für Arbeit ${raum.agentur}`;
  const firma = rng.pick(raum.firmen);
  const arbeitsort = rng.pick(raum.arbeitsorte);
  const ende = rng.chance(0.75) ? lastOfMonth(addMonths(today, -rng.int(1, 3))) : addDays(today, -rng.int(25, 80));
  const meldung = addDays(ende, -rng.int(20, 90));
  const von = rng.chance(0.8) ? addDays(ende, 1) : addDays(ende, rng.int(3, 12));
  const dauer = rng.pick([240, 300, 360, 360, 360, 450]);
  const bis = addDays(von, dauer - 1);
  const eintrittAus = iso(Number(ende.slice(0, 4)) - rng.int(2, 14), rng.int(1, 12), 1);
  const deVorher = rng.chance(0.55);
  const deEnde = addDays(eintrittAus, -rng.int(1, 60));
  const deBeginn = iso(Number(deEnde.slice(0, 4)) - rng.int(2, 9), rng.int(1, 12), 1);
  const deFirma = fake.employerName(rng, ort);
  const chf = raum.waehrung === 'CHF';
  const monatslohn = chf ? Math.round(rng.float(4800, 9800) / 50) * 50 : cents(rng.float(2600, 6200));
  // the twelve months' pay as the PD U1 lists it: small changes month by month, the special payments of the state
  const withSonder = rng.chance(0.8);
  const firstMonth = addMonths(`${ende.slice(0, 7)}-01`, -11);
  const payList = Array.from({ length: 12 }, (_, i) => {
    const mDate = addMonths(firstMonth, i);
    const base = chf ? monatslohn : cents(monatslohn * (rng.chance(0.6) ? 1 : rng.float(0.97, 1.06)));
    const s = withSonder ? raum.sonder.find(([mm]) => mm === Number(mDate.slice(5, 7))) : undefined;
    return { mDate, base, sonder: s ? cents(monatslohn * s[1]) : 0, art: s ? `Lohn und ${s[2]}` : 'Monatslohn' };
  });
  const dreizehn = payList.some((p) => p.sonder > 0);
  const kurs = chf ? Math.round(rng.float(1.02, 1.08) * 10000) / 10000 : 1;
  const kursTag = addDays(von, -rng.int(1, 10));
  const jahrFremd = cents(payList.reduce((sum, p) => sum + p.base + p.sonder, 0));
  // converted month by month, as the annex lists it
  const jahrEur = chf ? cents(payList.reduce((sum, p) => sum + cents((p.base + p.sonder) * kurs), 0)) : jahrFremd;
  const tag = cents(jahrEur / 365);
  const bbgJahr = von >= '2025-01-01' ? 96600 : 90600;
  const bbgTag = cents(bbgJahr / 365);
  const capped = tag > bbgTag;
  const bemessung = capped ? bbgTag : tag;
  const klasse = rng.pick([1, 1, 3, 4, 4, 5]);
  const pauschale = cents(bemessung * 0.2);
  // the wage tax's share of the daily pay grows with the pay (roughly the tariff's progression)
  const share = Math.max(0.03, 0.06 + (bemessung - 60) * 0.00108) * rng.float(0.95, 1.05);
  const steuer = cents(bemessung * (klasse === 3 ? share * 0.6 : klasse === 5 ? share + 0.09 : share));
  const soli = steuer * 365 > (klasse === 3 ? 39900 : 19950) ? cents(steuer * 0.045) : 0;
  const leistungsentgelt = cents(bemessung - pauschale - steuer - soli);
  const kind = rng.chance(0.4);
  const satz = kind ? 67 : 60;
  const taeglich = cents((leistungsentgelt * satz) / 100);
  const u1Datum = addDays(ende, rng.int(5, 25));
  const antrag = addDays(ende, -rng.int(0, 20));
  const acc = fake.bankAccount(rng);
  const kasse = rng.pick(fake.KRANKENKASSEN);
  const contact = fake.person(rng, { bornFrom: 1965, bornTo: 1998 });
  const red: Color = [0.8, 0.07, 0.13];
  const dd = (v: IsoDate) => ctx.date(v);
  const m = (v: number) => ctx.money(v);
  const fx = (v: number) => (chf ? `${decimal(v)} CHF` : m(v));

  const d = ctx.start({ family: rng.pick(['helvetica', 'helvetica', 'times']), size: 9.4, margins: { left: 64, right: 50, top: 56, bottom: 76 } });
  d.text(d.left, 46, 'Bundesagentur für Arbeit', { size: 12.5, bold: true, color: red });
  d.text(d.left, 59, agentur, { size: 9.5 });
  d.text(d.left, 70, rng.pick(['Team Grenzgänger', 'Leistungsteam Grenzgänger / EURES', 'Operativer Service – Grenzgänger']), { size: 8, color: GRAY });
  d.hline(76, d.left, d.right, 1.4, red);
  returnLine(d, `${agentur} · Postfach · ${raum.orte[0][0]} ${raum.orte[0][1]}`);
  addressWindow(d, recipientLines(ctx, person, address, { name: 'name' }));
  const cx = 370;
  const side: [string, Cell][] = [
    [ctx.pick([], ['Ihre Kundennummer', 'Kundennummer', 'Kunden-Nr. (bitte angeben)']), { text: kdnr, field: 'kundennummer' }],
    ['Ansprechpartner/in', `${contact.gender === 'f' ? 'Frau' : 'Herr'} ${contact.last}`],
    ['Telefon', rng.pick(['0800 4 5555 00', `0${rng.int(600, 999)} ${rng.digits(3)}-${rng.digits(4)}`])],
    ['Ihr Antrag vom', ctx.ndate(antrag)],
    ['Datum', ctx.ndate(today)],
  ];
  side.forEach(([l, v], i) => {
    const c = typeof v === 'string' ? { text: v } : v;
    d.text(cx, 148 + i * 22, l, { size: 6.8, color: GRAY });
    d.text(cx, 157.5 + i * 22, c.text, { size: i === 0 ? 9.5 : 8.5, bold: i === 0, field: c.field });
  });
  d.onContinuation((doc) => {
    doc.text(doc.left, 40, `${agentur} · Bescheid vom ${ctx.ndate(today)} · ${person.last}, ${person.first}`, { size: 7.5, color: GRAY });
    doc.hline(44, doc.left, doc.right, 0.3, GRAY);
  });

  subject(d, [ctx.pick([], ['Bewilligung von Arbeitslosengeld für Grenzgängerinnen und Grenzgänger', 'Ihr Arbeitslosengeld nach einer Beschäftigung im Ausland', 'Arbeitslosengeld – Bewilligung (Grenzgänger)']), `Beschäftigung ${raum.inStaat} – Art. 65 der Verordnung (EG) Nr. 883/2004`], 272);
  d.write(she ? `Sehr geehrte Frau ${person.last},` : `Sehr geehrter Herr ${person.last},`);
  d.move(2);
  d.para(`Sie wohnen in ${ort} und waren bis zum ${dd(ende)} bei der ${firma} in ${arbeitsort} (${raum.staat}) beschäftigt. Sie sind täglich oder mindestens einmal wöchentlich an Ihren Wohnort zurückgekehrt und waren damit Grenzgänger${she ? 'in' : ''}. Bei Vollarbeitslosigkeit erhalten Grenzgänger Leistungen vom Staat, in dem sie wohnen. Die Versicherungszeiten ${raum.inStaat} hat uns ${raum.stelleNom} mit dem Dokument PD U1 vom ${dd(u1Datum)} bestätigt.`);
  d.para(`Auf Ihren Antrag vom ${dd(antrag)} erhalten Sie Arbeitslosengeld ${ctx.pick([], ['ab dem', 'mit Wirkung vom', 'beginnend am'])} ${ctx.v('bewilligung_von', dd(von))}. Es beträgt ${ctx.v('leistungsbetrag_taeglich', m(taeglich))} ${ctx.pick([], ['je Kalendertag', 'kalendertäglich', 'täglich'])}. Ihr Anspruch umfasst ${dauer} Kalendertage; das Arbeitslosengeld wird deshalb längstens bis zum ${ctx.v('bewilligung_bis', dd(bis))} gezahlt.${von > addDays(ende, 1) ? ` Für die Zeit vom ${dd(addDays(ende, 1))} bis ${dd(addDays(von, -1))} besteht kein Anspruch, weil Sie sich erst am ${dd(von)} arbeitslos gemeldet haben.` : ''}`);
  d.para(`Sie hatten sich am ${dd(meldung)} arbeitsuchend gemeldet. Eine Sperrzeit ist nicht eingetreten.`);

  // insurance periods
  d.ensure(110);
  d.write(ctx.pick([], ['Berücksichtigte Versicherungszeiten', 'Versicherungszeiten im In- und Ausland']), { bold: true });
  const rows: Cell[][] = [];
  if (deVorher) rows.push(['Deutschland', deFirma, ctx.ndate(deBeginn), ctx.ndate(deEnde), 'Meldungen zur Sozialversicherung']);
  rows.push([raum.staat, `${firma}, ${arbeitsort}`, ctx.ndate(eintrittAus), ctx.ndate(ende), `PD U1 vom ${ctx.ndate(u1Datum)}`]);
  table(ctx, [
    { header: 'Staat', x: d.left },
    { header: 'Beschäftigung bei', x: d.left + 66, width: 150 },
    { header: 'von', x: d.left + 224 },
    { header: 'bis', x: d.left + 280 },
    { header: 'nachgewiesen durch', x: d.left + 336, width: d.right - d.left - 336 },
  ], rows, { size: 8.3, grid: true });
  d.para(`In der Rahmenfrist vom ${dd(addDays(addMonths(von, -30), 0))} bis ${dd(addDays(von, -1))} haben Sie die Anwartschaftszeit erfüllt; Zeiten ${raum.inStaat} werden wie deutsche Versicherungszeiten berücksichtigt (Art. 61 VO (EG) Nr. 883/2004).`, { size: 8.8 });

  // the assessment in two currency columns
  d.ensure(170);
  d.write('Höhe des Arbeitslosengeldes', { bold: true });
  d.para(`Das Arbeitslosengeld bemisst sich nach dem Arbeitsentgelt, das Sie ${raum.inStaat} in den letzten zwölf Monaten vor dem Ende Ihrer Beschäftigung erzielt haben (Art. 62 VO (EG) Nr. 883/2004).${chf ? ` Beträge in Schweizer Franken haben wir mit dem Referenzkurs der Europäischen Zentralbank vom ${dd(kursTag)} umgerechnet (1 CHF = ${decimal(kurs, 4)} EUR).` : ''}`, { size: 9 });
  const c1 = d.right - 130;
  const c2 = d.right - 4;
  const calc: [string, string, string, boolean?][] = [
    [`monatliches Bruttoarbeitsentgelt laut PD U1 (zuletzt)`, chf ? decimal(payList[11].base) : '', m(cents(payList[11].base * kurs))],
    [`Arbeitsentgelt im Bemessungszeitraum (12 Monate${dreizehn ? ' einschl. Sonderzahlungen' : ''})`, chf ? decimal(jahrFremd) : '', m(jahrEur)],
    ['Arbeitsentgelt je Kalendertag (÷ 365)', '', m(tag)],
  ];
  if (capped) calc.push([`begrenzt auf die Beitragsbemessungsgrenze (${decimal(bbgJahr, 0)} EUR jährlich)`, '', m(bbgTag)]);
  calc.push(
    ['Bemessungsentgelt je Kalendertag', '', m(bemessung), true],
    ['– Sozialversicherungspauschale (20 %)', '', m(pauschale)],
    [`– Lohnsteuer nach Steuerklasse ${klasse}${soli ? ' und Solidaritätszuschlag' : ''}`, '', m(cents(steuer + soli))],
    ['= Leistungsentgelt je Kalendertag', '', m(leistungsentgelt)],
    [`× Leistungssatz ${satz} %${kind ? ' (mit Kind)' : ''}`, '', `${satz} %`],
    ['Arbeitslosengeld je Kalendertag', '', m(taeglich), true],
    ['für einen Monat mit 30 Tagen', '', m(cents(taeglich * 30))],
  );
  // the grid and its frame stay on one page
  d.ensure(14 + calc.length * 15 + 6);
  const gTop = d.y;
  d.rect(d.left, gTop, d.contentWidth, 14, { fill: LIGHT });
  d.row([{ x: d.left + 4, text: 'Berechnung', bold: true }, { x: c1, text: chf ? 'in CHF' : '', bold: true, align: 'right' }, { x: c2, text: 'in Euro', bold: true, align: 'right' }], { size: 8.5, minHeight: 14 });
  for (const [l, a, b, bold] of calc) {
    d.row([{ x: d.left + 4, text: l, bold, width: c1 - d.left - 80 }, { x: c1, text: a, align: 'right' }, { x: c2, text: b, align: 'right', bold }], { size: 8.6, minHeight: 13.5 });
    d.hline(d.y, d.left, d.right, 0.2, LIGHT);
  }
  d.rect(d.left, gTop, d.contentWidth, d.y - gTop, { stroke: [0.35, 0.35, 0.35], lineWidth: 0.6 });
  d.move(10);

  d.write('Zahlung', { bold: true });
  d.para(`Das Arbeitslosengeld wird monatlich nachträglich auf Ihr Konto bei der ${acc.bank.name} (IBAN ${ctx.iban(acc.iban)}) überwiesen.`);
  d.write('Kranken- und Pflegeversicherung', { bold: true });
  d.para(`Während des Bezugs sind Sie über die Agentur für Arbeit in Deutschland kranken- und pflegeversichert. Wir haben Sie bei der ${kasse} angemeldet. ${chf ? 'Eine Versicherung bei einer Schweizer Krankenkasse endet mit der Beschäftigung; bitte kündigen Sie diese gegebenenfalls selbst.' : 'Die Versicherung im Beschäftigungsstaat endet mit der Beschäftigung.'}`, { size: 9 });
  d.write('Arbeitsuche im Beschäftigungsstaat', { bold: true });
  d.para(`Sie können sich zusätzlich bei der Arbeitsverwaltung ${raum.inStaat} als arbeitsuchend melden (Art. 65 Abs. 2 VO (EG) Nr. 883/2004). Leistungen bei Arbeitslosigkeit erhalten Sie jedoch nur von uns. Bitte teilen Sie uns jede Arbeitsaufnahme – auch ${raum.inStaat} – sofort mit.`, { size: 9 });
  d.para(rng.pick(HINWEISE), { size: 9 });
  rechtsbehelf(ctx, `der ${agentur}`);
  closing(ctx, { signer: `${contact.first} ${contact.last}`, auftrag: true });

  // annex: the PD U1's monthly pay
  d.newPage();
  d.write(`Anlage – Arbeitsentgelte laut PD U1 (${raum.stelle})`, { size: 10.5, bold: true });
  d.para(`Kundennummer ${kdnr} · Arbeitgeber ${firma}, ${arbeitsort} · Bemessungszeitraum ${ctx.ndate(addDays(addMonths(ende, -12), 1))} bis ${ctx.ndate(ende)}`, { size: 8.5, color: GRAY });
  const months: Cell[][] = [];
  for (const p of payList) {
    const fremd = cents(p.base + p.sonder);
    months.push([`${fake.MONTHS_DE[Number(p.mDate.slice(5, 7)) - 1]} ${p.mDate.slice(0, 4)}`, p.art, fx(fremd), chf ? m(cents(fremd * kurs)) : '']);
  }
  table(ctx, [
    { header: 'Monat', x: d.left },
    { header: 'Art', x: d.left + 100 },
    { header: chf ? 'Entgelt (CHF)' : 'Entgelt', x: d.left + 330, align: 'right' },
    { header: chf ? 'umgerechnet (EUR)' : '', x: d.right, align: 'right' },
  ], months, { size: 8.5, zebra: true });
  d.row([{ x: d.left, text: 'Summe', bold: true }, { x: d.left + 330, text: fx(jahrFremd), align: 'right', bold: true }, { x: d.right, text: chf ? m(jahrEur) : '', align: 'right', bold: true }], { size: 8.5 });
  d.move(8);
  d.para(`Entgeltbestandteile, die nicht für die Arbeit in diesem Zeitraum gezahlt wurden (z. B. Abfindungen, Urlaubsabgeltung), bleiben außer Betracht. Sozialversicherungsbeiträge und Steuern ${raum.inStaat} mindern das Bemessungsentgelt nicht; abgezogen werden pauschal die in Deutschland geltenden Abzüge.`, { size: 8.5, color: GRAY });
  footer(d, [[agentur, 'www.arbeitsagentur.de'], ['Servicenummer 0800 4 5555 00', 'Montag bis Freitag 8 bis 18 Uhr']], 'Seite x von y');
  ctx.set('name', fake.fullName(person));
  ctx.set('kundennummer', kdnr);
  ctx.set('leistungsbetrag_taeglich', taeglich);
  ctx.set('bewilligung_von', von);
  ctx.set('bewilligung_bis', bis);
}

/**
 * Blind13 (holdout): the agency's Abhilfebescheid after an objection, sent to the claimant's
 * representative (a lawyer for social law, the DGB Rechtsschutz office or a VdK/SoVD district
 * office): the representative in the window with their own reference, the client with birth date
 * and the customer number only in the subject; the earlier notice's date and the objection's date,
 * the decision in sentences (the earlier notice set aside as to the amount, the grant from–to with
 * the new daily amount, the earlier daily amount beside it), the reasons (an employer's corrected
 * Arbeitsbescheinigung adding a one-off payment, the assessment pay per day, tax class, rate), the
 * back payment for the days already paid, the costs of the objection, a copy to the client; on
 * page 2 a running head and the recalculation: the twelve months of the assessment period with the
 * pay counted before and after, and the steps to the daily amount in "bisher" and "neu" columns.
 */
function blind13AbhilfeBevollmaechtigter(ctx: Ctx): void {
  const rng = ctx.rng;
  const today = ctx.today;
  const person = fake.person(rng, { bornFrom: 1964, bornTo: 2001 });
  person.title = undefined;
  const she = person.gender === 'f';
  const address = fake.address(rng);
  const kdnr = fake.baKundennummer(rng);
  const agentur = `Agentur für Arbeit ${address.city}`;
  // employment mostly ends with a month; the claim starts the day after
  const ende = rng.chance(0.75) ? lastOfMonth(addMonths(today, -rng.int(4, 8))) : addDays(today, -rng.int(100, 230));
  const von = addDays(ende, 1);
  const dauer = rng.pick([180, 240, 300, 360, 360, 450, 540]);
  const bis = addDays(von, dauer - 1);
  const altBescheid = addDays(von, rng.int(4, 24));
  const widerspruch = addDays(altBescheid, rng.int(8, 27));
  const berichtigt = addDays(widerspruch, rng.int(10, 35));
  // the assessment period: the twelve months up to the end of the employment
  const lastMonth = ende.slice(0, 7);
  const firstMonth = addMonths(`${lastMonth}-01`, -11);
  const lohn = cents(rng.float(2100, 4900));
  const sonder = rng.pick([
    { art: 'Weihnachtsgeld', monat: 11 },
    { art: 'Urlaubsgeld', monat: 6 },
    { art: 'Provisionen', monat: 0 },
    { art: 'Vergütung von Überstunden', monat: 0 },
  ]);
  const months = Array.from({ length: 12 }, (_, i) => {
    const mDate = addMonths(firstMonth, i);
    const base = rng.chance(0.7) ? lohn : cents(lohn * rng.float(0.97, 1.05));
    return { mDate, base, extra: 0 };
  });
  const hit = sonder.monat ? months.find((m) => Number(m.mDate.slice(5, 7)) === sonder.monat) ?? months[rng.int(0, 11)] : months[rng.int(0, 11)];
  hit.extra = cents(sonder.monat ? lohn * rng.float(0.45, 1) : rng.float(380, 1900));
  const sumAlt = cents(months.reduce((s, m) => s + m.base, 0));
  const sumNeu = cents(sumAlt + hit.extra);
  const klasse = rng.pick([1, 1, 3, 4, 4, 5]);
  const kind = rng.chance(0.4);
  const satz = kind ? 67 : 60;
  const calc = (sum: number) => {
    const bem = cents(sum / 365);
    const pauschale = cents(bem * 0.2);
    const share = Math.max(0.02, 0.055 + (bem - 60) * 0.0011);
    const steuer = cents(bem * (klasse === 3 ? share * 0.6 : klasse === 5 ? share + 0.09 : share));
    const soli = steuer * 365 > (klasse === 3 ? 39900 : 19950) ? cents(steuer * 0.045) : 0;
    const le = cents(bem - pauschale - steuer - soli);
    return { bem, pauschale, steuer, soli, le, tag: cents((le * satz) / 100) };
  };
  const alt = calc(sumAlt);
  const neu = calc(sumNeu);
  if (neu.tag <= alt.tag) neu.tag = cents(alt.tag + 0.37);
  const paidTo = (() => {
    const t = lastOfMonth(addMonths(today, -1));
    return t < bis ? t : bis;
  })();
  const paidDays = Math.round((Date.parse(paidTo) - Date.parse(von)) / 86400000) + 1;
  const nachzahlung = cents((neu.tag - alt.tag) * paidDays);
  const acc = fake.bankAccount(rng);
  const repKind = rng.pick(['anwalt', 'anwalt', 'dgb', 'vdk'] as const);
  const repPerson = fake.person(rng, { bornFrom: 1960, bornTo: 1994, titleChance: repKind === 'anwalt' ? 0.3 : 0 });
  const repShe = repPerson.gender === 'f';
  const repAddr = fake.sameCityAddress(rng, address);
  const yy = today.slice(2, 4);
  const rep = repKind === 'anwalt'
    ? {
        window: [rng.pick([`Kanzlei ${repPerson.last} & ${rng.pick(['Partner', 'Kollegen'])}`, `Rechtsanwälte ${repPerson.last} · ${fake.person(rng).last}`]), `${repShe ? 'Frau Rechtsanwältin' : 'Herrn Rechtsanwalt'} ${repPerson.title ? repPerson.title + ' ' : ''}${repPerson.first} ${repPerson.last}`],
        zeichen: `${rng.digits(3)}/${yy} ${rng.pick(['SR', 'So', 'AL'])}${rng.int(1, 9)}`,
        anrede: `Sehr ${repShe ? 'geehrte Frau Rechtsanwältin' : 'geehrter Herr Rechtsanwalt'} ${repPerson.title ? repPerson.title + ' ' : ''}${repPerson.last},`,
        client: she ? 'Ihre Mandantin' : 'Ihr Mandant',
        clientDat: she ? 'Ihrer Mandantin' : 'Ihrem Mandanten',
        clientGen: she ? 'Ihrer Mandantin' : 'Ihres Mandanten',
      }
    : repKind === 'dgb'
      ? {
          window: ['DGB Rechtsschutz GmbH', `Büro ${address.city}`, `${repShe ? 'Frau' : 'Herrn'} ${repPerson.first} ${repPerson.last}`],
          zeichen: `${rng.pick(['AL', 'SGB III'])}-${rng.digits(5)}/${yy}`,
          anrede: `Sehr ${repShe ? 'geehrte Frau' : 'geehrter Herr'} ${repPerson.last},`,
          client: she ? 'Ihre Mandantin' : 'Ihr Mandant',
          clientDat: she ? 'Ihrer Mandantin' : 'Ihrem Mandanten',
          clientGen: she ? 'Ihrer Mandantin' : 'Ihres Mandanten',
        }
      : {
          window: [rng.pick([`Sozialverband VdK e.V.`, 'SoVD Sozialverband Deutschland e.V.']), `Kreisgeschäftsstelle ${address.city}`, 'Sozialrechtsberatung'],
          zeichen: `${rng.digits(2)}-${rng.digits(4)}/${yy}`,
          anrede: 'Sehr geehrte Damen und Herren,',
          client: 'Ihr Mitglied',
          clientDat: 'Ihrem Mitglied',
          clientGen: 'Ihres Mitglieds',
        };
  const clerk = fake.person(rng, { bornFrom: 1965, bornTo: 1996 });
  const red: Color = [0.78, 0.06, 0.12];
  const dd = (v: IsoDate) => ctx.date(v);
  const m = (v: number) => ctx.money(v);
  const herrFrau = she ? 'Frau' : 'Herr';
  const mon = (iso: string) => `${['Jan.', 'Feb.', 'März', 'Apr.', 'Mai', 'Juni', 'Juli', 'Aug.', 'Sept.', 'Okt.', 'Nov.', 'Dez.'][Number(iso.slice(5, 7)) - 1]} ${iso.slice(0, 4)}`;

  const d = ctx.start({ family: rng.pick(['helvetica', 'helvetica', 'times']), size: 9.6, margins: { left: 66, right: 54, top: 58, bottom: 74 } });
  d.rect(d.left, 36, 5, 34, { fill: red });
  d.text(d.left + 12, 48, 'Bundesagentur für Arbeit', { size: 12, bold: true });
  d.text(d.left + 12, 60, agentur, { size: 9.5 });
  d.text(d.left + 12, 70, ctx.pick([], ['Widerspruchsstelle', 'Rechtsbehelfsstelle', 'Widerspruchsstelle SGB III']), { size: 8, color: GRAY });
  returnLine(d, `${agentur} · Widerspruchsstelle · ${rng.digits(5)} ${address.city}`);
  addressWindow(d, [...rep.window, `${repAddr.street} ${repAddr.no}`, `${repAddr.plz} ${repAddr.city}`]);
  infoBlock(d, [
    ['Ihr Zeichen', rep.zeichen],
    [rng.pick(['Mein Zeichen', 'Unser Zeichen']), `${rng.pick(['W', 'Wi'])} ${rng.digits(3)}/${rng.digits(5)}/${yy}`],
    ['Bearbeitet von', `${clerk.gender === 'f' ? 'Frau' : 'Herr'} ${clerk.last}`],
    ['Telefon', `0${rng.int(300, 999)} ${rng.digits(3)}-${rng.digits(4)}`],
    ['Datum', ctx.ndate(today)],
  ], { labelWidth: 74 });
  // the following pages carry a running head
  d.onContinuation((doc) => {
    doc.text(doc.left, 40, `${agentur} · Abhilfebescheid vom ${ctx.ndate(today)}`, { size: 7.5, color: GRAY });
    doc.text(doc.right, 40, `${kdnr} · ${person.last}, ${person.first}`, { size: 7.5, color: GRAY, align: 'right' });
    doc.hline(45, doc.left, doc.right, 0.4, GRAY);
    doc.y = 62;
  });
  d.y = 258;
  const nameText = rng.chance(0.5) ? `${person.first} ${person.last}` : `${person.last}, ${person.first}`;
  d.para(`Widerspruch ${rep.clientGen} vom ${dd(widerspruch)} gegen den Bescheid vom ${dd(altBescheid)} über Arbeitslosengeld`, { bold: true, size: 10.5, after: 1 });
  d.para(`${rep.client}: ${ctx.v('name', nameText)}, geb. ${ctx.ndate(person.birth)}`, { bold: true, size: 10.5, after: 1 });
  d.para(`${ctx.pick([], ['Kundennummer', 'Kunden-Nr.', 'BA-Kundennummer'])} ${ctx.v('kundennummer', kdnr)}`, { bold: true, size: 10.5, after: 10 });
  d.write(rep.anrede);
  d.move(3);
  d.para(`auf den Widerspruch ${rep.clientGen} ergeht folgender`);
  d.write(rng.chance(0.5) ? 'A b h i l f e b e s c h e i d' : 'Abhilfebescheid', { bold: true, size: 11.5, align: 'center' });
  d.move(4);
  d.para(`Der Bescheid vom ${dd(altBescheid)} wird insoweit aufgehoben, als darin Arbeitslosengeld nur in Höhe von ${m(alt.tag)} täglich bewilligt worden ist.`);
  d.para(`${herrFrau} ${person.first} ${person.last} erhält für die Zeit vom ${ctx.v('bewilligung_von', dd(von))} bis ${ctx.v('bewilligung_bis', dd(bis))} Arbeitslosengeld in Höhe von ${ctx.v('leistungsbetrag_taeglich', m(neu.tag))} ${rng.pick(['täglich', 'kalendertäglich', 'je Kalendertag'])}.`);
  d.para('Dem Widerspruch wird damit in vollem Umfang abgeholfen.');
  d.para(`Die ${rep.clientDat} im Widerspruchsverfahren entstandenen notwendigen Aufwendungen werden auf Antrag erstattet. Die Zuziehung eines Bevollmächtigten war notwendig (§ 63 Abs. 2 SGB X). Bitte übersenden Sie uns hierzu Ihre Kostennote.`);
  d.move(2);
  d.write('Gründe', { bold: true });
  d.para(`Mit dem angefochtenen Bescheid hatten wir das Arbeitslosengeld auf der Grundlage der Arbeitsbescheinigung des früheren Arbeitgebers berechnet. ${rep.client} hat geltend gemacht, dass ${sonder.art} in Höhe von ${m(hit.extra)} für ${fake.MONTHS_DE[Number(hit.mDate.slice(5, 7)) - 1]} ${hit.mDate.slice(0, 4)} nicht berücksichtigt worden ${sonder.art === 'Provisionen' ? 'sind' : 'ist'}. Der Arbeitgeber hat uns am ${dd(berichtigt)} eine berichtigte Arbeitsbescheinigung übersandt, die diese Zahlung ausweist.`);
  d.para(`Im Bemessungszeitraum vom ${dd(`${firstMonth.slice(0, 7)}-01`)} bis ${dd(ende)} ergibt sich nun ein beitragspflichtiges Arbeitsentgelt von ${m(sumNeu)} (bisher ${m(sumAlt)}), das sind ${m(neu.bem)} je Tag. Nach Abzug der pauschalierten Abzüge (Steuerklasse ${klasse}) verbleibt ein Leistungsentgelt von ${m(neu.le)} täglich, davon ${satz} Prozent${kind ? ', weil ein Kind im Sinne des Steuerrechts zu berücksichtigen ist' : ''}. Die Einzelheiten ergeben sich aus der Anlage.`);
  d.para(`Für die bereits abgerechnete Zeit vom ${dd(von)} bis ${dd(paidTo)} (${paidDays} Tage) ergibt sich eine Nachzahlung von ${m(nachzahlung)}. Sie wird in den nächsten Tagen auf das bekannte Konto ${rep.clientGen} (IBAN ${acc.iban.slice(0, 4)} **** **** **** **${acc.iban.slice(-4)}) überwiesen. Ab dem nächsten Zahltermin beträgt die Zahlung für einen vollen Monat ${m(cents(neu.tag * 30))}.`);
  d.para(`Die Anspruchsdauer von ${dauer} Kalendertagen ändert sich nicht.`);
  d.ensure(90);
  d.move(2);
  d.write('Rechtsbehelfsbelehrung', { bold: true, size: 9.5 });
  d.para(`Gegen diesen Bescheid kann innerhalb eines Monats nach Bekanntgabe Widerspruch erhoben werden, soweit er hinter dem Begehren ${rep.clientGen} zurückbleibt. Der Widerspruch ist schriftlich, zur Niederschrift oder elektronisch bei der ${agentur} einzulegen.`, { size: 8.8 });
  d.para(`Eine Durchschrift dieses Bescheides erhält ${rep.client} zur Kenntnis.`, { size: 8.8 });
  closing(ctx, { signer: `${clerk.first.charAt(0)}. ${clerk.last}`, auftrag: true });
  // the recalculation on a page of its own
  d.newPage();
  d.write(rng.pick(['Anlage zum Abhilfebescheid – Neuberechnung des Arbeitslosengeldes', 'Anlage: Berechnung nach berichtigter Arbeitsbescheinigung']), { bold: true, size: 10.5 });
  d.move(4);
  d.write(`1. Bemessungszeitraum ${ctx.ndate(`${firstMonth.slice(0, 7)}-01`)} – ${ctx.ndate(ende)}`, { bold: true, size: 9.5 });
  const b = (v: number) => decimal(v);
  table(ctx, [
    { header: 'Abrechnungsmonat', x: d.left },
    { header: 'Entgelt bisher', x: d.left + 215, align: 'right' },
    { header: 'Einmalzahlung / Nachweis', x: d.left + 330, align: 'right' },
    { header: 'Entgelt neu', x: d.right, align: 'right' },
  ], months.map((r) => [mon(r.mDate), b(r.base), r.extra ? b(r.extra) : '–', b(cents(r.base + r.extra))]), { size: 8.5, grid: true, rowGap: 1.45 });
  d.row([{ x: d.left, text: 'Summe', bold: true }, { x: d.left + 215, text: b(sumAlt), align: 'right', bold: true }, { x: d.left + 330, text: b(hit.extra), align: 'right', bold: true }, { x: d.right, text: b(sumNeu), align: 'right', bold: true }], { size: 8.5 });
  d.move(10);
  d.write('2. Berechnung des Leistungsbetrags (Beträge in Euro je Kalendertag)', { bold: true, size: 9.5 });
  d.move(2);
  const lines: [string, string, string][] = [
    ['Bemessungsentgelt (Summe : 365 Tage)', b(alt.bem), b(neu.bem)],
    ['– Sozialversicherungspauschale 20 %', b(alt.pauschale), b(neu.pauschale)],
    [`– Lohnsteuer (Steuerklasse ${klasse})`, b(alt.steuer), b(neu.steuer)],
    ['– Solidaritätszuschlag', b(alt.soli), b(neu.soli)],
    ['= Leistungsentgelt', b(alt.le), b(neu.le)],
    [`Leistungssatz ${satz} %`, b(alt.tag), b(neu.tag)],
    ['Zahlbetrag für 30 Tage', b(cents(alt.tag * 30)), b(cents(neu.tag * 30))],
  ];
  d.row([{ x: d.left + 290, text: 'bisher', bold: true, align: 'right' }, { x: d.right, text: 'neu', bold: true, align: 'right' }], { size: 9 });
  d.hline(d.y, d.left, d.right, 0.5);
  for (const [l, a1, a2] of lines) {
    const strong = l.startsWith('Leistungssatz');
    if (strong) d.rect(d.left - 3, d.y + 1, d.contentWidth + 6, 13, { fill: LIGHT });
    d.row([{ x: d.left, text: l, bold: strong }, { x: d.left + 290, text: a1, align: 'right' }, { x: d.right, text: a2, align: 'right', bold: strong }], { size: 9, minHeight: 14 });
  }
  d.hline(d.y, d.left, d.right, 0.5);
  d.move(10);
  d.write('3. Nachzahlung', { bold: true, size: 9.5 });
  d.para(`Differenz ${b(cents(neu.tag - alt.tag))} € × ${paidDays} Kalendertage (${ctx.ndate(von)} bis ${ctx.ndate(paidTo)}) = ${m(nachzahlung)}`, { size: 9 });
  d.para(`Grundlage: berichtigte Arbeitsbescheinigung vom ${ctx.ndate(berichtigt)}; Ende des Beschäftigungsverhältnisses am ${ctx.ndate(ende)}; Beginn des Anspruchs am ${ctx.ndate(von)}.`, { size: 8.5, color: GRAY });
  footer(d, [[agentur, `${address.plz} ${address.city}`], ['www.arbeitsagentur.de', 'Servicenummer 0800 4 5555 00'], ['Bankverbindung: Deutsche Bundesbank', `IBAN ${fake.groupIban(fake.germanIban('76000000', `00${rng.digits(8)}`))}`]], 'Seite x von y');
  ctx.set('name', fake.fullName(person));
  ctx.set('kundennummer', kdnr);
  ctx.set('leistungsbetrag_taeglich', neu.tag);
  ctx.set('bewilligung_von', von);
  ctx.set('bewilligung_bis', bis);
}

/**
 * blind 14: the agency's certificate of unemployment benefit received (Leistungsnachweis), asked
 * for by the claimant for the Wohngeld office: the office and the request in the reference lines;
 * a framed block of particulars (name as "Nachname, Vorname", birth date, customer number, the
 * pension insurance number, address); a table of the benefit's sections with begin, end, amount
 * per calendar day, tax class and rate (sometimes an earlier claim long ended, or the current
 * claim split at a change of tax class, the current row marked); a blocking period before the
 * start; a table of the last months' payments (days, amount, day of transfer) with their sum;
 * the remaining claim (shortened after a blocking period), the contributions borne by the agency
 * and the masked account.
 */
function blind14Leistungsnachweis(ctx: Ctx): void {
  const rng = ctx.rng;
  const a = draw(ctx, false);
  const { person, address } = a;
  const d = ctx.start({ family: 'helvetica', size: 9, margins: { left: 62, right: 52, top: 56, bottom: 76 } });
  const red: Color = [0.78, 0.05, 0.12];
  const dauer = a.dauer;
  const start = addDays(ctx.today, -rng.int(75, Math.min(250, dauer - 30)));
  const bis = addDays(start, dauer - 1);
  const b = (v: number) => decimal(v);
  // sometimes the claim is split at a change of tax class; the current section begins then
  const split = rng.chance(0.35);
  const change = split ? `${addMonths(start, rng.int(1, 2)).slice(0, 7)}-01` : start;
  const klasseAlt = rng.pick([4, 5, 1]);
  const klasse = split ? (klasseAlt === 5 ? 4 : klasseAlt === 4 ? 3 : 2) : a.klasse;
  const alt = split ? cents(a.taeglich * rng.float(0.78, 0.92)) : 0;
  const earlier = !split && rng.chance(0.45);
  const oldStart = addDays(start, -rng.int(800, 1600));
  const oldEnd = addDays(oldStart, rng.pick([90, 120, 150, 210]) - 1);
  const oldRate = cents(a.taeglich * rng.float(0.75, 1.05));
  const sperre = !split && rng.chance(0.3);
  const sperrVon = addDays(start, -84);

  // head: the agency at the left, the service team at the right
  d.rect(d.left, 38, 22, 22, { fill: red });
  d.text(d.left + 11, 54, 'BA', { size: 9, bold: true, align: 'center', color: [1, 1, 1] });
  d.text(d.left + 30, 48, 'Bundesagentur für Arbeit', { size: 12, bold: true });
  d.text(d.left + 30, 60, a.agentur, { size: 9 });
  const agAddr = fake.address(rng, { city: address.city });
  d.text(d.right, 46, rng.pick(['Operativer Service', 'Team Leistungsgewährung SGB III', 'Service Center – Leistung']), { size: 8, align: 'right', color: GRAY });
  d.text(d.right, 56, `${agAddr.street} ${agAddr.no}`, { size: 8, align: 'right', color: GRAY });
  d.text(d.right, 66, `${agAddr.plz} ${agAddr.city}`, { size: 8, align: 'right', color: GRAY });
  returnLine(d, `Bundesagentur für Arbeit · ${a.agentur} · ${agAddr.plz} ${agAddr.city}`);
  addressWindow(d, recipientLines(ctx, person, address));
  const requested = addDays(ctx.today, -rng.int(2, 12));
  const zeichen = `${rng.pick(['WG', 'Wo', '50.3', '64.1'])}-${rng.digits(5)}/${ctx.today.slice(2, 4)}`;
  infoBlock(d, [
    ['Ihre Nachricht vom', `${ctx.ndate(requested)} (${rng.pick(['telefonisch', 'eServices', 'persönlich', 'schriftlich'])})`],
    ['Zeichen Wohngeldstelle', zeichen],
    ['Vorgangsnummer', `${rng.digits(3)}-${rng.digits(6)}-${rng.int(1, 9)}`],
    ['Ausstellungsdatum', ctx.ndate(ctx.today)],
  ], { labelWidth: 96, size: 8 });

  d.y = 262;
  d.text(d.left, d.y + 12, ctx.pick(['Bescheinigung über den Bezug von Arbeitslosengeld'], ['Leistungsnachweis – Arbeitslosengeld', 'Bescheinigung über Leistungen nach dem SGB III']), { size: 12.5, bold: true });
  d.y += 20;
  d.para(`${rng.pick(['zur Vorlage bei der Wohngeldbehörde', 'zur Vorlage bei der Wohngeldstelle', 'für die Wohngeldbehörde (Antrag auf Mietzuschuss)'])}${rng.chance(0.5) ? ` – ${rng.pick(['Stadt', 'Landkreis', 'Bezirksamt'])} ${address.city}` : ''}`, { size: 9, color: GRAY, after: 8 });

  // particulars in a framed block
  const bx = d.left;
  const bw = d.contentWidth;
  const top = d.y;
  const vsnr = fake.groupVsnr(fake.versicherungsnummer(rng, person));
  const lw = 102;
  const pairs: [string, Cell][][] = [
    [[ctx.pick(['Name, Vorname'], ['Familienname, Vorname(n)']), { text: `${person.last}, ${person.first}`, field: 'name' }], ['Geburtsdatum', ctx.ndate(person.birth)]],
    [[ctx.pick(['Kundennummer'], ['Kunden-Nr. (BA)', 'Kd.-Nr.']), { text: a.kdnr, field: 'kundennummer' }], ['Rentenvers.-Nr.', vsnr]],
    [['Anschrift', `${address.street} ${address.no}, ${address.plz} ${address.city}`], ['', '']],
  ];
  d.rect(bx, top, bw, pairs.length * 16 + 8, { stroke: [0.3, 0.3, 0.3], lineWidth: 0.6 });
  pairs.forEach((row, i) => {
    row.forEach(([l, v], j) => {
      const x = bx + 6 + j * (bw / 2 + 20);
      const y = top + 15 + i * 16;
      const cell = typeof v === 'string' ? { text: v } : v;
      if (l) d.text(x, y, l, { size: 7.5, color: GRAY });
      if (cell.text) d.text(x + (j ? 72 : lw), y, cell.text, { size: 9, bold: j === 0 && i < 2, field: 'field' in cell ? cell.field : undefined });
    });
  });
  d.y = top + pairs.length * 16 + 20;

  // the sections of the benefit
  d.write(ctx.pick(['1. Bewilligte Leistungen'], ['1. Leistungsabschnitte', '1. Anspruch und Höhe']), { bold: true, size: 10 });
  d.para(`${rng.pick(['Die oben genannte Person bezieht', 'Der oben genannten Person wurde bewilligt:'])} Arbeitslosengeld nach dem Dritten Buch Sozialgesetzbuch (SGB III) in folgender Höhe:`, { size: 8.5, after: 4 });
  const cx = {
    art: d.left,
    von: d.left + 168,
    bis: d.left + 232,
    betrag: d.left + 330,
    stkl: d.left + 372,
    satz: d.left + 404,
    status: d.right,
  };
  d.rect(d.left - 2, d.y, d.contentWidth + 4, 15, { fill: LIGHT });
  const headRow = (cells: [number, string, ('left' | 'right')?][]) =>
    d.row(cells.map(([x, text, align]) => ({ x, text, align, bold: true, size: 7.5 })), { minHeight: 15, size: 7.5 });
  const [vonH, bisH] = ctx.pick(['von|bis'], ['Leistung ab|Leistung bis', 'Beginn|Ende']).split('|');
  headRow([
    [cx.art + 2, 'Leistungsart'],
    [cx.von, vonH],
    [cx.bis, bisH],
    [cx.betrag, ctx.pick(['Betrag täglich'], ['je Kalendertag', 'Tagessatz €']), 'right'],
    [cx.stkl, 'StKl', 'right'],
    [cx.satz, 'Satz', 'right'],
    [cx.status, 'Stand', 'right'],
  ]);
  d.move(3);
  const section = (art: string, von: string, bisT: string, betrag: string, stkl: string, satz: string, status: string, fields: { von?: boolean; bis?: boolean; betrag?: boolean } = {}, bold = false) => {
    d.row([
      { x: cx.art + 2, text: art, width: 160 },
      { x: cx.von, text: von, field: fields.von ? 'bewilligung_von' : undefined },
      { x: cx.bis, text: bisT, field: fields.bis ? 'bewilligung_bis' : undefined },
      { x: cx.betrag, text: betrag, align: 'right', field: fields.betrag ? 'leistungsbetrag_taeglich' : undefined },
      { x: cx.stkl, text: stkl, align: 'right' },
      { x: cx.satz, text: satz, align: 'right' },
      { x: cx.status, text: status, align: 'right', bold },
    ], { size: 8.5, minHeight: 13 });
    d.hline(d.y + 1, d.left - 2, d.right + 2, 0.3, GRAY);
    d.move(4);
  };
  const alg = rng.pick(['Arbeitslosengeld', 'Arbeitslosengeld (§ 136 SGB III)', 'Alg']);
  if (earlier) section(`${alg} (früherer Anspruch)`, ctx.ndate(oldStart), ctx.ndate(oldEnd), b(oldRate), String(rng.pick([1, 4, 3])), '60 %', 'beendet');
  if (sperre) section(rng.pick(['Sperrzeit Arbeitsaufgabe', 'Sperrzeit (§ 159 SGB III)']), ctx.ndate(sperrVon), ctx.ndate(addDays(start, -1)), '–', '', '', 'ruht');
  if (split) section(alg, ctx.ndate(start), ctx.ndate(addDays(change, -1)), b(alt), String(klasseAlt), `${a.satz} %`, 'geändert');
  section(alg, ctx.ndate(change), ctx.ndate(bis), b(a.taeglich), String(klasse), `${a.satz} %`, rng.pick(['laufend', 'aktuell', 'lfd. Zahlung']), { von: true, bis: true, betrag: true }, true);
  d.move(4);
  d.para(`Bemessungsentgelt: ${b(a.bemessung)} € täglich; Leistungsentgelt: ${b(a.leistungsentgelt)} € täglich. ${split ? `Die Änderung ab ${ctx.ndate(change)} beruht auf dem Wechsel der Lohnsteuerklasse von ${klasseAlt} nach ${klasse}.` : ''}`, { size: 8, color: GRAY, after: 8 });

  // the payments of the last months
  d.write(ctx.pick(['2. Zahlungen'], ['2. Ausgezahlte Beträge', '2. Überweisungen der letzten Monate']), { bold: true, size: 10 });
  const payRows: { von: IsoDate; bis: IsoDate; tage: number; betrag: number; am: IsoDate }[] = [];
  let m = `${start.slice(0, 7)}-01`;
  const lastPaid = addDays(`${ctx.today.slice(0, 7)}-01`, -1);
  while (m <= lastPaid) {
    const mEnd = lastOfMonth(m);
    const from = m < start ? start : m;
    const full = from === m;
    const tage = full ? 30 : Math.min(30, Number(mEnd.slice(8)) - Number(from.slice(8)) + 1);
    const rate = split && m < change ? alt : a.taeglich;
    let am = mEnd;
    while (weekday(am) === 0 || weekday(am) === 6) am = addDays(am, -1);
    payRows.push({ von: from, bis: mEnd, tage, betrag: cents(tage * rate), am: full ? am : addDays(mEnd, rng.int(2, 9)) });
    m = addMonths(m, 1);
  }
  const shown = payRows.slice(-rng.int(3, 6));
  const px = { zr: d.left, tage: d.left + 230, betrag: d.left + 320, am: d.right };
  d.rect(d.left - 2, d.y, d.contentWidth + 4, 14, { fill: LIGHT });
  d.row([
    { x: px.zr + 2, text: 'Zahlungszeitraum', bold: true },
    { x: px.tage, text: 'Tage', bold: true, align: 'right' },
    { x: px.betrag, text: 'Betrag €', bold: true, align: 'right' },
    { x: px.am, text: rng.pick(['überwiesen am', 'Zahltag']), bold: true, align: 'right' },
  ], { size: 7.5, minHeight: 14 });
  d.move(2);
  for (const r of shown) {
    d.row([
      { x: px.zr + 2, text: `${ctx.ndate(r.von)} – ${ctx.ndate(r.bis)}` },
      { x: px.tage, text: String(r.tage), align: 'right' },
      { x: px.betrag, text: b(r.betrag), align: 'right' },
      { x: px.am, text: ctx.ndate(r.am), align: 'right' },
    ], { size: 8.5, minHeight: 13 });
  }
  d.hline(d.y + 1, d.left - 2, d.right + 2, 0.5);
  d.move(3);
  d.row([
    { x: px.zr + 2, text: 'Summe', bold: true },
    { x: px.tage, text: String(shown.reduce((s, r) => s + r.tage, 0)), align: 'right', bold: true },
    { x: px.betrag, text: b(cents(shown.reduce((s, r) => s + r.betrag, 0))), align: 'right', bold: true },
  ], { size: 8.5, minHeight: 15 });
  const iban = fake.bankAccount(rng).iban;
  d.para(`Die Zahlungen erfolgten monatlich nachträglich auf das Konto ${iban.slice(0, 4)} **** **** **** **${iban.slice(-4, -2)} ${iban.slice(-2)}. Für volle Kalendermonate werden 30 Tage gezahlt.`, { size: 8, color: GRAY, after: 8 });

  // the remaining claim and the contributions
  d.ensure(120);
  d.write(ctx.pick(['3. Weitere Angaben'], ['3. Ergänzende Angaben', '3. Sonstiges']), { bold: true, size: 10 });
  const used = Math.max(0, Math.round((Number(new Date(ctx.today)) - Number(new Date(start))) / 86400000));
  const rest = Math.max(0, dauer - used);
  const lines = [
    `Anspruchsdauer insgesamt: ${dauer} Kalendertage${sperre ? ` (nach Minderung um ${Math.round(dauer / 3)} Tage wegen der Sperrzeit)` : ''}; Restanspruch am ${ctx.ndate(ctx.today)}: ${rest} Kalendertage.`,
    `Während des Leistungsbezugs trägt die Bundesagentur für Arbeit die Beiträge zur Kranken- und Pflegeversicherung (${rng.pick(fake.KRANKENKASSEN)}) sowie zur Rentenversicherung.`,
    rng.pick([
      'Der Anspruch kann sich ändern oder entfallen, wenn eine Beschäftigung aufgenommen wird oder sich Ihre Verhältnisse ändern. Über Änderungen erhalten Sie einen gesonderten Bescheid.',
      'Änderungen nach dem Ausstellungsdatum sind in dieser Bescheinigung nicht berücksichtigt.',
    ]),
    'Diese Bescheinigung ersetzt nicht den Bewilligungsbescheid. Sie wurde maschinell erstellt und ist ohne Unterschrift gültig.',
  ];
  for (const l of lines) d.para(l, { size: 8.5, after: 3 });
  footer(d, [[a.agentur, `${agAddr.street} ${agAddr.no}, ${agAddr.plz} ${agAddr.city}`], ['Servicenummer 0800 4 5555 00', 'www.arbeitsagentur.de'], ['Bankverbindung: Deutsche Bundesbank', `IBAN ${fake.groupIban(fake.germanIban('76000000', `00${rng.digits(8)}`))}`]], rng.pick(['Seite x von y', 'x/y'] as const));
  ctx.set('name', fake.fullName(person));
  ctx.set('kundennummer', a.kdnr);
  ctx.set('leistungsbetrag_taeglich', a.taeglich);
  ctx.set('bewilligung_von', change);
  ctx.set('bewilligung_bis', bis);
}

/**
 * blind15: a grant of unemployment benefit under the special rule for people mostly in short
 * fixed-term jobs (§ 142 Abs. 2 SGB III) — an actor, camera assistant, sound engineer or stage
 * hand working from production to production: the agency's own letterhead at the left with the
 * benefit team under it; the customer number first in a reference column of captions above
 * values; the grant in the opening sentence; an overview grid of captions over values (begin,
 * last day, claim duration, daily amount; assessment pay, benefit pay, rate, tax class); the
 * reasons with the framework period of 30 months, the normal qualifying period missed, the short
 * engagements as a table (producer or theatre, job, from, to, days, gross pay) with the days in
 * total, the pay limit of 1.5 times the reference value; the calculation as a ruled list of steps
 * (the assessment period sometimes extended to two years); the 30-day amount and the masked
 * account; hints for people in the arts (report every engagement before it starts, the
 * artists' social fund); remedy; a running head from page 2.
 */
function blind15KurzBefristet(ctx: Ctx): void {
  const rng = ctx.rng;
  const person = fake.person(rng, { bornFrom: 1970, bornTo: 1999 });
  const address = fake.address(rng);
  const kdnr = fake.baKundennummer(rng);
  const city = address.city;
  const agentur = `Agentur für Arbeit ${city}`;
  const ink: Color = [0.78, 0.05, 0.12];
  const d = ctx.start({ family: 'helvetica', size: 9, margins: { left: 64, right: 50, top: 60, bottom: 78 } });
  const W = d.contentWidth;
  const b = (v: number) => decimal(v);

  // the engagements, latest first, going back from the last working day before the claim
  const beruf = rng.pick([
    ['Schauspieler', 'Schauspielerin', ['Rolle „{r}“ (Drehvertrag)', 'Gastvertrag Schauspiel', 'Synchronaufnahmen', 'Rolle „{r}“ (Gastvertrag)']],
    ['Kameraassistent', 'Kameraassistentin', ['1. Kameraassistenz', '2. Kameraassistenz', 'Kameraassistenz Werbefilm', 'Steadicam-Assistenz']],
    ['Tonmeister', 'Tonmeisterin', ['Originalton', 'Tonangel / Set-Ton', 'Tonmischung Postproduktion', 'Tontechnik Konzertreihe']],
    ['Maskenbildner', 'Maskenbildnerin', ['Maske Spielfilm', 'Maske Serie', 'Maske Gastspiel', 'Maske Werbedreh']],
    ['Bühnentechniker', 'Bühnentechnikerin', ['Bühnentechnik Festival', 'Aufbau / Abbau Tournee', 'Bühnentechnik Gastspiel', 'Bühnenbau Produktion']],
    ['Aufnahmeleiter', 'Aufnahmeleiterin', ['Set-Aufnahmeleitung', 'Aufnahmeleitung Dokumentation', 'Motivaufnahmeleitung', 'Produktionsassistenz']],
  ] as const);
  const rollen = ['Kommissarin Brandt', 'Der Nachbar', 'Ärztin', 'Vater Jens', 'Frau Lindner', 'Barkeeper', 'Tante Helga', 'Anwalt Dr. Roth'];
  const firms = () => {
    const s = fake.person(rng).last;
    const f = rng.pick(['Nordlicht', 'Elbtal', 'Saalebogen', 'Spreeufer', 'Kranich', 'Leuchtturm', 'Ostwind', 'Havelland']);
    return rng.pick([
      `${f} Film GmbH`,
      `${s} Filmproduktion GmbH & Co. KG`,
      `${s} Pictures GmbH`,
      `Theater ${rng.pick(fake.PLACES_PLZ)[1]}`,
      `Kammerspiele ${rng.pick(fake.PLACES_PLZ)[1]} gGmbH`,
      `${f} Media Production GmbH`,
      `Studio ${f} Synchron GmbH`,
      `Festspiele ${rng.pick(fake.PLACES_PLZ)[1]} gGmbH`,
    ]);
  };
  const lastDay = addDays(ctx.today, -rng.int(12, 45));
  type Job = { firm: string; job: string; von: IsoDate; bis: IsoDate; days: number; pay: number };
  // engagements inside the framework period of 30 months, at least six months in all (drawn again in the rare case they fall short)
  const rahmenVon = addDays(addMonths(lastDay, -30), 1);
  let jobs: Job[] = [];
  for (let attempt = 0; attempt < 50; attempt++) {
    jobs = [];
    let end = lastDay;
    let total = 0;
    const target = rng.pick([190, 215, 250, 275, 310, 330]);
    while (total < target) {
      const days = Math.min(rng.weighted([[rng.int(5, 20), 3], [rng.int(21, 60), 4], [rng.int(61, 95), 2]]), 359 - total);
      const von = addDays(end, -(days - 1));
      if (von < rahmenVon) break;
      const rate = cents(rng.float(110, 245));
      const act = rng.pick(beruf[2]).replace('{r}', rng.pick(rollen));
      jobs.push({ firm: firms(), job: act, von, bis: end, days, pay: cents(days * rate) });
      total += days;
      end = addDays(von, -rng.int(7, 45));
    }
    if (total >= 180) break;
  }
  // the special rule needs the last twelve months' pay below 1.5 times the reference value
  const grenze = Number(addDays(lastDay, 1).slice(0, 4)) >= 2025 ? 67410 : 63630;
  const yearPay = jobs.filter((j) => j.von >= addDays(addMonths(lastDay, -12), 1)).reduce((s, j) => s + j.pay, 0);
  if (yearPay > 0.88 * grenze) for (const j of jobs) j.pay = cents((j.pay * 0.88 * grenze) / yearPay);
  const rahmenBis = lastDay;
  const inRahmen = jobs.filter((j) => j.von >= rahmenVon);
  const tage = inRahmen.reduce((s, j) => s + j.days, 0);
  const dauer = tage >= 300 ? 150 : tage >= 240 ? 120 : 90;
  // the assessment frame: one year, two when it holds fewer than 150 days with pay
  const oneYear = addDays(addMonths(lastDay, -12), 1);
  const inYear = jobs.filter((j) => j.von >= oneYear);
  const yearDays = inYear.reduce((s, j) => s + j.days, 0);
  const erweitert = yearDays < 150;
  const bemVon = erweitert ? addDays(addMonths(lastDay, -24), 1) : oneYear;
  const bemJobs = jobs.filter((j) => j.von >= bemVon);
  const bemTage = bemJobs.reduce((s, j) => s + j.days, 0);
  const bemEntgelt = cents(bemJobs.reduce((s, j) => s + j.pay, 0));
  const bemessung = cents(bemEntgelt / bemTage);
  const klasse = rng.weighted([[1, 6], [3, 1], [4, 2], [5, 1]]);
  const svp = cents(bemessung * 0.2);
  const yearly = bemessung * 365 - 1230 - 36;
  const yt = klasse === 3 ? 2 * tarif(yearly / 2) : klasse === 5 ? tarif(yearly + 11000) * 1.04 : tarif(Math.max(0, yearly * 0.92));
  const lst = cents(Math.floor(yt) / 365);
  const soli = 0;
  const leistungsentgelt = cents(bemessung - svp - lst - soli);
  const kind = rng.chance(0.35);
  const satz = kind ? 67 : 60;
  const taeglich = cents((leistungsentgelt * satz) / 100);
  const meldung = addDays(lastDay, -rng.int(5, 40));
  const von = addDays(lastDay, 1);
  const bis = addDays(von, dauer - 1);
  const antrag = addDays(von, rng.int(-3, 6));
  const acc = fake.bankAccount(rng);
  const masked = `${acc.iban.slice(0, 4)} **** **** **** **${acc.iban.slice(-2)}`;

  // a running head on the following pages
  d.onContinuation((doc) => {
    doc.text(doc.left, 40, `${agentur} · Kundennummer ${kdnr} · Bescheid vom ${ctx.ndate(ctx.today)}`, { size: 7, color: GRAY });
    doc.hline(44, doc.left, doc.right, 0.3, GRAY);
  });

  // letterhead at the left, the federal agency small at the right
  d.rect(d.left, 40, 4, 34, { fill: ink });
  d.text(d.left + 10, 52, agentur, { size: 13, bold: true });
  d.text(d.left + 10, 65, rng.pick(['Operativer Service – Team Arbeitslosengeld', 'Leistungsgewährung SGB III', 'Team Geldleistungen Arbeitslosenversicherung']), { size: 8.5, color: GRAY });
  d.text(d.right, 50, 'Bundesagentur für Arbeit', { size: 8.5, bold: true, align: 'right', color: ink });
  const ag = fake.address(rng, { city });
  returnLine(d, `${agentur} · ${ag.street} ${ag.no} · ${ag.plz} ${ag.city}`);
  addressWindow(d, recipientLines(ctx, person, address, { name: 'name' }));

  // reference column: captions above values, the customer number first and bold
  const rx = 372;
  const refs: [string, string, string?][] = [
    [ctx.pick(['Kundennummer'], ['Kunden-Nr. – bitte immer angeben', 'Ihre Kundennummer bei uns']), kdnr, 'kundennummer'],
    ['Mein Zeichen', `${rng.pick(['LG', 'SGB III', '2.1'])}-${rng.digits(3)}`],
    ['Ihr Antrag vom', ctx.ndate(antrag)],
    ['Servicetelefon', '0800 4 5555 00'],
    ['Datum', ctx.ndate(ctx.today)],
  ];
  refs.forEach(([l, v, f], i) => {
    const y = 140 + i * 21;
    d.text(rx, y, l, { size: 6.8, color: GRAY });
    d.text(rx, y + 10, v, { size: i === 0 ? 9.5 : 8.5, bold: i === 0, field: f });
  });

  d.y = 262;
  d.text(d.left, d.y + 11, ctx.pick(['Bewilligung von Arbeitslosengeld'], ['Ihr Arbeitslosengeld – Bewilligung', 'Bescheid über Arbeitslosengeld']), { size: 11, bold: true });
  d.text(d.left, d.y + 24, 'Sonderregelung für überwiegend kurz befristet Beschäftigte (§ 142 Abs. 2 SGB III)', { size: 9, bold: true, color: GRAY });
  d.y += 40;
  d.write(person.gender === 'f' ? `Sehr geehrte Frau ${person.last},` : `Sehr geehrter Herr ${person.last},`);
  d.move(3);
  d.para(`auf Ihren Antrag bewillige ich Ihnen Arbeitslosengeld ab dem ${ctx.date(von)}. Ihr Anspruch umfasst ${dauer} Kalendertage. Die Einzelheiten sehen Sie in der Übersicht:`);

  // overview grid: captions over values, two rows of four cells
  const grid: [string, string, string?][][] = [
    [
      [ctx.pick(['Beginn'], ['Leistungsbeginn', 'Zahlung ab']), ctx.ndate(von), 'bewilligung_von'],
      [ctx.pick(['Ende'], ['letzter Leistungstag', 'Zahlung längstens bis']), ctx.ndate(bis), 'bewilligung_bis'],
      ['Anspruchsdauer', `${dauer} Kalendertage`],
      [ctx.pick(['Leistungsbetrag täglich'], ['Arbeitslosengeld pro Kalendertag', 'kalendertäglich']), ctx.money(taeglich), 'leistungsbetrag_taeglich'],
    ],
    [
      ['Bemessungsentgelt täglich', ctx.money(bemessung)],
      ['Leistungsentgelt täglich', ctx.money(leistungsentgelt)],
      ['Leistungssatz', `${satz} %${kind ? ' (mit Kind)' : ''}`],
      ['Lohnsteuerklasse', String(klasse)],
    ],
  ];
  const gw = W / 4;
  const gtop = d.y + 2;
  grid.forEach((row, r) => {
    const y = gtop + r * 30;
    if (r === 0) d.rect(d.left, y, W, 30, { fill: [0.97, 0.93, 0.93] });
    row.forEach(([l, v, f], i) => {
      d.text(d.left + i * gw + 5, y + 10, l, { size: 6.8, color: GRAY });
      d.text(d.left + i * gw + 5, y + 23, v, { size: r === 0 ? 10 : 9, bold: r === 0, field: f });
      if (i) d.line(d.left + i * gw, y + 3, d.left + i * gw, y + 27, 0.3, GRAY);
    });
  });
  d.rect(d.left, gtop, W, 60, { stroke: ink, lineWidth: 0.8 });
  d.hline(gtop + 30, d.left, d.right, 0.4, GRAY);
  d.y = gtop + 68;
  d.para(`Für einen vollen Kalendermonat (30 Tage) sind das ${ctx.money(cents(taeglich * 30))}. Das Arbeitslosengeld wird monatlich nachträglich auf Ihr Konto ${masked} bei der ${acc.bank.name} überwiesen. Sind Sie an einzelnen Tagen beschäftigt, wird für diese Tage nicht gezahlt; der Anspruch verbraucht sich dann entsprechend später.`);

  d.write('Begründung', { bold: true, size: 10 });
  d.para(`Sie haben sich am ${ctx.date(meldung)} mit Wirkung zum ${ctx.date(von)} arbeitslos gemeldet. Innerhalb der Rahmenfrist von 30 Monaten (${ctx.ndate(rahmenVon)} bis ${ctx.ndate(rahmenBis)}) haben Sie nicht an mindestens zwölf Monaten in einem Versicherungspflichtverhältnis gestanden. Die Anwartschaftszeit verkürzt sich jedoch auf sechs Monate, weil Ihre Beschäftigungen überwiegend auf nicht mehr als 14 Wochen befristet waren und Ihr Arbeitsentgelt in den letzten zwölf Monaten das 1,5-Fache der Bezugsgröße (${ctx.money(grenze)}) nicht überstiegen hat. Berücksichtigt wurden folgende Beschäftigungen als ${person.gender === 'f' ? beruf[1] : beruf[0]}:`);

  const tc = { firm: d.left, job: d.left + 150, von: d.left + 268, bis: d.left + 318, tage: d.left + 388, pay: d.right };
  const headRow = () => {
    d.rect(d.left, d.y, W, 14, { fill: LIGHT });
    d.row([
      { x: tc.firm + 3, text: 'Arbeitgeber / Produktion', bold: true },
      { x: tc.job, text: 'Tätigkeit', bold: true },
      { x: tc.von, text: 'von', bold: true },
      { x: tc.bis, text: 'bis', bold: true },
      { x: tc.tage, text: 'Tage', bold: true, align: 'right' },
      { x: tc.pay - 3, text: 'Entgelt brutto', bold: true, align: 'right' },
    ], { minHeight: 14, size: 7.5 });
    d.move(2);
  };
  headRow();
  for (const j of [...inRahmen].reverse()) {
    const before = d.page;
    d.ensure(22);
    if (d.page !== before) headRow();
    d.row([
      { x: tc.firm + 3, text: j.firm, width: 142 },
      { x: tc.job, text: j.job, width: 106 },
      { x: tc.von, text: ctx.ndate(j.von) },
      { x: tc.bis, text: ctx.ndate(j.bis) },
      { x: tc.tage, text: String(j.days), align: 'right' },
      { x: tc.pay - 3, text: b(j.pay), align: 'right' },
    ], { minHeight: 12, size: 7.8, leading: 1.2 });
    d.hline(d.y, d.left, d.right, 0.2, GRAY);
  }
  d.row([
    { x: tc.firm + 3, text: 'Versicherungspflichtige Tage in der Rahmenfrist', bold: true },
    { x: tc.tage, text: String(tage), bold: true, align: 'right' },
  ], { minHeight: 14, size: 7.8 });
  d.move(6);
  d.para(`Nach ${tage} Kalendertagen Versicherungspflicht beträgt die Anspruchsdauer ${dauer} Kalendertage (§ 147 Abs. 3 SGB III). Der Anspruch erlischt, wenn er nicht innerhalb von vier Jahren nach seiner Entstehung geltend gemacht wird.`);

  d.ensure(170);
  d.write(ctx.pick(['Berechnung'], ['So haben wir gerechnet', 'Berechnung der Leistungshöhe']), { bold: true, size: 10 });
  d.para(erweitert
    ? `Im Bemessungsrahmen von einem Jahr lagen nur ${yearDays} Tage mit Anspruch auf Arbeitsentgelt. Der Bemessungsrahmen wurde daher auf zwei Jahre erweitert (§ 150 Abs. 3 SGB III).`
    : `Bemessungsrahmen ist das Jahr vor dem Ausscheiden aus der letzten Beschäftigung; er enthält ${yearDays} Tage mit Anspruch auf Arbeitsentgelt.`, { size: 8.5 });
  const steps: [string, string][] = [
    ['Bemessungszeitraum', `${ctx.ndate(bemVon)} – ${ctx.ndate(lastDay)}`],
    ['beitragspflichtiges Arbeitsentgelt im Bemessungszeitraum', ctx.money(bemEntgelt)],
    ['Tage mit Anspruch auf Arbeitsentgelt', String(bemTage)],
    ['Bemessungsentgelt je Kalendertag', ctx.money(bemessung)],
    ['– Sozialversicherungspauschale 20 %', ctx.money(svp)],
    [`– Lohnsteuer (Steuerklasse ${klasse})`, ctx.money(lst)],
    ['– Solidaritätszuschlag', ctx.money(soli)],
    ['= Leistungsentgelt je Kalendertag', ctx.money(leistungsentgelt)],
    [`davon ${satz} % = Arbeitslosengeld je Kalendertag`, ctx.money(taeglich)],
  ];
  steps.forEach(([l, v], i) => {
    const bold = i === steps.length - 1;
    d.row([{ x: d.left + 8, text: l, bold }, { x: d.left + 360, text: v, align: 'right', bold }], { minHeight: 12.5, size: 8.5 });
    d.hline(d.y - 1, d.left + 8, d.left + 364, 0.2, GRAY);
  });
  d.move(8);

  d.ensure(90);
  d.write(rng.pick(['Wichtig für Beschäftigte in Kultur und Medien', 'Hinweise zu kurzen Beschäftigungen']), { bold: true, size: 10 });
  d.para('Teilen Sie uns jede Beschäftigung – auch einzelne Dreh-, Proben- oder Vorstellungstage – vor ihrem Beginn mit. Für Tage mit Beschäftigung besteht kein Anspruch auf Arbeitslosengeld. Dauert eine Beschäftigung länger als sechs Wochen, müssen Sie sich danach erneut arbeitslos melden.', { size: 8.5 });
  d.para('Einkünfte aus selbständiger künstlerischer Tätigkeit (z. B. über die Künstlersozialkasse versichert) sind anzugeben; sie werden nach Abzug eines Freibetrags von 165 Euro monatlich angerechnet.', { size: 8.5 });
  rechtsbehelf(ctx, `der ${agentur}`);
  closing(ctx, { signer: fake.fullName(fake.person(rng)), auftrag: true });

  footer(d, [[agentur, `${ag.street} ${ag.no}`, `${ag.plz} ${ag.city}`], ['Servicetelefon 0800 4 5555 00', 'www.arbeitsagentur.de'], ['Bundesagentur für Arbeit', 'Deutsche Bundesbank', `IBAN DE${rng.digits(2)} 7600 0000 00${rng.digits(2)} ${rng.digits(4)} ${rng.digits(2)}`]], 'Seite x von y');
  ctx.set('name', fake.fullName(person));
  ctx.set('kundennummer', kdnr);
  ctx.set('leistungsbetrag_taeglich', taeglich);
  ctx.set('bewilligung_von', von);
  ctx.set('bewilligung_bis', bis);
}

export const arbeitslosengeldbescheid: DocumentKind = {
  type: 'arbeitslosengeldbescheid',
  layouts: [
    { id: 'ba-bewilligung-tabelle', build: bewilligung },
    { id: 'ba-aenderungsbescheid', build: aenderung },
    { id: 'ba-kompakt-mehrseitig', build: kompakt },
    { id: 'aufhebung-neubewilligung', holdout: true, build: aenderungFliesstext },
    { id: 'blind-anlage-berechnungsbogen', holdout: true, build: blindAnlageBerechnungsbogen },
    { id: 'blind2-sperrzeit-uebersicht', holdout: true, build: blind2SperrzeitUebersicht },
    { id: 'blind3-wiederbewilligung-restanspruch', holdout: true, build: blind3WiederbewilligungRestanspruch },
    { id: 'blind4-weiterbildung-fbw', holdout: true, build: blind4WeiterbildungFbw },
    { id: 'blind5-ruhen-nebeneinkommen', holdout: true, build: blind5RuhenNebeneinkommen },
    { id: 'blind6-nahtlosigkeit', holdout: true, build: blind6Nahtlosigkeit },
    { id: 'blind7-fiktive-bemessung', holdout: true, build: blind7FiktiveBemessung },
    { id: 'blind8-teilarbeitslosengeld', holdout: true, build: blind8Teilarbeitslosengeld },
    { id: 'blind9-gleichwohlgewaehrung', holdout: true, build: blind9Gleichwohlgewaehrung },
    { id: 'blind10-altersteilzeit', holdout: true, build: blind10Altersteilzeit },
    { id: 'blind11-ruhen-abfindung', holdout: true, build: blind11RuhenAbfindung },
    { id: 'blind12-grenzgaenger', holdout: true, build: blind12Grenzgaenger },
    { id: 'blind13-abhilfe-bevollmaechtigter', holdout: true, build: blind13AbhilfeBevollmaechtigter },
    { id: 'blind14-leistungsnachweis', holdout: true, build: blind14Leistungsnachweis },
    { id: 'blind15-kurz-befristet', holdout: true, build: blind15KurzBefristet },
  ],
};
