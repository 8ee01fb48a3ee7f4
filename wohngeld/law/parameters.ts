/**
 * The figures of the Wohngeldgesetz (WoGG) for each period in force. Two sets:
 *
 * - from 2023-01-01 (Wohngeld-Plus-Gesetz, BGBl. I 2022, 2160; Anlage 1 as fortgeschrieben by the
 *   1. WoGFV, § 23 WoGV, unchanged by the Wohngeld-Plus-Gesetz; Anlage 2 and 3: BGBl. I 2022, 2164 f.),
 * - from 2025-01-01 (Zweite Verordnung zur Fortschreibung des Wohngeldes, BGBl. 2024 I Nr. 314:
 *   Anlagen 1 to 3 and § 19 Abs. 3 replaced; nothing else changed).
 *
 * Amounts are strings: they enter the calculation as exact decimals (./decimal.ts). Where the law
 * counts members, index 0 is one member. Sources and the checks against official examples:
 * wohngeld/law/README.md.
 */
export type Mietstufe = 1 | 2 | 3 | 4 | 5 | 6 | 7;
export const MIETSTUFEN: readonly Mietstufe[] = [1, 2, 3, 4, 5, 6, 7];
export const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII'] as const;

export interface Rechtsstand {
  /** first day in force (ISO) */
  gueltigAb: string;
  /** last day in force (ISO), open when absent */
  gueltigBis?: string;
  /** how the period is cited in the calculation's steps */
  bezeichnung: string;
  /** Anlage 1 (§ 12 Abs. 1): Höchstbeträge per Mietstufe (I…VII), for 1…5 members, and the amount for each further member */
  hoechstbetraege: Record<Mietstufe, { bis5: readonly [string, string, string, string, string]; jeWeiteres: string }>;
  /** § 12 Abs. 6: Gesamtbetrag zur Entlastung bei den Heizkosten for 1…5 members, and for each further member */
  heizkostenentlastung: { bis5: readonly [string, string, string, string, string]; jeWeiteres: string };
  /** § 12 Abs. 7: Klimakomponente for 1…5 members, and for each further member */
  klimakomponente: { bis5: readonly [string, string, string, string, string]; jeWeiteres: string };
  /** Anlage 2: a, b, c for 1…12 members */
  koeffizienten: readonly { a: string; b: string; c: string }[];
  /** Anlage 3 Nr. 1: the least values of M and Y for 1…12 members */
  mindestwerte: { M: readonly string[]; Y: readonly string[] };
  /** § 19 Abs. 3: the amount added for the 13th and each further member */
  zuschlagAb13: string;
}

/** Amounts that do not depend on the period (§§ 9a EStG, 16, 17 WoGG, § 10 BEEG); per year unless named otherwise. */
export const EINKOMMEN = {
  /** § 14 Abs. 1 WoGG with § 9a Satz 1 Nr. 1 Buchst. a EStG (since 2023) */
  arbeitnehmerPauschbetrag: '1230',
  /** § 14 Abs. 1 WoGG with § 9a Satz 1 Nr. 3 EStG: Renten */
  rentenPauschbetrag: '102',
  /** § 16 Abs. 1 WoGG: per kind of tax or contribution paid */
  pauschalabzugProzent: '0.1',
  /** § 17 Nr. 1 WoGG: schwerbehinderter Mensch (GdB 100, or below 100 with care need) */
  freibetragSchwerbehindert: '1800',
  /** § 17 Nr. 3 WoGG: Alleinerziehende (one per household) */
  freibetragAlleinerziehend: '1320',
  /** § 17 Nr. 4 WoGG: a child's own earned income, at most */
  freibetragKindEinkommen: '1200',
  /** § 10 Abs. 1 BEEG: Elterngeld up to 300 € a month is not income (§ 10 Abs. 3: half with ElterngeldPlus) */
  elterngeldFreiMonatlich: '300',
  elterngeldPlusFreiMonatlich: '150',
  /** § 21 Nr. 1 WoGG: no claim below this monthly amount */
  mindestbetrag: '10',
} as const;

const HEIZKOSTEN = { bis5: ['110.40', '142.60', '170.20', '197.80', '225.40'], jeWeiteres: '27.60' } as const;
const KLIMA = { bis5: ['19.20', '24.80', '29.60', '34.40', '39.20'], jeWeiteres: '4.80' } as const;

export const RECHTSSTAENDE: readonly Rechtsstand[] = [
  {
    gueltigAb: '2023-01-01',
    gueltigBis: '2024-12-31',
    bezeichnung: 'WoGG in der Fassung ab 01.01.2023 (Wohngeld-Plus-Gesetz)',
    hoechstbetraege: {
      1: { bis5: ['347', '420', '501', '584', '667'], jeWeiteres: '79' },
      2: { bis5: ['392', '474', '564', '659', '752'], jeWeiteres: '90' },
      3: { bis5: ['438', '530', '631', '736', '841'], jeWeiteres: '102' },
      4: { bis5: ['491', '595', '708', '825', '944'], jeWeiteres: '114' },
      5: { bis5: ['540', '654', '778', '909', '1038'], jeWeiteres: '124' },
      6: { bis5: ['591', '716', '853', '995', '1137'], jeWeiteres: '143' },
      7: { bis5: ['651', '788', '937', '1095', '1251'], jeWeiteres: '157' },
    },
    heizkostenentlastung: HEIZKOSTEN,
    klimakomponente: KLIMA,
    koeffizienten: [
      { a: '0.04', b: '0.0004991', c: '0.0000462' },
      { a: '0.03', b: '0.0003716', c: '0.0000345' },
      { a: '0.02', b: '0.0003035', c: '0.0000278' },
      { a: '0.01', b: '0.0002251', c: '0.00002' },
      { a: '0', b: '0.0001985', c: '0.0000195' },
      { a: '-0.01', b: '0.0001792', c: '0.0000188' },
      { a: '-0.02', b: '0.0001657', c: '0.0000187' },
      { a: '-0.03', b: '0.0001648', c: '0.0000187' },
      { a: '-0.04', b: '0.0001432', c: '0.0000188' },
      { a: '-0.06', b: '0.00013', c: '0.0000188' },
      { a: '-0.09', b: '0.0001188', c: '0.0000222' },
      { a: '-0.12', b: '0.0001152', c: '0.0000251' },
    ],
    mindestwerte: {
      M: ['52', '64', '76', '88', '99', '99', '111', '123', '135', '146', '180', '286'],
      Y: ['350', '600', '800', '1000', '1200', '1400', '1600', '1800', '2000', '2200', '2400', '2600'],
    },
    zuschlagAb13: '57',
  },
  {
    gueltigAb: '2025-01-01',
    bezeichnung: 'WoGG in der Fassung ab 01.01.2025 (2. Wohngeld-Fortschreibungsverordnung)',
    hoechstbetraege: {
      1: { bis5: ['361', '437', '521', '608', '694'], jeWeiteres: '82' },
      2: { bis5: ['408', '493', '587', '686', '782'], jeWeiteres: '94' },
      3: { bis5: ['456', '551', '657', '766', '875'], jeWeiteres: '106' },
      4: { bis5: ['511', '619', '737', '858', '982'], jeWeiteres: '119' },
      5: { bis5: ['562', '680', '809', '946', '1080'], jeWeiteres: '129' },
      6: { bis5: ['615', '745', '887', '1035', '1183'], jeWeiteres: '149' },
      7: { bis5: ['677', '820', '975', '1139', '1302'], jeWeiteres: '163' },
    },
    heizkostenentlastung: HEIZKOSTEN,
    klimakomponente: KLIMA,
    koeffizienten: [
      { a: '0.04', b: '0.0004797', c: '0.0000408' },
      { a: '0.03', b: '0.0003571', c: '0.0000304' },
      { a: '0.02', b: '0.0002917', c: '0.0000245' },
      { a: '0.01', b: '0.0002163', c: '0.0000176' },
      { a: '0', b: '0.0001907', c: '0.0000172' },
      { a: '-0.01', b: '0.0001722', c: '0.0000166' },
      { a: '-0.02', b: '0.0001592', c: '0.0000165' },
      { a: '-0.03', b: '0.0001583', c: '0.0000165' },
      { a: '-0.04', b: '0.0001376', c: '0.0000166' },
      { a: '-0.06', b: '0.0001249', c: '0.0000166' },
      { a: '-0.09', b: '0.0001141', c: '0.0000196' },
      { a: '-0.12', b: '0.0001107', c: '0.0000221' },
    ],
    mindestwerte: {
      M: ['54', '67', '79', '92', '103', '103', '115', '128', '140', '152', '187', '298'],
      Y: ['396', '679', '906', '1132', '1358', '1585', '1811', '2037', '2264', '2490', '2717', '2943'],
    },
    zuschlagAb13: '65',
  },
];

/** The earliest day for which a Rechtsstand is kept. */
export const FRUEHESTER_STICHTAG = RECHTSSTAENDE[0].gueltigAb;

/** The Rechtsstand in force on `stichtag` (ISO date), or undefined before the earliest one kept. */
export function rechtsstandAm(stichtag: string): Rechtsstand | undefined {
  return RECHTSSTAENDE.find((r) => r.gueltigAb <= stichtag && (!r.gueltigBis || stichtag <= r.gueltigBis));
}
