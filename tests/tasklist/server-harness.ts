/**
 * The tasklist's server part against the real embedded engine: engine on a free loopback port
 * (database in memory, clock pinned), the official client, two small test models with Camunda
 * user tasks (candidate groups and users from variables, a linked form, a due date, a task-local
 * variable), a user list of three people, the tasklist's routes on the product's web server, and
 * a `Browser` that talks to it as the app does (session cookie and CSRF header).
 */
import { type CamundaClient, ProcessDefinitionId } from '@camunda8/orchestration-cluster-api';
import { type EmbeddedEngine, startEmbeddedEngine } from '../../engine/server.ts';
import { startWebServer, type WebServer } from '../../connectors/web-server.ts';
import { CSRF_HEADER, type Sitzung } from '../../tasklist/api.ts';
import { eingebetteteAnmeldung } from '../../tasklist/server/anmeldung.ts';
import type { BenutzerEintrag } from '../../tasklist/server/benutzer.ts';
import { AnmeldeDrossel } from '../../tasklist/server/drosselung.ts';
import { clientTasklistEngine, type TasklistEngine } from '../../tasklist/server/engine.ts';
import { hashPasswort } from '../../tasklist/server/passwort.ts';
import { createTasklistRoutes } from '../../tasklist/server/routes.ts';
import { Sitzungen } from '../../tasklist/server/sitzungen.ts';
import { clientDocumentStore } from '../../workers/adapter.ts';
import { createClient } from '../../workers/client.ts';
import type { DocumentReference } from '../../workers/types.ts';
import { bpmnProcess, deploy, now, waitFor } from '../conformance/harness.ts';

export const PROZESS = 'tl-antrag';
export const PROZESS_FREI = 'tl-frei';
export const FORM_ID = 'tl-formular';

/** A candidate group, candidate users and a due date from variables; a local `hinweis` over the process's. */
const MODELL = bpmnProcess(
  PROZESS,
  `    <bpmn:startEvent id="start"><bpmn:outgoing>f1</bpmn:outgoing></bpmn:startEvent>
    <bpmn:userTask id="pruefen" name="Antrag prüfen">
      <bpmn:extensionElements>
        <zeebe:userTask />
        <zeebe:formDefinition formId="${FORM_ID}" />
        <zeebe:assignmentDefinition candidateGroups="=gruppen" candidateUsers="=kandidaten" />
        <zeebe:taskSchedule dueDate="=faellig" />
        <zeebe:ioMapping><zeebe:input source="=&quot;lokal&quot;" target="hinweis" /></zeebe:ioMapping>
      </bpmn:extensionElements>
      <bpmn:incoming>f1</bpmn:incoming><bpmn:outgoing>f2</bpmn:outgoing>
    </bpmn:userTask>
    <bpmn:userTask id="freigeben" name="Bescheid freigeben">
      <bpmn:extensionElements><zeebe:userTask /><zeebe:assignmentDefinition candidateGroups="team-a" /></bpmn:extensionElements>
      <bpmn:incoming>f2</bpmn:incoming><bpmn:outgoing>f3</bpmn:outgoing>
    </bpmn:userTask>
    <bpmn:endEvent id="ende"><bpmn:incoming>f3</bpmn:incoming></bpmn:endEvent>
    <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="pruefen" />
    <bpmn:sequenceFlow id="f2" sourceRef="pruefen" targetRef="freigeben" />
    <bpmn:sequenceFlow id="f3" sourceRef="freigeben" targetRef="ende" />`,
  { name: 'Wohngeldantrag (Test)' },
);

/** A task for nobody in particular: no candidates, no assignee. */
const MODELL_FREI = bpmnProcess(
  PROZESS_FREI,
  `    <bpmn:startEvent id="start"><bpmn:outgoing>f1</bpmn:outgoing></bpmn:startEvent>
    <bpmn:userTask id="erledigen" name="Post sichten">
      <bpmn:extensionElements><zeebe:userTask /><zeebe:taskSchedule dueDate="=faellig" /></bpmn:extensionElements>
      <bpmn:incoming>f1</bpmn:incoming><bpmn:outgoing>f2</bpmn:outgoing>
    </bpmn:userTask>
    <bpmn:endEvent id="ende"><bpmn:incoming>f2</bpmn:incoming></bpmn:endEvent>
    <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="erledigen" />
    <bpmn:sequenceFlow id="f2" sourceRef="erledigen" targetRef="ende" />`,
  { name: 'Allgemeine Post (Test)' },
);

export const FORMULAR = {
  id: FORM_ID,
  type: 'default',
  schemaVersion: 16,
  components: [
    { type: 'textfield', key: 'entscheidung', label: 'Entscheidung', id: 'Field_entscheidung' },
    { type: 'textarea', key: 'begruendung', label: 'Begründung', id: 'Field_begruendung' },
  ],
};

export const PASSWORT = 'richtig-geheim-123';

/** anna and bernd work in team-a, carla in team-b. */
export const PERSONEN = [
  { benutzer: 'anna', name: 'Anna Albers', gruppen: ['team-a'] },
  { benutzer: 'bernd', name: 'Bernd Brandt', gruppen: ['team-a'] },
  { benutzer: 'carla', name: 'Carla Conrad', gruppen: ['team-b'] },
  { benutzer: 'dora', name: 'Dora Dietz', gruppen: ['team-a'] },
] as const;

export interface Harness {
  engine: EmbeddedEngine;
  client: CamundaClient;
  port: TasklistEngine;
  web: WebServer;
  sitzungen: Sitzungen;
  /** the clock of sessions and sign-in locks, moved by the tests */
  uhr: { ms: number };
  close(): Promise<void>;
}

export interface HarnessOptions {
  /** the instant the list's due-date filters count from; default now */
  jetzt?: Date;
  port?: (real: TasklistEngine) => TasklistEngine;
}

export async function startHarness(options: HarnessOptions = {}): Promise<Harness> {
  const engine = await startEmbeddedEngine({ port: 0, dbPath: ':memory:' });
  const client = createClient({ embeddedEngineUrl: engine.url, env: { CAMUNDA_SDK_LOG_LEVEL: 'silent', CAMUNDA_SDK_HTTP_RETRY_MAX_ATTEMPTS: '1' } });
  await deploy(client, { 'tl-antrag.bpmn': MODELL, 'tl-frei.bpmn': MODELL_FREI, 'tl-formular.form': JSON.stringify(FORMULAR) });
  const eintraege: BenutzerEintrag[] = [];
  const hash = await hashPasswort(PASSWORT);
  for (const person of PERSONEN) eintraege.push({ ...person, gruppen: [...person.gruppen], passwort: hash });
  const real = clientTasklistEngine(client);
  const port = options.port ? options.port(real) : real;
  const uhr = { ms: Date.now() };
  const sitzungen = new Sitzungen({ jetzt: () => uhr.ms });
  const routes = createTasklistRoutes({
    anmeldung: eingebetteteAnmeldung(eintraege, port),
    sitzungen,
    drossel: new AnmeldeDrossel({ jetzt: () => uhr.ms }),
    anzeigename: (id) => PERSONEN.find((p) => p.benutzer === id)?.name,
    ...(options.jetzt ? { jetzt: () => options.jetzt! } : {}),
  });
  const web = await startWebServer({ port: 0, host: '127.0.0.1', routes, logError: () => undefined });
  return {
    engine,
    client,
    port,
    web,
    sitzungen,
    uhr,
    async close() {
      await web.close({ timeoutMs: 2_000 });
      await engine.close();
    },
  };
}

// ------------------------------------------------------------------ cases

export interface Fall {
  antragId: string;
  gruppen?: string[] | null;
  kandidaten?: string[] | null;
  faellig?: string | null;
  /** further process variables */
  variablen?: Record<string, unknown>;
}

export function antrag(antragId: string, vorname = 'Ursula', nachname = 'Hoffmann'): Record<string, unknown> {
  return {
    antragId,
    eingangsdatum: '2026-03-01',
    haushalt: [
      { vorname: 'Kind', nachname, beziehung: 'kind' },
      { vorname, nachname, beziehung: 'antragsteller' },
    ],
  };
}

/** Starts a case of the test model (the engine's clock at `erstellt`, if given) and returns its open task's key. */
export async function starteFall(h: Harness, fall: Fall, erstellt?: Date): Promise<{ processInstanceKey: string; taskKey: string }> {
  if (erstellt) await h.client.pinClock({ timestamp: erstellt.getTime() });
  const instance = await h.client.createProcessInstance({
    processDefinitionId: ProcessDefinitionId.assumeExists(PROZESS),
    variables: { antrag: antrag(fall.antragId), gruppen: fall.gruppen ?? null, kandidaten: fall.kandidaten ?? null, faellig: fall.faellig ?? null, hinweis: 'global', ...fall.variablen },
  });
  const processInstanceKey = String(instance.processInstanceKey);
  return { processInstanceKey, taskKey: await offeneAufgabe(h, processInstanceKey) };
}

export async function starteFreieAufgabe(h: Harness, faellig: string | null, erstellt?: Date): Promise<{ processInstanceKey: string; taskKey: string }> {
  if (erstellt) await h.client.pinClock({ timestamp: erstellt.getTime() });
  const instance = await h.client.createProcessInstance({ processDefinitionId: ProcessDefinitionId.assumeExists(PROZESS_FREI), variables: { faellig } });
  const processInstanceKey = String(instance.processInstanceKey);
  return { processInstanceKey, taskKey: await offeneAufgabe(h, processInstanceKey) };
}

/** The open user task of an instance (waits, bounded, until there is one); `elementId` to wait for a certain one. */
export async function offeneAufgabe(h: Harness, processInstanceKey: string, elementId?: string): Promise<string> {
  const tasks = await waitFor(
    () => h.client.searchUserTasks({ filter: { processInstanceKey: processInstanceKey as never, state: 'CREATED' } }, now),
    (result) => result.items.some((t) => elementId === undefined || t.elementId === elementId),
  );
  return String(tasks.items.find((t) => elementId === undefined || t.elementId === elementId)!.userTaskKey);
}

export function hochladen(h: Harness, content: Buffer, fileName: string, contentType: string): Promise<DocumentReference> {
  return clientDocumentStore(h.client).upload(content, { fileName, contentType });
}

// ------------------------------------------------------------------ the browser

export interface Antwort {
  status: number;
  headers: Headers;
  text: string;
  bytes: Buffer;
  /** parsed JSON, or undefined */
  json: any;
}

export interface Browser {
  sitzung?: Sitzung;
  cookie?: string;
  get(pfad: string): Promise<Antwort>;
  /** with the CSRF header unless `csrf: false` (or another token) */
  post(pfad: string, body?: unknown, optionen?: { csrf?: string | false; contentType?: string; raw?: string }): Promise<Antwort>;
}

export function browser(h: Pick<Harness, 'web'>, cookie?: string): Browser {
  const b: Browser = {
    cookie,
    async get(pfad) {
      return antwort(await fetch(`${h.web.url}${pfad}`, { headers: b.cookie ? { cookie: b.cookie } : {} }));
    },
    async post(pfad, body, optionen = {}) {
      const headers: Record<string, string> = { 'content-type': optionen.contentType ?? 'application/json' };
      if (b.cookie) headers.cookie = b.cookie;
      const csrf = optionen.csrf === undefined ? b.sitzung?.csrfToken : optionen.csrf;
      if (csrf) headers[CSRF_HEADER] = csrf;
      const text = optionen.raw ?? (body === undefined ? undefined : JSON.stringify(body));
      return antwort(await fetch(`${h.web.url}${pfad}`, { method: 'POST', headers, ...(text === undefined ? {} : { body: text }) }));
    },
  };
  return b;
}

/** Signs in; fails the test with the answer if that does not work. */
export async function angemeldet(h: Pick<Harness, 'web'>, benutzer: string, passwort = PASSWORT): Promise<Browser> {
  const b = browser(h);
  const r = await b.post('/tasklist/api/anmeldung', { benutzer, passwort });
  if (r.status !== 200) throw new Error(`Anmeldung als ${benutzer}: HTTP ${r.status} ${r.text}`);
  b.cookie = cookieAus(r.headers);
  b.sitzung = r.json as Sitzung;
  return b;
}

/** "wohngeld_tasklist=…" from the Set-Cookie header. */
export function cookieAus(headers: Headers): string {
  const setCookie = headers.get('set-cookie') ?? '';
  return setCookie.split(';')[0];
}

async function antwort(response: Response): Promise<Antwort> {
  const bytes = Buffer.from(await response.arrayBuffer());
  const text = bytes.toString('utf8');
  let json: unknown;
  try {
    json = text === '' ? undefined : JSON.parse(text);
  } catch {
    json = undefined;
  }
  return { status: response.status, headers: response.headers, text, bytes, json };
}

export const PNG_1X1 = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');
