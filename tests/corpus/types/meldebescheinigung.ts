/** Meldebescheinigung (§ 18 BMG): simple certificate as a grid, extended certificate with former addresses, Bürgerbüro letter, register extract as a table, an online portal's self-service printout in tiles, a registration confirmation laid out like the form, a certificate with main and secondary residence, a certificate for all persons of a flat, a bilingual certificate after a move from abroad, an extended certificate for a minor child posted to the parent and a small town's certificate on security paper laid out as a sentence with gaps, a register program's landscape printout with three panels and a history of registration events and a certificate collected by an authorised person, with that person's particulars and the fee receipt under a cut line and a Verbandsgemeinde's posted certificate for a resident of a member village, its items as label … value lines with dotted leaders in numbered groups and a university town's confirmation of registration issued at its campus registration day, a data card beside running text and a welcome-money slip to cut off and the Wohngeld office's own form, part A filled in by hand by the applicant, part B typed and sealed by the registration office and the Wohngeld office's printout of an automated retrieval from the register, with the request, the search criteria and the record as numbered data fields and the applicant's e-mail forwarding the town's notice of an electronic registration, printed with the attached Meldebestätigung and a university town's certificate posted after the flat in town was declared the main residence, the status day years after the move-in (holdout). */
import { addressWindow, footer, GRAY, LIGHT, recipientLines, returnLine, table, type Cell } from '../blocks.js';
import type { Ctx } from '../context.js';
import { addDays, addMonths, firstOfMonth, type IsoDate } from '../dates.js';
import * as fake from '../fake.js';
import * as fmt from '../format.js';
import { household } from '../household.js';
import type { DocumentKind } from '../layout.js';

interface Melde {
  person: fake.Person;
  address: fake.Address;
  einzug: IsoDate;
  previous: { address: fake.Address; von: IsoDate; bis: IsoDate }[];
  behoerde: string;
  gebuehr: number;
  staat: string;
  familienstand: string;
}

function draw(ctx: Ctx): Melde {
  const person = fake.person(ctx.rng, { bornFrom: 1940, bornTo: 2006, titleChance: 0.06 });
  const address = fake.address(ctx.rng);
  const einzug = addDays(ctx.today, -ctx.rng.int(20, 4000));
  const previous: Melde['previous'] = [];
  let bis = addDays(einzug, -ctx.rng.int(0, 3));
  for (let i = 0; i < ctx.rng.int(1, 3); i++) {
    const von = addDays(bis, -ctx.rng.int(200, 2500));
    previous.push({ address: fake.address(ctx.rng), von, bis });
    bis = addDays(von, -1);
  }
  const behoerde = ctx.rng.pick([`Stadt ${address.city} – Bürgeramt`, `Stadt ${address.city} – Bürgerbüro`, `Gemeinde ${address.city} – Einwohnermeldeamt`, `Stadtverwaltung ${address.city} – Meldebehörde`, `Landeshauptstadt ${address.city} – Bürgerservice`]);
  return { person, address, einzug, previous, behoerde, gebuehr: ctx.rng.pick([5, 8, 10, 12, 15]), staat: ctx.rng.pick(['deutsch', 'deutsch', 'deutsch', 'türkisch', 'polnisch', 'ukrainisch', 'syrisch', 'rumänisch']), familienstand: ctx.rng.pick(['ledig', 'verheiratet', 'geschieden', 'verwitwet']) };
}

function truth(ctx: Ctx, m: Melde): void {
  ctx.set('name', fake.fullName(m.person));
  ctx.set('geburtsdatum', m.person.birth);
  ctx.set('anschrift', fake.addressLine(m.address));
  ctx.set('einzugsdatum', m.einzug);
}

const titleLine = (ctx: Ctx) => ctx.pick(['Meldebescheinigung', 'Einfache Meldebescheinigung', 'Meldebestätigung'], ['Bescheinigung über die Anmeldung']);

/** A: simple certificate, label/value grid */
function einfach(ctx: Ctx): void {
  const m = draw(ctx);
  const d = ctx.start({ family: 'helvetica', size: 10 });
  d.text(d.left, 50, m.behoerde.split(' – ')[0], { size: 12, bold: true });
  d.text(d.left, 63, m.behoerde.split(' – ')[1] ?? '', { size: 9 });
  d.text(d.right, 50, `${m.address.city}, ${ctx.ndate(ctx.today)}`, { size: 9, align: 'right' });
  d.y = 110;
  d.write(titleLine(ctx), { size: 16, bold: true });
  d.write('nach § 18 Absatz 1 Bundesmeldegesetz (BMG)', { size: 9.5 });
  d.move(10);
  d.para('Die nachstehend bezeichnete Person ist im Melderegister wie folgt erfasst:');
  const p = m.person;
  const rows: [string, Cell][] = [
    [ctx.pick(['Familienname', 'Name'], ['Nachname']), { text: p.last, field: 'name' }],
    [ctx.pick(['Vornamen', 'Vorname(n)'], ['Rufname und weitere Vornamen']), p.first],
    ...(p.title ? ([['Doktorgrad', p.title]] as [string, Cell][]) : []),
    ...(p.birthName ? ([['Geburtsname', p.birthName]] as [string, Cell][]) : []),
    [ctx.pick(['Geburtsdatum', 'Tag der Geburt'], ['geboren am']), { text: ctx.ndate(p.birth), field: 'geburtsdatum' }],
    ['Geburtsort', p.birthPlace],
    [ctx.pick(['Anschrift', 'Wohnung', 'Anschrift (Hauptwohnung)'], ['Derzeitige Hauptwohnung']), { text: `${m.address.street} ${m.address.no}`, field: 'anschrift' }],
    ['', `${m.address.plz} ${m.address.city}`],
    ['Wohnungsstatus', 'Hauptwohnung'],
    [ctx.pick(['Einzugsdatum', 'Einzug', 'wohnhaft seit'], ['Datum des Einzugs']), { text: ctx.ndate(m.einzug), field: 'einzugsdatum' }],
  ];
  for (const [l, v] of rows) {
    const c = typeof v === 'string' ? { text: v } : v;
    d.row([{ x: d.left, text: l, color: GRAY }, { x: d.left + 170, text: c.text, field: c.field }], { minHeight: 16 });
  }
  d.move(16);
  d.para(`Gebühr: ${ctx.money(m.gebuehr)} (bar bezahlt). Diese Bescheinigung wurde maschinell erstellt.`, { size: 9 });
  d.move(20);
  d.write('Im Auftrag');
  d.move(16);
  d.write(fake.fullName(fake.person(ctx.rng)), { size: 9 });
  d.rect(d.right - 90, d.y - 60, 80, 80, { stroke: [0.3, 0.3, 0.6], lineWidth: 1 });
  d.text(d.right - 50, d.y - 18, 'Dienstsiegel', { size: 7, align: 'center', color: [0.3, 0.3, 0.6] });
  truth(ctx, m);
}

/** B: extended certificate (§ 18 Abs. 2 BMG), former addresses, family status, over two pages */
function erweitert(ctx: Ctx): void {
  const m = draw(ctx);
  const d = ctx.start({ family: ctx.rng.pick(['helvetica', 'times']), size: 9.5 });
  d.text(d.width / 2, 50, m.behoerde, { size: 11, bold: true, align: 'center' });
  d.y = 90;
  d.write('Erweiterte Meldebescheinigung', { size: 15, bold: true, align: 'center' });
  d.write('gemäß § 18 Abs. 2 BMG', { size: 9, align: 'center' });
  d.move(12);
  const p = m.person;
  const sect = (title: string, rows: [string, Cell][]) => {
    d.rect(d.left - 3, d.y, d.contentWidth + 6, 15, { fill: LIGHT });
    d.text(d.left, d.y + 11, title, { bold: true });
    d.y += 19;
    for (const [l, v] of rows) {
      const c = typeof v === 'string' ? { text: v } : v;
      d.row([{ x: d.left, text: l, color: GRAY }, { x: d.left + 170, text: c.text, field: c.field }], { minHeight: 14 });
    }
    d.move(6);
  };
  sect('Angaben zur Person', [
    ['Name, Vornamen', { text: ctx.name(p, 'last-first'), field: 'name' }],
    ['Geburtsname', p.birthName ?? p.last],
    ['Geburtsdatum und -ort', { text: `${ctx.ndate(p.birth)} in ${p.birthPlace}`, field: 'geburtsdatum' }],
    ['Geschlecht', p.gender === 'f' ? 'weiblich' : 'männlich'],
    ['Staatsangehörigkeit(en)', m.staat],
    ['Familienstand', m.familienstand],
    ['Religionszugehörigkeit', ctx.rng.pick(['--', 'evangelisch', 'römisch-katholisch'])],
  ]);
  sect('Gegenwärtige Anschrift', [
    ['Straße, Hausnummer', { text: `${m.address.street} ${m.address.no}`, field: 'anschrift' }],
    ['Postleitzahl, Ort', `${m.address.plz} ${m.address.city}`],
    ['Art der Wohnung', 'alleinige Wohnung'],
    [ctx.pick(['Einzugsdatum', 'Tag des Einzugs'], ['Bezug der Wohnung am']), { text: ctx.ndate(m.einzug), field: 'einzugsdatum' }],
    ['Anmeldung am', ctx.ndate(addDays(m.einzug, ctx.rng.int(1, 14)))],
  ]);
  sect('Frühere Anschriften', []);
  table(ctx, [{ header: 'Anschrift', x: d.left }, { header: 'Einzug', x: d.left + 300 }, { header: 'Auszug', x: d.left + 380 }],
    m.previous.map((x) => [fake.addressLine(x.address), ctx.ndate(x.von), ctx.ndate(x.bis)]), { size: 9, grid: true });
  if (ctx.rng.chance(0.6)) d.newPage();
  d.para(`Diese Bescheinigung dient zur Vorlage bei ${ctx.rng.pick(['der Wohngeldbehörde', 'Behörden', 'der Familienkasse', 'dem Arbeitgeber'])}. Gebühr ${ctx.money(m.gebuehr)}, Kassenzeichen ${ctx.rng.digits(10)}.`);
  d.para(`${m.address.city}, den ${ctx.date(ctx.today)}`);
  d.move(20);
  d.write('Im Auftrag');
  d.write(fake.fullName(fake.person(ctx.rng)), { size: 9 });
  footer(d, [[m.behoerde], ['Meldebescheinigung – maschinell erstellt']], 'Seite x von y');
  truth(ctx, m);
}

/** C: Bürgerbüro letter: "Hiermit wird bescheinigt, dass …" */
function brief(ctx: Ctx): void {
  const m = draw(ctx);
  const d = ctx.start({ family: ctx.rng.pick(['times', 'helvetica']), size: 10.5 });
  d.text(d.right, 50, m.behoerde, { size: 11, bold: true, align: 'right' });
  d.text(d.right, 63, `${fake.address(ctx.rng, { city: m.address.city }).street} ${ctx.rng.int(1, 40)}, ${m.address.plz} ${m.address.city}`, { size: 8.5, align: 'right', color: GRAY });
  d.text(d.right, 75, `Telefon ${fake.phone(ctx.rng)}`, { size: 8.5, align: 'right', color: GRAY });
  d.y = 150;
  d.write(titleLine(ctx), { size: 14, bold: true });
  d.write('(§ 18 BMG)', { size: 9 });
  d.move(14);
  const p = m.person;
  const nameText = ctx.name(p);
  d.para(`Hiermit wird bescheinigt, dass ${p.gender === 'f' ? 'Frau' : 'Herr'} ${p.title ? p.title + ' ' : ''}${ctx.v('name', nameText)}, geboren am ${ctx.v('geburtsdatum', ctx.date(p.birth))} in ${p.birthPlace}, seit dem ${ctx.v('einzugsdatum', ctx.date(m.einzug))} mit ${ctx.rng.pick(['alleiniger Wohnung', 'Hauptwohnung'])} in ${ctx.v('anschrift', fake.addressLine(m.address))} gemeldet ist.`);
  const prev = m.previous[0];
  d.para(`Vorherige Anschrift: ${fake.addressLine(prev.address)} (bis ${ctx.date(prev.bis)}).`);
  d.para(`Die Bescheinigung wird auf Antrag zur Vorlage bei ${ctx.rng.pick(['der Wohngeldstelle', 'einer Behörde', 'der Krankenkasse'])} erteilt.`);
  d.move(10);
  d.write(`${m.address.city}, ${ctx.date(ctx.today)}`);
  d.move(24);
  d.write(fake.fullName(fake.person(ctx.rng)));
  d.write('Sachbearbeiter/in Meldewesen', { size: 8.5, color: GRAY });
  truth(ctx, m);
}

/** D (holdout): register extract as a bordered table with all entries, different labels */
function registerauszug(ctx: Ctx): void {
  const m = draw(ctx);
  const d = ctx.start({ family: 'courier', size: 9, margins: { left: 54, right: 50, top: 50, bottom: 60 } });
  d.text(d.left, 50, m.behoerde.toUpperCase(), { size: 10, bold: true });
  d.text(d.left, 62, `AUSKUNFT AUS DEM MELDEREGISTER – ${ctx.ndate(ctx.today)}`, { size: 9 });
  d.y = 90;
  d.write(ctx.pick([], ['Meldebescheinigung (Registerauszug)', 'Bescheinigung aus dem Melderegister']), { size: 12, bold: true });
  d.move(8);
  const p = m.person;
  const rows: Cell[][] = [
    [ctx.pick([], ['Person', 'Eingetragene Person']), { text: ctx.name(p), field: 'name' }],
    [ctx.pick([], ['Geb.-Datum', 'Geburtstag']), { text: ctx.date(p.birth), field: 'geburtsdatum' }],
    ['Geburtsort', p.birthPlace],
    ['Staatsangehörigkeit', m.staat],
    [ctx.pick([], ['Wohnanschrift', 'Meldeadresse']), { text: fake.addressLine(m.address), field: 'anschrift' }],
    ['Status', 'Hauptwohnsitz'],
    [ctx.pick([], ['Zuzug am', 'Bezugsdatum']), { text: ctx.date(m.einzug), field: 'einzugsdatum' }],
    ['Zuzug von', fake.addressLine(m.previous[0].address)],
  ];
  table(ctx, [{ header: 'Merkmal', x: d.left }, { header: 'Eintrag', x: d.left + 150, width: d.right - d.left - 150 }], rows, { grid: true, size: 9 });
  d.para(`Gebühr: ${ctx.money(m.gebuehr)}. Diese Auskunft ist ohne Unterschrift gültig.`, { size: 8.5 });
  truth(ctx, m);
}

/**
 * E (holdout, blind): the self-service printout of an online citizen portal: tiles in two columns,
 * label above the value, a verification code and a QR-code box, the registration date and the
 * print date as distractor dates.
 */
function blindPortalSelbstauskunft(ctx: Ctx): void {
  const m = draw(ctx);
  const p = m.person;
  const d = ctx.start({ family: 'helvetica', size: 9, margins: { left: 48, right: 44, top: 40, bottom: 56 } });
  const portal = ctx.rng.pick(['Bürgerservice-Portal', 'Serviceportal der Verwaltung', 'Online-Bürgeramt', 'Stadtportal – Mein Konto']);
  d.rect(0, 0, d.width, 30, { fill: [0.12, 0.3, 0.45] });
  d.text(d.left, 20, `${portal} · ${m.behoerde.split(' – ')[0]}`, { size: 10, bold: true, color: [1, 1, 1] });
  d.text(d.right, 20, `Ausdruck vom ${ctx.ndate(ctx.today)}, ${ctx.rng.int(7, 21)}:${String(ctx.rng.int(0, 59)).padStart(2, '0')} Uhr`, { size: 8, align: 'right', color: [1, 1, 1] });
  d.y = 56;
  d.write(ctx.rng.pick(['Meldebescheinigung – elektronisch erstellt', 'Elektronische Meldebescheinigung (Selbstauskunft)']), { size: 14, bold: true });
  d.write('gemäß § 18 Abs. 1 Bundesmeldegesetz in Verbindung mit § 10 BMG (Auskunft an die betroffene Person)', { size: 8, color: GRAY });
  d.move(8);
  const W = d.contentWidth;
  const tw = W / 2 - 5;
  const tile = (x: number, y: number, label: string, value: Cell, h = 34) => {
    const v = typeof value === 'string' ? { text: value } : value;
    d.rect(x, y, tw, h, { fill: [0.95, 0.96, 0.98] });
    d.text(x + 8, y + 11, label, { size: 7, color: GRAY });
    d.text(x + 8, y + 26, v.text, { size: 10.5, bold: !!v.field, field: v.field });
  };
  const tiles: [string, Cell][] = [
    [ctx.rng.pick(['Vor- und Familienname', 'Name (Vornamen Familienname)']), { text: `${p.first} ${p.last}`, field: 'name' }],
    ['Geburtsname', p.birthName ?? p.last],
    [ctx.rng.pick(['Geboren', 'Datum der Geburt']), { text: ctx.date(p.birth), field: 'geburtsdatum' }],
    ['Geburtsort', p.birthPlace],
    [ctx.rng.pick(['Gemeldete Hauptwohnung', 'Wohnung (Hauptwohnsitz)']), { text: fake.addressLine(m.address), field: 'anschrift' }],
    ['Stellung der Wohnung', ctx.rng.pick(['Hauptwohnung', 'alleinige Wohnung'])],
    [ctx.rng.pick(['Einzug in die Wohnung', 'Einzugstag']), { text: ctx.date(m.einzug), field: 'einzugsdatum' }],
    ['Anmeldung bei der Meldebehörde', ctx.date(addDays(m.einzug, ctx.rng.int(2, 14)))],
    ['Staatsangehörigkeit', m.staat],
    ...(p.title ? ([['Doktorgrad', p.title]] as [string, Cell][]) : ([['Ordensname / Künstlername', '–']] as [string, Cell][])),
  ];
  const top = d.y;
  tiles.forEach(([l, v], i) => tile(d.left + (i % 2) * (tw + 10), top + Math.floor(i / 2) * 40, l, v));
  d.y = top + Math.ceil(tiles.length / 2) * 40 + 10;
  d.write('Frühere Wohnung', { bold: true, size: 9.5 });
  const prev = m.previous[0];
  d.para(`${fake.addressLine(prev.address)} – ausgezogen am ${ctx.date(prev.bis)}`, { size: 9 });
  d.move(8);
  const code = `${ctx.rng.digits(4)}-${ctx.rng.pick(['A', 'K', 'M', 'X'])}${ctx.rng.digits(3)}-${ctx.rng.digits(4)}`;
  const qy = d.y;
  d.rect(d.left, qy, 70, 70, { stroke: [0, 0, 0], lineWidth: 0.8 });
  for (let i = 0; i < 110; i++) {
    const qx = d.left + 4 + ctx.rng.int(0, 15) * 4;
    const qq = qy + 4 + ctx.rng.int(0, 15) * 4;
    d.rect(qx, qq, 4, 4, { fill: [0, 0, 0] });
  }
  d.para(`Prüfcode: ${code}`, { x: d.left + 84, size: 9.5, bold: true });
  d.para(`Die Echtheit dieser Bescheinigung kann innerhalb von ${ctx.rng.pick(['drei', 'sechs'])} Monaten unter Angabe des Prüfcodes im ${portal} überprüft werden. Die Bescheinigung wurde mit dem Online-Ausweis (eID) angefordert und ist ohne Unterschrift und Dienstsiegel gültig.`, { x: d.left + 84, size: 8.5 });
  d.y = Math.max(d.y, qy + 80);
  d.para(`Gebühr: ${ctx.money(m.gebuehr)}, bezahlt per ${ctx.rng.pick(['giropay', 'Kreditkarte', 'PayPal', 'SEPA-Lastschrift'])} am ${ctx.ndate(ctx.today)}. Vorgangsnummer ${ctx.rng.digits(10)}.`, { size: 8.5 });
  footer(d, [[m.behoerde], [portal, `Hotline ${fake.phone(ctx.rng)}`]], 'x/y');
  truth(ctx, m);
}

/**
 * F (holdout, blind 2): the confirmation handed out at registration, laid out like the official
 * registration form: two framed blocks side by side (new flat with the move-in day, former flat
 * with the move-out day), then the person as one row of cells under a row of numbered column
 * headers, the day of registration and the issuing clerk below.
 */
function blind2AnmeldebestaetigungRaster(ctx: Ctx): void {
  const m = draw(ctx);
  const p = m.person;
  const prev = m.previous[0];
  const d = ctx.start({ family: 'helvetica', size: 9, margins: { left: 44, right: 40, top: 40, bottom: 54 } });
  const W = d.contentWidth;
  const [amt, unit] = [m.behoerde.split(' – ')[0], m.behoerde.split(' – ')[1] ?? 'Meldebehörde'];
  d.text(d.left, 46, amt, { size: 11, bold: true });
  d.text(d.left, 58, `${unit} · ${fake.address(ctx.rng, { city: m.address.city }).street} ${ctx.rng.int(1, 60)}`, { size: 8, color: GRAY });
  d.text(d.right, 46, ctx.rng.pick(['Bestätigung der Meldebehörde', 'Amtliche Meldebestätigung']), { size: 12, bold: true, align: 'right' });
  d.text(d.right, 58, ctx.rng.pick(['über die Anmeldung (§ 24 Abs. 2 BMG)', 'Anmeldung einer Wohnung – Ausfertigung für die meldepflichtige Person']), { size: 8, align: 'right' });
  d.hline(66, d.left, d.right, 1.2);
  const anmeldung = addDays(m.einzug, ctx.rng.int(1, 14));
  d.y = 78;
  d.para(`Die nachstehend aufgeführte Person hat sich am ${ctx.date(anmeldung)} bei der Meldebehörde angemeldet. Die Angaben wurden in das Melderegister übernommen.`, { size: 8.5 });
  // two framed blocks: new and former flat
  const top = d.y + 2;
  const bw = W / 2 - 5;
  const block = (x: number, title: string, rows: [string, Cell][]) => {
    d.rect(x, top, bw, 16, { fill: [0.88, 0.88, 0.88] });
    d.text(x + 5, top + 11, title, { size: 8.5, bold: true });
    let y = top + 16;
    for (const [l, v] of rows) {
      const c = typeof v === 'string' ? { text: v } : v;
      d.rect(x, y, bw, 26, { stroke: GRAY, lineWidth: 0.4 });
      d.text(x + 4, y + 8, l, { size: 6.5, color: GRAY });
      d.text(x + 5, y + 21, c.text, { size: 9.5, field: c.field });
      y += 26;
    }
    return y;
  };
  const moveInLabel = ctx.rng.pick(['Tag des Einzugs', 'Einzugstag', 'eingezogen am']);
  const y1 = block(d.left, ctx.rng.pick(['Neue Wohnung', 'Angemeldete Wohnung']), [
    [moveInLabel, { text: ctx.ndate(m.einzug), field: 'einzugsdatum' }],
    ['Straße, Hausnummer, Zusätze', { text: `${m.address.street} ${m.address.no}`, field: 'anschrift' }],
    ['Postleitzahl, Gemeinde', `${m.address.plz} ${m.address.city}`],
    ['Die neue Wohnung ist', ctx.rng.pick(['alleinige Wohnung', 'Hauptwohnung'])],
  ]);
  const y2 = block(d.left + bw + 10, 'Bisherige Wohnung', [
    ['Tag des Auszugs', ctx.ndate(prev.bis)],
    ['Straße, Hausnummer, Zusätze', `${prev.address.street} ${prev.address.no}`],
    ['Postleitzahl, Gemeinde', `${prev.address.plz} ${prev.address.city}`],
    ['Wird die bisherige Wohnung beibehalten?', 'nein'],
  ]);
  d.y = Math.max(y1, y2) + 14;
  // the person: numbered headers, one row of values
  d.write('Angaben zur meldepflichtigen Person', { bold: true, size: 9.5 });
  const cols: { w: number; no: string; head: string; value: Cell }[] = [
    { w: 0.3, no: '1', head: 'Familienname, Vornamen (Rufname unterstrichen)', value: { text: `${p.last}, ${p.first}`, field: 'name' } },
    { w: 0.14, no: '2', head: 'Doktorgrad', value: p.title ?? '' },
    { w: 0.16, no: '3', head: 'Geburtsname', value: p.birthName ?? '' },
    { w: 0.14, no: '4', head: 'Geburtsdatum', value: { text: ctx.ndate(p.birth), field: 'geburtsdatum' } },
    { w: 0.14, no: '5', head: 'Geburtsort', value: p.birthPlace },
    { w: 0.12, no: '6', head: 'Geschlecht', value: p.gender === 'f' ? 'weiblich' : 'männlich' },
  ];
  const hTop = d.y;
  const heads = cols.map((c) => d.wrap(c.head, W * c.w - 16, { size: 6.5 }));
  const hh = Math.max(...heads.map((h) => h.length)) * 8 + 6;
  let x = d.left;
  cols.forEach((c, i) => {
    d.rect(x, hTop, W * c.w, hh, { fill: [0.95, 0.95, 0.95], stroke: GRAY, lineWidth: 0.4 });
    d.text(x + 3, hTop + 8, c.no, { size: 6.5, bold: true });
    heads[i].forEach((l, j) => d.text(x + 12, hTop + 8 + j * 8, l, { size: 6.5, color: GRAY }));
    x += W * c.w;
  });
  const vTop = hTop + hh;
  const wrapped = cols.map((c) => d.wrap(typeof c.value === 'string' ? c.value : c.value.text, W * c.w - 8, { size: 9 }));
  const vh = Math.max(...wrapped.map((w) => w.length)) * 11 + 8;
  x = d.left;
  cols.forEach((c, i) => {
    const v = typeof c.value === 'string' ? { text: c.value } : c.value;
    d.rect(x, vTop, W * c.w, vh, { stroke: GRAY, lineWidth: 0.4 });
    if (v.field) d.place(v.field, v.text);
    wrapped[i].forEach((l, j) => d.text(x + 4, vTop + 13 + j * 11, l, { size: 9, bold: i === 0 }));
    x += W * c.w;
  });
  d.y = vTop + vh + 4;
  const more: [string, string][] = [
    ['7 Staatsangehörigkeit(en)', m.staat],
    ['8 Familienstand', m.familienstand],
    ['9 Religionsgesellschaft', ctx.rng.pick(['keine', 'ev', 'rk', 'keine Angabe'])],
    ['10 Ausweisdokument', `${ctx.rng.pick(['Personalausweis', 'Reisepass'])} Nr. ${ctx.rng.pick(['L', 'C'])}${ctx.rng.digits(8)}`],
  ];
  x = d.left;
  const mw = W / more.length;
  more.forEach(([l, v]) => {
    d.rect(x, d.y, mw, 28, { stroke: GRAY, lineWidth: 0.4 });
    d.text(x + 3, d.y + 8, l, { size: 6.5, color: GRAY });
    d.text(x + 4, d.y + 22, v, { size: 8.5 });
    x += mw;
  });
  d.y += 40;
  d.para(`Wohnungsgeberbestätigung nach § 19 BMG vorgelegt: ja (Wohnungsgeber: ${ctx.rng.chance(0.5) ? fake.landlordOrganisation(ctx.rng, m.address.city) : fake.fullName(fake.person(ctx.rng))}).`, { size: 8.5 });
  d.para(`Diese Bestätigung gilt als Nachweis der Anmeldung. Bitte bewahren Sie sie auf; sie ersetzt keine Meldebescheinigung nach § 18 BMG, wird aber von vielen Stellen anerkannt.`, { size: 8.5 });
  d.move(14);
  d.ensure(70);
  d.text(d.left, d.y, `${m.address.city}, ${ctx.ndate(anmeldung)}`, { size: 9 });
  d.text(d.left, d.y + 12, `Bearbeiter/in: ${fake.person(ctx.rng).last} (Kennung ${ctx.rng.pick(['BA', 'MA', 'EW'])}${ctx.rng.digits(3)})`, { size: 8, color: GRAY });
  d.rect(d.right - 150, d.y - 10, 120, 60, { stroke: [0.3, 0.3, 0.6], lineWidth: 0.8 });
  d.text(d.right - 90, d.y + 24, 'Dienstsiegel', { size: 7, align: 'center', color: [0.3, 0.3, 0.6] });
  footer(d, [[m.behoerde], [`Meldebestätigung · Gebühr: gebührenfrei`, `Vorgang ${ctx.rng.digits(8)}`]], 'none');
  truth(ctx, m);
}

/**
 * G (holdout, blind 3): a city's certificate for a person with a main and a secondary residence:
 * the person's data as run-in "Label: value" pairs, two to a line; the flats as a table with the
 * status in the first column (main and secondary flat, each with the day it was moved into and
 * the day of registration), the day of moving into the municipality from elsewhere, and the
 * identity card with its expiry date as further dates.
 */
function blind3HauptNebenwohnung(ctx: Ctx): void {
  const m = draw(ctx);
  const p = m.person;
  const d = ctx.start({ family: ctx.rng.pick(['times', 'helvetica']), size: 9.5, margins: { left: 60, right: 52, top: 50, bottom: 66 } });
  const city = m.address.city;
  const stadt = ctx.rng.pick([`Stadt ${city}`, `Landeshauptstadt ${city}`, `Stadtverwaltung ${city}`]);
  const stelle = ctx.rng.pick(['Bürgeramt', 'Kundenzentrum', 'Bürgerservice – Meldestelle', 'Einwohnerwesen']);
  const zweig = ctx.rng.pick(['Mitte', 'Nord', 'Süd', 'Ost', 'West', 'Rathaus']);
  d.rect(d.left, 40, d.contentWidth, 36, { fill: [0.93, 0.93, 0.93] });
  d.text(d.left + 8, 55, stadt, { size: 13, bold: true });
  d.text(d.left + 8, 69, `${stelle} ${zweig}`, { size: 9 });
  const nr = `${ctx.today.slice(0, 4)}-${ctx.rng.digits(7)}`;
  d.text(d.right - 8, 55, `Bescheinigungs-Nr. ${nr}`, { size: 8.5, align: 'right' });
  d.text(d.right - 8, 69, `Ausgestellt am ${ctx.ndate(ctx.today)}`, { size: 8.5, align: 'right' });
  d.y = 100;
  d.write(ctx.rng.pick(['Meldebescheinigung', 'Erweiterte Meldebescheinigung', 'Bescheinigung aus dem Melderegister']), { size: 15, bold: true });
  d.write(ctx.rng.pick(['gemäß § 18 Abs. 2 Bundesmeldegesetz', 'nach § 18 Absatz 2 BMG – auf Antrag der betroffenen Person']), { size: 8.5, color: GRAY });
  d.move(10);
  d.para(`Im Melderegister der ${stadt.replace(/^Stadtverwaltung/, 'Stadt')} sind zu der nachstehend bezeichneten Person am Tag der Ausstellung folgende Daten gespeichert:`);
  d.move(4);
  // run-in pairs, two to a line
  const half = d.left + d.contentWidth / 2 + 6;
  const pair = (x: number, label: string, value: string, field?: string) => {
    const w = d.text(x, d.y + 10, `${label}:`, { bold: true });
    d.text(x + w + 5, d.y + 10, value, { field });
  };
  const line = (a: [string, string, string?], b?: [string, string, string?]) => {
    pair(d.left, ...a);
    if (b) pair(half, ...b);
    d.y += 16;
  };
  const nameTogether = ctx.rng.chance(0.35);
  if (nameTogether) {
    // a long double name needs the whole line
    line([ctx.rng.pick(['Name, Vorname(n)', 'Familienname, Vornamen']), `${p.last}, ${p.first}`, 'name']);
    line(['Doktorgrad', p.title ?? '–'], ['Geburtsname', p.birthName ?? p.last]);
  } else {
    line([ctx.rng.pick(['Familienname', 'Name']), p.last, 'name'], [ctx.rng.pick(['Vornamen', 'Vorname(n)']), p.first]);
    line(['Doktorgrad', p.title ?? '–'], ['Geburtsname', p.birthName ?? p.last]);
  }
  line([ctx.rng.pick(['Geburtsdatum', 'Tag der Geburt', 'geboren']), ctx.date(p.birth), 'geburtsdatum'], ['Geburtsort', p.birthPlace]);
  line(['Geschlecht', p.gender === 'f' ? 'weiblich' : 'männlich'], ['Staatsangehörigkeit', m.staat]);
  d.move(8);
  d.write('Wohnungen', { bold: true, size: 10.5 });
  const neben = fake.address(ctx.rng);
  const nebenEin = addDays(ctx.today, -ctx.rng.int(40, 2400));
  const anmeldung = addDays(m.einzug, ctx.rng.int(1, 14));
  const rows: Cell[][] = [
    ['Hauptwohnung', `${ctx.v('anschrift', fake.addressLine(m.address))}${ctx.rng.chance(0.3) ? `, ${ctx.rng.pick(['Vorderhaus', 'Hinterhaus', 'Seitenflügel'])}` : ''}`, { text: ctx.ndate(m.einzug), field: 'einzugsdatum' }, ctx.ndate(anmeldung)],
    ['Nebenwohnung', fake.addressLine(neben), ctx.ndate(nebenEin), ctx.ndate(addDays(nebenEin, ctx.rng.int(1, 14)))],
  ];
  // some registers list the flat moved into last first
  if (nebenEin > m.einzug && ctx.rng.chance(0.6)) rows.reverse();
  const W = d.contentWidth;
  table(ctx, [
    { header: 'Status', x: d.left },
    { header: 'Anschrift', x: d.left + 80, width: W - 80 - 150 },
    { header: 'bezogen am', x: d.left + W - 140 },
    { header: 'angemeldet am', x: d.left + W - 68 },
  ], rows, { size: 9, grid: true, headerFill: [0.93, 0.93, 0.93] });
  // moved into the municipality before moving into this flat, but not before being born
  const earliest = addDays(p.birth, 365);
  const drawn = addDays(m.einzug, -ctx.rng.int(120, 3200));
  const zuzug = drawn < earliest ? (earliest < m.einzug ? earliest : m.einzug) : drawn;
  const herkunft = m.previous[m.previous.length - 1].address;
  const zuzugFrom = herkunft.city === city ? fake.address(ctx.rng) : herkunft;
  if (zuzugFrom.city !== city) d.para(`Zuzug in die Gemeinde am ${ctx.date(zuzug)} aus ${zuzugFrom.plz} ${zuzugFrom.city}.`);
  else d.para(`Die Person ist seit ihrer Geburt in der Gemeinde gemeldet.`);
  const ausweis = addDays(ctx.today, ctx.rng.int(200, 3000));
  d.para(`Ausweisdokument: ${ctx.rng.pick(['Personalausweis', 'Reisepass'])}, Seriennummer ${ctx.rng.pick(['L', 'T', 'C'])}${ctx.rng.pick(['0', '1', 'F', 'H'])}${ctx.rng.digits(7)}, gültig bis ${ctx.ndate(ausweis)}.`);
  d.move(6);
  d.para(`Die Bescheinigung wird ${ctx.rng.pick(['zur Vorlage bei der Wohngeldstelle', 'zur Vorlage bei Behörden', 'auf Verlangen der betroffenen Person'])} erteilt. Gebühr: ${ctx.money(m.gebuehr)}, entrichtet am ${ctx.ndate(ctx.today)}.`, { size: 8.5 });
  d.move(16);
  d.ensure(80);
  const sigTop = d.y;
  d.text(d.left, sigTop + 10, `${city}, ${ctx.date(ctx.today)}`);
  d.text(d.left, sigTop + 24, 'Im Auftrag');
  d.text(d.left, sigTop + 54, fake.fullName(fake.person(ctx.rng)), { size: 9 });
  d.rect(d.left + 230, sigTop, 78, 62, { stroke: [0.25, 0.3, 0.6], lineWidth: 1 });
  d.rect(d.left + 235, sigTop + 5, 68, 52, { stroke: [0.25, 0.3, 0.6], lineWidth: 0.5 });
  d.text(d.left + 269, sigTop + 30, 'Siegel', { size: 7, align: 'center', color: [0.25, 0.3, 0.6] });
  d.text(d.left + 269, sigTop + 40, stadt.split(' ').slice(-1)[0], { size: 6, align: 'center', color: [0.25, 0.3, 0.6] });
  d.y = sigTop + 74;
  footer(d, [[`${stadt} · ${stelle} ${zweig}`, `${fake.address(ctx.rng, { city }).street} ${ctx.rng.int(1, 80)}, ${m.address.plz} ${city}`], [`Servicetelefon ${fake.phone(ctx.rng)}`, 'Termine nach Vereinbarung']], 'none');
  truth(ctx, m);
}

/**
 * H (holdout, blind 4): a certificate for all persons registered in one flat, as Bürgerämter issue it
 * for the Familienkasse, the Elterngeldstelle or the Wohngeldbehörde: the person who asked for it
 * named in a line at the top, the flat once for all, then a ruled list of everybody registered
 * there (oldest first: name with birth name, birth date and place, move-in day, where from),
 * the asking person marked with an asterisk; partners, children born in the flat and older
 * relatives bring their own birth and move-in days; issue number, date and fee in a box.
 */
function blind4MehrerePersonen(ctx: Ctx): void {
  const m = draw(ctx);
  const p = m.person;
  // the asking person is of age and lives with others, most often a young family
  if (p.birth > addDays(ctx.today, -365 * 20) || ctx.rng.chance(0.6)) p.birth = addDays(ctx.today, -365 * ctx.rng.int(24, 42) - ctx.rng.int(0, 300));
  if (m.einzug < addDays(p.birth, 365 * 18)) m.einzug = addDays(p.birth, 365 * 18 + ctx.rng.int(30, 400));
  let members = household(ctx.rng, p, ctx.today);
  if (!members.length) members = [{ person: fake.person(ctx.rng, { gender: p.gender === 'f' ? 'm' : 'f', bornFrom: Number(p.birth.slice(0, 4)) - 5, bornTo: Math.min(2004, Number(p.birth.slice(0, 4)) + 5) }), relation: 'Partner/in', income: true }];
  const married = members.some((x) => /^Ehe/.test(x.relation));
  if (married) m.familienstand = 'verheiratet';
  else if (m.familienstand === 'verheiratet') m.familienstand = ctx.rng.pick(['ledig', 'geschieden']);
  const prev = m.previous[0];
  interface Row { person: fake.Person; einzug: IsoDate; from: string; asker: boolean }
  const others: Row[] = members.map((x) => {
    const o = x.person;
    if (x.relation === 'Kind' || x.relation === 'Tochter' || x.relation === 'Sohn') {
      if (o.birth >= m.einzug) {
        o.birthPlace = m.address.city;
        return { person: o, einzug: o.birth, from: 'Geburt', asker: false };
      }
      return { person: o, einzug: m.einzug, from: `${prev.address.plz} ${prev.address.city}`, asker: false };
    }
    if (x.relation === 'Mutter' || x.relation === 'Vater') {
      const a = fake.address(ctx.rng);
      const later = addDays(m.einzug, ctx.rng.int(30, 900));
      return { person: o, einzug: later < ctx.today ? later : m.einzug, from: `${a.plz} ${a.city}`, asker: false };
    }
    // a partner moved in together, later, or was there first
    const a = fake.address(ctx.rng);
    const shift = ctx.rng.weighted([[0, 3], [ctx.rng.int(40, 700), 2], [-ctx.rng.int(40, 900), 1]] as const);
    const einzug = addDays(m.einzug, shift);
    const ok = einzug < ctx.today && einzug > addDays(o.birth, 365 * 17) ? einzug : m.einzug;
    return { person: o, einzug: ok, from: ok === m.einzug ? `${prev.address.plz} ${prev.address.city}` : `${a.plz} ${a.city}`, asker: false };
  });
  const rows: Row[] = [{ person: p, einzug: m.einzug, from: `${prev.address.plz} ${prev.address.city}`, asker: true }, ...others].sort((a, b) => (a.person.birth < b.person.birth ? -1 : 1));
  const d = ctx.start({ family: ctx.rng.pick(['helvetica', 'times']), size: 9, margins: { left: 56, right: 48, top: 50, bottom: 66 } });
  const city = m.address.city;
  const stadt = ctx.rng.pick([`Stadt ${city}`, `Stadtverwaltung ${city}`, `Landeshauptstadt ${city}`]);
  const stelle = ctx.rng.pick(['Bürgeramt', 'Bürgerbüro', 'Meldebehörde', 'Bürgerservice – Einwohnerangelegenheiten']);
  const office = fake.address(ctx.rng, { city });
  d.text(d.left, 52, stadt, { size: 13, bold: true });
  d.text(d.left, 65, `${stelle} · ${office.street} ${office.no} · ${m.address.plz} ${city}`, { size: 8, color: GRAY });
  // issue box at the right
  const bx = d.right - 170;
  d.rect(bx, 40, 170, 50, { stroke: [0.4, 0.4, 0.4], lineWidth: 0.5 });
  const nr = `MB ${ctx.today.slice(0, 4)}/${ctx.rng.digits(6)}`;
  [['Bescheinigungs-Nr.', nr], ['ausgestellt am', ctx.ndate(ctx.today)], ['Gebühr', ctx.money(m.gebuehr + ctx.rng.pick([0, 0, 5]))]].forEach(([l, v], i) => {
    d.text(bx + 6, 53 + i * 13, l, { size: 7.5, color: GRAY });
    d.text(bx + 82, 53 + i * 13, v, { size: 8 });
  });
  d.y = 112;
  d.write(ctx.rng.pick(['Meldebescheinigung für mehrere Personen', 'Meldebescheinigung – Familienauskunft', 'Bescheinigung über die in einer Wohnung gemeldeten Personen', 'Haushaltsbescheinigung der Meldebehörde']), { size: 14, bold: true });
  d.write('Auskunft aus dem Melderegister nach § 18 Bundesmeldegesetz', { size: 8.5, color: GRAY });
  d.move(10);
  const askLabel = ctx.rng.pick(['Ausgestellt auf Antrag von', 'Antragstellende Person', 'Beantragt durch']);
  const lw = d.text(d.left, d.y + 10, `${askLabel}: ${p.gender === 'f' ? 'Frau' : 'Herr'} ${p.title ? p.title + ' ' : ''}`, { size: 9.5 });
  d.text(d.left + lw, d.y + 10, `${p.first} ${p.last}`, { size: 9.5, bold: true, field: 'name' });
  d.y += 16;
  d.write(`Verwendungszweck: zur Vorlage ${ctx.rng.pick(['bei der Wohngeldbehörde', 'bei der Familienkasse', 'bei der Elterngeldstelle', 'beim Jobcenter'])}`, { size: 9 });
  d.move(8);
  d.para(`Nach dem Melderegister (Stand ${ctx.ndate(ctx.today)}) sind in der Wohnung ${ctx.v('anschrift', fake.addressLine(m.address))}${ctx.rng.chance(0.4) ? `, ${ctx.rng.pick(['Vorderhaus', 'Seitenflügel links', 'Hinterhaus', 'Aufgang B'])} ${ctx.rng.pick(['1. OG', '2. OG', 'EG', '3. OG'])}` : ''} die folgenden ${rows.length} Personen gemeldet. Die Wohnung ist für ${rows.length === 2 ? 'beide' : 'alle'} die ${ctx.rng.pick(['alleinige Wohnung', 'Hauptwohnung'])}.`);
  d.move(4);
  const x = { nr: d.left, name: d.left + 18, geb: d.left + 178, ort: d.left + 240, ein: d.left + 322, von: d.left + 382 };
  const head = () => {
    d.rect(d.left - 2, d.y, d.contentWidth + 4, 22, { fill: [0.9, 0.9, 0.9] });
    d.row([
      { x: x.nr, text: 'Nr.', bold: true },
      { x: x.name, text: 'Familienname, Vornamen\n(Geburtsname, Doktorgrad)', bold: true, width: 155 },
      { x: x.geb, text: 'geboren am', bold: true },
      { x: x.ort, text: 'Geburtsort', bold: true },
      { x: x.ein, text: 'Einzug', bold: true },
      { x: x.von, text: 'Zuzug aus', bold: true },
    ], { size: 7.5, minHeight: 22 });
    d.move(3);
  };
  head();
  rows.forEach((r, i) => {
    const q = r.person;
    const extra = [q.birthName ? `geb. ${q.birthName}` : '', q.title ?? ''].filter(Boolean).join(', ');
    const nameText = `${q.last}, ${q.first}`;
    d.row([
      { x: x.nr, text: `${i + 1}${r.asker ? '*' : ''}` },
      { x: x.name, text: extra ? `${nameText}\n${extra}` : nameText, width: 155 },
      { x: x.geb, text: ctx.ndate(q.birth), field: r.asker ? 'geburtsdatum' : undefined },
      { x: x.ort, text: q.birthPlace, width: 78 },
      { x: x.ein, text: ctx.ndate(r.einzug), field: r.asker ? 'einzugsdatum' : undefined },
      { x: x.von, text: r.from, width: d.right - x.von },
    ], { size: 8.5, minHeight: 15 });
    d.hline(d.y + 1, d.left - 2, d.right + 2, 0.3, GRAY);
    d.move(5);
  });
  d.text(d.left, d.y + 7, '* antragstellende Person', { size: 7.5, color: GRAY });
  d.y += 18;
  d.para(`Die volljährigen Personen haben der Auskunft über ihre Daten zugestimmt; für minderjährige Personen ist die antragstellende Person gesetzliche Vertreterin oder gesetzlicher Vertreter. Staatsangehörigkeit der antragstellenden Person: ${m.staat}; Familienstand: ${m.familienstand}.`, { size: 8.5 });
  d.para(`Diese Bescheinigung gibt den Inhalt des Melderegisters am Tag der Ausstellung wieder. Sie ist maschinell erstellt und ohne Unterschrift gültig.`, { size: 8.5 });
  d.move(10);
  d.ensure(70);
  const sy = d.y;
  d.text(d.left, sy + 10, `${city}, ${ctx.date(ctx.today)}`);
  d.text(d.left, sy + 24, `${stelle.split(' – ')[0]} ${ctx.rng.pick(['Mitte', 'Nord', 'Süd', 'Rathaus', 'im Stadthaus'])}`, { size: 8.5, color: GRAY });
  d.rect(d.right - 110, sy - 4, 70, 56, { stroke: [0.3, 0.3, 0.6], lineWidth: 0.9 });
  d.text(d.right - 75, sy + 28, 'Dienstsiegel', { size: 7, align: 'center', color: [0.3, 0.3, 0.6] });
  d.y = sy + 64;
  footer(d, [[stadt, stelle], [`${office.street} ${office.no}, ${m.address.plz} ${city}`, `Telefon ${fake.phone(ctx.rng)}`], ['Terminvereinbarung online', `Bescheinigungs-Nr. ${nr}`]], 'Seite x von y');
  truth(ctx, m);
}

/**
 * I (holdout, blind 5): the bilingual registration certificate a city's welcome centre prints for
 * a person who moved in from abroad: a coloured band with the German and English title; a ruled
 * table whose labels are German with the English under them (surname and given names in rows of
 * their own, the address as street and town rows, the day of moving in beside the day of
 * registration, the arrival from abroad, the former address abroad or a first flat in Germany with
 * its move-out day); hints on the tax ID and the foreigners' office; the German text prevails.
 */
function blind5ZweisprachigZuzugAusland(ctx: Ctx): void {
  const m = draw(ctx);
  const rng = ctx.rng;
  const p = m.person;
  p.title = undefined;
  const origin = rng.pick([
    { staat: ['ukrainisch', 'Ukrainian'], land: ['Ukraine', 'Ukraine'], towns: ['Kyjiw', 'Lwiw', 'Charkiw', 'Odesa'], f: ['Olena', 'Iryna', 'Oksana'], m: ['Dmytro', 'Oleksandr', 'Andrij'], last: ['Ivanenko', 'Kovalenko', 'Bondarenko', 'Shevchuk'] },
    { staat: ['polnisch', 'Polish'], land: ['Polen', 'Poland'], towns: ['Krakau', 'Breslau', 'Posen', 'Danzig'], f: ['Agnieszka', 'Katarzyna', 'Magdalena'], m: ['Piotr', 'Marek', 'Tomasz'], last: ['Nowak', 'Kowalski', 'Zielinski', 'Mazur'] },
    { staat: ['türkisch', 'Turkish'], land: ['Türkei', 'Turkey'], towns: ['Istanbul', 'Izmir', 'Ankara'], f: ['Özlem', 'Zeynep', 'Elif'], m: ['Mehmet', 'Emre', 'Burak'], last: ['Yilmaz', 'Kaya', 'Demir', 'Öztürk'] },
    { staat: ['rumänisch', 'Romanian'], land: ['Rumänien', 'Romania'], towns: ['Bukarest', 'Cluj-Napoca', 'Timisoara'], f: ['Ioana', 'Elena', 'Andreea'], m: ['Andrei', 'Mihai', 'Florin'], last: ['Popescu', 'Ionescu', 'Munteanu'] },
    { staat: ['italienisch', 'Italian'], land: ['Italien', 'Italy'], towns: ['Mailand', 'Turin', 'Bologna'], f: ['Giulia', 'Chiara', 'Francesca'], m: ['Marco', 'Luca', 'Matteo'], last: ['Rossi', 'Bianchi', 'Esposito', 'Romano'] },
    { staat: ['spanisch', 'Spanish'], land: ['Spanien', 'Spain'], towns: ['Valencia', 'Sevilla', 'Madrid'], f: ['Lucía', 'Carmen', 'Marta'], m: ['Javier', 'Pablo', 'Sergio'], last: ['García', 'Fernández', 'López', 'Martínez'] },
    { staat: ['indisch', 'Indian'], land: ['Indien', 'India'], towns: ['Pune', 'Bengaluru', 'Chennai'], f: ['Priya', 'Ananya', 'Divya'], m: ['Arjun', 'Rahul', 'Vikram'], last: ['Sharma', 'Iyer', 'Patel', 'Nair'] },
    { staat: ['brasilianisch', 'Brazilian'], land: ['Brasilien', 'Brazil'], towns: ['Curitiba', 'Recife', 'Porto Alegre'], f: ['Ana Clara', 'Juliana', 'Beatriz'], m: ['João Pedro', 'Rafael', 'Thiago'], last: ['Silva', 'Santos', 'Oliveira', 'Souza'] },
  ]);
  p.first = rng.pick(p.gender === 'f' ? origin.f : origin.m);
  p.last = rng.pick(origin.last);
  if (p.gender === 'f') p.last = p.last.replace(/ski$/, 'ska');
  p.birthName = p.gender === 'f' && rng.chance(0.2) ? rng.pick(origin.last.filter((l) => l !== p.last)) : undefined;
  p.birthPlace = `${rng.pick(origin.towns)} (${origin.land[0]})`;
  // people who come to work or study: the register entry is recent
  m.einzug = addDays(ctx.today, -rng.int(20, 1500));
  const anmeldung = addDays(m.einzug, rng.int(1, 13));
  // either straight from abroad into this flat, or via a first flat in Germany
  const direct = rng.chance(0.5);
  const zuzug = direct ? m.einzug : addDays(m.einzug, -rng.int(60, 400));
  const firstFlat = direct ? undefined : fake.sameCityAddress(rng, m.address);
  const abroad = `${rng.pick(origin.towns)}, ${origin.land[0]}`;
  const city = m.address.city;
  const issuer = rng.pick([`Stadt ${city}`, `Landeshauptstadt ${city}`, `Stadtverwaltung ${city}`]);
  const unit = rng.pick(['Welcome Center – Bürgerservice International', 'Bürgeramt – Service für Zugewanderte', 'Amt für Einwohnerwesen – International Office']);
  const office = fake.sameCityAddress(rng, m.address);
  const accent = rng.pick([[0.0, 0.33, 0.55], [0.55, 0.1, 0.2], [0.1, 0.42, 0.32]] as const);
  const d = ctx.start({ family: 'helvetica', size: 9.5, margins: { left: 60, right: 52, top: 50, bottom: 74 } });
  d.text(d.left, 46, issuer, { size: 12, bold: true });
  d.text(d.left, 58, unit, { size: 9 });
  d.text(d.right, 46, `${office.street} ${office.no}`, { size: 8, align: 'right', color: GRAY });
  d.text(d.right, 56, `${office.plz} ${city}`, { size: 8, align: 'right', color: GRAY });
  d.text(d.right, 66, `Termin/Appointment: ${rng.pick(['service', 'termine', 'welcome'])}.${city.toLowerCase().replace(/ä/g, 'ae').replace(/ö/g, 'oe').replace(/ü/g, 'ue').replace(/ß/g, 'ss').replace(/[^a-z]+/g, '')}.de`, { size: 8, align: 'right', color: GRAY });
  d.rect(0, 80, d.width, 38, { fill: accent });
  d.text(d.left, 98, 'Meldebescheinigung', { size: 15, bold: true, color: [1, 1, 1] });
  d.text(d.left + d.measure('Meldebescheinigung', { size: 15, bold: true }) + 6, 98, '/  Registration Certificate', { size: 11, italic: true, color: [1, 1, 1] });
  d.text(d.left, 111, 'nach § 18 Absatz 1 Bundesmeldegesetz (BMG)  ·  pursuant to section 18 (1) Federal Registration Act', { size: 7.5, color: [1, 1, 1] });
  d.y = 132;
  const nr = `${rng.digits(4)}-${rng.digits(6)}`;
  d.text(d.left, d.y + 9, `Vorgangsnummer / Reference: ${nr}`, { size: 8.5 });
  d.text(d.right, d.y + 9, `${city}, ${ctx.ndate(ctx.today)}`, { size: 8.5, align: 'right' });
  d.y += 22;
  d.para('Aus dem Melderegister wird über die nachstehende Person Folgendes bescheinigt:', { size: 9.5, after: 1 });
  d.para('The following data on the person named below are certified from the population register:', { size: 8.5, italic: true, color: GRAY });
  const lx = d.left;
  const vx = d.left + 205;
  const row = (de: string, en: string, value: string, field?: string, bold = false) => {
    d.ensure(30);
    const top = d.y;
    d.text(lx + 3, top + 10, de, { size: 8.5, bold: true });
    d.text(lx + 3, top + 19, en, { size: 7, italic: true, color: GRAY });
    d.text(vx, top + 14, value, { size: 10, field, bold });
    d.y = top + 23;
    d.hline(d.y, d.left, d.right, 0.3, GRAY);
  };
  const section = (de: string, en: string) => {
    d.ensure(50);
    d.move(6);
    d.rect(d.left, d.y, d.contentWidth, 15, { fill: LIGHT });
    d.text(d.left + 3, d.y + 11, `${de} / ${en}`, { size: 9, bold: true });
    d.y += 15;
  };
  section('Angaben zur Person', 'Personal data');
  row(ctx.pick(['Familienname'], ['Nachname']), 'Surname', p.last, 'name', true);
  row('Vornamen', 'Given names', p.first);
  if (p.birthName) row('Geburtsname', 'Name at birth', p.birthName);
  row(ctx.pick(['Geburtsdatum', 'Tag der Geburt'], ['geboren am']), 'Date of birth', ctx.ndate(p.birth), 'geburtsdatum');
  row('Geburtsort', 'Place of birth', p.birthPlace);
  row('Staatsangehörigkeit', 'Nationality', `${origin.staat[0]} / ${origin.staat[1]}`);
  section('Wohnung', 'Residence');
  row('Straße, Hausnummer', 'Street, house number', `${m.address.street} ${m.address.no}`, 'anschrift');
  row('Postleitzahl, Ort', 'Postcode, town', `${m.address.plz} ${city}`);
  row('Art der Wohnung', 'Type of residence', rng.pick(['alleinige Wohnung / sole residence', 'Hauptwohnung / main residence']));
  row(ctx.pick(['Einzugsdatum', 'Tag des Einzugs'], ['Einzug in die Wohnung']), 'Date of moving in', ctx.ndate(m.einzug), 'einzugsdatum');
  row('Tag der Anmeldung', 'Date of registration', ctx.ndate(anmeldung));
  section('Zuzug', 'Arrival');
  row('Zuzug aus dem Ausland am', 'Arrival from abroad on', ctx.ndate(zuzug));
  row('Letzte Anschrift im Ausland', 'Last address abroad', abroad);
  if (firstFlat) {
    row('Frühere Wohnung im Inland', 'Previous address in Germany', `${firstFlat.street} ${firstFlat.no}, ${firstFlat.plz} ${city}`);
    row('ausgezogen am', 'Moved out on', ctx.ndate(addDays(m.einzug, -rng.int(0, 3))));
  }
  d.move(10);
  d.ensure(140);
  d.write('Hinweise / Notes', { bold: true, size: 9.5 });
  const notes: [string, string][] = [
    ['Ihre steuerliche Identifikationsnummer teilt Ihnen das Bundeszentralamt für Steuern in den nächsten Wochen per Post mit.', 'The Federal Central Tax Office will send you your tax identification number by post within the next weeks.'],
    [`Staatsangehörige von Staaten außerhalb der EU wenden sich wegen ihres Aufenthaltstitels bitte an die Ausländerbehörde ${city}.`, `Nationals of non-EU states please contact the foreigners' authority of ${city} regarding their residence permit.`],
    ['Die englische Übersetzung dient nur der Information; maßgeblich ist allein der deutsche Text.', 'The English translation is for information only; the German text alone is authoritative.'],
  ];
  for (const [de, en] of notes) {
    d.para(`– ${de}`, { size: 8.5, after: 0.5 });
    d.para(`  ${en}`, { size: 7.5, italic: true, color: GRAY, after: 4 });
  }
  // fee at the left, signature and seal at the right of the same block
  d.move(6);
  d.ensure(62);
  const signTop = d.y;
  d.para(`Gebühr / Fee: ${ctx.money(m.gebuehr)} – bezahlt / paid`, { size: 8.5, width: 230, after: 1 });
  d.para(`Kassenzeichen ${rng.digits(4)}.${rng.digits(4)}.${rng.digits(4)}`, { size: 8.5, width: 230, color: GRAY });
  const sx = d.left + 250;
  d.text(sx, signTop + 10, 'Im Auftrag / On behalf', { size: 9 });
  d.text(sx, signTop + 40, fake.fullName(fake.person(rng)), { size: 9 });
  d.rect(d.right - 78, signTop - 4, 70, 56, { stroke: [0.25, 0.25, 0.6], lineWidth: 0.8 });
  d.text(d.right - 43, signTop + 26, 'Dienstsiegel', { size: 7, align: 'center', color: [0.25, 0.25, 0.6] });
  d.y = signTop + 56;
  footer(d, [[`${issuer} · ${unit.split(' – ')[0]}`, `${office.street} ${office.no}, ${office.plz} ${city}`], [`Telefon / Phone ${fake.phone(rng)}`, 'Mo, Di, Do 8–18 Uhr · Mi, Fr 8–13 Uhr']], 'Seite x von y');
  truth(ctx, m);
}

/**
 * J (holdout, blind 6): an extended certificate (§ 18 Abs. 2 BMG) for a minor child, posted to
 * the parent who asked for it: the parent in the address window and named in the opening
 * sentence as the legal representative; the child's data as a ruled table of numbered data fields
 * ("Nr. | Datenfeld | Eintrag") under shaded group rows: person, flat (move-in day beside the day
 * the registration was made, "Geburt" or the former address as origin), former flat with its
 * move-out day, both legal representatives with their birth dates (the other parent sometimes at
 * an address of their own), family status and blocks; purpose, fee and seal at the end.
 */
function blind6MinderjaehrigesKind(ctx: Ctx): void {
  const m = draw(ctx);
  const rng = ctx.rng;
  const year = Number(ctx.today.slice(0, 4));
  const parentA = fake.person(rng, { bornFrom: year - 52, bornTo: year - 24, titleChance: 0.04 });
  const child = m.person;
  const childYear = rng.int(Math.max(Number(parentA.birth.slice(0, 4)) + 19, year - 17), year - 1);
  const born = fake.person(rng, { bornFrom: childYear, bornTo: childYear, last: parentA.last });
  const given = born.gender === 'f' ? ['Emma', 'Mia', 'Hannah', 'Lea', 'Lina', 'Marie', 'Emilia', 'Sophia', 'Ella', 'Clara', 'Leonie', 'Amelie', 'Zoe', 'Elif', 'Nele'] : ['Ben', 'Paul', 'Leon', 'Finn', 'Noah', 'Elias', 'Jonas', 'Luis', 'Felix', 'Emil', 'Anton', 'Milan', 'Yusuf', 'Mats', 'Henry'];
  const first = rng.chance(0.15) ? `${rng.pick(given)} ${rng.pick(given)}` : rng.pick(given);
  Object.assign(child, { gender: born.gender, first: first.split(' ')[0] === first.split(' ')[1] ? first.split(' ')[0] : first, birth: born.birth, title: undefined, birthName: undefined });
  if (child.birth >= addDays(ctx.today, -20)) child.birth = addDays(ctx.today, -rng.int(60, 300));
  const together = rng.chance(0.55);
  const parentB = fake.person(rng, { gender: parentA.gender === 'f' ? 'm' : 'f', bornFrom: Number(parentA.birth.slice(0, 4)) - 6, bornTo: Math.min(year - 20, Number(parentA.birth.slice(0, 4)) + 6), last: together && rng.chance(0.6) ? parentA.last : undefined, titleChance: 0.03 });
  // the child carries the name of one of the parents
  child.last = rng.chance(0.75) ? parentA.last : parentB.last;
  // the parent's flat; the child was born into it or moved in with the parent
  const bornHere = child.birth >= m.einzug;
  if (bornHere) {
    m.einzug = child.birth;
    child.birthPlace = rng.chance(0.8) ? m.address.city : rng.pick(['Leipzig', 'Dresden', 'Berlin', 'Hamburg', 'Erfurt', 'Halle (Saale)']);
  } else if (rng.chance(0.5)) child.birthPlace = m.previous[0].address.city;
  const anmeldung = bornHere ? addDays(child.birth, rng.int(5, 21)) : addDays(m.einzug, rng.int(1, 14));
  const prev = m.previous[0];
  const bAddress = together ? m.address : fake.address(rng);
  const city = m.address.city;
  const issuer = rng.pick([`Stadt ${city}`, `Landeshauptstadt ${city}`, `Stadtverwaltung ${city}`, `Gemeinde ${city}`]);
  const unit = rng.pick(['Bürgeramt – Meldewesen', 'Bürgerservice', 'Einwohnermeldeamt', 'Bürgerbüro – Pass- und Meldeangelegenheiten']);
  const office = fake.sameCityAddress(rng, m.address);
  const nr = `${rng.pick(['EMB', 'MB', 'BA'])}-${year}-${rng.digits(6)}`;
  const d = ctx.start({ family: rng.pick(['helvetica', 'times']), size: 9.5, margins: { left: 60, right: 52, top: 54, bottom: 72 } });
  // a small emblem beside the name
  d.rect(d.left, 36, 18, 22, { stroke: [0.25, 0.25, 0.25], fill: [0.8, 0.85, 0.92], lineWidth: 0.6 });
  d.text(d.left + 26, 47, issuer, { size: 12.5, bold: true });
  d.text(d.left + 26, 59, unit, { size: 8.5, color: GRAY });
  const rx = d.right - 172;
  [['Bescheinigungs-Nr.', nr], ['Datum', ctx.ndate(ctx.today)], ['Dienststelle', `${office.street} ${office.no}`], ['', `${office.plz} ${city}`]].forEach(([l, v], i) => {
    d.text(rx, 44 + i * 11, l, { size: 7.5, color: GRAY });
    d.text(rx + 70, 44 + i * 11, v, { size: 8 });
  });
  returnLine(d, `${issuer} · ${unit.split(' – ')[0]} · ${office.street} ${office.no} · ${office.plz} ${city}`);
  addressWindow(d, recipientLines(ctx, parentA, m.address));
  d.y = 214;
  d.write(ctx.pick(['Erweiterte Meldebescheinigung', 'Meldebescheinigung (erweitert)'], ['Erweiterte Bescheinigung aus dem Melderegister']), { size: 14, bold: true });
  d.write(`für eine minderjährige Person nach § 18 Abs. 2 Bundesmeldegesetz`, { size: 8.5, color: GRAY });
  d.move(8);
  const parentRole = parentA.gender === 'f' ? 'gesetzliche Vertreterin' : 'gesetzlicher Vertreter';
  const kid = child.gender === 'f' ? 'Ihre Tochter' : 'Ihren Sohn';
  const introName = rng.chance(0.5);
  d.para(`Auf Ihren Antrag vom ${ctx.date(addDays(ctx.today, -rng.int(0, 10)))} als ${parentRole} bescheinigen wir für ${kid}${introName ? ` ${ctx.v('name', `${child.first} ${child.last}`)}` : ''} die folgenden im Melderegister gespeicherten Daten. Die Auswahl der Daten richtet sich nach Ihrem Antrag.`);
  d.move(2);
  const x = { nr: d.left + 4, label: d.left + 34, value: d.left + 190 };
  const valueWidth = d.right - x.value - 4;
  let n = 0;
  const group = (title: string) => {
    d.ensure(40);
    d.rect(d.left, d.y, d.contentWidth, 14, { fill: LIGHT });
    d.text(d.left + 4, d.y + 10.5, title, { size: 9, bold: true });
    d.y += 14;
  };
  const field = (label: string, value: string, f?: string) => {
    n++;
    const top = d.y;
    d.row([
      { x: x.nr, text: String(n).padStart(2, '0'), color: GRAY },
      { x: x.label, text: label, width: x.value - x.label - 8 },
      { x: x.value, text: value, field: f, width: valueWidth },
    ], { size: 8.8, minHeight: 12, leading: 1.25 });
    d.move(1.5);
    d.hline(d.y, d.left, d.right, 0.3, GRAY);
    d.line(x.label - 6, top, x.label - 6, d.y, 0.3, GRAY);
    d.line(x.value - 6, top, x.value - 6, d.y, 0.3, GRAY);
  };
  const head = d.y;
  d.row([{ x: x.nr, text: 'Nr.', bold: true }, { x: x.label, text: 'Datenfeld', bold: true }, { x: x.value, text: 'Eintrag im Melderegister', bold: true }], { size: 8.5, minHeight: 15 });
  d.hline(d.y, d.left, d.right, 0.7);
  group('Angaben zur Person');
  field(ctx.pick(['Familienname', 'Name'], ['Familienname (derzeit)']), child.last, introName ? undefined : 'name');
  field('Vornamen', child.first);
  field(ctx.pick(['Geburtsdatum', 'Tag der Geburt'], ['Geburtstag']), ctx.ndate(child.birth), 'geburtsdatum');
  field('Geburtsort', child.birthPlace);
  field('Geschlecht', child.gender === 'f' ? 'weiblich' : 'männlich');
  field('Staatsangehörigkeit(en)', m.staat);
  group('Gegenwärtige Wohnung');
  field('Anschrift', `${m.address.street} ${m.address.no}\n${m.address.plz} ${city}`, 'anschrift');
  field('Wohnungsstatus', rng.pick(['alleinige Wohnung', 'Hauptwohnung']));
  field(ctx.pick(['Einzugsdatum', 'Tag des Einzugs'], ['bezogen am']), ctx.ndate(m.einzug), 'einzugsdatum');
  field('Datum der Anmeldung', bornHere ? `${ctx.ndate(anmeldung)} (Mitteilung des Standesamts)` : ctx.ndate(anmeldung));
  field('Zuzug aus', bornHere ? 'Geburt' : `${prev.address.plz} ${prev.address.city}`);
  if (!bornHere) {
    group('Letzte frühere Wohnung');
    field('Anschrift', `${prev.address.street} ${prev.address.no}, ${prev.address.plz} ${prev.address.city}`);
    field('Auszugsdatum', ctx.ndate(prev.bis));
  }
  group('Gesetzliche Vertreter');
  const rep = (p: fake.Person, a: fake.Address, same: boolean) =>
    `${p.last}, ${p.first}${p.title ? `, ${p.title}` : ''}, geboren am ${ctx.ndate(p.birth)}\n${same ? 'wohnhaft in derselben Wohnung' : `${a.street} ${a.no}, ${a.plz} ${a.city}`}`;
  field(parentA.gender === 'f' ? 'Mutter' : 'Vater', rep(parentA, m.address, true));
  field(parentB.gender === 'f' ? 'Mutter' : 'Vater', rep(parentB, bAddress, together));
  group('Weitere Angaben');
  field('Familienstand', 'ledig');
  field('Übermittlungs- und Auskunftssperren', rng.pick(['keine', 'keine', 'keine eingetragen']));
  d.rect(d.left, head, d.contentWidth, d.y - head, { stroke: [0, 0, 0], lineWidth: 0.6 });
  d.move(10);
  // the seal beside the closing notes, the clerk's name typed under them
  d.ensure(56);
  const sy = d.y;
  const w = d.contentWidth - 110;
  d.para(`Verwendungszweck: ${rng.pick(['Vorlage bei der Wohngeldbehörde', 'Vorlage bei der Familienkasse', 'Vorlage bei der Schule', 'Antrag auf Wohngeld'])}. Die Bescheinigung gibt den Stand des Melderegisters am Tag der Ausstellung wieder.`, { size: 8.5, width: w });
  d.para(`Gebühr nach der Verwaltungskostensatzung: ${ctx.money(m.gebuehr)}, ${rng.pick(['bar bezahlt', 'mit Karte bezahlt', 'per Überweisung beglichen'])} (Kassenzeichen ${rng.digits(3)}.${rng.digits(6)}).`, { size: 8.5, width: w });
  d.write(`Im Auftrag   gez. ${fake.fullName(fake.person(rng))}, Sachbearbeitung Meldewesen`, { size: 8.5 });
  d.rect(d.right - 80, sy - 2, 62, 50, { stroke: [0.3, 0.3, 0.6], lineWidth: 0.9 });
  d.text(d.right - 49, sy + 26, 'Dienstsiegel', { size: 7, align: 'center', color: [0.3, 0.3, 0.6] });
  d.y = Math.max(d.y, sy + 50);
  footer(d, [[issuer, unit], [`${office.street} ${office.no}, ${office.plz} ${city}`, `Telefon ${fake.phone(rng)}`], [`Bescheinigungs-Nr. ${nr}`]], 'Seite x von y');
  truth(ctx, m);
}

/** a round seal of `r` points at (cx, cy), drawn as a polygon */
function roundSeal(ctx: Ctx, cx: number, cy: number, r: number, color: readonly [number, number, number]): void {
  const d = ctx.doc;
  for (const rr of [r, r - 4]) {
    let px = cx + rr;
    let py = cy;
    for (let k = 1; k <= 48; k++) {
      const a = (k / 48) * 2 * Math.PI;
      const nx = cx + rr * Math.cos(a);
      const ny = cy + rr * Math.sin(a);
      d.line(px, py, nx, ny, 0.8, color);
      px = nx;
      py = ny;
    }
  }
}

/**
 * K (holdout, blind 7): a small town's certificate on security paper, laid out as a printed
 * sentence with gaps: the typed values stand on dotted lines with their captions in small print
 * under them (surname, given names, birth name, birth date and place; "seit dem" the move-in day;
 * street, post code, town), the kind of flat as three check boxes, then the day of the
 * registration and where the person came from with the former flat's move-out day; further
 * particulars on request (family status with the day of the marriage, an earlier surname with the
 * day it changed, nationality); the purpose ticked in a row of boxes, fee, a round seal.
 */
function blind7LueckentextSicherheitspapier(ctx: Ctx): void {
  const m = draw(ctx);
  const rng = ctx.rng;
  const p = m.person;
  p.title = undefined;
  const [town, kind] = rng.pick([
    ['Grimma', 'Große Kreisstadt'], ['Borna', 'Große Kreisstadt'], ['Pirna', 'Große Kreisstadt'], ['Freiberg', 'Große Kreisstadt'],
    ['Markkleeberg', 'Stadt'], ['Merseburg', 'Stadt'], ['Suhl', 'Stadt'], ['Fulda', 'Stadt'], ['Rosenheim', 'Stadt'],
    ['Ravensburg', 'Stadt'], ['Bautzen', 'Große Kreisstadt'], ['Weimar', 'Universitätsstadt'], ['Greifswald', 'Universitäts- und Hansestadt'],
    ['Flensburg', 'Stadt'], ['Plauen', 'Große Kreisstadt'],
  ] as const);
  m.address = fake.address(rng, { city: town });
  const issuer = `${kind} ${town}`;
  const unit = rng.pick(['Bürgerbüro', 'Bürgerservice – Meldebehörde', 'Einwohnermeldeamt', 'Bürgeramt']);
  const office = fake.sameCityAddress(rng, m.address);
  // a married person who took the spouse's name keeps the earlier one in the register
  const adult = addDays(p.birth, 20 * 365);
  const married = adult < addDays(ctx.today, -60) && (m.familienstand === 'verheiratet' || rng.chance(0.35));
  if (married) m.familienstand = 'verheiratet';
  else if (m.familienstand === 'verheiratet') m.familienstand = 'ledig';
  // the wedding lies between the twentieth birthday and a month ago, near the move into the flat
  let marriage = addDays(m.einzug, -rng.int(-400, 2400));
  if (marriage > addDays(ctx.today, -30)) marriage = addDays(ctx.today, -rng.int(30, 200));
  if (marriage < adult) marriage = addDays(adult, rng.int(0, 400));
  const renamed = married && rng.chance(0.6);
  const earlierName = renamed ? (p.birthName ?? rng.pick(['Weber', 'Lorenz', 'Kühn', 'Seidel', 'Hahn', 'Vogt', 'Pohl', 'Brandt'])) : undefined;
  if (renamed && !p.birthName && p.gender === 'f') p.birthName = earlierName;
  const anmeldung = addDays(m.einzug, rng.int(0, 14));
  const prev = m.previous[0];
  const moveOut = prev.bis;
  const status = rng.weighted([['alleinige Wohnung', 6], ['Hauptwohnung', 2]] as const);
  const ink: [number, number, number] = [0.1, 0.1, 0.35];
  const d = ctx.start({ family: 'helvetica', size: 9.5, margins: { left: 58, right: 52, top: 50, bottom: 70 } });
  // security paper: fine wave bands in a pale green over the whole sheet
  const pale: [number, number, number] = [0.86, 0.92, 0.87];
  for (let band = 0; band < 26; band++) {
    const base = 120 + band * 26;
    const phase = band * 0.7;
    let px = 20;
    let py = base + 6 * Math.sin(phase);
    for (let x = 26; x <= d.width - 20; x += 6) {
      const ny = base + 6 * Math.sin(x / 22 + phase) + 2.5 * Math.sin(x / 7.5);
      d.line(px, py, x, ny, 0.35, pale);
      px = x;
      py = ny;
    }
  }
  // letterhead: a small coat of arms, the town, the office
  d.rect(d.left, 38, 20, 24, { stroke: [0.25, 0.25, 0.25], fill: [0.95, 0.85, 0.4], lineWidth: 0.6 });
  d.line(d.left, 50, d.left + 20, 50, 0.6, [0.25, 0.25, 0.25]);
  d.text(d.left + 28, 49, issuer, { size: 13, bold: true });
  d.text(d.left + 28, 61, `${unit} · ${office.street} ${office.no} · ${office.plz} ${town}`, { size: 8, color: GRAY });
  const no = `${rng.digits(4)}/${ctx.today.slice(0, 4)}`;
  d.text(d.right, 49, `Nr. ${no}`, { size: 8.5, align: 'right' });
  d.y = 100;
  d.text(d.width / 2, d.y + 16, ctx.pick(['M E L D E B E S C H E I N I G U N G', 'Meldebescheinigung'], ['Bescheinigung über die Wohnungsmeldung']), { size: 16, bold: true, align: 'center' });
  d.text(d.width / 2, d.y + 30, '(einfache Meldebescheinigung nach § 18 Abs. 1 des Bundesmeldegesetzes)', { size: 8, align: 'center', color: GRAY });
  d.y = 158;
  d.write('Es wird bescheinigt, dass', { size: 10 });
  d.move(6);
  // a typed value on a dotted line, its caption in small print under it
  const slot = (x: number, w: number, value: string, caption: string, field?: string) => {
    const base = d.y + 12;
    if (value) d.text(x + 2, base, value, { size: 10.5, font: 'courier-bold', color: ink, field });
    for (let dx = 0; dx < w; dx += 3) d.line(x + dx, base + 3, x + dx + 1.2, base + 3, 0.5, [0.3, 0.3, 0.3]);
    d.text(x, base + 11, caption, { size: 6.5, color: GRAY });
  };
  const L = d.left;
  const W = d.contentWidth;
  const line = (cells: [number, number, string, string, string?][], gap = 30) => {
    d.ensure(gap + 10);
    for (const [x, w, v, c, f] of cells) slot(L + x, w, v, c, f);
    d.y += gap;
  };
  line([[0, W * 0.45, p.last, 'Familienname', 'name'], [W * 0.5, W * 0.5, p.first, 'Vornamen']]);
  line([[0, W * 0.3, p.birthName && p.birthName !== p.last ? p.birthName : '', 'Geburtsname (falls abweichend)'], [W * 0.35, W * 0.2, ctx.ndate(p.birth), 'Geburtsdatum', 'geburtsdatum'], [W * 0.6, W * 0.4, p.birthPlace, 'Geburtsort']]);
  d.write('wohnhaft ist und seit dem', { size: 10 });
  d.move(2);
  line([[0, W * 0.3, ctx.ndate(m.einzug), ctx.pick(['Tag des Einzugs', 'Einzugsdatum'], ['Tag des Bezugs der Wohnung']), 'einzugsdatum']]);
  d.write('in folgender Wohnung', { size: 10 });
  d.move(2);
  line([[0, W * 0.55, `${m.address.street} ${m.address.no}`, 'Straße, Hausnummer', 'anschrift'], [W * 0.6, W * 0.12, m.address.plz, 'Postleitzahl'], [W * 0.76, W * 0.24, town, 'Gemeinde']]);
  d.ensure(30);
  const by = d.y + 11;
  d.text(L, by, 'mit', { size: 10 });
  const boxes: [string, boolean][] = [['alleiniger Wohnung', status === 'alleinige Wohnung'], ['Hauptwohnung', status === 'Hauptwohnung'], ['Nebenwohnung', false]];
  let bx = L + 24;
  for (const [label, checked] of boxes) {
    d.checkbox(bx, by, checked);
    d.text(bx + 13, by, label, { size: 9.5 });
    bx += 26 + d.measure(label, { size: 9.5 });
  }
  d.text(bx + 4, by, 'gemeldet ist.', { size: 10 });
  d.y += 28;
  d.write('Die Anmeldung wurde vorgenommen am', { size: 10 });
  d.move(2);
  line([[0, W * 0.25, ctx.ndate(anmeldung), 'Tag der Anmeldung'], [W * 0.3, W * 0.7, `${prev.address.plz} ${prev.address.city}, ${prev.address.street} ${prev.address.no}`, 'Zuzug aus (frühere Wohnung)']]);
  line([[0, W * 0.25, ctx.ndate(moveOut), 'Auszug aus der früheren Wohnung']]);
  d.move(4);
  // further particulars the person asked to have printed
  d.ensure(90);
  d.rect(L, d.y, W, 14, { fill: [0.93, 0.95, 0.93] });
  d.text(L + 4, d.y + 10, 'Auf Verlangen der meldepflichtigen Person werden außerdem bescheinigt:', { size: 8.5, bold: true });
  d.y += 18;
  const extra: [string, string][] = [
    ['Familienstand', married ? `verheiratet seit ${ctx.ndate(marriage)}` : m.familienstand],
    ...(renamed ? ([['frühere Familiennamen', `${earlierName} (geändert am ${ctx.ndate(marriage)})`]] as [string, string][]) : []),
    ['Staatsangehörigkeit(en)', m.staat],
    ['Geschlecht', p.gender === 'f' ? 'weiblich' : 'männlich'],
  ];
  for (const [l, v] of extra) d.row([{ x: L + 4, text: l, size: 8.5, color: GRAY }, { x: L + 150, text: v, size: 9, font: 'courier-bold', color: ink }], { minHeight: 13 });
  d.move(8);
  d.ensure(70);
  d.write('Die Bescheinigung wird ausgestellt zur Vorlage bei', { size: 9 });
  const purposes = ['Wohngeldstelle', 'Arbeitgeber', 'Kfz-Zulassung', 'Krankenkasse', 'Sonstiges'];
  const chosen = rng.pick([0, 0, 0, 1, 3, 4]);
  bx = L;
  const py = d.y + 10;
  purposes.forEach((label, i) => {
    d.checkbox(bx, py, i === chosen);
    d.text(bx + 13, py, label, { size: 9 });
    bx += 28 + d.measure(label, { size: 9 });
  });
  d.y += 22;
  d.para(`Verwaltungsgebühr: ${ctx.money(m.gebuehr)} – ${rng.pick(['bar vereinnahmt', 'per EC-Karte bezahlt'])}, Quittungs-Nr. ${rng.digits(6)}. Die Bescheinigung ist nur mit Dienstsiegel gültig und gibt den Stand des Melderegisters am Tag der Ausstellung wieder.`, { size: 8 });
  d.move(14);
  d.ensure(80);
  const sy = d.y;
  slot(L, 170, `${town}, ${ctx.ndate(ctx.today)}`, 'Ort, Datum');
  d.y = sy;
  slot(L + 260, W - 260, '', 'Unterschrift (im Auftrag)');
  d.text(L + 268, sy + 8, fake.fullName(fake.person(rng)), { size: 9, font: 'helvetica-italic', color: ink });
  const sealColor: [number, number, number] = [0.3, 0.35, 0.65];
  roundSeal(ctx, L + 215, sy + 50, 26, sealColor);
  d.text(L + 215, sy + 48, town, { size: 6.5, align: 'center', color: sealColor });
  d.text(L + 215, sy + 56, 'Siegel', { size: 6, align: 'center', color: sealColor });
  d.y = sy + 80;
  footer(d, [[issuer, unit], [`${office.street} ${office.no}, ${office.plz} ${town}`, `Telefon ${fake.phone(rng)}`], ['Öffnungszeiten: Mo, Mi, Fr 8–12 Uhr', 'Di 9–18 Uhr, Do 13–16 Uhr']], 'none');
  truth(ctx, m);
}

/**
 * L (holdout, blind 8): the printout of a municipal register program on landscape A4, made at the
 * counter: a dark program bar (procedure, workstation, user), the record's number and the register's
 * state; three framed panels side by side (the person with surname and given names apart; the
 * flat with its status, an addressing addition, the day it was moved into beside the day of the
 * registration and the landlord who confirmed it; the former flat with its move-out day and the
 * town moved from); under them a history of registration events in date order (birth, marriage,
 * the move into the former flat and out of it, the move into the present one, the ID card issued
 * with its expiry, earlier certificates), fee with cash register number, signature and seal.
 */
function blind8RegisterprogrammQuer(ctx: Ctx): void {
  const m = draw(ctx);
  const rng = ctx.rng;
  const p = m.person;
  const d = ctx.start({ family: 'helvetica', size: 8.5, pageSize: [841.89, 595.28], margins: { left: 34, right: 34, top: 30, bottom: 40 } });
  const town = m.address.city;
  const issuer = rng.pick([`Stadt ${town}`, `Stadtverwaltung ${town}`, `Gemeinde ${town}`, `Landeshauptstadt ${town}`]);
  const unit = rng.pick(['Bürgerbüro', 'Bürgeramt – Meldewesen', 'Einwohnermeldeamt', 'Bürgerservice']);
  const procedure = rng.pick(['EWO-Verfahren', 'Einwohnerwesen', 'MELDEWESEN', 'Einwohner-Informationssystem']);
  const station = `${rng.pick(['BB', 'EMA', 'BS'])}-${String(rng.int(1, 14)).padStart(2, '0')}`;
  const user = `${rng.pick(['kue', 'sch', 'mb', 'lehm', 'wag', 'hof'])}${rng.int(1, 9)}`;
  const clock = `${rng.int(8, 17)}:${String(rng.int(0, 59)).padStart(2, '0')}`;
  const ordnung = `${rng.digits(4)} ${rng.digits(4)} ${rng.digits(3)}`;
  const anmeldung = addDays(m.einzug, rng.int(1, 13));
  const prev = m.previous[0];
  const prevEinzug = prev.von;
  const status = rng.pick(['alleinige Wohnung', 'alleinige Wohnung', 'Hauptwohnung']);
  const zusatz = rng.pick(['', '', `${rng.pick(['1. OG', '2. OG', 'EG', '3. OG', 'DG'])} ${rng.pick(['links', 'rechts', 'Mitte'])}`, `${rng.pick(['Vorderhaus', 'Hinterhaus', 'Seitenflügel'])}`, `bei ${fake.person(rng).last}`]);
  const ll = fake.landlordOrganisation(rng, town);
  const wohnungsgeber = rng.chance(0.6) ? ll : fake.fullName(fake.person(rng, { bornFrom: 1945, bornTo: 1985 }));
  // nobody under twenty is printed as married; a wedding lies between that birthday and the move
  const adult = addDays(p.birth, 20 * 365);
  const married = m.familienstand === 'verheiratet' && adult < addDays(ctx.today, -90);
  if (m.familienstand === 'verheiratet' && !married) m.familienstand = 'ledig';
  let marriage = addDays(m.einzug, -rng.int(-300, 2000));
  if (marriage < adult) marriage = addDays(adult, rng.int(30, 400));
  if (marriage > addDays(ctx.today, -30)) marriage = addDays(ctx.today, -rng.int(30, 90));
  const ausweis = addDays(ctx.today, -rng.int(100, 3000));
  const ausweisBis = addDays(ausweis, 10 * 365 + rng.int(-2, 2));
  const earlier = rng.chance(0.5) ? addDays(anmeldung, rng.int(5, 200)) : undefined;

  // the program's bar and the office line under it
  const dark: readonly [number, number, number] = rng.pick([[0.16, 0.22, 0.32], [0.2, 0.2, 0.2], [0.05, 0.3, 0.35]] as const);
  d.rect(0, 0, d.width, 22, { fill: dark });
  d.text(d.left, 15, `${procedure} · Auskunft / Bescheinigung`, { size: 8.5, bold: true, color: [1, 1, 1] });
  d.text(d.right, 15, `Arbeitsplatz ${station} · Benutzer ${user} · ${ctx.ndate(ctx.today)} ${clock}`, { size: 7.5, align: 'right', color: [1, 1, 1] });
  d.text(d.left, 44, issuer, { size: 12, bold: true });
  d.text(d.left, 56, `${unit} · ${fake.sameCityAddress(rng, m.address).street} ${rng.int(1, 60)}, ${m.address.plz} ${town}`, { size: 8, color: GRAY });
  d.text(d.right, 44, ctx.pick(['Meldebescheinigung', 'Einfache Meldebescheinigung'], ['Bescheinigung aus dem Melderegister', 'Meldebescheinigung (Registerausdruck)']), { size: 14, bold: true, align: 'right' });
  d.text(d.right, 56, 'nach § 18 Abs. 1 Bundesmeldegesetz – Daten der betroffenen Person', { size: 7.5, align: 'right', color: GRAY });
  d.hline(64, d.left, d.right, 0.8);
  d.text(d.left, 76, `Ordnungsmerkmal ${ordnung}`, { size: 8 });
  d.text(d.left + 200, 76, `Stand des Melderegisters: ${ctx.ndate(ctx.today)}, ${clock} Uhr`, { size: 8 });
  d.text(d.right, 76, `Vorgang ${rng.digits(7)}`, { size: 8, align: 'right', color: GRAY });

  // three panels side by side
  const gap = 10;
  const pw = (d.contentWidth - 2 * gap) / 3;
  const top = 88;
  const rowH = 13.5;
  const panel = (i: number, title: string, rows: [string, Cell][]) => {
    const x = d.left + i * (pw + gap);
    d.rect(x, top, pw, 15, { fill: [0.88, 0.9, 0.93] });
    d.text(x + 6, top + 10.5, title, { size: 8.5, bold: true });
    rows.forEach(([label, value], j) => {
      const y = top + 28 + j * rowH;
      const v = typeof value === 'string' ? { text: value } : value;
      d.text(x + 6, y, label, { size: 7.5, color: GRAY });
      // a long landlord's name is printed smaller, as the program shrinks it into the cell
      const room = pw - 100;
      const size = Math.min(8.5, (8.5 * room) / Math.max(1, d.measure(v.text || '–', { size: 8.5 })));
      d.text(x + 96, y, v.text || '–', { size, field: v.field, bold: !!v.field && i === 0 && j === 0 });
      d.hline(y + 4, x + 4, x + pw - 4, 0.2, LIGHT);
    });
    return rows.length;
  };
  const nameRows: [string, Cell][] = [
    [ctx.pick(['Familienname', 'Name'], ['Nachname']), { text: p.last, field: 'name' }],
    [ctx.pick(['Vornamen', 'Vorname(n)'], ['Vornamen (Rufname)']), p.first],
    ['Geburtsname', p.birthName && p.birthName !== p.last ? p.birthName : ''],
    ['Doktorgrad', p.title ?? ''],
    [ctx.pick(['Geburtsdatum', 'geboren am'], ['Tag der Geburt']), { text: ctx.ndate(p.birth), field: 'geburtsdatum' }],
    ['Geburtsort', p.birthPlace],
    ['Geschlecht', p.gender === 'f' ? 'weiblich' : 'männlich'],
    ['Staatsangehörigkeit', m.staat],
    ['Familienstand', m.familienstand],
  ];
  const flatRows: [string, Cell][] = [
    ['Wohnungsstatus', status],
    [ctx.pick(['Straße, Hausnummer', 'Straße / Hausnr.'], ['Anschrift der Wohnung']), { text: `${m.address.street} ${m.address.no}`, field: 'anschrift' }],
    ['Adressierungszusatz', zusatz],
    ['PLZ, Gemeinde', `${m.address.plz} ${town}`],
    [ctx.pick(['Einzugsdatum', 'Tag des Einzugs'], ['bewohnt seit', 'Einzug in die Wohnung']), { text: ctx.ndate(m.einzug), field: 'einzugsdatum' }],
    [rng.pick(['Anmeldung am', 'Tag der Anmeldung', 'angemeldet am']), ctx.ndate(anmeldung)],
    ['Wohnungsgeber', wohnungsgeber],
    ['Bestätigung (§ 19 BMG)', rng.pick(['liegt vor', 'vorgelegt', 'schriftlich'])],
  ];
  const prevRows: [string, Cell][] = [
    ['Straße, Hausnummer', `${prev.address.street} ${prev.address.no}`],
    ['PLZ, Gemeinde', `${prev.address.plz} ${prev.address.city}`],
    ['Wohnungsstatus', 'alleinige Wohnung'],
    ['bewohnt ab', ctx.ndate(prevEinzug)],
    [rng.pick(['Auszug', 'Auszugsdatum', 'ausgezogen am']), ctx.ndate(prev.bis)],
    ['Art des Wechsels', prev.address.city === town ? 'Umzug innerhalb der Gemeinde' : 'Zuzug aus anderer Gemeinde'],
  ];
  const n = Math.max(panel(0, '1  Person', nameRows), panel(1, '2  Derzeitige Wohnung', flatRows), panel(2, '3  Letzte frühere Wohnung', prevRows));
  const bottom = top + 28 + (n - 1) * rowH + 8;
  for (let i = 0; i < 3; i++) d.rect(d.left + i * (pw + gap), top, pw, bottom - top, { stroke: [0.4, 0.4, 0.4], lineWidth: 0.5 });

  // the history of registration events
  d.y = bottom + 12;
  d.write(rng.pick(['4  Meldevorgänge (chronologisch)', '4  Historie der Meldedaten (Auszug)']), { bold: true, size: 8.5 });
  const events: [IsoDate, string, string, IsoDate | undefined][] = [
    [p.birth, 'Geburt', p.birthPlace, undefined],
    [prevEinzug, 'Einzug', `${prev.address.street} ${prev.address.no}, ${prev.address.plz} ${prev.address.city}`, addDays(prevEinzug, rng.int(1, 14))],
    [prev.bis, 'Auszug', `${prev.address.street} ${prev.address.no}, ${prev.address.plz} ${prev.address.city}`, anmeldung],
    [m.einzug, 'Einzug', `${m.address.street} ${m.address.no}, ${m.address.plz} ${town} (${status})`, anmeldung],
    [ausweis, 'Personalausweis ausgestellt', `Seriennummer ${rng.pick(['L', 'T', 'C'])}${rng.digits(2)}${rng.pick(['X', 'K', 'M'])}${rng.digits(5)}, gültig bis ${ctx.ndate(ausweisBis)}`, ausweis],
  ];
  if (married) events.push([marriage, 'Eheschließung', `Standesamt ${rng.pick([town, prev.address.city])}`, addDays(marriage, rng.int(3, 30))]);
  if (earlier) events.push([earlier, 'Meldebescheinigung erteilt', 'einfache Meldebescheinigung (§ 18 Abs. 1 BMG)', earlier]);
  events.sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  const cx = { nr: d.left + 4, date: d.left + 34, what: d.left + 110, note: d.left + 260, done: d.right - 4 };
  const headTop = d.y;
  d.rect(d.left, headTop, d.contentWidth, 13, { fill: [0.88, 0.9, 0.93] });
  d.row([
    { x: cx.nr, text: 'lfd.', bold: true },
    { x: cx.date, text: 'Datum', bold: true },
    { x: cx.what, text: 'Vorgang', bold: true },
    { x: cx.note, text: 'Inhalt / Bemerkung', bold: true },
    { x: cx.done, text: 'erfasst am', bold: true, align: 'right' },
  ], { size: 8, minHeight: 13 });
  events.forEach(([date, what, note, done], i) => {
    d.row([
      { x: cx.nr, text: String(i + 1) },
      { x: cx.date, text: ctx.ndate(date) },
      { x: cx.what, text: what },
      { x: cx.note, text: note, width: cx.done - cx.note - 70 },
      { x: cx.done, text: done ? ctx.ndate(done) : '', align: 'right' },
    ], { size: 8, minHeight: 12 });
    d.hline(d.y - 1.5, d.left, d.right, 0.2, GRAY);
  });
  d.rect(d.left, headTop, d.contentWidth, d.y - headTop, { stroke: [0.4, 0.4, 0.4], lineWidth: 0.5 });

  // fee, purpose, signature and seal
  d.move(10);
  const sy = d.y;
  d.para(`Die Bescheinigung gibt die im Melderegister gespeicherten Daten am Tag der Ausstellung wieder. Sie wird auf Antrag der betroffenen Person erteilt${rng.chance(0.6) ? ', Verwendungszweck laut Antrag: Vorlage bei der Wohngeldbehörde' : ''}. Gebühr ${ctx.money(m.gebuehr)}, ${rng.pick(['bar bezahlt', 'EC-Zahlung'])}, Kassenzeichen ${rng.digits(3)}.${rng.digits(6)}.${rng.digits(1)}.`, { size: 8, width: d.contentWidth * 0.55 });
  const sx = d.left + d.contentWidth * 0.62;
  d.text(sx, sy + 10, `${town}, ${ctx.ndate(ctx.today)}`, { size: 8.5 });
  d.text(sx, sy + 22, 'Im Auftrag', { size: 8.5 });
  d.text(sx, sy + 38, fake.fullName(fake.person(rng)), { size: 9, font: 'helvetica-italic', color: [0.15, 0.2, 0.55] });
  d.hline(sy + 42, sx, sx + 150, 0.4, GRAY);
  const seal: readonly [number, number, number] = [0.3, 0.35, 0.65];
  roundSeal(ctx, d.right - 40, sy + 26, 24, seal);
  d.text(d.right - 40, sy + 25, 'Dienst-', { size: 6, align: 'center', color: seal });
  d.text(d.right - 40, sy + 32, 'siegel', { size: 6, align: 'center', color: seal });
  d.onEveryPage((doc, page, pages) => {
    doc.text(doc.left, doc.height - 20, `${procedure} · Ausdruck ${ctx.ndate(ctx.today)} ${clock} · ${station}/${user}`, { size: 6.5, color: GRAY });
    doc.text(doc.right, doc.height - 20, `Blatt ${page}/${pages}`, { size: 6.5, color: GRAY, align: 'right' });
  });
  truth(ctx, m);
}

/**
 * M (holdout, blind 9): a city's simple certificate applied for and collected at the counter by an
 * authorised person: the city's arms and office at the top, the process number and the day of issue
 * at the right; a line naming the authorised person with birth date, the written power of attorney's
 * day and the identity card shown with its expiry; the registered person's data as labels ending in
 * a colon, right-aligned against the values, in two groups (person; flat with its status, the day it
 * was moved into, the day of moving into the town and where from, an earlier flat in the same town
 * with its move-out day); the clerk, the seal; below a dashed cut line the fee receipt with cash
 * number, payer (the authorised person), the payment's day and time.
 */
function blind9BevollmaechtigteQuittung(ctx: Ctx): void {
  const rng = ctx.rng;
  const m = draw(ctx);
  const p = m.person;
  const town = m.address.city;
  const agent = fake.person(rng, { bornFrom: 1950, bornTo: 2004, last: rng.chance(0.45) ? p.last : undefined });
  agent.title = undefined;
  const agentAddress = rng.chance(0.5) ? fake.sameCityAddress(rng, m.address) : fake.address(rng);
  const power = addDays(ctx.today, -rng.int(1, 40));
  const idExpiry = addDays(ctx.today, rng.int(90, 3300));
  const idNo = `L${rng.pick(['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', 'C', 'F', 'G', 'H', 'J', 'K'])}${rng.pick(['X', 'Z', 'T', 'V'])}${rng.digits(6)}`;
  // moved inside the town (an earlier flat there with its move-out day) or from elsewhere
  const withinTown = rng.chance(0.5);
  const earlier = withinTown ? { address: fake.sameCityAddress(rng, m.address), von: addDays(m.einzug, -rng.int(300, 3800)), bis: addDays(m.einzug, -rng.int(0, 2)) } : undefined;
  const zuzug = earlier ? earlier.von : m.einzug;
  const from = withinTown ? undefined : m.previous[0].address;
  const [title, unit] = rng.pick([
    [`Stadt ${town}`, 'Bürgerservice – Meldebehörde'],
    [`Stadt ${town}`, 'Amt für Bürgerdienste, Einwohnerwesen'],
    [`Stadtverwaltung ${town}`, 'Bürgeramt – Meldestelle'],
    [`Gemeinde ${town}`, 'Einwohnermeldeamt'],
  ] as const);
  const office = fake.sameCityAddress(rng, m.address);
  const vorgang = `${ctx.today.slice(0, 4)}-${rng.digits(7)}`;
  const clerk = fake.person(rng);
  const time = `${rng.int(8, 17)}:${String(rng.int(0, 59)).padStart(2, '0')}`;
  const ink: [number, number, number] = rng.pick([[0.1, 0.25, 0.5], [0.5, 0.1, 0.1], [0.1, 0.35, 0.2]]);

  const d = ctx.start({ family: rng.pick(['helvetica', 'times']), size: 10, margins: { left: 64, right: 56, top: 60, bottom: 60 } });
  // the arms: a small shield
  const sx = d.left;
  d.rect(sx, 40, 26, 22, { fill: ink });
  d.line(sx, 62, sx + 13, 74, 1.2, ink);
  d.line(sx + 26, 62, sx + 13, 74, 1.2, ink);
  d.line(sx + 13, 44, sx + 13, 70, 1.5, [1, 1, 1]);
  d.text(sx + 36, 52, title, { size: 13, bold: true });
  d.text(sx + 36, 65, unit, { size: 9 });
  d.text(sx + 36, 76, `${office.street} ${office.no} · ${office.plz} ${town}`, { size: 8, color: GRAY });
  const right: [string, string][] = [
    ['Vorgangsnummer', vorgang],
    ['Ausgestellt am', ctx.ndate(ctx.today)],
    ['Sachbearbeitung', `${clerk.first.charAt(0)}. ${clerk.last}`],
  ];
  right.forEach(([l, v], i) => {
    d.text(d.right - 92, 46 + i * 13, `${l}:`, { size: 7.5, color: GRAY, align: 'right' });
    d.text(d.right - 86, 46 + i * 13, v, { size: 8.5 });
  });
  d.hline(90, d.left, d.right, 0.8, ink);
  d.y = 118;
  d.write(ctx.pick(['Meldebescheinigung'], ['Einfache Meldebescheinigung', 'Bescheinigung aus dem Melderegister']), { size: 17, bold: true });
  d.write('gemäß § 18 Absatz 1 des Bundesmeldegesetzes (BMG)', { size: 9, color: GRAY });
  d.move(10);
  // the authorised person who asked for it and took it away
  const agentTop = d.y;
  d.para(`Beantragt und in Empfang genommen durch ${agent.gender === 'f' ? 'Frau' : 'Herrn'} ${agent.first} ${agent.last}, geboren am ${ctx.ndate(agent.birth)}, wohnhaft ${fake.addressLine(agentAddress)}, als bevollmächtigte Person aufgrund schriftlicher Vollmacht vom ${ctx.ndate(power)}. Ausgewiesen durch Personalausweis Nr. ${idNo}, gültig bis ${ctx.ndate(idExpiry)}.`, { size: 8.5, x: d.left + 8, width: d.contentWidth - 16, after: 4 });
  d.rect(d.left, agentTop - 4, d.contentWidth, d.y - agentTop + 6, { stroke: [0.55, 0.55, 0.55], lineWidth: 0.5 });
  d.move(14);
  d.para(`Für die nachstehend bezeichnete Person ${ctx.pick(['sind im Melderegister folgende Daten gespeichert'], ['enthält das Melderegister am Tag der Ausstellung folgende Eintragungen', 'weist das Melderegister Folgendes aus'])}:`);
  const lx = d.left + 168;
  const vx = lx + 10;
  const group = (heading: string) => {
    d.move(4);
    d.text(d.left, d.y + 10, heading, { size: 10, bold: true, color: ink });
    d.hline(d.y + 14, d.left, d.right, 0.4, ink);
    d.y += 20;
  };
  const item = (label: string, value: string, field?: string) => {
    d.row([
      { x: lx, text: `${label}:`, align: 'right', color: GRAY, size: 9 },
      { x: vx, text: value, field, width: d.right - vx },
    ], { minHeight: 15 });
  };
  const combined = rng.chance(0.5);
  group('Angaben zur Person');
  if (combined) item('Name, Vornamen', ctx.name(p, 'last-first'), 'name');
  else {
    item('Familienname', p.last, 'name');
    item('Vornamen', p.first);
  }
  if (p.title) item('Doktorgrad', p.title);
  if (p.birthName) item('Geburtsname', p.birthName);
  if (rng.chance(0.5)) {
    item(ctx.pick(['Geburtsdatum'], ['Tag der Geburt', 'geboren am']), ctx.date(p.birth), 'geburtsdatum');
    item('Geburtsort', p.birthPlace);
  } else item('Geburtsdatum und -ort', `${ctx.v('geburtsdatum', ctx.date(p.birth))}, ${p.birthPlace}`);
  group('Wohnung');
  item('Straße, Hausnummer', `${m.address.street} ${m.address.no}`, 'anschrift');
  item('Postleitzahl, Ort', `${m.address.plz} ${town}`);
  item('Wohnungsstatus', rng.pick(['alleinige Wohnung', 'Hauptwohnung']));
  item(ctx.pick(['Einzugsdatum'], ['Einzug in diese Wohnung am', 'Datum des Wohnungsbezugs', 'bezogen seit']), ctx.date(m.einzug), 'einzugsdatum');
  item(`Zuzug nach ${town} am`, ctx.date(zuzug));
  if (from) item('zugezogen aus', `${from.plz} ${from.city}`);
  if (earlier) {
    item('vorherige Wohnung in der Gemeinde', `${earlier.address.street} ${earlier.address.no}, ${earlier.address.plz} ${town}`);
    item('dort ausgezogen am', ctx.date(earlier.bis));
  }
  d.move(10);
  d.para(`Die Bescheinigung gibt den Inhalt des Melderegisters am ${ctx.date(ctx.today)} wieder. Auskunfts- und Übermittlungssperren werden nicht bescheinigt. Sie ist zur Vorlage bei ${rng.pick(['der Wohngeldbehörde', 'einer Behörde', 'dem Arbeitgeber', 'der Familienkasse'])} bestimmt.`, { size: 8.5 });
  d.move(16);
  const sy = d.y;
  d.text(d.left, sy + 10, `${town}, ${ctx.ndate(ctx.today)}`, { size: 9.5 });
  d.text(d.left, sy + 24, 'Im Auftrag', { size: 9.5 });
  d.text(d.left, sy + 52, fake.fullName(clerk), { size: 9.5 });
  roundSeal(ctx, d.left + 300, sy + 30, 28, ink);
  d.text(d.left + 300, sy + 28, town.length > 14 ? town.split(/[ -]/)[0] : town, { size: 6, align: 'center', color: ink });
  d.text(d.left + 300, sy + 36, 'Dienstsiegel', { size: 5.5, align: 'center', color: ink });
  d.y = sy + 72;
  // the fee receipt under a cut line, at the foot of the page
  const rTop = Math.max(d.y + 14, d.height - d.margins.bottom - 104);
  if (rTop + 100 > d.height - 30) d.newPage();
  const top = d.page === 1 ? rTop : d.margins.top;
  for (let x = d.left; x < d.right; x += 7) d.line(x, top, Math.min(x + 4, d.right), top, 0.5, GRAY);
  d.text(d.right, top - 3, 'hier abtrennen', { size: 6, align: 'right', color: GRAY });
  d.text(d.left, top + 20, `Quittung – ${title}, ${unit.split(/[–,]/)[0].trim()}`, { size: 9.5, bold: true });
  const receipt: [string, string][] = [
    ['Kassenzeichen', `${rng.digits(3)}.${rng.digits(4)}.${rng.digits(4)}`],
    ['Leistung', 'Meldebescheinigung (einfach)'],
    ['Betrag', ctx.money(m.gebuehr)],
    ['eingezahlt von', `${agent.first} ${agent.last}`],
    ['Zahlungsart', rng.pick(['girocard', 'bar', 'Kreditkarte'])],
    ['Datum / Uhrzeit', `${ctx.ndate(ctx.today)}, ${time} Uhr`],
    ['Kassenplatz', `${rng.int(1, 12)}`],
  ];
  receipt.forEach(([l, v], i) => {
    const col = i < 4 ? 0 : 1;
    const row = i < 4 ? i : i - 4;
    const x = d.left + col * 240;
    d.text(x, top + 38 + row * 13, l, { size: 8, color: GRAY });
    d.text(x + 82, top + 38 + row * 13, v, { size: 8.5 });
  });
  d.text(d.right, top + 90, `Vorgang ${vorgang}`, { size: 7, align: 'right', color: GRAY });
  d.y = top + 96;
  truth(ctx, m);
}

/**
 * blind10: a Verbandsgemeinde's (Rhineland-Palatinate) certificate for a resident of one of its member
 * villages, posted after an online request: the administration's letterhead with a coloured bar, the
 * person in the window, a short cover letter naming the purpose (the district's Wohngeld office), then
 * a framed certificate whose items stand in Roman-numbered groups as label … value lines with dotted
 * leaders (typed dots or a drawn dotted rule); the flat with the village, the Verbandsgemeinde as
 * municipality of registration, the registration day beside the move-in day and the day of moving into
 * the Verbandsgemeinde; for the extended certificate the previous flat (often in another member
 * village) with its move-out day; fee with cash number, signature and a round seal.
 */
function blind10VerbandsgemeindePunktleisten(ctx: Ctx): void {
  const rng = ctx.rng;
  const [vg, seatPlz, members] = rng.pick([
    ['Bodenheim', '55294', [['55294', 'Bodenheim'], ['55296', 'Gau-Bischofsheim'], ['55296', 'Harxheim'], ['55296', 'Lörzweiler'], ['55299', 'Nackenheim']]],
    ['Nieder-Olm', '55268', [['55268', 'Nieder-Olm'], ['55270', 'Essenheim'], ['55270', 'Klein-Winternheim'], ['55270', 'Ober-Olm'], ['55270', 'Zornheim'], ['55271', 'Stadecken-Elsheim']]],
    ['Rhein-Selz', '55276', [['55276', 'Oppenheim'], ['55276', 'Dienheim'], ['55278', 'Mommenheim'], ['55283', 'Nierstein'], ['55278', 'Undenheim']]],
  ] as readonly (readonly [string, string, readonly (readonly [string, string])[]])[]);
  const seatTown = vg === 'Rhein-Selz' ? 'Oppenheim' : vg;
  const streets = ['Hauptstraße', 'Kirchgasse', 'Am Sportplatz', 'Rheinstraße', 'Weinbergstraße', 'Mainzer Straße', 'Schulstraße', 'Im Wingert', 'Untergasse', 'Obergasse', 'Bahnhofstraße', 'Am Rathaus', 'Lindenweg', 'Gartenstraße', 'Rosengasse', 'Pfarrgasse'];
  const villageAddress = (): fake.Address => {
    const [plz, city] = rng.pick(members);
    let street = rng.pick(streets);
    if (rng.chance(0.25)) street = street.replace(/straße$/, 'str.').replace(/ Straße$/, ' Str.');
    return { street, no: `${rng.int(1, 68)}${rng.chance(0.12) ? rng.pick(['a', 'b']) : ''}`, plz, city };
  };
  const person = fake.person(rng, { bornFrom: 1942, bornTo: 2005, titleChance: 0.05 });
  const address = villageAddress();
  const einzug = addDays(ctx.today, -rng.int(25, 3600));
  const angemeldet = addDays(einzug, rng.int(1, 13));
  const extended = rng.chance(0.6);
  // the flat before: in another member village (so the move into the Verbandsgemeinde is older) or elsewhere
  const inside = rng.chance(0.5);
  const prevAddress = inside ? villageAddress() : fake.address(rng);
  const auszug = addDays(einzug, -rng.int(0, 3));
  const zuzugVg = inside ? addDays(einzug, -rng.int(400, 5000)) : einzug;
  const antrag = addDays(ctx.today, -rng.int(1, 9));
  const kasse = `${rng.digits(2)}.${rng.digits(3)}.${rng.digits(6)}`;
  const fee = rng.pick([10, 12, 15]);
  const clerk = fake.person(rng);
  const office: fake.Address = { street: rng.pick(['Am Dollesplatz', 'Pariser Straße', 'Sant\'Ambrogio-Ring', 'Rathausplatz', 'Marktplatz']), no: String(rng.int(1, 20)), plz: seatPlz, city: seatTown };
  const [vgBankName, vgBlz] = rng.pick([['Sparkasse Mainz', '55050120'], ['Mainzer Volksbank eG', '55190000'], ['Sparkasse Worms-Alzey-Ried', '55350010']] as const);
  const vgIban = fake.germanIban(vgBlz, rng.digits(10));
  const kreis = 'Kreisverwaltung Mainz-Bingen';
  const color: [number, number, number] = rng.pick([[0.05, 0.3, 0.55], [0.55, 0.1, 0.12], [0.1, 0.4, 0.25]]);
  const nameCombined = rng.chance(0.5);
  const leaderDots = rng.chance(0.5);
  const family = rng.pick(['helvetica', 'times'] as const);

  const d = ctx.start({ family, size: 10, margins: { left: 66, right: 54, top: 58, bottom: 70 } });
  d.rect(d.left - 14, 36, 5, 44, { fill: color });
  d.text(d.left, 48, 'Verbandsgemeindeverwaltung', { size: 9, color: GRAY });
  d.text(d.left, 66, vg, { size: 18, bold: true, color });
  d.text(d.left, 78, ctx.pick(['Fachbereich 1 – Bürgerbüro, Meldewesen'], ['Bürgerbüro / Einwohnermeldeamt', 'Fachbereich Bürgerdienste – Meldebehörde']), { size: 8.5 });
  [`${office.street} ${office.no}`, `${office.plz} ${office.city}`, `Telefon 061${rng.pick(['35', '36', '33'])} ${rng.int(70, 79)}-${rng.int(100, 299)}`, `buergerbuero@vg-${vg.toLowerCase().replace(/ö/g, 'oe').replace(/[^a-z]+/g, '-')}.de`].forEach((l, i) => d.text(d.right, 46 + i * 10, l, { size: 8, align: 'right', color: GRAY }));
  returnLine(d, `VG-Verwaltung ${vg} · ${office.street} ${office.no} · ${office.plz} ${office.city}`);
  addressWindow(d, recipientLines(ctx, person, address));
  const info: [string, string][] = [
    ['Ihr Antrag vom', ctx.ndate(antrag)],
    ['Eingang über', rng.pick(['Online-Dienst', 'Bürgerportal RLP', 'E-Mail'])],
    ['Unser Zeichen', `1.3-${rng.digits(3)}/${ctx.today.slice(2, 4)}`],
    ['Auskunft erteilt', `${clerk.gender === 'f' ? 'Frau' : 'Herr'} ${clerk.last}`],
    ['Datum', ctx.ndate(ctx.today)],
  ];
  info.forEach(([l, v], i) => {
    d.text(370, 152 + i * 12, l, { size: 8, color: GRAY });
    d.text(448, 152 + i * 12, v, { size: 8.5 });
  });
  d.y = 232;
  d.write(person.gender === 'f' ? `Sehr geehrte Frau ${person.last},` : `Sehr geehrter Herr ${person.last},`);
  d.move(3);
  d.para(`anbei erhalten Sie die beantragte ${extended ? 'erweiterte ' : ''}Meldebescheinigung zur Vorlage bei der ${rng.pick([`Wohngeldstelle der ${kreis}`, `${kreis}, Abteilung Soziales – Wohngeld`])}. Die Gebühr haben Sie bereits online bezahlt.`, { size: 9.5 });
  d.move(6);

  // the certificate in a frame
  const top = d.y;
  const inner = d.left + 12;
  const lx = inner;
  const vx = d.left + 214;
  d.y += 12;
  d.write(extended ? ctx.pick(['Erweiterte Meldebescheinigung'], ['Meldebescheinigung (erweitert)']) : ctx.pick(['Meldebescheinigung'], ['Einfache Meldebescheinigung', 'Meldebescheinigung – einfach']), { x: inner, size: 14, bold: true });
  d.write(`nach § 18 Abs. ${extended ? 2 : 1} des Bundesmeldegesetzes (BMG)`, { x: inner, size: 8.5, color: GRAY });
  d.move(2);
  d.para(`Die Meldebehörde der Verbandsgemeinde ${vg} bescheinigt nach dem Inhalt des Melderegisters:`, { x: inner, width: d.contentWidth - 24, size: 9.5 });
  const group = (title: string) => {
    d.move(2);
    d.write(title, { x: inner, bold: true, size: 9.5 });
    d.hline(d.y - 3, inner, d.right - 12, 0.3, GRAY);
  };
  const item = (label: string, value: string, field?: string) => {
    const y = d.y + 9.5;
    const lw = d.measure(label, { size: 9.5 });
    d.text(lx, y, label, { size: 9.5 });
    if (leaderDots) {
      const dots = '.'.repeat(Math.max(3, Math.floor((vx - 6 - lx - lw - 4) / d.measure('.', { size: 9.5 }))));
      d.text(lx + lw + 3, y, dots, { size: 9.5, color: GRAY });
    } else {
      for (let x = lx + lw + 4; x < vx - 8; x += 3) d.line(x, y, x + 0.8, y, 0.8, GRAY);
    }
    d.row([{ x: vx, text: value, field, width: d.right - 12 - vx }], { size: 9.5, minHeight: extended ? 12.2 : 13.2 });
  };
  const p = person;
  group('I. Person');
  if (nameCombined) item(ctx.pick(['Familienname, Vornamen'], ['Name, Vorname(n)']), `${p.last}, ${p.first}`, 'name');
  else {
    item('Familienname', p.last, 'name');
    item(ctx.pick(['Vornamen'], ['Vorname(n)']), p.first);
  }
  if (p.birthName) item('Geburtsname', p.birthName);
  if (p.title) item('Doktorgrad', p.title);
  item('Ordens- oder Künstlername', '–');
  item(ctx.pick(['Geburtsdatum'], ['Tag der Geburt']), ctx.ndate(p.birth), 'geburtsdatum');
  item('Geburtsort', p.birthPlace);
  if (extended) {
    item('Geschlecht', p.gender === 'f' ? 'weiblich' : 'männlich');
    item('Staatsangehörigkeit(en)', rng.pick(['deutsch', 'deutsch', 'deutsch', 'italienisch', 'polnisch', 'türkisch']));
    item('Familienstand', rng.pick(['ledig', 'verheiratet', 'geschieden', 'verwitwet']));
  }
  group('II. Gegenwärtige Wohnung');
  item(ctx.pick(['Straße, Hausnummer'], ['Straße und Hausnummer']), `${address.street} ${address.no}`, 'anschrift');
  item('Postleitzahl, Wohnort', `${address.plz} ${address.city}`);
  item('Gemeinde', `Ortsgemeinde ${address.city}, Verbandsgemeinde ${vg}`);
  item('Art der Wohnung', rng.pick(['alleinige Wohnung', 'Hauptwohnung']));
  item(ctx.pick(['Tag des Einzugs'], ['eingezogen am', 'Wohnung bezogen am']), ctx.ndate(einzug), 'einzugsdatum');
  item('Anmeldung bei der Meldebehörde am', ctx.ndate(angemeldet));
  item(`Zuzug in die Verbandsgemeinde ${vg}`, inside ? ctx.ndate(zuzugVg) : `${ctx.ndate(zuzugVg)} (aus ${prevAddress.city})`);
  if (extended) {
    group('III. Frühere Wohnung');
    item('Anschrift', fake.addressLine(prevAddress));
    item('Art der Wohnung', 'Hauptwohnung');
    item('Tag des Auszugs', ctx.ndate(auszug));
  }
  group(extended ? 'IV. Sonstiges' : 'III. Sonstiges');
  item('Übermittlungs- oder Auskunftssperren', 'keine');
  item('Verwendungszweck', rng.pick(['Wohngeldantrag', 'Vorlage bei der Wohngeldbehörde']));
  d.move(6);
  d.rect(d.left, top, d.contentWidth, d.y - top, { stroke: [0.3, 0.3, 0.3], lineWidth: 0.8 });
  d.move(10);
  // fee at the left, the signature and the seal at the right
  d.ensure(80);
  const bottom = d.y;
  d.para(`Gebühr: ${ctx.money(fee)} nach Nr. ${rng.pick(['12.3', '12.4'])} des Gebührenverzeichnisses der Landesverordnung über Gebühren im Meldewesen, Kassenzeichen ${kasse}, bezahlt am ${ctx.ndate(antrag)}.`, { size: 8.5, width: 200 });
  const sx = d.left + 230;
  d.y = bottom;
  d.write(`${seatTown}, den ${ctx.ndate(ctx.today)}`, { size: 9.5, x: sx });
  d.write('Verbandsgemeindeverwaltung', { size: 9.5, x: sx });
  d.write('Im Auftrag', { size: 9.5, x: sx });
  d.move(16);
  d.write(fake.fullName(clerk), { size: 9.5, x: sx });
  // the round seal
  const cx = d.right - 40;
  const cy = d.y - 34;
  const ring = (r: number, w: number) => {
    for (let i = 0; i < 40; i++) {
      const a1 = (i / 40) * 2 * Math.PI;
      const a2 = ((i + 1) / 40) * 2 * Math.PI;
      d.line(cx + r * Math.cos(a1), cy + r * Math.sin(a1), cx + r * Math.cos(a2), cy + r * Math.sin(a2), w, [0.25, 0.3, 0.6]);
    }
  };
  ring(34, 1.1);
  ring(26, 0.5);
  d.text(cx, cy + 2, `VG ${vg}`, { size: 6.5, align: 'center', color: [0.25, 0.3, 0.6] });
  footer(d, [[`Verbandsgemeindeverwaltung ${vg}`, `${office.street} ${office.no}, ${office.plz} ${office.city}`], ['Öffnungszeiten Bürgerbüro', 'Mo–Fr 8.00–12.00 Uhr, Do 14.00–18.00 Uhr'], [`Bankverbindung: ${vgBankName}`, `IBAN ${fake.groupIban(vgIban)}`]], 'none');
  ctx.set('name', fake.fullName(p));
  ctx.set('geburtsdatum', p.birth);
  ctx.set('anschrift', fake.addressLine(address));
  ctx.set('einzugsdatum', einzug);
}

/**
 * blind11: a university town's confirmation of registration, issued on the spot at the town's
 * registration day on the campus for new students: the town's letterhead with the registry office
 * and the service point, no address window; two columns under the title: at the left a framed data
 * card with small grey labels over the values (surname and given names apart, the surname sometimes
 * in capitals; "geboren am … in …" on one line; the new flat with an addressing addition such as a
 * hall of residence and room number above the street, its status, the move-in day beside the day of
 * registration; the landlord and the day of the landlord's confirmation; the parents' flat before,
 * kept as a secondary residence since the move-in day or given up with its move-out day), at the
 * right running text about the registration, the welcome money paid later when the main residence
 * is kept, the tax on secondary residences and the broadcasting fee; under a dashed line the
 * welcome-money application with blank lines for the student's number and account.
 */
function blind11CampusAnmeldung(ctx: Ctx): void {
  const rng = ctx.rng;
  const [city, plzs, uni, studierendenwerk, geld] = rng.pick([
    ['Göttingen', ['37073', '37075', '37083'], 'Georg-August-Universität Göttingen', 'Studierendenwerk Göttingen', 100],
    ['Jena', ['07743', '07745', '07747'], 'Friedrich-Schiller-Universität Jena', 'Studierendenwerk Thüringen', 150],
    ['Greifswald', ['17489', '17491', '17493'], 'Universität Greifswald', 'Studierendenwerk Greifswald', 150],
    ['Tübingen', ['72070', '72072', '72076'], 'Eberhard Karls Universität Tübingen', 'Studierendenwerk Tübingen-Hohenheim', 100],
    ['Marburg', ['35037', '35039', '35043'], 'Philipps-Universität Marburg', 'Studierendenwerk Marburg', 100],
    ['Gießen', ['35390', '35392', '35394'], 'Justus-Liebig-Universität Gießen', 'Studierendenwerk Gießen', 100],
    ['Würzburg', ['97070', '97072', '97074'], 'Julius-Maximilians-Universität Würzburg', 'Studierendenwerk Würzburg', 100],
    ['Passau', ['94032', '94034', '94036'], 'Universität Passau', 'Studierendenwerk Niederbayern/Oberpfalz', 100],
    ['Konstanz', ['78462', '78464', '78467'], 'Universität Konstanz', 'Seezeit Studierendenwerk Bodensee', 100],
    ['Rostock', ['18055', '18057', '18059'], 'Universität Rostock', 'Studierendenwerk Rostock-Wismar', 150],
  ] as readonly (readonly [string, readonly string[], string, string, number])[]);
  const person = fake.person(rng, { bornFrom: 1996, bornTo: 2006, titleChance: 0 });
  person.birthName = undefined;
  const hall = rng.chance(0.5);
  const streets = ['Am Weinberg', 'Albert-Schweitzer-Straße', 'Robert-Koch-Straße', 'Goldbergweg', 'Hermann-Löns-Weg', 'Wilhelmstraße', 'Schützenstraße', 'Gartenstraße', 'Bahnhofstraße', 'Lindenstraße', 'Am Kreuzberg', 'Universitätsstraße'];
  let street = rng.pick(streets);
  if (rng.chance(0.3)) street = street.replace(/straße$/, 'str.');
  const address: fake.Address = { street, no: `${rng.int(1, 90)}${rng.chance(0.15) ? rng.pick(['a', 'b', 'c']) : ''}`, plz: rng.pick(plzs), city };
  const addition = hall ? `${studierendenwerk.replace('Seezeit Studierendenwerk Bodensee', 'Seezeit')}, Wohnheim ${rng.pick(['Am Weinberg', 'Hermann-Löns-Haus', 'Campus Nord', 'Lindenhof', 'Internationales Haus'])}, Zi. ${rng.int(1, 6)}${rng.digits(2)}` : rng.chance(0.35) ? `bei ${fake.person(rng).last}` : '';
  const landlord = hall ? studierendenwerk : rng.chance(0.5) ? fake.fullName(fake.person(rng, { bornFrom: 1950, bornTo: 1985 })) : fake.landlordOrganisation(rng, city);
  const einzug = addDays(ctx.today, -rng.int(4, 60));
  const bestaetigung = addDays(einzug, -rng.int(0, 20));
  const parents = fake.address(rng);
  const parentsSince = rng.chance(0.5) ? person.birth : addDays(person.birth, rng.int(400, 5000));
  const keepsSecondary = rng.chance(0.55);
  const auszug = addDays(einzug, -rng.int(0, 3));
  const main = rng.pick(['Hauptwohnung', 'alleinige Wohnung']);
  const actionDay = ctx.today;
  const payout = addMonths(firstOfMonth(ctx.today), rng.pick([4, 6]));
  const nr = `${rng.pick(['MB', 'AN', 'EWO'])}-${ctx.today.slice(0, 4)}-${rng.digits(6)}`;
  const station = `${rng.pick(['MOB', 'CAMPUS', 'BA-EXT'])}${rng.int(1, 9)}`;
  const clerk = fake.person(rng);
  const upper = rng.chance(0.35);
  const office: fake.Address = { street: rng.pick(['Hiroshimaplatz', 'Markt', 'Rathausplatz', 'Neues Rathaus, Am Markt', 'Bürgerzentrum, Hauptstraße']), no: String(rng.int(1, 30)), plz: plzs[0], city };
  const color: [number, number, number] = rng.pick([[0.1, 0.3, 0.55], [0.6, 0.12, 0.12], [0.15, 0.38, 0.2], [0.3, 0.3, 0.3]]);
  const fee = rng.chance(0.7) ? 0 : 5;

  const d = ctx.start({ family: rng.pick(['helvetica', 'helvetica', 'times']), size: 9.5, margins: { left: 58, right: 52, top: 56, bottom: 72 } });
  // a small shield as the town's arms
  const sx = d.left;
  d.line(sx, 34, sx + 24, 34, 1.2, color);
  d.line(sx, 34, sx, 52, 1.2, color);
  d.line(sx + 24, 34, sx + 24, 52, 1.2, color);
  d.line(sx, 52, sx + 12, 62, 1.2, color);
  d.line(sx + 24, 52, sx + 12, 62, 1.2, color);
  d.rect(sx + 5, 39, 14, 12, { fill: color });
  d.text(sx + 34, 46, ctx.pick([`Stadt ${city}`], [`Universitätsstadt ${city}`, `Stadtverwaltung ${city}`]), { size: 14, bold: true });
  d.text(sx + 34, 59, ctx.pick(['Bürgeramt – Meldewesen'], ['Bürgerdienste · Einwohnermeldestelle', 'Fachdienst Bürgerservice – Meldebehörde']), { size: 9, color: GRAY });
  [`${office.street} ${office.no}`, `${office.plz} ${office.city}`, `Telefon ${fake.phone(rng)}`, `buergeramt@${city.toLowerCase().replace(/ü/g, 'ue').replace(/ö/g, 'oe').replace(/ß/g, 'ss')}.de`].forEach((l, i) => d.text(d.right, 40 + i * 10, l, { size: 7.5, align: 'right', color: GRAY }));
  d.hline(84, d.left, d.right, 0.8, color);
  d.text(d.left, 97, `Servicepunkt Anmeldung für Studierende · ${uni}`, { size: 8, color: GRAY });
  d.text(d.right, 97, `Vorgang ${nr}`, { size: 8, align: 'right', color: GRAY });
  d.y = 112;
  d.write(ctx.pick(['Meldebestätigung'], ['Bestätigung der Anmeldung', 'Anmeldebestätigung']), { size: 17, bold: true });
  d.write('nach § 24 Abs. 2 Bundesmeldegesetz (BMG)', { size: 8.5, color: GRAY });
  d.move(8);

  // left: the data card
  const lx = d.left;
  const lw = 212;
  const rx = lx + lw + 20;
  const rw = d.right - rx;
  const top = d.y;
  d.rect(lx, top, lw, 17, { fill: color });
  d.text(lx + 8, top + 12, ctx.pick(['Ihre Meldedaten'], ['Gespeicherte Daten', 'Daten aus dem Melderegister']), { size: 9.5, bold: true, color: [1, 1, 1] });
  d.y = top + 22;
  const item = (label: string, lines: (string | { text: string; field: string })[], last = false) => {
    d.text(lx + 8, d.y + 6.5, label, { size: 6.5, color: GRAY });
    d.y += 8;
    for (const l of lines) {
      const c = typeof l === 'string' ? { text: l, field: undefined } : l;
      for (const w of d.wrap(c.text, lw - 16, { size: 9.5 })) {
        d.text(lx + 8, d.y + 9.5, w, { size: 9.5, field: c.field });
        d.y += 11.5;
      }
    }
    d.y += 2.5;
    if (!last) d.hline(d.y, lx + 8, lx + lw - 8, 0.25, GRAY);
    d.y += 2.5;
  };
  const group = (title: string) => {
    d.y += 3;
    d.text(lx + 8, d.y + 8, title, { size: 8, bold: true, color });
    d.y += 12;
  };
  group('Person');
  item('Familienname', [{ text: upper ? person.last.toUpperCase() : person.last, field: 'name' }]);
  item('Vornamen', [person.first]);
  const birthText = ctx.ndate(person.birth);
  item(ctx.pick(['geboren am / in'], ['Geburtsdatum und -ort', 'Tag und Ort der Geburt']), [`${ctx.v('geburtsdatum', birthText)} in ${person.birthPlace}`]);
  item('Geschlecht · Staatsangehörigkeit', [`${person.gender === 'f' ? 'weiblich' : 'männlich'} · ${rng.pick(['deutsch', 'deutsch', 'deutsch', 'österreichisch', 'italienisch', 'chinesisch', 'indisch'])}`]);
  group(ctx.pick(['Neue Wohnung'], ['Angemeldete Wohnung', 'Wohnung in ' + city]));
  item(ctx.pick(['Anschrift'], ['Straße, Hausnummer, Ort']), [...(addition ? [addition] : []), { text: `${address.street} ${address.no}`, field: 'anschrift' }, `${address.plz} ${address.city}`]);
  item('Wohnungsstatus', [main]);
  item(ctx.pick(['Tag des Einzugs'], ['Einzug in die Wohnung', 'bezogen seit']), [{ text: ctx.ndate(einzug), field: 'einzugsdatum' }]);
  item('Anmeldung erfolgt am', [`${ctx.ndate(actionDay)} (${station})`]);
  item('Wohnungsgeber', [landlord, `Bestätigung vom ${ctx.ndate(bestaetigung)}`]);
  group(ctx.pick(['Bisherige Wohnung'], ['Letzte Wohnung', 'Vorherige Anschrift']));
  item('Anschrift', [`${parents.street} ${parents.no}`, `${parents.plz} ${parents.city}`]);
  item('dort gemeldet seit', [ctx.ndate(parentsSince)]);
  item(keepsSecondary ? 'Status ab Einzug' : 'Auszug', [keepsSecondary ? `Nebenwohnung (bisher Hauptwohnung)` : ctx.ndate(auszug)], true);
  const leftBottom = d.y + 2;
  d.rect(lx, top, lw, leftBottom - top, { stroke: color, lineWidth: 0.8 });

  // right: the letter text
  d.y = top;
  const para = (text: string, opts: { bold?: boolean; size?: number } = {}) => d.para(text, { x: rx, width: rw, size: opts.size ?? 9.5, bold: opts.bold, after: 5 });
  para(person.gender === 'f' ? `Sehr geehrte Frau ${person.last},` : `Sehr geehrter Herr ${person.last},`);
  para(`willkommen in ${city}! Sie haben sich am ${ctx.date(actionDay)} beim Servicepunkt der Stadt an der ${uni} mit ${main === 'Hauptwohnung' ? 'Hauptwohnung' : 'alleiniger Wohnung'} in ${city} angemeldet. Diese Bestätigung enthält die Daten, die wir im Melderegister gespeichert haben. Bitte prüfen Sie sie und teilen Sie uns Fehler sofort mit.`);
  para(keepsSecondary
    ? `Ihre bisherige Wohnung in ${parents.city} bleibt auf Ihren Wunsch als Nebenwohnung bestehen. Die Meldebehörde in ${parents.city} wird über Ihre Anmeldung unterrichtet; eine Abmeldung dort ist nicht nötig.`
    : `Ihre bisherige Wohnung in ${parents.city} haben Sie aufgegeben. Die Meldebehörde in ${parents.city} erhält eine Rückmeldung; Sie müssen sich dort nicht abmelden.`);
  d.write('Begrüßungsgeld', { x: rx, bold: true, size: 9.5 });
  para(`Wer mit Hauptwohnung in ${city} gemeldet ist und an einer Hochschule in ${city} studiert, erhält einmalig ${ctx.money(geld)} Begrüßungsgeld. Es wird frühestens am ${ctx.date(payout)} ausgezahlt, wenn Sie dann noch mit Hauptwohnung gemeldet sind. Bitte füllen Sie dazu den Abschnitt unten aus.`);
  d.write('Zweitwohnungsteuer', { x: rx, bold: true, size: 9.5 });
  para(`Für eine Nebenwohnung in ${city} wird Zweitwohnungsteuer erhoben (${rng.pick(['10', '12', '15'])} Prozent der jährlichen Nettokaltmiete). Für Ihre ${main === 'Hauptwohnung' ? 'Hauptwohnung' : 'Wohnung'} fällt sie nicht an.`);
  d.write('Rundfunkbeitrag und Steuer', { x: rx, bold: true, size: 9.5 });
  para('Ihre Anmeldung wird dem Beitragsservice von ARD, ZDF und Deutschlandradio übermittelt. Ihre Steuer-Identifikationsnummer ändert sich durch den Umzug nicht.');
  para(`Diese Bestätigung können Sie als Nachweis Ihrer Anmeldung bei anderen Stellen vorlegen. ${fee ? `Gebühr: ${ctx.money(fee)}, bar bezahlt.` : 'Sie ist gebührenfrei.'}`, { size: 9 });
  // signature and seal at the foot of the right column
  d.move(4);
  const sy = d.y;
  d.text(rx, sy + 10, `${city}, ${ctx.ndate(ctx.today)}`, { size: 9.5 });
  d.text(rx, sy + 23, `Im Auftrag  ${clerk.first.charAt(0)}. ${clerk.last}`, { size: 9 });
  d.text(rx, sy + 34, `Kennung ${station}`, { size: 8, color: GRAY });
  roundSeal(ctx, d.right - 34, sy + 20, 28, [0.3, 0.35, 0.65]);
  d.text(d.right - 34, sy + 18, 'Stadt', { size: 6, align: 'center', color: [0.3, 0.35, 0.65] });
  d.text(d.right - 34, sy + 26, city, { size: 6, align: 'center', color: [0.3, 0.35, 0.65] });
  d.y = sy + 50;
  para('Dieses Schreiben wurde maschinell erstellt und ist ohne Unterschrift gültig.', { size: 7.5 });
  d.y = Math.max(d.y, leftBottom) + 16;
  d.ensure(100);
  // the welcome-money application, to be cut off
  for (let x = d.left; x < d.right; x += 6) d.line(x, d.y, x + 3, d.y, 0.5, GRAY);
  d.text(d.left, d.y - 3, 'hier abtrennen', { size: 6.5, color: GRAY });
  d.y += 10;
  d.write(`Antrag auf Begrüßungsgeld – bitte bis zum ${ctx.ndate(addDays(payout, -14))} beim Bürgeramt abgeben`, { size: 9.5, bold: true });
  d.write(`Vorgang ${nr} · ${upper ? person.last.toUpperCase() : person.last}, ${person.first}`, { size: 8.5 });
  d.move(4);
  const blank = (label: string, x: number, w: number, y: number) => {
    d.text(x, y, label, { size: 7, color: GRAY });
    d.hline(y + 14, x, x + w, 0.4);
  };
  const by = d.y + 6;
  blank(`Matrikelnummer (Hochschule in ${city})`, d.left, 210, by);
  blank('IBAN für die Auszahlung', d.left + 240, d.right - d.left - 240, by);
  blank('Kontoinhaber/in', d.left, 210, by + 28);
  blank('Datum, Unterschrift', d.left + 240, d.right - d.left - 240, by + 28);
  d.y = by + 46;
  footer(d, [[`Stadt ${city} · Bürgeramt`, `${office.street} ${office.no}, ${office.plz} ${office.city}`], ['Servicepunkt auf dem Campus', `${uni.length > 40 ? uni.slice(0, 40) + '…' : uni}`], [`Vorgang ${nr}`, `erstellt ${ctx.ndate(ctx.today)}`]], 'Seite x von y');
  // the catalog keeps a name as printed: a surname in capitals stays in capitals
  ctx.set('name', upper ? `${person.first} ${person.last.toUpperCase()}` : fake.fullName(person));
  ctx.set('geburtsdatum', person.birth);
  ctx.set('anschrift', fake.addressLine(address));
  ctx.set('einzugsdatum', einzug);
}

/**
 * M (holdout, blind 12): the Wohngeld office's own form "Bescheinigung der Meldebehörde", which
 * the applicant fills in by hand (part A: name with the first given name only, birth date,
 * address, phone, the move-in month as remembered, signature with the day) and has completed
 * by the registration office (part B, typed in a fixed-pitch face into tinted cells with small
 * captions: surname, given names, birth name, birth date and place, street, postcode and town
 * apart, the kind of flat as check boxes, the move-in day beside the day of registration and
 * where from, the former flat with its move-out day, the other persons registered in the flat
 * with their birth dates and move-in days or "Geburt", whether part A agrees with the
 * register). The Wohngeld office's letterhead and return address, its Wohngeld number and the
 * application day in a box at the top; the registration office's place and date, clerk, seal and
 * "gebührenfrei" at the foot.
 */
function blind12VordruckWohngeldstelle(ctx: Ctx): void {
  const rng = ctx.rng;
  const m = draw(ctx);
  const p = m.person;
  p.title = rng.chance(0.05) ? 'Dr.' : undefined;
  const district = rng.chance(0.4);
  const kreise: readonly (readonly [string, readonly (readonly [string, string])[]])[] = [
    ['Landratsamt Mittelsachsen', [['09599', 'Freiberg'], ['09648', 'Mittweida'], ['04720', 'Döbeln']]],
    ['Landratsamt Landkreis Leipzig', [['04552', 'Borna'], ['04668', 'Grimma'], ['04416', 'Markkleeberg']]],
    ['Landratsamt Rhein-Neckar-Kreis', [['69168', 'Wiesloch'], ['68723', 'Schwetzingen'], ['69469', 'Weinheim']]],
    ['Landratsamt Ostalbkreis', [['73430', 'Aalen'], ['73525', 'Schwäbisch Gmünd'], ['73479', 'Ellwangen (Jagst)']]],
    ['Landkreis Harz', [['38820', 'Halberstadt'], ['38855', 'Wernigerode'], ['06484', 'Quedlinburg']]],
    ['Landkreis Rostock', [['18273', 'Güstrow'], ['18209', 'Bad Doberan'], ['18059', 'Rostock']]],
  ];
  const kreis = rng.pick(kreise);
  if (district) {
    const [plz, town] = rng.pick(kreis[1]);
    m.address = { ...m.address, plz, city: town };
  }
  const city = m.address.city;
  const wgOffice = district
    ? { name: kreis[0], unit: rng.pick(['Wohngeldbehörde', 'Sachgebiet Wohngeld', 'Amt für Soziales – Wohngeld']) }
    : { name: `Stadt ${city}`, unit: rng.pick(['Amt für Wohnen und Grundsicherung – Wohngeldstelle', 'Sozialamt – Abteilung Wohngeld', 'Fachbereich Soziales – Wohngeld und Lastenzuschuss']) };
  const wgAddress: fake.Address = district ? { ...fake.address(rng), plz: kreis[1][0][0], city: kreis[1][0][1] } : fake.sameCityAddress(rng, m.address);
  const meldestelle = district ? rng.pick([`Stadt ${city} – Einwohnermeldeamt`, `Stadtverwaltung ${city} – Bürgerbüro`]) : rng.pick([`Stadt ${city} – Bürgeramt ${rng.pick(['Mitte', 'Nord', 'Süd', 'West', 'Ost'])}`, `Stadt ${city} – Bürgerservice, Meldewesen`]);
  const formNo = `${rng.pick(['WG-M', 'Wg 12', 'WoG-Vordr.'])} ${rng.int(3, 19)}`;
  const wgNr = `${rng.pick(['WG', '50.2', 'W'])}-${rng.digits(5)}/${ctx.today.slice(2, 4)}`;
  const antrag = addDays(ctx.today, -rng.int(3, 25));
  const filled = addDays(antrag, rng.int(0, 2));
  const anmeldung = addDays(m.einzug, rng.int(0, 13));
  const prev = m.previous[0];
  const sameTown = rng.chance(0.4);
  const prevAddress: fake.Address = sameTown ? fake.sameCityAddress(rng, m.address) : prev.address;
  const auszug = prev.bis;
  const status = rng.pick(['alleinige Wohnung', 'alleinige Wohnung', 'Hauptwohnung']);
  const members = household(rng, p, ctx.today).map((x) => {
    const born = x.person.birth > m.einzug;
    const einzug = born ? x.person.birth : rng.chance(0.6) ? m.einzug : rng.chance(0.5) ? addDays(m.einzug, rng.int(30, 900)) : addDays(m.einzug, -rng.int(60, 1500));
    return { person: x.person, einzug: einzug > ctx.today ? m.einzug : einzug, born };
  });
  const rememberedMonthOnly = rng.chance(0.6);
  const differs = !rememberedMonthOnly && rng.chance(0.5);
  const remembered = differs ? firstOfMonth(addMonths(m.einzug, rng.pick([-1, 1]))) : m.einzug;
  const clerk = fake.person(rng);
  const ink: [number, number, number] = rng.pick([[0.08, 0.15, 0.55], [0.1, 0.1, 0.12], [0.05, 0.25, 0.6]]);
  const HAND = 'times-italic' as const;
  const TYPE = 'courier' as const;
  const band: [number, number, number] = rng.pick([[0.82, 0.87, 0.93], [0.86, 0.9, 0.85], [0.88, 0.88, 0.88]]);
  const tint: [number, number, number] = [0.955, 0.96, 0.975];

  const d = ctx.start({ family: 'helvetica', size: 9, margins: { left: 50, right: 46, top: 40, bottom: 56 } });
  const L = d.left;
  const R = d.right;
  const CW = R - L;
  const hand = (x: number, baseline: number, text: string, size = 12.5) => d.text(x + rng.float(0, 5), baseline + rng.float(-1.5, 0.8), text, { font: HAND, size, color: ink });
  const cell = (x: number, top: number, w: number, h: number, caption: string, value: string, opts: { field?: string; filled?: boolean } = {}) => {
    d.rect(x, top, w, h, opts.filled === false ? { stroke: [0.45, 0.45, 0.45], lineWidth: 0.5 } : { fill: tint, stroke: [0.45, 0.45, 0.45], lineWidth: 0.5 });
    d.text(x + 3, top + 8, caption, { size: 6.3, color: GRAY });
    if (value) d.text(x + 5, top + h - 6, value, { font: TYPE, size: 9.5, field: opts.field });
  };
  const box = (x: number, baseline: number, on: boolean, label: string) => {
    d.rect(x, baseline - 8, 8.5, 8.5, { stroke: [0, 0, 0], lineWidth: 0.6 });
    if (on) d.text(x + 1.3, baseline - 0.6, 'X', { font: TYPE, size: 10, bold: false });
    d.text(x + 13, baseline, label, { size: 8.5 });
  };

  // the Wohngeld office's form head
  d.text(L, 48, wgOffice.name, { size: 11, bold: true });
  d.text(L, 60, wgOffice.unit, { size: 8.5 });
  d.text(L, 71, `${wgAddress.street} ${wgAddress.no} · ${wgAddress.plz} ${wgAddress.city} · Telefon ${fake.phone(rng)}`, { size: 7.5, color: GRAY });
  d.text(R, 48, formNo, { size: 8, bold: true, align: 'right' });
  d.text(R, 58, `Stand ${rng.pick(['01/2024', '07/2023', '04/2025', '10/2022'])}`, { size: 7, align: 'right', color: GRAY });
  d.hline(80, L, R, 0.8);
  d.text(L, 102, ctx.pick(['Bescheinigung der Meldebehörde'], ['Meldebestätigung für die Wohngeldbehörde', 'Bestätigung der Meldebehörde über die Wohnung']), { size: 14, bold: true });
  d.text(L, 116, 'zum Antrag auf Wohngeld (Mietzuschuss) – Nachweis der Wohnung und der dort gemeldeten Personen', { size: 8.5 });
  // office box: Wohngeld number and application day, pre-filled by the office
  const obx = R - 150;
  d.rect(obx, 126, 150, 40, { stroke: [0, 0, 0], lineWidth: 0.7 });
  d.text(obx + 4, 135, 'Von der Wohngeldbehörde auszufüllen', { size: 6.2, color: GRAY });
  d.text(obx + 4, 147, 'Wohngeld-Nr.', { size: 7.5 });
  d.text(obx + 62, 147, wgNr, { font: TYPE, size: 8.5 });
  d.text(obx + 4, 160, 'Antrag vom', { size: 7.5 });
  d.text(obx + 62, 160, ctx.ndate(antrag), { font: TYPE, size: 8.5 });
  d.y = 126;
  d.para(`Bitte füllen Sie Teil A selbst aus und legen Sie den Vordruck Ihrer Meldebehörde vor. Die Meldebehörde füllt Teil B aus. Für Zwecke des Wohngeldes wird die Bescheinigung gebührenfrei ausgestellt. Senden Sie den Vordruck an die oben genannte Stelle zurück.`, { x: L, width: obx - L - 14, size: 8 });
  d.y = Math.max(d.y, 176);

  // part A, filled in by hand
  const bandRow = (title: string) => {
    d.rect(L, d.y, CW, 15, { fill: band });
    d.text(L + 5, d.y + 10.5, title, { size: 9, bold: true });
    d.y += 15;
  };
  bandRow('Teil A – Angaben der antragstellenden Person');
  const aTop = d.y;
  const rowH = 30;
  const firstGiven = p.first.split(' ')[0];
  cell(L, aTop, CW * 0.62, rowH, '1  Familienname, Vorname', '', { filled: false });
  hand(L + 14, aTop + rowH - 7, `${p.last}, ${firstGiven}`);
  cell(L + CW * 0.62, aTop, CW * 0.38, rowH, '2  Geburtsdatum', '', { filled: false });
  hand(L + CW * 0.62 + 14, aTop + rowH - 7, fmt.date(p.birth, 'd.m.yyyy'));
  cell(L, aTop + rowH, CW * 0.62, rowH, '3  Straße, Hausnummer', '', { filled: false });
  hand(L + 14, aTop + 2 * rowH - 7, `${m.address.street} ${m.address.no}`);
  cell(L + CW * 0.62, aTop + rowH, CW * 0.38, rowH, '4  Postleitzahl, Wohnort', '', { filled: false });
  hand(L + CW * 0.62 + 14, aTop + 2 * rowH - 7, `${m.address.plz} ${m.address.city}`);
  cell(L, aTop + 2 * rowH, CW * 0.38, rowH, '5  Telefon (freiwillig)', '', { filled: false });
  if (rng.chance(0.7)) hand(L + 14, aTop + 3 * rowH - 7, fake.mobile(rng), 11.5);
  cell(L + CW * 0.38, aTop + 2 * rowH, CW * 0.62, rowH, '6  In diese Wohnung eingezogen am (soweit bekannt)', '', { filled: false });
  hand(L + CW * 0.38 + 14, aTop + 3 * rowH - 7, rememberedMonthOnly ? `${rng.pick(['ca. ', 'seit ', ''])}${fmt.monthText(m.einzug.slice(0, 7), rng.pick(['mm/yyyy', 'Monat yyyy'] as const))}` : fmt.date(remembered, 'd.m.yyyy'));
  d.y = aTop + 3 * rowH + 8;
  d.para('Ich versichere, dass meine Angaben richtig sind. Mit der Übermittlung der Angaben aus dem Melderegister an die Wohngeldbehörde bin ich einverstanden.', { x: L, size: 7.8, after: 2 });
  const sigY = d.y + 22;
  hand(L + 4, sigY - 3, `${m.address.city}, ${fmt.date(filled, 'd.m.yyyy')}`, 11.5);
  hand(L + CW * 0.5, sigY - 3, `${firstGiven.charAt(0)}. ${p.last}`, 15);
  d.hline(sigY, L, L + CW * 0.4, 0.5);
  d.hline(sigY, L + CW * 0.48, R, 0.5);
  d.text(L, sigY + 8, 'Ort, Datum', { size: 6.5, color: GRAY });
  d.text(L + CW * 0.48, sigY + 8, 'Unterschrift der antragstellenden Person', { size: 6.5, color: GRAY });
  d.y = sigY + 20;

  // part B, typed by the registration office
  bandRow(ctx.pick(['Teil B – Bestätigung der Meldebehörde'], ['Teil B – von der Meldebehörde auszufüllen', 'Teil B – Auskunft aus dem Melderegister']));
  d.text(L + 5, d.y + 11, `Nach den Eintragungen im Melderegister (Stand: ${ctx.ndate(ctx.today)}) wird bescheinigt:`, { size: 8.5 });
  d.y += 17;
  let y = d.y;
  const w3 = CW / 3;
  cell(L, y, w3, rowH, ctx.pick(['Familienname'], ['Name']), p.last, { field: 'name' });
  cell(L + w3, y, w3 * 1.3, rowH, 'Vornamen', p.first);
  cell(L + w3 * 2.3, y, w3 * 0.7, rowH, p.title ? 'Doktorgrad' : 'Geburtsname', p.title ?? p.birthName ?? '–');
  y += rowH;
  cell(L, y, w3, rowH, ctx.pick(['Geburtsdatum'], ['Tag der Geburt']), ctx.ndate(p.birth), { field: 'geburtsdatum' });
  cell(L + w3, y, w3 * 2, rowH, 'Geburtsort', p.birthPlace);
  y += rowH;
  cell(L, y, w3 * 1.6, rowH, ctx.pick(['Straße, Hausnummer'], ['Wohnung: Straße, Hausnummer']), `${m.address.street} ${m.address.no}`, { field: 'anschrift' });
  cell(L + w3 * 1.6, y, w3 * 0.5, rowH, 'PLZ', m.address.plz);
  cell(L + w3 * 2.1, y, w3 * 0.9, rowH, 'Ort', m.address.city);
  y += rowH + 13;
  d.text(L + 2, y, 'Art der Wohnung:', { size: 8.5 });
  box(L + 84, y, status === 'alleinige Wohnung', 'alleinige Wohnung');
  box(L + 184, y, status === 'Hauptwohnung', 'Hauptwohnung');
  box(L + 270, y, false, 'Nebenwohnung');
  box(L + 354, y, false, 'nicht gemeldet');
  y += 8;
  cell(L, y, w3, rowH, ctx.pick(['Einzug in die Wohnung am'], ['Tag des Einzugs', 'Bezug der Wohnung am']), ctx.ndate(m.einzug), { field: 'einzugsdatum' });
  cell(L + w3, y, w3, rowH, 'Anmeldung bei der Meldebehörde am', ctx.ndate(anmeldung));
  cell(L + w3 * 2, y, w3, rowH, 'Zuzug aus', sameTown ? 'innerhalb der Gemeinde' : prevAddress.city);
  y += rowH;
  cell(L, y, w3 * 2, rowH, 'Vorherige Wohnung', fake.addressLine(prevAddress));
  cell(L + w3 * 2, y, w3, rowH, 'Auszug am', ctx.ndate(auszug));
  d.y = y + rowH + 8;
  d.write(ctx.pick(['In derselben Wohnung sind außerdem gemeldet:'], ['Weitere Personen mit dieser Wohnung im Melderegister:']), { size: 8.5, bold: true });
  if (members.length) {
    const cx = { n: L + 4, name: L + 22, geb: L + 230, ein: L + 320 };
    d.rect(L, d.y, CW, 13, { fill: band });
    d.row([{ x: cx.n, text: 'Nr.' }, { x: cx.name, text: 'Familienname, Vornamen' }, { x: cx.geb, text: 'Geburtsdatum' }, { x: cx.ein, text: 'Einzug' }], { size: 7.5, minHeight: 13 });
    members.forEach((x, i) => {
      d.row([
        { x: cx.n, text: `${i + 1}`, font: TYPE },
        { x: cx.name, text: `${x.person.last}, ${x.person.first}`, font: TYPE },
        { x: cx.geb, text: ctx.ndate(x.person.birth), font: TYPE },
        { x: cx.ein, text: x.born ? `${ctx.ndate(x.einzug)} (Geburt)` : ctx.ndate(x.einzug), font: TYPE },
      ], { size: 8.5, minHeight: 13 });
      d.hline(d.y, L, R, 0.3, LIGHT);
    });
    d.move(5);
  } else {
    d.write('keine', { font: TYPE, size: 9, x: L + 22 });
  }
  const agreeY = d.y + 10;
  d.text(L + 2, agreeY, 'Die Angaben in Teil A stimmen mit dem Melderegister überein:', { size: 8.5 });
  box(L + 262, agreeY, !differs, 'ja');
  box(L + 300, agreeY, differs, differs ? 'nein, abweichend: Einzugsdatum (siehe oben)' : 'nein, abweichend (siehe oben)');
  d.y = agreeY + 14;

  // place, date, clerk, seal
  d.ensure(96);
  const fy = d.y + 6;
  d.rect(L, fy, CW, 86, { stroke: [0.45, 0.45, 0.45], lineWidth: 0.5 });
  d.text(L + 6, fy + 14, meldestelle, { size: 8.5, bold: true });
  d.text(L + 6, fy + 30, `${city}, ${ctx.ndate(ctx.today)}`, { font: TYPE, size: 9.5 });
  d.text(L + 6, fy + 44, `Gebühr: ${ctx.pick(['gebührenfrei (Wohngeld)'], ['keine – Verwendungszweck Wohngeld', 'gebührenfrei gem. Gebührensatzung'])}`, { size: 8 });
  d.text(L + 6, fy + 72, 'Im Auftrag', { size: 8 });
  d.text(L + 56, fy + 70, `${clerk.first.charAt(0)}. ${clerk.last}`, { font: HAND, size: 13, color: [0.15, 0.15, 0.2] });
  d.text(L + 56, fy + 80, fake.fullName(clerk), { size: 6.8, color: GRAY });
  const sealColor: [number, number, number] = [0.3, 0.35, 0.65];
  roundSeal(ctx, R - 70, fy + 43, 30, sealColor);
  d.text(R - 70, fy + 40, city.length > 14 ? city.split(/[ (]/)[0] : city, { size: 6.5, align: 'center', color: sealColor });
  d.text(R - 70, fy + 49, 'Meldebehörde', { size: 6, align: 'center', color: sealColor });
  d.y = fy + 92;
  footer(d, [[`${formNo} – ${wgOffice.name}`], ['Datenschutz: Die Angaben werden nach § 23 WoGG und Art. 6 DSGVO verarbeitet.']], 'Seite x von y');
  truth(ctx, m);
}

/**
 * Blind13 (holdout): the Wohngeld office's printout of an automated retrieval from the registration
 * register (Behördenauskunft, §§ 34, 38 BMG), printed from the Land's web portal in the browser:
 * the browser's own head and foot lines (print time, page title, address, page count); the portal's
 * bar with the logged-in clerk; a box with the request (retrieving office, user id, the Wohngeld
 * file number, purpose and legal basis, time of request, log number); the search criteria as typed
 * (surname, only the first given name, birth date, postcode); a one-line hit list; then the record
 * as a ruled table of numbered data fields under shaded groups (person with surname and given
 * names in rows of their own; the present flats, sometimes a secondary flat in another town before
 * or after the main one, each with status, street and house number, postcode, town, municipality
 * key, move-in day beside the day of registration; the day of moving into the municipality; the
 * former flat with its move-out day; blocks, the day of the record's last change), and the
 * portal's note that the retrieval was logged.
 */
function blind13RegisterabrufBehoerde(ctx: Ctx): void {
  const rng = ctx.rng;
  const m = draw(ctx);
  const p = m.person;
  const city = m.address.city;
  // a secondary flat elsewhere, and a former flat in the same town or elsewhere
  const secondary = rng.chance(0.25) ? { address: fake.address(rng), einzug: addDays(ctx.today, -rng.int(60, 2500)) } : undefined;
  const prevSameTown = rng.chance(0.5);
  const former = prevSameTown ? { ...m.previous[0], address: fake.sameCityAddress(rng, m.address) } : m.previous[0];
  const zuzug = prevSameTown ? former.von : m.einzug;
  const angemeldet = addDays(m.einzug, rng.int(1, 14));
  const lastChange = addDays(angemeldet, rng.int(0, Math.max(1, Math.round((Date.parse(ctx.today) - Date.parse(angemeldet)) / 86400000) - 1)));
  const clerk = fake.person(rng);
  const office = rng.pick([`Stadt ${city}`, `Stadtverwaltung ${city}`, `Stadtverwaltung ${city}`]);
  const unit = rng.pick(['Wohngeldstelle', 'Fachbereich Soziales – Wohngeld', 'Amt für Soziales und Wohnen, Wohngeld', 'Wohngeldbehörde']);
  const userId = `${rng.pick(['wg', 'sozw', 'amt50'])}${rng.digits(3)}${clerk.last.slice(0, 3).toLowerCase().replace(/[^a-z]/g, 'x')}`;
  const wgNo = `${rng.pick(['WG', 'W', '50.3'])}-${rng.digits(4)}/${ctx.today.slice(2, 4)}`;
  const clock = `${String(rng.int(7, 16)).padStart(2, '0')}:${String(rng.int(0, 59)).padStart(2, '0')}`;
  const ts = (x: IsoDate) => `${x.slice(8, 10)}.${x.slice(5, 7)}.${x.slice(0, 4)}`;
  const logNo = `${ctx.today.slice(0, 4)}-${rng.digits(8)}`;
  const portal = rng.pick([
    ['Melderegisterportal', 'Behördenauskunft', 'melderegister-portal'],
    ['Meldeportal Behörden', 'Einzelauskunft', 'meldeportal-behoerden'],
    ['Landesmeldeportal', 'Auskunft für öffentliche Stellen', 'landesmeldeportal'],
  ] as const);
  const ags = `${rng.pick(['03', '05', '06', '13', '14', '15', '16'])}${rng.digits(6)}`;
  const agsOf = () => `${rng.pick(['01', '07', '08', '09', '12'])}${rng.digits(6)}`;
  const chrome = rng.chance(0.6);
  const accent: [number, number, number] = rng.pick([[0.0, 0.27, 0.5], [0.12, 0.35, 0.3], [0.45, 0.12, 0.15], [0.2, 0.25, 0.35]]);
  const first = p.first.split(' ')[0];
  // some clerks type the search name in capitals
  const upper = rng.chance(0.35);

  const d = ctx.start({ family: 'helvetica', size: 8.6, margins: { left: 40, right: 40, top: 44, bottom: 48 } });
  const L = d.left;
  const R = d.right;
  const title = `${portal[0]} – ${portal[1]} – Ergebnis`;
  const url = `https://${portal[2]}.${rng.pick(['landesnetz.de', 'kdn.de', 'komm.one', 'ekom21.de', 'dvz-mv.de'])}/auskunft/ergebnis?vorgang=${rng.digits(9)}`;
  d.onEveryPage((doc, page, pages) => {
    const stamp = `${ts(ctx.today)}, ${clock}`;
    if (chrome) {
      doc.text(18, 18, stamp, { size: 7 });
      doc.text(doc.width / 2, 18, title, { size: 7, align: 'center' });
      doc.text(18, doc.height - 14, url, { size: 7 });
      doc.text(doc.width - 18, doc.height - 14, `${page}/${pages}`, { size: 7, align: 'right' });
    } else {
      doc.text(18, 18, title, { size: 7 });
      doc.text(doc.width - 18, 18, url.replace(/\?.*$/, ''), { size: 7, align: 'right' });
      doc.text(18, doc.height - 14, `Seite ${page} von ${pages}`, { size: 7 });
      doc.text(doc.width - 18, doc.height - 14, stamp.replace(',', ''), { size: 7, align: 'right' });
    }
  });

  // the portal's bar
  d.rect(L, 34, R - L, 30, { fill: accent });
  d.text(L + 10, 53, portal[0], { size: 13, bold: true, color: [1, 1, 1] });
  d.text(L + 12 + d.measure(portal[0], { size: 13, bold: true }), 53, `| ${portal[1]}`, { size: 9.5, color: [1, 1, 1] });
  d.text(R - 10, 46, `Angemeldet: ${clerk.first} ${clerk.last} (${userId})`, { size: 7.2, align: 'right', color: [1, 1, 1] });
  d.text(R - 10, 57, 'Abmelden', { size: 7.2, align: 'right', color: [1, 1, 1] });
  d.text(L, 78, `Startseite  ›  ${portal[1]}  ›  ${ctx.pick(['Einzelabfrage'], ['Personensuche', 'Einzelauskunft'])}  ›  Ergebnis`, { size: 7.5, color: GRAY });
  d.y = 88;
  d.write(ctx.pick(['Ergebnis der Melderegisterauskunft'], ['Auskunft aus dem Melderegister – Ergebnis', 'Abrufergebnis Melderegister']), { size: 13, bold: true });
  d.move(2);

  // the request, two columns of label/value
  const boxTop = d.y;
  const req: [string, string][] = [
    ['Benutzerkennung', userId],
    ['Aktenzeichen', wgNo],
    ['Zweck', rng.pick(['Prüfung Antrag auf Wohngeld', 'Bearbeitung Wohngeldantrag', 'Wohngeld – Prüfung Wohnsitz und Haushalt'])],
    ['Rechtsgrundlage', rng.pick(['§ 34 Abs. 1, § 38 BMG', '§ 38 Abs. 1 BMG i. V. m. § 23 WoGG', '§§ 34, 38 BMG'])],
    ['Anfragezeitpunkt', `${ts(ctx.today)} ${clock}:${rng.digits(1).replace(/[6-9]/, '4')}${rng.digits(1)} Uhr`],
    ['Protokollnummer', logNo],
  ];
  const boxRows = 1 + Math.ceil(req.length / 2);
  d.rect(L, boxTop, R - L, 20 + boxRows * 13, { fill: [0.96, 0.96, 0.96], stroke: LIGHT, lineWidth: 0.5 });
  d.text(L + 8, boxTop + 11, 'Anfrage', { size: 8.6, bold: true });
  d.text(L + 8, boxTop + 24, 'Abrufende Stelle:', { size: 7.6, color: GRAY });
  d.text(L + 86, boxTop + 24, `${office}, ${unit}`, { size: 7.8 });
  req.forEach(([l, v], i) => {
    const col = i % 2;
    const x = L + 8 + col * ((R - L) / 2);
    const y = boxTop + 37 + Math.floor(i / 2) * 13;
    d.text(x, y, `${l}:`, { size: 7.6, color: GRAY });
    d.text(x + 78, y, v, { size: 7.8 });
  });
  d.y = boxTop + 20 + boxRows * 13 + 10;

  // the search criteria as the clerk typed them
  d.write('Suchkriterien', { bold: true, size: 9 });
  const crit: [string, string][] = [
    ['Familienname', upper ? p.last.toUpperCase() : p.last],
    ['Vorname', first],
    ['Geburtsdatum', ts(p.birth)],
    ...((rng.chance(0.5) ? [['Postleitzahl', m.address.plz]] : [['Gemeinde', city]]) as [string, string][]),
    ['Suchart', rng.pick(['phonetisch', 'exakt', 'unscharf (Vorname)'])],
  ];
  let cx = L;
  for (const [l, v] of crit) {
    const text = `${l}: ${v}`;
    const w = d.measure(text, { size: 7.8 }) + 12;
    d.rect(cx, d.y, w, 13, { stroke: [0.6, 0.6, 0.6], lineWidth: 0.5 });
    d.text(cx + 6, d.y + 9.4, text, { size: 7.8 });
    cx += w + 6;
  }
  d.move(20);
  d.write(`Trefferliste (1 Treffer)`, { bold: true, size: 9 });
  table(ctx, [
    { header: 'Nr.', x: L + 2 },
    { header: 'Name, Vorname(n)', x: L + 28 },
    { header: 'Geburtsdatum', x: L + 200 },
    { header: 'Wohnort', x: L + 270 },
    { header: 'Status', x: L + 420 },
  ], [['1', `${p.last}, ${p.first}`, ts(p.birth), `${m.address.plz} ${city}`, 'ausgewählt']], { size: 7.8, headerFill: [0.92, 0.92, 0.92] });

  // the record as numbered data fields
  d.write(ctx.pick(['Datensatz'], ['Gespeicherte Daten', 'Meldedaten der Person']), { bold: true, size: 10.5 });
  d.move(2);
  const cCode = L + 4;
  const cLabel = L + 44;
  const cValue = L + 210;
  const group = (title: string) => {
    d.ensure(40);
    d.rect(L, d.y, R - L, 14, { fill: [0.88, 0.9, 0.93] });
    d.text(L + 4, d.y + 10, title, { size: 8.4, bold: true });
    d.y += 14;
  };
  const field = (code: string, label: string, value: string, fieldName?: string) => {
    const h = d.row([
      { x: cCode, text: code, color: GRAY, font: 'courier' },
      { x: cLabel, text: label, width: cValue - cLabel - 8 },
      { x: cValue, text: value, width: R - cValue - 4, field: fieldName },
    ], { size: 8.3, minHeight: 13.5, leading: 1.25 });
    d.hline(d.y, L, R, 0.3, LIGHT);
    return h;
  };
  group('01  Person');
  field('0101', 'Familienname', p.last, 'name');
  field('0102', 'Geburtsname', p.birthName ?? '–');
  field('0103', 'Vornamen', p.first);
  field('0104', 'Doktorgrad', p.title?.startsWith('Dr') || p.title?.startsWith('Prof') ? p.title.replace(/^Prof\. /, '') : '–');
  field('0105', 'Geschlecht', p.gender === 'f' ? 'weiblich' : 'männlich');
  field('0106', 'Geburtsdatum', ctx.ndate(p.birth), 'geburtsdatum');
  field('0107', 'Geburtsort', `${p.birthPlace}${rng.chance(0.2) ? ', Deutschland' : ''}`);
  field('0108', 'Staatsangehörigkeit(en)', m.staat);
  field('0109', 'Familienstand', m.familienstand);
  const flat = (code: string, status: string, a: fake.Address, key: string, moveIn: IsoDate, reg: IsoDate | undefined, main: boolean) => {
    field(`${code}1`, 'Wohnungsstatus', status);
    field(`${code}2`, 'Straße, Hausnummer', `${a.street} ${a.no}`, main ? 'anschrift' : undefined);
    field(`${code}3`, 'Postleitzahl', a.plz);
    field(`${code}4`, 'Gemeinde', a.city);
    field(`${code}5`, 'Gemeindeschlüssel', key);
    field(`${code}6`, ctx.pick(['Einzugsdatum'], ['Tag des Einzugs', 'Datum des Einzugs']), ctx.ndate(moveIn), main ? 'einzugsdatum' : undefined);
    if (reg) field(`${code}7`, ctx.pick(['Anmeldedatum'], ['Tag der Anmeldung']), ctx.ndate(reg));
  };
  const mainFirst = !secondary || rng.chance(0.6);
  group('02  Gegenwärtige Anschrift(en)');
  if (secondary && !mainFirst) flat('020', 'Nebenwohnung', secondary.address, agsOf(), secondary.einzug, addDays(secondary.einzug, rng.int(1, 12)), false);
  flat(secondary && !mainFirst ? '021' : '020', secondary ? 'Hauptwohnung' : rng.pick(['alleinige Wohnung', 'Hauptwohnung']), m.address, ags, m.einzug, angemeldet, true);
  if (secondary && mainFirst) flat('021', 'Nebenwohnung', secondary.address, agsOf(), secondary.einzug, addDays(secondary.einzug, rng.int(1, 12)), false);
  field('0290', ctx.pick(['Zuzug in die Gemeinde'], ['Tag des Zuzugs in die Gemeinde', 'Zuzugsdatum (Gemeinde)']), ctx.ndate(zuzug));
  group('03  Letzte frühere Anschrift');
  field('0301', 'Straße, Hausnummer', `${former.address.street} ${former.address.no}`);
  field('0302', 'Postleitzahl, Gemeinde', `${former.address.plz} ${former.address.city}`);
  field('0303', 'Einzugsdatum', ctx.ndate(former.von));
  field('0304', ctx.pick(['Auszugsdatum'], ['Tag des Auszugs']), ctx.ndate(former.bis));
  group('09  Sonstiges');
  field('0901', 'Auskunftssperre (§ 51 BMG)', 'nein');
  field('0902', 'Bedingter Sperrvermerk (§ 52 BMG)', 'nein');
  field('0903', 'Letzte Änderung des Datensatzes', ts(lastChange));
  d.move(10);
  d.para(`Der Abruf wurde nach § 40 BMG unter der Protokollnummer ${logNo} protokolliert. Die übermittelten Daten dürfen nur für den angegebenen Zweck verwendet werden (§ 41 BMG). Die Auskunft gibt den Stand des Melderegisters zum Zeitpunkt der Anfrage wieder.`, { size: 7.6, color: GRAY });
  d.write(`Ausgedruckt von ${userId} am ${ts(ctx.today)} um ${clock} Uhr`, { size: 7.6, color: GRAY });
  ctx.set('name', fake.fullName(p));
  ctx.set('geburtsdatum', p.birth);
  ctx.set('anschrift', fake.addressLine(m.address));
  ctx.set('einzugsdatum', m.einzug);
}

/**
 * blind14: the confirmation of an electronic registration of residence (eWA, § 23a BMG), as the
 * Wohngeld office printed it from its mailbox: page 1 the applicant's e-mail forwarding the town's
 * automatic notice (mail-client print header, the applicant's short note, the forwarded header and
 * the notice with the process number, the day the online form was sent and the day it was entered
 * in the register, the attachment's name); page 2 the attached PDF, a „Meldebestätigung“ with an
 * electronic seal: the registering person, the new flat with the landlord and the Wohnungsgeber's
 * confirmation day, the previous flat, persons registered with them (birth dates), the ID card whose
 * chip was updated (masked number, expiry) and a verification box.
 */
function blind14EwaWeitergeleitet(ctx: Ctx): void {
  const rng = ctx.rng;
  const m = draw(ctx);
  const p = m.person;
  p.title = undefined;
  const city = m.address.city;
  const einzug = addDays(ctx.today, -rng.int(18, 220));
  const submitted = addDays(einzug, rng.int(0, 13));
  const entered = addDays(submitted, rng.int(0, 3));
  // the applicant forwards the notice when the Wohngeld office asks for it, at the latest today
  const forwarded = addDays(entered, rng.int(1, Math.max(1, Math.min(40, Math.round((Date.parse(ctx.today) - Date.parse(entered)) / 86400000)))));
  const previous = rng.chance(0.4) ? fake.sameCityAddress(rng, m.address) : m.previous[0].address;
  const office = city === 'Berlin' ? 'Land Berlin' : city === 'Hamburg' ? 'Freie und Hansestadt Hamburg' : city === 'Bremen' ? 'Freie Hansestadt Bremen' : `Stadt ${city}`;
  const unit = city === 'Berlin' ? 'Landesamt für Bürger- und Ordnungsangelegenheiten' : rng.pick(['Bürgeramt', 'Bürgerservice – Meldebehörde', 'Bürgerbüro', 'Einwohnerwesen']);
  const slug = city.toLowerCase().replace(/ä/g, 'ae').replace(/ö/g, 'oe').replace(/ü/g, 'ue').replace(/ß/g, 'ss').replace(/[^a-z]+/g, '-').replace(/-$/, '');
  const vorgang = `EWA-${submitted.slice(0, 4)}-${rng.digits(7)}`;
  const pdfName = `Meldebestaetigung_${vorgang}.pdf`;
  const mail = `${p.first.split(' ')[0].toLowerCase().replace(/ä/g, 'ae').replace(/ö/g, 'oe').replace(/ü/g, 'ue').replace(/ß/g, 'ss').replace(/[^a-z]/g, '')}.${p.last.toLowerCase().replace(/ä/g, 'ae').replace(/ö/g, 'oe').replace(/ü/g, 'ue').replace(/ß/g, 'ss').replace(/[^a-z]/g, '')}${rng.pick(['', String(p.birth.slice(2, 4)), rng.digits(2)])}@${rng.pick(['web.de', 'gmx.de', 'gmail.com', 't-online.de', 'posteo.de', 'outlook.de'])}`;
  const wgMail = rng.pick(['wohngeld', 'wohngeldstelle', 'sozialamt.wohngeld']) + `@${slug}.de`;
  const clerk = fake.person(rng);
  const landlord = rng.chance(0.55) ? fake.landlordOrganisation(rng, city) : fake.fullName(fake.person(rng, { bornFrom: 1945, bornTo: 1985 }));
  const wgbDay = addDays(einzug, -rng.int(0, 10));
  const wgAz = `${rng.pick(['WG', 'W', '50.2'])}-${rng.digits(5)}/${ctx.today.slice(2, 4)}`;
  const WEEKDAYS = ['Sonntag', 'Montag', 'Dienstag', 'Mittwoch', 'Donnerstag', 'Freitag', 'Samstag'];
  const longDay = (x: IsoDate) => `${WEEKDAYS[new Date(`${x}T00:00:00Z`).getUTCDay()]}, ${Number(x.slice(8, 10))}. ${fake.MONTHS_DE[Number(x.slice(5, 7)) - 1]} ${x.slice(0, 4)}`;
  const clock = () => `${String(rng.int(6, 23)).padStart(2, '0')}:${String(rng.int(0, 59)).padStart(2, '0')}`;
  // people who moved in together and were registered in the same online procedure
  const together = rng.chance(0.5) ? household(rng, p, ctx.today).slice(0, rng.int(1, 3)) : [];
  const idExpiry = addMonths(ctx.today, rng.int(8, 110));
  const idNo = `${rng.pick(['L', 'T', 'C'])}${rng.pick(['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', 'F', 'G', 'H', 'K', 'M'])}${rng.pick(['X', 'Y', 'Z', 'R', 'V'])}•••••${rng.digits(1)}`;
  const sendClock = clock();
  const ownClock = clock();

  const d = ctx.start({ family: 'helvetica', size: 9.5, margins: { left: 54, right: 54, top: 48, bottom: 54 } });
  const L = d.left;
  // page 1: the mail client's print of the forwarded message
  d.text(L, 58, `${rng.pick(['Wohngeldstelle', 'Wohngeld'])} ${office.replace(/^Stadt /, '')}${rng.chance(0.5) ? ` – ${clerk.first.split(' ')[0]} ${clerk.last}` : ''}`, { size: 13, bold: true });
  d.hline(66, L, d.right, 2.2);
  const headerRow = (y: number, label: string, value: string, bold = false) => {
    d.text(L, y, label, { size: 9.5, bold: true });
    d.text(L + 78, y, value, { size: 9.5, bold });
  };
  let y = 86;
  const own: [string, string][] = [
    ['Von:', `${p.first} ${p.last} <${mail}>`],
    ['Gesendet:', `${longDay(forwarded)} ${ownClock}`],
    ['An:', wgMail],
    ['Betreff:', `${rng.pick(['WG', 'Fwd', 'WG'])}: Ihre elektronische Wohnsitzanmeldung – Vorgang ${vorgang}`],
    ['Anlagen:', `${pdfName}`],
  ];
  own.forEach(([l, v]) => {
    headerRow(y, l, v);
    y += 13;
  });
  d.y = y + 14;
  d.write(rng.pick(['Sehr geehrte Damen und Herren,', `Sehr geehrte${clerk.gender === 'f' ? ' Frau' : 'r Herr'} ${clerk.last},`, 'Hallo,']));
  d.move(4);
  d.para(rng.pick([
    `anbei wie gewünscht die Meldebestätigung für meinen Wohngeldantrag (Ihr Zeichen ${wgAz}). Ein Papierexemplar habe ich nicht bekommen, die Anmeldung lief online.`,
    `wie am Telefon besprochen schicke ich Ihnen die Bestätigung der Stadt über meine Anmeldung. Mein Aktenzeichen bei Ihnen ist ${wgAz}.`,
    `hier die fehlende Meldebescheinigung zu meinem Antrag ${wgAz}. Ich habe mich über das Internet angemeldet, deshalb gibt es nur diese PDF.`,
  ]));
  d.write('Mit freundlichen Grüßen');
  d.write(`${p.first.split(' ')[0]} ${p.last}`);
  if (rng.chance(0.4)) {
    d.move(4);
    d.write(rng.pick(['Von meinem iPhone gesendet', 'Gesendet mit der WEB.DE Mail App', 'Von meinem Samsung Galaxy Smartphone gesendet']), { color: GRAY, size: 8.5 });
  }
  d.move(12);
  d.hline(d.y, L, L + 200, 0.6, GRAY);
  d.move(10);
  y = d.y + 10;
  const fwd: [string, string][] = [
    ['Von:', `${office} – ${unit} <noreply-ewa@${slug}.de>`],
    ['Gesendet:', `${longDay(entered)} ${sendClock}`],
    ['An:', mail],
    ['Betreff:', `Ihre elektronische Wohnsitzanmeldung – Vorgang ${vorgang}`],
  ];
  fwd.forEach(([l, v]) => {
    headerRow(y, l, v);
    y += 13;
  });
  d.y = y + 12;
  d.write(`Guten Tag ${p.first.split(' ')[0]} ${p.last},`);
  d.move(4);
  d.para(`vielen Dank für Ihre elektronische Wohnsitzanmeldung vom ${ctx.date(submitted)}. ${together.length ? `Ihre Anmeldung und die Anmeldung der mit Ihnen eingezogenen Personen wurden` : 'Ihre Anmeldung wurde'} am ${ctx.date(entered)} in das Melderegister ${city === 'Berlin' || city === 'Hamburg' || city === 'Bremen' ? `des Landes` : `der Stadt ${city}`} übernommen.`);
  d.para(`Ihre Meldebestätigung finden Sie im Anhang dieser E-Mail (${pdfName}) und in Ihrem Postfach der BundID. Bitte bewahren Sie die Meldebestätigung auf; Sie benötigen sie zum Beispiel gegenüber Behörden, Banken oder Ihrem Arbeitgeber.`);
  d.para(`Die neue Anschrift wurde auf dem Chip Ihres Personalausweises gespeichert. Den Aufkleber mit der neuen Anschrift für die Rückseite des Ausweises senden wir Ihnen in den nächsten Tagen per Post zu.`);
  d.para(`Diese E-Mail wurde automatisch erzeugt. Antworten an diese Adresse können nicht bearbeitet werden. Bei Fragen wenden Sie sich bitte an ${unit === 'Einwohnerwesen' ? 'das Einwohnerwesen' : `das ${unit.split(' – ')[0]}`} unter der Behördennummer 115.`, { size: 8.8, color: GRAY });
  d.write(`${office} – ${unit}`, { size: 8.8, color: GRAY });

  // page 2: the attached PDF
  d.newPage();
  const accent: [number, number, number] = rng.pick([[0.55, 0.08, 0.12], [0.0, 0.3, 0.55], [0.1, 0.35, 0.25], [0.3, 0.3, 0.3]]);
  d.rect(0, 0, d.width, 6, { fill: accent });
  d.rect(L, 30, 22, 26, { fill: accent });
  d.text(L + 30, 42, office, { size: 12.5, bold: true });
  d.text(L + 30, 54, unit, { size: 9 });
  d.text(d.right, 42, 'Elektronische Wohnsitzanmeldung', { size: 8, align: 'right', color: GRAY });
  d.text(d.right, 53, `Vorgang ${vorgang}`, { size: 8, align: 'right', color: GRAY });
  d.y = 84;
  d.write(ctx.pick(['Meldebestätigung'], ['Bestätigung der Anmeldung', 'Amtliche Meldebestätigung']), { size: 17, bold: true });
  d.write('nach § 24 Absatz 2 Bundesmeldegesetz (BMG) – elektronisch erteilt', { size: 9, color: GRAY });
  d.move(6);
  d.para(`${together.length ? 'Die nachstehend genannten Personen haben sich' : 'Die nachstehend genannte Person hat sich'} am ${ctx.date(submitted)} über den Onlinedienst „Elektronische Wohnsitzanmeldung“ angemeldet. Die Anmeldung wurde am ${ctx.date(entered)} im Melderegister erfasst.`, { size: 9.5 });
  const band = (title: string) => {
    d.ensure(50);
    d.move(4);
    d.rect(L, d.y, d.contentWidth, 15, { fill: [0.93, 0.93, 0.93] });
    d.rect(L, d.y, 3, 15, { fill: accent });
    d.text(L + 9, d.y + 10.8, title, { size: 9.5, bold: true });
    d.y += 19;
  };
  const lx = L + 6;
  const vx = L + 178;
  const line = (label: string, value: string, field?: string) => {
    d.row([{ x: lx, text: label, color: GRAY, width: vx - lx - 8 }, { x: vx, text: value, field, width: d.right - vx }], { size: 9.5, minHeight: 14.5 });
  };
  band(ctx.pick(['Meldende Person'], ['Angemeldete Person', 'Angaben zur meldenden Person']));
  const together1 = rng.chance(0.5);
  if (together1) line('Name, Vornamen', ctx.name(p, 'last-first'), 'name');
  else {
    line('Familienname', p.last, 'name');
    line('Vornamen', p.first);
  }
  if (p.birthName) line('Geburtsname', p.birthName);
  line(ctx.pick(['Geburtsdatum'], ['Tag der Geburt', 'geboren am']), ctx.ndate(p.birth), 'geburtsdatum');
  line('Geburtsort', p.birthPlace);
  line('Staatsangehörigkeit', m.staat);
  band(ctx.pick(['Neue Wohnung'], ['Bezogene Wohnung', 'Anschrift der neuen Wohnung']));
  line('Straße, Hausnummer', `${m.address.street} ${m.address.no}`, 'anschrift');
  line('Postleitzahl, Ort', `${m.address.plz} ${m.address.city}`);
  if (rng.chance(0.4)) line('Adresszusatz', rng.pick(['Hinterhaus', 'Seitenflügel links', `Whg. ${rng.int(1, 40)}`, `bei ${fake.person(rng).last}`, `${rng.int(1, 5)}. OG rechts`]));
  line('Wohnungsstatus', 'alleinige Wohnung');
  line(ctx.pick(['Einzugsdatum', 'Tag des Einzugs'], ['Bezug der Wohnung am', 'eingezogen am']), ctx.ndate(einzug), 'einzugsdatum');
  line('Wohnungsgeber', landlord);
  line('Wohnungsgeberbestätigung vom', ctx.ndate(wgbDay));
  band(ctx.pick(['Bisherige Wohnung'], ['Letzte Wohnung', 'Vorherige Anschrift']));
  line('Anschrift', `${previous.street} ${previous.no}, ${previous.plz} ${previous.city}`);
  line('Wohnungsstatus', rng.pick(['alleinige Wohnung', 'Hauptwohnung']));
  line('wird beibehalten', 'nein');
  if (together.length) {
    band('Mit angemeldete Personen');
    const c = { n: lx, name: lx + 22, rel: lx + 210, geb: lx + 300, ort: lx + 372 };
    d.row([
      { x: c.n, text: 'Nr.', bold: true }, { x: c.name, text: 'Name, Vornamen', bold: true }, { x: c.rel, text: 'Beziehung', bold: true }, { x: c.geb, text: 'Geburtsdatum', bold: true }, { x: c.ort, text: 'Geburtsort', bold: true },
    ], { size: 8.6, minHeight: 13 });
    d.hline(d.y, L, d.right, 0.4, GRAY);
    together.forEach((mem, i) => {
      d.row([
        { x: c.n, text: `${i + 2}` }, { x: c.name, text: `${mem.person.last}, ${mem.person.first}` }, { x: c.rel, text: mem.relation }, { x: c.geb, text: ctx.ndate(mem.person.birth) }, { x: c.ort, text: mem.person.birthPlace },
      ], { size: 8.6, minHeight: 13 });
    });
  }
  band('Ausweisdokument');
  line('Dokument', `Personalausweis Nr. ${idNo}`);
  line('gültig bis', ctx.ndate(idExpiry));
  line('Anschrift im Chip geändert am', ctx.ndate(entered));
  d.move(10);
  d.ensure(80);
  const boxTop = d.y;
  d.rect(L, boxTop, d.contentWidth, 66, { stroke: accent, lineWidth: 0.8 });
  // a stand-in for the two-dimensional code the verification page reads
  const mod = 2.4;
  const finder = (i: number, j: number) => {
    for (const [fi, fj] of [[0, 0], [14, 0], [0, 14]]) {
      const a = i - fi;
      const b = j - fj;
      if (a >= 0 && a < 7 && b >= 0 && b < 7) return a === 0 || a === 6 || b === 0 || b === 6 || (a >= 2 && a <= 4 && b >= 2 && b <= 4) ? 1 : 0;
    }
    return -1;
  };
  for (let i = 0; i < 21; i++)
    for (let j = 0; j < 21; j++) {
      const f = finder(i, j);
      if (f === 1 || (f === -1 && rng.chance(0.5))) d.rect(L + 8 + i * mod, boxTop + 8 + j * mod, mod, mod, { fill: [0.1, 0.1, 0.1] });
    }
  d.text(L + 68, boxTop + 16, 'Elektronisches Siegel', { size: 8.5, bold: true });
  d.text(L + 68, boxTop + 28, `Dieses Dokument wurde am ${ctx.ndate(entered)} um ${sendClock} Uhr maschinell erstellt und mit einem qualifizierten elektronischen`, { size: 7.5 });
  d.text(L + 68, boxTop + 38, 'Siegel der Meldebehörde versehen. Es ist ohne Unterschrift gültig. Die Echtheit können Sie prüfen unter', { size: 7.5 });
  d.text(L + 68, boxTop + 48, `https://www.${slug}.de/meldebestaetigung-pruefen – Prüfcode ${rng.digits(4)}-${rng.digits(4)}-${rng.digits(4)}`, { size: 7.5 });
  d.y = boxTop + 74;
  d.para('Die Meldebestätigung wird gebührenfrei erteilt. Eine Meldebescheinigung mit weiteren Angaben erhalten Sie auf Antrag über das Serviceportal oder im Bürgeramt.', { size: 8, color: GRAY });
  d.onEveryPage((doc, page, pages) => {
    if (page === 1) doc.text(doc.width / 2, doc.height - 28, String(page), { size: 8, align: 'center' });
    else doc.text(doc.right, doc.height - 28, `${pdfName} – Seite ${page - 1} von ${pages - 1}`, { size: 7, align: 'right', color: GRAY });
  });
  ctx.set('name', fake.fullName(p));
  ctx.set('geburtsdatum', p.birth);
  ctx.set('anschrift', fake.addressLine(m.address));
  ctx.set('einzugsdatum', einzug);
}

/**
 * blind15: a university town's citizens' office posts a simple certificate after the resident
 * declared the flat in town, so far a secondary residence, to be the main one (change of status,
 * often because of the second-home tax): the office's particulars in a column at the right, a short
 * letter with the declaration day and the day from which the flat is the main residence, then a
 * framed register extract where the flat's move-in day lies years before that day; the parents'
 * flat elsewhere is kept as the secondary residence or was deregistered.
 */
function blind15StatuswechselHauptwohnung(ctx: Ctx): void {
  const rng = ctx.rng;
  const towns: readonly (readonly [string, string, string])[] = [
    ['Stadt Göttingen', 'Fachdienst Bürgerangelegenheiten', 'Göttingen'],
    ['Stadt Jena', 'Fachdienst Bürgerservice – Meldewesen', 'Jena'],
    ['Stadt Heidelberg', 'Bürgeramt Mitte', 'Heidelberg'],
    ['Stadt Münster', 'Bürgerbüro Mitte – Meldeangelegenheiten', 'Münster'],
    ['Stadt Freiburg im Breisgau', 'Amt für Bürgerservice und Informationsverarbeitung', 'Freiburg im Breisgau'],
    ['Universitäts- und Hansestadt Greifswald', 'Meldebehörde', 'Greifswald'],
    ['Stadt Würzburg', 'Bürgerbüro – Einwohnermeldewesen', 'Würzburg'],
    ['Stadt Regensburg', 'Amt für Bürgerservice', 'Regensburg'],
    ['Stadt Trier', 'Bürgeramt – Meldestelle', 'Trier'],
    ['Landeshauptstadt Kiel', 'Bürger- und Ordnungsamt – Meldeangelegenheiten', 'Kiel'],
  ];
  const [town, unit, city] = rng.pick(towns);
  const student = rng.chance(0.65);
  const p = fake.person(rng, student ? { bornFrom: 1996, bornTo: 2005, titleChance: 0 } : { bornFrom: 1962, bornTo: 1995, titleChance: 0.05 });
  const flat = fake.address(rng, { city });
  const office = fake.address(rng, { city });
  const parents = fake.address(rng);
  if (parents.city === city) parents.city = rng.pick(['Kassel', 'Fulda', 'Gera', 'Plauen', 'Bautzen', 'Ulm', 'Rosenheim']);
  const einzug = addDays(ctx.today, -rng.int(200, 2400));
  // the declaration comes months or years after the move-in; the status changes from its arrival
  const declared = addDays(ctx.today, -rng.int(3, 40));
  const statusAb = rng.chance(0.5) ? declared : addDays(declared, rng.int(1, 5));
  const keepSecondary = rng.chance(0.6);
  const parentsMoveOut = addDays(statusAb, -1);
  const reference = `${rng.pick(['32', '33.1', 'BA'])}-${rng.digits(6)}`;
  const clerk = fake.person(rng);
  const kasse = fake.bankAccount(rng);
  const steuerEnde = (() => {
    const [y, m] = statusAb.split('-').map(Number);
    return new Date(Date.UTC(y, m, 0)).toISOString().slice(0, 10);
  })();
  const flatLabel = ctx.pick(['Anschrift'], ['Straße, Hausnummer', 'Wohnanschrift']);
  const moveLabel = ctx.pick(['Einzugsdatum', 'Einzug'], ['bezogen am', 'Einzug in diese Wohnung', 'Tag des Einzugs']);

  const accent: [number, number, number] = rng.pick([[0.55, 0.1, 0.15], [0.1, 0.3, 0.55], [0.15, 0.4, 0.3], [0.3, 0.3, 0.3]]);
  const d = ctx.start({ family: rng.pick(['helvetica', 'helvetica', 'times']), size: 9.5, margins: { left: 62, right: 190, top: 56, bottom: 70 } });
  const colX = d.width - 168;
  // letterhead: a small arms block and the town over the unit
  d.rect(d.left, 34, 16, 20, { fill: accent });
  d.rect(d.left + 4, 39, 8, 10, { fill: [1, 1, 1] });
  d.text(d.left + 24, 46, town, { size: 13, bold: true, color: accent });
  d.text(d.left + 24, 58, unit, { size: 8.5 });
  // the column at the right with the office's particulars
  const side: [string, string[]][] = [
    ['Dienststelle', [unit.split(' – ')[0], `${office.street} ${office.no}`, `${office.plz} ${city}`]],
    [ctx.pick(['Ansprechpartner/in'], ['Sachbearbeitung', 'Ihre Ansprechperson']), [`${clerk.gender === 'f' ? 'Frau' : 'Herr'} ${clerk.last}`, `Telefon ${fake.phone(rng)}`, 'oder Behördennummer 115']],
    [ctx.pick(['Unser Zeichen'], ['Geschäftszeichen', 'Vorgang']), [reference]],
    [ctx.pick(['Ihre Erklärung vom'], ['Ihre Mitteilung vom']), [ctx.ndate(declared)]],
    ['Datum', [ctx.ndate(ctx.today)]],
    ['Öffnungszeiten', ['Mo, Di, Fr 8–12 Uhr', 'Do 14–18 Uhr', 'nur mit Termin']],
    ['Bankverbindung', [`Stadtkasse ${city}`, fake.groupIban(kasse.iban), kasse.bank.bic]],
  ];
  let sy = 104;
  d.line(colX - 10, 96, colX - 10, 520, 0.4, GRAY);
  for (const [head, lines] of side) {
    d.text(colX, sy, head, { size: 7, bold: true, color: accent });
    sy += 9;
    for (const l of lines) {
      d.text(colX, sy, l, { size: 7.5 });
      sy += 9;
    }
    sy += 6;
  }
  returnLine(d, `${town} · ${office.street} ${office.no} · ${office.plz} ${city}`);
  addressWindow(d, recipientLines(ctx, p, flat, { name: 'name' }));

  d.y = 262;
  d.write(ctx.pick(['Meldebescheinigung'], ['Bescheinigung aus dem Melderegister', 'Meldebestätigung nach Statusänderung']), { size: 13, bold: true });
  d.write(`${ctx.pick(['Änderung des Wohnungsstatus'], ['Erklärung zur vorwiegend benutzten Wohnung', 'Umwandlung der Nebenwohnung in die Hauptwohnung'])} (§ 21 und § 22 BMG)`, { size: 9.5, bold: true });
  d.move(8);
  d.write(p.gender === 'f' ? `Sehr geehrte Frau ${p.last},` : `Sehr geehrter Herr ${p.last},`);
  d.para(`Sie haben uns am ${ctx.date(declared)} mitgeteilt, dass Sie die Wohnung in ${city} vorwiegend benutzen. Wir haben diese Wohnung deshalb mit Wirkung vom ${ctx.date(statusAb)} als Hauptwohnung in das Melderegister eingetragen. ${keepSecondary ? `Ihre Wohnung in ${parents.city} ist seitdem Nebenwohnung; die dortige Meldebehörde wurde unterrichtet.` : `Die Wohnung in ${parents.city} haben Sie zum ${ctx.date(parentsMoveOut)} abgemeldet.`}`);
  d.para(`${ctx.pick(['Die Meldebescheinigung fügen wir bei'], ['Über die Eintragung erhalten Sie die folgende Bescheinigung', 'Die folgende Bescheinigung gibt den Stand des Melderegisters wieder'])}:`);

  // the framed extract
  d.move(2);
  const fx = d.left;
  const fw = d.contentWidth;
  const top = d.y;
  d.y += 8;
  d.text(fx + 8, d.y + 10, ctx.pick(['Einfache Meldebescheinigung'], ['Meldebescheinigung nach § 18 Abs. 1 BMG', 'Auszug aus dem Melderegister (einfach)']), { size: 10.5, bold: true });
  d.y += 18;
  d.hline(d.y, fx + 8, fx + fw - 8, 0.5, accent);
  d.y += 4;
  const lx = fx + 8;
  const vx = fx + 128;
  const line = (label: string, value: string, opts: { field?: string; bold?: boolean } = {}) =>
    d.row([{ x: lx, text: label, size: 8.5, color: GRAY, width: vx - lx - 6 }, { x: vx, text: value, size: 9.5, field: opts.field, bold: opts.bold, width: fx + fw - 8 - vx }], { minHeight: 14 });
  line(ctx.pick(['Familienname'], ['Name']), p.last, { bold: true });
  line('Vornamen', p.first);
  if (p.title) line('Doktorgrad', p.title);
  if (p.birthName) line('Geburtsname', p.birthName);
  d.row([{ x: lx, text: ctx.pick(['Geburtsdatum, Geburtsort'], ['Tag und Ort der Geburt']), size: 8.5, color: GRAY }, { x: vx, text: `${ctx.v('geburtsdatum', ctx.ndate(p.birth))} in ${p.birthPlace}`, size: 9.5 }], { minHeight: 14 });
  d.move(4);
  d.text(lx, d.y + 9, ctx.pick(['Hauptwohnung'], ['Alleinige bzw. Hauptwohnung', 'Vorwiegend benutzte Wohnung']), { size: 8.5, bold: true, color: accent });
  d.y += 14;
  line(flatLabel, `${flat.street} ${flat.no}`, { field: 'anschrift' });
  line('PLZ, Ort', `${flat.plz} ${city}`);
  line(moveLabel, ctx.ndate(einzug), { field: 'einzugsdatum' });
  line(ctx.pick(['Status'], ['Wohnungsstatus', 'Art der Wohnung']), `Hauptwohnung seit ${ctx.ndate(statusAb)}, zuvor Nebenwohnung`);
  d.move(4);
  d.text(lx, d.y + 9, keepSecondary ? 'Nebenwohnung' : ctx.pick(['Frühere Hauptwohnung'], ['Letzte frühere Wohnung']), { size: 8.5, bold: true, color: accent });
  d.y += 14;
  line('Anschrift', `${parents.street} ${parents.no}, ${parents.plz} ${parents.city}`);
  if (keepSecondary) line('Status', `Nebenwohnung seit ${ctx.ndate(statusAb)}, zuvor Hauptwohnung`);
  else line('Auszug', ctx.ndate(parentsMoveOut));
  d.move(8);
  d.rect(fx, top, fw, d.y - top, { stroke: accent, lineWidth: 1 });
  d.move(10);

  d.para(`Hinweis zur Zweitwohnungsteuer: Ihre Steuerpflicht für die Wohnung in ${city} endet mit Ablauf des ${ctx.date(steuerEnde)}. Einen Bescheid darüber erhalten Sie von der Steuerabteilung der Stadt gesondert.`, { size: 8.5 });
  d.para(`Diese Bescheinigung wird gebührenfrei erteilt. Sie wurde maschinell erstellt und ist ohne Unterschrift gültig.`, { size: 8.5 });
  d.move(6);
  d.write('Mit freundlichen Grüßen');
  d.write('Ihr Bürgerservice');
  d.move(8);
  d.rect(d.left + 200, d.y - 52, 64, 64, { stroke: [0.3, 0.3, 0.6], lineWidth: 0.9 });
  d.text(d.left + 232, d.y - 16, 'Siegel', { size: 7, align: 'center', color: [0.3, 0.3, 0.6] });
  d.onEveryPage((doc, page, pages) => {
    doc.hline(doc.height - 48, doc.left, doc.width - 40, 0.3, GRAY);
    doc.text(doc.left, doc.height - 38, `${town} · ${unit} · Datenschutzhinweise: www.${city.toLowerCase().replace(/ä/g, 'ae').replace(/ö/g, 'oe').replace(/ü/g, 'ue').replace(/[^a-z]/g, '')}.de/datenschutz`, { size: 6.5, color: GRAY });
    doc.text(doc.width - 40, doc.height - 38, `${page}/${pages}`, { size: 7, align: 'right', color: GRAY });
  });
  ctx.set('name', fake.fullName(p));
  ctx.set('geburtsdatum', p.birth);
  ctx.set('anschrift', fake.addressLine(flat));
  ctx.set('einzugsdatum', einzug);
}

export const meldebescheinigung: DocumentKind = {
  type: 'meldebescheinigung',
  layouts: [
    { id: 'bmg18-einfach', build: einfach },
    { id: 'bmg18-erweitert', build: erweitert },
    { id: 'buergerbuero-brief', build: brief },
    { id: 'registerauszug-tabelle', holdout: true, build: registerauszug },
    { id: 'blind-portal-selbstauskunft', holdout: true, build: blindPortalSelbstauskunft },
    { id: 'blind2-anmeldebestaetigung-raster', holdout: true, build: blind2AnmeldebestaetigungRaster },
    { id: 'blind3-haupt-nebenwohnung', holdout: true, build: blind3HauptNebenwohnung },
    { id: 'blind4-mehrere-personen', holdout: true, build: blind4MehrerePersonen },
    { id: 'blind5-zweisprachig-zuzug-ausland', holdout: true, build: blind5ZweisprachigZuzugAusland },
    { id: 'blind6-minderjaehriges-kind', holdout: true, build: blind6MinderjaehrigesKind },
    { id: 'blind7-lueckentext-sicherheitspapier', holdout: true, build: blind7LueckentextSicherheitspapier },
    { id: 'blind8-registerprogramm-quer', holdout: true, build: blind8RegisterprogrammQuer },
    { id: 'blind9-bevollmaechtigte-quittung', holdout: true, build: blind9BevollmaechtigteQuittung },
    { id: 'blind10-verbandsgemeinde-punktleisten', holdout: true, build: blind10VerbandsgemeindePunktleisten },
    { id: 'blind11-campus-anmeldung', holdout: true, build: blind11CampusAnmeldung },
    { id: 'blind12-vordruck-wohngeldstelle', holdout: true, build: blind12VordruckWohngeldstelle },
    { id: 'blind13-registerabruf-behoerde', holdout: true, build: blind13RegisterabrufBehoerde },
    { id: 'blind14-ewa-weitergeleitet', holdout: true, build: blind14EwaWeitergeleitet },
    { id: 'blind15-statuswechsel-hauptwohnung', holdout: true, build: blind15StatuswechselHauptwohnung },
  ],
};
