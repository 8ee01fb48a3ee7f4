/** Schul-/Studienbescheinigung: a school's letter, a university's Immatrikulationsbescheinigung, a vocational school's form, a two-column Studienbescheinigung, the numbered § 9 BAföG form, a bilingual certificate with all semesters, a school's letter to the parents, a campus-portal printout with a student ID card to cut out, the Familienkasse's school certificate form filled in by parent and school, a distance university's certificate for a part-time student with the modules booked a hospital nursing school's certificate of the training with its block plan an adult-education centre's or evening school's certificate for a course towards a school-leaving qualification a Studienkolleg's certificate for an international applicant preparing for the assessment examination, a private school's certificate with the fee statement for the tax office, a grammar school's certificate for a pupil on leave for a stay abroad, a university's certificate of a doctoral candidate's acceptance and enrolment, a dual university's or Berufsakademie's study certificate with the practice partner and the semester's theory and practice phases, a special school's certificate of attendance and accommodation in its boarding house, and a vocational school's certificate of attendance at its Fachschule printed from the school administration software (holdout). */
import { addressWindow, box, footer, GRAY, LIGHT, recipientLines, returnLine, table, type Cell } from '../blocks.js';
import type { Ctx } from '../context.js';
import { addDays, addMonths, firstOfMonth, iso, lastOfMonth, type IsoDate } from '../dates.js';
import * as fake from '../fake.js';
import { MONTHS_DE as MONTHS } from '../fake.js';
import { cents } from '../format.js';
import type { DocumentKind } from '../layout.js';

function schoolYear(today: IsoDate): { label: string; end: IsoDate; start: IsoDate } {
  const y = Number(today.slice(0, 4));
  const startYear = Number(today.slice(5, 7)) >= 8 ? y : y - 1;
  return { label: `${startYear}/${startYear + 1}`, start: iso(startYear, 8, 1), end: iso(startYear + 1, 7, 31) };
}

function semester(today: IsoDate): { label: string; start: IsoDate; end: IsoDate } {
  const y = Number(today.slice(0, 4));
  const m = Number(today.slice(5, 7));
  if (m >= 4 && m <= 9) return { label: `Sommersemester ${y}`, start: iso(y, 4, 1), end: iso(y, 9, 30) };
  const wy = m >= 10 ? y : y - 1;
  return { label: `Wintersemester ${wy}/${String(wy + 1).slice(2)}`, start: iso(wy, 10, 1), end: iso(wy + 1, 3, 31) };
}

const setTruth = (ctx: Ctx, p: fake.Person, einrichtung: string, bis: IsoDate) => {
  ctx.set('name', fake.fullName(p));
  ctx.set('einrichtung', einrichtung);
  ctx.set('gueltig_bis', bis);
};

/** A: a school's letter with running text */
function schulBrief(ctx: Ctx): void {
  const address = fake.address(ctx.rng);
  let s = fake.school(ctx.rng, address.city);
  if (s.kind !== 'schule') s = { name: `${ctx.rng.pick(['Goethe', 'Humboldt', 'Lessing'])}-Gymnasium ${address.city}`, kind: 'schule' };
  const pupil = fake.person(ctx.rng, { bornFrom: 2006, bornTo: 2018 });
  pupil.title = undefined;
  const sy = schoolYear(ctx.today);
  const d = ctx.start({ family: ctx.rng.pick(['helvetica', 'times']), size: 10.5 });
  d.text(d.left, 50, s.name, { size: 13, bold: true, field: 'einrichtung' });
  d.text(d.left, 64, `${ctx.rng.pick(['Staatliche', 'Städtische', 'Öffentliche'])} Schule · ${address.street} ${address.no} · ${address.plz} ${address.city}`, { size: 8.5, color: GRAY });
  d.text(d.left, 75, `Sekretariat: ${fake.phone(ctx.rng)} · Schulnummer ${ctx.rng.digits(6)}`, { size: 8.5, color: GRAY });
  d.text(d.right, 110, `${address.city}, ${ctx.date(ctx.today)}`, { align: 'right' });
  d.y = 150;
  d.write(ctx.pick(['Schulbescheinigung', 'Bescheinigung über den Schulbesuch'], ['Schülerbescheinigung']), { size: 15, bold: true });
  d.write(`zur Vorlage bei ${ctx.rng.pick(['der Wohngeldstelle', 'der Familienkasse', 'Behörden', 'dem Jobcenter'])}`, { size: 9, color: GRAY });
  d.move(12);
  const klasse = `${ctx.rng.int(5, 12)}${ctx.rng.pick(['a', 'b', 'c', 'd', ''])}`;
  d.para(`Hiermit wird bescheinigt, dass ${pupil.gender === 'f' ? 'die Schülerin' : 'der Schüler'} ${ctx.v('name', ctx.name(pupil))}, geboren am ${ctx.date(pupil.birth)}, wohnhaft ${fake.addressLine(fake.address(ctx.rng))}, im Schuljahr ${sy.label} die Klasse ${klasse} unserer Schule besucht.`);
  d.para(`Der Unterricht umfasst wöchentlich mindestens ${ctx.rng.int(28, 34)} Unterrichtsstunden. ${pupil.gender === 'f' ? 'Sie' : 'Er'} ist seit dem ${ctx.date(iso(Number(sy.label.slice(0, 4)) - ctx.rng.int(0, 5), 8, ctx.rng.int(1, 20)))} Schüler${pupil.gender === 'f' ? 'in' : ''} unserer Schule. Der voraussichtliche Schulabschluss ist im Schuljahr ${Number(sy.label.slice(0, 4)) + ctx.rng.int(1, 5)}/${Number(sy.label.slice(0, 4)) + ctx.rng.int(6, 7)} zu erwarten.`);
  d.para(`Diese Bescheinigung ist ${ctx.pick(['gültig bis', 'gültig bis zum'], ['gilt bis'])} ${ctx.v('gueltig_bis', ctx.date(sy.end))} (Ende des Schuljahres).`);
  d.move(30);
  d.write(fake.fullName(fake.person(ctx.rng)));
  d.write(ctx.rng.pick(['Schulleiter/in', 'stellv. Schulleitung', 'Sekretariat']), { size: 9, color: GRAY });
  d.rect(d.right - 100, d.y - 70, 90, 60, { stroke: [0.3, 0.3, 0.6] });
  d.text(d.right - 55, d.y - 36, 'Schulstempel', { size: 7, align: 'center', color: [0.3, 0.3, 0.6] });
  setTruth(ctx, pupil, s.name, sy.end);
}

/** B: a university's enrolment certificate for one semester */
function immatrikulation(ctx: Ctx): void {
  const [uni, city] = ctx.rng.pick(fake.UNIVERSITIES);
  const student = fake.person(ctx.rng, { bornFrom: 1994, bornTo: 2006 });
  student.title = undefined;
  const sem = semester(addDays(ctx.today, ctx.rng.pick([0, 0, 60])));
  const d = ctx.start({ family: 'helvetica', size: 9.5 });
  d.text(d.left, 50, uni, { size: 13, bold: true, field: 'einrichtung' });
  d.text(d.left, 63, ctx.rng.pick(['Studierendensekretariat', 'Studierendenservice', 'Immatrikulationsamt']), { size: 9, color: GRAY });
  d.hline(72, d.left, d.right, 1.5, [0.1, 0.25, 0.5]);
  d.y = 100;
  d.write(ctx.pick(['Immatrikulationsbescheinigung', 'Studienbescheinigung', 'Immatrikulationsbescheinigung / Studienbescheinigung'], ['Bescheinigung über die Einschreibung']), { size: 15, bold: true });
  d.write(`für das ${sem.label}`, { size: 11 });
  d.move(10);
  const rows: [string, Cell][] = [
    ['Name, Vorname', { text: ctx.name(student, 'last-first'), field: 'name' }],
    ['Geburtsdatum', ctx.ndate(student.birth)],
    ['Matrikelnummer', ctx.rng.digits(7)],
    ['Studiengang', `${ctx.rng.pick(['Bachelor', 'Master', 'Staatsexamen'])} ${ctx.rng.pick(['Informatik', 'Rechtswissenschaft', 'Soziale Arbeit', 'Maschinenbau', 'Medizin', 'Lehramt Grundschule', 'Betriebswirtschaftslehre'])}`],
    ['Fachsemester / Hochschulsemester', `${ctx.rng.int(1, 8)} / ${ctx.rng.int(1, 12)}`],
    ['Art des Studiums', ctx.rng.pick(['Vollzeitstudium', 'Vollzeitstudium', 'Teilzeitstudium'])],
    [ctx.pick(['Semesterzeitraum', 'Dauer des Semesters'], ['Semesterdauer']), `${ctx.ndate(sem.start)} - ${ctx.ndate(sem.end)}`],
    [ctx.pick(['gültig bis', 'Gültigkeit bis'], ['Bescheinigung gilt bis']), { text: ctx.ndate(sem.end), field: 'gueltig_bis' }],
  ];
  for (const [l, v] of rows) {
    const c = typeof v === 'string' ? { text: v } : v;
    d.row([{ x: d.left, text: l, color: GRAY }, { x: d.left + 190, text: c.text, field: c.field, bold: !!c.field }], { minHeight: 16 });
  }
  d.move(10);
  d.para(`Der Semesterbeitrag in Höhe von ${ctx.money(cents(ctx.rng.float(180, 340)))} wurde entrichtet. ${student.gender === 'f' ? 'Die Studentin' : 'Der Student'} ist ordnungsgemäß eingeschrieben und nicht beurlaubt.`);
  d.para('Diese Bescheinigung wurde maschinell erstellt und ist ohne Unterschrift gültig. Die Echtheit kann über den Prüfcode online verifiziert werden.', { size: 8.5 });
  d.write(`Prüfcode: ${ctx.rng.digits(4)}-${ctx.rng.digits(4)}-${ctx.rng.digits(4)}`, { size: 8.5, font: 'courier' });
  footer(d, [[uni, `${city}`], [`Ausgestellt am ${ctx.ndate(ctx.today)}`]], 'none');
  setTruth(ctx, student, uni, sem.end);
}

/** C: vocational school's form with boxes */
function berufsschuleFormular(ctx: Ctx): void {
  const address = fake.address(ctx.rng);
  let s = fake.school(ctx.rng, address.city);
  if (s.kind !== 'berufsschule') s = { name: `Berufliches Schulzentrum für ${ctx.rng.pick(['Technik', 'Wirtschaft', 'Gesundheit und Soziales'])} ${address.city}`, kind: 'berufsschule' };
  const pupil = fake.person(ctx.rng, { bornFrom: 2000, bornTo: 2009 });
  pupil.title = undefined;
  const start = iso(Number(ctx.today.slice(0, 4)) - ctx.rng.int(0, 2), 8, 1);
  const end = iso(Number(start.slice(0, 4)) + ctx.rng.int(2, 3), 7, 31);
  const d = ctx.start({ family: 'helvetica', size: 9.5 });
  d.text(d.left, 50, ctx.pick(['Bescheinigung über den Besuch einer Schule', 'Schulbescheinigung (Vordruck)'], ['Nachweis über den Schulbesuch']), { size: 13, bold: true });
  d.text(d.left, 64, '– von der Schule auszufüllen –', { size: 8.5, color: GRAY });
  const W = d.contentWidth;
  let y = 90;
  const rowb = (cells: [number, string, Cell][]) => {
    let x = d.left;
    for (const [w, l, v] of cells) {
      box(ctx, x, y, W * w, 26, l, v);
      x += W * w;
    }
    y += 26;
  };
  rowb([[0.6, 'Name, Vorname der Schülerin / des Schülers', { text: ctx.name(pupil, 'last-first'), field: 'name' }], [0.4, 'Geburtsdatum', ctx.ndate(pupil.birth)]]);
  rowb([[1, 'Anschrift', fake.addressLine(fake.address(ctx.rng))]]);
  rowb([[1, 'Name und Anschrift der Schule', { text: s.name, field: 'einrichtung' }]]);
  rowb([[0.6, 'Bildungsgang / Schulart', ctx.rng.pick(['Berufsschule (duale Ausbildung)', 'Berufsfachschule Sozialassistenz', 'Fachoberschule', 'Berufliches Gymnasium'])], [0.4, 'Klasse', `${ctx.rng.pick(['BS', 'BFS', 'FOS'])} ${ctx.rng.int(1, 3)}${ctx.rng.pick(['a', 'b'])}`]]);
  rowb([[0.33, 'Beginn des Schulbesuchs', ctx.ndate(start)], [0.33, ctx.pick(['Schulbesuch bescheinigt bis', 'voraussichtliches Ende'], ['Ende des Bildungsgangs']), { text: ctx.ndate(end), field: 'gueltig_bis' }], [0.34, 'Unterricht (Std./Woche)', String(ctx.rng.int(12, 36))]]);
  d.y = y + 14;
  d.para('Es handelt sich um eine öffentliche bzw. staatlich anerkannte Schule. Die Schülerin / der Schüler besucht die Schule regelmäßig.', { size: 9 });
  d.move(24);
  d.hline(d.y, d.left, d.left + 170);
  d.hline(d.y, d.left + 230, d.right);
  d.text(d.left, d.y + 9, `${address.city}, ${ctx.ndate(ctx.today)}`, { size: 8 });
  d.text(d.left + 230, d.y + 9, 'Stempel und Unterschrift der Schule', { size: 8 });
  setTruth(ctx, pupil, s.name, end);
}

/** D (holdout): a two-column certificate, institution details left, student data right */
function zweispaltig(ctx: Ctx): void {
  const [uni] = ctx.rng.pick(fake.UNIVERSITIES);
  const student = fake.person(ctx.rng, { bornFrom: 1994, bornTo: 2006 });
  student.title = undefined;
  const sem = semester(ctx.today);
  const d = ctx.start({ family: 'times', size: 10 });
  d.rect(d.left, 40, d.contentWidth, 3, { fill: [0.5, 0.1, 0.1] });
  d.y = 60;
  d.write(ctx.pick([], ['Studienbescheinigung (Semesterbescheinigung)', 'Bescheinigung über das Studium']), { size: 14, bold: true });
  d.move(10);
  const mid = d.left + 190;
  const top = d.y;
  d.text(d.left, top + 8, 'Hochschule', { size: 8, color: GRAY });
  // the caption stands above the name, not on its first line
  d.y = top + 13;
  d.place('einrichtung', uni);
  d.para(uni, { x: d.left, width: 170, bold: true });
  d.para(`${ctx.rng.pick(['Dezernat Studium und Lehre', 'Studierendenservice'])}`, { x: d.left, width: 170, size: 8.5 });
  d.para(`Ausgestellt: ${ctx.date(ctx.today)}`, { x: d.left, width: 170, size: 8.5 });
  d.line(mid - 12, top, mid - 12, top + 200, 0.5, LIGHT);
  d.y = top;
  const rows: [string, Cell][] = [
    [ctx.pick([], ['Studierende/r', 'Name der/des Studierenden']), { text: ctx.name(student), field: 'name' }],
    ['geboren am', ctx.date(student.birth)],
    ['Matr.-Nr.', ctx.rng.digits(6)],
    ['Semester', sem.label],
    ['Studienfach', ctx.rng.pick(['Pflegewissenschaft', 'Physik', 'Germanistik', 'Wirtschaftsinformatik', 'Architektur'])],
    [ctx.pick([], ['Ende des Semesters', 'Studium bescheinigt bis']), { text: ctx.date(sem.end), field: 'gueltig_bis' }],
  ];
  for (const [l, v] of rows) {
    const c = typeof v === 'string' ? { text: v } : v;
    d.text(mid, d.y + 8, l, { size: 8, color: GRAY });
    d.text(mid, d.y + 21, c.text, { size: 10.5, field: c.field });
    d.y += 30;
  }
  d.y = Math.max(d.y, top + 210);
  table(ctx, [{ header: 'Zeitraum', x: d.left }, { header: 'Status', x: d.left + 200 }], [[`${ctx.date(sem.start)} – ${ctx.date(sem.end)}`, 'immatrikuliert']], { size: 9 });
  d.para('Die Bescheinigung ist ohne Unterschrift gültig.', { size: 8.5 });
  setTruth(ctx, student, uni, sem.end);
}

/**
 * E (holdout, blind): the standard form "Bescheinigung nach § 9 BAföG" as schools and universities
 * fill it in: numbered items, checkboxes for the kind of training place, the certified period as
 * "from … to …", and the expected end of the whole course as a later distractor date.
 */
function blindFormblattAusbildungsstaette(ctx: Ctx): void {
  const uni = ctx.rng.chance(0.5);
  let address = fake.address(ctx.rng);
  let einrichtung: string;
  let von: IsoDate;
  let bis: IsoDate;
  let stufe: string;
  if (uni) {
    const [u, city] = ctx.rng.pick(fake.UNIVERSITIES);
    einrichtung = u;
    address = fake.address(ctx.rng, { city });
    const sem = semester(ctx.today);
    [von, bis] = [sem.start, sem.end];
    stufe = `${ctx.rng.int(1, 9)}. Fachsemester, ${sem.label}`;
  } else {
    const sc = fake.school(ctx.rng, address.city);
    einrichtung = /Grundschule|Oberschule|Realschule/.test(sc.name) ? `${ctx.rng.pick(['Goethe', 'Humboldt', 'Marie-Curie', 'Anne-Frank'])}-Gymnasium ${address.city}` : sc.name;
    const sy = schoolYear(ctx.today);
    [von, bis] = [sy.start, sy.end];
    stufe = `Klasse ${ctx.rng.int(10, 13)}${ctx.rng.pick(['', 'a', 'b'])}, Schuljahr ${sy.label}`;
  }
  const student = fake.person(ctx.rng, { bornFrom: uni ? 1995 : 2004, bornTo: uni ? 2006 : 2009 });
  student.title = undefined;
  const endYear = Number(bis.slice(0, 4)) + ctx.rng.int(1, 3);
  const ende = uni ? (ctx.rng.chance(0.5) ? iso(endYear, 3, 31) : iso(endYear, 9, 30)) : iso(endYear, 7, 31);
  const d = ctx.start({ family: 'helvetica', size: 9, margins: { left: 50, right: 46, top: 44, bottom: 58 } });
  const W = d.contentWidth;
  d.text(d.left, 46, ctx.rng.pick(['Formblatt 2', 'Vordruck 2']), { size: 8, bold: true });
  d.text(d.right, 46, `zu § 9 BAföG · Eingangsstempel Amt für Ausbildungsförderung`, { size: 7, align: 'right', color: GRAY });
  d.y = 66;
  d.write(ctx.rng.pick(['Bescheinigung nach § 9 BAföG', 'Bescheinigung über den Besuch einer Ausbildungsstätte']), { size: 14, bold: true });
  d.para('Von der Ausbildungsstätte auszufüllen und zu bestätigen. Die Bescheinigung kann auch für andere Stellen (Familienkasse, Wohngeldbehörde) verwendet werden.', { size: 7.5, color: GRAY });
  d.move(6);
  const item = (no: string, label: string, value: Cell, opts: { w?: number } = {}) => {
    const v = typeof value === 'string' ? { text: value } : value;
    d.ensure(34);
    const top = d.y;
    d.rect(d.left, top, W, 30, { stroke: GRAY, lineWidth: 0.4 });
    d.rect(d.left, top, 20, 30, { fill: LIGHT });
    d.text(d.left + 10, top + 18, no, { size: 9, bold: true, align: 'center' });
    d.text(d.left + 26, top + 9, label, { size: 7, color: GRAY });
    d.text(d.left + 26, top + 24, v.text, { size: 10, field: v.field });
    d.y = top + 30 + (opts.w ?? 0);
  };
  item('1', ctx.rng.pick(['Familienname, Vorname der/des Auszubildenden', 'Auszubildende/r (Name, Vorname)']), { text: ctx.name(student, 'last-first'), field: 'name' });
  item('2', 'Geburtsdatum', ctx.ndate(student.birth));
  item('3', ctx.rng.pick(['Ausbildungsstätte (genaue Bezeichnung)', 'Name der Ausbildungsstätte']), { text: einrichtung, field: 'einrichtung' });
  item('4', 'Anschrift der Ausbildungsstätte', fake.addressLine(address));
  d.ensure(60);
  d.move(6);
  d.text(d.left, d.y + 8, '5  Art der Ausbildungsstätte', { size: 8.5, bold: true });
  d.move(12);
  const kinds = ['Hochschule / Akademie', 'Gymnasiale Oberstufe / Fachoberschule', 'Berufsfachschule / Fachschule', 'Abendschule / Kolleg'];
  const vocational = !uni && /Beruf/.test(einrichtung);
  const chosen = uni ? 0 : vocational ? 2 : 1;
  kinds.forEach((k, i) => {
    const x = d.left + (i % 2) * (W / 2);
    const y = d.y + Math.floor(i / 2) * 13;
    d.checkbox(x + 4, y + 9, i === chosen);
    d.text(x + 18, y + 9, k, { size: 8.5 });
  });
  d.move(32);
  item('6', uni ? 'Studiengang / Fachsemester' : 'Bildungsgang / Klasse', `${uni ? ctx.rng.pick(['Soziale Arbeit (B.A.)', 'Maschinenbau (B.Eng.)', 'Lehramt Gymnasium', 'Medizin (Staatsexamen)', 'Informatik (M.Sc.)']) : vocational ? ctx.rng.pick(['Fachhochschulreife (Fachoberschule)', 'Staatlich geprüfte/r Sozialassistent/in', 'Berufsfachschule Pflegefachassistenz']) : 'Allgemeine Hochschulreife (gymnasiale Oberstufe)'} – ${stufe}`);
  d.ensure(40);
  const top = d.y;
  d.rect(d.left, top, W, 34, { stroke: [0, 0, 0], lineWidth: 0.8 });
  d.rect(d.left, top, 20, 34, { fill: LIGHT });
  d.text(d.left + 10, top + 20, '7', { size: 9, bold: true, align: 'center' });
  d.text(d.left + 26, top + 10, ctx.rng.pick(['Die/der Auszubildende besucht die Ausbildungsstätte im Zeitraum', 'Bescheinigt wird der Besuch der Ausbildungsstätte']), { size: 7.5, color: GRAY });
  const x0 = d.left + 26;
  const w1 = d.text(x0, top + 26, 'vom ', { size: 10 });
  const w2 = d.text(x0 + w1, top + 26, ctx.ndate(von), { size: 10 });
  const w3 = d.text(x0 + w1 + w2, top + 26, ' bis ', { size: 10 });
  d.text(x0 + w1 + w2 + w3, top + 26, ctx.ndate(bis), { size: 10, bold: true, field: 'gueltig_bis' });
  d.y = top + 34;
  item('8', ctx.rng.pick(['Die Ausbildung wird voraussichtlich abgeschlossen im', 'voraussichtliches Ende der Ausbildung (Regelabschluss)']), ctx.ndate(ende));
  item('9', 'Unterrichts- bzw. Vorlesungszeit', ctx.rng.pick(['Vollzeit (mind. 20 Wochenstunden)', 'Vollzeitausbildung', 'Vollzeit, Präsenz']));
  d.move(10);
  d.para('Es wird bestätigt, dass die Angaben den Unterlagen der Ausbildungsstätte entsprechen. Die/der Auszubildende ist nicht beurlaubt. Eine Unterbrechung der Ausbildung wird unverzüglich mitgeteilt.', { size: 8.5 });
  d.move(22);
  d.ensure(40);
  d.hline(d.y, d.left, d.left + 180, 0.5);
  d.hline(d.y, d.left + 240, d.right, 0.5);
  d.text(d.left, d.y - 3, `${address.city}, ${ctx.ndate(addDays(ctx.today, -ctx.rng.int(0, 14)))}`, { size: 9 });
  d.text(d.left, d.y + 9, 'Ort, Datum', { size: 7, color: GRAY });
  d.text(d.left + 240, d.y + 9, 'Dienstsiegel, Unterschrift der Ausbildungsstätte', { size: 7, color: GRAY });
  d.rect(d.right - 80, d.y + 16, 70, 50, { stroke: [0.35, 0.35, 0.65], lineWidth: 0.8 });
  footer(d, [['Formblatt 2 zu § 9 BAföG'], [`${einrichtung}`]], 'none');
  setTruth(ctx, student, einrichtung, bis);
}

/**
 * F (holdout, blind 2): a university's bilingual certificate (German / English) with a table of
 * all semesters so far (one row per semester with its dates and status, earlier semesters and a
 * leave semester as distractor dates), the current semester last; the validity in a bilingual
 * sentence at the end.
 */
function blind2ZweisprachigSemesteruebersicht(ctx: Ctx): void {
  const [uni, city] = ctx.rng.pick(fake.UNIVERSITIES);
  const student = fake.person(ctx.rng, { bornFrom: 1993, bornTo: 2006 });
  student.title = undefined;
  const sem = semester(ctx.today);
  const count = ctx.rng.int(2, 9);
  const d = ctx.start({ family: ctx.rng.pick(['helvetica', 'times']), size: 9.5, margins: { left: 60, right: 54, top: 50, bottom: 64 } });
  const blue: [number, number, number] = ctx.rng.pick([[0.0, 0.25, 0.5], [0.5, 0.0, 0.15], [0.1, 0.35, 0.25]]);
  d.rect(d.left, 40, 36, 36, { stroke: blue, lineWidth: 1.5 });
  d.text(d.left + 18, 63, uni.split(' ').map((w) => w[0]).join('').slice(0, 3).toUpperCase(), { size: 11, bold: true, align: 'center', color: blue });
  d.text(d.left + 46, 52, uni, { size: 12, bold: true, color: blue, field: 'einrichtung' });
  d.text(d.left + 46, 65, `${ctx.rng.pick(['Studierendenservice / Student Services', 'Akademisches Prüfungs- und Studierendenamt', 'Referat Studierendenangelegenheiten'])} · ${city}`, { size: 8, color: GRAY });
  d.y = 104;
  d.write(ctx.rng.pick(['Studienbescheinigung', 'Bescheinigung über die Einschreibung']), { size: 15, bold: true });
  d.write(ctx.rng.pick(['Certificate of Enrolment', 'Enrolment Certificate']), { size: 11, italic: true, color: GRAY });
  d.move(10);
  const mat = ctx.rng.digits(ctx.rng.pick([6, 7, 8]));
  const fach = ctx.rng.pick([['Psychologie', 'Psychology'], ['Chemie', 'Chemistry'], ['Geschichte', 'History'], ['Elektrotechnik', 'Electrical Engineering'], ['Erziehungswissenschaft', 'Education'], ['Wirtschaftsingenieurwesen', 'Industrial Engineering']]);
  const grad = ctx.rng.pick([['Bachelor of Science', 'B.Sc.'], ['Bachelor of Arts', 'B.A.'], ['Master of Science', 'M.Sc.'], ['Master of Arts', 'M.A.']]);
  const rows: [string, string, Cell][] = [
    ['Name, Vorname', 'Name, first name', { text: `${student.last}, ${student.first}`, field: 'name' }],
    ['Geburtsdatum / -ort', 'Date / place of birth', `${ctx.ndate(student.birth)}, ${student.birthPlace}`],
    ['Matrikelnummer', 'Student ID number', mat],
    ['Studiengang', 'Degree programme', `${fach[0]} (${grad[1]}) / ${fach[1]}`],
    ['Abschlussziel', 'Intended degree', grad[0]],
    ['Hochschul-/Fachsemester', 'University / subject semester', `${count} / ${Math.max(1, count - ctx.rng.int(0, 2))}`],
  ];
  for (const [de, en, v] of rows) {
    const c = typeof v === 'string' ? { text: v } : v;
    const top = d.y;
    d.text(d.left, top + 9, de, { size: 9 });
    d.text(d.left, top + 19, en, { size: 7.5, italic: true, color: GRAY });
    d.text(d.left + 170, top + 12, c.text, { size: 10, bold: !!c.field, field: c.field });
    d.y = top + 26;
    d.hline(d.y - 3, d.left, d.right, 0.2, LIGHT);
  }
  d.move(8);
  d.write('Semesterübersicht / Semester overview', { bold: true });
  const sems: { label: string; start: IsoDate; end: IsoDate }[] = [sem];
  for (let i = 1; i < Math.min(count, 8); i++) sems.unshift(semester(addDays(sems[0].start, -20)));
  const urlaub = sems.length > 3 && ctx.rng.chance(0.3) ? ctx.rng.int(1, sems.length - 2) : -1;
  const trows: Cell[][] = sems.map((x, i) => [
    x.label,
    ctx.ndate(x.start),
    ctx.ndate(x.end),
    i === urlaub ? 'beurlaubt / on leave' : i === sems.length - 1 ? 'immatrikuliert (Rückmeldung erfolgt)' : 'immatrikuliert / enrolled',
  ]);
  table(ctx, [
    { header: 'Semester', x: d.left },
    { header: 'Beginn / Start', x: d.left + 170 },
    { header: 'Ende / End', x: d.left + 245 },
    { header: 'Status', x: d.left + 320 },
  ], trows, { size: 8.5, grid: true, headerFill: LIGHT });
  d.para(`Der Semesterbeitrag für das ${sem.label} in Höhe von ${ctx.money(cents(ctx.rng.float(190, 360)))} ist bezahlt. ${student.gender === 'f' ? 'Sie' : 'Er'} studiert im Vollzeitstudium.`, { size: 9 });
  d.move(2);
  const w1 = d.text(d.left, d.y + 10, ctx.rng.pick(['Diese Bescheinigung ist gültig bis ', 'Gültigkeit dieser Bescheinigung: bis ']), { size: 10, bold: true });
  d.text(d.left + w1, d.y + 10, ctx.date(sem.end), { size: 10, bold: true, field: 'gueltig_bis' });
  d.y += 14;
  d.write(`This certificate is valid until ${sem.end.slice(8, 10)}/${sem.end.slice(5, 7)}/${sem.end.slice(0, 4)}.`, { size: 8.5, italic: true, color: GRAY });
  d.move(12);
  d.para(`Elektronisch erstellt am ${ctx.ndate(ctx.today)} – ohne Unterschrift gültig. / Electronically generated, valid without signature. Verifizierungscode: ${ctx.rng.digits(4)}-${ctx.rng.pick(['KX', 'QV', 'RT', 'ZP'])}${ctx.rng.digits(2)}-${ctx.rng.digits(4)}`, { size: 7.5, color: GRAY });
  footer(d, [[uni, `${city}`], [`Matrikelnummer ${mat}`]], 'Seite x von y');
  setTruth(ctx, student, uni, sem.end);
}

/**
 * G (holdout, blind 3): a school's letter to the parents (their name in the address window), the
 * pupil's data as one row of framed cells under their headings (name, birth date, class, course,
 * pupil since), the school named under the line of its maintaining body and above its list of
 * school types; for the Fachoberschule the company of the practical training is named as well; the
 * validity as the day the certificate expires, the end of the half-year or of the school year.
 */
function blind3ElternbriefHalbjahr(ctx: Ctx): void {
  const home = fake.address(ctx.rng);
  const city = home.city;
  // from the middle of June on, the certificate is for the coming school year
  const sy = schoolYear(addDays(ctx.today, 45));
  const startYear = Number(sy.label.slice(0, 4));
  const firstHalf = ctx.today < iso(startYear + 1, 2, 1);
  const wholeYear = ctx.rng.chance(0.35);
  const bis = wholeYear || !firstHalf ? sy.end : iso(startYear + 1, 1, 31);
  const vocational = ctx.rng.chance(0.5);
  // a pupil of 15 to 17: a vocational centre, or a secondary school (never a primary school)
  let school = `${ctx.rng.pick(['Berufliches Schulzentrum', 'Berufsbildende Schulen', 'Oberstufenzentrum'])} ${ctx.rng.pick(['für Wirtschaft und Verwaltung', 'für Technik', 'für Sozialwesen'])} ${city}`;
  if (!vocational) {
    const drawn = fake.school(ctx.rng, city).name;
    school = /Gymnasium|Gesamtschule|Oberschule|Realschule/.test(drawn) ? drawn : `${ctx.rng.pick(['Humboldt', 'Lessing', 'Marie-Curie'])}-Gymnasium ${city}`;
  }
  const sekI = /Oberschule|Realschule/.test(school);
  const grade = sekI ? ctx.rng.int(9, 10) : ctx.rng.int(9, 12);
  const course = vocational
    ? ctx.rng.pick(['Fachoberschule (FOS 11)', 'Berufliches Gymnasium', 'Berufsfachschule Sozialassistenz', 'Höhere Berufsfachschule Wirtschaft'])
    : sekI
      ? ctx.rng.pick(['Realschulbildungsgang', 'Hauptschulbildungsgang'])
      : grade >= 11
        ? 'gymnasiale Oberstufe'
        : 'Sekundarstufe I';
  const schoolKind = vocational
    ? 'Berufsschule · Berufsfachschule · Fachoberschule · Berufliches Gymnasium'
    : sekI
      ? 'Schule der Sekundarstufe I'
      : /Gesamtschule/.test(school)
        ? 'Ganztagsschule mit gymnasialer Oberstufe'
        : ctx.rng.pick(['Staatliches Gymnasium', 'Städtisches Gymnasium mit bilingualem Zweig', 'Gymnasium – Ganztagsschule']);
  const parent = fake.person(ctx.rng, { bornFrom: 1968, bornTo: 1988 });
  parent.title = undefined;
  const age = (vocational ? 11 : grade) + 5;
  const pupil = fake.person(ctx.rng, { bornFrom: startYear - age - 1, bornTo: startYear - age, last: ctx.rng.chance(0.8) ? parent.last : undefined });
  pupil.title = undefined;
  const d = ctx.start({ family: ctx.rng.pick(['helvetica', 'times']), size: 10, margins: { left: 64, right: 54, top: 56, bottom: 72 } });
  const traeger = ['Berlin', 'Hamburg', 'Bremen'].includes(city) ? `Schulträger: Land ${city}` : ctx.rng.pick([`Schulträger: Stadt ${city}`, `in Trägerschaft der Stadt ${city}`]);
  d.text(d.left, 40, traeger, { size: 7.5, color: GRAY });
  // long names of vocational centres shrink to stay clear of the logo
  const nameSize = Math.min(13, (13 * (d.contentWidth - 56)) / d.measure(school, { size: 13, bold: true }));
  d.text(d.left, 57, school, { size: nameSize, bold: true, field: 'einrichtung' });
  d.text(d.left, 70, schoolKind, { size: 8, color: GRAY });
  d.rect(d.right - 44, 34, 44, 44, { stroke: GRAY, fill: [0.93, 0.95, 0.98] });
  d.text(d.right - 22, 60, 'Logo', { size: 7, align: 'center', color: GRAY });
  d.hline(86, d.left, d.right, 0.8);
  const sa = fake.address(ctx.rng, { city });
  returnLine(d, `${school} · ${sa.street} ${sa.no} · ${sa.plz} ${city}`);
  const family = ctx.rng.chance(0.3);
  addressWindow(d, family ? [`Familie ${parent.last}`, `${home.street} ${home.no}`, `${home.plz} ${home.city}`] : [parent.gender === 'f' ? 'Frau' : 'Herrn', `${parent.first} ${parent.last}`, `${home.street} ${home.no}`, `${home.plz} ${home.city}`]);
  const secretary = fake.person(ctx.rng, { gender: 'f' });
  const info: [string, string][] = [
    ['Sekretariat', `Frau ${secretary.last}`],
    ['Telefon', fake.phone(ctx.rng)],
    ['Schulnummer', ctx.rng.digits(6)],
    ['Datum', ctx.ndate(ctx.today)],
  ];
  info.forEach(([l, v], i) => {
    d.text(360, 152 + i * 12, l, { size: 8, color: GRAY });
    d.text(428, 152 + i * 12, v, { size: 8.5 });
  });
  d.y = 262;
  const child = pupil.gender === 'f' ? 'Ihre Tochter' : 'Ihren Sohn';
  d.write(`${ctx.rng.pick(['Schulbescheinigung', 'Bestätigung des Schulbesuchs', 'Schulbesuchsbescheinigung'])} für ${child} ${pupil.first}`, { size: 11, bold: true });
  d.move(8);
  d.write(family ? 'Sehr geehrte Eltern,' : parent.gender === 'f' ? `Sehr geehrte Frau ${parent.last},` : `Sehr geehrter Herr ${parent.last},`);
  d.para(`wie gewünscht bestätigen wir Ihnen, dass ${pupil.gender === 'f' ? 'Ihre Tochter' : 'Ihr Sohn'} im Schuljahr ${sy.label} ${firstHalf && !wholeYear ? 'im ersten Schulhalbjahr ' : ''}Schüler${pupil.gender === 'f' ? 'in' : ''} unserer Schule ist:`);
  d.move(2);
  const since = iso(startYear - ctx.rng.int(0, vocational ? 1 : 4), 8, ctx.rng.int(1, 20));
  const suffix = ctx.rng.pick(['a', 'b', '/1', '/2']);
  const klasse = !vocational
    ? `${grade}${ctx.rng.pick(['a', 'b', 'c', ''])}`
    : course.startsWith('Fachober')
      ? `FOS 11${suffix}`
      : course === 'Berufliches Gymnasium'
        ? `BGy ${ctx.rng.int(11, 13)}${suffix}`
        : course.startsWith('Berufsfach')
          ? `BFS-SA ${ctx.rng.int(1, 2)}${suffix}`
          : `HBFW ${ctx.rng.int(1, 2)}${suffix}`;
  const W = d.contentWidth;
  const cols: { w: number; head: string; value: Cell }[] = [
    { w: 0.3, head: 'Name, Vorname', value: { text: `${pupil.last}, ${pupil.first}`, field: 'name' } },
    { w: 0.15, head: 'geboren am', value: ctx.ndate(pupil.birth) },
    { w: 0.12, head: 'Klasse', value: klasse },
    { w: 0.28, head: 'Bildungsgang', value: course },
    { w: 0.15, head: 'Schüler/in seit', value: ctx.ndate(since) },
  ];
  const top = d.y;
  const texts = cols.map((c) => d.wrap(typeof c.value === 'string' ? c.value : c.value.text, W * c.w - 8, { size: 9 }));
  const vh = Math.max(...texts.map((t) => t.length)) * 11 + 8;
  let x = d.left;
  cols.forEach((c, i) => {
    const v = typeof c.value === 'string' ? { text: c.value } : c.value;
    d.rect(x, top, W * c.w, 14, { fill: [0.9, 0.9, 0.9], stroke: GRAY, lineWidth: 0.4 });
    d.text(x + 4, top + 10, c.head, { size: 7.5, bold: true });
    d.rect(x, top + 14, W * c.w, vh, { stroke: GRAY, lineWidth: 0.4 });
    if (v.field) d.place(v.field, v.text);
    texts[i].forEach((l, j) => d.text(x + 4, top + 27 + j * 11, l, { size: 9 }));
    x += W * c.w;
  });
  d.y = top + 14 + vh + 10;
  d.para(`Der Unterricht wird in Vollzeit mit ${ctx.rng.int(30, 36)} Wochenstunden erteilt. Es handelt sich um eine öffentliche Schule.`);
  if (course.startsWith('Fachoberschule')) {
    const firm = fake.employerName(ctx.rng, city);
    d.para(`Die fachpraktische Ausbildung absolviert ${pupil.first} an drei Tagen je Woche im Praktikumsbetrieb ${firm}, ${fake.address(ctx.rng, { city }).street} ${ctx.rng.int(1, 90)}; sie ist Teil des Bildungsgangs und wird nicht vergütet.`);
  }
  const word = ctx.rng.pick(['verliert mit Ablauf des', 'gilt bis zum', 'ist gültig bis']);
  const tail = word === 'verliert mit Ablauf des' ? ' ihre Gültigkeit' : '';
  d.para(`Diese Bescheinigung ${word} ${ctx.v('gueltig_bis', ctx.date(bis))}${tail} (${bis === sy.end ? 'Ende des Schuljahres' : 'Ende des ersten Schulhalbjahres'}). Für ${bis === sy.end ? 'das folgende Schuljahr' : 'das zweite Halbjahr'} stellen wir auf Anfrage eine neue Bescheinigung aus.`);
  if (firstHalf && ctx.rng.chance(0.6)) d.para(`Hinweis: Das Halbjahreszeugnis wird am ${ctx.date(addDays(iso(startYear + 1, 1, 31), -ctx.rng.int(0, 10)))} ausgegeben; die Winterferien beginnen am ${ctx.date(iso(startYear + 1, 2, ctx.rng.int(3, 14)))}.`, { size: 9, color: GRAY });
  d.move(14);
  d.ensure(80);
  d.write('Mit freundlichen Grüßen');
  d.move(22);
  const head = fake.person(ctx.rng);
  d.write(`${head.title ? head.title + ' ' : ''}${head.first} ${head.last}`);
  d.write(ctx.rng.pick(['Schulleiter/in', 'Oberstudiendirektor/in', 'stellvertretende Schulleitung']), { size: 8.5, color: GRAY });
  d.rect(d.left + 250, d.y - 58, 84, 56, { stroke: [0.3, 0.3, 0.6], lineWidth: 0.8 });
  d.text(d.left + 292, d.y - 28, 'Schulstempel', { size: 7, align: 'center', color: [0.3, 0.3, 0.6] });
  footer(d, [[school, `${sa.street} ${sa.no}, ${sa.plz} ${city}`], [`Sekretariat: Mo–Fr 7.30–13.00 Uhr`, `E-Mail: sekretariat@${city.toLowerCase().replace(/[^a-z]/g, '')}-schule.de`]], 'none');
  setTruth(ctx, pupil, school, bis);
}

const HOCHSCHULEN: readonly (readonly [string, string, string])[] = [
  ['Hochschule Merseburg', '06217', 'Merseburg'],
  ['Technische Hochschule Nürnberg Georg Simon Ohm', '90489', 'Nürnberg'],
  ['Hochschule für Angewandte Wissenschaften Hamburg', '20099', 'Hamburg'],
  ['Bergische Universität Wuppertal', '42119', 'Wuppertal'],
  ['Universität Kassel', '34127', 'Kassel'],
  ['Hochschule Mittweida', '09648', 'Mittweida'],
  ['Fachhochschule Erfurt', '99085', 'Erfurt'],
  ['Universität Potsdam', '14469', 'Potsdam'],
  ['Hochschule Niederrhein', '47805', 'Krefeld'],
  ['Universität Bremen', '28359', 'Bremen'],
];

/**
 * H (holdout, blind 4): the page a student prints from the university's campus portal: the
 * certificate in the upper part (the student and the semester with its dates in one sentence, a
 * table of the degree programmes with subject semesters, first enrolment, lecture period, the
 * deadline to re-register for the next semester, fee paid, a check number), a dashed line to cut
 * along, and below it the student ID card to cut out (name, matriculation number, "gültig bis",
 * the semester ticket's validity).
 */
function blind4CampusportalAusweis(ctx: Ctx): void {
  const [uni, plz, city] = ctx.rng.pick(HOCHSCHULEN);
  const student = fake.person(ctx.rng, { bornFrom: 1995, bornTo: 2006 });
  student.title = undefined;
  const sem = semester(addDays(ctx.today, ctx.rng.pick([0, 0, 45])));
  const summer = sem.label.startsWith('Sommer');
  const y0 = Number(sem.start.slice(0, 4));
  const lectures: [IsoDate, IsoDate] = summer ? [iso(y0, 4, ctx.rng.int(1, 14)), iso(y0, 7, ctx.rng.int(12, 26))] : [iso(y0, 10, ctx.rng.int(7, 20)), iso(y0 + 1, 2, ctx.rng.int(1, 14))];
  const rueckmeldung = summer ? iso(y0, ctx.rng.pick([7, 8]), 15) : iso(y0 + 1, ctx.rng.pick([1, 2]), 15);
  const fachsem = ctx.rng.int(1, 9);
  const hochsem = fachsem + ctx.rng.pick([0, 0, 1, 2, 4]);
  const urlaub = hochsem > fachsem && ctx.rng.chance(0.4) ? 1 : 0;
  const firstEnrol = addDays(sem.start, -Math.round(hochsem - 1) * 182 - ctx.rng.int(0, 40));
  const matr = ctx.rng.digits(ctx.rng.pick([6, 7, 8]));
  const portal = ctx.rng.pick(['HISinOne', 'CAMPUSonline', 'Campus-Portal', 'myCampus']);
  const d = ctx.start({ family: 'helvetica', size: 9, margins: { left: 56, right: 50, top: 46, bottom: 40 } });
  const ink: [number, number, number] = ctx.rng.pick([[0.0, 0.32, 0.55], [0.55, 0.1, 0.2], [0.1, 0.4, 0.3], [0.2, 0.2, 0.2]]);
  // seal: the initials in a square
  const initials = uni.split(/\s+/).filter((w) => /^[A-ZÄÖÜ]/.test(w)).map((w) => w[0]).join('').slice(0, 3);
  d.rect(d.left, 36, 30, 30, { fill: ink });
  d.text(d.left + 15, 55, initials, { size: 10, bold: true, align: 'center', color: [1, 1, 1] });
  d.text(d.left + 40, 48, uni, { size: 12, bold: true, field: 'einrichtung' });
  d.text(d.left + 40, 61, `${ctx.rng.pick(['Studierendenservice', 'Studierendensekretariat', 'Studienbüro'])} · ${plz} ${city}`, { size: 8, color: GRAY });
  d.text(d.right, 44, `${portal} · Selbstbedienung`, { size: 7.5, align: 'right', color: GRAY });
  d.text(d.right, 54, `erstellt am ${ctx.ndate(ctx.today)} um ${ctx.rng.int(7, 22)}:${String(ctx.rng.int(0, 59)).padStart(2, '0')} Uhr`, { size: 7.5, align: 'right', color: GRAY });
  d.hline(74, d.left, d.right, 0.8, ink);
  d.y = 92;
  d.write(ctx.rng.pick(['Studienbescheinigung', 'Immatrikulationsnachweis', 'Bescheinigung über das Studium', 'Studiennachweis zur Vorlage bei Behörden']), { size: 14, bold: true });
  d.write(sem.label, { size: 10 });
  d.move(6);
  const frau = student.gender === 'f';
  d.para(`${frau ? 'Frau' : 'Herr'} ${ctx.v('name', `${student.first} ${student.last}`)}, geboren am ${ctx.date(student.birth)} in ${student.birthPlace}, ist im ${sem.label} (${ctx.ndate(sem.start)} bis ${ctx.v('gueltig_bis', ctx.ndate(sem.end))}) als ${frau ? 'ordentliche Studierende' : 'ordentlicher Studierender'} an unserer Hochschule eingeschrieben.`);
  d.move(2);
  const progs: Cell[][] = [];
  const [fach, science] = ctx.rng.pick([['Soziale Arbeit', 'Arts'], ['Maschinenbau', 'Engineering'], ['Informatik', 'Science'], ['Betriebswirtschaft', 'Arts'], ['Elektrotechnik', 'Engineering'], ['Biologie', 'Science'], ['Kindheitspädagogik', 'Arts'], ['Bauingenieurwesen', 'Engineering'], ['Medieninformatik', 'Science'], ['Psychologie', 'Science']] as const);
  if (ctx.rng.chance(0.25)) {
    const [a, b] = ctx.rng.sample(['Deutsch', 'Mathematik', 'Englisch', 'Geschichte', 'Sport', 'Biologie', 'Kunst'], 2);
    progs.push(['Bachelor of Education', `${a} (1. Fach)`, String(fachsem), 'Vollzeit'], ['Bachelor of Education', `${b} (2. Fach)`, String(fachsem), 'Vollzeit']);
  } else progs.push([`${ctx.rng.pick(['Bachelor', 'Bachelor', 'Master'])} of ${science}`, fach, String(fachsem), ctx.rng.pick(['Vollzeit', 'Vollzeit', 'Teilzeit', 'dual'])]);
  table(ctx, [
    { header: 'Abschlussziel', x: d.left },
    { header: 'Studienfach', x: d.left + 150 },
    { header: 'Fachsemester', x: d.left + 360, align: 'right' },
    { header: 'Studienform', x: d.left + 380 },
  ], progs, { size: 8.5, grid: true, headerFill: [0.92, 0.92, 0.92] });
  const facts: [string, string][] = [
    ['Matrikelnummer', matr],
    ['Hochschulsemester', `${hochsem}${urlaub ? ` (davon ${urlaub} Urlaubssemester)` : ''}`],
    ['Ersteinschreibung', ctx.ndate(firstEnrol)],
    [`beurlaubt im ${sem.label}`, 'nein'],
    ['Vorlesungszeit', `${ctx.ndate(lectures[0])} – ${ctx.ndate(lectures[1])}`],
    [`Rückmeldung für das ${summer ? `Wintersemester ${y0}/${String(y0 + 1).slice(2)}` : `Sommersemester ${y0 + 1}`}`, `bis ${ctx.ndate(rueckmeldung)}`],
    ['Semesterbeitrag', `${ctx.money(cents(ctx.rng.float(190, 360)))} (bezahlt)`],
  ];
  for (const [l, v] of facts) d.row([{ x: d.left, text: l, color: GRAY, width: 210 }, { x: d.left + 220, text: v }], { size: 8.5, minHeight: 13 });
  d.move(8);
  const code = `${ctx.rng.digits(4)}-${ctx.rng.digits(4)}-${ctx.rng.pick(['A', 'B', 'C', 'D', 'E', 'F'])}${ctx.rng.digits(3)}`;
  d.para(`Dieses Dokument wurde maschinell erstellt und ist ohne Unterschrift gültig. Die Echtheit lässt sich bis zum Ende des Semesters unter Angabe der Prüfnummer ${code} im ${portal} der Hochschule bestätigen.`, { size: 7.5, color: GRAY });
  // the cut line and the card
  const cutY = Math.max(d.y + 14, 520);
  for (let x = d.left; x < d.right; x += 8) d.line(x, cutY, Math.min(x + 4, d.right), cutY, 0.6, GRAY);
  d.text(d.width / 2, cutY - 4, 'hier abtrennen', { size: 6.5, align: 'center', color: GRAY });
  const cw = 243 * 1.35;
  const ch = 153 * 1.35;
  const cx = d.left + 10;
  const cy = cutY + 22;
  d.rect(cx, cy, cw, ch, { stroke: [0.3, 0.3, 0.3], lineWidth: 0.8 });
  d.rect(cx, cy, cw, 30, { fill: ink });
  d.text(cx + 10, cy + 13, uni, { size: 7.5, bold: true, color: [1, 1, 1] });
  d.text(cx + 10, cy + 24, ctx.rng.pick(['Studierendenausweis', 'Studienausweis / Student ID']), { size: 7, color: [1, 1, 1] });
  d.rect(cx + cw - 72, cy + 40, 60, 76, { stroke: GRAY, fill: [0.88, 0.88, 0.88], lineWidth: 0.4 });
  d.text(cx + cw - 42, cy + 80, 'Foto', { size: 7, align: 'center', color: GRAY });
  const card: [string, string][] = [
    ['Name', `${student.last}, ${student.first}`],
    ['Matrikelnummer', matr],
    ['Geburtsdatum', ctx.ndate(student.birth)],
    ['Semester', sem.label],
    ctx.rng.chance(0.5) ? ['gültig bis', ctx.ndate(sem.end)] : ['Gültigkeit', `${ctx.ndate(sem.start)} – ${ctx.ndate(sem.end)}`],
  ];
  card.forEach(([l, v], i) => {
    d.text(cx + 10, cy + 44 + i * 22, l, { size: 6, color: GRAY });
    d.text(cx + 10, cy + 53 + i * 22, v, { size: 8.5, bold: i === 0 });
  });
  d.text(cx + 10, cy + ch - 12, `Deutschlandsemesterticket ${ctx.ndate(sem.start)}–${ctx.ndate(sem.end)} · nur mit amtlichem Lichtbildausweis`, { size: 5.5 });
  d.y = cy;
  d.para('Bitte schneiden Sie den Ausweis aus und führen Sie ihn zusammen mit einem amtlichen Lichtbildausweis mit sich. Er gilt als Nachweis für die Bibliothek, die Mensa und den Semesterbeitrag.', { x: cx + cw + 16, width: d.right - cx - cw - 16, size: 7.5, color: GRAY });
  setTruth(ctx, student, uni, sem.end);
}

/**
 * I (holdout, blind 5): the Familienkasse's school certificate form for child benefit of a child
 * over 18, filled in by parent and school: the Kindergeld number in boxes at the top right; part A
 * the entitled parent, part B the child (name, birth date); part C for the school with numbered
 * questions on fill-in lines (since when, course and year, full-time or part-time as check boxes,
 * the expected end, the final exams' month, an interruption left empty), the school year as a
 * label; the school's stamp with its name, place, date and signature line at the end.
 */
function blind5FamilienkasseVordruck(ctx: Ctx): void {
  const rng = ctx.rng;
  const address = fake.address(rng);
  let s = fake.school(rng, address.city);
  if (/Grundschule|Realschule|Oberschule/.test(s.name)) s = { name: `${rng.pick(['Goethe', 'Humboldt', 'Schiller', 'Lessing', 'Marie-Curie'])}-Gymnasium ${address.city}`, kind: 'schule' };
  const sy = schoolYear(ctx.today);
  const syStart = Number(sy.label.slice(0, 4));
  const vocational = s.kind === 'berufsschule';
  const course = vocational
    ? rng.pick([['Berufliches Gymnasium, Fachrichtung Wirtschaft', 3], ['Fachoberschule, Fachrichtung Gestaltung', 2], ['Berufsfachschule für Sozialassistenz', 2], ['Höhere Berufsfachschule Informatik', 2]] as const)
    : rng.pick([['gymnasiale Oberstufe (Qualifikationsphase)', 2], ['gymnasiale Oberstufe', 3]] as const);
  const yearsLeft = rng.int(0, course[1] - 1);
  // a Gymnasium's pupil may have been at the school for years before the upper stage
  const since = iso(syStart - (course[1] - 1 - yearsLeft) - (vocational ? 0 : rng.int(0, 6)), 8, rng.pick([1, 1, 15, 22]));
  const endYear = syStart + 1 + yearsLeft;
  const end = rng.pick([iso(endYear, 7, 31), iso(endYear, 6, 30), iso(endYear, 7, rng.int(10, 20))]);
  // an adult child (the form is for children over 18) finishing at 19 to 21
  const bornTo = Math.min(endYear - 19, Number(ctx.today.slice(0, 4)) - 19);
  const pupil = fake.person(rng, { bornFrom: bornTo - 1, bornTo });
  pupil.title = undefined;
  pupil.birthName = undefined;
  const parent = fake.person(rng, { bornFrom: bornTo - 38, bornTo: bornTo - 20, last: rng.chance(0.8) ? pupil.last : undefined, gender: rng.chance(0.7) ? 'f' : 'm' });
  parent.title = undefined;
  const examMonth = `${rng.pick(['April', 'Mai', 'Juni'])} ${endYear}`;
  const klasse = vocational ? `${rng.pick(['BG', 'FOS', 'BFS', 'HBF'])} ${rng.int(11, 13)}${rng.pick(['a', 'b', ''])}` : `Jahrgangsstufe ${rng.pick([12, 13]) - yearsLeft}`;
  const fkNr = `${rng.digits(3)}FK${rng.digits(6)}`;
  // the regional Familienkasse by the family's postcode area
  const kasse = `Familienkasse ${['Sachsen', 'Berlin-Brandenburg', 'Nord', 'Niedersachsen-Bremen', 'Nordrhein-Westfalen Ost', 'Nordrhein-Westfalen West', 'Hessen', 'Baden-Württemberg West', 'Bayern Süd', 'Bayern Nord'][Number(address.plz[0])]}`;
  const schoolAddress = fake.sameCityAddress(rng, address);
  const d = ctx.start({ family: 'helvetica', size: 9, margins: { left: 56, right: 48, top: 46, bottom: 64 } });
  d.text(d.left, 46, kasse, { size: 11, bold: true });
  d.text(d.left, 57, 'Bundesagentur für Arbeit', { size: 8, color: GRAY });
  // Kindergeld number in boxes
  d.text(d.right - 186, 40, 'Kindergeldnummer', { size: 6.5, color: GRAY });
  const chars = fkNr.split('');
  chars.forEach((c, i) => {
    const x = d.right - 186 + i * 15.5;
    d.rect(x, 44, 15.5, 16, { stroke: [0, 0, 0], lineWidth: 0.5 });
    d.text(x + 7.75, 56, c, { size: 10, font: 'courier', align: 'center' });
  });
  d.text(d.right, 72, `KG ${rng.int(3, 9)}${rng.pick(['a', 'b', 'c'])} – ${rng.pick(['01', '02', '04'])}.${rng.int(22, 25)}`, { size: 6.5, align: 'right', color: GRAY });
  d.y = 92;
  d.write(ctx.pick(['Schulbescheinigung'], ['Bescheinigung über den Schulbesuch']), { size: 16, bold: true });
  d.write('für die Berücksichtigung eines volljährigen Kindes beim Kindergeld (§ 32 Abs. 4 Satz 1 Nr. 2 Buchst. a EStG)', { size: 8.5 });
  d.move(6);
  const line = (label: string, value: string, options: { x?: number; width?: number; field?: string; hand?: boolean } = {}) => {
    d.ensure(24);
    const x = options.x ?? d.left;
    const w = options.width ?? d.right - x;
    d.text(x, d.y + 8, label, { size: 7, color: GRAY });
    if (value) d.text(x + 3, d.y + 20, value, { size: options.hand ? 10.5 : 9.5, font: options.hand ? 'times-italic' : 'courier', field: options.field });
    d.line(x, d.y + 23, x + w, d.y + 23, 0.4);
  };
  const part = (letter: string, title: string, note: string) => {
    d.ensure(60);
    d.move(8);
    d.rect(d.left, d.y, d.contentWidth, 16, { fill: LIGHT });
    d.text(d.left + 4, d.y + 11.5, `${letter}  ${title}`, { size: 9.5, bold: true });
    d.text(d.right - 4, d.y + 11.5, note, { size: 7, align: 'right', color: GRAY });
    d.y += 20;
  };
  part('A', 'Angaben zur kindergeldberechtigten Person', 'von der antragstellenden Person auszufüllen');
  line('Name, Vorname', `${parent.last}, ${parent.first}`, { width: 300, hand: true });
  line('Kindergeldnummer (siehe oben)', fkNr, { x: d.left + 320, hand: true });
  d.y += 28;
  part('B', 'Angaben zum Kind', 'von der antragstellenden Person auszufüllen');
  line(ctx.pick(['Name, Vorname des Kindes'], ['Familienname, Vorname(n) des Kindes']), `${pupil.last}, ${pupil.first}`, { width: 300, hand: true });
  line('Geburtsdatum', ctx.ndate(pupil.birth), { x: d.left + 320, hand: true });
  d.place('name', `${pupil.last}, ${pupil.first}`);
  d.y += 28;
  line('Anschrift des Kindes (nur wenn abweichend)', '');
  d.y += 28;
  part('C', 'Bestätigung der Schule', 'von der Schule auszufüllen');
  const q = (n: number, text: string) => {
    d.ensure(40);
    d.text(d.left, d.y + 9, `${n}.`, { size: 9, bold: true });
    d.para(text, { x: d.left + 16, size: 9, after: 2 });
  };
  q(1, `Das oben genannte Kind besucht im Schuljahr ${sy.label} unsere Schule.`);
  line('Schulbesuch seit', ctx.ndate(since), { x: d.left + 16, width: 130 });
  line('Klasse / Jahrgangsstufe', klasse, { x: d.left + 170, width: 190 });
  d.y += 28;
  line('Bildungsgang / Schulform', course[0], { x: d.left + 16 });
  d.y += 32;
  q(2, 'Der Unterricht wird erteilt als');
  d.checkbox(d.left + 16, d.y + 8, true, 8);
  d.text(d.left + 29, d.y + 8, 'Vollzeitunterricht (mindestens 20 Wochenstunden)', { size: 9 });
  d.checkbox(d.left + 270, d.y + 8, false, 8);
  d.text(d.left + 283, d.y + 8, 'Teilzeitunterricht mit ____ Wochenstunden', { size: 9 });
  d.y += 18;
  q(3, 'Die Schulausbildung endet voraussichtlich');
  line(ctx.pick(['am (Tag, Monat, Jahr)'], ['mit Ablauf des']), ctx.ndate(end), { x: d.left + 16, width: 150, field: 'gueltig_bis' });
  line('Abschlussprüfung voraussichtlich im', examMonth, { x: d.left + 190, width: 170 });
  d.y += 32;
  q(4, 'Die Schulausbildung wurde unterbrochen oder vorzeitig beendet');
  d.checkbox(d.left + 16, d.y + 8, true, 8);
  d.text(d.left + 29, d.y + 8, 'nein', { size: 9 });
  d.checkbox(d.left + 80, d.y + 8, false, 8);
  d.text(d.left + 93, d.y + 8, 'ja, am ______________  Grund: ______________________________', { size: 9 });
  d.y += 20;
  d.para('Wir bestätigen die Angaben unter C. Es handelt sich um eine öffentliche oder staatlich anerkannte Schule.', { size: 8.5, color: GRAY });
  // the school's stamp, place and date, signature
  d.ensure(110);
  d.move(10);
  const top = d.y;
  const stampW = 230;
  d.rect(d.left, top, stampW, 70, { stroke: [0.2, 0.25, 0.65], lineWidth: 1 });
  const blue: [number, number, number] = [0.2, 0.25, 0.65];
  const nameLines = d.wrap(s.name, stampW - 16, { size: 9.5, bold: true });
  if (nameLines.length === 1) d.text(d.left + 8, top + 16, s.name, { size: 9.5, bold: true, color: blue, field: 'einrichtung' });
  else {
    nameLines.forEach((l, i) => d.text(d.left + 8, top + 16 + i * 11, l, { size: 9.5, bold: true, color: blue }));
    d.place('einrichtung', s.name);
  }
  const after = top + 16 + nameLines.length * 11;
  d.text(d.left + 8, after + 2, `${schoolAddress.street} ${schoolAddress.no} · ${schoolAddress.plz} ${schoolAddress.city}`, { size: 7.5, color: blue });
  d.text(d.left + 8, after + 12, `Schulnummer ${rng.digits(6)} · Tel. ${fake.phone(rng)}`, { size: 7.5, color: blue });
  d.text(d.left, top + 82, 'Stempel der Schule', { size: 7, color: GRAY });
  const sx = d.left + stampW + 24;
  d.text(sx + 3, top + 34, `${address.city}, ${ctx.ndate(ctx.today)}`, { size: 10, font: 'courier' });
  d.line(sx, top + 37, d.right, top + 37, 0.4);
  d.text(sx, top + 46, 'Ort, Datum', { size: 7, color: GRAY });
  d.text(sx + 20, top + 64, fake.fullName(fake.person(rng)).split(' ').pop() ?? '', { size: 12, font: 'times-italic' });
  d.line(sx, top + 68, d.right, top + 68, 0.4);
  d.text(sx, top + 77, `Unterschrift (${rng.pick(['Schulleitung', 'Sekretariat', 'Oberstufenkoordination'])})`, { size: 7, color: GRAY });
  d.y = top + 96;
  d.para(`Bitte senden Sie die ausgefüllte Bescheinigung an die ${kasse}, 90${rng.digits(3)} Nürnberg, oder laden Sie sie online hoch. Geben Sie dabei immer die Kindergeldnummer an.`, { size: 7.5, color: GRAY });
  setTruth(ctx, pupil, s.name, end);
}

const FERNHOCHSCHULEN: readonly { name: string; plz: string; city: string; street: string; web: string; public: boolean; programmes: readonly string[] }[] = [
  { name: 'FernUniversität in Hagen', plz: '58097', city: 'Hagen', street: 'Universitätsstraße 47', web: 'fernuni-hagen.de', public: true, programmes: ['B.Sc. Psychologie', 'B.Sc. Wirtschaftswissenschaft', 'B.A. Bildungswissenschaft', 'LL.B. Rechtswissenschaften', 'B.Sc. Informatik', 'M.Sc. Wirtschaftsinformatik'] },
  { name: 'Hamburger Fern-Hochschule', plz: '22081', city: 'Hamburg', street: 'Alter Teichweg 19', web: 'hfh-fernstudium.de', public: false, programmes: ['B.Sc. Pflegemanagement', 'B.A. Betriebswirtschaft', 'B.Eng. Wirtschaftsingenieurwesen', 'B.A. Soziale Arbeit'] },
  { name: 'Wilhelm Büchner Hochschule', plz: '64295', city: 'Darmstadt', street: 'Hilpertstraße 31', web: 'wb-fernstudium.de', public: false, programmes: ['B.Eng. Elektro- und Informationstechnik', 'B.Sc. Informatik', 'B.Eng. Maschinenbau', 'M.Sc. Technologiemanagement'] },
  { name: 'Euro-FH Europäische Fernhochschule Hamburg', plz: '22043', city: 'Hamburg', street: 'Doberaner Weg 18', web: 'euro-fh.de', public: false, programmes: ['B.A. Betriebswirtschaftslehre', 'B.Sc. Wirtschaftspsychologie', 'B.A. Logistikmanagement'] },
];

const MODULE = ['Einführung in die Wirtschaftswissenschaft', 'Mathematische Grundlagen', 'Grundlagen des Rechts', 'Statistik I', 'Wissenschaftliches Arbeiten', 'Kosten- und Leistungsrechnung', 'Allgemeine Psychologie', 'Programmierung', 'Datenbanken', 'Sozialpolitik', 'Projektmanagement', 'Investition und Finanzierung', 'Forschungsmethoden', 'Technische Mechanik', 'Personalführung', 'Marketing'];

/**
 * J (holdout, blind 6): a distance university's enrolment certificate for a part-time (or
 * full-time) student, as a PDF from the student office: the university's name in a coloured band
 * with its address at the right, a title with the semester, a framed two-column block with labels
 * above the values (student with birth date, matriculation number, programme, form of study,
 * university and subject semesters, first enrolment), the modules booked for the semester as a
 * table with credit points and exam days, the fees of the semester, a sentence on the period of
 * validity, a note on what part-time study means for other authorities, a document ID to check.
 */
function blind6FernstudiumTeilzeit(ctx: Ctx): void {
  const rng = ctx.rng;
  const uni = rng.pick(FERNHOCHSCHULEN);
  const student = fake.person(rng, { bornFrom: 1972, bornTo: 2004 });
  student.title = undefined;
  const sem = semester(addDays(ctx.today, rng.pick([0, 0, 40])));
  const summer = sem.label.startsWith('Sommer');
  const y0 = Number(sem.start.slice(0, 4));
  const partTime = rng.chance(0.7);
  const programme = rng.pick(uni.programmes);
  const hochsem = rng.int(1, 14);
  const fachsem = Math.max(1, hochsem - rng.pick([0, 0, 1, 2]));
  const first = addMonths(sem.start, -6 * (hochsem - 1));
  const matrikel = rng.digits(rng.pick([7, 8]));
  const modules = rng.sample(MODULE, partTime ? 2 : rng.int(3, 5)).map((name) => {
    const examMonth = summer ? rng.pick([8, 9]) : rng.pick([2, 3]);
    const examYear = summer ? y0 : y0 + 1;
    return { nr: `${rng.int(31, 64)}${rng.digits(3)}`, name, ects: partTime ? rng.pick([5, 10]) : rng.pick([5, 10, 10, 15]), exam: rng.chance(0.8) ? iso(examYear, examMonth, rng.int(1, 28)) : undefined };
  });
  const ects = modules.reduce((a, m) => a + m.ects, 0);
  const accent = rng.pick([[0.0, 0.35, 0.6], [0.1, 0.45, 0.55], [0.55, 0.12, 0.25], [0.15, 0.15, 0.4]] as const);
  const d = ctx.start({ family: 'helvetica', size: 9.5, margins: { left: 58, right: 50, top: 50, bottom: 70 } });
  d.rect(0, 28, d.width, 46, { fill: accent });
  d.text(d.left, 52, uni.name, { size: 14, bold: true, color: [1, 1, 1], field: 'einrichtung' });
  d.text(d.left, 66, rng.pick(['Studierendenservice', 'Studierendensekretariat', 'Zentrale Studienberatung und Studierendenservice']), { size: 8.5, color: [1, 1, 1] });
  d.text(d.right, 46, uni.street, { size: 7.5, align: 'right', color: [1, 1, 1] });
  d.text(d.right, 56, `${uni.plz} ${uni.city}`, { size: 7.5, align: 'right', color: [1, 1, 1] });
  d.text(d.right, 66, `Telefon ${fake.phone(rng)}`, { size: 7.5, align: 'right', color: [1, 1, 1] });
  d.y = 100;
  d.write(ctx.pick(['Studienbescheinigung', 'Immatrikulationsbescheinigung'], ['Bescheinigung über das Fernstudium']), { size: 17, bold: true });
  d.write(`${sem.label} · ${partTime ? 'Teilzeitstudium' : 'Vollzeitstudium'}`, { size: 10.5, color: GRAY });
  d.text(d.right, 118, `erstellt am ${ctx.ndate(ctx.today)}`, { size: 8, align: 'right', color: GRAY });
  d.move(10);
  // framed block of two columns: small label above each value
  const top = d.y;
  const colW = d.contentWidth / 2;
  const lastFirst = rng.chance(0.5);
  const cells: [string, string, string?][] = [
    [ctx.pick(['Name, Vorname', 'Studierende/r'], ['Eingeschriebene Person']), lastFirst ? `${student.last}, ${student.first}` : `${student.first} ${student.last}`, 'name'],
    ['Matrikelnummer', matrikel],
    ['Geburtsdatum', ctx.ndate(student.birth)],
    ['Studiengang', programme],
    ['Einschreibung als', partTime ? 'Teilzeitstudierende/r' : 'Vollzeitstudierende/r'],
    ['Hochschulsemester / Fachsemester', `${hochsem} / ${fachsem}`],
    ['Ersteinschreibung an dieser Hochschule', ctx.ndate(first)],
    ['Studienform', 'Fernstudium mit Präsenzphasen'],
  ];
  cells.forEach(([label, value, field], i) => {
    const x = d.left + 8 + (i % 2) * colW;
    const y = top + 8 + Math.floor(i / 2) * 28;
    d.text(x, y + 7, label, { size: 7, color: GRAY });
    d.text(x, y + 19, value, { size: 10, bold: i === 0, field });
  });
  const h = Math.ceil(cells.length / 2) * 28 + 10;
  d.rect(d.left, top, d.contentWidth, h, { stroke: [0.5, 0.5, 0.5], lineWidth: 0.6 });
  d.line(d.left + colW, top + 6, d.left + colW, top + h - 6, 0.3, LIGHT);
  d.y = top + h + 14;
  const as = `${partTime ? 'Teilzeitstudierende' : 'Vollzeitstudierende'}${student.gender === 'f' ? '' : 'r'}`;
  const sentence = `${student.gender === 'f' ? 'Frau' : 'Herr'} ${student.first} ${student.last} ist im ${sem.label} an der ${uni.name} als ${as} im Studiengang ${programme} eingeschrieben. Das Semester dauert vom ${ctx.date(sem.start)} bis ${ctx.date(sem.end)}.`;
  d.para(sentence);
  d.write(`Belegte Module im ${sem.label}`, { bold: true });
  const rows: Cell[][] = modules.map((m) => [m.nr, m.name, String(m.ects), m.exam ? ctx.ndate(m.exam) : 'Hausarbeit']);
  rows.push(['', 'Summe Leistungspunkte', String(ects), '']);
  table(ctx, [
    { header: 'Modul-Nr.', x: d.left },
    { header: 'Modul', x: d.left + 62, width: 240 },
    { header: 'ECTS', x: d.left + 340, align: 'right' },
    { header: 'Prüfungstermin', x: d.left + 370 },
  ], rows, { size: 8.5, grid: true, headerFill: LIGHT });
  const fee = uni.public ? cents(rng.pick([50, 60]) + modules.length * rng.pick([115, 150, 175])) : cents(rng.pick([249, 289, 319, 359]) * 6);
  d.para(uni.public
    ? `Für das Semester wurden ${ctx.money(fee)} (Grundgebühr und Modulgebühren) entrichtet.`
    : `Studiengebühren für das Semester: ${ctx.money(fee)} (6 Monatsraten zu je ${ctx.money(cents(fee / 6))}); die Zahlungen sind bis ${ctx.ndate(addMonths(sem.start, 1))} eingegangen.`, { size: 9 });
  d.move(2);
  const valid = ctx.pick(['Diese Bescheinigung gilt bis zum', 'Gültig bis'], ['Die Bescheinigung verliert ihre Gültigkeit mit Ablauf des']);
  d.para(`${valid} ${ctx.v('gueltig_bis', ctx.date(sem.end))}. Für das folgende Semester stellen wir nach der Rückmeldung eine neue Bescheinigung aus.`);
  if (partTime) d.para(`Hinweis: Ein Teilzeitstudium mit ${ects} Leistungspunkten im Semester entspricht ${ects >= 30 ? 'dem Umfang eines Vollzeitstudiums' : `etwa ${Math.round((ects / 30) * 100)} Prozent eines Vollzeitstudiums`}. Ob es für Kindergeld, BAföG oder andere Leistungen als Ausbildung anerkannt wird, entscheidet die jeweilige Stelle.`, { size: 8.5, color: GRAY });
  d.move(6);
  d.ensure(40);
  const by = d.y;
  const docId = `${rng.digits(4)}-${rng.digits(4)}-${rng.digits(4)}`;
  d.rect(d.left, by, d.contentWidth, 40, { fill: [0.95, 0.95, 0.95] });
  d.text(d.left + 8, by + 12, `Dokument-ID ${docId}`, { size: 8.5, bold: true });
  d.text(d.left + 8, by + 23, `Die Echtheit dieser Bescheinigung können Sie mit der Dokument-ID unter www.${uni.web}/echtheit prüfen.`, { size: 7, color: GRAY });
  d.text(d.left + 8, by + 32, 'Dieses Dokument wurde maschinell erstellt und ist ohne Unterschrift gültig.', { size: 7, color: GRAY });
  d.y = by + 48;
  footer(d, [[uni.name, uni.street], [`${uni.plz} ${uni.city}`, uni.public ? 'Körperschaft des öffentlichen Rechts' : 'staatlich anerkannte private Hochschule'], [`Matrikelnummer ${matrikel}`]], 'Seite x von y');
  setTruth(ctx, student, uni.name, sem.end);
}

/**
 * K (holdout, blind 7): a hospital's nursing school certifying the generalist nursing training
 * (Pflegeberufegesetz): the hospital's name as letterhead with the school as its own line under it,
 * the trainee in a sentence with birth date and the training's start; a framed table of the
 * training (course, training year, start, expected end, interim exam, final exams, the contracting
 * employer for the practical part, which may be another institution, and the training allowance of
 * the current year); the schedule of theory and practice blocks with their dates and places; the
 * validity as the end of the current training year in a sentence; signature of the school's head
 * beside the school's stamp.
 */
function blind7PflegeschuleAusbildungsbloecke(ctx: Ctx): void {
  const rng = ctx.rng;
  const [clinicCity] = rng.pick(fake.PLACES_PLZ.filter(([, c]) => ['Görlitz', 'Suhl', 'Fulda', 'Kassel', 'Chemnitz', 'Zwickau', 'Dessau-Roßlau', 'Braunschweig', 'Osnabrück', 'Oldenburg', 'Bielefeld', 'Cottbus', 'Erfurt', 'Magdeburg', 'Ulm', 'Trier'].includes(c)).map(([, c]) => [c]));
  // the hospital's name and how "at the hospital" reads in the school's name
  const [clinic, at] = rng.pick([
    [`Städtisches Klinikum ${clinicCity} gGmbH`, `am Städtischen Klinikum ${clinicCity}`],
    [`Klinikum ${clinicCity} gGmbH`, `am Klinikum ${clinicCity}`],
    [`Kliniken ${clinicCity} GmbH`, `an den Kliniken ${clinicCity}`],
    [`${rng.pick(['St. Elisabeth', 'St. Marien', 'St. Josef'])}-Krankenhaus ${clinicCity} gGmbH`, 'am Krankenhaus'],
    [`Diakonissenkrankenhaus ${clinicCity} gGmbH`, `am Diakonissenkrankenhaus ${clinicCity}`],
  ] as const);
  const clinicShort = clinic.replace(/ g?GmbH$/, '');
  const school = rng.pick([`Pflegeschule ${at === 'am Krankenhaus' ? `am ${clinicShort}` : at}`, `Berufsfachschule für Pflege ${at === 'am Krankenhaus' ? `am ${clinicShort}` : at}`, `Bildungszentrum für Pflegeberufe ${clinicCity}`, `Akademie für Pflege und Gesundheit ${clinicCity}`]);
  const address = fake.address(rng, { city: clinicCity });
  const schoolAddress = fake.sameCityAddress(rng, address);
  const trainee = fake.person(rng, { bornFrom: 1985, bornTo: 2007 });
  trainee.title = undefined;
  // training starts on the 1st of April, September or October and lasts three years
  const startMonth = rng.pick([4, 9, 9, 10]);
  const y = Number(ctx.today.slice(0, 4));
  let start = iso(y, startMonth, 1);
  while (start > addDays(ctx.today, -30)) start = iso(Number(start.slice(0, 4)) - 1, startMonth, 1);
  start = iso(Number(start.slice(0, 4)) - rng.int(0, 2), startMonth, 1);
  // a certificate is not asked for in the training's last weeks
  if (addDays(addMonths(start, 36), -75) < ctx.today) start = iso(Number(start.slice(0, 4)) + 1, startMonth, 1);
  let year = 1;
  while (addMonths(start, 12 * year) <= ctx.today) year++;
  // shortly before a training year ends the school certifies up to the end of the next one
  const soon = addDays(addMonths(start, 12 * year), -1) < addDays(ctx.today, 45);
  const yearEnd = addDays(addMonths(start, 12 * (soon ? year + 1 : year)), -1);
  const end = addDays(addMonths(start, 36), -1);
  const interim = addDays(addMonths(start, 24), -rng.int(20, 50));
  const finalFrom = addMonths(end, -3);
  const employer = rng.chance(0.6) ? clinic : rng.pick([`Pflegedienst ${rng.pick(['Lindenhof', 'Sonnenschein', 'Am Park', 'Elbtal'])} GmbH`, `Seniorenzentrum ${rng.pick(['Kastanienhof', 'Mühlental', 'Waldblick'])} gGmbH`, `Diakoniestation ${clinicCity} e.V.`]);
  const allowance = [1340.69, 1402.07, 1503.38][Math.min(2, year - 1)];
  const course = `P ${start.slice(2, 4)}/${startMonth === 4 ? '1' : '2'}`;
  const title = trainee.gender === 'f' ? 'Pflegefachfrau' : 'Pflegefachmann';
  const d = ctx.start({ family: rng.pick(['helvetica', 'times']), size: 9.5, margins: { left: 64, right: 54, top: 56, bottom: 72 } });
  const teal: [number, number, number] = rng.pick([[0.0, 0.42, 0.45], [0.1, 0.3, 0.55], [0.45, 0.1, 0.3]] as const) as [number, number, number];
  // letterhead: the hospital, the school in its own line, a thin rule in the house colour
  d.text(d.left, 48, clinic, { size: 12, bold: true, color: teal });
  d.text(d.left, 64, school, { size: 10.5, bold: true, field: 'einrichtung' });
  d.text(d.left, 76, `${schoolAddress.street} ${schoolAddress.no} · ${schoolAddress.plz} ${clinicCity} · Telefon ${fake.phone(rng)}`, { size: 7.5, color: GRAY });
  d.hline(84, d.left, d.right, 1.2, teal);
  d.text(d.right, 104, `${clinicCity}, ${ctx.date(ctx.today)}`, { size: 9, align: 'right' });
  d.y = 124;
  d.write(ctx.pick(['Ausbildungsbescheinigung', 'Schulbescheinigung'], ['Bescheinigung über die Pflegeausbildung']), { size: 15, bold: true });
  d.write(`zur Vorlage bei ${rng.pick(['der Wohngeldbehörde', 'der Familienkasse', 'der Agentur für Arbeit', 'Behörden und Versicherungsträgern'])}`, { size: 8.5, color: GRAY });
  d.move(10);
  const him = trainee.gender === 'f' ? 'Frau' : 'Herr';
  d.para(`Hiermit bestätigen wir, dass ${him} ${ctx.v('name', `${trainee.first} ${trainee.last}`)}, geboren am ${ctx.date(trainee.birth)}, seit dem ${ctx.date(start)} an unserer Schule die dreijährige Ausbildung ${trainee.gender === 'f' ? 'zur' : 'zum'} ${title} nach dem Pflegeberufegesetz (PflBG) in Vollzeit absolviert. Die Ausbildung umfasst mindestens 2.100 Stunden theoretischen und praktischen Unterricht und 2.500 Stunden praktische Ausbildung.`);
  const rows: [string, string][] = [
    ['Kurs', course],
    ['Ausbildungsjahr', `${year}. Ausbildungsjahr`],
    ['Beginn der Ausbildung', ctx.ndate(start)],
    [ctx.pick(['voraussichtliches Ende der Ausbildung', 'planmäßiges Ausbildungsende'], ['Ende laut Ausbildungsvertrag']), ctx.ndate(end)],
    ['Zwischenprüfung', interim < ctx.today ? `abgelegt am ${ctx.ndate(interim)}` : `geplant am ${ctx.ndate(interim)}`],
    ['Staatliche Abschlussprüfung', `${fake.MONTHS_DE[Number(finalFrom.slice(5, 7)) - 1]}${finalFrom.slice(0, 4) === end.slice(0, 4) ? '' : ` ${finalFrom.slice(0, 4)}`} bis ${fake.MONTHS_DE[Number(end.slice(5, 7)) - 1]} ${end.slice(0, 4)}`],
    ['Träger der praktischen Ausbildung', employer],
    [`Ausbildungsvergütung (${year}. Jahr, brutto)`, `${ctx.money(allowance)} monatlich`],
  ];
  d.move(2);
  const top = d.y;
  const lx = d.left + 8;
  const vx = d.left + 200;
  for (const [i, [l, v]] of rows.entries()) {
    if (i % 2 === 0) d.rect(d.left, d.y, d.contentWidth, 15, { fill: [0.95, 0.95, 0.95] });
    d.row([{ x: lx, text: l, color: GRAY }, { x: vx, text: v, width: d.right - vx - 6 }], { minHeight: 15, size: 9 });
  }
  d.rect(d.left, top, d.contentWidth, d.y - top, { stroke: [0.4, 0.4, 0.4], lineWidth: 0.5 });
  d.line(vx - 8, top, vx - 8, d.y, 0.3, [0.7, 0.7, 0.7]);
  d.move(10);
  // the block plan around today
  d.write('Ablaufplan der nächsten Ausbildungsabschnitte', { bold: true });
  const places = [`Stationäre Akutpflege (${clinicShort})`, 'Stationäre Langzeitpflege', 'Ambulante Pflege', `Pädiatrische Versorgung (Kinderklinik ${clinicCity})`, 'Psychiatrische Versorgung', 'Vertiefungseinsatz'];
  const blocks: Cell[][] = [];
  let b = addDays(ctx.today, -rng.int(10, 40));
  b = addDays(b, -((new Date(b).getUTCDay() + 6) % 7));
  const theoryFirst = rng.chance(0.5) ? 0 : 1;
  for (let i = 0; i < 5 && b < addDays(end, -30); i++) {
    const theory = i % 2 === theoryFirst;
    const weeks = theory ? rng.int(3, 6) : rng.int(5, 10);
    const e = addDays(b, weeks * 7 - 3) < end ? addDays(b, weeks * 7 - 3) : end;
    blocks.push([theory ? 'Theorie' : 'Praxis', `${ctx.ndate(b)} – ${ctx.ndate(e)}`, theory ? `Unterricht, ${school}` : rng.pick(places), `${weeks} Wo.`]);
    b = addDays(e, 3);
  }
  table(ctx, [
    { header: 'Abschnitt', x: d.left },
    { header: 'Zeitraum', x: d.left + 62 },
    { header: 'Lernort / Einsatzbereich', x: d.left + 200, width: 220 },
    { header: 'Dauer', x: d.right, align: 'right' },
  ], blocks, { size: 8.5, grid: true, headerFill: LIGHT });
  d.para(`Während der Praxiseinsätze ist die Ausbildung ebenfalls Vollzeit; Urlaub wird nur in den unterrichtsfreien Zeiten gewährt (${rng.int(28, 30)} Arbeitstage im Jahr).`, { size: 8.5, color: GRAY });
  d.move(2);
  d.para(`${ctx.pick(['Diese Bescheinigung gilt bis', 'Die Bescheinigung ist gültig bis'], [`Die Angaben gelten bis zum Ende des ${soon ? 'kommenden' : 'laufenden'} Ausbildungsjahres am`])} ${ctx.v('gueltig_bis', ctx.date(yearEnd))}. Eine Unterbrechung oder vorzeitige Beendigung der Ausbildung teilen wir auf Anfrage mit.`);
  d.move(18);
  d.ensure(80);
  const sy = d.y;
  d.hline(sy + 28, d.left, d.left + 190, 0.5);
  const head = fake.person(rng);
  d.text(d.left, sy + 24, head.last, { size: 13, font: 'times-italic', color: [0.1, 0.1, 0.4] });
  d.text(d.left, sy + 38, `${fake.fullName(head)}`, { size: 8.5 });
  d.text(d.left, sy + 48, rng.pick(['Schulleitung', 'stellv. Schulleitung', 'Kursleitung']), { size: 8, color: GRAY });
  const sx = d.right - 150;
  d.rect(sx, sy, 140, 62, { stroke: [0.35, 0.35, 0.65], lineWidth: 0.9 });
  d.text(sx + 70, sy + 22, school.length > 34 ? school.slice(0, school.lastIndexOf(' ', 34)) : school, { size: 6.5, align: 'center', color: [0.35, 0.35, 0.65] });
  d.text(sx + 70, sy + 32, school.length > 34 ? school.slice(school.lastIndexOf(' ', 34) + 1) : '', { size: 6.5, align: 'center', color: [0.35, 0.35, 0.65] });
  d.text(sx + 70, sy + 48, `${schoolAddress.plz} ${clinicCity}`, { size: 6.5, align: 'center', color: [0.35, 0.35, 0.65] });
  d.y = sy + 72;
  footer(d, [[clinic, `Sitz ${clinicCity} · Geschäftsführung: ${fake.fullName(fake.person(rng))}`], [`${school} (staatlich anerkannt)`, `${schoolAddress.street} ${schoolAddress.no}, ${schoolAddress.plz} ${clinicCity}`]], 'none');
  setTruth(ctx, trainee, school, yearEnd);
}

/**
 * L (holdout, blind 8): an adult-education centre's or evening school's certificate of attendance
 * at a course leading to a school-leaving qualification (zweiter Bildungsweg), in Times with a
 * tinted sidebar at the left (the body that runs it, address, office hours, the centre's account);
 * the participant's number and the course number in a reference line; the participant with birth
 * date in a sentence; the course particulars as a ruled list (qualification, course, form of
 * teaching, hours per week, start, end of the course or of the school year, exams with their
 * month, fee or "entgeltfrei"); the evening timetable as a grid; the validity in a sentence, with
 * the end of the whole course and the registration deadline of the next course as other dates.
 */
function blind8AbendschuleZweiterBildungsweg(ctx: Ctx): void {
  const rng = ctx.rng;
  const home = fake.address(rng);
  const city = home.city.replace(/ \(.*\)$/, '');
  const kind = rng.pick(['vhs', 'vhs', 'abendgymnasium', 'kolleg'] as const);
  const name = kind === 'vhs' ? `Volkshochschule ${city}` : kind === 'abendgymnasium' ? `Abendgymnasium ${city}` : `Kolleg ${city}`;
  const unit = kind === 'vhs' ? rng.pick(['Fachbereich Schulabschlüsse', 'Zentrum für Grundbildung und Schulabschlüsse', 'Programmbereich Zweiter Bildungsweg']) : kind === 'abendgymnasium' ? 'Schule des Zweiten Bildungswegs' : 'Institut zur Erlangung der Hochschulreife';
  const traeger = kind === 'vhs' ? rng.pick([`Stadt ${city}, Amt für Weiterbildung`, `Volkshochschule ${city} gGmbH`, `Zweckverband Volkshochschule ${city}`]) : `Land, vertreten durch das Landesamt für Schule und Bildung`;
  const office = fake.sameCityAddress(rng, home);
  const person = fake.person(rng, { bornFrom: 1978, bornTo: 2006 });
  person.title = undefined;
  // from the middle of June on, the certificate is for the coming school year
  const sy = schoolYear(addDays(ctx.today, 45));
  const startYear = Number(sy.label.slice(0, 4));
  const qualification = kind === 'vhs'
    ? rng.pick(['Erster allgemeinbildender Schulabschluss (Hauptschulabschluss)', 'Mittlerer Schulabschluss (Realschulabschluss)'])
    : 'Allgemeine Hochschulreife (Abitur)';
  const years = kind === 'vhs' ? (qualification.startsWith('Mittlerer') ? rng.pick([1, 2]) : 1) : 3;
  // a course of several years: the participant is in one of its years now
  const yearIn = rng.int(1, years);
  const firstYear = startYear - (yearIn - 1);
  const begin = addDays(iso(firstYear, 9, 1), rng.int(0, 8));
  const courseEnd = iso(firstYear + years, 6, rng.int(20, 30));
  const thisYearEnd = yearIn === years ? courseEnd : sy.end;
  const examMonth = `${MONTHS[Number(courseEnd.slice(5, 7)) - 2]} ${courseEnd.slice(0, 4)}`;
  const evening = kind !== 'kolleg';
  const hours = evening ? rng.pick([16, 18, 20, 22]) : rng.pick([28, 30, 32]);
  const courseNo = `${String(firstYear).slice(2)}${rng.pick(['H', 'S', 'A'])}-${rng.int(100, 899)}`;
  const tn = rng.digits(7);
  const fee = kind === 'vhs' && rng.chance(0.5) ? cents(rng.pick([35, 45, 60, 80])) : 0;
  const nextDeadline = iso(startYear + 1, rng.pick([5, 6]), rng.int(1, 28));
  const valid = thisYearEnd;
  const acc = fake.bankAccount(rng);
  const ink: readonly [number, number, number] = rng.pick([[0.55, 0.15, 0.1], [0.1, 0.3, 0.5], [0.15, 0.4, 0.25]] as const);

  const sideW = 148;
  const d = ctx.start({ family: 'times', size: 10.5, margins: { left: sideW + 28, right: 50, top: 56, bottom: 64 } });
  // the sidebar with the centre's particulars
  d.rect(0, 0, sideW, d.height, { fill: [0.94, 0.93, 0.9] });
  d.rect(sideW - 3, 0, 3, d.height, { fill: ink });
  const sx = 18;
  let sy2 = 60;
  const side = (text: string, opts: { bold?: boolean; size?: number; gap?: number; color?: readonly [number, number, number] } = {}) => {
    for (const line of d.wrap(text, sideW - 30, { size: opts.size ?? 7.5, font: opts.bold ? 'helvetica-bold' : 'helvetica' })) {
      d.text(sx, sy2, line, { size: opts.size ?? 7.5, font: opts.bold ? 'helvetica-bold' : 'helvetica', color: opts.color });
      sy2 += (opts.size ?? 7.5) * 1.35;
    }
    sy2 += opts.gap ?? 2;
  };
  side(name, { bold: true, size: 9, gap: 2, color: ink });
  side(unit, { gap: 12 });
  side('Anschrift', { bold: true });
  side(`${office.street} ${office.no}`);
  side(`${office.plz} ${home.city}`, { gap: 10 });
  side('Sekretariat', { bold: true });
  side(`Telefon ${fake.phone(rng)}`);
  const slug = city.toLowerCase().replace(/ä/g, 'ae').replace(/ö/g, 'oe').replace(/ü/g, 'ue').replace(/ß/g, 'ss').replace(/[^a-z]+/g, '-').replace(/^-|-$/g, '');
  const mail = `${kind === 'vhs' ? 'abschluesse' : 'sekretariat'}@${kind === 'vhs' ? 'vhs' : kind === 'kolleg' ? 'kolleg' : 'abendgym'}-${slug}.de`;
  side(mail, { gap: 10, size: Math.min(7.5, (7.5 * (sideW - 30)) / d.measure(mail, { size: 7.5, font: 'helvetica' })) });
  side('Sprechzeiten', { bold: true });
  side(evening ? 'Mo–Do 15.00–19.00 Uhr' : 'Mo–Fr 8.00–12.00 Uhr');
  side('in den Ferien nach Vereinbarung', { gap: 10 });
  side('Träger', { bold: true });
  side(traeger, { gap: 10 });
  if (kind === 'vhs') {
    side('Bankverbindung', { bold: true });
    side(acc.bank.name);
    side(fake.groupIban(acc.iban), { gap: 10 });
  }
  side(kind === 'vhs' ? 'Anerkannte Einrichtung der Weiterbildung' : 'Staatliche Schule', { size: 6.5, color: GRAY });

  // the centre's name at the top of the page body, the recipient under it
  d.text(d.left, 54, name, { size: 15, bold: true, color: ink, field: 'einrichtung' });
  d.text(d.left, 68, unit, { size: 10, italic: true });
  d.text(d.left, 112, `${name} · ${office.street} ${office.no} · ${office.plz} ${home.city}`, { size: 6.5, font: 'helvetica', color: GRAY });
  [`${person.gender === 'f' ? 'Frau' : 'Herrn'}`, `${person.first} ${person.last}`, `${home.street} ${home.no}`, `${home.plz} ${home.city}`].forEach((l, i) => d.text(d.left, 128 + i * 13, l, { size: 10.5 }));
  d.y = 200;
  // a DIN reference line
  const refs: [string, string][] = [['Teilnehmernummer', tn], [kind === 'vhs' ? 'Lehrgangsnummer' : 'Klasse / Kurs', kind === 'vhs' ? courseNo : `${['E', 'Q1', 'Q2'][yearIn - 1]} ${courseNo}`], ['Datum', ctx.date(ctx.today)]];
  const rw = d.contentWidth / refs.length;
  refs.forEach(([l, v], i) => {
    d.text(d.left + i * rw, d.y, l, { size: 7, font: 'helvetica', color: GRAY });
    d.text(d.left + i * rw, d.y + 12, v, { size: 10 });
  });
  d.y += 34;
  d.write(ctx.pick(['Bescheinigung über den Schulbesuch', 'Teilnahmebescheinigung'], ['Bescheinigung über die Teilnahme am Unterricht', 'Besuchsbescheinigung']), { size: 15, bold: true });
  const towards = qualification.startsWith('Erster') ? 'zum Ersten allgemeinbildenden Schulabschluss' : qualification.startsWith('Mittlerer') ? 'zum Mittleren Schulabschluss' : 'zur Allgemeinen Hochschulreife';
  d.write(`im ${kind === 'vhs' ? 'Lehrgang' : 'Bildungsgang'} ${towards}`, { size: 10.5, italic: true });
  d.move(8);
  const they = person.gender === 'f' ? 'Frau' : 'Herr';
  const role = kind === 'vhs' ? `Teilnehmer${person.gender === 'f' ? 'in' : ''} unseres Lehrgangs` : `${person.gender === 'f' ? 'Studierende' : 'Studierender'} unserer Schule`;
  if (begin <= ctx.today) d.para(`Wir bescheinigen, dass ${they} ${ctx.v('name', ctx.name(person))}, geboren am ${ctx.date(person.birth)} in ${person.birthPlace}, ${role} ist und am Unterricht regelmäßig teilnimmt.`);
  else d.para(`Wir bescheinigen, dass ${they} ${ctx.v('name', ctx.name(person))}, geboren am ${ctx.date(person.birth)} in ${person.birthPlace}, zum ${ctx.date(begin)} als ${role.replace('unseres', 'unseres neuen')} aufgenommen ist. Die Zulassung ist verbindlich; der Unterricht beginnt am ${ctx.date(begin)}.`);
  // the particulars as a ruled list
  const items: [string, string][] = [
    ['angestrebter Abschluss', qualification],
    [kind === 'vhs' ? 'Lehrgang' : 'Bildungsgang', kind === 'vhs' ? `${courseNo} (${years === 1 ? 'einjährig' : 'zweijährig'})` : `${evening ? 'Abendform' : 'Tagesform'}, dreijährig, derzeit ${yearIn}. Jahr`],
    ['Unterrichtsform', evening ? `Abendunterricht, ${hours} Unterrichtsstunden je Woche` : `Vollzeitunterricht am Tag, ${hours} Unterrichtsstunden je Woche`],
    ['Beginn des Besuchs', ctx.date(begin)],
    [yearIn === years ? (kind === 'vhs' ? 'Ende des Lehrgangs' : 'Ende des Bildungsgangs') : 'laufendes Schuljahr', yearIn === years ? ctx.date(courseEnd) : `${sy.label} (${ctx.ndate(sy.start)} bis ${ctx.ndate(sy.end)})`],
    ...(yearIn === years ? [] : ([['voraussichtliches Ende des Bildungsgangs', ctx.date(courseEnd)]] as [string, string][])),
    [kind === 'vhs' ? 'Prüfung' : 'Abiturprüfung', `${kind === 'vhs' ? 'Externenprüfung' : 'schriftliche Prüfungen'} voraussichtlich im ${examMonth}`],
    ['Entgelt', fee ? `Lehrgangsentgelt je Semester ${ctx.money(fee)} (Lernmittel)` : 'entgeltfrei (öffentlich gefördert)'],
  ];
  d.move(2);
  for (const [l, v] of items) {
    d.row([{ x: d.left, text: l, width: 150, size: 9, font: 'helvetica', color: GRAY }, { x: d.left + 160, text: v, width: d.right - d.left - 160 }], { minHeight: 15 });
    d.move(3);
    d.hline(d.y - 1, d.left, d.right, 0.3, LIGHT);
    d.move(1);
  }
  d.move(8);
  // the weekly timetable
  d.ensure(110);
  d.write(`Stundenplan ${yearIn}. ${kind === 'vhs' ? 'Lehrgangsjahr' : 'Jahr'}`, { size: 10, bold: true });
  const days = evening ? ['Montag', 'Dienstag', 'Mittwoch', 'Donnerstag'] : ['Montag', 'Dienstag', 'Mittwoch', 'Donnerstag', 'Freitag'];
  const slots = evening ? ['17.30–19.00', '19.15–20.45'] : ['8.00–9.30', '9.50–11.20', '11.40–13.10'];
  const subjects = ['Deutsch', 'Mathematik', 'Englisch', 'Biologie', 'Geschichte', 'Physik', 'Chemie', 'Politik', 'Geografie', 'Informatik'];
  const cw = (d.contentWidth - 62) / days.length;
  const gt = d.y;
  d.rect(d.left, gt, d.contentWidth, 14, { fill: [0.94, 0.93, 0.9] });
  days.forEach((day, i) => d.text(d.left + 62 + i * cw + 4, gt + 10, day, { size: 8, font: 'helvetica-bold' }));
  d.text(d.left + 4, gt + 10, 'Zeit', { size: 8, font: 'helvetica-bold' });
  slots.forEach((slot, j) => {
    const y = gt + 14 + j * 16;
    d.text(d.left + 4, y + 11, slot, { size: 8, font: 'helvetica' });
    days.forEach((_, i) => d.text(d.left + 62 + i * cw + 4, y + 11, rng.pick(subjects), { size: 8.5 }));
    d.hline(y, d.left, d.right, 0.3, GRAY);
  });
  const gb = gt + 14 + slots.length * 16;
  d.rect(d.left, gt, d.contentWidth, gb - gt, { stroke: [0.4, 0.4, 0.4], lineWidth: 0.5 });
  d.y = gb + 12;
  const word = ctx.pick(['Diese Bescheinigung gilt bis', 'Die Bescheinigung ist gültig bis zum'], ['Die Bescheinigung verliert ihre Gültigkeit mit Ablauf des']);
  d.para(`${word} ${ctx.v('gueltig_bis', ctx.date(valid))}${yearIn === years ? ` (Ende des ${kind === 'vhs' ? 'Lehrgangs' : 'Bildungsgangs'})` : ' (Ende des Schuljahres)'}. ${yearIn === years ? `Anmeldungen für den nächsten ${kind === 'vhs' ? 'Lehrgang' : 'Jahrgang'} nehmen wir bis zum ${ctx.date(nextDeadline)} entgegen.` : 'Für das folgende Schuljahr erhalten Sie nach der Versetzung eine neue Bescheinigung.'} Fehlzeiten von mehr als ${rng.pick(['20', '25'])} Prozent teilen wir dem Kostenträger auf Anfrage mit.`);
  d.para(`Die Bescheinigung wird zur Vorlage bei ${rng.pick(['der Wohngeldbehörde', 'Behörden', 'der Agentur für Arbeit und dem Jobcenter', 'dem BAföG-Amt'])} ausgestellt.`, { size: 9.5 });
  d.move(22);
  d.ensure(60);
  const sigY = d.y;
  d.text(d.left, sigY, fake.fullName(fake.person(rng)), { size: 10.5, italic: true, color: [0.15, 0.2, 0.5] });
  d.hline(sigY + 4, d.left, d.left + 170, 0.4, GRAY);
  d.text(d.left, sigY + 15, kind === 'vhs' ? 'Fachbereichsleitung Schulabschlüsse' : 'Schulleitung', { size: 8.5, font: 'helvetica', color: GRAY });
  const st = d.left + 260;
  d.rect(st, sigY - 20, 120, 52, { stroke: ink, lineWidth: 0.8 });
  d.text(st + 60, sigY - 4, name.length > 26 ? name.split(' ').slice(0, -1).join(' ') : name, { size: 7, align: 'center', color: ink, font: 'helvetica-bold' });
  d.text(st + 60, sigY + 6, name.length > 26 ? name.split(' ').slice(-1)[0] : '', { size: 7, align: 'center', color: ink, font: 'helvetica-bold' });
  d.text(st + 60, sigY + 20, `${office.plz} ${home.city}`, { size: 6.5, align: 'center', color: ink, font: 'helvetica' });
  d.y = sigY + 40;
  setTruth(ctx, person, name, valid);
}
/** Studienkollegs with the university they belong to and its town */
const STUDIENKOLLEGS: readonly (readonly [string, string, string])[] = [
  ['Studienkolleg Sachsen', 'Universität Leipzig', 'Leipzig'],
  ['Studienkolleg Mitteldeutschland', 'Martin-Luther-Universität Halle-Wittenberg', 'Halle (Saale)'],
  ['Internationales Studienkolleg Kassel', 'Universität Kassel', 'Kassel'],
  ['Studienkolleg Hamburg', 'Universität Hamburg', 'Hamburg'],
  ['Studienkolleg an der Technischen Universität Dresden', 'Technische Universität Dresden', 'Dresden'],
  ['Studienkolleg Niedersachsen', 'Hochschule Hannover', 'Hannover'],
];

/** international applicants: nationality, birthplaces, given names (f, m), surnames (WinAnsi only) */
const KOLLEGIATEN: readonly { land: string; places: readonly string[]; f: readonly string[]; m: readonly string[]; last: readonly string[] }[] = [
  { land: 'vietnamesisch', places: ['Hanoi', 'Hai Phong', 'Da Nang'], f: ['Thi Lan', 'Thu Trang', 'Minh Anh'], m: ['Van Duc', 'Quang Huy', 'Minh Tuan'], last: ['Nguyen', 'Tran', 'Pham', 'Le'] },
  { land: 'ukrainisch', places: ['Charkiw', 'Dnipro', 'Lwiw'], f: ['Olena', 'Daryna', 'Sofiia'], m: ['Dmytro', 'Oleksandr', 'Bohdan'], last: ['Shevchenko', 'Bondarenko', 'Kovalenko', 'Ivanenko'] },
  { land: 'syrisch', places: ['Damaskus', 'Aleppo', 'Latakia'], f: ['Mariam', 'Rama', 'Lina'], m: ['Ahmad', 'Omar', 'Yousef'], last: ['Haddad', 'Al-Hassan', 'Khalil', 'Darwish'] },
  { land: 'indonesisch', places: ['Surabaya', 'Bandung', 'Jakarta'], f: ['Putri', 'Ayu', 'Dewi'], m: ['Rizky', 'Budi', 'Arif'], last: ['Santoso', 'Wijaya', 'Pratama'] },
  { land: 'marokkanisch', places: ['Casablanca', 'Rabat', 'Fes'], f: ['Salma', 'Imane', 'Khadija'], m: ['Youssef', 'Hamza', 'Anas'], last: ['El Amrani', 'Benali', 'Bouzid'] },
  { land: 'georgisch', places: ['Tiflis', 'Kutaissi', 'Batumi'], f: ['Nino', 'Tamar', 'Ana'], m: ['Giorgi', 'Levan', 'Davit'], last: ['Beridze', 'Kapanadze', 'Gelashvili'] },
  { land: 'chinesisch', places: ['Chengdu', 'Wuhan', 'Nanjing'], f: ['Yuxin', 'Mei', 'Xiaoyu'], m: ['Hao', 'Jun', 'Zhiwei'], last: ['Wang', 'Li', 'Zhang', 'Chen'] },
  { land: 'kamerunisch', places: ['Douala', 'Jaunde', 'Bafoussam'], f: ['Christelle', 'Brenda', 'Larissa'], m: ['Franck', 'Junior', 'Arnaud'], last: ['Nkoulou', 'Tchatchoua', 'Mbarga'] },
  { land: 'türkisch', places: ['Izmir', 'Ankara', 'Bursa'], f: ['Elif', 'Zeynep', 'Büsra'], m: ['Emre', 'Mehmet', 'Kerem'], last: ['Yilmaz', 'Kaya', 'Demir', 'Öztürk'] },
];

/** the Schwerpunktkurse with their weekly subjects and the studies they lead to */
const KOLLEGKURSE: readonly { kurs: string; name: string; subjects: readonly (readonly [string, number])[]; studies: readonly string[] }[] = [
  { kurs: 'T', name: 'technisch-naturwissenschaftlich', subjects: [['Deutsch', 10], ['Mathematik', 8], ['Physik', 6], ['Chemie', 4], ['Informatik', 4]], studies: ['Maschinenbau (B.Sc.)', 'Elektrotechnik (B.Eng.)', 'Informatik (B.Sc.)', 'Bauingenieurwesen (B.Sc.)'] },
  { kurs: 'M', name: 'medizinisch-biologisch', subjects: [['Deutsch', 10], ['Biologie', 6], ['Chemie', 6], ['Physik', 4], ['Mathematik', 4]], studies: ['Pharmazie (Staatsexamen)', 'Biologie (B.Sc.)', 'Zahnmedizin (Staatsexamen)'] },
  { kurs: 'W', name: 'wirtschafts- und sozialwissenschaftlich', subjects: [['Deutsch', 10], ['Mathematik', 6], ['Volkswirtschaftslehre', 6], ['Betriebswirtschaftslehre', 4], ['Englisch', 4]], studies: ['Betriebswirtschaftslehre (B.Sc.)', 'Wirtschaftsinformatik (B.Sc.)', 'International Management (B.A.)'] },
  { kurs: 'G', name: 'geisteswissenschaftlich', subjects: [['Deutsch', 12], ['Geschichte', 6], ['Literatur', 4], ['Sozialkunde', 4], ['Englisch', 4]], studies: ['Germanistik (B.A.)', 'Politikwissenschaft (B.A.)', 'Kulturwissenschaften (B.A.)'] },
];

/**
 * M (holdout, blind 9): a Studienkolleg's certificate for an international applicant preparing
 * for the assessment examination (Feststellungsprüfung): the Kolleg's name large at the top left
 * with "central institution of" the university under it, the secretariat's particulars at the top
 * right; no address window (handed over at the counter); the certificate's title centred; the
 * Kollegiat with birth date, birthplace and nationality, the Kolleg number and the university's
 * matriculation number, the course (T, M, W or G) and the course group, full-time teaching and the
 * current Kolleg semester in running text; a timeline of the Kolleg (entrance test, first and
 * second semester, the exam's month, the Kolleg's end) with the current semester drawn heavier;
 * the weekly subjects as a small ruled table; a conditional admission to a degree programme, some
 * times at another university, with its notice date; the semester fee; the validity in a sentence
 * (the current semester's end, which in the first semester is before the Kolleg's end); "zur
 * Vorlage bei" as check boxes; signature and a round seal.
 */
function blind9StudienkollegFeststellungspruefung(ctx: Ctx): void {
  // names after "der" / "am" / "an der" take the dative's adjective ending
  const dative = (name: string) => name.replace(/^Technische /, 'Technischen ').replace(/^Freie /, 'Freien ').replace(/^Internationales /, 'Internationalen ');
  const rng = ctx.rng;
  const [kolleg, uni, city] = rng.pick(STUDIENKOLLEGS);
  const origin = rng.pick(KOLLEGIATEN);
  const student = fake.person(rng, { bornFrom: 1997, bornTo: 2006, titleChance: 0 });
  student.first = rng.pick(student.gender === 'f' ? origin.f : origin.m);
  student.last = rng.pick(origin.last);
  student.birthPlace = rng.pick(origin.places);
  student.birthName = undefined;
  const kurs = rng.pick(KOLLEGKURSE);
  // the Kolleg takes two semesters; the certificate is for the semester running now
  const sem = semester(ctx.today);
  const semNo = rng.pick([1, 2]);
  const start1 = semNo === 1 ? sem.start : addMonths(sem.start, -6);
  const start2 = addMonths(start1, 6);
  const kollegEnd = addDays(addMonths(start1, 12), -1);
  const test = addDays(start1, -rng.int(40, 75));
  // the Feststellungsprüfung at the end of the second semester: February or July
  const examMonth = Number(kollegEnd.slice(5, 7)) === 3 ? `Februar ${kollegEnd.slice(0, 4)}` : `Juli ${kollegEnd.slice(0, 4)}`;
  const group = `${kurs.kurs}${rng.int(1, 3)}-${start1.slice(2, 4)}${Number(start1.slice(5, 7)) === 10 ? 'W' : 'S'}`;
  const kollegNo = `SK-${rng.digits(5)}`;
  const matrikel = rng.digits(7);
  const study = rng.pick(kurs.studies);
  const [target] = rng.chance(0.6) ? [uni] : rng.pick(fake.UNIVERSITIES.filter(([u]) => u !== uni && u.includes('Universität')));
  const admitted = addDays(test, -rng.int(30, 120));
  const fee = cents(rng.float(215, 330));
  const office = fake.address(rng, { city });
  const room = `${rng.pick(['A', 'B', 'H'])} ${rng.int(1, 4)}.${rng.digits(2)}`;
  const purposes = ['Wohngeldbehörde', 'Ausländerbehörde', 'Krankenkasse', 'Familienkasse', 'BAföG-Amt'];
  const purpose = rng.pick(['Wohngeldbehörde', 'Wohngeldbehörde', 'Ausländerbehörde', 'Krankenkasse']);
  const ink: readonly [number, number, number] = rng.pick([[0.1, 0.2, 0.45], [0.0, 0.35, 0.35], [0.4, 0.1, 0.15]] as const);
  const they = student.gender === 'f' ? 'Frau' : 'Herr';
  const role = student.gender === 'f' ? 'Kollegiatin' : 'Kollegiat';

  const d = ctx.start({ family: rng.pick(['helvetica', 'times']), size: 10, margins: { left: 64, right: 54, top: 56, bottom: 66 } });
  d.text(d.left, 52, kolleg, { size: kolleg.length > 40 ? 13 : 16, bold: true, color: ink, field: 'einrichtung' });
  d.text(d.left, 67, `Zentrale Einrichtung der ${dative(uni)}`, { size: 8.5, color: GRAY });
  const info = ['Sekretariat', `${office.street} ${office.no}`, `${office.plz} ${city}`, `Raum ${room}`, `Telefon ${fake.phone(rng)}`];
  info.forEach((l, i) => d.text(d.right, 40 + i * 9.5, l, { size: 7.5, align: 'right', color: i === 0 ? ink : GRAY, bold: i === 0 }));
  d.hline(92, d.left, d.right, 1.4, ink);
  d.hline(95, d.left, d.right, 0.4, ink);
  d.text(d.right, 116, `${city}, ${ctx.date(ctx.today)}`, { size: 9.5, align: 'right' });
  d.y = 138;
  d.write(ctx.pick(['Bescheinigung über den Besuch des Studienkollegs', 'Kollegbescheinigung'], ['Bestätigung der Teilnahme am Studienkolleg']), { size: 15, bold: true, align: 'center' });
  d.write(`– ${ctx.pick(['Studienbescheinigung', 'Schulbescheinigung'], ['Immatrikulationsbescheinigung'])} für das ${sem.label} –`, { size: 9.5, align: 'center', color: GRAY });
  d.move(12);
  d.para(`Hiermit wird bescheinigt, dass ${they} ${ctx.v('name', `${student.first} ${student.last}`)}, geboren am ${ctx.date(student.birth)} in ${student.birthPlace}, Staatsangehörigkeit ${origin.land}, im ${sem.label} als ordentliche${student.gender === 'f' ? '' : 'r'} ${role} am ${dative(kolleg)} eingeschrieben ist (Kollegnummer ${kollegNo}, Matrikelnummer der ${dative(uni)} ${matrikel}).`);
  d.para(`${student.gender === 'f' ? 'Sie' : 'Er'} besucht den Schwerpunktkurs ${kurs.kurs} (${kurs.name}) in der Kursgruppe ${group}, derzeit im ${semNo}. von zwei Kollegsemestern. Der Unterricht findet in Vollzeit mit ${kurs.subjects.reduce((s, [, h]) => s + h, 0)} Wochenstunden statt; es besteht Anwesenheitspflicht. Der Besuch des Studienkollegs schließt mit der Feststellungsprüfung ab.`);
  // a timeline of the Kolleg
  d.ensure(80);
  d.move(4);
  const points: [string, string][] = [
    ['Aufnahmeprüfung', ctx.ndate(test)],
    ['1. Kollegsemester', `ab ${ctx.ndate(start1)}`],
    ['2. Kollegsemester', `ab ${ctx.ndate(start2)}`],
    ['Feststellungsprüfung', examMonth],
    ['Ende des Kollegs', ctx.ndate(kollegEnd)],
  ];
  const tl = d.y + 22;
  const x0 = d.left + 40;
  const step = (d.contentWidth - 80) / (points.length - 1);
  d.line(x0, tl, x0 + step * (points.length - 1), tl, 1, [0.6, 0.6, 0.6]);
  // the current semester heavier
  const from = semNo === 1 ? 1 : 2;
  const to = semNo === 1 ? 2 : 4;
  d.line(x0 + step * from, tl, x0 + step * to, tl, 3.5, ink);
  points.forEach(([label, value], i) => {
    const x = x0 + step * i;
    d.rect(x - 3.5, tl - 3.5, 7, 7, { fill: i <= from ? ink : [1, 1, 1], stroke: ink, lineWidth: 0.8 });
    d.text(x, tl - 10, label, { size: 7.5, align: 'center', color: GRAY });
    d.text(x, tl + 17, value, { size: 8.5, align: 'center', bold: i === from });
  });
  d.text(x0 + step * ((from + to) / 2), tl + 30, 'laufendes Semester', { size: 7, align: 'center', color: ink, italic: true });
  d.y = tl + 44;
  // weekly subjects
  d.write(`Unterrichtsfächer im Schwerpunktkurs ${kurs.kurs}`, { bold: true, size: 9.5 });
  const tx = d.left;
  const tw = 250;
  const top = d.y;
  kurs.subjects.forEach(([subject, hours], i) => {
    if (i % 2 === 0) d.rect(tx, d.y, tw, 13, { fill: [0.95, 0.95, 0.95] });
    d.row([{ x: tx + 6, text: subject, size: 9 }, { x: tx + tw - 6, text: `${hours} Std./Woche`, size: 9, align: 'right' }], { minHeight: 13 });
  });
  d.rect(tx, top, tw, d.y - top, { stroke: [0.5, 0.5, 0.5], lineWidth: 0.4 });
  // the admission beside the table
  const ax = tx + tw + 18;
  const aw = d.right - ax;
  const save = d.y;
  d.y = top;
  d.para(`Bedingte Zulassung: Für den Studiengang ${study} an der ${dative(target)} liegt ein Zulassungsbescheid vom ${ctx.date(admitted)} vor, der unter der Bedingung der bestandenen Feststellungsprüfung steht.`, { x: ax, width: aw, size: 8.5 });
  d.y = Math.max(save, d.y) + 10;
  d.para(`Der Semesterbeitrag für das ${sem.label} in Höhe von ${ctx.money(fee)} (einschließlich Deutschlandsemesterticket) ist entrichtet. Studiengebühren werden nicht erhoben.`);
  const validity = ctx.pick(['Diese Bescheinigung gilt bis zum', 'Die Bescheinigung ist gültig bis'], ['Die Angaben gelten bis zum Ende des laufenden Kollegsemesters am']);
  d.para(`${validity} ${ctx.v('gueltig_bis', ctx.date(sem.end))}.${semNo === 1 ? ` Für das 2. Kollegsemester ist eine Rückmeldung bis zum ${ctx.date(addDays(sem.end, -rng.int(20, 45)))} erforderlich; danach wird eine neue Bescheinigung ausgestellt.` : ` Nach bestandener Feststellungsprüfung erhält ${they === 'Frau' ? 'die Kollegiatin' : 'der Kollegiat'} ein Zeugnis; mit dem Ende des Kollegs erlischt die Einschreibung.`}`);
  // purpose as check boxes
  d.move(2);
  d.write('Zur Vorlage bei:', { size: 9, bold: true });
  let px = d.left;
  const py = d.y + 9;
  for (const p of purposes) {
    d.checkbox(px, py, p === purpose, 8);
    d.text(px + 12, py, p, { size: 8.5 });
    px += 14 + d.measure(p, { size: 8.5 }) + 16;
  }
  d.y = py + 12;
  // signature and a round seal
  d.move(20);
  d.ensure(80);
  const sy = d.y;
  const signer = fake.person(rng);
  d.text(d.left + 4, sy + 18, signer.last, { size: 14, font: 'times-italic', color: [0.15, 0.15, 0.45] });
  d.hline(sy + 24, d.left, d.left + 180, 0.5, GRAY);
  d.text(d.left, sy + 35, `${signer.first} ${signer.last}`, { size: 8.5 });
  d.text(d.left, sy + 45, rng.pick(['Leitung des Studienkollegs', 'Sekretariat des Studienkollegs', 'Prüfungsamt des Studienkollegs']), { size: 8, color: GRAY });
  const cx = d.right - 70;
  const cy = sy + 26;
  const r = 30;
  for (let i = 0; i < 48; i++) {
    const a = (i / 48) * Math.PI * 2;
    const b = ((i + 1) / 48) * Math.PI * 2;
    d.line(cx + r * Math.cos(a), cy + r * Math.sin(a), cx + r * Math.cos(b), cy + r * Math.sin(b), 0.9, [0.3, 0.3, 0.6]);
  }
  d.text(cx, cy - 4, 'Dienstsiegel', { size: 6.5, align: 'center', color: [0.3, 0.3, 0.6] });
  // the university's name inside the seal, on two lines when it does not fit on one
  const words = uni.split(' ');
  const sealLines = d.measure(uni, { size: 5.5 }) > 2 * r - 10 ? [words.slice(0, Math.ceil(words.length / 2)).join(' '), words.slice(Math.ceil(words.length / 2)).join(' ')] : [uni];
  sealLines.forEach((l, i) => d.text(cx, cy + 6 + i * 7, l, { size: 5.5, align: 'center', color: [0.3, 0.3, 0.6] }));
  d.y = sy + 70;
  footer(d, [[kolleg, `Zentrale Einrichtung der ${dative(uni)}`], [`${office.street} ${office.no}, ${office.plz} ${city}, Raum ${room}`, 'Die Bescheinigung ist nur mit Siegel gültig.']], 'none');
  setTruth(ctx, student, kolleg, sem.end);
}

/** schools in free sponsorship: name, maintaining body, the school form with its grades, the usual leaving qualification, monthly fee span */
const ERSATZSCHULEN: readonly ((city: string, rng: Ctx['rng']) => { name: string; traeger: string; form: string; from: number; to: number; abschluss: string; fee: [number, number]; hort: boolean })[] = [
  (city) => ({ name: `Freie Waldorfschule ${city}`, traeger: `Waldorfschulverein ${city} e.V.`, form: 'Waldorfschule – Klassen 1 bis 13', from: 1, to: 13, abschluss: 'Abitur', fee: [110, 330], hort: true }),
  (city, rng) => ({ name: `Evangelisches Schulzentrum ${city}`, traeger: `Evangelische Schulstiftung ${rng.pick(['in Mitteldeutschland', 'Sachsen', 'Nordkirche'])}`, form: 'Gymnasium – Klassenstufen 5 bis 12', from: 5, to: 12, abschluss: 'Allgemeine Hochschulreife', fee: [60, 160], hort: false }),
  (city) => ({ name: `Montessori-Schule ${city}`, traeger: `Montessori-Förderverein ${city} e.V.`, form: 'Gemeinschaftsschule – Klassen 1 bis 10', from: 1, to: 10, abschluss: 'Mittlerer Schulabschluss', fee: [140, 360], hort: true }),
  (_city, rng) => ({ name: `Katholisches Gymnasium St. ${rng.pick(['Ursula', 'Benno', 'Marien', 'Josef', 'Elisabeth'])}`, traeger: `Bistum ${rng.pick(['Dresden-Meißen', 'Magdeburg', 'Erfurt', 'Görlitz', 'Hildesheim'])} – Abteilung Schulen`, form: 'Gymnasium – Jahrgangsstufen 5 bis 12', from: 5, to: 12, abschluss: 'Abitur', fee: [35, 95], hort: false }),
  (_city, rng) => {
    const n = rng.pick(['Dr. Kalkhorst', 'Sommerfeld', 'Hensel', 'Brückner']);
    return { name: `Private Wirtschaftsschule ${n}`, traeger: `Bildungswerk ${n} gGmbH`, form: 'Wirtschaftsschule – Jahrgangsstufen 7 bis 10', from: 7, to: 10, abschluss: 'Wirtschaftsschulabschluss (mittlerer Schulabschluss)', fee: [160, 260], hort: false };
  },
];

/**
 * O (holdout, blind 10): a private school's (staatlich anerkannte Ersatzschule: Waldorf,
 * Montessori, church or business school) certificate of attendance posted to the parents, or to
 * the pupil of age, with the fee statement for the tax office as its second page: the school's
 * name centred over a double rule with the maintaining body and the recognition under it; the
 * window; a reference column (date, secretariat, pupil number); the pupil in the opening sentence
 * with birth date; particulars as dotted-leader lines (school form, grade in the current school
 * year, pupil since, contract of schooling with its notice period, expected qualification); the
 * validity in a sentence of its own; a round stamp. Page 2, signed by the body's accounts office:
 * the fees paid in the last calendar year for the pupil by the parent (a sibling's reduction,
 * material levy, lunches and after-school care kept apart), the deductible sum, the parent's
 * masked IBAN; the body's account in the footer.
 */
function blind10ErsatzschuleSchulgeld(ctx: Ctx): void {
  const rng = ctx.rng;
  const home = fake.address(rng);
  const sch = rng.pick(ERSATZSCHULEN)(home.city, rng);
  // from the middle of June on, the certificate is asked for the coming school year
  const sy = schoolYear(addDays(ctx.today, 45));
  const startYear = Number(sy.label.slice(0, 4));
  // in at least the second year at this school, so the last calendar year's fees are for this pupil
  const grade = rng.int(sch.from + 1, sch.to);
  const parent = fake.person(rng, { bornFrom: startYear - grade - 44, bornTo: startYear - grade - 24, titleChance: 0.03 });
  const pupil = fake.person(rng, { bornFrom: startYear - grade - 6, bornTo: startYear - grade - 6, last: rng.chance(0.85) ? parent.last : undefined, titleChance: 0 });
  // a child born from January to July starts school in the August it turns six, one born later a year after
  pupil.birth = iso(startYear - grade - 6 + (Number(pupil.birth.slice(5, 7)) >= 8 ? 0 : 1), Number(pupil.birth.slice(5, 7)), Number(pupil.birth.slice(8, 10)));
  // a pupil of age gets the certificate in person
  const adult = pupil.birth <= iso(Number(ctx.today.slice(0, 4)) - 18, Number(ctx.today.slice(5, 7)), Number(ctx.today.slice(8, 10))) && rng.chance(0.7);
  const secondParent = rng.chance(0.4) ? fake.person(rng, { gender: parent.gender === 'f' ? 'm' : 'f', last: parent.last, bornFrom: startYear - grade - 46, bornTo: startYear - grade - 24, titleChance: 0 }) : undefined;
  const joinedGrade = rng.chance(0.7) ? sch.from : rng.int(sch.from, grade - 1);
  const since = iso(startYear - (grade - joinedGrade), 8, rng.int(1, 12));
  const contract = addDays(since, -rng.int(60, 300));
  const pupilNo = `${rng.pick(['S', 'SN', ''])}${rng.digits(rng.pick([5, 6]))}`;
  const sibling = rng.chance(0.4) ? fake.person(rng, { gender: rng.chance(0.5) ? 'f' : 'm', last: pupil.last, titleChance: 0 }) : undefined;
  const siblingGrade = sibling ? Math.max(sch.from, Math.min(sch.to, grade + rng.pick([-3, -2, 2, 3]))) : 0;
  const office = fake.sameCityAddress(rng, home);
  const bank = fake.bankAccount(rng);
  const parentBank = fake.bankAccount(rng);
  const head = fake.person(rng, { titleChance: 0 });
  const headTitle = rng.pick(['', '', 'Dr. ', 'OStD ']);
  const accounts = fake.person(rng, { titleChance: 0 });
  const secretary = fake.person(rng, { gender: 'f', titleChance: 0 });
  const taxYear = Number(ctx.today.slice(0, 4)) - 1;
  const monthly = Math.round(rng.int(sch.fee[0], sch.fee[1]) / 5) * 5;
  const accent: readonly [number, number, number] = rng.pick([[0.15, 0.3, 0.5], [0.45, 0.2, 0.1], [0.2, 0.35, 0.25], [0.35, 0.15, 0.35]] as const);
  const serif = rng.chance(0.6);
  const who = pupil.gender === 'f' ? 'die Schülerin' : 'der Schüler';
  const pupilName = ctx.name(pupil);

  const d = ctx.start({ family: serif ? 'times' : 'helvetica', size: serif ? 11 : 10, margins: { left: 70, right: 60, top: 60, bottom: 86 } });
  // head: the school centred, body and recognition under it
  const nameSize = Math.min(17, (17 * d.contentWidth) / d.measure(sch.name, { size: 17, bold: true }));
  d.text(d.width / 2, 50, sch.name, { size: nameSize, bold: true, align: 'center', color: accent, field: 'einrichtung' });
  d.text(d.width / 2, 64, `${sch.form} · staatlich anerkannte Ersatzschule`, { size: 8.5, align: 'center' });
  d.text(d.width / 2, 75, `Schulträger: ${sch.traeger}`, { size: 8.5, align: 'center', color: GRAY });
  d.hline(82, d.left, d.right, 1.2, accent);
  d.hline(85, d.left, d.right, 0.4, accent);
  returnLine(d, `${sch.name} · ${office.street} ${office.no} · ${office.plz} ${office.city}`);
  const window: Cell[] = adult
    ? [pupil.gender === 'f' ? 'Frau' : 'Herrn', { text: `${pupil.first} ${pupil.last}`, field: 'name' }, `${home.street} ${home.no}`, `${home.plz} ${home.city}`]
    : secondParent
      ? [`${parent.gender === 'f' ? 'Frau' : 'Herrn'} ${parent.first} ${parent.last}`, `${secondParent.gender === 'f' ? 'Frau' : 'Herrn'} ${secondParent.first} ${secondParent.last}`, `${home.street} ${home.no}`, `${home.plz} ${home.city}`]
      : rng.chance(0.4)
        ? [`Familie ${parent.last}`, `${home.street} ${home.no}`, `${home.plz} ${home.city}`]
        : [parent.gender === 'f' ? 'Frau' : 'Herrn', `${parent.first} ${parent.last}`, `${home.street} ${home.no}`, `${home.plz} ${home.city}`];
  addressWindow(d, window);
  const refs: [string, string][] = [
    ['Datum', ctx.date(ctx.today)],
    ['Sekretariat', `${secretary.first.split(' ')[0]} ${secretary.last}`],
    ['Durchwahl', fake.phone(rng)],
    [ctx.pick(['Schüler-Nr.', 'Schülernummer'], ['Schülerkennung']), pupilNo],
  ];
  refs.forEach(([l, v], i) => {
    d.text(372, 152 + i * 22, l, { size: 7.5, color: GRAY });
    d.text(372, 162 + i * 22, v, { size: 9.5 });
  });
  d.y = 268;
  d.write(ctx.pick(['Schulbescheinigung', 'Schulbesuchsbescheinigung'], ['Bestätigung über den Besuch unserer Schule']), { size: 15, bold: true, gap: 1.5 });
  d.write(`${rng.pick(['zur Vorlage bei der Wohngeldbehörde', 'zur Vorlage bei Behörden', 'zur Vorlage bei der Wohngeldstelle und der Familienkasse'])} – Schuljahr ${sy.label}`, { size: 9, color: GRAY });
  d.move(10);
  const nameInText = adult ? pupilName : ctx.v('name', pupilName);
  d.para(`${ctx.pick(['Hiermit bestätigen wir, dass', 'Wir bescheinigen, dass'], ['Auf Wunsch der Erziehungsberechtigten bestätigen wir, dass'])} ${who} ${nameInText}, geboren am ${ctx.date(pupil.birth)}, ${adult ? 'wohnhaft in' : 'wohnhaft bei den Eltern in'} ${home.plz} ${home.city}, ${ctx.today >= sy.start ? 'unsere Schule besucht' : `im Schuljahr ${sy.label} unsere Schule besuchen wird`}.`);
  d.move(4);
  const dots = (label: string, value: string) => {
    const top = d.y;
    const lw = d.measure(label);
    d.text(d.left + 10, top + d.size, label);
    const vx = d.left + 240;
    for (let x = d.left + 14 + lw; x < vx - 8; x += 4) d.text(x, top + d.size, '.', { color: GRAY });
    d.row([{ x: vx, text: value, width: d.right - vx }]);
    d.move(3);
  };
  dots('Schulform', sch.form.split(' – ')[0]);
  dots(`Klassenstufe im Schuljahr ${sy.label}`, `${grade}${sch.from >= 7 && rng.chance(0.5) ? '' : rng.pick(['', 'a', 'b'])}`);
  dots(ctx.pick(['Schüler/in unserer Schule seit', 'an unserer Schule seit'], ['Aufnahme in unsere Schule']), ctx.date(since));
  dots('Schulvertrag', `vom ${ctx.ndate(contract)}, ungekündigt (Kündigung drei Monate zum Schuljahresende)`);
  dots('Unterricht', grade <= 4 ? rng.pick(['Montag bis Freitag, 8.00 bis 12.30 Uhr, anschließend Hort', 'verlässliche Grundschule, 8.00 bis 13.00 Uhr']) : rng.pick(['Vollzeit, Montag bis Freitag, 8.00 bis 15.30 Uhr', 'ganztägig (gebundene Ganztagsschule)', `Vollzeitunterricht mit ${rng.int(30, 34)} Wochenstunden`]));
  dots('angestrebter Abschluss', `${sch.abschluss}, voraussichtlich Sommer ${startYear + 1 + (sch.to - grade)}`);
  d.move(6);
  d.para(ctx.pick(
    [`Diese Bescheinigung gilt bis zum ${ctx.v('gueltig_bis', ctx.date(sy.end))}.`, `Die Bescheinigung ist gültig bis ${ctx.v('gueltig_bis', ctx.date(sy.end))} (Ende des Schuljahres ${sy.label}).`],
    [`Die Bescheinigung verliert mit Ablauf des ${ctx.v('gueltig_bis', ctx.date(sy.end))} ihre Gültigkeit.`, `Geltungsdauer dieser Bescheinigung: bis einschließlich ${ctx.v('gueltig_bis', ctx.date(sy.end))}.`],
  ));
  d.para(`Die Schule ist als Ersatzschule staatlich anerkannt; ihre Abschlüsse sind denen öffentlicher Schulen gleichwertig. Die Schulpflicht wird durch den Besuch erfüllt.`, { size: d.size - 1.5, color: GRAY });
  d.move(18);
  d.write(`${office.city}, ${ctx.date(ctx.today)}`);
  d.move(26);
  const sigTop = d.y;
  d.hline(sigTop, d.left, d.left + 180, 0.4);
  d.text(d.left, sigTop + 11, `${headTitle}${head.first} ${head.last}`, { size: 9 });
  d.text(d.left, sigTop + 22, rng.pick(['Schulleiterin / Schulleiter', 'Schulleitung', 'stellv. Schulleitung']), { size: 8.5, color: GRAY });
  // round stamp
  const cx = d.left + 290;
  const cy = sigTop - 8;
  for (let a = 0; a < 72; a++) {
    const r = 34;
    const x1 = cx + r * Math.cos((a * Math.PI) / 36);
    const y1 = cy + r * Math.sin((a * Math.PI) / 36);
    const x2 = cx + r * Math.cos(((a + 1) * Math.PI) / 36);
    const y2 = cy + r * Math.sin(((a + 1) * Math.PI) / 36);
    d.line(x1, y1, x2, y2, 0.9, [0.25, 0.3, 0.65]);
  }
  const words = sch.name.split(' ');
  const half = Math.ceil(words.length / 2);
  [words.slice(0, half).join(' '), words.slice(half).join(' '), '– Sekretariat –'].forEach((l, i) => d.text(cx, cy - 8 + i * 9, l, { size: 6, align: 'center', color: [0.25, 0.3, 0.65] }));

  // page 2: the fee statement for the tax office
  d.newPage();
  d.text(d.width / 2, 50, sch.traeger, { size: 12, bold: true, align: 'center', color: accent });
  d.text(d.width / 2, 63, `Verwaltung / Buchhaltung für die ${sch.name}`, { size: 8.5, align: 'center', color: GRAY });
  d.hline(70, d.left, d.right, 0.6, accent);
  d.y = 92;
  d.write(`Bescheinigung über gezahltes Schulgeld ${taxYear}`, { size: 13, bold: true });
  d.write('zur Vorlage beim Finanzamt (Sonderausgabenabzug nach § 10 Abs. 1 Nr. 9 EStG)', { size: 9, color: GRAY });
  d.move(8);
  const payer = `${parent.first} ${parent.last}${secondParent ? ` und ${secondParent.first} ${secondParent.last}` : ''}`;
  const rowKV = (l: string, v: string) => d.row([{ x: d.left, text: l, color: GRAY, size: 9.5 }, { x: d.left + 150, text: v, width: d.right - d.left - 150, size: 9.5 }]);
  rowKV('Zahlungspflichtige/r', `${payer}, ${home.street} ${home.no}, ${home.plz} ${home.city}`);
  rowKV(pupil.gender === 'f' ? 'für die Schülerin' : 'für den Schüler', `${ctx.name(pupil, 'last-first')}, geb. ${ctx.ndate(pupil.birth)}`);
  rowKV('Kalenderjahr', `01.01.${taxYear} – 31.12.${taxYear}`);
  d.move(8);
  // a pupil admitted during the last calendar year paid from the month of admission
  const months = since < iso(taxYear, 1, 1) ? 12 : 13 - Number(since.slice(5, 7));
  const fee = monthly * months;
  const reduction = sibling ? -cents(fee * rng.pick([0.1, 0.2, 0.25])) : 0;
  const material = rng.int(4, 12) * 10;
  const lunchMonthly = rng.int(11, 17) * 5;
  const lunchMonths = Math.min(11, months);
  const lunchTotal = lunchMonthly * lunchMonths;
  const care = sch.hort && grade <= 5 ? rng.int(6, 14) * 10 * months : 0;
  const rows: Cell[][] = [
    [`Schulgeld (${months} × ${ctx.money(monthly)})`, ctx.money(fee), 'ja'],
  ];
  if (sibling) rows.push([`Geschwisterermäßigung (${sibling.first} ${sibling.last}, Klasse ${siblingGrade})`, ctx.money(reduction), 'ja']);
  rows.push(['Materialumlage', ctx.money(material), 'ja']);
  rows.push([`Mittagsverpflegung (${lunchMonths} × ${ctx.money(lunchMonthly)})`, ctx.money(lunchTotal), 'nein']);
  if (care) rows.push(['Nachmittagsbetreuung / Hort', ctx.money(care), 'nein']);
  const total = cents(fee + reduction + material + lunchTotal + care);
  const deductible = cents(fee + reduction + material);
  table(ctx, [
    { header: 'Art der Zahlung', x: d.left, width: 220 },
    { header: 'Betrag', x: d.left + 300, align: 'right' },
    { header: 'Schulgeld (§ 10 EStG)', x: d.right, align: 'right' },
  ], rows, { size: 9, grid: true, headerFill: [0.93, 0.93, 0.93] });
  d.row([{ x: d.left, text: 'Summe der Zahlungen', bold: true, size: 9.5 }, { x: d.left + 300, text: ctx.money(total), align: 'right', bold: true, size: 9.5 }]);
  d.row([{ x: d.left, text: 'davon Schulgeld (ohne Beherbergung, Betreuung und Verpflegung)', size: 9.5, width: 220 }, { x: d.left + 300, text: ctx.money(deductible), align: 'right', bold: true, size: 9.5 }]);
  d.move(10);
  const masked = `${parentBank.iban.slice(0, 4)} **** **** **** ${parentBank.iban.slice(-4, -2)} ${parentBank.iban.slice(-2)}`;
  d.para(`Die Beträge wurden im Kalenderjahr ${taxYear} per SEPA-Lastschrift vom Konto ${rng.chance(0.5) ? masked : ctx.iban(parentBank.iban)} (${parentBank.bank.name}) eingezogen. Es bestehen keine Rückstände. Zahlungen für das Schuljahr ${sy.label} nach dem 31.12.${taxYear} sind nicht enthalten.`, { size: 9.5 });
  d.para(`Der Schulträger ist eine nach § 5 Abs. 1 Nr. 9 KStG steuerbefreite Körperschaft. Das Schulgeld ist ein Entgelt für den Schulbesuch und keine Spende; eine Zuwendungsbestätigung kann dafür nicht ausgestellt werden. Abziehbar sind 30 % des Schulgelds, höchstens 5.000 Euro je Kind.`, { size: 8.5, color: GRAY });
  d.move(10);
  d.write(`${office.city}, ${ctx.ndate(addDays(ctx.today, -rng.int(0, 40)))}`, { size: 9.5 });
  d.move(20);
  d.write(`${accounts.first} ${accounts.last}`, { size: 9.5 });
  d.write('Buchhaltung des Schulträgers', { size: 8.5, color: GRAY });
  d.write('Diese Bescheinigung wurde maschinell erstellt und ist ohne Unterschrift gültig.', { size: 8, color: GRAY });
  footer(d, [[sch.name, `${office.street} ${office.no}`, `${office.plz} ${office.city}`], [`Träger: ${sch.traeger}`, `Telefon ${fake.phone(rng)}`, `sekretariat@${sch.name.toLowerCase().replace(/ä/g, 'ae').replace(/ö/g, 'oe').replace(/ü/g, 'ue').replace(/ß/g, 'ss').replace(/[^a-z]+/g, '-').replace(/^-|-$/g, '').split('-').slice(-2).join('-')}.de`], [`Bankverbindung: ${bank.bank.name}`, `IBAN ${fake.groupIban(bank.iban)}`, `BIC ${bank.bank.bic}`]], 'Seite x von y');
  setTruth(ctx, pupil, sch.name, sy.end);
}

const GASTSCHULEN: readonly (readonly [string, string, string])[] = [
  ['Lincoln High School', 'Portland, Oregon', 'USA'],
  ['Westlake Boys High School', 'Auckland', 'Neuseeland'],
  ['Rangitoto College', 'Auckland', 'Neuseeland'],
  ['Collège-Lycée Jean Moulin', 'Lyon', 'Frankreich'],
  ['IES Luis Vives', 'Valencia', 'Spanien'],
  ["St. Mary's Secondary School", 'Dublin', 'Irland'],
  ['Riverside Secondary School', 'Port Coquitlam, British Columbia', 'Kanada'],
  ['Liceo Scientifico Galileo Galilei', 'Florenz', 'Italien'],
  ['Gymnázium Jana Keplera', 'Prag', 'Tschechien'],
  ['Ballarat High School', 'Ballarat, Victoria', 'Australien'],
  ['Heritage High School', 'Wake Forest, North Carolina', 'USA'],
  ['Colegio San Ignacio', 'Santiago', 'Chile'],
];

/**
 * P (holdout, blind 11): a grammar school's certificate for a pupil on leave for a school year or
 * half year abroad (Beurlaubung für einen Auslandsaufenthalt), for the family to hand to the
 * benefit offices: the school with a logo square of its initials, the school form and the
 * maintaining town; the title with the reason under it; the pupil only in a grid of small-label
 * boxes (surname and given name, birth date, pupil number, grade, school year, pupil since), the
 * running text speaks of „die oben genannte Schülerin“; the leave decision with its date; a tinted
 * box of the stay abroad (period of leave, host school with town and country, the exchange
 * organisation, the day and grade of re-entry); the school relationship continuing; the host
 * school's report due by a day after the leave; the validity as the end of the school year in a
 * sentence; two signatures and the stamp.
 */
function blind11AuslandsjahrBeurlaubung(ctx: Ctx): void {
  const rng = ctx.rng;
  const home = fake.address(rng);
  const city = home.city;
  const sy = schoolYear(ctx.today);
  const startYear = Number(sy.label.slice(0, 4));
  const m = Number(ctx.today.slice(5, 7));
  const autumn = m >= 8;
  const kind = rng.weighted([['jahr', 3], [autumn ? 'erstes' : 'zweites', 2]] as const);
  const grade = rng.pick([10, 10, 11]);
  const namePerson = rng.pick(['Goethe', 'Schiller', 'Humboldt', 'Lessing', 'Kepler', 'Leibniz', 'Gauß', 'Sophie-Scholl', 'Carl-Zeiss', 'Annette-von-Droste-Hülshoff', 'Theodor-Fontane', 'Ricarda-Huch']);
  const quarter = rng.pick(['Süd', 'Nord', 'Ost', 'West', 'Mitte']);
  const [schoolName, form, traeger] = rng.pick([
    [`${namePerson}-Gymnasium ${city}`, 'Gymnasium', `Stadt ${city}`],
    [`${namePerson}-Gymnasium`, 'Gymnasium', `Stadt ${city}`],
    [`Gymnasium ${city}-${quarter}`, 'Gymnasium', `Stadt ${city}`],
    [`${namePerson}-Schule ${city}`, 'Integrierte Gesamtschule mit gymnasialer Oberstufe', `Stadt ${city}`],
    [`Staatliches Gymnasium „${namePerson.replace(/-/g, ' ')}“`, 'Gymnasium', `Landkreis ${rng.pick(['Weimarer Land', 'Saale-Holzland-Kreis', 'Gotha', 'Ilm-Kreis'])}`],
  ] as const);
  const pupil = fake.person(rng, { bornFrom: startYear - grade - 6, bornTo: startYear - grade - 5, titleChance: 0 });
  const f = pupil.gender === 'f';
  const [host, hostTown, country] = rng.pick(GASTSCHULEN);
  const org = country === 'USA' && rng.chance(0.3)
    ? 'Parlamentarisches Patenschafts-Programm (PPP)'
    : rng.pick(['AFS Interkulturelle Begegnungen e.V.', 'YFU – Deutsches Youth For Understanding Komitee e.V.', 'Experiment e.V.', 'privat organisiert (Austausch mit der Partnerschule)', 'GIVE Gesellschaft für internationale Verständigung mbH']);
  // the stay: a whole school year, or its first or second half
  const leaveStart = kind === 'zweites' ? iso(startYear + 1, rng.pick([1, 2]), rng.int(1, 10)) : iso(startYear, rng.pick([8, 8, 9]), rng.int(1, 28));
  const leaveEnd = kind === 'erstes' ? iso(startYear + 1, 1, rng.int(20, 31)) : iso(startYear + 1, rng.pick([6, 7]), rng.int(1, 15));
  const decision = addDays(leaveStart, -rng.int(60, 160));
  const request = addDays(decision, -rng.int(10, 45));
  const reentry = kind === 'erstes' ? addDays(leaveEnd, rng.int(3, 12)) : iso(startYear + 1, 8, rng.int(5, 25));
  const credited = rng.chance(0.6);
  const reentryGrade = kind === 'erstes' ? grade : credited ? grade + 1 : grade;
  const reportDue = addDays(reentry, rng.int(14, 40));
  const since = iso(startYear - grade + 5 + rng.pick([0, 0, 0, 2]), 8, rng.int(1, 20));
  const pupilNo = `${rng.digits(rng.pick([5, 6, 7]))}`;
  const klasse = grade === 10 ? rng.pick([`Klasse 10${rng.pick(['a', 'b', 'c', 'd'])}`, 'Jahrgangsstufe 10']) : rng.pick(['Jahrgangsstufe 11', 'Einführungsphase (Jg. 11)', 'Klasse 11']);
  const office = fake.sameCityAddress(rng, home);
  const head = fake.person(rng, { titleChance: 0.15 });
  const coord = fake.person(rng, { titleChance: 0 });
  const accent: readonly [number, number, number] = rng.pick([[0.1, 0.3, 0.55], [0.55, 0.15, 0.15], [0.1, 0.4, 0.3], [0.3, 0.2, 0.45]] as const);
  const initials = schoolName.replace(/[„“]/g, '').split(/[\s-]+/).filter((w) => /^[A-ZÄÖÜ]/.test(w)).slice(0, 3).map((w) => w[0]).join('');
  const who = f ? 'Die oben genannte Schülerin' : 'Der oben genannte Schüler';
  const sie = f ? 'Sie' : 'Er';

  const d = ctx.start({ family: rng.pick(['helvetica', 'helvetica', 'times']), size: 10, margins: { left: 66, right: 58, top: 56, bottom: 84 } });
  // head: a square with the initials, the school's name, form and maintaining body, a rule
  d.rect(d.left, 34, 40, 40, { fill: accent });
  d.text(d.left + 20, 59, initials, { size: initials.length > 2 ? 12 : 15, bold: true, align: 'center', color: [1, 1, 1] });
  const nameSize = Math.min(15, (15 * (d.contentWidth - 150)) / d.measure(schoolName, { size: 15, bold: true }));
  d.text(d.left + 52, 50, schoolName, { size: nameSize, bold: true, color: accent, field: 'einrichtung' });
  d.text(d.left + 52, 63, form, { size: 9 });
  d.text(d.left + 52, 74, `Schulträger: ${traeger}`, { size: 8, color: GRAY });
  d.text(d.right, 50, `Schulnummer ${rng.digits(5)}`, { size: 8, align: 'right', color: GRAY });
  d.text(d.right, 61, `${office.street} ${office.no}`, { size: 8, align: 'right', color: GRAY });
  d.text(d.right, 72, `${office.plz} ${office.city}`, { size: 8, align: 'right', color: GRAY });
  d.hline(84, d.left, d.right, 0.8, accent);
  d.text(d.right, 104, `${office.city}, ${ctx.date(ctx.today)}`, { size: 9.5, align: 'right' });
  d.y = 118;
  d.write(ctx.pick(['Schulbescheinigung', 'Bescheinigung über den Schulbesuch'], ['Bestätigung der Schulzugehörigkeit']), { size: 16, bold: true, gap: 1.4 });
  d.write(`während ${f ? 'ihres' : 'seines'} Schulbesuchs im Ausland (Beurlaubung)`, { size: 11, gap: 1.6 });
  d.write(`zur Vorlage bei ${rng.pick(['der Familienkasse und der Wohngeldbehörde', 'Behörden und Leistungsträgern', 'der Wohngeldstelle', 'der Familienkasse'])}`, { size: 8.5, color: GRAY, gap: 2 });
  // the pupil in small-label boxes
  const top = d.y;
  const w = d.contentWidth;
  box(ctx, d.left, top, w * 0.5, 28, 'Name, Vorname', { text: `${pupil.last}, ${pupil.first}`, field: 'name' }, 10.5);
  box(ctx, d.left + w * 0.5, top, w * 0.25, 28, 'geboren am', ctx.ndate(pupil.birth), 10);
  box(ctx, d.left + w * 0.75, top, w * 0.25, 28, 'Schülernummer', pupilNo, 10);
  box(ctx, d.left, top + 28, w * 0.5, 28, 'Klasse / Jahrgangsstufe', klasse, 10);
  box(ctx, d.left + w * 0.5, top + 28, w * 0.25, 28, 'Schuljahr', sy.label, 10);
  box(ctx, d.left + w * 0.75, top + 28, w * 0.25, 28, 'an unserer Schule seit', ctx.ndate(since), 10);
  d.y = top + 56 + 14;
  d.para(`${who} besucht im Schuljahr ${sy.label} die ${klasse.replace(/ \(Jg\. 11\)$/, '')} unserer Schule. Auf Antrag der Erziehungsberechtigten vom ${ctx.date(request)} wurde ${f ? 'sie' : 'er'} mit Entscheidung der Schulleitung vom ${ctx.date(decision)} für ${kind === 'jahr' ? 'ein Schuljahr' : 'ein Schulhalbjahr'} zum Besuch einer Schule im Ausland vom Unterricht beurlaubt.`);
  // the stay abroad in a tinted box
  const rows: [string, string][] = [
    ['Zeitraum der Beurlaubung', `${ctx.ndate(leaveStart)} bis ${ctx.ndate(leaveEnd)}`],
    ['Gastschule', host],
    ['Ort, Land', `${hostTown}, ${country}`],
    [rng.pick(['Austauschorganisation', 'vermittelt durch']), org],
    ['Wiedereintritt', `voraussichtlich ${ctx.ndate(reentry)}, ${reentryGrade === 10 ? 'Klasse/Jahrgangsstufe 10' : `Jahrgangsstufe ${reentryGrade}`}`],
  ];
  d.move(2);
  const bTop = d.y;
  d.rect(d.left, bTop, d.contentWidth, 18 + rows.length * 15, { fill: [0.94, 0.95, 0.97] });
  d.rect(d.left, bTop, 4, 18 + rows.length * 15, { fill: accent });
  d.text(d.left + 14, bTop + 13, 'Angaben zum Auslandsaufenthalt', { size: 9.5, bold: true, color: accent });
  d.y = bTop + 18;
  for (const [l, v] of rows) d.row([{ x: d.left + 14, text: l, size: 9, color: GRAY }, { x: d.left + 170, text: v, size: 9.5, width: d.right - d.left - 180 }], { minHeight: 15 });
  d.y = bTop + 18 + rows.length * 15 + 12;
  d.para(`Das Schulverhältnis besteht während der Beurlaubung fort; die Schulpflicht wird durch den regelmäßigen Besuch der Gastschule erfüllt. Es handelt sich bei unserer Schule um eine allgemeinbildende Schule mit Unterricht in Vollzeit.${kind !== 'erstes' ? (credited ? ` Der Auslandsaufenthalt wird angerechnet; ${f ? 'die Schülerin' : 'der Schüler'} setzt die Schullaufbahn nach der Rückkehr in der Jahrgangsstufe ${reentryGrade} fort.` : ` ${sie} wiederholt nach der Rückkehr freiwillig die Jahrgangsstufe ${grade}; eine Nichtversetzung liegt nicht vor.`) : ''}`);
  const proof = rng.pick([['des Zeugnisses', 'das Zeugnis'], ['einer Bescheinigung', 'eine Bescheinigung']] as const);
  d.para(rng.chance(0.5)
    ? `Nach der Rückkehr bitten wir um Vorlage ${proof[0]} der Gastschule bis zum ${ctx.date(reportDue)} im Sekretariat.`
    : `Nach der Rückkehr ist ${proof[1]} der Gastschule bis zum ${ctx.date(reportDue)} im Sekretariat vorzulegen.`);
  d.para(`${ctx.pick(['Diese Bescheinigung gilt bis zum', 'Die Bescheinigung ist gültig bis'], ['Die Bescheinigung hat Gültigkeit bis zum'])} ${ctx.v('gueltig_bis', ctx.date(sy.end))} (Ende des Schuljahres ${sy.label}).`, { bold: true });
  // signatures and stamp
  d.ensure(100);
  d.move(26);
  const sy0 = d.y;
  const sigW = 150;
  d.hline(sy0 + 20, d.left, d.left + sigW, 0.5);
  d.hline(sy0 + 20, d.left + sigW + 30, d.left + 2 * sigW + 30, 0.5);
  d.text(d.left, sy0 + 31, `${head.title ? head.title + ' ' : ''}${head.first} ${head.last}`, { size: 8.5 });
  d.text(d.left, sy0 + 41, rng.pick(['Schulleiter/in', head.gender === 'f' ? 'Schulleiterin' : 'Schulleiter', head.gender === 'f' ? 'Oberstudiendirektorin' : 'Oberstudiendirektor']), { size: 8, color: GRAY });
  d.text(d.left + sigW + 30, sy0 + 31, `${coord.first} ${coord.last}`, { size: 8.5 });
  d.text(d.left + sigW + 30, sy0 + 41, rng.pick(['Oberstufenkoordination', 'Klassenleitung', 'Beauftragte/r für Schüleraustausch']), { size: 8, color: GRAY });
  const sx = d.right - 96;
  d.rect(sx, sy0 - 14, 92, 60, { stroke: [0.35, 0.35, 0.7], lineWidth: 1 });
  d.text(sx + 46, sy0 + 6, form === 'Gymnasium' ? 'Gymnasium' : 'Gesamtschule', { size: 7, align: 'center', color: [0.35, 0.35, 0.7] });
  d.text(sx + 46, sy0 + 17, initials, { size: 11, bold: true, align: 'center', color: [0.35, 0.35, 0.7] });
  d.text(sx + 46, sy0 + 30, office.city, { size: 7, align: 'center', color: [0.35, 0.35, 0.7] });
  d.y = sy0 + 56;
  const mail = `sekretariat@${schoolName.toLowerCase().replace(/[„“]/g, '').replace(/ä/g, 'ae').replace(/ö/g, 'oe').replace(/ü/g, 'ue').replace(/ß/g, 'ss').replace(/[^a-z]+/g, '-').replace(/^-|-$/g, '').split('-').slice(0, 2).join('-')}.de`;
  footer(d, [[schoolName, `${office.street} ${office.no}, ${office.plz} ${office.city}`], [`Sekretariat: ${fake.phone(rng)}`, mail], [`Schulträger: ${traeger}`, rng.pick(['Sprechzeiten Mo–Fr 7.30–14.00 Uhr', 'Sekretariat in den Ferien geschlossen'])]], 'none');
  setTruth(ctx, pupil, schoolName, sy.end);
}

const PROMOTIONSFAECHER: readonly { fakultaet: string; gen: string; fach: string; grad: string; institut: string; themen: readonly string[] }[] = [
  { fakultaet: 'Fakultät für Chemie und Mineralogie', gen: 'Fakultät für Chemie und Mineralogie', fach: 'Chemie', grad: 'Doktor/in der Naturwissenschaften (Dr. rer. nat.)', institut: 'Institut für Anorganische Chemie', themen: ['Synthese und Charakterisierung poröser Koordinationspolymere', 'Photokatalytische Reduktion von CO2 an Kupferoxid-Grenzflächen', 'Selbstheilende Polymernetzwerke auf Basis dynamischer Bindungen'] },
  { fakultaet: 'Philosophische Fakultät', gen: 'Philosophischen Fakultät', fach: 'Geschichte', grad: 'Doktor/in der Philosophie (Dr. phil.)', institut: 'Historisches Seminar', themen: ['Stadtverwaltung und Armenfürsorge in Sachsen 1830–1870', 'Wohnungsbaugenossenschaften in der Weimarer Republik', 'Grenzräume im Spätmittelalter: Zoll und Geleit an der Elbe'] },
  { fakultaet: 'Fakultät für Informatik', gen: 'Fakultät für Informatik', fach: 'Informatik', grad: 'Doktor/in der Ingenieurwissenschaften (Dr.-Ing.)', institut: 'Institut für Software- und Multimediatechnik', themen: ['Verifikation nebenläufiger Programme mit Separationslogik', 'Energieeffiziente Inferenz neuronaler Netze auf Mikrocontrollern', 'Datenschutzfreundliche Auswertung verteilter Gesundheitsdaten'] },
  { fakultaet: 'Medizinische Fakultät', gen: 'Medizinischen Fakultät', fach: 'Humanbiologie', grad: 'Doktor/in der Naturwissenschaften (Dr. rer. medic.)', institut: 'Institut für Klinische Immunologie', themen: ['Regulatorische T-Zellen bei chronisch-entzündlichen Darmerkrankungen', 'Biomarker der frühen Sepsis im Kindesalter'] },
  { fakultaet: 'Wirtschaftswissenschaftliche Fakultät', gen: 'Wirtschaftswissenschaftlichen Fakultät', fach: 'Volkswirtschaftslehre', grad: 'Doktor/in der Wirtschaftswissenschaften (Dr. rer. pol.)', institut: 'Institut für Empirische Wirtschaftsforschung', themen: ['Mietpreisbremse und Umzugsverhalten in deutschen Großstädten', 'Regionale Arbeitsmärkte nach der Einführung des Mindestlohns'] },
  { fakultaet: 'Fakultät für Maschinenwesen', gen: 'Fakultät für Maschinenwesen', fach: 'Maschinenbau', grad: 'Doktor/in der Ingenieurwissenschaften (Dr.-Ing.)', institut: 'Institut für Werkstoffwissenschaft', themen: ['Ermüdungsverhalten additiv gefertigter Titanlegierungen', 'Wärmeübertragung in mikrostrukturierten Kanälen'] },
  { fakultaet: 'Erziehungswissenschaftliche Fakultät', gen: 'Erziehungswissenschaftlichen Fakultät', fach: 'Erziehungswissenschaft', grad: 'Doktor/in der Philosophie (Dr. phil.)', institut: 'Institut für Schulpädagogik', themen: ['Ganztagsschule und soziale Ungleichheit im Grundschulalter', 'Digitale Medien im inklusiven Unterricht der Sekundarstufe I'] },
];

const AUSSERUNIVERSITAER = ['Max-Planck-Institut für Kognitions- und Neurowissenschaften', 'Helmholtz-Zentrum für Umweltforschung GmbH – UFZ', 'Fraunhofer-Institut für Werkzeugmaschinen und Umformtechnik', 'Leibniz-Institut für Länderkunde', 'Leibniz-Institut für Polymerforschung e. V.', 'Deutsches Zentrum für Luft- und Raumfahrt e. V.'];
const STIFTUNGEN = ['Studienstiftung des deutschen Volkes', 'Friedrich-Ebert-Stiftung', 'Konrad-Adenauer-Stiftung', 'Hans-Böckler-Stiftung', 'Rosa-Luxemburg-Stiftung', 'Cusanuswerk', 'Evangelisches Studienwerk Villigst', 'Stiftung der Deutschen Wirtschaft'];

/**
 * P (holdout, blind 12): a university's doctoral-candidates office (Graduiertenakademie or the
 * faculty's Promotionsbüro) certifies, as a two-column letter, that the person has been accepted
 * as a doctoral candidate and is enrolled for the current semester: university and office in a
 * serif head, the office's contact particulars in a narrow right-hand column beside the letter;
 * the candidate in the opening sentence with birth date and the day the faculty accepted them;
 * a ruled list of the doctorate (faculty, subject, degree aimed at, working title, supervisors,
 * sometimes a research institute outside the university where the work is done, first enrolment
 * as doctoral student, matriculation number, the expected submission); a paragraph on funding (a
 * fixed-term post at an institute with its contract end, a foundation's grant with its period and
 * monthly amount, or none); the enrolment's end for this semester and the deadline to re-register
 * for the next one in a sentence; signature of the office's head and a round seal.
 */
function blind12PromotionGraduiertenakademie(ctx: Ctx): void {
  const rng = ctx.rng;
  const [uni, uniCity] = rng.pick([...fake.UNIVERSITIES.filter(([u]) => /Universität/.test(u)), ...HOCHSCHULEN.filter(([u]) => /Universität/.test(u)).map(([u, , c]) => [u, c] as const)]);
  const office = fake.address(rng, { city: uniCity });
  const home = fake.address(rng);
  const cand = fake.person(rng, { bornFrom: 1986, bornTo: 1999, titleChance: 0 });
  const f = cand.gender === 'f';
  const pf = rng.pick(PROMOTIONSFAECHER);
  const thema = rng.pick(pf.themen);
  const sem = semester(addDays(ctx.today, rng.pick([0, 0, 30])));
  const summer = sem.label.startsWith('Sommer');
  const y0 = Number(sem.start.slice(0, 4));
  const annahme = addDays(sem.start, -rng.int(120, 1300));
  const einschreibung = semester(addDays(annahme, rng.int(20, 120)));
  const hochsem = Math.max(1, Math.round((Number(sem.start.slice(0, 4)) * 12 + Number(sem.start.slice(5, 7)) - Number(einschreibung.start.slice(0, 4)) * 12 - Number(einschreibung.start.slice(5, 7))) / 6) + 1);
  const einreichung = addMonths(sem.end, rng.int(4, 26));
  const rueckmeldung = summer ? iso(y0, rng.pick([7, 8]), rng.pick([15, 31])) : iso(y0 + 1, rng.pick([1, 2]), rng.pick([15, 28]));
  const naechstes = summer ? `Wintersemester ${y0}/${String(y0 + 1).slice(2)}` : `Sommersemester ${y0 + 1}`;
  const matr = rng.digits(rng.pick([7, 8]));
  const akte = `${rng.pick(['PA', 'Prom', 'GA'])} ${rng.digits(4)}/${String(annahme.slice(2, 4))}`;
  const betreuer = fake.person(rng, { bornFrom: 1955, bornTo: 1982, titleChance: 0 });
  const zweit = fake.person(rng, { bornFrom: 1955, bornTo: 1985, titleChance: 0 });
  const extern = rng.chance(0.35) ? rng.pick(AUSSERUNIVERSITAER) : undefined;
  const funding = rng.weighted([['stelle', 4], ['stipendium', 3], ['none', 2]] as const);
  const contractEnd = lastOfMonth(addMonths(ctx.today, rng.int(3, 30)));
  const stipFrom = firstOfMonth(addMonths(annahme, rng.int(1, 8)));
  const stipTo = lastOfMonth(addMonths(stipFrom, rng.pick([24, 30, 36]) - 1));
  const head = fake.person(rng, { bornFrom: 1960, bornTo: 1985, titleChance: 0 });
  const clerk = fake.person(rng, { bornFrom: 1965, bornTo: 1998, titleChance: 0 });
  const unitName = rng.pick([`Graduiertenakademie der ${uni}`, `Promotionsbüro der ${pf.gen}`, 'Graduate Academy / Graduiertenakademie', `Referat Promotionsangelegenheiten`]);
  const ink: readonly [number, number, number] = rng.pick([[0.1, 0.2, 0.45], [0.45, 0.1, 0.15], [0.15, 0.3, 0.25], [0.2, 0.2, 0.2]] as const);
  const family = rng.pick(['times', 'times', 'helvetica'] as const);
  const ustId = `DE${rng.digits(9)}`;
  const domain = uni.toLowerCase().replace(/ä/g, 'ae').replace(/ö/g, 'oe').replace(/ü/g, 'ue').replace(/ß/g, 'ss').replace(/[^a-z]+/g, '-').replace(/^-|-$/g, '').split('-').filter((w) => !['universitaet', 'zu', 'der'].includes(w)).slice(0, 2).join('-');

  // the letter runs in the left column; the office's particulars stand in a narrow right column
  const d = ctx.start({ family, size: 10, margins: { left: 64, right: 158, top: 60, bottom: 78 } });
  const colX = d.right + 22;
  d.text(d.left, 52, uni, { font: `${family === 'times' ? 'times' : 'helvetica'}-bold`, size: 15, color: ink, field: 'einrichtung' });
  d.text(d.left, 67, unitName, { size: 10, italic: true });
  d.hline(76, d.left, d.width - 40, 0.6, ink);
  returnLine(d, `${uni} · ${unitName.startsWith('Graduate') ? 'Graduiertenakademie' : unitName.split(' der ')[0]} · ${office.plz} ${office.city}`);
  addressWindow(d, recipientLines(ctx, cand, home));
  d.line(colX - 11, 118, colX - 11, 470, 0.4, GRAY);
  const side: [string, string[]][] = [
    ['Ihre Ansprechpartnerin', [`${clerk.gender === 'f' ? 'Frau' : 'Herr'} ${clerk.first} ${clerk.last}`]],
    ['Besucheranschrift', [`${office.street} ${office.no}`, `${office.plz} ${office.city}`]],
    ['Telefon', [fake.phone(rng)]],
    ['E-Mail', [`promotion@${domain}.de`]],
    ['Sprechzeiten', ['Di und Do', '9.30–12.00 Uhr']],
    ['Aktenzeichen', [akte]],
    ['Datum', [ctx.date(ctx.today)]],
  ];
  if (clerk.gender === 'm') side[0][0] = 'Ihr Ansprechpartner';
  let sy = 126;
  for (const [label, lines] of side) {
    d.text(colX, sy, label, { size: 7, bold: true, color: GRAY });
    sy += 9.5;
    for (const l of lines) {
      d.text(colX, sy, l, { size: 7.8, font: 'helvetica' });
      sy += 9.5;
    }
    sy += 5;
  }

  d.y = 262;
  d.write(ctx.pick(['Promotionsbescheinigung', 'Bescheinigung über die Annahme als Doktorand/in'], ['Bescheinigung für Promovierende', 'Nachweis über die Promotion und die Einschreibung']), { size: 13, bold: true, gap: 1.3 });
  d.write('zur Vorlage bei Behörden', { size: 9, italic: true, gap: 2 });
  const wer = f ? 'Frau' : 'Herr';
  const angenommen = f ? 'Doktorandin' : 'Doktorand';
  d.para(`${wer} ${ctx.v('name', ctx.name(cand, 'first-last'))}, geboren am ${ctx.date(cand.birth)} in ${cand.birthPlace}, ist mit Beschluss des Promotionsausschusses der ${pf.gen} vom ${ctx.date(annahme)} als ${angenommen} angenommen worden und ${rng.pick(['an unserer Universität', `an der ${uni}`])} als ${f ? 'Promotionsstudentin' : 'Promotionsstudent'} eingeschrieben.`, { leading: 1.4 });
  d.move(2);
  const rows: [string, string][] = [
    ['Fakultät', pf.fakultaet],
    ['Promotionsfach', pf.fach],
    ['angestrebter Grad', pf.grad],
    ['Arbeitstitel', `„${thema}“`],
    ['Betreuung', `Prof. Dr. ${betreuer.first} ${betreuer.last} (${pf.institut})`],
    ['Zweitbetreuung', extern ? `Dr. ${zweit.first} ${zweit.last}, ${extern}` : `Prof. Dr. ${zweit.first} ${zweit.last}`],
    ['Matrikelnummer', matr],
    ['eingeschrieben seit', `${einschreibung.label} (${hochsem}. Semester der Promotion)`],
    ['Einreichung der Dissertation', `voraussichtlich ${fake.MONTHS_DE[Number(einreichung.slice(5, 7)) - 1]} ${einreichung.slice(0, 4)}`],
  ];
  if (extern && rng.chance(0.6)) rows.splice(6, 0, ['Arbeitsort', `${extern} (kooperative Promotion)`]);
  d.hline(d.y, d.left, d.right, 0.5);
  for (const [label, value] of rows) {
    d.move(3);
    d.row([{ x: d.left, text: label, size: 8.5, color: GRAY, width: 118 }, { x: d.left + 124, text: value, size: 9, width: d.right - d.left - 124 }], { minHeight: 12, leading: 1.25 });
    d.move(1);
    d.hline(d.y, d.left, d.right, 0.25, GRAY);
  }
  d.move(10);
  if (funding === 'stelle') {
    d.para(`${wer} ${cand.last} ist neben der Promotion als ${f ? 'wissenschaftliche Mitarbeiterin' : 'wissenschaftlicher Mitarbeiter'} (${rng.pick(['50 %', '65 %', '75 %'])} der regelmäßigen Arbeitszeit) am ${extern && rng.chance(0.5) ? extern : pf.institut} beschäftigt. Das Arbeitsverhältnis ist nach dem Wissenschaftszeitvertragsgesetz bis zum ${ctx.date(contractEnd)} befristet; Auskünfte zum Einkommen erteilt die Personalabteilung.`, { leading: 1.4 });
  } else if (funding === 'stipendium') {
    d.para(`Die Promotion wird durch ein Promotionsstipendium gefördert (${rng.pick(['Stipendiengeber', 'Förderwerk'])}: ${rng.pick(STIFTUNGEN)}; Förderzeitraum ${ctx.ndate(stipFrom)} bis ${ctx.ndate(stipTo)}, Grundbetrag ${ctx.money(rng.pick([1450, 1450, 1350, 1200]))} monatlich). Ein Beschäftigungsverhältnis mit der Universität besteht nicht.`, { leading: 1.4 });
  }
  const bis = ctx.v('gueltig_bis', ctx.date(sem.end));
  d.para(rng.pick([
    `Die Einschreibung gilt für das ${sem.label} und endet mit dessen Ablauf am ${bis}. Für das ${naechstes} ist eine Rückmeldung bis zum ${ctx.date(rueckmeldung)} erforderlich; danach stellen wir auf Wunsch eine neue Bescheinigung aus.`,
    `Diese Bescheinigung ${ctx.pick(['ist gültig bis zum', 'gilt bis'], ['behält ihre Gültigkeit bis einschließlich'])} ${bis} (Ende des ${sem.label.replace('semester', 'semesters')}). Die Rückmeldung zum ${naechstes} ist bis ${ctx.date(rueckmeldung)} möglich.`,
  ]), { leading: 1.4 });
  d.para(rng.pick(['Die Annahme als Doktorand/in begründet kein Beschäftigungsverhältnis mit der Universität.', 'Promotionsstudierende sind ordentliche Mitglieder der Universität; der Semesterbeitrag wurde entrichtet.', 'Eine Beurlaubung für das laufende Semester liegt nicht vor.']), { size: 9, leading: 1.35 });
  // signature and the round seal
  d.ensure(96);
  d.move(8);
  d.write('Im Auftrag', { size: 9.5 });
  const sealX = d.left + 250;
  const sealY = d.y + 12;
  for (let a = 0; a < 64; a++) {
    const t1 = (a / 64) * 2 * Math.PI;
    const t2 = ((a + 1) / 64) * 2 * Math.PI;
    d.line(sealX + 30 * Math.cos(t1), sealY + 30 * Math.sin(t1), sealX + 30 * Math.cos(t2), sealY + 30 * Math.sin(t2), 0.8, [0.35, 0.35, 0.65]);
  }
  d.text(sealX, sealY + 3, 'Siegel', { size: 6.5, align: 'center', color: [0.35, 0.35, 0.65] });
  d.move(24);
  d.write(`${head.title ? head.title + ' ' : ''}Dr. ${head.first} ${head.last}`, { size: 9.5 });
  d.write(rng.pick([`${head.gender === 'f' ? 'Geschäftsführerin' : 'Geschäftsführer'} der Graduiertenakademie`, `${head.gender === 'f' ? 'Leiterin' : 'Leiter'} des Promotionsbüros`, 'Referat Promotionsangelegenheiten']), { size: 8.5, color: GRAY });
  d.onEveryPage((doc, page, pages) => {
    const top = doc.height - 50;
    doc.hline(top - 8, doc.left, doc.width - 40, 0.3, GRAY);
    doc.text(doc.left, top, `${uni} · ${office.street} ${office.no} · ${office.plz} ${office.city}`, { size: 6.5, color: GRAY, font: 'helvetica' });
    doc.text(doc.left, top + 8.5, `www.${domain}.de/promotion · USt-IdNr. ${ustId}`, { size: 6.5, color: GRAY, font: 'helvetica' });
    if (pages > 1) doc.text(doc.width - 40, top, `Seite ${page}/${pages}`, { size: 6.5, color: GRAY, align: 'right', font: 'helvetica' });
  });
  setTruth(ctx, cand, uni, sem.end);
}

/** dual-study institutions: badge, head lines, the name in full, the partner's caption, the town, whether the certificate covers a study year */
const DUALE_HOCHSCHULEN: readonly { abbr: string; head: string; sub: string; full: string; partner: string; plz: string; city: string; year: boolean; web: string }[] = [
  { abbr: 'DHBW', head: 'Duale Hochschule Baden-Württemberg', sub: 'Mannheim', full: 'Duale Hochschule Baden-Württemberg Mannheim', partner: 'Dualer Partner', plz: '68163', city: 'Mannheim', year: false, web: 'mannheim.dhbw.de' },
  { abbr: 'DHBW', head: 'Duale Hochschule Baden-Württemberg', sub: 'Stuttgart', full: 'Duale Hochschule Baden-Württemberg Stuttgart', partner: 'Dualer Partner', plz: '70178', city: 'Stuttgart', year: false, web: 'dhbw-stuttgart.de' },
  { abbr: 'DHBW', head: 'Duale Hochschule Baden-Württemberg', sub: 'Karlsruhe', full: 'Duale Hochschule Baden-Württemberg Karlsruhe', partner: 'Dualer Partner', plz: '76133', city: 'Karlsruhe', year: false, web: 'karlsruhe.dhbw.de' },
  { abbr: 'BA', head: 'Berufsakademie Sachsen', sub: 'Staatliche Studienakademie Leipzig', full: 'Berufsakademie Sachsen, Staatliche Studienakademie Leipzig', partner: 'Praxispartner', plz: '04277', city: 'Leipzig', year: true, web: 'ba-leipzig.de' },
  { abbr: 'BA', head: 'Berufsakademie Sachsen', sub: 'Staatliche Studienakademie Dresden', full: 'Berufsakademie Sachsen, Staatliche Studienakademie Dresden', partner: 'Praxispartner', plz: '01069', city: 'Dresden', year: true, web: 'ba-dresden.de' },
  { abbr: 'DHGE', head: 'Duale Hochschule Gera-Eisenach', sub: 'Campus Gera', full: 'Duale Hochschule Gera-Eisenach', partner: 'Praxispartner', plz: '07546', city: 'Gera', year: true, web: 'dhge.de' },
  { abbr: 'DHSH', head: 'Duale Hochschule Schleswig-Holstein', sub: 'Studienort Kiel', full: 'Duale Hochschule Schleswig-Holstein', partner: 'Kooperationsunternehmen', plz: '24118', city: 'Kiel', year: false, web: 'dhsh.de' },
];

const DUALE_STUDIENGAENGE: readonly { name: string; code: string; degree: string; richtungen: readonly string[] }[] = [
  { name: 'Betriebswirtschaftslehre', code: 'BW', degree: 'Bachelor of Arts', richtungen: ['Industrie', 'Handel', 'Bank', 'Dienstleistungsmanagement', 'Spedition, Transport und Logistik'] },
  { name: 'Wirtschaftsinformatik', code: 'WI', degree: 'Bachelor of Science', richtungen: ['Software Engineering', 'Sales & Consulting', 'Application Management'] },
  { name: 'Informatik', code: 'INF', degree: 'Bachelor of Science', richtungen: ['Angewandte Informatik', 'Informationstechnik'] },
  { name: 'Maschinenbau', code: 'MB', degree: 'Bachelor of Engineering', richtungen: ['Konstruktion und Entwicklung', 'Produktionstechnik'] },
  { name: 'Elektrotechnik', code: 'ET', degree: 'Bachelor of Engineering', richtungen: ['Automation', 'Elektrische Energietechnik'] },
  { name: 'Soziale Arbeit', code: 'SA', degree: 'Bachelor of Arts', richtungen: ['Kinder- und Jugendhilfe', 'Soziale Dienste', 'Erziehungshilfen'] },
];

/**
 * R (holdout, blind 13): a dual university's or Berufsakademie's study certificate printed by the
 * student from the self-service of the student administration: a coloured badge with the short
 * name beside the institution's head lines, the office's contacts at the right, no address
 * window; the student with birth date and birthplace in the opening sentence; the particulars as
 * rows of dark header cells over framed value cells (matriculation number, course group, start of
 * studies, semester; programme with degree, field of specialisation; the institution in full, the
 * practice partner company with its town); the validity as the current semester's span, or the
 * study year's at the Saxon and Thuringian academies, in a sentence; the expected end of studies
 * and the partner contract's end below it; the current semester's theory and practice phases as
 * a table with the place of learning; the next re-registration deadline and the semester fee in
 * the notes; a verification code in the footer.
 */
function blind13DualeHochschulePraxispartner(ctx: Ctx): void {
  const rng = ctx.rng;
  const inst = rng.pick(DUALE_HOCHSCHULEN);
  const prog = rng.pick(DUALE_STUDIENGAENGE);
  const richtung = rng.pick(prog.richtungen);
  const student = fake.person(rng, { bornFrom: 1998, bornTo: 2006, titleChance: 0 });
  const f = student.gender === 'f';
  const sem = semester(addDays(ctx.today, rng.pick([0, 0, 20])));
  const winter = sem.label.startsWith('Winter');
  // studies start on 1 October: odd semesters are winter ones
  const semNo = winter ? rng.pick([1, 3, 5]) : rng.pick([2, 4, 6]);
  const semYear = Number(sem.start.slice(0, 4));
  const start = iso(semYear - (winter ? (semNo - 1) / 2 : semNo / 2), 10, 1);
  const semShort = winter ? `WiSe ${sem.label.slice(-7)}` : `SoSe ${semYear}`;
  const ende = iso(Number(start.slice(0, 4)) + 3, 9, 30);
  const yr = Number(sem.start.slice(0, 4)) - (winter ? 0 : 1);
  const studienjahr = { label: `${yr}/${String(yr + 1).slice(2)}`, start: iso(yr, 10, 1), end: iso(yr + 1, 9, 30) };
  const covers = inst.year ? studienjahr : sem;
  const kurs = `${prog.code}${start.slice(2, 4)}${rng.pick(['A', 'B', 'C', '-1', '-2'])}`;
  const matr = rng.digits(7);
  // the partner company near the place of study, of a kind that fits the programme
  const partnerCity = inst.city;
  let partner = fake.employerName(rng, partnerCity);
  for (let i = 0; i < 12 && /Kita|Pflege|Klinikum|Hotel/.test(partner) !== (prog.code === 'SA'); i++) partner = fake.employerName(rng, partnerCity);
  if (prog.code === 'SA' && !/Kita|Pflege|Klinikum/.test(partner)) partner = `${rng.pick(['Diakonisches Werk', 'Caritasverband', 'AWO Kreisverband'])} ${partnerCity} e.V.`;
  const partnerAddress = fake.address(rng, { city: partnerCity });
  const office = { ...fake.address(rng), plz: inst.plz, city: inst.city };
  // the current semester's theory and practice phases
  const theoryFirst = rng.chance(0.5);
  const mid = addDays(sem.start, rng.int(80, 95));
  const phases: [string, IsoDate, IsoDate, string][] = theoryFirst
    ? [['Theoriephase', sem.start, addDays(mid, -1), inst.abbr === 'BA' ? 'Studienakademie' : 'Hochschule'], ['Praxisphase', mid, sem.end, partner]]
    : [['Praxisphase', sem.start, addDays(mid, -1), partner], ['Theoriephase', mid, sem.end, inst.abbr === 'BA' ? 'Studienakademie' : 'Hochschule']];
  const rueckmeldung = addDays(sem.end, -rng.int(30, 50));
  const fee = rng.pick([55, 60, 70, 84.5, 95]);
  const accent: readonly [number, number, number] = rng.pick([[0.85, 0.0, 0.15], [0.0, 0.35, 0.55], [0.1, 0.45, 0.35], [0.3, 0.3, 0.35]] as const);
  const code = `${rng.digits(4)}-${rng.pick(['K', 'M', 'R', 'T'])}${rng.digits(3)}-${rng.digits(4)}`;
  const datum = (v: IsoDate) => ctx.ndate(v);

  const d = ctx.start({ family: 'helvetica', size: 9.5, margins: { left: 60, right: 50, top: 56, bottom: 80 } });
  // head: badge, name, contacts at the right
  d.rect(d.left, 34, 60, 32, { fill: accent });
  d.text(d.left + 30, 55, inst.abbr, { size: 14, bold: true, align: 'center', color: [1, 1, 1] });
  d.text(d.left + 72, 47, inst.head, { size: 13, bold: true });
  d.text(d.left + 72, 61, inst.sub, { size: 10, color: GRAY });
  const contact = [ctx.pick(['Studierendensekretariat', 'Studierendenservice'], ['Studienservice / Immatrikulation']), `${office.street} ${office.no}`, `${office.plz} ${office.city}`, fake.phone(rng), `studium@${inst.web}`];
  contact.forEach((l, i) => d.text(d.right, 40 + i * 9, l, { size: 7.5, align: 'right', color: GRAY }));
  d.hline(88, d.left, d.right, 1.2, accent);
  d.y = 110;
  d.write(ctx.pick(['Studienbescheinigung', 'Immatrikulationsbescheinigung'], ['Bescheinigung über das duale Studium']), { size: 18, bold: true, gap: 1.3 });
  d.write(`${sem.label} · erstellt am ${datum(ctx.today)} über das Selbstbedienungsportal`, { size: 8.5, color: GRAY });
  d.move(12);
  d.para(`Hiermit wird bescheinigt, dass ${f ? 'Frau' : 'Herr'} ${ctx.v('name', `${student.first} ${student.last}`)}, geboren am ${ctx.date(student.birth)} in ${student.birthPlace}, als ordentliche${f ? '' : 'r'} Studierende${f ? '' : 'r'} im dualen Bachelorstudiengang ${prog.name} eingeschrieben ist. Das Studium verbindet Theoriephasen an der ${inst.abbr === 'BA' ? 'Studienakademie' : 'Hochschule'} mit Praxisphasen beim ${inst.partner === 'Kooperationsunternehmen' ? 'Kooperationsunternehmen' : inst.partner}.`, { leading: 1.4 });
  d.move(4);
  // rows of dark header cells over framed value cells
  const band = (cells: { w: number; head: string; value: Cell }[]) => {
    d.ensure(44);
    const top = d.y;
    let x = d.left;
    const wrapped = cells.map((c) => d.wrap(typeof c.value === 'string' ? c.value : c.value.text, c.w - 10, { size: 9.5 }));
    const lines = Math.max(...wrapped.map((w) => w.length));
    const vh = 8 + lines * 12;
    for (const [i, c] of cells.entries()) {
      d.rect(x, top, c.w, 15, { fill: [0.25, 0.27, 0.3] });
      d.text(x + 5, top + 10.5, c.head, { size: 7.5, bold: true, color: [1, 1, 1] });
      d.rect(x, top + 15, c.w, vh, { stroke: [0.25, 0.27, 0.3], lineWidth: 0.6 });
      const field = typeof c.value === 'string' ? undefined : c.value.field;
      wrapped[i].forEach((l, j) => d.text(x + 5, top + 27 + j * 12, l, { size: 9.5, field }));
      x += c.w;
    }
    d.y = top + 15 + vh + 6;
  };
  const W = d.contentWidth;
  band([
    { w: W * 0.22, head: 'Matrikelnummer', value: matr },
    { w: W * 0.2, head: ctx.pick(['Kurs', 'Studiengruppe'], ['Seminargruppe']), value: kurs },
    { w: W * 0.28, head: 'Studienbeginn', value: datum(start) },
    { w: W * 0.3, head: 'Semester', value: `${semNo}. Semester (${semShort})` },
  ]);
  band([
    { w: W * 0.55, head: 'Studiengang / Abschluss', value: `${prog.name} (${prog.degree})` },
    { w: W * 0.45, head: 'Studienrichtung', value: richtung },
  ]);
  band([{ w: W, head: ctx.pick(['Hochschule', 'Studieneinrichtung'], ['Bildungseinrichtung']), value: { text: inst.full, field: 'einrichtung' } }]);
  band([
    { w: W * 0.55, head: inst.partner, value: partner },
    { w: W * 0.45, head: 'Anschrift', value: `${partnerAddress.street} ${partnerAddress.no}, ${partnerAddress.plz} ${partnerAddress.city}` },
  ]);
  d.move(4);
  const endText = ctx.v('gueltig_bis', ctx.date(covers.end));
  if (inst.year) d.para(`Die Bescheinigung gilt für das Studienjahr ${studienjahr.label} vom ${ctx.date(covers.start)} bis ${endText}.`, { bold: true });
  else
    d.para(
      rng.pick([
        `Die Immatrikulation gilt für das ${sem.label} vom ${ctx.date(sem.start)} bis ${endText}.`,
        `Diese Bescheinigung ist ${ctx.pick(['gültig bis', 'gültig bis zum'], ['gilt bis zum'])} ${endText} (Ende des ${sem.label.replace('semester', 'semesters')}).`,
      ]),
      { bold: true },
    );
  d.para(`Voraussichtliches Studienende: ${datum(ende)} (Regelstudienzeit sechs Semester). Der Studienvertrag mit dem ${inst.partner === 'Kooperationsunternehmen' ? 'Kooperationsunternehmen' : inst.partner} ist bis zum ${datum(ende)} geschlossen.`, { size: 9 });
  d.move(4);
  d.write(`Studienablauf im ${sem.label}`, { bold: true, size: 10 });
  table(ctx, [
    { header: 'Phase', x: d.left },
    { header: 'von', x: d.left + 110 },
    { header: 'bis', x: d.left + 185 },
    { header: 'Lernort', x: d.left + 260, width: d.right - d.left - 260 },
  ], phases.map(([ph, a, b, ort]) => [ph, datum(a), datum(b), ort]), { size: 9, grid: true });
  d.move(2);
  d.write('Hinweise', { bold: true, size: 10 });
  const notes = [
    `Der Semesterbeitrag von ${ctx.money(fee)} für das ${sem.label} ist eingegangen. Die Rückmeldung für das folgende Semester ist bis zum ${datum(rueckmeldung)} vorzunehmen.`,
    `Während der Praxisphasen sind die Studierenden beim ${inst.partner === 'Kooperationsunternehmen' ? 'Kooperationsunternehmen' : inst.partner} tätig und erhalten von diesem eine monatliche Vergütung; Auskünfte dazu erteilt ausschließlich der Vertragspartner.`,
    'Die Bescheinigung verliert ihre Gültigkeit mit der Exmatrikulation. Sie ist maschinell erstellt und ohne Unterschrift gültig.',
  ];
  for (const n of notes) d.para(`– ${n}`, { size: 8.5, x: d.left + 4 });
  footer(d, [[inst.full.length > 45 ? inst.head : inst.full, inst.sub], [`Echtheit prüfen: ${inst.web}/verify`, `Prüfcode ${code}`], [`Matrikelnummer ${matr}`, `Ausdruck vom ${datum(ctx.today)}`]], 'Seite x von y');
  setTruth(ctx, student, inst.full, covers.end);
}

/** special schools with a boarding house: name (with the town), kind of support, who maintains it, what the boarding part is called, the towns of its Land */
const FOERDERZENTREN: readonly { name: (city: string) => string; schwerpunkt: string; traeger: string; wohnen: string; leitung: string; towns: readonly string[] }[] = [
  { name: (city) => `Landesförderzentrum Hören und Kommunikation ${city}`, schwerpunkt: 'Hören und Kommunikation', traeger: 'Land Schleswig-Holstein', wohnen: 'Internat', leitung: 'Internatsleitung', towns: ['Kiel', 'Flensburg', 'Lübeck'] },
  { name: (city) => `Staatliches Förderzentrum Sehen ${city}`, schwerpunkt: 'Sehen', traeger: 'Freistaat Sachsen', wohnen: 'Internat', leitung: 'Internatsleitung', towns: ['Chemnitz', 'Leipzig', 'Dresden'] },
  { name: (city) => `Staatliches Förderzentrum Hören ${city}`, schwerpunkt: 'Hören', traeger: 'Freistaat Bayern', wohnen: 'Internat', leitung: 'Internatsleitung', towns: ['München', 'Nürnberg', 'Würzburg', 'Regensburg', 'Augsburg'] },
  { name: (city) => `SBBZ Hören ${city} mit Internat`, schwerpunkt: 'Hören', traeger: 'Land Baden-Württemberg', wohnen: 'Internat', leitung: 'Leitung Internat', towns: ['Stuttgart', 'Karlsruhe', 'Heidelberg', 'Freiburg im Breisgau', 'Ulm', 'Ravensburg'] },
  { name: (city) => `Landesbildungszentrum für Blinde ${city}`, schwerpunkt: 'Sehen (blind und sehbehindert)', traeger: 'Land Niedersachsen', wohnen: 'Wohnbereich', leitung: 'Leitung Wohnbereich', towns: ['Hannover', 'Osnabrück', 'Oldenburg', 'Braunschweig', 'Göttingen'] },
  { name: (city) => `Sprachheilschule ${city}`, schwerpunkt: 'Sprache', traeger: 'Landeswohlfahrtsverband Hessen, Schule mit Heim', wohnen: 'Schülerwohnheim', leitung: 'Heimleitung', towns: ['Kassel', 'Frankfurt am Main', 'Darmstadt', 'Wiesbaden', 'Fulda'] },
  { name: (city) => `Förderzentrum körperliche und motorische Entwicklung ${city}`, schwerpunkt: 'körperliche und motorische Entwicklung', traeger: 'Diakoniewerk gGmbH, staatlich anerkannte Ersatzschule', wohnen: 'Internat', leitung: 'Internatsleitung', towns: ['Halle (Saale)', 'Magdeburg', 'Erfurt', 'Bielefeld', 'Potsdam'] },
];

const BILDUNGSGAENGE: readonly (readonly [string, number, number])[] = [
  ['Grundschule', 1, 4],
  ['Hauptschule / Mittelschule', 5, 9],
  ['Realschule', 5, 10],
  ['Gymnasium', 5, 12],
  ['Berufsvorbereitungsjahr', 11, 11],
];

/**
 * blind14: a state special school with a boarding house (Förderzentrum Hören, Sehen, Sprache or
 * körperliche Entwicklung; an SBBZ in Baden-Württemberg) certifies both the school attendance and
 * the accommodation in its boarding house, handed to the parents for the authorities: the school
 * and its maintaining body as a head block with the school number; the purpose typed on one
 * line; three numbered parts as grey-label grids: 1 the pupil („Name, Vorname“, birth date, the
 * parents with their home address), 2 school (kind of support, course of education, class,
 * pupil since, school year, full-time, expected end of school years ahead), 3 boarding (since
 * when, group, weekdays only with the Friday trip home or all year, who pays the boarding
 * costs, the holiday closing dates); the validity in a boxed sentence (end of the school year);
 * two signature blocks for the head of school and of the boarding house, each with a stamp circle.
 */
function blind14FoerderzentrumInternat(ctx: Ctx): void {
  const rng = ctx.rng;
  const kind = rng.pick(FOERDERZENTREN);
  // the family lives in the same Land, near enough for the Friday trip home
  const home = fake.address(rng, { city: rng.pick(kind.towns) });
  const schoolPlace = rng.pick(fake.PLACES_PLZ.filter(([, c]) => kind.towns.includes(c)));
  const school = { ...kind, name: kind.name(schoolPlace[1]) };
  const schoolAddress = { ...fake.address(rng, { city: schoolPlace[1] }), plz: schoolPlace[0], city: schoolPlace[1] };
  const [gang, fromClass, toClass] = rng.pick(BILDUNGSGAENGE);
  const klasse = rng.int(fromClass, toClass);
  const sy = schoolYear(ctx.today);
  const syStart = Number(sy.label.slice(0, 4));
  const age = 5 + klasse + rng.int(0, 2);
  const pupil = fake.person(rng, { bornFrom: syStart - age, bornTo: syStart - age, titleChance: 0 });
  const parents = rng.chance(0.6)
    ? [fake.person(rng, { gender: 'f', last: pupil.last, bornFrom: syStart - age - 40, bornTo: syStart - age - 22, titleChance: 0 }), fake.person(rng, { gender: 'm', last: pupil.last, bornFrom: syStart - age - 42, bornTo: syStart - age - 22, titleChance: 0 })]
    : [fake.person(rng, { last: rng.chance(0.5) ? pupil.last : undefined, bornFrom: syStart - age - 40, bornTo: syStart - age - 20, titleChance: 0 })];
  const since = iso(syStart - Math.min(klasse - fromClass, rng.int(0, 3)), 8, rng.int(1, 20));
  const internatSince = rng.chance(0.7) ? since : addDays(since, rng.int(20, 160));
  const lastYear = syStart + (toClass - klasse) + 1;
  const endOfSchooling = iso(lastYear, 7, 31);
  const weekdays = rng.chance(0.75);
  const summerStart = iso(syStart + 1, 7, rng.int(3, 24));
  const summerEnd = addDays(summerStart, 41);
  const schulnummer = rng.digits(6);
  const headTeacher = fake.person(rng, { titleChance: 0.1 });
  const internatHead = fake.person(rng, { titleChance: 0 });
  const datum = (v: IsoDate) => ctx.ndate(v);
  const he = pupil.gender === 'f' ? 'sie' : 'er';

  const family = rng.pick(['helvetica', 'times'] as const);
  const d = ctx.start({ family, size: 9.5, margins: { left: 62, right: 56, top: 56, bottom: 76 } });
  // head: a round emblem, the school's name, its maintaining body and school number
  d.rect(d.left, 36, 34, 34, { stroke: [0.2, 0.3, 0.5], lineWidth: 1.4 });
  d.text(d.left + 17, 58, school.schwerpunkt.slice(0, 1).toUpperCase(), { size: 18, bold: true, align: 'center', color: [0.2, 0.3, 0.5] });
  const nameSize = Math.min(12.5, (12.5 * (d.right - d.left - 46)) / d.measure(school.name, { size: 12.5, bold: true }));
  d.text(d.left + 46, 48, school.name, { size: nameSize, bold: true, field: 'einrichtung' });
  d.text(d.left + 46, 60, `Förderschwerpunkt ${school.schwerpunkt} · mit ${school.wohnen}`, { size: 8.5 });
  d.text(d.left + 46, 71, `Träger: ${school.traeger}`, { size: 7.5, color: GRAY });
  d.hline(82, d.left, d.right, 0.8, [0.2, 0.3, 0.5]);
  d.text(d.left, 92, `${schoolAddress.street} ${schoolAddress.no} · ${schoolAddress.plz} ${schoolAddress.city} · Sekretariat ${fake.phone(rng)} · Schulnummer ${schulnummer}`, { size: 7.5, color: GRAY });

  d.y = 118;
  d.write(ctx.pick([`Bescheinigung über Schulbesuch und Unterbringung im ${school.wohnen}`, `Schulbescheinigung und Bestätigung der Unterbringung im ${school.wohnen}`], ['Bestätigung über Schulbesuch und Wohnen an unserer Schule']), { size: 13, bold: true });
  d.write(`Verwendungszweck: ${rng.pick(['Antrag der Erziehungsberechtigten auf Wohngeld', 'Vorlage bei der Familienkasse und der Wohngeldbehörde', 'Vorlage bei Behörden (Wohngeld, Kindergeld)'])}`, { size: 8.5, color: GRAY });
  d.move(8);

  const labelW = 168;
  const grid = (title: string, rows: [string, Cell][]) => {
    d.ensure(30 + rows.length * 17);
    d.rect(d.left, d.y, d.contentWidth, 17, { fill: [0.2, 0.3, 0.5] });
    d.text(d.left + 6, d.y + 12, title, { size: 9.5, bold: true, color: [1, 1, 1] });
    d.y += 17;
    for (const [label, value] of rows) {
      const top = d.y;
      const text = typeof value === 'string' ? value : value.text;
      const field = typeof value === 'string' ? undefined : value.field;
      const lines = d.wrap(text, d.contentWidth - labelW - 12, { size: 9.5 });
      const h = Math.max(17, lines.length * 12.5 + 5);
      d.rect(d.left, top, labelW, h, { fill: [0.92, 0.92, 0.92] });
      d.rect(d.left, top, d.contentWidth, h, { stroke: [0.55, 0.55, 0.55], lineWidth: 0.4 });
      d.line(d.left + labelW, top, d.left + labelW, top + h, 0.4, [0.55, 0.55, 0.55]);
      d.text(d.left + 5, top + 12, label, { size: 8.5, color: [0.25, 0.25, 0.25] });
      lines.forEach((l, i) => d.text(d.left + labelW + 6, top + 12 + i * 12.5, l, { size: 9.5, field: i === 0 ? field : undefined }));
      d.y = top + h;
    }
    d.move(9);
  };

  grid(`1  ${ctx.pick(['Schülerin / Schüler', 'Angaben zur Schülerin / zum Schüler'], ['Angaben zum Kind'])}`, [
    [ctx.pick(['Name, Vorname'], ['Familienname, Vorname(n)']), { text: `${pupil.last}, ${pupil.first}`, field: 'name' }],
    ['geboren am', `${datum(pupil.birth)} in ${pupil.birthPlace}`],
    [parents.length > 1 ? 'Erziehungsberechtigte' : 'Erziehungsberechtigte/r', parents.map((p) => `${p.first} ${p.last}`).join(' und ')],
    ['Wohnanschrift der Familie', `${home.street} ${home.no}, ${home.plz} ${home.city}`],
  ]);
  grid(`2  ${ctx.pick(['Schulbesuch', 'Angaben zum Schulbesuch'], ['Beschulung'])}`, [
    ['Bildungsgang', `${gang}${gang === 'Berufsvorbereitungsjahr' ? '' : ` (Förderschwerpunkt ${school.schwerpunkt})`}`],
    [ctx.pick(['Klasse', 'Jahrgangsstufe'], ['besuchte Klassenstufe']), `${klasse}${rng.pick(['', 'a', 'b', 'c'])}`],
    ['Schuljahr', sy.label],
    [ctx.pick(['Schüler/in unserer Schule seit'], ['an der Schule aufgenommen am']), datum(since)],
    ['Art des Schulbesuchs', 'Vollzeitunterricht, ganztägig'],
    [ctx.pick(['voraussichtliches Ende des Schulbesuchs'], ['Schulbesuch voraussichtlich bis']), `Ende des Schuljahres ${lastYear - 1}/${lastYear} (${datum(endOfSchooling)})`],
  ]);
  grid(`3  ${school.wohnen}`, [
    [`im ${school.wohnen} untergebracht seit`, datum(internatSince)],
    ['Wohngruppe', `${rng.pick(['Gruppe', 'WG', 'Haus'])} ${rng.pick(['Sonnenblume', 'Leuchtturm', 'Kranich', 'Ahorn', 'Regenbogen', '3', 'B'])}`],
    ['Art der Unterbringung', weekdays
      ? `montags bis freitags; an Wochenenden und in den Ferien wohnt ${pupil.gender === 'f' ? 'die Schülerin' : 'der Schüler'} bei der Familie (Heimfahrt freitags ${rng.pick(['12.30', '13.15', '11.45'])} Uhr mit dem Fahrdienst)`
      : 'ganzjährig einschließlich der Wochenenden; Heimfahrten in den Ferien nach Absprache'],
    [ctx.pick(['Kostenträger der Unterbringung'], ['Kosten des Wohnens trägt']), `Träger der Eingliederungshilfe (SGB IX) am Wohnort der Familie, ${home.city}`],
    ['Schließzeit in den Sommerferien', `${datum(summerStart)} bis ${datum(summerEnd)}`],
  ]);

  // validity in a boxed sentence
  d.ensure(60);
  const vTop = d.y;
  d.para(`Die Angaben gelten für das laufende Schuljahr. Diese Bescheinigung ${ctx.pick(['ist gültig bis', 'ist gültig bis zum'], ['gilt längstens bis zum', 'verliert ihre Gültigkeit mit Ablauf des'])} ${ctx.v('gueltig_bis', ctx.date(sy.end))}. Ein Ausscheiden von der Schule oder aus dem ${school.wohnen} vor diesem Tag teilen wir der vorlegenden Stelle auf Anfrage mit.`, { x: d.left + 8, width: d.contentWidth - 16, after: 2 });
  d.rect(d.left, vTop - 5, d.contentWidth, d.y - vTop + 8, { stroke: [0.2, 0.3, 0.5], lineWidth: 1 });
  d.move(10);
  d.para(`Die Schülerin bzw. der Schüler ist wegen der Entfernung zum Wohnort der Familie auf die Unterbringung angewiesen; ${he} gehört weiterhin dem Haushalt der Erziehungsberechtigten an.`.replace('Die Schülerin bzw. der Schüler ist', pupil.gender === 'f' ? 'Die Schülerin ist' : 'Der Schüler ist'), { size: 8.5, color: GRAY });

  // signatures: school and boarding house, each with a stamp circle
  d.ensure(90);
  d.move(4);
  d.text(d.left, d.y + 10, `${schoolAddress.city}, ${datum(ctx.today)}`);
  d.move(44);
  const half = d.contentWidth / 2;
  [[headTeacher, ctx.pick(['Schulleitung', 'Schulleiter/in'], ['Leitung des Förderzentrums'])], [internatHead, school.leitung]].forEach(([p, role], i) => {
    const x = d.left + i * half;
    const person = p as fake.Person;
    d.hline(d.y, x, x + half - 30, 0.5);
    d.text(x, d.y + 10, `${person.title ? person.title + ' ' : ''}${person.first.split(' ')[0]} ${person.last}`, { size: 9 });
    d.text(x, d.y + 20, role as string, { size: 8, color: GRAY });
    // the stamp: a circle drawn as an octagon of thin lines
    const cx = x + half - 70;
    const cy = d.y - 22;
    const r = 18;
    for (let k = 0; k < 12; k++) {
      const a1 = (k / 12) * 2 * Math.PI;
      const a2 = ((k + 1) / 12) * 2 * Math.PI;
      d.line(cx + r * Math.cos(a1), cy + r * Math.sin(a1), cx + r * Math.cos(a2), cy + r * Math.sin(a2), 0.6, [0.35, 0.4, 0.7]);
    }
    d.text(cx, cy + 2, i === 0 ? 'Siegel' : 'Stempel', { size: 6, align: 'center', color: [0.35, 0.4, 0.7] });
  });
  d.move(26);
  footer(d, [[school.name, `Träger: ${school.traeger}`], [`${schoolAddress.street} ${schoolAddress.no} · ${schoolAddress.plz} ${schoolAddress.city}`, `Schulnummer ${schulnummer} · ${school.wohnen}: ${fake.phone(rng)}`]], 'none');
  setTruth(ctx, pupil, school.name, sy.end);
}

/** Fachschulen: the course of education, its field, the class short name and how many school years it has full-time and part-time */
const FACHSCHUL_GAENGE: readonly { gang: string; richtung: string[]; kurz: string; vollzeit: number; teilzeit: number; abschluss: string; praxis: boolean }[] = [
  { gang: 'Fachschule Technik', richtung: ['Maschinentechnik', 'Elektrotechnik', 'Bautechnik', 'Mechatronik', 'Informatik', 'Heizungs-, Lüftungs- und Klimatechnik'], kurz: 'FST', vollzeit: 2, teilzeit: 4, abschluss: 'Staatlich geprüfte/r Techniker/in', praxis: false },
  { gang: 'Fachschule Sozialpädagogik', richtung: ['praxisintegrierte Form', 'Schwerpunkt Kindheitspädagogik'], kurz: 'FSP', vollzeit: 2, teilzeit: 3, abschluss: 'Staatlich anerkannte/r Erzieher/in', praxis: true },
  { gang: 'Fachschule Wirtschaft', richtung: ['Betriebswirtschaft', 'Logistik', 'Finanzwirtschaft'], kurz: 'FSW', vollzeit: 2, teilzeit: 4, abschluss: 'Staatlich geprüfte/r Betriebswirt/in', praxis: false },
  { gang: 'Fachschule Heilerziehungspflege', richtung: ['praxisintegrierte Form', 'Teilzeitform'], kurz: 'FSH', vollzeit: 2, teilzeit: 3, abschluss: 'Staatlich anerkannte/r Heilerziehungspfleger/in', praxis: true },
];

/** names of public vocational schools as their seals spell them */
function berufsbildendeSchule(rng: Ctx['rng'], city: string): string {
  return rng.pick([
    `Berufsbildende Schulen ${rng.pick(['I', 'II', 'III'])} ${city}`,
    `${rng.pick(['Max-Eyth', 'Hans-Böckler', 'Robert-Bosch', 'Werner-von-Siemens', 'Friedrich-List', 'Alice-Salomon'])}-Schule ${city}`,
    `Berufskolleg ${city}-${rng.pick(['Mitte', 'Nord', 'Süd', 'West'])}`,
    `Staatliche Berufsbildende Schule ${city}`,
    `Regionales Berufsbildungszentrum ${city}`,
  ]);
}

/**
 * S (holdout, blind 15): a public vocational school certifies attendance at its Fachschule (a
 * technician's, business, social-pedagogy or special-needs-care course for adults with a trade
 * behind them), printed from the school administration software: a grey header band with the
 * school's name, its maintaining body and school number at the left and the print date and a
 * document number at the right; the purpose as a typed line; two framed panels side by side with
 * captions over the values (the person: "Name, Vorname", birth date and birthplace, address; the
 * course: school form and field, full-time or part-time, class, year of the course, entry day,
 * expected end with the final examination's month); the school career as a ruled table of the
 * school years with the class and the status (finished, current); for the practice-integrated form
 * the practice place and its carrier with the training allowance; for part-time, the evening
 * and Saturday hours and that the course can be funded under the AFBG; the validity on one framed
 * line ("gilt für das Schuljahr … bis einschließlich …"); the seal and an "i. A." signature of the
 * office; the software's line in the footer.
 */
function blind15FachschuleVerwaltungsausdruck(ctx: Ctx): void {
  const rng = ctx.rng;
  const gang = rng.pick(FACHSCHUL_GAENGE);
  const richtung = rng.pick(gang.richtung);
  const teilzeit = richtung === 'Teilzeitform' || (!gang.praxis && rng.chance(0.45));
  const pia = gang.praxis && richtung === 'praxisintegrierte Form';
  const years = pia ? 3 : teilzeit ? gang.teilzeit : gang.vollzeit;
  const sy = schoolYear(ctx.today);
  const syStart = Number(sy.label.slice(0, 4));
  const yearNo = rng.int(1, years);
  const entryYear = syStart - (yearNo - 1);
  const entry = iso(entryYear, 8, rng.int(1, 20));
  const endYear = entryYear + years;
  const expectedEnd = iso(endYear, 7, 31);
  const examMonth = `${MONTHS[rng.int(4, 5)]} ${endYear}`;
  const city = rng.pick(fake.PLACES_PLZ)[1];
  const schoolName = berufsbildendeSchule(rng, city);
  const schoolAddress = fake.address(rng, { city });
  const traeger = rng.pick([`Stadt ${city}`, `Stadt ${city}`, `Zweckverband Berufliche Schulen ${city}`]);
  const student = fake.person(rng, { bornFrom: entryYear - (gang.praxis ? 30 : 36), bornTo: entryYear - (gang.praxis ? 18 : 21), titleChance: 0 });
  const f = student.gender === 'f';
  // adults at a Fachschule mostly live in the school's town
  const home = rng.chance(0.7) ? fake.address(rng, { city }) : fake.address(rng);
  const klasse = `${gang.kurz}${richtung.slice(0, 1).toUpperCase()}${teilzeit ? 'T' : ''}${String(entryYear).slice(2)}${rng.pick(['', 'a', 'b'])}`;
  const docNr = `${rng.digits(4)}/${sy.label.slice(2, 4)}${sy.label.slice(7, 9)}-${rng.digits(5)}`;
  const schulnummer = rng.digits(5);
  const printed = ctx.today;
  const clerk = fake.person(rng, { titleChance: 0 });
  const teacher = fake.person(rng, { titleChance: 0 });
  const trainedAs = gang.praxis ? rng.pick(['Sozialassistent/in', 'Kinderpfleger/in', 'Heilerziehungshelfer/in']) : gang.gang.endsWith('Wirtschaft') ? rng.pick(['Industriekaufmann/-frau', 'Kaufmann/-frau für Büromanagement', 'Fachkraft für Lagerlogistik']) : rng.pick(['Industriemechaniker/in', 'Elektroniker/in für Betriebstechnik', 'Maurer/in', 'Anlagenmechaniker/in SHK', 'Mechatroniker/in']);
  const vorbildung = pia && rng.chance(0.5) ? `Fachhochschulreife (${entryYear - rng.int(1, 4)})` : `Berufsabschluss ${trainedAs} (${entryYear - rng.int(1, 6)})`;
  const head = fake.person(rng, { titleChance: 0.15 });
  const praxisTraeger = pia ? rng.pick([`Kita-Verbund ${city} e.V.`, `Ev. Kindertagesstätten ${city} gGmbH`, `Lebenshilfe ${city} e.V.`, `AWO Kreisverband ${city} e.V.`, `Stadt ${city} – Eigenbetrieb Kindertagesstätten`]) : '';
  const praxisStelle = pia ? rng.pick(['Kita Sonnenblume', 'Kindertagesstätte Regenbogen', 'Wohnstätte am Park', 'Kinderhaus Pusteblume', 'Heilpädagogische Tagesstätte Lindenhof']) : '';
  const verguetung = pia ? rng.pick([1340.69, 1402.7, 1456.13, 1490.69]) : 0;
  const datum = (v: IsoDate) => ctx.ndate(v);
  const ink: readonly [number, number, number] = [0.15, 0.2, 0.3];

  const d = ctx.start({ family: 'helvetica', size: 9, margins: { left: 56, right: 50, top: 48, bottom: 72 } });
  // header band as the software prints it
  d.rect(d.left, 36, d.contentWidth, 54, { fill: [0.92, 0.92, 0.92] });
  d.text(d.left + 8, 52, schoolName, { size: 12, bold: true, field: 'einrichtung' });
  d.text(d.left + 8, 65, `${schoolAddress.street} ${schoolAddress.no} · ${schoolAddress.plz} ${schoolAddress.city} · Tel. ${fake.phone(rng)}`, { size: 8 });
  d.text(d.left + 8, 77, `Schulträger: ${traeger} · Schulnummer ${schulnummer}`, { size: 8, color: GRAY });
  d.text(d.right - 8, 52, `Druckdatum: ${datum(printed)}`, { size: 8, align: 'right' });
  d.text(d.right - 8, 65, `Beleg-Nr. ${docNr}`, { size: 8, align: 'right' });
  d.text(d.right - 8, 77, `Bearbeiter/in: ${clerk.last.slice(0, 3).toUpperCase()}`, { size: 8, align: 'right', color: GRAY });

  d.y = 112;
  d.write(ctx.pick(['Schulbescheinigung', 'Bescheinigung über den Schulbesuch'], ['Bestätigung des Fachschulbesuchs']), { size: 15, bold: true, color: ink });
  d.write(`Verwendungszweck: ${rng.pick(['Vorlage bei der Wohngeldstelle', 'Wohngeldantrag', 'zur Vorlage bei Behörden (Wohngeld)'])}`, { size: 9 });
  d.move(8);

  // two framed panels side by side, captions over values
  const gap = 14;
  const w = (d.contentWidth - gap) / 2;
  const px = [d.left, d.left + w + gap];
  const top = d.y;
  const panel = (x: number, title: string, items: [string, Cell][]) => {
    let y = top;
    d.rect(x, y, w, 16, { fill: ink });
    d.text(x + 6, y + 11.5, title, { size: 9, bold: true, color: [1, 1, 1] });
    y += 22;
    for (const [caption, value] of items) {
      const c = typeof value === 'string' ? { text: value } : value;
      d.text(x + 6, y + 6, caption, { size: 6.8, color: GRAY });
      const lines = d.wrap(c.text, w - 12, { size: 9.5 });
      if (lines.length === 1) d.text(x + 6, y + 17, c.text, { size: 9.5, field: c.field });
      else {
        lines.forEach((l, i) => d.text(x + 6, y + 17 + i * 11, l, { size: 9.5 }));
        if (c.field) d.place(c.field, c.text);
      }
      y += 14 + lines.length * 11;
    }
    return y;
  };
  const leftEnd = panel(px[0], ctx.pick(['Schülerin / Schüler', 'Angaben zur Person'], ['Studierende Person']), [
    [ctx.pick(['Name, Vorname', 'Name, Vorname(n)'], ['Familienname, Vornamen']), { text: `${student.last}, ${student.first}`, field: 'name' }],
    ['Geburtsdatum / Geburtsort', `${datum(student.birth)} in ${student.birthPlace}`],
    ['Wohnanschrift', fake.addressLine(home)],
    ['Staatsangehörigkeit', rng.pick(['deutsch', 'deutsch', 'deutsch', 'polnisch', 'türkisch', 'ukrainisch'])],
    [ctx.pick(['Vorbildung'], ['schulische / berufliche Vorbildung']), vorbildung],
    ['Schülernummer', `${rng.digits(2)}${rng.digits(5)}`],
  ]);
  const courseItems: [string, Cell][] = [
    ['Schulform / Bildungsgang', `${gang.gang} – ${richtung}`],
    ['Organisationsform', pia ? 'Vollzeit, praxisintegriert (3 Jahre)' : teilzeit ? `Teilzeit, berufsbegleitend (${years} Jahre)` : `Vollzeit (${years} Jahre)`],
    ['Klasse / Ausbildungsjahr', `${klasse} · ${yearNo}. von ${years} Jahren`],
    ['Eintritt in den Bildungsgang', datum(entry)],
    ['angestrebter Abschluss', gang.abschluss],
    ['Klassenleitung', `${teacher.gender === 'f' ? 'Frau' : 'Herr'} ${teacher.last}`],
    ['voraussichtliches Ende / Prüfung', `${datum(expectedEnd)} · Abschlussprüfung ${examMonth}`],
  ];
  const rightEnd = panel(px[1], ctx.pick(['Bildungsgang', 'Angaben zum Schulbesuch'], ['Besuchter Bildungsgang']), courseItems);
  const bottom = Math.max(leftEnd, rightEnd) + 4;
  d.rect(px[0], top, w, bottom - top, { stroke: ink, lineWidth: 0.6 });
  d.rect(px[1], top, w, bottom - top, { stroke: ink, lineWidth: 0.6 });
  d.y = bottom + 14;

  // the school career, year by year
  d.write(ctx.pick(['Schullaufbahn in diesem Bildungsgang', 'Verlauf des Schulbesuchs'], ['Besuchte Schuljahre']), { bold: true, size: 9.5 });
  const rows: Cell[][] = [];
  for (let k = 0; k < yearNo; k++) {
    const y0 = entryYear + k;
    const current = k === yearNo - 1;
    rows.push([`${y0}/${String(y0 + 1).slice(2)}`, `${klasse.replace(/\d\d[ab]?$/, '')}${k + 1}${klasse.slice(-1).match(/[ab]/) ? klasse.slice(-1) : ''}`, datum(k === 0 ? entry : iso(y0, 8, 1)), datum(iso(y0 + 1, 7, 31)), current ? 'besucht zurzeit' : k === yearNo - 2 && rng.chance(0.2) ? 'versetzt (Nachprüfung bestanden)' : 'versetzt']);
  }
  table(ctx, [
    { header: 'Schuljahr', x: d.left + 4 },
    { header: 'Klasse', x: d.left + 80 },
    { header: 'von', x: d.left + 160 },
    { header: 'bis', x: d.left + 240 },
    { header: 'Status', x: d.left + 320 },
  ], rows, { size: 8.8, grid: true, headerFill: LIGHT });

  if (pia) {
    d.write('Praktische Ausbildung', { bold: true, size: 9.5 });
    d.para(`Die praktische Ausbildung findet an ${rng.pick(['zwei', 'drei'])} Tagen je Woche in der Einrichtung „${praxisStelle}“ statt. Träger der praktischen Ausbildung und Vertragspartner des Ausbildungsvertrags ist ${praxisTraeger}; die Ausbildungsvergütung beträgt derzeit ${ctx.money(verguetung)} brutto im Monat (${rng.pick(['TVAöD – Pflege', 'TVAöD – BBiG', 'AVR Diakonie'])}).`);
  } else if (teilzeit) {
    d.write('Unterrichtszeiten', { bold: true, size: 9.5 });
    d.para(`Der Unterricht findet berufsbegleitend ${rng.pick(['dienstags und donnerstags von 17.30 bis 21.00 Uhr sowie an jedem zweiten Samstag von 8.00 bis 13.15 Uhr', 'montags, mittwochs und donnerstags von 18.00 bis 21.15 Uhr', 'freitags von 14.00 bis 20.30 Uhr und samstags von 8.00 bis 15.00 Uhr'])} statt (${rng.pick([12, 13, 14])} Wochenstunden). Der Bildungsgang ist nach dem Aufstiegsfortbildungsförderungsgesetz (AFBG) förderfähig.`);
  } else {
    d.write('Hinweise', { bold: true, size: 9.5 });
    d.para(`Der Unterricht umfasst ${rng.pick([32, 34, 35, 36])} Wochenstunden in Vollzeitform. Ein Schulgeld wird nicht erhoben. Der Bildungsgang ist nach dem Aufstiegsfortbildungsförderungsgesetz (AFBG) förderfähig; ein Anspruch auf Schüler-BAföG besteht daneben nicht.`);
  }

  // validity on one framed line
  d.ensure(40);
  d.move(4);
  const vTop = d.y;
  d.y += 6;
  d.para(`${ctx.pick(['Die Bescheinigung gilt für das Schuljahr', 'Gültigkeit: Schuljahr'], ['Geltungsbereich dieser Bescheinigung: Schuljahr'])} ${sy.label} – ${ctx.pick(['bis einschließlich', 'bis zum'], ['längstens bis'])} ${ctx.v('gueltig_bis', ctx.date(sy.end))}.`, { x: d.left + 8, width: d.contentWidth - 16, bold: true, size: 9.5, after: 2 });
  d.rect(d.left, vTop, d.contentWidth, d.y - vTop + 4, { stroke: ink, lineWidth: 1 });
  d.move(10);
  d.para(`Ein vorzeitiges Ausscheiden ${f ? 'der Schülerin' : 'des Schülers'} teilt die Schule der vorlegenden Stelle nicht von sich aus mit. Auf Verlangen stellen wir eine aktuelle Bescheinigung aus.`, { size: 8, color: GRAY });

  // seal and signature
  d.ensure(80);
  d.move(6);
  d.text(d.left, d.y + 10, `${schoolAddress.city}, ${datum(printed)}`);
  d.move(46);
  d.hline(d.y, d.left, d.left + 190, 0.5);
  d.text(d.left, d.y + 10, `i. A. ${clerk.first.split(' ')[0]} ${clerk.last}`, { size: 9 });
  d.text(d.left, d.y + 20, `Schulverwaltung, für ${head.title ? head.title + ' ' : ''}${head.first.split(' ')[0]} ${head.last} (${ctx.pick(['Schulleitung', 'Schulleiter/in'], ['Oberstudiendirektor/in'])})`, { size: 7.5, color: GRAY });
  const cx = d.left + 290;
  const cy = d.y - 18;
  for (let k = 0; k < 16; k++) {
    const a1 = (k / 16) * 2 * Math.PI;
    const a2 = ((k + 1) / 16) * 2 * Math.PI;
    d.line(cx + 24 * Math.cos(a1), cy + 24 * Math.sin(a1), cx + 24 * Math.cos(a2), cy + 24 * Math.sin(a2), 0.7, [0.3, 0.35, 0.65]);
  }
  d.text(cx, cy + 2, 'Dienstsiegel', { size: 6, align: 'center', color: [0.3, 0.35, 0.65] });
  d.move(28);
  footer(d, [[rng.pick(['Schulverwaltungsprogramm', 'Schülerverwaltung', 'Verwaltungssoftware']) + ` · Bescheinigung Fachschule (Vorlage ${rng.int(3, 14)})`, 'Dieses Dokument wurde maschinell erstellt.'], [`${schoolName}`, `Schulnummer ${schulnummer}`]], 'x/y');
  setTruth(ctx, student, schoolName, sy.end);
}

export const schulbescheinigung: DocumentKind = {
  type: 'schulbescheinigung',
  layouts: [
    { id: 'schule-brief', build: schulBrief },
    { id: 'immatrikulation-uni', build: immatrikulation },
    { id: 'berufsschule-formular', build: berufsschuleFormular },
    { id: 'studienbescheinigung-zweispaltig', holdout: true, build: zweispaltig },
    { id: 'blind-formblatt-ausbildungsstaette', holdout: true, build: blindFormblattAusbildungsstaette },
    { id: 'blind2-zweisprachig-semesteruebersicht', holdout: true, build: blind2ZweisprachigSemesteruebersicht },
    { id: 'blind3-elternbrief-halbjahr', holdout: true, build: blind3ElternbriefHalbjahr },
    { id: 'blind4-campusportal-ausweis', holdout: true, build: blind4CampusportalAusweis },
    { id: 'blind5-familienkasse-vordruck', holdout: true, build: blind5FamilienkasseVordruck },
    { id: 'blind6-fernstudium-teilzeit', holdout: true, build: blind6FernstudiumTeilzeit },
    { id: 'blind7-pflegeschule-ausbildungsbloecke', holdout: true, build: blind7PflegeschuleAusbildungsbloecke },
    { id: 'blind8-abendschule-zweiter-bildungsweg', holdout: true, build: blind8AbendschuleZweiterBildungsweg },
    { id: 'blind9-studienkolleg-feststellungspruefung', holdout: true, build: blind9StudienkollegFeststellungspruefung },
    { id: 'blind10-ersatzschule-schulgeld', holdout: true, build: blind10ErsatzschuleSchulgeld },
    { id: 'blind11-auslandsjahr-beurlaubung', holdout: true, build: blind11AuslandsjahrBeurlaubung },
    { id: 'blind12-promotion-graduiertenakademie', holdout: true, build: blind12PromotionGraduiertenakademie },
    { id: 'blind13-duale-hochschule-praxispartner', holdout: true, build: blind13DualeHochschulePraxispartner },
    { id: 'blind14-foerderzentrum-internat', holdout: true, build: blind14FoerderzentrumInternat },
    { id: 'blind15-fachschule-verwaltungsausdruck', holdout: true, build: blind15FachschuleVerwaltungsausdruck },
  ],
};
