/** Elterngeld: a notice with the table of Lebensmonate, an ElterngeldPlus notice, a compact summary, a Landesamt's two-column notice, a notice with the life-month grid and a summary box, a numbered operative part with the assessment months, a final determination after a provisional award, a grant with the sibling bonus and a payment plan, a notice changing the chosen life months with a comparison grid a provisional grant for twins or triplets to a self-employed parent with a calculation annex a provisional grant of ElterngeldPlus with the Partnerschaftsbonus to a parent working part-time and a youth office's grant for a child taken in for adoption with headings in a margin column and a Land office's grant whose amount stands only in an enclosed calculation, with the maternity benefits set off against the first life month and part of the second and a Land development bank's notice with a sidebar and a payment plan grouped by calendar year and a district's plain-language provisional grant to a parent working part-time, with questions and answers in a box and the calculation as a before/during comparison and an Abhilfebescheid after the parent's objection with a higher amount and a recalculation per life month and a notice granting part of the life months applied for and refusing the rest (partner months of a parent not living apart, or life months before the three-month limit of a late application), with a table of applied against decided life months and a grant for a premature baby with the additional life months of § 4 Abs. 5 BEEG, the prolonged maternity protection set off day by day and a town's notice to a parent on Bürgergeld (minimum or mini-job amount, the allowance free of the Bürgergeld, the Jobcenter's refund claim to the back payment) with a sheet for the Jobcenter (holdout). */
import { addressWindow, closing, footer, GRAY, infoBlock, LIGHT, recipientLines, rechtsbehelf, returnLine, subject, table, HINWEISE, type Cell } from '../blocks.js';
import type { Ctx } from '../context.js';
import { addDays, addMonths, iso, workday, type IsoDate } from '../dates.js';
import * as fake from '../fake.js';
import { MONTHS_DE, PLACES_PLZ } from '../fake.js';
import { cents, decimal } from '../format.js';
import type { DocumentKind } from '../layout.js';

interface Eg {
  parent: fake.Person;
  child: fake.Person;
  address: fake.Address;
  stelle: string;
  plus: boolean;
  amount: number;
  /** Lebensmonate (1-based) with their amounts; 0 = Mutterschaftsleistungen angerechnet */
  months: { lm: number; amount: number }[];
  income: number;
  rate: number;
  az: string;
}

const lmStart = (birth: IsoDate, lm: number) => addMonths(birth, lm - 1);
const lmEnd = (birth: IsoDate, lm: number) => addDays(addMonths(birth, lm), -1);

function draw(ctx: Ctx, plus = ctx.rng.chance(0.3)): Eg {
  const parent = fake.person(ctx.rng, { bornFrom: 1982, bornTo: 2001, gender: ctx.rng.chance(0.75) ? 'f' : 'm' });
  parent.title = undefined;
  const birth = addDays(ctx.today, -ctx.rng.int(40, 300));
  const b = iso(Number(birth.slice(0, 4)), Number(birth.slice(5, 7)), Math.min(28, Number(birth.slice(8, 10))));
  const child = fake.person(ctx.rng, { last: parent.last, bornFrom: 2024, bornTo: 2024 });
  child.birth = b;
  const income = cents(ctx.rng.float(900, 3200));
  const rate = income > 1240 ? 65 : 67;
  let amount = cents(Math.max(300, Math.min(1800, (income * rate) / 100)));
  if (plus) amount = cents(amount / 2);
  const mother = parent.gender === 'f';
  const first = mother ? 1 : ctx.rng.pick([1, 3, 13]);
  const count = plus ? ctx.rng.pick([12, 16, 20, 24]) : mother ? ctx.rng.pick([12, 12, 14, 10]) : ctx.rng.pick([2, 2, 4, 12]);
  const zeroes = mother && ctx.rng.chance(0.3) ? 2 : 0;
  const months = Array.from({ length: count }, (_, i) => ({ lm: first + i, amount: i < zeroes ? 0 : amount }));
  const address = fake.address(ctx.rng);
  const stelle = ctx.rng.pick([`Stadt ${address.city} – Elterngeldstelle`, `Landkreis ${ctx.rng.pick(['Leipzig', 'Mittelsachsen', 'Harz', 'Rostock', 'Göttingen'])} – Elterngeldstelle`, `Bezirksamt ${ctx.rng.pick(['Pankow', 'Neukölln', 'Mitte', 'Spandau'])} – Jugendamt, Elterngeldstelle`, `Amt für Jugend und Familie ${address.city} – Elterngeld`]);
  return { parent, child, address, stelle, plus, amount, months, income, rate, az: `EG ${ctx.rng.digits(2)}-${ctx.rng.digits(5)}/${ctx.today.slice(2, 4)}` };
}

function paidRange(e: Eg): [IsoDate, IsoDate] {
  const paid = e.months.filter((m) => m.amount > 0);
  return [lmStart(e.child.birth, paid[0].lm), lmEnd(e.child.birth, paid[paid.length - 1].lm)];
}

function truth(ctx: Ctx, e: Eg): void {
  const [von, bis] = paidRange(e);
  ctx.set('name', fake.fullName(e.parent));
  ctx.set('elterngeld_monatlich', e.amount);
  ctx.set('bezug_von', von);
  ctx.set('bezug_bis', bis);
}

const anrede = (p: fake.Person) => (p.gender === 'f' ? `Sehr geehrte Frau ${p.last},` : `Sehr geehrter Herr ${p.last},`);
const art = (e: Eg) => (e.plus ? 'ElterngeldPlus' : 'Basiselterngeld');

function monthTable(ctx: Ctx, e: Eg, withFields: boolean, columns: 'lm-zeitraum-art-betrag' | 'von-bis-betrag'): void {
  const d = ctx.doc;
  const paid = e.months.filter((m) => m.amount > 0);
  const firstPaid = paid[0].lm;
  const lastPaid = paid[paid.length - 1].lm;
  const m = (v: number) => ctx.money(v, 'bare');
  if (columns === 'lm-zeitraum-art-betrag') {
    const rows: Cell[][] = e.months.map((x) => [
      `${x.lm}.`,
      { text: ctx.ndate(lmStart(e.child.birth, x.lm)), field: withFields && x.lm === firstPaid ? 'bezug_von' : undefined },
      { text: ctx.ndate(lmEnd(e.child.birth, x.lm)), field: withFields && x.lm === lastPaid ? 'bezug_bis' : undefined },
      x.amount > 0 ? art(e) : 'Mutterschaftsleistungen',
      { text: m(x.amount), field: withFields && x.lm === firstPaid ? 'elterngeld_monatlich' : undefined },
    ]);
    table(ctx, [
      { header: 'Lebensmonat', x: d.left },
      { header: 'vom', x: d.left + 70 },
      { header: 'bis', x: d.left + 145 },
      { header: 'Leistungsart', x: d.left + 225 },
      { header: 'Betrag in EUR', x: d.right, align: 'right' },
    ], rows, { size: 8.5, grid: true, headerFill: LIGHT });
  } else {
    const rows: Cell[][] = e.months.map((x) => [
      `${x.lm}. LM`,
      { text: ctx.ndate(lmStart(e.child.birth, x.lm)), field: withFields && x.lm === firstPaid ? 'bezug_von' : undefined },
      { text: ctx.ndate(lmEnd(e.child.birth, x.lm)), field: withFields && x.lm === lastPaid ? 'bezug_bis' : undefined },
      { text: ctx.money(x.amount), field: withFields && x.lm === firstPaid ? 'elterngeld_monatlich' : undefined },
      ctx.rng.chance(0.15) ? 'ausgezahlt' : '',
    ]);
    table(ctx, [
      { header: 'Monat', x: d.left },
      { header: 'Zeitraum von', x: d.left + 60 },
      { header: 'Zeitraum bis', x: d.left + 150 },
      { header: 'Höhe', x: d.left + 330, align: 'right' },
      { header: 'Status', x: d.left + 360 },
    ], rows, { size: 8.5, zebra: true });
  }
}

/** A: notice with the table of Lebensmonate */
function monatstabelle(ctx: Ctx): void {
  const e = draw(ctx, false);
  const d = ctx.start({ family: 'helvetica', size: 9.5 });
  d.text(d.left, 46, e.stelle.split(' – ')[0], { size: 12, bold: true });
  d.text(d.left, 59, e.stelle.split(' – ').slice(1).join(' – ') || 'Elterngeldstelle', { size: 9 });
  returnLine(d, `${e.stelle} · ${e.address.plz} ${e.address.city}`);
  addressWindow(d, recipientLines(ctx, e.parent, e.address, { name: 'name' }));
  infoBlock(d, [['Aktenzeichen', e.az], ['Datum', ctx.ndate(ctx.today)], ['Sachbearbeitung', fake.fullName(fake.person(ctx.rng))]]);
  subject(d, [ctx.pick(['Bescheid über Elterngeld', 'Elterngeldbescheid'], ['Bewilligung von Elterngeld nach dem BEEG']), `für Ihr Kind ${e.child.first} ${e.child.last}, geboren am ${ctx.date(e.child.birth)}`]);
  d.write(anrede(e.parent));
  d.para(`auf Ihren Antrag vom ${ctx.date(addDays(e.child.birth, ctx.rng.int(20, 60)))} wird Ihnen ${art(e)} nach dem Bundeselterngeld- und Elternzeitgesetz (BEEG) für die folgenden Lebensmonate Ihres Kindes bewilligt:`);
  monthTable(ctx, e, true, 'lm-zeitraum-art-betrag');
  d.para(`Ihr Elterngeld wurde auf Grundlage Ihres durchschnittlichen monatlichen Einkommens vor der Geburt von ${ctx.money(e.income)} mit einer Ersatzrate von ${decimal(e.rate, 0)} % berechnet. Das Elterngeld wird jeweils zum Ende des Lebensmonats gezahlt.`);
  if (e.months.some((m) => m.amount === 0)) d.para('Für die Lebensmonate, in denen Ihnen Mutterschaftsleistungen zustanden, wurden diese vollständig auf das Elterngeld angerechnet.');
  d.para(ctx.rng.pick(HINWEISE));
  rechtsbehelf(ctx, e.stelle);
  closing(ctx, { signer: fake.fullName(fake.person(ctx.rng)), auftrag: true });
  footer(d, [[e.stelle], [`${e.address.plz} ${e.address.city}`]], 'Seite x von y');
  truth(ctx, e);
}

/** B: ElterngeldPlus: amount stated in the text, months as a von/bis table, the other parent's months mentioned */
function elterngeldPlus(ctx: Ctx): void {
  const e = draw(ctx, true);
  const d = ctx.start({ family: ctx.rng.pick(['helvetica', 'times']), size: 10 });
  d.text(d.right, 46, e.stelle, { size: 10, bold: true, align: 'right' });
  addressWindow(d, recipientLines(ctx, e.parent, e.address));
  infoBlock(d, [['Zeichen', e.az], ['Datum', ctx.date(ctx.today)]]);
  subject(d, ['Elterngeld – ElterngeldPlus', `Kind: ${e.child.first} ${e.child.last}, geb. ${ctx.ndate(e.child.birth)}`]);
  d.write(anrede(e.parent));
  d.para(`für ${ctx.v('name', ctx.name(e.parent))} wird ElterngeldPlus in Höhe von ${ctx.v('elterngeld_monatlich', ctx.money(e.amount))} monatlich für die nachstehenden Lebensmonate festgesetzt:`);
  monthTable(ctx, e, false, 'von-bis-betrag');
  const [von, bis] = paidRange(e);
  d.para(`Der Bezugszeitraum umfasst damit die Zeit vom ${ctx.v('bezug_von', ctx.date(von))} bis zum ${ctx.v('bezug_bis', ctx.date(bis))}.`);
  const other = fake.person(ctx.rng, { last: e.parent.last, gender: e.parent.gender === 'f' ? 'm' : 'f' });
  d.para(`Der andere Elternteil, ${fake.fullName(other)}, hat Elterngeld für den ${ctx.rng.int(2, 4)}. und ${ctx.rng.int(5, 8)}. Lebensmonat beantragt; darüber wird gesondert entschieden. Ein Anspruch auf Partnerschaftsbonus besteht nicht.`);
  rechtsbehelf(ctx, e.stelle);
  closing(ctx, { signer: fake.fullName(fake.person(ctx.rng)), auftrag: true });
  truth(ctx, e);
}

/** C: compact summary grid, calculation basis as distractors */
function kompakt(ctx: Ctx): void {
  const e = draw(ctx);
  const d = ctx.start({ family: 'helvetica', size: 9.5 });
  d.text(d.left, 46, e.stelle, { size: 11, bold: true });
  addressWindow(d, recipientLines(ctx, e.parent, e.address));
  d.y = 250;
  d.write(ctx.pick(['Elterngeld – Bewilligung', 'Festsetzung des Elterngeldes'], ['Entscheidung über Ihren Elterngeldantrag']), { size: 12, bold: true });
  d.move(6);
  const [von, bis] = paidRange(e);
  const rows: [string, Cell][] = [
    [ctx.pick(['Berechtigte Person', 'Antragsteller/in'], ['Elterngeldberechtigte/r']), { text: ctx.name(e.parent), field: 'name' }],
    ['Kind', `${e.child.first} ${e.child.last}, geboren ${ctx.ndate(e.child.birth)}`],
    ['Leistungsart', art(e)],
    [ctx.pick(['Bezugszeitraum von', 'Bezug ab'], ['Zahlung ab'])!, { text: ctx.ndate(von), field: 'bezug_von' }],
    [ctx.pick(['Bezugszeitraum bis', 'Bezug bis'], ['Zahlung bis'])!, { text: ctx.ndate(bis), field: 'bezug_bis' }],
    ['Einkommen vor der Geburt (monatlich)', ctx.money(e.income)],
    ['Ersatzrate', `${decimal(e.rate, 0)} %`],
    [ctx.pick(['Elterngeld monatlich', 'monatlicher Elterngeldbetrag', 'Höhe des Elterngeldes'], ['Monatsbetrag'])!, { text: ctx.money(e.amount), field: 'elterngeld_monatlich' }],
    ['Gesamtbetrag', ctx.money(cents(e.months.reduce((s, m) => s + m.amount, 0)))],
  ];
  for (const [l, v] of rows) {
    const c = typeof v === 'string' ? { text: v } : v;
    d.row([{ x: d.left, text: l, color: GRAY, width: 180 }, { x: d.left + 200, text: c.text, field: c.field }], { minHeight: 15 });
    d.hline(d.y - 2, d.left, d.right, 0.2, LIGHT);
  }
  d.move(10);
  if (e.months.some((m) => m.amount === 0)) d.para('In den ersten beiden Lebensmonaten wird wegen des Bezugs von Mutterschaftsgeld kein Elterngeld ausgezahlt.');
  d.para(`Die Zahlung erfolgt auf das von Ihnen angegebene Konto ${fake.groupIban(fake.bankAccount(ctx.rng).iban)}.`);
  d.para(ctx.rng.pick(HINWEISE));
  rechtsbehelf(ctx, e.stelle);
  truth(ctx, e);
}

/** D (holdout): a Landesamt's notice in two columns, months as a list on the right */
function landesamt(ctx: Ctx): void {
  const e = draw(ctx);
  e.stelle = ctx.rng.pick(['Zentrum Bayern Familie und Soziales – Region Oberfranken', 'L-Bank – Elterngeldstelle', 'Landesverwaltungsamt – Elterngeldstelle', 'Landesamt für Soziales und Versorgung – Elterngeld']);
  const d = ctx.start({ family: 'times', size: 10, margins: { left: 50, right: 46, top: 44, bottom: 60 } });
  d.rect(d.left, 40, 6, 40, { fill: [0.1, 0.3, 0.55] });
  d.text(d.left + 14, 54, e.stelle, { size: 12, bold: true });
  d.text(d.left + 14, 68, `Az.: ${e.az} · ${ctx.date(ctx.today)}`, { size: 8.5 });
  d.y = 100;
  d.write(ctx.pick([], ['Bewilligungsbescheid nach dem BEEG', 'Bescheid über die Gewährung von Elterngeld']), { size: 13, bold: true });
  d.move(6);
  const mid = d.left + d.contentWidth * 0.55;
  const top = d.y;
  d.para(`Empfänger/in: ${ctx.v('name', ctx.name(e.parent))}, ${e.address.street} ${e.address.no}, ${e.address.plz} ${e.address.city}`, { width: mid - d.left - 16 });
  d.para(`Für das am ${ctx.date(e.child.birth)} geborene Kind ${e.child.first} wird ${art(e)} bewilligt. ${ctx.pick([], ['Der monatliche Zahlbetrag', 'Die Höhe je Lebensmonat'])} beträgt ${ctx.v('elterngeld_monatlich', ctx.money(e.amount))}.`, { width: mid - d.left - 16 });
  const [von, bis] = paidRange(e);
  d.para(`Gezahlt wird ${ctx.pick([], ['im Zeitraum', 'für die Zeit'])} vom ${ctx.v('bezug_von', ctx.date(von))} bis ${ctx.v('bezug_bis', ctx.date(bis))}.`, { width: mid - d.left - 16 });
  d.para(`Grundlage ist ein Einkommen von ${ctx.money(e.income)} im Bemessungszeitraum.`, { width: mid - d.left - 16 });
  const leftEnd = d.y;
  d.y = top;
  d.text(mid, d.y + 9, 'Lebensmonate', { bold: true });
  d.y += 14;
  for (const m of e.months) d.row([{ x: mid, text: `${m.lm}.` , size: 8.5 }, { x: mid + 22, text: `${ctx.ndate(lmStart(e.child.birth, m.lm))}–${ctx.ndate(lmEnd(e.child.birth, m.lm))}`, size: 8.5 }, { x: d.right, text: decimal(m.amount), size: 8.5, align: 'right' }], { size: 8.5 });
  d.line(mid - 8, top, mid - 8, Math.max(d.y, leftEnd), 0.4, GRAY);
  d.y = Math.max(d.y, leftEnd) + 10;
  rechtsbehelf(ctx, e.stelle);
  closing(ctx, { signer: fake.fullName(fake.person(ctx.rng)) });
  truth(ctx, e);
}

/**
 * E (holdout, blind): a notice with the BEEG overview grid: life months as column headers in rows
 * of twelve, one row per parent, the kind of benefit as letters in the cells; the amount and the
 * period of payment only in a framed summary box at the end.
 */
function blindLebensmonatsraster(ctx: Ctx): void {
  const e = draw(ctx);
  const d = ctx.start({ family: ctx.rng.pick(['helvetica', 'times']), size: 9.5 });
  const [amt, unit] = [e.stelle.split(' – ')[0], e.stelle.split(' – ').slice(1).join(' – ') || 'Elterngeldstelle'];
  d.text(d.left, 46, amt, { size: 12, bold: true });
  d.text(d.left, 59, unit, { size: 9 });
  d.text(d.right, 46, `Az. ${e.az}`, { size: 8.5, align: 'right' });
  d.text(d.right, 58, `Telefon ${fake.phone(ctx.rng)}`, { size: 8.5, align: 'right' });
  returnLine(d, `${amt} · ${e.address.plz} ${e.address.city}`);
  addressWindow(d, recipientLines(ctx, e.parent, e.address, { name: 'name' }));
  d.text(d.right, 200, `${e.address.city}, ${ctx.date(ctx.today)}`, { size: 9, align: 'right' });
  subject(d, [ctx.rng.pick(['Bescheid über Elterngeld nach dem Bundeselterngeld- und Elternzeitgesetz', 'Elterngeld – Entscheidung über Ihren Antrag']), `Kind: ${e.child.first} ${e.child.last}, geb. ${ctx.ndate(e.child.birth)}`], 250);
  d.write(anrede(e.parent));
  const bemStart = firstOfMonthIso(addMonths(e.child.birth, -12));
  const bemEnd = lastOfMonthIso(addMonths(e.child.birth, -1));
  d.para(`auf Ihren Antrag wird Ihnen Elterngeld für die unten gekennzeichneten Lebensmonate bewilligt. Der erste Lebensmonat Ihres Kindes begann am ${ctx.date(e.child.birth)}; jeder Lebensmonat endet mit dem Tag vor dem Monatstag der Geburt im Folgemonat.`);
  d.para(`Bemessungszeitraum sind die zwölf Kalendermonate vom ${ctx.ndate(bemStart)} bis ${ctx.ndate(bemEnd)}. Ihr durchschnittliches Einkommen aus Erwerbstätigkeit beträgt darin ${ctx.money(e.income)} monatlich; die Ersatzrate beträgt ${decimal(e.rate, 0)} %.`);
  d.move(2);
  d.write('Übersicht der Lebensmonate', { bold: true });
  d.write('B = Basiselterngeld   P = ElterngeldPlus   M = Mutterschaftsleistungen angerechnet   – = kein Bezug', { size: 7.5, color: GRAY });
  d.move(2);
  const other = fake.person(ctx.rng, { last: e.parent.last, gender: e.parent.gender === 'f' ? 'm' : 'f', bornFrom: 1980, bornTo: 2001 });
  const otherStart = ctx.rng.pick([1, 2, 3, 13]);
  const otherMonths = new Set<number>(ctx.rng.chance(0.6) ? Array.from({ length: ctx.rng.pick([2, 2, 3, 4]) }, (_, i) => otherStart + i) : []);
  const last = Math.max(14, ...e.months.map((m) => m.lm), ...otherMonths);
  const chunks = Math.ceil(last / 12);
  const mark = (lm: number) => {
    const m = e.months.find((x) => x.lm === lm);
    return m ? (m.amount === 0 ? 'M' : e.plus ? 'P' : 'B') : '–';
  };
  const labelW = 110;
  const cw = (d.contentWidth - labelW) / 12;
  for (let c = 0; c < chunks; c++) {
    d.ensure(52);
    const top = d.y;
    d.rect(d.left, top, d.contentWidth, 13, { fill: LIGHT });
    d.text(d.left + 3, top + 9.5, 'Lebensmonat', { size: 7.5, bold: true });
    for (let k = 0; k < 12; k++) {
      const lm = c * 12 + k + 1;
      d.text(d.left + labelW + k * cw + cw / 2, top + 9.5, String(lm), { size: 7.5, bold: true, align: 'center' });
    }
    const rowsP: [string, (lm: number) => string][] = [
      [`${e.parent.gender === 'f' ? 'Mutter' : 'Vater'} (Sie)`, mark],
      [`${other.gender === 'f' ? 'Mutter' : 'Vater'} (${other.first})`, (lm) => (otherMonths.has(lm) ? 'B' : '–')],
    ];
    rowsP.forEach(([label, f], r) => {
      const y = top + 13 + r * 14;
      d.text(d.left + 3, y + 10, label, { size: 8 });
      for (let k = 0; k < 12; k++) d.text(d.left + labelW + k * cw + cw / 2, y + 10, f(c * 12 + k + 1), { size: 8.5, align: 'center' });
    });
    const h = 13 + 2 * 14;
    for (let k = 0; k <= 12; k++) d.line(d.left + labelW + k * cw, top, d.left + labelW + k * cw, top + h, 0.3, GRAY);
    d.rect(d.left, top, d.contentWidth, h, { stroke: [0, 0, 0], lineWidth: 0.5 });
    d.hline(top + 13 + 14, d.left, d.right, 0.3, GRAY);
    d.y = top + h + 6;
  }
  if (otherMonths.size) d.para(`Über den Antrag des anderen Elternteils (${fake.fullName(other)}) wird mit gesondertem Bescheid entschieden.`, { size: 8.5 });
  if (e.months.some((m) => m.amount === 0)) d.para('In den mit M gekennzeichneten Lebensmonaten wird das Mutterschaftsgeld einschließlich des Arbeitgeberzuschusses vollständig angerechnet; eine Zahlung erfolgt nicht.', { size: 8.5 });
  const [von, bis] = paidRange(e);
  const paidMonths = e.months.filter((m) => m.amount > 0).length;
  d.ensure(100);
  d.move(6);
  const top = d.y;
  d.rect(d.left, top, d.contentWidth, 16, { fill: [0.85, 0.9, 0.97] });
  d.text(d.left + 6, top + 11.5, 'Ergebnis', { size: 9.5, bold: true });
  d.y = top + 22;
  const res: [string, Cell][] = [
    ['Leistungsart', art(e)],
    [ctx.rng.pick(['Auszahlungszeitraum', 'Zahlung für die Zeit']), { text: `${ctx.ndate(von)} bis ${ctx.ndate(bis)}` }],
    [ctx.rng.pick(['Ihr Anspruch pro Lebensmonat', 'monatlicher Auszahlungsbetrag']), { text: ctx.money(e.amount), field: 'elterngeld_monatlich' }],
    ['Anzahl der Monate mit Zahlung', String(paidMonths)],
    ['Summe für den gesamten Zeitraum', ctx.money(cents(e.amount * paidMonths))],
  ];
  for (const [l, v] of res) {
    const c = typeof v === 'string' ? { text: v } : v;
    d.row([{ x: d.left + 10, text: l }, { x: d.left + 240, text: c.text, field: c.field, bold: true }], { minHeight: 14 });
  }
  d.place('bezug_von', ctx.ndate(von));
  d.place('bezug_bis', ctx.ndate(bis));
  d.move(4);
  d.rect(d.left, top, d.contentWidth, d.y - top, { stroke: [0, 0, 0], lineWidth: 0.7 });
  d.move(8);
  d.para(`Die Zahlung erfolgt jeweils am Ende des Lebensmonats auf das Konto ${fake.groupIban(fake.bankAccount(ctx.rng).iban)}.`, { size: 9 });
  rechtsbehelf(ctx, amt);
  closing(ctx, { signer: fake.fullName(fake.person(ctx.rng)), auftrag: true });
  footer(d, [[e.stelle], [`${e.address.plz} ${e.address.city}`]], 'Seite x von y');
  truth(ctx, e);
}

const firstOfMonthIso = (date: IsoDate) => `${date.slice(0, 7)}-01`;
const lastOfMonthIso = (date: IsoDate) => addDays(addMonths(firstOfMonthIso(date), 1), -1);

/**
 * F (holdout, blind 2): a notice with a numbered operative part (1., 2., 3.) and a reasoning part:
 * amount and period of payment in the numbered sentences (life months named by number and date),
 * the reasoning lists the twelve months of the assessment period with gross and net income (many
 * amounts as distractors) and the average.
 */
function blind2TenorBemessung(ctx: Ctx): void {
  const e = draw(ctx);
  const d = ctx.start({ family: ctx.rng.pick(['times', 'helvetica']), size: 9.5 });
  const [amt, unit] = [e.stelle.split(' – ')[0], e.stelle.split(' – ').slice(1).join(' – ') || 'Elterngeldstelle'];
  letterheadSimple(ctx, amt, unit);
  returnLine(d, `${amt} · ${unit} · ${e.address.plz} ${e.address.city}`);
  addressWindow(d, recipientLines(ctx, e.parent, e.address, { name: 'name' }));
  infoBlock(d, [['Kassenzeichen', `${ctx.rng.digits(4)}.${ctx.rng.digits(4)}.${ctx.rng.digits(2)}`], ['Geschäftszeichen', e.az], ['Auskunft', `${fake.person(ctx.rng).last}, Zi. ${ctx.rng.int(100, 420)}`], ['Telefon', fake.phone(ctx.rng)], ['Datum', ctx.ndate(ctx.today)]], { labelWidth: 80 });
  subject(d, [`Elterngeld für ${e.child.first} ${e.child.last}, geboren am ${ctx.date(e.child.birth)}`]);
  d.write(anrede(e.parent));
  d.move(2);
  d.para(`über Ihren Antrag vom ${ctx.date(addDays(e.child.birth, ctx.rng.int(14, 70)))} entscheide ich wie folgt:`);
  const paid = e.months.filter((m) => m.amount > 0);
  const zero = e.months.filter((m) => m.amount === 0);
  const [von, bis] = paidRange(e);
  const first = paid[0].lm;
  const last = paid[paid.length - 1].lm;
  const indent = d.left + 18;
  const num = (n: string, text: string) => {
    d.ensure(30);
    d.text(d.left, d.y + 9.5, n, { bold: true });
    d.para(text, { x: indent });
  };
  num('1.', `Ihnen wird ${art(e)} für den ${e.months[0].lm}. bis ${e.months[e.months.length - 1].lm}. Lebensmonat Ihres Kindes bewilligt.`);
  num('2.', `Das Elterngeld beträgt für den ${first}. bis ${last}. Lebensmonat jeweils ${ctx.v('elterngeld_monatlich', ctx.money(e.amount))}. Es wird für die Zeit vom ${ctx.v('bezug_von', ctx.date(von))} bis ${ctx.v('bezug_bis', ctx.date(bis))} gezahlt.`);
  if (zero.length) num('3.', `Für den ${zero.map((m) => `${m.lm}.`).join(' und ')} Lebensmonat (${ctx.ndate(lmStart(e.child.birth, zero[0].lm))} bis ${ctx.ndate(lmEnd(e.child.birth, zero[zero.length - 1].lm))}) wird kein Elterngeld gezahlt, weil das Mutterschaftsgeld und der Arbeitgeberzuschuss darauf anzurechnen sind.`);
  num(zero.length ? '4.' : '3.', `Die Bewilligung erfolgt ${ctx.rng.pick(['vorläufig nach § 8 Abs. 3 BEEG, weil Ihr Einkommen nach der Geburt noch nicht feststeht', 'endgültig'])}.`);
  d.move(4);
  d.write('Begründung', { bold: true, size: 10.5 });
  d.para(`Maßgeblich ist Ihr Einkommen aus nichtselbstständiger Erwerbstätigkeit in den zwölf Kalendermonaten vor dem Monat der Geburt. Es ergibt sich aus den vorgelegten Entgeltabrechnungen:`);
  const bemStart = `${addMonths(e.child.birth, -12).slice(0, 7)}-01`;
  const rows: Cell[][] = [];
  const weights = Array.from({ length: 12 }, () => ctx.rng.float(0.93, 1.07));
  const wsum = weights.reduce((a, b) => a + b, 0);
  let sumNet = 0;
  for (let i = 0; i < 12; i++) {
    const month = addMonths(bemStart, i);
    const net = i === 11 ? cents(e.income * 12 - sumNet) : cents((e.income * 12 * weights[i]) / wsum);
    sumNet = cents(sumNet + net);
    const gross = cents(net / ctx.rng.float(0.62, 0.7));
    rows.push([`${MONTHS_DE[Number(month.slice(5, 7)) - 1]} ${month.slice(0, 4)}`, decimal(gross), decimal(cents(gross - net - gross * 0.2)), decimal(cents(gross * 0.2)), decimal(net)]);
  }
  table(ctx, [
    { header: 'Kalendermonat', x: d.left },
    { header: 'Brutto', x: d.left + 170, align: 'right' },
    { header: 'Steuern', x: d.left + 250, align: 'right' },
    { header: 'Sozialabgaben', x: d.left + 340, align: 'right' },
    { header: 'Netto (EUR)', x: d.right, align: 'right' },
  ], rows, { size: 8.5, grid: true });
  d.para(`Das durchschnittliche monatliche Einkommen beträgt ${ctx.money(e.income)}. Bei diesem Einkommen beträgt die Ersatzrate ${decimal(e.rate, 0)} %${e.plus ? '; ElterngeldPlus beträgt die Hälfte des Basiselterngeldes' : ''}.`);
  d.para(`Die Zahlung erfolgt jeweils zum Ende des Lebensmonats auf Ihr Konto bei der ${fake.bankAccount(ctx.rng).bank.name}.`);
  rechtsbehelf(ctx, amt);
  closing(ctx, { signer: fake.fullName(fake.person(ctx.rng)), auftrag: true });
  footer(d, [[amt, unit], [`Sprechzeiten Di und Do 8.30–12.00 Uhr`]], 'Seite x von y');
  truth(ctx, e);
}

/**
 * G (holdout, blind 3): the final determination after a provisional award (§ 8 Abs. 3 BEEG), as a
 * district's Elterngeldstelle sends it once the income after the birth is known: a contact column
 * at the right with labels above values (dates of the application and of the provisional notice),
 * the entitled person named in the reference line, a table per life month with the provisional,
 * the final amount and the difference, the back payment or refund as a total; the calculation
 * (income before and after the birth, assumed and actual) on the following page.
 */
function blind3EndgueltigeFestsetzung(ctx: Ctx): void {
  const e = draw(ctx, false);
  // part-time work in the months of receipt: Elterngeld replaces the difference of the incomes
  e.income = cents(ctx.rng.float(1600, 3400));
  e.rate = 65;
  const after = cents(ctx.rng.float(Math.max(220, e.income - 2700), e.income * 0.42));
  let assumed = cents(after * ctx.rng.pick([0.55, 0.7, 1.25, 1.4]));
  const amountFor = (inc: number) => cents(Math.max(300, Math.min(1800, ((e.income - inc) * e.rate) / 100)));
  if (amountFor(assumed) === amountFor(after)) assumed = cents(after + 150);
  e.amount = amountFor(after);
  const provisional = amountFor(assumed);
  e.months = e.months.map((m) => ({ lm: m.lm, amount: m.amount === 0 ? 0 : e.amount }));
  // a final determination comes after the last month of receipt
  const born = addDays(addMonths(ctx.today, -e.months[e.months.length - 1].lm), -ctx.rng.int(25, 150));
  e.child.birth = iso(Number(born.slice(0, 4)), Number(born.slice(5, 7)), Math.min(28, Number(born.slice(8, 10))));
  const d = ctx.start({ family: ctx.rng.pick(['helvetica', 'times']), size: 9.5, margins: { left: 62, right: 50, top: 56, bottom: 70 } });
  const [kreis, seatPlz, seat] = ctx.rng.pick([
    ['Landkreis Nordsachsen', '04860', 'Torgau'],
    ['Landkreis Göttingen', '37083', 'Göttingen'],
    ['Kreis Herzogtum Lauenburg', '23909', 'Ratzeburg'],
    ['Landkreis Harz', '38820', 'Halberstadt'],
    ['Rhein-Sieg-Kreis', '53721', 'Siegburg'],
    ['Landkreis Rostock', '18273', 'Güstrow'],
    ['Vogtlandkreis', '08523', 'Plauen'],
  ] as const);
  const amt = ctx.rng.pick(['Jugendamt', 'Amt für Familie und Soziales', 'Fachdienst Jugend und Familie']);
  const unit = ctx.rng.pick(['Elterngeldstelle', 'Sachgebiet Elterngeld', 'Elterngeld und Unterhaltsvorschuss']);
  // arms: a small shield beside the name
  d.rect(d.left, 38, 22, 26, { stroke: [0.2, 0.2, 0.2], fill: [0.92, 0.88, 0.7], lineWidth: 0.6 });
  d.line(d.left, 51, d.left + 22, 51, 0.6, [0.2, 0.2, 0.2]);
  d.text(d.left + 30, 48, kreis, { size: 13, bold: true });
  d.text(d.left + 30, 61, `${amt} · ${unit}`, { size: 9 });
  const office = { ...fake.address(ctx.rng), plz: seatPlz, city: seat };
  // the parent lives in the district
  if (ctx.rng.chance(0.5)) e.address = { ...e.address, plz: seatPlz, city: seat };
  returnLine(d, `${kreis} · ${amt} · ${office.street} ${office.no} · ${office.plz} ${office.city}`);
  addressWindow(d, recipientLines(ctx, e.parent, e.address));
  // contact column: label above value
  const colX = 392;
  const antrag = addDays(e.child.birth, ctx.rng.int(14, 60));
  const vorlaeufig = addDays(antrag, ctx.rng.int(20, 50));
  const clerk = fake.person(ctx.rng);
  const contact: [string, string][] = [
    ['Auskunft erteilt', `${clerk.gender === 'f' ? 'Frau' : 'Herr'} ${clerk.last}`],
    ['Zimmer / Telefon', `${ctx.rng.int(1, 4)}.${ctx.rng.digits(2)} / ${fake.phone(ctx.rng)}`],
    ['Geschäftszeichen', e.az],
    ['Ihr Antrag vom', ctx.ndate(antrag)],
    ['Unser Bescheid vom', ctx.ndate(vorlaeufig)],
    ['Datum', ctx.ndate(ctx.today)],
  ];
  contact.forEach(([l, v], i) => {
    d.text(colX, 140 + i * 22, l, { size: 7, color: GRAY });
    d.text(colX, 149 + i * 22, v, { size: 8.5 });
  });
  d.y = 274;
  d.write(ctx.rng.pick(['Elterngeld – endgültige Festsetzung nach § 8 Abs. 3 BEEG', 'Endgültige Entscheidung über Ihr Elterngeld', 'Abschließende Festsetzung des Elterngeldes']), { size: 11, bold: true });
  d.para(`${ctx.rng.pick(['Berechtigte Person', 'Leistungsberechtigte/r', 'Elternteil'])}: ${ctx.v('name', ctx.name(e.parent))} · Kind: ${e.child.first} ${e.child.last}, geb. ${ctx.ndate(e.child.birth)}`, { size: 9.5, after: 8 });
  d.write(anrede(e.parent));
  d.para(`mit Bescheid vom ${ctx.date(vorlaeufig)} haben wir Ihnen Elterngeld vorläufig bewilligt, weil Ihr Einkommen in den Bezugsmonaten noch nicht feststand. Nach Vorlage der Entgeltnachweise Ihres Arbeitgebers setzen wir das Elterngeld nunmehr endgültig fest. Der vorläufige Bescheid wird insoweit ersetzt.`);
  const paid = e.months.filter((m) => m.amount > 0);
  const firstLm = paid[0].lm;
  const lastLm = paid[paid.length - 1].lm;
  const diff = cents(e.amount - provisional);
  d.move(2);
  const rows: Cell[][] = e.months.map((m) => {
    const von = ctx.ndate(lmStart(e.child.birth, m.lm));
    const bis = ctx.ndate(lmEnd(e.child.birth, m.lm));
    const zero = m.amount === 0;
    return [
      `${m.lm}.`,
      `${m.lm === firstLm ? ctx.v('bezug_von', von) : von} – ${m.lm === lastLm ? ctx.v('bezug_bis', bis) : bis}`,
      zero ? '0,00' : decimal(provisional),
      zero ? '0,00' : m.lm === firstLm ? ctx.v('elterngeld_monatlich', decimal(e.amount)) : decimal(e.amount),
      zero ? '0,00' : `${diff > 0 ? '+' : ''}${decimal(diff)}`,
    ];
  });
  const total = cents(diff * paid.length);
  rows.push(['', 'Summe', decimal(cents(provisional * paid.length)), decimal(cents(e.amount * paid.length)), `${total > 0 ? '+' : ''}${decimal(total)}`]);
  table(ctx, [
    { header: 'LM', x: d.left },
    { header: 'Lebensmonat vom – bis', x: d.left + 30 },
    { header: 'vorläufig (EUR)', x: d.left + 275, align: 'right' },
    { header: 'endgültig (EUR)', x: d.left + 375, align: 'right' },
    { header: 'Differenz', x: d.right, align: 'right' },
  ], rows, { size: 8.5, grid: true, headerFill: [0.9, 0.9, 0.9] });
  if (e.months.some((m) => m.amount === 0)) d.para('Lebensmonate mit 0,00 EUR: Anrechnung des Mutterschaftsgeldes und des Arbeitgeberzuschusses (§ 3 Abs. 1 BEEG).', { size: 8.5, color: GRAY });
  const pay = fake.bankAccount(ctx.rng);
  if (total > 0)
    d.para(`Für den Bezugszeitraum ergibt sich eine Nachzahlung von ${ctx.money(total)}. Sie wird in den nächsten Tagen auf Ihr Konto ${fake.groupIban(pay.iban)} überwiesen.`);
  else {
    const sparkasse = ctx.rng.pick(fake.BANKS.filter((b) => /Sparkasse/.test(b.name)));
    const kasse = { bank: sparkasse, iban: fake.germanIban(sparkasse.blz, ctx.rng.digits(10).replace(/^0/, '3')) };
    d.para(`Für den Bezugszeitraum wurden Ihnen ${ctx.money(-total)} zu viel gezahlt. Dieser Betrag ist nach § 8 Abs. 3 Satz 2 BEEG zu erstatten. Bitte überweisen Sie ihn bis zum ${ctx.date(addDays(ctx.today, 30))} an die Kreiskasse, IBAN ${fake.groupIban(kasse.iban)} (${kasse.bank.name}), Kassenzeichen ${ctx.rng.digits(2)}.${ctx.rng.digits(6)}.${ctx.rng.digits(1)}. Ratenzahlung ist auf Antrag möglich.`);
  }
  d.para('Die Berechnung des Elterngeldes finden Sie in der Anlage. Die Begründung ergibt sich aus den dort genannten Beträgen.');
  rechtsbehelf(ctx, `${kreis}, ${amt}`);
  closing(ctx, { signer: fake.fullName(clerk), auftrag: true });
  // the calculation on a page of its own, unless the closing already opened one
  if (d.page === 1) d.newPage();
  else d.move(24);
  d.ensure(260);
  d.write('Anlage: Berechnung des Elterngeldes', { size: 11, bold: true });
  d.write(`Geschäftszeichen ${e.az} · Kind ${e.child.first} ${e.child.last}`, { size: 8.5, color: GRAY });
  d.move(8);
  const bemStart = `${addMonths(e.child.birth, -12).slice(0, 7)}-01`;
  const bemEnd = addDays(`${e.child.birth.slice(0, 7)}-01`, -1);
  d.para(`Bemessungszeitraum: ${ctx.ndate(bemStart)} bis ${ctx.ndate(bemEnd)} (zwölf Kalendermonate vor dem Monat der Geburt).`, { size: 9 });
  const calc: [string, string, string][] = [
    ['durchschnittliches Einkommen vor der Geburt', decimal(e.income), decimal(e.income)],
    ['Einkommen in den Bezugsmonaten', decimal(assumed), decimal(after)],
    ['wegfallendes Einkommen (Unterschiedsbetrag)', decimal(cents(e.income - assumed)), decimal(cents(e.income - after))],
    ['Ersatzrate', `${decimal(e.rate, 0)} %`, `${decimal(e.rate, 0)} %`],
    ['Elterngeld je Lebensmonat', decimal(provisional), decimal(e.amount)],
  ];
  d.row([{ x: d.left, text: 'Berechnungsschritt', bold: true }, { x: d.left + 330, text: 'vorläufig', bold: true, align: 'right' }, { x: d.right, text: 'endgültig', bold: true, align: 'right' }], { minHeight: 15 });
  d.hline(d.y, d.left, d.right, 0.6);
  d.move(3);
  for (const [l, a, b] of calc) {
    d.row([{ x: d.left, text: l, width: 250 }, { x: d.left + 330, text: a, align: 'right' }, { x: d.right, text: b, align: 'right' }], { minHeight: 15 });
    d.hline(d.y - 2, d.left, d.right, 0.2, LIGHT);
  }
  d.move(10);
  d.para(`Als Einkommen in den Bezugsmonaten hatten wir vorläufig ${ctx.money(assumed)} monatlich angenommen. Nach den Entgeltabrechnungen für die Zeit vom ${ctx.date(lmStart(e.child.birth, firstLm))} bis ${ctx.date(lmEnd(e.child.birth, lastLm))} beträgt es durchschnittlich ${ctx.money(after)}. Beträge in Euro.`, { size: 9 });
  d.para(ctx.rng.pick(HINWEISE), { size: 9 });
  footer(d, [[kreis, amt, unit], [`${office.street} ${office.no}`, `${office.plz} ${office.city}`], ['Sprechzeiten Di 9–12 und 14–18 Uhr', 'Do 9–12 Uhr']], 'Seite x von y');
  truth(ctx, e);
}

/**
 * H (holdout, blind 4): a town's or district's Elterngeldstelle granting Basiselterngeld with the
 * sibling bonus (§ 2a BEEG): the DIN 5008 reference line across the page (headings "Ihr Zeichen,
 * Ihre Nachricht vom", "Unser Zeichen", "Name, Durchwahl", "Datum" with the values under them), the
 * decision in sentences (life months by number, the older sibling, the monthly amount including
 * the bonus), a payment plan per life month (basic amount, bonus, amount paid, day of transfer) and
 * on the last page the calculation with the day the sibling turns three.
 */
function blind4GeschwisterbonusZahlplan(ctx: Ctx): void {
  const e = draw(ctx, false);
  const basis = e.amount;
  const bonus = cents(Math.max(75, basis * 0.1));
  const total = cents(basis + bonus);
  e.amount = total;
  e.months = e.months.map((m) => ({ lm: m.lm, amount: m.amount === 0 ? 0 : total }));
  const [stadt, unit, seatPlz, seat] = ctx.rng.pick([
    ['Kreis Mettmann', 'Jugendamt – Elterngeldstelle', '40822', 'Mettmann'],
    ['Stadt Dortmund', 'Jugendamt – Elterngeld', '44135', 'Dortmund'],
    ['Bezirksamt Hamburg-Nord', 'Fachamt Jugend- und Familienhilfe – Elterngeldstelle', '20249', 'Hamburg'],
    ['Landkreis Vorpommern-Greifswald', 'Fachdienst Jugend – Elterngeld', '17489', 'Greifswald'],
    ['Stadt Mönchengladbach', 'Fachbereich Kinder, Jugend und Familie – Elterngeld', '41061', 'Mönchengladbach'],
    ['Landeshauptstadt Kiel', 'Amt für Familie und Soziales – Elterngeldstelle', '24103', 'Kiel'],
    ['Landkreis Osnabrück', 'Fachdienst Jugend – Elterngeldstelle', '49082', 'Osnabrück'],
  ] as const);
  const office = { ...fake.address(ctx.rng), plz: seatPlz, city: seat };
  if (ctx.rng.chance(0.5)) e.address = { ...e.address, plz: seatPlz, city: seat };
  const d = ctx.start({ family: ctx.rng.pick(['times', 'helvetica']), size: 9.5, margins: { left: 64, right: 50, top: 56, bottom: 72 } });
  d.text(d.left, 52, stadt, { size: 16, bold: true });
  d.text(d.left, 66, unit, { size: 9 });
  d.hline(74, d.left, d.left + 200, 0.8);
  const contact = [`Dienstgebäude ${office.street} ${office.no}`, `${office.plz} ${office.city}`, `Zentrale ${fake.phone(ctx.rng)}`, `elterngeld@${stadt.toLowerCase().replace(/^(kreis|stadt|landkreis|landeshauptstadt|bezirksamt) /, '').replace(/ä/g, 'ae').replace(/ö/g, 'oe').replace(/ü/g, 'ue').replace(/[^a-z]+/g, '-')}.de`];
  contact.forEach((l, i) => d.text(d.right, 46 + i * 10, l, { size: 7.5, align: 'right', color: GRAY }));
  returnLine(d, `${stadt} · ${office.street} ${office.no} · ${office.plz} ${office.city}`);
  addressWindow(d, recipientLines(ctx, e.parent, e.address, { name: 'name' }));
  // DIN 5008 reference line: headings in a row, the values under them
  const antrag = addDays(e.child.birth, ctx.rng.int(12, 70));
  const clerk = fake.person(ctx.rng);
  const refs: [number, string, string][] = [
    [0, 'Ihre Nachricht vom', ctx.ndate(antrag)],
    [150, 'Unser Zeichen', e.az],
    [255, 'Name, Durchwahl', `${clerk.gender === 'f' ? 'Frau' : 'Herr'} ${clerk.last}, -${ctx.rng.int(200, 899)}`],
    [400, 'Datum', ctx.ndate(ctx.today)],
  ];
  for (const [dx, h, v] of refs) {
    d.text(d.left + dx, 252, h, { size: 7, color: GRAY });
    d.text(d.left + dx, 264, v, { size: 9 });
  }
  d.y = 282;
  d.write(ctx.rng.pick(['Elterngeld nach dem Bundeselterngeld- und Elternzeitgesetz (BEEG)', 'Ihr Antrag auf Elterngeld', 'Gewährung von Basiselterngeld mit Geschwisterbonus']), { size: 10.5, bold: true });
  d.write(`Kind: ${e.child.first} ${e.child.last}, geboren am ${ctx.date(e.child.birth)}`, { size: 9.5, bold: true });
  d.move(8);
  d.write(anrede(e.parent));
  d.move(2);
  const paid = e.months.filter((m) => m.amount > 0);
  const zero = e.months.filter((m) => m.amount === 0);
  const firstLm = paid[0].lm;
  const lastLm = paid[paid.length - 1].lm;
  // the older sibling is still under three when the last life month ends
  const lastEnd = lmEnd(e.child.birth, lastLm);
  const sibling = fake.person(ctx.rng, { last: e.parent.last, bornFrom: 2020, bornTo: 2020 });
  const k = ctx.rng.int(11, Math.max(11, 35 - lastLm));
  sibling.birth = addMonths(e.child.birth, -k);
  const third = addMonths(sibling.birth, 36);
  d.para(`über Ihren Antrag vom ${ctx.date(antrag)} entscheide ich wie folgt:`);
  d.para(`Für Ihr Kind ${e.child.first} erhalten Sie Basiselterngeld für den ${e.months[0].lm}. bis ${e.months[e.months.length - 1].lm}. Lebensmonat. Zusätzlich wird Ihnen der Geschwisterbonus nach § 2a Abs. 1 BEEG gewährt, weil in Ihrem Haushalt ${sibling.gender === 'f' ? 'Ihre Tochter' : 'Ihr Sohn'} ${sibling.first}, geboren am ${ctx.date(sibling.birth)}, lebt, ${sibling.gender === 'f' ? 'die' : 'der'} das dritte Lebensjahr noch nicht vollendet hat.`);
  const amountText = ctx.v('elterngeld_monatlich', ctx.money(total));
  d.para(ctx.rng.pick([
    `Monatlich werden Ihnen ${amountText} überwiesen.`,
    `Ihr Elterngeld einschließlich Geschwisterbonus beläuft sich auf ${amountText} im Lebensmonat.`,
    `Der Auszahlungsbetrag je Lebensmonat beträgt ${amountText}.`,
  ]), { bold: true });
  if (zero.length) d.para(`Im ${zero.map((m) => `${m.lm}.`).join(' und ')} Lebensmonat ruht Ihr Anspruch, weil Ihnen Mutterschaftsgeld und der Zuschuss Ihres Arbeitgebers zustehen (§ 3 Abs. 1 Satz 1 Nr. 1 BEEG).`);
  d.move(2);
  d.write('Zahlplan', { bold: true, size: 10 });
  // months already over when the notice is issued are paid together a few days after it
  const catchUp = workday(addDays(ctx.today, ctx.rng.int(3, 8)));
  const payday = (end: IsoDate) => (end < catchUp ? catchUp : workday(end));
  const rows: Cell[][] = e.months.map((m) => {
    const ruht = m.amount === 0;
    return [
      `${m.lm}.`,
      { text: ctx.ndate(lmStart(e.child.birth, m.lm)), field: m.lm === firstLm ? 'bezug_von' : undefined },
      { text: ctx.ndate(lmEnd(e.child.birth, m.lm)), field: m.lm === lastLm ? 'bezug_bis' : undefined },
      ruht ? 'ruht' : decimal(basis),
      ruht ? '–' : decimal(bonus),
      decimal(m.amount),
      ruht ? '–' : ctx.ndate(payday(lmEnd(e.child.birth, m.lm))),
    ];
  });
  rows.push(['', 'Summe', '', decimal(cents(basis * paid.length)), decimal(cents(bonus * paid.length)), decimal(cents(total * paid.length)), '']);
  table(ctx, [
    { header: 'LM', x: d.left },
    { header: 'vom', x: d.left + 26 },
    { header: 'bis', x: d.left + 86 },
    { header: 'Basisbetrag', x: d.left + 222, align: 'right' },
    { header: 'Geschwisterb.', x: d.left + 300, align: 'right' },
    { header: 'Auszahlung', x: d.left + 378, align: 'right' },
    { header: 'überwiesen zum', x: d.left + 400 },
  ], rows, { size: 8.5, grid: true });
  d.para('Beträge in Euro. Das Elterngeld wird jeweils am Ende des Lebensmonats gezahlt, für den es bestimmt ist.', { size: 8, color: GRAY });
  const konto = fake.bankAccount(ctx.rng);
  d.para(`Die Zahlung erfolgt auf Ihr Konto bei der ${konto.bank.name}, IBAN ${fake.groupIban(konto.iban)}. Wie sich der Betrag zusammensetzt, entnehmen Sie bitte der Berechnung in der Anlage; sie ist Bestandteil dieses Bescheides.`);
  d.ensure(80);
  d.move(4);
  d.write('Rechtsbehelfsbelehrung', { bold: true });
  d.para(`Gegen diesen Bescheid können Sie innerhalb eines Monats nach seiner Bekanntgabe Widerspruch einlegen. Der Widerspruch ist schriftlich oder zur Niederschrift bei der Stelle zu erheben, die den Bescheid erlassen hat (${stadt}, ${unit.split(' – ')[0]}, ${office.street} ${office.no}, ${office.plz} ${office.city}).`, { size: 8.5 });
  closing(ctx, { signer: fake.fullName(clerk), auftrag: true });
  // the calculation on a sheet of its own, or under the closing when that already ran over
  if (d.page === 1) d.newPage();
  else {
    d.move(28);
    d.ensure(330);
  }
  d.write(`Anlage zum Bescheid vom ${ctx.ndate(ctx.today)} – Berechnung des Elterngeldes`, { size: 11, bold: true });
  d.write(`Zeichen ${e.az} · ${ctx.name(e.parent)} · Kind ${e.child.first} ${e.child.last}`, { size: 8.5, color: GRAY });
  d.move(8);
  const bemStart = firstOfMonthIso(addMonths(e.child.birth, -12));
  const bemEnd = lastOfMonthIso(addMonths(e.child.birth, -1));
  d.para(`Bemessungszeitraum: ${ctx.ndate(bemStart)} bis ${ctx.ndate(bemEnd)} (die zwölf Kalendermonate vor dem Monat der Geburt).`, { size: 9 });
  const calc: [string, string, string][] = [
    ['(1)', 'Einkommen aus nichtselbstständiger Arbeit im Bemessungszeitraum, monatlicher Durchschnitt nach Abzug der Pauschalen für Steuern und Sozialabgaben', ctx.money(e.income)],
    ['(2)', 'maßgeblicher Prozentsatz (Ersatzrate)', `${decimal(e.rate, 0)} %`],
    ['(3)', 'Basiselterngeld: (2) von (1), mindestens 300 Euro, höchstens 1.800 Euro', ctx.money(basis)],
    ['(4)', 'Geschwisterbonus: 10 % von (3), mindestens 75 Euro', ctx.money(bonus)],
    ['(5)', 'Elterngeld je Lebensmonat: (3) + (4)', ctx.money(total)],
  ];
  for (const [n, l, v] of calc) {
    d.row([{ x: d.left, text: n }, { x: d.left + 26, text: l, width: 310 }, { x: d.right, text: v, align: 'right', bold: n === '(5)' }], { minHeight: 16 });
    d.hline(d.y - 2, d.left, d.right, 0.2, LIGHT);
  }
  d.move(10);
  d.para(`Der Geschwisterbonus wird gezahlt, solange ${sibling.first} das dritte Lebensjahr nicht vollendet hat, also längstens bis zum ${ctx.date(addDays(third, -1))}. Ihr Bezugszeitraum endet vorher; eine Neuberechnung ist daher nicht erforderlich.`, { size: 9 });
  d.move(4);
  d.write('Hinweise', { bold: true });
  d.para('Elterngeld ist steuerfrei, unterliegt aber dem Progressionsvorbehalt (§ 32b EStG). Wir melden die gezahlten Beträge nach Ablauf des Kalenderjahres elektronisch an Ihr Finanzamt.', { size: 9 });
  d.para('Teilen Sie uns bitte sofort mit, wenn Sie während des Bezugs eine Erwerbstätigkeit aufnehmen, wenn Ihr Kind oder sein Geschwisterkind nicht mehr in Ihrem Haushalt lebt oder wenn Sie andere Leistungen (zum Beispiel Mutterschaftsgeld) erhalten.', { size: 9 });
  d.para(ctx.rng.pick(HINWEISE), { size: 9 });
  const kasse = ctx.rng.pick(fake.BANKS.filter((b) => /Sparkasse/.test(b.name)));
  footer(d, [[stadt, unit], [`${office.street} ${office.no}, ${office.plz} ${office.city}`, 'Sprechzeiten Mo, Di, Do 8–12 Uhr'], [`Kasse: ${kasse.name}`, `IBAN ${fake.groupIban(fake.germanIban(kasse.blz, ctx.rng.digits(10).replace(/^0/, '4')))}`]], 'Seite x von y');
  truth(ctx, e);
}

function letterheadSimple(ctx: Ctx, amt: string, unit: string): void {
  const d = ctx.doc;
  d.text(d.right, 44, amt, { size: 12, bold: true, align: 'right' });
  d.text(d.right, 57, unit, { size: 9, align: 'right' });
  d.hline(64, d.left + 250, d.right, 0.5);
}

/**
 * I (holdout, blind 5): a notice changing the chosen life months at the parent's request (§ 7
 * Abs. 2 BEEG): a town's family office writing in Times; under the window a strip of reference
 * cells, each heading above its value; the earlier notice and the new decision side by side in a
 * framed comparison grid (kind, life months, period, amount per life month, total); the operative
 * sentences with the partial cancellation; the months already paid, the other parent's months,
 * the earlier notice's date and the account as other dates, amounts and people.
 */
function blind5AenderungLebensmonate(ctx: Ctx): void {
  const e = draw(ctx, false);
  const rng = ctx.rng;
  // a change is only possible for months not yet paid, so the child is a few months old
  const born = addDays(ctx.today, -rng.int(38, 140));
  e.child.birth = iso(Number(born.slice(0, 4)), Number(born.slice(5, 7)), Math.min(28, Number(born.slice(8, 10))));
  const birth = e.child.birth;
  let current = 1;
  while (lmEnd(birth, current) < ctx.today) current++;
  const mother = e.parent.gender === 'f';
  const zeroes = mother && rng.chance(0.4) ? 2 : 0;
  const first = mother ? 1 : current + rng.int(1, 3);
  const [oldCount, newCount] = mother ? rng.pick([[12, 10], [10, 12], [12, 11], [11, 12], [9, 12]] as const) : rng.pick([[2, 4], [4, 2], [2, 3], [3, 2]] as const);
  const oldEnd = first + oldCount - 1;
  const newEnd = first + newCount - 1;
  const firstPaid = first + zeroes;
  const von = lmStart(birth, firstPaid);
  const bis = lmEnd(birth, newEnd);
  const oldBis = lmEnd(birth, oldEnd);
  const oldTotal = cents(e.amount * (oldEnd - firstPaid + 1));
  const newTotal = cents(e.amount * (newEnd - firstPaid + 1));
  const prevNotice = addDays(birth, rng.int(18, Math.max(19, Math.round((Date.parse(ctx.today) - Date.parse(birth)) / 86400000) - 14)));
  const request = addDays(ctx.today, -rng.int(6, 12));
  const paidMonths = Math.max(0, current - 1 - zeroes - (first - 1));
  const shorter = newEnd < oldEnd;
  const other = fake.person(rng, { gender: mother ? 'm' : 'f', last: rng.chance(0.6) ? e.parent.last : undefined, bornFrom: 1980, bornTo: 2000 });
  const office = fake.sameCityAddress(rng, e.address);
  const issuer = rng.pick([`Stadt ${office.city}`, `Stadtverwaltung ${office.city}`]);
  const unit = rng.pick(['Fachdienst Familie und Jugend – Elterngeldstelle', 'Amt für Familie und Soziales – Sachgebiet Elterngeld', 'Fachbereich Soziales – Team Elterngeld']);
  const clerk = fake.person(rng);
  const d = ctx.start({ family: 'times', size: 10.5, margins: { left: 66, right: 54, top: 56, bottom: 72 } });
  d.text(d.width / 2, 48, issuer.toUpperCase(), { size: 13, bold: true, align: 'center' });
  d.text(d.width / 2, 62, unit, { size: 9.5, align: 'center' });
  d.hline(70, d.left, d.right, 1);
  d.hline(72.5, d.left, d.right, 0.4);
  d.line(18, 297.6, 26, 297.6, 0.4, GRAY);
  returnLine(d, `${issuer} · ${unit.split(' – ')[0]} · ${office.street} ${office.no} · ${office.plz} ${office.city}`);
  addressWindow(d, recipientLines(ctx, e.parent, e.address));
  const side = d.left + 300;
  d.text(side, 150, 'Dienstgebäude', { size: 8, bold: true });
  [`${office.street} ${office.no}`, `${office.plz} ${office.city}`, `Zimmer ${rng.int(1, 3)}.${rng.digits(2)}`, '', 'Sprechzeiten', 'Di 8.30–12.00 und 13.30–17.30 Uhr', 'Do 8.30–12.00 Uhr sowie nach Vereinbarung'].forEach((l, i) =>
    d.text(side, 161 + i * 10, l, { size: 8, bold: l === 'Sprechzeiten', color: l === 'Sprechzeiten' ? undefined : GRAY }));
  // the reference strip: headings above values
  const strip: [string, string][] = [
    ['Ihr Schreiben vom', ctx.ndate(request)],
    ['Geschäftszeichen', e.az],
    ['Auskunft erteilt', `${clerk.gender === 'f' ? 'Frau' : 'Herr'} ${clerk.last}`],
    ['Durchwahl', fake.phone(rng).replace(/^.*?(\d{3,4})$/, '-$1')],
    ['Datum', ctx.ndate(ctx.today)],
  ];
  const stripTop = 236;
  const colW = d.contentWidth / strip.length;
  d.hline(stripTop, d.left, d.right, 0.5);
  strip.forEach(([h, v], i) => {
    d.text(d.left + i * colW + 2, stripTop + 10, h, { size: 7, color: GRAY });
    d.text(d.left + i * colW + 2, stripTop + 22, v, { size: 9 });
  });
  d.hline(stripTop + 27, d.left, d.right, 0.5);
  d.y = stripTop + 36;
  const lmWord = (a: number, b: number) => (a === b ? `${a}. Lebensmonat` : b === a + 1 ? `${a}. und ${b}. Lebensmonat` : `${a}. bis ${b}. Lebensmonat`);
  subject(d, [
    ctx.pick([], ['Änderung der Bezugsmonate nach § 7 Abs. 2 BEEG', 'Änderungsbescheid – Elterngeld nach dem BEEG']),
    `Elterngeld für ${ctx.v('name', ctx.name(e.parent))}, Kind ${e.child.first} ${e.child.last}, geb. ${ctx.date(birth)}`,
  ], d.y);
  d.write(anrede(e.parent));
  d.para(`mit Ihrem Schreiben vom ${ctx.date(request)} haben Sie beantragt, die im Antrag getroffene Entscheidung über die Lebensmonate zu ändern, für die Sie Elterngeld beziehen. ${shorter ? `Sie möchten ${newEnd === oldEnd - 1 ? `den ${oldEnd}. Lebensmonat` : `den ${newEnd + 1}. bis ${oldEnd}. Lebensmonat`} nicht mehr in Anspruch nehmen.` : `Sie möchten Elterngeld zusätzlich für ${newEnd === oldEnd + 1 ? `den ${newEnd}. Lebensmonat` : `den ${oldEnd + 1}. bis ${newEnd}. Lebensmonat`} erhalten.`} Ihrem Antrag wird entsprochen. Die Gegenüberstellung zeigt Ihren bisherigen und Ihren neuen Anspruch:`);
  // the comparison grid
  const c0 = d.left;
  const c1 = d.left + 150;
  const c2 = d.left + 150 + (d.contentWidth - 150) / 2;
  const c3 = d.right;
  const rows: [string, string, string, boolean?][] = [
    ['Leistungsart', 'Basiselterngeld', 'Basiselterngeld'],
    ['Lebensmonate', lmWord(first, oldEnd), lmWord(first, newEnd)],
    ...(zeroes ? ([['davon mit Anrechnung von Mutterschaftsleistungen (Zahlbetrag 0,00)', lmWord(1, 2), lmWord(1, 2)]] as [string, string, string][]) : []),
    ['Zahlungszeitraum', `${ctx.ndate(von)} bis ${ctx.ndate(oldBis)}`, `${ctx.v('bezug_von', ctx.ndate(von))} bis ${ctx.v('bezug_bis', ctx.ndate(bis))}`],
    [ctx.pick([], ['Elterngeld je Lebensmonat', 'Monatsbetrag']), ctx.money(e.amount), ctx.v('elterngeld_monatlich', ctx.money(e.amount)), true],
    ['Elterngeld insgesamt', ctx.money(oldTotal), ctx.money(newTotal)],
  ];
  d.ensure(30 + rows.length * 30);
  const gridTop = d.y + 4;
  d.rect(c0, gridTop, c3 - c0, 28, { fill: LIGHT });
  d.text(c1 + 6, gridTop + 11, 'bisher', { size: 9, bold: true });
  d.text(c1 + 6, gridTop + 22, `Bescheid vom ${ctx.ndate(prevNotice)}`, { size: 8, color: GRAY });
  d.text(c2 + 6, gridTop + 11, 'neu', { size: 9, bold: true });
  d.text(c2 + 6, gridTop + 22, `ab diesem Bescheid`, { size: 8, color: GRAY });
  d.y = gridTop + 28;
  for (const [label, old, now, bold] of rows) {
    const top = d.y;
    d.row([
      { x: c0 + 5, text: label, width: c1 - c0 - 10, size: 9 },
      { x: c1 + 6, text: old, width: c2 - c1 - 10, size: 9.5 },
      { x: c2 + 6, text: now, width: c3 - c2 - 10, size: 9.5, bold },
    ], { size: 9.5, minHeight: 20 });
    d.move(3);
    d.hline(d.y, c0, c3, 0.4);
    d.line(c1, top, c1, d.y, 0.4);
    d.line(c2, top, c2, d.y, 0.4);
    void top;
  }
  d.rect(c0, gridTop, c3 - c0, d.y - gridTop, { stroke: [0, 0, 0], lineWidth: 0.8 });
  d.line(c1, gridTop, c1, gridTop + 28, 0.4);
  d.line(c2, gridTop, c2, gridTop + 28, 0.4);
  d.move(12);
  d.write('Entscheidung', { bold: true });
  d.para(`Der Bescheid vom ${ctx.date(prevNotice)} wird ${shorter ? `mit Wirkung für die Zeit ab dem ${ctx.date(lmStart(birth, newEnd + 1))} aufgehoben, soweit er Elterngeld für ${newEnd + 1 === oldEnd ? `den ${oldEnd}. Lebensmonat` : `den ${newEnd + 1}. bis ${oldEnd}. Lebensmonat`} bewilligt` : `dahin geändert, dass Ihnen Elterngeld auch für ${oldEnd + 1 === newEnd ? `den ${newEnd}. Lebensmonat` : `den ${oldEnd + 1}. bis ${newEnd}. Lebensmonat`} zusteht`}. Sie erhalten damit Basiselterngeld von ${ctx.money(e.amount)} für jeden Lebensmonat ${zeroes ? 'mit Zahlung ' : ''}in der Zeit vom ${ctx.date(von)} bis zum ${ctx.date(bis)}. Im Übrigen bleibt der Bescheid vom ${ctx.date(prevNotice)} unverändert; die Berechnung des Elterngeldes gilt weiter.`);
  d.write('Begründung', { bold: true });
  d.para(`Die Entscheidung, für welche Lebensmonate Elterngeld bezogen wird, kann bis zum Ende des Bezugszeitraums ohne Angabe von Gründen geändert werden (§ 7 Abs. 2 Satz 1 BEEG). Eine Änderung ist nur für Lebensmonate möglich, für die noch kein Elterngeld gezahlt wurde. ${paidMonths > 0 ? `Für ${paidMonths === 1 ? 'einen Lebensmonat' : `${paidMonths} Lebensmonate`} haben wir bereits ${ctx.money(cents(paidMonths * e.amount))} ausgezahlt; diese Monate sind von der Änderung nicht betroffen.` : 'Bisher wurde noch kein Elterngeld an Sie ausgezahlt.'}`);
  const otherFrom = mother ? (shorter ? newEnd + 1 : rng.int(2, 4)) : 1;
  // parents share at most fourteen months of Basiselterngeld
  const otherTo = mother ? (shorter ? oldEnd : otherFrom + 1) : Math.min(12, 14 - Math.max(oldCount, newCount));
  d.para(mother
    ? shorter
      ? `${other.gender === 'm' ? 'Der Vater' : 'Der andere Elternteil'}, ${fake.fullName(other)}, hat Elterngeld für den ${lmWord(otherFrom, otherTo)} beantragt (Zeitraum ${ctx.ndate(lmStart(birth, otherFrom))} bis ${ctx.ndate(lmEnd(birth, otherTo))}); darüber entscheiden wir gesondert.`
      : `${fake.fullName(other)} hat den Antrag auf Elterngeld für den ${otherFrom}. und ${otherTo}. Lebensmonat zurückgenommen. Die Partnermonate stehen damit Ihnen zu.`
    : `Die Mutter des Kindes, ${fake.fullName(other)}, bezieht Basiselterngeld für den ${otherFrom}. bis ${otherTo}. Lebensmonat (bis ${ctx.ndate(lmEnd(birth, otherTo))}); ihr Anspruch bleibt von dieser Änderung unberührt.`);
  const konto = fake.bankAccount(rng);
  d.para(`Das Elterngeld wird wie bisher am Ende jedes Lebensmonats auf Ihr Konto ${fake.groupIban(konto.iban)} (${konto.bank.name}) überwiesen.${shorter ? '' : ' Die zusätzlichen Monate zahlen wir ohne weiteren Antrag.'}`);
  d.ensure(80);
  d.write('Rechtsbehelfsbelehrung', { bold: true });
  d.para(`Gegen diesen Bescheid kann innerhalb eines Monats nach Bekanntgabe Widerspruch erhoben werden. Der Widerspruch ist bei der ${issuer}, ${unit.split(' – ')[1] ?? unit}, ${office.street} ${office.no}, ${office.plz} ${office.city}, schriftlich oder zur Niederschrift einzulegen.`, { size: 9.5 });
  closing(ctx, { signer: fake.fullName(clerk), auftrag: true });
  d.move(14);
  d.ensure(120);
  d.write('Hinweise', { bold: true });
  d.para('Elterngeld ist steuerfrei, unterliegt aber dem Progressionsvorbehalt. Die gezahlten Beträge werden nach Ablauf des Kalenderjahres elektronisch an Ihr Finanzamt übermittelt.', { size: 9.5 });
  d.para('Eine erneute Änderung der Bezugsmonate ist einmal ohne Grund möglich; weitere Änderungen nur in Fällen besonderer Härte. Nehmen Sie während des Bezugs eine Teilzeitbeschäftigung auf, teilen Sie uns das bitte sofort mit.', { size: 9.5 });
  const kasse = rng.pick(fake.BANKS.filter((b) => /Sparkasse/.test(b.name)));
  footer(d, [[issuer, unit.split(' – ')[0]], [`Telefon ${fake.phone(rng)}`, `elterngeld@${issuer.toLowerCase().replace(/[^a-z]+/g, '-').replace(/^-|-$/g, '')}.de`], [`Stadtkasse: ${kasse.name}`, `IBAN ${fake.groupIban(fake.germanIban(kasse.blz, rng.digits(10).replace(/^0/, '3')))}`]], '- x -');
  ctx.set('name', fake.fullName(e.parent));
  ctx.set('elterngeld_monatlich', e.amount);
  ctx.set('bezug_von', von);
  ctx.set('bezug_bis', bis);
}

/**
 * J (holdout, blind 6): a town's grant of Basiselterngeld for twins (or triplets) to a
 * self-employed parent, provisional until the tax assessment is in: a plain letter with a
 * bordered box "Ihre Angaben" above the address window (file number, the children with their
 * birth day), the decision as a lettered list in running text (a. the life months, b. the amount
 * per month including the multiple-birth supplement, c. the period of payment, d. provisional),
 * the back payment for months already over, the other parent's months, a list of what to send in
 * with its own deadlines; on the next page an annex with numbered lines: the year's profit, the
 * monthly share, taxes, no social-insurance lump sums, the Elterngeld net, the rate, the basic
 * amount, the supplement and the amount per life month.
 */
function blind6MehrlingeSelbststaendig(ctx: Ctx): void {
  const rng = ctx.rng;
  const e = draw(ctx, false);
  // self-employed: no maternity pay to credit, every chosen month is paid
  const mother = e.parent.gender === 'f';
  const count = mother ? rng.pick([12, 12, 10]) : rng.pick([2, 2, 12, 4]);
  // Basiselterngeld only within the first fourteen life months
  const first = mother ? 1 : Math.min(rng.pick([1, 1, 3, 11]), 15 - count);
  const nKids = rng.chance(0.1) ? 3 : 2;
  const babyNames = rng.sample(['Emil', 'Mila', 'Noah', 'Ida', 'Theo', 'Lina', 'Paul', 'Ella', 'Matteo', 'Frieda', 'Leo', 'Clara', 'Anton', 'Lotta', 'Jonas', 'Mia', 'Oskar', 'Nele'], nKids);
  const kids = babyNames.map((first) => ({ ...e.child, first, title: undefined }));
  const birthYear = Number(e.child.birth.slice(0, 4));
  const profitYear = birthYear - 1;
  const yearly = cents(rng.float(14000, 62000));
  const monthly = cents(yearly / 12);
  const taxes = cents(monthly * rng.float(0.06, 0.2));
  const compulsory = rng.chance(0.2);
  const social = compulsory ? cents(monthly * 0.1) : 0;
  const net = cents(monthly - taxes - social);
  const rateRaw = net < 1000 ? Math.min(100, 67 + Math.floor((1000 - net) / 2) * 0.1) : net <= 1200 ? 67 : net < 1240 ? 67 - Math.floor((net - 1200) / 2) * 0.1 : 65;
  const rate = Math.round(rateRaw * 10) / 10;
  const basis = cents(Math.max(300, Math.min(1800, (Math.min(net, 2770) * rate) / 100)));
  const zuschlag = 300 * (nKids - 1);
  e.amount = cents(basis + zuschlag);
  e.income = net;
  e.rate = rate;
  e.months = Array.from({ length: count }, (_, i) => ({ lm: first + i, amount: e.amount }));
  const [von, bis] = paidRange(e);
  const lastLm = first + count - 1;
  const city = e.address.city;
  const issuer = rng.pick([`Stadt ${city}`, `Stadtverwaltung ${city}`, `Kreisstadt ${city}`, `Universitätsstadt ${city}`]);
  const unit = rng.pick(['Amt für Familie und Soziales', 'Fachbereich Familie, Abteilung Elterngeld', 'Jugendamt – Sachgebiet Elterngeld', 'Familienbüro – Elterngeld']);
  const office = fake.sameCityAddress(rng, e.address);
  const clerk = fake.person(rng);
  const d = ctx.start({ family: rng.pick(['helvetica', 'times']), size: 9.5, margins: { left: 64, right: 54, top: 56, bottom: 72 } });
  const accent = rng.pick([[0.55, 0.1, 0.15], [0.05, 0.3, 0.5], [0.15, 0.4, 0.2]] as const);
  d.rect(d.left, 34, 4, 30, { fill: accent });
  d.text(d.left + 12, 46, issuer, { size: 13, bold: true });
  d.text(d.left + 12, 59, unit, { size: 9, color: GRAY });
  d.text(d.right, 44, `${office.street} ${office.no}`, { size: 8, align: 'right', color: GRAY });
  d.text(d.right, 54, `${office.plz} ${city}`, { size: 8, align: 'right', color: GRAY });
  d.text(d.right, 64, `Telefon ${fake.phone(rng)}`, { size: 8, align: 'right', color: GRAY });
  // the box with the particulars sits above the window, as some municipal templates have it
  const bx = d.left + 250;
  const by = 84;
  const particulars: [string, string][] = [
    [ctx.pick(['Elterngeld-Nr.', 'Aktenzeichen'], ['Vorgangsnummer']), e.az],
    ['Bearbeitung', `${clerk.gender === 'f' ? 'Frau' : 'Herr'} ${clerk.last}, Zimmer ${rng.int(101, 340)}`],
    ['Datum', ctx.date(ctx.today)],
  ];
  d.rect(bx, by, d.right - bx, particulars.length * 12 + 8, { stroke: [0.5, 0.5, 0.5], lineWidth: 0.5 });
  d.text(bx + 5, by - 3, 'Ihre Angaben', { size: 7, color: GRAY });
  particulars.forEach(([l, v], i) => {
    d.text(bx + 6, by + 13 + i * 12, l, { size: 8, color: GRAY });
    d.text(bx + 86, by + 13 + i * 12, v, { size: 8.5 });
  });
  returnLine(d, `${issuer} · ${unit.split(' – ')[0]} · ${office.plz} ${city}`);
  addressWindow(d, recipientLines(ctx, e.parent, e.address, { name: 'name' }));
  d.onContinuation((doc) => doc.text(doc.left, 40, `${issuer} · ${e.az} · Schreiben vom ${ctx.ndate(ctx.today)}`, { size: 7.5, color: GRAY }));
  const names = kids.map((k) => k.first);
  const kidList = `${names.slice(0, -1).join(', ')} und ${names[names.length - 1]} ${e.child.last}`;
  subject(d, [
    `${ctx.pick(['Elterngeld', 'Bescheid über Elterngeld'], ['Festsetzung von Elterngeld bei Mehrlingsgeburt'])} – ${nKids === 2 ? 'Zwillinge' : 'Drillinge'}`,
    `${kidList}, geboren am ${ctx.date(e.child.birth)}`,
  ], 236);
  d.write(e.parent.gender === 'f' ? `Guten Tag Frau ${e.parent.last},` : `Guten Tag Herr ${e.parent.last},`);
  d.move(2);
  d.para(`herzlichen Glückwunsch zur Geburt Ihrer Kinder! Über Ihren Antrag vom ${ctx.date(addDays(e.child.birth, rng.int(15, 55)))} haben wir wie folgt entschieden:`);
  const indent = d.left + 16;
  const item = (letter: string, text: string) => {
    d.ensure(28);
    d.text(d.left, d.y + 9.5, letter, { bold: true });
    d.para(text, { x: indent });
  };
  const lmText = count === 1 ? `den ${first}. Lebensmonat` : `den ${first}. bis ${lastLm}. Lebensmonat`;
  item('a)', `Sie erhalten Basiselterngeld für ${lmText}. Bei einer Mehrlingsgeburt besteht nur ein Anspruch auf Elterngeld; er erhöht sich für jedes weitere Kind um einen Mehrlingszuschlag von 300 Euro.`);
  item('b)', `${ctx.pick(['Ihr Elterngeld beträgt', 'Das Elterngeld beläuft sich auf'], ['Für jeden dieser Lebensmonate stehen Ihnen zu:'])} ${ctx.v('elterngeld_monatlich', ctx.money(e.amount))} monatlich. Darin enthalten ${nKids === 2 ? 'ist der Mehrlingszuschlag' : 'sind die Mehrlingszuschläge'} von ${ctx.money(zuschlag)}.`);
  item('c)', `Gezahlt wird ${ctx.pick(['für die Zeit vom', 'im Zeitraum vom'], ['in der Zeit vom'])} ${ctx.v('bezug_von', ctx.date(von))} bis ${ctx.v('bezug_bis', ctx.date(bis))}, jeweils am Ende eines Lebensmonats.`);
  item('d)', `Die Entscheidung ergeht vorläufig (§ 8 Abs. 3 BEEG), weil der Einkommensteuerbescheid für ${profitYear} noch nicht vorliegt. Nach Ablauf des Bezugszeitraums wird das Elterngeld abschließend festgesetzt.`);
  d.move(2);
  const elapsed = e.months.filter((m) => lmEnd(e.child.birth, m.lm) < ctx.today).length;
  if (elapsed > 0) d.para(`Für die bereits abgelaufenen ${elapsed === 1 ? 'Lebensmonat' : `${elapsed} Lebensmonate`} überweisen wir Ihnen in den nächsten Tagen ${ctx.money(cents(elapsed * e.amount))} in einer Summe. Danach folgen die laufenden Zahlungen auf das Konto ${fake.groupIban(fake.bankAccount(rng).iban)}.`);
  else d.para(`Die Zahlungen erfolgen auf das Konto ${fake.groupIban(fake.bankAccount(rng).iban)}.`);
  const other = fake.person(rng, { last: rng.chance(0.6) ? e.parent.last : undefined, gender: mother ? 'm' : 'f', bornFrom: 1980, bornTo: 2001 });
  const otherFirst = mother ? (lastLm < 14 ? lastLm + 1 : 2) : 1;
  const otherMonths = mother ? 2 : Math.min(12, 14 - count);
  if (rng.chance(0.7)) d.para(`${other.gender === 'f' ? 'Die Mutter' : 'Der Vater'} der Kinder, ${fake.fullName(other)}, hat Elterngeld ab dem ${otherFirst}. Lebensmonat für ${otherMonths} Monate beantragt; darüber entscheiden wir mit gesondertem Bescheid.`);
  d.move(2);
  d.write('Begründung', { bold: true });
  d.para(`Sie haben vor der Geburt Einkünfte aus ${rng.pick(['selbstständiger Arbeit', 'Gewerbebetrieb'])} erzielt. Bemessungszeitraum ist deshalb der letzte abgeschlossene steuerliche Veranlagungszeitraum vor der Geburt, das Kalenderjahr ${profitYear} (§ 2b Abs. 3 BEEG). Wir haben die von Ihnen vorgelegte Gewinnermittlung zugrunde gelegt. Die Berechnung im Einzelnen finden Sie in der Anlage.`);
  d.para(`Einkommen nach der Geburt haben Sie für die Bezugsmonate nicht angegeben. Erzielen Sie während des Bezugs doch Gewinn, wird er bei der abschließenden Festsetzung angerechnet; zu viel gezahltes Elterngeld müssen Sie dann erstatten.`);
  d.ensure(90);
  d.write('Was Sie uns noch schicken müssen', { bold: true });
  const due = addDays(ctx.today, rng.int(60, 200));
  const list = [
    `den Einkommensteuerbescheid für ${profitYear}, sobald er Ihnen vorliegt, spätestens bis ${ctx.date(due)},`,
    `nach dem Ende des Bezugs eine Gewinnermittlung für die Zeit vom ${ctx.ndate(von)} bis ${ctx.ndate(bis)},`,
    'eine Erklärung, ob Sie während des Bezugs mehr als 32 Wochenstunden gearbeitet haben.',
  ];
  for (const l of list) d.para(`–  ${l}`, { x: indent - 8, size: 9.5, after: 2 });
  d.move(4);
  d.ensure(60);
  d.write('Hinweise', { bold: true });
  d.para('Elterngeld ist steuerfrei, wird aber bei der Berechnung des Steuersatzes für Ihre übrigen Einkünfte berücksichtigt (Progressionsvorbehalt). Wir melden die gezahlten Beträge nach Ablauf des Jahres an das Finanzamt.', { size: 9 });
  d.para('Als freiwillig oder privat krankenversicherte Person klären Sie bitte selbst mit Ihrer Krankenkasse, ob sich Ihr Beitrag während des Elterngeldbezugs ändert.', { size: 9 });
  d.para('Bitte teilen Sie uns unverzüglich mit, wenn sich Ihre Anschrift oder Ihre Bankverbindung ändert, wenn eines der Kinder nicht mehr in Ihrem Haushalt lebt oder wenn Sie eine Erwerbstätigkeit aufnehmen.', { size: 9 });
  rechtsbehelf(ctx, `${issuer}, ${unit.split(' – ')[0]}`);
  closing(ctx, { signer: fake.fullName(clerk), greeting: rng.pick(['Mit freundlichen Grüßen', 'Freundliche Grüße']) });
  d.write('Anlage: Berechnung des Elterngeldes', { size: 8.5, color: GRAY });
  // the annex starts on a page of its own
  d.newPage();
  d.write(`Anlage zum Bescheid vom ${ctx.ndate(ctx.today)} – ${e.az}`, { size: 8.5, color: GRAY });
  d.write('Berechnung des Elterngeldes', { size: 13, bold: true });
  d.write(`${ctx.name(e.parent)} · Kinder: ${kidList} · Geburt: ${ctx.ndate(e.child.birth)}`, { size: 9 });
  d.move(8);
  const lines: [string, string, string][] = [
    ['01', `Gewinn laut Gewinnermittlung ${profitYear} (Jahresbetrag)`, decimal(yearly)],
    ['02', 'monatlicher Durchschnitt (Zeile 01 geteilt durch 12)', decimal(monthly)],
    ['03', 'abzüglich Steuern (Einkommensteuer, Solidaritätszuschlag, Kirchensteuer)', decimal(taxes)],
    ['04', compulsory ? 'abzüglich Pauschale Rentenversicherung (10 %)' : 'abzüglich Pauschalen für Sozialabgaben (keine Pflichtversicherung)', decimal(social)],
    ['05', 'Einkommen vor der Geburt (Zeile 02 abzüglich Zeilen 03 und 04)', decimal(net)],
    ['06', 'Einkommen in den Bezugsmonaten', '0,00'],
    ['07', 'Ersatzrate in Prozent', decimal(rate, rate % 1 === 0 ? 0 : 1)],
    ['08', 'Basiselterngeld (Zeile 05 × Zeile 07, mind. 300,00, höchstens 1.800,00)', decimal(basis)],
    ['09', `Mehrlingszuschlag (§ 2a Abs. 4 BEEG) für ${nKids - 1} weitere${nKids - 1 === 1 ? 's' : ''} Kind${nKids - 1 === 1 ? '' : 'er'}`, decimal(zuschlag)],
    ['10', 'Elterngeld je Lebensmonat (Zeile 08 + Zeile 09)', decimal(e.amount)],
  ];
  const head = d.y;
  d.rect(d.left, head, d.contentWidth, 16, { fill: LIGHT });
  d.row([{ x: d.left + 4, text: 'Zeile', bold: true }, { x: d.left + 40, text: 'Berechnungsschritt', bold: true }, { x: d.right - 4, text: 'Euro', bold: true, align: 'right' }], { size: 8.5, minHeight: 16 });
  for (const [nr, label, value] of lines) {
    const bold = nr === '10' || nr === '05';
    d.row([{ x: d.left + 4, text: nr }, { x: d.left + 40, text: label, width: 330, bold }, { x: d.right - 4, text: value, align: 'right', bold }], { size: 8.5, minHeight: 16 });
    d.hline(d.y - 3, d.left, d.right, 0.3, GRAY);
  }
  d.rect(d.left, head, d.contentWidth, d.y - head, { stroke: [0, 0, 0], lineWidth: 0.6 });
  d.move(12);
  d.para(`Die Ersatzrate beträgt grundsätzlich 67 Prozent. Sie erhöht sich für jeweils 2 Euro, die das Einkommen unter 1.000 Euro liegt, um 0,1 Prozentpunkte, höchstens auf 100 Prozent; liegt das Einkommen über 1.200 Euro, sinkt sie für jeweils 2 Euro um 0,1 Prozentpunkte bis auf 65 Prozent.`, { size: 8.5 });
  d.para(`Summe der bewilligten Lebensmonate (${count} × ${decimal(e.amount)} Euro): ${decimal(cents(count * e.amount))} Euro.`, { size: 8.5 });
  d.move(6);
  d.write('Lebensmonate Ihrer Kinder', { bold: true, size: 9.5 });
  const lmRows: Cell[][] = [];
  const shown = Array.from(new Set([first, first + 1, lastLm - 1, lastLm])).filter((lm) => lm >= first && lm <= lastLm).sort((a, b) => a - b);
  shown.forEach((lm, i) => {
    if (i > 0 && lm - shown[i - 1] > 1) lmRows.push(['…', '', '', '']);
    lmRows.push([`${lm}.`, ctx.ndate(lmStart(e.child.birth, lm)), ctx.ndate(lmEnd(e.child.birth, lm)), decimal(e.amount)]);
  });
  table(ctx, [
    { header: 'Lebensmonat', x: d.left },
    { header: 'beginnt am', x: d.left + 90 },
    { header: 'endet am', x: d.left + 190 },
    { header: 'Euro', x: d.left + 360, align: 'right' },
  ], lmRows, { size: 8.5 });
  footer(d, [[issuer, unit], [`${office.street} ${office.no}, ${office.plz} ${city}`], [`Sprechzeiten: Di 8–12 Uhr, Do 14–18 Uhr`]], 'Seite x von y');
  ctx.set('name', fake.fullName(e.parent));
  ctx.set('elterngeld_monatlich', e.amount);
  ctx.set('bezug_von', von);
  ctx.set('bezug_bis', bis);
}

/**
 * K (holdout, blind 7): a Land office's provisional grant of ElterngeldPlus with the
 * Partnerschaftsbonus to a parent who works part-time during the months of receipt: the reference
 * data in a framed box at the right ("Bitte stets angeben"), the decision as a table of periods
 * (life months from–to, first and last day, kind, amount per month) with the maternity months at
 * 0,00, the other parent's periods below it "nachrichtlich" with their own amount, the first
 * payment with the months already over, the reasoning with the income before and after the birth
 * and the cap; on the next page a calculation sheet with two columns (without and with income
 * after the birth) and the proofs to send in for the bonus months with their deadline.
 */
function blind7PartnerschaftsbonusTeilzeit(ctx: Ctx): void {
  const rng = ctx.rng;
  const e = draw(ctx, true);
  const [issuer, unit, officePlz, officeCity, cities] = rng.pick([
    ['Hessisches Amt für Versorgung und Soziales Kassel', 'Elterngeldstelle', '34117', 'Kassel', ['Kassel', 'Fulda']],
    ['Hessisches Amt für Versorgung und Soziales Darmstadt', 'Elterngeldstelle', '64283', 'Darmstadt', ['Darmstadt', 'Frankfurt am Main', 'Wiesbaden']],
    ['Landesamt für soziale Dienste Schleswig-Holstein', 'Elterngeldstelle', '24103', 'Kiel', ['Kiel', 'Lübeck', 'Flensburg']],
    ['Landesamt für Soziales', 'Elterngeldstelle Saarland', '66111', 'Saarbrücken', ['Saarbrücken']],
    ['Stadt Münster', 'Amt für Kinder, Jugendliche und Familien – Elterngeld', '48143', 'Münster', ['Münster']],
  ] as const);
  e.address = fake.address(rng, { city: rng.pick(cities) });
  const office = { ...fake.address(rng, { city: officeCity }), plz: officePlz, city: officeCity };
  const mother = e.parent.gender === 'f';
  // the income in the twelve months before the birth and the part-time pay expected after it
  const before = cents(rng.float(1700, 3000));
  const hours = rng.pick([24, 25, 26, 28, 30, 32]);
  const after = cents(before * (hours / rng.pick([38, 39, 40])) * rng.float(0.92, 1.04));
  const rate = 65;
  const counted = Math.min(before, 2770);
  const withoutIncome = cents(Math.max(300, Math.min(1800, (counted * rate) / 100)));
  const cap = cents(withoutIncome / 2);
  const fromDifference = cents(Math.max(0, ((counted - after) * rate) / 100));
  e.amount = cents(Math.max(150, Math.min(fromDifference, cap)));
  e.income = before;
  e.rate = rate;
  // maternity months (a mother may not work in the eight weeks after the birth), then
  // ElterngeldPlus, then the bonus months both parents take together
  const mg = mother ? 2 : 0;
  const firstPlus = mother ? mg + 1 : rng.pick([1, 3, 5]);
  const plusCount = rng.pick([8, 10, 12, 14, 16]);
  const bonusCount = rng.pick([2, 3, 4, 4]);
  const bonusFirst = firstPlus + plusCount;
  const bonusLast = bonusFirst + bonusCount - 1;
  e.months = [
    ...Array.from({ length: mg }, (_, i) => ({ lm: i + 1, amount: 0 })),
    ...Array.from({ length: plusCount + bonusCount }, (_, i) => ({ lm: firstPlus + i, amount: e.amount })),
  ];
  const [von, bis] = paidRange(e);
  const birth = e.child.birth;
  const other = fake.person(rng, { last: rng.chance(0.6) ? e.parent.last : undefined, gender: mother ? 'm' : 'f', bornFrom: 1980, bornTo: 2001 });
  other.title = undefined;
  const otherHours = rng.pick([24, 26, 28, 30, 32]);
  let otherAmount = cents(rng.float(160, 620));
  if (otherAmount === e.amount) otherAmount = cents(otherAmount + 23.4);
  const otherPlus = rng.chance(0.5) ? rng.pick([2, 4]) : 0;
  const employer = fake.employerName(rng, e.address.city);
  const clerk = fake.person(rng);
  const antrag = addDays(birth, rng.int(20, 70));
  const d = ctx.start({ family: rng.pick(['helvetica', 'times']), size: 9.5, margins: { left: 62, right: 52, top: 60, bottom: 74 } });
  const accent = rng.pick([[0.0, 0.32, 0.55], [0.6, 0.1, 0.1], [0.1, 0.38, 0.3]] as const);
  // letterhead: a coloured rule over the office name, the address of the office under it
  d.rect(d.left, 34, d.contentWidth, 2.5, { fill: accent });
  d.text(d.left, 52, issuer, { size: 12.5, bold: true, color: accent });
  d.text(d.left, 64, unit, { size: 9 });
  d.text(d.left, 75, `${office.street} ${office.no} · ${office.plz} ${office.city}`, { size: 8, color: GRAY });
  returnLine(d, `${issuer} · ${office.plz} ${office.city}`);
  const named = rng.chance(0.5);
  addressWindow(d, recipientLines(ctx, e.parent, e.address, named ? { name: 'name' } : {}));
  // the reference box at the right of the window
  const bx = 352;
  const refs: [string, string][] = [
    [ctx.pick(['Aktenzeichen', 'Geschäftszeichen'], ['Vorgangs-Nr.']), e.az],
    ['Kind', `${e.child.first} ${e.child.last}`],
    ['geboren am', ctx.ndate(birth)],
    ['Ihr Antrag vom', ctx.ndate(antrag)],
    ['Ansprechperson', `${clerk.gender === 'f' ? 'Frau' : 'Herr'} ${clerk.last}`],
    ['Telefon', fake.phone(rng)],
  ];
  d.rect(bx, 128, d.right - bx, 14 + refs.length * 11.5, { stroke: [0.45, 0.45, 0.45], lineWidth: 0.5 });
  d.rect(bx, 128, d.right - bx, 12, { fill: LIGHT });
  d.text(bx + 5, 137, 'Bitte stets angeben', { size: 7.5, bold: true });
  refs.forEach(([l, v], i) => {
    d.text(bx + 5, 151 + i * 11.5, l, { size: 7.5, color: GRAY });
    d.text(bx + 76, 151 + i * 11.5, v, { size: 8 });
  });
  d.text(d.right, 235, `${office.city}, ${ctx.date(ctx.today)}`, { size: 9, align: 'right' });
  d.onContinuation((doc) => {
    doc.text(doc.left, 42, `${issuer} · ${unit}`, { size: 7.5, color: GRAY });
    doc.text(doc.right, 42, `Az. ${e.az} · Bescheid vom ${ctx.ndate(ctx.today)}`, { size: 7.5, color: GRAY, align: 'right' });
    doc.hline(46, doc.left, doc.right, 0.3, GRAY);
  });
  subject(d, [
    ctx.pick(['Bescheid über ElterngeldPlus mit Partnerschaftsbonus', 'ElterngeldPlus und Partnerschaftsbonus – vorläufige Bewilligung'], ['Vorläufige Entscheidung über ElterngeldPlus und Partnerschaftsbonus']),
  ], 256);
  d.write(anrede(e.parent));
  d.move(2);
  if (!named) d.para(`über den Antrag von ${ctx.v('name', ctx.name(e.parent))} auf Elterngeld für das Kind ${e.child.first}, geboren am ${ctx.date(birth)}, entscheiden wir wie folgt. Auch ${fake.fullName(other)} hat als anderer Elternteil Elterngeld beantragt; die Monate beider Eltern sind unten aufgeführt.`);
  else d.para(`Sie haben für Ihr Kind ${e.child.first}, geboren am ${ctx.date(birth)}, Elterngeld beantragt. Auch der andere Elternteil, ${fake.fullName(other)}, hat einen Antrag gestellt. Wir entscheiden über Ihren Antrag wie folgt:`);
  d.move(2);
  d.write('1.  Bewilligung', { bold: true, size: 10 });
  d.para(`Ihnen wird ElterngeldPlus einschließlich des Partnerschaftsbonus für die folgenden Zeitabschnitte bewilligt. ${ctx.pick(['Der Betrag gilt je Lebensmonat.', 'Die Beträge sind Monatsbeträge.'], ['Angegeben ist jeweils der Betrag für einen Lebensmonat.'])}`);
  const lmSpan = (a: number, b: number) => (a === b ? `${a}.` : `${a}. – ${b}.`);
  const cols = { lm: d.left + 2, von: d.left + 78, bis: d.left + 148, art: d.left + 218, amt: d.right - 2 };
  const headRow = () => {
    const top = d.y;
    d.rect(d.left, top, d.contentWidth, 24, { fill: LIGHT });
    d.row([
      { x: cols.lm, text: 'Lebensmonate', bold: true, size: 8 },
      { x: cols.von, text: 'vom', bold: true, size: 8 },
      { x: cols.bis, text: 'bis', bold: true, size: 8 },
      { x: cols.art, text: 'Leistung', bold: true, size: 8 },
      { x: cols.amt, text: ctx.pick(['monatlich', 'Betrag mtl.'], ['je Lebensmonat']), bold: true, size: 8, align: 'right' },
    ], { size: 8, minHeight: 12 });
    d.text(cols.amt, top + 21, 'in Euro', { size: 7, align: 'right', color: GRAY });
    d.y = top + 24;
  };
  const periodRow = (a: number, b: number, art: string, amount: number, fields: { von?: boolean; bis?: boolean; amount?: boolean } = {}, grey = false) => {
    const color = grey ? GRAY : undefined;
    d.row([
      { x: cols.lm, text: lmSpan(a, b), color },
      { x: cols.von, text: ctx.ndate(lmStart(birth, a)), field: fields.von ? 'bezug_von' : undefined, color },
      { x: cols.bis, text: ctx.ndate(lmEnd(birth, b)), field: fields.bis ? 'bezug_bis' : undefined, color },
      { x: cols.art, text: art, width: cols.amt - cols.art - 60, color },
      { x: cols.amt, text: decimal(amount), field: fields.amount ? 'elterngeld_monatlich' : undefined, align: 'right', color, bold: !grey && amount > 0 },
    ], { size: 9, minHeight: 15 });
    d.hline(d.y - 2, d.left, d.right, 0.3, GRAY);
  };
  d.ensure(90);
  let top = d.y;
  headRow();
  if (mg) periodRow(1, mg, 'Mutterschaftsleistungen angerechnet', 0);
  periodRow(firstPlus, bonusFirst - 1, 'ElterngeldPlus (Teilzeit)', e.amount, { von: true, amount: true });
  periodRow(bonusFirst, bonusLast, 'Partnerschaftsbonus (ElterngeldPlus)', e.amount, { bis: true });
  d.rect(d.left, top, d.contentWidth, d.y - top + 1, { stroke: [0, 0, 0], lineWidth: 0.6 });
  d.move(8);
  d.para(`Ihr Elterngeld wird damit für die Zeit vom ${ctx.date(von)} bis ${ctx.date(bis)} gezahlt, insgesamt ${plusCount + bonusCount} Monatsbeträge. Die Bewilligung ist vorläufig (§ 8 Abs. 3 Satz 1 Nr. 3 BEEG), weil Sie in den Bezugsmonaten Einkommen aus einer Teilzeitbeschäftigung erzielen werden.`);
  d.ensure(70);
  d.write(`2.  Nachrichtlich: Bezug des anderen Elternteils (${fake.fullName(other)})`, { bold: true, size: 10 });
  d.move(2);
  top = d.y;
  headRow();
  if (otherPlus) periodRow(bonusFirst - otherPlus, bonusFirst - 1, 'ElterngeldPlus (Teilzeit)', otherAmount, {}, true);
  periodRow(bonusFirst, bonusLast, 'Partnerschaftsbonus (ElterngeldPlus)', otherAmount, {}, true);
  d.rect(d.left, top, d.contentWidth, d.y - top + 1, { stroke: GRAY, lineWidth: 0.5 });
  d.move(6);
  d.para(`Über diesen Antrag ergeht ein eigener Bescheid an ${other.gender === 'f' ? 'die Mutter' : 'den Vater'}. Der Partnerschaftsbonus setzt voraus, dass Sie beide in diesen Monaten gleichzeitig zwischen 24 und 32 Wochenstunden arbeiten (${fake.fullName(other)}: ${otherHours} Stunden, Sie: ${hours} Stunden).`, { size: 9 });
  d.ensure(60);
  d.write('3.  Auszahlung', { bold: true, size: 10 });
  const over = e.months.filter((m) => m.amount > 0 && lmEnd(birth, m.lm) < ctx.today).length;
  const acc = fake.bankAccount(rng);
  const firstPay = workday(addDays(ctx.today, rng.int(5, 12)));
  if (over > 0) d.para(`Für ${over === 1 ? 'den bereits abgelaufenen Lebensmonat' : `die bereits abgelaufenen ${over} Lebensmonate`} überweisen wir am ${ctx.date(firstPay)} eine Nachzahlung von ${ctx.money(cents(over * e.amount))}. Danach zahlen wir jeweils zum Ende eines Lebensmonats auf Ihr Konto ${ctx.iban(acc.iban)} (${acc.bank.name}).`);
  else d.para(`Wir zahlen jeweils zum Ende eines Lebensmonats auf Ihr Konto ${ctx.iban(acc.iban)} (${acc.bank.name}), erstmals am ${ctx.date(workday(lmEnd(birth, firstPlus)))}.`);
  d.ensure(80);
  d.write('Begründung', { bold: true, size: 10 });
  const bemEnd = lastOfMonthIso(addMonths(birth, -1 - mg));
  const bemStart = firstOfMonthIso(addMonths(bemEnd, -11));
  d.para(`Bemessungszeitraum sind die zwölf Kalendermonate vom ${ctx.ndate(bemStart)} bis ${ctx.ndate(bemEnd)}${mg ? '; die Monate mit Mutterschaftsleistungen bleiben dabei unberücksichtigt' : ''}. Ihr durchschnittliches Einkommen darin beträgt ${ctx.money(before)} monatlich. Für die Bezugsmonate haben Sie bei ${employer} ein Einkommen von voraussichtlich ${ctx.money(after)} monatlich (${hours} Wochenstunden) angegeben.`);
  d.para(`Das Elterngeld ersetzt ${rate} Prozent des wegfallenden Einkommens. ElterngeldPlus beträgt höchstens die Hälfte des Basiselterngeldes, das Ihnen ohne Einkommen nach der Geburt zustünde (${ctx.money(withoutIncome)}, davon die Hälfte ${ctx.money(cap)}). Die Berechnung finden Sie auf der nächsten Seite.`);
  rechtsbehelf(ctx, `${issuer}, ${unit}, ${office.street} ${office.no}, ${office.plz} ${office.city}`);
  closing(ctx, { signer: fake.fullName(clerk), auftrag: true });
  d.write('Anlage: Berechnungsbogen', { size: 8.5, color: GRAY });
  // the calculation sheet on a page of its own
  d.newPage();
  d.y = 60;
  d.write('Berechnungsbogen ElterngeldPlus', { size: 13, bold: true });
  d.write(`für ${ctx.name(e.parent)}, Kind ${e.child.first} ${e.child.last} (geb. ${ctx.ndate(birth)})`, { size: 9 });
  d.move(8);
  const colW = 88;
  const c1 = d.right - colW - 4;
  const c2 = d.right - 4;
  top = d.y;
  d.rect(d.left, top, d.contentWidth, 26, { fill: LIGHT });
  d.row([
    { x: d.left + 4, text: 'Nr.', bold: true, size: 8 },
    { x: d.left + 30, text: 'Berechnungsschritt', bold: true, size: 8 },
    { x: c1, text: 'ohne Einkommen', bold: true, size: 8, align: 'right' },
    { x: c2, text: 'mit Teilzeit', bold: true, size: 8, align: 'right' },
  ], { size: 8, minHeight: 12 });
  d.text(c1, top + 22, 'nach der Geburt', { size: 7, align: 'right', color: GRAY });
  d.text(c2, top + 22, `(${hours} Std./Woche)`, { size: 7, align: 'right', color: GRAY });
  d.y = top + 28;
  const calc: [string, string, string, string, boolean?][] = [
    ['1', 'Einkommen vor der Geburt (Durchschnitt des Bemessungszeitraums)', decimal(before), decimal(before)],
    ['2', 'zu berücksichtigen, höchstens 2.770,00 Euro', decimal(counted), decimal(counted)],
    ['3', 'Einkommen in den Bezugsmonaten (voraussichtlich)', '0,00', decimal(after)],
    ['4', 'wegfallendes Einkommen (Zeile 2 abzüglich Zeile 3)', decimal(counted), decimal(cents(Math.max(0, counted - after)))],
    ['5', 'Ersatzrate in Prozent', String(rate), String(rate)],
    ['6', 'Elterngeld aus Zeile 4 und Zeile 5', decimal(withoutIncome), decimal(fromDifference)],
    ['7', 'Höchstbetrag ElterngeldPlus (Hälfte von Zeile 6, linke Spalte)', '', decimal(cap)],
    ['8', 'ElterngeldPlus je Lebensmonat (niedrigerer Betrag aus 6 und 7, mindestens 150,00)', '', decimal(e.amount), true],
  ];
  for (const [nr, label, a, b, bold] of calc) {
    d.row([
      { x: d.left + 4, text: nr, bold },
      { x: d.left + 30, text: label, width: d.right - 2 * colW - d.left - 40, bold },
      { x: c1, text: a, align: 'right', bold },
      { x: c2, text: b, align: 'right', bold },
    ], { size: 8.8, minHeight: 13 });
    d.move(3);
    d.hline(d.y, d.left, d.right, 0.3, GRAY);
    d.move(1);
  }
  d.line(d.right - colW, top, d.right - colW, d.y - 1, 0.3, GRAY);
  d.line(d.right - 2 * colW, top, d.right - 2 * colW, d.y - 1, 0.3, GRAY);
  d.rect(d.left, top, d.contentWidth, d.y - top - 1, { stroke: [0, 0, 0], lineWidth: 0.6 });
  d.move(10);
  const total = cents((plusCount + bonusCount) * e.amount);
  d.para(`Summe: ${plusCount} Monate ElterngeldPlus und ${bonusCount} Monate Partnerschaftsbonus zu je ${decimal(e.amount)} Euro ergeben ${decimal(total)} Euro. Basiselterngeld ohne Einkommen nach der Geburt stünde Ihnen in Höhe von ${decimal(withoutIncome)} Euro monatlich zu; Sie haben sich für ElterngeldPlus entschieden.`, { size: 9 });
  d.move(4);
  d.write('Was Sie uns nach dem Bezug vorlegen müssen', { bold: true });
  const due = addDays(lmEnd(birth, bonusLast), rng.int(42, 90));
  const proofs = [
    `die Entgeltabrechnungen Ihres Arbeitgebers für den ${firstPlus}. bis ${bonusLast}. Lebensmonat,`,
    `eine Bescheinigung des Arbeitgebers über die Wochenarbeitszeit im ${bonusFirst}. bis ${bonusLast}. Lebensmonat (Vordruck „Arbeitszeitbestätigung Partnerschaftsbonus“),`,
    `bei Änderungen der Arbeitszeit den geänderten Arbeitsvertrag.`,
  ];
  for (const p of proofs) d.para(`•  ${p}`, { x: d.left + 8, size: 9, after: 2 });
  d.para(`Bitte senden Sie die Unterlagen bis spätestens ${ctx.date(due)}. Danach setzen wir das Elterngeld abschließend fest. Haben Sie mehr verdient als angegeben, kann eine Erstattung entstehen; haben Sie weniger verdient, zahlen wir nach. Werden die Voraussetzungen des Partnerschaftsbonus in einem Monat nicht erfüllt, entfällt er für diesen Monat.`, { size: 9 });
  footer(d, [[issuer, unit], [`${office.street} ${office.no}`, `${office.plz} ${office.city}`], ['Servicezeiten Mo–Do 9–15 Uhr', 'Fr 9–12 Uhr']], 'Seite x von y');
  ctx.set('name', fake.fullName(e.parent));
  ctx.set('elterngeld_monatlich', e.amount);
  ctx.set('bezug_von', von);
  ctx.set('bezug_bis', bis);
}

/**
 * L (holdout, blind 8): a district youth office's grant of Basiselterngeld for a child taken in for
 * adoption (§ 1 Abs. 3 Nr. 1, § 4 Abs. 1 Satz 2 BEEG): headings in a margin column beside the text;
 * the child with its birth date years back and the day it was taken into the household, the
 * adoption placement's confirmation and the family court's file number; the months counted from
 * the day of taking in, the applicant's block (sometimes after the other adoptive parent's two
 * months) as a table of numbered months with their dates and amounts and a sum; the amount in a
 * sentence; the other parent's months and amount; the latest end at the child's eighth birthday;
 * on the last page the calculation from the twelve months before the taking in, month by month.
 */
function blind8AdoptionRandspalte(ctx: Ctx): void {
  const rng = ctx.rng;
  const parent = fake.person(rng, { bornFrom: 1976, bornTo: 1995, gender: rng.chance(0.6) ? 'f' : 'm' });
  parent.title = undefined;
  const other = fake.person(rng, { bornFrom: 1974, bornTo: 1996, gender: rng.chance(0.85) ? (parent.gender === 'f' ? 'm' : 'f') : parent.gender, last: rng.chance(0.7) ? parent.last : undefined });
  const [district, seat] = rng.pick([['Landkreis Leipzig', 'Borna'], ['Landkreis Mittelsachsen', 'Freiberg'], ['Landkreis Göttingen', 'Göttingen'], ['Landkreis Sächsische Schweiz-Osterzgebirge', 'Pirna'], ['Landkreis Fulda', 'Fulda'], ['Landkreis Rosenheim', 'Rosenheim'], ['Landkreis Ravensburg', 'Ravensburg'], ['Stadt', ''], ['Stadt', '']] as const);
  const address = seat ? fake.address(rng, { city: seat }) : fake.address(rng);
  // the child came into the household some months ago, aged one to six
  const inCare = addDays(ctx.today, -rng.int(45, 330));
  const child = fake.person(rng, { last: rng.chance(0.5) ? parent.last : undefined });
  child.title = undefined;
  child.birth = addDays(inCare, -rng.int(380, 6 * 365));
  const eighth = addMonths(child.birth, 96);
  const mStart = (n: number) => addMonths(inCare, n - 1);
  const mEnd = (n: number) => addDays(addMonths(inCare, n), -1);
  const otherFirst = rng.chance(0.4);
  const firstMonth = otherFirst ? 3 : 1;
  const count = rng.pick([12, 12, 10, 11]);
  const lastMonth = firstMonth + count - 1;
  const otherMonths: [number, number] = otherFirst ? [1, 2] : [lastMonth + 1, lastMonth + 2];
  const von = mStart(firstMonth);
  const bis = mEnd(lastMonth);
  // the assessment period: the twelve calendar months before the month of taking in
  const bemEnd = addDays(`${inCare.slice(0, 7)}-01`, -1);
  const months = Array.from({ length: 12 }, (_, i) => addMonths(`${bemEnd.slice(0, 7)}-01`, -11 + i));
  const base = rng.float(1300, 3600);
  const incomes = months.map(() => cents(base * rng.float(0.9, 1.12)));
  const gross = cents(incomes.reduce((a, b) => a + b, 0) / 12);
  const tax = cents(gross * rng.float(0.08, 0.16));
  const social = cents(gross * 0.21);
  const lump = cents(1230 / 12);
  const net = cents(Math.max(0, gross - lump - tax - social));
  const rate = net > 1240 ? 65 : net < 1000 ? Math.min(100, 67 + Math.floor((1000 - net) / 2) * 0.1) : 67;
  const amount = cents(Math.max(300, Math.min(1800, Math.min(net, 2770) * rate / 100)));
  const otherAmount = cents(Math.max(300, Math.min(1800, rng.float(700, 1800))));
  const [amt, unit] = seat ? [district, 'Jugendamt – Elterngeldstelle'] : [`Stadt ${address.city}`, rng.pick(['Amt für Jugend, Familie und Bildung – Elterngeld', 'Jugendamt – Elterngeldstelle'])];
  const office = fake.sameCityAddress(rng, address);
  const az = `${rng.pick(['51', '51.3', 'EG'])}-${rng.digits(5)}/${ctx.today.slice(2, 4)}`;
  const famAz = `${rng.int(1, 24)} F ${rng.int(100, 999)}/${inCare.slice(2, 4)}`;
  const confirm = addDays(inCare, rng.int(0, 12));
  const antrag = addDays(inCare, rng.int(14, 40));
  const acc = fake.bankAccount(rng);
  const clerk = fake.person(rng);

  const M = 128; // the margin column's width
  const d = ctx.start({ family: rng.pick(['helvetica', 'times']), size: 9.5, margins: { left: 56, right: 50, top: 56, bottom: 70 } });
  const tx = d.left + M;
  const tw = d.right - tx;
  d.text(d.left, 48, amt, { size: 12.5, bold: true });
  d.text(d.left, 61, unit, { size: 9 });
  d.text(d.right, 48, `${office.street} ${office.no}`, { size: 8, align: 'right', color: GRAY });
  d.text(d.right, 58, `${office.plz} ${office.city}`, { size: 8, align: 'right', color: GRAY });
  d.text(d.right, 68, `Telefon ${fake.phone(rng)}`, { size: 8, align: 'right', color: GRAY });
  returnLine(d, `${amt} · ${unit.split(' – ')[0]} · ${office.plz} ${office.city}`);
  // adoptive parents are often written to together; the decision then names the entitled one
  const named = rng.chance(0.5);
  const both = [`${parent.gender === 'f' ? 'Frau' : 'Herrn'} ${parent.first} ${parent.last}`, `${other.gender === 'f' ? 'Frau' : 'Herrn'} ${other.first} ${other.last}`];
  addressWindow(d, named ? recipientLines(ctx, parent, address, { name: 'name' }) : [...both, `${address.street} ${address.no}`, `${address.plz} ${address.city}`]);
  infoBlock(d, [
    ['Aktenzeichen', az],
    ['Bearbeitung', `${clerk.gender === 'f' ? 'Frau' : 'Herr'} ${clerk.last}`],
    ['Ihr Antrag vom', ctx.ndate(antrag)],
    ['Datum', ctx.ndate(ctx.today)],
  ], { x: 372, labelWidth: 72 });
  subject(d, [
    ctx.pick(['Elterngeld bei Aufnahme eines Kindes zur Adoption', 'Bescheid über Basiselterngeld – Adoptionspflege'], ['Bewilligung von Elterngeld für ein angenommenes Kind']),
  ], 262);
  // a heading in the margin, its text beside it
  const block = (heading: string, draw: () => void) => {
    d.ensure(50);
    const top = d.y;
    const page = d.page;
    const lines = d.wrap(heading, M - 14, { size: 9, bold: true });
    lines.forEach((l, i) => d.text(d.left, top + 9 + i * 11, l, { size: 9, bold: true }));
    draw();
    if (d.page === page) d.y = Math.max(d.y, top + lines.length * 11 + 4);
    d.move(4);
  };
  const para = (text: string, size = 9.5) => d.para(text, { x: tx, width: tw, size, after: 4 });
  d.write(named ? anrede(parent) : `${anrede(parent)} ${anrede(other).replace(/^S/, 's')}`, { x: tx });
  d.move(2);
  block('Entscheidung', () => {
    if (named) para(`Ihnen wird für das Kind ${child.first} ${child.last}, das Sie am ${ctx.date(inCare)} mit dem Ziel der Annahme als Kind in Ihren Haushalt aufgenommen haben, Basiselterngeld bewilligt.`);
    else para(`Auf den Antrag vom ${ctx.date(antrag)} wird ${parent.gender === 'f' ? 'Frau' : 'Herrn'} ${ctx.v('name', `${parent.first} ${parent.last}`)} für das Kind ${child.first} ${child.last}, das Sie am ${ctx.date(inCare)} mit dem Ziel der Annahme als Kind in Ihren Haushalt aufgenommen haben, Basiselterngeld bewilligt.`);
    para(`Das Elterngeld beträgt ${ctx.pick(['monatlich', 'je Monat'], ['für jeden Bezugsmonat'])} ${ctx.v('elterngeld_monatlich', ctx.money(amount))}. Es wird für den ${firstMonth}. bis ${lastMonth}. Monat nach der Aufnahme gezahlt, das ist die Zeit vom ${ctx.v('bezug_von', ctx.date(von))} bis zum ${ctx.v('bezug_bis', ctx.date(bis))}.`);
  });
  block('Angaben zum Kind', () => {
    const rows: [string, string][] = [
      ['Kind', `${child.first} ${child.last}`],
      ['geboren am', ctx.date(child.birth)],
      ['in Obhut / Haushalt seit', ctx.date(inCare)],
      ['Bestätigung der Adoptionsvermittlungsstelle', `vom ${ctx.ndate(confirm)}`],
      ['Annahmeverfahren', `Amtsgericht ${rng.pick([address.city, office.city])} – Familiengericht –, Az. ${famAz}`],
    ];
    for (const [l, v] of rows) d.row([{ x: tx, text: l, width: 150, color: GRAY, size: 8.5 }, { x: tx + 158, text: v, width: tw - 158 }], { minHeight: 13 });
    d.move(4);
  });
  block('Ihre Bezugsmonate', () => {
    para(`Bei einem angenommenen Kind oder einem Kind in Adoptionspflege zählen die Monate ab dem Tag der Aufnahme; der erste Monat begann am ${ctx.date(inCare)}.`, 9);
    const c = { n: tx + 2, from: tx + 60, to: tx + 140, amt: d.right - 2 };
    const top = d.y;
    d.rect(tx, top, tw, 14, { fill: LIGHT });
    d.row([
      { x: c.n, text: 'Monat', bold: true },
      { x: c.from, text: 'vom', bold: true },
      { x: c.to, text: 'bis', bold: true },
      { x: c.amt, text: 'Betrag', bold: true, align: 'right' },
    ], { size: 8.5, minHeight: 14 });
    for (let n = firstMonth; n <= lastMonth; n++) {
      d.row([
        { x: c.n, text: `${n}.` },
        { x: c.from, text: ctx.ndate(mStart(n)) },
        { x: c.to, text: ctx.ndate(mEnd(n)) },
        { x: c.amt, text: decimal(amount), align: 'right' },
      ], { size: 8.5, minHeight: 12 });
      d.hline(d.y - 1, tx, d.right, 0.2, LIGHT);
    }
    d.row([{ x: c.n, text: `Summe (${count} Monate)`, bold: true }, { x: c.amt, text: decimal(cents(amount * count)), align: 'right', bold: true }], { size: 8.5, minHeight: 14 });
    d.rect(tx, top, tw, d.y - top, { stroke: [0.35, 0.35, 0.35], lineWidth: 0.5 });
    d.move(6);
  });
  block('Anderer Elternteil', () => {
    para(`${fake.fullName(other)} hat für den ${otherMonths[0]}. und ${otherMonths[1]}. Monat nach der Aufnahme (${ctx.ndate(mStart(otherMonths[0]))} bis ${ctx.ndate(mEnd(otherMonths[1]))}) Basiselterngeld in Höhe von ${ctx.money(otherAmount)} monatlich ${otherFirst ? 'bewilligt erhalten (gesonderter Bescheid)' : 'beantragt; darüber wird gesondert entschieden'}. Zusammen stehen Ihnen beiden 14 Monatsbeträge zu.`);
  });
  block('Begründung', () => {
    para(`Elterngeld erhält auch, wer ein Kind mit dem Ziel der Annahme in seinen Haushalt aufgenommen hat. Es kann ab der Aufnahme für bis zu 14 Monate bezogen werden, längstens bis zur Vollendung des achten Lebensjahres des Kindes, hier also bis zum ${ctx.date(addDays(eighth, -1))}.`);
    para(`Maßgeblich ist Ihr Einkommen in den zwölf Kalendermonaten vor dem Monat der Aufnahme (${ctx.ndate(months[0])} bis ${ctx.ndate(bemEnd)}). Daraus ergibt sich ein Elterngeldnetto von ${ctx.money(net)} monatlich; das Elterngeld beträgt ${decimal(rate, rate % 1 ? 1 : 0)} Prozent davon. Die Berechnung finden Sie in der Anlage.`);
  });
  block('Zahlung', () => {
    const over = Math.max(0, Array.from({ length: count }, (_, i) => firstMonth + i).filter((n) => mEnd(n) < ctx.today).length);
    para(`${over ? `Für ${over === 1 ? 'den bereits abgelaufenen Monat' : `die bereits abgelaufenen ${over} Monate`} zahlen wir ${ctx.money(cents(over * amount))} nach. ` : ''}Das Elterngeld wird jeweils am Ende eines Bezugsmonats auf Ihr Konto ${ctx.iban(acc.iban)} (${acc.bank.name}) überwiesen.`);
  });
  block('Hinweise', () => {
    para('Bitte teilen Sie uns unverzüglich mit, wenn das Kind Ihren Haushalt verlässt, das Adoptionsverfahren endet oder Sie in den Bezugsmonaten mehr als 32 Wochenstunden arbeiten.', 9);
  });
  d.ensure(70);
  d.move(2);
  d.write('Rechtsbehelfsbelehrung', { bold: true, x: tx });
  para(`Gegen diesen Bescheid kann innerhalb eines Monats nach Bekanntgabe Widerspruch erhoben werden, schriftlich oder zur Niederschrift beim ${amt}, ${unit}, ${office.street} ${office.no}, ${office.plz} ${office.city}.`, 8.5);
  d.ensure(60);
  d.move(6);
  d.write('Mit freundlichen Grüßen', { x: tx });
  d.write('Im Auftrag', { x: tx });
  d.move(16);
  d.write(fake.fullName(clerk), { x: tx });
  // the calculation annex on the last page
  d.newPage();
  d.y = 62;
  d.write('Anlage – Berechnung des Elterngeldes', { size: 12, bold: true });
  d.write(`${ctx.name(parent)} · Kind ${child.first} ${child.last} · Aufnahme am ${ctx.ndate(inCare)} · Az. ${az}`, { size: 8.5, color: GRAY });
  d.move(6);
  const monthRows: Cell[][] = months.map((m, i) => [`${MONTHS_DE[Number(m.slice(5, 7)) - 1]} ${m.slice(0, 4)}`, 'nichtselbstständige Arbeit', decimal(incomes[i])]);
  table(ctx, [
    { header: 'Kalendermonat', x: d.left },
    { header: 'Einkommensart', x: d.left + 140 },
    { header: 'Bruttoeinkommen in EUR', x: d.right, align: 'right' },
  ], monthRows, { size: 8.5, grid: true, headerFill: LIGHT });
  const calc: [string, string][] = [
    ['durchschnittliches Bruttoeinkommen im Monat', decimal(gross)],
    ['abzüglich Arbeitnehmer-Pauschbetrag (1/12 von 1.230 EUR)', decimal(lump)],
    ['abzüglich Steuern (Lohnsteuer, Solidaritätszuschlag, Kirchensteuer)', decimal(tax)],
    ['abzüglich Sozialabgaben (Pauschale 21 %)', decimal(social)],
    ['Elterngeldnetto', decimal(net)],
    [`Ersatzrate ${decimal(rate, rate % 1 ? 1 : 0)} %, mindestens 300 EUR, höchstens 1.800 EUR`, decimal(amount)],
  ];
  for (const [l, v] of calc) {
    d.row([{ x: d.left, text: l, width: 360 }, { x: d.right, text: v, align: 'right', bold: l === 'Elterngeldnetto' }], { size: 9, minHeight: 14 });
    d.hline(d.y - 2, d.left, d.right, 0.2, GRAY);
  }
  d.move(8);
  d.para(`Ergebnis: Basiselterngeld ${decimal(amount)} Euro für jeden der ${count} Bezugsmonate, insgesamt ${decimal(cents(amount * count))} Euro. Das Einkommen des anderen Elternteils bleibt für Ihren Anspruch außer Betracht.`, { size: 9 });
  footer(d, [[amt, unit], [`${office.street} ${office.no}`, `${office.plz} ${office.city}`], [`Az. ${az}`]], 'Seite x von y');
  ctx.set('name', fake.fullName(parent));
  ctx.set('elterngeld_monatlich', amount);
  ctx.set('bezug_von', von);
  ctx.set('bezug_bis', bis);
}

/**
 * M (holdout, blind 9): a Land office's grant of Basiselterngeld whose letter names only the months
 * paid and points to an enclosed calculation: a Land line over the office, a reference column with
 * the file and cash numbers; the letter says for which life months and from when to when Elterngeld
 * is paid and why the first life month is not (the mother's maternity benefits after the birth, the
 * second month only in part); the amount stands in the annex "Berechnung": assessment period and
 * income, Elterngeld net, rate, the entitlement per life month, then a payment table per life month
 * with the entitlement, the days with maternity benefits, the amount set off and the amount paid,
 * a sum row; the other parent's months for information; the account for the payment.
 */
function blind9AnrechnungBerechnungsanlage(ctx: Ctx): void {
  const rng = ctx.rng;
  const mother = rng.chance(0.72);
  const parent = fake.person(rng, { bornFrom: 1983, bornTo: 2001, gender: mother ? 'f' : 'm' });
  parent.title = undefined;
  const other = fake.person(rng, { bornFrom: 1980, bornTo: 2001, gender: mother ? 'm' : 'f', last: rng.chance(0.6) ? parent.last : undefined });
  const address = fake.address(rng);
  const birthRaw = addDays(ctx.today, -rng.int(50, 260));
  const birth = iso(Number(birthRaw.slice(0, 4)), Number(birthRaw.slice(5, 7)), Math.min(28, Number(birthRaw.slice(8, 10))));
  const child = fake.person(rng, { last: rng.chance(0.8) ? parent.last : other.last });
  child.title = undefined;
  child.birth = birth;
  const [land, office, seat] = rng.pick([
    ['Freistaat Bayern', 'Zentrum Bayern Familie und Soziales – Region Unterfranken', 'Würzburg'],
    ['Freistaat Bayern', 'Zentrum Bayern Familie und Soziales – Region Schwaben', 'Augsburg'],
    ['Land Hessen', 'Hessisches Amt für Versorgung und Soziales Kassel', 'Kassel'],
    ['Land Hessen', 'Hessisches Amt für Versorgung und Soziales Darmstadt', 'Darmstadt'],
    ['Land Schleswig-Holstein', 'Landesamt für soziale Dienste Schleswig-Holstein', 'Kiel'],
    ['Mecklenburg-Vorpommern', 'Landesamt für Gesundheit und Soziales', 'Schwerin'],
    ['Saarland', 'Landesamt für Soziales', 'Saarbrücken'],
  ] as const);
  const officeAddr = fake.address(rng, { city: seat });
  const az = `${rng.pick(['EG', '52', 'BEEG'])}/${rng.digits(2)}-${rng.digits(6)}`;
  const kassenzeichen = `${rng.digits(4)} ${rng.digits(4)} ${rng.digits(4)}`;
  const clerk = fake.person(rng);
  const antrag = addDays(birth, rng.int(18, 55));

  // income before the birth, Elterngeld net and the rate
  const bemEnd = addDays(firstOfMonthOf(mother ? addDays(birth, -42) : birth), -1);
  const bemStart = addMonths(addDays(bemEnd, 1), -12);
  const gross = cents(rng.float(1500, 4800));
  const tax = cents(gross * rng.float(0.06, 0.17));
  const lump = 102.5;
  const social = cents(gross * 0.21);
  const net = cents(Math.max(0, gross - lump - tax - social));
  const rate = net > 1240 ? 65 : net < 1000 ? Math.min(100, 67 + Math.floor((1000 - net) / 2) * 0.1) : 67;
  const amount = cents(Math.max(300, Math.min(1800, (Math.min(net, 2770) * rate) / 100)));

  // life months: the mother from the first, her first month fully and her second in part set off
  // against the maternity benefits of the eight weeks after the birth; the father two or more months
  const plan = mother ? rng.pick([{ first: 1, count: 12 }, { first: 1, count: 12 }, { first: 1, count: 10 }]) : rng.pick([{ first: 13, count: 2 }, { first: 13, count: 2 }, { first: 3, count: 12 }, { first: 11, count: 4 }]);
  const { first, count } = plan;
  const last = first + count - 1;
  // the other parent's months: the rest of the fourteen
  const otherRange: [number, number] = mother ? [last + 1, 14] : first === 3 ? [1, 2] : [1, first - 1];
  const otherText = otherRange[1] - otherRange[0] === 1 ? `${otherRange[0]}. und ${otherRange[1]}.` : `${otherRange[0]}. bis ${otherRange[1]}.`;
  const lmDays = (lm: number) => Math.round((Date.parse(lmEnd(birth, lm)) - Date.parse(lmStart(birth, lm))) / 86400000) + 1;
  const mutterschutzDays = 56;
  const rows = Array.from({ length: count }, (_, i) => {
    const lm = first + i;
    let covered = 0;
    if (mother) {
      const before = Array.from({ length: lm - 1 }, (_, k) => lmDays(k + 1)).reduce((a, b) => a + b, 0);
      covered = Math.max(0, Math.min(lmDays(lm), mutterschutzDays - before));
    }
    const offset = covered >= lmDays(lm) ? amount : cents((amount * covered) / lmDays(lm));
    return { lm, covered, offset, paid: cents(amount - offset) };
  });
  const paidRows = rows.filter((r) => r.paid > 0);
  const von = lmStart(birth, paidRows[0].lm);
  const bis = lmEnd(birth, paidRows[paidRows.length - 1].lm);
  const partial = rows.find((r) => r.covered > 0 && r.paid > 0);
  const otherAmount = cents(Math.max(300, Math.min(1800, rng.float(500, 1800))));
  const acc = fake.bankAccount(rng);
  const employerTopUp = mother ? cents(Math.max(0, net / 30 - 13)) : 0;

  const d = ctx.start({ family: rng.pick(['helvetica', 'times']), size: 9.5, margins: { left: 62, right: 52, top: 60, bottom: 72 } });
  const accent: [number, number, number] = rng.pick([[0.1, 0.35, 0.6], [0.15, 0.15, 0.15], [0.55, 0.1, 0.15], [0.1, 0.4, 0.3]]);
  d.text(d.left, 40, land.toUpperCase(), { size: 7.5, color: GRAY });
  d.text(d.left, 56, office.split(' – ')[0], { size: 12, bold: true, color: accent });
  d.text(d.left, 69, office.includes(' – ') ? `${office.split(' – ')[1]} · Elterngeldstelle` : 'Elterngeldstelle', { size: 9 });
  d.hline(76, d.left, d.right, 1, accent);
  returnLine(d, `${office.split(' – ')[0]} · ${officeAddr.street} ${officeAddr.no} · ${officeAddr.plz} ${officeAddr.city}`);
  addressWindow(d, recipientLines(ctx, parent, address, { name: 'name' }));
  const ref: [string, string][] = [
    [ctx.pick(['Geschäftszeichen', 'Aktenzeichen'], ['Unser Zeichen']), az],
    ['Kassenzeichen', kassenzeichen],
    ['Ihr Antrag vom', ctx.ndate(antrag)],
    ['Ansprechpartner/in', `${clerk.gender === 'f' ? 'Frau' : 'Herr'} ${clerk.last}`],
    ['Telefon', fake.phone(rng)],
    ['Datum', ctx.ndate(ctx.today)],
  ];
  ref.forEach(([l, v], i) => {
    d.text(375, 150 + i * 21, l, { size: 7, color: GRAY });
    d.text(375, 159 + i * 21, v, { size: 9 });
  });
  d.y = 274;
  d.write(ctx.pick(['Bescheid über Elterngeld'], ['Elterngeldbescheid – Basiselterngeld', 'Bescheid nach dem Bundeselterngeld- und Elternzeitgesetz']), { size: 12, bold: true });
  d.write(`für Ihr Kind ${child.first} ${child.last}, geb. ${ctx.date(birth)}`, { size: 10, bold: true });
  d.move(8);
  d.write(anrede(parent));
  d.para(`über Ihren Antrag vom ${ctx.date(antrag)} haben wir wie folgt entschieden:`);
  d.para(`1. Sie erhalten für Ihr Kind ${child.first} Basiselterngeld für den ${first}. bis ${last}. Lebensmonat.`, { x: d.left + 12 });
  if (mother) {
    d.para(`2. Im ${rows[0].lm}. Lebensmonat ${partial ? `und für ${partial.covered} Tage des ${partial.lm}. Lebensmonats ` : ''}werden Ihre Mutterschaftsleistungen (Mutterschaftsgeld und Zuschuss des Arbeitgebers) angerechnet. Ausgezahlt wird das Elterngeld daher für die Zeit vom ${ctx.v('bezug_von', ctx.date(von))} bis zum ${ctx.v('bezug_bis', ctx.date(bis))}.`, { x: d.left + 12 });
  } else {
    d.para(`2. Das Elterngeld wird für die Zeit vom ${ctx.v('bezug_von', ctx.date(von))} bis zum ${ctx.v('bezug_bis', ctx.date(bis))} ausgezahlt.`, { x: d.left + 12 });
  }
  d.para(`3. Die Höhe des Elterngeldes ${ctx.pick(['je Lebensmonat'], ['für jeden Lebensmonat', 'in den einzelnen Lebensmonaten'])} ergibt sich aus der beigefügten Berechnung (Anlage). Die Anlage ist Bestandteil dieses Bescheides.`, { x: d.left + 12 });
  d.move(2);
  d.write('Begründung', { bold: true });
  d.para(`Sie erfüllen die Voraussetzungen des § 1 BEEG. Maßgeblich für die Höhe ist Ihr Einkommen aus nichtselbstständiger Arbeit im Bemessungszeitraum vom ${ctx.ndate(bemStart)} bis ${ctx.ndate(bemEnd)}${mother ? '; die Kalendermonate mit Mutterschutz vor der Geburt wurden dabei übersprungen' : ''}.`);
  if (mother) d.para(`Mutterschaftsleistungen, die Ihnen für die Zeit ab dem Tag der Geburt zustehen, werden nach § 3 Abs. 1 BEEG auf das Elterngeld angerechnet. Nach der Bescheinigung Ihrer Krankenkasse haben Sie bis zum ${ctx.date(addDays(birth, mutterschutzDays - 1))} Mutterschaftsgeld von 13,00 Euro kalendertäglich erhalten, Ihr Arbeitgeber hat einen Zuschuss von ${decimal(employerTopUp)} Euro kalendertäglich gezahlt.`);
  d.para(`Der andere Elternteil, ${fake.fullName(other)}, hat für den ${otherText} Lebensmonat Elterngeld beantragt. Hierüber ergeht ein gesonderter Bescheid.`);
  d.write('Zahlung', { bold: true });
  d.para(`Das Elterngeld wird jeweils im Laufe des Lebensmonats, für den es bestimmt ist, auf Ihr Konto IBAN ${ctx.iban(acc.iban)} bei der ${acc.bank.name} überwiesen.`);
  rechtsbehelf(ctx, `der Elterngeldstelle, ${officeAddr.street} ${officeAddr.no}, ${officeAddr.plz} ${officeAddr.city}`);
  closing(ctx, { signer: fake.fullName(clerk), auftrag: true });

  // the annex, on a page of its own unless the letter's closing already ran over
  if (d.page === 1) d.newPage();
  else d.move(30);
  d.write('Anlage zum Bescheid vom ' + ctx.ndate(ctx.today), { size: 8.5, color: GRAY });
  d.write(ctx.pick(['Berechnung des Elterngeldes'], ['Berechnungsbogen Elterngeld', 'Ermittlung der Elterngeldhöhe']), { size: 13, bold: true });
  d.write(`${ctx.name(parent, 'last-first')}  ·  Kind: ${child.first} ${child.last}, geb. ${ctx.ndate(birth)}  ·  Geschäftszeichen ${az}`, { size: 8.5 });
  d.move(8);
  const line = (label: string, value: string, opts: { bold?: boolean; field?: string } = {}) => {
    d.row([{ x: d.left + 14, text: label, width: 330, bold: opts.bold }, { x: d.right, text: value, align: 'right', bold: opts.bold, field: opts.field }], { minHeight: 14 });
    d.hline(d.y - 2, d.left + 14, d.right, 0.2, LIGHT);
  };
  const head = (t: string) => {
    d.ensure(60);
    d.rect(d.left, d.y, d.contentWidth, 15, { fill: [0.9, 0.92, 0.95] });
    d.text(d.left + 4, d.y + 11, t, { bold: true });
    d.y += 19;
  };
  head('A. Einkommen vor der Geburt');
  line('Bemessungszeitraum', `${ctx.ndate(bemStart)} – ${ctx.ndate(bemEnd)}`);
  line('durchschnittliches monatliches Bruttoeinkommen', ctx.money(gross));
  line('abzüglich Arbeitnehmer-Pauschbetrag (1/12)', ctx.money(lump));
  line('abzüglich Steuern', ctx.money(tax));
  line('abzüglich Sozialabgaben (pauschal 21 %)', ctx.money(social));
  line('Elterngeldnetto', ctx.money(net), { bold: true });
  d.move(6);
  head('B. Höhe des Basiselterngeldes');
  line(`Ersatzrate`, `${decimal(rate, rate % 1 ? 1 : 0)} %`);
  line(`Elterngeld (${decimal(rate, rate % 1 ? 1 : 0)} % von ${decimal(net)})`, ctx.money(cents((Math.min(net, 2770) * rate) / 100)));
  line('Mindestbetrag / Höchstbetrag', `${ctx.money(300)} / ${ctx.money(1800)}`);
  line(ctx.pick(['Elterngeldanspruch je Lebensmonat'], ['Basiselterngeld monatlich (vor Anrechnung)', 'Anspruch je Lebensmonat']), ctx.money(amount), { bold: true, field: 'elterngeld_monatlich' });
  d.move(6);
  head('C. Zahlbeträge je Lebensmonat');
  const c = { lm: d.left + 4, von: d.left + 40, bis: d.left + 100, anspr: d.left + 222, tage: d.left + 272, anr: d.left + 350, zahl: d.right - 4 };
  const th = d.y;
  const cells = (lm: string, von: string, bis: string, anspr: string, tage: string, anr: string, zahl: string, bold = false) =>
    [
      { x: c.lm, text: lm, bold },
      { x: c.von, text: von, bold },
      { x: c.bis, text: bis, bold },
      { x: c.anspr, text: anspr, bold, align: 'right' as const },
      ...(mother ? [{ x: c.tage, text: tage, bold, align: 'right' as const }, { x: c.anr, text: anr, bold, align: 'right' as const }] : []),
      { x: c.zahl, text: zahl, bold, align: 'right' as const },
    ];
  d.row(cells('LM', 'vom', 'bis', 'Anspruch', 'Tage MuLei', 'Anrechnung', 'Zahlbetrag', true), { size: 8.5, minHeight: 14 });
  d.hline(d.y, d.left, d.right, 0.6);
  d.move(2);
  for (const r of rows) {
    d.row(cells(`${r.lm}.`, ctx.ndate(lmStart(birth, r.lm)), ctx.ndate(lmEnd(birth, r.lm)), decimal(amount), r.covered ? String(r.covered) : '–', r.offset ? `- ${decimal(r.offset)}` : '–', decimal(r.paid)), { size: 8.5, minHeight: 12.5 });
    d.hline(d.y - 1, d.left, d.right, 0.2, LIGHT);
  }
  d.row(cells('Summe', '', '', decimal(cents(amount * rows.length)), '', decimal(cents(rows.reduce((s, r) => s + r.offset, 0))), decimal(cents(rows.reduce((s, r) => s + r.paid, 0))), true), { size: 8.5, minHeight: 14 });
  d.rect(d.left, th, d.contentWidth, d.y - th, { stroke: [0.4, 0.4, 0.4], lineWidth: 0.5 });
  d.move(6);
  d.para(`Beträge in Euro. LM = Lebensmonat des Kindes${mother ? `; Tage MuLei = Kalendertage mit Mutterschaftsleistungen (Mutterschaftsgeld 13,00 Euro und Arbeitgeberzuschuss ${decimal(employerTopUp)} Euro täglich, zusammen ${decimal(cents(13 + employerTopUp))} Euro). Für diese Tage ruht der Anspruch; die Anrechnung erfolgt anteilig nach Kalendertagen` : ''}.`, { size: 8 });
  head('D. Nachrichtlich: anderer Elternteil');
  line(`${fake.fullName(other)}, beantragte Lebensmonate`, otherText);
  line('voraussichtlicher Betrag (gesonderter Bescheid)', ctx.money(otherAmount));
  footer(d, [[office.split(' – ')[0], `${officeAddr.street} ${officeAddr.no}, ${officeAddr.plz} ${officeAddr.city}`], [`Geschäftszeichen ${az}`, `Kassenzeichen ${kassenzeichen}`]], 'Seite x von y');
  ctx.set('name', fake.fullName(parent));
  ctx.set('elterngeld_monatlich', amount);
  ctx.set('bezug_von', von);
  ctx.set('bezug_bis', bis);
}

/**
 * blind10: a Land development bank's Elterngeld notice (the L-Bank does this in Baden-Württemberg):
 * bank-like letterhead, a tinted sidebar with the file particulars on page 1 only, the decision in
 * sentences, a payment plan grouped by calendar year with yearly sums for the tax return
 * (Progressionsvorbehalt), back payment for months already over, the latest end at the 14th life
 * month, notes and the legal remedy on page 2. A father with two to twelve months or a mother who
 * had no income before the birth (minimum amount).
 */
function blind10FoerderbankKalenderjahre(ctx: Ctx): void {
  const rng = ctx.rng;
  const father = rng.chance(0.55);
  const parent = fake.person(rng, { bornFrom: 1982, bornTo: 2002, gender: father ? 'm' : 'f' });
  parent.title = undefined;
  const [plz, town] = rng.pick([['70173', 'Stuttgart'], ['70372', 'Stuttgart'], ['76131', 'Karlsruhe'], ['68159', 'Mannheim'], ['69115', 'Heidelberg'], ['79098', 'Freiburg im Breisgau'], ['89073', 'Ulm'], ['72070', 'Tübingen'], ['75175', 'Pforzheim'], ['74072', 'Heilbronn'], ['78462', 'Konstanz'], ['73728', 'Esslingen am Neckar']] as const);
  const address = { ...fake.address(rng), plz, city: town };
  const birthRaw = addDays(ctx.today, -rng.int(35, 240));
  const birth = iso(Number(birthRaw.slice(0, 4)), Number(birthRaw.slice(5, 7)), Math.min(28, Number(birthRaw.slice(8, 10))));
  const child = fake.person(rng, { last: parent.last });
  child.title = undefined;
  child.birth = birth;
  const other = fake.person(rng, { bornFrom: 1980, bornTo: 2002, gender: father ? 'f' : 'm', last: rng.chance(0.6) ? parent.last : undefined });
  const single = !father && rng.chance(0.5);
  // life months: a father's partner months or a mother's twelve (fourteen when she brings the child up alone)
  const [first, last] = father ? rng.pick([[13, 14], [13, 14], [1, 2], [3, 4], [9, 14], [1, 12]] as const) : single ? [1, 14] : rng.pick([[1, 12], [1, 12], [1, 10]] as const);
  const lms = Array.from({ length: last - first + 1 }, (_, i) => first + i);
  let net = 0;
  let amount = 300;
  if (father) {
    net = cents(rng.float(1300, 3100));
    amount = cents(Math.min(1800, (Math.min(net, 2770) * 65) / 100));
  }
  const von = lmStart(birth, first);
  const bis = lmEnd(birth, last);
  const latest = lmEnd(birth, 14);
  const antrag = addDays(birth, rng.int(10, 30));
  const nr = `${rng.pick(['EG', 'EGB'])} ${rng.digits(3)} ${rng.digits(4)} ${rng.digits(2)}`;
  const clerk = fake.person(rng);
  const [seatPlz, seatTown] = rng.pick([['76113', 'Karlsruhe'], ['70173', 'Stuttgart']] as const);
  const seat = { ...fake.address(rng), plz: seatPlz, city: seatTown };
  const bankIban = fake.germanIban('60050000', rng.digits(10));
  const acc = fake.bankAccount(rng);
  // months already begun when the notice is made are paid at once, the others at each life month's start
  const soon = workday(addDays(ctx.today, rng.int(2, 5)));
  const plan = lms.map((lm) => {
    const start = lmStart(birth, lm);
    const day = start <= ctx.today ? soon : workday(start);
    return { lm, start, end: lmEnd(birth, lm), day, back: start <= ctx.today };
  });
  const backMonths = plan.filter((p) => p.back);
  const years = [...new Set(plan.map((p) => p.day.slice(0, 4)))];

  const accent: [number, number, number] = rng.pick([[0.0, 0.3, 0.55], [0.75, 0.1, 0.15], [0.1, 0.35, 0.3]]);
  const d = ctx.start({ family: rng.pick(['helvetica', 'helvetica', 'times']), size: 9.5, margins: { left: 60, right: 40, top: 58, bottom: 76 } });
  const side = 402;
  const body = side - 22 - d.left;
  d.text(d.left, 52, 'L-Bank', { size: 20, bold: true, color: accent });
  d.text(d.left + d.measure('L-Bank', { size: 20, bold: true }) + 8, 52, 'Staatsbank für Baden-Württemberg', { size: 9, color: GRAY });
  d.text(d.left, 66, ctx.pick(['Familienförderung · Elterngeld'], ['Bereich Familienförderung – Elterngeldstelle', 'Elterngeld Baden-Württemberg']), { size: 8.5, color: accent });
  returnLine(d, `L-Bank · ${seat.street} ${seat.no} · ${seat.plz} ${seat.city}`);
  addressWindow(d, recipientLines(ctx, parent, address, { name: 'name' }));
  // the sidebar: tinted, label over value

  const sideRows: [string, string][] = [
    [ctx.pick(['Elterngeld-Nummer'], ['Ihre Vorgangsnummer', 'Elterngeld-Vorgang']), nr],
    ['Bitte bei Antwort angeben', 'die Nummer oben'],
    ['Kind', `${child.first} ${child.last}`],
    ['geboren am', ctx.ndate(birth)],
    ['Antrag eingegangen am', ctx.ndate(antrag)],
    ['Sachbearbeitung', `${clerk.gender === 'f' ? 'Frau' : 'Herr'} ${clerk.last}`],
    ['Servicetelefon', `0721 150-${rng.int(1000, 3999)}`],
    ['Montag bis Freitag', '8.00 bis 16.30 Uhr'],
    ['E-Mail', 'elterngeld@l-bank.de'],
    ['Datum', ctx.ndate(ctx.today)],
  ];
  const sideRowsHeight = (sideRows.length - 1) * 27 + 8;
  d.rect(side, 100, d.right - side + 14, 18 + sideRowsHeight, { fill: [0.93, 0.94, 0.96] });
  let sy = 116;
  for (const [l, v] of sideRows) {
    if (l === 'Bitte bei Antwort angeben') {
      d.text(side + 8, sy - 6, 'Bitte stets angeben', { size: 6.5, color: GRAY });
      sy += 8;
      continue;
    }
    d.text(side + 8, sy, l, { size: 7, color: GRAY });
    d.text(side + 8, sy + 11, v, { size: 9, bold: l.startsWith('Elterngeld') || l.startsWith('Ihre') });
    sy += 27;
  }
  d.onContinuation((doc) => {
    doc.text(doc.left, 40, `L-Bank · Elterngeld-Nummer ${nr} · ${ctx.name(parent, 'last-first')}`, { size: 7.5, color: GRAY });
    doc.hline(45, doc.left, doc.right, 0.3, GRAY);
  });
  d.y = 268;
  d.write(ctx.pick(['Ihr Elterngeld – Bescheid'], ['Bescheid über die Gewährung von Elterngeld', 'Elterngeld nach dem BEEG – Ihr Bescheid']), { size: 12.5, bold: true });
  d.write(`für ${child.first}, geboren am ${ctx.date(birth)}`, { size: 10 });
  d.move(8);
  const para = (text: string, options: { bold?: boolean; size?: number } = {}) => d.para(text, { width: body, ...options });
  d.write(anrede(parent));
  d.move(4);
  para(`vielen Dank für Ihren Antrag, der am ${ctx.date(antrag)} bei uns eingegangen ist. Wir haben ihn geprüft und entscheiden wie folgt:`);
  const months = first === last - 1 ? `den ${first}. und ${last}.` : `den ${first}. bis ${last}.`;
  para(`Sie erhalten Basiselterngeld für ${months} Lebensmonat Ihres Kindes, das ist die Zeit vom ${ctx.v('bezug_von', ctx.date(von))} bis zum ${ctx.v('bezug_bis', ctx.date(bis))}.`, { bold: true });
  para(`Ihr Elterngeld beträgt in jedem dieser Lebensmonate ${ctx.v('elterngeld_monatlich', ctx.money(amount))}.`, { bold: true });
  if (backMonths.length) {
    para(`${backMonths.length === 1 ? `Der ${backMonths[0].lm}. Lebensmonat hat` : `Die Lebensmonate ${backMonths[0].lm} ${backMonths.length === 2 ? 'und' : 'bis'} ${backMonths[backMonths.length - 1].lm} haben`} bereits begonnen. Dafür überweisen wir Ihnen ${decimal(cents(amount * backMonths.length))} Euro in einer Summe am ${ctx.date(soon)}.`);
  }
  para(`Das Geld überweisen wir auf Ihr Konto bei der ${acc.bank.name}, IBAN ${ctx.iban(acc.iban)}. Den genauen Zahlungsplan finden Sie in der folgenden Übersicht.`);
  d.move(2);
  d.write(ctx.pick(['Zahlungsplan'], ['So zahlen wir Ihr Elterngeld aus', 'Ihre Zahlungen im Einzelnen']), { bold: true, size: 10 });
  const c = { lm: d.left + 4, zeit: d.left + 34, tag: d.left + 170, betrag: d.left + body - 4 };
  const th = d.y;
  d.rect(d.left, d.y, body, 15, { fill: LIGHT });
  d.row([
    { x: c.lm, text: 'LM', bold: true },
    { x: c.zeit, text: 'Lebensmonat vom – bis', bold: true },
    { x: c.tag, text: 'Überweisung am', bold: true },
    { x: c.betrag, text: 'Betrag', bold: true, align: 'right' },
  ], { size: 8.5, minHeight: 15 });
  for (const y of years) {
    const rows = plan.filter((p) => p.day.startsWith(y));
    for (const p of rows) {
      d.row([
        { x: c.lm, text: `${p.lm}.` },
        { x: c.zeit, text: `${ctx.ndate(p.start)} – ${ctx.ndate(p.end)}` },
        { x: c.tag, text: `${ctx.ndate(p.day)}${p.back ? ' (Nachzahlung)' : ''}` },
        { x: c.betrag, text: decimal(amount), align: 'right' },
      ], { size: 8.5, minHeight: 12.5 });
      d.hline(d.y - 1, d.left, d.left + body, 0.2, LIGHT);
    }
    d.row([
      { x: c.zeit, text: `Summe der Zahlungen im Kalenderjahr ${y}`, bold: true },
      { x: c.betrag, text: decimal(cents(amount * rows.length)), align: 'right', bold: true },
    ], { size: 8.5, minHeight: 14 });
    d.hline(d.y - 1, d.left, d.left + body, 0.5);
  }
  d.row([
    { x: c.zeit, text: 'Elterngeld insgesamt', bold: true },
    { x: c.betrag, text: decimal(cents(amount * plan.length)), align: 'right', bold: true },
  ], { size: 8.5, minHeight: 14 });
  if (d.page === 1) d.rect(d.left, th, body, d.y - th, { stroke: [0.5, 0.5, 0.5], lineWidth: 0.5 });
  d.write('Beträge in Euro. LM = Lebensmonat.', { size: 7.5, color: GRAY });
  d.move(4);
  d.write('Begründung', { bold: true });
  const w = d.contentWidth;
  const wide = (text: string, size = 9.5) => d.para(text, { width: d.page === 1 ? body : w, size });
  if (father) {
    wide(`Grundlage ist Ihr Einkommen aus nichtselbstständiger Arbeit in den zwölf Kalendermonaten vor dem Monat der Geburt. Daraus ergibt sich ein Elterngeldnetto von ${decimal(net)} Euro im Monat; davon erhalten Sie 65 Prozent${amount >= 1800 ? ', höchstens jedoch 1.800 Euro' : ''}.`);
    wide(`Die Mutter des Kindes, ${fake.fullName(other)}, erhält Elterngeld ${first === 1 ? 'im Anschluss an Ihre Lebensmonate' : first === 3 ? 'für den 1. und 2. Lebensmonat' : `für den 1. bis ${Math.min(12, first - 1)}. Lebensmonat`}; darüber hat sie einen eigenen Bescheid erhalten.`);
  } else {
    wide(`Sie hatten in den zwölf Kalendermonaten vor der Geburt kein Einkommen aus Erwerbstätigkeit${rng.chance(0.5) ? ' (Studium)' : ''}. Sie erhalten deshalb den Mindestbetrag nach § 2 Abs. 4 BEEG von 300 Euro je Lebensmonat.`);
    if (single) wide('Da Sie Ihr Kind allein betreuen und der andere Elternteil nicht mit Ihnen zusammenlebt, können Sie für bis zu 14 Lebensmonate Elterngeld beziehen (§ 4c BEEG).');
  }
  wide(`Basiselterngeld kann längstens bis zum Ende des 14. Lebensmonats bezogen werden, also bis zum ${ctx.date(latest)}.`);

  // page 2: notes and the legal remedy over the full width
  if (d.page === 1) d.newPage();
  d.write('Wichtige Hinweise', { bold: true, size: 10.5 });
  const note = (head: string, text: string) => {
    d.write(head, { bold: true, size: 9 });
    d.para(text, { size: 9 });
  };
  note('Steuer', `Elterngeld ist steuerfrei, unterliegt aber dem Progressionsvorbehalt (§ 32b EStG). Geben Sie die im Zahlungsplan genannten Jahressummen in Ihrer Einkommensteuererklärung an (Anlage AV). Die L-Bank übermittelt die Beträge elektronisch an das Finanzamt; Sie erhalten nach Ablauf ${years.length > 1 ? 'jedes Kalenderjahres' : 'des Kalenderjahres'} eine Bescheinigung.`);
  note('Krankenversicherung', 'Während des Bezugs von Elterngeld bleiben Sie als Pflichtmitglied in der gesetzlichen Krankenversicherung beitragsfrei versichert, soweit Sie keine weiteren beitragspflichtigen Einnahmen haben.');
  note('Mitteilungspflichten', 'Teilen Sie uns bitte sofort mit, wenn Sie in den bewilligten Lebensmonaten eine Erwerbstätigkeit aufnehmen, Mutterschaftsleistungen oder vergleichbare Leistungen erhalten oder Ihr Kind nicht mehr in Ihrem Haushalt lebt.');
  note('Zuviel gezahltes Elterngeld', 'Leistungen, die Ihnen nicht zustehen, müssen Sie zurückzahlen. Überweisen Sie Rückzahlungen bitte nur auf das in der Fußzeile genannte Konto der L-Bank und geben Sie Ihre Elterngeld-Nummer an.');
  rechtsbehelf(ctx, `der L-Bank, ${seat.street} ${seat.no}, ${seat.plz} ${seat.city}`);
  d.move(6);
  d.write('Mit freundlichen Grüßen');
  d.write('Ihre L-Bank – Familienförderung');
  d.para('Dieser Bescheid wurde maschinell erstellt und ist ohne Unterschrift gültig.', { size: 8, color: GRAY });
  footer(d, [['L-Bank, Staatsbank für Baden-Württemberg', 'Anstalt des öffentlichen Rechts', `${seat.street} ${seat.no}, ${seat.plz} ${seat.city}`], ['Konto für Rückzahlungen', `IBAN ${ctx.iban(bankIban)}`, 'BIC LKBWDE6KXXX'], [`Elterngeld-Nummer ${nr}`, 'www.l-bank.de/elterngeld']], 'Seite x von y');
  ctx.set('name', fake.fullName(parent));
  ctx.set('elterngeld_monatlich', amount);
  ctx.set('bezug_von', von);
  ctx.set('bezug_bis', bis);
}

/**
 * blind11: a district's provisional grant of Basiselterngeld to a parent who works part-time in the
 * months drawn (§ 2 Abs. 3 BEEG: the income loss is replaced), written in the "plain language" some
 * authorities use now: a tinted contact box beside the window, a headline naming the child, a framed
 * box "Das Wichtigste in Kürze" of questions in bold with the answers under them (what, how much,
 * from when to when, why provisional, what to do), then the operative part as numbered paragraphs
 * with the parent's account; on page 2 the calculation as a before/during comparison with steps
 * (income before the birth capped, income during the months, the loss, 65 percent, the minimum),
 * the amount without the part-time work for comparison, and the months of both parents as a list
 * with the hours per week; the district treasury's IBAN in the footer.
 */
function blind11FragenTeilzeit(ctx: Ctx): void {
  const rng = ctx.rng;
  const father = rng.chance(0.65);
  const parent = fake.person(rng, { bornFrom: 1981, bornTo: 2000, gender: father ? 'm' : 'f' });
  parent.title = undefined;
  const other = fake.person(rng, { bornFrom: 1980, bornTo: 2001, gender: father ? 'f' : 'm', last: rng.chance(0.65) ? parent.last : undefined });
  const [district, unitName, seatPlz, seatTown, towns] = rng.pick([
    ['Kreis Paderborn', 'Jugendamt – Elterngeldstelle', '33102', 'Paderborn', [['33098', 'Paderborn'], ['33154', 'Salzkotten'], ['33129', 'Delbrück']]],
    ['Rhein-Sieg-Kreis', 'Amt für Kinder, Jugend und Familie – Elterngeld', '53721', 'Siegburg', [['53721', 'Siegburg'], ['53757', 'Sankt Augustin'], ['53840', 'Troisdorf']]],
    ['Kreis Gütersloh', 'Abteilung Jugend, Familie und Sozialer Dienst – Elterngeldstelle', '33330', 'Gütersloh', [['33330', 'Gütersloh'], ['33378', 'Rheda-Wiedenbrück'], ['33428', 'Harsewinkel']]],
    ['Landkreis Osnabrück', 'Fachdienst Jugend – Elterngeld', '49082', 'Osnabrück', [['49124', 'Georgsmarienhütte'], ['49179', 'Ostercappeln'], ['49565', 'Bramsche']]],
    ['Region Hannover', 'Fachbereich Jugend – Team Elterngeld', '30169', 'Hannover', [['30159', 'Hannover'], ['30880', 'Laatzen'], ['30952', 'Ronnenberg']]],
    ['Landkreis Görlitz', 'Jugendamt – Sachgebiet Elterngeld', '02826', 'Görlitz', [['02826', 'Görlitz'], ['02763', 'Zittau'], ['02906', 'Niesky']]],
    ['Landkreis Potsdam-Mittelmark', 'Fachdienst Kinder, Jugend und Familie – Elterngeldstelle', '14806', 'Bad Belzig', [['14513', 'Teltow'], ['14532', 'Kleinmachnow'], ['14806', 'Bad Belzig']]],
    ['Landkreis Nordsachsen', 'Jugendamt – Elterngeldstelle', '04860', 'Torgau', [['04860', 'Torgau'], ['04509', 'Delitzsch'], ['04838', 'Eilenburg']]],
  ] as readonly (readonly [string, string, string, string, readonly (readonly [string, string])[]])[]);
  const [plz, town] = rng.pick(towns);
  const address: fake.Address = { ...fake.address(rng), plz, city: town };
  const office: fake.Address = { ...fake.address(rng), plz: seatPlz, city: seatTown };
  const birthRaw = addDays(ctx.today, -rng.int(45, 240));
  const birth = iso(Number(birthRaw.slice(0, 4)), Number(birthRaw.slice(5, 7)), Math.min(28, Number(birthRaw.slice(8, 10))));
  const child = fake.person(rng, { last: rng.chance(0.85) ? parent.last : other.last });
  child.title = undefined;
  child.birth = birth;
  // the months drawn by this parent; the other parent has the rest of the fourteen
  const [first, last] = father ? rng.pick([[3, 8], [9, 14], [1, 4], [5, 12], [13, 14], [3, 4]] as const) : rng.pick([[3, 12], [7, 14], [9, 14], [3, 14]] as const);
  const otherRange: [number, number] = first > 1 ? [1, first - 1] : [last + 1, 14];
  const hours = rng.pick([15, 18, 20, 24, 25, 28, 30]);
  const netBefore = cents(rng.float(1500, 3400));
  const capped = Math.min(netBefore, 2770);
  const netAfter = cents(netBefore * (hours / 40) * rng.float(0.9, 1.04));
  const loss = cents(capped - netAfter);
  const amount = cents(Math.max(300, loss * 0.65));
  const fullAmount = cents(Math.min(1800, capped * 0.65));
  const grossBefore = cents(netBefore / rng.float(0.63, 0.69));
  const socialBefore = cents(grossBefore * 0.21);
  const taxBefore = cents(grossBefore - socialBefore - netBefore);
  const grossAfter = cents(netAfter / rng.float(0.69, 0.74));
  const socialAfter = cents(grossAfter * 0.21);
  const taxAfter = cents(grossAfter - socialAfter - netAfter);
  const von = lmStart(birth, first);
  const bis = lmEnd(birth, last);
  const bemStart = addMonths(firstOfMonthOf(birth), -12);
  const bemEnd = addDays(firstOfMonthOf(birth), -1);
  const antrag = addDays(birth, rng.int(14, 40));
  const deadline = addMonths(bis, rng.pick([2, 3]));
  const firstPay = lmEnd(birth, first) > ctx.today ? workday(lmEnd(birth, first)) : workday(addDays(ctx.today, rng.int(3, 6)));
  const acc = fake.bankAccount(rng);
  const kasse = fake.bankAccount(rng);
  const az = `${rng.pick(['51', '51.3', 'EG'])}-${rng.digits(5)}/${ctx.today.slice(2, 4)}`;
  const clerk = fake.person(rng);
  const otherAmount = cents(Math.max(300, Math.min(1800, rng.float(420, 1800))));
  const span = (a: number, b: number) => (a === b ? `den ${a}.` : b === a + 1 ? `den ${a}. und ${b}.` : `den ${a}. bis ${b}.`);

  const accent: [number, number, number] = rng.pick([[0.0, 0.38, 0.45], [0.2, 0.3, 0.55], [0.55, 0.2, 0.1], [0.25, 0.4, 0.15]]);
  const d = ctx.start({ family: rng.pick(['helvetica', 'helvetica', 'times']), size: 9.5, margins: { left: 64, right: 54, top: 60, bottom: 76 } });
  d.rect(d.left, 36, 24, 24, { fill: accent });
  d.text(d.left + 12, 52, district.replace(/^(Landkreis|Kreis|Region|Stadt) /, '').slice(0, 2).toUpperCase(), { size: 9, bold: true, align: 'center', color: [1, 1, 1] });
  d.text(d.left + 32, 47, district, { size: 13, bold: true });
  d.text(d.left + 32, 59, `Der ${district.startsWith('Region') ? 'Regionspräsident' : 'Landrat'} · ${unitName}`, { size: 8.5, color: GRAY });
  returnLine(d, `${district} · ${office.street} ${office.no} · ${office.plz} ${office.city}`);
  addressWindow(d, recipientLines(ctx, parent, address, { name: 'name' }));
  // the contact box at the right of the window
  const bx = 370;
  const bw = d.right - bx;
  d.rect(bx, 132, bw, 116, { fill: [0.93, 0.95, 0.95] });
  const contact: [string, string, boolean][] = [
    [ctx.pick(['Ihre Ansprechperson'], ['Sie erreichen uns', 'Für Fragen sind wir da']), '', true],
    [`${clerk.gender === 'f' ? 'Frau' : 'Herr'} ${fake.fullName(clerk)}`, '', false],
    [`Telefon ${fake.phone(rng)}`, '', false],
    [`elterngeld@${district.toLowerCase().replace(/ä/g, 'ae').replace(/ö/g, 'oe').replace(/ü/g, 'ue').replace(/[^a-z]+/g, '-').replace(/^-|-$/g, '')}.de`, '', false],
    ['Di und Do 8.30 – 12.00 Uhr', '', false],
  ];
  contact.forEach(([t, , bold], i) => d.text(bx + 8, 146 + i * 11, t, { size: 8, bold }));
  d.text(bx + 8, 210, 'Aktenzeichen', { size: 7, color: GRAY });
  d.text(bx + 8, 220, az, { size: 8.5 });
  d.text(bx + 8, 234, 'Datum', { size: 7, color: GRAY });
  d.text(bx + 8, 244, ctx.ndate(ctx.today), { size: 8.5 });
  d.y = 266;
  d.write(`Ihr Elterngeld für ${child.first}`, { size: 15, bold: true, color: accent });
  d.write(ctx.pick(['Bescheid über Basiselterngeld – vorläufige Bewilligung'], ['Vorläufiger Bescheid über Basiselterngeld bei Teilzeitarbeit', 'Bewilligung von Basiselterngeld (vorläufig nach § 8 Abs. 3 BEEG)']), { size: 10, bold: true });
  d.move(6);
  d.write(anrede(parent));
  d.para(`Sie haben am ${ctx.date(antrag)} Elterngeld für Ihr Kind ${child.first} ${child.last}, geboren am ${ctx.date(birth)}, beantragt. Hier lesen Sie zuerst das Wichtigste. Die genaue Entscheidung, die Begründung und die Berechnung folgen danach.`);
  // the box of questions and answers
  const top = d.y;
  d.move(8);
  d.write(ctx.pick(['Das Wichtigste in Kürze'], ['Auf einen Blick', 'Kurz zusammengefasst']), { x: d.left + 14, size: 11, bold: true, color: accent });
  const qa = (q: string, a: string) => {
    d.move(2);
    d.write(q, { x: d.left + 14, bold: true, size: 9.5 });
    d.para(a, { x: d.left + 14, width: d.contentWidth - 28, size: 9.5, after: 3 });
  };
  qa(ctx.pick(['Was bekommen Sie?'], ['Welche Leistung erhalten Sie?']), `Basiselterngeld für ${span(first, last)} Lebensmonat Ihres Kindes. Sie arbeiten in dieser Zeit ${hours} Stunden in der Woche. Das ist erlaubt, verringert aber Ihr Elterngeld.`);
  qa(ctx.pick(['Wie viel bekommen Sie?'], ['Wie hoch ist Ihr Elterngeld?']), `${ctx.v('elterngeld_monatlich', ctx.money(amount))} in jedem dieser Lebensmonate.`);
  qa(ctx.pick(['Für welche Zeit?'], ['Von wann bis wann?']), `Vom ${ctx.v('bezug_von', ctx.date(von))} bis zum ${ctx.v('bezug_bis', ctx.date(bis))}.`);
  qa('Wann kommt das Geld?', `Jeweils am Ende des Lebensmonats auf Ihr Konto. Die erste Zahlung erhalten Sie voraussichtlich am ${ctx.date(firstPay)}.`);
  qa('Warum ist der Bescheid vorläufig?', 'Ihr Einkommen aus der Teilzeitarbeit steht erst nach dem Ende des Bezugs fest. Dann rechnen wir noch einmal nach.');
  qa('Was müssen Sie tun?', `Schicken Sie uns spätestens bis zum ${ctx.date(deadline)} die Lohn- und Gehaltsabrechnungen für alle Monate mit Elterngeld.`);
  d.move(6);
  d.rect(d.left, top, d.contentWidth, d.y - top, { stroke: accent, lineWidth: 1.2 });
  d.rect(d.left, top, 5, d.y - top, { fill: accent });
  d.move(10);
  d.write(ctx.pick(['Die Entscheidung im Einzelnen'], ['Unsere Entscheidung', 'Der Bescheid im Einzelnen']), { size: 10.5, bold: true });
  const num = (n: number, text: string) => {
    d.ensure(30);
    d.text(d.left, d.y + 9.5, `${n}.`, { size: 9.5 });
    d.para(text, { x: d.left + 16, size: 9.5 });
  };
  num(1, `Für ${span(first, last)} Lebensmonat wird Ihnen Basiselterngeld nach § 4 Abs. 2 BEEG bewilligt. Die Höhe ergibt sich aus der Anlage, die Teil dieses Bescheides ist.`);
  num(2, `Die Bewilligung erfolgt nach § 8 Abs. 3 Satz 1 Nr. 2 BEEG vorläufig, weil Sie in den bewilligten Lebensmonaten voraussichtlich Einkommen aus Erwerbstätigkeit haben. Nach dem Ende des Bezugszeitraums wird das Elterngeld abschließend festgesetzt; zu viel gezahlte Beträge sind zu erstatten.`);
  num(3, `Das Elterngeld wird auf das Konto bei der ${acc.bank.name}, IBAN ${ctx.iban(acc.iban)}, überwiesen. Bereits abgelaufene Lebensmonate werden nachgezahlt.`);
  num(4, `Der andere Elternteil, ${fake.fullName(other)}, hat für ${span(otherRange[0], otherRange[1])} Lebensmonat Basiselterngeld beantragt. Darüber entscheiden wir mit gesondertem Bescheid.`);
  d.write('Begründung', { bold: true, size: 10 });
  d.para(`Sie erfüllen die Voraussetzungen nach § 1 BEEG. Ihre wöchentliche Arbeitszeit von ${hours} Stunden übersteigt nicht die zulässigen 32 Wochenstunden. Ersetzt wird nach § 2 Abs. 3 BEEG der Unterschied zwischen Ihrem Einkommen vor der Geburt und Ihrem voraussichtlichen Einkommen in den Lebensmonaten mit Elterngeld. Grundlage für das Einkommen vor der Geburt sind die zwölf Kalendermonate ${bemStart.slice(5, 7)}/${bemStart.slice(0, 4)} bis ${bemEnd.slice(5, 7)}/${bemEnd.slice(0, 4)} vor dem Monat der Geburt.`);
  rechtsbehelf(ctx, `dem ${district}, ${unitName.split(' – ')[0]}, ${office.street} ${office.no}, ${office.plz} ${office.city}`);
  closing(ctx, { signer: fake.fullName(clerk), auftrag: true });

  // the calculation on a page of its own
  d.newPage();
  d.write(`Anlage zum Bescheid vom ${ctx.ndate(ctx.today)} · Aktenzeichen ${az}`, { size: 8, color: GRAY });
  d.write(ctx.pick(['So haben wir Ihr Elterngeld berechnet'], ['Wie wir gerechnet haben', 'Die Berechnung Schritt für Schritt']), { size: 13, bold: true, color: accent });
  d.write(`${ctx.name(parent)} · Kind ${child.first} ${child.last}, geb. ${ctx.ndate(birth)}`, { size: 9 });
  d.move(8);
  const c1 = d.left + 4;
  const c2 = d.left + 330;
  const c3 = d.right - 4;
  const hdr = d.y;
  d.rect(d.left, d.y, d.contentWidth, 26, { fill: LIGHT });
  d.row([
    { x: c1, text: 'monatlich', bold: true },
    { x: c2, text: 'vor der Geburt', bold: true, align: 'right' },
    { x: c3, text: 'mit Elterngeld (voraussichtlich)', bold: true, align: 'right' },
  ], { size: 8.5, minHeight: 13 });
  d.row([
    { x: c1, text: '' },
    { x: c2, text: `${bemStart.slice(5, 7)}/${bemStart.slice(0, 4)} – ${bemEnd.slice(5, 7)}/${bemEnd.slice(0, 4)}`, align: 'right', size: 7.5, color: GRAY },
    { x: c3, text: `${first}. – ${last}. Lebensmonat`, align: 'right', size: 7.5, color: GRAY },
  ], { size: 8.5, minHeight: 13 });
  const cmp = (label: string, a: number, b: number, bold = false) => {
    d.row([{ x: c1, text: label, bold }, { x: c2, text: ctx.money(a), align: 'right', bold }, { x: c3, text: ctx.money(b), align: 'right', bold }], { size: 9, minHeight: 15 });
    d.hline(d.y - 2, d.left, d.right, 0.2, GRAY);
  };
  cmp('Bruttoeinkommen aus nichtselbstständiger Arbeit', grossBefore, grossAfter);
  cmp('abzüglich Steuern', taxBefore, taxAfter);
  cmp('abzüglich Sozialabgaben (Pauschale 21 %)', socialBefore, socialAfter);
  cmp('Einkommen für das Elterngeld (netto)', netBefore, netAfter, true);
  d.rect(d.left, hdr, d.contentWidth, d.y - hdr, { stroke: [0.4, 0.4, 0.4], lineWidth: 0.5 });
  d.move(10);
  const step = (n: number, text: string, value: string, bold = false) => {
    d.ensure(20);
    d.rect(d.left, d.y + 1, 14, 14, { fill: accent });
    d.text(d.left + 7, d.y + 11, String(n), { size: 8.5, bold: true, align: 'center', color: [1, 1, 1] });
    d.row([{ x: d.left + 22, text, width: 320, bold }, { x: d.right - 4, text: value, align: 'right', bold }], { size: 9.5, minHeight: 19 });
  };
  step(1, `Einkommen vor der Geburt${netBefore > 2770 ? ' (berücksichtigt werden höchstens 2.770 Euro)' : ''}`, ctx.money(capped));
  step(2, 'minus voraussichtliches Einkommen in den Monaten mit Elterngeld', ctx.money(netAfter));
  step(3, 'ergibt Ihren Einkommensverlust', ctx.money(loss));
  step(4, 'davon 65 Prozent (Ersatzrate)', ctx.money(cents(loss * 0.65)));
  step(5, amount === 300 && loss * 0.65 < 300 ? 'mindestens jedoch 300 Euro: Ihr Elterngeld im Monat' : 'Ihr Elterngeld im Monat', ctx.money(amount), true);
  d.move(4);
  d.para(`Zum Vergleich: Ohne Ihre Teilzeitarbeit hätte Ihr Basiselterngeld ${ctx.money(fullAmount)} im Monat betragen.`, { size: 9 });
  d.move(4);
  d.write(ctx.pick(['Ihre Monate im Überblick'], ['Welche Monate wer bekommt', 'Übersicht der Lebensmonate']), { size: 10.5, bold: true });
  const t = { lm: d.left + 4, zeit: d.left + 50, wer: d.left + 200, std: d.left + 350, eur: d.right - 4 };
  d.rect(d.left, d.y, d.contentWidth, 14, { fill: LIGHT });
  d.row([
    { x: t.lm, text: 'LM', bold: true },
    { x: t.zeit, text: 'Zeitraum', bold: true },
    { x: t.wer, text: 'Elternteil', bold: true },
    { x: t.std, text: 'Std./Woche', bold: true, align: 'right' },
    { x: t.eur, text: 'Elterngeld', bold: true, align: 'right' },
  ], { size: 8.5, minHeight: 14 });
  // the other parent's months in one grey row, this parent's month by month
  const rows: { lm: number; to: number; own: boolean }[] = [];
  for (let lm = first; lm <= last; lm++) rows.push({ lm, to: lm, own: true });
  rows.splice(otherRange[0] < first ? 0 : rows.length, 0, { lm: otherRange[0], to: otherRange[1], own: false });
  for (const r of rows) {
    d.row([
      { x: t.lm, text: r.to === r.lm ? `${r.lm}.` : `${r.lm}.–${r.to}.`, color: r.own ? undefined : GRAY },
      { x: t.zeit, text: `${ctx.ndate(lmStart(birth, r.lm))} – ${ctx.ndate(lmEnd(birth, r.to))}`, color: r.own ? undefined : GRAY },
      { x: t.wer, text: r.own ? 'Sie' : `${other.first} ${other.last}`, color: r.own ? undefined : GRAY },
      { x: t.std, text: r.own ? String(hours) : '', align: 'right' },
      { x: t.eur, text: r.own ? decimal(amount) : 'gesonderter Bescheid', align: 'right', color: r.own ? undefined : GRAY },
    ], { size: 8.5, minHeight: 12.5 });
    d.hline(d.y - 1, d.left, d.right, 0.2, LIGHT);
  }
  d.row([{ x: t.zeit, text: 'Ihr Elterngeld insgesamt (vorläufig)', bold: true }, { x: t.eur, text: decimal(cents(amount * (last - first + 1))), bold: true, align: 'right' }], { size: 8.5, minHeight: 14 });
  d.write(`Beträge in Euro. Für den anderen Elternteil voraussichtlich ${ctx.money(otherAmount)} im Monat, nur zur Information.`, { size: 7.5, color: GRAY });
  footer(d, [[district, unitName.split(' – ')[0], `${office.street} ${office.no}, ${office.plz} ${office.city}`], ['Kreiskasse', kasse.bank.name, `IBAN ${fake.groupIban(kasse.iban)}`], [`Aktenzeichen ${az}`, 'Bitte bei Zahlungen und Rückfragen angeben']], 'Seite x von y');
  ctx.set('name', fake.fullName(parent));
  ctx.set('elterngeld_monatlich', amount);
  ctx.set('bezug_von', von);
  ctx.set('bezug_bis', bis);
}

const firstOfMonthOf = (date: IsoDate): IsoDate => `${date.slice(0, 7)}-01`;

/**
 * Blind12 (holdout): an Abhilfebescheid after the parent's objection (Widerspruch) to an earlier
 * Elterngeld notice: the office concedes that the income before the birth was assessed too low
 * (months of a pregnancy-related illness left in the assessment period, or a missing payslip
 * counted as zero) and grants a higher amount for the same life months. A letterhead with a
 * contact column, the objection's and the earlier notice's dates in the reference block and the
 * subject, the decision as numbered sentences in a framed box (the earlier amount cancelled, the
 * new amount and its period, the back payment, the costs), the reasoning with the old and the new
 * assessment period and incomes, and a recalculation table per life month (earlier, new,
 * difference) with a sum row and the paid/open status.
 */
function blind12AbhilfeWiderspruch(ctx: Ctx): void {
  const rng = ctx.rng;
  const mother = rng.chance(0.72);
  const parent = fake.person(rng, { bornFrom: 1982, bornTo: 2001, gender: mother ? 'f' : 'm' });
  parent.title = undefined;
  const cityName = rng.pick(['Kassel', 'Darmstadt', 'Fulda', 'Wiesbaden', 'Kiel', 'Lübeck', 'Flensburg', 'Leipzig', 'Dresden', 'Chemnitz', 'Magdeburg', 'Halle (Saale)', 'Erfurt']);
  const regions: readonly (readonly [string, string, string, string, readonly (readonly [string, string])[]])[] = [
    ['Hessisches Amt für Versorgung und Soziales', 'Elterngeldstelle', 'Kassel', '34117', [['34117', 'Kassel'], ['34225', 'Baunatal'], ['34246', 'Vellmar']]],
    ['Hessisches Amt für Versorgung und Soziales', 'Elterngeldstelle', 'Darmstadt', '64283', [['64283', 'Darmstadt'], ['64319', 'Pfungstadt'], ['64331', 'Weiterstadt']]],
    ['Hessisches Amt für Versorgung und Soziales', 'Elterngeldstelle', 'Fulda', '36037', [['36037', 'Fulda'], ['36043', 'Fulda'], ['36088', 'Hünfeld']]],
    ['Landesamt für soziale Dienste Schleswig-Holstein', 'Elterngeldstelle', 'Kiel', '24103', [['24103', 'Kiel'], ['24118', 'Kiel'], ['24223', 'Schwentinental']]],
    ['Landesamt für soziale Dienste Schleswig-Holstein', 'Elterngeldstelle', 'Lübeck', '23552', [['23552', 'Lübeck'], ['23560', 'Lübeck'], ['23611', 'Bad Schwartau']]],
    ['Landratsamt Erzgebirgskreis', 'Referat Jugend und Familie – Elterngeldstelle', 'Annaberg-Buchholz', '09456', [['09456', 'Annaberg-Buchholz'], ['09366', 'Stollberg'], ['08280', 'Aue-Bad Schlema']]],
    ['Landratsamt Zwickau', 'Amt für Familie und Soziales – Elterngeldstelle', 'Werdau', '08412', [['08412', 'Werdau'], ['08056', 'Zwickau'], ['08371', 'Glauchau']]],
    [`Stadt ${cityName}`, 'Jugendamt – Abteilung Elterngeld', cityName, PLACES_PLZ.find(([, c]) => c === cityName)![0], PLACES_PLZ.filter(([, c]) => c === cityName)],
    ['Bezirksamt Wandsbek', 'Fachamt Jugend- und Familienhilfe – Elterngeld', 'Hamburg', '22041', [['22041', 'Hamburg'], ['22143', 'Hamburg'], ['22159', 'Hamburg']]],
    ['Bezirksamt Altona', 'Fachamt Jugend- und Familienhilfe – Elterngeld', 'Hamburg', '22765', [['22765', 'Hamburg'], ['22761', 'Hamburg'], ['22587', 'Hamburg']]],
  ];
  const [office, unit, seat, seatPlz, towns] = rng.pick(regions);
  const [homePlz, homeTown] = rng.pick(towns);
  const address: fake.Address = { ...fake.address(rng), plz: homePlz, city: homeTown };
  const officeAddress: fake.Address = { ...fake.address(rng), plz: seatPlz, city: seat };
  const plus = rng.chance(0.25);
  const birthRaw = addDays(ctx.today, -rng.int(125, 330));
  const birth = iso(Number(birthRaw.slice(0, 4)), Number(birthRaw.slice(5, 7)), Math.min(28, Number(birthRaw.slice(8, 10))));
  const child = fake.person(rng, { last: parent.last });
  child.title = undefined;
  child.birth = birth;
  // months of this parent; a mother's first two are covered by maternity benefits
  const first = mother ? 1 : rng.pick([1, 2, 3, 13]);
  const count = plus ? (mother ? rng.pick([16, 20, 24]) : rng.pick([4, 8])) : mother ? rng.pick([12, 12, 14, 10]) : first === 13 ? 2 : rng.pick([2, 2, 4]);
  const zeroes = mother ? rng.pick([0, 2, 2]) : 0;
  const lms = Array.from({ length: count }, (_, i) => ({ lm: first + i, maternity: i < zeroes }));
  const paidLms = lms.filter((m) => !m.maternity);
  const von = lmStart(birth, paidLms[0].lm);
  const bis = lmEnd(birth, paidLms[paidLms.length - 1].lm);
  // incomes: the earlier notice assessed too low
  const newIncome = cents(rng.float(1350, 2650));
  const oldIncome = cents(newIncome - rng.float(180, 720));
  const rateOf = (inc: number) => (inc >= 1240 ? 65 : 67);
  const basis = (inc: number) => cents(Math.max(300, Math.min(1800, (inc * rateOf(inc)) / 100)));
  const oldAmount = plus ? cents(basis(oldIncome) / 2) : basis(oldIncome);
  const newAmount = plus ? cents(basis(newIncome) / 2) : basis(newIncome);
  const diff = cents(newAmount - oldAmount);
  const notice = addDays(birth, rng.int(38, 70));
  const objection = addDays(notice, rng.int(8, 27));
  const received = addDays(objection, rng.int(1, 4));
  const reason = rng.pick(['krankheit', 'abrechnung'] as const);
  const birthMonth = `${birth.slice(0, 7)}-01`;
  const oldStart = addMonths(birthMonth, -12);
  const oldEnd = addDays(birthMonth, -1);
  const sickMonths = rng.int(2, 3);
  const newStart = reason === 'krankheit' ? addMonths(oldStart, -sickMonths) : oldStart;
  const newEnd = reason === 'krankheit' ? addDays(addMonths(birthMonth, -sickMonths), -1) : oldEnd;
  const sickFrom = addMonths(birthMonth, -sickMonths);
  const missing = addMonths(birthMonth, -rng.int(2, 9));
  const mm = (date: IsoDate) => `${date.slice(5, 7)}/${date.slice(0, 4)}`;
  const monthName = (date: IsoDate) => `${MONTHS_DE[Number(date.slice(5, 7)) - 1]} ${date.slice(0, 4)}`;
  const acc = fake.bankAccount(rng);
  const kasse = fake.bankAccount(rng);
  const clerk = fake.person(rng);
  const az = `${rng.pick(['EG', 'BEEG', '51.2', 'V/EG'])} ${rng.digits(3)}-${rng.digits(5)}/${birth.slice(2, 4)}`;
  const room = `${rng.pick(['A', 'B', 'C', ''])}${rng.int(1, 4)}.${rng.digits(2)}`;
  const kind = plus ? 'ElterngeldPlus' : 'Basiselterngeld';
  const span = (a: number, b: number) => (a === b ? `den ${a}.` : `den ${a}. bis ${b}.`);

  const accent: [number, number, number] = rng.pick([[0.1, 0.25, 0.5], [0.45, 0.1, 0.15], [0.1, 0.35, 0.3], [0.3, 0.3, 0.3]]);
  const d = ctx.start({ family: rng.pick(['helvetica', 'helvetica', 'times']), size: 9.8, margins: { left: 66, right: 150, top: 60, bottom: 80 } });
  const colX = d.width - 138;
  // letterhead at the left, the office's contact column at the right edge on page 1
  d.text(d.left, 50, office, { size: office.length > 40 ? 12 : 14, bold: true, color: accent });
  d.text(d.left, 64, `${unit}${/Stadt|Bezirksamt|Landratsamt/.test(office) ? '' : ` ${seat}`}`, { size: 9.5 });
  d.line(colX - 10, 40, colX - 10, 330, 0.4, GRAY);
  const contact: [string, string][] = [
    ['Dienstgebäude', `${officeAddress.street} ${officeAddress.no}`],
    ['', `${officeAddress.plz} ${seat}`],
    ['Auskunft erteilt', `${clerk.gender === 'f' ? 'Frau' : 'Herr'} ${clerk.last}`],
    ['Zimmer', room],
    ['Telefon', fake.phone(rng)],
    ['Telefax', fake.phone(rng)],
    ['E-Mail', 'elterngeld@' + office.toLowerCase().replace(/ä/g, 'ae').replace(/ö/g, 'oe').replace(/ü/g, 'ue').replace(/[^a-z]+/g, '-').replace(/^-|-$/g, '').split('-').slice(-2).join('-') + '.de'],
    ['Sprechzeiten', 'Mo, Di, Do 8–12 Uhr'],
  ];
  let cy = 50;
  for (const [l, v] of contact) {
    if (l) {
      cy += 6;
      d.text(colX, cy, l, { size: 6.8, color: GRAY });
      cy += 9;
    }
    d.text(colX, cy, v, { size: 7.8 });
    cy += 9;
  }
  returnLine(d, `${office} · ${officeAddress.street} ${officeAddress.no} · ${officeAddress.plz} ${seat}`);
  addressWindow(d, recipientLines(ctx, parent, address, { name: 'name' }));
  // reference block under the contact column
  const refs: [string, string][] = [
    [ctx.pick(['Unser Zeichen'], ['Geschäftszeichen', 'Kassenzeichen / Az.']), az],
    [ctx.pick(['Ihr Schreiben vom'], ['Ihr Widerspruch vom', 'Ihre Nachricht vom']), ctx.ndate(objection)],
    ['Eingang', ctx.ndate(received)],
    ['Datum', ctx.ndate(ctx.today)],
  ];
  cy = 236;
  for (const [l, v] of refs) {
    d.text(colX, cy, l, { size: 6.8, color: GRAY });
    d.text(colX, cy + 10, v, { size: 8.5 });
    cy += 24;
  }
  d.y = 262;
  d.write(ctx.pick(['Abhilfebescheid'], ['Abhilfebescheid nach § 85 Abs. 1 SGG', 'Bescheid über die Abhilfe Ihres Widerspruchs']), { size: 12, bold: true });
  d.para(`Widerspruch vom ${ctx.date(objection)} gegen den ${ctx.pick(['Elterngeldbescheid'], ['Bewilligungsbescheid'])} vom ${ctx.date(notice)} – Elterngeld für ${child.first} ${child.last}, geboren am ${ctx.date(birth)}`, { bold: true, size: 9.8 });
  d.move(4);
  d.write(anrede(parent));
  const why =
    reason === 'krankheit'
      ? `Sie tragen vor, dass Sie ab ${monthName(sickFrom)} bis zur Geburt wegen einer schwangerschaftsbedingten Erkrankung arbeitsunfähig waren und nur Krankengeld bezogen haben. Diese Monate hätten bei der Ermittlung des Einkommens vor der Geburt nicht berücksichtigt werden dürfen.`
      : `Sie tragen vor, dass bei der Berechnung für den Monat ${monthName(missing)} kein Einkommen angesetzt wurde, obwohl Sie in diesem Monat gearbeitet haben. Mit dem Widerspruch haben Sie die fehlende Lohn- und Gehaltsbescheinigung vorgelegt.`;
  d.para(`mit Ihrem Schreiben vom ${ctx.date(objection)}, hier eingegangen am ${ctx.date(received)}, haben Sie Widerspruch gegen unseren Bescheid vom ${ctx.date(notice)} eingelegt. ${why} Wir haben den Fall erneut geprüft. Ihr Widerspruch ist begründet; wir helfen ihm ab und entscheiden wie folgt:`);
  // the decision in a framed box
  const boxTop = d.y;
  d.move(8);
  const num = (n: number, text: string) => {
    d.ensure(28);
    d.text(d.left + 10, d.y + 9.8, `${n}.`, { bold: true });
    d.para(text, { x: d.left + 26, width: d.contentWidth - 36, after: 4 });
  };
  num(1, `Der Bescheid vom ${ctx.date(notice)} wird aufgehoben, soweit darin ${kind} in Höhe von ${ctx.money(oldAmount)} monatlich festgesetzt wurde.`);
  num(
    2,
    rng.chance(0.5)
      ? `Ihnen wird für ${span(paidLms[0].lm, paidLms[paidLms.length - 1].lm)} Lebensmonat Ihres Kindes, also vom ${ctx.v('bezug_von', ctx.date(von))} bis zum ${ctx.v('bezug_bis', ctx.date(bis))}, ${kind} in Höhe von ${ctx.v('elterngeld_monatlich', ctx.money(newAmount))} ${ctx.pick(['monatlich'], ['je Lebensmonat', 'für jeden Lebensmonat'])} bewilligt.`
      : `Ihnen wird ${kind} in Höhe von ${ctx.v('elterngeld_monatlich', ctx.money(newAmount))} monatlich für die Zeit vom ${ctx.v('bezug_von', ctx.date(von))} bis ${ctx.v('bezug_bis', ctx.date(bis))} bewilligt.`,
  );
  const elapsed = paidLms.filter((m) => lmEnd(birth, m.lm) < ctx.today);
  const back = cents(diff * elapsed.length);
  num(3, elapsed.length ? `Für die bereits abgelaufenen Lebensmonate ergibt sich eine Nachzahlung von ${ctx.money(back)}. Sie wird auf Ihr Konto ${ctx.iban(acc.iban)} überwiesen.` : `Eine Nachzahlung ergibt sich nicht, weil Ihr Bezug noch nicht begonnen hat. Ab dem ersten Bezugsmonat zahlen wir den neuen Betrag auf Ihr Konto ${ctx.iban(acc.iban)}.`);
  num(4, 'Die Ihnen im Widerspruchsverfahren entstandenen notwendigen Aufwendungen werden auf Antrag erstattet (§ 63 SGB X). Die Hinzuziehung eines Bevollmächtigten war nicht notwendig.');
  d.move(4);
  d.rect(d.left, boxTop, d.contentWidth, d.y - boxTop, { stroke: accent, lineWidth: 0.9 });
  d.move(10);
  d.write('Begründung', { bold: true, size: 10.5 });
  if (reason === 'krankheit') {
    d.para(`Nach § 2b Abs. 1 Satz 1 Nr. 3 BEEG bleiben bei der Bestimmung der zwölf Kalendermonate vor der Geburt Monate unberücksichtigt, in denen Sie wegen einer maßgeblich auf die Schwangerschaft zurückzuführenden Erkrankung ein geringeres Einkommen hatten. Das ärztliche Attest bestätigt dies für ${sickMonths === 2 ? 'zwei' : 'drei'} Monate vor der Geburt. Der Bemessungszeitraum verschiebt sich deshalb von ${mm(oldStart)} – ${mm(oldEnd)} auf ${mm(newStart)} – ${mm(newEnd)}.`);
  } else {
    d.para(`Nach § 2c BEEG wird das Einkommen aus nichtselbstständiger Erwerbstätigkeit anhand der Lohn- und Gehaltsbescheinigungen ermittelt. Für ${monthName(missing)} lag uns bei der ersten Entscheidung keine Bescheinigung vor; der Monat wurde mit 0,00 angesetzt. Die nachgereichte Bescheinigung ist nun berücksichtigt. Der Bemessungszeitraum bleibt ${mm(oldStart)} – ${mm(oldEnd)}.`);
  }
  d.para(`Ihr durchschnittliches monatliches Einkommen vor der Geburt beträgt danach ${ctx.money(newIncome)} (bisher ${ctx.money(oldIncome)}). Bei einer Ersatzrate von ${rateOf(newIncome)} % ergibt sich ${plus ? `ein Basiselterngeld von ${ctx.money(basis(newIncome))}, als ElterngeldPlus die Hälfte davon` : 'der oben genannte Betrag'}. Die Einzelheiten zeigt die folgende Aufstellung.`);
  if (zeroes) d.para('Im 1. und 2. Lebensmonat erhalten Sie Mutterschaftsleistungen, die vollständig auf das Elterngeld angerechnet werden; für diese Monate wird kein Elterngeld gezahlt.');

  // the recalculation per life month
  d.ensure(120);
  d.move(6);
  d.write(ctx.pick(['Neuberechnung je Lebensmonat'], ['Gegenüberstellung der Beträge', 'Nachberechnung nach Lebensmonaten']), { bold: true, size: 10 });
  const c = { lm: d.left + 2, zr: d.left + 30, alt: d.left + 192, neu: d.left + 246, dif: d.left + 302, st: d.left + 312 };
  const head = () => {
    d.rect(d.left, d.y, d.contentWidth, 24, { fill: LIGHT });
    d.row([
      { x: c.lm, text: 'LM', bold: true },
      { x: c.zr, text: 'Zeitraum', bold: true },
      { x: c.alt, text: 'bisher', bold: true, align: 'right' },
      { x: c.neu, text: 'neu', bold: true, align: 'right' },
      { x: c.dif, text: 'Differenz', bold: true, align: 'right' },
      { x: c.st, text: 'Stand', bold: true },
    ], { size: 8.3, minHeight: 12 });
    d.row([{ x: c.alt, text: 'EUR', align: 'right', color: GRAY }, { x: c.neu, text: 'EUR', align: 'right', color: GRAY }, { x: c.dif, text: 'EUR', align: 'right', color: GRAY }], { size: 7, minHeight: 12 });
  };
  head();
  for (const m of lms) {
    const before = d.page;
    d.ensure(13);
    if (d.page !== before) head();
    const old = m.maternity ? 0 : oldAmount;
    const neu = m.maternity ? 0 : newAmount;
    const done = lmEnd(birth, m.lm) < ctx.today;
    d.row([
      { x: c.lm, text: `${m.lm}.` },
      { x: c.zr, text: `${ctx.ndate(lmStart(birth, m.lm))} – ${ctx.ndate(lmEnd(birth, m.lm))}` },
      { x: c.alt, text: decimal(old), align: 'right' },
      { x: c.neu, text: decimal(neu), align: 'right' },
      { x: c.dif, text: decimal(cents(neu - old)), align: 'right' },
      { x: c.st, text: m.maternity ? 'Mutterschaftsgeld' : done ? 'nachgezahlt' : 'laufend', color: GRAY },
    ], { size: 8.3, minHeight: 12.5 });
    d.hline(d.y - 2, d.left, d.right, 0.2, GRAY);
  }
  d.row([
    { x: c.zr, text: 'Summe', bold: true },
    { x: c.alt, text: decimal(cents(oldAmount * paidLms.length)), align: 'right', bold: true },
    { x: c.neu, text: decimal(cents(newAmount * paidLms.length)), align: 'right', bold: true },
    { x: c.dif, text: decimal(cents(diff * paidLms.length)), align: 'right', bold: true },
  ], { size: 8.3, minHeight: 14 });
  d.move(8);
  d.para(`Mit diesem Bescheid ist das Widerspruchsverfahren erledigt. ${elapsed.length ? `Der Nachzahlungsbetrag wird voraussichtlich am ${ctx.date(workday(addDays(ctx.today, rng.int(4, 9))))} gutgeschrieben.` : ''}`.trim(), { size: 9.3 });
  d.para(rng.pick(HINWEISE), { size: 9.3 });
  rechtsbehelf(ctx, `dem ${office}, ${unit.split(' – ')[0]}, ${officeAddress.street} ${officeAddress.no}, ${officeAddress.plz} ${seat}`);
  closing(ctx, { signer: fake.fullName(clerk), auftrag: true });
  const kassenName = /Stadt|Bezirksamt/.test(office) ? 'Stadtkasse' : /Landratsamt/.test(office) ? 'Kreiskasse' : 'Landeskasse';
  d.onEveryPage((doc, page, pages) => {
    const top = doc.height - 56;
    const right = doc.width - 56;
    doc.hline(top - 8, doc.left, right, 0.3, GRAY);
    [[office, unit.split(' – ')[0]], [`${kassenName}: ${kasse.bank.name}`, `IBAN ${fake.groupIban(kasse.iban)} · BIC ${kasse.bank.bic}`], [`Bitte stets angeben: ${az}`]].forEach((col, i) =>
      col.forEach((l, j) => doc.text(doc.left + [0, 180, 350][i], top + j * 8.5, l, { size: 6.5, color: GRAY })));
    doc.text(right, doc.height - 24, `Seite ${page} von ${pages}`, { size: 7.5, align: 'right', color: GRAY });
  });
  ctx.set('name', fake.fullName(parent));
  ctx.set('elterngeld_monatlich', newAmount);
  ctx.set('bezug_von', von);
  ctx.set('bezug_bis', bis);
}

/**
 * Blind13 (holdout): a notice that grants part of the life months applied for and refuses the
 * rest, from a Bavarian ZBFS region or a city's or Land's Elterngeld office: the parent, the child
 * and the Elterngeld number as a block of "label: value" lines under the subject; the decision as
 * a table that sets what was applied for beside what was decided, one row per run of life months
 * (maternity benefits set off at 0,00, granted, refused with a dash) with the period of each run
 * in one cell; either the two partner months refused to a mother or father who claimed them as a
 * single parent while the other parent is registered in the same flat, or, for a father whose
 * application came late, the first life months refused because Elterngeld is paid back only for
 * the last three life months before the month of application; the refusal repeated in a sentence
 * with its dates, the back payment for the months already begun and the account; the reasoning
 * with the assessment months and the average income; remedy, duties and the income-tax note on
 * page 2; the Land's or town's cash office IBAN in the footer.
 */
function blind13Teilablehnung(ctx: Ctx): void {
  const rng = ctx.rng;
  const variant = rng.pick(['partnermonate', 'partnermonate', 'verspaetet'] as const);
  const mother = variant === 'partnermonate' ? rng.chance(0.8) : false;
  const parent = fake.person(rng, { bornFrom: 1983, bornTo: 2001, gender: mother ? 'f' : 'm' });
  parent.title = undefined;
  const issuers: readonly (readonly [string, string, string, string, string])[] = [
    ['Zentrum Bayern Familie und Soziales', 'Region Oberbayern – Elterngeldstelle', 'München', '80335', 'Staatsoberkasse Bayern'],
    ['Zentrum Bayern Familie und Soziales', 'Region Mittelfranken – Elterngeldstelle', 'Nürnberg', '90443', 'Staatsoberkasse Bayern'],
    ['Zentrum Bayern Familie und Soziales', 'Region Schwaben – Elterngeldstelle', 'Augsburg', '86150', 'Staatsoberkasse Bayern'],
    ['Zentrum Bayern Familie und Soziales', 'Region Oberpfalz – Elterngeldstelle', 'Regensburg', '93047', 'Staatsoberkasse Bayern'],
    ['Zentrum Bayern Familie und Soziales', 'Region Unterfranken – Elterngeldstelle', 'Würzburg', '97070', 'Staatsoberkasse Bayern'],
    ['Stadt Bochum', 'Jugendamt – Elterngeldstelle', 'Bochum', '44787', 'Stadtkasse Bochum'],
    ['Stadt Münster', 'Amt für Kinder, Jugendliche und Familien – Elterngeld', 'Münster', '48143', 'Stadtkasse Münster'],
    ['Stadt Bielefeld', 'Amt für Jugend und Familie – Elterngeldstelle', 'Bielefeld', '33602', 'Stadtkasse Bielefeld'],
    ['Stadt Osnabrück', 'Fachbereich Kinder, Jugendliche und Familien – Elterngeld', 'Osnabrück', '49074', 'Stadtkasse Osnabrück'],
    ['Landesamt für Soziales', 'Elterngeldstelle', 'Saarbrücken', '66111', 'Landeshauptkasse Saarland'],
  ];
  const [office, unit, seat, seatPlz, kasseName] = rng.pick(issuers);
  const homeCity = seat === 'München' ? rng.pick(['München', 'Rosenheim']) : seat;
  const address = fake.address(rng, { city: homeCity });
  const officeAddress: fake.Address = { ...fake.address(rng, { city: seat }), plz: seatPlz };
  const requested = variant === 'partnermonate' ? 14 : rng.pick([4, 6, 12]);
  // the notice follows the application's receipt by three to nine weeks; a late application
  // arrives in the 5th or 6th life month
  const proc = rng.int(21, 65);
  const lateTarget = variant === 'verspaetet' ? rng.int(1, 2) : 0;
  const birthRaw = variant === 'verspaetet' ? addDays(addMonths(ctx.today, -(lateTarget + 3)), -(proc + rng.int(6, 18))) : addDays(ctx.today, -(proc + rng.int(22, 60)));
  const birth = iso(Number(birthRaw.slice(0, 4)), Number(birthRaw.slice(5, 7)), Math.min(28, Number(birthRaw.slice(8, 10))));
  const child = fake.person(rng, { last: parent.last });
  child.title = undefined;
  child.birth = birth;
  const other = fake.person(rng, { bornFrom: 1980, bornTo: 2000, gender: mother ? 'm' : 'f', last: rng.chance(0.5) ? parent.last : undefined });
  other.title = undefined;
  const applied = addDays(ctx.today, -proc - rng.int(1, 3));
  const received = addDays(applied, 1);
  let receiptLm = 1;
  while (lmStart(birth, receiptLm + 1) <= received) receiptLm++;
  const late = variant === 'verspaetet' ? Math.max(1, receiptLm - 4) : 0;
  const maternity = mother && rng.chance(0.7) ? 2 : 0;
  const granted = variant === 'partnermonate' ? 12 : requested;
  type Status = 'ruht' | 'bewilligt' | 'abgelehnt';
  const status = (lm: number): Status => (lm <= late ? 'abgelehnt' : lm > granted ? 'abgelehnt' : lm <= maternity ? 'ruht' : 'bewilligt');
  const income = cents(rng.float(1050, 3100));
  const rate = income > 1240 ? 65 : 67;
  const amount = cents(Math.max(300, Math.min(1800, (income * rate) / 100)));
  const firstPaid = Math.max(maternity, late) + 1;
  const von = lmStart(birth, firstPaid);
  const bis = lmEnd(birth, granted);
  const begun = Array.from({ length: granted - firstPaid + 1 }, (_, i) => firstPaid + i).filter((lm) => lmStart(birth, lm) <= ctx.today);
  const back = cents(begun.length * amount);
  const acc = fake.bankAccount(rng);
  const kasse = fake.bankAccount(rng);
  const clerk = fake.person(rng);
  const egNo = office.startsWith('Zentrum') ? `${rng.int(1, 9)}${rng.digits(2)} ${rng.digits(3)} ${rng.digits(3)} ${rng.digits(1)}` : `${rng.pick(['EG', '51/EG', 'EG-'])}${rng.digits(6)}`;
  const birthMonth = `${birth.slice(0, 7)}-01`;
  const assessFrom = addMonths(birthMonth, -12);
  const assessTo = addDays(birthMonth, -1);
  const mm = (x: IsoDate) => `${MONTHS_DE[Number(x.slice(5, 7)) - 1]} ${x.slice(0, 4)}`;
  const sameFlatSince = addDays(birth, -rng.int(200, 1500));
  const lmText = (a: number, b: number) => (a === b ? `${a}.` : `${a}.–${b}.`);

  const accent: [number, number, number] = office.startsWith('Zentrum') ? [0.0, 0.4, 0.65] : rng.pick([[0.45, 0.1, 0.15], [0.1, 0.3, 0.3], [0.25, 0.25, 0.3]]);
  const d = ctx.start({ family: rng.pick(['helvetica', 'helvetica', 'times']), size: 9.8, margins: { left: 70, right: 58, top: 60, bottom: 86 } });
  // letterhead: office and unit at the left, a thin accent rule, the office's address at the right
  d.text(d.left, 48, office, { size: 13.5, bold: true, color: accent });
  d.text(d.left, 62, unit, { size: 9.5 });
  d.hline(70, d.left, d.right, 1, accent);
  [`${officeAddress.street} ${officeAddress.no}`, `${officeAddress.plz} ${seat}`, `Telefon ${fake.phone(rng)}`, `Servicezeiten Mo–Fr 8–12 Uhr`].forEach((l, i) => d.text(d.right, 86 + i * 10, l, { size: 7.8, align: 'right', color: GRAY }));
  returnLine(d, `${office} · ${officeAddress.street} ${officeAddress.no} · ${officeAddress.plz} ${seat}`);
  addressWindow(d, recipientLines(ctx, parent, address));
  const refs: [string, string][] = [
    [ctx.pick(['Ihr Antrag vom'], ['Antrag vom', 'Ihr Schreiben vom']), ctx.ndate(applied)],
    [ctx.pick(['Eingang'], ['Eingegangen am', 'Antragseingang']), ctx.ndate(received)],
    ['Bearbeitet von', `${clerk.gender === 'f' ? 'Frau' : 'Herr'} ${clerk.last}`],
    ['Durchwahl', rng.digits(3)],
    ['Datum', ctx.ndate(ctx.today)],
  ];
  refs.forEach(([l, v], i) => {
    d.text(372, 160 + i * 12, l, { size: 8, color: GRAY });
    d.text(d.right, 160 + i * 12, v, { size: 8.5, align: 'right' });
  });
  d.y = 262;
  d.write(ctx.pick(['Bescheid über Elterngeld'], ['Elterngeldbescheid – teilweise Bewilligung', 'Bescheid über die teilweise Bewilligung von Elterngeld']), { size: 12, bold: true });
  d.write(`nach dem Bundeselterngeld- und Elternzeitgesetz (BEEG)`, { size: 9 });
  d.move(4);
  // the parties as label: value lines under the subject
  const lw = 150;
  const pair = (l: string, v: string, field?: string) => {
    d.row([{ x: d.left, text: `${l}:`, color: GRAY }, { x: d.left + lw, text: v, field, bold: !!field }], { size: 9.3, minHeight: 12.5 });
  };
  pair(ctx.pick(['Antragsteller/in'], ['Berechtigte Person', 'Antragstellende Person']), ctx.name(parent), 'name');
  pair('Kind', `${child.first} ${child.last}, geboren am ${ctx.date(birth)}`);
  pair(office.startsWith('Zentrum') ? 'Elterngeld-Nummer' : 'Aktenzeichen', egNo);
  d.move(8);
  d.write(anrede(parent));
  d.para(`über Ihren Antrag auf ${ctx.pick(['Basiselterngeld'], ['Elterngeld (Basiselterngeld)'])} entscheiden wir wie folgt. Die Tabelle stellt die von Ihnen beantragten Lebensmonate unserer Entscheidung gegenüber:`);

  // the decision table: runs of life months with the same status
  const runs: { a: number; b: number; s: Status }[] = [];
  for (let lm = 1; lm <= requested; lm++) {
    const s = status(lm);
    const last = runs[runs.length - 1];
    if (last && last.s === s && last.b === lm - 1) last.b = lm;
    else runs.push({ a: lm, b: lm, s });
  }
  const c = { lm: d.left + 2, zr: d.left + 54, art: d.left + 196, ent: d.left + 290, btr: d.right - 2 };
  const headTop = d.y;
  d.rect(d.left, headTop, d.contentWidth, 26, { fill: [0.9, 0.92, 0.95] });
  const hb = { size: 8.4, bold: true };
  d.text(c.lm, headTop + 10.5, 'Lebens-', hb);
  d.text(c.lm, headTop + 20.5, 'monat', hb);
  d.text(c.zr, headTop + 15.5, 'Zeitraum', hb);
  d.text(c.art, headTop + 15.5, ctx.pick(['beantragt'], ['Ihr Antrag']), hb);
  d.text(c.ent, headTop + 15.5, 'Entscheidung', hb);
  d.text(c.btr, headTop + 10.5, 'monatlich', { ...hb, align: 'right' });
  d.text(c.btr, headTop + 20.5, 'in Euro', { ...hb, align: 'right' });
  d.y = headTop + 29;
  for (const r of runs) {
    const from = ctx.ndate(lmStart(birth, r.a));
    const to = ctx.ndate(lmEnd(birth, r.b));
    const paid = r.s === 'bewilligt';
    d.row([
      { x: c.lm, text: lmText(r.a, r.b) },
      { x: c.zr, text: `${from} – ${to}` },
      { x: c.art, text: 'Basiselterngeld' },
      { x: c.ent, text: r.s === 'bewilligt' ? 'bewilligt' : r.s === 'ruht' ? 'Anrechnung Mutterschaftsleistungen' : 'abgelehnt', width: c.btr - c.ent - 48, bold: r.s !== 'ruht' },
      { x: c.btr, text: r.s === 'abgelehnt' ? '–' : paid ? decimal(amount) : '0,00', align: 'right', field: paid ? 'elterngeld_monatlich' : undefined },
    ], { size: 8.8, minHeight: 16, leading: 1.2 });
    if (paid) {
      d.place('bezug_von', from);
      d.place('bezug_bis', to);
    }
    d.hline(d.y, d.left, d.right, 0.3, GRAY);
  }
  d.move(10);

  const refusedRun = runs.find((r) => r.s === 'abgelehnt')!;
  const rFrom = ctx.date(lmStart(birth, refusedRun.a));
  const rTo = ctx.date(lmEnd(birth, refusedRun.b));
  const num = (n: string, text: string) => {
    d.ensure(30);
    d.text(d.left, d.y + 9.8, n, { bold: true });
    d.para(text, { x: d.left + 20, after: 5 });
  };
  num('1.', `Für die Zeit vom ${ctx.v('bezug_von', ctx.date(von))} bis ${ctx.v('bezug_bis', ctx.date(bis))} (${lmText(firstPaid, granted)} Lebensmonat) erhalten Sie Basiselterngeld in Höhe von ${ctx.money(amount)} monatlich.`);
  num('2.', `Soweit Sie Elterngeld für den ${refusedRun.a === refusedRun.b ? `${refusedRun.a}.` : `${refusedRun.a}. und ${refusedRun.b}.`} Lebensmonat Ihres Kindes (${rFrom} bis ${rTo}) beantragt haben, wird Ihr Antrag abgelehnt.`);
  num('3.', begun.length
    ? `Für die bereits begonnenen Lebensmonate zahlen wir Ihnen ${ctx.money(back)} nach. Dieser Betrag und die weiteren Zahlungen werden auf Ihr Konto ${ctx.iban(acc.iban)} bei der ${acc.bank.name} überwiesen.`
    : `Die Zahlungen werden im Laufe des jeweiligen Lebensmonats auf Ihr Konto ${ctx.iban(acc.iban)} bei der ${acc.bank.name} überwiesen.`);

  d.ensure(80);
  d.move(6);
  d.write('Begründung', { bold: true, size: 10.5 });
  d.write('Zur Höhe des Elterngeldes', { bold: true, size: 9.5 });
  d.para(`Maßgeblich ist Ihr Einkommen aus nichtselbstständiger Erwerbstätigkeit in den zwölf Kalendermonaten vor dem Monat der Geburt, hier ${mm(assessFrom)} bis ${mm(assessTo)}. Nach Abzug der Pauschalen für Steuern und Sozialabgaben ergibt sich ein durchschnittliches monatliches Einkommen von ${ctx.money(income)}. Davon beträgt das Elterngeld ${rate} Prozent.${amount === 300 ? ' Es wird jedoch mindestens der Mindestbetrag von 300 Euro gezahlt.' : amount === 1800 ? ' Es ist jedoch auf den Höchstbetrag von 1.800 Euro begrenzt.' : ''}`);
  if (maternity) d.para('Im 1. und 2. Lebensmonat stehen Ihnen Mutterschaftsleistungen zu (Mutterschaftsgeld und Arbeitgeberzuschuss). Sie werden auf das Elterngeld angerechnet; diese Lebensmonate gelten als Monate, für die Sie Basiselterngeld beziehen (§ 4 Abs. 5 BEEG).');
  d.write('Zur Ablehnung', { bold: true, size: 9.5 });
  if (variant === 'partnermonate') {
    d.para(`Ein Elternteil kann höchstens für zwölf Lebensmonate Basiselterngeld beziehen. Zwei weitere Monate stehen einem Elternteil allein nur zu, wenn der andere Elternteil nicht mit ihm und dem Kind in einer Wohnung lebt (§ 4c BEEG). Nach unserer Anfrage bei der Meldebehörde ist ${other.gender === 'f' ? 'Frau' : 'Herr'} ${other.first} ${other.last}, geboren am ${ctx.date(other.birth)}, seit dem ${ctx.date(sameFlatSince)} unter Ihrer Anschrift gemeldet. Sie haben nicht dargelegt, dass Sie getrennt leben. Der andere Elternteil hat für sich kein Elterngeld beantragt; ein Anspruch auf die Partnermonate besteht daher ebenfalls nicht.`);
  } else {
    d.para(`Elterngeld wird rückwirkend nur für die letzten drei Lebensmonate vor Beginn des Lebensmonats gezahlt, in dem der Antrag eingegangen ist (§ 7 Abs. 1 Satz 2 BEEG). Ihr Antrag ist am ${ctx.date(received)} und damit im ${receiptLm}. Lebensmonat Ihres Kindes bei uns eingegangen. Für den ${late === 1 ? '1.' : '1. und 2.'} Lebensmonat kann Elterngeld deshalb nicht mehr gezahlt werden. Dass Sie über die Antragsfrist nicht informiert waren, ändert daran nichts.`);
  }
  d.para(rng.pick(HINWEISE), { size: 9 });
  rechtsbehelf(ctx, `dem ${office}, ${unit.split(' – ')[0]}, ${officeAddress.street} ${officeAddress.no}, ${officeAddress.plz} ${seat}`);
  d.ensure(60);
  d.write(ctx.pick(['Wichtige Hinweise'], ['Bitte beachten Sie']), { bold: true, size: 9.5 });
  d.para(`Elterngeld ist steuerfrei, unterliegt aber dem Progressionsvorbehalt. Wir übermitteln die im Kalenderjahr gezahlten Beträge an das Finanzamt. Bitte teilen Sie uns unverzüglich mit, wenn Sie während des Bezugs eine Erwerbstätigkeit aufnehmen oder wenn sich Ihre Anschrift oder Bankverbindung ändert.`, { size: 9 });
  closing(ctx, { signer: fake.fullName(clerk), auftrag: true });
  d.onEveryPage((doc, page, pages) => {
    const top = doc.height - 60;
    doc.hline(top - 8, doc.left, doc.right, 0.3, GRAY);
    [[office, unit.split(' – ')[0]], [`${kasseName}`, `IBAN ${fake.groupIban(kasse.iban)}`, `BIC ${kasse.bank.bic}`], [`${office.startsWith('Zentrum') ? 'Elterngeld-Nr.' : 'Az.'} ${egNo}`, 'bitte bei Rückfragen angeben']].forEach((col, i) =>
      col.forEach((l, j) => doc.text(doc.left + [0, 165, 330][i], top + j * 8.5, l, { size: 6.6, color: GRAY })));
    doc.text(doc.right, doc.height - 26, `Seite ${page} von ${pages}`, { size: 7.5, align: 'right', color: GRAY });
  });
  ctx.set('name', fake.fullName(parent));
  ctx.set('elterngeld_monatlich', amount);
  ctx.set('bezug_von', von);
  ctx.set('bezug_bis', bis);
}

/**
 * blind14: a district's or Land office's grant of Basiselterngeld for a child born at least six
 * weeks before the expected day, with the additional life months of § 4 Abs. 5 BEEG. For a mother
 * with maternity benefits the prolonged protection period (twelve weeks plus the days lost before
 * the birth) is set off in full against the first life months and partly against the next one; a
 * father takes the partner months after the mother's twelve plus the additional months. The
 * decision as Roman-numbered sentences, a ruled overview per life month with the days of maternity
 * benefit, the amount set off and the amount paid, the extra months marked, a sum row; the
 * reasoning with the expected day, the hospital stay, the daily maternity benefit and top-up.
 */
function blind14FruehgeburtZusatzmonate(ctx: Ctx): void {
  const rng = ctx.rng;
  const mother = rng.chance(0.78);
  const parent = fake.person(rng, { bornFrom: 1983, bornTo: 2002, gender: mother ? 'f' : 'm' });
  parent.title = undefined;
  const other = fake.person(rng, { bornFrom: 1980, bornTo: 2001, gender: mother ? 'm' : 'f', last: rng.chance(0.6) ? parent.last : undefined });
  other.title = undefined;
  const issuers: readonly (readonly [string, string, string, string, string])[] = [
    ['Landratsamt Mittelsachsen', 'Abteilung Soziales – Elterngeldstelle', 'Freiberg', '09599', 'Kreiskasse Mittelsachsen'],
    ['Landratsamt Bautzen', 'Jugendamt – Sachgebiet Elterngeld', 'Bautzen', '02625', 'Kreiskasse Bautzen'],
    ['Landkreis Göttingen', 'Fachbereich Jugend – Elterngeldstelle', 'Göttingen', '37073', 'Kreiskasse Göttingen'],
    ['Stadt Jena', 'Fachdienst Familie und Bildung – Elterngeld', 'Jena', '07743', 'Stadtkasse Jena'],
    ['Stadt Weimar', 'Amt für Familie und Soziales – Elterngeldstelle', 'Weimar', '99423', 'Stadtkasse Weimar'],
    ['Hessisches Amt für Versorgung und Soziales Fulda', 'Elterngeldstelle', 'Fulda', '36037', 'Landeshauptkasse Hessen'],
    ['Stadt Kassel', 'Jugendamt – Abteilung Elterngeld', 'Kassel', '34117', 'Stadtkasse Kassel'],
    ['Landratsamt Zwickau', 'Amt für Familie und Soziales – Elterngeld', 'Zwickau', '08056', 'Kreiskasse Zwickau'],
  ];
  const [office, unit, seat, seatPlz, kasseName] = rng.pick(issuers);
  const address = fake.address(rng, { city: seat });
  const officeAddress: fake.Address = { ...fake.address(rng, { city: seat }), plz: seatPlz };
  // how early: six weeks give one more month, eight two, twelve three, sixteen four (§ 4 Abs. 5 BEEG)
  const weeksEarly = rng.pick([6, 6, 7, 8, 9, 10, 12, 13, 16]);
  const extra = weeksEarly >= 16 ? 4 : weeksEarly >= 12 ? 3 : weeksEarly >= 8 ? 2 : 1;
  const proc = rng.int(24, 70);
  const birthRaw = addDays(ctx.today, -(proc + rng.int(25, 80)));
  const birth = iso(Number(birthRaw.slice(0, 4)), Number(birthRaw.slice(5, 7)), Math.min(28, Number(birthRaw.slice(8, 10))));
  const expected = addDays(birth, weeksEarly * 7 + rng.int(0, 5));
  const child = fake.person(rng, { last: parent.last });
  child.title = undefined;
  child.birth = birth;
  const clinicTo = addDays(birth, rng.int(18, 75));
  const applied = addDays(ctx.today, -proc);
  const income = cents(rng.float(1000, 3300));
  const rate = income > 1240 ? 65 : 67;
  const amount = cents(Math.max(300, Math.min(1800, (income * rate) / 100)));
  // a mother employed before the birth gets maternity benefit for twelve weeks plus the 42 days she
  // could not take before it; the days of each life month covered by it are set off
  const maternity = mother && rng.chance(0.75);
  const mutterDays = 84 + 42;
  const mutterEnd = addDays(birth, mutterDays - 1);
  const dailyMg = 13;
  const dailyAg = cents(rng.float(22, 85));
  const months = mother ? Array.from({ length: 12 + extra }, (_, i) => i + 1) : Array.from({ length: 2 + extra }, (_, i) => 13 + i);
  const dayCount = (a: IsoDate, b: IsoDate) => Math.round((Date.parse(b) - Date.parse(a)) / 86400000) + 1;
  const rows = months.map((lm) => {
    const a = lmStart(birth, lm);
    const b = lmEnd(birth, lm);
    const total = dayCount(a, b);
    const covered = !maternity || a > mutterEnd ? 0 : b <= mutterEnd ? total : dayCount(a, mutterEnd);
    const paid = covered === 0 ? amount : covered === total ? 0 : cents((amount * (total - covered)) / total);
    return { lm, a, b, covered, setOff: cents(amount - paid), paid, zusatz: lm > (mother ? 12 : 14) };
  });
  const paidRows = rows.filter((r) => r.paid > 0);
  const von = paidRows[0].a;
  const bis = paidRows[paidRows.length - 1].b;
  const sum = cents(rows.reduce((s, r) => s + r.paid, 0));
  const over = rows.filter((r) => r.b < ctx.today && r.paid > 0);
  const back = cents(over.reduce((s, r) => s + r.paid, 0));
  const acc = fake.bankAccount(rng);
  const kasse = fake.bankAccount(rng);
  const clerk = fake.person(rng);
  const egNo = `${rng.pick(['EG', 'EG-', '51.3-'])}${rng.digits(2)}/${rng.digits(5)}`;
  const birthMonth = `${birth.slice(0, 7)}-01`;
  const mm = (x: IsoDate) => `${MONTHS_DE[Number(x.slice(5, 7)) - 1]} ${x.slice(0, 4)}`;
  const words = ['', 'einen', 'zwei', 'drei', 'vier'];
  const lastLm = months[months.length - 1];
  const firstLm = months[0];

  const accent: [number, number, number] = rng.pick([[0.12, 0.32, 0.22], [0.2, 0.25, 0.5], [0.5, 0.2, 0.1], [0.25, 0.25, 0.25]]);
  const d = ctx.start({ family: rng.pick(['times', 'times', 'helvetica']), size: 10, margins: { left: 66, right: 56, top: 58, bottom: 88 } });
  // letterhead: a small shield at the left, office and unit beside it; the contact lines at the right
  d.rect(d.left, 36, 20, 24, { stroke: accent, lineWidth: 1.2 });
  d.line(d.left, 48, d.left + 20, 48, 0.8, accent);
  d.text(d.left + 30, 47, office, { size: 12.5, bold: true });
  d.text(d.left + 30, 60, unit, { size: 9, color: accent });
  const contact = [
    ctx.pick(['Ihre Ansprechperson'], ['Es schreibt Ihnen', 'Zuständig']),
    `${clerk.gender === 'f' ? 'Frau' : 'Herr'} ${clerk.first.split(' ')[0]} ${clerk.last}`,
    `Zimmer ${rng.int(1, 4)}.${rng.digits(2)}`,
    `Telefon ${fake.phone(rng)}`,
    `elterngeld@${seat.toLowerCase().replace(/ä/g, 'ae').replace(/ö/g, 'oe').replace(/ü/g, 'ue').replace(/[^a-z]/g, '')}.de`,
  ];
  contact.forEach((l, i) => d.text(400, 150 + i * 11, l, { size: 8, bold: i === 0, color: i === 0 ? [0, 0, 0] : GRAY }));
  d.text(400, 150 + contact.length * 11 + 6, `${ctx.pick(['Elterngeld-Nr.'], ['Geschäftszeichen', 'Elterngeldnummer'])}: ${egNo}`, { size: 8 });
  d.text(400, 150 + contact.length * 11 + 17, `${seat}, ${ctx.date(ctx.today)}`, { size: 8 });
  returnLine(d, `${office} · ${officeAddress.street} ${officeAddress.no} · ${officeAddress.plz} ${seat}`);
  const nameInWindow = rng.chance(0.5);
  addressWindow(d, recipientLines(ctx, parent, address, nameInWindow ? { name: 'name' } : {}));

  d.y = 258;
  d.write(ctx.pick(['Bescheid über Basiselterngeld'], ['Elterngeldbescheid', 'Bewilligungsbescheid Elterngeld']), { size: 12, bold: true });
  d.write(`– einschließlich zusätzlicher Lebensmonate bei Frühgeburt (§ 4 Abs. 5 BEEG) –`, { size: 9.5, bold: true });
  d.write(`${ctx.pick(['Berechtigte Person'], ['Elterngeldberechtigt', 'Anspruchsberechtigt'])}: ${nameInWindow ? ctx.name(parent) : ctx.v('name', ctx.name(parent))} – Kind: ${child.first} ${child.last}, geboren am ${ctx.date(birth)}`, { size: 9.5 });
  d.move(8);
  d.write(anrede(parent));
  d.para(`über Ihren Antrag vom ${ctx.date(applied)} entscheide ich wie folgt:`);

  const roman = (n: string, text: string) => {
    d.ensure(28);
    d.text(d.left + 4, d.y + 10, n, { bold: true });
    d.para(text, { x: d.left + 26, after: 4 });
  };
  const lmRange = `${firstLm}. bis ${lastLm}.`;
  roman('I.', `Für den ${lmRange} Lebensmonat Ihres Kindes wird Ihnen Basiselterngeld bewilligt. Darin ${extra === 1 ? 'ist ein zusätzlicher Lebensmonat' : `sind ${words[extra]} zusätzliche Lebensmonate`} enthalten, weil Ihr Kind ${weeksEarly} Wochen vor dem errechneten Geburtstermin zur Welt gekommen ist.`);
  roman('II.', `${ctx.pick(['Das Elterngeld beträgt'], ['Ihr Elterngeldanspruch beläuft sich auf', 'Die Höhe des Basiselterngeldes beträgt'])} ${ctx.v('elterngeld_monatlich', ctx.money(amount))} ${ctx.pick(['monatlich'], ['je Lebensmonat', 'für jeden Lebensmonat'])}.${maternity ? ' Mutterschaftsleistungen, die Ihnen für die Zeit nach der Geburt zustehen, werden darauf angerechnet.' : ''}`);
  roman('III.', `Ausgezahlt wird das Elterngeld für die Zeit vom ${ctx.v('bezug_von', ctx.date(von))} bis ${ctx.v('bezug_bis', ctx.date(bis))}. Die Beträge der einzelnen Lebensmonate ergeben sich aus der folgenden Übersicht.`);
  roman('IV.', over.length
    ? `Für die bereits abgelaufenen Lebensmonate werden Ihnen ${ctx.money(back)} nachgezahlt. Alle Zahlungen gehen auf Ihr Konto ${ctx.iban(acc.iban)} (${acc.bank.name}).`
    : `Die erste Zahlung erfolgt am Ende des ${paidRows[0].lm}. Lebensmonats auf Ihr Konto ${ctx.iban(acc.iban)} (${acc.bank.name}).`);

  // the overview per life month
  d.move(4);
  d.ensure(60);
  d.write(ctx.pick(['Übersicht der Lebensmonate'], ['Zahlungsübersicht nach Lebensmonaten', 'Ihre Lebensmonate im Einzelnen']), { bold: true, size: 10 });
  const col = { lm: d.left + 2, zr: d.left + 40, mu: d.left + 196, an: d.left + 300, au: d.right - 58, ve: d.right - 52 };
  const tableHead = () => {
    const head = d.y;
    d.hline(head, d.left, d.right, 0.9);
    const hs = { size: 7.8, bold: true };
    d.text(col.lm, head + 10, 'LM', hs);
    d.text(col.zr, head + 10, 'Zeitraum', hs);
    d.text(col.mu + 60, head + 10, maternity ? 'Tage mit' : '', { ...hs, align: 'right' });
    d.text(col.mu + 60, head + 19, maternity ? 'Mutterschaftsg.' : '', { ...hs, align: 'right' });
    d.text(col.an + 20, head + 10, 'Anrechnung', { ...hs, align: 'right' });
    d.text(col.an + 20, head + 19, 'EUR', { ...hs, align: 'right' });
    d.text(col.au, head + 10, 'Auszahlung', { ...hs, align: 'right' });
    d.text(col.au, head + 19, 'EUR', { ...hs, align: 'right' });
    d.text(col.ve, head + 10, 'Vermerk', hs);
    d.y = head + 23;
    d.hline(d.y, d.left, d.right, 0.5);
  };
  tableHead();
  for (const r of rows) {
    const before = d.page;
    d.ensure(14);
    if (d.page !== before) {
      d.write('Übersicht der Lebensmonate (Fortsetzung)', { size: 8.5, color: GRAY });
      tableHead();
    }
    d.row([
      { x: col.lm, text: `${r.lm}.` },
      { x: col.zr, text: `${ctx.ndate(r.a)} – ${ctx.ndate(r.b)}` },
      { x: col.mu + 60, text: maternity ? String(r.covered) : '', align: 'right' },
      { x: col.an + 20, text: decimal(r.setOff), align: 'right' },
      { x: col.au, text: decimal(r.paid), align: 'right', bold: r.zusatz },
      { x: col.ve, text: r.zusatz ? 'Frühgeburt' : r.paid === 0 ? 'ruht' : '', size: 7.5, color: GRAY },
    ], { size: 8.6, minHeight: 13 });
    d.hline(d.y, d.left, d.right, 0.25, GRAY);
  }
  d.row([
    { x: col.zr, text: 'Summe', bold: true },
    { x: col.an + 20, text: decimal(cents(rows.reduce((s, r) => s + r.setOff, 0))), align: 'right', bold: true },
    { x: col.au, text: decimal(sum), align: 'right', bold: true },
  ], { size: 8.6, minHeight: 14 });
  d.hline(d.y, d.left, d.right, 0.9);
  d.move(10);

  d.ensure(80);
  d.write('Begründung', { bold: true, size: 10.5 });
  d.para(`Ihr Kind wurde am ${ctx.date(birth)} geboren; errechnet war die Geburt für den ${ctx.date(expected)}. Nach der Geburt wurde es bis zum ${ctx.date(clinicTo)} stationär in der Klinik für Neonatologie betreut. Weil die Geburt mindestens ${weeksEarly >= 16 ? 16 : weeksEarly >= 12 ? 12 : weeksEarly >= 8 ? 8 : 6} Wochen vor dem errechneten Termin lag, verlängert sich der Anspruch auf Basiselterngeld um ${extra === 1 ? 'einen Lebensmonat' : `${words[extra]} Lebensmonate`}. Basiselterngeld kann damit bis zum ${14 + extra}. Lebensmonat bezogen werden; ein Elternteil allein kann höchstens ${12 + extra} Monatsbeträge erhalten.`);
  d.para(`Bemessungszeitraum sind die zwölf Kalendermonate vor dem Monat der Geburt (${mm(addMonths(birthMonth, -12))} bis ${mm(addMonths(birthMonth, -1))}). Ihr durchschnittliches monatliches Einkommen nach Abzug der Pauschalen für Steuern und Sozialabgaben beträgt ${ctx.money(income)}; das Elterngeld beträgt davon ${rate} Prozent.${amount === 300 ? ' Es wird jedoch der Mindestbetrag von 300 Euro gezahlt.' : amount === 1800 ? ' Es ist auf den Höchstbetrag von 1.800 Euro begrenzt.' : ''}`);
  if (maternity) d.para(`Bei einer Frühgeburt endet die Schutzfrist nach der Geburt zwölf Wochen nach der Entbindung und verlängert sich um die Tage, die vor der Geburt nicht in Anspruch genommen werden konnten. Ihre Schutzfrist endete deshalb am ${ctx.date(mutterEnd)}. Bis dahin erhalten Sie Mutterschaftsgeld der Krankenkasse von ${ctx.money(dailyMg)} und einen Zuschuss Ihres Arbeitgebers von ${ctx.money(dailyAg)} kalendertäglich. Diese Leistungen werden tageweise auf das Elterngeld angerechnet (§ 3 Abs. 1 BEEG); die betroffenen Lebensmonate gelten als Monate, in denen Sie Elterngeld beziehen.`);
  d.para(mother
    ? `${other.gender === 'f' ? 'Frau' : 'Herr'} ${other.first} ${other.last} hat Basiselterngeld für den 13. und 14. Lebensmonat beantragt; darüber ergeht ein gesonderter Bescheid.`
    : `Die Mutter des Kindes, ${other.gender === 'f' ? 'Frau' : 'Herr'} ${other.first} ${other.last}, bezieht Basiselterngeld für den 1. bis 12. Lebensmonat (Bescheid vom ${ctx.date(addDays(birth, rng.int(14, 24)))}). Nach Ihren gemeinsamen Angaben im Antrag entfallen die zusätzlichen Lebensmonate wegen der Frühgeburt auf Sie.`);
  d.ensure(60);
  d.write(ctx.pick(['Hinweise'], ['Bitte beachten Sie']), { bold: true, size: 10 });
  d.para(`Elterngeld ist steuerfrei, unterliegt aber dem Progressionsvorbehalt; die gezahlten Beträge werden dem Finanzamt elektronisch übermittelt. Teilen Sie uns bitte sofort mit, wenn Sie während des Bezugs eine Erwerbstätigkeit aufnehmen, wenn Ihr Kind nicht mehr in Ihrem Haushalt lebt oder sich Ihre Bankverbindung ändert.`, { size: 9 });
  d.para(rng.pick(HINWEISE), { size: 9 });
  rechtsbehelf(ctx, `der Elterngeldstelle (${office}, ${officeAddress.street} ${officeAddress.no}, ${officeAddress.plz} ${seat})`);
  closing(ctx, { signer: fake.fullName(clerk), auftrag: true });
  d.onEveryPage((doc, page, pages) => {
    const top = doc.height - 62;
    doc.hline(top - 8, doc.left, doc.right, 0.4, accent);
    [[office, `${officeAddress.street} ${officeAddress.no}`, `${officeAddress.plz} ${seat}`], ['Bankverbindung', kasseName, `IBAN ${fake.groupIban(kasse.iban)}`, `BIC ${kasse.bank.bic}`], ['Sprechzeiten', 'Di 9–12 und 13–18 Uhr', 'Do 9–12 Uhr', 'und nach Vereinbarung']].forEach((c, i) =>
      c.forEach((l, j) => doc.text(doc.left + [0, 170, 330][i], top + j * 8.3, l, { size: 6.5, color: GRAY })));
    doc.text(doc.right, doc.height - 24, `Seite ${page}/${pages}`, { size: 7.5, align: 'right', color: GRAY });
  });
  ctx.set('name', fake.fullName(parent));
  ctx.set('elterngeld_monatlich', amount);
  ctx.set('bezug_von', von);
  ctx.set('bezug_bis', bis);
}

/**
 * blind15: a town's or district's Elterngeld notice to a parent who drew Bürgergeld before the
 * birth, with no earnings or only a mini-job: the minimum amount or the amount from the mini-job's
 * pay, the allowance that stays free of the Bürgergeld (§ 10 Abs. 5 BEEG), the Jobcenter's claim to
 * the back payment (§ 104 SGB X) split from what the parent gets, and a detachable sheet for the
 * Jobcenter on the last page.
 */
function blind15BuergergeldFreibetrag(ctx: Ctx): void {
  const rng = ctx.rng;
  const mother = rng.chance(0.8);
  const parent = fake.person(rng, { bornFrom: 1984, bornTo: 2004, gender: mother ? 'f' : 'm' });
  parent.title = undefined;
  const issuers: readonly (readonly [string, string, string, string])[] = [
    ['Landeshauptstadt Hannover', 'Fachbereich Jugend und Familie – Elterngeldstelle', 'Hannover', '30159'],
    ['Bezirksamt Marzahn-Hellersdorf von Berlin', 'Jugendamt – Elterngeldstelle', 'Berlin', '12347'],
    ['Stadt Dortmund', 'Jugendamt – Elterngeld und Unterhaltsvorschuss', 'Dortmund', '44135'],
    ['Freie Hansestadt Bremen', 'Amt für Soziale Dienste – Elterngeldstelle', 'Bremen', '28195'],
    ['Landeshauptstadt Magdeburg', 'Jugendamt – Sachgebiet Elterngeld', 'Magdeburg', '39104'],
    ['Stadt Duisburg', 'Amt für Soziales und Wohnen – Elterngeldkasse', 'Duisburg', '47051'],
    ['Stadt Gera', 'Fachdienst Jugend und Soziales – Elterngeld', 'Gera', '07545'],
  ];
  const [office, unit, seat, seatPlz] = rng.pick(issuers);
  const address = fake.address(rng, { city: seat });
  const officeAddress: fake.Address = { ...fake.address(rng, { city: seat }), plz: seatPlz };
  const plus = rng.chance(0.3);
  // before the birth: Bürgergeld only, or a mini-job beside it
  const minijob = rng.chance(0.55);
  const earned = minijob ? cents(rng.float(180, 538)) : 0;
  // below 1,000 euros the rate rises by 0.1 points for every 2 euros less, up to 100 per cent
  const rate = minijob ? Math.min(100, Math.round((67 + ((1000 - earned) / 2) * 0.1) * 10) / 10) : 0;
  const computedBasis = cents((earned * rate) / 100);
  const basis = Math.max(300, computedBasis);
  const amount = plus ? cents(basis / 2) : basis;
  const freiBasis = Math.min(300, earned);
  const frei = plus ? cents(freiBasis / 2) : cents(freiBasis);
  const counted = cents(amount - frei);
  const first = mother ? 1 : rng.pick([1, 2, 11]);
  const count = mother ? (plus ? rng.pick([20, 24]) : 12) : plus ? 4 : rng.pick([2, 2, 3]);
  const last = first + count - 1;
  const proc = rng.int(25, 80);
  const birthRaw = addDays(ctx.today, -(proc + rng.int(20, 150)));
  const birth = iso(Number(birthRaw.slice(0, 4)), Number(birthRaw.slice(5, 7)), Math.min(28, Number(birthRaw.slice(8, 10))));
  const child = fake.person(rng, { last: parent.last });
  child.title = undefined;
  child.birth = birth;
  const applied = addDays(ctx.today, -proc);
  const received = addDays(applied, rng.int(1, 6));
  const von = lmStart(birth, first);
  const bis = lmEnd(birth, last);
  const over = Array.from({ length: count }, (_, i) => first + i).filter((lm) => lmEnd(birth, lm) < ctx.today);
  const overCount = over.length;
  const back = cents(amount * overCount);
  const toJc = cents(counted * overCount);
  const toParent = cents(back - toJc);
  const acc = fake.bankAccount(rng);
  const kasse = fake.bankAccount(rng);
  const jobcenter = `Jobcenter ${seat === 'Berlin' ? 'Berlin Marzahn-Hellersdorf' : seat}`;
  const bgNr = `${rng.digits(5)}BG${rng.digits(7)}`;
  const kz = `${rng.pick(['EG', '51-EG', 'EGS'])} ${rng.digits(4)}/${ctx.today.slice(2, 4)}-${rng.digits(3)}`;
  const clerk = fake.person(rng);
  const mjEmployer = fake.employerName(rng, seat);
  const words = plus ? 'ElterngeldPlus' : 'Basiselterngeld';
  const mm = (x: IsoDate) => `${MONTHS_DE[Number(x.slice(5, 7)) - 1]} ${x.slice(0, 4)}`;
  const birthMonth = `${birth.slice(0, 7)}-01`;

  const d = ctx.start({ family: 'times', size: 10.5, margins: { left: 70, right: 58, top: 60, bottom: 84 } });
  // letterhead: office in capitals over a thin double rule, unit beneath, address at the right
  d.text(d.left, 48, office.toUpperCase(), { size: 12.5, bold: true });
  d.text(d.left, 62, unit, { size: 9.5, italic: true });
  d.hline(70, d.left, d.right, 1.1);
  d.hline(72.5, d.left, d.right, 0.4);
  [`${officeAddress.street} ${officeAddress.no}`, `${seatPlz} ${seat}`, `Tel. ${fake.phone(rng)}`].forEach((l, i) => d.text(d.right, 84 + i * 10, l, { size: 8, align: 'right', color: GRAY }));
  returnLine(d, `${office}, ${unit.split(' – ')[0]}, ${seatPlz} ${seat}`);
  addressWindow(d, recipientLines(ctx, parent, address, { name: 'name' }));
  // a heavy framed box with the file particulars at the right of the window
  const bx = 352;
  const by = 138;
  const bw = d.right - bx;
  const boxRows: [string, string][] = [
    [ctx.pick(['Kennzeichen'], ['Vorgangs-Nr.', 'Elterngeld-Kennz.']), kz],
    [ctx.pick(['Ihr Antrag vom'], ['Antrag gestellt am']), ctx.ndate(applied)],
    [ctx.pick(['Eingang'], ['eingegangen am']), ctx.ndate(received)],
    [ctx.pick(['Bearbeitung'], ['Auskunft erteilt']), `${clerk.gender === 'f' ? 'Frau' : 'Herr'} ${clerk.last}`],
    ['Zimmer', `${rng.pick(['A', 'B', 'C'])} ${rng.int(1, 4)}.${rng.digits(2)}`],
    ['Datum', ctx.date(ctx.today)],
  ];
  d.rect(bx, by, bw, 12 + boxRows.length * 11.5, { stroke: [0, 0, 0], lineWidth: 1.4 });
  d.text(bx + 6, by + 9, 'Bitte bei allen Schreiben angeben', { size: 6.5, italic: true, color: GRAY });
  boxRows.forEach(([l, v], i) => {
    d.text(bx + 6, by + 21 + i * 11.5, l, { size: 8 });
    d.text(bx + 76, by + 21 + i * 11.5, v, { size: 8, bold: i === 0 });
  });

  d.y = 262;
  d.write(ctx.pick(['Bescheid über Elterngeld'], ['Elterngeldbescheid nach dem BEEG', 'Festsetzung von Elterngeld']), { size: 12, bold: true });
  d.write(`für ${child.first} ${child.last}, geb. ${ctx.date(birth)} – ${words}${minijob ? '' : ' in Höhe des Mindestbetrages'}`, { size: 10.5, bold: true });
  d.move(8);
  d.write(anrede(parent));
  d.para(`auf Ihren Antrag vom ${ctx.date(applied)} ergeht folgende Entscheidung:`);

  const head = (t: string) => {
    d.ensure(46);
    d.move(4);
    d.write(t, { bold: true, size: 10.5 });
  };
  head(`I. ${ctx.pick(['Entscheidung'], ['Festsetzung', 'Bewilligung'])}`);
  const lmText = first === last ? `den ${first}. Lebensmonat` : `den ${first}. bis ${last}. Lebensmonat`;
  d.para(`1. Ihnen wird für ${lmText} Ihres Kindes ${words} bewilligt.`, { x: d.left + 10 });
  d.para(`2. ${ctx.pick(['Das Elterngeld beträgt'], ['Es wird festgesetzt auf', 'Die monatliche Leistung beträgt'])} ${ctx.v('elterngeld_monatlich', ctx.money(amount))} ${ctx.pick(['je Lebensmonat'], ['monatlich', 'für jeden Lebensmonat'])}.${minijob ? '' : ` Dies ist der Mindestbetrag nach § 2 Abs. 4 BEEG${plus ? ', für ElterngeldPlus zur Hälfte' : ''}.`}`, { x: d.left + 10 });
  d.para(`3. Der Bewilligungszeitraum ${ctx.pick(['umfasst die Zeit'], ['reicht'])} vom ${ctx.v('bezug_von', ctx.date(von))} bis ${ctx.v('bezug_bis', ctx.date(bis))}.`, { x: d.left + 10 });
  d.para(`4. Von dem Elterngeld ${frei > 0 ? `bleiben monatlich ${ctx.money(frei)} nach § 10 Abs. 5 Satz 2 BEEG bei der Berechnung des Bürgergeldes unberücksichtigt; ${ctx.money(counted)} werden als Einkommen angerechnet` : 'bleibt nach § 10 Abs. 5 BEEG kein Betrag anrechnungsfrei, weil Sie vor der Geburt kein Einkommen aus Erwerbstätigkeit hatten; es wird in voller Höhe als Einkommen beim Bürgergeld berücksichtigt'}.`, { x: d.left + 10 });

  head(`II. ${ctx.pick(['Auszahlung'], ['Zahlung und Erstattung', 'Auszahlung und Erstattungsanspruch'])}`);
  if (overCount > 0) {
    d.para(`Das ${jobcenter} hat für die Zeit, in der es Ihnen Bürgergeld ohne Berücksichtigung des Elterngeldes gezahlt hat, einen Erstattungsanspruch nach § 104 SGB X angemeldet (Schreiben vom ${ctx.date(addDays(received, rng.int(3, 20)))}, BG-Nummer ${bgNr}). Für die bereits abgelaufenen ${overCount === 1 ? 'Lebensmonat' : `${overCount} Lebensmonate`} ergibt sich Folgendes:`);
    const c = { a: d.left + 4, b: d.left + 190, c: d.left + 290, e: d.right - 4 };
    d.ensure(70);
    d.hline(d.y, d.left, d.right, 0.8);
    d.row([
      { x: c.a, text: 'Zeitraum', bold: true },
      { x: c.b + 60, text: 'Elterngeld', bold: true, align: 'right' },
      { x: c.c + 90, text: `an das Jobcenter`, bold: true, align: 'right' },
      { x: c.e, text: 'an Sie', bold: true, align: 'right' },
    ], { size: 9, minHeight: 14 });
    d.hline(d.y, d.left, d.right, 0.4);
    d.row([
      { x: c.a, text: `${ctx.ndate(lmStart(birth, over[0]))} – ${ctx.ndate(lmEnd(birth, over[overCount - 1]))}` },
      { x: c.b + 60, text: decimal(back), align: 'right' },
      { x: c.c + 90, text: decimal(toJc), align: 'right' },
      { x: c.e, text: decimal(toParent), align: 'right' },
    ], { size: 9, minHeight: 14 });
    d.hline(d.y, d.left, d.right, 0.8);
    d.move(6);
    d.para(`${toParent > 0 ? `Den Ihnen verbleibenden Betrag von ${ctx.money(toParent)} überweisen wir in den nächsten Tagen auf Ihr Konto ${ctx.iban(acc.iban)} (${acc.bank.name}). ` : 'Eine Nachzahlung an Sie ergibt sich daher nicht. '}Ab dem ${over[overCount - 1] + 1 <= last ? `${over[overCount - 1] + 1}. Lebensmonat` : 'Ende des Bewilligungszeitraums'} ${over[overCount - 1] + 1 <= last ? 'wird das Elterngeld jeweils am Ende des Lebensmonats in voller Höhe an Sie gezahlt.' : 'sind keine weiteren Zahlungen zu leisten.'}`);
  } else {
    d.para(`Das Elterngeld wird jeweils am Ende des Lebensmonats auf Ihr Konto ${ctx.iban(acc.iban)} (${acc.bank.name}) überwiesen, erstmals für den ${first}. Lebensmonat. Einen Erstattungsanspruch hat das ${jobcenter} bisher nicht angemeldet.`);
  }

  head(`III. ${ctx.pick(['Begründung'], ['Gründe'])}`);
  d.para(`Nach § 2 BEEG richtet sich das Elterngeld nach dem Einkommen aus Erwerbstätigkeit in den zwölf Kalendermonaten vor dem Monat der Geburt, hier ${mm(addMonths(birthMonth, -12))} bis ${mm(addMonths(birthMonth, -1))}. Bürgergeld ist kein Einkommen aus Erwerbstätigkeit und bleibt bei der Bemessung außer Betracht.`);
  if (minijob) {
    d.para(`Sie waren im Bemessungszeitraum geringfügig bei ${mjEmployer} beschäftigt. Ihr durchschnittliches monatliches Einkommen betrug ${ctx.money(earned)}. Weil es unter 1.000 Euro lag, erhöht sich die Ersatzrate von 67 Prozent um 0,1 Prozentpunkte je 2 Euro, um die es diesen Betrag unterschreitet, höchstens auf 100 Prozent; sie beträgt hier ${decimal(rate, 1)} Prozent. ${computedBasis < 300 ? `Der errechnete Betrag von ${ctx.money(computedBasis)} liegt unter dem Mindestbetrag von 300 Euro, der deshalb gezahlt wird.` : `Daraus ergibt sich ein Basiselterngeld von ${ctx.money(computedBasis)}.`}${plus ? ' ElterngeldPlus beträgt die Hälfte davon.' : ''}`);
    d.para(`Das Elterngeld bleibt beim Bürgergeld bis zur Höhe des Einkommens vor der Geburt anrechnungsfrei, höchstens bis zu 300 Euro${plus ? ' und bei ElterngeldPlus bis zu 150 Euro' : ''} monatlich.`);
  } else {
    d.para(`Sie hatten im Bemessungszeitraum kein Einkommen aus Erwerbstätigkeit. Ihnen steht daher der Mindestbetrag von 300 Euro ${plus ? '(ElterngeldPlus: 150 Euro) ' : ''}zu. Ein Freibetrag beim Bürgergeld setzt Erwerbseinkommen vor der Geburt voraus.`);
  }
  d.para(mother
    ? `Der andere Elternteil hat keinen Antrag gestellt. ${plus ? '' : 'Die Lebensmonate 13 und 14 können nur bezogen werden, wenn ein Elternteil in dieser Zeit weniger Einkommen hat als vor der Geburt.'}`
    : `Die Mutter des Kindes bezieht Elterngeld für andere Lebensmonate; darüber ist gesondert entschieden worden.`);

  head('IV. Hinweise');
  d.para(`Eine Durchschrift dieses Bescheides erhält mit Ihrem Einverständnis das ${jobcenter}. Die beigefügte Bescheinigung können Sie auch selbst dort vorlegen. Teilen Sie uns bitte sofort mit, wenn Sie eine Arbeit aufnehmen oder Ihr Kind nicht mehr in Ihrem Haushalt lebt.`, { size: 9.5 });
  d.para(rng.pick(HINWEISE), { size: 9.5 });
  rechtsbehelf(ctx, `der Elterngeldstelle (${office}, ${officeAddress.street} ${officeAddress.no}, ${seatPlz} ${seat})`);
  closing(ctx, { signer: `${clerk.first.split(' ')[0]} ${clerk.last}`, auftrag: true });

  // the sheet for the Jobcenter on a page of its own, to cut off and hand in
  d.newPage();
  d.write(ctx.pick(['Bescheinigung zur Vorlage beim Jobcenter'], ['Bescheinigung über Elterngeld – zur Vorlage beim Jobcenter / Sozialamt']), { size: 13, bold: true });
  d.write(`(Anlage zum Bescheid vom ${ctx.date(ctx.today)}, Kennzeichen ${kz})`, { size: 9, italic: true });
  d.move(10);
  const rowsJ: [string, string][] = [
    ['Name, Vorname', ctx.name(parent, 'last-first')],
    ['Geburtsdatum', ctx.ndate(parent.birth)],
    ['Anschrift', `${address.street} ${address.no}, ${address.plz} ${address.city}`],
    ['Kind', `${child.first} ${child.last}, geb. ${ctx.ndate(birth)}`],
    ['BG-Nummer', bgNr],
    ['Leistungsart', words],
    ['Lebensmonate', `${first}. bis ${last}.`],
    ['Bewilligt vom / bis', `${ctx.ndate(von)} / ${ctx.ndate(bis)}`],
    ['Elterngeld monatlich', ctx.money(amount)],
    ['davon anrechnungsfrei (§ 10 Abs. 5 BEEG)', ctx.money(frei)],
    ['als Einkommen anzurechnen', ctx.money(counted)],
    ['Zahlung', 'jeweils am Ende des Lebensmonats'],
    ...(overCount > 0 ? ([['Erstattung an das Jobcenter', `${ctx.money(toJc)} für ${overCount} Lebensmonat${overCount === 1 ? '' : 'e'}`]] as [string, string][]) : []),
  ];
  const lw = 190;
  for (const [l, v] of rowsJ) {
    const h = Math.max(17, d.wrap(l, lw - 12, { size: 9.5 }).length * 9.5 * 1.3 + 4);
    d.ensure(h);
    const top = d.y;
    d.rect(d.left, top, lw, h, { stroke: [0, 0, 0], lineWidth: 0.5, fill: [0.93, 0.93, 0.93] });
    d.rect(d.left + lw, top, d.contentWidth - lw, h, { stroke: [0, 0, 0], lineWidth: 0.5 });
    d.y = top + 2;
    d.row([{ x: d.left + 6, text: l, size: 9.5, width: lw - 12 }, { x: d.left + lw + 6, text: v, size: 10, bold: /monatlich|Bewilligt/.test(l) }]);
    d.y = top + h;
  }
  d.move(14);
  d.para(`Die Angaben entsprechen dem Bescheid. Änderungen teilen wir dem Jobcenter nur mit, wenn Sie dem zugestimmt haben.`, { size: 9 });
  d.move(16);
  d.write(`${seat}, ${ctx.ndate(ctx.today)}`, { size: 9.5 });
  d.move(18);
  d.hline(d.y, d.left, d.left + 170, 0.5);
  d.move(4);
  d.write(`${office} – Elterngeldstelle`, { size: 8, color: GRAY });
  d.rect(d.right - 86, d.y - 64, 76, 76, { stroke: [0.3, 0.3, 0.6], lineWidth: 1 });
  d.text(d.right - 48, d.y - 24, 'Dienstsiegel', { size: 7, align: 'center', color: [0.3, 0.3, 0.6] });

  d.onEveryPage((doc, page, pages) => {
    const top = doc.height - 60;
    doc.hline(top - 8, doc.left, doc.right, 0.4);
    [[office, unit.split(' – ').slice(-1)[0]], [seat === 'Berlin' ? 'Bezirkskasse Marzahn-Hellersdorf' : seat === 'Bremen' ? 'Landeshauptkasse Bremen' : `Stadtkasse ${seat}`, `IBAN ${fake.groupIban(kasse.iban)}`, `BIC ${kasse.bank.bic}`], [`Sprechzeiten: Di 8–12, Do 14–18 Uhr`, 'und nach Terminvereinbarung']].forEach((c, i) =>
      c.forEach((l, j) => doc.text(doc.left + [0, 150, 300][i], top + j * 8.2, l, { size: 6.3, color: GRAY })));
    doc.text(doc.right, doc.height - 22, `– ${page} –`, { size: 8, align: 'right', color: GRAY });
    void pages;
  });
  ctx.set('name', fake.fullName(parent));
  ctx.set('elterngeld_monatlich', amount);
  ctx.set('bezug_von', von);
  ctx.set('bezug_bis', bis);
}

export const elterngeldbescheid: DocumentKind = {
  type: 'elterngeldbescheid',
  layouts: [
    { id: 'monatstabelle', build: monatstabelle },
    { id: 'elterngeldplus', build: elterngeldPlus },
    { id: 'kompakt-uebersicht', build: kompakt },
    { id: 'landesamt-zweispaltig', holdout: true, build: landesamt },
    { id: 'blind-lebensmonatsraster', holdout: true, build: blindLebensmonatsraster },
    { id: 'blind2-tenor-bemessung', holdout: true, build: blind2TenorBemessung },
    { id: 'blind3-endgueltige-festsetzung', holdout: true, build: blind3EndgueltigeFestsetzung },
    { id: 'blind4-geschwisterbonus-zahlplan', holdout: true, build: blind4GeschwisterbonusZahlplan },
    { id: 'blind5-aenderung-lebensmonate', holdout: true, build: blind5AenderungLebensmonate },
    { id: 'blind6-mehrlinge-selbststaendig', holdout: true, build: blind6MehrlingeSelbststaendig },
    { id: 'blind7-partnerschaftsbonus-teilzeit', holdout: true, build: blind7PartnerschaftsbonusTeilzeit },
    { id: 'blind8-adoption-randspalte', holdout: true, build: blind8AdoptionRandspalte },
    { id: 'blind9-anrechnung-berechnungsanlage', holdout: true, build: blind9AnrechnungBerechnungsanlage },
    { id: 'blind10-foerderbank-kalenderjahre', holdout: true, build: blind10FoerderbankKalenderjahre },
    { id: 'blind11-fragen-teilzeit', holdout: true, build: blind11FragenTeilzeit },
    { id: 'blind12-abhilfe-widerspruch', holdout: true, build: blind12AbhilfeWiderspruch },
    { id: 'blind13-teilablehnung', holdout: true, build: blind13Teilablehnung },
    { id: 'blind14-fruehgeburt-zusatzmonate', holdout: true, build: blind14FruehgeburtZusatzmonate },
    { id: 'blind15-buergergeld-freibetrag', holdout: true, build: blind15BuergergeldFreibetrag },
  ],
};
