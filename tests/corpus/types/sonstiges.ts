/**
 * Sonstiges: documents applicants upload that are none of the catalog's types, several of them
 * sharing its words: an electricity bill for the rented flat, a Betriebskostenabrechnung, a
 * cancellation letter, a doctor's invoice, a health insurer's membership certificate, a broadcast
 * fee notice; holdout: a school's letter to parents, an income-tax assessment, a landlord's
 * Wohnungsgeberbestätigung, an earlier Wohngeld notice, a Jobcenter's Bürgergeld notice, the
 * printout of an electronic wage-tax certificate, a Familienkasse's child-benefit notice, a youth
 * office's grant of Unterhaltsvorschuss, a landlord's request for consent to a rent increase, a
 * metering service's heating-cost statement, a student-services office's BAföG notice, a care
 * insurer's notice of the care degree, an employer's social-insurance notifications (§ 25 DEÜV),
 * a town's notice fixing the parents' fee for day care, a health insurer's contribution notice
 * for a voluntary member, a town's notice fixing the second-home tax, a building society's annual
 * statement for a Bausparvertrag with the pre-filled application for the housing-savings premium.
 */
import { addressWindow, bankFooterLines, box, closing, footer, GRAY, infoBlock, LIGHT, letterhead, recipientLines, rechtsbehelf, returnLine, subject, table, HINWEISE, type Cell } from '../blocks.js';
import type { Ctx } from '../context.js';
import { addDays, addMonths, firstOfMonth, iso, lastOfMonth, type IsoDate } from '../dates.js';
import * as fake from '../fake.js';
import { cents, decimal } from '../format.js';
import type { DocumentKind } from '../layout.js';
import { household } from '../household.js';
import { landlord, payroll, rental } from '../scenario.js';

const anrede = (p: fake.Person) => (p.gender === 'f' ? `Sehr geehrte Frau ${p.last},` : `Sehr geehrter Herr ${p.last},`);

function stromrechnung(ctx: Ctx): void {
  const p = fake.person(ctx.rng);
  const a = fake.address(ctx.rng);
  const name = ctx.rng.pick([`Stadtwerke ${a.city} GmbH`, 'enviaM Mitteldeutsche Energie AG', 'Vattenfall Europe Sales GmbH', 'E.ON Energie Deutschland GmbH', `${a.city}er Energieversorgung AG`]);
  const d = ctx.start({ family: 'helvetica', size: 9 });
  letterhead(ctx, { name, unit: 'Kundenservice', extra: [`Servicetelefon ${fake.phone(ctx.rng)}`] });
  returnLine(d, `${name} · Postfach · ${a.plz} ${a.city}`);
  addressWindow(d, recipientLines(ctx, p, a));
  infoBlock(d, [['Kundennummer', ctx.rng.digits(10)], ['Vertragskonto', ctx.rng.digits(12)], ['Rechnungsdatum', ctx.ndate(ctx.today)]]);
  subject(d, ['Jahresverbrauchsabrechnung Strom', `Lieferstelle: ${fake.addressLine(a)} (Mietwohnung)`]);
  d.write(anrede(p));
  const kwh = ctx.rng.int(900, 3600);
  const preis = ctx.rng.float(0.29, 0.42);
  const grund = cents(ctx.rng.float(9, 16) * 12);
  const netto = cents(kwh * preis + grund);
  const abschlaege = cents(netto * ctx.rng.float(0.85, 1.1));
  d.para(`für den Abrechnungszeitraum ${ctx.ndate(addDays(ctx.today, -380))} bis ${ctx.ndate(addDays(ctx.today, -15))} erhalten Sie Ihre Jahresabrechnung. Ihr Verbrauch betrug ${kwh} kWh (Zählernummer ${ctx.rng.digits(2)}ESY${ctx.rng.digits(8)}).`);
  table(ctx, [{ header: 'Position', x: d.left }, { header: 'Menge', x: d.left + 260, align: 'right' }, { header: 'Betrag', x: d.right, align: 'right' }], [
    ['Arbeitspreis', `${kwh} kWh`, ctx.money(cents(kwh * preis))],
    ['Grundpreis', '12 Monate', ctx.money(grund)],
    ['Summe inkl. 19 % USt.', '', ctx.money(netto)],
    ['abzüglich geleistete Abschläge', '', ctx.money(-abschlaege)],
    [netto > abschlaege ? 'Nachzahlung' : 'Guthaben', '', ctx.money(Math.abs(cents(netto - abschlaege)))],
  ], { grid: true });
  d.para(`Ihr neuer monatlicher Abschlag beträgt ${ctx.money(Math.round(netto / 11))}. Hinweis für Mieter: Die Stromkosten sind nicht Bestandteil der Miete oder der Nebenkosten Ihres Vermieters und werden direkt mit uns abgerechnet.`);
  d.para(`Der Betrag wird per SEPA-Lastschrift von Ihrem Konto ${fake.groupIban(fake.bankAccount(ctx.rng).iban)} eingezogen. Gläubiger-ID DE${ctx.rng.digits(2)}ZZZ${ctx.rng.digits(11)}.`);
  footer(d, [[name, `Sitz ${a.city}`], [`Amtsgericht ${a.city} HRB ${ctx.rng.digits(5)}`]], 'Seite x von y');
}

function betriebskostenabrechnung(ctx: Ctx): void {
  const r = rental(ctx.rng, ctx.today);
  const d = ctx.start({ family: ctx.rng.pick(['helvetica', 'times']), size: 9 });
  const ll = r.landlord;
  letterhead(ctx, { name: ll.kind === 'organisation' ? ll.name : `Hausverwaltung ${ll.person!.last}`, unit: 'Betriebskostenabrechnung', extra: [`Tel. ${ll.phone}`] });
  addressWindow(d, recipientLines(ctx, r.tenant, r.flat));
  const year = Number(ctx.today.slice(0, 4)) - 1;
  subject(d, [`Betriebskostenabrechnung ${year}`, `Mietobjekt: ${fake.addressLine(r.flat)}, ${r.floor}`]);
  d.write(anrede(r.tenant));
  d.para(`anbei erhalten Sie die Abrechnung der Betriebskosten für den Zeitraum 01.01.${year} bis 31.12.${year}. Umlageschlüssel ist die Wohnfläche (Ihre Wohnung: ${ctx.area(r.area)}, Gesamtwohnfläche ${ctx.area(cents(r.area * ctx.rng.int(6, 30)))}).`);
  const items = ['Grundsteuer', 'Wasser/Abwasser', 'Müllabfuhr', 'Hausreinigung', 'Gartenpflege', 'Allgemeinstrom', 'Versicherungen', 'Hauswart', 'Schornsteinfeger'];
  const rows: Cell[][] = items.map((i) => [i, ctx.money(cents(ctx.rng.float(800, 9000))), ctx.money(cents(ctx.rng.float(20, 320)))]);
  const share = cents(r.nebenkosten * 12 * ctx.rng.float(0.85, 1.15));
  rows.push(['Summe Ihr Anteil', '', ctx.money(share)]);
  rows.push(['geleistete Vorauszahlungen', '', ctx.money(cents(r.nebenkosten * 12))]);
  table(ctx, [{ header: 'Kostenart', x: d.left }, { header: 'Gesamtkosten', x: d.left + 300, align: 'right' }, { header: 'Ihr Anteil', x: d.right, align: 'right' }], rows, { grid: true, size: 8.5 });
  const diff = cents(share - r.nebenkosten * 12);
  d.para(`Es ergibt sich ${diff > 0 ? 'eine Nachzahlung' : 'ein Guthaben'} von ${ctx.money(Math.abs(diff))}. Die monatliche Vorauszahlung auf die Betriebskosten wird ab ${ctx.date(firstOfMonth(addMonths(ctx.today, 2)))} auf ${ctx.money(cents(share / 12))} angepasst. Ihre Grundmiete von ${ctx.money(r.grundmiete)} bleibt unverändert. Die Heizkostenabrechnung erhalten Sie gesondert.`);
  closing(ctx, { signer: fake.fullName(fake.person(ctx.rng)) });
}

function kuendigung(ctx: Ctx): void {
  const p = fake.person(ctx.rng);
  const a = fake.address(ctx.rng);
  const firm = ctx.rng.pick(['FitX Studio', 'McFit', 'Vodafone GmbH', 'Sky Deutschland', 'Zeitungsverlag', 'Deutsche Glasfaser']);
  const d = ctx.start({ family: ctx.rng.pick(['helvetica', 'times']), size: 11 });
  d.text(d.left, 50, fake.fullName(p), {});
  d.text(d.left, 63, `${a.street} ${a.no}, ${a.plz} ${a.city}`, {});
  addressWindow(d, [firm, 'Kundenservice / Kündigungen', `Postfach ${ctx.rng.digits(5)}`, `${fake.address(ctx.rng).plz} ${fake.address(ctx.rng).city}`]);
  d.text(d.right, 240, `${a.city}, ${ctx.date(ctx.today)}`, { align: 'right' });
  subject(d, [`Kündigung meines Vertrages, Kundennummer ${ctx.rng.digits(8)}`], 270);
  d.write('Sehr geehrte Damen und Herren,');
  d.para(`hiermit kündige ich meinen Vertrag fristgerecht zum nächstmöglichen Zeitpunkt, hilfsweise zum ${ctx.date(lastOfMonth(addMonths(ctx.today, 3)))}. Wegen meines Umzugs in eine neue Mietwohnung und der höheren Miete muss ich meine monatlichen Ausgaben reduzieren.`);
  d.para('Bitte bestätigen Sie mir die Kündigung schriftlich unter Angabe des Beendigungszeitpunktes. Einer Verlängerung oder Kontaktaufnahme zu Werbezwecken widerspreche ich.');
  d.para(`Die Einzugsermächtigung für mein Konto ${fake.groupIban(fake.bankAccount(ctx.rng).iban)} widerrufe ich zum Vertragsende.`);
  closing(ctx, { signer: fake.fullName(p) });
}

function arztrechnung(ctx: Ctx): void {
  const p = fake.person(ctx.rng);
  const a = fake.address(ctx.rng);
  const doc = fake.person(ctx.rng, { titleChance: 1 });
  const d = ctx.start({ family: 'helvetica', size: 9 });
  letterhead(ctx, { name: `Praxis ${doc.title?.startsWith('Dr') ? doc.title : 'Dr. med.'} ${fake.fullName(doc)}`, unit: ctx.rng.pick(['Fachärztin für Allgemeinmedizin', 'Facharzt für Orthopädie', 'Zahnarztpraxis', 'Facharzt für Innere Medizin']), extra: [`Tel. ${fake.phone(ctx.rng)}`] });
  addressWindow(d, recipientLines(ctx, p, a));
  infoBlock(d, [['Rechnungs-Nr.', `${ctx.rng.digits(4)}/${ctx.rng.digits(3)}`], ['Datum', ctx.ndate(ctx.today)]]);
  subject(d, ['Privatliquidation nach GOÄ', `Behandlungszeitraum ${ctx.ndate(addDays(ctx.today, -40))} bis ${ctx.ndate(addDays(ctx.today, -10))}`]);
  const rows: Cell[][] = [];
  let sum = 0;
  for (let i = 0; i < ctx.rng.int(3, 9); i++) {
    const amount = cents(ctx.rng.float(4, 60));
    sum += amount;
    rows.push([ctx.ndate(addDays(ctx.today, -ctx.rng.int(10, 40))), String(ctx.rng.pick([1, 3, 5, 7, 250, 410, 1375])), ctx.rng.pick(['Beratung', 'Untersuchung', 'Blutentnahme', 'Injektion', 'Ultraschall', 'Bericht']), '2,3', ctx.money(amount)]);
  }
  table(ctx, [{ header: 'Datum', x: d.left }, { header: 'GOÄ-Nr.', x: d.left + 65 }, { header: 'Leistung', x: d.left + 115 }, { header: 'Faktor', x: d.left + 330 }, { header: 'Betrag', x: d.right, align: 'right' }], rows, { grid: true });
  d.write(`Rechnungsbetrag: ${ctx.money(cents(sum))}`, { bold: true });
  d.para(`Bitte überweisen Sie den Betrag innerhalb von 30 Tagen auf das Konto IBAN ${fake.groupIban(fake.bankAccount(ctx.rng).iban)} unter Angabe der Rechnungsnummer. Diagnose: ${ctx.rng.pick(['M54.5', 'J06.9', 'I10.90', 'E11.9'])}.`);
}

function mitgliedsbescheinigung(ctx: Ctx): void {
  const p = fake.person(ctx.rng);
  const a = fake.address(ctx.rng);
  const kasse = ctx.rng.pick(fake.KRANKENKASSEN);
  const d = ctx.start({ family: 'helvetica', size: 10 });
  letterhead(ctx, { name: kasse, unit: 'Mitgliederservice' });
  addressWindow(d, recipientLines(ctx, p, a));
  infoBlock(d, [['Versichertennummer', `${ctx.rng.pick(['A', 'K', 'M', 'T'])}${ctx.rng.digits(9)}`], ['Datum', ctx.ndate(ctx.today)]]);
  subject(d, ['Mitgliedsbescheinigung', 'zur Vorlage beim Arbeitgeber / bei Behörden']);
  d.para(`Hiermit bestätigen wir, dass ${ctx.name(p, 'first-last')}, geboren am ${ctx.date(p.birth)}, seit dem ${ctx.date(addDays(ctx.today, -ctx.rng.int(100, 5000)))} bei uns ${ctx.rng.pick(['pflichtversichert', 'freiwillig versichert', 'familienversichert'])} ist. Die Versicherung umfasst die Kranken- und Pflegeversicherung.`);
  d.para(`Der allgemeine Beitragssatz beträgt 14,6 %, der kassenindividuelle Zusatzbeitrag ${decimal(ctx.rng.pick([1.7, 2.5, 2.9, 3.1]), 2)} %.`);
  d.para(ctx.rng.pick(HINWEISE));
  closing(ctx, { signer: `Ihre ${kasse}` });
}

function rundfunkbeitrag(ctx: Ctx): void {
  const p = fake.person(ctx.rng);
  const a = fake.address(ctx.rng);
  const d = ctx.start({ family: 'helvetica', size: 9.5 });
  d.text(d.left, 50, 'ARD ZDF Deutschlandradio', { size: 12, bold: true });
  d.text(d.left, 63, 'Beitragsservice', { size: 10 });
  addressWindow(d, recipientLines(ctx, p, a));
  infoBlock(d, [['Beitragsnummer', `${ctx.rng.digits(3)} ${ctx.rng.digits(3)} ${ctx.rng.digits(3)}`], ['Datum', ctx.ndate(ctx.today)]]);
  subject(d, [ctx.rng.pick(['Zahlungsaufforderung', 'Beitragsinformation', 'Bestätigung Ihrer Anmeldung'])]);
  d.write(anrede(p));
  const from = firstOfMonth(addMonths(ctx.today, 1));
  d.para(`für Ihre Wohnung ${fake.addressLine(a)} ist der Rundfunkbeitrag zu zahlen. Er beträgt monatlich 18,36 Euro und ist vierteljährlich in der Mitte des Dreimonatszeitraums zu zahlen. Für den Zeitraum ${ctx.ndate(from)} bis ${ctx.ndate(lastOfMonth(addMonths(from, 2)))} sind ${ctx.money(55.08)} fällig.`);
  d.para('Empfängerinnen und Empfänger bestimmter Sozialleistungen können sich von der Beitragspflicht befreien lassen. Wohngeld allein berechtigt nicht zur Befreiung.');
  d.para(ctx.rng.pick(HINWEISE));
  footer(d, [['Beitragsservice von ARD, ZDF und Deutschlandradio', '50656 Köln']], 'none');
}

/** holdout: a school's letter to parents (words of a Schulbescheinigung, no certificate) */
function elternbrief(ctx: Ctx): void {
  const a = fake.address(ctx.rng);
  const s = fake.school(ctx.rng, a.city);
  const d = ctx.start({ family: ctx.rng.pick(['helvetica', 'times']), size: 10.5 });
  d.text(d.width / 2, 50, s.name, { size: 13, bold: true, align: 'center' });
  d.text(d.width / 2, 64, `${a.street} ${a.no} · ${a.plz} ${a.city}`, { size: 8.5, align: 'center', color: GRAY });
  d.y = 110;
  d.write(`${a.city}, ${ctx.date(ctx.today)}`, { align: 'right' });
  d.write(ctx.rng.pick(['Elternbrief', 'Einladung zum Elternabend', 'Informationen zur Klassenfahrt']), { size: 14, bold: true });
  d.write('Liebe Eltern, liebe Erziehungsberechtigte,');
  d.para(`wir laden Sie herzlich zum Elternabend der Klasse ${ctx.rng.int(5, 10)}${ctx.rng.pick(['a', 'b', 'c'])} am ${ctx.date(addDays(ctx.today, 14))} um 19:00 Uhr im Raum ${ctx.rng.int(100, 320)} ein. Themen sind die Klassenfahrt, die Leistungsbewertung im Schuljahr und die Wahl der Elternvertreter.`);
  d.para(`Die Kosten der Klassenfahrt betragen voraussichtlich ${ctx.money(ctx.rng.int(180, 420))} pro Schülerin und Schüler. Familien, die Wohngeld, Bürgergeld oder Kinderzuschlag beziehen, können die Übernahme der Kosten über das Bildungs- und Teilhabepaket beantragen; eine Schulbescheinigung stellt das Sekretariat aus.`);
  d.para('Bitte geben Sie den unteren Abschnitt bis Freitag ausgefüllt zurück.');
  d.move(10);
  d.write('Mit freundlichen Grüßen');
  d.write(fake.fullName(fake.person(ctx.rng)) + ', Klassenleitung');
  d.move(20);
  d.write('- - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - - -', { color: GRAY });
  d.write('Name des Kindes: ______________________   Klasse: ______   Teilnahme: ja / nein');
}

/** holdout: an income-tax assessment (income figures, not one of the catalog's documents) */
function steuerbescheid(ctx: Ctx): void {
  const p = fake.person(ctx.rng);
  const a = fake.address(ctx.rng);
  const year = Number(ctx.today.slice(0, 4)) - 1;
  const d = ctx.start({ family: 'helvetica', size: 9 });
  d.text(d.left, 48, `Finanzamt ${a.city}`, { size: 12, bold: true });
  returnLine(d, `Finanzamt ${a.city} · ${a.plz} ${a.city}`);
  addressWindow(d, recipientLines(ctx, p, a));
  infoBlock(d, [['Steuernummer', `${ctx.rng.digits(3)}/${ctx.rng.digits(3)}/${ctx.rng.digits(5)}`], ['Datum', ctx.ndate(ctx.today)], ['Steuer-ID', fake.steuerId(ctx.rng)]]);
  subject(d, [`Bescheid für ${year} über Einkommensteuer und Solidaritätszuschlag`]);
  const brutto = cents(ctx.rng.float(18000, 52000));
  const rows: Cell[][] = [
    ['Bruttoarbeitslohn', ctx.money(brutto)],
    ['Werbungskosten', ctx.money(-1230)],
    ['Einkünfte aus nichtselbständiger Arbeit', ctx.money(cents(brutto - 1230))],
    ['Sonderausgaben', ctx.money(-cents(brutto * 0.2))],
    ['zu versteuerndes Einkommen', ctx.money(cents(brutto * 0.8 - 1230))],
    ['festgesetzte Einkommensteuer', ctx.money(cents(brutto * 0.12))],
    ['abzüglich Lohnsteuer', ctx.money(-cents(brutto * 0.125))],
    ['Erstattung', ctx.money(cents(brutto * 0.005))],
  ];
  table(ctx, [{ header: 'Berechnung', x: d.left }, { header: 'Euro', x: d.right, align: 'right' }], rows, { grid: true, headerFill: LIGHT });
  d.para(`Die Erstattung wird auf das Konto ${fake.groupIban(fake.bankAccount(ctx.rng).iban)} überwiesen. Dieser Bescheid ist nach § 165 AO teilweise vorläufig.`);
  d.para('Rechtsbehelfsbelehrung: Der Bescheid kann mit dem Einspruch angefochten werden. Der Einspruch ist beim oben bezeichneten Finanzamt schriftlich einzureichen oder elektronisch zu übermitteln.');
  footer(d, [[`Finanzamt ${a.city}`], ['Öffnungszeiten Mo–Fr 8–12 Uhr']], 'Seite x von y');
}

/**
 * holdout (blind): a landlord's Wohnungsgeberbestätigung (§ 19 BMG) for the registration office:
 * the words of a Meldebescheinigung and a Mietbescheinigung (move-in date, flat, landlord, persons),
 * but neither of them.
 */
function wohnungsgeberbestaetigung(ctx: Ctx): void {
  const r = rental(ctx.rng, ctx.today);
  const ll = r.landlord;
  const d = ctx.start({ family: 'helvetica', size: 9.5, margins: { left: 56, right: 50, top: 48, bottom: 60 } });
  d.write(ctx.rng.pick(['Wohnungsgeberbestätigung', 'Bestätigung des Wohnungsgebers']), { size: 15, bold: true });
  d.write('nach § 19 des Bundesmeldegesetzes (BMG) – zur Vorlage bei der Meldebehörde', { size: 8.5, color: GRAY });
  d.move(10);
  const ein = ctx.rng.chance(0.8);
  d.checkbox(d.left, d.y + 9, ein);
  d.text(d.left + 14, d.y + 9, 'Einzug');
  d.checkbox(d.left + 90, d.y + 9, !ein);
  d.text(d.left + 104, d.y + 9, 'Auszug');
  d.move(20);
  const field = (label: string, value: string) => {
    d.ensure(30);
    d.text(d.left, d.y + 8, label, { size: 7.5, color: GRAY });
    d.text(d.left, d.y + 21, value, { size: 10 });
    d.hline(d.y + 24, d.left, d.right, 0.4);
    d.y += 30;
  };
  const datum = ein ? addDays(ctx.today, -ctx.rng.int(5, 400)) : addDays(ctx.today, ctx.rng.int(5, 40));
  const owner = ll.kind === 'person' || !/verwaltung/i.test(ll.name);
  field(`Datum des ${ein ? 'Einzugs' : 'Auszugs'}`, ctx.ndate(datum));
  field('Anschrift der Wohnung (Straße, Hausnummer, Zusatz, PLZ, Ort)', `${fake.addressLine(r.flat)}, ${r.floor}`);
  field('Name und Anschrift des Wohnungsgebers', `${ll.name}, ${fake.addressLine(ll.address)}`);
  d.checkbox(d.left, d.y + 9, owner);
  d.text(d.left + 14, d.y + 9, 'Der Wohnungsgeber ist gleichzeitig Eigentümer der Wohnung', { size: 8.5 });
  d.move(14);
  d.checkbox(d.left, d.y + 9, !owner);
  d.text(d.left + 14, d.y + 9, 'Der Wohnungsgeber ist nicht Eigentümer (z. B. Verwaltung); Name und Anschrift des Eigentümers:', { size: 8.5 });
  d.move(14);
  d.text(d.left + 14, d.y + 9, !owner ? `${fake.fullName(fake.person(ctx.rng))}, ${fake.addressLine(fake.address(ctx.rng))}` : '', { size: 9 });
  d.move(20);
  d.write(`Folgende Person(en) ${ein ? 'ist/sind in die' : 'ist/sind aus der'} oben genannte(n) Wohnung ${ein ? 'eingezogen' : 'ausgezogen'}:`, { bold: true, size: 9 });
  const persons = [r.tenant, ...Array.from({ length: Math.max(0, r.bewohner - 1) }, () => fake.person(ctx.rng, { last: ctx.rng.chance(0.7) ? r.tenant.last : undefined }))];
  table(ctx, [{ header: 'Familienname', x: d.left }, { header: 'Vorname(n)', x: d.left + 150 }, { header: 'Geburtsdatum', x: d.left + 300 }],
    persons.map((p) => [p.last, p.first, ctx.ndate(p.birth)]), { grid: true, size: 9 });
  d.move(4);
  d.para('Ich bestätige mit meiner Unterschrift den Ein- bzw. Auszug der oben genannten Person(en) in die bzw. aus der Wohnung. Es ist verboten, eine Wohnanschrift für eine Anmeldung anzubieten oder zur Verfügung zu stellen, wenn ein tatsächlicher Bezug der Wohnung weder stattfindet noch beabsichtigt ist. Ein Verstoß kann mit einer Geldbuße bis zu 50.000 Euro geahndet werden (§ 54 BMG).', { size: 8 });
  d.move(24);
  d.ensure(40);
  d.hline(d.y, d.left, d.left + 170, 0.5);
  d.hline(d.y, d.left + 220, d.right, 0.5);
  d.text(d.left, d.y - 3, `${r.flat.city}, ${ctx.ndate(addDays(datum, -ctx.rng.int(0, 10)))}`, { size: 9 });
  d.text(d.left, d.y + 9, 'Ort, Datum', { size: 7, color: GRAY });
  d.text(d.left + 220, d.y + 9, 'Unterschrift des Wohnungsgebers oder der beauftragten Person', { size: 7, color: GRAY });
  d.move(26);
  d.para(`Rückfragen: ${ll.phone}${ll.kind !== 'person' ? ` · Objekt-Nr. ${ctx.rng.digits(4)}` : ''}. Die Bestätigung ist der meldepflichtigen Person innerhalb von zwei Wochen nach dem ${ein ? 'Einzug' : 'Auszug'} auszuhändigen. Die Anmeldung bei der Meldebehörde ist Sache der meldepflichtigen Person.`, { size: 8, color: GRAY });
}

/**
 * holdout (blind 2): the earlier Wohngeld notice itself (Bewilligungsbescheid), which applicants
 * often enclose with a further application: the household, the rent taken into account, the
 * income, the period of approval and the monthly amount, the bank account: the words of an
 * Antrag and a Mietbescheinigung, but neither of them.
 */
function wohngeldbescheid(ctx: Ctx): void {
  const r = rental(ctx.rng, ctx.today);
  const p = r.tenant;
  const d = ctx.start({ family: ctx.rng.pick(['helvetica', 'times']), size: 9.5 });
  const city = r.flat.city;
  const amt = ctx.rng.pick([`Stadt ${city}`, `Stadtverwaltung ${city}`, `Landeshauptstadt ${city}`]);
  const unit = ctx.rng.pick(['Wohngeldbehörde', 'Amt für Wohnungswesen – Wohngeldstelle', 'Sachgebiet Wohngeld']);
  d.text(d.left, 46, amt, { size: 12, bold: true });
  d.text(d.left, 59, unit, { size: 9 });
  returnLine(d, `${amt} · ${unit} · ${r.flat.plz} ${city}`);
  addressWindow(d, recipientLines(ctx, p, r.flat));
  const wgNr = `${ctx.rng.digits(3)}.${ctx.rng.digits(6)}`;
  infoBlock(d, [['Wohngeldnummer', wgNr], ['Sachbearbeitung', fake.fullName(fake.person(ctx.rng))], ['Telefon', fake.phone(ctx.rng)], ['Datum', ctx.ndate(addDays(ctx.today, -ctx.rng.int(200, 340)))]], { labelWidth: 82 });
  const von = firstOfMonth(addDays(ctx.today, -ctx.rng.int(250, 330)));
  const bis = lastOfMonth(addMonths(von, 11));
  subject(d, ['Bescheid über Wohngeld (Mietzuschuss)', `Bewilligungszeitraum ${ctx.ndate(von)} bis ${ctx.ndate(bis)}`]);
  d.write(anrede(p));
  const members = r.bewohner;
  const miete = cents(r.grundmiete + r.nebenkosten);
  const hoechst = cents(ctx.rng.pick([338, 411, 496, 577, 661]) + (members - 1) * 95);
  const beruecksichtigt = Math.min(miete, hoechst);
  const einkommen = cents(ctx.rng.float(700, 1900) + members * 150);
  const wohngeld = Math.max(20, Math.round(ctx.rng.float(60, 420)));
  d.para(`auf Ihren Antrag vom ${ctx.date(addDays(von, ctx.rng.int(-20, 10)))} wird Ihnen für die Zeit vom ${ctx.date(von)} bis ${ctx.date(bis)} ein Mietzuschuss in Höhe von monatlich ${ctx.money(wohngeld)} bewilligt.`);
  d.para('Der Berechnung liegen folgende Werte zugrunde:');
  const rows: Cell[][] = [
    ['Zahl der zu berücksichtigenden Haushaltsmitglieder', String(members)],
    ['Mietstufe der Gemeinde', ['I', 'II', 'III', 'IV', 'V'][ctx.rng.int(0, 4)]],
    ['Miete lt. Mietbescheinigung (ohne Heizkosten)', ctx.money(miete)],
    ['Höchstbetrag nach § 12 Abs. 1 WoGG', ctx.money(hoechst)],
    ['Entlastungsbetrag Heizkosten (§ 12 Abs. 6 WoGG)', ctx.money(cents(members * 19.2))],
    ['Klimakomponente (§ 12 Abs. 7 WoGG)', ctx.money(cents(members * 0.4 * 10))],
    ['zu berücksichtigende Miete', ctx.money(cents(beruecksichtigt + members * 19.2 + members * 4))],
    ['monatliches Gesamteinkommen', ctx.money(einkommen)],
    ['Wohngeld monatlich', ctx.money(wohngeld)],
  ];
  table(ctx, [{ header: 'Berechnungsgrundlage', x: d.left }, { header: 'Betrag / Wert', x: d.right, align: 'right' }], rows, { grid: true, headerFill: LIGHT, size: 9 });
  d.para(`Das Wohngeld wird monatlich im Voraus auf das Konto IBAN ${fake.groupIban(fake.bankAccount(ctx.rng).iban)} gezahlt. Bei der Berechnung wurden folgende Einkommen berücksichtigt: ${ctx.rng.pick(['Arbeitsentgelt', 'Rente', 'Arbeitslosengeld', 'Elterngeld'])} der antragstellenden Person${members > 1 ? ' sowie Einkommen weiterer Haushaltsmitglieder' : ''}, jeweils abzüglich der pauschalen Abzüge nach § 16 WoGG.`);
  d.para(`Wohngeld wird nur für den Bewilligungszeitraum gezahlt. Wenn Sie auch danach Wohngeld erhalten möchten, stellen Sie bitte rechtzeitig vor dem ${ctx.date(bis)} einen Weiterleistungsantrag. Änderungen, insbesondere ein Auszug von Haushaltsmitgliedern oder eine Erhöhung des Einkommens um mehr als 15 %, sind unverzüglich mitzuteilen (§ 27 WoGG).`);
  d.para(ctx.rng.pick(HINWEISE));
  d.move(2);
  d.write('Rechtsbehelfsbelehrung', { bold: true });
  d.para(`Gegen diesen Bescheid kann innerhalb eines Monats nach Bekanntgabe Widerspruch erhoben werden. Der Widerspruch ist bei der Stadt ${city}, ${unit}, schriftlich oder zur Niederschrift einzulegen.`, { size: 9 });
  closing(ctx, { signer: fake.fullName(fake.person(ctx.rng)), auftrag: true });
  footer(d, [[amt, unit], [`Wohngeldnummer ${wgNr}`]], 'Seite x von y');
}

/**
 * holdout (blind 3): a Jobcenter's notice granting Bürgergeld (SGB II) to a household: the period of
 * approval and the monthly total in a small table, the account it is paid to, the rent partly paid
 * to the landlord; a Berechnungsbogen with one column per member (standard needs, basic rent,
 * operating and heating costs, child benefit as income): the words of an Arbeitslosengeld notice,
 * a Mietbescheinigung and an Antrag, but none of them.
 */
function buergergeldbescheid(ctx: Ctx): void {
  const r = rental(ctx.rng, ctx.today);
  const p = r.tenant;
  const age = (b: string) => Number(ctx.today.slice(0, 4)) - Number(b.slice(0, 4)) - (ctx.today.slice(5) < b.slice(5) ? 1 : 0);
  // Bürgergeld ends at the pension age
  if (age(p.birth) > 62) p.birth = `${Number(p.birth.slice(0, 4)) + 25}${p.birth.slice(4)}`;
  // the Bedarfsgemeinschaft: partner and unmarried children under 25, at most four people in the sheet
  const bg = household(ctx.rng, p, ctx.today)
    .filter((m) => m.relation !== 'Mutter' && m.relation !== 'Vater' && (/Kind|Sohn|Tochter/.test(m.relation) ? age(m.person.birth) < 25 : true))
    .slice(0, 3);
  const people = [{ person: p, relation: 'Antragsteller/in' }, ...bg.map((m) => ({ person: m.person, relation: m.relation }))];
  const partner = bg.some((m) => !/Kind|Sohn|Tochter/.test(m.relation));
  const regel = (x: { person: fake.Person; relation: string }, i: number) => {
    const a = age(x.person.birth);
    if (i === 0 || !/Kind|Sohn|Tochter/.test(x.relation)) return partner ? 506 : 563;
    return a < 6 ? 357 : a < 14 ? 390 : a < 18 ? 471 : 451;
  };
  const n = people.length;
  // Mehrbedarf for single parents (§ 21 Abs. 3 SGB II): 36 % with a child under 7 or two under 16, else 12 % per minor child, at most 60 %
  const minors = bg.filter((m) => /Kind|Sohn|Tochter/.test(m.relation) && age(m.person.birth) < 18).map((m) => age(m.person.birth));
  const alleinerziehend = minors.length ? Math.min(60, Math.max(minors.some((a) => a < 7) || minors.filter((a) => a < 16).length >= 2 ? 36 : 0, 12 * minors.length)) : 0;
  const share = (v: number, i: number) => (i < n - 1 ? cents(v / n) : cents(v - cents(v / n) * (n - 1)));
  const heiz = r.heizkosten ?? cents(r.area * 1.4);
  const kindergeld = 255;
  const erwerb = ctx.rng.chance(0.4) ? cents(ctx.rng.float(120, 480)) : 0;
  const cols = people.map((x, i) => {
    const isChild = i > 0 && /Kind|Sohn|Tochter/.test(x.relation);
    const mehr = i === 0 && !partner ? cents((563 * alleinerziehend) / 100) : 0;
    const bedarf = cents(regel(x, i) + mehr + share(r.grundmiete, i) + share(r.nebenkosten, i) + share(heiz, i));
    const einkommen = cents((isChild && age(x.person.birth) < 25 ? kindergeld : 0) + (i === 0 ? erwerb : 0));
    return { x, regel: regel(x, i), mehr, gm: share(r.grundmiete, i), nk: share(r.nebenkosten, i), hk: share(heiz, i), bedarf, einkommen, anspruch: Math.max(0, cents(bedarf - einkommen)) };
  });
  const total = cents(cols.reduce((t, c) => t + c.anspruch, 0));
  const kdu = cents(r.grundmiete + r.nebenkosten + heiz);
  const von = firstOfMonth(addDays(ctx.today, ctx.rng.int(-40, 20)));
  const bis = lastOfMonth(addMonths(von, 11));
  const city = r.flat.city;
  const d = ctx.start({ family: 'helvetica', size: 9.5, margins: { left: 64, right: 52, top: 56, bottom: 72 } });
  const jc = ctx.rng.pick([`Jobcenter ${city}`, `Jobcenter ${city}`, `Jobcenter ${city}-${ctx.rng.pick(['Nord', 'Süd', 'Mitte'])}`]);
  d.text(d.left, 46, jc, { size: 14, bold: true, color: [0.75, 0.05, 0.1] });
  d.text(d.left, 60, ctx.rng.pick(['gemeinsame Einrichtung der Bundesagentur für Arbeit und der Stadt', 'Leistungsbereich – Team 4', 'Grundsicherung für Arbeitsuchende']), { size: 8.5, color: GRAY });
  const office = fake.sameCityAddress(ctx.rng, r.flat);
  returnLine(d, `${jc} · ${office.street} ${office.no} · ${office.plz} ${office.city}`);
  addressWindow(d, recipientLines(ctx, p, r.flat));
  const bgNr = `${ctx.rng.digits(5)}BG${ctx.rng.digits(7)}`;
  infoBlock(d, [
    ['Nummer der BG', bgNr],
    ['Kundennummer', fake.baKundennummer(ctx.rng)],
    ['Ihr Zeichen', '–'],
    ['Bearbeitet von', ((c) => `${c.gender === 'f' ? 'Frau' : 'Herr'} ${c.last}`)(fake.person(ctx.rng))],
    ['Telefon', fake.phone(ctx.rng)],
    ['Datum', ctx.ndate(addDays(von, -ctx.rng.int(5, 25)))],
  ], { labelWidth: 80 });
  subject(d, ['Bescheid über Leistungen zur Sicherung des Lebensunterhalts (Bürgergeld)', `nach dem Zweiten Buch Sozialgesetzbuch (SGB II) – Weiterbewilligung`]);
  d.write(anrede(p));
  d.para(`auf Ihren Antrag vom ${ctx.date(addDays(von, -ctx.rng.int(20, 50)))} werden Ihnen und den mit Ihnen in einer Bedarfsgemeinschaft lebenden Personen für die Zeit vom ${ctx.date(von)} bis ${ctx.date(bis)} Leistungen in folgender Höhe bewilligt:`);
  table(ctx, [
    { header: 'Zeitraum', x: d.left },
    { header: 'monatlicher Gesamtbetrag', x: d.left + 300, align: 'right' },
    { header: 'davon Unterkunft und Heizung', x: d.right, align: 'right' },
  ], [[`${ctx.ndate(von)} – ${ctx.ndate(bis)}`, ctx.money(total), ctx.money(Math.min(total, kdu))]], { size: 9, grid: true, headerFill: LIGHT });
  const direct = ctx.rng.chance(0.4) && total > kdu;
  const own = fake.bankAccount(ctx.rng);
  if (direct)
    d.para(`Auf Ihren Wunsch werden die Kosten der Unterkunft in Höhe von ${ctx.money(cents(r.grundmiete + r.nebenkosten))} monatlich direkt an ${r.landlord.name}, IBAN ${fake.groupIban(r.landlord.bank.iban)}, gezahlt (§ 22 Abs. 7 SGB II). Der übrige Betrag von ${ctx.money(cents(total - r.grundmiete - r.nebenkosten))} wird auf Ihr Konto IBAN ${fake.groupIban(own.iban)} überwiesen.`);
  else d.para(`Der Betrag wird monatlich im Voraus auf Ihr Konto IBAN ${fake.groupIban(own.iban)} (${own.bank.name}) überwiesen.`);
  d.para(`Als Bedarfe für Unterkunft und Heizung wurden die tatsächlichen Aufwendungen für Ihre Wohnung ${fake.addressLine(r.flat)} (${ctx.area(r.area)}, ${n} Person${n > 1 ? 'en' : ''}) anerkannt: Grundmiete ${ctx.money(r.grundmiete)}, Nebenkosten ${ctx.money(r.nebenkosten)}, Heizkosten ${ctx.money(heiz)}. Sie sind angemessen.`);
  if (erwerb) d.para(`Ihr Einkommen aus Erwerbstätigkeit wurde nach Abzug der Freibeträge (§ 11b SGB II) mit ${ctx.money(erwerb)} monatlich berücksichtigt. Bitte reichen Sie die Lohnabrechnungen jeweils bis zum 10. des Folgemonats ein.`);
  d.para('Die Berechnung der Leistungen für jede Person der Bedarfsgemeinschaft entnehmen Sie bitte dem beigefügten Berechnungsbogen. Er ist Bestandteil dieses Bescheides.');
  d.para('Sie sind verpflichtet, jede Änderung in Ihren Verhältnissen – insbesondere Arbeitsaufnahme, Umzug, Änderungen des Einkommens oder der Zahl der Personen im Haushalt – unverzüglich mitzuteilen (§ 60 SGB I).');
  d.ensure(80);
  d.write('Rechtsbehelfsbelehrung', { bold: true });
  d.para(`Gegen diesen Bescheid kann jede betroffene Person innerhalb eines Monats nach Bekanntgabe Widerspruch erheben. Der Widerspruch ist schriftlich, zur Niederschrift oder elektronisch beim ${jc}, ${office.street} ${office.no}, ${office.plz} ${office.city}, einzulegen.`, { size: 9 });
  closing(ctx, { greeting: 'Mit freundlichen Grüßen', signer: 'Ihr Jobcenter' });
  // the Berechnungsbogen: one column per person
  d.newPage();
  d.write('Berechnungsbogen', { size: 13, bold: true });
  d.write(`Nummer der Bedarfsgemeinschaft ${bgNr} · Bewilligungszeitraum ${ctx.ndate(von)} bis ${ctx.ndate(bis)} · Beträge in Euro monatlich`, { size: 8, color: GRAY });
  d.move(8);
  const labelW = 160;
  const cw = (d.contentWidth - labelW) / n;
  const top = d.y;
  d.rect(d.left - 2, top, d.contentWidth + 4, 36, { fill: LIGHT });
  d.text(d.left, top + 10, 'Person', { size: 8, bold: true });
  cols.forEach((c, i) => {
    const x = d.left + labelW + (i + 1) * cw - 4;
    // long double names shrink to the column
    const size = Math.min(7.5, (7.5 * (cw - 8)) / d.measure(c.x.person.last, { size: 7.5, bold: true }));
    d.text(x, top + 10, c.x.person.first.split(' ')[0], { size: 7.5, bold: true, align: 'right' });
    d.text(x, top + 20, c.x.person.last, { size, bold: true, align: 'right' });
    d.text(x, top + 31, `geb. ${ctx.ndate(c.x.person.birth)}`, { size: 7, align: 'right' });
  });
  d.y = top + 40;
  const line = (label: string, values: (number | string)[], bold = false) => {
    d.row([{ x: d.left, text: label, size: 8.5, bold, width: labelW - 6 }, ...values.map((v, i) => ({ x: d.left + labelW + (i + 1) * cw - 4, text: typeof v === 'number' ? decimal(v) : v, size: 8.5, bold, align: 'right' as const }))], { size: 8.5, minHeight: 14 });
    d.hline(d.y - 2, d.left, d.right, 0.2, LIGHT);
  };
  const sect = (t: string) => {
    d.move(4);
    d.write(t, { bold: true, size: 9 });
  };
  sect('Bedarfe');
  line('Regelbedarf', cols.map((c) => c.regel));
  if (cols.some((c) => c.mehr)) line('Mehrbedarf Alleinerziehung', cols.map((c) => c.mehr));
  line('Grundmiete (Kopfteil)', cols.map((c) => c.gm));
  line('Nebenkosten (Kopfteil)', cols.map((c) => c.nk));
  line('Heizkosten (Kopfteil)', cols.map((c) => c.hk));
  line('Gesamtbedarf', cols.map((c) => c.bedarf), true);
  sect('Zu berücksichtigendes Einkommen');
  if (cols.some((c) => c.einkommen && c.x.relation !== 'Antragsteller/in')) line('Kindergeld', cols.map((c, i) => (i > 0 && c.einkommen ? kindergeld : 0)));
  if (erwerb) line('Erwerbseinkommen (bereinigt)', cols.map((_, i) => (i === 0 ? erwerb : 0)));
  line('Summe Einkommen', cols.map((c) => c.einkommen), true);
  sect('Leistungsanspruch');
  line('Bürgergeld je Person', cols.map((c) => c.anspruch), true);
  d.move(6);
  d.para(`Gesamtanspruch der Bedarfsgemeinschaft: ${ctx.money(total)} monatlich. Einkommen, das den Bedarf eines Kindes übersteigt, wird beim Elternteil berücksichtigt.`, { size: 9 });
  footer(d, [[jc, `${office.street} ${office.no}, ${office.plz} ${office.city}`], ['Servicetelefon 0800 4 5555 00 (gebührenfrei)', 'www.jobcenter-ge.de']], 'Seite x von y');
}

/**
 * holdout (blind 4): the printout of the electronic wage-tax certificate (Ausdruck der
 * elektronischen Lohnsteuerbescheinigung) that employers hand out after the year: the employee in
 * the window, identification number, personnel number and birth date below it, the tax class and
 * the employer with its tax office at the left; at the right the numbered lines of the year's
 * figures in euro and cent columns (gross pay, wage tax, church tax, pension, health, care and
 * unemployment contributions of the employee, the employer's pension share); the notes for the
 * employee on a second page: the words and figures of a Lohnabrechnung, but a yearly certificate.
 */
function lohnsteuerbescheinigung(ctx: Ctx): void {
  const pay = payroll(ctx.rng, ctx.today);
  const year = Number(ctx.today.slice(0, 4)) - 1;
  const startMonth = Number(pay.eintritt.slice(0, 4)) === year ? Number(pay.eintritt.slice(5, 7)) : Number(pay.eintritt.slice(0, 4)) > year ? ctx.rng.int(2, 9) : 1;
  const months = 13 - startMonth;
  const f = ctx.rng.float(0.96, 1.0);
  const yearly = (v: number) => cents(v * months * f);
  const p = pay.employee;
  const pad = (n: number) => String(n).padStart(2, '0');
  const d = ctx.start({ family: 'helvetica', size: 8.5, margins: { left: 50, right: 44, top: 40, bottom: 60 } });
  d.text(d.left, 44, `Ausdruck der elektronischen Lohnsteuerbescheinigung für ${year}`, { size: 12, bold: true });
  d.text(d.left, 56, 'Nachfolgende Daten wurden maschinell an die Finanzverwaltung übertragen.', { size: 7.5, color: GRAY });
  const er = pay.employer;
  d.text(d.left, 124, `${er.name} · ${er.address.street} ${er.address.no} · ${er.address.plz} ${er.address.city}`, { size: 6.5, color: GRAY });
  addressWindow(d, [`${p.first} ${p.last}`, `${pay.address.street} ${pay.address.no}`, `${pay.address.plz} ${pay.address.city}`], 140);
  // particulars at the left under the window
  const left: [string, string][] = [
    ['Datum', ctx.ndate(addDays(`${year + 1}-01-01`, ctx.rng.int(10, 60)))],
    ['Identifikationsnummer', pay.steuerId],
    ['Personalnummer', pay.personalnummer],
    ['Geburtsdatum', ctx.ndate(p.birth)],
    ['Transferticket', `${p.last.normalize('NFD').replace(/[^A-Za-z]/g, '').slice(0, 4).toUpperCase()}${p.first.normalize('NFD').replace(/[^A-Za-z]/g, '').slice(0, 4).toUpperCase()}${p.birth.slice(2, 4)}${'ABCDEFGHJKLM'[Number(p.birth.slice(5, 7)) - 1]}${p.birth.slice(8, 10)}`],
  ];
  let y = 210;
  for (const [l, v] of left) {
    d.text(d.left, y, l, { size: 7.5, color: GRAY });
    d.text(d.left + 100, y, v, { size: 8.5 });
    y += 12;
  }
  y += 8;
  d.text(d.left, y, 'Dem Lohnsteuerabzug wurden im letzten', { size: 7.5 });
  d.text(d.left, y + 9, 'Lohnzahlungszeitraum zugrunde gelegt:', { size: 7.5 });
  y += 16;
  const heads = ['Steuerklasse / Faktor', 'Zahl der Kinder- freibeträge', 'Kirchensteuer- merkmale', 'gültig ab'];
  const vals = [String(pay.steuerklasse), pay.kinderfreibetrag ? decimal(pay.kinderfreibetrag, 1) : '0', pay.konfession, `${pad(startMonth)}.01.${year}`];
  const cw = 58;
  heads.forEach((h, i) => {
    d.rect(d.left + i * cw, y, cw, 30, { stroke: GRAY, lineWidth: 0.4 });
    d.wrap(h, cw - 6, { size: 6 }).forEach((l, j) => d.text(d.left + i * cw + 3, y + 7 + j * 6.5, l, { size: 6, color: GRAY }));
    d.text(d.left + i * cw + 3, y + 26, vals[i], { size: 8.5 });
  });
  y += 44;
  d.text(d.left, y, 'Anschrift und Steuernummer des lohnsteuerlichen Arbeitgebers:', { size: 7.5, color: GRAY });
  [er.name, `${er.address.street} ${er.address.no}`, `${er.address.plz} ${er.address.city}`, `Steuernummer ${ctx.rng.digits(3)}/${ctx.rng.digits(3)}/${ctx.rng.digits(5)}`].forEach((l, i) => d.text(d.left, y + 11 + i * 10, l, { size: 8.5 }));
  y += 60;
  d.text(d.left, y, 'Finanzamt, an das die Lohnsteuer abgeführt wurde', { size: 7.5, color: GRAY });
  d.text(d.left, y + 9, '(Name und vierstellige Nummer):', { size: 7.5, color: GRAY });
  d.text(d.left, y + 21, `Finanzamt ${er.address.city}${ctx.rng.chance(0.3) ? ' I' : ''} (${ctx.rng.digits(4)})`, { size: 8.5 });
  // the numbered lines at the right
  const rx = 300;
  const eur = d.right - 26;
  const ct = d.right;
  let ry = 80;
  const line = (no: string, label: string, amount?: number | string) => {
    const lines = d.wrap(label, eur - 44 - rx - 22, { size: 7 });
    const h = Math.max(15, lines.length * 8 + 6);
    d.rect(rx, ry, d.right - rx, h, { stroke: GRAY, lineWidth: 0.3 });
    d.line(eur - 42, ry, eur - 42, ry + h, 0.3, GRAY);
    if (typeof amount !== 'string') d.line(eur + 2, ry, eur + 2, ry + h, 0.3, GRAY);
    d.text(rx + 3, ry + 9, no, { size: 7, bold: true });
    lines.forEach((l, i) => d.text(rx + 20, ry + 9 + i * 8, l, { size: 7 }));
    if (typeof amount === 'string') d.text(eur - 38, ry + 10, amount, { size: 8 });
    else if (amount !== undefined) {
      const [e, c] = decimal(amount).split(',');
      d.text(eur - 2, ry + 10, e, { size: 8.5, align: 'right' });
      d.text(ct - 3, ry + 10, c, { size: 8.5, align: 'right' });
    }
    ry += h;
  };
  d.rect(rx, ry - 12, d.right - rx, 12, { fill: [0.9, 0.9, 0.9] });
  d.text(eur - 2, ry - 3, 'EUR', { size: 7, bold: true, align: 'right' });
  d.text(ct - 3, ry - 3, 'Ct', { size: 7, bold: true, align: 'right' });
  const steuerfrei = pay.zulagen.filter((z) => z.steuerfrei);
  const fahrt = steuerfrei.find((z) => z.label.startsWith('Fahrtkosten'));
  const steuerBrutto = yearly(pay.steuerBrutto);
  const lohnsteuer = yearly(pay.lohnsteuer);
  const rv = yearly(pay.rv);
  line('1.', 'Dauer des Dienstverhältnisses', `${pad(1)}.${pad(startMonth)}. – 31.12.`);
  line('2.', 'Zeiträume ohne Anspruch auf Arbeitslohn', 'Anzahl „U“: 0');
  line('', 'Großbuchstaben (S, M, F, FR)', ctx.rng.chance(0.2) ? 'F' : '');
  line('3.', 'Bruttoarbeitslohn einschl. Sachbezüge ohne 9. und 10.', steuerBrutto);
  line('4.', 'Einbehaltene Lohnsteuer von 3.', lohnsteuer);
  line('5.', 'Einbehaltener Solidaritätszuschlag von 3.', pay.soli ? yearly(pay.soli) : undefined);
  line('6.', 'Einbehaltene Kirchensteuer des Arbeitnehmers von 3.', pay.kirchensteuer ? yearly(pay.kirchensteuer) : undefined);
  line('7.', 'Einbehaltene Kirchensteuer des Ehegatten/Lebenspartners von 3. (nur bei konfessionsverschiedener Ehe)', undefined);
  line('8.', 'In 3. enthaltene Versorgungsbezüge', undefined);
  line('15.', 'Kurzarbeitergeld, Zuschuss zum Mutterschaftsgeld, Verdienstausfallentschädigung, Aufstockungsbetrag', undefined);
  line('17.', 'Steuerfreie Arbeitgeberleistungen, die auf die Entfernungspauschale anzurechnen sind', fahrt ? yearly(fahrt.amount) : undefined);
  line('20.', 'Steuerfreie Verpflegungszuschüsse bei Auswärtstätigkeit', ctx.rng.chance(0.2) ? cents(ctx.rng.float(14, 280)) : undefined);
  line('22.', 'Arbeitgeberanteil a) zur gesetzlichen Rentenversicherung', rv);
  line('23.', 'Arbeitnehmeranteil a) zur gesetzlichen Rentenversicherung', rv);
  line('24.', 'Steuerfreie Arbeitgeberzuschüsse a) zur gesetzlichen Krankenversicherung', undefined);
  line('25.', 'Arbeitnehmerbeiträge zur gesetzlichen Krankenversicherung', yearly(pay.kv));
  line('26.', 'Arbeitnehmerbeiträge zur sozialen Pflegeversicherung', yearly(pay.pv));
  line('27.', 'Arbeitnehmerbeiträge zur Arbeitslosenversicherung', yearly(pay.av));
  line('28.', 'Beiträge zur privaten Kranken- und Pflege-Pflichtversicherung oder Mindestvorsorgepauschale', undefined);
  line('33.', 'Ausgezahltes Kindergeld', undefined);
  d.text(rx, ry + 12, `Krankenkasse: ${pay.krankenkasse} · Zusatzbeitrag ${decimal(pay.kvZusatz, 2)} %`, { size: 7, color: GRAY });
  d.y = Math.max(ry + 30, y + 44);
  d.para(`Korrektur: nein. Diese Bescheinigung ersetzt nicht die monatlichen Entgeltabrechnungen; bewahren Sie sie für Ihre Einkommensteuererklärung ${year} auf.`, { size: 7.5 });
  // the notes for the employee on the back
  d.newPage();
  d.write('Hinweise für den Arbeitnehmer', { size: 11, bold: true });
  d.move(4);
  const notes = [
    'Die Daten dieser Lohnsteuerbescheinigung wurden Ihrem Finanzamt elektronisch übermittelt. Sie werden in Ihrer Einkommensteuererklärung automatisch berücksichtigt; Sie müssen sie nicht erneut eintragen.',
    `Der in Nummer 3 bescheinigte Bruttoarbeitslohn enthält nicht die steuerfreien Bezüge. Er ist nicht identisch mit der Summe der monatlichen Bruttobezüge Ihrer Entgeltabrechnungen, wenn steuerfreie Zuschläge gezahlt wurden.`,
    'Die Beiträge zur Sozialversicherung in den Nummern 22 bis 27 sind Jahresbeträge. Sie können sie als Vorsorgeaufwendungen in der Einkommensteuererklärung geltend machen.',
    'Weicht eine Angabe von Ihren Unterlagen ab, wenden Sie sich bitte an die Entgeltabrechnung Ihres Arbeitgebers. Eine Änderung der Bescheinigung ist nur bis zum 28. Februar des Folgejahres möglich.',
    `Ihre persönliche Identifikationsnummer (${pay.steuerId}) wurde Ihnen vom Bundeszentralamt für Steuern mitgeteilt. Geben Sie sie bei allen Anfragen an Ihr Finanzamt an.`,
  ];
  notes.forEach((n, i) => d.para(`${i + 1}. ${n}`, { size: 8.5 }));
  footer(d, [[er.name, `${er.address.street} ${er.address.no}, ${er.address.plz} ${er.address.city}`], ['Entgeltabrechnung', er.phone]], 'Seite x von y');
}

/**
 * holdout (blind 5): a Familienkasse's child-benefit notice (Kindergeld, EStG): the Kindergeld
 * number in the reference block and the subject; the decision for a newborn child or for a child
 * over 18 kept on while at school (on the strength of a school certificate); a table of all
 * children with their order, birth date, months from and to and the monthly amount; a back payment,
 * the account, duties to report and an objection (Einspruch) under the tax code: the words of an
 * Elterngeld notice and of a school certificate, but neither
 */
function kindergeldbescheid(ctx: Ctx): void {
  const rng = ctx.rng;
  const parent = fake.person(rng, { bornFrom: 1975, bornTo: 1995, gender: rng.chance(0.7) ? 'f' : 'm' });
  parent.title = undefined;
  const a = fake.address(rng);
  const year = Number(ctx.today.slice(0, 4));
  const rate = year >= 2025 ? 255 : 250;
  const plz = Number(a.plz[0]);
  const kasse = `Familienkasse ${['Sachsen', 'Berlin-Brandenburg', 'Nord', 'Niedersachsen-Bremen', 'Nordrhein-Westfalen Ost', 'Nordrhein-Westfalen West', 'Hessen', 'Baden-Württemberg West', 'Bayern Süd', 'Bayern Nord'][plz]}`;
  const fkNr = `${rng.digits(3)}FK${rng.digits(6)}`;
  const newborn = rng.chance(0.5);
  const monthText = (iso: string) => `${fake.MONTHS_DE[Number(iso.slice(5, 7)) - 1]} ${iso.slice(0, 4)}`;
  const kids: { p: fake.Person; from: string; to: string; note: string }[] = [];
  const birthYear = Number(parent.birth.slice(0, 4));
  const older = rng.int(0, 2);
  for (let i = 0; i < older; i++) {
    const p = fake.person(rng, { last: parent.last, bornFrom: Math.max(birthYear + 20, year - 16), bornTo: year - 2 });
    p.title = undefined;
    kids.push({ p, from: firstOfMonth(p.birth), to: lastOfMonth(addMonths(p.birth, 18 * 12)), note: 'bisher' });
  }
  let subjectKid: fake.Person;
  let from: string;
  let to: string;
  let evidence: string | undefined;
  const message = addDays(ctx.today, -rng.int(12, 40));
  if (newborn) {
    subjectKid = fake.person(rng, { last: parent.last, bornFrom: year, bornTo: year });
    subjectKid.birth = addDays(ctx.today, -rng.int(25, 150));
    from = firstOfMonth(subjectKid.birth);
    // the month of the 18th birthday still counts
    to = lastOfMonth(addMonths(subjectKid.birth, 18 * 12));
  } else {
    subjectKid = fake.person(rng, { last: parent.last, bornFrom: year - 18, bornTo: year - 18 });
    subjectKid.birth = addDays(ctx.today, -(18 * 365 + rng.int(10, 120)));
    from = firstOfMonth(addMonths(subjectKid.birth, 18 * 12 + 1));
    to = `${Number(ctx.today.slice(0, 4)) + rng.int(1, 2)}-07-31`;
    evidence = message;
  }
  subjectKid.title = undefined;
  kids.push({ p: subjectKid, from, to, note: newborn ? 'neu' : 'weiter' });
  kids.sort((x, y) => (x.p.birth < y.p.birth ? -1 : 1));
  const months = Math.max(0, (Number(ctx.today.slice(0, 4)) - Number(from.slice(0, 4))) * 12 + Number(ctx.today.slice(5, 7)) - Number(from.slice(5, 7)));
  const back = months * rate;
  const konto = fake.bankAccount(rng);
  const d = ctx.start({ family: 'helvetica', size: 9.5 });
  d.text(d.left, 48, kasse, { size: 12, bold: true });
  d.text(d.left, 61, 'Bundesagentur für Arbeit', { size: 8.5, color: GRAY });
  returnLine(d, `${kasse} · 90${rng.digits(3)} Nürnberg`);
  addressWindow(d, recipientLines(ctx, parent, a));
  infoBlock(d, [
    ['Kindergeldnummer', fkNr],
    ['Ihre Nachricht vom', ctx.ndate(message)],
    ['Datum', ctx.ndate(ctx.today)],
    ['Telefon', '0800 4 5555 30'],
    ['', '(gebührenfrei)'],
    ['Internet', 'www.familienkasse.de'],
  ], { labelWidth: 76 });
  subject(d, [`Kindergeld – Kindergeldnummer ${fkNr}`, rng.pick(['Bescheid über die Festsetzung von Kindergeld', 'Festsetzung von Kindergeld nach dem Einkommensteuergesetz'])]);
  d.write(anrede(parent));
  d.para(newborn
    ? `für Ihr Kind ${subjectKid.first}, geboren am ${ctx.date(subjectKid.birth)}, wird Kindergeld ab ${monthText(from)} festgesetzt.${kids.length > 1 ? ' Die Festsetzung für Ihre übrigen Kinder bleibt bestehen.' : ''}`
    : `Ihr Kind ${subjectKid.first} hat am ${ctx.date(addMonths(subjectKid.birth, 216))} das 18. Lebensjahr vollendet. Nach der von Ihnen vorgelegten Schulbescheinigung vom ${ctx.date(evidence!)} befindet es sich in Schulausbildung. Das Kindergeld wird daher ab ${monthText(from)} weiter festgesetzt, längstens bis ${monthText(to)}.`);
  d.para('Für Ihre Kinder ergibt sich damit folgende Festsetzung:');
  const rows: Cell[][] = kids.map((k, i) => [`${i + 1}.`, `${k.p.first} ${k.p.last}`, ctx.ndate(k.p.birth), monthText(k.from), monthText(k.to), ctx.money(rate), k.note]);
  table(ctx, [
    { header: 'Nr.', x: d.left },
    { header: 'Kind', x: d.left + 24 },
    { header: 'geboren am', x: d.left + 150 },
    { header: 'ab', x: d.left + 215 },
    { header: 'bis', x: d.left + 290 },
    { header: 'monatlich', x: d.left + 420, align: 'right' },
    { header: '', x: d.left + 430 },
  ], rows, { size: 8.5, grid: true, headerFill: LIGHT });
  d.para(`Insgesamt erhalten Sie monatlich ${ctx.money(rate * kids.length)} Kindergeld.${back > 0 ? ` Für die Zeit von ${monthText(from)} bis ${monthText(firstOfMonth(addMonths(ctx.today, -1)))} zahlen wir Ihnen ${ctx.money(back)} nach.` : ''} Das Kindergeld wird auf Ihr Konto IBAN ${fake.groupIban(konto.iban)} (${konto.bank.name}) überwiesen. Der Zahltag richtet sich nach der letzten Ziffer der Kindergeldnummer.`);
  d.write('Hinweise', { bold: true });
  d.para(newborn
    ? `Kindergeld steht Ihnen für ${subjectKid.first} grundsätzlich bis zur Vollendung des 18. Lebensjahres zu. Teilen Sie uns bitte sofort mit, wenn das Kind nicht mehr in Ihrem Haushalt lebt oder sich Ihre Anschrift oder Bankverbindung ändert.`
    : `Legen Sie uns bitte unaufgefordert eine neue Schulbescheinigung vor, wenn ${subjectKid.first} die Schule über ${monthText(to)} hinaus besucht, und teilen Sie uns sofort mit, wenn die Schulausbildung früher endet, unterbrochen wird oder ein Ausbildungsverhältnis beginnt.`, { size: 9 });
  d.para('Das Kindergeld wird bei der Einkommensteuerveranlagung mit den Freibeträgen für Kinder verrechnet (Günstigerprüfung durch das Finanzamt).', { size: 9 });
  d.ensure(80);
  d.write('Rechtsbehelfsbelehrung', { bold: true });
  d.para(`Gegen diese Festsetzung kann innerhalb eines Monats nach Bekanntgabe Einspruch eingelegt werden. Der Einspruch ist bei der ${kasse} schriftlich einzureichen, dieser elektronisch zu übermitteln oder zur Niederschrift zu erklären (§ 357 Abgabenordnung).`, { size: 9 });
  closing(ctx, { signer: kasse, greeting: 'Mit freundlichen Grüßen' });
  footer(d, [[kasse, 'Bundesagentur für Arbeit'], ['Postanschrift: 90' + rng.digits(3) + ' Nürnberg', 'Telefon 0800 4 5555 30']], 'Seite x von y');
}

/**
 * holdout, blind 6: a youth office's grant of Unterhaltsvorschuss (advance maintenance for a child
 * of a single parent, UVG): file and cash numbers in a box at the top right, the child and its
 * birth date in the subject, the grant from a month in a sentence, a calculation table per period
 * (minimum maintenance by age group less child benefit less maintenance or orphan's benefits
 * received, the monthly amount; a second row when the child reaches the next age group), the back
 * payment, the account, the other parent named with the claim passing to the Land, the duties to
 * report as a numbered list, the latest end the day before the 18th birthday — the words of an
 * Elterngeld notice (a child, a monthly amount, a start), but none of the catalog's documents.
 */
function unterhaltsvorschuss(ctx: Ctx): void {
  const rng = ctx.rng;
  const parent = fake.person(rng, { gender: rng.chance(0.85) ? 'f' : 'm', bornFrom: 1978, bornTo: 2002 });
  parent.title = undefined;
  const a = fake.address(rng);
  const other = fake.person(rng, { gender: parent.gender === 'f' ? 'm' : 'f', bornFrom: 1972, bornTo: 2002 });
  const year = Number(ctx.today.slice(0, 4));
  const child = fake.person(rng, { last: rng.chance(0.7) ? parent.last : other.last, bornFrom: Math.max(year - 17, Number(parent.birth.slice(0, 4)) + 18), bornTo: year - 1 });
  child.title = undefined;
  let start = firstOfMonth(addMonths(ctx.today, -rng.int(0, 4)));
  // one year's table only: the minimum maintenance and the child benefit changed on 1 January 2025
  if (start < '2025-01-01' && ctx.today >= '2025-01-01') start = '2025-01-01';
  const table2025 = { basic: [482, 554, 649], kg: 255 };
  const table2024 = { basic: [480, 551, 645], kg: 250 };
  const rates = (month: string) => (month >= '2025-01' ? table2025 : table2024);
  const group = (month: string) => {
    const age = Number(month.slice(0, 4)) - Number(child.birth.slice(0, 4)) - (month.slice(5, 7) < child.birth.slice(5, 7) ? 1 : 0);
    return age < 6 ? 0 : age < 12 ? 1 : 2;
  };
  const income = rng.chance(0.3) ? rng.pick([50, 80, 100, 120, 150]) : 0;
  const incomeLabel = rng.chance(0.7) ? 'Unterhaltszahlung des anderen Elternteils' : 'Waisenbezüge';
  const rowFor = (from: string, to?: string) => {
    const r = rates(from.slice(0, 7));
    const g = group(from.slice(0, 7));
    const uv = cents(r.basic[g] - r.kg - income);
    return { from, to, g, basic: r.basic[g], kg: r.kg, uv };
  };
  // the next age group starts with the month of the 6th or 12th birthday
  const rows = [rowFor(start)];
  const next = [6, 12].map((y) => firstOfMonth(addMonths(child.birth, y * 12))).find((m) => m > start && m <= addMonths(start, 14));
  if (next) {
    rows[0].to = addDays(next, -1);
    rows.push(rowFor(next));
  }
  const end = addDays(addMonths(child.birth, 18 * 12), -1);
  const city = a.city;
  const issuer = rng.pick([`Landkreis ${rng.pick(['Leipzig', 'Meißen', 'Harz', 'Vorpommern-Greifswald', 'Osnabrück', 'Ludwigsburg'])}`, `Stadt ${city}`, `Landeshauptstadt ${city}`]);
  const unit = rng.pick(['Jugendamt – Unterhaltsvorschussstelle', 'Amt für Jugend und Familie – Unterhaltsvorschuss', 'Fachbereich Jugend – Sachgebiet Unterhaltsvorschuss']);
  const office = fake.sameCityAddress(rng, a);
  const az = `UV ${rng.digits(3)}/${String(year).slice(2)}-${rng.digits(2)}`;
  const kz = `${rng.digits(2)}.${rng.digits(3)}.${rng.digits(6)}`;
  const clerk = fake.person(rng);
  const d = ctx.start({ family: rng.pick(['helvetica', 'times']), size: 9.5, margins: { left: 64, right: 54, top: 56, bottom: 72 } });
  d.text(d.left, 44, issuer, { size: 13, bold: true });
  d.text(d.left, 57, unit, { size: 9 });
  const bx = d.right - 185;
  d.rect(bx, 78, 185, 50, { stroke: [0.3, 0.3, 0.3], lineWidth: 0.5 });
  [['Aktenzeichen', az], ['Kassenzeichen', kz], ['Bearbeitung', `${clerk.gender === 'f' ? 'Frau' : 'Herr'} ${clerk.last}`], ['Datum', ctx.date(ctx.today)]].forEach(([l, v], i) => {
    d.text(bx + 6, 90 + i * 11, l, { size: 7.5, color: GRAY });
    d.text(bx + 70, 90 + i * 11, v, { size: 8 });
  });
  returnLine(d, `${issuer} · ${unit.split(' – ')[0]} · ${office.street} ${office.no} · ${office.plz} ${office.city}`);
  addressWindow(d, recipientLines(ctx, parent, a));
  subject(d, [rng.pick(['Bescheid über Unterhaltsvorschuss', 'Bewilligung von Leistungen nach dem Unterhaltsvorschussgesetz (UVG)']), `für ${child.first} ${child.last}, geboren am ${ctx.date(child.birth)}`], 250);
  d.write(anrede(parent));
  d.move(2);
  d.para(`auf Ihren Antrag vom ${ctx.date(addDays(start, rng.int(2, 25)))} ${rng.pick(['bewilligen wir', 'erhalten Sie'])} für Ihr Kind ${child.first} ab dem ${ctx.date(start)} Unterhaltsleistungen nach dem Unterhaltsvorschussgesetz. Die Leistung wird monatlich im Voraus gezahlt, solange die Voraussetzungen vorliegen, längstens bis zum ${ctx.date(end)} (Tag vor dem 18. Geburtstag).`);
  d.write('Berechnung der monatlichen Leistung', { bold: true });
  const mt = (m: string) => `${fake.MONTHS_DE[Number(m.slice(5, 7)) - 1]} ${m.slice(0, 4)}`;
  const cellRows: Cell[][] = rows.map((r) => [
    r.to ? `${ctx.ndate(r.from)} – ${ctx.ndate(r.to)}` : `ab ${ctx.ndate(r.from)}`,
    `${decimal(r.basic)} (${['0–5', '6–11', '12–17'][r.g]} J.)`,
    `– ${decimal(r.kg)}`,
    income ? `– ${decimal(income)}` : '–',
    decimal(r.uv),
  ]);
  table(ctx, [
    { header: 'Zeitraum', x: d.left },
    { header: 'Mindestunterhalt', x: d.left + 130 },
    { header: 'Kindergeld', x: d.left + 265, align: 'right' },
    { header: income ? (incomeLabel === 'Waisenbezüge' ? 'Waisenbezüge' : 'Unterhalt') : 'Einkünfte', x: d.left + 345, align: 'right' },
    { header: 'Leistung EUR', x: d.right, align: 'right' },
  ], cellRows, { size: 8.5, grid: true, headerFill: LIGHT });
  if (income) d.para(`Angerechnet ${incomeLabel === 'Waisenbezüge' ? 'werden Waisenbezüge' : `wird die ${incomeLabel}`} von monatlich ${ctx.money(income)}.`, { size: 9 });
  const months = Math.max(0, (year - Number(start.slice(0, 4))) * 12 + Number(ctx.today.slice(5, 7)) - Number(start.slice(5, 7)) + 1);
  const inForce = (m: string) => (rows.length > 1 && m >= rows[1].from ? rows[1] : rows[0]);
  const back = cents(Array.from({ length: months }, (_, i) => inForce(addMonths(start, i)).uv).reduce((x, y) => x + y, 0));
  const now = inForce(firstOfMonth(ctx.today));
  const konto = fake.bankAccount(rng);
  const later = rows.length > 1 && rows[1].from > ctx.today ? ` Ab ${mt(rows[1].from)} beträgt sie ${ctx.money(rows[1].uv)}, weil ${child.first} dann die nächste Altersstufe erreicht.` : '';
  d.para(`${months > 1 ? `Für die Zeit ab ${mt(start)} bis einschließlich ${mt(ctx.today)} überweisen wir Ihnen ${ctx.money(back)} nach. ` : ''}Die laufende Leistung von ${ctx.money(now.uv)} geht jeweils zum Monatsersten auf Ihr Konto ${fake.groupIban(konto.iban)} bei der ${konto.bank.name} ein.${later}`);
  d.write('Übergang des Unterhaltsanspruchs', { bold: true });
  d.para(`Der Unterhaltsanspruch Ihres Kindes gegen ${other.gender === 'f' ? 'die Mutter' : 'den Vater'}, ${fake.fullName(other)}, geboren am ${ctx.ndate(other.birth)}, geht in Höhe der gezahlten Leistung auf das Land über (§ 7 UVG). Wir fordern ${other.gender === 'f' ? 'sie' : 'ihn'} zur Zahlung auf; Zahlungen, die Sie trotzdem direkt erhalten, müssen Sie uns sofort mitteilen.`);
  d.ensure(120);
  d.write('Ihre Pflichten', { bold: true });
  const duties = [
    'wenn Ihr Kind nicht mehr bei Ihnen lebt oder Sie umziehen,',
    'wenn Sie heiraten oder mit dem anderen Elternteil zusammenziehen,',
    'wenn der andere Elternteil Unterhalt zahlt oder stirbt,',
    `wenn für ${child.first} Waisenbezüge oder eigenes Einkommen gezahlt werden.`,
  ];
  d.para('Bitte teilen Sie uns unverzüglich mit,', { after: 1 });
  duties.forEach((t, i) => d.para(`${i + 1}.  ${t}`, { x: d.left + 12, after: 1 }));
  d.para('Wer Änderungen nicht mitteilt, muss zu Unrecht gezahlte Leistungen ersetzen (§ 5 UVG); außerdem kann ein Bußgeld festgesetzt werden.', { size: 9 });
  d.ensure(80);
  d.write('Rechtsbehelfsbelehrung', { bold: true });
  d.para(`Gegen diesen Bescheid kann innerhalb eines Monats nach Bekanntgabe Widerspruch erhoben werden. Der Widerspruch ist schriftlich oder zur Niederschrift beim ${issuer.startsWith('Landkreis') ? 'Landratsamt' : 'Jugendamt'}, ${office.street} ${office.no}, ${office.plz} ${office.city}, einzulegen.`, { size: 9 });
  closing(ctx, { signer: fake.fullName(clerk), auftrag: true });
  footer(d, [[issuer, unit.split(' – ')[0]], [`${office.street} ${office.no}`, `${office.plz} ${office.city}`], [`Aktenzeichen ${az}`, `Kassenzeichen ${kz}`]], 'Seite x von y');
}

/**
 * holdout (blind 7): a landlord's request for consent to a rent increase up to the local
 * comparative rent (Mieterhöhungsverlangen, § 558 BGB), written by a management company on behalf
 * of the owner: the tenant and the flat with its area in the subject, the current net rent and
 * the day it was last changed, the rent index's field with its span and the features that place
 * the flat in it, the cap on increases within three years worked out from the rent of three years
 * ago, a table of the monthly payments before and after (net rent, operating costs, heating,
 * total) with the day the new rent is due and the deadline for consent; on a separate page the
 * consent form to sign and return — the words of a Mietbescheinigung and a Mietvertrag, but
 * neither of them.
 */
function mieterhoehungsverlangen(ctx: Ctx): void {
  const rng = ctx.rng;
  const r = rental(rng, ctx.today);
  const ll = r.landlord;
  const manager = ll.kind === 'organisation' && /verwaltung/i.test(ll.name) ? ll.name : `${rng.pick(['Hausverwaltung', 'Immobilienverwaltung', 'WEG- und Mietverwaltung'])} ${fake.person(rng).last} GmbH`;
  // a cooperative asks its members for no § 558 consent: then a private owner lets the flat
  const ownerIsPerson = ll.kind === 'person' || /verwaltung|genossenschaft/i.test(ll.name);
  const ownerPerson = ll.person ?? fake.person(rng, { bornFrom: 1940, bornTo: 1985 });
  const owner = ll.kind === 'person' ? ll.name : ownerIsPerson ? rng.pick([fake.fullName(ownerPerson), `Erbengemeinschaft ${ownerPerson.last}`, `Eheleute ${ownerPerson.last}`]) : ll.name;
  const ownerRole = ownerIsPerson && !/^(Erbengemeinschaft|Eheleute)/.test(owner) ? (ownerPerson.gender === 'f' ? 'die Eigentümerin' : 'den Eigentümer') : /^Eheleute/.test(owner) ? 'die Eigentümer' : 'die Eigentümerin';
  const office = fake.sameCityAddress(rng, r.flat);
  const perM2 = cents(r.grundmiete / r.area);
  const mean = cents(perM2 * rng.float(1.1, 1.3));
  const lowBase = cents(mean * rng.float(0.8, 0.88));
  const high = cents(mean * rng.float(1.12, 1.22));
  const lastChange = addMonths(firstOfMonth(ctx.today), -rng.int(15, 40));
  const since = lastChange < r.einzug ? r.einzug : lastChange;
  const threeYearsAgo = since < addMonths(ctx.today, -36) ? r.grundmiete : cents(r.grundmiete * rng.float(0.92, 0.98));
  const capRate = rng.pick([15, 15, 20]);
  const cap = cents(threeYearsAgo * (1 + capRate / 100));
  const newRent = cents(Math.min(mean * r.area, cap));
  const newPerM2 = cents(newRent / r.area);
  const low = Math.min(lowBase, cents(newPerM2 - rng.float(0.2, 0.9)));
  const received = addDays(ctx.today, rng.int(1, 4));
  const due = firstOfMonth(addMonths(received, 3));
  const consentBy = lastOfMonth(addMonths(received, 2));
  const heizung = r.heizkosten ?? 0;
  const d = ctx.start({ family: rng.pick(['helvetica', 'times']), size: 9.5, margins: { left: 64, right: 54, top: 56, bottom: 72 } });
  letterhead(ctx, { name: manager, unit: rng.pick(['Miet- und WEG-Verwaltung', 'Immobilienmanagement', 'Verwaltung von Wohnungseigentum und Mietshäusern']), extra: [`${office.street} ${office.no}`, `${office.plz} ${office.city}`, `Telefon ${fake.phone(rng)}`] });
  returnLine(d, `${manager} · ${office.street} ${office.no} · ${office.plz} ${office.city}`);
  addressWindow(d, recipientLines(ctx, r.tenant, r.flat));
  const objekt = `${rng.digits(3)}-${rng.digits(3)}`;
  infoBlock(d, [['Objekt-Nr.', objekt], ['Mieter-Nr.', `${objekt}-${rng.digits(2)}`], ['Bearbeitung', fake.person(rng).last], ['Datum', ctx.ndate(ctx.today)]]);
  subject(d, [
    rng.pick(['Mieterhöhungsverlangen nach § 558 BGB', 'Erhöhung der Nettokaltmiete auf die ortsübliche Vergleichsmiete', 'Bitte um Zustimmung zur Mieterhöhung (§ 558 BGB)']),
    `Wohnung ${fake.addressLine(r.flat)}, ${r.floor}, ${ctx.area(r.area)}`,
  ]);
  d.write(r.tenant.gender === 'f' ? `Sehr geehrte Frau ${r.tenant.last},` : `Sehr geehrter Herr ${r.tenant.last},`);
  d.move(2);
  d.para(`wir vertreten ${ownerRole} Ihrer Wohnung, ${owner}; eine Vollmacht liegt bei. Sie bewohnen die Wohnung seit dem ${ctx.date(r.einzug)}. Die Nettokaltmiete beträgt derzeit ${ctx.money(r.grundmiete)} monatlich (${decimal(perM2)} EUR/m²); sie ist seit dem ${ctx.date(since)} unverändert.`);
  d.para(`Namens und in Vollmacht der Vermieterseite bitten wir Sie, einer Erhöhung der Nettokaltmiete auf ${ctx.money(newRent)} monatlich zuzustimmen. Die neue Miete ist ab dem ${ctx.date(due)} zu zahlen.`);
  d.write('Begründung', { bold: true });
  const year = Number(ctx.today.slice(0, 4)) - rng.int(0, 1);
  const city = r.flat.city;
  d.para(`Zur Begründung beziehen wir uns auf den ${rng.pick(['qualifizierten', 'einfachen'])} Mietspiegel der Stadt ${city} ${year}. Ihre Wohnung ist dort wie folgt einzuordnen: Baujahr ${r.built}, Wohnfläche ${ctx.area(r.area)}, ${rng.pick(['mittlere', 'gute', 'einfache'])} Wohnlage, Ausstattung mit ${rng.pick(['Bad mit Fenster und Dusche', 'Einbauküche', 'Balkon', 'Aufzug'])}, ${rng.pick(['Zentralheizung', 'Gasetagenheizung', 'Fernwärme'])}. Das maßgebliche Mietspiegelfeld ${rng.pick(['C', 'D', 'F', 'G', 'H'])}${rng.int(1, 9)} weist eine Spanne von ${decimal(low)} bis ${decimal(high)} EUR/m² bei einem Mittelwert von ${decimal(mean)} EUR/m² aus.`);
  d.para(`Die Kappungsgrenze ist eingehalten: Vor drei Jahren betrug die Nettokaltmiete ${ctx.money(threeYearsAgo)}; sie darf innerhalb von drei Jahren um höchstens ${capRate} Prozent, also auf ${ctx.money(cap)}, steigen. Die verlangte Miete entspricht ${decimal(newPerM2)} EUR/m² und liegt innerhalb der Spanne.`);
  d.ensure(120);
  d.write('Ihre monatlichen Zahlungen', { bold: true });
  const rows: Cell[][] = [
    ['Nettokaltmiete', ctx.money(r.grundmiete), ctx.money(newRent)],
    ['Vorauszahlung Betriebskosten', ctx.money(r.nebenkosten), ctx.money(r.nebenkosten)],
    ...(r.heizkosten ? ([['Vorauszahlung Heizung und Warmwasser', ctx.money(heizung), ctx.money(heizung)]] as Cell[][]) : []),
    ...(r.stellplatz ? ([['Stellplatz (gesonderter Vertrag)', ctx.money(r.stellplatz), ctx.money(r.stellplatz)]] as Cell[][]) : []),
    ['Gesamt', ctx.money(cents(r.grundmiete + r.nebenkosten + heizung + (r.stellplatz ?? 0))), ctx.money(cents(newRent + r.nebenkosten + heizung + (r.stellplatz ?? 0)))],
  ];
  table(ctx, [
    { header: '', x: d.left },
    { header: 'bisher', x: d.left + 300, align: 'right' },
    { header: `ab ${ctx.ndate(due)}`, x: d.right, align: 'right' },
  ], rows, { size: 9, grid: true, headerFill: LIGHT });
  d.para(`Bitte erklären Sie Ihre Zustimmung bis zum ${ctx.date(consentBy)} auf dem beigefügten Vordruck. Stimmen Sie nicht zu, kann die Vermieterseite nach Ablauf dieser Frist innerhalb von drei weiteren Monaten auf Zustimmung klagen. Die Betriebskostenvorauszahlungen ändern sich durch dieses Schreiben nicht; über sie wird mit der nächsten Abrechnung entschieden.`, { size: 9 });
  d.para(`Ihre Miete überweisen Sie bitte wie bisher auf das Mietkonto ${ctx.iban(ll.bank.iban)} bei der ${ll.bank.bank.name}; einen Dauerauftrag passen Sie bitte zum ${ctx.ndate(due)} an.`, { size: 9 });
  closing(ctx, { signer: fake.fullName(fake.person(rng)), role: manager });
  d.write('Anlagen: Vollmacht, Auszug aus dem Mietspiegel, Zustimmungserklärung', { size: 8, color: GRAY });
  // the consent form on a page of its own
  d.newPage();
  d.y = 64;
  d.write(`An: ${manager}, ${office.street} ${office.no}, ${office.plz} ${office.city}`, { size: 8.5, color: GRAY });
  d.move(14);
  d.write('Zustimmungserklärung', { size: 15, bold: true });
  d.write(`zum Mieterhöhungsverlangen vom ${ctx.ndate(ctx.today)} (Objekt-Nr. ${objekt})`, { size: 9 });
  d.move(10);
  const others = Array.from({ length: r.bewohner >= 2 && rng.chance(0.6) ? 1 : 0 }, () => fake.person(rng, { last: rng.chance(0.6) ? r.tenant.last : undefined, bornFrom: 1950, bornTo: 2004 }));
  const tenants = [r.tenant, ...others];
  d.para(`${tenants.length > 1 ? 'Wir' : 'Ich'}, ${tenants.map((t) => fake.fullName(t)).join(' und ')}, ${tenants.length > 1 ? 'stimmen' : 'stimme'} der Erhöhung der monatlichen Nettokaltmiete für die Wohnung ${fake.addressLine(r.flat)}, ${r.floor}, von ${ctx.money(r.grundmiete)} auf ${ctx.money(newRent)} mit Wirkung ab dem ${ctx.date(due)} zu.`, { size: 10 });
  d.para('Die übrigen Vereinbarungen des Mietvertrags bleiben unberührt.', { size: 10 });
  d.move(30);
  for (const t of tenants) {
    d.ensure(50);
    d.hline(d.y, d.left, d.left + 170, 0.5);
    d.hline(d.y, d.left + 220, d.right, 0.5);
    d.text(d.left, d.y + 9, 'Ort, Datum', { size: 7, color: GRAY });
    d.text(d.left + 220, d.y + 9, `Unterschrift ${fake.fullName(t)}`, { size: 7, color: GRAY });
    d.move(46);
  }
  d.para(`Bitte senden Sie diese Erklärung bis zum ${ctx.ndate(consentBy)} unterschrieben zurück. Eine Kopie ist für Ihre Unterlagen bestimmt.`, { size: 8.5, color: GRAY });
  footer(d, [[manager], [`${office.street} ${office.no}, ${office.plz} ${office.city}`], ['Mietkonto', fake.groupIban(ll.bank.iban)]], 'Seite x von y');
}

/**
 * Holdout, blind 8: a metering service's individual heating-cost statement (Heizkostenabrechnung
 * nach der Heizkostenverordnung), made for the property manager and handed to the tenant: the
 * service's coloured band, the user in the window with property and user numbers, the billing
 * year and (after a move in during the year) the shorter period of use; an "at a glance" box with
 * the share of heating and hot-water costs, the advances paid and the balance, a new monthly
 * advance; a bar of this and last year's consumption. Page 2: the property's fuel and other costs,
 * the split into basic and consumption costs by area and units, the heat-cost allocators room by
 * room with readings and factors, the hot-water meter, the price per unit, the CO2 cost split
 * between landlord and tenant, and the manager's account for a back payment — the words of a
 * Mietbescheinigung (heating, hot water, area, advance, tenant, landlord), but none of the catalog's
 * documents.
 */
function heizkostenabrechnung(ctx: Ctx): void {
  const r = rental(ctx.rng, ctx.today);
  const rng = ctx.rng;
  const service = rng.pick(['Calora Messdienst GmbH', 'Thermis Wärmemessung GmbH & Co. KG', 'Energiedaten Nord GmbH', 'Messtechnik Mitteldeutschland GmbH', 'WärmeService Rhein-Ruhr GmbH']);
  const short = service.split(' ')[0];
  const serviceOffice = fake.address(rng);
  const manager = r.landlord.kind === 'organisation' ? r.landlord.name : `Hausverwaltung ${fake.person(rng).last}`;
  const year = Number(ctx.today.slice(0, 4)) - 1;
  const yStart = iso(year, 1, 1);
  const yEnd = iso(year, 12, 31);
  // a tenant who moved in during the year pays only for the period of use
  const partial = r.einzug > yStart && r.einzug <= iso(year, 11, 1);
  const useStart = partial ? r.einzug : yStart;
  const months = partial ? 12 - Number(r.einzug.slice(5, 7)) + (r.einzug.slice(8) === '01' ? 1 : 0) : 12;
  const advance = r.heizkosten ?? cents(r.area * rng.float(1.0, 1.6));
  const paid = cents(advance * Math.max(1, months));
  const flats = rng.int(6, 36);
  const totalArea = cents(r.area * flats * rng.float(0.85, 1.15));
  const kwh = Math.round(totalArea * rng.float(95, 165));
  const price = cents(rng.float(0.085, 0.145) * 10000) / 10000;
  const fuel = cents(kwh * price);
  const extras: [string, number][] = [
    ['Betriebsstrom Heizungsanlage', cents(totalArea * rng.float(0.08, 0.2))],
    ['Wartung Heizungsanlage', cents(rng.float(280, 900))],
    ['Immissionsmessung / Schornsteinfeger', cents(rng.float(60, 240))],
    ['Miete Erfassungsgeräte', cents(flats * rng.float(38, 75))],
    ['Ablesung und Abrechnung', cents(flats * rng.float(28, 52))],
  ];
  const total = cents(fuel + extras.reduce((s, [, v]) => s + v, 0));
  const wwShare = rng.float(0.14, 0.26);
  const wwCost = cents(total * wwShare);
  const heatCost = cents(total - wwCost);
  const basePct = rng.pick([30, 30, 40, 50]);
  const units = rng.int(350, 2600);
  const totalUnits = Math.round(units * flats * rng.float(0.8, 1.25));
  const m3 = cents(rng.float(8, 48) * (months / 12));
  const totalM3 = cents(m3 * flats * rng.float(0.8, 1.25));
  const fraction = months / 12;
  const heatBase = cents(((heatCost * basePct) / 100) * (r.area / totalArea) * fraction);
  const heatUse = cents(((heatCost * (100 - basePct)) / 100) * (units / totalUnits));
  const wwBase = cents(((wwCost * basePct) / 100) * (r.area / totalArea) * fraction);
  const wwUse = cents(((wwCost * (100 - basePct)) / 100) * (m3 / totalM3));
  const share = cents(heatBase + heatUse + wwBase + wwUse);
  // the tenant's share of the CO2 price, the rest the landlord bears (CO2KostAufG)
  const co2Kg = Math.round(kwh * 0.201);
  const co2PerM2 = cents(co2Kg / totalArea * 10) / 10;
  const steps: [number, number][] = [[12, 0], [17, 10], [22, 20], [27, 30], [32, 40], [37, 50], [42, 60], [47, 70], [52, 80], [Infinity, 95]];
  const landlordPct = steps.find(([limit]) => co2PerM2 < limit)![1];
  const co2Price = rng.pick([30, 45, 55]);
  const co2Total = cents((co2Kg / 1000) * co2Price);
  const co2Tenant = cents(co2Total * (r.area / totalArea) * fraction);
  const co2Refund = cents((co2Tenant * landlordPct) / 100);
  const yourCost = cents(share - co2Refund);
  const balance = cents(yourCost - paid);
  const newAdvance = Math.ceil((yourCost / 12) * 1.05);
  const lastYearUnits = partial ? undefined : Math.round(units * rng.float(0.8, 1.3));
  const propertyNo = `${rng.digits(3)} ${rng.digits(3)} ${rng.digits(3)}`;
  const readDay = iso(year + 1, 1, rng.int(2, 20));
  const userNo = `${rng.digits(3)}/${rng.digits(2)}`;
  const accent: readonly [number, number, number] = rng.pick([[0.85, 0.35, 0.05], [0.0, 0.45, 0.55], [0.55, 0.1, 0.2], [0.15, 0.45, 0.2]] as const);
  const eur = (v: number) => ctx.money(v);

  const d = ctx.start({ family: 'helvetica', size: 9, margins: { left: 56, right: 48, top: 56, bottom: 66 } });
  d.rect(0, 0, d.width, 50, { fill: accent });
  d.text(d.left, 30, service, { size: 14, bold: true, color: [1, 1, 1] });
  d.text(d.right, 22, 'Heiz- und Warmwasserkostenabrechnung', { size: 9, align: 'right', color: [1, 1, 1] });
  d.text(d.right, 34, `nach der Heizkostenverordnung · Abrechnungsjahr ${year}`, { size: 8, align: 'right', color: [1, 1, 1] });
  returnLine(d, `${service} · ${serviceOffice.street} ${serviceOffice.no} · ${serviceOffice.plz} ${serviceOffice.city}`);
  addressWindow(d, [...recipientLines(ctx, r.tenant, r.flat)]);
  infoBlock(d, [
    ['Liegenschaft', propertyNo],
    ['Nutzer-Nr.', userNo],
    ['Lage', r.floor],
    ['abgelesen am', ctx.ndate(readDay)],
    ['erstellt am', ctx.ndate(ctx.today)],
  ], { x: 340, labelWidth: 70, size: 8 });
  d.y = 236;
  d.write(rng.pick(['Ihre Heizkostenabrechnung', 'Ihre Abrechnung der Heiz- und Warmwasserkosten', 'Einzelabrechnung Heizung und Warmwasser']), { size: 13, bold: true });
  d.write(`Liegenschaft ${fake.addressLine(r.flat)}`, { size: 9 });
  d.write(`Abrechnungszeitraum ${ctx.ndate(yStart)} bis ${ctx.ndate(yEnd)}${partial ? ` · Ihr Nutzungszeitraum ${ctx.ndate(useStart)} bis ${ctx.ndate(yEnd)}` : ''}`, { size: 9 });
  d.move(6);
  d.para(`${r.tenant.gender === 'f' ? `Sehr geehrte Frau ${r.tenant.last}` : `Sehr geehrter Herr ${r.tenant.last}`}, im Auftrag Ihrer Verwaltung ${manager} haben wir die Kosten für Heizung und Warmwasser des Jahres ${year} nach den abgelesenen Verbrauchswerten auf die Nutzer der Liegenschaft verteilt. Die Abrechnung wird Ihnen mit der Betriebskostenabrechnung Ihres Vermieters zugestellt; Zahlungen leisten Sie bitte nur an Ihre Verwaltung, nicht an uns.`);
  // the box "at a glance"
  d.move(4);
  const bx = d.left;
  const bw = d.contentWidth;
  const by = d.y;
  d.rect(bx, by, bw, 18, { fill: accent });
  d.text(bx + 8, by + 12.5, 'Auf einen Blick', { size: 10, bold: true, color: [1, 1, 1] });
  const glance: [string, string, boolean?][] = [
    ['Ihre Kosten für Heizung', eur(cents(heatBase + heatUse))],
    ['Ihre Kosten für Warmwasser', eur(cents(wwBase + wwUse))],
    [`abzüglich Vermieteranteil CO2-Kosten (${landlordPct} %)`, co2Refund > 0 ? `– ${eur(co2Refund)}` : eur(0)],
    ['Ihre Heiz- und Warmwasserkosten', eur(yourCost), true],
    [`Ihre Vorauszahlungen (${months} × ${eur(advance)})`, `– ${eur(paid)}`],
    [balance > 0 ? 'Nachzahlung' : 'Guthaben', eur(Math.abs(balance)), true],
  ];
  d.y = by + 22;
  for (const [l, v, bold] of glance) {
    d.row([{ x: bx + 8, text: l, bold }, { x: bx + bw - 8, text: v, align: 'right', bold }], { size: 9.5, minHeight: 15 });
    if (bold) d.hline(d.y - 2, bx + 8, bx + bw - 8, 0.4, GRAY);
  }
  d.rect(bx, by, bw, d.y - by + 4, { stroke: accent, lineWidth: 1 });
  d.y += 12;
  d.para(`Empfehlung für Ihre künftige monatliche Vorauszahlung auf Heizung und Warmwasser: ${eur(newAdvance)}. Über die Höhe der Vorauszahlung entscheidet Ihr Vermieter; sie wird Ihnen mit der Betriebskostenabrechnung mitgeteilt.`, { size: 8.5 });
  // a consumption bar: this year against last year
  d.ensure(80);
  d.write('Ihr Heizverbrauch in Einheiten', { bold: true, size: 9 });
  const maxU = Math.max(units, lastYearUnits ?? 0) * 1.1;
  const barW = d.contentWidth - 140;
  const bars: [string, number | undefined][] = [[String(year), units], [String(year - 1), lastYearUnits]];
  for (const [label, u] of bars) {
    const y = d.y;
    d.text(d.left, y + 10, label, { size: 8.5 });
    if (u !== undefined) {
      d.rect(d.left + 40, y + 2, (barW * u) / maxU, 10, { fill: label === String(year) ? accent : [0.7, 0.7, 0.7] });
      d.text(d.left + 46 + (barW * u) / maxU, y + 10, `${decimal(u, 0)} Einheiten`, { size: 8 });
    } else d.text(d.left + 40, y + 10, 'kein Vorjahreswert (Einzug im Abrechnungsjahr)', { size: 8, color: GRAY });
    d.y += 16;
  }
  d.move(6);
  d.para(`Der Durchschnitt vergleichbarer Nutzer dieser Liegenschaft liegt bei ${decimal(Math.round((totalUnits / flats) * (r.area / (totalArea / flats))), 0)} Einheiten. Monatliche Verbrauchsinformationen nach § 6a HeizkostenV finden Sie im Nutzerportal unter Angabe Ihrer Nutzer-Nr.`, { size: 8.5 });

  // page 2: the calculation
  d.newPage();
  d.y = 60;
  d.write('Berechnung im Einzelnen', { size: 12, bold: true });
  d.write(`Liegenschaft ${propertyNo} · Nutzer ${userNo} · ${fake.fullName(r.tenant)} · Wohnfläche ${ctx.area(r.area)}`, { size: 8.5, color: GRAY });
  d.move(6);
  d.write('A  Gesamtkosten der Liegenschaft', { bold: true });
  const costRows: Cell[][] = [
    [`Brennstoff Erdgas, ${decimal(kwh, 0)} kWh × ${decimal(price, 4)} EUR`, eur(fuel)],
    ...extras.map(([l, v]) => [l, eur(v)] as Cell[]),
    ['Summe Heiz- und Warmwasserkosten', eur(total)],
    [`davon Warmwasser (§ 9 HeizkostenV, ${decimal(wwShare * 100, 1)} %)`, eur(wwCost)],
    ['davon Heizung', eur(heatCost)],
  ];
  table(ctx, [{ header: 'Kostenart', x: d.left }, { header: 'Betrag', x: d.right, align: 'right' }], costRows, { size: 8.5, grid: true });
  d.write(`B  Verteilung (${basePct} % Grundkosten nach Wohnfläche, ${100 - basePct} % Verbrauchskosten)`, { bold: true });
  const perM2Heat = (heatCost * basePct) / 100 / totalArea;
  const perUnit = (heatCost * (100 - basePct)) / 100 / totalUnits;
  const perM2Ww = (wwCost * basePct) / 100 / totalArea;
  const perM3 = (wwCost * (100 - basePct)) / 100 / totalM3;
  const splitRows: Cell[][] = [
    ['Heizung Grundkosten', `${decimal(totalArea, 2)} m²`, `${decimal(perM2Heat, 4)} EUR/m²`, `${decimal(r.area, 2)} m²${partial ? ` × ${months}/12` : ''}`, eur(heatBase)],
    ['Heizung Verbrauchskosten', `${decimal(totalUnits, 0)} Einh.`, `${decimal(perUnit, 5)} EUR/Einh.`, `${decimal(units, 0)} Einh.`, eur(heatUse)],
    ['Warmwasser Grundkosten', `${decimal(totalArea, 2)} m²`, `${decimal(perM2Ww, 4)} EUR/m²`, `${decimal(r.area, 2)} m²${partial ? ` × ${months}/12` : ''}`, eur(wwBase)],
    ['Warmwasser Verbrauchskosten', `${decimal(totalM3, 2)} m³`, `${decimal(perM3, 4)} EUR/m³`, `${decimal(m3, 2)} m³`, eur(wwUse)],
    ['Ihr Anteil vor CO2-Aufteilung', '', '', '', eur(share)],
  ];
  table(ctx, [
    { header: 'Position', x: d.left },
    { header: 'Gesamt', x: d.left + 200, align: 'right' },
    { header: 'Preis', x: d.left + 290, align: 'right' },
    { header: 'Ihr Anteil', x: d.left + 390, align: 'right' },
    { header: 'Kosten', x: d.right, align: 'right' },
  ], splitRows, { size: 8, grid: true, headerFill: LIGHT });
  d.write('C  Ihre Ablesewerte', { bold: true });
  const rooms = rng.sample(['Wohnzimmer', 'Schlafzimmer', 'Kinderzimmer', 'Küche', 'Bad', 'Flur', 'Arbeitszimmer'], Math.min(6, r.rooms + 2));
  let left = units;
  const readRows: Cell[][] = rooms.map((room, i) => {
    const u = i === rooms.length - 1 ? left : Math.round(left * rng.float(0.2, 0.5));
    left -= u;
    const factor = rng.pick([0.85, 1.0, 1.15, 1.3, 0.7]);
    return [room, `${rng.digits(8)}`, decimal(Math.round(u / factor), 0), decimal(factor, 2), decimal(u, 0)];
  });
  readRows.push([`Warmwasserzähler Bad (Ablesung ${ctx.ndate(readDay)})`, rng.digits(8), `${decimal(m3, 2)} m³`, '', `${decimal(m3, 2)} m³`]);
  table(ctx, [
    { header: 'Raum / Gerät', x: d.left },
    { header: 'Geräte-Nr.', x: d.left + 200 },
    { header: 'Ablesewert', x: d.left + 320, align: 'right' },
    { header: 'Faktor', x: d.left + 380, align: 'right' },
    { header: 'Einheiten', x: d.right, align: 'right' },
  ], readRows, { size: 8, zebra: true });
  d.write('D  Aufteilung der CO2-Kosten (Kohlendioxidkostenaufteilungsgesetz)', { bold: true });
  d.para(`Emission der Liegenschaft ${decimal(co2Kg, 0)} kg CO2, das sind ${decimal(co2PerM2, 1)} kg je m² Wohnfläche und Jahr. In dieser Stufe trägt der Vermieter ${landlordPct} % und der Mieter ${100 - landlordPct} % der CO2-Kosten. CO2-Kosten der Liegenschaft ${eur(co2Total)} (${co2Price} EUR/t), Ihr Anteil ${eur(co2Tenant)}, davon vom Vermieter zu tragen ${eur(co2Refund)}.`, { size: 8.5 });
  d.write('E  Ergebnis', { bold: true });
  d.para(`Ihre Heiz- und Warmwasserkosten für ${partial ? `den Nutzungszeitraum ${ctx.ndate(useStart)} bis ${ctx.ndate(yEnd)}` : `das Jahr ${year}`} betragen ${eur(yourCost)}. Nach Abzug Ihrer Vorauszahlungen von ${eur(paid)} ergibt sich ${balance > 0 ? `eine Nachzahlung von ${eur(balance)}. Bitte überweisen Sie den Betrag nach Erhalt der Betriebskostenabrechnung auf das Konto Ihrer Verwaltung ${ctx.iban(r.landlord.bank.iban)}.` : `ein Guthaben von ${eur(Math.abs(balance))}, das Ihre Verwaltung mit der nächsten Miete verrechnet oder auf Ihr Konto überweist.`}`, { size: 8.5 });
  d.para('Einwendungen gegen diese Abrechnung richten Sie bitte innerhalb von zwölf Monaten nach Zugang an Ihren Vermieter. Belege können bei der Verwaltung eingesehen werden.', { size: 8, color: GRAY });
  footer(d, [[service, `${serviceOffice.street} ${serviceOffice.no}, ${serviceOffice.plz} ${serviceOffice.city}`], [`Service-Telefon ${fake.phone(rng)}`, `www.${short.toLowerCase()}-messdienst.de`], [`Liegenschaft ${propertyNo}`, `Nutzer ${userNo}`]], 'Seite x von y');
}
/**
 * Q (holdout, blind 9): a student-services office's notice granting BAföG (Bescheid über
 * Ausbildungsförderung) for a university student living away from the parents: the office of
 * education grants ("Amt für Ausbildungsförderung") as letterhead, the Förderungsnummer in a framed
 * box at the top right, the student in the window; the grant period in the subject; the course as a
 * small ruled grid (university, subject, subject semester, the end of the maximum support period);
 * the monthly amount per period with its grant and loan halves, sometimes in two periods because a
 * sibling's training ends; back payment and the student's account; the next semester's enrolment
 * certificate and the proof of study progress (§ 48) asked for by a deadline; remedy; on the
 * following pages, under a running head with the Förderungsnummer, a calculation sheet in a
 * fixed-pitch face: the need (basic need, housing lump sum, health- and care-insurance supplements),
 * the student's own mini-job income and savings against their allowances, the parents' income of
 * the year before last in a father/mother column pair, allowances for the parents and siblings, the
 * amount credited — the words of a Schulbescheinigung (university, enrolment, semester) and of rent
 * (housing lump sum), but none of the catalog's documents.
 */
function bafoegBescheid(ctx: Ctx): void {
  const rng = ctx.rng;
  const [uni, city] = rng.pick(fake.UNIVERSITIES);
  const student = fake.person(rng, { bornFrom: 1998, bornTo: 2006, titleChance: 0 });
  student.birthName = undefined;
  const home = fake.address(rng, { city });
  // the grant period runs from a semester's start for twelve months
  const y = Number(ctx.today.slice(0, 4));
  const m = Number(ctx.today.slice(5, 7));
  const prev = m >= 10 ? iso(y, 10, 1) : m >= 4 ? iso(y, 4, 1) : iso(y - 1, 10, 1);
  // a notice comes within about three months of the period's start, or before it when applied for early
  const bzStart = addMonths(prev, 3) >= ctx.today ? prev : addMonths(prev, 6);
  const bzEnd = lastOfMonth(addMonths(bzStart, 11));
  const applied = addDays(bzStart < ctx.today ? bzStart : ctx.today, -rng.int(20, 70));
  const semNo = rng.int(1, 6);
  const field = rng.pick(['Soziale Arbeit', 'Maschinenbau', 'Lehramt an Grundschulen', 'Informatik', 'Psychologie', 'Betriebswirtschaftslehre', 'Pharmazie', 'Germanistik']);
  const degree = field === 'Pharmazie' ? 'Staatsexamen' : field.startsWith('Lehramt') ? 'Staatsexamen' : 'Bachelor';
  const maxEnd = lastOfMonth(addMonths(bzStart, (degree === 'Bachelor' ? 6 : 9) * 6 - (semNo - 1) * 6 - 1));
  const fnr = `${rng.digits(3)} ${rng.digits(5)} ${rng.digits(2)} ${rng.int(1, 9)}`;
  // need (§§ 13, 13a BAföG from the winter semester 2024/25)
  const grund = 475;
  const wohnen = 380;
  const kv = 102;
  const pv = 35;
  const need = grund + wohnen + kv + pv;
  // the student's own income and savings
  const minijob = rng.chance(0.5) ? rng.pick([250, 320, 400, 450, 520]) : 0;
  const savings = cents(rng.float(150, 6500));
  // the parents' income of the year before last
  const single = rng.chance(0.3);
  const father = fake.person(rng, { gender: 'm', bornFrom: 1960, bornTo: 1980, last: student.last });
  const mother = fake.person(rng, { gender: 'f', bornFrom: 1962, bornTo: 1982, last: single ? rng.pick(['Lange', 'Krause', 'Vogel', student.last]) : student.last });
  const incomeYear = Number(bzStart.slice(0, 4)) - 2;
  const parentIncome = (gross: number) => {
    const wk = gross > 0 ? 1230 : 0;
    const tax = cents(Math.max(0, (gross - wk - 11604) * taxRate));
    const social = cents(gross * 0.213);
    const net = Math.max(0, cents(gross - wk - tax - social));
    return { gross, wk, tax, social, net, monthly: cents(net / 12) };
  };
  let fatherGross = single ? 0 : cents(rng.float(30000, 68000));
  let motherGross = rng.chance(0.15) ? 0 : cents(rng.float(14000, single ? 52000 : 40000));
  const taxRate = rng.float(0.14, 0.19);
  const monthlyOf = (gross: number) => Math.max(0, gross - (gross > 0 ? 1230 : 0) - Math.max(0, (gross - 1230 - 11604) * taxRate) - gross * 0.213) / 12;
  // a grant: the parents' income leaves at least some of the need to be paid
  for (let i = 0; i < 20 && (monthlyOf(fatherGross) + monthlyOf(motherGross) - (single ? 1605 : 2415)) * 0.5 > 992 - 80; i++) {
    fatherGross = cents(fatherGross * 0.9);
    motherGross = cents(motherGross * 0.9);
  }
  const fatherIn = single ? undefined : parentIncome(fatherGross);
  const motherIn = parentIncome(motherGross);
  const parentsMonthly = cents((fatherIn?.monthly ?? 0) + motherIn.monthly);
  const parentAllowance = single ? 1605 : 2415;
  const sibling = rng.chance(0.6) ? fake.person(rng, { bornFrom: 2004, bornTo: 2012, last: student.last, titleChance: 0 }) : undefined;
  // a sibling in school or training brings an allowance; when its training ends, the amount changes
  const siblingEnds = sibling && rng.chance(0.5) ? lastOfMonth(addMonths(bzStart, rng.int(3, 8))) : undefined;
  const credited = (siblings: number) => {
    const over = parentsMonthly - parentAllowance - 730 * siblings;
    return over > 0 ? cents(over * (1 - 0.5 - 0.05 * siblings)) : 0;
  };
  const periods: { from: string; to: string; credit: number; amount: number }[] = [];
  const first = credited(sibling ? 1 : 0);
  if (siblingEnds) {
    periods.push({ from: bzStart, to: siblingEnds, credit: first, amount: Math.max(0, Math.round(need - first)) });
    const second = credited(0);
    periods.push({ from: firstOfMonth(addDays(siblingEnds, 1)), to: bzEnd, credit: second, amount: Math.max(0, Math.round(need - second)) });
  } else periods.push({ from: bzStart, to: bzEnd, credit: first, amount: Math.max(0, Math.round(need - first)) });
  // a grant only makes sense with a positive amount: the parents' income stays below the ceiling here
  const acc = fake.bankAccount(rng);
  const notice = ctx.today;
  const paidMonths = Math.max(0, (Number(ctx.today.slice(0, 4)) - Number(bzStart.slice(0, 4))) * 12 + Number(ctx.today.slice(5, 7)) - Number(bzStart.slice(5, 7)) + 1);
  const back = Math.min(paidMonths, 12);
  const backSum = periods.reduce((s, p) => {
    const months = (Number(p.to.slice(0, 4)) - Number(p.from.slice(0, 4))) * 12 + Number(p.to.slice(5, 7)) - Number(p.from.slice(5, 7)) + 1;
    const startIdx = (Number(p.from.slice(0, 4)) - Number(bzStart.slice(0, 4))) * 12 + Number(p.from.slice(5, 7)) - Number(bzStart.slice(5, 7));
    const inBack = Math.max(0, Math.min(months, back - startIdx));
    return s + inBack * p.amount;
  }, 0);
  const nextSem = addMonths(bzStart, 6);
  const nextLabel = Number(nextSem.slice(5, 7)) === 4 ? `Sommersemester ${nextSem.slice(0, 4)}` : `Wintersemester ${nextSem.slice(0, 4)}/${String(Number(nextSem.slice(0, 4)) + 1).slice(2)}`;
  const office = fake.address(rng, { city });
  const studierendenwerk = rng.pick([`Studierendenwerk ${city.replace(/ \(.*\)$/, '')}`, `Studentenwerk ${city.replace(/ \(.*\)$/, '')}`]);
  const clerk = fake.person(rng);
  const eur = (v: number) => ctx.money(v);
  const mm = (iso: string) => `${iso.slice(5, 7)}/${iso.slice(0, 4)}`;

  const d = ctx.start({ family: 'helvetica', size: 9.5, margins: { left: 62, right: 50, top: 56, bottom: 70 } });
  d.text(d.left, 46, studierendenwerk, { size: 12, bold: true });
  d.text(d.left, 58, 'Amt für Ausbildungsförderung', { size: 9 });
  d.text(d.left, 68, `– Anstalt des öffentlichen Rechts –`, { size: 7.5, color: GRAY });
  // the Förderungsnummer box
  const bx = d.right - 190;
  d.rect(bx, 34, 190, 40, { stroke: [0, 0, 0], lineWidth: 0.9 });
  d.text(bx + 8, 46, 'Förderungsnummer – bitte stets angeben', { size: 7, color: GRAY });
  d.text(bx + 8, 64, fnr, { size: 13, font: 'courier-bold' });
  returnLine(d, `${studierendenwerk} · Amt für Ausbildungsförderung · ${office.street} ${office.no} · ${office.plz} ${city}`);
  addressWindow(d, recipientLines(ctx, student, home));
  infoBlock(d, [
    ['Sachbearbeitung', `${clerk.gender === 'f' ? 'Frau' : 'Herr'} ${clerk.last}`],
    ['Telefon', fake.phone(rng)],
    ['Sprechzeiten', 'Di 9–12, Do 13–16 Uhr'],
    ['Antrag vom', ctx.ndate(applied)],
    ['Datum', ctx.ndate(notice)],
  ], { x: 352, labelWidth: 76 });
  subject(d, [
    'Bescheid über Ausbildungsförderung nach dem Bundesausbildungsförderungsgesetz (BAföG)',
    `Bewilligungszeitraum ${mm(bzStart)} bis ${mm(bzEnd)}`,
  ], 262);
  // every following page carries a running head
  d.onContinuation((doc) => {
    doc.text(doc.left, doc.y + 8, `Förderungsnummer ${fnr} · ${student.last}, ${student.first} · Bescheid vom ${ctx.ndate(notice)}`, { size: 7.5, color: GRAY });
    doc.hline(doc.y + 12, doc.left, doc.right, 0.3, GRAY);
    doc.y += 22;
  });
  d.write(anrede(student));
  d.move(2);
  d.para(`auf Ihren Antrag vom ${ctx.date(applied)} wird Ihnen für den oben genannten Bewilligungszeitraum Ausbildungsförderung nach dem BAföG bewilligt. Der Berechnung liegen die folgenden Angaben zu Ihrer Ausbildung zugrunde:`);
  // the course as a ruled grid
  const grid: [string, string][] = [
    ['Ausbildungsstätte', uni],
    ['Fachrichtung / Abschluss', `${field} (${degree})`],
    ['Fachsemester zu Beginn', `${semNo}. Fachsemester`],
    ['Förderungshöchstdauer endet', `${fake.MONTHS_DE[Number(maxEnd.slice(5, 7)) - 1]} ${maxEnd.slice(0, 4)}`],
    ['Wohnsituation', 'nicht bei den Eltern wohnend'],
  ];
  const gt = d.y;
  for (const [l, v] of grid) {
    d.row([{ x: d.left + 6, text: l, color: GRAY, size: 9 }, { x: d.left + 180, text: v, size: 9.5 }], { minHeight: 15 });
    d.hline(d.y, d.left, d.right, 0.3, LIGHT);
  }
  d.rect(d.left, gt, d.contentWidth, d.y - gt, { stroke: [0.4, 0.4, 0.4], lineWidth: 0.5 });
  d.line(d.left + 172, gt, d.left + 172, d.y, 0.3, LIGHT);
  d.move(10);
  d.write('Höhe der Förderung', { bold: true, size: 10.5 });
  table(ctx, [
    { header: 'Zeitraum', x: d.left },
    { header: 'monatlich', x: d.left + 250, align: 'right' },
    { header: 'davon Zuschuss', x: d.left + 350, align: 'right' },
    { header: 'davon Staatsdarlehen', x: d.right, align: 'right' },
  ], periods.map((p) => [`${mm(p.from)} – ${mm(p.to)}`, eur(p.amount), eur(cents(p.amount / 2)), eur(cents(p.amount - cents(p.amount / 2)))]), { size: 9, grid: true, headerFill: LIGHT });
  if (siblingEnds && sibling) d.para(`Ab ${mm(periods[1].from)} entfällt der Freibetrag für Ihre${sibling.gender === 'f' ? ' Schwester' : 'n Bruder'} ${sibling.first}, weil ${sibling.gender === 'f' ? 'ihre' : 'seine'} Ausbildung nach unseren Unterlagen im ${fake.MONTHS_DE[Number(siblingEnds.slice(5, 7)) - 1]} ${siblingEnds.slice(0, 4)} endet; der Förderungsbetrag verringert sich entsprechend.`, { size: 9 });
  d.para(`Die Hälfte des Förderungsbetrags wird als unverzinsliches Staatsdarlehen geleistet (§ 17 Abs. 2 BAföG). Die Rückzahlung beginnt fünf Jahre nach dem Ende der Förderungshöchstdauer; Sie erhalten dazu gesonderte Nachricht vom Bundesverwaltungsamt.`, { size: 9 });
  d.write('Auszahlung', { bold: true, size: 10.5 });
  d.para(`${backSum > 0 ? `Für die zurückliegenden Monate ab ${mm(bzStart)} wird Ihnen ein Betrag von ${eur(backSum)} nachgezahlt. ` : ''}Die laufenden Beträge werden jeweils zum Monatsende für den Folgemonat auf Ihr Konto ${ctx.iban(acc.iban)} (${acc.bank.name}) überwiesen.`);
  d.write('Was Sie noch tun müssen', { bold: true, size: 10.5 });
  d.para(`Legen Sie bitte die Immatrikulationsbescheinigung für das ${nextLabel} bis zum ${ctx.date(addDays(nextSem, 20))} vor; sonst wird die Zahlung ab ${mm(nextSem)} eingestellt.${semNo + 1 >= 4 && semNo <= 4 ? ` Für die Förderung ab dem 5. Fachsemester ist außerdem eine Bescheinigung der Hochschule über die üblichen Leistungen (Formblatt 5, § 48 BAföG) erforderlich.` : ''} Änderungen Ihres Einkommens, Vermögens oder Ihrer Anschrift sowie einen Abbruch oder Wechsel der Ausbildung teilen Sie uns bitte unverzüglich mit.`);
  d.ensure(70);
  d.write('Rechtsbehelfsbelehrung', { bold: true, size: 10.5 });
  d.para(`Gegen diesen Bescheid kann innerhalb eines Monats nach Bekanntgabe Widerspruch beim ${studierendenwerk}, Amt für Ausbildungsförderung, ${office.street} ${office.no}, ${office.plz} ${city}, erhoben werden.`, { size: 9 });
  d.ensure(95);
  closing(ctx, { auftrag: true, signer: `${clerk.first} ${clerk.last}` });
  d.write('Anlage: Berechnungsbogen', { size: 8.5, color: GRAY });
  // the calculation sheet: on a page of its own unless the letter ran over and leaves room under the closing
  if (d.page === 1) d.newPage();
  else {
    d.ensure(420);
    d.move(18);
  }
  d.write(`Berechnungsbogen für den Bewilligungszeitraum ${mm(bzStart)} – ${mm(bzEnd)}`, { bold: true, size: 11 });
  const mono = { font: 'courier' as const, size: 8.5 };
  const line = (label: string, ...cols: string[]) => {
    const xs = cols.length === 2 ? [d.right - 110, d.right] : [d.right];
    d.row([{ x: d.left, text: label, ...mono, width: xs[0] - d.left - 90 }, ...cols.map((c, i) => ({ x: xs[i], text: c, align: 'right' as const, ...mono }))], { minHeight: 12 });
  };
  const head = (t: string) => {
    d.move(6);
    d.write(t, { bold: true, size: 9.5 });
    d.hline(d.y - 1, d.left, d.right, 0.4, GRAY);
    d.move(3);
  };
  head('1. Bedarf (§§ 13, 13a BAföG)');
  line('Grundbedarf § 13 Abs. 1 Nr. 2', eur(grund));
  line('Unterkunft, nicht bei den Eltern § 13 Abs. 2 Nr. 2', eur(wohnen));
  line('Zuschlag Krankenversicherung § 13a Abs. 1', eur(kv));
  line('Zuschlag Pflegeversicherung § 13a Abs. 2', eur(pv));
  line('Gesamtbedarf monatlich', eur(need));
  head('2. Einkommen und Vermögen der/des Auszubildenden (§§ 22, 23, 26 ff.)');
  line('Einkommen aus geringfügiger Beschäftigung monatlich', eur(minijob));
  line('Freibetrag § 23 Abs. 1 Nr. 1', eur(538));
  line('anzurechnendes Einkommen', eur(Math.max(0, minijob - 538)));
  line(`Vermögen am Tag der Antragstellung (${ctx.ndate(applied)})`, eur(savings));
  line('Freibetrag § 29 Abs. 1 Nr. 1', eur(15000));
  line('anzurechnendes Vermögen', eur(0));
  head(`3. Einkommen der Eltern im Kalenderjahr ${incomeYear} (§§ 21, 24, 25)`);
  d.row([{ x: d.left, text: single ? `Mutter: ${mother.first} ${mother.last}, geb. ${ctx.ndate(mother.birth)}; Vater: ${father.first} ${father.last}, verstorben am ${ctx.ndate(addDays(bzStart, -rng.int(900, 4000)))}` : `Eltern: ${father.first} ${father.last}, geb. ${ctx.ndate(father.birth)}, und ${mother.first} ${mother.last}, geb. ${ctx.ndate(mother.birth)}, verheiratet`, size: 8.5, width: d.contentWidth }], { minHeight: 14 });
  const cols = (f: (x: ReturnType<typeof parentIncome>) => number) => (fatherIn ? [eur(f(fatherIn)), eur(f(motherIn))] : [eur(f(motherIn))]);
  d.row([
    { x: d.left, text: '', ...mono },
    ...(fatherIn ? [{ x: d.right - 110, text: 'Vater', align: 'right' as const, bold: true, size: 8.5 }, { x: d.right, text: 'Mutter', align: 'right' as const, bold: true, size: 8.5 }] : [{ x: d.right, text: 'Mutter', align: 'right' as const, bold: true, size: 8.5 }]),
  ], { minHeight: 13 });
  line('positive Einkünfte (brutto)', ...cols((x) => x.gross));
  line('abzüglich Werbungskostenpauschale', ...cols((x) => x.wk));
  line('abzüglich Einkommensteuer, Solidaritätszuschlag', ...cols((x) => x.tax));
  line('abzüglich Sozialpauschale 21,3 %', ...cols((x) => x.social));
  line('Einkommen jährlich', ...cols((x) => x.net));
  line('Einkommen monatlich', ...cols((x) => x.monthly));
  d.move(4);
  line('Einkommen der Eltern zusammen, monatlich', eur(parentsMonthly));
  line(single ? 'Freibetrag § 25 Abs. 1 Nr. 2 (verwitweter Elternteil)' : 'Freibetrag § 25 Abs. 1 Nr. 1 (verheiratete Eltern)', eur(parentAllowance));
  if (sibling) line(`Freibetrag § 25 Abs. 3 Nr. 2 für ${sibling.first} ${sibling.last}, geb. ${ctx.ndate(sibling.birth)}${siblingEnds ? ` (bis ${mm(siblingEnds)})` : ''}`, eur(730));
  const over = cents(parentsMonthly - parentAllowance - (sibling ? 730 : 0));
  line('übersteigender Betrag', eur(Math.max(0, over)));
  line(`davon anrechnungsfrei § 25 Abs. 4 (${sibling ? '55' : '50'} %)`, eur(Math.max(0, cents(over - first))));
  line('auf den Bedarf anzurechnen', eur(first));
  head('4. Ergebnis');
  for (const p of periods) line(`${mm(p.from)} – ${mm(p.to)}: ${eur(need)} – ${eur(p.credit)}, gerundet`, eur(p.amount));
  d.move(8);
  d.para('Beträge werden auf volle Euro gerundet (§ 51 Abs. 3 BAföG). Monatliche Förderungsbeträge unter 10 Euro werden nicht geleistet. Das Einkommen der Eltern wurde anhand der vorgelegten Einkommensteuerbescheide ermittelt; auf Antrag kann das Einkommen des Bewilligungszeitraums zugrunde gelegt werden (Aktualisierungsantrag nach § 24 Abs. 3 BAföG).', { size: 8.5, color: GRAY });
  footer(d, [[studierendenwerk, 'Amt für Ausbildungsförderung'], [`${office.street} ${office.no}`, `${office.plz} ${city}`], [`Förderungsnummer ${fnr}`]], 'Seite x von y');
}

/** the care-insurance amounts of a year (SGB XI): care allowance and in-kind benefit per care degree, relief amount, consumables, home adaptation */
const PFLEGE: Record<2024 | 2025, { geld: Record<number, number>; sach: Record<number, number>; entlastung: number; verbrauch: number; umbau: number; verhinderung: number }> = {
  2024: { geld: { 2: 332, 3: 573, 4: 765, 5: 947 }, sach: { 2: 761, 3: 1432, 4: 1778, 5: 2200 }, entlastung: 125, verbrauch: 40, umbau: 4000, verhinderung: 1612 },
  2025: { geld: { 2: 347, 3: 599, 4: 800, 5: 990 }, sach: { 2: 796, 3: 1497, 4: 1859, 5: 2299 }, entlastung: 131, verbrauch: 42, umbau: 4180, verhinderung: 1685 },
};

/** the six modules of the assessment: weight, and the raw-point bands for the levels 0–4 */
const MODULE_NBA: readonly { nr: string; name: string; bands: readonly (readonly [number, number])[]; weighted: readonly number[] }[] = [
  { nr: '1', name: 'Mobilität', bands: [[0, 1], [2, 3], [4, 5], [6, 9], [10, 15]], weighted: [0, 2.5, 5, 7.5, 10] },
  { nr: '2/3', name: 'Kognitive und kommunikative Fähigkeiten / Verhaltensweisen und psychische Problemlagen', bands: [[0, 1], [2, 5], [6, 10], [11, 16], [17, 33]], weighted: [0, 3.75, 7.5, 11.25, 15] },
  { nr: '4', name: 'Selbstversorgung', bands: [[0, 2], [3, 7], [8, 18], [19, 36], [37, 54]], weighted: [0, 10, 20, 30, 40] },
  { nr: '5', name: 'Bewältigung von und selbständiger Umgang mit krankheits- oder therapiebedingten Anforderungen und Belastungen', bands: [[0, 0], [1, 1], [2, 3], [4, 5], [6, 15]], weighted: [0, 5, 10, 15, 20] },
  { nr: '6', name: 'Gestaltung des Alltagslebens und sozialer Kontakte', bands: [[0, 0], [1, 3], [4, 6], [7, 11], [12, 18]], weighted: [0, 3.75, 7.5, 11.25, 15] },
];
const PG_BANDS: Record<number, readonly [number, number]> = { 2: [27, 47.25], 3: [47.5, 69.75], 4: [70, 89.75], 5: [90, 100] };

/**
 * blind 10: a care insurer's notice of the care degree (Pflegegrad, SGB XI) after the medical
 * service's home assessment: the Pflegekasse of a health insurer as letterhead, the insured
 * person in the window (sometimes a legal guardian named in a c/o line), a reference column with
 * the insurance number; the care degree from the first of the application month in a framed box
 * with the total points, sometimes raised from an earlier degree and sometimes limited to a day;
 * the monthly benefits as a table (care allowance, in-kind benefit, relief amount, consumables,
 * home adaptation, respite care), the allowance's back payment to the insured's account, the
 * carer with birth date and the pension contributions paid for them, the counselling visits
 * with their deadline; page 2 the assessment's result per module with raw and weighted points,
 * the bands of the degrees, recommended aids and the month of the re-assessment — the words of a
 * Schwerbehindertenausweis (degree, from, until, assessment) and of a benefit notice, but none of
 * the catalog's documents.
 */
function pflegegradBescheid(ctx: Ctx): void {
  const rng = ctx.rng;
  const p = fake.person(rng, { bornFrom: 1932, bornTo: 1965, titleChance: 0.03 });
  const a = fake.address(rng);
  const kk = rng.pick(['AOK PLUS', 'AOK Nordost', 'BARMER', 'DAK-Gesundheit', 'Techniker Krankenkasse', 'IKK classic', 'KKH Kaufmännische Krankenkasse', 'Knappschaft']);
  const kasse = rng.pick([`Pflegekasse bei der ${kk}`, `${kk} – Pflegekasse`]);
  const office = fake.address(rng);
  const waited = rng.int(28, 75);
  const antrag = addDays(ctx.today, -waited);
  const start = firstOfMonth(antrag);
  // the medical service visits within the weeks between application and notice
  const visit = addDays(antrag, rng.int(10, waited - 8));
  const year = Number(start.slice(0, 4)) >= 2025 ? 2025 : 2024;
  const rates = PFLEGE[year];
  const raise = rng.chance(0.35);
  const pg = raise ? rng.int(3, 5) : rng.weighted([[2, 4], [3, 4], [4, 2], [5, 1]]);
  const oldPg = pg - 1;
  const oldSince = addDays(start, -rng.int(400, 1500));
  // module levels drawn until their weighted sum falls in the degree's band
  let levels = [0, 0, 0, 0, 0];
  let total = 0;
  for (let i = 0; i < 400; i++) {
    levels = MODULE_NBA.map(() => rng.int(Math.max(0, pg - 3), Math.min(4, pg)));
    total = levels.reduce((s, l, j) => s + MODULE_NBA[j].weighted[l], 0);
    if (total >= PG_BANDS[pg][0] && total <= PG_BANDS[pg][1]) break;
  }
  if (total < PG_BANDS[pg][0] || total > PG_BANDS[pg][1]) {
    levels = [Math.min(4, pg - 1), Math.min(4, pg - 1), pg - 1, pg - 1, Math.min(4, pg - 1)];
    total = levels.reduce((s, l, j) => s + MODULE_NBA[j].weighted[l], 0);
  }
  const raw = levels.map((l, j) => rng.int(MODULE_NBA[j].bands[l][0], MODULE_NBA[j].bands[l][1]));
  const limited = rng.chance(0.25) ? lastOfMonth(addMonths(start, rng.pick([12, 18, 24]))) : undefined;
  const reassess = addMonths(start, rng.pick([12, 18, 24, 36]));
  const carer = fake.person(rng, { bornFrom: Number(p.birth.slice(0, 4)) + 20, bornTo: Math.min(2000, Number(p.birth.slice(0, 4)) + 40), last: rng.chance(0.6) ? p.last : undefined, titleChance: 0 });
  const carerRole = carer.last === p.last ? (carer.gender === 'f' ? 'Tochter' : 'Sohn') : carer.gender === 'f' ? 'Nachbarin' : 'Nachbar';
  const guardian = rng.chance(0.2) ? fake.person(rng, { titleChance: 0 }) : undefined;
  const vnr = `${rng.pick([...'ABCDEFGHKLMNRSTW'])}${rng.digits(9)}`;
  const acct = fake.bankAccount(rng);
  const kasseAcct = fake.bankAccount(rng);
  const clerk = fake.person(rng, { titleChance: 0 });
  const paidMonths = (Number(ctx.today.slice(0, 4)) - Number(start.slice(0, 4))) * 12 + Number(ctx.today.slice(5, 7)) - Number(start.slice(5, 7)) + 1;
  const geld = rates.geld[pg];
  const oldGeld = PFLEGE[year].geld[oldPg] ?? 0;
  const back = raise ? cents(paidMonths * (geld - oldGeld)) : cents(paidMonths * geld);
  const points = (v: number) => decimal(v, 2);
  const accent: readonly [number, number, number] = rng.pick([[0.0, 0.45, 0.35], [0.1, 0.3, 0.6], [0.55, 0.1, 0.3], [0.85, 0.4, 0.0]] as const);
  const anredeP = anrede(p);

  const d = ctx.start({ family: 'helvetica', size: 9.5, margins: { left: 68, right: 56, top: 58, bottom: 80 } });
  d.rect(d.right - 120, 36, 120, 34, { fill: accent });
  d.text(d.right - 60, 50, kk, { size: Math.min(10, (10 * 110) / d.measure(kk, { size: 10, bold: true })), bold: true, align: 'center', color: [1, 1, 1] });
  d.text(d.right - 60, 63, 'Pflegekasse', { size: 8, align: 'center', color: [1, 1, 1] });
  returnLine(d, `${kasse} · ${office.plz} ${office.city}`);
  const win: Cell[] = guardian
    ? [`${p.gender === 'f' ? 'Frau' : 'Herrn'} ${p.first} ${p.last}`, `c/o ${guardian.gender === 'f' ? 'Frau' : 'Herrn'} ${guardian.first} ${guardian.last} (rechtl. Betreuung)`, `${a.street} ${a.no}`, `${a.plz} ${a.city}`]
    : recipientLines(ctx, p, a);
  addressWindow(d, win);
  infoBlock(d, [
    ['Ihre Pflegekasse', `${office.street} ${office.no}`],
    ['', `${office.plz} ${office.city}`],
    ['Versichertennr.', vnr],
    ['Ansprechpartner', `${clerk.gender === 'f' ? 'Frau' : 'Herr'} ${clerk.last}`],
    ['Telefon', fake.phone(rng)],
    ['Datum', ctx.ndate(ctx.today)],
  ], { x: 350, labelWidth: 84 });
  subject(d, [
    ctx.pick(['Ihr Antrag auf Leistungen der Pflegeversicherung', 'Feststellung Ihrer Pflegebedürftigkeit'], [raise ? 'Ihr Antrag auf Höherstufung des Pflegegrades' : 'Bescheid über Ihren Pflegegrad']),
    `Antrag vom ${ctx.date(antrag)}`,
  ], 280);
  d.write(anredeP);
  d.move(2);
  d.para(`der Medizinische Dienst (MD) hat Sie am ${ctx.date(visit)} in Ihrer häuslichen Umgebung begutachtet${guardian ? '; Ihre Betreuerin bzw. Ihr Betreuer war dabei' : ''}. Auf Grundlage des Gutachtens haben wir über Ihren Antrag entschieden. ${raise ? `Bisher waren Sie seit dem ${ctx.date(oldSince)} dem Pflegegrad ${oldPg} zugeordnet.` : ''}`.trim());
  // the decision box
  d.ensure(90);
  const top = d.y + 2;
  const h = limited ? 70 : 58;
  d.rect(d.left, top, d.contentWidth, h, { stroke: accent, lineWidth: 1.2 });
  d.rect(d.left, top, 6, h, { fill: accent });
  d.text(d.left + 16, top + 17, 'Unsere Entscheidung', { size: 8, color: GRAY });
  d.text(d.left + 16, top + 36, `Pflegegrad ${pg}`, { size: 16, bold: true, color: accent });
  d.text(d.left + 250, top + 17, 'zugeordnet ab', { size: 8, color: GRAY });
  d.text(d.left + 250, top + 33, ctx.date(start), { size: 11, bold: true });
  d.text(d.left + 250, top + 48, `Gesamtpunktwert ${points(total)} von 100`, { size: 8.5, color: GRAY });
  d.text(d.left + 16, top + 50, pg === 5 ? 'schwerste Beeinträchtigung, besondere Anforderungen' : pg === 4 ? 'schwerste Beeinträchtigung der Selbständigkeit' : pg === 3 ? 'schwere Beeinträchtigung der Selbständigkeit' : 'erhebliche Beeinträchtigung der Selbständigkeit', { size: 7.5, color: GRAY });
  if (limited) d.text(d.left + 16, top + 63, `Die Zuordnung ist befristet bis ${ctx.date(limited)}.`, { size: 8.5, bold: true });
  d.y = top + h + 12;
  d.para(`Leistungen erhalten Sie ab dem Monat der Antragstellung. ${limited ? `Weil sich Ihr Zustand nach Einschätzung des MD voraussichtlich bessert, ist die Zuordnung befristet. Stellen Sie bitte rechtzeitig vor dem ${ctx.date(limited)} einen Antrag, wenn Sie weiter Leistungen benötigen.` : 'Eine Befristung ist nicht vorgesehen.'}`);
  d.write('Diese Leistungen stehen Ihnen zu', { bold: true, size: 10.5 });
  const rows: Cell[][] = [
    [raise ? `Pflegegeld (Pflegegrad ${pg})` : 'Pflegegeld für selbst beschaffte Pflegehilfen', ctx.money(geld), 'monatlich'],
    ['Pflegesachleistung durch einen ambulanten Pflegedienst', `bis ${ctx.money(rates.sach[pg])}`, 'monatlich'],
    ['Entlastungsbetrag (zweckgebunden)', `bis ${ctx.money(rates.entlastung)}`, 'monatlich'],
    ['zum Verbrauch bestimmte Pflegehilfsmittel', `bis ${ctx.money(rates.verbrauch)}`, 'monatlich'],
    ['Verhinderungspflege', `bis ${ctx.money(rates.verhinderung)}`, 'je Kalenderjahr'],
    ['Maßnahmen zur Verbesserung des Wohnumfeldes', `bis ${ctx.money(rates.umbau)}`, 'je Maßnahme'],
  ];
  if (raise) rows.unshift([`bisheriges Pflegegeld (Pflegegrad ${oldPg})`, ctx.money(oldGeld), 'monatlich']);
  table(ctx, [
    { header: 'Leistung', x: d.left, width: 260 },
    { header: 'Betrag', x: d.left + 370, align: 'right' },
    { header: 'Zeitraum', x: d.left + 384 },
  ], rows, { size: 8.8, grid: true, headerFill: [0.93, 0.93, 0.93] });
  d.para(`Pflegegeld und Pflegesachleistung können Sie kombinieren; das Pflegegeld vermindert sich dann anteilig. Sie haben angegeben, dass ${carer.first} ${carer.last} (${carerRole}) Sie pflegt. Wir zahlen das ${raise ? 'höhere ' : ''}Pflegegeld deshalb ab ${ctx.date(start)} auf Ihr Konto ${ctx.iban(acct.iban)} bei der ${acct.bank.name}. Für die Zeit bis ${ctx.date(lastOfMonth(ctx.today))} überweisen wir ${raise ? 'den Unterschiedsbetrag' : 'das Pflegegeld'} von ${ctx.money(back)} in den nächsten Tagen; danach zahlen wir monatlich.`);
  d.para(`Rentenversicherung der Pflegeperson: Pflegt ${carer.first} ${carer.last}, geboren am ${ctx.date(carer.birth)}, Sie wenigstens zehn Stunden wöchentlich, verteilt auf regelmäßig mindestens zwei Tage, zahlen wir für sie bzw. ihn Beiträge zur Rentenversicherung. Den Fragebogen zur Pflegeperson legen wir bei.`, { size: 9 });
  const visitDue = addMonths(start, pg >= 4 ? 3 : 6);
  d.para(`Beratungsbesuch: Als Bezieher${p.gender === 'f' ? 'in' : ''} von Pflegegeld müssen Sie ${pg >= 4 ? 'einmal im Vierteljahr' : 'einmal im Halbjahr'} eine Beratung in Ihrer Häuslichkeit abrufen (§ 37 Abs. 3 SGB XI), erstmals bis zum ${ctx.date(lastOfMonth(visitDue))}.`, { size: 9 });
  d.write('Rechtsbehelfsbelehrung', { bold: true });
  d.para(`Gegen diesen Bescheid kann innerhalb eines Monats nach Bekanntgabe Widerspruch erhoben werden. Der Widerspruch ist schriftlich oder zur Niederschrift bei der ${kasse}, ${office.street} ${office.no}, ${office.plz} ${office.city}, einzulegen.`, { size: 9 });
  closing(ctx, { greeting: 'Freundliche Grüße', signer: `${clerk.first} ${clerk.last}`, role: kasse });
  d.write('Anlage: Ergebnis der Begutachtung, Fragebogen zur Pflegeperson', { size: 8, color: GRAY });

  // the result of the assessment on a sheet of its own, or under the letter's last lines when they ran over
  if (d.page === 1) d.newPage();
  else {
    d.move(16);
    d.hline(d.y, d.left, d.right, 0.8, accent);
    d.move(12);
  }
  d.write('Anlage: Ergebnis der Begutachtung durch den Medizinischen Dienst', { size: 11.5, bold: true });
  d.write(`${ctx.name(p, 'last-first')}, geb. ${ctx.ndate(p.birth)} · Versichertennr. ${vnr} · Hausbesuch am ${ctx.ndate(visit)}`, { size: 8.5, color: GRAY });
  d.move(6);
  table(ctx, [
    { header: 'Modul', x: d.left },
    { header: 'Lebensbereich', x: d.left + 40, width: 230 },
    { header: 'Einzelpunkte', x: d.left + 335, align: 'right' },
    { header: 'Gewichtung', x: d.left + 400, align: 'right' },
    { header: 'gew. Punkte', x: d.right, align: 'right' },
  ], MODULE_NBA.map((m, j) => [m.nr, m.name, String(raw[j]), j === 0 ? '10 %' : j === 1 ? '15 %' : j === 2 ? '40 %' : j === 3 ? '20 %' : '15 %', points(m.weighted[levels[j]])]), { size: 8.5, grid: true, headerFill: [0.93, 0.93, 0.93] });
  d.row([{ x: d.left + 40, text: 'Gesamtpunktwert', bold: true }, { x: d.right, text: points(total), align: 'right', bold: true }]);
  d.move(8);
  d.para('Bei Modul 2 und 3 fließt nur der höhere Wert ein. Die Module 7 (außerhäusliche Aktivitäten) und 8 (Haushaltsführung) werden erhoben, gehen aber nicht in den Gesamtpunktwert ein.', { size: 8.5, color: GRAY });
  d.write('Zuordnung der Pflegegrade', { bold: true, size: 10 });
  table(ctx, [
    { header: 'Gesamtpunkte', x: d.left },
    { header: 'Pflegegrad', x: d.left + 120 },
    { header: 'Beeinträchtigung der Selbständigkeit', x: d.left + 200, width: d.right - d.left - 200 },
  ], [
    ['12,5 bis unter 27', '1', 'geringe'],
    ['27 bis unter 47,5', '2', 'erhebliche'],
    ['47,5 bis unter 70', '3', 'schwere'],
    ['70 bis unter 90', '4', 'schwerste'],
    ['90 bis 100', '5', 'schwerste mit besonderen Anforderungen an die pflegerische Versorgung'],
  ], { size: 8.5 });
  d.write('Empfehlungen des Gutachtens', { bold: true, size: 10 });
  const aids = rng.sample(['Rollator', 'Duschhocker', 'Toilettensitzerhöhung', 'Pflegebett', 'Hausnotruf', 'Badewannenlifter', 'Greifzange'], rng.int(2, 3));
  for (const t of [`Hilfsmittel: ${aids.join(', ')}`, `Wiederholungsbegutachtung: ${fake.MONTHS_DE[Number(reassess.slice(5, 7)) - 1]} ${reassess.slice(0, 4)}`, `Präventions- und Rehabilitationsbedarf: ${rng.pick(['keine Empfehlung', 'ambulante geriatrische Rehabilitation empfohlen', 'Physiotherapie zur Sturzprophylaxe'])}`])
    d.para(`–  ${t}`, { size: 9, x: d.left + 8, after: 2 });
  d.move(6);
  d.para(`Das vollständige Gutachten senden wir Ihnen auf Wunsch zu. Bei Fragen erreichen Sie uns montags bis freitags von 8 bis 18 Uhr.`, { size: 9 });
  footer(d, [[kasse, `${office.street} ${office.no}, ${office.plz} ${office.city}`], [`Bankverbindung ${kasseAcct.bank.name}`, `IBAN ${fake.groupIban(kasseAcct.iban)} · BIC ${kasseAcct.bank.bic}`]], 'Seite x von y');
}

/**
 * Q (holdout, blind 11): the employer's copy of its social-insurance notifications for the employee
 * (Meldebescheinigung zur Sozialversicherung nach § 25 DEÜV), printed by the payroll software or
 * the tax adviser's payroll office: the employee in the window, personnel number and date at the
 * right; one framed block of small-label boxes per notification (insurance number, name with
 * birth name, address, the employer's and the health insurer's company numbers, reason code,
 * period from/to, person group, contribution group, activity code, the year's contributory pay in
 * whole euros, sometimes the reduced pay in the transition zone): an annual notification for last
 * year, sometimes an interruption for sick pay or parental allowance, a notification of leaving
 * this year or a registration for a new job without pay — the words of a Meldebescheinigung and
 * of a payslip, but none of the catalog's documents.
 */
function meldebescheinigungSv(ctx: Ctx): void {
  const rng = ctx.rng;
  const pay = payroll(rng, ctx.today);
  const p = pay.employee;
  p.title = undefined;
  const a = pay.address;
  const lastYear = Number(ctx.today.slice(0, 4)) - 1;
  const scenario = rng.weighted([['jahr', 4], ['unterbrechung', 2], ['abmeldung', 2], ['anmeldung', 1]] as const);
  const mini = pay.brutto <= 556;
  const transition = !mini && pay.brutto <= 2000;
  const kasse = mini ? 'Minijob-Zentrale (Knappschaft-Bahn-See)' : pay.krankenkasse;
  const bnrKasse = mini ? '98000006' : rng.digits(8);
  const bnrAg = rng.digits(8);
  const vsnr = pay.svNummer;
  const taetigkeit = `${rng.digits(5)}${rng.pick(['1', '2', '3', '4'])}${rng.pick(['1', '2'])}${rng.pick(['1', '3', '4'])}${rng.pick(['1', '2'])}`;
  const pgr = mini ? '109' : rng.weighted([['101', 9], ['102', 1]] as const);
  const bgr = mini ? '6500' : rng.pick(['1111', '1111', '1111', '3111']);
  const hired = scenario === 'anmeldung' ? firstOfMonth(addDays(ctx.today, -rng.int(5, 60))) : iso(lastYear - rng.int(0, 9), rng.int(1, 12), 1);
  const yearFrom = hired > iso(lastYear, 1, 1) ? hired : iso(lastYear, 1, 1);
  const monthsLastYear = 12 - (Number(yearFrom.slice(5, 7)) - 1);
  const yearly = (months: number) => Math.round(pay.brutto * months + (rng.chance(0.4) ? pay.brutto * rng.float(0.3, 1) : 0));
  interface Meldung { grund: string; text: string; von: string; bis?: string; entgelt?: number; reduced?: number; erstellt: string }
  const meldungen: Meldung[] = [];
  if (scenario === 'unterbrechung') {
    // the pay up to the day before sick pay or parental allowance began, then the annual notification from the return
    const stop = iso(lastYear, rng.int(Math.max(3, Number(yearFrom.slice(5, 7)) + 1), 7), rng.int(1, 28));
    const back = addDays(stop, rng.int(60, 150));
    const m1 = Math.max(1, Number(stop.slice(5, 7)) - Number(yearFrom.slice(5, 7)));
    const e1 = yearly(m1);
    meldungen.push({ grund: '51', text: rng.pick(['Unterbrechung wegen Bezug von Krankengeld', 'Unterbrechung wegen Bezug von Elterngeld']), von: yearFrom, bis: addDays(stop, -1), entgelt: e1, reduced: transition ? Math.round(e1 * 0.82) : undefined, erstellt: addDays(stop, rng.int(20, 40)) });
    const m2 = 12 - Number(back.slice(5, 7)) + 1;
    const e2 = yearly(m2);
    meldungen.push({ grund: '50', text: 'Jahresmeldung', von: back, bis: iso(lastYear, 12, 31), entgelt: e2, reduced: transition ? Math.round(e2 * 0.82) : undefined, erstellt: iso(lastYear + 1, rng.pick([1, 2]), rng.int(5, 14)) });
  } else if (scenario !== 'anmeldung') {
    const e = yearly(monthsLastYear);
    meldungen.push({ grund: '50', text: 'Jahresmeldung', von: yearFrom, bis: iso(lastYear, 12, 31), entgelt: e, reduced: transition ? Math.round(e * 0.82) : undefined, erstellt: iso(lastYear + 1, rng.pick([1, 2]), rng.int(5, 14)) });
  }
  if (scenario === 'abmeldung') {
    const end = lastOfMonth(addMonths(ctx.today, -rng.int(0, 2)));
    const from = iso(lastYear + 1, 1, 1);
    if (end > from) {
      const e = yearly(Number(end.slice(5, 7)));
      meldungen.push({ grund: '30', text: 'Abmeldung wegen Ende der Beschäftigung', von: from, bis: end, entgelt: e, reduced: transition ? Math.round(e * 0.82) : undefined, erstellt: addDays(end, rng.int(3, 20)) });
    }
  }
  if (scenario === 'anmeldung') meldungen.push({ grund: '10', text: 'Anmeldung wegen Beginn einer Beschäftigung', von: hired, erstellt: addDays(hired, rng.int(0, 14)) });
  // a notification is never dated after the letter that reports it
  for (const m of meldungen) if (m.erstellt > ctx.today) m.erstellt = ctx.today;
  const letterDate = meldungen.map((m) => m.erstellt).sort().at(-1)!;
  const byOffice = rng.chance(0.4);
  const office = byOffice ? `Steuerberatung ${fake.person(rng).last} & Partner mbB – Lohnbüro` : undefined;
  const padded = rng.chance(0.5);
  const euros = (v: number) => (padded ? String(v).padStart(6, '0') : decimal(v, 0));
  const mehrfach = rng.chance(0.85) ? 'N' : 'J';
  // the legal area of the establishment: the new Länder and East Berlin
  const ost = /^(0|1[0-9]|39|98|99)/.test(pay.employer.address.plz) ? !/^1[0-3]/.test(pay.employer.address.plz) || rng.chance(0.5) : false;
  const ddmmyyyy = (v: string) => `${v.slice(8, 10)}.${v.slice(5, 7)}.${v.slice(0, 4)}`;

  const d = ctx.start({ family: 'helvetica', size: 9.5, margins: { left: 62, right: 52, top: 56, bottom: 76 } });
  d.text(d.left, 46, pay.employer.name, { size: 12, bold: true });
  d.text(d.left, 58, `${pay.employer.address.street} ${pay.employer.address.no} · ${pay.employer.address.plz} ${pay.employer.address.city}`, { size: 8, color: GRAY });
  if (office) d.text(d.right, 46, `erstellt durch: ${office}`, { size: 7.5, align: 'right', color: GRAY });
  returnLine(d, `${pay.employer.name} · ${pay.employer.address.plz} ${pay.employer.address.city}`);
  addressWindow(d, recipientLines(ctx, p, a));
  infoBlock(d, [
    ['Personal-Nr.', pay.personalnummer],
    ['Betriebsnummer', bnrAg],
    ['Datum', ctx.ndate(letterDate)],
  ], { x: 380, labelWidth: 70 });
  d.y = 250;
  d.write(rng.pick(['Meldebescheinigung zur Sozialversicherung', 'Bescheinigung über die Meldungen zur Sozialversicherung']), { size: 13, bold: true });
  d.write('nach § 25 der Datenerfassungs- und -übermittlungsverordnung (DEÜV)', { size: 8.5, color: GRAY, gap: 2 });
  d.write(anrede(p), { size: 9 });
  d.para(`wir haben für Sie ${meldungen.length === 1 ? 'die folgende Meldung' : 'die folgenden Meldungen'} elektronisch an Ihre Einzugsstelle übermittelt. Bitte prüfen Sie die Angaben, insbesondere Ihre Versicherungsnummer und das gemeldete Entgelt, und teilen Sie uns Fehler umgehend mit. Bewahren Sie diese Bescheinigung auf: Sie dient als Nachweis gegenüber Ihrem Rentenversicherungsträger.`, { size: 9 });
  const W = d.contentWidth;
  const H = 25;
  for (const [i, m] of meldungen.entries()) {
    d.ensure(6 * H + 40);
    d.move(4);
    d.rect(d.left, d.y, W, 15, { fill: LIGHT });
    d.text(d.left + 5, d.y + 11, `Meldung ${i + 1} von ${meldungen.length}`, { size: 8.5, bold: true });
    d.text(d.right - 5, d.y + 11, `erstellt am ${ddmmyyyy(m.erstellt)}`, { size: 8, align: 'right', color: GRAY });
    const t = d.y + 15;
    const bx = (col: number, row: number, w: number, label: string, value: string) => box(ctx, d.left + col * W, t + row * H, w * W, H, label, value, 9);
    bx(0, 0, 0.3, 'Versicherungsnummer', vsnr);
    bx(0.3, 0, 0.45, 'Name, Vorname', `${p.last}, ${p.first}`);
    bx(0.75, 0, 0.25, p.birthName ? 'Geburtsname' : 'Geburtsdatum', p.birthName ?? ddmmyyyy(p.birth));
    bx(0, 1, 0.5, 'Straße, Hausnummer', `${a.street} ${a.no}`);
    bx(0.5, 1, 0.5, 'Postleitzahl, Wohnort', `${a.plz} ${a.city}`);
    bx(0, 2, 0.25, 'Betriebsnummer Arbeitgeber', bnrAg);
    bx(0.25, 2, 0.5, 'Krankenkasse / Einzugsstelle', kasse);
    bx(0.75, 2, 0.25, 'Betriebsnr. Einzugsstelle', bnrKasse);
    bx(0, 3, 0.5, 'Abgabegrund', `${m.grund} – ${m.text}`);
    bx(0.5, 3, 0.25, 'Zeitraum von', ddmmyyyy(m.von));
    bx(0.75, 3, 0.25, 'Zeitraum bis', m.bis ? ddmmyyyy(m.bis) : '');
    bx(0, 4, 0.2, 'Personengruppe', pgr);
    bx(0.2, 4, 0.2, 'Beitragsgruppe', bgr);
    bx(0.4, 4, 0.3, 'Tätigkeitsschlüssel', taetigkeit);
    bx(0.7, 4, 0.15, 'Mehrfachbesch.', mehrfach);
    bx(0.85, 4, 0.15, 'Rechtskreis', ost ? 'Ost' : 'West');
    if (m.entgelt !== undefined) {
      bx(0, 5, 0.5, 'Beitragspflichtiges Bruttoarbeitsentgelt (volle Euro)', `${euros(m.reduced ?? m.entgelt)} EUR`);
      bx(0.5, 5, 0.5, transition ? 'Übergangsbereich – tatsächliches Entgelt RV' : 'Übergangsbereich', transition ? `1 (ja) · ${euros(m.entgelt)} EUR` : '0 (nein)');
      d.y = t + 6 * H + 6;
    } else {
      box(ctx, d.left, t + 5 * H, W, H, 'Entgelt', 'bei Anmeldungen nicht anzugeben', 9);
      d.y = t + 6 * H + 6;
    }
  }
  d.move(4);
  d.para(`Die Meldungen wurden mit einem systemgeprüften Programm erstellt und über ${rng.pick(['die Kommunikationsserver der Krankenkassen', 'sv.net', 'das Rechenzentrum des Abrechnungsdienstleisters'])} übermittelt. Die gemeldeten Entgelte sind die Grundlage Ihrer Rentenanwartschaften; sie erscheinen in Ihrem Versicherungsverlauf.`, { size: 8, color: GRAY });
  if (scenario === 'unterbrechung') d.para('Für die Zeit der Unterbrechung meldet der Leistungsträger die beitragspflichtigen Einnahmen selbst.', { size: 8, color: GRAY });
  footer(d, [[pay.employer.name, `${pay.employer.address.street} ${pay.employer.address.no}, ${pay.employer.address.plz} ${pay.employer.address.city}`], [office ?? 'Personalabteilung', `Telefon ${pay.employer.phone}`]], rng.pick(['Seite x von y', 'x/y'] as const));
}

const KITA_NAMEN = ['Sonnenschein', 'Regenbogen', 'Pusteblume', 'Kleine Strolche', 'Spatzennest', 'Zwergenland', 'Löwenzahn', 'Abenteuerland', 'Wirbelwind', 'Sternschnuppe', 'Kunterbunt', 'Entdeckerhaus'];

/**
 * holdout (blind 12): a town's notice fixing the parents' fee for day care (Elternbeitrag,
 * Kita-Beitragsbescheid) for the Kita year: the youth office's department with a contribution
 * account number and a Kassenzeichen; the parents as addressees (one of them the fee debtor);
 * numbered sections under grey bands: the children in care as a table (birth date, facility,
 * kind of care, hours a day, from when), the income as a ledger (both parents' gross pay, the
 * work-expense lump sum, parental allowance, an allowance per further child, the income that
 * counts, the income band), the fee per child with a sibling's reduction and the monthly total
 * in a box, the change of a child from crèche to kindergarten rate in a later month; the SEPA
 * debit from the parent's IBAN by the 15th; a hint that families on Wohngeld, Bürgergeld or
 * Kinderzuschlag pay nothing under § 90 Abs. 4 SGB VIII when they hand in the notice; meals
 * billed by the provider; remedy; page 2 the statute's fee table by income band, kind of care and
 * hours — the words of a Schulbescheinigung (child, facility, "gültig") and of a Wohngeld notice
 * (household income, Wohngeld), but none of the catalog's documents.
 */
function kitaBeitragsbescheid(ctx: Ctx): void {
  const rng = ctx.rng;
  const a = fake.address(rng);
  const city = a.city;
  const today = ctx.today;
  const y = Number(today.slice(0, 4));
  const kitaYear = Number(today.slice(5, 7)) >= 8 ? y : y - 1;
  const p1 = fake.person(rng, { bornFrom: 1984, bornTo: 1998, titleChance: 0, gender: rng.chance(0.6) ? 'f' : 'm' });
  const together = rng.chance(0.7);
  const p2 = together ? fake.person(rng, { gender: p1.gender === 'f' ? 'm' : 'f', bornFrom: 1980, bornTo: 1998, titleChance: 0, last: rng.chance(0.6) ? p1.last : undefined }) : undefined;
  // the children: one in care at least, sometimes a second one (crèche, kindergarten or after-school care)
  const ages = rng.pick([[1], [2], [4], [5], [1, 4], [2, 5], [3, 6], [4, 7]]);
  const kids = ages.map((age) => {
    const k = fake.person(rng, { bornFrom: y - age, bornTo: y - age, last: rng.chance(0.85) ? p1.last : (p2?.last ?? p1.last), titleChance: 0 });
    if (k.birth > addDays(today, -200)) k.birth = addDays(today, -(age * 365 + rng.int(20, 200)));
    return k;
  });
  // siblings never share a first name
  for (let i = 1; i < kids.length; i++) while (kids[i].first === kids[0].first) kids[i].first = fake.person(rng, { gender: kids[i].gender }).first;
  kids.sort((x, z) => (x.birth < z.birth ? -1 : 1));
  const ageAt = (k: fake.Person, day: string) => {
    const [by, bm, bd] = k.birth.split('-').map(Number);
    const [ty, tm, td] = day.split('-').map(Number);
    return ty - by - (tm < bm || (tm === bm && td < bd) ? 1 : 0);
  };
  const from = rng.chance(0.6) ? iso(kitaYear, 8, 1) : firstOfMonth(addDays(today, -rng.int(0, 40)));
  const kitaName = (kind: 'krippe' | 'kita' | 'hort') => kind === 'hort'
    ? rng.pick([`Hort an der ${rng.int(1, 120)}. Grundschule`, `Hort „${rng.pick(KITA_NAMEN)}“`, `Schulhort am ${rng.pick(['Park', 'Auwald', 'Rosental'])}`])
    : rng.pick([`Kita „${rng.pick(KITA_NAMEN)}“`, `Städtische Kindertagesstätte ${rng.pick(['Am Stadtpark', 'Lindenhof', 'Mühlental', 'Gartenweg'])}`, `Ev. Kindergarten St. ${rng.pick(['Martin', 'Petri', 'Nikolai', 'Marien'])}`, `AWO-Kita „${rng.pick(KITA_NAMEN)}“`, `Integrative Kita „${rng.pick(KITA_NAMEN)}“`]);
  const care = kids.map((k) => {
    const age = ageAt(k, from);
    const kind: 'krippe' | 'kita' | 'hort' = age < 3 ? 'krippe' : age < 6 ? 'kita' : 'hort';
    const hours = kind === 'hort' ? rng.pick([4, 5, 6]) : rng.pick([6, 8, 9, 10]);
    let since = addDays(from, -rng.int(0, 2) * 365 - rng.int(0, 60));
    const earliest = addDays(k.birth, 300);
    if (since < earliest) since = earliest < from ? earliest : from;
    return { k, kind, hours, kita: kitaName(kind), since };
  });
  // the income of the parents in the calendar year before
  const gross1 = rng.int(24, 52) * 1000 + rng.int(0, 999);
  const gross2 = p2 ? (rng.chance(0.75) ? rng.int(12, 46) * 1000 + rng.int(0, 999) : 0) : 0;
  const elterngeld = p2 && gross2 === 0 && rng.chance(0.7) ? rng.int(6, 12) * rng.int(600, 1200) : 0;
  const wk = 1230;
  const e1 = Math.max(0, gross1 - wk);
  const e2 = Math.max(0, gross2 - (gross2 ? wk : 0));
  const further = Math.max(0, kids.length - 1 + (rng.chance(0.3) ? 1 : 0));
  const allowance = further * 4000;
  const relevant = Math.max(0, e1 + e2 + elterngeld - allowance);
  // the statute's fee table: bands of income, rates for crèche and kindergarten by hours
  const bands = [0, 20000, 25000, 30000, 35000, 40000, 45000, 50000, 55000, 60000, 70000, 80000];
  const bandIdx = bands.filter((b) => relevant >= b).length - 1;
  const rate = (kind: 'krippe' | 'kita' | 'hort', hours: number, band: number): number => {
    if (band === 0) return 0;
    if (kind === 'hort') return cents(rate('kita', hours, band) / 2);
    const base = kind === 'krippe' ? 38 : 26;
    const perHour = kind === 'krippe' ? 1.0 : 0.8;
    return Math.round(base * band * (0.6 + (perHour * Math.min(hours, 10)) / 10));
  };
  const hoursCols = [6, 8, 10] as const;
  const hcol = (h: number) => hoursCols.find((c) => h <= c) ?? 10;
  // the child with the highest rate pays it in full, the second one half (the statute's sibling rule)
  const fulls = care.map((c) => rate(c.kind, hcol(c.hours), bandIdx));
  const payer = fulls.indexOf(Math.max(...fulls));
  const fees = care.map((c, i) => {
    const reduction = i === payer ? 0 : 0.5;
    return { ...c, full: fulls[i], reduction, fee: cents(fulls[i] * (1 - reduction)) };
  });
  const total = cents(fees.reduce((s, f) => s + f.fee, 0));
  const switchKid = fees.find((f) => f.kind === 'krippe');
  const switchDay = switchKid ? firstOfMonth(addMonths(switchKid.k.birth, 37)) : undefined;
  const kassenzeichen = `${rng.pick(['5.', '6.', '7.'])}${rng.digits(3)}.${rng.digits(6)}.${rng.digits(1)}`;
  const konto = `EB-${rng.digits(6)}`;
  const mandat = `${rng.pick(['KB', 'EB'])}${rng.digits(8)}`;
  const own = fake.bankAccount(rng);
  const kasse = fake.bankAccount(rng);
  const clerk = fake.person(rng, { titleChance: 0 });
  const office = fake.sameCityAddress(rng, a);
  const satzung = addDays(iso(kitaYear - rng.int(1, 3), rng.int(3, 11), 1), rng.int(0, 25));
  const eur = (v: number) => ctx.money(v);
  const accent: readonly [number, number, number] = rng.pick([[0.12, 0.35, 0.6], [0.6, 0.2, 0.15], [0.15, 0.45, 0.3]] as const);

  const d = ctx.start({ family: 'helvetica', size: 9.5, margins: { left: 64, right: 54, top: 56, bottom: 80 } });
  d.rect(d.left, 34, 6, 34, { fill: accent });
  d.text(d.left + 14, 46, `Stadt ${city}`, { size: 14, bold: true });
  const amt = rng.pick(['Amt für Jugend, Familie und Bildung', 'Jugendamt', 'Amt für Kindertagesbetreuung']);
  d.text(d.left + 14, 59, amt, { size: 9 });
  d.text(d.left + 14, 69, rng.pick(['Sachgebiet Elternbeiträge', 'Abteilung Kita-Beiträge und Förderung', 'Team Elternbeiträge']), { size: 8, color: GRAY });
  returnLine(d, `Stadt ${city} · ${amt} · ${office.street} ${office.no} · ${office.plz} ${office.city}`);
  const addr: string[] = p2 && rng.chance(0.6)
    ? [`${p1.gender === 'f' ? 'Frau' : 'Herrn'} ${p1.first} ${p1.last}`, `${p2.gender === 'f' ? 'Frau' : 'Herrn'} ${p2.first} ${p2.last}`, `${a.street} ${a.no}`, `${a.plz} ${a.city}`]
    : recipientLines(ctx, p1, a).map((c) => (typeof c === 'string' ? c : c.text));
  addressWindow(d, addr);
  infoBlock(d, [
    ['Beitragskonto', konto],
    ['Kassenzeichen', kassenzeichen],
    ['Bearbeitung', `${clerk.gender === 'f' ? 'Frau' : 'Herr'} ${clerk.last}`],
    ['Telefon', fake.phone(rng)],
    ['E-Mail', `elternbeitraege@${city.toLowerCase().replace(/ä/g, 'ae').replace(/ö/g, 'oe').replace(/ü/g, 'ue').replace(/ß/g, 'ss').replace(/[^a-z]+/g, '')}.de`],
    ['Datum', ctx.ndate(today)],
  ], { labelWidth: 70 });
  subject(d, [rng.pick(['Festsetzung des Elternbeitrags für die Kindertagesbetreuung', 'Bescheid über die Erhebung von Elternbeiträgen (Kita-Beitragsbescheid)', 'Elternbeitragsbescheid']), `Kita-Jahr ${kitaYear}/${String(kitaYear + 1).slice(2)} – gültig ab ${ctx.ndate(from)}`]);
  d.write(p2 && addr.length === 4 ? 'Sehr geehrte Eltern,' : anrede(p1));
  d.para(`nach der Satzung der Stadt ${city} über die Erhebung von Elternbeiträgen für die Betreuung von Kindern in Kindertageseinrichtungen und Kindertagespflege vom ${ctx.date(satzung)} wird der monatliche Elternbeitrag ${kids.length > 1 ? 'für Ihre Kinder' : 'für Ihr Kind'} wie folgt festgesetzt. Beitragsschuldner${p1.gender === 'f' ? 'in' : ''} ist ${p1.first} ${p1.last}${p2 ? `; ${p2.first} ${p2.last} haftet als Gesamtschuldner${p2.gender === 'f' ? 'in' : ''}` : ''}.`);
  const band = (title: string) => {
    d.ensure(60);
    d.move(4);
    d.rect(d.left - 3, d.y, d.contentWidth + 6, 15, { fill: [0.9, 0.9, 0.9] });
    d.text(d.left, d.y + 11, title, { size: 9.5, bold: true });
    d.y += 21;
  };
  band('1. Betreute Kinder');
  const kindText = (k: 'krippe' | 'kita' | 'hort') => (k === 'krippe' ? 'Krippe (0–3 J.)' : k === 'kita' ? 'Kindergarten' : 'Hort');
  table(ctx, [
    { header: 'Kind', x: d.left },
    { header: 'geb. am', x: d.left + 100 },
    { header: 'Einrichtung', x: d.left + 160, width: 140 },
    { header: 'Betreuungsart', x: d.left + 306 },
    { header: 'Std./Tag', x: d.left + 412, align: 'right' },
    { header: 'betreut seit', x: d.left + 425 },
  ], care.map((c) => [`${c.k.first} ${c.k.last}`, ctx.ndate(c.k.birth), c.kita, kindText(c.kind), String(c.hours), ctx.ndate(c.since)]), { size: 8.5, grid: true });
  band('2. Ermittlung des maßgeblichen Einkommens');
  d.para(`Maßgeblich ist das Einkommen des Kalenderjahres ${y - 1} aller im Haushalt lebenden Elternteile. Das Kindergeld bleibt unberücksichtigt.`, { size: 9 });
  const ledger = (label: string, amount: string, options: { bold?: boolean; rule?: boolean } = {}) => {
    if (options.rule) d.hline(d.y + 1, d.left + 300, d.right, 0.5);
    d.row([{ x: d.left + 10, text: label, width: 300, bold: options.bold }, { x: d.right, text: amount, align: 'right', bold: options.bold }], { size: 9, minHeight: 13 });
  };
  ledger(`Bruttoarbeitslohn ${p1.first} ${p1.last}`, eur(gross1));
  ledger('abzüglich Werbungskostenpauschale', `– ${eur(wk)}`);
  if (p2) {
    if (gross2) {
      ledger(`Bruttoarbeitslohn ${p2.first} ${p2.last}`, eur(gross2));
      ledger('abzüglich Werbungskostenpauschale', `– ${eur(wk)}`);
    } else ledger(`Einkünfte ${p2.first} ${p2.last}`, eur(0));
    if (elterngeld) ledger(`Elterngeld ${p2.first} ${p2.last} (Bezug ${y - 1})`, eur(elterngeld));
  }
  if (allowance) ledger(`Freibetrag für ${further} weitere${further > 1 ? '' : 's'} kindergeldberechtigte${further > 1 ? '' : 's'} Kind${further > 1 ? 'er' : ''}`, `– ${eur(allowance)}`);
  ledger('beitragsrelevantes Jahreseinkommen', eur(relevant), { bold: true, rule: true });
  ledger('Einkommensstufe nach Anlage 1 der Satzung', bandIdx === 0 ? 'Stufe 0 (beitragsfrei)' : `Stufe ${bandIdx}`, { bold: true });
  band('3. Festsetzung des Elternbeitrags');
  table(ctx, [
    { header: 'Kind', x: d.left },
    { header: 'Satz lt. Tabelle', x: d.left + 230, align: 'right' },
    { header: 'Geschwisterermäßigung', x: d.left + 250 },
    { header: 'Monatsbeitrag', x: d.right, align: 'right' },
  ], fees.map((f) => [`${f.k.first} (${kindText(f.kind)}, bis ${hcol(f.hours)} Std.)`, eur(f.full), f.reduction === 0 || f.full === 0 ? '–' : '50 %', eur(f.fee)]), { size: 8.5 });
  d.ensure(40);
  const bx = d.right - 230;
  d.rect(bx, d.y, 230, 30, { stroke: accent, lineWidth: 1.2 });
  d.text(bx + 8, d.y + 12, `monatlicher Elternbeitrag ab ${ctx.ndate(from)}`, { size: 8.5 });
  d.text(bx + 222, d.y + 25, eur(total), { size: 12, bold: true, align: 'right' });
  d.y += 40;
  if (switchKid && switchDay && switchDay > from && rng.chance(0.8)) {
    const later = rate('kita', hcol(switchKid.hours), bandIdx);
    d.para(`${switchKid.k.first} wird am ${ctx.date(addMonths(switchKid.k.birth, 36))} drei Jahre alt. Ab ${ctx.ndate(switchDay)} gilt daher der Satz für Kindergartenkinder von ${eur(later)}; ein gesonderter Bescheid ergeht nicht.`, { size: 9 });
  }
  d.para(`Der Beitrag wird für zwölf Monate im Kita-Jahr erhoben, auch während der Schließzeiten. Die Kosten der Mittagsversorgung (Essengeld) rechnet der Träger der Einrichtung gesondert mit Ihnen ab.`, { size: 9 });
  band('4. Zahlung');
  d.para(`Der Beitrag wird jeweils zum 15. eines Monats aufgrund des SEPA-Lastschriftmandats ${mandat} von Ihrem Konto bei der ${own.bank.name}, IBAN ${ctx.iban(own.iban)}, eingezogen. Bitte sorgen Sie für ausreichende Deckung; Rücklastschriftgebühren gehen zu Ihren Lasten.`, { size: 9 });
  band('Hinweise');
  d.para(`Familien, die Leistungen nach dem SGB II (Bürgergeld), dem SGB XII, dem Asylbewerberleistungsgesetz, Kinderzuschlag oder Wohngeld beziehen, werden nach § 90 Abs. 4 SGB VIII für die Dauer des Bezugs von den Elternbeiträgen befreit. Reichen Sie dafür bitte eine Kopie des aktuellen Bewilligungsbescheides ein; die Befreiung gilt ab dem Monat des Eingangs.`, { size: 9 });
  d.para('Änderungen des Einkommens um mehr als 10 %, der Betreuungszeit oder der Anschrift sind unverzüglich mitzuteilen. Die Stadt kann das Einkommen jährlich überprüfen und den Beitrag rückwirkend neu festsetzen.', { size: 9 });
  d.ensure(70);
  d.write('Rechtsbehelfsbelehrung', { bold: true });
  d.para(`Gegen diesen Bescheid kann innerhalb eines Monats nach Bekanntgabe Widerspruch bei der Stadt ${city}, ${office.street} ${office.no}, ${office.plz} ${office.city}, erhoben werden. Der Widerspruch hat keine aufschiebende Wirkung (§ 80 Abs. 2 Nr. 1 VwGO); der festgesetzte Beitrag ist zunächst zu zahlen.`, { size: 8.5 });
  closing(ctx, { signer: `${clerk.first} ${clerk.last}`, auftrag: true });
  d.para('Anlage: Beitragstabelle (Anlage 1 zur Elternbeitragssatzung)', { size: 8.5, color: GRAY });

  // the annex: the statute's fee table
  d.newPage();
  d.write(`Anlage 1 zur Elternbeitragssatzung der Stadt ${city} vom ${ctx.ndate(satzung)}`, { size: 10.5, bold: true });
  d.write('Monatliche Elternbeiträge nach Einkommensstufe, Betreuungsart und täglicher Betreuungszeit', { size: 9, gap: 2 });
  const cols = [d.left, d.left + 150];
  const w = (d.right - cols[1]) / 6;
  const th = d.y;
  d.rect(d.left - 2, th, d.contentWidth + 4, 30, { fill: [0.9, 0.9, 0.9] });
  d.text(cols[0] + 2, th + 12, 'Stufe / Jahreseinkommen', { size: 8, bold: true });
  d.text(cols[1] + w * 1.5, th + 11, 'Krippe', { size: 8, bold: true, align: 'center' });
  d.text(cols[1] + w * 4.5, th + 11, 'Kindergarten', { size: 8, bold: true, align: 'center' });
  hoursCols.forEach((h, i) => {
    d.text(cols[1] + w * (i + 0.5), th + 25, `bis ${h} Std.`, { size: 7.5, align: 'center' });
    d.text(cols[1] + w * (i + 3.5), th + 25, `bis ${h} Std.`, { size: 7.5, align: 'center' });
  });
  d.y = th + 32;
  bands.forEach((b, i) => {
    const next = bands[i + 1];
    const label = i === 0 ? `0  bis unter ${decimal(bands[1], 0)} €` : next ? `${i}  ${decimal(b, 0)} bis unter ${decimal(next, 0)} €` : `${i}  ab ${decimal(b, 0)} €`;
    const top = d.y;
    if (i === bandIdx) d.rect(d.left - 2, top, d.contentWidth + 4, 13, { fill: [0.96, 0.93, 0.8] });
    d.text(cols[0] + 2, top + 9.5, label, { size: 8 });
    hoursCols.forEach((h, j) => {
      d.text(cols[1] + w * (j + 1) - 6, top + 9.5, decimal(rate('krippe', h, i)), { size: 8, align: 'right' });
      d.text(cols[1] + w * (j + 4) - 6, top + 9.5, decimal(rate('kita', h, i)), { size: 8, align: 'right' });
    });
    d.y = top + 13;
    d.hline(d.y, d.left - 2, d.right + 2, 0.25, GRAY);
  });
  d.move(8);
  d.para('Beträge in Euro. Für Hortkinder gelten 50 % der Sätze für Kindergartenkinder bei gleicher Betreuungszeit. Für das zweite gleichzeitig betreute Kind ermäßigt sich der Beitrag um 50 %, ab dem dritten Kind wird kein Beitrag erhoben. Verpflegungskosten sind nicht enthalten.', { size: 8.5 });
  footer(d, [[`Stadt ${city} – ${amt}`, `${office.street} ${office.no}, ${office.plz} ${office.city}`], ['Stadtkasse', `IBAN ${fake.groupIban(kasse.iban)}`, `BIC ${kasse.bank.bic}`], ['Sprechzeiten: Di 9–12 und 14–18 Uhr', 'Do 9–12 Uhr']], 'Seite x von y');
}

/** the statutory figures of a year for voluntary members: minimum and maximum monthly base, long-term-care rates, average additional contribution */
const KV_FREIWILLIG: Record<number, { min: number; bbg: number; pv: number; pvKinderlos: number; zb: number }> = {
  2023: { min: 1131.67, bbg: 4987.5, pv: 3.4, pvKinderlos: 4.0, zb: 1.6 },
  2024: { min: 1178.33, bbg: 5175, pv: 3.4, pvKinderlos: 4.0, zb: 1.7 },
  2025: { min: 1248.33, bbg: 5512.5, pv: 3.6, pvKinderlos: 4.2, zb: 2.5 },
  2026: { min: 1318.33, bbg: 5812.5, pv: 3.6, pvKinderlos: 4.2, zb: 2.9 },
};

/**
 * Holdout (blind 13): a health insurer's contribution notice for a voluntary member (self-employed
 * or not working, with rent or capital income): the insurer's letterhead, the member in the
 * window, insurance and member numbers; the contributions fixed provisionally from a day after
 * the latest income-tax notice was handed in; a table of the incomes of that tax year per year and
 * per month, the minimum base and the ceiling; a table of health, additional and care
 * contributions with rates, the former amounts beside the new ones, the monthly total in a box;
 * the direct debit from the member's IBAN with the mandate, a back payment; the final fixing of an
 * earlier year with a refund or an arrear; remedy; the insurer's own IBAN in the footer — the words
 * of a benefit notice and of a payslip (income, contributions, "ab"), but none of the catalog's
 * documents.
 */
function kvBeitragsbescheidFreiwillig(ctx: Ctx): void {
  const rng = ctx.rng;
  const p = fake.person(rng, { bornFrom: 1960, bornTo: 1996 });
  const a = fake.address(rng);
  const kasse = rng.pick(fake.KRANKENKASSEN);
  const status = rng.weighted([['selbst', 5], ['ohne', 2]] as const);
  // the latest income-tax notice, handed in a few weeks ago; the new contributions run from the next month
  const vorlage = addDays(ctx.today, -rng.int(5, 25));
  const ab = firstOfMonth(addMonths(vorlage, 1));
  const year = Number(ab.slice(0, 4));
  const prevYear = Number(addDays(ab, -1).slice(0, 4));
  const steuerjahr = year - rng.pick([1, 2]);
  const steuerbescheid = addDays(vorlage, -rng.int(10, 40));
  const r = KV_FREIWILLIG[year];
  const r0 = KV_FREIWILLIG[prevYear];
  const incomes: [string, number][] = [];
  if (status === 'selbst') incomes.push([rng.pick(['Einkünfte aus Gewerbebetrieb', 'Einkünfte aus selbstständiger Arbeit']), rng.int(9000, 58000)]);
  if (status === 'ohne' || rng.chance(0.35)) incomes.push(['Einkünfte aus Vermietung und Verpachtung', rng.int(1800, 9600)]);
  if (rng.chance(0.5)) incomes.push(['Einkünfte aus Kapitalvermögen', rng.int(120, 2400)]);
  const yearly = incomes.reduce((s, [, v]) => s + v, 0);
  const monthly = cents(yearly / 12);
  const base = cents(Math.min(r.bbg, Math.max(r.min, monthly)));
  const oldMonthly = cents(monthly * rng.float(0.8, 1.15));
  const oldBase = cents(Math.min(r0.bbg, Math.max(r0.min, oldMonthly)));
  const kinderlos = rng.chance(0.45);
  const zb = cents(r.zb + rng.pick([-0.4, -0.2, 0, 0.2, 0.4, 0.6]));
  const zb0 = cents(r0.zb + rng.pick([-0.2, 0, 0.2, 0.4]));
  const pv = kinderlos ? r.pvKinderlos : r.pv;
  const pv0 = kinderlos ? r0.pvKinderlos : r0.pv;
  const lines = [
    { label: 'Krankenversicherung (ermäßigter Beitragssatz)', rate: 14.0, rate0: 14.0 },
    { label: 'kassenindividueller Zusatzbeitrag', rate: zb, rate0: zb0 },
    { label: `Pflegeversicherung${kinderlos ? ' (inkl. Beitragszuschlag für Kinderlose)' : ''}`, rate: pv, rate0: pv0 },
  ].map((l) => ({ ...l, now: cents((base * l.rate) / 100), before: cents((oldBase * l.rate0) / 100) }));
  const total = cents(lines.reduce((s, l) => s + l.now, 0));
  const total0 = cents(lines.reduce((s, l) => s + l.before, 0));
  const kvnr = `${rng.pick(['A', 'B', 'K', 'M', 'S', 'T'])}${rng.digits(9)}`;
  const mitglied = rng.digits(rng.pick([8, 10]));
  const mandat = `${rng.pick(['KV', 'BT', 'FM'])}-${rng.digits(9)}`;
  const own = fake.bankAccount(rng);
  const kasseBank = fake.bankAccount(rng);
  // the insurer's local office in the member's town
  const office = fake.sameCityAddress(rng, a);
  const clerk = fake.person(rng, { titleChance: 0 });
  const debit = iso(Number(ab.slice(0, 4)), Number(ab.slice(5, 7)), 15);
  const nachzahlung = compareMonths(ab, ctx.today) < 0 ? cents(total - total0) : 0;
  // an earlier year fixed for good: refund or arrear
  const endJahr = steuerjahr;
  const endDiff = cents(rng.float(-420, 380));
  const eur = (v: number) => ctx.money(v);
  const pct = (v: number) => `${decimal(v, 1)} %`;
  const since = addDays(ctx.today, -rng.int(700, 5000));

  const d = ctx.start({ family: rng.pick(['helvetica', 'helvetica', 'times'] as const), size: 9.5 });
  letterhead(ctx, { name: kasse, unit: ctx.rng.pick(['Beitragsservice freiwillige Mitglieder', 'Team Mitgliedschaft und Beiträge', 'Fachbereich Beiträge Selbstzahler']), extra: [`${office.street} ${office.no}`, `${office.plz} ${office.city}`] });
  returnLine(d, `${kasse} · ${office.street} ${office.no} · ${office.plz} ${office.city}`);
  addressWindow(d, recipientLines(ctx, p, a));
  infoBlock(d, [
    ['Versichertennummer', kvnr],
    ['Mitgliedsnummer', mitglied],
    ['Ansprechpartner', `${clerk.first} ${clerk.last}`],
    ['Telefon', fake.phone(rng)],
    ['Datum', ctx.ndate(ctx.today)],
  ], { labelWidth: 86 });
  subject(d, [rng.pick([`Beitragsbescheid ab ${ctx.ndate(ab)}`, `Festsetzung Ihrer Beiträge ab ${ctx.ndate(ab)}`]), 'Kranken- und Pflegeversicherung – freiwillige Mitgliedschaft']);
  d.write(anrede(p));
  d.para(`Sie sind seit dem ${ctx.date(since)} bei uns freiwillig versichert${status === 'selbst' ? ' und üben eine hauptberuflich selbstständige Tätigkeit aus' : ''}. Ihre Beiträge richten sich nach Ihrer gesamten wirtschaftlichen Leistungsfähigkeit (§ 240 SGB V). Am ${ctx.date(vorlage)} haben Sie uns Ihren Einkommensteuerbescheid für ${steuerjahr} vom ${ctx.date(steuerbescheid)} vorgelegt. Wir setzen Ihre Beiträge deshalb ab dem ${ctx.date(ab)} neu fest.`);
  d.write('1. Beitragspflichtige Einnahmen', { bold: true });
  table(ctx, [
    { header: `Einnahmeart (Steuerbescheid ${steuerjahr})`, x: d.left },
    { header: 'jährlich', x: d.left + 330, align: 'right' },
    { header: 'monatlich', x: d.right, align: 'right' },
  ], [...incomes.map(([l, v]): Cell[] => [l, eur(v), eur(cents(v / 12))]), ['Summe', eur(yearly), eur(monthly)]], { size: 9, grid: true });
  const basisText = monthly < r.min
    ? `Ihre Einnahmen liegen unter der Mindestbemessungsgrundlage von ${eur(r.min)} monatlich. Die Beiträge werden daher aus ${eur(base)} berechnet.`
    : monthly > r.bbg
      ? `Ihre Einnahmen übersteigen die Beitragsbemessungsgrenze von ${eur(r.bbg)} monatlich. Die Beiträge werden daher höchstens aus ${eur(base)} berechnet.`
      : `Ihre Einnahmen liegen zwischen der Mindestbemessungsgrundlage (${eur(r.min)}) und der Beitragsbemessungsgrenze (${eur(r.bbg)}). Beitragspflichtig sind ${eur(base)} monatlich.`;
  d.para(basisText, { size: 9 });
  d.write(`2. Ihre monatlichen Beiträge`, { bold: true });
  table(ctx, [
    { header: 'Versicherungszweig', x: d.left, width: 200 },
    { header: 'Satz', x: d.left + 250, align: 'right' },
    { header: `bisher`, x: d.left + 340, align: 'right' },
    { header: `ab ${ctx.ndate(ab)}`, x: d.right, align: 'right' },
  ], lines.map((l): Cell[] => [l.label, pct(l.rate), eur(l.before), eur(l.now)]), { size: 9, grid: true });
  d.ensure(40);
  const boxTop = d.y;
  d.rect(d.left + 200, boxTop, d.right - d.left - 200, 26, { stroke: [0.2, 0.2, 0.2], fill: [0.95, 0.95, 0.95], lineWidth: 0.8 });
  d.text(d.left + 208, boxTop + 17, `Gesamtbeitrag monatlich ab ${ctx.ndate(ab)}`, { bold: true, size: 9.5 });
  d.text(d.right - 8, boxTop + 17, eur(total), { bold: true, size: 10.5, align: 'right' });
  d.y = boxTop + 34;
  d.para(`Bisher haben Sie monatlich ${eur(total0)} gezahlt. Die Beitragssätze ${year !== prevYear ? `für ${year}` : ''} beruhen auf dem ermäßigten Beitragssatz ohne Anspruch auf Krankengeld${status === 'selbst' ? ' (Sie haben keine Wahlerklärung für Krankengeld abgegeben)' : ''} und dem Zusatzbeitrag unserer Kasse.`.replace('  ', ' '), { size: 9 });
  d.write('3. Zahlung', { bold: true });
  d.para(`Die Beiträge sind bis zum 15. des Folgemonats fällig. Wir ziehen sie aufgrund des SEPA-Lastschriftmandats ${mandat} von Ihrem Konto bei der ${own.bank.name}, IBAN ${ctx.iban(own.iban)}, ein; erstmals am ${ctx.date(debit)}.${nachzahlung > 0 ? ` Den Unterschiedsbetrag für die bereits abgelaufenen Monate (${eur(nachzahlung)} je Monat) buchen wir mit der nächsten Lastschrift ab.` : ''}`, { size: 9 });
  d.write('4. Vorläufige Festsetzung', { bold: true });
  d.para(`Die Beiträge werden vorläufig festgesetzt. Sobald der Einkommensteuerbescheid für das Kalenderjahr ${year} vorliegt, setzen wir die Beiträge für dieses Jahr endgültig fest; legen Sie ihn bitte innerhalb eines Monats nach Erhalt vor. Für ${endJahr} haben wir die Beiträge mit diesem Schreiben endgültig festgesetzt: ${endDiff >= 0 ? `Sie erhalten ${eur(endDiff)} erstattet` : `es ergibt sich eine Nachforderung von ${eur(-endDiff)}`}.`, { size: 9 });
  d.para('Dieser Bescheid ergeht zugleich im Namen und Auftrag der Pflegekasse.', { size: 9 });
  rechtsbehelf(ctx, kasse);
  closing(ctx, { greeting: 'Freundliche Grüße', signer: `Ihre ${kasse}` });
  footer(d, [[kasse, `${office.street} ${office.no}, ${office.plz} ${office.city}`], bankFooterLines(kasseBank.bank.name, kasseBank.iban, kasseBank.bank.bic), ['Körperschaft des öffentlichen Rechts', `Servicezeiten Mo–Fr 8–18 Uhr`]], rng.pick(['Seite x von y', 'x/y'] as const));
}

/** negative when month a is before month b */
const compareMonths = (a: string, b: string) => Number(a.slice(0, 4)) * 12 + Number(a.slice(5, 7)) - (Number(b.slice(0, 4)) * 12 + Number(b.slice(5, 7)));

/** towns that levy a second-home tax: name, office, unit, post code and town, the treasury's bank */
const ZWEITWOHNUNG_STAEDTE: readonly (readonly [string, string, string, string])[] = [
  ['Hansestadt Rostock', 'Amt für Finanzverwaltung', 'Abteilung Steuern', '18055'],
  ['Stadt Jena', 'Fachdienst Finanzen', 'Team Kommunale Steuern', '07743'],
  ['Stadt Freiburg im Breisgau', 'Amt für Steuern und Abgaben', 'Sachgebiet Zweitwohnungsteuer', '79098'],
  ['Stadt Heidelberg', 'Kämmereiamt', 'Abteilung Steuern und Abgaben', '69115'],
  ['Stadt Göttingen', 'Fachdienst Steuern', 'Zweitwohnungsteuer', '37073'],
  ['Universitäts- und Hansestadt Greifswald', 'Amt für Finanzen', 'Steuern und Abgaben', '17489'],
  ['Stadt Weimar', 'Amt für Finanzen', 'Sachgebiet Steuern', '99423'],
  ['Landeshauptstadt Potsdam', 'Bereich Steuern und Abgaben', 'Zweitwohnungsteuerstelle', '14467'],
];

/**
 * blind14: a town's notice fixing the second-home tax (Zweitwohnungsteuerbescheid) as a standing
 * notice for this and the following years: the town with its tax office, the taxpayer at the main
 * residence in another town, the Kassenzeichen in a heavy box „bei Zahlung bitte angeben“, a
 * property number; the second flat in the subject; a ruled assessment (the flat with its
 * floor, registered as second residence since a day reported by the registry office, liable from
 * the first of the next month; the yearly net cold rent as the monthly rent × 12 with the lease's
 * date, sometimes a furnishing surcharge, the rate, the yearly tax, the part for the first year
 * pro rata); the instalments on the quarter days with a back payment for the months already
 * passed; direct debit from the taxpayer's IBAN or transfer to the treasury; hints on when the
 * liability ends (moving out, making the flat the main residence, with the registry's
 * confirmation); the remedy; page 2 the particulars from the taxpayer's tax return (landlord,
 * lease, area, rooms, net rent, advance for operating costs and heating not taxed) — the words of
 * a Mietbescheinigung and a Meldebescheinigung, but neither.
 */
function zweitwohnungsteuerbescheid(ctx: Ctx): void {
  const rng = ctx.rng;
  const [town, amt, unit, plz] = rng.pick(ZWEITWOHNUNG_STAEDTE);
  const city = fake.PLACES_PLZ.find(([p]) => p === plz)?.[1] ?? town.split(' ').slice(-1)[0];
  const r = rental(rng, ctx.today);
  const p = r.tenant;
  p.title = undefined;
  const flat = { ...fake.address(rng, { city }), plz, city };
  r.landlord = landlord(rng, city);
  let home = fake.address(rng);
  for (let i = 0; i < 8 && home.city === city; i++) home = fake.address(rng);
  // registered as a second residence a while ago; liable from the first of the next month
  const gemeldet = addDays(ctx.today, -rng.int(40, 260));
  const liableFrom = firstOfMonth(addMonths(gemeldet, 1));
  const year = Number(ctx.today.slice(0, 4));
  const firstYear = Number(liableFrom.slice(0, 4));
  const leaseDay = addDays(gemeldet, -rng.int(5, 40));
  const moebliert = rng.chance(0.3) ? cents(r.grundmiete * rng.pick([0.1, 0.15, 0.2])) : 0;
  const base = cents((r.grundmiete + moebliert) * 12);
  const rate = rng.pick([8, 10, 10, 12, 12, 15]);
  const yearly = cents((base * rate) / 100);
  const monthsFirst = 12 - Number(liableFrom.slice(5, 7)) + 1;
  const firstYearTax = cents((yearly * monthsFirst) / 12);
  const kassenzeichen = rng.pick([`${rng.digits(3)}.${rng.digits(4)}.${rng.digits(4)}`, `5.${rng.digits(4)}.${rng.digits(6)}.${rng.int(1, 9)}`, `ZWS-${rng.digits(8)}`]);
  const objekt = `${rng.digits(4)}-${rng.digits(3)}-${rng.digits(2)}`;
  const erklaerung = addDays(liableFrom, rng.int(10, 50));
  const clerk = fake.person(rng, { titleChance: 0 });
  const lastschrift = rng.chance(0.5);
  const own = fake.bankAccount(rng);
  // the treasury banks with nationwide banks, not with another town's savings bank
  const nationwide = fake.BANKS.filter((b) => ['Commerzbank', 'Deutsche Bank', 'UniCredit Bank - HypoVereinsbank'].includes(b.name));
  const kasseBank = rng.pick(nationwide);
  const kasse = { bank: kasseBank, iban: fake.germanIban(kasseBank.blz, `${rng.int(1, 9)}${rng.digits(9)}`) };
  const postbank = fake.BANKS.find((b) => b.name === 'Postbank')!;
  const kasse2 = { bank: postbank, iban: fake.germanIban(postbank.blz, `${rng.int(1, 9)}${rng.digits(8)}`) };
  const datum = (v: IsoDate) => ctx.date(v);
  const quarterDays = [iso(year, 2, 15), iso(year, 5, 15), iso(year, 8, 15), iso(year, 11, 15)];
  const payable = addDays(ctx.today, 30);

  const d = ctx.start({ family: 'helvetica', size: 9.5, margins: { left: 66, right: 54, top: 56, bottom: 86 } });
  d.onContinuation((doc) => {
    doc.text(doc.left, 46, `${town} · ${amt}`, { size: 9, bold: true });
    doc.text(doc.right, 46, `Kassenzeichen ${kassenzeichen}`, { size: 8.5, align: 'right' });
    doc.y = 70;
  });
  // head: the town and its office at the left, arms as a small shield at the right
  d.text(d.left, 46, town, { size: 14, bold: true });
  d.text(d.left, 60, `${amt} · ${unit}`, { size: 9, color: GRAY });
  d.rect(d.right - 24, 30, 24, 30, { stroke: [0.3, 0.3, 0.3], fill: [0.85, 0.15, 0.15], lineWidth: 0.6 });
  d.rect(d.right - 24, 45, 24, 15, { fill: [1, 1, 1] });
  d.rect(d.right - 24, 30, 24, 30, { stroke: [0.3, 0.3, 0.3], lineWidth: 0.6 });
  const office = fake.address(rng, { city });
  returnLine(d, `${town} · ${office.street} ${office.no} · ${plz} ${city}`);
  addressWindow(d, recipientLines(ctx, p, home));
  // the Kassenzeichen in a heavy box, the other references under it
  d.rect(360, 138, d.right - 360, 34, { stroke: [0, 0, 0], lineWidth: 1.6 });
  d.text(366, 149, 'Kassenzeichen – bei Zahlung bitte stets angeben', { size: 6.5, color: GRAY });
  d.text(366, 165, kassenzeichen, { size: 12, font: 'courier-bold' });
  infoBlock(d, [
    ['Objekt-Nr.', objekt],
    ['Sachbearbeitung', `${clerk.gender === 'f' ? 'Frau' : 'Herr'} ${clerk.last}`],
    ['Telefon', fake.phone(rng)],
    ['Zimmer', `${rng.pick(['A', 'B', 'C'])} ${rng.int(1, 4)}.${rng.digits(2)}`],
    ['Datum', ctx.ndate(ctx.today)],
  ], { x: 360, top: 188, labelWidth: 72 });

  d.y = 258;
  d.write(`Bescheid über die Festsetzung der Zweitwohnungsteuer ab dem Jahr ${firstYear}`, { bold: true, size: 11.5 });
  d.write(`Steuergegenstand: Wohnung ${flat.street} ${flat.no}, ${r.floor}, ${flat.plz} ${flat.city}`, { bold: true, size: 9.5 });
  d.move(8);
  d.write(p.gender === 'f' ? `Sehr geehrte Frau ${p.last},` : `Sehr geehrter Herr ${p.last},`);
  d.para(`nach Mitteilung der Meldebehörde sind Sie seit dem ${datum(gemeldet)} mit einer Nebenwohnung in ${city} gemeldet. Wer im Stadtgebiet eine Zweitwohnung innehat, ist nach der Zweitwohnungsteuersatzung der ${town} steuerpflichtig. Auf Grund Ihrer Steuererklärung vom ${datum(erklaerung)} setze ich die Zweitwohnungsteuer wie folgt fest:`);

  // the assessment as a ruled list with amounts at the right
  const amountX = d.right;
  const line = (label: string, value: string, opts: { bold?: boolean; rule?: boolean } = {}) => {
    d.ensure(16);
    const top = d.y;
    d.row([{ x: d.left + 6, text: label, width: 330, bold: opts.bold }, { x: amountX - 4, text: value, align: 'right', bold: opts.bold }], { minHeight: 15 });
    if (opts.rule) d.hline(d.y, d.left, d.right, 0.3, GRAY);
    if (d.y === top) d.move(1);
  };
  d.move(2);
  d.hline(d.y, d.left, d.right, 0.8);
  d.move(3);
  line('Beginn der Steuerpflicht', datum(liableFrom), { rule: true });
  line(`Nettokaltmiete monatlich lt. Mietvertrag vom ${datum(leaseDay)}`, ctx.money(r.grundmiete), { rule: true });
  if (moebliert) line('Zuschlag für Möblierung (monatlich)', ctx.money(moebliert), { rule: true });
  line(`jährliche Nettokaltmiete (${ctx.money(cents(r.grundmiete + moebliert))} × 12) = Bemessungsgrundlage`, ctx.money(base), { rule: true });
  line('Steuersatz', `${rate} %`, { rule: true });
  line('Jahressteuer', ctx.money(yearly), { bold: true, rule: true });
  if (firstYear < year || monthsFirst < 12) line(`anteilig für ${firstYear} (${monthsFirst} Monate ab ${ctx.ndate(liableFrom)})`, ctx.money(firstYearTax), { rule: true });
  d.move(10);

  // what is due when
  d.write('Fälligkeiten', { bold: true });
  const rows: Cell[][] = [];
  if (firstYear < year) rows.push([`Nachzahlung für ${firstYear}`, ctx.ndate(payable), ctx.money(firstYearTax)]);
  const due = quarterDays.filter((q) => q > ctx.today);
  const passed = quarterDays.length - due.length;
  const quarter = cents(yearly / 4);
  const thisYearMonths = firstYear === year ? monthsFirst : 12;
  const thisYear = cents((yearly * thisYearMonths) / 12);
  if (due.length === 0) rows.push([`Steuer ${year}${thisYearMonths < 12 ? ' (anteilig)' : ''}`, ctx.ndate(payable), ctx.money(thisYear)]);
  else {
    // the instalments already past are paid back in one sum a month after the notice
    const back = cents(thisYear - quarter * due.length);
    if (passed && back > 0) {
      rows.push([`Nachzahlung für die bereits fälligen Teilbeträge ${year}`, ctx.ndate(payable), ctx.money(back)]);
      due.forEach((q) => rows.push([`Teilbetrag ${year}`, ctx.ndate(q), ctx.money(quarter)]));
    } else {
      rows.push([`Teilbetrag ${year}`, ctx.ndate(due[0]), ctx.money(cents(thisYear - quarter * (due.length - 1)))]);
      due.slice(1).forEach((q) => rows.push([`Teilbetrag ${year}`, ctx.ndate(q), ctx.money(quarter)]));
    }
  }
  rows.push([`ab ${year + 1} jeweils zum 15.02., 15.05., 15.08. und 15.11.`, 'vierteljährlich', ctx.money(quarter)]);
  table(ctx, [
    { header: 'Zeitraum / Rate', x: d.left, width: 250 },
    { header: 'fällig am', x: d.left + 280 },
    { header: 'Betrag', x: d.right, align: 'right' },
  ], rows, { size: 9, grid: true, headerFill: LIGHT });
  d.para(`Dieser Bescheid gilt auch für die folgenden Kalenderjahre, solange sich die Bemessungsgrundlage nicht ändert und kein neuer Bescheid ergeht.`, { size: 9 });
  if (lastschrift) d.para(`Die Beträge werden auf Grund des uns erteilten SEPA-Lastschriftmandats zu den Fälligkeitstagen von Ihrem Konto ${ctx.iban(own.iban)} (${own.bank.name}) eingezogen.`, { size: 9 });
  else d.para(`Bitte überweisen Sie die Beträge unter Angabe des Kassenzeichens an die Stadtkasse, IBAN ${ctx.iban(kasse.iban)} (${kasse.bank.name}). Sie können uns auch ein SEPA-Lastschriftmandat erteilen.`, { size: 9 });
  d.para('Dieser Bescheid wurde maschinell erstellt und ist ohne Unterschrift gültig.', { size: 8, color: GRAY });

  d.ensure(70);
  d.write('Hinweise', { bold: true });
  d.para(`Die Steuerpflicht endet mit Ablauf des Monats, in dem Sie die Wohnung aufgeben oder sie zu Ihrer Hauptwohnung wird. Bitte legen Sie uns dazu die Abmelde- bzw. Ummeldebestätigung der Meldebehörde vor. Eine Änderung der Miete ist innerhalb eines Monats anzuzeigen.`, { size: 8.5 });
  if (rng.chance(0.5)) d.para('Verheiratete oder in eingetragener Lebenspartnerschaft lebende Personen, die die Wohnung aus beruflichen Gründen innehaben und deren eheliche Wohnung sich außerhalb der Stadt befindet, können die Befreiung beantragen.', { size: 8.5 });
  d.ensure(60);
  d.write('Rechtsbehelfsbelehrung', { bold: true });
  d.para(`Gegen diesen Bescheid kann innerhalb eines Monats nach Bekanntgabe Widerspruch bei der ${town}, ${amt}, ${office.street} ${office.no}, ${plz} ${city}, erhoben werden. Der Widerspruch hat keine aufschiebende Wirkung (§ 80 Abs. 2 Satz 1 Nr. 1 VwGO); die festgesetzten Beträge sind daher fristgerecht zu zahlen.`, { size: 8.5 });

  // the particulars of the tax return as the office recorded them: on a page of their own, or below the remedy when that ran over
  if (d.page === 1) d.newPage();
  else d.move(24);
  d.write(`Anlage: Ihre Angaben in der Steuererklärung vom ${datum(erklaerung)}`, { bold: true, size: 11 });
  d.move(6);
  const kvRow = (label: string, value: string) => {
    d.ensure(16);
    d.row([{ x: d.left, text: label, color: GRAY, width: 200 }, { x: d.left + 210, text: value, width: d.right - d.left - 210 }], { minHeight: 15 });
    d.hline(d.y, d.left, d.right, 0.25, LIGHT);
  };
  kvRow('Steuerpflichtige Person', `${p.last}, ${p.first}, geb. ${ctx.ndate(p.birth)}`);
  kvRow('Hauptwohnung', `${home.street} ${home.no}, ${home.plz} ${home.city}`);
  kvRow('Zweitwohnung', `${flat.street} ${flat.no}, ${r.floor}, ${flat.plz} ${flat.city}`);
  kvRow('Nebenwohnung bezogen am', datum(addDays(gemeldet, -rng.int(0, 10))));
  kvRow('Eigentümer / Vermieter', `${r.landlord.name}, ${r.landlord.address.street} ${r.landlord.address.no}, ${r.landlord.address.plz} ${r.landlord.address.city}`);
  kvRow('Mietvertrag vom', datum(leaseDay));
  kvRow('Wohnfläche', ctx.area(r.area));
  kvRow('Zimmer', String(r.rooms));
  kvRow('Nettokaltmiete monatlich', ctx.money(r.grundmiete));
  kvRow('Vorauszahlung Betriebskosten', `${ctx.money(r.nebenkosten)} (nicht Bemessungsgrundlage)`);
  if (r.heizkosten) kvRow('Vorauszahlung Heizung/Warmwasser', `${ctx.money(r.heizkosten)} (nicht Bemessungsgrundlage)`);
  if (r.stellplatz) kvRow('Stellplatz / Garage', `${ctx.money(r.stellplatz)} (nicht Bemessungsgrundlage)`);
  kvRow('Möbliert', moebliert ? `ja, Zuschlag ${ctx.money(moebliert)} monatlich` : 'nein');
  kvRow('Grund der Nebenwohnung', rng.pick(['Studium', 'Ausbildung', 'Berufstätigkeit', 'Freizeit / Erholung']));
  d.move(10);
  d.para('Bitte prüfen Sie diese Angaben. Sind sie unrichtig oder haben sie sich geändert, teilen Sie uns dies unter Angabe des Kassenzeichens mit.', { size: 9 });
  footer(d, [[town, amt, `${office.street} ${office.no}, ${plz} ${city}`], ['Stadtkasse', `${kasse.bank.name}`, `IBAN ${fake.groupIban(kasse.iban)}`], ['', kasse2.bank.name, `IBAN ${fake.groupIban(kasse2.iban)}`]], 'Seite x von y');
}

/** building societies: name, short name for the contract number line, seat, tariffs */
const BAUSPARKASSEN: readonly { name: string; kurz: string; sitz: [string, string]; tarife: string[] }[] = [
  { name: 'LBS Landesbausparkasse Ost', kurz: 'LBS', sitz: ['14467', 'Potsdam'], tarife: ['Classic F4', 'Vario 3', 'Young Spezial'] },
  { name: 'LBS Westdeutsche Landesbausparkasse', kurz: 'LBS', sitz: ['48135', 'Münster'], tarife: ['Classic 2.0', 'Direkt', 'Vario'] },
  { name: 'Bausparkasse Schwäbisch Hall AG', kurz: 'BSH', sitz: ['74520', 'Schwäbisch Hall'], tarife: ['Fuchs Bauspar XS', 'Fuchs Bauspar Vario', 'Fuchs Young'] },
  { name: 'Wüstenrot Bausparkasse AG', kurz: 'WBS', sitz: ['71638', 'Ludwigsburg'], tarife: ['Wohnsparen', 'Top Zins', 'Immo Kredit'] },
  { name: 'BHW Bausparkasse AG', kurz: 'BHW', sitz: ['31789', 'Hameln'], tarife: ['WohnBausparen Classic', 'Dispo maXX', 'Spar'] },
  { name: 'Debeka Bausparkasse AG', kurz: 'DBK', sitz: ['56073', 'Koblenz'], tarife: ['BS 1', 'BS 3 Vario', 'Junior'] },
];

/**
 * S (holdout, blind 15): a building society's annual statement for a Bausparvertrag
 * (Jahreskontoauszug) with the pre-filled application for the housing-savings premium: the
 * building society's letterhead, the saver in the window, customer and contract numbers, the
 * adviser; the contract particulars in a grid (tariff, contract sum, start, regular monthly saving,
 * interest rate, minimum savings balance, valuation number); the year's bookings as a ledger
 * (balance brought forward, monthly debits from the saver's reference account, the employer's
 * capital-forming payments, the account fee, last year's premium credited, interest, balance at
 * 31 December); the progress towards allocation; the reference account's IBAN and holder; a note
 * that the capital-forming payments were reported to the tax office; page 2 the pre-filled
 * "Antrag auf Wohnungsbauprämie" with the saver's particulars, marital status boxes, tax ID, the
 * year's qualifying payments and the income limits, signature line and the deadline — the words of
 * a Kontoauszug, a payslip and an Antrag, but none of the catalog's documents.
 */
function bausparJahreskontoauszug(ctx: Ctx): void {
  const rng = ctx.rng;
  const bsk = rng.pick(BAUSPARKASSEN);
  const p = fake.person(rng, { bornFrom: 1965, bornTo: 2002, titleChance: 0.02 });
  const a = fake.address(rng);
  const year = Number(ctx.today.slice(0, 4)) - 1;
  const issued = iso(year + 1, 1, rng.int(4, 22));
  const summe = rng.pick([10000, 15000, 20000, 25000, 30000, 40000, 50000]);
  const regel = cents(summe * rng.pick([0.004, 0.004, 0.005, 0.003]));
  const vl = rng.chance(0.65) ? rng.pick([40, 26.59, 40, 13.29, 6.65]) : 0;
  const own = cents(Math.max(0, regel - vl));
  const start = iso(year - rng.int(1, 9), rng.int(1, 12), 1);
  const tarif = rng.pick(bsk.tarife);
  const zins = rng.pick([0.01, 0.05, 0.1, 0.25, 0.5]);
  const fee = rng.pick([12, 12, 18, 9.6]);
  const opening = cents(regel * rng.int(8, 90) * rng.float(0.85, 1));
  const employer = fake.employerName(rng, a.city);
  const ref = fake.bankAccount(rng);
  const holderOther = rng.chance(0.25) ? fake.person(rng, { last: p.last, gender: p.gender === 'f' ? 'm' : 'f', titleChance: 0 }) : undefined;
  const bskBankName = rng.pick(['Commerzbank', 'Deutsche Bank', 'UniCredit Bank - HypoVereinsbank']);
  const bskBank = fake.BANKS.find((b) => b.name === bskBankName)!;
  const bskIban = fake.germanIban(bskBank.blz, `${rng.int(1, 9)}${rng.digits(9)}`);
  const kunde = `${rng.digits(3)} ${rng.digits(3)} ${rng.digits(3)}`;
  const vertrag = `${rng.digits(4)} ${rng.digits(3)} ${rng.digits(3)}${rng.pick(['', ' 01', ' 02'])}`;
  const berater = fake.person(rng, { titleChance: 0 });
  const praemie = rng.chance(0.55) ? cents(Math.min(700, regel * 12) * 0.1) : 0;
  const praemieDay = iso(year, rng.int(3, 5), rng.int(2, 27));
  const datum = (v: IsoDate) => ctx.ndate(v);
  const eur = (v: number) => decimal(v);
  const accent = rng.pick([[0.8, 0.1, 0.1], [0.0, 0.3, 0.6], [0.95, 0.55, 0.0], [0.1, 0.45, 0.3]] as const);

  // the ledger of the year
  type Booking = { day: IsoDate; text: string; debit?: number; credit?: number };
  const bookings: Booking[] = [{ day: iso(year, 1, 1), text: 'Kontoführungsentgelt', debit: fee }];
  for (let m = 1; m <= 12; m++) {
    if (own > 0) bookings.push({ day: iso(year, m, 1), text: `Sparbeitrag Lastschrift`, credit: own });
    if (vl > 0) bookings.push({ day: iso(year, m, rng.int(25, 28)), text: `VL ${employer.length > 30 ? employer.slice(0, 30).trim() : employer}`, credit: vl });
  }
  if (praemie > 0) bookings.push({ day: praemieDay, text: `Wohnungsbauprämie ${year - 1}`, credit: praemie });
  bookings.sort((x, y) => (x.day < y.day ? -1 : x.day > y.day ? 1 : 0));
  const paidIn = cents(bookings.reduce((s, b) => s + (b.credit ?? 0), 0));
  const interest = cents(((opening + paidIn / 2) * zins) / 100);
  bookings.push({ day: iso(year, 12, 31), text: `Guthabenzinsen ${zins.toFixed(2).replace('.', ',')} % p. a.`, credit: interest });
  let balance = opening;
  const rows: Cell[][] = [[datum(iso(year, 1, 1)), 'Saldovortrag aus Vorjahr', '', '', eur(opening)]];
  for (const b of bookings) {
    balance = cents(balance + (b.credit ?? 0) - (b.debit ?? 0));
    rows.push([datum(b.day), b.text, b.debit ? eur(b.debit) : '', b.credit ? eur(b.credit) : '', eur(balance)]);
  }
  const closingBalance = balance;
  const minGuthaben = cents(summe * 0.4);
  const bwz = decimal((closingBalance / summe) * 1000 * rng.float(0.8, 1.2), 3);
  const yearlySaved = cents(own * 12 + vl * 12);

  const d = ctx.start({ family: 'helvetica', size: 8.8, margins: { left: 58, right: 50, top: 52, bottom: 92 } });
  d.onContinuation((doc) => {
    doc.text(doc.left, 42, `${bsk.name} · Bausparvertrag ${vertrag}`, { size: 7.5, color: GRAY });
    doc.y = 60;
  });
  // letterhead: a coloured square with the short name, the society's name beside it
  d.rect(d.left, 34, 34, 34, { fill: accent });
  d.text(d.left + 17, 56, bsk.kurz, { size: 11, bold: true, align: 'center', color: [1, 1, 1] });
  d.text(d.left + 44, 50, bsk.name, { size: 13, bold: true });
  d.text(d.left + 44, 62, 'Kundenservice Bausparen', { size: 8.5, color: GRAY });
  returnLine(d, `${bsk.name} · ${bsk.sitz[0]} ${bsk.sitz[1]}`);
  addressWindow(d, recipientLines(ctx, p, a));
  infoBlock(d, [
    ['Kundennummer', kunde],
    ['Bausparvertrag', vertrag],
    ['Ihr Ansprechpartner', `${berater.first.split(' ')[0]} ${berater.last}`],
    ['Telefon', fake.phone(rng)],
    ['Datum', datum(issued)],
  ], { x: 352, top: 148, labelWidth: 90 });

  d.y = 238;
  d.write(`${rng.pick(['Jahreskontoauszug', 'Kontoauszug zum Jahresende', 'Jahresauszug'])} ${year}`, { size: 13, bold: true });
  d.write(`Bausparvertrag Nr. ${vertrag} · Tarif ${tarif} · Zeitraum ${datum(iso(year, 1, 1))} bis ${datum(iso(year, 12, 31))}`, { size: 9 });
  d.move(6);
  d.para(`${anrede(p)} mit diesem Auszug erhalten Sie die Übersicht über alle Buchungen des Jahres ${year} auf Ihrem Bausparkonto. Bitte prüfen Sie die Angaben; Einwendungen erheben Sie bitte innerhalb von sechs Wochen nach Zugang.`);

  // contract particulars as a grid of small captions over values
  const cells: [string, string][] = [
    ['Bausparsumme', ctx.money(summe)],
    ['Vertragsbeginn', datum(start)],
    ['Regelsparbeitrag mtl.', ctx.money(regel)],
    ['Guthabenzins', `${zins.toFixed(2).replace('.', ',')} % p. a.`],
    ['Mindestsparguthaben (40 %)', ctx.money(minGuthaben)],
    ['Bewertungszahl am 31.12.', bwz],
  ];
  const cw = d.contentWidth / 3;
  const gTop = d.y;
  cells.forEach(([c, v], i) => {
    const x = d.left + (i % 3) * cw;
    const y = gTop + Math.floor(i / 3) * 28;
    d.rect(x, y, cw, 28, { stroke: [0.6, 0.6, 0.6], lineWidth: 0.4 });
    d.text(x + 5, y + 9, c, { size: 6.8, color: GRAY });
    d.text(x + 5, y + 22, v, { size: 9.5, bold: true });
  });
  d.y = gTop + 64;

  // bookings
  d.write('Buchungen', { bold: true, size: 10 });
  table(ctx, [
    { header: 'Datum', x: d.left },
    { header: 'Buchungstext', x: d.left + 62 },
    { header: 'Belastung', x: d.left + 330, align: 'right' },
    { header: 'Gutschrift', x: d.left + 405, align: 'right' },
    { header: 'Saldo EUR', x: d.right, align: 'right' },
  ], rows, { size: 8.3, zebra: true, rowGap: 1.35 });
  d.hline(d.y - 4, d.left + 280, d.right, 0.8);
  d.row([
    { x: d.left + 62, text: `Guthaben am ${datum(iso(year, 12, 31))}`, bold: true },
    { x: d.right, text: ctx.money(closingBalance), bold: true, align: 'right' },
  ], { size: 9.5 });
  d.move(8);

  d.ensure(120);
  d.write('Ihr Sparfortschritt', { bold: true, size: 10 });
  const share = Math.min(100, (closingBalance / summe) * 100);
  const barTop = d.y;
  d.rect(d.left, barTop, 300, 10, { stroke: [0.5, 0.5, 0.5], lineWidth: 0.4 });
  d.rect(d.left, barTop, 300 * (share / 100), 10, { fill: accent });
  d.rect(d.left + 120, barTop - 2, 1.2, 14, { fill: [0, 0, 0] });
  d.text(d.left + 310, barTop + 8.5, `${decimal(share, 1)} % der Bausparsumme angespart`, { size: 8.5 });
  d.y = barTop + 18;
  d.para(closingBalance >= minGuthaben
    ? `Das Mindestsparguthaben ist erreicht. Sobald auch die Mindestbewertungszahl erreicht ist, kann Ihr Vertrag zugeteilt werden; wir informieren Sie rechtzeitig.`
    : `Bis zum Mindestsparguthaben fehlen noch ${ctx.money(cents(minGuthaben - closingBalance))}. Bei gleichbleibenden Sparbeiträgen rechnen wir mit einer Zuteilung frühestens im ${rng.pick(['Frühjahr', 'Herbst'])} ${year + 1 + Math.ceil((minGuthaben - closingBalance) / Math.max(1, yearlySaved))}. Diese Angabe ist unverbindlich.`, { size: 8.8 });
  d.para(`Eingezogen wird der Sparbeitrag von ${ctx.money(own > 0 ? own : regel)} monatlich von Ihrem Referenzkonto IBAN ${ctx.iban(ref.iban)} bei der ${ref.bank.name}${holderOther ? ` (Kontoinhaber: ${holderOther.first} ${holderOther.last})` : ''}. Änderungen der Bankverbindung teilen Sie uns bitte schriftlich oder im Online-Service mit.`, { size: 8.8 });
  if (vl > 0) d.para(`Die vermögenswirksamen Leistungen Ihres Arbeitgebers (${employer}) in Höhe von insgesamt ${ctx.money(cents(vl * 12))} für ${year} haben wir nach § 15 des Fünften Vermögensbildungsgesetzes elektronisch an Ihr Finanzamt übermittelt. Eine Papierbescheinigung (Anlage VL) wird nicht mehr ausgestellt.`, { size: 8.8 });
  d.para(`Ihre Sparleistungen im Jahr ${year} betragen ${ctx.money(yearlySaved)}${vl > 0 ? `, davon vermögenswirksame Leistungen ${ctx.money(cents(vl * 12))}` : ''}. Wenn Ihr zu versteuerndes Einkommen die Grenze nicht übersteigt, können Sie mit dem beiliegenden Antrag die Wohnungsbauprämie für ${year} beantragen.`, { size: 8.8 });
  d.write('Dieser Auszug wurde maschinell erstellt und ist ohne Unterschrift gültig.', { size: 7.5, color: GRAY });

  // page 2: the pre-filled application for the housing-savings premium
  d.newPage();
  d.y = 62;
  d.write(`Antrag auf Wohnungsbauprämie für das Kalenderjahr ${year}`, { size: 13, bold: true });
  d.write(`nach dem Wohnungsbau-Prämiengesetz (WoPG) – bitte an ${bsk.name} zurücksenden`, { size: 8.5, color: GRAY });
  d.move(8);
  const box2 = (x: number, y: number, w: number, caption: string, value: string) => {
    d.rect(x, y, w, 26, { stroke: [0.3, 0.3, 0.3], lineWidth: 0.5 });
    d.text(x + 4, y + 8, caption, { size: 6.5, color: GRAY });
    d.text(x + 4, y + 21, value, { size: 9.5, font: 'courier' });
  };
  const W = d.contentWidth;
  let y = d.y;
  d.text(d.left, y + 8, '1  Angaben zur prämienberechtigten Person', { size: 9, bold: true });
  y += 14;
  box2(d.left, y, W * 0.5, 'Name', p.last);
  box2(d.left + W * 0.5, y, W * 0.5, 'Vorname', p.first);
  y += 26;
  box2(d.left, y, W * 0.3, 'Geburtsdatum', datum(p.birth));
  box2(d.left + W * 0.3, y, W * 0.7, 'Identifikationsnummer (Steuer-ID)', fake.steuerId(rng));
  y += 26;
  box2(d.left, y, W * 0.65, 'Straße, Hausnummer', `${a.street} ${a.no}`);
  box2(d.left + W * 0.65, y, W * 0.35, 'PLZ, Wohnort', `${a.plz} ${a.city}`);
  y += 34;
  d.text(d.left, y + 8, '2  Familienstand am 31.12. des Sparjahres', { size: 9, bold: true });
  y += 18;
  // the building society does not know the marital status: the saver ticks it
  ['ledig / geschieden / verwitwet', 'verheiratet / eingetragene Lebenspartnerschaft, nicht dauernd getrennt lebend'].forEach((label, i) => {
    d.checkbox(d.left + (i === 0 ? 0 : 170), y + 8, false);
    d.text(d.left + (i === 0 ? 14 : 184), y + 8, label, { size: 8.5 });
  });
  y += 22;
  d.text(d.left, y + 8, '3  Prämienbegünstigte Aufwendungen (von der Bausparkasse eingetragen)', { size: 9, bold: true });
  y += 14;
  box2(d.left, y, W * 0.4, 'Bausparvertrag Nr.', vertrag);
  box2(d.left + W * 0.4, y, W * 0.3, `Beiträge ${year}`, eur(cents(yearlySaved)));
  box2(d.left + W * 0.7, y, W * 0.3, 'davon vermögenswirksame Leistungen', eur(cents(vl * 12)));
  y += 36;
  d.y = y;
  d.para(`Die Prämie beträgt 10 % der Aufwendungen, höchstens der Aufwendungen von 700 Euro (Alleinstehende) bzw. 1.400 Euro (Verheiratete). Voraussetzung ist, dass das zu versteuernde Einkommen im Sparjahr 35.000 Euro (Alleinstehende) bzw. 70.000 Euro (Verheiratete) nicht übersteigt. Für vermögenswirksame Leistungen, für die Arbeitnehmer-Sparzulage beantragt wird, gibt es keine Prämie.`, { size: 8.3 });
  d.para(`Der Antrag muss spätestens bis zum ${datum(iso(year + 2, 12, 31))} bei uns eingegangen sein. Die Prämie wird nach Prüfung durch das Finanzamt Ihrem Bausparkonto gutgeschrieben, nicht ausgezahlt.`, { size: 8.3 });
  d.move(6);
  d.text(d.left, d.y + 8, '4  Versicherung', { size: 9, bold: true });
  d.move(14);
  d.para('Ich versichere, dass ich für das Sparjahr keine weiteren Anträge auf Wohnungsbauprämie gestellt habe und meine Angaben vollständig und richtig sind.', { size: 8.3 });
  d.move(30);
  d.hline(d.y, d.left, d.left + 180, 0.5);
  d.hline(d.y, d.left + 230, d.right, 0.5);
  d.text(d.left, d.y + 9, 'Ort, Datum', { size: 7, color: GRAY });
  d.text(d.left + 230, d.y + 9, 'Unterschrift der prämienberechtigten Person', { size: 7, color: GRAY });

  footer(d, [
    [bsk.name, `${bsk.sitz[0]} ${bsk.sitz[1]}`, `Amtsgericht ${bsk.sitz[1]} HRB ${rng.digits(4)}`],
    [`Vorstand: ${fake.fullName(fake.person(rng, { titleChance: 0 }))} (Vors.),`, fake.fullName(fake.person(rng, { titleChance: 0 }))],
    bankFooterLines(bskBank.name, bskIban, bskBank.bic),
  ], 'Seite x von y');
}

export const sonstiges: DocumentKind = {
  type: 'sonstiges',
  layouts: [
    { id: 'stromrechnung', build: stromrechnung },
    { id: 'betriebskostenabrechnung', build: betriebskostenabrechnung },
    { id: 'kuendigung', build: kuendigung },
    { id: 'arztrechnung', build: arztrechnung },
    { id: 'krankenkasse-mitgliedsbescheinigung', build: mitgliedsbescheinigung },
    { id: 'rundfunkbeitrag', build: rundfunkbeitrag },
    { id: 'elternbrief-schule', holdout: true, build: elternbrief },
    { id: 'einkommensteuerbescheid', holdout: true, build: steuerbescheid },
    { id: 'blind-wohnungsgeberbestaetigung', holdout: true, build: wohnungsgeberbestaetigung },
    { id: 'blind2-wohngeldbescheid', holdout: true, build: wohngeldbescheid },
    { id: 'blind3-buergergeldbescheid', holdout: true, build: buergergeldbescheid },
    { id: 'blind4-lohnsteuerbescheinigung', holdout: true, build: lohnsteuerbescheinigung },
    { id: 'blind5-kindergeldbescheid', holdout: true, build: kindergeldbescheid },
    { id: 'blind6-unterhaltsvorschuss', holdout: true, build: unterhaltsvorschuss },
    { id: 'blind7-mieterhoehungsverlangen', holdout: true, build: mieterhoehungsverlangen },
    { id: 'blind8-heizkostenabrechnung', holdout: true, build: heizkostenabrechnung },
    { id: 'blind9-bafoeg-bescheid', holdout: true, build: bafoegBescheid },
    { id: 'blind10-pflegegrad-bescheid', holdout: true, build: pflegegradBescheid },
    { id: 'blind11-meldebescheinigung-sv', holdout: true, build: meldebescheinigungSv },
    { id: 'blind12-kita-beitragsbescheid', holdout: true, build: kitaBeitragsbescheid },
    { id: 'blind13-kv-beitragsbescheid-freiwillig', holdout: true, build: kvBeitragsbescheidFreiwillig },
    { id: 'blind14-zweitwohnungsteuerbescheid', holdout: true, build: zweitwohnungsteuerbescheid },
    { id: 'blind15-bauspar-jahreskontoauszug', holdout: true, build: bausparJahreskontoauszug },
  ],
};
