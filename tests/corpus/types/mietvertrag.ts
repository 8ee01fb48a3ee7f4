/** Mietvertrag: a classic association form with §§, a private landlord's plain contract, a cooperative's Dauernutzungsvertrag, a management company's contract with a data cover sheet and a municipal company's two-column contract with a summary box (holdout). */
import { footer, GRAY, LIGHT, section, table, type Cell } from '../blocks.js';
import type { Ctx } from '../context.js';
import type { Color } from '../doc.js';
import { addDays, addMonths, firstOfMonth } from '../dates.js';
import * as fake from '../fake.js';
import * as fmt from '../format.js';
import { cents, decimal } from '../format.js';
import type { DocumentKind } from '../layout.js';
import { gesamt, rental, type Rental } from '../scenario.js';

function truth(ctx: Ctx, r: Rental): void {
  ctx.set('mieter_name', fake.fullName(r.tenant));
  ctx.set('vermieter_name', r.landlord.name);
  ctx.set('anschrift', fake.addressLine(r.flat));
  ctx.set('mietbeginn', r.einzug);
  ctx.set('grundmiete', r.grundmiete);
  ctx.set('nebenkosten', r.nebenkosten);
  ctx.set('wohnflaeche', r.area);
}

const heating = (r: Rental) => r.heizkosten ?? Math.round(r.area * 1.2);

/** boilerplate clauses: long contracts are mostly these */
const CLAUSES: [string, string[]][] = [
  ['Schönheitsreparaturen', ['Die Schönheitsreparaturen während der Mietzeit übernimmt der Mieter, soweit sie durch seine Nutzung erforderlich werden. Zu den Schönheitsreparaturen gehören das Tapezieren, Anstreichen oder Kalken der Wände und Decken, das Streichen der Fußböden, der Heizkörper einschließlich der Heizrohre, der Innentüren sowie der Fenster und Außentüren von innen.']],
  ['Tierhaltung', ['Die Haltung von Kleintieren (z. B. Ziervögel, Zierfische, Hamster) ist ohne Zustimmung zulässig. Die Haltung von Hunden und Katzen bedarf der vorherigen Zustimmung des Vermieters, die nur aus wichtigem Grund verweigert werden darf.']],
  ['Hausordnung', ['Die beigefügte Hausordnung ist Bestandteil dieses Vertrages. Der Mieter verpflichtet sich, sie einzuhalten und seine Angehörigen und Besucher zur Einhaltung anzuhalten.']],
  ['Betreten der Mietsache', ['Der Vermieter oder ein von ihm Beauftragter darf die Mietsache nach rechtzeitiger Ankündigung zu angemessener Tageszeit betreten, insbesondere zur Ablesung von Messgeräten, zur Prüfung des Zustandes oder bei beabsichtigtem Verkauf.']],
  ['Untervermietung', ['Eine Untervermietung oder sonstige Gebrauchsüberlassung an Dritte ist nur mit vorheriger schriftlicher Erlaubnis des Vermieters zulässig.']],
  ['Rückgabe der Mietsache', ['Bei Beendigung des Mietverhältnisses hat der Mieter die Mietsache vollständig geräumt und gereinigt mit allen Schlüsseln zurückzugeben. Vom Mieter angebrachte Einrichtungen sind zu entfernen und der ursprüngliche Zustand wiederherzustellen.']],
  ['Kündigung', ['Die Kündigung bedarf der Schriftform. Die gesetzliche Kündigungsfrist für den Mieter beträgt drei Monate. Für die Rechtzeitigkeit der Kündigung kommt es auf den Zugang des Kündigungsschreibens an.']],
];

/** A: the association form ("Mietvertrag für Wohnraum"), §§ with the blanks filled in, several pages */
function vereinsformular(ctx: Ctx): void {
  const r = rental(ctx.rng, ctx.today);
  const d = ctx.start({ family: 'times', size: 10, margins: { left: 62, right: 56, top: 52, bottom: 64 } });
  d.text(d.left, 40, ctx.rng.pick(['Haus & Grund', 'Vermieterverein e.V.', 'Grundeigentümerverband']), { size: 8, color: GRAY });
  d.y = 60;
  d.write('Mietvertrag für Wohnraum', { size: 17, bold: true, align: 'center' });
  d.write(ctx.rng.pick(['(unbefristet)', '(Einheitsmietvertrag)', '']), { size: 9, align: 'center' });
  d.move(8);
  d.write('Zwischen', { size: 10 });
  const lp = r.landlord.person ? ctx.name(r.landlord.person) : r.landlord.name;
  d.para(`${ctx.v('vermieter_name', lp)}, ${r.landlord.address.street} ${r.landlord.address.no}, ${r.landlord.address.plz} ${r.landlord.address.city}`, { x: d.left + 30 });
  d.write('– nachstehend „Vermieter“ genannt –', { x: d.left + 30, size: 9, italic: true });
  d.write('und', { size: 10 });
  d.para(`${ctx.v('mieter_name', ctx.name(r.tenant))}, geboren am ${ctx.ndate(r.tenant.birth)}, bisher wohnhaft ${fake.address(ctx.rng).street} ${ctx.rng.int(1, 80)}, ${fake.address(ctx.rng).plz} ${fake.address(ctx.rng).city}`, { x: d.left + 30 });
  d.write('– nachstehend „Mieter“ genannt –', { x: d.left + 30, size: 9, italic: true });
  d.write('wird folgender Mietvertrag geschlossen:');
  const para = (title: string, texts: string[]) => {
    section(ctx, title, { size: 10.5 });
    for (const t of texts) d.para(t);
  };
  para('§ 1 Mietsache', [
    `(1) Vermietet wird die Wohnung im Hause ${ctx.v('anschrift', `${r.flat.street} ${r.flat.no}, ${r.flat.plz} ${r.flat.city}`)}, ${r.floor}, bestehend aus ${r.rooms} Zimmer${r.rooms > 1 ? 'n' : ''}, Küche, Bad/WC, Flur${ctx.rng.chance(0.5) ? ', Balkon' : ''} und Kellerraum Nr. ${ctx.rng.int(1, 30)}.`,
    `(2) Die ${ctx.pick(['Wohnfläche', 'Größe der Wohnung'], ['vereinbarte Wohnfläche'])} beträgt ${ctx.v('wohnflaeche', ctx.area(r.area))}. Diese Angabe dient wegen möglicher Messtoleranzen nicht zur Festlegung des Mietgegenstandes.`,
    `(3) Dem Mieter werden ${ctx.rng.int(2, 5)} Haus-, Wohnungs- und Briefkastenschlüssel ausgehändigt.`,
  ]);
  para('§ 2 Mietzeit', [`Das Mietverhältnis beginnt am ${ctx.v('mietbeginn', ctx.date(r.einzug))} und läuft auf unbestimmte Zeit.`]);
  const m = (v: number) => ctx.money(v);
  section(ctx, '§ 3 Miete und Nebenkosten', { size: 10.5 });
  d.para('(1) Die Miete beträgt monatlich:');
  const lx = d.left + 30;
  const vx = d.left + 360;
  const line = (label: string, value: string, field?: string) => d.row([{ x: lx, text: label }, { x: vx, text: value, align: 'right', field }]);
  line(ctx.pick(['Grundmiete (nettokalt)', 'Nettokaltmiete', 'Grundmiete'], ['Kaltmiete ohne Umlagen']), m(r.grundmiete), 'grundmiete');
  line(ctx.pick(['Vorauszahlung auf die Betriebskosten', 'Betriebskostenvorauszahlung', 'Nebenkosten (ohne Heizung), Vorauszahlung'], ['Vorschuss kalte Betriebskosten']), m(r.nebenkosten), 'nebenkosten');
  line(ctx.pick(['Vorauszahlung auf die Heiz- und Warmwasserkosten', 'Heizkostenvorauszahlung'], ['Vorschuss Heizung/Warmwasser']), m(heating(r)));
  if (r.stellplatz) line('Stellplatz', m(r.stellplatz));
  d.hline(d.y + 1, lx, vx + 4);
  d.move(3);
  line('Gesamtbetrag', m(r.grundmiete + r.nebenkosten + heating(r) + (r.stellplatz ?? 0)));
  d.move(6);
  d.para(`(2) Die Miete ist monatlich im Voraus, spätestens am dritten Werktag des Monats, kostenfrei auf das Konto des Vermieters IBAN ${fake.groupIban(r.landlord.bank.iban)} bei der ${r.landlord.bank.bank.name} zu zahlen.`);
  d.para('(3) Über die Vorauszahlungen wird jährlich abgerechnet. Umgelegt werden die Betriebskosten im Sinne des § 2 BetrKV nach dem Verhältnis der Wohnflächen.');
  para('§ 4 Mietsicherheit', [`Der Mieter leistet eine Mietsicherheit in Höhe von ${m(r.kaution)} (drei Nettokaltmieten). Er ist berechtigt, sie in drei gleichen monatlichen Teilzahlungen zu erbringen.`]);
  for (const [i, [title, texts]] of ctx.rng.sample(CLAUSES, ctx.rng.int(3, 6)).entries()) para(`§ ${i + 5} ${title}`, texts);
  d.ensure(110);
  d.move(10);
  d.write(`${r.flat.city}, den ${ctx.date(addDays(r.einzug, -ctx.rng.int(10, 60)))}`);
  d.move(24);
  d.hline(d.y, d.left, d.left + 190);
  d.hline(d.y, d.left + 240, d.right);
  d.text(d.left, d.y + 10, 'Vermieter', { size: 8.5 });
  d.text(d.left + 240, d.y + 10, 'Mieter', { size: 8.5 });
  footer(d, [['Mietvertrag für Wohnraum']], ctx.rng.pick(['Seite x von y', '- x -']));
  truth(ctx, r);
}

/** B: a private landlord's contract, typed, running text, few headings */
function privatvertrag(ctx: Ctx): void {
  const r = rental(ctx.rng, ctx.today);
  if (!r.landlord.person) {
    const p = fake.person(ctx.rng, { bornFrom: 1945, bornTo: 1985 });
    r.landlord = { ...r.landlord, kind: 'person', person: p, name: fake.fullName(p) };
  }
  const d = ctx.start({ family: ctx.rng.pick(['courier', 'helvetica']), size: 10 });
  d.y = 60;
  d.write(ctx.pick(['MIETVERTRAG', 'Mietvertrag über eine Wohnung'], ['Wohnungsmietvertrag']), { size: 14, bold: true });
  d.move(6);
  const land = r.landlord.person!;
  d.para(`Vermieter: ${ctx.v('vermieter_name', ctx.name(land))}, ${r.landlord.address.street} ${r.landlord.address.no}, ${r.landlord.address.plz} ${r.landlord.address.city}, Tel. ${r.landlord.phone}`);
  d.para(`Mieter: ${ctx.v('mieter_name', ctx.name(r.tenant))}, geb. ${ctx.ndate(r.tenant.birth)}`);
  d.move(4);
  d.para(`1. Der Vermieter vermietet dem Mieter die Wohnung ${ctx.v('anschrift', fake.addressLine(r.flat))}, ${r.floor}. Die Wohnung hat ${r.rooms} Zimmer und eine Fläche von ${ctx.v('wohnflaeche', ctx.area(r.area))}. Mitvermietet sind ein Kellerabteil und die Mitbenutzung des Trockenbodens.`);
  d.para(`2. Das Mietverhältnis beginnt am ${ctx.v('mietbeginn', ctx.date(r.einzug))} und wird auf unbestimmte Zeit geschlossen. Die ersten ${ctx.rng.pick(['zwölf', 'vierundzwanzig'])} Monate ist die ordentliche Kündigung beiderseits ausgeschlossen.`);
  d.para(`3. Die Miete beträgt monatlich ${ctx.v('grundmiete', ctx.money(r.grundmiete))} ${ctx.pick(['(Kaltmiete)', '(Nettokaltmiete)', 'netto kalt'], ['ohne Nebenkosten'])}. Zusätzlich zahlt der Mieter eine Vorauszahlung auf die Betriebskosten von ${ctx.v('nebenkosten', ctx.money(r.nebenkosten))} sowie eine Vorauszahlung für Heizung und Warmwasser von ${ctx.money(heating(r))}, zusammen ${ctx.money(r.grundmiete + r.nebenkosten + heating(r))}.`);
  d.para(`4. Die Miete ist bis zum 3. Werktag eines Monats auf das Konto ${fake.groupIban(r.landlord.bank.iban)} (${r.landlord.bank.bank.name}) zu überweisen.`);
  d.para(`5. Der Mieter zahlt eine Kaution von ${ctx.money(r.kaution)}. Die Kaution wird getrennt vom Vermögen des Vermieters angelegt.`);
  d.para('6. Die Betriebskosten werden einmal jährlich abgerechnet. Nachzahlungen und Guthaben sind mit der übernächsten Monatsmiete auszugleichen.');
  d.para('7. Kleinreparaturen bis zu einem Betrag von 100,00 EUR im Einzelfall, höchstens jedoch 8 % der Jahreskaltmiete, trägt der Mieter.');
  for (const [i, [title, texts]] of ctx.rng.sample(CLAUSES, ctx.rng.int(1, 4)).entries()) d.para(`${i + 8}. ${title}: ${texts[0]}`);
  d.move(14);
  d.write(`${r.landlord.address.city}, ${ctx.date(addDays(r.einzug, -ctx.rng.int(7, 40)))}`);
  d.move(28);
  d.text(d.left, d.y, '______________________', {});
  d.text(d.left + 250, d.y, '______________________', {});
  d.text(d.left, d.y + 12, '(Vermieter)', { size: 8.5 });
  d.text(d.left + 250, d.y + 12, '(Mieter)', { size: 8.5 });
  truth(ctx, r);
}

/** C: a cooperative's Dauernutzungsvertrag: members, Nutzungsgebühr, a cost table, several pages */
function genossenschaft(ctx: Ctx): void {
  const r = rental(ctx.rng, ctx.today);
  const name = `Wohnungsgenossenschaft ${ctx.rng.pick(['Aufbau', 'Einheit', 'Frohe Zukunft', 'Lindenau', 'Am Elbufer', 'Neues Leben'])} eG`;
  r.landlord = { ...r.landlord, kind: 'organisation', name, person: undefined };
  const d = ctx.start({ family: 'helvetica', size: 9.5 });
  d.text(d.left, 48, name, { size: 13, bold: true, color: [0.05, 0.35, 0.2] });
  d.place('vermieter_name', name);
  d.text(d.left, 61, `${r.landlord.address.street} ${r.landlord.address.no} · ${r.landlord.address.plz} ${r.landlord.address.city} · Telefon ${r.landlord.phone}`, { size: 8, color: GRAY });
  d.y = 90;
  d.write(ctx.pick(['Dauernutzungsvertrag', 'Nutzungsvertrag für eine Genossenschaftswohnung'], ['Dauernutzungsvertrag (Mietvertrag)']), { size: 15, bold: true });
  d.write(`Vertrags-Nr. ${ctx.rng.digits(5)} / Mitglieds-Nr. ${ctx.rng.digits(6)}`, { size: 8.5, color: GRAY });
  d.move(6);
  d.para(`Zwischen der ${name} (nachfolgend „Genossenschaft“) und dem Mitglied ${ctx.v('mieter_name', ctx.name(r.tenant))} (nachfolgend „Nutzer“) wird folgender Vertrag geschlossen:`);
  section(ctx, '§ 1 Gegenstand der Nutzung', { rule: true });
  d.para(`Die Genossenschaft überlässt dem Nutzer die Wohnung Nr. ${ctx.rng.int(1, 60)} in ${ctx.v('anschrift', fake.addressLine(r.flat))}, ${r.floor}, mit ${r.rooms} Räumen und einer Wohnfläche von ${ctx.v('wohnflaeche', ctx.area(r.area))} zur Nutzung.`);
  section(ctx, '§ 2 Beginn der Nutzung', { rule: true });
  d.para(`Das Nutzungsverhältnis beginnt am ${ctx.v('mietbeginn', ctx.date(r.einzug))}. Es wird auf unbestimmte Zeit geschlossen, solange der Nutzer Mitglied der Genossenschaft ist.`);
  section(ctx, '§ 3 Nutzungsgebühr', { rule: true });
  d.para('Die monatliche Nutzungsgebühr setzt sich wie folgt zusammen:');
  const mb = (v: number) => ctx.money(v, 'bare');
  const rows: Cell[][] = [
    [ctx.pick(['Grundnutzungsgebühr (netto kalt)', 'Nutzungsgebühr ohne Betriebskosten'], ['Grundnutzungsentgelt']), { text: mb(r.grundmiete), field: 'grundmiete' }],
    [ctx.pick(['Vorauszahlung Betriebskosten', 'Betriebskosten (kalt), Vorauszahlung'], ['kalte Betriebskosten (Abschlag)']), { text: mb(r.nebenkosten), field: 'nebenkosten' }],
    ['Vorauszahlung Heizung und Warmwasser', mb(heating(r))],
    ['Gesamt', mb(r.grundmiete + r.nebenkosten + heating(r))],
  ];
  table(ctx, [{ header: 'Position', x: d.left }, { header: 'EUR monatlich', x: d.left + 300, align: 'right' }], rows, { grid: true, headerFill: LIGHT });
  d.para(`Das Mitglied hat ${ctx.rng.int(2, 8)} Geschäftsanteile zu je ${ctx.money(ctx.rng.pick([155, 160, 250, 300]))} gezeichnet. Eine zusätzliche Mietsicherheit ist nicht zu leisten.`);
  for (const [i, [title, texts]] of ctx.rng.sample(CLAUSES, ctx.rng.int(3, 5)).entries()) {
    section(ctx, `§ ${i + 4} ${title}`, { rule: true });
    d.para(texts[0]);
  }
  d.move(16);
  d.ensure(60);
  d.write(`${r.landlord.address.city}, ${ctx.ndate(addDays(r.einzug, -ctx.rng.int(10, 50)))}`);
  d.move(24);
  d.hline(d.y, d.left, d.left + 200);
  d.hline(d.y, d.left + 250, d.right);
  d.text(d.left, d.y + 10, 'Genossenschaft (zwei Vorstandsmitglieder)', { size: 8 });
  d.text(d.left + 250, d.y + 10, 'Nutzer', { size: 8 });
  footer(d, [[name, `Registergericht ${r.landlord.address.city} GnR ${ctx.rng.digits(3)}`], [`Vorstand: ${fake.fullName(fake.person(ctx.rng))}, ${fake.fullName(fake.person(ctx.rng))}`]], 'Seite x von y');
  truth(ctx, r);
}

/** D (holdout): a management company's contract: a cover sheet "Vertragsdaten" as a table, clauses after */
function verwaltungDeckblatt(ctx: Ctx): void {
  const r = rental(ctx.rng, ctx.today);
  const d = ctx.start({ family: 'helvetica', size: 9, margins: { left: 56, right: 50, top: 50, bottom: 64 } });
  const verwalter = `${ctx.rng.pick(['Immobilienmanagement', 'Hausverwaltung', 'Property Services'])} ${fake.person(ctx.rng).last} GmbH`;
  d.rect(0, 0, d.width, 70, { fill: [0.16, 0.2, 0.3] });
  d.text(d.left, 40, verwalter, { size: 14, bold: true, color: [0.95, 0.95, 0.95] });
  d.text(d.left, 56, `im Auftrag der Eigentümerin`, { size: 8.5, color: [0.85, 0.85, 0.85] });
  d.y = 96;
  d.write('Wohnraummietvertrag – Vertragsdaten', { size: 14, bold: true });
  d.move(4);
  const lp = r.landlord.person ? ctx.name(r.landlord.person) : r.landlord.name;
  const rows: [string, Cell][] = [
    [ctx.pick([], ['Eigentümer/Vermieter', 'Vermieterin (Eigentümerin)']), { text: lp, field: 'vermieter_name' }],
    ['vertreten durch', verwalter],
    [ctx.pick([], ['Mietpartei', 'Mieter (Vertragspartner)']), { text: ctx.name(r.tenant), field: 'mieter_name' }],
    [ctx.pick([], ['Objektanschrift', 'Lage des Mietobjekts']), { text: fake.addressLine(r.flat), field: 'anschrift' }],
    ['Wohnungs-Nr. / Lage', `${ctx.rng.int(1, 99)} / ${r.floor}`],
    [ctx.pick([], ['Wohnfläche gem. WoFlV', 'Fläche (Wohnflächenverordnung)']), { text: ctx.area(r.area), field: 'wohnflaeche' }],
    [ctx.pick([], ['Vertragsbeginn', 'Übergabe / Mietbeginn']), { text: ctx.date(r.einzug), field: 'mietbeginn' }],
    [ctx.pick([], ['Netto-Kaltmiete', 'Miete ohne Nebenkosten']), { text: ctx.money(r.grundmiete), field: 'grundmiete' }],
    [ctx.pick([], ['BK-Vorauszahlung (kalt)', 'Umlagen kalt (Vorauszahlung)']), { text: ctx.money(r.nebenkosten), field: 'nebenkosten' }],
    [ctx.pick([], ['HK-Vorauszahlung', 'Heiz-/WW-Abschlag']), ctx.money(heating(r))],
    ['Gesamtmiete monatlich', ctx.money(r.grundmiete + r.nebenkosten + heating(r))],
    ['Mietsicherheit', `${ctx.money(r.kaution)} (fällig zu Vertragsbeginn)`],
    ['Index-/Staffelmiete', 'nein'],
  ];
  for (const [i, [label, value]] of rows.entries()) {
    if (i % 2 === 0) d.rect(d.left - 3, d.y, d.contentWidth + 6, 16, { fill: [0.95, 0.95, 0.95] });
    const v = typeof value === 'string' ? { text: value } : value;
    d.row([{ x: d.left, text: label, color: GRAY }, { x: d.left + 200, text: v.text, field: v.field, bold: !!v.field }], { minHeight: 16 });
  }
  d.newPage();
  d.write('Allgemeine Vertragsbedingungen', { size: 12, bold: true });
  for (const [i, [title, texts]] of ctx.rng.sample(CLAUSES, ctx.rng.int(4, 7)).entries()) {
    d.write(`${i + 1}. ${title}`, { bold: true });
    d.para(texts[0]);
  }
  d.move(20);
  d.ensure(50);
  d.hline(d.y, d.left, d.left + 190);
  d.hline(d.y, d.left + 240, d.right);
  d.text(d.left, d.y + 10, `${r.flat.city}, Datum / Vermieter`, { size: 8 });
  d.text(d.left + 240, d.y + 10, 'Mieter', { size: 8 });
  footer(d, [[verwalter], [`Mietvertrag ${ctx.rng.digits(6)}`]], 'x/y');
  truth(ctx, r);
}

/**
 * E (holdout, blind): a municipal housing company's contract: the parties in two framed boxes
 * (label above value), the clauses set in two narrow columns of small print, the monthly payments
 * in a framed summary box at the very end, before the signatures.
 */
function blindKommunalZweispaltig(ctx: Ctx): void {
  const r = rental(ctx.rng, ctx.today);
  const city = r.flat.city;
  const name = ctx.rng.pick([`${city}er Wohnungsbaugesellschaft mbH`, `Städtische Wohnungsgesellschaft ${city} mbH`, `Gemeinnützige Wohnungsbau-Gesellschaft ${city} mbH`, `Kommunale Wohnungsgesellschaft ${city} GmbH`]);
  r.landlord = { ...r.landlord, kind: 'organisation', name, person: undefined };
  const ll = r.landlord;
  const d = ctx.start({ family: 'times', size: 8.5, margins: { left: 44, right: 40, top: 44, bottom: 56 } });
  const W = d.contentWidth;
  d.text(d.left, 46, name, { size: 11.5, bold: true });
  d.text(d.left, 57, `${ll.address.street} ${ll.address.no}, ${ll.address.plz} ${ll.address.city} · Kundencenter ${ll.phone}`, { size: 7.5, color: GRAY });
  d.text(d.right, 46, `Vertrags-Nr. ${ctx.rng.digits(3)}-${ctx.rng.digits(5)}-${ctx.rng.digits(2)}`, { size: 8, align: 'right' });
  d.text(d.right, 57, `Wirtschaftseinheit ${ctx.rng.digits(4)} / Whg. ${ctx.rng.digits(3)}`, { size: 8, align: 'right' });
  d.hline(64, d.left, d.right, 1);
  d.y = 80;
  d.write(ctx.rng.pick(['Mietvertrag über Wohnraum', 'Wohnungsmietvertrag (unbefristet)']), { size: 15, bold: true, align: 'center' });
  d.move(4);
  // the parties, two framed boxes side by side, label above the value
  const top = d.y;
  const bw = W / 2 - 6;
  const party = (x: number, title: string, rows: [string, Cell][]) => {
    let y = top + 14;
    d.text(x + 6, top + 11, title, { size: 8.5, bold: true });
    for (const [label, value] of rows) {
      const v = typeof value === 'string' ? { text: value } : value;
      d.text(x + 6, y + 8, label, { size: 6.5, color: GRAY });
      d.text(x + 6, y + 19, v.text, { size: 9.5, field: v.field });
      y += 24;
    }
    return y;
  };
  const hAddr = fake.address(ctx.rng);
  const y1 = party(d.left, 'Vermieterin', [
    ['Firma', { text: name, field: 'vermieter_name' }],
    ['vertreten durch', `die Geschäftsführung, diese vertreten durch ${fake.fullName(fake.person(ctx.rng))}`],
    ['Sitz', `${ll.address.plz} ${ll.address.city}`],
  ]);
  const y2 = party(d.left + W / 2 + 6, ctx.rng.pick(['Mieter/in', 'Mietpartei (Mieter)']), [
    [ctx.rng.pick(['Vor- und Zuname', 'Vorname Name']), { text: ctx.name(r.tenant, 'first-last'), field: 'mieter_name' }],
    ['geboren am', ctx.ndate(r.tenant.birth)],
    ['bisherige Anschrift', `${hAddr.street} ${hAddr.no}, ${hAddr.plz} ${hAddr.city}`],
  ]);
  const bh = Math.max(y1, y2) - top + 4;
  d.rect(d.left, top, bw, bh, { stroke: [0, 0, 0], lineWidth: 0.6 });
  d.rect(d.left + W / 2 + 6, top, bw, bh, { stroke: [0, 0, 0], lineWidth: 0.6 });
  d.y = top + bh + 12;
  // clauses in two columns of small print: lay out all lines first, then balance the columns
  const colW = W / 2 - 8;
  const colX = [d.left, d.left + W / 2 + 8];
  const lines: { text: string; bold: boolean; gap: number; keep?: boolean }[] = [];
  const cpara = (text: string, bold = false, gap = 3) => {
    const w = d.wrap(text, colW, { size: 8, bold });
    w.forEach((l, i) => lines.push({ text: l, bold, gap: i === w.length - 1 ? gap : 0, keep: bold }));
  };
  const clause = (title: string, texts: string[]) => {
    cpara(title, true, 1);
    texts.forEach((t) => cpara(t));
  };
  clause('§ 1 Mieträume', [
    `(1) Vermietet wird zu Wohnzwecken die Wohnung ${ctx.v('anschrift', fake.addressLine(r.flat))}, ${r.floor}, bestehend aus ${r.rooms} Zimmer${r.rooms > 1 ? 'n' : ''}, Küche, Bad, Diele${ctx.rng.chance(0.5) ? ', Loggia' : ''}.`,
    `(2) Die Wohnfläche wurde nach der Wohnflächenverordnung ermittelt und beträgt ${ctx.v('wohnflaeche', ctx.area(r.area))}. Mitvermietet ist der Kellerverschlag Nr. ${ctx.rng.int(1, 40)}.`,
    `(3) Übergeben werden ${ctx.rng.int(2, 4)} Wohnungsschlüssel, ${ctx.rng.int(1, 3)} Haustürschlüssel und ${ctx.rng.int(1, 2)} Briefkastenschlüssel.`,
  ]);
  clause('§ 2 Mietdauer', [`Das Mietverhältnis wird auf unbestimmte Zeit geschlossen. Es beginnt am ${ctx.v('mietbeginn', ctx.date(r.einzug))}. Die Übergabe der Wohnung erfolgt nach Terminabsprache am ersten Werktag.`]);
  clause('§ 3 Miete, Vorauszahlungen', [
    '(1) Die Höhe der monatlichen Miete und der Vorauszahlungen auf die Betriebs- und Heizkosten ergibt sich aus der Zusammenstellung am Ende dieses Vertrages.',
    '(2) Die Miete ist monatlich im Voraus, spätestens bis zum dritten Werktag, zu entrichten. Die Mieterin/der Mieter erteilt hierzu ein SEPA-Lastschriftmandat.',
    '(3) Über die Vorauszahlungen wird jährlich abgerechnet. Der Umlageschlüssel ist, soweit nicht anders bestimmt, die Wohnfläche. Die Vermieterin kann die Vorauszahlungen nach einer Abrechnung angemessen anpassen.',
  ]);
  clause('§ 4 Mietsicherheit', [`Die Mietsicherheit beträgt ${ctx.money(r.kaution)}. Sie kann in drei gleichen monatlichen Raten gezahlt werden, die erste Rate zu Beginn des Mietverhältnisses. Die Vermieterin legt die Sicherheit getrennt von ihrem Vermögen an.`]);
  const more: [string, string[]][] = [
    ['Anzeigepflichten', ['Schäden an der Mietsache, insbesondere Feuchtigkeitsschäden, Schimmelbildung und Schäden an Wasser- und Elektroleitungen, sind der Vermieterin unverzüglich anzuzeigen. Für Folgeschäden aus einer verspäteten Anzeige haftet der Mieter.']],
    ['Gebrauch der Mietsache', ['Der Mieter darf die Mieträume nur zu Wohnzwecken nutzen. Eine gewerbliche Nutzung, auch teilweise, bedarf der vorherigen schriftlichen Zustimmung. Bauliche Veränderungen, insbesondere Um- und Einbauten, dürfen nur mit Zustimmung der Vermieterin vorgenommen werden.']],
    ['Lüften und Heizen', ['Der Mieter hat die Wohnung ausreichend zu lüften und zu beheizen, um Feuchtigkeitsschäden zu vermeiden. Während der Heizperiode ist eine Mindesttemperatur von 16 Grad Celsius in allen Räumen einzuhalten.']],
    ['Datenschutz', ['Die Vermieterin verarbeitet die personenbezogenen Daten des Mieters zur Durchführung des Mietverhältnisses nach Art. 6 Abs. 1 lit. b DSGVO. Die Informationen nach Art. 13 DSGVO sind diesem Vertrag als Anlage beigefügt.']],
  ];
  const picked = ctx.rng.shuffle([...ctx.rng.sample(CLAUSES, ctx.rng.int(4, 7)), ...ctx.rng.sample(more, ctx.rng.int(1, 4))]);
  for (const [i, [title, texts]] of picked.entries()) clause(`§ ${i + 5} ${title}`, texts);
  clause(`§ ${picked.length + 5} Sonstige Vereinbarungen`, [ctx.rng.pick(['Keine.', 'Die Hausordnung in der aktuellen Fassung ist Bestandteil des Vertrages.', 'Die Wohnung wird in renoviertem Zustand übergeben; ein Übergabeprotokoll wird gefertigt.'])]);
  const lh = (l: (typeof lines)[number]) => 10 + l.gap;
  // fill two columns of at most `limit` points from line `from`; returns the next line and the height used
  const fill = (from: number, limit: number, draw: boolean, colTop: number): [number, number] => {
    let i = from;
    let end = 0;
    for (let c = 0; c < 2 && i < lines.length; c++) {
      let y = 0;
      while (i < lines.length) {
        const l = lines[i];
        // a heading is not left alone at the foot of a column
        if (y + lh(l) > limit || (l.keep && y + 30 > limit && y > 0)) break;
        if (draw) d.text(colX[c], colTop + y + 8, l.text, { size: 8, bold: l.bold });
        y += lh(l);
        i++;
      }
      end = Math.max(end, y);
    }
    return [i, end];
  };
  let i = 0;
  while (i < lines.length) {
    const avail = d.height - d.margins.bottom - d.y;
    let limit = avail;
    // balance the columns when the rest fits on this page
    if (fill(i, avail, false, 0)[0] === lines.length) {
      limit = 40;
      while (fill(i, limit, false, 0)[0] < lines.length) limit += 6;
    }
    const [next, height] = fill(i, limit, true, d.y);
    i = next;
    d.y += height;
    if (i < lines.length) d.newPage();
  }
  // the payments in a summary box at the end, across the full width
  d.move(10);
  const heat = heating(r);
  const rows: [string, string, string?][] = [
    [ctx.rng.pick(['Grundmiete netto kalt', 'Kaltmiete (Wohnraum)']), ctx.money(r.grundmiete), 'grundmiete'],
    [ctx.rng.pick(['Vorauszahlung kalte Betriebskosten', 'Betriebskosten kalt – Vorauszahlung']), ctx.money(r.nebenkosten), 'nebenkosten'],
    [ctx.rng.pick(['Vorauszahlung Heizung/Warmwasser', 'Heiz- und Warmwasserkosten – Vorauszahlung']), ctx.money(heat)],
  ];
  if (r.stellplatz) rows.push(['Stellplatzmiete (Tiefgarage)', ctx.money(r.stellplatz)]);
  const total = r.grundmiete + r.nebenkosten + heat + (r.stellplatz ?? 0);
  d.ensure(rows.length * 13 + 90);
  const boxTop = d.y;
  d.rect(d.left, boxTop, W, 18, { fill: LIGHT });
  d.text(d.left + 6, boxTop + 12.5, `Zusammenstellung der monatlichen Zahlungen ab ${ctx.ndate(r.einzug)}`, { size: 9, bold: true });
  d.y = boxTop + 22;
  for (const [l, v, f] of rows) d.row([{ x: d.left + 10, text: l, size: 9 }, { x: d.left + 330, text: v, size: 9, align: 'right', field: f }], { size: 9 });
  d.hline(d.y + 1, d.left + 10, d.left + 334, 0.5);
  d.move(3);
  d.row([{ x: d.left + 10, text: 'monatlich zu zahlen', size: 9, bold: true }, { x: d.left + 330, text: ctx.money(total), size: 9, bold: true, align: 'right' }], { size: 9 });
  d.move(4);
  d.rect(d.left, boxTop, W, d.y - boxTop, { stroke: [0, 0, 0], lineWidth: 0.8 });
  d.move(26);
  d.hline(d.y, d.left, d.left + 200, 0.5);
  d.hline(d.y, d.left + 260, d.right, 0.5);
  d.text(d.left, d.y + 9, `${city}, den ${ctx.ndate(addDays(r.einzug, -ctx.rng.int(8, 45)))} – Vermieterin`, { size: 7.5 });
  d.text(d.left + 260, d.y + 9, 'Mieter/in', { size: 7.5 });
  footer(d, [[name, `Registergericht ${ll.address.city} HRB ${ctx.rng.digits(5)}`], [`Aufsichtsratsvorsitz: ${fake.fullName(fake.person(ctx.rng))}`]], 'Seite x von y');
  truth(ctx, r);
}

/**
 * F (holdout, blind 2): a private owner's contract with a graduated rent (Staffelmiete): the parties
 * side by side in a table with a header row (landlord | tenant), the flat as a small table, the
 * rent steps as a table of dates and amounts (only the first step is the rent at the start), the
 * advance payments in a sentence, the owner represented by a manager.
 */
function blind2Staffelmiete(ctx: Ctx): void {
  const r = rental(ctx.rng, ctx.today);
  if (!r.landlord.person) {
    const p = fake.person(ctx.rng, { bornFrom: 1945, bornTo: 1985, titleChance: 0.25 });
    r.landlord = { ...r.landlord, kind: 'person', person: p, name: fake.fullName(p) };
  }
  const owner = r.landlord.person!;
  const d = ctx.start({ family: ctx.rng.pick(['helvetica', 'times']), size: 9.5, margins: { left: 58, right: 52, top: 50, bottom: 62 } });
  const W = d.contentWidth;
  const verwalter = `${ctx.rng.pick(['Immobilienbüro', 'WEG- und Mietverwaltung', 'Hausverwaltung'])} ${fake.person(ctx.rng).last}`;
  d.text(d.left, 44, `Vertragsnummer ${ctx.rng.pick(['MV', 'W'])}-${ctx.rng.digits(4)}-${ctx.rng.digits(3)}`, { size: 7.5, color: GRAY });
  d.text(d.right, 44, `Ausfertigung für ${ctx.rng.pick(['den Mieter', 'die Mietpartei', 'den Vermieter'])}`, { size: 7.5, color: GRAY, align: 'right' });
  d.y = 64;
  d.write('Wohnraummietvertrag mit Staffelmiete', { size: 16, bold: true, align: 'center' });
  d.write('(§ 557a BGB)', { size: 9, align: 'center' });
  d.move(8);
  // the parties in a table: header row, then label column and two value columns
  const c0 = d.left;
  const c1 = d.left + 95;
  const c2 = d.left + 95 + (W - 95) / 2;
  const cw = (W - 95) / 2 - 8;
  const top = d.y;
  d.rect(d.left, top, W, 16, { fill: LIGHT });
  d.row([{ x: c1 + 4, text: 'Vermieter', bold: true }, { x: c2 + 4, text: ctx.rng.pick(['Mieter', 'Mieterin / Mieter']), bold: true }], { minHeight: 16 });
  const ownerPrinted = ctx.rng.chance(0.5) ? `${owner.title ? owner.title + ' ' : ''}${owner.first} ${owner.last}` : `${owner.last}, ${owner.first}${owner.title ? ' (' + owner.title + ')' : ''}`;
  const tenantPrinted = ctx.rng.chance(0.6) ? `${r.tenant.first} ${r.tenant.last}` : `${r.tenant.last}, ${r.tenant.first}`;
  const prev = fake.address(ctx.rng);
  const partyRows: [string, Cell, Cell][] = [
    ['Name', { text: ownerPrinted, field: 'vermieter_name' }, { text: tenantPrinted, field: 'mieter_name' }],
    ['Anschrift', `${r.landlord.address.street} ${r.landlord.address.no}, ${r.landlord.address.plz} ${r.landlord.address.city}`, `${prev.street} ${prev.no}, ${prev.plz} ${prev.city} (bisher)`],
    ['Geburtsdatum', ctx.ndate(owner.birth), ctx.ndate(r.tenant.birth)],
    ['Telefon', r.landlord.phone, ctx.rng.chance(0.5) ? fake.mobile(ctx.rng) : fake.phone(ctx.rng)],
    ['vertreten durch', verwalter, '–'],
  ];
  for (const [l, a, b] of partyRows) {
    const ca = typeof a === 'string' ? { text: a } : a;
    const cb = typeof b === 'string' ? { text: b } : b;
    d.row([{ x: c0 + 4, text: l, color: GRAY, size: 8.5 }, { x: c1 + 4, text: ca.text, field: ca.field, width: cw }, { x: c2 + 4, text: cb.text, field: cb.field, width: cw }], { minHeight: 15 });
    d.hline(d.y, d.left, d.right, 0.3, GRAY);
  }
  d.rect(d.left, top, W, d.y - top, { stroke: [0, 0, 0], lineWidth: 0.6 });
  d.line(c1, top, c1, d.y, 0.3, GRAY);
  d.line(c2, top, c2, d.y, 0.3, GRAY);
  d.move(10);
  const clause = (title: string) => {
    d.ensure(50);
    d.move(4);
    d.write(title, { bold: true, size: 10 });
  };
  clause('§ 1 Gegenstand des Vertrages');
  d.para(`Vermietet werden zu Wohnzwecken die nachstehend bezeichneten Räume im Haus ${ctx.v('anschrift', fake.addressLine(r.flat))}:`);
  const facts: [string, Cell][] = [
    ['Lage im Haus', r.floor],
    ['Räume', `${r.rooms} Zimmer, Küche, ${ctx.rng.pick(['Bad mit Wanne', 'Duschbad', 'Bad/WC'])}, Diele${ctx.rng.chance(0.5) ? ', Balkon' : ''}`],
    [ctx.rng.pick(['Wohnfläche (ca.)', 'Größe nach WoFlV']), { text: ctx.area(r.area), field: 'wohnflaeche' }],
    ['Nebenräume', `Kellerabteil Nr. ${ctx.rng.int(1, 24)}${r.stellplatz ? `, Stellplatz Nr. ${ctx.rng.int(1, 20)}` : ''}`],
    ['Schlüssel', `${ctx.rng.int(2, 4)} Wohnungs-, ${ctx.rng.int(1, 3)} Haus-, 1 Briefkastenschlüssel`],
  ];
  for (const [l, v] of facts) {
    const c = typeof v === 'string' ? { text: v } : v;
    d.row([{ x: d.left + 14, text: l, color: GRAY }, { x: d.left + 150, text: c.text, field: c.field, width: W - 150 }], { minHeight: 13 });
  }
  clause('§ 2 Beginn des Mietverhältnisses');
  d.para(`Das Mietverhältnis wird ab dem ${ctx.v('mietbeginn', ctx.date(r.einzug))} auf unbestimmte Zeit abgeschlossen. Die Übergabe der Wohnung erfolgt mit Übergabeprotokoll. Auf das Recht zur ordentlichen Kündigung verzichten beide Parteien für die Dauer von ${ctx.rng.pick(['zwei', 'drei', 'vier'])} Jahren ab Vertragsschluss (§ 557a Abs. 3 BGB).`);
  clause('§ 3 Miete (Staffelmiete)');
  d.para('Die monatliche Nettokaltmiete (ohne Betriebs- und Heizkosten) erhöht sich zu den genannten Zeitpunkten jeweils auf den folgenden Betrag. Während der Laufzeit der Staffelmiete ist eine Erhöhung nach §§ 558 bis 559b BGB ausgeschlossen.');
  const steps = ctx.rng.int(3, 5);
  const inc = ctx.rng.pick([15, 20, 25, 30, 0.025]);
  const stepRows: Cell[][] = [];
  let amount = r.grundmiete;
  for (let i = 0; i < steps; i++) {
    const from = i === 0 ? r.einzug : addDays(addYears(firstDayOfMonth(r.einzug), i), 0);
    const before = amount;
    if (i > 0) amount = cents(inc < 1 ? amount * (1 + inc) : amount + inc);
    stepRows.push([
      `${i + 1}. Staffel`,
      i === 0 ? `ab Mietbeginn (${ctx.ndate(from)})` : `ab ${ctx.ndate(from)}`,
      i === 0 ? { text: ctx.money(amount), field: 'grundmiete' } : ctx.money(amount),
      i === 0 ? '–' : `+ ${ctx.money(cents(amount - before))}`,
    ]);
  }
  table(ctx, [
    { header: 'Staffel', x: d.left },
    { header: 'gültig', x: d.left + 65 },
    { header: 'Nettokaltmiete monatlich', x: d.left + 330, align: 'right' },
    { header: 'Erhöhung', x: d.right, align: 'right' },
  ], stepRows, { grid: true, size: 9 });
  const heat = heating(r);
  d.para(`Neben der Miete leistet der Mieter monatliche Vorauszahlungen auf die Betriebskosten nach § 2 BetrKV (ohne Heizung und Warmwasser) in Höhe von ${ctx.v('nebenkosten', ctx.money(r.nebenkosten))} sowie auf die Kosten der Heizung und Warmwasserversorgung in Höhe von ${ctx.money(heat)}. ${r.stellplatz ? `Für den Stellplatz sind zusätzlich ${ctx.money(r.stellplatz)} monatlich zu zahlen. ` : ''}Die Vorauszahlungen werden jährlich abgerechnet.`);
  d.para(`Zu Beginn sind somit monatlich ${ctx.money(cents(r.grundmiete + r.nebenkosten + heat + (r.stellplatz ?? 0)))} zu zahlen, fällig jeweils bis zum dritten Werktag auf das Konto des Vermieters bei der ${r.landlord.bank.bank.name}, IBAN ${fake.groupIban(r.landlord.bank.iban)}.`);
  clause('§ 4 Kaution');
  d.para(`Der Mieter leistet eine Sicherheit in Höhe von ${ctx.money(r.kaution)} (drei Nettokaltmieten der ersten Staffel). Er ist berechtigt, sie in drei gleichen Monatsraten zu zahlen.`);
  for (const [i, [title, texts]] of ctx.rng.sample(CLAUSES, ctx.rng.int(3, 6)).entries()) {
    clause(`§ ${i + 5} ${title}`);
    d.para(texts[0]);
  }
  d.move(18);
  d.ensure(60);
  d.write(`${r.landlord.address.city}, den ${ctx.date(addDays(r.einzug, -ctx.rng.int(6, 40)))}`);
  d.move(26);
  d.hline(d.y, d.left, d.left + 200, 0.5);
  d.hline(d.y, d.left + 250, d.right, 0.5);
  d.text(d.left, d.y + 10, `Vermieter, vertreten durch ${verwalter}`, { size: 7.5, color: GRAY });
  d.text(d.left + 250, d.y + 10, 'Mieter', { size: 7.5, color: GRAY });
  footer(d, [[`Staffelmietvertrag ${r.flat.street} ${r.flat.no}`], ['Paraphe Vermieter ____  Paraphe Mieter ____']], 'Seite x von y');
  truth(ctx, r);
}

const firstDayOfMonth = (date: string) => `${date.slice(0, 7)}-01`;
const addYears = (date: string, years: number) => `${Number(date.slice(0, 4)) + years}${date.slice(4)}`;

/** consumer price index (2020 = 100), roughly, for the year a contract is signed */
const VPI: Record<number, number> = { 2020: 100.4, 2021: 104.1, 2022: 111.5, 2023: 117.3, 2024: 119.6, 2025: 121.4, 2026: 123.0 };
const mailLocal = (s: string) => s.toLowerCase().replace(/ä/g, 'ae').replace(/ö/g, 'oe').replace(/ü/g, 'ue').replace(/ß/g, 'ss').replace(/[^a-z]+/g, '');

/**
 * G (holdout, blind 3): an index-rent contract generated by a landlord's letting software and
 * signed electronically: numbered sections with the parties one under the other (tenant with
 * birth date, current address and e-mail, sometimes a co-tenant, a private owner sometimes
 * represented by a management company), the flat with balcony share and cellar, start and an
 * earlier handover day, a small rent table, the index clause with the base index, the house's
 * total area as the allocation key, the deposit in three instalments, small repairs and the
 * energy certificate; the last page is the signature service's audit trail (events, times,
 * e-mail addresses, IPs, checksum).
 */
function blind3IndexmieteEsignatur(ctx: Ctx): void {
  const r = rental(ctx.rng, ctx.today);
  // e-signed index-rent contracts are recent: a tenancy begun in the last four years or about to begin
  r.einzug = firstOfMonth(addDays(ctx.today, ctx.rng.int(-1400, 40)));
  if (ctx.rng.chance(0.12)) r.einzug = addDays(r.einzug, 14);
  const signed = addDays(r.einzug, -ctx.rng.int(12, 60));
  const rng = ctx.rng;
  const hex = (n: number) => Array.from({ length: n }, () => '0123456789abcdef'[rng.int(0, 15)]).join('');
  const envelope = `${hex(8)}-${hex(4)}-${hex(4)}-${hex(4)}-${hex(12)}`.toUpperCase();
  const vertragsId = `MV-${signed.slice(0, 4)}-${rng.digits(5)}`;
  const d = ctx.start({ family: 'helvetica', size: 9.5, margins: { left: 60, right: 56, top: 64, bottom: 70 } });
  const accent = rng.pick([[0.1, 0.35, 0.55], [0.15, 0.45, 0.35], [0.35, 0.2, 0.45]] as const);
  const t = r.tenant;
  const co = rng.chance(0.25) ? fake.person(rng, { gender: t.gender === 'f' ? 'm' : 'f', bornFrom: Number(t.birth.slice(0, 4)) - 5, bornTo: Math.min(2005, Number(t.birth.slice(0, 4)) + 5), last: rng.chance(0.5) ? t.last : undefined }) : undefined;
  if (co) co.title = undefined;
  const lord = r.landlord;
  const orgLord = lord.kind === 'organisation';
  const verwaltung = !orgLord && rng.chance(0.5) ? { name: `Hausverwaltung ${rng.pick(['Krüger', 'Lindner', 'Sommer', 'Albrecht', 'Vogt'])} GmbH`, address: fake.sameCityAddress(rng, r.flat) } : undefined;

  d.onEveryPage((doc, page, pages) => {
    doc.text(doc.left, 40, `Wohnraummietvertrag · ${vertragsId}`, { size: 7, color: GRAY });
    doc.text(doc.right, 40, `Envelope-ID: ${envelope}`, { size: 6.5, align: 'right', color: GRAY, font: 'courier' });
    doc.hline(45, doc.left, doc.right, 0.3, GRAY);
    doc.hline(doc.height - 50, doc.left, doc.right, 0.3, GRAY);
    doc.text(doc.left, doc.height - 40, 'Dieses Dokument wurde elektronisch erstellt und signiert.', { size: 6.5, color: GRAY });
    doc.text(doc.right, doc.height - 40, `Seite ${page} von ${pages}`, { size: 7.5, align: 'right', color: GRAY });
  });

  d.rect(d.left, 62, 4, 40, { fill: accent });
  d.text(d.left + 14, 80, 'Wohnraummietvertrag', { size: 18, bold: true });
  d.text(d.left + 14, 96, 'mit Vereinbarung einer Indexmiete (§ 557b BGB)', { size: 10, color: accent });
  d.y = 118;
  const num = (no: number, title: string) => {
    d.ensure(60);
    d.move(8);
    d.text(d.left, d.y + 10, `${no}`, { size: 10.5, bold: true, color: accent });
    d.text(d.left + 20, d.y + 10, title, { size: 10.5, bold: true });
    d.y += 16;
  };
  const p = (text: string, opts: { size?: number } = {}) => d.para(text, { x: d.left + 20, size: opts.size ?? 9.5 });
  const caps = (text: string) => {
    d.ensure(40);
    d.write(text.toUpperCase(), { x: d.left + 20, size: 7, color: GRAY, bold: true, gap: 1.3 });
  };
  const mails = new Map<fake.Person, string>();
  const mail = (x: fake.Person) => {
    if (!mails.has(x)) mails.set(x, `${mailLocal(x.first.split(' ')[0])}.${mailLocal(x.last)}@${rng.pick(['gmail.com', 'web.de', 'gmx.net', 'outlook.de', 'posteo.de'])}`);
    return mails.get(x)!;
  };

  num(1, 'Vertragsparteien');
  caps(orgLord ? 'Vermieterin' : lord.person!.gender === 'f' ? 'Vermieterin' : 'Vermieter');
  const lordPrinted = orgLord ? lord.name : ctx.name(lord.person!, 'first-last');
  d.write(ctx.v('vermieter_name', lordPrinted), { x: d.left + 20, bold: true });
  d.write(`${lord.address.street} ${lord.address.no}, ${lord.address.plz} ${lord.address.city}`, { x: d.left + 20 });
  if (verwaltung) d.write(`vertreten durch die ${verwaltung.name}, ${verwaltung.address.street} ${verwaltung.address.no}, ${verwaltung.address.plz} ${verwaltung.address.city}`, { x: d.left + 20, size: 8.5 });
  else if (orgLord) d.write(`vertreten durch die Geschäftsführung, Ansprechpartner/in: ${fake.fullName(fake.person(rng))}`, { x: d.left + 20, size: 8.5 });
  d.move(4);
  caps(co ? 'Mieter (als Gesamtschuldner)' : t.gender === 'f' ? 'Mieterin' : 'Mieter');
  const renter = (x: fake.Person, field?: string) => {
    const printed = ctx.name(x);
    d.write(field ? ctx.v(field, printed) : printed, { x: d.left + 20, bold: true });
    const prev = fake.address(rng);
    d.write(`geboren am ${ctx.date(x.birth)} · derzeit wohnhaft ${prev.street} ${prev.no}, ${prev.plz} ${prev.city}`, { x: d.left + 20, size: 8.5 });
    d.write(`E-Mail ${mail(x)} · Mobil ${fake.mobile(rng)}`, { x: d.left + 20, size: 8.5 });
  };
  renter(t, 'mieter_name');
  if (co) {
    d.move(2);
    renter(co);
  }
  d.write(co ? '– die Mieter werden im Folgenden gemeinsam „Mieter“ genannt –' : '– im Folgenden „Mieter“ –', { x: d.left + 20, size: 8.5, italic: true });

  num(2, 'Mietsache');
  const we = `${rng.int(1, 30)}`;
  const balcony = rng.chance(0.6) ? cents(rng.int(40, 120) / 10) : 0;
  p(`(1) Vermietet wird die Wohnung Nr. ${we} im ${r.floor} des Hauses ${ctx.v('anschrift', fake.addressLine(r.flat))}.`);
  p(`(2) Die Wohnung besteht aus ${r.rooms} ${r.rooms === 1 ? 'Zimmer' : 'Zimmern'}, Küche, Diele und Bad mit WC${balcony ? ' sowie einem Balkon' : ''}. Die Wohnfläche beträgt ${ctx.v('wohnflaeche', ctx.area(r.area))}${balcony ? `; die Grundfläche des Balkons (${ctx.area(balcony)}) ist darin nach der Wohnflächenverordnung zu einem Viertel berücksichtigt` : ''}.`);
  p(`(3) Mitvermietet ist das Kellerabteil Nr. ${rng.int(1, 40)} mit ca. ${ctx.area(rng.int(3, 9))} Nutzfläche; es zählt nicht zur Wohnfläche. Waschküche und Fahrradraum dürfen mitbenutzt werden.`);
  p(`(4) Der Mieter erhält ${rng.int(2, 5)} Wohnungs-, Haus- und Briefkastenschlüssel sowie ${rng.int(1, 3)} Transponder für die Haustür.`);

  num(3, 'Mietzeit, Übergabe, Kündigungsverzicht');
  p(`(1) Das Mietverhältnis beginnt am ${ctx.v('mietbeginn', ctx.date(r.einzug))} und wird auf unbestimmte Zeit geschlossen.`);
  const handover = addDays(r.einzug, -rng.int(0, 3));
  if (handover !== r.einzug) p(`(2) Die Wohnung wird nach Absprache bereits am ${ctx.date(handover)} übergeben; über die Übergabe wird ein Protokoll gefertigt. Miete ist für diese Tage nicht zu zahlen.`);
  else p(`(2) Die Übergabe erfolgt am Tag des Mietbeginns; über die Übergabe wird ein Protokoll gefertigt.`);
  const years = rng.pick([1, 2, 3, 4]);
  p(`(3) Die Parteien verzichten wechselseitig für die Dauer von ${years === 1 ? 'einem Jahr' : `${years} Jahren`} ab Abschluss dieses Vertrages auf ihr Recht zur ordentlichen Kündigung. Die Kündigung ist erstmals zum Ablauf dieses Zeitraums zulässig.`);

  num(4, 'Miete');
  p('(1) Die monatliche Miete setzt sich wie folgt zusammen:');
  const bare = rng.chance(0.5);
  const mo = (v: number) => (bare ? decimal(v) : ctx.money(v));
  const lx = d.left + 34;
  const vx = d.left + 330;
  d.ensure(90);
  d.hline(d.y, lx - 4, vx + 4, 0.6);
  d.row([{ x: lx, text: 'Position', bold: true, size: 8.5 }, { x: vx, text: bare ? 'Betrag in EUR' : 'Betrag', bold: true, size: 8.5, align: 'right' }], { size: 8.5, minHeight: 14 });
  d.hline(d.y, lx - 4, vx + 4, 0.4);
  const rentRow = (label: string, value: string, field?: string, bold = false) => d.row([{ x: lx, text: label, bold }, { x: vx, text: value, align: 'right', field, bold }], { minHeight: 15 });
  rentRow(ctx.pick(['Nettokaltmiete', 'Grundmiete (netto kalt)'], ['Ausgangsmiete netto kalt (Indexmiete)', 'Indexmiete ohne Betriebskosten']), mo(r.grundmiete), 'grundmiete');
  rentRow(ctx.pick(['Vorauszahlung Betriebskosten (Nr. 5)'], ['Vorauszahlung kalte Betriebskosten gemäß Nr. 5', 'Betriebskosten-Vorauszahlung (ohne Heizung)']), mo(r.nebenkosten), 'nebenkosten');
  if (r.heizkosten !== undefined) rentRow('Vorauszahlung Heizung und Warmwasser (Nr. 5)', mo(r.heizkosten));
  d.hline(d.y, lx - 4, vx + 4, 0.6);
  rentRow('monatlich zu zahlen', mo(cents(r.grundmiete + r.nebenkosten + (r.heizkosten ?? 0))), undefined, true);
  d.move(6);
  const indexMonth = addMonths(signed, -rng.int(2, 3));
  const vpi = decimal((VPI[Number(indexMonth.slice(0, 4))] ?? 104) + rng.int(-8, 8) / 10, 1);
  p(`(2) Die Nettokaltmiete wird durch den vom Statistischen Bundesamt ermittelten Verbraucherpreisindex für Deutschland (VPI, Basisjahr 2020 = 100) bestimmt. Ausgangswert ist der Index für ${fake.MONTHS_DE[Number(indexMonth.slice(5, 7)) - 1]} ${indexMonth.slice(0, 4)} mit ${vpi} Punkten. Ändert sich der Index, kann jede Partei durch Erklärung in Textform eine entsprechende Anpassung der Nettokaltmiete verlangen, frühestens jedoch ein Jahr nach Mietbeginn oder nach der letzten Anpassung. Die Vorauszahlungen nehmen an der Indexierung nicht teil.`);
  p(`(3) Die Miete ist monatlich im Voraus, spätestens am dritten Werktag eines Monats, kostenfrei auf das Konto ${verwaltung ? 'der Verwaltung' : orgLord ? 'der Vermieterin' : 'des Vermieters'} bei der ${lord.bank.bank.name}, IBAN ${fake.groupIban(lord.bank.iban)}, zu zahlen. Maßgeblich ist der Eingang des Geldes.`);
  if (r.stellplatz) p(`(4) Über den Stellplatz Nr. ${rng.int(1, 30)} in der Tiefgarage wird ein gesonderter Vertrag geschlossen (Miete ${ctx.money(r.stellplatz)} monatlich); er ist nicht Teil der Indexmiete.`);

  num(5, 'Betriebskosten und Heizkosten');
  const houseArea = cents(r.area * rng.int(6, 22) + rng.int(0, 99) / 100);
  p(`(1) Der Mieter trägt die Betriebskosten im Sinne von § 2 der Betriebskostenverordnung. Über die Vorauszahlungen wird jährlich abgerechnet; Abrechnungszeitraum ist das Kalenderjahr.`);
  p(`(2) Soweit nicht nach Verbrauch abgerechnet wird, werden die Betriebskosten nach dem Anteil der Wohnfläche an der Gesamtwohnfläche des Hauses von ${ctx.area(houseArea)} umgelegt.`);
  if (r.heizkosten !== undefined) p(`(3) Die Kosten für Heizung und Warmwasser werden nach der Heizkostenverordnung zu ${rng.pick(['70', '50', '60'])} % nach Verbrauch und im Übrigen nach der Wohnfläche verteilt.`);
  else p(`(3) Die Wohnung wird über eine ${rng.pick(['Gasetagenheizung', 'Gastherme', 'Wärmepumpe mit eigenem Zähler'])} beheizt; den Liefervertrag schließt der Mieter selbst ab. Heizkosten sind daher nicht Teil der Vorauszahlungen.`);

  num(6, 'Mietsicherheit');
  p(`Der Mieter leistet eine Mietsicherheit von ${ctx.money(r.kaution)} (drei Nettokaltmieten). Er ist berechtigt, sie in drei gleichen monatlichen Teilzahlungen zu erbringen; die erste Teilzahlung ist zu Beginn des Mietverhältnisses fällig. Die Vermieterseite legt die Sicherheit getrennt von ihrem Vermögen bei einem Kreditinstitut zum üblichen Zinssatz an.`);

  num(7, 'Schönheits- und Kleinreparaturen');
  const small = rng.pick([90, 100, 110, 120]);
  p(`(1) Die Wohnung wird ${rng.chance(0.5) ? 'renoviert übergeben' : 'unrenoviert übergeben; eine Ausgleichszahlung ist nicht vereinbart'}. Schönheitsreparaturen führt der Mieter nur durch, soweit sie durch seinen Gebrauch erforderlich werden.`);
  p(`(2) Kleinreparaturen an Teilen, die dem häufigen Zugriff des Mieters ausgesetzt sind, trägt der Mieter bis ${ctx.money(small)} im Einzelfall, höchstens jedoch 8 % der jährlichen Nettokaltmiete.`);

  num(8, 'Tierhaltung, Untervermietung, Hausordnung');
  p('Die Haltung von Hunden und Katzen bedarf der Zustimmung, die nur aus sachlichem Grund versagt werden darf. Eine Untervermietung ist nur mit Erlaubnis zulässig. Die Hausordnung in der bei Vertragsschluss übergebenen Fassung ist Bestandteil dieses Vertrages.');

  num(9, 'Energieausweis');
  const ausweis = addDays(signed, -rng.int(200, 2400));
  p(`Dem Mieter wurde vor Vertragsschluss der ${rng.pick(['Verbrauchsausweis', 'Bedarfsausweis'])} vom ${ctx.date(ausweis)} vorgelegt (Endenergie ${rng.int(55, 190)} kWh/(m²·a), Energieträger ${rng.pick(['Erdgas', 'Fernwärme', 'Heizöl', 'Strom-Mix (Wärmepumpe)'])}, Baujahr des Gebäudes ${r.built}). Der Energieausweis dient nur der Information.`);

  num(10, 'Schlussbestimmungen');
  p('Nebenabreden bestehen nicht. Änderungen und Ergänzungen bedürfen der Textform. Der Vertrag wird elektronisch geschlossen; jede Partei erhält eine Ausfertigung als PDF-Datei mit dem Signaturprotokoll.');

  // the signing timeline: created and sent by the landlord's side, opened and signed by each
  // tenant, countersigned last; minutes of the day keep the events in order
  const stamp = (day: string, minute: number) => `${ctx.ndate(day)}, ${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')} Uhr`;
  const lead = rng.int(3, 9);
  const created = addDays(signed, -lead);
  const createdAt = rng.int(480, 1000);
  const lordSigner = verwaltung ? `${fake.fullName(fake.person(rng))}` : orgLord ? `${fake.fullName(fake.person(rng))}` : ctx.name(lord.person!, 'first-last');
  const lordFor = verwaltung ? `für ${verwaltung.name}` : orgLord ? `für ${lord.name}` : '';
  const lordMail = `vermietung@${verwaltung ? 'hv-' + mailLocal(verwaltung.name.split(' ')[1]) : orgLord ? mailLocal(lord.name.split(' ')[0]) : mailLocal(lord.person!.last)}.de`;
  const tenants = [t, ...(co ? [co] : [])].map((x) => {
    const day = addDays(created, rng.int(0, lead));
    const opened = day === created ? rng.int(createdAt + 40, 1380) : rng.int(420, 1320);
    return { who: ctx.name(x, 'first-last'), email: mail(x), day, opened, signedAt: Math.min(1430, opened + rng.int(3, 40)) };
  });
  const sameDay = tenants.filter((x) => x.day === signed).map((x) => x.signedAt);
  const lordAt = Math.min(1438, sameDay.length ? Math.max(...sameDay) + rng.int(5, 90) : rng.int(480, 1000));
  const boxes: { role: string; who: string; org: string; when: string }[] = [
    ...tenants.map((x) => ({ role: 'Mieter', who: x.who, org: '', when: stamp(x.day, x.signedAt) })),
    { role: orgLord ? 'Vermieterin' : 'Vermieter', who: lordSigner, org: lordFor, when: stamp(signed, lordAt) },
  ];
  const boxH = 52;
  d.ensure(40 + (boxH + 8) * Math.ceil(boxes.length / 2));
  d.move(12);
  const bw = (d.contentWidth - 20) / 2;
  boxes.forEach((s, i) => {
    const x = d.left + (i % 2) * (bw + 20);
    const y = d.y + Math.floor(i / 2) * (boxH + 8);
    d.rect(x, y, bw, boxH, { stroke: accent, lineWidth: 0.6 });
    d.text(x + 6, y + 11, s.role, { size: 7, color: GRAY, bold: true });
    d.text(x + 6, y + 24, s.who, { size: 8.5, font: 'helvetica-italic' });
    if (s.org) d.text(x + 6, y + 34, d.wrap(s.org, bw - 12, { size: 7 })[0], { size: 7 });
    d.text(x + 6, y + 46, `elektronisch signiert am ${s.when}`, { size: 7, color: GRAY });
  });
  d.y += Math.ceil(boxes.length / 2) * (boxH + 8);

  // the signature service's audit trail
  d.newPage();
  d.write('Signaturprotokoll', { size: 14, bold: true });
  d.write('Abschlussbericht der elektronischen Signatur (fortgeschrittene elektronische Signatur)', { size: 8.5, color: GRAY });
  d.move(6);
  const meta: [string, string][] = [
    ['Dokument', `Wohnraummietvertrag_${mailLocal(r.flat.street)}_${r.flat.no}.pdf`],
    ['Envelope-ID', envelope],
    ['Vertrags-ID', vertragsId],
    ['Status', `abgeschlossen am ${stamp(signed, Math.min(1439, lordAt + 1))}`],
    ['Zeitzone', 'Europe/Berlin'],
  ];
  for (const [k, v] of meta) d.row([{ x: d.left, text: k, size: 8.5, color: GRAY }, { x: d.left + 90, text: v, size: 8.5 }], { size: 8.5 });
  d.move(8);
  const cols = { when: d.left, what: d.left + 108, who: d.left + 210, ip: d.left + 372 };
  d.hline(d.y, d.left, d.right, 0.6);
  d.row([
    { x: cols.when, text: 'Zeitpunkt', bold: true, size: 8 },
    { x: cols.what, text: 'Ereignis', bold: true, size: 8 },
    { x: cols.who, text: 'Person / E-Mail', bold: true, size: 8 },
    { x: cols.ip, text: 'IP-Adresse', bold: true, size: 8 },
  ], { size: 8, minHeight: 13 });
  d.hline(d.y, d.left, d.right, 0.4);
  const ip = () => `${rng.pick(['84', '91', '93', '185', '217', '46', '79'])}.${rng.int(1, 254)}.${rng.int(1, 254)}.${rng.int(1, 254)}`;
  const lordIp = ip();
  const events: { day: string; minute: number; what: string; who: string; ip: string }[] = [{ day: created, minute: createdAt, what: 'Umschlag erstellt', who: `${lordSigner}\n${lordMail}`, ip: lordIp }];
  tenants.forEach((x, i) => {
    const tip = ip();
    events.push({ day: created, minute: createdAt + 2 + i, what: 'zur Signatur versandt', who: x.email, ip: '–' });
    events.push({ day: x.day, minute: x.opened, what: 'Dokument geöffnet', who: x.email, ip: tip });
    events.push({ day: x.day, minute: x.signedAt, what: 'signiert (SMS-TAN)', who: `${x.who}\n${x.email}`, ip: tip });
  });
  events.push({ day: signed, minute: lordAt, what: 'gegengezeichnet', who: `${lordSigner}\n${lordMail}`, ip: lordIp });
  events.push({ day: signed, minute: Math.min(1439, lordAt + 1), what: 'abgeschlossen, Kopien versandt', who: 'alle Beteiligten', ip: '–' });
  events.sort((a, b) => (a.day < b.day ? -1 : a.day > b.day ? 1 : a.minute - b.minute));
  for (const e of events)
    d.row([
      { x: cols.when, text: stamp(e.day, e.minute), size: 8 },
      { x: cols.what, text: e.what, size: 8, width: 98 },
      { x: cols.who, text: e.who, size: 8, width: 158 },
      { x: cols.ip, text: e.ip, size: 8 },
    ], { size: 8, minHeight: 14 });
  d.hline(d.y, d.left, d.right, 0.4);
  d.move(10);
  d.write('Prüfsumme des signierten Dokuments (SHA-256):', { size: 8.5 });
  const hash = hex(64);
  d.write(hash.slice(0, 32), { font: 'courier', size: 8.5 });
  d.write(hash.slice(32), { font: 'courier', size: 8.5 });
  d.move(6);
  d.para('Die Signaturen wurden mit einem Einmal-Code bestätigt, der an die Mobilfunknummer der jeweiligen Person gesendet wurde. Jede nachträgliche Änderung des Dokuments macht die Signaturen ungültig.', { size: 8, color: GRAY });
  truth(ctx, r);
}

/**
 * H (holdout, blind 4): a welfare organisation's tenancy contract for a flat in sheltered housing
 * for older people (Betreutes Wohnen): the clause titles in a margin column at the left, the text
 * beside them; the tenant sometimes represented by a son or daughter under a lasting power of
 * attorney, the flat's area with a share of the common rooms that is not part of it, the start
 * of the tenancy beside the dates of the housing entitlement certificate, the monthly payments as
 * a lettered list with the fee of the separate care contract and an emergency call, the rent cap
 * per square metre of the subsidised flat, the deposit, clauses about care needs.
 */
function blind4BetreutesWohnen(ctx: Ctx): void {
  const rng = ctx.rng;
  const r = rental(rng, ctx.today);
  const city = r.flat.city;
  // older tenants in small flats
  r.tenant = fake.person(rng, { bornFrom: 1934, bornTo: 1960 });
  if (r.area > 72) {
    const f = rng.float(34, 68) / r.area;
    r.area = cents(r.area * f);
    r.grundmiete = cents(r.grundmiete * f);
    r.nebenkosten = cents(r.nebenkosten * f);
    if (r.heizkosten !== undefined) r.heizkosten = cents(r.heizkosten * f);
    r.kaution = cents(r.grundmiete * 3);
  }
  const facility = rng.pick(['Am Lindenhof', 'Haus Sonnenblick', 'Kastanienhof', 'Am Schlosspark', 'Wohnen an der Aue', 'Haus am Mühlteich', 'Quartier Abendrot']);
  const operator = rng.pick([
    `Diakoniewerk ${city} gGmbH`,
    `Seniorenwohnen ${facility.replace(/^(Am|Haus|Wohnen an der|Quartier) /, '')} gGmbH`,
    `Sozialwerk ${city}-${rng.pick(['Nord', 'Süd', 'Ost', 'West', 'Mitte'])} gGmbH`,
    `Stiftung Wohnen im Alter ${city}`,
    `Gemeinnützige Altenhilfe ${city} e.V.`,
  ]);
  r.landlord = { ...r.landlord, kind: 'organisation', name: operator, person: undefined };
  const ll = r.landlord;
  const t = r.tenant;
  const she = t.gender === 'f';
  const leader = fake.person(rng);
  const proxy = rng.chance(0.35) ? fake.person(rng, { bornFrom: Number(t.birth.slice(0, 4)) + 20, bornTo: Math.min(2000, Number(t.birth.slice(0, 4)) + 40), last: rng.chance(0.6) ? t.last : undefined }) : undefined;
  if (proxy) proxy.title = undefined;
  const apt = `${r.floor.match(/\d/)?.[0] ?? '0'}.${String(rng.int(1, 24)).padStart(2, '0')}`;
  const common = cents(rng.float(4, 11));
  const care = rng.pick([85, 95, 110, 120, 135, 149.5, 160, 175]);
  const alarm = rng.chance(0.5) ? rng.pick([18.5, 23.9, 25, 29.9]) : 0;
  const cap = cents(r.grundmiete / r.area + rng.float(0.05, 0.6));
  const wbsDate = addDays(r.einzug, -rng.int(40, 200));
  const signed = addDays(r.einzug, -rng.int(8, 45));
  const old = fake.address(rng);
  const heat = heating(r);

  const d = ctx.start({ family: rng.pick(['times', 'helvetica']), size: 9.5, margins: { left: 56, right: 52, top: 54, bottom: 64 } });
  const accent = rng.pick([[0.45, 0.1, 0.35], [0.1, 0.35, 0.45], [0.2, 0.4, 0.15]] as const);
  d.text(d.left, 46, operator, { size: 12, bold: true, color: accent });
  d.text(d.left, 58, `Wohnanlage „${facility}“ · ${r.flat.street} ${r.flat.no} · ${r.flat.plz} ${r.flat.city}`, { size: 8, color: GRAY });
  d.text(d.right, 46, `Vertrag Nr. BW-${rng.digits(4)}`, { size: 8.5, align: 'right' });
  d.text(d.right, 58, `Appartement ${apt}`, { size: 8.5, align: 'right' });
  d.hline(66, d.left, d.right, 0.8, accent);
  d.y = 84;
  d.write(rng.pick(['Mietvertrag über eine Wohnung im Betreuten Wohnen', 'Wohnungsmietvertrag – Betreutes Wohnen für Seniorinnen und Senioren']), { size: 14, bold: true, align: 'center' });
  d.write(`(in Verbindung mit dem Betreuungsvertrag vom ${ctx.ndate(signed)})`, { size: 8.5, align: 'center', color: GRAY });
  d.move(8);

  const mx = d.left;
  const tx = d.left + 96;
  const tw = d.right - tx;
  // a clause: its title in the margin column, the paragraphs beside it
  const clause = (title: string, paras: string[]) => {
    d.ensure(40);
    d.move(4);
    const top = d.y;
    const titleLines = d.wrap(title, 86, { size: 9, bold: true });
    titleLines.forEach((l, i) => d.text(mx, top + 9 + i * 11, l, { size: 9, bold: true }));
    paras.forEach((p) => d.para(p, { x: tx, width: tw, after: 4 }));
    d.y = Math.max(d.y, top + titleLines.length * 11 + 4);
    d.hline(d.y + 1, tx, d.right, 0.2, LIGHT);
  };

  const tenantText = `${she ? 'Frau' : 'Herrn'} ${ctx.v('mieter_name', ctx.name(t, 'first-last'))}, geboren am ${ctx.ndate(t.birth)}, bisher wohnhaft ${old.street} ${old.no}, ${old.plz} ${old.city}`;
  const proxyText = proxy ? `, vertreten durch ${proxy.gender === 'f' ? 'Frau' : 'Herrn'} ${fake.fullName(proxy)} aufgrund der ${rng.pick(['notariellen Vorsorgevollmacht', 'Vorsorgevollmacht'])} vom ${ctx.ndate(addDays(signed, -rng.int(200, 2500)))}` : '';
  clause('Vertragsparteien', [
    `Zwischen der ${ctx.v('vermieter_name', operator)}, ${ll.address.street} ${ll.address.no}, ${ll.address.plz} ${ll.address.city}, vertreten durch ${leader.gender === 'f' ? 'die Einrichtungsleiterin Frau' : 'den Einrichtungsleiter Herrn'} ${fake.fullName(leader)} – nachfolgend „Vermieterin“ –`,
    `und ${tenantText}${proxyText} – nachfolgend „${she ? 'Mieterin' : 'Mieter'}“ –`,
    'wird folgender Mietvertrag geschlossen:',
  ]);
  clause('§ 1 Wohnung', [
    `(1) Vermietet wird das Appartement Nr. ${apt} (${r.floor}) in der Wohnanlage „${facility}“, ${ctx.v('anschrift', fake.addressLine(r.flat))}. Es besteht aus ${r.rooms > 1 ? `${r.rooms} Zimmern` : 'einem Wohn- und Schlafraum'}, Pantryküche, barrierefreiem Duschbad${rng.chance(0.6) ? ' und Balkon' : ''}. Die Wohnanlage verfügt über einen Aufzug.`,
    `(2) Die Wohnfläche des Appartements beträgt ${ctx.v('wohnflaeche', ctx.area(r.area))}. Zur Mitbenutzung stehen außerdem die Gemeinschaftsräume (Begegnungscafé, Gymnastikraum, Gästezimmer) zur Verfügung; der auf die Wohnung entfallende Anteil von ${ctx.area(common)} ist nicht Teil der Wohnfläche, wird aber bei der Verteilung der Betriebskosten berücksichtigt.`,
    `(3) Die Wohnung ist mit Mitteln der sozialen Wohnraumförderung errichtet. ${she ? 'Die Mieterin' : 'Der Mieter'} hat den Wohnberechtigungsschein vom ${ctx.ndate(wbsDate)}, gültig bis ${ctx.ndate(addDays(wbsDate, 365))}, vorgelegt.`,
  ]);
  clause('§ 2 Mietzeit', [
    `Das Mietverhältnis beginnt am ${ctx.v('mietbeginn', ctx.date(r.einzug))} und läuft auf unbestimmte Zeit. ${rng.pick(['Die Wohnung wurde am %s gemeinsam besichtigt.', 'Eine Besichtigung der Wohnung fand am %s statt.']).replace('%s', ctx.ndate(addDays(signed, -rng.int(5, 30))))}`,
  ]);
  clause('§ 3 Betreuung', [
    `Mit diesem Vertrag ist ein Betreuungsvertrag über die Grundleistungen verbunden (Ansprechpartnerin im Haus werktags, Vermittlung von Hilfen, Veranstaltungen, Hausnotruf-Bereitschaft). Die Betreuungspauschale ist keine Miete; sie ist mit der Miete monatlich zu zahlen. Wahlleistungen wie Mittagstisch, Wäsche- und Reinigungsdienst werden gesondert vereinbart und abgerechnet.`,
  ]);
  // the monthly payments as a lettered list
  const m = (v: number) => ctx.money(v);
  d.ensure(140);
  d.move(4);
  const top = d.y;
  d.wrap('§ 4 Miete und Nebenkosten', 86, { size: 9, bold: true }).forEach((l, i) => d.text(mx, top + 9 + i * 11, l, { size: 9, bold: true }));
  d.para('(1) Monatlich sind zu zahlen:', { x: tx, width: tw, after: 2 });
  const vx = d.right;
  const pay = (letter: string, label: string, value: string, field?: string, bold = false) =>
    d.row([{ x: tx + 6, text: letter, bold }, { x: tx + 22, text: label, width: 250, bold }, { x: vx, text: value, align: 'right', field, bold }], { minHeight: 14 });
  pay('a)', ctx.pick([], ['Miete für das Appartement (netto kalt)', 'Grundmiete ohne Betriebs- und Heizkosten']), m(r.grundmiete), 'grundmiete');
  pay('b)', ctx.pick([], ['Vorauszahlung auf die Betriebskosten (BetrKV, ohne Heizung)', 'Betriebskosten – monatlicher Vorschuss']), m(r.nebenkosten), 'nebenkosten');
  pay('c)', 'Vorauszahlung auf Heizung und Warmwasser', m(heat));
  pay('d)', 'Betreuungspauschale (Betreuungsvertrag)', m(care));
  if (alarm) pay('e)', 'Hausnotruf-Gerät (Wahlleistung)', m(alarm));
  d.hline(d.y + 1, tx + 22, vx, 0.5);
  d.move(3);
  pay('', 'monatliche Gesamtzahlung', m(cents(r.grundmiete + r.nebenkosten + heat + care + alarm)), undefined, true);
  d.move(4);
  d.para(`(2) Für die Dauer der Belegungs- und Mietpreisbindung darf die Grundmiete ${m(cap)} je Quadratmeter Wohnfläche monatlich nicht übersteigen. Erhöhungen richten sich nach den Bestimmungen der Förderung.`, { x: tx, width: tw, after: 4 });
  d.para(`(3) Die Zahlungen sind monatlich im Voraus bis zum dritten Werktag auf das Konto der Vermieterin, IBAN ${fake.groupIban(ll.bank.iban)} (${ll.bank.bank.name}), zu leisten; auf Wunsch wird ein SEPA-Lastschriftmandat erteilt.`, { x: tx, width: tw, after: 4 });
  d.para('(4) Über die Vorauszahlungen nach b) und c) wird jährlich abgerechnet.', { x: tx, width: tw, after: 4 });
  d.hline(d.y + 1, tx, d.right, 0.2, LIGHT);
  clause('§ 5 Mietsicherheit', [`Die Mietsicherheit beträgt ${m(r.kaution)}. Sie kann in drei monatlichen Teilbeträgen geleistet werden und wird auf einem Treuhandkonto angelegt.`]);
  const more: [string, string][] = [
    ['Pflegebedürftigkeit', 'Wird der Mieter pflegebedürftig, bleibt das Mietverhältnis davon unberührt. Ambulante Pflegedienste kann er frei wählen. Ist ein Verbleib in der Wohnung auch mit Unterstützung nicht mehr möglich, berät die Einrichtungsleitung über geeignete Hilfen.'],
    ['Gemeinschaft im Haus', 'Die Hausgemeinschaft lebt von gegenseitiger Rücksichtnahme. Die Gemeinschaftsräume können nach Absprache auch für private Feiern genutzt werden. Die Hausordnung ist Bestandteil dieses Vertrages.'],
    ['Tierhaltung', 'Kleintiere dürfen gehalten werden. Für Hunde und Katzen ist die Zustimmung der Vermieterin erforderlich; sie wird erteilt, wenn die Versorgung des Tieres gesichert ist.'],
    ['Beendigung', 'Der Mieter kann das Mietverhältnis mit einer Frist von drei Monaten kündigen. Zieht er in eine stationäre Pflegeeinrichtung, kann er mit einer Frist von einem Monat zum Monatsende kündigen. Mit der Beendigung des Mietvertrages endet auch der Betreuungsvertrag.'],
    ['Tod des Mieters', 'Stirbt der Mieter, können die Erben oder Angehörigen das Mietverhältnis innerhalb eines Monats mit der gesetzlichen Frist kündigen. Die Betreuungspauschale endet mit dem Sterbemonat.'],
    ['Schlüssel und Notruf', 'Der Mieter ist damit einverstanden, dass ein Wohnungsschlüssel in einem versiegelten Umschlag im Büro der Wohnanlage hinterlegt wird, damit im Notfall Hilfe geleistet werden kann.'],
  ];
  for (const [i, [title, text]] of rng.sample(more, rng.int(3, 6)).entries()) clause(`§ ${i + 6} ${title}`, [text]);
  d.ensure(110);
  d.move(16);
  d.write(`${ll.address.city}, den ${ctx.date(signed)}`);
  d.move(26);
  d.hline(d.y, d.left, d.left + 200, 0.5);
  d.hline(d.y, d.left + 250, d.right, 0.5);
  d.text(d.left, d.y + 10, `Vermieterin – ${fake.fullName(leader)}, Einrichtungsleitung`, { size: 7.5, color: GRAY });
  d.text(d.left + 250, d.y + 10, proxy ? `${she ? 'Mieterin' : 'Mieter'}, vertreten durch ${fake.fullName(proxy)}` : `${she ? 'Mieterin' : 'Mieter'}`, { size: 7.5, color: GRAY });
  d.move(22);
  d.para('Anlagen: Betreuungsvertrag, Hausordnung, Übergabeprotokoll, Informationen nach Art. 13 DSGVO', { size: 8, color: GRAY });
  footer(d, [[operator, `${ll.address.street} ${ll.address.no}, ${ll.address.plz} ${ll.address.city}`], [`Registergericht ${ll.address.city}`, `Geschäftsführung: ${fake.fullName(fake.person(rng))}`]], 'Seite x von y');
  truth(ctx, r);
}

/**
 * blind5 (holdout): a bilingual lease (German left, English right, the German text prevails) as
 * landlords in big cities hand it to tenants from abroad: numbered sections side by side, the
 * parties with the tenant's previous address, the flat with a separately let parking space, start
 * of the term beside the signing day and a waiver of notice, the rent as a two-language table,
 * the deposit and the landlord's rent account, boilerplate clauses and signature lines
 */
function blind5Zweisprachig(ctx: Ctx): void {
  const rng = ctx.rng;
  const r = rental(rng, addDays(ctx.today, rng.int(-200, 60)));
  const t = r.tenant;
  t.title = undefined;
  const ll = r.landlord;
  const city = r.flat.city;
  const manager = ll.kind === 'person' && rng.chance(0.6) ? `${rng.pick(['Hausverwaltung', 'Immobilienverwaltung'])} ${fake.person(rng).last} GmbH` : undefined;
  const prev = fake.address(rng);
  const signed = addDays(r.einzug, -rng.int(10, 45));
  const waiverEnd = addDays(addMonths(r.einzug, rng.pick([12, 24])), -1);
  const parking = r.stellplatz ?? (rng.chance(0.4) ? rng.pick([45, 60, 75, 90]) : undefined);
  const cellar = rng.int(1, 40);
  const bay = rng.int(1, 60);
  const en = (p: fake.Person) => `${p.first} ${p.last}`;

  const d = ctx.start({ family: rng.pick(['helvetica', 'times']), size: 8.6, margins: { left: 48, right: 48, top: 52, bottom: 64 } });
  const gap = 18;
  const cw = (d.contentWidth - gap) / 2;
  const xDe = d.left;
  const xEn = d.left + cw + gap;
  const EN: { italic: boolean; color: readonly [number, number, number] } = { italic: true, color: [0.25, 0.25, 0.35] };
  // one paragraph in both languages side by side; both columns start on the same line
  const bi = (de: string, english: string, opts: { bold?: boolean; size?: number; after?: number } = {}) => {
    const size = opts.size ?? d.size;
    const lead = size * 1.32;
    const lDe = d.wrap(de, cw, { size, bold: opts.bold });
    const lEn = d.wrap(english, cw, { size, bold: opts.bold, italic: !opts.bold });
    const h = Math.max(lDe.length, lEn.length) * lead;
    d.ensure(h);
    const top = d.y;
    lDe.forEach((l, i) => d.text(xDe, top + size + i * lead, l, { size, bold: opts.bold }));
    lEn.forEach((l, i) => d.text(xEn, top + size + i * lead, l, { size, bold: opts.bold, italic: !opts.bold, color: EN.color }));
    d.y = top + h + (opts.after ?? size * 0.55);
  };
  const sec = (n: number, de: string, english: string) => {
    d.ensure(50);
    d.move(5);
    bi(`§ ${n} ${de}`, `Section ${n} ${english}`, { bold: true, size: 9.5, after: 3 });
  };

  d.text(d.width / 2, 60, 'Mietvertrag über Wohnraum', { size: 15, bold: true, align: 'center' });
  d.text(d.width / 2, 76, 'Residential Lease Agreement', { size: 12, italic: true, align: 'center', color: EN.color });
  d.text(d.width / 2, 92, 'Zweisprachige Fassung – im Zweifel gilt der deutsche Wortlaut  ·  Bilingual version – the German text shall prevail', { size: 7, align: 'center', color: GRAY });
  d.hline(100, d.left, d.right, 0.8);
  d.y = 110;
  bi('Deutsch', 'English', { bold: true, size: 7.5 });

  sec(1, 'Vertragsparteien', 'Parties');
  const llDe = `${ctx.v('vermieter_name', ll.person ? ctx.name(ll.person, 'first-last') : ll.name)}, ${ll.address.street} ${ll.address.no}, ${ll.address.plz} ${ll.address.city}${manager ? `, vertreten durch die ${manager}` : ''}`;
  const llEn = `${ll.person ? en(ll.person) : ll.name}, ${ll.address.street} ${ll.address.no}, ${ll.address.plz} ${ll.address.city}${manager ? `, represented by ${manager}` : ''}`;
  bi(`Vermieter: ${llDe}`, `Landlord: ${llEn}`);
  bi(`Mieter${t.gender === 'f' ? 'in' : ''}: ${ctx.v('mieter_name', ctx.name(t))}, geboren am ${ctx.ndate(t.birth)}, bisher wohnhaft ${prev.street} ${prev.no}, ${prev.plz} ${prev.city}`, `Tenant: ${en(t)}, born ${ctx.ndate(t.birth)}, previous address ${prev.street} ${prev.no}, ${prev.plz} ${prev.city}`);

  sec(2, 'Mietsache', 'Premises');
  bi(`Vermietet wird die Wohnung ${ctx.v('anschrift', fake.addressLine(r.flat))}, ${r.floor}, bestehend aus ${r.rooms} Zimmer${r.rooms === 1 ? '' : 'n'}, Küche, Bad/WC und Flur, sowie der Kellerraum Nr. ${cellar}. Die Wohnfläche beträgt ${ctx.v('wohnflaeche', ctx.area(r.area))}.`,
    `The landlord lets the flat at ${fake.addressLine(r.flat)}, ${r.floor}, consisting of ${r.rooms} room${r.rooms === 1 ? '' : 's'}, kitchen, bathroom/WC and hallway, together with cellar compartment no. ${cellar}. The living space is ${ctx.area(r.area)}.`);
  if (parking) bi(`Ein Stellplatz (Nr. ${bay}) wird mit gesondertem Vertrag zu monatlich ${ctx.money(parking)} vermietet; er ist nicht Gegenstand dieses Vertrages.`, `A parking space (no. ${bay}) is let under a separate agreement at ${ctx.money(parking)} per month; it does not form part of this agreement.`);
  bi(`Dem Mieter werden ${rng.int(2, 5)} Haus-/Wohnungsschlüssel und ${rng.int(1, 2)} Briefkastenschlüssel übergeben.`, `The tenant receives keys to the house and flat as well as the letterbox key(s).`);

  sec(3, 'Mietzeit', 'Term');
  bi(`Das Mietverhältnis beginnt am ${ctx.v('mietbeginn', ctx.date(r.einzug))} und läuft auf unbestimmte Zeit. Beide Parteien verzichten bis zum ${ctx.date(waiverEnd)} auf ihr Recht zur ordentlichen Kündigung.`,
    `The tenancy commences on ${ctx.ndate(r.einzug)} and is concluded for an indefinite period. Both parties waive their right to ordinary termination until ${ctx.ndate(waiverEnd)}.`);

  sec(4, 'Miete und Nebenkosten', 'Rent and operating costs');
  bi('Die monatliche Miete beträgt:', 'The monthly rent is:', { after: 2 });
  const rows: [string, string, number, string?][] = [
    [ctx.pick([], ['Nettokaltmiete', 'Grundmiete (ohne Nebenkosten)', 'Kaltmiete netto']), 'Net rent (excluding utilities)', r.grundmiete, 'grundmiete'],
    [ctx.pick([], ['Vorauszahlung Betriebskosten', 'Betriebskostenvorauszahlung (ohne Heizung)', 'Abschlag kalte Betriebskosten']), 'Advance payment, operating costs', r.nebenkosten, 'nebenkosten'],
  ];
  if (r.heizkosten !== undefined) rows.push(['Vorauszahlung Heizung und Warmwasser', 'Advance payment, heating and hot water', r.heizkosten]);
  const total = cents(rows.reduce((s, x) => s + x[2], 0));
  d.ensure(rows.length * 14 + 30);
  const draw1 = (de: string, english: string, v: number, field?: string, bold = false) => {
    d.row([{ x: xDe + 8, text: de, bold, width: cw - 90 }, { x: xDe + cw - 4, text: ctx.money(v), align: 'right', field, bold }, { x: xEn + 8, text: english, italic: !bold, bold, color: EN.color, width: cw - 90 }, { x: xEn + cw - 4, text: ctx.money(v), align: 'right', bold, color: EN.color }], { minHeight: 14 });
  };
  const top = d.y;
  for (const [de, english, v, f] of rows) draw1(de, english, v, f);
  d.hline(d.y, xDe, xDe + cw, 0.6);
  d.hline(d.y, xEn, xEn + cw, 0.6);
  d.move(2);
  draw1(ctx.pick([], ['Gesamtmiete monatlich', 'Summe monatlich']), 'Total monthly rent', total, undefined, true);
  d.rect(xDe, top - 2, cw, d.y - top + 2, { stroke: [0.5, 0.5, 0.5], lineWidth: 0.4 });
  d.rect(xEn, top - 2, cw, d.y - top + 2, { stroke: [0.5, 0.5, 0.5], lineWidth: 0.4 });
  d.move(6);
  if (r.heizkosten === undefined) bi('Die Wohnung wird mit einer Gasetagenheizung beheizt. Der Mieter schließt den Gasliefervertrag selbst ab.', 'The flat is heated by a gas boiler in the flat. The tenant concludes the gas supply contract directly.');
  bi('Über die Vorauszahlungen wird jährlich abgerechnet. Umgelegt werden die Betriebskosten nach § 2 Betriebskostenverordnung nach dem Verhältnis der Wohnflächen.', 'The advance payments are settled annually. Operating costs as defined in section 2 of the German Operating Costs Ordinance are apportioned by living space.');

  sec(5, 'Zahlung', 'Payment');
  bi(`Die Miete ist monatlich im Voraus, spätestens am dritten Werktag, auf das Konto des Vermieters bei der ${ll.bank.bank.name}, IBAN ${fake.groupIban(ll.bank.iban)}, zu zahlen.`, `The rent is payable monthly in advance, no later than the third working day, to the landlord's account with ${ll.bank.bank.name}, IBAN ${fake.groupIban(ll.bank.iban)}.`);

  sec(6, 'Mietsicherheit', 'Security deposit');
  bi(`Der Mieter leistet eine Kaution von ${ctx.money(r.kaution)} (drei Nettokaltmieten). Er ist berechtigt, sie in drei gleichen monatlichen Teilzahlungen zu erbringen (§ 551 BGB).`, `The tenant shall provide a deposit of ${ctx.money(r.kaution)} (three months' net rent). The tenant may pay it in three equal monthly instalments (section 551 German Civil Code).`);

  const boiler: [string, string, string, string][] = [
    ['Schönheitsreparaturen', 'Decorative repairs', 'Die Wohnung wird renoviert übergeben. Schönheitsreparaturen während der Mietzeit trägt der Mieter, soweit sie durch seinen Gebrauch erforderlich werden.', 'The flat is handed over in renovated condition. The tenant bears decorative repairs during the tenancy to the extent they become necessary through his use.'],
    ['Tierhaltung', 'Pets', 'Kleintiere dürfen ohne Erlaubnis gehalten werden. Für Hunde und Katzen ist die vorherige Zustimmung des Vermieters erforderlich.', 'Small animals may be kept without permission. Dogs and cats require the landlord\'s prior consent.'],
    ['Hausordnung', 'House rules', 'Die Hausordnung in der Anlage ist Bestandteil dieses Vertrages. Ruhezeiten gelten werktags von 22 bis 6 Uhr sowie an Sonn- und Feiertagen.', 'The attached house rules form part of this agreement. Quiet hours apply on working days from 10 pm to 6 am and on Sundays and public holidays.'],
    ['Kündigung', 'Termination', 'Die Kündigung bedarf der Schriftform. Nach Ablauf des Kündigungsverzichts gelten die gesetzlichen Fristen; für den Mieter beträgt die Frist drei Monate.', 'Notice of termination must be given in writing. After the waiver period the statutory notice periods apply; for the tenant the period is three months.'],
    ['Schlussbestimmungen', 'Final provisions', 'Änderungen und Ergänzungen bedürfen der Schriftform. Sollte eine Bestimmung unwirksam sein, bleibt der Vertrag im Übrigen wirksam.', 'Amendments and additions must be made in writing. Should any provision be invalid, the remainder of the agreement shall remain valid.'],
  ];
  boiler.forEach(([h, he, de, english], i) => {
    sec(7 + i, h, he);
    bi(de, english);
  });

  d.ensure(110);
  d.move(14);
  bi(`${city}, den ${ctx.ndate(signed)}`, `${city}, ${ctx.ndate(signed)}`);
  d.move(26);
  const sy = d.y;
  d.hline(sy, xDe, xDe + cw - 20, 0.5);
  d.hline(sy, xEn, xEn + cw - 20, 0.5);
  d.text(xDe, sy + 10, `Vermieter / Landlord${manager ? ` (i. V. ${manager})` : ''}`, { size: 7.5, color: GRAY });
  d.text(xEn, sy + 10, 'Mieter / Tenant', { size: 7.5, color: GRAY });
  d.y = sy + 20;
  footer(d, [['Mietvertrag über Wohnraum · Residential Lease Agreement'], [`${fake.addressLine(r.flat)}`]], 'Seite x von y');
  truth(ctx, r);
}

/**
 * blind6 (holdout): a lease for a company flat (Werkmietwohnung, § 576 BGB) let by an employer or
 * its housing subsidiary to an employee: decimal-numbered articles with the numbers in a hanging
 * margin; the tenant with personnel number, department and the day the employment began, a spouse
 * or partner allowed to live in the flat without being a party; the flat with its number in the
 * house, the start of the tenancy tied to the employment, the advance payments in a sentence, the
 * rent kept back from the net pay and the landlord's account for the time after the employment;
 * annex 1 the living-area calculation room by room (balcony counted half), annex 2 the rent
 * calculation from the local comparative rent per m² less a staff discount to the agreed net rent,
 * plus advances and parking space to the monthly total.
 */
function blind6Werkmietwohnung(ctx: Ctx): void {
  const rng = ctx.rng;
  const r = rental(rng, ctx.today);
  const t = r.tenant;
  t.title = undefined;
  const city = r.flat.city;
  const sur = fake.person(rng).last;
  const employer = rng.pick([`Klinikum ${city} gGmbH`, `Stadtwerke ${city} GmbH`, `Verkehrsbetriebe ${city} GmbH`, `${sur} Werke GmbH & Co. KG`, `${sur} Chemie AG`, `${sur} Maschinenbau GmbH`]);
  const subsidiary = rng.chance(0.45);
  const short = employer.replace(/ (gGmbH|GmbH & Co\. KG|GmbH|AG)$/, '');
  const llName = subsidiary ? rng.pick([`${short} Wohnungsgesellschaft mbH`, `${short} Immobilienservice GmbH`, `${short} Wohnen GmbH`]) : employer;
  const llAddr = fake.sameCityAddress(rng, fake.address(rng, { city }));
  r.landlord = { kind: 'organisation', name: llName, address: llAddr, phone: fake.phone(rng), bank: fake.bankAccount(rng) };
  const ll = r.landlord;
  const clerk = fake.person(rng, { bornFrom: 1962, bornTo: 1995 });
  const persNr = rng.pick([rng.digits(6), `${rng.int(1, 9)}${rng.digits(4)}`, `P-${rng.digits(5)}`]);
  const dept = rng.pick(['Pflegedienst, Station 4B', 'Netzbetrieb / Störungsdienst', 'Fahrdienst Straßenbahn', 'Instandhaltung', 'Produktion Schicht C', 'IT-Service', 'Labor / Qualitätssicherung']);
  const employedSince = firstOfMonth(rng.chance(0.5) ? addMonths(r.einzug, -rng.int(1, 6)) : addMonths(r.einzug, -rng.int(18, 150)));
  const signed = addDays(r.einzug, -rng.int(8, 40));
  const partner = rng.chance(0.4) ? fake.person(rng, { gender: t.gender === 'f' ? 'm' : 'f', bornFrom: Number(t.birth.slice(0, 4)) - 6, bornTo: Math.min(2004, Number(t.birth.slice(0, 4)) + 6), last: rng.chance(0.6) ? t.last : undefined }) : undefined;
  const flatNo = `${rng.int(1, 4)}.${String(rng.int(1, 12)).padStart(2, '0')}`;
  const discount = rng.pick([0.15, 0.2, 0.25, 0.3]);
  const perSqm = cents(r.grundmiete / r.area / (1 - discount));
  const market = cents(perSqm * r.area);
  const cut = cents(market - r.grundmiete);
  const heat = r.heizkosten ?? cents(r.area * rng.float(0.9, 1.5));
  const parking = r.stellplatz;
  const total = cents(r.grundmiete + r.nebenkosten + heat + (parking ?? 0));
  const deposit = cents(r.grundmiete * 2);
  const she = t.gender === 'f';
  const mieterW = she ? 'die Mieterin' : 'der Mieter';
  const MieterW = she ? 'Die Mieterin' : 'Der Mieter';

  const d = ctx.start({ family: rng.pick(['helvetica', 'times']), size: 9.3, margins: { left: 60, right: 52, top: 50, bottom: 66 } });
  const NUM = 30;
  const accent: [number, number, number] = rng.pick([[0.05, 0.3, 0.55], [0.55, 0.1, 0.1], [0.1, 0.4, 0.3]]);
  d.rect(d.left, 40, 6, 30, { fill: accent });
  d.text(d.left + 14, 52, ll.name, { size: 12, bold: true });
  d.text(d.left + 14, 64, subsidiary ? `ein Unternehmen der ${employer}` : rng.pick(['Personalabteilung – Personalwohnungen', 'Bereich Personal / Werkswohnungswesen']), { size: 8, color: GRAY });
  d.text(d.right, 52, `${ll.address.street} ${ll.address.no}`, { size: 8, align: 'right', color: GRAY });
  d.text(d.right, 62, `${ll.address.plz} ${ll.address.city}`, { size: 8, align: 'right', color: GRAY });
  d.text(d.right, 72, `Vertrags-Nr. WM-${rng.digits(4)}/${signed.slice(2, 4)}`, { size: 8, align: 'right' });
  d.y = 96;
  d.write(ctx.pick([], ['Werkmietvertrag', 'Mietvertrag über eine Werkmietwohnung']), { size: 16, bold: true, align: 'center' });
  d.write('(Wohnraum, der mit Rücksicht auf das Bestehen eines Arbeitsverhältnisses vermietet wird – §§ 576 ff. BGB)', { size: 8, align: 'center', color: GRAY });
  d.move(8);

  const art = (no: string, title: string) => {
    d.ensure(60);
    d.move(6);
    d.text(d.left, d.y + 10, no, { size: 10, bold: true });
    d.text(d.left + NUM, d.y + 10, title, { size: 10, bold: true });
    d.y += 16;
  };
  const cl = (no: string, text: string) => {
    const lines = d.wrap(text, d.right - d.left - NUM);
    d.ensure(Math.min(3, lines.length) * 12.6);
    d.text(d.left, d.y + 9.3, no, { size: 9 });
    d.para(text, { x: d.left + NUM, after: 4 });
  };

  art('1', 'Vertragsparteien');
  cl('1.1', `Vermieterin ist die ${ctx.v('vermieter_name', ll.name)}, ${ll.address.street} ${ll.address.no}, ${ll.address.plz} ${ll.address.city}, vertreten durch ${clerk.gender === 'f' ? 'Frau' : 'Herrn'} ${clerk.first} ${clerk.last} (${rng.pick(['Wohnungsverwaltung', 'Personalwohnungswesen', 'Leitung Immobilien'])}).`);
  cl('1.2', `${she ? 'Mieterin' : 'Mieter'} ist ${ctx.v('mieter_name', ctx.name(t))}, geboren am ${ctx.ndate(t.birth)}, Personalnummer ${persNr}, beschäftigt bei der ${employer} seit dem ${ctx.date(employedSince)}, Bereich ${dept}.`);
  if (partner) cl('1.3', `${partner.gender === 'f' ? 'Die Ehefrau bzw. Lebensgefährtin' : 'Der Ehemann bzw. Lebensgefährte'} ${partner.first} ${partner.last}, geboren am ${ctx.ndate(partner.birth)}, ist berechtigt, die Wohnung mitzubewohnen; ${partner.gender === 'f' ? 'sie' : 'er'} wird nicht Vertragspartei.`);
  cl(partner ? '1.4' : '1.3', `Der Vertrag wird mit Rücksicht auf das Arbeitsverhältnis zwischen ${mieterW} und der ${employer} geschlossen${subsidiary ? '; die Arbeitgeberin hat der Vermieterin das Belegungsrecht für die Wohnung übertragen' : ''}.`);

  art('2', 'Mietsache');
  cl('2.1', `Vermietet wird die Wohnung Nr. ${flatNo} im Hause ${ctx.v('anschrift', fake.addressLine(r.flat))}, ${r.floor}, bestehend aus ${r.rooms} ${r.rooms === 1 ? 'Zimmer' : 'Zimmern'}, Küche, Bad mit WC, Flur${rng.chance(0.6) ? ' und Balkon' : ''}, dazu der Kellerraum Nr. ${rng.int(1, 30)}.`);
  cl('2.2', `Die Wohnfläche beträgt ${ctx.v('wohnflaeche', ctx.area(r.area))}; die Berechnung nach der Wohnflächenverordnung ist als Anlage 1 beigefügt.`);
  cl('2.3', `Mitbenutzt werden können die Waschküche, der Trockenraum und der Fahrradkeller. ${MieterW} erhält ${rng.int(2, 4)} Wohnungs- und Hausschlüssel sowie einen Briefkastenschlüssel.`);

  art('3', 'Mietzeit und Kündigung');
  cl('3.1', `Das Mietverhältnis beginnt am ${ctx.v('mietbeginn', ctx.date(r.einzug))} und wird auf unbestimmte Zeit geschlossen.`);
  cl('3.2', 'Endet das Arbeitsverhältnis, kann die Vermieterin das Mietverhältnis mit den verkürzten Fristen des § 576 Abs. 1 BGB kündigen, wenn die Wohnung für eine andere Betriebsangehörige oder einen anderen Betriebsangehörigen benötigt wird. Im Übrigen gelten die gesetzlichen Kündigungsfristen.');

  art('4', 'Miete, Vorauszahlungen, Zahlungsweise');
  cl('4.1', `Die monatliche Grundmiete ist in der Mietberechnung (Anlage 2) ausgewiesen. Sie enthält einen Nachlass für Betriebsangehörige gegenüber der ortsüblichen Vergleichsmiete.`);
  cl('4.2', `Daneben zahlt ${mieterW} monatliche Vorauszahlungen auf die Betriebskosten nach § 2 BetrKV (ohne Heizung und Warmwasser) von ${ctx.v('nebenkosten', ctx.money(r.nebenkosten))} sowie auf die Kosten für Heizung und Warmwasser von ${ctx.money(heat)}. Über die Vorauszahlungen wird jährlich abgerechnet.`);
  cl('4.3', `Die Miete und die Vorauszahlungen werden monatlich im Voraus vom Nettoarbeitsentgelt einbehalten und in der Entgeltabrechnung als Abzug ausgewiesen. ${MieterW} ist damit einverstanden.`);
  cl('4.4', `Ist ein Einbehalt nicht möglich, insbesondere nach dem Ende des Arbeitsverhältnisses, ist die Miete bis zum dritten Werktag eines Monats auf das Konto der Vermieterin bei der ${ll.bank.bank.name}, IBAN ${fake.groupIban(ll.bank.iban)}, zu überweisen. Der Nachlass für Betriebsangehörige entfällt dann ab dem folgenden Monat.`);
  if (parking) cl('4.5', `Für den Stellplatz Nr. ${rng.int(1, 60)} auf dem Betriebsgelände werden monatlich ${ctx.money(parking)} berechnet (siehe Anlage 2).`);

  art('5', 'Mietsicherheit');
  cl('5.1', `${MieterW} leistet eine Kaution von ${ctx.money(deposit)} (zwei Monatsgrundmieten), zahlbar in drei Monatsraten; sie kann auch durch Einbehalt vom Arbeitsentgelt erbracht werden.`);

  art('6', 'Instandhaltung und Schönheitsreparaturen');
  cl('6.1', `Die Vermieterin hält die Wohnung in vertragsgemäßem Zustand. Schäden sind ihr unverzüglich zu melden; in dringenden Fällen auch der Leitstelle der Haustechnik unter ${fake.phone(rng)}.`);
  cl('6.2', `Kleinreparaturen an Installationsgegenständen für Wasser und Elektrizität trägt ${mieterW} bis zu ${ctx.money(rng.pick([75, 100, 110, 120]))} im Einzelfall, höchstens jedoch ${ctx.money(rng.pick([250, 300, 350]))} im Jahr.`);
  cl('6.3', 'Schönheitsreparaturen führt die Vermieterin bei Bedarf auf eigene Kosten aus.');

  art('7', 'Gebrauch der Mietsache');
  cl('7.1', `Untervermietung und gewerbliche Nutzung bedürfen der schriftlichen Zustimmung der Vermieterin. Die Hausordnung (Anlage 3) ist Bestandteil dieses Vertrages.`);
  cl('7.2', `Die Haltung von Hunden und Katzen ist nach vorheriger Zustimmung erlaubt; Kleintiere dürfen ohne Zustimmung gehalten werden.`);

  art('8', 'Schlussbestimmungen');
  cl('8.1', 'Änderungen und Ergänzungen dieses Vertrages bedürfen der Textform. Sollte eine Bestimmung unwirksam sein, bleibt der Vertrag im Übrigen wirksam.');
  cl('8.2', 'Anlagen: 1 Wohnflächenberechnung · 2 Mietberechnung · 3 Hausordnung · 4 Energieausweis (Kopie)');

  d.ensure(90);
  d.move(20);
  const half = (d.right - d.left) / 2;
  const sy = d.y;
  d.text(d.left, sy, `${ll.address.city}, ${ctx.date(signed)}`, { size: 9 });
  d.text(d.left + half + 10, sy, `${city}, ${ctx.date(signed)}`, { size: 9 });
  d.hline(sy + 30, d.left, d.left + half - 20, 0.5);
  d.hline(sy + 30, d.left + half + 10, d.right, 0.5);
  d.text(d.left, sy + 40, `für die Vermieterin: ${clerk.first} ${clerk.last}`, { size: 7.5, color: GRAY });
  d.text(d.left + half + 10, sy + 40, `${she ? 'Mieterin' : 'Mieter'}: ${t.first} ${t.last}`, { size: 7.5, color: GRAY });
  d.y = sy + 50;

  // annexes on a page of their own
  d.newPage();
  d.write('Anlage 1 – Wohnflächenberechnung (WoFlV)', { size: 11, bold: true });
  d.write(`Wohnung Nr. ${flatNo}, ${r.flat.street} ${r.flat.no}, ${r.floor}`, { size: 8.5, color: GRAY });
  d.move(4);
  const balcony = rng.chance(0.6) ? cents(rng.float(4, 9)) : 0;
  const inner = cents(r.area - balcony / 2);
  const names = [...Array.from({ length: r.rooms }, (_, i) => (i === 0 ? 'Wohnzimmer' : i === 1 ? 'Schlafzimmer' : `Zimmer ${i + 1}`)), 'Küche', 'Bad/WC', 'Flur/Diele'];
  const weights = names.map((n) => (n === 'Wohnzimmer' ? 1.6 : n.startsWith('Zimmer') || n === 'Schlafzimmer' ? 1.2 : n === 'Küche' ? 0.6 : n === 'Bad/WC' ? 0.4 : 0.5));
  const wsum = weights.reduce((s, w) => s + w, 0);
  const parts = weights.map((w) => cents((inner * w) / wsum));
  parts[parts.length - 1] = cents(inner - parts.slice(0, -1).reduce((s, v) => s + v, 0));
  const rows: Cell[][] = names.map((n, i) => [n, decimal(parts[i]), '1,0', decimal(parts[i])]);
  if (balcony) rows.push(['Balkon', decimal(balcony), '0,5', decimal(cents(balcony / 2))]);
  rows.push([{ text: 'Wohnfläche insgesamt' }, '', '', decimal(r.area)]);
  table(ctx, [
    { header: 'Raum', x: d.left },
    { header: 'Grundfläche m²', x: d.left + 250, align: 'right' },
    { header: 'Faktor', x: d.left + 320, align: 'right' },
    { header: 'anrechenbar m²', x: d.right, align: 'right' },
  ], rows, { size: 8.5, grid: true, headerFill: LIGHT });
  d.move(10);
  d.write('Anlage 2 – Mietberechnung', { size: 11, bold: true });
  d.write(`gültig ab Beginn des Mietverhältnisses`, { size: 8.5, color: GRAY });
  d.move(4);
  const pct = Math.round(discount * 100);
  const m = (v: number) => ctx.money(v);
  const calc: Cell[][] = [
    [`ortsübliche Vergleichsmiete lt. Mietspiegel ${Number(signed.slice(0, 4)) - rng.int(0, 1)}`, `${decimal(perSqm)} €/m²`, ''],
    [`Vergleichsmiete für ${ctx.area(r.area)}`, '', m(market)],
    [`abzüglich Nachlass für Betriebsangehörige (rd. ${pct} %)`, '', `– ${m(cut)}`],
    [ctx.pick([], ['Grundmiete (nettokalt)', 'vereinbarte Nettokaltmiete', 'Miete ohne Betriebs- und Heizkosten']), '', { text: m(r.grundmiete), field: 'grundmiete' }],
    ['Vorauszahlung Betriebskosten (ohne Heizung)', '', m(r.nebenkosten)],
    ['Vorauszahlung Heizung und Warmwasser', '', m(heat)],
  ];
  if (parking) calc.push(['Stellplatz Betriebsgelände', '', m(parking)]);
  calc.push(['monatlicher Gesamtbetrag (Einbehalt vom Nettoentgelt)', '', m(total)]);
  table(ctx, [
    { header: 'Position', x: d.left, width: 290 },
    { header: 'Satz', x: d.left + 360, align: 'right' },
    { header: 'EUR monatlich', x: d.right, align: 'right' },
  ], calc, { size: 8.5, grid: true, headerFill: LIGHT });
  d.para(`Steuerlicher Hinweis: Der Nachlass liegt unter einem Drittel der ortsüblichen Miete; er bleibt nach § 8 Abs. 2 Satz 12 EStG steuerfrei und wird in der Entgeltabrechnung nicht als Sachbezug versteuert. Bei einer Anpassung der Vergleichsmiete (Mietspiegel) wird die Grundmiete mit demselben Nachlass neu berechnet.`, { size: 8 });
  footer(d, [[ll.name, `${ll.address.street} ${ll.address.no}, ${ll.address.plz} ${ll.address.city}`], [`Werkmietvertrag ${t.last}`, `Personal-Nr. ${persNr}`]], 'Seite x von y');
  truth(ctx, r);
}

/**
 * blind7: a private landlord's lease for the granny flat in the two-family house the landlord lives
 * in (§ 573a BGB), typed into a word-processor template: the template's source and "no warranty"
 * line at the top, options as typed check boxes; the landlord with the same address as the flat
 * (living on another floor), a young tenant with the parents' address as the previous one; the flat
 * with its floor, rooms, fitted kitchen and area; the start with "open-ended / limited" boxes; the
 * payments as one row of shaded cells under headings (net rent, operating costs, heating, parking,
 * total); heating split by the flat's share of the house's area; the landlord's account, the
 * deposit or a parent's guarantee instead; living together under one roof, other agreements;
 * initials at the foot of each page; the parent's guarantee as an annex when chosen.
 */
function blind7EinliegerwohnungVorlage(ctx: Ctx): void {
  const rng = ctx.rng;
  const r = rental(rng, ctx.today);
  const t = r.tenant;
  t.title = undefined;
  const signed = addDays(r.einzug, -rng.int(8, 50));
  // a young tenant: apprentice, student or first job
  t.birth = `${Number(signed.slice(0, 4)) - rng.int(18, 27)}${t.birth.slice(4)}`;
  const lp = fake.person(rng, { bornFrom: 1948, bornTo: 1978, titleChance: 0.08 });
  const floorOwn = rng.pick(['Erdgeschoss', 'Erdgeschoss', 'Obergeschoss']);
  const floor = floorOwn === 'Obergeschoss' ? rng.pick(['Erdgeschoss', 'Souterrain']) : rng.pick(['Obergeschoss', 'Dachgeschoss', 'Souterrain', 'Dachgeschoss']);
  r.floor = floor;
  r.landlord = { kind: 'person', name: fake.fullName(lp), person: lp, address: r.flat, phone: rng.chance(0.5) ? fake.mobile(rng) : fake.phone(rng), bank: fake.bankAccount(rng) };
  r.area = rng.chance(0.5) ? rng.int(28, 72) + rng.pick([0, 0.5, 0.3, 0.75]) : cents(rng.float(28, 72));
  r.rooms = Math.max(1, Math.min(3, Math.round(r.area / 23)));
  r.grundmiete = rng.chance(0.6) ? Math.round((r.area * rng.float(6, 11)) / 5) * 5 : cents(r.area * rng.float(6, 11));
  r.nebenkosten = rng.chance(0.6) ? Math.round((r.area * rng.float(1.5, 2.8)) / 5) * 5 : cents(r.area * rng.float(1.5, 2.8));
  const heiz = rng.chance(0.85) ? Math.round((r.area * rng.float(0.9, 1.6)) / 5) * 5 : undefined;
  const stell = rng.chance(0.35) ? rng.pick([15, 20, 25, 30, 40]) : 0;
  const total = cents(r.grundmiete + r.nebenkosten + (heiz ?? 0) + stell);
  const houseArea = cents(r.area + rng.int(85, 160) + rng.pick([0, 0.5]));
  const share = Math.round((r.area / houseArea) * 1000) / 10;
  const guarantee = Number(signed.slice(0, 4)) - Number(t.birth.slice(0, 4)) < 25 && rng.chance(0.55);
  const parentLast = rng.chance(0.8) ? t.last : rng.pick(['Krüger', 'Hofmann', 'Seidel', 'Lorenz', 'Vogt']);
  const parent = fake.person(rng, { bornFrom: Number(t.birth.slice(0, 4)) - 38, bornTo: Number(t.birth.slice(0, 4)) - 20, last: parentLast, titleChance: 0.04 });
  const parentAddr = fake.address(rng);
  const kaution = cents(r.grundmiete * rng.pick([2, 3, 3]));
  const unlimited = rng.chance(0.85);
  const dd = (v: string) => ctx.ndate(v);
  const M = (v: number) => ctx.money(v);
  const lpName = ctx.name(lp, 'first-last');
  const source = rng.pick(['Vorlage: Mietvertrag Einliegerwohnung (Word-Dokument)', 'Mustervertrag aus dem Vermieter-Ratgeber · ohne Gewähr für Vollständigkeit', 'Formularvorlage Wohnraummietvertrag Zweifamilienhaus – unverbindliches Muster']);

  const d = ctx.start({ family: rng.pick(['helvetica', 'times']), size: 9.5, margins: { left: 64, right: 58, top: 56, bottom: 78 } });
  const gray: Color = [0.88, 0.88, 0.88];
  d.onEveryPage((doc, page, pages) => {
    doc.text(doc.left, 34, source, { size: 6.5, color: GRAY });
    doc.hline(doc.height - 58, doc.left, doc.right, 0.3, GRAY);
    doc.text(doc.left, doc.height - 46, 'Paraphe Vermieter: ________    Paraphe Mieter: ________', { size: 7, color: GRAY });
    doc.text(doc.right, doc.height - 46, `Seite ${page} von ${pages}`, { size: 7.5, align: 'right', color: GRAY });
  });
  d.y = 58;
  d.write('Mietvertrag', { size: 18, bold: true, align: 'center' });
  d.write(ctx.pick(['über eine Einliegerwohnung'], ['über Wohnraum in einem vom Vermieter selbst bewohnten Zweifamilienhaus', 'für eine Einliegerwohnung (§ 573a BGB)']), { size: 10.5, align: 'center' });
  d.move(8);

  /** a typed value in a shaded template field */
  const shaded = (x: number, baseline: number, text: string, opts: { field?: string; w?: number; bold?: boolean } = {}) => {
    const w = opts.w ?? d.measure(text, { bold: opts.bold }) + 6;
    d.rect(x, baseline - d.size + 0.5, w, d.size + 3.5, { fill: gray });
    d.text(x + 3, baseline, text, { field: opts.field, bold: opts.bold });
    return w;
  };
  const party = (role: string, lines: [string, string, string?][]) => {
    d.ensure(18 + lines.length * 15);
    d.text(d.left, d.y + 10, role, { bold: true });
    d.y += 15;
    for (const [label, value, field] of lines) {
      d.text(d.left + 10, d.y + 10, label, { size: 8.5, color: GRAY });
      shaded(d.left + 120, d.y + 10, value, { field, w: d.right - d.left - 120 });
      d.y += 15;
    }
    d.y += 4;
  };
  d.write('Zwischen');
  party(rng.pick(['Vermieter/in', 'dem Vermieter / der Vermieterin']), [
    ['Name, Vorname', ctx.name(lp), 'vermieter_name'],
    ['Anschrift', `${r.flat.street} ${r.flat.no}, ${r.flat.plz} ${r.flat.city} (${floorOwn})`],
    ['Telefon', r.landlord.phone],
  ]);
  d.write('und');
  party(rng.pick(['Mieter/in', 'dem Mieter / der Mieterin']), [
    ['Name, Vorname', ctx.name(t), 'mieter_name'],
    ['geboren am', dd(t.birth)],
    ['bisherige Anschrift', `${parentAddr.street} ${parentAddr.no}, ${parentAddr.plz} ${parentAddr.city}`],
  ]);
  d.para('wird folgender Mietvertrag geschlossen. Zutreffendes ist angekreuzt; nicht Zutreffendes gilt als nicht vereinbart.', { size: 9 });

  const clause = (title: string) => {
    d.ensure(50);
    d.move(5);
    d.write(title, { bold: true, size: 10.5 });
  };
  /** typed check boxes in a row after a lead-in */
  const options = (lead: string, items: [string, boolean][], x0 = d.left) => {
    d.ensure(16);
    let x = x0;
    if (lead) x += d.text(x, d.y + 10, lead, { size: 9 }) + 8;
    for (const [label, on] of items) {
      const w = d.measure(label, { size: 9 }) + 24;
      if (x + w > d.right) {
        d.y += 13;
        x = x0 + 20;
      }
      d.checkbox(x, d.y + 10, on, 8);
      x += 12 + d.text(x + 12, d.y + 10, label, { size: 9 }) + 12;
    }
    d.y += 15;
  };

  clause('§ 1 Mietsache');
  d.para(`(1) Vermietet wird die abgeschlossene Einliegerwohnung im Zweifamilienhaus ${ctx.v('anschrift', `${r.flat.street} ${r.flat.no}, ${r.flat.plz} ${r.flat.city}`)}. Die zweite Wohnung des Hauses bewohnt der Vermieter selbst.`);
  options('Lage der Wohnung:', [['Souterrain', floor === 'Souterrain'], ['Erdgeschoss', floor === 'Erdgeschoss'], ['Obergeschoss', floor === 'Obergeschoss'], ['Dachgeschoss', floor === 'Dachgeschoss']]);
  d.para(`(2) Die Wohnung besteht aus ${r.rooms} ${r.rooms === 1 ? 'Zimmer' : 'Zimmern'}, ${rng.pick(['Wohnküche', 'Küche', 'Kochnische'])}, Duschbad/WC und Flur. Mitvermietet ${rng.chance(0.6) ? 'werden eine Einbauküche und ein Kellerabteil' : 'wird ein Kellerabteil'}.`);
  d.para(`(3) Die ${ctx.pick(['Wohnfläche'], ['Wohnfläche der Einliegerwohnung', 'Größe der Wohnung'])} beträgt ${ctx.v('wohnflaeche', ctx.area(r.area))}. Das ist ein Anteil von ${decimal(share, 1)} % an der Wohnfläche des Hauses.`);
  options('Mitbenutzung:', [['Garten', rng.chance(0.5)], ['Waschkeller', true], ['Trockenboden', rng.chance(0.3)], ['Stellplatz vor dem Haus', stell > 0]]);

  clause('§ 2 Mietzeit');
  d.para(`(1) Das Mietverhältnis beginnt am ${ctx.v('mietbeginn', ctx.date(r.einzug))}.`);
  options('', [['Es läuft auf unbestimmte Zeit.', unlimited], [`Es ist befristet (§ 575 BGB) bis zum ${unlimited ? '__________' : dd(addDays(addMonths(r.einzug, rng.pick([12, 24])), -1))}.`, !unlimited]], d.left + 14);
  d.para('(2) Der Mieter wurde darauf hingewiesen, dass der Vermieter das Mietverhältnis auch ohne berechtigtes Interesse kündigen kann, weil er selbst im Haus wohnt (§ 573a BGB); die Kündigungsfrist verlängert sich dann um drei Monate.');

  clause('§ 3 Miete und Nebenkosten');
  d.para('(1) Die monatliche Miete setzt sich wie folgt zusammen:');
  const cols: [string, string, string?][] = [
    [ctx.pick(['Grundmiete (kalt)'], ['Kaltmiete netto', 'Nettokaltmiete']), M(r.grundmiete), 'grundmiete'],
    [ctx.pick(['Vorauszahlung Betriebskosten'], ['Vorauszahlung Nebenkosten (ohne Heizung)', 'Abschlag Betriebskosten']), M(r.nebenkosten), 'nebenkosten'],
    ['Heizung / Warmwasser', heiz !== undefined ? M(heiz) : 'entfällt'],
  ];
  if (stell) cols.push(['Stellplatz', M(stell)]);
  cols.push(['monatlich gesamt', M(total)]);
  d.ensure(50);
  const cw = d.contentWidth / cols.length;
  const top = d.y + 2;
  cols.forEach(([h, v, field], i) => {
    const x = d.left + i * cw;
    d.rect(x, top, cw, 34, { stroke: [0.4, 0.4, 0.4], lineWidth: 0.5 });
    d.wrap(h, cw - 8, { size: 7.5 }).forEach((l, j) => d.text(x + 4, top + 9 + j * 8.5, l, { size: 7.5, color: GRAY }));
    d.rect(x + 3, top + 19, cw - 6, 12, { fill: gray });
    d.text(x + cw - 6, top + 28.5, v, { size: 9.5, align: 'right', field, bold: i === cols.length - 1 });
  });
  d.y = top + 40;
  options('(2) Die Betriebskosten werden erhoben', [['als Vorauszahlung mit jährlicher Abrechnung', true], ['als Pauschale', false]]);
  if (heiz !== undefined) d.para(`(3) Die Wohnung wird über die Zentralheizung des Hauses versorgt. Da der Vermieter die zweite Wohnung selbst bewohnt, werden die Heiz- und Warmwasserkosten nach dem Flächenanteil von ${decimal(share, 1)} % verteilt (§ 2 HeizkostenV).`);
  else d.para('(3) Die Wohnung hat eine eigene Gastherme. Der Mieter schließt den Gas- und den Stromliefervertrag selbst ab; die Kosten sind nicht Teil der Miete.');
  d.para(`(4) Den Haushaltsstrom bezieht der Mieter über einen eigenen Zähler (Zähler-Nr. ${rng.digits(2)} ${rng.digits(6)}) direkt vom Versorger.`);

  clause('§ 4 Zahlung');
  d.para(`Die Miete ist monatlich im Voraus, spätestens am dritten Werktag des Monats, auf folgendes Konto des Vermieters zu überweisen: ${lpName}, ${r.landlord.bank.bank.name}, IBAN ${ctx.iban(r.landlord.bank.iban)}.`);

  clause('§ 5 Mietsicherheit');
  options('', [[`Barkaution in Höhe von ${guarantee ? '__________' : M(kaution)} (zahlbar in drei Monatsraten)`, !guarantee], ['Bürgschaft eines Elternteils (Anlage)', guarantee]], d.left + 14);
  if (guarantee) d.para(`Anstelle einer Kaution übernimmt ${parent.gender === 'f' ? 'die Mutter' : 'der Vater'} ${t.gender === 'f' ? 'der Mieterin' : 'des Mieters'} eine selbstschuldnerische Bürgschaft bis zur Höhe von drei Monatsmieten (netto kalt). Die Bürgschaftserklärung ist diesem Vertrag als Anlage beigefügt.`);

  clause('§ 6 Zusammenleben im Haus');
  d.para(rng.pick([
    'Mieter und Vermieter nehmen aufeinander Rücksicht. Ruhezeiten: werktags 13 bis 15 Uhr und 22 bis 7 Uhr, sonn- und feiertags ganztägig. Der Winterdienst und die Reinigung des Treppenhauses wechseln wöchentlich nach Plan.',
    'Das Treppenhaus und der Hauseingang werden gemeinsam genutzt und im wöchentlichen Wechsel gereinigt. Den Winterdienst übernimmt der Vermieter.',
  ]));
  options('Tierhaltung:', [['nicht gestattet', false], ['nach Absprache', true], ['gestattet', false]]);

  clause('§ 7 Schönheitsreparaturen, Kleinreparaturen');
  d.para(`Die Wohnung wird ${rng.pick(['frisch renoviert', 'renoviert', 'in gebrauchtem, gepflegtem Zustand'])} übergeben. Kosten für Kleinreparaturen an Teilen, die dem häufigen Zugriff des Mieters ausgesetzt sind, trägt der Mieter bis ${M(rng.pick([80, 100, 110, 120]))} im Einzelfall, höchstens jedoch ${rng.pick(['8 %', '6 %'])} der Jahresgrundmiete.`);

  clause('§ 8 Sonstige Vereinbarungen');
  const other = rng.sample([
    `Der Mieter übernimmt das Rasenmähen im Garten; dafür wird keine Vergütung gezahlt.`,
    `Die Wohnung wird am ${dd(addDays(r.einzug, -rng.int(1, 3)))} mit Übergabeprotokoll übergeben.`,
    `Das Anbringen einer Satellitenschüssel ist nicht gestattet; Internet und Fernsehen über den Kabelanschluss des Hauses.`,
    `Der Vermieter verzichtet für die ersten ${rng.pick(['zwei', 'drei'])} Jahre auf eine Kündigung wegen Eigenbedarfs.`,
    `Fahrräder dürfen im Schuppen hinter dem Haus abgestellt werden.`,
  ], 2);
  const boxTop = d.y + 2;
  d.y += 6;
  for (const o of other) d.para(o, { x: d.left + 6, width: d.contentWidth - 12, after: 2 });
  d.rect(d.left, boxTop, d.contentWidth, d.y - boxTop + 2, { stroke: [0.4, 0.4, 0.4], lineWidth: 0.5 });
  d.y += 8;

  d.ensure(90);
  d.move(10);
  const sy = d.y + 30;
  d.text(d.left, d.y + 10, `${r.flat.city}, den ${dd(signed)}`);
  d.text(d.left + 250, d.y + 10, `${r.flat.city}, den ${dd(signed)}`);
  d.text(d.left + 10, sy - 3, `${lp.first.split(' ')[0].charAt(0)}. ${lp.last}`, { font: 'times-italic', size: 13, color: [0.1, 0.15, 0.45] });
  d.text(d.left + 260, sy - 3, `${t.first.split(' ')[0]} ${t.last}`, { font: 'times-italic', size: 13, color: [0.1, 0.15, 0.45] });
  d.hline(sy, d.left, d.left + 200, 0.5);
  d.hline(sy, d.left + 250, d.right, 0.5);
  d.text(d.left, sy + 10, 'Vermieter', { size: 8, color: GRAY });
  d.text(d.left + 250, sy + 10, 'Mieter', { size: 8, color: GRAY });
  d.y = sy + 18;

  if (guarantee) {
    d.newPage();
    d.y = 60;
    d.write('Anlage zum Mietvertrag – Bürgschaftserklärung', { size: 13, bold: true });
    d.move(6);
    d.para(`Ich, ${ctx.name(parent, 'first-last')}, geboren am ${dd(parent.birth)}, wohnhaft ${parentAddr.street} ${parentAddr.no}, ${parentAddr.plz} ${parentAddr.city}, übernehme hiermit gegenüber ${lpName} die selbstschuldnerische Bürgschaft für alle Verpflichtungen ${t.gender === 'f' ? 'meiner Tochter' : 'meines Sohnes'} ${ctx.name(t, 'first-last')} aus dem Mietvertrag vom ${dd(signed)} über die Einliegerwohnung ${r.flat.street} ${r.flat.no}, ${r.flat.plz} ${r.flat.city}.`);
    d.para(`Die Bürgschaft ist auf einen Höchstbetrag von ${M(cents(r.grundmiete * 3))} (drei Nettokaltmieten) begrenzt. Auf die Einrede der Vorausklage (§ 771 BGB) wird verzichtet. Die Bürgschaft erlischt, wenn das Mietverhältnis beendet ist und alle Ansprüche erfüllt sind.`);
    d.move(30);
    d.text(d.left, d.y, `${parentAddr.city}, den ${dd(addDays(signed, -rng.int(0, 5)))}`);
    d.text(d.left + 260, d.y - 3, `${parent.first.split(' ')[0]} ${parent.last}`, { font: 'times-italic', size: 13, color: [0.1, 0.15, 0.45] });
    d.hline(d.y + 2, d.left + 250, d.right, 0.5);
    d.text(d.left + 250, d.y + 12, 'Unterschrift Bürge/Bürgin', { size: 8, color: GRAY });
  }
  truth(ctx, r);
}

/**
 * blind8 (holdout): a fixed-term lease of a furnished flat (§ 575 BGB) from a provider of
 * "Wohnen auf Zeit": the provider's logo line with a contract number; the parties in sentences
 * (the owner, sometimes represented by the provider as agent; the tenant with the current address
 * elsewhere and the reason of the stay); § 1 the flat in a sentence with its unit number, area and
 * the furniture; § 2 the term from the first day to a fixed end with the reason for the limitation
 * and a handover day; § 3 the rent only by reference to the price sheet; § 4 the deposit; the other
 * clauses in small print; signatures. Annex 1, the price sheet, lists numbered positions (net rent of
 * the unfurnished flat, furniture surcharge, advances for operating costs and for heating, a flat
 * rate for electricity, internet and broadcasting fee) with the monthly total, then one-off costs
 * (final cleaning, deposit). Annex 2 is the handover record with meter readings and keys.
 */
function blind8MoebliertAufZeit(ctx: Ctx): void {
  const rng = ctx.rng;
  const r = rental(ctx.rng, ctx.today);
  const t = r.tenant;
  t.title = undefined;
  // short stays: a recent start, a term of one to three years
  r.einzug = firstOfMonth(addDays(ctx.today, -rng.int(15, 420)));
  const oldArea = r.area;
  r.area = rng.chance(0.5) ? rng.int(24, 68) + rng.pick([0, 0.5, 0.25, 0.8]) : cents(rng.float(24, 68));
  const scale = r.area / oldArea;
  r.grundmiete = cents(r.grundmiete * scale * rng.float(1.1, 1.35));
  r.nebenkosten = cents(r.nebenkosten * scale);
  if (r.heizkosten !== undefined) r.heizkosten = cents(r.heizkosten * scale);
  r.rooms = Math.max(1, Math.min(3, Math.round(r.area / 24)));
  let months = rng.pick([12, 18, 24, 24, 30, 36]);
  while (addMonths(r.einzug, months) <= addDays(ctx.today, 60)) months += 6;
  const ende = addDays(addMonths(r.einzug, months), -1);
  const handover = rng.chance(0.5) ? r.einzug : addDays(r.einzug, -rng.int(1, 3));
  const signed = addDays(r.einzug, -rng.int(7, 45));
  const provider = `${rng.pick(['Stadtquartier', 'Homebase', 'Mitte', 'Elbe', 'Isar', 'Spree', 'Campus', 'Rhein'])} ${rng.pick(['Apartments', 'Living', 'Suites', 'Wohnen auf Zeit'])} GmbH`;
  const provAddr = fake.sameCityAddress(rng, r.flat);
  const agent = r.landlord.kind === 'person' && rng.chance(0.6);
  const unit = `${rng.pick(['WE', 'App.', 'Whg.'])} ${rng.int(1, 4)}.${String(rng.int(1, 12)).padStart(2, '0')}`;
  const moebel = rng.pick([60, 75, 80, 90, 110, 120, 140, 150]);
  const pauschale = rng.pick([45, 49, 55, 59, 65, 70]);
  const monthly = cents(gesamt(r) + moebel + pauschale);
  const kaution = cents(r.grundmiete * rng.pick([2, 3]));
  const cleaning = rng.pick([90, 120, 150, 180, 220]);
  const contractNo = `${rng.pick(['MV', 'ZV', 'MZ'])}-${r.einzug.slice(0, 4)}-${rng.digits(4)}`;
  const prevAddr = fake.address(rng);
  const reason = rng.pick([
    `eines befristeten Arbeitsverhältnisses bei der ${fake.employerName(rng, r.flat.city)}`,
    `eines Projekteinsatzes in ${r.flat.city}`,
    `einer Weiterbildung in ${r.flat.city}`,
    `eines Studiums an der ${rng.pick(fake.UNIVERSITIES)[0]}`,
  ]);
  const lName = r.landlord.name;
  const M = (v: number) => ctx.money(v);
  const dd = (v: string) => ctx.ndate(v);
  const accent: Color = rng.pick([[0.75, 0.35, 0.1], [0.1, 0.45, 0.45], [0.3, 0.3, 0.55], [0.55, 0.15, 0.3]] as const);

  const d = ctx.start({ family: rng.pick(['helvetica', 'times']), size: 9, margins: { left: 60, right: 54, top: 52, bottom: 66 } });
  d.rect(d.left, 40, 10, 10, { fill: accent });
  d.rect(d.left + 12, 40, 10, 10, { fill: [0.75, 0.75, 0.75] });
  d.text(d.left + 28, 49, provider.replace(/ GmbH$/, ''), { size: 12, bold: true, color: accent });
  d.text(d.right, 46, 'Möbliertes Wohnen auf Zeit', { size: 8, align: 'right', color: GRAY });
  d.text(d.right, 56, `${provAddr.street} ${provAddr.no} · ${provAddr.plz} ${provAddr.city}`, { size: 7.5, align: 'right', color: GRAY });
  d.hline(62, d.left, d.right, 0.8, accent);
  d.y = 84;
  d.write(ctx.pick([], ['Mietvertrag über eine möblierte Wohnung', 'Zeitmietvertrag für möblierten Wohnraum']), { size: 15, bold: true, align: 'center' });
  d.write('befristet nach § 575 BGB', { size: 9.5, align: 'center' });
  d.write(`Vertrags-Nr. ${contractNo}`, { size: 8.5, align: 'center', color: GRAY });
  d.move(8);

  d.write('Zwischen', { size: 9 });
  const landlordText = r.landlord.kind === 'person'
    ? `${r.landlord.person!.gender === 'f' ? 'Frau' : 'Herrn'} ${ctx.v('vermieter_name', lName)}, ${r.landlord.address.street} ${r.landlord.address.no}, ${r.landlord.address.plz} ${r.landlord.address.city}`
    : `der ${ctx.v('vermieter_name', lName)}, ${r.landlord.address.street} ${r.landlord.address.no}, ${r.landlord.address.plz} ${r.landlord.address.city}`;
  d.para(`${landlordText}${agent ? `, vertreten durch die ${provider}, diese handelnd im Namen und für Rechnung der Eigentümerin / des Eigentümers,` : ''}`, { x: d.left + 14, after: 2 });
  d.para('– nachfolgend „Vermieter“ genannt –', { x: d.left + 14, size: 8.5, color: GRAY });
  d.write('und', { size: 9 });
  d.para(`${t.gender === 'f' ? 'Frau' : 'Herrn'} ${ctx.v('mieter_name', ctx.name(t, 'first-last'))}, geboren am ${dd(t.birth)}, derzeit wohnhaft ${prevAddr.street} ${prevAddr.no}, ${prevAddr.plz} ${prevAddr.city},`, { x: d.left + 14, after: 2 });
  d.para('– nachfolgend „Mieter“ genannt –', { x: d.left + 14, size: 8.5, color: GRAY });
  d.para(`wird folgender Vertrag geschlossen. Der Mieter benötigt die Wohnung für die Dauer ${reason}.`);

  const clause = (title: string) => {
    d.ensure(46);
    d.move(5);
    d.text(d.left, d.y + 9.5, title, { size: 9.5, bold: true, color: accent });
    d.y += 13;
    d.hline(d.y, d.left, d.right, 0.3, [0.7, 0.7, 0.7]);
    d.move(3);
  };
  clause('§ 1  Mietsache');
  d.para(`(1) Vermietet wird die möblierte ${r.rooms === 1 ? 'Ein-Zimmer-Wohnung' : `${r.rooms}-Zimmer-Wohnung`} ${unit} im ${r.floor} des Hauses ${ctx.v('anschrift', fake.addressLine(r.flat))}.`);
  d.para(`(2) Die Wohnfläche beträgt ${ctx.v('wohnflaeche', ctx.area(r.area))}. Die Wohnung besteht aus ${r.rooms === 1 ? 'einem Wohn-/Schlafraum' : `${r.rooms} Zimmern`}, ${rng.pick(['Einbauküche', 'Pantryküche', 'offener Küche'])} und Duschbad; ${rng.pick(['ein Kellerabteil', 'ein Abstellraum im Dachboden', 'ein Fahrradstellplatz im Hof'])} wird mitvermietet.`);
  d.para('(3) Die Wohnung ist vollständig eingerichtet. Die mitvermieteten Einrichtungsgegenstände sind im Inventar- und Übergabeprotokoll (Anlage 2) aufgeführt; Geschirr, Bettwäsche und Handtücher sind vorhanden.');

  clause('§ 2  Mietzeit');
  d.para(`(1) Das Mietverhältnis beginnt am ${ctx.v('mietbeginn', ctx.date(r.einzug))} und endet am ${ctx.date(ende)}, ohne dass es einer Kündigung bedarf.`);
  d.para(`(2) Die Befristung beruht auf § 575 Abs. 1 Satz 1 Nr. 1 BGB: Der Vermieter will die Wohnung nach Ablauf der Mietzeit ${rng.pick(['für sich selbst', 'für seine Tochter', 'für seinen Sohn', 'für Angehörige seines Haushalts'])} nutzen. Eine Verlängerung ist nur durch schriftliche Vereinbarung möglich und ist spätestens drei Monate vor Vertragsende anzufragen.`);
  d.para(`(3) Die Schlüssel werden am ${dd(handover)} gegen Unterzeichnung des Übergabeprotokolls übergeben.`);

  clause('§ 3  Miete und Nebenkosten');
  d.para(`(1) Die monatliche Miete, der Zuschlag für die Möblierung, die Vorauszahlungen auf die Betriebs- und Heizkosten sowie die Pauschale für Strom, Internet und Rundfunkbeitrag ergeben sich aus dem Preisblatt (Anlage 1). Das Preisblatt ist Bestandteil dieses Vertrages.`);
  d.para(`(2) Über die Vorauszahlungen wird jährlich abgerechnet. Die Pauschale wird nicht abgerechnet; mit ihr sind Haushaltsstrom bis ${rng.pick([1500, 1800, 2000, 2500])} kWh im Jahr, ein Internetanschluss und der Rundfunkbeitrag abgegolten.`);
  const payee = agent ? fake.bankAccount(rng) : r.landlord.bank;
  d.para(`(3) Die Gesamtzahlung ist monatlich im Voraus bis zum dritten Werktag auf das Konto ${agent ? 'der ' + provider : 'des Vermieters'} bei der ${payee.bank.name}, IBAN ${ctx.iban(payee.iban)}, zu zahlen; Verwendungszweck: ${contractNo}.`);

  clause('§ 4  Mietsicherheit');
  d.para(`Der Mieter leistet eine Kaution von ${M(kaution)}, fällig vor der Schlüsselübergabe. Sie wird nach Rückgabe der Wohnung, Prüfung des Inventars und Abrechnung der Nebenkosten zurückgezahlt.`);

  clause('§ 5  Weitere Vereinbarungen');
  const small = { size: 8 };
  d.para('(1) Der Mieter darf die Wohnung nur selbst bewohnen; eine Untervermietung oder Überlassung an Dritte, auch über Online-Plattformen, ist nicht gestattet. Besuch bis zu sechs Wochen ist zulässig.', small);
  d.para(`(2) Schäden an der Einrichtung sind unverzüglich zu melden. Für verlorene Schlüssel werden die Kosten des Austauschs der Schließanlage berechnet. Kleinreparaturen bis ${M(rng.pick([75, 100, 120]))} je Fall trägt der Mieter.`, small);
  d.para(`(3) Bei Auszug wird die Wohnung durch den Vermieter gereinigt; die Endreinigung wird pauschal berechnet (Anlage 1). Das Inventar ist vollständig und in gereinigtem Zustand zurückzugeben.`, small);
  d.para('(4) Rauchen ist in der Wohnung nicht gestattet. Haustiere nur mit vorheriger schriftlicher Zustimmung.', small);
  d.para('(5) Änderungen und Ergänzungen bedürfen der Textform. Sollte eine Bestimmung unwirksam sein, bleibt der Vertrag im Übrigen wirksam.', small);

  d.ensure(80);
  d.move(14);
  const sy = d.y + 34;
  d.text(d.left, d.y + 10, `${r.flat.city}, ${dd(signed)}`);
  d.text(d.left + 250, d.y + 10, `${r.flat.city}, ${dd(signed)}`);
  d.text(d.left + 8, sy - 4, agent ? `i. V. ${fake.fullName(fake.person(rng)).split(' ').slice(-1)[0]}` : r.landlord.kind === 'person' ? r.landlord.person!.last : `ppa. ${fake.person(rng).last}`, { font: 'times-italic', size: 13, color: [0.1, 0.15, 0.45] });
  d.text(d.left + 258, sy - 4, `${t.first.split(' ')[0].charAt(0)}. ${t.last}`, { font: 'times-italic', size: 13, color: [0.1, 0.15, 0.45] });
  d.hline(sy, d.left, d.left + 210, 0.5);
  d.hline(sy, d.left + 250, d.right, 0.5);
  d.text(d.left, sy + 10, agent ? `Vermieter, vertreten durch ${provider}` : 'Vermieter', { size: 7.5, color: GRAY });
  d.text(d.left + 250, sy + 10, 'Mieter', { size: 7.5, color: GRAY });
  d.y = sy + 22;
  d.para('Anlagen: 1 Preisblatt · 2 Inventar- und Übergabeprotokoll · Hausordnung', { size: 8, color: GRAY });

  // annex 1: the price sheet, on a page of its own unless the signatures spilled over
  if (d.page === 1 || d.y > 300) d.newPage();
  else d.move(24);
  d.text(d.left, d.y + 12, 'Anlage 1 – Preisblatt', { size: 13, bold: true });
  d.text(d.right, d.y + 12, `zum Vertrag ${contractNo}`, { size: 8.5, align: 'right', color: GRAY });
  d.y += 24;
  d.para(`Wohnung ${unit}, ${r.flat.street} ${r.flat.no}, ${r.flat.plz} ${r.flat.city} · Mieter: ${ctx.name(t, 'last-first')} · gültig ab ${dd(r.einzug)}`, { size: 8.5 });
  d.move(4);
  const px = [d.left + 6, d.left + 40, d.right - 6];
  const header = (what: string) => {
    d.rect(d.left, d.y, d.contentWidth, 16, { fill: accent });
    d.text(px[0], d.y + 11, 'Pos.', { size: 8.5, bold: true, color: [1, 1, 1] });
    d.text(px[1], d.y + 11, 'Leistung', { size: 8.5, bold: true, color: [1, 1, 1] });
    d.text(px[2], d.y + 11, what, { size: 8.5, bold: true, color: [1, 1, 1], align: 'right' });
    d.y += 16;
  };
  const pos = (no: string, label: string, sub: string, amount: Cell, bold = false) => {
    const v = typeof amount === 'string' ? { text: amount } : amount;
    const top = d.y;
    d.text(px[0], top + 12, no, { size: 9, bold });
    d.text(px[1], top + 12, label, { size: 9, bold });
    if (sub) d.text(px[1], top + 22, sub, { size: 7, color: GRAY });
    d.text(px[2], top + 12, v.text, { size: 9.5, bold, align: 'right', field: v.field });
    d.y = top + (sub ? 28 : 18);
    d.rect(d.left, top, d.contentWidth, d.y - top, { stroke: [0.6, 0.6, 0.6], lineWidth: 0.4 });
  };
  header('monatlich');
  pos('1', ctx.pick([], ['Nettokaltmiete der Wohnung (ohne Möblierung)', 'Grundmiete Wohnraum, unmöbliert']), `${ctx.area(r.area)} Wohnfläche`, { text: M(r.grundmiete), field: 'grundmiete' });
  pos('2', 'Möblierungszuschlag', 'Einrichtung laut Inventarverzeichnis', M(moebel));
  pos('3', ctx.pick([], ['Vorauszahlung Betriebskosten nach BetrKV (ohne Heizung)', 'Betriebskosten-Vorauszahlung (kalt)']), 'Wasser, Abwasser, Müll, Grundsteuer, Hausreinigung, Aufzug u. a.', { text: M(r.nebenkosten), field: 'nebenkosten' });
  if (r.heizkosten !== undefined) pos('4', 'Vorauszahlung Heizung und Warmwasser', 'Abrechnung nach HeizkostenV', M(r.heizkosten));
  else pos('4', 'Heizung und Warmwasser', 'Gastherme in der Wohnung, Verbrauch über Pos. 5', 'entfällt');
  pos('5', 'Pauschale Strom, Internet, Rundfunkbeitrag', 'wird nicht abgerechnet', M(pauschale));
  d.rect(d.left, d.y, d.contentWidth, 18, { fill: [0.93, 0.93, 0.93] });
  pos('', 'Monatliche Gesamtzahlung', '', M(monthly), true);
  d.move(14);
  d.write('Einmalige Kosten', { size: 10, bold: true });
  header('einmalig');
  pos('6', 'Endreinigung bei Auszug (pauschal)', 'wird mit der Kaution verrechnet', M(cleaning));
  pos('7', 'Kaution', `fällig vor Schlüsselübergabe, ${kaution === cents(r.grundmiete * 2) ? 'zwei' : 'drei'} Nettokaltmieten`, M(kaution));
  d.move(10);
  d.para(`Die Beträge der Positionen 3 und 4 sind Vorauszahlungen; sie können nach einer Abrechnung angemessen angepasst werden. Der Möblierungszuschlag ist bis zum Vertragsende fest.${rng.chance(0.5) ? ` Für einen Stellplatz in der Tiefgarage gilt ein gesonderter Vertrag (${M(r.stellplatz ?? 65)} monatlich).` : ''}`, { size: 8.5 });

  // annex 2: handover record
  d.move(10);
  d.ensure(200);
  d.text(d.left, d.y + 12, 'Anlage 2 – Inventar- und Übergabeprotokoll (Auszug)', { size: 12, bold: true });
  d.y += 22;
  d.para(`Übergabe am ${dd(handover)} um ${rng.int(9, 17)}:${rng.pick(['00', '15', '30', '45'])} Uhr, anwesend: ${ctx.name(t, 'first-last')} und ${fake.fullName(fake.person(rng))} (${agent ? provider : 'für den Vermieter'}).`, { size: 8.5 });
  const meters: [string, string, string][] = [
    ['Stromzähler', `${rng.digits(1)}${rng.digits(7)}`, `${rng.int(1000, 60000)} kWh`],
    ['Wasser kalt (Bad)', `${rng.digits(8)}`, `${decimal(rng.float(10, 400), 3)} m³`],
    ['Wasser warm (Bad)', `${rng.digits(8)}`, `${decimal(rng.float(5, 200), 3)} m³`],
    [r.heizkosten !== undefined ? 'Heizkostenverteiler Wohnen' : 'Gaszähler', `${rng.digits(8)}`, r.heizkosten !== undefined ? `${rng.int(0, 900)} Einheiten` : `${decimal(rng.float(100, 9000), 1)} m³`],
  ];
  table(ctx, [
    { header: 'Zähler', x: d.left },
    { header: 'Zählernummer', x: d.left + 170 },
    { header: 'Stand bei Übergabe', x: d.right, align: 'right' },
  ], meters, { size: 8.5, grid: true });
  d.para(`Schlüssel: ${rng.int(2, 3)} × Wohnung/Haus, 1 × Briefkasten, ${rng.chance(0.5) ? '1 × Keller' : '1 × Fahrradraum'}. Inventar vollständig, ohne Mängel${rng.chance(0.4) ? '; kleiner Kratzer an der Arbeitsplatte der Küche' : ''}.`, { size: 8.5 });

  d.onEveryPage((doc, page, pages) => {
    doc.hline(doc.height - 44, doc.left, doc.right, 0.3, GRAY);
    doc.text(doc.left, doc.height - 34, `${provider} · Vertrag ${contractNo}`, { size: 6.5, color: GRAY });
    doc.text(doc.right, doc.height - 34, `Seite ${page}/${pages} · Paraphe Mieter: ______`, { size: 7, align: 'right', color: GRAY });
  });
  truth(ctx, r);
}

/**
 * blind9: a sublease for a room in a shared flat (WG-Zimmer), the main tenant letting one room of
 * the flat they live in, typed into the blanks of a tenants' association's or students' union's
 * template: printed text in Times, the typed entries in Courier on underlined blanks inside the
 * sentences, tick boxes. The main tenant with birth date as the letting party, the subtenant with
 * birth date and previous address; the flat with floor, the room's number and its area, the shared
 * rooms, the whole flat's area and how many live there; the main lease with the owner (or its
 * manager), its start and the day of the consent to sublet, the whole flat's rent under it; the start
 * of the sublease, open-ended or until a fixed day with its reason; the rent as lines of blanks
 * (share of the net rent, of the operating costs advance, of heating, a furniture surcharge, a flat
 * rate for electricity, internet and broadcasting fee) with the monthly total and the main tenant's
 * IBAN; the deposit; WG rules; signatures and the owner's consent box; an inventory annex.
 */
function blind9WgUntermietvertrag(ctx: Ctx): void {
  const rng = ctx.rng;
  const r = rental(rng, ctx.today);
  // rooms in shared flats go mostly to students and young workers
  const sub = fake.person(rng, { bornFrom: 1978, bornTo: 2005, titleChance: 0 });
  r.tenant = sub;
  const owner = r.landlord;
  const main = fake.person(rng, { bornFrom: 1975, bornTo: 2002, titleChance: 0 });
  const mainBank = fake.bankAccount(rng);
  r.landlord = { kind: 'person', name: fake.fullName(main), person: main, address: r.flat, phone: fake.mobile(rng), bank: mainBank };
  const wholeArea = r.area < 58 ? cents(r.area + rng.int(30, 55)) : r.area;
  const wholeRooms = Math.max(2, Math.min(5, Math.round(wholeArea / 21)));
  const wgSize = Math.min(wholeRooms, rng.int(2, 4));
  const wholeGrund = cents(wholeArea * rng.float(6.5, 13));
  const wholeNeben = cents(wholeArea * rng.float(1.7, 3.0));
  const wholeHeiz = cents(wholeArea * rng.float(0.9, 1.7));
  const room = rng.int(9, 22) + rng.pick([0, 0, 0.5, 0.4, 0.75, 0.2]);
  const share = Math.min(0.6, (room / wholeArea) * rng.float(1.2, 1.6));
  const round = rng.chance(0.5);
  const part = (v: number) => (round ? Math.max(5, Math.round((v * share) / 5) * 5) : cents(v * share));
  r.area = room;
  r.grundmiete = part(wholeGrund);
  r.nebenkosten = part(wholeNeben);
  const heiz = part(wholeHeiz);
  const furnished = rng.chance(0.6);
  const moebel = furnished ? rng.pick([15, 20, 25, 30, 40]) : 0;
  const flat = rng.pick([20, 25, 30, 35, 40]);
  const total = cents(r.grundmiete + r.nebenkosten + heiz + moebel + flat);
  const wholeTotal = cents(wholeGrund + wholeNeben + wholeHeiz);
  r.einzug = rng.chance(0.75) ? firstOfMonth(addDays(ctx.today, -rng.int(10, 900))) : addDays(firstOfMonth(addDays(ctx.today, -rng.int(10, 900))), 14);
  const mainSince = addMonths(r.einzug, -rng.int(10, 96));
  const consent = addDays(r.einzug, -rng.int(6, 45));
  const fixed = rng.chance(0.4);
  const end = addDays(addMonths(r.einzug, rng.pick([6, 10, 12, 18, 24])), -1);
  const des = main.gender === 'f' ? 'der Hauptmieterin' : 'des Hauptmieters';
  const reason = rng.pick([`Rückkehr ${des} aus dem Ausland`, `Einzug der Partnerin/des Partners ${des}`, `Auslandssemester ${des} endet`, `Praktikum ${des} in ${rng.pick(['Wien', 'Lyon', 'Kopenhagen', 'Madrid'])} endet`]);
  const prev = fake.address(rng);
  const roomNo = String(rng.int(1, wholeRooms));
  const ownerAgent = owner.kind === 'person' && rng.chance(0.5) ? `Hausverwaltung ${rng.pick(['Lorenz', 'Sommer', 'Kühn', 'Albrecht'])} GmbH` : undefined;
  const kaution = rng.chance(0.5) ? cents(2 * total) : cents(3 * (r.grundmiete + moebel));
  const shared = ['Küche', 'Bad/WC', 'Flur', 'Wohnzimmer', 'Balkon', 'Keller'];
  const usedShared = new Set(['Küche', 'Bad/WC', 'Flur', ...rng.sample(['Wohnzimmer', 'Balkon', 'Keller'], rng.int(0, 2))]);
  const issuer = rng.pick(['Mieterverein', 'AStA – Wohnraumbörse', 'Studierendenwerk – Privatzimmervermittlung', 'Mieterschutzbund']);
  const dd = (v: string) => ctx.ndate(v);
  const money = (v: number) => ctx.money(v);
  const BODY = 10;
  const TYPED = 9.5;
  const body = 'times' as const;
  const typed = 'courier' as const;

  const d = ctx.start({ family: 'times', size: BODY, margins: { left: 62, right: 56, top: 50, bottom: 64 } });
  d.text(d.left, 36, `Muster: ${issuer} ${r.flat.city} · Vertragsvordruck zur Untervermietung eines Zimmers · keine Rechtsberatung`, { size: 7, color: GRAY, font: 'helvetica' });
  d.y = 52;
  d.write(ctx.pick([], ['Untermietvertrag über ein möbliertes oder unmöbliertes Zimmer', 'Untermietvertrag (WG-Zimmer)', 'Zimmer-Untermietvertrag für Wohngemeinschaften']), { size: 15, bold: true, align: 'center' });
  d.write('innerhalb einer vom Hauptmieter / von der Hauptmieterin selbst bewohnten Wohnung', { size: 9, align: 'center', italic: true });
  d.move(6);

  type Seg = string | { v: string; field?: string; w?: number } | { box: string; on: boolean };
  /** printed text with typed entries on underlined blanks; the line wraps between words and blanks */
  const fill = (segs: Seg[], options: { x?: number; after?: number } = {}) => {
    const x0 = options.x ?? d.left;
    const LH = 15;
    d.ensure(LH);
    let base = d.y + 11;
    let x = x0;
    let run = '';
    let runX = x0;
    // a blank keeps a little air to the printed words beside it, except before punctuation
    let gap = 0;
    const space = d.measure(' ', { size: BODY, font: body });
    const flush = () => {
      if (run.trim()) d.text(runX, base, run, { size: BODY, font: body });
      run = '';
    };
    const newline = () => {
      flush();
      d.y += LH;
      d.ensure(LH);
      base = d.y + 11;
      x = x0;
      runX = x0;
    };
    for (const s of segs) {
      if (typeof s === 'string') {
        if (gap && !/^[,.;)]/.test(s)) x += gap;
        gap = 0;
        runX = x;
        s.split(' ').forEach((word, i) => {
          if (i > 0) {
            if (run) run += ' ';
            else runX += space;
            x += space;
          }
          if (!word) return;
          const w = d.measure(word, { size: BODY, font: body });
          if (x + w > d.right && x > x0) newline();
          if (!run) runX = x;
          run += word;
          x += w;
        });
      } else if ('box' in s) {
        flush();
        if (x > x0) x += 4;
        const w = 12 + d.measure(s.box, { size: BODY, font: body });
        if (x + w > d.right && x > x0) newline();
        d.checkbox(x, base, s.on, 8.5);
        d.text(x + 12, base, s.box, { size: BODY, font: body });
        x += w + 6;
        runX = x;
        gap = 0;
      } else {
        flush();
        if (x > x0) x += 3;
        const tw = d.measure(s.v, { size: TYPED, font: typed });
        const w = Math.max(tw + 10, s.w ?? 0);
        if (x + w > d.right && x > x0) newline();
        d.hline(base + 2.5, x, x + w, 0.4, GRAY);
        if (s.v) d.text(x + 5, base, s.v, { size: TYPED, font: typed, field: s.field });
        x += w;
        runX = x;
        gap = 3;
      }
    }
    flush();
    d.y += LH + (options.after ?? 3);
  };
  const head = (title: string) => {
    d.ensure(50);
    d.move(5);
    d.write(title, { size: 10.5, bold: true, gap: 1.5 });
  };

  head('§ 1 Vertragsparteien');
  fill(['Hauptmieter/in (im Folgenden „Untervermieter“): Name, Vorname', { v: `${main.last}, ${main.first}`, field: 'vermieter_name', w: 150 }]);
  fill(['geboren am', { v: dd(main.birth), w: 80 }, 'Telefon', { v: r.landlord.phone, w: 110 }, 'wohnhaft in der unter § 2 genannten Wohnung']);
  fill(['Untermieter/in: Name, Vorname', { v: ctx.name(sub), field: 'mieter_name', w: 170 }, 'geboren am', { v: dd(sub.birth), w: 80 }]);
  fill(['bisherige Anschrift', { v: `${prev.street} ${prev.no}, ${prev.plz} ${prev.city}`, w: 250 }], { after: 6 });

  head('§ 2 Mieträume');
  fill(['(1) Der Untervermieter vermietet in der von ihm gemieteten und selbst bewohnten Wohnung', { v: `${r.flat.street} ${r.flat.no}, ${r.flat.plz} ${r.flat.city}`, field: 'anschrift' }, ', Lage', { v: r.floor, w: 70 }, ', das Zimmer Nr.', { v: roomNo, w: 24 }, 'mit einer Fläche von ca.', { v: ctx.area(r.area), field: 'wohnflaeche', w: 60 }, 'zur alleinigen Nutzung.']);
  fill(['(2) Zur gemeinsamen Nutzung mit den übrigen Bewohnern:', ...shared.map((s) => ({ box: s, on: usedShared.has(s) }))]);
  fill(['(3) Die Wohnung hat insgesamt', { v: ctx.area(wholeArea), w: 60 }, 'und', { v: String(wholeRooms), w: 24 }, 'Zimmer; sie wird einschließlich des Untermieters von', { v: String(wgSize), w: 24 }, 'Personen bewohnt.']);
  fill(['(4) Das Zimmer wird', { box: 'unmöbliert', on: !furnished }, { box: 'möbliert (Inventar siehe Anlage)', on: furnished }, 'überlassen. Schlüssel:', { v: `${rng.int(2, 4)} Stück`, w: 55 }]);

  head('§ 3 Hauptmietverhältnis');
  const ownerText = ownerAgent ? `${owner.name}, vertreten durch ${ownerAgent}` : owner.name;
  fill(['(1) Der Untervermieter hat die Wohnung seit dem', { v: dd(mainSince), w: 80 }, 'von', { v: ownerText, w: 150 }, 'gemietet. Die monatliche Miete der gesamten Wohnung beträgt laut Hauptmietvertrag', { v: money(wholeTotal), w: 80 }, 'einschließlich Vorauszahlungen.']);
  fill(['(2) Die Erlaubnis des Vermieters zur Untervermietung liegt vor (schriftlich vom', { v: dd(consent), w: 80 }, '). Endet das Hauptmietverhältnis, endet auch dieser Vertrag; der Untervermieter wird den Untermieter unverzüglich unterrichten.']);

  head('§ 4 Mietzeit');
  fill(['Das Untermietverhältnis beginnt am', { v: ctx.date(r.einzug), field: 'mietbeginn', w: 90 }, 'und', { box: 'läuft auf unbestimmte Zeit.', on: !fixed }, { box: 'ist befristet bis zum', on: fixed }, { v: fixed ? dd(end) : '', w: 80 }]);
  if (fixed) fill(['Grund der Befristung:', { v: reason, w: 200 }]);
  d.para(`Die Kündigung richtet sich nach den gesetzlichen Vorschriften. ${furnished ? 'Für möblierten Wohnraum innerhalb der vom Vermieter selbst bewohnten Wohnung ist die Kündigung spätestens am 15. eines Monats zum Ablauf dieses Monats zulässig (§ 573c Abs. 3 BGB).' : 'Die Kündigungsfrist beträgt für beide Seiten drei Monate.'}`, { size: 9 });

  head('§ 5 Miete und Nebenkosten');
  d.para('(1) Die monatliche Untermiete setzt sich wie folgt zusammen:', { after: 2 });
  const line = (label: string, value: string, field?: string, bold = false) => {
    d.ensure(15);
    d.text(d.left + 16, d.y + 11, label, { size: BODY, font: bold ? 'times-bold' : body });
    d.hline(d.y + 13.5, d.right - 120, d.right, 0.4, GRAY);
    d.text(d.right - 4, d.y + 11, value, { size: TYPED, font: bold ? 'courier-bold' : typed, align: 'right', field });
    d.y += 15;
  };
  line(ctx.pick([], ['a) anteilige Kaltmiete für das Zimmer', 'a) Mietanteil (nettokalt)']), money(r.grundmiete), 'grundmiete');
  line(ctx.pick([], ['b) Anteil Betriebskosten (Vorauszahlung)', 'b) anteilige kalte Nebenkosten, Abschlag']), money(r.nebenkosten), 'nebenkosten');
  line('c) Anteil Heizung und Warmwasser (Vorauszahlung)', money(heiz));
  line('d) Zuschlag für Möblierung', furnished ? money(moebel) : '–');
  line('e) Pauschale Haushaltsstrom, Internet, Rundfunkbeitrag', money(flat));
  line('monatlich insgesamt (a bis e)', money(total), undefined, true);
  fill(['(2) Die Miete ist monatlich im Voraus, spätestens am dritten Werktag, auf das Konto des Untervermieters zu zahlen: IBAN', { v: ctx.iban(mainBank.iban), w: 200 }, 'bei', { v: mainBank.bank.name, w: 100 }]);
  d.para(`(3) Über die Vorauszahlungen b) und c) rechnet der Untervermieter ab, sobald ihm die Abrechnung des Vermieters vorliegt; die Kosten werden nach ${rng.pick(['Köpfen', 'dem Verhältnis der Zimmerflächen'])} verteilt. Die Pauschale e) wird nicht abgerechnet.`, { size: 9 });

  head('§ 6 Kaution');
  fill(['Der Untermieter leistet eine Kaution von', { v: money(kaution), w: 80 }, ', zahlbar in bis zu drei Monatsraten. Sie wird nach Ende des Untermietverhältnisses und Rückgabe des Zimmers abgerechnet.']);

  head('§ 7 Zusammenleben in der Wohnung');
  d.para(rng.pick([
    'Die gemeinschaftlich genutzten Räume werden nach einem gemeinsam vereinbarten Putzplan gereinigt. Übernachtungsgäste sind bis zu einer Woche ohne Rücksprache erlaubt. In der Wohnung wird nicht geraucht.',
    'Küche, Bad und Flur reinigen die Bewohner abwechselnd im wöchentlichen Wechsel. Haustiere nur nach Absprache mit allen Bewohnern. Die Hausordnung des Vermieters gilt auch für den Untermieter.',
  ]), { size: 9 });
  d.para('Der Untermieter darf das Zimmer nicht weitervermieten. Änderungen und Ergänzungen dieses Vertrages bedürfen der Textform.', { size: 9 });

  d.ensure(120);
  d.move(14);
  const sigDate = addDays(r.einzug, -rng.int(3, 30));
  d.text(d.left, d.y, `${r.flat.city}, ${dd(sigDate)}`, { size: TYPED, font: typed });
  d.text(d.left + 260, d.y, `${r.flat.city}, ${dd(sigDate)}`, { size: TYPED, font: typed });
  d.move(26);
  d.hline(d.y, d.left, d.left + 200, 0.5);
  d.hline(d.y, d.left + 260, d.right, 0.5);
  d.text(d.left, d.y + 10, 'Untervermieter/in (Hauptmieter/in)', { size: 8, font: 'helvetica', color: GRAY });
  d.text(d.left + 260, d.y + 10, 'Untermieter/in', { size: 8, font: 'helvetica', color: GRAY });
  d.move(22);
  d.ensure(70);
  const boxTop = d.y;
  d.rect(d.left, boxTop, d.contentWidth, 62, { stroke: [0.3, 0.3, 0.3], lineWidth: 0.6 });
  d.text(d.left + 6, boxTop + 12, 'Zustimmung des Vermieters der Wohnung (Hauptvermieter)', { size: 9, bold: true });
  d.text(d.left + 6, boxTop + 25, `Mit der Untervermietung des Zimmers Nr. ${roomNo} an ${fake.fullName(sub)} ${owner.kind === 'person' && !ownerAgent ? 'bin ich' : 'sind wir'} einverstanden.`, { size: 9 });
  d.text(d.left + 6, boxTop + 50, `${ownerAgent ?? owner.name}, ${dd(consent)}`, { size: TYPED, font: typed });
  d.hline(boxTop + 52, d.left + 300, d.right - 8, 0.4);
  d.text(d.left + 300, boxTop + 59, 'Unterschrift / Stempel', { size: 7, font: 'helvetica', color: GRAY });
  d.y = boxTop + 70;

  if (furnished || rng.chance(0.5)) {
    d.newPage();
    d.write('Anlage: Übergabeprotokoll und Inventarliste', { size: 12, bold: true });
    fill(['zum Untermietvertrag zwischen', { v: fake.fullName(main), w: 130 }, 'und', { v: fake.fullName(sub), w: 130 }, '– Übergabe des Zimmers am', { v: dd(r.einzug), w: 80 }]);
    const items = furnished ? rng.sample(['Bett 140 x 200 mit Lattenrost', 'Matratze', 'Kleiderschrank, 2-türig', 'Schreibtisch', 'Schreibtischstuhl', 'Regal', 'Kommode', 'Deckenleuchte', 'Vorhänge', 'Teppich'], rng.int(5, 8)) : ['Deckenleuchte', 'Vorhangschiene'];
    table(ctx, [
      { header: 'Nr.', x: d.left },
      { header: 'Gegenstand', x: d.left + 30 },
      { header: 'Zustand', x: d.left + 260 },
      { header: 'Anzahl', x: d.right - 10, align: 'right' },
    ], items.map((it, i) => [String(i + 1), it, rng.pick(['gut', 'gut', 'neuwertig', 'gebraucht, leichte Kratzer']), '1']), { size: 9, grid: true });
    d.para(`Zählerstand Strom (Wohnungszähler): ${rng.int(10000, 99999)} kWh · übergebene Schlüssel: Haustür, Wohnungstür, Zimmer, Briefkasten. Das Zimmer wurde ${rng.pick(['frisch gestrichen', 'besenrein', 'gereinigt und ohne Mängel'])} übergeben.`, { size: 9 });
  }
  d.onEveryPage((doc, page, pages) => {
    doc.text(doc.left, doc.height - 30, `Paraphe: ______ / ______`, { size: 7.5, font: 'helvetica', color: GRAY });
    doc.text(doc.right, doc.height - 30, `Seite ${page} von ${pages}`, { size: 7.5, font: 'helvetica', align: 'right', color: GRAY });
  });
  truth(ctx, r);
}

const ONES = ['null', 'eins', 'zwei', 'drei', 'vier', 'fünf', 'sechs', 'sieben', 'acht', 'neun', 'zehn', 'elf', 'zwölf', 'dreizehn', 'vierzehn', 'fünfzehn', 'sechzehn', 'siebzehn', 'achtzehn', 'neunzehn'];
const TENS = ['', '', 'zwanzig', 'dreißig', 'vierzig', 'fünfzig', 'sechzig', 'siebzig', 'achtzig', 'neunzig'];
/** a whole number below a million in German words, as contracts spell amounts out */
function germanWords(n: number): string {
  const below100 = (v: number): string => (v < 20 ? ONES[v] : `${v % 10 ? `${v % 10 === 1 ? 'ein' : ONES[v % 10]}und` : ''}${TENS[Math.floor(v / 10)]}`);
  const below1000 = (v: number): string => {
    const h = Math.floor(v / 100);
    const rest = v % 100;
    return `${h ? `${h === 1 ? 'ein' : ONES[h]}hundert` : ''}${rest ? below100(rest) : ''}`;
  };
  if (n === 0) return 'null';
  const th = Math.floor(n / 1000);
  const rest = n % 1000;
  return `${th ? `${th === 1 ? 'ein' : below1000(th)}tausend` : ''}${rest ? below1000(rest) : ''}`;
}

/**
 * blind10 (holdout): a lease in a tight market drawn up by a private owner's property manager (or a
 * housing company itself) on its own template: §§ with centred headings and hanging paragraph
 * numbers; two tenants as joint debtors sometimes; every amount also spelt out in words; the
 * start beside the signing day and a handover day; the rent-brake information (§ 556g Abs. 1a BGB)
 * as annex 1 with the rent index figures, the cap of 110 % and, where the rent exceeds it, the
 * former tenant's rent; annex 2 a SEPA direct-debit mandate with the tenant's own IBAN, creditor ID
 * and mandate reference.
 */
function blind10MietpreisbremseSepa(ctx: Ctx): void {
  const rng = ctx.rng;
  const r = rental(rng, ctx.today);
  const t = r.tenant;
  const owner = r.landlord;
  const city = r.flat.city;
  const manager = owner.kind === 'person' && rng.chance(0.65) ? fake.organisation(rng, `${rng.pick(['Hausverwaltung', 'Immobilienverwaltung', 'WEG- und Mietverwaltung'])} ${rng.pick(['Albrecht', 'Brandt', 'Seidel', 'Vogt', 'Krämer', 'Engel', 'Pohl'])} ${rng.pick(['GmbH', 'GmbH & Co. KG', 'e.K.'])}`, city) : undefined;
  const issuer = manager ? manager.name : owner.kind === 'organisation' ? owner.name : undefined;
  const issuerAddr = manager ? manager.address : owner.address;
  const partner = rng.chance(0.4) ? fake.person(rng, { gender: t.gender === 'f' ? 'm' : 'f', bornFrom: Number(t.birth.slice(0, 4)) - 6, bornTo: Math.min(2004, Number(t.birth.slice(0, 4)) + 6), last: rng.chance(0.5) ? t.last : undefined, titleChance: 0 }) : undefined;
  // the rent brake's information duty exists since 2019, so the lease is a recent one
  if (r.einzug < '2020-01-01') r.einzug = firstOfMonth(addDays(ctx.today, -rng.int(60, 1500)));
  const before = fake.address(rng);
  const signed = addDays(r.einzug, -rng.int(12, 60));
  const handover = rng.chance(0.45) ? addDays(r.einzug, -rng.int(1, 3)) : r.einzug;
  const objectNo = `${rng.int(100, 999)}`;
  const unitNo = `${rng.pick(['', '0', ''])}${rng.int(1, 48)}`;
  const heiz = r.heizkosten;
  const words = rng.chance(0.5) ? 'cents' : 'fraction';
  const m = (v: number) => ctx.money(v);
  const inWords = (v: number) => {
    const euros = Math.floor(v + 1e-9);
    const c = Math.round((v - euros) * 100);
    if (words === 'fraction') return `${germanWords(euros)} ${String(c).padStart(2, '0')}/100 Euro`;
    return `${germanWords(euros)} Euro${c ? ` und ${germanWords(c)} Cent` : ''}`;
  };
  const dd = (v: string) => ctx.date(v);
  const mspYear = Number(signed.slice(0, 4)) - rng.pick([0, 1, 1]);
  const rate = r.grundmiete / r.area;
  const exception = rng.chance(0.45);
  const mean = cents(rate * (exception ? rng.float(0.72, 0.86) : rng.float(0.96, 1.2)));
  const low = cents(mean * rng.float(0.78, 0.88));
  const high = cents(mean * rng.float(1.15, 1.3));
  const cap = cents(mean * 1.1);
  const formerRent = exception ? cents(r.grundmiete + rng.pick([0, rng.float(5, 45)])) : 0;
  const formerEnd = addDays(r.einzug, -rng.int(20, 120));
  const debtorBank = fake.bankAccount(rng);
  const creditorId = `DE${rng.digits(2)}ZZZ0000${rng.digits(7)}`;
  const mandate = `${objectNo}-${unitNo}-${rng.digits(4)}`;
  const accent: Color = rng.pick([[0.1, 0.25, 0.45], [0.35, 0.2, 0.1], [0.15, 0.35, 0.3], [0.3, 0.3, 0.3]] as const);

  const d = ctx.start({ family: 'helvetica', size: 9.3, margins: { left: 64, right: 58, top: 60, bottom: 66 } });
  if (issuer) {
    d.text(d.right, 40, issuer, { size: 10, bold: true, align: 'right', color: accent });
    d.text(d.right, 51, `${issuerAddr.street} ${issuerAddr.no} · ${issuerAddr.plz} ${issuerAddr.city}`, { size: 7, align: 'right', color: GRAY });
  }
  d.y = 74;
  d.write(ctx.pick([], ['Mietvertrag über Wohnraum', 'Wohnungsmietvertrag']), { size: 18, bold: true });
  d.hline(d.y - 2, d.left, d.left + 150, 1.5, accent);
  d.move(4);
  d.write(`Objekt ${objectNo} · Wohnung Nr. ${unitNo}${issuer ? ` · Vertrag vom ${ctx.ndate(signed)}` : ''}`, { size: 8, color: GRAY });
  d.move(8);

  const para = (no: string, text: string, size = 9.3) => {
    if (no) {
      d.ensure(size * 1.5);
      d.text(d.left, d.y + size, no, { size });
    }
    d.para(text, { x: d.left + 20, size, after: 4 });
  };
  const heading = (title: string) => {
    d.ensure(50);
    d.move(6);
    d.write(title, { bold: true, size: 10, align: 'center' });
    d.move(1);
  };

  heading('§ 1 Vertragsparteien');
  const ownerPrinted = owner.person ? `${owner.person.title ? owner.person.title + ' ' : ''}${ctx.name(owner.person)}` : owner.name;
  para('(1)', `Vermieter: ${ctx.v('vermieter_name', ownerPrinted)}, ${owner.address.street} ${owner.address.no}, ${owner.address.plz} ${owner.address.city}${manager ? `, vertreten durch die ${manager.name}, ${manager.address.street} ${manager.address.no}, ${manager.address.plz} ${manager.address.city}, aufgrund schriftlicher Vollmacht` : ''}.`);
  const tenantPrinted = ctx.name(t);
  para('(2)', `Mieter: ${ctx.v('mieter_name', tenantPrinted)}, geboren am ${ctx.ndate(t.birth)}${partner ? `, und ${ctx.name(partner)}, geboren am ${ctx.ndate(partner.birth)}` : ''}, derzeit wohnhaft ${before.street} ${before.no}, ${before.plz} ${before.city}.`);
  if (partner) para('(3)', 'Mehrere Mieter haften für alle Verpflichtungen aus diesem Vertrag als Gesamtschuldner. Erklärungen, deren Wirkung die Mieter berührt, müssen von oder gegenüber allen Mietern abgegeben werden; die Mieter bevollmächtigen sich jedoch gegenseitig zur Entgegennahme solcher Erklärungen.');

  heading('§ 2 Mietsache');
  const balcony = rng.chance(0.5);
  para('(1)', `Vermietet wird die Wohnung Nr. ${unitNo} im ${r.floor} des Hauses ${ctx.v('anschrift', `${r.flat.street} ${r.flat.no}, ${r.flat.plz} ${r.flat.city}`)}, bestehend aus ${r.rooms} ${r.rooms === 1 ? 'Zimmer' : 'Zimmern'}, ${rng.pick(['Küche', 'offener Küche', 'Einbauküche'])}, Bad mit WC, Diele${balcony ? ', Balkon' : ''} sowie dem Kellerabteil Nr. ${rng.int(1, 40)}.`);
  para('(2)', `Die Wohnfläche beträgt ${ctx.v('wohnflaeche', ctx.area(r.area))}${balcony ? ' (Balkon zu einem Viertel angerechnet)' : ''}; sie wurde nach der Wohnflächenverordnung ermittelt. Die Angabe dient nicht zur Festlegung des Mietgegenstands.`);
  para('(3)', `Mitvermietet sind: ${rng.sample(['Gemeinschaftswaschraum', 'Fahrradkeller', 'Trockenboden', 'Kinderwagenraum', 'Gartenanteil zur Mitbenutzung'], 2).join(' und ')}. Die Einbauküche ist ${rng.pick(['Eigentum des Vermieters und mitvermietet', 'nicht mitvermietet'])}.`);

  heading('§ 3 Mietzeit');
  para('(1)', `Das Mietverhältnis beginnt am ${ctx.v('mietbeginn', dd(r.einzug))} und wird auf unbestimmte Zeit geschlossen.`);
  para('(2)', handover === r.einzug ? 'Die Übergabe der Wohnung erfolgt am Tag des Mietbeginns; über die Übergabe wird ein Protokoll gefertigt.' : `Die Schlüssel werden bereits am ${dd(handover)} übergeben; Miete ist erst ab Mietbeginn zu zahlen. Über die Übergabe wird ein Protokoll gefertigt.`);
  para('(3)', 'Die Kündigung richtet sich nach den gesetzlichen Vorschriften. Sie bedarf der Schriftform.');

  heading('§ 4 Miete und Betriebskosten');
  para('(1)', `Die monatliche Nettokaltmiete beträgt ${ctx.v('grundmiete', m(r.grundmiete))} (in Worten: ${inWords(r.grundmiete)}).`);
  para('(2)', `Neben der Miete zahlt der Mieter für die Betriebskosten nach § 2 der Betriebskostenverordnung mit Ausnahme der Heiz- und Warmwasserkosten eine monatliche Vorauszahlung von ${ctx.v('nebenkosten', m(r.nebenkosten))} (in Worten: ${inWords(r.nebenkosten)}), über die jährlich abgerechnet wird.`);
  if (heiz !== undefined) para('(3)', `Für die Kosten der Heizung und der Warmwasserversorgung zahlt der Mieter eine gesonderte monatliche Vorauszahlung von ${m(heiz)} (in Worten: ${inWords(heiz)}). Die Abrechnung erfolgt nach der Heizkostenverordnung.`);
  else para('(3)', 'Die Wohnung wird über eine Gasetagentherme beheizt, die auch das Warmwasser bereitet. Den Gasliefervertrag schließt der Mieter selbst; Heizkosten werden daher nicht an den Vermieter gezahlt.');
  para('(4)', `Monatlich sind somit insgesamt ${m(gesamt(r))} zu zahlen (in Worten: ${inWords(gesamt(r))}).`);
  if (r.stellplatz) para('(5)', `Über den Tiefgaragenstellplatz Nr. ${rng.int(1, 60)} wird ein gesonderter Vertrag geschlossen (monatlich ${m(r.stellplatz)}); er ist nicht Teil dieses Mietvertrags.`);
  para(r.stellplatz ? '(6)' : '(5)', 'Die Miete ist monatlich im Voraus, spätestens am dritten Werktag des Monats, zu zahlen. Der Mieter erteilt hierzu das als Anlage 2 beigefügte SEPA-Lastschriftmandat.');

  heading('§ 5 Angaben nach § 556g Abs. 1a BGB');
  para('', `Die Wohnung liegt in einem Gebiet mit angespanntem Wohnungsmarkt, für das die Landesregierung eine Verordnung nach § 556d Abs. 2 BGB erlassen hat. Die Informationen, die der Vermieter dem Mieter vor Abschluss des Vertrags zu erteilen hat, sind in Anlage 1 enthalten; sie ${exception ? 'begründen die vereinbarte Miethöhe' : 'betreffen die Einhaltung der zulässigen Miethöhe'}.`);

  heading('§ 6 Mietsicherheit');
  para('(1)', `Der Mieter leistet eine Mietsicherheit in Höhe von ${m(r.kaution)} (in Worten: ${inWords(r.kaution)}). Er ist berechtigt, sie in drei gleichen monatlichen Teilzahlungen zu erbringen; die erste Teilzahlung ist zu Beginn des Mietverhältnisses fällig.`);
  para('(2)', 'Der Vermieter legt die Sicherheit getrennt von seinem Vermögen bei einem Kreditinstitut zu dem für Spareinlagen mit dreimonatiger Kündigungsfrist üblichen Zinssatz an.');

  let no = 7;
  for (const [title, texts] of rng.sample(CLAUSES, 4)) {
    heading(`§ ${no++} ${title}`);
    texts.forEach((text, i) => para(texts.length > 1 ? `(${i + 1})` : '', text));
  }
  heading(`§ ${no++} Schlussbestimmungen`);
  para('(1)', 'Änderungen und Ergänzungen dieses Vertrags bedürfen der Textform. Mündliche Nebenabreden bestehen nicht.');
  para('(2)', 'Anlagen: 1. Informationen nach § 556g Abs. 1a BGB, 2. SEPA-Lastschriftmandat, 3. Hausordnung, 4. Übergabeprotokoll (wird bei Übergabe gefertigt).');

  d.ensure(120);
  d.move(16);
  const sigW = (d.contentWidth - 30) / 2;
  const sig = (x: number, place: string, caption: string) => {
    d.text(x, d.y, place, { size: 9 });
    d.hline(d.y + 30, x, x + sigW, 0.5);
    d.text(x, d.y + 39, caption, { size: 7, color: GRAY });
  };
  sig(d.left, `${(manager ? manager.address : owner.address).city}, den ${ctx.ndate(signed)}`, manager ? `Vermieter, vertreten durch ${manager.name}` : 'Vermieter');
  sig(d.left + sigW + 30, `${city}, den ${ctx.ndate(addDays(signed, rng.int(0, 4)))}`, partner ? `Mieter: ${ctx.name(t)}` : 'Mieter');
  d.y += 52;
  if (partner) {
    d.hline(d.y + 22, d.left + sigW + 30, d.right, 0.5);
    d.text(d.left + sigW + 30, d.y + 31, `Mieter: ${ctx.name(partner)}`, { size: 7, color: GRAY });
    d.y += 40;
  }

  // annex 1: the rent-brake information
  d.newPage();
  d.write('Anlage 1 zum Mietvertrag', { size: 8, color: GRAY });
  d.write('Informationen zur Miethöhe nach § 556g Abs. 1a BGB', { size: 13, bold: true });
  d.para(`Mietobjekt: ${r.flat.street} ${r.flat.no}, ${r.flat.plz} ${r.flat.city}, Wohnung Nr. ${unitNo}, ${ctx.area(r.area)}`, { size: 9 });
  d.move(4);
  const row = (label: string, value: string, bold = false) => {
    const top = d.y;
    d.row([{ x: d.left + 4, text: label, width: 300, size: 8.8, bold }, { x: d.right - 4, text: value, align: 'right', size: 9, bold }], { minHeight: 16 });
    d.hline(d.y, d.left, d.right, 0.3, LIGHT);
    return top;
  };
  d.rect(d.left, d.y, d.contentWidth, 14, { fill: [0.92, 0.92, 0.92] });
  d.text(d.left + 4, d.y + 10, `Ortsübliche Vergleichsmiete nach dem Mietspiegel ${mspYear}`, { size: 8.5, bold: true });
  d.y += 16;
  row('Mietspiegelfeld (Baualtersklasse, Wohnfläche, Wohnlage)', `${rng.pick(['H', 'I', 'J', 'K', 'L'])}${rng.int(1, 9)} · ${rng.pick(['einfache', 'mittlere', 'gute'])} Wohnlage`);
  row('Spanne je m² und Monat (netto kalt)', `${decimal(low)} bis ${decimal(high)} €/m²`);
  row('Mittelwert je m² und Monat', `${decimal(mean)} €/m²`);
  row('zulässige Miete bei Mietbeginn (Mittelwert + 10 %)', `${decimal(cap)} €/m² = ${m(cents(cap * r.area))}`);
  row('vereinbarte Nettokaltmiete', `${decimal(cents(rate))} €/m² = ${m(r.grundmiete)}`, true);
  d.move(10);
  d.write('Die vereinbarte Miete beruht auf folgender Ausnahme:', { size: 9, bold: true });
  const opts: [string, boolean][] = [
    ['keine – die vereinbarte Miete übersteigt die zulässige Miete nicht', !exception],
    ['Vormiete (§ 556e Abs. 1 BGB): die vom Vormieter zuletzt geschuldete Miete war höher als die zulässige Miete', exception],
    ['Modernisierung in den letzten drei Jahren vor Beginn des Mietverhältnisses (§ 556e Abs. 2 BGB)', false],
    ['erste Nutzung und Vermietung nach dem 1. Oktober 2014 (§ 556f Satz 1 BGB)', false],
    ['erste Vermietung nach umfassender Modernisierung (§ 556f Satz 2 BGB)', false],
  ];
  for (const [label, on] of opts) {
    d.ensure(24);
    d.checkbox(d.left + 4, d.y + 9, on, 8);
    d.para(label, { x: d.left + 18, size: 8.8, after: 3 });
  }
  if (exception) {
    d.move(6);
    d.write('Angaben zur Vormiete', { size: 9, bold: true });
    row('Nettokaltmiete des Vormieters ein Jahr vor Ende des Vormietverhältnisses', m(formerRent));
    row('Ende des Vormietverhältnisses', ctx.ndate(formerEnd));
    row('Mieterhöhungen in diesem letzten Jahr', 'keine');
  }
  d.move(10);
  d.para('Der Mieter bestätigt mit seiner Unterschrift, diese Informationen vor Abgabe seiner Vertragserklärung in Textform erhalten zu haben.', { size: 8.5 });
  d.move(26);
  d.hline(d.y, d.left + sigW + 30, d.right, 0.5);
  d.text(d.left + sigW + 30, d.y + 9, 'Unterschrift Mieter', { size: 7, color: GRAY });
  d.y += 24;

  // annex 2: the SEPA mandate
  d.ensure(330);
  if (d.y > d.margins.top + 10) d.move(16);
  d.write('Anlage 2 zum Mietvertrag', { size: 8, color: GRAY });
  d.write('SEPA-Lastschriftmandat', { size: 13, bold: true });
  const creditor = manager ? manager.name : owner.kind === 'organisation' ? owner.name : ownerPrinted;
  const cAddr = manager ? manager.address : owner.address;
  d.rect(d.left, d.y + 2, d.contentWidth, 48, { stroke: [0.4, 0.4, 0.4], lineWidth: 0.5 });
  d.text(d.left + 6, d.y + 14, 'Zahlungsempfänger', { size: 7, color: GRAY });
  d.text(d.left + 6, d.y + 27, `${creditor}, ${cAddr.street} ${cAddr.no}, ${cAddr.plz} ${cAddr.city}`, { size: 9 });
  d.text(d.left + 6, d.y + 42, `Gläubiger-Identifikationsnummer: ${creditorId}     Mandatsreferenz: ${mandate}`, { size: 8.5 });
  d.y += 58;
  d.para(`Ich ermächtige / Wir ermächtigen den Zahlungsempfänger, Zahlungen aus dem Mietverhältnis (Miete, Vorauszahlungen, Nachzahlungen aus Abrechnungen) von meinem / unserem Konto mittels Lastschrift einzuziehen. Zugleich weise ich mein / weisen wir unser Kreditinstitut an, die vom Zahlungsempfänger auf mein / unser Konto gezogenen Lastschriften einzulösen.`, { size: 8.5 });
  d.para('Hinweis: Ich kann / Wir können innerhalb von acht Wochen, beginnend mit dem Belastungsdatum, die Erstattung des belasteten Betrages verlangen. Es gelten dabei die mit meinem / unserem Kreditinstitut vereinbarten Bedingungen.', { size: 8, color: GRAY });
  d.move(4);
  const boxRow = (label: string, value: string) => {
    d.text(d.left, d.y + 10, label, { size: 8, color: GRAY });
    d.rect(d.left + 130, d.y, d.contentWidth - 130, 15, { stroke: [0.5, 0.5, 0.5], lineWidth: 0.4 });
    d.text(d.left + 135, d.y + 11, value, { size: 9.5, font: 'courier' });
    d.y += 19;
  };
  boxRow('Kontoinhaber', partner && rng.chance(0.5) ? `${ctx.name(t)} / ${ctx.name(partner)}` : ctx.name(t));
  boxRow('Kreditinstitut', debtorBank.bank.name);
  boxRow('IBAN', fake.groupIban(debtorBank.iban));
  boxRow('BIC', debtorBank.bank.bic);
  d.move(18);
  d.text(d.left, d.y, `${city}, ${ctx.ndate(signed)}`, { size: 9 });
  d.hline(d.y + 4, d.left + sigW + 30, d.right, 0.5);
  d.text(d.left + sigW + 30, d.y + 13, 'Unterschrift Kontoinhaber', { size: 7, color: GRAY });

  d.onEveryPage((doc, page, pages) => {
    doc.hline(doc.height - 44, doc.left, doc.right, 0.3, GRAY);
    doc.text(doc.left, doc.height - 34, `Mietvertrag ${r.flat.street} ${r.flat.no}, Wohnung Nr. ${unitNo}${issuer ? ` · ${issuer}` : ''}`, { size: 6.8, color: GRAY });
    doc.text(doc.right, doc.height - 34, `Seite ${page} von ${pages}`, { size: 6.8, align: 'right', color: GRAY });
  });
  truth(ctx, r);
}

/**
 * blind11 (holdout): a housing company's lease for a publicly subsidised flat (preisgebundener
 * Wohnraum, Kostenmiete): contract, economic-unit and flat numbers in a frame beside the title;
 * every clause printed in a left column, with the entries for it typed into a tinted column at its
 * right (landlord and its representatives, the tenant and sometimes a co-tenant with birth dates and
 * the previous address; the flat with street and town apart, floor, flat number, rooms, area; the
 * funding notice, the end of the price and occupancy binding and the housing-entitlement
 * certificate with its area limit; the start beside the handover day; the rent worked out as the
 * rent per m² times the area, no surcharges, the operating-cost and heating advances and the
 * monthly total; the deposit; the landlord's account); the approved average rent per m² in the
 * clause text; further clauses across the full width, signatures of two representatives.
 */
function blind11SozialwohnungKostenmiete(ctx: Ctx): void {
  const rng = ctx.rng;
  const r = rental(rng, ctx.today);
  const t = r.tenant;
  const city = r.flat.city;
  const m = (v: number) => ctx.money(v);
  const company = rng.pick([
    `Wohnungsbaugesellschaft der Stadt ${city} mbH`,
    `${city}er Bau- und Wohnungsgesellschaft mbH`,
    `Gemeinnützige Wohnungsbau ${city} GmbH`,
    `${rng.pick(['Nordwind', 'Lindenhof', 'Elbtal', 'Rheinblick', 'Havelland', 'Kastanienhof'])} Wohnen GmbH`,
    `Wohnstätten ${city} AG`,
  ]);
  const office = fake.sameCityAddress(rng, r.flat);
  r.landlord = { kind: 'organisation', name: company, address: office, phone: fake.phone(rng), bank: fake.bankAccount(rng) };
  // the Kostenmiete is a rate per m² with two decimals, times the area
  const rate = cents(rng.float(4.6, 7.9));
  r.grundmiete = cents(rate * r.area);
  r.kaution = cents(r.grundmiete * 3);
  const average = cents(rate + rng.pick([-0.21, -0.12, -0.05, 0.04, 0.09, 0.17]));
  const coTenant = rng.chance(0.45) ? fake.person(rng, { gender: t.gender === 'f' ? 'm' : 'f', bornFrom: Number(t.birth.slice(0, 4)) - 7, bornTo: Math.min(2004, Number(t.birth.slice(0, 4)) + 7), last: rng.chance(0.6) ? t.last : undefined, titleChance: 0 }) : undefined;
  const before = fake.address(rng);
  const signed = addDays(r.einzug, -rng.int(8, 45));
  const handover = rng.chance(0.5) ? addDays(r.einzug, -rng.int(1, 4)) : r.einzug;
  const contractNo = `${rng.int(10, 99)}${rng.digits(5)}`;
  const unitNo = `WE ${rng.int(100, 480)}`;
  const flatNo = `${rng.int(1, 60)}`;
  const fundingDay = addDays(r.einzug, -rng.int(800, 9000));
  const bindingEnd = `${Number(ctx.today.slice(0, 4)) + rng.int(2, 22)}-12-31`;
  const wbsIssued = addDays(signed, -rng.int(20, 300));
  const wbsValid = addDays(wbsIssued, 365);
  const limits = [45, 50, 60, 75, 90, 105, 120];
  const limit = limits.find((l) => l >= r.area) ?? 120;
  const law = rng.pick(['Wohnungsbindungsgesetz (WoBindG)', 'Wohnraumförderungsgesetz (WoFG) und dem Landesrecht', 'Wohnungsbindungsgesetz und der Neubaumietenverordnung 1970']);
  const ceo = [fake.person(rng, { bornFrom: 1960, bornTo: 1985, titleChance: 0.15 }), fake.person(rng, { bornFrom: 1960, bornTo: 1990, titleChance: 0 })];
  const accent: Color = rng.pick([[0.72, 0.1, 0.12], [0.0, 0.33, 0.55], [0.1, 0.42, 0.3], [0.38, 0.38, 0.38]] as const);
  const tint: Color = rng.pick([[0.93, 0.95, 0.98], [0.95, 0.95, 0.93], [0.94, 0.97, 0.94]] as const);

  const d = ctx.start({ family: 'helvetica', size: 8.5, margins: { left: 54, right: 48, top: 64, bottom: 70 } });
  const LW = 282;
  const RX = d.left + LW + 14;
  const RW = d.right - RX;
  d.text(d.left, 40, company, { size: 11.5, bold: true, color: accent });
  d.text(d.left, 51, `${office.street} ${office.no} · ${office.plz} ${office.city} · Telefon ${r.landlord.phone}`, { size: 7.5, color: GRAY });
  d.hline(57, d.left, d.right, 1.2, accent);
  d.y = 70;
  const frameTop = d.y;
  d.text(d.left, d.y + 16, 'Mietvertrag', { size: 18, bold: true });
  d.text(d.left, d.y + 30, ctx.pick([], ['für eine öffentlich geförderte Wohnung', 'über preisgebundenen Wohnraum (Sozialwohnung)']), { size: 10 });
  d.text(d.left, d.y + 42, '– Kostenmiete –', { size: 8.5, italic: true });
  const cells: [string, string][] = [['Vertrags-Nr.', contractNo], ['Wirtschaftseinheit', unitNo], ['Wohnung', flatNo]];
  cells.forEach(([label, value], i) => {
    const x = RX + (i * RW) / 3;
    d.rect(x, frameTop, RW / 3, 30, { stroke: [0.3, 0.3, 0.3], lineWidth: 0.5 });
    d.text(x + 3, frameTop + 8, label, { size: 6, color: GRAY });
    d.text(x + 4, frameTop + 23, value, { size: 9.5, bold: true });
  });
  d.y = frameTop + 54;
  d.onContinuation((doc) => {
    doc.text(doc.left, 44, `${company} · Mietvertrag Nr. ${contractNo}`, { size: 7.5, color: GRAY });
    doc.hline(50, doc.left, doc.right, 0.4, GRAY);
    doc.y = 60;
  });
  const form = `Vordruck MV-gef. ${rng.int(2, 9)}/${rng.int(2008, Math.max(2009, Number(signed.slice(0, 4))))}  ·  Sitz der Gesellschaft: ${city}`;
  d.onEveryPage((doc, page, pages) => {
    doc.hline(doc.height - 46, doc.left, doc.right, 0.3, GRAY);
    doc.text(doc.left, doc.height - 36, form, { size: 6.5, color: GRAY });
    doc.text(doc.right, doc.height - 36, `Seite ${page} von ${pages}`, { size: 7.5, align: 'right' });
  });

  type Entry = { label: string; value: string; field?: string };
  const entryHeight = 21;
  /** one clause: its text at the left, its entries typed into the tinted column at the right */
  const clause = (title: string, texts: string[], entries: Entry[] = []) => {
    const leftHeight = 16 + texts.reduce((s, tx) => s + d.wrap(tx, LW, { size: 8.5 }).length * 8.5 * 1.35 + 5, 0);
    const rightHeight = entries.length * entryHeight + 6;
    d.ensure(Math.max(leftHeight, rightHeight) + 8);
    d.move(6);
    const top = d.y;
    if (entries.length) d.rect(RX - 4, top - 2, RW + 4, rightHeight + 2, { fill: tint });
    d.text(d.left, d.y + 10, title, { size: 9.5, bold: true });
    d.y += 16;
    for (const tx of texts) d.para(tx, { width: LW, leading: 1.35, after: 5 });
    const leftEnd = d.y;
    let y = top + 2;
    for (const e of entries) {
      d.text(RX, y + 6, e.label, { size: 6.5, color: GRAY });
      const w = d.measure(e.value, { size: 9.5, bold: true });
      const size = w > RW - 6 ? Math.max(7, (9.5 * (RW - 6)) / w) : 9.5;
      d.text(RX, y + 17, e.value, { size, bold: true, field: e.field });
      y += entryHeight;
    }
    d.y = Math.max(leftEnd, top + rightHeight);
    d.hline(d.y + 2, d.left, d.right, 0.3, [0.7, 0.7, 0.7]);
    d.y += 2;
  };
  const full = (title: string, text: string) => {
    d.ensure(40);
    d.move(5);
    d.text(d.left, d.y + 10, title, { size: 9.5, bold: true });
    d.y += 15;
    d.para(text, { leading: 1.35, after: 3 });
  };

  const tn = ctx.name(t);
  clause('§ 1 Vertragsparteien', [
    'Die rechts bezeichnete Gesellschaft – nachstehend „Vermieterin“ – vermietet der oder den rechts eingetragenen Personen – nachstehend „Mieter“ – die in § 2 bezeichnete Wohnung zu Wohnzwecken.',
    'Mehrere Mieter haften für alle Verpflichtungen aus diesem Vertrag als Gesamtschuldner. Erklärungen der Vermieterin, die einem Mieter zugehen, gelten auch gegenüber den anderen.',
  ], [
    { label: 'Vermieterin', value: company, field: 'vermieter_name' },
    { label: 'vertreten durch Geschäftsführung und Prokura', value: `${fake.fullName(ceo[0])}, ${fake.fullName(ceo[1])}` },
    { label: coTenant ? 'Mieter/in 1' : 'Mieter/in', value: tn, field: 'mieter_name' },
    { label: 'geboren am', value: ctx.ndate(t.birth) },
    ...(coTenant ? [{ label: 'Mieter/in 2', value: ctx.name(coTenant) }, { label: 'geboren am', value: ctx.ndate(coTenant.birth) }] : []),
    { label: 'bisherige Anschrift', value: `${before.street} ${before.no}, ${before.plz} ${before.city}` },
  ]);
  clause('§ 2 Mietsache', [
    `Vermietet wird die rechts bezeichnete Wohnung, bestehend aus ${r.rooms} Zimmer${r.rooms > 1 ? 'n' : ''}, Küche oder Kochnische, Bad mit WC und Flur, dazu ${rng.pick(['ein Kellerabteil', 'ein Kellerabteil und die Mitbenutzung des Trockenraums', 'ein Abstellraum im Dachgeschoss'])}.`,
    'Die Wohnfläche ist nach der Wohnflächenverordnung berechnet. Sie ist die Grundlage für die Berechnung der Miete nach § 5 und für die Umlage der Betriebskosten nach der Fläche.',
  ], [
    { label: 'Straße, Hausnummer', value: `${r.flat.street} ${r.flat.no}`, field: 'anschrift' },
    { label: 'Postleitzahl, Ort', value: `${r.flat.plz} ${r.flat.city}` },
    { label: 'Lage im Haus / Wohnungs-Nr.', value: `${r.floor} / ${flatNo}` },
    { label: 'Wohnfläche', value: ctx.area(r.area), field: 'wohnflaeche' },
  ]);
  clause('§ 3 Öffentliche Förderung, Wohnberechtigung', [
    `Die Wohnung ist mit Mitteln der sozialen Wohnraumförderung gefördert worden und unterliegt bis zum Ende der rechts eingetragenen Bindung den Vorschriften nach dem ${law}.`,
    'Sie darf nur Wohnungssuchenden überlassen werden, die ihre Wohnberechtigung durch einen bei Vertragsschluss gültigen Wohnberechtigungsschein nachweisen, dessen Wohnungsgröße nicht überschritten wird. Der Mieter versichert, dass die Angaben zu seinem Haushalt zutreffen.',
  ], [
    { label: 'Förderbescheid vom / Aktenzeichen', value: `${ctx.ndate(fundingDay)} / ${fake.aktenzeichen(rng, 'WF')}` },
    { label: 'Mietpreis- und Belegungsbindung bis', value: ctx.ndate(bindingEnd) },
    { label: 'Wohnberechtigungsschein Nr. / vom', value: `${rng.digits(4)}/${wbsIssued.slice(2, 4)} vom ${ctx.ndate(wbsIssued)}` },
    { label: 'gültig bis / Wohnungsgröße bis', value: `${ctx.ndate(wbsValid)} / ${limit} m²` },
  ]);
  clause('§ 4 Mietzeit', [
    'Das Mietverhältnis beginnt an dem rechts eingetragenen Tag und wird auf unbestimmte Zeit geschlossen. Über den Zustand der Wohnung bei der Übergabe wird ein Protokoll gefertigt, das beide Seiten unterschreiben.',
  ], [
    { label: ctx.pick(['Beginn des Mietverhältnisses'], ['Vertragsbeginn', 'Mietbeginn am']), value: ctx.date(r.einzug), field: 'mietbeginn' },
    { label: 'Übergabe der Wohnung und Schlüssel', value: ctx.date(handover) },
  ]);
  const heat = r.heizkosten;
  clause('§ 5 Miete und Vorauszahlungen', [
    `(1) Die Miete ist die nach den Vorschriften über die Kostenmiete zulässige Miete. Sie wird als Einzelmiete je Quadratmeter Wohnfläche aus der von der Bewilligungsstelle genehmigten Durchschnittsmiete von ${fmt2(average)} €/m² abgeleitet.`,
    `(2) Neben der Einzelmiete leistet der Mieter monatliche Vorauszahlungen auf die Betriebskosten nach § 20 NMV 1970 in Verbindung mit der Betriebskostenverordnung${heat !== undefined ? ' und auf die Kosten der Heizung und Warmwasserversorgung' : ''}. Über die Vorauszahlungen wird jährlich abgerechnet.`,
    heat !== undefined ? '(3) Zuschläge nach § 26 NMV 1970 werden derzeit nicht erhoben.' : `(3) Die Wohnung wird durch eine ${rng.pick(['Gasetagenheizung', 'Gastherme'])} beheizt; die Kosten trägt der Mieter unmittelbar gegenüber dem Versorger. Zuschläge nach § 26 NMV 1970 werden nicht erhoben.`,
  ], [
    { label: 'Einzelmiete je m² Wohnfläche', value: `${fmt2(rate)} €/m²` },
    { label: 'Einzelmiete monatlich (× Wohnfläche)', value: m(r.grundmiete), field: 'grundmiete' },
    { label: 'Zuschläge', value: 'keine' },
    { label: ctx.pick(['Betriebskostenvorauszahlung'], ['Vorauszahlung Betriebskosten (§ 20 NMV)', 'Umlagen – Vorauszahlung ohne Heizung']), value: m(r.nebenkosten), field: 'nebenkosten' },
    ...(heat !== undefined ? [{ label: 'Vorauszahlung Heizung und Warmwasser', value: m(heat) }] : []),
    { label: 'monatlich insgesamt', value: m(gesamt(r)) },
  ]);
  clause('§ 6 Zahlung', [
    'Die Miete und die Vorauszahlungen sind monatlich im Voraus, spätestens am dritten Werktag des Monats, auf das rechts genannte Konto der Vermieterin zu zahlen. Die Vermieterin bittet um die Erteilung eines SEPA-Lastschriftmandats.',
  ], [
    { label: 'Konto der Vermieterin (IBAN)', value: fake.groupIban(r.landlord.bank.iban) },
    { label: 'Kreditinstitut / Verwendungszweck', value: `${r.landlord.bank.bank.name} / ${contractNo}` },
  ]);
  clause('§ 7 Mietsicherheit', [
    'Der Mieter leistet eine Sicherheit von höchstens drei Monatsbeträgen der Einzelmiete (§ 9 Abs. 5 WoBindG). Er darf sie in drei gleichen Monatsraten zahlen, die erste zu Beginn des Mietverhältnisses. Die Vermieterin legt sie getrennt von ihrem Vermögen verzinslich an.',
  ], [{ label: 'Mietsicherheit', value: m(r.kaution) }]);
  full('§ 8 Mieterhöhung', `Erhöhen sich die laufenden Aufwendungen, kann die Vermieterin die Kostenmiete durch schriftliche Erklärung nach § 10 WoBindG mit einer Berechnung erhöhen. Nach dem Ende der Bindung gelten für Erhöhungen die Vorschriften des Bürgerlichen Gesetzbuchs; die zuletzt geschuldete Kostenmiete gilt dann als vereinbarte Miete.`);
  const more: [string, string][] = [
    ['§ 9 Gebrauch, Untervermietung', 'Der Mieter darf die Wohnung nur zu Wohnzwecken nutzen. Die Aufnahme weiterer Personen und jede Untervermietung bedürfen der Zustimmung der Vermieterin; bei preisgebundenem Wohnraum ist außerdem die Wohnberechtigung der aufzunehmenden Personen nachzuweisen.'],
    ['§ 10 Kleine Instandhaltungen', `Die Kosten kleiner Instandhaltungen an Teilen, die dem häufigen Zugriff des Mieters ausgesetzt sind, trägt der Mieter bis ${m(rng.pick([90, 100, 110, 120]))} im Einzelfall, höchstens jedoch bis zu acht Prozent der Jahreseinzelmiete.`],
    ['§ 11 Hausordnung, Tiere', 'Die Hausordnung in ihrer jeweils gültigen Fassung ist Bestandteil des Vertrages. Hunde und Katzen dürfen nur mit Zustimmung der Vermieterin gehalten werden; Kleintiere in üblicher Zahl bedürfen keiner Zustimmung.'],
    ['§ 12 Beendigung', 'Der Mieter kann mit der gesetzlichen Frist kündigen. Bei Auszug ist die Wohnung gereinigt und mit allen, auch selbst beschafften, Schlüsseln zurückzugeben. Die Kündigung muss schriftlich erfolgen.'],
  ];
  for (const [title, text] of more) full(title, text);
  full('§ 13 Anlagen', `Bestandteil dieses Vertrages sind: Hausordnung, Übersicht der umlegbaren Betriebskosten, ${rng.pick(['Wohnflächenberechnung', 'Grundriss der Wohnung'])}, Kopie des Wohnberechtigungsscheins, Übergabeprotokoll.`);
  d.ensure(110);
  d.move(14);
  d.text(d.left, d.y + 10, `${city}, den ${ctx.date(signed)}`, { size: 9.5 });
  d.y += 48;
  const half = d.contentWidth / 2;
  d.hline(d.y, d.left, d.left + half - 20, 0.5);
  d.hline(d.y, d.left + half + 10, d.right, 0.5);
  d.text(d.left, d.y + 10, `Für die Vermieterin: ${ceo[0].last} · ppa. ${ceo[1].last}`, { size: 7.5, color: GRAY });
  d.text(d.left + half + 10, d.y + 10, coTenant ? 'Mieter/in 1 und Mieter/in 2' : 'Mieter/in', { size: 7.5, color: GRAY });
  d.y += 20;
  truth(ctx, r);
}

/** a rate per m² with two decimals and no currency, as a cost rent is quoted */
const fmt2 = (v: number) => decimal(v, 2);

/**
 * blind12 (holdout): a private owner lets a whole house (detached house, semi-detached half or
 * terraced house) with garden and garage, on a lease the owner typed from a lawyer's template:
 * Times, centred title, the parties side by side under a rule (the owner, sometimes acting through
 * a relative under a lasting power of attorney; the tenant and the partner as joint tenants, each
 * with birth date and present address), clauses with run-in headings in running text: the house on
 * its plot (plot number, plot size), the living area as a total with the floors' shares and the
 * cellar's usable area outside it, the garage included; the start with the key handover a few days
 * earlier and a mutual waiver of notice up to a later day; the net rent in a sentence, the
 * operating-cost advance for the costs the landlord still pays (a small table of their yearly
 * amounts from the last notices), everything else (heating with the house's own boiler, water,
 * waste, electricity) contracted by the tenant directly; the heating oil left in the tank sold to
 * the tenant at a price per litre, or the gas meter reading; the landlord's account, the deposit,
 * garden and winter service, small repairs; place and date, two signature blocks.
 */
function blind12EinfamilienhausPrivat(ctx: Ctx): void {
  const rng = ctx.rng;
  const r = rental(rng, ctx.today);
  const t = r.tenant;
  if (!r.landlord.person) {
    const p = fake.person(rng, { bornFrom: 1940, bornTo: 1975, titleChance: 0.1 });
    r.landlord = { ...r.landlord, kind: 'person', person: p, name: fake.fullName(p), address: fake.address(rng) };
  }
  const owner = r.landlord.person!;
  // a house: larger, cheaper per m², few operating costs through the landlord
  const kind = rng.pick([
    ['ein freistehendes Einfamilienhaus', 'Einfamilienhaus'],
    ['eine Doppelhaushälfte', 'Doppelhaushälfte'],
    ['ein Reihenmittelhaus', 'Reihenhaus'],
    ['ein Reihenendhaus', 'Reihenhaus'],
  ] as const);
  r.area = rng.chance(0.5) ? rng.int(88, 165) + rng.pick([0, 0.5, 0.25, 0.8]) : cents(rng.float(88, 165));
  r.rooms = rng.int(4, 6);
  r.grundmiete = rng.chance(0.6) ? Math.round((r.area * rng.float(6.4, 11.8)) / 10) * 10 : cents(r.area * rng.float(6.4, 11.8));
  r.heizkosten = undefined;
  r.kaution = cents(r.grundmiete * 3);
  const plot = rng.int(180, 900);
  const cellar = rng.chance(0.7) ? rng.int(25, 70) : undefined;
  const attic = rng.chance(0.35);
  const eg = cents(r.area * rng.float(0.45, attic ? 0.5 : 0.58));
  const dg = attic ? cents(r.area * rng.float(0.12, 0.2)) : 0;
  const og = cents(r.area - eg - dg);
  const oil = rng.chance(0.5);
  const litres = rng.int(6, 38) * 50;
  const price = cents(rng.float(0.89, 1.14));
  // the costs the landlord still pays and passes on: yearly amounts from the last notices
  const COSTS: [string, number][] = [['Grundsteuer (Bescheid der Gemeinde)', 1.4], ['Wohngebäudeversicherung', 1.6], ['Haus- und Grundbesitzerhaftpflicht', 0.25], ['Schornsteinfeger (Feuerstättenschau)', 0.3], ['Straßenreinigung', 0.35]];
  const chosen = COSTS.filter((_, i) => i < 2 || rng.chance(0.6));
  const yearly0 = chosen.map(([, w]) => w * rng.float(0.7, 1.3));
  const scale = (r.area * rng.float(0.55, 1.1) * 12) / yearly0.reduce((s, v) => s + v, 0);
  const yearly = yearly0.map((v) => cents(v * scale));
  const yearSum = cents(yearly.reduce((s, v) => s + v, 0));
  r.nebenkosten = Math.ceil(yearSum / 12 / 5) * 5;
  const coTenant = rng.chance(0.6) ? fake.person(rng, { gender: t.gender === 'f' ? 'm' : 'f', bornFrom: Number(t.birth.slice(0, 4)) - 6, bornTo: Math.min(2004, Number(t.birth.slice(0, 4)) + 6), last: rng.chance(0.6) ? t.last : undefined, titleChance: 0 }) : undefined;
  const before = fake.address(rng);
  const agent = rng.chance(0.35) ? fake.person(rng, { bornFrom: 1965, bornTo: 1990, last: rng.chance(0.6) ? owner.last : undefined, titleChance: 0 }) : undefined;
  const poa = addDays(ctx.today, -rng.int(200, 2500));
  const signed = addDays(r.einzug, -rng.int(10, 60));
  const keys = addDays(r.einzug, -rng.int(1, 5));
  const waiverYears = rng.pick([1, 2, 3, 4]);
  const waiverEnd = addDays(addMonths(r.einzug, 12 * waiverYears), -1);
  const flur = `${rng.int(1, 12)}`;
  const flurstueck = `${rng.int(10, 980)}/${rng.int(1, 30)}`;
  const gemarkung = rng.pick([r.flat.city, `${r.flat.city}-${rng.pick(['Nord', 'Süd', 'Ost', 'West'])}`]);
  const m = (v: number) => ctx.money(v);
  const dd = (v: string) => ctx.date(v);
  const Tn = coTenant ? 'Die Mieter' : t.gender === 'f' ? 'Die Mieterin' : 'Der Mieter';
  const tn = coTenant ? 'die Mieter' : t.gender === 'f' ? 'die Mieterin' : 'der Mieter';
  const dat = coTenant ? 'den Mietern' : t.gender === 'f' ? 'der Mieterin' : 'dem Mieter';
  const Vn = owner.gender === 'f' ? 'Die Vermieterin' : 'Der Vermieter';
  const gen = owner.gender === 'f' ? 'der Vermieterin' : 'des Vermieters';
  const acc = owner.gender === 'f' ? 'die Vermieterin' : 'den Vermieter';
  const datV = owner.gender === 'f' ? 'der Vermieterin' : 'dem Vermieter';
  const nom = owner.gender === 'f' ? 'die Vermieterin' : 'der Vermieter';

  const d = ctx.start({ family: 'times', size: 10.5, margins: { left: 72, right: 66, top: 64, bottom: 72 } });
  d.onEveryPage((doc, page, pages) => {
    doc.text(doc.width / 2, doc.height - 36, `– ${page} von ${pages} –`, { size: 8.5, align: 'center' });
    doc.text(doc.left, doc.height - 36, `Mietvertrag ${kind[1]} ${r.flat.street} ${r.flat.no}`, { size: 7.5, color: GRAY, italic: true });
  });
  d.y = 62;
  d.write(ctx.pick([], ['Mietvertrag über ein Wohnhaus', `Mietvertrag über ${kind[0].replace(/^ein /, 'ein ').replace(/^eine /, 'eine ')}`]), { size: 17, bold: true, align: 'center' });
  d.write('mit Garten und Garage', { size: 10.5, italic: true, align: 'center' });
  d.move(10);
  d.hline(d.y, d.left, d.right, 0.6);
  d.move(6);

  // the parties side by side
  const half = d.contentWidth / 2;
  const colL = d.left;
  const colR = d.left + half + 10;
  const wR = half - 10;
  const top = d.y;
  const block = (x: number, lines: { text: string; field?: string; size?: number; bold?: boolean; italic?: boolean }[], width: number) => {
    let y = top;
    for (const l of lines) {
      for (const w of d.wrap(l.text, width, { size: l.size ?? 10, bold: l.bold, italic: l.italic })) {
        d.text(x, y + 11, w, { size: l.size ?? 10, bold: l.bold, italic: l.italic, field: l.field });
        y += (l.size ?? 10) * 1.3;
      }
    }
    return y;
  };
  const lh = block(colL, [
    { text: owner.gender === 'f' ? 'Vermieterin' : 'Vermieter', size: 8.5, italic: true },
    { text: `${owner.title && ctx.style.nameOrder === 'first-last' ? owner.title + ' ' : ''}${ctx.v('vermieter_name', ctx.name(owner))}`, bold: true },
    { text: `geb. ${ctx.ndate(owner.birth)}`, size: 9 },
    { text: `${r.landlord.address.street} ${r.landlord.address.no}, ${r.landlord.address.plz} ${r.landlord.address.city}`, size: 9.5 },
    { text: `Telefon ${r.landlord.phone}`, size: 9.5 },
    ...(agent ? [{ text: `vertreten durch ${agent.first.split(' ')[0]} ${agent.last} aufgrund Vorsorgevollmacht vom ${ctx.ndate(poa)}`, size: 8.5, italic: true }] : []),
  ], half - 14);
  const rh = block(colR, [
    { text: coTenant ? 'Mieter (als Gesamtschuldner)' : t.gender === 'f' ? 'Mieterin' : 'Mieter', size: 8.5, italic: true },
    { text: ctx.v('mieter_name', ctx.name(t)), bold: true },
    { text: `geb. ${ctx.ndate(t.birth)}`, size: 9 },
    ...(coTenant ? [{ text: ctx.name(coTenant), bold: true }, { text: `geb. ${ctx.ndate(coTenant.birth)}`, size: 9 }] : []),
    { text: `derzeit wohnhaft ${before.street} ${before.no}, ${before.plz} ${before.city}`, size: 9.5 },
  ], wR);
  d.y = Math.max(lh, rh, top + 60) + 8;
  d.line(d.left + half, top + 2, d.left + half, d.y - 4, 0.4, GRAY);
  d.hline(d.y, d.left, d.right, 0.6);
  d.move(10);
  d.para(`schließen folgenden Mietvertrag über Wohnraum:`, { italic: true });

  /** a clause with its heading run into the text */
  const clause = (no: number, title: string, texts: string[]) => {
    d.ensure(50);
    texts.forEach((tx, i) => {
      const lead = i === 0 ? `${no}. ${title}. ` : '';
      const lines = d.wrap(`${lead}${tx}`, d.contentWidth, { size: 10.5 });
      lines.forEach((l, j) => {
        d.ensure(14);
        if (i === 0 && j === 0) {
          const w = d.text(d.left, d.y + 10.5, lead.trim(), { size: 10.5, bold: true });
          d.text(d.left + w + 3, d.y + 10.5, l.slice(lead.length), { size: 10.5 });
        } else d.text(d.left, d.y + 10.5, l, { size: 10.5 });
        d.y += 14;
      });
      d.y += 4;
    });
    d.y += 3;
  };

  const addr = ctx.v('anschrift', fake.addressLine(r.flat));
  const floors = [`Erdgeschoss ${ctx.area(eg)}`, `Obergeschoss ${ctx.area(og)}`, ...(attic ? [`ausgebautes Dachgeschoss ${ctx.area(dg)}`] : [])];
  clause(1, 'Mietsache', [
    `${Vn} vermietet ${dat} ${kind[0]} auf dem Grundstück ${addr} (Gemarkung ${gemarkung}, Flur ${flur}, Flurstück ${flurstueck}) mit einer Grundstücksfläche von ca. ${ctx.area(plot)} zur alleinigen Nutzung als Wohnung.`,
    `Das Haus hat ${r.rooms} Zimmer, Küche, ${rng.pick(['Bad und Gäste-WC', 'Bad, Duschbad und Gäste-WC', 'Bad'])} und Flure. Die ${ctx.pick(['Wohnfläche'], ['Wohnfläche des Hauses', 'anrechenbare Wohnfläche'])} beträgt insgesamt ${ctx.v('wohnflaeche', ctx.area(r.area))} (${floors.join(', ')}).${cellar ? ` Der Keller mit einer Nutzfläche von ca. ${ctx.area(cellar)} wird mitvermietet, zählt aber nicht zur Wohnfläche.` : ''}`,
    `Mitvermietet sind ${rng.pick(['die Garage', 'die Einzelgarage', 'der Carport und der Geräteschuppen', 'die Doppelgarage'])}, der Garten, ${rng.pick(['die Einbauküche', 'die Terrassenmarkise', 'die Einbauküche und die Markise'])} sowie ${rng.int(3, 6)} Haus- und ${rng.int(1, 3)} Garagenschlüssel.`,
  ]);
  clause(2, 'Mietzeit', [
    `Das Mietverhältnis beginnt am ${ctx.v('mietbeginn', dd(r.einzug))} und läuft auf unbestimmte Zeit. Die Schlüssel werden bereits am ${dd(keys)} übergeben; bis zum Beginn dürfen ${tn} renovieren und einräumen, Miete wird für diese Tage nicht geschuldet.`,
    `Beide Seiten verzichten bis zum ${dd(waiverEnd)} auf ihr Recht zur ordentlichen Kündigung; eine Kündigung ist erstmals zum Ablauf dieses Tages zulässig. Das Recht zur außerordentlichen Kündigung bleibt unberührt.`,
  ]);
  clause(3, 'Miete', [
    `Die ${ctx.pick(['Nettokaltmiete', 'Grundmiete'], ['Miete für Haus, Garten und Garage (ohne Betriebskosten)', 'monatliche Kaltmiete'])} beträgt ${ctx.v('grundmiete', m(r.grundmiete))} monatlich. Hinzu kommt die Vorauszahlung auf die Betriebskosten nach Nr. 4 von ${ctx.v('nebenkosten', m(r.nebenkosten))}, so dass monatlich ${m(cents(r.grundmiete + r.nebenkosten))} zu zahlen sind.`,
    `Die Miete ist monatlich im Voraus, spätestens am dritten Werktag, auf das Konto ${gen} bei der ${r.landlord.bank.bank.name}, IBAN ${fake.groupIban(r.landlord.bank.iban)}, zu überweisen.`,
  ]);

  // the costs paid through the landlord as a small table inside clause 4
  clause(4, 'Betriebskosten', [
    `${Tn} ${coTenant ? 'schließen' : 'schließt'} die Verträge über Strom, ${oil ? 'Heizöl' : 'Gas'}, Wasser und Abwasser sowie die Abfallentsorgung im eigenen Namen ab und ${coTenant ? 'zahlen' : 'zahlt'} diese Kosten unmittelbar an die Versorger. Über ${acc} werden nur die folgenden Kosten umgelegt; Grundlage sind die letzten Bescheide und Rechnungen:`,
  ]);
  d.ensure(20 + chosen.length * 14);
  const AX = d.left + 30;
  const AR = d.right - 40;
  chosen.forEach(([label], i) => {
    d.row([
      { x: AX, text: label, size: 10 },
      { x: AR, text: `${fmt2(yearly[i])} € jährlich`, size: 10, align: 'right' },
    ], { size: 10, leading: 1.35 });
  });
  d.hline(d.y + 1, AR - 120, AR, 0.5);
  d.move(3);
  d.row([
    { x: AX, text: 'zusammen', size: 10, italic: true },
    { x: AR, text: `${fmt2(yearSum)} € jährlich`, size: 10, align: 'right' },
  ], { size: 10, leading: 1.35 });
  d.move(6);
  d.para(`Die monatliche Vorauszahlung nach Nr. 3 ist auf volle fünf Euro aufgerundet. Über die Vorauszahlungen wird jährlich zum 31. Dezember abgerechnet.`, { size: 10.5 });
  clause(5, 'Heizung', [
    oil
      ? `Das Haus wird mit der vorhandenen Ölzentralheizung beheizt, die auch das Warmwasser bereitet. Den bei der Übergabe im Tank vorhandenen Vorrat von ca. ${fmt.decimal(litres, 0)} Litern übernehmen ${tn} zum Preis von ${fmt2(price)} € je Liter, zusammen ${m(cents(litres * price))}, zahlbar mit der ersten Miete. Bei Auszug erstattet ${nom} den dann vorhandenen Vorrat zum Tagespreis.`
      : `Das Haus wird mit der vorhandenen Gas-Brennwerttherme beheizt, die auch das Warmwasser bereitet. Zählerstand bei der Schlüsselübergabe: ${fmt.decimal(rng.int(8000, 64000), 0)} m³ (Zähler-Nr. ${rng.digits(8)}). Die jährliche Wartung der Therme veranlassen ${tn} auf eigene Kosten.`,
  ]);
  clause(6, 'Mietsicherheit', [`${Tn} ${coTenant ? 'leisten' : 'leistet'} eine Kaution von ${m(r.kaution)}, die in drei Monatsraten gezahlt werden darf; die erste Rate ist zu Beginn des Mietverhältnisses fällig.`]);
  clause(7, 'Garten, Winterdienst', [`Die Pflege des Gartens (Rasen mähen, Hecke schneiden, Laub entfernen) sowie das Räumen und Streuen des Gehwegs vor dem Grundstück übernehmen ${tn} auf eigene Kosten. Bäume dürfen nur mit Zustimmung ${gen} gefällt werden.`]);
  clause(8, 'Instandhaltung', [`Kleine Reparaturen an Teilen, die dem häufigen Zugriff ausgesetzt sind, tragen ${tn} bis ${m(rng.pick([100, 120, 150]))} im Einzelfall, höchstens ${m(rng.pick([400, 500, 600]))} im Jahr. Schäden am Dach, an der Heizungsanlage und an den Leitungen sind ${datV} unverzüglich anzuzeigen.`]);
  for (const [i, [title, texts]] of rng.sample(CLAUSES.filter(([tt]) => tt !== 'Kündigung' && tt !== 'Hausordnung'), rng.int(1, 3)).entries()) clause(9 + i, title, texts);

  d.ensure(130);
  d.move(16);
  d.text(d.left, d.y + 10, `${r.flat.city}, den ${dd(signed)}`, { size: 10.5 });
  d.y += 54;
  d.hline(d.y, d.left, d.left + half - 20, 0.5);
  d.hline(d.y, colR, d.right, 0.5);
  d.text(d.left, d.y + 11, agent ? `${owner.gender === 'f' ? 'Vermieterin' : 'Vermieter'}, vertreten durch ${agent.first.split(' ')[0]} ${agent.last}` : owner.gender === 'f' ? 'Vermieterin' : 'Vermieter', { size: 8.5, italic: true });
  d.text(colR, d.y + 11, coTenant ? 'Mieter (beide)' : t.gender === 'f' ? 'Mieterin' : 'Mieter', { size: 8.5, italic: true });
  d.y += 20;
  truth(ctx, r);
}

/**
 * blind13 (holdout): the pre-printed lease form sold at stationery shops ("Mietvertrag für
 * Wohnräume", a form publisher's order number on every page), filled in by hand with a ballpoint
 * pen by a private landlord: small printed clause text with dotted blanks inside the sentences and
 * tick boxes; the parties as "Name, Vorname" on blanks (the landlord with address and phone, the
 * tenant and sometimes a second tenant with the previous address), the flat with town and street
 * on separate blanks, floor, rooms and rooms ticked, the area "ca." on a blank, keys; the start
 * with the open-ended box ticked and the fixed-term alternative struck through; the rent as
 * amounts written on blanks before the printed "EUR": net rent, advances for heating (or struck
 * through with a note that the tenant pays the gas supplier) and the other operating costs, a
 * garage or a furniture surcharge (struck through when there is none), the total; the landlord's
 * IBAN written in, the deposit in instalments (sometimes a written amount crossed out and
 * corrected with initials); a grid of operating-cost types ticked with the allocation key; pets;
 * handwritten further agreements (a kitchen bought from the former tenant, a key handover day,
 * stairwell cleaning); place and the signing day, three signatures.
 */
function blind13SchreibwarenVordruck(ctx: Ctx): void {
  const rng = ctx.rng;
  const r = rental(rng, ctx.today);
  const t = r.tenant;
  t.title = undefined;
  if (!r.landlord.person) {
    const p = fake.person(rng, { bornFrom: 1942, bornTo: 1985, titleChance: 0.05 });
    r.landlord = { ...r.landlord, kind: 'person', person: p, name: fake.fullName(p), address: fake.address(rng, { city: r.flat.city }) };
  }
  const lp = r.landlord.person!;
  const la = r.landlord.address;
  const second = rng.chance(0.4) ? fake.person(rng, { gender: t.gender === 'f' ? 'm' : 'f', bornFrom: Number(t.birth.slice(0, 4)) - 6, bornTo: Math.min(2004, Number(t.birth.slice(0, 4)) + 6), last: rng.chance(0.4) ? t.last : undefined, titleChance: 0 }) : undefined;
  const before = fake.address(rng);
  const furniture = !r.stellplatz && rng.chance(0.15) ? rng.pick([40, 50, 60, 75]) : undefined;
  const heat = r.heizkosten;
  const total = cents(gesamt(r) + (r.stellplatz ?? 0) + (furniture ?? 0));
  const signed = addDays(r.einzug, -rng.int(6, 50));
  const handover = addDays(r.einzug, -rng.int(1, 4));
  const ink: Color = rng.pick([[0.08, 0.12, 0.52], [0.1, 0.1, 0.14], [0.04, 0.2, 0.55]] as const);
  const HAND = 'times-italic' as const;
  const HS = rng.float(10.8, 12);
  const PS = 8.6;
  const publisher = rng.pick([['Formularverlag Brandt', '1841'], ['Vordruck-Verlag Ostermann', '537'], ['Bürobedarf-Formulare Lindner', '2870'], ['Recht & Vordruck GmbH', '44/12']] as const);
  const money = (v: number) => ctx.money(v, 'bare');
  const dd = (v: string) => ctx.ndate(v);

  const d = ctx.start({ family: 'helvetica', size: PS, margins: { left: 54, right: 50, top: 50, bottom: 62 } });
  const X0 = d.left;
  const X1 = d.right;

  /** handwriting: never quite on the line */
  const hand = (x: number, baseline: number, text: string, field?: string, size = HS) =>
    d.text(x + rng.float(0, 3), baseline + rng.float(-1.6, 0.3), text, { font: HAND, size, color: ink, field });
  const handWidth = (text: string) => d.measure(text, { font: HAND, size: HS }) + 8;

  type Seg = string | { blank: number; hand?: string; field?: string; cross?: string } | { box: boolean } | { struck: string };
  /** printed clause text with blanks and boxes, wrapped like the form's typesetting */
  const flow = (segs: Seg[], options: { x?: number; lead?: number; after?: number } = {}) => {
    const x0 = options.x ?? X0;
    const lead = options.lead ?? 17;
    const space = d.measure(' ', { size: PS });
    d.ensure(lead + 6);
    let base = d.y + lead - 3;
    let x = x0;
    let buf = '';
    let bufX = x0;
    const flush = () => {
      if (buf) d.text(bufX, base, buf, { size: PS });
      buf = '';
    };
    const newline = () => {
      flush();
      base += lead;
      if (base > d.height - d.margins.bottom) {
        d.newPage();
        base = d.y + lead - 3;
      }
      x = x0;
      bufX = x0;
    };
    for (const seg of segs) {
      if (typeof seg === 'string') {
        for (const word of seg.split(' ').filter(Boolean)) {
          const w = d.measure(word, { size: PS });
          if (x + w > X1 && x > x0) newline();
          if (!buf) bufX = x;
          buf += (buf ? ' ' : '') + word;
          x += w + space;
        }
        continue;
      }
      flush();
      if ('box' in seg) {
        if (x + 14 > X1) newline();
        d.rect(x + 1, base - 7, 7.5, 7.5, { stroke: [0, 0, 0], lineWidth: 0.6 });
        if (seg.box) d.text(x + 1 + rng.float(-0.5, 1), base + rng.float(-0.8, 0.6), 'x', { font: HAND, size: HS + 1, color: ink });
        x += 13;
      } else if ('struck' in seg) {
        const w = d.measure(seg.struck, { size: PS });
        if (x + w > X1) newline();
        d.text(x, base, seg.struck, { size: PS });
        d.line(x - 2, base - 2.5 + rng.float(-0.6, 0.6), x + w + 2, base - 3 + rng.float(-0.8, 0.8), 0.9, ink);
        x += w + space;
      } else {
        const crossW = seg.cross ? handWidth(seg.cross) : 0;
        const w = Math.max(seg.blank, (seg.hand ? handWidth(seg.hand) : 0) + crossW);
        if (x + w > X1) newline();
        let dx = x;
        while (dx < x + w) {
          d.line(dx, base + 1.5, Math.min(dx + 1.2, x + w), base + 1.5, 0.5, GRAY);
          dx += 2.6;
        }
        if (seg.cross) {
          hand(x + 2, base - 1, seg.cross);
          const cw = crossW - 8;
          d.line(x, base - 2 - rng.float(0, 2), x + cw + 6, base - 5 + rng.float(0, 2), 1, ink);
          d.line(x, base - 5 + rng.float(0, 2), x + cw + 6, base - 2 - rng.float(0, 2), 1, ink);
        }
        if (seg.hand) hand(x + 2 + crossW, base - 1, seg.hand, seg.field);
        x += w + space;
      }
      bufX = x;
    }
    flush();
    d.y = base + (options.after ?? 7);
  };
  const heading = (title: string) => {
    d.ensure(50);
    d.move(3);
    d.text(X0, d.y + 10, title, { size: 9.6, bold: true });
    d.y += 12;
  };
  const note = (text: string) => d.para(text, { size: 7.6, color: [0.25, 0.25, 0.25], after: 4, leading: 1.3 });

  // every page: the publisher's order line, the page count; the form's own running head after page 1
  d.onContinuation((doc) => {
    doc.text(X0, 38, 'Mietvertrag für Wohnräume', { size: 7, color: GRAY });
    doc.y = 48;
  });
  d.onEveryPage((doc, page, pages) => {
    doc.hline(doc.height - 44, X0, X1, 0.3, GRAY);
    doc.text(X0, doc.height - 35, `${publisher[0]} · Best.-Nr. ${publisher[1]} · Nachdruck und Vervielfältigung verboten`, { size: 6.2, color: GRAY });
    doc.text(X1, doc.height - 35, `Seite ${page} von ${pages}`, { size: 7, align: 'right' });
  });

  // title block
  d.text(X1, 40, `Best.-Nr. ${publisher[1]}`, { size: 7, align: 'right', color: GRAY });
  d.rect(X0, 46, X1 - X0, 34, { stroke: [0, 0, 0], lineWidth: 1.4 });
  d.text((X0 + X1) / 2, 68, 'Mietvertrag für Wohnräume', { size: 17, bold: true, align: 'center' });
  d.y = 88;
  note('Zutreffendes bitte ankreuzen, Nichtzutreffendes streichen. Bitte in Druckbuchstaben ausfüllen.');
  flow(['Zwischen', { blank: 330, hand: ctx.name(lp), field: 'vermieter_name' }, '(Name, Vorname)'], { after: 2 });
  flow(['wohnhaft in', { blank: 310, hand: `${la.street} ${la.no}, ${la.plz} ${la.city}` }, 'Tel.', { blank: 80, hand: r.landlord.phone }], { after: 2 });
  d.text(X1, d.y + 10, '– nachstehend Vermieter genannt –', { size: PS, italic: true, align: 'right' });
  d.y += 14;
  flow(['und', { blank: 330, hand: ctx.name(t), field: 'mieter_name' }, '(Name, Vorname)'], { after: 2 });
  flow(['und', { blank: 330, hand: second ? ctx.name(second) : undefined }, '(Name, Vorname)'], { after: 2 });
  flow(['bisher wohnhaft in', { blank: 330, hand: `${before.street} ${before.no}, ${before.plz} ${before.city}` }], { after: 2 });
  d.text(X1, d.y + 10, '– nachstehend Mieter genannt (mehrere Mieter haften als Gesamtschuldner) –', { size: PS, italic: true, align: 'right' });
  d.y += 16;
  d.write('wird folgender Mietvertrag geschlossen:', { size: PS + 0.4 });

  heading('§ 1  Mieträume');
  flow(['(1) Vermietet wird die Wohnung in', { blank: 190, hand: `${r.flat.plz} ${r.flat.city}` }, '(PLZ, Ort),'], { after: 2 });
  flow(['Straße, Haus-Nr.', { blank: 220, hand: `${r.flat.street} ${r.flat.no}`, field: 'anschrift' }, 'Geschoss', { blank: 90, hand: r.floor.replace('Obergeschoss', 'OG') }], { after: 2 });
  const balcony = rng.chance(0.55);
  const kitchen = rng.chance(0.85);
  flow(['bestehend aus', { blank: 28, hand: String(r.rooms) }, 'Zimmer(n),', { box: kitchen }, 'Küche', { box: !kitchen }, 'Kochnische', { box: true }, 'Bad / Dusche', { box: true }, 'WC', { box: balcony }, 'Balkon / Loggia', { box: rng.chance(0.7) }, 'Kellerraum Nr.', { blank: 30, hand: String(rng.int(1, 14)) }, { box: !!r.stellplatz }, 'Garage / Stellplatz Nr.', { blank: 30, hand: r.stellplatz ? String(rng.int(1, 9)) : undefined }]);
  flow(['(2) Die Wohnfläche beträgt ca.', { blank: 80, hand: ctx.area(r.area), field: 'wohnflaeche' }, '. Die Angabe dient nicht zur Bestimmung des Mietgegenstandes; maßgeblich sind die tatsächlich vermieteten Räume.']);
  flow(['(3) Dem Mieter werden ausgehändigt:', { blank: 24, hand: String(rng.int(1, 3)) }, 'Haustür-,', { blank: 24, hand: String(rng.int(2, 3)) }, 'Wohnungs-,', { blank: 24, hand: String(rng.int(1, 2)) }, 'Briefkasten- und', { blank: 24, hand: rng.pick(['1', '–']) }, 'Kellerschlüssel. Die Beschaffung weiterer Schlüssel bedarf der Zustimmung des Vermieters.']);

  heading('§ 2  Mietzeit');
  flow(['(1) Das Mietverhältnis beginnt am', { blank: 100, hand: dd(r.einzug), field: 'mietbeginn' }, '.'], { after: 2 });
  flow([{ box: true }, 'Es läuft auf unbestimmte Zeit und kann nach den gesetzlichen Vorschriften gekündigt werden.'], { after: 2 });
  flow([{ box: false }, { struck: 'Es endet am' }, { blank: 80 }, { struck: '(Zeitmietvertrag nach § 575 BGB). Grund der Befristung:' }, { blank: 120 }]);
  flow(['(2) Setzt der Mieter nach Ablauf der Mietzeit den Gebrauch fort, so gilt das Mietverhältnis nicht als verlängert; § 545 BGB findet keine Anwendung.']);

  heading('§ 3  Miete und Betriebskosten');
  const netLabel = ctx.pick([], ['(1) Die Miete ohne Betriebskosten (Nettokaltmiete) beträgt monatlich', '(1) Die monatliche Grundmiete (ohne Betriebs- und Heizkosten) beträgt']);
  flow([netLabel, { blank: 80, hand: money(r.grundmiete), field: 'grundmiete' }, 'EUR.'], { after: 3 });
  flow(['(2) Neben der Miete leistet der Mieter monatliche Vorauszahlungen auf die Betriebskosten, über die jährlich abgerechnet wird:'], { after: 2 });
  const ind = X0 + 14;
  if (heat !== undefined) flow(['a) für Heizung und Warmwasser', { blank: 80, hand: money(heat) }, 'EUR'], { x: ind, after: 1 });
  else {
    flow(['a)', { struck: 'für Heizung und Warmwasser' }, { blank: 80, hand: '–' }, 'EUR'], { x: ind, after: 0 });
    flow([{ blank: 360, hand: rng.pick(['Gastherme – Mieter zahlt Gas selbst an Stadtwerke', 'Etagenheizung, Vertrag mit Versorger durch Mieter', 'Nachtspeicher – Strom zahlt Mieter direkt']) }], { x: ind + 8, after: 1 });
  }
  flow(['b) für die übrigen Betriebskosten nach § 4', { blank: 80, hand: money(r.nebenkosten), field: 'nebenkosten' }, 'EUR'], { x: ind, after: 1 });
  if (r.stellplatz) flow(['c) Miete für Garage / Stellplatz', { blank: 80, hand: money(r.stellplatz) }, 'EUR'], { x: ind, after: 1 });
  else flow(['c)', { struck: 'Miete für Garage / Stellplatz' }, { blank: 80, hand: '–' }, 'EUR'], { x: ind, after: 1 });
  if (furniture) flow(['d) Zuschlag für Möblierung / Einbauküche', { blank: 80, hand: money(furniture) }, 'EUR'], { x: ind, after: 3 });
  else flow(['d)', { struck: 'Zuschlag für Möblierung / Einbauküche' }, { blank: 80 }, 'EUR'], { x: ind, after: 3 });
  flow(['(3) Der monatlich zu zahlende Gesamtbetrag beläuft sich somit auf', { blank: 80, hand: money(total) }, 'EUR.'], { after: 3 });
  const acc = r.landlord.bank;
  flow(['(4) Der Gesamtbetrag ist monatlich im Voraus, spätestens am dritten Werktag des Monats, zu zahlen', { box: true }, 'auf das Konto des Vermieters IBAN', { blank: 190, hand: ctx.iban(acc.iban) }, 'bei', { blank: 150, hand: acc.bank.name }, { box: false }, { struck: 'bar gegen Quittung.' }]);
  note('Für die Rechtzeitigkeit der Zahlung kommt es nicht auf die Absendung, sondern auf den Eingang des Geldes an. Eine Änderung der Betriebskostenvorauszahlungen nach einer Abrechnung bleibt vorbehalten (§ 560 BGB).');

  heading('§ 4  Betriebskosten');
  flow(['Der Mieter trägt neben der Miete die folgenden Betriebskosten im Sinne von § 2 der Betriebskostenverordnung (angekreuzt):'], { after: 1 });
  const costs = ['Grundsteuer', 'Wasserversorgung', 'Entwässerung', 'Müllbeseitigung', 'Straßenreinigung', 'Hausreinigung', 'Gartenpflege', 'Allgemeinstrom / Beleuchtung', 'Schornsteinreinigung', 'Sach- und Haftpflichtversicherung', 'Hauswart', 'Kabelanschluss / Antenne', 'Aufzug', 'Heizung / Warmwasser (HeizkostenV)', 'sonstige:'];
  const cw = (X1 - X0) / 3;
  costs.forEach((label, i) => {
    const cx = X0 + (i % 3) * cw;
    if (i % 3 === 0) {
      d.ensure(14);
      d.y += 13;
    }
    const on = label === 'Aufzug' ? rng.chance(0.2) : label.startsWith('Heizung') ? heat !== undefined : label === 'sonstige:' ? false : rng.chance(0.85);
    d.rect(cx, d.y - 7, 7.5, 7.5, { stroke: [0, 0, 0], lineWidth: 0.6 });
    if (on) d.text(cx + rng.float(-0.5, 1), d.y + rng.float(-0.8, 0.6), 'x', { font: HAND, size: HS + 1, color: ink });
    d.text(cx + 11, d.y, label, { size: PS - 0.4 });
  });
  d.y += 8;
  flow(['Umlageschlüssel, soweit nicht verbrauchsabhängig abgerechnet wird:', { blank: 150, hand: rng.pick(['nach Wohnfläche', 'nach qm', 'nach Personen', `${rng.int(18, 45)} % (Anteil Whg.)`]) }]);

  heading('§ 5  Mietsicherheit (Kaution)');
  const kaution = cents(Math.round(r.grundmiete * rng.pick([2, 2.5, 3]) / 10) * 10);
  const corrected = rng.chance(0.35);
  const instalments = rng.chance(0.6);
  const tenantPaints = rng.chance(0.6);
  const lInit = `${lp.first.charAt(0)}${lp.last.charAt(0)}`.toLowerCase();
  flow(['Der Mieter leistet eine Sicherheit in Höhe von', corrected ? { blank: 120, hand: `${money(kaution)}  ${lInit}`, cross: money(cents(kaution + rng.pick([100, 150, 200, 250]))) } : { blank: 80, hand: money(kaution) }, 'EUR (höchstens drei Monatsmieten ohne Betriebskosten). Sie ist', { box: instalments }, 'in drei gleichen monatlichen Teilzahlungen, beginnend mit dem Mietverhältnis,', { box: !instalments }, 'in einem Betrag zu leisten und wird vom Vermieter getrennt von seinem Vermögen bei einem Kreditinstitut angelegt.']);

  heading('§ 6  Schönheitsreparaturen, Kleinreparaturen');
  flow(['(1) Die Schönheitsreparaturen trägt', { box: tenantPaints }, 'der Mieter, soweit sie durch seine Nutzung erforderlich werden,', { box: !tenantPaints }, 'der Vermieter. Die Wohnung wird', { box: true }, 'renoviert', { box: false }, 'unrenoviert übergeben.'], { after: 2 });
  flow(['(2) Kosten für kleine Instandhaltungen an Teilen, die dem häufigen Zugriff des Mieters ausgesetzt sind, trägt der Mieter bis', { blank: 50, hand: rng.pick(['100,-', '110,-', '120,-']) }, 'EUR im Einzelfall, höchstens jedoch 8 % der Jahresnettokaltmiete.']);

  heading('§ 7  Tierhaltung, Untervermietung');
  const pet = rng.chance(0.4);
  flow(['(1) Die Haltung von Hunden und Katzen ist', { box: !pet }, 'nur mit vorheriger Zustimmung des Vermieters', { box: pet }, 'für folgende Tiere gestattet:', { blank: 110, hand: pet ? rng.pick(['1 Katze', 'Wohnungskatze', '1 kleiner Hund']) : undefined }], { after: 2 });
  flow(['(2) Eine Untervermietung oder sonstige Gebrauchsüberlassung an Dritte bedarf der schriftlichen Erlaubnis des Vermieters.']);

  heading('§ 8  Sonstige Vereinbarungen');
  const extras = rng.sample([
    `Wohnungsübergabe u. Schlüssel am ${dd(handover)}`,
    `Einbauküche vom Vormieter übernommen, Ablöse ${rng.pick(['600', '800', '950', '1.200'])},- € bar bezahlt`,
    'Treppenhausreinigung im wöchentl. Wechsel lt. Plan',
    'Gartenmitbenutzung (Wäscheplatz) inklusive',
    'Zählerstände siehe Übergabeprotokoll',
    `Keine Mieterhöhung vor dem ${dd(addMonths(r.einzug, 12))}`,
    'Rauchmelder werden vom Vermieter gewartet',
  ], rng.int(2, 4));
  for (let i = 0; i < 4; i++) {
    d.ensure(18);
    d.y += 17;
    d.hline(d.y + 1.5, X0, X1, 0.4, GRAY);
    if (extras[i]) hand(X0 + 4, d.y - 1, extras[i]);
  }
  d.y += 8;
  note('Die umseitigen und nachfolgenden Vertragsbedingungen sind Bestandteil dieses Vertrages. Mündliche Nebenabreden bestehen nicht. Änderungen und Ergänzungen bedürfen der Schriftform. Sollte eine Bestimmung unwirksam sein, bleibt die Wirksamkeit der übrigen Bestimmungen unberührt.');
  heading('§ 9  Hausordnung, Betreten der Mieträume');
  d.move(2);
  note('Der Mieter verpflichtet sich, die Hausordnung einzuhalten. Der Vermieter oder sein Beauftragter darf die Mieträume nach rechtzeitiger Ankündigung zu angemessener Tageszeit betreten, insbesondere zur Ablesung von Messgeräten, zur Prüfung ihres Zustandes oder wenn die Räume verkauft oder weitervermietet werden sollen.');

  // place, date and signatures
  d.ensure(110);
  d.move(10);
  flow([{ blank: 130, hand: r.landlord.address.city === r.flat.city ? r.flat.city : rng.pick([r.flat.city, la.city]) }, ', den', { blank: 90, hand: dd(signed) }], { after: 4 });
  const sy = d.y + 34;
  const sw = (X1 - X0 - 30) / 3;
  const sig = (i: number, label: string, p?: fake.Person) => {
    const sx = X0 + i * (sw + 15);
    d.hline(sy, sx, sx + sw, 0.5);
    d.text(sx, sy + 9, label, { size: 7, color: GRAY });
    if (p) d.text(sx + rng.float(4, 20), sy - 5 + rng.float(-2, 1), `${p.first.split(' ')[0].charAt(0)}. ${p.last}`, { font: HAND, size: 15, color: ink });
  };
  sig(0, 'Vermieter', lp);
  sig(1, 'Mieter', t);
  sig(2, 'Mieter', second);
  d.y = sy + 18;
  truth(ctx, r);
}

/**
 * blind14 (holdout): a municipal housing company's lease made for a flat swap (Wohnungstausch):
 * two tenants of the company (or of two municipal companies) swap their flats and each enters a
 * new lease at the rent the other paid so far. A head table with the contract number, the swap's
 * case number and the economic unit; a preamble naming the tenant's former flat with its contract
 * number, area and rent and the swap partner who leaves this flat; §§ with the parties (the
 * company represented by two officers; the tenant with birth date and former address, sometimes a
 * partner as joint tenant), the flat in sentences (flat number, floor, rooms, area, cellar), the
 * start on the swap day with the keys handed over between the two households on another day, the
 * rent as a small table with the net rent, the operating-cost and heating advances and the total,
 * a note that the rent is the former tenant's and may be raised only after a date, the company's
 * IBAN, the deposit carried over from the former lease; annex 1 the swap overview with both flats
 * side by side (address, area, rooms, rent parts, total), annex 2 the handover note.
 */
function blind14Wohnungstausch(ctx: Ctx): void {
  const rng = ctx.rng;
  const r = rental(rng, ctx.today);
  const t = r.tenant;
  t.title = undefined;
  const city = r.flat.city;
  const companyName = rng.pick([`Wohnungsbaugesellschaft ${city} mbH`, `Städtische Wohnungsgesellschaft ${city} mbH`, `${city}er Wohnungsgesellschaft mbH`, `Gemeinnützige Wohnungsbaugesellschaft ${city} mbH`, `Kommunale Wohnungsgesellschaft ${city} mbH`]);
  const short = companyName.replace(/ mbH$/, '').replace(/^Gemeinnützige |^Städtische |^Kommunale /, '');
  const office = fake.sameCityAddress(rng, r.flat);
  r.landlord = { kind: 'organisation', name: companyName, address: office, phone: fake.phone(rng), bank: fake.bankAccount(rng) };
  // the swap: the tenant's former flat and the partner who lived in this one
  const oldFlat = fake.sameCityAddress(rng, r.flat);
  const oldArea = r.area > 60 ? cents(r.area * rng.float(0.55, 0.85)) : cents(r.area * rng.float(1.3, 1.8));
  const oldRate = (r.grundmiete / r.area) * rng.float(0.8, 1.2);
  const oldNet = cents(oldArea * oldRate);
  const oldBk = cents(oldArea * rng.float(1.7, 2.9));
  const oldHk = cents(oldArea * rng.float(0.9, 1.6));
  const oldRooms = Math.max(1, Math.min(5, Math.round(oldArea / 24)));
  const partner = fake.person(rng, { bornFrom: 1945, bornTo: 2000, titleChance: 0 });
  const otherCompany = rng.chance(0.35) ? rng.pick([`Wohnungsgenossenschaft ${city}-Mitte eG`, `${city}er Wohnungsbau- und Verwaltungsgesellschaft mbH`, `Landeswohnungsbaugesellschaft mbH`]) : undefined;
  const cosigner = rng.chance(0.35) ? fake.person(rng, { gender: t.gender === 'f' ? 'm' : 'f', bornFrom: Number(t.birth.slice(0, 4)) - 6, bornTo: Math.min(2004, Number(t.birth.slice(0, 4)) + 6), last: rng.chance(0.5) ? t.last : undefined, titleChance: 0 }) : undefined;
  const start = firstOfMonth(r.einzug) === r.einzug ? r.einzug : firstOfMonth(addMonths(r.einzug, 1));
  r.einzug = start;
  const keys = addDays(start, rng.pick([-3, -2, -1, 1, 2]));
  const signed = addDays(start, -rng.int(10, 40));
  const raiseFrom = addMonths(start, 15);
  const vNr = `${rng.int(1, 9)}${rng.digits(3)}/${rng.digits(3)}/${rng.pick(['01', '02', '03'])}`;
  const oldVNr = `${rng.int(1, 9)}${rng.digits(3)}/${rng.digits(3)}/${rng.pick(['01', '02'])}`;
  const swapNr = `T-${start.slice(0, 4)}-${rng.digits(4)}`;
  const we = `WE ${rng.digits(4)}`;
  const flatNo = `${rng.digits(2)}`;
  const cellar = `${rng.int(1, 40)}`;
  const deposit = cents(Math.round(oldNet * 3 * 100) / 100);
  const officers = [fake.person(rng, { titleChance: 0.1 }), fake.person(rng, { titleChance: 0 })];
  const accent: Color = rng.pick([[0.0, 0.33, 0.55], [0.6, 0.1, 0.15], [0.1, 0.4, 0.3], [0.35, 0.2, 0.45]] as const);
  const m = (v: number) => ctx.money(v);
  const dd = (v: string) => ctx.date(v);
  const tenantWord = t.gender === 'f' ? 'Mieterin' : 'Mieter';
  const you = cosigner ? 'die Mieter' : `${t.gender === 'f' ? 'die' : 'der'} ${tenantWord}`;

  const d = ctx.start({ family: rng.pick(['helvetica', 'times'] as const), size: 9.3, margins: { left: 62, right: 56, top: 60, bottom: 70 } });
  d.onContinuation((doc) => {
    doc.text(doc.left, 40, `${companyName} · Mietvertrag Nr. ${vNr}`, { size: 7.5, color: GRAY });
    doc.hline(45, doc.left, doc.right, 0.4, accent);
    doc.y = 58;
  });
  footer(d, [[companyName, `${office.street} ${office.no}, ${office.plz} ${office.city}`], [`Geschäftsführung: ${fake.fullName(officers[0])}`, `Registergericht: Amtsgericht ${city}`], [`Mietenkonto: ${r.landlord.bank.bank.name}`, `IBAN ${fake.groupIban(r.landlord.bank.iban)}`]], rng.pick(['Seite x von y', 'x/y'] as const));

  // head: the company's word mark and the contract's data table
  d.rect(d.left, 34, 6, 34, { fill: accent });
  d.text(d.left + 14, 48, short, { size: 15, bold: true, color: accent });
  d.text(d.left + 14, 62, rng.pick(['Wohnen in kommunaler Hand', 'Ihr städtisches Wohnungsunternehmen', 'Vermietung · Kundenservice']), { size: 8.5, color: GRAY });
  d.y = 92;
  d.write(ctx.pick([], ['Mietvertrag für eine Wohnung', 'Wohnungsmietvertrag']), { size: 17, bold: true });
  d.write(rng.pick(['– geschlossen im Rahmen eines Wohnungstauschs –', '– Neuvertrag nach Wohnungstausch („Miete bleibt Miete“) –']), { size: 10 });
  d.move(6);
  const head: [string, string][] = [['Mietvertrags-Nr.', vNr], ['Tauschvorgang', swapNr], ['Wirtschaftseinheit', we], ['Wohnungs-Nr.', flatNo]];
  const hw = d.contentWidth / head.length;
  head.forEach(([l, v], i) => {
    d.rect(d.left + i * hw, d.y, hw, 28, { stroke: [0.4, 0.4, 0.4], lineWidth: 0.5, fill: i % 2 ? undefined : [0.95, 0.95, 0.95] });
    d.text(d.left + i * hw + 4, d.y + 9, l, { size: 6.8, color: GRAY });
    d.text(d.left + i * hw + 4, d.y + 22, v, { size: 10, bold: true });
  });
  d.move(40);

  const para = (title: string, texts: string[]) => {
    d.ensure(60);
    d.move(4);
    d.write(title, { bold: true, size: 10, color: accent });
    texts.forEach((tx, i) => d.para(texts.length > 1 ? `(${i + 1}) ${tx}` : tx, { after: 3 }));
    d.move(2);
  };

  para('Vorbemerkung', [
    `${t.first} ${t.last} ist bisher ${tenantWord} der Wohnung ${fake.addressLine(oldFlat)} (${otherCompany ? `Vermieterin: ${otherCompany}, ` : ''}Mietvertrag Nr. ${oldVNr}, ${fmt.area(oldArea, ctx.style.area)}, ${oldRooms} Zimmer, Nettokaltmiete zuletzt ${m(oldNet)}). ${partner.first} ${partner.last} ist bisher Mieter${partner.gender === 'f' ? 'in' : ''} der in § 2 genannten Wohnung. Beide haben den Tausch ihrer Wohnungen beantragt; die Vermieterin hat ihm am ${dd(addDays(signed, -rng.int(5, 30)))} zugestimmt. Die bisherigen Mietverhältnisse enden mit Ablauf des ${dd(addDays(start, -1))}. Für die hier vermietete Wohnung ${cosigner ? 'übernehmen' : 'übernimmt'} ${you} die bisher gezahlte Miete unverändert.`,
  ]);
  const landlordLine = `die ${ctx.v('vermieter_name', companyName)}, ${office.street} ${office.no}, ${office.plz} ${office.city}, vertreten durch die Geschäftsführung, diese vertreten durch ${fake.fullName(officers[0])} und ${fake.fullName(officers[1])} (Prokura)`;
  const tenantLine = `${ctx.v('mieter_name', ctx.name(t))}, geboren am ${ctx.ndate(t.birth)}, bisher wohnhaft ${oldFlat.street} ${oldFlat.no}, ${oldFlat.plz} ${oldFlat.city}${cosigner ? `, und ${fake.fullName(cosigner)}, geboren am ${ctx.ndate(cosigner.birth)}, ebenda – beide als Gesamtschuldner –` : ''}`;
  para('§ 1 Vertragsparteien', [`Vermieterin ist ${landlordLine}.`, `${cosigner ? 'Mieter sind' : `${tenantWord} ist`} ${tenantLine}.`]);
  para('§ 2 Mietsache', [
    `Vermietet wird die Wohnung Nr. ${flatNo} im ${r.floor} des Hauses ${ctx.v('anschrift', fake.addressLine(r.flat))}, bestehend aus ${r.rooms} ${r.rooms === 1 ? 'Zimmer' : 'Zimmern'}, Küche, Bad/WC und Flur${rng.chance(0.5) ? ' sowie einem Balkon' : ''}.`,
    `Die Wohnfläche beträgt ${ctx.v('wohnflaeche', ctx.area(r.area))}. Sie ist nach der Wohnflächenverordnung berechnet; eine Abweichung von bis zu 3 % berechtigt keine Partei zur Anpassung der Miete.`,
    `Zur Mitbenutzung werden der Kellerraum Nr. ${cellar}, der Trockenboden und der Fahrradraum überlassen. ${rng.chance(0.5) ? 'Die Gemeinschaftsantenne ist an das Breitbandkabelnetz angeschlossen.' : ''}`.trim(),
  ]);
  para('§ 3 Beginn des Mietverhältnisses', [
    `Das Mietverhältnis beginnt am ${ctx.v('mietbeginn', dd(start))} (Tauschstichtag) und läuft auf unbestimmte Zeit.`,
    `Die Schlüssel werden unmittelbar zwischen den Tauschpartnern übergeben; vorgesehen ist der ${dd(keys)}. Die Vermieterin nimmt an der Übergabe teil und fertigt ein Protokoll (Anlage 2).`,
    `${cosigner ? 'Die Mieter übernehmen' : `${t.gender === 'f' ? 'Die Mieterin übernimmt' : 'Der Mieter übernimmt'}`} die Wohnung in dem Zustand, in dem sie sich bei der gemeinsamen Besichtigung befand. Vom Vormieter eingebrachte Gegenstände gehen nur nach gesonderter Vereinbarung zwischen den Tauschpartnern über.`,
  ]);
  // § 4 the rent: text, then a small table
  d.ensure(150);
  para('§ 4 Miete und Vorauszahlungen', [`(1) Die monatliche Miete setzt sich wie folgt zusammen:`]);
  const rows: Cell[][] = [
    [ctx.pick(['Grundmiete (nettokalt)'], ['Nettokaltmiete', 'Miete ohne Betriebs- und Heizkosten']), { text: m(r.grundmiete), field: 'grundmiete' }],
    [ctx.pick(['Vorauszahlung Betriebskosten'], ['Vorauszahlung kalte Betriebskosten', 'Betriebskosten (ohne Heizung), Vorauszahlung']), { text: m(r.nebenkosten), field: 'nebenkosten' }],
  ];
  if (r.heizkosten !== undefined) rows.push([rng.pick(['Vorauszahlung Heizung und Warmwasser', 'Heiz- und Warmwasserkosten, Vorauszahlung']), m(r.heizkosten)]);
  const x2 = d.left + 300;
  for (const [label, value] of rows) {
    d.row([{ x: d.left + 14, text: typeof label === 'string' ? label : label.text }, { x: x2, text: typeof value === 'string' ? value : value.text, field: typeof value === 'string' ? undefined : value.field, align: 'right' }]);
    d.hline(d.y, d.left + 10, x2 + 4, 0.3, GRAY);
  }
  d.row([{ x: d.left + 14, text: 'monatlich insgesamt', bold: true }, { x: x2, text: m(gesamt(r)), bold: true, align: 'right' }]);
  d.move(6);
  if (r.heizkosten === undefined) d.para('Die Wohnung wird mit einer Gas-Etagenheizung beheizt; den Gasliefervertrag schließt der Mieter selbst ab.', { after: 3 });
  d.para(`(2) Die Grundmiete entspricht der vom Vormieter zuletzt geschuldeten Miete. Eine Erhöhung nach § 558 BGB wird die Vermieterin nicht vor dem ${dd(raiseFrom)} verlangen. Über die Betriebs- und Heizkosten wird jährlich abgerechnet.`, { after: 3 });
  d.para(`(3) Die Miete ist monatlich im Voraus, spätestens am dritten Werktag, auf das Mietenkonto der Vermieterin bei der ${r.landlord.bank.bank.name}, IBAN ${fake.groupIban(r.landlord.bank.iban)}, zu zahlen. Verwendungszweck: ${vNr}.`, { after: 5 });
  para('§ 5 Mietsicherheit', [`Die für die bisherige Wohnung geleistete Kaution von ${m(deposit)} ${otherCompany ? 'wird von der bisherigen Vermieterin nach Abrechnung an die Vermieterin überwiesen' : 'wird einschließlich Zinsen auf dieses Mietverhältnis übertragen'}. Eine weitere Sicherheit wird nicht verlangt.`]);
  para('§ 6 Schönheitsreparaturen und Kleinreparaturen', [
    'Laufende Schönheitsreparaturen trägt der Mieter, soweit sie durch seinen Gebrauch nötig werden. Ein Renovierungsanspruch gegen die Vermieterin bei Beginn besteht wegen des Tauschs nicht.',
    `Kosten kleiner Instandsetzungen an Teilen, die dem häufigen Zugriff des Mieters ausgesetzt sind, trägt der Mieter bis ${m(100)} im Einzelfall, höchstens ${m(rng.pick([300, 350, 400]))} im Jahr.`,
  ]);
  para('§ 7 Hausordnung, Tierhaltung, Untervermietung', ['Die Hausordnung ist Bestandteil des Vertrages. Hunde und Katzen dürfen nur mit Zustimmung der Vermieterin gehalten werden. Untervermietung bedarf ihrer vorherigen schriftlichen Erlaubnis.']);
  para('§ 8 Schlussbestimmungen', ['Änderungen und Ergänzungen bedürfen der Textform. Die Anlagen 1 (Tauschübersicht) und 2 (Übergabeprotokoll) sind Bestandteil dieses Vertrages.']);
  d.ensure(90);
  d.move(14);
  d.text(d.left, d.y + 10, `${city}, den ${dd(signed)}`);
  d.move(40);
  d.hline(d.y, d.left, d.left + 200, 0.5);
  d.hline(d.y, d.right - 200, d.right, 0.5);
  d.text(d.left, d.y + 10, `${companyName}`, { size: 7.5, color: GRAY });
  d.text(d.left, d.y + 19, `i. V. ${officers[0].last} · ppa. ${officers[1].last}`, { size: 7.5, color: GRAY });
  d.text(d.right - 200, d.y + 10, cosigner ? `${fake.fullName(t)} / ${fake.fullName(cosigner)}` : fake.fullName(t), { size: 7.5, color: GRAY });
  d.move(26);

  // annex 1: the swap overview, both flats side by side
  d.newPage();
  d.write('Anlage 1 – Tauschübersicht', { size: 12, bold: true });
  d.para(`Vorgang ${swapNr}. Gegenüberstellung der getauschten Wohnungen zum Stichtag ${dd(start)}; maßgeblich für die Miete ist jeweils die bisherige Miete der übernommenen Wohnung.`, { size: 8.8 });
  const c1 = d.left + 150;
  const c2 = d.left + 330;
  const heads = [`Wohnung A – bisher ${t.last}`, `Wohnung B – bisher ${partner.last}`];
  d.rect(d.left - 2, d.y, d.contentWidth + 4, 26, { fill: [0.92, 0.92, 0.92] });
  d.text(c1, d.y + 10, heads[0], { size: 8.5, bold: true });
  d.text(c1, d.y + 21, `künftig ${partner.last}`, { size: 7.5, color: GRAY });
  d.text(c2, d.y + 10, heads[1], { size: 8.5, bold: true });
  d.text(c2, d.y + 21, `künftig ${t.last} (dieser Vertrag)`, { size: 7.5, color: GRAY });
  d.move(30);
  const cmp: [string, string, string][] = [
    ['Anschrift', `${oldFlat.street} ${oldFlat.no}`, `${r.flat.street} ${r.flat.no}`],
    ['', `${oldFlat.plz} ${oldFlat.city}`, `${r.flat.plz} ${r.flat.city}`],
    ['Vermieterin', otherCompany ?? short, short],
    ['Wohnfläche', fmt.area(oldArea, ctx.style.area), ctx.area(r.area)],
    ['Zimmer', String(oldRooms), String(r.rooms)],
    ['Nettokaltmiete', m(oldNet), m(r.grundmiete)],
    ['Betriebskosten-VZ', m(oldBk), m(r.nebenkosten)],
    ['Heizkosten-VZ', m(oldHk), r.heizkosten !== undefined ? m(r.heizkosten) : 'Etagenheizung'],
    ['Summe', m(cents(oldNet + oldBk + oldHk)), m(gesamt(r))],
    ['künftig bewohnt von', `${rng.int(1, 4)} Pers.`, `${cosigner ? rng.int(2, 5) : rng.int(1, 4)} Pers.`],
  ];
  for (const [l, a, b] of cmp) {
    d.row([{ x: d.left, text: l, color: GRAY }, { x: c1, text: a, width: c2 - c1 - 10 }, { x: c2, text: b, width: d.right - c2 }], { size: 9 });
    if (l !== 'Anschrift') d.hline(d.y, d.left - 2, d.right + 2, 0.2, [0.8, 0.8, 0.8]);
  }
  d.move(16);
  d.write('Anlage 2 – Übergabe', { size: 12, bold: true });
  d.para(`Übergabe der Wohnung ${flatNo} (${r.flat.street} ${r.flat.no}) von ${partner.first} ${partner.last} an ${t.first} ${t.last} am ${dd(keys)}, ${rng.int(9, 17)}:${rng.pick(['00', '30'])} Uhr.`, { size: 9 });
  const meters: [string, string][] = [['Wohnungsschlüssel', `${rng.int(2, 4)} Stück`], ['Haustür-/Briefkastenschlüssel', `${rng.int(2, 3)} / ${rng.int(1, 2)} Stück`], ['Kaltwasserzähler', `${rng.int(100, 900)},${rng.digits(3)} m³`], ['Warmwasserzähler', `${rng.int(50, 400)},${rng.digits(3)} m³`], ['Stromzähler (Mieter)', `${rng.int(10000, 60000)} kWh`]];
  for (const [l, v] of meters) d.row([{ x: d.left + 10, text: l }, { x: c1 + 40, text: v }], { size: 9 });
  d.move(6);
  d.para('Mängel: keine wesentlichen; Gebrauchsspuren an Bodenbelag und Türen wie bei der Besichtigung. Die Tauschpartner bestätigen mit ihrer Unterschrift die Richtigkeit der Angaben.', { size: 9 });
  d.move(30);
  d.hline(d.y, d.left, d.left + 150, 0.5);
  d.hline(d.y, d.left + 175, d.left + 325, 0.5);
  d.hline(d.y, d.right - 150, d.right, 0.5);
  d.text(d.left, d.y + 9, 'abgebende/r Mieter/in', { size: 7, color: GRAY });
  d.text(d.left + 175, d.y + 9, 'übernehmende/r Mieter/in', { size: 7, color: GRAY });
  d.text(d.right - 150, d.y + 9, 'für die Vermieterin', { size: 7, color: GRAY });
  truth(ctx, r);
}

/**
 * blind15: a lease on an estate agent's own template (the agent let the flat for a private owner or
 * a property company and prepared the contract, but is no party to it): the agent's band with its
 * listing number on every page, initials boxes at every foot; the parties as a grid (role, name,
 * address, phone), the tenant with birth date and present address and sometimes a second tenant;
 * numbered points with run-in headings and the values inside the sentences; the rent as a tab list
 * (sometimes a fitted-kitchen surcharge) with the monthly total, the landlord's IBAN; the viewing day,
 * signing day and key handover beside the start; the agent's commission paid by the landlord with its
 * amount; an annex with the listing's rounded figures and the energy certificate.
 */
function blind15Maklervorlage(ctx: Ctx): void {
  const rng = ctx.rng;
  const r = rental(rng, ctx.today);
  const t = r.tenant;
  t.title = undefined;
  const city = r.flat.city;
  // housing companies and cooperatives let their flats themselves; an agent works for private owners and small investors
  if (r.landlord.kind === 'organisation' && /genossenschaft|Wohnungsgesellschaft|Hausverwaltung|Immobilienverwaltung/.test(r.landlord.name)) {
    const owner = fake.person(rng, { bornFrom: 1945, bornTo: 1988, titleChance: 0.1 });
    const asCompany = rng.chance(0.35);
    r.landlord = { kind: asCompany ? 'organisation' : 'person', name: asCompany ? `${owner.last} ${rng.pick(['Vermögensverwaltung GmbH', 'Grundbesitz GbR', 'Immobilien GmbH & Co. KG'])}` : fake.fullName(owner), person: asCompany ? undefined : owner, address: fake.address(rng), phone: fake.phone(rng), bank: fake.bankAccount(rng) };
  }
  const m = (v: number) => ctx.money(v);
  const dd = (v: string) => ctx.date(v);
  const agentName = rng.pick([`${rng.pick(['Krüger', 'Hartmann', 'Lange', 'Vogel', 'Seidel', 'Brandt'])} Immobilien`, `${rng.pick(['Elbtal', 'Lindenhof', 'Rheinblick', 'Havelland', 'Kranich'])} Immobilienmakler GmbH`, `Immobilienbüro ${rng.pick(['Sommer', 'Winter', 'Fuchs', 'Roth'])} & Partner`, `${city}er Wohnungsvermittlung ${rng.pick(['Keller', 'Jung', 'Kaiser'])} e.K.`]);
  const agent = fake.organisation(rng, agentName, city);
  const agentPerson = fake.person(rng, { bornFrom: 1960, bornTo: 1996, titleChance: 0 });
  const accent: Color = rng.pick([[0.55, 0.12, 0.1], [0.05, 0.3, 0.45], [0.2, 0.35, 0.2], [0.2, 0.2, 0.2]] as const);
  // the tenancy starts on the first or the fifteenth; viewing, signing and keys before it
  const start = rng.chance(0.8) ? firstOfMonth(r.einzug) : addDays(firstOfMonth(r.einzug), 14);
  r.einzug = start;
  const viewing = addDays(start, -rng.int(25, 70));
  const signed = addDays(viewing, rng.int(3, 14));
  const keys = addDays(start, -rng.pick([0, 1, 2, 3, 0]));
  const free = addDays(start, -rng.int(10, 60));
  const listing = `${rng.pick(['V', 'M', 'W'])}-${signed.slice(2, 4)}${rng.digits(3)}`;
  const tagline = rng.pick(['Vermietung · Verkauf · Bewertung', 'Ihr Makler vor Ort', 'Wohnimmobilien seit 1998']);
  const templateStand = `${String(rng.int(1, 12)).padStart(2, '0')}/${Number(signed.slice(0, 4)) - rng.int(0, 2)}`;
  // since June 2015 whoever orders the agent pays (Bestellerprinzip); before, tenants usually paid
  const tenantPays = signed < '2015-06-01';
  const second = rng.chance(0.35) ? fake.person(rng, { gender: t.gender === 'f' ? 'm' : 'f', bornFrom: Number(t.birth.slice(0, 4)) - 7, bornTo: Math.min(2004, Number(t.birth.slice(0, 4)) + 7), last: rng.chance(0.5) ? t.last : undefined, titleChance: 0 }) : undefined;
  const prev = fake.address(rng);
  const kitchen = rng.chance(0.3) ? rng.pick([25, 30, 35, 40, 50]) : undefined;
  const hk = r.heizkosten;
  const total = cents(gesamt(r) + (kitchen ?? 0));
  const commission = cents(r.grundmiete * 2 * 1.19);
  const flatNo = `${rng.int(1, 24)}`;
  const lp = r.landlord;
  const landlordPrinted = lp.person ? ctx.name(lp.person) : lp.name;
  const rep = lp.kind === 'organisation' ? fake.fullName(fake.person(rng, { titleChance: 0.1 })) : undefined;

  const d = ctx.start({ family: 'helvetica', size: 9, margins: { left: 60, right: 54, top: 78, bottom: 86 } });
  d.onEveryPage((doc, page, pages) => {
    doc.rect(doc.left, 26, doc.contentWidth, 30, { fill: [0.96, 0.96, 0.96] });
    doc.rect(doc.left, 26, 5, 30, { fill: accent });
    doc.text(doc.left + 12, 40, agentName, { size: 11, bold: true, color: accent });
    doc.text(doc.left + 12, 51, tagline, { size: 7, color: GRAY });
    doc.text(doc.right - 6, 40, `Objekt-Nr. ${listing}`, { size: 8, align: 'right' });
    doc.text(doc.right - 6, 51, `${agent.address.street} ${agent.address.no} · ${agent.address.plz} ${agent.address.city} · ${agent.phone}`, { size: 6.5, align: 'right', color: GRAY });
    // initials at every foot
    const fy = doc.height - 64;
    doc.text(doc.left, fy + 12, 'Paraphe Vermieter:', { size: 7, color: GRAY });
    doc.rect(doc.left + 68, fy, 46, 16, { stroke: [0.5, 0.5, 0.5], lineWidth: 0.4 });
    doc.text(doc.left + 130, fy + 12, 'Paraphe Mieter:', { size: 7, color: GRAY });
    doc.rect(doc.left + 188, fy, 46, 16, { stroke: [0.5, 0.5, 0.5], lineWidth: 0.4 });
    doc.text(doc.right, fy + 12, `Seite ${page} von ${pages}`, { size: 7.5, align: 'right', color: GRAY });
    doc.text(doc.left, doc.height - 30, `Vertragsmuster ${agentName} · Stand ${templateStand} · Der Makler ist nicht Vertragspartei.`, { size: 6.3, color: GRAY });
  });

  d.y = 80;
  d.write(ctx.pick([], ['Mietvertrag über Wohnraum', 'Wohnraummietvertrag']), { size: 16, bold: true });
  d.write(`vermittelt durch ${agentName}, ${agent.address.street} ${agent.address.no}, ${agent.address.plz} ${agent.address.city}`, { size: 8.5, color: GRAY });
  d.move(8);

  // the parties as a grid
  const W = d.contentWidth;
  const cx = [d.left, d.left + 62, d.left + 62 + W * 0.31, d.left + 62 + W * 0.31 + W * 0.31];
  const ends = [...cx.slice(1), d.right];
  const gridRow = (cells: { text: string; field?: string; bold?: boolean; size?: number; color?: Color }[], fill?: Color) => {
    const top = d.y;
    const wrapped = cells.map((c, i) => d.wrap(c.text, ends[i] - cx[i] - 8, { size: c.size ?? 8.5, bold: c.bold }));
    const h = Math.max(...wrapped.map((w) => w.length)) * 11 + 7;
    if (fill) d.rect(d.left, top, W, h, { fill });
    cells.forEach((c, i) => {
      wrapped[i].forEach((l, j) => d.text(cx[i] + 4, top + 11 + j * 11, l, { size: c.size ?? 8.5, bold: c.bold, color: c.color, field: j === 0 ? c.field : undefined }));
      d.line(cx[i], top, cx[i], top + h, 0.4, [0.5, 0.5, 0.5]);
    });
    d.line(d.right, top, d.right, top + h, 0.4, [0.5, 0.5, 0.5]);
    d.hline(top, d.left, d.right, 0.4, [0.5, 0.5, 0.5]);
    d.y = top + h;
    d.hline(d.y, d.left, d.right, 0.4, [0.5, 0.5, 0.5]);
  };
  gridRow([{ text: '', size: 7.5 }, { text: 'Name, Vorname / Firma', size: 7.5, bold: true }, { text: 'Anschrift', size: 7.5, bold: true }, { text: 'Telefon, E-Mail, Geburtsdatum', size: 7.5, bold: true }], [0.92, 0.92, 0.92]);
  gridRow([
    { text: 'Vermieter', bold: true },
    { text: `${landlordPrinted}${rep ? `, vertreten durch ${rep}` : ''}`, field: undefined },
    { text: `${lp.address.street} ${lp.address.no}, ${lp.address.plz} ${lp.address.city}` },
    { text: lp.phone },
  ]);
  d.place('vermieter_name', landlordPrinted);
  const mailPart = (s: string) => s.toLowerCase().replace(/ä/g, 'ae').replace(/ö/g, 'oe').replace(/ü/g, 'ue').replace(/ß/g, 'ss').replace(/[^a-z]/g, '');
  const mail = (q: fake.Person) => `${mailPart(q.first.split(' ')[0])}.${mailPart(q.last)}@${rng.pick(['web.de', 'gmx.de', 'posteo.de', 'gmail.com'])}`;
  gridRow([
    { text: second ? '1. Mieter' : 'Mieter', bold: true },
    { text: ctx.name(t), field: 'mieter_name' },
    { text: `bisher: ${prev.street} ${prev.no}, ${prev.plz} ${prev.city}` },
    { text: `${fake.mobile(rng)}\n${mail(t)}\ngeb. ${ctx.ndate(t.birth)}` },
  ]);
  gridRow(second
    ? [{ text: '2. Mieter', bold: true }, { text: ctx.name(second) }, { text: 'wie 1. Mieter' }, { text: `geb. ${ctx.ndate(second.birth)}` }]
    : [{ text: '2. Mieter', bold: true, color: GRAY }, { text: '– entfällt –', color: GRAY }, { text: '' }, { text: '' }]);
  d.move(6);
  d.para(`Mehrere Mieter haften als Gesamtschuldner. Erklärungen eines Mieters gelten auch für den anderen.`, { size: 8, color: GRAY });

  let n = 0;
  const point = (title: string, text: string | string[]) => {
    n++;
    d.ensure(40);
    d.move(3);
    const texts = Array.isArray(text) ? text : [text];
    texts.forEach((tx, i) => d.para(i === 0 ? `${n}. ${title}. ${tx}` : tx, { after: 3, x: i === 0 ? d.left : d.left + 12 }));
  };
  point(ctx.pick([], ['Mietsache', 'Gegenstand des Vertrages']), `Vermietet wird die Wohnung Nr. ${flatNo} im ${r.floor} des Hauses ${ctx.v('anschrift', fake.addressLine(r.flat))} mit ${r.rooms} ${r.rooms === 1 ? 'Zimmer' : 'Zimmern'}, Küche${kitchen ? ' (mit Einbauküche des Vermieters)' : ''}, Bad${rng.chance(0.5) ? ', Balkon' : ''} und Abstellraum im Keller. Die Wohnfläche beträgt ${ctx.v('wohnflaeche', ctx.area(r.area))}. Die Flächenangabe im Exposé (Anlage) war gerundet und ist nicht maßgeblich.`);
  point(ctx.pick([], ['Mietzeit', 'Beginn und Dauer']), [
    `Das Mietverhältnis beginnt am ${ctx.v('mietbeginn', dd(start))} und läuft auf unbestimmte Zeit. Die gesetzlichen Kündigungsfristen gelten.`,
    `Die Wohnung wurde am ${ctx.ndate(viewing)} gemeinsam mit dem Makler besichtigt. Die Schlüssel werden ${keys === start ? 'am Tag des Mietbeginns' : `am ${ctx.ndate(keys)}`} im Beisein des Maklers übergeben; darüber wird ein Protokoll gefertigt.`,
  ]);
  n++;
  d.ensure(130);
  d.move(3);
  d.para(`${n}. ${ctx.pick([], ['Miete und Vorauszahlungen', 'Mietzins'])}. Die monatliche Miete setzt sich wie folgt zusammen:`, { after: 4 });
  const lx = d.left + 24;
  const rx = d.left + 330;
  const line = (label: string, value: string, field?: string, bold = false) => {
    d.text(lx, d.y + 9, label, { bold });
    d.text(rx, d.y + 9, value, { align: 'right', bold, field });
    d.move(13);
  };
  line(ctx.pick([], ['a) Nettokaltmiete', 'a) Grundmiete ohne Nebenkosten']), m(r.grundmiete), 'grundmiete');
  line(ctx.pick([], ['b) Vorauszahlung auf die Betriebskosten', 'b) Betriebskostenvorschuss (kalt)']), m(r.nebenkosten), 'nebenkosten');
  if (hk !== undefined) line('c) Vorauszahlung Heizung und Warmwasser', m(hk));
  else line('c) Heizung und Warmwasser', '– entfällt –');
  if (kitchen) line('d) Zuschlag für die Einbauküche', m(kitchen));
  d.hline(d.y + 1, lx, rx, 0.6);
  d.move(3);
  line(ctx.pick([], ['monatlicher Gesamtbetrag', 'insgesamt monatlich']), m(total), undefined, true);
  d.move(2);
  if (hk === undefined) d.para('Die Wohnung wird über eine Gasetagenheizung beheizt; den Liefervertrag schließt der Mieter selbst mit dem Versorger.', { x: lx, size: 8.5, after: 3 });
  d.para(`Die Miete ist monatlich im Voraus, spätestens am dritten Werktag, auf das Konto des Vermieters IBAN ${fake.groupIban(lp.bank.iban)} bei der ${lp.bank.bank.name} zu zahlen. Der Mieter erteilt ${rng.pick(['auf Wunsch', 'gern'])} ein SEPA-Lastschriftmandat.`, { after: 3 });
  point('Betriebskosten', `Umgelegt werden die Betriebskosten nach § 2 BetrKV, soweit sie anfallen, nach dem Verhältnis der Wohnflächen; Wasser und Abwasser nach Verbrauch, soweit Zähler vorhanden sind. Über die Vorauszahlungen wird jährlich abgerechnet.`);
  point('Kaution', `Der Mieter leistet eine Sicherheit von ${m(r.kaution)} (drei Nettokaltmieten). Er darf sie in drei gleichen monatlichen Teilzahlungen erbringen, die erste zu Beginn des Mietverhältnisses.`);
  point(ctx.pick([], ['Maklerprovision', 'Vermittlungsvergütung']), tenantPays
    ? `Der Mieter zahlt an ${agentName} für den Nachweis und die Vermittlung dieser Wohnung eine Provision von ${m(commission)} einschließlich Umsatzsteuer nach gesonderter Vereinbarung. Der Vermieter schuldet dem Makler keine Vergütung.`
    : `Der Vermieter hat ${agentName} mit der Suche nach einem Mieter beauftragt und zahlt die Provision von ${m(commission)} einschließlich Umsatzsteuer (§ 2 Abs. 1a WoVermittG). Vom Mieter wird keine Vergütung verlangt.`);
  point('Kleinreparaturen', `Kosten für kleine Instandhaltungen an Teilen, die dem häufigen Zugriff des Mieters ausgesetzt sind, trägt der Mieter bis ${m(rng.pick([100, 110, 120]))} im Einzelfall, höchstens ${rng.pick(['8 %', '6 %'])} der Jahresnettokaltmiete.`);
  point('Tierhaltung', 'Kleintiere sind erlaubt. Für Hunde und Katzen ist die Zustimmung des Vermieters einzuholen; sie darf nur aus sachlichem Grund verweigert werden.');
  point('Hausordnung und Schönheitsreparaturen', 'Die Hausordnung ist Bestandteil des Vertrages. Die Wohnung wird renoviert übergeben; der Mieter führt Schönheitsreparaturen während der Mietzeit aus, wenn sie nach dem Grad der Abnutzung erforderlich sind.');
  point('Sonstige Vereinbarungen', rng.pick([
    `Der Mieter übernimmt die Gardinenstangen des Vormieters ohne Entgelt. Die Wohnung ist ab ${ctx.ndate(free)} bezugsfrei; Arbeiten vor Mietbeginn nur nach Absprache.`,
    `Der Vermieter lässt vor dem Einzug das Bad neu verfugen. Die Wohnung steht ab ${ctx.ndate(free)} leer.`,
    `Ein Kfz-Stellplatz ist nicht mitvermietet. Die Wohnung ist seit ${ctx.ndate(free)} geräumt.`,
  ]));
  point('Schlussbestimmungen', 'Änderungen und Ergänzungen bedürfen der Textform. Sollte eine Bestimmung unwirksam sein, bleibt der Vertrag im Übrigen wirksam. Jede Partei erhält eine Ausfertigung.');

  // signatures
  d.ensure(110);
  d.move(16);
  const half = W / 2;
  const sy = d.y;
  d.text(d.left, sy + 10, `${city}, den ${ctx.ndate(signed)}`);
  d.text(d.left + half, sy + 10, `${city}, den ${ctx.ndate(signed)}`);
  d.text(d.left + 6, sy + 38, lp.person ? lp.person.last : `i. V. ${rep!.split(' ').at(-1)}`, { font: 'times-italic', size: 15, color: [0.1, 0.15, 0.5] });
  d.text(d.left + half + 6, sy + 38, t.last, { font: 'times-italic', size: 15, color: [0.1, 0.15, 0.5] });
  d.hline(sy + 44, d.left, d.left + half - 20, 0.5);
  d.hline(sy + 44, d.left + half, d.right, 0.5);
  d.text(d.left, sy + 54, 'Vermieter', { size: 7.5, color: GRAY });
  d.text(d.left + half, sy + 54, second ? 'Mieter (beide)' : 'Mieter', { size: 7.5, color: GRAY });
  d.y = sy + 66;
  d.para(`Vermittelt und vorbereitet durch ${agentName}, ${agentPerson.first.split(' ')[0]} ${agentPerson.last} (Kundenberater${agentPerson.gender === 'f' ? 'in' : ''}).`, { size: 7.5, color: GRAY });

  // annex: the listing's data
  d.newPage();
  d.y = 80;
  d.write('Anlage – Objektdaten laut Exposé', { size: 12, bold: true });
  d.write('zur Information; maßgeblich sind die Angaben im Vertrag', { size: 8, color: GRAY });
  d.move(6);
  const exposeArea = Math.round(r.area);
  const kwh = rng.int(55, 230);
  const kwhClass = ['B', 'C', 'D', 'E', 'F', 'G'][[75, 100, 130, 160, 200, 250].findIndex((limit) => kwh < limit)];
  const rows: [string, string][] = [
    ['Objekt-Nr.', listing],
    ['Lage', `${r.flat.plz} ${r.flat.city}, ${r.flat.street}`],
    ['Wohnfläche ca.', `${exposeArea} m²`],
    ['Zimmer', String(r.rooms)],
    ['Etage', r.floor],
    ['Kaltmiete', `${fmt.decimal(Math.round(r.grundmiete), 0)} EUR`],
    ['Nebenkosten ca.', `${fmt.decimal(Math.round(r.nebenkosten + (hk ?? 0)), 0)} EUR${hk === undefined ? ' (ohne Heizung)' : ' (inkl. Heizung)'}`],
    ['Kaution', '3 Nettokaltmieten'],
    ['Baujahr', String(r.built)],
    ['bezugsfrei ab', ctx.ndate(free)],
    ['Energieausweis', `${rng.pick(['Verbrauchsausweis', 'Bedarfsausweis'])}, ${kwh} kWh/(m²·a), Klasse ${kwhClass}`],
    ['wesentlicher Energieträger', hk === undefined ? 'Erdgas (Etagenheizung)' : rng.pick(['Fernwärme', 'Erdgas', 'Heizöl'])],
    ['Energieausweis gültig bis', ctx.ndate(addDays(signed, rng.int(300, 3000)))],
    ['Provision für Mieter', tenantPays ? '2,38 Monatsmieten inkl. MwSt.' : 'provisionsfrei'],
  ];
  for (const [k, v] of rows) {
    d.rect(d.left, d.y, 170, 16, { fill: [0.94, 0.94, 0.94] });
    d.rect(d.left, d.y, W, 16, { stroke: [0.6, 0.6, 0.6], lineWidth: 0.4 });
    d.text(d.left + 5, d.y + 11, k, { size: 8.5 });
    d.text(d.left + 178, d.y + 11, v, { size: 8.5 });
    d.move(16);
  }
  d.move(10);
  d.para(`Besichtigung am ${ctx.ndate(viewing)}, Ansprechpartner${agentPerson.gender === 'f' ? 'in' : ''}: ${agentPerson.first.split(' ')[0]} ${agentPerson.last}, Tel. ${agent.phone}, ${agent.email ?? ''}`, { size: 8.5 });
  ctx.meta = { title: 'Mietvertrag', creator: agentName };
  truth(ctx, r);
}

export const mietvertrag: DocumentKind = {
  type: 'mietvertrag',
  layouts: [
    { id: 'vereinsformular', build: vereinsformular },
    { id: 'privatvertrag', build: privatvertrag },
    { id: 'genossenschaft', build: genossenschaft },
    { id: 'verwaltung-deckblatt', holdout: true, build: verwaltungDeckblatt },
    { id: 'blind-kommunal-zweispaltig', holdout: true, build: blindKommunalZweispaltig },
    { id: 'blind2-staffelmiete-privat', holdout: true, build: blind2Staffelmiete },
    { id: 'blind3-indexmiete-esignatur', holdout: true, build: blind3IndexmieteEsignatur },
    { id: 'blind4-betreutes-wohnen', holdout: true, build: blind4BetreutesWohnen },
    { id: 'blind5-zweisprachig', holdout: true, build: blind5Zweisprachig },
    { id: 'blind6-werkmietwohnung', holdout: true, build: blind6Werkmietwohnung },
    { id: 'blind7-einliegerwohnung-vorlage', holdout: true, build: blind7EinliegerwohnungVorlage },
    { id: 'blind8-moebliert-auf-zeit', holdout: true, build: blind8MoebliertAufZeit },
    { id: 'blind9-wg-untermietvertrag', holdout: true, build: blind9WgUntermietvertrag },
    { id: 'blind10-mietpreisbremse-sepa', holdout: true, build: blind10MietpreisbremseSepa },
    { id: 'blind11-sozialwohnung-kostenmiete', holdout: true, build: blind11SozialwohnungKostenmiete },
    { id: 'blind12-einfamilienhaus-privat', holdout: true, build: blind12EinfamilienhausPrivat },
    { id: 'blind13-schreibwaren-vordruck', holdout: true, build: blind13SchreibwarenVordruck },
    { id: 'blind14-wohnungstausch', holdout: true, build: blind14Wohnungstausch },
    { id: 'blind15-maklervorlage', holdout: true, build: blind15Maklervorlage },
  ],
};
