/**
 * Fake but plausible German persons, addresses, bank accounts, employers, landlords, authorities
 * and institutions. Everything is drawn from a seeded Rng; nothing refers to a real person.
 * Only characters of the WinAnsi code page are used, so Helvetica and Times can print them.
 */
import { iso, type IsoDate } from './dates.js';
import type { Rng } from './random.js';

export type Gender = 'f' | 'm';

export interface Person {
  gender: Gender;
  /** given names as printed, e.g. "Anna Maria" */
  first: string;
  last: string;
  /** academic title printed in front, never part of the normalised name */
  title?: string;
  birth: IsoDate;
  birthPlace: string;
  birthName?: string;
}

export interface Address {
  /** street as printed on this document, e.g. "Karl-Liebknecht-Str." */
  street: string;
  no: string;
  plz: string;
  city: string;
}

export interface Bank {
  name: string;
  blz: string;
  bic: string;
}

const FEMALE = [
  'Anna', 'Lena', 'Sophie', 'Marie', 'Julia', 'Laura', 'Lea', 'Hannah', 'Katharina', 'Sabine', 'Petra', 'Monika', 'Ursula',
  'Renate', 'Birgit', 'Claudia', 'Andrea', 'Stefanie', 'Nicole', 'Jana', 'Franziska', 'Käthe', 'Jördis', 'Mia', 'Emilia',
  'Charlotte', 'Greta', 'Ilse', 'Gisela', 'Heike', 'Doreen', 'Mandy', 'Yvonne', 'Özlem', 'Zeynep', 'Aylin', 'Fatma', 'Olena',
  'Aleksandra', 'Natalia', 'Agnieszka', 'Mariam', 'Anna-Lena', 'Marie-Luise', 'Lisa', 'Johanna', 'Elif', 'Bärbel', 'Dörte', 'Solveig',
];
const MALE = [
  'Thomas', 'Michael', 'Andreas', 'Stefan', 'Jürgen', 'Jörg', 'Björn', 'Sören', 'Günter', 'Klaus', 'Wolfgang', 'Uwe', 'Frank',
  'Matthias', 'Tobias', 'Lukas', 'Leon', 'Felix', 'Jonas', 'Maximilian', 'Paul', 'Ben', 'Finn', 'Elias', 'Noah', 'Dieter',
  'Horst', 'Manfred', 'Rüdiger', 'Hans-Peter', 'Karl-Heinz', 'Mehmet', 'Emre', 'Mustafa', 'Ali', 'Yusuf', 'Piotr', 'Dmytro',
  'Oleksandr', 'Marek', 'Ahmad', 'Omar', 'René', 'André', 'Sven', 'Ole', 'Jan', 'Maik', 'Ronny', 'Till',
];
const LAST = [
  'Müller', 'Schmidt', 'Schneider', 'Fischer', 'Weber', 'Meyer', 'Wagner', 'Becker', 'Schulz', 'Hoffmann', 'Schäfer', 'Koch',
  'Bauer', 'Richter', 'Klein', 'Wolf', 'Schröder', 'Neumann', 'Schwarz', 'Zimmermann', 'Braun', 'Krüger', 'Hofmann', 'Hartmann',
  'Lange', 'Schmitt', 'Werner', 'Schmitz', 'Krause', 'Meier', 'Lehmann', 'Schmid', 'Schulze', 'Maier', 'Köhler', 'Herrmann',
  'König', 'Walter', 'Huber', 'Kaiser', 'Fuchs', 'Peters', 'Scholz', 'Möller', 'Weiß', 'Jung', 'Hahn', 'Schubert', 'Vogel',
  'Friedrich', 'Keller', 'Günther', 'Berger', 'Winkler', 'Roth', 'Lorenz', 'Baumann', 'Franke', 'Albrecht', 'Böhm', 'Winter',
  'Krämer', 'Vogt', 'Jäger', 'Sommer', 'Groß', 'Seidel', 'Brandt', 'Kühn', 'Pohl', 'Engel', 'Voigt', 'Sauer', 'Pfeiffer',
  'Yilmaz', 'Kaya', 'Demir', 'Öztürk', 'Nowak', 'Kowalski', 'Kovacevic', 'Popescu', 'Nguyen', 'Ivanenko', 'Haddad',
  'Müller-Lüdenscheidt', 'Schulze-Wendt', 'Meyer-Hansen', 'Große-Kathöfer', 'Bräutigam', 'Döring', 'Thümmler', 'Ehrlich', 'Strauß',
];
const PLACES = [
  'Leipzig', 'Dresden', 'Chemnitz', 'Berlin', 'Hamburg', 'München', 'Köln', 'Erfurt', 'Halle (Saale)', 'Magdeburg', 'Rostock',
  'Zwickau', 'Gera', 'Plauen', 'Bremen', 'Hannover', 'Kassel', 'Istanbul', 'Krakau', 'Kiew', 'Damaskus', 'Bukarest', 'Görlitz',
];

/** real post codes with their town (several per town) */
export const PLACES_PLZ: readonly (readonly [string, string])[] = [
  ['04109', 'Leipzig'], ['04155', 'Leipzig'], ['04177', 'Leipzig'], ['04229', 'Leipzig'], ['04277', 'Leipzig'], ['04315', 'Leipzig'],
  ['04347', 'Leipzig'], ['01067', 'Dresden'], ['01097', 'Dresden'], ['01187', 'Dresden'], ['01219', 'Dresden'], ['01307', 'Dresden'],
  ['10115', 'Berlin'], ['10245', 'Berlin'], ['10437', 'Berlin'], ['10827', 'Berlin'], ['12043', 'Berlin'], ['12347', 'Berlin'],
  ['13347', 'Berlin'], ['20095', 'Hamburg'], ['22081', 'Hamburg'], ['22305', 'Hamburg'], ['21073', 'Hamburg'], ['80331', 'München'],
  ['80469', 'München'], ['80796', 'München'], ['81369', 'München'], ['50667', 'Köln'], ['50733', 'Köln'], ['50823', 'Köln'],
  ['51063', 'Köln'], ['60311', 'Frankfurt am Main'], ['60385', 'Frankfurt am Main'], ['65929', 'Frankfurt am Main'],
  ['70173', 'Stuttgart'], ['70372', 'Stuttgart'], ['40210', 'Düsseldorf'], ['40477', 'Düsseldorf'], ['44135', 'Dortmund'],
  ['44147', 'Dortmund'], ['45127', 'Essen'], ['28195', 'Bremen'], ['28201', 'Bremen'], ['30159', 'Hannover'], ['30449', 'Hannover'],
  ['90402', 'Nürnberg'], ['90443', 'Nürnberg'], ['47051', 'Duisburg'], ['44787', 'Bochum'], ['42103', 'Wuppertal'],
  ['33602', 'Bielefeld'], ['53111', 'Bonn'], ['48143', 'Münster'], ['76133', 'Karlsruhe'], ['68159', 'Mannheim'],
  ['86150', 'Augsburg'], ['65183', 'Wiesbaden'], ['52062', 'Aachen'], ['38100', 'Braunschweig'], ['09111', 'Chemnitz'],
  ['09126', 'Chemnitz'], ['24103', 'Kiel'], ['06108', 'Halle (Saale)'], ['06110', 'Halle (Saale)'], ['39104', 'Magdeburg'],
  ['39112', 'Magdeburg'], ['79098', 'Freiburg im Breisgau'], ['55116', 'Mainz'], ['23552', 'Lübeck'], ['99084', 'Erfurt'],
  ['99096', 'Erfurt'], ['18055', 'Rostock'], ['34117', 'Kassel'], ['14467', 'Potsdam'], ['66111', 'Saarbrücken'],
  ['26122', 'Oldenburg'], ['49074', 'Osnabrück'], ['69115', 'Heidelberg'], ['64283', 'Darmstadt'], ['93047', 'Regensburg'],
  ['97070', 'Würzburg'], ['37073', 'Göttingen'], ['07743', 'Jena'], ['19053', 'Schwerin'], ['03046', 'Cottbus'], ['07545', 'Gera'],
  ['08056', 'Zwickau'], ['08523', 'Plauen'], ['02826', 'Görlitz'], ['02625', 'Bautzen'], ['38440', 'Wolfsburg'], ['89073', 'Ulm'],
  ['54290', 'Trier'], ['24937', 'Flensburg'], ['17489', 'Greifswald'], ['99423', 'Weimar'], ['06844', 'Dessau-Roßlau'],
  ['15230', 'Frankfurt (Oder)'], ['04552', 'Borna'], ['04668', 'Grimma'], ['04416', 'Markkleeberg'], ['01796', 'Pirna'],
  ['09599', 'Freiberg'], ['06217', 'Merseburg'], ['98527', 'Suhl'], ['36037', 'Fulda'], ['83022', 'Rosenheim'], ['88212', 'Ravensburg'],
];

/** street names: [name ending in "straße" or a separate "Straße", or not a straße at all] */
const STREETS = [
  'Hauptstraße', 'Bahnhofstraße', 'Goethestraße', 'Schillerstraße', 'Lindenallee', 'Am Markt', 'Karl-Liebknecht-Straße',
  'Rosa-Luxemburg-Straße', 'Friedrich-Ebert-Straße', 'Berliner Straße', 'Dresdner Straße', 'Gartenweg', 'Am Mühlgraben',
  'Mozartstraße', 'Beethovenstraße', 'Ringstraße', 'Kirchplatz', 'Eichendorffstraße', 'Zur Alten Ziegelei', 'Sonnenweg', 'Im Winkel',
  'Heinrich-Heine-Straße', 'Lessingstraße', 'Kantstraße', 'Uhlandstraße', 'Weißenfelser Straße', 'Großbeerenstraße', 'Am Stadtpark',
  'Kastanienweg', 'Birkenweg', 'Erich-Kästner-Straße', 'Fröbelstraße', 'Ludwigstraße', 'Königsallee', 'Georg-Schwarz-Straße',
  'Merseburger Straße', 'Zschochersche Straße', 'Wurzner Straße', 'Prager Straße', 'Löbtauer Straße', 'Hildesheimer Straße',
  'Gneisenaustraße', 'Sonnenallee', 'Kottbusser Damm', 'Brunnenstraße', 'Ulmenweg', 'An der Wuhle', 'Rüdigerstraße', 'Hölderlinweg',
  'Straße des Friedens', 'Thomas-Müntzer-Platz', 'Lützner Straße', 'Eisenbahnstraße', 'Jahnallee', 'Grünauer Allee', 'Moritzstraße',
];

export const BANKS: readonly Bank[] = [
  { name: 'Sparkasse Leipzig', blz: '86055592', bic: 'WELADE8LXXX' },
  { name: 'Ostsächsische Sparkasse Dresden', blz: '85050300', bic: 'OSDDDE81XXX' },
  { name: 'Berliner Sparkasse', blz: '10050000', bic: 'BELADEBEXXX' },
  { name: 'Hamburger Sparkasse', blz: '20050550', bic: 'HASPDEHHXXX' },
  { name: 'Stadtsparkasse München', blz: '70150000', bic: 'SSKMDEMMXXX' },
  { name: 'Sparkasse KölnBonn', blz: '37050198', bic: 'COLSDE33XXX' },
  { name: 'Commerzbank', blz: '37040044', bic: 'COBADEFFXXX' },
  { name: 'Deutsche Bank', blz: '10070000', bic: 'DEUTDEBBXXX' },
  { name: 'Postbank', blz: '10010010', bic: 'PBNKDEFFXXX' },
  { name: 'ING-DiBa', blz: '50010517', bic: 'INGDDEFFXXX' },
  { name: 'Deutsche Kreditbank (DKB)', blz: '12030000', bic: 'BYLADEM1001' },
  { name: 'Volksbank Leipzig eG', blz: '86095604', bic: 'GENODEF1LVB' },
  { name: 'Berliner Volksbank', blz: '10090000', bic: 'BEVODEBBXXX' },
  { name: 'comdirect', blz: '20041133', bic: 'COBADEHD001' },
  { name: 'Sparda-Bank Berlin', blz: '12096597', bic: 'GENODEF1S10' },
  { name: 'GLS Gemeinschaftsbank', blz: '43060967', bic: 'GENODEM1GLS' },
  { name: 'Frankfurter Sparkasse', blz: '50050201', bic: 'HELADEF1822' },
  { name: 'Kreissparkasse Köln', blz: '37050299', bic: 'COKSDE33XXX' },
  { name: 'UniCredit Bank - HypoVereinsbank', blz: '70020270', bic: 'HYVEDEMMXXX' },
  { name: 'Mittelbrandenburgische Sparkasse', blz: '16050000', bic: 'WELADED1PMB' },
  { name: 'Sparkasse Hannover', blz: '25050180', bic: 'SPKHDE2HXXX' },
  { name: 'Stadtsparkasse Düsseldorf', blz: '30050110', bic: 'DUSSDEDDXXX' },
  { name: 'Sparkasse Nürnberg', blz: '76050101', bic: 'SSKNDE77XXX' },
  { name: 'Kasseler Sparkasse', blz: '52050353', bic: 'HELADEF1KAS' },
  { name: 'Erzgebirgssparkasse', blz: '87054000', bic: 'WELADED1STB' },
];

export function person(rng: Rng, opts: { gender?: Gender; bornFrom?: number; bornTo?: number; last?: string; titleChance?: number } = {}): Person {
  const gender = opts.gender ?? (rng.chance(0.5) ? 'f' : 'm');
  const names = gender === 'f' ? FEMALE : MALE;
  let first = rng.pick(names);
  if (rng.chance(0.12)) {
    const second = rng.pick(names);
    if (second !== first && !second.includes('-') && !first.includes('-')) first = `${first} ${second}`;
  }
  const last = opts.last ?? rng.pick(LAST);
  const y = rng.int(opts.bornFrom ?? 1950, opts.bornTo ?? 2003);
  const p: Person = { gender, first, last, birth: iso(y, rng.int(1, 12), rng.int(1, 28)), birthPlace: rng.pick(PLACES) };
  if (rng.chance(opts.titleChance ?? 0.05)) p.title = rng.pick(['Dr.', 'Dr. med.', 'Prof. Dr.', 'Dipl.-Ing.']);
  if (gender === 'f' && rng.chance(0.25)) p.birthName = rng.pick(LAST);
  return p;
}

/** the normalised name of the catalog: "Vorname Nachname", without title */
export const fullName = (p: Person) => `${p.first} ${p.last}`;

export function address(rng: Rng, opts: { plz?: string; city?: string } = {}): Address {
  const [plz, city] = opts.city ? (PLACES_PLZ.find(([, c]) => c === opts.city) ?? rng.pick(PLACES_PLZ)) : rng.pick(PLACES_PLZ);
  let street = rng.pick(STREETS);
  // the document's own spelling of the street: "straße" may be printed "str." or "Str."
  const r = rng.next();
  if (r < 0.3) street = street.replace(/straße$/, 'str.').replace(/ Straße$/, ' Str.');
  else if (r < 0.36) street = street.replace(/straße$/, 'strasse').replace(/ Straße$/, ' Strasse');
  let no = String(rng.weighted([[rng.int(1, 30), 5], [rng.int(31, 120), 3], [rng.int(121, 250), 1]]));
  if (rng.chance(0.12)) no += rng.pick(['a', 'b', 'c', 'd']);
  return { street, no, plz: opts.plz ?? plz, city };
}

/** the catalog's normalised address "Straße Hausnummer, PLZ Ort" */
export const addressLine = (a: Address) => `${a.street} ${a.no}, ${a.plz} ${a.city}`;

export function sameCityAddress(rng: Rng, a: Address): Address {
  const options = PLACES_PLZ.filter(([, c]) => c === a.city);
  const [plz] = rng.pick(options.length ? options : [[a.plz, a.city] as const]);
  return { ...address(rng, { city: a.city }), plz, city: a.city };
}

// ------------------------------------------------------------------ IBAN

/** ISO 13616 mod-97 check: true when the IBAN's checksum is valid */
export function ibanValid(iban: string): boolean {
  const s = iban.replace(/\s+/g, '').toUpperCase();
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]+$/.test(s)) return false;
  return mod97(s.slice(4) + s.slice(0, 4)) === 1;
}

function mod97(s: string): number {
  let rest = 0;
  for (const ch of s) {
    const v = /[A-Z]/.test(ch) ? String(ch.charCodeAt(0) - 55) : ch;
    for (const digit of v) rest = (rest * 10 + Number(digit)) % 97;
  }
  return rest;
}

export function germanIban(blz: string, account: string): string {
  const bban = blz + account.padStart(10, '0');
  const check = 98 - mod97(bban + 'DE00');
  return `DE${String(check).padStart(2, '0')}${bban}`;
}

export function bankAccount(rng: Rng): { bank: Bank; iban: string } {
  const bank = rng.pick(BANKS);
  const account = rng.weighted([[rng.digits(10), 3], [String(rng.int(1000000, 99999999)), 1]]);
  return { bank, iban: germanIban(bank.blz, account.replace(/^0/, String(rng.int(1, 9)))) };
}

/** "DE89 3704 0044 0532 0130 00" */
export const groupIban = (iban: string) => iban.replace(/(.{4})/g, '$1 ').trim();

// ------------------------------------------------------------------ numbers that look like identifiers

export const phone = (rng: Rng, city?: string) => {
  const area = rng.pick(['0341', '0351', '030', '040', '089', '0221', '069', '0711', '0211', '0371', '0345', '0391', '0361', '0511']);
  return rng.pick([`${area} ${rng.int(100, 999)} ${rng.int(1000, 9999)}`, `${area}/${rng.digits(6)}-${rng.int(0, 99)}`, `(${area}) ${rng.digits(7)}`, `+49 ${area.slice(1)} ${rng.digits(7)}`]) + (city ? '' : '');
};

export const mobile = (rng: Rng) => `01${rng.pick(['51', '52', '57', '60', '62', '70', '72', '76'])} ${rng.digits(8)}`;

export const aktenzeichen = (rng: Rng, prefix?: string) =>
  rng.pick([
    `${prefix ?? rng.pick(['50.2', '64', 'WG', '3.1', 'SG 21'])}-${rng.digits(rng.int(4, 6))}/${rng.int(22, 25)}`,
    `${prefix ?? rng.pick(['WoG', 'AZ', 'S'])} ${rng.digits(3)} ${rng.digits(5)}`,
    `${rng.digits(2)}.${rng.digits(2)}.${rng.digits(2)}-${rng.digits(6)}`,
  ]);

/** Rentenversicherungsnummer: area, birth date ddmmyy, initial of the birth name, serial, check digit */
export function versicherungsnummer(rng: Rng, p: Person): string {
  const [y, m, d] = p.birth.split('-');
  const letter = (p.birthName ?? p.last).normalize('NFD').replace(/[^A-Za-z]/g, '').charAt(0).toUpperCase() || 'X';
  const serial = p.gender === 'f' ? rng.int(50, 99) : rng.int(0, 49);
  return `${rng.pick(['12', '13', '15', '16', '17', '18', '19', '23', '24', '25', '26', '28', '38', '39', '42', '43', '53', '65'])}${d}${m}${y.slice(2)}${letter}${String(serial).padStart(2, '0')}${rng.int(0, 9)}`;
}

/** "12 150352 M 512" */
export const groupVsnr = (v: string) => `${v.slice(0, 2)} ${v.slice(2, 8)} ${v.slice(8, 9)} ${v.slice(9)}`;

/** Kundennummer of the Bundesagentur für Arbeit: "123D456789" */
export const baKundennummer = (rng: Rng) => `${rng.digits(3)}${rng.pick(['A', 'B', 'C', 'D', 'E', 'F', 'G', 'H'])}${rng.digits(6)}`;

export const steuerId = (rng: Rng) => `${rng.int(1, 9)}${rng.digits(1)} ${rng.digits(3)} ${rng.digits(3)} ${rng.digits(3)}`;

// ------------------------------------------------------------------ organisations

export interface Organisation {
  name: string;
  /** an optional line under the name: department, unit */
  unit?: string;
  address: Address;
  phone: string;
  email?: string;
  web?: string;
}

const BRANCHES = ['Logistik', 'Gebäudereinigung', 'Haustechnik', 'Metallbau', 'Pflegedienst', 'Elektrotechnik', 'Software', 'Gastronomie',
  'Spedition', 'Druckerei', 'Bäckerei', 'Sicherheitsdienst', 'Einzelhandel', 'Dachdeckerei', 'Personalservice', 'Autohaus', 'Steuerberatung'];
const FANTASY = ['Nordwind', 'Elbtal', 'Saalebogen', 'Lindenhof', 'Sonnenschein', 'Mühlental', 'Auenwald', 'Rheinblick', 'Havelland',
  'Spreeufer', 'Brückenkopf', 'Feldmark', 'Kranich', 'Leuchtturm', 'Vierlinden', 'Waldblick', 'Ostwind', 'Kastanienhof'];

export function employerName(rng: Rng, city: string): string {
  const s = rng.pick(LAST);
  return rng.pick([
    `${s} ${rng.pick(BRANCHES)} GmbH`,
    `${rng.pick(FANTASY)} ${rng.pick(BRANCHES)} GmbH & Co. KG`,
    `${rng.pick(BRANCHES)} ${s} e.K.`,
    `${s} & ${rng.pick(LAST)} GmbH`,
    `Klinikum ${city} gGmbH`,
    `${rng.pick(FANTASY)} Pflege gGmbH`,
    `${rng.pick(FANTASY)} Systemhaus AG`,
    `Kita-Verbund ${city} e.V.`,
    `${city}er Verkehrsbetriebe GmbH`,
    `${s} Bau GmbH`,
    `Hotel ${rng.pick(FANTASY)} GmbH`,
  ]);
}

export function organisation(rng: Rng, name: string, city?: string, unit?: string): Organisation {
  const a = address(rng, city ? { city } : {});
  const domain = name.toLowerCase().replace(/ä/g, 'ae').replace(/ö/g, 'oe').replace(/ü/g, 'ue').replace(/ß/g, 'ss').replace(/[^a-z]+/g, '-').replace(/^-|-$/g, '').split('-').slice(0, 2).join('-');
  return { name, unit, address: a, phone: phone(rng), email: `info@${domain}.de`, web: `www.${domain}.de` };
}

export function landlordOrganisation(rng: Rng, city: string): string {
  const s = rng.pick(LAST);
  return rng.pick([
    `Hausverwaltung ${s} GmbH`,
    `Wohnungsbaugenossenschaft ${rng.pick(FANTASY)} eG`,
    `${city}er Wohnungsgesellschaft mbH`,
    `Immobilienverwaltung ${s} & ${rng.pick(LAST)} GbR`,
    `${rng.pick(FANTASY)} Immobilien GmbH`,
    `Wohnungsgenossenschaft ${city}-${rng.pick(['Süd', 'Nord', 'Ost', 'West', 'Mitte'])} eG`,
    `${s} Grundbesitz KG`,
  ]);
}

export function school(rng: Rng, city: string): { name: string; kind: 'schule' | 'berufsschule' } {
  const person = rng.pick(['Goethe', 'Schiller', 'Humboldt', 'Lessing', 'Geschwister-Scholl', 'Albert-Schweitzer', 'Marie-Curie', 'Käthe-Kollwitz', 'Heinrich-Heine', 'Erich-Kästner', 'Anne-Frank', 'Friedrich-Fröbel']);
  return rng.weighted([
    [{ name: `${person}-Gymnasium ${city}`, kind: 'schule' as const }, 3],
    [{ name: `${rng.int(1, 160)}. Oberschule ${city}`, kind: 'schule' as const }, 1],
    [{ name: `${person}-Schule, Integrierte Gesamtschule`, kind: 'schule' as const }, 1],
    [{ name: `Grundschule am ${rng.pick(['Rosental', 'Auwald', 'Park', 'Mühlteich', 'Lindenplatz'])}`, kind: 'schule' as const }, 1],
    [{ name: `Realschule ${city}-${rng.pick(['Süd', 'Nord', 'Ost', 'West', 'Mitte'])}`, kind: 'schule' as const }, 1],
    [{ name: `Berufliches Schulzentrum ${rng.pick(['für Technik', 'für Wirtschaft', 'für Gesundheit und Sozialwesen'])} ${city}`, kind: 'berufsschule' as const }, 2],
    [{ name: `Berufskolleg ${rng.pick(FANTASY)}`, kind: 'berufsschule' as const }, 1],
  ]);
}

export const UNIVERSITIES: readonly (readonly [string, string])[] = [
  ['Universität Leipzig', 'Leipzig'], ['Technische Universität Dresden', 'Dresden'], ['Hochschule für Technik, Wirtschaft und Kultur Leipzig', 'Leipzig'],
  ['Freie Universität Berlin', 'Berlin'], ['Humboldt-Universität zu Berlin', 'Berlin'], ['Ludwig-Maximilians-Universität München', 'München'],
  ['Universität zu Köln', 'Köln'], ['Hochschule Hannover', 'Hannover'], ['FH Münster', 'Münster'], ['Universität Hamburg', 'Hamburg'],
  ['Martin-Luther-Universität Halle-Wittenberg', 'Halle (Saale)'], ['Friedrich-Schiller-Universität Jena', 'Jena'],
  ['Technische Universität Chemnitz', 'Chemnitz'], ['Hochschule Zittau/Görlitz', 'Görlitz'], ['Universität Rostock', 'Rostock'],
  ['Otto-von-Guericke-Universität Magdeburg', 'Magdeburg'], ['Hochschule Bremen', 'Bremen'], ['Universität Erfurt', 'Erfurt'],
];

export const DRV_TRAEGER: readonly (readonly [string, string, string])[] = [
  ['Deutsche Rentenversicherung Bund', '10704', 'Berlin'],
  ['Deutsche Rentenversicherung Mitteldeutschland', '04091', 'Leipzig'],
  ['Deutsche Rentenversicherung Knappschaft-Bahn-See', '44781', 'Bochum'],
  ['Deutsche Rentenversicherung Baden-Württemberg', '76122', 'Karlsruhe'],
  ['Deutsche Rentenversicherung Nord', '23544', 'Lübeck'],
  ['Deutsche Rentenversicherung Rheinland', '40194', 'Düsseldorf'],
  ['Deutsche Rentenversicherung Westfalen', '48125', 'Münster'],
  ['Deutsche Rentenversicherung Berlin-Brandenburg', '15224', 'Frankfurt (Oder)'],
  ['Deutsche Rentenversicherung Hessen', '60286', 'Frankfurt am Main'],
  ['Deutsche Rentenversicherung Braunschweig-Hannover', '30875', 'Laatzen'],
  ['Deutsche Rentenversicherung Nordbayern', '95440', 'Bayreuth'],
  ['Deutsche Rentenversicherung Schwaben', '86154', 'Augsburg'],
];

export const KRANKENKASSEN = ['AOK PLUS', 'AOK Nordost', 'AOK Bayern', 'Techniker Krankenkasse', 'BARMER', 'DAK-Gesundheit', 'IKK classic',
  'KKH Kaufmännische Krankenkasse', 'hkk Krankenkasse', 'Knappschaft', 'BKK firmus', 'AOK Niedersachsen', 'mhplus BKK'];

export const MONTHS_DE = ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'];
