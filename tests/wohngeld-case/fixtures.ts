/** An application and analysed documents as the workers deliver them, for the household and completeness tests. */
import { antragSchema, type Antrag } from '../../wohngeld/antrag.ts';
import type { AnalyzedDocument, DocumentTypeId } from '../../wohngeld/catalog.ts';

export function beispielAntrag(overrides: Partial<Record<string, unknown>> = {}): Antrag {
  return antragSchema.parse({
    antragId: 'OZG-2025-000123',
    eingangsdatum: '2025-03-14',
    antragsart: 'erstantrag',
    antragsteller: { anrede: 'Frau', anschrift: { strasse: 'Eisenbahnstraße', hausnummer: '45', plz: '04315', ort: 'Leipzig' }, email: 'katrin.schneider@example.org' },
    haushalt: [
      { vorname: 'Katrin', nachname: 'Schneider', geburtsdatum: '1986-07-14', beziehung: 'antragsteller', einkommen: [{ art: 'nichtselbststaendig', monatsbetrag: 2100 }], alleinerziehend: true },
      { vorname: 'Paul', nachname: 'Schneider', geburtsdatum: '2012-03-02', beziehung: 'kind' },
      { vorname: 'Erika', nachname: 'Schneider', geburtsdatum: '1950-01-20', beziehung: 'elternteil', einkommen: [{ art: 'rente' }], schwerbehindert: true },
    ],
    wohnung: { verhaeltnis: 'miete', bruttokaltmiete: 640 },
    bankverbindung: { iban: 'DE89370400440532013000', kontoinhaber: 'Katrin Schneider' },
    ...overrides,
  });
}

let counter = 0;
export function dokument(documentType: DocumentTypeId, fields: Record<string, string | number>, file = `${documentType}-${++counter}.pdf`): AnalyzedDocument {
  return {
    file,
    documentType,
    confidence: 0.95,
    pages: 1,
    source: 'text-layer',
    fields: Object.fromEntries(Object.entries(fields).map(([id, value]) => [id, { value, confidence: 0.9, page: 1, text: String(value) }])),
    warnings: [],
  };
}

/** Payslips of Katrin Schneider for the months given (JJJJ-MM). */
export const lohnabrechnungen = (monate: string[], brutto = 2100) =>
  monate.map((monat) => dokument('lohnabrechnung', { arbeitnehmer_name: 'Katrin Schneider', abrechnungsmonat: monat, brutto, netto: 1500, lohnsteuer: 180, krankenversicherung: 170, rentenversicherung: 195 }));
