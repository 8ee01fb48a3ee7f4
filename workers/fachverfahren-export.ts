/**
 * `wohngeld.fachverfahren-export`: hands the decided case to the Fachverfahren (the office's
 * specialist procedure that pays and files it). The record (connectors/fachverfahren) is checked
 * before anything is written: a case the Fachverfahren cannot take is the BPMN error
 * UEBERGABE_ABGELEHNT with the reasons, for the caseworker to fix; a directory that cannot be
 * written is a retryable failure naming it. With WOHNGELD_FACHVERFAHREN_URL set the JSON is POSTed
 * to that endpoint instead (connectors/fachverfahren/http.ts).
 */
import { z } from 'zod';
import { AusgangFehler } from '../connectors/ausgang.ts';
import { AUSGANG_EINSTELLUNG, fachverfahrenAusgang, legeExportAb } from '../connectors/fachverfahren/ausgang.ts';
import { alsJson, baueDatensatz, pruefsumme as pruefsummeVon } from '../connectors/fachverfahren/datensatz.ts';
import { FachverfahrenNichtBereit, fachverfahrenUrl, sendeExport, type HttpZiel } from '../connectors/fachverfahren/http.ts';
import { ERGEBNISSE, type FachverfahrenExport } from '../connectors/fachverfahren/schema.ts';
import { antragSchema } from '../wohngeld/antrag.ts';
import { analyzedDocumentSchema } from '../wohngeld/catalog.ts';
import { documentReferenceSchema } from './dokumente.ts';
import { konfigurationsfehler, mietstufe } from './konfiguration.ts';
import { bpmnError, complete, defineWorker, type DocumentReference, DocumentUnavailable, type JobContext, retryableFailure } from './types.ts';
import { berechnungSchema, korrekturSchema } from './wohngeld-fall.ts';

export const UEBERGABE_ABGELEHNT = 'UEBERGABE_ABGELEHNT';
/** a full disk or a share that is away usually comes back; no need to hammer it */
const RETRY_BACKOFF_MS = 30_000;

const datum = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'Datum der Form JJJJ-MM-TT' });
const modellWert = z.object({ wert: z.number(), quelle: z.string() }).loose();

type Ergebnis = (typeof ERGEBNISSE)[number];

async function ueberHttp(ziel: HttpZiel, datensatz: FachverfahrenExport, ergebnis: Ergebnis, context: JobContext) {
  const { antragId } = datensatz;
  const json = alsJson(datensatz);
  const pruefsumme = pruefsummeVon(json);
  try {
    const antwort = await sendeExport(ziel, json, pruefsumme);
    if (!antwort.angenommen) {
      context.logger.info('Fachverfahren hat die Übergabe abgelehnt', { antragId, status: antwort.status, gruende: antwort.gruende });
      return bpmnError(UEBERGABE_ABGELEHNT, `Das Fachverfahren hat den Fall ${antragId} abgelehnt: ${antwort.gruende.join(' ')}`, { uebergabeFehler: { gruende: antwort.gruende } });
    }
    context.logger.info('Fall an das Fachverfahren übergeben', { antragId, status: antwort.status });
    return complete({ fachverfahrenExport: { antragId, weg: 'http' as const, dateien: [], pruefsumme, ergebnis } });
  } catch (error) {
    if (error instanceof FachverfahrenNichtBereit) return retryableFailure(error.message, RETRY_BACKOFF_MS);
    throw error;
  }
}

async function insVerzeichnis(datensatz: FachverfahrenExport, ergebnis: Ergebnis, bescheidEntwurf: DocumentReference | undefined, context: JobContext) {
  // the draft notice goes with the record: the Fachverfahren issues the final notice from it
  let pdf: Buffer | undefined;
  if (bescheidEntwurf) {
    try {
      pdf = await context.documents.download(bescheidEntwurf);
    } catch (error) {
      if (error instanceof DocumentUnavailable) return retryableFailure(`Bescheid-Entwurf nicht ladbar: ${error.message}`, RETRY_BACKOFF_MS);
      throw error;
    }
  }
  try {
    const uebergabe = await legeExportAb(fachverfahrenAusgang(), datensatz, pdf);
    context.logger.info(uebergabe.geschrieben ? 'Fall an das Fachverfahren übergeben' : 'Fall lag dem Fachverfahren bereits unverändert vor', { antragId: uebergabe.antragId, dateien: uebergabe.dateien });
    return complete({ fachverfahrenExport: { antragId: uebergabe.antragId, weg: 'verzeichnis' as const, dateien: uebergabe.dateien, pruefsumme: uebergabe.pruefsumme, ergebnis } });
  } catch (error) {
    if (error instanceof AusgangFehler) return retryableFailure(`${AUSGANG_EINSTELLUNG}: ${error.message}`, RETRY_BACKOFF_MS);
    throw error;
  }
}

export const fachverfahrenExportInput = z.object({
  antrag: antragSchema,
  entscheidung: z
    .object({
      ergebnis: z.enum(ERGEBNISSE, { error: `ergebnis muss eine von ${ERGEBNISSE.join(', ')} sein` }),
      begruendung: z.string({ error: 'Begründung fehlt' }).trim().min(1, { error: 'Begründung fehlt' }).max(10_000),
      bewilligungsmonate: z.number().int().min(1).max(24).nullish(),
      entschiedenAm: z.string().regex(/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})?)?$/, { error: 'entschiedenAm: Datum JJJJ-MM-TT oder Zeitpunkt nach ISO 8601' }).nullish(),
    })
    .loose(),
  berechnung: berechnungSchema.nullish(),
  bescheidEntwurf: z.object({ dokument: documentReferenceSchema, betreff: z.string(), bewilligungszeitraum: z.object({ von: datum, bis: datum }).nullish() }).loose().nullish(),
  haushaltsmodell: z
    .object({ mietstufe: modellWert.nullish(), bruttokaltmiete: modellWert.nullish(), mitglieder: z.array(z.object({ id: z.string(), beruecksichtigt: z.object({ wert: z.boolean() }).loose().nullish() }).loose()).nullish() })
    .loose()
    .nullish(),
  // as wohngeld.berechnen takes them
  korrekturen: z.array(korrekturSchema).max(500).nullish(),
  dokumentAnalysen: z.array(analyzedDocumentSchema).max(500).nullish(),
});

export const fachverfahrenExport = defineWorker({
  type: 'wohngeld.fachverfahren-export',
  description: 'Übergibt den entschiedenen Fall als JSON und XML an das Fachverfahren',
  input: fachverfahrenExportInput,
  output: z.object({
    fachverfahrenExport: z.object({
      antragId: z.string(),
      /** "verzeichnis": into the outbox directory; "http": POSTed to WOHNGELD_FACHVERFAHREN_URL */
      weg: z.enum(['verzeichnis', 'http']),
      /** the file names in the outbox (none for "http") */
      dateien: z.array(z.string()),
      /** sha256 (hex) of the JSON file */
      pruefsumme: z.string().regex(/^[0-9a-f]{64}$/),
      ergebnis: z.enum(ERGEBNISSE),
    }),
  }),
  fetchVariables: ['antrag', 'entscheidung', 'berechnung', 'bescheidEntwurf', 'haushaltsmodell', 'korrekturen', 'dokumentAnalysen'],
  async handler(input, context) {
    // Without a Mietstufe in the model the calculation used the office's (WOHNGELD_MIETSTUFE).
    let konfigurierteMietstufe: number | undefined;
    if (input.berechnung && !input.haushaltsmodell?.mietstufe) {
      try {
        konfigurierteMietstufe = mietstufe();
      } catch (error) {
        return konfigurationsfehler(error);
      }
    }
    const pruefung = baueDatensatz({ ...input, konfigurierteMietstufe });
    if (!pruefung.ok) {
      context.logger.info('Übergabe an das Fachverfahren abgelehnt', { antragId: input.antrag.antragId, gruende: pruefung.gruende });
      return bpmnError(UEBERGABE_ABGELEHNT, `Das Fachverfahren kann den Fall ${input.antrag.antragId} nicht übernehmen: ${pruefung.gruende.join(' ')}`, { uebergabeFehler: { gruende: pruefung.gruende } });
    }
    let http: HttpZiel | undefined;
    try {
      http = fachverfahrenUrl();
    } catch (error) {
      if (error instanceof FachverfahrenNichtBereit) return retryableFailure(error.message);
      throw error;
    }
    return http
      ? ueberHttp(http, pruefung.datensatz, input.entscheidung.ergebnis, context)
      : insVerzeichnis(pruefung.datensatz, input.entscheidung.ergebnis, input.bescheidEntwurf?.dokument as DocumentReference | undefined, context);
  },
});
