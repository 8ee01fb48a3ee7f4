/**
 * What the tasklist needs of the engine, as a small port: user tasks, their forms and variables,
 * the case's `antrag`, document content. One implementation on the official client
 * (`@camunda8/orchestration-cluster-api`), so the tasklist talks to the embedded engine and to a
 * real Camunda 8.8 cluster only through the REST API (/v2). Routes get the port, tests may give
 * another one.
 */
import {
  type CamundaClient,
  DocumentId,
  ProcessInstanceKey,
  UserTaskKey,
  VariableKey,
} from '@camunda8/orchestration-cluster-api';
import { parseJson } from '../../wohngeld/json.ts';
import { schluesselVergleich } from './aufgaben.ts';
import { documentContentBytes } from '../../workers/document-content.ts';

/** A user task as the tasklist reads it (the fields of Camunda's UserTaskResult it uses). */
export interface UserTask {
  userTaskKey: string;
  name?: string;
  state?: string;
  assignee?: string;
  elementId?: string;
  elementInstanceKey?: string;
  candidateGroups: string[];
  candidateUsers: string[];
  processDefinitionId?: string;
  processName?: string;
  processInstanceKey?: string;
  creationDate?: string;
  dueDate?: string;
  formKey?: string;
}

/** A Camunda document reference as it sits in process variables. */
export interface DocumentReference {
  'camunda.document.type': 'camunda';
  documentId: string;
  storeId?: string;
  contentHash?: string;
  metadata?: { fileName?: string; contentType?: string; size?: number; [key: string]: unknown };
}

export interface TasklistEngine {
  /** every open (CREATED) user task, all pages */
  openUserTasks(): Promise<UserTask[]>;
  /** rejects with `EngineFehler` status 404 for an unknown key */
  userTask(key: string): Promise<UserTask>;
  /** the linked form's schema, or null when the task has none */
  userTaskForm(key: string): Promise<Record<string, unknown> | null>;
  /** without override: a task assigned to someone else is refused by the engine (409) */
  assign(key: string, assignee: string): Promise<void>;
  unassign(key: string): Promise<void>;
  complete(key: string, variables: Record<string, unknown>): Promise<void>;
  /** the variables visible to the task, full values, parsed; the innermost scope wins */
  userTaskVariables(key: string): Promise<Record<string, unknown>>;
  /** the process-level variable `antrag` of each given process instance that has one, parsed */
  antraege(processInstanceKeys: readonly string[]): Promise<Map<string, unknown>>;
  documentContent(reference: DocumentReference): Promise<Buffer>;
}

/** The engine refused or could not be reached; `status` is the engine's HTTP status when it answered. */
export class EngineFehler extends Error {
  constructor(
    message: string,
    readonly status?: number,
    /** the engine's own `detail` of its problem answer, when it gave one */
    readonly engineDetail?: string,
  ) {
    super(message);
    this.name = 'EngineFehler';
  }
}

/** Search pages: large enough for few round trips, small enough for any cluster's limits. */
const PAGE_SIZE = 100;
/** A bound on paging, so a misbehaving cursor can never loop forever (10,000 open tasks). */
const MAX_PAGES = 100;
/** process instances per variable search (`$in` filter) */
const IN_CHUNK = 100;
const now = { consistency: { waitUpToMs: 0 } } as const;

interface Page<T> {
  items?: T[];
}

interface VariableItem {
  name: string;
  value: string;
  isTruncated?: boolean;
  variableKey: string;
  scopeKey: string;
  processInstanceKey: string;
}

export function clientTasklistEngine(client: CamundaClient): TasklistEngine {
  const call = async <T>(what: string, run: () => Promise<T>): Promise<T> => {
    try {
      return await run();
    } catch (error) {
      throw toEngineFehler(what, error);
    }
  };

  /**
   * Reads page after page (offset pages: the official client's request validation keeps `from`,
   * but would strip a cursor) until a short page, with a bound so that nothing can loop forever.
   */
  async function allPages<T>(what: string, fetchPage: (page: { from: number; limit: number }) => Promise<Page<T>>): Promise<T[]> {
    const items: T[] = [];
    for (let n = 0; n < MAX_PAGES; n++) {
      const page = (await call(what, () => fetchPage({ from: n * PAGE_SIZE, limit: PAGE_SIZE }))).items ?? [];
      items.push(...page);
      if (page.length < PAGE_SIZE) break;
    }
    return items;
  }

  /** The full value: 8.8 returns it with truncateValues=false; where a value still comes truncated, GET /variables/{key}. */
  async function fullValue(item: VariableItem): Promise<unknown> {
    let text = item.value;
    if (item.isTruncated) {
      const whole = await call(`Variable „${item.name}“ lesen`, () => client.getVariable({ variableKey: VariableKey.assumeExists(String(item.variableKey)) }, now));
      text = whole.value;
    }
    try {
      return parseJson(text);
    } catch {
      throw new EngineFehler(`Der Wert der Variable „${item.name}“ ist kein gültiges JSON.`);
    }
  }

  return {
    async openUserTasks() {
      const tasks = await allPages('Offene Aufgaben suchen', (page) =>
        client.searchUserTasks({ filter: { state: 'CREATED' }, page } as Parameters<CamundaClient['searchUserTasks']>[0], now) as Promise<Page<unknown>>,
      );
      // a task that moved between two pages while paging must not appear twice
      const byKey = new Map(tasks.map(toUserTask).map((task) => [task.userTaskKey, task]));
      return [...byKey.values()];
    },

    async userTask(key) {
      const task = await call(`Aufgabe ${key} lesen`, () => client.getUserTask({ userTaskKey: UserTaskKey.assumeExists(key) }, now));
      return toUserTask(task);
    },

    async userTaskForm(key) {
      const form = (await call(`Formular der Aufgabe ${key} lesen`, () => client.getUserTaskForm({ userTaskKey: UserTaskKey.assumeExists(key) }, now))) as { schema?: unknown } | undefined | null | '';
      if (!form || form.schema === undefined || form.schema === null) return null;
      // Camunda 8.8 answers the schema as a JSON string, the embedded engine as an object
      let schema: unknown = form.schema;
      if (typeof schema === 'string') {
        try {
          schema = parseJson(schema);
        } catch {
          throw new EngineFehler(`Das Formular der Aufgabe ${key} ist kein gültiges JSON.`);
        }
      }
      if (schema === null || typeof schema !== 'object' || Array.isArray(schema)) throw new EngineFehler(`Das Formular der Aufgabe ${key} ist kein Formular-Schema.`);
      return schema as Record<string, unknown>;
    },

    async assign(key, assignee) {
      await call(`Aufgabe ${key} übernehmen`, () => client.assignUserTask({ userTaskKey: UserTaskKey.assumeExists(key), assignee, allowOverride: false }));
    },

    async unassign(key) {
      await call(`Aufgabe ${key} abgeben`, () => client.unassignUserTask({ userTaskKey: UserTaskKey.assumeExists(key) }));
    },

    async complete(key, variables) {
      await call(`Aufgabe ${key} abschließen`, () => client.completeUserTask({ userTaskKey: UserTaskKey.assumeExists(key), variables }));
    },

    async userTaskVariables(key) {
      const items = await allPages(`Variablen der Aufgabe ${key} lesen`, (page) =>
        client.searchUserTaskVariables({ userTaskKey: UserTaskKey.assumeExists(key), truncateValues: false, page } as Parameters<CamundaClient['searchUserTaskVariables']>[0], now) as Promise<Page<VariableItem>>,
      );
      // The same name in several scopes: the innermost one is what the task sees. Zeebe creates an
      // inner scope after its outer ones, so the larger scope key is the inner scope.
      const innermost = new Map<string, VariableItem>();
      for (const item of items) {
        const seen = innermost.get(item.name);
        if (!seen || schluesselVergleich(String(item.scopeKey), String(seen.scopeKey)) > 0) innermost.set(item.name, item);
      }
      const result: Record<string, unknown> = {};
      for (const [name, item] of [...innermost].sort(([a], [b]) => a.localeCompare(b))) result[name] = await fullValue(item);
      return result;
    },

    async antraege(processInstanceKeys) {
      const result = new Map<string, unknown>();
      const keys = [...new Set(processInstanceKeys)];
      for (let i = 0; i < keys.length; i += IN_CHUNK) {
        const chunk = keys.slice(i, i + IN_CHUNK);
        const items = await allPages('Anträge der Aufgaben lesen', (page) =>
          client.searchVariables(
            { filter: { name: 'antrag', processInstanceKey: { $in: chunk.map((k) => ProcessInstanceKey.assumeExists(k)) } }, truncateValues: false, page } as Parameters<CamundaClient['searchVariables']>[0],
            now,
          ) as Promise<Page<VariableItem>>,
        );
        for (const item of items) {
          // only the process-level variable: a local `antrag` of some inner scope is not the case's
          if (String(item.scopeKey) !== String(item.processInstanceKey)) continue;
          try {
            result.set(String(item.processInstanceKey), await fullValue(item));
          } catch {
            // one unreadable antrag must not hide the whole list: that row shows no case number
          }
        }
      }
      return result;
    },

    async documentContent(reference) {
      const content: unknown = await call(`Dokument „${reference.documentId}“ laden`, () =>
        client.getDocument({
          documentId: DocumentId.assumeExists(reference.documentId),
          ...(reference.storeId ? { storeId: reference.storeId } : {}),
          contentHash: reference.contentHash as string,
        }),
      );
      const bytes = await documentContentBytes(content);
      if (bytes) return bytes;
      throw new EngineFehler(`Dokument „${reference.documentId}“: Der Dokumentenspeicher lieferte keinen Inhalt.`);
    },
  };
}

function toUserTask(raw: unknown): UserTask {
  const t = raw as Record<string, unknown>;
  const text = (value: unknown) => (value === undefined || value === null || value === '' ? undefined : String(value));
  const list = (value: unknown) => (Array.isArray(value) ? value.map(String) : []);
  const task: UserTask = {
    userTaskKey: String(t.userTaskKey),
    candidateGroups: list(t.candidateGroups),
    candidateUsers: list(t.candidateUsers),
  };
  for (const field of ['name', 'state', 'assignee', 'elementId', 'elementInstanceKey', 'processDefinitionId', 'processName', 'processInstanceKey', 'creationDate', 'dueDate', 'formKey'] as const) {
    const value = text(t[field]);
    if (value !== undefined) task[field] = value;
  }
  return task;
}

/** The SDK's error (HttpSdkError with status, title, detail; network errors) as an `EngineFehler`. */
function toEngineFehler(what: string, error: unknown): EngineFehler {
  if (error instanceof EngineFehler) return error;
  const e = (error ?? {}) as { name?: unknown; status?: unknown; detail?: unknown; title?: unknown; message?: unknown };
  const status = typeof e.status === 'number' ? e.status : undefined;
  const detail = typeof e.detail === 'string' && e.detail !== '' ? e.detail : typeof e.title === 'string' && e.title !== '' ? e.title : undefined;
  if (status !== undefined) return new EngineFehler(`${what}: Die Engine antwortete mit HTTP ${status}${detail ? ` (${detail})` : ''}.`, status, detail);
  const message = typeof e.message === 'string' ? e.message : String(error);
  return new EngineFehler(`${what}: Die Engine ist nicht erreichbar (${message}).`);
}
