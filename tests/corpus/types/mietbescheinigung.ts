/** Mietbescheinigung: a city's form, a landlord's letter, a housing company's printout, a district's two-column form and a property manager's cell table (holdout). */
import { ACCENTS, bankFooterLines, box, closing, footer, GRAY, kv, letterhead, LIGHT, recipientLines, addressWindow, returnLine, section, subject, table, infoBlock, type Cell } from '../blocks.js';
import type { Ctx } from '../context.js';
import type { Color } from '../doc.js';
import { addDays, addMonths, firstOfMonth, iso, lastOfMonth, weekday, workday } from '../dates.js';
import * as fake from '../fake.js';
import * as fmt from '../format.js';
import { cents, COUNT_WORDS } from '../format.js';
import type { DocumentKind } from '../layout.js';
import { gesamt, rental, type Rental } from '../scenario.js';

const L = {
  grundmiete: [['Grundmiete', 'Nettokaltmiete', 'Kaltmiete (netto)', 'Grundmiete (nettokalt)', 'Nettomiete'], ['Miete ohne Nebenkosten', 'Netto-Kaltmiete', 'Basismiete']],
  nebenkosten: [['Nebenkosten (ohne Heizung)', 'Betriebskosten', 'Vorauszahlung Betriebskosten', 'kalte Nebenkosten', 'Betriebskostenvorauszahlung'], ['Umlagen (kalte Betriebskosten)', 'sonstige Betriebskosten', 'Abschlag Nebenkosten ohne Heizung']],
  heizkosten: [['Heizkosten', 'Heiz- und Warmwasserkosten', 'Vorauszahlung Heizung/Warmwasser', 'Heizkostenvorauszahlung', 'Heizung und Warmwasser'], ['Kosten für Heizung und Warmwasser', 'Wärmeversorgung (Abschlag)']],
  gesamtmiete: [['Gesamtmiete', 'Gesamtbetrag', 'Monatliche Gesamtmiete', 'Summe', 'Warmmiete gesamt', 'Zu zahlende Miete insgesamt'], ['Summe der monatlichen Zahlungen', 'Gesamtbelastung monatlich', 'Bruttowarmmiete']],
  wohnflaeche: [['Wohnfläche', 'Größe der Wohnung', 'Wohnfläche der Wohnung', 'Fläche der Wohnung'], ['Gesamtwohnfläche', 'Wohnungsgröße']],
  einzug: [['Einzug am', 'Einzugsdatum', 'Mietverhältnis seit', 'bewohnt seit', 'Beginn des Mietverhältnisses'], ['Tag des Einzugs', 'Mieter seit']],
  bewohner: [['Zahl der Bewohner', 'Anzahl der Personen in der Wohnung', 'Personen im Haushalt', 'Zahl der Haushaltsangehörigen in der Wohnung'], ['Anzahl Bewohner/innen', 'Zahl der in der Wohnung lebenden Personen']],
  mieter: [['Mieter/in', 'Name des Mieters', 'Mieterin / Mieter', 'Hauptmieter/in'], ['Mietpartei', 'Name, Vorname der Mieterin/des Mieters']],
  vermieter: [['Vermieter/in', 'Vermieter', 'Name des Vermieters', 'Vermieterin / Vermieter'], ['Eigentümer/Verwalter', 'Wohnungsgeber/in']],
  anschrift: [['Anschrift der Wohnung', 'Lage der Wohnung', 'Mietobjekt', 'Wohnung (Straße, Hausnummer, PLZ, Ort)'], ['Adresse des Mietobjekts', 'Wohnanschrift']],
} as const;

const lbl = (ctx: Ctx, key: keyof typeof L) => ctx.pick(L[key][0], L[key][1]);

/** sets the ground truth from a tenancy; the name order of landlords follows the style */
function truth(ctx: Ctx, r: Rental): void {
  ctx.set('mieter_name', fake.fullName(r.tenant));
  ctx.set('vermieter_name', r.landlord.name);
  ctx.set('anschrift', fake.addressLine(r.flat));
  ctx.set('wohnflaeche', r.area);
  ctx.set('einzugsdatum', r.einzug);
  ctx.set('grundmiete', r.grundmiete);
  ctx.set('nebenkosten', r.nebenkosten);
  if (r.heizkosten !== undefined) ctx.set('heizkosten', r.heizkosten);
  ctx.set('gesamtmiete', gesamt(r));
  ctx.set('bewohner_anzahl', r.bewohner);
}

const landlordPrinted = (ctx: Ctx, r: Rental) => (r.landlord.person ? ctx.name(r.landlord.person) : r.landlord.name);
const heatingNote = (ctx: Ctx) => ctx.rng.pick(['wird direkt mit dem Versorger abgerechnet', 'Etagenheizung, Abrechnung durch Mieter', 'nicht in der Miete enthalten (Gasvertrag des Mieters)']);

/** A: the city's form, numbered sections of boxes */
function stadtFormular(ctx: Ctx): void {
  const r = rental(ctx.rng, ctx.today);
  const city = r.flat.city;
  const d = ctx.start({ family: 'helvetica', size: 9.5 });
  const amt = ctx.rng.pick(['Sozialamt – Wohngeldstelle', 'Amt für Wohnungswesen', 'Amt für Soziales und Wohnen, Abt. Wohngeld', 'Bürgeramt – Sachgebiet Wohngeld']);
  d.text(d.left, 48, `Stadt ${city}`, { size: 13, bold: true });
  d.text(d.left, 62, amt, { size: 9 });
  d.text(d.right, 48, `Eingangsstempel`, { size: 7, align: 'right', color: GRAY });
  d.rect(d.right - 120, 52, 120, 46, { stroke: LIGHT });
  d.text(d.left, 76, `Wohngeldnummer / Aktenzeichen: ${ctx.rng.chance(0.5) ? fake.aktenzeichen(ctx.rng) : '________________'}`, { size: 8 });
  d.y = 110;
  d.write('Mietbescheinigung', { size: 16, bold: true });
  d.write(ctx.rng.pick(['zur Vorlage bei der Wohngeldstelle – vom Vermieter auszufüllen', 'Bescheinigung des Vermieters nach § 23 Abs. 1 WoGG', 'Anlage zum Antrag auf Mietzuschuss']), { size: 9, color: GRAY });
  d.move(4);
  const W = d.contentWidth;
  const x0 = d.left;
  let y = d.y;
  const rowH = 26;
  const boxRow = (cells: [number, string, Cell][]) => {
    let x = x0;
    for (const [w, label, value] of cells) {
      box(ctx, x, y, W * w, rowH, label, value);
      x += W * w;
    }
    y += rowH;
  };
  const head = (t: string) => {
    d.rect(x0, y, W, 15, { fill: LIGHT });
    d.text(x0 + 4, y + 11, t, { size: 9, bold: true });
    y += 15;
  };
  head(`1. ${lbl(ctx, 'vermieter')}`);
  boxRow([[0.55, 'Name bzw. Firma', { text: landlordPrinted(ctx, r), field: 'vermieter_name' }], [0.45, 'Telefon', r.landlord.phone]]);
  boxRow([[1, 'Anschrift', `${r.landlord.address.street} ${r.landlord.address.no}, ${r.landlord.address.plz} ${r.landlord.address.city}`]]);
  head(`2. ${lbl(ctx, 'mieter')}`);
  boxRow([[0.6, 'Name, Vorname', { text: ctx.name(r.tenant, 'last-first'), field: 'mieter_name' }], [0.4, 'Geburtsdatum', ctx.ndate(r.tenant.birth)]]);
  head(`3. Angaben zur Wohnung`);
  boxRow([[0.65, 'Straße, Hausnummer', `${r.flat.street} ${r.flat.no}`], [0.35, 'PLZ, Ort', `${r.flat.plz} ${r.flat.city}`]]);
  d.place('anschrift', `${r.flat.street} ${r.flat.no}`);
  boxRow([[0.25, lbl(ctx, 'wohnflaeche'), { text: ctx.area(r.area), field: 'wohnflaeche' }], [0.2, 'Zahl der Räume', String(r.rooms)], [0.25, 'Lage / Geschoss', r.floor], [0.3, 'bezugsfertig (Jahr)', String(r.built)]]);
  boxRow([[0.5, lbl(ctx, 'einzug'), { text: ctx.ndate(r.einzug), field: 'einzugsdatum' }], [0.5, lbl(ctx, 'bewohner'), { text: String(r.bewohner), field: 'bewohner_anzahl' }]]);
  head(`4. Monatliche Miete (Stand: ${ctx.ndate(r.mieteAb)})`);
  const mrow = (label: string, value: Cell) => {
    d.rect(x0, y, W * 0.7, 18, { stroke: [0, 0, 0], lineWidth: 0.4 });
    d.rect(x0 + W * 0.7, y, W * 0.3, 18, { stroke: [0, 0, 0], lineWidth: 0.4 });
    d.text(x0 + 4, y + 12.5, label, { size: 9 });
    d.text(x0 + W - 6, y + 12.5, typeof value === 'string' ? value : value.text, { size: 9.5, align: 'right', field: typeof value === 'string' ? undefined : value.field });
    y += 18;
  };
  mrow(`a) ${lbl(ctx, 'grundmiete')}`, { text: ctx.money(r.grundmiete), field: 'grundmiete' });
  mrow(`b) ${lbl(ctx, 'nebenkosten')}`, { text: ctx.money(r.nebenkosten), field: 'nebenkosten' });
  if (r.heizkosten !== undefined) mrow(`c) ${lbl(ctx, 'heizkosten')}`, { text: ctx.money(r.heizkosten), field: 'heizkosten' });
  else mrow(`c) ${lbl(ctx, 'heizkosten')}: ${heatingNote(ctx)}`, '–');
  mrow('d) Untermietzuschlag, Möblierungszuschlag', ctx.rng.chance(0.5) ? '–' : ctx.money(0));
  mrow(`e) ${lbl(ctx, 'gesamtmiete')} (a bis d)`, { text: ctx.money(gesamt(r)), field: 'gesamtmiete' });
  if (r.stellplatz) mrow('nachrichtlich: Garage / Stellplatz (nicht enthalten)', ctx.money(r.stellplatz));
  d.y = y + 12;
  d.para(`Die Miete wurde zuletzt zum ${ctx.ndate(r.mieteAb)} geändert; vorher betrug die Grundmiete ${ctx.money(r.vormiete)}. ${ctx.rng.chance(0.5) ? `Eine Mietkaution von ${ctx.money(r.kaution)} wurde geleistet.` : ''}`, { size: 8.5 });
  d.para('Ich versichere, dass die vorstehenden Angaben richtig und vollständig sind. Mir ist bekannt, dass die Angaben von der Wohngeldbehörde überprüft werden können.', { size: 8.5 });
  d.move(20);
  d.hline(d.y, d.left, d.left + 180, 0.5);
  d.hline(d.y, d.left + 230, d.right, 0.5);
  d.text(d.left, d.y + 9, `${r.landlord.address.city}, ${ctx.ndate(addDays(ctx.today, -ctx.rng.int(0, 10)))}`, { size: 8 });
  d.text(d.left + 230, d.y + 9, 'Unterschrift Vermieter/in bzw. Verwalter/in, Stempel', { size: 8 });
  footer(d, [[`Stadt ${city} · ${amt}`], ['Formular WG 3 – Mietbescheinigung']], ctx.rng.pick(['Seite x von y', 'none']));
  truth(ctx, r);
}

/** B: the landlord's letter with running text and a short list */
function vermieterBrief(ctx: Ctx): void {
  const r = rental(ctx.rng, ctx.today);
  const d = ctx.start({ family: ctx.rng.pick(['helvetica', 'times']), size: 10.5 });
  const ll = r.landlord;
  if (ll.kind === 'organisation') letterhead(ctx, { name: ll.name, unit: ctx.rng.pick(['Vermietung und Verwaltung', 'Mieterbetreuung', 'Hausverwaltung']), extra: [`${ll.address.street} ${ll.address.no}`, `${ll.address.plz} ${ll.address.city}`, `Tel. ${ll.phone}`] });
  else {
    d.text(d.left, 50, `${ll.person!.title ? ll.person!.title + ' ' : ''}${ll.name}`, { size: 11 });
    d.text(d.left, 63, `${ll.address.street} ${ll.address.no} · ${ll.address.plz} ${ll.address.city}`, { size: 9 });
    d.text(d.left, 76, `Telefon ${ll.phone}`, { size: 9 });
  }
  returnLine(d, `${ll.name} · ${ll.address.street} ${ll.address.no} · ${ll.address.plz} ${ll.address.city}`);
  const toAuthority = ctx.rng.chance(0.5);
  if (toAuthority) addressWindow(d, [`Stadt ${r.flat.city}`, 'Wohngeldstelle', '', `${r.flat.city}`]);
  else addressWindow(d, recipientLines(ctx, r.tenant, r.flat));
  infoBlock(d, [
    ['Datum', ctx.date(ctx.today)],
    ...(ll.kind === 'organisation' ? ([['Mieternummer', `${ctx.rng.digits(3)}/${ctx.rng.digits(4)}/${ctx.rng.int(1, 9)}`], ['Ansprechpartner', fake.fullName(fake.person(ctx.rng))]] as [string, string][]) : []),
  ]);
  subject(d, [ctx.pick(['Mietbescheinigung', 'Bescheinigung über die Miethöhe', 'Mietbescheinigung zur Vorlage bei der Wohngeldstelle'], ['Bestätigung der Mietkosten'])]);
  d.write(toAuthority ? 'Sehr geehrte Damen und Herren,' : `${r.tenant.gender === 'f' ? 'Sehr geehrte Frau' : 'Sehr geehrter Herr'} ${r.tenant.last},`);
  d.move(4);
  const flat = `${r.flat.street} ${r.flat.no}, ${r.flat.plz} ${r.flat.city}`;
  const einzugText = ctx.date(r.einzug);
  const who = ctx.name(r.tenant, ctx.rng.chance(0.8) ? 'first-last' : 'last-first');
  d.para(
    `hiermit bestätigen wir, dass ${r.tenant.gender === 'f' ? 'Frau' : 'Herr'} ${ctx.v('mieter_name', who)} seit dem ${ctx.v('einzugsdatum', einzugText)} Mieter${r.tenant.gender === 'f' ? 'in' : ''} der Wohnung ${ctx.v('anschrift', flat)} (${r.floor}, ${r.rooms} Zimmer) ist. Die Wohnfläche beträgt ${ctx.v('wohnflaeche', ctx.area(r.area))}.`,
  );
  const count = ctx.rng.chance(0.5) ? String(r.bewohner) : COUNT_WORDS[r.bewohner];
  d.para(`Die Wohnung wird derzeit von ${ctx.v('bewohner_anzahl', count)} Person${r.bewohner === 1 ? '' : 'en'} bewohnt. Die monatliche Miete setzt sich seit dem ${ctx.date(r.mieteAb)} wie folgt zusammen:`);
  const lx = d.left + 20;
  const vx = d.left + 330;
  const line = (label: string, value: string, field?: string, bold = false) => d.row([{ x: lx, text: label, bold }, { x: vx, text: value, align: 'right', field, bold }]);
  line(lbl(ctx, 'grundmiete'), ctx.money(r.grundmiete), 'grundmiete');
  line(lbl(ctx, 'nebenkosten'), ctx.money(r.nebenkosten), 'nebenkosten');
  if (r.heizkosten !== undefined) line(lbl(ctx, 'heizkosten'), ctx.money(r.heizkosten), 'heizkosten');
  d.hline(d.y + 1, lx, vx + 5, 0.5);
  d.move(3);
  line(lbl(ctx, 'gesamtmiete'), ctx.money(gesamt(r)), 'gesamtmiete', true);
  d.move(8);
  if (r.heizkosten === undefined) d.para(`Die Heizkosten sind nicht enthalten; die Wohnung wird mit einer Gasetagenheizung beheizt, deren Kosten der Mieter direkt mit dem Versorger abrechnet.`);
  if (r.stellplatz) d.para(`Zusätzlich ist ein Stellplatz für ${ctx.money(r.stellplatz)} im Monat angemietet; dieser ist in der obigen Aufstellung nicht enthalten.`);
  if (ctx.rng.chance(0.6)) d.para(`Bis zum ${ctx.date(addDays(r.mieteAb, -1))} betrug die ${lbl(ctx, 'grundmiete')} ${ctx.money(r.vormiete)}. Die Kaution in Höhe von ${ctx.money(r.kaution)} wurde vollständig gezahlt. Mietrückstände bestehen nicht.`);
  closing(ctx, { signer: ll.kind === 'person' ? ctx.v('vermieter_name', landlordPrinted(ctx, r)) : fake.fullName(fake.person(ctx.rng)), role: ll.kind === 'organisation' ? ctx.v('vermieter_name', ll.name) : 'Vermieter' });
  if (ll.kind === 'organisation') footer(d, [[ll.name, `${ll.address.street} ${ll.address.no}`, `${ll.address.plz} ${ll.address.city}`], [`Bank: ${ll.bank.bank.name}`, `IBAN ${fake.groupIban(ll.bank.iban)}`, `BIC ${ll.bank.bank.bic}`], [`Amtsgericht ${ll.address.city} HRB ${ctx.rng.digits(5)}`, `Geschäftsführer: ${fake.fullName(fake.person(ctx.rng))}`]], 'none');
  truth(ctx, r);
}

/** C: a housing company's printout: contract data, a table of rent components then and now, explanations on page 2 */
function wohnungsunternehmen(ctx: Ctx): void {
  const r = rental(ctx.rng, ctx.today);
  if (r.landlord.kind === 'person') r.landlord = { ...r.landlord, kind: 'organisation', name: fake.landlordOrganisation(ctx.rng, r.flat.city), person: undefined };
  const d = ctx.start({ family: 'helvetica', size: 9 });
  const ll = r.landlord;
  letterhead(ctx, { name: ll.name, unit: 'Kundenservice Vermietung', extra: [`${ll.address.street} ${ll.address.no}, ${ll.address.plz} ${ll.address.city}`, `Service-Telefon ${ll.phone}`] });
  d.place('vermieter_name', ll.name);
  returnLine(d, `${ll.name}, ${ll.address.plz} ${ll.address.city}`);
  addressWindow(d, recipientLines(ctx, r.tenant, r.flat));
  const vertrag = `${ctx.rng.digits(4)}.${ctx.rng.digits(3)}.${ctx.rng.digits(2)}`;
  infoBlock(d, [
    ['Vertragsnummer', vertrag],
    ['Objekt', `${ctx.rng.digits(4)}-${ctx.rng.digits(2)}`],
    ['Datum', ctx.ndate(ctx.today)],
  ]);
  subject(d, [ctx.pick(['Mietbescheinigung für Ihren Wohngeldantrag', 'Bescheinigung der Miete – Wohngeld'], ['Nachweis der Wohnkosten für die Wohngeldbehörde'])]);
  d.para('Auf Ihren Wunsch bescheinigen wir Ihnen die folgenden Angaben zu Ihrem Mietverhältnis:');
  const rows: [string, Cell][] = [
    [lbl(ctx, 'mieter'), { text: ctx.name(r.tenant), field: 'mieter_name' }],
    [lbl(ctx, 'anschrift'), { text: fake.addressLine(r.flat), field: 'anschrift' }],
    ['Lage', `${r.floor}, Wohnungsnummer ${ctx.rng.int(1, 40)}`],
    [lbl(ctx, 'wohnflaeche'), { text: ctx.area(r.area), field: 'wohnflaeche' }],
    ['Zimmer', String(r.rooms)],
    [lbl(ctx, 'einzug'), { text: ctx.ndate(r.einzug), field: 'einzugsdatum' }],
    [lbl(ctx, 'bewohner'), { text: String(r.bewohner), field: 'bewohner_anzahl' }],
  ];
  for (const [l, v] of rows) kv(ctx, l, v, { valueX: d.left + 170 });
  d.move(8);
  const past = ctx.ndate(r.vormieteAb);
  const now = ctx.ndate(r.mieteAb);
  const c1 = d.left + 330;
  const c2 = d.right;
  const oldNeben = Math.max(0, r.nebenkosten - ctx.rng.int(0, 20));
  const oldHeiz = r.heizkosten === undefined ? undefined : Math.max(0, r.heizkosten - ctx.rng.int(0, 25));
  const oldTotal = r.vormiete + oldNeben + (oldHeiz ?? 0);
  const m = (v: number) => ctx.money(v, 'bare');
  const tableRows: Cell[][] = [
    [lbl(ctx, 'grundmiete'), m(r.vormiete), { text: m(r.grundmiete), field: 'grundmiete' }],
    [lbl(ctx, 'nebenkosten'), m(oldNeben), { text: m(r.nebenkosten), field: 'nebenkosten' }],
  ];
  if (r.heizkosten !== undefined) tableRows.push([lbl(ctx, 'heizkosten'), m(oldHeiz!), { text: m(r.heizkosten), field: 'heizkosten' }]);
  tableRows.push([lbl(ctx, 'gesamtmiete'), m(oldTotal), { text: m(gesamt(r)), field: 'gesamtmiete' }]);
  table(ctx, [
    { header: 'Mietbestandteil (monatlich, EUR)', x: d.left },
    { header: `gültig ab ${past}`, x: c1, align: 'right' },
    { header: `gültig ab ${now}`, x: c2, align: 'right' },
  ], tableRows, { grid: true, headerFill: LIGHT });
  if (r.heizkosten === undefined) d.para(`Heizung und Warmwasser: ${heatingNote(ctx)}.`);
  if (r.stellplatz) d.para(`Für den Tiefgaragenstellplatz zahlen Sie gesondert ${ctx.money(r.stellplatz)} monatlich (separater Vertrag).`);
  d.para(`Die Mietsicherheit (Kaution) beträgt ${ctx.money(r.kaution)}. Die Miete ist monatlich im Voraus bis zum dritten Werktag zu zahlen.`);
  if (ctx.rng.chance(0.6)) d.newPage();
  section(ctx, 'Erläuterungen', { rule: true });
  d.para('Die Betriebskosten umfassen die Kosten nach § 2 der Betriebskostenverordnung ohne die Kosten der Heizung und Warmwasserbereitung, insbesondere Grundsteuer, Wasserversorgung, Entwässerung, Müllbeseitigung, Hausreinigung, Gartenpflege, Allgemeinstrom, Schornsteinreinigung und Versicherungen.', { size: 8.5 });
  d.para('Über die Vorauszahlungen wird jährlich abgerechnet. Diese Bescheinigung wurde maschinell erstellt und ist ohne Unterschrift gültig.', { size: 8.5 });
  d.para(`Für Rückfragen erreichen Sie uns unter ${ll.phone} oder per E-Mail an vermietung@${ll.name.toLowerCase().replace(/[^a-z]/g, '').slice(0, 14)}.de.`, { size: 8.5 });
  footer(d, [[ll.name, `${ll.address.street} ${ll.address.no}`, `${ll.address.plz} ${ll.address.city}`], [ll.bank.bank.name, `IBAN ${fake.groupIban(ll.bank.iban)}`], [`Registergericht ${ll.address.city}`, `HRB ${ctx.rng.digits(5)}`]]);
  truth(ctx, r);
}

/** D (holdout): a district's two-column form: tenancy left, costs right, checkboxes */
function landkreisZweispaltig(ctx: Ctx): void {
  const r = rental(ctx.rng, ctx.today);
  const d = ctx.start({ family: ctx.rng.pick(['times', 'helvetica']), size: 9.5, margins: { left: 50, right: 45, top: 45, bottom: 60 } });
  const kreis = ctx.rng.pick(['Landkreis Leipzig', 'Landkreis Görlitz', 'Kreis Pinneberg', 'Landkreis Rostock', 'Rhein-Sieg-Kreis', 'Landkreis Harz', 'Erzgebirgskreis', 'Landkreis Bautzen']);
  d.text(d.left, 50, kreis, { size: 12, bold: true });
  d.text(d.left, 63, ctx.pick(['Landratsamt – Wohngeldbehörde', 'Kreisverwaltung, Fachdienst Wohngeld'], ['Der Landrat – Fachbereich Soziales, Wohngeld']), { size: 9 });
  d.text(d.right, 50, 'Bescheinigung über die Wohnkosten', { size: 12, bold: true, align: 'right' });
  d.text(d.right, 63, '(Mietbescheinigung nach dem Wohngeldgesetz)', { size: 8.5, align: 'right' });
  d.hline(72, d.left, d.right, 1);
  const mid = d.left + d.contentWidth / 2;
  const colW = d.contentWidth / 2 - 12;
  let yl = 90;
  let yr = 90;
  const left = (label: string, value: Cell) => {
    d.text(d.left, yl, label, { size: 7.5, color: GRAY });
    d.text(d.left, yl + 12, typeof value === 'string' ? value : value.text, { size: 10, field: typeof value === 'string' ? undefined : value.field });
    d.hline(yl + 15, d.left, d.left + colW, 0.3);
    yl += 28;
  };
  const right = (label: string, value: Cell) => {
    const lines = d.wrap(label, colW - 90, { size: 9 });
    lines.forEach((l, i) => d.text(mid + 12, yr + i * 11, l, { size: 9 }));
    d.text(d.right, yr, typeof value === 'string' ? value : value.text, { size: 10, align: 'right', field: typeof value === 'string' ? undefined : value.field });
    yr += 11 * lines.length + 8;
    d.hline(yr - 6, mid + 12, d.right, 0.3, LIGHT);
  };
  d.text(d.left, yl, 'A. Mietverhältnis', { size: 10, bold: true });
  d.text(mid + 12, yr, 'B. Monatliche Kosten der Wohnung', { size: 10, bold: true });
  yl += 18;
  yr += 18;
  left(lbl(ctx, 'mieter'), { text: ctx.name(r.tenant), field: 'mieter_name' });
  left(lbl(ctx, 'vermieter'), { text: landlordPrinted(ctx, r), field: 'vermieter_name' });
  left('Anschrift des Vermieters', `${r.landlord.address.street} ${r.landlord.address.no}, ${r.landlord.address.plz} ${r.landlord.address.city}`);
  left(lbl(ctx, 'anschrift'), { text: fake.addressLine(r.flat), field: 'anschrift' });
  left(lbl(ctx, 'einzug'), { text: ctx.date(r.einzug), field: 'einzugsdatum' });
  left(lbl(ctx, 'wohnflaeche'), { text: ctx.area(r.area), field: 'wohnflaeche' });
  left(lbl(ctx, 'bewohner'), { text: String(r.bewohner), field: 'bewohner_anzahl' });
  left('Geschoss / Zimmer', `${r.floor} / ${r.rooms}`);
  right(lbl(ctx, 'grundmiete'), { text: ctx.money(r.grundmiete), field: 'grundmiete' });
  right(lbl(ctx, 'nebenkosten'), { text: ctx.money(r.nebenkosten), field: 'nebenkosten' });
  if (r.heizkosten !== undefined) right(lbl(ctx, 'heizkosten'), { text: ctx.money(r.heizkosten), field: 'heizkosten' });
  else right(`${lbl(ctx, 'heizkosten')} (vom Mieter direkt an Versorger)`, '0,00');
  right('Zuschläge (Untervermietung, Möblierung, gewerbliche Nutzung)', '–');
  right(lbl(ctx, 'gesamtmiete'), { text: ctx.money(gesamt(r)), field: 'gesamtmiete' });
  right('Mietsicherheit (einmalig, nicht monatlich)', ctx.money(r.kaution));
  if (r.stellplatz) right('Garage/Stellplatz (gesonderter Vertrag)', ctx.money(r.stellplatz));
  d.y = Math.max(yl, yr) + 10;
  d.hline(d.y, d.left, d.right, 0.8);
  d.move(10);
  d.write('C. Heizung und Warmwasser', { bold: true, size: 10 });
  const central = r.heizkosten !== undefined;
  d.checkbox(d.left, d.y + 9, central);
  d.text(d.left + 14, d.y + 9, 'Sammelheizung (Zentral-, Fernheizung), Kosten in B enthalten');
  d.move(14);
  d.checkbox(d.left, d.y + 9, !central);
  d.text(d.left + 14, d.y + 9, 'Etagen- oder Einzelofenheizung, Kosten trägt der Mieter selbst');
  d.move(22);
  d.para(`Mieterhöhungen seit dem ${ctx.date(r.vormieteAb)}: ${ctx.rng.chance(0.5) ? 'keine' : `zum ${ctx.date(r.mieteAb)} (vorher ${ctx.money(r.vormiete)} ohne Nebenkosten)`}.`);
  d.para('Der Vermieter bestätigt die Richtigkeit der Angaben. Falsche Angaben können als Ordnungswidrigkeit nach § 37 WoGG mit einer Geldbuße geahndet werden.', { size: 8.5 });
  d.move(18);
  d.text(d.left, d.y, `${r.flat.city}, den ${ctx.date(addDays(ctx.today, -2))}`, { size: 9 });
  d.hline(d.y + 4, d.left + 230, d.right, 0.5);
  d.text(d.left + 230, d.y + 14, 'Unterschrift des Vermieters / Verwalters', { size: 7.5, color: GRAY });
  truth(ctx, r);
}

/**
 * E (holdout, blind): a property manager's "Vermieterbescheinigung": the data as rows of cells
 * under a header row (tenancy, then costs), landlord as the issuer in the letterhead, a notes block
 * with deposit, parking space and the previous rent.
 */
function blindVerwaltungTabellenzeile(ctx: Ctx): void {
  const r = rental(ctx.rng, ctx.today);
  if (r.landlord.kind === 'person') r.landlord = { ...r.landlord, kind: 'organisation', name: fake.landlordOrganisation(ctx.rng, r.flat.city), person: undefined };
  const ll = r.landlord;
  const d = ctx.start({ family: ctx.rng.pick(['helvetica', 'times']), size: 9, margins: { left: 52, right: 46, top: 48, bottom: 64 } });
  const accent: [number, number, number] = ctx.rng.pick([[0.1, 0.3, 0.5], [0.45, 0.2, 0.1], [0.15, 0.4, 0.3]]);
  d.rect(d.left, 40, 4, 34, { fill: accent });
  d.text(d.left + 12, 52, ll.name, { size: 12.5, bold: true, field: 'vermieter_name' });
  d.text(d.left + 12, 64, `${ll.address.street} ${ll.address.no} · ${ll.address.plz} ${ll.address.city}`, { size: 8, color: GRAY });
  d.text(d.left + 12, 74, `Zentrale ${ll.phone} · Fax ${fake.phone(ctx.rng)}`, { size: 8, color: GRAY });
  const mieterkonto = `${ctx.rng.digits(2)}/${ctx.rng.digits(4)}/${ctx.rng.digits(3)}`;
  d.text(d.right, 52, `Mieterkonto ${mieterkonto}`, { size: 8.5, align: 'right' });
  d.text(d.right, 64, `Bearbeiter/in: ${fake.person(ctx.rng).last} · App. ${ctx.rng.int(100, 399)}`, { size: 8.5, align: 'right' });
  d.text(d.right, 76, `${ll.address.city}, ${ctx.date(ctx.today)}`, { size: 8.5, align: 'right' });
  d.y = 104;
  d.write(ctx.rng.pick(['Vermieterbescheinigung über die Wohnkosten', 'Bescheinigung des Vermieters zur Vorlage bei der Wohngeldbehörde']), { size: 13, bold: true });
  d.para(`Auf Anforderung der Mieterin bzw. des Mieters bestätigen wir die nachstehenden Angaben zum Mietverhältnis. Stichtag der Angaben: ${ctx.date(ctx.today)}.`, { size: 8.5 });
  d.move(2);
  const W = d.contentWidth;
  // a row of header cells and a row of value cells below, each cell framed
  const grid = (title: string, cells: { w: number; head: string; value: Cell; right?: boolean }[]) => {
    d.ensure(70);
    d.text(d.left, d.y + 9, title, { size: 9, bold: true, color: accent });
    d.y += 14;
    const heads = cells.map((c) => d.wrap(c.head, W * c.w - 8, { size: 7.5, bold: true }));
    const hh = Math.max(...heads.map((h) => h.length)) * 9 + 6;
    let x = d.left;
    cells.forEach((c, i) => {
      d.rect(x, d.y, W * c.w, hh, { fill: [0.92, 0.92, 0.92], stroke: GRAY, lineWidth: 0.4 });
      heads[i].forEach((l, j) => d.text(x + 4, d.y + 10 + j * 9, l, { size: 7.5, bold: true }));
      x += W * c.w;
    });
    d.y += hh;
    const vals = cells.map((c) => (typeof c.value === 'string' ? { text: c.value } : c.value));
    const wrapped = cells.map((c, i) => d.wrap(vals[i].text, W * c.w - 8, { size: 9 }));
    const vh = Math.max(...wrapped.map((w) => w.length)) * 11 + 8;
    x = d.left;
    cells.forEach((c, i) => {
      d.rect(x, d.y, W * c.w, vh, { stroke: GRAY, lineWidth: 0.4 });
      if (wrapped[i].length === 1) d.text(c.right ? x + W * c.w - 4 : x + 4, d.y + 13, vals[i].text, { size: 9, field: vals[i].field, align: c.right ? 'right' : 'left' });
      else {
        if (vals[i].field) d.place(vals[i].field!, vals[i].text);
        wrapped[i].forEach((l, j) => d.text(x + 4, d.y + 13 + j * 11, l, { size: 9 }));
      }
      x += W * c.w;
    });
    d.y += vh + 12;
  };
  grid('1  Mietverhältnis', [
    { w: 0.3, head: ctx.rng.pick(['Mieter (lt. Vertrag)', 'Vertragsinhaber/in']), value: { text: ctx.name(r.tenant), field: 'mieter_name' } },
    { w: 0.46, head: ctx.rng.pick(['Lage der Mietwohnung', 'Straße, Nr., PLZ, Ort der Wohnung']), value: { text: fake.addressLine(r.flat), field: 'anschrift' } },
    { w: 0.24, head: ctx.rng.pick(['Nutzung seit', 'Wohnung bezogen am']), value: { text: ctx.ndate(r.einzug), field: 'einzugsdatum' } },
  ]);
  grid('2  Wohnung', [
    { w: 0.2, head: ctx.rng.pick(['Fläche lt. Mietvertrag', 'Wohnfläche (m²)']), value: { text: ctx.area(r.area), field: 'wohnflaeche' } },
    { w: 0.14, head: 'Räume', value: `${r.rooms}` },
    { w: 0.24, head: 'Geschoss', value: r.floor },
    { w: 0.18, head: 'Baujahr', value: String(r.built) },
    { w: 0.24, head: ctx.rng.pick(['Belegung (Personen)', 'gemeldete Nutzer der Wohnung']), value: { text: String(r.bewohner), field: 'bewohner_anzahl' } },
  ]);
  const costCells: { w: number; head: string; value: Cell; right?: boolean }[] = [
    { w: 0.22, head: ctx.rng.pick(['Mietzins (kalt)', 'Kaltmiete']), value: { text: ctx.money(r.grundmiete), field: 'grundmiete' }, right: true },
    { w: 0.26, head: ctx.rng.pick(['Vorauszahlung kalte NK (Wasser, Müll, Grundsteuer u. a.)', 'NK-Vorauszahlung ohne Heizung']), value: { text: ctx.money(r.nebenkosten), field: 'nebenkosten' }, right: true },
    { w: 0.26, head: ctx.rng.pick(['Heizkosten- und Warmwasservorschuss', 'HK-/WW-Vorauszahlung']), value: r.heizkosten !== undefined ? { text: ctx.money(r.heizkosten), field: 'heizkosten' } : 'entfällt (eigener Gasvertrag)', right: r.heizkosten !== undefined },
    { w: 0.26, head: ctx.rng.pick(['Gesamtmietzins monatlich', 'monatliche Zahlung insgesamt']), value: { text: ctx.money(gesamt(r)), field: 'gesamtmiete' }, right: true },
  ];
  grid(`3  Monatliche Mietzahlung, gültig ab ${ctx.ndate(r.mieteAb)}`, costCells);
  d.write('Anmerkungen', { bold: true, size: 9 });
  const notes: string[] = [];
  notes.push(`Bis ${ctx.ndate(addDays(r.mieteAb, -1))} betrug der Mietzins (kalt) ${ctx.money(r.vormiete)}; die Anpassung erfolgte nach § 558 BGB.`);
  notes.push(`Die Mietsicherheit von ${ctx.money(r.kaution)} wurde ${ctx.rng.pick(['in bar', 'auf ein Kautionskonto', 'als Bürgschaft'])} geleistet und ist nicht Teil der monatlichen Zahlung.`);
  if (r.stellplatz) notes.push(`Stellplatz/Garage: gesonderter Vertrag, monatlich ${ctx.money(r.stellplatz)} (oben nicht enthalten).`);
  if (r.heizkosten === undefined) notes.push('Die Wohnung ist mit einer Gasetagenheizung ausgestattet; die Heizkosten zahlt die Mietpartei direkt an den Versorger.');
  notes.push(`Zahlungsweise: Dauerauftrag/Lastschrift auf ${ll.bank.bank.name}, IBAN ${fake.groupIban(ll.bank.iban)}. Mietrückstände bestehen ${ctx.rng.pick(['nicht', 'zurzeit nicht'])}.`);
  notes.forEach((n) => d.para(`– ${n}`, { size: 8.5, x: d.left + 6 }));
  d.move(16);
  d.ensure(40);
  d.hline(d.y + 10, d.left + 250, d.right, 0.5);
  d.text(d.left, d.y + 8, `${ll.address.city}, ${ctx.ndate(ctx.today)}`, { size: 8.5 });
  d.text(d.left + 250, d.y + 20, `Unterschrift / Firmenstempel ${ll.name}`, { size: 7, color: GRAY });
  footer(d, [[ll.name, `Geschäftsführung: ${fake.fullName(fake.person(ctx.rng))}`], [`Amtsgericht ${ll.address.city} HRB ${ctx.rng.digits(5)}`, `USt-IdNr. DE${ctx.rng.digits(9)}`]], 'none');
  truth(ctx, r);
}

/**
 * F (holdout, blind 2): a housing cooperative's certificate of the usage fee for its member: member
 * and flat numbers in a reference strip, flat data in one sentence, the fee as a table with a
 * monthly and a yearly column (yearly figures as distractors), the shares of the member and the
 * date of the usage contract as further numbers.
 */
function blind2GenossenschaftNutzungsentgelt(ctx: Ctx): void {
  const r = rental(ctx.rng, ctx.today);
  const city = r.flat.city;
  const name = ctx.rng.pick([`Wohnungsbaugenossenschaft ${ctx.rng.pick(['Glück Auf', 'Vorwärts', 'Heimstatt', 'Am Südpark', 'Kontakt', 'Selbsthilfe'])} eG`, `Bauverein ${city} eG`, `Gemeinnützige Baugenossenschaft ${city}-${ctx.rng.pick(['Ost', 'Nord', 'Süd'])} eG`, `Beamten-Wohnungsverein zu ${city} eG`]);
  r.landlord = { ...r.landlord, kind: 'organisation', name, person: undefined, address: fake.sameCityAddress(ctx.rng, fake.address(ctx.rng, { city })) };
  const ll = r.landlord;
  const d = ctx.start({ family: ctx.rng.pick(['helvetica', 'times']), size: 10 });
  const green: [number, number, number] = ctx.rng.pick([[0.1, 0.4, 0.2], [0.15, 0.3, 0.55], [0.55, 0.25, 0.1]]);
  d.text(d.left, 46, name, { size: 13, bold: true, color: green, field: 'vermieter_name' });
  d.text(d.left, 59, `Mitgliederbetreuung · ${ll.address.street} ${ll.address.no} · ${ll.address.plz} ${ll.address.city}`, { size: 8, color: GRAY });
  d.hline(66, d.left, d.right, 2, green);
  returnLine(d, `${name} · ${ll.address.plz} ${ll.address.city}`);
  const member = r.tenant;
  const memberPrinted = ctx.rng.chance(0.5) ? `${member.title ? member.title + ' ' : ''}${member.first} ${member.last}` : `${member.last}, ${member.first}${member.title ? ', ' + member.title : ''}`;
  addressWindow(d, [member.gender === 'f' ? 'Frau' : 'Herrn', { text: memberPrinted, field: 'mieter_name' }, `${r.flat.street} ${r.flat.no}`, `${r.flat.plz} ${r.flat.city}`]);
  const mitglied = ctx.rng.digits(5);
  const whg = `${ctx.rng.digits(3)}.${ctx.rng.digits(2)}.${ctx.rng.digits(3)}`;
  infoBlock(d, [['Mitglieds-Nr.', mitglied], ['Wohnungs-Nr.', whg], ['Ihr Kontakt', fake.fullName(fake.person(ctx.rng))], ['Telefon', ll.phone], ['Datum', ctx.date(ctx.today)]], { labelWidth: 70 });
  subject(d, [ctx.rng.pick(['Bescheinigung über das Nutzungsentgelt', 'Nachweis der Wohnkosten für Ihre Genossenschaftswohnung']), ctx.rng.pick(['zur Vorlage bei der Wohngeldstelle', 'für Ihren Antrag auf Mietzuschuss'])]);
  d.write(member.gender === 'f' ? `Sehr geehrte Frau ${member.last},` : `Sehr geehrter Herr ${member.last},`);
  d.move(3);
  const vertrag = addDays(r.einzug, -ctx.rng.int(10, 60));
  d.para(`wie gewünscht bestätigen wir Ihnen die Angaben zu Ihrer Genossenschaftswohnung. Sie nutzen aufgrund des Dauernutzungsvertrages vom ${ctx.date(vertrag)} die Wohnung ${ctx.v('anschrift', fake.addressLine(r.flat))} (${r.floor}, ${r.rooms}-Raum-Wohnung) mit einer nach der Wohnflächenverordnung berechneten Fläche von ${ctx.v('wohnflaeche', ctx.area(r.area))}. Die Wohnung wurde Ihnen am ${ctx.v('einzugsdatum', ctx.date(r.einzug))} übergeben.`);
  const count = ctx.rng.chance(0.5) || r.bewohner > 10 ? String(r.bewohner) : COUNT_WORDS[r.bewohner];
  d.para(`Nach unserer Nutzerkartei ${r.bewohner === 1 ? 'wird' : 'werden'} die Wohnung von ${ctx.v('bewohner_anzahl', count)} ${r.bewohner === 1 ? 'Person' : 'Personen'} bewohnt${r.bewohner === 1 ? '' : ' (Sie eingeschlossen)'}.`);
  d.para(`Seit dem ${ctx.date(r.mieteAb)} zahlen Sie monatlich:`);
  const m = (v: number) => ctx.money(v, 'bare');
  const x1 = d.left + 330;
  const x2 = d.right;
  const rows: [string, number, string?][] = [
    [ctx.rng.pick(['Grundnutzungsentgelt (ohne Betriebskosten)', 'Nutzungsentgelt netto kalt']), r.grundmiete, 'grundmiete'],
    [ctx.rng.pick(['Vorauszahlung auf die kalten Betriebskosten', 'Abschlag Betriebskosten (ohne Heizung/Warmwasser)']), r.nebenkosten, 'nebenkosten'],
  ];
  if (r.heizkosten !== undefined) rows.push([ctx.rng.pick(['Vorauszahlung Heizung und Warmwasserbereitung', 'Abschlag Heiz- und Warmwasserkosten']), r.heizkosten, 'heizkosten']);
  d.rect(d.left - 2, d.y, d.contentWidth + 4, 15, { fill: LIGHT });
  d.row([{ x: d.left, text: 'Bestandteil', bold: true }, { x: x1, text: 'je Monat (EUR)', bold: true, align: 'right' }, { x: x2, text: 'im Jahr (EUR)', bold: true, align: 'right' }], { minHeight: 15 });
  for (const [label, v, f] of rows) {
    d.row([{ x: d.left, text: label, width: 250 }, { x: x1, text: m(v), align: 'right', field: f }, { x: x2, text: m(cents(v * 12)), align: 'right', color: GRAY }], { minHeight: 15 });
    d.hline(d.y - 1, d.left, d.right, 0.2, GRAY);
  }
  if (r.heizkosten === undefined) {
    d.row([{ x: d.left, text: 'Heizung/Warmwasser: Gas-Etagenheizung, Abrechnung direkt mit dem Versorger', width: 260, color: GRAY }, { x: x1, text: '–', align: 'right' }, { x: x2, text: '–', align: 'right' }], { minHeight: 15 });
    d.hline(d.y - 1, d.left, d.right, 0.2, GRAY);
  }
  d.move(2);
  d.row([{ x: d.left, text: ctx.rng.pick(['monatliche Gesamtzahlung', 'Zahlbetrag Nutzungsentgelt gesamt']), bold: true }, { x: x1, text: m(gesamt(r)), align: 'right', bold: true, field: 'gesamtmiete' }, { x: x2, text: m(cents(gesamt(r) * 12)), align: 'right', bold: true, color: GRAY }], { minHeight: 15 });
  d.hline(d.y, x1 - 70, d.right, 0.8);
  d.hline(d.y + 2, x1 - 70, d.right, 0.8);
  d.move(10);
  if (r.stellplatz) d.para(`Nicht enthalten ist das Entgelt für ${ctx.rng.pick(['den PKW-Stellplatz', 'die Garage'])} Nr. ${ctx.rng.int(1, 60)} in Höhe von ${ctx.money(r.stellplatz)} monatlich.`);
  const anteile = ctx.rng.int(2, 10);
  const anteil = ctx.rng.pick([155, 160, 200, 256, 300]);
  d.para(`Sie sind mit ${anteile} Geschäftsanteilen zu je ${ctx.money(anteil)} (insgesamt ${ctx.money(anteile * anteil)}) an der Genossenschaft beteiligt. Die Geschäftsanteile sind keine Miete und werden bei Beendigung der Mitgliedschaft nach den Bestimmungen der Satzung ausgezahlt. Bis ${ctx.date(addDays(r.mieteAb, -1))} betrug das Grundnutzungsentgelt ${ctx.money(r.vormiete)}.`);
  d.para(`Das Nutzungsentgelt wird zum dritten Werktag eines Monats von Ihrem Konto eingezogen (Gläubiger-ID DE${ctx.rng.digits(2)}ZZZ${ctx.rng.digits(8)}). Rückstände bestehen nicht.`);
  closing(ctx, { greeting: 'Mit freundlichen Grüßen', signer: `${name}`, role: ctx.rng.pick(['Mitgliederbetreuung', 'Vermietung']) });
  d.para('Diese Bescheinigung wurde maschinell erstellt und ist ohne Unterschrift gültig.', { size: 8, color: GRAY });
  footer(d, [[name, `Sitz ${ll.address.city}, Genossenschaftsregister GnR ${ctx.rng.digits(3)}`], [`Vorstand: ${fake.fullName(fake.person(ctx.rng))}, ${fake.fullName(fake.person(ctx.rng))}`, `${ll.bank.bank.name} · IBAN ${fake.groupIban(ll.bank.iban)}`]], 'none');
  truth(ctx, r);
}

/**
 * G (holdout, blind 3): a large housing company's certificate sent to the tenant by its customer
 * service: the tenancy (tenant, start, flat, area, registered persons) in the opening sentences,
 * the monthly "Sollmiete" as a table of account positions with a subtotal for the flat and a
 * separate parking space under it, the rent before the last increase, the last operating-cost
 * statement's balance, an extract of the rent account (debits and payments of the last months),
 * the deposit, machine-made without signature.
 */
function blind3SollmieteMietkonto(ctx: Ctx): void {
  const r = rental(ctx.rng, ctx.today);
  if (r.landlord.kind === 'person') {
    r.landlord = { kind: 'organisation', name: fake.landlordOrganisation(ctx.rng, r.flat.city), address: fake.sameCityAddress(ctx.rng, fake.address(ctx.rng, { city: r.flat.city })), phone: fake.phone(ctx.rng), bank: fake.bankAccount(ctx.rng) };
  }
  const org = r.landlord;
  const t = r.tenant;
  const she = t.gender === 'f';
  const d = ctx.start({ family: ctx.rng.pick(['helvetica', 'helvetica', 'times']), size: 9.5, margins: { left: 64, right: 54, top: 50, bottom: 76 } });
  const accent = ctx.rng.pick(ACCENTS);
  d.text(d.left, 52, org.name, { size: 13, bold: true, color: accent, field: 'vermieter_name' });
  d.hline(60, d.left, d.right, 1.6, accent);
  const mail = `kundenservice@${org.name.toLowerCase().replace(/ä/g, 'ae').replace(/ö/g, 'oe').replace(/ü/g, 'ue').replace(/ß/g, 'ss').replace(/[^a-z]+/g, '-').replace(/^-|-$/g, '').split('-').slice(0, 2).join('-')}.de`;
  d.text(d.left, 71, `Kundenservice · ${org.address.street} ${org.address.no} · ${org.address.plz} ${org.address.city} · Tel. ${org.phone} · ${mail}`, { size: 7, color: GRAY });
  returnLine(d, `${org.name} · ${org.address.street} ${org.address.no} · ${org.address.plz} ${org.address.city}`);
  addressWindow(d, recipientLines(ctx, t, r.flat));
  const clerk = fake.person(ctx.rng);
  const vertrag = `${ctx.rng.digits(4)}/${ctx.rng.digits(3)}/${ctx.rng.digits(2)}`;
  const weNr = `${ctx.rng.digits(4)}.${ctx.rng.digits(3)}`;
  infoBlock(d, [
    ['Vertragsnummer', vertrag],
    ['Wirtschaftseinheit', `WE ${weNr}`],
    ['Ihr Kontakt', `${clerk.first.split(' ')[0]} ${clerk.last}`],
    ['Telefon', fake.phone(ctx.rng)],
    ['Datum', ctx.ndate(ctx.today)],
  ], { x: 372, labelWidth: 76 });
  subject(d, [ctx.pick(['Mietbescheinigung', 'Mietbescheinigung zur Vorlage bei der Wohngeldstelle'], ['Bestätigung über Ihr Mietverhältnis und die aktuelle Sollmiete', 'Mietbestätigung für den Wohngeldantrag'])]);
  d.para(she ? `Sehr geehrte Frau ${t.last},` : `Sehr geehrter Herr ${t.last},`);
  const balcony = ctx.rng.chance(0.5) ? ', Balkon' : '';
  d.para(
    `auf Ihren Wunsch bestätigen wir, dass ${she ? 'Frau' : 'Herr'} ${ctx.v('mieter_name', ctx.name(t))} seit dem ${ctx.v('einzugsdatum', ctx.date(r.einzug))} ${she ? 'Mieterin' : 'Mieter'} der Wohnung ${ctx.v('anschrift', fake.addressLine(r.flat))} (${r.floor}, Wohnungs-Nr. ${ctx.rng.int(1, 48)}) ist. Das Mietverhältnis besteht ungekündigt fort.`,
  );
  const n = r.bewohner;
  d.para(
    `Die Wohnung besteht aus ${r.rooms} ${r.rooms === 1 ? 'Zimmer' : 'Zimmern'}, Küche, Bad${balcony} und hat eine Wohnfläche von ${ctx.v('wohnflaeche', ctx.area(r.area))}; mitvermietet ist ein Kellerabteil (ca. ${ctx.area(ctx.rng.int(3, 8))}). Laut unserer Bewohnerliste ${n === 1 ? 'ist' : 'sind'} in der Wohnung ${ctx.v('bewohner_anzahl', String(n))} ${n === 1 ? 'Person' : 'Personen'} gemeldet.`,
  );
  d.move(2);
  const m = (v: number) => ctx.money(v);
  d.ensure(120);
  d.write(`${ctx.pick(['Zusammensetzung der monatlichen Sollmiete', 'Ihre monatliche Miete'], ['Monatliche Sollstellung im Einzelnen'])} (gültig ab ${ctx.date(r.mieteAb)})`, { bold: true });
  d.move(2);
  const col = { pos: d.left, text: d.left + 46, amount: d.right };
  d.hline(d.y, d.left, d.right, 0.8);
  d.row([
    { x: col.pos, text: 'Pos.', bold: true, size: 8.5 },
    { x: col.text, text: 'Bezeichnung', bold: true, size: 8.5 },
    { x: col.amount, text: 'monatlich', bold: true, size: 8.5, align: 'right' },
  ], { size: 8.5, minHeight: 14 });
  d.hline(d.y, d.left, d.right, 0.4);
  const line = (pos: string, label: string, amount: string, field?: string, bold = false) =>
    d.row([
      { x: col.pos, text: pos },
      { x: col.text, text: label, bold },
      { x: col.amount, text: amount, align: 'right', field, bold },
    ], { minHeight: 15 });
  line('0100', ctx.pick(['Nettokaltmiete', 'Grundmiete'], ['Miete Wohnraum (netto kalt)', 'Kaltmiete Wohnung ohne Umlagen']), m(r.grundmiete), 'grundmiete');
  line('0210', ctx.pick(['Betriebskostenvorauszahlung'], ['Vorauszahlung kalte Betriebskosten (§ 556 BGB)', 'Umlagenvorauszahlung BK']), m(r.nebenkosten), 'nebenkosten');
  if (r.heizkosten !== undefined) line('0220', ctx.pick(['Heizkostenvorauszahlung'], ['Vorauszahlung Heizung und Warmwasser', 'Umlagenvorauszahlung HK/WW']), m(r.heizkosten), 'heizkosten');
  d.hline(d.y, d.left + 40, d.right, 0.6);
  line('', ctx.pick(['Gesamtmiete'], ['Sollmiete Wohnung gesamt', 'Summe Wohnraummiete']), m(gesamt(r)), 'gesamtmiete', true);
  let soll = gesamt(r);
  if (r.stellplatz) {
    line('0810', `${ctx.rng.pick(['Tiefgaragenstellplatz', 'Pkw-Stellplatz'])} Nr. ${ctx.rng.int(1, 40)} (gesonderter Vertrag)`, m(r.stellplatz));
    soll = cents(soll + r.stellplatz);
    d.hline(d.y, d.left + 40, d.right, 0.6);
    line('', 'Gesamtsollstellung monatlich', m(soll), undefined, true);
  }
  d.hline(d.y + 1, d.left, d.right, 0.8);
  d.move(8);
  if (r.heizkosten === undefined)
    d.para(`Heizung und Warmwasser: Die Wohnung ist mit einer ${ctx.rng.pick(['Gasetagenheizung', 'Gastherme', 'Nachtspeicherheizung'])} ausgestattet. Die Kosten rechnet ${she ? 'die Mieterin' : 'der Mieter'} unmittelbar mit dem Energieversorger ab; sie sind in der Sollmiete nicht enthalten.`, { size: 9 });
  if (r.einzug < r.vormieteAb)
    d.para(`Die Nettokaltmiete wurde zuletzt zum ${ctx.date(r.mieteAb)} angepasst; vom ${ctx.date(r.vormieteAb)} bis dahin betrug sie ${m(r.vormiete)}.`, { size: 9 });
  else d.para(`Bei Mietbeginn betrug die Nettokaltmiete ${m(r.vormiete)}; sie wurde zum ${ctx.date(r.mieteAb)} angepasst.`, { size: 9 });
  // the last statement was settled some months ago, for the year before that
  const settled = addMonths(ctx.today, -ctx.rng.int(2, 7));
  const year = Number(settled.slice(0, 4)) - 1;
  const saldo = cents(ctx.rng.float(15, 380));
  const nachzahlung = ctx.rng.chance(0.5);
  d.para(`Die Betriebs- und Heizkostenabrechnung für das Jahr ${year} ergab ${nachzahlung ? 'eine Nachzahlung' : 'ein Guthaben'} von ${m(saldo)}, ${nachzahlung ? 'die' : 'das'} mit der Miete für ${fake.MONTHS_DE[Number(settled.slice(5, 7)) - 1]} ${settled.slice(0, 4)} verrechnet wurde. Die Vorauszahlungen wurden ${ctx.rng.chance(0.5) ? 'unverändert beibehalten' : 'angepasst'}.`, { size: 9 });
  // the rent account: a debit on the 1st, the standing order a few days later
  d.ensure(130);
  d.move(4);
  d.write(ctx.rng.pick(['Auszug aus Ihrem Mietkonto (letzte Buchungen)', 'Mietkonto – Buchungen der letzten drei Monate']), { bold: true });
  d.move(2);
  const acc = { date: d.left, text: d.left + 76, soll: d.left + 350, haben: d.right };
  d.hline(d.y, d.left, d.right, 0.8);
  d.row([
    { x: acc.date, text: 'Datum', bold: true, size: 8.5 },
    { x: acc.text, text: 'Buchungstext', bold: true, size: 8.5 },
    { x: acc.soll, text: 'Soll', bold: true, size: 8.5, align: 'right' },
    { x: acc.haben, text: 'Haben', bold: true, size: 8.5, align: 'right' },
  ], { size: 8.5, minHeight: 14 });
  d.hline(d.y, d.left, d.right, 0.4);
  const start = addMonths(firstOfMonth(ctx.today), -2);
  for (let k = 0; k < 3; k++) {
    const first = addMonths(start, k);
    if (first > ctx.today) break;
    const monthName = fake.MONTHS_DE[Number(first.slice(5, 7)) - 1];
    d.row([{ x: acc.date, text: ctx.ndate(first), size: 8.5 }, { x: acc.text, text: `Sollstellung Miete ${monthName} ${first.slice(0, 4)}`, size: 8.5 }, { x: acc.soll, text: m(soll), align: 'right', size: 8.5 }], { size: 8.5, minHeight: 13 });
    const paid = workday(addDays(first, ctx.rng.int(0, 3)));
    if (paid <= ctx.today) d.row([{ x: acc.date, text: ctx.ndate(paid), size: 8.5 }, { x: acc.text, text: `Zahlungseingang ${ctx.rng.pick(['Dauerauftrag', 'Überweisung', 'Lastschrift'])} – ${ctx.name(t, 'last-first')}`, size: 8.5 }, { x: acc.haben, text: m(soll), align: 'right', size: 8.5 }], { size: 8.5, minHeight: 13 });
  }
  d.hline(d.y, d.left, d.right, 0.4);
  d.row([{ x: acc.text, text: `Kontostand am ${ctx.ndate(ctx.today)}`, bold: true, size: 8.5 }, { x: acc.haben, text: m(0), align: 'right', bold: true, size: 8.5 }], { size: 8.5, minHeight: 14 });
  d.move(8);
  d.para(`Es bestehen keine Mietrückstände. Die vereinbarte Mietsicherheit von ${m(r.kaution)} ist vollständig geleistet.`, { size: 9 });
  d.para('Diese Bescheinigung wurde maschinell erstellt und ist ohne Unterschrift gültig.', { size: 9 });
  d.move(4);
  d.ensure(40);
  d.write('Freundliche Grüße');
  d.write(`Ihr Kundenservice – ${org.name}`);
  const gf = fake.person(ctx.rng);
  footer(d, [
    [org.name, `${org.address.street} ${org.address.no}, ${org.address.plz} ${org.address.city}`],
    [`Sitz ${org.address.city} · Amtsgericht ${org.address.city} HRB ${ctx.rng.digits(5)}`, `Geschäftsführung: ${fake.fullName(gf)}`],
    bankFooterLines(org.bank.bank.name, org.bank.iban, org.bank.bank.bic),
  ], 'Seite x von y');
  truth(ctx, r);
}

/**
 * H (holdout, blind 4): the rent certificate as a page of the landlord's tenant portal, printed
 * from the browser (date and page title at the top, the address and page numbers at the foot):
 * the portal's menu with the logged-in person (sometimes the co-tenant), tiles with label above
 * value for the tenancy (tenants, landlord, start, flat, area, registered residents), the monthly
 * rent as a stacked bar and a list with the total, the next direct debit (rent plus a parking
 * space or an instalment of an operating-cost back payment), the rent's history with earlier
 * totals, and a verification code.
 */
function blind4MieterportalAusdruck(ctx: Ctx): void {
  const rng = ctx.rng;
  const r = rental(rng, ctx.today);
  if (r.landlord.kind === 'person') {
    r.landlord = { kind: 'organisation', name: fake.landlordOrganisation(rng, r.flat.city), address: fake.sameCityAddress(rng, fake.address(rng, { city: r.flat.city })), phone: fake.phone(rng), bank: fake.bankAccount(rng) };
  }
  const org = r.landlord;
  const t = r.tenant;
  const coTenant = rng.chance(0.4) ? fake.person(rng, { gender: t.gender === 'f' ? 'm' : 'f', bornFrom: Number(t.birth.slice(0, 4)) - 6, bornTo: Math.min(2004, Number(t.birth.slice(0, 4)) + 6), last: rng.chance(0.5) ? t.last : undefined }) : undefined;
  if (coTenant) coTenant.title = undefined;
  if (coTenant && r.bewohner < 2) r.bewohner = 2;
  const loggedIn = coTenant && rng.chance(0.5) ? coTenant : t;
  const short = org.name.replace(/ (GmbH|eG|KG|mbH|GbR).*$/, '').replace(/^(Hausverwaltung|Immobilienverwaltung|Wohnungsbaugenossenschaft|Wohnungsgenossenschaft) /, '');
  const portal = rng.pick([`Mein ${short}`, `${short} Mieterportal`, `${short} – Kundenportal`, `Mein Zuhause · ${short}`]);
  const domain = short.toLowerCase().replace(/ä/g, 'ae').replace(/ö/g, 'oe').replace(/ü/g, 'ue').replace(/ß/g, 'ss').replace(/[^a-z]+/g, '-').replace(/^-|-$/g, '').split('-').slice(0, 2).join('-');
  const vertrag = `${rng.digits(3)}-${rng.digits(5)}-${rng.digits(2)}`;
  const printed = addDays(ctx.today, 0);
  const time = `${String(rng.int(7, 22)).padStart(2, '0')}:${String(rng.int(0, 59)).padStart(2, '0')}`;
  const accent = rng.pick(ACCENTS);
  const pale: [number, number, number] = [0.95, 0.96, 0.97];
  const d = ctx.start({ family: 'helvetica', size: 9, margins: { left: 40, right: 40, top: 46, bottom: 50 } });
  const W = d.contentWidth;

  // what the browser prints around the page
  d.onEveryPage((doc, page, pages) => {
    doc.text(24, 22, `${fmt.date(printed, 'dd.mm.yy')}, ${time}`, { size: 7 });
    doc.text(doc.width / 2, 22, `Mietbescheinigung | ${portal}`, { size: 7, align: 'center' });
    doc.text(24, doc.height - 16, `https://mein.${domain}.de/vertraege/${vertrag.replace(/-/g, '')}/bescheinigungen/miete`, { size: 7 });
    doc.text(doc.width - 24, doc.height - 16, `${page}/${pages}`, { size: 7, align: 'right' });
  });

  // the portal's header bar with its menu
  d.rect(d.left, 36, W, 30, { fill: accent });
  d.text(d.left + 10, 55, portal, { size: 12, bold: true, color: [1, 1, 1] });
  d.text(d.right - 10, 55, `Angemeldet: ${loggedIn.first.split(' ')[0]} ${loggedIn.last}  |  Abmelden`, { size: 7.5, align: 'right', color: [1, 1, 1] });
  const menu = ['Übersicht', 'Mein Vertrag', 'Zahlungen', 'Dokumente', 'Anliegen', 'Kontakt'];
  let mx = d.left + 10;
  for (const m of menu) {
    const w = d.text(mx, 82, m, { size: 8, bold: m === 'Dokumente', color: m === 'Dokumente' ? accent : GRAY });
    if (m === 'Dokumente') d.hline(85, mx, mx + w, 1.5, accent);
    mx += w + 22;
  }
  d.hline(89, d.left, d.right, 0.4, LIGHT);
  d.text(d.left, 104, `Dokumente › Bescheinigungen › ${rng.pick(['Mietbescheinigung', 'Mietbescheinigung für Behörden'])}`, { size: 7.5, color: GRAY });
  d.y = 114;
  d.write(ctx.pick(['Mietbescheinigung'], ['Bescheinigung über Ihre Miete', 'Ihre Mietbescheinigung']), { size: 17, bold: true });
  d.write(`für die Vorlage bei ${rng.pick(['Behörden (z. B. Wohngeldstelle, Jobcenter, Sozialamt)', 'der Wohngeldstelle oder anderen Ämtern'])} · Stand ${ctx.ndate(ctx.today)}`, { size: 8.5, color: GRAY });
  d.move(6);

  const card = (title: string, body: () => void) => {
    d.ensure(90);
    const top = d.y;
    d.move(8);
    d.text(d.left + 12, d.y + 10, title, { size: 10.5, bold: true });
    d.move(20);
    body();
    d.move(8);
    d.rect(d.left, top, W, d.y - top, { stroke: [0.78, 0.8, 0.83], lineWidth: 0.6 });
    d.move(10);
  };
  // tiles: label above value, in a grid of three
  const tiles = (items: { label: string; value: Cell; span?: number }[]) => {
    const colW = (W - 24) / 3;
    let col = 0;
    let rowTop = d.y;
    let rowH = 0;
    for (const it of items) {
      const span = it.span ?? 1;
      if (col + span > 3) {
        rowTop += rowH + 6;
        col = 0;
        rowH = 0;
      }
      const x = d.left + 12 + col * colW;
      const v = typeof it.value === 'string' ? { text: it.value } : it.value;
      const lines = d.wrap(v.text, colW * span - 14, { size: 10, bold: true });
      d.rect(x, rowTop, colW * span - 6, 16 + lines.length * 12, { fill: pale });
      d.text(x + 6, rowTop + 10, it.label, { size: 7, color: GRAY });
      if (lines.length === 1) d.text(x + 6, rowTop + 23, v.text, { size: 10, bold: true, field: v.field });
      else {
        if (v.field) d.place(v.field, v.text);
        lines.forEach((l, i) => d.text(x + 6, rowTop + 23 + i * 12, l, { size: 10, bold: true }));
      }
      rowH = Math.max(rowH, 16 + lines.length * 12);
      col += span;
    }
    d.y = rowTop + rowH + 2;
  };

  card('Ihr Mietverhältnis', () => {
    const items: { label: string; value: Cell; span?: number }[] = [];
    items.push({ label: coTenant ? 'Mieter/in 1 (Vertragspartner/in)' : 'Mieter/in (Vertragspartner/in)', value: { text: ctx.name(t), field: 'mieter_name' }, span: coTenant ? 1 : 2 });
    if (coTenant) items.push({ label: 'Mieter/in 2', value: ctx.name(coTenant) });
    items.push({ label: 'Vertragsnummer', value: vertrag });
    items.push({ label: rng.pick(['Vermieterin', 'Ihre Vermieterin']), value: { text: org.name, field: 'vermieter_name' }, span: 2 });
    items.push({ label: ctx.pick([], ['Mietbeginn', 'Vertragsbeginn', 'Mieter/in seit']), value: { text: ctx.date(r.einzug), field: 'einzugsdatum' } });
    items.push({ label: rng.pick(['Ihre Wohnung', 'Mietobjekt (Adresse)']), value: { text: fake.addressLine(r.flat), field: 'anschrift' }, span: 2 });
    items.push({ label: 'Lage', value: `${r.floor}, Whg. ${rng.int(1, 60)}` });
    items.push({ label: ctx.pick([], ['Wohnfläche', 'Größe der Wohnung']), value: { text: ctx.area(r.area), field: 'wohnflaeche' } });
    items.push({ label: 'Zimmer', value: String(r.rooms) });
    items.push({ label: ctx.pick([], ['Bewohner/innen lt. Mieterliste', 'Gemeldete Personen in der Wohnung']), value: { text: String(r.bewohner), field: 'bewohner_anzahl' } });
    tiles(items);
  });

  const m = (v: number) => ctx.money(v);
  card(`${rng.pick(['Ihre Monatsmiete', 'Monatliche Miete', 'So setzt sich Ihre Miete zusammen'])} (gültig ab ${ctx.ndate(r.mieteAb)})`, () => {
    const parts: [string, number, string, [number, number, number]][] = [
      [ctx.pick([], ['Kaltmiete netto', 'Wohnungsmiete kalt', 'Grundmiete Wohnung']), r.grundmiete, 'grundmiete', accent as [number, number, number]],
      [ctx.pick([], ['Betriebskosten (Abschlag)', 'Nebenkosten kalt – Vorauszahlung', 'Betriebskosten-Vorauszahlung ohne Heizung']), r.nebenkosten, 'nebenkosten', [0.55, 0.7, 0.85]],
    ];
    if (r.heizkosten !== undefined) parts.push([ctx.pick([], ['Heizung & Warmwasser (Abschlag)', 'Heiz- und Warmwasserkosten – Vorauszahlung']), r.heizkosten, 'heizkosten', [0.95, 0.6, 0.3]]);
    const total = gesamt(r);
    // a stacked bar of the parts
    const bx = d.left + 12;
    const bw = W - 24;
    let x = bx;
    for (const [, v, , color] of parts) {
      const w = (bw * v) / total;
      d.rect(x, d.y, w, 9, { fill: color });
      x += w;
    }
    d.move(18);
    for (const [label, v, field, color] of parts) {
      d.rect(bx, d.y + 3, 7, 7, { fill: color });
      d.row([{ x: bx + 14, text: label }, { x: d.right - 12, text: m(v), align: 'right', field }], { size: 9.5, minHeight: 16 });
      d.hline(d.y - 2, bx, d.right - 12, 0.3, LIGHT);
    }
    d.move(3);
    d.row([{ x: bx, text: ctx.pick([], ['Gesamtmiete pro Monat', 'Ihre Monatsmiete gesamt', 'Summe monatlich']), bold: true }, { x: d.right - 12, text: m(total), align: 'right', bold: true, size: 11, field: 'gesamtmiete' }], { size: 10, minHeight: 17 });
    if (r.heizkosten === undefined) {
      d.move(2);
      d.para(`Heizung und Warmwasser sind nicht enthalten: ${rng.pick(['Ihre Wohnung hat eine Gasetagenheizung, Sie haben einen eigenen Vertrag mit dem Versorger.', 'die Wärme rechnen Sie direkt mit dem Fernwärmeversorger ab.'])}`, { size: 8, color: GRAY, x: bx, width: bw });
    }
  });

  // the next direct debit: what leaves the account, not the rent
  const nextDebit = addDays(lastOfMonth(ctx.today), 1);
  const rate = rng.chance(0.45) ? cents(rng.float(18, 90)) : 0;
  const debit = cents(gesamt(r) + (r.stellplatz ?? 0) + rate);
  card('Ihre nächste Zahlung', () => {
    const acc = fake.bankAccount(rng).iban;
    d.para(`Am ${ctx.date(nextDebit)} buchen wir ${m(debit)} per SEPA-Lastschrift von Ihrem Konto ${acc.slice(0, 4)} •••• •••• •••• ${acc.slice(-4, -2)} ${acc.slice(-2)} ab (Mandatsreferenz ${vertrag.replace(/-/g, '')}M${rng.digits(2)}).`, { x: d.left + 12, width: W - 24 });
    const lines: [string, number][] = [['Miete Wohnung', gesamt(r)]];
    if (r.stellplatz) lines.push([`${rng.pick(['Stellplatz', 'Tiefgarage'])} Nr. ${rng.int(1, 80)} (eigener Vertrag)`, r.stellplatz]);
    if (rate) lines.push([`Rate Nachzahlung Betriebskostenabrechnung ${Number(ctx.today.slice(0, 4)) - 1} (${rng.int(2, 5)} von 6)`, rate]);
    for (const [label, v] of lines) d.row([{ x: d.left + 24, text: label, color: GRAY }, { x: d.left + 330, text: m(v), align: 'right', color: GRAY }], { size: 8.5, minHeight: 13 });
  });

  card('Entwicklung Ihrer Miete', () => {
    const col = { from: d.left + 12, total: d.left + 250, why: d.left + 280 };
    d.row([{ x: col.from, text: 'gültig ab', bold: true, size: 8 }, { x: col.total, text: 'Gesamtmiete', bold: true, size: 8, align: 'right' }, { x: col.why, text: 'Anlass', bold: true, size: 8 }], { size: 8, minHeight: 13 });
    d.hline(d.y, col.from, d.right - 12, 0.4, GRAY);
    const rows: [string, number, string][] = [[r.mieteAb, gesamt(r), rng.pick(['Mieterhöhung (§ 558 BGB)', 'Anpassung an die ortsübliche Vergleichsmiete'])]];
    const nkOld = cents(r.nebenkosten - rng.int(5, 25));
    const mid = cents(r.vormiete + r.nebenkosten + (r.heizkosten ?? 0));
    rows.push([r.vormieteAb > r.einzug ? r.vormieteAb : r.einzug, mid, r.vormieteAb > r.einzug ? 'Anpassung der Vorauszahlungen nach Abrechnung' : 'Mietbeginn']);
    if (r.vormieteAb > r.einzug) rows.push([r.einzug, cents(r.vormiete + nkOld + (r.heizkosten ?? 0) - rng.int(0, 20)), 'Mietbeginn']);
    for (const [from, total, why] of rows) d.row([{ x: col.from, text: ctx.ndate(from) }, { x: col.total, text: m(total), align: 'right' }, { x: col.why, text: why, color: GRAY }], { size: 9, minHeight: 14 });
  });

  d.ensure(70);
  const code = `${rng.pick(['MB', 'BS'])}-${rng.digits(4)}-${String.fromCharCode(65 + rng.int(0, 25))}${String.fromCharCode(65 + rng.int(0, 25))}${rng.digits(2)}`;
  d.para(`Diese Bescheinigung wurde am ${ctx.ndate(ctx.today)} im Portal „${portal}“ erstellt und ist ohne Unterschrift gültig. Die Echtheit kann unter mein.${domain}.de/pruefen mit dem Code ${code} geprüft werden. Eine Mietsicherheit von ${m(r.kaution)} ist geleistet; sie ist nicht Teil der Miete.`, { size: 8, color: GRAY });
  d.para(`${org.name} · ${org.address.street} ${org.address.no} · ${org.address.plz} ${org.address.city} · Service ${org.phone} · Amtsgericht ${org.address.city} HRB ${rng.digits(5)}`, { size: 7, color: GRAY });
  truth(ctx, r);
}

/**
 * blind5 (holdout): the landlord's answer by e-mail, printed from the tenant's mail program: the
 * print header with the tenant's name, the message header (from, sent, to, subject, attachment),
 * a short informal confirmation with the particulars typed as "label: value" lines and the rent as
 * a small typed list; the earlier rent, deposit or parking space in a sentence, the sender's
 * signature with the rent account, and the tenant's original request quoted underneath
 */
function blind5EmailAusdruck(ctx: Ctx): void {
  const rng = ctx.rng;
  const r = rental(rng, ctx.today);
  const t = r.tenant;
  t.title = undefined;
  const ll = r.landlord;
  const clerk = ll.person ?? fake.person(rng, { bornFrom: 1965, bornTo: 1998 });
  const mailPart = (s: string) => s.toLowerCase().replace(/ä/g, 'ae').replace(/ö/g, 'oe').replace(/ü/g, 'ue').replace(/ß/g, 'ss').replace(/[^a-z]/g, '');
  const domain = `${ll.name.split(/\s+/).filter((w) => !/^(GmbH|mbH|eG|KG|GbR|&|Co\.)$/.test(w)).slice(0, 2).map(mailPart).filter(Boolean).join('-')}.de`;
  const mail = (p: fake.Person, host: string) => `${mailPart(p.first.split(' ')[0])}.${mailPart(p.last)}@${host}`;
  const tenantMail = mail(t, rng.pick(['gmx.de', 'web.de', 'posteo.de', 'gmail.com', 't-online.de']));
  const llMail = ll.person ? mail(ll.person, rng.pick(['t-online.de', 'web.de', 'gmx.net', 'online.de'])) : `${mailPart(clerk.first.split(' ')[0]).charAt(0)}.${mailPart(clerk.last)}@${domain}`;
  const weekdays = ['Sonntag', 'Montag', 'Dienstag', 'Mittwoch', 'Donnerstag', 'Freitag', 'Samstag'];
  const sentText = (date: string, h: number, m: number) => `${weekdays[weekday(date)]}, ${Number(date.slice(8))}. ${fake.MONTHS_DE[Number(date.slice(5, 7)) - 1]} ${date.slice(0, 4)} ${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`;
  const asked = addDays(ctx.today, -rng.int(2, 9));
  const sent = addDays(asked, rng.int(1, 3) > 2 ? 2 : 1);
  const sie = t.gender === 'f' ? `Frau ${t.last}` : `Herr ${t.last}`;
  const herrFrau = (p: fake.Person) => (p.gender === 'f' ? `Frau ${p.last}` : `Herr ${p.last}`);
  const vermieterPrinted = ll.person ? ctx.name(ll.person, 'first-last') : ll.name;

  const d = ctx.start({ family: rng.pick(['helvetica', 'times']), size: 10, margins: { left: 54, right: 54, top: 48, bottom: 60 } });
  d.text(d.left, 60, ctx.name(t, 'first-last'), { size: 13, bold: true });
  d.hline(68, d.left, d.right, 2.2);
  d.y = 84;
  const head = (label: string, value: string) => d.row([{ x: d.left, text: label, bold: true }, { x: d.left + 92, text: value, width: d.right - d.left - 92 }], { size: 10 });
  head('Von:', `${ll.person ? vermieterPrinted : `${ctx.name(clerk, 'first-last')} | ${ll.name}`} <${llMail}>`);
  head('Gesendet:', sentText(sent, rng.int(7, 21), rng.int(0, 59)));
  head('An:', `${ctx.name(t, 'first-last')} <${tenantMail}>`);
  if (!ll.person && rng.chance(0.5)) head('Cc:', `mietenbuchhaltung@${domain}`);
  head('Betreff:', `AW: ${rng.pick(['Mietbescheinigung für Wohngeld', 'Bestätigung Miete für die Wohngeldstelle', 'Bitte um Mietbescheinigung'])}`);
  if (rng.chance(0.5)) head('Anlagen:', `Mietbescheinigung_${t.last.replace(/[^A-Za-zÄÖÜäöüß-]/g, '')}.pdf`);
  d.move(14);

  d.write(ll.person ? `Hallo ${sie},` : `Sehr geehrte${t.gender === 'f' ? '' : 'r'} ${sie},`);
  d.move(4);
  d.para(ll.person
    ? `gerne bestätige ich Ihnen für Ihren Wohngeldantrag die Angaben zu Ihrer Wohnung. Ich bin ${ll.person.gender === 'f' ? 'Eigentümerin und Vermieterin' : 'Eigentümer und Vermieter'} der Wohnung. Sie können diese Mail so ausdrucken und mit abgeben, die Wohngeldstelle darf mich bei Fragen auch gern anrufen.`
    : `wie gewünscht bestätigen wir Ihnen als Vermieterin die folgenden Angaben zu Ihrem Mietverhältnis. Die unterschriebene Bescheinigung schicken wir Ihnen zusätzlich per Post.`);
  const lx = d.left + 20;
  const vx = d.left + 200;
  const item = (label: string, value: string) => d.row([{ x: lx, text: label }, { x: vx, text: value, width: d.right - vx }], { size: 10 });
  d.move(2);
  item(ctx.pick([], ['Mieterin/Mieter:', 'Name der Mieter:', 'Mietpartei:']), ctx.v('mieter_name', ctx.name(t)));
  item(ctx.pick([], ['Wohnung:', 'Mietobjekt:', 'Adresse der Wohnung:']), `${ctx.v('anschrift', fake.addressLine(r.flat))} (${r.floor})`);
  item(ctx.pick([], ['Größe:', 'Wohnfläche lt. Mietvertrag:', 'Fläche:']), `${ctx.v('wohnflaeche', ctx.area(r.area))}, ${r.rooms} ${r.rooms === 1 ? 'Zimmer' : 'Zimmer'}`);
  item(ctx.pick([], ['eingezogen am:', 'Mieter seit:', 'Mietbeginn:']), ctx.v('einzugsdatum', ctx.date(r.einzug)));
  item(ctx.pick([], ['Personen in der Wohnung:', 'es wohnen dort:', 'Bewohner:']), `${ctx.v('bewohner_anzahl', String(r.bewohner))} ${r.bewohner === 1 ? 'Person' : 'Personen'}`);
  d.move(6);
  d.para(`Die ${ctx.pick([], ['monatliche Miete', 'Miete pro Monat', 'aktuelle Monatsmiete'])} setzt sich ${r.mieteAb <= ctx.today ? `seit dem ${ctx.date(r.mieteAb)} ` : ''}so zusammen:`);
  const rent: [string, number, string][] = [
    [ctx.pick([], ['Kaltmiete', 'Miete ohne Nebenkosten', 'Nettokaltmiete']), r.grundmiete, 'grundmiete'],
    [ctx.pick([], ['Nebenkosten-Vorauszahlung', 'Betriebskosten (Abschlag)', 'kalte Nebenkosten']), r.nebenkosten, 'nebenkosten'],
  ];
  if (r.heizkosten !== undefined) rent.push([ctx.pick([], ['Heizung + Warmwasser', 'Heizkostenvorauszahlung', 'Heizkosten/Warmwasser']), r.heizkosten, 'heizkosten']);
  const ax = d.left + 300;
  for (const [l, v, f] of rent) d.row([{ x: lx, text: l }, { x: ax, text: ctx.money(v), align: 'right', field: f }], { size: 10 });
  d.hline(d.y + 1, ax - 90, ax, 0.6);
  d.move(3);
  d.row([{ x: lx, text: ctx.pick([], ['zusammen', 'gesamt (warm)', 'Summe monatlich']), bold: true }, { x: ax, text: ctx.money(gesamt(r)), align: 'right', bold: true, field: 'gesamtmiete' }], { size: 10 });
  d.move(8);
  const notes: string[] = [];
  if (r.heizkosten === undefined) notes.push(`Die Heizung (Gasetagenheizung) rechnen Sie direkt mit dem Versorger ab, sie ist in der Miete nicht enthalten.`);
  notes.push(`Bis zur letzten Mieterhöhung betrug die Kaltmiete ${ctx.money(r.vormiete)}.`);
  if (r.stellplatz) notes.push(`Für den Stellplatz im Hof zahlen Sie zusätzlich ${ctx.money(r.stellplatz)} im Monat, der ist aber extra vermietet und gehört nicht zur Wohnung.`);
  if (rng.chance(0.6)) notes.push(`Die Kaution von ${ctx.money(r.kaution)} liegt auf einem separaten Kautionskonto.`);
  d.para(notes.join(' '));
  d.para(ll.person ? 'Viel Erfolg mit dem Antrag!' : 'Für Rückfragen stehen wir Ihnen gern zur Verfügung.');
  d.write(ll.person ? 'Viele Grüße' : 'Mit freundlichen Grüßen');
  d.move(4);
  if (ll.person) {
    d.write(ctx.v('vermieter_name', vermieterPrinted));
  } else {
    d.write(`i. A. ${ctx.name(clerk, 'first-last')}`);
  }
  d.move(2);
  d.write('--', { size: 9, color: GRAY });
  const sig = ll.person
    ? [`${vermieterPrinted} · ${ll.address.street} ${ll.address.no} · ${ll.address.plz} ${ll.address.city}`, `Tel. ${ll.phone}`, `Mietkonto: ${ll.bank.bank.name}, IBAN ${fake.groupIban(ll.bank.iban)}`]
    : [ctx.v('vermieter_name', ll.name), `${rng.pick(['Mieterbetreuung', 'Kundenservice', 'Objektbetreuung'])} · ${ll.address.street} ${ll.address.no} · ${ll.address.plz} ${ll.address.city}`, `Telefon ${ll.phone} · Sprechzeiten Di + Do 9–12 Uhr`, `Bankverbindung: ${ll.bank.bank.name}, IBAN ${fake.groupIban(ll.bank.iban)}`, / eG$/.test(ll.name) ? `Vorstand: ${fake.fullName(fake.person(rng))}, ${fake.fullName(fake.person(rng))} · Genossenschaftsregister ${ll.address.city} GnR ${rng.digits(3)}` : `Geschäftsführung: ${fake.fullName(fake.person(rng))} · Amtsgericht ${ll.address.city} HRB ${rng.digits(5)}`];
  sig.forEach((s, i) => d.write(s, { size: 8.5, color: i === 0 && !ll.person ? undefined : GRAY, bold: i === 0 && !ll.person }));
  d.move(12);

  // the tenant's request, quoted
  d.ensure(120);
  d.write(rng.pick(['-----Ursprüngliche Nachricht-----', '________________________________']), { size: 9.5 });
  const q = (label: string, value: string) => d.row([{ x: d.left, text: label, bold: true, size: 9.5 }, { x: d.left + 70, text: value, size: 9.5 }], { size: 9.5 });
  q('Von:', `${ctx.name(t, 'first-last')} <${tenantMail}>`);
  q('Gesendet:', sentText(asked, rng.int(7, 22), rng.int(0, 59)));
  q('An:', llMail);
  q('Betreff:', rng.pick(['Mietbescheinigung für Wohngeld', 'Bestätigung Miete für die Wohngeldstelle', 'Bitte um Mietbescheinigung']));
  d.move(6);
  d.para(`${ll.person ? `Hallo ${herrFrau(ll.person)}` : 'Sehr geehrte Damen und Herren'},`, { size: 9.5 });
  d.para(`ich ${rng.pick(['stelle gerade einen Antrag auf Wohngeld', 'beantrage Wohngeld', 'muss meinen Wohngeldantrag verlängern'])}. Die Wohngeldstelle braucht dafür eine Bestätigung vom Vermieter über die Miete (kalt, Nebenkosten und Heizung extra), die Wohnfläche, seit wann ich in der Wohnung wohne und wie viele Personen hier gemeldet sind. Könnten Sie mir das bitte bis ${ctx.date(addDays(asked, rng.int(7, 14)))} schicken?`, { size: 9.5 });
  d.para(`Vielen Dank und viele Grüße\n${ctx.name(t, 'first-last')}\n${r.flat.street} ${r.flat.no}, ${r.flat.plz} ${r.flat.city}, ${r.floor}\nTel. ${fake.mobile(rng)}`, { size: 9.5 });
  d.onEveryPage((doc, page, pages) => {
    if (pages > 1) doc.text(doc.width / 2, doc.height - 30, String(page), { size: 8, align: 'center' });
  });
  truth(ctx, r);
}

/**
 * blind6 (holdout): a town's certificate form for a subtenancy (Untermietbescheinigung), filled in
 * by hand by the main tenant who sublets part of the flat: the main tenant as the certifying
 * landlord (the flat is also the main tenant's home), the subtenant with birth date, move-in day
 * and the persons living in the sublet room; the owner with the main lease's start and the day the
 * owner consented to the subletting as a block of their own; a comparison grid with the whole flat
 * under the main lease in one column and the sublet part in the other (area, rooms, net rent, cold
 * operating costs, heating, total, persons); a furnishing surcharge and a flat rate for electricity
 * and internet below the grid as not included, the shared rooms as check boxes, the account the
 * subtenant pays to, the main tenant's signature.
 */
function blind6Untermietbescheinigung(ctx: Ctx): void {
  const rng = ctx.rng;
  const r = rental(rng, ctx.today);
  const sub = r.tenant;
  sub.title = undefined;
  const owner = r.landlord;
  // the main tenant lets a room of the flat and lives there too
  const main = fake.person(rng, { bornFrom: 1955, bornTo: 1998, titleChance: 0.04 });
  const mainBank = fake.bankAccount(rng);
  r.landlord = { kind: 'person', name: fake.fullName(main), person: main, address: r.flat, phone: fake.mobile(rng), bank: mainBank };
  const wholeArea = r.area < 55 ? cents(r.area + rng.int(28, 50)) : r.area;
  const wholeRooms = Math.max(2, Math.min(5, Math.round(wholeArea / 22)));
  const rate = rng.float(6.2, 12.5);
  const wholeGrund = cents(wholeArea * rate);
  const wholeNeben = cents(wholeArea * rng.float(1.7, 3.0));
  const heating = rng.chance(0.85);
  const wholeHeiz = heating ? cents(wholeArea * rng.float(0.9, 1.7)) : undefined;
  const roomArea = rng.int(10, 24) + rng.pick([0, 0, 0.5, 0.25, 0.8, 0.6]);
  const subRooms = roomArea > 21 && rng.chance(0.4) ? 2 : 1;
  const share = Math.min(0.7, (roomArea / wholeArea) * rng.float(1.1, 1.45));
  const round5 = rng.chance(0.6);
  const part = (v: number) => (round5 ? Math.max(5, Math.round((v * share) / 5) * 5) : cents(v * share));
  r.area = roomArea;
  r.rooms = subRooms;
  r.grundmiete = part(wholeGrund);
  r.nebenkosten = part(wholeNeben);
  r.heizkosten = wholeHeiz !== undefined ? part(wholeHeiz) : undefined;
  r.bewohner = rng.chance(0.85) ? 1 : 2;
  // subtenancies are short: the subtenant moved in a few months or years ago
  r.einzug = rng.chance(0.7) ? firstOfMonth(addDays(ctx.today, -rng.int(40, 1400))) : addDays(ctx.today, -rng.int(40, 1400));
  const mainHousehold = rng.weighted([[1, 5], [2, 3], [3, 1]]);
  const total = cents(wholeGrund + wholeNeben + (wholeHeiz ?? 0));
  const mainSince = addMonths(r.einzug, -rng.int(14, 120));
  const consent = addDays(r.einzug, -rng.int(5, 40));
  const furnished = rng.chance(0.5);
  const moebel = furnished ? rng.pick([20, 25, 30, 40, 50]) : 0;
  const strom = rng.pick([15, 20, 25, 30, 35]);
  const city = r.flat.city;
  const hand = 'times-italic' as const;
  const HS = 11;

  const d = ctx.start({ family: 'helvetica', size: 9, margins: { left: 56, right: 48, top: 44, bottom: 60 } });
  d.text(d.left, 50, `Stadt ${city}`, { size: 11, bold: true });
  d.text(d.left, 62, rng.pick(['Amt für Wohnungswesen – Wohngeldstelle', 'Sozialamt – Sachgebiet Wohngeld', 'Fachbereich Soziales, Abteilung Wohngeld']), { size: 8.5 });
  d.text(d.right, 50, rng.pick(['Vordruck WG 7', 'Formular WoG-U', 'Anlage U zum Wohngeldantrag']), { size: 8, align: 'right', color: GRAY });
  d.text(d.right, 62, `Wohngeldnummer: ${rng.chance(0.5) ? fake.aktenzeichen(rng, 'WG') : '...................'}`, { size: 8, align: 'right', color: GRAY });
  d.y = 84;
  d.write(ctx.pick([], ['Untermietbescheinigung', 'Bescheinigung über ein Untermietverhältnis']), { size: 15, bold: true });
  d.write('– von der Hauptmieterin / dem Hauptmieter auszufüllen, die / der einen Teil der Wohnung untervermietet –', { size: 8, color: GRAY });
  d.para('Die Angaben werden für die Berechnung des Wohngeldes der Untermieterin / des Untermieters benötigt (§ 23 Abs. 1 und 3 WoGG). Bitte vollständig und in Druckschrift ausfüllen.', { size: 8 });

  const head = (no: string, title: string) => {
    d.ensure(60);
    d.move(4);
    d.rect(d.left, d.y, d.contentWidth, 14, { fill: LIGHT });
    d.text(d.left + 4, d.y + 10, `${no}  ${title}`, { size: 9, bold: true });
    d.y += 18;
  };
  /** a label and a handwritten value on a ruled line */
  const fill = (label: string, value: string, field?: string, x0 = d.left, x1 = d.right, lw = 150) => {
    d.text(x0, d.y + 12, label, { size: 8 });
    d.hline(d.y + 14, x0 + lw, x1, 0.4, GRAY);
    if (value) d.text(x0 + lw + 4, d.y + 11.5, value, { font: hand, size: HS, field });
  };
  const fillRow = (cells: [string, string, string?, number?][]) => {
    const w = d.contentWidth / cells.length;
    cells.forEach(([l, v, f, lw], i) => fill(l, v, f, d.left + i * w, d.left + (i + 1) * w - 10, lw ?? 80));
    d.y += 18;
  };

  head('1', 'Hauptmieterin / Hauptmieter (Untervermieter/in)');
  fill('Name, Vorname', `${main.last}, ${main.first}`, 'vermieter_name');
  d.y += 18;
  fillRow([['geboren am', ctx.ndate(main.birth), undefined, 60], ['Telefon', r.landlord.phone, undefined, 50]]);
  fill('Anschrift der Wohnung', `${r.flat.street} ${r.flat.no}, ${r.flat.plz} ${r.flat.city}`, 'anschrift');
  d.y += 18;
  fillRow([['Lage (Geschoss)', r.floor, undefined, 80], ['Zahl der Personen im eigenen Haushalt', String(mainHousehold), undefined, 160]]);
  d.checkbox(d.left, d.y + 11, true, 8);
  d.text(d.left + 12, d.y + 11, 'Ich bewohne die Wohnung selbst und überlasse einen Teil davon zur Untermiete.', { size: 8 });
  d.y += 18;

  head('2', 'Eigentümer/in bzw. Vermieter/in der gesamten Wohnung (Hauptmietverhältnis)');
  fill('Name / Firma', owner.name);
  d.y += 18;
  fill('Anschrift', `${owner.address.street} ${owner.address.no}, ${owner.address.plz} ${owner.address.city}`);
  d.y += 18;
  fillRow([['Hauptmietvertrag seit', ctx.ndate(mainSince), undefined, 95], ['Zustimmung zur Untervermietung vom', ctx.ndate(consent), undefined, 140]]);

  head('3', 'Untermieterin / Untermieter');
  fill('Name, Vorname', ctx.v('mieter_name', ctx.name(sub, 'last-first')));
  d.y += 18;
  fillRow([['geboren am', ctx.ndate(sub.birth), undefined, 60], ['Einzug in die Untermieträume am', ctx.v('einzugsdatum', ctx.ndate(r.einzug)), undefined, 140]]);
  d.text(d.left, d.y + 11, 'Mitbenutzung von', { size: 8 });
  const shared = rng.sample(['Küche', 'Bad/WC', 'Flur', 'Balkon', 'Keller'], rng.int(2, 4));
  let bx = d.left + 80;
  for (const s of ['Küche', 'Bad/WC', 'Flur', 'Balkon', 'Keller']) {
    d.checkbox(bx, d.y + 11, shared.includes(s), 8);
    bx += 12 + d.text(bx + 12, d.y + 11, s, { size: 8 }) + 14;
  }
  d.checkbox(bx + 10, d.y + 11, furnished, 8);
  d.text(bx + 22, d.y + 11, 'möbliert', { size: 8 });
  d.y += 18;

  head('4', 'Flächen, Miete und Belegung');
  const c0 = d.left;
  const c1 = d.left + 218;
  const c2 = d.left + 360;
  const gw = d.right;
  const gridTop = d.y;
  const hh = 28;
  d.rect(c0, d.y, gw - c0, hh, { fill: [0.93, 0.93, 0.93] });
  d.text(c0 + 4, d.y + 11, 'monatlich', { size: 7.5, bold: true });
  d.wrap('gesamte Wohnung laut Hauptmietvertrag', c2 - c1 - 10, { size: 7.5, bold: true }).forEach((l, i) => d.text(c1 + 5, d.y + 11 + i * 9, l, { size: 7.5, bold: true }));
  d.wrap('davon auf die Untermieterin / den Untermieter entfallend', gw - c2 - 10, { size: 7.5, bold: true }).forEach((l, i) => d.text(c2 + 5, d.y + 11 + i * 9, l, { size: 7.5, bold: true }));
  d.y += hh;
  const m = (v: number) => ctx.money(v, 'bare');
  const rows: [string, string, Cell][] = [
    ['a) Wohnfläche', ctx.area(wholeArea), { text: ctx.area(r.area), field: 'wohnflaeche' }],
    ['b) Zahl der Wohn-/Schlafräume', String(wholeRooms), String(subRooms)],
    ['c) Grundmiete (ohne Umlagen) EUR', m(wholeGrund), { text: m(r.grundmiete), field: 'grundmiete' }],
    ['d) kalte Betriebskosten EUR', m(wholeNeben), { text: m(r.nebenkosten), field: 'nebenkosten' }],
    ['e) Heizung und Warmwasser EUR', wholeHeiz !== undefined ? m(wholeHeiz) : 'Strom-Heizung', r.heizkosten !== undefined ? { text: m(r.heizkosten), field: 'heizkosten' } : '–'],
    ['f) Summe c) bis e) EUR', m(total), { text: m(gesamt(r)), field: 'gesamtmiete' }],
    ['g) Personen, die dort wohnen', String(mainHousehold + r.bewohner), { text: String(r.bewohner), field: 'bewohner_anzahl' }],
  ];
  for (const [label, whole, part] of rows) {
    const pc = typeof part === 'string' ? { text: part } : part;
    d.text(c0 + 4, d.y + 13, label, { size: 8, bold: label.startsWith('f)') });
    d.text(c2 - 8, d.y + 13, whole, { font: hand, size: HS, align: 'right' });
    d.text(gw - 8, d.y + 13, pc.text, { font: hand, size: HS, align: 'right', field: pc.field });
    d.y += 16.5;
    d.hline(d.y, c0, gw, 0.4, GRAY);
  }
  d.rect(c0, gridTop, gw - c0, d.y - gridTop, { stroke: [0, 0, 0], lineWidth: 0.7 });
  d.line(c1, gridTop, c1, d.y, 0.5);
  d.line(c2, gridTop, c2, d.y, 0.5);
  d.y += 6;
  d.text(d.left, d.y + 10, 'Zusätzlich von der Untermieterin / dem Untermieter zu zahlen (in f) nicht enthalten):', { size: 8 });
  d.y += 14;
  fillRow([['Möblierungszuschlag EUR', furnished ? m(moebel) : '–', undefined, 110], ['Strom, Internet (pauschal) EUR', m(strom), undefined, 130]]);
  if (wholeHeiz === undefined) d.para('Die Wohnung wird mit Nachtspeicheröfen beheizt; der Strom wird über den Zähler der Hauptmieterin / des Hauptmieters abgerechnet und ist in der Pauschale enthalten.', { size: 7.5, color: GRAY });
  fill('Die Untermiete wird gezahlt', ctx.pick([], [`auf mein Konto IBAN ${ctx.iban(mainBank.iban)}`, `per Dauerauftrag an IBAN ${ctx.iban(mainBank.iban)}`]), undefined, d.left, d.right, 130);
  d.y += 18;

  head('5', 'Bestätigung');
  d.para('Ich bestätige die Richtigkeit der Angaben. Mir ist bekannt, dass falsche Angaben als Ordnungswidrigkeit verfolgt werden können (§ 37 WoGG). Eine Kopie des Untermietvertrages füge ich bei.', { size: 8 });
  d.ensure(40);
  d.move(16);
  d.text(d.left + 4, d.y, `${city}, ${ctx.ndate(addDays(ctx.today, -rng.int(0, 6)))}`, { font: hand, size: HS });
  d.text(d.left + 250, d.y - 2, `${main.first.split(' ')[0].charAt(0)}. ${main.last}`, { font: hand, size: 14 });
  d.hline(d.y + 3, d.left, d.left + 200, 0.5);
  d.hline(d.y + 3, d.left + 240, d.right, 0.5);
  d.text(d.left, d.y + 12, 'Ort, Datum', { size: 7, color: GRAY });
  d.text(d.left + 240, d.y + 12, 'Unterschrift der Hauptmieterin / des Hauptmieters', { size: 7, color: GRAY });
  d.y += 18;
  footer(d, [[`Stadt ${city} · Wohngeldstelle`], [rng.pick(['Stand 01/2025', 'Stand 04/2024', 'Stand 10/2024'])]], 'Seite x von y');
  truth(ctx, r);
}

/**
 * blind7: a Studierendenwerk's rent certificate for a place in a student residence: the student
 * with matriculation number in the window and in the opening sentence (moved in on, contract
 * limited to the end of a semester), the place as small-label cells (residence, house, place
 * number, kind of apartment, area, persons); the monthly lump-sum rent broken down into the rent
 * proper (basic rent, cold operating costs, heating and hot water, their total) and the services
 * inside the lump sum (household electricity, internet, furniture) with the lump sum paid; the
 * deposit, a rent increase decided for the next semester, the direct debit from the student's
 * masked account; page 2 with the lump sum per semester since moving in and hints on Wohngeld
 * for students; the Studierendenwerk's account in the footer.
 */
function blind7StudierendenwerkWohnheim(ctx: Ctx): void {
  const rng = ctx.rng;
  const r = rental(rng, ctx.today);
  // residences are where the universities are
  r.flat = fake.address(rng, { city: rng.pick(fake.UNIVERSITIES)[1] });
  const city = r.flat.city;
  const st = fake.person(rng, { bornFrom: 1997, bornTo: 2006, titleChance: 0 });
  r.tenant = st;
  const issuer = rng.pick([`Studierendenwerk ${city}`, `Studentenwerk ${city}`, `Studierendenwerk ${city} – Anstalt des öffentlichen Rechts`]);
  const issuerShort = issuer.replace(/ – .*$/, '');
  const issuerAddr = fake.sameCityAddress(rng, r.flat);
  r.landlord = { kind: 'organisation', name: issuerShort, address: issuerAddr, phone: fake.phone(rng), bank: fake.bankAccount(rng) };
  const kind = rng.weighted([['Einzelapartment', 6], ['Doppelapartment', 2], ['Familienwohnung', 1]] as const);
  const area = kind === 'Einzelapartment' ? rng.int(14, 27) + rng.pick([0, 0.5, 0.25, 0.8, 0.35]) : kind === 'Doppelapartment' ? rng.int(30, 44) + rng.pick([0, 0.5, 0.6]) : rng.int(46, 68) + rng.pick([0, 0.2, 0.75]);
  r.area = area;
  r.rooms = kind === 'Familienwohnung' ? rng.int(2, 3) : kind === 'Doppelapartment' ? 2 : 1;
  r.bewohner = kind === 'Einzelapartment' ? 1 : kind === 'Doppelapartment' ? 2 : rng.int(2, 4);
  r.grundmiete = cents(area * rng.float(8.5, 13.5));
  r.nebenkosten = cents(area * rng.float(2.2, 3.8));
  r.heizkosten = cents(area * rng.float(1.1, 2.0));
  const strom = cents(rng.pick([22, 25, 28.5, 30, 34, 38]) * (r.bewohner > 1 ? 1.6 : 1));
  const internet = rng.pick([0, 5, 7.5, 9.9, 12, 15]);
  const furnished = kind !== 'Familienwohnung' || rng.chance(0.2);
  const moebel = furnished ? rng.pick([15, 18.5, 20, 25, 30, 35]) : 0;
  const total = gesamt(r);
  const pauschale = cents(total + strom + internet + moebel);
  // residences let from the start of a semester; some places are taken over in between
  const semStart = (y: number, winter: boolean) => iso(y, winter ? 10 : 4, 1);
  const yearsBack = rng.int(0, 4);
  const ty = Number(ctx.today.slice(0, 4));
  let einzug = rng.chance(0.7) ? semStart(ty - yearsBack, rng.chance(0.65)) : firstOfMonth(addDays(ctx.today, -rng.int(40, 1300)));
  if (einzug >= addDays(ctx.today, -20)) einzug = semStart(ty - 1, true);
  r.einzug = einzug;
  // students move in at 18 to 25
  st.birth = iso(Number(einzug.slice(0, 4)) - rng.int(18, 25), rng.int(1, 12), rng.int(1, 28));
  // the semester the tenancy began in, and the end after the longest stay the rules allow
  const em = Number(einzug.slice(5, 7));
  const ey = Number(einzug.slice(0, 4));
  const firstSem = em >= 10 ? semStart(ey, true) : em >= 4 ? semStart(ey, false) : semStart(ey - 1, true);
  let maxSem = rng.pick([6, 8, 10]);
  while (addMonths(firstSem, maxSem * 6) <= addDays(ctx.today, 60)) maxSem += 2;
  const vertragEnde = addDays(addMonths(firstSem, maxSem * 6), -1);
  const matr = rng.digits(rng.pick([7, 7, 8]));
  const mieterNr = `${rng.int(1, 9)}${rng.digits(5)}`;
  const residence = rng.pick(['Wohnanlage ', 'Wohnheim ', 'Studentenwohnheim ']) + rng.pick([r.flat.street, r.flat.street, 'Am Campus', 'Parkstadt', 'Universitätsviertel', `${city}-Nord`]);
  const house = rng.pick(['A', 'B', 'C', 'D', '1', '2', '3']);
  const place = `${rng.int(0, 6)}${String(rng.int(1, 40)).padStart(2, '0')}${kind === 'Doppelapartment' ? rng.pick(['a', '']) : ''}`;
  const kaution = rng.pick([300, 350, 400, 450, 500, cents(pauschale * 2)]);
  const increase = rng.chance(0.55);
  const nextSem = (() => {
    const m = Number(ctx.today.slice(5, 7));
    return m < 4 ? semStart(ty, false) : m < 10 ? semStart(ty, true) : semStart(ty + 1, false);
  })();
  const nextPauschale = cents(pauschale + rng.pick([8, 10, 12.5, 15, 18, 22]));
  const accent = rng.pick([[0.78, 0.2, 0.18], [0.0, 0.42, 0.5], [0.36, 0.2, 0.52], [0.1, 0.45, 0.2]] as const);
  const t = st;
  const dd = (v: string) => ctx.ndate(v);
  const M = (v: number) => ctx.money(v);

  const d = ctx.start({ family: 'helvetica', size: 9, margins: { left: 62, right: 52, top: 50, bottom: 72 } });
  d.rect(0, 0, d.width, 58, { fill: accent });
  d.text(d.left, 30, issuerShort, { size: 15, bold: true, color: [1, 1, 1] });
  d.text(d.left, 44, rng.pick(['Abteilung Studentisches Wohnen', 'Wohnheimverwaltung · Mieterservice', 'Bereich Wohnen – Vermietung']), { size: 9, color: [1, 1, 1] });
  d.text(d.right, 30, rng.pick(['Wir fördern Studium.', 'Service rund ums Studium', 'Wohnen · Essen · Beraten']), { size: 8.5, align: 'right', color: [1, 1, 1] });
  returnLine(d, `${issuerShort} · ${issuerAddr.street} ${issuerAddr.no} · ${issuerAddr.plz} ${issuerAddr.city}`);
  const sal = t.gender === 'f' ? 'Frau' : 'Herrn';
  addressWindow(d, [sal, `${t.first} ${t.last}`, `${kind === 'Familienwohnung' ? 'Wohnung' : 'Apartment'} ${house}-${place}`, `${r.flat.street} ${r.flat.no}`, `${r.flat.plz} ${r.flat.city}`]);
  const clerk = fake.person(rng, { bornFrom: 1965, bornTo: 1995 });
  infoBlock(d, [
    ['Mieternummer', mieterNr],
    ['Vertrag', `WV-${ctx.today.slice(2, 4)}${rng.digits(4)}`],
    ['Wohnanlage', residence.replace(/^(Wohnanlage|Wohnheim|Studentenwohnheim) /, '')],
    ['Bearbeitung', `${clerk.first.split(' ')[0].charAt(0)}. ${clerk.last}`],
    ['Telefon', r.landlord.phone],
    ['Datum', ctx.date(ctx.today)],
  ], { x: 352, labelWidth: 70, top: 146 });
  subject(d, [ctx.pick(['Mietbescheinigung'], ['Bescheinigung über Miete und Nebenkosten im Wohnheim', 'Mietbescheinigung für Wohnheimplätze']), 'zur Vorlage bei der Wohngeldbehörde'], 246);
  const first = `${t.first} ${t.last}`;
  d.para(`hiermit bestätigen wir, dass ${ctx.v('mieter_name', ctx.name(t))} (geboren am ${dd(t.birth)}, Matrikelnummer ${matr}) seit dem ${ctx.v('einzugsdatum', ctx.date(r.einzug))} einen Wohnheimplatz bei uns gemietet hat. Der Mietvertrag ist nach der Wohnheimordnung befristet und endet spätestens am ${ctx.date(vertragEnde)} (Höchstwohndauer ${maxSem} Semester).`);
  d.para(`Vermieterin ist das ${ctx.v('vermieter_name', issuerShort)}${issuer !== issuerShort ? ', Anstalt des öffentlichen Rechts' : ''}. ${first.split(' ')[0]} ${t.last} ist ${rng.pick(['eingeschriebene Studentin bzw. eingeschriebener Student', 'an einer Hochschule in ' + city + ' immatrikuliert'])}; die Immatrikulation wird uns jedes Semester nachgewiesen.`);

  // the place as small-label cells, two to four per row
  const cell = (x: number, y: number, w: number, label: string, value: string, field?: string) => {
    d.rect(x, y, w, 27, { stroke: [0.7, 0.7, 0.7], lineWidth: 0.5 });
    d.text(x + 4, y + 8.5, label, { size: 6.5, color: GRAY });
    d.text(x + 4, y + 21, value, { size: 9.5, field });
  };
  d.ensure(100);
  d.move(2);
  d.text(d.left, d.y + 9, 'Angaben zum Wohnheimplatz', { size: 10, bold: true, color: accent });
  d.y += 14;
  const W = d.contentWidth;
  let y = d.y;
  cell(d.left, y, W * 0.62, 'Anschrift des Wohnheims', `${r.flat.street} ${r.flat.no}, ${r.flat.plz} ${r.flat.city}`, 'anschrift');
  cell(d.left + W * 0.62, y, W * 0.18, 'Haus', house);
  cell(d.left + W * 0.8, y, W * 0.2, kind === 'Familienwohnung' ? 'Wohnung-Nr.' : 'Platz-Nr.', place);
  y += 27;
  cell(d.left, y, W * 0.34, 'Art des Wohnplatzes', `${kind}${furnished ? ', möbliert' : ''}`);
  cell(d.left + W * 0.34, y, W * 0.22, ctx.pick(['Wohnfläche'], ['Wohnfläche des Apartments', 'Fläche']), ctx.area(r.area), 'wohnflaeche');
  cell(d.left + W * 0.56, y, W * 0.16, 'Zimmer', String(r.rooms));
  cell(d.left + W * 0.72, y, W * 0.28, ctx.pick(['Bewohner/innen'], ['dort wohnende Personen', 'Personen im Apartment']), String(r.bewohner), 'bewohner_anzahl');
  y += 27;
  d.y = y + 4;
  d.para(`Küche${kind === 'Einzelapartment' ? 'nzeile' : ''} und Duschbad ${kind === 'Einzelapartment' ? 'im Apartment' : 'in der Wohnung'}; Waschmaschinen, Fahrradkeller und Gemeinschaftsraum ${rng.pick(['im Haus ' + house, 'im Erdgeschoss', 'im Nachbarhaus'])} werden gemeinsam genutzt (ohne Flächenanteil).`, { size: 8, color: GRAY });

  // the lump sum, broken down
  d.ensure(200);
  d.move(2);
  d.text(d.left, d.y + 9, 'Zusammensetzung der monatlichen Pauschalmiete', { size: 10, bold: true, color: accent });
  d.y += 16;
  const ax = d.right;
  const lx = d.left + 8;
  const rowLine = (label: string, amount: string, opts: { field?: string; bold?: boolean; indent?: number; note?: string; fill?: boolean } = {}) => {
    d.ensure(16);
    if (opts.fill) d.rect(d.left, d.y, W, 14, { fill: [0.93, 0.93, 0.93] });
    d.text(lx + (opts.indent ?? 0), d.y + 10.5, label, { size: 9, bold: opts.bold });
    if (opts.note) d.text(d.left + 300, d.y + 10.5, opts.note, { size: 7.5, color: GRAY });
    d.text(ax - 4, d.y + 10.5, amount, { size: 9, bold: opts.bold, align: 'right', field: opts.field });
    d.y += 14;
  };
  d.rect(d.left, d.y, W, 14, { fill: accent });
  d.text(lx, d.y + 10, 'Position', { size: 8, bold: true, color: [1, 1, 1] });
  d.text(ax - 4, d.y + 10, 'monatlich', { size: 8, bold: true, align: 'right', color: [1, 1, 1] });
  d.y += 16;
  d.text(lx, d.y + 10, 'A. Miete im Sinne des Wohngeldgesetzes', { size: 8.5, bold: true });
  d.y += 14;
  rowLine(ctx.pick(['Grundmiete (Nutzungsentgelt Wohnraum)'], ['Nettokaltmiete Wohnraum', 'Mietanteil Wohnraum (ohne Nebenkosten)']), M(r.grundmiete), { field: 'grundmiete', indent: 10 });
  rowLine(ctx.pick(['Betriebskosten ohne Heizung'], ['kalte Betriebskosten (Wasser, Abwasser, Müll, Hausreinigung u. a.)', 'Betriebskostenanteil']), M(r.nebenkosten), { field: 'nebenkosten', indent: 10 });
  rowLine(ctx.pick(['Heizung und Warmwasser'], ['Wärme und Warmwasser (Fernwärme)', 'Heiz- und Warmwasserkostenanteil']), M(r.heizkosten), { field: 'heizkosten', indent: 10 });
  d.hline(d.y, d.left + 300, d.right, 0.5);
  rowLine(ctx.pick(['Gesamtmiete A'], ['Summe Miete einschl. Neben- und Heizkosten', 'Miete einschließlich Nebenkosten (Summe A)']), M(total), { field: 'gesamtmiete', bold: true, fill: true });
  d.y += 4;
  d.text(lx, d.y + 10, 'B. weitere Leistungen, in der Pauschalmiete enthalten', { size: 8.5, bold: true });
  d.y += 14;
  rowLine('Haushaltsstrom (pauschal)', M(strom), { indent: 10, note: 'kein eigener Zähler' });
  if (internet) rowLine('Internetanschluss / WLAN', M(internet), { indent: 10 });
  if (moebel) rowLine('Möblierung', M(moebel), { indent: 10, note: 'Bett, Schreibtisch, Schrank, Regal' });
  d.hline(d.y, d.left, d.right, 0.8);
  rowLine(ctx.pick(['monatliche Pauschalmiete (Zahlbetrag)'], ['zu zahlende Pauschalmiete A + B', 'Pauschalmiete insgesamt (Lastschrift)']), M(pauschale), { bold: true });
  d.y += 6;
  const masked = `${rng.pick(fake.BANKS).name}, IBAN DE** **** **** **** **${rng.digits(2)} ${rng.digits(2)}`;
  d.para(`Die Pauschalmiete ist monatlich im Voraus fällig und wird zum ${rng.pick(['1.', '3. Werktag', '5.'])} des Monats per SEPA-Lastschrift vom Konto der Mieterin bzw. des Mieters eingezogen (${masked}). Die Kaution von ${M(kaution)} ist gezahlt.`, { size: 9 });
  if (increase) d.para(`Hinweis: Der Verwaltungsrat hat die Mieten für das ${Number(nextSem.slice(5, 7)) === 10 ? 'Wintersemester' : 'Sommersemester'} angepasst. Ab ${ctx.date(nextSem)} beträgt die Pauschalmiete für diesen Platz ${M(nextPauschale)}; Sie erhalten dazu eine gesonderte Mitteilung.`, { size: 9 });
  d.write(`${issuerShort} · Mieterservice Wohnen · ${clerk.first} ${clerk.last}`, { size: 8.5, color: GRAY });

  // page 2: the lump sum by semester since moving in, hints for students
  d.newPage();
  d.text(d.left, d.y + 10, `Anlage zur Mietbescheinigung vom ${dd(ctx.today)} · Mieternummer ${mieterNr}`, { size: 8.5, color: GRAY });
  d.y += 22;
  d.write('Entwicklung der Pauschalmiete seit Vertragsbeginn', { size: 11, bold: true });
  const sems: { label: string; from: string; amount: number }[] = [];
  let s = firstSem;
  while (s <= ctx.today) {
    const w = s.slice(5, 7) === '10';
    const y0 = Number(s.slice(0, 4));
    sems.push({ label: w ? `Wintersemester ${y0}/${String(y0 + 1).slice(2)}` : `Sommersemester ${y0}`, from: s < einzug ? einzug : s, amount: 0 });
    s = w ? semStart(y0 + 1, false) : semStart(y0, true);
  }
  let amount = pauschale;
  for (let i = sems.length - 1; i >= 0; i--) {
    sems[i].amount = amount;
    if (rng.chance(0.5)) amount = cents(amount - rng.pick([5, 7.5, 10, 12, 15]));
  }
  const rows: Cell[][] = sems.slice(-8).map((x, i, all) => [x.label, dd(x.from), M(x.amount), i === all.length - 1 ? 'aktuell' : '']);
  if (increase) rows.push([Number(nextSem.slice(5, 7)) === 10 ? `Wintersemester ${nextSem.slice(0, 4)}/${String(Number(nextSem.slice(0, 4)) + 1).slice(2)}` : `Sommersemester ${nextSem.slice(0, 4)}`, dd(nextSem), M(nextPauschale), 'beschlossen']);
  table(ctx, [
    { header: 'Semester', x: d.left },
    { header: 'gültig ab', x: d.left + 170 },
    { header: 'Pauschalmiete', x: d.left + 340, align: 'right' },
    { header: 'Status', x: d.left + 370 },
  ], rows, { size: 8.5, grid: true, headerFill: [0.9, 0.9, 0.9] });
  d.move(8);
  d.write('Hinweise zum Wohngeld für Studierende', { size: 10.5, bold: true });
  d.para('Studierende, die dem Grunde nach Anspruch auf BAföG haben, sind in der Regel vom Wohngeld ausgeschlossen (§ 20 Abs. 2 WoGG). Das gilt nicht, wenn die Förderung zum Beispiel wegen Überschreitens der Altersgrenze oder nach einem Fachrichtungswechsel nicht mehr möglich ist, oder wenn BAföG ausschließlich als Darlehen geleistet wird.', { size: 8.5 });
  d.para('Haushaltsstrom, Internet und Möblierung gehören nach § 9 Abs. 2 WoGG nicht zur Miete. Die Wohngeldbehörde berücksichtigt deshalb nur die unter A genannten Beträge. Bitte legen Sie diese Bescheinigung zusammen mit Ihrer Immatrikulationsbescheinigung vor.', { size: 8.5 });
  d.para('Diese Bescheinigung wurde maschinell erstellt und ist ohne Unterschrift gültig. Für Rückfragen der Wohngeldbehörde stehen wir unter der oben genannten Rufnummer zur Verfügung.', { size: 8.5, color: GRAY });
  d.para(`Bei einem Auszug vor Vertragsende kündigen Sie bitte schriftlich mit einer Frist von ${rng.pick(['drei Monaten zum Semesterende', 'zwei Monaten zum Monatsende', 'drei Monaten zum 31.03. oder 30.09.'])}. Die Kaution wird nach Rückgabe des Platzes und Abrechnung der Nebenkosten erstattet.`, { size: 8.5 });
  footer(d, [
    [issuer.length > 40 ? issuerShort : issuer, `${issuerAddr.street} ${issuerAddr.no}, ${issuerAddr.plz} ${issuerAddr.city}`],
    [`Geschäftsführer${rng.chance(0.5) ? 'in' : ''}: ${fake.fullName(fake.person(rng, { bornFrom: 1960, bornTo: 1985 }))}`, `USt-IdNr. DE${rng.digits(9)}`],
    bankFooterLines(r.landlord.bank.bank.name, r.landlord.bank.iban, r.landlord.bank.bank.bic),
  ], 'Seite x von y');
  truth(ctx, r);
}

/**
 * blind8 (holdout): the landlord's certificate of housing costs on a Jobcenter's own form (as
 * people moving from Bürgergeld to Wohngeld hand it in): the Jobcenter's head with the
 * Bedarfsgemeinschaft number and a box for its received stamp; numbered questions in a grey left
 * column with the landlord's typed answers in framed cells at the right (tenant "Name, Vorname",
 * street and town apart, floor, area by the contract, rooms, the day the tenant moved in, the number
 * of people living there); the monthly costs as a ruled table with a "since" column (the net rent
 * since its last increase) and the sum, a parking space and a kitchen surcharge agreed apart and
 * kept out of the sum; heating and hot water as check boxes; the last operating-cost statement with
 * its back payment or credit; rent arrears; the landlord's account for direct payment; on page 2 the
 * landlord's particulars, signature and stamp.
 */
function blind8JobcenterKduFormular(ctx: Ctx): void {
  const rng = ctx.rng;
  const r = rental(ctx.rng, ctx.today);
  const t = r.tenant;
  t.title = undefined;
  const L = r.landlord;
  const d = ctx.start({ family: 'helvetica', size: 8.5, margins: { left: 48, right: 42, top: 44, bottom: 62 } });
  const RIGHT = d.right;
  const city = r.flat.city;
  const issuer = rng.pick([`Jobcenter ${city}`, `Jobcenter ${city}`, `Kommunales Jobcenter ${city}`, `Jobcenter ${city} (gemeinsame Einrichtung)`]);
  const bg = rng.pick([`${rng.digits(5)}BG${rng.digits(7)}`, `${rng.digits(5)}//${rng.digits(7)}`]);
  const dd = (v: string) => ctx.ndate(v);
  const M = (v: number) => ctx.money(v);
  const AX = d.left + 250;
  const grey: Color = [0.9, 0.9, 0.9];

  // head
  d.text(d.left, 50, issuer, { size: 13, bold: true });
  d.text(d.left, 62, rng.pick(['Leistungsabteilung · Team Kosten der Unterkunft', 'Bereich Leistungsgewährung', 'Team Unterkunft und Heizung']), { size: 8, color: GRAY });
  d.rect(RIGHT - 150, 38, 150, 58, { stroke: [0.4, 0.4, 0.4], lineWidth: 0.5 });
  d.text(RIGHT - 146, 46, 'Eingangsstempel', { size: 6, color: GRAY });
  d.text(d.left, 84, 'Nummer der Bedarfsgemeinschaft', { size: 7, color: GRAY });
  d.rect(d.left + 112, 74, 120, 14, { stroke: [0, 0, 0], lineWidth: 0.5 });
  d.text(d.left + 116, 84.5, bg, { size: 9, font: 'courier' });
  d.text(d.left, 118, ctx.pick([], ['Bescheinigung der Vermieterin / des Vermieters über die Kosten der Unterkunft und Heizung', 'Vermieterbescheinigung – Angaben zu Miete und Nebenkosten']), { size: 11.5, bold: true });
  d.y = 126;
  d.para(`Ihre Mieterin bzw. Ihr Mieter hat Leistungen beantragt, für die die Höhe der Wohnkosten nachgewiesen werden muss. Bitte füllen Sie diese Bescheinigung vollständig aus und geben Sie sie ${t.gender === 'f' ? 'der Mieterin' : 'dem Mieter'} unterschrieben zurück. Die Angaben werden nach § 60 SGB II / § 67a SGB X erhoben.`, { size: 7.8, color: GRAY });

  d.onContinuation((doc) => {
    doc.text(doc.left, doc.y + 8, `Vermieterbescheinigung · BG-Nr. ${bg} · Mieter/in: ${ctx.name(t, 'last-first')}`, { size: 7.5, color: GRAY });
    doc.y += 18;
  });
  const section2 = (no: string, title: string) => {
    d.ensure(50);
    d.move(4);
    d.rect(d.left, d.y, RIGHT - d.left, 14, { fill: [0.3, 0.3, 0.3] });
    d.text(d.left + 4, d.y + 10, `${no}  ${title}`, { size: 8.5, bold: true, color: [1, 1, 1] });
    d.y += 14;
  };
  /** a numbered question in the grey left column, the typed answer in a framed cell */
  const q = (no: string, label: string, answer: Cell | ((top: number, h: number) => void), h = 18) => {
    const lines = d.wrap(label, AX - d.left - 30, { size: 7.8 });
    const height = Math.max(h, lines.length * 9.4 + 6);
    d.ensure(height);
    const top = d.y;
    d.rect(d.left, top, AX - d.left, height, { fill: grey });
    d.text(d.left + 4, top + 11, no, { size: 7.8, bold: true });
    lines.forEach((l, i) => d.text(d.left + 26, top + 11 + i * 9.4, l, { size: 7.8 }));
    d.rect(AX, top, RIGHT - AX, height, { stroke: [0.35, 0.35, 0.35], lineWidth: 0.4 });
    d.hline(top + height, d.left, AX, 0.4, [1, 1, 1]);
    if (typeof answer === 'function') answer(top, height);
    else {
      const v = typeof answer === 'string' ? { text: answer } : answer;
      d.text(AX + 5, top + 12, v.text, { size: 9, field: v.field });
    }
    d.y = top + height;
  };
  const ticks = (top: number, items: [string, boolean][], x0 = AX + 5) => {
    let x = x0;
    for (const [label, on] of items) {
      d.checkbox(x, top + 12, on, 8);
      x += 12 + d.text(x + 12, top + 11.5, label, { size: 7.8 }) + 12;
    }
  };

  section2('1', 'Mietobjekt und Mietverhältnis');
  q('1.1', 'Mieter/in laut Mietvertrag (Name, Vorname)', { text: ctx.name(t, 'last-first'), field: 'mieter_name' });
  const co = rng.chance(0.3) ? fake.person(rng, { gender: t.gender === 'f' ? 'm' : 'f', bornFrom: 1950, bornTo: 2003, last: rng.chance(0.5) ? t.last : undefined }) : undefined;
  q('1.2', 'weitere Vertragspartner/innen', co ? ctx.name(co, 'last-first') : 'keine');
  q('1.3', 'Straße, Hausnummer der Wohnung', { text: `${r.flat.street} ${r.flat.no}`, field: 'anschrift' });
  q('1.4', 'Postleitzahl, Ort', `${r.flat.plz} ${city}`);
  q('1.5', 'Lage im Haus (Geschoss, links/rechts/Mitte)', r.floor);
  q('1.6', ctx.pick([], ['Wohnfläche laut Mietvertrag', 'vermietete Wohnfläche in m²']), { text: ctx.area(r.area), field: 'wohnflaeche' });
  q('1.7', 'Zahl der Räume (ohne Küche, Bad, Flur)', String(r.rooms));
  q('1.8', ctx.pick([], ['Die Mieterin / der Mieter ist eingezogen am', 'Tag der Schlüsselübergabe / Einzug']), { text: dd(r.einzug), field: 'einzugsdatum' });
  q('1.9', ctx.pick([], ['Wie viele Personen wohnen nach Ihrer Kenntnis in der Wohnung (Mieter/in eingeschlossen)?', 'Anzahl der Personen, die die Wohnung nutzen']), { text: String(r.bewohner), field: 'bewohner_anzahl' });
  q('1.10', 'Ist die Wohnung ganz oder teilweise untervermietet?', (top) => ticks(top, [['nein', true], ['ja, an', false]]));
  q('1.11', 'Ist der Vermieter mit der Mieterin / dem Mieter verwandt oder verschwägert?', (top) => ticks(top, [['nein', true], ['ja', false]]));

  section2('2', 'Monatliche Kosten (Stand: laufender Monat)');
  const tx = [d.left + 4, d.left + 30, RIGHT - 150, RIGHT - 8];
  d.rect(d.left, d.y, RIGHT - d.left, 13, { fill: grey });
  d.text(tx[0], d.y + 9.5, 'Nr.', { size: 7.5, bold: true });
  d.text(tx[1], d.y + 9.5, 'Kostenart', { size: 7.5, bold: true });
  d.text(tx[2], d.y + 9.5, 'seit', { size: 7.5, bold: true });
  d.text(tx[3], d.y + 9.5, 'Euro monatlich', { size: 7.5, bold: true, align: 'right' });
  d.y += 13;
  const costRow = (no: string, label: string, since: string, amount: Cell, bold = false) => {
    const v = typeof amount === 'string' ? { text: amount } : amount;
    d.text(tx[0], d.y + 11, no, { size: 8, bold });
    d.text(tx[1], d.y + 11, label, { size: 8, bold });
    d.text(tx[2], d.y + 11, since, { size: 8 });
    d.text(tx[3], d.y + 11, v.text, { size: 9, bold, align: 'right', field: v.field });
    d.y += 15;
    d.hline(d.y, d.left, RIGHT, 0.3, GRAY);
  };
  costRow('2.1', ctx.pick([], ['Mietzins ohne Nebenkosten (Kaltmiete)', 'Kaltmiete ohne Umlagen']), dd(r.mieteAb), { text: M(r.grundmiete), field: 'grundmiete' });
  costRow('2.2', ctx.pick([], ['Vorauszahlung kalte Betriebskosten (Wasser, Abwasser, Müll, Grundsteuer u. a.)', 'Betriebskosten ohne Heizung – monatlicher Abschlag']), dd(addMonths(r.mieteAb, -rng.int(0, 14))), { text: M(r.nebenkosten), field: 'nebenkosten' });
  if (r.heizkosten !== undefined)
    costRow('2.3', ctx.pick([], ['Abschlag für Heizung einschließlich Warmwasserbereitung', 'Vorauszahlung Heizkosten (mit Warmwasser)']), dd(addMonths(r.mieteAb, -rng.int(0, 14))), { text: M(r.heizkosten), field: 'heizkosten' });
  else costRow('2.3', 'Heizkosten (zahlt die Mieterin / der Mieter direkt an den Versorger)', '', 'entfällt');
  d.rect(d.left, d.y, RIGHT - d.left, 16, { fill: [0.96, 0.96, 0.96] });
  costRow('2.4', ctx.pick([], ['Summe 2.1 bis 2.3 (an Sie zu zahlen)', 'monatlicher Gesamtbetrag aus 2.1 bis 2.3']), '', { text: M(gesamt(r)), field: 'gesamtmiete' }, true);
  d.move(3);
  d.text(d.left + 4, d.y + 9, 'Außerdem vereinbart (nicht in 2.4 enthalten):', { size: 7.8, bold: true });
  d.y += 12;
  const kueche = rng.chance(0.35) ? rng.pick([15, 20, 25, 30]) : 0;
  costRow('2.5', 'Garage / Stellplatz', r.stellplatz ? dd(r.einzug) : '', r.stellplatz ? M(r.stellplatz) : '–');
  costRow('2.6', 'Zuschlag Küche / Möblierung', kueche ? dd(r.einzug) : '', kueche ? M(kueche) : '–');
  costRow('2.7', 'Kabelanschluss / sonstige Kosten', '', rng.chance(0.3) ? M(rng.pick([8.9, 9.5, 12.4])) : '–');

  section2('3', 'Heizung und Warmwasser');
  const central = r.heizkosten !== undefined;
  q('3.1', 'Art der Beheizung', (top) => ticks(top, [['Zentralheizung', central], ['Etagenheizung', !central], ['Einzelöfen', false]]));
  const carrier = rng.pick(['Erdgas', 'Fernwärme', 'Heizöl', 'Pellets']);
  q('3.2', 'Energieträger', (top) => ticks(top, [['Erdgas', (central && carrier === 'Erdgas') || !central], ['Fernwärme', central && carrier === 'Fernwärme'], ['Heizöl', central && carrier === 'Heizöl'], ['Pellets', central && carrier === 'Pellets'], ['Strom', false]]));
  const ww = central && rng.chance(0.75);
  q('3.3', 'Warmwasser wird erzeugt', (top) => ticks(top, [['über die Heizung (zentral)', ww], ['dezentral (Boiler/Therme)', !ww]]));

  section2('4', 'Letzte Betriebs- und Heizkostenabrechnung');
  const year = Number(ctx.today.slice(0, 4)) - (ctx.today.slice(5, 7) < '05' ? 2 : 1);
  const credit = rng.chance(0.45);
  const balance = cents(rng.float(18, 420));
  q('4.1', 'Abrechnungszeitraum', `${dd(`${year}-01-01`)} bis ${dd(`${year}-12-31`)}`);
  q('4.2', 'Ergebnis der Abrechnung', (top) => {
    ticks(top, [['Nachzahlung', !credit], ['Guthaben', credit]]);
    d.text(RIGHT - 8, top + 12, M(balance), { size: 9, align: 'right' });
  });
  q('4.3', credit ? 'Guthaben ausgezahlt / verrechnet am' : 'Nachzahlung fällig am', dd(addDays(ctx.today, -rng.int(10, 120))));

  section2('5', 'Zahlung und Rückstände');
  const arrears = rng.chance(0.2) ? cents(gesamt(r) * rng.pick([1, 2])) : 0;
  q('5.1', 'Bestehen Mietrückstände?', (top) => {
    ticks(top, [['nein', !arrears], ['ja, in Höhe von', !!arrears]]);
    if (arrears) d.text(RIGHT - 8, top + 12, M(arrears), { size: 9, align: 'right' });
  });
  q('5.2', 'Bankverbindung für eine direkte Zahlung an Sie (§ 22 Abs. 7 SGB II) – Kontoinhaber/in', L.name, 18);
  q('5.3', 'IBAN', ctx.iban(L.bank.iban, true));
  q('5.4', 'Kreditinstitut', L.bank.bank.name);

  section2('6', 'Angaben zur Vermieterin / zum Vermieter');
  q('6.1', ctx.pick([], ['Name bzw. Firma der Vermieterin / des Vermieters', 'Vermieter/in (Name, Firma)']), { text: L.name, field: 'vermieter_name' });
  q('6.2', 'Anschrift', `${L.address.street} ${L.address.no}, ${L.address.plz} ${L.address.city}`);
  q('6.3', 'Telefon / E-Mail für Rückfragen', L.phone);
  const agent = L.kind === 'person' && rng.chance(0.35) ? `Hausverwaltung ${rng.pick(['Lorenz', 'Berger', 'Sommer', 'Keller'])} GmbH` : '';
  q('6.4', 'vertreten durch (Hausverwaltung, Bevollmächtigte/r)', agent || '–');
  d.move(8);
  d.ensure(90);
  d.para('Ich bestätige die Richtigkeit der Angaben. Mir ist bekannt, dass vorsätzlich oder fahrlässig falsche Angaben als Ordnungswidrigkeit geahndet werden können (§ 63 SGB II).', { size: 7.8 });
  d.move(14);
  const sy = d.y;
  d.text(d.left + 2, sy + 10, `${L.address.city}, ${dd(addDays(ctx.today, -rng.int(0, 6)))}`, { size: 9 });
  d.hline(sy + 14, d.left, d.left + 190, 0.4);
  d.text(d.left, sy + 22, 'Ort, Datum', { size: 6.5, color: GRAY });
  d.text(d.left + 250, sy + 9, L.kind === 'person' ? L.name : `i. A. ${fake.fullName(fake.person(rng))}`, { size: 11.5, font: 'times-italic', color: [0.1, 0.15, 0.5] });
  d.hline(sy + 14, d.left + 240, RIGHT, 0.4);
  d.text(d.left + 240, sy + 22, 'Unterschrift Vermieter/in bzw. Verwalter/in, ggf. Stempel', { size: 6.5, color: GRAY });
  d.y = sy + 34;
  d.move(10);
  d.rect(d.left, d.y, RIGHT - d.left, 62, { stroke: [0.4, 0.4, 0.4], lineWidth: 0.5 });
  d.text(d.left + 5, d.y + 11, 'Nur von der Mieterin / dem Mieter auszufüllen', { size: 7.8, bold: true });
  d.y += 14;
  d.para(`Ich bin damit einverstanden, dass das ${issuer.replace(/ \(.*\)$/, '')} Rückfragen zu diesen Angaben direkt bei der Vermieterin / dem Vermieter stellt. Die Miete soll ${rng.chance(0.7) ? 'weiterhin von mir selbst' : 'direkt an die Vermieterin / den Vermieter'} gezahlt werden.`, { x: d.left + 5, width: RIGHT - d.left - 10, size: 7.5 });
  d.hline(d.y + 14, d.left + 240, RIGHT - 10, 0.4);
  d.text(d.left + 240, d.y + 22, 'Unterschrift Mieter/in', { size: 6.5, color: GRAY });
  d.y += 36;

  const formNo = rng.pick(['KdU 3 – Vermieterbescheinigung', 'Vordruck VB 01/2025', 'Formular 22-7 (Stand 2024)']);
  d.onEveryPage((doc, page, pages) => {
    doc.hline(doc.height - 44, doc.left, RIGHT, 0.3, GRAY);
    doc.text(doc.left, doc.height - 34, `${formNo} · ${issuer}`, { size: 6.5, color: GRAY });
    doc.text((doc.left + RIGHT) / 2, doc.height - 34, `BG-Nr. ${bg}`, { size: 6.5, color: GRAY, align: 'center' });
    doc.text(RIGHT, doc.height - 34, `Seite ${page} von ${pages}`, { size: 7, align: 'right' });
  });
  truth(ctx, r);
}

/**
 * blind9: the Wohngeld office's request for information to the landlord (§ 23 Abs. 3 WoGG) with the
 * landlord's answers. Page 1 the office's letter to the landlord or to the manager acting for a
 * private owner: file number, clerk, the date of the application and the reply deadline, the tenant
 * and the flat in the subject, the office's own account in the footer. Page 2 (and 3) the answer
 * sheet sent back: return address and file number pre-printed, the tenant as the office entered it,
 * then numbered questions in a left column with the landlord's answers typed into tinted form fields
 * at the right (the owner and, when a manager answers, the manager; tenancy since; floor, area and
 * rooms; people living there; the monthly rent as lettered lines a) to c) with the sum and a garage or
 * parking space as d) below the sum; a change in the last twelve months with the former net rent and
 * the day it ended; heating; arrears; the account the rent is paid to), a declaration, place and date.
 */
function blind9VermieterauskunftWohngeldstelle(ctx: Ctx): void {
  const rng = ctx.rng;
  const r = rental(rng, ctx.today);
  const t = r.tenant;
  const city = r.flat.city;
  const owner = r.landlord;
  // a private owner often has the flat looked after by a manager, who then gets the letter and answers
  const manager = owner.kind === 'person' && rng.chance(0.5) ? fake.organisation(rng, `Hausverwaltung ${rng.pick(['Schulze', 'Krämer', 'Lorenz', 'Vogt', 'Engel', 'Sommer'])} ${rng.pick(['GmbH', 'e.K.', '& Partner'])}`, city) : undefined;
  const file = `${rng.pick(['50.21', '64.3', 'WG', 'SG 22'])}-${rng.digits(5)}/${rng.int(23, 25)}`;
  const letterDay = addDays(ctx.today, -rng.int(18, 40));
  const applied = addDays(letterDay, -rng.int(10, 45));
  const deadline = addDays(letterDay, rng.int(14, 21));
  const answered = addDays(letterDay, rng.int(4, 13));
  const clerk = fake.person(rng, { bornFrom: 1965, bornTo: 1995 });
  const changed = rng.chance(0.55);
  const arrears = rng.chance(0.12) ? cents(rng.pick([1, 2]) * gesamt(r)) : 0;
  const heatKind = r.heizkosten === undefined ? rng.pick(['Gasetagenheizung, Gas zahlt Mieter', 'Nachtspeicher, Strom zahlt Mieter']) : rng.pick(['Zentralheizung', 'Fernwärme', 'Zentralheizung (Gas)']);
  const cityBank = fake.bankAccount(rng);
  const dd = (v: string) => ctx.ndate(v);
  const fieldTint: Color = rng.pick([[0.88, 0.92, 1], [0.92, 0.92, 0.92], [1, 0.97, 0.86]] as const);
  const typed = 'courier' as const;
  const office = rng.pick([`Stadt ${city}`, `Stadtverwaltung ${city}`, `Landeshauptstadt ${city}`, `Kreisstadt ${city}`]);
  const unit = rng.pick(['Amt für Soziales und Wohnen – Wohngeldstelle', 'Fachbereich Bürgerdienste · Wohngeld', 'Sozialamt, Abteilung Wohngeld']);
  const ownerName = owner.kind === 'person' && owner.person ? `${owner.person.title ? owner.person.title + ' ' : ''}${owner.person.first} ${owner.person.last}` : owner.name;

  const d = ctx.start({ family: 'helvetica', size: 9.5, margins: { left: 64, right: 52, top: 50, bottom: 70 } });
  letterhead(ctx, { name: office, unit, extra: [`${fake.address(rng, { city }).street} ${rng.int(1, 40)}`, `${r.flat.plz} ${city}`] });
  returnLine(d, `${office} · ${unit.split(' – ')[0].split(' · ')[0]} · ${r.flat.plz} ${city}`);
  if (manager) addressWindow(d, [manager.name, `für ${ownerName}`, `${manager.address.street} ${manager.address.no}`, `${manager.address.plz} ${manager.address.city}`]);
  else if (owner.kind === 'person' && owner.person) addressWindow(d, [owner.person.gender === 'f' ? 'Frau' : 'Herrn', { text: ownerName, field: 'vermieter_name' }, `${owner.address.street} ${owner.address.no}`, `${owner.address.plz} ${owner.address.city}`]);
  else addressWindow(d, [{ text: owner.name, field: 'vermieter_name' }, rng.pick(['Mietenbuchhaltung', 'Bestandsmanagement', 'Kundenbetreuung']), `${owner.address.street} ${owner.address.no}`, `${owner.address.plz} ${owner.address.city}`]);
  infoBlock(d, [
    ['Aktenzeichen', file],
    ['Bearbeitung', `${clerk.gender === 'f' ? 'Frau' : 'Herr'} ${clerk.last}`],
    ['Telefon', fake.phone(rng)],
    ['Zimmer', `${rng.int(1, 4)}.${rng.digits(2)}`],
    ['Datum', dd(letterDay)],
  ], { labelWidth: 70 });
  const salutT = t.gender === 'f' ? 'Frau' : 'Herrn';
  subject(d, [
    ctx.pick([], ['Auskunftsersuchen nach § 23 Abs. 3 Wohngeldgesetz (WoGG)', 'Auskunftspflicht des Vermieters nach § 23 Abs. 3 WoGG']),
    `Mietverhältnis ${salutT} ${ctx.v('mieter_name', `${t.first} ${t.last}`)}, ${ctx.v('anschrift', `${r.flat.street} ${r.flat.no}, ${r.flat.plz} ${r.flat.city}`)}`,
  ]);
  d.para('Sehr geehrte Damen und Herren,');
  d.para(`die oben genannte Person hat am ${dd(applied)} bei uns Wohngeld (Mietzuschuss) beantragt. Zur Prüfung des Anspruchs benötigen wir Angaben zu der Wohnung und zur Höhe der Miete. Nach § 23 Abs. 3 WoGG ist der Vermieter verpflichtet, der Wohngeldbehörde hierüber Auskunft zu geben.`);
  d.para(`Bitte füllen Sie den beigefügten Auskunftsbogen vollständig aus und senden Sie ihn bis zum ${dd(deadline)} an uns zurück. Sie können ihn auch per E-Mail an wohngeld@${city.toLowerCase().replace(/ä/g, 'ae').replace(/ö/g, 'oe').replace(/ü/g, 'ue').replace(/ß/g, 'ss').replace(/[^a-z]+/g, '')}.de senden.`);
  d.para('Wer vorsätzlich oder fahrlässig eine Auskunft nicht, nicht richtig, nicht vollständig oder nicht rechtzeitig erteilt, handelt ordnungswidrig (§ 37 Abs. 1 WoGG). Ihre Angaben werden nur für die Entscheidung über den Wohngeldantrag verwendet.', { size: 8.5 });
  closing(ctx, { signer: `${clerk.first} ${clerk.last}`, auftrag: true, role: 'Sachbearbeitung Wohngeld' });
  d.write('Anlage: Auskunftsbogen (Rücksendung)', { size: 8.5 });
  // the office's footer belongs to its letter; the answer sheet only carries the page number
  const foot = [
    [office, unit.split(' – ')[0].split(' · ')[0], `Sprechzeiten: Di 9–12 und 14–18 Uhr, Do 9–12 Uhr`],
    [`Stadtkasse: ${cityBank.bank.name}`, `IBAN: ${fake.groupIban(cityBank.iban)}`, `BIC: ${cityBank.bank.bic}`],
  ];
  d.onEveryPage((doc, page, pages) => {
    if (page === 1) {
      doc.hline(doc.height - 60, doc.left, doc.right, 0.3, GRAY);
      foot.forEach((col, i) => col.forEach((l, j) => doc.text(doc.left + i * (doc.contentWidth / 2), doc.height - 52 + j * 8.5, l, { size: 6.5, color: GRAY })));
    }
    doc.text(doc.right, doc.height - 22, `Seite ${page} von ${pages}`, { size: 7.5, align: 'right', color: GRAY });
  });

  // the answer sheet
  d.newPage();
  d.text(d.left, d.y + 10, ctx.pick([], ['Auskunftsbogen des Vermieters', 'Vermieterauskunft zum Wohngeldantrag']), { size: 14, bold: true });
  d.text(d.right, d.y + 4, `Az.: ${file}`, { size: 8.5, align: 'right' });
  d.text(d.right, d.y + 15, `zurück bis ${dd(deadline)}`, { size: 8.5, align: 'right', color: GRAY });
  d.y += 22;
  d.para(`Rücksendung an: ${office}, ${unit}, ${r.flat.plz} ${city}`, { size: 8, color: GRAY });
  d.rect(d.left, d.y, d.contentWidth, 34, { stroke: [0.3, 0.3, 0.3], lineWidth: 0.6 });
  d.text(d.left + 5, d.y + 10, 'Antragsteller/in (Mieter/in) – von der Wohngeldstelle eingetragen', { size: 7, color: GRAY });
  d.text(d.left + 5, d.y + 23, `${t.last}, ${t.first}`, { size: 10, bold: true });
  d.text(d.left + 220, d.y + 23, `${r.flat.street} ${r.flat.no}, ${r.flat.plz} ${r.flat.city}`, { size: 10 });
  d.y += 42;

  const QX = d.left + 20;
  const AX = d.left + 236;
  const AW = d.right - AX;
  type Answer = { text: string; field?: string } | { checks: [string, boolean][] } | { note: string };
  /** a numbered question at the left, the answers in tinted fields at the right */
  const q = (no: string, question: string, answers: Answer[]) => {
    const qLines = d.wrap(question, AX - QX - 12, { size: 8 });
    const h = Math.max(qLines.length * 10.5, answers.length * 17) + 6;
    d.ensure(h + 4);
    const top = d.y;
    d.text(d.left, top + 11, no, { size: 8.5, bold: true });
    qLines.forEach((l, i) => d.text(QX, top + 11 + i * 10.5, l, { size: 8 }));
    answers.forEach((a, i) => {
      const y = top + 3 + i * 17;
      if ('checks' in a) {
        let x = AX;
        for (const [label, on] of a.checks) {
          d.checkbox(x, y + 10, on, 8);
          x += 12 + d.text(x + 12, y + 9.5, label, { size: 8 }) + 12;
        }
      } else if ('note' in a) d.text(AX, y + 10, a.note, { size: 7, color: GRAY });
      else {
        d.rect(AX, y, AW, 14, { fill: fieldTint });
        // like a PDF form field, a long entry is set smaller to fit its field
        let size = 9;
        while (size > 6.5 && d.measure(a.text, { size, font: typed }) > AW - 6) size -= 0.5;
        if (a.text) d.text(AX + 3, y + 10.5, a.text, { size, font: typed, field: a.field });
      }
    });
    d.y = top + h;
    d.hline(d.y, d.left, d.right, 0.3, LIGHT);
  };
  const m = (v: number) => ctx.money(v);
  q('1', 'Vermieter/in bzw. Eigentümer/in der Wohnung (Name oder Firma, Anschrift)', [
    { text: ownerName, field: manager ? 'vermieter_name' : undefined },
    { text: `${owner.address.street} ${owner.address.no}, ${owner.address.plz} ${owner.address.city}` },
  ]);
  if (manager) q('', 'Die Auskunft erteilt als Verwalter/in im Auftrag des Eigentümers:', [{ text: manager.name }, { text: `Tel. ${manager.phone}` }]);
  q('2', 'Ist die eingetragene Person Mieter/in der Wohnung?', [{ checks: [['ja, Hauptmieter/in', true], ['Untermieter/in', false], ['nein', false]] }]);
  q('3', ctx.pick([], ['Seit wann ist die Wohnung an diese Person vermietet (Beginn des Mietverhältnisses)?', 'Die Wohnung ist an die Person vermietet seit (Tag)']), [{ text: ctx.v('einzugsdatum', dd(r.einzug)) }]);
  q('4', 'Lage der Wohnung im Haus, Anzahl der Wohnräume (ohne Küche, Bad, Flur)', [{ text: `${r.floor}, ${r.rooms} ${r.rooms === 1 ? 'Raum' : 'Räume'}` }]);
  q('5', ctx.pick([], ['Wie groß ist die Wohnfläche laut Mietvertrag?', 'Wohnfläche der vermieteten Wohnung']), [{ text: ctx.v('wohnflaeche', ctx.area(r.area)) }]);
  q('6', ctx.pick([], ['Wie viele Personen wohnen nach Ihrer Kenntnis in der Wohnung (einschließlich Mieter/in)?', 'Anzahl der Personen, die die Wohnung nach Ihrer Kenntnis bewohnen']), [{ text: ctx.v('bewohner_anzahl', String(r.bewohner)) }]);
  d.move(2);
  d.ensure(120);
  d.text(d.left, d.y + 11, '7', { size: 8.5, bold: true });
  d.text(QX, d.y + 11, `Monatliche Miete, die zurzeit zu zahlen ist (Stand: ${dd(firstOfMonth(answered))})`, { size: 8, bold: true });
  d.y += 17;
  const rent = (letter: string, label: string, value: { text: string; field?: string }, bold = false) => {
    d.text(QX, d.y + 10, letter, { size: 8 });
    d.text(QX + 16, d.y + 10, label, { size: 8, bold });
    d.rect(AX, d.y, AW, 14, { fill: fieldTint });
    d.text(d.right - 4, d.y + 10.5, value.text, { size: 9, font: typed, align: 'right', field: value.field });
    d.y += 17;
  };
  rent('a)', ctx.pick([], ['Miete ohne Betriebs- und Heizkosten (Nettokaltmiete)', 'Kaltmiete ohne jede Umlage']), { text: m(r.grundmiete), field: 'grundmiete' });
  rent('b)', ctx.pick([], ['Vorauszahlung auf die kalten Betriebskosten', 'Betriebskosten (ohne Heizung, Warmwasser) – Abschlag']), { text: m(r.nebenkosten), field: 'nebenkosten' });
  rent('c)', ctx.pick([], ['Vorauszahlung Heizung und Warmwasser', 'Abschlag Heiz- und Warmwasserkosten']), r.heizkosten !== undefined ? { text: m(r.heizkosten), field: 'heizkosten' } : { text: 'entfällt' });
  d.hline(d.y - 1, AX, d.right, 0.8);
  rent('', ctx.pick([], ['monatlich insgesamt (a bis c)', 'Summe a) bis c)']), { text: m(gesamt(r)), field: 'gesamtmiete' }, true);
  rent('d)', r.stellplatz ? 'gesondert: Garage / Stellplatz (nicht in der Summe)' : 'gesondert: Garage, Stellplatz, Möblierung', { text: r.stellplatz ? m(r.stellplatz) : '–' });
  d.move(3);
  d.hline(d.y, d.left, d.right, 0.3, LIGHT);
  q('8', 'Hat sich die Miete in den letzten zwölf Monaten geändert? Wenn ja: bisherige Nettokaltmiete und bis wann sie galt', changed
    ? [{ checks: [['nein', false], ['ja', true]] }, { text: `${m(r.vormiete)} bis ${dd(addDays(r.mieteAb, -1))}` }]
    : [{ checks: [['nein', true], ['ja', false]] }]);
  q('9', 'Art der Beheizung; ist die Warmwasserbereitung in c) enthalten?', [{ text: heatKind }, { checks: [['Warmwasser in c) enthalten', r.heizkosten !== undefined && rng.chance(0.8)]] }]);
  q('10', 'Bestehen Mietrückstände? Wenn ja, in welcher Höhe?', arrears ? [{ checks: [['nein', false], ['ja', true]] }, { text: m(arrears) }] : [{ checks: [['nein', true], ['ja', false]] }]);
  q('11', 'Konto, auf das die Miete gezahlt wird (für eine etwaige Zahlung an den Vermieter nach § 26 WoGG)', [{ text: ctx.iban((manager ? fake.bankAccount(rng) : owner.bank).iban) }, { note: manager ? 'Mietsonderkonto der Verwaltung' : 'Konto des Vermieters' }]);
  d.move(8);
  d.ensure(70);
  d.para('Ich versichere, dass die vorstehenden Angaben richtig und vollständig sind. Mir ist bekannt, dass falsche Angaben als Ordnungswidrigkeit geahndet werden können.', { size: 8 });
  d.move(14);
  d.rect(d.left, d.y - 12, 200, 14, { fill: fieldTint });
  d.text(d.left + 3, d.y - 1.5, `${(manager ? manager.address.city : owner.address.city)}, ${dd(answered)}`, { size: 9, font: typed });
  d.hline(d.y + 4, d.right - 210, d.right, 0.5);
  d.text(d.left, d.y + 13, 'Ort, Datum', { size: 7, color: GRAY });
  d.text(d.right - 210, d.y + 13, manager ? 'Stempel, Unterschrift der Verwaltung' : owner.kind === 'person' ? 'Unterschrift Vermieter/in' : 'Stempel und Unterschrift', { size: 7, color: GRAY });
  // (t and owner are the rental's tenant and landlord)
  truth(ctx, r);
}

/**
 * blind10 (holdout): a district's rent certificate in two parts, told apart by tabs in the left
 * margin: part A filled in by hand by the tenant (name, flat, people living there), part B by the
 * landlord (typed by a company, by hand by a private landlord): confirmation of part A, tenancy
 * start, area, the rent as a table with a "since" column and the sum, a parking space outside it,
 * a grid of the operating costs included, heating, the last rent change with the former total, the
 * persons key of the last statement; a greyed box for the office at the foot of page 2.
 */
function blind10ZweiteiligMieterVermieter(ctx: Ctx): void {
  const rng = ctx.rng;
  const r = rental(rng, ctx.today);
  const t = r.tenant;
  const company = r.landlord.kind === 'organisation';
  const kreis = rng.pick([`Stadt ${r.flat.city}`, `Stadtverwaltung ${r.flat.city}`, `Stadt ${r.flat.city} · Bürgerservice`]);
  const dd = (v: string) => ctx.ndate(v);
  const m = (v: number) => ctx.money(v);
  const tenantInk: Color = rng.pick([[0.08, 0.14, 0.52], [0.12, 0.12, 0.16]] as const);
  const landlordInk: Color = company ? [0, 0, 0] : rng.pick([[0.05, 0.05, 0.08], [0.1, 0.2, 0.55]] as const);
  const HAND = 'times-italic' as const;
  const tab: Color = rng.pick([[0.85, 0.9, 0.96], [0.93, 0.9, 0.82], [0.88, 0.94, 0.88]] as const);
  const hand = (x: number, baseline: number, text: string, ink: Color, field?: string) =>
    d.text(x + rng.float(0, 4), baseline + rng.float(-1.5, 0.5), text, { font: HAND, size: rng.float(10.5, 11.5), color: ink, field });
  /** the landlord's entries: typed by a company, handwritten by a private landlord */
  const ll = (x: number, baseline: number, text: string, field?: string, align: 'left' | 'right' = 'left') =>
    company ? d.text(x, baseline, text, { size: 9.5, field, align }) : align === 'right' ? d.text(x - rng.float(0, 4), baseline + rng.float(-1.5, 0.5), text, { font: HAND, size: 11, color: landlordInk, field, align }) : hand(x, baseline, text, landlordInk, field);
  const mark = (x: number, baseline: number, on: boolean, ink: Color) => {
    d.checkbox(x, baseline, false, 8);
    if (on) {
      if (company && ink === landlordInk) d.text(x + 1.5, baseline - 0.5, 'X', { size: 8, font: 'helvetica-bold' });
      else d.text(x + rng.float(0, 1.5), baseline + rng.float(-0.5, 0.8), 'x', { font: HAND, size: 12, color: ink });
    }
  };

  const d = ctx.start({ family: 'helvetica', size: 8.5, margins: { left: 40, right: 42, top: 40, bottom: 60 } });
  const X0 = d.left + 36;
  const XR = d.right;
  const W = XR - X0;
  d.text(X0, 50, kreis, { size: 11, bold: true });
  d.text(X0, 62, rng.pick(['Wohngeldbehörde', 'Fachbereich Soziales – Sachgebiet Wohngeld', 'Amt für Soziales und Wohnen, Wohngeldstelle']), { size: 8 });
  const nb = XR - 170;
  d.text(nb, 44, 'Wohngeld-Nr. (soweit bekannt)', { size: 6.5, color: GRAY });
  for (let i = 0; i < 9; i++) d.rect(nb + i * 15, 48, 15, 16, { stroke: [0.3, 0.3, 0.3], lineWidth: 0.5 });
  d.text(X0, 92, ctx.pick([], ['Bescheinigung der Miete', 'Mietbescheinigung in zwei Teilen']), { size: 16, bold: true });
  d.text(X0, 105, 'zum Antrag auf Wohngeld (Mietzuschuss) – Teil A füllt die Mieterin / der Mieter aus, Teil B die Vermieterin / der Vermieter', { size: 7.5, color: GRAY });
  d.y = 116;
  /** a tab in the left margin beside a part: its letter and who fills it in */
  const tabFor = (letter: string, words: string[], top: number, bottom: number) => {
    d.rect(d.left, top, 28, bottom - top, { fill: tab });
    d.text(d.left + 14, top + 22, letter, { size: 18, bold: true, align: 'center' });
    words.forEach((w, i) => d.text(d.left + 14, top + 36 + i * 8, w, { size: 6, align: 'center', color: GRAY }));
  };
  /** a cell: small caption above, the entry on the rule below */
  const cell = (x: number, w: number, caption: string, draw: (x: number, baseline: number) => void) => {
    d.text(x + 2, d.y + 8, caption, { size: 6.5, color: GRAY });
    draw(x + 4, d.y + 22);
    d.line(x, d.y + 25, x + w - 6, d.y + 25, 0.4, GRAY);
  };
  const cellRow = (h = 30) => {
    d.y += h;
  };

  // part A: the tenant
  const aTop = d.y;
  d.rect(X0 - 4, aTop, W + 4, 2, { fill: [0.2, 0.2, 0.2] });
  d.y += 6;
  d.text(X0, d.y + 10, 'Teil A – Angaben der Mieterin / des Mieters', { size: 10, bold: true });
  d.y += 16;
  cell(X0, W * 0.62, 'A1  Name, Vorname', (x, b) => hand(x, b, `${t.last}, ${t.first}`, tenantInk, 'mieter_name'));
  cell(X0 + W * 0.62, W * 0.38, 'A2  Geburtsdatum', (x, b) => hand(x, b, dd(t.birth), tenantInk));
  cellRow();
  cell(X0, W * 0.62, 'A3  Straße und Hausnummer der Wohnung', (x, b) => hand(x, b, `${r.flat.street} ${r.flat.no}`, tenantInk, 'anschrift'));
  cell(X0 + W * 0.62, W * 0.38, 'Postleitzahl und Ort', (x, b) => hand(x, b, `${r.flat.plz} ${r.flat.city}`, tenantInk));
  cellRow();
  cell(X0, W * 0.62, 'A4  Lage im Haus (Geschoss, links/rechts/Mitte)', (x, b) => hand(x, b, r.floor, tenantInk));
  cell(X0 + W * 0.62, W * 0.38, 'Telefon (freiwillig)', (x, b) => (rng.chance(0.6) ? hand(x, b, fake.mobile(rng), tenantInk) : undefined));
  cellRow();
  d.move(2);
  d.text(X0, d.y + 10, 'A5', { size: 6.5, color: GRAY });
  const a5 = ctx.pick([], ['In der Wohnung leben zurzeit insgesamt (mich eingeschlossen)', 'Die Wohnung wird derzeit bewohnt von – Anzahl aller Personen, ich eingeschlossen –']);
  const a5w = d.text(X0 + 16, d.y + 10, a5, { size: 8 });
  d.line(X0 + 20 + a5w, d.y + 12, X0 + 56 + a5w, d.y + 12, 0.4, GRAY);
  hand(X0 + 26 + a5w, d.y + 10, String(r.bewohner), tenantInk, 'bewohner_anzahl');
  d.text(X0 + 62 + a5w, d.y + 10, r.bewohner === 1 ? 'Person.' : 'Personen.', { size: 8 });
  d.y += 17;
  const sublet = rng.chance(0.12);
  d.text(X0, d.y + 10, 'A6', { size: 6.5, color: GRAY });
  let x = X0 + 16 + d.text(X0 + 16, d.y + 10, 'Ist ein Teil der Wohnung untervermietet oder gewerblich genutzt?', { size: 8 }) + 12;
  mark(x, d.y + 10, !sublet, tenantInk);
  x += 12 + d.text(x + 12, d.y + 10, 'nein', { size: 8 }) + 12;
  mark(x, d.y + 10, sublet, tenantInk);
  d.text(x + 12, d.y + 10, 'ja (Untermiete / Gewerbe)', { size: 8 });
  d.y += 17;
  d.move(4);
  const signedA = addDays(ctx.today, -rng.int(6, 20));
  hand(X0, d.y + 12, `${r.flat.city}, ${dd(signedA)}`, tenantInk);
  d.line(X0, d.y + 15, X0 + 170, d.y + 15, 0.4, GRAY);
  d.line(X0 + 230, d.y + 15, XR, d.y + 15, 0.4, GRAY);
  hand(X0 + 250, d.y + 12, t.last, tenantInk);
  d.text(X0, d.y + 23, 'Ort, Datum', { size: 6.5, color: GRAY });
  d.text(X0 + 230, d.y + 23, 'Unterschrift Mieter/in', { size: 6.5, color: GRAY });
  d.y += 32;
  tabFor('A', ['vom', 'Mieter', 'auszu-', 'füllen'], aTop, d.y);
  d.move(10);

  // part B: the landlord
  const bTop = d.y;
  d.rect(X0 - 4, bTop, W + 4, 2, { fill: [0.2, 0.2, 0.2] });
  d.y += 6;
  d.text(X0, d.y + 10, 'Teil B – Bestätigung der Vermieterin / des Vermieters', { size: 10, bold: true });
  d.y += 16;
  const wrong = rng.chance(0.1);
  d.text(X0, d.y + 10, 'B1', { size: 6.5, color: GRAY });
  x = X0 + 16 + d.text(X0 + 16, d.y + 10, 'Die Angaben in Teil A sind zutreffend:', { size: 8 }) + 12;
  mark(x, d.y + 10, !wrong, landlordInk);
  x += 12 + d.text(x + 12, d.y + 10, 'ja', { size: 8 }) + 14;
  mark(x, d.y + 10, wrong, landlordInk);
  x += 12 + d.text(x + 12, d.y + 10, 'nein, richtig ist:', { size: 8 }) + 8;
  d.line(x, d.y + 12, XR, d.y + 12, 0.4, GRAY);
  if (wrong) ll(x + 4, d.y + 10, `Geschoss: ${rng.pick(['2. OG links', 'EG rechts', '1. OG rechts', 'DG'])}`);
  d.y += 18;
  const contract = addDays(r.einzug, -rng.int(8, 45));
  cell(X0, W * 0.34, ctx.pick([], ['B2  Beginn des Mietverhältnisses', 'B2  Mieter/in wohnt in der Wohnung seit']), (x, b) => ll(x, b, dd(r.einzug), 'einzugsdatum'));
  cell(X0 + W * 0.34, W * 0.3, 'Mietvertrag geschlossen am', (x, b) => ll(x, b, dd(contract)));
  cell(X0 + W * 0.64, W * 0.36, ctx.pick([], ['B3  Wohnfläche (laut Mietvertrag)', 'B3  Fläche der Wohnung']), (x, b) => ll(x, b, ctx.area(r.area), 'wohnflaeche'));
  cellRow();
  cell(X0, W * 0.34, 'Zahl der Zimmer (ohne Küche, Bad)', (x, b) => ll(x, b, String(r.rooms)));
  cell(X0 + W * 0.34, W * 0.3, 'Küche / Kochnische', (x, b) => ll(x, b, rng.pick(['Küche', 'Kochnische', 'Wohnküche'])));
  cell(X0 + W * 0.64, W * 0.36, 'Bezugsfertig (Baujahr)', (x, b) => ll(x, b, String(r.built)));
  cellRow();
  d.move(4);

  // the rent: a table with a "since" column
  d.text(X0, d.y + 10, ctx.pick([], ['B4  Monatliche Miete, die zurzeit zu zahlen ist', 'B4  Zurzeit monatlich vereinbarte Zahlungen']), { size: 8.5, bold: true });
  d.y += 15;
  const CA = XR - 150;
  const CS = XR - 10;
  d.rect(X0, d.y, W, 13, { fill: [0.9, 0.9, 0.9] });
  d.text(X0 + 4, d.y + 9.5, 'Bestandteil', { size: 7, bold: true });
  d.text(CA, d.y + 9.5, 'Betrag monatlich', { size: 7, bold: true, align: 'right' });
  d.text(CS, d.y + 9.5, 'in dieser Höhe seit', { size: 7, bold: true, align: 'right' });
  d.y += 13;
  const bkSince = firstOfMonth(addDays(ctx.today, -rng.int(30, 330)));
  const rentRow = (label: string, amount: string | undefined, field: string | undefined, since: string, bold = false) => {
    d.text(X0 + 4, d.y + 12, label, { size: 8, bold });
    if (amount) ll(CA, d.y + 12, amount, field, 'right');
    if (since) ll(CS, d.y + 12, since, undefined, 'right');
    d.y += 17;
    d.hline(d.y - 2, X0, XR, 0.3, LIGHT);
  };
  rentRow(ctx.pick([], ['a) Miete ohne jede Nebenkosten (kalt, netto)', 'a) Nettomiete für die Wohnung']), m(r.grundmiete), 'grundmiete', dd(r.mieteAb));
  rentRow(ctx.pick([], ['b) Vorauszahlung kalte Betriebskosten (siehe B5)', 'b) Betriebskostenabschlag ohne Heizung und Warmwasser']), m(r.nebenkosten), 'nebenkosten', dd(bkSince));
  if (r.heizkosten !== undefined) rentRow(ctx.pick([], ['c) Vorauszahlung für Heizung und Warmwasser', 'c) Heizkosten-/Warmwasserabschlag']), m(r.heizkosten), 'heizkosten', dd(bkSince));
  else rentRow('c) Vorauszahlung für Heizung und Warmwasser', rng.pick(['entfällt', '0,00']), undefined, '');
  rentRow('d) Zuschläge (Möblierung, Untermiete, gewerbliche Nutzung)', '–', undefined, '');
  d.hline(d.y - 2, CA - 90, XR, 0.9);
  rentRow(ctx.pick([], ['Summe a) bis d) – monatlich zu zahlen', 'Gesamtbetrag a) bis d)']), m(gesamt(r)), 'gesamtmiete', '', true);
  d.text(X0 + 4, d.y + 10, 'nicht in der Summe enthalten: Garage / Stellplatz (gesonderter Vertrag)', { size: 7.5, color: GRAY });
  if (r.stellplatz) ll(CA, d.y + 10, m(r.stellplatz), undefined, 'right');
  else d.text(CA, d.y + 10, '–', { size: 8, align: 'right' });
  d.y += 18;

  // which operating costs the advance covers
  d.ensure(90);
  d.text(X0, d.y + 10, 'B5  In der Vorauszahlung b) sind enthalten:', { size: 8.5, bold: true });
  d.y += 16;
  const ITEMS = ['Grundsteuer', 'Wasser / Abwasser', 'Müllbeseitigung', 'Straßenreinigung', 'Hausreinigung', 'Gartenpflege', 'Allgemeinstrom', 'Schornsteinfeger', 'Sach- und Haftpflichtversicherung', 'Hauswart', 'Aufzug', 'Kabelanschluss / Gemeinschaftsantenne'];
  const colW = W / 3;
  ITEMS.forEach((item, i) => {
    const cx = X0 + (i % 3) * colW;
    const cy = d.y + Math.floor(i / 3) * 13 + 9;
    mark(cx, cy, i < 4 || rng.chance(0.6), landlordInk);
    d.text(cx + 12, cy, item, { size: 7.5 });
  });
  d.y += Math.ceil(ITEMS.length / 3) * 13 + 6;
  const persons = rng.chance(0.3) ? Math.max(1, r.bewohner + rng.pick([-1, 1])) : r.bewohner;
  const lastStatement = Number(ctx.today.slice(0, 4)) - 1;
  d.text(X0, d.y + 10, `Umlage nach Personen: in der Betriebskostenabrechnung ${lastStatement} berücksichtigte Personenzahl`, { size: 7.5 });
  ll(XR - 30, d.y + 10, String(persons));
  d.line(XR - 34, d.y + 12, XR, d.y + 12, 0.4, GRAY);
  d.y += 18;

  d.ensure(60);
  d.text(X0, d.y + 10, 'B6  Beheizung und Warmwasser', { size: 8.5, bold: true });
  d.y += 15;
  const central = r.heizkosten !== undefined;
  const fern = central && rng.chance(0.4);
  x = X0;
  for (const [label, on] of [['Zentralheizung', central && !fern], ['Fernwärme', fern], ['Gasetagenheizung / Einzelöfen (Mieter zahlt selbst)', !central]] as [string, boolean][]) {
    mark(x, d.y + 9, on, landlordInk);
    x += 12 + d.text(x + 12, d.y + 9, label, { size: 7.5 }) + 16;
  }
  d.y += 13;
  x = X0;
  mark(x, d.y + 9, central, landlordInk);
  x += 12 + d.text(x + 12, d.y + 9, 'Warmwasser zentral, in c) enthalten', { size: 7.5 }) + 16;
  mark(x, d.y + 9, !central, landlordInk);
  d.text(x + 12, d.y + 9, 'Warmwasser über Durchlauferhitzer / Boiler des Mieters', { size: 7.5 });
  d.y += 18;

  d.ensure(50);
  d.text(X0, d.y + 10, 'B7  Letzte Änderung der Miete', { size: 8.5, bold: true });
  d.y += 15;
  const formerTotal = cents(r.vormiete + r.nebenkosten + (r.heizkosten ?? 0) - (rng.chance(0.5) ? rng.int(5, 25) : 0));
  cell(X0, W * 0.3, 'geändert zum', (x, b) => ll(x, b, dd(r.mieteAb)));
  cell(X0 + W * 0.3, W * 0.35, 'Gesamtbetrag vor der Änderung', (x, b) => ll(x, b, m(formerTotal)));
  cell(X0 + W * 0.65, W * 0.35, 'Grund', (x, b) => ll(x, b, rng.pick(['Mieterhöhung § 558 BGB', 'Modernisierung', 'Staffelmiete', 'Anpassung Vorauszahlung'])));
  cellRow();
  tabFor('B', ['vom', 'Vermieter', 'auszu-', 'füllen'], bTop, d.y);

  // the landlord's identity and signature, and the office's box
  d.ensure(150);
  const b8Top = d.y;
  d.move(8);
  d.text(X0, d.y + 10, 'B8  Vermieterin / Vermieter', { size: 8.5, bold: true });
  d.y += 14;
  const landlordShown = r.landlord.person ? `${r.landlord.person.title ? r.landlord.person.title + ' ' : ''}${ctx.name(r.landlord.person)}` : r.landlord.name;
  cell(X0, W * 0.55, 'Name bzw. Firma', (x, b) => ll(x, b, landlordShown, 'vermieter_name'));
  cell(X0 + W * 0.55, W * 0.45, 'Telefon', (x, b) => ll(x, b, r.landlord.phone));
  cellRow();
  cell(X0, W, 'Anschrift', (x, b) => ll(x, b, `${r.landlord.address.street} ${r.landlord.address.no}, ${r.landlord.address.plz} ${r.landlord.address.city}`));
  cellRow();
  if (company) {
    const agent = fake.person(rng, { bornFrom: 1965, bornTo: 1998 });
    cell(X0, W * 0.55, 'Sachbearbeiter/in', (x, b) => ll(x, b, `${agent.first} ${agent.last}`));
    cell(X0 + W * 0.55, W * 0.45, 'Mieternummer / Vertragsnummer', (x, b) => ll(x, b, `${rng.digits(3)}-${rng.digits(4)}-${rng.digits(2)}`));
    cellRow();
  }
  d.move(4);
  d.para('Ich bestätige die Richtigkeit der Angaben in Teil B. Mir ist bekannt, dass ich zur Auskunft verpflichtet bin (§ 23 Abs. 3 WoGG) und dass unrichtige Angaben als Ordnungswidrigkeit geahndet werden können.', { size: 7.5, x: X0 });
  d.move(40);
  const signedB = addDays(signedA, rng.int(2, 10));
  ll(X0, d.y, `${r.landlord.address.city}, ${dd(signedB)}`);
  d.line(X0, d.y + 4, X0 + 170, d.y + 4, 0.4, GRAY);
  d.line(X0 + 230, d.y + 4, XR, d.y + 4, 0.4, GRAY);
  if (company) {
    const stamp: Color = rng.pick([[0.15, 0.25, 0.6], [0.55, 0.1, 0.45]] as const);
    d.rect(X0 + 250, d.y - 30, 150, 26, { stroke: stamp, lineWidth: 0.9 });
    d.text(X0 + 325, d.y - 19, r.landlord.name, { size: 6.5, bold: true, align: 'center', color: stamp });
    d.text(X0 + 325, d.y - 10, `${r.landlord.address.plz} ${r.landlord.address.city}`, { size: 6, align: 'center', color: stamp });
  }
  d.text(X0, d.y + 12, 'Ort, Datum', { size: 6.5, color: GRAY });
  d.text(X0 + 230, d.y + 12, company ? 'Stempel und Unterschrift' : 'Unterschrift Vermieter/in', { size: 6.5, color: GRAY });
  d.y += 22;
  tabFor('B', [], b8Top, d.y);
  d.move(10);
  d.ensure(50);
  d.rect(X0 - 4, d.y, W + 4, 40, { fill: [0.93, 0.93, 0.93] });
  d.text(X0, d.y + 10, 'Nur für die Wohngeldbehörde', { size: 7, bold: true, color: GRAY });
  d.text(X0, d.y + 24, 'Miete berücksichtigt ab: ____________   Mietenstufe: ____   Höchstbetrag: ____________   Sichtvermerk: ________', { size: 7, color: GRAY });
  d.y += 50;
  d.ensure(90);
  d.write('Hinweise zum Ausfüllen', { size: 8, bold: true, x: X0 });
  for (const note of [
    'Miete im Sinne des Wohngeldgesetzes ist das Entgelt für die Gebrauchsüberlassung der Wohnung einschließlich der Umlagen und Vorauszahlungen für Betriebskosten.',
    'Nicht zur Miete gehören Kosten für Heizung und Warmwasser, soweit sie gesondert abgerechnet werden, sowie Entgelte für Garagen, Stellplätze und Hausrat. Geben Sie diese Beträge dennoch an; die Wohngeldbehörde berücksichtigt sie nach den gesetzlichen Vorschriften.',
    'Ändert sich die Miete nach Abgabe dieser Bescheinigung, kann die Mieterin / der Mieter eine Neuberechnung beantragen.',
  ]) d.para(`•  ${note}`, { size: 7, x: X0, color: GRAY, after: 2 });
  d.onEveryPage((doc, page, pages) => {
    doc.text(X0, doc.height - 30, `${kreis} · Vordruck WG 3 (Mietbescheinigung) · Stand ${rng.pick(['01/2025', '01/2023', '10/2024'])}`, { size: 6.5, color: GRAY });
    doc.text(XR, doc.height - 30, `Blatt ${page}/${pages}`, { size: 6.5, align: 'right', color: GRAY });
  });
  truth(ctx, r);
}

/**
 * blind11 (holdout): a church parish's or a charitable foundation's property office certifies the
 * rent to its tenant, in a serif letter: the tenant in the window, the parish's or foundation's
 * file and flat numbers in the reference block, tenancy start (beside the day the lease was
 * signed), the flat and its area in the opening sentences, the people living there in a sentence
 * (sometimes in words); a small table of the monthly rent with a per-m² column (net rent,
 * operating-cost advance "see annex", heating advance or a gas-boiler note, total), a garage under
 * a separate contract below; an announced change (a rent increase or a new advance after the last
 * statement) from a later month, the deposit, the office's own IBAN in the footer; page 2 an annex
 * splitting the operating-cost advance by cost type with the allocation key, the house's yearly
 * costs from the last statement, the tenant's yearly share and the monthly advance with its sum,
 * the last statement's balance and the house's total area.
 */
function blind11KirchlicheGrundstuecksverwaltung(ctx: Ctx): void {
  const rng = ctx.rng;
  const r = rental(rng, ctx.today);
  const t = r.tenant;
  const city = r.flat.city;
  const dd = (v: string) => ctx.ndate(v);
  const m = (v: number) => ctx.money(v);
  const saint = rng.pick(['St. Nikolai', 'St. Marien', 'St. Johannis', 'St. Petri', 'Heilig Kreuz', 'St. Laurentius', 'St. Michael', 'Zum Guten Hirten']);
  const ISSUERS: [string, string, string, boolean][] = [
    [`Ev.-Luth. Kirchgemeinde ${saint} ${city}`, 'Grundstücks- und Mietverwaltung', 'Kirchliche Körperschaft des öffentlichen Rechts', true],
    [`Kath. Kirchenstiftung ${saint} ${city}`, 'Kirchenverwaltung – Liegenschaften', 'Kirchliche Stiftung des öffentlichen Rechts', true],
    [`Hospitalstiftung zum Heiligen Geist ${city}`, 'Stiftungsverwaltung – Wohnungswesen', 'Rechtsfähige Stiftung des bürgerlichen Rechts, Stiftungsaufsicht: Landesdirektion', false],
    [`Evangelische ${saint.replace('St. ', '')}-Stiftung ${city}`, 'Stiftungsvermögen – Wohnungsverwaltung', 'Kirchliche Stiftung bürgerlichen Rechts', true],
    [`Bürgerstiftung ${city}`, 'Verwaltung der Stiftungshäuser', 'Rechtsfähige Stiftung des bürgerlichen Rechts', false],
  ];
  const [issuer, unit, legal, church] = rng.pick(ISSUERS);
  const office = fake.sameCityAddress(rng, r.flat);
  r.landlord = { kind: 'organisation', name: issuer, address: office, phone: fake.phone(rng), bank: fake.bankAccount(rng) };
  const clerk = fake.person(rng, { bornFrom: 1960, bornTo: 1995 });
  clerk.title = undefined;
  const objNo = `${rng.int(1, 19)}.${rng.int(10, 99)}`;
  const flatNo = `${objNo}.${String(rng.int(1, 24)).padStart(3, '0')}`;
  const signed = addDays(r.einzug, -rng.int(10, 75));
  const accent: Color = rng.pick([[0.36, 0.1, 0.32], [0.1, 0.2, 0.42], [0.15, 0.32, 0.2], [0.3, 0.3, 0.3]] as const);
  const she = t.gender === 'f';

  const d = ctx.start({ family: 'times', size: 10.5, margins: { left: 70, right: 58, top: 56, bottom: 88 } });
  // letterhead: a small emblem, the name in small capitals style, a thin double rule
  if (church) {
    d.rect(d.left + 7, 38, 4, 26, { fill: accent });
    d.rect(d.left, 45, 18, 4, { fill: accent });
  } else {
    d.rect(d.left, 38, 18, 26, { stroke: accent, lineWidth: 1.2 });
    d.text(d.left + 9, 56, issuer.charAt(0), { size: 13, bold: true, align: 'center', color: accent });
  }
  d.text(d.left + 28, 52, issuer, { size: 14, bold: true, color: accent, field: 'vermieter_name' });
  d.text(d.left + 28, 65, unit, { size: 9.5, italic: true });
  d.hline(74, d.left, d.right, 0.8, accent);
  d.hline(76.5, d.left, d.right, 0.3, accent);
  returnLine(d, `${issuer} · ${office.street} ${office.no} · ${office.plz} ${office.city}`);
  addressWindow(d, recipientLines(ctx, t, r.flat, { name: 'mieter_name' }));
  infoBlock(d, [
    ['Objekt', `${objNo} – ${r.flat.street} ${r.flat.no}`],
    ['Wohnungs-Nr.', flatNo],
    ['Bearbeitung', `${clerk.gender === 'f' ? 'Frau' : 'Herr'} ${clerk.last}`],
    ['Telefon', r.landlord.phone],
    ['Datum', ctx.date(ctx.today)],
  ], { x: 352, labelWidth: 64, size: 8.5 });
  subject(d, [ctx.pick([], ['Bescheinigung über Miete und Nebenkosten', 'Mietbescheinigung zur Vorlage bei der Wohngeldbehörde']), `Ihre Wohnung ${r.flat.street} ${r.flat.no}, ${r.floor}`], 268);
  d.para(`${she ? 'Sehr geehrte Frau' : 'Sehr geehrter Herr'} ${t.last},`);
  const persons = rng.chance(0.3) && r.bewohner <= 10 ? (r.bewohner === 1 ? 'eine' : COUNT_WORDS[r.bewohner]) : String(r.bewohner);
  d.para(`wie gewünscht bestätigen wir Ihnen für Ihren Wohngeldantrag Folgendes: Sie haben von ${/stiftung/i.test(issuer) ? 'der Stiftung' : 'der Kirchgemeinde'} die Wohnung ${ctx.v('anschrift', fake.addressLine(r.flat))} (${r.floor}, ${r.rooms} Zimmer, Küche, Bad) gemietet. Der Mietvertrag wurde am ${ctx.date(signed)} unterzeichnet; das Mietverhältnis besteht seit dem ${ctx.v('einzugsdatum', ctx.date(r.einzug))} und ist ungekündigt.`);
  d.para(`Die ${ctx.pick(['Wohnfläche'], ['nach der Wohnflächenverordnung berechnete Fläche', 'anrechenbare Wohnfläche'])} der Wohnung beträgt ${ctx.v('wohnflaeche', ctx.area(r.area))}. Nach Ihrer Mitteilung ${r.bewohner === 1 ? 'wohnt' : 'wohnen'} dort derzeit ${ctx.v('bewohner_anzahl', persons)} ${r.bewohner === 1 ? 'Person' : 'Personen'}.`);
  d.para(`Die monatliche Miete setzt sich zurzeit (Stand ${ctx.date(r.mieteAb)}) wie folgt zusammen:`, { after: 4 });

  // the rent as a small table with a per-m² column
  const C1 = d.left + 8;
  const C2 = d.right - 110;
  const C3 = d.right - 4;
  const perM2 = (v: number) => fmt.decimal(v / r.area, 2);
  const unitM2 = ctx.style.area === 'qm' ? '€/qm' : '€/m²';
  d.ensure(90);
  d.hline(d.y, d.left, d.right, 0.6);
  d.row([
    { x: C1, text: 'Position', size: 9, bold: true },
    { x: C2, text: unitM2, size: 9, bold: true, align: 'right' },
    { x: C3, text: 'monatlich', size: 9, bold: true, align: 'right' },
  ], { size: 9, minHeight: 14 });
  d.hline(d.y, d.left, d.right, 0.3);
  d.move(2);
  const line = (label: string, value: string, field?: string, per?: number, bold = false) =>
    d.row([
      { x: C1, text: label, width: C2 - C1 - 60, bold },
      { x: C2, text: per === undefined ? '' : perM2(per), align: 'right', size: 9.5 },
      { x: C3, text: value, align: 'right', field, bold },
    ], { leading: 1.35 });
  line(ctx.pick(['Nettokaltmiete', 'Grundmiete'], ['Miete für die Wohnung ohne Betriebskosten', 'Kaltmiete netto']), m(r.grundmiete), 'grundmiete', r.grundmiete);
  line(ctx.pick(['Vorauszahlung Betriebskosten'], ['Vorauszahlung auf die kalten Betriebskosten (Aufstellung in der Anlage)', 'umlagefähige Betriebskosten ohne Heizung, Vorauszahlung (s. Anlage)']), m(r.nebenkosten), 'nebenkosten', r.nebenkosten);
  const provider = rng.pick(['Techem', 'ista', 'Brunata-Metrona', 'Minol', 'KALO']);
  if (r.heizkosten !== undefined) line(ctx.pick(['Vorauszahlung Heizung und Warmwasser'], ['Heiz- und Warmwasservorschuss (Abrechnung nach HeizkostenV)', 'Vorauszahlung Wärme und Warmwasser']), m(r.heizkosten), 'heizkosten', r.heizkosten);
  else line(`Heizung und Warmwasser: ${rng.pick(['Gasetagenheizung', 'Gastherme in der Wohnung', 'Nachtspeicheröfen'])}, Vertrag ${she ? 'der Mieterin' : 'des Mieters'} mit dem Versorger`, '–');
  d.hline(d.y + 1, d.left, d.right, 0.6);
  d.move(3);
  line(ctx.pick(['Gesamtmiete monatlich'], ['monatlich insgesamt zu zahlen', 'Miete einschließlich Vorauszahlungen']), m(gesamt(r)), 'gesamtmiete', gesamt(r), true);
  d.hline(d.y + 1, d.left, d.right, 0.3);
  d.hline(d.y + 3, d.left, d.right, 0.3);
  d.move(8);
  const garage = r.stellplatz ?? (rng.chance(0.25) ? rng.pick([25, 35, 40, 45]) : undefined);
  if (garage) d.para(`Nicht enthalten ist die Miete für ${rng.pick(['die Garage', 'den Stellplatz', 'den Tiefgaragenstellplatz'])} Nr. ${rng.int(1, 30)} über ${m(garage)} monatlich; hierüber besteht ein gesonderter Vertrag.`, { size: 9.5 });

  // an announced change from a later month
  const next = firstOfMonth(addMonths(ctx.today, rng.int(1, 3)));
  const change = rng.pick(['rent', 'advance', 'none'] as const);
  if (change === 'rent') {
    const up = cents(r.grundmiete * rng.float(1.04, 1.12));
    d.para(`Bitte beachten Sie: Mit Schreiben vom ${ctx.date(addDays(ctx.today, -rng.int(20, 60)))} haben wir Sie um Zustimmung zur Erhöhung der Nettokaltmiete auf ${m(up)} ab dem ${ctx.date(next)} gebeten. Die Gesamtmiete wird sich dann auf ${m(cents(gesamt(r) - r.grundmiete + up))} belaufen. Wir empfehlen, dies der Wohngeldbehörde mitzuteilen.`, { size: 9.5 });
  } else if (change === 'advance') {
    const year = Number(ctx.today.slice(0, 4)) - 1;
    const newAdv = cents(r.nebenkosten + rng.int(5, 35));
    d.para(`Aufgrund der Betriebskostenabrechnung ${year} ist ab dem ${ctx.date(next)} eine Vorauszahlung auf die kalten Betriebskosten von ${m(newAdv)} monatlich zu leisten.`, { size: 9.5 });
  }
  d.para(`Die Mietsicherheit von ${m(r.kaution)} ist getrennt von unserem Vermögen auf einem Kautionskonto angelegt. ${rng.pick(['Die Miete wird monatlich im Voraus von Ihrem Konto eingezogen.', 'Die Miete ist monatlich im Voraus auf unser unten genanntes Konto zu zahlen.'])}`, { size: 9.5 });
  d.para('Für Rückfragen der Wohngeldbehörde stehen wir gern zur Verfügung.', { size: 9.5 });
  closing(ctx, { signer: `${clerk.first.split(' ')[0]} ${clerk.last}`, role: rng.pick(['Mietverwaltung', 'Sachbearbeitung Liegenschaften', 'für den Vorstand']), greeting: church ? rng.pick(['Mit freundlichen Grüßen', 'Freundliche Grüße aus dem Gemeindebüro']) : 'Mit freundlichen Grüßen' });
  d.write('Anlage: Aufstellung der Betriebskostenvorauszahlung', { size: 9, italic: true });

  const bank = r.landlord.bank;
  const hours = rng.pick(['Di 9–12 Uhr, Do 14–18 Uhr', 'Mo, Mi, Fr 9–12 Uhr', 'nach Vereinbarung']);
  d.onEveryPage((doc, page, pages) => {
    const top = doc.height - 62;
    doc.hline(top - 8, doc.left, doc.right, 0.3, accent);
    const cols = [
      [issuer, unit, `${office.street} ${office.no}, ${office.plz} ${office.city}`],
      [`Telefon ${r.landlord.phone}`, `Sprechzeiten: ${hours}`, legal.length > 50 ? legal.slice(0, legal.indexOf(',')) : legal],
      [`${bank.bank.name}`, `IBAN ${fake.groupIban(bank.iban)}`, `BIC ${bank.bank.bic}`],
    ];
    cols.forEach((col, i) => col.forEach((l, j) => doc.text(doc.left + i * (doc.contentWidth / 3), top + j * 8.5, l, { size: 6.5, font: 'helvetica', color: GRAY })));
    doc.text(doc.right, doc.height - 22, `${page}/${pages}`, { size: 7.5, font: 'helvetica', align: 'right', color: GRAY });
  });

  // page 2: the annex splitting the operating-cost advance
  d.newPage();
  d.text(d.left, d.y + 12, 'Anlage zur Mietbescheinigung', { size: 12.5, bold: true });
  d.text(d.left, d.y + 26, `Aufstellung der Betriebskostenvorauszahlung – Wohnung ${flatNo}, ${r.flat.street} ${r.flat.no}, ${ctx.name(t)}`, { size: 9.5 });
  d.y += 40;
  const houseArea = cents(r.area * rng.float(5, 18));
  const units = rng.int(6, 24);
  const housePersons = rng.int(units, units * 2 + 4);
  // cost type, allocation key, its usual weight in a German operating-cost statement
  const COSTS: [string, string, number][] = [
    ['Grundsteuer (Nr. 1)', 'Wfl', 1.2], ['Wasserversorgung (Nr. 2)', 'Pers', 1.5], ['Entwässerung (Nr. 3)', 'Pers', 1.3], ['Straßenreinigung (Nr. 8)', 'Wfl', 0.3],
    ['Müllbeseitigung (Nr. 8)', 'Pers', 1], ['Gebäudereinigung (Nr. 9)', 'Wfl', 0.9], ['Gartenpflege (Nr. 10)', 'Wfl', 0.5], ['Allgemeinstrom (Nr. 11)', 'WE', 0.3],
    ['Schornsteinreinigung (Nr. 12)', 'WE', 0.15], ['Sach- und Haftpflichtversicherung (Nr. 13)', 'Wfl', 1], ['Hauswart (Nr. 14)', 'Wfl', 1], ['Kabelanschluss (Nr. 15)', 'WE', 0.4],
  ];
  const chosen = COSTS.filter((_, i) => i < 3 || rng.chance(0.6));
  const weights = chosen.map(([, , w]) => w * rng.float(0.7, 1.3));
  const wsum = weights.reduce((s, w) => s + w, 0);
  const monthly = weights.map((w) => cents((r.nebenkosten * w) / wsum));
  monthly[monthly.length - 1] = cents(r.nebenkosten - monthly.slice(0, -1).reduce((s, v) => s + v, 0));
  const share = (key: string) => (key === 'Wfl' ? r.area / houseArea : key === 'Pers' ? r.bewohner / housePersons : 1 / units);
  const K1 = d.left;
  const K2 = d.left + 200;
  const K3 = d.left + 300;
  const K4 = d.left + 385;
  const K5 = d.right;
  d.hline(d.y, d.left, d.right, 0.6);
  d.row([
    { x: K1, text: 'Kostenart (§ 2 BetrKV)', size: 8.5, bold: true },
    { x: K2, text: 'Schlüssel', size: 8.5, bold: true },
    { x: K3, text: 'Haus/Jahr', size: 8.5, bold: true, align: 'right' },
    { x: K4, text: 'Ihr Anteil/Jahr', size: 8.5, bold: true, align: 'right' },
    { x: K5, text: 'monatlich', size: 8.5, bold: true, align: 'right' },
  ], { size: 8.5, minHeight: 14 });
  d.hline(d.y, d.left, d.right, 0.3);
  d.move(2);
  chosen.forEach(([label, key], i) => {
    const yearShare = cents(monthly[i] * 12);
    d.row([
      { x: K1, text: label, size: 9 },
      { x: K2, text: key, size: 9 },
      { x: K3, text: fmt.decimal(cents(yearShare / share(key))), size: 9, align: 'right' },
      { x: K4, text: fmt.decimal(yearShare), size: 9, align: 'right' },
      { x: K5, text: fmt.decimal(monthly[i]), size: 9, align: 'right' },
    ], { size: 9, leading: 1.45 });
  });
  d.hline(d.y + 1, d.left, d.right, 0.6);
  d.move(3);
  d.row([
    { x: K1, text: 'Summe der Vorauszahlung (ohne Heizung)', size: 9, bold: true },
    { x: K4, text: fmt.decimal(cents(r.nebenkosten * 12)), size: 9, bold: true, align: 'right' },
    { x: K5, text: m(r.nebenkosten), size: 9, bold: true, align: 'right' },
  ], { size: 9, leading: 1.5 });
  d.move(10);
  d.para(`Schlüssel: Wfl = Wohnfläche (Ihre Wohnung ${ctx.area(r.area)} von ${ctx.area(houseArea)} im Haus), Pers = Personen (${r.bewohner} von ${housePersons}), WE = Wohneinheiten (1 von ${units}). Beträge in Euro.`, { size: 8.5 });
  const year = Number(ctx.today.slice(0, 4)) - 1;
  const balance = cents(rng.float(-180, 260));
  d.para(`Grundlage sind die Kosten der Betriebskostenabrechnung ${year} vom ${ctx.date(addDays(ctx.today, -rng.int(30, 200)))}. Ihr Abrechnungsergebnis: ${balance >= 0 ? 'Nachzahlung' : 'Guthaben'} ${m(Math.abs(balance))}${balance >= 0 ? ', fällig mit der übernächsten Miete' : ', mit der nächsten Miete verrechnet'}.`, { size: 8.5 });
  d.para(r.heizkosten !== undefined ? `Die Heiz- und Warmwasserkosten werden gesondert durch die Firma ${provider} nach der Heizkostenverordnung abgerechnet und sind in der obigen Aufstellung nicht enthalten.` : 'Die Wohnung wird mit einer eigenen Heizung beheizt; Heiz- und Warmwasserkosten fallen bei uns nicht an.', { size: 8.5 });
  truth(ctx, r);
}

/**
 * blind12 (holdout): the landlord's certificate as received by fax at the Wohngeld office (the
 * fax server's PDF): the receiving server's line and the sender's transmit header with date, time,
 * fax number and "S. x/y" at the top of every page; page 1 the fax cover sheet of the housing
 * company's letting department, or of the property manager writing for a private owner (to the
 * Wohngeld office's clerk with the office's fax number, from the manager's clerk, pages, the
 * office's file number and the date of its request, the tenant named in the subject, a
 * confidentiality note); page 2 the manager's own certificate form with printed labels and the
 * answers typed in Courier after dotted leaders: the landlord (the owner, with the manager below),
 * the tenant and sometimes a co-tenant, the flat in one line, floor and flat number, area and rooms,
 * the lease signed on one day and the move-in on another, the people living there; the rent as
 * lettered lines a)–c) with the sum and a garage as d) after the sum; the last increase with the
 * former net rent, the heating kind, arrears; place, date and a stamp.
 */
function blind12FaxVermieterbescheinigung(ctx: Ctx): void {
  const rng = ctx.rng;
  const r = rental(rng, ctx.today);
  const t = r.tenant;
  const city = r.flat.city;
  const dd = (v: string) => ctx.ndate(v);
  const m = (v: number) => ctx.money(v);
  // the sender: the landlord company itself, or a property manager for a private owner
  const owner = r.landlord.person;
  const sender = owner ? fake.organisation(rng, rng.pick([`Hausverwaltung ${rng.pick(['Krause', 'Seidel', 'Pohl', 'Brandt', 'Vogt', 'Engel'])} GmbH`, `${rng.pick(['Elbtal', 'Lindenhof', 'Saalebogen', 'Auenwald', 'Mühlental'])} Immobilienverwaltung GmbH`, `WEG- und Mietverwaltung ${rng.pick(['Sommer', 'Winkler', 'Franke', 'Lorenz'])} e.K.`]), city) : fake.organisation(rng, r.landlord.name, city);
  if (!owner) sender.address = r.landlord.address;
  const unit = owner ? 'Mietverwaltung' : rng.pick(['Vermietung und Mieterservice', 'Kundenbetreuung Wohnen', 'Bestandsmanagement']);
  const clerk = fake.person(rng, { bornFrom: 1962, bornTo: 1999, titleChance: 0 });
  const officeClerk = fake.person(rng, { bornFrom: 1960, bornTo: 1998, titleChance: 0 });
  const senderFax = fake.phone(rng);
  const officeFax = fake.phone(rng);
  const office = rng.pick([`Stadt ${city}, Wohngeldstelle`, `Stadtverwaltung ${city}, Sachgebiet Wohngeld`, 'Landratsamt, Wohngeldbehörde', `Bürgeramt ${city} – Wohngeld`]);
  const az = fake.aktenzeichen(rng, rng.pick(['WG', '50.3', 'Wo']));
  const request = addDays(ctx.today, -rng.int(6, 30));
  const sentAt = `${String(rng.int(7, 17)).padStart(2, '0')}:${String(rng.int(0, 59)).padStart(2, '0')}`;
  const recvAt = `${sentAt.slice(0, 3)}${String(Math.min(59, Number(sentAt.slice(3)) + 1)).padStart(2, '0')}`;
  const coTenant = rng.chance(0.35) ? fake.person(rng, { gender: t.gender === 'f' ? 'm' : 'f', bornFrom: Number(t.birth.slice(0, 4)) - 8, bornTo: Math.min(2004, Number(t.birth.slice(0, 4)) + 8), last: rng.chance(0.5) ? t.last : undefined, titleChance: 0 }) : undefined;
  const signed = addDays(r.einzug, -rng.int(7, 60));
  const flatNo = `${rng.int(1, 4)}${String(rng.int(1, 40)).padStart(2, '0')}`;
  const she = t.gender === 'f';
  const ddSender = `${ctx.today.slice(8, 10)}.${ctx.today.slice(5, 7)}.${ctx.today.slice(2, 4)}`;

  const d = ctx.start({ family: 'helvetica', size: 9.5, margins: { left: 60, right: 50, top: 70, bottom: 66 } });
  const faxName = sender.name.length > 36 ? sender.name.slice(0, 36) : sender.name;
  d.onEveryPage((doc, page, pages) => {
    // the receiving fax server's line, then the sender's transmit header
    doc.text(doc.left - 30, 14, `Fax-Eingang ${office.split(',')[0]} · ${dd(ctx.today)} ${recvAt} · von ${senderFax} · Seite ${page}/${pages}`, { size: 6.5, color: GRAY });
    doc.text(doc.left - 30, 26, `${ddSender} ${sentAt}`, { size: 8, font: 'courier' });
    doc.text(doc.left + 60, 26, senderFax.replace(/[^\d+ ]/g, ' '), { size: 8, font: 'courier' });
    doc.text(doc.left + 190, 26, faxName.toUpperCase(), { size: 8, font: 'courier' });
    doc.text(doc.right + 20, 26, `S. ${String(page).padStart(2, '0')}/${String(pages).padStart(2, '0')}`, { size: 8, font: 'courier', align: 'right' });
  });

  // page 1: the fax cover sheet
  d.text(d.left, 58, sender.name, { size: 12, bold: true });
  d.text(d.left, 70, `${unit} · ${sender.address.street} ${sender.address.no} · ${sender.address.plz} ${sender.address.city}`, { size: 8, color: GRAY });
  d.text(d.left, 118, ctx.pick([], ['Telefax', 'Fax-Mitteilung']), { size: 26, bold: true });
  d.y = 140;
  const coverRows: [string, string][] = [
    ['An', office],
    ['z. Hd.', `${officeClerk.gender === 'f' ? 'Frau' : 'Herrn'} ${officeClerk.last}`],
    ['Fax-Nr.', officeFax],
    ['Von', `${clerk.first.split(' ')[0]} ${clerk.last}, ${unit}`],
    ['Fax / Telefon', `${senderFax} / ${sender.phone}`],
    ['Datum', dd(ctx.today)],
    ['Seiten', `2 (einschließlich Deckblatt)`],
  ];
  for (const [label, value] of coverRows) {
    d.text(d.left, d.y + 12, `${label}:`, { size: 10, bold: true });
    d.text(d.left + 95, d.y + 12, value, { size: 10.5 });
    d.hline(d.y + 16, d.left + 92, d.right, 0.3, GRAY);
    d.y += 22;
  }
  d.move(14);
  d.text(d.left, d.y + 11, 'Betreff:', { size: 10, bold: true });
  d.para(`Mietbescheinigung für ${she ? 'Frau' : 'Herrn'} ${t.first.split(' ')[0]} ${t.last}, ${r.flat.street} ${r.flat.no} – Ihr Zeichen ${az}, Ihr Schreiben vom ${dd(request)}`, { x: d.left + 95, size: 10.5, bold: true, after: 14 });
  for (const [label, tick] of [['dringend', false], ['zur Kenntnisnahme', false], ['mit der Bitte um Bearbeitung', true], ['Original folgt per Post', rng.chance(0.4)]] as const) {
    d.checkbox(d.left, d.y + 9, tick);
    d.text(d.left + 14, d.y + 9, label, { size: 9.5 });
    d.y += 16;
  }
  d.move(14);
  d.para(`${officeClerk.gender === 'f' ? 'Sehr geehrte Frau' : 'Sehr geehrter Herr'} ${officeClerk.last},`);
  d.para(`wie telefonisch besprochen erhalten Sie anbei die ausgefüllte Vermieterbescheinigung zum Wohngeldantrag ${she ? 'unserer Mieterin' : 'unseres Mieters'}. ${owner ? `Wir verwalten das Objekt im Auftrag ${owner.gender === 'f' ? 'der Eigentümerin' : 'des Eigentümers'} und sind zur Auskunft bevollmächtigt.` : ''} Für Rückfragen erreichen Sie ${clerk.gender === 'f' ? 'die Unterzeichnerin' : 'den Unterzeichner'} unter ${sender.phone}.`);
  d.para('Mit freundlichen Grüßen');
  d.move(14);
  d.para(`${clerk.first.split(' ')[0]} ${clerk.last}`);
  d.y = Math.max(d.y + 20, 640);
  d.rect(d.left, d.y, d.contentWidth, 54, { stroke: GRAY, lineWidth: 0.4 });
  d.para('Diese Faxmitteilung ist ausschließlich für den oben genannten Empfänger bestimmt und kann vertrauliche Informationen enthalten. Sollten Sie sie irrtümlich erhalten haben, benachrichtigen Sie uns bitte sofort telefonisch und vernichten Sie das Schriftstück. Falls Sie nicht alle Seiten erhalten haben, rufen Sie bitte an.', { x: d.left + 6, width: d.contentWidth - 12, size: 7.5, color: GRAY });

  // page 2: the certificate, printed labels, typed answers after dotted leaders
  d.newPage();
  d.text(d.left, 58, sender.name, { size: 10, bold: true });
  d.text(d.right, 58, `${rng.pick(['Formular', 'Vordruck'])} MB-${rng.int(1, 9)}/${rng.pick(['2019', '2021', '2023'])}`, { size: 7.5, color: GRAY, align: 'right' });
  d.hline(63, d.left, d.right, 0.6);
  d.y = 76;
  d.write(ctx.pick([], ['Vermieterbescheinigung über die Wohnkosten', 'Bestätigung über Mietverhältnis und Miethöhe']), { size: 13.5, bold: true });
  d.write('zur Vorlage bei der Wohngeldbehörde (§ 23 Abs. 3 WoGG)', { size: 8.5, color: GRAY });
  d.move(4);
  const TX = d.left + 232;
  const TS = 9.5;
  const chars = (w: number) => Math.max(0, Math.floor(w / d.measure('.', { size: 8.5 })));
  /** a printed label, dots up to the answer column, the answer typed in Courier */
  const line = (label: string, value: string, field?: string, indent = 0) => {
    d.ensure(15);
    const base = d.y + 10;
    d.text(d.left + indent, base, label, { size: 8.5 });
    const lw = d.measure(label, { size: 8.5 });
    const gap = TX - 6 - (d.left + indent + lw + 3);
    if (gap > 6) d.text(d.left + indent + lw + 3, base, '.'.repeat(chars(gap)), { size: 8.5, color: GRAY });
    const vw = d.measure(value, { size: TS, font: 'courier' });
    d.text(TX, base, value, { size: vw > d.right - TX ? Math.max(6.5, (TS * (d.right - TX)) / vw) : TS, font: 'courier', field });
    d.y += 14.5;
  };
  /** an amount line: label, dots, the amount right-aligned */
  const amount = (letter: string, label: string, value: string, field?: string, bold = false) => {
    d.ensure(15);
    const base = d.y + 10;
    d.text(d.left + 12, base, letter, { size: 8.5, bold });
    d.text(d.left + 28, base, label, { size: 8.5, bold });
    const lw = d.measure(label, { size: 8.5, bold });
    const end = d.right - 90;
    const gap = end - (d.left + 28 + lw + 3);
    if (gap > 6) d.text(d.left + 28 + lw + 3, base, '.'.repeat(chars(gap)), { size: 8.5, color: GRAY });
    d.text(d.right, base, value, { size: TS, font: bold ? 'courier-bold' : 'courier', align: 'right', field });
    d.y += 14.5;
  };
  const head = (text: string) => {
    d.ensure(40);
    d.move(7);
    d.text(d.left, d.y + 10, text, { size: 9.5, bold: true });
    d.y += 15;
  };

  head('1. Vermieter');
  line(owner ? 'Vermieter/in (Eigentümer/in)' : 'Vermieterin', owner ? ctx.name(owner) : r.landlord.name, 'vermieter_name');
  if (owner) line('verwaltet durch', sender.name);
  line(owner ? `Anschrift ${owner.gender === 'f' ? 'der Eigentümerin' : 'des Eigentümers'}` : 'Anschrift', owner ? fake.addressLine(r.landlord.address) : fake.addressLine(sender.address));
  head('2. Mieter und Wohnung');
  line(ctx.pick(['Mieter/in'], ['Vertragspartner/in (Mieter)', 'Name der Mietpartei']), ctx.name(t), 'mieter_name');
  if (coTenant) line('weitere/r Mieter/in', ctx.name(coTenant));
  line('Lage der Wohnung (Straße, Nr., PLZ, Ort)', fake.addressLine(r.flat), 'anschrift');
  line('Geschoss / Wohnungs-Nr.', `${r.floor} / ${flatNo}`);
  line(ctx.pick(['Wohnfläche'], ['Wohnfläche lt. Mietvertrag', 'vermietete Wohnfläche']), ctx.area(r.area), 'wohnflaeche');
  line('Anzahl der Zimmer (ohne Küche, Bad)', String(r.rooms));
  line('Mietvertrag abgeschlossen am', dd(signed));
  line(ctx.pick(['Einzug'], ['Wohnung bezogen am', 'tatsächlicher Einzug']), dd(r.einzug), 'einzugsdatum');
  line('Personen, die in der Wohnung leben', String(r.bewohner), 'bewohner_anzahl');
  head(`3. Monatliche Miete (Stand ${dd(ctx.today)})`);
  amount('a)', ctx.pick(['Nettokaltmiete'], ['Miete ohne Betriebs- und Heizkosten', 'Kaltmiete (netto)']), m(r.grundmiete), 'grundmiete');
  amount('b)', ctx.pick(['Vorauszahlung kalte Betriebskosten'], ['Betriebskosten-Abschlag (ohne Heizung/Warmwasser)', 'Vorauszahlung Nebenkosten ohne Heizung']), m(r.nebenkosten), 'nebenkosten');
  if (r.heizkosten !== undefined) amount('c)', ctx.pick(['Vorauszahlung Heizung und Warmwasser'], ['Heizkosten-Abschlag inkl. Warmwasser', 'Vorauszahlung Wärme und Warmwasser']), m(r.heizkosten), 'heizkosten');
  else amount('c)', 'Heizung/Warmwasser (vom Mieter direkt an Versorger)', '0,00');
  d.hline(d.y + 1, d.right - 110, d.right, 0.6);
  d.move(3);
  amount('', r.heizkosten !== undefined ? 'Summe a) bis c)' : 'Summe a) und b)', m(gesamt(r)), 'gesamtmiete', true);
  if (r.stellplatz) amount('d)', `${rng.pick(['Garage', 'Stellplatz', 'Tiefgaragenstellplatz'])} (eigener Vertrag, nicht in der Summe)`, m(r.stellplatz));
  head('4. Weitere Angaben');
  line('letzte Änderung der Nettokaltmiete', `${dd(r.mieteAb)} (vorher ${m(r.vormiete)})`);
  line('Beheizung', r.heizkosten !== undefined ? rng.pick(['Zentralheizung (Gas)', 'Fernwärme', 'Zentralheizung (Öl)']) : rng.pick(['Gasetagenheizung', 'Nachtspeicher', 'Gastherme']));
  line('Mietrückstände', rng.chance(0.85) ? 'keine' : `${m(cents(rng.float(50, 400)))} (Ratenzahlung vereinbart)`);
  line('Kaution', `${m(r.kaution)} geleistet`);
  d.ensure(110);
  d.move(16);
  d.para('Die Angaben sind richtig und vollständig. Die Bescheinigung wurde auf Grundlage des Mietvertrags und des Mieterkontos erstellt.', { size: 8.5 });
  d.move(14);
  const top = d.y;
  d.text(d.left, top + 26, `${sender.address.city}, ${dd(ctx.today)}`, { size: TS, font: 'courier' });
  d.hline(top + 30, d.left, d.left + 170, 0.5);
  d.text(d.left, top + 39, 'Ort, Datum', { size: 7, color: GRAY });
  const blue: Color = [0.15, 0.2, 0.6];
  const sx = d.left + 230;
  const stampW = Math.max(200, d.measure(sender.name, { size: 8, bold: true }) + 16);
  d.rect(sx, top, stampW, 40, { stroke: blue, lineWidth: 1.1 });
  d.text(sx + stampW / 2, top + 12, sender.name, { size: 8, bold: true, color: blue, align: 'center' });
  d.text(sx + stampW / 2, top + 23, `${sender.address.street} ${sender.address.no} · ${sender.address.plz} ${sender.address.city}`, { size: 6.5, color: blue, align: 'center' });
  d.text(sx + stampW / 2, top + 33, `Tel. ${sender.phone}`, { size: 6.5, color: blue, align: 'center' });
  d.text(sx + 24, top + 54, `i. A. ${clerk.last}`, { font: 'times-italic', size: 13, color: [0.1, 0.1, 0.3] });
  d.hline(top + 58, sx, sx + stampW, 0.5);
  d.text(sx, top + 67, 'Stempel, Unterschrift', { size: 7, color: GRAY });
  d.y = top + 74;
  truth(ctx, r);
}

/**
 * blind13 (holdout): a private landlord who lets a flat in the house to a relative (a daughter or
 * son, a grandchild, a sibling, a niece or nephew) writes the certificate as a private letter to
 * the Wohngeld office, answering its request (file number and the request's date in the subject):
 * the sender's own name, address, phone and e-mail at the top, often the same house as the flat;
 * in running sentences the relative with birth date, the start of the tenancy, the flat (floor,
 * rooms, area), the lease signed on an earlier day, the people living in the flat by name with
 * their number, the landlord's own household elsewhere in the house; the monthly payments as a
 * small tab-stop list with the total (heating paid to the supplier by the tenant when there is no
 * central heating), a garage paid on top in the same standing order; that the two households
 * keep house separately; the last operating-cost statement's balance; the standing order to the
 * landlord's IBAN; a handwritten signature; annex: the landlord's online-banking list of
 * transactions for three months showing the rent credits from the tenant's account (the sum
 * with the garage, the tenant's name in bank capitals), every other booking blacked out.
 */
function blind13AngehoerigenVermietung(ctx: Ctx): void {
  const rng = ctx.rng;
  const r = rental(rng, ctx.today);
  const t = r.tenant;
  t.title = undefined;
  const city = r.flat.city;
  const ty = Number(t.birth.slice(0, 4));
  type Kin = { rel: string; relOf: string; relFor: string; poss: string; born: [number, number]; same: number };
  const tf = t.gender === 'f';
  const kins: Kin[] = [];
  if (ty - 38 >= 1936) kins.push({ rel: tf ? 'Tochter' : 'Sohn', relOf: tf ? 'meiner Tochter' : 'meines Sohnes', relFor: tf ? 'meine Tochter' : 'meinen Sohn', poss: tf ? 'meine Tochter' : 'mein Sohn', born: [Math.max(1936, ty - 38), ty - 21], same: 0.75 });
  if (ty - 62 >= 1932 && ty >= 1990) kins.push({ rel: tf ? 'Enkelin' : 'Enkel', relOf: tf ? 'meiner Enkelin' : 'meines Enkels', relFor: tf ? 'meine Enkelin' : 'meinen Enkel', poss: tf ? 'meine Enkelin' : 'mein Enkel', born: [Math.max(1936, ty - 62), ty - 44], same: 0.55 });
  kins.push({ rel: tf ? 'Schwester' : 'Bruder', relOf: tf ? 'meiner Schwester' : 'meines Bruders', relFor: tf ? 'meine Schwester' : 'meinen Bruder', poss: tf ? 'meine Schwester' : 'mein Bruder', born: [Math.max(1936, ty - 9), Math.min(2000, ty + 9)], same: 0.6 });
  if (ty - 40 >= 1936) kins.push({ rel: tf ? 'Nichte' : 'Neffe', relOf: tf ? 'meiner Nichte' : 'meines Neffen', relFor: tf ? 'meine Nichte' : 'meinen Neffen', poss: tf ? 'meine Nichte' : 'mein Neffe', born: [Math.max(1936, ty - 40), ty - 18], same: 0.3 });
  const kin = rng.pick(kins.slice(0, Math.min(kins.length, 3)));
  const lp = fake.person(rng, { bornFrom: kin.born[0], bornTo: kin.born[1], last: rng.chance(kin.same) ? t.last : undefined, titleChance: 0.05 });
  const sameHouse = rng.chance(0.65);
  const lAddr = sameHouse ? r.flat : fake.sameCityAddress(rng, fake.address(rng, { city }));
  const lEmail = `${lp.first.split(' ')[0].toLowerCase().replace(/ä/g, 'ae').replace(/ö/g, 'oe').replace(/ü/g, 'ue').replace(/ß/g, 'ss').replace(/[^a-z]/g, '')}.${lp.last.toLowerCase().replace(/ä/g, 'ae').replace(/ö/g, 'oe').replace(/ü/g, 'ue').replace(/ß/g, 'ss').replace(/[^a-z]/g, '')}@${rng.pick(['t-online.de', 'web.de', 'gmx.net', 'freenet.de', 'arcor.de'])}`;
  r.landlord = { kind: 'person', name: fake.fullName(lp), person: lp, address: lAddr, phone: rng.chance(0.5) ? fake.phone(rng) : fake.mobile(rng), bank: fake.bankAccount(rng) };
  if (r.floor === (sameHouse ? 'Erdgeschoss' : '')) r.floor = 'Dachgeschoss';
  const ownFloor = rng.pick(['Erdgeschoss', 'Hochparterre', 'Untergeschoss (Einliegerwohnung)'].filter((f) => f !== r.floor));
  const tenantAcc = fake.bankAccount(rng);
  const office = fake.organisation(rng, `Stadt ${city}`, city);
  const unit = rng.pick(['Wohngeldstelle', 'Amt für Soziales und Wohnen – Wohngeld', 'Sachgebiet Wohngeld', 'Bürgerservice – Wohngeldbehörde']);
  const az = fake.aktenzeichen(rng);
  const asked = addDays(ctx.today, -rng.int(6, 30));
  const leaseSigned = addDays(r.einzug, -rng.int(5, 60));
  const written = rng.chance(0.8);
  const garage = r.stellplatz;
  const dd = (v: string) => ctx.ndate(v);
  const m = (v: number) => ctx.money(v);
  // the other residents, named as a parent or grandparent would name them
  const others: string[] = [];
  const partnerLast = rng.chance(0.5) ? t.last : fake.person(rng).last;
  const his = (feminine: boolean) => `${tf ? 'ihr' : 'sein'}${feminine ? 'e' : ''}`;
  let ky = Math.min(2024 - 2 * r.bewohner, ty + rng.int(19, 30));
  for (let i = 1; i < r.bewohner; i++) {
    if (i === 1 && rng.chance(0.7)) {
      const pa = fake.person(rng, { gender: tf ? 'm' : 'f', bornFrom: ty - 5, bornTo: Math.min(2004, ty + 5), last: partnerLast, titleChance: 0 });
      others.push(`${his(!tf)} ${rng.pick(tf ? ['Mann', 'Lebensgefährte', 'Partner'] : ['Frau', 'Lebensgefährtin', 'Partnerin'])} ${pa.first} ${pa.last}`);
    } else {
      const kid = fake.person(rng, { bornFrom: ky, bornTo: ky, last: rng.chance(0.6) ? t.last : partnerLast, titleChance: 0 });
      ky = Math.min(2024, ky + rng.int(2, 4));
      others.push(`${his(kid.gender === 'f')} ${kid.gender === 'f' ? 'Tochter' : 'Sohn'} ${kid.first.split(' ')[0]} (geb. ${dd(kid.birth)})`);
    }
  }
  const ownHousehold = rng.int(1, 3);
  const spouse = lp.gender === 'f' ? 'meinem Mann' : 'meiner Frau';
  const ownWith = ownHousehold === 1 ? 'allein' : ownHousehold === 2 ? `mit ${spouse}` : `mit ${spouse} und ${rng.pick(['meiner Mutter', 'unserem jüngsten Sohn', 'unserer jüngsten Tochter'])}`;
  const ink: Color = rng.pick([[0.08, 0.12, 0.5], [0.1, 0.1, 0.15]] as const);
  const family = rng.pick(['helvetica', 'times'] as const);

  const d = ctx.start({ family, size: family === 'times' ? 10.5 : 10, margins: { left: 68, right: 56, top: 50, bottom: 60 } });
  // sender block at the top, as a private person sets it in a word processor
  const senderRight = rng.chance(0.5);
  const sx = senderRight ? d.right : d.left;
  const al = senderRight ? ('right' as const) : ('left' as const);
  d.text(sx, 52, `${lp.title ? lp.title + ' ' : ''}${lp.first} ${lp.last}`, { size: 12.5, bold: true, align: al, field: 'vermieter_name' });
  d.text(sx, 67, `${lAddr.street} ${lAddr.no} · ${lAddr.plz} ${lAddr.city}`, { size: 9.5, align: al });
  d.text(sx, 79, `Tel. ${r.landlord.phone} · ${lEmail}`, { size: 9.5, align: al });
  if (!senderRight) d.hline(86, d.left, d.right, 0.6);
  returnLine(d, `${lp.first} ${lp.last} · ${lAddr.street} ${lAddr.no} · ${lAddr.plz} ${lAddr.city}`);
  addressWindow(d, [`Stadt ${city}`, unit, `${office.address.street} ${office.address.no}`, `${office.address.plz} ${city}`]);
  d.text(d.right, 240, `${city}, ${ctx.date(ctx.today)}`, { align: 'right' });
  const subj = ctx.pick([], [
    `Mietbescheinigung für ${kin.relFor} ${t.first} ${t.last}`,
    `Bestätigung über die Miete ${kin.relOf} ${t.first} ${t.last}`,
    `Wohngeldantrag ${kin.relOf} ${t.first} ${t.last} – Angaben des Vermieters`,
  ]);
  subject(d, [subj, `Ihr Zeichen ${az}, Ihr Schreiben vom ${dd(asked)}`], 262);
  d.y -= 4;
  const P = (text: string) => d.para(text, { after: 6, leading: 1.35 });
  P('Sehr geehrte Damen und Herren,');
  P(`wie von Ihnen erbeten, bestätige ich Ihnen die Angaben zur Wohnung ${kin.relOf}. ${rng.pick(['Einen Vordruck habe ich nicht erhalten, deshalb schreibe ich Ihnen formlos.', 'Ihren Vordruck habe ich leider verlegt, daher auf diesem Weg.', 'Ich hoffe, die Angaben genügen Ihnen in dieser Form.'])}`);
  const tenantName = ctx.name(t);
  P(`${kin.poss.charAt(0).toUpperCase() + kin.poss.slice(1)} ${ctx.v('mieter_name', tenantName)}, geboren am ${dd(t.birth)}, wohnt seit dem ${ctx.v('einzugsdatum', ctx.date(r.einzug))} zur Miete in meinem ${sameHouse ? (rng.chance(0.5) ? 'Zweifamilienhaus' : 'Haus') : 'Haus'} ${ctx.v('anschrift', `${r.flat.street} ${r.flat.no}, ${r.flat.plz} ${r.flat.city}`)}, und zwar in der Wohnung im ${r.floor} (${r.rooms} Zimmer, Küche, Bad). Die Wohnfläche beträgt ${ctx.v('wohnflaeche', ctx.area(r.area))}. ${written ? `Wir haben darüber am ${dd(leaseSigned)} einen schriftlichen Mietvertrag geschlossen; eine Kopie lege ich bei.` : 'Einen schriftlichen Mietvertrag haben wir nicht; die Vereinbarung gilt mündlich seit dem Einzug.'}`);
  const bew = ctx.v('bewohner_anzahl', String(r.bewohner));
  P(r.bewohner === 1
    ? `In der Wohnung wohnt ${kin.poss} allein (${bew} Person).`
    : `In der Wohnung leben insgesamt ${bew} Personen: ${kin.poss}, ${others.slice(0, -1).join(', ')}${others.length > 1 ? ' und ' : ''}${others[others.length - 1]}.`);
  P(sameHouse
    ? `Ich selbst wohne ${ownWith} im ${ownFloor} desselben Hauses. Beide Wohnungen sind abgeschlossen und haben eigene Küchen; wir führen getrennte Haushalte und wirtschaften nicht gemeinsam.`
    : `Ich selbst wohne nicht in dem Haus. Wir führen getrennte Haushalte und wirtschaften nicht gemeinsam.`);
  P(`Die Miete ist ${rng.pick(['seit Beginn unverändert', 'zuletzt vor einiger Zeit angepasst worden', 'so vereinbart wie mit einem fremden Mieter'])} und beträgt monatlich:`);
  // the payments as a tab-stop list
  const lx = d.left + 18;
  const vx = d.left + 395;
  const line = (label: string, value: string, field?: string, bold = false) => {
    d.ensure(16);
    d.text(lx, d.y + 11, label, { bold });
    d.text(vx, d.y + 11, value, { align: 'right', field, bold });
    d.y += 16;
  };
  line(ctx.pick([], ['Miete für die Wohnung (kalt)', 'Kaltmiete ohne alles', 'Wohnungsmiete ohne Nebenkosten']), m(r.grundmiete), 'grundmiete');
  line(ctx.pick([], ['Abschlag Nebenkosten (Wasser, Müll, Grundsteuer u. a.)', 'Nebenkosten ohne Heizung, Abschlag', 'Umlage Nebenkosten (ohne Heizung)']), m(r.nebenkosten), 'nebenkosten');
  if (r.heizkosten !== undefined) line(ctx.pick([], ['Abschlag Heizung und warmes Wasser', 'Heizung/Warmwasser (anteilig)', 'Heizungsabschlag inkl. Warmwasser']), m(r.heizkosten), 'heizkosten');
  d.hline(d.y + 2, lx, vx, 0.6);
  d.y += 3;
  line(ctx.pick([], ['zusammen monatlich', 'Miete insgesamt pro Monat', 'monatlich zu zahlen']), m(gesamt(r)), 'gesamtmiete', true);
  d.y += 6;
  if (r.heizkosten === undefined) P(`Die Heizung ist darin nicht enthalten: Die Wohnung hat eine eigene ${rng.pick(['Gastherme', 'Gas-Etagenheizung', 'Nachtspeicherheizung'])}, ${kin.poss} bezahlt Gas bzw. Strom direkt an ${rng.pick(['die Stadtwerke', 'den Versorger', 'den Energieversorger'])}.`);
  if (garage) P(`Außerdem nutzt ${kin.poss} die Garage am Haus; dafür zahlt ${tf ? 'sie' : 'er'} ${m(garage)} im Monat extra, die mit der Miete überwiesen werden. In den oben genannten Beträgen ist die Garage nicht enthalten.`);
  const year = Number(ctx.today.slice(0, 4)) - 1;
  const balance = cents(rng.float(-180, 260));
  P(`Über die Nebenkosten rechne ich einmal im Jahr ab. Die letzte Abrechnung für ${year} ergab ${balance >= 0 ? 'eine Nachzahlung' : 'ein Guthaben'} von ${m(Math.abs(balance))}, ${balance >= 0 ? 'die' : 'das'} ${balance >= 0 ? `${kin.poss} im ${rng.pick(['März', 'April', 'Mai'])} bezahlt hat` : 'ich mit der nächsten Miete verrechnet habe'}.`);
  const ibanText = ctx.iban(r.landlord.bank.iban);
  P(`Die Miete wird jeden Monat per Dauerauftrag von ${tf ? 'ihrem' : 'seinem'} Konto auf mein Konto bei der ${r.landlord.bank.bank.name} (IBAN ${ibanText}) überwiesen, ${rng.pick(['immer pünktlich zum Monatsanfang', 'jeweils bis zum dritten Werktag', 'regelmäßig und vollständig'])}. Als Nachweis füge ich einen Ausdruck meiner Kontoumsätze der letzten drei Monate bei; die übrigen Buchungen habe ich geschwärzt.`);
  P(`Für Rückfragen erreichen Sie mich ${rng.pick(['vormittags', 'am besten abends', 'jederzeit'])} unter der oben genannten Telefonnummer.`);
  d.ensure(90);
  d.move(4);
  d.write('Mit freundlichen Grüßen');
  d.move(6);
  d.text(d.left + rng.float(0, 10), d.y + 16, `${lp.first.split(' ')[0]} ${lp.last}`, { font: 'times-italic', size: 17, color: ink });
  d.y += 26;
  d.write(`${lp.first} ${lp.last}`);
  d.write('(Vermieter' + (lp.gender === 'f' ? 'in' : '') + ')', { size: 9 });
  d.move(8);
  d.write('Anlagen', { size: 9.5, bold: true });
  d.write(`${written ? 'Kopie des Mietvertrags, ' : ''}Ausdruck Kontoumsätze`, { size: 9.5 });

  // annex: the landlord's online-banking transactions, other bookings blacked out
  d.newPage();
  const bank = r.landlord.bank.bank;
  const months = [0, 1, 2].map((i) => firstOfMonth(addMonths(ctx.today, -i)));
  const to = addDays(ctx.today, -rng.int(0, 3));
  const from = firstOfMonth(addMonths(ctx.today, -2));
  const B = 8;
  const bx = d.left - 24;
  const bw = d.right + 20 - bx;
  d.text(bx, 44, `${rng.pick(['Online-Banking', 'Internet-Filiale', 'Banking'])} · ${bank.name}`, { size: 8, color: GRAY, font: 'helvetica' });
  d.text(d.right + 20, 44, `Ausdruck vom ${dd(ctx.today)}, ${String(rng.int(8, 21)).padStart(2, '0')}:${String(rng.int(0, 59)).padStart(2, '0')} Uhr`, { size: 8, color: GRAY, align: 'right', font: 'helvetica' });
  d.rect(bx, 52, bw, 30, { fill: [0.93, 0.94, 0.96] });
  d.text(bx + 8, 65, rng.pick(['Umsätze', 'Umsatzanzeige', 'Kontoumsätze']), { size: 12, font: 'helvetica-bold' });
  d.text(bx + 8, 76, `Girokonto · ${ctx.iban(r.landlord.bank.iban, true)} · ${lp.last.toUpperCase()}, ${lp.first.toUpperCase()}`, { size: 8, font: 'helvetica' });
  d.text(bx + bw - 8, 70, `Zeitraum ${ctx.ndate(from)} – ${ctx.ndate(to)}`, { size: 8.5, align: 'right', font: 'helvetica' });
  d.y = 92;
  const cols = { date: bx + 4, who: bx + 62, purpose: bx + 212, amount: bx + bw - 4 };
  d.rect(bx, d.y, bw, 14, { fill: [0.85, 0.86, 0.9] });
  d.text(cols.date, d.y + 10, 'Buchung', { size: B, font: 'helvetica-bold' });
  d.text(cols.who, d.y + 10, 'Auftraggeber / Empfänger', { size: B, font: 'helvetica-bold' });
  d.text(cols.purpose, d.y + 10, 'Verwendungszweck', { size: B, font: 'helvetica-bold' });
  d.text(cols.amount, d.y + 10, 'Betrag (EUR)', { size: B, font: 'helvetica-bold', align: 'right' });
  d.y += 18;
  const bankName = (s: string) => s.toUpperCase().replace(/Ä/g, 'AE').replace(/Ö/g, 'OE').replace(/Ü/g, 'UE').replace(/ß/g, 'SS');
  const transfer = cents(gesamt(r) + (garage ?? 0));
  type Booking = { day: string; rent: boolean };
  const bookings: Booking[] = [];
  for (const mo of months) {
    const rentDay = workday(addDays(mo, rng.int(0, 2)));
    if (rentDay <= to) bookings.push({ day: rentDay, rent: true });
    for (let k = rng.int(2, 5); k > 0; k--) {
      const day = addDays(mo, rng.int(0, 27));
      if (day <= to) bookings.push({ day, rent: false });
    }
  }
  bookings.sort((a, b) => (a.day < b.day ? 1 : a.day > b.day ? -1 : 0));
  const monthName = (v: string) => fake.MONTHS_DE[Number(v.slice(5, 7)) - 1];
  for (const b of bookings) {
    d.ensure(34);
    const top = d.y;
    d.text(cols.date, top + 9, ctx.ndate(b.day), { size: B, font: 'helvetica' });
    if (b.rent) {
      d.text(cols.who, top + 9, bankName(`${t.first} ${t.last}`), { size: B, font: 'helvetica' });
      d.text(cols.who, top + 19, fake.groupIban(tenantAcc.iban), { size: 7, font: 'helvetica', color: GRAY });
      d.text(cols.purpose, top + 9, `${rng.pick(['MIETE', 'Miete', 'Miete + NK'])} ${monthName(b.day)}${garage ? ' inkl. Garage' : ''}`, { size: B, font: 'helvetica' });
      d.text(cols.purpose, top + 19, 'Dauerauftrag · Gutschrift', { size: 7, font: 'helvetica', color: GRAY });
      d.text(cols.amount, top + 9, `+${fmt.decimal(transfer)}`, { size: B, font: 'helvetica-bold', align: 'right', color: [0.05, 0.4, 0.15] });
    } else {
      // blacked out with a marker: the amount too
      d.rect(cols.who - 1, top + 1, rng.float(80, 140), 10, { fill: [0.05, 0.05, 0.05] });
      d.rect(cols.purpose - 1, top + 1, rng.float(90, 170), 10, { fill: [0.05, 0.05, 0.05] });
      const aw = rng.float(40, 55);
      d.rect(cols.amount - aw, top + 1, aw + 1, 10, { fill: [0.05, 0.05, 0.05] });
    }
    d.y = top + (b.rent ? 26 : 16);
    d.hline(d.y - 3, bx, bx + bw, 0.3, LIGHT);
  }
  d.move(6);
  d.text(bx, d.y + 8, `Kontostand und weitere Umsätze vom Kontoinhaber unkenntlich gemacht. ${rng.pick(['Vorgemerkte Umsätze sind nicht enthalten.', 'Alle Angaben ohne Gewähr.', 'Dieser Ausdruck ist kein Kontoauszug.'])}`, { size: 7.5, color: GRAY, font: 'helvetica' });
  d.onEveryPage((doc, page, pages) => {
    if (pages > 1) doc.text(doc.right, doc.height - 28, page === pages ? 'Anlage' : `Seite ${page} von ${pages - 1}`, { size: 8, align: 'right', color: GRAY });
  });
  truth(ctx, r);
}

/**
 * blind14 (holdout): an employer's HR department certifies the rent of a staff flat it lets to its
 * employee (Werkmietwohnung, the rent kept back from the pay): the employer's letterhead with a
 * personnel-office unit, the employee in the window at the flat's address, the personnel number and
 * cost centre in the reference block; the employment start in the opening; the flat as a ruled
 * two-column grid (the employer or its housing subsidiary as landlord, house and flat number, floor,
 * area under the agreement, rooms, let since, the kind of letting); the people registered in the
 * flat by name with their total in a sentence; the monthly charges as a table with the payroll's
 * wage-type numbers and the sum kept back, a parking space kept back on its own line below the
 * sum; the comparative local rent per m² and the taxable benefit (or none) in a tax paragraph;
 * page 2 an extract of the last pay statements' deductions month by month (the rent before the
 * last increase in the earlier months), the employer's IBAN for payments after the employment ends.
 */
function blind14ArbeitgeberPersonalwohnung(ctx: Ctx): void {
  const rng = ctx.rng;
  const r = rental(rng, ctx.today);
  const t = r.tenant;
  t.title = undefined;
  const city = r.flat.city;
  const dd = (v: string) => ctx.ndate(v);
  const m = (v: number) => ctx.money(v);
  const employerName = rng.pick([`Klinikum ${city} gGmbH`, `Universitätsklinikum ${city} AöR`, `${city}er Verkehrsbetriebe GmbH`, `Stadtwerke ${city} GmbH`, `${rng.pick(['Elbtal', 'Saalebogen', 'Lindenhof', 'Mühlental', 'Havelland'])} Pflege gGmbH`, fake.employerName(rng, city)]);
  const employer = fake.organisation(rng, employerName, city);
  const subsidiary = rng.chance(0.45);
  const landlordName = subsidiary ? rng.pick([`${employerName.split(' ')[0]} Wohnen GmbH`, `${employerName.split(' ')[0]} Immobilien- und Wohnungsgesellschaft mbH`, `Personalwohnungsbau ${city} GmbH`]) : employerName;
  r.landlord = { kind: 'organisation', name: landlordName, address: employer.address, phone: employer.phone, bank: fake.bankAccount(rng) };
  const unit = rng.pick(['Personalabteilung – Entgeltabrechnung', 'Geschäftsbereich Personal · Team Personalwohnungen', 'Personalservice / Wohnungsfürsorge', 'Bereich Personal und Soziales']);
  const clerk = fake.person(rng, { bornFrom: 1965, bornTo: 1998, titleChance: 0 });
  const persNr = rng.pick([rng.digits(6), `${rng.int(1, 9)}${rng.digits(5)}`, `P-${rng.digits(5)}`]);
  const kst = rng.pick([`${rng.int(1, 9)}${rng.digits(3)}`, `KST ${rng.digits(5)}`]);
  const job = rng.pick(['Gesundheits- und Krankenpfleger/in', 'Pflegefachkraft', 'Busfahrer/in', 'Mitarbeiter/in im Servicebereich', 'Medizinische/r Fachangestellte/r', 'Elektroniker/in', 'Mitarbeiter/in Logistik', 'Hauswirtschaftskraft']);
  const eintritt = addMonths(firstOfMonth(r.einzug), -rng.int(0, 30));
  const flatNo = `${rng.int(1, 4)}.${String(rng.int(1, 12)).padStart(2, '0')}`;
  const house = rng.pick(['Personalwohnheim', 'Personalwohnhaus', 'Haus', 'Wohnanlage']);
  const kind = rng.pick(['Werkmietwohnung (§ 576 BGB), eigener Nutzungsvertrag', 'Werkmietwohnung nach §§ 576, 576a BGB', 'werkseigene Mietwohnung, gesonderter Mietvertrag']);
  const asked = addDays(ctx.today, -rng.int(3, 20));
  const contractDay = addDays(r.einzug, -rng.int(7, 45));
  // people registered in the flat, with the employee first
  const residents: string[] = [`${t.first} ${t.last}`];
  const ty = Number(t.birth.slice(0, 4));
  for (let i = 1; i < r.bewohner; i++) {
    if (i === 1 && rng.chance(0.65)) {
      const pa = fake.person(rng, { gender: t.gender === 'f' ? 'm' : 'f', bornFrom: ty - 6, bornTo: Math.min(2004, ty + 6), last: rng.chance(0.5) ? t.last : undefined, titleChance: 0 });
      residents.push(`${pa.first} ${pa.last} (${rng.pick(['Ehegatte/-gattin', 'Lebenspartner/in'])})`);
    } else {
      const y = Math.min(2024, Math.max(ty + 18, 2024 - rng.int(0, 20)));
      const kid = fake.person(rng, { bornFrom: y, bornTo: y, last: t.last, titleChance: 0 });
      residents.push(`${kid.first} ${kid.last} (Kind, geb. ${dd(kid.birth)})`);
    }
  }
  // the benefit in kind: the agreed rent against the local comparative rent
  const localRate = cents((r.grundmiete / r.area) * rng.float(1.12, 1.55));
  const localRent = cents(localRate * r.area);
  const taxFree = r.grundmiete >= (localRent * 2) / 3;
  const benefit = cents(localRent - r.grundmiete);
  const wt = (base: number) => String(base + rng.int(0, 9));
  const lohnarten = { miete: wt(7300), bk: wt(7310), hk: wt(7320), sp: wt(7330) };

  const d = ctx.start({ family: rng.pick(['helvetica', 'times'] as const), size: 9.5, margins: { left: 66, right: 54, top: 50, bottom: 78 } });
  const accent = rng.pick(ACCENTS);
  d.onContinuation((doc) => {
    doc.text(doc.left, 56, employerName, { size: 10, bold: true, color: accent });
    doc.text(doc.right, 56, `Mietbescheinigung · ${t.last} · Pers.-Nr. ${persNr}`, { size: 8, align: 'right', color: GRAY });
    doc.y = 80;
  });
  // letterhead: the employer's name, the unit beneath, a thin band at the left edge
  d.rect(0, 0, 14, 300, { fill: accent });
  d.text(d.left, 56, employerName, { size: 14, bold: true, color: accent });
  d.text(d.left, 70, unit, { size: 9, color: GRAY });
  d.text(d.right, 52, `${employer.address.street} ${employer.address.no}`, { size: 8, align: 'right', color: GRAY });
  d.text(d.right, 62, `${employer.address.plz} ${employer.address.city}`, { size: 8, align: 'right', color: GRAY });
  d.text(d.right, 72, employer.web ?? '', { size: 8, align: 'right', color: GRAY });
  returnLine(d, `${employerName} · ${unit.split(' ')[0]} · ${employer.address.street} ${employer.address.no} · ${employer.address.plz} ${employer.address.city}`);
  addressWindow(d, [t.gender === 'f' ? 'Frau' : 'Herrn', `${t.first} ${t.last}`, `${r.flat.street} ${r.flat.no}`, `${r.flat.plz} ${r.flat.city}`]);
  infoBlock(d, [
    ['Personalnummer', persNr],
    ['Kostenstelle', kst],
    ['Bearbeiter/in', `${clerk.first.split(' ')[0]} ${clerk.last}`],
    ['Telefon', `${employer.phone.replace(/\d{2}$/, '')}${rng.int(10, 99)}`],
    ['Datum', ctx.date(ctx.today)],
  ], { x: 352, top: 152, labelWidth: 74 });
  subject(d, [ctx.pick([], ['Mietbescheinigung für Ihre Personalwohnung', 'Bestätigung der Wohnkosten Ihrer Werkmietwohnung']), 'zur Vorlage bei der Wohngeldbehörde'], 262);
  d.para(`${t.gender === 'f' ? 'Sehr geehrte Frau' : 'Sehr geehrter Herr'} ${t.last},`);
  d.para(`auf Ihren Wunsch vom ${dd(asked)} bestätigen wir Ihnen die folgenden Angaben zu der Wohnung, die Sie als unser${t.gender === 'f' ? 'e Mitarbeiterin' : ' Mitarbeiter'} nutzen. Sie sind seit dem ${dd(eintritt)} bei uns als ${job} beschäftigt; das Mietverhältnis über die Wohnung ist an das Arbeitsverhältnis gebunden.`);

  // the flat as a ruled two-column grid
  section(ctx, '1. Angaben zur Wohnung', { rule: true, size: 10 });
  const grid: [string, Cell][] = [
    [ctx.pick(['Vermieter'], ['Vermieterin (Nutzungsgeber)', 'überlassen durch']), { text: landlordName, field: 'vermieter_name' }],
    ['Mieter/in (Beschäftigte/r)', { text: ctx.name(t), field: 'mieter_name' }],
    [ctx.pick([], ['Objekt', 'Lage der Personalwohnung']), { text: fake.addressLine(r.flat), field: 'anschrift' }],
    ['Haus / Wohnungs-Nr.', `${house}, Whg. ${flatNo}`],
    ['Geschoss', r.floor],
    [ctx.pick([], ['Wohnfläche lt. Nutzungsvertrag', 'anrechenbare Wohnfläche']), { text: ctx.area(r.area), field: 'wohnflaeche' }],
    ['Zimmer', `${r.rooms} Zimmer, Küche, Bad${rng.chance(0.4) ? ', Balkon' : ''}`],
    [ctx.pick([], ['überlassen seit', 'Nutzung durch Sie seit']), { text: dd(r.einzug), field: 'einzugsdatum' }],
    ['Nutzungsvertrag vom', dd(contractDay)],
    ['Art der Überlassung', kind],
  ];
  const gx = d.left + 160;
  d.hline(d.y, d.left, d.right, 0.5);
  for (const [label, value] of grid) {
    const top = d.y;
    d.row([{ x: d.left + 4, text: label, color: GRAY, width: 150 }, { x: gx, text: typeof value === 'string' ? value : value.text, field: typeof value === 'string' ? undefined : value.field, width: d.right - gx - 4 }], { minHeight: 15 });
    d.line(gx - 6, top, gx - 6, d.y, 0.4, GRAY);
    d.hline(d.y, d.left, d.right, 0.4, GRAY);
  }
  d.move(8);
  d.para(`Nach unseren Unterlagen und Ihrer Meldung vom ${dd(addDays(r.einzug, rng.int(0, 14)))} ${r.bewohner === 1 ? 'wohnt' : 'wohnen'} in der Wohnung ${rng.chance(0.5) ? 'derzeit ' : ''}${ctx.v('bewohner_anzahl', `${r.bewohner} ${r.bewohner === 1 ? 'Person' : 'Personen'}`)}${r.bewohner === 1 ? ', nämlich Sie allein.' : ':'}`);
  if (r.bewohner > 1) residents.forEach((n) => d.para(`– ${n}`, { x: d.left + 14, after: 0 }));
  d.move(6);

  // the monthly charges, as the payroll keeps them back
  section(ctx, '2. Monatliche Kosten der Wohnung', { rule: true, size: 10 });
  const lines: Cell[][] = [
    [lohnarten.miete, ctx.pick(['Grundmiete (nettokalt)'], ['Werkmiete netto, ermäßigt', 'Nutzungsentgelt ohne Umlagen']), { text: m(r.grundmiete), field: 'grundmiete' }],
    [lohnarten.bk, ctx.pick(['Betriebskostenvorauszahlung'], ['Umlagen ohne Heizung (Abschlag)', 'kalte Betriebskosten, Vorauszahlung']), { text: m(r.nebenkosten), field: 'nebenkosten' }],
  ];
  if (r.heizkosten !== undefined) lines.push([lohnarten.hk, ctx.pick(['Heizkostenvorauszahlung'], ['Heizung und Warmwasser (Abschlag)', 'Wärme/Warmwasser, Vorauszahlung']), { text: m(r.heizkosten), field: 'heizkosten' }]);
  table(ctx, [
    { header: 'Lohnart', x: d.left },
    { header: 'Bestandteil', x: d.left + 60 },
    { header: 'monatlich', x: d.right, align: 'right' },
  ], lines, { size: 9.5, grid: true });
  d.move(-4);
  d.row([{ x: d.left + 60, text: ctx.pick(['Summe (monatlicher Einbehalt vom Nettoentgelt)'], ['Wohnkosten gesamt, monatlicher Einbehalt', 'insgesamt einbehalten je Monat']), bold: true }, { x: d.right, text: m(gesamt(r)), field: 'gesamtmiete', align: 'right', bold: true }]);
  d.hline(d.y + 1, d.right - 90, d.right, 0.8);
  d.hline(d.y + 3, d.right - 90, d.right, 0.8);
  d.move(8);
  if (r.heizkosten === undefined) d.para(`Heizung und Warmwasser: Gasetagenheizung; die Kosten rechnen Sie unmittelbar mit dem Versorger ab, sie sind im Einbehalt nicht enthalten.`, { size: 9 });
  if (r.stellplatz) d.para(`Zusätzlich behalten wir unter Lohnart ${lohnarten.sp} für den Tiefgaragenstellplatz ${ctx.money(r.stellplatz)} monatlich ein (gesonderter Vertrag, nicht Teil der Wohnkosten).`, { size: 9 });
  d.para(`Die Betriebs- und Heizkosten werden jährlich abgerechnet; ein Guthaben oder eine Nachzahlung verrechnen wir mit der nächsten Entgeltabrechnung.`, { size: 9 });

  section(ctx, '3. Steuerliche Behandlung', { rule: true, size: 10 });
  d.para(`Die ortsübliche Vergleichsmiete für die Wohnung beträgt nach dem Mietspiegel ${decimalDe(localRate)} € je m², das sind ${ctx.money(localRent)} monatlich. ${taxFree ? `Da die vereinbarte Miete mindestens zwei Drittel davon erreicht, entsteht nach § 8 Abs. 2 Satz 12 EStG kein steuerpflichtiger Sachbezug.` : `Der Unterschied von ${ctx.money(benefit)} ist ein geldwerter Vorteil; er wird in Ihrer Entgeltabrechnung als Sachbezug versteuert und verbeitragt, aber nicht ausgezahlt.`}`, { size: 9 });

  // page 2: the deductions in the last pay statements
  if (d.page === 1) d.newPage();
  else d.move(10);
  section(ctx, '4. Auszug aus Ihren Entgeltabrechnungen', { rule: true, size: 10 });
  d.para('Einbehalte für die Wohnung in den letzten Abrechnungsmonaten (Beträge je Monat):', { size: 9 });
  const last = firstOfMonth(addMonths(ctx.today, -1));
  const months = [3, 2, 1, 0].map((k) => addMonths(last, -k));
  const rows: Cell[][] = months.map((mo) => {
    const before = mo < r.mieteAb;
    const gm = before ? r.vormiete : r.grundmiete;
    const sum = cents(gm + r.nebenkosten + (r.heizkosten ?? 0));
    return [`${fmt.monthText(mo.slice(0, 7), 'mm/yyyy')}`, ctx.money(gm), ctx.money(r.nebenkosten), r.heizkosten !== undefined ? ctx.money(r.heizkosten) : '–', ctx.money(sum)];
  });
  table(ctx, [
    { header: 'Monat', x: d.left },
    { header: `LA ${lohnarten.miete}`, x: d.left + 170, align: 'right' },
    { header: `LA ${lohnarten.bk}`, x: d.left + 260, align: 'right' },
    { header: `LA ${lohnarten.hk}`, x: d.left + 350, align: 'right' },
    { header: 'Einbehalt', x: d.right, align: 'right' },
  ], rows, { size: 9, grid: true, zebra: true });
  if (months.some((mo) => mo < r.mieteAb)) d.para(`Die Grundmiete wurde zum ${dd(r.mieteAb)} von ${ctx.money(r.vormiete)} auf den oben genannten Betrag angepasst.`, { size: 9 });
  d.move(6);
  d.para(`Endet Ihr Arbeitsverhältnis, ist die Miete bis zur Rückgabe der Wohnung selbst zu überweisen an: ${landlordName}, ${r.landlord.bank.bank.name}, IBAN ${fake.groupIban(r.landlord.bank.iban)}, Verwendungszweck „Whg. ${flatNo} / ${persNr}“.`, { size: 9 });
  d.para('Diese Bescheinigung wurde aus den Daten der Entgeltabrechnung und der Wohnungsverwaltung erstellt und ist ohne Unterschrift gültig. Für Rückfragen der Wohngeldbehörde stehen wir gern zur Verfügung.', { size: 9 });
  closing(ctx, { signer: `${clerk.first.split(' ')[0]} ${clerk.last}`, role: unit, auftrag: true });
  const eAcc = fake.bankAccount(rng);
  footer(d, [[employerName, `${employer.address.street} ${employer.address.no}, ${employer.address.plz} ${employer.address.city}`], [`Geschäftsführung: ${fake.fullName(fake.person(rng, { titleChance: 0.2 }))}`, `Amtsgericht ${city}, HRB ${rng.int(1000, 39999)}`], bankFooterLines(eAcc.bank.name, eAcc.iban, eAcc.bank.bic)], 'Seite x von y');
  truth(ctx, r);
}

const decimalDe = (v: number) => fmt.decimal(v, 2);

/**
 * blind15: a landlord's ERP printout "Mietbescheinigung mit Mietentwicklung": a housing company (or
 * a property manager writing for a private owner) sends the tenant a certificate whose core is a
 * month-by-month grid of the last twelve months (net rent, advances, sometimes a parking space,
 * amount due, payments, running balance) with the rent increase and an advance adjustment inside
 * it and a one-off operating-cost settlement line; the tenancy data as a strip of small-label cells
 * above it, the current rent in a framed box under it; page 2 notes on the columns, the deposit and
 * the last statement's figures for household-related services (§ 35a EStG).
 */
function blind15Mietentwicklung(ctx: Ctx): void {
  const rng = ctx.rng;
  const r = rental(rng, ctx.today);
  const t = r.tenant;
  t.title = undefined;
  const city = r.flat.city;
  const d = ctx.start({ family: 'helvetica', size: 9, margins: { left: 58, right: 48, top: 50, bottom: 72 } });
  const accent = rng.pick(ACCENTS);
  const manager = r.landlord.kind === 'person' ? rng.pick([`Hausverwaltung ${rng.pick(['Krämer', 'Lorenz', 'Albrecht', 'Seidel', 'Vogt'])} GmbH`, `${rng.pick(['Saalebogen', 'Lindenhof', 'Elbtal', 'Auenwald'])} Immobilienverwaltung GmbH`, `WEG- und Mietverwaltung ${rng.pick(['Brandt', 'Sommer', 'Engel'])} e.K.`]) : undefined;
  const issuer = manager ?? r.landlord.name;
  const office = fake.organisation(rng, issuer, city);
  const bank = manager ? fake.bankAccount(rng) : r.landlord.bank;
  const clerk = fake.person(rng, { bornFrom: 1962, bornTo: 1999, titleChance: 0 });
  const we = `${rng.digits(3)}`;
  const vertrag = `${we}.${rng.digits(2)}.${rng.digits(3)}${rng.pick(['', '/01', '-2'])}`;
  const flatNo = `${rng.pick(['', 'WE ', 'Whg. '])}${rng.int(1, 48)}`;
  const signed = addDays(r.einzug, -rng.int(6, 60));
  const cotenant = rng.chance(0.3) && r.bewohner > 1 ? fake.person(rng, { gender: t.gender === 'f' ? 'm' : 'f', bornFrom: Number(t.birth.slice(0, 4)) - 6, bornTo: Math.min(2004, Number(t.birth.slice(0, 4)) + 6), last: rng.chance(0.6) ? t.last : undefined, titleChance: 0 }) : undefined;
  const heatKind = r.heizkosten !== undefined ? rng.pick(['Fernwärme', 'Zentralheizung (Gas)', 'Zentralheizung (Öl)', 'Wärmepumpe', 'Nahwärme (BHKW)']) : rng.pick(['Gasetagenheizung (Mieter)', 'Nachtspeicher (Mieter)', 'Etagenheizung, Vertrag des Mieters']);
  const dm = (v: number) => fmt.decimal(v);

  // ---- the twelve months: the net rent rises at r.mieteAb, the advances were adjusted after the last statement
  const cur = firstOfMonth(ctx.today);
  const months = Array.from({ length: 12 }, (_, i) => addMonths(cur, i - 11));
  const choices = months.slice(1).filter((m) => m !== r.mieteAb);
  const advAb = rng.pick(choices);
  const oldNk = cents(Math.max(20, r.nebenkosten - (Number.isInteger(r.nebenkosten) ? rng.pick([5, 10, 15, 20]) : rng.float(4, 28))));
  const oldHk = r.heizkosten === undefined ? undefined : cents(Math.max(15, r.heizkosten + (rng.chance(0.6) ? -1 : 1) * (Number.isInteger(r.heizkosten) ? rng.pick([5, 10, 15]) : rng.float(3, 24))));
  const statementYear = Number(advAb.slice(0, 4)) - 1;
  const settlement = cents((rng.chance(0.65) ? 1 : -1) * rng.float(18, 260));
  const park = r.stellplatz;
  const lateIdx = rng.chance(0.6) ? rng.int(2, 9) : -1;
  type Row = { label: string; gm?: number; nk?: number; hk?: number; sp?: number; soll: number; paid: number; bal?: number; note?: boolean };
  const rows: Row[] = [];
  let balance = 0;
  let prevSoll = 0;
  months.forEach((m, i) => {
    const gm = m < r.mieteAb ? r.vormiete : r.grundmiete;
    const nk = m < advAb ? oldNk : r.nebenkosten;
    const hk = r.heizkosten === undefined ? undefined : m < advAb ? oldHk! : r.heizkosten;
    const soll = cents(gm + nk + (hk ?? 0) + (park ?? 0));
    if (m === advAb) {
      const due = cents(settlement);
      balance = cents(balance + due);
      const paidS = due > 0 ? due : 0;
      balance = cents(balance - paidS);
      rows.push({ label: `BK/HK-Abr. ${statementYear}`, soll: due, paid: paidS, bal: balance, note: true });
      if (due < 0) {
        balance = cents(balance - due);
        rows.push({ label: 'Auszahlung Guthaben', soll: cents(-due), paid: 0, bal: balance, note: true });
      }
    }
    const paid = i === lateIdx ? 0 : i === lateIdx + 1 ? cents(soll + prevSoll) : soll;
    prevSoll = soll;
    balance = cents(balance + soll - paid);
    rows.push({ label: fmt.monthText(m.slice(0, 7), 'mm/yyyy'), gm, nk, hk, sp: park, soll, paid, bal: balance });
  });

  // ---- letterhead, window, reference block
  d.rect(0, 0, 14, d.height, { fill: accent });
  d.text(d.left, 50, issuer, { size: 13, bold: true, color: accent });
  d.text(d.left, 63, manager ? 'Miet- und WEG-Verwaltung · Kundencenter' : rng.pick(['Kundencenter Vermietung', 'Mieterservice · Mietenbuchhaltung', 'Bestandsmanagement · Mietenservice']), { size: 8.5, color: GRAY });
  d.text(d.right, 50, `${office.address.street} ${office.address.no}`, { size: 7.5, align: 'right', color: GRAY });
  d.text(d.right, 59, `${office.address.plz} ${office.address.city}`, { size: 7.5, align: 'right', color: GRAY });
  d.text(d.right, 68, `Tel. ${office.phone}`, { size: 7.5, align: 'right', color: GRAY });
  returnLine(d, `${issuer} · ${office.address.street} ${office.address.no} · ${office.address.plz} ${office.address.city}`);
  const tenantLines = recipientLines(ctx, t, r.flat);
  if (cotenant) tenantLines.splice(tenantLines.length - 2, 0, `${cotenant.first} ${cotenant.last}`);
  addressWindow(d, tenantLines);
  infoBlock(d, [
    ['Vertragsnummer', vertrag],
    ['Wirtschaftseinheit', `${we} / ${flatNo.replace(/^\D+/, '')}`],
    ['Ihr Ansprechpartner', `${clerk.first.split(' ')[0].slice(0, 1)}. ${clerk.last}`],
    ['Durchwahl', `${office.phone.replace(/\d{2}$/, '')}${rng.int(10, 99)}`],
    ['Druckdatum', ctx.ndate(ctx.today)],
  ], { top: 152, labelWidth: 84 });
  subject(d, [ctx.pick(['Mietbescheinigung'], ['Mietbescheinigung mit Mietentwicklung', 'Bescheinigung über Miete und Mietentwicklung']), rng.pick(['– zur Vorlage bei der Wohngeldstelle –', `– Zeitraum ${fmt.monthText(months[0].slice(0, 7), 'mm/yyyy')} bis ${fmt.monthText(cur.slice(0, 7), 'mm/yyyy')} –`])], 236);
  d.para(`${t.gender === 'f' ? `Sehr geehrte Frau ${t.last}` : `Sehr geehrter Herr ${t.last}`},\nwie gewünscht bestätigen wir Ihnen ${manager ? `im Auftrag ${r.landlord.person?.gender === 'f' ? 'der Eigentümerin' : 'des Eigentümers'} ` : ''}die Daten Ihres Mietverhältnisses und die Entwicklung Ihres Mietkontos in den letzten zwölf Monaten.`, { after: 8 });

  // ---- tenancy strip: small labels above the values
  const W = d.contentWidth;
  const strip = (cells: [number, string, string, string?][]) => {
    d.ensure(23);
    let x = d.left;
    const top = d.y;
    for (const [share, label, value, field] of cells) {
      const w = W * share;
      d.rect(x, top, w, 22, { stroke: [0.55, 0.55, 0.55], lineWidth: 0.4 });
      d.text(x + 3, top + 7, label, { size: 6.2, color: GRAY });
      d.text(x + 3, top + 17.5, value, { size: 8.6, field });
      x += w;
    }
    d.y = top + 22;
  };
  const landlordCell = manager ? `${r.landlord.person ? ctx.name(r.landlord.person) : r.landlord.name}` : r.landlord.name;
  strip([[0.5, ctx.pick([], ['Mietpartei', 'Mieter lt. Vertrag']), `${ctx.name(t)}${cotenant ? ` u. ${cotenant.first} ${cotenant.last}` : ''}`], [0.5, manager ? 'Vermieter (Eigentümer)' : 'Vermieter', landlordCell, 'vermieter_name']]);
  ctx.doc.place('mieter_name', ctx.name(t));
  strip([[0.64, ctx.pick([], ['Mietobjekt (Straße, PLZ, Ort)', 'Lage des Objekts']), fake.addressLine(r.flat), 'anschrift'], [0.36, 'Whg.-Nr. / Geschoss', `${flatNo.replace(/^\D+/, '')} / ${r.floor}`]]);
  strip([
    [0.2, ctx.pick([], ['Wohnfläche lt. Vertrag', 'Wohnfläche (WoFlV)']), ctx.area(r.area), 'wohnflaeche'],
    [0.13, 'Räume', String(r.rooms)],
    [0.2, 'Mietvertrag vom', ctx.ndate(signed)],
    [0.22, ctx.pick([], ['Vertragsbeginn / Einzug', 'Nutzung seit']), ctx.ndate(r.einzug), 'einzugsdatum'],
    [0.25, ctx.pick([], ['Personen (BK-Umlage)', 'gemeldete Bewohner']), String(r.bewohner), 'bewohner_anzahl'],
  ]);
  strip([[0.34, 'Heizung / Warmwasser', heatKind], [0.33, 'Stellplatz', park !== undefined ? `Nr. ${rng.int(1, 40)}, gesonderter Vertrag` : 'keiner'], [0.33, 'Baujahr', String(r.built)]]);
  d.move(12);

  // ---- the month grid
  d.text(d.left, d.y + 9, `Mietentwicklung und Zahlungen (Beträge in EUR)`, { size: 9.5, bold: true });
  d.move(14);
  const cols: [string, number][] = [['Monat', 0], ['Grundmiete', 0], ['BK-VZ', 0], ...(r.heizkosten !== undefined ? [['HK-VZ', 0] as [string, number]] : []), ...(park !== undefined ? [['Stellpl.', 0] as [string, number]] : []), ['Soll', 0], ['gezahlt', 0], ['Saldo', 0]];
  const firstW = 92;
  const step = (W - firstW) / (cols.length - 1);
  const colX = (i: number) => (i === 0 ? d.left + 3 : d.left + firstW + step * i - 4);
  d.rect(d.left, d.y, W, 15, { fill: [0.9, 0.9, 0.9] });
  cols.forEach(([h], i) => d.text(colX(i), d.y + 10.5, h, { size: 7.8, bold: true, align: i === 0 ? 'left' : 'right' }));
  d.move(15);
  rows.forEach((row, i) => {
    const top = d.y;
    if (i % 2 === 1) d.rect(d.left, top, W, 11.5, { fill: [0.965, 0.965, 0.965] });
    const vals: (number | undefined)[] = row.note ? [undefined, undefined, ...(r.heizkosten !== undefined ? [undefined] : []), ...(park !== undefined ? [undefined] : []), row.soll, row.paid, row.bal] : [row.gm, row.nk, ...(r.heizkosten !== undefined ? [row.hk] : []), ...(park !== undefined ? [row.sp] : []), row.soll, row.paid, row.bal];
    d.text(colX(0), top + 8.5, row.label, { size: 7.6, italic: row.note });
    vals.forEach((v, j) => {
      if (v !== undefined) d.text(colX(j + 1), top + 8.5, j + 1 === vals.length && v > 0 ? `${dm(v)} S` : j + 1 === vals.length && v < 0 ? `${dm(-v)} H` : dm(v), { size: 7.6, align: 'right', italic: row.note });
    });
    d.move(11.5);
  });
  d.hline(d.y, d.left, d.right, 0.7);
  const sumSoll = cents(rows.reduce((s, x) => s + x.soll, 0));
  const sumPaid = cents(rows.reduce((s, x) => s + x.paid, 0));
  d.text(colX(0), d.y + 10, 'Summe 12 Monate', { size: 7.8, bold: true });
  d.text(colX(cols.length - 3), d.y + 10, dm(sumSoll), { size: 7.8, bold: true, align: 'right' });
  d.text(colX(cols.length - 2), d.y + 10, dm(sumPaid), { size: 7.8, bold: true, align: 'right' });
  d.move(16);
  d.text(d.left, d.y + 7, 'S = Rückstand (Soll), H = Guthaben (Haben). VZ = Vorauszahlung, BK = Betriebskosten, HK = Heiz- und Warmwasserkosten.', { size: 6.8, color: GRAY });
  d.move(11);

  // ---- the current rent, framed
  d.ensure(110);
  const bx = d.left;
  const bw = W * 0.62;
  const btop = d.y;
  const bl = (label: string, value: string, field?: string, bold = false) => {
    d.text(bx + 8, d.y + 10, label, { size: 9, bold });
    d.text(bx + bw - 8, d.y + 10, value, { size: 9, bold, align: 'right', field });
    d.move(13.5);
  };
  d.rect(bx, btop, bw, 16, { fill: accent });
  d.text(bx + 8, btop + 11, `${ctx.pick([], ['Aktuelle Monatsmiete', 'Derzeit zu zahlende Miete'])} ab ${ctx.date(r.mieteAb > advAb ? r.mieteAb : advAb)}`, { size: 9, bold: true, color: [1, 1, 1] });
  d.move(20);
  bl(ctx.pick([], ['Nettokaltmiete (Grundmiete)', 'Miete ohne Umlagen']), ctx.money(r.grundmiete), 'grundmiete');
  bl(ctx.pick([], ['Vorauszahlung kalte Betriebskosten', 'Betriebskosten-Abschlag']), ctx.money(r.nebenkosten), 'nebenkosten');
  if (r.heizkosten !== undefined) bl(ctx.pick([], ['Vorauszahlung Heizung und Warmwasser', 'Heizkosten-Abschlag']), ctx.money(r.heizkosten), 'heizkosten');
  d.hline(d.y + 1, bx + 8, bx + bw - 8, 0.5);
  d.move(3);
  bl(ctx.pick([], ['Monatsmiete Wohnung gesamt', 'Summe Wohnung']), ctx.money(gesamt(r)), 'gesamtmiete', true);
  if (park !== undefined) bl('zzgl. Stellplatz (eigener Vertrag)', ctx.money(park));
  d.rect(bx, btop, bw, d.y - btop + 4, { stroke: accent, lineWidth: 1 });
  const side = bx + bw + 14;
  const sideText = [
    `Vormiete (bis ${ctx.ndate(addDays(r.mieteAb, -1))}): Grundmiete ${ctx.money(r.vormiete)}`,
    `Mieterhöhung nach § 558 BGB zum ${ctx.ndate(r.mieteAb)}`,
    r.heizkosten === undefined ? 'Heizkosten zahlt der Mieter direkt an den Versorger.' : `Vorauszahlungen angepasst zum ${ctx.ndate(advAb)}`,
  ];
  let sy = btop + 8;
  for (const s of sideText) for (const l of d.wrap(s, d.right - side, { size: 7.2 })) {
    d.text(side, sy, l, { size: 7.2, color: GRAY });
    sy += 9;
  }
  d.move(16);
  d.para(`Kontostand am ${ctx.ndate(ctx.today)}: ${balance === 0 ? 'ausgeglichen' : balance > 0 ? `${ctx.money(balance)} Rückstand` : `${ctx.money(-balance)} Guthaben`}. Mietrückstände aus früheren Zeiträumen bestehen nicht.`, { size: 8.5 });

  // ---- page 2: notes, deposit, § 35a figures
  d.newPage();
  d.y = 60;
  section(ctx, 'Erläuterungen', { rule: true, size: 10 });
  for (const note of [
    'Die Spalte „Soll“ enthält alle in dem Monat fälligen Beträge aus dem Mietvertrag und gesonderten Verträgen (z. B. Stellplatz) sowie Forderungen oder Gutschriften aus Abrechnungen. Für Anträge auf Sozialleistungen ist die aktuelle Monatsmiete der Wohnung maßgeblich (Kasten auf Seite 1).',
    `Die Betriebs- und Heizkosten für ${statementYear} wurden am ${ctx.ndate(addDays(advAb, -rng.int(10, 40)))} abgerechnet (Abrechnungszeitraum 01.01.–31.12.${statementYear}). ${settlement > 0 ? `Nachzahlung ${ctx.money(settlement)}` : `Guthaben ${ctx.money(-settlement)}`}; die Vorauszahlungen wurden ab ${fmt.monthText(advAb.slice(0, 7), 'Monat yyyy')} angepasst.`,
    `Die Mietsicherheit (Kaution) von ${ctx.money(r.kaution)} wird auf einem insolvenzfesten Kautionskonto angelegt; Stand einschließlich Zinsen zum 31.12.${statementYear}: ${ctx.money(cents(r.kaution * rng.float(1.001, 1.03)))}.`,
  ]) d.para(note, { size: 8.5, after: 6 });
  section(ctx, `Haushaltsnahe Dienstleistungen und Handwerkerleistungen ${statementYear} (§ 35a EStG)`, { rule: true, size: 10 });
  d.para(`Anteil Ihrer Wohnung nach Wohnfläche (${ctx.area(r.area)} von ${fmt.decimal(cents(r.area * rng.float(8, 30)), 2)} m²):`, { size: 8.5 });
  const shareF = rng.float(0.02, 0.1);
  const items: [string, number][] = rng.sample([['Hausreinigung', 0], ['Gartenpflege', 0], ['Winterdienst', 0], ['Hauswart', 0], ['Wartung Rauchwarnmelder', 0], ['Wartung Heizung', 0]] as [string, number][], 4).map(([k]) => [k, cents(rng.float(900, 9000))]);
  const tx = [d.left, d.left + 220, d.left + 330, d.right];
  d.row([{ x: tx[0], text: 'Leistung', bold: true, size: 8.5 }, { x: tx[1], text: 'Haus gesamt', bold: true, size: 8.5 }, { x: tx[2], text: 'Art', bold: true, size: 8.5 }, { x: tx[3], text: 'Ihr Anteil', bold: true, size: 8.5, align: 'right' }], { size: 8.5 });
  d.hline(d.y, d.left, d.right, 0.5);
  for (const [k, v] of items) d.row([{ x: tx[0], text: k, size: 8.5 }, { x: tx[1], text: `${dm(v)} EUR`, size: 8.5 }, { x: tx[2], text: /Wartung/.test(k) ? 'Handwerker' : 'haushaltsnah', size: 8.5 }, { x: tx[3], text: `${dm(cents(v * shareF))} EUR`, size: 8.5, align: 'right' }], { size: 8.5 });
  d.move(10);
  d.para(`Diese Bescheinigung wurde maschinell erstellt und ist ohne Unterschrift gültig. Prüfcode: ${rng.pick(['MB', 'ME'])}-${rng.digits(4)}-${rng.digits(4)}`, { size: 8 });
  d.para(`Bei Fragen zu Ihrem Mietkonto erreichen Sie ${clerk.first.split(' ')[0]} ${clerk.last} unter ${office.phone}${office.email ? ` oder ${office.email}` : ''}.`, { size: 8 });
  footer(d, [[issuer, `${office.address.street} ${office.address.no}, ${office.address.plz} ${office.address.city}`, office.web ?? ''], [`${manager ? 'Treuhand-Mietkonto' : 'Mietkonto'}: ${bank.bank.name}`, `IBAN ${fake.groupIban(bank.iban)}`, `BIC ${bank.bank.bic}`], [`Vertrag ${vertrag}`, /GbR|e\.K\./.test(issuer) ? `Inhaber: ${fake.fullName(fake.person(rng, { titleChance: 0 }))}` : rng.pick(['Amtsgericht ' + city + ' HRB ' + rng.digits(5), 'Geschäftsführung: ' + fake.fullName(fake.person(rng, { titleChance: 0 }))])]], 'Seite x von y');
  ctx.meta = { title: 'Mietbescheinigung', creator: rng.pick(['Wodis Sigma', 'SAP RE-FX', 'GES', 'Immoware24', 'DOMUS 4000']) };
  truth(ctx, r);
}

export const mietbescheinigung: DocumentKind = {
  type: 'mietbescheinigung',
  layouts: [
    { id: 'stadt-formular', build: stadtFormular },
    { id: 'vermieter-brief', build: vermieterBrief },
    { id: 'wohnungsunternehmen-tabelle', build: wohnungsunternehmen },
    { id: 'landkreis-zweispaltig', holdout: true, build: landkreisZweispaltig },
    { id: 'blind-verwaltung-tabellenzeile', holdout: true, build: blindVerwaltungTabellenzeile },
    { id: 'blind2-genossenschaft-nutzungsentgelt', holdout: true, build: blind2GenossenschaftNutzungsentgelt },
    { id: 'blind3-sollmiete-mietkonto', holdout: true, build: blind3SollmieteMietkonto },
    { id: 'blind4-mieterportal-ausdruck', holdout: true, build: blind4MieterportalAusdruck },
    { id: 'blind5-email-ausdruck', holdout: true, build: blind5EmailAusdruck },
    { id: 'blind6-untermietbescheinigung', holdout: true, build: blind6Untermietbescheinigung },
    { id: 'blind7-studierendenwerk-wohnheim', holdout: true, build: blind7StudierendenwerkWohnheim },
    { id: 'blind8-jobcenter-kdu-formular', holdout: true, build: blind8JobcenterKduFormular },
    { id: 'blind9-vermieterauskunft-wohngeldstelle', holdout: true, build: blind9VermieterauskunftWohngeldstelle },
    { id: 'blind10-zweiteilig-mieter-vermieter', holdout: true, build: blind10ZweiteiligMieterVermieter },
    { id: 'blind11-kirchliche-grundstuecksverwaltung', holdout: true, build: blind11KirchlicheGrundstuecksverwaltung },
    { id: 'blind12-fax-vermieterbescheinigung', holdout: true, build: blind12FaxVermieterbescheinigung },
    { id: 'blind13-angehoerigen-vermietung', holdout: true, build: blind13AngehoerigenVermietung },
    { id: 'blind14-arbeitgeber-personalwohnung', holdout: true, build: blind14ArbeitgeberPersonalwohnung },
    { id: 'blind15-mietentwicklung-zwoelf-monate', holdout: true, build: blind15Mietentwicklung },
  ],
};
