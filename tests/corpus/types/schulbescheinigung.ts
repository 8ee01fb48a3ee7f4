/** Schul-/Studienbescheinigung: a school's letter, a university's Immatrikulationsbescheinigung, a vocational school's form, a two-column Studienbescheinigung (holdout). */
import { box, footer, GRAY, LIGHT, table, type Cell } from '../blocks.js';
import type { Ctx } from '../context.js';
import { addDays, iso, type IsoDate } from '../dates.js';
import * as fake from '../fake.js';
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
  d.text(d.left, top + 10, 'Hochschule', { size: 8, color: GRAY });
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

export const schulbescheinigung: DocumentKind = {
  type: 'schulbescheinigung',
  layouts: [
    { id: 'schule-brief', build: schulBrief },
    { id: 'immatrikulation-uni', build: immatrikulation },
    { id: 'berufsschule-formular', build: berufsschuleFormular },
    { id: 'studienbescheinigung-zweispaltig', holdout: true, build: zweispaltig },
  ],
};
