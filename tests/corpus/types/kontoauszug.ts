/** Kontoauszug: Sparkasse-like statement, direct bank with Soll/Haben columns, Volksbank-like with S/H marks, online banking export, a big bank's multi-page statement with carried-forward subtotals, a statement grouped by booking day, a smartphone bank's PDF statement, a landscape P-Konto statement, a statement of an account under legal guardianship posted to the guardian, the A5 landscape sheets of a branch statement printer a private bank's statement with a standing-orders overview, a European e-money bank's bilingual statement with products and pending payments and a bank's letter listing several months of turnover for an authority, with month-end balances and the fee for the listing and a direct bank's monthly Finanzreport covering current account, credit card with its own settlement period, savings account and securities and a self-employed person's quarterly business-account statement with month sums and a quarterly closing and screenshots of a banking app (account details, then the turnover list filtered to a period) printed one per page and a CSV turnover export opened in a spreadsheet program and printed with grid lines and an instant-access savings account's quarterly or monthly statement with the interest scale, the exemption order and the depositor information sheet and a cooperative bank's statement as the applicant printed and marked it up (private purposes blacked out, pen notes in the margin, the own IBAN underlined) (holdout). Transactions carry other IBANs, rent and salary as distractors. */
import { addressWindow, footer, GRAY, infoBlock, LIGHT, returnLine, table, type Cell } from '../blocks.js';
import type { Ctx } from '../context.js';
import { addDays, addMonths, firstOfMonth, lastOfMonth, weekday, workday, type IsoDate } from '../dates.js';
import * as fake from '../fake.js';
import { cents, decimal } from '../format.js';
import type { DocumentKind } from '../layout.js';
import { MONTHS_DE } from '../fake.js';

interface Tx {
  date: IsoDate;
  valuta: IsoDate;
  kind: string;
  party: string;
  purpose: string;
  iban?: string;
  amount: number;
}

interface Statement {
  holder: fake.Person;
  address: fake.Address;
  bank: fake.Bank;
  iban: string;
  von: IsoDate;
  bis: IsoDate;
  nr: number;
  opening: number;
  txs: Tx[];
}

function draw(ctx: Ctx): Statement {
  const holder = fake.person(ctx.rng, { bornFrom: 1945, bornTo: 2005 });
  holder.title = undefined;
  const acc = fake.bankAccount(ctx.rng);
  const monthly = ctx.rng.chance(0.7);
  const von = monthly ? firstOfMonth(addMonths(ctx.today, -1)) : addDays(ctx.today, -ctx.rng.int(30, 90));
  const bis = monthly ? lastOfMonth(von) : addDays(von, ctx.rng.pick([13, 27, 29, 30]));
  const employer = fake.employerName(ctx.rng, 'Leipzig');
  const landlord = fake.landlordOrganisation(ctx.rng, fake.address(ctx.rng).city);
  const monthName = MONTHS_DE[Number(von.slice(5, 7)) - 1];
  const pool: (() => Omit<Tx, 'date' | 'valuta'>)[] = [
    () => ({ kind: 'Gutschrift', party: employer, purpose: `Lohn/Gehalt ${monthName} Pers.-Nr. ${ctx.rng.digits(5)}`, iban: fake.bankAccount(ctx.rng).iban, amount: cents(ctx.rng.float(900, 2800)) }),
    () => ({ kind: 'Dauerauftrag', party: landlord, purpose: `Miete ${monthName} Whg. ${ctx.rng.int(1, 40)}`, iban: fake.bankAccount(ctx.rng).iban, amount: -cents(ctx.rng.float(350, 950)) }),
    () => ({ kind: 'Lastschrift', party: ctx.rng.pick(['Stadtwerke Leipzig GmbH', 'E.ON Energie Deutschland GmbH', 'Vattenfall Europe Sales GmbH', 'enviaM']), purpose: `Abschlag Strom Vertragskonto ${ctx.rng.digits(10)}`, iban: fake.bankAccount(ctx.rng).iban, amount: -cents(ctx.rng.float(35, 120)) }),
    () => ({ kind: 'Kartenzahlung', party: ctx.rng.pick(['REWE Markt', 'EDEKA', 'ALDI SUED', 'LIDL', 'dm-drogerie markt', 'Kaufland', 'Rossmann']), purpose: `${ctx.rng.pick(['Girocard', 'Debitkarte'])} ${ctx.ndate(ctx.today)} ${ctx.rng.int(8, 20)}:${ctx.rng.digits(2)}`, amount: -cents(ctx.rng.float(3, 95)) }),
    () => ({ kind: 'Gutschrift', party: 'Bundesagentur für Arbeit - Familienkasse', purpose: `Kindergeld KG-Nr. ${ctx.rng.digits(3)}FK${ctx.rng.digits(6)}`, amount: 255 }),
    () => ({ kind: 'Lastschrift', party: 'ARD ZDF Deutschlandradio Beitragsservice', purpose: `Rundfunkbeitrag Beitragsnr. ${ctx.rng.digits(9)}`, iban: fake.bankAccount(ctx.rng).iban, amount: -55.08 }),
    () => ({ kind: 'Lastschrift', party: ctx.rng.pick(['Vodafone GmbH', 'Telekom Deutschland GmbH', 'O2 Telefonica']), purpose: `Kundennr. ${ctx.rng.digits(9)} Rechnung ${ctx.rng.digits(8)}`, amount: -cents(ctx.rng.float(9.99, 49.99)) }),
    () => ({ kind: 'Bargeldauszahlung', party: 'Geldautomat', purpose: `GA ${ctx.rng.digits(8)} ${ctx.rng.pick(['Sparkasse', 'Volksbank', 'Cash Group'])}`, amount: -ctx.rng.pick([20, 50, 100, 150, 200]) }),
    () => ({ kind: 'Überweisung', party: fake.fullName(fake.person(ctx.rng)), purpose: ctx.rng.pick(['Danke', 'Geburtstag', 'Rückzahlung', 'Anteil Urlaub']), iban: fake.bankAccount(ctx.rng).iban, amount: cents(ctx.rng.float(-150, 150)) || 10 }),
    () => ({ kind: 'Gutschrift', party: `Stadt ${fake.address(ctx.rng).city}`, purpose: `Wohngeld Az. ${ctx.rng.digits(6)} ${monthName}`, amount: cents(ctx.rng.float(80, 420)) }),
    () => ({ kind: 'Lastschrift', party: ctx.rng.pick(['HUK-COBURG', 'Allianz Versicherungs-AG', 'DEVK', 'AOK PLUS']), purpose: `Beitrag Vers.-Nr. ${ctx.rng.digits(10)}`, iban: fake.bankAccount(ctx.rng).iban, amount: -cents(ctx.rng.float(8, 90)) }),
    () => ({ kind: 'Entgelt', party: 'Kontoführung', purpose: `Entgelt Kontoführung ${monthName}`, amount: -ctx.rng.pick([4.95, 5.9, 6.5, 7.9, 0]) || -4.95 }),
  ];
  const days = Math.round((Date.parse(bis) - Date.parse(von)) / 86400000);
  const n = ctx.rng.int(8, 42);
  const txs: Tx[] = [];
  for (let i = 0; i < n; i++) {
    const make = i < 2 ? pool[i] : ctx.rng.pick(pool);
    const date = addDays(von, ctx.rng.int(0, days));
    txs.push({ ...make(), date, valuta: date });
  }
  txs.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  return { holder, address: fake.address(ctx.rng), bank: acc.bank, iban: acc.iban, von, bis, nr: Number(von.slice(5, 7)), opening: cents(ctx.rng.float(-400, 2500)), txs };
}

const closingBalance = (s: Statement) => cents(s.txs.reduce((sum, t) => sum + t.amount, s.opening));

function truth(ctx: Ctx, s: Statement): void {
  ctx.set('kontoinhaber', fake.fullName(s.holder));
  ctx.set('iban', s.iban);
  ctx.set('zeitraum_von', s.von);
  ctx.set('zeitraum_bis', s.bis);
}

const accent = (bank: fake.Bank): [number, number, number] => (/Sparkasse/.test(bank.name) ? [0.85, 0.0, 0.0] : /Volksbank|Sparda|GLS/.test(bank.name) ? [0.0, 0.3, 0.6] : [0.2, 0.2, 0.2]);

/** A: Sparkasse-like statement: address window, "Kontoauszug n/yyyy", Buchung/Wert/Vorgang/Betrag */
function sparkasse(ctx: Ctx): void {
  const s = draw(ctx);
  const d = ctx.start({ family: 'helvetica', size: 8.5, margins: { left: 56, right: 44, top: 46, bottom: 64 } });
  d.text(d.right, 50, s.bank.name, { size: 13, bold: true, align: 'right', color: accent(s.bank) });
  returnLine(d, `${s.bank.name} · Postfach · ${s.address.plz} ${s.address.city}`);
  addressWindow(d, [s.holder.gender === 'f' ? 'Frau' : 'Herrn', { text: `${s.holder.first} ${s.holder.last}`, field: 'kontoinhaber' }, `${s.address.street} ${s.address.no}`, `${s.address.plz} ${s.address.city}`]);
  d.text(350, 152, `Kontoauszug ${s.nr}/${s.bis.slice(0, 4)}`, { size: 11, bold: true });
  d.text(350, 166, 'Blatt 1', { size: 8.5 });
  d.text(350, 180, `${ctx.pick(['IBAN', 'IBAN'], ['Konto (IBAN)'])} ${ctx.iban(s.iban)}`, { size: 8.5, field: 'iban' });
  d.text(350, 192, `BIC ${s.bank.bic}`, { size: 8.5 });
  d.text(350, 204, `${ctx.pick(['Zeitraum', 'Buchungszeitraum'], ['Auszugszeitraum'])} ${ctx.ndate(s.von)} - ${ctx.ndate(s.bis)}`, { size: 8.5 });
  d.place('zeitraum_von', ctx.ndate(s.von));
  d.place('zeitraum_bis', ctx.ndate(s.bis));
  d.y = 240;
  d.write(`Girokonto ${ctx.rng.pick(['Giro Komfort', 'Privatgirokonto', 'Giro Online'])}   Kontostand am ${ctx.ndate(addDays(s.von, -1))}, Auszug Nr. ${s.nr - 1 || 12}   ${decimal(s.opening)} ${s.opening < 0 ? '-' : '+'}`, { size: 8.5 });
  const rows: Cell[][] = s.txs.map((t) => [ctx.ndate(t.date).slice(0, 6), ctx.ndate(t.valuta).slice(0, 6), `${t.kind} ${t.party}\n${t.purpose}${t.iban ? `\nIBAN ${t.iban}` : ''}`, `${decimal(Math.abs(t.amount))} ${t.amount < 0 ? '-' : '+'}`]);
  table(ctx, [
    { header: 'Buchung', x: d.left },
    { header: 'Wert', x: d.left + 45 },
    { header: 'Vorgang', x: d.left + 90, width: 300 },
    { header: 'Betrag EUR', x: d.right, align: 'right' },
  ], rows, { size: 8, grid: true, rowGap: 1.4 });
  const close = closingBalance(s);
  d.write(`Kontostand am ${ctx.ndate(s.bis)} um ${ctx.rng.int(18, 23)}:${ctx.rng.digits(2)} Uhr   ${decimal(Math.abs(close))} ${close < 0 ? '-' : '+'}`, { bold: true });
  d.para(`Dispositionskredit ${ctx.money(ctx.rng.pick([500, 1000, 1500, 2000]))}. Sollzinssatz ${decimal(ctx.rng.float(9, 13), 2)} % p.a. Bitte prüfen Sie Ihren Kontoauszug. Einwendungen gegen Rechnungsabschlüsse müssen innerhalb von sechs Wochen erhoben werden.`, { size: 7.5 });
  footer(d, [[s.bank.name, `BIC ${s.bank.bic}`], [/Sparkasse/.test(s.bank.name) ? 'Anstalt des öffentlichen Rechts' : 'Aktiengesellschaft', `Sitz ${s.address.city}`]], 'none');
  truth(ctx, s);
}

/** B: direct bank: holder label, explicit period, Soll/Haben columns */
function direktbank(ctx: Ctx): void {
  const s = draw(ctx);
  const d = ctx.start({ family: ctx.rng.pick(['helvetica', 'times']), size: 8.5 });
  d.text(d.left, 50, s.bank.name, { size: 14, bold: true, color: [0.9, 0.45, 0.0] });
  d.text(d.right, 50, ctx.pick(['Kontoauszug', 'Kontoauszug Girokonto'], ['Finanzreport']), { size: 12, bold: true, align: 'right' });
  d.y = 90;
  const rows: [string, Cell][] = [
    [ctx.pick(['Kontoinhaber', 'Kontoinhaber/in'], ['Inhaber']), { text: ctx.name(s.holder), field: 'kontoinhaber' }],
    ['IBAN', { text: ctx.iban(s.iban), field: 'iban' }],
    ['BIC', s.bank.bic],
    [ctx.pick(['Zeitraum', 'Abrechnungszeitraum'], ['Berichtszeitraum']), `${ctx.date(s.von)} bis ${ctx.date(s.bis)}`],
    ['Auszugsnummer', `${s.nr} / ${s.bis.slice(0, 4)}`],
  ];
  for (const [l, v] of rows) {
    const c = typeof v === 'string' ? { text: v } : v;
    d.row([{ x: d.left, text: l, color: GRAY }, { x: d.left + 110, text: c.text, field: c.field }], { minHeight: 13 });
  }
  d.place('zeitraum_von', ctx.date(s.von));
  d.place('zeitraum_bis', ctx.date(s.bis));
  d.move(10);
  d.row([{ x: d.left, text: `Alter Kontostand vom ${ctx.ndate(addDays(s.von, -1))}`, bold: true }, { x: d.right, text: ctx.money(s.opening), bold: true, align: 'right' }]);
  d.move(4);
  const rowsT: Cell[][] = s.txs.map((t) => [ctx.ndate(t.date), `${t.party} – ${t.purpose}`, t.amount < 0 ? decimal(-t.amount) : '', t.amount >= 0 ? decimal(t.amount) : '']);
  table(ctx, [
    { header: 'Datum', x: d.left },
    { header: 'Beschreibung', x: d.left + 60, width: 290 },
    { header: 'Soll', x: d.left + 420, align: 'right' },
    { header: 'Haben', x: d.right, align: 'right' },
  ], rowsT, { size: 8, zebra: true, headerFill: LIGHT });
  d.row([{ x: d.left, text: `Neuer Kontostand vom ${ctx.ndate(s.bis)}`, bold: true }, { x: d.right, text: ctx.money(closingBalance(s)), bold: true, align: 'right' }]);
  footer(d, [[s.bank.name], ['Einlagen sind nach Maßgabe des Einlagensicherungsgesetzes geschützt.']], 'Seite x von y');
  truth(ctx, s);
}

/** C: Volksbank-like: "Kontoauszug Nr. n vom …", S/H marks, holder line "Nachname, Vorname" */
function volksbank(ctx: Ctx): void {
  const s = draw(ctx);
  const d = ctx.start({ family: 'courier', size: 8.5, margins: { left: 48, right: 40, top: 44, bottom: 60 } });
  d.text(d.left, 48, s.bank.name.toUpperCase(), { size: 11, bold: true });
  d.text(d.right, 48, `KONTOAUSZUG NR. ${s.nr} VOM ${ctx.ndate(s.bis)}`, { size: 9, bold: true, align: 'right' });
  d.y = 80;
  d.write(`KONTOINHABER: ${ctx.name(s.holder, 'last-first')}`, { field: 'kontoinhaber' });
  d.write(`IBAN: ${ctx.iban(s.iban)}   BIC: ${s.bank.bic}`, { field: 'iban' });
  d.write(`BUCHUNGEN VOM ${ctx.ndate(s.von)} BIS ${ctx.ndate(s.bis)}`);
  d.place('zeitraum_von', ctx.ndate(s.von));
  d.place('zeitraum_bis', ctx.ndate(s.bis));
  d.move(6);
  d.hline(d.y, d.left, d.right, 0.8);
  d.move(4);
  d.row([{ x: d.left, text: 'ALTER KONTOSTAND' }, { x: d.right, text: `${decimal(Math.abs(s.opening))} ${s.opening < 0 ? 'S' : 'H'}`, align: 'right' }]);
  for (const t of s.txs) {
    d.row([
      { x: d.left, text: ctx.ndate(t.date).slice(0, 6) },
      { x: d.left + 50, text: `${t.kind.toUpperCase()} ${t.party}\n${t.purpose}${t.iban ? ` IBAN ${t.iban}` : ''}`, width: 330 },
      { x: d.right, text: `${decimal(Math.abs(t.amount))} ${t.amount < 0 ? 'S' : 'H'}`, align: 'right' },
    ]);
  }
  d.hline(d.y + 2, d.left, d.right, 0.8);
  d.move(6);
  const close = closingBalance(s);
  d.row([{ x: d.left, text: 'NEUER KONTOSTAND', bold: true }, { x: d.right, text: `${decimal(Math.abs(close))} ${close < 0 ? 'S' : 'H'}`, align: 'right', bold: true }]);
  d.move(10);
  d.para(`${ctx.name(s.holder)} · ${s.address.street} ${s.address.no} · ${s.address.plz} ${s.address.city}`, { size: 7.5 });
  footer(d, [[`${s.bank.name}`, 'Kontoauszug – bitte aufbewahren']], 'x/y');
  truth(ctx, s);
}

/** D (holdout): online-banking export "Umsatzanzeige": header block, columns with counterparty IBAN */
function onlineExport(ctx: Ctx): void {
  const s = draw(ctx);
  const d = ctx.start({ family: 'helvetica', size: 8, margins: { left: 36, right: 36, top: 36, bottom: 50 } });
  d.text(d.left, 40, `${s.bank.name} – Online-Banking`, { size: 8, color: GRAY });
  d.text(d.right, 40, `Erstellt am ${ctx.date(ctx.today)}`, { size: 8, color: GRAY, align: 'right' });
  d.y = 60;
  d.write(ctx.pick([], ['Umsatzanzeige', 'Umsatzübersicht Girokonto']), { size: 13, bold: true });
  d.write(`${ctx.pick([], ['Konto von', 'Inhaber des Kontos'])}: ${ctx.name(s.holder, 'last-first')}`, { field: 'kontoinhaber' });
  d.write(`IBAN ${ctx.iban(s.iban, true)}`, { field: 'iban' });
  d.write(`${ctx.pick([], ['Umsätze vom', 'Angezeigter Zeitraum:'])} ${ctx.date(s.von)} bis ${ctx.date(s.bis)}`);
  d.place('zeitraum_von', ctx.date(s.von));
  d.place('zeitraum_bis', ctx.date(s.bis));
  d.move(6);
  const rows: Cell[][] = [...s.txs].reverse().map((t) => [ctx.date(t.date), t.party, t.purpose, t.iban ?? '', `${t.amount < 0 ? '-' : ''}${decimal(Math.abs(t.amount))}`]);
  table(ctx, [
    { header: 'Buchungstag', x: d.left },
    { header: 'Empfänger/Auftraggeber', x: d.left + 62, width: 120 },
    { header: 'Verwendungszweck', x: d.left + 190, width: 150 },
    { header: 'IBAN Gegenkonto', x: d.left + 350 },
    { header: 'Betrag (EUR)', x: d.right, align: 'right' },
  ], rows, { size: 7.5, grid: true });
  d.write(`Saldo am ${ctx.date(s.bis)}: ${ctx.money(closingBalance(s))}`, { bold: true });
  d.para('Dieser Ausdruck ersetzt keinen Kontoauszug im Sinne der Allgemeinen Geschäftsbedingungen.', { size: 7, color: GRAY });
  truth(ctx, s);
}

/**
 * E (holdout, blind): a big bank's statement over several pages: the period only in the title line,
 * the holder in the address window and in an "account in the name of" line, debit and credit
 * columns, carried-forward subtotals at each page break, and a balance summary box at the end.
 */
function blindUebertragMehrseitig(ctx: Ctx): void {
  const s = draw(ctx);
  // a busier account: more bookings, so that the statement runs over pages
  const days = Math.round((Date.parse(s.bis) - Date.parse(s.von)) / 86400000);
  const extra = draw(ctx)
    .txs.filter((t) => !/^Lohn|^Miete/.test(t.purpose))
    .map((t) => {
      const date = addDays(s.von, ctx.rng.int(0, days));
      return { ...t, date, valuta: ctx.rng.chance(0.8) ? date : addDays(date, 1) };
    });
  const txs = [...s.txs, ...extra.slice(0, ctx.rng.int(0, extra.length))].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const d = ctx.start({ family: 'helvetica', size: 8, margins: { left: 50, right: 40, top: 44, bottom: 70 } });
  const product = ctx.rng.pick(['Girokonto Plus', 'AktivKonto', 'Privatkonto Komfort', 'Giro basic', 'BestKonto']);
  const bankName = s.bank.name;
  const kontonr = s.iban.slice(-10).replace(/^0+/, '');
  d.text(d.left, 48, bankName, { size: 14, bold: true, color: [0.0, 0.2, 0.45] });
  d.text(d.right, 48, `${product}`, { size: 9, align: 'right' });
  returnLine(d, `${bankName} · ${fake.address(ctx.rng).plz} ${s.address.city}`);
  addressWindow(d, [s.holder.gender === 'f' ? 'Frau' : 'Herrn', { text: `${s.holder.first} ${s.holder.last}`, field: 'kontoinhaber' }, `${s.address.street} ${s.address.no}`, `${s.address.plz} ${s.address.city}`]);
  infoBlock(d, [['Filiale', `${s.address.city}-${ctx.rng.pick(['Mitte', 'Nord', 'Süd', 'West'])}`], ['Kontonummer', kontonr], ['BLZ', s.bank.blz], ['Ihr Berater', fake.fullName(fake.person(ctx.rng))], ['Telefon', fake.phone(ctx.rng)]], { labelWidth: 70 });
  d.y = 250;
  const title = `Kontoauszug ${s.nr}/${s.bis.slice(0, 4)} vom `;
  const tw = d.text(d.left, d.y + 12, title, { size: 12, bold: true });
  const vw = d.text(d.left + tw, d.y + 12, ctx.ndate(s.von), { size: 12, bold: true, field: 'zeitraum_von' });
  const bw = d.text(d.left + tw + vw, d.y + 12, ' bis ', { size: 12, bold: true });
  d.text(d.left + tw + vw + bw, d.y + 12, ctx.ndate(s.bis), { size: 12, bold: true, field: 'zeitraum_bis' });
  d.y += 20;
  d.write(`Konto lautend auf: ${ctx.name(s.holder, 'last-first')} · IBAN ${ctx.iban(s.iban)} · BIC ${s.bank.bic}`, { size: 8.5 });
  d.place('iban', ctx.iban(s.iban));
  d.move(6);
  const cols = { tag: d.left, val: d.left + 48, text: d.left + 96, soll: d.left + 400, haben: d.right };
  const header = () => {
    d.rect(d.left - 2, d.y, d.contentWidth + 4, 13, { fill: LIGHT });
    d.row([
      { x: cols.tag, text: 'Buchungstag', bold: true, size: 7 },
      { x: cols.val, text: 'Valuta', bold: true, size: 7 },
      { x: cols.text, text: 'Vorgang / Buchungsinformation', bold: true, size: 7 },
      { x: cols.soll, text: 'Belastung', bold: true, size: 7, align: 'right' },
      { x: cols.haben, text: 'Gutschrift', bold: true, size: 7, align: 'right' },
    ], { size: 7, minHeight: 13 });
  };
  header();
  let balance = s.opening;
  d.row([{ x: cols.text, text: `Kontostand am ${ctx.ndate(addDays(s.von, -1))}`, bold: true }, { x: s.opening < 0 ? cols.soll : cols.haben, text: decimal(Math.abs(s.opening)), bold: true, align: 'right' }], { minHeight: 13 });
  let soll = 0;
  let haben = 0;
  for (const t of txs) {
    const lines = [`${t.kind} ${t.party}`, t.purpose, ...(t.iban ? [`IBAN ${fake.groupIban(t.iban)}`] : []), ...(t.kind === 'Lastschrift' ? [`Mandatsref. ${ctx.rng.digits(8)} Gläubiger-ID DE${ctx.rng.digits(2)}ZZZ${ctx.rng.digits(8)}`] : [])];
    const h = lines.length * 9.5 + 4;
    if (d.y + h > d.height - d.margins.bottom - 14) {
      d.row([{ x: cols.text, text: 'Übertrag auf Blatt ' + (d.page + 1), bold: true }, { x: balance < 0 ? cols.soll : cols.haben, text: decimal(Math.abs(cents(balance))), bold: true, align: 'right' }], { minHeight: 13 });
      d.newPage();
      d.write(`${bankName} · Kontoauszug ${s.nr}/${s.bis.slice(0, 4)} · Blatt ${d.page}`, { size: 7.5, color: GRAY });
      d.move(4);
      header();
      d.row([{ x: cols.text, text: `Übertrag von Blatt ${d.page - 1}`, bold: true }, { x: balance < 0 ? cols.soll : cols.haben, text: decimal(Math.abs(cents(balance))), bold: true, align: 'right' }], { minHeight: 13 });
    }
    const top = d.y;
    const dm = (x: string) => `${x.slice(8, 10)}.${x.slice(5, 7)}.`;
    d.text(cols.tag, top + 8, dm(t.date), { size: 7.5 });
    d.text(cols.val, top + 8, dm(t.valuta), { size: 7.5 });
    lines.forEach((l, i) => d.text(cols.text, top + 8 + i * 9.5, l, { size: 7.5 }));
    d.text(t.amount < 0 ? cols.soll : cols.haben, top + 8, decimal(Math.abs(t.amount)), { size: 7.5, align: 'right' });
    if (t.amount < 0) soll += -t.amount;
    else haben += t.amount;
    balance += t.amount;
    d.y = top + h;
    d.hline(d.y - 1.5, d.left, d.right, 0.2, LIGHT);
  }
  const close = closingBalance({ ...s, txs });
  d.ensure(110);
  d.move(10);
  const top = d.y;
  d.rect(d.left + 220, top, d.right - d.left - 220, 76, { stroke: [0, 0, 0], lineWidth: 0.6 });
  const sum: [string, string][] = [
    [`Kontostand alt (${ctx.ndate(addDays(s.von, -1))})`, `${decimal(Math.abs(s.opening))} ${s.opening < 0 ? 'S' : 'H'}`],
    ['Summe Belastungen', `${decimal(cents(soll))} S`],
    ['Summe Gutschriften', `${decimal(cents(haben))} H`],
    [`Kontostand neu (${ctx.ndate(s.bis)})`, `${decimal(Math.abs(close))} ${close < 0 ? 'S' : 'H'}`],
  ];
  sum.forEach(([l, v], i) => {
    d.text(d.left + 228, top + 14 + i * 16, l, { size: 8.5, bold: i === 3 });
    d.text(d.right - 8, top + 14 + i * 16, v, { size: 8.5, bold: i === 3, align: 'right' });
  });
  d.y = top + 86;
  d.para(`Eingeräumte Kontoüberziehung ${ctx.money(ctx.rng.pick([0, 500, 1000, 2500]))}, Sollzinssatz ${decimal(ctx.rng.float(8.5, 12.9), 2)} % p. a. Bitte erheben Sie Einwendungen gegen einzelne Buchungen unverzüglich. Der Rechnungsabschluss gilt als genehmigt, wenn Sie nicht innerhalb von sechs Wochen nach Zugang widersprechen.`, { size: 7 });
  footer(d, [[bankName, `BIC ${s.bank.bic}`], ['Bitte beachten Sie die Hinweise zur Einlagensicherung im Preis- und Leistungsverzeichnis.']], 'Seite x von y');
  truth(ctx, s);
}

/**
 * F (holdout, blind 2): a statement that opens with a summary row of four boxes (opening balance,
 * money in, money out, closing balance), then lists the bookings grouped under a heading per
 * booking day (weekday and date) with the balance after each day; the account holder named in
 * the account line above the summary, the period in the title in words.
 */
function blind2Tagesgruppen(ctx: Ctx): void {
  const s = draw(ctx);
  const d = ctx.start({ family: 'helvetica', size: 8.5, margins: { left: 50, right: 46, top: 44, bottom: 62 } });
  const W = d.contentWidth;
  const col: [number, number, number] = ctx.rng.pick([[0.0, 0.35, 0.3], [0.3, 0.2, 0.5], [0.1, 0.1, 0.1], [0.0, 0.3, 0.6]]);
  d.text(d.left, 50, s.bank.name, { size: 13, bold: true, color: col });
  d.text(d.right, 44, `BIC ${s.bank.bic}`, { size: 7.5, align: 'right', color: GRAY });
  d.text(d.right, 54, `Service ${fake.phone(ctx.rng)}`, { size: 7.5, align: 'right', color: GRAY });
  returnLine(d, `${s.bank.name} · ${s.address.plz} ${s.address.city}`);
  addressWindow(d, [s.holder.gender === 'f' ? 'Frau' : 'Herrn', `${s.holder.first} ${s.holder.last}`, `${s.address.street} ${s.address.no}`, `${s.address.plz} ${s.address.city}`]);
  const year = s.bis.slice(0, 4);
  d.text(360, 160, `Auszug Nr. ${String(s.nr).padStart(3, '0')} / ${year}`, { size: 9 });
  d.text(360, 172, `Erstellt am ${ctx.ndate(addDays(s.bis, 1))}`, { size: 9 });
  d.text(360, 184, `Kunden-Nr. ${ctx.rng.digits(10)}`, { size: 7.5, color: GRAY });
  d.y = 236;
  const longDate = (iso: IsoDate) => `${Number(iso.slice(8, 10))}. ${MONTHS_DE[Number(iso.slice(5, 7)) - 1]} ${iso.slice(0, 4)}`;
  const vonText = ctx.rng.chance(0.5) ? longDate(s.von) : ctx.ndate(s.von);
  const bisText = ctx.rng.chance(0.5) ? longDate(s.bis) : ctx.ndate(s.bis);
  const t1 = d.text(d.left, d.y + 13, ctx.rng.pick(['Ihre Umsätze vom ', 'Kontobewegungen vom ']), { size: 13, bold: true });
  const t2 = d.text(d.left + t1, d.y + 13, vonText, { size: 13, bold: true, field: 'zeitraum_von' });
  const t3 = d.text(d.left + t1 + t2, d.y + 13, ' bis ', { size: 13, bold: true });
  d.text(d.left + t1 + t2 + t3, d.y + 13, bisText, { size: 13, bold: true, field: 'zeitraum_bis' });
  d.y += 24;
  const lw = d.text(d.left, d.y + 9, `${ctx.rng.pick(['Girokonto', 'Privatkonto', 'Gehaltskonto'])} ${ctx.rng.pick(['von', 'für'])} `, { size: 9 });
  const nw = d.text(d.left + lw, d.y + 9, ctx.name(s.holder), { size: 9, bold: true, field: 'kontoinhaber' });
  const iw = d.text(d.left + lw + nw + 4, d.y + 9, '· IBAN ', { size: 9 });
  d.text(d.left + lw + nw + 4 + iw, d.y + 9, ctx.iban(s.iban, true), { size: 9, field: 'iban' });
  d.y += 18;
  const inflow = cents(s.txs.filter((t) => t.amount > 0).reduce((a, t) => a + t.amount, 0));
  const outflow = cents(s.txs.filter((t) => t.amount < 0).reduce((a, t) => a - t.amount, 0));
  const close = closingBalance(s);
  const boxes: [string, string][] = [
    [`Saldo ${ctx.ndate(addDays(s.von, -1))}`, ctx.money(s.opening)],
    ['Zahlungseingänge', `+ ${ctx.money(inflow)}`],
    ['Zahlungsausgänge', `- ${ctx.money(outflow)}`],
    [`Saldo ${ctx.ndate(s.bis)}`, ctx.money(close)],
  ];
  const bw = W / 4;
  boxes.forEach(([l, v], i) => {
    d.rect(d.left + i * bw + (i ? 3 : 0), d.y, bw - 3, 36, { fill: i === 3 ? [0.9, 0.94, 0.92] : [0.96, 0.96, 0.96] });
    d.text(d.left + i * bw + 9, d.y + 12, l, { size: 7.5, color: GRAY });
    d.text(d.left + i * bw + 9, d.y + 28, v, { size: 10.5, bold: i === 3 });
  });
  d.y += 48;
  // bookings grouped by day
  const WEEKDAYS = ['Sonntag', 'Montag', 'Dienstag', 'Mittwoch', 'Donnerstag', 'Freitag', 'Samstag'];
  const days = [...new Set(s.txs.map((t) => t.date))];
  let balance = s.opening;
  for (const day of days) {
    const txs = s.txs.filter((t) => t.date === day);
    d.ensure(40);
    d.rect(d.left, d.y, W, 14, { fill: [0.93, 0.93, 0.93] });
    d.text(d.left + 4, d.y + 10, `${WEEKDAYS[weekday(day)]}, ${ctx.ndate(day)}`, { size: 8, bold: true });
    d.y += 16;
    for (const t of txs) {
      const lines = [`${t.party}`, `${t.kind} · ${t.purpose}`, ...(t.iban ? [`${t.amount < 0 ? 'an' : 'von'} ${fake.groupIban(t.iban)}`] : [])];
      d.ensure(lines.length * 10 + 6);
      const top = d.y;
      lines.forEach((l, i) => d.text(d.left + 10, top + 9 + i * 10, l, { size: i === 0 ? 8.5 : 7.5, bold: i === 0, color: i === 0 ? undefined : GRAY }));
      d.text(d.right - 4, top + 9, `${t.amount < 0 ? '-' : '+'} ${decimal(Math.abs(t.amount))} €`, { size: 8.5, align: 'right', color: t.amount < 0 ? [0.6, 0.0, 0.0] : [0.0, 0.4, 0.1] });
      balance = cents(balance + t.amount);
      d.y = top + lines.length * 10 + 4;
    }
    d.text(d.right - 4, d.y + 7, `Tagessaldo ${decimal(balance)} €`, { size: 7.5, align: 'right', color: GRAY });
    d.y += 14;
  }
  d.move(6);
  d.ensure(50);
  d.hline(d.y, d.left, d.right, 0.6);
  d.move(6);
  d.para(`Der Saldo zum ${ctx.ndate(s.bis)} beträgt ${ctx.money(close)}. Ihr eingeräumter Verfügungsrahmen beträgt ${ctx.money(ctx.rng.pick([0, 500, 1000, 1500, 3000]))}. Bitte prüfen Sie die Buchungen; Einwendungen gegen einzelne Posten teilen Sie uns bitte unverzüglich mit. Guthaben sind im Rahmen der gesetzlichen Einlagensicherung bis 100.000 Euro je Kunde geschützt.`, { size: 7.5, color: GRAY });
  footer(d, [[s.bank.name, `BLZ ${s.bank.blz}`], [`Kontoauszug ${String(s.nr).padStart(3, '0')}/${year}`]], 'Seite x von y');
  truth(ctx, s);
}

const NEOBANKS = [
  { brand: 'nuvia', legal: 'Nuvia Bank AG', blz: '10011701', bic: 'NUVIDEB1XXX', plz: '10178', city: 'Berlin', court: 'Amtsgericht Charlottenburg' },
  { brand: 'Kontora', legal: 'Kontora Bank GmbH', blz: '10012745', bic: 'KTRADEB2XXX', plz: '10117', city: 'Berlin', court: 'Amtsgericht Charlottenburg' },
  { brand: 'finvy', legal: 'Finvy Digitalbank AG', blz: '70013600', bic: 'FNVYDEM1XXX', plz: '80335', city: 'München', court: 'Amtsgericht München' },
  { brand: 'Lumo', legal: 'Lumo Bank SE, Zweigniederlassung Deutschland', blz: '50010320', bic: 'LUMODEF1XXX', plz: '60313', city: 'Frankfurt am Main', court: 'Amtsgericht Frankfurt am Main' },
] as const;

/**
 * G (holdout, blind 3): the PDF statement of a smartphone bank, addressed with "du": name and
 * address at the top left without a window, IBAN and BIC on one line below, "Kontoauszug" with the
 * period at the top right beside the creation date; each booking as a block (counterparty in bold,
 * kind and the counterparty's IBAN, purpose, value date, sometimes a foreign amount), the amount
 * signed at the right; at the end an overview of the balances and of the sub-accounts ("Spaces").
 */
function blind3SmartphoneBank(ctx: Ctx): void {
  const s = draw(ctx);
  const nb = ctx.rng.pick(NEOBANKS);
  s.iban = fake.germanIban(nb.blz, ctx.rng.digits(10).replace(/^0/, '7'));
  // one salary, one rent, one fee a month: the shared pool may draw them twice
  const seen = new Set<string>();
  const once = s.txs.filter((t) => {
    const key = t.kind === 'Entgelt' ? 'Entgelt' : /^(Miete|Wohngeld|Lohn|Kindergeld|Rundfunkbeitrag|Abschlag Strom)/.exec(t.purpose)?.[1];
    if (!key) return true;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  // a smartphone bank knows card payments and instant transfers, not the girocard
  const txs = once.map((t) => {
    if (t.kind === 'Kartenzahlung') {
      const foreign = ctx.rng.chance(0.15);
      return { ...t, kind: ctx.rng.pick(['Mastercard-Zahlung', 'Visa Debit']), party: foreign ? ctx.rng.pick(['AMZN Mktp US', 'STEAM PURCHASE', 'APPLE.COM/BILL', 'Hotel Booking NYC']) : t.party, purpose: foreign ? `Originalbetrag ${decimal(cents(-t.amount * 1.08))} USD · Kurs 1,08` : `Karte ****${ctx.rng.digits(4)}` };
    }
    if (t.kind === 'Bargeldauszahlung') return { ...t, kind: 'Bargeldabhebung', party: ctx.rng.pick(['Geldautomat Cash Group', 'Barauszahlung Supermarkt', 'ATM Reisebank']) };
    if (t.kind === 'Überweisung') return { ...t, kind: t.amount < 0 ? 'Echtzeitüberweisung' : 'Gutschrift' };
    if (t.kind === 'Entgelt') return { ...t, kind: 'Kontoführung', party: `${nb.brand} ${ctx.rng.pick(['Smart', 'Plus', 'You'])}`, purpose: 'Monatliche Kontogebühr', amount: -ctx.rng.pick([4.9, 9.9, 2.9]) };
    return t;
  });
  const d = ctx.start({ family: 'helvetica', size: 8.5, margins: { left: 48, right: 48, top: 48, bottom: 78 } });
  const ink: [number, number, number] = ctx.rng.pick([[0.1, 0.6, 0.55], [0.35, 0.2, 0.75], [0.05, 0.05, 0.05], [0.9, 0.35, 0.25]]);
  d.text(d.left, 56, nb.brand, { size: 22, bold: true, color: ink });
  // holder block top left, no address window
  const hy = 96;
  d.text(d.left, hy, `${s.holder.first} ${s.holder.last}`, { size: 10, bold: true, field: 'kontoinhaber' });
  d.text(d.left, hy + 13, `${s.address.street} ${s.address.no}`, { size: 9 });
  d.text(d.left, hy + 25, `${s.address.plz} ${s.address.city}`, { size: 9 });
  d.text(d.left, hy + 44, `IBAN: ${ctx.v('iban', ctx.iban(s.iban))}   •   BIC: ${nb.bic}`, { size: 8.5 });
  // title and period top right
  d.text(d.right, 56, 'Kontoauszug', { size: 16, bold: true, align: 'right' });
  const period = ctx.rng.pick(['bis', '–']);
  d.text(d.right, 74, `${ctx.v('zeitraum_von', ctx.date(s.von))} ${period} ${ctx.v('zeitraum_bis', ctx.date(s.bis))}`, { size: 10, align: 'right' });
  d.text(d.right, 96, `Erstellt am ${ctx.ndate(addDays(s.bis, ctx.rng.int(1, 4)))}`, { size: 8, align: 'right', color: GRAY });
  d.text(d.right, 108, `Auszug Nr. ${s.nr} / ${s.bis.slice(0, 4)}`, { size: 8, align: 'right', color: GRAY });
  d.text(d.right, 120, ctx.rng.pick(['Girokonto', 'Hauptkonto', 'Privatkonto']), { size: 8, align: 'right', color: GRAY });
  d.y = hy + 66;
  const colText = d.left + 78;
  const header = () => {
    d.row([
      { x: d.left, text: 'Datum', bold: true, size: 8, color: GRAY },
      { x: colText, text: 'Beschreibung', bold: true, size: 8, color: GRAY },
      { x: d.right, text: 'Betrag', bold: true, size: 8, color: GRAY, align: 'right' },
    ], { size: 8, minHeight: 14 });
    d.hline(d.y, d.left, d.right, 0.8, ink);
    d.move(6);
  };
  d.onContinuation((doc) => {
    doc.text(doc.left, doc.y + 8, `${nb.brand} · Kontoauszug ${ctx.ndate(s.von)} – ${ctx.ndate(s.bis)} · ${s.holder.first} ${s.holder.last}`, { size: 7.5, color: GRAY });
    doc.y += 20;
    header();
  });
  header();
  const dm = (x: IsoDate) => ctx.ndate(x);
  let out = 0;
  let inn = 0;
  for (const t of txs) {
    const lines: string[] = [`${t.kind}${t.iban ? `  •  IBAN: ${fake.groupIban(t.iban)}` : ''}`];
    if (t.purpose) lines.push(t.purpose);
    const valuta = t.valuta !== t.date || ctx.rng.chance(0.5);
    if (valuta) lines.push(`Wertstellung ${dm(t.valuta)}`);
    const h = 12 + lines.length * 10 + 6;
    d.ensure(h);
    const top = d.y;
    d.text(d.left, top + 9, dm(t.date), { size: 8.5 });
    d.text(colText, top + 9, t.party, { size: 9, bold: true });
    lines.forEach((l, i) => d.text(colText, top + 21 + i * 10, l, { size: 7.5, color: GRAY }));
    d.text(d.right, top + 9, `${t.amount < 0 ? '-' : '+'}${decimal(Math.abs(t.amount))} €`, { size: 9, bold: t.amount > 0, align: 'right', color: t.amount > 0 ? ink : undefined });
    if (t.amount < 0) out += -t.amount;
    else inn += t.amount;
    d.y = top + h;
    d.hline(d.y - 3, colText, d.right, 0.2, LIGHT);
  }
  const close = cents(s.opening + inn - out);
  d.ensure(190);
  d.move(16);
  d.write('Übersicht', { size: 12, bold: true });
  d.move(2);
  const over: [string, string][] = [
    [`Alter Kontostand (${ctx.ndate(addDays(s.von, -1))})`, `${decimal(s.opening)} €`],
    ['Ausgehende Transaktionen', `-${decimal(cents(out))} €`],
    ['Eingehende Transaktionen', `+${decimal(cents(inn))} €`],
    [`Dein neuer Kontostand (${ctx.ndate(s.bis)})`, `${decimal(close)} €`],
  ];
  over.forEach(([l, v], i) => {
    d.row([{ x: d.left, text: l, bold: i === 3 }, { x: d.left + 300, text: v, bold: i === 3, align: 'right' }], { size: 9, minHeight: 15 });
    if (i === 2) d.hline(d.y - 2, d.left, d.left + 300, 0.5);
  });
  d.move(10);
  const spaces = ctx.rng.sample(['Urlaub', 'Notgroschen', 'Nebenkosten', 'Geschenke', 'Auto', 'Sparen'], ctx.rng.int(1, 3));
  d.write(ctx.rng.pick(['Deine Spaces', 'Unterkonten']), { size: 10, bold: true });
  for (const sp of spaces) d.row([{ x: d.left, text: sp }, { x: d.left + 300, text: `${decimal(cents(ctx.rng.float(20, 2400)))} €`, align: 'right' }], { size: 9, minHeight: 14 });
  d.para('Guthaben in Spaces sind Teil deines Girokontos und in den Kontoständen oben nicht enthalten.', { size: 7.5, color: GRAY });
  d.move(4);
  d.para(`Bitte prüfe deinen Kontoauszug. Einwendungen gegen den Rechnungsabschluss musst du innerhalb von sechs Wochen nach Zugang erheben. Dein Guthaben ist bis 100.000 € je Kundin und Kunde durch die gesetzliche Einlagensicherung geschützt. Fragen? Schreib uns im Chat in der App.`, { size: 7.5 });
  const hrb = `HRB ${ctx.rng.digits(6)}${ctx.rng.pick(['', ' B'])}`;
  footer(d, [[`${nb.legal}`, `${fake.address(ctx.rng, { city: nb.city }).street} ${ctx.rng.int(1, 90)}, ${nb.plz} ${nb.city}`], [`${nb.court}, ${hrb}`, `USt-IdNr. DE${ctx.rng.digits(9)}`], [`Vorstand: ${fake.fullName(fake.person(ctx.rng))}, ${fake.fullName(fake.person(ctx.rng))}`, `BIC ${nb.bic}`]], 'Seite x von y');
  ctx.meta = { title: `Kontoauszug ${s.von.slice(0, 7)}`, creator: `${nb.brand} app` };
  truth(ctx, s);
}

/** the protected amounts of a P-Konto (§ 899 ZPO) in force in a month: basic, first and each further dependant */
function pKontoFreibetrag(month: IsoDate): [number, number, number] {
  if (month < '2024-07-01') return [1410, 531.61, 296.17];
  if (month < '2025-07-01') return [1499.99, 561.43, 312.78];
  return [1555, 585.23, 326.04];
}

/**
 * H (holdout, blind 4): a landscape statement of a Pfändungsschutzkonto from a regional bank: a
 * grey column at the left with the account's particulars (the holder under a heading of its own,
 * the kind of account, IBAN, the period as "vom … / bis …" on two lines, statement number and
 * creation date), the bookings at the right with booking and value day, kind, text with the
 * counterparty's IBAN, the amount signed and the balance after each booking; at the end the
 * month's protected amount (basic allowance, increase for dependants, carry-over from the month
 * before, what is left) and, sometimes, the attachment with the creditor's reference.
 */
function blind4PKontoQuerformat(ctx: Ctx): void {
  const s = draw(ctx);
  // a regional bank's account; a protected account rarely holds much, and has one salary, one rent
  const bank = ctx.rng.pick(fake.BANKS.filter((b) => /Sparkasse|Volksbank|Sparda|Postbank/.test(b.name)));
  s.bank = bank;
  s.iban = fake.germanIban(bank.blz, ctx.rng.digits(10).replace(/^0/, String(ctx.rng.int(1, 9))));
  s.opening = cents(ctx.rng.float(-20, 380));
  const once = new Set<string>();
  s.txs = s.txs.filter((t) => {
    const key = t.kind === 'Entgelt' ? 'Entgelt' : /^(Miete|Wohngeld|Lohn|Kindergeld|Rundfunkbeitrag|Abschlag Strom)/.exec(t.purpose)?.[1];
    if (!key) return true;
    if (once.has(key)) return false;
    once.add(key);
    return true;
  });
  // card payments carry their own day and time
  s.txs = s.txs.map((t) => (t.kind === 'Kartenzahlung' ? { ...t, purpose: `${ctx.rng.pick(['Girocard', 'Debitkarte'])} ${ctx.ndate(t.date)} ${String(ctx.rng.int(8, 20)).padStart(2, '0')}:${String(ctx.rng.int(0, 59)).padStart(2, '0')} Uhr` } : t));
  const d = ctx.start({ family: 'helvetica', size: 8, pageSize: [841.89, 595.28], margins: { left: 36, right: 36, top: 36, bottom: 54 } });
  const ink = accent(s.bank);
  const panelW = 196;
  const mainX = d.left + panelW + 16;
  const year = s.bis.slice(0, 4);
  const nrText = `${s.nr} / ${year}`;
  const created = addDays(s.bis, ctx.rng.int(1, 3));
  d.onEveryPage((doc, page, pages) => {
    doc.text(doc.left, 40, s.bank.name, { size: 15, bold: true, color: ink });
    doc.text(doc.right, 38, 'Kontoauszug', { size: 14, bold: true, align: 'right' });
    doc.text(doc.right, 50, `Nr. ${nrText} · Blatt ${page} von ${pages}`, { size: 8, align: 'right', color: GRAY });
    doc.hline(58, doc.left, doc.right, 1, ink);
  });
  const panel = (rows: [string, string[]][], top: number) => {
    d.rect(d.left, top, panelW, d.height - 68 - top, { fill: [0.94, 0.94, 0.94] });
    let y = top + 14;
    for (const [label, lines] of rows) {
      d.text(d.left + 8, y, label, { size: 6.5, color: GRAY });
      lines.forEach((l, i) => d.text(d.left + 8, y + 11 + i * 10.5, l, { size: 8.5, bold: i === 0 && label === rows[0][0] }));
      y += 16 + lines.length * 10.5;
    }
  };
  const kontonr = s.iban.slice(-10).replace(/^0+/, '');
  const holderLabel = ctx.rng.pick(['Inhaberin / Inhaber', 'Kundin / Kunde', 'Name']);
  const periodLabel = ctx.rng.pick(['Auszugsperiode', 'Umsätze im Zeitraum', 'gebuchte Umsätze']);
  panel([
    [holderLabel, [ctx.v('kontoinhaber', ctx.name(s.holder)), `${s.address.street} ${s.address.no}`, `${s.address.plz} ${s.address.city}`]],
    ['Kontoart', ['Girokonto als Pfändungs-', 'schutzkonto (P-Konto)']],
    ['IBAN', [ctx.v('iban', ctx.iban(s.iban))]],
    ['BIC / Kontonummer', [`${s.bank.bic} / ${kontonr}`]],
    [periodLabel, [`vom ${ctx.v('zeitraum_von', ctx.ndate(s.von))}`, `bis ${ctx.v('zeitraum_bis', ctx.ndate(s.bis))}`]],
    ['Auszug', [`Nr. ${nrText}`, `erstellt am ${ctx.ndate(created)}`]],
    ['Ihre Beraterin / Ihr Berater', [fake.fullName(fake.person(ctx.rng)), `Telefon ${fake.phone(ctx.rng)}`]],
  ], 70);
  const cols = { tag: mainX, wert: mainX + 56, art: mainX + 100, text: mainX + 180, betrag: d.right - 78, saldo: d.right };
  const textW = cols.betrag - 70 - cols.text;
  const header = () => {
    d.rect(mainX - 2, d.y, d.right - mainX + 4, 14, { fill: [0.88, 0.88, 0.88] });
    d.row([
      { x: cols.tag, text: 'Buchungstag', bold: true },
      { x: cols.wert, text: 'Wert', bold: true },
      { x: cols.art, text: 'Umsatzart', bold: true },
      { x: cols.text, text: 'Buchungstext / Auftraggeber / Empfänger', bold: true },
      { x: cols.betrag, text: 'Betrag EUR', bold: true, align: 'right' },
      { x: cols.saldo, text: 'Saldo EUR', bold: true, align: 'right' },
    ], { size: 7.5, minHeight: 14 });
    d.move(4);
  };
  d.onContinuation((doc) => {
    panel([
      ['IBAN', [ctx.iban(s.iban)]],
      [periodLabel, [`${ctx.ndate(s.von)} – ${ctx.ndate(s.bis)}`]],
    ], 70);
    doc.y = 70;
    header();
  });
  d.y = 70;
  header();
  let balance = s.opening;
  d.row([{ x: cols.text, text: `Saldovortrag vom ${ctx.ndate(addDays(s.von, -1))}`, bold: true }, { x: cols.saldo, text: decimal(balance), bold: true, align: 'right' }], { size: 8, minHeight: 14 });
  const dm = (x: IsoDate) => `${x.slice(8, 10)}.${x.slice(5, 7)}.`;
  for (const t of s.txs) {
    const lines = [t.party, t.purpose, ...(t.iban ? [`IBAN ${fake.groupIban(t.iban)}`] : [])].flatMap((l) => d.wrap(l, textW, { size: 7.5 }));
    const h = lines.length * 9.5 + 5;
    d.ensure(h + 2);
    const top = d.y;
    balance = cents(balance + t.amount);
    d.text(cols.tag, top + 8, dm(t.date), { size: 7.5 });
    d.text(cols.wert, top + 8, dm(t.valuta), { size: 7.5 });
    d.text(cols.art, top + 8, t.kind, { size: 7.5 });
    lines.forEach((l, i) => d.text(cols.text, top + 8 + i * 9.5, l, { size: 7.5, bold: i === 0 }));
    d.text(cols.betrag, top + 8, `${t.amount < 0 ? '-' : '+'}${decimal(Math.abs(t.amount))}`, { size: 7.5, align: 'right' });
    d.text(cols.saldo, top + 8, decimal(balance), { size: 7.5, align: 'right', color: GRAY });
    d.y = top + h;
    d.hline(d.y - 2, mainX, d.right, 0.2, LIGHT);
  }
  d.row([{ x: cols.text, text: `Saldo per ${ctx.ndate(s.bis)}`, bold: true }, { x: cols.saldo, text: decimal(closingBalance(s)), bold: true, align: 'right' }], { size: 8, minHeight: 16 });
  // the month's protected amount
  const month = `${s.bis.slice(0, 7)}-01`;
  const [basic, first, further] = pKontoFreibetrag(month);
  const dependants = ctx.rng.weighted([[0, 3], [1, 2], [2, 1]] as const);
  const increase = dependants === 0 ? 0 : cents(first + further * (dependants - 1));
  const carry = ctx.rng.chance(0.5) ? cents(ctx.rng.float(20, 400)) : 0;
  const protectedSum = cents(basic + increase + carry);
  const used = cents(Math.min(protectedSum, s.txs.filter((t) => t.amount < 0 && t.date >= month).reduce((a, t) => a - t.amount, 0)));
  const monthName = `${MONTHS_DE[Number(month.slice(5, 7)) - 1]} ${month.slice(0, 4)}`;
  const rows: [string, string][] = [
    ['Grundfreibetrag (§ 899 Abs. 1 ZPO)', decimal(basic)],
    ...(dependants ? ([[`Erhöhungsbetrag lt. Bescheinigung (${dependants} unterhaltsberechtigte Person${dependants > 1 ? 'en' : ''})`, decimal(increase)]] as [string, string][]) : []),
    ...(carry ? ([[`Übertrag nicht verbrauchter Freibetrag aus dem Vormonat`, decimal(carry)]] as [string, string][]) : []),
    [`geschützter Betrag ${monthName}`, decimal(protectedSum)],
    ['davon bereits verfügt', decimal(used)],
    [`noch verfügbar bis ${ctx.ndate(lastOfMonth(month))}`, decimal(cents(protectedSum - used))],
  ];
  const pfaendung = ctx.rng.chance(0.5);
  const gl = ctx.rng.pick(['Creditreform Inkasso GmbH', 'EOS Deutscher Inkasso-Dienst GmbH', 'Finanzamt ' + fake.address(ctx.rng).city, 'Stadtkasse ' + s.address.city, 'Amtsgericht ' + fake.address(ctx.rng).city + ' (Gerichtsvollzieherin)']);
  const note = pfaendung
    ? `Für Ihr Konto liegt eine Pfändung vor (Gläubiger: ${gl}, Az. ${fake.aktenzeichen(ctx.rng, ctx.rng.pick(['DR II', 'VK', 'M', 'VS']))}). Guthaben über dem geschützten Betrag wird nach Ablauf des Folgemonats an den Gläubiger abgeführt.`
    : 'Derzeit liegt für Ihr Konto keine Pfändung vor. Nicht verbrauchter Freibetrag kann in die folgenden drei Kalendermonate übertragen werden.';
  const noteLines = d.wrap(note, d.right - mainX - 360, { size: 7.5 });
  const boxH = 26 + Math.max(rows.length * 12, noteLines.length * 10);
  d.ensure(boxH + 10);
  d.move(8);
  const by = d.y;
  d.rect(mainX, by, d.right - mainX, boxH, { stroke: [0.3, 0.3, 0.3], lineWidth: 0.6 });
  d.text(mainX + 8, by + 13, `Pfändungsschutzkonto – Ihr geschützter Betrag im ${monthName}`, { size: 8.5, bold: true });
  rows.forEach(([l, v], i) => {
    d.text(mainX + 8, by + 27 + i * 12, l, { size: 7.5, bold: i === rows.length - 1 });
    d.text(mainX + 330, by + 27 + i * 12, `${v} EUR`, { size: 7.5, align: 'right', bold: i === rows.length - 1 });
  });
  noteLines.forEach((l, i) => d.text(mainX + 350, by + 27 + i * 10, l, { size: 7.5 }));
  d.y = by + boxH + 8;
  d.para('Bitte prüfen Sie Ihren Kontoauszug. Einwendungen gegen Rechnungsabschlüsse sind innerhalb von sechs Wochen nach Zugang zu erheben. Eine Bescheinigung über den Erhöhungsbetrag (Kindergeld, Unterhalt) legen Sie bitte in Ihrer Filiale vor.', { x: mainX, size: 7, color: GRAY });
  footer(d, [[s.bank.name, `BLZ ${s.bank.blz} · BIC ${s.bank.bic}`], [/Sparkasse/.test(bank.name) ? 'Anstalt des öffentlichen Rechts' : /Postbank/.test(bank.name) ? 'eine Niederlassung der Deutsche Bank AG' : 'eingetragene Genossenschaft', `Aufsicht: BaFin`]], 'none');
  truth(ctx, s);
}

/**
 * I (holdout, blind 5): the statement of an account kept under a legal guardianship, posted to the
 * guardian: the window names the guardian (a professional or an association's employee) with a
 * line for the person in care; the account particulars as a ruled grid with the headings in grey
 * header cells (holder, IBAN, statement and sheet number, kind of account, BIC, period); bookings
 * with pension, social-assistance and rent lines, weekly pocket-money transfers to the holder's own
 * second account and the guardian's expense allowance; balances dated the day before the period and
 * its last day; at a quarter's end the interest-and-charges settlement with its own quarter period.
 */
function blind5Betreuungskonto(ctx: Ctx): void {
  const s = draw(ctx);
  const rng = ctx.rng;
  s.von = firstOfMonth(addMonths(ctx.today, -1));
  s.bis = lastOfMonth(s.von);
  s.nr = Number(s.von.slice(5, 7));
  const month = Number(s.von.slice(5, 7));
  const monthName = MONTHS_DE[month - 1];
  const quarterEnd = month % 3 === 0;
  const quarterStart = firstOfMonth(addMonths(s.von, -2));
  const guardian = fake.person(rng, { bornFrom: 1960, bornTo: 1992 });
  guardian.title = undefined;
  // a guardianship association's employee, a professional guardian or a volunteer (often a relative)
  const kind = rng.pick(['verein', 'beruf', 'ehrenamt'] as const);
  if (kind === 'ehrenamt' && rng.chance(0.6)) guardian.last = s.holder.last;
  const verein = kind === 'verein' ? rng.pick(['Betreuungsverein der Lebenshilfe', 'Betreuungsverein Caritas', 'Betreuungsverein der Diakonie', 'SKM Betreuungsverein', 'AWO Betreuungsverein']) + ` ${s.address.city} e.V.` : undefined;
  const guardianAddress = fake.sameCityAddress(rng, s.address);
  const own = fake.bankAccount(rng);
  const landlord = fake.landlordOrganisation(rng, s.address.city);
  const rvnr = fake.groupVsnr(fake.versicherungsnummer(rng, s.holder));
  const rente = cents(rng.float(520, 1350));
  const days = Math.round((Date.parse(s.bis) - Date.parse(s.von)) / 86400000);
  const txs: Tx[] = [];
  const at = (d: number) => addDays(s.von, Math.min(days, Math.max(0, d)));
  const push = (day: number, t: Omit<Tx, 'date' | 'valuta'>) => txs.push({ ...t, date: at(day), valuta: at(day) });
  push(rng.int(0, 2), { kind: 'Dauerauftrag', party: landlord, purpose: `Miete ${monthName} Whg. ${rng.int(1, 60)} Mieternr. ${rng.digits(7)}`, iban: fake.bankAccount(rng).iban, amount: -cents(rng.float(320, 720)) });
  push(days - rng.int(0, 2), { kind: 'Gutschrift', party: rng.pick(['Deutsche Rentenversicherung Bund', 'Deutsche Rentenversicherung Mitteldeutschland', 'Deutsche Rentenversicherung Knappschaft-Bahn-See']), purpose: `Rente ${MONTHS_DE[month % 12]} RV-Nr. ${rvnr}`, amount: rente });
  if (rng.chance(0.5)) push(days - rng.int(1, 3), { kind: 'Gutschrift', party: `Stadt ${s.address.city} Sozialamt`, purpose: `Grundsicherung SGB XII Az. ${rng.digits(3)}.${rng.digits(5)} ${MONTHS_DE[month % 12]}`, amount: cents(rng.float(120, 480)) });
  if (rng.chance(0.3)) push(rng.int(10, 20), { kind: 'Gutschrift', party: `Stadt ${s.address.city}`, purpose: `Wohngeld Az. ${rng.digits(6)} ${monthName}`, amount: cents(rng.float(60, 300)) });
  const weekly = rng.pick([40, 50, 60, 70, 80]);
  for (let w = 0; w * 7 + 1 <= days; w++) push(w * 7 + rng.int(0, 1), { kind: 'Überweisung', party: fake.fullName(s.holder), purpose: `Wochengeld ${w + 1}. Woche ${monthName}`, iban: own.iban, amount: -weekly });
  push(rng.int(1, 5), { kind: 'Lastschrift', party: rng.pick(['Stadtwerke Leipzig GmbH', 'enviaM', 'Vattenfall Europe Sales GmbH', 'E.ON Energie Deutschland GmbH']), purpose: `Abschlag Strom Vertragskonto ${rng.digits(10)}`, iban: fake.bankAccount(rng).iban, amount: -cents(rng.float(30, 85)) });
  push(rng.int(3, 20), { kind: 'Lastschrift', party: rng.pick(['HUK-COBURG', 'DEVK', 'Allianz Versicherungs-AG']), purpose: `Privathaftpflicht Vers.-Nr. ${rng.digits(9)}`, iban: fake.bankAccount(rng).iban, amount: -cents(rng.float(4, 12)) });
  if (rng.chance(0.5)) push(rng.int(5, 25), { kind: 'Überweisung', party: rng.pick(['Sanitätshaus Vital GmbH', 'Apotheke am Markt', 'Pflegedienst Lindenhof gGmbH']), purpose: `Rechnung ${rng.digits(6)} Zuzahlung`, iban: fake.bankAccount(rng).iban, amount: -cents(rng.float(5, 60)) });
  // only a volunteer guardian draws the yearly expense allowance from the account
  if (kind === 'ehrenamt' && rng.chance(0.5)) push(rng.int(8, 22), { kind: 'Überweisung', party: fake.fullName(guardian), purpose: `Aufwandspauschale § 1878 BGB Betreuungsjahr ${Number(s.von.slice(0, 4)) - 1}/${s.von.slice(2, 4)}`, iban: fake.bankAccount(rng).iban, amount: -425 });
  const fee = rng.pick([0, 3.5, 4.95, 5.9]);
  const chargeDays = quarterEnd ? 3 : 1;
  if (fee) push(days, { kind: quarterEnd ? 'Rechnungsabschluss' : 'Entgelt', party: s.bank.name, purpose: quarterEnd ? `Abschluss per ${ctx.ndate(s.bis)} siehe Anlage` : `Kontoführung ${monthName}`, amount: -cents(fee * chargeDays) });
  txs.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  s.txs = txs;
  s.opening = cents(rng.float(150, 2400));
  const close = closingBalance(s);
  const amount = (v: number) => `${v < 0 ? '-' : '+'}${decimal(Math.abs(v))}`;

  const d = ctx.start({ family: 'helvetica', size: 8.5, margins: { left: 58, right: 48, top: 52, bottom: 70 } });
  const red = accent(s.bank);
  d.text(d.left, 50, s.bank.name, { size: 14, bold: true, color: red });
  d.text(d.right, 50, 'Kontoauszug', { size: 14, bold: true, align: 'right' });
  returnLine(d, `${s.bank.name} · ${guardianAddress.plz} ${guardianAddress.city}`);
  const win: Cell[] = [];
  if (verein) win.push(verein);
  win.push(`${guardian.gender === 'f' ? 'Frau' : 'Herrn'} ${guardian.first} ${guardian.last}`);
  const role = kind === 'beruf' ? `Berufsbetreuer${guardian.gender === 'f' ? 'in' : ''} ` : kind === 'ehrenamt' ? `Betreuer${guardian.gender === 'f' ? 'in' : ''} ` : '';
  win.push(`${role}${rng.pick(['i. S.', 'Betreuung', 'für'])} ${s.holder.first} ${s.holder.last}`);
  win.push(`${guardianAddress.street} ${guardianAddress.no}`, `${guardianAddress.plz} ${guardianAddress.city}`);
  addressWindow(d, win);
  const direct = /ING|DKB|comdirect/.test(s.bank.name);
  infoBlock(d, [
    direct ? ['Kundenservice', fake.phone(rng)] : ['Ihre Filiale', rng.pick(['Geschäftsstelle am Markt', 'Filiale Hauptstraße', 'Beratungscenter Mitte', 'Filiale Bahnhofstraße', 'Geschäftsstelle Nord'])],
    ...(direct ? [] : ([['Beratung', fake.fullName(fake.person(rng))], ['Telefon', fake.phone(rng)]] as [string, Cell][])),
    ['Erstellt am', ctx.ndate(addDays(s.bis, 1))],
  ], { x: 352, labelWidth: 62, size: 8 });
  // the account particulars: grey header cells over value cells
  const gridTop = 250;
  const cols = [d.left, d.left + 150, d.left + 320, d.left + 410, d.right];
  const head = (y: number, labels: string[], spans: number[]) => {
    let c = 0;
    labels.forEach((l, i) => {
      const x1 = cols[c];
      const x2 = cols[c + spans[i]];
      d.rect(x1, y, x2 - x1, 12, { fill: LIGHT, stroke: [0.5, 0.5, 0.5], lineWidth: 0.4 });
      d.text(x1 + 3, y + 9, l, { size: 7, color: GRAY });
      c += spans[i];
    });
  };
  const vals = (y: number, values: string[], spans: number[], bold: boolean[] = []) => {
    let c = 0;
    values.forEach((v, i) => {
      const x1 = cols[c];
      const x2 = cols[c + spans[i]];
      d.rect(x1, y, x2 - x1, 17, { stroke: [0.5, 0.5, 0.5], lineWidth: 0.4 });
      d.text(x1 + 4, y + 12, v, { size: 9, bold: bold[i] });
      c += spans[i];
    });
  };
  const holderLabel = ctx.pick(['Kontoinhaber', 'Kontoinhaber/in'], ['Konto lautet auf', 'Inhaber/in']);
  head(gridTop, [holderLabel, 'IBAN', 'Auszug', 'Blatt'], [1, 1, 1, 1]);
  vals(gridTop + 12, [ctx.v('kontoinhaber', ctx.name(s.holder)), ctx.v('iban', ctx.iban(s.iban)), `${s.nr}/${s.bis.slice(0, 4)}`, ''], [1, 1, 1, 1], [true]);
  head(gridTop + 29, ['Kontoart', 'BIC', ctx.pick(['Zeitraum', 'Abrechnungszeitraum'], ['Umsätze im Zeitraum', 'Auszugszeitraum'])], [1, 1, 2]);
  vals(gridTop + 41, [rng.pick(['Girokonto', 'Girokonto Basis', 'Privatgirokonto']), s.bank.bic, `${ctx.v('zeitraum_von', ctx.ndate(s.von))} bis ${ctx.v('zeitraum_bis', ctx.ndate(s.bis))}`], [1, 1, 2]);
  d.onEveryPage((doc, page, pages) => {
    if (page === 1) doc.text(cols[3] + 4, gridTop + 24, `${page} von ${pages}`, { size: 9 });
  });
  d.onContinuation((doc) => {
    doc.text(doc.left, doc.margins.top - 10, `${s.bank.name} · Kontoauszug ${s.nr}/${s.bis.slice(0, 4)} · IBAN ${fake.groupIban(s.iban)} · Fortsetzung`, { size: 7.5, color: GRAY });
  });
  d.y = gridTop + 68;
  d.row([{ x: d.left, text: `Kontostand am ${ctx.ndate(addDays(s.von, -1))}`, bold: true }, { x: d.right, text: amount(s.opening), bold: true, align: 'right' }], { size: 9 });
  d.move(4);
  const rows: Cell[][] = s.txs.map((t) => [
    ctx.ndate(t.date),
    ctx.ndate(t.valuta),
    `${t.kind}\n${t.party}\n${t.purpose}${t.iban ? `\nIBAN ${fake.groupIban(t.iban)}` : ''}`,
    amount(t.amount),
  ]);
  table(ctx, [
    { header: 'Buchungstag', x: d.left },
    { header: 'Valuta', x: d.left + 62 },
    { header: 'Vorgang / Auftraggeber / Empfänger / Verwendungszweck', x: d.left + 124, width: 270 },
    { header: 'Betrag EUR', x: d.right, align: 'right' },
  ], rows, { size: 8, grid: true, rowGap: 1.4 });
  d.ensure(40);
  d.hline(d.y - 3, d.left, d.right, 1);
  d.row([{ x: d.left, text: `Kontostand am ${ctx.ndate(s.bis)}`, bold: true }, { x: d.right, text: amount(close), bold: true, align: 'right' }], { size: 9.5 });
  d.row([{ x: d.left, text: 'Eingeräumte Kontoüberziehung', color: GRAY }, { x: d.right, text: decimal(0), align: 'right', color: GRAY }], { size: 8 });
  d.move(10);
  if (quarterEnd) {
    d.ensure(90);
    const top = d.y;
    d.y += 6;
    d.write(`Rechnungsabschluss für den Zeitraum ${ctx.ndate(quarterStart)} bis ${ctx.ndate(s.bis)}`, { bold: true, x: d.left + 6 });
    const lines: [string, number][] = [['Habenzinsen 0,000 % p. a.', 0], ['Sollzinsen', 0], [`Kontoführungsentgelt 3 Monate je ${decimal(fee)} EUR`, -cents(fee * 3)]];
    for (const [l, v] of lines) d.row([{ x: d.left + 6, text: l }, { x: d.right - 6, text: amount(v), align: 'right' }], { size: 8.5 });
    d.row([{ x: d.left + 6, text: `Saldo des Abschlusses, gebucht am ${ctx.ndate(s.bis)}`, bold: true }, { x: d.right - 6, text: amount(-cents(fee * 3)), align: 'right', bold: true }], { size: 8.5 });
    d.rect(d.left, top, d.contentWidth, d.y - top + 4, { stroke: [0.3, 0.3, 0.3], lineWidth: 0.6 });
    d.move(12);
  } else {
    d.para(`Der nächste Rechnungsabschluss erfolgt zum ${ctx.ndate(lastOfMonth(addMonths(s.von, 2 - ((month - 1) % 3))))}.`, { size: 8 });
  }
  d.para('Bitte prüfen Sie die Buchungen. Einwendungen gegen Rechnungsabschlüsse sind innerhalb von sechs Wochen nach Zugang zu erheben. Für Konten unter rechtlicher Betreuung gelten die Vertretungsbefugnisse laut Betreuerausweis; Kontoauszüge senden wir an die Betreuerin oder den Betreuer.', { size: 7.5, color: GRAY });
  footer(d, [[s.bank.name, `BIC ${s.bank.bic}`], ['Guthaben sind als Einlagen nach Maßgabe', 'des Einlagensicherungsgesetzes entschädigungsfähig.']], 'none');
  truth(ctx, s);
}

/**
 * J (holdout, blind 6): the sheets a branch's statement printer puts out, A5 landscape: every
 * sheet carries the bank's pre-printed form, a grid of small coloured captions over the printed
 * values (holder, IBAN, BIC, statement number, year, sheet; kind of account, the period of the
 * bookings, the printing day, the previous statement's day), the bookings typed in a fixed-pitch
 * face with the SEPA particulars (counterparty IBAN, mandate, creditor ID) on their own lines and
 * amounts in a debit and a credit column; the old balance at the top, "Fortsetzung" at the foot of
 * a full sheet, the new balance, the overdraft limit and a notice of changed prices on the last.
 */
function blind6AuszugsdruckerA5(ctx: Ctx): void {
  const s = draw(ctx);
  const rng = ctx.rng;
  // printed at the branch: the bookings since the last print, up to the printing day
  s.bis = addDays(ctx.today, -rng.int(0, 20));
  s.von = addDays(s.bis, -rng.int(6, 34));
  const printed = addDays(s.bis, rng.pick([0, 0, 1, 2]));
  const span = Math.round((Date.parse(s.bis) - Date.parse(s.von)) / 86400000);
  // one rent and one Wohngeld credit at most; purposes name the month they were booked in
  const seen = new Set<string>();
  s.txs = s.txs
    .filter((t) => {
      const key = /^Miete/.test(t.purpose) ? 'miete' : /^Wohngeld/.test(t.purpose) ? 'wohngeld' : /^Lohn/.test(t.purpose) ? 'lohn' : '';
      if (!key) return true;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    })
    .slice(0, rng.int(6, 22))
    .map((t) => {
      const date = addDays(s.von, rng.int(0, span));
      const shift = t.kind === 'Gutschrift' && rng.chance(0.3) ? -1 : 0;
      const month = MONTHS_DE[Number(date.slice(5, 7)) - 1];
      const purpose = t.kind === 'Kartenzahlung' ? `${rng.pick(['Girocard', 'Debitkarte', 'Apple Pay'])} ${ctx.ndate(date)} ${rng.int(8, 20)}:${String(rng.int(0, 59)).padStart(2, '0')}` : t.purpose.replace(new RegExp(MONTHS_DE.join('|')), month);
      return { ...t, purpose, date, valuta: addDays(date, shift) };
    });
  s.txs.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  s.nr = rng.int(2, 40);
  // only banks with branches and statement printers
  s.bank = rng.pick(fake.BANKS.filter((b) => /Sparkasse|Volksbank|Postbank|Commerzbank|Deutsche Bank|HypoVereinsbank|Sparda/.test(b.name)));
  s.iban = fake.germanIban(s.bank.blz, `${rng.int(1, 9)}${rng.digits(9)}`);
  const phone = fake.phone(rng);
  const year = s.bis.slice(0, 4);
  const color = accent(s.bank);
  const product = rng.pick(['Giro Klassik', 'Girokonto Privat', 'Giro Basis', 'Privatkonto Komfort', 'Girokonto online']);
  const branch = rng.pick(['Filiale Markt', 'Filiale Hauptbahnhof', 'Geschäftsstelle Nord', 'Filiale Südvorstadt', 'SB-Center Rathausplatz']);
  const d = ctx.start({ family: 'courier', size: 8, pageSize: [595.28, 419.53], margins: { left: 40, right: 36, top: 118, bottom: 50 } });
  const X = { holder: 40, iban: 222, bic: 378, nr: 458, year: 500, sheet: 530, end: 559 };
  const cell = (x: number, y: number, w: number, label: string, value: string, field?: string) => {
    d.rect(x, y, w, 23, { stroke: color, lineWidth: 0.4 });
    d.text(x + 3, y + 7, label, { font: 'helvetica', size: 5.8, color });
    if (value) d.text(x + 3, y + 18, value, { font: 'courier', size: 8.5, field });
  };
  const zeitraum = `${ctx.ndate(s.von)} - ${ctx.ndate(s.bis)}`;
  const holderText = `${s.holder.first} ${s.holder.last}`;
  d.onEveryPage((doc, page, pages) => {
    doc.text(40, 30, s.bank.name, { font: 'helvetica-bold', size: 12, color });
    doc.text(40, 41, `${branch} · Telefon ${phone}`, { font: 'helvetica', size: 6.5, color: GRAY });
    doc.text(559, 32, 'Kontoauszug', { font: 'helvetica-bold', size: 13, align: 'right', color });
    cell(X.holder, 50, X.iban - X.holder, 'Kontoinhaber', holderText, 'kontoinhaber');
    cell(X.iban, 50, X.bic - X.iban, 'IBAN', ctx.iban(s.iban), 'iban');
    cell(X.bic, 50, X.nr - X.bic, 'BIC', s.bank.bic);
    cell(X.nr, 50, X.year - X.nr, 'Auszug', String(s.nr));
    cell(X.year, 50, X.sheet - X.year, 'Jahr', year);
    cell(X.sheet, 50, X.end - X.sheet, 'Blatt', `${page}/${pages}`);
    cell(X.holder, 73, X.iban - X.holder, 'Kontoart', product);
    cell(X.iban, 73, X.bic - X.iban, 'Buchungen vom - bis', zeitraum);
    cell(X.bic, 73, X.nr - X.bic, 'gedruckt am', ctx.ndate(printed));
    cell(X.nr, 73, X.end - X.nr, 'letzter Auszug vom', ctx.ndate(addDays(s.von, -1)));
    // column captions of the pre-printed form
    doc.rect(40, 101, 519, 12, { fill: [0.92, 0.92, 0.92] });
    const cap = { font: 'helvetica-bold' as const, size: 6.5, color };
    doc.text(43, 109.5, 'Bu-Tag', cap);
    doc.text(78, 109.5, 'Wert', cap);
    doc.text(114, 109.5, 'Vorgang / Verwendungszweck', cap);
    doc.text(478, 109.5, 'Belastung EUR', { ...cap, align: 'right' });
    doc.text(556, 109.5, 'Gutschrift EUR', { ...cap, align: 'right' });
    doc.hline(doc.height - 36, 40, 559, 0.3, color);
    doc.text(40, doc.height - 27, `${s.bank.name} · BIC ${s.bank.bic} · ${/Sparkasse/.test(s.bank.name) ? 'Anstalt des öffentlichen Rechts' : /Volksbank|Sparda/.test(s.bank.name) ? 'eingetragene Genossenschaft' : 'Aktiengesellschaft'}`, { font: 'helvetica', size: 5.8, color: GRAY });
    doc.text(40, doc.height - 20, 'Bitte prüfen Sie die Buchungen. Einwendungen gegen Rechnungsabschlüsse sind innerhalb von sechs Wochen nach Zugang zu erheben.', { font: 'helvetica', size: 5.8, color: GRAY });
  });
  d.place('zeitraum_von', ctx.ndate(s.von));
  d.place('zeitraum_bis', ctx.ndate(s.bis));
  // day and month only, padded as the document's other dates are
  const dm = (date: IsoDate) => ctx.ndate(date).split('.').slice(0, 2).join('.') + '.';
  const amountCells = (amount: number) => (amount < 0 ? { debit: decimal(-amount), credit: '' } : { debit: '', credit: decimal(amount) });
  const limit = d.height - d.margins.bottom;
  const put = (top: number, date: string, wert: string, lines: string[], amount?: number, bold = false) => {
    d.text(43, top + 8, date);
    d.text(78, top + 8, wert);
    lines.forEach((l, i) => d.text(114, top + 8 + i * 9, l, { bold: bold && i === 0 }));
    if (amount !== undefined) {
      const a = amountCells(amount);
      if (a.debit) d.text(478, top + 8, a.debit, { align: 'right', bold });
      if (a.credit) d.text(556, top + 8, a.credit, { align: 'right', bold });
    }
  };
  d.y = 118;
  put(d.y, '', '', [`Kontostand alt am ${ctx.ndate(addDays(s.von, -1))} (Auszug ${s.nr - 1}/${s.nr - 1 ? year : Number(year) - 1})`], s.opening, true);
  d.y += 14;
  const kinds: Record<string, string> = { Gutschrift: 'GUTSCHRIFT', Dauerauftrag: 'DAUERAUFTRAG', Lastschrift: 'LASTSCHRIFT', Kartenzahlung: 'KARTENZAHLUNG', Bargeldauszahlung: 'AUSZAHLUNG GA', 'Überweisung': 'ÜBERWEISUNG', Entgelt: 'ENTGELT' };
  for (const t of s.txs) {
    const lines = [`${kinds[t.kind] ?? t.kind.toUpperCase()} ${t.party}`.slice(0, 62), ...d.wrap(t.purpose, 300, { size: 8 })];
    if (t.iban) lines.push(`IBAN ${fake.groupIban(t.iban)}`);
    if (t.kind === 'Lastschrift' && t.iban) lines.push(`Mandat ${rng.pick(['M', 'ML', 'V'])}${rng.digits(8)} Gläub.-ID DE${rng.digits(2)}ZZZ${rng.digits(11)}`);
    const h = lines.length * 9 + 5;
    if (d.y + h > limit - 12) {
      d.text(114, limit - 2, `Fortsetzung auf Blatt ${d.page + 1}`, { font: 'helvetica-italic', size: 7, color: GRAY });
      d.newPage();
      d.y = 118;
    }
    put(d.y, dm(t.date), dm(t.valuta), lines, t.amount);
    d.y += h;
    d.hline(d.y - 3, 112, 559, 0.2, LIGHT);
  }
  const close = closingBalance(s);
  const dispo = rng.pick([0, 500, 1000, 1500, 2000, 3000]);
  const tail = 14 + 40;
  if (d.y + tail > limit) {
    d.text(114, limit - 2, `Fortsetzung auf Blatt ${d.page + 1}`, { font: 'helvetica-italic', size: 7, color: GRAY });
    d.newPage();
    d.y = 118;
  }
  d.hline(d.y, 40, 559, 0.6, color);
  put(d.y + 2, '', '', [`Kontostand neu am ${ctx.ndate(s.bis)}`], close, true);
  d.y += 16;
  const boxTop = d.y + 2;
  const info = dispo
    ? [`Eingeräumte Überziehungsmöglichkeit ${decimal(dispo)} EUR`, `Verfügbarer Betrag ${decimal(cents(close + dispo))} EUR`, `Sollzinssatz derzeit ${decimal(rng.float(8.5, 13.9), 2)} % p.a.`]
    : ['Guthabenkonto ohne Überziehungsmöglichkeit', `Verfügbarer Betrag ${decimal(Math.max(0, close))} EUR`];
  info.forEach((l, i) => d.text(43, boxTop + 9 + i * 9, l, { font: 'helvetica', size: 7 }));
  const newPrice = decimal(rng.pick([4.95, 5.5, 6.9, 7.5, 8.9]));
  const notice = d.wrap(`Mitteilung: Ab dem ${ctx.ndate(firstOfMonth(addMonths(s.bis, 2)))} beträgt das monatliche Kontoführungsentgelt für Ihr Konto ${newPrice} EUR. Einzelheiten finden Sie im Preisaushang Ihrer Filiale.`, 270, { font: 'helvetica', size: 7 });
  notice.forEach((l, i) => d.text(288, boxTop + 9 + i * 9, l, { font: 'helvetica', size: 7 }));
  d.rect(284, boxTop, 275, Math.max(notice.length, info.length) * 9 + 6, { stroke: color, lineWidth: 0.4 });
  d.y = boxTop + 40;
  truth(ctx, s);
}

/**
 * K (holdout, blind 7): a private bank's monthly statement of a current account: the bank's mark
 * and the branch with the adviser at the top, "Kontoauszug" with its number, the day it was made
 * and the sheet beside the window; under the window a grey strip with the headings over the values
 * (holder, kind of account, IBAN, BIC), sometimes a person holding a power of attorney under it;
 * the period in a sentence whose first day is printed without the year ("Umsätze vom 01.03. bis
 * 31.03.2025"); bookings with day and value day as "dd.mm.", debit and credit columns, the last
 * month's account fee with its own period, a savings transfer to the holder's own overnight
 * account; the old and new balance; an overview of the standing orders with their next dates, the
 * overdraft limit and the tax exemption order.
 */
function blind7PrivatbankDauerauftraege(ctx: Ctx): void {
  const s = draw(ctx);
  const rng = ctx.rng;
  const bank = rng.pick(fake.BANKS.filter((b) => /Deutsche Bank|Commerzbank|HypoVereinsbank|Postbank/.test(b.name)));
  s.bank = bank;
  s.iban = fake.germanIban(bank.blz, `${rng.int(1, 9)}${rng.digits(9)}`);
  const created = addDays(s.bis, rng.int(1, 3));
  const dm = (x: IsoDate) => `${x.slice(8, 10)}.${x.slice(5, 7)}.`;
  const sameYear = s.von.slice(0, 4) === s.bis.slice(0, 4);
  const vonText = sameYear && rng.chance(0.6) ? ctx.ndate(s.von).replace(/\d{4}$/, '') : ctx.ndate(s.von);
  const bisText = ctx.ndate(s.bis);
  const product = rng.pick(bank.name === 'Postbank' ? ['Postbank Giro plus', 'Postbank Giro extra plus'] : bank.name === 'Commerzbank' ? ['Kostenloses Girokonto', 'PremiumKonto'] : bank.name === 'Deutsche Bank' ? ['AktivKonto', 'BestKonto'] : ['HVB AktivKonto', 'HVB Exklusivkonto']);
  // a month's account fee is booked early in the next month, with the month it belongs to
  const feeFrom = firstOfMonth(addMonths(s.von, -1));
  const feeTo = lastOfMonth(feeFrom);
  const fee = rng.pick([4.9, 5.9, 6.9, 7.9, 9.9, 11.9]);
  const savings = fake.germanIban(bank.blz, `${rng.int(1, 9)}${rng.digits(9)}`);
  const landlordName = fake.landlordOrganisation(rng, s.address.city);
  const landlordIban = fake.bankAccount(rng).iban;
  const rent = cents(rng.float(380, 980));
  const plan = rng.pick([25, 50, 75, 100, 150]);
  const days = Math.round((Date.parse(s.bis) - Date.parse(s.von)) / 86400000);
  const early = (max: number) => addDays(s.von, Math.min(days, rng.int(0, max)));
  const feeDay = early(3);
  const planDay = early(4);
  const rentDay = early(2);
  const extra: Tx[] = [
    { date: feeDay, valuta: s.von, kind: 'Entgelt', party: bank.name, purpose: `Abrechnung Kontoführung ${ctx.ndate(feeFrom)} - ${ctx.ndate(feeTo)}`, amount: -fee },
    { date: planDay, valuta: planDay, kind: 'Dauerauftrag', party: fake.fullName(s.holder), purpose: `Übertrag auf Tagesgeld Sparplan`, iban: savings, amount: -plan },
    { date: rentDay, valuta: rentDay, kind: 'Dauerauftrag', party: landlordName, purpose: `Miete ${MONTHS_DE[Number(s.von.slice(5, 7)) - 1]} Mietkonto ${rng.digits(8)}`, iban: landlordIban, amount: -rent },
  ];
  s.txs = [...s.txs.filter((t) => t.kind !== 'Entgelt' && t.kind !== 'Dauerauftrag'), ...extra].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const attorney = rng.chance(0.45) ? fake.person(rng, { bornFrom: 1950, bornTo: 2002, last: rng.chance(0.5) ? s.holder.last : undefined }) : undefined;
  if (attorney) attorney.title = undefined;
  const adviser = fake.person(rng);
  const branch = fake.sameCityAddress(rng, s.address);
  const blue: [number, number, number] = bank.name === 'Commerzbank' ? [0.95, 0.75, 0.1] : bank.name === 'Postbank' ? [0.95, 0.8, 0.0] : bank.name === 'Deutsche Bank' ? [0.0, 0.15, 0.55] : [0.85, 0.1, 0.15];
  const d = ctx.start({ family: 'helvetica', size: 8.5, margins: { left: 56, right: 44, top: 60, bottom: 70 } });
  // the bank's mark: a coloured square with a white stroke, the name beside it
  d.rect(d.left, 34, 22, 22, { fill: blue });
  d.line(d.left + 5, 51, d.left + 17, 39, 2.2, [1, 1, 1]);
  d.text(d.left + 30, 50, bank.name, { size: 13, bold: true });
  const branchLines = [`Filiale ${s.address.city}`, `${branch.street} ${branch.no}, ${branch.plz} ${branch.city}`, `Ihr Berater: ${adviser.gender === 'f' ? 'Frau' : 'Herr'} ${adviser.last}`, `Telefon ${fake.phone(rng)}`];
  if (adviser.gender === 'f') branchLines[2] = `Ihre Beraterin: Frau ${adviser.last}`;
  branchLines.forEach((l, i) => d.text(d.right, 40 + i * 9.5, l, { size: 7.5, align: 'right', color: GRAY }));
  returnLine(d, `${bank.name} · ${branch.plz} ${branch.city}`);
  addressWindow(d, [s.holder.gender === 'f' ? 'Frau' : 'Herrn', `${s.holder.first} ${s.holder.last}`, `${s.address.street} ${s.address.no}`, `${s.address.plz} ${s.address.city}`]);
  const nrText = `${s.nr} / ${s.bis.slice(0, 4)}`;
  d.text(350, 158, ctx.pick(['Kontoauszug', 'Kontoauszug'], ['Auszug zu Ihrem Girokonto']), { size: 14, bold: true });
  d.text(350, 174, `Nummer ${nrText}`, { size: 9 });
  d.text(350, 186, `erstellt am ${ctx.ndate(created)}`, { size: 9 });
  d.onEveryPage((doc, page, pages) => doc.text(doc.right, page === 1 ? 198 : 48, `Blatt ${page} von ${pages}`, { size: 8.5, align: 'right' }));
  // grey strip: headings above values
  const strip = (top: number) => {
    const cells: [number, string, string, string?][] = [
      [0, ctx.pick(['Kontoinhaber', 'Kontoinhaberin/Kontoinhaber'], ['Inhaber des Kontos']), ctx.name(s.holder), 'kontoinhaber'],
      [150, 'Kontoart', product],
      [260, 'IBAN', ctx.iban(s.iban), 'iban'],
      [400, 'BIC', bank.bic],
    ];
    d.rect(d.left - 2, top, d.contentWidth + 4, 28, { fill: [0.92, 0.92, 0.92] });
    for (const [dx, l, v, f] of cells) {
      d.text(d.left + dx, top + 10, l, { size: 7, color: GRAY });
      d.text(d.left + dx, top + 22, v, { size: 8.5, bold: true, field: top < 300 ? f : undefined });
    }
  };
  strip(238);
  d.y = 272;
  if (attorney) {
    d.write(`${ctx.pick(['Verfügungsberechtigt (Kontovollmacht)', 'Bevollmächtigte Person'], ['Kontovollmacht erteilt an'])}: ${ctx.name(attorney)}, geb. ${ctx.ndate(attorney.birth)}`, { size: 8 });
  }
  d.move(4);
  d.write(`${ctx.pick(['Umsätze vom', 'Buchungen vom'], ['Kontobewegungen im Zeitraum vom'])} ${ctx.v('zeitraum_von', vonText)} bis ${ctx.v('zeitraum_bis', bisText)}`, { size: 10, bold: true });
  d.move(4);
  const cols = { buch: d.left, wert: d.left + 38, text: d.left + 78, soll: d.right - 78, haben: d.right };
  const header = () => {
    d.row([
      { x: cols.buch, text: 'Buchung', bold: true },
      { x: cols.wert, text: 'Valuta', bold: true },
      { x: cols.text, text: 'Vorgang', bold: true },
      { x: cols.soll, text: 'Soll EUR', bold: true, align: 'right' },
      { x: cols.haben, text: 'Haben EUR', bold: true, align: 'right' },
    ], { size: 8, minHeight: 13 });
    d.hline(d.y, d.left - 2, d.right + 2, 0.8);
    d.move(3);
  };
  d.onContinuation((doc) => {
    doc.text(doc.left, 48, `${bank.name} · Kontoauszug ${nrText} · IBAN ${ctx.iban(s.iban)}`, { size: 8, color: GRAY });
    doc.y = 62;
    header();
  });
  header();
  const saldoRow = (label: string, value: number) => {
    d.row([
      { x: cols.text, text: label, bold: true },
      { x: value < 0 ? cols.soll : cols.haben, text: decimal(Math.abs(value)), bold: true, align: 'right' },
    ], { size: 8.5, minHeight: 15 });
  };
  saldoRow(`Saldo alt per ${ctx.ndate(addDays(s.von, -1))}`, s.opening);
  d.hline(d.y - 2, d.left - 2, d.right + 2, 0.3, GRAY);
  for (const t of s.txs) {
    const lines = [`${t.kind.toUpperCase()}  ${t.party}`, ...d.wrap(t.purpose, cols.soll - cols.text - 70, { size: 8 })];
    if (t.iban) lines.push(`IBAN ${fake.groupIban(t.iban)}`);
    if (t.kind === 'Lastschrift' && t.iban) lines.push(`Mandatsref. ${rng.pick(['M', 'MR', 'V'])}${rng.digits(9)}  Gläubiger-ID DE${rng.digits(2)}ZZZ${rng.digits(11)}`);
    const h = lines.length * 9.5 + 4;
    d.ensure(h + 2);
    const top = d.y;
    d.text(cols.buch, top + 8, dm(t.date), { size: 8 });
    d.text(cols.wert, top + 8, dm(t.valuta), { size: 8 });
    lines.forEach((l, i) => d.text(cols.text, top + 8 + i * 9.5, l, { size: 8, bold: i === 0 }));
    d.text(t.amount < 0 ? cols.soll : cols.haben, top + 8, decimal(Math.abs(t.amount)), { size: 8, align: 'right' });
    d.y = top + h;
    d.hline(d.y - 1, cols.text, d.right, 0.2, LIGHT);
  }
  d.move(2);
  d.hline(d.y, d.left - 2, d.right + 2, 0.8);
  d.move(2);
  const close = closingBalance(s);
  saldoRow(`Saldo neu per ${ctx.ndate(s.bis)}`, close);
  const debit = cents(-s.txs.filter((t) => t.amount < 0).reduce((a, t) => a + t.amount, 0));
  const credit = cents(s.txs.filter((t) => t.amount > 0).reduce((a, t) => a + t.amount, 0));
  d.row([{ x: cols.text, text: 'Summe der Umsätze', color: GRAY }, { x: cols.soll, text: decimal(debit), align: 'right', color: GRAY }, { x: cols.haben, text: decimal(credit), align: 'right', color: GRAY }], { size: 8, minHeight: 13 });
  d.move(10);
  // the standing orders on file
  const orders: [string, string, number, string, IsoDate][] = [
    [landlordName, fake.groupIban(landlordIban), rent, 'monatlich', firstOfMonth(addMonths(s.bis, 1))],
    [`${fake.fullName(s.holder)} (Tagesgeld)`, fake.groupIban(savings), plan, 'monatlich', addDays(firstOfMonth(addMonths(s.bis, 1)), 1)],
  ];
  if (rng.chance(0.5)) orders.push([rng.pick(['Sportverein Eintracht e.V.', 'Musikschule am Park', 'Tierschutzverein e.V.']), fake.groupIban(fake.bankAccount(rng).iban), rng.pick([12, 15, 24, 36]), rng.pick(['vierteljährlich', 'halbjährlich']), addMonths(firstOfMonth(s.bis), rng.int(1, 3))]);
  d.ensure(30 + orders.length * 12 + 60);
  d.write('Ihre Daueraufträge', { bold: true, size: 9 });
  table(ctx, [
    { header: 'Empfänger', x: d.left },
    { header: 'IBAN des Empfängers', x: d.left + 170 },
    { header: 'Betrag EUR', x: d.left + 370, align: 'right' },
    { header: 'Turnus', x: d.left + 380 },
    { header: 'nächste Ausführung', x: d.right, align: 'right' },
  ], orders.map(([who, iban, amount, turn, next]) => [who, iban, decimal(amount), turn, ctx.ndate(next)]), { size: 7.5, grid: true });
  const dispo = rng.pick([0, 1000, 1500, 2500, 3000]);
  const exemption = rng.pick([0, 500, 801, 1000]);
  const notes = [
    dispo ? `Eingeräumte Kontoüberziehung: ${decimal(dispo)} EUR; Sollzinssatz ${decimal(rng.float(9.9, 13.4), 2)} % p.a.` : 'Für Ihr Konto ist keine Überziehungsmöglichkeit eingeräumt.',
    exemption ? `Freistellungsauftrag: ${decimal(exemption)} EUR, davon im laufenden Jahr in Anspruch genommen ${decimal(cents(rng.float(0, exemption / 4)))} EUR.` : 'Es liegt uns kein Freistellungsauftrag vor.',
    'Bitte erheben Sie Einwendungen gegen einzelne Buchungen unverzüglich. Guthaben sind als Einlagen nach Maßgabe des Einlagensicherungsgesetzes geschützt; Informationen im Informationsbogen für den Einleger.',
  ];
  for (const n of notes) d.para(n, { size: 7.5, color: GRAY, after: 2 });
  const [legal, seat] = bank.name === 'Postbank' ? ['Postbank – eine Niederlassung der Deutsche Bank AG', 'Bonn'] : bank.name === 'Commerzbank' ? ['Commerzbank AG', 'Frankfurt am Main'] : bank.name === 'Deutsche Bank' ? ['Deutsche Bank AG', 'Frankfurt am Main'] : ['UniCredit Bank GmbH', 'München'];
  footer(d, [[legal, `BIC ${bank.bic}`], [`Sitz: ${seat}`, 'Handelsregister und USt-IdNr. siehe Preis- und Leistungsverzeichnis']], 'none');
  truth(ctx, s);
}

/** an IBAN of any country from its BBAN (ISO 13616 check digits) */
function ibanOf(country: string, bban: string): string {
  let rest = 0;
  for (const ch of `${bban}${country}00`) {
    const v = /[A-Z]/.test(ch) ? String(ch.charCodeAt(0) - 55) : ch;
    for (const digit of v) rest = (rest * 10 + Number(digit)) % 97;
  }
  return `${country}${String(98 - rest).padStart(2, '0')}${bban}`;
}

/**
 * L (holdout, blind 8): the bilingual (German/English) PDF statement of a European e-money bank
 * with a German branch: the bank's name and the kind of statement at the top, the holder's name
 * and address at the top left, a box of account particulars (holder, IBAN — German or
 * Lithuanian —, BIC, statement period as one range); a balance summary per product (current
 * account, a savings vault, a shared pocket) with opening and closing balances; the transactions
 * in one table with money out and money in and a running balance, card payments in foreign
 * currencies with the exchange rate, a top-up from the holder's own account at another bank, a
 * reverted payment; pending card payments booked after the period; the legal footer of the bank.
 */
function blind8NeobankZweisprachig(ctx: Ctx): void {
  const s = draw(ctx);
  const rng = ctx.rng;
  const brand = rng.pick(['Nordlicht Bank', 'Vilnia Pay', 'Orbis Finance', 'Lumen Bank', 'Kestrel Money']);
  const lithuanian = rng.chance(0.45);
  // a Lithuanian IBAN of the parent bank, or a German one of its branch
  s.iban = lithuanian ? ibanOf('LT', `${rng.pick(['32500', '38800', '39000'])}${rng.digits(11)}`) : ibanOf('DE', `${rng.pick(['10011001', '10010178', '11010100'])}${rng.digits(10).replace(/^0/, '4')}`);
  const bic = `${brand.slice(0, 4).toUpperCase()}${lithuanian ? 'LT21' : 'DEB2'}XXX`;
  const entity = lithuanian ? `${brand} UAB` : `${brand} UAB, Zweigniederlassung Deutschland`;
  const own = fake.bankAccount(rng);
  const ownName = `${s.holder.first} ${s.holder.last}`.toUpperCase();
  const currencies: [string, number][] = [['PLN', 4.29], ['CZK', 25.1], ['GBP', 0.84], ['USD', 1.08], ['CHF', 0.94], ['HUF', 395.2], ['TRY', 36.8]];
  // the bank's own transactions: a top-up from the holder's other account, card payments abroad, a reverted payment
  const days = Math.max(1, Math.round((Date.parse(s.bis) - Date.parse(s.von)) / 86400000));
  const within = () => addDays(s.von, rng.int(0, days));
  const txs: { date: IsoDate; text: string; sub?: string; amount: number }[] = s.txs.map((t) => ({
    date: t.date,
    text: t.kind === 'Kartenzahlung' ? t.party : `${t.amount < 0 ? 'Überweisung an / Transfer to' : 'Zahlung von / Payment from'} ${t.party}`,
    sub: t.kind === 'Kartenzahlung' ? `Karte / Card •••• ${rng.digits(4)}` : `${t.purpose}${t.iban ? ` · ${fake.groupIban(t.iban)}` : ''}`,
    amount: t.amount,
  }));
  txs.push({ date: within(), text: `Aufladung / Top-up von ${ownName}`, sub: `${fake.groupIban(own.iban)} · ${own.bank.name}`, amount: rng.pick([100, 200, 250, 300, 500]) });
  for (let i = 0; i < rng.int(1, 3); i++) {
    const [cur, rate] = rng.pick(currencies);
    const eur = cents(rng.float(4, 85));
    txs.push({ date: within(), text: rng.pick(['Bolt', 'Uber', 'Booking.com', 'Zabka', 'Tesco', 'Starbucks', 'Lidl Sp. z o.o.', 'Migros']), sub: `${decimal(cents(eur * rate))} ${cur} · Kurs / Rate 1 EUR = ${decimal(rate, 4)} ${cur}`, amount: -eur });
  }
  const reverted = cents(rng.float(9, 60));
  if (rng.chance(0.6)) {
    const when = within();
    const shop = rng.pick(['Zalando SE', 'Amazon EU S.a.r.l.', 'MediaMarkt', 'Decathlon']);
    txs.push({ date: when, text: shop, sub: `Karte / Card •••• ${rng.digits(4)}`, amount: -reverted });
    txs.push({ date: when, text: `Rückbuchung / Reverted: ${shop}`, sub: 'Zahlung storniert / Payment reverted', amount: reverted });
  }
  const toVault = rng.pick([25, 50, 75, 100]);
  txs.push({ date: within(), text: 'An Tresor „Rücklagen“ / To vault', sub: 'Interne Umbuchung / Internal transfer', amount: -toVault });
  txs.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const closing = cents(txs.reduce((sum, t) => sum + t.amount, s.opening));
  const vaultClose = cents(rng.float(80, 2400));
  const pocketClose = rng.chance(0.5) ? cents(rng.float(5, 300)) : undefined;

  const d = ctx.start({ family: 'helvetica', size: 8.5, margins: { left: 44, right: 44, top: 44, bottom: 78 } });
  const ink: readonly [number, number, number] = rng.pick([[0.1, 0.1, 0.35], [0.05, 0.05, 0.05], [0.25, 0.1, 0.45]] as const);
  // the brand as a word mark, the kind of statement at the right
  d.rect(d.left, 40, 22, 22, { fill: ink });
  d.text(d.left + 11, 56, brand.charAt(0), { size: 14, bold: true, align: 'center', color: [1, 1, 1] });
  d.text(d.left + 30, 56, brand, { size: 15, bold: true, color: ink });
  d.text(d.right, 48, 'Kontoauszug in EUR', { size: 13, bold: true, align: 'right' });
  d.text(d.right, 60, 'EUR account statement', { size: 9, align: 'right', color: GRAY });
  d.text(d.right, 72, `Erstellt am / Generated on ${ctx.ndate(ctx.today)}`, { size: 7.5, align: 'right', color: GRAY });
  // the holder at the top left, the account particulars at the right
  const ty = 104;
  d.text(d.left, ty, `${s.holder.first} ${s.holder.last}`, { size: 10, bold: true });
  d.text(d.left, ty + 13, `${s.address.street} ${s.address.no}`, { size: 9 });
  d.text(d.left, ty + 25, `${s.address.plz} ${s.address.city}`, { size: 9 });
  d.text(d.left, ty + 37, 'Deutschland', { size: 9 });
  const bx = 300;
  const bw = d.right - bx;
  const rows: [string, string, Cell][] = [
    ['Kontoinhaber', 'Account holder', { text: ctx.name(s.holder), field: 'kontoinhaber' }],
    ['IBAN', 'IBAN', { text: ctx.iban(s.iban), field: 'iban' }],
    ['BIC', 'BIC', bic],
    [ctx.pick(['Zeitraum', 'Auszugszeitraum'], ['Abrechnungszeitraum']), 'Statement period', { text: `${ctx.v('zeitraum_von', ctx.ndate(s.von))} – ${ctx.v('zeitraum_bis', ctx.ndate(s.bis))}` }],
  ];
  d.rect(bx, ty - 12, bw, rows.length * 22 + 8, { fill: [0.95, 0.95, 0.97] });
  rows.forEach(([de, en, value], i) => {
    const y = ty + i * 22;
    const v = typeof value === 'string' ? { text: value } : value;
    d.text(bx + 8, y, de, { size: 7.5, bold: true });
    d.text(bx + 8, y + 9, en, { size: 6.5, color: GRAY });
    d.text(bx + 92, y + 3, v.text, { size: 9, field: v.field });
  });
  d.y = ty + rows.length * 22 + 10;
  // balance summary per product
  d.write('Saldenübersicht / Balance summary', { size: 10, bold: true });
  const debit = cents(-txs.filter((t) => t.amount < 0).reduce((a, t) => a + t.amount, 0));
  const credit = cents(txs.filter((t) => t.amount > 0).reduce((a, t) => a + t.amount, 0));
  const products: string[][] = [
    ['Girokonto / Current account', ctx.money(s.opening), ctx.money(debit), ctx.money(credit), ctx.money(closing)],
    ['Tresor „Rücklagen“ / Savings vault', ctx.money(cents(vaultClose - toVault)), ctx.money(0), ctx.money(toVault), ctx.money(vaultClose)],
  ];
  if (pocketClose !== undefined) products.push([`Gemeinsamer Pocket „${rng.pick(['Urlaub', 'WG-Kasse', 'Haushalt'])}“ / Shared pocket`, ctx.money(pocketClose), ctx.money(0), ctx.money(0), ctx.money(pocketClose)]);
  const pc = { name: d.left, open: d.left + 290, out: d.left + 365, in: d.left + 435, close: d.right };
  table(ctx, [
    { header: 'Produkt / Product', x: pc.name },
    { header: 'Anfangssaldo', x: pc.open, align: 'right' },
    { header: 'Ausgang', x: pc.out, align: 'right' },
    { header: 'Eingang', x: pc.in, align: 'right' },
    { header: 'Endsaldo', x: pc.close, align: 'right' },
  ], products, { size: 8, grid: true });
  d.para('Guthaben im Tresor und in Pockets gehören zu Ihrem Konto, werden aber getrennt ausgewiesen. / Funds in vaults and pockets are part of your account but shown separately.', { size: 7, color: GRAY });
  // the transactions
  d.move(4);
  d.write(`Umsätze / Transactions ${ctx.ndate(s.von)} – ${ctx.ndate(s.bis)}`, { size: 10, bold: true });
  const tc = { date: d.left, text: d.left + 62, out: d.left + 360, in: d.left + 428, bal: d.right };
  const head = () => {
    const top = d.y;
    d.rect(d.left - 2, top, d.contentWidth + 4, 20, { fill: [0.92, 0.92, 0.95] });
    d.text(tc.date, top + 8, 'Datum', { size: 7.5, bold: true });
    d.text(tc.date, top + 16, 'Date', { size: 6.5, color: GRAY });
    d.text(tc.text, top + 8, 'Beschreibung', { size: 7.5, bold: true });
    d.text(tc.text, top + 16, 'Description', { size: 6.5, color: GRAY });
    d.text(tc.out, top + 8, 'Ausgang', { size: 7.5, bold: true, align: 'right' });
    d.text(tc.out, top + 16, 'Money out', { size: 6.5, color: GRAY, align: 'right' });
    d.text(tc.in, top + 8, 'Eingang', { size: 7.5, bold: true, align: 'right' });
    d.text(tc.in, top + 16, 'Money in', { size: 6.5, color: GRAY, align: 'right' });
    d.text(tc.bal, top + 8, 'Saldo', { size: 7.5, bold: true, align: 'right' });
    d.text(tc.bal, top + 16, 'Balance', { size: 6.5, color: GRAY, align: 'right' });
    d.y = top + 24;
  };
  let inTable = true;
  d.onContinuation((doc) => {
    doc.text(doc.left, 40, `${brand} · Kontoauszug / Statement ${ctx.ndate(s.von)} – ${ctx.ndate(s.bis)}`, { size: 7.5, color: GRAY });
    doc.text(doc.right, 40, fake.groupIban(s.iban), { size: 7.5, color: GRAY, align: 'right' });
    doc.y = 54;
    if (inTable) head();
  });
  d.ensure(60);
  head();
  let bal = s.opening;
  d.row([{ x: tc.text, text: 'Anfangssaldo / Opening balance', color: GRAY }, { x: tc.bal, text: ctx.money(bal), align: 'right', color: GRAY }], { size: 8, minHeight: 13 });
  for (const t of txs) {
    bal = cents(bal + t.amount);
    d.ensure(24);
    d.row([
      { x: tc.date, text: ctx.ndate(t.date) },
      { x: tc.text, text: t.text, width: tc.out - tc.text - 60, bold: true },
      { x: tc.out, text: t.amount < 0 ? ctx.money(-t.amount) : '', align: 'right' },
      { x: tc.in, text: t.amount > 0 ? ctx.money(t.amount) : '', align: 'right' },
      { x: tc.bal, text: ctx.money(bal), align: 'right' },
    ], { size: 8, minHeight: 11 });
    if (t.sub) d.row([{ x: tc.text, text: t.sub, width: tc.out - tc.text - 60, color: GRAY, size: 7 }], { size: 7, minHeight: 10 });
    d.hline(d.y + 1.5, d.left, d.right, 0.2, LIGHT);
    d.y += 3;
  }
  d.row([{ x: tc.text, text: 'Endsaldo / Closing balance', bold: true }, { x: tc.bal, text: ctx.money(closing), align: 'right', bold: true }], { size: 8.5, minHeight: 14 });
  inTable = false;
  // pending card payments after the period
  d.move(8);
  d.ensure(70);
  d.write('Vorgemerkte Umsätze / Pending transactions', { size: 9.5, bold: true });
  d.para('Noch nicht gebucht; nicht im Endsaldo enthalten. / Not yet booked; not included in the closing balance.', { size: 7, color: GRAY, after: 3 });
  for (let i = 0; i < rng.int(1, 3); i++) {
    const when = addDays(s.bis, rng.int(1, 4));
    d.row([
      { x: tc.date, text: ctx.ndate(when), color: GRAY },
      { x: tc.text, text: rng.pick(['REWE Markt GmbH', 'Deutsche Bahn', 'Spotify AB', 'Shell Station', 'Netflix International B.V.']), color: GRAY },
      { x: tc.out, text: ctx.money(cents(rng.float(3, 70))), align: 'right', color: GRAY },
    ], { size: 8, minHeight: 12 });
  }
  d.move(8);
  d.ensure(60);
  d.para(`Ihre Einlagen sind über das Einlagensicherungssystem ${lithuanian ? 'der Republik Litauen' : 'der Republik Litauen (über die Zweigniederlassung in Deutschland)'} bis 100.000 EUR geschützt. / Your deposits are protected up to EUR 100,000. Bitte prüfen Sie diesen Auszug und melden Sie Unstimmigkeiten innerhalb von sechs Wochen in der App.`, { size: 7, color: GRAY });
  const seat = lithuanian ? `Konstitucijos pr. ${rng.int(3, 29)}, LT-09308 Vilnius, Litauen` : `${rng.pick(['Friedrichstraße', 'Rosenthaler Straße', 'Kurfürstendamm'])} ${rng.int(10, 200)}, 10117 Berlin`;
  const register = lithuanian ? `Registru centras, Code ${rng.digits(9)}` : `Amtsgericht Charlottenburg, HRB ${rng.digits(6)} B`;
  d.onEveryPage((doc, page, pages) => {
    const y = doc.height - 62;
    doc.hline(y, doc.left, doc.right, 0.3, GRAY);
    doc.text(doc.left, y + 10, `${entity}, ${seat}`, { size: 6.5, color: GRAY });
    doc.text(doc.left, y + 19, `Registriert bei / registered with ${register} · beaufsichtigt durch die Bank of Lithuania und die BaFin · BIC ${bic}`, { size: 6.5, color: GRAY });
    doc.text(doc.right, y + 34, `Seite / Page ${page} von / of ${pages}`, { size: 7, color: GRAY, align: 'right' });
  });
  ctx.set('kontoinhaber', fake.fullName(s.holder));
  ctx.set('iban', s.iban);
  ctx.set('zeitraum_von', s.von);
  ctx.set('zeitraum_bis', s.bis);
}

/**
 * M (holdout, blind 9): a bank's letter with a listing of the account's turnover over several months,
 * made on the holder's request for an authority: the branch's letterhead, the holder in the window,
 * a reference column (customer number, the request's day, the adviser); the account, the holder and
 * the period in the opening sentences, the confirmation that the holder alone owns the account; the
 * bookings as a ruled list with booking and value day, the counterparty with its IBAN and the
 * purpose under it, signed amounts, the balance at each month's end; the fee for the listing booked
 * after the period, sometimes the balance of the holder's savings account with its own IBAN; two
 * signatures; on continuation pages a head line with holder, IBAN and page.
 */
function blind9UmsatzaufstellungBehoerde(ctx: Ctx): void {
  const rng = ctx.rng;
  const holder = fake.person(rng, { bornFrom: 1945, bornTo: 2004 });
  holder.title = undefined;
  const bank = rng.pick(fake.BANKS);
  // a regional bank's customer lives in its region; a big bank's anywhere
  const region = fake.PLACES_PLZ.map(([, c]) => c).find((c) => bank.name.includes(c.split(' ')[0]));
  const address = fake.address(rng, region ? { city: region } : {});
  const iban = fake.germanIban(bank.blz, `${rng.int(1, 9)}${rng.digits(rng.pick([7, 8, 9]))}`);
  const months = rng.pick([2, 3, 3, 3, 6]);
  const request = addDays(ctx.today, -rng.int(2, 9));
  // whole calendar months, or the days counted back from the request
  const wholeMonths = rng.chance(0.6);
  const bis = wholeMonths ? lastOfMonth(addMonths(request, -1)) : addDays(request, -1);
  const von = wholeMonths ? firstOfMonth(addMonths(bis, -(months - 1))) : addDays(addMonths(request, -months), 0);
  const purposeFor = rng.pick(['der Wohngeldstelle', 'der Wohngeldbehörde', 'dem Jobcenter', 'dem Sozialamt', 'einer Behörde']);
  const kundennr = rng.digits(rng.pick([7, 8, 10]));
  const adviser = fake.person(rng);
  const second = fake.person(rng);
  const branch = fake.sameCityAddress(rng, address);
  const savings = rng.chance(0.5) ? fake.germanIban(bank.blz, `${rng.int(1, 9)}${rng.digits(9)}`) : undefined;

  // recurring bookings per calendar month, then a few card payments and withdrawals
  const income = rng.weighted([
    [{ party: fake.employerName(rng, address.city), purpose: (m: string) => `LOHN/GEHALT ${m} PERS.NR. ${rng.digits(5)}`, amount: cents(rng.float(1100, 2900)), day: rng.int(25, 28), prev: true }, 5],
    [{ party: 'Deutsche Rentenversicherung', purpose: (m: string) => `RV-RENTE ${m} VSNR ${rng.digits(2)} ${rng.digits(6)} ${rng.pick(['M', 'S', 'K'])} ${rng.digits(3)}`, amount: cents(rng.float(780, 1650)), day: rng.int(27, 28), prev: true }, 2],
    [{ party: 'Bundesagentur für Arbeit', purpose: (m: string) => `ALG I ${m} KD-NR. ${fake.baKundennummer(rng)}`, amount: cents(rng.float(700, 1500)), day: rng.int(1, 4), prev: false }, 1],
  ]);
  const landlord = fake.landlordOrganisation(rng, address.city);
  const landlordIban = fake.bankAccount(rng).iban;
  const rent = cents(rng.float(350, 990));
  const flatNo = rng.int(1, 60);
  const accountFee = rng.pick([0, 3.5, 4.95, 5.9, 6.95, 8.5]);
  const clock = () => `${rng.int(7, 21)}:${String(rng.int(0, 59)).padStart(2, '0')}`;
  const employerIban = fake.bankAccount(rng).iban;
  const energy = rng.pick(['Stadtwerke ' + address.city, 'E.ON Energie Deutschland GmbH', 'Vattenfall Europe Sales GmbH', 'enviaM', 'Yello Strom GmbH']);
  const energyIban = fake.bankAccount(rng).iban;
  const energyAmount = rng.pick([38, 45, 52, 61, 74, 89]);
  const phoneCo = rng.pick(['Telekom Deutschland GmbH', 'Vodafone GmbH', 'Telefonica Germany GmbH', '1&1 Telecom GmbH']);
  const phoneAmount = cents(rng.float(14.99, 44.99));
  const kindergeld = rng.chance(0.35) ? rng.int(1, 3) : 0;
  const txs: { date: IsoDate; valuta: IsoDate; kind: string; party: string; iban?: string; purpose: string; amount: number }[] = [];
  const inRange = (x: IsoDate) => x >= von && x <= bis;
  const monthStarts: IsoDate[] = [];
  for (let m = firstOfMonth(von); m <= bis; m = addMonths(m, 1)) monthStarts.push(m);
  for (const m of monthStarts) {
    const name = MONTHS_DE[Number(m.slice(5, 7)) - 1].toUpperCase();
    const at = (day: number) => addDays(m, Math.min(day, 28) - 1);
    const push = (date: IsoDate, t: Omit<(typeof txs)[number], 'date' | 'valuta'>) => { if (inRange(date)) txs.push({ ...t, date, valuta: date }); };
    push(at(income.day), { kind: 'SEPA-Gutschrift', party: income.party, iban: employerIban, purpose: income.purpose(`${name} ${m.slice(0, 4)}`), amount: cents(income.amount * rng.float(0.97, 1.03)) });
    push(at(rng.int(1, 3)), { kind: 'Dauerauftrag', party: landlord, iban: landlordIban, purpose: `MIETE ${name} WHG ${flatNo}`, amount: -rent });
    push(at(rng.int(5, 15)), { kind: 'SEPA-Lastschrift', party: energy, iban: energyIban, purpose: `ABSCHLAG STROM VK ${rng.digits(10)}`, amount: -energyAmount });
    push(at(rng.int(10, 20)), { kind: 'SEPA-Lastschrift', party: phoneCo, purpose: `KD-NR ${rng.digits(9)} RG ${rng.digits(8)}`, amount: -phoneAmount });
    if (kindergeld) push(at(rng.int(3, 12)), { kind: 'SEPA-Gutschrift', party: 'Bundesagentur für Arbeit - Familienkasse', purpose: `KINDERGELD ${rng.digits(3)}FK${rng.digits(6)} ${name}`, amount: 255 * kindergeld });
    if (Number(m.slice(5, 7)) % 3 === 1) push(at(rng.int(14, 16)), { kind: 'SEPA-Lastschrift', party: 'Rundfunk ARD, ZDF, DRadio', purpose: `BEITRAGSNR ${rng.digits(9)} ${name}`, amount: -55.08 });
    if (accountFee) push(lastOfMonth(m), { kind: 'Abschluss', party: bank.name, purpose: `ENTGELT KONTOFUEHRUNG ${name}`, amount: -accountFee });
    for (let i = 0; i < rng.int(3, 7); i++) {
      const date = at(rng.int(1, 28));
      if (rng.chance(0.25)) push(date, { kind: 'Bargeldauszahlung', party: rng.pick(['GA ' + bank.name, 'Geldautomat Cash Group', 'GA Fremdinstitut']), purpose: `${ctx.ndate(date)} ${clock()}`, amount: -rng.pick([20, 50, 100, 150]) });
      else push(date, { kind: 'Kartenzahlung', party: rng.pick(['REWE SAGT DANKE', 'EDEKA CENTER', 'ALDI SE U. CO. KG', 'LIDL DIENSTL. GMBH', 'DM-DROGERIE MARKT', 'KAUFLAND', 'ROSSMANN', 'APOTHEKE AM MARKT']), purpose: `girocard ${ctx.ndate(date)}`, amount: -cents(rng.float(4, 89)) });
    }
  }
  txs.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const opening = cents(rng.float(-300, 2200));
  const fee = rng.pick([5, 7.5, 10, 12.5, 15]);
  const feeDay = addDays(ctx.today, rng.int(1, 5));

  const accent: [number, number, number] = /sparkasse/i.test(bank.name) ? [0.85, 0, 0] : /Volksbank|Sparda|GLS/.test(bank.name) ? [0, 0.3, 0.6] : [0.2, 0.2, 0.25];
  const d = ctx.start({ family: rng.pick(['helvetica', 'times']), size: 9.5, margins: { left: 62, right: 50, top: 64, bottom: 72 } });
  d.text(d.left, 52, bank.name, { size: 15, bold: true, color: accent });
  const branchName = /sparkasse|volksbank|sparda/i.test(bank.name) ? `Geschäftsstelle ${branch.street}` : `Filiale ${address.city}`;
  [branchName, `${branch.street} ${branch.no}`, `${branch.plz} ${branch.city}`, `Telefon ${fake.phone(rng)}`].forEach((l, i) => d.text(d.right, 40 + i * 10, l, { size: 7.5, align: 'right', color: GRAY }));
  returnLine(d, `${bank.name} · ${branch.street} ${branch.no} · ${branch.plz} ${branch.city}`);
  addressWindow(d, [holder.gender === 'f' ? 'Frau' : 'Herrn', `${holder.first} ${holder.last}`, `${address.street} ${address.no}`, `${address.plz} ${address.city}`]);
  infoBlock(d, [
    ['Kundennummer', kundennr],
    ['Ihr Auftrag vom', ctx.ndate(request)],
    [adviser.gender === 'f' ? 'Ihre Beraterin' : 'Ihr Berater', `${adviser.first} ${adviser.last}`],
    ['Durchwahl', rng.digits(3)],
    ['Datum', ctx.ndate(ctx.today)],
  ], { x: 362, labelWidth: 76 });
  d.y = 262;
  d.write(ctx.pick(['Umsatzaufstellung zu Ihrem Girokonto'], ['Aufstellung der Kontoumsätze zur Vorlage bei Behörden', 'Bestätigung Kontoinhaberschaft und Umsatzübersicht']), { size: 11, bold: true });
  d.move(8);
  d.write(holder.gender === 'f' ? `Sehr geehrte Frau ${holder.last},` : `Sehr geehrter Herr ${holder.last},`);
  const vonText = ctx.date(von);
  const bisText = ctx.date(bis);
  d.para(`wie gewünscht erhalten Sie die Aufstellung aller Umsätze Ihres Girokontos ${ctx.v('iban', ctx.iban(iban))} ${ctx.pick(['für den Zeitraum'], ['für die Zeit', 'im Abfragezeitraum'])} vom ${ctx.v('zeitraum_von', vonText)} bis ${ctx.v('zeitraum_bis', bisText)} zur Vorlage bei ${purposeFor}.`);
  d.para(`Wir bestätigen, dass dieses Konto seit dem ${ctx.date(addDays(von, -rng.int(400, 6000)))} auf den Namen ${ctx.v('kontoinhaber', `${holder.first} ${holder.last}`)} geführt wird und ${holder.gender === 'f' ? 'Sie alleinige Kontoinhaberin sind' : 'Sie alleiniger Kontoinhaber sind'}. Weitere Verfügungsberechtigte sind nicht eingetragen.`);
  d.para(`Die Beträge sind in Euro angegeben; Belastungen sind mit einem Minuszeichen gekennzeichnet. Nach jedem Kalendermonat ist der Kontostand am Monatsende vermerkt.`, { size: 9 });

  const c = { bu: d.left, wert: d.left + 54, text: d.left + 110, amount: d.right };
  const tableHead = () => {
    d.rect(d.left - 2, d.y, d.contentWidth + 4, 14, { fill: [0.92, 0.92, 0.92] });
    d.row([
      { x: c.bu, text: 'Buchungstag', bold: true },
      { x: c.wert, text: 'Valuta', bold: true },
      { x: c.text, text: 'Vorgang / Auftraggeber bzw. Empfänger / Verwendungszweck', bold: true },
      { x: c.amount, text: 'Betrag', bold: true, align: 'right' },
    ], { size: 8, minHeight: 14 });
    d.move(3);
  };
  let inTable = true;
  d.onContinuation((doc) => {
    doc.text(doc.left, 44, `Umsatzaufstellung · ${holder.last}, ${holder.first} · IBAN ${fake.groupIban(iban)}`, { size: 8, color: GRAY });
    doc.hline(50, doc.left, doc.right, 0.4, GRAY);
    doc.y = 62;
    if (inTable) tableHead();
  });
  d.move(4);
  tableHead();
  let balance = opening;
  const balanceLine = (label: string, value: number, bold = false) => {
    d.row([{ x: c.text, text: label, bold }, { x: c.amount, text: decimal(value), align: 'right', bold }], { size: 8.5, minHeight: 15 });
    d.hline(d.y - 2, c.text, d.right, 0.3, GRAY);
  };
  balanceLine(`Kontostand am ${ctx.ndate(addDays(von, -1))}`, opening, true);
  let current = firstOfMonth(von);
  const monthEnd = (m: IsoDate) => (lastOfMonth(m) < bis ? lastOfMonth(m) : bis);
  for (const t of txs) {
    while (t.date > monthEnd(current)) {
      balanceLine(`Kontostand am ${ctx.ndate(monthEnd(current))}`, balance);
      current = addMonths(current, 1);
    }
    balance = cents(balance + t.amount);
    const text = `${t.kind} ${t.party}\n${t.iban ? `IBAN ${fake.groupIban(t.iban)}\n` : ''}${t.purpose}`;
    d.row([
      { x: c.bu, text: ctx.ndate(t.date) },
      { x: c.wert, text: ctx.ndate(t.valuta) },
      { x: c.text, text, width: c.amount - c.text - 60 },
      { x: c.amount, text: `${t.amount < 0 ? '-' : '+'}${decimal(Math.abs(t.amount))}`, align: 'right' },
    ], { size: 8, leading: 1.25, minHeight: 12 });
    d.hline(d.y, c.bu, d.right, 0.15, LIGHT);
    d.move(2);
  }
  while (monthEnd(current) < bis) {
    balanceLine(`Kontostand am ${ctx.ndate(monthEnd(current))}`, balance);
    current = addMonths(current, 1);
  }
  balanceLine(`Kontostand am ${ctx.ndate(bis)} (Ende des Zeitraums)`, balance, true);
  inTable = false;
  d.move(10);
  d.para(`Für die Erstellung dieser Aufstellung berechnen wir gemäß unserem Preis- und Leistungsverzeichnis ${ctx.money(fee)}. Der Betrag wird Ihrem Girokonto am ${ctx.date(feeDay)} belastet.`);
  if (savings) d.para(`Ergänzend teilen wir Ihnen mit, dass Ihr Sparkonto IBAN ${fake.groupIban(savings)} am ${ctx.date(bis)} ein Guthaben von ${ctx.money(cents(rng.float(80, 6500)))} aufwies.`);
  d.para('Diese Aufstellung wurde auf Grundlage der bei uns gespeicherten Buchungsdaten erstellt. Maßgeblich bleiben die Ihnen übermittelten Kontoauszüge und Rechnungsabschlüsse.', { size: 9 });
  d.ensure(80);
  d.move(4);
  d.write('Mit freundlichen Grüßen');
  d.write(bank.name);
  d.move(24);
  const sigTop = d.y;
  d.text(d.left, sigTop, `i. V. ${second.first} ${second.last}`, { size: 9 });
  d.text(d.left + 200, sigTop, `i. A. ${adviser.first} ${adviser.last}`, { size: 9 });
  d.y = sigTop + 8;
  footer(d, [[bank.name, `BIC ${bank.bic}`], [/sparkasse/i.test(bank.name) ? 'Anstalt des öffentlichen Rechts' : /eG$|Volksbank|Sparda|GLS/.test(bank.name) ? 'eingetragene Genossenschaft' : 'Aktiengesellschaft', `Amtsgericht ${branch.city}`]], 'Seite x von y');
  ctx.set('kontoinhaber', fake.fullName(holder));
  ctx.set('iban', iban);
  ctx.set('zeitraum_von', von);
  ctx.set('zeitraum_bis', bis);
}

/**
 * blind10: a direct bank's monthly "Finanzreport", which is the legal statement of all the customer's
 * products at once: the holder in the window, report number and date with the reporting period at the
 * top right, an overview of all products with their numbers and old/new balances (current account,
 * overnight savings account, credit card, sometimes a securities account) and the total; then one
 * section per product: the current account with holder and IBAN in its head and bookings with
 * separate debit and credit columns between old and new balance (the card settlement and a transfer to
 * the holder's own savings IBAN among them); the credit card with its own settlement period that
 * straddles the month; the savings account with its own IBAN and the month's interest; the securities
 * holdings; notes. Continuation pages repeat a head line.
 */
function blind10Finanzreport(ctx: Ctx): void {
  const rng = ctx.rng;
  const base = draw(ctx);
  const holder = base.holder;
  const von = firstOfMonth(addMonths(ctx.today, -rng.int(0, 1) - 1));
  const bis = lastOfMonth(von);
  const days = Math.round((Date.parse(bis) - Date.parse(von)) / 86400000);
  const blz = '20041133';
  const giroNo = `${rng.int(1, 9)}${rng.digits(6)}`;
  const iban = fake.germanIban(blz, `${giroNo}00`);
  const tgNo = `${giroNo}01`;
  const tgIban = fake.germanIban(blz, tgNo);
  const depotNo = `${giroNo}02`;
  const card = `${rng.pick(['4871', '4921', '4539'])} ${rng.digits(2)}XX XXXX ${rng.digits(4)}`;
  const kunde = `${rng.digits(3)} ${rng.digits(3)} ${rng.digits(3)}`;
  const reportNo = Number(von.slice(5, 7));
  const cut = rng.int(18, 23);
  const cardVon = addDays(addMonths(`${von.slice(0, 8)}${String(cut).padStart(2, '0')}`, -1), 1);
  const cardBis = `${von.slice(0, 8)}${String(cut).padStart(2, '0')}`;
  const shops = ['Amazon EU S.a.r.l.', 'Deutsche Bahn', 'PayPal Europe', 'Netflix.com', 'Spotify AB', 'Shell Station', 'IKEA Deutschland', 'Zalando SE', 'Lieferando', 'Booking.com', 'Apple.com/bill'];
  const cardTx = Array.from({ length: rng.int(3, 8) }, () => {
    const used = addDays(cardVon, rng.int(0, Math.round((Date.parse(cardBis) - Date.parse(cardVon)) / 86400000) - 2));
    return { used, booked: addDays(used, rng.int(1, 2)), text: rng.pick(shops), amount: -cents(rng.float(4.99, 129)) };
  }).sort((a, b) => (a.used < b.used ? -1 : 1));
  const cardTotal = cents(cardTx.reduce((sum, t) => sum + t.amount, 0));
  const cardPrev = -cents(rng.float(40, 420));
  // the current account's bookings, within the month, plus the card settlement and a transfer to savings
  type Row = { date: IsoDate; valuta: IsoDate; kind: string; text: string; amount: number };
  // a monthly payment (rent, salary, fee, broadcasting fee, benefits) once a month only
  const monthlyKey = (t: Tx) => /^(Miete|Rundfunkbeitrag|Kindergeld|Lohn\/Gehalt|Wohngeld|Entgelt|Abschlag)/.exec(t.purpose)?.[1];
  const txs = base.txs.filter((t, i) => !monthlyKey(t) || base.txs.findIndex((u) => monthlyKey(u) === monthlyKey(t)) === i);
  const rows: Row[] = txs.map((t) => {
    const date = addDays(von, Math.abs(Math.round((Date.parse(t.date) - Date.parse(base.von)) / 86400000)) % (days + 1));
    const kind = t.kind === 'Kartenzahlung' ? 'Kartenverfügung' : t.kind === 'Dauerauftrag' ? 'Übertrag / Überweisung' : t.kind === 'Gutschrift' ? 'Gutschrift' : t.kind === 'Bargeldauszahlung' ? 'Bar' : t.kind === 'Entgelt' ? 'Kontoführung' : t.amount < 0 ? 'Lastschrift / Belastung' : 'Übertrag / Überweisung';
    // a card payment's text carries the day it was made, the day before its booking
    const purpose = t.kind === 'Kartenzahlung' ? `${t.purpose.split(' ')[0]} ${ctx.ndate(addDays(date, -1))} ${t.purpose.split(' ').pop()}` : t.purpose;
    const text = `${t.amount < 0 ? 'Empfänger' : 'Auftraggeber'}: ${t.party} Buchungstext: ${purpose}${t.iban ? ` IBAN ${t.iban}` : ''}`;
    return { date, valuta: date, kind, text, amount: t.amount };
  });
  const settle = workday(addDays(cardBis, 3)) <= bis ? workday(addDays(cardBis, 3)) : bis;
  rows.push({ date: settle, valuta: settle, kind: 'Kartenabrechnung', text: `Visa-Karte ${card} Abrechnung vom ${ctx.ndate(cardBis)}`, amount: cardTotal });
  const save = rng.pick([25, 50, 100, 150, 200, 250]);
  const saveDay = addDays(von, rng.int(0, 5));
  rows.push({ date: saveDay, valuta: saveDay, kind: 'Übertrag / Überweisung', text: `Empfänger: ${holder.first} ${holder.last} Buchungstext: Sparen Tagesgeld IBAN ${tgIban}`, amount: -save });
  rows.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const giroOld = base.opening;
  const giroNew = cents(rows.reduce((sum, r) => sum + r.amount, giroOld));
  const tgOld = cents(rng.float(300, 9000));
  const rate = rng.pick([1.5, 1.75, 2.0, 2.25, 2.5]);
  const interest = cents(((tgOld + save) * rate) / 100 / 12);
  const tgNew = cents(tgOld + save + interest);
  const depot = rng.chance(0.55)
    ? rng.sample([['iShares Core MSCI World UCITS ETF', 'IE00B4L5Y983', 98.4], ['Xtrackers MSCI Emerging Markets', 'IE00BTJRMP35', 55.2], ['Vanguard FTSE All-World', 'IE00BK5BQT80', 128.9], ['Amundi Prime Global', 'LU2089238203', 34.7], ['Deutsche Telekom AG Namens-Aktien', 'DE0005557508', 33.1]] as const, rng.int(1, 3)).map(([name, isin, price]) => {
        const pieces = cents(rng.float(2, 60));
        const kurs = cents(price * rng.float(0.9, 1.1));
        return { name, isin, pieces, kurs, value: cents(pieces * kurs) };
      })
    : undefined;
  const depotNew = depot ? cents(depot.reduce((sum, p) => sum + p.value, 0)) : 0;
  const depotOld = depot ? cents(depotNew * rng.float(0.95, 1.04)) : 0;
  const prevEnd = addDays(von, -1);

  const d = ctx.start({ family: 'helvetica', size: 8.5, margins: { left: 56, right: 48, top: 60, bottom: 74 } });
  const ink: [number, number, number] = [0.05, 0.22, 0.35];
  const yellow: [number, number, number] = [1, 0.86, 0.2];
  const title = ctx.pick(['Finanzreport'], ['Finanzreport – Kontoauszug', 'Ihr Finanzreport']);
  d.rect(d.left, 38, 16, 16, { fill: yellow });
  d.text(d.left + 22, 52, 'comdirect', { size: 17, bold: true, color: ink });
  returnLine(d, 'comdirect · 25449 Quickborn');
  addressWindow(d, [holder.gender === 'f' ? 'Frau' : 'Herrn', `${holder.first} ${holder.last}`, `${base.address.street} ${base.address.no}`, `${base.address.plz} ${base.address.city}`]);
  d.text(d.right, 52, `${title} Nr. ${reportNo}`, { size: 13, bold: true, align: 'right' });
  const head: [string, string][] = [
    ['per', ctx.ndate(bis)],
    ['Kundennummer', kunde],
    ['Erstellt am', ctx.ndate([addDays(bis, rng.int(1, 3)), ctx.today].sort()[0])],
  ];
  head.forEach(([l, v], i) => {
    d.text(d.right - 150, 152 + i * 12, l, { size: 8, color: GRAY });
    d.text(d.right, 152 + i * 12, v, { size: 8.5, align: 'right' });
  });
  d.text(d.right - 150, 188, ctx.pick(['Berichtszeitraum'], ['Zeitraum des Reports', 'Report für den Zeitraum']), { size: 8, color: GRAY });
  d.text(d.right, 200, `${ctx.v('zeitraum_von', ctx.ndate(von))} – ${ctx.v('zeitraum_bis', ctx.ndate(bis))}`, { size: 8.5, align: 'right', bold: true });
  d.onContinuation((doc) => {
    doc.text(doc.left, 40, `${title} Nr. ${reportNo} per ${ctx.ndate(bis)}`, { size: 7.5, bold: true });
    doc.text(doc.right, 40, `${holder.first} ${holder.last} · Kundennummer ${kunde}`, { size: 7.5, align: 'right', color: GRAY });
    doc.hline(45, doc.left, doc.right, 0.4, GRAY);
  });
  d.y = 262;
  d.write(holder.gender === 'f' ? `Sehr geehrte Frau ${holder.last},` : `Sehr geehrter Herr ${holder.last},`);
  d.para(`mit diesem Finanzreport erhalten Sie den Kontoauszug und den Überblick über alle Ihre Produkte bei uns für ${MONTHS_DE[Number(von.slice(5, 7)) - 1]} ${von.slice(0, 4)}.`);
  const band = (text: string, right?: string) => {
    d.ensure(60);
    d.move(6);
    d.rect(d.left, d.y, d.contentWidth, 16, { fill: [0.9, 0.92, 0.94] });
    d.rect(d.left, d.y, 3, 16, { fill: yellow });
    d.text(d.left + 8, d.y + 11.5, text, { size: 10, bold: true, color: ink });
    if (right) d.text(d.right - 6, d.y + 11.5, right, { size: 8, align: 'right' });
    d.y += 20;
  };
  const sum = (v: number) => `${decimal(v)} EUR`;
  band('Ihre Finanzübersicht');
  const ov = { p: d.left + 4, n: d.left + 170, a: d.right - 110, b: d.right - 4 };
  d.row([
    { x: ov.p, text: 'Produkt', bold: true },
    { x: ov.n, text: 'Konto-/Depot-/Kartennummer', bold: true },
    { x: ov.a, text: `Saldo per ${ctx.ndate(prevEnd)}`, bold: true, align: 'right' },
    { x: ov.b, text: `Saldo per ${ctx.ndate(bis)}`, bold: true, align: 'right' },
  ], { minHeight: 14 });
  d.hline(d.y, d.left, d.right, 0.5);
  const overview: [string, string, number, number][] = [
    ['Girokonto', giroNo, giroOld, giroNew],
    ['Tagesgeld PLUS-Konto', tgNo, tgOld, tgNew],
    ['Visa-Karte (Kreditkarte)', card, cardPrev, cardTotal],
    ...(depot ? ([['Depot', depotNo, depotOld, depotNew]] as [string, string, number, number][]) : []),
  ];
  for (const [p, n, a, b] of overview) {
    d.row([{ x: ov.p, text: p }, { x: ov.n, text: n }, { x: ov.a, text: decimal(a), align: 'right' }, { x: ov.b, text: decimal(b), align: 'right' }], { minHeight: 13 });
    d.hline(d.y, d.left, d.right, 0.2, LIGHT);
  }
  d.row([
    { x: ov.p, text: 'Gesamtvermögen', bold: true },
    { x: ov.a, text: decimal(cents(overview.filter((o) => !o[0].startsWith('Visa')).reduce((s2, o) => s2 + o[2], 0))), align: 'right', bold: true },
    { x: ov.b, text: decimal(cents(overview.filter((o) => !o[0].startsWith('Visa')).reduce((s2, o) => s2 + o[3], 0))), align: 'right', bold: true },
  ], { minHeight: 14 });
  d.write('Alle Beträge in EUR. Für die Visa-Karte steht der Saldo der letzten Abrechnung; er ist im Gesamtvermögen nicht enthalten, weil er dem Girokonto belastet wird.', { size: 7, color: GRAY });

  // the current account
  band('Girokonto', `Kontonummer ${giroNo}`);
  d.row([
    { x: d.left + 4, text: `${ctx.pick(['Kontoinhaber'], ['Inhaber', 'Kontoinhaber/-in'])}: ` + ctx.v('kontoinhaber', ctx.name(holder)) },
    { x: d.left + 230, text: `IBAN ${ctx.v('iban', ctx.iban(iban))}` },
    { x: d.right - 4, text: 'BIC COBADEHD001', align: 'right' },
  ], { minHeight: 14 });
  const g = { bt: d.left + 4, va: d.left + 54, vo: d.left + 100, tx: d.left + 180, out: d.right - 62, in: d.right - 4 };
  const gHead = () => {
    d.row([
      { x: g.bt, text: 'Buchungstag', bold: true, size: 7.5 },
      { x: g.va, text: 'Valuta', bold: true, size: 7.5 },
      { x: g.vo, text: 'Vorgang', bold: true, size: 7.5 },
      { x: g.tx, text: 'Buchungstext', bold: true, size: 7.5 },
      { x: g.out, text: 'Ausgang', bold: true, size: 7.5, align: 'right' },
      { x: g.in, text: 'Eingang', bold: true, size: 7.5, align: 'right' },
    ], { minHeight: 12 });
    d.hline(d.y, d.left, d.right, 0.5);
  };
  gHead();
  d.row([{ x: g.tx, text: `Alter Saldo per ${ctx.ndate(prevEnd)}`, bold: true }, { x: giroOld < 0 ? g.out : g.in, text: decimal(Math.abs(giroOld)), align: 'right', bold: true }], { minHeight: 13 });
  for (const r of rows) {
    const page = d.page;
    d.ensure(26);
    if (d.page !== page) gHead();
    d.row([
      { x: g.bt, text: ctx.ndate(r.date) },
      { x: g.va, text: ctx.ndate(r.valuta) },
      { x: g.vo, text: r.kind, width: 74 },
      { x: g.tx, text: r.text, width: g.out - 52 - g.tx },
      { x: r.amount < 0 ? g.out : g.in, text: decimal(Math.abs(r.amount)), align: 'right' },
    ], { size: 8, leading: 1.25, minHeight: 12 });
    d.hline(d.y + 1, d.left, d.right, 0.2, LIGHT);
    d.move(2);
  }
  d.row([{ x: g.tx, text: `Neuer Saldo per ${ctx.ndate(bis)}`, bold: true }, { x: giroNew < 0 ? g.out : g.in, text: decimal(Math.abs(giroNew)), align: 'right', bold: true }], { minHeight: 14 });
  d.write(`Eingeräumte Kontoüberziehung ${sum(rng.pick([500, 1000, 2000, 3000]))}, Sollzinssatz ${decimal(rng.pick([7.9, 8.9, 9.5, 10.9]))} % p.a.`, { size: 7.5, color: GRAY });

  // the credit card with its own settlement period
  band('Visa-Karte (Kreditkarte)', `Karte ${card}`);
  d.write(`Abrechnungszeitraum ${ctx.ndate(cardVon)} bis ${ctx.ndate(cardBis)} · Karteninhaber ${holder.first} ${holder.last} · Verfügungsrahmen ${sum(rng.pick([1000, 1500, 2500]))}`, { size: 8 });
  d.row([
    { x: d.left + 4, text: 'Umsatztag', bold: true, size: 7.5 },
    { x: d.left + 60, text: 'Buchungstag', bold: true, size: 7.5 },
    { x: d.left + 130, text: 'Umsatz', bold: true, size: 7.5 },
    { x: d.right - 4, text: 'Betrag', bold: true, size: 7.5, align: 'right' },
  ], { minHeight: 12 });
  d.hline(d.y, d.left, d.right, 0.5);
  for (const t of cardTx) {
    d.row([{ x: d.left + 4, text: ctx.ndate(t.used) }, { x: d.left + 60, text: ctx.ndate(t.booked) }, { x: d.left + 130, text: t.text }, { x: d.right - 4, text: decimal(t.amount), align: 'right' }], { size: 8, minHeight: 12 });
  }
  d.row([{ x: d.left + 130, text: `Abrechnungssaldo per ${ctx.ndate(cardBis)}, belastet dem Girokonto am ${ctx.ndate(settle)}`, bold: true, width: 300 }, { x: d.right - 4, text: decimal(cardTotal), align: 'right', bold: true }], { size: 8, minHeight: 13 });

  // the savings account
  band('Tagesgeld PLUS-Konto', `Kontonummer ${tgNo}`);
  d.write(`IBAN ${ctx.iban(tgIban)} · Zinssatz ${decimal(rate)} % p.a. · Referenzkonto: Girokonto ${giroNo}`, { size: 8 });
  const tRows: [string, string, number][] = [
    [ctx.ndate(prevEnd), 'Alter Saldo', tgOld],
    [ctx.ndate(saveDay), 'Übertrag vom Girokonto', save],
    [ctx.ndate(bis), `Zinsen ${ctx.ndate(von)} – ${ctx.ndate(bis)}`, interest],
    [ctx.ndate(bis), 'Neuer Saldo', tgNew],
  ];
  for (const [dt, text, v] of tRows) d.row([{ x: d.left + 4, text: dt }, { x: d.left + 96, text, bold: text.endsWith('Saldo') }, { x: d.right - 4, text: decimal(v), align: 'right', bold: text.endsWith('Saldo') }], { size: 8, minHeight: 12 });

  if (depot) {
    band('Depot', `Depotnummer ${depotNo}`);
    d.row([
      { x: d.left + 4, text: 'Stück', bold: true, size: 7.5 },
      { x: d.left + 60, text: 'Wertpapier / ISIN', bold: true, size: 7.5 },
      { x: d.right - 90, text: 'Kurs EUR', bold: true, size: 7.5, align: 'right' },
      { x: d.right - 4, text: 'Kurswert EUR', bold: true, size: 7.5, align: 'right' },
    ], { minHeight: 12 });
    d.hline(d.y, d.left, d.right, 0.5);
    for (const p of depot) d.row([{ x: d.left + 4, text: decimal(p.pieces, 3) }, { x: d.left + 60, text: `${p.name} · ${p.isin}` }, { x: d.right - 90, text: decimal(p.kurs), align: 'right' }, { x: d.right - 4, text: decimal(p.value), align: 'right' }], { size: 8, minHeight: 12 });
    d.row([{ x: d.left + 60, text: `Depotwert per ${ctx.ndate(bis)}`, bold: true }, { x: d.right - 4, text: decimal(depotNew), align: 'right', bold: true }], { size: 8, minHeight: 13 });
  }
  d.move(8);
  d.ensure(60);
  d.write('Hinweise', { bold: true, size: 9 });
  d.para('Der Finanzreport gilt als Kontoauszug für alle aufgeführten Konten. Bitte prüfen Sie die Buchungen und den Saldo. Einwendungen gegen Rechnungsabschlüsse sind innerhalb von sechs Wochen nach Zugang zu erheben; das Unterlassen gilt als Genehmigung. Guthaben auf dem Girokonto und dem Tagesgeld PLUS-Konto sind über die gesetzliche Einlagensicherung bis 100.000 EUR je Kunde geschützt.', { size: 7.5 });
  footer(d, [['comdirect – eine Marke der Commerzbank AG', 'Pascalkehre 15, 25451 Quickborn'], ['Commerzbank AG, Sitz Frankfurt am Main', 'Amtsgericht Frankfurt am Main, HRB 32000'], ['BIC COBADEHD001', 'Kundenservice 04106 708-2500']], 'Seite x von y');
  ctx.set('kontoinhaber', fake.fullName(holder));
  ctx.set('iban', iban);
  ctx.set('zeitraum_von', von);
  ctx.set('zeitraum_bis', bis);
}

/**
 * blind11: the quarterly statement of a self-employed person's business current account
 * (Geschäftsgirokonto) at a savings or cooperative bank: the business name over "Inh." and the
 * holder's name in the window, the business-customer desk with the adviser and an older account
 * number at the right; the quarter in the title; bookings with a posting key (PN) and debit/credit
 * columns, grouped by month with each month's sums and the balance at its end; card-terminal
 * payouts, customers paying invoices, the shop's rent to the landlord's IBAN, VAT and income-tax
 * prepayments to the tax office, a voluntary health-insurance contribution, suppliers, and the
 * owner's drawings to the holder's own private IBAN; a quarterly closing box (posting items, account
 * fee, overdraft interest) and the new balance with the credit line; continuation sheets repeat
 * a head line and the table header.
 */
function blind11GeschaeftskontoQuartal(ctx: Ctx): void {
  const rng = ctx.rng;
  const holder = fake.person(rng, { bornFrom: 1962, bornTo: 1998 });
  holder.title = undefined;
  const bank = rng.pick(fake.BANKS.filter((b) => /Sparkasse|Volksbank|Sparda|GLS/.test(b.name)));
  // a savings or cooperative bank keeps business accounts in its own region
  const region: Record<string, string> = { 'Sparkasse Leipzig': 'Leipzig', 'Ostsächsische Sparkasse Dresden': 'Dresden', 'Berliner Sparkasse': 'Berlin', 'Hamburger Sparkasse': 'Hamburg', 'Stadtsparkasse München': 'München', 'Sparkasse KölnBonn': 'Köln', 'Volksbank Leipzig eG': 'Leipzig', 'Berliner Volksbank': 'Berlin', 'Sparda-Bank Berlin': 'Berlin', 'Frankfurter Sparkasse': 'Frankfurt am Main', 'Kreissparkasse Köln': 'Köln', 'Mittelbrandenburgische Sparkasse': 'Potsdam', 'Sparkasse Hannover': 'Hannover', 'Stadtsparkasse Düsseldorf': 'Düsseldorf', 'Sparkasse Nürnberg': 'Nürnberg', 'Kasseler Sparkasse': 'Kassel', 'Erzgebirgssparkasse': 'Chemnitz' };
  const address = fake.address(rng, region[bank.name] ? { city: region[bank.name] } : {});
  const accountNo = `${rng.int(1, 9)}${rng.digits(rng.pick([6, 7, 9]))}`;
  const iban = fake.germanIban(bank.blz, accountNo);
  const privat = rng.chance(0.5) ? fake.germanIban(bank.blz, `${rng.int(1, 9)}${rng.digits(8)}`) : fake.bankAccount(rng).iban;
  const trade = rng.pick([
    [`Friseursalon ${rng.pick(['Haarmonie', 'Schnittpunkt', 'Haarwerk', 'Kopfsache'])}`, 'Friseurbedarf'],
    [`Fahrschule ${holder.last}`, 'Kfz'],
    [`Physiotherapie ${holder.last}`, 'Praxisbedarf'],
    [`Malerbetrieb ${holder.last}`, 'Farben'],
    [`Kosmetikstudio ${rng.pick(['Lindenhof', 'Belle', 'Auszeit'])}`, 'Kosmetik'],
    [`Übersetzungsbüro ${holder.last}`, 'Büro'],
    [`Kiosk am ${rng.pick(['Markt', 'Bahnhof', 'Park'])}`, 'Großhandel'],
    [`Hausmeisterservice ${holder.last}`, 'Baumarkt'],
  ] as const);
  const [business, supplyKind] = trade;
  const q = Math.floor((Number(ctx.today.slice(5, 7)) - 1) / 3);
  const qStart = `${ctx.today.slice(0, 4)}-${String(q * 3 + 1).padStart(2, '0')}-01`;
  const von = addMonths(qStart, -3);
  const bis = addDays(qStart, -1);
  const quarter = Math.floor((Number(von.slice(5, 7)) - 1) / 3) + 1;
  const year = von.slice(0, 4);
  const nr = `${quarter}/${year}`;
  const kunde = rng.digits(8);
  const adviser = fake.person(rng);
  const line = rng.pick([2000, 3000, 5000, 7500, 10000]);
  const opening = cents(rng.float(-800, 6500));
  const landlordName = rng.chance(0.5) ? fake.landlordOrganisation(rng, address.city) : `${fake.fullName(fake.person(rng, { bornFrom: 1945, bornTo: 1980 }))}`;
  const landlordIban = fake.bankAccount(rng).iban;
  const shopRent = cents(rng.float(380, 1400));
  const acquirer = rng.pick(['SumUp Payments Limited', 'PAYONE GmbH', 'Concardis GmbH', 'Zettle by PayPal', 'VR Payment GmbH']);
  const kk = rng.pick(['Techniker Krankenkasse', 'AOK PLUS', 'BARMER', 'DAK-Gesundheit', 'IKK classic']);
  const kkAmount = cents(rng.float(260, 720));
  const steuernr = `${rng.digits(3)}/${rng.digits(3)}/${rng.digits(5)}`;
  const finanzamt = `Finanzamt ${address.city}${rng.pick(['', ' I', ' II', '-Mitte'])}`;
  const supplier = rng.pick(['Metro Deutschland GmbH', 'Würth GmbH', 'Sonepar Deutschland', 'Hagebau Handel GmbH', 'Kaiser+Kraft GmbH', 'Friseur-Großhandel Hairtrade GmbH', 'Office Discount GmbH']);
  type Row = { date: IsoDate; pn: string; kind: string; text: string[]; amount: number };
  const rows: Row[] = [];
  const day = (m: IsoDate, from: number, to: number) => {
    const last = Number(lastOfMonth(m).slice(8, 10));
    const dd = workday(`${m.slice(0, 8)}${String(Math.min(last, rng.int(from, to))).padStart(2, '0')}`);
    return dd > lastOfMonth(m) ? lastOfMonth(m) : dd;
  };
  for (let i = 0; i < 3; i++) {
    const m = addMonths(von, i);
    const mName = MONTHS_DE[Number(m.slice(5, 7)) - 1];
    const prevName = MONTHS_DE[(Number(m.slice(5, 7)) + 10) % 12];
    rows.push({ date: day(m, 1, 3), pn: '0802', kind: 'Dauerauftrag', text: [landlordName, `Miete Gewerbe ${address.street} ${address.no} ${mName}`, `IBAN ${landlordIban}`], amount: -shopRent });
    for (let k = 0; k < rng.int(3, 7); k++) {
      const dd = day(m, 2, 28);
      rows.push({ date: dd, pn: '0166', kind: 'Gutschrift', text: [acquirer, `Auszahlung Kartenumsätze bis ${ctx.ndate(addDays(dd, -rng.int(1, 3)))}`], amount: cents(rng.float(90, 950)) });
    }
    for (let k = 0; k < rng.int(0, 2); k++) rows.push({ date: day(m, 2, 28), pn: '6201', kind: 'Einzahlung', text: ['Einzahlungsautomat', `Filiale ${address.city} ${rng.pick(['Mitte', 'Süd', 'Markt'])}`], amount: rng.pick([150, 200, 300, 450, 500, 620, 800]) });
    for (let k = 0; k < rng.int(1, 3); k++) {
      const client = rng.chance(0.5) ? fake.employerName(rng, address.city) : fake.fullName(fake.person(rng));
      rows.push({ date: day(m, 3, 28), pn: '0166', kind: 'Gutschrift', text: [client, `RE ${year}-${rng.digits(3)} vom ${ctx.ndate(addDays(m, -rng.int(3, 25)))}`, `IBAN ${fake.bankAccount(rng).iban}`], amount: cents(rng.float(120, 1900)) });
    }
    rows.push({ date: day(m, 10, 10), pn: '0105', kind: 'Lastschrift', text: [finanzamt, `St-Nr ${steuernr} USt-VZ ${prevName}`], amount: -cents(rng.float(60, 620)) });
    if (i === 2) rows.push({ date: day(m, 10, 10), pn: '0105', kind: 'Lastschrift', text: [finanzamt, `St-Nr ${steuernr} ESt-VZ ${quarter > 0 ? ['I', 'II', 'III', 'IV'][quarter - 1] : ''}/${year}`], amount: -cents(rng.float(150, 1100)) });
    rows.push({ date: day(m, 14, 16), pn: '0105', kind: 'Lastschrift', text: [kk, `Beitrag freiw. Mitglied ${mName}`, `Mandat ${rng.digits(10)}`], amount: -kkAmount });
    for (let k = 0; k < rng.int(1, 2); k++) rows.push({ date: day(m, 5, 27), pn: '0105', kind: 'Lastschrift', text: [supplier, `${supplyKind} Rg. ${rng.digits(7)} Kd-Nr. ${rng.digits(6)}`], amount: -cents(rng.float(40, 780)) });
    rows.push({ date: day(m, 18, 28), pn: '0801', kind: 'Überweisung', text: [fake.fullName(holder), `Privatentnahme ${mName}`, `IBAN ${privat}`], amount: -rng.pick([600, 800, 1000, 1200, 1500, 1800, 2000]) });
    if (rng.chance(0.6)) rows.push({ date: day(m, 20, 28), pn: '0105', kind: 'Lastschrift', text: [rng.pick(['Telekom Deutschland GmbH', 'Vodafone GmbH', '1&1 Telecom GmbH']), `Geschäftskunden Rg. ${rng.digits(9)}`], amount: -cents(rng.float(29, 79)) });
    if (i === 1) rows.push({ date: day(m, 5, 25), pn: '0801', kind: 'Überweisung', text: [`Steuerberatung ${fake.person(rng).last} & Partner`, `Rechnung ${rng.digits(5)} Buchführung Quartal`, `IBAN ${fake.bankAccount(rng).iban}`], amount: -cents(rng.float(180, 520)) });
  }
  rows.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const posten = rows.length;
  const perPosten = rng.pick([0.1, 0.15, 0.2, 0.25]);
  const fee = rng.pick([9.9, 12.5, 15, 19.9]);
  // overdraft interest from the end-of-day balances of the quarter
  const rate = rng.pick([9.75, 10.5, 11.25, 12.4]);
  let overdraftDays = 0;
  let debitSum = 0;
  let running = opening;
  for (let dt = von; dt <= bis; dt = addDays(dt, 1)) {
    running = cents(rows.filter((r) => r.date === dt).reduce((sum, r) => sum + r.amount, running));
    if (running < 0) {
      overdraftDays++;
      debitSum -= running;
    }
  }
  const interest = cents((debitSum * rate) / 100 / 360);
  const closing = [
    { text: `Entgelt Kontoführung ${quarter}. Quartal (3 x ${decimal(fee)})`, amount: -cents(fee * 3) },
    { text: `Buchungsposten ${posten} x ${decimal(perPosten)}`, amount: -cents(posten * perPosten) },
    ...(interest > 0 ? [{ text: `Sollzinsen ${decimal(rate)} % p.a. (${overdraftDays} ${overdraftDays === 1 ? 'Tag' : 'Tage'} im Soll)`, amount: -interest }] : []),
  ];
  const closingSum = cents(closing.reduce((s, c) => s + c.amount, 0));

  const color = accent(bank);
  const d = ctx.start({ family: 'helvetica', size: 8.5, margins: { left: 54, right: 44, top: 48, bottom: 66 } });
  d.text(d.left, 52, bank.name, { size: 14, bold: true, color });
  d.text(d.left, 64, ctx.pick(['Firmenkunden'], ['Geschäftskunden-Center', 'Gewerbekunden · Beratung']), { size: 8.5, color: GRAY });
  d.text(d.right, 50, 'Kontoauszug', { size: 15, bold: true, align: 'right' });
  d.text(d.right, 63, ctx.pick(['Geschäftsgirokonto'], ['Geschäftskonto', 'Girokonto für Gewerbetreibende']), { size: 9, align: 'right' });
  returnLine(d, `${bank.name} · ${address.plz} ${address.city}`);
  addressWindow(d, [business, `Inh. ${ctx.v('kontoinhaber', fake.fullName(holder))}`, `${address.street} ${address.no}`, `${address.plz} ${address.city}`]);
  const info: [string, string][] = [
    ['Auszug', `${nr} (Quartalsauszug)`],
    ['Zeitraum', `${ctx.v('zeitraum_von', ctx.ndate(von))} bis ${ctx.v('zeitraum_bis', ctx.ndate(bis))}`],
    ['IBAN', ctx.v('iban', ctx.iban(iban))],
    ['BIC', bank.bic],
    [ctx.pick(['Konto-Nr. (alt)'], ['Konto/BLZ', 'Kontonummer']), `${accountNo} · BLZ ${bank.blz}`],
    ['Kundennummer', kunde],
    ['Ihr Berater', `${adviser.gender === 'f' ? 'Frau' : 'Herr'} ${adviser.last}`],
    ['Telefon', fake.phone(rng)],
  ];
  info.forEach(([l, v], i) => {
    d.text(340, 150 + i * 11.5, l, { size: 8, color: GRAY });
    d.text(418, 150 + i * 11.5, v, { size: 8.5, bold: l === 'Zeitraum' || l === 'IBAN' });
  });
  d.y = 258;
  d.write(`Kontoauszug ${quarter}. Quartal ${year} · ${business}`, { size: 11, bold: true });
  d.write(`Geschäftsgirokonto · Kontokorrentlinie ${ctx.money(line)} · Blatt 1`, { size: 8, color: GRAY });
  d.move(4);
  const c = { date: d.left, valuta: d.left + 40, pn: d.left + 80, text: d.left + 108, soll: d.right - 78, haben: d.right };
  const [sollH, habenH] = ctx.holdout && rng.chance(0.6) ? rng.pick([['Belastung EUR', 'Gutschrift EUR'], ['Ausgang EUR', 'Eingang EUR']] as const) : ['Soll EUR', 'Haben EUR'];
  let inTable = false;
  const header = () => {
    d.rect(d.left - 2, d.y, d.contentWidth + 4, 14, { fill: LIGHT });
    d.row([
      { x: c.date, text: 'Buchung', bold: true },
      { x: c.valuta, text: 'Valuta', bold: true },
      { x: c.pn, text: 'PN', bold: true },
      { x: c.text, text: 'Vorgang / Verwendungszweck', bold: true },
      { x: c.soll, text: sollH, bold: true, align: 'right' },
      { x: c.haben, text: habenH, bold: true, align: 'right' },
    ], { size: 7.5, minHeight: 14 });
    d.move(2);
  };
  d.onContinuation((doc) => {
    doc.text(doc.left, 40, `${bank.name} · Kontoauszug ${nr} · ${ctx.name(holder, 'last-first')} · IBAN ${fake.groupIban(iban)}`, { size: 7.5, color: GRAY });
    doc.hline(45, doc.left, doc.right, 0.3, GRAY);
    doc.y = 52;
    if (inTable) header();
  });
  const ddmm = (dt: IsoDate) => `${dt.slice(8, 10)}.${dt.slice(5, 7)}.`;
  const bal = (v: number) => `${decimal(Math.abs(v))} ${v < 0 ? 'S' : 'H'}`;
  d.row([{ x: c.text, text: `Alter Saldo per ${ctx.ndate(addDays(von, -1))}`, bold: true }, { x: opening < 0 ? c.soll : c.haben, text: decimal(Math.abs(opening)), bold: true, align: 'right' }], { minHeight: 14 });
  header();
  inTable = true;
  let balance = opening;
  for (let i = 0; i < 3; i++) {
    const m = addMonths(von, i);
    const mRows = rows.filter((r) => r.date.slice(0, 7) === m.slice(0, 7));
    d.ensure(30);
    d.write(`${MONTHS_DE[Number(m.slice(5, 7)) - 1]} ${m.slice(0, 4)}`, { size: 8, bold: true, color });
    for (const r of mRows) {
      d.row([
        { x: c.date, text: ddmm(r.date) },
        { x: c.valuta, text: ddmm(r.date) },
        { x: c.pn, text: r.pn, color: GRAY },
        { x: c.text, text: `${r.kind} ${r.text.join('\n')}`, width: c.soll - c.text - 70 },
        { x: r.amount < 0 ? c.soll : c.haben, text: decimal(Math.abs(r.amount)), align: 'right' },
      ], { size: 8, leading: 1.25, minHeight: 12 });
      d.hline(d.y + 1, c.text, d.right, 0.15, LIGHT);
      d.move(2);
      balance = cents(balance + r.amount);
    }
    const soll = cents(mRows.filter((r) => r.amount < 0).reduce((s, r) => s - r.amount, 0));
    const haben = cents(mRows.filter((r) => r.amount > 0).reduce((s, r) => s + r.amount, 0));
    d.ensure(28);
    d.hline(d.y, c.text, d.right, 0.5);
    d.row([
      { x: c.text, text: `Summe ${MONTHS_DE[Number(m.slice(5, 7)) - 1]}`, bold: true },
      { x: c.soll, text: decimal(soll), align: 'right', bold: true },
      { x: c.haben, text: decimal(haben), align: 'right', bold: true },
    ], { size: 8, minHeight: 12 });
    d.row([{ x: c.text, text: `Saldo per ${ctx.ndate(lastOfMonth(m))}`, color: GRAY }, { x: c.haben, text: bal(balance), align: 'right', color: GRAY }], { size: 8, minHeight: 14 });
  }
  inTable = false;
  // the quarterly closing
  d.ensure(110);
  d.move(6);
  const top = d.y;
  d.y += 4;
  d.write(`Rechnungsabschluss zum ${ctx.ndate(bis)}`, { x: d.left + 8, size: 9, bold: true });
  for (const k of closing) d.row([{ x: d.left + 8, text: k.text }, { x: c.soll, text: decimal(Math.abs(k.amount)), align: 'right' }], { size: 8, minHeight: 12 });
  d.row([{ x: d.left + 8, text: 'Summe Abschluss (umsatzsteuerfrei nach § 4 Nr. 8 UStG)', bold: true }, { x: c.soll, text: decimal(Math.abs(closingSum)), align: 'right', bold: true }], { size: 8, minHeight: 13 });
  d.move(3);
  d.rect(d.left - 2, top, d.contentWidth + 4, d.y - top, { stroke: [0.4, 0.4, 0.4], lineWidth: 0.6 });
  balance = cents(balance + closingSum);
  d.move(6);
  d.row([{ x: c.text, text: `Neuer Saldo per ${ctx.ndate(bis)}`, bold: true, size: 9.5 }, { x: c.haben, text: bal(balance), align: 'right', bold: true, size: 9.5 }], { size: 9.5, minHeight: 16 });
  d.row([{ x: c.text, text: 'Kontokorrentlinie', color: GRAY }, { x: c.haben, text: decimal(line), align: 'right', color: GRAY }], { size: 8, minHeight: 12 });
  d.row([{ x: c.text, text: 'verfügbarer Betrag', color: GRAY }, { x: c.haben, text: decimal(cents(line + balance)), align: 'right', color: GRAY }], { size: 8, minHeight: 14 });
  d.move(4);
  d.para(`Der Rechnungsabschluss gilt als genehmigt, wenn Sie nicht innerhalb von sechs Wochen nach Zugang widersprechen. Den nächsten Quartalsauszug erhalten Sie nach dem ${ctx.ndate(addMonths(bis, 3))}. Bitte prüfen Sie die Buchungen; S = Soll, H = Haben. PN = Primanota.`, { size: 7.5, color: GRAY });
  footer(d, [[bank.name, `BIC ${bank.bic}`], [/Sparkasse/.test(bank.name) ? 'Anstalt des öffentlichen Rechts' : 'eingetragene Genossenschaft', `Geschäftskunden-Service ${fake.phone(rng)}`], [`Kundennummer ${kunde}`]], 'Seite x von y');
  ctx.set('kontoinhaber', fake.fullName(holder));
  ctx.set('iban', iban);
  ctx.set('zeitraum_von', von);
  ctx.set('zeitraum_bis', bis);
}

/**
 * Blind12 (holdout): screenshots of a bank's smartphone app, printed one per page in the phone's
 * aspect ratio and handed in instead of a statement: on the first screen the account details
 * (account name and balance in a coloured head, then label-over-value rows: holder, IBAN, BIC,
 * account number, bank code, kind of account, overdraft limit, interest, the day the account was
 * opened), on the following screens the turnover list filtered to a period shown in a chip under
 * the search field, income and spending of the period, pending bookings dated after the period at
 * the top, bookings newest first under day headings with counterparty, truncated purpose and
 * signed amounts; status bar with the time and the app's bottom navigation on every screen.
 */
function blind12AppScreenshots(ctx: Ctx): void {
  const rng = ctx.rng;
  const s = draw(ctx);
  const W = 360;
  const H = rng.pick([760, 780, 800]);
  const ui: [number, number, number] = /ING/.test(s.bank.name) ? [0.95, 0.42, 0.0] : /DKB|comdirect|Postbank/.test(s.bank.name) ? [0.0, 0.32, 0.62] : accent(s.bank)[0] > 0.5 ? [0.85, 0.0, 0.0] : rng.pick([[0.0, 0.3, 0.6], [0.0, 0.42, 0.38], [0.2, 0.2, 0.35]]);
  const green: [number, number, number] = [0.0, 0.5, 0.2];
  const d = ctx.start({ family: 'helvetica', size: 11, pageSize: [W, H], margins: { left: 16, right: 16, top: 0, bottom: 0 } });
  const X0 = 16;
  const X1 = W - 16;
  const clock = `${rng.int(7, 22)}:${rng.digits(1).replace(/[6-9]/, '3')}${rng.digits(1)}`;
  const battery = `${rng.int(18, 99)} %`;
  const net = rng.pick(['LTE', '5G', '4G', 'WLAN']);
  const fit = (text: string, width: number, size: number, bold = false) => {
    if (d.measure(text, { size, bold }) <= width) return text;
    let t = text;
    while (t.length > 4 && d.measure(`${t}…`, { size, bold }) > width) t = t.slice(0, -1);
    return `${t.trimEnd()}…`;
  };
  const statusBar = (dark: boolean) => {
    const c: [number, number, number] = dark ? [1, 1, 1] : [0.1, 0.1, 0.1];
    if (dark) d.rect(0, 0, W, 24, { fill: ui });
    d.text(X0, 16, clock, { size: 9.5, bold: true, color: c });
    d.text(X1, 16, `${net}  ${battery}`, { size: 9, align: 'right', color: c });
  };
  const appBar = (title: string, dark: boolean) => {
    const c: [number, number, number] = dark ? [1, 1, 1] : [0.1, 0.1, 0.1];
    if (dark) d.rect(0, 24, W, 44, { fill: ui });
    d.text(X0, 52, '<', { size: 16, color: c });
    d.text(X0 + 26, 51, title, { size: 14, bold: true, color: c });
    d.text(X1, 50, '...', { size: 13, bold: true, align: 'right', color: c });
  };
  const navLabels = rng.pick([['Übersicht', 'Umsätze', 'Überweisen', 'Service'], ['Finanzen', 'Banking', 'Zahlen', 'Profil'], ['Start', 'Konten', 'Senden', 'Mehr']]);
  const activeNav = (page: 'details' | 'list') => (page === 'details' ? 0 : 1);
  const bottomNav = (active: number) => {
    const top = H - 58;
    d.rect(0, top, W, 58, { fill: [0.97, 0.97, 0.97] });
    d.hline(top, 0, W, 0.4, LIGHT);
    navLabels.forEach((l, i) => {
      const cx = (W / 4) * (i + 0.5);
      d.rect(cx - 9, top + 8, 18, 14, i === active ? { fill: ui } : { stroke: GRAY, lineWidth: 0.8 });
      d.text(cx, top + 36, l, { size: 8.5, align: 'center', color: i === active ? ui : GRAY, bold: i === active });
    });
    d.line(W / 2 - 50, H - 8, W / 2 + 50, H - 8, 2.2, [0.2, 0.2, 0.2]);
  };

  // screen 1: the account details
  statusBar(true);
  appBar(ctx.pick(['Kontodetails'], ['Konto-Details', 'Details zum Konto']), true);
  d.rect(0, 68, W, 112, { fill: ui });
  const product = rng.pick(['Girokonto', 'Giro Komfort', 'Privatgirokonto', 'Girokonto Online', 'Basiskonto', 'Gehaltskonto']);
  d.text(X0, 92, product, { size: 13, bold: true, color: [1, 1, 1] });
  d.text(X0, 107, s.bank.name, { size: 9.5, color: [1, 1, 1] });
  const booked = closingBalance(s);
  const pending = Array.from({ length: rng.int(1, 3) }, () => ({
    date: addDays(s.bis, rng.int(1, 4)),
    party: rng.pick(['REWE Markt GmbH', 'Netflix International B.V.', 'DB Vertrieb GmbH', 'Shell Station', 'Lieferando.de', 'PayPal Europe S.a.r.l.', 'Apotheke am Markt']),
    purpose: rng.pick(['Kartenzahlung Debitkarte', 'Lastschrift', 'Kartenzahlung (vorgemerkt)']),
    amount: -cents(rng.float(4, 80)),
  }));
  const current = cents(booked + pending.reduce((x, p) => x + p.amount, 0));
  const limit = rng.pick([0, 500, 1000, 1500, 2000, 3000]);
  d.text(X0, 146, ctx.money(current), { size: 22, bold: true, color: [1, 1, 1] });
  d.text(X0, 164, `Kontostand · verfügbar ${ctx.money(cents(current + limit))}`, { size: 9, color: [1, 1, 1] });
  d.y = 196;
  d.text(X0, d.y + 10, ctx.pick(['Kontoinformationen'], ['Angaben zum Konto', 'Stammdaten']), { size: 10, bold: true, color: ui });
  d.y += 20;
  const accountNo = s.iban.slice(12).replace(/^0+/, '');
  const opened = addDays(s.von, -rng.int(400, 6000));
  const rowsInfo: [string, string, string?, string?][] = [
    [ctx.pick(['Kontoinhaber', 'Kontoinhaber/in'], ['Inhaber/in', 'Name des Kontoinhabers']), ctx.name(s.holder), 'kontoinhaber'],
    ['IBAN', fake.groupIban(s.iban), 'iban', ctx.pick(['Kopieren'], ['Teilen', 'IBAN teilen'])],
    ['BIC', s.bank.bic],
    [ctx.pick(['Kontonummer'], ['Konto-Nr.']), accountNo],
    [ctx.pick(['Bankleitzahl'], ['BLZ']), s.bank.blz],
    ['Kontoart', rng.pick(['Privatkonto', 'Girokonto (Einzelkonto)', 'Kontokorrent privat'])],
    [ctx.pick(['Dispositionskredit'], ['Eingeräumte Überziehung', 'Dispo-Rahmen']), limit ? ctx.money(limit) : 'nicht vereinbart'],
    ['Sollzinssatz p. a.', limit ? `${decimal(rng.float(8.9, 13.4))} %` : '–'],
    [ctx.pick(['Konto eröffnet am'], ['Eröffnungsdatum', 'Kunde seit']), ctx.ndate(opened)],
  ];
  for (const [label, value, field, action] of rowsInfo) {
    if (d.y > H - 150) break;
    d.text(X0, d.y + 10, label, { size: 8.5, color: GRAY });
    d.text(X0, d.y + 25, value, { size: 11.5, field });
    if (action) d.text(X1, d.y + 20, action, { size: 9.5, bold: true, align: 'right', color: ui });
    d.hline(d.y + 34, X0, X1, 0.4, LIGHT);
    d.y += 38;
  }
  d.y += 6;
  for (const action of ['Umsätze anzeigen', rng.pick(['Kontoauszüge (Postfach)', 'Elektronische Kontoauszüge']), 'Karte sperren']) {
    if (d.y > H - 100) break;
    d.text(X0, d.y + 14, action, { size: 11 });
    d.text(X1, d.y + 14, '>', { size: 11, align: 'right', color: GRAY });
    d.hline(d.y + 24, X0, X1, 0.4, LIGHT);
    d.y += 28;
  }
  bottomNav(activeNav('details'));

  // screens 2..n: the turnover list, newest first, filtered to the period
  const income = cents(s.txs.filter((t) => t.amount > 0).reduce((x, t) => x + t.amount, 0));
  const spending = cents(s.txs.filter((t) => t.amount < 0).reduce((x, t) => x + t.amount, 0));
  const WD = ['Sonntag', 'Montag', 'Dienstag', 'Mittwoch', 'Donnerstag', 'Freitag', 'Samstag'];
  const signed = (v: number) => `${v > 0 ? '+' : v < 0 ? '-' : ''}${ctx.money(Math.abs(v))}`;
  const chip = ctx.pick(['Zeitraum'], ['Auswahl', 'Filter Datum']);
  let first = true;
  const listHead = () => {
    statusBar(false);
    appBar(ctx.pick(['Umsätze'], ['Kontoumsätze', 'Buchungen']), false);
    d.text(X0 + 26, 64, `${product} · ${fake.groupIban(s.iban).slice(-7)}`, { size: 8.5, color: GRAY });
    d.rect(X0, 74, X1 - X0, 26, { fill: [0.94, 0.94, 0.94] });
    d.text(X0 + 10, 91, ctx.pick(['Suche nach Name, Betrag, Verwendungszweck'], ['Umsätze durchsuchen']), { size: 9.5, color: GRAY });
    const chipText = `${chip}: ${ctx.ndate(s.von)} – ${ctx.ndate(s.bis)}`;
    const chipW = d.measure(chipText, { size: 9.5 }) + 18;
    d.rect(X0, 108, chipW, 20, { fill: ui });
    d.text(X0 + 9, 122, `${chip}: ${ctx.v('zeitraum_von', ctx.ndate(s.von))} – ${ctx.v('zeitraum_bis', ctx.ndate(s.bis))}`, { size: 9.5, color: [1, 1, 1] });
    let cx = X0 + chipW + 8;
    for (const other of ['Alle Umsätze', 'Filter']) {
      const w = d.measure(other, { size: 9.5 }) + 18;
      if (cx + w > X1) break;
      d.rect(cx, 108, w, 20, { stroke: GRAY, lineWidth: 0.6 });
      d.text(cx + 9, 122, other, { size: 9.5 });
      cx += w + 8;
    }
    d.y = 138;
    if (first) {
      d.rect(X0, d.y, X1 - X0, 40, { stroke: LIGHT, lineWidth: 0.8 });
      d.text(X0 + 10, d.y + 15, 'Einnahmen', { size: 8.5, color: GRAY });
      d.text(X0 + 10, d.y + 31, signed(income), { size: 11, bold: true, color: green });
      d.text(W / 2 + 6, d.y + 15, 'Ausgaben', { size: 8.5, color: GRAY });
      d.text(W / 2 + 6, d.y + 31, signed(spending), { size: 11, bold: true });
      d.y += 50;
    }
    first = false;
  };
  const bottom = H - 66;
  const item = (party: string, purpose: string, amount: number, muted = false) => {
    const top = d.y;
    const initials = party.replace(/[^A-Za-zÄÖÜäöü ]/g, '').split(' ').filter(Boolean).slice(0, 2).map((w) => w.charAt(0).toUpperCase()).join('') || '€';
    d.rect(X0, top + 5, 28, 28, { fill: [0.9, 0.92, 0.95] });
    d.text(X0 + 14, top + 23, initials, { size: 10, bold: true, align: 'center', color: ui });
    d.text(X0 + 38, top + 17, fit(party, 190, 11, true), { size: 11, bold: true, color: muted ? GRAY : undefined });
    d.text(X0 + 38, top + 31, fit(purpose, 200, 9), { size: 9, color: GRAY });
    d.text(X1, top + 17, signed(amount), { size: 11, bold: amount > 0, align: 'right', color: amount > 0 ? green : muted ? GRAY : undefined });
    d.y = top + 42;
  };
  const newScreen = (active: number) => {
    bottomNav(active);
    d.newPage();
    listHead();
  };
  d.newPage();
  listHead();
  d.text(X0, d.y + 12, ctx.pick(['Vorgemerkt'], ['Vorgemerkte Umsätze', 'In Bearbeitung']), { size: 9.5, bold: true, color: GRAY });
  d.y += 18;
  for (const p of pending) item(p.party, `${p.purpose} · ${ctx.ndate(p.date)}`, p.amount, true);
  const byDay = new Map<IsoDate, Tx[]>();
  for (const t of [...s.txs].reverse()) byDay.set(t.date, [...(byDay.get(t.date) ?? []), t]);
  let last: Tx | undefined;
  for (const [day, txs] of byDay) {
    if (d.y + 22 + 42 > bottom) {
      newScreen(1);
      if (last && rng.chance(0.5)) item(last.party, last.purpose, last.amount);
    }
    d.rect(0, d.y + 2, W, 20, { fill: [0.96, 0.96, 0.96] });
    d.text(X0, d.y + 16, `${WD[weekday(day)]}, ${ctx.date(day)}`, { size: 9.5, bold: true, color: [0.3, 0.3, 0.3] });
    d.y += 24;
    for (const t of txs) {
      if (d.y + 42 > bottom) newScreen(1);
      const purpose = t.iban && rng.chance(0.3) ? `${t.purpose} · ${t.iban.slice(0, 4)}…${t.iban.slice(-4)}` : t.purpose;
      item(t.party, purpose, t.amount);
      last = { ...t, purpose };
    }
  }
  if (d.y + 40 < bottom) {
    d.y += 8;
    d.text(W / 2, d.y + 10, `Keine weiteren Umsätze im gewählten Zeitraum`, { size: 9, align: 'center', color: GRAY });
  }
  bottomNav(1);
  ctx.meta = { title: `Screenshot_${ctx.today.replace(/-/g, '')}`, creator: rng.pick(['Android', 'iOS', 'Microsoft: Print to PDF']) };
  truth(ctx, s);
}

/**
 * Blind13 (holdout): the turnover export (CSV) of an online banking, opened in a spreadsheet
 * program and printed in landscape with grid lines, handed in instead of a statement: the
 * program's header (the file's name) and footer (page number), sometimes the column letters and
 * row numbers printed too; the first rows the bank's key/value lines (file created on, IBAN,
 * account name, bank, customer or account holder, the period as one cell or as two rows, the
 * balance), then the column heads and one row per booking (booking and value day, counterparty,
 * booking text, purpose clipped at the cell's edge, counterparty IBAN, amount, currency, in one
 * export the balance after each booking), newest first or oldest first; amounts as the
 * spreadsheet shows numbers ("-55,08", "1234,56"); continuation pages carry on without the heads.
 */
function blind13CsvTabellenblatt(ctx: Ctx): void {
  const rng = ctx.rng;
  const holder = fake.person(rng, { bornFrom: 1950, bornTo: 2004 });
  holder.title = undefined;
  const bank = rng.pick(fake.BANKS);
  const region = fake.PLACES_PLZ.map(([, c]) => c).find((c) => bank.name.includes(c.split(' ')[0]));
  const address = fake.address(rng, region ? { city: region } : {});
  const iban = fake.germanIban(bank.blz, `${rng.int(1, 9)}${rng.digits(rng.pick([8, 9]))}`);
  // the period the customer chose in the portal: a calendar month, or days counted back from the export
  const exported = addDays(ctx.today, -rng.int(1, 6));
  const wholeMonths = rng.chance(0.55);
  const bis = wholeMonths ? lastOfMonth(addMonths(exported, -1)) : addDays(exported, -rng.int(0, 1));
  const von = wholeMonths ? firstOfMonth(addMonths(bis, -rng.pick([0, 0, 1, 2]))) : addDays(bis, -rng.pick([29, 44, 59, 89]));
  const style = rng.pick(['kunde', 'auftragskonto'] as const);
  // CSV dates are always dd.mm.yyyy, whatever the bank prints elsewhere
  const dd = (x: IsoDate) => `${x.slice(8, 10)}.${x.slice(5, 7)}.${x.slice(0, 4)}`;
  const newestFirst = style === 'kunde' ? rng.chance(0.7) : rng.chance(0.3);

  const employer = fake.employerName(rng, address.city);
  const employerIban = fake.bankAccount(rng).iban;
  const landlord = fake.landlordOrganisation(rng, address.city);
  const landlordIban = fake.bankAccount(rng).iban;
  const rent = cents(rng.float(380, 980));
  const salary = cents(rng.float(1150, 2950));
  // the holder's own savings account at the same bank, the target of monthly transfers
  const savingsIban = fake.germanIban(bank.blz, `${rng.int(1, 9)}${rng.digits(9)}`);
  const upper = rng.chance(0.5);
  const txs: { date: IsoDate; valuta: IsoDate; party: string; text: string; purpose: string; iban: string; amount: number }[] = [];
  const days = Math.round((Date.parse(bis) - Date.parse(von)) / 86400000);
  const inRange = (x: IsoDate) => x >= von && x <= bis;
  const push = (date: IsoDate, t: Omit<(typeof txs)[number], 'date' | 'valuta'>, valutaShift = 0) => {
    if (inRange(date)) txs.push({ ...t, date, valuta: addDays(date, valutaShift) });
  };
  for (let m = firstOfMonth(von); m <= bis; m = addMonths(m, 1)) {
    const name = MONTHS_DE[Number(m.slice(5, 7)) - 1];
    const at = (day: number) => addDays(m, Math.min(day, 28) - 1);
    push(at(rng.int(26, 28)), { party: employer, text: 'Gehalt/Rente', purpose: `${upper ? `LOHN GEHALT ${name.toUpperCase()}` : `Lohn/Gehalt ${name}`} ${m.slice(0, 4)} PNR ${rng.digits(6)}`, iban: employerIban, amount: salary });
    push(at(rng.int(1, 3)), { party: landlord, text: 'Dauerauftrag', purpose: `Miete ${name} ${rng.pick(['Whg.', 'Wohnung', 'WE'])} ${rng.int(1, 48)} incl. NK`, iban: landlordIban, amount: -rent });
    push(at(rng.int(2, 12)), { party: rng.pick(['Stadtwerke ' + address.city, 'E.ON Energie Deutschland GmbH', 'Vattenfall Europe Sales GmbH', 'Octopus Energy Germany GmbH']), text: 'Lastschrift', purpose: `Abschlag Strom Vertragskonto ${rng.digits(10)} EREF+${rng.digits(12)}`, iban: fake.bankAccount(rng).iban, amount: -rng.pick([39, 46, 58, 64, 77, 92]) });
    push(at(rng.int(10, 22)), { party: rng.pick(['Telefonica Germany GmbH + Co. OHG', 'Vodafone GmbH', 'Telekom Deutschland GmbH', '1&1 Telecom GmbH']), text: 'Lastschrift', purpose: `Kd-Nr. ${rng.digits(9)} Rg-Nr. ${rng.digits(10)} MREF+${rng.digits(8)} CRED+DE${rng.digits(2)}ZZZ0000${rng.digits(7)}`, iban: fake.bankAccount(rng).iban, amount: -cents(rng.float(9.99, 49.99)) });
    if (rng.chance(0.4)) push(at(rng.int(3, 9)), { party: 'Bundesagentur fuer Arbeit - Familienkasse', text: 'Gutschrift', purpose: `KG ${rng.digits(3)}FK${rng.digits(6)} ${name}`, iban: fake.germanIban('76000000', `${rng.digits(10)}`), amount: 255 * rng.int(1, 2) });
    for (let i = 0; i < rng.int(3, 8); i++) {
      const date = at(rng.int(1, 28));
      const shop = rng.pick(['REWE Markt GmbH', 'EDEKA Center', 'ALDI SUED', 'Lidl Dienstl. GmbH', 'dm-drogerie markt', 'Kaufland', 'ROSSMANN', 'DB Vertrieb GmbH', 'Amazon Payments Europe']);
      if (rng.chance(0.2)) push(date, { party: rng.pick(['PayPal Europe S.a.r.l. et Cie S.C.A', 'Klarna Bank AB']), text: 'Lastschrift', purpose: `${rng.digits(16)} PP.${rng.digits(4)}.PP . ${shop}, Ihr Einkauf bei ${shop}`, iban: 'LU89751000135104200E', amount: -cents(rng.float(6, 120)) });
      else push(date, { party: shop, text: 'Kartenzahlung', purpose: `${shop} ${address.city.toUpperCase()}/DE ${dd(date).slice(0, 5)} ${rng.int(8, 20)}:${rng.digits(1).replace(/[6-9]/, '2')}${rng.digits(1)} Debitkarte ${rng.digits(1)}`, iban: '', amount: -cents(rng.float(3.5, 96)) }, rng.int(0, 2));
    }
    if (rng.chance(0.4)) push(at(rng.int(27, 28)), { party: `${holder.first} ${holder.last}`.toUpperCase(), text: 'Umbuchung', purpose: rng.pick(['Sparen', 'Uebertrag Tagesgeld', 'Ruecklage']), iban: savingsIban, amount: -rng.pick([25, 50, 100, 150]) });
    if (rng.chance(0.35)) push(at(rng.int(5, 25)), { party: fake.fullName(fake.person(rng)), text: 'Gutschrift', purpose: rng.pick(['Rueckzahlung', 'Danke fuer Auslage', 'Anteil Strom', 'Geschenk']), iban: fake.bankAccount(rng).iban, amount: cents(rng.float(10, 180)) });
  }
  if (!txs.length) push(addDays(von, rng.int(0, days)), { party: employer, text: 'Gutschrift', purpose: 'Lohn/Gehalt', iban: employerIban, amount: salary });
  txs.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const opening = cents(rng.float(-250, 2400));
  let running = opening;
  const withBalance = txs.map((t) => ({ ...t, balance: (running = cents(running + t.amount)) }));
  const closing = running;
  const rows = newestFirst ? [...withBalance].reverse() : withBalance;
  const num = (v: number) => decimal(v, 2, '');
  const createdClock = `${rng.int(7, 22)}:${String(rng.int(0, 59)).padStart(2, '0')}`;

  // the sheet: rows of cells; kind decides the alignment as the spreadsheet shows it
  type C = { t: string; right?: boolean; bold?: boolean; field?: string; fields?: [string, string][] };
  const sheet: C[][] = [];
  const periodCell: C = { t: `${dd(von)} - ${dd(bis)}`, fields: [['zeitraum_von', dd(von)], ['zeitraum_bis', dd(bis)]] };
  const holderName = style === 'kunde' ? `${holder.first} ${holder.last}` : ctx.name(holder);
  let columns: { head: string; w: number; right?: boolean }[];
  if (style === 'kunde') {
    sheet.push([{ t: ctx.pick(['Umsatzanzeige'], ['Umsatzliste', 'Kontoumsätze']) }, { t: `Datei erstellt am: ${dd(exported)} ${createdClock}` }]);
    sheet.push([]);
    sheet.push([{ t: 'IBAN' }, { t: ctx.iban(iban), field: 'iban' }]);
    sheet.push([{ t: 'Kontoname' }, { t: rng.pick(['Girokonto', 'Gehaltskonto', 'Girokonto Online']) }]);
    sheet.push([{ t: 'Bank' }, { t: bank.name }]);
    sheet.push([{ t: ctx.pick(['Kunde'], ['Kundin/Kunde', 'Kontoinhaber/-in']) }, { t: holderName, field: 'kontoinhaber' }]);
    sheet.push([{ t: 'Zeitraum' }, periodCell]);
    sheet.push([{ t: 'Saldo' }, { t: num(closing), right: true }, { t: 'EUR' }]);
    sheet.push([]);
    sheet.push([{ t: 'Sortierung' }, { t: newestFirst ? 'Datum absteigend' : 'Datum aufsteigend' }]);
    sheet.push([]);
    sheet.push([{ t: 'In der CSV-Datei finden Sie alle bereits gebuchten Umsätze. Vorgemerkte Umsätze werden nicht aufgenommen, auch wenn sie im Online-Banking angezeigt werden.' }]);
    sheet.push([]);
    columns = [
      { head: 'Buchung', w: 62 },
      { head: 'Valuta', w: 62 },
      { head: 'Auftraggeber/Empfänger', w: 150 },
      { head: 'Buchungstext', w: 78 },
      { head: 'Verwendungszweck', w: 212 },
      { head: 'Saldo', w: 62, right: true },
      { head: 'Währung', w: 40 },
      { head: 'Betrag', w: 62, right: true },
      { head: 'Währung', w: 40 },
    ];
    sheet.push(columns.map((c) => ({ t: c.head })));
    for (const t of rows) sheet.push([{ t: dd(t.date), right: true }, { t: dd(t.valuta), right: true }, { t: t.party }, { t: t.text }, { t: t.purpose }, { t: num(t.balance), right: true }, { t: 'EUR' }, { t: num(t.amount), right: true }, { t: 'EUR' }]);
  } else {
    const twoRows = rng.chance(0.5);
    sheet.push([{ t: ctx.pick(['Kontoumsätze'], ['Umsätze Girokonto', 'Export Umsätze']), bold: false }]);
    sheet.push([{ t: ctx.pick(['Kontoinhaber:'], ['Inhaber:', 'Name Kontoinhaber:']) }, { t: holderName, field: 'kontoinhaber' }]);
    sheet.push([{ t: 'IBAN:' }, { t: ctx.iban(iban), field: 'iban' }]);
    sheet.push([{ t: 'BIC:' }, { t: bank.bic }]);
    if (twoRows) {
      sheet.push([{ t: 'Zeitraum von:' }, { t: dd(von), right: true, field: 'zeitraum_von' }]);
      sheet.push([{ t: 'Zeitraum bis:' }, { t: dd(bis), right: true, field: 'zeitraum_bis' }]);
    } else sheet.push([{ t: 'Zeitraum:' }, periodCell]);
    sheet.push([{ t: `Kontostand am ${dd(addDays(von, -1))}:` }, { t: num(opening), right: true }, { t: 'EUR' }]);
    sheet.push([{ t: `Kontostand am ${dd(bis)}:` }, { t: num(closing), right: true }, { t: 'EUR' }]);
    sheet.push([{ t: `Exportiert am ${dd(exported)} um ${createdClock} Uhr` }]);
    sheet.push([]);
    columns = [
      { head: 'IBAN Auftragskonto', w: 118 },
      { head: 'Buchungstag', w: 58 },
      { head: 'Valutadatum', w: 58 },
      { head: 'Name Zahlungsbeteiligter', w: 134 },
      { head: 'IBAN Zahlungsbeteiligter', w: 118 },
      { head: 'Buchungstext', w: 70 },
      { head: 'Verwendungszweck', w: 120 },
      { head: 'Betrag', w: 50, right: true },
      { head: 'Waehrung', w: 40 },
    ];
    sheet.push(columns.map((c) => ({ t: c.head })));
    for (const t of rows) sheet.push([{ t: iban }, { t: dd(t.date), right: true }, { t: dd(t.valuta), right: true }, { t: t.party }, { t: t.iban }, { t: t.text }, { t: t.purpose }, { t: num(t.amount), right: true }, { t: 'EUR' }]);
  }

  // printing: landscape A4, fitted to the page width, grid lines, header and footer of the program
  const W = 841.89;
  const H = 595.28;
  const heads = rng.chance(0.4);
  const d = ctx.start({ family: rng.pick(['helvetica', 'helvetica', 'times']), size: 7.6, pageSize: [W, H], margins: { left: 34, right: 34, top: 50, bottom: 46 } });
  const total = columns.reduce((s, c) => s + c.w, 0);
  const avail = W - 68 - (heads ? 22 : 0);
  const scale = Math.min(1, avail / total);
  const widths = columns.map((c) => c.w * scale);
  const x0 = 34 + (heads ? 22 : 0);
  const xs = widths.map((_, i) => x0 + widths.slice(0, i).reduce((s, w) => s + w, 0));
  const rowH = 11.5;
  const size = 7.4;
  const perPage = Math.floor((H - 50 - 46 - (heads ? rowH : 0)) / rowH);
  const pages = Math.ceil(sheet.length / perPage);
  const stem = style === 'kunde' ? `Umsatzanzeige_${iban}_${exported.replace(/-/g, '')}` : `Umsaetze_${rng.pick(['Girokonto', 'Konto'])}_${exported.replace(/-/g, '')}`;
  const fit = (text: string, width: number) => {
    if (d.measure(text, { size }) <= width) return text;
    let t = text;
    while (t.length > 1 && d.measure(t, { size }) > width) t = t.slice(0, -1);
    return t;
  };
  const letters = 'ABCDEFGHIJKLMNOP';
  const gridColor: [number, number, number] = [0.72, 0.72, 0.72];
  for (let p = 0; p < pages; p++) {
    if (p > 0) d.newPage();
    let y = 50;
    if (heads) {
      d.rect(x0 - 22, y, xs[xs.length - 1] + widths[widths.length - 1] - x0 + 22, rowH, { fill: [0.93, 0.93, 0.93] });
      widths.forEach((w, i) => {
        d.text(xs[i] + w / 2, y + 8.5, letters[i], { size: 7, align: 'center', color: GRAY });
        d.line(xs[i], y, xs[i], y + rowH, 0.3, gridColor);
      });
      y += rowH;
    }
    const chunk = sheet.slice(p * perPage, (p + 1) * perPage);
    chunk.forEach((cells, r) => {
      const top = y + r * rowH;
      const base = top + 8.4;
      if (heads) {
        d.rect(x0 - 22, top, 22, rowH, { fill: [0.93, 0.93, 0.93] });
        d.text(x0 - 3, base, String(p * perPage + r + 1), { size: 6.8, align: 'right', color: GRAY });
      }
      // a cell's text runs on into empty neighbours (no grid line there), otherwise it is cut at the cell's edge
      const covered = new Set<number>();
      cells.forEach((c, i) => {
        if (!c.t) return;
        let room = widths[i] - 4;
        if (!c.right)
          for (let j = i + 1; j < widths.length && !(cells[j]?.t) && d.measure(c.t, { size }) > room; j++) {
            room += widths[j];
            covered.add(j);
          }
        const shown = c.right ? c.t : fit(c.t, room);
        d.text(c.right ? xs[i] + widths[i] - 2 : xs[i] + 2, base, shown, { size, bold: c.bold, field: c.field, align: c.right ? 'right' : undefined });
        for (const [f, printed] of c.fields ?? []) d.place(f, printed);
      });
      d.hline(top + rowH, x0 - (heads ? 22 : 0), xs[xs.length - 1] + widths[widths.length - 1], 0.3, gridColor);
      [...xs, xs[xs.length - 1] + widths[widths.length - 1]].forEach((x, j) => {
        if (!covered.has(j)) d.line(x, top, x, top + rowH, 0.3, gridColor);
      });
    });
    const bottom = y + chunk.length * rowH;
    d.hline(y, x0 - (heads ? 22 : 0), xs[xs.length - 1] + widths[widths.length - 1], 0.3, gridColor);
    if (heads) d.line(x0 - 22, y, x0 - 22, bottom, 0.3, gridColor);
  }
  d.onEveryPage((doc, page, n) => {
    doc.text(W / 2, 30, stem, { size: 9, align: 'center' });
    doc.text(W / 2, H - 24, n > 1 && style === 'auftragskonto' ? `Seite ${page} von ${n}` : `Seite ${page}`, { size: 9, align: 'center' });
  });
  ctx.set('kontoinhaber', fake.fullName(holder));
  ctx.set('iban', iban);
  ctx.set('zeitraum_von', von);
  ctx.set('zeitraum_bis', bis);
}

/**
 * blind14: the statement of an instant-access savings account (Tagesgeld) at a direct bank, savings
 * bank or cooperative bank, for a quarter or a month: the holder in the window, customer number,
 * account number, IBAN and BIC in a block at the right; a band of three cells with headings over
 * values (the statement's period as one range, the old and the new balance); few bookings —
 * transfers from and to the holder's reference current account (its IBAN at another bank, the
 * holder named as sender), sometimes a gift from a relative — and the interest credited at the end
 * with its own settlement period, withholding tax and solidarity surcharge when no exemption order
 * covers it; an interest scale (days, capital, rate, interest per segment, a rate change within the
 * period); the exemption order of the calendar year; often a second page with the statutory
 * depositor information sheet (deposit guarantee, the holder and the IBAN once more, a return slip).
 */
function blind14TagesgeldZinsstaffel(ctx: Ctx): void {
  const rng = ctx.rng;
  const holder = fake.person(rng, { bornFrom: 1945, bornTo: 2004 });
  holder.title = undefined;
  const address = fake.address(rng);
  const products: readonly (readonly [string, string, string, string, boolean, string])[] = [
    ['ING-DiBa', 'ING', 'Extra-Konto', 'Entschädigungseinrichtung deutscher Banken GmbH', true, '60628 Frankfurt am Main'],
    ['Deutsche Kreditbank (DKB)', 'DKB', 'Tagesgeld', 'Entschädigungseinrichtung deutscher Banken GmbH', true, '10919 Berlin'],
    ['comdirect', 'comdirect', 'Tagesgeld PLUS-Konto', 'Entschädigungseinrichtung deutscher Banken GmbH', true, '25449 Quickborn'],
    ['Sparkasse Leipzig', 'Sparkasse Leipzig', 'S-Tagesgeld', 'Sicherungssystem der Sparkassen-Finanzgruppe', false, '04092 Leipzig'],
    ['Hamburger Sparkasse', 'Haspa', 'Haspa TagesGeld', 'Sicherungssystem der Sparkassen-Finanzgruppe', false, '20454 Hamburg'],
    ['Volksbank Leipzig eG', 'Volksbank Leipzig', 'VR-Tagesgeld', 'BVR Institutssicherung GmbH', false, '04086 Leipzig'],
    ['Berliner Volksbank', 'Berliner Volksbank', 'Tagesgeldkonto', 'BVR Institutssicherung GmbH', false, '10892 Berlin'],
  ];
  const [bankName, short, product, guarantee, direct, seat] = rng.pick(products);
  const bank = fake.BANKS.find((b) => b.name === bankName)!;
  const iban = fake.germanIban(bank.blz, rng.digits(10).replace(/^0/, String(rng.int(1, 9))));
  const kontonr = iban.slice(12).replace(/^0+/, '');
  let ref = fake.bankAccount(rng);
  while (ref.bank.name === bankName) ref = fake.bankAccount(rng);
  const quarterly = rng.chance(0.6);
  const prevMonth = firstOfMonth(addMonths(ctx.today, -1));
  // the last quarter that is over
  const thisQuarter = `${ctx.today.slice(0, 4)}-${String(Math.floor((Number(ctx.today.slice(5, 7)) - 1) / 3) * 3 + 1).padStart(2, '0')}-01`;
  const von = quarterly ? addMonths(thisQuarter, -3) : prevMonth;
  const bis = quarterly ? lastOfMonth(addMonths(von, 2)) : lastOfMonth(von);
  const days = Math.round((Date.parse(bis) - Date.parse(von)) / 86400000) + 1;
  const opening = cents(rng.weighted([[rng.float(300, 3000), 3], [rng.float(3000, 15000), 3], [rng.float(15000, 60000), 1]]));
  // the rate and, sometimes, a change of it within the period
  const rate1 = rng.pick([1.5, 1.75, 2.0, 2.25, 2.5, 2.75, 3.0, 3.25]);
  const change = rng.chance(0.45) ? addDays(von, rng.int(10, days - 10)) : undefined;
  const rate2 = change ? cents(rate1 - rng.pick([0.25, 0.5, 0.75])) : rate1;
  // bookings: transfers from and to the reference account, sometimes a gift
  type Bk = { date: IsoDate; text: string[]; amount: number };
  const bks: Bk[] = [];
  const nTransfers = rng.int(1, quarterly ? 5 : 3);
  for (let i = 0; i < nTransfers; i++) {
    const date = workday(addDays(von, rng.int(0, days - 4)));
    if (date > bis) continue;
    const inflow = rng.chance(0.6);
    const amt = cents(rng.pick([50, 100, 150, 200, 250, 300, 500, 1000, rng.float(20, 900)]));
    bks.push(inflow
      ? { date, text: ['Gutschrift Überweisung', `${holder.first.split(' ')[0].toUpperCase()} ${holder.last.toUpperCase()}`, `IBAN ${ctx.iban(ref.iban)}`, rng.pick(['Sparen', 'Umbuchung', 'Rücklage', 'Dauerauftrag Sparen'])], amount: amt }
      : { date, text: ['Überweisung auf Referenzkonto', `${holder.first.split(' ')[0]} ${holder.last}`, `IBAN ${ctx.iban(ref.iban)}`, rng.pick(['Umbuchung', 'Auszahlung', ''])].filter(Boolean), amount: -Math.min(amt, cents(opening * 0.5)) });
  }
  if (rng.chance(0.3)) {
    const giver = fake.person(rng, { bornFrom: 1940, bornTo: 1965, last: rng.chance(0.5) ? holder.last : undefined });
    const ga = fake.bankAccount(rng);
    bks.push({ date: workday(addDays(von, rng.int(0, days - 4))), text: ['Gutschrift Überweisung', fake.fullName(giver), `IBAN ${ctx.iban(ga.iban)}`, rng.pick(['Geburtstag', 'Zum Geburtstag alles Liebe', 'Weihnachten', 'fuer die Kinder'])], amount: cents(rng.pick([50, 100, 200, 250, 500])) });
  }
  const inPeriod = bks.filter((b) => b.date <= bis).sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  // a savings account cannot be overdrawn: a withdrawal the balance does not cover becomes a smaller one
  let running = opening;
  for (const b of inPeriod) {
    if (running + b.amount < 20) b.amount = -cents(Math.max(10, Math.floor(running / 2)));
    running = cents(running + b.amount);
  }
  // the interest scale: a segment for every change of balance or rate (actual/365)
  const cuts = new Set<IsoDate>([von]);
  for (const b of inPeriod) cuts.add(b.date);
  if (change) cuts.add(change);
  const starts = [...cuts].sort();
  let bal = opening;
  const scale: { from: IsoDate; to: IsoDate; days: number; capital: number; rate: number; interest: number }[] = [];
  starts.forEach((s, i) => {
    for (const b of inPeriod) if (b.date === s) bal = cents(bal + b.amount);
    const to = i + 1 < starts.length ? addDays(starts[i + 1], -1) : bis;
    const n = Math.round((Date.parse(to) - Date.parse(s)) / 86400000) + 1;
    const r = change && s >= change ? rate2 : rate1;
    scale.push({ from: s, to, days: n, capital: bal, rate: r, interest: cents((bal * r * n) / 36500) });
  });
  const interest = cents(scale.reduce((s, x) => s + x.interest, 0));
  const fsa = rng.weighted([[0, 1], [rng.pick([100, 200, 500, 801, 1000]), 3], [2000, 1]]);
  const usedBefore = fsa ? cents(Math.min(fsa, rng.float(0, fsa * 0.8))) : 0;
  const taxable = cents(Math.max(0, interest - Math.max(0, fsa - usedBefore)));
  const kest = cents(taxable * 0.25);
  const soli = cents(kest * 0.055);
  const all: Bk[] = [...inPeriod, { date: bis, text: ['Zinsgutschrift', `Zinsen ${ctx.ndate(von)} bis ${ctx.ndate(bis)}`], amount: interest }];
  if (kest > 0) all.push({ date: bis, text: ['Kapitalertragsteuer'], amount: -kest }, { date: bis, text: ['Solidaritätszuschlag'], amount: -soli });
  const closingBal = cents(all.reduce((s, b) => s + b.amount, opening));
  const nr = quarterly ? Math.ceil(Number(bis.slice(5, 7)) / 3) : Number(bis.slice(5, 7));
  const kunde = rng.digits(rng.pick([8, 10]));
  const created = addDays(bis, rng.int(1, 6));
  const accent: [number, number, number] = direct ? rng.pick([[0.95, 0.45, 0.0], [0.0, 0.35, 0.6], [0.95, 0.75, 0.0]]) : /Sparkasse|Haspa/.test(bankName) ? [0.85, 0.0, 0.0] : [0.0, 0.3, 0.6];
  const amt = (v: number) => `${decimal(Math.abs(v))} ${v < 0 ? '-' : '+'}`;

  const d = ctx.start({ family: 'helvetica', size: 9, margins: { left: 62, right: 50, top: 56, bottom: 72 } });
  const L = d.left;
  const R = d.right;
  // letterhead: the bank's short name in its colour, the product at the right
  d.text(L, 58, short, { size: 18, bold: true, color: accent });
  d.text(R, 50, ctx.pick(['Kontoauszug'], ['Kontoauszug Sparen', 'Kontoauszug und Zinsabrechnung']), { size: 12, bold: true, align: 'right' });
  d.text(R, 63, `${product} Nr. ${nr}/${bis.slice(0, 4)}`, { size: 9, align: 'right' });
  returnLine(d, `${bankName} · ${direct ? 'Kundenservice' : 'Postfach'} · ${seat}`);
  const windowName = rng.chance(0.65);
  addressWindow(d, [holder.gender === 'f' ? 'Frau' : 'Herrn', windowName ? { text: `${holder.first} ${holder.last}`, field: 'kontoinhaber' } : `${holder.first} ${holder.last}`, `${address.street} ${address.no}`, `${address.plz} ${address.city}`]);
  const info: [string, Cell][] = [
    ['Kundennummer', kunde],
    ['Kontonummer', kontonr],
    [ctx.pick(['IBAN'], ['IBAN des Kontos', 'Konto-IBAN']), { text: ctx.iban(iban), field: 'iban' }],
    ['BIC', bank.bic],
    ['Erstellt am', ctx.ndate(created)],
  ];
  info.forEach(([l, v], i) => {
    const c = typeof v === 'string' ? { text: v } : v;
    d.text(356, 152 + i * 12, l, { size: 8, color: GRAY });
    d.text(R, 152 + i * 12, c.text, { size: 8.5, align: 'right', field: c.field });
  });
  d.y = 250;
  if (!windowName) {
    d.row([{ x: L, text: `${product} – ${ctx.pick(['Kontoinhaber'], ['Inhaber', 'Inhaberin/Inhaber'])}:`, color: GRAY }, { x: L + 130, text: ctx.name(holder), field: 'kontoinhaber', bold: true }], { size: 9.5, minHeight: 16 });
    d.move(4);
  }
  // the band of three cells: period, old balance, new balance
  const cw = d.contentWidth / 3;
  const top = d.y;
  const heads = [ctx.pick(['Auszugszeitraum', 'Zeitraum'], ['Abrechnungszeitraum', 'Dieser Auszug umfasst']), `Saldo alt am ${ctx.ndate(addDays(von, -1))}`, `Saldo neu am ${ctx.ndate(bis)}`];
  const vals = [`${ctx.ndate(von)} – ${ctx.ndate(bis)}`, `${ctx.money(opening)}`, `${ctx.money(closingBal)}`];
  for (let i = 0; i < 3; i++) {
    d.rect(L + i * cw, top, cw - 4, 38, { fill: i === 0 ? [0.93, 0.93, 0.93] : [0.97, 0.97, 0.97] });
    d.rect(L + i * cw, top, cw - 4, 2.5, { fill: accent });
    d.text(L + i * cw + 7, top + 14, heads[i], { size: 7.5, color: GRAY });
    d.text(L + i * cw + 7, top + 29, vals[i], { size: 10.5, bold: true });
  }
  d.place('zeitraum_von', ctx.ndate(von));
  d.place('zeitraum_bis', ctx.ndate(bis));
  d.y = top + 52;
  // bookings
  const col = { bu: L, wert: L + 58, text: L + 118, betrag: R };
  d.row([{ x: col.bu, text: 'Buchung', bold: true }, { x: col.wert, text: 'Valuta', bold: true }, { x: col.text, text: 'Buchungstext', bold: true }, { x: col.betrag, text: 'Betrag EUR', bold: true, align: 'right' }], { size: 8.5, minHeight: 14 });
  d.hline(d.y, L, R, 0.7);
  d.move(3);
  for (const b of all) {
    d.row([
      { x: col.bu, text: ctx.ndate(b.date) },
      { x: col.wert, text: ctx.ndate(b.date) },
      { x: col.text, text: b.text.join('\n'), width: 280 },
      { x: col.betrag, text: amt(b.amount), align: 'right' },
    ], { size: 8.5, leading: 1.25 });
    d.move(3);
    d.hline(d.y, L, R, 0.25, GRAY);
    d.move(2);
  }
  d.row([{ x: col.text, text: `Neuer Saldo ${ctx.ndate(bis)}`, bold: true }, { x: col.betrag, text: amt(closingBal), bold: true, align: 'right' }], { size: 9, minHeight: 16 });
  d.move(10);
  // the interest scale
  d.ensure(40 + scale.length * 12);
  d.write(ctx.pick(['Zinsabrechnung'], ['Ihre Zinsen im Einzelnen', 'Zinsstaffel']), { bold: true, size: 9.5 });
  const z = { von: L, bis: L + 62, tage: L + 150, kap: L + 250, satz: L + 320, zins: R };
  d.row([{ x: z.von, text: 'von', bold: true }, { x: z.bis, text: 'bis', bold: true }, { x: z.tage, text: 'Tage', bold: true, align: 'right' }, { x: z.kap, text: 'Kapital EUR', bold: true, align: 'right' }, { x: z.satz, text: 'Zinssatz p. a.', bold: true, align: 'right' }, { x: z.zins, text: 'Zinsen EUR', bold: true, align: 'right' }], { size: 8, minHeight: 12 });
  d.hline(d.y, L, R, 0.5);
  for (const s of scale)
    d.row([{ x: z.von, text: ctx.ndate(s.from) }, { x: z.bis, text: ctx.ndate(s.to) }, { x: z.tage, text: String(s.days), align: 'right' }, { x: z.kap, text: decimal(s.capital), align: 'right' }, { x: z.satz, text: `${decimal(s.rate, 2)} %`, align: 'right' }, { x: z.zins, text: decimal(s.interest), align: 'right' }], { size: 8, minHeight: 11.5 });
  d.hline(d.y, L, R, 0.5);
  d.row([{ x: z.von, text: 'Zinsen gesamt', bold: true }, { x: z.zins, text: decimal(interest), bold: true, align: 'right' }], { size: 8, minHeight: 13 });
  d.move(6);
  if (change) d.para(`Der Zinssatz für Ihr ${product} wurde zum ${ctx.date(change)} auf ${decimal(rate2, 2)} % p. a. angepasst. Die aktuellen Konditionen finden Sie im Preis- und Leistungsverzeichnis.`, { size: 8 });
  d.para(fsa
    ? `Freistellungsauftrag ${bis.slice(0, 4)}: erteilt ${ctx.money(fsa)}, bisher in Anspruch genommen ${ctx.money(cents(Math.min(fsa, usedBefore + interest)))}, noch verfügbar ${ctx.money(cents(Math.max(0, fsa - usedBefore - interest)))}.${kest > 0 ? ' Für den übersteigenden Betrag wurden Kapitalertragsteuer und Solidaritätszuschlag einbehalten.' : ''}`
    : `Für dieses Konto liegt uns kein Freistellungsauftrag vor. Von den Zinsen wurden Kapitalertragsteuer (25 %) und Solidaritätszuschlag einbehalten; eine Jahressteuerbescheinigung erhalten Sie im Februar.`, { size: 8 });
  d.para(`Ihr Referenzkonto: ${ctx.iban(ref.iban)} (${ref.bank.name}). Auszahlungen von Ihrem ${product} sind nur auf dieses Konto möglich.`, { size: 8 });
  d.para('Bitte prüfen Sie diesen Kontoauszug. Einwendungen gegen den Rechnungsabschluss sind innerhalb von sechs Wochen nach Zugang zu erheben; das Unterlassen rechtzeitiger Einwendungen gilt als Genehmigung.', { size: 7.5, color: GRAY });
  // the depositor information sheet, sent with a statement once a year
  if (rng.chance(0.55)) {
    d.newPage();
    d.write('Informationsbogen für den Einleger', { size: 13, bold: true });
    d.write(`${bankName} – Anlage zum Kontoauszug ${nr}/${bis.slice(0, 4)}`, { size: 8.5, color: GRAY });
    d.move(8);
    const rows: [string, string][] = [
      ['Einlagen bei der ' + bankName + ' sind geschützt durch:', guarantee + (direct ? '' : ' (institutsbezogenes Sicherungssystem)')],
      ['Sicherungsobergrenze:', '100 000 EUR pro Einleger pro Kreditinstitut'],
      ['Falls Sie mehrere Einlagen bei demselben Kreditinstitut haben:', 'Alle Ihre Einlagen bei demselben Kreditinstitut werden „aufaddiert“, und die Gesamtsumme unterliegt der Obergrenze von 100 000 EUR.'],
      ['Falls Sie ein Gemeinschaftskonto mit einer oder mehreren anderen Personen haben:', 'Die Obergrenze von 100 000 EUR gilt für jeden einzelnen Einleger.'],
      ['Erstattungsfrist bei Ausfall eines Kreditinstituts:', '7 Arbeitstage'],
      ['Währung der Erstattung:', 'Euro'],
      ['Kontaktdaten:', guarantee],
    ];
    for (const [l, v] of rows) {
      const t = d.y;
      d.row([{ x: L + 4, text: l, width: 200 }, { x: L + 220, text: v, width: R - L - 226 }], { size: 8.5, leading: 1.3 });
      d.rect(L, t, d.contentWidth, d.y - t + 4, { stroke: [0.5, 0.5, 0.5], lineWidth: 0.4 });
      d.line(L + 214, t, L + 214, d.y + 4, 0.4, [0.5, 0.5, 0.5]);
      d.move(4);
    }
    d.move(8);
    d.para('Weitere Informationen: Die gesetzliche Einlagensicherung schützt Einlagen bis zur Sicherungsobergrenze. Die Erstattung erfolgt ohne Antrag. Weitere Informationen erhalten Sie auf der Internetseite der Sicherungseinrichtung.', { size: 8 });
    d.move(6);
    d.write('Empfangsbestätigung des Einlegers', { bold: true, size: 9.5 });
    d.row([{ x: L, text: 'Einleger', color: GRAY }, { x: L + 120, text: `${holder.last}, ${holder.first}` }], { size: 9, minHeight: 14 });
    d.row([{ x: L, text: 'Konto (IBAN)', color: GRAY }, { x: L + 120, text: fake.groupIban(iban) }], { size: 9, minHeight: 14 });
    d.row([{ x: L, text: 'Kundennummer', color: GRAY }, { x: L + 120, text: kunde }], { size: 9, minHeight: 14 });
    d.move(24);
    d.hline(d.y, L, L + 150, 0.5);
    d.hline(d.y, L + 220, R, 0.5);
    d.text(L, d.y + 9, 'Ort, Datum', { size: 7, color: GRAY });
    d.text(L + 220, d.y + 9, 'Unterschrift', { size: 7, color: GRAY });
    d.y += 16;
  }
  d.onEveryPage((doc, page, pages) => {
    const t = doc.height - 50;
    doc.hline(t - 8, L, R, 0.3, GRAY);
    doc.text(L, t, `${bankName} · BIC ${bank.bic} · ${direct ? 'Aktiengesellschaft' : /eG$/.test(bankName) ? 'eingetragene Genossenschaft' : 'Anstalt des öffentlichen Rechts'}`, { size: 6.5, color: GRAY });
    doc.text(L, t + 8.5, `Einlagen sind geschützt durch die ${guarantee}.`, { size: 6.5, color: GRAY });
    doc.text(R, t, `Seite ${page} von ${pages}`, { size: 7, align: 'right', color: GRAY });
  });
  ctx.set('kontoinhaber', fake.fullName(holder));
  ctx.set('iban', iban);
  ctx.set('zeitraum_von', von);
  ctx.set('zeitraum_bis', bis);
}

/**
 * blind15: a cooperative or church bank's monthly or ad-hoc PDF statement as the applicant printed
 * it and marked it up by hand before handing it in: purposes of private debits blacked out with a
 * marker (the amounts left), pen notes in the wide right margin beside rent, pay, child benefit and
 * the partner's share, the own IBAN underlined and a note with the Wohngeld file number at the top;
 * the statement itself with the period in a line under the window („Umsätze vom … bis …"), old and
 * new balance rows, signed amounts and continuation pages.
 */
function blind15GeschwaerztAnmerkungen(ctx: Ctx): void {
  const rng = ctx.rng;
  const banks: readonly (readonly [string, string, string, [number, number, number]])[] = [
    ['PSD Bank Nord eG', '20090900', 'GENODEF1P08', [0.0, 0.45, 0.35]],
    ['Sparda-Bank Südwest eG', '55090500', 'GENODEF1S01', [0.0, 0.3, 0.6]],
    ['Evangelische Bank eG', '52060410', 'GENODEF1EK1', [0.45, 0.1, 0.35]],
    ['Pax-Bank eG', '37060193', 'GENODED1PAX', [0.1, 0.25, 0.5]],
    ['Sparda-Bank Hannover eG', '25090500', 'GENODEF1S09', [0.0, 0.3, 0.6]],
    ['PSD Bank Nürnberg eG', '76090900', 'GENODEF1P17', [0.0, 0.45, 0.35]],
  ];
  const [bankName, blz, bic, color] = rng.pick(banks);
  const holder = fake.person(rng, { bornFrom: 1955, bornTo: 2003 });
  holder.title = undefined;
  const address = fake.address(rng);
  const iban = fake.germanIban(blz, rng.digits(10).replace(/^0/, String(rng.int(1, 9))));
  const monthly = rng.chance(0.55);
  const von = monthly ? firstOfMonth(addMonths(ctx.today, -rng.int(1, 2))) : addDays(ctx.today, -rng.int(20, 70));
  const bis = monthly ? lastOfMonth(von) : addDays(von, rng.int(13, 34));
  const nr = monthly ? Number(von.slice(5, 7)) : rng.int(3, 28);
  const monthName = MONTHS_DE[Number(von.slice(5, 7)) - 1];
  const partner = rng.chance(0.45) ? fake.person(rng, { gender: holder.gender === 'f' ? 'm' : 'f', bornFrom: 1955, bornTo: 2003 }) : undefined;
  const landlordName = fake.landlordOrganisation(rng, address.city);
  const landlordIban = fake.bankAccount(rng).iban;
  const employer = fake.employerName(rng, address.city);
  const children = rng.chance(0.5) ? rng.int(1, 3) : 0;
  const wgAz = `${rng.digits(3)}/${rng.digits(5)}`;
  const span = Math.round((Date.parse(bis) - Date.parse(von)) / 86400000);
  const at = (a: number, b: number) => addDays(von, Math.min(span, rng.int(a, b)));
  interface Row { date: IsoDate; valuta: IsoDate; text: string[]; amount: number; note?: string; black?: boolean }
  const rows: Row[] = [];
  const add = (date: IsoDate, text: string[], amount: number, extra: Partial<Row> = {}) => rows.push({ date, valuta: rng.chance(0.8) ? date : addDays(date, 1), text, amount: cents(amount), ...extra });
  const pay = cents(rng.float(1100, 2600));
  add(at(Math.max(0, span - 6), span), ['LOHN/GEHALT', employer, `${ctx.pick(['Lohn'], ['Entgelt', 'Bezüge'])} ${monthName} PNR ${rng.digits(5)}`, `IBAN ${fake.bankAccount(rng).iban}`], pay, { note: ctx.pick(['Lohn'], ['Gehalt', 'mein Lohn']) });
  const rent = cents(rng.float(380, 920));
  add(at(0, 4), ['DAUERAUFTRAG', landlordName, `Miete ${monthName} ${rng.pick(['Whg.', 'WE', 'Mietvertrag'])} ${rng.int(1, 60)}`, `IBAN ${landlordIban}`], -rent, { note: 'Miete' });
  if (children > 0) add(at(3, 12), ['GUTSCHRIFT', 'Bundesagentur für Arbeit - Familienkasse', `KG ${rng.digits(3)}FK${rng.digits(6)} ${monthName}`], 255 * children, { note: 'Kindergeld' });
  if (partner) add(at(0, 6), ['GUTSCHRIFT', `${partner.first} ${partner.last}`.toUpperCase(), rng.pick(['Anteil Miete', 'Miete Anteil', 'Haushaltskasse'])], cents(rng.float(150, 400)), { note: rng.pick(['von meinem Partner', 'Anteil Miete']) });
  add(at(1, 10), ['LASTSCHRIFT', rng.pick(['Stadtwerke', 'enercity AG', 'N-ERGIE AG', 'Mainova AG', 'EWE VERTRIEB GmbH']), `Abschlag Strom ${rng.digits(10)}`, `Mandat ${rng.digits(8)} Gläubiger-ID DE${rng.digits(2)}ZZZ0000${rng.digits(7)}`], -cents(rng.float(38, 110)));
  if (rng.chance(0.6)) add(at(10, 20), ['LASTSCHRIFT', 'Rundfunk ARD, ZDF, DRadio', `Beitragsnr. ${rng.digits(9)}`], -55.08);
  for (let i = 0; i < rng.int(3, 9); i++) {
    const booked = at(0, span);
    const paid = addDays(booked, -rng.int(0, 2));
    add(booked, ['KARTENZAHLUNG', rng.pick(['REWE', 'EDEKA', 'NETTO MARKEN-DISCOUNT', 'PENNY', 'LIDL', 'KAUFLAND', 'dm-drogerie markt', 'ROSSMANN']), `${rng.pick(['Girocard', 'Visa Debit'])} ${ctx.ndate(paid)} ${rng.int(8, 20)}:${String(rng.int(0, 59)).padStart(2, '0')}`], -cents(rng.float(4, 88)));
  }
  for (let i = 0; i < rng.int(1, 3); i++) add(at(0, span), [rng.pick(['LASTSCHRIFT', 'KARTENZAHLUNG', 'ÜBERWEISUNG'])], -cents(rng.float(9, 140)), { black: true });
  if (rng.chance(0.5)) add(at(0, span), ['BARGELDAUSZAHLUNG', `GAA ${rng.digits(6)} ${bankName.replace(/ eG$/, '')}`], -rng.pick([20, 50, 100, 150]));
  if (monthly) add(bis, ['ABSCHLUSS', 'Entgelt Kontoführung', `Abrechnungszeitraum ${monthName}`], -rng.pick([3.5, 4.9, 5.5, 6.9]));
  rows.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
  const opening = cents(rng.float(-300, 1800));
  const closingAmount = cents(rows.reduce((s, r) => s + r.amount, opening));
  const signed = (v: number) => `${v < 0 ? '-' : '+'}${decimal(Math.abs(v))}`;
  const pen: [number, number, number] = rng.pick([[0.1, 0.2, 0.75], [0.05, 0.15, 0.5], [0.15, 0.15, 0.15]]);
  const hand = { font: rng.pick(['helvetica-italic', 'times-italic'] as const), color: pen };

  const d = ctx.start({ family: 'helvetica', size: 8.5, margins: { left: 54, right: 108, top: 60, bottom: 70 } });
  const textHead = ctx.pick(['Vorgang / Buchungsinformation'], ['Buchungstext und Verwendungszweck', 'Umsatzart / Empfänger / Zweck']);
  const dm = (x: IsoDate) => `${x.slice(8, 10)}.${x.slice(5, 7)}.`;
  const head = () => {
    d.hline(d.y, d.left, d.right, 0.8, color);
    d.text(d.left + 2, d.y + 10, 'Buchung', { size: 7.5, bold: true });
    d.text(d.left + 48, d.y + 10, 'Valuta', { size: 7.5, bold: true });
    d.text(d.left + 96, d.y + 10, textHead, { size: 7.5, bold: true });
    d.text(d.right - 2, d.y + 10, 'Betrag EUR', { size: 7.5, bold: true, align: 'right' });
    d.y += 14;
    d.hline(d.y, d.left, d.right, 0.4, GRAY);
    d.y += 3;
  };
  d.onContinuation((doc) => {
    doc.text(doc.left, 46, `${bankName} · Kontoauszug ${nr}/${bis.slice(0, 4)} · ${fake.groupIban(iban)} · Fortsetzung`, { size: 7.5, color: GRAY });
    doc.y = 60;
    head();
  });
  d.text(d.left, 48, bankName, { size: 14, bold: true, color });
  d.text(d.left, 60, 'Ihre Bank für Privatkunden', { size: 7.5, color: GRAY });
  returnLine(d, `${bankName} · ${address.plz} ${address.city}`);
  addressWindow(d, [holder.gender === 'f' ? 'Frau' : 'Herrn', { text: `${holder.first} ${holder.last}`, field: 'kontoinhaber' }, `${address.street} ${address.no}`, `${address.plz} ${address.city}`]);
  const rx = 330;
  d.text(rx, 156, 'Kontoauszug', { size: 15, bold: true });
  [[ctx.pick(['Auszug'], ['Auszugsnummer']), `${nr} / ${bis.slice(0, 4)}`], ['Blatt', '1'], ['Kundennummer', rng.digits(8)], [ctx.pick(['erstellt am'], ['Druckdatum']), ctx.ndate(addDays(bis, rng.int(1, 3)))]].forEach(([l, v], i) => {
    d.text(rx, 172 + i * 11, l, { size: 8, color: GRAY });
    d.text(rx + 78, 172 + i * 11, v, { size: 8 });
  });
  d.y = 240;
  const product = rng.pick(['Girokonto', 'GiroDirekt', 'Girokonto Online', 'Privatgirokonto']);
  const ibanText = ctx.iban(iban);
  d.text(d.left, d.y + 9, `${product}   IBAN ${ibanText}   BIC ${bic}`, { size: 9, bold: true });
  d.place('iban', ibanText);
  const ibanX = d.left + d.measure(`${product}   IBAN `, { size: 9, bold: true });
  d.y += 13;
  const vonText = monthly ? ctx.ndate(von) : ctx.date(von);
  const bisText = monthly ? ctx.ndate(bis) : ctx.date(bis);
  d.text(d.left, d.y + 9, `${ctx.pick(['Umsätze vom'], ['Buchungen im Zeitraum vom', 'Kontobewegungen vom'])} ${ctx.v('zeitraum_von', vonText)} bis ${ctx.v('zeitraum_bis', bisText)}`, { size: 9 });
  d.y += 20;
  head();
  d.row([{ x: d.left + 96, text: `Kontostand am ${ctx.ndate(addDays(von, -1))} (Auszug ${nr > 1 ? nr - 1 : 12})`, bold: true }, { x: d.right - 2, text: signed(opening), align: 'right', bold: true }], { minHeight: 13 });
  d.hline(d.y, d.left, d.right, 0.25, GRAY);
  d.move(2);
  const notes: { page: number; y: number; text: string; x2: number }[] = [];
  let firstBlack: { page: number; y: number } | undefined;
  for (const r of rows) {
    const lines = r.black ? 3 : r.text.length;
    const h = lines * 8.5 * 1.3 + 3;
    d.ensure(h);
    const top = d.y;
    d.text(d.left + 2, top + 9, dm(r.date), { size: 8 });
    d.text(d.left + 48, top + 9, dm(r.valuta), { size: 8 });
    if (r.black) {
      d.text(d.left + 96, top + 9, r.text[0], { size: 8 });
      // marker strokes over counterparty and purpose: nothing is printed under them
      d.rect(d.left + 94, top + 11.5, rng.int(150, 230), 9, { fill: [0.05, 0.05, 0.05] });
      if (rng.chance(0.4)) d.rect(d.left + 92, top + 21, rng.int(90, 200), 9, { fill: [0.05, 0.05, 0.05] });
      if (!firstBlack) firstBlack = { page: d.page, y: top + 9 };
    } else r.text.forEach((t, i) => d.text(d.left + 96, top + 9 + i * 11, t, { size: 8 }));
    d.text(d.right - 2, top + 9, signed(r.amount), { size: 8.5, align: 'right' });
    if (r.note) notes.push({ page: d.page, y: top + 9, text: r.note, x2: d.right - 2 });
    d.y = top + h;
    d.hline(d.y, d.left, d.right, 0.2, LIGHT);
  }
  d.ensure(50);
  d.move(2);
  d.hline(d.y, d.left, d.right, 0.8, color);
  d.row([{ x: d.left + 96, text: `${ctx.pick(['Neuer Kontostand'], ['Kontostand'])} am ${ctx.ndate(bis)}`, bold: true, size: 9 }, { x: d.right - 2, text: signed(closingAmount), align: 'right', bold: true, size: 9 }], { minHeight: 15 });
  d.row([{ x: d.left + 96, text: `Eingeräumte Kontoüberziehung ${decimal(rng.pick([500, 1000, 1500, 2500]))} EUR · Sollzins ${decimal(rng.float(8.5, 12.9))} % p.a.`, size: 7.5, color: GRAY }], { minHeight: 11 });
  d.move(8);
  d.para('Bitte prüfen Sie die Buchungen. Einwendungen gegen Rechnungsabschlüsse sind innerhalb von sechs Wochen nach Zugang zu erheben; das Unterlassen gilt als Genehmigung. Guthaben sind als Einlagen nach Maßgabe des Einlagensicherungsgesetzes gesichert.', { size: 7, color: GRAY });

  // the applicant's pen: a note at the top, the own IBAN underlined, the notes beside the bookings
  const page1 = d.page;
  d.page = 1;
  d.text(d.left + 250, 92, `Wohngeld Az. ${wgAz}`, { size: 11, ...hand });
  d.text(d.left + 250, 106, rng.pick([`Kontoauszug ${monthName}`, 'Kopie für die Wohngeldstelle', 'Nachreichung']), { size: 10, ...hand });
  d.line(ibanX, 252, ibanX + d.measure(ibanText, { size: 9, bold: true }), 252.5, 0.9, pen);
  if (firstBlack) {
    d.page = firstBlack.page;
    const [a, b] = rng.pick([['privat,', 'geschwärzt'], ['geschwärzt', '(privat)'], ['privat –', 'nicht relevant']]);
    d.text(d.right + 8, firstBlack.y, a, { size: 9, ...hand });
    d.text(d.right + 8, firstBlack.y + 11, b, { size: 9, ...hand });
  }
  for (const n of notes) {
    d.page = n.page;
    d.line(n.x2 + 3, n.y - 3, n.x2 + 12, n.y - 3, 0.8, pen);
    d.text(n.x2 + 14, n.y, n.text, { size: 9.5, ...hand });
  }
  d.page = page1;
  footer(d, [[bankName, `BIC ${bic}`], ['Genossenschaftsbank', 'Mitglied der BVR-Sicherungseinrichtung'], [`${address.city}`, 'Bitte Auszüge aufbewahren']], 'none');
  d.onEveryPage((doc, page, pages) => doc.text(doc.right, doc.height - 22, `Blatt ${page} von ${pages}`, { size: 7.5, align: 'right', color: GRAY }));
  ctx.set('kontoinhaber', fake.fullName(holder));
  ctx.set('iban', iban);
  ctx.set('zeitraum_von', von);
  ctx.set('zeitraum_bis', bis);
}

export const kontoauszug: DocumentKind = {
  type: 'kontoauszug',
  layouts: [
    { id: 'sparkasse', build: sparkasse },
    { id: 'direktbank-soll-haben', build: direktbank },
    { id: 'volksbank-sh', build: volksbank },
    { id: 'online-umsatzanzeige', holdout: true, build: onlineExport },
    { id: 'blind-uebertrag-mehrseitig', holdout: true, build: blindUebertragMehrseitig },
    { id: 'blind2-tagesgruppen-saldo', holdout: true, build: blind2Tagesgruppen },
    { id: 'blind3-smartphone-bank', holdout: true, build: blind3SmartphoneBank },
    { id: 'blind4-pkonto-querformat', holdout: true, build: blind4PKontoQuerformat },
    { id: 'blind5-betreuungskonto', holdout: true, build: blind5Betreuungskonto },
    { id: 'blind6-auszugsdrucker-a5', holdout: true, build: blind6AuszugsdruckerA5 },
    { id: 'blind7-privatbank-dauerauftraege', holdout: true, build: blind7PrivatbankDauerauftraege },
    { id: 'blind8-neobank-zweisprachig', holdout: true, build: blind8NeobankZweisprachig },
    { id: 'blind9-umsatzaufstellung-behoerde', holdout: true, build: blind9UmsatzaufstellungBehoerde },
    { id: 'blind10-finanzreport', holdout: true, build: blind10Finanzreport },
    { id: 'blind11-geschaeftskonto-quartal', holdout: true, build: blind11GeschaeftskontoQuartal },
    { id: 'blind12-app-screenshots', holdout: true, build: blind12AppScreenshots },
    { id: 'blind13-csv-tabellenblatt', holdout: true, build: blind13CsvTabellenblatt },
    { id: 'blind14-tagesgeld-zinsstaffel', holdout: true, build: blind14TagesgeldZinsstaffel },
    { id: 'blind15-geschwaerzt-anmerkungen', holdout: true, build: blind15GeschwaerztAnmerkungen },
  ],
};
