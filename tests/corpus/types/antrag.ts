/** Wohngeldantrag (Mietzuschuss): the official multi-page form, an online-service printout, a one-page short form, a Land's two-column form and a district town's numbered-field form (holdout). */
import { addressWindow, box, closing, footer, GRAY, infoBlock, letterhead, LIGHT, recipientLines, returnLine, section, subject, table, type Cell } from '../blocks.js';
import type { Ctx } from '../context.js';
import { addDays, firstOfMonth, iso, lastOfMonth } from '../dates.js';
import { cents, COUNT_WORDS, decimal } from '../format.js';
import type { Color } from '../doc.js';
import * as fake from '../fake.js';
import type { DocumentKind } from '../layout.js';
import { household, type Member } from '../household.js';
import { rental, gesamt } from '../scenario.js';
import { ANTRAGSARTEN } from '../../../wohngeld/catalog.js';

type Antragsart = (typeof ANTRAGSARTEN)[number];

const ART_LABELS: Record<Antragsart, [readonly string[], readonly string[]]> = {
  erstantrag: [['Erstantrag', 'Ich beantrage erstmals Wohngeld (Erstantrag)', 'Erstmaliger Antrag'], ['Neuantrag', 'Antrag auf erstmalige Bewilligung']],
  weiterleistungsantrag: [['Weiterleistungsantrag', 'Weiterleistungsantrag (Anschluss an laufenden Bewilligungszeitraum)', 'Wiederholungsantrag'], ['Folgeantrag', 'Antrag auf Weiterbewilligung']],
  erhoehungsantrag: [['Erhöhungsantrag (§ 27 Abs. 1 WoGG)', 'Antrag auf Erhöhung des Wohngeldes', 'Erhöhungsantrag'], ['Änderungsantrag – Erhöhung nach § 27 WoGG', 'Antrag auf Neuberechnung wegen Erhöhung']],
};

interface Case {
  applicant: fake.Person;
  address: fake.Address;
  members: Member[];
  art: Antragsart;
  iban: string;
  bank: fake.Bank;
  phone: string;
  accountHolder?: fake.Person;
  rent: ReturnType<typeof rental>;
}

function draw(ctx: Ctx): Case {
  const applicant = fake.person(ctx.rng, { bornFrom: 1940, bornTo: 2005 });
  applicant.title = undefined;
  const address = fake.address(ctx.rng);
  const members = household(ctx.rng, applicant, ctx.today);
  const acc = fake.bankAccount(ctx.rng);
  const art = ctx.rng.weighted([['erstantrag', 5], ['weiterleistungsantrag', 4], ['erhoehungsantrag', 2]] as const);
  const rent = rental(ctx.rng, ctx.today);
  rent.flat = address;
  const partner = members.find((m) => /Ehe|Partner|Lebens/.test(m.relation));
  return { applicant, address, members, art, iban: acc.iban, bank: acc.bank, phone: ctx.rng.chance(0.5) ? fake.mobile(ctx.rng) : fake.phone(ctx.rng), accountHolder: partner && ctx.rng.chance(0.2) ? partner.person : undefined, rent };
}

function truth(ctx: Ctx, c: Case): void {
  ctx.set('antragsteller_name', fake.fullName(c.applicant));
  ctx.set('geburtsdatum', c.applicant.birth);
  ctx.set('anschrift', fake.addressLine(c.address));
  ctx.set('haushaltsmitglieder', c.members.length + 1);
  ctx.set('iban', c.iban);
  ctx.set('antragsart', c.art);
}

const artLabel = (ctx: Ctx, art: Antragsart) => ctx.pick(ART_LABELS[art][0], ART_LABELS[art][1]);
const authority = (ctx: Ctx, city: string) => ctx.rng.pick([`Stadt ${city} – Wohngeldstelle`, `Landratsamt – Wohngeldbehörde`, `Stadtverwaltung ${city}, Amt für Soziales und Wohnen`, `Bezirksamt – Wohngeldamt`]);

/** A: the official form over two or three pages, boxes, checkboxes and a household table */
function amtlichesFormular(ctx: Ctx): void {
  const c = draw(ctx);
  const d = ctx.start({ family: 'helvetica', size: 9, margins: { left: 50, right: 45, top: 45, bottom: 60 } });
  const W = d.contentWidth;
  d.text(d.left, 52, 'Antrag auf Mietzuschuss', { size: 15, bold: true });
  d.text(d.left, 66, 'nach dem Wohngeldgesetz (WoGG)', { size: 9 });
  d.text(d.left, 80, `an: ${authority(ctx, c.address.city)}`, { size: 8.5 });
  d.rect(d.right - 150, 40, 150, 50, { stroke: LIGHT });
  d.text(d.right - 146, 49, 'Eingangsstempel der Wohngeldbehörde', { size: 6.5, color: GRAY });
  d.text(d.left, 100, 'Wohngeldnummer (falls bekannt):', { size: 8 });
  d.text(d.left + 130, 100, c.art === 'erstantrag' ? '' : `${ctx.rng.digits(3)}/${ctx.rng.digits(6)}`, { size: 9 });
  d.y = 112;
  section(ctx, '1. Art des Antrags', { fill: LIGHT });
  for (const art of ANTRAGSARTEN) {
    const label = artLabel(ctx, art);
    d.checkbox(d.left, d.y + 9, art === c.art);
    d.text(d.left + 14, d.y + 9, label, { field: art === c.art ? 'antragsart' : undefined });
    d.move(14);
  }
  section(ctx, '2. Angaben zur antragstellenden Person', { fill: LIGHT });
  let y = d.y;
  const row = (cells: [number, string, Cell][]) => {
    let x = d.left;
    for (const [w, label, value] of cells) {
      box(ctx, x, y, W * w, 25, label, value);
      x += W * w;
    }
    y += 25;
  };
  const p = c.applicant;
  row([[0.4, 'Familienname', { text: p.last, field: 'antragsteller_name' }], [0.35, 'Vorname(n)', p.first], [0.25, 'Geburtsname', p.birthName ?? '']]);
  row([[0.25, 'Geburtsdatum', { text: ctx.ndate(p.birth), field: 'geburtsdatum' }], [0.3, 'Geburtsort', p.birthPlace], [0.2, 'Familienstand', c.members.some((m) => /Ehe/.test(m.relation)) ? 'verheiratet' : ctx.rng.pick(['ledig', 'geschieden', 'verwitwet'])], [0.25, 'Staatsangehörigkeit', ctx.rng.pick(['deutsch', 'deutsch', 'türkisch', 'polnisch', 'ukrainisch', 'syrisch'])]]);
  row([[0.6, 'Straße, Hausnummer', { text: `${c.address.street} ${c.address.no}`, field: 'anschrift' }], [0.4, 'PLZ, Wohnort', `${c.address.plz} ${c.address.city}`]]);
  row([[0.5, 'Telefon (freiwillig)', c.phone], [0.5, 'E-Mail (freiwillig)', ctx.rng.chance(0.5) ? `${p.first.toLowerCase().replace(/[^a-z]/g, '')}.${p.last.toLowerCase().replace(/[^a-z]/g, '')}@web.de` : '']]);
  d.y = y + 4;
  section(ctx, '3. Haushaltsmitglieder (einschließlich antragstellender Person)', { fill: LIGHT });
  d.para('Tragen Sie alle Personen ein, die mit Ihnen in der Wohnung leben und zum Haushalt gehören.', { size: 8 });
  const rows: Cell[][] = [[ '1', ctx.name(p, 'last-first'), ctx.ndate(p.birth), 'Antragsteller/in', ctx.rng.chance(0.7) ? 'ja' : 'nein']];
  c.members.forEach((m, i) => rows.push([String(i + 2), ctx.name(m.person, 'last-first'), ctx.ndate(m.person.birth), m.relation, m.income ? 'ja' : 'nein']));
  const empty = ctx.rng.int(0, 3);
  for (let i = 0; i < empty; i++) rows.push([String(rows.length + 1), '', '', '', '']);
  d.place('haushaltsmitglieder', String(c.members.length + 1));
  table(ctx, [
    { header: 'Nr.', x: d.left },
    { header: 'Familienname, Vorname', x: d.left + 25 },
    { header: 'Geburtsdatum', x: d.left + 200 },
    { header: 'Verwandtschaftsverhältnis', x: d.left + 275 },
    { header: 'eigenes Einkommen', x: d.left + 410 },
  ], rows, { grid: true, size: 8.5 });
  section(ctx, '4. Angaben zur Wohnung', { fill: LIGHT });
  d.para(`Wohnfläche: ${ctx.area(c.rent.area)}   Zahl der Räume: ${c.rent.rooms}   Miete monatlich insgesamt: ${ctx.money(gesamt(c.rent))} (Einzelheiten siehe Mietbescheinigung)`, { size: 8.5 });
  d.newPage();
  section(ctx, '5. Einkommen der Haushaltsmitglieder', { fill: LIGHT });
  const earners = [{ person: p, income: true }, ...c.members].filter((m) => m.income);
  for (const m of earners) d.para(`${ctx.name(m.person)}: ${ctx.rng.pick(['Erwerbseinkommen', 'Rente', 'Arbeitslosengeld', 'Elterngeld', 'Unterhalt'])}, monatlich brutto ca. ${ctx.money(ctx.rng.int(400, 2800))} – Nachweise liegen bei.`, { size: 8.5 });
  section(ctx, '6. Bankverbindung für die Auszahlung', { fill: LIGHT });
  y = d.y;
  row([[0.5, 'Kontoinhaber/in', ctx.name(c.accountHolder ?? p)], [0.5, 'Kreditinstitut', c.bank.name]]);
  row([[0.65, 'IBAN', { text: ctx.iban(c.iban), field: 'iban' }], [0.35, 'BIC', c.bank.bic]]);
  d.y = y + 8;
  section(ctx, '7. Erklärung', { fill: LIGHT });
  d.para('Ich versichere, dass ich die Angaben in diesem Antrag und den Anlagen nach bestem Wissen richtig und vollständig gemacht habe. Mir ist bekannt, dass ich verpflichtet bin, Änderungen der Verhältnisse unverzüglich mitzuteilen (§ 27 Abs. 3 und 4, § 28 WoGG). Unrichtige Angaben können strafrechtlich verfolgt oder als Ordnungswidrigkeit geahndet werden.', { size: 8.5 });
  d.move(26);
  d.text(d.left, d.y, `${c.address.city}, ${ctx.ndate(addDays(ctx.today, -1))}`, { size: 9 });
  d.hline(d.y + 4, d.left + 220, d.right, 0.5);
  d.text(d.left + 220, d.y + 13, 'Unterschrift der antragstellenden Person', { size: 7, color: GRAY });
  footer(d, [['Antrag auf Mietzuschuss – Vordruck WoGG 1'], ['Stand 01/2025']], 'Seite x von y');
  truth(ctx, c);
}

/** B: the printout of an online application: sections of "label: value" lines */
function onlineAusdruck(ctx: Ctx): void {
  const c = draw(ctx);
  const d = ctx.start({ family: 'helvetica', size: 9.5 });
  const portal = ctx.rng.pick(['Amt24', 'Wohngeld-Plus Online', 'Serviceportal Bürgerdienste', 'BayernPortal', 'Service-Konto']);
  d.text(d.left, 40, portal, { size: 8, color: GRAY });
  d.text(d.right, 40, `Vorgangsnummer ${ctx.rng.pick(['WG', 'OZG'])}-${ctx.rng.digits(8)}`, { size: 8, color: GRAY, align: 'right' });
  d.y = 70;
  d.write(ctx.pick(['Antrag auf Wohngeld (Mietzuschuss)', 'Wohngeldantrag – Mietzuschuss'], ['Zusammenfassung Ihres Antrags: Wohngeld']), { size: 14, bold: true });
  d.write(`Übermittelt am ${ctx.ndate(ctx.today)} um ${ctx.rng.int(7, 22)}:${String(ctx.rng.int(0, 59)).padStart(2, '0')} Uhr an ${authority(ctx, c.address.city)}`, { size: 8.5, color: GRAY });
  d.move(6);
  const kvl = (label: string, value: string, field?: string) => d.row([{ x: d.left, text: `${label}:`, color: GRAY }, { x: d.left + 180, text: value, field, width: d.right - d.left - 180 }]);
  section(ctx, 'Antrag', { rule: true });
  kvl(ctx.pick(['Antragsart', 'Art des Antrags'], ['Antragstyp']), artLabel(ctx, c.art), 'antragsart');
  kvl('Beantragt ab', ctx.date(addDays(ctx.today, 10)));
  section(ctx, 'Angaben zur antragstellenden Person', { rule: true });
  const p = c.applicant;
  const style = ctx.rng.int(0, 1);
  if (style === 0) {
    kvl('Name', ctx.name(p), 'antragsteller_name');
  } else {
    kvl('Nachname', p.last, 'antragsteller_name');
    kvl('Vorname', p.first);
  }
  kvl('Geburtsdatum', ctx.date(p.birth), 'geburtsdatum');
  kvl('Anschrift', fake.addressLine(c.address), 'anschrift');
  kvl('Telefon', c.phone);
  section(ctx, ctx.pick(['Haushalt', 'Personen im Haushalt'], ['Haushaltszusammensetzung']), { rule: true });
  const all = [{ person: p, relation: 'antragstellende Person', income: true }, ...c.members];
  all.forEach((m, i) => {
    d.ensure(50);
    d.write(`Person ${i + 1}`, { bold: true, size: 9 });
    kvl('Name', ctx.name(m.person));
    kvl('Geburtsdatum', ctx.date(m.person.birth));
    kvl('Beziehung zur antragstellenden Person', m.relation);
  });
  kvl('Anzahl Personen insgesamt', String(all.length), 'haushaltsmitglieder');
  section(ctx, 'Zahlungsweg', { rule: true });
  kvl('Kontoinhaber', ctx.name(c.accountHolder ?? p));
  kvl('IBAN', ctx.iban(c.iban), 'iban');
  kvl('Bank', `${c.bank.name} (${c.bank.bic})`);
  section(ctx, 'Wohnung', { rule: true });
  kvl('Wohnfläche', ctx.area(c.rent.area));
  kvl('Gesamtmiete laut Mietvertrag', ctx.money(gesamt(c.rent)));
  section(ctx, 'Hochgeladene Nachweise', { rule: true });
  for (const n of ctx.rng.sample(['Mietbescheinigung.pdf', 'Lohnabrechnung_Maerz.pdf', 'Kontoauszug.jpg', 'Meldebescheinigung.pdf', 'Rentenbescheid.pdf', 'Schulbescheinigung.pdf'], ctx.rng.int(1, 4))) d.write(`• ${n}`, { size: 8.5 });
  d.move(6);
  d.para('Sie haben bestätigt, dass Ihre Angaben vollständig und richtig sind. Dieses Dokument ist eine Zusammenfassung Ihrer Eingaben und ohne Unterschrift gültig.', { size: 8, color: GRAY });
  footer(d, [[portal, 'Ausdruck Ihres Antrags']], 'x/y');
  truth(ctx, c);
}

/** C: a one-page short form, household as a table, checkbox row for the kind of application */
function kurzformular(ctx: Ctx): void {
  const c = draw(ctx);
  const d = ctx.start({ family: ctx.rng.pick(['helvetica', 'times']), size: 9.5 });
  d.text(d.left, 50, `${ctx.rng.pick(['Stadt', 'Gemeinde', 'Hansestadt', 'Landeshauptstadt'])} ${c.address.city}`, { size: 11, bold: true });
  d.text(d.right, 50, ctx.rng.pick(['Wohngeldbehörde', 'Wohngeldstelle']), { size: 9, align: 'right' });
  d.y = 80;
  d.write('Wohngeldantrag', { size: 16, bold: true });
  d.write('(Mietzuschuss für Mieterinnen und Mieter)', { size: 9 });
  d.move(6);
  let x = d.left;
  for (const art of ANTRAGSARTEN) {
    const label = art === 'erstantrag' ? 'Erstantrag' : art === 'weiterleistungsantrag' ? ctx.pick(['Weiterleistungsantrag', 'Wiederholungsantrag'], ['Folgeantrag']) : ctx.pick(['Erhöhungsantrag'], ['Antrag auf Erhöhung']);
    d.checkbox(x, d.y + 9, art === c.art);
    const w = d.text(x + 13, d.y + 9, label, { field: art === c.art ? 'antragsart' : undefined });
    x += w + 40;
  }
  d.move(22);
  const p = c.applicant;
  const kvb = (label: string, value: Cell) => {
    const v = typeof value === 'string' ? { text: value } : value;
    d.row([{ x: d.left, text: label }, { x: d.left + 160, text: v.text, field: v.field }]);
    d.hline(d.y - 2, d.left + 155, d.right, 0.3, GRAY);
    d.move(3);
  };
  kvb(ctx.pick(['Name, Vorname', 'Antragsteller/in (Name, Vorname)'], ['Zuname, Vorname']), { text: ctx.name(p, 'last-first'), field: 'antragsteller_name' });
  kvb(ctx.pick(['Geburtsdatum', 'geboren am'], ['Geb.-Datum']), { text: ctx.ndate(p.birth), field: 'geburtsdatum' });
  kvb(ctx.pick(['Anschrift', 'Wohnanschrift'], ['Straße, Nr., PLZ, Ort']), { text: fake.addressLine(c.address), field: 'anschrift' });
  kvb('Telefon', c.phone);
  d.move(8);
  d.write(ctx.pick(['Zum Haushalt gehören folgende Personen (einschließlich Antragsteller/in):', 'Haushaltsmitglieder:'], ['Im Haushalt leben:']), { bold: true });
  const rows: Cell[][] = [[ctx.name(p), ctx.ndate(p.birth), 'Antragsteller/in']];
  for (const m of c.members) rows.push([ctx.name(m.person), ctx.ndate(m.person.birth), m.relation]);
  table(ctx, [{ header: 'Name', x: d.left }, { header: 'Geburtsdatum', x: d.left + 210 }, { header: 'Verhältnis zur antragstellenden Person', x: d.left + 300 }], rows, { grid: true, size: 9 });
  d.row([{ x: d.left, text: 'Anzahl der Haushaltsmitglieder:' }, { x: d.left + 160, text: String(rows.length), field: 'haushaltsmitglieder', bold: true }]);
  d.move(8);
  d.write('Bankverbindung', { bold: true });
  kvb('Kontoinhaber/in', ctx.name(c.accountHolder ?? p));
  kvb('IBAN', { text: ctx.iban(c.iban), field: 'iban' });
  kvb('Kreditinstitut', c.bank.name);
  d.move(10);
  d.para('Die beigefügten Nachweise (Mietbescheinigung, Einkommensnachweise aller Haushaltsmitglieder) sind Bestandteil dieses Antrags. Ich versichere die Richtigkeit meiner Angaben.', { size: 8.5 });
  d.move(22);
  d.hline(d.y, d.left, d.left + 170, 0.5);
  d.hline(d.y, d.left + 230, d.right, 0.5);
  d.text(d.left, d.y + 9, 'Ort, Datum', { size: 7.5, color: GRAY });
  d.text(d.left + 230, d.y + 9, 'Unterschrift', { size: 7.5, color: GRAY });
  truth(ctx, c);
}

/** D (holdout): a Land's form in two columns, the count printed, other wording throughout */
function landZweispaltig(ctx: Ctx): void {
  const c = draw(ctx);
  const d = ctx.start({ family: 'times', size: 10, margins: { left: 48, right: 48, top: 45, bottom: 60 } });
  d.rect(d.left, 40, d.contentWidth, 44, { fill: [0.9, 0.93, 0.97] });
  d.text(d.left + 8, 58, ctx.pick([], ['Wohngeld – Antrag für Mieterinnen und Mieter', 'Antrag auf Gewährung von Wohngeld (Mietzuschuss)']), { size: 14, bold: true });
  d.text(d.left + 8, 74, `Landesvordruck – ${ctx.rng.pick(['Freistaat Sachsen', 'Land Brandenburg', 'Freistaat Thüringen', 'Land Niedersachsen'])}`, { size: 8.5 });
  const mid = d.left + d.contentWidth / 2;
  const colW = d.contentWidth / 2 - 10;
  let yl = 104;
  let yr = 104;
  const leftField = (label: string, value: Cell) => {
    const v = typeof value === 'string' ? { text: value } : value;
    d.text(d.left, yl, label, { size: 7.5, color: GRAY });
    d.text(d.left, yl + 12, v.text, { size: 10.5, field: v.field });
    d.hline(yl + 15, d.left, d.left + colW, 0.3);
    yl += 27;
  };
  d.text(d.left, yl, 'A  Angaben zur Person des Antragstellers', { bold: true });
  yl += 16;
  const p = c.applicant;
  leftField('Familienname, Vorname', { text: ctx.name(p, 'last-first'), field: 'antragsteller_name' });
  leftField('Tag der Geburt', { text: ctx.date(p.birth), field: 'geburtsdatum' });
  leftField('Straße und Hausnummer', { text: `${c.address.street} ${c.address.no}`, field: 'anschrift' });
  leftField('Postleitzahl und Wohnort', `${c.address.plz} ${c.address.city}`);
  leftField('Telefon', c.phone);
  d.text(mid + 10, yr, 'B  Antrag', { bold: true });
  yr += 16;
  for (const art of ANTRAGSARTEN) {
    d.checkbox(mid + 10, yr, art === c.art);
    const lines = d.wrap(artLabel(ctx, art), colW - 20);
    lines.forEach((l, i) => d.text(mid + 24, yr + i * 11, l, { field: i === 0 && art === c.art ? 'antragsart' : undefined }));
    yr += 11 * lines.length + 6;
  }
  yr += 8;
  d.text(mid + 10, yr, 'C  Kontoverbindung für die Auszahlung', { bold: true });
  yr += 16;
  d.text(mid + 10, yr, 'IBAN', { size: 7.5, color: GRAY });
  d.text(mid + 10, yr + 12, ctx.iban(c.iban, true), { size: 10.5, field: 'iban' });
  d.hline(yr + 15, mid + 10, d.right, 0.3);
  yr += 27;
  d.text(mid + 10, yr, 'Geldinstitut', { size: 7.5, color: GRAY });
  d.text(mid + 10, yr + 12, c.bank.name, { size: 10.5 });
  yr += 27;
  d.y = Math.max(yl, yr) + 8;
  d.write('D  Zum Haushalt rechnende Personen', { bold: true });
  const all = [{ person: p, relation: 'Antragsteller', income: true }, ...c.members];
  d.row([{ x: d.left, text: 'Zahl der zum Haushalt rechnenden Personen (einschließlich Antragsteller):', width: 330 }, { x: d.left + 360, text: String(all.length), field: 'haushaltsmitglieder', bold: true }]);
  d.move(4);
  table(ctx, [{ header: 'lfd.', x: d.left }, { header: 'Vorname Name', x: d.left + 30 }, { header: 'geb. am', x: d.left + 220 }, { header: 'Stellung im Haushalt', x: d.left + 300 }],
    all.map((m, i) => [String(i + 1), ctx.name(m.person, 'first-last'), ctx.date(m.person.birth), m.relation]), { zebra: true, size: 9.5 });
  d.move(4);
  d.para('Mit meiner Unterschrift bestätige ich die Richtigkeit der Angaben. Mir ist bekannt, dass das Wohngeld zurückgefordert wird, wenn es aufgrund unrichtiger Angaben bewilligt wurde.', { size: 9 });
  d.move(18);
  d.text(d.left, d.y, `${c.address.city}, ${ctx.date(ctx.today)}`);
  d.hline(d.y + 4, d.left + 250, d.right, 0.5);
  footer(d, [['Wohngeldantrag Mietzuschuss'], ['Datenschutzhinweise: siehe Beiblatt']], '- x -');
  truth(ctx, c);
}

/**
 * E (holdout, blind): a district town's own form with numbered fields, label above the value;
 * the applicant is row 1 of the household list, the IBAN in boxes of four, the kind of application
 * as a ticked statement.
 */
function blindKreisstadtNummernfelder(ctx: Ctx): void {
  const c = draw(ctx);
  const p = c.applicant;
  const d = ctx.start({ family: 'helvetica', size: 9, margins: { left: 46, right: 42, top: 42, bottom: 58 } });
  const W = d.contentWidth;
  const town = `${ctx.rng.pick(['Große Kreisstadt', 'Stadt', 'Verbandsgemeinde', 'Samtgemeinde'])} ${c.address.city}`;
  d.text(d.left, 48, town, { size: 11, bold: true });
  d.text(d.left, 60, ctx.rng.pick(['Fachbereich 3 – Soziales, Wohnen und Ordnung', 'Sachgebiet Wohngeld / Lastenzuschuss', 'Abteilung Sozialleistungen – Wohngeld']), { size: 8 });
  d.text(d.left, 70, `Sprechzeiten Di 8–12 und 13–18 Uhr · Tel. ${fake.phone(ctx.rng)}`, { size: 7, color: GRAY });
  d.rect(d.right - 160, 38, 160, 42, { stroke: GRAY, lineWidth: 0.4 });
  d.text(d.right - 156, 46, 'Nur für behördliche Vermerke', { size: 6, color: GRAY });
  d.text(d.right - 156, 72, `Az.: ${fake.aktenzeichen(ctx.rng, 'WG')}`, { size: 7.5 });
  d.y = 96;
  d.write(ctx.rng.pick(['Antrag auf Wohngeld als Mietzuschuss', 'Mietzuschuss – Antrag nach dem Wohngeldgesetz']), { size: 14, bold: true });
  d.write('Bitte in Druckbuchstaben ausfüllen, Zutreffendes ankreuzen. Felder mit * sind Pflichtangaben.', { size: 7.5, color: GRAY });
  d.move(4);
  const band = (t: string) => {
    d.ensure(40);
    d.rect(d.left, d.y, W, 14, { fill: [0.2, 0.2, 0.2] });
    d.text(d.left + 4, d.y + 10, t, { size: 8.5, bold: true, color: [1, 1, 1] });
    d.y += 18;
  };
  // numbered field: number and label above, value below on a rule
  const nfield = (x: number, w: number, no: string, label: string, value: Cell) => {
    const v = typeof value === 'string' ? { text: value } : value;
    d.text(x, d.y + 7, `${no}`, { size: 6.5, bold: true });
    d.text(x + 13, d.y + 7, label, { size: 6.5, color: GRAY });
    d.text(x + 2, d.y + 20, v.text, { size: 9.5, field: v.field });
    d.hline(d.y + 23, x, x + w - 8, 0.4);
  };
  const nrow = (cells: [number, string, string, Cell][]) => {
    d.ensure(30);
    let x = d.left;
    for (const [w, no, label, value] of cells) {
      nfield(x, W * w, no, label, value);
      x += W * w;
    }
    d.y += 28;
  };
  band('A  Gegenstand des Antrags');
  const opts: [Antragsart, string][] = [
    ['erstantrag', ctx.rng.pick(['Ich beantrage Wohngeld zum ersten Mal bzw. nach einer Unterbrechung', 'Ich habe bisher kein Wohngeld erhalten (Antrag ohne laufenden Bezug)'])],
    ['weiterleistungsantrag', ctx.rng.pick(['Mein bisheriger Bewilligungszeitraum läuft ab; ich beantrage Wohngeld für die Folgezeit', 'Wohngeld im Anschluss an den auslaufenden Bewilligungszeitraum'])],
    ['erhoehungsantrag', ctx.rng.pick(['Während des laufenden Bewilligungszeitraums: höhere Miete, weniger Einkommen oder mehr Personen', 'Neuberechnung im laufenden Bezug wegen gestiegener Miete bzw. gesunkenen Einkommens'])],
  ];
  opts.forEach(([art, label], i) => {
    d.checkbox(d.left + 4, d.y + 9, art === c.art);
    d.text(d.left + 18, d.y + 9, `A${i + 1}`, { size: 7.5, bold: true });
    d.text(d.left + 36, d.y + 9, label, { size: 8.5, field: art === c.art ? 'antragsart' : undefined });
    d.move(14);
  });
  nrow([[0.5, 'A4', 'Wohngeld wird gewünscht ab (Monat/Jahr)', `${String(Number(ctx.today.slice(5, 7))).padStart(2, '0')}/${ctx.today.slice(0, 4)}`], [0.5, 'A5', 'bisherige Wohngeldnummer', c.art === 'erstantrag' ? '' : `${ctx.rng.digits(2)}-${ctx.rng.digits(5)}`]]);
  band('B  Wohnung, für die Mietzuschuss beantragt wird');
  nrow([[0.62, 'B1', 'Straße und Hausnummer *', { text: `${c.address.street} ${c.address.no}`, field: 'anschrift' }], [0.38, 'B2', 'PLZ und Ort *', `${c.address.plz} ${c.address.city}`]]);
  nrow([[0.25, 'B3', 'Geschoss / Lage', c.rent.floor], [0.25, 'B4', 'Zimmerzahl', String(c.rent.rooms)], [0.25, 'B5', 'm² (lt. Vertrag)', ctx.area(c.rent.area)], [0.25, 'B6', 'Miete mtl. lt. Anlage', ctx.money(gesamt(c.rent))]]);
  nrow([[0.5, 'B7', 'Telefon tagsüber (freiwillig)', c.phone], [0.5, 'B8', 'E-Mail (freiwillig)', ctx.rng.chance(0.4) ? `${p.last.toLowerCase().replace(/[^a-z]/g, '')}${ctx.rng.digits(2)}@gmx.de` : '']]);
  band('C  Alle Personen, die mit Ihnen zusammen wohnen und wirtschaften');
  d.para('Lfd. Nr. 1 ist immer die antragstellende Person. Kinder, die auswärts wohnen, bitte nicht eintragen.', { size: 7.5, color: GRAY });
  const all = [{ person: p, relation: 'antragstellende Person', income: true }, ...c.members];
  const cols = { nr: d.left, name: d.left + 26, birth: d.left + 205, rel: d.left + 275, job: d.left + 395 };
  d.rect(d.left, d.y, W, 14, { fill: LIGHT });
  d.row([
    { x: cols.nr + 2, text: 'C1', bold: true, size: 7 },
    { x: cols.name, text: 'Vorname, Nachname', bold: true, size: 7 },
    { x: cols.birth, text: 'geb. am', bold: true, size: 7 },
    { x: cols.rel, text: 'Beziehung zu Nr. 1', bold: true, size: 7 },
    { x: cols.job, text: 'Einkünfte aus', bold: true, size: 7 },
  ], { size: 7, minHeight: 14 });
  all.forEach((m, i) => {
    d.rect(d.left, d.y, W, 16, { stroke: GRAY, lineWidth: 0.3 });
    d.row([
      { x: cols.nr + 4, text: `${i + 1}` },
      { x: cols.name, text: ctx.name(m.person, 'first-last'), field: i === 0 ? 'antragsteller_name' : undefined },
      { x: cols.birth, text: ctx.ndate(m.person.birth), field: i === 0 ? 'geburtsdatum' : undefined },
      { x: cols.rel, text: i === 0 ? '–' : m.relation },
      { x: cols.job, text: m.income ? ctx.rng.pick(['Beschäftigung', 'Rente', 'ALG I', 'Minijob', 'Unterhalt']) : 'keine' },
    ], { size: 8.5, minHeight: 16 });
  });
  for (let i = 0; i < ctx.rng.int(1, 3); i++) {
    d.rect(d.left, d.y, W, 16, { stroke: GRAY, lineWidth: 0.3 });
    d.row([{ x: cols.nr + 4, text: `${all.length + i + 1}` }], { size: 8.5, minHeight: 16 });
  }
  d.move(4);
  d.row([{ x: d.left, text: 'C2  Gesamtzahl der oben eingetragenen Personen:', size: 8.5 }, { x: d.left + 230, text: String(all.length), field: 'haushaltsmitglieder', bold: true, size: 10 }], { size: 8.5 });
  d.rect(d.left + 224, d.y - 14, 24, 15, { stroke: [0, 0, 0], lineWidth: 0.5 });
  d.move(6);
  band('D  Auszahlung');
  nrow([[0.55, 'D1', 'Name der kontoführenden Person', ctx.name(c.accountHolder ?? p, 'first-last')], [0.45, 'D2', 'Geldinstitut', c.bank.name]]);
  d.ensure(34);
  d.text(d.left, d.y + 7, 'D3', { size: 6.5, bold: true });
  d.text(d.left + 13, d.y + 7, 'IBAN *', { size: 6.5, color: GRAY });
  const groups = fake.groupIban(c.iban).split(' ');
  groups.forEach((g, i) => {
    const x = d.left + i * 48;
    d.rect(x, d.y + 10, 46, 16, { stroke: [0, 0, 0], lineWidth: 0.5 });
    d.text(x + 4, d.y + 22, g, { size: 10, font: 'courier' });
  });
  d.place('iban', fake.groupIban(c.iban));
  d.text(d.left + groups.length * 48 + 10, d.y + 7, 'BIC', { size: 6.5, color: GRAY });
  d.text(d.left + groups.length * 48 + 10, d.y + 22, c.bank.bic, { size: 9.5, font: 'courier' });
  d.y += 34;
  band('E  Unterschrift');
  d.para('Ich versichere, dass alle Angaben vollständig sind und der Wahrheit entsprechen. Änderungen, insbesondere Auszug oder Zuzug von Personen und Einkommensänderungen, teile ich der Wohngeldbehörde unverzüglich mit. Die Hinweise zum Datenschutz habe ich erhalten.', { size: 8 });
  d.move(22);
  d.ensure(30);
  d.hline(d.y, d.left, d.left + 180, 0.5);
  d.hline(d.y, d.left + 230, d.right, 0.5);
  d.text(d.left, d.y - 3, `${c.address.city}, ${ctx.ndate(addDays(ctx.today, -ctx.rng.int(0, 4)))}`, { size: 9 });
  d.text(d.left, d.y + 9, 'Ort, Datum', { size: 7, color: GRAY });
  d.text(d.left + 230, d.y + 9, 'Unterschrift antragstellende Person', { size: 7, color: GRAY });
  footer(d, [[town, 'Vordruck WG-01 (Mietzuschuss)'], [`Stand ${ctx.rng.pick(['01/2025', '07/2024', '10/2024'])}`]], ctx.rng.pick(['Seite x von y', 'x/y'] as const));
  truth(ctx, c);
}

/**
 * F (holdout, blind 2): the record of an application taken down at the counter (Niederschrift):
 * the applicant's particulars and the kind of application inside the opening sentences, the
 * household as a table with surname and given names in separate columns, the count in a sentence,
 * the account in a sentence, closing with "vorgelesen, genehmigt, unterschrieben".
 */
function blind2Niederschrift(ctx: Ctx): void {
  const c = draw(ctx);
  const p = c.applicant;
  const d = ctx.start({ family: ctx.rng.pick(['times', 'helvetica']), size: 10, margins: { left: 62, right: 52, top: 50, bottom: 62 } });
  const city = c.address.city;
  const amt = ctx.rng.pick([`Stadtverwaltung ${city}`, `Bürgermeisteramt ${city}`, `Stadt ${city}`, `Magistrat der Stadt ${city}`]);
  const stelle = ctx.rng.pick(['Wohngeld- und Bürgerservice', 'Sachgebiet Wohnungswesen / Wohngeld', 'Amt für Wohnen und Grundsicherung']);
  d.text(d.left, 50, amt, { size: 11.5, bold: true });
  d.text(d.left, 63, stelle, { size: 9 });
  d.text(d.right, 50, `Vorgang ${ctx.rng.int(2024, 2025)}/${ctx.rng.digits(5)}`, { size: 8.5, align: 'right' });
  d.text(d.right, 62, `Zimmer ${ctx.rng.int(1, 3)}.${ctx.rng.digits(2)} · Tel. ${fake.phone(ctx.rng)}`, { size: 8.5, align: 'right', color: GRAY });
  d.hline(72, d.left, d.right, 0.4);
  d.y = 96;
  d.write('Niederschrift', { size: 15, bold: true, align: 'center' });
  d.write('über die mündliche Antragstellung auf Wohngeld (Mietzuschuss)', { size: 10, align: 'center' });
  d.move(10);
  const taken = addDays(ctx.today, -ctx.rng.int(0, 3));
  const hour = `${ctx.rng.int(8, 15)}.${ctx.rng.pick(['00', '15', '30', '45'])}`;
  const clerk = fake.person(ctx.rng);
  const herr = p.gender === 'f' ? 'Frau' : 'Herr';
  const namePrinted = ctx.rng.chance(0.5) ? `${p.first} ${p.last}` : `${p.last}, ${p.first}`;
  const artText: Record<Antragsart, string> = {
    erstantrag: ctx.rng.pick(['erstmals Wohngeld als Mietzuschuss', 'die erstmalige Bewilligung von Mietzuschuss']),
    weiterleistungsantrag: ctx.rng.pick(['die Weiterbewilligung des Mietzuschusses', 'Mietzuschuss für den anschließenden Zeitraum']),
    erhoehungsantrag: ctx.rng.pick(['die Erhöhung des laufenden Wohngeldes', 'eine Neuberechnung zugunsten (Erhöhung) des Wohngeldes']),
  };
  const wgNr = `${ctx.rng.digits(2)} ${ctx.rng.digits(4)} ${ctx.rng.digits(2)}`;
  d.para(`${city}, den ${ctx.date(taken)}, ${hour} Uhr`);
  d.para(`Vor der/dem Unterzeichnenden erscheint ${herr} ${ctx.v('antragsteller_name', namePrinted)}, geboren am ${ctx.v('geburtsdatum', ctx.date(p.birth))} in ${p.birthPlace}, wohnhaft ${ctx.v('anschrift', fake.addressLine(c.address))}, ausgewiesen durch ${ctx.rng.pick(['Personalausweis', 'Reisepass', 'Aufenthaltstitel'])} Nr. ${ctx.rng.pick(['L', 'C', 'T'])}${ctx.rng.digits(8)}.`);
  const why =
    c.art === 'erstantrag'
      ? `Bisher wurde für den Haushalt kein Wohngeld bezogen.`
      : c.art === 'weiterleistungsantrag'
        ? `Der laufende Bewilligungszeitraum (Wohngeldnummer ${wgNr}) endet am ${ctx.date(lastOfMonth(addDays(ctx.today, ctx.rng.int(20, 70))))}.`
        : `Für den Haushalt wird bereits Wohngeld bezogen (Wohngeldnummer ${wgNr}); seit dem ${ctx.date(firstOfMonth(addDays(ctx.today, -ctx.rng.int(10, 60))))} ist ${ctx.rng.pick(['die Miete gestiegen', 'das Einkommen gesunken', 'ein Kind hinzugekommen'])}.`;
  d.para(`Die erschienene Person erklärt: Ich beantrage ${ctx.v('antragsart', artText[c.art])}. ${why}`);
  const all = [{ person: p, relation: 'Antragsteller/in', income: true }, ...c.members];
  d.para(all.length === 1 ? 'Ich lebe allein in der Wohnung; weitere Personen gehören nicht zum Haushalt:' : 'Mit mir leben in der Wohnung und gehören zum Haushalt (lfd. Nr. 1: ich selbst):');
  const cols = { nr: d.left, last: d.left + 22, first: d.left + 130, born: d.left + 240, rel: d.left + 312, inc: d.left + 410 };
  d.hline(d.y, d.left, d.right, 0.6);
  d.row([
    { x: cols.nr, text: 'lfd.', bold: true, size: 8.5 },
    { x: cols.last, text: 'Familienname', bold: true, size: 8.5 },
    { x: cols.first, text: 'Vorname(n)', bold: true, size: 8.5 },
    { x: cols.born, text: 'geb. am', bold: true, size: 8.5 },
    { x: cols.rel, text: 'Verhältnis', bold: true, size: 8.5 },
    { x: cols.inc, text: 'Einnahmen', bold: true, size: 8.5 },
  ], { size: 8.5, minHeight: 14 });
  d.hline(d.y, d.left, d.right, 0.4);
  all.forEach((m, i) =>
    d.row([
      { x: cols.nr + 4, text: String(i + 1) },
      { x: cols.last, text: m.person.last, width: 104 },
      { x: cols.first, text: m.person.first, width: 106 },
      { x: cols.born, text: ctx.ndate(m.person.birth) },
      { x: cols.rel, text: i === 0 ? 'selbst' : m.relation, width: 94 },
      { x: cols.inc, text: m.income ? ctx.rng.pick(['Lohn', 'Rente', 'Arbeitslosengeld', 'Unterhalt', 'Minijob']) : '–' },
    ], { size: 9, minHeight: 14 }),
  );
  d.hline(d.y, d.left, d.right, 0.6);
  d.move(6);
  const count = all.length;
  const countText = count === 1 || ctx.rng.chance(0.5) ? String(count) : `${count} (${COUNT_WORDS[count]})`;
  d.para(`Der Haushalt umfasst damit insgesamt ${ctx.v('haushaltsmitglieder', countText)} ${count === 1 ? 'Person' : 'Personen'} einschließlich der antragstellenden Person.`);
  d.para(`Die Wohnung (${c.rent.floor}, ${c.rent.rooms} Zimmer, ${ctx.area(c.rent.area)}) ist gemietet; die monatliche Miete beträgt nach Angabe ${ctx.money(gesamt(c.rent))} einschließlich Vorauszahlungen. Eine Mietbescheinigung ${ctx.rng.pick(['liegt vor', 'wird nachgereicht'])}.`);
  const holder = c.accountHolder ?? p;
  d.para(`Das Wohngeld soll auf das Konto von ${ctx.name(holder, 'first-last')} bei der ${c.bank.name}, IBAN ${ctx.v('iban', ctx.iban(c.iban))}, BIC ${c.bank.bic}, überwiesen werden.`);
  d.para(`Folgende Unterlagen wurden vorgelegt bzw. sind bis zum ${ctx.date(addDays(taken, 14))} nachzureichen: ${ctx.rng.sample(['Mietvertrag', 'Mietbescheinigung', 'Einkommensnachweise der letzten zwölf Monate', 'Kontoauszüge', 'Rentenbescheid', 'Schulbescheinigung', 'Meldebescheinigung'], 3).join(', ')}.`);
  d.para('Ich versichere, dass meine Angaben vollständig und richtig sind. Über meine Mitwirkungs- und Mitteilungspflichten nach § 60 SGB I und § 27 WoGG wurde ich belehrt. Ein Merkblatt zum Datenschutz habe ich erhalten.', { size: 9 });
  d.move(4);
  d.write('v. g. u.', { italic: true });
  d.move(22);
  d.ensure(40);
  d.hline(d.y, d.left, d.left + 190, 0.5);
  d.hline(d.y, d.left + 250, d.right, 0.5);
  d.text(d.left, d.y + 10, 'Unterschrift der antragstellenden Person', { size: 7.5, color: GRAY });
  d.text(d.left + 250, d.y + 10, `aufgenommen: ${clerk.first.charAt(0)}. ${clerk.last}, Sachbearbeitung`, { size: 7.5, color: GRAY });
  footer(d, [[amt, stelle], ['Niederschrift Wohngeld · Vordruck N 1']], ctx.rng.pick(['Seite x von y', '- x -'] as const));
  truth(ctx, c);
}

/**
 * G (holdout, blind 3): a town's electronic form (eForm) filled in on screen and printed for the
 * signature: the typed values in Courier inside ruled cells with grey label cells at their left,
 * the kind of application as a question with three boxes, the flat with the landlord's name and
 * address, on page 2 the household as a matrix with one column per person (rows: surname, given
 * names, birth date, relation, income), the count in a box, the payee question and the account;
 * a machine-readable code in the footer of every page.
 */
const mailPart = (s: string) => s.toLowerCase().replace(/ä/g, 'ae').replace(/ö/g, 'oe').replace(/ü/g, 'ue').replace(/ß/g, 'ss').replace(/[^a-z]/g, '');

function blind3PersonenspaltenEformular(ctx: Ctx): void {
  const c = draw(ctx);
  const p = c.applicant;
  const d = ctx.start({ family: 'helvetica', size: 8.5, margins: { left: 42, right: 40, top: 46, bottom: 72 } });
  const W = d.contentWidth;
  const city = c.address.city;
  const VALUE = { font: 'courier' as const, size: 9 };
  const FILL: readonly [number, number, number] = [0.9, 0.9, 0.9];
  const amt = ctx.rng.pick([`Stadt ${city}`, `${city} – Bürgerservice`, `Stadtverwaltung ${city}`]);
  const unit = ctx.rng.pick(['Wohngeldbehörde', 'Fachdienst Wohngeld', 'Team Wohngeld und Lastenzuschuss', 'Wohngeldstelle im Sozialamt']);
  const formNo = `WG-A ${ctx.rng.pick(['01', '1', '100'])} eForm`;
  const version = `Version ${ctx.rng.int(2, 5)}.${ctx.rng.int(0, 9)}`;
  d.text(d.left, 48, amt, { size: 11, bold: true });
  d.text(d.left, 60, unit, { size: 8.5 });
  d.text(d.left, 70, `${formNo} · ${version}`, { size: 6.5, color: GRAY });
  const bx = d.right - 176;
  d.rect(bx, 36, 176, 52, { stroke: GRAY, lineWidth: 0.5 });
  d.text(bx + 4, 44, 'Von der Behörde auszufüllen', { size: 6.5, color: GRAY });
  d.text(bx + 4, 60, 'Eingang am:', { size: 7, color: GRAY });
  d.text(bx + 4, 76, 'Wohngeld-Nr.:', { size: 7, color: GRAY });
  const wgNr = `${ctx.rng.digits(3)}/${ctx.rng.digits(5)}`;
  if (c.art !== 'erstantrag' && ctx.rng.chance(0.6)) d.text(bx + 60, 76, wgNr, { size: 8.5, font: 'courier' });
  d.y = 104;
  d.write('Antrag auf Wohngeld', { size: 15, bold: true });
  d.write(ctx.rng.pick(['– Mietzuschuss für Mieterinnen und Mieter von Wohnraum –', 'Mietzuschuss nach dem Wohngeldgesetz (WoGG)']), { size: 9 });
  d.write('Ausgefüllt am Bildschirm. Bitte ausdrucken, auf Seite 2 unterschreiben und mit den Nachweisen einreichen.', { size: 7, color: GRAY });
  d.move(4);

  const band = (no: string, title: string) => {
    d.ensure(60);
    d.move(6);
    d.rect(d.left, d.y, 15, 13, { fill: [0.15, 0.15, 0.15] });
    d.text(d.left + 7.5, d.y + 9.8, no, { size: 8.5, bold: true, align: 'center', color: [1, 1, 1] });
    d.text(d.left + 21, d.y + 10, title, { size: 9.5, bold: true });
    d.y += 15;
    d.hline(d.y, d.left, d.right, 0.8);
    d.move(3);
  };
  // a row of label/value pairs: grey label cell, white value cell, all ruled
  const grid = (cells: [number, string, Cell][], labelWidth = 78) => {
    const h = 20;
    d.ensure(h + 2);
    let x = d.left;
    const top = d.y;
    for (const [w, label, value] of cells) {
      const cw = W * w;
      const lw = Math.min(labelWidth, cw * 0.5);
      d.rect(x, top, lw, h, { fill: FILL, stroke: GRAY, lineWidth: 0.4 });
      d.rect(x + lw, top, cw - lw, h, { stroke: GRAY, lineWidth: 0.4 });
      const lines = d.wrap(label, lw - 5, { size: 6.8 });
      lines.slice(0, 2).forEach((l, i) => d.text(x + 3, top + (lines.length > 1 ? 8 + i * 8 : 12), l, { size: 6.8 }));
      const v = typeof value === 'string' ? { text: value } : value;
      // like a PDF form field with automatic font size: shrink to fit, wrap only as a last resort
      const room = cw - lw - 8;
      const size = Math.min(VALUE.size, (VALUE.size * room) / Math.max(1, d.measure(v.text, VALUE)));
      if (v.text && size >= 6.5) d.text(x + lw + 4, top + 13.5, v.text, { ...VALUE, size, field: v.field });
      else if (v.text) {
        if (v.field) d.place(v.field, v.text);
        d.wrap(v.text, room, { font: 'courier', size: 6.8 }).slice(0, 2).forEach((l, i) => d.text(x + lw + 4, top + 8.5 + i * 8, l, { font: 'courier', size: 6.8 }));
      }
      x += cw;
    }
    d.y = top + h;
  };

  band('1', 'Art des Antrags');
  d.para('Welche Art von Antrag stellen Sie? (bitte nur ein Kästchen ankreuzen)', { size: 8 });
  const arts: [Antragsart, string][] = [
    ['erstantrag', ctx.pick(['Ich beantrage zum ersten Mal Wohngeld.', 'Erstmalige Antragstellung'], ['Ich habe bisher kein Wohngeld bezogen (erstmalige Antragstellung).'])],
    ['weiterleistungsantrag', ctx.pick(['Mein Bewilligungszeitraum endet; ich beantrage Wohngeld für den folgenden Zeitraum.'], ['Anschlussantrag – Wohngeld wird bereits bezogen', 'Antrag auf Weitergewährung nach Ablauf des Bewilligungszeitraums'])],
    ['erhoehungsantrag', ctx.pick(['Ich beantrage eine Erhöhung des Wohngeldes im laufenden Bewilligungszeitraum (§ 27 Abs. 1 WoGG).'], ['Mehrbetrag wegen Änderung der Verhältnisse im laufenden Bezug (§ 27 Abs. 1 WoGG)'])],
  ];
  for (const [art, label] of arts) {
    d.ensure(14);
    d.checkbox(d.left + 4, d.y + 9, art === c.art);
    d.text(d.left + 20, d.y + 9, label, { size: 8.5, field: art === c.art ? 'antragsart' : undefined });
    d.move(14);
  }
  if (c.art !== 'erstantrag') {
    d.move(2);
    const last = addDays(ctx.today, -ctx.rng.int(120, 330));
    grid([[0.5, 'bisherige Wohngeld-Nr.', wgNr], [0.5, 'letzter Bescheid vom', ctx.ndate(last)]], 90);
  }

  band('2', 'Angaben zur antragstellenden Person');
  const nameOrder = ctx.rng.chance(0.6) ? 'last-first' : 'first-last';
  grid([[0.62, nameOrder === 'last-first' ? 'Name, Vorname(n)' : 'Vorname(n), Name', { text: ctx.name(p, nameOrder), field: 'antragsteller_name' }], [0.38, 'Geburtsname', p.birthName ?? '']]);
  grid([[0.5, ctx.pick(['Geburtsdatum'], ['Tag der Geburt']), { text: ctx.ndate(p.birth), field: 'geburtsdatum' }], [0.5, 'Geburtsort', p.birthPlace]]);
  const married = c.members.some((m) => /Ehe/.test(m.relation));
  grid([[0.5, 'Familienstand', married ? 'verheiratet' : ctx.rng.pick(['ledig', 'geschieden', 'verwitwet', 'getrennt lebend'])], [0.5, 'Staatsangehörigkeit', ctx.rng.pick(['deutsch', 'deutsch', 'deutsch', 'türkisch', 'polnisch', 'ukrainisch', 'rumänisch'])]]);
  if (ctx.rng.chance(0.5)) {
    grid([[1, 'Anschrift (Straße, Hausnr., PLZ, Ort)', { text: fake.addressLine(c.address), field: 'anschrift' }]], 92);
  } else {
    grid([[0.6, 'Straße, Hausnummer', { text: `${c.address.street} ${c.address.no}`, field: 'anschrift' }], [0.4, 'PLZ, Ort', `${c.address.plz} ${c.address.city}`]]);
  }
  grid([[0.5, 'Telefon (freiwillig)', c.phone], [0.5, 'E-Mail (freiwillig)', ctx.rng.chance(0.55) ? `${mailPart(p.first.split(' ')[0])}.${mailPart(p.last)}@${ctx.rng.pick(['web.de', 'gmx.de', 't-online.de', 'posteo.de'])}` : '']]);
  if (ctx.rng.chance(0.25)) {
    const post = fake.address(ctx.rng, { city });
    grid([[1, 'abweichende Postanschrift (nur falls vorhanden)', `c/o ${fake.fullName(fake.person(ctx.rng))}, ${fake.addressLine(post)}`]], 92);
  }

  band('3', 'Angaben zur Wohnung');
  const r = c.rent;
  grid([[0.34, 'Einzug in die Wohnung am', ctx.ndate(r.einzug)], [0.33, 'Wohnfläche', ctx.area(r.area)], [0.33, 'Zahl der Wohnräume', String(r.rooms)]], 62);
  grid([[0.5, 'Gesamtmiete monatlich (lt. Mietbescheinigung)', ctx.money(gesamt(r))], [0.5, 'Lage (Geschoss)', r.floor]], 96);
  const la = r.landlord.address;
  grid([[1, 'Vermieter/in (Name, Anschrift)', `${r.landlord.name}, ${la.street} ${la.no}, ${la.plz} ${la.city}`]], 92);
  d.move(4);
  d.para('Bitte fügen Sie die Mietbescheinigung (Vordruck WG-A 02) und den Mietvertrag bei.', { size: 7.5, color: GRAY });

  // page 2: the household, one column per person
  d.newPage();
  d.text(d.left, 40, `${formNo} – Antragsteller/in: ${ctx.name(p, 'last-first')}`, { size: 7, color: GRAY });
  band('4', 'Haushaltsmitglieder (Person 1 ist immer die antragstellende Person)');
  d.para('Tragen Sie alle Personen ein, die mit Ihnen zusammen wohnen und gemeinsam wirtschaften, auch Kinder. Reicht der Platz nicht aus, werden weitere Spalten angefügt.', { size: 7.5 });
  const all = [{ person: p, relation: '', income: true }, ...c.members];
  const perBlock = 4;
  const blocks = Math.max(1, Math.ceil(all.length / perBlock));
  const labelW = 108;
  const colW = (W - labelW) / perBlock;
  const rowsDef: [string, (m: Member | (typeof all)[number], i: number) => string, number][] = [
    ['Familienname', (m) => m.person.last, 20],
    ['Vorname(n)', (m) => m.person.first, 20],
    ['Geburtsdatum', (m) => ctx.ndate(m.person.birth), 16],
    ['Verhältnis zu Person 1', (m, i) => (i === 0 ? 'antragst. Person' : m.relation), 20],
    ['eigene Einnahmen (Art)', (m) => (!m.income ? 'keine' : Number(m.person.birth.slice(0, 4)) < Number(ctx.today.slice(0, 4)) - 63 ? 'Rente' : ctx.rng.pick(['Lohn/Gehalt', 'ALG I', 'Minijob', 'Unterhalt', 'Elterngeld', 'Krankengeld'])), 16],
    ['Schüler/in, Azubi, Studium', (m) => (Number(m.person.birth.slice(0, 4)) > Number(ctx.today.slice(0, 4)) - 19 && Number(m.person.birth.slice(0, 4)) < Number(ctx.today.slice(0, 4)) - 5 ? 'ja' : 'nein'), 16],
  ];
  for (let b = 0; b < blocks; b++) {
    const members = all.slice(b * perBlock, b * perBlock + perBlock);
    d.ensure(150);
    const top = d.y;
    // header row: person numbers
    d.rect(d.left, top, W, 15, { fill: FILL, stroke: GRAY, lineWidth: 0.4 });
    d.text(d.left + 3, top + 10.5, b === 0 ? 'lfd. Nr.' : 'lfd. Nr. (Fortsetzung)', { size: 7, bold: true });
    for (let k = 0; k < perBlock; k++) d.text(d.left + labelW + k * colW + 4, top + 10.5, `Person ${b * perBlock + k + 1}`, { size: 7.5, bold: true });
    let y = top + 15;
    for (const [label, value, h] of rowsDef) {
      d.rect(d.left, y, labelW, h, { fill: FILL, stroke: GRAY, lineWidth: 0.4 });
      d.text(d.left + 3, y + h / 2 + 2.5, label, { size: 6.8 });
      for (let k = 0; k < perBlock; k++) {
        const x = d.left + labelW + k * colW;
        d.rect(x, y, colW, h, { stroke: GRAY, lineWidth: 0.4 });
        const m = members[k];
        if (!m) continue;
        const text = value(m, b * perBlock + k);
        const lines = d.wrap(text, colW - 6, { font: 'courier', size: 8 });
        if (lines.length === 1) d.text(x + 3, y + h / 2 + 3, text, { font: 'courier', size: 8 });
        else lines.slice(0, 2).forEach((l, j) => d.text(x + 3, y + 8 + j * 8.5, l, { font: 'courier', size: 7.5 }));
      }
      y += h;
    }
    d.y = y + 8;
  }
  const count = all.length;
  d.ensure(40);
  const cy = d.y;
  d.text(d.left, cy + 12, ctx.pick(['Zahl der Haushaltsmitglieder insgesamt (einschließlich Person 1):'], ['Im Haushalt leben insgesamt (Personen, Sie eingeschlossen):']), { size: 8.5, bold: true });
  const cx = d.left + 300;
  d.rect(cx, cy + 1, 34, 16, { stroke: [0, 0, 0], lineWidth: 0.8 });
  d.text(cx + 17, cy + 13, String(count), { size: 10, font: 'courier-bold', align: 'center', field: 'haushaltsmitglieder' });
  const kids = c.members.filter((m) => /Kind|Sohn|Tochter/.test(m.relation)).length;
  d.text(cx + 50, cy + 12, `davon Kinder: ${kids}`, { size: 8, color: GRAY });
  d.y = cy + 24;

  band('5', 'Auszahlung des Wohngeldes');
  const toLandlord = ctx.rng.chance(0.15);
  d.para('Das Wohngeld soll überwiesen werden an', { size: 8 });
  d.checkbox(d.left + 4, d.y + 9, !toLandlord);
  d.text(d.left + 20, d.y + 9, 'mich (Konto siehe unten)', { size: 8.5 });
  d.checkbox(d.left + 190, d.y + 9, toLandlord);
  d.text(d.left + 206, d.y + 9, 'die Vermieterin / den Vermieter (§ 26 Abs. 1 WoGG) – nur mit Einverständnis', { size: 8.5 });
  d.move(18);
  const holder = toLandlord ? p : (c.accountHolder ?? p);
  grid([[0.6, 'Kontoinhaber/in', ctx.name(holder, 'first-last')], [0.4, 'BIC', c.bank.bic]], 70);
  grid([[0.6, 'IBAN', { text: ctx.iban(c.iban), field: 'iban' }], [0.4, 'Kreditinstitut', c.bank.name]], 70);
  if (toLandlord) d.para('Die Bankverbindung der Vermieterin / des Vermieters ergibt sich aus der beigefügten Mietbescheinigung. Das oben genannte Konto wird für Nachzahlungen verwendet.', { size: 7.5, color: GRAY });

  band('6', 'Erklärung und Unterschrift');
  const checks = [
    'Ich versichere, dass meine Angaben vollständig und richtig sind.',
    'Mir ist bekannt, dass ich Änderungen (z. B. Auszug oder Zuzug von Personen, Einkommen, Miete) unverzüglich mitteilen muss.',
    'Die Hinweise zum Datenschutz (Art. 13 DSGVO) habe ich zur Kenntnis genommen.',
  ];
  for (const t of checks) {
    d.ensure(14);
    d.checkbox(d.left + 4, d.y + 9, true);
    d.text(d.left + 20, d.y + 9, t, { size: 8 });
    d.move(13);
  }
  d.move(26);
  d.ensure(40);
  const signed = addDays(ctx.today, -ctx.rng.int(0, 5));
  d.text(d.left, d.y - 4, `${city}, ${ctx.ndate(signed)}`, { size: 9, font: 'courier' });
  d.hline(d.y, d.left, d.left + 200, 0.5);
  d.hline(d.y, d.left + 250, d.right, 0.5);
  d.text(d.left, d.y + 9, 'Ort, Datum', { size: 7, color: GRAY });
  d.text(d.left + 250, d.y + 9, 'Unterschrift der antragstellenden Person', { size: 7, color: GRAY });
  d.move(20);

  // a matrix code at the foot of every page, as eForm printouts carry for the scanning line
  const code = Array.from({ length: 14 * 14 }, () => ctx.rng.chance(0.5));
  const checksum = `${ctx.rng.digits(4)}-${ctx.rng.digits(4)}`;
  d.onEveryPage((doc, page, pages) => {
    const top = doc.height - 58;
    doc.hline(top - 6, doc.left, doc.right, 0.3, GRAY);
    doc.text(doc.left, top + 4, `${formNo} · ${version} · ${amt}`, { size: 6.5, color: GRAY });
    doc.text(doc.left, top + 13, `Ausdruck vom ${ctx.ndate(signed)} · Prüfsumme ${checksum}`, { size: 6.5, color: GRAY });
    doc.text(doc.right - 48, top + 30, `Seite ${page} von ${pages}`, { size: 7.5, align: 'right', color: GRAY });
    const cell = 2.4;
    const x0 = doc.right - 14 * cell;
    code.forEach((on, i) => {
      if (on || i % 14 === 0 || Math.floor(i / 14) === 13) doc.rect(x0 + (i % 14) * cell, top - 2 + Math.floor(i / 14) * cell, cell, cell, { fill: [0, 0, 0] });
    });
  });
  truth(ctx, c);
}

/**
 * H (holdout, blind 4): the authority's pre-filled form for people who already receive Wohngeld,
 * sent with a cover letter (the current award, its end, the amount): on the form the data on file
 * in a "gespeichert" column with a column for changes, the kind of application as two boxes
 * (continuation after the period or an increase within it, with reasons), the household on file
 * with "lives here still" boxes and a typed row for a newcomer, the count typed by the applicant
 * beside the count on file, the account on file and sometimes a new one typed below it.
 */
function blind4VorausgefuellterFolgeantrag(ctx: Ctx): void {
  const rng = ctx.rng;
  const c = draw(ctx);
  const p = c.applicant;
  c.art = rng.chance(0.65) ? 'weiterleistungsantrag' : 'erhoehungsantrag';
  const city = c.address.city;
  const TYPED = { font: 'courier' as const, size: 9.5 };
  // someone who joined the household since the last notice: a newborn, typed in by the applicant
  const young = Number(p.birth.slice(0, 4)) >= Number(ctx.today.slice(0, 4)) - 45;
  const reason = c.art === 'erhoehungsantrag' ? rng.pick(young ? (['miete', 'einkommen', 'person'] as const) : (['miete', 'einkommen'] as const)) : undefined;
  const addNewborn = reason === 'person' || (c.art === 'weiterleistungsantrag' && young && rng.chance(0.3));
  let newcomer: { person: fake.Person; since: string } | undefined;
  if (addNewborn) {
    const baby = fake.person(rng, { last: p.last, bornFrom: 2000, bornTo: 2000 });
    baby.title = undefined;
    baby.birthName = undefined;
    baby.birth = addDays(ctx.today, -rng.int(20, 200));
    newcomer = { person: baby, since: baby.birth };
    c.members.push({ person: baby, relation: 'Kind', income: false });
  }
  const onFile = c.members.length + 1 - (newcomer ? 1 : 0);
  // the account on file; sometimes the applicant has a new one
  const newAccount = rng.chance(0.3);
  const stored = newAccount ? fake.bankAccount(rng) : { iban: c.iban, bank: c.bank };

  const wgNr = `${rng.int(10, 99)}.${rng.digits(3)}.${rng.digits(4)}`;
  const endOld = lastOfMonth(addDays(ctx.today, rng.int(20, 75)));
  const startOld = firstOfMonth(addDays(endOld, -rng.pick([364, 364, 545, 729])));
  const wohngeldBisher = rng.int(60, 420);
  const mieteBisher = cents(gesamt(c.rent) - (reason === 'miete' ? rng.float(25, 90) : 0));
  const clerk = fake.person(rng);
  const amt = rng.pick([`Stadt ${city}`, `Landeshauptstadt ${city}`, `Stadtverwaltung ${city}`, `Kreisverwaltung ${rng.pick(['Nordkreis', 'Südkreis', 'Rhein-Land', 'Elbe-Heide'])}`]);
  const stelle = rng.pick(['Wohngeldbehörde', 'Sozialamt – Abteilung Wohngeld', 'Amt für Wohnen – Sachgebiet Wohngeld', 'Fachdienst Soziales, Wohngeldstelle']);
  const amtAddr = fake.sameCityAddress(rng, fake.address(rng, { city }));

  const d = ctx.start({ family: rng.pick(['helvetica', 'times']), size: 9.5, margins: { left: 60, right: 50, top: 50, bottom: 66 } });
  const W = d.contentWidth;

  // ---- page 1: cover letter
  d.text(d.left, 50, amt, { size: 13, bold: true });
  d.text(d.left, 63, stelle, { size: 9.5 });
  d.text(d.right, 50, `${amtAddr.street} ${amtAddr.no}`, { size: 8, align: 'right', color: GRAY });
  d.text(d.right, 60, `${amtAddr.plz} ${amtAddr.city}`, { size: 8, align: 'right', color: GRAY });
  returnLine(d, `${amt} · ${stelle} · ${amtAddr.plz} ${amtAddr.city}`);
  addressWindow(d, recipientLines(ctx, p, c.address));
  infoBlock(d, [
    ['Wohngeld-Nr.', wgNr],
    ['Bearbeitung', `${clerk.gender === 'f' ? 'Frau' : 'Herr'} ${clerk.last}`],
    ['Zimmer', `${rng.int(1, 4)}.${rng.digits(2)}`],
    ['Telefon', fake.phone(rng)],
    ['Datum', ctx.ndate(ctx.today)],
  ], { x: 370, labelWidth: 70 });
  const subjectLine = c.art === 'weiterleistungsantrag'
    ? `Ihr Wohngeld endet am ${ctx.date(endOld)} – Antrag auf Weiterleistung`
    : 'Neuberechnung Ihres Wohngeldes – Ihr vorausgefüllter Antrag';
  subject(d, [subjectLine]);
  d.para(p.gender === 'f' ? `Sehr geehrte Frau ${p.last},` : `Sehr geehrter Herr ${p.last},`);
  if (c.art === 'weiterleistungsantrag') {
    d.para(`mit Bescheid vom ${ctx.date(addDays(startOld, -rng.int(10, 40)))} erhalten Sie Wohngeld in Höhe von ${ctx.money(wohngeldBisher)} monatlich für die Zeit vom ${ctx.date(startOld)} bis ${ctx.date(endOld)}. Wohngeld wird nicht automatisch weitergezahlt.`);
    d.para(`Wenn Sie auch danach Wohngeld erhalten möchten, senden Sie uns den beiliegenden Antrag bitte ausgefüllt und unterschrieben bis zum ${ctx.date(addDays(endOld, -rng.int(10, 20)))} zurück. Geht der Antrag erst später ein, kann Wohngeld frühestens ab dem Monat des Eingangs gezahlt werden.`);
  } else {
    d.para(`Sie haben uns am ${ctx.date(addDays(ctx.today, -rng.int(3, 14)))} mitgeteilt, dass sich Ihre Verhältnisse geändert haben. Zurzeit erhalten Sie Wohngeld in Höhe von ${ctx.money(wohngeldBisher)} monatlich bis zum ${ctx.date(endOld)}.`);
    d.para('Ob sich Ihr Wohngeld dadurch erhöht, prüfen wir, sobald Sie uns den beiliegenden Antrag ausgefüllt und unterschrieben zurückgesandt haben. Eine Erhöhung ist frühestens ab dem Monat möglich, in dem die Änderung eingetreten ist.');
  }
  d.para('Damit Sie weniger schreiben müssen, haben wir die bei uns gespeicherten Angaben bereits eingetragen. Bitte prüfen Sie jede Angabe: Ist sie richtig, kreuzen Sie „stimmt“ an, andernfalls tragen Sie die neue Angabe in die rechte Spalte ein.');
  d.para('Bitte fügen Sie Nachweise über das Einkommen aller Haushaltsmitglieder der letzten zwölf Monate bei, bei einer Mieterhöhung auch das Schreiben Ihrer Vermieterin oder Ihres Vermieters.');
  closing(ctx, { signer: `${clerk.first.split(' ')[0]} ${clerk.last}`, auftrag: rng.chance(0.5) });
  d.move(6);
  d.write('Anlagen: vorausgefüllter Antrag, Freiumschlag', { size: 8.5, color: GRAY });

  // ---- the form
  d.newPage();
  const formNo = rng.pick(['WG 5', 'WoG-F 2', '43.2', 'W 12a']);
  d.onEveryPage((doc, page) => {
    if (page === 1) return;
    doc.text(doc.left, 34, `${formNo} · Wohngeld-Nr. ${wgNr}`, { size: 7, color: GRAY });
    doc.text(doc.right, 34, `${ctx.name(p, 'last-first')}`, { size: 7, align: 'right', color: GRAY });
  });
  d.write(ctx.pick([], ['Antrag auf Wohngeld für Wohngeldbeziehende', 'Wohngeld – Antrag während des Bezugs']), { size: 14, bold: true });
  d.write('Mietzuschuss · Weiterleistung oder Erhöhung · mit den bei der Wohngeldbehörde gespeicherten Angaben', { size: 8.5 });
  d.move(4);
  const band = (no: string, title: string) => {
    d.ensure(60);
    d.move(5);
    d.hline(d.y, d.left, d.right, 1.2);
    d.text(d.left, d.y + 12, no, { size: 10, bold: true });
    d.text(d.left + 20, d.y + 12, title, { size: 10, bold: true });
    d.y += 18;
  };

  band('1', 'Ich beantrage');
  const weiter = c.art === 'weiterleistungsantrag';
  d.checkbox(d.left + 2, d.y + 9, weiter);
  d.text(d.left + 16, d.y + 9, rng.pick(['Weiterleistung im Anschluss an den laufenden Bewilligungszeitraum', 'Wohngeld für die Zeit nach dem Ende des laufenden Bewilligungszeitraums']), { field: weiter ? 'antragsart' : undefined });
  d.move(13);
  d.text(d.left + 16, d.y + 8, `(gespeichert: Bewilligungszeitraum ${ctx.ndate(startOld)} bis ${ctx.ndate(endOld)})`, { size: 7.5, color: GRAY });
  d.move(14);
  d.checkbox(d.left + 2, d.y + 9, !weiter);
  d.text(d.left + 16, d.y + 9, rng.pick(['eine Erhöhung des Wohngeldes im laufenden Bewilligungszeitraum (§ 27 Abs. 1 WoGG)', 'höheres Wohngeld schon vor Ablauf des Bewilligungszeitraums (§ 27 Abs. 1 WoGG)']), { field: !weiter ? 'antragsart' : undefined });
  d.move(14);
  const reasons: [typeof reason, string][] = [['miete', 'die Miete ist gestiegen'], ['einkommen', 'das Einkommen ist gesunken'], ['person', 'eine Person ist hinzugekommen']];
  let rx = d.left + 42;
  d.text(d.left + 16, d.y + 9, 'weil', { size: 8.5 });
  for (const [key, label] of reasons) {
    d.checkbox(rx, d.y + 9, key === reason, 8);
    rx += 12 + d.text(rx + 12, d.y + 9, label, { size: 8.5 }) + 16;
  }
  d.move(13);
  d.text(d.left + 16, d.y + 9, 'seit (Monat/Jahr):', { size: 8.5 });
  if (!weiter) d.text(d.left + 100, d.y + 9, `${ctx.today.slice(5, 7)}/${ctx.today.slice(0, 4)}`, TYPED);
  d.hline(d.y + 11, d.left + 96, d.left + 170, 0.4);
  d.move(16);

  // data on file with a column for changes
  const col = { label: d.left, stored: d.left + 118, ok: d.left + 300, change: d.left + 330 };
  const tableHead = () => {
    d.rect(d.left, d.y, W, 14, { fill: LIGHT });
    d.row([
      { x: col.label + 3, text: 'Angabe', bold: true, size: 7.5 },
      { x: col.stored, text: 'bei uns gespeichert', bold: true, size: 7.5 },
      { x: col.ok - 4, text: 'stimmt', bold: true, size: 7.5 },
      { x: col.change, text: 'neue Angabe (nur bei Änderung)', bold: true, size: 7.5 },
    ], { size: 7.5, minHeight: 14 });
  };
  const dataRow = (label: string, stored: Cell, change: Cell = '') => {
    const s = typeof stored === 'string' ? { text: stored } : stored;
    const ch = typeof change === 'string' ? { text: change } : change;
    const lines = d.wrap(s.text, col.ok - col.stored - 8, { size: 9 });
    const h = Math.max(18, lines.length * 11 + 7);
    d.ensure(h);
    const top = d.y;
    d.rect(d.left, top, W, h, { stroke: GRAY, lineWidth: 0.3 });
    d.line(col.stored - 4, top, col.stored - 4, top + h, 0.3, GRAY);
    d.line(col.ok - 6, top, col.ok - 6, top + h, 0.3, GRAY);
    d.line(col.change - 4, top, col.change - 4, top + h, 0.3, GRAY);
    d.text(col.label + 3, top + 12, label, { size: 8 });
    if (lines.length === 1) d.text(col.stored, top + 12, s.text, { size: 9, field: s.field });
    else {
      // a long address breaks after the street: its first part is what is printed on one line
      if (s.field) d.place(s.field, s.field === 'anschrift' ? lines[0].replace(/,$/, '') : s.text);
      lines.forEach((l, i) => d.text(col.stored, top + 12 + i * 11, l, { size: 9 }));
    }
    d.checkbox(col.ok + 4, top + 12.5, !ch.text, 8);
    if (ch.text) d.text(col.change, top + 12.5, ch.text, { ...TYPED, size: 8.5, field: ch.field });
    d.y = top + h;
  };

  band('2', 'Antragstellende Person');
  tableHead();
  dataRow('Name, Vorname', { text: ctx.name(p, 'last-first'), field: 'antragsteller_name' });
  dataRow('Geburtsdatum', { text: ctx.ndate(p.birth), field: 'geburtsdatum' });
  const fullAddress = fake.addressLine(c.address);
  const fits = d.measure(fullAddress, { size: 9 }) <= col.ok - col.stored - 8;
  dataRow('Anschrift der Wohnung', { text: fits ? fullAddress : `${c.address.street} ${c.address.no},\n${c.address.plz} ${c.address.city}`, field: 'anschrift' });
  const newPhone = rng.chance(0.4);
  dataRow('Telefon', newPhone ? fake.phone(rng) : c.phone, newPhone ? c.phone : '');
  dataRow('Familienstand', c.members.some((m) => /Ehe/.test(m.relation)) ? 'verheiratet' : rng.pick(['ledig', 'geschieden', 'verwitwet']));

  band('3', 'Personen in Ihrem Haushalt');
  d.para('Gespeichert sind die folgenden Personen. Ist eine Person ausgezogen, kreuzen Sie „nein“ an und geben Sie das Datum an.', { size: 8 });
  const hc = { nr: d.left + 3, name: d.left + 22, birth: d.left + 185, rel: d.left + 250, yes: d.left + 358, no: d.left + 392, since: d.left + 432 };
  d.rect(d.left, d.y, W, 24, { fill: LIGHT });
  d.row([
    { x: hc.nr, text: 'Nr.', bold: true, size: 7.5 },
    { x: hc.name, text: 'Name, Vorname', bold: true, size: 7.5 },
    { x: hc.birth, text: 'geboren am', bold: true, size: 7.5 },
    { x: hc.rel, text: 'Verhältnis zu Ihnen', bold: true, size: 7.5 },
    { x: hc.yes - 4, text: 'wohnt noch bei Ihnen', bold: true, size: 7.5, width: 70 },
    { x: hc.since, text: 'ausgezogen am', bold: true, size: 7.5, width: 48 },
  ], { size: 7.5, minHeight: 24 });
  const listed = [{ person: p, relation: 'antragstellende Person', income: true }, ...c.members.filter((m) => m.person !== newcomer?.person)];
  listed.forEach((m, i) => {
    d.rect(d.left, d.y, W, 17, { stroke: GRAY, lineWidth: 0.3 });
    const top = d.y;
    d.row([
      { x: hc.nr, text: `${i + 1}` },
      { x: hc.name, text: ctx.name(m.person, 'last-first') },
      { x: hc.birth, text: ctx.ndate(m.person.birth) },
      { x: hc.rel, text: m.relation, width: 104 },
    ], { size: 8.5, minHeight: 17 });
    if (i > 0) {
      d.checkbox(hc.yes, top + 12, true, 8);
      d.text(hc.yes + 10, top + 12, 'ja', { size: 7.5 });
      d.checkbox(hc.no, top + 12, false, 8);
      d.text(hc.no + 10, top + 12, 'nein', { size: 7.5 });
    }
  });
  d.move(6);
  d.text(d.left, d.y + 9, 'Neu hinzugekommen (Name, Vorname · geboren am · Verhältnis · seit):', { size: 8, bold: true });
  d.move(13);
  for (let k = 0; k < 2; k++) {
    const top = d.y;
    d.rect(d.left, top, W, 17, { stroke: GRAY, lineWidth: 0.3 });
    if (k === 0 && newcomer) {
      const b = newcomer.person;
      d.text(hc.nr, top + 12, `${listed.length + 1}`, { size: 8.5 });
      d.text(hc.name, top + 12, `${b.last}, ${b.first}`, { ...TYPED, size: 8.5 });
      d.text(hc.birth, top + 12, ctx.ndate(b.birth), { ...TYPED, size: 8.5 });
      d.text(hc.rel, top + 12, b.gender === 'f' ? 'Tochter' : 'Sohn', { ...TYPED, size: 8.5 });
      d.text(hc.since, top + 12, 'Geburt', { ...TYPED, size: 8.5 });
    }
    d.y = top + 17;
  }
  d.move(8);
  d.ensure(30);
  const total = c.members.length + 1;
  const cy = d.y;
  d.text(d.left, cy + 11, ctx.pick([], ['Zahl der Personen in Ihrem Haushalt jetzt (Sie selbst mitgezählt):', 'Ihr Haushalt umfasst heute insgesamt (mit Ihnen) Personen:']), { size: 8.5, bold: true, });
  const bx = d.left + 330;
  d.rect(bx, cy, 30, 16, { stroke: [0, 0, 0], lineWidth: 0.7 });
  d.text(bx + 15, cy + 12, String(total), { ...TYPED, size: 10, align: 'center', field: 'haushaltsmitglieder' });
  d.text(bx + 44, cy + 11, `(gespeichert: ${onFile})`, { size: 8, color: GRAY });
  d.y = cy + 24;

  d.newPage();
  band('4', 'Miete und Einkommen');
  d.para(`Bisher berücksichtigte Miete (Gesamtmiete lt. letzter Mietbescheinigung): ${ctx.money(mieteBisher)} monatlich.`, { size: 8.5 });
  const rentChanged = reason === 'miete';
  d.checkbox(d.left + 2, d.y + 9, !rentChanged, 8);
  d.text(d.left + 14, d.y + 9, 'unverändert', { size: 8.5 });
  d.checkbox(d.left + 90, d.y + 9, rentChanged, 8);
  d.text(d.left + 102, d.y + 9, 'geändert ab', { size: 8.5 });
  if (rentChanged) {
    d.text(d.left + 160, d.y + 9, ctx.ndate(c.rent.mieteAb), { ...TYPED, size: 8.5 });
    d.text(d.left + 250, d.y + 9, 'neue Gesamtmiete:', { size: 8.5 });
    d.text(d.left + 335, d.y + 9, ctx.money(gesamt(c.rent)), { ...TYPED, size: 8.5 });
  }
  d.move(16);
  d.para('Einkommen: Bitte geben Sie für jede Person mit Einkommen an, ob sich ihre Einnahmen gegenüber dem letzten Antrag geändert haben, und fügen Sie Nachweise bei.', { size: 8.5 });
  const earners = listed.filter((m) => m.income);
  for (const m of earners) {
    d.ensure(14);
    const changed = reason === 'einkommen' && m.person === p;
    d.text(d.left + 14, d.y + 9, ctx.name(m.person, 'first-last'), { size: 8.5 });
    d.checkbox(d.left + 190, d.y + 9, !changed, 8);
    d.text(d.left + 202, d.y + 9, 'unverändert', { size: 8 });
    d.checkbox(d.left + 260, d.y + 9, changed, 8);
    d.text(d.left + 272, d.y + 9, 'geändert, Nachweis liegt bei', { size: 8 });
    d.move(13);
  }

  band('5', 'Konto für die Auszahlung');
  tableHead();
  dataRow('Kontoinhaber/in', ctx.name(c.accountHolder ?? p, 'last-first'));
  if (newAccount) {
    dataRow('IBAN', ctx.iban(stored.iban), { text: ctx.iban(c.iban), field: 'iban' });
    dataRow('Kreditinstitut', stored.bank.name, c.bank.name);
  } else {
    dataRow('IBAN', { text: ctx.iban(c.iban), field: 'iban' });
    dataRow('Kreditinstitut', c.bank.name);
  }

  band('6', 'Beigefügte Nachweise');
  const proofs = ['Einkommensnachweise (z. B. Lohnabrechnungen, Rentenbescheid, Bescheid über Arbeitslosengeld)', 'Mietbescheinigung oder Schreiben über die Mieterhöhung', 'Nachweise über Unterhaltszahlungen', 'Geburtsurkunde bzw. Meldebescheinigung neuer Haushaltsmitglieder', 'Schul- oder Studienbescheinigung für Kinder ab 16 Jahren'];
  proofs.forEach((t, i) => {
    d.ensure(14);
    const teen = c.members.some((m) => /Kind|Sohn|Tochter/.test(m.relation) && m.person.birth <= addDays(ctx.today, -16 * 365));
    const ticked = i === 0 || (i === 1 && reason === 'miete') || (i === 3 && !!newcomer) || (i === 4 && teen);
    d.checkbox(d.left + 2, d.y + 9, ticked, 8);
    d.text(d.left + 14, d.y + 9, t, { size: 8.5 });
    d.move(13);
  });
  band('7', 'Versicherung und Unterschrift');
  d.para('Ich versichere, dass die gespeicherten Angaben, soweit ich sie nicht geändert habe, weiterhin zutreffen und dass meine Änderungen vollständig und richtig sind. Mir ist bekannt, dass ich Änderungen während des Bewilligungszeitraums unverzüglich mitteilen muss (§ 27 Abs. 3 und 4, § 28 WoGG).', { size: 8.5 });
  d.move(24);
  d.ensure(34);
  d.text(d.left, d.y - 3, `${city}, ${ctx.ndate(addDays(ctx.today, rng.int(2, 9)))}`, TYPED);
  d.hline(d.y, d.left, d.left + 190, 0.5);
  d.hline(d.y, d.left + 240, d.right, 0.5);
  d.text(d.left, d.y + 9, 'Ort, Datum', { size: 7, color: GRAY });
  d.text(d.left + 240, d.y + 9, 'Unterschrift der antragstellenden Person', { size: 7, color: GRAY });
  footer(d, [[`${amt} · ${stelle}`, `${amtAddr.street} ${amtAddr.no}, ${amtAddr.plz} ${amtAddr.city}`], [`Vordruck ${formNo} – vorausgefüllt`, `erstellt am ${ctx.ndate(ctx.today)}`]], rng.pick(['Seite x von y', 'x/y'] as const));
  truth(ctx, c);
}

/**
 * blind5 (holdout): an application made by letter by a professional legal guardian (Betreuer/in)
 * for the person under guardianship: the guardian's office as letterhead with its own business
 * account in the footer, the court's file number and appointment date, the person's name and birth
 * date in the subject, the kind of application, flat, household size and account in sentences
 * (the account kept by the guardian in the person's name), earlier award figures where it is not a
 * first application, and a household annex as a table on page 2
 */
function blind5BetreuerAntrag(ctx: Ctx): void {
  const rng = ctx.rng;
  const c = draw(ctx);
  const p = c.applicant;
  // people under guardianship are adults; a partner or child may live with them
  if (Number(p.birth.slice(0, 4)) > 2002) p.birth = `${rng.int(1996, 2002)}${p.birth.slice(4)}`;
  const g = fake.person(rng, { bornFrom: 1960, bornTo: 1992, titleChance: 0.08 });
  const gAddr = fake.sameCityAddress(rng, c.address);
  const office = rng.pick([`Berufsbetreuung ${g.last}`, `Betreuungsbüro ${g.last}`, `Rechtliche Betreuungen ${g.first.split(' ')[0]} ${g.last}`]);
  const gBank = fake.bankAccount(rng);
  const gPhone = fake.phone(rng);
  const court = `Amtsgerichts ${c.address.city} (Betreuungsgericht)`;
  const az = `${rng.pick(['XVII', '51 XVII', '17 XVII', '3 XVII'])} ${rng.int(100, 2999)}/${rng.int(14, 24)}`;
  const appointed = addDays(ctx.today, -rng.int(90, 2500));
  const herrFrau = p.gender === 'f' ? 'Frau' : 'Herr';
  const herrnFrau = p.gender === 'f' ? 'Frau' : 'Herrn';
  const sheG = g.gender === 'f';
  const wgNr = `${rng.digits(3)}.${rng.digits(4)}/${rng.digits(2)}`;
  const count = c.members.length + 1;
  const lastAward = cents(rng.float(60, 420));
  const periodEnd = lastOfMonth(addDays(ctx.today, rng.int(10, 70)));
  const since = c.rent.einzug;

  const d = ctx.start({ family: rng.pick(['helvetica', 'times']), size: 10, margins: { left: 70, right: 56, top: 50, bottom: 80 } });
  d.text(d.right, 52, office, { size: 13, bold: true, align: 'right' });
  d.text(d.right, 66, `${g.title ? g.title + ' ' : ''}${g.first} ${g.last} · ${rng.pick(['Berufsbetreuer' + (sheG ? 'in' : ''), 'Diplom-Sozialpädagog' + (sheG ? 'in' : 'e') + ' (FH)', 'Rechtsanwält' + (sheG ? 'in' : '') + ' und Berufsbetreuer' + (sheG ? 'in' : '')])}`, { size: 8.5, align: 'right', color: GRAY });
  d.text(d.right, 77, `${gAddr.street} ${gAddr.no} · ${gAddr.plz} ${gAddr.city} · Tel. ${gPhone}`, { size: 8, align: 'right', color: GRAY });
  returnLine(d, `${office} · ${gAddr.street} ${gAddr.no} · ${gAddr.plz} ${gAddr.city}`);
  const auth = fake.organisation(rng, authority(ctx, c.address.city), c.address.city);
  addressWindow(d, [auth.name, ...(/Wohngeld/.test(auth.name) ? [] : ['Wohngeldstelle']), `${auth.address.street} ${auth.address.no}`, `${auth.address.plz} ${auth.address.city}`]);
  infoBlock(d, [
    ['Ihr Zeichen', c.art === 'erstantrag' ? '–' : wgNr],
    ['Mein Zeichen', `${g.last.slice(0, 2).toUpperCase()}-${rng.digits(3)}`],
    ['Gericht', `AG ${c.address.city}`],
    ['Aktenzeichen', az],
    ['Datum', ctx.date(ctx.today)],
  ], { x: 350, labelWidth: 70 });
  const nameP = ctx.name(p, rng.chance(0.5) ? 'first-last' : 'last-first');
  subject(d, [
    ctx.pick([], ['Antrag auf Wohngeld (Mietzuschuss) nach dem WoGG', 'Wohngeldantrag – Mietzuschuss', 'Formloser Antrag auf Wohngeld']),
    `Betreute${p.gender === 'f' ? '' : 'r'}: ${ctx.v('antragsteller_name', nameP)}, geb. ${ctx.v('geburtsdatum', ctx.ndate(p.birth))}`,
  ], 272);
  d.write('Sehr geehrte Damen und Herren,');
  d.move(4);
  d.para(`mit Beschluss des ${court} vom ${ctx.date(appointed)} (Az. ${az}) bin ich ${sheG ? 'zur Betreuerin' : 'zum Betreuer'} von ${herrnFrau} ${p.last} bestellt. Mein Aufgabenkreis umfasst die Vermögenssorge, die Vertretung gegenüber Behörden und Sozialleistungsträgern sowie die Wohnungsangelegenheiten. Eine Kopie des Betreuerausweises liegt bei.`);
  // only the words that name the kind of application are the printed value
  const v = (s: string) => ctx.v('antragsart', s);
  const ART: Record<Antragsart, (() => string)[]> = {
    erstantrag: [() => `die ${v('erstmalige Bewilligung von Wohngeld')} (Mietzuschuss)`, () => `${v('erstmals Wohngeld')} in Form eines Mietzuschusses`],
    weiterleistungsantrag: [() => `die ${v('Weiterbewilligung des Wohngeldes')} im Anschluss an den laufenden Bewilligungszeitraum`, () => `Wohngeld für die Zeit nach Ablauf des bisherigen Bewilligungszeitraums (${v('Weiterleistung')})`],
    erhoehungsantrag: [() => `die ${v('Erhöhung des Wohngeldes')} nach § 27 Abs. 1 WoGG`, () => `die Neuberechnung des Wohngeldes mit dem Ziel einer ${v('Erhöhung (§ 27 Abs. 1 WoGG)')}`],
  };
  d.para(`Namens und in Vollmacht ${p.gender === 'f' ? 'meiner Betreuten' : 'meines Betreuten'} beantrage ich hiermit ${rng.pick(ART[c.art])()}.`);
  if (c.art === 'weiterleistungsantrag') d.para(`Mit Bescheid vom ${ctx.date(addDays(periodEnd, -rng.int(300, 360)))} (Wohngeldnummer ${wgNr}) wurden monatlich ${ctx.money(lastAward)} bewilligt; der Bewilligungszeitraum endet am ${ctx.date(periodEnd)}. Die Verhältnisse haben sich seitdem nicht wesentlich geändert.`);
  if (c.art === 'erhoehungsantrag') d.para(`Derzeit erhält ${herrFrau} ${p.last} Wohngeld von monatlich ${ctx.money(lastAward)} (Wohngeldnummer ${wgNr}, Bewilligungszeitraum bis ${ctx.date(periodEnd)}). ${rng.pick([`Die Miete ist zum ${ctx.date(firstOfMonth(addDays(ctx.today, -rng.int(5, 40))))} auf ${ctx.money(gesamt(c.rent))} gestiegen.`, `Das Renteneinkommen ist durch den Wegfall einer Betriebsrente um mehr als 15 Prozent gesunken.`, `Seit ${ctx.date(firstOfMonth(addDays(ctx.today, -rng.int(5, 40))))} gehört eine weitere Person zum Haushalt.`])} Ich bitte daher um Neuberechnung ab dem Monat der Änderung.`);
  d.para(`${herrFrau} ${p.last} wohnt seit ${ctx.date(since)} zur Miete in der Wohnung ${ctx.v('anschrift', fake.addressLine(c.address))}. Die Gesamtmiete beträgt derzeit ${ctx.money(gesamt(c.rent))} monatlich; die Mietbescheinigung des Vermieters reiche ich nach.`);
  d.para(count === 1
    ? `${herrFrau} ${p.last} lebt allein. Zum Haushalt gehört damit ${ctx.v('haushaltsmitglieder', '1')} Person.`
    : `Zum Haushalt gehören ${herrFrau === 'Frau' ? 'außer ihr' : 'außer ihm'} ${c.members.length === 1 ? 'eine weitere Person' : `${COUNT_WORDS[c.members.length] ?? c.members.length} weitere Personen`}, insgesamt also ${ctx.v('haushaltsmitglieder', String(count))} Personen (Einzelheiten in der Anlage).`);
  d.para(`Das Wohngeld bitte ich auf das von mir verwaltete Konto ${p.gender === 'f' ? 'der Betreuten' : 'des Betreuten'} zu überweisen: Kontoinhaber${p.gender === 'f' ? 'in' : ''} ${ctx.name(p, 'first-last')}, ${c.bank.name}, IBAN ${ctx.v('iban', ctx.iban(c.iban))}.`);
  d.para(`Dieser formlose Antrag dient der Fristwahrung (§ 25 Abs. 3 WoGG). Den amtlichen Antragsvordruck und die Nachweise übersende ich, sobald sie vollständig vorliegen. Bitte richten Sie alle Schreiben in dieser Angelegenheit ausschließlich an mich.`);
  closing(ctx, { greeting: 'Mit freundlichen Grüßen', signer: `${g.title ? g.title + ' ' : ''}${g.first} ${g.last}`, role: sheG ? 'Berufsbetreuerin' : 'Berufsbetreuer' });
  d.move(4);
  d.para(`Anlagen: Betreuerausweis (Kopie), Übersicht der Haushaltsmitglieder, ${rng.pick(['Rentenbescheid', 'Bescheid der Grundsicherung (ablehnend)', 'Lohnabrechnungen', 'Kontoauszüge der letzten drei Monate'])}`, { size: 8.5 });

  d.newPage();
  d.write(`Anlage – Haushaltsmitglieder ${p.gender === 'f' ? 'der Betreuten' : 'des Betreuten'}`, { bold: true, size: 11.5 });
  d.write(`zum Antrag vom ${ctx.ndate(ctx.today)} · Az. ${az}`, { size: 8.5, color: GRAY });
  d.move(6);
  const rows: Cell[][] = [['1', p.last, p.first, ctx.ndate(p.birth), p.gender === 'f' ? 'Antragstellerin' : 'Antragsteller', rng.pick(['Rente', 'Erwerbsminderungsrente', 'Arbeitseinkommen (Werkstatt)', 'Rente, Minijob'])]];
  c.members.forEach((m, i) => rows.push([String(i + 2), m.person.last, m.person.first, ctx.ndate(m.person.birth), m.relation, m.income ? rng.pick(['Arbeitseinkommen', 'Rente', 'Arbeitslosengeld', 'Minijob']) : 'keins']));
  table(ctx, [
    { header: 'Nr.', x: d.left },
    { header: 'Name', x: d.left + 24 },
    { header: 'Vorname(n)', x: d.left + 120, width: 90 },
    { header: 'geboren am', x: d.left + 215 },
    { header: 'Verhältnis', x: d.left + 280, width: 80 },
    { header: 'Einkommen', x: d.left + 365, width: 105 },
  ], rows, { grid: true, size: 8.5, headerFill: LIGHT });
  d.move(6);
  d.para(`Einkommen monatlich (netto, soweit bekannt): ${[{ person: p, income: true }, ...c.members].filter((m) => m.income).map((m) => `${ctx.name(m.person, 'first-last')} ${ctx.money(cents(rng.float(480, 2100)))}`).join('; ')}.`, { size: 9 });
  d.para(`Vermieter: ${c.rent.landlord.name}, ${c.rent.landlord.address.street} ${c.rent.landlord.address.no}, ${c.rent.landlord.address.plz} ${c.rent.landlord.address.city}. Wohnfläche ${ctx.area(c.rent.area)}, ${c.rent.rooms} Zimmer.`, { size: 9 });
  footer(d, [[office, `${gAddr.street} ${gAddr.no}, ${gAddr.plz} ${gAddr.city}`], [`Tel. ${gPhone}`, `${mailPart(g.last)}@betreuung-${mailPart(c.address.city)}.de`], [`Geschäftskonto: ${gBank.bank.name}`, `IBAN ${fake.groupIban(gBank.iban)}`]], 'Seite x von y');
  truth(ctx, c);
}

/**
 * blind6 (holdout): a Land's machine-readable application form laid out like a tax return: line
 * numbers ("Zeile") in the left margin, tinted field areas with comb cells in which the values are
 * typed in a fixed-pitch face; the kind of application as three check boxes on line 1 and, on
 * line 2, the earlier Wohngeld number and the end of the running period; surname, given names and
 * birth name on lines of their own; the flat with landlord, move-in day, area, rooms and rent. Page 2
 * repeats the applicant's name in its head, lists the household as numbered lines with income
 * check boxes, then the count in two comb cells followed by three other counts (children, earners,
 * people in the flat outside the household), the payee question, account holder, IBAN and BIC in
 * combs, the declaration and the signature lines for the applicant and the adult members.
 */
function blind6ZeilenvordruckKammfelder(ctx: Ctx): void {
  const rng = ctx.rng;
  const c = draw(ctx);
  const p = c.applicant;
  const tint: Color = rng.pick([[0.88, 0.95, 0.88], [0.89, 0.92, 0.97], [0.98, 0.95, 0.84]] as const);
  const band: Color = [tint[0] * 0.82, tint[1] * 0.82, tint[2] * 0.82];
  const d = ctx.start({ family: 'helvetica', size: 8, margins: { left: 62, right: 34, top: 40, bottom: 62 } });
  const S = 10.5;
  const CW = 0.6 * S;
  const FX = 240;
  const H = 19;
  let zeile = 0;
  const dd = (v: string) => ctx.date(v, 'dd.mm.yyyy');

  /** a comb field: one tinted strip of cells, the value as one typed run aligned with the cells */
  const comb = (x: number, top: number, cells: number, text: string, opts: { field?: string; right?: boolean } = {}) => {
    const n = Math.max(cells, text.length);
    d.rect(x, top, n * CW, 14, { fill: tint });
    for (let i = 1; i < n; i++) d.line(x + i * CW, top + 10, x + i * CW, top + 14, 0.4, GRAY);
    d.line(x, top + 14, x + n * CW, top + 14, 0.5, GRAY);
    const tx = opts.right ? x + (n - text.length) * CW : x;
    if (text) d.text(tx, top + 10.8, text, { font: 'courier', size: S, field: opts.field });
    return x + n * CW;
  };
  /** a free-text field (long names do not fit a comb) */
  const freeField = (x: number, top: number, w: number, text: string) => {
    d.rect(x, top, w, 14, { fill: tint });
    d.line(x, top + 14, x + w, top + 14, 0.5, GRAY);
    if (text) d.text(x + 2, top + 10.8, text, { font: 'courier', size: 9 });
  };
  /** one numbered line: the number in the margin, the label at the left, the fields drawn by `fill` */
  const line = (label: string, fill: (top: number) => void, h = H) => {
    const labelLines = d.wrap(label, FX - d.left - 10, { size: 7.5 });
    const height = Math.max(h, labelLines.length * 8.5 + 6);
    d.ensure(height + 2);
    zeile++;
    const top = d.y;
    d.text(d.left - 12, top + 11, String(zeile), { size: 7.5, bold: true, align: 'right', color: GRAY });
    labelLines.forEach((l, i) => d.text(d.left, top + 8 + i * 8.5, l, { size: 7.5 }));
    fill(top + 1);
    d.y = top + height;
    d.hline(d.y - 1.5, d.left - 28, d.right, 0.25, LIGHT);
  };
  const bandHead = (letter: string, title: string) => {
    d.ensure(50);
    d.move(4);
    d.rect(d.left - 30, d.y, d.right - d.left + 30, 14, { fill: band });
    d.text(d.left - 26, d.y + 10, letter, { size: 9, bold: true });
    d.text(d.left, d.y + 10, title, { size: 8.5, bold: true });
    d.y += 17;
  };
  const boxes = (x: number, top: number, items: [string, boolean, string?][], gap = 10) => {
    let bx = x;
    for (const [label, on, field] of items) {
      d.checkbox(bx, top + 10, on, 8);
      const w = d.text(bx + 11, top + 10, label, { size: 7.5, field });
      bx += 11 + w + gap;
    }
  };

  // head of page 1
  const land = rng.pick(['Freistaat Sachsen', 'Land Brandenburg', 'Freistaat Thüringen', 'Land Sachsen-Anhalt', 'Land Niedersachsen', 'Land Nordrhein-Westfalen', 'Freie und Hansestadt Hamburg', 'Land Berlin']);
  d.text(d.left - 30, 44, land, { size: 7.5, color: GRAY });
  d.text(d.left - 30, 62, 'Antrag auf Wohngeld', { size: 15, bold: true });
  d.text(d.left - 30, 75, ctx.pick([], ['– Mietzuschuss – für Mieterinnen und Mieter, Untermieter und Heimbewohner', '– Mietzuschuss – nach § 1 Abs. 2 Nr. 1 WoGG']), { size: 8.5 });
  d.text(d.left - 30, 86, 'Bitte gut lesbar ausfüllen oder am Bildschirm ausfüllen und ausdrucken. Zutreffendes ankreuzen.', { size: 7, color: GRAY });
  d.rect(d.right - 150, 38, 150, 54, { stroke: GRAY, lineWidth: 0.4 });
  d.text(d.right - 146, 46, 'Eingangsstempel der Wohngeldbehörde', { size: 6, color: GRAY });
  d.text(d.left - 30, 102, 'An die Wohngeldbehörde (Gemeinde-, Stadt- oder Kreisverwaltung)', { size: 7, color: GRAY });
  freeField(d.left - 30, 105, 300, authority(ctx, c.address.city));
  d.text(d.left - 30, 134, 'Zeile', { size: 6.5, color: GRAY });
  d.y = 134;

  const ART: Record<Antragsart, string> = {
    erstantrag: rng.pick(['erstmaligen Antrag', 'Erstantrag (auch nach einer Unterbrechung des Bezugs)']),
    weiterleistungsantrag: rng.pick(['Folgeantrag (der Bewilligungszeitraum läuft aus)', 'Anschlussantrag für die Zeit nach dem laufenden Bewilligungszeitraum']),
    erhoehungsantrag: rng.pick(['Antrag auf Erhöhung im laufenden Bezug (§ 27 Abs. 1 WoGG)', 'Erhöhungsantrag wegen höherer Miete oder geringeren Einkommens']),
  };
  const artLine = (a: Antragsart) => ART[a];
  bandHead('A', 'Art des Antrags');
  line('Ich stelle einen', (top) => {
    (['erstantrag', 'weiterleistungsantrag', 'erhoehungsantrag'] as const).forEach((a, i) => {
      d.checkbox(FX, top + 10 + i * 12, a === c.art, 8);
      d.text(FX + 11, top + 10 + i * 12, artLine(a), { size: 7.5, field: a === c.art ? 'antragsart' : undefined });
    });
  }, 40);
  const wgNr = `${rng.digits(2)}${rng.pick(['-', '/'])}${rng.digits(6)}`;
  const periodEnd = lastOfMonth(addDays(ctx.today, c.art === 'weiterleistungsantrag' ? rng.int(5, 60) : rng.int(90, 300)));
  line('bei Folge- oder Erhöhungsantrag: bisherige Wohngeldnummer / Bewilligung endet am', (top) => {
    const x = comb(FX, top + 2, 9, c.art === 'erstantrag' ? '' : wgNr);
    comb(x + 18, top + 2, 10, c.art === 'erstantrag' ? '' : dd(periodEnd));
  }, 22);

  bandHead('B', 'Angaben zur antragstellenden Person');
  line('Familienname', (top) => comb(FX, top + 2, 30, p.last, { field: 'antragsteller_name' }));
  line('Vorname(n) (Rufname bitte unterstreichen)', (top) => comb(FX, top + 2, 30, p.first));
  line('Geburtsname (nur wenn abweichend)', (top) => comb(FX, top + 2, 30, p.birthName ?? ''));
  line('Geburtsdatum (TT.MM.JJJJ) / Geburtsort', (top) => {
    const x = comb(FX, top + 2, 10, dd(p.birth), { field: 'geburtsdatum' });
    comb(x + 14, top + 2, 16, p.birthPlace);
  });
  line('Straße, Hausnummer der Wohnung, für die Wohngeld beantragt wird', (top) => comb(FX, top + 2, 30, `${c.address.street} ${c.address.no}`, { field: 'anschrift' }), 22);
  line('Postleitzahl / Wohnort', (top) => {
    const x = comb(FX, top + 2, 5, c.address.plz);
    comb(x + 14, top + 2, 22, c.address.city);
  });
  line('Telefon tagsüber (Angabe freiwillig)', (top) => comb(FX, top + 2, 18, c.phone));
  const married = c.members.some((m) => /Ehe/.test(m.relation));
  const stand = married ? 'verheiratet' : rng.pick(['ledig', 'ledig', 'geschieden', 'verwitwet', 'getrennt lebend']);
  line('Familienstand', (top) => boxes(FX, top + 1, ['ledig', 'verheiratet', 'geschieden', 'verwitwet', 'getrennt lebend'].map((s) => [s, s === stand] as [string, boolean]), 8));

  bandHead('C', 'Angaben zur Wohnung');
  line('Ich bewohne die Wohnung als', (top) => boxes(FX, top + 1, [['Hauptmieter/in', true], ['Untermieter/in', false], ['Bewohner/in eines Heimes', false]]));
  line('Name der Vermieterin / des Vermieters', (top) => freeField(FX, top + 2, d.right - FX, c.rent.landlord.name));
  line('Einzug in die Wohnung am / Wohnfläche in m² / Zahl der Räume', (top) => {
    let x = comb(FX, top + 2, 10, dd(c.rent.einzug));
    x = comb(x + 14, top + 2, 6, decimal(c.rent.area, 2), { right: true });
    comb(x + 14, top + 2, 2, String(c.rent.rooms), { right: true });
  }, 22);
  line('Monatliche Gesamtmiete lt. Mietbescheinigung in EUR', (top) => comb(FX, top + 2, 9, decimal(gesamt(c.rent)), { right: true }));
  line('Ist ein Teil der Wohnung untervermietet oder wird er gewerblich genutzt?', (top) => boxes(FX, top + 1, [['nein', true], ['ja – bitte Anlage U beifügen', false]]), 22);

  bandHead('D', 'Einnahmen der Haushaltsmitglieder (Nachweise als Anlagen beifügen)');
  const kinds = ['Lohn oder Gehalt', 'Rente, Pension', 'Arbeitslosengeld, Krankengeld, Elterngeld', 'Unterhalt, Unterhaltsvorschuss', 'Minijob, Nebentätigkeit'];
  const received = new Set(rng.sample(kinds, rng.int(1, 2)));
  for (const k of kinds) line(k, (top) => boxes(FX, top + 1, [['ja', received.has(k)], ['nein', !received.has(k)]], 14));
  line('Erhält ein Haushaltsmitglied Bürgergeld, Grundsicherung oder Leistungen nach dem AsylbLG?', (top) => boxes(FX, top + 1, [['ja', false], ['nein', true]], 14), 22);

  // page 2: household, counts, payment, signature
  d.onContinuation((doc) => {
    doc.text(doc.left - 30, doc.y + 8, 'Name, Vorname der antragstellenden Person', { size: 6.5, color: GRAY });
    doc.rect(doc.left - 30, doc.y + 11, 260, 14, { fill: tint });
    doc.text(doc.left - 28, doc.y + 22, `${p.last}, ${p.first}`, { font: 'courier', size: 9 });
    doc.text(doc.right, doc.y + 22, 'Antrag auf Wohngeld – Fortsetzung', { size: 7, align: 'right', color: GRAY });
    doc.text(doc.left - 30, doc.y + 40, 'Zeile', { size: 6.5, color: GRAY });
    doc.y += 40;
  });
  d.newPage();
  bandHead('E', 'Haushaltsmitglieder – alle Personen, die mit Ihnen in der Wohnung leben und wirtschaften');
  d.para(`In die erste Zeile tragen Sie sich selbst ein. Kinder, die nur zeitweise bei Ihnen wohnen, bitte in der Anlage K erläutern.`, { size: 7, color: GRAY, x: d.left });
  const cx = { name: FX - 176, birth: FX + 40, rel: FX + 116, inc: d.right - 62 };
  d.row([
    { x: cx.name, text: 'Familienname, Vorname', size: 6.5, color: GRAY },
    { x: cx.birth, text: 'Geburtsdatum', size: 6.5, color: GRAY },
    { x: cx.rel, text: 'Verhältnis zu Ihnen', size: 6.5, color: GRAY },
    { x: cx.inc, text: 'eigenes Einkommen', size: 6.5, color: GRAY },
  ], { size: 6.5 });
  const all = [{ person: p, relation: 'Antragsteller/in', income: rng.chance(0.75) }, ...c.members];
  const slots = Math.max(7, all.length + 1);
  for (let i = 0; i < slots; i++) {
    const m = all[i];
    line('', (top) => {
      d.rect(cx.name, top + 2, cx.birth - cx.name - 6, 14, { fill: tint });
      d.rect(cx.birth, top + 2, 10 * CW, 14, { fill: tint });
      d.rect(cx.rel, top + 2, cx.inc - cx.rel - 8, 14, { fill: tint });
      if (m) {
        d.text(cx.name + 2, top + 12.8, `${m.person.last}, ${m.person.first}`, { font: 'courier', size: 9 });
        d.text(cx.birth, top + 12.8, dd(m.person.birth), { font: 'courier', size: S });
        d.text(cx.rel + 2, top + 12.8, i === 0 ? 'selbst' : m.relation, { font: 'courier', size: 9 });
      }
      d.checkbox(cx.inc, top + 12, !!m && m.income, 8);
      d.text(cx.inc + 10, top + 12, 'ja', { size: 7 });
      d.checkbox(cx.inc + 26, top + 12, !!m && !m.income, 8);
      d.text(cx.inc + 36, top + 12, 'nein', { size: 7 });
    }, 20);
  }
  const count = all.length;
  const year = Number(ctx.today.slice(0, 4));
  const kids = c.members.filter((m) => /Kind|Sohn|Tochter/.test(m.relation) && Number(m.person.birth.slice(0, 4)) > year - 25).length;
  const earners = all.filter((m) => m.income).length;
  const outside = rng.chance(0.25) ? 1 : 0;
  const lineFirst = zeile - slots + 1;
  line(`Zahl der Haushaltsmitglieder insgesamt (Zeilen ${lineFirst} bis ${zeile})`, (top) => comb(FX, top + 2, 2, String(count), { field: 'haushaltsmitglieder', right: true }));
  line('davon Kinder unter 25 Jahren', (top) => comb(FX, top + 2, 2, String(kids), { right: true }));
  line('davon Personen mit eigenem Einkommen (bitte je eine Anlage E beifügen)', (top) => comb(FX, top + 2, 2, String(earners), { right: true }), 22);
  line('weitere Personen in der Wohnung, die nicht zum Haushalt gehören (z. B. Untermieter, Mitbewohner)', (top) => comb(FX, top + 2, 2, String(outside), { right: true }), 22);

  bandHead('F', 'Auszahlung');
  line('Das Wohngeld soll überwiesen werden an', (top) => boxes(FX, top + 1, [['mich / uns (Konto unten)', true], ['die Vermieterin / den Vermieter', false]]));
  line('Kontoinhaber/in (Name, Vorname)', (top) => comb(FX, top + 2, 30, ctx.name(c.accountHolder ?? p, 'last-first')));
  line('IBAN', (top) => comb(FX, top + 2, 22, c.iban, { field: 'iban' }));
  line('BIC / Geldinstitut', (top) => {
    const x = comb(FX, top + 2, 11, c.bank.bic);
    freeField(x + 14, top + 2, d.right - x - 14, c.bank.name);
  });

  bandHead('G', 'Versicherung und Unterschriften');
  d.para('Ich versichere, dass die Angaben in diesem Antrag und in den Anlagen vollständig sind und der Wahrheit entsprechen. Mir ist bekannt, dass ich Änderungen – insbesondere beim Einkommen, bei der Miete und bei der Zahl der Haushaltsmitglieder – unverzüglich mitteilen muss und zu Unrecht erhaltenes Wohngeld zu erstatten ist. Volljährige Haushaltsmitglieder unterschreiben ebenfalls.', { size: 7.5, x: d.left });
  d.ensure(60);
  d.move(22);
  const sy = d.y;
  d.text(d.left, sy - 3, `${c.address.city}, ${dd(addDays(ctx.today, -rng.int(0, 3)))}`, { font: 'courier', size: 9 });
  d.hline(sy, d.left, d.left + 150, 0.5);
  d.hline(sy, d.left + 170, d.right, 0.5);
  d.text(d.left, sy + 8, 'Ort, Datum', { size: 6.5, color: GRAY });
  d.text(d.left + 170, sy + 8, 'Unterschrift der antragstellenden Person', { size: 6.5, color: GRAY });
  d.y = sy + 30;
  d.hline(d.y, d.left + 170, d.right, 0.5);
  d.text(d.left + 170, d.y + 8, 'Unterschriften der weiteren volljährigen Haushaltsmitglieder', { size: 6.5, color: GRAY });

  const formNo = `WoG ${rng.pick(['1', '01', '1a'])} – ${rng.pick(['Stand 01.2025', 'Stand 07.2024', 'Ausgabe 2025'])}`;
  const code = rng.digits(6);
  d.onEveryPage((doc, page, pages) => {
    // the form's machine code at the foot: thin bars
    let bx = doc.left - 30;
    for (const ch of `${code}${page}${pages}`) {
      const w = 0.6 + (Number(ch) % 3) * 0.7;
      doc.rect(bx, doc.height - 40, w, 16, { fill: [0, 0, 0] });
      bx += w + 1.4;
    }
    doc.text(doc.left + 40, doc.height - 28, formNo, { size: 6.5, color: GRAY });
    doc.text(doc.right, doc.height - 28, `Seite ${page} von ${pages}`, { size: 7, align: 'right' });
  });
  truth(ctx, c);
}

/** how people write the relation into a form by hand */
const relationByHand = (relation: string, gender: fake.Gender) =>
  /Ehegatte|Ehepartner/.test(relation) ? (gender === 'f' ? 'Ehefrau' : 'Ehemann') : /Lebenspartner|Partner\/in/.test(relation) ? (gender === 'f' ? 'Partnerin' : 'Partner') : /Lebensgefährte/.test(relation) ? (gender === 'f' ? 'Lebensgefährtin' : 'Lebensgefährte') : relation;

/**
 * blind7: the town's paper form filled in by hand with a ballpoint pen: questions numbered
 * in the left column, the handwritten answers on ruled lines at the right; the kind of application
 * as two questions (getting Wohngeld now? then what is asked for), given names with the first name
 * underlined, the marriage date beside the family status, move-in day and former address, the
 * household as a ruled grid filled in by hand, the count in a box beside the children with child
 * benefit and people in the flat outside the household; page 2 with the kinds of income by person
 * number, the total rent, the account (holder sometimes the partner), a box for paying the landlord
 * left empty, place, date and signatures; the office's received stamp with its date at the top.
 */
function blind7HandschriftFragebogen(ctx: Ctx): void {
  const rng = ctx.rng;
  const c = draw(ctx);
  const p = c.applicant;
  const ink: Color = rng.pick([[0.08, 0.12, 0.5], [0.1, 0.1, 0.12], [0.05, 0.2, 0.55]] as const);
  const HAND = 'times-italic' as const;
  const HS = rng.float(10.5, 11.8);
  const d = ctx.start({ family: 'helvetica', size: 8, margins: { left: 46, right: 40, top: 40, bottom: 64 } });
  const AX = d.left + 178;
  const RIGHT = d.right;
  /** handwriting: never quite on the line, never quite at the same place */
  const hand = (x: number, baseline: number, text: string, field?: string, size = HS) =>
    d.text(x + rng.float(0, 4), baseline + rng.float(-1.6, 0.6), text, { font: HAND, size, color: ink, field });
  const cross = (x: number, baseline: number, size = 8) => d.text(x + 0.5 + rng.float(-0.6, 0.8), baseline - 0.3 + rng.float(-0.8, 0.6), 'X', { font: HAND, size: size + 3, color: ink });
  const tick = (x: number, baseline: number, on: boolean, label: string, field?: string, size = 7.5) => {
    d.checkbox(x, baseline, false, 8);
    if (on) cross(x, baseline);
    return 12 + d.text(x + 12, baseline, label, { size, field });
  };
  const boxes = (x: number, baseline: number, items: [string, boolean, string?][], gap = 12) => {
    let bx = x;
    for (const [label, on, field] of items) bx += tick(bx, baseline, on, label, field) + gap;
  };
  /** a numbered question at the left and the answer on a ruled line at the right */
  const q = (no: string, label: string, answer: (top: number) => void, h = 20, x0 = d.left, x1 = RIGHT) => {
    const lines = d.wrap(label, AX - x0 - 26, { size: 7.5 });
    const height = Math.max(h, lines.length * 8.6 + 7);
    d.ensure(height);
    const top = d.y;
    d.text(x0, top + 10, no, { size: 7.5, bold: true });
    lines.forEach((l, i) => d.text(x0 + 20, top + 10 + i * 8.6, l, { size: 7.5 }));
    answer(top);
    d.y = top + height;
  };
  const ruled = (top: number, x0 = AX, x1 = RIGHT) => d.hline(top + 15, x0, x1, 0.4, GRAY);
  const head = (no: string, title: string) => {
    d.ensure(60);
    d.move(5);
    d.rect(d.left, d.y, RIGHT - d.left, 14, { fill: [0.82, 0.82, 0.82] });
    d.text(d.left + 4, d.y + 10, `${no}  ${title}`, { size: 9, bold: true });
    d.y += 18;
  };
  const dd = (v: string) => ctx.ndate(v);
  const district = rng.pick([`Stadt ${c.address.city}`, `Stadtverwaltung ${c.address.city}`, `Stadt ${c.address.city} · Der Oberbürgermeister`]);
  const office = rng.pick(['Wohngeldbehörde', 'Sachgebiet Wohngeld', 'Amt für Soziales – Wohngeldstelle', 'Fachdienst Wohnen und Wohngeld']);

  // head: issuer, title, the office's box with its received stamp
  d.text(d.left, 46, district, { size: 10.5, bold: true });
  d.text(d.left, 58, office, { size: 8.5 });
  d.text(d.left, 84, 'Antrag auf Wohngeld', { size: 16, bold: true });
  d.text(d.left, 97, ctx.pick([], ['– Mietzuschuss für Mieter und Untermieter –', 'Mietzuschuss (für Wohnraum, den Sie gemietet haben)']), { size: 9 });
  const bx = RIGHT - 168;
  d.rect(bx, 38, 168, 72, { stroke: [0, 0, 0], lineWidth: 0.6 });
  d.text(bx + 4, 46, 'Nur von der Behörde auszufüllen', { size: 6, color: GRAY });
  d.text(bx + 4, 102, 'Wohngeld-Nr.', { size: 6.5, color: GRAY });
  d.hline(104, bx + 48, bx + 160, 0.3, GRAY);
  const received = addDays(ctx.today, rng.int(1, 9));
  const stamp: Color = rng.pick([[0.55, 0.1, 0.45], [0.15, 0.25, 0.6], [0.6, 0.12, 0.12]] as const);
  d.rect(bx + 30, 52, 110, 36, { stroke: stamp, lineWidth: 1 });
  d.text(bx + 85, 63, 'EINGEGANGEN', { size: 8, bold: true, align: 'center', color: stamp });
  d.text(bx + 85, 75, ctx.date(received, rng.pick(['dd.mm.yyyy', 'dd. Mon. yyyy'] as const)), { size: 9.5, font: 'courier-bold', align: 'center', color: stamp });
  d.text(bx + 85, 84, `Stadt ${c.address.city}`, { size: 6, align: 'center', color: stamp });
  d.y = 114;
  d.para('Bitte gut lesbar mit Kugelschreiber ausfüllen und Zutreffendes ankreuzen. Fragen, die Sie nicht betreffen, streichen Sie bitte durch. Fehlende Angaben und Nachweise verzögern die Bearbeitung.', { size: 7.5, color: GRAY, width: bx - d.left - 12 });
  d.y = Math.max(d.y, 118);

  // 1 what is applied for: two questions instead of three boxes in a row
  head('1', 'Ihr Antrag');
  const receives = c.art !== 'erstantrag';
  const wgNr = `${rng.pick(['WG', '50', '64'])} ${rng.digits(3)}-${rng.digits(4)}`;
  const periodEnd = lastOfMonth(addDays(ctx.today, c.art === 'weiterleistungsantrag' ? rng.int(5, 50) : rng.int(80, 280)));
  q('1.1', 'Erhalten Sie derzeit Wohngeld?', (top) => {
    boxes(AX, top + 10, [['nein', !receives], ['ja, Wohngeld-Nr.', receives]]);
    d.hline(top + 15, AX + 128, AX + 230, 0.4, GRAY);
    if (receives) hand(AX + 130, top + 12, wgNr);
    d.text(AX + 238, top + 10, 'bewilligt bis', { size: 7.5 });
    d.hline(top + 15, AX + 284, RIGHT, 0.4, GRAY);
    if (receives) hand(AX + 288, top + 12, dd(periodEnd));
  });
  const ART: Record<Antragsart, string> = {
    erstantrag: ctx.pick(['Wohngeld zum ersten Mal (Erstantrag)'], ['erstmals Wohngeld', 'Wohngeld – bisher kein Bezug']),
    weiterleistungsantrag: ctx.pick(['Weiterzahlung nach Ablauf des Bewilligungszeitraums'], ['Wohngeld im Anschluss an den laufenden Bewilligungszeitraum', 'Weitergewährung ab dem Folgemonat']),
    erhoehungsantrag: ctx.pick(['Erhöhung des Wohngeldes (§ 27 Abs. 1 WoGG)'], ['mehr Wohngeld schon vor Ablauf des Bewilligungszeitraums', 'Neuberechnung zu meinen Gunsten (§ 27 Abs. 1 WoGG)']),
  };
  q('1.2', 'Ich beantrage', (top) => {
    (['erstantrag', 'weiterleistungsantrag', 'erhoehungsantrag'] as const).forEach((a, i) => tick(AX, top + 10 + i * 12, a === c.art, ART[a], a === c.art ? 'antragsart' : undefined));
  }, 40);
  if (c.art === 'erhoehungsantrag') {
    q('1.3', 'Grund der Erhöhung (nur bei Erhöhungsantrag)', (top) => {
      ruled(top);
      hand(AX + 2, top + 12, rng.pick(['Miete ist gestiegen (Mieterhöhung)', 'Geburt unseres Kindes', 'Einkommen gesunken, Kurzarbeit', 'Tochter wieder eingezogen']));
    });
  }

  // 2 the applicant
  head('2', 'Angaben zur antragstellenden Person');
  q('2.1', 'Familienname', (top) => {
    ruled(top);
    hand(AX + 2, top + 12, p.last, 'antragsteller_name');
  });
  const firstNames = p.first.split(' ');
  q('2.2', 'Vorname(n) – Rufnamen bitte unterstreichen', (top) => {
    ruled(top);
    const x = AX + 2 + rng.float(0, 3);
    d.text(x, top + 12, p.first, { font: HAND, size: HS, color: ink });
    if (firstNames.length > 1 || rng.chance(0.5)) d.line(x - 1, top + 14, x + d.measure(firstNames[0], { font: HAND, size: HS }) + 1, top + 13.4, 0.6, ink);
  });
  q('2.3', 'Geburtsname (falls abweichend)', (top) => {
    ruled(top);
    if (p.birthName) hand(AX + 2, top + 12, p.birthName);
  });
  q('2.4', 'Geburtsdatum', (top) => {
    ruled(top, AX, AX + 110);
    hand(AX + 2, top + 12, dd(p.birth), 'geburtsdatum');
    d.text(AX + 122, top + 10, 'Geburtsort', { size: 7.5 });
    ruled(top, AX + 165, RIGHT);
    hand(AX + 168, top + 12, p.birthPlace);
  });
  const partner = c.members.find((m) => /Ehe|Partner|Lebens/.test(m.relation));
  const married = !!partner && /Ehe/.test(partner.relation);
  const status = married ? 'verheiratet' : partner ? 'ledig' : rng.pick(['ledig', 'ledig', 'geschieden', 'verwitwet', 'getrennt lebend']);
  const since = married ? iso(rng.int(Math.max(Number(p.birth.slice(0, 4)) + 19, 1965), 2023), rng.int(1, 12), rng.int(1, 28)) : status !== 'ledig' ? iso(rng.int(2005, 2023), rng.int(1, 12), rng.int(1, 28)) : undefined;
  q('2.5', 'Familienstand', (top) => {
    boxes(AX, top + 10, [['ledig', status === 'ledig'], ['verheiratet / Lebenspartnersch.', status === 'verheiratet'], ['getrennt', status === 'getrennt lebend'], ['geschieden', status === 'geschieden'], ['verwitwet', status === 'verwitwet']], 7);
    if (since) {
      d.text(AX, top + 24, 'seit', { size: 7.5 });
      d.hline(top + 27, AX + 18, AX + 110, 0.4, GRAY);
      hand(AX + 20, top + 24, dd(since));
    }
  }, since ? 32 : 20);
  q('2.6', 'Staatsangehörigkeit', (top) => {
    ruled(top, AX, AX + 150);
    hand(AX + 2, top + 12, rng.pick(['deutsch', 'deutsch', 'deutsch', 'türkisch', 'polnisch', 'syrisch', 'rumänisch']));
    d.text(AX + 160, top + 10, 'Telefon (freiwillig)', { size: 7.5 });
    ruled(top, AX + 232, RIGHT);
    if (rng.chance(0.75)) hand(AX + 234, top + 12, c.phone, undefined, HS - 1);
  });

  // 3 the flat
  head('3', 'Ihre Wohnung');
  q('3.1', 'Straße, Hausnummer', (top) => {
    ruled(top);
    hand(AX + 2, top + 12, `${c.address.street} ${c.address.no}`, 'anschrift');
  });
  q('3.2', 'Postleitzahl, Wohnort', (top) => {
    ruled(top);
    hand(AX + 2, top + 12, `${c.address.plz} ${c.address.city}`);
  });
  const moved = c.rent.einzug;
  const recent = moved > addDays(ctx.today, -365);
  const former = fake.address(rng);
  q('3.3', 'Eingezogen am', (top) => {
    ruled(top, AX, AX + 110);
    hand(AX + 2, top + 12, dd(moved));
    d.text(AX + 122, top + 10, 'Lage', { size: 7.5 });
    ruled(top, AX + 145, RIGHT);
    hand(AX + 148, top + 12, c.rent.floor);
  });
  q('3.4', 'Nur bei Einzug in den letzten 12 Monaten: bisherige Anschrift', (top) => {
    ruled(top);
    if (recent) hand(AX + 2, top + 12, `${former.street} ${former.no}, ${former.plz} ${former.city}`);
  });
  q('3.5', 'Die Wohnung ist', (top) => boxes(AX, top + 10, [['gemietet (Hauptmieter)', true], ['Untermiete', false], ['Heimplatz', false], ['Dienstwohnung', false]], 10));
  const ll = c.rent.landlord;
  q('3.6', 'Name und Anschrift des Vermieters / der Hausverwaltung', (top) => {
    ruled(top);
    hand(AX + 2, top + 12, ll.name, undefined, HS - 1);
    ruled(top + 16);
    hand(AX + 2, top + 28, `${ll.address.street} ${ll.address.no}, ${ll.address.plz} ${ll.address.city}`, undefined, HS - 1);
  }, 36);

  // 4 the household as a grid filled in by hand
  head('4', 'Haushaltsmitglieder');
  d.para('4.1  Tragen Sie alle Personen ein, die mit Ihnen in der Wohnung leben und mit Ihnen gemeinsam wirtschaften, auch Kinder. Sie selbst stehen in Zeile 1.', { size: 7.5 });
  const cols = [d.left, d.left + 18, d.left + 128, d.left + 238, d.left + 308, d.left + 410, RIGHT];
  const heads = ['Nr.', 'Familienname', 'Vorname', 'geboren am', 'Verhältnis zu Ihnen', 'eigenes Einkommen'];
  const rowH = 19;
  const slots = Math.max(5, c.members.length + 2);
  d.ensure(16 + rowH * slots + 10);
  const gTop = d.y;
  d.rect(cols[0], gTop, RIGHT - cols[0], 14, { fill: [0.92, 0.92, 0.92] });
  heads.forEach((h, i) => d.text(cols[i] + 3, gTop + 10, h, { size: 7, bold: true }));
  const all = [{ person: p, relation: 'selbst', income: true }, ...c.members];
  for (let i = 0; i < slots; i++) {
    const top = gTop + 14 + i * rowH;
    d.text(cols[0] + 5, top + 12, String(i + 1), { size: 7.5 });
    const m = all[i];
    if (m) {
      hand(cols[1] + 3, top + 13, m.person.last, undefined, HS - 1);
      hand(cols[2] + 3, top + 13, m.person.first, undefined, HS - 1);
      hand(cols[3] + 3, top + 13, dd(m.person.birth), undefined, HS - 1);
      hand(cols[4] + 3, top + 13, i === 0 ? rng.pick(['ich', 'selbst', '–']) : relationByHand(m.relation, m.person.gender), undefined, HS - 1.5);
      hand(cols[5] + 8, top + 13, m.income ? 'ja' : 'nein', undefined, HS - 1);
    }
    d.hline(top + rowH, cols[0], RIGHT, 0.4, GRAY);
  }
  const gBottom = gTop + 14 + slots * rowH;
  d.rect(cols[0], gTop, RIGHT - cols[0], gBottom - gTop, { stroke: [0, 0, 0], lineWidth: 0.6 });
  for (const x of cols.slice(1, -1)) d.line(x, gTop, x, gBottom, 0.4);
  d.y = gBottom + 6;
  const count = all.length;
  const kids = c.members.filter((m) => /Kind|Sohn|Tochter/.test(m.relation) && m.person.birth > addDays(ctx.today, -25 * 365)).length;
  const lodgers = rng.chance(0.2) ? 1 : 0;
  q('4.2', 'Anzahl der Personen aus 4.1 (einschließlich Ihnen)', (top) => {
    d.rect(AX, top + 1, 26, 17, { stroke: [0, 0, 0], lineWidth: 0.7 });
    hand(AX + 8, top + 14, String(count), 'haushaltsmitglieder', HS + 1);
    d.text(AX + 44, top + 10, 'davon Kinder mit Kindergeld', { size: 7.5 });
    d.rect(AX + 150, top + 1, 22, 17, { stroke: [0, 0, 0], lineWidth: 0.5 });
    hand(AX + 156, top + 14, String(kids));
  }, 22);
  q('4.3', 'Wohnen in der Wohnung weitere Personen, die nicht zu Ihrem Haushalt gehören (z. B. Untermieter)?', (top) => {
    boxes(AX, top + 10, [['nein', !lodgers], ['ja, Anzahl:', !!lodgers]]);
    d.hline(top + 15, AX + 92, AX + 130, 0.4, GRAY);
    if (lodgers) hand(AX + 100, top + 12, String(lodgers));
  }, 24);

  // 5 income, 6 rent, 7 account, 8 signatures: after a page break like the printed form
  if (d.page === 1) d.newPage();
  head('5', 'Einkommen');
  d.para('Kreuzen Sie an, welche Einnahmen im Haushalt erzielt werden, und tragen Sie die Nummer der Person aus 4.1 ein. Nachweise bitte beifügen.', { size: 7.5 });
  const earners = all.map((m, i) => ({ ...m, no: i + 1 })).filter((m) => m.income);
  const kinds = ['nichtselbständige Arbeit (Lohn, Gehalt)', 'selbständige Tätigkeit', 'Rente, Pension', 'Arbeitslosengeld I', 'Elterngeld, Krankengeld', 'Unterhalt, Unterhaltsvorschuss', 'BAföG, Ausbildungsvergütung', 'Kindergeld'];
  const byKind = new Map<string, number[]>();
  for (const e of earners) {
    const k = e.no === 1 || rng.chance(0.7) ? rng.pick(kinds.slice(0, 7)) : kinds[0];
    byKind.set(k, [...(byKind.get(k) ?? []), e.no]);
  }
  if (kids) byKind.set('Kindergeld', [1]);
  const half = Math.ceil(kinds.length / 2);
  const colW = (RIGHT - d.left) / 2;
  const kTop = d.y;
  kinds.forEach((k, i) => {
    const x = d.left + (i < half ? 0 : colW);
    const y = kTop + (i % half) * 16 + 10;
    const nos = byKind.get(k);
    tick(x, y, !!nos, k);
    d.text(x + colW - 70, y, 'Nr.', { size: 7 });
    d.hline(y + 3, x + colW - 56, x + colW - 12, 0.4, GRAY);
    if (nos) hand(x + colW - 52, y + 1, nos.join(', '), undefined, HS - 1);
  });
  d.y = kTop + half * 16 + 8;

  head('6', 'Miete');
  const rent = gesamt(c.rent);
  q('6.1', 'Monatliche Miete laut Mietvertrag einschließlich aller Nebenkosten', (top) => {
    ruled(top, AX, AX + 120);
    hand(AX + 2, top + 12, decimal(rent));
    d.text(AX + 124, top + 10, 'Euro', { size: 7.5 });
    d.text(AX + 160, top + 10, 'Wohnfläche', { size: 7.5 });
    ruled(top, AX + 205, RIGHT);
    hand(AX + 208, top + 12, `${Number.isInteger(c.rent.area) ? decimal(c.rent.area, 0) : decimal(c.rent.area, 2).replace(/0$/, '')} m²`);
  }, 22);

  head('7', 'Auszahlung des Wohngeldes');
  const holder = c.accountHolder;
  q('7.1', 'Kontoinhaber/in (nur ausfüllen, wenn nicht Sie selbst)', (top) => {
    ruled(top);
    if (holder) hand(AX + 2, top + 12, `${holder.first} ${holder.last}`);
  });
  q('7.2', 'IBAN', (top) => {
    d.rect(AX, top + 1, RIGHT - AX, 17, { stroke: [0, 0, 0], lineWidth: 0.6 });
    d.text(AX + 6 + rng.float(0, 6), top + 14 + rng.float(-1, 0.5), ctx.iban(c.iban), { font: HAND, size: HS + 0.5, color: ink, field: 'iban' });
  }, 22);
  q('7.3', 'Geldinstitut', (top) => {
    ruled(top);
    hand(AX + 2, top + 12, c.bank.name);
  });
  q('7.4', 'Soll das Wohngeld an Ihren Vermieter gezahlt werden?', (top) => boxes(AX, top + 10, [['nein', true], ['ja (bitte Begründung beifügen)', false]]));

  head('8', 'Beigefügte Nachweise');
  const proofs: [string, boolean][] = [
    ['Mietbescheinigung / Mietvertrag', true],
    ['Einkommensnachweise der letzten 12 Monate', rng.chance(0.8)],
    ['Kopie des Personalausweises', rng.chance(0.6)],
    ['Kontoauszüge der letzten 3 Monate', rng.chance(0.5)],
    ['Schul- oder Studienbescheinigung', kids > 0 && rng.chance(0.5)],
    ['Bescheid über Ablehnung von Bürgergeld', rng.chance(0.2)],
  ];
  const pTop = d.y;
  proofs.forEach(([label, on], i) => tick(d.left + (i % 2) * colW, pTop + 10 + Math.floor(i / 2) * 14, on, label));
  d.y = pTop + Math.ceil(proofs.length / 2) * 14 + 6;

  head('9', 'Erklärung und Unterschrift');
  d.para('Ich versichere, dass alle Angaben richtig und vollständig sind. Mir ist bekannt, dass ich jede Änderung, die sich auf das Wohngeld auswirken kann (Einkommen, Zahl der Haushaltsmitglieder, Miete, Auszug), der Wohngeldbehörde sofort mitteilen muss. Wohngeld, das zu Unrecht gezahlt wurde, ist zu erstatten. Unrichtige Angaben können als Ordnungswidrigkeit mit einer Geldbuße geahndet werden (§ 37 WoGG).', { size: 7.5 });
  d.para('Die Daten werden zur Bearbeitung des Antrags verarbeitet und können mit anderen Stellen abgeglichen werden (§ 33 WoGG, Datenabgleich).', { size: 7.5, color: GRAY });
  d.ensure(80);
  d.move(24);
  const sigY = d.y;
  hand(d.left + 2, sigY - 4, `${c.address.city}, ${dd(addDays(received, -rng.int(1, 6)))}`);
  d.hline(sigY, d.left, d.left + 170, 0.5);
  d.text(d.left, sigY + 9, 'Ort, Datum', { size: 6.5, color: GRAY });
  d.text(d.left + 200 + rng.float(0, 20), sigY - 4, `${firstNames[0].charAt(0)}. ${p.last}`, { font: HAND, size: HS + 3, color: ink });
  d.hline(sigY, d.left + 190, RIGHT, 0.5);
  d.text(d.left + 190, sigY + 9, 'Unterschrift der antragstellenden Person', { size: 6.5, color: GRAY });
  d.move(40);
  const adult = c.members.find((m) => m.person.birth < addDays(ctx.today, -18 * 366));
  if (adult && rng.chance(0.8)) d.text(d.left + 200 + rng.float(0, 20), d.y - 4, `${adult.person.first.split(' ')[0]} ${adult.person.last}`, { font: HAND, size: HS + 2, color: ink });
  d.hline(d.y, d.left + 190, RIGHT, 0.5);
  d.text(d.left + 190, d.y + 9, 'Unterschriften der volljährigen Haushaltsmitglieder', { size: 6.5, color: GRAY });

  const formNo = rng.pick(['Vordruck WG 1', 'Formular 50.1 (WoGG)', 'WoG-Antrag M']);
  const stand = rng.pick(['Stand 01/2025', 'Stand 10/2024', 'Ausgabe 2025']);
  d.onEveryPage((doc, page, pages) => {
    doc.hline(doc.height - 50, doc.left, RIGHT, 0.3, GRAY);
    doc.text(doc.left, doc.height - 40, `${formNo} · ${stand}`, { size: 6.5, color: GRAY });
    doc.text((doc.left + RIGHT) / 2, doc.height - 40, page < pages ? 'Bitte wenden!' : 'Nachweise nicht vergessen!', { size: 7, bold: true, align: 'center' });
    doc.text(RIGHT, doc.height - 40, `Seite ${page} von ${pages}`, { size: 7, align: 'right' });
  });
  truth(ctx, c);
}

/**
 * blind8 (holdout): a district's application form in landscape, filled in on the computer: a head
 * band with the office, the title and a box for the office's notes (received date, Wohngeld
 * number); the kind of application as one row of three boxes with the end of the running period
 * beside the continuation box; below, three panels side by side (A the applicant, B the flat with
 * the landlord, C the payment with the payee question and the account holder), each a stack of
 * small captions over typed values on rules; D the other members of the household only (the
 * applicant is not a row of it) with the total count in a box under the table. Page 2: E the income
 * of every person as a grid (persons as rows, kinds of income as columns, monthly amounts), F the
 * rent paid and help from others, G the declarations with place and date and the signatures, H the
 * checklist of proofs.
 */
function blind8QuerformatErfassungsbogen(ctx: Ctx): void {
  const rng = ctx.rng;
  const c = draw(ctx);
  const p = c.applicant;
  const r = c.rent;
  const d = ctx.start({ family: 'helvetica', size: 8.5, pageSize: [841.89, 595.28], margins: { left: 34, right: 34, top: 34, bottom: 44 } });
  const RIGHT = d.right;
  const tint: Color = rng.pick([[0.9, 0.94, 0.98], [0.94, 0.94, 0.9], [0.93, 0.97, 0.93], [0.96, 0.93, 0.9]] as const);
  const dark: Color = rng.pick([[0.1, 0.25, 0.45], [0.3, 0.3, 0.3], [0.15, 0.35, 0.2], [0.45, 0.2, 0.1]] as const);
  const kreis = rng.pick([`Stadt ${c.address.city}`, `Stadtverwaltung ${c.address.city}`, `Stadt ${c.address.city}`]);
  const amt = rng.pick(['Fachbereich Soziales · Wohngeldstelle', 'Sozialamt – Sachgebiet Wohngeld', 'Dezernat II · Referat Wohngeld und Lastenzuschuss', 'Amt für Jugend, Familie und Soziales – Wohngeld']);
  const wgNr = `${rng.pick(['WG', 'W', '51'])}/${rng.digits(5)}-${rng.int(1, 9)}`;
  const periodEnd = lastOfMonth(addDays(ctx.today, c.art === 'weiterleistungsantrag' ? rng.int(3, 45) : rng.int(60, 300)));
  const members = c.members;
  const count = members.length + 1;
  const holder = c.accountHolder ?? p;
  const dd = (v: string) => ctx.ndate(v);

  // typed value under a small caption, on a rule
  const cap = (x: number, top: number, w: number, label: string, value: Cell, size = 9) => {
    d.text(x, top + 7, label, { size: 6.3, color: GRAY });
    const v = typeof value === 'string' ? { text: value } : value;
    if (v.text) d.text(x + 1, top + 19, v.text, { size, field: v.field });
    d.hline(top + 22, x, x + w, 0.4, GRAY);
  };

  // head band
  d.rect(0, 0, d.width, 6, { fill: dark });
  d.text(d.left, 30, kreis, { size: 11, bold: true, color: dark });
  d.text(d.left, 41, amt, { size: 7.5, color: GRAY });
  d.text(d.left + 250, 32, ctx.pick([], ['Wohngeldantrag – Erfassungsbogen', 'Antrag auf Wohngeld (Zuschuss zur Miete)', 'Mietzuschuss nach dem Wohngeldgesetz – Antrag']), { size: 14, bold: true });
  d.text(d.left + 250, 44, 'Am PC ausfüllbar · Zutreffendes bitte ankreuzen · Pflichtangaben sind mit * gekennzeichnet', { size: 7, color: GRAY });
  const ox = RIGHT - 170;
  d.rect(ox, 16, 170, 44, { stroke: [0.4, 0.4, 0.4], lineWidth: 0.5 });
  d.text(ox + 4, 24, 'Vermerke der Wohngeldstelle', { size: 6, color: GRAY });
  d.text(ox + 4, 38, 'Eingang:', { size: 7, color: GRAY });
  d.text(ox + 40, 38, c.art === 'erstantrag' && rng.chance(0.4) ? '' : ctx.ndate(addDays(ctx.today, rng.int(1, 8))), { size: 8, font: 'courier' });
  d.text(ox + 4, 52, 'WG-Nr.:', { size: 7, color: GRAY });
  d.text(ox + 40, 52, c.art === 'erstantrag' ? '' : wgNr, { size: 8, font: 'courier' });
  d.text(ox + 104, 38, 'Sachb.:', { size: 7, color: GRAY });
  d.text(ox + 132, 38, `${rng.pick(['Ki', 'Sch', 'Wo', 'Be', 'Ha'])}${rng.int(1, 9)}`, { size: 8, font: 'courier' });

  // the kind of application in one row
  let top = 70;
  d.rect(d.left, top, RIGHT - d.left, 22, { fill: tint });
  const askW = d.text(d.left + 5, top + 14, ctx.pick([], ['Ich beantrage *', 'Beantragt wird *', 'Art der Antragstellung *']), { size: 8.5, bold: true });
  const kinds: [typeof c.art, string][] = [
    ['erstantrag', ctx.pick([], ['Erstbewilligung (bisher kein Wohngeld)', 'erstmalig Wohngeld'])],
    ['weiterleistungsantrag', ctx.pick([], ['Verlängerung im Anschluss an den Bewilligungszeitraum bis', 'Wohngeld für den Folgezeitraum nach dem'])],
    ['erhoehungsantrag', ctx.pick([], ['Höherbewilligung wegen Änderung (§ 27 Abs. 1 WoGG)', 'Neuberechnung zugunsten (Erhöhung, § 27 WoGG)'])],
  ];
  let kx = Math.max(d.left + 96, d.left + 5 + askW + 12);
  for (const [art, label] of kinds) {
    d.checkbox(kx, top + 15, art === c.art, 8.5);
    kx += 12 + d.text(kx + 12, top + 14, label, { size: 7.6, field: art === c.art ? 'antragsart' : undefined });
    if (art === 'weiterleistungsantrag') {
      d.hline(top + 16, kx + 3, kx + 54, 0.4, GRAY);
      if (c.art !== 'erstantrag') d.text(kx + 5, top + 14, dd(periodEnd), { size: 7.6 });
      kx += 56;
    }
    kx += 12;
  }

  // three panels A, B, C
  top = 100;
  const gap = 12;
  const pw = (RIGHT - d.left - 2 * gap) / 3;
  const panelH = 258;
  const panel = (i: number, letter: string, title: string) => {
    const x = d.left + i * (pw + gap);
    d.rect(x, top, pw, panelH, { stroke: [0.45, 0.45, 0.45], lineWidth: 0.6 });
    d.rect(x, top, pw, 15, { fill: dark });
    d.text(x + 5, top + 11, `${letter}   ${title}`, { size: 8.5, bold: true, color: [1, 1, 1] });
    return x + 6;
  };
  const iw = pw - 12;
  const line = (i: number) => top + 20 + i * 27;

  let x = panel(0, 'A', ctx.pick([], ['Antragstellende Person', 'Angaben zu Ihrer Person']));
  cap(x, line(0), iw * 0.6 - 4, 'Familienname *', { text: p.last, field: 'antragsteller_name' });
  cap(x + iw * 0.6, line(0), iw * 0.4, 'Geburtsname', p.birthName ?? '');
  cap(x, line(1), iw, 'Vorname(n) *', p.first);
  cap(x, line(2), iw * 0.42 - 4, 'Geburtsdatum *', { text: dd(p.birth), field: 'geburtsdatum' });
  cap(x + iw * 0.42, line(2), iw * 0.58, 'Geburtsort', p.birthPlace);
  const partner = members.find((m) => /Ehe|Partner|Lebens/.test(m.relation));
  cap(x, line(3), iw * 0.5 - 4, 'Familienstand', partner ? (/Ehe/.test(partner.relation) ? 'verheiratet' : 'ledig') : rng.pick(['ledig', 'geschieden', 'verwitwet']));
  cap(x + iw * 0.5, line(3), iw * 0.5, 'Staatsangehörigkeit', rng.pick(['deutsch', 'deutsch', 'deutsch', 'türkisch', 'polnisch', 'ukrainisch', 'syrisch']));
  cap(x, line(4), iw, 'Telefon (tagsüber)', c.phone);
  cap(x, line(5), iw, 'E-Mail (freiwillig)', rng.chance(0.6) ? `${mailPart(p.first.split(' ')[0])}.${mailPart(p.last)}@${rng.pick(['web.de', 'gmx.de', 't-online.de', 'posteo.de'])}` : '');
  cap(x, line(6), iw, 'Steuer-ID (freiwillig)', rng.chance(0.5) ? fake.steuerId(rng) : '');
  d.text(x, line(7) + 12, rng.pick(['Bezieht eine Person im Haushalt Bürgergeld oder Grundsicherung?', 'Erhält ein Haushaltsmitglied Leistungen nach SGB II oder SGB XII?']), { size: 6.8 });
  d.checkbox(x, line(7) + 24, true, 8);
  d.text(x + 12, line(7) + 24, 'nein', { size: 7.5 });
  d.checkbox(x + 44, line(7) + 24, false, 8);
  d.text(x + 56, line(7) + 24, 'ja, bitte Bescheid beifügen', { size: 7.5 });

  x = panel(1, 'B', ctx.pick([], ['Wohnung, für die Wohngeld beantragt wird', 'Ihre Wohnung']));
  cap(x, line(0), iw * 0.78 - 4, 'Straße, Hausnummer *', { text: `${c.address.street} ${c.address.no}`, field: 'anschrift' });
  cap(x + iw * 0.78, line(0), iw * 0.22, 'Etage', r.floor.replace('geschoss', 'g.').replace('Obergeschoss', 'OG'));
  cap(x, line(1), iw * 0.3 - 4, 'PLZ *', c.address.plz);
  cap(x + iw * 0.3, line(1), iw * 0.7, 'Ort *', c.address.city);
  cap(x, line(2), iw * 0.5 - 4, 'bewohnt seit', dd(r.einzug));
  cap(x + iw * 0.5, line(2), iw * 0.5, 'Wohnfläche', ctx.area(r.area));
  cap(x, line(3), iw, 'Vermieter/in (Name)', r.landlord.name);
  cap(x, line(4), iw, 'Anschrift Vermieter/in', `${r.landlord.address.street} ${r.landlord.address.no}, ${r.landlord.address.plz} ${r.landlord.address.city}`, 8);
  cap(x, line(5), iw * 0.5 - 4, 'Miete monatlich gesamt', ctx.money(gesamt(r)));
  cap(x + iw * 0.5, line(5), iw * 0.5, 'davon Heizkosten', r.heizkosten !== undefined ? ctx.money(r.heizkosten) : 'direkt an Versorger');
  d.text(x, line(6) + 12, 'Die Wohnung ist', { size: 6.8 });
  const kind = rng.pick(['Mietwohnung', 'Mietwohnung', 'Untermiete', 'Genossenschaftswohnung']);
  let bx = x;
  for (const k of ['Mietwohnung', 'Untermiete', 'Genossenschaftswohnung']) {
    d.checkbox(bx, line(6) + 24, k === kind, 8);
    bx += 14 + d.text(bx + 12, line(6) + 24, k, { size: 7.2 }) + 8;
  }
  d.text(x, line(7) + 12, 'Wird ein Teil der Wohnung gewerblich genutzt oder untervermietet?', { size: 6.8 });
  d.checkbox(x, line(7) + 24, true, 8);
  d.text(x + 12, line(7) + 24, 'nein', { size: 7.5 });
  d.checkbox(x + 44, line(7) + 24, false, 8);
  d.text(x + 56, line(7) + 24, 'ja', { size: 7.5 });

  x = panel(2, 'C', ctx.pick([], ['Auszahlung des Wohngeldes', 'Zahlungsweg']));
  d.text(x, line(0) + 10, 'Das Wohngeld soll überwiesen werden an', { size: 6.8 });
  d.checkbox(x, line(0) + 22, true, 8);
  d.text(x + 12, line(0) + 22, 'mich / mein Konto', { size: 7.5 });
  d.checkbox(x + 90, line(0) + 22, false, 8);
  d.text(x + 102, line(0) + 22, 'Vermieter/in (Anlage V)', { size: 7.5 });
  cap(x, line(1), iw, 'Kontoinhaber/in (Name, Vorname)', ctx.name(holder, 'last-first'));
  cap(x, line(2), iw, 'Kreditinstitut', c.bank.name);
  cap(x, line(3), iw, 'IBAN *', { text: ctx.iban(c.iban, true), field: 'iban' }, 9.5);
  cap(x, line(4), iw * 0.6, 'BIC', c.bank.bic);
  if (holder !== p) d.para('Das Konto gehört nicht der antragstellenden Person: Einverständnis der Kontoinhaberin / des Kontoinhabers liegt bei.', { x, width: iw, size: 6.5, color: GRAY });
  d.y = line(5) + 4;
  d.para(rng.pick([
    'Überzahltes Wohngeld kann von diesem Konto zurückgebucht werden. Ein Wechsel der Bankverbindung ist unverzüglich mitzuteilen.',
    'Bitte geben Sie nur ein Konto an, über das Sie selbst verfügen können. Barauszahlung ist nicht möglich.',
  ]), { x, width: iw, size: 6.8, color: GRAY });
  d.text(x, line(7) + 12, 'Wohngeld oder Lastenzuschuss schon einmal bezogen?', { size: 6.8 });
  d.checkbox(x, line(7) + 24, c.art === 'erstantrag', 8);
  d.text(x + 12, line(7) + 24, 'nein', { size: 7.5 });
  d.checkbox(x + 44, line(7) + 24, c.art !== 'erstantrag', 8);
  d.text(x + 56, line(7) + 24, c.art !== 'erstantrag' ? `ja, zuletzt WG-Nr. ${wgNr}` : 'ja, WG-Nr.', { size: 7.5 });

  // D the other members of the household
  d.y = top + panelH + 10;
  d.rect(d.left, d.y, RIGHT - d.left, 15, { fill: dark });
  d.text(d.left + 5, d.y + 11, `D   ${ctx.pick([], ['Weitere Haushaltsmitglieder (ohne antragstellende Person)', 'Personen, die außer Ihnen zum Haushalt gehören'])}`, { size: 8.5, bold: true, color: [1, 1, 1] });
  d.y += 17;
  const cols = [d.left + 4, d.left + 28, d.left + 150, d.left + 270, d.left + 340, d.left + 470, d.left + 560, d.left + 650];
  const heads = ['Nr.', 'Familienname', 'Vorname', 'geboren am', 'Verhältnis zu Ihnen', 'eigenes Einkommen', 'Schule/Ausbildung', 'seit wann im Haushalt'];
  d.rect(d.left, d.y, RIGHT - d.left, 13, { fill: tint });
  heads.forEach((h, i) => d.text(cols[i], d.y + 9.5, h, { size: 7, bold: true }));
  d.y += 13;
  const rows = Math.max(members.length, 3);
  for (let i = 0; i < rows; i++) {
    const m = members[i];
    const ry = d.y + 10.5;
    d.text(cols[0], ry, `${i + 2}`, { size: 8, color: GRAY });
    if (m) {
      const school = !m.income && Number(m.person.birth.slice(0, 4)) <= Number(ctx.today.slice(0, 4)) - 6 && Number(m.person.birth.slice(0, 4)) >= Number(ctx.today.slice(0, 4)) - 24;
      const sinceM = m.person.birth > r.einzug ? m.person.birth : rng.chance(0.8) ? r.einzug : addDays(r.einzug, rng.int(30, 900));
      [m.person.last, m.person.first, dd(m.person.birth), m.relation, m.income ? 'ja' : 'nein', school ? 'ja' : 'nein', dd(sinceM < ctx.today ? sinceM : r.einzug)].forEach((t, j) => d.text(cols[j + 1], ry, t, { size: 8 }));
    }
    d.y += 14;
    d.hline(d.y, d.left, RIGHT, 0.3, GRAY);
  }
  d.y += 6;
  const cl = ctx.pick([], ['Zahl der Haushaltsmitglieder insgesamt (einschließlich Ihnen) *', 'Personen im Haushalt insgesamt, Sie eingeschlossen *']);
  d.text(d.left + 4, d.y + 11, cl, { size: 8, bold: true });
  const cbx = d.left + 10 + d.measure(cl, { size: 8, bold: true });
  d.rect(cbx, d.y + 1, 26, 15, { stroke: [0, 0, 0], lineWidth: 0.8 });
  d.text(cbx + 13, d.y + 12, String(count), { size: 10, bold: true, align: 'center', field: 'haushaltsmitglieder' });
  d.text(cbx + 40, d.y + 11, `davon Kinder unter 18 Jahren: ${members.filter((m) => !/Ehe|Partner|Lebens|Mutter|Vater/.test(m.relation) && Number(m.person.birth.slice(0, 4)) > Number(ctx.today.slice(0, 4)) - 18).length}`, { size: 8 });
  d.text(cbx + 200, d.y + 11, 'Weitere Personen bitte auf einem Beiblatt angeben.', { size: 7, color: GRAY });

  // page 2
  d.newPage();
  d.text(d.left, d.y + 10, `Antragsteller/in: ${ctx.name(p, 'last-first')}`, { size: 8, color: GRAY });
  d.text(RIGHT, d.y + 10, 'Wohngeldantrag – Fortsetzung (Blatt 2)', { size: 8, color: GRAY, align: 'right' });
  d.y += 20;
  const band = (letter: string, title: string) => {
    d.ensure(60);
    d.rect(d.left, d.y, RIGHT - d.left, 15, { fill: dark });
    d.text(d.left + 5, d.y + 11, `${letter}   ${title}`, { size: 8.5, bold: true, color: [1, 1, 1] });
    d.y += 17;
  };
  band('E', 'Einkommen aller Haushaltsmitglieder (monatliche Bruttobeträge in Euro)');
  const kindsE = ['Lohn / Gehalt', 'Rente / Pension', 'Arbeitslosengeld', 'Elterngeld', 'Unterhalt / UVG', 'Sonstiges'];
  const ex = [d.left + 4, d.left + 160, d.left + 260, d.left + 360, d.left + 460, d.left + 560, d.left + 660];
  d.rect(d.left, d.y, RIGHT - d.left, 13, { fill: tint });
  d.text(ex[0], d.y + 9.5, 'Person', { size: 7, bold: true });
  kindsE.forEach((k, i) => d.text(ex[i + 1] + 80, d.y + 9.5, k, { size: 7, bold: true, align: 'right' }));
  d.y += 13;
  const earners = [{ person: p, income: true, relation: '' }, ...members];
  for (const m of earners) {
    const ry = d.y + 10.5;
    d.text(ex[0], ry, ctx.name(m.person, 'first-last'), { size: 8 });
    const k = m.income ? rng.weighted([[0, 5], [1, 3], [2, 1], [3, 1], [5, 1]] as const) : -1;
    kindsE.forEach((_, i) => d.text(ex[i + 1] + 80, ry, i === k ? decimal(cents(rng.float(k === 0 ? 620 : 380, 2900))) : '–', { size: 8, align: 'right', color: i === k ? undefined : GRAY }));
    d.y += 14;
    d.hline(d.y, d.left, RIGHT, 0.3, GRAY);
  }
  d.move(4);
  d.para('Kindergeld wird nicht angerechnet und muss hier nicht eingetragen werden. Für jedes Einkommen ist ein Nachweis beizufügen (z. B. die letzten drei Lohnabrechnungen, Rentenbescheid, Bescheid der Agentur für Arbeit).', { size: 7.5, color: GRAY });

  band('F', 'Miete und Leistungen Dritter');
  const fy = d.y;
  cap(d.left + 4, fy, 170, 'Grundmiete (kalt) monatlich', ctx.money(r.grundmiete));
  cap(d.left + 190, fy, 150, 'Nebenkosten (ohne Heizung)', ctx.money(r.nebenkosten));
  cap(d.left + 356, fy, 150, 'Heizung / Warmwasser', r.heizkosten !== undefined ? ctx.money(r.heizkosten) : '–');
  cap(d.left + 522, fy, 120, 'Stellplatz / Garage', r.stellplatz ? ctx.money(r.stellplatz) : '–');
  cap(d.left + 658, fy, RIGHT - d.left - 662, 'Zuschüsse Dritter zur Miete', rng.pick(['keine', 'keine', 'keine', `Arbeitgeber ${ctx.money(rng.pick([25, 40, 50]))}`]));
  d.y = fy + 30;

  band('G', 'Erklärungen und Unterschriften');
  d.para('Ich versichere, dass alle Angaben vollständig und richtig sind. Mir ist bekannt, dass ich Änderungen, insbesondere bei Einkommen, Miete und Haushaltsgröße, unverzüglich mitteilen muss und zu Unrecht erhaltenes Wohngeld zu erstatten ist. Die Hinweise zum Datenschutz (Art. 13 DSGVO) habe ich erhalten.', { size: 7.8 });
  d.move(4);
  const sy = d.y;
  d.text(d.left + 4, sy + 16, `${c.address.city}, ${dd(ctx.today)}`, { size: 9 });
  d.hline(sy + 20, d.left, d.left + 200, 0.4, GRAY);
  d.text(d.left, sy + 28, 'Ort, Datum', { size: 6.3, color: GRAY });
  d.text(d.left + 240, sy + 15, `${p.first.split(' ')[0][0]}. ${p.last}`, { size: 12, font: 'times-italic', color: [0.1, 0.15, 0.5] });
  d.hline(sy + 20, d.left + 230, d.left + 460, 0.4, GRAY);
  d.text(d.left + 230, sy + 28, 'Unterschrift antragstellende Person', { size: 6.3, color: GRAY });
  d.hline(sy + 20, d.left + 490, RIGHT, 0.4, GRAY);
  d.text(d.left + 490, sy + 28, 'Unterschriften weiterer volljähriger Haushaltsmitglieder', { size: 6.3, color: GRAY });
  d.y = sy + 40;

  band('H', 'Beigefügte Nachweise');
  const proofs = ['Mietbescheinigung (Anlage M)', 'Mietvertrag', 'Einkommensnachweise aller Personen', 'Meldebescheinigung', 'Schul-/Studienbescheinigung', 'Kontoauszüge (3 Monate)', 'Bescheid Agentur für Arbeit / Rente', 'Anlage V (Zahlung an Vermieter)'];
  proofs.forEach((t, i) => {
    const px = d.left + 4 + (i % 4) * 195;
    const py = d.y + 10 + Math.floor(i / 4) * 14;
    d.checkbox(px, py, i < 3 || (i < 7 && rng.chance(0.4)), 8);
    d.text(px + 12, py, t, { size: 7.5 });
  });
  d.y += 34;

  const formNo = rng.pick(['WG-Antrag quer (Erfassungsbogen)', 'Vordruck 631 WoGG', 'Formular S-WG 01']);
  d.onEveryPage((doc, page, pages) => {
    doc.hline(doc.height - 30, doc.left, RIGHT, 0.3, GRAY);
    doc.text(doc.left, doc.height - 20, `${formNo} · ${kreis}`, { size: 6.5, color: GRAY });
    doc.text(RIGHT, doc.height - 20, `Blatt ${page}/${pages}`, { size: 7, align: 'right' });
  });
  truth(ctx, c);
}

/**
 * blind9: a Land's application form for residents of a care home (Mietzuschuss für Heimbewohner),
 * filled in on the PC by the home's social service on behalf of the resident. Page 1: the
 * authority's head with a box for its notes, who filled in the form (the social worker with phone),
 * the kind of application as three lettered boxes (the end of the running period or the day the
 * home raised its charge for lodging beside them), the resident in a grid of framed cells (surname,
 * given names, birth date, marital status, care degree), the day of admission and the address
 * before the admission, the home with its operator, the home's address as the resident's address,
 * living area and room number; the household question (a spouse in the same home as a second row)
 * with the count in a box, a relative as contact person outside the household. Page 2: income in a
 * small table, the payment question with the resident's account (holder sometimes the resident
 * represented by a guardian), the home operator's certificate of the monthly charge (daily rates
 * times 30.42 for lodging, food, investment costs and the care share, the total, the room's area,
 * the admission day) with the operator's own IBAN for the charge, declarations and signatures.
 */
function blind9HeimbewohnerAntrag(ctx: Ctx): void {
  const rng = ctx.rng;
  const p = fake.person(rng, { bornFrom: 1929, bornTo: 1962 });
  p.title = undefined;
  const city = fake.address(rng).city;
  const home = fake.sameCityAddress(rng, fake.address(rng, { city }));
  const before = fake.address(rng, rng.chance(0.7) ? { city } : {});
  const married = rng.chance(0.22);
  const spouse = married ? fake.person(rng, { gender: p.gender === 'f' ? 'm' : 'f', bornFrom: Number(p.birth.slice(0, 4)) - 5, bornTo: Math.min(1965, Number(p.birth.slice(0, 4)) + 5), last: p.last }) : undefined;
  if (spouse) spouse.title = undefined;
  const count = married ? 2 : 1;
  const art = rng.weighted([['erstantrag', 5], ['weiterleistungsantrag', 4], ['erhoehungsantrag', 2]] as const);
  const acc = fake.bankAccount(rng);
  const homeAcc = fake.bankAccount(rng);
  const guardian = rng.chance(0.35) ? fake.person(rng, { bornFrom: 1960, bornTo: 1990 }) : undefined;
  const relative = fake.person(rng, { bornFrom: 1955, bornTo: 1985, last: rng.chance(0.6) ? p.last : undefined });
  const relAddr = fake.address(rng);
  const social = fake.person(rng, { gender: rng.chance(0.75) ? 'f' : 'm', bornFrom: 1965, bornTo: 1998 });
  const admitted = rng.chance(0.6) ? firstOfMonth(addDays(ctx.today, -rng.int(40, 2200))) : addDays(ctx.today, -rng.int(40, 2200));
  const periodEnd = lastOfMonth(addDays(ctx.today, rng.int(5, 60)));
  const raiseDay = firstOfMonth(addDays(ctx.today, -rng.int(0, 50)));
  const careDegree = rng.int(2, 5);
  const roomArea = rng.int(14, 24) + rng.pick([0, 0, 0.5, 0.3, 0.75]);
  const roomNo = `${rng.pick(['A', 'B', 'C', ''])}${rng.int(1, 3)}${rng.digits(2)}`;
  const FANT = ['Lindenhof', 'Abendsonne', 'Am Stadtpark', 'St. Elisabeth', 'Haus am Mühlteich', 'Kastanienhof', 'Waldblick', 'Rosengarten'];
  const homeName = rng.pick([`Seniorenzentrum ${rng.pick(FANT)}`, `Alten- und Pflegeheim ${rng.pick(FANT)}`, `Pflegewohnstift ${rng.pick(FANT)}`, `Haus ${rng.pick(['Abendsonne', 'Lindenhof', 'Kastanienhof', 'Rosengarten'])} – Wohnen und Pflege`]);
  const operator = rng.pick([`Diakonie ${city} gGmbH`, `Caritas Altenhilfe ${city} gGmbH`, `AWO Seniorendienste ${city} gGmbH`, `DRK Kreisverband ${city} e.V.`, `Volkssolidarität ${city} e.V.`, `${rng.pick(['Vierlinden', 'Auenwald', 'Elbtal', 'Havelland'])} Pflege gGmbH`]);
  const days = 30.42;
  const rate = (lo: number, hi: number) => cents(rng.float(lo, hi));
  const charges: [string, number][] = [
    [ctx.pick([], ['Unterkunft', 'Entgelt für Unterkunft']), rate(18, 29)],
    [ctx.pick([], ['Verpflegung', 'Entgelt für Verpflegung']), rate(7, 11.5)],
    [ctx.pick([], ['Investitionskosten', 'gesondert berechenbare Investitionsaufwendungen']), rate(12, 24)],
    ['einrichtungseinheitlicher Eigenanteil (Pflege)', rate(28, 58)],
    ['Ausbildungsumlage', rate(1.8, 5.2)],
  ];
  const monthly = charges.map(([l, v]) => [l, v, cents(v * days)] as const);
  const total = cents(monthly.reduce((s, [, , m]) => s + m, 0));
  const pension = cents(rng.float(780, 1900));
  const widow = rng.chance(0.35) ? cents(rng.float(250, 900)) : 0;
  const dd = (v: string) => ctx.ndate(v);
  const dark: Color = rng.pick([[0.12, 0.3, 0.5], [0.35, 0.1, 0.12], [0.1, 0.35, 0.25], [0.25, 0.25, 0.25]] as const);
  const shade: Color = [0.93, 0.93, 0.93];
  const typed = 'courier' as const;
  const land = rng.pick(['Landeseinheitlicher Vordruck', 'Vordruck nach Landesrecht', 'Amtlicher Vordruck']);
  const authorityName = rng.pick([`Landratsamt – Wohngeldbehörde`, `Stadt ${city} – Amt für Wohnen, Wohngeldstelle`, `Große Kreisstadt ${city} – Sachgebiet Wohngeld`, `Kreisverwaltung – Fachdienst Wohngeld`]);
  const stand = rng.pick(['01/2025', '07/2024', '01/2024']);

  const d = ctx.start({ family: 'helvetica', size: 8.5, margins: { left: 48, right: 44, top: 44, bottom: 58 } });
  const W = d.contentWidth;
  // head: Land and form number at the left, the authority's notes box at the right
  d.text(d.left, 42, land, { size: 7.5, color: GRAY });
  d.text(d.left, 54, authorityName, { size: 9.5, bold: true, color: dark });
  const nb = d.right - 160;
  d.rect(nb, 26, 160, 52, { stroke: [0.3, 0.3, 0.3], lineWidth: 0.5 });
  d.text(nb + 4, 34, 'Nur für die Behörde', { size: 6.3, color: GRAY });
  d.text(nb + 4, 47, 'Eingang', { size: 7, color: GRAY });
  d.text(nb + 4, 60, 'Wohngeld-Nr.', { size: 7, color: GRAY });
  d.text(nb + 4, 73, 'Bearb.', { size: 7, color: GRAY });
  if (art !== 'erstantrag') d.text(nb + 56, 60, `${rng.digits(2)}-${rng.digits(5)}`, { size: 8 });
  d.y = 86;
  d.write(ctx.pick([], ['Antrag auf Mietzuschuss für Bewohnerinnen und Bewohner von Heimen', 'Wohngeldantrag – Mietzuschuss für Heimbewohnerinnen und Heimbewohner']), { size: 12.5, bold: true, gap: 1.2 });
  d.para('nach dem Wohngeldgesetz (WoGG) für Personen, die in einer stationären Einrichtung (Pflegeheim, Altenheim, Wohnheim für Menschen mit Behinderung) leben', { size: 7.5, color: GRAY });
  d.move(4);

  const band = (no: string, title: string) => {
    d.ensure(70);
    d.move(5);
    d.rect(d.left, d.y, W, 15, { fill: dark });
    d.text(d.left + 5, d.y + 11, `${no}`, { size: 9, bold: true, color: [1, 1, 1] });
    d.text(d.left + 22, d.y + 11, title, { size: 9, bold: true, color: [1, 1, 1] });
    d.y += 19;
  };
  /** a row of framed cells: caption at the top left, typed value below */
  const cells = (spec: [number, string, Cell][], h = 25) => {
    d.ensure(h);
    let x = d.left;
    const top = d.y;
    for (const [w, label, value] of spec) {
      const cw = W * w;
      d.rect(x, top, cw, h, { stroke: [0.45, 0.45, 0.45], lineWidth: 0.4 });
      d.text(x + 3, top + 8, label, { size: 6.3, color: GRAY });
      const v = typeof value === 'string' ? { text: value } : value;
      // like a PDF form field, a long entry is set smaller to fit its cell
      let size = 9;
      while (size > 6.5 && d.measure(v.text, { size, font: typed }) > cw - 8) size -= 0.5;
      if (v.text) d.text(x + 4, top + h - 6, v.text, { size, font: typed, field: v.field });
      x += cw;
    }
    d.y = top + h;
  };

  // who filled in the form
  d.rect(d.left, d.y, W, 42, { fill: shade });
  d.text(d.left + 5, d.y + 11, 'Der Antrag wurde ausgefüllt von', { size: 8, bold: true });
  const byWhom: [string, boolean][] = [['der antragstellenden Person selbst', false], ['der rechtlichen Betreuerin / dem Betreuer', false], ['dem Sozialdienst der Einrichtung', true]];
  let bx = d.left + 5;
  for (const [label, on] of byWhom) {
    d.checkbox(bx, d.y + 24, on, 8);
    bx += 12 + d.text(bx + 12, d.y + 23, label, { size: 7.5 }) + 16;
  }
  d.text(d.left + 5, d.y + 36, `Name, Telefon: ${fake.fullName(social)}, Sozialdienst, ${fake.phone(rng)}`, { size: 8, font: typed });
  d.y += 46;

  band('A', 'Art des Antrags');
  const kinds: [typeof art, string, string][] = [
    ['erstantrag', 'a)', ctx.pick([], ['Ich habe bisher kein Wohngeld erhalten (erstmaliger Antrag).', 'Erstmalige Beantragung von Mietzuschuss'])],
    ['weiterleistungsantrag', 'b)', ctx.pick([], ['Wohngeld soll nach Ablauf des laufenden Bewilligungszeitraums weitergezahlt werden. Der Zeitraum endet am', 'Weiterzahlung im Anschluss an die bisherige Bewilligung, die endet am'])],
    ['erhoehungsantrag', 'c)', ctx.pick([], ['Wohngeld wird bereits bezogen; Erhöhung, weil das Entgelt für die Unterkunft gestiegen ist, ab', 'Bezug läuft – Neuberechnung wegen höherer Unterkunftskosten im Heim seit'])],
  ];
  for (const [k, letter, label] of kinds) {
    d.ensure(16);
    d.text(d.left + 2, d.y + 10, letter, { size: 8.5 });
    d.checkbox(d.left + 18, d.y + 11, k === art, 9);
    const lw = d.text(d.left + 33, d.y + 10, label, { size: 8.5, field: k === art ? 'antragsart' : undefined });
    if (k !== 'erstantrag') {
      let x = d.left + 33 + lw + 6;
      // a long option takes its date blank onto a line of its own
      if (x + 62 > d.right) {
        d.y += 13;
        x = d.left + 33;
      }
      d.hline(d.y + 12, x, x + 62, 0.4, GRAY);
      if (k === art) d.text(x + 2, d.y + 10, dd(k === 'weiterleistungsantrag' ? periodEnd : raiseDay), { size: 8.5, font: typed });
    }
    d.y += 15;
  }

  band('B', 'Angaben zur antragstellenden Person (Heimbewohner/in)');
  cells([[0.34, 'Familienname', { text: p.last, field: 'antragsteller_name' }], [0.36, 'Vorname(n)', p.first], [0.3, 'Geburtsname (falls abweichend)', p.birthName ?? '']]);
  const status = married ? 'verheiratet' : rng.pick(['verwitwet', 'verwitwet', 'ledig', 'geschieden']);
  cells([[0.22, 'Geburtsdatum', { text: dd(p.birth), field: 'geburtsdatum' }], [0.26, 'Geburtsort', p.birthPlace], [0.2, 'Familienstand', status], [0.16, 'Pflegegrad', String(careDegree)], [0.16, 'Staatsangehörigkeit', rng.pick(['deutsch', 'deutsch', 'deutsch', 'polnisch', 'russisch'])]]);
  cells([[0.3, 'in der Einrichtung seit (Aufnahmetag)', dd(admitted)], [0.7, 'letzte Wohnanschrift vor der Aufnahme in die Einrichtung', `${before.street} ${before.no}, ${before.plz} ${before.city}`]]);

  band('C', 'Einrichtung (jetzige Wohnanschrift)');
  cells([[0.5, 'Name der Einrichtung', homeName], [0.5, 'Träger', operator]]);
  cells([[0.5, 'Straße, Hausnummer', { text: `${home.street} ${home.no}`, field: 'anschrift' }], [0.3, 'Postleitzahl, Ort', `${home.plz} ${home.city}`], [0.2, 'Zimmer-Nr. / Wohnbereich', roomNo]]);
  d.move(4);
  d.text(d.left, d.y + 9, 'Unterbringung:', { size: 8 });
  bx = d.left + 70;
  for (const [label, on] of [['Einzelzimmer', !married], ['Doppelzimmer', married], ['Appartement mit eigener Küche', false]] as [string, boolean][]) {
    d.checkbox(bx, d.y + 10, on, 8);
    bx += 12 + d.text(bx + 12, d.y + 9, label, { size: 8 }) + 16;
  }
  d.y += 16;

  band('D', 'Haushalt');
  d.para('Wohnen mit Ihnen in der Einrichtung Familienmitglieder, mit denen Sie einen gemeinsamen Haushalt führen (z. B. Ehegatte im selben Zimmer oder Appartement)?', { size: 8 });
  d.checkbox(d.left + 4, d.y + 9, !married, 8);
  d.text(d.left + 16, d.y + 8, 'nein', { size: 8 });
  d.checkbox(d.left + 50, d.y + 9, married, 8);
  d.text(d.left + 62, d.y + 8, 'ja, und zwar:', { size: 8 });
  d.y += 14;
  const hh: Cell[][] = [['1', `${p.last}, ${p.first}`, dd(p.birth), 'antragstellende Person']];
  if (spouse) hh.push(['2', `${spouse.last}, ${spouse.first}`, dd(spouse.birth), spouse.gender === 'f' ? 'Ehefrau' : 'Ehemann']);
  else hh.push(['2', '', '', '']);
  table(ctx, [
    { header: 'lfd. Nr.', x: d.left + 2 },
    { header: 'Name, Vorname', x: d.left + 45 },
    { header: 'geboren am', x: d.left + 235 },
    { header: 'Verhältnis zur antragstellenden Person', x: d.left + 320 },
  ], hh, { size: 8.5, grid: true, headerFill: shade });
  const cb = d.right - 40;
  d.text(cb - 8, d.y + 12, ctx.pick([], ['Zahl der Haushaltsmitglieder insgesamt (einschließlich antragstellender Person)', 'Personen im Haushalt zusammen, Sie selbst eingeschlossen']), { size: 8, bold: true, align: 'right' });
  d.rect(cb, d.y, 34, 17, { stroke: [0, 0, 0], lineWidth: 0.8 });
  d.text(cb + 17, d.y + 12.5, String(count), { size: 10, font: typed, align: 'center', field: 'haushaltsmitglieder' });
  d.y += 24;
  d.para(`Ansprechpartner/in außerhalb der Einrichtung (gehört nicht zum Haushalt): ${fake.fullName(relative)}, ${relAddr.street} ${relAddr.no}, ${relAddr.plz} ${relAddr.city}, Tel. ${fake.mobile(rng)}${guardian ? '' : ` (${rng.pick(relative.gender === 'f' ? ['Tochter', 'Nichte', 'Schwiegertochter'] : ['Sohn', 'Neffe', 'Schwiegersohn'])})`}`, { size: 8 });
  if (guardian) d.para(`Rechtliche Betreuung (Vermögenssorge): ${fake.fullName(guardian)}, Berufsbetreuer/in, Bestellung durch das Amtsgericht ${city}, Az. ${rng.digits(2)} XVII ${rng.digits(3)}/${rng.int(15, 24)}`, { size: 8 });

  d.onContinuation((doc) => {
    doc.text(doc.left, doc.y + 8, `Antrag Mietzuschuss (Heim) · ${p.last}, ${p.first}`, { size: 7.5, color: GRAY });
    doc.y += 14;
  });
  band('E', 'Einkommen (bitte Nachweise beifügen)');
  const inc: Cell[][] = [[rng.pick(['Altersrente', 'Regelaltersrente', 'Rente wegen voller Erwerbsminderung']), rng.pick(['Deutsche Rentenversicherung', 'DRV Bund', 'DRV Mitteldeutschland']), ctx.money(pension)]];
  if (widow) inc.push(['Witwen-/Witwerrente', 'Deutsche Rentenversicherung', ctx.money(widow)]);
  if (rng.chance(0.3)) inc.push(['Betriebsrente', rng.pick(['VBL', 'Zusatzversorgungskasse', 'Pensionskasse']), ctx.money(cents(rng.float(60, 400)))]);
  if (spouse) inc.push([`Rente Ehegatte (${spouse.first})`, 'Deutsche Rentenversicherung', ctx.money(cents(rng.float(600, 1500)))]);
  table(ctx, [
    { header: 'Art der Einnahme', x: d.left + 2 },
    { header: 'zahlende Stelle', x: d.left + 190 },
    { header: 'monatlich brutto', x: d.right - 4, align: 'right' },
  ], inc, { size: 8.5, grid: true, headerFill: shade });
  d.para(`Leistungen der Pflegekasse (Pflegegrad ${careDegree}) werden unmittelbar an die Einrichtung gezahlt. Hilfe zur Pflege nach dem SGB XII ist ${rng.pick(['beantragt', 'nicht beantragt', 'bewilligt'])}.`, { size: 8 });

  band('F', 'Auszahlung');
  d.para('Der Mietzuschuss soll überwiesen werden auf das Konto', { size: 8 });
  bx = d.left + 4;
  for (const [label, on] of [['der antragstellenden Person', true], ['der Einrichtung (Heimentgelt)', false], ['einer anderen Person', false]] as [string, boolean][]) {
    d.checkbox(bx, d.y + 9, on, 8);
    bx += 12 + d.text(bx + 12, d.y + 8, label, { size: 8 }) + 18;
  }
  d.y += 15;
  cells([[0.6, 'Kontoinhaber/in', guardian ? `${p.first} ${p.last}, vertr. d. ${fake.fullName(guardian)}` : `${p.first} ${p.last}`], [0.4, 'Geldinstitut', acc.bank.name]]);
  cells([[0.65, 'IBAN', { text: ctx.iban(acc.iban), field: 'iban' }], [0.35, 'BIC', acc.bank.bic]]);

  band('G', 'Bescheinigung des Trägers der Einrichtung (vom Heim auszufüllen)');
  d.para(`Wir bestätigen, dass die oben genannte Person seit dem ${dd(admitted)} in unserer Einrichtung ${homeName} lebt. Das Heimentgelt beträgt nach dem Heimvertrag (Stand ${dd(raiseDay)}):`, { size: 8 });
  const rows: Cell[][] = monthly.map(([l, v, m]) => [l, decimal(v), decimal(m)]);
  rows.push(['Heimentgelt monatlich insgesamt (Eigenanteil)', '', decimal(total)]);
  table(ctx, [
    { header: 'Entgeltbestandteil', x: d.left + 2 },
    { header: 'je Tag (EUR)', x: d.left + 330, align: 'right' },
    { header: `x ${decimal(days)} Tage (EUR)`, x: d.right - 4, align: 'right' },
  ], rows, { size: 8.5, grid: true, headerFill: shade });
  cells([[0.3, 'Wohnfläche des Zimmers', ctx.area(roomArea)], [0.3, married ? 'Bewohner im Zimmer' : 'Zimmer belegt mit', married ? '2 Personen' : '1 Person'], [0.4, 'Heimentgelt bitte überweisen auf', ctx.iban(homeAcc.iban)]]);
  d.move(18);
  d.ensure(30);
  d.hline(d.y, d.left, d.left + 200, 0.4);
  d.hline(d.y, d.right - 200, d.right, 0.4);
  d.text(d.left, d.y + 9, 'Ort, Datum', { size: 6.5, color: GRAY });
  d.text(d.right - 200, d.y + 9, 'Stempel und Unterschrift der Heimleitung', { size: 6.5, color: GRAY });
  d.text(d.left + 2, d.y - 4, `${home.city}, ${dd(addDays(ctx.today, -rng.int(1, 6)))}`, { size: 8.5, font: typed });
  d.y += 14;

  band('H', 'Erklärung und Unterschrift');
  d.para('Ich versichere, dass die Angaben richtig und vollständig sind. Änderungen – insbesondere Umzug in eine andere Einrichtung, Änderung des Heimentgelts oder des Einkommens – teile ich der Wohngeldbehörde unverzüglich mit. Ich bin damit einverstanden, dass die Wohngeldbehörde zur Prüfung Auskünfte beim Träger der Einrichtung einholt.', { size: 8 });
  d.move(20);
  d.hline(d.y, d.left, d.left + 200, 0.4);
  d.hline(d.y, d.right - 200, d.right, 0.4);
  d.text(d.left, d.y + 9, 'Ort, Datum', { size: 6.5, color: GRAY });
  d.text(d.right - 200, d.y + 9, guardian ? 'Unterschrift der Betreuerin / des Betreuers' : 'Unterschrift der antragstellenden Person', { size: 6.5, color: GRAY });
  d.text(d.left + 2, d.y - 4, `${home.city}, ${dd(addDays(ctx.today, -rng.int(0, 3)))}`, { size: 8.5, font: typed });

  const formNo = rng.pick(['WG 3 H', 'Vordruck WoGG-Heim', 'Form. 04.2 (Heim)']);
  d.onEveryPage((doc, page, pages) => {
    doc.hline(doc.height - 36, doc.left, doc.right, 0.3, GRAY);
    doc.text(doc.left, doc.height - 26, `${formNo} · ${land} · Stand ${stand}`, { size: 6.5, color: GRAY });
    doc.text(doc.right, doc.height - 26, `Seite ${page} von ${pages}`, { size: 7, align: 'right', color: GRAY });
  });
  ctx.set('antragsteller_name', fake.fullName(p));
  ctx.set('geburtsdatum', p.birth);
  ctx.set('anschrift', fake.addressLine(home));
  ctx.set('haushaltsmitglieder', count);
  ctx.set('iban', acc.iban);
  ctx.set('antragsart', art);
}

/**
 * blind10 (holdout): a welfare organisation's counselling service forwards its client's application:
 * page 1 the service's cover letter (client and earlier award in the text, the service's donation
 * account in the footer), then the form the counsellor filled in on the PC (numbered rows under dark
 * bands, the kind of application as radio buttons, people in the flat outside the household listed
 * apart), a power of attorney for the service at the end.
 */
function blind10BeratungsstelleUebersendung(ctx: Ctx): void {
  const rng = ctx.rng;
  const c = draw(ctx);
  const p = c.applicant;
  const city = c.address.city;
  const dd = (v: string) => ctx.ndate(v);
  const ORGS: [string, string, string][] = [
    [`Caritasverband für die Stadt ${city} e.V.`, 'Allgemeine Sozial- und Lebensberatung', 'caritas'],
    [`Diakonisches Werk ${city}`, 'Kirchliche Allgemeine Sozialarbeit (KASA)', 'diakonie'],
    [`AWO Kreisverband ${city} e.V.`, 'Migrationsberatung für erwachsene Zuwanderer (MBE)', 'awo'],
    [`Paritätischer Sozialdienst ${city} gGmbH`, 'Beratungsstelle Existenzsicherung', 'paritaet'],
    [`Volkssolidarität ${city} e.V.`, 'Sozial- und Seniorenberatung', 'volkssolidaritaet'],
  ];
  const [orgName, orgUnit, orgMail] = rng.pick(ORGS);
  const orgAddr = fake.sameCityAddress(rng, c.address);
  const orgPhone = fake.phone(rng);
  const donation = fake.bankAccount(rng);
  const helper = fake.person(rng, { gender: rng.chance(0.7) ? 'f' : 'm', bornFrom: 1962, bornTo: 1996 });
  helper.title = undefined;
  const helperRole = helper.gender === 'f' ? rng.pick(['Dipl.-Sozialarbeiterin (FH)', 'Sozialarbeiterin B.A.', 'Beraterin']) : rng.pick(['Dipl.-Sozialpädagoge (FH)', 'Sozialarbeiter B.A.', 'Berater']);
  const office = rng.pick([`Stadt ${city}`, `Stadtverwaltung ${city}`, `Landratsamt`]);
  const officeUnit = rng.pick(['Wohngeldstelle', 'Amt für Soziales und Wohnen – Wohngeld', 'Sachgebiet Wohngeld']);
  const officeAddr = fake.sameCityAddress(rng, c.address);
  const clientNo = `${rng.pick(['KL', 'B', 'SB'])}-${rng.int(2019, 2025)}-${rng.digits(4)}`;
  const wgNr = `${rng.digits(3)}.${rng.digits(5)}`;
  const receives = c.art !== 'erstantrag';
  const periodEnd = lastOfMonth(addDays(ctx.today, c.art === 'weiterleistungsantrag' ? rng.int(8, 60) : rng.int(100, 300)));
  const noticeDay = addDays(periodEnd, -rng.int(300, 360));
  const award = rng.int(48, 430);
  const reason = rng.pick([
    `Die Miete ist zum ${dd(firstOfMonth(addDays(ctx.today, -rng.int(0, 40))))} gestiegen.`,
    'Das Einkommen des Haushalts ist um mehr als 15 Prozent gesunken.',
    'Ein weiteres Kind ist in den Haushalt aufgenommen worden.',
  ]);
  const faxed = addDays(ctx.today, -rng.int(3, 20));
  const signed = addDays(ctx.today, -rng.int(1, 6));
  const ink: Color = rng.pick([[0, 0, 0], [0.05, 0.1, 0.42]] as const);
  const dark: Color = rng.pick([[0.16, 0.23, 0.36], [0.3, 0.12, 0.16], [0.12, 0.3, 0.25], [0.22, 0.22, 0.22]] as const);
  const she = p.gender === 'f';
  const client = she ? 'unserer Klientin' : 'unseres Klienten';
  const salut = she ? 'Frau' : 'Herrn';

  // page 1: the cover letter
  const d = ctx.start({ family: 'helvetica', size: 9.5, margins: { left: 68, right: 56, top: 56, bottom: 80 } });
  const W = d.contentWidth;
  letterhead(ctx, { name: orgName, unit: orgUnit, extra: [`${orgAddr.street} ${orgAddr.no}`, `${orgAddr.plz} ${orgAddr.city}`, `Tel. ${orgPhone}`] }, dark);
  returnLine(d, `${orgName} · ${orgAddr.street} ${orgAddr.no} · ${orgAddr.plz} ${orgAddr.city}`);
  addressWindow(d, [office, officeUnit, `${officeAddr.street} ${officeAddr.no}`, `${officeAddr.plz} ${officeAddr.city}`]);
  infoBlock(d, [
    ['Unser Zeichen', clientNo],
    ['Ihr Zeichen', receives ? wgNr : '–'],
    ['Bearbeitet von', `${helper.first.split(' ')[0]} ${helper.last}`],
    ['Durchwahl', orgPhone.replace(/\d{2}$/, String(rng.int(10, 99)))],
    ['Datum', ctx.date(ctx.today)],
  ], { x: 355, labelWidth: 72 });
  d.y = 268;
  d.para(`Wohngeldantrag ${client} ${salut} ${ctx.v('antragsteller_name', `${p.first} ${p.last}`)}, geboren am ${ctx.v('geburtsdatum', ctx.date(p.birth))}`, { bold: true, size: 10.5, after: 1 });
  d.para(`wohnhaft ${ctx.v('anschrift', `${c.address.street} ${c.address.no}, ${c.address.plz} ${c.address.city}`)}`, { size: 10.5, after: 12 });
  d.para('Sehr geehrte Damen und Herren,');
  const opening =
    c.art === 'erstantrag'
      ? `in der Anlage übersenden wir Ihnen den Antrag ${client} auf Wohngeld. ${she ? 'Sie' : 'Er'} hat bisher kein Wohngeld bezogen. Den Antrag haben wir Ihnen zur Wahrung der Frist bereits am ${dd(faxed)} vorab per Fax übermittelt; das Original mit Unterschrift folgt hiermit.`
      : c.art === 'weiterleistungsantrag'
        ? `in der Anlage übersenden wir Ihnen den Antrag ${client} auf Weiterbewilligung. Der laufende Bewilligungszeitraum nach Ihrem Bescheid vom ${dd(noticeDay)} (Wohngeld-Nr. ${wgNr}) endet am ${dd(periodEnd)}. Wir bitten darum, das Wohngeld ohne Unterbrechung weiterzuzahlen.`
        : `in der Anlage übersenden wir Ihnen den Antrag ${client} auf Erhöhung des Wohngeldes. Mit Bescheid vom ${dd(noticeDay)} (Wohngeld-Nr. ${wgNr}) haben Sie bis zum ${dd(periodEnd)} monatlich ${ctx.money(award)} bewilligt. ${reason}`;
  d.para(opening);
  d.para(`${salut === 'Frau' ? 'Frau' : 'Herr'} ${p.last} hat unsere Beratungsstelle mit der Vertretung in dieser Angelegenheit bevollmächtigt (Vollmacht anbei). Bitte senden Sie den Bescheid an ${she ? 'die Antragstellerin' : 'den Antragsteller'} selbst und eine Kopie zur Kenntnis an uns. Für Rückfragen erreichen Sie ${helper.gender === 'f' ? 'die Unterzeichnerin' : 'den Unterzeichner'} dienstags und donnerstags unter der oben genannten Durchwahl.`);
  d.write('Anlagen:', { bold: true, size: 9 });
  const enclosures = ['Antragsformular (unterschrieben)', 'Mietbescheinigung des Vermieters', ...rng.sample(['Kopie des Mietvertrags', 'Lohnabrechnungen der letzten drei Monate', 'Rentenanpassungsmitteilung', 'Kontoauszüge der letzten zwei Monate', 'Kindergeldbescheid', 'Schulbescheinigung'], rng.int(1, 3)), 'Vollmacht'];
  for (const e of enclosures) d.write(`–  ${e}`, { size: 9, x: d.left + 8, gap: 1.3 });
  d.move(4);
  const later = addDays(ctx.today, rng.int(10, 21));
  d.para(`Die noch fehlende ${rng.pick(['Verdienstbescheinigung des Arbeitgebers', 'Bescheinigung der Krankenkasse über das Krankengeld', 'Unterhaltsvereinbarung'])} reichen wir bis zum ${dd(later)} nach.`, { size: 9 });
  closing(ctx, { signer: `${helper.first} ${helper.last}`, role: helperRole });
  const foot = [
    [orgName, orgUnit, `${orgAddr.street} ${orgAddr.no}, ${orgAddr.plz} ${orgAddr.city}`],
    [`Telefon ${orgPhone}`, `beratung@${orgMail}-${mailPart(city)}.de`, 'Termine nach Vereinbarung'],
    [`Spendenkonto: ${donation.bank.name}`, `IBAN ${fake.groupIban(donation.iban)}`, `BIC ${donation.bank.bic}`],
  ];
  d.onEveryPage((doc, page, pages) => {
    if (page === 1) {
      doc.hline(doc.height - 64, doc.left, doc.right, 0.3, GRAY);
      foot.forEach((col, i) => col.forEach((l, j) => doc.text(doc.left + i * (doc.contentWidth / 3), doc.height - 55 + j * 8.5, l, { size: 6.3, color: GRAY })));
    } else if (page < pages) {
      doc.hline(doc.height - 40, doc.left, doc.right, 0.3, GRAY);
      doc.text(doc.left, doc.height - 30, 'Antrag auf Wohngeld (Mietzuschuss) – beschreibbares PDF-Formular', { size: 6.5, color: GRAY });
    }
    doc.text(doc.right, doc.height - 30, `Seite ${page} von ${pages}`, { size: 7, align: 'right', color: GRAY });
  });

  // the form, filled in on the PC by the counsellor
  d.newPage();
  d.text(d.left, d.y + 14, ctx.pick([], ['Antrag auf Wohngeld', 'Wohngeldantrag']), { size: 17, bold: true, color: dark });
  d.text(d.left, d.y + 28, '– Mietzuschuss für Mieterinnen und Mieter nach dem Wohngeldgesetz –', { size: 8.5 });
  const eb = d.right - 150;
  d.rect(eb, d.y - 4, 150, 46, { stroke: [0.3, 0.3, 0.3], lineWidth: 0.5 });
  d.text(eb + 4, d.y + 4, 'Eingangsvermerk der Wohngeldbehörde', { size: 6, color: GRAY });
  d.y += 50;
  d.para('Bitte vollständig ausfüllen. Zum Haushalt gehören alle Personen, die mit Ihnen die Wohnung bewohnen und mit Ihnen gemeinsam wirtschaften. Wer nur mit Ihnen in der Wohnung lebt, aber eigenständig wirtschaftet (z. B. Untermieter/in), gehört nicht dazu.', { size: 7.5, color: GRAY });
  const NX = d.left + 4;
  const LX = d.left + 30;
  const VX = d.left + 214;
  const band = (letter: string, title: string) => {
    d.ensure(60);
    d.move(6);
    d.rect(d.left, d.y, W, 15, { fill: dark });
    d.text(d.left + 5, d.y + 10.5, letter, { size: 9.5, bold: true, color: [1, 1, 1] });
    d.text(d.left + 24, d.y + 10.5, title, { size: 9, bold: true, color: [1, 1, 1] });
    d.y += 15;
  };
  /** one numbered row: number, label, the typed entry in the right cell */
  const line = (no: string, label: string, value: string, field?: string) => {
    d.ensure(20);
    const top = d.y;
    d.row([
      { x: NX, text: no, size: 7.5, color: GRAY },
      { x: LX, text: label, size: 8, width: VX - LX - 10 },
      { x: VX + 4, text: value, size: 9.5, width: d.right - VX - 8, color: ink, field },
    ], { size: 9.5, minHeight: 17, leading: 1.25 });
    d.y += 2;
    d.rect(d.left, top, W, d.y - top, { stroke: [0.55, 0.55, 0.55], lineWidth: 0.4 });
    d.line(LX - 4, top, LX - 4, d.y, 0.4, [0.55, 0.55, 0.55]);
    d.line(VX, top, VX, d.y, 0.4, [0.55, 0.55, 0.55]);
  };
  /** a radio button: a ring of short strokes, filled in the middle when chosen */
  const radio = (x: number, baseline: number, on: boolean) => {
    const cx = x + 4.5;
    const cy = baseline - 3;
    const n = 16;
    for (let i = 0; i < n; i++) {
      const a = (i / n) * 2 * Math.PI;
      const b = ((i + 1) / n) * 2 * Math.PI;
      d.line(cx + 4.2 * Math.cos(a), cy + 4.2 * Math.sin(a), cx + 4.2 * Math.cos(b), cy + 4.2 * Math.sin(b), 0.6);
    }
    if (on) d.rect(cx - 2, cy - 2, 4, 4, { fill: ink });
  };

  band('A', ctx.pick([], ['Was wird beantragt?', 'Art des Antrags']));
  const ARTS: Record<Antragsart, string> = {
    erstantrag: rng.pick(['Wohngeld wird erstmals beantragt', 'Erstbewilligung – bisher kein Wohngeld bezogen']),
    weiterleistungsantrag: rng.pick(['Weiterbewilligung im Anschluss an den laufenden Bewilligungszeitraum', 'Anschlussantrag – Wohngeld wird zurzeit bezogen']),
    erhoehungsantrag: rng.pick(['Erhöhung des laufenden Wohngeldes wegen geänderter Verhältnisse', 'Neuberechnung zu meinen Gunsten innerhalb des Bewilligungszeitraums']),
  };
  d.move(4);
  for (const art of ANTRAGSARTEN) {
    d.ensure(16);
    radio(d.left + 8, d.y + 10, art === c.art);
    d.text(d.left + 24, d.y + 10, ARTS[art], { size: 9, field: art === c.art ? 'antragsart' : undefined });
    d.y += 15;
  }
  d.move(2);
  line('A1', 'Wohngeld-Nr. (wenn Sie bereits Wohngeld erhalten)', receives ? wgNr : '');
  line('A2', 'Ende des laufenden Bewilligungszeitraums', receives ? dd(periodEnd) : '');
  if (c.art === 'erhoehungsantrag') line('A3', 'Grund der Erhöhung', reason.replace(/\.$/, ''));

  band('B', 'Angaben zur antragstellenden Person');
  line('B1', 'Familienname', p.last);
  line('B2', 'Vorname(n)', p.first);
  line('B3', 'Geburtsname (falls abweichend)', p.birthName ?? '');
  line('B4', 'Geburtsdatum und Geburtsort', `${ctx.v('geburtsdatum', dd(p.birth))} in ${p.birthPlace}`);
  line('B5', 'Staatsangehörigkeit', rng.pick(['deutsch', 'deutsch', 'türkisch', 'syrisch', 'ukrainisch', 'polnisch', 'afghanisch']));
  line('B6', 'Familienstand', c.members.some((m) => /Ehe/.test(m.relation)) ? 'verheiratet' : rng.pick(['ledig', 'geschieden', 'verwitwet', 'getrennt lebend']));
  line('B7', 'Straße, Hausnummer der Wohnung', `${c.address.street} ${c.address.no}`, 'anschrift');
  line('B8', 'Postleitzahl, Ort', `${c.address.plz} ${c.address.city}`);
  line('B9', 'Telefon für Rückfragen', rng.chance(0.6) ? c.phone : `über die Beratungsstelle: ${orgPhone}`);

  band('C', ctx.pick([], ['Personen, die zu Ihrem Haushalt gehören (Sie selbst in Zeile 1)', 'Ihr Haushalt – Sie selbst und alle Haushaltsmitglieder']));
  d.move(3);
  const all = [{ person: p, relation: 'antragstellende Person', income: true }, ...c.members];
  const incomeKind = (m: { income: boolean; relation: string; person: fake.Person }) =>
    m.income ? (m.person.birth < '1960' ? rng.pick(['Rente', 'Altersrente', 'Witwenrente']) : rng.pick(['Arbeitsentgelt', 'Arbeitslosengeld', 'Minijob', 'Elterngeld', 'Krankengeld', 'Erwerbsminderungsrente'])) : /Kind|Sohn|Tochter/.test(m.relation) && m.person.birth > addDays(ctx.today, -25 * 365) ? 'Kindergeld' : 'keines';
  table(ctx, [
    { header: 'Nr.', x: d.left + 3 },
    { header: 'Familienname', x: d.left + 26, width: 96 },
    { header: 'Vorname(n)', x: d.left + 126, width: 84 },
    { header: 'geboren am', x: d.left + 214 },
    { header: 'Verhältnis zu Nr. 1', x: d.left + 278, width: 100 },
    { header: 'Einkommensart', x: d.left + 384, width: 84 },
  ], all.map((m, i) => [String(i + 1), m.person.last, m.person.first, dd(m.person.birth), m.relation, incomeKind(m)]), { size: 8, grid: true });
  d.ensure(22);
  const ct = d.y;
  d.text(d.left + 3, ct + 11, 'C1', { size: 7.5, color: GRAY });
  d.text(LX, ct + 11, ctx.pick([], ['Zahl der Haushaltsmitglieder insgesamt (einschließlich Nr. 1)', 'Anzahl Personen im Haushalt, Sie mitgezählt']), { size: 8, bold: true });
  d.rect(d.right - 40, ct + 1, 40, 15, { stroke: [0, 0, 0], lineWidth: 0.7 });
  d.text(d.right - 20, ct + 12, String(all.length), { size: 10, bold: true, align: 'center', color: ink, field: 'haushaltsmitglieder' });
  d.y = ct + 22;
  d.write('C2  Personen, die ebenfalls in der Wohnung leben, aber nicht zum Haushalt gehören (z. B. Untermieter/in, Mitbewohner/in)', { size: 7.5, x: d.left + 3 });
  if (rng.chance(0.45)) {
    const lodger = fake.person(rng, { bornFrom: 1975, bornTo: 2004 });
    lodger.title = undefined;
    d.row([
      { x: LX, text: `${lodger.last}, ${lodger.first}`, size: 9, color: ink },
      { x: VX - 30, text: `geb. ${dd(lodger.birth)}`, size: 9, color: ink },
      { x: VX + 80, text: rng.pick([`Untermieter/in seit ${dd(addDays(ctx.today, -rng.int(100, 1500)))}`, 'Mitbewohner/in (eigener Haushalt)', 'zahlt Untermiete an Nr. 1']), size: 9, color: ink },
    ], { size: 9 });
  } else d.write('keine', { size: 9, x: LX, color: ink });

  band('D', 'Wohnung und Miete');
  const r = c.rent;
  line('D1', 'Name der Vermieterin / des Vermieters', r.landlord.kind === 'person' ? r.landlord.name : fake.landlordOrganisation(rng, city));
  line('D2', 'eingezogen am', dd(r.einzug));
  line('D3', 'Wohnfläche laut Mietvertrag', ctx.area(r.area));
  line('D4', 'monatliche Miete insgesamt (Einzelheiten: Mietbescheinigung)', ctx.money(gesamt(r)));

  band('E', 'Einkommen');
  d.move(3);
  const earners = all.map((m, i) => ({ m, i })).filter(({ m }) => m.income);
  for (const { m, i } of earners) {
    d.ensure(14);
    d.checkbox(d.left + 8, d.y + 9, true, 8);
    d.text(d.left + 22, d.y + 9, `Nr. ${i + 1} ${m.person.first.split(' ')[0]} ${m.person.last}: Nachweise über das Einkommen der letzten zwölf Monate liegen bei`, { size: 8.5 });
    d.y += 13;
  }

  band('F', ctx.pick([], ['Wohin soll das Wohngeld überwiesen werden?', 'Auszahlung']));
  d.move(4);
  d.ensure(16);
  radio(d.left + 8, d.y + 10, true);
  let x = d.left + 24 + d.text(d.left + 24, d.y + 10, 'auf das folgende Konto', { size: 9 }) + 24;
  radio(x, d.y + 10, false);
  d.text(x + 16, d.y + 10, 'direkt an die Vermieterin / den Vermieter (§ 26 WoGG)', { size: 9 });
  d.y += 16;
  line('F1', 'Kontoinhaber/in', c.accountHolder ? `${c.accountHolder.last}, ${c.accountHolder.first}` : `${p.last}, ${p.first}`);
  line('F2', 'IBAN', ctx.iban(c.iban), 'iban');
  line('F3', 'BIC / Geldinstitut', `${c.bank.bic} – ${c.bank.name}`);

  band('G', 'Versicherung und Unterschrift');
  d.move(3);
  d.para('Ich versichere, dass meine Angaben richtig und vollständig sind. Änderungen, insbesondere beim Einkommen, bei der Miete und bei der Zahl der Haushaltsmitglieder, teile ich der Wohngeldbehörde unverzüglich mit.', { size: 8 });
  d.ensure(70);
  d.move(20);
  d.text(d.left, d.y, `${city}, ${dd(signed)}`, { size: 9.5, color: ink });
  d.hline(d.y + 4, d.left, d.left + 170, 0.5);
  d.hline(d.y + 4, d.left + 220, d.right, 0.5);
  d.text(d.left, d.y + 13, 'Ort, Datum', { size: 7, color: GRAY });
  d.text(d.left + 220, d.y + 13, 'Unterschrift der antragstellenden Person', { size: 7, color: GRAY });
  d.y += 24;
  d.rect(d.left, d.y, W, 30, { stroke: LIGHT, lineWidth: 0.5 });
  d.text(d.left + 5, d.y + 11, 'Beim Ausfüllen hat geholfen (Name, Stelle, Telefon):', { size: 7, color: GRAY });
  d.text(d.left + 5, d.y + 24, `${helper.first} ${helper.last}, ${orgName}, ${orgPhone}`, { size: 9, color: ink });
  d.y += 36;

  // the power of attorney on a page of its own
  d.newPage();
  d.text(d.left, d.y + 14, 'Vollmacht', { size: 15, bold: true });
  d.y += 34;
  d.para(`Hiermit bevollmächtige ich, ${p.first} ${p.last}, geboren am ${dd(p.birth)}, wohnhaft ${c.address.street} ${c.address.no} in ${c.address.plz} ${c.address.city},`);
  d.para(`die Beratungsstelle „${orgUnit}“ – ${orgName}, ${orgAddr.street} ${orgAddr.no}, ${orgAddr.plz} ${orgAddr.city} –, vertreten durch ${helper.first} ${helper.last},`);
  d.para(`mich in meiner Wohngeldangelegenheit gegenüber ${office === 'Landratsamt' ? 'dem Landratsamt' : `der ${office}`} (${officeUnit}) zu vertreten. Die Vollmacht umfasst das Stellen von Anträgen, das Einreichen von Unterlagen, Akteneinsicht und Auskünfte über den Stand des Verfahrens. Sie berechtigt nicht zum Empfang von Geldleistungen.`);
  d.para('Insoweit entbinde ich die Wohngeldbehörde gegenüber der bevollmächtigten Stelle von der Pflicht zur Wahrung des Sozialgeheimnisses (§ 35 SGB I). Die Vollmacht kann ich jederzeit schriftlich widerrufen.', { size: 9 });
  d.move(30);
  d.text(d.left, d.y, `${city}, ${dd(signed)}`, { size: 9.5, color: ink });
  d.hline(d.y + 4, d.left, d.left + 170, 0.5);
  d.hline(d.y + 4, d.left + 220, d.right, 0.5);
  d.text(d.left, d.y + 13, 'Ort, Datum', { size: 7, color: GRAY });
  d.text(d.left + 220, d.y + 13, 'Unterschrift Vollmachtgeber/in', { size: 7, color: GRAY });
  d.y += 46;
  d.text(d.left, d.y, 'Vollmacht angenommen:', { size: 8.5 });
  d.hline(d.y + 26, d.left + 220, d.right, 0.5);
  d.text(d.left + 220, d.y + 35, `${helper.first} ${helper.last}, ${orgName}`, { size: 7, color: GRAY });
  truth(ctx, c);
}

/**
 * blind11 (holdout): the data sheet the Wohngeld office prints from its case-management software
 * after keying in an application, for the applicant to check and sign ("Datenblatt zur Prüfung
 * und Unterschrift"): everything in a fixed-pitch face, numbered field keys with dotted leaders,
 * the kind of application as a code with the code table underneath, the earlier award when not a
 * first application, the applicant with surname and given names apart (marital status with its
 * date), the flat with the municipality key and rent level, the move-in day and sometimes the
 * previous address, the landlord and the total rent; the household as a coded list with the count
 * on a key line of its own beside the children and the people in the flat outside the household;
 * payee code, account holder (sometimes the partner), IBAN; an empty correction column at the
 * right, sometimes with a handwritten change; page 2 the incomes keyed in, the proofs with
 * deadlines, the declaration and signature lines.
 */
function blind11FachverfahrenDatenblatt(ctx: Ctx): void {
  const rng = ctx.rng;
  const c = draw(ctx);
  const p = c.applicant;
  const r = c.rent;
  const city = c.address.city;
  const dd = (v: string) => ctx.ndate(v);
  const office = rng.pick([
    [`Stadt ${city}`, 'Amt für Soziales und Wohnen – Wohngeldstelle'],
    [`Stadtverwaltung ${city}`, 'Fachbereich Bürgerdienste, SG Wohngeld'],
    ['Landratsamt', 'Sozialamt – Sachgebiet Wohngeld'],
    [`Stadt ${city}`, 'Amt für Wohnen und Grundsicherung, Abt. Wohngeld'],
  ] as const);
  const software = rng.pick(['WoGG-Dialog 7.4', 'OPEN/PROSOZ Wohngeld 24.2', 'DiWo Fachverfahren 3.11', 'WGV-Online 5.0.3']);
  const clerk = `${rng.pick(['A', 'B', 'K', 'M', 'S', 'W', 'T'])}${rng.pick(['B', 'H', 'K', 'L', 'R', 'S', 'Z'])}${rng.int(1, 9)}`;
  const room = `${rng.pick(['A', 'B', ''])}${rng.int(1, 4)}.${String(rng.int(1, 40)).padStart(2, '0')}`;
  const vorgang = `${ctx.today.slice(0, 4)}/${rng.pick(['WG', 'W', 'WOG'])}/${rng.digits(6)}`;
  const receives = c.art !== 'erstantrag';
  const wgNr = `${rng.digits(3)} ${rng.digits(3)} ${rng.digits(2)}`;
  const eingang = addDays(ctx.today, -rng.int(2, 25));
  const channel = rng.pick(['persönliche Vorsprache', 'Post', 'Online-Antrag (Portal)', 'Briefkasten Rathaus']);
  const periodEnd = lastOfMonth(addDays(eingang, c.art === 'weiterleistungsantrag' ? rng.int(5, 50) : rng.int(90, 280)));
  const periodStart = firstOfMonth(addDays(periodEnd, -360));
  const noticeDay = addDays(periodStart, -rng.int(10, 45));
  const award = rng.int(38, 460);
  const from = c.art === 'weiterleistungsantrag' ? addDays(periodEnd, 1) : firstOfMonth(eingang);
  const print = `${dd(ctx.today)}  ${String(rng.int(7, 15)).padStart(2, '0')}:${String(rng.int(0, 59)).padStart(2, '0')}`;
  const ink: Color = rng.pick([[0.08, 0.12, 0.5], [0.05, 0.2, 0.55]] as const);
  const ART: Record<Antragsart, string> = {
    erstantrag: rng.pick(['Erstantrag', 'Neuantrag']),
    weiterleistungsantrag: rng.pick(['Wiederholungsantrag', 'Weiterleistungsantrag']),
    erhoehungsantrag: rng.pick(['Erhöhungsantrag', 'Erhöhungsantrag (§ 27 Abs. 1)']),
  };
  const code = (art: Antragsart) => String(ANTRAGSARTEN.indexOf(art) + 1);
  const relCode = (rel: string) => (/Ehe/.test(rel) ? 'EG' : /Partner|Lebens/.test(rel) ? 'LP' : /Mutter|Vater/.test(rel) ? 'EL' : 'KI');
  const all = [{ person: p, relation: 'AS', income: true }, ...c.members];
  const count = all.length;
  const kids = c.members.filter((m) => relCode(m.relation) === 'KI' && m.person.birth > addDays(ctx.today, -25 * 365)).length;
  const lodger = rng.chance(0.35) ? fake.person(rng, { bornFrom: 1970, bornTo: 2004 }) : undefined;
  const married = c.members.some((m) => /Ehe/.test(m.relation));
  const recentMove = r.einzug > addDays(ctx.today, -3 * 365);
  const before = fake.address(rng);

  const d = ctx.start({ family: 'courier', size: 8.5, margins: { left: 46, right: 40, top: 40, bottom: 58 } });
  const X0 = d.left;
  const XL = X0 + 30;
  const XV = X0 + 222;
  const XB = d.right - 98;
  const S = 8.5;
  const chars = Math.floor((XV - XL - 8) / 5.1);
  const dots = (label: string) => (label.length + 3 >= chars ? `${label}:` : `${label} ${'.'.repeat(chars - label.length - 2)}:`);

  // page head: the system's print header, repeated in short on every further page
  d.text(X0, 44, office[0], { size: 9.5, font: 'courier-bold' });
  d.text(X0, 55, office[1], { size: 8 });
  d.text(d.right, 44, `Druck: ${print}`, { size: 8, align: 'right' });
  d.text(d.right, 55, `Benutzer: ${clerk}`, { size: 8, align: 'right' });
  d.hline(62, X0, d.right, 1);
  d.text(X0, 80, ctx.pick([], ['DATENBLATT ZUM WOHNGELDANTRAG', 'ANTRAGSDATEN WOHNGELD – ERFASSUNGSBELEG']), { size: 11, font: 'courier-bold' });
  d.text(X0, 92, 'Ausdruck der erfassten Angaben zur Prüfung und Unterschrift', { size: 8 });
  d.y = 100;
  const head = (pairs: [string, string][]) => {
    d.text(X0, d.y + 9, pairs.map(([l, v]) => `${l}: ${v}`).join('    '), { size: 8 });
    d.y += 11.5;
  };
  head([['Vorgang', vorgang], ['Wohngeld-Nr.', receives ? wgNr : 'wird vergeben']]);
  head([['Sachbearbeitung', `${clerk}, Zimmer ${room}`], ['Telefon', fake.phone(rng)]]);
  d.move(4);
  d.para('Bitte prüfen Sie die folgenden Angaben, die wir aus Ihrem Antrag übernommen haben. Ist eine Angabe falsch oder unvollständig, tragen Sie die richtige Angabe bitte in der Spalte „Berichtigung“ ein. Mit Ihrer Unterschrift auf dem letzten Blatt bestätigen Sie die Richtigkeit.', { size: 7.5, font: 'helvetica', after: 6 });
  d.onContinuation((doc) => {
    doc.text(X0, 44, `${office[0]} · Datenblatt Wohngeldantrag · Vorgang ${vorgang}`, { size: 8 });
    doc.text(doc.right, 44, `Druck: ${print}`, { size: 8, align: 'right' });
    doc.hline(50, X0, doc.right, 0.8);
    doc.y = 60;
  });
  d.onEveryPage((doc, page, pages) => {
    doc.hline(doc.height - 44, X0, doc.right, 0.4, GRAY);
    doc.text(X0, doc.height - 34, `${software} · Formular DB-WG-01 · ${vorgang}`, { size: 7, color: GRAY });
    doc.text(doc.right, doc.height - 34, `Blatt ${page} von ${pages}`, { size: 7.5, align: 'right' });
  });

  const columns = () => {
    d.ensure(30);
    d.rect(X0 - 2, d.y, d.right - X0 + 4, 12, { fill: [0.9, 0.9, 0.9] });
    d.text(X0, d.y + 9, 'Feld', { size: 7.5, font: 'courier-bold' });
    d.text(XL, d.y + 9, 'Bezeichnung', { size: 7.5, font: 'courier-bold' });
    d.text(XV, d.y + 9, 'erfasster Wert', { size: 7.5, font: 'courier-bold' });
    d.text(XB + 4, d.y + 9, 'Berichtigung', { size: 7.5, font: 'courier-bold' });
    d.y += 15;
  };
  const block = (no: string, title: string) => {
    d.ensure(40);
    d.move(5);
    d.text(X0, d.y + 9, `${no}  ${title}`, { size: 9, font: 'courier-bold' });
    d.y += 11;
    d.hline(d.y, X0, XB - 6, 0.5);
    d.y += 2;
  };
  /** one key line: field key, label with leader dots, the typed value, a rule in the correction column */
  const key = (no: string, label: string, value: string, field?: string, correction?: string) => {
    d.ensure(13);
    const base = d.y + 9;
    d.text(X0, base, no, { size: 7.5, color: GRAY });
    d.text(XL, base, dots(label), { size: S });
    d.text(XV, base, value, { size: S, font: 'courier-bold', field });
    d.hline(base + 2.5, XB, d.right, 0.3, GRAY);
    if (correction) d.text(XB + 3 + rng.float(0, 5), base - 0.5 + rng.float(-1, 0.5), correction, { font: 'times-italic', size: 10, color: ink });
    d.y += 12;
  };
  const note = (text: string) => {
    d.ensure(11);
    d.text(XL, d.y + 8, text, { size: 7, color: GRAY });
    d.y += 10;
  };

  columns();
  block('01', 'ANTRAG');
  key('0110', 'Antragsart (Schlüssel)', `${code(c.art)}  ${ctx.v('antragsart', ART[c.art])}`);
  note(`Schlüssel: ${ANTRAGSARTEN.map((a) => `${code(a)} = ${ART[a]}`).join(', ')}`);
  key('0111', 'Leistungsart', '1  Mietzuschuss');
  key('0112', 'Antragseingang', `${dd(eingang)} (${channel})`);
  key('0113', 'Bewilligung beantragt ab', dd(from));
  if (receives) {
    key('0114', 'Letzter Bescheid vom', dd(noticeDay));
    key('0115', 'laufender Bewilligungszeitraum', `${dd(periodStart)} - ${dd(periodEnd)}`);
    key('0116', 'bisher bewilligt mtl.', ctx.money(award));
  } else key('0114', 'Vorbewilligung', 'keine');

  block('02', 'ANTRAGSTELLER/IN');
  key('0201', 'Familienname', p.last, 'antragsteller_name');
  key('0202', 'Vorname(n)', p.first);
  key('0203', 'Geburtsname', p.birthName ?? '-');
  key('0204', 'Geburtsdatum', dd(p.birth), 'geburtsdatum');
  key('0205', 'Geburtsort', p.birthPlace);
  key('0206', 'Geschlecht', p.gender === 'f' ? 'w' : 'm');
  key('0207', 'Staatsangehörigkeit', rng.pick(['deutsch', 'deutsch', 'deutsch', 'türkisch', 'ukrainisch', 'polnisch', 'syrisch', 'rumänisch']));
  const since = addDays(ctx.today, -rng.int(400, 9000));
  key('0208', 'Familienstand', married ? `verheiratet seit ${dd(since)}` : rng.pick(['ledig', 'geschieden', 'verwitwet', `dauernd getrennt lebend seit ${dd(since)}`]));
  const correctPhone = rng.chance(0.35);
  key('0209', 'Telefon', c.phone, undefined, correctPhone ? fake.mobile(rng) : undefined);
  if (rng.chance(0.5)) key('0210', 'E-Mail', `${mailPart(p.first.split(' ')[0])}.${mailPart(p.last)}@${rng.pick(['web.de', 'gmx.de', 't-online.de', 'gmail.com'])}`);

  block('03', 'WOHNRAUM');
  key('0301', 'Straße, Hausnummer', `${c.address.street} ${c.address.no}`, 'anschrift');
  key('0302', 'Postleitzahl, Ort', `${c.address.plz} ${c.address.city}`);
  key('0303', 'Gemeindeschlüssel / Mietenstufe', `${rng.digits(2)} ${rng.digits(1)} ${rng.digits(2)} ${rng.digits(3)} / ${rng.pick(['I', 'II', 'III', 'IV', 'V', 'VI'])}`);
  key('0304', 'Nutzungsverhältnis', / eG$/.test(r.landlord.name) ? '2  Genossenschaftsmitglied' : rng.pick(['1  Hauptmieter/in', '1  Mieter/in']));
  key('0305', 'Einzug in die Wohnung am', dd(r.einzug));
  if (recentMove) key('0306', 'vorherige Anschrift', `${before.street} ${before.no}, ${before.plz} ${before.city}`);
  key('0307', 'Wohnfläche', ctx.area(r.area));
  key('0308', 'Vermieter/in', r.landlord.name.length > 34 ? r.landlord.name.slice(0, 33) + '.' : r.landlord.name);
  key('0309', 'Miete mtl. lt. Mietbescheinigung', ctx.money(gesamt(r)));
  key('0310', 'darin Heizkosten', r.heizkosten !== undefined ? ctx.money(r.heizkosten) : 'nicht enthalten');

  block('04', 'HAUSHALT (§ 5 WoGG)');
  d.ensure(40);
  const cols = { nr: X0, name: X0 + 26, geb: X0 + 236, rel: X0 + 310, hh: X0 + 350, ek: X0 + 384 };
  d.row([
    { x: cols.nr, text: 'PNr', size: 7.5, font: 'courier-bold' },
    { x: cols.name, text: 'Name, Vorname', size: 7.5, font: 'courier-bold' },
    { x: cols.geb, text: 'geb. am', size: 7.5, font: 'courier-bold' },
    { x: cols.rel, text: 'Verh.', size: 7.5, font: 'courier-bold' },
    { x: cols.hh, text: 'HHM', size: 7.5, font: 'courier-bold' },
    { x: cols.ek, text: 'Eink.', size: 7.5, font: 'courier-bold' },
  ], { size: 7.5 });
  d.hline(d.y, X0, XB - 6, 0.3, GRAY);
  d.move(2);
  all.forEach((m, i) => {
    d.row([
      { x: cols.nr, text: String(i + 1).padStart(2, '0'), size: S },
      { x: cols.name, text: `${m.person.last}, ${m.person.first}`, size: S },
      { x: cols.geb, text: dd(m.person.birth), size: S },
      { x: cols.rel, text: i === 0 ? 'AS' : relCode(m.relation), size: S },
      { x: cols.hh, text: 'J', size: S },
      { x: cols.ek, text: m.income ? 'J' : 'N', size: S },
    ], { size: S, leading: 1.4 });
  });
  note('Verh.: AS Antragst., EG Ehegatte, LP Lebenspartner/in, KI Kind, EL Elternteil · HHM = Haushaltsmitglied');
  d.move(2);
  key('0410', 'Zahl der Haushaltsmitglieder', String(count), 'haushaltsmitglieder');
  key('0411', 'davon Kinder mit Kindergeld', String(kids));
  if (lodger) {
    key('0412', 'weitere Bewohner (kein HHM)', `1  ${lodger.last}, ${lodger.first.split(' ')[0]}`);
    note(`${rng.pick(['Untermieter/in', 'Mitbewohner/in mit eigenem Haushalt'])}, geb. ${dd(lodger.birth)} – zählt nicht zum Haushalt`);
    key('0413', 'Personen in der Wohnung gesamt', String(count + 1));
  } else key('0412', 'weitere Bewohner (kein HHM)', '0');

  d.ensure(100);
  block('05', 'ZAHLUNGSWEG');
  key('0501', 'Zahlungsempfänger (Schlüssel)', '1  Antragsteller/in');
  note('Schlüssel: 1 Antragsteller/in, 2 Vermieter/in (§ 26 Abs. 1 WoGG), 3 Dritte');
  const holder = c.accountHolder ?? p;
  key('0502', 'Kontoinhaber/in', `${holder.last}, ${holder.first}`);
  key('0503', 'IBAN', ctx.iban(c.iban), 'iban');
  key('0504', 'BIC', c.bank.bic);
  key('0505', 'Kreditinstitut', c.bank.name.length > 34 ? c.bank.name.slice(0, 33) + '.' : c.bank.name);

  // page 2: incomes, proofs, declaration
  if (d.page === 1) {
    d.newPage();
    columns();
  } else d.move(6);
  block('06', 'EINKOMMEN (lt. vorgelegten Nachweisen)');
  const earners = all.map((m, i) => ({ m, i })).filter(({ m }) => m.income);
  for (const { m, i } of earners) {
    const old = m.person.birth < '1959';
    const kind = old ? rng.pick(['Altersrente', 'Witwenrente', 'Betriebsrente']) : rng.pick(['nichtselbst. Arbeit', 'Arbeitslosengeld', 'Minijob', 'Krankengeld', 'Unterhalt', 'Elterngeld']);
    const amount = cents(kind === 'Minijob' ? rng.pick([520, 538, 556]) : rng.float(380, 2900));
    key(`06${String(i + 1).padStart(2, '0')}`, `PNr ${String(i + 1).padStart(2, '0')} ${kind}`, `${ctx.money(amount)} mtl.`);
  }
  if (!earners.length) note('keine Einkünfte erfasst');
  block('07', 'UNTERLAGEN');
  const docs: [string, boolean][] = [
    ['Mietbescheinigung', true],
    ['Mietvertrag (Kopie)', rng.chance(0.7)],
    ['Einkommensnachweise (12 Monate)', rng.chance(0.5)],
    ['Kontoauszüge (3 Monate)', rng.chance(0.6)],
    ...(kids ? ([['Kindergeldnachweis', rng.chance(0.5)]] as [string, boolean][]) : []),
  ];
  const due = addDays(ctx.today, rng.int(14, 28));
  docs.forEach(([label, there], i) => key(`07${String(i + 1).padStart(2, '0')}`, label, there ? 'liegt vor' : `fehlt – bis ${dd(due)}`));
  block('08', 'ERKLÄRUNG');
  d.move(2);
  d.para('Ich habe die Angaben auf diesem Datenblatt geprüft. Sie sind richtig und vollständig; Berichtigungen habe ich in der dafür vorgesehenen Spalte eingetragen. Mir ist bekannt, dass ich jede Änderung der Verhältnisse, insbesondere der Zahl der Haushaltsmitglieder, des Einkommens und der Miete, unverzüglich mitteilen muss (§ 27 Abs. 3 und 4 WoGG, § 60 SGB I). Unrichtige Angaben können zur Rückforderung und zu einem Bußgeld führen (§ 37 WoGG).', { size: 8, font: 'helvetica' });
  d.ensure(125);
  d.move(34);
  d.hline(d.y, X0, X0 + 190, 0.5);
  d.hline(d.y, X0 + 230, d.right, 0.5);
  d.text(X0, d.y + 9, 'Ort, Datum', { size: 7, color: GRAY });
  d.text(X0 + 230, d.y + 9, 'Unterschrift Antragsteller/in', { size: 7, color: GRAY });
  d.move(26);
  d.text(X0, d.y + 9, `Erfasst: ${dd(eingang)} ${clerk}      Datenblatt ausgegeben: ${dd(ctx.today)}      Rücklauf bis: ${dd(due)}`, { size: 7.5 });
  d.y += 14;
  d.rect(X0, d.y, d.right - X0, 34, { stroke: GRAY, lineWidth: 0.4 });
  d.text(X0 + 4, d.y + 9, 'Vermerk der Wohngeldstelle: Datenblatt zurück am ________  geprüft ______  Berichtigungen übernommen  [ ] ja  [ ] nein', { size: 7 });
  d.y += 40;
  truth(ctx, c);
}

/**
 * blind12 (holdout): a university town's bilingual application form (German with an English
 * translation in small italics under every label and heading, "the German text is binding"),
 * filled in on the PC by a newcomer: section letters in a dark band at the left; the kind of
 * application as three boxes (with the end of the running period beside the continuation box);
 * the applicant with surname and given names apart, birth date, place and country of birth,
 * nationality, the residence permit's expiry and the day of entry into Germany, street and
 * postcode/town apart, the previous address abroad; the household as a table with two-language
 * headers and the applicant as row 1, the total in a box, then close family living abroad (not
 * members) with their birth dates; the flat (move-in day, area, total rent, landlord); on page 2
 * the income sources per person as check boxes, the payee question, the account holder (sometimes
 * the partner), IBAN and BIC, a language mediator who helped, the declaration and signature.
 */
function blind12ZweisprachigesFormular(ctx: Ctx): void {
  const rng = ctx.rng;
  const c = draw(ctx);
  const p = c.applicant;
  const r = c.rent;
  const city = c.address.city;
  const dd = (v: string) => ctx.ndate(v);
  // newcomers: born abroad, in Germany for a few years
  const ORIGINS: [string, string, string, string, string[]][] = [
    ['Indien', 'India', 'indisch', 'Indian', ['Pune', 'Chennai', 'Hyderabad']], ['Syrien', 'Syria', 'syrisch', 'Syrian', ['Aleppo', 'Damaskus', 'Homs']],
    ['Brasilien', 'Brazil', 'brasilianisch', 'Brazilian', ['Recife', 'Curitiba', 'Salvador']], ['Türkei', 'Turkey', 'türkisch', 'Turkish', ['Izmir', 'Ankara', 'Konya']],
    ['Vietnam', 'Vietnam', 'vietnamesisch', 'Vietnamese', ['Hanoi', 'Da Nang', 'Hue']], ['Nigeria', 'Nigeria', 'nigerianisch', 'Nigerian', ['Lagos', 'Ibadan', 'Enugu']],
    ['Ukraine', 'Ukraine', 'ukrainisch', 'Ukrainian', ['Charkiw', 'Lwiw', 'Odessa']], ['Kolumbien', 'Colombia', 'kolumbianisch', 'Colombian', ['Medellín', 'Cali', 'Bogotá']],
    ['Polen', 'Poland', 'polnisch', 'Polish', ['Posen', 'Breslau', 'Lodz']],
  ];
  const [land, country, nat, natEn, towns] = rng.pick(ORIGINS);
  const eu = land === 'Polen';
  const birthTown = rng.pick(towns);
  const entry = addDays(c.rent.einzug, -rng.int(5, 700));
  const permit = addDays(ctx.today, rng.int(60, 900));
  const abroadLine = `${rng.pick(['Flat', 'Apt.', 'No.'])} ${rng.int(2, 90)}, ${rng.pick(['Station', 'Lake', 'Garden', 'Market', 'Hill', 'Park'])} ${rng.pick(['Road', 'Street', 'Avenue'])} ${rng.int(1, 140)}, ${rng.pick(towns)}, ${country}`;
  const partner = c.members.find((m) => /Ehe|Partner|Lebens/.test(m.relation));
  const relatives: { person: fake.Person; relDe: string; relEn: string; where: string }[] = [];
  if (!partner && rng.chance(0.45)) {
    const sp = fake.person(rng, { gender: p.gender === 'f' ? 'm' : 'f', bornFrom: Number(p.birth.slice(0, 4)) - 6, bornTo: Math.min(2004, Number(p.birth.slice(0, 4)) + 6), last: rng.chance(0.5) ? p.last : undefined, titleChance: 0 });
    relatives.push({ person: sp, relDe: sp.gender === 'f' ? 'Ehefrau' : 'Ehemann', relEn: sp.gender === 'f' ? 'wife' : 'husband', where: country });
  }
  if (rng.chance(0.4)) {
    const parent = fake.person(rng, { bornFrom: 1940, bornTo: Math.max(1941, Number(p.birth.slice(0, 4)) - 19), last: p.last, titleChance: 0 });
    relatives.push({ person: parent, relDe: parent.gender === 'f' ? 'Mutter' : 'Vater', relEn: parent.gender === 'f' ? 'mother' : 'father', where: country });
  }
  const ink: Color = [0, 0, 0];
  const band: Color = rng.pick([[0.13, 0.3, 0.5], [0.2, 0.2, 0.2], [0.45, 0.12, 0.16], [0.1, 0.38, 0.32]] as const);
  const tint: Color = rng.pick([[0.92, 0.95, 0.99], [0.95, 0.95, 0.95], [0.99, 0.97, 0.9]] as const);
  const form = `WG 1 de/en · ${rng.pick(['Stand', 'Version'])} ${rng.pick(['01/2025', '03/2024', '10/2024'])}`;

  const d = ctx.start({ family: 'helvetica', size: 9, margins: { left: 50, right: 44, top: 48, bottom: 62 } });
  const BX = d.left;
  const LX = d.left + 26;
  const VX = d.left + 200;
  const W = d.right - VX;
  const office = rng.pick([
    [`Stadt ${city}`, 'Amt für Wohnen – Wohngeldstelle', 'City of ' + city.replace(/ \(.*\)$/, ''), 'Housing Office – Housing Benefit'],
    [`Stadtverwaltung ${city}`, 'Sozialamt, Sachgebiet Wohngeld', 'City Administration', 'Social Welfare Office, Housing Benefit'],
    ['Landratsamt', 'Wohngeldbehörde', 'District Office', 'Housing Benefit Authority'],
  ] as const);

  // head
  d.rect(BX, 36, 5, 40, { fill: band });
  d.text(BX + 12, 46, office[0], { size: 11, bold: true });
  d.text(BX + 12, 57, office[1], { size: 8.5 });
  d.text(BX + 12, 67, `${office[2]} · ${office[3]}`, { size: 7, italic: true, color: GRAY });
  d.rect(d.right - 150, 36, 150, 52, { stroke: GRAY, lineWidth: 0.4 });
  d.text(d.right - 146, 44, 'Eingangsstempel', { size: 6.5, color: GRAY });
  d.text(d.right - 146, 51, 'date of receipt (office use)', { size: 5.8, italic: true, color: GRAY });
  d.text(BX, 104, ctx.pick([], ['Antrag auf Mietzuschuss nach dem Wohngeldgesetz', 'Wohngeldantrag – Zuschuss zur Miete']), { size: 14, bold: true });
  d.text(BX, 117, 'Application for housing benefit (rent subsidy) under the Housing Benefit Act', { size: 9, italic: true, color: GRAY });
  d.y = 126;
  d.para('Bitte füllen Sie den Antrag in deutscher Sprache aus. Die englische Übersetzung dient nur dem Verständnis; maßgeblich ist allein der deutsche Text.', { size: 7.5, after: 1 });
  d.para('Please fill in this form in German. The English translation is only an aid; the German text alone is legally binding.', { size: 7, italic: true, color: GRAY, after: 4 });
  const wgNo = c.art === 'erstantrag' ? '' : `${rng.digits(2)}-${rng.digits(5)}`;
  d.text(BX, d.y + 9, 'Wohngeldnummer (falls vorhanden)', { size: 8 });
  d.text(BX, d.y + 17, 'housing benefit number (if any)', { size: 6.5, italic: true, color: GRAY });
  d.rect(BX + 150, d.y, 120, 18, { fill: tint });
  d.text(BX + 155, d.y + 13, wgNo, { size: 10 });
  d.y += 26;

  d.onContinuation((doc) => {
    doc.text(BX, 40, `${office[0]} · Wohngeldantrag / Housing benefit application`, { size: 7.5, color: GRAY });
    doc.text(doc.right, 40, `${p.last}, ${p.first}`, { size: 8, align: 'right' });
    doc.hline(45, BX, doc.right, 0.4, GRAY);
    doc.y = 56;
  });
  d.onEveryPage((doc, page, pages) => {
    doc.text(BX, doc.height - 30, form, { size: 6.5, color: GRAY });
    doc.text(doc.right, doc.height - 30, `Seite ${page} von ${pages} / page ${page} of ${pages}`, { size: 7, align: 'right', color: GRAY });
  });

  /** a section: its letter in the dark band, German heading with the English one under it */
  const sec = (letter: string, de: string, en: string) => {
    d.ensure(70);
    d.move(6);
    d.rect(BX, d.y, 20, 24, { fill: band });
    d.text(BX + 10, d.y + 16, letter, { size: 12, bold: true, align: 'center', color: [1, 1, 1] });
    d.text(LX, d.y + 10, de, { size: 10, bold: true });
    d.text(LX, d.y + 20, en, { size: 7.5, italic: true, color: GRAY });
    d.hline(d.y + 24, LX, d.right, 0.8, band);
    d.y += 28;
  };
  /** one row: label in German, translation under it, the typed value in a tinted field at the right */
  const row = (no: string, de: string, en: string, value: string, field?: string, width = W) => {
    d.ensure(25);
    const top = d.y;
    d.text(LX - 2, top + 9, no, { size: 7, color: GRAY, align: 'right' });
    d.text(LX + 2, top + 9, de, { size: 8.5 });
    d.text(LX + 2, top + 17.5, en, { size: 6.8, italic: true, color: GRAY });
    d.rect(VX, top + 1, width, 18, { fill: tint });
    const w = d.measure(value, { size: 10 });
    d.text(VX + 4, top + 14, value, { size: w > width - 8 ? Math.max(7, (10 * (width - 8)) / w) : 10, field, color: ink });
    d.y = top + 23;
  };

  sec('A', 'Art des Antrags', 'type of application');
  const ARTS: Record<Antragsart, [string, string]> = {
    erstantrag: [ctx.pick(['Erstantrag'], ['Ich beantrage zum ersten Mal Wohngeld', 'erster Antrag bei dieser Behörde']), 'first application'],
    weiterleistungsantrag: [ctx.pick(['Weiterleistungsantrag'], ['Antrag im Anschluss an den laufenden Bewilligungszeitraum', 'Fortsetzungsantrag (Anschlussbewilligung)']), 'application for continued payment after the current period'],
    erhoehungsantrag: [ctx.pick(['Erhöhungsantrag'], ['Antrag auf mehr Wohngeld im laufenden Zeitraum', 'Antrag auf Neuberechnung (Erhöhung, § 27 Abs. 1 WoGG)']), 'application for an increase during the current period'],
  };
  const periodEnd = lastOfMonth(addDays(ctx.today, rng.int(10, 70)));
  for (const art of ANTRAGSARTEN) {
    d.ensure(22);
    d.checkbox(LX + 2, d.y + 9, art === c.art);
    d.text(LX + 16, d.y + 9, ARTS[art][0], { size: 9, field: art === c.art ? 'antragsart' : undefined });
    d.text(LX + 16, d.y + 17, ARTS[art][1], { size: 6.8, italic: true, color: GRAY });
    d.y += 21;
  }
  d.ensure(25);
  d.text(LX + 2, d.y + 9, 'Nur bei Weiterleistung oder Erhöhung: Der laufende Bewilligungszeitraum endet am', { size: 8 });
  d.text(LX + 2, d.y + 17.5, 'only for continued payment or an increase: the current period ends on', { size: 6.8, italic: true, color: GRAY });
  d.rect(d.right - 100, d.y + 1, 100, 18, { fill: tint });
  if (c.art !== 'erstantrag') d.text(d.right - 96, d.y + 14, dd(periodEnd), { size: 10 });
  d.y += 23;

  sec('B', 'Angaben zur antragstellenden Person', 'about you (the applicant)');
  row('B1', 'Familienname', 'surname / family name', p.last, 'antragsteller_name');
  row('B2', 'Vorname(n)', 'first name(s)', p.first);
  row('B3', 'Geburtsdatum', 'date of birth (day.month.year)', dd(p.birth), 'geburtsdatum', 110);
  row('B4', 'Geburtsort, Geburtsland', 'place and country of birth', `${birthTown}, ${land}`);
  row('B5', 'Staatsangehörigkeit', 'nationality', `${nat} (${natEn})`);
  if (eu) row('B6', 'In Deutschland wohnhaft seit', 'living in Germany since', dd(entry), undefined, 110);
  else {
    d.ensure(25);
    const top = d.y;
    row('B6', 'Aufenthaltstitel gültig bis', 'residence permit valid until', dd(permit), undefined, 110);
    d.text(VX + 122, top + 9, 'Einreise am', { size: 7.5 });
    d.text(VX + 122, top + 17.5, 'entry into Germany', { size: 6.5, italic: true, color: GRAY });
    d.rect(VX + 190, top + 1, W - 190, 18, { fill: tint });
    d.text(VX + 194, top + 14, dd(entry), { size: 10 });
  }
  row('B7', 'Straße, Hausnummer', 'street, house number', `${c.address.street} ${c.address.no}`, 'anschrift');
  row('B8', 'Postleitzahl, Wohnort', 'postcode, town', `${c.address.plz} ${c.address.city}`);
  row('B9', 'Letzte Anschrift im Ausland', 'last address abroad', abroadLine);
  row('B10', 'Telefon / E-Mail (freiwillig)', 'phone / e-mail (optional)', `${c.phone}${rng.chance(0.5) ? ` / ${mailPart(p.first.split(' ')[0])}.${mailPart(p.last)}@${rng.pick(['gmail.com', 'outlook.com', 'web.de', 'posteo.de'])}` : ''}`);

  sec('C', 'Haushalt – alle Personen, die mit Ihnen in der Wohnung leben und zu Ihrem Haushalt gehören', 'household – everyone who lives with you in the home and belongs to your household');
  const all = [{ person: p, relation: 'Antragsteller/in', income: true }, ...c.members];
  const REL_EN: Record<string, string> = { Kind: 'child', Tochter: 'daughter', Sohn: 'son', Mutter: 'mother', Vater: 'father', Ehemann: 'husband', Ehefrau: 'wife' };
  const relEn = (rel: string) => REL_EN[rel] ?? (/Ehe/.test(rel) ? 'spouse' : /Partner|Lebens/.test(rel) ? 'partner' : '');
  const cols = { nr: LX, name: LX + 22, geb: LX + 210, rel: LX + 290, ek: d.right - 4 };
  d.ensure(40);
  d.rect(LX - 2, d.y, d.right - LX + 2, 24, { fill: [0.9, 0.9, 0.9] });
  const hdr = (x: string | number, de: string, en: string, align?: 'right') => {
    d.text(Number(x), d.y + 9, de, { size: 7.5, bold: true, align });
    d.text(Number(x), d.y + 18, en, { size: 6.5, italic: true, color: GRAY, align });
  };
  hdr(cols.nr, 'Nr.', 'no.');
  hdr(cols.name, 'Familienname, Vorname', 'surname, first name');
  hdr(cols.geb, 'Geburtsdatum', 'date of birth');
  hdr(cols.rel, 'Verhältnis zu Ihnen', 'relationship to you');
  hdr(cols.ek, 'Einkommen', 'income', 'right');
  d.y += 26;
  all.forEach((m, i) => {
    d.row([
      { x: cols.nr, text: String(i + 1), size: 9 },
      { x: cols.name, text: `${m.person.last}, ${m.person.first}`, size: 9, width: cols.geb - cols.name - 6 },
      { x: cols.geb, text: dd(m.person.birth), size: 9 },
      { x: cols.rel, text: i === 0 ? 'selbst / self' : `${m.relation}${relEn(m.relation) ? ` / ${relEn(m.relation)}` : ''}`, size: 8.5 },
      { x: cols.ek, text: m.income ? 'ja / yes' : 'nein / no', size: 8.5, align: 'right' },
    ], { size: 9, minHeight: 15 });
    d.hline(d.y, LX - 2, d.right, 0.3, GRAY);
  });
  for (let i = all.length; i < Math.max(4, all.length + 1); i++) {
    d.text(cols.nr, d.y + 10, String(i + 1), { size: 9, color: GRAY });
    d.y += 15;
    d.hline(d.y, LX - 2, d.right, 0.3, GRAY);
  }
  d.move(6);
  d.ensure(26);
  d.text(LX + 2, d.y + 9, 'Zahl der Haushaltsmitglieder insgesamt (einschließlich Ihnen)', { size: 8.5, bold: true });
  d.text(LX + 2, d.y + 17.5, 'total number of household members (including you)', { size: 6.8, italic: true, color: GRAY });
  d.rect(d.right - 40, d.y, 40, 20, { stroke: [0, 0, 0], lineWidth: 0.8, fill: tint });
  d.text(d.right - 20, d.y + 14.5, String(all.length), { size: 12, bold: true, align: 'center', field: 'haushaltsmitglieder' });
  d.y += 28;
  d.ensure(40);
  d.text(LX + 2, d.y + 9, 'Nahe Angehörige, die nicht bei Ihnen wohnen (zählen nicht zum Haushalt)', { size: 8.5 });
  d.text(LX + 2, d.y + 17.5, 'close family members who do not live with you (not part of the household)', { size: 6.8, italic: true, color: GRAY });
  d.y += 22;
  if (relatives.length) {
    for (const rel of relatives)
      d.row([
        { x: cols.name, text: `${rel.person.last}, ${rel.person.first}`, size: 9 },
        { x: cols.geb, text: dd(rel.person.birth), size: 9 },
        { x: cols.rel, text: `${rel.relDe} / ${rel.relEn}, lebt in / lives in ${rel.where}`, size: 8.5 },
      ], { size: 9, minHeight: 14 });
  } else d.row([{ x: cols.name, text: '– keine / none –', size: 9 }], { size: 9, minHeight: 14 });

  sec('D', 'Ihre Wohnung', 'your home');
  row('D1', 'Eingezogen am', 'moved in on', dd(r.einzug), undefined, 110);
  row('D2', 'Wohnfläche', 'living space (square metres)', ctx.area(r.area), undefined, 110);
  row('D3', 'Miete monatlich insgesamt', 'total monthly rent', ctx.money(gesamt(r)), undefined, 110);
  row('D4', 'Vermieter/in (Name, Anschrift)', 'landlord (name, address)', `${r.landlord.name}, ${fake.addressLine(r.landlord.address)}`);
  d.para('Bitte legen Sie die Mietbescheinigung und den Mietvertrag bei. / Please attach the rent certificate and the tenancy agreement.', { x: LX + 2, size: 7.5, color: GRAY });

  // income, payment, help, declaration on page 2
  if (d.page === 1) d.newPage();
  sec('E', 'Einkommen der Haushaltsmitglieder', 'income of the household members');
  const KINDS: [string, string][] = [['Lohn/Gehalt', 'wages'], ['Minijob', 'mini-job'], ['BAföG', 'student grant'], ['Arbeitslosengeld', 'unempl. benefit'], ['Kindergeld', 'child benefit'], ['Unterhalt', 'maintenance'], ['Rente', 'pension']];
  const KX = KINDS.map((_, i) => LX + 118 + i * 56);
  d.ensure(30);
  KINDS.forEach(([de, en], i) => {
    d.text(KX[i], d.y + 8, de, { size: 6.5, bold: true });
    d.text(KX[i], d.y + 15, en, { size: 5.8, italic: true, color: GRAY });
  });
  d.y += 20;
  const kids = all.filter((m) => /Kind|Tochter|Sohn/.test(m.relation));
  all.forEach((m, i) => {
    d.ensure(16);
    d.text(LX + 2, d.y + 9, `${i + 1}  ${m.person.first.split(' ')[0]} ${m.person.last}`, { size: 8.5 });
    const ticks = new Set<number>();
    if (m.income) ticks.add(m.person.birth < '1960' ? 6 : rng.weighted([[0, 5], [1, 1], [2, 1], [3, 1]]));
    if (i === 0 && kids.length) ticks.add(4);
    KINDS.forEach((_, j) => d.checkbox(KX[j] + 6, d.y + 9, ticks.has(j), 8));
    d.y += 15;
  });
  d.para('Nachweise über alle Einkünfte der letzten zwölf Monate sind beizufügen. / Please attach proof of all income for the last twelve months.', { x: LX + 2, size: 7.5, color: GRAY });

  sec('F', 'Auszahlung', 'payment');
  d.ensure(40);
  d.text(LX + 2, d.y + 9, 'Das Wohngeld soll überwiesen werden an', { size: 8.5 });
  d.text(LX + 2, d.y + 17.5, 'the housing benefit is to be paid to', { size: 6.8, italic: true, color: GRAY });
  d.checkbox(VX, d.y + 9, true);
  d.text(VX + 13, d.y + 9, 'mich / me', { size: 8.5 });
  d.checkbox(VX + 80, d.y + 9, false);
  d.text(VX + 93, d.y + 9, 'den Vermieter / my landlord', { size: 8.5 });
  d.y += 24;
  const holder = c.accountHolder ?? p;
  row('F1', 'Kontoinhaber/in', 'account holder', `${holder.first} ${holder.last}`);
  row('F2', 'IBAN', 'IBAN', ctx.iban(c.iban), 'iban');
  row('F3', 'BIC / Kreditinstitut', 'BIC / bank', `${c.bank.bic} / ${c.bank.name}`);
  if (c.accountHolder) d.para(`Das Konto gehört ${c.accountHolder.gender === 'f' ? 'meiner Partnerin' : 'meinem Partner'} (Haushaltsmitglied Nr. 2). / The account belongs to my partner (household member no. 2).`, { x: LX + 2, size: 7.5 });

  const helped = rng.chance(0.65);
  sec('G', 'Hilfe beim Ausfüllen', 'help with this form');
  if (helped) {
    const helper = fake.person(rng, { bornFrom: 1965, bornTo: 2000, titleChance: 0 });
    const org = rng.pick(['Migrationsberatung für Erwachsene (MBE)', 'Jugendmigrationsdienst', `International Office, ${rng.pick(fake.UNIVERSITIES)[0]}`, 'Welcome Center', 'ehrenamtliche Sprachmittlung']);
    row('G1', 'Geholfen hat (Name, Stelle)', 'helped by (name, organisation)', `${helper.first} ${helper.last}, ${org}`);
    row('G2', 'Sprache der Übersetzung', 'language used', rng.pick(['Englisch', 'Arabisch', 'Ukrainisch', 'Portugiesisch', 'Spanisch', 'Türkisch', 'Vietnamesisch']));
  } else {
    d.checkbox(LX + 2, d.y + 9, true);
    d.text(LX + 16, d.y + 9, 'Ich habe den Antrag selbst ausgefüllt. / I filled in this form myself.', { size: 8.5 });
    d.y += 18;
  }

  sec('H', 'Erklärung und Unterschrift', 'declaration and signature');
  d.para('Ich versichere, dass alle Angaben richtig und vollständig sind. Änderungen (Einkommen, Miete, Personen im Haushalt, Umzug, Ablauf des Aufenthaltstitels) teile ich der Wohngeldbehörde sofort mit. Falsche Angaben können zur Rückforderung und zu einem Bußgeld führen.', { x: LX + 2, size: 8 });
  d.para('I declare that all information is true and complete. I will inform the housing benefit authority at once of any change (income, rent, persons in the household, moving, expiry of my residence permit). False information may lead to repayment and a fine.', { x: LX + 2, size: 7, italic: true, color: GRAY });
  d.ensure(60);
  d.move(28);
  const signed = addDays(ctx.today, -rng.int(1, 12));
  d.text(LX + 2, d.y, `${city}, ${dd(signed)}`, { size: 9.5 });
  d.hline(d.y + 4, LX, LX + 170, 0.5);
  d.hline(d.y + 4, LX + 210, d.right, 0.5);
  d.text(LX, d.y + 13, 'Ort, Datum / place, date', { size: 7, color: GRAY });
  d.text(LX + 210, d.y + 13, 'Unterschrift / signature', { size: 7, color: GRAY });
  d.y += 24;
  truth(ctx, c);
}

/**
 * blind13 (holdout): a town's application form in Leichte Sprache (easy-to-read German, words
 * split with a middle dot, one statement per line, large type, a pictogram column at the left),
 * filled in either on the PC or by hand by the applicant or a helper: what is asked for as three
 * long check-box sentences (with the end of the running period or the day of the change beside
 * the boxes for people already getting Wohngeld, and their Wohngeld number); the applicant as
 * labelled cells (surname and given name apart, birthday, phone), the flat with street and
 * postcode/town apart, the move-in day; the household as a grid whose first row is "Das bin ich",
 * relations in plain words ("meine Tochter"), the count in a box "Sie selbst zählen mit", then
 * people in the flat outside the household and children with child benefit; the flat's size, total
 * rent and landlord; income kinds per person as boxes; whose account (sometimes the partner's),
 * IBAN, bank; the person who helped fill it in with phone and organisation; declaration, place,
 * date, signature, the office's box with its received date.
 */
function blind13LeichteSprache(ctx: Ctx): void {
  const rng = ctx.rng;
  const c = draw(ctx);
  const p = c.applicant;
  const r = c.rent;
  const city = c.address.city;
  const dd = (v: string) => ctx.ndate(v);
  const byHand = rng.chance(0.45);
  const ink: Color = byHand ? rng.pick([[0.08, 0.12, 0.5], [0.1, 0.1, 0.14], [0.05, 0.22, 0.55]] as const) : [0, 0, 0];
  const accent: Color = rng.pick([[0.0, 0.36, 0.6], [0.12, 0.45, 0.3], [0.55, 0.2, 0.1], [0.35, 0.2, 0.5]] as const);
  const pale: Color = [0.93 + (accent[0] > 0.3 ? 0.04 : 0), 0.95, 0.97];
  const office = rng.pick([
    [`Stadt ${city}`, 'Amt für Soziales und Wohnen', 'Wohn·geld-Stelle'],
    [`Stadtverwaltung ${city}`, 'Fach·bereich Bürger·dienste', 'Team Wohn·geld'],
    ['Landrats·amt', 'Sozial·amt', 'Wohn·geld-Behörde'],
    [`Stadt ${city}`, 'Bürger·amt', 'Wohn·geld'],
  ] as const);
  const form = `${rng.pick(['WG-LS', 'LS-Wohngeld', 'Vordruck WoG 1 LS'])} · ${rng.pick(['Stand 01/2025', 'Stand 10/2024', 'Version 2024'])}`;

  const d = ctx.start({ family: 'helvetica', size: 11.5, margins: { left: 48, right: 46, top: 50, bottom: 66 } });
  const IX = d.left; // pictogram column
  const TX = d.left + 58; // text column
  const FS = 11.5;
  const HS = byHand ? rng.float(12.5, 14) : 11.5;
  const HF = byHand ? ('times-italic' as const) : ('helvetica' as const);
  /** a value as the applicant put it in: typed in the PDF form, or written with a pen */
  const fill = (x: number, baseline: number, text: string, field?: string, size = HS) =>
    byHand
      ? d.text(x + rng.float(0, 5), baseline + rng.float(-1.8, 0.4), text, { font: HF, size, color: ink, field })
      : d.text(x + 3, baseline, text, { font: HF, size, field });
  const cross = (x: number, baseline: number, sz: number) => {
    if (byHand) d.text(x + 1 + rng.float(-0.8, 1), baseline + rng.float(-1, 0.5), 'X', { font: 'times-italic', size: sz + 4, color: ink });
    else d.text(x + 2.5, baseline - 1.5, 'X', { font: 'helvetica-bold', size: sz - 1 });
  };
  const bigBox = (x: number, baseline: number, on: boolean, sz = 13) => {
    d.rect(x, baseline - sz + 2, sz, sz, { stroke: [0, 0, 0], lineWidth: 1 });
    if (on) cross(x, baseline, sz);
  };

  /** pictograms drawn from rules and boxes, as easy-read forms carry them */
  const icon = (kind: 'person' | 'house' | 'people' | 'money' | 'bank' | 'pen' | 'help' | 'form', top: number) => {
    const x = IX + 6;
    const col: Color = accent;
    d.rect(IX, top, 44, 44, { stroke: col, lineWidth: 1.2 });
    if (kind === 'person' || kind === 'help') {
      d.rect(x + 13, top + 7, 10, 10, { fill: col });
      d.rect(x + 8, top + 19, 20, 18, { fill: col });
      if (kind === 'help') d.text(x + 26, top + 16, '?', { size: 14, bold: true, color: col });
    } else if (kind === 'people') {
      d.rect(x + 4, top + 10, 8, 8, { fill: col });
      d.rect(x + 1, top + 20, 14, 16, { fill: col });
      d.rect(x + 20, top + 7, 9, 9, { fill: col });
      d.rect(x + 17, top + 18, 15, 18, { fill: col });
    } else if (kind === 'house') {
      d.line(x + 2, top + 20, x + 16, top + 7, 2, col);
      d.line(x + 16, top + 7, x + 30, top + 20, 2, col);
      d.rect(x + 6, top + 20, 20, 17, { stroke: col, lineWidth: 1.6 });
      d.rect(x + 13, top + 27, 6, 10, { fill: col });
    } else if (kind === 'money') {
      d.rect(x + 3, top + 9, 26, 26, { stroke: col, lineWidth: 1.6 });
      d.text(x + 16, top + 29, '€', { size: 18, bold: true, align: 'center', color: col });
    } else if (kind === 'bank') {
      d.rect(x + 2, top + 13, 28, 18, { stroke: col, lineWidth: 1.6 });
      d.rect(x + 2, top + 17, 28, 4, { fill: col });
      d.rect(x + 6, top + 25, 9, 3, { fill: col });
    } else if (kind === 'pen') {
      d.line(x + 6, top + 34, x + 26, top + 9, 3, col);
      d.hline(top + 37, x + 2, x + 30, 1.2, col);
    } else {
      d.rect(x + 6, top + 6, 20, 30, { stroke: col, lineWidth: 1.4 });
      for (let i = 0; i < 4; i++) d.hline(top + 13 + i * 6, x + 10, x + 22, 1, col);
    }
  };
  /** a part: its number in a coloured tab, a short heading, the pictogram at the left */
  const part = (no: number, title: string, kind: Parameters<typeof icon>[0], need = 150) => {
    d.ensure(need);
    d.move(10);
    d.rect(TX - 2, d.y, 62, 20, { fill: accent });
    d.text(TX + 29, d.y + 14.5, `Teil ${no}`, { size: 11, bold: true, align: 'center', color: [1, 1, 1] });
    d.text(TX + 70, d.y + 15, title, { size: 14, bold: true });
    icon(kind, d.y);
    d.y += 30;
  };
  /** one plain sentence per line */
  const say = (text: string, options: { size?: number; bold?: boolean; color?: Color; after?: number } = {}) =>
    d.para(text, { x: TX, size: options.size ?? FS, bold: options.bold, color: options.color, leading: 1.45, after: options.after ?? 2 });
  /** a label above a framed field */
  const cell = (x: number, w: number, label: string, value: string, field?: string) => {
    const top = d.y;
    d.text(x, top + 11, label, { size: 10, color: [0.2, 0.2, 0.2] });
    d.rect(x, top + 15, w, 24, { stroke: [0, 0, 0], lineWidth: 0.9, fill: byHand ? undefined : pale });
    if (value) fill(x + 3, top + 33, value, field);
  };
  const cells = (items: [number, number, string, string, string?][]) => {
    d.ensure(48);
    for (const [x, w, label, value, field] of items) cell(x, w, label, value, field);
    d.y += 46;
  };
  const W = d.right - TX;
  d.onContinuation((doc) => {
    doc.text(TX, 40, `${office[0]} – Antrag auf Wohn·geld in Leichter Sprache`, { size: 8.5, color: GRAY });
    doc.text(doc.right, 40, `${p.last}, ${p.first}`, { size: 8.5, color: GRAY, align: 'right' });
    doc.hline(45, IX, doc.right, 0.4, accent);
    doc.y = 54;
  });
  d.onEveryPage((doc, page, pages) => {
    doc.text(IX, doc.height - 30, form, { size: 7.5, color: GRAY });
    doc.text(doc.right, doc.height - 30, `Seite ${page} von ${pages}`, { size: 10, align: 'right' });
  });

  // head: the office, the easy-read badge, the office's own box
  d.text(TX, 58, office[0], { size: 13, bold: true });
  d.text(TX, 72, `${office[1]} – ${office[2]}`, { size: 10 });
  d.rect(IX, 42, 44, 34, { fill: accent });
  d.text(IX + 22, 56, 'Leichte', { size: 8.5, bold: true, align: 'center', color: [1, 1, 1] });
  d.text(IX + 22, 67, 'Sprache', { size: 8.5, bold: true, align: 'center', color: [1, 1, 1] });
  const ob = d.right - 150;
  d.rect(ob, 40, 150, 62, { stroke: GRAY, lineWidth: 0.6 });
  d.text(ob + 5, 50, 'Das füllt das Amt aus.', { size: 7.5, color: GRAY });
  const received = addDays(ctx.today, rng.int(1, 12));
  d.text(ob + 5, 66, 'Eingang:', { size: 7.5, color: GRAY });
  const stamp: Color = [0.6, 0.12, 0.15];
  if (rng.chance(0.7)) d.text(ob + 48, 67, ctx.date(received, 'dd.mm.yyyy'), { size: 9.5, font: 'courier-bold', color: stamp });
  d.text(ob + 5, 82, 'Wohngeld-Nr.:', { size: 7.5, color: GRAY });
  d.hline(84, ob + 58, ob + 144, 0.4, GRAY);
  d.text(ob + 5, 96, 'Sachbearbeitung:', { size: 7.5, color: GRAY });
  d.hline(98, ob + 66, ob + 144, 0.4, GRAY);
  d.text(TX, 128, ctx.pick([], ['Antrag auf Wohn·geld', 'Wohn·geld-Antrag']), { size: 22, bold: true });
  d.text(TX, 148, rng.pick(['Geld für die Miete – für Mieterinnen und Mieter', 'Zuschuss zur Miete (Miet·zuschuss)']), { size: 12.5 });
  d.y = 160;
  say('Mit diesem Antrag können Sie Geld für Ihre Miete bekommen.');
  say('Das Geld heißt: Wohn·geld.');
  say(byHand ? 'Bitte schreiben Sie deutlich. Nehmen Sie einen Kugel·schreiber.' : 'Sie können den Antrag am Computer ausfüllen. Dann drucken Sie ihn aus.');
  say('So kreuzen Sie an:', { after: 0 });
  bigBox(TX + 110, d.y - 2, true, 12);
  d.y += 4;
  say('Der Antrag in Leichter Sprache gilt genauso wie der amtliche Vordruck.', { size: 9.5, color: GRAY, after: 0 });

  // 1: what is asked for
  const receives = c.art !== 'erstantrag';
  const wgNr = rng.pick([`${rng.digits(3)}-${rng.digits(5)}`, `WG ${rng.digits(6)}`, `${rng.digits(2)}/${rng.digits(6)}`]);
  const periodEnd = lastOfMonth(addDays(ctx.today, c.art === 'weiterleistungsantrag' ? rng.int(5, 60) : rng.int(90, 300)));
  const changed = firstOfMonth(addDays(ctx.today, -rng.int(5, 70)));
  const changeWhat = rng.pick(['Meine Miete ist höher geworden.', 'Mein Lohn ist weniger geworden.', 'Wir sind jetzt eine Person mehr.', 'Meine Rente ist weniger geworden.']);
  part(1, 'Was möchten Sie?', 'form', 200);
  const ART_SENTENCES: Record<Antragsart, [string, string]> = {
    erstantrag: ['Ich bekomme noch kein Wohn·geld.', ctx.pick([], ['Ich stelle den Antrag zum ersten Mal.', 'Das ist mein erster Antrag.'])],
    weiterleistungsantrag: ['Ich bekomme schon Wohn·geld. Die Zeit endet bald.', ctx.pick([], ['Ich möchte weiter Wohn·geld bekommen.', 'Ich möchte danach wieder Wohn·geld.'])],
    erhoehungsantrag: ['Ich bekomme schon Wohn·geld. Aber etwas hat sich geändert.', ctx.pick([], ['Ich möchte mehr Wohn·geld bekommen.', 'Ich möchte, dass Sie neu rechnen. Ich brauche mehr Wohn·geld.'])],
  };
  for (const art of ANTRAGSARTEN) {
    const [first, second] = ART_SENTENCES[art];
    d.ensure(60);
    const top = d.y;
    bigBox(TX, top + 13, art === c.art);
    d.text(TX + 22, top + 12, first, { size: FS });
    d.text(TX + 22, top + 28, second, { size: FS, bold: true, field: art === c.art ? 'antragsart' : undefined });
    d.y = top + 36;
    if (art === 'weiterleistungsantrag') {
      d.text(TX + 22, d.y + 11, 'Die Zeit endet am:', { size: 10 });
      d.hline(d.y + 14, TX + 120, TX + 230, 0.5);
      if (c.art === art) fill(TX + 122, d.y + 12, dd(periodEnd));
      d.y += 20;
    }
    if (art === 'erhoehungsantrag') {
      d.text(TX + 22, d.y + 11, 'Was hat sich geändert?', { size: 10 });
      d.hline(d.y + 14, TX + 140, d.right, 0.5);
      if (c.art === art) fill(TX + 142, d.y + 12, changeWhat, undefined, HS - 1);
      d.y += 18;
      d.text(TX + 22, d.y + 11, 'Seit wann?', { size: 10 });
      d.hline(d.y + 14, TX + 140, TX + 250, 0.5);
      if (c.art === art) fill(TX + 142, d.y + 12, dd(changed));
      d.y += 20;
    }
    d.y += 4;
  }
  d.text(TX, d.y + 11, 'Wenn Sie schon Wohn·geld bekommen: Ihre Wohn·geld-Nummer', { size: 10 });
  d.rect(TX + 300, d.y, W - 300, 18, { stroke: [0, 0, 0], lineWidth: 0.8 });
  if (receives) fill(TX + 302, d.y + 13, wgNr, undefined, HS - 1);
  d.y += 24;

  // 2: the applicant
  part(2, 'Wer stellt den Antrag?', 'person', 200);
  say('Das sind Sie.', { after: 4 });
  const half = (W - 12) / 2;
  cells([[TX, half, 'Nach·name', p.last, 'antragsteller_name'], [TX + half + 12, half, 'Vor·name', p.first]]);
  const phoneW = 150;
  cells([[TX, 130, 'Geburts·tag', dd(p.birth), 'geburtsdatum'], [TX + 142, W - 142 - phoneW - 12, 'Geburts·ort', p.birthPlace], [d.right - phoneW, phoneW, 'Telefon', c.phone]]);
  say('Wo wohnen Sie?', { bold: true, after: 2 });
  cells([[TX, W * 0.64, 'Straße und Haus·nummer', `${c.address.street} ${c.address.no}`, 'anschrift'], [TX + W * 0.64 + 12, W * 0.36 - 12, 'Wohnung: Stock·werk', r.floor]]);
  cells([[TX, 100, 'Post·leit·zahl', c.address.plz], [TX + 112, W - 112, 'Ort', c.address.city]]);
  const einzugW = 130;
  d.ensure(48);
  d.text(TX, d.y + 28, 'Seit wann wohnen Sie in dieser Wohnung?', { size: 10.5 });
  const keepY = d.y;
  d.y -= 0;
  cell(d.right - einzugW, einzugW, 'Einzug am', dd(r.einzug));
  d.y = keepY + 48;

  // 3: the household
  const plain = (m: Member) => {
    const f = m.person.gender === 'f';
    if (/Ehe/.test(m.relation)) return f ? 'meine Frau' : 'mein Mann';
    if (/Partner|Lebens/.test(m.relation)) return f ? 'meine Partnerin' : 'mein Partner';
    if (/Mutter|Vater/.test(m.relation)) return f ? 'meine Mutter' : 'mein Vater';
    return f ? 'meine Tochter' : 'mein Sohn';
  };
  const count = c.members.length + 1;
  const lodger = rng.chance(0.35) ? rng.pick(['1 Unter·mieter', '1 Mitbewohnerin', '1 Mitbewohner']) : undefined;
  const kids = c.members.filter((m) => !/Ehe|Partner|Lebens|Mutter|Vater/.test(m.relation) && m.person.birth > addDays(ctx.today, -25 * 365)).length;
  part(3, 'Wer wohnt mit Ihnen zusammen?', 'people', 230);
  say('Schreiben Sie alle Menschen auf, die zu Ihrem Haushalt gehören.');
  say('Zum Haushalt gehören zum Beispiel: Ihr Ehe·partner. Ihre Kinder.');
  say('Nicht dazu gehören: Unter·mieter. Mitbewohner in einer WG.', { after: 6 });
  const gx = { no: TX, name: TX + 24, birth: TX + 250, rel: TX + 340 };
  const rowH = 24;
  const gridRow = (cols: [number, string, string?, boolean?][], header = false) => {
    d.ensure(rowH + 4);
    const top = d.y;
    if (header) d.rect(TX, top, W, rowH, { fill: pale });
    d.rect(TX, top, W, rowH, { stroke: [0, 0, 0], lineWidth: 0.7 });
    for (const x of [gx.name, gx.birth, gx.rel]) d.line(x - 4, top, x - 4, top + rowH, 0.7);
    for (const [x, text, field, typed] of cols) {
      if (header || !typed) d.text(x, top + 16, text, { size: header ? 9.5 : 10.5, bold: header, field });
      else fill(x, top + 17, text, field, HS - 1);
    }
    d.y = top + rowH;
  };
  gridRow([[gx.no + 2, 'Nr.'], [gx.name, 'Vor·name und Nach·name'], [gx.birth, 'Geburts·tag'], [gx.rel, 'Wer ist das für Sie?']], true);
  gridRow([[gx.no + 6, '1'], [gx.name, `${p.first} ${p.last}`, undefined, true], [gx.birth, dd(p.birth), undefined, true], [gx.rel, 'Das bin ich.']]);
  c.members.forEach((m, i) => gridRow([[gx.no + 6, String(i + 2)], [gx.name, `${m.person.first} ${m.person.last}`, undefined, true], [gx.birth, dd(m.person.birth), undefined, true], [gx.rel, plain(m), undefined, true]]));
  for (let i = c.members.length + 2; i <= Math.max(5, c.members.length + 2); i++) gridRow([[gx.no + 6, String(i)]]);
  d.move(8);
  const countLine = (question: string, hint: string | undefined, value: string, field?: string) => {
    d.ensure(40);
    const top = d.y;
    const lines = d.wrap(question, W - 80, { size: FS, bold: true });
    lines.forEach((l, i) => d.text(TX, top + 13 + i * 15, l, { size: FS, bold: true }));
    if (hint) d.text(TX, top + 13 + lines.length * 15, hint, { size: 10, color: GRAY });
    d.rect(d.right - 54, top + 1, 54, 28, { stroke: [0, 0, 0], lineWidth: 1.4 });
    fill(d.right - 36, top + 21, value, field, HS + 2);
    d.y = top + Math.max(34, lines.length * 15 + (hint ? 16 : 4));
  };
  countLine('Wie viele Menschen gehören zu Ihrem Haushalt?', 'Sie selbst zählen mit.', String(count), 'haushaltsmitglieder');
  d.ensure(44);
  d.text(TX, d.y + 13, 'Wohnen noch andere Menschen in Ihrer Wohnung?', { size: FS });
  d.text(TX, d.y + 27, 'Zum Beispiel ein Unter·mieter.', { size: 10, color: GRAY });
  bigBox(TX + 190, d.y + 29, !lodger, 12);
  d.text(TX + 208, d.y + 28, 'Nein', { size: FS });
  bigBox(TX + 250, d.y + 29, !!lodger, 12);
  d.text(TX + 268, d.y + 28, 'Ja:', { size: FS });
  if (lodger) fill(TX + 290, d.y + 29, lodger, undefined, HS - 1);
  d.y += 40;
  if (kids) countLine('Für wie viele Kinder bekommen Sie Kinder·geld?', undefined, String(kids));

  // 4: the flat
  part(4, 'Ihre Wohnung', 'house', 190);
  const rentW = 150;
  const qLine = (question: string, value: string, field?: string, hint?: string) => {
    d.ensure(44);
    const top = d.y;
    d.text(TX, top + 26, question, { size: FS });
    if (hint) d.text(TX, top + 39, hint, { size: 9.5, color: GRAY });
    cell(d.right - rentW, rentW, '', value, field);
    d.y = top + (hint ? 48 : 44);
  };
  qLine('Wie groß ist die Wohnung?', ctx.area(r.area), undefined, 'Das steht im Miet·vertrag.');
  qLine('Wie viele Zimmer hat die Wohnung?', String(r.rooms), undefined, 'Küche und Bad zählen nicht.');
  qLine('Wie viel Miete zahlen Sie jeden Monat?', ctx.money(gesamt(r)), undefined, 'Alles zusammen: mit Neben·kosten und Heizung.');
  if (r.stellplatz) qLine('Zahlen Sie extra für einen Park·platz oder eine Garage?', ctx.money(r.stellplatz));
  d.ensure(50);
  say('Wem gehört die Wohnung? Wer ist Ihr Vermieter?', { after: 0 });
  cells([[TX, W, 'Name', r.landlord.name]]);

  // 5: income
  part(5, 'Welches Geld haben Sie?', 'money', 170);
  say('Kreuzen Sie an: Wer bekommt welches Geld?', { after: 4 });
  const kinds = ['Lohn', 'Rente', 'Arbeits·losen-|geld', 'Eltern·geld', 'Unter·halt', 'anderes'];
  const kx = (i: number) => TX + 130 + i * ((W - 130) / kinds.length);
  d.ensure(40);
  kinds.forEach((k, i) => k.split('|').forEach((l, j) => d.text(kx(i) + 13.5, d.y + 10 + j * 10, l, { size: 8.5, bold: true, align: 'center' })));
  d.y += 24;
  const all = [{ person: p, relation: 'ich', income: true }, ...c.members];
  all.forEach((m, i) => {
    d.ensure(20);
    d.text(TX, d.y + 12, i === 0 ? 'ich' : `Nr. ${i + 1} ${m.person.first.split(' ')[0]}`, { size: 10.5 });
    const old = m.person.birth < '1959';
    const young = m.person.birth > addDays(ctx.today, -18 * 365);
    const kind = !m.income || young ? -1 : old ? 1 : rng.weighted([[0, 6], [2, 2], [3, 1], [4, 1], [5, 1]]);
    kinds.forEach((_, j) => bigBox(kx(j) + 8, d.y + 13, j === kind, 11));
    d.y += 19;
  });
  d.move(2);
  say('Bitte legen Sie die Nach·weise bei. Zum Beispiel: Lohn·abrechnungen von den letzten 12 Monaten.', { size: 10, color: GRAY });

  // 6: the account
  const holder = c.accountHolder;
  part(6, 'Auf welches Konto soll das Wohn·geld?', 'bank', 170);
  d.ensure(40);
  d.text(TX, d.y + 13, 'Wem gehört das Konto?', { size: FS, bold: true });
  bigBox(TX + 160, d.y + 14, !holder, 12);
  d.text(TX + 178, d.y + 13, 'mir', { size: FS });
  bigBox(TX + 215, d.y + 14, !!holder, 12);
  d.text(TX + 233, d.y + 13, 'einer anderen Person:', { size: FS });
  d.y += 22;
  if (holder) {
    d.hline(d.y + 12, TX + 233, d.right, 0.5);
    fill(TX + 235, d.y + 10, `${holder.first} ${holder.last}`, undefined, HS - 1);
    d.y += 18;
  }
  d.ensure(60);
  d.text(TX, d.y + 11, 'IBAN', { size: 10, color: [0.2, 0.2, 0.2] });
  d.text(TX + 32, d.y + 11, 'Die IBAN steht auf Ihrer Bank·karte oder auf dem Konto·auszug.', { size: 9, color: GRAY });
  const ibanTop = d.y + 15;
  const groups = ctx.iban(c.iban, true).split(' ');
  const gw = Math.min(64, (W - 8) / groups.length - 4);
  groups.forEach((g, i) => {
    const gx0 = TX + i * (gw + 5);
    d.rect(gx0, ibanTop, gw, 24, { stroke: [0, 0, 0], lineWidth: 0.9, fill: byHand ? undefined : pale });
    if (byHand) d.text(gx0 + 3 + rng.float(0, 3), ibanTop + 17 + rng.float(-1, 0.5), g, { font: HF, size: HS - 0.5, color: ink });
    else d.text(gx0 + 4, ibanTop + 17, g, { font: HF, size: HS - 0.5 });
  });
  d.place('iban', ctx.iban(c.iban, true));
  d.y = ibanTop + 32;
  cells([[TX, W, 'Name von der Bank', c.bank.name]]);

  // 7: who helped
  const helped = rng.chance(0.75);
  part(7, 'Hat Ihnen jemand geholfen?', 'help', 140);
  const helper = fake.person(rng, { bornFrom: 1960, bornTo: 2000, titleChance: 0 });
  const helperOrg = rng.pick([
    `Betreuungs·verein ${city} e.V.`,
    'Migrations·beratung (MBE)',
    `Sozial·beratung ${rng.pick(['Caritas', 'Diakonie', 'AWO', 'DRK', 'Volkssolidarität'])}`,
    'Integrations·lotsin',
    'meine Nachbarin',
    'mein Bruder',
  ]);
  d.ensure(40);
  bigBox(TX, d.y + 14, !helped, 12);
  d.text(TX + 18, d.y + 13, 'Nein', { size: FS });
  bigBox(TX + 70, d.y + 14, helped, 12);
  d.text(TX + 88, d.y + 13, 'Ja. Diese Person hat geholfen:', { size: FS });
  d.y += 24;
  if (helped) {
    cells([[TX, W * 0.5, 'Name', `${helper.first} ${helper.last}`], [TX + W * 0.5 + 12, W * 0.5 - 12, 'Telefon', fake.phone(rng)]]);
    cells([[TX, W, 'Von welcher Stelle?', helperOrg]]);
  } else d.y += 6;

  // 8: declaration and signature
  part(8, 'Unterschrift', 'pen', 210);
  say('Ich habe alles richtig aufgeschrieben.');
  say('Wenn sich etwas ändert, sage ich es sofort dem Amt.');
  say('Zum Beispiel: Jemand zieht aus. Oder: Mein Geld wird mehr.');
  say('Das Amt darf meine Angaben prüfen.', { after: 10 });
  d.ensure(60);
  const signed = addDays(ctx.today, -rng.int(0, 8));
  const sy = d.y + 28;
  d.hline(sy, TX, TX + 190, 0.7);
  d.hline(sy, TX + 220, d.right, 0.7);
  fill(TX + 2, sy - 4, `${city}, ${dd(signed)}`, undefined, HS - 1);
  if (byHand) d.text(TX + 232, sy - 5, `${p.first.split(' ')[0].charAt(0)}. ${p.last}`, { font: 'times-italic', size: 16, color: ink });
  d.text(TX, sy + 13, 'Ort und Datum', { size: 9.5, color: GRAY });
  d.text(TX + 220, sy + 13, 'Ihre Unterschrift', { size: 9.5, color: GRAY });
  d.y = sy + 24;

  truth(ctx, c);
}

/**
 * blind14 (holdout): a district's application form printed as a folded A5 leaflet (one A4 sheet,
 * four A5 pages) and filled in by hand, copied flat as the office does with such leaflets: the
 * outside (back cover page 4 at the left, cover page 1 at the right) is the first landscape page,
 * the inside (pages 2 and 3) the second. The cover holds the office's received stamp, the kind of
 * application as three worded boxes (with the end of the running period or the reason for an
 * increase and the Wohngeld number) and the applicant's particulars in framed cells; page 2 the
 * household with the applicant pre-printed as row 1 and the count in a box, people in the flat
 * outside the household, the flat; page 3 the incomes per row number and further questions; the
 * back cover the account (holder sometimes the partner), the declaration with the signing day, the
 * enclosures ticked and the office's box.
 */
function blind14FaltblattA5(ctx: Ctx): void {
  const rng = ctx.rng;
  const c = draw(ctx);
  const p = c.applicant;
  const r = c.rent;
  const city = c.address.city;
  const dd = (v: string) => ctx.ndate(v);
  const HW = 841.89 / 2;
  const d = ctx.start({ family: 'helvetica', size: 7.5, pageSize: [841.89, 595.28], margins: { left: 26, right: 26, top: 26, bottom: 30 } });
  const ink: Color = rng.pick([[0.07, 0.1, 0.48], [0.12, 0.12, 0.16], [0.04, 0.2, 0.52]] as const);
  const HS = rng.float(9.8, 11);
  const accent: Color = rng.pick([[0.15, 0.35, 0.25], [0.1, 0.28, 0.5], [0.45, 0.18, 0.12], [0.3, 0.3, 0.3]] as const);
  const tint: Color = [0.9 + accent[0] * 0.1, 0.92 + accent[1] * 0.05, 0.92 + accent[2] * 0.05];
  const X0 = (half: 0 | 1) => half * HW + 30;
  const X1 = (half: 0 | 1) => (half + 1) * HW - 28;
  const district = rng.pick([`Stadt ${city}`, `Stadtverwaltung ${city}`, `Landratsamt – Bürgerbüro ${city}`]);
  const amt = rng.pick(['Sozialamt · Sachgebiet Wohngeld', 'Fachbereich Soziales · Wohngeldbehörde', 'Amt für Wohnen und Soziales', 'Referat Wohngeld, Lastenzuschuss']);
  const formNo = `${rng.pick(['WoG-A5', 'Vordr. 61.1', 'Form WG 01 F'])} · ${rng.pick(['Ausgabe 2025', 'Stand 01/2025', 'Druck 11/2024'])}`;

  /** handwriting: a ball pen, never quite on the line */
  const hand = (x: number, baseline: number, text: string, field?: string, size = HS) =>
    d.text(x + rng.float(0, 3.5), baseline + rng.float(-1.5, 0.5), text, { font: 'times-italic', size, color: ink, field });
  const cross = (x: number, baseline: number) => d.text(x + rng.float(-0.5, 0.8), baseline + rng.float(-0.6, 0.8), 'X', { font: 'times-italic', size: 10.5, color: ink });
  const tick = (x: number, baseline: number, on: boolean, label: string, field?: string, size = 7.2) => {
    d.checkbox(x, baseline, false, 7.5);
    if (on) cross(x, baseline);
    return 11 + d.text(x + 11, baseline, label, { size, field });
  };
  /** a framed cell: a small printed caption at its top, the answer written into it */
  const cell = (x: number, top: number, w: number, caption: string, value: string, field?: string, h = 23) => {
    d.rect(x, top, w, h, { stroke: [0.25, 0.25, 0.25], lineWidth: 0.5 });
    d.text(x + 2.5, top + 7, caption, { size: 5.8, color: GRAY });
    if (value) hand(x + 3, top + h - 4.5, value, field);
  };
  /** a section band with its number */
  const band = (half: 0 | 1, top: number, no: string, title: string) => {
    d.rect(X0(half), top, X1(half) - X0(half), 13, { fill: tint });
    d.rect(X0(half), top, 16, 13, { fill: accent });
    d.text(X0(half) + 8, top + 9.5, no, { size: 8, bold: true, align: 'center', color: [1, 1, 1] });
    d.text(X0(half) + 22, top + 9.5, title, { size: 8.5, bold: true });
    return top + 18;
  };
  const pageNo = (half: 0 | 1, no: number) => d.text((X0(half) + X1(half)) / 2, 584, `– ${no} –`, { size: 7, align: 'center', color: GRAY });
  const fold = () => {
    for (let y = 8; y < 590; y += 9) d.line(HW, y, HW, y + 4, 0.3, [0.7, 0.7, 0.7]);
  };
  const para = (half: 0 | 1, top: number, text: string, size = 6.8, color = GRAY as Color) => {
    const lines = d.wrap(text, X1(half) - X0(half), { size });
    lines.forEach((l, i) => d.text(X0(half), top + size + i * size * 1.3, l, { size, color }));
    return top + lines.length * size * 1.3 + 4;
  };

  const received = addDays(ctx.today, rng.int(1, 8));
  const signed = addDays(ctx.today, -rng.int(0, 5));
  const wgNr = `${rng.pick(['61', 'WG', '50.3'])}-${rng.digits(5)}/${rng.int(2, 9)}`;
  const receives = c.art !== 'erstantrag';
  const periodEnd = lastOfMonth(addDays(ctx.today, c.art === 'weiterleistungsantrag' ? rng.int(4, 50) : rng.int(70, 290)));
  const members = c.members;
  const count = members.length + 1;
  const lodger = rng.chance(0.3) ? fake.person(rng, { bornFrom: 1960, bornTo: 2004 }) : undefined;
  const holder = c.accountHolder ?? p;
  const W = (half: 0 | 1) => X1(half) - X0(half);

  // ============ sheet outside: back cover (page 4) left, cover (page 1) right
  fold();
  // ---- page 1, the cover
  {
    const h = 1 as const;
    const x = X0(h);
    d.text(x, 44, district, { size: 10, bold: true, color: accent });
    d.text(x, 55, amt, { size: 7.2 });
    d.text(x, 64, `${fake.addressLine(fake.address(rng, { city }))}`, { size: 6.3, color: GRAY });
    // the office's received stamp in its box
    const sx = X1(h) - 118;
    d.rect(sx, 32, 118, 56, { stroke: [0.3, 0.3, 0.3], lineWidth: 0.5 });
    d.text(sx + 3, 39, 'Eingangsvermerk der Behörde', { size: 5.6, color: GRAY });
    const stamp: Color = rng.pick([[0.62, 0.1, 0.14], [0.2, 0.22, 0.62], [0.45, 0.1, 0.45]] as const);
    d.rect(sx + 14, 44, 90, 38, { stroke: stamp, lineWidth: 1.1 });
    d.text(sx + 59, 54, rng.pick(['Wohngeldbehörde', 'Wohngeldstelle']), { size: 6, align: 'center', color: stamp });
    d.text(sx + 59, 66, ctx.date(received, rng.pick(['dd.mm.yyyy', 'dd. Mon. yyyy'] as const)), { size: 9, font: 'courier-bold', align: 'center', color: stamp });
    d.text(sx + 59, 77, rng.pick(['Posteingang', 'Eing.', 'Bürgerbüro']), { size: 6, align: 'center', color: stamp });
    d.text(x, 104, ctx.pick([], ['Antrag auf Wohngeld', 'Wohngeld-Antrag']), { size: 17, bold: true });
    d.text(x, 117, rng.pick(['– Mietzuschuss für Mieterinnen und Mieter –', 'als Zuschuss zur Miete (Mietzuschuss)']), { size: 8.5 });
    let y = para(h, 124, 'Bitte mit Kugelschreiber in Druckschrift ausfüllen, Zutreffendes ankreuzen. Lesen Sie vorher die Hinweise auf der Rückseite. Ohne die Angaben auf den Seiten 1 bis 4 kann über Ihren Antrag nicht entschieden werden.');
    y = band(h, y + 2, '1', ctx.pick([], ['Was beantragen Sie?', 'Ich beantrage Wohngeld']));
    const art1 = rng.pick(['erstmalig (auch nach einer Unterbrechung)', 'zum ersten Mal bzw. erneut nach einer Pause']);
    const art2 = rng.pick(['im Anschluss an meinen laufenden Bewilligungszeitraum', 'für die Zeit nach Ablauf der laufenden Bewilligung']);
    const art3 = rng.pick(['als Erhöhung während des laufenden Zeitraums (§ 27 WoGG)', 'neu berechnet, weil sich etwas erhöht hat (§ 27 WoGG)']);
    tick(x + 4, y + 8, c.art === 'erstantrag', art1, c.art === 'erstantrag' ? 'antragsart' : undefined);
    tick(x + 4, y + 21, c.art === 'weiterleistungsantrag', art2, c.art === 'weiterleistungsantrag' ? 'antragsart' : undefined);
    d.text(x + 15, y + 31, '– bisher bewilligt bis:', { size: 6.5, color: GRAY });
    d.hline(y + 33, x + 80, x + 170, 0.4, GRAY);
    if (c.art === 'weiterleistungsantrag') hand(x + 82, y + 31, dd(periodEnd));
    tick(x + 4, y + 45, c.art === 'erhoehungsantrag', art3, c.art === 'erhoehungsantrag' ? 'antragsart' : undefined);
    d.text(x + 15, y + 55, '– Grund und seit wann:', { size: 6.5, color: GRAY });
    d.hline(y + 57, x + 84, X1(h), 0.4, GRAY);
    if (c.art === 'erhoehungsantrag') {
      const why = rng.pick([`Miete erhöht ab ${dd(r.mieteAb)}`, `Einkommen gesunken seit ${dd(firstOfMonth(addDays(ctx.today, -rng.int(15, 80))))}`]);
      hand(x + 86, y + 55, why);
    }
    d.text(x + 4, y + 72, 'Wohngeld-Nr. (falls vorhanden)', { size: 6.5, color: GRAY });
    d.rect(x + 110, y + 62, 120, 14, { stroke: [0.3, 0.3, 0.3], lineWidth: 0.5 });
    if (receives) hand(x + 112, y + 73, wgNr);
    y += 84;
    y = band(h, y, '2', ctx.pick([], ['Angaben zu meiner Person', 'Antragstellende Person']));
    const w = W(h);
    cell(x, y, w * 0.55, 'Familienname', p.last, 'antragsteller_name');
    cell(x + w * 0.55, y, w * 0.45, 'Vorname(n)', p.first);
    y += 23;
    cell(x, y, w * 0.34, 'Geburtsname (falls abweichend)', p.birthName ?? '');
    cell(x + w * 0.34, y, w * 0.28, 'geboren am', dd(p.birth), 'geburtsdatum');
    cell(x + w * 0.62, y, w * 0.38, 'Geburtsort', p.birthPlace);
    y += 23;
    cell(x, y, w * 0.5, 'Staatsangehörigkeit', rng.pick(['deutsch', 'deutsch', 'deutsch', 'türkisch', 'polnisch', 'ukrainisch', 'syrisch']));
    cell(x + w * 0.5, y, w * 0.5, 'Familienstand / seit', members.some((m) => /Ehe/.test(m.relation)) ? `verh. seit ${Math.min(Number(ctx.today.slice(0, 4)) - 1, Number(p.birth.slice(0, 4)) + rng.int(22, 30))}` : members.some((m) => /Partner|Lebens/.test(m.relation)) ? 'ledig' : rng.pick(['ledig', 'geschieden', 'verwitwet', 'getrennt lebend']));
    y += 23;
    cell(x, y, w * 0.72, 'Straße, Hausnummer (Wohnung, für die Wohngeld beantragt wird)', `${c.address.street} ${c.address.no}`, 'anschrift');
    cell(x + w * 0.72, y, w * 0.28, 'Stockwerk', r.floor.replace('Obergeschoss', 'OG').replace('geschoss', 'g.'));
    y += 23;
    cell(x, y, w * 0.26, 'Postleitzahl', c.address.plz);
    cell(x + w * 0.26, y, w * 0.74, 'Ort / Ortsteil', city);
    y += 23;
    cell(x, y, w * 0.45, 'Telefon (tagsüber, freiwillig)', c.phone);
    cell(x + w * 0.45, y, w * 0.55, 'E-Mail (freiwillig)', rng.chance(0.5) ? `${mailPart(p.first.split(' ')[0])}.${mailPart(p.last)}${rng.int(1, 99)}@${rng.pick(['web.de', 'gmx.de', 't-online.de', 'gmail.com'])}` : '');
    y += 30;
    y = para(h, y, 'Wohngeld ist ein Zuschuss zur Miete. Es wird frühestens von dem Monat an gezahlt, in dem der Antrag bei der Wohngeldbehörde eingegangen ist.', 6.5);
    const tips = [
      'Sprechzeiten: Di 8–12 und 13–18 Uhr, Do 8–12 Uhr, sowie nach Terminvereinbarung.',
      'Den Antrag können Sie auch per Post senden oder in den Briefkasten am Haupteingang werfen.',
      'Wohngeld gibt es nicht, wenn alle Haushaltsmitglieder Bürgergeld, Grundsicherung oder Sozialhilfe erhalten.',
      'Der Wohngeldrechner des Bundes hilft bei einer ersten Einschätzung.',
    ];
    const boxTop = Math.max(y + 10, 470);
    d.rect(x, boxTop, W(h), 16 + tips.length * 18, { stroke: accent, lineWidth: 0.8 });
    d.text(x + 5, boxTop + 11, 'Gut zu wissen', { size: 7.5, bold: true, color: accent });
    tips.forEach((tip, i) => d.wrap(`• ${tip}`, W(h) - 12, { size: 6.6 }).forEach((l, j) => d.text(x + 6, boxTop + 24 + i * 18 + j * 8.2, l, { size: 6.6 })));
    d.text(x, 572, formNo, { size: 6, color: GRAY });
    pageNo(h, 1);
  }
  // ---- page 4, the back cover
  {
    const h = 0 as const;
    const x = X0(h);
    const w = W(h);
    let y = band(h, 34, '7', ctx.pick([], ['Wohin soll das Wohngeld überwiesen werden?', 'Auszahlung']));
    const own = holder === p;
    tick(x + 4, y + 8, own, 'auf mein eigenes Konto');
    tick(x + 120, y + 8, !own, 'auf das Konto einer anderen Person:');
    y += 14;
    cell(x, y, w, 'Kontoinhaber/in (Vorname, Name)', ctx.name(holder, 'first-last'));
    y += 23;
    d.rect(x, y, w, 26, { stroke: [0.25, 0.25, 0.25], lineWidth: 0.5 });
    d.text(x + 2.5, y + 7, 'IBAN', { size: 5.8, color: GRAY });
    for (let i = 1; i < 6; i++) d.line(x + 8 + i * ((w - 16) / 5.5), y + 23, x + 8 + i * ((w - 16) / 5.5), y + 26, 0.4, GRAY);
    hand(x + 8, y + 21.5, fake.groupIban(c.iban), 'iban', HS + 0.8);
    y += 26;
    cell(x, y, w * 0.38, 'BIC', c.bank.bic);
    cell(x + w * 0.38, y, w * 0.62, 'Geldinstitut', c.bank.name);
    y += 32;
    y = band(h, y, '8', 'Erklärung und Unterschrift');
    y = para(h, y, 'Ich versichere, dass alle Angaben in diesem Antrag vollständig sind und der Wahrheit entsprechen. Mir ist bekannt, dass ich Änderungen der Zahl der Haushaltsmitglieder, der Miete oder des Einkommens sofort mitteilen muss und zu Unrecht erhaltenes Wohngeld zurückzahlen muss. Die Hinweise zum Datenschutz habe ich erhalten.', 6.8, [0, 0, 0]);
    y += 8;
    d.hline(y + 16, x, x + w * 0.42, 0.4, GRAY);
    hand(x + 2, y + 13, `${city}, ${dd(signed)}`);
    d.hline(y + 16, x + w * 0.5, X1(h), 0.4, GRAY);
    d.text(x + w * 0.52 + rng.float(0, 20), y + 12, p.last, { font: 'times-italic', size: 13, color: ink });
    d.text(x, y + 23, 'Ort, Datum', { size: 6, color: GRAY });
    d.text(x + w * 0.5, y + 23, 'Unterschrift der antragstellenden Person', { size: 6, color: GRAY });
    y += 34;
    if (members.some((m) => /Ehe|Partner|Lebens/.test(m.relation))) {
      d.hline(y + 14, x + w * 0.5, X1(h), 0.4, GRAY);
      const partner = members.find((m) => /Ehe|Partner|Lebens/.test(m.relation))!;
      d.text(x + w * 0.52 + rng.float(0, 20), y + 11, partner.person.last, { font: 'times-italic', size: 12, color: ink });
      d.text(x + w * 0.5, y + 21, 'Unterschrift Ehegatte/Partner(in)', { size: 6, color: GRAY });
      y += 30;
    }
    y = band(h, y, '9', 'Beigefügte Unterlagen');
    const docs: [string, boolean][] = [
      ['Mietbescheinigung (Vordruck) oder Mietvertrag', true],
      ['Einkommensnachweise der letzten 12 Monate', true],
      ['Bescheide über Renten, Arbeitslosengeld, Unterhalt', rng.chance(0.5)],
      ['Kopie des letzten Wohngeldbescheides', receives],
      ['Schulbescheinigung (Kinder ab 16 Jahren)', rng.chance(0.3)],
    ];
    docs.forEach(([label, on], i) => tick(x + 4, y + 8 + i * 11, on, label));
    y += docs.length * 11 + 10;
    d.rect(x, y, w, 80, { fill: [0.93, 0.93, 0.93] });
    d.text(x + 4, y + 10, 'Nur für die Wohngeldbehörde', { size: 7, bold: true });
    const office: [string, string][] = [['Antrag vollständig am', ''], ['Bewilligungszeitraum', '____ bis ____'], ['Sachbearbeitung (Zeichen)', ''], ['erfasst im Fachverfahren am', '']];
    office.forEach(([l, v], i) => {
      d.text(x + 4, y + 25 + i * 14, l, { size: 6.5, color: GRAY });
      d.hline(y + 27 + i * 14, x + 110, x + w - 6, 0.3, GRAY);
      if (v) d.text(x + 112, y + 25 + i * 14, v, { size: 6.5, color: GRAY });
    });
    pageNo(h, 4);
  }

  // ============ sheet inside: page 2 left, page 3 right
  d.newPage();
  fold();
  const rows = [{ person: p, relation: 'Antragsteller/in', income: true }, ...members];
  {
    const h = 0 as const;
    const x = X0(h);
    const w = W(h);
    d.text(X1(h), 30, `Name: ${p.last}`, { size: 6.5, color: GRAY, align: 'right' });
    let y = band(h, 36, '3', ctx.pick([], ['Wer gehört zu Ihrem Haushalt?', 'Haushaltsmitglieder']));
    y = para(h, y, 'Tragen Sie alle Personen ein, die mit Ihnen in der Wohnung leben und mit Ihnen eine Wohn- und Wirtschaftsgemeinschaft bilden (Ehegatten, Partner, Kinder, Eltern). Zeile 1 sind Sie selbst.', 6.5);
    const cols = [x, x + 16, x + w * 0.5, x + w * 0.7, x + w * 0.9];
    const heads = ['Nr.', 'Familienname, Vorname', 'geboren am', 'Verhältnis zu Nr. 1', 'Eink.'];
    d.rect(x, y, w, 14, { fill: tint });
    heads.forEach((t, i) => d.text(cols[i] + 2, y + 9.5, t, { size: 6.3, bold: true }));
    y += 14;
    const RH = 19;
    for (let i = 0; i < 7; i++) {
      d.rect(x, y, w, RH, { stroke: [0.3, 0.3, 0.3], lineWidth: 0.4 });
      for (let k = 1; k < cols.length; k++) d.line(cols[k], y, cols[k], y + RH, 0.4, [0.3, 0.3, 0.3]);
      d.text(cols[0] + 4, y + 12, String(i + 1), { size: 7, bold: true });
      if (i === 0) {
        d.text(cols[1] + 3, y + 12, 'ich selbst – siehe Seite 1', { size: 6.8, color: GRAY });
        d.text(cols[3] + 3, y + 12, '—', { size: 7, color: GRAY });
      } else if (rows[i]) {
        const m = rows[i];
        hand(cols[1] + 2, y + 14, `${m.person.last}, ${m.person.first}`, undefined, HS - 0.6);
        hand(cols[2] + 1, y + 14, dd(m.person.birth), undefined, HS - 0.8);
        hand(cols[3] + 1, y + 14, m.relation.replace('Ehegatte/Ehegattin', 'Ehegatte').replace('Lebenspartner/in', 'Partner').replace('Lebensgefährte/-in', 'Lebensgefährte').replace('Partner/in', 'Partner'), undefined, HS - 1.2);
        hand(cols[4] + 1, y + 14, m.income ? 'ja' : 'nein', undefined, HS - 1);
      }
      y += RH;
    }
    y += 6;
    d.text(x, y + 10, 'Zahl der Haushaltsmitglieder (Zeilen 1 bis 7 zusammen):', { size: 7.2, bold: true });
    d.rect(x + w - 40, y, 40, 16, { stroke: [0, 0, 0], lineWidth: 0.8 });
    hand(x + w - 30, y + 13, String(count), 'haushaltsmitglieder', HS + 1.5);
    y += 24;
    d.text(x, y + 7, 'Leben in der Wohnung weitere Personen, die nicht zu Ihrem Haushalt gehören', { size: 6.8 });
    d.text(x, y + 15.5, '(z. B. Untermieter, Mitbewohner einer Wohngemeinschaft)?', { size: 6.8 });
    tick(x + 4, y + 28, !lodger, 'nein');
    tick(x + 40, y + 28, !!lodger, 'ja – Name, geboren am:');
    d.hline(y + 30, x + 136, X1(h), 0.4, GRAY);
    if (lodger) hand(x + 138, y + 28, `${lodger.first} ${lodger.last}, ${dd(lodger.birth)}`, undefined, HS - 0.8);
    y += 40;
    y = band(h, y, '4', 'Ihre Wohnung');
    cell(x, y, w * 0.32, 'bewohnt seit (Einzug)', dd(r.einzug));
    cell(x + w * 0.32, y, w * 0.34, 'Wohnfläche', `${decimal(r.area, Number.isInteger(r.area) ? 0 : 2)} m²`);
    cell(x + w * 0.66, y, w * 0.34, 'Anzahl Zimmer (ohne Küche, Bad)', String(r.rooms));
    y += 23;
    const landlordText = r.landlord.person ? `${r.landlord.person.first} ${r.landlord.person.last}, ${r.landlord.address.city}` : r.landlord.name;
    cell(x, y, w, 'Vermieter/in bzw. Hausverwaltung (Name, Ort)', landlordText);
    y += 23;
    cell(x, y, w * 0.5, 'Miete monatlich insgesamt', `${decimal(gesamt(r))} €`);
    cell(x + w * 0.5, y, w * 0.5, 'darin Heizung/Warmwasser', r.heizkosten !== undefined ? `${decimal(r.heizkosten)} €` : 'Gas direkt an Versorger');
    y += 28;
    para(h, y, 'Bitte fügen Sie die vom Vermieter ausgefüllte Mietbescheinigung bei.', 6.5);
    pageNo(h, 2);
  }
  {
    const h = 1 as const;
    const x = X0(h);
    const w = W(h);
    let y = band(h, 36, '5', ctx.pick([], ['Einkünfte im Haushalt', 'Wovon leben Sie?']));
    y = para(h, y, 'Kreuzen Sie für jede Person (Nr. wie in Abschnitt 3) an, welche Einnahmen sie in den nächsten 12 Monaten voraussichtlich hat. Nachweise bitte beifügen.', 6.5);
    const kinds = ['Lohn/Gehalt', 'Rente', 'ALG I', 'Unterhalt', 'Selbst.', 'keine'];
    const cw = (w - 40) / kinds.length;
    d.rect(x, y, w, 14, { fill: tint });
    d.text(x + 3, y + 9.5, 'Nr.', { size: 6.3, bold: true });
    kinds.forEach((k, i) => d.text(x + 40 + i * cw + cw / 2, y + 9.5, k, { size: 6.3, bold: true, align: 'center' }));
    y += 14;
    rows.forEach((m, i) => {
      d.hline(y + 16, x, X1(h), 0.3, GRAY);
      d.text(x + 6, y + 11, String(i + 1), { size: 7, bold: true });
      const age = Number(ctx.today.slice(0, 4)) - Number(m.person.birth.slice(0, 4));
      const kind = !m.income ? 5 : age >= 66 ? 1 : rng.weighted([[0, 6], [2, 1], [3, 1], [4, 1]]);
      kinds.forEach((_, k) => {
        d.checkbox(x + 40 + k * cw + cw / 2 - 3.5, y + 12, false, 7);
        if (k === kind) cross(x + 40 + k * cw + cw / 2 - 3.5, y + 12);
      });
      y += 16;
    });
    y += 10;
    y = band(h, y, '6', 'Weitere Fragen');
    const qs: [string, boolean][] = [
      ['Hat ein Haushaltsmitglied Bürgergeld, Grundsicherung oder Sozialhilfe beantragt oder erhalten?', false],
      ['Erhält ein Haushaltsmitglied BAföG oder Berufsausbildungsbeihilfe?', rng.chance(0.1)],
      ['Gehört die Wohnung ganz oder teilweise einem Haushaltsmitglied oder einem Verwandten?', false],
      ['Übersteigt das Vermögen aller Haushaltsmitglieder 60.000 € (erste Person) bzw. 30.000 € (jede weitere)?', false],
      ['Wird die Wohnung teilweise gewerblich genutzt oder untervermietet?', !!lodger],
    ];
    for (const [q, yes] of qs) {
      const lines = d.wrap(q, w - 76, { size: 6.8 });
      lines.forEach((l, i) => d.text(x, y + 8 + i * 8.5, l, { size: 6.8 }));
      tick(x + w - 70, y + 8, !yes, 'nein');
      tick(x + w - 34, y + 8, yes, 'ja');
      y += Math.max(16, lines.length * 8.5 + 6);
    }
    y += 6;
    if (receives) {
      y = para(h, y, `Bisherige Wohngeldbehörde, falls nicht ${district}:`, 6.8, [0, 0, 0]);
      d.hline(y + 8, x, X1(h), 0.4, GRAY);
      hand(x + 2, y + 6, rng.pick(['–', 'dieselbe', 'wie bisher']));
      y += 18;
    }
    y = para(h, y, 'Hinweis: Wer vorsätzlich oder fahrlässig falsche oder unvollständige Angaben macht, handelt ordnungswidrig (§ 37 WoGG). Überzahltes Wohngeld wird zurückgefordert.', 6.3);
    y = band(h, Math.max(y + 14, 420), 'i', 'Datenschutz');
    para(h, y, `Ihre Angaben werden nach §§ 23 und 33 WoGG in Verbindung mit Art. 6 Abs. 1 Buchst. c und e DSGVO zur Prüfung Ihres Anspruchs erhoben. Verantwortlich ist ${district}. Die Daten werden für den Datenabgleich nach § 33 WoGG mit anderen Stellen (z. B. Rentenversicherung, Bundeszentralamt für Steuern) genutzt und nach Ablauf der Aufbewahrungsfrist gelöscht. Sie haben das Recht auf Auskunft, Berichtigung und Beschwerde bei der Aufsichtsbehörde.`, 6.4);
    pageNo(h, 3);
  }
  truth(ctx, c);
}

/**
 * blind15: a formless application sent by e-mail to the Wohngeld office (to keep the month), printed
 * from the office's mailbox: the mail program's print head, the message header (from, sent, to,
 * subject, attachments), the typed message with the particulars partly in sentences and partly as a
 * typed list, sometimes written by a son or daughter for a parent, the office's received stamp and a
 * clerk's handwritten note, an earlier reminder of the office quoted under the message.
 */
function blind15EmailFormlos(ctx: Ctx): void {
  const rng = ctx.rng;
  const c = draw(ctx);
  const p = c.applicant;
  const city = c.address.city;
  const count = c.members.length + 1;
  const d = ctx.start({ family: 'helvetica', size: 9.5, margins: { left: 56, right: 50, top: 50, bottom: 60 } });
  const office = rng.pick([`Stadt ${city} – Wohngeldbehörde`, `Stadtverwaltung ${city} – Sachgebiet Wohngeld`, `Landratsamt – Wohngeldstelle ${city}`, `Amt für Soziales und Wohnen ${city}`]);
  const officeMail = rng.pick(['wohngeld', 'wohngeldstelle', 'wohngeld.antraege', 'sg-wohngeld']) + '@' + mailPart(city).slice(0, 14) + rng.pick(['.de', '-stadt.de', '.kreis.de']);
  const clerk = fake.person(rng, { bornFrom: 1965, bornTo: 1998 });
  const sent = addDays(ctx.today, -rng.int(1, 9));
  const printed = addDays(sent, rng.int(0, 3));
  const hhmm = (h0: number, h1: number) => `${String(rng.int(h0, h1)).padStart(2, '0')}:${String(rng.int(0, 59)).padStart(2, '0')}`;
  const wd = ['Sonntag', 'Montag', 'Dienstag', 'Mittwoch', 'Donnerstag', 'Freitag', 'Samstag'];
  const wdOf = (iso: string) => wd[new Date(`${iso}T12:00:00Z`).getUTCDay()];
  const longDate = (iso: string) => `${wdOf(iso)}, ${ctx.date(iso, 'd. Monat yyyy')}`;

  // who writes: the applicant, or a grown-up child (or sibling) for someone without e-mail
  const proxy = rng.chance(0.28);
  const older = Number(p.birth.slice(0, 4)) < 1968;
  const writerOf = () => fake.person(rng, { bornFrom: older ? Number(p.birth.slice(0, 4)) + 20 : Number(p.birth.slice(0, 4)) - 5, bornTo: older ? Math.min(2004, Number(p.birth.slice(0, 4)) + 36) : Number(p.birth.slice(0, 4)) + 5, last: rng.chance(0.5) ? p.last : undefined });
  let writer = proxy ? writerOf() : p;
  while (proxy && [p, ...c.members.map((m) => m.person)].some((q) => q.first.split(' ')[0] === writer.first.split(' ')[0])) writer = writerOf();
  writer.title = undefined;
  const rel = !proxy ? '' : older ? (p.gender === 'f' ? 'meine Mutter' : 'meinen Vater') : p.gender === 'f' ? 'meine Schwester' : 'meinen Bruder';
  const relDat = !proxy ? '' : older ? (p.gender === 'f' ? 'meiner Mutter' : 'meinem Vater') : p.gender === 'f' ? 'meiner Schwester' : 'meinem Bruder';
  const writerHome = proxy ? fake.address(rng) : c.address;
  const mailOf = (q: fake.Person) => rng.pick([`${mailPart(q.first.split(' ')[0])}.${mailPart(q.last)}`, `${mailPart(q.first.split(' ')[0]).slice(0, 1)}${mailPart(q.last)}${rng.int(1, 99)}`, `${mailPart(q.last)}.${mailPart(q.first.split(' ')[0])}${q.birth.slice(2, 4)}`]) + '@' + rng.pick(['web.de', 'gmx.de', 't-online.de', 'gmail.com', 'freenet.de', 'posteo.de', 'outlook.de']);
  const fromMail = mailOf(writer);
  const she = p.gender === 'f';
  // first or third person
  const I = proxy ? (she ? 'sie' : 'er') : 'ich';
  const my = proxy ? (she ? 'ihr' : 'sein') : 'mein';
  const myE = proxy ? (she ? 'ihre' : 'seine') : 'meine';
  const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

  const wgNr = `${rng.pick(['WG', '50.2', '64.1', 'WoG'])}-${rng.digits(rng.int(5, 6))}`;
  const periodEnd = lastOfMonth(addDays(ctx.today, c.art === 'weiterleistungsantrag' ? rng.int(10, 60) : rng.int(90, 280)));
  const noticeDay = addDays(periodEnd, -rng.int(300, 360));
  const changeDay = firstOfMonth(addDays(ctx.today, -rng.int(5, 60)));
  const reason = rng.pick(['rent', 'income', 'child'] as const);
  const newborn = c.members.find((m) => !/Ehe|Partner|Lebens|Mutter|Vater/.test(m.relation) && m.person.birth > addDays(ctx.today, -400));

  // ---- print head of the mail program
  const mailbox = rng.pick([`Wohngeld Postfach (${office})`, `Funktionspostfach Wohngeld`, `${clerk.last}, ${clerk.first.split(' ')[0]}`]);
  d.text(d.left, 46, mailbox, { size: 11, bold: true });
  d.hline(52, d.left, d.right, 1.6);
  const subjectText = c.art === 'erstantrag'
    ? rng.pick([`Antrag auf Wohngeld – ${p.first.split(' ')[0]} ${p.last}`, 'Wohngeld beantragen', `Antrag Mietzuschuss ${p.last}`])
    : c.art === 'weiterleistungsantrag'
      ? rng.pick([`AW: Ablauf Bewilligungszeitraum – ${wgNr}`, `Wohngeld weiter – ${p.last}, ${wgNr}`, `Weiterbewilligung ${p.last}`])
      : rng.pick([`Wohngeld ${wgNr} – Änderung`, `Neuberechnung Wohngeld ${p.last}`, `Antrag Erhöhung Wohngeld (${wgNr})`]);
  const attachments = rng.shuffle([
    ...(rng.chance(0.6) ? [`Mietvertrag_${p.last.replace(/[^A-Za-zÄÖÜäöüß]/g, '')}.pdf (${decimal(rng.float(0.6, 3.8), 1)} MB)`] : []),
    ...(rng.chance(0.5) ? [`IMG_${rng.int(1000, 9999)}.jpg (${rng.int(900, 4200)} KB)`] : []),
    ...(rng.chance(0.5) ? [`Kontoauszug_${rng.pick(['Mai', 'Juni', 'Juli', 'aktuell'])}.pdf (${rng.int(80, 400)} KB)`] : []),
    ...(c.art === 'erhoehungsantrag' && reason === 'rent' ? [`Mieterhoehung.pdf (${rng.int(200, 900)} KB)`] : []),
    ...(rng.chance(0.4) ? [`Scan_${addDays(sent, -rng.int(0, 20)).replace(/-/g, '')}.pdf (${rng.int(300, 2000)} KB)`] : []),
  ]);
  const head: [string, string][] = [
    ['Von:', `${writer.first} ${writer.last} <${fromMail}>`],
    ['Gesendet:', `${longDate(sent)} ${hhmm(6, 23)}`],
    ['An:', officeMail],
  ];
  if (proxy && rng.chance(0.4)) head.push(['Cc:', mailOf(writer === p ? clerk : fake.person(rng))]);
  head.push(['Betreff:', subjectText]);
  if (attachments.length) head.push(['Anlagen:', attachments.join('; ')]);
  let y = 68;
  for (const [k, v] of head) {
    d.text(d.left, y, k, { size: 9, bold: true });
    const lines = d.wrap(v, d.contentWidth - 70, { size: 9 });
    lines.forEach((l, i) => d.text(d.left + 64, y + i * 11.5, l, { size: 9 }));
    y += lines.length * 11.5 + 1.5;
  }
  d.hline(y, d.left, d.right, 0.4, GRAY);

  // ---- the office's received stamp and a clerk's note in ink
  const stamp: Color = rng.pick([[0.7, 0.1, 0.12], [0.18, 0.25, 0.62], [0.1, 0.42, 0.3]] as const);
  const sx = d.right - 150;
  const sy = y + 8;
  d.rect(sx, sy, 150, 50, { stroke: stamp, lineWidth: 1.2 });
  d.text(sx + 75, sy + 12, office.length > 34 ? `Wohngeldstelle ${city}` : office, { size: 6.5, align: 'center', color: stamp });
  d.text(sx + 75, sy + 27, `EINGANG ${ctx.date(sent, 'dd.mm.yyyy')}`, { size: 10, font: 'courier-bold', align: 'center', color: stamp });
  d.text(sx + 75, sy + 40, rng.pick(['per E-Mail – fristwahrend', 'elektronisch eingegangen', 'E-Mail-Eingang']), { size: 6.5, align: 'center', color: stamp });
  const ink: Color = [0.08, 0.12, 0.5];
  d.text(sx + 4, sy + 64, rng.pick([`Vordruck zugesandt ${ctx.date(printed, 'dd.mm.yy')} ${clerk.last.slice(0, 2)}`, `Antragsformular verschickt ${ctx.date(printed, 'd.m.yyyy')}`, `fristw. Antrag, Vordr. raus ${ctx.date(printed, 'dd.mm.yyyy').slice(0, 6)}`]), { font: 'times-italic', size: 10, color: ink });

  // ---- the message
  d.y = y + 14;
  const bodyW = sx - d.left - 16;
  const para = (t: string, wide = false) => d.para(t, { width: d.y > sy + 80 || wide ? undefined : bodyW, after: 7 });
  d.para('Sehr geehrte Damen und Herren,', { after: 7, width: bodyW });
  const sieIhn = she ? 'sie' : 'ihn';
  if (proxy) para(`ich schreibe Ihnen für ${rel} ${ctx.v('antragsteller_name', ctx.name(p, 'first-last'))}, ${she ? 'die' : 'der'} selbst keine E-Mail-Adresse hat und ${rng.pick(['nicht mehr gut zu Fuß ist', `mich gebeten hat, das für ${sieIhn} zu erledigen`, 'Behördenpost schlecht lesen kann'])}. ${rng.pick(['Eine Vollmacht schicke ich mit der Post nach.', 'Eine unterschriebene Vollmacht hänge ich als Foto an.', `Unterschreiben wird ${I} den Antrag selbst.`])}`);
  const artText: Record<Antragsart, string> = {
    erstantrag: rng.pick(['zum ersten Mal Wohngeld', 'erstmalig Wohngeld', 'ab sofort Wohngeld (Mietzuschuss)']),
    weiterleistungsantrag: rng.pick(['die Weiterbewilligung des Wohngeldes', 'die Weiterzahlung des Wohngeldes', 'Wohngeld auch für den nächsten Zeitraum']),
    erhoehungsantrag: rng.pick(['eine Erhöhung des Wohngeldes', 'die Neuberechnung und Erhöhung des Wohngeldes', 'mehr Wohngeld ab der Änderung']),
  };
  const subjectI = proxy ? `beantrage ich für ${sieIhn}` : 'beantrage ich';
  if (c.art === 'erstantrag') {
    const hint = rng.pick([
      `Den Vordruck ${proxy ? `hat ${I}` : 'habe ich'} noch nicht, bitte schicken Sie ihn mir zu – ich schreibe jetzt schon, damit kein Monat verloren geht.`,
      'Laut Ihrer Internetseite zählt der Monat, in dem der Antrag bei Ihnen eingeht, deshalb schreibe ich vorab per E-Mail.',
      'Bitte senden Sie mir die Antragsformulare zu. Die Unterlagen reiche ich dann vollständig nach.',
    ]);
    para(`hiermit ${subjectI} ${ctx.v('antragsart', artText.erstantrag)}. ${cap(I)} ${proxy ? 'hat' : 'habe'} bisher noch nie Wohngeld bekommen. ${hint}`);
  } else if (c.art === 'weiterleistungsantrag') {
    para(`${cap(my)} Wohngeld ist ${rng.pick(['laut Bescheid', 'nach Ihrem Bescheid'])} vom ${ctx.date(noticeDay)} noch bis ${ctx.date(periodEnd)} bewilligt (Wohngeldnummer ${wgNr}). Hiermit ${subjectI} ${ctx.v('antragsart', artText.weiterleistungsantrag)} im Anschluss daran. ${rng.pick(['An den Verhältnissen hat sich fast nichts geändert.', 'Die neuen Unterlagen schicke ich so bald wie möglich.', 'Bitte schicken Sie mir den Vordruck für den Folgeantrag zu.'])}`);
  } else {
    const why = reason === 'rent'
      ? `ist die Miete ${rng.pick(['um', 'um rund'])} ${ctx.money(cents(gesamt(c.rent) * rng.float(0.11, 0.18)))} gestiegen (Schreiben des Vermieters liegt bei)`
      : reason === 'child' && newborn
        ? `ist ${newborn.person.first} geboren (${ctx.ndate(newborn.person.birth)}), der Haushalt ist damit eine Person größer`
        : `ist ${my} Einkommen deutlich gesunken, weil ${rng.pick(['der Minijob weggefallen ist', 'das Krankengeld niedriger ist als der Lohn', 'die Arbeitszeit verkürzt wurde'])}`;
    para(`${cap(I)} ${proxy ? 'bekommt' : 'bekomme'} Wohngeld (Wohngeldnummer ${wgNr}, bewilligt bis ${ctx.date(periodEnd)}). Seit dem ${ctx.date(changeDay)} ${why}. Deshalb ${subjectI} ${ctx.v('antragsart', artText.erhoehungsantrag)}.`);
  }

  // the particulars: a typed list, or sentences
  const asList = rng.chance(0.6);
  const namePrinted = ctx.name(p);
  const addrPrinted = fake.addressLine(c.address);
  const countWord = rng.chance(0.4) && count <= 10 ? COUNT_WORDS[count] : String(count);
  const others = c.members;
  const holder = c.accountHolder;
  const tabX = d.left + 118;
  const li = (k: string, v: string) => {
    d.ensure(14);
    const lines = d.wrap(v, d.right - tabX);
    d.text(d.left, d.y + d.size, k);
    lines.forEach((l, i) => d.text(tabX, d.y + d.size + i * d.size * 1.35, l));
    d.y += lines.length * d.size * 1.35 + 1;
  };
  if (asList) {
    d.para(proxy ? `Hier die Angaben zu ${relDat}:` : rng.pick(['Meine Daten:', 'Hier meine Angaben:', 'Zu meiner Person:']), { after: 4 });
    if (!proxy) li('Name:', ctx.v('antragsteller_name', namePrinted));
    else li('Name:', namePrinted);
    li(rng.pick(['Geburtsdatum:', 'geb. am:', 'Geboren:']), ctx.v('geburtsdatum', ctx.date(p.birth)));
    li(rng.pick(['Adresse:', 'Wohnung:', 'Anschrift:']), ctx.v('anschrift', addrPrinted));
    if (!proxy) li('Telefon:', c.phone);
    li(rng.pick(['Vermieter:', 'Vermietet von:']), c.rent.landlord.name);
    li(rng.pick(['Personen:', 'Im Haushalt:', 'Haushalt:']), `${ctx.v('haushaltsmitglieder', countWord)} ${count === 1 ? `(${proxy ? (she ? 'sie' : 'er') : 'ich'} allein)` : `(${proxy ? (she ? 'sie' : 'er') : 'ich'} und ${others.length === 1 ? 'eine weitere Person' : `${COUNT_WORDS[others.length] ?? others.length} weitere`})`}`);
    for (const m of others) li('', `– ${m.person.first} ${m.person.last}, ${ctx.ndate(m.person.birth)}, ${m.relation.replace(/\/.*$/, '')}`);
    li(rng.pick(['Konto:', 'IBAN:', 'Bankverbindung:']), `${ctx.v('iban', ctx.iban(c.iban))}${rng.chance(0.5) ? ` (${c.bank.name})` : ''}`);
    if (holder) li('Kontoinhaber:', `${holder.first} ${holder.last} (${others.find((m) => m.person === holder)?.relation.replace(/\/.*$/, '') ?? 'Partner'})`);
    d.move(6);
  } else {
    const born = `${proxy ? (she ? 'Sie' : 'Er') : 'Ich'} ${proxy ? 'ist' : 'bin'} am ${ctx.v('geburtsdatum', ctx.date(p.birth))} geboren und ${proxy ? 'wohnt' : 'wohne'} ${rng.pick(['seit', 'schon seit'])} ${ctx.date(c.rent.einzug)} in der ${ctx.v('anschrift', addrPrinted)}${proxy ? '' : ` (Vermieter: ${c.rent.landlord.name})`}.`;
    para(proxy ? born : `Mein Name ist ${ctx.v('antragsteller_name', ctx.name(p, 'first-last'))}. ${born}`, true);
    if (count === 1) para(countWord === '1' ? `${cap(I)} ${proxy ? 'lebt' : 'lebe'} allein (${ctx.v('haushaltsmitglieder', '1')} Person im Haushalt).` : `${cap(I)} ${proxy ? 'lebt' : 'lebe'} allein, der Haushalt besteht also aus ${ctx.v('haushaltsmitglieder', 'einer')} Person.`, true);
    else {
      const names = others.map((m) => `${m.relation.replace(/\/.*$/, '')} ${m.person.first} (geb. ${ctx.ndate(m.person.birth)})`);
      para(`In der Wohnung ${proxy ? 'lebt' : 'lebe'} ${I} zusammen mit ${names.length === 1 ? names[0] : `${names.slice(0, -1).join(', ')} und ${names[names.length - 1]}`}. Wir sind zusammen ${ctx.v('haushaltsmitglieder', countWord)} Personen.`, true);
    }
    para(`Das Wohngeld ${rng.pick(['überweisen Sie bitte', 'bitte'])} auf ${holder ? `das Konto ${holder.gender === 'f' ? 'meiner Partnerin' : 'meines Partners'} ${holder.first} ${holder.last}` : proxy ? `${myE.replace(/e$/, '')} Konto` : 'mein Konto'}, IBAN ${ctx.v('iban', ctx.iban(c.iban))}${rng.chance(0.5) ? ` bei der ${c.bank.name}` : ''}${c.art === 'erstantrag' ? '' : ' – wie bisher'}.`, true);
  }
  d.para(rng.pick([
    'Für Rückfragen bin ich tagsüber telefonisch erreichbar. Bitte bestätigen Sie mir den Eingang dieser E-Mail.',
    'Bitte teilen Sie mir mit, welche Unterlagen Sie noch brauchen.',
    'Ich bitte um eine kurze Eingangsbestätigung. Vielen Dank!',
  ]), { after: 9 });
  d.write(rng.pick(['Mit freundlichen Grüßen', 'Viele Grüße', 'Freundliche Grüße']));
  d.move(2);
  d.write(`${writer.first} ${writer.last}`);
  if (rng.chance(0.7)) {
    d.write(`${writerHome.street} ${writerHome.no}`, { size: 9 });
    d.write(`${writerHome.plz} ${writerHome.city}`, { size: 9 });
    d.write(`Tel. ${proxy ? fake.mobile(rng) : c.phone}`, { size: 9 });
  }
  if (rng.chance(0.35)) {
    d.move(4);
    d.write(rng.pick(['Von meinem iPhone gesendet', 'Gesendet von meinem Samsung Galaxy Smartphone.', 'Diese E-Mail wurde von unterwegs gesendet.']), { size: 8.5, color: GRAY });
  }

  // an earlier message of the office, quoted below
  if (c.art !== 'erstantrag' && rng.chance(c.art === 'weiterleistungsantrag' ? 0.75 : 0.4)) {
    d.move(10);
    d.ensure(160);
    d.write('-----Ursprüngliche Nachricht-----', { size: 9 });
    const qsent = addDays(sent, -rng.int(6, 40));
    for (const [k, v] of [['Von:', `${office} <${officeMail}>`], ['Gesendet:', `${longDate(qsent)} ${hhmm(8, 15)}`], ['An:', fromMail], ['Betreff:', c.art === 'weiterleistungsantrag' ? `Ablauf Bewilligungszeitraum – ${wgNr}` : `Ihr Wohngeld – ${wgNr}`]] as const) {
      d.row([{ x: d.left, text: k, bold: true, size: 9 }, { x: d.left + 64, text: v, size: 9 }], { size: 9 });
    }
    d.move(6);
    const qx = d.left + 10;
    const top = d.y;
    const qsize = 9;
    const q = (t: string) => d.para(t, { x: qx, size: qsize, color: [0.2, 0.2, 0.2], after: 5 });
    q(proxy ? `Sehr geehrte${writer.gender === 'f' ? ' Frau' : 'r Herr'} ${writer.last},` : `Sehr geehrte${she ? ' Frau' : 'r Herr'} ${p.last},`);
    if (c.art === 'weiterleistungsantrag') {
      q(`${proxy ? `das Wohngeld für ${she ? 'Frau' : 'Herrn'} ${p.first.split(' ')[0]} ${p.last}` : 'Ihr Wohngeld'} ist mit Bescheid vom ${ctx.ndate(noticeDay)} bis zum ${ctx.ndate(periodEnd)} bewilligt worden. Wenn im Anschluss weiter Wohngeld gezahlt werden soll, ist ein neuer Antrag nötig. Bitte stellen Sie ihn rechtzeitig, damit keine Zahlungslücke entsteht. Den Vordruck finden Sie auf unserer Internetseite.`);
      q(`Bitte beachten Sie: Nach dem letzten Bescheid umfasst der Haushalt ${Math.max(1, count - (rng.chance(0.3) ? 1 : 0))} Person(en); teilen Sie uns Änderungen bitte mit.`);
    } else {
      q(`vielen Dank für Ihre Nachricht. Eine Erhöhung im laufenden Bewilligungszeitraum ist nur möglich, wenn sich die Miete um mehr als 10 % erhöht, das Einkommen um mehr als 15 % verringert oder ein Haushaltsmitglied hinzukommt (§ 27 Abs. 1 WoGG). Den Antrag können Sie formlos stellen; die Nachweise reichen Sie bitte nach.`);
    }
    q(`Mit freundlichen Grüßen\nIm Auftrag\n${clerk.first.split(' ')[0]} ${clerk.last}\n${office}\nTelefon ${fake.phone(rng)}`);
    d.line(d.left + 3, top, d.left + 3, d.y - 4, 1.4, [0.2, 0.35, 0.75]);
  }

  // the mail program's page foot
  const printedAt = `${ctx.date(printed, 'dd.mm.yyyy')} ${hhmm(8, 16)}`;
  d.onEveryPage((doc, page, pages) => {
    doc.text(doc.left, doc.height - 30, `Gedruckt: ${printedAt}`, { size: 7, color: GRAY });
    doc.text(doc.right, doc.height - 30, `${page}`, { size: 7, align: 'right', color: GRAY });
    if (pages > 1 && page > 1) doc.text(doc.left, 34, subjectText, { size: 7, color: GRAY });
  });
  truth(ctx, c);
}

export const antrag: DocumentKind = {
  type: 'antrag',
  layouts: [
    { id: 'amtliches-formular', build: amtlichesFormular },
    { id: 'online-ausdruck', build: onlineAusdruck },
    { id: 'kurzformular', build: kurzformular },
    { id: 'land-zweispaltig', holdout: true, build: landZweispaltig },
    { id: 'blind-kreisstadt-nummernfelder', holdout: true, build: blindKreisstadtNummernfelder },
    { id: 'blind2-niederschrift-vorsprache', holdout: true, build: blind2Niederschrift },
    { id: 'blind3-personenspalten-eformular', holdout: true, build: blind3PersonenspaltenEformular },
    { id: 'blind4-vorausgefuellter-folgeantrag', holdout: true, build: blind4VorausgefuellterFolgeantrag },
    { id: 'blind5-betreuer-antrag', holdout: true, build: blind5BetreuerAntrag },
    { id: 'blind6-zeilenvordruck-kammfelder', holdout: true, build: blind6ZeilenvordruckKammfelder },
    { id: 'blind7-handschrift-fragebogen', holdout: true, build: blind7HandschriftFragebogen },
    { id: 'blind8-querformat-erfassungsbogen', holdout: true, build: blind8QuerformatErfassungsbogen },
    { id: 'blind9-heimbewohner-antrag', holdout: true, build: blind9HeimbewohnerAntrag },
    { id: 'blind10-beratungsstelle-uebersendung', holdout: true, build: blind10BeratungsstelleUebersendung },
    { id: 'blind11-fachverfahren-datenblatt', holdout: true, build: blind11FachverfahrenDatenblatt },
    { id: 'blind12-zweisprachiges-formular', holdout: true, build: blind12ZweisprachigesFormular },
    { id: 'blind13-leichte-sprache', holdout: true, build: blind13LeichteSprache },
    { id: 'blind14-faltblatt-a5', holdout: true, build: blind14FaltblattA5 },
    { id: 'blind15-email-formlos', holdout: true, build: blind15EmailFormlos },
  ],
};
