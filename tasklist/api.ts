/**
 * The contract between the tasklist's browser app (tasklist/app/) and its server part
 * (tasklist/server/): the JSON the server answers under `/tasklist/api/…`. The server builds it
 * from the Camunda 8.8 REST API only (user tasks, forms, variables, documents), so the same
 * tasklist works against the embedded engine and a real cluster.
 *
 * Routes (all JSON unless said otherwise; errors are `application/problem+json` with a German
 * `title` and `detail`; every route but `anmeldung` and `sitzung` answers 401 without a session;
 * every POST needs the header `x-csrf-token` with the session's `csrfToken`):
 *
 *   GET  /tasklist/api/sitzung                       → Sitzung (401 if not signed in)
 *   POST /tasklist/api/anmeldung   Anmeldung          → Sitzung, sets the session cookie (no CSRF header)
 *   POST /tasklist/api/abmeldung                      → 204, ends the session
 *   GET  /tasklist/api/aufgaben?…AufgabenFilter       → AufgabenListe
 *   GET  /tasklist/api/aufgaben/:key                  → AufgabeDetail
 *   GET  /tasklist/api/aufgaben/:key/dokumente/:id    → the document's bytes (Content-Type as stored;
 *                                                       TIFF converted to PNG so a browser can show it)
 *   POST /tasklist/api/aufgaben/:key/uebernehmen      → 204 (assign to the signed-in user)
 *   POST /tasklist/api/aufgaben/:key/abgeben          → 204 (unassign)
 *   POST /tasklist/api/aufgaben/:key/abschliessen  Abschluss → 204
 *
 * The app itself (HTML, JS, CSS, the pdf.js worker) is served under `/tasklist/` without a
 * session: it holds no case data and shows the sign-in form until `sitzung` answers 200.
 */

export const TASKLIST_BASE = '/tasklist';
export const API_BASE = `${TASKLIST_BASE}/api`;
/** the header every state-changing request carries (double-submit protection against CSRF) */
export const CSRF_HEADER = 'x-csrf-token';

export interface Benutzer {
  /** the sign-in name, e.g. "mmueller"; also the assignee in the engine */
  id: string;
  /** the display name, e.g. "Maria Müller" */
  name: string;
  /** candidate groups this person works in, e.g. ["wohngeld-sachbearbeitung"] */
  gruppen: string[];
}

export interface Sitzung {
  benutzer: Benutzer;
  csrfToken: string;
  /** "eingebettet" (the product's own engine, user list) or "cluster" (Camunda 8.8, its own sign-in) */
  modus: 'eingebettet' | 'cluster';
}

export interface Anmeldung {
  benutzer: string;
  passwort: string;
}

/** Query parameters of GET /tasklist/api/aufgaben; all optional. */
export interface AufgabenFilter {
  /** a candidate group; default: all groups of the signed-in user */
  gruppe?: string;
  /** "ich" (assigned to me), "niemand" (unassigned), "alle" (default) */
  bearbeitung?: 'ich' | 'niemand' | 'alle';
  /** "ueberfaellig" (due before now), "heute" (due by the end of today), "woche" (within 7 days), default none */
  faellig?: 'ueberfaellig' | 'heute' | 'woche';
  /** a process definition id, e.g. "wohngeld-antrag" */
  prozess?: string;
  /** "faelligkeit" (due date, tasks without one last) or "alter" (creation date); default "faelligkeit" */
  sortierung?: 'faelligkeit' | 'alter';
  /** default "asc": earliest due / oldest first */
  richtung?: 'asc' | 'desc';
}

export interface AufgabeZeile {
  /** userTaskKey, as a string (int64) */
  key: string;
  /** the user task's name, e.g. "Antrag prüfen und entscheiden" */
  name: string;
  elementId: string;
  prozessId: string;
  prozessName: string;
  prozessInstanzKey: string;
  /** ISO date-time */
  erstellt: string;
  /** ISO date-time, if the model sets one */
  faellig?: string;
  /** the assignee's id, if assigned */
  bearbeitung?: string;
  kandidatenGruppen: string[];
  /** from the process variable `antrag.antragId`, e.g. "OZG-2025-000417" */
  fallnummer?: string;
  /** from `antrag`: the applicant's name, e.g. "Ursula Hoffmann" */
  antragsteller?: string;
}

export interface AufgabenListe {
  aufgaben: AufgabeZeile[];
  /** for the process filter: the processes that have open tasks the user may see */
  prozesse: Array<{ id: string; name: string }>;
  /** for the group filter: the user's groups */
  gruppen: string[];
}

export interface DokumentInfo {
  /** the Camunda document id */
  id: string;
  /** the file name as submitted, e.g. "mietbescheinigung.pdf"; pruefliste rows name documents by it */
  name: string;
  /** the content type as stored, e.g. "application/pdf", "image/png" */
  contentType: string;
  /** the catalog type docai found (from `dokumentAnalysen`), e.g. "mietbescheinigung" */
  dokumentTyp?: string;
  /** GET address of the bytes, e.g. "/tasklist/api/aufgaben/123/dokumente/abc" */
  url: string;
}

export interface AufgabeDetail {
  aufgabe: AufgabeZeile;
  /** the linked Camunda form's schema (JSON, as in forms/*.form), or null if the task has none */
  formular: Record<string, unknown> | null;
  /** all variables visible to the task (task scope over process scope), full values, parsed JSON */
  variablen: Record<string, unknown>;
  /** the case's documents in the order of the process variable `dokumente` */
  dokumente: DokumentInfo[];
}

export interface Abschluss {
  /** the variables to complete with: the form's submitted data */
  variablen: Record<string, unknown>;
}
