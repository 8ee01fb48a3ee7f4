/**
 * A stand-in for a Camunda 8.8 cluster with Basic authentication, on loopback: just the endpoints
 * the tasklist calls (`/v2/authentication/me`, user-task search, get, form, assignment, variables),
 * each refusing a request without valid credentials, and a log of who called what. The form's
 * schema comes as a JSON string, as Camunda 8.8 sends it.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface FakeBenutzer {
  passwort: string;
  displayName: string;
  groups: string[];
}

export interface FakeCluster {
  url: string;
  /** method, path and the Basic user name of every request */
  log: Array<{ method: string; path: string; benutzer?: string }>;
  aufgabe: Record<string, unknown>;
  close(): Promise<void>;
}

export const FAKE_TASK_KEY = '2251799813690001';
export const FAKE_INSTANZ_KEY = '2251799813690000';

export async function startFakeCluster(benutzer: Record<string, FakeBenutzer>): Promise<FakeCluster> {
  const log: FakeCluster['log'] = [];
  const aufgabe: Record<string, unknown> = {
    userTaskKey: FAKE_TASK_KEY,
    name: 'Antrag prüfen und entscheiden',
    state: 'CREATED',
    elementId: 'UserTask_AntragPruefen',
    elementInstanceKey: '2251799813690002',
    candidateGroups: ['wohngeld-sachbearbeitung'],
    candidateUsers: [],
    processDefinitionId: 'wohngeld-antrag',
    processName: 'Wohngeldantrag bearbeiten',
    processInstanceKey: FAKE_INSTANZ_KEY,
    processDefinitionKey: '2251799813685249',
    creationDate: '2026-03-10T09:00:00.000Z',
    dueDate: '2026-03-12T09:00:00.000Z',
    formKey: '2251799813685250',
    tenantId: '<default>',
    priority: 50,
  };
  const antrag = { antragId: 'OZG-2025-000417', haushalt: [{ vorname: 'Ursula', nachname: 'Hoffmann', beziehung: 'antragsteller' }] };
  const variable = (name: string, value: unknown, scopeKey = FAKE_INSTANZ_KEY) => ({ name, value: JSON.stringify(value), isTruncated: false, variableKey: String(2251799813690100 + name.length), scopeKey, processInstanceKey: FAKE_INSTANZ_KEY, tenantId: '<default>' });
  const seite = (items: unknown[]) => ({ items, page: { totalItems: items.length } });

  const server = createServer(async (req: IncomingMessage, res: ServerResponse) => {
    for await (const _ of req) {
      // the body is not needed
    }
    const url = new URL(req.url ?? '/', 'http://fake');
    const angemeldet = pruefeBasic(req.headers.authorization, benutzer);
    log.push({ method: req.method ?? '', path: url.pathname, ...(angemeldet ? { benutzer: angemeldet } : {}) });
    const json = (status: number, body: unknown) => {
      res.writeHead(status, { 'content-type': status >= 400 ? 'application/problem+json' : 'application/json' });
      res.end(JSON.stringify(body));
    };
    if (!angemeldet) {
      res.setHeader('www-authenticate', 'Basic realm="camunda"');
      return json(401, { type: 'about:blank', title: 'Unauthorized', status: 401, detail: 'Full authentication is required to access this resource' });
    }
    const route = `${req.method} ${url.pathname}`;
    if (route === 'GET /v2/authentication/me') {
      const b = benutzer[angemeldet];
      return json(200, { username: angemeldet, displayName: b.displayName, email: null, authorizedComponents: ['tasklist'], tenants: [], groups: b.groups, roles: [], salesPlanType: '', c8Links: {}, canLogout: true });
    }
    if (route === 'POST /v2/user-tasks/search') return json(200, seite(aufgabe.state === 'CREATED' ? [aufgabe] : []));
    if (route === `GET /v2/user-tasks/${FAKE_TASK_KEY}`) return json(200, aufgabe);
    if (route === `GET /v2/user-tasks/${FAKE_TASK_KEY}/form`) {
      return json(200, { formKey: aufgabe.formKey, formId: 'wohngeld-antrag-pruefen', version: 1, tenantId: '<default>', schema: JSON.stringify({ type: 'default', components: [{ type: 'textfield', key: 'x' }] }) });
    }
    if (route === `POST /v2/user-tasks/${FAKE_TASK_KEY}/variables/search`) return json(200, seite([variable('antrag', antrag), variable('hinweis', 'global'), variable('hinweis', 'lokal', '2251799813690002')]));
    if (route === 'POST /v2/variables/search') return json(200, seite([variable('antrag', antrag)]));
    if (route === `POST /v2/user-tasks/${FAKE_TASK_KEY}/assignment`) {
      aufgabe.assignee = angemeldet;
      res.writeHead(204);
      return res.end();
    }
    return json(404, { type: 'about:blank', title: 'Not Found', status: 404, detail: `No endpoint ${route}` });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    log,
    aufgabe,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

function pruefeBasic(header: string | undefined, benutzer: Record<string, FakeBenutzer>): string | undefined {
  const match = /^Basic (.+)$/.exec(header ?? '');
  if (!match) return undefined;
  const text = Buffer.from(match[1], 'base64').toString('utf8');
  const trenner = text.indexOf(':');
  const [name, passwort] = [text.slice(0, trenner), text.slice(trenner + 1)];
  return benutzer[name]?.passwort === passwort ? name : undefined;
}
