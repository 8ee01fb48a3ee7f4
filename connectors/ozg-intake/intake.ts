/**
 * The OZG intake: the online service (OZG) posts an application with its documents; the intake
 * checks them, stores the documents in the engine's document store and starts the case with the
 * message `wohngeld.antrag-eingegangen`. Documents sent after a Nachforderung arrive the same way
 * and reach the waiting case with `wohngeld.unterlagen-nachgereicht`.
 *
 *   POST /ozg/antraege                        parts: `antrag` (JSON) + files → 201 / 200 duplicate
 *   POST /ozg/antraege/{antragId}/unterlagen  files → 201
 *
 * The same antragId twice starts no second case: the ledger (ledger.ts) says so, and the message's
 * messageId lets the engine refuse a second publication too. An intake that broke off between
 * upload and publication is completed by the next attempt.
 */
import { randomUUID } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import { z } from 'zod';
import { antragSchema, type Antrag } from '../../wohngeld/antrag.ts';
import { pfad } from '../../wohngeld/probleme.ts';
import type { DocumentReference, Logger } from '../../workers/types.ts';
import { HttpProblem, sendJson, type Route } from '../web-server.ts';
import { keyMatches, presentedKey } from './api-key.ts';
import { intakeDefaults, type IntakeLimits } from './config.ts';
import { EngineUnavailable, type IntakeEngine } from './engine.ts';
import { acceptFiles, type AcceptedFile } from './files.ts';
import { JsonFehler, parseJson } from '../../wohngeld/json.ts';
import type { IntakeLedger } from './ledger.ts';
import { readSubmission } from './multipart.ts';
import { PROBLEM } from './problems.ts';

export const MESSAGE_ANTRAG_EINGEGANGEN = 'wohngeld.antrag-eingegangen';
export const MESSAGE_UNTERLAGEN_NACHGEREICHT = 'wohngeld.unterlagen-nachgereicht';

/**
 * How long the engine keeps the start message (and refuses its messageId a second time). It only
 * matters for a retry after a publication whose answer was lost; a day covers the online service's
 * retries. A case started by it is never started twice by the same message (Zeebe correlates a
 * message once per process).
 */
export const START_MESSAGE_TTL_MS = 24 * 60 * 60_000;
/**
 * Documents that arrive before the case waits for them (the letter is still being written, the
 * caseworker is still deciding) are kept this long, so the case picks them up when it gets there.
 */
export const NACHREICHEN_MESSAGE_TTL_MS = 30 * 24 * 60 * 60_000;

export interface OzgIntakeOptions {
  readonly engine: IntakeEngine;
  readonly ledger: IntakeLedger;
  readonly apiKey: string;
  readonly limits?: IntakeLimits;
  readonly logger?: Logger;
  readonly startMessageTtlMs?: number;
  readonly nachreichenMessageTtlMs?: number;
}

export interface OzgIntake {
  readonly routes: readonly Route[];
  /** Closes the ledger; the web server must be closed first (no request in flight). */
  close(): void;
}

interface FileSummary {
  name: string;
  umbenanntVon?: string;
  contentType: string;
  groesse: number;
  documentId: string;
}

type Outcome =
  | { readonly status: 'angenommen'; readonly eingegangenAm: string; readonly dateien: FileSummary[] }
  | { readonly status: 'bereits-eingegangen'; readonly eingegangenAm: string };

const germanErrors = z.locales.de().localeError;
const silent: Logger = { debug() {}, info() {}, warn() {}, error() {} };

export function createOzgIntake(options: OzgIntakeOptions): OzgIntake {
  const { engine, ledger, apiKey } = options;
  const limits = options.limits ?? intakeDefaults;
  const logger = options.logger ?? silent;
  const startTtl = options.startMessageTtlMs ?? START_MESSAGE_TTL_MS;
  const nachreichenTtl = options.nachreichenMessageTtlMs ?? NACHREICHEN_MESSAGE_TTL_MS;
  /** applications this process is taking in right now: a second request for one waits for the first */
  const inFlight = new Map<string, Promise<Outcome>>();

  function authenticate(req: IncomingMessage): void {
    if (keyMatches(presentedKey(req.headers), apiKey)) return;
    logger.warn('OZG-Eingang: Anfrage ohne gültigen API-Schlüssel abgewiesen', { methode: req.method, pfad: req.url, von: req.socket.remoteAddress });
    throw new HttpProblem(
      401,
      'Nicht angemeldet',
      'Kein oder ein falscher API-Schlüssel. Den Schlüssel als „Authorization: Bearer <Schlüssel>“ oder im Kopf „X-API-Key“ senden.',
      {},
      PROBLEM.nichtAngemeldet,
      { 'www-authenticate': 'Bearer realm="wohngeld-ozg"' },
    );
  }

  async function upload(antragId: string, vorgang: string, files: readonly AcceptedFile[]): Promise<{ references: DocumentReference[]; summary: FileSummary[] }> {
    const references: DocumentReference[] = [];
    const summary: FileSummary[] = [];
    for (const file of files) {
      // a retry after a broken-off attempt reuses what that attempt already stored
      let reference = ledger.uploadedDocument(antragId, vorgang, file.name, file.sha256);
      if (!reference) {
        reference = await engine.upload(file.content, { fileName: file.name, contentType: file.contentType, customProperties: { antragId } });
        ledger.recordDocument(antragId, vorgang, file.name, file.sha256, reference);
      }
      references.push(reference);
      summary.push({ name: file.name, ...(file.originalName !== undefined ? { umbenanntVon: file.originalName } : {}), contentType: file.contentType, groesse: file.content.length, documentId: reference.documentId });
    }
    return { references, summary };
  }

  async function takeIn(antrag: Antrag, files: readonly AcceptedFile[], eingegangenAm: string): Promise<Outcome> {
    const antragId = antrag.antragId;
    try {
      const { references, summary } = await upload(antragId, 'antrag', files);
      const { alreadyPublished } = await engine.publish({
        name: MESSAGE_ANTRAG_EINGEGANGEN,
        correlationKey: antragId,
        messageId: `antrag-eingegangen-${antragId}`,
        timeToLive: startTtl,
        variables: { antrag, dokumente: references, eingang: { kanal: 'ozg', eingegangenAm } },
      });
      ledger.complete(antragId);
      logger.info(`OZG-Eingang: Antrag ${antragId} angenommen`, { dokumente: references.length, ...(alreadyPublished ? { hinweis: 'Nachricht war schon veröffentlicht' } : {}) });
      return { status: 'angenommen', eingegangenAm, dateien: summary };
    } catch (error) {
      ledger.release(antragId);
      throw engineProblem(error, logger, `Antrag ${antragId}`);
    }
  }

  async function receive(antrag: Antrag, files: readonly AcceptedFile[]): Promise<Outcome> {
    const antragId = antrag.antragId;
    for (;;) {
      const running = inFlight.get(antragId);
      if (running) {
        // Whatever the first request's fate, look again: done → duplicate; failed → this one tries.
        await running.catch(() => undefined);
        continue;
      }
      const claim = ledger.claim(antragId);
      if (claim.kind === 'angenommen') return { status: 'bereits-eingegangen', eingegangenAm: claim.eingegangenAm };
      if (claim.kind === 'in-arbeit') {
        throw new HttpProblem(409, 'Antrag wird gerade angenommen', `Der Antrag ${antragId} wird gerade von einem anderen Vorgang angenommen. Bitte in einigen Minuten erneut senden; er wird nicht doppelt angelegt.`, { antragId }, PROBLEM.inArbeit, { 'retry-after': '60' });
      }
      if (claim.kind === 'wiederaufnahme') logger.info(`OZG-Eingang: Antrag ${antragId} – ein früherer Versuch brach ab, er wird jetzt abgeschlossen`);
      const run = takeIn(antrag, files, claim.eingegangenAm);
      inFlight.set(antragId, run);
      try {
        return await run;
      } finally {
        inFlight.delete(antragId);
      }
    }
  }

  const antragEinreichen: Route = {
    method: 'POST',
    path: '/ozg/antraege',
    async handler({ req, res }) {
      authenticate(req);
      const submission = await readSubmission(req, limits, { antragPart: true });
      if (submission.antrag === undefined) {
        throw new HttpProblem(400, 'Antrag fehlt', 'Der Teil „antrag“ mit dem Antrag als JSON fehlt.', { fehler: [{ feld: 'antrag', meldung: 'fehlt' }] }, PROBLEM.antragUngueltig);
      }
      const antrag = readAntrag(submission.antrag);
      const files = acceptFiles(submission.files);
      const outcome = await receive(antrag, files);
      if (outcome.status === 'bereits-eingegangen') {
        sendJson(res, 200, {
          antragId: antrag.antragId,
          status: outcome.status,
          eingegangenAm: outcome.eingegangenAm,
          hinweis: `Der Antrag ${antrag.antragId} ist bereits eingegangen; es wurde kein zweiter Fall angelegt und nichts übernommen.`,
        });
        return;
      }
      sendJson(res, 201, { antragId: antrag.antragId, status: outcome.status, eingegangenAm: outcome.eingegangenAm, dokumente: outcome.dateien.length, dateien: outcome.dateien });
    },
  };

  const unterlagenNachreichen: Route = {
    method: 'POST',
    path: '/ozg/antraege/:antragId/unterlagen',
    async handler({ req, res, params }) {
      authenticate(req);
      const antragId = params.antragId;
      const entry = ledger.entry(antragId);
      if (!entry) {
        throw new HttpProblem(404, 'Antrag unbekannt', `Ein Antrag „${antragId.slice(0, 100)}“ ist hier nicht eingegangen. Unterlagen können nur zu einem über den OZG-Eingang eingegangenen Antrag nachgereicht werden.`, { antragId }, PROBLEM.unbekannterAntrag);
      }
      if (entry.status !== 'angenommen') {
        throw new HttpProblem(409, 'Antrag noch nicht angenommen', `Der Antrag ${antragId} ist noch nicht vollständig eingegangen. Bitte zuerst den Antrag erneut senden, dann die Unterlagen.`, { antragId }, PROBLEM.inArbeit);
      }
      const submission = await readSubmission(req, limits, { antragPart: false });
      const files = acceptFiles(submission.files);
      if (files.length === 0) throw new HttpProblem(400, 'Keine Unterlagen', 'Die Einsendung enthält keine Datei.', {}, PROBLEM.dateiUngueltig);
      const nachreichungId = randomUUID();
      const eingegangenAm = new Date().toISOString();
      let summary: FileSummary[];
      try {
        const uploaded = await upload(antragId, `nachreichung:${nachreichungId}`, files);
        summary = uploaded.summary;
        await engine.publish({
          name: MESSAGE_UNTERLAGEN_NACHGEREICHT,
          correlationKey: antragId,
          messageId: `unterlagen-nachgereicht-${antragId}-${nachreichungId}`,
          timeToLive: nachreichenTtl,
          variables: { nachgereichteDokumente: uploaded.references },
        });
      } catch (error) {
        throw engineProblem(error, logger, `Unterlagen zu Antrag ${antragId}`);
      }
      ledger.recordNachreichung(nachreichungId, antragId, eingegangenAm, files.length);
      logger.info(`OZG-Eingang: Unterlagen zu Antrag ${antragId} nachgereicht`, { dokumente: files.length });
      sendJson(res, 201, { antragId, status: 'nachgereicht', eingegangenAm, dokumente: summary.length, dateien: summary });
    },
  };

  return {
    routes: [antragEinreichen, unterlagenNachreichen],
    close: () => ledger.close(),
  };
}

/** The application from the part's text: JSON first (with the place of a syntax error), then the schema. */
function readAntrag(text: string): Antrag {
  let value: unknown;
  try {
    value = parseJson(text);
  } catch (error) {
    if (!(error instanceof JsonFehler)) throw error;
    throw new HttpProblem(400, 'Antrag ungültig', `Der Teil „antrag“ ist kein gültiges JSON: ${error.message}.`, { fehler: [{ feld: 'antrag', meldung: error.message }] }, PROBLEM.antragUngueltig);
  }
  const result = antragSchema.safeParse(value, { error: germanErrors, reportInput: true });
  if (result.success) return result.data;
  const fehler = result.error.issues.map((issue) => ({
    feld: pfad(issue.path, '(Antrag)'),
    meldung: meldung(issue),
  }));
  throw new HttpProblem(400, 'Antrag ungültig', `Der Antrag enthält ${fehler.length === 1 ? 'einen Fehler' : `${fehler.length} Fehler`}: ${fehler.map((f) => `${f.feld}: ${f.meldung}`).join('; ')}.`, { fehler }, PROBLEM.antragUngueltig);
}

/** zod's message, except where plainer German says it better: a missing field "fehlt". */
function meldung(issue: z.core.$ZodIssue): string {
  if (issue.code === 'unrecognized_keys') return `unbekanntes Feld ${issue.keys.map((k) => `„${k}“`).join(', ')}`;
  // the schema's own messages name the field ("eingangsdatum fehlt (Datum JJJJ-MM-TT)"); zod's generic one does not
  if (issue.code === 'invalid_type' && issue.input === undefined && issue.message.startsWith('Ungültige Eingabe')) return 'fehlt';
  return issue.message;
}

function engineProblem(error: unknown, logger: Logger, what: string): unknown {
  if (!(error instanceof EngineUnavailable)) return error;
  logger.error(`OZG-Eingang: ${what} nicht angenommen – Engine nicht erreichbar`, { fehler: error.message });
  return new HttpProblem(
    error.status === undefined ? 503 : 502,
    'Engine nicht erreichbar',
    `${what} wurde noch nicht angenommen: die Prozess-Engine ist gerade nicht erreichbar. Bitte später erneut senden; es wird dann nichts doppelt angelegt.`,
    {},
    PROBLEM.engineNichtErreichbar,
    { 'retry-after': '30' },
  );
}
