/** Lohnabrechnung: DATEV-like, SAP-like Entgeltnachweis, a small firm's two-column slip, a public-service Bezügemitteilung and a payroll bureau's slip with cell rows and a summary strip (holdout). */
import { GRAY, LIGHT, addressWindow, returnLine, type Cell } from '../blocks.js';
import type { Ctx } from '../context.js';
import type { Color } from '../doc.js';
import { addDays, addMonths, firstOfMonth, iso, lastOfMonth, weekday, workday } from '../dates.js';
import * as fake from '../fake.js';
import * as fmt from '../format.js';
import { cents, decimal, monthText } from '../format.js';
import type { DocumentKind } from '../layout.js';
import { payroll, type Payroll } from '../scenario.js';

function truth(ctx: Ctx, p: Payroll): void {
  ctx.set('arbeitnehmer_name', fake.fullName(p.employee));
  ctx.set('arbeitgeber', p.employer.name);
  ctx.set('abrechnungsmonat', p.month);
  ctx.set('brutto', p.brutto);
  ctx.set('netto', p.netto);
  ctx.set('lohnsteuer', p.lohnsteuer);
  ctx.set('krankenversicherung', p.kv);
  ctx.set('rentenversicherung', p.rv);
}

const n = (v: number) => decimal(v);
const monthStyle = (ctx: Ctx) => ctx.rng.pick(['Monat yyyy', 'mm/yyyy', 'mm.yyyy'] as const);

/** A: DATEV-like "Abrechnung der Brutto/Netto-Bezüge", dense header, Bezüge and Abzüge tables, yearly totals */
function datev(ctx: Ctx): void {
  const p = payroll(ctx.rng, ctx.today);
  const d = ctx.start({ family: 'helvetica', size: 8, margins: { left: 40, right: 36, top: 36, bottom: 50 } });
  const mtext = monthText(p.month, monthStyle(ctx));
  d.text(d.left, 40, p.employer.name, { size: 8, field: 'arbeitgeber' });
  d.text(d.left, 50, `${p.employer.address.street} ${p.employer.address.no}, ${p.employer.address.plz} ${p.employer.address.city}`, { size: 7, color: GRAY });
  d.text(d.right, 40, `${ctx.pick(['Abrechnung der Brutto/Netto-Bezüge', 'Abrechnung der Brutto-Netto-Bezüge'], ['Brutto/Netto-Abrechnung'])} für ${mtext}`, { size: 10, bold: true, align: 'right', field: 'abrechnungsmonat' });
  d.text(d.right, 52, `Druckdatum ${ctx.ndate(ctx.today)}   Blatt 1`, { size: 7, align: 'right', color: GRAY });
  addressWindow(d, [ctx.rng.pick(['Herrn', 'Frau']) === 'Frau' && p.employee.gender === 'f' ? 'Frau' : p.employee.gender === 'f' ? 'Frau' : 'Herrn', { text: `${p.employee.first} ${p.employee.last}`, field: 'arbeitnehmer_name' }, `${p.address.street} ${p.address.no}`, `${p.address.plz} ${p.address.city}`], 120);
  const hdr: [string, string][] = [
    ['Pers.-Nr.', p.personalnummer],
    ['Eintritt', ctx.ndate(p.eintritt)],
    ['StKl', String(p.steuerklasse)],
    ['Kinderfr.', decimal(p.kinderfreibetrag, 1)],
    ['Konf.', p.konfession],
    ['Krankenkasse', p.krankenkasse],
    ['KV-Zusatzb.', `${decimal(p.kvZusatz, 2)} %`],
    ['SV-Nummer', p.svNummer],
    ['Steuer-ID', p.steuerId],
  ];
  hdr.forEach(([l, v], i) => {
    const x = 330 + (i % 2) * 115;
    const y = 120 + Math.floor(i / 2) * 11;
    d.text(x, y, l, { size: 6.5, color: GRAY });
    d.text(x + 48, y, v, { size: 7 });
  });
  d.y = 200;
  const cols = { bez: d.left, menge: d.left + 250, faktor: d.left + 330, betrag: d.right };
  const head = (t: string) => {
    d.rect(d.left - 2, d.y, d.contentWidth + 4, 12, { fill: LIGHT });
    d.text(d.left, d.y + 9, t, { size: 7.5, bold: true });
    d.text(cols.menge, d.y + 9, 'Menge', { size: 7, bold: true, align: 'right' });
    d.text(cols.faktor, d.y + 9, 'Faktor', { size: 7, bold: true, align: 'right' });
    d.text(cols.betrag, d.y + 9, 'Betrag', { size: 7, bold: true, align: 'right' });
    d.y += 14;
  };
  const line = (label: string, value: string, field?: string, opts: { menge?: string; faktor?: string; bold?: boolean } = {}) => {
    d.row([
      { x: cols.bez, text: label, bold: opts.bold },
      { x: cols.menge, text: opts.menge ?? '', align: 'right' },
      { x: cols.faktor, text: opts.faktor ?? '', align: 'right' },
      { x: cols.betrag, text: value, align: 'right', field, bold: opts.bold },
    ], { size: 8 });
  };
  head('Bezeichnung');
  line(p.stunden ? `${ctx.rng.pick(['1000', '2000'])} Stundenlohn` : `${ctx.rng.pick(['1000', '2000'])} Gehalt`, n(p.grundgehalt), undefined, p.stunden ? { menge: decimal(p.stunden), faktor: decimal(p.stundenlohn!) } : {});
  for (const z of p.zulagen) line(`${ctx.rng.int(2001, 2999)} ${z.label}`, n(z.amount));
  d.hline(d.y + 1, cols.faktor, d.right, 0.4);
  d.move(3);
  line(ctx.pick(['Gesamt-Brutto', 'Gesamtbrutto'], ['Summe Bruttobezüge']), n(p.brutto), 'brutto', { bold: true });
  d.move(6);
  head('Steuer / Sozialversicherung');
  const sv: [string, string, number, string?][] = [
    ['Steuer-Brutto', '', p.steuerBrutto],
    ['KV-/RV-/AV-/PV-Brutto', '', p.steuerBrutto],
    [ctx.pick(['Lohnsteuer', 'Lohnsteuer'], ['LSt.-Abzug']), 'lohnsteuer', p.lohnsteuer],
    ['Solidaritätszuschlag', '', p.soli],
    ['Kirchensteuer', '', p.kirchensteuer],
    [ctx.pick(['KV-Beitrag', 'Krankenversicherung', 'KV-AN-Beitrag'], ['Beitrag Krankenkasse AN']), 'krankenversicherung', p.kv],
    [ctx.pick(['RV-Beitrag', 'Rentenversicherung', 'RV-AN-Beitrag'], ['Beitrag Rentenkasse AN']), 'rentenversicherung', p.rv],
    ['AV-Beitrag', '', p.av],
    ['PV-Beitrag', '', p.pv],
  ];
  for (const [label, field, v] of sv) line(label, n(v), field || undefined);
  d.hline(d.y + 1, cols.faktor, d.right, 0.4);
  d.move(3);
  line(ctx.pick(['Nettoverdienst', 'Netto-Verdienst', 'Gesetzliches Netto'], ['Netto-Bezüge (gesetzlich)']), n(p.netto), 'netto', { bold: true });
  if (p.abzuege.length) {
    d.move(6);
    head('Netto-Abzüge / Netto-Bezüge');
    for (const a of p.abzuege) line(a.label, n(-a.amount));
  }
  d.move(4);
  d.rect(d.left - 2, d.y, d.contentWidth + 4, 16, { stroke: [0, 0, 0], lineWidth: 0.8 });
  d.row([{ x: d.left, text: 'Auszahlungsbetrag', bold: true }, { x: d.right - 4, text: n(p.auszahlung), bold: true, align: 'right' }], { size: 9, minHeight: 16 });
  d.move(6);
  d.text(d.left, d.y + 8, `Überweisung an ${p.bank.name}, IBAN ${fake.groupIban(p.iban)}`, { size: 7 });
  d.move(20);
  d.write('Jahreswerte (kumuliert)', { bold: true, size: 7.5 });
  d.row([{ x: d.left, text: `Steuer-Brutto ${n(p.jahresBrutto)}`, size: 7 }, { x: d.left + 150, text: `Lohnsteuer ${n(p.jahresLohnsteuer)}`, size: 7 }, { x: d.left + 300, text: `KV-Brutto ${n(p.jahresBrutto)}`, size: 7 }], { size: 7 });
  d.text(d.left, d.height - 30, `DATEV eG · Lohn und Gehalt · Mandant ${ctx.rng.digits(5)} · Berater ${ctx.rng.digits(6)}`, { size: 6, color: GRAY });
  ctx.meta.creator = 'DATEV LODAS';
  truth(ctx, p);
}

/** B: SAP-like "Entgeltnachweis" with wage-type codes and a "Gesetzliches Netto" line */
function sap(ctx: Ctx): void {
  const p = payroll(ctx.rng, ctx.today);
  const d = ctx.start({ family: 'courier', size: 8.5, margins: { left: 44, right: 40, top: 40, bottom: 50 } });
  const mtext = monthText(p.month, ctx.rng.pick(['mm.yyyy', 'mm/yyyy'] as const));
  d.text(d.left, 44, p.employer.name.toUpperCase() === p.employer.name ? p.employer.name : p.employer.name, { size: 10, bold: true, field: 'arbeitgeber' });
  d.text(d.left, 56, `${p.employer.address.street} ${p.employer.address.no} ${p.employer.address.plz} ${p.employer.address.city}`, { size: 7.5 });
  d.text(d.right, 44, ctx.pick(['Entgeltnachweis', 'Verdienstabrechnung', 'Gehaltsnachweis'], ['Entgeltabrechnung']), { size: 12, bold: true, align: 'right' });
  d.text(d.right, 58, `${ctx.pick(['Abrechnungsmonat', 'Periode'], ['Für den Monat'])} ${mtext}`, { size: 9, align: 'right', field: 'abrechnungsmonat' });
  d.y = 80;
  d.hline(d.y, d.left, d.right, 0.8);
  d.move(6);
  const emp = p.employee;
  d.row([{ x: d.left, text: `Personalnummer ${p.personalnummer}` }, { x: d.left + 250, text: `Kostenstelle ${ctx.rng.digits(4)}` }]);
  d.row([{ x: d.left, text: ctx.name(emp, 'last-first'), field: 'arbeitnehmer_name', bold: true }, { x: d.left + 250, text: `Eintritt ${ctx.ndate(p.eintritt)}` }]);
  d.row([{ x: d.left, text: `${p.address.street} ${p.address.no}` }, { x: d.left + 250, text: `StKl/Fb/Konf ${p.steuerklasse}/${decimal(p.kinderfreibetrag, 1)}/${p.konfession}` }]);
  d.row([{ x: d.left, text: `${p.address.plz} ${p.address.city}` }, { x: d.left + 250, text: `KK ${p.krankenkasse}` }]);
  d.move(6);
  d.hline(d.y, d.left, d.right, 0.8);
  d.move(4);
  const line = (la: string, text: string, value: string, field?: string, bold = false) =>
    d.row([{ x: d.left, text: la }, { x: d.left + 45, text, bold }, { x: d.right, text: value, align: 'right', field, bold }]);
  d.row([{ x: d.left, text: 'LA', bold: true }, { x: d.left + 45, text: 'Lohnart', bold: true }, { x: d.right, text: 'Betrag EUR', align: 'right', bold: true }]);
  line(ctx.rng.pick(['M001', '1000', 'MA10']), p.stunden ? `Stundenlohn ${decimal(p.stunden)} Std x ${decimal(p.stundenlohn!)}` : 'Tarifgehalt', n(p.grundgehalt));
  for (const z of p.zulagen) line(`M${ctx.rng.digits(3)}`, z.label, n(z.amount));
  line('/101', ctx.pick(['Gesamtbrutto', 'Gesamt-Brutto'], ['Bruttoentgelt gesamt']), n(p.brutto), 'brutto', true);
  line('/102', 'Laufendes Brutto', n(p.brutto));
  line('/260', 'Steuerbrutto laufend', n(p.steuerBrutto));
  line('/401', ctx.pick(['Lohnsteuer', 'Lohnsteuer laufend'], ['Steuer lfd.']), n(p.lohnsteuer), 'lohnsteuer');
  line('/403', 'Solidaritätszuschlag', n(p.soli));
  line('/404', 'Kirchensteuer', n(p.kirchensteuer));
  line('/311', ctx.pick(['KV Arbeitnehmeranteil', 'KV AN-Anteil'], ['Krankenvers. AN']), n(p.kv), 'krankenversicherung');
  line('/312', ctx.pick(['RV Arbeitnehmeranteil', 'RV AN-Anteil'], ['Rentenvers. AN']), n(p.rv), 'rentenversicherung');
  line('/313', 'AV Arbeitnehmeranteil', n(p.av));
  line('/314', 'PV Arbeitnehmeranteil', n(p.pv));
  line('/321', 'KV Arbeitgeberanteil', n(p.kv));
  line('/322', 'RV Arbeitgeberanteil', n(p.rv));
  line('/550', ctx.pick(['Gesetzliches Netto', 'Nettoentgelt'], ['Netto (gesetzl.)']), n(p.netto), 'netto', true);
  for (const a of p.abzuege) line(`/${ctx.rng.int(600, 699)}`, a.label, n(-a.amount));
  line('/559', 'Überweisung', n(p.auszahlung), undefined, true);
  d.move(6);
  d.hline(d.y, d.left, d.right, 0.8);
  d.move(4);
  d.para(`Bankverbindung: ${p.bank.name}  IBAN ${fake.groupIban(p.iban)}  BIC ${p.bank.bic}`, { size: 7.5 });
  d.para(`Kumulierte Werte ${p.month.slice(0, 4)}: Gesamtbrutto ${n(p.jahresBrutto)}, Lohnsteuer ${n(p.jahresLohnsteuer)}`, { size: 7.5 });
  ctx.meta.creator = 'SAP HCM';
  truth(ctx, p);
}

/** C: a small firm's slip: Bezüge left, Abzüge right, net and payout in a box */
function kleinbetrieb(ctx: Ctx): void {
  const p = payroll(ctx.rng, ctx.today);
  const d = ctx.start({ family: ctx.rng.pick(['helvetica', 'times']), size: 9.5 });
  const mtext = monthText(p.month, 'Monat yyyy');
  d.text(d.left, 50, p.employer.name, { size: 13, bold: true, field: 'arbeitgeber' });
  d.text(d.left, 63, `${p.employer.address.street} ${p.employer.address.no} · ${p.employer.address.plz} ${p.employer.address.city} · Tel. ${p.employer.phone}`, { size: 8, color: GRAY });
  returnLine(d, `${p.employer.name} · ${p.employer.address.plz} ${p.employer.address.city}`);
  addressWindow(d, [p.employee.gender === 'f' ? 'Frau' : 'Herrn', { text: ctx.name(p.employee, 'first-last'), field: 'arbeitnehmer_name' }, `${p.address.street} ${p.address.no}`, `${p.address.plz} ${p.address.city}`]);
  d.y = 250;
  const title = ctx.pick(['Gehaltsabrechnung', 'Lohnabrechnung', 'Verdienstabrechnung'], ['Lohn- und Gehaltsabrechnung']);
  const alt = ctx.rng.chance(0.3);
  d.write(alt ? `${title} – Abrechnungszeitraum ${ctx.ndate(firstOfMonth(p.month + '-01'))} bis ${ctx.ndate(lastOfMonth(p.month + '-01'))}` : `${title} ${mtext}`, { size: 12, bold: true, field: 'abrechnungsmonat' });
  d.write(`Personalnummer ${p.personalnummer} · Steuerklasse ${p.steuerklasse} · ${p.krankenkasse}`, { size: 8, color: GRAY });
  d.move(8);
  const top = d.y;
  const mid = d.left + d.contentWidth / 2;
  const leftRows: [string, number, string?][] = [[p.stunden ? `Stundenlohn (${decimal(p.stunden)} Std.)` : 'Grundgehalt', p.grundgehalt], ...p.zulagen.map((z) => [z.label, z.amount] as [string, number])];
  d.text(d.left, d.y + 9, 'Bezüge', { bold: true });
  d.text(mid + 10, d.y + 9, 'Gesetzliche Abzüge', { bold: true });
  d.y += 16;
  let yl = d.y;
  for (const [l, v] of leftRows) {
    d.text(d.left, yl + 9, l, { size: 9 });
    d.text(mid - 10, yl + 9, ctx.money(v), { size: 9, align: 'right' });
    yl += 13;
  }
  d.hline(yl + 2, d.left, mid - 10, 0.5);
  yl += 5;
  d.text(d.left, yl + 9, ctx.pick(['Bruttolohn', 'Bruttoverdienst', 'Summe Brutto'], ['Brutto gesamt']), { size: 9, bold: true });
  d.text(mid - 10, yl + 9, ctx.money(p.brutto), { size: 9, bold: true, align: 'right', field: 'brutto' });
  yl += 13;
  let yr = d.y;
  const right: [string, number, string?][] = [
    [ctx.pick(['Lohnsteuer', 'Lohnsteuer'], ['Steuerabzug']), p.lohnsteuer, 'lohnsteuer'],
    ['Solidaritätszuschlag', p.soli],
    ['Kirchensteuer', p.kirchensteuer],
    [ctx.pick(['Krankenversicherung', 'Krankenversicherung AN'], ['KV-AN']), p.kv, 'krankenversicherung'],
    [ctx.pick(['Rentenversicherung', 'Rentenversicherung AN'], ['RV-AN']), p.rv, 'rentenversicherung'],
    ['Arbeitslosenversicherung', p.av],
    ['Pflegeversicherung', p.pv],
  ];
  for (const [l, v, f] of right) {
    d.text(mid + 10, yr + 9, l, { size: 9 });
    d.text(d.right, yr + 9, ctx.money(v), { size: 9, align: 'right', field: f });
    yr += 13;
  }
  d.line(mid, top, mid, Math.max(yl, yr), 0.4, GRAY);
  d.y = Math.max(yl, yr) + 14;
  d.rect(d.left - 4, d.y, d.contentWidth + 8, 40, { stroke: [0, 0, 0] });
  d.text(d.left + 4, d.y + 14, ctx.pick(['Nettolohn', 'Nettoverdienst', 'Netto'], ['Netto nach gesetzlichen Abzügen']), { bold: true });
  d.text(mid - 10, d.y + 14, ctx.money(p.netto), { bold: true, align: 'right', field: 'netto' });
  d.text(mid + 10, d.y + 14, ctx.pick(['Auszahlung', 'Auszahlungsbetrag'], ['Überweisungsbetrag']), {});
  d.text(d.right, d.y + 14, ctx.money(p.auszahlung), { align: 'right' });
  d.text(d.left + 4, d.y + 30, p.abzuege.length ? `abzgl. ${p.abzuege.map((a) => `${a.label} ${ctx.money(a.amount)}`).join(', ')}` : 'keine sonstigen Abzüge', { size: 8, color: GRAY });
  d.y += 54;
  d.para(`Der Auszahlungsbetrag wird auf Ihr Konto ${fake.groupIban(p.iban)} überwiesen. Bitte prüfen Sie die Abrechnung und melden Sie Unstimmigkeiten innerhalb von vier Wochen.`, { size: 8.5 });
  ctx.meta.creator = 'Lexware lohn+gehalt';
  truth(ctx, p);
}

/** D (holdout): a public employer's Bezügemitteilung, period as a date range, columns Bezüge / Abzüge with codes */
function bezuegemitteilung(ctx: Ctx): void {
  const p = payroll(ctx.rng, ctx.today);
  const land = ctx.rng.pick(['Landesamt für Besoldung und Versorgung', 'Landesamt für Finanzen – Bezügestelle', 'Zentrale Gehaltsstelle', 'Bezügestelle der Stadtverwaltung']);
  p.employer = { ...p.employer, name: ctx.rng.pick([`Stadt ${p.address.city}`, `Universitätsklinikum ${p.address.city}`, `Landkreis ${ctx.rng.pick(['Leipzig', 'Görlitz', 'Harz', 'Rostock'])}`, `Studierendenwerk ${p.address.city}`]) };
  const d = ctx.start({ family: 'helvetica', size: 8.5, margins: { left: 50, right: 44, top: 44, bottom: 56 } });
  d.text(d.left, 46, land, { size: 10, bold: true });
  d.text(d.left, 58, `für: ${p.employer.name}`, { size: 8.5 });
  d.place('arbeitgeber', p.employer.name);
  d.text(d.right, 46, ctx.pick([], ['Bezügemitteilung', 'Mitteilung über die Bezüge']), { size: 12, bold: true, align: 'right' });
  const from = firstOfMonth(p.month + '-01');
  const to = lastOfMonth(p.month + '-01');
  d.text(d.right, 60, `Zeitraum ${ctx.date(from)} - ${ctx.date(to)}`, { size: 8.5, align: 'right', field: 'abrechnungsmonat' });
  addressWindow(d, [{ text: `${p.employee.first} ${p.employee.last}`, field: 'arbeitnehmer_name' }, `${p.address.street} ${p.address.no}`, `${p.address.plz} ${p.address.city}`], 130);
  const info: [string, string][] = [['Personalnummer', p.personalnummer], ['Entgeltgruppe', `${ctx.rng.pick(['E', 'P', 'S'])} ${ctx.rng.int(3, 13)} Stufe ${ctx.rng.int(1, 6)}`], ['Beschäftigungsumfang', `${ctx.rng.pick(['100,00', '75,00', '50,00', '80,00'])} %`], ['Steuerklasse', String(p.steuerklasse)]];
  info.forEach(([l, v], i) => {
    d.text(350, 130 + i * 11, l, { size: 7.5, color: GRAY });
    d.text(440, 130 + i * 11, v, { size: 8 });
  });
  d.y = 215;
  const rows: Cell[][] = [
    ['010', 'Tabellenentgelt', n(p.grundgehalt), ''],
    ...p.zulagen.map((z) => [String(ctx.rng.int(100, 199)), z.label, n(z.amount), ''] as Cell[]),
    ['', ctx.pick([], ['Summe der Bezüge', 'Bruttobezüge insgesamt']), { text: n(p.brutto), field: 'brutto' }, ''],
    ['501', ctx.pick([], ['Lohnsteuer', 'Steuerabzug Lohnsteuer']), '', { text: n(p.lohnsteuer), field: 'lohnsteuer' }],
    ['502', 'Solidaritätszuschlag', '', n(p.soli)],
    ['503', 'Kirchensteuer', '', n(p.kirchensteuer)],
    ['511', ctx.pick([], ['Krankenversicherung Arbeitnehmeranteil', 'KV-Beitrag (AN)']), '', { text: n(p.kv), field: 'krankenversicherung' }],
    ['512', 'Pflegeversicherung', '', n(p.pv)],
    ['513', ctx.pick([], ['Rentenversicherung Arbeitnehmeranteil', 'RV-Beitrag (AN)']), '', { text: n(p.rv), field: 'rentenversicherung' }],
    ['514', 'Arbeitslosenversicherung', '', n(p.av)],
    ['530', 'Zusatzversorgung (VBL) Umlage AN', '', n(Math.round(p.brutto * 0.0181 * 100) / 100)],
  ];
  const vbl = Math.round(p.brutto * 0.0181 * 100) / 100;
  const table2 = (cells: Cell[][]) => {
    d.rect(d.left - 2, d.y, d.contentWidth + 4, 13, { fill: LIGHT });
    d.row([{ x: d.left, text: 'Schl.', bold: true }, { x: d.left + 40, text: 'Bezeichnung', bold: true }, { x: d.left + 360, text: 'Bezüge', bold: true, align: 'right' }, { x: d.right, text: 'Abzüge', bold: true, align: 'right' }], { minHeight: 13 });
    for (const c of cells) {
      const t = (x: Cell) => (typeof x === 'string' ? { text: x } : x);
      d.row([{ x: d.left, ...t(c[0]) }, { x: d.left + 40, ...t(c[1]) }, { x: d.left + 360, align: 'right', ...t(c[2]) }, { x: d.right, align: 'right', ...t(c[3]) }]);
    }
  };
  table2(rows);
  d.move(6);
  const nettoOD = Math.round((p.netto - vbl) * 100) / 100;
  d.hline(d.y, d.left, d.right, 0.6);
  d.move(3);
  d.row([{ x: d.left + 40, text: ctx.pick([], ['Nettobezüge (gesetzliches Netto)', 'Netto nach gesetzlichen Abzügen']), bold: true }, { x: d.right, text: n(p.netto), align: 'right', bold: true, field: 'netto' }]);
  d.row([{ x: d.left + 40, text: 'abzüglich Zusatzversorgung und sonstige Abzüge' }, { x: d.right, text: n(vbl + p.abzuege.reduce((s, a) => s + a.amount, 0)), align: 'right' }]);
  d.row([{ x: d.left + 40, text: 'Zahlbetrag', bold: true }, { x: d.right, text: n(Math.round((nettoOD - p.abzuege.reduce((s, a) => s + a.amount, 0)) * 100) / 100), align: 'right', bold: true }]);
  d.move(10);
  d.para(`Der Zahlbetrag wird zum ${ctx.date(to)} auf das Konto ${fake.groupIban(p.iban)} überwiesen.`, { size: 8 });
  d.para('Diese Mitteilung wurde maschinell erstellt und ist ohne Unterschrift gültig. Bei Fragen wenden Sie sich bitte an Ihre Bezügestelle; geben Sie dabei stets Ihre Personalnummer an.', { size: 8 });
  truth(ctx, p);
  ctx.set('arbeitgeber', p.employer.name);
}

/**
 * E (holdout, blind): a payroll bureau's slip for a hospitality or staffing firm: header fields in
 * framed cells (label above value), the wage types as a list, then the deductions as rows of cells
 * under column headers (tax block, social-insurance block) and a summary strip at the foot.
 */
function blindSummenleiste(ctx: Ctx): void {
  const p = payroll(ctx.rng, ctx.today);
  const d = ctx.start({ family: 'helvetica', size: 8, margins: { left: 38, right: 36, top: 36, bottom: 46 } });
  const W = d.contentWidth;
  const buero = ctx.rng.pick([`Lohnbüro ${fake.person(ctx.rng).last}`, `Steuerkanzlei ${fake.person(ctx.rng).last} & Partner mbB`, 'Abrechnungszentrum Mittelstand GmbH']);
  d.text(d.left, 40, p.employer.name, { size: 11, bold: true, field: 'arbeitgeber' });
  d.text(d.left, 51, `${p.employer.address.street} ${p.employer.address.no} · ${p.employer.address.plz} ${p.employer.address.city} · Betriebsnr. ${ctx.rng.digits(8)}`, { size: 7, color: GRAY });
  d.text(d.right, 40, ctx.rng.pick(['Entgeltabrechnung', 'Abrechnung Lohn/Gehalt']), { size: 12, bold: true, align: 'right' });
  const mstyle = ctx.rng.pick(['Monat yyyy', 'mm/yyyy', 'Monat yy'] as const);
  const mw = d.text(d.right, 53, monthText(p.month, mstyle), { size: 9, bold: true, align: 'right', field: 'abrechnungsmonat' });
  d.text(d.right - mw - 4, 53, ctx.rng.pick(['Lohnmonat', 'Abrechnung für']), { size: 9, align: 'right' });
  returnLine(d, `${p.employer.name} · ${p.employer.address.plz} ${p.employer.address.city}`);
  addressWindow(d, [p.employee.gender === 'f' ? 'Frau' : 'Herrn', { text: ctx.name(p.employee, 'first-last'), field: 'arbeitnehmer_name' }, `${p.address.street} ${p.address.no}`, `${p.address.plz} ${p.address.city}`], 150);
  // header cells: label above value
  const cells: [string, string][] = [
    ['Pers.-Nr.', p.personalnummer],
    ['Eintrittsdatum', ctx.ndate(p.eintritt)],
    ['Steuerklasse/Faktor', `${p.steuerklasse} / –`],
    ['Kinderfreibeträge', decimal(p.kinderfreibetrag, 1)],
    ['Konfession', p.konfession === '--' ? 'keine' : p.konfession.toUpperCase()],
    ['Krankenkasse', p.krankenkasse],
    ['Beitragsgruppe', '1111'],
    ['Zusatzbeitrag KK', `${decimal(p.kvZusatz, 2)} %`],
  ];
  const cx = 330;
  const cw = (d.right - cx) / 2;
  cells.forEach(([l, v], i) => {
    const x = cx + (i % 2) * cw;
    const y = 120 + Math.floor(i / 2) * 22;
    d.rect(x, y, cw, 22, { stroke: GRAY, lineWidth: 0.3 });
    d.text(x + 3, y + 7, l, { size: 5.8, color: GRAY });
    d.text(x + 3, y + 17, v, { size: 7.8 });
  });
  d.y = 230;
  // wage types
  d.rect(d.left, d.y, W, 13, { fill: LIGHT });
  d.row([{ x: d.left + 3, text: 'Lohnart', bold: true }, { x: d.left + 50, text: 'Bezeichnung', bold: true }, { x: d.left + 300, text: 'Tage/Std.', bold: true, align: 'right' }, { x: d.left + 370, text: 'Satz', bold: true, align: 'right' }, { x: d.right - 3, text: 'Betrag', bold: true, align: 'right' }], { minHeight: 13 });
  const wl = (la: string, text: string, amount: number, menge = '', satz = '') =>
    d.row([{ x: d.left + 3, text: la }, { x: d.left + 50, text }, { x: d.left + 300, text: menge, align: 'right' }, { x: d.left + 370, text: satz, align: 'right' }, { x: d.right - 3, text: n(amount), align: 'right' }], { minHeight: 12 });
  if (p.stunden) wl(ctx.rng.pick(['100', '110']), 'Stundenlohn', p.grundgehalt, decimal(p.stunden), decimal(p.stundenlohn!));
  else wl(ctx.rng.pick(['001', '010']), 'Monatslohn', p.grundgehalt, `${ctx.rng.int(19, 23)},00`);
  for (const z of p.zulagen) wl(String(ctx.rng.int(200, 699)), z.label, z.amount);
  d.hline(d.y + 1, d.left, d.right, 0.4);
  d.move(4);
  // the deductions as rows of cells under column headers
  const block = (title: string, heads: string[], values: Cell[]) => {
    d.ensure(44);
    d.text(d.left, d.y + 8, title, { size: 7.5, bold: true });
    d.y += 11;
    const w = W / heads.length;
    heads.forEach((h, i) => {
      d.rect(d.left + i * w, d.y, w, 12, { fill: [0.93, 0.93, 0.93], stroke: GRAY, lineWidth: 0.3 });
      d.text(d.left + i * w + w - 4, d.y + 8.5, h, { size: 6.8, bold: true, align: 'right' });
    });
    d.y += 12;
    values.forEach((v, i) => {
      const c = typeof v === 'string' ? { text: v } : v;
      d.rect(d.left + i * w, d.y, w, 14, { stroke: GRAY, lineWidth: 0.3 });
      d.text(d.left + i * w + w - 4, d.y + 10, c.text, { size: 8, align: 'right', field: c.field });
    });
    d.y += 20;
  };
  block('Steuer', ['Steuer-Brutto', ctx.rng.pick(['LSt', 'Lohnst.']), 'SolZ', 'KiSt'], [n(p.steuerBrutto), { text: n(p.lohnsteuer), field: 'lohnsteuer' }, n(p.soli), n(p.kirchensteuer)]);
  block('Sozialversicherung (Arbeitnehmeranteile)', ['SV-Brutto', ctx.rng.pick(['Kranken-V.', 'KV-Anteil AN']), ctx.rng.pick(['Renten-V.', 'RV-Anteil AN']), 'Arbeitsl.-V.', 'Pflege-V.'], [n(p.steuerBrutto), { text: n(p.kv), field: 'krankenversicherung' }, { text: n(p.rv), field: 'rentenversicherung' }, n(p.av), n(p.pv)]);
  block('Arbeitgeberanteile (nachrichtlich)', ['KV-AG', 'RV-AG', 'AV-AG', 'PV-AG', 'Umlagen U1/U2/U3'], [n(p.kv), n(p.rv), n(p.av), n(cents(p.steuerBrutto * 0.018)), n(cents(p.steuerBrutto * 0.0236))]);
  if (p.abzuege.length) {
    d.text(d.left, d.y + 8, 'Be- und Abzüge nach Netto', { size: 7.5, bold: true });
    d.y += 11;
    for (const a of p.abzuege) d.row([{ x: d.left + 50, text: a.label }, { x: d.right - 3, text: n(-a.amount), align: 'right' }], { minHeight: 12 });
    d.move(4);
  }
  // the summary strip: header cells and values
  const summary: [string, Cell][] = [
    [ctx.rng.pick(['Bruttobezug', 'Verdienst brutto']), { text: n(p.brutto), field: 'brutto' }],
    ['Steuerl. Abzüge', n(cents(p.lohnsteuer + p.soli + p.kirchensteuer))],
    ['SV-Abzüge', n(cents(p.kv + p.rv + p.av + p.pv))],
    [ctx.rng.pick(['Nettobezug', 'Netto-Verdienst lt. Gesetz']), { text: n(p.netto), field: 'netto' }],
    ['Be-/Abzüge', n(cents(-p.abzuege.reduce((sum, a) => sum + a.amount, 0)))],
    [ctx.rng.pick(['Ausgezahlter Betrag', 'Auszahlung auf Konto']), n(p.auszahlung)],
  ];
  d.ensure(60);
  d.move(4);
  const sw = W / summary.length;
  d.rect(d.left, d.y, W, 34, { stroke: [0, 0, 0], lineWidth: 0.9 });
  summary.forEach(([h, v], i) => {
    const c = typeof v === 'string' ? { text: v } : v;
    if (i) d.line(d.left + i * sw, d.y, d.left + i * sw, d.y + 34, 0.4);
    d.text(d.left + i * sw + sw / 2, d.y + 10, h, { size: 6.8, align: 'center', color: GRAY });
    d.text(d.left + i * sw + sw / 2, d.y + 26, c.text, { size: 9, bold: true, align: 'center', field: c.field });
  });
  d.y += 44;
  d.para(`Überweisung am ${ctx.ndate(lastOfMonth(p.month + '-01'))} auf ${p.bank.name}, IBAN ${fake.groupIban(p.iban)}.`, { size: 7.5 });
  d.para(`Aufgelaufene Jahreswerte: Steuer-Brutto ${n(p.jahresBrutto)} · LSt ${n(p.jahresLohnsteuer)} · Urlaub Anspruch ${ctx.rng.int(20, 30)} Tage, genommen ${ctx.rng.int(0, 20)} Tage`, { size: 7.5 });
  d.text(d.left, d.height - 26, `Erstellt durch ${buero} · ${ctx.ndate(ctx.today)} · Blatt 1`, { size: 6, color: GRAY });
  ctx.meta.creator = 'Agenda Lohn';
  truth(ctx, p);
}

/**
 * F (holdout, blind 2): a landscape payslip from an in-house payroll system: one wide table of
 * wage types and deductions with columns for the current month and the cumulated year (the yearly
 * figures as distractors on every line), employee as "Nachname, Vorname" in a header strip, the
 * period as year/month, the totals in a row of boxes at the right.
 */
function blind2QuerformatJahreswerte(ctx: Ctx): void {
  const p = payroll(ctx.rng, ctx.today);
  const d = ctx.start({ family: ctx.rng.pick(['helvetica', 'courier']), size: 8, pageSize: [841.89, 595.28], margins: { left: 36, right: 36, top: 30, bottom: 36 } });
  const W = d.contentWidth;
  const [y, mm] = p.month.split('-');
  const mnum = Number(mm);
  const period = ctx.rng.pick([`${y}/${mm}`, `${mm} ${y}`, `${MONTHS_SHORT[mnum - 1]} ${y}`]);
  const factor = mnum; // months cumulated so far this year
  const yr = (v: number) => n(cents(v * factor * ctx.rng.float(0.96, 1.02)));
  // header strip
  d.rect(d.left, 30, W, 42, { fill: [0.93, 0.93, 0.93] });
  d.text(d.left + 8, 46, p.employer.name, { size: 11, bold: true, field: 'arbeitgeber' });
  d.text(d.left + 8, 60, `${p.employer.address.street} ${p.employer.address.no}, ${p.employer.address.plz} ${p.employer.address.city} · Personalabteilung · ${p.employer.phone}`, { size: 7.5, color: GRAY });
  const tw = d.text(d.right - 8, 46, period, { size: 11, bold: true, align: 'right', field: 'abrechnungsmonat' });
  d.text(d.right - 8 - tw - 6, 46, ctx.rng.pick(['Entgeltabrechnung Periode', 'Lohn-/Gehaltsabrechnung']), { size: 11, align: 'right' });
  d.text(d.right - 8, 60, `Steuer-ID ${p.steuerId} · erstellt ${ctx.ndate(ctx.today)} · Seite 1`, { size: 7.5, align: 'right', color: GRAY });
  // employee strip: several label/value pairs in a row
  const strip: [string, Cell][] = [
    ['Mitarbeiter/in', { text: `${p.employee.last}, ${p.employee.first}`, field: 'arbeitnehmer_name' }],
    ['Pers.-Nr.', p.personalnummer],
    ['Abteilung', ctx.rng.pick(['Lager', 'Verwaltung', 'Produktion', 'Pflege Station 3', 'Service', 'IT'])],
    ['Eintritt', ctx.ndate(p.eintritt)],
    ['St.-Kl./Kinder', `${p.steuerklasse} / ${decimal(p.kinderfreibetrag, 1)}`],
    ['Konf.', p.konfession === '--' ? '–' : p.konfession.toUpperCase()],
    ['Kasse', p.krankenkasse],
    ['SV-Nummer', p.svNummer],
  ];
  const sw = [150, 50, 90, 55, 65, 35, 168, 100];
  let x = d.left;
  strip.forEach(([l, v], i) => {
    const c = typeof v === 'string' ? { text: v } : v;
    d.text(x, 88, l, { size: 6.5, color: GRAY });
    d.text(x, 99, c.text, { size: 8.5, field: c.field, bold: !!c.field });
    x += sw[i];
  });
  d.hline(106, d.left, d.right, 0.8);
  // the main table (left 70 %) and the totals boxes (right)
  const tableRight = d.left + W * 0.7;
  const cols = { code: d.left, text: d.left + 40, menge: d.left + 270, betrag: d.left + 370, jahr: d.left + 450, sv: tableRight - 40, st: tableRight };
  d.y = 112;
  d.rect(d.left, d.y, tableRight - d.left, 13, { fill: LIGHT });
  d.row([
    { x: cols.code + 2, text: 'Schl.', bold: true, size: 7 },
    { x: cols.text, text: 'Bezeichnung', bold: true, size: 7 },
    { x: cols.menge, text: 'Menge/Satz', bold: true, size: 7, align: 'right' },
    { x: cols.betrag, text: 'lfd. Monat', bold: true, size: 7, align: 'right' },
    { x: cols.jahr, text: `kumuliert ${y}`, bold: true, size: 7, align: 'right' },
    { x: cols.sv, text: 'SV', bold: true, size: 7, align: 'right' },
    { x: cols.st, text: 'St', bold: true, size: 7, align: 'right' },
  ], { size: 7, minHeight: 13 });
  const line = (code: string, text: string, menge: string, amount: Cell, jahr: string, sv = '', st = '', bold = false) => {
    const a = typeof amount === 'string' ? { text: amount } : amount;
    d.row([
      { x: cols.code + 2, text: code, bold },
      { x: cols.text, text, bold },
      { x: cols.menge, text: menge, align: 'right' },
      { x: cols.betrag, text: a.text, field: a.field, align: 'right', bold },
      { x: cols.jahr, text: jahr, align: 'right', color: GRAY },
      { x: cols.sv, text: sv, align: 'right' },
      { x: cols.st, text: st, align: 'right' },
    ], { minHeight: 11.5 });
  };
  const sub = (title: string) => {
    d.move(2);
    d.text(cols.text, d.y + 8, title, { size: 7.5, bold: true, italic: false, color: [0.2, 0.2, 0.45] });
    d.y += 11;
  };
  sub('Bezüge');
  if (p.stunden) line(ctx.rng.pick(['0100', '1100']), 'Grundlohn Stunden', `${decimal(p.stunden)} x ${decimal(p.stundenlohn!)}`, n(p.grundgehalt), yr(p.grundgehalt), 'L', 'L');
  else line(ctx.rng.pick(['0010', '1000']), ctx.rng.pick(['Gehalt', 'Monatsgehalt Tarif']), '', n(p.grundgehalt), yr(p.grundgehalt), 'L', 'L');
  for (const z of p.zulagen) line(`0${ctx.rng.int(200, 799)}`, z.label, '', n(z.amount), yr(z.amount), z.steuerfrei ? 'F' : 'L', z.steuerfrei ? 'F' : 'L');
  d.hline(d.y, cols.text, tableRight, 0.4);
  line('', ctx.rng.pick(['Bruttoarbeitsentgelt insgesamt', 'Summe Bruttoarbeitslohn']), '', { text: n(p.brutto), field: 'brutto' }, n(p.jahresBrutto), '', '', true);
  sub('Gesetzliche Abzüge');
  line('9001', ctx.rng.pick(['Lohnsteuer lt. Tabelle', 'LSt. Monatstabelle']), `Kl. ${p.steuerklasse}`, { text: n(p.lohnsteuer), field: 'lohnsteuer' }, n(p.jahresLohnsteuer));
  line('9002', 'Solidaritätszuschlag', '', n(p.soli), yr(p.soli));
  line('9003', `Kirchensteuer ${p.konfession === '--' ? '' : p.konfession.toUpperCase()}`.trim(), '', n(p.kirchensteuer), yr(p.kirchensteuer));
  line('9101', ctx.rng.pick(['Beitrag KV Arbeitnehmer', 'Krankenkassenbeitrag AN']), `${decimal(7.3 + p.kvZusatz / 2, 2)} %`, { text: n(p.kv), field: 'krankenversicherung' }, yr(p.kv));
  line('9102', ctx.rng.pick(['Beitrag RV Arbeitnehmer', 'Rentenbeitrag AN']), '9,30 %', { text: n(p.rv), field: 'rentenversicherung' }, yr(p.rv));
  line('9103', 'Beitrag AV Arbeitnehmer', '1,30 %', n(p.av), yr(p.av));
  line('9104', 'Beitrag PV Arbeitnehmer', `${decimal((p.pv / p.steuerBrutto) * 100, 2)} %`, n(p.pv), yr(p.pv));
  d.hline(d.y, cols.text, tableRight, 0.4);
  line('', ctx.rng.pick(['Netto-Arbeitsentgelt', 'Gesamtnetto']), '', { text: n(p.netto), field: 'netto' }, yr(p.netto), '', '', true);
  if (p.abzuege.length) {
    sub('Sonstige Be- und Abzüge');
    for (const a of p.abzuege) line(`8${ctx.rng.digits(3)}`, a.label, '', n(-a.amount), yr(-a.amount));
  }
  d.hline(d.y, cols.text, tableRight, 0.4);
  line('', 'Überweisungsbetrag', '', n(p.auszahlung), '', '', '', true);
  const tableEnd = d.y;
  // totals boxes on the right
  const bx = tableRight + 18;
  const bw = d.right - bx;
  const boxes: [string, string][] = [
    ['Steuer-Brutto', n(p.steuerBrutto)],
    ['SV-Brutto KV/PV', n(p.steuerBrutto)],
    ['SV-Brutto RV/AV', n(p.steuerBrutto)],
    ['AG-Anteil Sozialversicherung', n(cents(p.kv + p.rv + p.av + p.pv * 0.75))],
    ['Umlagen U1/U2/Insolvenzgeld', n(cents(p.steuerBrutto * 0.0255))],
    ['Urlaub Rest / Anspruch', `${ctx.rng.int(0, 20)} / ${ctx.rng.int(24, 30)} Tage`],
  ];
  boxes.forEach(([l, v], i) => {
    const by = 112 + i * 30;
    d.rect(bx, by, bw, 26, { stroke: GRAY, lineWidth: 0.4 });
    d.text(bx + 4, by + 9, l, { size: 6.5, color: GRAY });
    d.text(bx + bw - 4, by + 21, v, { size: 9, align: 'right' });
  });
  const by = 112 + boxes.length * 30 + 6;
  d.rect(bx, by, bw, 40, { stroke: [0, 0, 0], lineWidth: 0.9 });
  d.text(bx + 4, by + 10, 'Auszahlung / Bankverbindung', { size: 6.5, color: GRAY });
  d.text(bx + 4, by + 22, p.bank.name, { size: 7.5 });
  d.text(bx + 4, by + 33, fake.groupIban(p.iban), { size: 7.5 });
  d.y = Math.max(tableEnd, by + 40) + 10;
  d.para(`Schlüssel SV/St: L = laufender Bezug, F = steuer- und beitragsfrei. Die kumulierten Werte umfassen die Monate Januar bis ${MONTHS_DE_FULL[mnum - 1]} ${y}. Bitte bewahren Sie diese Abrechnung sorgfältig auf; sie dient als Nachweis gegenüber Behörden und Versicherungsträgern.`, { size: 7, color: GRAY, width: tableRight - d.left });
  ctx.meta.creator = 'PAISY';
  truth(ctx, p);
}

const MONTHS_SHORT = ['Jan', 'Feb', 'Mrz', 'Apr', 'Mai', 'Jun', 'Jul', 'Aug', 'Sep', 'Okt', 'Nov', 'Dez'];
const MONTHS_DE_FULL = fake.MONTHS_DE;

/**
 * G (holdout, blind 3): a slip produced by a tax adviser's payroll office for a client firm: the
 * office, client number and print time in a grey line on top, the employer under it, personal
 * data in a framed box beside the address window, then one ledger of wage-type codes with amount
 * and running-sum columns (gross, taxes, contributions, statutory net, deductions, payout), a
 * strip of contribution bases and employer shares under it, payout line with IBAN and value
 * date, holiday and flexitime accounts.
 */
function blind3KanzleiStaffelrechnung(ctx: Ctx): void {
  const p = payroll(ctx.rng, ctx.today);
  const rng = ctx.rng;
  const d = ctx.start({ family: 'helvetica', size: 8.5, margins: { left: 48, right: 44, top: 40, bottom: 56 } });
  const a = fake.person(rng);
  const b = fake.person(rng);
  const kanzlei = rng.pick([`${a.last} & ${b.last} Steuerberater PartG mbB`, `Steuerbüro ${a.first.split(' ')[0]} ${a.last}`, `${a.last} Lohn- und Steuerberatung GmbH`, `Kanzlei ${a.last} · Steuerberatungsgesellschaft mbH`]);
  const kanzleiAddress = fake.address(rng, { city: p.employer.address.city });
  const mandant = rng.digits(5);
  const printed = addDays(lastOfMonth(`${p.month}-01`), -rng.int(2, 8));
  d.text(d.left, 34, `${kanzlei} · Mandant ${mandant} · Abrechnungskreis ${rng.pick(['01', '1', '10'])}`, { size: 6.8, color: GRAY });
  d.text(d.right, 34, `Druck ${ctx.ndate(printed)} ${String(rng.int(7, 18)).padStart(2, '0')}:${String(rng.int(0, 59)).padStart(2, '0')} · Blatt 1`, { size: 6.8, color: GRAY, align: 'right' });
  d.hline(38, d.left, d.right, 0.3, GRAY);
  const emp = p.employer;
  d.text(d.left, 56, emp.name, { size: 10, bold: true, field: 'arbeitgeber' });
  d.text(d.left, 66, `${emp.address.street} ${emp.address.no} · ${emp.address.plz} ${emp.address.city}`, { size: 7.5 });
  d.text(d.left, 75, `Betriebsnummer ${rng.digits(8)}`, { size: 7, color: GRAY });
  const title = ctx.pick(['Verdienstabrechnung', 'Lohn- und Gehaltsabrechnung'], ['Entgeltabrechnung', 'Abrechnung Arbeitsentgelt']);
  d.text(d.right, 58, title, { size: 14, bold: true, align: 'right' });
  const mtext = monthText(p.month, rng.pick(['Monat yyyy', 'mm/yyyy', 'mm.yyyy'] as const));
  const lw = d.measure(mtext, { size: 10, bold: true });
  d.text(d.right - lw - 6, 73, ctx.pick(['Abrechnungsmonat'], ['Monat der Abrechnung', 'Entgeltzeitraum']), { size: 7.5, color: GRAY, align: 'right' });
  d.text(d.right, 73, mtext, { size: 10, bold: true, align: 'right', field: 'abrechnungsmonat' });

  returnLine(d, `${emp.name} · ${emp.address.street} ${emp.address.no} · ${emp.address.plz} ${emp.address.city}`);
  const e = p.employee;
  addressWindow(d, [e.gender === 'f' ? 'Frau' : 'Herrn', { text: `${e.title ? e.title + ' ' : ''}${e.first} ${e.last}`, field: 'arbeitnehmer_name' }, `${p.address.street} ${p.address.no}`, `${p.address.plz} ${p.address.city}`]);

  // personal data, framed, at the right of the address window
  const bx = 318;
  const bw = d.right - bx;
  const personal: [string, string][] = [
    ['Personal-Nr.', p.personalnummer],
    ['Geburtsdatum', ctx.ndate(e.birth)],
    ['Eintritt', ctx.ndate(p.eintritt)],
    ['Kostenstelle', `${rng.int(100, 990)}`],
    ['Tätigkeit', rng.pick(['Sachbearbeitung', 'Fachkraft', 'Lagerist/in', 'Pflegefachkraft', 'Servicetechniker/in', 'Verkauf', 'Fahrer/in', 'Entwickler/in'])],
    ['Steuer-ID', p.steuerId],
    ['StKl. / Faktor', `${p.steuerklasse} / –`],
    ['Kinderfreibetrag', decimal(p.kinderfreibetrag, 1)],
    ['Konfession', p.konfession],
    ['SV-Nummer', p.svNummer],
    ['Krankenkasse', p.krankenkasse],
    ['Zusatzbeitrag KV', `${decimal(p.kvZusatz, 2)} %`],
    ['Beitragsgruppe', p.steuerBrutto > 556 ? '1111' : '6500'],
    ['Personengruppe', p.steuerBrutto > 556 ? '101' : '109'],
  ];
  const top = 104;
  d.rect(bx, top, bw, 13, { fill: LIGHT });
  d.text(bx + 5, top + 9.5, 'Persönliche Daten', { size: 7.5, bold: true });
  personal.forEach(([l, v], i) => {
    const y = top + 23 + i * 9.4;
    d.text(bx + 5, y, l, { size: 7, color: GRAY });
    d.text(bx + 82, y, v, { size: 7 });
  });
  const boxBottom = top + 16 + personal.length * 9.4 + 4;
  d.rect(bx, top, bw, boxBottom - top, { stroke: GRAY, lineWidth: 0.5 });

  // the ledger: amount column and running-sum column
  d.y = Math.max(boxBottom + 16, 262);
  const col = { la: d.left, text: d.left + 34, menge: d.right - 210, satz: d.right - 148, betrag: d.right - 78, summe: d.right };
  d.hline(d.y, d.left, d.right, 0.9);
  d.row([
    { x: col.la, text: 'LA', bold: true, size: 7.5 },
    { x: col.text, text: 'Bezeichnung', bold: true, size: 7.5 },
    { x: col.menge, text: 'Menge', bold: true, size: 7.5, align: 'right' },
    { x: col.satz, text: 'Satz', bold: true, size: 7.5, align: 'right' },
    { x: col.betrag, text: 'Betrag', bold: true, size: 7.5, align: 'right' },
    { x: col.summe, text: 'Summe EUR', bold: true, size: 7.5, align: 'right' },
  ], { size: 7.5, minHeight: 13 });
  d.hline(d.y, d.left, d.right, 0.5);
  const group = (t: string) => {
    d.move(2);
    d.rect(d.left, d.y, d.contentWidth, 11, { fill: [0.95, 0.95, 0.95] });
    d.text(d.left + 2, d.y + 8.3, t, { size: 7.5, bold: true, color: GRAY });
    d.y += 12;
  };
  const row = (la: string, label: string, o: { menge?: string; satz?: string; betrag?: Cell; summe?: Cell; bold?: boolean } = {}) => {
    const cell = (c?: Cell) => (c === undefined ? { text: '' } : typeof c === 'string' ? { text: c } : c);
    const bt = cell(o.betrag);
    const st = cell(o.summe);
    d.row([
      { x: col.la, text: la, size: 8, color: GRAY },
      { x: col.text, text: label, bold: o.bold },
      { x: col.menge, text: o.menge ?? '', align: 'right' },
      { x: col.satz, text: o.satz ?? '', align: 'right' },
      { x: col.betrag, text: bt.text, align: 'right', field: bt.field },
      { x: col.summe, text: st.text, align: 'right', field: st.field, bold: o.bold },
    ], { minHeight: 12.5 });
  };
  const n = (v: number) => decimal(v);
  const minus = (v: number) => `- ${decimal(v)}`;
  group('Bezüge');
  if (p.stunden) row('1100', 'Stundenlohn', { menge: decimal(p.stunden), satz: decimal(p.stundenlohn!), betrag: n(p.grundgehalt) });
  else row('1000', rng.pick(['Gehalt', 'Grundvergütung', 'Monatslohn']), { betrag: n(p.grundgehalt) });
  p.zulagen.forEach((z, i) => row(String(1200 + i * 10 + (z.steuerfrei ? 5 : 0)), z.label, { betrag: n(z.amount) }));
  d.hline(d.y, col.betrag - 60, d.right, 0.4);
  row('', ctx.pick(['Gesamtbrutto'], ['Bruttoverdienst gesamt', 'Summe Bruttobezüge']), { summe: { text: n(p.brutto), field: 'brutto' }, bold: true });
  group('Steuerrechtliche Abzüge');
  row('8010', ctx.pick(['Lohnsteuer'], ['Lohnsteuer lfd. Bezug', 'LSt. laufend']), { betrag: { text: n(p.lohnsteuer), field: 'lohnsteuer' } });
  row('8020', 'Solidaritätszuschlag', { betrag: n(p.soli) });
  if (p.konfession !== '--') row('8030', `Kirchensteuer ${p.konfession}`, { betrag: n(p.kirchensteuer) });
  const taxes = cents(p.lohnsteuer + p.soli + p.kirchensteuer);
  row('', 'Summe Steuern', { summe: minus(taxes) });
  group('Sozialversicherungsrechtliche Abzüge (Arbeitnehmeranteil)');
  const style = Number(ctx.pick(['0'], ['1', '2']));
  const SV = [
    ['Krankenversicherung AN', 'Rentenversicherung AN', 'Arbeitslosenversicherung AN', 'Pflegeversicherung AN'],
    ['KV-Beitrag Arbeitnehmer', 'RV-Beitrag Arbeitnehmer', 'AV-Beitrag Arbeitnehmer', 'PV-Beitrag Arbeitnehmer'],
    ['Beitrag Krankenkasse (Ihr Anteil)', 'Beitrag Rentenversicherung (Ihr Anteil)', 'Beitrag Arbeitsförderung (Ihr Anteil)', 'Beitrag Pflegekasse (Ihr Anteil)'],
  ][style];
  row('8110', SV[0], { satz: `${decimal(7.3 + p.kvZusatz / 2, 2)} %`, betrag: { text: n(p.kv), field: 'krankenversicherung' } });
  row('8120', SV[1], { satz: '9,30 %', betrag: { text: n(p.rv), field: 'rentenversicherung' } });
  row('8130', SV[2], { satz: '1,30 %', betrag: n(p.av) });
  row('8140', SV[3], { satz: `${decimal((p.pv / Math.max(1, p.steuerBrutto)) * 100, 2)} %`, betrag: n(p.pv) });
  const sv = cents(p.kv + p.rv + p.av + p.pv);
  row('', 'Summe Sozialversicherung', { summe: minus(sv) });
  d.hline(d.y + 1, col.betrag - 60, d.right, 0.6);
  d.move(2);
  row('', ctx.pick(['Nettoverdienst'], ['Netto aus Steuer- und SV-Abzug', 'Nettobezug (gesetzlich)']), { summe: { text: n(p.netto), field: 'netto' }, bold: true });
  if (p.abzuege.length) {
    group('Persönliche Be- und Abzüge');
    p.abzuege.forEach((x, i) => row(String(9010 + i * 10), x.label, { betrag: n(x.amount) }));
    row('', 'Summe Be- und Abzüge', { summe: minus(cents(p.abzuege.reduce((s, x) => s + x.amount, 0))) });
  }
  d.hline(d.y + 1, d.left, d.right, 0.9);
  d.move(3);
  row('', 'Auszahlungsbetrag', { summe: n(p.auszahlung), bold: true });
  d.hline(d.y, d.left, d.right, 0.9);
  d.move(12);

  // contribution bases and employer shares, label above value
  d.ensure(50);
  d.text(d.left, d.y + 7, 'Beitragsgrundlagen und Arbeitgeberanteile (nachrichtlich, nicht abgezogen)', { size: 7.5, bold: true });
  d.move(11);
  const pvAg = cents(p.steuerBrutto * 0.018);
  const umlagen = cents(p.steuerBrutto * rng.pick([0.0186, 0.0214, 0.0251]));
  const strip: [string, string][] = [
    ['Steuer-Brutto', n(p.steuerBrutto)],
    ['KV/PV-Brutto', n(p.steuerBrutto)],
    ['RV/AV-Brutto', n(p.steuerBrutto)],
    ['AG-Anteil KV', n(p.kv)],
    ['AG-Anteil RV', n(p.rv)],
    ['AG-Anteil AV', n(p.av)],
    ['AG-Anteil PV', n(pvAg)],
    ['Umlagen U1/U2/U3', n(umlagen)],
  ];
  const cw = d.contentWidth / strip.length;
  strip.forEach(([l, v], i) => {
    const x = d.left + i * cw;
    d.rect(x, d.y, cw, 24, { stroke: GRAY, lineWidth: 0.4 });
    d.text(x + 3, d.y + 8, l, { size: 6.3, color: GRAY });
    d.text(x + cw - 3, d.y + 19, v, { size: 7.5, align: 'right' });
  });
  d.move(34);
  let pay = lastOfMonth(`${p.month}-01`);
  while (weekday(pay) === 0 || weekday(pay) === 6) pay = addDays(pay, -1);
  d.row([
    { x: d.left, text: `Überweisung an ${p.bank.name}, IBAN ${fake.groupIban(p.iban)}` },
    { x: d.left + 330, text: `Valuta ${ctx.ndate(pay)}`, color: GRAY },
    { x: d.right, text: n(p.auszahlung), align: 'right' },
  ]);
  d.move(10);
  const anspruch = rng.pick([24, 26, 28, 30]);
  const genommen = rng.int(0, Math.min(anspruch, Math.round((anspruch * Number(p.month.slice(5, 7))) / 12) + 4));
  const gleit = decimal(rng.int(-800, 2400) / 100);
  d.ensure(30);
  d.text(d.left, d.y + 8, 'Zeitkonten', { size: 7.5, bold: true });
  d.text(d.left + 70, d.y + 8, `Urlaub: Anspruch ${anspruch},0 · genommen ${genommen},0 · Rest ${anspruch - genommen},0 Tage`, { size: 7.5 });
  d.text(d.left + 340, d.y + 8, `Gleitzeitsaldo ${gleit.startsWith('-') ? '' : '+'}${gleit} Std.`, { size: 7.5 });
  d.move(22);
  d.para(`Diese Abrechnung wurde im Auftrag Ihres Arbeitgebers von ${kanzlei} erstellt. Fragen zu Ihrer Abrechnung richten Sie bitte an Ihre Personalabteilung. Änderungen Ihrer Steuermerkmale werden automatisch über das ELStAM-Verfahren übernommen.`, { size: 7, color: GRAY });
  d.onEveryPage((doc, page, pages) => {
    doc.hline(doc.height - 44, doc.left, doc.right, 0.3, GRAY);
    doc.text(doc.left, doc.height - 35, `${kanzlei} · ${kanzleiAddress.street} ${kanzleiAddress.no} · ${kanzleiAddress.plz} ${kanzleiAddress.city}`, { size: 6.5, color: GRAY });
    doc.text(doc.right, doc.height - 35, `Seite ${page} von ${pages}`, { size: 6.5, color: GRAY, align: 'right' });
  });
  truth(ctx, p);
}

/**
 * H (holdout, blind 4): a temporary-work agency's slip (Zeitarbeit): the agency's branch as the
 * issuer, the client firm(s) where the employee worked as a distractor for the employer, the
 * collective agreement and pay group, a week-by-week record of hours at the client (date ranges),
 * the working-time account, the wage types with hours and rates, taxes and social-insurance
 * shares in two boxes side by side with their sums, the statutory net, then an advance paid in
 * the middle of the month, other deductions and tax-free meal allowances before the remaining
 * payout.
 */
function blind4ZeitarbeitStundennachweis(ctx: Ctx): void {
  const rng = ctx.rng;
  const p = payroll(rng, ctx.today);
  const city = p.employer.address.city;
  const agency = rng.pick([
    `${rng.pick(['Nordwind', 'Elbtal', 'Brückenkopf', 'Leuchtturm', 'Kranich', 'Auenwald'])} Personaldienstleistungen GmbH`,
    `${fake.person(rng).last} Zeitarbeit GmbH`,
    `Personalservice ${fake.person(rng).last} GmbH & Co. KG`,
    `${rng.pick(['Prima', 'Flex', 'Job', 'Team'])}${rng.pick(['Personal', 'Work', 'Staff'])} GmbH`,
  ]);
  p.employer = fake.organisation(rng, agency, city);
  const branch = `Niederlassung ${city}${rng.chance(0.4) ? `-${rng.pick(['Nord', 'Süd', 'Ost', 'West', 'Mitte'])}` : ''}`;
  const clients = [fake.employerName(rng, city)];
  if (rng.chance(0.35)) clients.push(fake.employerName(rng, city));
  const first = `${p.month}-01`;
  const last = lastOfMonth(first);
  const mname = fake.MONTHS_DE[Number(p.month.slice(5, 7)) - 1];

  // the weeks of the month (Monday to Sunday, cut at the month's edges) and the hours worked
  const weeks: { from: string; to: string; days: number; hours: number; night: number; client: string }[] = [];
  let day = first;
  while (day <= last) {
    const from = day;
    let to = day;
    while (weekday(to) !== 0 && to < last) to = addDays(to, 1);
    let days = 0;
    for (let x = from; x <= to; x = addDays(x, 1)) if (weekday(x) >= 1 && weekday(x) <= 5) days++;
    const client = clients.length > 1 && weeks.length >= 2 ? clients[1] : clients[0];
    const hours = cents(days * rng.pick([7, 7.5, 7.75, 8, 8, 8.25, 8.5]));
    weeks.push({ from, to, days, hours, night: rng.chance(0.25) ? rng.pick([7.5, 8, 15, 16]) : 0, client });
    day = addDays(to, 1);
  }
  const workWeeks = weeks.filter((w) => w.days > 0);
  // the contractual hours follow from the monthly wage at a plausible hourly rate; an hourly wage
  // is paid for exactly the hours recorded, a monthly one is smoothed over a working-time account
  const weekly = Math.max(10, Math.min(40, Math.round(p.grundgehalt / rng.float(14, 24) / (13 / 3))));
  const soll = p.stunden ?? cents((weekly * 13) / 3);
  const target = p.stunden ?? cents(soll * rng.float(0.92, 1.08));
  const raw = workWeeks.reduce((s, w) => s + w.hours, 0);
  let sum = 0;
  workWeeks.forEach((w, i) => {
    const share = Math.round(((w.hours * target) / raw) * 4) / 4;
    w.hours = i === workWeeks.length - 1 ? (p.stunden ? cents(target - sum) : Math.max(0.25, Math.round((target - sum) * 4) / 4)) : share;
    sum = cents(sum + w.hours);
  });
  const ist = cents(workWeeks.reduce((s, w) => s + w.hours, 0));
  const vortrag = cents(rng.float(-12, 40));
  const advance = p.auszahlung > 900 && rng.chance(0.6) ? rng.pick([250, 300, 400, 500]) : 0;
  const meals = rng.chance(0.4) ? cents(rng.int(2, 12) * 14) : 0;
  const rest = cents(p.auszahlung - advance + meals);
  const eg = rng.pick(['E1', 'E2', 'E3', 'E4', 'E5']);
  const tarif = rng.pick(['GVP/DGB-Tarifwerk', 'BAP/DGB-Tarifgemeinschaft Zeitarbeit', 'iGZ-DGB-Tarifvertrag']);

  const d = ctx.start({ family: 'helvetica', size: 8, margins: { left: 42, right: 40, top: 40, bottom: 54 } });
  const W = d.contentWidth;
  const ink: readonly [number, number, number] = rng.pick([[0.0, 0.35, 0.55], [0.55, 0.1, 0.15], [0.2, 0.2, 0.2]] as const);
  d.text(d.left, 46, agency, { size: 12.5, bold: true, color: ink, field: 'arbeitgeber' });
  d.text(d.left, 58, `${branch} · ${p.employer.address.street} ${p.employer.address.no} · ${p.employer.address.plz} ${p.employer.address.city} · Tel. ${p.employer.phone}`, { size: 7.5, color: GRAY });
  d.text(d.right, 46, ctx.pick([], ['Entgeltabrechnung Zeitarbeit', 'Verdienstabrechnung']), { size: 12, bold: true, align: 'right' });
  d.text(d.right, 58, `${ctx.pick([], ['Lohnmonat', 'Abrechnungsmonat'])} ${monthText(p.month, rng.pick(['Monat yyyy', 'mm/yyyy'] as const))}`, { size: 9, align: 'right', field: 'abrechnungsmonat' });
  d.hline(64, d.left, d.right, 1, ink);
  returnLine(d, `${agency} · ${p.employer.address.plz} ${p.employer.address.city}`);
  addressWindow(d, [p.employee.gender === 'f' ? 'Frau' : 'Herrn', { text: ctx.name(p.employee, 'first-last'), field: 'arbeitnehmer_name' }, `${p.address.street} ${p.address.no}`, `${p.address.plz} ${p.address.city}`]);
  const info: [string, string][] = [
    ['MA-Nr.', p.personalnummer],
    ['Eintritt', ctx.ndate(p.eintritt)],
    ['Tarif', tarif],
    ['Entgeltgruppe', `${eg}${p.stunden ? ` · ${decimal(p.stundenlohn!)} €/Std.` : ''}`],
    ['StKl / Kfb / Konf.', `${p.steuerklasse} / ${decimal(p.kinderfreibetrag, 1)} / ${p.konfession}`],
    ['Krankenkasse', p.krankenkasse],
    ['KV-Zusatzbeitrag', `${decimal(p.kvZusatz)} %`],
    ['SV-Nr.', p.svNummer],
  ];
  info.forEach(([l, v], i) => {
    d.text(322, 146 + i * 11, l, { size: 7, color: GRAY });
    d.text(392, 146 + i * 11, v, { size: 7.5 });
  });
  d.y = 240;

  const head = (title: string) => {
    d.ensure(50);
    d.rect(d.left, d.y, W, 13, { fill: [0.9, 0.9, 0.9] });
    d.text(d.left + 4, d.y + 9.5, title, { size: 8.5, bold: true });
    d.y += 16;
  };
  head(`Stundennachweis ${mname} ${p.month.slice(0, 4)} (Einsatz beim Kunden)`);
  const hc = { kw: d.left + 4, range: d.left + 34, client: d.left + 140, days: d.left + 375, hours: d.left + 430, night: d.right - 4 };
  d.row([
    { x: hc.kw, text: 'KW', bold: true },
    { x: hc.range, text: 'Zeitraum', bold: true },
    { x: hc.client, text: 'Kundenbetrieb', bold: true },
    { x: hc.days, text: 'AT', bold: true, align: 'right' },
    { x: hc.hours, text: 'Ist-Std.', bold: true, align: 'right' },
    { x: hc.night, text: 'davon Nacht', bold: true, align: 'right' },
  ], { minHeight: 12 });
  d.hline(d.y, d.left, d.right, 0.4);
  const kw = (date: string) => {
    const t = new Date(`${date}T00:00:00Z`);
    const thursday = new Date(t.getTime() + (3 - ((t.getUTCDay() + 6) % 7)) * 86400000);
    const jan1 = Date.UTC(thursday.getUTCFullYear(), 0, 1);
    return 1 + Math.floor((thursday.getTime() - jan1) / (7 * 86400000));
  };
  for (const w of weeks) {
    d.row([
      { x: hc.kw, text: String(kw(w.from)) },
      { x: hc.range, text: `${fmt.date(w.from, 'dd.mm.yy')}–${fmt.date(w.to, 'dd.mm.yy')}` },
      { x: hc.client, text: w.days ? w.client : '–', width: 225 },
      { x: hc.days, text: String(w.days), align: 'right' },
      { x: hc.hours, text: decimal(w.days ? w.hours : 0), align: 'right' },
      { x: hc.night, text: w.night ? decimal(w.night) : '', align: 'right' },
    ], { minHeight: 11 });
  }
  d.hline(d.y, hc.days - 30, d.right, 0.4);
  d.row([{ x: hc.range, text: 'Summe Monat', bold: true }, { x: hc.hours, text: decimal(ist), align: 'right', bold: true }], { minHeight: 12 });
  d.move(2);
  d.text(d.left + 4, d.y + 8, `Arbeitszeitkonto: Vortrag ${decimal(vortrag)} Std. · Soll ${decimal(soll)} Std. · Ist ${decimal(ist)} Std. · neuer Stand ${decimal(cents(vortrag + ist - soll))} Std.`, { size: 7.5, color: GRAY });
  d.move(16);

  head('Bezüge');
  const bc = { code: d.left + 4, text: d.left + 40, qty: d.left + 300, rate: d.left + 370, st: d.left + 400, sv: d.left + 425, amount: d.right - 4 };
  d.row([
    { x: bc.code, text: 'LA', bold: true },
    { x: bc.text, text: 'Bezeichnung', bold: true },
    { x: bc.qty, text: 'Menge', bold: true, align: 'right' },
    { x: bc.rate, text: 'Satz', bold: true, align: 'right' },
    { x: bc.st, text: 'St', bold: true },
    { x: bc.sv, text: 'SV', bold: true },
    { x: bc.amount, text: 'Betrag EUR', bold: true, align: 'right' },
  ], { minHeight: 12 });
  d.hline(d.y, d.left, d.right, 0.4);
  const wage = (code: string, text: string, amount: number, qty = '', rate = '', free = false) =>
    d.row([
      { x: bc.code, text: code },
      { x: bc.text, text, width: 250 },
      { x: bc.qty, text: qty, align: 'right' },
      { x: bc.rate, text: rate, align: 'right' },
      { x: bc.st, text: free ? 'F' : 'L' },
      { x: bc.sv, text: free ? 'F' : 'L' },
      { x: bc.amount, text: decimal(amount), align: 'right' },
    ], { minHeight: 11 });
  if (p.stunden) wage('1010', `Stundenlohn ${eg} lt. Tarif`, p.grundgehalt, decimal(p.stunden), decimal(p.stundenlohn!));
  else wage('1000', `Monatslohn ${eg} (verstetigt, ${decimal(soll)} Std.)`, p.grundgehalt);
  p.zulagen.forEach((z, i) => wage(String(1100 + i * 10 + rng.int(0, 9)), z.label, z.amount, '', '', z.steuerfrei));
  d.hline(d.y, bc.rate, d.right, 0.4);
  d.row([{ x: bc.text, text: ctx.pick([], ['Bruttosumme', 'Gesamtverdienst brutto', 'Entgelt brutto insgesamt']), bold: true }, { x: bc.amount, text: decimal(p.brutto), align: 'right', bold: true, field: 'brutto' }], { size: 8.5, minHeight: 13 });
  d.text(d.left + 4, d.y + 8, `Steuerbrutto ${decimal(p.steuerBrutto)} · SV-Brutto ${decimal(p.steuerBrutto)} · L = steuer- und beitragspflichtig, F = frei`, { size: 7, color: GRAY });
  d.move(16);

  // taxes and social insurance in two boxes side by side
  d.ensure(90);
  const top = d.y;
  const bw = W / 2 - 5;
  const box = (x: number, title: string, rows: [string, number, string?][], sumLabel: string) => {
    d.rect(x, top, bw, 13, { fill: [0.9, 0.9, 0.9] });
    d.text(x + 4, top + 9.5, title, { size: 8.5, bold: true });
    let y = top + 16;
    for (const [label, v, field] of rows) {
      d.text(x + 6, y + 8, label, { size: 8 });
      d.text(x + bw - 6, y + 8, decimal(v), { size: 8, align: 'right', field });
      y += 11;
    }
    const sum = cents(rows.reduce((s, [, v]) => s + v, 0));
    d.hline(y + 1, x + bw - 80, x + bw - 4, 0.4);
    d.text(x + 6, y + 10, sumLabel, { size: 8, bold: true });
    d.text(x + bw - 6, y + 10, decimal(sum), { size: 8, bold: true, align: 'right' });
    y += 14;
    d.rect(x, top, bw, y - top, { stroke: GRAY, lineWidth: 0.4 });
    return y;
  };
  const y1 = box(d.left, 'Steuern', [
    [ctx.pick([], ['Lohnst.', 'Lohnsteuer Monat']), p.lohnsteuer, 'lohnsteuer'],
    ['Solidaritätszuschlag', p.soli],
    [`Kirchensteuer ${p.konfession === '--' ? '' : p.konfession}`.trim(), p.kirchensteuer],
  ], 'Steuern gesamt');
  const y2 = box(d.left + bw + 10, 'Sozialversicherung – Ihr Anteil', [
    [`Kranken (${decimal(7.3 + p.kvZusatz / 2)} %)`, p.kv, 'krankenversicherung'],
    ['Pflege', p.pv],
    ['Renten (9,3 %)', p.rv, 'rentenversicherung'],
    ['Arbeitslosen (1,3 %)', p.av],
  ], 'SV gesamt');
  d.y = Math.max(y1, y2) + 6;
  d.rect(d.left, d.y, W, 16, { stroke: [0, 0, 0], lineWidth: 0.8 });
  d.row([{ x: d.left + 6, text: ctx.pick([], ['Nettoarbeitslohn', 'Netto nach Steuern und SV', 'verbleibt netto']), bold: true }, { x: d.right - 6, text: decimal(p.netto), bold: true, align: 'right', field: 'netto' }], { size: 9, minHeight: 16 });
  d.move(8);

  head('Persönliche Be- und Abzüge');
  const net = (text: string, v: number) => d.row([{ x: bc.text, text }, { x: bc.amount, text: decimal(v), align: 'right' }], { minHeight: 11 });
  if (meals) net(`Verpflegungsmehraufwand stfr. (${meals / 14} Tage à 14,00)`, meals);
  if (advance) net(`Abschlag vom ${ctx.ndate(`${p.month}-15`)} (bereits überwiesen)`, -advance);
  for (const a of p.abzuege) net(a.label, -a.amount);
  if (!meals && !advance && !p.abzuege.length) net('keine', 0);
  d.hline(d.y, bc.rate, d.right, 0.4);
  d.row([{ x: bc.text, text: advance ? 'Restauszahlung' : 'Auszahlung', bold: true }, { x: bc.amount, text: decimal(rest), align: 'right', bold: true }], { size: 8.5, minHeight: 13 });
  d.text(d.left + 4, d.y + 8, `Überweisung am ${ctx.ndate(addDays(last, rng.int(8, 14)))} auf ${fake.groupIban(p.iban)} (${p.bank.name})`, { size: 7.5 });
  d.move(18);
  const taken = rng.int(0, 18);
  d.text(d.left + 4, d.y + 8, `Urlaub ${p.month.slice(0, 4)}: Anspruch ${rng.pick([24, 25, 26, 28, 30])} Tage · genommen ${taken} · Jahressummen: Steuerbrutto ${decimal(p.jahresBrutto)} · Lohnsteuer ${decimal(p.jahresLohnsteuer)}`, { size: 7, color: GRAY });
  d.move(14);
  d.para(`Einsatz im Rahmen der Arbeitnehmerüberlassung (AÜG). Fragen zu Ihrer Abrechnung beantwortet Ihre Disposition in der ${branch}. Die Abrechnung wurde maschinell erstellt.`, { size: 7, color: GRAY });
  ctx.meta.creator = rng.pick(['Landwehr L1', 'ZMS Personal', 'Lohn-Modul Zeitarbeit']);
  truth(ctx, p);
}

/**
 * blind5 (holdout): a slip from a small-business payroll program that also carries a
 * recalculation of an earlier month (a collective pay rise granted retroactively): the month in
 * the title, the employee's particulars as a row of framed cells, earnings with tax/SV/holiday-pay
 * flags, the statutory deductions as one strip of columns with their sum, the statutory net in a
 * framed line; then the earlier month's figures "bisher / neu / Differenz" and the back payment
 * that is added to this month's transfer
 */
function blind5Rueckrechnung(ctx: Ctx): void {
  const rng = ctx.rng;
  const p = payroll(rng, ctx.today);
  const first = `${p.month}-01`;
  const mtext = monthText(p.month, rng.pick(['Monat yyyy', 'mm/yyyy', 'Monat yyyy'] as const));
  // the earlier month recalculated: the rise was agreed after it had been paid
  const backMonth = addMonths(first, -rng.int(1, 3)).slice(0, 7);
  const rise = cents(p.grundgehalt * rng.pick([0.02, 0.025, 0.03, 0.04, 0.055]));
  const oldB = cents(p.steuerBrutto - rise - (rng.chance(0.4) ? cents(rng.float(10, 80)) : 0));
  const newB = cents(oldB + rise);
  const share = (v: number, b: number) => cents((v * b) / p.steuerBrutto);
  const calc = (b: number) => {
    const lst = share(p.lohnsteuer, b);
    const soli = share(p.soli, b);
    const kist = share(p.kirchensteuer, b);
    const kv = share(p.kv, b);
    const rv = share(p.rv, b);
    const av = share(p.av, b);
    const pv = share(p.pv, b);
    return { b, lst, soli, kist, kv, rv, av, pv, netto: cents(b - lst - soli - kist - kv - rv - av - pv) };
  };
  const before = calc(oldB);
  const after = calc(newB);
  const nach = cents(after.netto - before.netto);
  const transfer = cents(p.auszahlung + nach);
  const deductions = cents(p.lohnsteuer + p.soli + p.kirchensteuer + p.kv + p.rv + p.av + p.pv);
  const urlaub = rng.pick([24, 26, 28, 30]);
  const genommen = rng.int(0, urlaub - 2);
  const backText = monthText(backMonth, 'Monat yyyy');

  const d = ctx.start({ family: 'helvetica', size: 8, margins: { left: 46, right: 42, top: 40, bottom: 56 } });
  const ink: readonly [number, number, number] = rng.pick([[0.1, 0.3, 0.5], [0.15, 0.15, 0.15], [0.35, 0.1, 0.3]] as const);
  d.text(d.left, 50, ctx.pick([], ['Entgeltabrechnung', 'Lohn- und Gehaltsabrechnung', 'Abrechnung Arbeitsentgelt']), { size: 14, bold: true, color: ink });
  d.text(d.left, 66, `${ctx.pick([], ['für den Monat', 'Abrechnungszeitraum', 'Lohnperiode'])} ${ctx.v('abrechnungsmonat', mtext)}`, { size: 10 });
  d.text(d.right, 46, p.employer.name, { size: 9.5, bold: true, align: 'right', field: 'arbeitgeber' });
  d.text(d.right, 57, `${p.employer.address.street} ${p.employer.address.no}`, { size: 7.5, align: 'right', color: GRAY });
  d.text(d.right, 66, `${p.employer.address.plz} ${p.employer.address.city}`, { size: 7.5, align: 'right', color: GRAY });
  d.text(d.right, 75, `Betriebsnummer ${rng.digits(8)}`, { size: 7, align: 'right', color: GRAY });
  returnLine(d, `${p.employer.name} · ${p.employer.address.plz} ${p.employer.address.city}`);
  addressWindow(d, [p.employee.gender === 'f' ? 'Frau' : 'Herrn', { text: ctx.name(p.employee, 'first-last'), field: 'arbeitnehmer_name' }, `${p.address.street} ${p.address.no}`, `${p.address.plz} ${p.address.city}`]);
  d.text(d.right, 152, `Erstellt am ${ctx.ndate(addDays(lastOfMonth(first), -rng.int(2, 6)))}`, { size: 7.5, align: 'right', color: GRAY });
  d.text(d.right, 162, 'Vertraulich – persönlich', { size: 7.5, align: 'right', color: GRAY, bold: true });

  // the employee's particulars as framed cells, label above value
  const cells: [string, string, number][] = [
    ['Personalnr.', p.personalnummer, 0.09],
    ['Geburtsdatum', ctx.ndate(p.employee.birth), 0.11],
    ['Eintritt', ctx.ndate(p.eintritt), 0.1],
    ['StKl./Kinder', `${p.steuerklasse} / ${decimal(p.kinderfreibetrag, 1)}`, 0.1],
    ['Konfession', p.konfession, 0.08],
    ['Krankenkasse', p.krankenkasse, 0.22],
    ['Beitragsgruppe', rng.pick(['1111', '1111', '3111', '0110']), 0.1],
    ['Steuer-ID', p.steuerId, 0.2],
  ];
  let x = d.left;
  const cy = 226;
  for (const [l, v, w] of cells) {
    const cw = d.contentWidth * w;
    d.rect(x, cy, cw, 24, { stroke: [0.5, 0.5, 0.5], lineWidth: 0.5 });
    d.text(x + 3, cy + 8, l, { size: 6, color: GRAY });
    d.text(x + 3, cy + 19, v, { size: cw < 60 ? 7 : 7.5 });
    x += cw;
  }
  d.y = cy + 36;

  const bar = (t: string) => {
    d.ensure(40);
    d.rect(d.left, d.y, d.contentWidth, 13, { fill: ink });
    d.text(d.left + 4, d.y + 9.5, t, { size: 8, bold: true, color: [1, 1, 1] });
    d.y += 17;
  };
  const cols = { bez: d.left + 4, menge: d.left + 262, satz: d.left + 322, st: d.left + 350, sv: d.left + 378, gb: d.left + 406, betrag: d.right - 4 };
  bar(ctx.pick([], ['Verdienstbestandteile', 'Bruttobezüge']));
  d.row([
    { x: cols.bez, text: 'Bezeichnung', bold: true },
    { x: cols.menge, text: 'Std./Tage', bold: true, align: 'right' },
    { x: cols.satz, text: 'Satz', bold: true, align: 'right' },
    { x: cols.st, text: 'St', bold: true },
    { x: cols.sv, text: 'SV', bold: true },
    { x: cols.gb, text: 'GB', bold: true },
    { x: cols.betrag, text: 'Betrag EUR', bold: true, align: 'right' },
  ], { size: 7.5 });
  d.hline(d.y, d.left, d.right, 0.4);
  d.move(2);
  const earn = (label: string, amount: number, flags: [string, string, string], menge = '', satz = '') =>
    d.row([{ x: cols.bez, text: label }, { x: cols.menge, text: menge, align: 'right' }, { x: cols.satz, text: satz, align: 'right' }, { x: cols.st, text: flags[0] }, { x: cols.sv, text: flags[1] }, { x: cols.gb, text: flags[2] }, { x: cols.betrag, text: decimal(amount), align: 'right' }], { size: 8 });
  earn(p.stunden ? 'Stundenlohn' : rng.pick(['Gehalt', 'Monatslohn', 'Tarifentgelt']), p.grundgehalt, ['L', 'L', 'J'], p.stunden ? decimal(p.stunden) : '', p.stundenlohn ? decimal(p.stundenlohn) : '');
  for (const z of p.zulagen) earn(z.label, z.amount, z.steuerfrei ? ['F', 'F', 'N'] : /Einmal|Urlaubs|Weihnacht/.test(z.label) ? ['S', 'E', 'N'] : ['L', 'L', 'J']);
  d.hline(d.y + 1, cols.st, d.right, 0.5);
  d.move(3);
  d.row([{ x: cols.bez, text: ctx.pick([], ['Bruttoverdienst des Monats', 'Gesamtbrutto lfd. Monat', 'Summe Brutto']), bold: true }, { x: cols.betrag, text: decimal(p.brutto), align: 'right', bold: true, field: 'brutto' }], { size: 8.5 });
  d.move(2);
  d.text(cols.bez, d.y + 7, 'St/SV: L = laufend, S = sonstiger Bezug, E = einmalig, F = frei · GB = gesamtbeitragspflichtig (J/N)', { size: 6, color: GRAY });
  d.move(14);

  // the statutory deductions as one strip of columns
  bar(ctx.pick([], ['Gesetzliche Abzüge', 'Steuern und Sozialversicherung (Arbeitnehmeranteile)']));
  const strip: [string, number, string?][] = [
    [ctx.pick([], ['Lohnsteuer', 'LSt']), p.lohnsteuer, 'lohnsteuer'],
    ['Soli', p.soli],
    ['KiSt', p.kirchensteuer],
    [ctx.pick([], ['KV', 'Kranken-V.', 'KV-Beitrag']), p.kv, 'krankenversicherung'],
    [ctx.pick([], ['RV', 'Renten-V.', 'RV-Beitrag']), p.rv, 'rentenversicherung'],
    ['AV', p.av],
    ['PV', p.pv],
    ['Summe', deductions],
  ];
  const sw = d.contentWidth / strip.length;
  const sy = d.y;
  d.rect(d.left, sy, d.contentWidth, 30, { stroke: [0.5, 0.5, 0.5], lineWidth: 0.5 });
  strip.forEach(([l, v, field], i) => {
    const sx = d.left + i * sw;
    if (i) d.line(sx, sy, sx, sy + 30, 0.4, [0.5, 0.5, 0.5]);
    d.text(sx + sw - 4, sy + 10, l, { size: 7, bold: true, align: 'right', color: GRAY });
    d.text(sx + sw - 4, sy + 24, decimal(v), { size: 8.5, align: 'right', field, bold: i === strip.length - 1 });
  });
  d.y = sy + 34;
  d.text(d.left, d.y + 7, `Steuerbrutto ${decimal(p.steuerBrutto)} · SV-Brutto KV/PV ${decimal(p.steuerBrutto)} · SV-Brutto RV/AV ${decimal(p.steuerBrutto)} · KV-Zusatzbeitrag ${decimal(p.kvZusatz)} %`, { size: 6.5, color: GRAY });
  d.move(14);
  const ny = d.y;
  d.rect(d.left, ny, d.contentWidth, 17, { stroke: [0, 0, 0], lineWidth: 1 });
  d.text(d.left + 6, ny + 12, ctx.pick([], ['Nettoverdienst', 'Netto (gesetzlich)', 'Nettoentgelt']), { size: 9, bold: true });
  d.text(d.right - 6, ny + 12, decimal(p.netto), { size: 9, bold: true, align: 'right', field: 'netto' });
  d.y = ny + 24;

  // the recalculated earlier month
  bar(`${ctx.pick([], ['Rückrechnung', 'Korrektur Vormonat', 'Nachberechnung'])} ${backText} – ${rng.pick(['Tariferhöhung rückwirkend', 'rückwirkende Gehaltsanpassung', 'Entgelterhöhung lt. Tarifabschluss'])}`);
  const rc = { l: d.left + 4, a: d.left + 300, b: d.left + 390, c: d.right - 4 };
  d.row([{ x: rc.l, text: backText, bold: true }, { x: rc.a, text: 'bisher', bold: true, align: 'right' }, { x: rc.b, text: 'neu', bold: true, align: 'right' }, { x: rc.c, text: 'Differenz', bold: true, align: 'right' }], { size: 7.5 });
  d.hline(d.y, d.left, d.right, 0.4);
  d.move(2);
  const rrows: [string, number, number][] = [
    ['Steuer-/SV-Brutto', before.b, after.b],
    ['Lohnsteuer', before.lst, after.lst],
    ['Solidaritätszuschlag', before.soli, after.soli],
    ['Kirchensteuer', before.kist, after.kist],
    ['Krankenversicherung', before.kv, after.kv],
    ['Rentenversicherung', before.rv, after.rv],
    ['Arbeitslosenversicherung', before.av, after.av],
    ['Pflegeversicherung', before.pv, after.pv],
    ['Nettoverdienst', before.netto, after.netto],
  ];
  for (const [l, a, b] of rrows) {
    if (l === 'Nettoverdienst') d.hline(d.y + 1, rc.a - 60, d.right, 0.4);
    d.row([{ x: rc.l, text: l, bold: l === 'Nettoverdienst' }, { x: rc.a, text: decimal(a), align: 'right' }, { x: rc.b, text: decimal(b), align: 'right' }, { x: rc.c, text: decimal(cents(b - a)), align: 'right', bold: l === 'Nettoverdienst' }], { size: 7.5 });
  }
  d.move(8);

  bar(ctx.pick([], ['Auszahlung', 'Überweisung']));
  const pay = (l: string, v: number, bold = false) => d.row([{ x: d.left + 4, text: l, bold }, { x: d.right - 4, text: decimal(v), align: 'right', bold }], { size: 8 });
  pay('Nettoverdienst laufender Monat', p.netto);
  for (const a of p.abzuege) pay(a.label, -a.amount);
  pay(`Nachzahlung aus Rückrechnung ${monthText(backMonth, 'mm/yyyy')}`, nach);
  d.hline(d.y + 1, d.right - 120, d.right, 0.6);
  d.move(3);
  pay(ctx.pick([], ['Überweisungsbetrag', 'Auszahlungsbetrag']), transfer, true);
  d.text(d.left + 4, d.y + 9, `an ${p.bank.name} · IBAN ${ctx.iban(p.iban)} · BIC ${p.bank.bic}`, { size: 7 });
  d.move(20);
  d.text(d.left, d.y + 8, `Urlaub ${p.month.slice(0, 4)}: Anspruch ${urlaub} Tage · genommen ${genommen} · Rest ${urlaub - genommen}`, { size: 7, color: GRAY });
  d.move(12);
  d.text(d.left, d.y + 8, 'Bitte prüfen Sie Ihre Abrechnung. Beanstandungen richten Sie bitte innerhalb von vier Wochen an die Personalabteilung.', { size: 7, color: GRAY });
  d.onEveryPage((doc, page, pages) => doc.text(doc.right, doc.height - 28, `${p.personalnummer} · ${mtext} · Seite ${page}/${pages}`, { size: 6.5, color: GRAY, align: 'right' }));
  ctx.meta.creator = rng.pick(['Lohnprogramm 2025', 'Entgelt Office', 'Lohn + Gehalt']);
  truth(ctx, p);
}

/**
 * blind6 (holdout): a half-sheet (A5) wage slip of a small business for a job in the transition
 * zone (Midijob, Übergangsbereich § 20 Abs. 2a SGB IV), printed by an inexpensive payroll program:
 * employer and month at the top, the employee's particulars in a framed block, hours worked and
 * holiday hours at an hourly rate with a tax-free Sunday supplement, a box of the reduced
 * contribution bases (wage for social insurance, the employee's reduced base, the overall base,
 * factor F), the statutory deductions with their rates worked out on the reduced base, the
 * statutory net, an advance and work clothing after the net, the payout with IBAN, the employer's
 * contributions and levies in grey, and the year's running totals.
 */
function blind6MidijobA5(ctx: Ctx): void {
  const rng = ctx.rng;
  const p = payroll(rng, ctx.today);
  const y2025 = p.month >= '2025-01';
  const G = y2025 ? 556 : 538;
  const F = y2025 ? 0.6683 : 0.6846;
  const rate = cents(rng.float(y2025 ? 12.82 : 12.41, 16.8));
  // hours that put the pay into the transition zone
  let hours = rng.pick([45, 52, 60, 65, 70, 78, 86.67, 95, 104, 112]);
  while (hours * rate < G + 40) hours += 10;
  while (hours * rate > 1950) hours -= 10;
  const holiday = rng.chance(0.45) ? rng.pick([8, 12, 16, 20, 24]) : 0;
  const worked = cents(hours - holiday);
  const lohn = cents(worked * rate);
  const urlaub = cents(holiday * rate);
  const sundayHours = rng.chance(0.35) ? rng.pick([4, 6, 8, 12]) : 0;
  const sunday = cents(sundayHours * rate * 0.5);
  const ae = cents(lohn + urlaub);
  const brutto = cents(ae + sunday);
  const beAn = cents((2000 / (2000 - G)) * (ae - G));
  const beGes = cents(F * G + (2000 / (2000 - G) - (G / (2000 - G)) * F) * (ae - G));
  const kinderlos = p.kinderfreibetrag === 0;
  const kvRate = 7.3 + p.kvZusatz / 2;
  const pvRate = y2025 ? (kinderlos ? 2.4 : 1.8) : kinderlos ? 2.3 : 1.7;
  const kv = cents((beAn * kvRate) / 100);
  const rv = cents((beAn * 9.3) / 100);
  const av = cents((beAn * 1.3) / 100);
  const pv = cents((beAn * pvRate) / 100);
  // second earners in a marriage often have a Midijob under tax class 5
  const klasse = rng.weighted([[1, 4], [5, 3], [4, 2], [2, 1], [3, 1]]);
  p.steuerklasse = klasse;
  const lst = cents(klasse === 5 ? ae * 0.085 + Math.max(0, ae - 1000) * 0.05 : klasse === 3 ? 0 : Math.max(0, (ae - (klasse === 2 ? 1640 : 1330)) * 0.16));
  const kist = p.konfession === '--' ? 0 : cents(lst * 0.09);
  const netto = cents(brutto - lst - kist - kv - rv - av - pv);
  const advance = rng.chance(0.4) ? rng.pick([100, 150, 200, 250]) : 0;
  const clothes = rng.chance(0.25) ? cents(rng.float(8, 35)) : 0;
  const payout = cents(netto - advance - clothes);
  p.brutto = brutto;
  p.netto = netto;
  p.lohnsteuer = lst;
  p.kv = kv;
  p.rv = rv;
  const monthNo = Number(p.month.slice(5, 7));
  const first = `${p.month}-01`;
  const ytdBrutto = cents(brutto * monthNo * rng.float(0.93, 1.02));
  const ytdLst = cents(lst * monthNo);
  const n = (v: number) => decimal(v);

  const d = ctx.start({ family: 'helvetica', size: 7.5, pageSize: [419.53, 595.28], margins: { left: 28, right: 26, top: 26, bottom: 30 } });
  const W = d.contentWidth;
  d.text(d.left, 36, p.employer.name, { size: 9.5, bold: true, field: 'arbeitgeber' });
  d.text(d.left, 46, `${p.employer.address.street} ${p.employer.address.no} · ${p.employer.address.plz} ${p.employer.address.city}`, { size: 6.5, color: GRAY });
  d.text(d.right, 36, ctx.pick([], ['Lohnabrechnung', 'Lohnzettel', 'Verdienstabrechnung']), { size: 11, bold: true, align: 'right' });
  const mtext = monthText(p.month, rng.pick(['Monat yyyy', 'mm/yyyy', 'mm.yyyy'] as const));
  d.text(d.right, 47, `${ctx.pick([], ['Abrechnungsmonat', 'Lohnmonat', 'Monat'])}: ${ctx.v('abrechnungsmonat', mtext)}`, { size: 8, align: 'right' });
  d.hline(52, d.left, d.right, 1);

  // the employee's particulars in a framed block: two columns of label and value
  const top = 58;
  d.rect(d.left, top, W, 62, { stroke: [0.3, 0.3, 0.3], lineWidth: 0.5 });
  d.text(d.left + 5, top + 11, `${p.employee.last}, ${p.employee.first}`, { size: 9, bold: true, field: 'arbeitnehmer_name' });
  d.text(d.left + 5, top + 21, `${p.address.street} ${p.address.no}, ${p.address.plz} ${p.address.city}`, { size: 6.5, color: GRAY });
  const info: [string, string][] = [
    ['Pers.-Nr.', p.personalnummer],
    ['Eintritt', ctx.ndate(p.eintritt)],
    ['Geb.-Datum', ctx.ndate(p.employee.birth)],
    ['StKl / Kfb / Konf.', `${klasse} / ${decimal(klasse === 5 ? 0 : p.kinderfreibetrag, 1)} / ${p.konfession}`],
    ['SV-Nummer', p.svNummer],
    ['Krankenkasse', `${p.krankenkasse} (Zusatzb. ${decimal(p.kvZusatz, 2)} %)`],
    ['Personengruppe', '101 · Übergangsbereich'],
    ['Beitragsgruppe', '1111'],
  ];
  info.forEach(([l, v], i) => {
    const x = d.left + 5 + (i % 2) * (W / 2);
    const yy = top + 32 + Math.floor(i / 2) * 8.5;
    d.text(x, yy, l, { size: 6, color: GRAY });
    d.text(x + 62, yy, v, { size: 6.5 });
  });
  d.y = top + 68;

  const cols = { nr: d.left, bez: d.left + 24, menge: d.left + 210, satz: d.left + 258, kz: d.left + 272, betrag: d.right };
  const headRow = (t: string) => {
    d.ensure(30);
    d.rect(d.left, d.y, W, 11, { fill: LIGHT });
    d.text(d.left + 3, d.y + 8, t, { size: 7, bold: true });
    d.y += 13;
  };
  const lrow = (nr: string, bez: string, betrag: Cell, opts: { menge?: string; satz?: string; kz?: string; bold?: boolean } = {}) => {
    const b = typeof betrag === 'string' ? { text: betrag } : betrag;
    d.row([
      { x: cols.nr, text: nr, color: GRAY },
      { x: cols.bez, text: bez, bold: opts.bold },
      { x: cols.menge, text: opts.menge ?? '', align: 'right' },
      { x: cols.satz, text: opts.satz ?? '', align: 'right' },
      { x: cols.kz, text: opts.kz ?? '', color: GRAY },
      { x: cols.betrag, text: b.text, align: 'right', field: b.field, bold: opts.bold },
    ], { size: 7.5, leading: 1.25 });
  };
  headRow('Bezüge');
  d.row([
    { x: cols.nr, text: 'LA', size: 6, color: GRAY },
    { x: cols.bez, text: 'Bezeichnung', size: 6, color: GRAY },
    { x: cols.menge, text: 'Std.', size: 6, color: GRAY, align: 'right' },
    { x: cols.satz, text: 'Satz', size: 6, color: GRAY, align: 'right' },
    { x: cols.kz, text: 'St/SV', size: 6, color: GRAY },
    { x: cols.betrag, text: 'EUR', size: 6, color: GRAY, align: 'right' },
  ], { size: 6 });
  lrow('100', 'Stundenlohn', n(lohn), { menge: decimal(worked), satz: n(rate), kz: 'L L' });
  if (urlaub) lrow('110', 'Urlaubsentgelt', n(urlaub), { menge: decimal(holiday), satz: n(rate), kz: 'L L' });
  if (sunday) lrow('245', 'Sonntagszuschlag 50 % (stfr.)', n(sunday), { menge: decimal(sundayHours), satz: n(cents(rate * 0.5)), kz: 'F F' });
  d.hline(d.y + 1, cols.betrag - 60, cols.betrag, 0.4);
  d.move(2);
  lrow('', ctx.pick([], ['Gesamtbrutto', 'Summe Bezüge', 'Bruttolohn gesamt']), { text: n(brutto), field: 'brutto' }, { bold: true });
  d.move(5);

  // the reduced bases of the transition zone
  const bTop = d.y;
  d.rect(d.left, bTop, W, 40, { fill: [0.95, 0.95, 0.95], stroke: [0.5, 0.5, 0.5], lineWidth: 0.4 });
  d.text(d.left + 4, bTop + 9, 'Übergangsbereich (§ 20 Abs. 2a SGB IV) – Bemessungsgrundlagen', { size: 6.8, bold: true });
  const bases: [string, string][] = [
    ['Arbeitsentgelt SV', n(ae)],
    ['beitragspfl. Einnahme AN-Anteil', n(beAn)],
    ['beitragspfl. Einnahme gesamt', n(beGes)],
    ['Faktor F', decimal(F, 4)],
  ];
  bases.forEach(([l, v], i) => {
    const x = d.left + 4 + (i % 2) * (W / 2);
    const yy = bTop + 21 + Math.floor(i / 2) * 10;
    d.text(x, yy, l, { size: 6.5, color: GRAY });
    d.text(x + W / 2 - 14, yy, v, { size: 7, align: 'right' });
  });
  d.y = bTop + 46;

  headRow(ctx.pick([], ['Gesetzliche Abzüge', 'Steuer und Sozialversicherung']));
  lrow('', 'Lohnsteuer', { text: n(lst), field: 'lohnsteuer' }, { kz: `StKl ${klasse}` });
  if (p.konfession !== '--') lrow('', `Kirchensteuer ${p.konfession}`, n(kist), { satz: '9 %' });
  lrow('', 'Krankenversicherung AN', { text: n(kv), field: 'krankenversicherung' }, { satz: `${decimal(kvRate, 2)} %` });
  lrow('', 'Rentenversicherung AN', { text: n(rv), field: 'rentenversicherung' }, { satz: '9,30 %' });
  lrow('', 'Arbeitslosenversicherung AN', n(av), { satz: '1,30 %' });
  lrow('', `Pflegeversicherung AN${kinderlos ? ' (inkl. Kinderlosenzuschlag)' : ''}`, n(pv), { satz: `${decimal(pvRate, 2)} %` });
  d.hline(d.y + 1, cols.betrag - 60, cols.betrag, 0.4);
  d.move(2);
  lrow('', 'Summe gesetzliche Abzüge', n(cents(lst + kist + kv + rv + av + pv)));
  d.move(2);
  d.rect(d.left, d.y, W, 13, { stroke: [0, 0, 0], lineWidth: 0.8 });
  d.move(1.5);
  lrow('', ctx.pick([], ['Nettoverdienst', 'Netto-Arbeitsentgelt', 'gesetzliches Nettoentgelt']), { text: n(netto), field: 'netto' }, { bold: true });
  d.move(5);
  if (advance || clothes) {
    headRow('Abzüge nach Netto');
    if (advance) lrow('810', `Abschlag vom ${ctx.ndate(addDays(first, 14))}`, `-${n(advance)}`);
    if (clothes) lrow('830', 'Arbeitskleidung Eigenanteil', `-${n(clothes)}`);
    d.move(3);
  }
  d.rect(d.left, d.y, W, 24, { fill: [0.92, 0.92, 0.92] });
  d.text(d.left + 4, d.y + 10, ctx.pick([], ['Auszahlung', 'Überweisungsbetrag', 'Auszahlungsbetrag']), { size: 8.5, bold: true });
  d.text(d.right - 4, d.y + 10, n(payout), { size: 9, bold: true, align: 'right' });
  d.text(d.left + 4, d.y + 20, `an ${p.bank.name} · IBAN ${ctx.iban(p.iban)} · Valuta ${ctx.ndate(addDays(lastOfMonth(first), -rng.int(0, 2)))}`, { size: 6.5 });
  d.y += 30;

  // the employer's shares, in grey: they are not deducted
  d.text(d.left, d.y + 7, 'Arbeitgeberanteile und Umlagen (nachrichtlich, nicht vom Lohn abgezogen)', { size: 6.5, bold: true, color: GRAY });
  d.y += 10;
  const ag: [string, number][] = [
    ['KV-AG', cents((beGes * (14.6 + p.kvZusatz)) / 100 - kv)],
    ['RV-AG', cents((beGes * 18.6) / 100 - rv)],
    ['AV-AG', cents((beGes * 2.6) / 100 - av)],
    ['PV-AG', cents((beGes * (y2025 ? 3.6 : 3.4)) / 100 - cents((beAn * (y2025 ? 1.8 : 1.7)) / 100))],
    ['U1', cents((ae * 1.6) / 100)],
    ['U2', cents((ae * 0.44) / 100)],
    ['Insolvenzgeldumlage', cents((ae * 0.06) / 100)],
  ];
  ag.forEach(([l, v], i) => {
    const x = d.left + (i % 4) * (W / 4);
    const yy = d.y + 8 + Math.floor(i / 4) * 9;
    d.text(x, yy, l, { size: 6.3, color: GRAY });
    d.text(x + W / 4 - 8, yy, n(v), { size: 6.3, color: GRAY, align: 'right' });
  });
  d.y += 26;
  d.hline(d.y, d.left, d.right, 0.3, GRAY);
  d.text(d.left, d.y + 9, `Jahreswerte ${p.month.slice(0, 4)}: Steuerbrutto ${n(ytdBrutto)} · Lohnsteuer ${n(ytdLst)} · SV-Brutto ${n(cents(ae * monthNo))}`, { size: 6.3, color: GRAY });
  d.text(d.left, d.y + 18, `Resturlaub: ${rng.int(2, 24)} Tage · Std.-Konto: ${decimal(rng.float(-6, 18), 2)} Std.`, { size: 6.3, color: GRAY });
  d.onEveryPage((doc) => {
    doc.text(doc.left, doc.height - 16, `${rng.pick(['lohn24 basic', 'AbrechnungsProfi 9', 'Lohnbüro kompakt'])} · Druck ${ctx.ndate(addDays(lastOfMonth(first), -3))}`, { size: 5.5, color: GRAY });
  });
  truth(ctx, p);
}

/**
 * blind7: the payslip of a cloud payroll service as a modern PDF: the employer's initials as a logo
 * with its name, "Entgeltabrechnung" and the month at the top right with the period as a date
 * range; the employee in a tinted panel beside small-label cells; four tiles (gross, taxes, social
 * contributions, payout), a bar showing how the gross divides; two columns below: earnings with
 * wage-type codes at the left, taxes and social insurance with employee and employer columns at
 * the right; "from gross to net" as a short subtraction ending in the statutory net, deductions
 * after the net and the payout to the account; tax and insurance bases, the year's totals,
 * holiday and hours; the service's note at the foot.
 */
function blind7CloudPayroll(ctx: Ctx): void {
  const rng = ctx.rng;
  const p = payroll(rng, ctx.today);
  const accent = rng.pick([[0.2, 0.3, 0.75], [0.0, 0.5, 0.45], [0.55, 0.2, 0.6], [0.9, 0.4, 0.1], [0.1, 0.45, 0.7]] as const);
  const pale: [number, number, number] = [accent[0] * 0.08 + 0.92, accent[1] * 0.08 + 0.92, accent[2] * 0.08 + 0.92];
  const provider = rng.pick(['Lohnwolke', 'PayFlow HR', 'Gehaltsportal One', 'Personalo Payroll', 'LohnKompass Cloud']);
  const first = `${p.month}-01`;
  const last = lastOfMonth(first);
  const taxes = cents(p.lohnsteuer + p.soli + p.kirchensteuer);
  const sv = cents(p.kv + p.rv + p.av + p.pv);
  const svBrutto = p.steuerBrutto;
  const n = (v: number) => decimal(v);
  const M = (v: number) => ctx.money(v);
  const monthNo = Number(p.month.slice(5, 7));
  const pvAg = cents(svBrutto * 0.018);

  const d = ctx.start({ family: 'helvetica', size: 8.5, margins: { left: 44, right: 44, top: 40, bottom: 56 } });
  const W = d.contentWidth;
  // header
  const initials = p.employer.name.replace(/[^A-Za-zÄÖÜ ]/g, '').split(' ').filter((w) => w.length > 2 && !/^(GmbH|Co|KG|AG|mbH)$/.test(w)).slice(0, 2).map((w) => w[0]).join('') || 'AG';
  d.rect(d.left, 38, 30, 30, { fill: accent });
  d.text(d.left + 15, 58, initials, { size: 12, bold: true, align: 'center', color: [1, 1, 1] });
  d.text(d.left + 40, 50, p.employer.name, { size: 11, bold: true, field: 'arbeitgeber' });
  d.text(d.left + 40, 62, `${p.employer.address.street} ${p.employer.address.no} · ${p.employer.address.plz} ${p.employer.address.city}`, { size: 7.5, color: GRAY });
  d.text(d.right, 48, ctx.pick(['Entgeltabrechnung'], ['Ihre Gehaltsabrechnung', 'Verdienstabrechnung']), { size: 14, bold: true, align: 'right' });
  d.text(d.right, 64, monthText(p.month, rng.pick(['Monat yyyy', 'Monat yyyy', 'mm/yyyy'] as const)), { size: 12, bold: true, align: 'right', color: accent, field: 'abrechnungsmonat' });
  d.text(d.right, 76, `Zeitraum ${ctx.ndate(first)} – ${ctx.ndate(last)} · erstellt am ${ctx.ndate(addDays(last, -rng.int(2, 6)))}`, { size: 7, align: 'right', color: GRAY });

  // employee panel
  const top = 92;
  d.rect(d.left, top, W, 74, { fill: pale });
  d.text(d.left + 10, top + 13, 'Mitarbeiter/in', { size: 7, color: GRAY });
  d.text(d.left + 10, top + 28, ctx.name(p.employee, rng.chance(0.3) ? 'last-first' : 'first-last'), { size: 11, bold: true, field: 'arbeitnehmer_name' });
  d.text(d.left + 10, top + 42, `${p.address.street} ${p.address.no}`, { size: 8.5 });
  d.text(d.left + 10, top + 53, `${p.address.plz} ${p.address.city}`, { size: 8.5 });
  const cells: [string, string][] = [
    ['Personalnummer', p.personalnummer],
    ['Eintritt', ctx.ndate(p.eintritt)],
    ['Steuerklasse', `${p.steuerklasse}${p.kinderfreibetrag ? ` · Kinderfreibetr. ${decimal(p.kinderfreibetrag, 1)}` : ''}`],
    ['Steuer-ID', p.steuerId],
    ['SV-Nummer', p.svNummer],
    ['Konfession', p.konfession === '--' ? 'keine' : p.konfession === 'ev' ? 'evangelisch' : 'römisch-katholisch'],
    ['Krankenkasse', p.krankenkasse],
    ['Zusatzbeitrag', `${decimal(p.kvZusatz, 2)} %`],
    ['Beitragsgruppe', '1111'],
  ];
  const cx = d.left + 215;
  const cw = (d.right - cx - 6) / 3;
  cells.forEach(([l, v], i) => {
    const x = cx + (i % 3) * cw;
    const y = top + 13 + Math.floor(i / 3) * 21;
    d.text(x, y, l, { size: 6.5, color: GRAY });
    const fit = Math.min(8, (8 * (cw - 6)) / d.measure(v, { size: 8 }));
    d.text(x, y + 9.5, v, { size: fit });
  });

  // four tiles and the bar
  const tiles: [string, string, string?][] = [
    [ctx.pick(['Gesamtbrutto'], ['Bruttoverdienst', 'Brutto gesamt']), M(p.brutto), 'brutto'],
    ['Steuern', M(taxes)],
    ['Sozialabgaben', M(sv)],
    [ctx.pick(['Auszahlung'], ['Überweisungsbetrag', 'Auf Ihr Konto']), M(p.auszahlung)],
  ];
  const ty = top + 84;
  const tw = (W - 18) / 4;
  tiles.forEach(([l, v, field], i) => {
    const x = d.left + i * (tw + 6);
    const last4 = i === 3;
    d.rect(x, ty, tw, 40, last4 ? { fill: accent } : { stroke: [0.8, 0.8, 0.82], lineWidth: 0.6 });
    d.text(x + 8, ty + 13, l, { size: 7.5, color: last4 ? [1, 1, 1] : GRAY });
    d.text(x + 8, ty + 31, v, { size: 12.5, bold: true, color: last4 ? [1, 1, 1] : undefined, field });
  });
  const by = ty + 52;
  d.text(d.left, by, 'So teilt sich Ihr Brutto auf', { size: 7.5, bold: true });
  const parts: [string, number, [number, number, number]][] = [
    ['Netto', p.netto, [0.2, 0.6, 0.35]],
    ['Steuern', taxes, [0.93, 0.6, 0.2]],
    ['Sozialversicherung', sv, [0.35, 0.5, 0.85]],
  ];
  let bx = d.left;
  for (const [, v, c] of parts) {
    const w = (W * Math.max(0, v)) / p.brutto;
    d.rect(bx, by + 5, w, 9, { fill: c });
    bx += w;
  }
  let lx = d.left;
  for (const [l, v, c] of parts) {
    d.rect(lx, by + 19, 7, 7, { fill: c });
    lx += 11 + d.text(lx + 11, by + 25.5, `${l} ${decimal((v / p.brutto) * 100, 1)} %`, { size: 7, color: GRAY }) + 16;
  }

  // two columns
  d.y = by + 40;
  const colW = (W - 20) / 2;
  const L = d.left;
  const R = d.left + colW + 20;
  const head = (x: number, y: number, title: string, right: string[]) => {
    d.text(x, y, title, { size: 9, bold: true, color: accent });
    right.forEach((h, i) => d.text(x + colW - i * 62, y, h, { size: 6.5, color: GRAY, align: 'right' }));
    d.hline(y + 4, x, x + colW, 0.6, accent);
    return y + 15;
  };
  let yl = head(L, d.y + 10, 'Bezüge', ['Betrag', p.stunden ? 'Menge' : '']);
  const earn: [string, string, string, string?][] = [[p.stunden ? '1100' : '1000', p.stunden ? `Stundenlohn (${n(p.stundenlohn!)} €/Std.)` : 'Monatsgehalt', n(p.grundgehalt), p.stunden ? decimal(p.stunden) : '']];
  p.zulagen.forEach((z) => earn.push([String(rng.int(1200, 1899)), z.label, n(z.amount)]));
  for (const [code, label, amount, qty] of earn) {
    d.text(L, yl, code, { size: 7.5, color: GRAY });
    d.text(L + 28, yl, label.length > 36 ? label.slice(0, 36) : label, { size: 8 });
    if (qty) d.text(L + colW - 62, yl, qty, { size: 8, align: 'right' });
    d.text(L + colW, yl, amount, { size: 8, align: 'right' });
    yl += 12;
  }
  d.hline(yl - 7, L, L + colW, 0.4, GRAY);
  yl += 3;
  d.text(L, yl, ctx.pick(['Gesamtbrutto'], ['Summe Bezüge']), { size: 8.5, bold: true });
  d.text(L + colW, yl, n(p.brutto), { size: 8.5, bold: true, align: 'right' });
  yl += 12;

  let yr = head(R, d.y + 10, 'Steuern', ['Betrag']);
  const taxRows: [string, number, string?][] = [
    ['Lohnsteuer', p.lohnsteuer, 'lohnsteuer'],
    ['Solidaritätszuschlag', p.soli],
    [`Kirchensteuer${p.konfession === '--' ? '' : ` (${p.konfession})`}`, p.kirchensteuer],
  ];
  for (const [l, v, field] of taxRows) {
    d.text(R, yr, l, { size: 8 });
    d.text(R + colW, yr, n(v), { size: 8, align: 'right', field });
    yr += 12;
  }
  yr += 8;
  yr = head(R, yr, 'Sozialversicherung', ['Arbeitnehmer', 'Arbeitgeber']);
  const svRows: [string, number, number, string?][] = [
    ['Krankenversicherung', p.kv, p.kv, 'krankenversicherung'],
    ['Rentenversicherung', p.rv, p.rv, 'rentenversicherung'],
    ['Arbeitslosenversicherung', p.av, p.av],
    [`Pflegeversicherung${p.kinderfreibetrag === 0 ? ' (inkl. Kinderlosenzuschlag)' : ''}`, p.pv, pvAg],
  ];
  for (const [l, an, ag, field] of svRows) {
    d.text(R, yr, l.length > 34 ? 'Pflegeversicherung*' : l, { size: 8 });
    d.text(R + colW - 62, yr, n(ag), { size: 8, align: 'right', color: GRAY });
    d.text(R + colW, yr, n(an), { size: 8, align: 'right', field });
    yr += 12;
  }
  d.text(R, yr, 'Umlagen U1, U2, Insolvenzgeld', { size: 7.5, color: GRAY });
  d.text(R + colW - 62, yr, n(cents(svBrutto * 0.0216)), { size: 8, align: 'right', color: GRAY });
  yr += 12;
  d.hline(yr - 7, R, R + colW, 0.4, GRAY);
  yr += 3;
  d.text(R, yr, 'Summe', { size: 8.5, bold: true });
  d.text(R + colW - 62, yr, n(cents(p.kv + p.rv + p.av + pvAg + svBrutto * 0.0216)), { size: 8.5, align: 'right', color: GRAY });
  d.text(R + colW, yr, n(sv), { size: 8.5, bold: true, align: 'right' });
  yr += 12;
  if (p.kinderfreibetrag === 0) {
    d.text(R, yr, '* inkl. Beitragszuschlag für Kinderlose 0,6 %', { size: 6.5, color: GRAY });
    yr += 10;
  }

  // from gross to net, and what follows the net
  d.y = Math.max(yl, yr) + 8;
  d.rect(d.left, d.y, W, 16, { fill: pale });
  d.text(d.left + 6, d.y + 11, 'Vom Brutto zum Netto', { size: 9, bold: true });
  d.y += 22;
  const step = (label: string, value: string, opts: { bold?: boolean; field?: string; size?: number } = {}) => {
    d.text(d.left + 6, d.y + 9, label, { size: opts.size ?? 8.5, bold: opts.bold });
    d.text(d.right - 6, d.y + 9, value, { size: opts.size ?? 8.5, bold: opts.bold, align: 'right', field: opts.field });
    d.y += 13;
  };
  step('Gesamtbrutto', n(p.brutto));
  step('– Steuern', `-${n(taxes)}`);
  step('– Sozialversicherungsbeiträge (Arbeitnehmeranteil)', `-${n(sv)}`);
  d.hline(d.y + 1, d.left + 300, d.right, 0.6);
  d.y += 3;
  step(ctx.pick(['Nettoverdienst'], ['gesetzliches Netto', 'Netto-Entgelt']), n(p.netto), { bold: true, field: 'netto', size: 9.5 });
  d.y += 2;
  for (const a of p.abzuege) step(`– ${a.label}`, `-${n(a.amount)}`);
  if (p.abzuege.length) d.hline(d.y + 1, d.left + 300, d.right, 0.6);
  d.y += 3;
  step(ctx.pick(['Auszahlungsbetrag'], ['Überweisung', 'Zahlbetrag']), n(p.auszahlung), { bold: true });
  d.text(d.left + 6, d.y + 8, `Überweisung am ${ctx.ndate(addDays(last, -rng.int(0, 3)))} auf ${ctx.iban(p.iban)} (${p.bank.name})`, { size: 7.5, color: GRAY });
  d.y += 20;

  // bases, year, holiday
  const strip = (title: string, items: [string, string][]) => {
    d.ensure(34);
    d.text(d.left, d.y + 9, title, { size: 8, bold: true });
    d.y += 13;
    const w = W / items.length;
    items.forEach(([l, v], i) => {
      d.text(d.left + i * w, d.y + 7, l, { size: 6.5, color: GRAY });
      d.text(d.left + i * w, d.y + 17, v, { size: 8 });
    });
    d.y += 24;
  };
  strip('Bemessungsgrundlagen', [['Steuerbrutto', n(p.steuerBrutto)], ['SV-Brutto KV/PV', n(svBrutto)], ['SV-Brutto RV/AV', n(svBrutto)], ['steuerfreie Bezüge', n(cents(p.brutto - p.steuerBrutto))]]);
  strip(`Jahreswerte ${p.month.slice(0, 4)} (Januar bis ${fake.MONTHS_DE[monthNo - 1]})`, [['Brutto', n(p.jahresBrutto)], ['Lohnsteuer', n(p.jahresLohnsteuer)], ['Sozialversicherung AN', n(cents(sv * monthNo))], ['Netto', n(cents(p.netto * monthNo * rng.float(0.97, 1.02)))]]);
  const urlaub = rng.pick([24, 25, 26, 28, 30]);
  const taken = rng.int(0, urlaub - 2);
  strip('Urlaub und Arbeitszeit', [['Jahresanspruch', `${urlaub} Tage`], ['genommen', `${taken} Tage`], ['Resturlaub', `${urlaub - taken} Tage`], ['Gleitzeitsaldo', `${decimal(rng.float(-8, 24), 2)} Std.`]]);

  d.onEveryPage((doc, page, pages) => {
    doc.hline(doc.height - 42, doc.left, doc.right, 0.3, GRAY);
    doc.text(doc.left, doc.height - 32, `Erstellt mit ${provider} · elektronisch erstellt, ohne Unterschrift gültig · Fragen zur Abrechnung: ${rng.pick(['lohn', 'payroll', 'personal'])}@${p.employer.web?.replace(/^www\./, '') ?? 'firma.de'}`, { size: 6.5, color: GRAY });
    doc.text(doc.right, doc.height - 22, `${page}/${pages}`, { size: 7, align: 'right', color: GRAY });
  });
  truth(ctx, p);
}

/**
 * blind8 (holdout): the bilingual payslip (German / English) of an international company's German
 * subsidiary, produced by an outsourced payroll service: every label German with its English
 * translation under it or after a slash; the employee in the window, a framed "Mitarbeiterdaten /
 * Employee data" block beside it (employee ID, cost centre, hire date, tax class, child allowances,
 * church tax, health insurer, insurance number, tax ID); the pay month beside the pay period as a
 * date range and the pay date; one ledger for earnings, one for taxes and social insurance, each
 * with a current and a year-to-date column; the statutory net in a bar; other deductions after the
 * net (employee stock purchase plan, canteen, capital-forming payments) and the net payment with a
 * masked or full IBAN; employer contributions, contribution bases and the leave balance at the foot.
 */
function blind8ZweisprachigInternational(ctx: Ctx): void {
  const rng = ctx.rng;
  const p = payroll(rng, ctx.today);
  const emp = p.employee;
  emp.title = undefined;
  const corp = `${rng.pick(['Northbridge', 'Kestrel', 'Bluewater', 'Silverline', 'Pinecrest', 'Harbourview', 'Clearpath', 'Ironwood'])} ${rng.pick(['Technologies', 'Logistics', 'Medical', 'Software', 'Consulting', 'Engineering'])} ${rng.pick(['Germany GmbH', 'Deutschland GmbH', 'GmbH', 'Europe GmbH'])}`;
  p.employer = fake.organisation(rng, corp, p.employer.address.city);
  const service = rng.pick(['PayNexus Payroll Services GmbH', 'Lohnwerk Outsourcing GmbH', 'Payroll Hub Europe B.V., Niederlassung Deutschland']);
  const monthNo = Number(p.month.slice(5, 7));
  const first = `${p.month}-01`;
  const last = lastOfMonth(first);
  const payDate = addDays(last, -rng.int(0, 4));
  const svBrutto = p.steuerBrutto;
  const taxes = cents(p.lohnsteuer + p.soli + p.kirchensteuer);
  const sv = cents(p.kv + p.rv + p.av + p.pv);
  const espp = rng.chance(0.45) ? cents(Math.round(p.brutto * rng.pick([0.02, 0.03, 0.05]))) : 0;
  const others = [...p.abzuege, ...(espp ? [{ label: 'Mitarbeiteraktienplan (ESPP) / Employee stock purchase', amount: espp }] : [])];
  const payout = cents(p.netto - others.reduce((s, a) => s + a.amount, 0));
  const ytd = (v: number, f = 1) => n(cents(v * monthNo * f));
  const costCentre = `${rng.pick(['DE', 'GER'])}${rng.digits(2)}-${rng.digits(4)}`;
  const d = ctx.start({ family: 'helvetica', size: 7.5, margins: { left: 42, right: 40, top: 36, bottom: 52 } });
  const W = d.contentWidth;
  const navy: Color = rng.pick([[0.07, 0.2, 0.4], [0.2, 0.2, 0.25], [0.0, 0.35, 0.45], [0.35, 0.1, 0.35]] as const);
  const pale: Color = [0.94, 0.95, 0.97];
  /** German label with the English one in grey after a slash */
  const bi = (de: string, en: string) => `${de} / ${en}`;

  // head
  d.text(d.left, 46, corp, { size: 12, bold: true, color: navy, field: 'arbeitgeber' });
  d.text(d.left, 57, `${p.employer.address.street} ${p.employer.address.no} · ${p.employer.address.plz} ${p.employer.address.city}`, { size: 7, color: GRAY });
  d.text(d.right, 44, 'Entgeltabrechnung', { size: 13, bold: true, align: 'right' });
  d.text(d.right, 55, 'Payslip', { size: 9, align: 'right', color: GRAY });
  d.hline(64, d.left, d.right, 1.2, navy);
  returnLine(d, `${corp} · ${p.employer.address.street} ${p.employer.address.no} · ${p.employer.address.plz} ${p.employer.address.city}`);
  addressWindow(d, [emp.gender === 'f' ? 'Frau' : 'Herrn', { text: `${emp.first} ${emp.last}`, field: 'arbeitnehmer_name' }, `${p.address.street} ${p.address.no}`, `${p.address.plz} ${p.address.city}`]);
  d.text(d.left, 212, rng.pick(['Persönlich / vertraulich', 'Vertraulich – Confidential']), { size: 7, bold: true, color: GRAY });

  // period block above the employee data
  const bx = 318;
  const bw = d.right - bx;
  const mtext = monthText(p.month, rng.pick(['mm/yyyy', 'Monat yyyy', 'mm.yyyy'] as const));
  const periodRows: [string, string, Cell][] = [
    ['Abrechnungsmonat', 'Pay month', { text: mtext, field: 'abrechnungsmonat' }],
    ['Abrechnungszeitraum', 'Pay period', `${ctx.ndate(first)} – ${ctx.ndate(last)}`],
    ['Zahltag', 'Pay date', ctx.ndate(payDate)],
  ];
  let y = 76;
  for (const [de, en, v] of periodRows) {
    d.text(bx, y + 8, de, { size: 7.5, bold: true });
    d.text(bx, y + 16, en, { size: 6.3, color: GRAY });
    const c = typeof v === 'string' ? { text: v } : v;
    d.text(d.right, y + 9, c.text, { size: 8.5, align: 'right', bold: !!c.field, field: c.field });
    y += 20;
  }
  // employee data box
  y = 142;
  d.rect(bx, y, bw, 128, { stroke: [0.5, 0.5, 0.5], lineWidth: 0.5 });
  d.rect(bx, y, bw, 12, { fill: navy });
  d.text(bx + 4, y + 9, bi('Mitarbeiterdaten', 'Employee data'), { size: 7.5, bold: true, color: [1, 1, 1] });
  const data: [string, string, string][] = [
    ['Personalnummer', 'Employee ID', p.personalnummer],
    ['Kostenstelle', 'Cost centre', costCentre],
    ['Eintritt', 'Hire date', ctx.ndate(p.eintritt)],
    ['Steuerklasse / Kinderfreib.', 'Tax class / child allow.', `${p.steuerklasse} / ${decimal(p.kinderfreibetrag, 1)}`],
    ['Konfession', 'Church tax', p.konfession === '--' ? 'keine / none' : p.konfession.toUpperCase()],
    ['Krankenkasse', 'Health insurer', `${p.krankenkasse} (${decimal(p.kvZusatz)} %)`],
    ['SV-Nummer', 'Social insurance no.', p.svNummer],
    ['Steuer-ID', 'Tax ID', p.steuerId],
  ];
  data.forEach(([de, en, v], i) => {
    const ry = y + 22 + i * 13.4;
    d.text(bx + 4, ry, de, { size: 6.8 });
    d.text(bx + 4 + d.measure(de, { size: 6.8 }) + 3, ry, `/ ${en}`, { size: 5.8, color: GRAY });
    d.text(d.right - 4, ry, v, { size: 7.3, align: 'right' });
  });

  // ledgers
  d.y = 284;
  const cx = { code: d.left + 2, text: d.left + 34, units: d.left + 300, rate: d.left + 350, cur: d.left + 430, ytd: d.right - 2 };
  const ledgerHead = (de: string, en: string) => {
    d.ensure(40);
    d.rect(d.left, d.y, W, 20, { fill: pale });
    d.text(cx.code, d.y + 8, 'LA', { size: 6.8, bold: true });
    d.text(cx.code, d.y + 16, 'Code', { size: 6, color: GRAY });
    d.text(cx.text, d.y + 8, de, { size: 7.5, bold: true });
    d.text(cx.text, d.y + 16, en, { size: 6.3, color: GRAY });
    ([['units', 'Menge', 'Units'], ['rate', 'Satz', 'Rate'], ['cur', 'Laufend', 'Current'], ['ytd', 'Jahr kumuliert', 'Year to date']] as const).forEach(([k, a, b]) => {
      d.text(cx[k], d.y + 8, a, { size: 6.8, bold: true, align: 'right' });
      d.text(cx[k], d.y + 16, b, { size: 6, color: GRAY, align: 'right' });
    });
    d.y += 22;
  };
  const line = (code: string, de: string, en: string, units: string, rate: string, cur: Cell, ytdText: string, opts: { bold?: boolean } = {}) => {
    const c = typeof cur === 'string' ? { text: cur } : cur;
    d.text(cx.code, d.y + 8, code, { size: 7.2, color: GRAY });
    const w = d.text(cx.text, d.y + 8, de, { size: 7.5, bold: opts.bold });
    if (en) d.text(cx.text + w + 4, d.y + 8, `/ ${en}`, { size: 6.3, color: GRAY });
    d.text(cx.units, d.y + 8, units, { size: 7.5, align: 'right' });
    d.text(cx.rate, d.y + 8, rate, { size: 7.5, align: 'right' });
    d.text(cx.cur, d.y + 8, c.text, { size: 7.8, align: 'right', bold: opts.bold, field: c.field });
    d.text(cx.ytd, d.y + 8, ytdText, { size: 7.5, align: 'right', color: GRAY });
    d.y += 11.5;
  };
  ledgerHead('Bezüge', 'Earnings');
  if (p.stunden) line('1010', 'Stundenlohn', 'Hourly wage', decimal(p.stunden), n(p.stundenlohn!), n(p.grundgehalt), ytd(p.grundgehalt));
  else line('1000', 'Grundgehalt', 'Base salary', '', '', n(p.grundgehalt), ytd(p.grundgehalt));
  const EN: Record<string, string> = {
    Schichtzulage: 'Shift allowance', Erschwerniszulage: 'Hardship allowance', Leistungszulage: 'Performance bonus', Funktionszulage: 'Function allowance',
    'Vermögenswirksame Leistungen AG': 'Capital-forming benefit', 'Zuschlag Sonntagsarbeit stfr.': 'Sunday premium, tax-free', 'Nachtzuschlag 25 % stfr.': 'Night premium, tax-free',
    'Fahrtkostenzuschuss pauschal': 'Commuting allowance', Einmalzahlung: 'One-off payment', Urlaubsgeld: 'Holiday pay', 'Weihnachtsgeld anteilig': 'Christmas bonus (pro rata)',
  };
  p.zulagen.forEach((z, i) => line(String(1100 + i * 20 + rng.int(0, 9)), z.label, EN[z.label] ?? '', '', '', n(z.amount), /Einmal|Urlaubs|Weihnachts/.test(z.label) ? n(z.amount) : ytd(z.amount)));
  d.hline(d.y + 1, d.left + 250, d.right, 0.5);
  d.y += 3;
  line('', ctx.pick([], ['Gesamtbrutto', 'Bruttoentgelt gesamt']), 'Total gross pay', '', '', { text: n(p.brutto), field: 'brutto' }, n(p.jahresBrutto), { bold: true });
  d.y += 8;

  ledgerHead('Steuern und Sozialversicherung', 'Taxes and social insurance');
  line('/401', 'Lohnsteuer', 'Wage tax', '', '', { text: n(p.lohnsteuer), field: 'lohnsteuer' }, n(p.jahresLohnsteuer));
  line('/402', 'Solidaritätszuschlag', 'Solidarity surcharge', '', '', n(p.soli), ytd(p.soli));
  line('/403', 'Kirchensteuer', 'Church tax', '', p.kirchensteuer ? `${p.kirchensteuer / p.lohnsteuer > 0.085 ? '9' : '8'} %` : '', n(p.kirchensteuer), ytd(p.kirchensteuer));
  line('/411', 'Krankenversicherung AN', 'Health insurance EE', '', `${decimal(7.3 + p.kvZusatz / 2)} %`, { text: n(p.kv), field: 'krankenversicherung' }, ytd(p.kv));
  line('/412', 'Rentenversicherung AN', 'Pension insurance EE', '', '9,30 %', { text: n(p.rv), field: 'rentenversicherung' }, ytd(p.rv));
  line('/413', 'Arbeitslosenversicherung AN', 'Unemployment insurance EE', '', '1,30 %', n(p.av), ytd(p.av));
  line('/414', 'Pflegeversicherung AN', 'Long-term care insurance EE', '', `${decimal((p.pv / svBrutto) * 100, 2)} %`, n(p.pv), ytd(p.pv));
  d.hline(d.y + 1, d.left + 250, d.right, 0.5);
  d.y += 3;
  line('', 'Summe gesetzliche Abzüge', 'Total statutory deductions', '', '', n(cents(taxes + sv)), ytd(cents(taxes + sv)), { bold: true });
  d.y += 6;

  // the statutory net in a bar
  d.rect(d.left, d.y, W, 22, { fill: navy });
  d.text(d.left + 6, d.y + 10, ctx.pick([], ['Gesetzliches Netto', 'Nettoentgelt (gesetzlich)']), { size: 9, bold: true, color: [1, 1, 1] });
  d.text(d.left + 6, d.y + 19, 'Statutory net pay', { size: 6.5, color: [0.85, 0.85, 0.9] });
  d.text(cx.cur, d.y + 14, n(p.netto), { size: 10, bold: true, align: 'right', color: [1, 1, 1], field: 'netto' });
  d.y += 30;

  if (others.length) {
    ledgerHead('Sonstige Abzüge nach Netto', 'Other deductions after net pay');
    others.forEach((a, i) => line(String(7000 + i * 10 + rng.int(0, 5)), a.label, '', '', '', `-${n(a.amount)}`, ''));
    d.y += 4;
  }
  d.rect(d.left, d.y, W, 30, { stroke: navy, lineWidth: 1 });
  d.text(d.left + 6, d.y + 12, bi('Auszahlungsbetrag', 'Net payment'), { size: 9, bold: true });
  const masked = rng.chance(0.5);
  const ibanText = masked ? `${p.iban.slice(0, 4)} **** **** **** ${p.iban.slice(-6, -2)} ${p.iban.slice(-2)}` : ctx.iban(p.iban);
  d.text(d.left + 6, d.y + 24, `${bi('Überweisung auf', 'Paid to')}: ${p.bank.name}, IBAN ${ibanText}`, { size: 7, color: GRAY });
  d.text(cx.cur, d.y + 14, n(payout), { size: 10, bold: true, align: 'right' });
  d.text(cx.ytd, d.y + 14, 'EUR', { size: 7.5, align: 'right', color: GRAY });
  d.y += 40;

  // foot: employer contributions, bases, leave
  const strip = (title: string, items: [string, string][]) => {
    d.ensure(36);
    d.text(d.left, d.y + 8, title, { size: 7.5, bold: true });
    d.y += 12;
    const w = W / items.length;
    items.forEach(([l, v], i) => {
      d.rect(d.left + i * w, d.y, w - 3, 24, { fill: pale });
      d.text(d.left + i * w + 4, d.y + 8, l, { size: 6, color: GRAY });
      d.text(d.left + i * w + 4, d.y + 19, v, { size: 7.8 });
    });
    d.y += 30;
  };
  const agKv = cents(svBrutto * (7.3 + p.kvZusatz / 2) / 100);
  strip(bi('Arbeitgeberanteile', 'Employer contributions'), [['KV / Health', n(agKv)], ['RV / Pension', n(p.rv)], ['AV / Unemployment', n(p.av)], ['PV / Care', n(cents(svBrutto * 0.018))], ['Umlagen U1/U2/U3', n(cents(svBrutto * rng.float(0.02, 0.035)))]]);
  strip(bi('Bemessungsgrundlagen', 'Contribution bases'), [['Steuerbrutto / Taxable gross', n(p.steuerBrutto)], ['SV-Brutto KV/PV', n(svBrutto)], ['SV-Brutto RV/AV', n(svBrutto)], ['steuerfrei / tax-free', n(cents(p.brutto - p.steuerBrutto))]]);
  const urlaub = rng.pick([26, 28, 30, 30]);
  const taken = rng.int(0, Math.min(urlaub - 2, monthNo * 3));
  strip(bi('Urlaub', 'Leave'), [['Anspruch / Entitlement', `${urlaub},0`], ['genommen / Taken', `${taken},0`], ['Rest / Remaining', `${urlaub - taken},0`], ['Vorjahr / Carried over', `${rng.int(0, 5)},0`]]);

  d.onEveryPage((doc, page, pages) => {
    doc.hline(doc.height - 40, doc.left, doc.right, 0.3, GRAY);
    doc.text(doc.left, doc.height - 31, `${service} im Auftrag von ${corp} · Maschinell erstellt, ohne Unterschrift gültig / Generated electronically, valid without signature`, { size: 6, color: GRAY });
    doc.text(doc.left, doc.height - 23, `Rückfragen / Questions: payroll.de@${corp.split(' ')[0].toLowerCase()}.com · Bei Abweichungen zwischen deutscher und englischer Fassung gilt die deutsche.`, { size: 6, color: GRAY });
    doc.text(doc.right, doc.height - 23, `${page}/${pages}`, { size: 7, align: 'right', color: GRAY });
  });
  truth(ctx, p);
}

/**
 * blind9: a construction firm's payslip for a site worker, printed by the payroll office on a
 * pressure-sealed self-mailer (Drucksiegelbrief): perforated tear-off edges and fold marks, the
 * form's captions pre-printed in green with the values typed in Courier into its cells. The
 * employer in a framed box beside the window with its company and SOKA-BAU account numbers; the
 * worker's particulars as two rows of small cells (birth date, tax class, pay group, the tariff
 * hourly wage and the total tariff hourly wage with the construction supplement); the earnings
 * as a ledger of wage types with tax/SV flags; the taxes as a month / year-to-date matrix; the
 * contributions as one row per branch with the assessment base, the employee's and the
 * employer's share; the statutory net in a frame; then a mid-month instalment and other
 * deductions before the transfer; at the foot the SOKA-BAU holiday account with the remaining
 * holiday pay and the working-time account, and the collective agreement's two-month limit for
 * complaints.
 */
function blind9BauDrucksiegel(ctx: Ctx): void {
  const rng = ctx.rng;
  // site workers are paid by the hour; the foreman (Polier) gets a monthly wage
  const polier = rng.chance(0.15);
  const fits = (q: Payroll) => (polier ? !q.stunden && q.grundgehalt > 3000 : !!q.stunden && q.stunden >= 120);
  let p = payroll(rng.fork('bau0'), ctx.today);
  for (let i = 1; i < 60 && !fits(p); i++) p = payroll(rng.fork(`bau${i}`), ctx.today);
  const emp = p.employee;
  emp.title = undefined;
  const boss = fake.person(rng);
  const firm = rng.pick([
    `${boss.last} Hoch- und Tiefbau GmbH`,
    `Bauunternehmung ${boss.last} GmbH & Co. KG`,
    `${boss.last} Bau GmbH`,
    `${rng.pick(['Elbtal', 'Saaletal', 'Rheinland', 'Nordwest', 'Havelland', 'Mittelland'])} Straßen- und Tiefbau GmbH`,
    `${boss.last} & Söhne Bauunternehmen GmbH`,
  ]);
  p.employer = fake.organisation(rng, firm, p.employer.address.city);
  const office = rng.pick([`Lohnbüro ${fake.person(rng).last}`, `Steuerberatungsgesellschaft ${fake.person(rng).last} mbH`, `Bau-Lohnservice ${p.employer.address.city} GmbH`]);
  const monthNo = Number(p.month.slice(5, 7));
  const first = `${p.month}-01`;
  const last = lastOfMonth(first);
  const hourly = !!p.stunden;
  const gtl = p.stundenlohn ?? 0;
  const tl = cents(gtl / 1.059);
  const lohngruppe = hourly ? rng.pick(['LG 2 · Fachwerker', 'LG 3 · Facharbeiter', 'LG 4 · Spezialfacharbeiter', 'LG 1 · Werker']) : 'LG 6 · Polier';
  const abschlag = rng.chance(0.45) ? Math.min(rng.pick([300, 400, 500, 600, 800]), Math.floor(p.netto / 200) * 100) : 0;
  const after = [...(abschlag > 0 ? [{ label: `Abschlag vom 15.${p.month.slice(5, 7)}.`, amount: abschlag }] : []), ...p.abzuege];
  const payout = cents(p.netto - after.reduce((s, a) => s + a.amount, 0));
  const svBrutto = p.steuerBrutto;
  const kvRate = 7.3 + p.kvZusatz / 2;
  const pvAnRate = (p.pv / svBrutto) * 100;
  const n = (v: number) => decimal(v);

  const green: Color = rng.pick([[0.05, 0.42, 0.28], [0.1, 0.3, 0.55], [0.55, 0.25, 0.05]] as const);
  const tint: Color = green[2] > 0.5 ? [0.9, 0.93, 0.98] : green[0] > 0.5 ? [0.98, 0.93, 0.88] : [0.9, 0.96, 0.92];
  const d = ctx.start({ family: 'courier', size: 8.5, margins: { left: 40, right: 36, top: 40, bottom: 48 } });
  const W = d.contentWidth;
  /** a pre-printed caption */
  const cap = (x: number, y: number, t: string, o: { size?: number; bold?: boolean; align?: 'left' | 'right' | 'center' } = {}) =>
    d.text(x, y, t, { font: o.bold ? 'helvetica-bold' : 'helvetica', size: o.size ?? 5.8, color: green, align: o.align });
  /** a pre-printed cell with a caption at its top left and the typed value */
  const cell = (x: number, y: number, w: number, h: number, label: string, value: Cell, o: { align?: 'right'; bold?: boolean } = {}) => {
    d.rect(x, y, w, h, { stroke: green, lineWidth: 0.5 });
    cap(x + 2.5, y + 6.5, label);
    const c = typeof value === 'string' ? { text: value } : value;
    d.text(o.align === 'right' ? x + w - 4 : x + 4, y + h - 4, c.text, { size: 8.5, field: c.field, align: o.align, font: o.bold ? 'courier-bold' : 'courier' });
  };

  // the mailer: perforated side strips, a tear line at the top, fold marks
  for (const x of [16, d.width - 16]) for (let y = 6; y < d.height - 6; y += 7) d.line(x, y, x, y + 3.5, 0.5, [0.55, 0.55, 0.55]);
  cap(d.width / 2, 16, rng.pick(['VERTRAULICH – Zum Öffnen die Randstreifen an der Perforation abtrennen', 'Persönlich / Vertraulich · Hier öffnen: seitliche Streifen abreißen']), { size: 6, align: 'center' });
  for (const y of [d.height / 3, (d.height * 2) / 3]) d.line(4, y, 12, y, 0.5, green);

  // pre-printed head
  cap(d.left, 46, ctx.pick([], ['Verdienstabrechnung', 'Lohnabrechnung gewerbliche Arbeitnehmer', 'Lohn- und Verdienstnachweis']), { size: 13, bold: true });
  cap(d.left, 56, 'Baugewerbe · BRTV / TV Mindestlohn · Lohnabrechnungsformular LA 12', { size: 6.5 });
  const mtext = monthText(p.month, rng.pick(['mm/yyyy', 'mm.yyyy', 'Monat yyyy'] as const));
  cell(380, 34, 90, 24, ctx.pick([], ['Lohnmonat', 'Abrechnungsmonat', 'Abr.-Monat']), { text: mtext, field: 'abrechnungsmonat' }, { bold: true });
  cell(470, 34, d.right - 470, 24, 'Blatt', '1');
  cap(380, 68, `Abrechnungszeitraum`);
  d.text(450, 68, `${ctx.ndate(first)} - ${ctx.ndate(last)}`, { size: 7.5 });
  cap(380, 78, 'Zahltag');
  d.text(450, 78, ctx.ndate(addDays(last, rng.pick([-2, 0, 10, 14]))), { size: 7.5 });

  d.text(d.left, 134, `${office}, ${fake.address(rng, { city: p.employer.address.city }).street} ${rng.int(1, 80)}, ${p.employer.address.plz} ${p.employer.address.city}`, { size: 6, font: 'helvetica', color: GRAY });
  d.hline(137, d.left, d.left + 240, 0.3, GRAY);
  addressWindow(d, [emp.gender === 'f' ? 'Frau' : 'Herrn', { text: `${emp.first} ${emp.last}`, field: 'arbeitnehmer_name' }, `${p.address.street} ${p.address.no}`, `${p.address.plz} ${p.address.city}`], 152);

  // the employer box
  const ex = 330;
  d.rect(ex, 100, d.right - ex, 110, { stroke: green, lineWidth: 0.7 });
  d.rect(ex, 100, d.right - ex, 11, { fill: tint });
  cap(ex + 4, 108, 'Arbeitgeber / Betrieb', { size: 6.5, bold: true });
  d.text(ex + 5, 124, firm, { size: 8.5, bold: true, font: 'courier-bold', field: 'arbeitgeber' });
  d.text(ex + 5, 135, `${p.employer.address.street} ${p.employer.address.no}`, { size: 8 });
  d.text(ex + 5, 145, `${p.employer.address.plz} ${p.employer.address.city}`, { size: 8 });
  const eRows: [string, string][] = [
    ['Betriebsnummer', rng.digits(8)],
    ['SOKA-BAU Betriebskonto', `${rng.digits(3)} ${rng.digits(3)} ${rng.digits(2)}`],
    ['Telefon Lohnbüro', p.employer.phone],
  ];
  eRows.forEach(([l, v], i) => {
    cap(ex + 5, 160 + i * 10, l);
    d.text(ex + 90, 160 + i * 10, v, { size: 7.5 });
  });
  cap(ex + 5, 200, `Abrechnung erstellt durch ${office}`, { size: 5.5 });

  // the worker's particulars: two rows of cells
  let y = 226;
  const row1: [number, string, string][] = [
    [62, 'Pers.-Nr.', p.personalnummer],
    [70, 'Eintritt', ctx.ndate(p.eintritt)],
    [70, 'Geburtsdatum', ctx.ndate(emp.birth)],
    [40, 'StKl', String(p.steuerklasse)],
    [42, 'Kinderfr.', decimal(p.kinderfreibetrag, 1)],
    [36, 'Konf.', p.konfession],
    [0, 'Krankenkasse / Zusatzbeitrag', `${p.krankenkasse} ${decimal(p.kvZusatz)} %`],
  ];
  const row2: [number, string, string][] = [
    [104, 'Sozialversicherungs-Nr.', p.svNummer],
    [104, 'Steuer-Identifikationsnr.', p.steuerId],
    [120, 'Lohngruppe', lohngruppe],
    [70, hourly ? 'Tarifstundenlohn' : 'Monatslohn', hourly ? n(tl) : n(p.grundgehalt)],
    [0, hourly ? 'GTL (inkl. 5,9 % Bauzuschlag)' : 'Baustelle / Kostenstelle', hourly ? n(gtl) : `${rng.digits(4)}`],
  ];
  for (const r of [row1, row2]) {
    let x = d.left;
    for (const [w, l, v] of r) {
      const ww = w || d.right - x;
      cell(x, y, ww, 22, l, v);
      x += ww;
    }
    y += 22;
  }

  // earnings ledger
  y += 12;
  const cx = { la: d.left + 3, bez: d.left + 34, menge: d.left + 290, satz: d.left + 350, betrag: d.left + 440, st: d.left + 462, sv: d.left + 490 };
  const band = (title: string, heads: boolean) => {
    d.rect(d.left, y, W, 13, { fill: tint });
    d.hline(y, d.left, d.right, 0.6, green);
    cap(cx.la, y + 9, heads ? 'LA' : '', { bold: true, size: 6.3 });
    cap(heads ? cx.bez : cx.la, y + 9, title, { bold: true, size: 6.8 });
    if (heads) {
      cap(cx.menge, y + 9, 'Std./Tage', { bold: true, size: 6.3, align: 'right' });
      cap(cx.satz, y + 9, 'Satz', { bold: true, size: 6.3, align: 'right' });
      cap(cx.betrag, y + 9, 'Betrag EUR', { bold: true, size: 6.3, align: 'right' });
      cap(cx.st, y + 9, 'St', { bold: true, size: 6.3 });
      cap(cx.sv, y + 9, 'SV', { bold: true, size: 6.3 });
    }
    y += 17;
  };
  const led = (la: string, bez: string, betrag: Cell, o: { menge?: string; satz?: string; st?: string; sv?: string; bold?: boolean } = {}) => {
    const c = typeof betrag === 'string' ? { text: betrag } : betrag;
    const font = o.bold ? 'courier-bold' : 'courier';
    d.text(cx.la, y + 8, la, { size: 8, font });
    d.text(cx.bez, y + 8, bez, { size: 8, font });
    if (o.menge) d.text(cx.menge, y + 8, o.menge, { size: 8, align: 'right' });
    if (o.satz) d.text(cx.satz, y + 8, o.satz, { size: 8, align: 'right' });
    d.text(cx.betrag, y + 8, c.text, { size: 8, align: 'right', field: c.field, font });
    if (o.st) d.text(cx.st, y + 8, o.st, { size: 8 });
    if (o.sv) d.text(cx.sv, y + 8, o.sv, { size: 8 });
    y += 11;
  };
  band('Bezüge', true);
  if (hourly) led('1000', rng.pick(['Lohn GTL', 'Stundenlohn GTL', 'Gesamttarifstundenlohn']), n(p.grundgehalt), { menge: decimal(p.stunden!), satz: n(gtl), st: 'L', sv: 'L' });
  else led('1100', 'Monatslohn Polier', n(p.grundgehalt), { st: 'L', sv: 'L' });
  const CODES: Record<string, string> = { 'Vermögenswirksame Leistungen AG': '1600', 'Zuschlag Sonntagsarbeit stfr.': '1310', 'Nachtzuschlag 25 % stfr.': '1320', 'Fahrtkostenzuschuss pauschal': '1700' };
  p.zulagen.forEach((z, i) => led(CODES[z.label] ?? String(1200 + i * 10), z.label.replace('Vermögenswirksame Leistungen AG', 'VwL Arbeitgeberanteil (TV VwL Bau)'), n(z.amount), { st: z.steuerfrei ? 'F' : /Einmal|Urlaubs|Weihnachts/.test(z.label) ? 'S' : 'L', sv: z.steuerfrei ? 'F' : /Einmal|Urlaubs|Weihnachts/.test(z.label) ? 'E' : 'L' }));
  d.line(cx.betrag - 70, y + 1, cx.betrag, y + 1, 0.5);
  y += 3;
  led('', ctx.pick([], ['Bruttolohn gesamt', 'Gesamtbruttolohn', 'Brutto-Verdienst']), { text: n(p.brutto), field: 'brutto' }, { bold: true });
  y += 6;

  // taxes: month and year to date
  band('Steuerabzüge', false);
  const tcols = [d.left + 130, d.left + 230, d.left + 320, d.left + 410, d.right - 4];
  ['Steuerbrutto', 'Lohnsteuer', 'Solidaritätszuschlag', `Kirchensteuer ${p.konfession === '--' ? '' : p.konfession}`.trim(), 'Summe Steuern'].forEach((h, i) => cap(tcols[i], y + 6, h, { size: 6.3, align: 'right' }));
  y += 8;
  const taxes = cents(p.lohnsteuer + p.soli + p.kirchensteuer);
  const ytdSb = cents(p.jahresBrutto * (p.steuerBrutto / p.brutto));
  const ytdSoli = p.soli ? cents(p.jahresLohnsteuer * 0.055) : 0;
  const ytdKist = p.kirchensteuer ? cents(p.jahresLohnsteuer * (p.kirchensteuer / p.lohnsteuer)) : 0;
  const trow = (label: string, vals: Cell[]) => {
    cap(d.left + 3, y + 8, label, { size: 6.3 });
    vals.forEach((v, i) => {
      const c = typeof v === 'string' ? { text: v } : v;
      d.text(tcols[i], y + 8, c.text, { size: 8, align: 'right', field: c.field });
    });
    y += 11;
  };
  trow('laufender Monat', [n(p.steuerBrutto), { text: n(p.lohnsteuer), field: 'lohnsteuer' }, n(p.soli), n(p.kirchensteuer), n(taxes)]);
  trow(`Jahressumme 01-${String(monthNo).padStart(2, '0')}`, [n(ytdSb), n(p.jahresLohnsteuer), n(ytdSoli), n(ytdKist), n(cents(p.jahresLohnsteuer + ytdSoli + ytdKist))]);
  y += 6;

  // contributions: one row per branch, employee and employer side by side
  band('Sozialversicherung', false);
  const scols = { bem: d.left + 200, satz: d.left + 270, an: d.left + 360, ag: d.right - 4 };
  cap(scols.bem, y + 6, 'Bemessungsgrundlage', { size: 6.3, align: 'right' });
  cap(scols.satz, y + 6, 'Satz AN', { size: 6.3, align: 'right' });
  cap(scols.an, y + 6, 'Arbeitnehmeranteil', { size: 6.3, align: 'right', bold: true });
  cap(scols.ag, y + 6, 'Arbeitgeberanteil (nachrichtlich)', { size: 6.3, align: 'right' });
  y += 8;
  const srow = (label: string, satz: number, an: Cell, ag: number) => {
    d.text(d.left + 3, y + 8, label, { size: 8 });
    d.text(scols.bem, y + 8, n(svBrutto), { size: 8, align: 'right' });
    d.text(scols.satz, y + 8, `${decimal(satz, satz * 100 % 10 ? 2 : 1)} %`, { size: 8, align: 'right' });
    const c = typeof an === 'string' ? { text: an } : an;
    d.text(scols.an, y + 8, c.text, { size: 8, align: 'right', field: c.field });
    d.text(scols.ag, y + 8, n(ag), { size: 8, align: 'right', color: GRAY });
    y += 11;
  };
  srow('Krankenversicherung', kvRate, { text: n(p.kv), field: 'krankenversicherung' }, p.kv);
  srow('Rentenversicherung', 9.3, { text: n(p.rv), field: 'rentenversicherung' }, p.rv);
  srow('Arbeitslosenversicherung', 1.3, n(p.av), p.av);
  srow('Pflegeversicherung', Math.round(pvAnRate * 10) / 10, n(p.pv), cents(svBrutto * 0.018));
  const sv = cents(p.kv + p.rv + p.av + p.pv);
  d.line(scols.an - 70, y + 1, scols.an, y + 1, 0.5);
  y += 3;
  d.text(d.left + 3, y + 8, 'Summe Sozialversicherung', { size: 8 });
  d.text(scols.an, y + 8, n(sv), { size: 8, align: 'right' });
  y += 16;

  // the statutory net
  d.rect(d.left, y, W, 20, { stroke: green, lineWidth: 1.2 });
  cap(d.left + 6, y + 13, ctx.pick([], ['Nettolohn (Brutto ./. Steuern ./. Sozialversicherung)', 'Nettoverdienst gesetzlich', 'Netto-Lohn']), { size: 8, bold: true });
  d.text(cx.betrag, y + 14, n(p.netto), { size: 10, font: 'courier-bold', align: 'right', field: 'netto' });
  y += 28;
  if (after.length) {
    band('Be- und Abzüge nach Netto', false);
    after.forEach((a, i) => led(String(8000 + i * 10 + rng.int(1, 9)), a.label, `-${n(a.amount)}`));
    y += 4;
  }
  d.rect(d.left, y, W, 32, { fill: tint });
  d.rect(d.left, y, W, 32, { stroke: green, lineWidth: 0.6 });
  cap(d.left + 6, y + 12, rng.pick(['Überweisungsbetrag', 'Auszahlung']), { size: 8, bold: true });
  d.text(cx.betrag, y + 13, n(payout), { size: 10, font: 'courier-bold', align: 'right' });
  cap(d.left + 6, y + 25, 'Bank / IBAN', { size: 6 });
  d.text(d.left + 60, y + 25, `${p.bank.name}  ${ctx.iban(p.iban)}`, { size: 7.5 });
  y += 42;

  // SOKA-BAU holiday account and working-time account
  const urlaubTage = 30;
  const vorjahr = rng.int(0, 8);
  const genommen = rng.int(0, Math.min(urlaubTage, monthNo * 3));
  const rest = urlaubTage + vorjahr - genommen;
  const urlaubProTag = cents((p.brutto * 3) / 65 * 1.143);
  d.rect(d.left, y, W, 50, { stroke: green, lineWidth: 0.5 });
  cap(d.left + 4, y + 9, 'Urlaubskonto nach § 8 BRTV (Urlaubskasse SOKA-BAU)', { size: 6.5, bold: true });
  const ucols: [string, string][] = [
    ['Resturlaub Vorjahr', `${vorjahr} Tage`],
    ['Anspruch lfd. Jahr', `${urlaubTage} Tage`],
    ['gewährt bis Monatsende', `${genommen} Tage`],
    ['Resturlaub', `${rest} Tage`],
    ['Urlaubsvergütung je Tag', n(urlaubProTag)],
    ['Resturlaubsvergütung', n(cents(urlaubProTag * rest))],
  ];
  const uw = (W - 8) / ucols.length;
  ucols.forEach(([l, v], i) => {
    cap(d.left + 4 + i * uw, y + 22, l, { size: 5.8 });
    d.text(d.left + 4 + i * uw, y + 33, v, { size: 8 });
  });
  cap(d.left + 4, y + 45, 'Arbeitszeitkonto (Ausgleichskonto) Saldo Std.:', { size: 6 });
  d.text(d.left + 150, y + 45, decimal(rng.int(-20, 150) + rng.pick([0, 0.5]), 2), { size: 8 });
  cap(d.left + 260, y + 45, `SOKA-BAU Beitrag (AG, nachrichtlich): ${decimal(rng.pick([20.8, 20.4, 19.7]), 2)} % der Bruttolohnsumme`, { size: 6 });
  y += 58;
  cap(d.left, y + 6, 'Schlüssel St: L = laufender Bezug, S = sonstiger Bezug, F = steuerfrei · SV: L = laufend, E = Einmalbezug, F = beitragsfrei · Beträge in EUR', { size: 5.8 });

  d.onEveryPage((doc) => {
    cap(doc.left, doc.height - 34, 'Bitte prüfen Sie diese Abrechnung sofort. Ansprüche aus dem Arbeitsverhältnis verfallen, wenn sie nicht innerhalb von zwei Monaten nach', { size: 6 });
    cap(doc.left, doc.height - 26, `Fälligkeit schriftlich geltend gemacht werden (§ 14 BRTV). Formular LA 12 · ${office}`, { size: 6 });
  });
  truth(ctx, p);
}

/**
 * blind10: the payslip of a church welfare organisation's employee (Caritas / Diakonie, pay under
 * the church's own wage rules AVR), printed by the diocese's or regional association's central
 * payroll office for the employing institution. The payroll office signs at the top, the employing
 * institution ("Dienstgeber") sits in a box beside the window with its tariff; the slip is one
 * column of sections with their headings hanging in a grey left margin: personal data as inline
 * "label value" pairs, the earnings with a period column (time supplements paid one month late,
 * for the previous month), the taxes as three header cells over their values, the social insurance
 * as a transposed matrix (branches as columns, base / employee's rate / employee's share /
 * employer's share as rows), the statutory net on a rule, the church's supplementary pension
 * (Zusatzversorgung: the employer's levy and the employee's own share taken after the net), the
 * transfer, the year's running totals, the holiday account and the six-month limit for claims.
 */
function blind10AvrZentraleGehaltsabrechnung(ctx: Ctx): void {
  const rng = ctx.rng;
  const p = payroll(rng, ctx.today);
  const emp = p.employee;
  emp.title = undefined;
  const city = p.employer.address.city;
  const diakonie = rng.chance(0.45);
  const saint = rng.pick(['Elisabeth', 'Josef', 'Marien', 'Vinzenz', 'Franziskus', 'Hedwig', 'Martin', 'Antonius']);
  const firm = diakonie
    ? rng.pick([`Diakoniestation ${city} gGmbH`, `Evangelisches Altenzentrum ${city} gGmbH`, `Diakonisches Werk ${city} e.V.`, `Ev. Kinder- und Jugendhilfe ${city} gGmbH`])
    : rng.pick([`Caritasverband für die Stadt ${city} e.V.`, `St. ${saint}-Krankenhaus ${city} gGmbH`, `Caritas-Altenhilfe St. ${saint} gGmbH`, `Kath. Kirchengemeinde St. ${saint} ${city}`]);
  p.employer = fake.organisation(rng, firm, city);
  const region = rng.pick(['Nord', 'Mitte', 'Süd', 'West', 'Ost']);
  const office = diakonie
    ? rng.pick([`Zentrale Personalabrechnung der Diakonie ${region}`, `Diakonie-Service ${region} GmbH · Entgeltabrechnung`])
    : rng.pick([`Zentrale Gehaltsabrechnungsstelle (ZGASt) im Caritasverband ${region}`, `Caritas Service- und Abrechnungszentrum ${region}`]);
  const officeCity = rng.pick(fake.PLACES_PLZ);
  const tarif = diakonie ? rng.pick(['AVR Diakonie Deutschland', 'AVR-DD', 'KAT (Kirchlich-diakonischer Tarifvertrag)']) : rng.pick(['AVR Caritas, Anlage 31', 'AVR Caritas, Anlage 32', 'AVR Caritas, Anlage 33']);
  const eg = diakonie ? `EG ${rng.int(3, 10)} / Erfahrungsstufe ${rng.int(1, 6)}` : rng.pick([`P ${rng.int(5, 9)} / Stufe ${rng.int(1, 6)}`, `EG ${rng.int(4, 11)} / Stufe ${rng.int(1, 6)}`, `S ${rng.int(4, 12)} / Stufe ${rng.int(1, 6)}`]);
  const vollzeit = diakonie ? 39 : 39;
  const stunden = p.stunden ? Math.min(vollzeit, Math.round((p.stunden / 4.348) * 2) / 2) : rng.pick([19.5, 25, 30, 35, 39, 39]);
  const quote = (stunden / vollzeit) * 100;
  const zvk = diakonie ? rng.pick(['EZVK (Evangelische Zusatzversorgungskasse)', 'KZVK Dortmund', 'VBL']) : rng.pick(['KZVK Köln', 'Selbsthilfe / KZVK', 'VBL']);
  const umlageAg = rng.pick([4.8, 5.0, 5.2, 4.7]);
  const eigenAn = rng.pick([0, 1.41, 1.81, 0.4]);
  const zvEntgelt = p.steuerBrutto;
  const zvAn = cents((zvEntgelt * eigenAn) / 100);
  const zvAg = cents((zvEntgelt * umlageAg) / 100);
  const after = [...(zvAn > 0 ? [{ label: `Eigenbeteiligung Zusatzversorgung (${decimal(eigenAn)} %)`, amount: zvAn }] : []), ...p.abzuege];
  const payout = cents(p.netto - after.reduce((s, a) => s + a.amount, 0));
  const monthNo = Number(p.month.slice(5, 7));
  const prevMonth = addMonths(`${p.month}-01`, -1).slice(0, 7);
  const n = (v: number) => decimal(v);
  const svBase = p.steuerBrutto;
  const kvRate = 7.3 + p.kvZusatz / 2;
  const pvRate = (p.pv / svBase) * 100;
  const ink: Color = diakonie ? [0.45, 0.1, 0.35] : [0.72, 0.1, 0.12];

  const d = ctx.start({ family: 'helvetica', size: 8, margins: { left: 44, right: 40, top: 40, bottom: 56 } });
  const mx = d.left + 92;
  // the payroll office signs at the top
  d.text(d.left, 44, office, { size: 9.5, bold: true, color: ink });
  d.text(d.left, 55, `${fake.address(rng, { city: officeCity[1] }).street} ${rng.int(1, 60)} · ${officeCity[0]} ${officeCity[1]} · Telefon ${fake.phone(rng, officeCity[1])}`, { size: 7, color: GRAY });
  d.hline(62, d.left, d.right, 1.2, ink);
  const title = ctx.pick([], ['Entgeltabrechnung', 'Abrechnung der Dienstbezüge', 'Gehaltsmitteilung']);
  d.text(d.right, 80, title, { size: 13, bold: true, align: 'right' });
  const mtext = monthText(p.month, rng.pick(['Monat yyyy', 'mm/yyyy', 'mm.yyyy'] as const));
  const mLabel = ctx.pick([], ['Abrechnungszeitraum', 'Abrechnung für', 'Monat der Abrechnung']);
  d.text(d.right - 80, 94, `${mLabel}:`, { size: 8, color: GRAY, align: 'right' });
  d.text(d.right, 94, mtext, { size: 9, bold: true, align: 'right', field: 'abrechnungsmonat' });
  d.text(d.right, 105, `erstellt am ${ctx.ndate(addDays(lastOfMonth(`${p.month}-01`), -rng.int(4, 9)))} · Blatt 1 von 1`, { size: 7, align: 'right', color: GRAY });

  // window: the employee, "persönlich" in the notes zone
  d.text(d.left, 128, `${office} · ${officeCity[0]} ${officeCity[1]}`, { size: 6, color: GRAY });
  d.hline(131, d.left, d.left + 230, 0.3, GRAY);
  d.text(d.left, 142, 'Persönlich – vertraulich', { size: 7, italic: true });
  addressWindow(d, [emp.gender === 'f' ? 'Frau' : 'Herrn', { text: `${emp.first} ${emp.last}`, field: 'arbeitnehmer_name' }, `${p.address.street} ${p.address.no}`, `${p.address.plz} ${p.address.city}`], 156);

  // the employing institution
  const bx = 322;
  d.rect(bx, 118, d.right - bx, 78, { stroke: [0.5, 0.5, 0.5], lineWidth: 0.5 });
  d.text(bx + 6, 129, ctx.pick([], ['Dienstgeber', 'Anstellungsträger', 'Dienstgeber / Einrichtung']), { size: 6.5, color: GRAY });
  // the name on one line, smaller when it is long
  const fs = Math.min(9, 9 * ((d.right - bx - 12) / d.measure(firm, { size: 9, bold: true })));
  d.text(bx + 6, 142, firm, { size: fs, bold: true, field: 'arbeitgeber' });
  const fy = 154;
  d.text(bx + 6, fy, `${p.employer.address.street} ${p.employer.address.no}, ${p.employer.address.plz} ${p.employer.address.city}`, { size: 7.5 });
  d.text(bx + 6, fy + 12, `Einrichtungs-Nr. ${rng.digits(4)} · Kostenstelle ${rng.digits(5)}`, { size: 7.5 });
  d.text(bx + 6, fy + 22, `Betriebsnummer ${rng.digits(8)}`, { size: 7.5 });
  d.text(bx + 6, fy + 32, `Tarifwerk: ${tarif}`, { size: 7.5 });

  d.y = 232;
  const head = (t: string) => {
    d.ensure(40);
    d.move(5);
    d.hline(d.y, d.left, d.right, 0.4, GRAY);
    d.text(d.left, d.y + 11, t, { size: 7.5, bold: true, color: ink });
    d.move(4);
  };

  // personal data as inline pairs, three to a line
  head('Persönliche Daten');
  const pairs: [string, string][] = [
    ['Pers.-Nr.', p.personalnummer],
    ['geb. am', ctx.ndate(emp.birth)],
    ['Eintritt', ctx.ndate(p.eintritt)],
    ['Eingruppierung', eg],
    ['Beschäftigungsumfang', `${decimal(stunden)} / ${vollzeit},00 Std. (${decimal(quote)} %)`],
    ['StKl / Kinderfr.', `${p.steuerklasse} / ${decimal(p.kinderfreibetrag, 1)}`],
    ['Konfession', p.konfession === '--' ? 'keine' : p.konfession === 'ev' ? 'ev' : 'rk'],
    ['Krankenkasse', `${p.krankenkasse} (Zusatzbeitrag ${decimal(p.kvZusatz)} %)`],
    ['SV-Nummer', p.svNummer],
    ['Steuer-ID', p.steuerId],
    ['Zusatzversorgung', zvk],
  ];
  const pw = (d.right - mx) / 2;
  pairs.forEach(([l, v], i) => {
    const x = mx + (i % 2) * pw;
    if (i % 2 === 0) d.move(11);
    const lw = d.measure(l, { size: 7 });
    d.text(x, d.y, l, { size: 7, color: GRAY });
    d.text(x + lw + 5, d.y, v, { size: 8 });
  });
  d.move(8);

  // earnings with a period column
  head('Bezüge');
  const ec = { la: mx, bez: mx + 34, zr: mx + 230, anteil: mx + 310, betrag: d.right };
  const th = (cells: [number, string, ('right' | undefined)?][]) => {
    for (const [x, t, a] of cells) d.text(x, d.y + 6, t, { size: 6.5, color: GRAY, align: a });
    d.move(9);
  };
  th([[ec.la, 'Lohnart'], [ec.bez, 'Bezeichnung'], [ec.zr, 'für Zeitraum'], [ec.anteil, 'Anteil / Std.', 'right'], [ec.betrag, 'Betrag EUR', 'right']]);
  const erow = (la: string, bez: string, zr: string, anteil: string, betrag: Cell, bold = false) => {
    const c = typeof betrag === 'string' ? { text: betrag } : betrag;
    d.row([
      { x: ec.la, text: la },
      { x: ec.bez, text: bez, bold },
      { x: ec.zr, text: zr },
      { x: ec.anteil, text: anteil, align: 'right' },
      { x: ec.betrag, text: c.text, align: 'right', field: c.field, bold },
    ], { size: 8 });
  };
  const mm = monthText(p.month, 'mm/yyyy');
  const pm = monthText(prevMonth, 'mm/yyyy');
  if (p.stunden) erow('0110', 'Stundenentgelt', mm, `${decimal(p.stunden)} Std. à ${n(p.stundenlohn!)}`, n(p.grundgehalt));
  else erow('0100', diakonie ? 'Grundentgelt' : 'Tabellenentgelt', mm, `${decimal(quote)} %`, n(p.grundgehalt));
  const rename: Record<string, string> = {
    Schichtzulage: 'Wechselschichtzulage',
    Erschwerniszulage: 'Zulage Pflege/Betreuung',
    Leistungszulage: 'Leistungsentgelt',
    Funktionszulage: 'Leitungszulage',
    'Vermögenswirksame Leistungen AG': 'Vermögenswirksame Leistung (Dienstgeber)',
    'Zuschlag Sonntagsarbeit stfr.': 'Zeitzuschlag Sonn-/Feiertag (stfr.)',
    'Nachtzuschlag 25 % stfr.': 'Zeitzuschlag Nachtarbeit (stfr.)',
    'Fahrtkostenzuschuss pauschal': 'Fahrtkostenzuschuss (pauschal vers.)',
  };
  p.zulagen.forEach((z, i) => {
    // time supplements are paid in the month after the work
    const late = /Sonntag|Nacht/.test(z.label);
    erow(String(late ? 1400 + i : 1200 + i * 10), rename[z.label] ?? z.label, late ? pm : mm, '', n(z.amount));
  });
  d.hline(d.y + 1, ec.anteil + 20, d.right, 0.4);
  d.move(3);
  erow('', ctx.pick([], ['Gesamtbrutto', 'Summe Bezüge', 'Bruttobezüge insgesamt']), '', '', { text: n(p.brutto), field: 'brutto' }, true);
  d.move(2);
  d.row([{ x: ec.bez, text: `davon steuerpflichtig ${n(p.steuerBrutto)} · sozialversicherungspflichtig ${n(svBase)} · zusatzversorgungspflichtig ${n(zvEntgelt)}`, size: 7, color: GRAY }], { size: 7 });
  d.move(4);

  // taxes: three header cells over their values
  head('Steuern');
  const tw = (d.right - mx) / 4;
  const tHeads = ['Lohnsteuer', 'Solidaritätszuschlag', `Kirchensteuer${p.konfession === '--' ? '' : ` (${p.konfession})`}`, 'Steuern gesamt'];
  const taxes = cents(p.lohnsteuer + p.soli + p.kirchensteuer);
  const tVals: Cell[] = [{ text: n(p.lohnsteuer), field: 'lohnsteuer' }, n(p.soli), n(p.kirchensteuer), n(taxes)];
  tHeads.forEach((h, i) => {
    d.rect(mx + i * tw, d.y, tw, 11, { fill: [0.93, 0.93, 0.93] });
    d.rect(mx + i * tw, d.y, tw, 24, { stroke: [0.6, 0.6, 0.6], lineWidth: 0.4 });
    d.text(mx + i * tw + 4, d.y + 8, h, { size: 6.5, color: GRAY });
    const c = tVals[i];
    d.text(mx + (i + 1) * tw - 5, d.y + 20.5, typeof c === 'string' ? c : c.text, { size: 8.5, align: 'right', field: typeof c === 'string' ? undefined : c.field });
  });
  d.move(30);

  // social insurance: branches as columns
  head('Sozialversicherung');
  const sc = [mx + 150, mx + 215, mx + 280, mx + 345, d.right];
  const branches = ['Krankenvers.', 'Pflegevers.', 'Rentenvers.', 'Arbeitslosenvers.', 'Summe'];
  branches.forEach((b, i) => d.text(sc[i], d.y + 7, b, { size: 6.8, bold: true, align: 'right' }));
  d.move(10);
  d.hline(d.y, mx, d.right, 0.4);
  const pvAg = cents(svBase * 0.018);
  const an = cents(p.kv + p.pv + p.rv + p.av);
  const ag = cents(p.kv + pvAg + p.rv + p.av);
  const pct = (v: number) => `${decimal(v, Math.round(v * 100) % 10 ? 2 : 1)} %`;
  const srows: [string, Cell[], boolean?][] = [
    ['beitragspflichtiges Entgelt', [n(svBase), n(svBase), n(svBase), n(svBase), '']],
    ['Beitragssatz Arbeitnehmer', [pct(kvRate), pct(Math.round(pvRate * 10) / 10), pct(9.3), pct(1.3), '']],
    [ctx.pick([], ['Arbeitnehmeranteil', 'Eigenanteil Beschäftigte/r', 'Anteil Mitarbeiter/in']), [{ text: n(p.kv), field: 'krankenversicherung' }, n(p.pv), { text: n(p.rv), field: 'rentenversicherung' }, n(p.av), n(an)], true],
    ['Dienstgeberanteil (nachrichtlich)', [n(p.kv), n(pvAg), n(p.rv), n(p.av), n(ag)]],
  ];
  for (const [label, vals, bold] of srows) {
    d.row([{ x: mx, text: label, color: bold ? undefined : GRAY, bold }, ...vals.map((v, i) => ({ x: sc[i], text: typeof v === 'string' ? v : v.text, field: typeof v === 'string' ? undefined : v.field, align: 'right' as const, bold, color: label.startsWith('Dienstgeber') ? GRAY : undefined }))], { size: 8, minHeight: 12 });
  }
  d.move(4);

  // the statutory net on a rule
  d.hline(d.y, mx, d.right, 0.9);
  d.move(2);
  d.row([
    { x: mx, text: ctx.pick([], ['Nettoentgelt', 'Gesetzliches Nettoentgelt', 'Netto nach gesetzl. Abzügen']), bold: true },
    { x: mx + 200, text: `(${n(p.brutto)} – ${n(taxes)} – ${n(an)})`, color: GRAY, size: 7 },
    { x: d.right, text: n(p.netto), align: 'right', bold: true, field: 'netto' },
  ], { size: 9, minHeight: 14 });
  d.hline(d.y, mx, d.right, 0.9);
  d.move(4);

  // supplementary pension
  head('Zusatzversorgung');
  const zrows: [string, string][] = [
    [`zusatzversorgungspflichtiges Entgelt (${zvk.replace(/ \(.*\)$/, '')})`, n(zvEntgelt)],
    [`Umlage Dienstgeber ${decimal(umlageAg)} % (nachrichtlich)`, n(zvAg)],
    [`Eigenbeteiligung Mitarbeiter/in ${decimal(eigenAn)} %`, n(zvAn)],
  ];
  for (const [l, v] of zrows) d.row([{ x: mx, text: l }, { x: d.right, text: v, align: 'right' }], { size: 8 });
  d.move(4);

  // transfer
  head('Auszahlung');
  d.row([{ x: mx, text: rng.pick(['Nettoentgelt', 'Netto']) + ' (s. o.)', color: GRAY }, { x: d.right, text: n(p.netto), align: 'right', color: GRAY }], { size: 8 });
  for (const a of after) d.row([{ x: mx, text: `./. ${a.label}` }, { x: d.right, text: `-${n(a.amount)}`, align: 'right' }], { size: 8 });
  d.move(2);
  d.rect(mx - 4, d.y, d.right - mx + 8, 30, { fill: [0.94, 0.94, 0.94] });
  d.row([{ x: mx, text: rng.pick(['Überweisungsbetrag', 'Auszahlungsbetrag']), bold: true }, { x: d.right, text: n(payout), bold: true, align: 'right' }], { size: 9, minHeight: 14 });
  d.row([{ x: mx, text: `${p.bank.name} · IBAN ${ctx.iban(p.iban)} · Wertstellung ${ctx.ndate(addDays(lastOfMonth(`${p.month}-01`), rng.pick([-3, -2, 0])))}`, size: 7.5 }], { size: 7.5, minHeight: 14 });
  d.move(4);

  // year's totals
  head(`Jahreswerte 01–${String(monthNo).padStart(2, '0')}`);
  const jw = (d.right - mx) / 4;
  const ytd: [string, string][] = [
    ['Steuerbrutto', n(cents(p.jahresBrutto * (p.steuerBrutto / p.brutto)))],
    ['Lohnsteuer', n(p.jahresLohnsteuer)],
    ['SV-Brutto', n(cents(p.jahresBrutto * (svBase / p.brutto)))],
    ['ZV-Entgelt', n(cents(p.jahresBrutto * (zvEntgelt / p.brutto)))],
  ];
  ytd.forEach(([l, v], i) => {
    d.text(mx + i * jw, d.y + 7, l, { size: 6.5, color: GRAY });
    d.text(mx + i * jw, d.y + 17, v, { size: 8 });
  });
  d.move(22);

  // holiday account
  head('Urlaub / Zeitkonto');
  const anspruch = rng.pick([30, 30, 31, 32]);
  const genommen = rng.int(0, Math.min(anspruch, monthNo * 3));
  d.row([
    { x: mx, text: `Jahresurlaub ${anspruch} Tage · genommen ${genommen} · Rest ${anspruch - genommen} Tage` },
    { x: mx + 240, text: `Zeitkonto Saldo ${decimal(rng.int(-12, 60) + rng.pick([0, 0.25, 0.5]))} Std.` },
  ], { size: 8 });

  d.onEveryPage((doc) => {
    doc.hline(doc.height - 44, doc.left, doc.right, 0.3, GRAY);
    doc.text(doc.left, doc.height - 35, `Ansprüche aus dem Dienstverhältnis verfallen, wenn sie nicht innerhalb einer Ausschlussfrist von sechs Monaten nach Fälligkeit schriftlich geltend gemacht werden (${diakonie ? '§ 45 AVR' : '§ 23 AT AVR'}).`, { size: 6.2, color: GRAY });
    doc.text(doc.left, doc.height - 27, `Abgerechnet im Auftrag des Dienstgebers durch: ${office}. Rückfragen bitte unter Angabe der Personalnummer.`, { size: 6.2, color: GRAY });
  });
  ctx.meta.creator = rng.pick(['KIDICAP', 'Loga', 'P&I LOGA']);
  truth(ctx, p);
}

/**
 * blind11: a small business's payslip written by hand on a pre-printed form from a stationery pad
 * (the kind sold as "Lohn- und Gehaltsabrechnung"): the form's lines and captions printed in one
 * spot colour, the firm's rubber stamp in the employer box (sometimes with the owner's name), the
 * month and the employee's particulars in captioned cells, earnings (lines 1–9, hours and rate)
 * and statutory deductions (lines 10–17, employee and employer columns) side by side, the
 * statutory net, advance and other deductions and the payout below, cash with a receipt or a
 * transfer to a handwritten IBAN, the year's running totals carried forward, a remarks box with
 * days of holiday or sickness, signatures. Everything filled in with a ballpoint pen.
 */
function blind11FormularblockHandschrift(ctx: Ctx): void {
  const rng = ctx.rng;
  const p = payroll(rng, ctx.today);
  const emp = p.employee;
  const formInk: Color = rng.pick([[0.08, 0.42, 0.3], [0.55, 0.2, 0.12], [0.15, 0.3, 0.55], [0.35, 0.35, 0.4]] as const);
  const tint: Color = [1 - (1 - formInk[0]) * 0.12, 1 - (1 - formInk[1]) * 0.12, 1 - (1 - formInk[2]) * 0.12];
  const ink: Color = rng.pick([[0.08, 0.12, 0.5], [0.1, 0.1, 0.12], [0.05, 0.2, 0.55]] as const);
  const stampInk: Color = rng.pick([[0.2, 0.25, 0.6], [0.5, 0.12, 0.45], [0.6, 0.12, 0.12]] as const);
  const HAND = 'times-italic' as const;
  const HS = rng.float(10, 11.2);
  const thousands = rng.pick(['.', '', '']);
  const hn = (v: number) => decimal(v, 2, thousands);
  const d = ctx.start({ family: 'helvetica', size: 7.5, margins: { left: 40, right: 40, top: 36, bottom: 40 } });
  const L = d.left;
  const R = d.right;
  /** handwriting: never quite on the line, never quite at the same place */
  const hand = (x: number, baseline: number, text: string, opts: { field?: string; align?: 'right'; size?: number } = {}) =>
    d.text(x + (opts.align === 'right' ? -rng.float(0, 3) : rng.float(0, 4)), baseline + rng.float(-1.5, 0.5), text, { font: HAND, size: opts.size ?? HS, color: ink, field: opts.field, align: opts.align });
  const scribble = (x: number, baseline: number, w: number) => {
    let px = x;
    let py = baseline - rng.float(2, 6);
    const steps = rng.int(6, 10);
    for (let i = 0; i < steps; i++) {
      const nx = px + w / steps + rng.float(-2, 3);
      const ny = baseline - rng.float(0, 11);
      d.line(px, py, nx, ny, 0.8, ink);
      px = nx;
      py = ny;
    }
    d.line(x + rng.float(0, 8), baseline + 2, px, baseline + rng.float(-1, 2), 0.6, ink);
  };
  const cap = (x: number, y: number, text: string, size = 6.2) => d.text(x, y, text, { size, color: formInk });
  /** a captioned cell of the form, optionally with the handwritten entry */
  const cell = (x: number, y: number, w: number, h: number, caption: string, entry?: string, field?: string) => {
    d.rect(x, y, w, h, { stroke: formInk, lineWidth: 0.6 });
    cap(x + 3, y + 7.5, caption);
    if (entry) hand(x + 4, y + h - 5.5, entry, { field });
  };

  // ---- head: employer box with the firm's stamp, the form's title, month and sheet number
  const owner = fake.person(rng, { bornFrom: 1955, bornTo: 1988 });
  const proprietor = /e\.K\.$/.test(p.employer.name) ? 'Inh.' : /GmbH|KG|AG$/.test(p.employer.name) ? 'Geschäftsführer' : undefined;
  d.rect(L, 36, 250, 88, { stroke: formInk, lineWidth: 0.7 });
  cap(L + 3, 44, 'Arbeitgeber (Firmenstempel)');
  const sx = L + 12 + rng.float(0, 14);
  const sy = 52 + rng.float(0, 6);
  const stampLines: { text: string; bold?: boolean; field?: string }[] = [{ text: p.employer.name, bold: true, field: 'arbeitgeber' }];
  if (proprietor && rng.chance(0.45)) stampLines.push({ text: `${proprietor} ${owner.first} ${owner.last}` });
  stampLines.push({ text: `${p.employer.address.street} ${p.employer.address.no}` });
  stampLines.push({ text: `${p.employer.address.plz} ${p.employer.address.city}` });
  stampLines.push({ text: `Tel. ${p.employer.phone}` });
  const sw = Math.min(226, Math.max(...stampLines.map((l) => d.measure(l.text, { size: l.bold ? 8.5 : 7.5, bold: l.bold }))) + 14);
  const shh = stampLines.length * 10 + 8;
  d.rect(sx, sy, sw, shh, { stroke: stampInk, lineWidth: 1.3 });
  stampLines.forEach((l, i) => {
    const size = l.bold ? Math.min(8.5, (8.5 * (sw - 10)) / d.measure(l.text, { size: 8.5, bold: true })) : 7.5;
    d.text(sx + sw / 2, sy + 11 + i * 10, l.text, { size, bold: l.bold, align: 'center', color: stampInk, field: l.field });
  });

  const tx = L + 262;
  d.text(R, 52, ctx.pick([], ['Lohn- und Gehaltsabrechnung', 'Lohn-/Gehaltsabrechnung', 'Verdienstabrechnung']), { size: 14, bold: true, align: 'right', color: formInk });
  d.text(R, 62, 'für Arbeitnehmer (Vordruck)', { size: 7, align: 'right', color: formInk });
  const mStyle = rng.pick(['Monat yyyy', 'Monat yyyy', 'mm/yyyy', 'mm.yyyy', 'mm/yy', 'Monat yy'] as const);
  cell(tx, 72, 138, 26, ctx.pick([], ['Abrechnungsmonat', 'Lohnzahlungszeitraum (Monat/Jahr)', 'Monat / Jahr']), monthText(p.month, mStyle), 'abrechnungsmonat');
  const first = `${p.month}-01`;
  const last = lastOfMonth(first);
  const hdStyle = rng.pick(['dd.mm.yyyy', 'd.m.yyyy', 'dd.mm.yy'] as const);
  const hd = (v: string) => fmt.date(v, hdStyle);
  cell(tx + 138, 72, R - tx - 138, 26, 'Blatt-Nr. / Pers.-Nr.', `${rng.int(1, 12)} / ${p.personalnummer}`);
  cell(tx, 98, R - tx, 26, 'Zeitraum vom … bis …', `${hd(first)} – ${hd(last)}`);

  // ---- the employee's particulars in two rows of cells
  const lastFirst = rng.chance(0.65);
  const nameText = lastFirst ? `${emp.last}, ${emp.first}` : `${emp.first} ${emp.last}`;
  let y = 132;
  const row1: [number, string, string | undefined, string?][] = [
    [190, 'Name, Vorname des Arbeitnehmers', nameText, 'arbeitnehmer_name'],
    [66, 'geb. am', hd(emp.birth)],
    [42, 'St.-Klasse', String(p.steuerklasse)],
    [46, 'Kinderfreib.', p.kinderfreibetrag ? decimal(p.kinderfreibetrag, 1) : '0'],
    [38, 'Konf.', p.konfession === '--' ? '–' : p.konfession],
    [R - L - 382, 'Krankenkasse', p.krankenkasse.replace('Krankenkasse', 'KK')],
  ];
  let x = L;
  for (const [w, c, e, f] of row1) {
    cell(x, y, w, 28, c, e, f);
    x += w;
  }
  y += 28;
  const row2: [number, string, string | undefined][] = [
    [190, 'Anschrift', rng.chance(0.6) ? `${p.address.street} ${p.address.no}, ${p.address.city}` : undefined],
    [110, 'Sozialvers.-Nr.', rng.chance(0.7) ? p.svNummer : undefined],
    [92, 'Steuer-IdNr.', rng.chance(0.5) ? p.steuerId : undefined],
    [50, 'Beitragsgr.', rng.pick(['1111', '1111', '1101'])],
    [R - L - 442, 'Eintritt', hd(p.eintritt)],
  ];
  x = L;
  for (const [w, c, e] of row2) {
    cell(x, y, w, 28, c, e);
    x += w;
  }
  y += 38;

  // ---- panel A (earnings) and panel B (statutory deductions) side by side
  const gap = 8;
  const pw = (R - L - gap) / 2;
  const ax = L;
  const bx = L + pw + gap;
  const rh = 19;
  const no = (x0: number, top: number, n: string) => {
    d.rect(x0 + 2, top + 4, 13, 11, { stroke: formInk, lineWidth: 0.4 });
    d.text(x0 + 8.5, top + 12.5, n, { size: 6.2, align: 'center', color: formInk });
  };
  const band = (x0: number, title: string, cols: [number, string][]) => {
    d.rect(x0, y, pw, 24, { fill: tint });
    d.rect(x0, y, pw, 24, { stroke: formInk, lineWidth: 0.7 });
    d.text(x0 + 4, y + 10, title, { size: 8.5, bold: true, color: formInk });
    for (const [cx, t] of cols) d.text(cx, y + 20, t, { size: 6, color: formInk, align: 'right' });
  };
  const aCols = { menge: ax + 152, satz: ax + 192, betrag: ax + pw - 4 };
  const bCols = { an: bx + 186, ag: bx + pw - 4 };
  band(ax, ctx.pick([], ['A  Bezüge', 'A  Verdienst', 'A  Bruttobezüge']), [[aCols.menge, 'Std./Tage'], [aCols.satz, 'Satz €'], [aCols.betrag, 'Betrag €']]);
  band(bx, ctx.pick([], ['B  Gesetzliche Abzüge', 'B  Steuern und Sozialversicherung']), [[bCols.an, 'Arbeitnehmer €'], [bCols.ag, 'Arbeitgeber €']]);
  const top0 = y + 24;

  const kind = (label: string) => (/Sonntag|Nacht|Fahrt/.test(label) ? 8 : label.startsWith('Vermögens') ? 5 : /Einmal|Urlaubs|Weihnachts/.test(label) ? 7 : 4);
  const aLines: [string, string, { menge?: string; satz?: string; betrag?: string; spec?: string; field?: string; bold?: boolean }][] = [
    ['1', p.stunden ? 'Stundenlohn' : 'Gehalt / Grundlohn', p.stunden ? { menge: decimal(p.stunden), satz: hn(p.stundenlohn!), betrag: hn(p.grundgehalt) } : { betrag: hn(p.grundgehalt) }],
    ['2', 'Mehrarbeit / Überstunden', {}],
    ['3', 'Zuschläge', {}],
    ['4', 'Zulagen', {}],
    ['5', 'Vermögensw. Leistungen (AG)', {}],
    ['6', 'Sachbezüge', {}],
    ['7', 'Sonstige Bezüge / Einmalzahlung', {}],
    ['8', 'steuer- und beitragsfreie Bezüge', {}],
  ];
  const shortHand: Record<string, string> = { Schichtzulage: 'Schicht', Erschwerniszulage: 'Erschwernis', Leistungszulage: 'Leistung', Funktionszulage: 'Funktion', 'Zuschlag Sonntagsarbeit stfr.': 'So.-Zuschl.', 'Nachtzuschlag 25 % stfr.': 'Nacht 25 %', 'Fahrtkostenzuschuss pauschal': 'Fahrtkosten', Einmalzahlung: 'Einmalz.', Urlaubsgeld: 'Urlaubsgeld', 'Weihnachtsgeld anteilig': 'Weihn.-Geld' };
  for (const z of p.zulagen) {
    const line = aLines[kind(z.label) - 1][2];
    const prev = line.betrag ? Number(line.betrag.replace(/\./g, '').replace(',', '.')) : 0;
    line.betrag = hn(cents(prev + z.amount));
    if (!z.label.startsWith('Vermögens')) line.spec = shortHand[z.label];
  }
  // a wrong figure crossed out and the right one written beside it
  const corrected = p.stunden && rng.chance(0.3) ? decimal(p.stunden + rng.pick([8, -8, 4, 10])) : undefined;
  aLines.forEach(([n, label, v], i) => {
    const top = top0 + i * rh;
    d.rect(ax, top, pw, rh, { stroke: formInk, lineWidth: 0.4 });
    no(ax, top, n);
    d.text(ax + 19, top + 12.5, label, { size: 6.8, color: formInk });
    if (v.spec) hand(ax + 22 + d.measure(label, { size: 6.8 }), top + 13.5, `(${v.spec})`, { size: HS - 2 });
    if (v.menge) {
      if (i === 0 && corrected) {
        const w = hand(aCols.menge - 46, top + 14, corrected, { size: HS - 1 });
        d.line(aCols.menge - 47, top + 10, aCols.menge - 44 + w, top + 9, 0.8, ink);
      }
      hand(aCols.menge, top + 14, v.menge, { align: 'right' });
    }
    if (v.satz) hand(aCols.satz, top + 14, v.satz, { align: 'right' });
    if (v.betrag) hand(aCols.betrag, top + 14, v.betrag, { align: 'right', field: v.field });
  });
  // line 9: the gross
  const t9 = top0 + 8 * rh;
  d.rect(ax, t9, pw, rh + 4, { fill: tint });
  d.rect(ax, t9, pw, rh + 4, { stroke: formInk, lineWidth: 0.9 });
  no(ax, t9, '9');
  d.text(ax + 19, t9 + 12.5, ctx.pick([], ['Bruttoverdienst (Summe 1–8)', 'Gesamtbrutto (Zeilen 1 bis 8)', 'Summe Bruttobezüge']), { size: 7, bold: true, color: formInk });
  hand(aCols.betrag, t9 + 15, hn(p.brutto), { align: 'right', field: 'brutto' });
  const t10 = t9 + rh + 4;
  d.rect(ax, t10, pw, 24, { stroke: formInk, lineWidth: 0.4 });
  cap(ax + 4, t10 + 9, 'davon steuerpflichtig');
  cap(ax + 4, t10 + 19, 'davon sozialversicherungspflichtig');
  hand(aCols.betrag, t10 + 10, hn(p.steuerBrutto), { align: 'right', size: HS - 1.5 });
  hand(aCols.betrag, t10 + 21, hn(p.steuerBrutto), { align: 'right', size: HS - 1.5 });

  const pvAg = cents(p.steuerBrutto * 0.018);
  const bLines: [string, string, Cell, Cell][] = [
    ['10', 'Lohnsteuer', { text: hn(p.lohnsteuer), field: 'lohnsteuer' }, ''],
    ['11', 'Solidaritätszuschlag', p.soli ? hn(p.soli) : '–', ''],
    ['12', `Kirchensteuer ${p.konfession === '--' ? '' : p.kirchensteuer ? `${Math.round((p.kirchensteuer / Math.max(p.lohnsteuer, 0.01)) * 100)} %` : ''}`.trim(), p.kirchensteuer ? hn(p.kirchensteuer) : '–', ''],
    ['13', ctx.pick([], ['Krankenversicherung', 'Krankenkasse (KV)']), { text: hn(p.kv), field: 'krankenversicherung' }, hn(p.kv)],
    ['14', 'Pflegeversicherung', hn(p.pv), hn(pvAg)],
    ['15', ctx.pick([], ['Rentenversicherung', 'Rentenvers. (RV)']), { text: hn(p.rv), field: 'rentenversicherung' }, hn(p.rv)],
    ['16', 'Arbeitslosenversicherung', hn(p.av), hn(p.av)],
  ];
  const taxesSv = cents(p.lohnsteuer + p.soli + p.kirchensteuer + p.kv + p.pv + p.rv + p.av);
  const agSum = cents(p.kv + pvAg + p.rv + p.av);
  const txt = (c: Cell) => (typeof c === 'string' ? { text: c } : c);
  bLines.forEach(([n, label, an, ag], i) => {
    const top = top0 + i * rh;
    d.rect(bx, top, pw, rh, { stroke: formInk, lineWidth: 0.4 });
    d.line(bCols.an + 4, top, bCols.an + 4, top + rh, 0.4, formInk);
    no(bx, top, n);
    d.text(bx + 19, top + 12.5, label, { size: 6.8, color: formInk });
    const a = txt(an);
    const g = txt(ag);
    if (a.text) hand(bCols.an, top + 14, a.text, { align: 'right', field: a.field });
    if (g.text) hand(bCols.ag, top + 14, g.text, { align: 'right' });
  });
  // the rows below the employer column: levies the employer alone pays
  const t8 = top0 + 7 * rh;
  d.rect(bx, t8, pw, rh, { stroke: formInk, lineWidth: 0.4 });
  d.line(bCols.an + 4, t8, bCols.an + 4, t8 + rh, 0.4, formInk);
  d.text(bx + 19, t8 + 12.5, 'Umlagen U1/U2/Insolvenzgeld (nur AG)', { size: 6.5, color: formInk });
  if (rng.chance(0.6)) hand(bCols.ag, t8 + 14, hn(cents(p.steuerBrutto * rng.pick([0.0226, 0.0196, 0.0284]))), { align: 'right' });
  const s17 = top0 + 8 * rh;
  d.rect(bx, s17, pw, rh + 4, { fill: tint });
  d.rect(bx, s17, pw, rh + 4, { stroke: formInk, lineWidth: 0.9 });
  d.line(bCols.an + 4, s17, bCols.an + 4, s17 + rh + 4, 0.4, formInk);
  no(bx, s17, '17');
  d.text(bx + 19, s17 + 12.5, 'Summe der Abzüge (10–16)', { size: 7, bold: true, color: formInk });
  hand(bCols.an, s17 + 15, hn(taxesSv), { align: 'right' });
  if (rng.chance(0.5)) hand(bCols.ag, s17 + 15, hn(agSum), { align: 'right' });
  d.rect(bx, t10, pw, 24, { stroke: formInk, lineWidth: 0.4 });
  cap(bx + 4, t10 + 9, 'Beitragssatz KV (allg. + Zusatzbeitrag)');
  cap(bx + 4, t10 + 19, 'Kinderlosenzuschlag PV');
  hand(bCols.ag, t10 + 10, `${decimal(14.6 + p.kvZusatz)} %`, { align: 'right', size: HS - 1.5 });
  hand(bCols.ag, t10 + 21, p.kinderfreibetrag ? 'nein' : 'ja', { align: 'right', size: HS - 1.5 });
  y = t10 + 44;

  // ---- panel C: the net, deductions from the net, the payout
  const cx = R - 4;
  const cLine = (n: string, label: string, opts: { value?: string; field?: string; spec?: string; strong?: boolean } = {}) => {
    const h = opts.strong ? rh + 4 : rh;
    if (opts.strong) d.rect(L, y, R - L, h, { fill: tint });
    d.rect(L, y, R - L, h, { stroke: formInk, lineWidth: opts.strong ? 0.9 : 0.4 });
    d.line(R - 110, y, R - 110, y + h, 0.4, formInk);
    no(L, y, n);
    d.text(L + 19, y + 12.5, label, { size: opts.strong ? 7.5 : 7, bold: opts.strong, color: formInk });
    if (opts.spec) hand(L + 26 + d.measure(label, { size: 7, bold: opts.strong }), y + 13.5, opts.spec, { size: HS - 1.5 });
    if (opts.value) hand(cx, y + (opts.strong ? 15.5 : 14), opts.value, { align: 'right', field: opts.field });
    y += h;
  };
  d.text(L, y - 4, 'C  Nettobetrag und Auszahlung', { size: 8.5, bold: true, color: formInk });
  cLine('18', ctx.pick([], ['Nettoverdienst (Zeile 9 abzüglich Zeile 17)', 'Netto-Arbeitsentgelt (9 ./. 17)', 'Nettolohn (Zeile 9 – Zeile 17)']), { value: hn(p.netto), field: 'netto', strong: true });
  const vorschuss = p.abzuege.find((a) => a.label === 'Vorschuss');
  const others = p.abzuege.filter((a) => a !== vorschuss);
  cLine('19', 'abzüglich Vorschuss / Abschlagszahlung', vorschuss ? { value: hn(vorschuss.amount), spec: `(bar am ${hd(addDays(first, rng.int(9, 17)))})` } : { value: rng.chance(0.5) ? '–' : undefined });
  const otherSum = cents(others.reduce((s, a) => s + a.amount, 0));
  const spec = others.map((a) => (a.label.startsWith('VL') ? 'VL Bausparen' : a.label === 'Jobticket Eigenanteil' ? 'Jobticket' : a.label === 'Sachbezug Verrechnung' ? 'Sachbezug' : a.label)).join(' + ');
  cLine('20', 'abzüglich sonstige Abzüge', others.length ? { value: hn(otherSum), spec: `(${spec})` } : {});
  cLine('21', ctx.pick([], ['Auszahlungsbetrag', 'Auszuzahlender Betrag', 'Zahlbetrag']), { value: hn(p.auszahlung), strong: true });
  y += 10;

  // payment: cash with a receipt or a transfer
  const cash = rng.chance(0.4);
  d.text(L, y + 8, 'Zahlungsweise:', { size: 7.5, bold: true, color: formInk });
  const box = (bx0: number, on: boolean, label: string) => {
    d.rect(bx0, y + 1, 8, 8, { stroke: formInk, lineWidth: 0.6 });
    if (on) d.text(bx0 + 0.5 + rng.float(-0.5, 0.8), y + 8.5 + rng.float(-0.6, 0.6), 'X', { font: HAND, size: 11, color: ink });
    d.text(bx0 + 12, y + 8, label, { size: 7.5, color: formInk });
  };
  box(L + 66, cash, 'bar');
  box(L + 104, !cash, 'Überweisung auf Konto (IBAN)');
  d.hline(y + 12, L + 226, R, 0.5, formInk);
  if (!cash) hand(L + 230, y + 10, fake.groupIban(p.iban));
  y += 18;
  d.text(L + 226, y + 6, 'Kreditinstitut', { size: 6, color: formInk });
  d.hline(y + 16, L + 270, R, 0.5, formInk);
  if (!cash) hand(L + 274, y + 14, p.bank.name, { size: HS - 1 });
  y += 26;

  // the year's running totals carried forward on the employee's wage account
  const monthNo = Number(p.month.slice(5, 7));
  const bisherB = cents(Math.max(0, p.jahresBrutto - p.brutto));
  const bisherL = cents(Math.max(0, p.jahresLohnsteuer - p.lohnsteuer));
  d.text(L, y + 8, `Lohnkonto – Jahressummen ${p.month.slice(0, 4)}`, { size: 8, bold: true, color: formInk });
  y += 12;
  const jx = [L, L + 130, L + 250, L + 370, R];
  const jh = ['', 'Übertrag Vormonate', 'dieser Monat', 'neuer Stand'];
  d.rect(L, y, R - L, 14, { fill: tint });
  jh.forEach((h, i) => i && d.text(jx[i + 1] - 6, y + 10, h, { size: 6.5, color: formInk, align: 'right' }));
  const jrows: [string, number, number][] = [
    ['Bruttoverdienst', bisherB, p.brutto],
    ['Lohnsteuer', bisherL, p.lohnsteuer],
  ];
  for (let i = 0; i <= jrows.length; i++) d.rect(L, y, R - L, 14 + i * 17, { stroke: formInk, lineWidth: 0.4 });
  for (let i = 1; i < 4; i++) d.line(jx[i], y, jx[i], y + 14 + jrows.length * 17, 0.4, formInk);
  jrows.forEach(([l, prev, cur], i) => {
    const top = y + 14 + i * 17;
    d.text(L + 4, top + 11, l, { size: 7, color: formInk });
    if (monthNo > 1) hand(jx[2] - 6, top + 12.5, hn(prev), { align: 'right', size: HS - 1 });
    else hand(jx[2] - 6, top + 12.5, '–', { align: 'right', size: HS - 1 });
    hand(jx[3] - 6, top + 12.5, hn(cur), { align: 'right', size: HS - 1 });
    hand(jx[4] - 6, top + 12.5, hn(cents(prev + cur)), { align: 'right', size: HS - 1 });
  });
  y += 14 + jrows.length * 17 + 12;

  // remarks: holiday, sickness, hours
  d.rect(L, y, R - L, 46, { stroke: formInk, lineWidth: 0.6 });
  cap(L + 3, y + 8, 'Bemerkungen (Urlaub, Krankheit, Fehlzeiten)');
  const notes: string[] = [];
  if (rng.chance(0.6)) {
    const a = addDays(first, rng.int(2, 18));
    const n = rng.int(1, 4);
    notes.push(`Urlaub ${hd(a)} – ${hd(addDays(a, n))}`);
  }
  if (rng.chance(0.35)) {
    const a = addDays(first, rng.int(1, 20));
    notes.push(`krank ${hd(a)} – ${hd(addDays(a, rng.int(1, 5)))} (Entgeltfortz.)`);
  }
  notes.push(`Resturlaub ${rng.int(2, 24)} Tage`);
  hand(L + 8, y + 22, notes.slice(0, 2).join(';  '), { size: HS - 0.5 });
  if (notes.length > 2) hand(L + 8, y + 38, notes[2], { size: HS - 0.5 });
  y += 56;

  // signatures: made out by the employer; received by the employee (cash) or a plain date
  const made = addDays(last, rng.int(-3, 4));
  d.hline(y + 26, L, L + 230, 0.5, formInk);
  d.hline(y + 26, R - 230, R, 0.5, formInk);
  hand(L + 4, y + 22, `${p.employer.address.city}, ${hd(made)}`, { size: HS - 0.5 });
  scribble(L + 150, y + 23, 70);
  cap(L, y + 34, 'Ort, Datum, Unterschrift Arbeitgeber');
  cap(R - 230, y + 34, cash ? 'Betrag erhalten – Datum, Unterschrift Arbeitnehmer' : 'Abrechnung erhalten – Unterschrift Arbeitnehmer');
  if (cash || rng.chance(0.5)) {
    hand(R - 226, y + 22, hd(addDays(made, rng.int(0, 3))), { size: HS - 0.5 });
    scribble(R - 130, y + 23, 80);
  }
  y += 44;
  d.text(L, d.height - 30, `Vordruck LG ${rng.int(10, 48)} · Lohn-/Gehaltsabrechnung · Durchschrift für das Lohnkonto (§ 41 EStG) aufbewahren`, { size: 5.8, color: formInk });
  d.text(R, d.height - 30, rng.pick(['Original für den Arbeitnehmer', 'Blatt 1 – Arbeitnehmer']), { size: 5.8, color: formInk, align: 'right' });
  ctx.meta.creator = rng.pick(['Canon iR-ADV C5535', 'HP LaserJet MFP', 'Brother MFC-L2710DW']);
  truth(ctx, p);
}

// ------------------------------------------------------------------ blind12

/** a Handwerk trade with its tariff training allowance per year of training and the member firm's name */
const TRADES: readonly { beruf: string; innung: string; tarif: string; firm: (last: string) => string; azubi: readonly number[]; geselle: [number, number] }[] = [
  { beruf: 'Elektroniker/in – Energie- und Gebäudetechnik', innung: 'Elektro-Innung', tarif: 'Elektrohandwerk', firm: (s) => `Elektro ${s} GmbH`, azubi: [900, 960, 1050, 1120], geselle: [15.6, 21.4] },
  { beruf: 'Anlagenmechaniker/in SHK', innung: 'Innung Sanitär-Heizung-Klima', tarif: 'SHK-Handwerk', firm: (s) => `${s} Sanitär- und Heizungstechnik GmbH`, azubi: [880, 940, 1020, 1100], geselle: [15.2, 20.8] },
  { beruf: 'Kfz-Mechatroniker/in', innung: 'Kfz-Innung', tarif: 'Kfz-Handwerk', firm: (s) => `Autohaus ${s} GmbH & Co. KG`, azubi: [1000, 1060, 1140, 1210], geselle: [15.9, 22.3] },
  { beruf: 'Bäcker/in', innung: 'Bäcker-Innung', tarif: 'Bäckerhandwerk', firm: (s) => `Bäckerei ${s} e.K.`, azubi: [860, 980, 1120], geselle: [13.9, 17.5] },
  { beruf: 'Friseur/in', innung: 'Friseur-Innung', tarif: 'Friseurhandwerk', firm: (s) => `Friseursalon ${s}`, azubi: [682, 805, 921], geselle: [12.82, 15.9] },
  { beruf: 'Tischler/in', innung: 'Tischler-Innung', tarif: 'Tischlerhandwerk', firm: (s) => `Tischlerei ${s} GmbH`, azubi: [850, 930, 1010], geselle: [14.8, 19.9] },
  { beruf: 'Maler/in und Lackierer/in', innung: 'Maler- und Lackierer-Innung', tarif: 'Malerhandwerk', firm: (s) => `Malerfachbetrieb ${s} GmbH`, azubi: [820, 880, 990], geselle: [14.5, 19.6] },
  { beruf: 'Dachdecker/in', innung: 'Dachdecker-Innung', tarif: 'Dachdeckerhandwerk', firm: (s) => `${s} Bedachungen GmbH`, azubi: [930, 1070, 1250], geselle: [16.2, 21.9] },
];

/** health insurers as a narrow column prints them */
const KASSE_KURZ: Record<string, string> = {
  'Techniker Krankenkasse': 'TK', 'KKH Kaufmännische Krankenkasse': 'KKH', 'hkk Krankenkasse': 'hkk', 'DAK-Gesundheit': 'DAK', 'IKK classic': 'IKK cl.',
  'AOK Niedersachsen': 'AOK Nds.', 'AOK Nordost': 'AOK NO', 'BKK firmus': 'BKK firmus', 'mhplus BKK': 'mhplus',
};

/** an approximate yearly income tax of the basic tariff (the 2025 zones; enough for plausible slips and notices) */
export function tarif(zvE: number): number {
  if (zvE <= 12096) return 0;
  if (zvE <= 17443) {
    const y = (zvE - 12096) / 10000;
    return (932.3 * y + 1400) * y;
  }
  if (zvE <= 68480) {
    const z = (zvE - 17443) / 10000;
    return (176.64 * z + 2397) * z + 1015.13;
  }
  return 0.42 * zvE - 10911.92;
}

/** a month's wage tax for a tax class from the taxable pay (Vorsorgepauschale and lump sums roughly) */
function monthlyWageTax(taxable: number, klasse: number): number {
  const zvE = Math.max(0, taxable * 12 * 0.81 - 1230 - 36);
  const yearly = klasse === 3 ? 2 * tarif(zvE / 2) : klasse === 5 ? tarif(zvE + 11000) * 1.04 : tarif(zvE);
  return cents(Math.floor(yearly) / 12);
}

/**
 * blind12: the payroll office of a district crafts association (Lohnbuchstelle der
 * Kreishandwerkerschaft) prints the slip for a member firm's apprentice or journeyman on
 * continuous green-bar paper: sprocket strips and perforation at both edges, everything in a
 * line-printer face; the payroll office's name at the top, the firm ("Ausbildungsbetrieb" /
 * "Arbeitgeber") with its guild at the right of the window; the particulars as a header line over
 * a value line (for an apprentice the trade, the year of training and the training period); one
 * ledger with the current month beside the previous month's column (a rise to the next year of
 * training, overtime or a one-off the month before), deductions with a trailing minus, the
 * statutory net, deductions after net and the payout in both columns; below the employer's shares
 * and the year's totals side by side and the office's notices.
 */
function blind12LohnbuchstelleEndlos(ctx: Ctx): void {
  const rng = ctx.rng;
  const today = ctx.today;
  const trade = rng.pick(TRADES);
  const azubi = rng.chance(0.6);
  const monthDate = firstOfMonth(addMonths(today, -rng.int(0, 2)));
  const month = monthDate.slice(0, 7);
  const prevDate = addMonths(monthDate, -1);
  const year = Number(month.slice(0, 4));
  const mNo = Number(month.slice(5, 7));
  const emp = fake.person(rng, azubi ? { bornFrom: year - 24, bornTo: year - 16, titleChance: 0 } : { bornFrom: year - 58, bornTo: year - 21, titleChance: 0 });
  emp.title = undefined;
  const region = rng.pick(fake.PLACES_PLZ)[1];
  // most employees of a small firm live in its town
  const address = rng.chance(0.75) ? fake.address(rng, { city: region }) : fake.address(rng);
  const employer = fake.organisation(rng, trade.firm(rng.pick(['Krause', 'Hentschel', 'Böttcher', 'Wendler', 'Pfeiffer', 'Kunze', 'Dietrich', 'Lindner', 'Seifert', 'Brückner', emp.last === 'Müller' ? 'Lorenz' : 'Müller'])), region);
  const office = { name: `Lohnbuchstelle der Kreishandwerkerschaft ${region}`, address: fake.sameCityAddress(rng, fake.address(rng, { city: region })), phone: fake.phone(rng) };
  // the training runs from August or September; in that month the next year's allowance starts
  const startMonth = rng.pick([8, 9]);
  const lehrjahrAt = (d: string) => {
    const y = Number(d.slice(0, 4));
    const m = Number(d.slice(5, 7));
    return Math.min(trade.azubi.length, Math.max(1, y - ausbStartYear + (m >= startMonth ? 1 : 0)));
  };
  const jahr = rng.int(1, trade.azubi.length);
  const ausbStartYear = year - jahr + (mNo >= startMonth ? 1 : 0);
  const ausbStart = iso(ausbStartYear, startMonth, 1);
  const ausbEnde = lastOfMonth(addMonths(ausbStart, trade.azubi.length * 12 - rng.pick([1, 1, 7])));
  const eintritt = azubi ? ausbStart : iso(rng.int(2004, year - 1), rng.int(1, 12), 1);
  const klasse = azubi ? 1 : rng.weighted([[1, 5], [3, 2], [4, 2], [5, 1]]);
  const konf = rng.weighted([['--', 7], ['ev', 2], ['rk', 2]]);
  const kirchRate = rng.pick([0.08, 0.09]);
  const kasse = rng.pick(fake.KRANKENKASSEN);
  const zusatz = rng.pick([2.5, 2.69, 2.9, 3.1, 2.19, 2.45]);
  const kinderlos = azubi ? year - Number(emp.birth.slice(0, 4)) > 23 : rng.chance(0.45);
  const pvAn = (year >= 2025 ? 1.8 : 1.7) + (kinderlos ? 0.6 : 0);
  const pvAg = year >= 2025 ? 1.8 : 1.7;
  const stundenlohn = cents(rng.float(trade.geselle[0], trade.geselle[1]));
  const vl = rng.chance(0.4) ? rng.pick([13.29, 20, 26.59, 40]) : 0;
  const fahrt = azubi && rng.chance(0.5) ? cents(rng.pick([29, 49, 58]) * rng.pick([0.5, 1])) : 0;
  const montage = !azubi && rng.chance(0.45);

  interface Line { loa: string; label: string; anzahl?: string; faktor?: string; amount: number; stfr?: boolean }
  // one month's earnings; `prev` draws the month before with its own hours and one-offs
  const earnings = (which: 'cur' | 'prev'): Line[] => {
    const r = rng.fork(which);
    const lines: Line[] = [];
    if (azubi) {
      const lj = lehrjahrAt(which === 'cur' ? monthDate : prevDate);
      lines.push({ loa: '1010', label: `Ausbildungsvergütung ${lj}. Ausb.-Jahr`, amount: trade.azubi[lj - 1] });
      if (r.chance(0.25)) {
        const h = r.pick([2, 3, 4, 5.5, 6]);
        const rate = cents((trade.azubi[lj - 1] / 169) * 1.25);
        lines.push({ loa: '1210', label: 'Mehrarbeit 25 %', anzahl: decimal(h), faktor: decimal(rate), amount: cents(h * rate) });
      }
      if (fahrt) lines.push({ loa: '1640', label: 'Fahrtkostenzusch. Berufsschule', amount: fahrt, stfr: true });
      if (which === 'prev' && r.chance(0.3)) lines.push({ loa: '1820', label: r.pick(['Prämie Zwischenprüfung', 'Urlaubsgeld', 'Einmalzahlung Tarif']), amount: r.pick([100, 150, 200, 250]) });
    } else {
      const std = r.pick([151.67, 160, 168, 176, 144, 152]);
      lines.push({ loa: '1000', label: 'Stundenlohn', anzahl: decimal(std), faktor: decimal(stundenlohn), amount: cents(std * stundenlohn) });
      if (r.chance(0.55)) {
        const h = r.pick([3, 4.5, 6, 8, 10.5, 12]);
        lines.push({ loa: '1210', label: 'Überstunden 25 %', anzahl: decimal(h), faktor: decimal(cents(stundenlohn * 1.25)), amount: cents(h * cents(stundenlohn * 1.25)) });
      }
      if (r.chance(0.3)) {
        const t = r.int(1, 3);
        lines.push({ loa: '1300', label: 'Lohnfortzahlung Feiertag', anzahl: decimal(t * 8), faktor: decimal(stundenlohn), amount: cents(t * 8 * stundenlohn) });
      }
      if (montage) {
        const t = r.int(4, 14);
        lines.push({ loa: '1650', label: 'Verpfl.-Mehraufw. Montage', anzahl: String(t), faktor: '14,00', amount: t * 14, stfr: true });
      }
    }
    if (vl) lines.push({ loa: '1500', label: 'VL Arbeitgeberanteil', amount: vl });
    return lines;
  };
  const calc = (lines: Line[]) => {
    const brutto = cents(lines.reduce((s, l) => s + l.amount, 0));
    const stpfl = cents(lines.filter((l) => !l.stfr).reduce((s, l) => s + l.amount, 0));
    const lst = monthlyWageTax(stpfl, klasse);
    const soli = lst * 12 > 19950 ? cents(lst * 0.055) : 0;
    const kist = konf === '--' ? 0 : cents(lst * kirchRate);
    const kv = cents((stpfl * (7.3 + zusatz / 2)) / 100);
    const rv = cents(stpfl * 0.093);
    const av = cents(stpfl * 0.013);
    const pv = cents((stpfl * pvAn) / 100);
    const sum = cents(lst + soli + kist + kv + rv + av + pv);
    const netto = cents(brutto - sum);
    return { brutto, stpfl, lst, soli, kist, kv, rv, av, pv, sum, netto };
  };
  const cur = earnings('cur');
  const prev = earnings('prev');
  const c = calc(cur);
  const v = calc(prev);
  const ticket = rng.chance(0.35) ? rng.pick([9.5, 14.5, 29]) : 0;
  const vorschuss = !azubi && rng.chance(0.2) ? rng.pick([100, 150, 200, 300]) : 0;
  const after: [string, string, number, number][] = [];
  if (vl) after.push(['2600', `VL-Überweisung ${rng.pick(['Bausparvertrag', 'Fondssparplan', 'LBS'])}`, vl, vl]);
  if (ticket) after.push(['2710', 'Deutschlandticket Job Eigenant.', ticket, ticket]);
  if (vorschuss) after.push(['2800', 'Abschlag (gezahlt am 15.)', vorschuss, 0]);
  const payCur = cents(c.netto - after.reduce((s, a) => s + a[2], 0));
  const payPrev = cents(v.netto - after.reduce((s, a) => s + a[3], 0));
  const acc = fake.bankAccount(rng);
  const persNr = rng.pick([rng.digits(5), `${rng.int(1, 9)}${rng.digits(3)}`]);
  const mandant = rng.digits(5);
  const betriebsnr = rng.digits(8);

  const S = 8.4;
  const CH = S * 0.6;
  const F = 'courier' as const;
  const d = ctx.start({ family: 'courier', size: S, margins: { left: 50, right: 48, top: 60, bottom: 50 } });
  const L = 50;
  const X = (col: number) => L + col * CH;
  const put = (y: number, col: number, text: string, o: { field?: string; bold?: boolean; size?: number } = {}) => d.text(X(col), y, text, { font: o.bold ? 'courier-bold' : F, size: o.size ?? S, field: o.field });
  const putR = (y: number, col: number, text: string, o: { field?: string; bold?: boolean } = {}) => d.text(X(col), y, text, { font: o.bold ? 'courier-bold' : F, size: S, align: 'right', field: o.field });
  const minus = (y: number, col: number, value: number, field?: string, bold = false) => {
    putR(y, col, decimal(value), { field, bold });
    if (value) d.text(X(col), y, '-', { font: F, size: S });
  };
  const dash = (y: number, from = 0, to = 96) => d.text(X(from), y, '-'.repeat(to - from), { font: F, size: S, color: [0.3, 0.3, 0.3] });

  // the paper: green bars of three lines, sprocket strips with holes, perforation
  const green: Color = [0.86, 0.94, 0.87];
  for (let y = 54, k = 0; y < d.height - 30; y += 36, k++) if (k % 2 === 0) d.rect(38, y, d.width - 76, 36, { fill: green });
  for (const x of [12, d.width - 24]) for (let y = 14; y < d.height; y += 36) d.rect(x, y, 11, 11, { stroke: [0.6, 0.6, 0.6], lineWidth: 0.5, fill: [1, 1, 1] });
  for (const x of [34, d.width - 34]) for (let y = 0; y < d.height; y += 8) d.line(x, y, x, y + 4, 0.4, [0.55, 0.55, 0.55]);

  const mStyle = rng.pick(['mm/yyyy', 'mm.yyyy', 'Monat yyyy'] as const);
  const mText = (m: string) => (mStyle === 'Monat yyyy' ? monthText(m, mStyle).toUpperCase() : monthText(m, mStyle));
  put(66, 0, office.name.toUpperCase(), { bold: true });
  putR(66, 96, `BLATT ${rng.pick(['001', '1', '0001'])}`);
  put(78, 0, `${office.address.street} ${office.address.no} · ${office.address.plz} ${office.address.city} · Tel. ${office.phone}`);
  putR(78, 96, `DRUCK ${ctx.ndate(addDays(lastOfMonth(monthDate), -rng.int(2, 6)))}`);
  put(90, 0, `MANDANT ${mandant}   BETRIEBSNR. ${betriebsnr}   ABR.-KREIS ${rng.int(1, 4)}`);
  const title = azubi ? ctx.pick([], ['ABRECHNUNG DER AUSBILDUNGSVERGÜTUNG', 'AUSBILDUNGSVERGÜTUNG – ABRECHNUNG', 'VERDIENSTABRECHNUNG AUSZUBILDENDE']) : ctx.pick([], ['LOHNABRECHNUNG', 'VERDIENSTABRECHNUNG GEWERBLICH', 'LOHN- UND ABZUGSNACHWEIS']);
  put(110, 0, title, { bold: true, size: 10.5 });
  const mLabel = ctx.pick([], ['ABRECHNUNGSMONAT', 'ABR.-MONAT', 'LOHNMONAT', 'FÜR DEN MONAT']);
  const mw = d.measure(mText(month), { font: 'courier-bold', size: 10.5 });
  d.text(X(96) - mw, 110, mText(month), { font: 'courier-bold', size: 10.5, field: 'abrechnungsmonat' });
  d.text(X(96) - mw - CH, 110, `${mLabel}:`, { font: F, size: S, align: 'right' });

  // the window: the slip goes to the employee's home
  d.text(64, 140, `${office.name} · ${office.address.plz} ${office.address.city}`, { font: F, size: 6 });
  const sal = emp.gender === 'f' ? 'Frau' : 'Herrn';
  [sal, `${emp.first} ${emp.last}`, `${address.street} ${address.no}`, `${address.plz} ${address.city}`].forEach((l, i) => d.text(64, 158 + i * 12, l, { font: F, size: 9.5, field: i === 1 ? 'arbeitnehmer_name' : undefined }));
  const ex = 54;
  put(148, ex, azubi ? ctx.pick([], ['AUSBILDUNGSBETRIEB', 'AUSBILDENDER BETRIEB']) : ctx.pick([], ['ARBEITGEBER', 'BETRIEB (ARBEITGEBER)']));
  put(160, ex, employer.name, { field: 'arbeitgeber' });
  put(172, ex, `${employer.address.street} ${employer.address.no}`);
  put(184, ex, `${employer.address.plz} ${employer.address.city}`);
  put(198, ex, `MITGLIED: ${trade.innung} ${region}`.slice(0, 42));

  // particulars: a header line over a value line
  let y = 232;
  dash(y - 10);
  const p1: [number, string, string][] = [
    [0, 'PERS.-NR.', persNr],
    [10, 'NAME, VORNAME', `${emp.last}, ${emp.first}`.toUpperCase().slice(0, 30)],
    [41, 'GEB.-DATUM', ctx.ndate(emp.birth)],
    [53, 'EINTRITT', ctx.ndate(eintritt)],
    [65, 'STKL', String(klasse)],
    [70, 'KFB', klasse === 5 || azubi ? '0,0' : rng.pick(['0,0', '0,5', '1,0', '2,0'])],
    [75, 'KONF', konf],
    [80, 'KK / ZUS.-B.', `${KASSE_KURZ[kasse] ?? kasse.split(' ')[0]} ${decimal(zusatz, 2)}`],
  ];
  for (const [col, h] of p1) put(y, col, h);
  y += 11;
  for (const [col, , val] of p1) put(y, col, val);
  y += 13;
  put(y, 0, `SV-NR. ${fake.groupVsnr(fake.versicherungsnummer(rng, emp))}   STEUER-ID ${fake.steuerId(rng)}   BGRS 1111   PGR ${azubi ? '105' : '101'}   ${rng.chance(0.5) ? 'UV-GEFAHRTARIF ' + rng.int(2, 9) : ''}`);
  y += 11;
  if (azubi) {
    put(y, 0, `AUSBILDUNGSBERUF: ${trade.beruf}`);
    y += 11;
    put(y, 0, `AUSBILDUNG VOM ${ctx.ndate(ausbStart)} BIS ${ctx.ndate(ausbEnde)}   ${lehrjahrAt(monthDate)}. AUSBILDUNGSJAHR   BERUFSSCHULTAGE IM MONAT ${rng.int(4, 9)}`);
    y += 11;
  } else {
    put(y, 0, `TARIF: ${trade.tarif} – LOHNGRUPPE ${rng.pick(['III', 'IV', 'V', 'G2', 'G3'])}   STUNDENLOHN ${decimal(stundenlohn)}   WOCHENSTD. ${rng.pick(['39,0', '40,0', '38,0'])}`);
    y += 11;
  }
  dash(y - 2);
  y += 12;

  // the ledger: current month beside the month before
  const cA = 70;
  const cB = 86;
  const cC = 96;
  put(y, 0, 'LOA  BEZEICHNUNG');
  putR(y, 50, 'ANZAHL');
  putR(y, 60, 'FAKTOR');
  putR(y, cB - 4, `LFD. MONAT`);
  putR(y, cC, 'VORMONAT');
  y += 11;
  putR(y, cB - 4, monthText(month, 'mm/yyyy'));
  putR(y, cC, monthText(prevDate.slice(0, 7), 'mm/yyyy'));
  y += 4;
  dash(y);
  y += 11;
  const prevOf = new Map<string, Line>();
  for (const l of prev) prevOf.set(l.loa, l);
  const rowsOut: { loa: string; label: string; anzahl?: string; faktor?: string; a?: number; b?: number }[] = [];
  for (const l of cur) rowsOut.push({ loa: l.loa, label: l.label + (l.stfr ? ' stfr.' : ''), anzahl: l.anzahl, faktor: l.faktor, a: l.amount, b: prevOf.get(l.loa)?.amount });
  for (const l of prev) if (!cur.some((x) => x.loa === l.loa)) rowsOut.push({ loa: l.loa, label: l.label + (l.stfr ? ' stfr.' : ''), b: l.amount });
  for (const r of rowsOut) {
    put(y, 0, r.loa);
    put(y, 5, r.label.slice(0, 36));
    if (r.anzahl) putR(y, 50, r.anzahl);
    if (r.faktor) putR(y, 60, r.faktor);
    putR(y, cB - 4, r.a !== undefined ? decimal(r.a) : '');
    putR(y, cC, r.b !== undefined ? decimal(r.b) : '');
    y += 11;
  }
  dash(y - 4, cA - 4);
  y += 7;
  put(y, 5, ctx.pick([], ['GESAMTBRUTTO', 'SUMME BRUTTOBEZÜGE', 'BRUTTOVERDIENST GESAMT']), { bold: true });
  putR(y, cB - 4, decimal(c.brutto), { field: 'brutto', bold: true });
  putR(y, cC, decimal(v.brutto));
  y += 11;
  put(y, 5, 'davon steuerpflichtig / SV-pflichtig');
  putR(y, cB - 4, decimal(c.stpfl));
  putR(y, cC, decimal(v.stpfl));
  y += 16;
  put(y, 0, ctx.pick([], ['GESETZLICHE ABZÜGE', 'STEUER- UND SV-ABZÜGE']), { bold: true });
  y += 11;
  const ded: [string, string, number, number, string?][] = [
    ['5000', ctx.pick([], ['Lohnsteuer', 'LSt. lfd. Bezug']), c.lst, v.lst, 'lohnsteuer'],
    ['5010', 'Solidaritätszuschlag', c.soli, v.soli],
    ['5020', `Kirchensteuer ${konf === '--' ? '' : konf}`.trim(), c.kist, v.kist],
    ['5100', ctx.pick([], ['KV-Beitrag AN', 'Krankenvers. AN-Anteil']), c.kv, v.kv, 'krankenversicherung'],
    ['5110', ctx.pick([], ['RV-Beitrag AN', 'Rentenvers. AN-Anteil']), c.rv, v.rv, 'rentenversicherung'],
    ['5120', 'AV-Beitrag AN', c.av, v.av],
    ['5130', `PV-Beitrag AN${kinderlos ? ' inkl. Kinderlosenzuschl.' : ''}`, c.pv, v.pv],
  ];
  for (const [loa, l, a, b, f] of ded) {
    put(y, 0, loa);
    put(y, 5, l);
    minus(y, cB - 4, a, f);
    minus(y, cC, b);
    y += 11;
  }
  dash(y - 4, cA - 4);
  y += 7;
  put(y, 5, 'SUMME GESETZLICHE ABZÜGE');
  minus(y, cB - 4, c.sum);
  minus(y, cC, v.sum);
  y += 14;
  put(y, 5, ctx.pick([], ['NETTOVERDIENST', 'GESETZLICHES NETTO', 'NETTOBETRAG (GESETZL.)']), { bold: true });
  putR(y, cB - 4, decimal(c.netto), { field: 'netto', bold: true });
  putR(y, cC, decimal(v.netto));
  y += 16;
  if (after.length) {
    put(y, 0, 'BE- UND ABZÜGE NACH NETTO', { bold: true });
    y += 11;
    for (const [loa, l, a, b] of after) {
      put(y, 0, loa);
      put(y, 5, l);
      minus(y, cB - 4, a);
      minus(y, cC, b);
      y += 11;
    }
    y += 4;
  }
  d.rect(X(cA - 26) - 4, y - 9, X(cC) - X(cA - 26) + 8, 14, { stroke: [0.2, 0.2, 0.2], lineWidth: 0.8 });
  put(y, cA - 25, 'AUSZAHLUNG', { bold: true });
  putR(y, cB - 4, decimal(payCur), { bold: true });
  putR(y, cC, decimal(payPrev));
  y += 16;
  put(y, 0, `ÜBERWEISUNG AN ${emp.last.toUpperCase()}, ${emp.first.toUpperCase()} · ${acc.bank.name} · IBAN ${fake.groupIban(acc.iban)}`.slice(0, 96));
  y += 11;
  dash(y);
  y += 14;

  // the employer's shares beside the year's totals
  const ag: [string, number][] = [
    ['KV-Beitrag AG', cents((c.stpfl * (7.3 + zusatz / 2)) / 100)],
    ['RV-Beitrag AG', cents(c.stpfl * 0.093)],
    ['AV-Beitrag AG', cents(c.stpfl * 0.013)],
    ['PV-Beitrag AG', cents((c.stpfl * pvAg) / 100)],
    ['Umlage U1 / U2', cents(c.stpfl * (rng.pick([1.1, 1.6, 2.4, 2.8]) + rng.pick([0.24, 0.44, 0.59])) / 100)],
    ['Insolvenzgeldumlage', cents((c.stpfl * (year >= 2025 ? 0.15 : 0.06)) / 100)],
  ];
  const ytdBrutto = cents(c.brutto + v.brutto * (mNo - 1) * rng.float(0.97, 1.02));
  const ytd: [string, number][] = [
    ['Gesamtbrutto', mNo === 1 ? c.brutto : ytdBrutto],
    ['Steuerbrutto', mNo === 1 ? c.stpfl : cents(ytdBrutto * (c.stpfl / c.brutto))],
    ['Lohnsteuer', cents(c.lst * mNo)],
    ['KV-Beitrag AN', cents(c.kv * mNo * rng.float(0.97, 1.0))],
    ['RV-Beitrag AN', cents(c.rv * mNo * rng.float(0.97, 1.0))],
  ];
  put(y, 0, 'ARBEITGEBERANTEILE (NUR ZUR INFORMATION)', { bold: true });
  put(y, 50, `JAHRESWERTE ${year} (01/${year} BIS ${monthText(month, 'mm/yyyy')})`, { bold: true });
  y += 11;
  for (let i = 0; i < Math.max(ag.length, ytd.length); i++) {
    if (ag[i]) {
      put(y, 2, ag[i][0]);
      putR(y, 44, decimal(ag[i][1]));
    }
    if (ytd[i]) {
      put(y, 52, ytd[i][0]);
      putR(y, cC, decimal(ytd[i][1]));
    }
    y += 11;
  }
  y += 6;
  dash(y - 4);
  y += 8;
  put(y, 0, 'MITTEILUNGEN DER LOHNBUCHSTELLE', { bold: true });
  y += 11;
  const urlaub = rng.int(24, 30);
  const genommen = rng.int(0, Math.min(urlaub - 2, Math.round((urlaub * mNo) / 12) + 2));
  const notes = [
    `URLAUB ${year}: ANSPRUCH ${urlaub} TAGE, GENOMMEN ${genommen}, REST ${urlaub - genommen} TAGE.`,
    azubi
      ? rng.pick([`DIE AUSBILDUNGSVERGÜTUNG ERHÖHT SICH MIT BEGINN DES NÄCHSTEN AUSBILDUNGSJAHRES AB ${ctx.ndate(iso(year + (mNo >= startMonth ? 1 : 0), startMonth, 1))}.`, 'BITTE DAS HALBJAHRESZEUGNIS DER BERUFSSCHULE IM BETRIEB VORLEGEN.'])
      : rng.pick(['ÄNDERUNGEN DER STEUERMERKMALE WERDEN AUTOMATISCH ÜBER ELSTAM ÜBERNOMMEN.', `STUNDENKONTO PER ${ctx.ndate(lastOfMonth(monthDate))}: ${decimal(rng.float(-8, 40), 2)} STD.`]),
    `FRAGEN ZUR ABRECHNUNG RICHTEN SIE BITTE AN IHREN BETRIEB ODER AN DIE LOHNBUCHSTELLE, TEL. ${office.phone}.`,
  ];
  for (const n of notes) {
    for (const part of d.wrap(n, X(96) - L, { font: F, size: S })) {
      put(y, 0, part);
      y += 11;
    }
  }
  ctx.meta.creator = rng.pick(['LOGA Handwerk', 'Lohnbuchstelle KH – Druckausgabe', 'AGENDA LOHN']);
  ctx.set('arbeitnehmer_name', fake.fullName(emp));
  ctx.set('arbeitgeber', employer.name);
  ctx.set('abrechnungsmonat', month);
  ctx.set('brutto', c.brutto);
  ctx.set('netto', c.netto);
  ctx.set('lohnsteuer', c.lst);
  ctx.set('krankenversicherung', c.kv);
  ctx.set('rentenversicherung', c.rv);
}

/**
 * Blind13 (holdout): the payslip as the employee sees it in the employer's HR app on a phone,
 * handed in as two or three screenshots scrolled one after the other. Every screen has the status
 * bar, the app bar and a sticky line with the month; the first screen greets the employee by the
 * given name, shows the employer as the app's tenant, the month switcher, the payout first in a
 * tinted hero card (with the transfer day, a masked IBAN and the change against the previous
 * month), the person card and the earnings to the gross; the next screens the taxes, the employee's
 * social-insurance shares with their rates in grey sub-lines, the statutory net, deductions after
 * the net, the employer's contributions as a collapsed row with their total, and this year's totals.
 */
function blind13HrAppScreenshots(ctx: Ctx): void {
  const rng = ctx.rng;
  const p = payroll(rng, ctx.today);
  const emp = p.employee;
  const W = 360;
  const H = rng.pick([760, 780, 800]);
  const X0 = 18;
  const X1 = W - 18;
  const app = rng.pick([
    { name: 'MeinLohn', ui: [0.16, 0.36, 0.66] as Color },
    { name: 'Personalportal mobil', ui: [0.0, 0.45, 0.42] as Color },
    { name: 'HR Self-Service', ui: [0.35, 0.2, 0.55] as Color },
    { name: 'LohnPilot', ui: [0.82, 0.33, 0.05] as Color },
  ]);
  const tint: Color = [0.9 + app.ui[0] * 0.08, 0.92 + app.ui[1] * 0.06, 0.94 + app.ui[2] * 0.05];
  const ink: Color = [0.12, 0.12, 0.14];
  const soft: Color = [0.45, 0.45, 0.5];
  const rule: Color = [0.88, 0.88, 0.9];
  const d = ctx.start({ family: 'helvetica', size: 10.5, pageSize: [W, H], margins: { left: X0, right: W - X1, top: 0, bottom: 0 } });
  const m = (v: number) => ctx.money(v);
  const month = monthText(p.month, rng.pick(['Monat yyyy', 'Monat yyyy', 'mm/yyyy'] as const));
  const title = ctx.pick(['Entgeltabrechnung', 'Gehaltsabrechnung'], ['Verdienstnachweis', 'Meine Abrechnung', 'Lohnzettel']);
  let minute = rng.int(0, 50);
  const hour = rng.int(7, 22);
  const battery = rng.int(14, 97);
  const net = rng.pick(['5G', 'LTE', 'WLAN']);
  const NAV = 54;
  const fit = (text: string, width: number, size: number, bold = false) => {
    if (d.measure(text, { size, bold }) <= width) return text;
    let t = text;
    while (t.length > 4 && d.measure(`${t}…`, { size, bold }) > width) t = t.slice(0, -1);
    return `${t.trimEnd()}…`;
  };

  const chrome = (first: boolean) => {
    d.text(X0, 16, `${hour}:${String(minute).padStart(2, '0')}`, { size: 9.5, bold: true, color: ink });
    d.text(X1, 16, `${net}   ${battery} %`, { size: 8.5, align: 'right', color: ink });
    minute = Math.min(59, minute + rng.int(0, 1));
    d.rect(0, 24, W, 44, { fill: app.ui });
    d.text(X0, 51, '<', { size: 15, bold: true, color: [1, 1, 1] });
    d.text(W / 2, 51, title, { size: 13, bold: true, align: 'center', color: [1, 1, 1] });
    d.text(X1, 50, 'PDF', { size: 8.5, bold: true, align: 'right', color: [1, 1, 1] });
    if (first) {
      d.y = 68;
      return;
    }
    // the sticky line that stays when the list scrolls
    d.rect(0, 68, W, 24, { fill: tint });
    d.text(X0, 84, month, { size: 9.5, bold: true, color: ink });
    d.text(X1, 84, fit(`${emp.first} ${emp.last}`, 190, 9), { size: 9, align: 'right', color: soft });
    d.y = 100;
  };
  const tabs = rng.pick([['Start', 'Dokumente', 'Zeiten', 'Profil'], ['Übersicht', 'Abrechnungen', 'Urlaub', 'Mehr'], ['Home', 'Lohn', 'Abwesenheit', 'Konto']]);
  const nav = () => {
    d.hline(H - NAV, 0, W, 0.5, rule);
    const active = 1;
    tabs.forEach((t, i) => {
      const cx = (W / tabs.length) * (i + 0.5);
      d.rect(cx - 9, H - NAV + 9, 18, 14, { stroke: i === active ? app.ui : soft, lineWidth: 1 });
      d.text(cx, H - NAV + 36, t, { size: 8, align: 'center', color: i === active ? app.ui : soft, bold: i === active });
    });
    d.rect(W / 2 - 60, H - 9, 120, 4, { fill: ink });
  };
  const screen = (first: boolean) => {
    if (!first) d.newPage();
    chrome(first);
    nav();
  };
  const bottom = () => H - NAV - 10;
  // a screenshot taken after scrolling shows the last row of the one before again at its top
  let last: (() => void) | undefined;
  const need = (h: number) => {
    if (d.y + h <= bottom()) return;
    screen(false);
    last?.();
  };
  const heading = (t: string, note?: string) => {
    need(60);
    last = undefined;
    d.y += 12;
    d.text(X0, d.y + 11, t.toUpperCase(), { size: 8.5, bold: true, color: soft });
    if (note) d.text(X1, d.y + 11, note, { size: 8, align: 'right', color: soft });
    d.y += 18;
  };
  const item = (label: string, value: string, opts: { field?: string; sub?: string; bold?: boolean; size?: number } = {}) => {
    const size = opts.size ?? 10.5;
    const h = opts.sub ? 34 : 26;
    need(h);
    const draw = (field?: string) => {
      const base = d.y + (opts.sub ? 14 : 16);
      d.text(X0, base, fit(label, X1 - X0 - 110, size, opts.bold), { size, bold: opts.bold, color: ink });
      d.text(X1, base, value, { size, bold: opts.bold, align: 'right', color: ink, field });
      if (opts.sub) d.text(X0, base + 13, fit(opts.sub, X1 - X0 - 20, 8), { size: 8, color: soft });
      d.y += h;
      d.hline(d.y - 1, X0, X1, 0.5, rule);
    };
    draw(opts.field);
    last = () => draw();
  };

  screen(true);
  // the employer as the app's tenant, the greeting
  d.y += 14;
  d.text(X0, d.y + 10, p.employer.name, { size: 9, color: soft, field: 'arbeitgeber' });
  d.y += 16;
  d.text(X0, d.y + 15, `${rng.pick(['Hallo', 'Guten Tag', 'Moin'])}, ${emp.first.split(' ')[0]}!`, { size: 15, bold: true, color: ink });
  d.y += 28;
  // month switcher
  d.rect(X0, d.y, X1 - X0, 32, { stroke: rule, lineWidth: 0.8 });
  d.text(X0 + 12, d.y + 21, '<', { size: 12, bold: true, color: app.ui });
  d.text(X1 - 12, d.y + 21, '>', { size: 12, bold: true, color: app.ui, align: 'right' });
  d.text(W / 2, d.y + 21, month, { size: 12, bold: true, align: 'center', color: ink, field: 'abrechnungsmonat' });
  d.y += 40;
  const payDay = (() => {
    let day = addDays(lastOfMonth(`${p.month}-01`), -rng.int(0, 3));
    while (weekday(day) === 0 || weekday(day) === 6) day = addDays(day, -1);
    return day;
  })();
  // the payout first, as the app shows it
  d.rect(X0, d.y, X1 - X0, 96, { fill: tint });
  d.text(X0 + 12, d.y + 18, ctx.pick(['Auszahlungsbetrag', 'Auszahlung'], ['Das kommt aufs Konto', 'Überweisungsbetrag']), { size: 9, color: soft });
  d.text(X0 + 12, d.y + 46, m(p.auszahlung), { size: 24, bold: true, color: ink });
  const prev = cents(rng.float(-60, 60));
  d.text(X1 - 12, d.y + 46, `${prev >= 0 ? '+' : '-'}${decimal(Math.abs(prev))} zum Vormonat`, { size: 7.5, align: 'right', color: prev >= 0 ? [0.0, 0.5, 0.2] : [0.7, 0.1, 0.1] });
  d.text(X0 + 12, d.y + 66, `${rng.pick(['Überweisung am', 'Gutschrift voraussichtlich am', 'überwiesen am'])} ${ctx.ndate(payDay)}`, { size: 8.5, color: soft });
  d.text(X0 + 12, d.y + 80, `auf ${p.iban.slice(0, 4)} **** **** **** **${p.iban.slice(-4, -2)} ${p.iban.slice(-2)} · ${p.bank.name}`, { size: 8.5, color: soft });
  d.y += 104;
  // person card
  d.rect(X0, d.y, X1 - X0, 62, { stroke: rule, lineWidth: 0.8 });
  d.rect(X0 + 10, d.y + 12, 36, 36, { fill: app.ui });
  d.text(X0 + 28, d.y + 35, `${emp.first.charAt(0)}${emp.last.charAt(0)}`, { size: 12, bold: true, align: 'center', color: [1, 1, 1] });
  d.text(X0 + 56, d.y + 22, ctx.name(emp), { size: 11, bold: true, color: ink, field: 'arbeitnehmer_name' });
  d.text(X0 + 56, d.y + 36, `${ctx.pick(['Personalnummer', 'Pers.-Nr.'], ['Mitarbeiter-ID'])} ${p.personalnummer} · StKl ${p.steuerklasse}${p.kinderfreibetrag ? ` · Kinderfreibetr. ${decimal(p.kinderfreibetrag, 1)}` : ''}`, { size: 8, color: soft });
  d.text(X0 + 56, d.y + 49, fit(`${p.krankenkasse} · Zusatzbeitrag ${decimal(p.kvZusatz)} %`, X1 - X0 - 66, 8), { size: 8, color: soft });
  d.y += 66;

  heading(ctx.pick(['Bezüge', 'Bruttobezüge'], ['Verdienst', 'Ihre Bezüge']));
  if (p.stunden) item(rng.pick(['Stundenlohn', 'Grundlohn Stunden']), m(p.grundgehalt), { sub: `${decimal(p.stunden)} Std. × ${decimal(p.stundenlohn!)}` });
  else item(rng.pick(['Grundgehalt', 'Monatsgehalt', 'Tarifentgelt']), m(p.grundgehalt));
  for (const z of p.zulagen) item(z.label, m(z.amount), z.steuerfrei ? { sub: 'steuer- und beitragsfrei' } : {});
  item(ctx.pick(['Gesamtbrutto', 'Bruttoverdienst'], ['Brutto gesamt', 'Summe Brutto']), m(p.brutto), { field: 'brutto', bold: true });
  const steuern = cents(p.lohnsteuer + p.soli + p.kirchensteuer);
  heading(ctx.pick(['Steuern'], ['Steuerabzüge', 'Abzüge Finanzamt']), `Steuerbrutto ${decimal(p.steuerBrutto)}`);
  item(ctx.pick(['Lohnsteuer'], ['Lohnsteuer lfd. Monat', 'LSt']), m(p.lohnsteuer), { field: 'lohnsteuer', sub: `Steuerklasse ${p.steuerklasse}` });
  if (p.soli) item('Solidaritätszuschlag', m(p.soli));
  if (p.kirchensteuer) item(`Kirchensteuer ${p.konfession}`, m(p.kirchensteuer));
  if (p.soli || p.kirchensteuer) item('Steuern gesamt', m(steuern), { bold: true, size: 10 });
  const svSum = cents(p.kv + p.rv + p.av + p.pv);
  heading(ctx.pick(['Sozialversicherung'], ['Sozialabgaben – Ihr Anteil', 'Sozialversicherung (Ihr Anteil)']), `SV-Brutto ${decimal(p.steuerBrutto)}`);
  const kvRate = decimal(7.3 + p.kvZusatz / 2, 2);
  item(ctx.pick(['Krankenversicherung'], ['Krankenkasse', 'KV Arbeitnehmer']), m(p.kv), { field: 'krankenversicherung', sub: `${kvRate} % (allg. Beitrag + halber Zusatzbeitrag)` });
  item(ctx.pick(['Pflegeversicherung'], ['Pflegekasse']), m(p.pv), { sub: `${decimal(cents((p.pv / p.steuerBrutto) * 100), 2)} %` });
  item(ctx.pick(['Rentenversicherung'], ['Rentenkasse', 'RV Arbeitnehmer']), m(p.rv), { field: 'rentenversicherung', sub: '9,30 %' });
  item(ctx.pick(['Arbeitslosenversicherung'], ['Arbeitsförderung']), m(p.av), { sub: '1,30 %' });
  item('Sozialversicherung gesamt', m(svSum), { bold: true, size: 10 });
  need(44);
  last = undefined;
  d.y += 8;
  d.rect(X0, d.y, X1 - X0, 32, { fill: tint });
  d.text(X0 + 10, d.y + 20, ctx.pick(['Nettoverdienst', 'Gesetzliches Netto'], ['Netto nach Steuern und SV', 'Nettolohn (gesetzlich)']), { size: 11, bold: true, color: ink });
  d.text(X1 - 10, d.y + 20, m(p.netto), { size: 11, bold: true, align: 'right', color: ink, field: 'netto' });
  d.y += 38;
  if (p.abzuege.length) {
    heading(ctx.pick(['Abzüge vom Netto'], ['Be- und Abzüge', 'Nach dem Netto']));
    for (const a of p.abzuege) item(a.label, m(-a.amount));
    item(ctx.pick(['Auszahlungsbetrag', 'Auszahlung'], ['Überweisung']), m(p.auszahlung), { bold: true });
  }
  const agPv = cents(p.steuerBrutto * 0.017);
  const ag = cents(p.kv + p.rv + p.av + agPv + p.steuerBrutto * rng.float(0.012, 0.03));
  need(40);
  last = undefined;
  d.y += 8;
  d.rect(X0, d.y, X1 - X0, 30, { stroke: rule, lineWidth: 0.8 });
  d.text(X0 + 10, d.y + 19, rng.pick(['Arbeitgeberbeiträge', 'Das zahlt Ihr Arbeitgeber zusätzlich']), { size: 9.5, color: ink });
  d.text(X1 - 24, d.y + 19, m(ag), { size: 9.5, align: 'right', color: soft });
  d.text(X1 - 10, d.y + 19, '>', { size: 10, bold: true, align: 'right', color: soft });
  d.y += 36;
  const year = p.month.slice(0, 4);
  need(66);
  last = undefined;
  d.y += 6;
  d.text(X0, d.y + 11, `${rng.pick(['JAHRESWERTE', 'BISHER IN'])} ${year}`, { size: 8.5, bold: true, color: soft });
  d.y += 18;
  const half = (X1 - X0 - 8) / 2;
  ([['Brutto', p.jahresBrutto], ['Lohnsteuer', p.jahresLohnsteuer]] as const).forEach(([l, v], i) => {
    const x = X0 + i * (half + 8);
    d.rect(x, d.y, half, 40, { fill: [0.96, 0.96, 0.97] });
    d.text(x + 8, d.y + 14, `${l} ${rng.pick(['kumuliert', 'Jan. bis heute', 'seit Januar'])}`, { size: 7.5, color: soft });
    d.text(x + 8, d.y + 31, m(v), { size: 11, bold: true, color: ink });
  });
  d.y += 48;
  if (d.y + 30 < bottom()) {
    d.rect(X0, d.y + 4, X1 - X0, 26, { fill: app.ui });
    d.text(W / 2, d.y + 21, rng.pick(['Abrechnung als PDF speichern', 'PDF herunterladen', 'Teilen']), { size: 10, bold: true, align: 'center', color: [1, 1, 1] });
  }
  ctx.meta.creator = app.name;
  truth(ctx, p);
}

/**
 * blind 14: an industrial firm's payslip for a month of short-time work (Kurzarbeit), printed by
 * its own payroll system: the employee in the window with a framed grid of particulars beside it;
 * a tinted strip with the month's target and actual hours and the target and actual pay; the
 * wage types (a salaried employee's full salary with the cut for the lost hours, or the hours
 * actually worked); taxes and the employee's social-insurance shares as two boxes side by side;
 * the statutory net, then the short-time allowance (Kurzarbeitergeld) added on top of the net
 * before other deductions, so the transfer is higher than the net; the allowance worked out from
 * the rounded target and actual pay in a small box; the employer's shares including those on the
 * notional pay for the lost hours; the year's totals.
 */
function blind14KurzarbeitKug(ctx: Ctx): void {
  const rng = ctx.rng;
  const p = payroll(rng, ctx.today);
  const sur = fake.person(rng).last;
  const firm = rng.pick([
    `${sur} Präzisionsteile GmbH`,
    `${sur} Automotive GmbH & Co. KG`,
    `${sur} Gießerei GmbH`,
    `${sur} Kunststofftechnik GmbH`,
    `${sur} Maschinenbau AG`,
    `Stanz- und Umformtechnik ${sur} GmbH`,
    `${sur} Antriebstechnik GmbH`,
  ]);
  p.employer = fake.organisation(rng, firm, p.address.city);
  const emp = p.employee;
  const d = ctx.start({ family: 'helvetica', size: 8, margins: { left: 46, right: 40, top: 40, bottom: 50 } });
  const W = d.contentWidth;
  const ink: Color = rng.pick([[0.1, 0.25, 0.45], [0.35, 0.1, 0.1], [0.15, 0.3, 0.2], [0.2, 0.2, 0.2]] as Color[]);
  const tint: Color = [0.93, 0.94, 0.96];

  // short-time work: the share of lost hours, target and actual hours
  const quote = rng.pick([0.2, 0.25, 0.3, 0.35, 0.4, 0.5, 0.6]);
  const sollStd = p.stunden ? cents(p.stunden / (1 - quote)) : rng.pick([151.67, 162.5, 169.0, 173.33]);
  const istStd = p.stunden ? p.stunden : cents(sollStd * (1 - quote));
  const ausfall = cents(sollStd - istStd);
  const sollGehalt = p.stunden ? cents(sollStd * p.stundenlohn!) : cents(p.grundgehalt / (1 - quote));
  const kuerzung = cents(sollGehalt - p.grundgehalt);
  const laufend = p.zulagen.filter((z) => !z.steuerfrei && !/Einmal|Urlaubsgeld|Weihnacht/.test(z.label)).reduce((s, z) => s + z.amount, 0);
  const sollEntgelt = cents(sollGehalt + laufend);
  const istEntgelt = cents(p.grundgehalt + laufend);
  const round20 = (v: number) => Math.round(v / 20) * 20;
  const pauschNetto = (v: number) => cents(v * (0.8 - Math.min(0.22, v / 25000)) - (p.steuerklasse === 5 ? v * 0.06 : 0));
  const satz = p.kinderfreibetrag > 0 ? 67 : 60;
  const lsSoll = cents((pauschNetto(round20(sollEntgelt)) * satz) / 100);
  const lsIst = cents((pauschNetto(round20(istEntgelt)) * satz) / 100);
  const kug = cents(Math.max(0, lsSoll - lsIst));
  const fiktiv = cents((sollEntgelt - istEntgelt) * 0.8);
  const abz = p.abzuege.reduce((s, a) => s + a.amount, 0);
  const ueberweisung = cents(p.netto + kug - abz);

  // head: firm at the left, title and month at the right
  d.text(d.left, 46, p.employer.name, { size: 12, bold: true, color: ink, field: 'arbeitgeber' });
  d.text(d.left, 58, `${p.employer.address.street} ${p.employer.address.no} · ${p.employer.address.plz} ${p.employer.address.city} · ${rng.pick(['Personalabteilung', 'Entgeltabrechnung', 'Personalwesen / Lohnbüro'])}`, { size: 7, color: GRAY });
  d.hline(64, d.left, d.right, 1.4, ink);
  const title = ctx.pick(['Entgeltabrechnung', 'Abrechnung der Bezüge'], ['Verdienstabrechnung', 'Lohn- und Gehaltsnachweis']);
  d.text(d.right, 46, title, { size: 11, bold: true, align: 'right' });
  const mtext = monthText(p.month, rng.pick(['Monat yyyy', 'Monat yyyy', 'mm/yyyy', 'mm.yyyy'] as const));
  const mw = d.text(d.right, 58, mtext, { size: 8.5, bold: true, align: 'right', field: 'abrechnungsmonat' });
  d.text(d.right - mw - 4, 58, ctx.pick(['Abrechnungsmonat'], ['Monat der Abrechnung:', 'Entgeltperiode']), { size: 8, align: 'right', color: GRAY });
  returnLine(d, `${p.employer.name} · ${p.employer.address.street} ${p.employer.address.no} · ${p.employer.address.plz} ${p.employer.address.city}`);
  const anrede = emp.gender === 'f' ? 'Frau' : 'Herrn';
  addressWindow(d, [anrede, { text: `${emp.first} ${emp.last}`, field: 'arbeitnehmer_name' }, `${p.address.street} ${p.address.no}`, `${p.address.plz} ${p.address.city}`], 152);
  d.text(d.left, 108, rng.pick(['Persönlich / Vertraulich', 'Vertraulich – nur für den Empfänger', 'PERSÖNLICH']), { size: 7, bold: true, color: GRAY });

  // particulars as a framed two-column grid beside the window
  const gx = 318;
  const gw = d.right - gx;
  const kst = `${rng.int(1, 9)}${rng.digits(3)}`;
  const grid: [string, string][] = [
    ['Personal-Nr.', p.personalnummer],
    ['Kostenstelle', `${kst} ${rng.pick(['Montage', 'Fertigung', 'Spritzguss', 'Logistik', 'Instandhaltung', 'Qualitätssicherung'])}`],
    ['Eintritt', ctx.ndate(p.eintritt)],
    ['Geburtsdatum', ctx.ndate(emp.birth)],
    ['StKl / Kinderfrb.', `${p.steuerklasse} / ${decimal(p.kinderfreibetrag, 1)}`],
    ['Konfession', p.konfession === '--' ? '–' : p.konfession.toUpperCase()],
    ['Krankenkasse', p.krankenkasse],
    ['KV-Zusatzbeitrag', `${decimal(p.kvZusatz, 2)} %`],
    ['SV-Nummer', p.svNummer],
    ['BGRS / PGR', '1111 / 101'],
    ['Steuer-ID', p.steuerId],
    ['Tarif', rng.pick(['ERA Metall', 'TV Chemie', 'ohne Tarifbindung', 'ERA-TV Bayern'])],
  ];
  const rh = 11.5;
  d.rect(gx, 112, gw, rh * (grid.length / 2) + 6, { stroke: GRAY, lineWidth: 0.5 });
  grid.forEach(([l, v], i) => {
    const col = i % 2;
    const x = gx + 5 + col * (gw / 2);
    const y = 122 + Math.floor(i / 2) * rh;
    d.text(x, y, l, { size: 6, color: GRAY });
    const room = gw / 2 - 16 - d.measure(l, { size: 6 });
    let shown = v;
    while (shown.length > 4 && d.measure(shown, { size: 7 }) > room) shown = `${shown.slice(0, -2).trimEnd()}.`;
    d.text(x + gw / 2 - 10, y, shown, { size: 7, align: 'right' });
  });

  // the short-time strip
  d.y = 236;
  const strip: [string, string][] = [
    ['Soll-Stunden', decimal(sollStd)],
    ['Ist-Stunden', decimal(istStd)],
    ['Ausfallstunden KUG', decimal(ausfall)],
    ['Soll-Entgelt', n(sollEntgelt)],
    ['Ist-Entgelt', n(istEntgelt)],
    ['Leistungssatz', `${satz === 67 ? '1' : '2'} (${satz} %)`],
  ];
  d.text(d.left, d.y + 8, ctx.pick(['Kurzarbeit im Abrechnungsmonat'], ['Angaben zur Kurzarbeit', 'Kurzarbeit (§§ 95 ff. SGB III)']), { size: 7.5, bold: true, color: ink });
  d.y += 11;
  const sw = W / strip.length;
  d.rect(d.left, d.y, W, 26, { fill: tint });
  strip.forEach(([l, v], i) => {
    if (i) d.line(d.left + i * sw, d.y + 3, d.left + i * sw, d.y + 23, 0.4, GRAY);
    d.text(d.left + i * sw + 5, d.y + 9, l, { size: 6.2, color: GRAY });
    d.text(d.left + (i + 1) * sw - 5, d.y + 20, v, { size: 8.5, align: 'right' });
  });
  d.y += 34;

  // wage types
  const cols = { la: d.left + 2, bez: d.left + 36, menge: d.left + 270, faktor: d.left + 330, betrag: d.left + 420, flags: d.left + 436 };
  d.rect(d.left, d.y, W, 12, { fill: LIGHT });
  d.row([
    { x: cols.la, text: 'LA', bold: true },
    { x: cols.bez, text: 'Bezeichnung', bold: true },
    { x: cols.menge, text: 'Menge', bold: true, align: 'right' },
    { x: cols.faktor, text: 'Faktor', bold: true, align: 'right' },
    { x: cols.betrag, text: 'Betrag', bold: true, align: 'right' },
    { x: cols.flags, text: 'St SV GB', bold: true, size: 6.5 },
  ], { minHeight: 12, size: 7.5 });
  d.move(2);
  const wl = (la: string, text: string, amount: number, menge = '', faktor = '', flags = 'L  L  J') =>
    d.row([
      { x: cols.la, text: la },
      { x: cols.bez, text },
      { x: cols.menge, text: menge, align: 'right' },
      { x: cols.faktor, text: faktor, align: 'right' },
      { x: cols.betrag, text: n(amount), align: 'right' },
      { x: cols.flags, text: flags, size: 6.5 },
    ], { minHeight: 11.5, size: 7.8 });
  if (p.stunden) {
    wl(rng.pick(['1010', '1020']), 'Stundenlohn (Ist-Stunden)', p.grundgehalt, decimal(istStd), decimal(p.stundenlohn!));
    d.row([{ x: cols.bez, text: `nachrichtlich: ${decimal(ausfall)} Ausfallstunden Kurzarbeit, nicht vergütet`, color: GRAY, italic: true }], { minHeight: 11, size: 7 });
  } else {
    wl(rng.pick(['1000', '1001']), rng.pick(['Monatsgehalt', 'Grundentgelt', 'Tarifentgelt ERA']), sollGehalt, decimal(sollStd), '');
    wl(rng.pick(['1590', '1595']), rng.pick(['Kürzung Ausfallstunden Kurzarbeit', 'Abzug Kurzarbeit Ausfall', 'Ausfall Kurzarbeit (Kürzung)']), -kuerzung, decimal(ausfall), decimal(cents(sollGehalt / sollStd)));
  }
  for (const z of p.zulagen) wl(String(rng.int(2000, 4999)), z.label, z.amount, '', '', z.steuerfrei ? 'F  F  J' : /Einmal|Urlaubsgeld|Weihnacht/.test(z.label) ? 'S  S  J' : 'L  L  J');
  d.hline(d.y + 1, cols.bez, cols.betrag + 2, 0.6);
  d.move(3);
  d.row([
    { x: cols.bez, text: ctx.pick(['Gesamt-Brutto'], ['Summe Bruttoentgelt', 'Bruttoentgelt gesamt']), bold: true },
    { x: cols.betrag, text: n(p.brutto), bold: true, align: 'right', field: 'brutto' },
  ], { minHeight: 14, size: 8.5 });
  d.move(6);

  // taxes and social insurance side by side
  const half = (W - 12) / 2;
  const boxTop = d.y;
  const boxLines = (x: number, head: string, rows: [string, string, string?][]) => {
    d.rect(x, boxTop, half, 13, { fill: ink });
    d.text(x + 5, boxTop + 9.5, head, { size: 7.5, bold: true, color: [1, 1, 1] });
    rows.forEach(([l, v, f], i) => {
      const y = boxTop + 24 + i * 11.5;
      const bold = i === rows.length - 1;
      d.text(x + 5, y, l, { size: 7.8, bold });
      d.text(x + half - 5, y, v, { size: 7.8, align: 'right', bold, field: f });
    });
    d.rect(x, boxTop, half, 18 + rows.length * 11.5, { stroke: ink, lineWidth: 0.6 });
  };
  const steuern = cents(p.lohnsteuer + p.soli + p.kirchensteuer);
  const taxRows: [string, string, string?][] = [
    ['Steuerpflichtiges Entgelt', n(p.steuerBrutto)],
    [ctx.pick(['Lohnsteuer'], ['Lohnsteuer lfd.', 'LSt. laufend']), n(p.lohnsteuer), 'lohnsteuer'],
    ['Solidaritätszuschlag', n(p.soli)],
    [`Kirchensteuer ${p.konfession === '--' ? '' : p.konfession.toUpperCase()}`.trim(), n(p.kirchensteuer)],
    ['Summe Steuern', n(steuern)],
  ];
  const sv = cents(p.kv + p.rv + p.av + p.pv);
  const svRows: [string, string, string?][] = [
    ['SV-Entgelt (Ist)', n(p.steuerBrutto)],
    [ctx.pick(['Krankenversicherung'], ['KV-Beitrag AN', 'Kranken-Vers. AN-Teil']), n(p.kv), 'krankenversicherung'],
    [ctx.pick(['Rentenversicherung'], ['RV-Beitrag AN', 'Renten-Vers. AN-Teil']), n(p.rv), 'rentenversicherung'],
    ['Arbeitslosenversicherung', n(p.av)],
    ['Pflegeversicherung', n(p.pv)],
    ['Summe Sozialversicherung', n(sv)],
  ];
  boxLines(d.left, rng.pick(['Steuern', 'Steuerabzüge']), taxRows);
  boxLines(d.left + half + 12, rng.pick(['Sozialversicherung – Arbeitnehmeranteil', 'SV-Beiträge des Arbeitnehmers']), svRows);
  d.y = boxTop + 18 + svRows.length * 11.5 + 10;

  // the statutory net, the allowance on top, the transfer
  d.rect(d.left, d.y, W, 17, { fill: tint });
  d.text(d.left + 6, d.y + 12, ctx.pick(['Netto-Entgelt'], ['Nettoentgelt (gesetzl.)', 'Entgelt nach gesetzl. Abzügen']), { size: 9, bold: true });
  d.text(cols.betrag, d.y + 12, n(p.netto), { size: 9, bold: true, align: 'right', field: 'netto' });
  d.y += 22;
  const after = (label: string, v: number, bold = false) => d.row([{ x: cols.bez, text: label, bold }, { x: cols.betrag, text: n(v), align: 'right', bold }], { minHeight: 12, size: 8 });
  after(rng.pick(['+ Kurzarbeitergeld (steuerfrei, Progressionsvorbehalt)', '+ Kurzarbeitergeld § 3 Nr. 2 EStG', '+ KUG-Leistung']), kug);
  for (const a of p.abzuege) after(`– ${a.label}`, -a.amount);
  d.hline(d.y + 1, cols.bez, cols.betrag + 2, 0.6);
  d.move(3);
  after(ctx.pick(['Überweisungsbetrag'], ['Auszahlung auf Ihr Konto', 'Zahlbetrag']), ueberweisung, true);
  d.row([{ x: cols.bez, text: `${p.bank.name} · IBAN ${fake.groupIban(p.iban)} · BIC ${p.bank.bic}`, color: GRAY }], { minHeight: 12, size: 7 });
  d.move(8);

  // the allowance's calculation and the employer's shares side by side
  const top2 = d.y;
  d.text(d.left, top2 + 8, 'Berechnung Kurzarbeitergeld', { size: 7.5, bold: true, color: ink });
  const kugRows: [string, string][] = [
    ['Soll-Entgelt gerundet', n(round20(sollEntgelt))],
    [`rechn. Leistungssatz Soll (${satz} %)`, n(lsSoll)],
    ['Ist-Entgelt gerundet', n(round20(istEntgelt))],
    [`rechn. Leistungssatz Ist (${satz} %)`, n(lsIst)],
    ['Kurzarbeitergeld', n(kug)],
  ];
  kugRows.forEach(([l, v], i) => {
    d.text(d.left, top2 + 20 + i * 10.5, l, { size: 7.2, bold: i === 4 });
    d.text(d.left + half - 5, top2 + 20 + i * 10.5, v, { size: 7.2, align: 'right', bold: i === 4 });
  });
  const agx = d.left + half + 12;
  d.text(agx, top2 + 8, rng.pick(['Arbeitgeberanteile (nachrichtlich)', 'Aufwand Arbeitgeber (zur Information)']), { size: 7.5, bold: true, color: ink });
  const agKv = cents(p.steuerBrutto * (7.3 + p.kvZusatz / 2) / 100);
  const agRows: [string, string][] = [
    ['KV / RV / AV / PV auf Ist-Entgelt', n(cents(agKv + p.rv + p.av + p.steuerBrutto * 0.018))],
    [`fiktives Entgelt KUG (80 %)`, n(fiktiv)],
    ['SV-Beiträge auf fiktives Entgelt', n(cents(fiktiv * (0.146 + p.kvZusatz / 100 + 0.186 + 0.036)))],
    ['Umlagen U1 / U2 / Insolvenzgeld', n(cents(p.steuerBrutto * 0.0285))],
  ];
  agRows.forEach(([l, v], i) => {
    d.text(agx, top2 + 20 + i * 10.5, l, { size: 7.2, color: GRAY });
    d.text(d.right, top2 + 20 + i * 10.5, v, { size: 7.2, align: 'right', color: GRAY });
  });
  d.y = top2 + 20 + 5 * 10.5 + 8;

  // the year's totals as one ruled line of cells
  const year = p.month.slice(0, 4);
  const m = Number(p.month.slice(5, 7));
  const kugJahr = cents(kug * Math.max(1, m - rng.int(0, Math.max(0, m - 1))));
  const totals: [string, string][] = [
    [`Brutto ${year} kum.`, n(p.jahresBrutto)],
    ['Lohnsteuer kum.', n(p.jahresLohnsteuer)],
    ['KUG kum.', n(kugJahr)],
    ['Urlaub Rest', `${rng.int(2, 24)},0 T`],
    ['Zeitkonto', `${rng.pick(['+', '-'])}${decimal(rng.float(0, 30), 2)} Std.`],
  ];
  const tw = W / totals.length;
  d.hline(d.y, d.left, d.right, 0.5);
  totals.forEach(([l, v], i) => {
    d.text(d.left + i * tw + 3, d.y + 9, l, { size: 6.2, color: GRAY });
    d.text(d.left + (i + 1) * tw - 4, d.y + 20, v, { size: 8, align: 'right' });
  });
  d.y += 24;
  d.hline(d.y, d.left, d.right, 0.5);
  d.move(10);
  d.para(
    rng.pick([
      'Das Kurzarbeitergeld ist steuerfrei, unterliegt aber dem Progressionsvorbehalt (§ 32b EStG). Es wird in Ihrer Lohnsteuerbescheinigung gesondert ausgewiesen; für das Kalenderjahr ist daher eine Einkommensteuererklärung abzugeben.',
      'Hinweis: Kurzarbeitergeld wird vom Arbeitgeber ausgezahlt und von der Agentur für Arbeit erstattet. Es bleibt steuerfrei, erhöht aber über den Progressionsvorbehalt den Steuersatz auf Ihr übriges Einkommen.',
    ]),
    { size: 6.8, color: GRAY },
  );
  d.text(d.left, d.height - 28, `${p.employer.name} · Abrechnung erstellt am ${ctx.ndate(addDays(lastOfMonth(`${p.month}-01`), -rng.int(2, 6)))} · Seite 1 von 1`, { size: 6, color: GRAY });
  ctx.meta.creator = rng.pick(['LOGA', 'Lexware lohn+gehalt', 'Sage HR Lohn']);
  truth(ctx, p);
}

/**
 * blind 15: the salary slip of a field employee (sales rep or service technician) with a company
 * car, from the firm's own payroll software, two pages. Page 1: the firm with its logo square at
 * the top left, title and month at the right beside the pay day; the employee in the window; the
 * particulars as small captions above values in a three-column grid at the right; the pay as a
 * ledger with tax and social-insurance markers per line (salary, commission, the taxable benefit
 * of the private use of the car at 1 % of the list price and 0.03 % per km to the workplace); the
 * statutory deductions as one table with base, rate and amount (the contribution bases capped at
 * the ceilings); the net; then the car benefit taken off again and the travel expenses of the
 * month added, so the transfer differs from the net; a box with the car's data (registration,
 * list price, distance) and the year's totals. Page 2: the month's travel-expense statement
 * (trips with dates, customers and places, meal allowances, breakfast cuts, hotel and parking)
 * whose sum the slip pays.
 */
function blind15DienstwagenReisekosten(ctx: Ctx): void {
  const rng = ctx.rng;
  const p = payroll(rng, ctx.today);
  const sur = fake.person(rng).last;
  const firm = rng.pick([
    `${sur} Medizintechnik GmbH`,
    `${sur} Kältetechnik GmbH & Co. KG`,
    `${sur} Industrievertretungen GmbH`,
    `${sur} Fördertechnik GmbH`,
    `${sur} Verpackungssysteme GmbH`,
    `${sur} Landtechnik Vertrieb GmbH`,
    `${sur} Aufzugsservice GmbH`,
  ]);
  p.employer = fake.organisation(rng, firm, rng.pick(fake.PLACES_PLZ)[1]);
  const emp = p.employee;
  const year = Number(p.month.slice(0, 4));
  const mon = Number(p.month.slice(5, 7));
  const ink: Color = rng.pick([[0.05, 0.32, 0.52], [0.55, 0.12, 0.08], [0.12, 0.36, 0.22], [0.3, 0.3, 0.34]] as Color[]);
  const d = ctx.start({ family: 'helvetica', size: 8, margins: { left: 50, right: 44, top: 44, bottom: 56 } });
  const W = d.contentWidth;

  // the pay: a salary, often a commission, the car benefit; taxes and contributions worked out anew
  const aussendienst = rng.chance(0.6);
  const gehalt = cents(rng.float(2650, 5400));
  const provision = aussendienst && rng.chance(0.8) ? cents(rng.float(140, 1650)) : 0;
  const zulage = !aussendienst && rng.chance(0.6) ? { label: rng.pick(['Bereitschaftspauschale', 'Rufbereitschaft', 'Montagezulage']), amount: cents(rng.float(90, 420)) } : undefined;
  const vwl = rng.chance(0.3) ? rng.pick([13.29, 26.59, 40]) : 0;
  const listenpreis = Math.floor(rng.float(27500, 64000) / 100) * 100;
  const km = rng.int(3, 46);
  const gwv1 = cents(listenpreis * 0.01);
  const gwv2 = cents(listenpreis * 0.0003 * km);
  const brutto = cents(gehalt + provision + (zulage?.amount ?? 0) + vwl + gwv1 + gwv2);
  const kvBbg = year >= 2025 ? 5512.5 : 5175;
  const rvBbg = year >= 2025 ? 8050 : 7550;
  const kvBase = Math.min(brutto, kvBbg);
  const rvBase = Math.min(brutto, rvBbg);
  const kvRate = cents(7.3 + p.kvZusatz / 2);
  const pvRate = p.kinderfreibetrag > 0 ? (year >= 2025 ? 1.8 : 1.7) : year >= 2025 ? 2.4 : 2.3;
  const kv = cents((kvBase * kvRate) / 100);
  const pv = cents((kvBase * pvRate) / 100);
  const rv = cents(rvBase * 0.093);
  const av = cents(rvBase * 0.013);
  const klasse = rng.weighted([[1, 5], [3, 3], [4, 3], [2, 1]]);
  const lohnsteuer = monthlyWageTax(brutto, klasse);
  const soli = lohnsteuer > 1650 ? cents(lohnsteuer * 0.055) : 0;
  const kistRate = rng.chance(0.3) ? 8 : 9;
  const kist = p.konfession === '--' ? 0 : cents((lohnsteuer * kistRate) / 100);
  const netto = cents(brutto - lohnsteuer - soli - kist - kv - pv - rv - av);

  // the month's trips: one to three days each, meal allowances, breakfast cuts, hotel and parking
  const first = `${p.month}-01`;
  const days: string[] = [];
  for (let dd = first; dd <= lastOfMonth(first); dd = addDays(dd, 1)) if (weekday(dd) >= 1 && weekday(dd) <= 4) days.push(dd);
  const tripCount = rng.int(aussendienst ? 3 : 2, aussendienst ? 6 : 4);
  const starts = rng.sample(days.filter((_, i) => i % 2 === 0), tripCount).sort();
  const customers = ['Klinikum', 'Stadtwerke', 'Agrargenossenschaft', 'Logistikzentrum', 'Kühlhaus', 'Autohaus', 'Brauerei', 'Molkerei', 'Wohnungsbau eG', 'Landratsamt'];
  type Trip = { von: string; bis: string; ziel: string; nights: number; meal: number; cut: number; hotel: number; parken: number };
  const trips: Trip[] = starts.map((s) => {
    const len = rng.weighted([[1, 5], [2, 3], [3, 2]]);
    const bis = addDays(s, len - 1);
    const nights = len - 1;
    const meal = len === 1 ? 14 : 28 + (len - 2) * 28;
    const cut = cents(nights * (year >= 2025 ? 5.6 : 5.6));
    const hotel = nights ? cents(nights * rng.float(72, 139)) : 0;
    const parken = rng.chance(0.4) ? rng.pick([3, 4.5, 6, 8, 12, 15, 18]) : 0;
    const [, city] = rng.pick(fake.PLACES_PLZ);
    return { von: s, bis, ziel: `${rng.pick(customers)} ${city}`, nights, meal, cut, hotel, parken };
  });
  const reisekosten = cents(trips.reduce((s, t) => s + t.meal - t.cut + t.hotel + t.parken, 0));
  const vwlAbzug = vwl ? rng.pick([40, 39.88]) : 0;
  const andere = rng.chance(0.25) ? { label: rng.pick(['Kantine', 'Tankkarte Privatfahrt Urlaub', 'Diensthandy Privatanteil']), amount: cents(rng.float(9, 85)) } : undefined;
  const auszahlung = cents(netto - gwv1 - gwv2 + reisekosten - vwlAbzug - (andere?.amount ?? 0));
  const n = (v: number) => decimal(v);

  // head: logo square and firm at the left, title and month at the right
  d.rect(d.left, 40, 26, 26, { fill: ink });
  d.text(d.left + 13, 58, p.employer.name.slice(0, 1), { size: 16, bold: true, color: [1, 1, 1], align: 'center' });
  d.text(d.left + 34, 50, p.employer.name, { size: 11.5, bold: true, field: 'arbeitgeber' });
  d.text(d.left + 34, 61, `${p.employer.address.street} ${p.employer.address.no} · ${p.employer.address.plz} ${p.employer.address.city} · Tel. ${p.employer.phone}`, { size: 6.8, color: GRAY });
  const title = ctx.pick(['Gehaltsabrechnung'], ['Abrechnung Gehalt', 'Gehaltsnachweis']);
  d.text(d.right, 50, title, { size: 13, bold: true, align: 'right', color: ink });
  const mtext = monthText(p.month, rng.pick(['Monat yyyy', 'Monat yyyy', 'mm/yyyy'] as const));
  const mw = d.text(d.right, 63, mtext, { size: 9, bold: true, align: 'right', field: 'abrechnungsmonat' });
  d.text(d.right - mw - 4, 63, ctx.pick(['Monat'], ['für den Monat', 'Abrechnungszeitraum']), { size: 8, align: 'right', color: GRAY });
  const zahltag = workday(addDays(lastOfMonth(first), -rng.int(0, 3)));
  d.text(d.right, 74, `Zahltag ${ctx.ndate(zahltag)}`, { size: 7, align: 'right', color: GRAY });
  returnLine(d, `${p.employer.name} · Personalabteilung · ${p.employer.address.plz} ${p.employer.address.city}`);
  const anrede = emp.gender === 'f' ? 'Frau' : 'Herrn';
  addressWindow(d, [anrede, { text: `${emp.first} ${emp.last}`, field: 'arbeitnehmer_name' }, `${p.address.street} ${p.address.no}`, `${p.address.plz} ${p.address.city}`], 152);

  // particulars: captions above values, three columns
  const gx = 318;
  const cw = (d.right - gx) / 3;
  const kfz = `${rng.pick(['L', 'DD', 'B', 'HH', 'M', 'K', 'H', 'EF', 'MD', 'N', 'S'])}-${String.fromCharCode(65 + rng.int(0, 25))}${String.fromCharCode(65 + rng.int(0, 25))} ${rng.int(10, 9999)}${rng.chance(0.3) ? 'E' : ''}`;
  const cells: [string, string][] = [
    ['Personal-Nr.', p.personalnummer],
    ['Abteilung', aussendienst ? rng.pick(['Vertrieb Außendienst', 'Key Account', 'Gebietsverkauf Ost']) : rng.pick(['Kundendienst', 'Service Technik', 'Montage / Service'])],
    ['Eintritt', ctx.ndate(p.eintritt)],
    ['Steuerklasse', `${klasse}${p.kinderfreibetrag ? ` / ${decimal(p.kinderfreibetrag, 1)} Kfb.` : ''}`],
    ['Konfession', p.konfession === '--' ? 'keine' : p.konfession],
    ['Geburtsdatum', ctx.ndate(emp.birth)],
    ['Krankenkasse', p.krankenkasse.length > 18 ? KASSE_KURZ[p.krankenkasse] ?? p.krankenkasse.split(' ')[0] : p.krankenkasse],
    ['Versicherungs-Nr.', p.svNummer],
    ['Steuer-ID', p.steuerId],
  ];
  d.hline(108, gx, d.right, 0.8, ink);
  cells.forEach(([l, v], i) => {
    const x = gx + (i % 3) * cw;
    const y = 120 + Math.floor(i / 3) * 24;
    d.text(x, y, l, { size: 6, color: GRAY });
    d.text(x, y + 9, v, { size: 7 });
  });
  d.hline(120 + 3 * 24 - 2, gx, d.right, 0.4, GRAY);

  // earnings
  d.y = 236;
  const cols = { la: d.left + 2, bez: d.left + 38, st: d.left + 318, sv: d.left + 352, betrag: d.right - 2 };
  const band = (t: string) => {
    d.rect(d.left, d.y, W, 13, { fill: [0.92, 0.93, 0.95] });
    d.hline(d.y, d.left, d.right, 0.8, ink);
    d.row([
      { x: cols.la, text: 'Nr.', bold: true },
      { x: cols.bez, text: t, bold: true },
      { x: cols.st, text: 'St', bold: true, align: 'center' },
      { x: cols.sv, text: 'SV', bold: true, align: 'center' },
      { x: cols.betrag, text: 'EUR', bold: true, align: 'right' },
    ], { minHeight: 13, size: 7.5 });
    d.move(2);
  };
  const wl = (nr: string, text: string, amount: number, st = 'L', sv = 'L', field?: string, bold = false) =>
    d.row([
      { x: cols.la, text: nr },
      { x: cols.bez, text, bold },
      { x: cols.st, text: st, align: 'center' },
      { x: cols.sv, text: sv, align: 'center' },
      { x: cols.betrag, text: n(amount), align: 'right', field, bold },
    ], { minHeight: 12, size: 8 });
  band(ctx.pick(['Bezüge'], ['Verdienstbestandteile', 'Vergütung im Abrechnungsmonat']));
  wl(rng.pick(['100', '110']), rng.pick(['Monatsgehalt', 'Grundgehalt', 'Festgehalt']), gehalt);
  if (provision) wl('140', rng.pick([`Provision ${monthText(addMonths(first, -1).slice(0, 7), 'mm/yyyy')}`, 'Umsatzprovision Vormonat', 'Provision lt. Abrechnung']), provision);
  if (zulage) wl('160', zulage.label, zulage.amount);
  if (vwl) wl('190', 'Vermögenswirksame Leistung AG-Anteil', vwl);
  wl('520', `Geldw. Vorteil Kfz 1 % (BLP ${decimal(listenpreis, 0)})`, gwv1);
  wl('521', `Geldw. Vorteil Fahrten Whg.–Tätigkeitsstätte 0,03 % × ${km} km`, gwv2);
  d.hline(d.y + 1, cols.bez, d.right, 0.6);
  d.move(3);
  wl('', ctx.pick(['Gesamtbrutto'], ['Bruttoverdienst gesamt', 'Summe Bezüge (brutto)']), brutto, '', '', 'brutto', true);
  d.move(4);
  d.text(cols.bez, d.y + 6, 'St / SV: L = laufender Bezug, steuer- bzw. beitragspflichtig', { size: 6, color: GRAY });
  d.move(12);

  // statutory deductions in one table: base, rate, amount
  const dcol = { base: d.left + 300, rate: d.left + 370, betrag: d.right - 2 };
  d.rect(d.left, d.y, W, 13, { fill: [0.92, 0.93, 0.95] });
  d.hline(d.y, d.left, d.right, 0.8, ink);
  d.row([
    { x: cols.la, text: ctx.pick(['Gesetzliche Abzüge'], ['Steuern und Sozialabgaben', 'Abzüge nach Steuer- und Sozialrecht']), bold: true },
    { x: dcol.base, text: 'Bemessung', bold: true, align: 'right' },
    { x: dcol.rate, text: 'Satz', bold: true, align: 'right' },
    { x: dcol.betrag, text: 'EUR', bold: true, align: 'right' },
  ], { minHeight: 13, size: 7.5 });
  d.move(2);
  const dl = (text: string, base: string, rate: string, amount: number, field?: string) =>
    d.row([
      { x: cols.la, text },
      { x: dcol.base, text: base, align: 'right' },
      { x: dcol.rate, text: rate, align: 'right' },
      { x: dcol.betrag, text: n(amount), align: 'right', field },
    ], { minHeight: 12, size: 8 });
  dl(ctx.pick(['Lohnsteuer'], ['Lohnsteuer (StKl ' + klasse + ')', 'Lohnsteuerabzug']), n(brutto), '', lohnsteuer, 'lohnsteuer');
  dl('Solidaritätszuschlag', n(lohnsteuer), soli ? '5,50 %' : '', soli);
  if (p.konfession !== '--') dl(`Kirchensteuer ${p.konfession}`, n(lohnsteuer), `${decimal(kistRate, 2)} %`, kist);
  dl(ctx.pick(['Krankenversicherung'], ['Krankenkassenbeitrag AN', 'Beitrag KV (Arbeitnehmer)']), n(kvBase), `${decimal(kvRate, 2)} %`, kv, 'krankenversicherung');
  dl('Pflegeversicherung', n(kvBase), `${decimal(pvRate, 2)} %`, pv);
  dl(ctx.pick(['Rentenversicherung'], ['Rentenbeitrag AN', 'Beitrag RV (Arbeitnehmer)']), n(rvBase), '9,30 %', rv, 'rentenversicherung');
  dl('Arbeitslosenversicherung', n(rvBase), '1,30 %', av);
  d.hline(d.y + 1, cols.la, d.right, 0.6);
  d.move(3);
  const abz = cents(lohnsteuer + soli + kist + kv + pv + rv + av);
  dl('Summe gesetzliche Abzüge', '', '', abz);
  if (brutto > kvBbg) {
    d.text(cols.la, d.y + 7, `KV/PV-Beitrag aus der Beitragsbemessungsgrenze von ${n(kvBbg)} EUR berechnet.`, { size: 6, color: GRAY });
    d.move(10);
  }
  d.move(4);
  d.rect(d.left, d.y, W, 16, { stroke: ink, lineWidth: 1 });
  d.text(cols.la + 2, d.y + 11.5, ctx.pick(['Nettoverdienst'], ['Verdienst netto', 'Nettoarbeitsentgelt']), { size: 9, bold: true });
  d.text(dcol.betrag, d.y + 11.5, n(netto), { size: 9, bold: true, align: 'right', field: 'netto' });
  d.y += 22;

  // after the net: the car benefit out again, the travel expenses in
  d.text(cols.la, d.y + 8, ctx.pick(['Verrechnungen nach Netto'], ['Be- und Abzüge vom Nettobetrag', 'Korrekturen nach Netto']), { size: 7.5, bold: true, color: ink });
  d.move(11);
  const al = (text: string, amount: number, bold = false) =>
    d.row([{ x: cols.bez, text, bold }, { x: dcol.betrag, text: `${amount >= 0 ? '+' : '–'} ${n(Math.abs(amount))}`, align: 'right', bold }], { minHeight: 12, size: 8 });
  al('Sachbezug Kfz-Überlassung (im Brutto enthalten)', -cents(gwv1 + gwv2));
  al(`Reisekostenerstattung ${monthText(p.month, 'mm/yyyy')} lt. Anlage (steuerfrei)`, reisekosten);
  if (vwlAbzug) al('VL-Überweisung Bausparkasse', -vwlAbzug);
  if (andere) al(andere.label, -andere.amount);
  d.hline(d.y + 1, cols.bez, d.right, 0.6);
  d.move(3);
  d.rect(d.left + W / 2, d.y, W / 2, 16, { fill: ink });
  d.text(d.left + W / 2 + 6, d.y + 11.5, ctx.pick(['Auszahlungsbetrag'], ['Überweisung', 'Zur Auszahlung']), { size: 9, bold: true, color: [1, 1, 1] });
  d.text(dcol.betrag, d.y + 11.5, n(auszahlung), { size: 9, bold: true, align: 'right', color: [1, 1, 1] });
  d.y += 20;
  d.text(d.right, d.y + 6, `an ${p.bank.name} · IBAN ${fake.groupIban(p.iban)}`, { size: 7, align: 'right', color: GRAY });
  d.move(18);

  // the car's data and the year's totals as two framed boxes
  const bw = (W - 10) / 2;
  const top = d.y;
  const boxRows = (x: number, headline: string, rows: [string, string][]) => {
    d.text(x + 5, top + 10, headline, { size: 7.5, bold: true, color: ink });
    rows.forEach(([l, v], i) => {
      d.text(x + 5, top + 22 + i * 10, l, { size: 7 });
      d.text(x + bw - 5, top + 22 + i * 10, v, { size: 7, align: 'right' });
    });
    d.rect(x, top, bw, 16 + rows.length * 10 + 4, { stroke: GRAY, lineWidth: 0.5 });
  };
  const car: [string, string][] = [
    ['Kennzeichen', kfz],
    ['Fahrzeug', rng.pick(['VW Passat Variant', 'Skoda Octavia Combi', 'BMW 320d Touring', 'Audi A4 Avant', 'VW ID.4 (Elektro)', 'Mercedes Vito Kasten', 'Ford Transit Custom'])],
    ['Bruttolistenpreis', `${decimal(listenpreis)} EUR`],
    ['Entfernung Wohnung – Tätigkeitsstätte', `${km} km`],
    ['Überlassen seit', ctx.ndate(addMonths(first, -rng.int(3, 40)))],
  ];
  const jb = cents(brutto * mon * rng.float(0.96, 1.04));
  const jahr: [string, string][] = [
    [`Steuerbrutto Jan–${fake.MONTHS_DE[mon - 1].slice(0, 3)} ${year}`, n(jb)],
    ['Lohnsteuer kumuliert', n(cents(lohnsteuer * mon * rng.float(0.95, 1.05)))],
    ['Reisekosten stfr. kumuliert', n(cents(reisekosten * mon * rng.float(0.7, 1.3)))],
    ['Resturlaub', `${rng.int(3, 28)} Tage`],
    ['Gleitzeitsaldo', `${rng.pick(['+', '–'])} ${decimal(rng.float(0, 24), 2)} Std.`],
  ];
  boxRows(d.left, ctx.pick(['Dienstwagen'], ['Firmenfahrzeug (Privatnutzung)', 'Dienst-Kfz']), car);
  boxRows(d.left + bw + 10, ctx.pick(['Jahreswerte'], ['Werte seit Jahresbeginn', 'Kalenderjahr kumuliert']), jahr);
  d.y = top + 16 + 5 * 10 + 14;
  d.para(rng.pick([
    'Der geldwerte Vorteil aus der privaten Nutzung des Dienstwagens wird nach der 1-%-Regelung versteuert und verbeitragt und nach dem Netto wieder abgezogen, da er nicht ausgezahlt wird.',
    'Hinweis: Die Privatnutzung des Firmenwagens ist ein Sachbezug. Er erhöht Steuer- und SV-Brutto, wird aber nicht ausgezahlt und deshalb nach dem Nettoverdienst wieder abgezogen.',
  ]), { size: 6.5, color: GRAY, width: W });

  // page 2: the travel-expense statement
  d.newPage();
  d.text(d.left, 56, ctx.pick(['Anlage zur Gehaltsabrechnung'], ['Anlage zur Abrechnung', 'Beiblatt zur Gehaltsabrechnung']), { size: 8, color: GRAY });
  d.text(d.left, 72, `Reisekostenabrechnung ${monthText(p.month, 'Monat yyyy')}`, { size: 12, bold: true, color: ink });
  d.text(d.right, 72, `${emp.last}, ${emp.first} · Pers.-Nr. ${p.personalnummer}`, { size: 8, align: 'right' });
  d.hline(80, d.left, d.right, 0.8, ink);
  d.y = 90;
  d.para(rng.pick([
    'Verpflegungsmehraufwand nach § 9 Abs. 4a EStG (Pauschalen 14,00 EUR ab 8 Stunden Abwesenheit sowie An- und Abreisetag, 28,00 EUR für volle Kalendertage), gekürzt um 5,60 EUR je gestelltes Frühstück; Übernachtung und Parken nach Beleg. Fahrten mit dem Dienstwagen werden nicht erstattet.',
    'Erstattet werden die Pauschalen für Verpflegungsmehraufwand (14,00 / 28,00 EUR), abzüglich 5,60 EUR je vom Arbeitgeber veranlasstem Frühstück, sowie Übernachtungs- und Parkkosten lt. Beleg. Kein Kilometergeld, da Fahrten mit dem Dienstwagen.',
  ]), { size: 7, color: GRAY });
  d.move(4);
  const tc = { nr: d.left + 2, von: d.left + 22, bis: d.left + 70, ziel: d.left + 118, vma: d.left + 300, cut: d.left + 350, hotel: d.left + 405, park: d.left + 450, sum: d.right - 2 };
  d.rect(d.left, d.y, W, 24, { fill: [0.92, 0.93, 0.95] });
  d.row([
    { x: tc.nr, text: 'Nr.', bold: true },
    { x: tc.von, text: 'Beginn', bold: true },
    { x: tc.bis, text: 'Ende', bold: true },
    { x: tc.ziel, text: 'Anlass / Ziel', bold: true },
    { x: tc.vma, text: 'Verpfl.- pauschale', bold: true, align: 'right', width: 44 },
    { x: tc.cut, text: 'Kürzung Frühstück', bold: true, align: 'right', width: 44 },
    { x: tc.hotel, text: 'Über- nachtung', bold: true, align: 'right', width: 44 },
    { x: tc.park, text: 'Parken', bold: true, align: 'right' },
    { x: tc.sum, text: 'Betrag', bold: true, align: 'right' },
  ], { minHeight: 24, size: 7 });
  d.move(3);
  trips.forEach((t, i) => {
    const amt = cents(t.meal - t.cut + t.hotel + t.parken);
    d.row([
      { x: tc.nr, text: String(i + 1) },
      { x: tc.von, text: ctx.ndate(t.von) },
      { x: tc.bis, text: ctx.ndate(t.bis) },
      { x: tc.ziel, text: `${rng.pick(['Kundentermin', 'Wartung', 'Inbetriebnahme', 'Messe', 'Schulung', 'Angebotsgespräch'])} ${t.ziel}`, width: 150 },
      { x: tc.vma, text: n(t.meal), align: 'right' },
      { x: tc.cut, text: t.cut ? `– ${n(t.cut)}` : '', align: 'right' },
      { x: tc.hotel, text: t.hotel ? n(t.hotel) : '', align: 'right' },
      { x: tc.park, text: t.parken ? n(t.parken) : '', align: 'right' },
      { x: tc.sum, text: n(amt), align: 'right' },
    ], { minHeight: 13, size: 7.5 });
    d.hline(d.y, d.left, d.right, 0.2, GRAY);
  });
  d.move(3);
  d.row([{ x: tc.ziel, text: 'Summe Erstattung (wird mit dem Gehalt überwiesen)', bold: true }, { x: tc.sum, text: n(reisekosten), bold: true, align: 'right' }], { minHeight: 14, size: 8 });
  d.hline(d.y, tc.ziel, d.right, 0.8);
  d.move(16);
  d.para(`Die Abrechnung beruht auf den im Reisekostenportal eingereichten und am ${ctx.ndate(addDays(lastOfMonth(first), -rng.int(4, 9)))} von ${fake.fullName(fake.person(rng))} (${rng.pick(['Vertriebsleitung', 'Teamleitung Service', 'Niederlassungsleitung'])}) freigegebenen Belegen. Auslagen mit Firmenkreditkarte sind nicht enthalten.`, { size: 7.5 });
  d.onEveryPage((doc, page, pages) => {
    doc.hline(doc.height - 40, doc.left, doc.right, 0.3, GRAY);
    doc.text(doc.left, doc.height - 30, `${p.employer.name} · Entgeltabrechnung ${monthText(p.month, 'mm/yyyy')} · ${emp.last}, ${emp.first}`, { size: 6, color: GRAY });
    doc.text(doc.right, doc.height - 30, `Seite ${page}/${pages}`, { size: 6.5, align: 'right', color: GRAY });
  });
  ctx.meta.creator = rng.pick(['Lexware lohn+gehalt pro', 'Sage 100 Lohn', 'Agenda LOHN']);
  ctx.set('arbeitnehmer_name', fake.fullName(emp));
  ctx.set('arbeitgeber', p.employer.name);
  ctx.set('abrechnungsmonat', p.month);
  ctx.set('brutto', brutto);
  ctx.set('netto', netto);
  ctx.set('lohnsteuer', lohnsteuer);
  ctx.set('krankenversicherung', kv);
  ctx.set('rentenversicherung', rv);
}

export const lohnabrechnung: DocumentKind = {
  type: 'lohnabrechnung',
  layouts: [
    { id: 'datev', build: datev },
    { id: 'sap-entgeltnachweis', build: sap },
    { id: 'kleinbetrieb-zweispaltig', build: kleinbetrieb },
    { id: 'bezuegemitteilung', holdout: true, build: bezuegemitteilung },
    { id: 'blind-summenleiste', holdout: true, build: blindSummenleiste },
    { id: 'blind2-querformat-jahreswerte', holdout: true, build: blind2QuerformatJahreswerte },
    { id: 'blind3-kanzlei-staffelrechnung', holdout: true, build: blind3KanzleiStaffelrechnung },
    { id: 'blind4-zeitarbeit-stundennachweis', holdout: true, build: blind4ZeitarbeitStundennachweis },
    { id: 'blind5-rueckrechnung', holdout: true, build: blind5Rueckrechnung },
    { id: 'blind6-midijob-a5', holdout: true, build: blind6MidijobA5 },
    { id: 'blind7-cloud-payroll', holdout: true, build: blind7CloudPayroll },
    { id: 'blind8-zweisprachig-international', holdout: true, build: blind8ZweisprachigInternational },
    { id: 'blind9-bau-drucksiegel', holdout: true, build: blind9BauDrucksiegel },
    { id: 'blind10-avr-zentrale-gehaltsabrechnung', holdout: true, build: blind10AvrZentraleGehaltsabrechnung },
    { id: 'blind11-formularblock-handschrift', holdout: true, build: blind11FormularblockHandschrift },
    { id: 'blind12-lohnbuchstelle-endlos', holdout: true, build: blind12LohnbuchstelleEndlos },
    { id: 'blind13-hr-app-screenshots', holdout: true, build: blind13HrAppScreenshots },
    { id: 'blind14-kurzarbeit-kug', holdout: true, build: blind14KurzarbeitKug },
    { id: 'blind15-dienstwagen-reisekosten', holdout: true, build: blind15DienstwagenReisekosten },
  ],
};
