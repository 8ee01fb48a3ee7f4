/**
 * The facts behind a document, before any printing: a tenancy, a job, a pension. Documents of
 * different types draw on the same kinds of facts, so their numbers are consistent in themselves
 * (a total is the sum of its parts, a net pay follows from the gross).
 */
import { addDays, addMonths, firstOfMonth, iso, parts, type IsoDate } from './dates.js';
import * as fake from './fake.js';
import { cents } from './format.js';
import type { Rng } from './random.js';

export interface Landlord {
  kind: 'person' | 'organisation';
  /** printed name; for a person "Vorname Nachname" */
  name: string;
  person?: fake.Person;
  address: fake.Address;
  phone: string;
  bank: { bank: fake.Bank; iban: string };
}

export interface Rental {
  tenant: fake.Person;
  flat: fake.Address;
  landlord: Landlord;
  area: number;
  rooms: number;
  floor: string;
  built: number;
  grundmiete: number;
  nebenkosten: number;
  /** absent when the tenant pays heating directly to a supplier */
  heizkosten?: number;
  stellplatz?: number;
  einzug: IsoDate;
  bewohner: number;
  kaution: number;
  /** the rent of the previous year (a distractor) */
  vormiete: number;
  vormieteAb: IsoDate;
  mieteAb: IsoDate;
}

export const FLOORS = ['Erdgeschoss', '1. Obergeschoss', '2. Obergeschoss', '3. Obergeschoss', '4. OG', 'Dachgeschoss', 'Souterrain', 'EG links', '2. OG rechts', '1. OG Mitte'];

export function landlord(rng: Rng, city: string): Landlord {
  if (rng.chance(0.35)) {
    const p = fake.person(rng, { bornFrom: 1945, bornTo: 1985, titleChance: 0.1 });
    return { kind: 'person', name: fake.fullName(p), person: p, address: fake.address(rng), phone: fake.phone(rng), bank: fake.bankAccount(rng) };
  }
  return { kind: 'organisation', name: fake.landlordOrganisation(rng, city), address: fake.sameCityAddress(rng, fake.address(rng, { city })), phone: fake.phone(rng), bank: fake.bankAccount(rng) };
}

export function rental(rng: Rng, today: IsoDate): Rental {
  const tenant = fake.person(rng, { bornFrom: 1948, bornTo: 2004 });
  const flat = fake.address(rng);
  const area = rng.chance(0.5) ? rng.int(26, 115) + rng.pick([0, 0.5, 0.25, 0.8, 0.4, 0.65]) : cents(rng.float(26, 115));
  const rate = rng.float(5.2, 12.8);
  let grundmiete = cents(area * rate);
  if (rng.chance(0.3)) grundmiete = Math.round(grundmiete);
  const nebenkosten = rng.chance(0.3) ? Math.round(area * rng.float(1.6, 3.1) / 5) * 5 : cents(area * rng.float(1.6, 3.1));
  const heizkosten = rng.chance(0.82) ? (rng.chance(0.3) ? Math.round(area * rng.float(0.9, 1.8) / 5) * 5 : cents(area * rng.float(0.9, 1.8))) : undefined;
  const einzug = rng.chance(0.7) ? firstOfMonth(addDays(today, -rng.int(60, 5000))) : addDays(today, -rng.int(60, 5000));
  const mieteAb = firstOfMonth(addDays(today, -rng.int(20, 300)));
  const vormiete = cents(grundmiete - rng.float(8, 45));
  return {
    tenant,
    flat,
    landlord: landlord(rng, flat.city),
    area,
    rooms: Math.max(1, Math.min(5, Math.round(area / 24))),
    floor: rng.pick(FLOORS),
    built: rng.pick([rng.int(1890, 1938), rng.int(1950, 1990), rng.int(1991, 2020)]),
    grundmiete,
    nebenkosten,
    heizkosten,
    stellplatz: rng.chance(0.2) ? rng.pick([25, 30, 35, 40, 45, 50, 60]) : undefined,
    einzug: einzug < mieteAb ? einzug : addMonths(mieteAb, -rng.int(13, 60)),
    bewohner: rng.weighted([[1, 4], [2, 4], [3, 3], [4, 2], [5, 1], [6, 1]]),
    kaution: cents(grundmiete * 3),
    vormiete,
    vormieteAb: addMonths(mieteAb, -12),
    mieteAb,
  };
}

export const gesamt = (r: Rental) => cents(r.grundmiete + r.nebenkosten + (r.heizkosten ?? 0));

// ------------------------------------------------------------------ payroll

export interface Payroll {
  employee: fake.Person;
  address: fake.Address;
  employer: fake.Organisation;
  month: string;
  personalnummer: string;
  steuerklasse: number;
  kinderfreibetrag: number;
  konfession: string;
  krankenkasse: string;
  kvZusatz: number;
  grundgehalt: number;
  zulagen: { label: string; amount: number; steuerfrei?: boolean }[];
  brutto: number;
  steuerBrutto: number;
  lohnsteuer: number;
  soli: number;
  kirchensteuer: number;
  kv: number;
  rv: number;
  av: number;
  pv: number;
  netto: number;
  abzuege: { label: string; amount: number }[];
  auszahlung: number;
  iban: string;
  bank: fake.Bank;
  eintritt: IsoDate;
  jahresBrutto: number;
  jahresLohnsteuer: number;
  steuerId: string;
  svNummer: string;
  stunden?: number;
  stundenlohn?: number;
}

/** an approximate monthly wage tax (not the official PAP, but monotone and plausible) */
function wageTax(taxable: number, klasse: number): number {
  const yearly = taxable * 12;
  const allowance = [0, 12096, 12096, 24192, 12096, 12096, 0][klasse - 1] ?? 12096;
  const z = Math.max(0, yearly - allowance - 1230 - 0.2 * yearly * 0.5);
  let tax: number;
  if (z <= 0) tax = 0;
  else if (z < 17000) tax = z * (0.14 + (z / 17000) * 0.1);
  else if (z < 66000) tax = 17000 * 0.19 + (z - 17000) * (0.24 + ((z - 17000) / 49000) * 0.18);
  else tax = 17000 * 0.19 + 49000 * 0.33 + (z - 66000) * 0.42;
  if (klasse === 3) tax *= 0.62;
  if (klasse === 5 || klasse === 6) tax = tax * 1.25 + yearly * 0.06;
  return cents(tax / 12);
}

export function payroll(rng: Rng, today: IsoDate): Payroll {
  const employee = fake.person(rng, { bornFrom: 1962, bornTo: 2005 });
  const address = fake.address(rng);
  const employer = fake.organisation(rng, fake.employerName(rng, address.city), address.city);
  const monthDate = addMonths(today, -rng.int(1, 3));
  const month = monthDate.slice(0, 7);
  const hourly = rng.chance(0.3);
  const stunden = hourly ? rng.pick([40, 60, 80, 86.67, 120, 130, 151.67, 160, 173.33]) : undefined;
  const stundenlohn = hourly ? cents(rng.float(12.82, 19.5)) : undefined;
  const grundgehalt = hourly ? cents(stunden! * stundenlohn!) : cents(rng.weighted([[rng.float(556, 1400), 2], [rng.float(1400, 3200), 5], [rng.float(3200, 5200), 2]]));
  const zulagen: Payroll['zulagen'] = [];
  if (rng.chance(0.35)) zulagen.push({ label: rng.pick(['Schichtzulage', 'Erschwerniszulage', 'Leistungszulage', 'Funktionszulage']), amount: cents(rng.float(40, 320)) });
  if (rng.chance(0.25)) zulagen.push({ label: 'Vermögenswirksame Leistungen AG', amount: rng.pick([6.65, 13.29, 20, 26.59, 40]) });
  if (rng.chance(0.2)) zulagen.push({ label: rng.pick(['Zuschlag Sonntagsarbeit stfr.', 'Nachtzuschlag 25 % stfr.', 'Fahrtkostenzuschuss pauschal']), amount: cents(rng.float(20, 180)), steuerfrei: true });
  if (rng.chance(0.12)) zulagen.push({ label: rng.pick(['Einmalzahlung', 'Urlaubsgeld', 'Weihnachtsgeld anteilig']), amount: cents(rng.float(150, 900)) });
  const brutto = cents(grundgehalt + zulagen.reduce((s, z) => s + z.amount, 0));
  const steuerBrutto = cents(brutto - zulagen.filter((z) => z.steuerfrei).reduce((s, z) => s + z.amount, 0));
  const steuerklasse = rng.weighted([[1, 6], [2, 1], [3, 2], [4, 3], [5, 1]]);
  const svBrutto = steuerBrutto;
  const kvZusatz = rng.pick([1.7, 2.19, 2.5, 2.69, 2.9, 3.1]);
  const kinderlos = rng.chance(0.5);
  const kv = cents(svBrutto * (7.3 + kvZusatz / 2) / 100);
  const rv = cents(svBrutto * 0.093);
  const av = cents(svBrutto * 0.013);
  const pv = cents(svBrutto * (kinderlos ? 0.024 : 0.018));
  const lohnsteuer = wageTax(steuerBrutto, steuerklasse);
  const konfession = rng.weighted([['--', 6], ['ev', 2], ['rk', 2]]);
  const kirchensteuer = konfession === '--' ? 0 : cents(lohnsteuer * rng.pick([0.08, 0.09]));
  const soli = lohnsteuer > 1600 ? cents(lohnsteuer * 0.055) : 0;
  const netto = cents(brutto - lohnsteuer - soli - kirchensteuer - kv - rv - av - pv);
  const abzuege: Payroll['abzuege'] = [];
  if (zulagen.some((z) => z.label.startsWith('Vermögenswirksame'))) abzuege.push({ label: 'VL-Überweisung Bausparvertrag', amount: rng.pick([40, 26.59, 39.88]) });
  if (rng.chance(0.2)) abzuege.push({ label: rng.pick(['Vorschuss', 'Kantine', 'Jobticket Eigenanteil', 'Sachbezug Verrechnung']), amount: cents(rng.float(15, 150)) });
  if (rng.chance(0.1)) abzuege.push({ label: 'Pfändung', amount: cents(rng.float(50, 250)) });
  const auszahlung = cents(netto - abzuege.reduce((s, a) => s + a.amount, 0));
  const m = parts(monthDate).m;
  const acc = fake.bankAccount(rng);
  return {
    employee,
    address,
    employer,
    month,
    personalnummer: rng.pick([rng.digits(5), rng.digits(6), `${rng.int(1, 9)}${rng.digits(3)}`]),
    steuerklasse,
    kinderfreibetrag: kinderlos ? 0 : rng.pick([0.5, 1, 1.5, 2]),
    konfession,
    krankenkasse: rng.pick(fake.KRANKENKASSEN),
    kvZusatz,
    grundgehalt,
    zulagen,
    brutto,
    steuerBrutto,
    lohnsteuer,
    soli,
    kirchensteuer,
    kv,
    rv,
    av,
    pv,
    netto,
    abzuege,
    auszahlung,
    iban: acc.iban,
    bank: acc.bank,
    eintritt: iso(rng.int(2005, 2024), rng.int(1, 12), 1),
    jahresBrutto: cents(brutto * m * rng.float(0.97, 1.03)),
    jahresLohnsteuer: cents(lohnsteuer * m * rng.float(0.95, 1.05)),
    steuerId: fake.steuerId(rng),
    svNummer: fake.groupVsnr(fake.versicherungsnummer(rng, employee)),
    stunden,
    stundenlohn,
  };
}
