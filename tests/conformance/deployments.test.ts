/**
 * Conformance: deployments and process definitions.
 *
 * Endpoints: POST /deployments, POST /process-definitions/search, GET /process-definitions/{key},
 * GET /process-definitions/{key}/xml, GET /process-definitions/{key}/form
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { ProcessDefinitionKey } from '@camunda8/orchestration-cluster-api';
import {
  type Conformance,
  createConformanceClient,
  deploy,
  emptyProcess,
  expectHttpError,
  bpmnProcess,
  expectProblem,
  formSchema,
  now,
  rawRequest,
  serviceTaskProcess,
  startConformance,
  userTaskProcess,
} from './harness.ts';

let c: Conformance;
let dir: string;

beforeAll(async () => {
  c = await startConformance();
  dir = await mkdtemp(path.join(tmpdir(), 'conformance-deploy-'));
});

afterAll(async () => {
  await c?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('POST /deployments', () => {
  test('a .bpmn and a .form in one multipart request', async () => {
    const result = await deploy(c.client, {
      'order.bpmn': userTaskProcess('deploy-order', { formId: 'deploy-order-form' }),
      'order.form': formSchema('deploy-order-form'),
    });
    expect(result.tenantId).toBe('<default>');
    expect(result.deploymentKey).toMatch(/^\d+$/);
    expect(result.deployments).toHaveLength(2);
    expect(result.processes).toEqual([
      {
        processDefinitionId: 'deploy-order',
        processDefinitionVersion: 1,
        resourceName: 'order.bpmn',
        tenantId: '<default>',
        processDefinitionKey: expect.stringMatching(/^\d+$/),
      },
    ]);
    expect(result.forms).toEqual([
      { formId: 'deploy-order-form', version: 1, resourceName: 'order.form', tenantId: '<default>', formKey: expect.stringMatching(/^\d+$/) },
    ]);
  });

  test('identical content keeps version and key; changed content increments the version', async () => {
    const v1 = await deploy(c.client, { 'versioned.bpmn': emptyProcess('deploy-versioned', 'Version one'), 'versioned.form': formSchema('deploy-versioned-form') });
    const again = await deploy(c.client, { 'versioned.bpmn': emptyProcess('deploy-versioned', 'Version one'), 'versioned.form': formSchema('deploy-versioned-form') });
    expect(again.deploymentKey).not.toBe(v1.deploymentKey);
    expect(again.processes[0].processDefinitionVersion).toBe(1);
    expect(again.processes[0].processDefinitionKey).toBe(v1.processes[0].processDefinitionKey);
    expect(again.forms[0].version).toBe(1);
    expect(again.forms[0].formKey).toBe(v1.forms[0].formKey);

    const v2 = await deploy(c.client, { 'versioned.bpmn': emptyProcess('deploy-versioned', 'Version two'), 'versioned.form': formSchema('deploy-versioned-form', 'Changed label') });
    expect(v2.processes[0].processDefinitionVersion).toBe(2);
    expect(v2.processes[0].processDefinitionKey).not.toBe(v1.processes[0].processDefinitionKey);
    expect(v2.forms[0].version).toBe(2);
    expect(v2.forms[0].formKey).not.toBe(v1.forms[0].formKey);

    // going back to the first content is a change again: version 3
    const v3 = await deploy(c.client, { 'versioned.bpmn': emptyProcess('deploy-versioned', 'Version one') });
    expect(v3.processes[0].processDefinitionVersion).toBe(3);
  });

  test('deployResourcesFromFiles reads .bpmn and .form files from disk', async () => {
    const bpmnFile = path.join(dir, 'from-file.bpmn');
    const formFile = path.join(dir, 'from-file.form');
    await writeFile(bpmnFile, serviceTaskProcess('deploy-from-file', 'deploy-from-file-job'));
    await writeFile(formFile, formSchema('deploy-from-file-form'));
    const result = await c.client.deployResourcesFromFiles([bpmnFile, formFile]);
    expect(result.processes.map((p) => [p.processDefinitionId, p.resourceName])).toEqual([['deploy-from-file', 'from-file.bpmn']]);
    expect(result.forms.map((f) => [f.formId, f.resourceName])).toEqual([['deploy-from-file-form', 'from-file.form']]);
  });

  test('an invalid BPMN file: 400 problem, nothing is deployed', async () => {
    const error = await expectHttpError(deploy(c.client, { 'broken.bpmn': '<bpmn:definitions this is not xml', 'ok.bpmn': emptyProcess('deploy-not-deployed') }), 400);
    expect(error.title).toBe('INVALID_ARGUMENT');
    const search = await c.client.searchProcessDefinitions({ filter: { processDefinitionId: 'deploy-not-deployed' } }, now);
    expect(search.items).toEqual([]);
  });

  test('an unsupported element is refused, not ignored: 400 problem naming the element and the reason', async () => {
    const withScript = bpmnProcess(
      'deploy-script',
      `<bpmn:startEvent id="start"><bpmn:outgoing>f1</bpmn:outgoing></bpmn:startEvent>
    <bpmn:scriptTask id="Skript_berechnen" name="Berechnen"><bpmn:incoming>f1</bpmn:incoming><bpmn:outgoing>f2</bpmn:outgoing></bpmn:scriptTask>
    <bpmn:endEvent id="end"><bpmn:incoming>f2</bpmn:incoming></bpmn:endEvent>
    <bpmn:sequenceFlow id="f1" sourceRef="start" targetRef="Skript_berechnen" />
    <bpmn:sequenceFlow id="f2" sourceRef="Skript_berechnen" targetRef="end" />`,
    );
    const error = await expectHttpError(deploy(c.client, { 'script.bpmn': withScript }), 400);
    expect(error.detail).toContain("'script.bpmn'");
    expect(error.detail).toContain("'Skript_berechnen'");
    expect(error.detail).toMatch(/ScriptTask.*not supported/);
    const withoutType = serviceTaskProcess('deploy-no-type', 'x').replace(/<zeebe:taskDefinition[^>]*\/>/, '');
    const missing = await expectHttpError(deploy(c.client, { 'no-type.bpmn': withoutType }), 400);
    expect(missing.detail).toContain("'task'");
    expect(missing.detail).toMatch(/taskDefinition|job type/);
  });

  test('an unsupported resource type and a form without id: 400 problem', async () => {
    await expectHttpError(deploy(c.client, { 'notes.txt': 'hello' }), 400);
    await expectHttpError(deploy(c.client, { 'no-id.form': JSON.stringify({ components: [] }) }), 400);
  });

  test('raw: a request that is not multipart, or has no resources part: 400 problem', async () => {
    expectProblem(await rawRequest(c.api, 'POST', '/deployments', { body: '{}', headers: { 'content-type': 'application/json' } }), 400);
    const form = new FormData();
    form.append('tenantId', '<default>');
    expectProblem(await rawRequest(c.api, 'POST', '/deployments', { body: form }), 400);
    // another tenant: the engine has no multi-tenancy
    const otherTenant = new FormData();
    otherTenant.append('tenantId', 'tenant-b');
    otherTenant.append('resources', new File([emptyProcess('deploy-other-tenant')], 'other.bpmn'));
    expectProblem(await rawRequest(c.api, 'POST', '/deployments', { body: otherTenant }), 400);
  });
});

describe('process definitions', () => {
  let keys: Record<string, string>;

  beforeAll(async () => {
    const a1 = await deploy(c.client, { 'pd-alpha.bpmn': emptyProcess('pd-alpha', 'Alpha') });
    const a2 = await deploy(c.client, { 'pd-alpha.bpmn': emptyProcess('pd-alpha', 'Alpha v2') });
    const b = await deploy(c.client, { 'pd-beta.bpmn': emptyProcess('pd-beta', 'Beta') });
    keys = {
      alpha1: a1.processes[0].processDefinitionKey,
      alpha2: a2.processes[0].processDefinitionKey,
      beta: b.processes[0].processDefinitionKey,
    };
  });

  test('GET /process-definitions/{key}', async () => {
    const definition = await c.client.getProcessDefinition({ processDefinitionKey: ProcessDefinitionKey.assumeExists(keys.alpha2) }, now);
    expect(definition).toEqual({
      name: 'Alpha v2',
      resourceName: 'pd-alpha.bpmn',
      version: 2,
      processDefinitionId: 'pd-alpha',
      tenantId: '<default>',
      processDefinitionKey: keys.alpha2,
      hasStartForm: false,
    });
  });

  test('GET /process-definitions/{key}/xml returns the deployed XML', async () => {
    const xml = await c.client.getProcessDefinitionXml({ processDefinitionKey: ProcessDefinitionKey.assumeExists(keys.beta) }, now);
    expect(xml).toBe(emptyProcess('pd-beta', 'Beta'));
    const raw = await rawRequest(c.api, 'GET', `/process-definitions/${keys.beta}/xml`);
    expect(raw.status).toBe(200);
    expect(raw.contentType).toMatch(/^text\/xml/);
  });

  test('GET /process-definitions/{key}/form: 204 when the process has no start form', async () => {
    const raw = await rawRequest(c.api, 'GET', `/process-definitions/${keys.beta}/form`);
    expect(raw.status).toBe(204);
    expect(raw.text).toBe('');
    // The client's strict response schema (FormResult | void) rejects the body-less 204 that
    // Camunda sends (the generated transport yields null, not undefined): an SDK limitation, so
    // this call is judged with response validation off.
    const loose = createConformanceClient(c.engine.url, 'req:strict,res:none');
    expect(await loose.getStartProcessForm({ processDefinitionKey: ProcessDefinitionKey.assumeExists(keys.beta) }, now)).toBeFalsy();
  });

  test('POST /process-definitions/search: filter, sort, page', async () => {
    const latest = await c.client.searchProcessDefinitions(
      { filter: { isLatestVersion: true, processDefinitionId: { $in: ['pd-alpha', 'pd-beta'] } }, sort: [{ field: 'processDefinitionId', order: 'DESC' }] },
      now,
    );
    expect(latest.items?.map((d) => [d.processDefinitionId, d.version])).toEqual([
      ['pd-beta', 1],
      ['pd-alpha', 2],
    ]);
    expect(latest.page.totalItems).toBe(2n);

    const alpha = await c.client.searchProcessDefinitions({ filter: { processDefinitionId: 'pd-alpha' }, sort: [{ field: 'version', order: 'ASC' }] }, now);
    expect(alpha.items?.map((d) => d.processDefinitionKey)).toEqual([keys.alpha1, keys.alpha2]);

    const byName = await c.client.searchProcessDefinitions({ filter: { name: { $like: 'Alpha*' } } }, now);
    expect(byName.items?.map((d) => d.name).sort()).toEqual(['Alpha', 'Alpha v2']);

    const page1 = await c.client.searchProcessDefinitions({ filter: { processDefinitionId: { $like: 'pd-*' } }, sort: [{ field: 'processDefinitionKey' }], page: { limit: 2 } }, now);
    expect(page1.items).toHaveLength(2);
    expect(page1.page.totalItems).toBe(3n);
    // cursor pages: see Conformance.unvalidatedRequests for why the request is not validated
    const page2 = await c.unvalidatedRequests.searchProcessDefinitions(
      { filter: { processDefinitionId: { $like: 'pd-*' } }, sort: [{ field: 'processDefinitionKey' }], page: { after: page1.page.endCursor!, limit: 2 } },
      now,
    );
    expect(page2.items?.map((d) => d.processDefinitionKey)).toEqual([keys.beta]);
    const offset = await c.client.searchProcessDefinitions({ filter: { processDefinitionId: { $like: 'pd-*' } }, sort: [{ field: 'processDefinitionKey' }], page: { from: 1, limit: 1 } }, now);
    expect(offset.items?.map((d) => d.processDefinitionKey)).toEqual([keys.alpha2]);
  });

  test('an unknown key: 404 problem; a malformed key: 400 problem', async () => {
    await expectHttpError(c.client.getProcessDefinition({ processDefinitionKey: ProcessDefinitionKey.assumeExists('2251799813999999') }, now), 404);
    await expectHttpError(c.client.getProcessDefinitionXml({ processDefinitionKey: ProcessDefinitionKey.assumeExists('2251799813999999') }, now), 404);
    expectProblem(await rawRequest(c.api, 'GET', '/process-definitions/2251799813999999'), 404);
    expectProblem(await rawRequest(c.api, 'GET', '/process-definitions/2251799813999999/xml'), 404);
    expectProblem(await rawRequest(c.api, 'GET', '/process-definitions/2251799813999999/form'), 404);
    expectProblem(await rawRequest(c.api, 'GET', '/process-definitions/not-a-key'), 400);
  });

  test('raw: a malformed search body: 400 problem', async () => {
    const response = await rawRequest(c.api, 'POST', '/process-definitions/search', { body: '{"filter": {', headers: { 'content-type': 'application/json' } });
    expectProblem(response, 400);
    expectProblem(await rawRequest(c.api, 'POST', '/process-definitions/search', { body: '{"filter":{"version":"one"}}', headers: { 'content-type': 'application/json' } }), 400);
  });
});
