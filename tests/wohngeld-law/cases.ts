/**
 * Reference cases of the Wohngeld calculation with the amounts the law and the federal
 * calculator give. Used by tests/wohngeld-law/calculate.test.ts and `npm run eval:wohngeld`.
 *
 * - BMWSB, "Beispiele für die Berechnung des Wohngelds", Stand 01.01.2025 (the official examples;
 *   example 11 needs the § 17a Grundrente allowance, which no document of ours feeds: not here),
 * - two cases of the BMWSB Wohngeldrechner 2025 as kept in gettsim's test data,
 * - the 14-member case of the Länderhinweise to WoGVwV 19.31 (Stand 12/2024),
 * - five cases of the BMWSB Wohngeldrechner 2023 as kept in gettsim's test data.
 * Incomes are given as the law counts them (gross per year, the § 16 deductions that apply).
 */
import type { Berechnungsfall, Haushaltsmitglied } from '../../wohngeld/law/calculate.ts';

export interface Referenzfall {
  name: string;
  quelle: string;
  fall: Berechnungsfall;
  wohngeld: number;
  M: number;
  Y: number;
}

const keine = { steuern: false, krankenversicherung: false, rentenversicherung: false };
const alle3 = { steuern: true, krankenversicherung: true, rentenversicherung: true };
const nurKv = { steuern: false, krankenversicherung: true, rentenversicherung: false };
const kvRv = { steuern: false, krankenversicherung: true, rentenversicherung: true };
const ohneEinkommen = (name: string): Haushaltsmitglied => ({ name, einkommen: [], abzuege: keine });
const BMWSB_2025 = 'BMWSB, Beispiele für die Berechnung des Wohngelds, Stand 01.01.2025';
const RECHNER_2025 = 'BMWSB-Wohngeldrechner 2025 (gettsim-Testdaten 2025-01-01)';
const RECHNER_2023 = 'BMWSB-Wohngeldrechner 2023 (gettsim-Testdaten 2023-01-01)';

export const REFERENZFAELLE: Referenzfall[] = [
  {
    name: 'Rentnerin allein, Mietstufe I',
    quelle: `${BMWSB_2025}, Beispiel 1`,
    fall: { stichtag: '2025-01-01', mietstufe: 1, bruttokaltmiete: 335, haushalt: [{ name: 'Rentnerin', einkommen: [{ art: 'rente', jahresbetrag: 15600 }], abzuege: nurKv }] },
    wohngeld: 110, M: 445.4, Y: 1162.35,
  },
  {
    name: 'Arbeitsloser allein, Mietstufe IV',
    quelle: `${BMWSB_2025}, Beispiel 2`,
    fall: { stichtag: '2025-01-01', mietstufe: 4, bruttokaltmiete: 470, haushalt: [{ name: 'Arbeitsloser', einkommen: [{ art: 'arbeitslosengeld', jahresbetrag: 16200 }], abzuege: keine }] },
    wohngeld: 88, M: 580.4, Y: 1350,
  },
  {
    name: 'Rentnerehepaar in Leipzig, ein Partner schwerbehindert',
    quelle: `${BMWSB_2025}, Beispiel 3`,
    fall: {
      stichtag: '2025-01-01', mietstufe: 2, bruttokaltmiete: 480,
      haushalt: [
        { name: 'Ehemann', einkommen: [{ art: 'rente', jahresbetrag: 16920 }], abzuege: nurKv, freibetraege: { schwerbehindert: true } },
        { name: 'Ehefrau', einkommen: [{ art: 'rente', jahresbetrag: 6480 }], abzuege: nurKv },
      ],
    },
    wohngeld: 166, M: 622.6, Y: 1589.7,
  },
  {
    name: 'Familie mit Eigenheim (Belastung), Mietstufe I',
    quelle: `${BMWSB_2025}, Beispiel 4`,
    fall: {
      stichtag: '2025-01-01', mietstufe: 1, bruttokaltmiete: 750,
      haushalt: [{ name: 'Vater', einkommen: [{ art: 'nichtselbststaendig', jahresbetrag: 25800 }], abzuege: kvRv }, ohneEinkommen('Mutter'), ohneEinkommen('Kind')],
    },
    wohngeld: 320, M: 720.8, Y: 1638,
  },
  {
    name: 'Alleinerziehende mit zwei Kindern und Unterhaltsvorschuss',
    quelle: `${BMWSB_2025}, Beispiel 5`,
    fall: {
      stichtag: '2025-01-01', mietstufe: 6, bruttokaltmiete: 700,
      haushalt: [
        { name: 'Mutter', einkommen: [{ art: 'nichtselbststaendig', jahresbetrag: 18360 }], abzuege: kvRv, freibetraege: { alleinerziehend: true } },
        { name: 'Kind 1', einkommen: [{ art: 'unterhalt', jahresbetrag: 4176 }], abzuege: keine },
        { name: 'Kind 2', einkommen: [{ art: 'unterhalt', jahresbetrag: 4176 }], abzuege: keine },
      ],
    },
    wohngeld: 372, M: 870.2, Y: 1728,
  },
  {
    name: 'Familie in München mit Minijob',
    quelle: `${BMWSB_2025}, Beispiel 6`,
    fall: {
      stichtag: '2025-01-01', mietstufe: 7, bruttokaltmiete: 1225,
      haushalt: [
        { name: 'Vater', einkommen: [{ art: 'nichtselbststaendig', jahresbetrag: 29880 }], abzuege: alle3 },
        { name: 'Mutter', einkommen: [{ art: 'nichtselbststaendig', jahresbetrag: 6672, minijob: true }], abzuege: keine },
        ohneEinkommen('Kind 1'),
        ohneEinkommen('Kind 2'),
      ],
    },
    wohngeld: 691, M: 1371.2, Y: 2227.25,
  },
  {
    name: 'Familie mit zwei Kindern, Mietstufe III',
    quelle: `${BMWSB_2025}, Beispiel 7`,
    fall: {
      stichtag: '2025-01-01', mietstufe: 3, bruttokaltmiete: 580,
      haushalt: [{ name: 'Mutter', einkommen: [{ art: 'nichtselbststaendig', jahresbetrag: 26880 }], abzuege: kvRv }, ohneEinkommen('Vater'), ohneEinkommen('Kind 1'), ohneEinkommen('Kind 2')],
    },
    wohngeld: 485, M: 777.8, Y: 1710,
  },
  {
    name: 'Familie mit drei Kindern, Tochter mit eigenem Verdienst',
    quelle: `${BMWSB_2025}, Beispiel 8`,
    fall: {
      stichtag: '2025-01-01', mietstufe: 5, bruttokaltmiete: 870,
      haushalt: [
        { name: 'Vater', einkommen: [{ art: 'nichtselbststaendig', jahresbetrag: 33000 }], abzuege: alle3 },
        ohneEinkommen('Mutter'),
        { name: 'Tochter', einkommen: [{ art: 'nichtselbststaendig', jahresbetrag: 720, minijob: true }], abzuege: keine, freibetraege: { kind: true } },
        ohneEinkommen('Kind 2'),
        ohneEinkommen('Kind 3'),
      ],
    },
    wohngeld: 747, M: 1095.4, Y: 1853.25,
  },
  {
    name: 'Sechs Personen mit Großmutter, Mietstufe II',
    quelle: `${BMWSB_2025}, Beispiel 9`,
    fall: {
      stichtag: '2025-01-01', mietstufe: 2, bruttokaltmiete: 780,
      haushalt: [
        { name: 'Vater', einkommen: [{ art: 'nichtselbststaendig', jahresbetrag: 48000 }], abzuege: alle3 },
        ohneEinkommen('Mutter'),
        { name: 'Großmutter', einkommen: [{ art: 'rente', jahresbetrag: 7740 }], abzuege: nurKv },
        ohneEinkommen('Kind 1'),
        ohneEinkommen('Kind 2'),
        ohneEinkommen('Kind 3'),
      ],
    },
    wohngeld: 343, M: 1033, Y: 3301.1,
  },
  {
    name: 'Rentnerin mit vom Wohngeld ausgeschlossenem Sohn',
    quelle: `${BMWSB_2025}, Beispiel 10`,
    fall: {
      stichtag: '2025-01-01', mietstufe: 4, bruttokaltmiete: 570,
      haushalt: [{ name: 'Mutter', einkommen: [{ art: 'rente', jahresbetrag: 10560 }], abzuege: nurKv }, { ...ohneEinkommen('Sohn (Bürgergeld)'), beruecksichtigt: false }],
    },
    wohngeld: 191, M: 356.3, Y: 784.35,
  },
  {
    name: 'Alleinstehend, 1.400 € brutto, Mietstufe V',
    quelle: RECHNER_2025,
    fall: { stichtag: '2025-03-01', mietstufe: 5, bruttokaltmiete: 600, haushalt: [{ name: 'A', einkommen: [{ art: 'nichtselbststaendig', jahresbetrag: 16800 }], abzuege: alle3 }] },
    wohngeld: 368, M: 691.6, Y: 908.25,
  },
  {
    name: 'Alleinstehend, 2.000 € brutto, Mietstufe V',
    quelle: RECHNER_2025,
    fall: { stichtag: '2025-03-01', mietstufe: 5, bruttokaltmiete: 600, haushalt: [{ name: 'A', einkommen: [{ art: 'nichtselbststaendig', jahresbetrag: 24000 }], abzuege: alle3 }] },
    wohngeld: 145, M: 691.6, Y: 1328.25,
  },
  {
    name: 'Vierzehn Haushaltsmitglieder, Mietstufe III',
    quelle: 'Länderhinweise zu WoGVwV Nr. 19.31, Stand 12/2024',
    fall: {
      stichtag: '2025-01-01', mietstufe: 3, bruttokaltmiete: 1600,
      haushalt: [{ name: 'Mitglied 1', einkommen: [{ art: 'sonstiges', jahresbetrag: 56259 }], abzuege: keine }, ...Array.from({ length: 13 }, (_, i) => ohneEinkommen(`Mitglied ${i + 2}`))],
    },
    wohngeld: 1335, M: 2018.6, Y: 4688.25,
  },
  {
    name: 'Alleinstehend 2023, Mietstufe V',
    quelle: `${RECHNER_2023}, hh_id_11`,
    fall: { stichtag: '2023-06-01', mietstufe: 5, bruttokaltmiete: 600, haushalt: [{ name: 'A', einkommen: [{ art: 'sonstiges', jahresbetrag: 12600 }], abzuege: alle3 }] },
    wohngeld: 425, M: 669.6, Y: 735,
  },
  {
    name: 'Drei Personen 2023, Mietstufe III',
    quelle: `${RECHNER_2023}, hh_id_13`,
    fall: { stichtag: '2023-06-01', mietstufe: 3, bruttokaltmiete: 700, haushalt: [{ name: 'A', einkommen: [{ art: 'sonstiges', jahresbetrag: 16380 }], abzuege: keine }, ohneEinkommen('B'), ohneEinkommen('C')] },
    wohngeld: 469, M: 830.8, Y: 1365,
  },
  {
    name: 'Vier Personen 2024, Mietstufe III',
    quelle: `${RECHNER_2023}, hh_id_16`,
    fall: { stichtag: '2024-11-30', mietstufe: 3, bruttokaltmiete: 730, haushalt: [{ name: 'A', einkommen: [{ art: 'sonstiges', jahresbetrag: 13386 }], abzuege: keine }, ohneEinkommen('B'), ohneEinkommen('C'), ohneEinkommen('D')] },
    wohngeld: 758, M: 927.8, Y: 1115.5,
  },
  {
    name: 'Fünf Personen 2023, Mietstufe I',
    quelle: `${RECHNER_2023}, hh_id_17`,
    fall: { stichtag: '2023-01-01', mietstufe: 1, bruttokaltmiete: 1300, haushalt: [{ name: 'A', einkommen: [{ art: 'sonstiges', jahresbetrag: 21000 }], abzuege: keine }, ...['B', 'C', 'D', 'E'].map(ohneEinkommen)] },
    wohngeld: 631, M: 931.6, Y: 1750,
  },
  {
    name: 'Sechs Personen 2023, Mietstufe I',
    quelle: `${RECHNER_2023}, hh_id_14`,
    fall: { stichtag: '2023-06-01', mietstufe: 1, bruttokaltmiete: 1300, haushalt: [{ name: 'A', einkommen: [{ art: 'sonstiges', jahresbetrag: 21000 }], abzuege: keine }, ...['B', 'C', 'D', 'E', 'F'].map(ohneEinkommen)] },
    wohngeld: 777, M: 1043, Y: 1750,
  },
];
