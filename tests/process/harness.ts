/**
 * The Wohngeld process on the embedded engine with the real workers: bpmn/ and forms/ deployed as
 * `wohngeld start` deploys them, every registered worker running, documents uploaded through the
 * documents API, outboxes in a temporary directory. Everything is read back through the REST API.
 *
 * The engine clock is pinned to the real "now" (the letters date themselves by the real day) and
 * moved forward to let deadlines pass; nothing sleeps on a deadline.
 */
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ProcessInstanceKey } from '@camunda8/orchestration-cluster-api';
import { shutdownIntake } from '../../docai/intake/index.ts';
import type { Antrag } from '../../wohngeld/antrag.ts';
import { clientDocumentStore, startWorkers, type WorkersHandle } from '../../workers/adapter.ts';
import { vergesseKonfiguration } from '../../workers/konfiguration.ts';
import { createClient } from '../../workers/client.ts';
import { silentLogger } from '../../workers/logger.ts';
import { registry } from '../../workers/registry.ts';
import type { DocumentReference } from '../../workers/types.ts';
import { DAY, eventually, Harness, NOW, type UserTask, type VariableItem } from '../constructs/harness.ts';

export { DAY, eventually };
export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const SAMPLES = path.join(ROOT, 'samples');
export const PROCESS_ID = 'wohngeld-antrag';
type Vars = Record<string, unknown>;

const SETTINGS = ['WOHNGELD_FACHVERFAHREN_AUSGANG', 'WOHNGELD_POSTAUSGANG', 'WOHNGELD_MIETSTUFE'] as const;

export class ProcessHarness {
  private constructor(
    readonly h: Harness,
    /** the client as `wohngeld start` makes it (the harness's own validates strictly, which rejects a File upload) */
    readonly productClient: ReturnType<typeof createClient>,
    readonly workers: WorkersHandle,
    readonly dir: string,
    private readonly savedEnv: Record<string, string | undefined>,
  ) {}

  static async start(): Promise<ProcessHarness> {
    const dir = await mkdtemp(path.join(tmpdir(), 'wohngeld-prozess-'));
    const savedEnv = Object.fromEntries(SETTINGS.map((k) => [k, process.env[k]]));
    process.env.WOHNGELD_FACHVERFAHREN_AUSGANG = path.join(dir, 'fachverfahren-ausgang');
    process.env.WOHNGELD_POSTAUSGANG = path.join(dir, 'postausgang');
    delete process.env.WOHNGELD_MIETSTUFE;
    vergesseKonfiguration();
    const h = await Harness.start();
    await h.pinClock(Date.now());
    const resources = [
      ...(await readdir(path.join(ROOT, 'bpmn'))).filter((f) => f.endsWith('.bpmn')).map((f) => path.join(ROOT, 'bpmn', f)),
      ...(await readdir(path.join(ROOT, 'forms'))).filter((f) => f.endsWith('.form')).map((f) => path.join(ROOT, 'forms', f)),
    ];
    await h.client.deployResourcesFromFiles(resources);
    const productClient = createClient({ embeddedEngineUrl: h.engine.url, env: { CAMUNDA_SDK_LOG_LEVEL: 'silent' } });
    const workers = startWorkers(productClient, registry.all, { logger: silentLogger, pollIntervalMs: 10 });
    return new ProcessHarness(h, productClient, workers, dir, savedEnv);
  }

  async close(): Promise<void> {
    await this.workers.stop({ timeoutMs: 5000 });
    await this.h.close();
    await shutdownIntake();
    for (const [k, v] of Object.entries(this.savedEnv)) {
      if (v === undefined) delete process.env[k];
      else process.env[k] = v;
    }
    vergesseKonfiguration();
    await rm(this.dir, { recursive: true, force: true });
  }

  get client() {
    return this.h.client;
  }

  // ------------------------------------------------------------------ applications

  /** A sample's application with its own case number (each test its own case). */
  async antrag(sample: string, antragId: string, change: (antrag: Antrag) => void = () => {}): Promise<Antrag> {
    const antrag = JSON.parse(await readFile(path.join(SAMPLES, sample, 'antrag.json'), 'utf8')) as Antrag;
    antrag.antragId = antragId;
    change(antrag);
    return antrag;
  }

  /** The sample's documents, uploaded (all but `ohne`), as references. */
  async dokumente(sample: string, options: { ohne?: string[]; dazu?: { name: string; bytes: Buffer }[] } = {}): Promise<DocumentReference[]> {
    const files = (await readdir(path.join(SAMPLES, sample))).filter((f) => /\.(pdf|png|jpe?g|tiff?)$/i.test(f) && !options.ohne?.includes(f)).sort();
    const refs: DocumentReference[] = [];
    for (const file of files) refs.push(await this.upload(await readFile(path.join(SAMPLES, sample, file)), file));
    for (const extra of options.dazu ?? []) refs.push(await this.upload(extra.bytes, extra.name));
    return refs;
  }

  async upload(bytes: Buffer, fileName: string): Promise<DocumentReference> {
    return clientDocumentStore(this.productClient).upload(bytes, { fileName, contentType: 'application/pdf' });
  }

  /** A paper application scanned in the office: the process started by hand. */
  async papierantrag(antrag: Antrag, dokumente: DocumentReference[]): Promise<ProcessInstanceKey> {
    return this.h.start(PROCESS_ID, { antrag, dokumente, eingang: { kanal: 'papier', eingegangenAm: new Date(this.h.now).toISOString() } });
  }

  /** An application from the OZG online service: the message start event, as the intake publishes it. */
  async ozgAntrag(antrag: Antrag, dokumente: DocumentReference[]): Promise<ProcessInstanceKey> {
    await this.client.publishMessage({
      name: 'wohngeld.antrag-eingegangen',
      correlationKey: antrag.antragId,
      messageId: `antrag-eingegangen-${antrag.antragId}`,
      timeToLive: 0,
      variables: { antrag, dokumente, eingang: { kanal: 'ozg', eingegangenAm: new Date(this.h.now).toISOString() } },
    });
    return eventually(async () => {
      const found = [];
      for (const instance of await this.h.instancesOf(PROCESS_ID)) {
        const antragVar = (await this.variables(instance.processInstanceKey)).antrag as Antrag | undefined;
        if (antragVar?.antragId === antrag.antragId) found.push(instance.processInstanceKey);
      }
      if (found.length !== 1) throw new Error(`${found.length} instances for ${antrag.antragId}`);
      return found[0];
    });
  }

  async unterlagenNachreichen(antragId: string, nachgereichteDokumente: DocumentReference[]): Promise<void> {
    await this.client.publishMessage({ name: 'wohngeld.unterlagen-nachgereicht', correlationKey: antragId, timeToLive: 0, variables: { nachgereichteDokumente } });
  }

  // ------------------------------------------------------------------ reading back

  /** Root variables, full values (search results truncate long ones). */
  async variables(key: ProcessInstanceKey): Promise<Vars> {
    const result = await this.client.searchVariables({ filter: { processInstanceKey: key }, page: { limit: 1000 } }, NOW);
    return this.parsed(result.items.filter((item) => String(item.scopeKey) === String(key)));
  }

  /** Waits until the user task is open, with a timeout that allows for reading documents. */
  async waitForUserTask(key: ProcessInstanceKey, elementId: string, timeoutMs = 60_000): Promise<UserTask> {
    return eventually(
      async () => {
        const found = (await this.h.userTasks(key, elementId)).find((task) => task.state === 'CREATED');
        if (!found) {
          const incidents = await this.h.incidents(key);
          if (incidents.length) throw new Error(`incident instead of '${elementId}': ${JSON.stringify(incidents.map((i) => [i.elementId, i.errorMessage]))}`);
          throw new Error(`no open user task '${elementId}' in instance ${key}`);
        }
        return found;
      },
      { timeoutMs, intervalMs: 50 },
    );
  }

  /** The variables a user task's form is prefilled from: the task's local ones over the instance's. */
  async formVariables(task: UserTask): Promise<Vars> {
    const result = await this.client.searchUserTaskVariables({ userTaskKey: task.userTaskKey, page: { limit: 1000 } } as never, NOW);
    return this.parsed(result.items);
  }

  /** Variables by name, parsed; a value the search truncated is fetched whole. */
  private async parsed(items: { name: string; value: string; isTruncated?: boolean; variableKey: VariableItem['variableKey'] }[]): Promise<Vars> {
    const vars: Vars = {};
    for (const item of items) {
      const value = item.isTruncated ? (await this.client.getVariable({ variableKey: item.variableKey }, NOW)).value : item.value;
      vars[item.name] = JSON.parse(value);
    }
    return vars;
  }

  async complete(task: UserTask, variables: Vars): Promise<void> {
    await this.h.completeUserTask(task, variables);
  }

  async waitForCompletion(key: ProcessInstanceKey, timeoutMs = 60_000) {
    return this.h.waitForState(key, 'COMPLETED', timeoutMs);
  }

  /** Waits until the instance waits for the submitted documents or the deadline (the event-based gateway). */
  async waitForWaiting(key: ProcessInstanceKey): Promise<void> {
    await eventually(
      async () => {
        const jobs = await this.h.jobs(key);
        const open = jobs.filter((j) => j.state === 'CREATED');
        const versand = jobs.find((j) => j.elementId === 'Task_NachforderungVersenden' && j.state === 'COMPLETED');
        if (!versand || open.length) throw new Error(`not waiting yet: ${JSON.stringify(jobs.map((j) => [j.elementId, j.state]))}`);
        const incidents = await this.h.incidents(key);
        if (incidents.length) throw new Error(`incident: ${JSON.stringify(incidents.map((i) => [i.elementId, i.errorMessage]))}`);
      },
      { timeoutMs: 60_000, intervalMs: 50 },
    );
  }

  async download(reference: DocumentReference): Promise<Buffer> {
    return clientDocumentStore(this.productClient).download(reference);
  }

  async files(sub: 'fachverfahren-ausgang' | 'postausgang'): Promise<string[]> {
    return readdir(path.join(this.dir, sub)).catch(() => []);
  }

  async readJson(sub: 'fachverfahren-ausgang' | 'postausgang', file: string): Promise<Vars> {
    return JSON.parse(await readFile(path.join(this.dir, sub, file), 'utf8')) as Vars;
  }
}
