/**
 * A decided case with the variables the real workers write: the calculation from
 * `wohngeld.berechnen` and the Bescheid-Entwurf from `wohngeld.bescheid-erstellen` (its PDF in the
 * given documents port), for the hand-over tests. Needs WOHNGELD_MIETSTUFE set by the caller (the
 * example application names no Mietstufe, as most do).
 */
import { letzteMonate } from '../../wohngeld/completeness.ts';
import type { Antrag } from '../../wohngeld/antrag.ts';
import { type ActivatedJob, decideJobAction } from '../../workers/adapter.ts';
import { silentLogger } from '../../workers/logger.ts';
import type { DocumentStore } from '../../workers/types.ts';
import { berechnen, bescheidErstellen } from '../../workers/wohngeld-fall.ts';
import { beispielAntrag, dokument, lohnabrechnungen } from '../wohngeld-case/fixtures.ts';

export const job = (type: string, variables: Record<string, unknown>, retries = 3): ActivatedJob => ({
  jobKey: '1', type, processInstanceKey: '2', processDefinitionId: 'wohngeld-antrag', elementId: 'e', elementInstanceKey: '3', tenantId: '<default>', customHeaders: {}, retries, variables,
});

export const nachweise = () => [
  ...lohnabrechnungen(letzteMonate('2025-03-01', 12), 2100),
  dokument('rentenbescheid', { name: 'Erika Schneider', rente_brutto: 1100, zahlbetrag: 990 }, 'rentenbescheid-erika.pdf'),
  dokument('schwerbehindertenausweis', { name: 'Erika Schneider', gdb: 100 }, 'ausweis-erika.pdf'),
  dokument('mietbescheinigung', { mieter_name: 'Katrin Schneider', grundmiete: 480, nebenkosten: 150, heizkosten: 90, gesamtmiete: 720 }, 'mietbescheinigung.pdf'),
  dokument('meldebescheinigung', { name: 'Katrin Schneider' }, 'meldebescheinigung.pdf'),
];

export const korrekturen = [{ pfad: 'bruttokaltmiete', wert: 600, begruendung: 'Stellplatz (30 €) herausgerechnet' }];

async function variablesOf(action: Promise<unknown>): Promise<Record<string, unknown>> {
  const result = (await action) as { action: string; variables?: Record<string, unknown>; errorMessage?: string };
  if (result.action !== 'complete' || !result.variables) throw new Error(`Worker nicht abgeschlossen: ${JSON.stringify(result)}`);
  return result.variables;
}

export interface Fall {
  antrag: Antrag;
  entscheidung: { ergebnis: 'bewilligen' | 'ablehnen' | 'versagen'; begruendung: string; entschiedenAm?: string };
  berechnung?: Record<string, unknown> | null;
  bescheidEntwurf?: Record<string, unknown> & { dokument: Record<string, unknown> };
  haushaltsmodell?: Record<string, unknown>;
  korrekturen: typeof korrekturen;
  dokumentAnalysen: ReturnType<typeof nachweise>;
}

/** The variables of a case decided `ergebnis` ("versagen": no calculation, no Bescheid-Entwurf, as after a missed deadline). */
export async function entschiedenerFall(store: DocumentStore, ergebnis: 'bewilligen' | 'ablehnen' | 'versagen' = 'bewilligen', antrag: Antrag = beispielAntrag()): Promise<Fall> {
  const dokumentAnalysen = nachweise();
  const begruendung = ergebnis === 'bewilligen' ? 'Die Voraussetzungen nach §§ 3, 19 WoGG liegen vor.' : ergebnis === 'ablehnen' ? 'Das Einkommen übersteigt die Grenze.' : 'Die angeforderten Nachweise wurden nicht vorgelegt (§ 66 SGB I).';
  const entscheidung = { ergebnis, begruendung, entschiedenAm: '2025-04-02' };
  if (ergebnis === 'versagen') return { antrag, entscheidung, korrekturen, dokumentAnalysen };
  const berechnet = await variablesOf(decideJobAction(berechnen, job(berechnen.type, { antrag, dokumentAnalysen, korrekturen }), silentLogger));
  const bescheid = await variablesOf(
    decideJobAction(bescheidErstellen, job(bescheidErstellen.type, { antrag, berechnung: berechnet.berechnung, entscheidung, briefdatum: '2025-04-02' }), silentLogger, store),
  );
  return {
    antrag,
    entscheidung,
    berechnung: berechnet.berechnung as Record<string, unknown>,
    bescheidEntwurf: bescheid.bescheidEntwurf as Fall['bescheidEntwurf'],
    haushaltsmodell: berechnet.haushaltsmodell as Record<string, unknown>,
    korrekturen,
    dokumentAnalysen,
  };
}
