/** Schwerbehinderung: a photocopied card (front and back), a Feststellungsbescheid, a Neufeststellung with old and new GdB, an old paper Ausweis, a notice extending the card with an overview box, a notice granting an objection, a notice refusing a higher degree, a first notice for a child written to its parents, a certificate of the findings for the tax office and the employer, a notice lowering the degree after the period of Heilungsbewährung the carrier letter of a new card with the supplementary sheet for free transport, a notice carrying out a settlement before the social court, posted to the representative, a first notice from the online procedure with the photo upload code, a notice explained in Leichte Sprache with the binding notice attached, the objection authority's Widerspruchsbescheid set like a ruling, a first notice for a person without German citizenship whose card ends with the residence title, a district's notice on an application for a sign (Merkzeichen) with the form to choose between the transport token and the vehicle-tax reduction, and a state office's notice correcting obvious slips in its own earlier notice (§ 38 SGB X), and the office's answer to the Wohngeld office's request for information about a household member (holdout). */
import { addressWindow, box, closing, footer, GRAY, infoBlock, LIGHT, recipientLines, rechtsbehelf, returnLine, subject, table, type Cell } from '../blocks.js';
import type { Ctx } from '../context.js';
import { addDays, addMonths, firstOfMonth, lastOfMonth, type IsoDate } from '../dates.js';
import * as fake from '../fake.js';
import { MONTHS_DE as MONTHS_LONG } from '../fake.js';
import type { DocumentKind } from '../layout.js';

interface Sb {
  person: fake.Person;
  address: fake.Address;
  gdb: number;
  merkzeichen: string[];
  ab: IsoDate;
  bis?: IsoDate;
  nr: string;
  behoerde: string;
  einzel: { text: string; gdb: number }[];
  alt: number;
}

const LEIDEN = ['Funktionsbehinderung der Wirbelsäule', 'Diabetes mellitus', 'Bluthochdruck', 'Herzleistungsminderung', 'Depression', 'Schwerhörigkeit beidseits', 'Funktionsstörung beider Kniegelenke', 'chronische Bronchitis', 'Teilverlust der rechten Hand', 'Sehminderung', 'Polyneuropathie', 'Hüftgelenksendoprothese links'];

function draw(ctx: Ctx, minGdb = 20): Sb {
  const person = fake.person(ctx.rng, { bornFrom: 1945, bornTo: 2010 });
  person.title = undefined;
  const gdb = ctx.rng.pick([20, 30, 40, 50, 50, 60, 70, 80, 90, 100].filter((g) => g >= minGdb));
  const ab = addDays(ctx.today, -ctx.rng.int(30, 900));
  const unbefristet = ctx.rng.chance(0.3);
  const bis = unbefristet ? undefined : lastOfMonth(addMonths(ctx.today, ctx.rng.int(6, 60)));
  const parts = ctx.rng.sample(LEIDEN, ctx.rng.int(1, 4));
  const einzel = parts.map((text, i) => ({ text, gdb: i === 0 ? Math.min(gdb, ctx.rng.pick([30, 40, 50, gdb])) : ctx.rng.pick([10, 20, 30]) }));
  const address = fake.address(ctx.rng);
  const behoerde = ctx.rng.pick([
    'Landesamt für Gesundheit und Soziales – Versorgungsamt',
    'Zentrum Bayern Familie und Soziales – Schwerbehindertenrecht',
    `Landratsamt ${ctx.rng.pick(['Mittelsachsen', 'Bautzen', 'Erzgebirgskreis', 'Meißen'])} – Versorgungsamt`,
    `Stadt ${address.city} – Fachbereich Schwerbehindertenrecht`,
    'Landesamt für Soziales, Jugend und Versorgung',
    'Landesverwaltungsamt – Referat Schwerbehindertenrecht',
  ]);
  const merkzeichen = gdb >= 50 ? ctx.rng.sample(['G', 'B', 'aG', 'H', 'RF', 'Bl', 'Gl'], ctx.rng.weighted([[0, 4], [1, 3], [2, 2]])) : [];
  return { person, address, gdb, merkzeichen, ab, bis, nr: `${ctx.rng.pick(['A', 'B', 'L', 'S'])}${ctx.rng.digits(7)}`, behoerde, einzel, alt: Math.max(20, gdb - ctx.rng.pick([10, 20, 30])) };
}

function truth(ctx: Ctx, s: Sb): void {
  ctx.set('name', fake.fullName(s.person));
  ctx.set('gdb', s.gdb);
  if (s.bis) ctx.set('gueltig_bis', s.bis);
}

const unlimited = (ctx: Ctx) => ctx.pick(['unbefristet', 'unbefristet gültig'], ['ohne Befristung']);

/** A: the credit-card-sized card photocopied: front and back, enlarged, on one page or two */
function karte(ctx: Ctx): void {
  const s = draw(ctx, 50);
  const d = ctx.start({ family: 'helvetica', size: 10 });
  const scale = ctx.rng.float(1.5, 2.0);
  const w = 243 * scale;
  const h = 153 * scale;
  const x = (d.width - w) / 2;
  const twoPages = ctx.rng.chance(0.3);
  const front = (top: number) => {
    d.rect(x, top, w, h, { stroke: [0.3, 0.3, 0.3], fill: [0.93, 0.96, 0.93], lineWidth: 1 });
    d.text(x + 12, top + 22, 'Schwerbehindertenausweis', { size: 8 * scale, bold: true, color: [0.1, 0.35, 0.15] });
    d.text(x + w - 12, top + 22, 'Bundesrepublik Deutschland', { size: 4.5 * scale, align: 'right', color: [0.1, 0.35, 0.15] });
    d.rect(x + w - 12 - 60 * scale / 1.6, top + 32, 60 * scale / 1.6, 78 * scale / 1.6, { stroke: GRAY, fill: [0.8, 0.8, 0.8] });
    const lx = x + 12;
    let y = top + 44;
    const field = (label: string, value: Cell) => {
      d.text(lx, y, label, { size: 3.8 * scale, color: GRAY });
      const c = typeof value === 'string' ? { text: value } : value;
      d.text(lx, y + 5.5 * scale, c.text, { size: 5.5 * scale, bold: true, field: c.field });
      y += 12 * scale;
    };
    field('Name', { text: s.person.last, field: 'name' });
    field('Vorname', s.person.first);
    field('Geburtsdatum', ctx.ndate(s.person.birth));
    field('Gültig bis', s.bis ? { text: ctx.ndate(s.bis), field: 'gueltig_bis' } : unlimited(ctx));
    d.text(x + w - 12, top + h - 10, `Ausweis-Nr. ${s.nr}`, { size: 4 * scale, align: 'right' });
  };
  const back = (top: number) => {
    d.rect(x, top, w, h, { stroke: [0.3, 0.3, 0.3], fill: [0.93, 0.96, 0.93], lineWidth: 1 });
    d.text(x + 12, top + 20, ctx.pick(['Grad der Behinderung', 'GdB'], ['Grad d. Behinderung']), { size: 4.5 * scale, color: GRAY });
    d.text(x + 12, top + 20 + 11 * scale, String(s.gdb), { size: 11 * scale, bold: true, field: 'gdb' });
    d.text(x + w / 2, top + 20, 'Merkzeichen', { size: 4.5 * scale, color: GRAY });
    d.text(x + w / 2, top + 20 + 11 * scale, s.merkzeichen.join(' ') || '–', { size: 9 * scale, bold: true });
    d.text(x + 12, top + h - 40, 'Ausstellende Behörde', { size: 3.8 * scale, color: GRAY });
    d.text(x + 12, top + h - 40 + 6 * scale, s.behoerde.split(' – ')[0], { size: 4.5 * scale });
    d.text(x + 12, top + h - 12, `Gültig ab ${ctx.ndate(s.ab)}`, { size: 4.2 * scale });
    d.text(x + w - 12, top + h - 12, `Ausgestellt ${ctx.ndate(addDays(s.ab, ctx.rng.int(10, 60)))}`, { size: 4.2 * scale, align: 'right' });
  };
  d.text(d.left, 50, ctx.rng.pick(['Kopie Schwerbehindertenausweis (Vorder- und Rückseite)', 'Anlage: Nachweis Schwerbehinderung', '']), { size: 9, color: GRAY });
  front(80);
  if (twoPages) {
    d.newPage();
    back(80);
  } else back(80 + h + 40);
  truth(ctx, s);
}

/** B: Feststellungsbescheid: letter with the impairments, GdB and validity in the text */
function feststellung(ctx: Ctx): void {
  const s = draw(ctx);
  const d = ctx.start({ family: ctx.rng.pick(['helvetica', 'times']), size: 10 });
  d.text(d.left, 48, s.behoerde.split(' – ')[0], { size: 12, bold: true });
  d.text(d.left, 61, s.behoerde.split(' – ')[1] ?? 'Schwerbehindertenrecht', { size: 9 });
  returnLine(d, `${s.behoerde.split(' – ')[0]} · ${s.address.plz} ${s.address.city}`);
  addressWindow(d, recipientLines(ctx, s.person, s.address, { name: 'name' }));
  infoBlock(d, [['Aktenzeichen', `${ctx.rng.digits(2)}/${ctx.rng.digits(3)}/${ctx.rng.digits(5)}`], ['Datum', ctx.ndate(addDays(s.ab, ctx.rng.int(30, 120)))], ['Telefon', fake.phone(ctx.rng)]]);
  subject(d, [ctx.pick(['Feststellungsbescheid', 'Bescheid nach § 152 SGB IX'], ['Feststellung der Behinderung']), 'Ihr Antrag auf Feststellung einer Behinderung']);
  d.write(s.person.gender === 'f' ? `Sehr geehrte Frau ${s.person.last},` : `Sehr geehrter Herr ${s.person.last},`);
  d.para('aufgrund Ihres Antrags und der vorliegenden ärztlichen Unterlagen stelle ich fest:');
  d.para(`Der ${ctx.pick(['Grad der Behinderung (GdB)', 'GdB'], ['Gesamt-GdB'])} beträgt ab ${ctx.date(s.ab)} ${ctx.v('gdb', String(s.gdb))}.`);
  d.para('Folgende Funktionsbeeinträchtigungen wurden berücksichtigt:');
  const rows: Cell[][] = s.einzel.map((e, i) => [`${i + 1}.`, e.text, `Einzel-GdB ${e.gdb}`]);
  table(ctx, [{ header: 'Nr.', x: d.left }, { header: 'Funktionsbeeinträchtigung', x: d.left + 30 }, { header: 'Einzel-GdB', x: d.left + 330 }], rows, { size: 9 });
  if (s.merkzeichen.length) d.para(`Die gesundheitlichen Voraussetzungen für die Merkzeichen ${s.merkzeichen.join(', ')} liegen vor.`);
  if (s.gdb >= 50) d.para(s.bis ? `Der Schwerbehindertenausweis wird bis zum ${ctx.v('gueltig_bis', ctx.date(s.bis))} befristet.` : `Der Ausweis wird ${unlimited(ctx)} ausgestellt, da eine wesentliche Änderung nicht zu erwarten ist.`);
  else if (s.bis) d.para(`Die Feststellung ist befristet bis ${ctx.v('gueltig_bis', ctx.date(s.bis))}. Eine Nachprüfung von Amts wegen ist vorgesehen.`);
  else d.para('Die Feststellung gilt unbefristet. Einen Schwerbehindertenausweis erhalten Sie erst ab einem GdB von 50.');
  rechtsbehelf(ctx, s.behoerde.split(' – ')[0]);
  closing(ctx, { signer: fake.fullName(fake.person(ctx.rng)), auftrag: true });
  footer(d, [[s.behoerde], ['Sprechzeiten: Di 9–12, Do 13–17 Uhr']], 'Seite x von y');
  truth(ctx, s);
}

/** C: Neufeststellung: old and new GdB in a table */
function neufeststellung(ctx: Ctx): void {
  const s = draw(ctx, 30);
  const d = ctx.start({ family: 'helvetica', size: 9.5 });
  d.text(d.right, 48, s.behoerde, { size: 10, bold: true, align: 'right' });
  addressWindow(d, recipientLines(ctx, s.person, s.address));
  d.y = 250;
  d.write(ctx.pick(['Änderungsbescheid – Neufeststellung nach § 48 SGB X', 'Bescheid über die Neufeststellung des GdB'], ['Neufestsetzung Ihres Grades der Behinderung']), { size: 11, bold: true });
  d.move(4);
  d.row([{ x: d.left, text: 'Betroffene Person', color: GRAY }, { x: d.left + 150, text: ctx.name(s.person, 'last-first'), field: 'name' }]);
  d.row([{ x: d.left, text: 'Geburtsdatum', color: GRAY }, { x: d.left + 150, text: ctx.ndate(s.person.birth) }]);
  d.move(8);
  d.para(`Ihr Antrag auf Neufeststellung vom ${ctx.date(addDays(s.ab, -ctx.rng.int(30, 100)))} wurde geprüft. Der Bescheid vom ${ctx.date(addDays(s.ab, -ctx.rng.int(400, 2000)))} wird wie folgt geändert:`);
  const rows: Cell[][] = [
    [ctx.pick(['Grad der Behinderung', 'GdB'], ['GdB insgesamt']), String(s.alt), { text: String(s.gdb), field: 'gdb' }],
    ['Merkzeichen', '–', s.merkzeichen.join(', ') || '–'],
    ['gültig ab', '', ctx.ndate(s.ab)],
    [ctx.pick(['gültig bis', 'Ausweis gültig bis'], ['befristet bis']), '', s.bis ? { text: ctx.ndate(s.bis), field: 'gueltig_bis' } : unlimited(ctx)],
  ];
  table(ctx, [{ header: 'Feststellung', x: d.left }, { header: 'bisher', x: d.left + 220 }, { header: 'neu', x: d.left + 320 }], rows, { grid: true });
  d.para('Der bisherige Ausweis ist nach Erhalt des neuen Ausweises zurückzugeben.');
  rechtsbehelf(ctx, s.behoerde.split(' – ')[0]);
  closing(ctx, { signer: fake.fullName(fake.person(ctx.rng)), auftrag: true });
  truth(ctx, s);
}

/** D (holdout): the old paper card "Ausweis für schwerbehinderte Menschen", typewriter entries */
function papierausweis(ctx: Ctx): void {
  const s = draw(ctx, 50);
  const d = ctx.start({ family: 'courier', size: 10 });
  const x = d.left + 20;
  const w = d.contentWidth - 40;
  d.rect(x, 70, w, 330, { stroke: [0.2, 0.4, 0.2], fill: [0.86, 0.93, 0.84], lineWidth: 1.2 });
  if (ctx.rng.chance(0.5)) d.rect(x + 8, 78, w - 16, 22, { fill: [0.95, 0.6, 0.2] });
  d.text(x + w / 2, 94, 'Ausweis für schwerbehinderte Menschen', { size: 12, bold: true, align: 'center', font: 'helvetica-bold' });
  let y = 130;
  const line = (label: string, value: Cell) => {
    const c = typeof value === 'string' ? { text: value } : value;
    d.text(x + 16, y, label, { size: 7.5, font: 'helvetica', color: GRAY });
    d.text(x + 150, y, c.text, { size: 11, field: c.field });
    d.hline(y + 3, x + 148, x + w - 16, 0.3, GRAY);
    y += 24;
  };
  line(ctx.pick([], ['Name, Vorname', 'Inhaber/in']), { text: ctx.name(s.person, 'last-first'), field: 'name' });
  line('geb. am', ctx.date(s.person.birth));
  line('Anschrift', fake.addressLine(s.address));
  line(ctx.pick([], ['GdB', 'Grad der Behinderung v. H.']), { text: String(s.gdb), field: 'gdb' });
  line('Merkzeichen', s.merkzeichen.join(' ') || '–');
  line(ctx.pick([], ['Gültig bis Ende', 'Gültigkeitsdauer bis']), s.bis ? { text: ctx.date(s.bis), field: 'gueltig_bis' } : unlimited(ctx));
  line('Ausweis-Nr.', s.nr);
  line('Ausstellende Behörde', s.behoerde.split(' – ')[0]);
  d.text(x + 16, 390, `Verlängert am: ________   Dienststempel`, { size: 8, font: 'helvetica', color: GRAY });
  truth(ctx, s);
}

/**
 * E (holdout, blind): a notice extending the card's validity: the previous expiry, a token for
 * public transport with its own validity and the date of the earlier decision as distractors; the
 * result repeated in a framed overview at the end.
 */
function blindVerlaengerungUebersicht(ctx: Ctx): void {
  const s = draw(ctx, 50);
  const d = ctx.start({ family: ctx.rng.pick(['times', 'helvetica']), size: 10 });
  const [amt, unit] = [s.behoerde.split(' – ')[0], s.behoerde.split(' – ')[1] ?? 'Schwerbehindertenrecht'];
  d.text(d.width / 2, 46, amt, { size: 12, bold: true, align: 'center' });
  d.text(d.width / 2, 59, unit, { size: 9, align: 'center' });
  d.hline(66, d.left, d.right, 0.6);
  returnLine(d, `${amt} · Postfach ${ctx.rng.digits(4)} · ${s.address.plz} ${s.address.city}`);
  addressWindow(d, recipientLines(ctx, s.person, s.address));
  const az = `${ctx.rng.digits(3)}.${ctx.rng.digits(2)}-${ctx.rng.digits(6)}`;
  infoBlock(d, [['Geschäftszeichen', az], ['Bearbeitung', fake.fullName(fake.person(ctx.rng))], ['Durchwahl', fake.phone(ctx.rng)], ['Datum', ctx.ndate(ctx.today)]], { labelWidth: 80 });
  const bisherBis = lastOfMonth(addMonths(ctx.today, -ctx.rng.int(0, 3)));
  const frueher = addDays(s.ab, -ctx.rng.int(400, 2500));
  subject(d, [ctx.rng.pick(['Verlängerung der Gültigkeitsdauer Ihres Schwerbehindertenausweises', 'Ihr Antrag auf Verlängerung des Schwerbehindertenausweises'])]);
  d.write(s.person.gender === 'f' ? `Sehr geehrte Frau ${s.person.last},` : `Sehr geehrter Herr ${s.person.last},`);
  d.move(2);
  d.para(`Ihr Schwerbehindertenausweis Nr. ${s.nr} war bis zum ${ctx.date(bisherBis)} gültig. Eine Überprüfung nach Aktenlage hat ergeben, dass sich die gesundheitlichen Verhältnisse seit dem Bescheid vom ${ctx.date(frueher)} nicht wesentlich geändert haben. Die Feststellungen aus diesem Bescheid gelten weiter.`);
  d.para(s.bis ? `Die Gültigkeit des Ausweises wird daher verlängert. Bitte lassen Sie den Ausweis mit dem beigefügten Passbild-Vordruck neu ausstellen oder senden Sie uns den bisherigen Ausweis zu.` : 'Da eine wesentliche Änderung der Verhältnisse nicht zu erwarten ist, wird der Ausweis ohne zeitliche Begrenzung verlängert.');
  if (s.merkzeichen.some((m) => ['G', 'aG', 'H', 'Bl', 'Gl'].includes(m))) {
    const wm = addMonths(ctx.today, ctx.rng.pick([6, 12]));
    d.para(`Für die unentgeltliche Beförderung im öffentlichen Personenverkehr erhalten Sie ${ctx.rng.pick(['auf Antrag', 'anbei'])} ein Beiblatt mit Wertmarke; die Wertmarke ist gültig bis ${ctx.date(lastOfMonth(wm))} und kostet ${ctx.money(ctx.rng.pick([53, 104]))}.`);
  }
  d.para('Auf die Möglichkeit, Nachteilsausgleiche beim Finanzamt (Behinderten-Pauschbetrag) und bei Ihrem Arbeitgeber (Zusatzurlaub) geltend zu machen, weisen wir hin.');
  d.ensure(110);
  d.move(6);
  const top = d.y;
  d.rect(d.left, top, d.contentWidth, 17, { fill: LIGHT });
  d.text(d.left + 6, top + 12, ctx.rng.pick(['Übersicht über die Feststellungen', 'Zusammenfassung']), { size: 10, bold: true });
  d.y = top + 23;
  const rows: [string, Cell][] = [
    [ctx.rng.pick(['Ausweisinhaber/in', 'Inhaber/in des Ausweises']), { text: ctx.name(s.person, 'last-first'), field: 'name' }],
    ['Geburtsdatum', ctx.ndate(s.person.birth)],
    [ctx.rng.pick(['festgestellter Grad der Behinderung', 'GdB (festgestellt)']), { text: String(s.gdb), field: 'gdb' }],
    ['Merkzeichen', s.merkzeichen.join(', ') || 'keine'],
    ['Schwerbehinderung seit', ctx.ndate(addDays(frueher, -ctx.rng.int(20, 150)))],
    [ctx.rng.pick(['Gültigkeit verlängert bis', 'neues Ablaufdatum des Ausweises']), s.bis ? { text: ctx.ndate(s.bis), field: 'gueltig_bis' } : ctx.rng.pick(['ohne zeitliche Begrenzung', 'unbefristet'])],
  ];
  for (const [l, v] of rows) {
    const c = typeof v === 'string' ? { text: v } : v;
    d.row([{ x: d.left + 10, text: l, color: GRAY }, { x: d.left + 230, text: c.text, field: c.field, bold: !!c.field }], { minHeight: 15 });
  }
  d.move(4);
  d.rect(d.left, top, d.contentWidth, d.y - top, { stroke: [0, 0, 0], lineWidth: 0.7 });
  d.move(6);
  rechtsbehelf(ctx, amt);
  closing(ctx, { signer: fake.fullName(fake.person(ctx.rng)), auftrag: true });
  footer(d, [[s.behoerde], [`Geschäftszeichen ${az}`]], 'Seite x von y');
  truth(ctx, s);
}

/**
 * F (holdout, blind 2): a notice granting an objection (Abhilfebescheid): the earlier decision and
 * its lower degree quoted, the decision as numbered points (the new degree, signs, validity of the
 * card), the reasoning with a table of the impairments and their single degrees, a decision on
 * the costs of the objection.
 */
function blind2Abhilfebescheid(ctx: Ctx): void {
  const s = draw(ctx, 30);
  const d = ctx.start({ family: ctx.rng.pick(['times', 'helvetica']), size: 10 });
  const [amt, unit] = [s.behoerde.split(' – ')[0], s.behoerde.split(' – ')[1] ?? 'Schwerbehindertenrecht'];
  d.text(d.left, 46, amt, { size: 12, bold: true });
  d.text(d.left, 59, `${unit} · Widerspruchsstelle`, { size: 9 });
  returnLine(d, `${amt} · ${s.address.plz} ${s.address.city}`);
  addressWindow(d, recipientLines(ctx, s.person, s.address, { name: 'name' }));
  const az = `${ctx.rng.pick(['SB', 'W', '52'])} ${ctx.rng.digits(3)}/${ctx.rng.digits(5)}`;
  const wAz = `W ${ctx.rng.digits(4)}/${ctx.today.slice(2, 4)}`;
  infoBlock(d, [['Ihr Zeichen', ctx.rng.pick(['–', `RA ${fake.person(ctx.rng).last}`])], ['Aktenzeichen', az], ['Widerspruch', wAz], ['Datum', ctx.date(ctx.today)]], { labelWidth: 72 });
  const altBescheid = addDays(ctx.today, -ctx.rng.int(60, 200));
  const widerspruch = addDays(altBescheid, ctx.rng.int(10, 28));
  subject(d, [ctx.rng.pick(['Abhilfebescheid', 'Bescheid über die Abhilfe Ihres Widerspruchs']), `Ihr Widerspruch vom ${ctx.ndate(widerspruch)} gegen den Bescheid vom ${ctx.ndate(altBescheid)}`]);
  d.write(s.person.gender === 'f' ? `Sehr geehrte Frau ${s.person.last},` : `Sehr geehrter Herr ${s.person.last},`);
  d.move(2);
  const alt = Math.min(s.alt, s.gdb - 10);
  const voll = ctx.rng.chance(0.5);
  d.para(`mit dem oben genannten Bescheid hatten wir bei Ihnen einen Grad der Behinderung von ${alt} festgestellt. Hiergegen haben Sie fristgerecht Widerspruch eingelegt und weitere Befundberichte vorgelegt. Nach erneuter Prüfung durch unseren ärztlichen Dienst wird Ihrem Widerspruch ${voll ? 'in vollem Umfang' : 'teilweise'} abgeholfen. Ich entscheide:`);
  const num = (n: string, text: string) => {
    d.ensure(30);
    d.text(d.left + 6, d.y + 10, n, { bold: true });
    d.para(text, { x: d.left + 24 });
  };
  num('1.', `Der Bescheid vom ${ctx.date(altBescheid)} wird aufgehoben, soweit er dem Folgenden entgegensteht.`);
  num('2.', `Der Grad der Behinderung wird mit ${ctx.v('gdb', String(s.gdb))} festgestellt, und zwar mit Wirkung vom ${ctx.date(s.ab)} an.`);
  num('3.', s.merkzeichen.length ? `Die gesundheitlichen Voraussetzungen für die Merkzeichen ${s.merkzeichen.join(' und ')} liegen vor.` : 'Die gesundheitlichen Voraussetzungen für Merkzeichen liegen nicht vor.');
  if (s.gdb >= 50) num('4.', s.bis ? `Der Schwerbehindertenausweis wird mit einer Gültigkeit bis ${ctx.v('gueltig_bis', ctx.date(s.bis))} ausgestellt.` : `Der Schwerbehindertenausweis wird ohne Befristung ausgestellt.`);
  else num('4.', s.bis ? `Die Feststellung wird bis zum ${ctx.v('gueltig_bis', ctx.date(s.bis))} befristet; danach erfolgt eine Überprüfung von Amts wegen.` : 'Die Feststellung erfolgt auf Dauer. Ein Ausweis wird erst ab einem GdB von 50 ausgestellt.');
  num('5.', `Die im Widerspruchsverfahren entstandenen notwendigen Aufwendungen werden ${voll ? 'in voller Höhe' : ctx.rng.pick(['zur Hälfte', 'zu einem Drittel'])} erstattet.`);
  d.move(4);
  d.write('Begründung', { bold: true });
  d.para('Bei der Bewertung wurden folgende Funktionsbeeinträchtigungen berücksichtigt:');
  const rows: Cell[][] = s.einzel.map((e, i) => [String.fromCharCode(97 + i) + ')', e.text, String(e.gdb)]);
  table(ctx, [{ header: '', x: d.left }, { header: 'Funktionsbeeinträchtigung', x: d.left + 22 }, { header: 'Teil-GdB', x: d.right, align: 'right' }], rows, { size: 9, grid: true });
  d.para(`Die einzelnen Werte werden nicht addiert; maßgeblich sind die Auswirkungen der Beeinträchtigungen in ihrer Gesamtheit (Teil A Nr. 3 der Versorgungsmedizinischen Grundsätze). ${s.gdb >= 50 ? 'Sie sind damit schwerbehindert im Sinne des § 2 Abs. 2 SGB IX.' : 'Eine Schwerbehinderung liegt nicht vor.'}`);
  if (!voll) d.para('Soweit Ihrem Widerspruch nicht abgeholfen wurde, wird er der Widerspruchsbehörde zur Entscheidung vorgelegt; Sie erhalten hierüber einen gesonderten Widerspruchsbescheid.', { size: 9 });
  rechtsbehelf(ctx, amt);
  closing(ctx, { signer: fake.fullName(fake.person(ctx.rng)), auftrag: true });
  footer(d, [[s.behoerde], [`Aktenzeichen ${az} · ${wAz}`]], 'Seite x von y');
  truth(ctx, s);
}

/**
 * G (holdout, blind 3): a state office's notice refusing an application for a higher degree: a
 * narrow column at the right edge with the office's particulars (contact, opening hours, the state
 * treasury's account, reference, date), the subject in the "matter; your application of …" form,
 * the refusal as numbered points, the reasoning quoting the earlier notice, the degree asked for,
 * the impairments as a list with one newly claimed; the degree "still" in force and the card's
 * validity in the running text.
 */
function blind3AblehnungVerschlimmerung(ctx: Ctx): void {
  const s = draw(ctx, 50);
  if (s.gdb === 100) s.gdb = 90;
  const p = s.person;
  const d = ctx.start({ family: ctx.rng.pick(['helvetica', 'times']), size: 9.5, margins: { left: 62, right: 186, top: 56, bottom: 70 } });
  const [amt, unit] = ctx.rng.pick([
    ['Zentrum Bayern Familie und Soziales', `Region ${ctx.rng.pick(['Oberfranken', 'Schwaben', 'Niederbayern', 'Mittelfranken'])} – Schwerbehindertenrecht`],
    ['Landesamt für Soziales und Versorgung', `Dezernat ${ctx.rng.int(2, 5)} – Feststellungsverfahren SGB IX`],
    ['Landesamt für Familie und Soziales', 'Abteilung Schwerbehindertenrecht'],
    ['Amt für Versorgung und Integration', 'Schwerbehindertenrecht'],
  ] as const);
  const office = fake.address(ctx.rng);
  d.text(d.left, 48, amt, { size: 12.5, bold: true });
  d.text(d.left, 61, unit, { size: 8.5 });
  returnLine(d, `${amt} · ${office.plz} ${office.city}`);
  addressWindow(d, recipientLines(ctx, p, s.address, { name: 'name' }));
  // the column at the right edge, page 1 only
  const cx = d.width - 166;
  let cy = 96;
  const col = (label: string, lines: string[], gap = 8) => {
    d.text(cx, cy, label, { size: 7, bold: true });
    cy += 9;
    for (const l of lines) {
      d.text(cx, cy, l, { size: 7.5 });
      cy += 9;
    }
    cy += gap;
  };
  const clerk = fake.person(ctx.rng);
  const previous = addDays(s.ab, ctx.rng.int(20, 90));
  const antrag = addDays(ctx.today, -ctx.rng.int(60, 200));
  const az = `${ctx.rng.pick(['SB', 'SchwbR', '52'])} ${ctx.rng.digits(3)}/${ctx.rng.digits(5)}`;
  col('Dienstgebäude', [`${office.street} ${office.no}`, `${office.plz} ${office.city}`]);
  col('Ihr Ansprechpartner', [`${clerk.gender === 'f' ? 'Frau' : 'Herr'} ${clerk.last}`, `Telefon ${fake.phone(ctx.rng)}`, `Telefax ${fake.phone(ctx.rng)}`]);
  col('Öffnungszeiten', ['Mo–Do 8.00–15.30 Uhr', 'Fr 8.00–12.00 Uhr']);
  // state treasuries bank with the Bundesbank
  const [filiale, blz, bic] = ctx.rng.pick([['Leipzig', '86000000', 'MARKDEF1860'], ['München', '70000000', 'MARKDEF1700'], ['Frankfurt', '50000000', 'MARKDEF1500'], ['Hannover', '25000000', 'MARKDEF1250']] as const);
  col('Bankverbindung Staatskasse', [`Deutsche Bundesbank, Filiale ${filiale}`, fake.groupIban(fake.germanIban(blz, `${ctx.rng.int(1, 9)}${ctx.rng.digits(7)}`)), `BIC ${bic}`]);
  col('Unser Zeichen', [az]);
  col('Bitte bei Antwort angeben', [`Kundennummer ${ctx.rng.digits(8)}`]);
  col('Datum', [ctx.ndate(ctx.today)], 0);
  d.line(cx - 10, 84, cx - 10, cy + 6, 0.4, GRAY);
  d.y = 262;
  d.para(`Schwerbehindertenrecht nach dem Neunten Buch Sozialgesetzbuch (SGB IX); Ihr Antrag vom ${ctx.date(antrag)} auf Neufeststellung`, { bold: true, size: 10 });
  d.move(4);
  d.write(p.gender === 'f' ? `Sehr geehrte Frau ${p.last},` : `Sehr geehrter Herr ${p.last},`);
  d.para('auf Ihren Antrag ergeht folgender');
  d.write('Bescheid', { bold: true, size: 10.5 });
  const wanted = Math.min(100, s.gdb + ctx.rng.pick([10, 20, 30]));
  const wantedSign = ctx.rng.pick(['aG', 'B', 'H', 'RF']);
  const num = (n: string, text: string) => {
    d.ensure(30);
    d.text(d.left, d.y + 9.5, n);
    d.para(text, { x: d.left + 16 });
  };
  num('1.', 'Der Antrag auf Erhöhung des Grades der Behinderung wird abgelehnt.');
  num('2.', `Der Antrag auf Feststellung der gesundheitlichen Merkmale für das Merkzeichen „${wantedSign}“ wird abgelehnt.`);
  num('3.', `Der Bescheid vom ${ctx.date(previous)} bleibt unverändert bestehen.`);
  d.move(4);
  d.write('Begründung', { bold: true, size: 10.5 });
  const signs = s.merkzeichen.filter((m) => m !== wantedSign);
  d.para(`Mit Bescheid vom ${ctx.date(previous)} wurde bei Ihnen ab ${ctx.date(s.ab)} ein GdB von ${s.gdb}${signs.length ? ` sowie ${signs.length > 1 ? 'die Merkzeichen' : 'das Merkzeichen'} ${signs.join(' und ')}` : ''} festgestellt. Mit Ihrem Antrag machen Sie eine Verschlimmerung Ihrer Leiden geltend und begehren einen GdB von mindestens ${wanted}.`);
  const doctor = fake.person(ctx.rng);
  d.para(`Wir haben Befundberichte von ${doctor.gender === 'f' ? 'Frau' : 'Herrn'} Dr. ${doctor.last} und den Entlassungsbericht der ${ctx.rng.pick(['Reha-Klinik', 'Fachklinik', 'Kreisklinik'])} ${ctx.rng.pick(['am Wald', 'Bad Elster', 'Sonnenhof', 'Hohenfreudenstadt'])} eingeholt und durch unseren ärztlichen Dienst auswerten lassen. Danach liegen folgende Funktionsbeeinträchtigungen vor:`);
  const fresh = LEIDEN.find((l) => !s.einzel.some((e) => e.text === l)) ?? 'Bluthochdruck';
  for (const e of s.einzel) d.para(`–  ${e.text}`, { x: d.left + 10, after: 1 });
  d.para(`–  ${fresh} (neu geltend gemacht)`, { x: d.left + 10 });
  d.para(`Die neu geltend gemachte Gesundheitsstörung bedingt für sich genommen einen Einzel-GdB von ${ctx.rng.pick([10, 20])} und wirkt sich auf den Gesamt-GdB nicht erhöhend aus. Bei den übrigen Funktionsbeeinträchtigungen ist eine wesentliche Änderung gegenüber den Verhältnissen, die dem Bescheid vom ${ctx.ndate(previous)} zugrunde lagen, nicht eingetreten (§ 48 SGB X). Der Gesamt-GdB beträgt daher weiterhin ${ctx.v('gdb', String(s.gdb))}.`);
  d.para(`Die Voraussetzungen für das Merkzeichen „${wantedSign}“ liegen nach den Befunden nicht vor.`);
  if (s.bis) d.para(`Ihr Schwerbehindertenausweis behält seine Gültigkeit bis ${ctx.v('gueltig_bis', ctx.date(s.bis))}. Einen neuen Ausweis erhalten Sie nicht. Eine Verlängerung beantragen Sie bitte rechtzeitig vor Ablauf.`);
  else d.para(`Ihr Schwerbehindertenausweis ist ${unlimited(ctx)} ausgestellt und bleibt gültig. Einen neuen Ausweis erhalten Sie nicht.`);
  d.ensure(70);
  d.write('Rechtsbehelfsbelehrung', { bold: true });
  d.para(`Gegen diesen Bescheid können Sie innerhalb eines Monats nach seiner Bekanntgabe Widerspruch einlegen. Der Widerspruch ist schriftlich, zur Niederschrift oder elektronisch beim ${amt}, ${office.street} ${office.no}, ${office.plz} ${office.city}, einzulegen.`, { size: 8.5 });
  d.move(6);
  d.write('Mit freundlichen Grüßen');
  d.move(18);
  d.write(`${clerk.first} ${clerk.last}`, { size: 9 });
  d.onEveryPage((doc, page, pages) => {
    doc.hline(doc.height - 50, doc.left, doc.width - 40, 0.3, GRAY);
    doc.text(doc.left, doc.height - 40, `${amt} · ${unit}`, { size: 6.5, color: GRAY });
    doc.text(doc.width - 40, doc.height - 40, `Seite ${page} von ${pages}`, { size: 7, align: 'right', color: GRAY });
  });
  truth(ctx, s);
}

/** impairments of children with the degrees and signs they commonly bring */
const KINDERLEIDEN: readonly { text: string; gdb: readonly number[]; signs: readonly string[]; hUntil?: number }[] = [
  { text: 'Diabetes mellitus Typ 1 mit Insulinpumpentherapie', gdb: [50], signs: ['H'], hUntil: 16 },
  { text: 'Autismus-Spektrum-Störung', gdb: [50, 60, 70, 80, 100], signs: ['H', 'B'], hUntil: 18 },
  { text: 'Aufmerksamkeitsdefizit-/Hyperaktivitätsstörung mit Teilleistungsschwächen', gdb: [30, 40, 50], signs: [] },
  { text: 'Entwicklungsstörung der Sprache und des Sprechens', gdb: [30, 40], signs: [] },
  { text: 'Asthma bronchiale', gdb: [30, 40], signs: [] },
  { text: 'Hörminderung beidseits mit Hörgeräteversorgung', gdb: [40, 50, 60], signs: [] },
  { text: 'Trisomie 21', gdb: [80, 100], signs: ['H', 'G', 'B'], hUntil: 18 },
  { text: 'infantile Zerebralparese mit Gangstörung', gdb: [60, 80, 100], signs: ['G', 'B', 'H'], hUntil: 18 },
  { text: 'Mukoviszidose (zystische Fibrose)', gdb: [50, 60, 80], signs: ['H'], hUntil: 18 },
];

/** Behinderten-Pauschbetrag (§ 33b EStG) by degree; with H or Bl 7.400 Euro */
const PAUSCHBETRAG: Record<number, number> = { 20: 384, 30: 620, 40: 860, 50: 1140, 60: 1440, 70: 1780, 80: 2120, 90: 2460, 100: 2840 };

/**
 * H (holdout, blind 4): a first Feststellungsbescheid for a child, written to the parents as its
 * legal representatives: one or both parents in the address window and the salutation, the child
 * with its birth date in the subject; the findings as a ruled table of numbered rows (degree,
 * signs with the day H ends, in force from, validity of the card, review by the office), the
 * validity following the rules for children (end of the month of the 10th or 20th birthday, or
 * five years); the reasoning lists the impairments without single degrees and quotes the
 * threshold of 50; the page of compensations names the tax allowance and the transport token.
 */
function blind4KindElternFeststellung(ctx: Ctx): void {
  const main = ctx.rng.pick(KINDERLEIDEN);
  const more = ctx.rng.sample(KINDERLEIDEN.filter((k) => k !== main && k.gdb[0] <= 40), ctx.rng.weighted([[0, 2], [1, 2], [2, 1]] as const));
  const gdb = Math.min(100, ctx.rng.pick(main.gdb) + (more.length && ctx.rng.chance(0.5) ? 10 : 0));
  const days = ctx.rng.int(550, 365 * 16);
  const born = addDays(ctx.today, -days);
  const child = fake.person(ctx.rng, { bornFrom: 2008, bornTo: 2023 });
  child.title = undefined;
  child.birthName = undefined;
  child.birth = `${born.slice(0, 8)}${String(Math.min(28, Number(born.slice(8, 10)))).padStart(2, '0')}`;
  const age = Math.floor(days / 365.25);
  const childYear = Number(child.birth.slice(0, 4));
  const mother = fake.person(ctx.rng, { gender: 'f', last: child.last, bornFrom: childYear - 42, bornTo: childYear - 20, titleChance: 0.03 });
  const father = ctx.rng.chance(0.65) ? fake.person(ctx.rng, { gender: 'm', last: ctx.rng.chance(0.75) ? child.last : undefined, bornFrom: childYear - 45, bornTo: childYear - 20, titleChance: 0.03 }) : undefined;
  const signs = gdb >= 50 ? main.signs.filter(() => ctx.rng.chance(0.75)) : [];
  const hasH = signs.includes('H');
  const antrag = addDays(ctx.today, -ctx.rng.int(50, 200));
  const ab = main.text === 'Trisomie 21' ? child.birth : addDays(antrag, -ctx.rng.int(0, 60));
  // the card of a child: until the month of the 10th birthday, before 15 until the 20th, else five years
  // (a child a few months short of ten gets the card of the older ones)
  const rule = gdb < 50 ? 'none' : age < 10 && addMonths(child.birth, 120) > addMonths(ctx.today, 6) ? 'ten' : age < 15 ? 'twenty' : 'five';
  const bis = rule === 'none' ? undefined : rule === 'ten' ? lastOfMonth(addMonths(child.birth, 120)) : rule === 'twenty' ? lastOfMonth(addMonths(child.birth, 240)) : lastOfMonth(addMonths(ctx.today, 60));
  const hEnd = hasH ? lastOfMonth(addMonths(child.birth, 12 * (main.hUntil ?? 18))) : undefined;
  const review = addMonths(ctx.today, ctx.rng.int(24, 54));
  const [amt, unit, seatPlz, seat] = ctx.rng.pick([
    ['Niedersächsisches Landesamt für Soziales, Jugend und Familie', 'Außenstelle Hildesheim – Schwerbehindertenrecht', '31134', 'Hildesheim'],
    ['Niedersächsisches Landesamt für Soziales, Jugend und Familie', 'Außenstelle Oldenburg – Schwerbehindertenrecht', '26122', 'Oldenburg'],
    ['Landesamt für soziale Dienste Schleswig-Holstein', 'Außenstelle Lübeck – Feststellungsverfahren', '23552', 'Lübeck'],
    ['Landesamt für soziale Dienste Schleswig-Holstein', 'Außenstelle Kiel – Feststellungsverfahren', '24103', 'Kiel'],
    ['Hessisches Amt für Versorgung und Soziales', 'Darmstadt – Schwerbehindertenrecht', '64283', 'Darmstadt'],
    ['Hessisches Amt für Versorgung und Soziales', 'Kassel – Schwerbehindertenrecht', '34117', 'Kassel'],
    ['Versorgungsamt Hamburg', 'Feststellung nach dem SGB IX', '20095', 'Hamburg'],
    ['Kreis Warendorf', 'Amt für Soziales – Schwerbehindertenangelegenheiten', '48231', 'Warendorf'],
    ['Landratsamt Karlsruhe', 'Amt für Versorgung und Rehabilitation', '76133', 'Karlsruhe'],
  ] as const);
  const d = ctx.start({ family: ctx.rng.pick(['helvetica', 'times']), size: 9.5, margins: { left: 66, right: 54, top: 56, bottom: 72 } });
  d.text(d.left, 46, amt, { size: 12, bold: true });
  d.text(d.left, 59, unit, { size: 9 });
  const office = { ...fake.address(ctx.rng), plz: seatPlz, city: seat };
  // the family lives in the office's area
  const address = { ...fake.address(ctx.rng), plz: seatPlz, city: seat };
  returnLine(d, `${amt} · ${office.street} ${office.no} · ${office.plz} ${office.city}`);
  const both = father && father.last === mother.last;
  const lines: string[] = father
    ? both
      ? ['Frau und Herrn', `${mother.first} und ${father.first} ${mother.last}`]
      : [`Frau ${mother.first} ${mother.last}`, `Herrn ${father.first} ${father.last}`]
    : ['Frau', `${mother.title ? mother.title + ' ' : ''}${mother.first} ${mother.last}`];
  addressWindow(d, [...lines, `${address.street} ${address.no}`, `${address.plz} ${address.city}`]);
  const clerk = fake.person(ctx.rng);
  const az = `${ctx.rng.pick(['SB', 'K', '61'])}-${ctx.rng.digits(2)}-${ctx.rng.digits(6)}`;
  infoBlock(d, [['Geschäftszeichen', az], ['Sachbearbeitung', `${clerk.gender === 'f' ? 'Frau' : 'Herr'} ${clerk.last}`], ['Durchwahl', fake.phone(ctx.rng)], ['Datum', ctx.ndate(ctx.today)]], { labelWidth: 76 });
  const kind = child.gender === 'f' ? 'Ihre Tochter' : 'Ihren Sohn';
  subject(d, [
    ctx.rng.pick(['Feststellung einer Behinderung nach § 152 SGB IX', 'Bescheid über die Feststellung des Grades der Behinderung', 'Erstfeststellung nach dem Neunten Buch Sozialgesetzbuch']),
    `für ${kind} ${ctx.v('name', `${child.first} ${child.last}`)}, geboren am ${ctx.date(child.birth)}`,
  ]);
  d.write(father ? `Sehr geehrte Frau ${mother.last}, sehr geehrter Herr ${father.last},` : `Sehr geehrte Frau ${mother.last},`);
  d.move(2);
  d.para(`auf Ihren Antrag vom ${ctx.date(antrag)}, den Sie als gesetzliche Vertretung für ${kind} gestellt haben, treffe ich folgende Feststellungen:`);
  d.move(2);
  const gdbLabel = ctx.rng.pick(['Grad der Behinderung', 'festgestellter Grad der Behinderung', 'GdB (Gesamtgrad)']);
  const signText = signs.length ? signs.map((g) => (g === 'H' && hEnd ? `H (bis ${ctx.ndate(hEnd)})` : g)).join(', ') : 'keine';
  const rows: Cell[][] = [
    ['1', gdbLabel, { text: String(gdb), field: 'gdb' }],
    ['2', 'Merkzeichen (gesundheitliche Merkmale)', signText],
    ['3', 'Die Feststellungen gelten ab', ctx.ndate(ab)],
    ['4', 'Gültigkeit des Schwerbehindertenausweises', bis ? `bis ${ctx.v('gueltig_bis', ctx.ndate(bis))}` : 'kein Ausweis (GdB unter 50)'],
    ['5', 'Nachprüfung von Amts wegen', `vorgesehen im ${MONTHS_LONG[Number(review.slice(5, 7)) - 1]} ${review.slice(0, 4)}`],
  ];
  const top = d.y;
  const c2 = d.left + 26;
  const c3 = d.left + 290;
  for (const r of rows) {
    const y = d.y;
    d.row([{ x: d.left + 6, text: String(r[0]) }, { x: c2, text: String(r[1]), width: c3 - c2 - 8 }, { x: c3, text: typeof r[2] === 'string' ? r[2] : r[2].text, field: typeof r[2] === 'string' ? undefined : r[2].field, bold: true, width: d.right - c3 - 4 }], { minHeight: 18 });
    d.hline(d.y, d.left, d.right, 0.4, GRAY);
    if (y === top) d.hline(y, d.left, d.right, 0.4, GRAY);
  }
  d.line(c2 - 6, top, c2 - 6, d.y, 0.4, GRAY);
  d.line(c3 - 6, top, c3 - 6, d.y, 0.4, GRAY);
  d.rect(d.left, top, d.contentWidth, d.y - top, { stroke: [0.2, 0.2, 0.2], lineWidth: 0.6 });
  d.move(10);
  d.write('Begründung', { bold: true, size: 10 });
  const doctor = fake.person(ctx.rng, { titleChance: 0 });
  const clinic = ctx.rng.pick([`Sozialpädiatrisches Zentrum ${office.city}`, `Klinik für Kinder- und Jugendmedizin ${address.city}`, `Praxis für Kinder- und Jugendmedizin ${doctor.last}`]);
  d.para(`Grundlage der Entscheidung sind der Befundbericht von Dr. med. ${fake.fullName(doctor)} (${clinic}) vom ${ctx.ndate(addDays(antrag, -ctx.rng.int(10, 90)))} sowie die Stellungnahme unseres ärztlichen Dienstes. Danach liegen bei ${kind.replace('Ihre', 'Ihrer').replace('Ihren', 'Ihrem')} folgende Funktionsbeeinträchtigungen vor:`);
  for (const k of [main, ...more]) d.para(`–  ${k.text}`, { x: d.left + 12, after: 1 });
  d.move(4);
  d.para(`${more.length ? 'Die Beeinträchtigungen wirken sich wechselseitig aus und bedingen insgesamt' : 'Die Beeinträchtigung bedingt'} einen Grad der Behinderung von ${gdb}. Schwerbehindert sind Menschen mit einem Grad der Behinderung von wenigstens 50 (§ 2 Abs. 2 SGB IX)${gdb >= 50 ? '; dies ist bei Ihrem Kind der Fall' : '; ein Schwerbehindertenausweis kann daher nicht ausgestellt werden'}.`);
  if (hasH) d.para(`Hilflosigkeit (Merkzeichen H) liegt vor, weil Ihr Kind für die täglichen Verrichtungen dauernd in erheblichem Umfang fremder Hilfe bedarf. Bei dieser Erkrankung wird sie bei Kindern längstens bis zur Vollendung des ${main.hUntil}. Lebensjahres angenommen.`);
  if (bis) d.para(rule === 'ten' ? 'Bei Kindern unter zehn Jahren wird der Ausweis bis zum Ende des Monats ausgestellt, in dem das Kind das zehnte Lebensjahr vollendet; ein Lichtbild ist noch nicht erforderlich.' : rule === 'twenty' ? 'Bei Kindern unter fünfzehn Jahren gilt der Ausweis längstens bis zum Ende des Monats, in dem das Kind das zwanzigste Lebensjahr vollendet.' : 'Der Ausweis wird für die Dauer von fünf Jahren ausgestellt.');
  d.ensure(80);
  d.write('Rechtsbehelfsbelehrung', { bold: true });
  d.para(`Gegen diesen Bescheid kann innerhalb eines Monats nach Bekanntgabe schriftlich oder zur Niederschrift Widerspruch bei der oben genannten Behörde (${office.street} ${office.no}, ${office.plz} ${office.city}) eingelegt werden.`, { size: 8.5 });
  closing(ctx, { signer: fake.fullName(clerk), auftrag: true });
  // compensations on a sheet of their own, or under the closing when that already ran over
  if (d.page === 1) d.newPage();
  else {
    d.move(26);
    d.ensure(220);
  }
  d.write('Hinweise zu Nachteilsausgleichen', { size: 11, bold: true });
  d.write(`Geschäftszeichen ${az} · ${child.last}, ${child.first}`, { size: 8.5, color: GRAY });
  d.move(6);
  const pausch = hasH ? 7400 : PAUSCHBETRAG[gdb];
  d.para(`Steuern: Für Ihr Kind steht ein Behinderten-Pauschbetrag von ${ctx.money(pausch)} jährlich zu (§ 33b Einkommensteuergesetz). Er kann auf Sie übertragen werden, wenn Sie für Ihr Kind Kindergeld erhalten. Legen Sie diesen Bescheid dazu Ihrem Finanzamt vor.`);
  if (bis) d.para(`Ausweis: Der Schwerbehindertenausweis wird Ihnen mit gesonderter Post zugesandt. ${signs.includes('H') || signs.includes('G') ? `Mit dem Merkzeichen ${signs.includes('H') ? 'H' : 'G'} kann ${child.first} den öffentlichen Personennahverkehr mit einer Wertmarke nutzen${signs.includes('H') ? ', die Sie kostenlos erhalten' : ' (gegen Eigenbeteiligung)'}.` : ''}`);
  if (signs.includes('B')) d.para('Merkzeichen B: Eine Begleitperson wird im öffentlichen Verkehr unentgeltlich befördert.');
  d.para('Änderungen: Bitte teilen Sie uns mit, wenn sich der Gesundheitszustand Ihres Kindes wesentlich bessert oder verschlechtert oder wenn sich Ihre Anschrift ändert. Vor der vorgesehenen Nachprüfung werden Sie von uns angeschrieben.');
  d.para('Weitere Hilfen: Leistungen der Pflegeversicherung, der Eingliederungshilfe und Hilfen in Kindertageseinrichtung und Schule richten sich nach eigenen Vorschriften; dieser Bescheid ist dafür ein Nachweis, ersetzt aber keinen Antrag.');
  footer(d, [[amt, unit], [`${office.street} ${office.no}, ${office.plz} ${office.city}`, 'Servicezeiten Mo–Do 8–16, Fr 8–12 Uhr']], 'Seite x von y');
  ctx.set('name', fake.fullName(child));
  ctx.set('gdb', gdb);
  if (bis) ctx.set('gueltig_bis', bis);
}

/**
 * I (holdout, blind 5): a certificate of the findings for the tax office and the employer
 * (§ 152 SGB IX), printed by the office on a form: the person in small-label boxes, the degree in a
 * box of its own with the day it applies from and the notice's date, the signs as a row of check
 * boxes, the validity as two check boxes (unlimited, or limited with the day), a table of the
 * findings so far (earlier notices with lower degrees and an expired limit), then hints for the tax
 * office (lump sums by degree, a travel-cost lump sum) and for the employer (extra leave).
 */
function blind5BescheinigungFinanzamt(ctx: Ctx): void {
  const s = draw(ctx, 20);
  const rng = ctx.rng;
  const p = s.person;
  if (Number(p.birth.slice(0, 4)) > 2004) p.birth = `${rng.int(1950, 2000)}${p.birth.slice(4)}`;
  const [amt, unit] = s.behoerde.split(' – ');
  const office = fake.sameCityAddress(rng, s.address);
  const bescheid = addDays(s.ab, rng.int(20, 120));
  // the history: one or two earlier notices with lower degrees, the last one limited and expired
  const history: { date: IsoDate; gdb: number; signs: string; bis?: IsoDate }[] = [];
  let date = addDays(s.ab, -rng.int(700, 2200));
  let g = Math.max(20, s.gdb - rng.pick([10, 20, 30]));
  for (let i = 0; i < rng.int(1, 2); i++) {
    history.push({ date, gdb: g, signs: '–', bis: i === 0 && rng.chance(0.5) ? lastOfMonth(addMonths(date, rng.int(24, 48))) : undefined });
    date = addDays(date, rng.int(500, 1200));
    if (date >= s.ab) break;
    g = Math.min(s.gdb, g + 10);
  }
  const d = ctx.start({ family: 'helvetica', size: 9, margins: { left: 56, right: 50, top: 50, bottom: 72 } });
  d.text(d.left, 48, amt, { size: 11, bold: true });
  d.text(d.left, 60, unit ?? 'Schwerbehindertenrecht', { size: 8.5 });
  d.text(d.left, 71, `${office.street} ${office.no} · ${office.plz} ${office.city}`, { size: 7.5, color: GRAY });
  d.text(d.right, 48, `Formular SB ${rng.int(10, 40)}`, { size: 7, align: 'right', color: GRAY });
  d.text(d.right, 60, `${office.city}, ${ctx.ndate(ctx.today)}`, { size: 8.5, align: 'right' });
  returnLine(d, `${amt} · ${office.plz} ${office.city}`);
  addressWindow(d, recipientLines(ctx, p, s.address));
  d.y = 226;
  d.write('Bescheinigung', { size: 15, bold: true });
  d.para(ctx.pick([], ['über die nach § 152 SGB IX getroffenen Feststellungen', 'über die Feststellungen nach dem Schwerbehindertenrecht (§ 152 SGB IX)']) + ' – zur Vorlage beim Finanzamt und beim Arbeitgeber –', { size: 9 });
  const x0 = d.left;
  const w = d.contentWidth;
  let y = d.y + 4;
  d.text(x0, y + 8, '1  Angaben zur Person', { size: 9, bold: true });
  y += 13;
  box(ctx, x0, y, w * 0.5, 26, ctx.pick(['Name, Vorname'], ['Familienname, Vorname(n)']), { text: ctx.name(p, 'last-first'), field: 'name' });
  box(ctx, x0 + w * 0.5, y, w * 0.22, 26, 'Geburtsdatum', ctx.ndate(p.birth));
  box(ctx, x0 + w * 0.72, y, w * 0.28, 26, 'Aktenzeichen', `${rng.digits(2)} ${rng.digits(3)} ${rng.digits(4)}-${rng.int(1, 9)}`);
  y += 26;
  box(ctx, x0, y, w, 26, 'Anschrift', fake.addressLine(s.address));
  y += 36;
  d.text(x0, y + 8, '2  Feststellungen', { size: 9, bold: true });
  y += 13;
  const gdbLabel = ctx.pick(['Grad der Behinderung (GdB)', 'GdB'], ['Grad der Behinderung']);
  d.rect(x0, y, 120, 44, { stroke: [0, 0, 0], lineWidth: 1.2 });
  d.text(x0 + 4, y + 9, gdbLabel, { size: 6.5, color: GRAY });
  d.text(x0 + 60, y + 36, String(s.gdb), { size: 22, bold: true, align: 'center', field: 'gdb' });
  box(ctx, x0 + 120, y, 120, 22, 'festgestellt ab', ctx.ndate(s.ab));
  box(ctx, x0 + 120, y + 22, 120, 22, 'Bescheid vom', ctx.ndate(bescheid));
  // the signs as check boxes
  const signs = ['G', 'aG', 'B', 'H', 'Bl', 'Gl', 'TBl', 'RF', '1. Kl.'];
  d.rect(x0 + 240, y, w - 240, 44, { stroke: [0, 0, 0], lineWidth: 0.5 });
  d.text(x0 + 244, y + 9, 'Merkzeichen', { size: 6.5, color: GRAY });
  signs.forEach((m, i) => {
    const cx = x0 + 246 + (i % 5) * 45;
    const cy = y + 22 + Math.floor(i / 5) * 15;
    d.checkbox(cx, cy, s.merkzeichen.includes(m), 8);
    d.text(cx + 11, cy - 0.5, m, { size: 8 });
  });
  y += 54;
  d.text(x0, y + 8, '3  Gültigkeit der Feststellungen', { size: 9, bold: true });
  y += 20;
  d.checkbox(x0, y, !s.bis, 9);
  d.text(x0 + 14, y, ctx.pick(['unbefristet'], ['ohne zeitliche Befristung']), { size: 9 });
  d.checkbox(x0 + 170, y, !!s.bis, 9);
  d.text(x0 + 184, y, 'befristet bis', { size: 9 });
  if (s.bis) d.text(x0 + 250, y, ctx.ndate(s.bis), { size: 10, bold: true, field: 'gueltig_bis' });
  d.hline(y + 2, x0 + 248, x0 + 330, 0.4);
  d.y = y + 8;
  const review = s.bis ? addMonths(s.bis, -rng.int(3, 6)) : undefined;
  const reviewText = review && review > addMonths(ctx.today, 1) ? `vor Ablauf der Befristung, voraussichtlich im ${MONTHS_LONG[Number(review.slice(5, 7)) - 1]} ${review.slice(0, 4)},` : review ? 'vor Ablauf der Befristung' : 'derzeit nicht';
  d.para(`Eine Nachprüfung von Amts wegen ist ${reviewText} vorgesehen.`, { size: 8, color: GRAY, x: x0 });
  d.move(6);
  d.write('4  Bisherige Feststellungen', { size: 9, bold: true });
  const rows: Cell[][] = [
    ...history.map((h) => [ctx.ndate(h.date), String(h.gdb), h.signs, h.bis ? `befristet bis ${ctx.ndate(h.bis)}` : 'abgelöst']),
    [ctx.ndate(bescheid), String(s.gdb), s.merkzeichen.join(', ') || '–', 'aktuell'],
  ];
  table(ctx, [
    { header: 'Bescheid vom', x: d.left },
    { header: 'GdB', x: d.left + 110 },
    { header: 'Merkzeichen', x: d.left + 160 },
    { header: 'Stand', x: d.left + 270 },
  ], rows, { size: 8.5, grid: true });
  d.move(4);
  d.write('Hinweise für das Finanzamt', { size: 9, bold: true });
  const hb = s.merkzeichen.includes('H') || s.merkzeichen.includes('Bl');
  const fahrt = s.merkzeichen.some((m) => m === 'aG' || m === 'Bl' || m === 'H') ? 4500 : s.gdb >= 80 || (s.gdb >= 70 && s.merkzeichen.includes('G')) ? 900 : 0;
  d.para(`Behinderten-Pauschbetrag nach § 33b Abs. 3 EStG bei einem GdB von ${s.gdb}${hb ? ' und dem Merkzeichen ' + (s.merkzeichen.includes('H') ? 'H' : 'Bl') : ''}: ${ctx.money(hb ? 7400 : PAUSCHBETRAG[s.gdb])} jährlich.${fahrt ? ` Behinderungsbedingte Fahrtkostenpauschale nach § 33 Abs. 2a EStG: ${ctx.money(fahrt)} jährlich.` : ''} Die Feststellungen werden dem Finanzamt auf Ihren Antrag elektronisch übermittelt.`, { size: 8.5 });
  d.write('Hinweise für den Arbeitgeber', { size: 9, bold: true });
  d.para(s.gdb >= 50
    ? `Schwerbehinderte Menschen haben Anspruch auf einen bezahlten Zusatzurlaub von fünf Arbeitstagen im Jahr (§ 208 SGB IX) und genießen besonderen Kündigungsschutz (§ 168 SGB IX).`
    : s.gdb >= 30
      ? `Bei einem GdB von ${s.gdb} liegt keine Schwerbehinderung vor. Eine Gleichstellung mit schwerbehinderten Menschen kann bei der Agentur für Arbeit beantragt werden (§ 2 Abs. 3 SGB IX).`
      : `Bei einem GdB von ${s.gdb} liegt keine Schwerbehinderung vor; eine Gleichstellung ist erst ab einem GdB von 30 möglich.`, { size: 8.5 });
  d.para('Diese Bescheinigung ersetzt nicht den Schwerbehindertenausweis. Sie wurde maschinell erstellt und ist ohne Unterschrift gültig.', { size: 8, color: GRAY });
  footer(d, [[amt, unit ?? ''], [`${office.street} ${office.no}, ${office.plz} ${office.city}`, `Telefon ${fake.phone(rng)}`]], 'Seite x von y');
  truth(ctx, s);
}

const HEILUNGSBEWAEHRUNG: readonly { was: string; now: string; nowGdb: readonly number[]; years: number; sex?: 'f' | 'm' }[] = [
  { was: 'Erkrankung der linken Brust in Heilungsbewährung', now: 'Teilverlust der linken Brust nach Operation, Narben', nowGdb: [10, 20, 30], years: 5, sex: 'f' },
  { was: 'Erkrankung der rechten Brust in Heilungsbewährung', now: 'Verlust der rechten Brust, Lymphödem des rechten Armes', nowGdb: [30, 40], years: 5, sex: 'f' },
  { was: 'Erkrankung des Dickdarms in Heilungsbewährung', now: 'Teilverlust des Dickdarms, Stuhlunregelmäßigkeiten', nowGdb: [10, 20, 30], years: 5 },
  { was: 'Erkrankung der Prostata in Heilungsbewährung', now: 'Verlust der Prostata, Harninkontinenz', nowGdb: [20, 30, 40], years: 5, sex: 'm' },
  { was: 'Erkrankung des lymphatischen Systems in Heilungsbewährung', now: 'Lymphknotenerkrankung, ohne Rückfall', nowGdb: [10, 20], years: 5 },
  { was: 'Erkrankung der Schilddrüse in Heilungsbewährung', now: 'Verlust der Schilddrüse, medikamentös ausgeglichen', nowGdb: [10], years: 5 },
  { was: 'Erkrankung der Harnblase in Heilungsbewährung', now: 'Teilverlust der Harnblase, Blasenentleerungsstörung', nowGdb: [20, 30, 40], years: 2 },
];

/**
 * J (holdout, blind 6): a notice lowering the degree after the period of "Heilungsbewährung" (a
 * cancer treated years ago), issued after a hearing: a reference block with the office's file
 * number and the dates of the hearing letter and the person's reply; sections under Roman
 * numerals: I. the decision in running text (the earlier notice cancelled in part, the new degree
 * from the first of a month, signs withdrawn), II. the reasoning (the earlier degree, the degree the
 * person asked to keep, the findings now with single degrees), III. what becomes of the card: below
 * 50 the old card, its old expiry quoted, stays valid until the end of the third month after the
 * notice becomes final and must then be returned (no validity of its own); at 50 or more a new card
 * limited to a day or unlimited; IV. the tax lump sum of the new degree; the legal remedy.
 */
function blind6HerabsetzungHeilungsbewaehrung(ctx: Ctx): void {
  const s = draw(ctx, 50);
  const rng = ctx.rng;
  const p = s.person;
  if (Number(p.birth.slice(0, 4)) > 1990) p.birth = `${rng.int(1950, 1990)}${p.birth.slice(4)}`;
  const hb = rng.pick(HEILUNGSBEWAEHRUNG.filter((h) => !h.sex || h.sex === p.gender));
  const others = rng.sample(LEIDEN.filter((l) => !/Teilverlust/.test(l)), rng.int(0, 3)).map((text) => ({ text, gdb: rng.weighted([[10, 3], [20, 3], [30, 2], [40, 2], [50, 1]] as const) }));
  const main = { text: hb.now, gdb: rng.pick(hb.nowGdb) };
  const singles = [main, ...others].sort((a, b) => b.gdb - a.gdb);
  // the overall degree: the highest single degree, raised a little by further relevant ones
  const extra = singles.slice(1).filter((x) => x.gdb >= 20).length;
  const gdb = Math.min(80, Math.max(20, singles[0].gdb + (extra >= 2 ? 20 : extra === 1 ? 10 : 0)));
  const old = Math.min(100, Math.max(gdb + rng.pick([10, 20, 30]), rng.pick([50, 50, 60, 70, 80])));
  s.gdb = gdb;
  const earlier = addDays(ctx.today, -(365 * hb.years + rng.int(60, 400)));
  const oldCardBis = lastOfMonth(addMonths(earlier, 12 * hb.years + rng.int(6, 18)));
  const hearing = addDays(ctx.today, -rng.int(35, 80));
  const reply = rng.chance(0.65) ? addDays(hearing, rng.int(10, 28)) : undefined;
  const from = addMonths(`${ctx.today.slice(0, 7)}-01`, 1);
  const oldSigns = rng.sample(['G', 'RF', 'B'], rng.weighted([[0, 3], [1, 2]] as const));
  const severe = gdb >= 50;
  s.bis = severe && rng.chance(0.6) ? lastOfMonth(addMonths(ctx.today, rng.int(24, 60))) : undefined;
  const [amt, unit] = s.behoerde.split(' – ');
  const office = fake.sameCityAddress(rng, s.address);
  const clerk = fake.person(rng);
  const az = `${rng.pick(['SB', '52', 'V', '10'])}-${rng.digits(3)}.${rng.digits(3)}-${rng.digits(2)}`;
  const d = ctx.start({ family: rng.pick(['times', 'helvetica']), size: 10, margins: { left: 66, right: 56, top: 56, bottom: 72 } });
  d.text(d.left, 46, amt, { size: 12.5, bold: true });
  d.text(d.left, 59, unit ?? 'Schwerbehindertenrecht', { size: 9 });
  d.hline(66, d.left, d.right, 0.8);
  d.onContinuation((doc) => doc.text(doc.right, 40, `${az} · ${ctx.ndate(ctx.today)} · Seite ${doc.page}`, { size: 7.5, align: 'right', color: GRAY }));
  returnLine(d, `${amt} · ${office.street} ${office.no} · ${office.plz} ${office.city}`);
  addressWindow(d, recipientLines(ctx, p, s.address, { name: 'name' }));
  infoBlock(d, [
    ['Geschäftszeichen', az],
    ['Unser Schreiben vom', ctx.ndate(hearing)],
    ['Ihr Schreiben vom', reply ? ctx.ndate(reply) : '–'],
    ['Ansprechpartner', `${clerk.gender === 'f' ? 'Frau' : 'Herr'} ${clerk.last}`],
    ['Telefon', fake.phone(rng)],
    ['Datum', ctx.date(ctx.today)],
  ], { x: 356, labelWidth: 92, size: 8.5 });
  subject(d, [
    ctx.pick(['Neufeststellung des Grades der Behinderung nach Ablauf der Heilungsbewährung', 'Aufhebung des Bescheides nach § 48 SGB X – Heilungsbewährung abgelaufen'], ['Herabsetzung des GdB nach Ablauf der Heilungsbewährung']),
    `Bescheid vom ${ctx.date(earlier)}`,
  ], 262);
  d.write(p.gender === 'f' ? `Sehr geehrte Frau ${p.last},` : `Sehr geehrter Herr ${p.last},`);
  d.move(2);
  d.para(`mit unserem Schreiben vom ${ctx.date(hearing)} haben wir Sie zu der beabsichtigten Neufeststellung angehört. ${reply ? `Ihre Stellungnahme vom ${ctx.date(reply)} haben wir berücksichtigt.` : 'Eine Stellungnahme haben Sie nicht abgegeben.'} Wir entscheiden nun wie folgt:`);
  const heading = (t: string) => {
    d.ensure(50);
    d.move(4);
    d.write(t, { bold: true, size: 10.5 });
  };
  heading('I. Entscheidung');
  const signsText = oldSigns.length ? ` Die Voraussetzungen für das Merkzeichen ${oldSigns.join(' und ')} liegen nicht mehr vor; ${oldSigns.length > 1 ? 'sie entfallen' : 'es entfällt'} ebenfalls mit Wirkung ab diesem Tag.` : '';
  d.para(`Der Bescheid vom ${ctx.date(earlier)} wird insoweit aufgehoben, als darin ein Grad der Behinderung von ${old} festgestellt worden ist. ${ctx.pick(['Ab dem', 'Mit Wirkung ab dem'], ['Vom'])} ${ctx.date(from)} an beträgt der Grad der Behinderung (GdB) ${ctx.v('gdb', String(gdb))}.${signsText}`);
  heading('II. Begründung');
  d.para(`Der GdB von ${old} war wegen der ${hb.was.replace(/^Erkrankung/, 'Erkrankung')} festgestellt worden. Nach den Versorgungsmedizinischen Grundsätzen ist nach der Behandlung einer solchen Erkrankung eine Heilungsbewährung von ${hb.years === 5 ? 'fünf' : 'zwei'} Jahren abzuwarten. Dieser Zeitraum ist abgelaufen; ein Rückfall ist nach den beigezogenen Befundberichten nicht eingetreten. Damit ist eine wesentliche Änderung in den Verhältnissen eingetreten (§ 48 Abs. 1 SGB X).`);
  if (reply) d.para(`Sie haben vorgetragen, der bisherige GdB von ${old} sei beizubehalten, weil Sie weiterhin unter den Folgen der Behandlung leiden. Diese Folgen sind in der nachstehenden Bewertung berücksichtigt; einen höheren GdB rechtfertigen sie nicht.`);
  d.para('Nach der versorgungsärztlichen Stellungnahme liegen bei Ihnen jetzt folgende Funktionsbeeinträchtigungen vor:');
  singles.forEach((x, i) => d.para(`${i + 1}.  ${x.text} (Einzel-GdB ${x.gdb})`, { x: d.left + 14, after: 1.5 }));
  d.move(4);
  d.para(`Die Funktionsbeeinträchtigungen bedingen in ihrer Gesamtheit einen GdB von ${gdb}. Einzel-GdB werden nicht addiert; maßgebend ist, wie sich die Beeinträchtigungen in ihrer Gesamtheit auswirken.`);
  heading('III. Was wird aus Ihrem Ausweis?');
  if (severe) {
    d.para(`Sie sind weiterhin schwerbehindert. Ihr bisheriger Ausweis (gültig bis ${ctx.ndate(oldCardBis)}) wird eingezogen; Sie erhalten einen neuen Ausweis mit dem GdB ${gdb}${oldSigns.length ? ' ohne Merkzeichen' : ''}.`);
    if (s.bis) d.para(`Der neue Ausweis ist ${ctx.pick(['gültig bis', 'befristet bis'], ['gültig bis einschließlich'])} ${ctx.v('gueltig_bis', ctx.date(s.bis))}.`);
    else d.para('Der neue Ausweis wird unbefristet ausgestellt, weil eine wesentliche Änderung nicht mehr zu erwarten ist.');
  } else {
    d.para(`Mit einem GdB von ${gdb} sind Sie nicht mehr schwerbehindert. Der Schutz für schwerbehinderte Menschen (zum Beispiel der besondere Kündigungsschutz und der Zusatzurlaub) gilt nach § 199 Abs. 1 SGB IX noch bis zum Ende des dritten Kalendermonats, nachdem dieser Bescheid unanfechtbar geworden ist. Bis dahin dürfen Sie Ihren bisherigen Ausweis (gültig bis ${ctx.ndate(oldCardBis)}) weiter benutzen; danach senden Sie ihn bitte an uns zurück.`);
    if (gdb >= 30) d.para(`Bei einem GdB von ${gdb} können Sie bei der Agentur für Arbeit die Gleichstellung mit schwerbehinderten Menschen beantragen, wenn Sie ohne sie einen geeigneten Arbeitsplatz nicht erlangen oder nicht behalten können.`);
  }
  heading('IV. Hinweis zur Steuer');
  d.para(`Für einen GdB von ${gdb} beträgt der Behinderten-Pauschbetrag nach § 33b EStG ${ctx.money(PAUSCHBETRAG[gdb] ?? 0)} jährlich; bis einschließlich ${ctx.date(addDays(from, -1))} gilt der Pauschbetrag für den GdB von ${old} (${ctx.money(PAUSCHBETRAG[old] ?? 0)}).`, { size: 9.5 });
  rechtsbehelf(ctx, `${/^Stadt/.test(amt) ? 'der' : 'dem'} ${amt}, ${office.street} ${office.no}, ${office.plz} ${office.city}`);
  closing(ctx, { signer: fake.fullName(clerk), auftrag: true });
  footer(d, [[amt, unit ?? ''], [`${office.street} ${office.no}`, `${office.plz} ${office.city}`], ['Sprechzeiten nach Vereinbarung', 'Besuchereingang barrierefrei']], 'none');
  truth(ctx, s);
}

/**
 * L (holdout, blind 7): the carrier letter the card arrives on: a short letter (the card replaces
 * an earlier one after a change of name, a loss or the exchange of the old paper card, whose
 * number, name or issue day are quoted), a framed list "Auf Ihrem Ausweis ist eingetragen" (degree,
 * signs, valid from, valid until or unlimited, card number), then below a perforation the card
 * itself in its carrier field (front only: surname and given name apart, birth date, valid from
 * and until, an identification number, a grey photo box) beside instructions for taking it off;
 * with a sign for free transport a second page: the supplementary sheet with the token, its own
 * period and the personal contribution.
 */
function blind7KartentraegerBeiblatt(ctx: Ctx): void {
  const s = draw(ctx, 50);
  const rng = ctx.rng;
  const p = s.person;
  if (!s.merkzeichen.length && rng.chance(0.5)) s.merkzeichen = [rng.pick(['G', 'G', 'aG', 'H'])];
  const [amt, unit] = [s.behoerde.split(' – ')[0], s.behoerde.split(' – ')[1] ?? 'Schwerbehindertenrecht'];
  const reason = rng.pick(['name', 'verlust', 'papier'] as const);
  const oldName = reason === 'name' ? rng.pick(['Weber', 'Lorenz', 'Kühn', 'Seidel', 'Hahn', 'Vogt', 'Pohl', 'Brandt', 'Jäger', 'Sommer']) : undefined;
  const oldNr = `${rng.pick(['A', 'B', 'L', 'S'])}${rng.digits(7)}`;
  const issued = addDays(ctx.today, -rng.int(3, 12));
  const validFrom = reason === 'papier' ? s.ab : issued;
  const az = `${rng.digits(2)} ${rng.digits(3)} ${rng.digits(6)}`;
  const office = fake.sameCityAddress(rng, s.address);
  const d = ctx.start({ family: 'helvetica', size: 9.5, margins: { left: 62, right: 52, top: 56, bottom: 70 } });
  d.text(d.left, 46, amt, { size: 11.5, bold: true });
  d.text(d.left, 58, unit, { size: 8.5, color: GRAY });
  returnLine(d, `${amt} · ${office.street} ${office.no} · ${office.plz} ${office.city}`);
  addressWindow(d, recipientLines(ctx, p, s.address, { name: 'name' }));
  infoBlock(d, [['Aktenzeichen', az], ['Kennnummer', s.nr], ['Telefon', fake.phone(rng)], ['Datum', ctx.ndate(ctx.today)]], { labelWidth: 70 });
  subject(d, [ctx.pick(['Ihr neuer Schwerbehindertenausweis', 'Übersendung Ihres Schwerbehindertenausweises'], ['Ausstellung eines Schwerbehindertenausweises im Kartenformat'])], 236);
  d.write(p.gender === 'f' ? `Sehr geehrte Frau ${p.last},` : `Sehr geehrter Herr ${p.last},`);
  d.move(2);
  const why =
    reason === 'name'
      ? `Sie haben uns die Änderung Ihres Familiennamens mitgeteilt. Ihr bisheriger Ausweis Nr. ${oldNr}, ausgestellt auf den Namen ${p.first} ${oldName}, ist damit ungültig; bitte senden Sie ihn an uns zurück oder vernichten Sie ihn.`
      : reason === 'verlust'
        ? `Sie haben uns am ${ctx.date(addDays(issued, -rng.int(5, 30)))} den Verlust Ihres Ausweises Nr. ${oldNr} angezeigt. Wir haben ihn für ungültig erklärt. Sollte er wieder auftauchen, geben Sie ihn bitte bei uns ab.`
        : `auf Ihren Wunsch tauschen wir Ihren Ausweis in Papierform (Nr. ${oldNr}, ausgestellt am ${ctx.date(addDays(s.ab, rng.int(10, 60)))}) gegen einen Ausweis im Scheckkartenformat um. Die Feststellungen bleiben unverändert.`;
  d.para(`${reason === 'papier' ? '' : 'anliegend erhalten Sie Ihren neuen Schwerbehindertenausweis. '}${why}`);
  d.para('Bitte prüfen Sie die Eintragungen. Unrichtige Angaben teilen Sie uns bitte umgehend mit.');
  // framed list of what the card carries
  d.move(2);
  const top = d.y;
  d.text(d.left + 8, top + 13, ctx.pick(['Auf Ihrem Ausweis ist eingetragen:', 'Eintragungen im Ausweis:'], ['Ihr Ausweis enthält folgende Angaben:']), { size: 9.5, bold: true });
  d.y = top + 20;
  const rows: [string, Cell][] = [
    [ctx.pick(['Grad der Behinderung', 'GdB'], ['Grad der Behinderung (GdB)']), { text: String(s.gdb), field: 'gdb' }],
    ['Merkzeichen', s.merkzeichen.join(', ') || 'keine'],
    ['gültig ab', ctx.ndate(validFrom)],
    [ctx.pick(['gültig bis', 'Gültigkeitsdauer'], ['befristet bis']), s.bis ? ctx.ndate(s.bis) : unlimited(ctx)],
    ['Kennnummer des Ausweises', s.nr],
  ];
  for (const [l, v] of rows) {
    const c = typeof v === 'string' ? { text: v } : v;
    d.row([{ x: d.left + 14, text: l, color: GRAY }, { x: d.left + 200, text: c.text, field: c.field, bold: true }], { minHeight: 14 });
  }
  d.move(4);
  d.rect(d.left, top, d.contentWidth, d.y - top, { stroke: [0.2, 0.2, 0.2], lineWidth: 0.6 });
  d.move(8);
  const decided = addDays(s.ab, rng.int(20, 90));
  d.para(`Die Feststellungen beruhen auf dem Bescheid vom ${ctx.date(decided < issued ? decided : addDays(issued, -rng.int(7, 20)))}. ${s.merkzeichen.some((m) => ['G', 'aG', 'H', 'Bl', 'Gl'].includes(m)) ? 'Das Beiblatt für die Beförderung im öffentlichen Personenverkehr liegt bei.' : 'Ein Beiblatt wird nur mit den Merkzeichen G, aG, H, Bl oder Gl ausgestellt.'}`, { size: 9 });
  closing(ctx, { auftrag: true, signer: fake.fullName(fake.person(rng)), greeting: 'Mit freundlichen Grüßen' });
  // the carrier field below a perforation
  const carrierTop = Math.max(d.y + 14, 560);
  d.y = carrierTop;
  for (let x = d.left - 20; x < d.right + 20; x += 6) d.line(x, carrierTop, x + 3, carrierTop, 0.5, GRAY);
  d.text(d.left, carrierTop + 10, 'Hier abtrennen', { size: 6.5, color: GRAY });
  const cw = 243 * 1.12;
  const ch = 153 * 1.12;
  const cx = d.left + 4;
  const cy = carrierTop + 22;
  const green: [number, number, number] = [0.1, 0.4, 0.2];
  d.rect(cx - 5, cy - 5, cw + 10, ch + 10, { stroke: [0.6, 0.6, 0.6], lineWidth: 0.4 });
  d.rect(cx, cy, cw, ch, { stroke: [0.35, 0.35, 0.35], fill: [0.93, 0.97, 0.93], lineWidth: 0.8 });
  if (s.merkzeichen.some((m) => ['G', 'aG', 'H', 'Bl', 'Gl'].includes(m))) d.rect(cx, cy + ch - 14, cw, 14, { fill: [0.95, 0.7, 0.35] });
  d.text(cx + 10, cy + 18, 'Schwerbehindertenausweis', { size: 10, bold: true, color: green });
  d.text(cx + 10, cy + 27, 'Severely Disabled Person Card', { size: 5.5, color: green });
  const photoW = 54;
  d.rect(cx + cw - photoW - 10, cy + 34, photoW, 68, { stroke: GRAY, fill: [0.78, 0.78, 0.78] });
  const cardField = (label: string, value: Cell, x: number, y: number) => {
    d.text(x, y, label, { size: 5, color: GRAY });
    const c = typeof value === 'string' ? { text: value } : value;
    d.text(x, y + 9, c.text, { size: 8, bold: true, field: c.field });
  };
  cardField('Name', p.last, cx + 10, cy + 40);
  cardField('Vorname', p.first, cx + 10, cy + 60);
  cardField('Geburtsdatum', ctx.ndate(p.birth), cx + 10, cy + 80);
  cardField('Kennnummer', s.nr, cx + 110, cy + 80);
  cardField('gültig ab', ctx.ndate(validFrom), cx + 10, cy + 100);
  cardField('gültig bis', s.bis ? { text: ctx.ndate(s.bis), field: 'gueltig_bis' } : unlimited(ctx), cx + 110, cy + 100);
  d.text(cx + 10, cy + 134, amt, { size: 5.5, color: GRAY });
  const ix = cx + cw + 24;
  const hints = [
    'Bitte lösen Sie den Ausweis vorsichtig vom Träger ab.',
    'Die Rückseite enthält den Grad der Behinderung, die Merkzeichen und die ausstellende Behörde.',
    'Der Ausweis gilt nur zusammen mit einem amtlichen Lichtbildausweis, wenn kein Lichtbild aufgebracht ist.',
    'Bewahren Sie dieses Schreiben auf.',
  ];
  let hy = cy + 6;
  for (const h of hints) {
    for (const l of d.wrap(h, d.right - ix, { size: 7.5 })) {
      d.text(ix, hy + 7.5, l, { size: 7.5 });
      hy += 9.5;
    }
    hy += 4;
  }
  d.y = cy + ch + 12;
  // the supplementary sheet with the token for free transport
  if (s.merkzeichen.some((m) => ['G', 'aG', 'H', 'Bl', 'Gl'].includes(m))) {
    d.newPage();
    const free = s.merkzeichen.some((m) => ['H', 'Bl'].includes(m)) || rng.chance(0.15);
    const tFrom = firstOfMonth(addMonths(ctx.today, 1));
    // a token never outlasts the card
    let months = free ? 12 : rng.pick([6, 12]);
    if (s.bis && lastOfMonth(addMonths(tFrom, months - 1)) > s.bis) months = 6;
    const tTo = lastOfMonth(addMonths(tFrom, months - 1));
    const price = (Number(tFrom.slice(0, 4)) >= 2025 ? 104 : 91) / (months === 6 ? 2 : 1);
    d.y = 60;
    d.write('Beiblatt zum Schwerbehindertenausweis', { size: 14, bold: true });
    d.write('für die unentgeltliche Beförderung im öffentlichen Personenverkehr (§ 228 SGB IX)', { size: 8.5, color: GRAY });
    d.move(10);
    const bt = d.y;
    const W = d.contentWidth;
    const cells: [number, number, string, string][] = [
      [0, 0.5, 'Name, Vorname', `${p.last}, ${p.first}`],
      [0.5, 0.25, 'Geburtsdatum', ctx.ndate(p.birth)],
      [0.75, 0.25, 'Kennnummer des Ausweises', s.nr],
    ];
    for (const [x, w, l, v] of cells) box(ctx, d.left + W * x, bt, W * w, 28, l, v, 9.5);
    d.y = bt + 40;
    const wt = d.y;
    d.rect(d.left, wt, W, 92, { stroke: [0, 0, 0], lineWidth: 0.8 });
    d.rect(d.left, wt, W * 0.42, 92, { fill: [0.95, 0.7, 0.35] });
    d.text(d.left + 12, wt + 22, 'Wertmarke', { size: 15, bold: true });
    d.text(d.left + 12, wt + 38, `Nr. ${rng.digits(9)}`, { size: 8.5 });
    d.text(d.left + 12, wt + 60, free ? 'unentgeltlich' : `Eigenbeteiligung ${ctx.money(price)}`, { size: 9 });
    d.text(d.left + 12, wt + 74, free ? `wegen Merkzeichen ${s.merkzeichen.filter((m) => ['H', 'Bl'].includes(m)).join('/') || 'H'} bzw. Leistungsbezug` : months === 6 ? 'Halbjahresmarke' : 'Jahresmarke', { size: 8, color: GRAY });
    d.text(d.left + W * 0.42 + 14, wt + 22, 'gültig vom', { size: 8, color: GRAY });
    d.text(d.left + W * 0.42 + 14, wt + 38, ctx.ndate(tFrom), { size: 12, bold: true });
    d.text(d.left + W * 0.42 + 14, wt + 58, 'bis', { size: 8, color: GRAY });
    d.text(d.left + W * 0.42 + 14, wt + 74, ctx.ndate(tTo), { size: 12, bold: true });
    d.y = wt + 104;
    d.para(`Das Beiblatt gilt nur zusammen mit dem Schwerbehindertenausweis Nr. ${s.nr}. Eine Begleitperson wird ${s.merkzeichen.includes('B') ? 'unentgeltlich befördert (Merkzeichen B).' : 'nicht unentgeltlich befördert, da das Merkzeichen B nicht eingetragen ist.'} Die Wertmarke kann vor Ablauf erneut beantragt werden; nicht verbrauchte volle Kalendermonate werden bei Rückgabe erstattet.`, { size: 9 });
    d.para('Alternativ zur unentgeltlichen Beförderung kann bei Merkzeichen G oder aG eine Ermäßigung der Kraftfahrzeugsteuer um 50 Prozent in Anspruch genommen werden, nicht jedoch beides zugleich.', { size: 9 });
  }
  footer(d, [[amt, unit], [`${office.street} ${office.no}`, `${office.plz} ${office.city}`], [`Aktenzeichen ${az}`]], 'Seite x von y');
  truth(ctx, s);
}

/**
 * L (holdout, blind 8): the office's notice carrying out a settlement reached before the social
 * court (Ausführungsbescheid nach gerichtlichem Vergleich), posted to the claimant's representative
 * (a social association's district office or a lawyer): the representative in the window, the
 * person "in Sachen" with birth date in a framed reference box beside the court's file number and
 * the settlement's day; the earlier notice and the objection decision it changes, with the degree
 * they had; the new findings as a staged table (a lower degree from the application, the higher
 * one from a later month, signs), the impairments with single degrees, the card's validity (or no
 * card below 50) in the running text, the costs share, the limited remedy, a copy to the person.
 */
function blind8AusfuehrungVergleich(ctx: Ctx): void {
  const s = draw(ctx, 30);
  const rng = ctx.rng;
  const p = s.person;
  const town = s.address.city;
  const [amt, unit] = rng.pick([
    ['Landesamt für Soziales und Versorgung', 'Abteilung Schwerbehindertenrecht'],
    ['Versorgungsamt', 'Feststellungsverfahren nach dem SGB IX'],
    [`Landkreis ${rng.pick(['Mittelsachsen', 'Leipzig', 'Görlitz', 'Vorpommern-Greifswald', 'Harz'])}`, 'Sozialamt – Schwerbehindertenrecht'],
    ['Landesamt für Gesundheit und Soziales', 'Versorgungsamt – Prozessführung'],
  ] as const);
  const office = fake.address(rng);
  const court = `Sozialgericht ${town.replace(/ \(Saale\)$/, '').replace(' im Breisgau', '')}`;
  const az = `${rng.digits(2)}-${rng.digits(6)}-${rng.int(1, 9)}`;
  // the proceedings in order: application, notice, objection decision, court, settlement
  const antrag = addDays(ctx.today, -rng.int(520, 1300));
  const bescheid = addDays(antrag, rng.int(90, 200));
  const widerspruch = addDays(bescheid, rng.int(60, 150));
  // the action was brought within a month of the objection decision; the court's number carries its year
  const courtAz = `S ${rng.int(2, 38)} SB ${rng.int(40, 999)}/${addDays(widerspruch, rng.int(10, 30)).slice(2, 4)}`;
  const vergleich = addDays(ctx.today, -rng.int(14, 70));
  const staged = rng.chance(0.65);
  const stage2 = firstOfMonth(addDays(antrag, rng.int(150, 420)));
  const final = Math.max(s.gdb, staged ? 40 : 30);
  s.gdb = final;
  const first = staged ? rng.pick([30, 40].filter((g) => g < final)) : final;
  const before = rng.pick([20, 30, 30, 40].filter((g) => g < first || (!staged && g < final)));
  s.merkzeichen = final >= 50 ? s.merkzeichen.filter((m) => m !== 'H') : [];
  if (final < 50) s.bis = undefined;
  else if (s.bis && s.bis < addMonths(ctx.today, 18)) s.bis = lastOfMonth(addMonths(ctx.today, rng.int(24, 60)));
  const validFrom = staged ? stage2 : antrag;
  const lawyer = rng.chance(0.5);
  const rep = fake.person(rng, { bornFrom: 1960, bornTo: 1992 });
  const repLines: Cell[] = lawyer
    ? ['Rechtsanwälte', `${rep.last} & ${fake.person(rng).last}`, `${rep.gender === 'f' ? 'Frau Rechtsanwältin' : 'Herrn Rechtsanwalt'} ${rep.last}`, `${fake.address(rng, { city: town }).street} ${rng.int(1, 80)}`, `${s.address.plz} ${town}`]
    : [rng.pick(['Sozialverband Mitteldeutschland e.V.', 'Sozialverband für Behinderte und Rentner e.V.', 'Sozialverband Nord e.V.']), `Kreisgeschäftsstelle ${town}`, `${rep.gender === 'f' ? 'Frau' : 'Herrn'} ${rep.first} ${rep.last}`, `${fake.address(rng, { city: town }).street} ${rng.int(1, 80)}`, `${s.address.plz} ${town}`];
  const einzel = s.einzel.map((e, i) => ({ text: e.text, gdb: i === 0 ? Math.min(final, Math.max(e.gdb, final - 10)) : e.gdb }));
  const costs = rng.pick(['zur Hälfte', 'zu einem Drittel', 'zu zwei Dritteln', 'in vollem Umfang']);
  const defendant = amt.startsWith('Landkreis') ? `den ${amt}` : `${rng.pick(['den Freistaat Sachsen', 'das Land Berlin', 'das Land Niedersachsen', 'das Land Sachsen-Anhalt', 'das Land Nordrhein-Westfalen', 'den Freistaat Bayern', 'den Freistaat Thüringen'])}, vertreten durch das ${amt},`;

  const d = ctx.start({ family: rng.pick(['times', 'helvetica']), size: 10, margins: { left: 70, right: 56, top: 56, bottom: 72 } });
  // letterhead: a small shield left of the office's name, the office's address in a line under a rule
  d.rect(d.left, 38, 16, 20, { stroke: [0.2, 0.2, 0.2], fill: [0.85, 0.85, 0.85], lineWidth: 0.6 });
  d.text(d.left + 24, 50, amt, { size: 13, bold: true });
  d.text(d.left + 24, 62, unit, { size: 9 });
  d.hline(70, d.left, d.right, 0.5);
  d.text(d.left, 80, `${office.street} ${office.no} · ${office.plz} ${office.city} · Telefon ${fake.phone(rng)} · Sprechzeiten nach Vereinbarung`, { size: 7.5, color: GRAY });
  returnLine(d, `${amt} · ${office.plz} ${office.city}`);
  addressWindow(d, repLines, 150);
  // the reference box beside the window
  const bx = 338;
  const refs: [string, Cell][] = [
    ['in Sachen', { text: ctx.name(p), field: 'name' }],
    ['geboren am', ctx.ndate(p.birth)],
    ['Unser Zeichen', az],
    ['Gericht', court],
    ['Aktenzeichen', courtAz],
    ['Vergleich vom', ctx.ndate(vergleich)],
  ];
  d.rect(bx, 128, d.right - bx, refs.length * 12 + 10, { stroke: [0.3, 0.3, 0.3], lineWidth: 0.5 });
  refs.forEach(([l, v], i) => {
    const c = typeof v === 'string' ? { text: v } : v;
    d.text(bx + 6, 141 + i * 12, l, { size: 7.5, color: GRAY });
    d.text(bx + 70, 141 + i * 12, c.text, { size: 8.5, field: c.field, bold: i === 0 });
  });
  d.text(d.right, 228, `${office.city}, ${ctx.date(ctx.today)}`, { size: 9.5, align: 'right' });
  subject(d, [
    ctx.pick(['Ausführungsbescheid', 'Bescheid in Ausführung eines gerichtlichen Vergleichs'], ['Ausführung des Vergleichs vom ' + ctx.ndate(vergleich)]),
    `Feststellung nach § 152 SGB IX – Rechtsstreit ${courtAz}`,
  ], 250);
  d.write(lawyer ? `Sehr geehrte${rep.gender === 'f' ? ' Frau Rechtsanwältin' : 'r Herr Rechtsanwalt'} ${rep.last},` : 'Sehr geehrte Damen und Herren,');
  d.move(2);
  d.para(`in dem Rechtsstreit Ihrer ${lawyer ? 'Mandantschaft' : 'Mitgliedschaft, vertreten durch Sie,'} gegen ${defendant} haben die Beteiligten vor dem ${court} am ${ctx.date(vergleich)} einen Vergleich geschlossen. Wir führen ihn mit diesem Bescheid aus. Der Bescheid vom ${ctx.date(bescheid)} in der Gestalt des Widerspruchsbescheides vom ${ctx.date(widerspruch)}, mit dem ein Grad der Behinderung (GdB) von ${before} festgestellt worden war, wird wie folgt geändert:`);
  // the staged findings
  d.ensure(90);
  const cx = { when: d.left + 6, gdb: d.left + 220, mz: d.left + 340 };
  const top = d.y;
  d.rect(d.left, top, d.contentWidth, 16, { fill: LIGHT });
  d.row([
    { x: cx.when, text: 'Zeitraum', bold: true },
    { x: cx.gdb, text: ctx.pick(['GdB', 'Grad der Behinderung'], ['festgestellter GdB']), bold: true },
    { x: cx.mz, text: 'Merkzeichen', bold: true },
  ], { size: 9, minHeight: 16 });
  if (staged) {
    d.row([
      { x: cx.when, text: `vom ${ctx.ndate(antrag)} bis ${ctx.ndate(addDays(stage2, -1))}` },
      { x: cx.gdb, text: String(first) },
      { x: cx.mz, text: 'keine' },
    ], { size: 9.5, minHeight: 16 });
    d.hline(d.y - 2, d.left, d.right, 0.3, GRAY);
  }
  d.row([
    { x: cx.when, text: `${staged ? 'ab' : 'ab Antragstellung am'} ${ctx.ndate(validFrom)}` },
    { x: cx.gdb, text: String(final), field: 'gdb', bold: true },
    { x: cx.mz, text: s.merkzeichen.length ? s.merkzeichen.join(', ') : 'keine' },
  ], { size: 9.5, minHeight: 16 });
  d.rect(d.left, top, d.contentWidth, d.y - top + 2, { stroke: [0, 0, 0], lineWidth: 0.6 });
  d.move(10);
  d.write(ctx.pick(['Festgestellte Gesundheitsstörungen', 'Funktionsbeeinträchtigungen'], ['Berücksichtigte Beeinträchtigungen']), { bold: true });
  einzel.forEach((e, i) => d.para(`${i + 1}.  ${e.text} (Einzel-GdB ${e.gdb})`, { x: d.left + 10, after: 1 }));
  d.move(4);
  d.para(`Die Beeinträchtigungen wirken sich teilweise gegenseitig aus; der Gesamt-GdB ist daher nicht durch Addition der Einzelwerte zu bilden. ${staged ? `Nach dem im Klageverfahren eingeholten Gutachten hat sich der Gesundheitszustand ab ${MONTHS_LONG[Number(stage2.slice(5, 7)) - 1]} ${stage2.slice(0, 4)} verschlechtert.` : 'Das im Klageverfahren eingeholte Gutachten bestätigt die Beeinträchtigungen seit der Antragstellung.'}`);
  d.write('Ausweis', { bold: true });
  if (final < 50) {
    d.para(`Mit einem GdB von ${final} liegt eine Schwerbehinderung nicht vor; ein Schwerbehindertenausweis wird nicht ausgestellt. Eine Gleichstellung mit schwerbehinderten Menschen kann bei der Agentur für Arbeit beantragt werden.`);
  } else if (s.bis) {
    d.para(`Ihr${lawyer ? 'e Mandantschaft' : ' Mitglied'} erhält einen Schwerbehindertenausweis. Er ist ${ctx.pick(['gültig bis zum', 'befristet bis zum'], ['gilt bis einschließlich'])} ${ctx.v('gueltig_bis', ctx.date(s.bis))}. Die Eigenschaft als schwerbehinderter Mensch besteht seit dem ${ctx.date(validFrom)}; auf Antrag wird dieser Tag für steuerliche Zwecke im Ausweis vermerkt.`);
  } else {
    d.para(`Ihr${lawyer ? 'e Mandantschaft' : ' Mitglied'} erhält einen Schwerbehindertenausweis. Er wird ${unlimited(ctx)} ausgestellt, weil eine wesentliche Änderung der Verhältnisse nicht zu erwarten ist. Die Eigenschaft als schwerbehinderter Mensch besteht seit dem ${ctx.date(validFrom)}.`);
  }
  if (final >= 50) d.para(`Bitte reichen Sie ein aktuelles Lichtbild ein; der Ausweis wird dann ${rng.pick(['mit getrennter Post', 'innerhalb von etwa drei Wochen'])} übersandt. Der bisherige Bescheid vom ${ctx.ndate(bescheid)} ist nicht mehr zu verwenden.`);
  d.write('Kosten', { bold: true });
  d.para(`Die notwendigen außergerichtlichen Kosten des Widerspruchs- und des Klageverfahrens werden entsprechend dem Vergleich ${costs} erstattet. Bitte übersenden Sie Ihre Kostennote unter Angabe unseres Zeichens.`);
  d.ensure(70);
  d.write('Rechtsbehelfsbelehrung', { bold: true });
  d.para(`Dieser Bescheid führt einen gerichtlichen Vergleich aus. Gegen ihn kann innerhalb eines Monats nach Bekanntgabe nur insoweit Widerspruch erhoben werden, als geltend gemacht wird, der Vergleich sei nicht oder nicht richtig ausgeführt worden. Der Widerspruch ist beim ${amt}, ${office.street} ${office.no}, ${office.plz} ${office.city}, einzulegen.`, { size: 9 });
  closing(ctx, { signer: fake.fullName(fake.person(rng)), auftrag: true });
  d.write(`Abdruck an: ${p.first} ${p.last}, ${s.address.street} ${s.address.no}, ${s.address.plz} ${s.address.city} (zur Kenntnis); ${court} (${courtAz})`, { size: 8, color: GRAY });
  footer(d, [[amt, unit], [`${office.street} ${office.no}`, `${office.plz} ${office.city}`], [`Zeichen ${az}`, `Gericht ${courtAz}`]], 'Seite x von y');
  truth(ctx, s);
}

/** complaints a first notice lists as not counted: no degree of at least 10 */
const NICHT_BERUECKSICHTIGT = ['Heuschnupfen', 'Krampfadern ohne Stauungszeichen', 'Zustand nach Blinddarmentfernung', 'Kurzsichtigkeit (mit Brille ausgeglichen)', 'Fersensporn rechts', 'Nagelpilz'];

/**
 * M (holdout, blind 9): a first notice of findings from the office's digital procedure, applied
 * for in the Land's service portal: the office's name small at the top left with the portal's
 * address at the right; the person in the window; the references as one DIN 5008 line of small
 * captions over values under the window (online application of, case number of the portal, our
 * sign, telephone, date); the decision in a sentence with the degree in it and the day it applies
 * from, the signs granted and a sign asked for but refused; the impairments as a dash list without
 * single degrees and one complaint not counted; the card in a section of its own: its validity (a
 * day or unlimited) in a sentence, the photo to upload by a deadline, a tinted box with the
 * activation code and the code's own expiry beside a QR code; below 50 no card and the hint on
 * equal status at the employment agency; the reasoning naming the medical reports with their days;
 * the remedy with the electronic way; a leaflet page of compensations by degree (tax lump sums per
 * degree, extra leave, the transport token's price).
 */
function blind9ErstfeststellungPortal(ctx: Ctx): void {
  const s = draw(ctx, 20);
  const rng = ctx.rng;
  const p = s.person;
  const [amt, unit, portal] = rng.pick([
    ['Amt für Versorgung und Integration', 'Feststellungsverfahren Schwerbehinderung', 'service.versorgung-online.de'],
    ['Landesamt für Familie, Soziales und Versorgung', 'Referat Schwerbehindertenrecht', 'portal.lfsv-online.de'],
    [`Stadtverwaltung ${s.address.city}`, 'Fachdienst Teilhabe – Schwerbehindertenangelegenheiten', 'buergerservice.stadt-online.de'],
    ['Zentrum für Soziales und Versorgung', 'Team Schwerbehindertenausweis', 'sb-antrag.zsv-online.de'],
  ] as const);
  const office = fake.sameCityAddress(rng, s.address);
  // the application came in online; the notice follows a few months later
  const antrag = addDays(ctx.today, -rng.int(55, 210));
  const uhr = `${String(rng.int(7, 22)).padStart(2, '0')}:${String(rng.int(0, 59)).padStart(2, '0')}`;
  const vorgang = `SBA-${antrag.slice(0, 4)}-${rng.digits(6)}`;
  const az = `${rng.digits(3)}/${rng.digits(5)}/${rng.int(1, 9)}`;
  const severe = s.gdb >= 50;
  if (!severe) s.bis = undefined;
  // a sign asked for that the findings do not carry
  const refused = rng.chance(0.55) ? rng.pick(['G', 'B', 'aG', 'RF'].filter((m) => !s.merkzeichen.includes(m))) : undefined;
  const notCounted = rng.chance(0.6) ? rng.pick(NICHT_BERUECKSICHTIGT) : undefined;
  const doctors = [fake.person(rng, { titleChance: 0 }), fake.person(rng, { titleChance: 0 })];
  const reports: string[] = [
    `Befundbericht von Dr. med. ${doctors[0].first} ${doctors[0].last} (${rng.pick(['Allgemeinmedizin', 'Innere Medizin', 'Orthopädie', 'Neurologie'])}) vom ${ctx.ndate(addDays(antrag, rng.int(12, 40)))}`,
    `Befundbericht von Dr. med. ${doctors[1].first} ${doctors[1].last} (${rng.pick(['Kardiologie', 'Psychiatrie', 'HNO-Heilkunde', 'Augenheilkunde', 'Diabetologie'])}) vom ${ctx.ndate(addDays(antrag, rng.int(15, 50)))}`,
  ];
  if (rng.chance(0.5)) reports.push(`Entlassungsbericht der Rehabilitationsklinik ${rng.pick(['Am Kurpark', 'Bad Elster', 'Sonnenhang', 'Waldfrieden'])} vom ${ctx.ndate(addDays(antrag, -rng.int(60, 400)))}`);
  const photoBy = addDays(ctx.today, rng.pick([21, 28, 30]));
  const codeUntil = addDays(ctx.today, rng.pick([56, 60, 90]));
  const code = Array.from({ length: 3 }, () => Array.from({ length: 4 }, () => rng.pick([...'ABCDEFGHJKLMNPQRSTUVWXYZ23456789'])).join('')).join('-');
  const transport = s.merkzeichen.some((m) => ['G', 'aG', 'H', 'Bl', 'Gl'].includes(m));
  const signer = fake.person(rng);
  const accent: readonly [number, number, number] = rng.pick([[0.0, 0.33, 0.55], [0.2, 0.4, 0.2], [0.5, 0.12, 0.25]] as const);

  const d = ctx.start({ family: 'helvetica', size: 9.5, margins: { left: 66, right: 54, top: 58, bottom: 74 } });
  d.rect(d.left, 34, 4, 30, { fill: accent });
  d.text(d.left + 10, 45, amt, { size: 10.5, bold: true });
  d.text(d.left + 10, 57, unit, { size: 8, color: GRAY });
  d.text(d.right, 45, 'Online-Service', { size: 8, bold: true, align: 'right', color: accent });
  d.text(d.right, 56, portal, { size: 8, align: 'right', color: GRAY });
  returnLine(d, `${amt} · ${office.street} ${office.no} · ${office.plz} ${office.city}`);
  addressWindow(d, recipientLines(ctx, p, s.address, { name: 'name' }));
  // contact at the right of the window
  const cx = 372;
  d.text(cx, 150, 'Ihre Ansprechperson', { size: 7.5, color: GRAY });
  d.text(cx, 161, `${signer.gender === 'f' ? 'Frau' : 'Herr'} ${signer.last}`, { size: 8.5 });
  d.text(cx, 172, `Servicetelefon ${fake.phone(rng)}`, { size: 8.5 });
  d.text(cx, 183, `Mo–Do 8–16 Uhr, Fr 8–12 Uhr`, { size: 8, color: GRAY });
  d.text(cx, 194, `Zimmer ${rng.int(1, 4)}.${rng.digits(2)}`, { size: 8, color: GRAY });
  // DIN 5008 reference line: captions over values
  const refs: [string, string][] = [
    [ctx.pick(['Ihr Online-Antrag vom', 'Ihr Antrag vom'], ['Antrag übermittelt am']), ctx.ndate(antrag)],
    ['Vorgangsnummer', vorgang],
    ['Unser Zeichen', az],
    ['Datum', ctx.ndate(ctx.today)],
  ];
  const rx = [d.left, d.left + 118, d.left + 242, d.left + 360];
  refs.forEach(([l, v], i) => {
    d.text(rx[i], 246, l, { size: 7, color: GRAY });
    d.text(rx[i], 258, v, { size: 9 });
  });
  subject(d, [
    ctx.pick(['Feststellung nach § 152 SGB IX', 'Bescheid über Ihren Antrag nach dem Schwerbehindertenrecht'], ['Ihr Antrag auf Feststellung einer Behinderung']),
  ], 278);
  d.write(p.gender === 'f' ? `Sehr geehrte Frau ${p.last},` : `Sehr geehrter Herr ${p.last},`);
  d.move(2);
  d.para(`Sie haben am ${ctx.date(antrag)} um ${uhr} Uhr über unser Online-Service-Portal beantragt, eine Behinderung festzustellen${refused ? ` und das Merkzeichen ${refused} zuzuerkennen` : ''}. Wir haben Ihren Antrag geprüft und entscheiden wie folgt:`);
  // the decision
  d.move(2);
  d.write('Entscheidung', { bold: true, size: 10.5, color: accent });
  const degree = ctx.v('gdb', String(s.gdb));
  const sentence = ctx.pick(
    [`Bei Ihnen liegt ab dem ${ctx.date(antrag)} ein Grad der Behinderung (GdB) von ${degree} vor.`, `Der Grad der Behinderung (GdB) beträgt ${degree}; er gilt ab dem ${ctx.date(antrag)}.`],
    [`Wir stellen bei Ihnen mit Wirkung vom ${ctx.date(antrag)} einen Grad der Behinderung von ${degree} fest.`],
  );
  d.para(sentence, { bold: true });
  const signsText = s.merkzeichen.length
    ? `Die gesundheitlichen Voraussetzungen für ${s.merkzeichen.length === 1 ? 'das Merkzeichen' : 'die Merkzeichen'} ${s.merkzeichen.join(' und ')} liegen vor.`
    : severe
      ? 'Die gesundheitlichen Voraussetzungen für Merkzeichen liegen nicht vor.'
      : '';
  const refusedText = refused
    ? severe
      ? ` Die Voraussetzungen für das Merkzeichen ${refused} liegen nicht vor; insoweit lehnen wir Ihren Antrag ab.`
      : ` Merkzeichen können nur schwerbehinderten Menschen zuerkannt werden; Ihren Antrag auf das Merkzeichen ${refused} lehnen wir daher ab.`
    : '';
  if (signsText || refusedText) d.para(`${signsText}${refusedText}`.trim());
  d.write(ctx.pick(['Folgende Funktionsbeeinträchtigungen haben wir berücksichtigt:', 'Berücksichtigte Beeinträchtigungen:'], ['Ihrer Feststellung liegen diese Gesundheitsstörungen zugrunde:']));
  for (const e of s.einzel) d.para(`–  ${e.text}`, { x: d.left + 12, after: 1 });
  d.move(3);
  if (notCounted) d.para(`Die Gesundheitsstörung „${notCounted}“ bedingt keinen GdB von wenigstens 10 und bleibt daher unberücksichtigt.`, { size: 9 });
  // the card
  d.move(2);
  d.write(severe ? 'Ihr Schwerbehindertenausweis' : 'Schwerbehindertenausweis', { bold: true, size: 10.5, color: accent });
  if (!severe) {
    d.para(`Schwerbehindert sind Menschen mit einem GdB von wenigstens 50. Einen Schwerbehindertenausweis können wir Ihnen deshalb nicht ausstellen. Mit einem GdB von 30 oder 40 können Sie bei Ihrer Agentur für Arbeit die Gleichstellung mit schwerbehinderten Menschen beantragen, wenn Sie ohne sie einen geeigneten Arbeitsplatz nicht erlangen oder behalten können. Diesen Bescheid können Sie als Nachweis beim Finanzamt vorlegen.`);
  } else {
    const validity = s.bis
      ? `Er wird ${ctx.pick(['befristet bis zum', 'gültig bis zum'], ['mit einer Gültigkeit bis einschließlich'])} ${ctx.v('gueltig_bis', ctx.date(s.bis))} ausgestellt, weil eine Besserung Ihres Gesundheitszustandes möglich ist.`
      : `Er wird ${unlimited(ctx)} ausgestellt, weil eine wesentliche Änderung in Ihren gesundheitlichen Verhältnissen nicht zu erwarten ist.`;
    d.para(`Sie erhalten einen Schwerbehindertenausweis im Scheckkartenformat. ${validity} Für die Ausstellung benötigen wir ein aktuelles biometrisches Lichtbild. Bitte laden Sie es bis zum ${ctx.date(photoBy)} im Portal hoch; der Ausweis wird Ihnen danach per Post zugesandt.`);
    // the code box with a QR code
    d.ensure(80);
    const top = d.y + 2;
    const h = 66;
    d.rect(d.left, top, d.contentWidth, h, { fill: [0.93, 0.95, 0.97] });
    const q = 2.6;
    const qx = d.right - 8 - 25 * q;
    const qy = top + (h - 25 * q) / 2;
    const qr = rng.fork('qr');
    for (let i = 0; i < 25; i++)
      for (let j = 0; j < 25; j++) {
        const finder = (i < 7 && j < 7) || (i < 7 && j > 17) || (i > 17 && j < 7);
        const on = finder ? (Math.max(Math.abs((i % 18) - 3), Math.abs((j % 18) - 3)) !== 2) : qr.chance(0.48);
        if (on) d.rect(qx + j * q, qy + i * q, q, q, { fill: [0, 0, 0] });
      }
    d.text(d.left + 10, top + 15, 'Lichtbild hochladen', { size: 9.5, bold: true });
    d.text(d.left + 10, top + 29, `Portal: ${portal}/lichtbild  ·  Vorgangsnummer ${vorgang}`, { size: 8.5 });
    d.text(d.left + 10, top + 43, `Ihr Freischaltcode:  ${code}`, { size: 10, font: 'courier-bold' });
    d.text(d.left + 10, top + 57, `Der Code ist gültig bis ${ctx.ndate(codeUntil)}. Alternativ senden Sie das Foto mit Ihrer Vorgangsnummer per Post.`, { size: 7.5, color: GRAY });
    d.y = top + h + 10;
    if (transport) d.para(`Mit ${s.merkzeichen.filter((m) => ['G', 'aG', 'H', 'Bl', 'Gl'].includes(m)).join(' bzw. ')} erhalten Sie zusätzlich ein Beiblatt für die unentgeltliche Beförderung im öffentlichen Personenverkehr. Die Wertmarke erhalten Sie auf gesonderten Antrag.`, { size: 9 });
  }
  // reasoning
  d.ensure(90);
  d.move(2);
  d.write('Begründung', { bold: true, size: 10.5, color: accent });
  d.para(`Grundlage der Entscheidung sind die Versorgungsmedizinischen Grundsätze (Anlage zu § 2 der Versorgungsmedizin-Verordnung). Ausgewertet haben wir:`);
  for (const r of reports) d.para(`•  ${r}`, { x: d.left + 12, after: 1, size: 9 });
  d.move(3);
  d.para(`Unser ärztlicher Dienst hat die Beeinträchtigungen in ihrer Gesamtheit bewertet. Der Gesamt-GdB ergibt sich nicht durch Addition einzelner Werte, sondern aus den Auswirkungen der Beeinträchtigungen in ihrer Gesamtheit und ihren wechselseitigen Beziehungen zueinander.${refused && severe ? ` Eine erhebliche Beeinträchtigung im Sinne des Merkzeichens ${refused} ergibt sich aus den Befunden nicht.` : ''}`);
  d.ensure(70);
  d.write('Rechtsbehelfsbelehrung', { bold: true, size: 10.5, color: accent });
  d.para(`Gegen diesen Bescheid kann innerhalb eines Monats nach Bekanntgabe Widerspruch erhoben werden. Der Widerspruch ist schriftlich, zur Niederschrift oder elektronisch über das Online-Service-Portal (${portal}) unter Angabe der Vorgangsnummer bei ${amt}, ${office.street} ${office.no}, ${office.plz} ${office.city}, einzulegen. Eine einfache E-Mail genügt nicht.`, { size: 9 });
  closing(ctx, { auftrag: true, signer: `${signer.first} ${signer.last}` });
  d.write('Dieses Schreiben wurde elektronisch erstellt und ist ohne Unterschrift gültig.', { size: 8, color: GRAY });
  // the leaflet
  d.newPage();
  d.write(ctx.pick(['Merkblatt: Nachteilsausgleiche im Überblick', 'Was Ihnen zusteht – Nachteilsausgleiche'], ['Übersicht der Nachteilsausgleiche nach GdB und Merkzeichen']), { bold: true, size: 12 });
  d.para('Die folgende Übersicht ist allgemein gehalten und gilt nicht nur für Sie. Welche Vergünstigungen Sie erhalten, richtet sich nach den Feststellungen in Ihrem Bescheid. Auskünfte erteilen die jeweils zuständigen Stellen.', { size: 8.5, color: GRAY });
  const rows: Cell[][] = [
    ['ab GdB 20', 'Behinderten-Pauschbetrag bei der Einkommensteuer', `${ctx.money(PAUSCHBETRAG[20])} jährlich`, 'Finanzamt'],
    ['GdB 30 / 40', 'Gleichstellung mit schwerbehinderten Menschen', 'auf Antrag', 'Agentur für Arbeit'],
    ['GdB 50', 'Pauschbetrag (GdB 50)', `${ctx.money(PAUSCHBETRAG[50])} jährlich`, 'Finanzamt'],
    ['ab GdB 50', 'Zusatzurlaub von fünf Arbeitstagen, besonderer Kündigungsschutz', '–', 'Arbeitgeber, Integrationsamt'],
    ['ab GdB 50', 'Altersrente für schwerbehinderte Menschen', 'ab 62 Jahren mit Abschlägen', 'Rentenversicherung'],
    ['GdB 70 mit G oder ab GdB 80', 'Fahrtkostenpauschale', `${ctx.money(900)} jährlich`, 'Finanzamt'],
    ['GdB 100', 'Pauschbetrag (GdB 100)', `${ctx.money(PAUSCHBETRAG[100])} jährlich`, 'Finanzamt'],
    ['Merkzeichen G, aG, H, Bl, Gl', 'Wertmarke für Bus und Bahn', `${ctx.money(104)} für 12 Monate`, 'Versorgungsamt'],
    ['Merkzeichen RF', 'Ermäßigung des Rundfunkbeitrags', `${ctx.money(6.12)} monatlich`, 'Beitragsservice'],
  ];
  table(ctx, [
    { header: 'Voraussetzung', x: d.left, width: 110 },
    { header: 'Nachteilsausgleich', x: d.left + 118, width: 170 },
    { header: 'Betrag / Umfang', x: d.left + 298, width: 90 },
    { header: 'zuständig', x: d.left + 396, width: 80 },
  ], rows, { size: 8.5, grid: true, headerFill: [0.9, 0.92, 0.95] });
  d.para('Den Schwerbehindertenausweis legen Sie bitte nur dort vor, wo ein Nachteilsausgleich in Anspruch genommen wird. Ändert sich Ihr Gesundheitszustand wesentlich, können Sie jederzeit einen Antrag auf Neufeststellung stellen – ebenfalls online.', { size: 8.5 });
  footer(d, [[amt, unit], [`${office.street} ${office.no}`, `${office.plz} ${office.city}`], ['Online-Service', portal]], 'Seite x von y');
  truth(ctx, s);
}

/** what a sign means, said the way a letter in Leichte Sprache says it */
const MERKZEICHEN_LEICHT: Record<string, string> = {
  G: 'Sie können sich im Straßen\u00b7verkehr nicht gut bewegen.',
  aG: 'Sie können nur sehr schwer gehen. Sie dürfen auf Behinderten\u00b7park\u00b7plätzen parken.',
  B: 'Sie dürfen eine Begleit\u00b7person mitnehmen. Die Begleit\u00b7person fährt in Bus und Bahn kostenlos.',
  H: 'Sie sind hilflos. Das heißt: Sie brauchen jeden Tag viel Hilfe.',
  RF: 'Sie müssen weniger Rundfunk\u00b7beitrag bezahlen.',
  Bl: 'Sie sind blind.',
  Gl: 'Sie sind gehörlos.',
};

/**
 * N (holdout, blind 10): a first notice of findings (or a re-assessment raising the degree) sent
 * as a letter in Leichte Sprache with the legally binding notice in everyday language attached:
 * a round "Leichte Sprache" badge beside the office's name; big type, one short sentence per line,
 * compound words split by a middle dot („Schwer·behinderten·ausweis“); a grey box saying only the
 * attached notice counts; questions as headings („Was haben wir entschieden?“); the degree as a
 * large number in a framed box, explained with the scale from 20 to 100 and the threshold 50; on a
 * re-assessment the earlier degree („Früher war Ihr GdB 30.“); each sign with its meaning; the
 * card's end in a second framed box („Ihr Ausweis gilt bis zum:“) or „ohne Ende“, the day to send
 * the photo by, the transport token's price; the month to object in; below 50 no card. The last
 * page is the formal notice: numbered decision, impairments with single degrees, the validity in a
 * sentence, remedy.
 */
function blind10LeichteSprache(ctx: Ctx): void {
  const rng = ctx.rng;
  const neu = rng.chance(0.35);
  const s = draw(ctx, neu ? 40 : 30);
  const p = s.person;
  const severe = s.gdb >= 50;
  if (!severe) s.bis = undefined;
  // blindness and deafness come with their own impairments, which this draw does not give
  s.merkzeichen = s.merkzeichen.filter((m) => m !== 'Bl' && m !== 'Gl');
  const [amt, unit] = rng.pick([
    ['Landesamt für Soziales und Versorgung', 'Dezernat Schwerbehindertenrecht'],
    ['Amt für soziale Entschädigung und Teilhabe', 'Feststellung der Behinderung'],
    [`Kreisverwaltung ${rng.pick(['Mansfeld-Südharz', 'Vorpommern-Greifswald', 'Nordsachsen', 'Saale-Orla-Kreis'])}`, 'Fachdienst Soziales – Schwerbehindertenrecht'],
    ['Versorgungsamt', 'Team Feststellungsverfahren'],
  ] as const);
  const office = fake.sameCityAddress(rng, s.address);
  const antrag = addDays(ctx.today, -rng.int(70, 240));
  const wirkung = neu ? addDays(antrag, rng.int(0, 20)) : antrag;
  const az = `${rng.pick(['SB', '52', '61'])}-${rng.digits(3)}-${rng.digits(6)}`;
  const clerk = fake.person(rng, { titleChance: 0 });
  const phone = fake.phone(rng);
  const doctors = [fake.person(rng, { titleChance: 0 }), fake.person(rng, { titleChance: 0 })];
  const fotoBis = addDays(ctx.today, rng.pick([21, 28, 30]));
  const earlier = addDays(antrag, -rng.int(700, 2600));
  const transport = s.merkzeichen.some((m) => ['G', 'aG', 'H', 'Bl', 'Gl'].includes(m));
  // a letter in Leichte Sprache writes the month as a word; some offices keep their usual printing
  const monthWords = rng.chance(0.75);
  const datum = (date: IsoDate) => (monthWords ? `${Number(date.slice(8, 10))}. ${MONTHS_LONG[Number(date.slice(5, 7)) - 1]} ${date.slice(0, 4)}` : ctx.date(date));
  const frau = p.gender === 'f';
  const blue: readonly [number, number, number] = rng.pick([[0.0, 0.3, 0.55], [0.12, 0.38, 0.2], [0.45, 0.1, 0.3]] as const);

  const d = ctx.start({ family: 'helvetica', size: 13, margins: { left: 70, right: 60, top: 60, bottom: 78 } });
  const SIZE = 13;
  const line = (text: string, options: { bold?: boolean; x?: number } = {}) => d.para(text, { size: SIZE, leading: 1.4, after: 2.5, ...options });
  const gap = () => d.move(7);
  const heading = (text: string) => {
    d.ensure(70);
    d.move(9);
    d.write(text, { size: 15, bold: true, color: blue, gap: 1.6 });
  };
  // letterhead: the office at the left, the badge at the right
  d.text(d.left, 46, amt, { size: 11, bold: true });
  d.text(d.left, 59, unit, { size: 9, color: GRAY });
  const bx = d.right - 88;
  d.rect(bx, 28, 88, 40, { stroke: blue, lineWidth: 1.4 });
  d.text(bx + 44, 44, 'Leichte', { size: 11, bold: true, align: 'center', color: blue });
  d.text(bx + 44, 58, 'Sprache', { size: 11, bold: true, align: 'center', color: blue });
  returnLine(d, `${amt} · ${office.street} ${office.no} · ${office.plz} ${office.city}`);
  addressWindow(d, recipientLines(ctx, p, s.address, { name: 'name' }));
  const rx = 360;
  const info: [string, string][] = [
    ['Datum:', datum(ctx.today)],
    [ctx.pick(['Unser Zeichen:', 'Aktenzeichen:'], ['Ihre Nummer bei uns:']), az],
    ['Sie sprechen mit:', `${clerk.gender === 'f' ? 'Frau' : 'Herr'} ${clerk.last}`],
    ['Telefon:', phone],
  ];
  info.forEach(([l, v], i) => {
    d.text(rx, 152 + i * 24, l, { size: 8.5, color: GRAY });
    d.text(rx, 152 + i * 24 + 11, v, { size: 10 });
  });
  d.y = 262;
  d.write(neu ? 'Ihr Antrag auf Neu\u00b7fest\u00b7stellung' : ctx.pick(['Ihr Antrag auf einen Schwer\u00b7behinderten\u00b7ausweis', 'Ihr Antrag: Fest\u00b7stellung einer Behinderung'], ['Wir haben über Ihren Antrag entschieden']), { size: 16, bold: true, gap: 1.8 });
  // the binding-text note
  const noteTop = d.y;
  d.rect(d.left - 6, noteTop, d.contentWidth + 12, 58, { fill: [0.92, 0.92, 0.92] });
  d.y = noteTop + 4;
  d.para('Dieser Brief ist in Leichter Sprache.', { size: 11, bold: true, after: 1 });
  d.para('Rechtlich gilt nur der Bescheid in Alltags\u00b7sprache. Sie finden den Bescheid am Ende von diesem Brief.', { size: 11, after: 0 });
  d.y = noteTop + 58 + 12;
  line(frau ? `Guten Tag Frau ${p.last},` : `Guten Tag Herr ${p.last},`);
  gap();
  heading('Was haben Sie beantragt?');
  line(`Sie haben am ${datum(antrag)} einen Antrag gestellt.`);
  if (neu) {
    line(`Sie haben schon einen Bescheid von uns. Er ist vom ${datum(earlier)}.`);
    line(`Früher war Ihr Grad der Behinderung ${s.alt}.`);
    line('Sie sagen: Meine Gesundheit ist schlechter geworden.');
    line('Sie möchten einen höheren Grad der Behinderung.');
  } else {
    line('Sie möchten wissen:');
    line('Habe ich eine Behinderung? Und wie stark ist die Behinderung?');
  }
  heading('Was haben wir gemacht?');
  line('Wir haben Berichte von Ihren Ärzten bekommen.');
  line(`Zum Beispiel von Dr. ${doctors[0].last} und von Dr. ${doctors[1].last}.`);
  line('Eine Ärztin von unserem Amt hat alle Berichte gelesen.');
  heading('Was haben wir entschieden?');
  line('Sie haben eine Behinderung.');
  line('Wie stark eine Behinderung ist, sagt eine Zahl.');
  line('Die Zahl heißt: Grad der Behinderung. Die Abkürzung ist: GdB.');
  // the degree as a large number in a frame
  d.ensure(90);
  d.move(6);
  const gTop = d.y;
  d.rect(d.left, gTop, 260, 64, { stroke: blue, lineWidth: 2 });
  d.text(d.left + 14, gTop + 22, ctx.pick(['Ihr GdB ist:', 'Ihr Grad der Behinderung ist:'], ['So hoch ist Ihr GdB:']), { size: 12, bold: true });
  d.text(d.left + 14, gTop + 54, ctx.v('gdb', String(s.gdb)), { size: 28, bold: true, color: blue });
  d.y = gTop + 64 + 10;
  line(`Das gilt ab dem ${datum(wirkung)}.`);
  gap();
  line('Der GdB kann zwischen 20 und 100 sein.');
  line('Bei GdB 100 ist die Behinderung sehr stark.');
  if (neu) line(`Früher war Ihr GdB ${s.alt}. Jetzt ist Ihr GdB ${s.gdb}.`);
  line(severe ? 'Ab GdB 50 ist man schwer\u00b7behindert. Sie sind also schwer\u00b7behindert.' : 'Ab GdB 50 ist man schwer\u00b7behindert. Ihr GdB ist kleiner als 50. Sie sind also nicht schwer\u00b7behindert.');
  if (s.merkzeichen.length) {
    heading('Merk\u00b7zeichen');
    line(`Sie bekommen auch ${s.merkzeichen.length === 1 ? 'ein Merk\u00b7zeichen' : `${s.merkzeichen.length === 2 ? '2' : '3'} Merk\u00b7zeichen`}.`);
    line('Merk\u00b7zeichen sind Buchstaben auf dem Ausweis.');
    for (const m of s.merkzeichen) {
      d.ensure(40);
      const top = d.y;
      d.text(d.left + 4, top + SIZE, m, { size: SIZE + 2, bold: true, color: blue });
      line(`${m} bedeutet: ${MERKZEICHEN_LEICHT[m]}`, { x: d.left + 34 });
    }
  }
  // the card
  heading(severe ? 'Ihr Schwer\u00b7behinderten\u00b7ausweis' : 'Bekommen Sie einen Ausweis?');
  if (!severe) {
    line('Nein. Einen Schwer\u00b7behinderten\u00b7ausweis gibt es erst ab GdB 50.');
    line('Sie können diesen Brief beim Finanz\u00b7amt zeigen.');
    line('Dann müssen Sie vielleicht weniger Steuern bezahlen.');
    line(`Sie können auch bei der Agentur für Arbeit fragen: Kann ich gleich\u00b7gestellt werden? Das ist möglich ab GdB 30.`);
  } else {
    line('Sie bekommen einen Schwer\u00b7behinderten\u00b7ausweis.');
    line('Der Ausweis ist eine Karte. Die Karte ist so groß wie eine Bank\u00b7karte.');
    d.ensure(80);
    d.move(6);
    const cTop = d.y;
    d.rect(d.left, cTop, d.contentWidth, 50, { stroke: blue, lineWidth: 2 });
    if (s.bis) {
      d.text(d.left + 14, cTop + 20, ctx.pick(['Ihr Ausweis gilt bis zum:', 'Der Ausweis gilt bis:'], ['Ihr Ausweis ist gültig bis zum:']), { size: 12, bold: true });
      d.text(d.left + 14, cTop + 41, ctx.v('gueltig_bis', datum(s.bis)), { size: 16, bold: true, color: blue });
    } else {
      d.text(d.left + 14, cTop + 20, 'Ihr Ausweis gilt ohne Ende.', { size: 12, bold: true });
      d.text(d.left + 14, cTop + 41, `Das heißt: ${unlimited(ctx)}.`, { size: 14, bold: true, color: blue });
    }
    d.y = cTop + 50 + 10;
    if (s.bis) {
      line('Vielleicht wird Ihre Gesundheit wieder besser.');
      line('Darum gilt der Ausweis nur eine bestimmte Zeit.');
      line('Sie können später einen neuen Ausweis beantragen.');
    } else line('Wir denken: Ihre Gesundheit wird nicht mehr besser. Darum hat der Ausweis kein Ende.');
    gap();
    line('Für den Ausweis brauchen wir ein Foto von Ihnen.');
    line(`Bitte schicken Sie uns das Foto bis zum ${datum(fotoBis)}.`);
    line('Schreiben Sie auf die Rück\u00b7seite vom Foto Ihren Namen.');
    if (transport) {
      gap();
      line('Sie dürfen mit Bus und Bahn kostenlos fahren.');
      line('Dafür brauchen Sie eine Wert\u00b7marke.');
      line(`Die Wert\u00b7marke kostet ${ctx.money(104)} für 1 Jahr. Oder ${ctx.money(53)} für ein halbes Jahr.`);
    }
  }
  heading('Sind Sie nicht einverstanden?');
  line('Dann können Sie Wider\u00b7spruch einlegen.');
  line('Wider\u00b7spruch heißt: Sie sagen uns, die Entscheidung ist falsch.');
  line('Dafür haben Sie 1 Monat Zeit. Die Zeit beginnt, wenn Sie den Brief bekommen.');
  line('Schreiben Sie uns einen Brief. Oder kommen Sie zu uns.');
  d.ensure(150);
  heading('Haben Sie Fragen?');
  line(`Dann rufen Sie ${clerk.gender === 'f' ? 'Frau' : 'Herrn'} ${clerk.last} an.`);
  line(`Die Telefon\u00b7nummer ist: ${phone}`);
  line('Sie können auch eine Vertrauens\u00b7person mitbringen.');
  gap();
  line('Viele Grüße');
  line(`${clerk.first} ${clerk.last}`);

  // the binding notice in everyday language
  d.newPage();
  const F = 9.5;
  d.write(ctx.pick(['Bescheid', 'Feststellungsbescheid'], ['Bescheid in Alltagssprache (rechtsverbindliche Fassung)']), { size: 13, bold: true });
  d.write(`nach § 152 Neuntes Buch Sozialgesetzbuch (SGB IX)${neu ? ' i. V. m. § 48 SGB X' : ''}`, { size: F, color: GRAY });
  d.move(4);
  d.para(`Aktenzeichen ${az} · ${ctx.name(p, 'last-first')}, geboren am ${ctx.date(p.birth)} · Antrag vom ${ctx.date(antrag)}`, { size: F });
  d.move(2);
  d.write('Entscheidung', { size: 10.5, bold: true });
  const points: string[] = [];
  if (neu) points.push(`Der Bescheid vom ${ctx.date(earlier)} wird aufgehoben, soweit er dem Folgenden entgegensteht.`);
  points.push(`Der Grad der Behinderung (GdB) beträgt ${s.gdb}. Die Feststellung gilt ab ${ctx.date(wirkung)}.`);
  if (s.merkzeichen.length) points.push(`Die gesundheitlichen Voraussetzungen für ${s.merkzeichen.length === 1 ? 'das Merkzeichen' : 'die Merkzeichen'} ${s.merkzeichen.join(', ')} liegen vor.`);
  else if (severe) points.push('Die gesundheitlichen Voraussetzungen für die Zuerkennung von Merkzeichen liegen nicht vor.');
  if (severe) points.push(s.bis ? `Der Schwerbehindertenausweis wird bis ${ctx.date(s.bis)} befristet ausgestellt.` : 'Der Schwerbehindertenausweis wird unbefristet ausgestellt.');
  else points.push('Die Voraussetzungen für die Ausstellung eines Schwerbehindertenausweises liegen nicht vor.');
  points.forEach((t, i) => d.para(`${i + 1}.  ${t}`, { size: F, x: d.left + 6, after: 2 }));
  d.move(4);
  d.write('Begründung', { size: 10.5, bold: true });
  d.para(`Die Entscheidung beruht auf den Befundberichten von Dr. med. ${doctors[0].first} ${doctors[0].last} und Dr. med. ${doctors[1].first} ${doctors[1].last} sowie der versorgungsärztlichen Stellungnahme vom ${ctx.date(addDays(ctx.today, -rng.int(8, 30)))}. Folgende Funktionsbeeinträchtigungen wurden festgestellt:`, { size: F });
  table(ctx, [
    { header: 'Funktionsbeeinträchtigung', x: d.left },
    { header: 'Einzel-GdB', x: d.right, align: 'right' },
  ], s.einzel.map((e) => [e.text, String(e.gdb)]), { size: F - 0.5, grid: true });
  d.para(`Der Gesamt-GdB ist nach den Versorgungsmedizinischen Grundsätzen aus den Auswirkungen der Funktionsbeeinträchtigungen in ihrer Gesamtheit zu bilden; die Einzelwerte werden nicht addiert.${neu ? ` Gegenüber den der Feststellung vom ${ctx.date(earlier)} zugrunde liegenden Verhältnissen (GdB ${s.alt}) ist eine wesentliche Änderung eingetreten.` : ''}`, { size: F });
  d.write('Rechtsbehelfsbelehrung', { size: 10.5, bold: true });
  d.para(`Gegen diesen Bescheid kann innerhalb eines Monats nach Bekanntgabe Widerspruch erhoben werden. Der Widerspruch ist schriftlich oder zur Niederschrift beim ${amt}, ${office.street} ${office.no}, ${office.plz} ${office.city}, einzulegen.`, { size: F });
  d.move(4);
  d.para(`Im Auftrag  ${clerk.first} ${clerk.last}`, { size: F });
  d.para('Dieser Bescheid wurde maschinell erstellt und ist ohne Unterschrift gültig. Die Erläuterung in Leichter Sprache ist nicht Bestandteil des Bescheides.', { size: 8, color: GRAY });
  footer(d, [[amt, unit], [`${office.street} ${office.no}`, `${office.plz} ${office.city}`], [`Telefon ${phone}`, 'Barrierefreier Zugang über den Hof']], 'Seite x von y');
  truth(ctx, s);
}

/**
 * O (holdout, blind 11): the decision of the objection authority (Widerspruchsbescheid) of a
 * higher office on an objection against the local office's notice, set like a court's ruling:
 * the rubrum („In dem Widerspruchsverfahren der Frau … – Widerspruchsführerin – gegen …“), the
 * tenor as numbered points (the degree raised in part, in full, or the objection rejected; the
 * costs), the reasons in two parts (I. the history with the first notice's degree, the contested
 * degree and the degree asked for; II. the legal assessment with the impairments and single
 * degrees, the overall degree, a sign refused), a note on the card with its validity or
 * „unbefristet“, the remedy to the social court with its address; a continuation head on page 2.
 */
function blind11Widerspruchsbescheid(ctx: Ctx): void {
  const rng = ctx.rng;
  const s = draw(ctx, 30);
  const p = s.person;
  const f = p.gender === 'f';
  // the outcome: the degree raised in part (less than asked for), in full, or the contested degree confirmed
  let outcome = rng.weighted([['teilweise', 4], ['voll', 2], ['zurueck', 3]] as const);
  if (s.gdb === 100 && outcome !== 'voll') outcome = 'voll';
  const contested = outcome === 'zurueck' ? s.gdb : Math.max(20, s.gdb - rng.pick([10, 10, 20]));
  const asked = outcome === 'voll' ? s.gdb : Math.min(100, s.gdb + rng.pick([10, 20, 20]));
  const neu = rng.chance(0.6) && contested >= 30;
  const first = neu ? Math.max(20, contested - rng.pick([10, 10, 20])) : 0;
  if (s.gdb < 50) s.bis = undefined;
  const askedSign = rng.chance(0.55) ? rng.pick(['G', 'aG', 'B']) : undefined;
  const signGranted = askedSign && outcome !== 'zurueck' && s.gdb >= 50 && rng.chance(0.4);
  s.merkzeichen = signGranted ? [askedSign] : [];

  const city = s.address.city;
  const kreis = rng.pick(['Mittelsachsen', 'Nordsachsen', 'Harburg', 'Ludwigslust-Parchim', 'Göttingen', 'Rostock']);
  // the local office in the genitive, as the rubrum names it
  const [behoerde, unit, ausgang] = rng.pick([
    ['Landesverwaltungsamt', 'Referat Versorgungsamt – Widerspruchsstelle', `der Stadt ${city}, Sozialamt – Abteilung Schwerbehindertenrecht`],
    ['Regierungspräsidium', 'Landesversorgungsamt – Widerspruchsreferat', `des Landratsamtes ${rng.pick(['Rems-Murr-Kreis', 'Ortenaukreis', 'Bodenseekreis', 'Enzkreis'])} – Versorgungsamt`],
    ['Landesamt für Soziales und Versorgung', 'Zentrale Widerspruchsstelle SchwbR', `des Landesamtes für Soziales und Versorgung, Regionalstelle ${city}`],
    ['Kommunaler Sozialverband', 'Widerspruchsbehörde Schwerbehindertenrecht', `des Landkreises ${kreis}, Fachdienst Schwerbehindertenrecht`],
  ] as const);
  const office = fake.address(rng);
  // the social court of the person's town when it has one, else of a town near by
  const seats = ['Leipzig', 'Dresden', 'Chemnitz', 'Berlin', 'Hamburg', 'München', 'Köln', 'Hannover', 'Magdeburg', 'Halle (Saale)', 'Erfurt', 'Bremen', 'Kassel', 'Rostock'].filter((c) => fake.PLACES_PLZ.some(([, t]) => t === c));
  const court = fake.address(rng, { city: seats.includes(city) ? city : rng.pick(seats) });
  const datum = ctx.today;
  const vorlage = addDays(datum, -rng.int(30, 90));
  const wsDate = addDays(vorlage, -rng.int(20, 60));
  const contestedDate = addDays(wsDate, -rng.int(10, 30));
  const antrag = addDays(contestedDate, -rng.int(60, 200));
  const erst = addDays(antrag, -rng.int(500, 3000));
  // a higher degree is often granted only from the day a later finding proved the worsening
  const ab = outcome === 'teilweise' && rng.chance(0.5) ? addDays(antrag, rng.int(40, 120)) : antrag;
  const wAz = `W ${rng.int(1, 9)}-${rng.digits(4)}/${datum.slice(2, 4)}`;
  const az = `${rng.pick(['SB', '53', 'VA'])} ${rng.digits(3)} ${rng.digits(6)}`;
  let clerk = fake.person(rng, { titleChance: 0 });
  if (clerk.last === p.last) clerk = fake.person(rng, { titleChance: 0, last: p.last === 'Schulz' ? 'Lorenz' : 'Schulz' });
  const kanzlei = fake.person(rng, { titleChance: 0 });
  const rep = rng.chance(0.4) ? rng.pick([`Sozialverband VdK, Kreisverband ${city}`, `SoVD Beratungszentrum ${city}`, `Rechtsanwältin ${kanzlei.first} ${kanzlei.last}`]) : undefined;
  const doctors = [fake.person(rng, { titleChance: 0 }), fake.person(rng, { titleChance: 0 })];
  const fach = rng.sample(['Orthopädie', 'Innere Medizin', 'Neurologie', 'Kardiologie', 'Psychiatrie', 'HNO-Heilkunde'], 2);
  const wer = f ? 'Widerspruchsführerin' : 'Widerspruchsführer';
  const derWer = f ? 'die Widerspruchsführerin' : 'der Widerspruchsführer';
  const sie = f ? 'sie' : 'er';
  const ihr = f ? 'ihr' : 'ihm';
  const ihre = f ? 'ihre' : 'seine';
  const family = rng.pick(['times', 'times', 'helvetica'] as const);

  const d = ctx.start({ family, size: 10.5, margins: { left: 70, right: 62, top: 60, bottom: 74 } });
  d.text(d.left, 46, behoerde, { size: 13, bold: true });
  d.text(d.left, 60, unit, { size: 9.5 });
  d.hline(68, d.left, d.left + 200, 0.8);
  returnLine(d, `${behoerde} · ${office.street} ${office.no} · ${office.plz} ${office.city}`);
  d.text(d.left, 126, rng.pick(['Mit Postzustellungsurkunde', 'Gegen Empfangsbekenntnis', 'Förmliche Zustellung']), { size: 7.5, bold: true });
  addressWindow(d, recipientLines(ctx, p, s.address));
  const rx = 372;
  const info: [string, string][] = [
    ['Geschäftszeichen', wAz],
    ['Az. der Ausgangsbehörde', az],
    ['Bearbeitung', `${clerk.gender === 'f' ? 'Frau' : 'Herr'} ${clerk.last}`],
    ['Durchwahl', fake.phone(rng)],
    ['Datum', ctx.date(datum)],
  ];
  info.forEach(([l, v], i) => {
    d.text(rx, 150 + i * 21, l, { size: 7, color: GRAY });
    d.text(rx, 159 + i * 21, v, { size: 9 });
  });
  d.y = 268;
  d.write('Widerspruchsbescheid', { align: 'center', size: 16, bold: true, gap: 1.9 });
  const center = (text: string, options: { bold?: boolean; italic?: boolean; size?: number } = {}) => d.write(text, { align: 'center', size: options.size ?? 10.5, bold: options.bold, italic: options.italic, gap: 1.45 });
  center('In dem Widerspruchsverfahren');
  center(`${f ? 'der Frau' : 'des Herrn'} ${ctx.v('name', `${p.first} ${p.last}`)}, geboren am ${ctx.ndate(p.birth)},`, { bold: true });
  center(`${s.address.street} ${s.address.no}, ${s.address.plz} ${s.address.city},`);
  center(`– ${wer} –`, { italic: true });
  if (rep) center(`${rng.pick(['Verfahrensbevollmächtigt:', 'bevollmächtigt:'])} ${rep}`, { size: 9.5 });
  d.move(3);
  center('gegen');
  center(`den Bescheid ${ausgang}`);
  center(`vom ${ctx.date(contestedDate)}, Az. ${az},`);
  d.move(3);
  center(`wegen ${neu ? 'Neufeststellung des Grades der Behinderung' : 'Feststellung einer Behinderung'} nach § 152 SGB IX${askedSign ? ` und des Merkzeichens ${askedSign}` : ''}`);
  d.move(4);
  d.para(`ergeht nach Prüfung durch ${rng.pick(['die Widerspruchsstelle', 'die Widerspruchsbehörde'])} folgende Entscheidung:`);
  const num = (n: string, text: string) => {
    d.ensure(30);
    d.text(d.left + 14, d.y + 10.5, n, { bold: true });
    d.para(text, { x: d.left + 36, after: 5 });
  };
  const frauHerr = `${f ? 'Frau' : 'Herrn'} ${p.last}`;
  if (outcome === 'zurueck') {
    num('1.', `Der Widerspruch vom ${ctx.date(wsDate)} wird zurückgewiesen.`);
    num('2.', 'Notwendige Aufwendungen im Widerspruchsverfahren sind nicht zu erstatten.');
  } else {
    num('1.', `Der Bescheid vom ${ctx.date(contestedDate)} wird abgeändert. Bei ${frauHerr} wird ab dem ${ctx.date(ab)} ein Grad der Behinderung (GdB) von ${ctx.v('gdb', String(s.gdb))} festgestellt.`);
    const rest = outcome === 'teilweise' || (askedSign !== undefined && !signGranted);
    let n = 2;
    if (signGranted) num(`${n++}.`, `Die gesundheitlichen Voraussetzungen für das Merkzeichen ${askedSign} liegen ab dem ${ctx.date(ab)} vor.`);
    if (rest) num(`${n++}.`, 'Im Übrigen wird der Widerspruch zurückgewiesen.');
    num(`${n}.`, `Die notwendigen Aufwendungen ${f ? 'der Widerspruchsführerin' : 'des Widerspruchsführers'} im Widerspruchsverfahren werden ${rest ? rng.pick(['zu einem Drittel', 'zur Hälfte', 'zu einem Viertel']) : 'in voller Höhe'} erstattet.${rep ? ' Die Hinzuziehung eines Bevollmächtigten war notwendig.' : ''}`);
  }
  d.move(6);
  d.write('Gründe', { align: 'center', bold: true, size: 11.5, gap: 1.7 });
  d.onContinuation((doc) => {
    doc.text(doc.left, 40, `Widerspruchsbescheid vom ${ctx.ndate(datum)} · ${wAz}`, { size: 8, color: GRAY });
    doc.hline(45, doc.left, doc.right, 0.3, GRAY);
  });
  d.ensure(60);
  d.write('I.', { bold: true });
  const histo = neu
    ? `Bei ${f ? 'der Widerspruchsführerin' : 'dem Widerspruchsführer'} war zuletzt mit Bescheid vom ${ctx.date(erst)} ein GdB von ${first} festgestellt worden. Am ${ctx.date(antrag)} beantragte ${sie} die Neufeststellung wegen einer Verschlimmerung ${ihre}r Leiden${askedSign ? ` sowie die Feststellung des Merkzeichens ${askedSign}` : ''}.`
    : `Am ${ctx.date(antrag)} beantragte ${derWer} erstmals die Feststellung einer Behinderung${askedSign ? ` sowie des Merkzeichens ${askedSign}` : ''}.`;
  d.para(`${histo} Die Ausgangsbehörde zog Befundberichte von Dr. ${doctors[0].last} (${fach[0]}) und Dr. ${doctors[1].last} (${fach[1]}) bei und ließ sie versorgungsärztlich auswerten. Mit dem angefochtenen Bescheid vom ${ctx.date(contestedDate)} stellte sie ab dem ${ctx.date(antrag)} einen GdB von ${contested} fest${askedSign ? ` und lehnte das Merkzeichen ${askedSign} ab` : ''}.`);
  d.para(`Hiergegen richtet sich der am ${ctx.date(wsDate)} eingegangene Widerspruch. ${f ? 'Die Widerspruchsführerin' : 'Der Widerspruchsführer'} trägt ${rep ? `durch ${rep.startsWith('Rechts') ? `${f ? 'ihre' : 'seine'} Bevollmächtigte` : `${f ? 'ihren' : 'seinen'} Bevollmächtigten`} ` : ''}vor, die Auswirkungen ${ihre}r Gesundheitsstörungen seien nicht ausreichend gewürdigt worden; insbesondere ${rng.pick(['die Schmerzen seien dauerhaft', 'die Belastbarkeit sei erheblich gemindert', 'die Behandlung sei aufwendiger geworden'])}. ${f ? 'Sie' : 'Er'} begehrt die Feststellung eines GdB von ${asked}. Im Widerspruchsverfahren wurde ${rng.pick(['ein Entlassungsbericht der Rehabilitationsklinik', 'ein aktueller Befundbericht', 'ein Gutachten nach Aktenlage'])} vom ${ctx.date(addDays(wsDate, rng.int(10, 40)))} beigezogen. Die Ausgangsbehörde hat dem Widerspruch nicht abgeholfen und ihn am ${ctx.date(vorlage)} zur Entscheidung vorgelegt.`);
  d.ensure(60);
  d.write('II.', { bold: true });
  d.para(`Der Widerspruch ist zulässig, ${outcome === 'zurueck' ? 'aber nicht begründet' : outcome === 'teilweise' ? 'jedoch nur teilweise begründet' : 'und begründet'}.`);
  d.para('Nach § 152 Abs. 1 SGB IX werden die Auswirkungen auf die Teilhabe am Leben in der Gesellschaft als Grad der Behinderung nach Zehnergraden abgestuft festgestellt. Maßgebend sind die Versorgungsmedizinischen Grundsätze (Anlage zu § 2 der Versorgungsmedizin-Verordnung).');
  d.para('Nach Auswertung aller vorliegenden Unterlagen bestehen folgende Funktionsbeeinträchtigungen:');
  s.einzel.forEach((e, i) => {
    d.ensure(16);
    const top = d.y;
    d.text(d.left + 14, top + 10.5, `${String.fromCharCode(97 + i)})`, {});
    d.para(e.text, { x: d.left + 34, width: 300, after: 0 });
    d.text(d.right, top + 10.5, `Einzel-GdB ${e.gdb}`, { align: 'right' });
    d.move(2);
  });
  d.move(4);
  const overall = outcome === 'zurueck'
    ? `Der Gesamt-GdB ist mit ${ctx.v('gdb', String(s.gdb))} zutreffend bewertet. Für den begehrten GdB von ${asked} müssten die Beeinträchtigungen in ihrer Gesamtheit ein Ausmaß erreichen, das sich den Befunden nicht entnehmen lässt.`
    : outcome === 'teilweise'
      ? `Die Einzelwerte werden nicht addiert; in der Gesamtschau ist ein GdB von ${s.gdb} angemessen${ab !== antrag ? `, und zwar erst ab dem ${ctx.date(ab)}, dem Zeitpunkt des Befundes, der die Verschlimmerung belegt` : ''}. Ein GdB von ${asked}, wie begehrt, ist nicht zu begründen.`
      : `Die Einzelwerte werden nicht addiert; in der Gesamtschau ist der begehrte GdB von ${s.gdb} gerechtfertigt. Die Ausgangsbehörde hat die im Widerspruchsverfahren vorgelegten Befunde nicht mehr berücksichtigen können.`;
  d.para(overall);
  if (askedSign && !signGranted) d.para(`Die gesundheitlichen Voraussetzungen für das Merkzeichen ${askedSign} liegen nicht vor. ${askedSign === 'B' ? 'Eine ständige Begleitung bei der Benutzung öffentlicher Verkehrsmittel ist nicht notwendig.' : 'Eine erhebliche Beeinträchtigung der Bewegungsfähigkeit im Straßenverkehr ist durch die festgestellten Funktionsbeeinträchtigungen nicht belegt.'}`);
  d.para(`Die Kostenentscheidung beruht auf § 63 SGB X.`);
  d.ensure(60);
  d.write(rng.pick(['Hinweis zum Ausweis', 'Schwerbehindertenausweis']), { bold: true });
  if (s.gdb >= 50) {
    const validity = s.bis ? `gültig bis ${ctx.v('gueltig_bis', ctx.date(s.bis))}` : ctx.pick(['unbefristet gültig', 'ohne Befristung gültig'], ['ohne zeitliche Begrenzung gültig']);
    if (outcome === 'zurueck') d.para(`Der ${ihr} ausgestellte Schwerbehindertenausweis bleibt unverändert ${validity}. Ein neuer Ausweis wird nicht ausgestellt.`);
    else d.para(`Die Ausgangsbehörde stellt ${ihr} auf Grund dieser Entscheidung einen Schwerbehindertenausweis aus. Er ist ${validity}${s.bis ? ', weil eine Nachprüfung der Befunde vorgesehen ist' : ', weil eine wesentliche Änderung nicht zu erwarten ist'}. Bitte senden Sie der Ausgangsbehörde ein aktuelles Lichtbild.`);
  } else d.para(`Ein Schwerbehindertenausweis wird erst ab einem GdB von 50 ausgestellt. ${outcome === 'zurueck' ? '' : 'Die Ausgangsbehörde erteilt Ihnen auf Wunsch eine Bescheinigung über den festgestellten GdB.'}`.trim());
  d.move(2);
  d.ensure(60);
  d.write('Rechtsbehelfsbelehrung', { bold: true });
  d.para(`Gegen diesen Bescheid kann innerhalb eines Monats nach Bekanntgabe Klage bei dem Sozialgericht ${court.city}, ${court.street} ${court.no}, ${court.plz} ${court.city}, erhoben werden. Die Klage ist schriftlich oder zur Niederschrift des Urkundsbeamten der Geschäftsstelle zu erheben; sie kann auch als elektronisches Dokument nach § 65a SGG eingereicht werden. Sie soll den Kläger, den Beklagten und den Gegenstand des Klagebegehrens bezeichnen.`, { size: 9.5 });
  d.ensure(70);
  d.move(8);
  d.write('Im Auftrag');
  d.move(16);
  d.write(`${clerk.first} ${clerk.last}`);
  if (rep) d.para(`Abschrift: ${rep}`, { size: 8.5, color: GRAY });
  footer(d, [[behoerde, unit], [`${office.street} ${office.no}`, `${office.plz} ${office.city}`], ['Besuchszeiten nach Vereinbarung', `Telefon ${fake.phone(rng)}`]], rng.pick(['Seite x von y', '- x -'] as const));
  truth(ctx, s);
}

/** people without German citizenship: name, sex, birthplace, nationality and the residence title they usually hold */
const AUSLAENDER: readonly { f: readonly string[]; m: readonly string[]; last: readonly string[]; places: readonly string[]; nat: string; titles: readonly (readonly [string, boolean])[] }[] = [
  { f: ['Olena', 'Iryna', 'Tetiana', 'Nataliia'], m: ['Oleksandr', 'Andrii', 'Serhii', 'Mykola'], last: ['Kovalenko', 'Bondarenko', 'Shevchenko', 'Tkachenko', 'Melnyk'], places: ['Kiew', 'Charkiw', 'Odessa', 'Dnipro'], nat: 'ukrainisch', titles: [['Aufenthaltserlaubnis nach § 24 Abs. 1 AufenthG (vorübergehender Schutz)', true]] },
  { f: ['Rania', 'Amal', 'Lina', 'Hiba'], m: ['Mohammad', 'Ahmad', 'Khaled', 'Yousef'], last: ['Al-Hassan', 'Haddad', 'Khalil', 'Al-Ahmad', 'Nasser'], places: ['Damaskus', 'Aleppo', 'Homs', 'Latakia'], nat: 'syrisch', titles: [['Aufenthaltserlaubnis nach § 25 Abs. 2 AufenthG', true], ['Niederlassungserlaubnis nach § 26 Abs. 4 AufenthG', false]] },
  { f: ['Emine', 'Fatma', 'Hatice', 'Zeynep'], m: ['Mehmet', 'Hüseyin', 'Mustafa', 'Ali'], last: ['Demir', 'Kaya', 'Aydin', 'Yildiz', 'Öztürk'], places: ['Ankara', 'Izmir', 'Kayseri', 'Trabzon'], nat: 'türkisch', titles: [['Niederlassungserlaubnis', false], ['Aufenthaltserlaubnis nach § 30 AufenthG (Ehegattennachzug)', true], ['Daueraufenthalt-EU', false]] },
  { f: ['Mariam', 'Zahra', 'Fatima'], m: ['Farid', 'Ahmad Shah', 'Mohammad Nabi'], last: ['Ahmadi', 'Rahimi', 'Hashimi', 'Karimi'], places: ['Kabul', 'Herat', 'Masar-e Scharif'], nat: 'afghanisch', titles: [['Aufenthaltserlaubnis nach § 25 Abs. 3 AufenthG', true], ['Aufenthaltserlaubnis nach § 25 Abs. 2 AufenthG', true]] },
  { f: ['Senait', 'Helen', 'Saba'], m: ['Yonas', 'Dawit', 'Tesfay'], last: ['Tesfaye', 'Haile', 'Gebremedhin', 'Kidane'], places: ['Asmara', 'Keren', 'Massawa'], nat: 'eritreisch', titles: [['Aufenthaltserlaubnis nach § 25 Abs. 2 AufenthG', true]] },
  { f: ['Arta', 'Valbona', 'Drita'], m: ['Arben', 'Besnik', 'Driton'], last: ['Krasniqi', 'Berisha', 'Gashi', 'Hoxha'], places: ['Pristina', 'Prizren', 'Peja'], nat: 'kosovarisch', titles: [['Aufenthaltserlaubnis nach § 18a AufenthG', true], ['Niederlassungserlaubnis', false]] },
  { f: ['Katarzyna', 'Agnieszka', 'Magdalena'], m: ['Piotr', 'Tomasz', 'Krzysztof'], last: ['Nowak', 'Wójcik', 'Kowalczyk', 'Zielinski'], places: ['Krakau', 'Breslau', 'Posen', 'Stettin'], nat: 'polnisch', titles: [['freizügigkeitsberechtigt (Unionsbürger/in)', false]] },
  { f: ['Giulia', 'Francesca'], m: ['Giuseppe', 'Antonio', 'Salvatore'], last: ['Russo', 'Esposito', 'Romano', 'Greco'], places: ['Neapel', 'Palermo', 'Bari'], nat: 'italienisch', titles: [['freizügigkeitsberechtigt (Unionsbürger/in)', false]] },
];

/**
 * Q (holdout, blind 12): a first notice of findings for a person without German citizenship, set
 * with side headings in a narrow left column (Entscheidung, Feststellungen, Ausweis, Begründung,
 * Hinweise, Rechtsbehelf) and the text beside them: a reference block of rows at the right with
 * the application's day; the degree and the day it applies from in the decision's first sentence,
 * signs granted; the impairments as a dash list with single degrees; the card in a framed box
 * (name as "Name, Vorname(n)", birth date, nationality, degree, signs, valid from and to or
 * "unbefristet"); when the residence title is limited, the card's end follows the end of the month
 * the title ends (the title's kind, number and exact end day in the text) while the medical review
 * would come later; with a settled or EU citizen's right the card follows the usual rules; a
 * separate line asks for the extended title later; the tax lump sum of the degree as a hint.
 */
function blind12AufenthaltstitelBefristung(ctx: Ctx): void {
  const rng = ctx.rng;
  const s = draw(ctx, 50);
  const origin = rng.pick(AUSLAENDER);
  const gender = s.person.gender;
  const p: fake.Person = { gender, first: rng.pick(gender === 'f' ? origin.f : origin.m), last: rng.pick(origin.last), birth: s.person.birth, birthPlace: rng.pick(origin.places) };
  if (Number(p.birth.slice(0, 4)) > 2004) p.birth = `${rng.int(1958, 2002)}${p.birth.slice(4)}`;
  s.person = p;
  const f = gender === 'f';
  const [titel, limited] = rng.pick(origin.titles);
  const titleNo = `${rng.pick(['Y', 'Z', 'L', 'C'])}${rng.digits(2)}${rng.pick(['F', 'K', 'R', 'T', 'V'])}${rng.digits(5)}`;
  const antrag = addDays(ctx.today, -rng.int(60, 200));
  const ab = rng.chance(0.7) ? antrag : addDays(antrag, -rng.int(60, 400));
  // the medical review the doctors would set, and the title's end that may cut it short
  const review = lastOfMonth(addMonths(ctx.today, rng.int(30, 60)));
  const titleEnd = addDays(ctx.today, rng.int(120, 760));
  let bis: IsoDate | undefined;
  let reason: 'titel' | 'nachpruefung' | 'dauer';
  if (limited) {
    bis = lastOfMonth(titleEnd);
    reason = 'titel';
  } else if (rng.chance(0.55)) {
    bis = review;
    reason = 'nachpruefung';
  } else {
    bis = undefined;
    reason = 'dauer';
  }
  s.bis = bis;
  s.ab = ab;
  const land = rng.pick([
    ['Landesamt für Soziales und Versorgung', 'Dezernat Schwerbehindertenrecht', 'Cottbus'],
    ['Landesamt für Gesundheit und Soziales', 'Versorgungsamt – Feststellungsverfahren', 'Berlin'],
    ['Landesamt für Familie und Soziales', 'Abteilung Soziales Entschädigungs- und Schwerbehindertenrecht', 'Schwerin'],
    ['Amt für Versorgung und Familienförderung', 'Schwerbehindertenrecht', 'Gera'],
    ['Landesverwaltungsamt', 'Referat 607 – Schwerbehindertenrecht', 'Halle (Saale)'],
    [`Stadt ${s.address.city}`, 'Amt für Soziales – Schwerbehindertenrecht', s.address.city],
  ] as const);
  const office = fake.address(rng, { city: land[2] });
  const az = `${rng.pick(['SB', '54', 'VA'])}-${rng.digits(3)}-${rng.digits(5)}/${ctx.today.slice(2, 4)}`;
  const clerk = fake.person(rng, { titleChance: 0 });
  const family = rng.pick(['helvetica', 'helvetica', 'times'] as const);
  const frauHerr = f ? 'Frau' : 'Herr';
  const datum = (v: IsoDate) => ctx.date(v);

  const d = ctx.start({ family, size: 9.5, margins: { left: 60, right: 52, top: 58, bottom: 78 } });
  const bodyX = d.left + 96;
  const bodyW = d.right - bodyX;
  // head: the authority in two lines at the left, a tinted band at the right edge
  d.rect(d.right - 60, 36, 60, 6, { fill: [0.2, 0.3, 0.5] });
  d.text(d.left, 46, land[0], { size: 12.5, bold: true });
  d.text(d.left, 59, land[1], { size: 9 });
  returnLine(d, `${land[0]} · ${office.street} ${office.no} · ${office.plz} ${office.city}`);
  addressWindow(d, recipientLines(ctx, p, s.address));
  const refs: [string, string][] = [
    ['Aktenzeichen', az],
    ['Ihr Antrag vom', ctx.ndate(antrag)],
    ['Bearbeitung', `${clerk.gender === 'f' ? 'Frau' : 'Herr'} ${clerk.last}`],
    ['Telefon', fake.phone(rng)],
    ['Zimmer', `${rng.pick(['A', 'B', 'C'])} ${rng.int(1, 4)}.${rng.digits(2)}`],
    ['Datum', ctx.ndate(ctx.today)],
  ];
  refs.forEach(([l, v], i) => {
    d.text(352, 146 + i * 12, l, { size: 8, color: GRAY });
    d.text(430, 146 + i * 12, v, { size: 8.5 });
  });
  d.y = 262;
  d.text(d.left, d.y + 12, ctx.pick(['Feststellungsbescheid', 'Bescheid nach § 152 SGB IX'], ['Bescheid über die Feststellung einer Behinderung', 'Feststellung nach dem Schwerbehindertenrecht']), { size: 12, bold: true });
  d.y += 18;
  d.text(d.left, d.y + 10, `${frauHerr} ${p.first} ${p.last}, geb. ${ctx.ndate(p.birth)} – Erstantrag`, { size: 9.5 });
  d.y += 24;
  d.write(f ? `Sehr geehrte Frau ${p.last},` : `Sehr geehrter Herr ${p.last},`);
  d.para(`über Ihren Antrag vom ${datum(antrag)} entscheide ich wie folgt:`);
  const side = (title: string) => {
    d.ensure(50);
    d.move(4);
    d.hline(d.y, d.left, d.right, 0.3, GRAY);
    d.text(d.left, d.y + 12, title, { size: 8.5, bold: true, color: GRAY });
    d.move(3);
  };
  const body = (text: string, options: { bold?: boolean; size?: number } = {}) => d.para(text, { x: bodyX, width: bodyW, bold: options.bold, size: options.size, after: 4 });

  d.onContinuation((doc) => {
    doc.text(doc.left, 42, `${land[0]} · Az. ${az} · Bescheid vom ${ctx.ndate(ctx.today)}`, { size: 7.5, color: GRAY });
  });
  side('Entscheidung');
  const gdbLabel = ctx.pick(['Grad der Behinderung (GdB)', 'GdB'], ['Gesamtgrad der Behinderung']);
  body(`Bei Ihnen liegt ab dem ${datum(ab)} ein ${gdbLabel} von ${ctx.v('gdb', String(s.gdb))} vor. Sie sind damit schwerbehindert im Sinne des § 2 Abs. 2 SGB IX.`, { bold: true });
  if (s.merkzeichen.length) body(`Die gesundheitlichen Voraussetzungen für ${s.merkzeichen.length > 1 ? 'die Merkzeichen' : 'das Merkzeichen'} ${s.merkzeichen.join(' und ')} sind erfüllt.`);
  else body('Die gesundheitlichen Voraussetzungen für Merkzeichen liegen nicht vor.');
  if (ab !== antrag) body(`Auf Ihren Antrag wird festgestellt, dass die Schwerbehinderung bereits seit dem ${datum(ab)} besteht (rückwirkende Feststellung aus steuerlichen Gründen).`);

  side('Feststellungen');
  body('Der Entscheidung liegen folgende Funktionsbeeinträchtigungen zugrunde:');
  for (const e of s.einzel) {
    const top = d.y;
    d.text(bodyX + 4, top + 9.5, '–', {});
    d.para(e.text, { x: bodyX + 16, width: bodyW - 90, after: 0 });
    d.text(d.right, top + 9.5, `Einzel-GdB ${e.gdb}`, { align: 'right', size: 9 });
    d.move(1.5);
  }
  d.move(3);

  side('Ausweis');
  body(`Sie erhalten einen Schwerbehindertenausweis mit folgenden Eintragungen. Bitte senden Sie uns dafür ein aktuelles Lichtbild (35 × 45 mm); der Ausweis wird nach dessen Eingang gefertigt.`);
  const entries: [string, Cell][] = [
    [ctx.pick(['Name, Vorname(n)', 'Name, Vorname'], ['Familienname, Vornamen']), { text: `${p.last}, ${p.first}`, field: 'name' }],
    ['Geburtsdatum', ctx.ndate(p.birth)],
    ['Staatsangehörigkeit', origin.nat],
    ['GdB', String(s.gdb)],
    ['Merkzeichen', s.merkzeichen.join(' ') || '–'],
    ['gültig ab', ctx.ndate(firstOfMonth(ctx.today))],
    [ctx.pick(['gültig bis', 'Gültigkeitsdauer bis'], ['Ablauf der Gültigkeit']), bis ? { text: ctx.ndate(bis), field: 'gueltig_bis' } : unlimited(ctx)],
  ];
  d.ensure(entries.length * 13 + 14);
  const boxTop = d.y + 2;
  d.y = boxTop + 6;
  for (const [l, v] of entries) {
    const c = typeof v === 'string' ? { text: v } : v;
    d.row([{ x: bodyX + 8, text: l, size: 8.5, color: GRAY }, { x: bodyX + 128, text: c.text, size: 9.5, bold: true, field: c.field }], { minHeight: 13 });
  }
  d.rect(bodyX, boxTop, bodyW, d.y - boxTop + 4, { stroke: [0.2, 0.2, 0.2], lineWidth: 0.8 });
  d.y += 10;
  if (reason === 'titel') {
    body(`Die Gültigkeit des Ausweises ist nach § 6 der Schwerbehindertenausweisverordnung bei Menschen ohne deutsche Staatsangehörigkeit längstens bis zum Ende des Monats zu befristen, in dem ihr Aufenthaltstitel abläuft. Ihre ${titel} (Nr. ${titleNo}) ist bis zum ${datum(titleEnd)} erteilt. Aus medizinischer Sicht wäre eine Nachprüfung erst im ${fake.MONTHS_DE[Number(review.slice(5, 7)) - 1]} ${review.slice(0, 4)} vorgesehen.`);
    body(`Wird Ihr Aufenthaltstitel verlängert, legen Sie uns bitte eine Kopie des neuen Titels vor; die Gültigkeit des Ausweises wird dann auf Antrag verlängert, ohne dass eine neue ärztliche Prüfung nötig ist.`);
  } else if (reason === 'nachpruefung') {
    body(`Ihr Aufenthaltsstatus – ${titel} – ist unbefristet und begrenzt die Gültigkeit des Ausweises nicht. Weil eine Besserung Ihres Gesundheitszustandes nicht ausgeschlossen ist, wird der Ausweis bis zur vorgesehenen Nachprüfung befristet.`);
  } else {
    body(`Ihr Aufenthaltsstatus – ${titel} – ist unbefristet. Da eine wesentliche Änderung Ihres Gesundheitszustandes nicht zu erwarten ist, wird der Ausweis ${unlimited(ctx)} ausgestellt.`);
  }

  side('Begründung');
  body(`Nach § 152 Abs. 1 SGB IX stellt die zuständige Behörde auf Antrag das Vorliegen einer Behinderung und den Grad der Behinderung fest. Antragsberechtigt sind auch Menschen ohne deutsche Staatsangehörigkeit, die ihren Wohnsitz oder gewöhnlichen Aufenthalt rechtmäßig im Inland haben. Grundlage der Bewertung sind die Versorgungsmedizinischen Grundsätze. Ausgewertet wurden ${rng.pick(['der Befundbericht Ihrer Hausärztin', 'der Befundbericht Ihres Hausarztes', 'ein Krankenhausentlassungsbericht'])} vom ${datum(addDays(antrag, rng.int(15, 45)))} und ${rng.pick(['ein fachärztlicher Befund', 'die von Ihnen eingereichten Unterlagen'])}. Die Einzel-GdB werden nicht addiert; maßgebend ist die Gesamtauswirkung.`, { size: 9 });

  side('Hinweise');
  body(`Bei einem GdB von ${s.gdb} können Sie bei der Einkommensteuer einen Behinderten-Pauschbetrag von ${ctx.money(PAUSCHBETRAG[s.gdb])} jährlich geltend machen. Ihr Arbeitgeber gewährt Ihnen einen Zusatzurlaub von fünf Arbeitstagen im Jahr (§ 208 SGB IX).`, { size: 9 });
  body('Bitte teilen Sie uns einen Wohnsitzwechsel und jede Änderung Ihres Aufenthaltsstatus mit. Dolmetscherkosten für ärztliche Untersuchungen werden nicht übernommen.', { size: 9 });

  side('Rechtsbehelf');
  body(`Gegen diesen Bescheid kann innerhalb eines Monats nach Bekanntgabe Widerspruch erhoben werden. Der Widerspruch ist schriftlich oder zur Niederschrift beim ${land[0]}, ${office.street} ${office.no}, ${office.plz} ${office.city}, einzulegen.`, { size: 9 });
  d.ensure(50);
  d.move(6);
  d.para('Mit freundlichen Grüßen', { x: bodyX });
  d.para('Im Auftrag', { x: bodyX, after: 14 });
  d.para(`${clerk.first} ${clerk.last}`, { x: bodyX });
  footer(d, [[land[0], land[1]], [`${office.street} ${office.no}`, `${office.plz} ${office.city}`], ['Öffnungszeiten: Mo, Di, Do 8–15 Uhr', 'Barrierefreier Zugang über den Hof']], rng.pick(['Seite x von y', 'x/y'] as const));
  truth(ctx, s);
}

/** impairments that bear on walking */
const GEHEN = ['Funktionsstörung beider Kniegelenke', 'Hüftgelenksendoprothese links', 'Polyneuropathie beider Beine', 'Funktionsbehinderung der Wirbelsäule mit Nervenwurzelreizung', 'arterielle Verschlusskrankheit beider Beine', 'Herzleistungsminderung bei koronarer Herzkrankheit', 'Versteifung des rechten oberen Sprunggelenks'];

/** the signs that can be found, with the meaning the notice explains */
const MERKZEICHEN_TEXT: readonly (readonly [string, string])[] = [
  ['G', 'erhebliche Beeinträchtigung der Bewegungsfähigkeit im Straßenverkehr'],
  ['aG', 'außergewöhnliche Gehbehinderung'],
  ['B', 'Notwendigkeit ständiger Begleitung'],
  ['H', 'Hilflosigkeit'],
  ['RF', 'Ermäßigung des Rundfunkbeitrags'],
  ['Bl', 'Blindheit'],
];

/**
 * R (holdout, blind 13): a district's or town's notice on an application for a sign (Merkzeichen)
 * by a person who already holds a card: the district's arms, name and "Der Landrat" at the top
 * left; the person named with birth date in the subject; the decision as numbered points: the
 * degree "weiterhin" or raised from a day (the earlier one in brackets), the signs as a grid of
 * check boxes (held so far / found now / not found: the sign asked for is sometimes refused and a
 * lesser one granted), the impairments affecting walking with their single degree; the card: a new
 * one with the new signs, its validity taken over from the old card or set anew or "unbefristet",
 * the old card's number and expiry and the request to send it back; the tax and travel
 * compensations with the yearly lump sums; page 2 the form to choose between the transport token
 * (price for six and twelve months) and the vehicle-tax reduction, with the person's particulars
 * pre-printed and empty boxes, to be returned.
 */
function blind13MerkzeichenWahlerklaerung(ctx: Ctx): void {
  const rng = ctx.rng;
  const s = draw(ctx, 50);
  const p = s.person;
  if (Number(p.birth.slice(0, 4)) > 2004) p.birth = `${rng.int(1942, 1998)}${p.birth.slice(4)}`;
  const f = p.gender === 'f';
  // what was asked for and what came of it
  const prev: string[] = rng.chance(0.3) ? ['RF'] : [];
  const asked = rng.pick(['G', 'G', 'aG'] as const);
  let granted: string[];
  let refused: string | undefined;
  if (asked === 'G') granted = rng.chance(0.4) ? ['G', 'B'] : ['G'];
  else if (rng.chance(0.5)) {
    refused = 'aG';
    granted = ['G'];
  } else {
    prev.push('G');
    granted = rng.chance(0.5) ? ['aG', 'B'] : ['aG'];
  }
  const raised = rng.chance(0.4);
  const altGdb = raised ? Math.max(50, s.gdb - rng.pick([10, 20])) : s.gdb;
  if (raised && altGdb === s.gdb) s.gdb = Math.min(100, s.gdb + 10);
  s.merkzeichen = [...prev, ...granted];
  const antrag = addDays(ctx.today, -rng.int(70, 200));
  const ab = raised ? firstOfMonth(antrag) : antrag;
  const earlierNotice = addDays(antrag, -rng.int(400, 2400));
  // the card: the old one's number and end, the new one's end taken over, set anew or unlimited
  const oldNr = `${rng.pick(['A', 'B', 'K', 'S'])}${rng.digits(7)}`;
  const oldUnlimited = rng.chance(0.25);
  const oldBis = oldUnlimited ? undefined : lastOfMonth(addMonths(ctx.today, rng.int(4, 40)));
  const mode = oldUnlimited ? 'unbefristet' : rng.weighted([['uebernommen', 4], ['neu', 4], ['unbefristet', 2]] as const);
  const bis = mode === 'uebernommen' ? oldBis : mode === 'neu' ? lastOfMonth(addMonths(ctx.today, rng.int(36, 72))) : undefined;
  s.bis = bis;
  // the district or town that decides, and the person living there
  const [dName, dHead, dUnit, towns] = rng.pick([
    ['Kreis Lippe', 'Der Landrat', 'Fachdienst Schwerbehindertenangelegenheiten', [['32756', 'Detmold'], ['32657', 'Lemgo'], ['32105', 'Bad Salzuflen']]],
    ['Kreis Recklinghausen', 'Der Landrat', 'Fachdienst Schwerbehindertenangelegenheiten', [['45657', 'Recklinghausen'], ['45768', 'Marl'], ['45699', 'Herten']]],
    ['Kreis Steinfurt', 'Der Landrat', 'Fachdienst Soziales · Schwerbehindertenrecht', [['48565', 'Steinfurt'], ['48431', 'Rheine'], ['49477', 'Ibbenbüren']]],
    ['Kreis Unna', 'Der Landrat', 'Fachbereich Arbeit und Soziales · Schwerbehindertenrecht', [['59423', 'Unna'], ['59174', 'Kamen'], ['59192', 'Bergkamen']]],
    ['Region Hannover', 'Der Regionspräsident', 'Fachbereich Soziales · Team Schwerbehindertenrecht', [['30169', 'Hannover'], ['30880', 'Laatzen'], ['30853', 'Langenhagen']]],
    ['Landratsamt Ortenaukreis', 'Amt für Soziales und Versorgung', 'Sachgebiet Schwerbehindertenrecht', [['77652', 'Offenburg'], ['77933', 'Lahr/Schwarzwald'], ['77815', 'Bühl']]],
    ['Landratsamt Esslingen', 'Amt für besondere Hilfen', 'Versorgungsamt · Schwerbehindertenrecht', [['73728', 'Esslingen am Neckar'], ['72622', 'Nürtingen'], ['73760', 'Ostfildern']]],
    [`Stadt ${s.address.city}`, 'Der Oberbürgermeister', 'Fachbereich Soziales · Schwerbehindertenangelegenheiten', [[s.address.plz, s.address.city]]],
  ] as const);
  const [homePlz, homeTown] = rng.pick(towns);
  s.address = { ...s.address, plz: homePlz, city: homeTown };
  const district = { name: dName, head: dHead, unit: dUnit };
  const office = { ...fake.address(rng), plz: towns[0][0], city: towns[0][1] };
  const az = `${rng.pick(['50.3', '51-SB', 'SchwbR'])} ${rng.digits(3)}/${rng.digits(5)}`;
  const clerk = fake.person(rng, { titleChance: 0 });
  const datum = (v: IsoDate) => ctx.date(v);
  const signText = (m: string) => MERKZEICHEN_TEXT.find(([k]) => k === m)?.[1] ?? m;
  const quote = (m: string) => `„${m}“`;

  const d = ctx.start({ family: rng.pick(['helvetica', 'times'] as const), size: 10, margins: { left: 68, right: 56, top: 56, bottom: 78 } });
  // head: arms as a framed shield, the authority and who signs for it
  d.rect(d.left, 32, 22, 27, { stroke: [0.2, 0.2, 0.2], fill: [0.93, 0.9, 0.8], lineWidth: 0.8 });
  d.line(d.left, 45.5, d.left + 22, 45.5, 0.5, [0.2, 0.2, 0.2]);
  d.text(d.left + 32, 43, district.name, { size: 14, bold: true });
  d.text(d.left + 32, 56, district.head, { size: 9.5, italic: true });
  d.text(d.left + 32, 67, district.unit, { size: 8.5, color: GRAY });
  returnLine(d, `${district.name} · ${office.street} ${office.no} · ${office.plz} ${office.city}`);
  addressWindow(d, recipientLines(ctx, p, s.address));
  infoBlock(d, [
    ['Mein Zeichen', az],
    ['Ausweis-Nr.', oldNr],
    ['Auskunft', `${clerk.gender === 'f' ? 'Frau' : 'Herr'} ${clerk.last}`],
    ['Durchwahl', fake.phone(rng)],
    ['Zimmer', `${rng.int(1, 4)}.${rng.digits(2)}`],
    ['Datum', ctx.ndate(ctx.today)],
  ], { x: 362, top: 150, labelWidth: 70 });
  d.y = 262;
  d.text(d.left, d.y + 11, ctx.pick(['Schwerbehindertenrecht nach dem SGB IX', 'Feststellung nach § 152 SGB IX'], ['Antrag auf Zuerkennung eines Merkzeichens']), { size: 11, bold: true });
  d.y += 15;
  d.text(d.left, d.y + 10, `${ctx.pick(['Betroffene Person:', 'Betrifft:'], ['In der Angelegenheit'])} ${ctx.v('name', `${p.first} ${p.last}`)}, geb. ${ctx.ndate(p.birth)}`, { size: 10 });
  d.y += 26;
  d.write(f ? `Sehr geehrte Frau ${p.last},` : `Sehr geehrter Herr ${p.last},`);
  d.para(`mit Ihrem Antrag vom ${datum(antrag)} haben Sie die Feststellung der gesundheitlichen Voraussetzungen für das Merkzeichen ${quote(asked)} (${signText(asked)}) beantragt. Nach Auswertung der beigezogenen Befundberichte ergeht folgender`);
  d.move(2);
  d.write('B e s c h e i d', { align: 'center', bold: true, size: 11.5 });
  d.move(4);
  const point = (n: string, text: string) => {
    const top = d.y;
    d.text(d.left, top + d.size, n, { bold: true });
    d.para(text, { x: d.left + 20, after: 5 });
  };
  const gdbLabel = ctx.pick(['Grad der Behinderung (GdB)', 'GdB'], ['festgestellte Grad der Behinderung']);
  if (raised) point('1.', `Der ${gdbLabel} wird ab dem ${datum(ab)} mit ${ctx.v('gdb', String(s.gdb))} neu festgestellt (bisher ${altGdb} nach dem Bescheid vom ${datum(earlierNotice)}).`);
  else point('1.', `Der ${gdbLabel} beträgt weiterhin ${ctx.v('gdb', String(s.gdb))}. Insoweit bleibt der Bescheid vom ${datum(earlierNotice)} unverändert.`);
  point('2.', `Die Merkzeichen ergeben sich aus der folgenden Übersicht; Änderungen gelten ab dem ${datum(antrag)}.`);
  // the grid of signs: held so far, found now, not found
  const shown = MERKZEICHEN_TEXT.filter(([m]) => ['G', 'aG', 'B', 'RF'].includes(m) || s.merkzeichen.includes(m));
  const gx = d.left + 20;
  const cols = [gx + 318, gx + 366, gx + 414];
  d.ensure(shown.length * 15 + 30);
  const gridTop = d.y;
  d.rect(gx, gridTop, d.right - gx, 22, { fill: LIGHT });
  d.text(gx + 6, gridTop + 14, 'Merkzeichen', { size: 8.5, bold: true });
  ['bisher', 'neu', 'nicht erfüllt'].forEach((h, i) => d.text(cols[i] + 4, gridTop + 14, h, { size: 8.5, bold: true, align: 'center' }));
  d.y = gridTop + 22;
  for (const [m, text] of shown) {
    const top = d.y;
    d.text(gx + 6, top + 11, m, { size: 9.5, bold: true });
    d.text(gx + 30, top + 11, text, { size: 8 });
    d.checkbox(cols[0], top + 12, prev.includes(m));
    d.checkbox(cols[1], top + 12, granted.includes(m));
    d.checkbox(cols[2], top + 12, refused === m);
    d.hline(top + 15, gx, d.right, 0.3, GRAY);
    d.y = top + 15;
  }
  d.rect(gx, gridTop, d.right - gx, d.y - gridTop, { stroke: [0.2, 0.2, 0.2], lineWidth: 0.7 });
  d.move(8);
  const walking = rng.sample(GEHEN, rng.int(1, 2));
  const legDegree = Math.min(s.gdb, rng.pick([50, 50, 60, 70]));
  const others = s.einzel.filter((e) => !/Knie|Hüft|Polyneuro|Wirbelsäule/.test(e.text)).slice(0, 2);
  point('3.', `Für die Beurteilung der Gehfähigkeit wurden folgende Funktionsbeeinträchtigungen berücksichtigt: ${walking.join('; ')}. Sie bedingen zusammen einen Einzel-GdB von ${legDegree}.${others.length ? ` Daneben bestehen ${others.map((e) => `${e.text} (Einzel-GdB ${e.gdb})`).join(' und ')}; sie wirken sich auf die Gehfähigkeit nicht aus.` : ''}`);
  if (refused) point('4.', `Die Voraussetzungen für das Merkzeichen ${quote(refused)} liegen nicht vor. Sie können sich außerhalb eines Kraftfahrzeuges zwar nur mit Mühe, aber nicht dauernd nur mit fremder Hilfe oder mit großer Anstrengung fortbewegen. Zuerkannt wird jedoch das Merkzeichen ${quote('G')}.`);

  d.ensure(90);
  d.move(4);
  d.write('Ausweis', { bold: true });
  const newSigns = s.merkzeichen.join(', ');
  const validity = mode === 'uebernommen'
    ? `Die Gültigkeitsdauer wird aus Ihrem bisherigen Ausweis übernommen; der neue Ausweis ist ${ctx.pick(['gültig bis', 'gültig bis zum'], ['befristet bis'])} ${ctx.v('gueltig_bis', datum(bis!))}.`
    : mode === 'neu'
      ? `Eine Nachprüfung ist zum ${MONTHS_LONG[Number(bis!.slice(5, 7)) - 1]} ${bis!.slice(0, 4)} vorgesehen; der neue Ausweis wird daher bis zum ${ctx.v('gueltig_bis', datum(bis!))} befristet.`
      : `Da eine wesentliche Änderung nicht zu erwarten ist, wird der neue Ausweis ${unlimited(ctx)} ausgestellt.`;
  d.para(`Sie erhalten einen neuen Schwerbehindertenausweis mit dem GdB ${s.gdb} und ${s.merkzeichen.length > 1 ? 'den Merkzeichen' : 'dem Merkzeichen'} ${newSigns}. ${validity}`);
  d.para(`Ihr bisheriger Ausweis Nr. ${oldNr}${oldBis ? `, gültig bis ${datum(oldBis)},` : ' (unbefristet)'} verliert mit der Aushändigung des neuen Ausweises seine Gültigkeit. Bitte senden Sie ihn uns danach im beigefügten Umschlag zurück. Ein aktuelles Lichtbild liegt uns vor.`);

  d.ensure(80);
  d.move(2);
  d.write('Nachteilsausgleiche', { bold: true });
  const fahrt = granted.includes('aG') ? 4500 : s.gdb >= 80 || (s.gdb >= 70 && s.merkzeichen.includes('G')) ? 900 : 0;
  d.para(`Steuer: Behinderten-Pauschbetrag bei einem GdB von ${s.gdb}: ${ctx.money(PAUSCHBETRAG[s.gdb])} jährlich${fahrt ? `; behinderungsbedingte Fahrtkostenpauschale ${ctx.money(fahrt)} jährlich` : ''}.`, { size: 9 });
  if (s.merkzeichen.includes('aG')) d.para('Verkehr: Mit dem Merkzeichen aG sind Sie von der Kraftfahrzeugsteuer befreit; den Parkausweis für Behindertenparkplätze (blauer EU-Parkausweis) erteilt die Straßenverkehrsbehörde. Zusätzlich können Sie eine Wertmarke erwerben.', { size: 9 });
  else d.para('Verkehr: Mit dem Merkzeichen G haben Sie die Wahl zwischen der unentgeltlichen Beförderung im öffentlichen Personenverkehr (Wertmarke) und einer Ermäßigung der Kraftfahrzeugsteuer um 50 %. Beides zugleich ist nicht möglich.', { size: 9 });
  if (s.merkzeichen.includes('B')) d.para('Eine Begleitperson wird im öffentlichen Personenverkehr unentgeltlich befördert (Merkzeichen B).', { size: 9 });
  d.para('Bitte senden Sie uns die beigefügte Erklärung (Seite 2) ausgefüllt zurück.', { size: 9 });
  rechtsbehelf(ctx, `${district.name}, ${office.street} ${office.no}, ${office.plz} ${office.city}`);
  closing(ctx, { signer: `${clerk.first} ${clerk.last}`, auftrag: true });

  // page 2: the choice between transport token and vehicle-tax reduction, to be returned
  d.newPage();
  d.text(d.left, 48, district.name, { size: 11, bold: true });
  d.text(d.left, 60, district.unit, { size: 8.5, color: GRAY });
  d.text(d.right, 48, `Az. ${az}`, { size: 8.5, align: 'right' });
  d.y = 84;
  d.write('Erklärung zu den Nachteilsausgleichen im Verkehr', { size: 12.5, bold: true });
  d.write(`(bitte bis zum ${ctx.ndate(addDays(ctx.today, 28))} zurücksenden)`, { size: 8.5, color: GRAY });
  d.move(6);
  const bw = (d.contentWidth - 8) / 3;
  const row1 = d.y;
  box(ctx, d.left, row1, bw * 2 + 4, 30, 'Name, Vorname', `${p.last}, ${p.first}`);
  box(ctx, d.left + bw * 2 + 8, row1, bw, 30, 'Geburtsdatum', ctx.ndate(p.birth));
  const row2 = row1 + 34;
  box(ctx, d.left, row2, bw, 30, 'Anschrift', `${s.address.street} ${s.address.no}`, 9);
  box(ctx, d.left + bw + 4, row2, bw, 30, 'PLZ, Ort', `${s.address.plz} ${s.address.city}`, 9);
  box(ctx, d.left + bw * 2 + 8, row2, bw, 30, 'Merkzeichen (neu)', newSigns);
  d.y = row2 + 44;
  const option = (text: string, sub?: string) => {
    d.ensure(40);
    const top = d.y;
    d.checkbox(d.left, top + 11, false, 10);
    d.para(text, { x: d.left + 20, after: 1 });
    if (sub) d.para(sub, { x: d.left + 20, size: 8.5, color: GRAY, after: 2 });
    d.move(6);
  };
  if (!s.merkzeichen.includes('aG')) {
    option('Ich wähle die unentgeltliche Beförderung im öffentlichen Personenverkehr und beantrage ein Beiblatt mit Wertmarke', `für 12 Monate (Eigenbeteiligung ${ctx.money(104)}) oder für 6 Monate (${ctx.money(52)}); die Wertmarke gilt ab dem Ersten des Monats nach Eingang der Zahlung.`);
    option('Ich wähle die Ermäßigung der Kraftfahrzeugsteuer um 50 % für das auf mich zugelassene Fahrzeug', 'amtliches Kennzeichen: ____________________ (die Ermäßigung beantragen Sie beim Hauptzollamt)');
  } else {
    option('Ich beantrage ein Beiblatt mit Wertmarke (Eigenbeteiligung für 12 Monate 104 Euro, für 6 Monate 52 Euro).', 'Die Befreiung von der Kraftfahrzeugsteuer bleibt davon unberührt.');
  }
  option('Ich beziehe laufende Leistungen nach dem SGB XII, dem SGB II oder dem AsylbLG; die Wertmarke erhalte ich kostenlos.', 'Bitte den aktuellen Leistungsbescheid beifügen.');
  option('Ich verzichte derzeit auf beide Nachteilsausgleiche.');
  d.move(20);
  d.hline(d.y, d.left, d.left + 180, 0.5);
  d.hline(d.y, d.right - 200, d.right, 0.5);
  d.text(d.left, d.y + 10, 'Ort, Datum', { size: 8, color: GRAY });
  d.text(d.right - 200, d.y + 10, 'Unterschrift', { size: 8, color: GRAY });
  d.move(30);
  d.para(`Rücksendung an: ${district.name}, ${district.unit}, ${office.street} ${office.no}, ${office.plz} ${office.city}`, { size: 8.5, color: GRAY });
  footer(d, [[district.name, district.head], [`${office.street} ${office.no}`, `${office.plz} ${office.city}`], ['Sprechzeiten Mo–Fr 8.30–12 Uhr', 'Do zusätzlich 14–17.30 Uhr']], rng.pick(['Seite x von y', 'x/y'] as const));
  truth(ctx, s);
}

/** state offices that correct their own notices, with the unit and the building */
const BERICHTIGUNG_AEMTER: readonly (readonly [string, string, string, string, string])[] = [
  ['Landesamt für Soziales und Versorgung', 'Dezernat 23 · Feststellungsverfahren SGB IX', '03046', 'Cottbus', 'lasv.brandenburg.de'],
  ['Niedersächsisches Landesamt für Soziales, Jugend und Familie', 'Regionalbehörde Osnabrück · Team Schwerbehindertenrecht', '49074', 'Osnabrück', 'ls.niedersachsen.de'],
  ['Landesamt für Soziales (LAS)', 'Abteilung B · Schwerbehindertenrecht', '66111', 'Saarbrücken', 'las.saarland.de'],
  ['Hessisches Amt für Versorgung und Soziales Fulda', 'Fachbereich Schwerbehindertenrecht', '36037', 'Fulda', 'havs-ful.hessen.de'],
  ['Landesamt für Soziales, Jugend und Versorgung', 'Referat 42 · Feststellung der Behinderung', '54290', 'Trier', 'lsjv.rlp.de'],
  ['Landesamt für Gesundheit und Soziales Mecklenburg-Vorpommern', 'Abteilung Soziales und Versorgung · Dezernat Schwerin', '19053', 'Schwerin', 'lagus.mv-regierung.de'],
  ['Landesamt für soziale Dienste Schleswig-Holstein', 'Außenstelle Kiel · Feststellung der Behinderung', '24103', 'Kiel', 'lasd.landsh.de'],
];

/** a family name with one slip of the pen: two letters swapped, an umlaut lost, ß written ss */
function misspelt(rng: Ctx['rng'], last: string): string {
  if (/[äöüÄÖÜ]/.test(last)) return last.replace('ä', 'a').replace('ö', 'o').replace('ü', 'u').replace('Ä', 'A').replace('Ö', 'O').replace('Ü', 'U');
  if (last.includes('ß')) return last.replace('ß', 'ss');
  const letters = [...last];
  for (let tries = 0; tries < 8; tries++) {
    const i = rng.int(1, Math.max(1, letters.length - 2));
    if (letters[i] !== letters[i + 1] && /[a-z]/.test(letters[i]) && /[a-z]/.test(letters[i + 1] ?? '')) {
      [letters[i], letters[i + 1]] = [letters[i + 1], letters[i]];
      return letters.join('');
    }
  }
  return rng.chance(0.5) ? `${last}h` : last.replace(/e/, 'ä');
}

/**
 * blind14: the state office corrects an obvious slip in its own notice (Berichtigungsbescheid,
 * § 38 SGB X), weeks after the notice: a narrow coloured bar with the office's name in capitals,
 * contacts as small captions over values at the right; the subject names the corrected notice's
 * date and file number; why it is corrected (the person pointed it out on a day, or the office
 * found it); the corrections as a ruled table „Angabe | bisher (unrichtig) | richtig“ (the card's
 * end misprinted or printed as unlimited or the other way round, a degree in the operative part
 * that differs from the reasoning's overall assessment, a misspelt family name, a missing sign, a
 * birth date with swapped digits); a framed summary of the findings as they stand now; the card
 * with the wrong entry and its number to be sent back by a deadline with a new one enclosed; a
 * note that no new period for objection opens; sometimes page 2 the operative part reprinted in
 * its corrected wording with the impairments and their single degrees.
 */
function blind14BerichtigungBescheid(ctx: Ctx): void {
  const rng = ctx.rng;
  const s = draw(ctx, 50);
  const p = s.person;
  if (Number(p.birth.slice(0, 4)) > 2006) p.birth = `${rng.int(1948, 2000)}${p.birth.slice(4)}`;
  const f = p.gender === 'f';
  const [amt, unit, plz, city, domain] = rng.pick(BERICHTIGUNG_AEMTER);
  // keep the findings plausible: the leading single degree near the overall one, Bl and Gl only at 100
  s.einzel[0].gdb = Math.max(s.einzel[0].gdb, s.gdb - rng.pick([0, 10]));
  if (s.gdb < 100) s.merkzeichen = s.merkzeichen.filter((m) => m !== 'Bl' && m !== 'Gl');
  const office = { ...fake.address(rng, { city }), plz, city };
  const accent = rng.pick([[0.0, 0.3, 0.55], [0.55, 0.1, 0.15], [0.1, 0.4, 0.3]] as const);
  const az = rng.pick([`${rng.digits(2)}-${rng.digits(6)}-${rng.int(10, 99)}`, `SB ${rng.digits(3)} ${rng.digits(4)}/${rng.int(20, 25)}`, `23.${rng.int(1, 9)}-${rng.digits(7)}`]);
  const clerk = fake.person(rng, { titleChance: 0 });
  const noticeDay = addDays(ctx.today, -rng.int(12, 70));
  const pointedOut = rng.chance(0.55) ? addDays(noticeDay, rng.int(4, 9)) : undefined;
  const cardNr = `${rng.pick(['A', 'E', 'M', 'V'])}${rng.digits(8)}`;
  const datum = (v: IsoDate) => ctx.date(v);

  // what went wrong: one slip, sometimes a second
  type Kind = 'bis' | 'gdb' | 'name' | 'merkzeichen' | 'geburt';
  const kinds: Kind[] = [rng.weighted<Kind>([['bis', 5], ['gdb', s.gdb >= 60 ? 2 : 0], ['name', 2], ['merkzeichen', s.merkzeichen.length ? 1 : 0], ['geburt', 1]])];
  if (rng.chance(0.3)) {
    const second = rng.pick<Kind>(['bis', 'name', 'geburt'].filter((k) => k !== kinds[0]) as Kind[]);
    kinds.push(second);
  }
  const wrongGdb = s.gdb - 10;
  const wrongLast = misspelt(rng, p.last);
  const swapDigits = (v: IsoDate) => {
    const day = Number(v.slice(8, 10));
    const swapped = Number(String(day).padStart(2, '0').split('').reverse().join(''));
    return swapped >= 1 && swapped <= 28 && swapped !== day ? `${v.slice(0, 8)}${String(swapped).padStart(2, '0')}` : `${Number(v.slice(0, 4)) + 1}${v.slice(4)}`;
  };
  const wrongBirth = swapDigits(p.birth);
  // the card's end: misprinted a year or two off, printed as unlimited, or a date printed where the card is unlimited
  const bisMode = s.bis ? (rng.chance(0.2) ? 'war-unbefristet' : 'falsches-datum') : 'war-befristet';
  const wrongBis = s.bis ? lastOfMonth(addMonths(s.bis, -rng.pick([12, 24, 36, 6]))) : lastOfMonth(addMonths(ctx.today, rng.int(20, 50)));
  const omitted = s.merkzeichen.length ? s.merkzeichen[s.merkzeichen.length - 1] : '';
  const unl = unlimited(ctx);

  const family = rng.pick(['helvetica', 'times'] as const);
  const d = ctx.start({ family, size: 10, margins: { left: 72, right: 54, top: 60, bottom: 80 } });
  // head: a narrow bar, the office in capitals, its unit; the building at the right
  d.rect(d.left - 14, 34, 4, 40, { fill: accent });
  d.text(d.left, 44, amt.toUpperCase(), { size: amt.length > 50 ? 8 : 9.5, bold: true, color: accent });
  d.text(d.left, 57, unit, { size: 8.5 });
  d.text(d.left, 68, `${office.street} ${office.no} · ${office.plz} ${office.city}`, { size: 8, color: GRAY });
  returnLine(d, `${amt} · ${office.plz} ${office.city}`);
  addressWindow(d, recipientLines(ctx, p, s.address, { name: 'name' }));
  // contacts: small captions over the values
  const cx = 385;
  const contacts: [string, string][] = [
    [ctx.pick(['Geschäftszeichen', 'Aktenzeichen'], ['Unser Geschäftszeichen']), az],
    ['Bearbeitet von', `${clerk.gender === 'f' ? 'Frau' : 'Herr'} ${clerk.last}`],
    ['Telefon', fake.phone(rng)],
    ['E-Mail', `schwerbehindertenrecht@${domain}`],
    ['Datum', ctx.ndate(ctx.today)],
  ];
  contacts.forEach(([c, v], i) => {
    d.text(cx, 140 + i * 22, c, { size: 6.5, color: GRAY });
    d.text(cx, 149 + i * 22, v, { size: 8.5 });
  });

  d.y = 260;
  d.write(ctx.pick(['Feststellungsverfahren nach dem Neunten Buch Sozialgesetzbuch (SGB IX)', 'Schwerbehindertenrecht – Feststellung nach § 152 SGB IX'], ['Ihr Verfahren nach dem Schwerbehindertenrecht']), { bold: true, size: 10.5 });
  d.write(`hier: ${ctx.pick(['Berichtigung des Bescheides', 'Berichtigung unseres Bescheides'], ['Korrektur einer offenbaren Unrichtigkeit im Bescheid'])} vom ${datum(noticeDay)} nach § 38 SGB X`, { bold: true, size: 10.5 });
  d.move(8);
  d.write(f ? `Sehr geehrte Frau ${p.last},` : `Sehr geehrter Herr ${p.last},`);
  d.move(2);
  const why = pointedOut
    ? `Sie haben uns mit Schreiben vom ${datum(pointedOut)} darauf hingewiesen, dass unser Bescheid vom ${datum(noticeDay)} eine unrichtige Angabe enthält. Wir haben dies geprüft: Beim Erstellen des Bescheides ist uns ein Übertragungsfehler unterlaufen.`
    : `bei einer Überprüfung Ihrer Akte haben wir festgestellt, dass unser Bescheid vom ${datum(noticeDay)} ${kinds.length > 1 ? 'zwei offenbare Unrichtigkeiten' : 'eine offenbare Unrichtigkeit'} enthält, die auf einem Schreib- bzw. Übertragungsfehler beruht.`;
  d.para(why);
  d.para(`Nach § 38 SGB X können Schreibfehler, Rechenfehler und ähnliche offenbare Unrichtigkeiten in einem Verwaltungsakt jederzeit berichtigt werden. Der Bescheid vom ${datum(noticeDay)} wird daher wie folgt berichtigt:`);

  // the corrections as a ruled table
  const tx = [d.left, d.left + 24, d.left + 170, d.left + 300];
  const tw = d.right - d.left;
  d.ensure(80);
  const top = d.y;
  d.rect(d.left - 2, top, tw + 4, 18, { fill: LIGHT });
  ['Nr.', 'Angabe im Bescheid', 'bisher (unrichtig)', 'richtig'].forEach((h, i) => d.text(tx[i] + 2, top + 12.5, h, { size: 8.5, bold: true }));
  d.y = top + 18;
  const corrections: { what: string; before: string; after: Cell }[] = [];
  for (const k of kinds) {
    if (k === 'bis') {
      if (bisMode === 'falsches-datum') corrections.push({ what: 'Gültigkeit des Ausweises (Nr. 3 des Bescheides)', before: `gültig bis ${ctx.ndate(wrongBis)}`, after: { text: ctx.ndate(s.bis!), field: 'gueltig_bis' } });
      else if (bisMode === 'war-unbefristet') corrections.push({ what: 'Gültigkeit des Ausweises (Nr. 3 des Bescheides)', before: 'unbefristet', after: { text: ctx.ndate(s.bis!), field: 'gueltig_bis' } });
      else corrections.push({ what: 'Gültigkeit des Ausweises (Nr. 3 des Bescheides)', before: `befristet bis ${ctx.ndate(wrongBis)}`, after: unl });
    } else if (k === 'gdb') corrections.push({ what: 'Grad der Behinderung (Nr. 1 des Bescheides)', before: String(wrongGdb), after: { text: String(s.gdb), field: 'gdb' } });
    else if (k === 'name') corrections.push({ what: 'Familienname', before: wrongLast, after: p.last });
    else if (k === 'merkzeichen') corrections.push({ what: 'Merkzeichen (Nr. 2 des Bescheides)', before: s.merkzeichen.slice(0, -1).join(', ') || 'keine', after: s.merkzeichen.join(', ') });
    else corrections.push({ what: 'Geburtsdatum', before: ctx.ndate(wrongBirth), after: ctx.ndate(p.birth) });
  }
  corrections.forEach((c, i) => {
    const rowTop = d.y;
    d.row([
      { x: tx[0] + 2, text: `${i + 1}.`, size: 9.5 },
      { x: tx[1] + 2, text: c.what, size: 9.5, width: tx[2] - tx[1] - 8 },
      { x: tx[2] + 2, text: c.before, size: 9.5, width: tx[3] - tx[2] - 8, color: [0.35, 0.35, 0.35] },
      { x: tx[3] + 2, text: typeof c.after === 'string' ? c.after : c.after.text, field: typeof c.after === 'string' ? undefined : c.after.field, size: 9.5, bold: true, width: d.right - tx[3] - 4 },
    ], { size: 9.5, minHeight: 16 });
    d.move(3);
    d.hline(d.y, d.left - 2, d.right + 2, 0.3, GRAY);
    if (rowTop === d.y) d.move(1);
  });
  d.rect(d.left - 2, top, tw + 4, d.y - top, { stroke: [0.2, 0.2, 0.2], lineWidth: 0.6 });
  for (const x of tx.slice(1)) d.line(x - 2, top, x - 2, d.y, 0.3, GRAY);
  d.move(6);
  if (kinds.includes('gdb')) d.para(`In der Begründung des Bescheides ist der Gesamt-GdB zutreffend mit ${s.gdb} bewertet worden; im Verfügungssatz wurde versehentlich der Wert ${wrongGdb} übernommen.`);
  if (kinds.includes('merkzeichen')) d.para(`Die gesundheitlichen Voraussetzungen für das Merkzeichen ${omitted} (${MERKZEICHEN_TEXT.find(([m]) => m === omitted)?.[1] ?? omitted}) wurden in der Begründung bejaht, im Verfügungssatz und auf dem Ausweis aber nicht aufgeführt.`);
  d.para('Alle übrigen Feststellungen bleiben unverändert. Nach der Berichtigung gilt:');

  // the findings as they stand now, framed
  d.ensure(90);
  const bx = d.left + 20;
  const bTop = d.y;
  const sumRows: [string, Cell][] = [
    [ctx.pick(['Grad der Behinderung', 'GdB'], ['Gesamt-GdB']), { text: String(s.gdb), field: 'gdb' }],
    ['Merkzeichen', s.merkzeichen.length ? s.merkzeichen.join(', ') : 'keine'],
    ['festgestellt ab', ctx.ndate(s.ab)],
    [s.bis ? ctx.pick(['Ausweis gültig bis', 'Gültigkeit des Ausweises'], ['Ausweis befristet bis']) : ctx.pick(['Gültigkeit des Ausweises'], ['Gültigkeitsdauer']), s.bis ? { text: ctx.ndate(s.bis), field: 'gueltig_bis' } : unl],
  ];
  d.y = bTop + 6;
  for (const [label, value] of sumRows) {
    d.row([
      { x: bx + 10, text: label, size: 9.5, color: GRAY },
      { x: bx + 170, text: typeof value === 'string' ? value : value.text, field: typeof value === 'string' ? undefined : value.field, size: 10, bold: true },
    ], { size: 10, minHeight: 14 });
  }
  d.y += 4;
  d.rect(bx, bTop, d.right - bx - 20, d.y - bTop, { stroke: accent, lineWidth: 1.1 });
  d.move(8);

  d.ensure(60);
  d.write(ctx.pick(['Ihr Ausweis', 'Schwerbehindertenausweis'], ['Zum Ausweis']), { bold: true });
  d.para(`Der Ihnen übersandte Ausweis Nr. ${cardNr} enthält die unrichtige Angabe. Einen neuen Ausweis mit den berichtigten Eintragungen ${rng.chance(0.5) ? 'fügen wir diesem Schreiben bei' : 'erhalten Sie in den nächsten Tagen mit gesonderter Post'}. Bitte senden Sie den bisherigen Ausweis bis zum ${datum(addDays(ctx.today, rng.pick([14, 21, 28])))} im beigefügten Freiumschlag an uns zurück; ein neues Lichtbild ist nicht erforderlich.`);
  d.ensure(50);
  d.write('Hinweis', { bold: true });
  d.para('Die Berichtigung ändert nicht den Inhalt unserer Entscheidung, sondern nur deren Wiedergabe. Eine neue Widerspruchsfrist wird durch dieses Schreiben nicht in Gang gesetzt; für den Bescheid selbst gilt weiterhin die dort genannte Rechtsbehelfsbelehrung.', { size: 9 });
  if (corrections.length === 1 && rng.chance(0.5)) d.para('Falls Sie den unrichtigen Bescheid bereits bei Ihrem Arbeitgeber, beim Finanzamt oder bei einer anderen Stelle vorgelegt haben, reichen Sie dort bitte eine Kopie dieses Schreibens nach.', { size: 9 });
  closing(ctx, { signer: `${clerk.first} ${clerk.last}`, auftrag: true });

  // sometimes page 2: the operative part reprinted in its corrected wording
  if (rng.chance(0.6)) {
    d.newPage();
    d.text(d.left, 44, amt, { size: 8.5, bold: true, color: accent });
    d.text(d.right, 44, `Geschäftszeichen ${az}`, { size: 8, align: 'right', color: GRAY });
    d.y = 70;
    d.write(`Anlage: Verfügungssatz des Bescheides vom ${datum(noticeDay)} in berichtigter Fassung`, { bold: true, size: 11 });
    d.write(`${p.last}, ${p.first} · geb. ${ctx.ndate(p.birth)}`, { size: 9, color: GRAY });
    d.move(8);
    const item = (n: string, text: string) => {
      const t = d.y;
      d.text(d.left, t + d.size, n, { bold: true });
      d.para(text, { x: d.left + 22, after: 6 });
    };
    item('1.', `Bei Ihnen liegt ab dem ${datum(s.ab)} ein Grad der Behinderung (GdB) von ${s.gdb} vor.`);
    item('2.', s.merkzeichen.length ? `Die gesundheitlichen Voraussetzungen für ${s.merkzeichen.length > 1 ? 'die Merkzeichen' : 'das Merkzeichen'} ${s.merkzeichen.join(', ')} sind erfüllt.` : 'Die gesundheitlichen Voraussetzungen für ein Merkzeichen liegen nicht vor.');
    item('3.', s.bis ? `Der Ausweis wird bis zum ${datum(s.bis)} befristet, weil eine Nachprüfung vorgesehen ist.` : 'Der Ausweis wird unbefristet ausgestellt.');
    d.move(4);
    d.write('Berücksichtigte Funktionsbeeinträchtigungen', { bold: true, size: 9.5 });
    table(ctx, [
      { header: 'Funktionsbeeinträchtigung', x: d.left, width: 300 },
      { header: 'Einzel-GdB', x: d.right, align: 'right' },
    ], s.einzel.map((e) => [e.text, String(e.gdb)]), { size: 9, grid: true });
    d.para('Die Einzel-GdB werden nicht addiert; maßgebend ist die Gesamtauswirkung der Funktionsbeeinträchtigungen in ihrer gegenseitigen Beeinflussung.', { size: 8.5, color: GRAY });
  }
  footer(d, [[amt], [`${office.street} ${office.no}`, `${office.plz} ${office.city}`], ['Servicezeiten Mo–Do 8–15 Uhr', 'Fr 8–12 Uhr']], rng.pick(['Seite x von y', '- x -'] as const));
  truth(ctx, s);
}

/** the household member the information is about, seen from the Wohngeld applicant */
const ANGEHOERIGE_SB: readonly { rel: string; relF: string }[] = [
  { rel: 'Ehemann', relF: 'Ehefrau' },
  { rel: 'Lebenspartner', relF: 'Lebenspartnerin' },
  { rel: 'Sohn', relF: 'Tochter' },
  { rel: 'Vater', relF: 'Mutter' },
];

/**
 * S (holdout, blind 15): the disability office's answer to the Wohngeld office's request for
 * information (Amtshilfe, data passed on under § 69 SGB X with the person's consent): the letter
 * goes to the Wohngeld office, not to the person; the Wohngeld office's file number and request
 * date in the reference block beside the office's own; the subject names the Wohngeld case by the
 * applicant, who is often another member of the household (a spouse, a parent for a child, a
 * child for an old parent); the information as a ruled two-column sheet (the person as
 * "Name, Vorname", birth date, address on file, the office's file number, the degree since a day,
 * signs, the last notice's date, the card with its end, "unbefristet", or none below 50); earlier
 * findings with their lower degrees and the old card's end in a small table; a remark that the
 * office knows nothing of a need for care and that the allowance under the Wohngeld law is for the
 * Wohngeld office to decide; the binding notice is the one the person holds.
 */
function blind15AuskunftWohngeldstelle(ctx: Ctx): void {
  const rng = ctx.rng;
  const s = draw(ctx, 30);
  const p = s.person;
  const f = p.gender === 'f';
  // below 50 there is no card, and the finding itself is not limited
  if (s.gdb < 50) s.bis = undefined;
  const born = Number(p.birth.slice(0, 4));
  const selbst = born <= 2004 && rng.chance(0.45);
  const rel = born > 2004 ? ANGEHOERIGE_SB[2] : born < 1962 && rng.chance(0.5) ? ANGEHOERIGE_SB[3] : rng.pick(ANGEHOERIGE_SB.slice(0, 2));
  const applicant = selbst
    ? p
    : rel === ANGEHOERIGE_SB[2]
      ? fake.person(rng, { last: rng.chance(0.7) ? p.last : undefined, bornFrom: born - 42, bornTo: born - 20, titleChance: 0 })
      : rel === ANGEHOERIGE_SB[3]
        ? fake.person(rng, { last: rng.chance(0.6) ? p.last : undefined, bornFrom: born + 20, bornTo: Math.min(born + 40, 2004), titleChance: 0 })
        : fake.person(rng, { gender: f ? 'm' : 'f', last: rel === ANGEHOERIGE_SB[0] && rng.chance(0.7) ? p.last : undefined, bornFrom: born - 8, bornTo: Math.min(born + 8, 2004), titleChance: 0 });
  const relation = selbst ? '' : f ? rel.relF : rel.rel;
  // the office that holds the file sits in the person's town or district, like the Wohngeld office
  const town = s.address.city;
  const [amt, unit] = rng.pick([
    ['Landesamt für Soziales und Versorgung', `Außenstelle ${town} – Schwerbehindertenrecht`],
    [`Versorgungsamt ${town}`, 'Feststellungen nach dem SGB IX'],
    [`Stadt ${town}`, 'Fachdienst Schwerbehindertenangelegenheiten'],
    [`Stadt ${town}`, 'Amt für Soziales – Schwerbehindertenrecht'],
    ['Landesamt für Gesundheit und Soziales', `Versorgungsamt – Dienststelle ${town}`],
    ['Kommunaler Sozialverband', `Regionalstelle ${town} – Schwerbehindertenrecht`],
  ] as const);
  const office = fake.address(rng, { city: town });
  const wgOffice = fake.sameCityAddress(rng, s.address);
  const wgClerk = fake.person(rng, { titleChance: 0 });
  const clerk = fake.person(rng, { titleChance: 0 });
  const wgAz = fake.aktenzeichen(rng, rng.pick(['WG', '50.3', 'WoG']));
  const wgNr = `${rng.int(1, 9)}${rng.digits(5)}`;
  const ourAz = `${rng.pick(['SB', '52', 'VA', '17'])} ${rng.digits(3)} ${rng.digits(4)}${rng.pick(['', '/0', '/1'])}`;
  const anfrage = addDays(ctx.today, -rng.int(8, 30));
  const einwilligung = addDays(anfrage, -rng.int(2, 25));
  const lastNotice = addDays(s.ab, rng.int(20, 110));
  const cardIssued = addDays(lastNotice, rng.int(10, 40));
  const earlier = rng.chance(0.7) && s.alt < s.gdb;
  const earlierFrom = addDays(s.ab, -rng.int(800, 2800));
  const earlierNotice = addDays(earlierFrom, rng.int(30, 120));
  const oldCardEnd = s.alt >= 50 ? lastOfMonth(addDays(s.ab, -rng.int(10, 200))) : undefined;
  const datum = (v: IsoDate) => ctx.date(v);
  const family = rng.pick(['helvetica', 'times'] as const);
  const accent = rng.pick([[0.1, 0.3, 0.55], [0.15, 0.4, 0.2], [0.45, 0.1, 0.15]] as const);

  const d = ctx.start({ family, size: 9.5, margins: { left: 70, right: 56, top: 60, bottom: 80 } });
  // head: a thin accent rule over the whole width, the office at the left, the Land's line at the right
  d.hline(40, d.left, d.right, 2, accent);
  d.text(d.left, 58, amt, { size: amt.length > 45 ? 10.5 : 12, bold: true });
  d.text(d.left, 71, unit, { size: 9, color: GRAY });
  d.text(d.right, 58, rng.pick(['Schwerbehindertenrecht', 'Feststellungsverfahren SGB IX', 'Versorgungsverwaltung']), { size: 8, align: 'right', color: GRAY });
  returnLine(d, `${amt} · ${office.street} ${office.no} · ${office.plz} ${office.city}`);
  addressWindow(d, [
    `Stadt ${town}`,
    rng.pick(['Amt für Wohnen – Wohngeldstelle', 'Sozialamt – Sachgebiet Wohngeld', 'Wohngeldbehörde', 'Fachbereich Soziales – Wohngeld']),
    `z. Hd. ${wgClerk.gender === 'f' ? 'Frau' : 'Herrn'} ${wgClerk.last}`,
    `${wgOffice.street} ${wgOffice.no}`,
    `${wgOffice.plz} ${town}`,
  ]);
  infoBlock(d, [
    ['Ihr Zeichen', wgAz],
    [ctx.pick(['Ihre Anfrage vom', 'Ihr Schreiben vom'], ['Ihr Ersuchen vom']), ctx.ndate(anfrage)],
    ['Unser Zeichen', ourAz],
    ['Auskunft erteilt', `${clerk.gender === 'f' ? 'Frau' : 'Herr'} ${clerk.last}`],
    ['Durchwahl', fake.phone(rng)],
    ['Datum', ctx.ndate(ctx.today)],
  ], { x: 350, top: 146, labelWidth: 88 });

  d.y = 252;
  d.write(`Wohngeldangelegenheit ${applicant.last}, ${applicant.first}${rng.chance(0.6) ? ` – Wohngeld-Nr. ${wgNr}` : ''}`, { bold: true, size: 10.5 });
  d.write(`hier: ${ctx.pick(['Auskunft über festgestellte Behinderungen', 'Auskunft nach dem Schwerbehindertenrecht'], ['Mitteilung über den Stand der Feststellungen nach dem SGB IX'])}`, { bold: true, size: 10.5 });
  d.move(6);
  d.write('Sehr geehrte Damen und Herren,');
  d.move(2);
  const who = selbst ? 'der antragstellenden Person selbst' : `${f ? 'der' : 'dem'} zum Haushalt gehörenden ${relation} der antragstellenden Person`;
  d.para(`mit ${rng.pick(['Ihrem Schreiben', 'Ihrer Anfrage'])} vom ${datum(anfrage)} baten Sie um Auskunft, ob und in welchem Umfang bei ${who} eine Behinderung nach § 152 SGB IX festgestellt ist. Die Einwilligungserklärung ${selbst ? (f ? 'der Antragstellerin' : 'des Antragstellers') : 'der betroffenen Person'} vom ${datum(einwilligung)} lag Ihrer Anfrage bei. Aus unseren Akten teilen wir Ihnen Folgendes mit:`);

  // the information as a ruled two-column sheet
  const lx = d.left;
  const vx = d.left + 175;
  d.ensure(220);
  const top = d.y;
  d.rect(lx - 4, top, d.right - lx + 8, 18, { fill: LIGHT });
  d.text(lx, top + 12.5, ctx.pick(['Angaben aus dem Feststellungsverfahren', 'Auskunft aus der Schwerbehindertenakte'], ['Feststellungen nach dem Neunten Buch Sozialgesetzbuch – Stand heute']), { size: 9.5, bold: true });
  d.y = top + 22;
  const line = (label: string, value: Cell, bold = false) => {
    d.row([
      { x: lx, text: label, size: 9, color: GRAY, width: vx - lx - 10 },
      { x: vx, text: typeof value === 'string' ? value : value.text, field: typeof value === 'string' ? undefined : value.field, size: 10, bold, width: d.right - vx },
    ], { size: 10, minHeight: 13 });
    d.hline(d.y + 1.5, lx - 4, d.right + 4, 0.25, GRAY);
    d.move(3.5);
  };
  line(ctx.pick(['Name, Vorname', 'Betroffene Person'], ['Familienname, Vorname(n)']), { text: `${p.last}, ${p.first}`, field: 'name' }, true);
  line('Geburtsdatum', ctx.ndate(p.birth));
  if (!selbst) line('Verhältnis zur antragstellenden Person', relation);
  line(ctx.pick(['Anschrift laut Akte'], ['gespeicherte Anschrift']), fake.addressLine(s.address));
  line(ctx.pick(['Grad der Behinderung (GdB)', 'GdB'], ['festgestellter Behinderungsgrad']), { text: String(s.gdb), field: 'gdb' }, true);
  line(ctx.pick(['festgestellt ab', 'seit'], ['mit Wirkung ab']), ctx.ndate(s.ab));
  line('Merkzeichen', s.merkzeichen.length ? s.merkzeichen.join(', ') : 'keine');
  line(ctx.pick(['letzter Bescheid vom'], ['maßgeblicher Bescheid vom']), ctx.ndate(lastNotice));
  if (s.gdb >= 50) {
    line('Schwerbehindertenausweis', `ausgestellt am ${ctx.ndate(cardIssued)}`);
    line(ctx.pick(['Ausweis gültig bis', 'gültig bis'], ['Gültigkeitsdauer des Ausweises']), s.bis ? { text: ctx.ndate(s.bis), field: 'gueltig_bis' } : unlimited(ctx), true);
  } else {
    line('Schwerbehindertenausweis', 'keiner (Ausweis erst ab einem GdB von 50)');
  }
  d.rect(lx - 4, top, d.right - lx + 8, d.y - top, { stroke: [0.2, 0.2, 0.2], lineWidth: 0.7 });
  d.move(6);

  if (earlier) {
    d.ensure(80);
    d.write(ctx.pick(['Frühere Feststellungen', 'Zur Vollständigkeit: frühere Feststellungen'], ['Vorherige Feststellungen (nicht mehr maßgeblich)']), { bold: true, size: 9.5 });
    const rows: Cell[][] = [[`${ctx.ndate(earlierFrom)} – ${ctx.ndate(addDays(s.ab, -1))}`, String(s.alt), ctx.ndate(earlierNotice), oldCardEnd ? `bis ${ctx.ndate(oldCardEnd)}` : 'kein Ausweis']];
    table(ctx, [
      { header: 'Zeitraum', x: d.left },
      { header: 'GdB', x: d.left + 170 },
      { header: 'Bescheid vom', x: d.left + 230 },
      { header: 'Ausweis', x: d.left + 330 },
    ], rows, { size: 9, grid: true });
  }
  d.ensure(60);
  d.para(`${s.gdb >= 50 ? `${selbst ? (f ? 'Die Antragstellerin' : 'Der Antragsteller') : 'Die betroffene Person'} ist schwerbehindert im Sinne des § 2 Abs. 2 SGB IX.` : `Eine Schwerbehinderung im Sinne des § 2 Abs. 2 SGB IX liegt nicht vor.`} ${s.gdb >= 50 && s.bis ? 'Die Befristung des Ausweises beruht auf einer vorgesehenen Nachprüfung; die Feststellung des GdB selbst gilt bis zu einer Änderung fort.' : ''}`.trim());
  d.para('Ob eine Pflegebedürftigkeit im Sinne des § 14 SGB XI vorliegt und ob häusliche oder teilstationäre Pflege geleistet wird, ist uns nicht bekannt; hierüber gibt die zuständige Pflegekasse Auskunft. Über die Berücksichtigung eines Freibetrags nach § 17 WoGG entscheiden Sie in eigener Zuständigkeit.', { size: 9 });
  d.para(`Diese Auskunft ersetzt nicht den Bescheid. Verbindlich ist allein der Bescheid vom ${datum(lastNotice)}, der ${selbst ? (f ? 'der Antragstellerin' : 'dem Antragsteller') : 'der betroffenen Person'} vorliegt. Die Daten wurden nach § 69 Abs. 1 Nr. 1 SGB X in Verbindung mit der Einwilligung übermittelt und dürfen nur für das Wohngeldverfahren verwendet werden.`, { size: 8.5 });
  closing(ctx, { signer: `${clerk.first} ${clerk.last}`, auftrag: true });
  footer(d, [[amt, unit], [`${office.street} ${office.no}`, `${office.plz} ${office.city}`], ['Sprechzeiten: Mo, Di, Do 8.30–12 Uhr', 'und nach Vereinbarung']], rng.pick(['Seite x von y', 'none'] as const));
  truth(ctx, s);
}

export const schwerbehindertenausweis: DocumentKind = {
  type: 'schwerbehindertenausweis',
  layouts: [
    { id: 'ausweis-karte', build: karte },
    { id: 'feststellungsbescheid', build: feststellung },
    { id: 'neufeststellung-tabelle', build: neufeststellung },
    { id: 'papierausweis-alt', holdout: true, build: papierausweis },
    { id: 'blind-verlaengerung-uebersicht', holdout: true, build: blindVerlaengerungUebersicht },
    { id: 'blind2-abhilfebescheid-widerspruch', holdout: true, build: blind2Abhilfebescheid },
    { id: 'blind3-ablehnung-verschlimmerung', holdout: true, build: blind3AblehnungVerschlimmerung },
    { id: 'blind4-kind-eltern-feststellung', holdout: true, build: blind4KindElternFeststellung },
    { id: 'blind5-bescheinigung-finanzamt', holdout: true, build: blind5BescheinigungFinanzamt },
    { id: 'blind6-herabsetzung-heilungsbewaehrung', holdout: true, build: blind6HerabsetzungHeilungsbewaehrung },
    { id: 'blind7-kartentraeger-beiblatt', holdout: true, build: blind7KartentraegerBeiblatt },
    { id: 'blind8-ausfuehrung-vergleich', holdout: true, build: blind8AusfuehrungVergleich },
    { id: 'blind9-erstfeststellung-portal', holdout: true, build: blind9ErstfeststellungPortal },
    { id: 'blind10-leichte-sprache', holdout: true, build: blind10LeichteSprache },
    { id: 'blind11-widerspruchsbescheid-rubrum', holdout: true, build: blind11Widerspruchsbescheid },
    { id: 'blind12-aufenthaltstitel-befristung', holdout: true, build: blind12AufenthaltstitelBefristung },
    { id: 'blind13-merkzeichen-wahlerklaerung', holdout: true, build: blind13MerkzeichenWahlerklaerung },
    { id: 'blind14-berichtigung-offenbare-unrichtigkeit', holdout: true, build: blind14BerichtigungBescheid },
    { id: 'blind15-auskunft-wohngeldstelle', holdout: true, build: blind15AuskunftWohngeldstelle },
  ],
};
