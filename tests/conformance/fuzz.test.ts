/**
 * Fuzz-style robustness test: malformed requests at every endpoint of engine/api/routes.ts, from a
 * fixed-seed PRNG (the same requests on every run). Every answer must be a 4xx
 * `application/problem+json` (never a 5xx, never a hang: each request has a hard timeout), and
 * afterwards the server still serves topology, leaves the entities the fuzz aimed at untouched and
 * runs a process instance to completion.
 *
 * Kinds of requests: wrong methods; invalid JSON; JSON arrays, strings, numbers, null instead of
 * objects; wrong types for every field of a request body (and every filter field of the search
 * specs); huge strings; negative, non-numeric, 30-digit, unicode and badly percent-encoded keys;
 * bad multipart bodies; missing content type; deeply nested documents; an oversized body.
 */
import { ProcessDefinitionId } from '@camunda8/orchestration-cluster-api';
import { createRoutes } from '../../engine/api/routes.ts';
import * as specs from '../../engine/core/search-specs.ts';
import type { SearchSpec } from '../../engine/core/search.ts';
import {
  type Conformance,
  deploy,
  deployProcess,
  emptyProcess,
  formSchema,
  now,
  serviceTaskProcess,
  startConformance,
  userTaskProcess,
} from './harness.ts';

// ------------------------------------------------------------------ the endpoints

type BodyKind = 'json' | 'multipart' | 'none';

interface Endpoint {
  method: string;
  /** with `{key}` / `{id}` placeholders */
  path: string;
  body: BodyKind;
  /** the fields of the request body and their types (per the official client's request schemas) */
  fields?: Record<string, FieldType>;
  /** a body that is wellformed apart from what a case breaks; with a fake key or fake ids it is refused anyway */
  base?: Record<string, unknown>;
  /** search endpoints: the spec whose filter fields are fuzzed */
  search?: SearchSpec;
}

type FieldType = 'string' | 'int' | 'int64' | 'bool' | 'object' | 'stringArray' | 'key' | 'array';

const SEARCH = { filter: 'object', sort: 'array', page: 'object' } as const satisfies Record<string, FieldType>;

const ENDPOINTS: Endpoint[] = [
  { method: 'GET', path: '/topology', body: 'none' },
  { method: 'GET', path: '/status', body: 'none' },
  { method: 'PUT', path: '/clock', body: 'json', fields: { timestamp: 'int64' }, base: {} },
  { method: 'POST', path: '/clock/reset', body: 'json' },
  { method: 'POST', path: '/deployments', body: 'multipart' },
  { method: 'POST', path: '/process-definitions/search', body: 'json', fields: SEARCH, base: {}, search: specs.processDefinitions },
  { method: 'GET', path: '/process-definitions/{key}', body: 'none' },
  { method: 'GET', path: '/process-definitions/{key}/xml', body: 'none' },
  { method: 'GET', path: '/process-definitions/{key}/form', body: 'none' },
  {
    method: 'POST',
    path: '/process-instances',
    body: 'json',
    fields: {
      processDefinitionId: 'string', processDefinitionKey: 'key', processDefinitionVersion: 'int', variables: 'object', tenantId: 'string',
      operationReference: 'int64', startInstructions: 'array', runtimeInstructions: 'array', awaitCompletion: 'bool', fetchVariables: 'stringArray',
      requestTimeout: 'int64', tags: 'stringArray',
    },
    base: { processDefinitionId: 'fuzz-no-such-process' },
  },
  { method: 'POST', path: '/process-instances/search', body: 'json', fields: SEARCH, base: {}, search: specs.processInstances },
  { method: 'GET', path: '/process-instances/{key}', body: 'none' },
  { method: 'POST', path: '/process-instances/{key}/cancellation', body: 'json', fields: { operationReference: 'int64' }, base: {} },
  { method: 'POST', path: '/process-instances/{key}/incidents/search', body: 'json', fields: SEARCH, base: {}, search: specs.incidents },
  {
    method: 'POST',
    path: '/jobs/activation',
    body: 'json',
    fields: { type: 'string', worker: 'string', timeout: 'int64', maxJobsToActivate: 'int', fetchVariable: 'stringArray', requestTimeout: 'int64', tenantIds: 'stringArray' },
    // no long poll: a request the engine wrongly accepts answers at once instead of hanging
    base: { type: 'fuzz-no-such-job-type', maxJobsToActivate: 1, timeout: 1000, requestTimeout: -1 },
  },
  { method: 'POST', path: '/jobs/search', body: 'json', fields: SEARCH, base: {}, search: specs.jobs },
  { method: 'POST', path: '/jobs/{key}/completion', body: 'json', fields: { variables: 'object', result: 'object' }, base: {} },
  { method: 'POST', path: '/jobs/{key}/failure', body: 'json', fields: { retries: 'int', errorMessage: 'string', retryBackOff: 'int64', variables: 'object' }, base: { retries: 1 } },
  { method: 'POST', path: '/jobs/{key}/error', body: 'json', fields: { errorCode: 'string', errorMessage: 'string', variables: 'object' }, base: { errorCode: 'FUZZ' } },
  { method: 'PATCH', path: '/jobs/{key}', body: 'json', fields: { changeset: 'object', operationReference: 'int64' }, base: { changeset: { retries: 1 } } },
  {
    method: 'POST',
    path: '/messages/publication',
    body: 'json',
    fields: { name: 'string', correlationKey: 'string', timeToLive: 'int64', messageId: 'string', variables: 'object', tenantId: 'string' },
    base: { name: 'fuzz-message', correlationKey: 'fuzz' },
  },
  {
    method: 'POST',
    path: '/messages/correlation',
    body: 'json',
    fields: { name: 'string', correlationKey: 'string', variables: 'object', tenantId: 'string' },
    base: { name: 'fuzz-message', correlationKey: 'fuzz' },
  },
  { method: 'POST', path: '/user-tasks/search', body: 'json', fields: SEARCH, base: {}, search: specs.userTasks },
  { method: 'GET', path: '/user-tasks/{key}', body: 'none' },
  { method: 'GET', path: '/user-tasks/{key}/form', body: 'none' },
  { method: 'POST', path: '/user-tasks/{key}/assignment', body: 'json', fields: { assignee: 'string', allowOverride: 'bool', action: 'string' }, base: { assignee: 'fuzz' } },
  { method: 'DELETE', path: '/user-tasks/{key}/assignee', body: 'json', fields: {}, base: {} },
  { method: 'POST', path: '/user-tasks/{key}/completion', body: 'json', fields: { variables: 'object', action: 'string' }, base: {} },
  { method: 'POST', path: '/user-tasks/{key}/variables/search', body: 'json', fields: SEARCH, base: {} },
  { method: 'PUT', path: '/element-instances/{key}/variables', body: 'json', fields: { variables: 'object', local: 'bool', operationReference: 'int64' }, base: { variables: {} } },
  { method: 'POST', path: '/variables/search', body: 'json', fields: SEARCH, base: {}, search: specs.variables },
  { method: 'GET', path: '/variables/{key}', body: 'none' },
  { method: 'POST', path: '/incidents/search', body: 'json', fields: SEARCH, base: {}, search: specs.incidents },
  { method: 'GET', path: '/incidents/{key}', body: 'none' },
  { method: 'POST', path: '/incidents/{key}/resolution', body: 'json', fields: { operationReference: 'int64' }, base: {} },
  { method: 'POST', path: '/documents', body: 'multipart' },
  { method: 'POST', path: '/documents/batch', body: 'multipart' },
  { method: 'GET', path: '/documents/{key}', body: 'none' },
  { method: 'DELETE', path: '/documents/{key}', body: 'none' },
];

// ------------------------------------------------------------------ the generator

/** mulberry32: a small, fast PRNG with a fixed seed, so every run sends the same requests */
function prng(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number) => Math.floor(next() * n);
  return { next, int, pick: <T>(items: readonly T[]): T => items[int(items.length)] };
}

const HUGE = 'Ä'.repeat(1_000_000);

const deep = (depth: number, leaf: unknown, wrap: (inner: unknown) => unknown): unknown => {
  let value = leaf;
  for (let i = 0; i < depth; i++) value = wrap(value);
  return value;
};

/** keys that are never a valid, existing key */
const BAD_KEYS = [
  '-1',
  '-2251799813685249',
  'abc',
  '12ab',
  '1'.repeat(30),
  '9'.repeat(25),
  '9007199254740993',
  '0',
  '1e5',
  '0x1F',
  '%20',
  '%E2%9C%93', // ✓
  '%F0%9F%92%A5', // 💥
  '%ZZ',
  '%E0%A4%A',
  '%',
  'null',
  'undefined',
  "1'%20OR%20'1'='1",
  '..%2F..%2Fetc%2Fpasswd',
  '7'.repeat(4_000),
];

/** JSON texts that do not parse */
const BROKEN_JSON = [
  '{',
  '{"a":',
  '{"a" 1}',
  "{'a': 1}",
  '{"a": 1,}',
  '[1, 2',
  'nul',
  'tru',
  '{"a": NaN}',
  '{"a": Infinity}',
  '{"a": undefined}',
  '\u0000',
  '\uFEFF{}',
  '{"a": "\\x41"}',
  '<xml/>',
  '{"a": 1}{"b": 2}',
  ' '.repeat(10) + '}',
];

/** wellformed JSON that is not an object */
const NON_OBJECTS = ['[]', '[{}]', '"text"', '42', '-1', '3.14', 'null', 'true', 'false', '""', `"${'x'.repeat(100_000)}"`, JSON.stringify(['a', { b: 1 }])];

/** values of the wrong type for a field type (never coercible to the right one) */
function wrongValues(type: FieldType): unknown[] {
  const objectish = [{}, { nested: { deeper: [1, 2, 3] } }];
  const all: Record<FieldType, unknown[]> = {
    string: [42, -1, true, false, [], ['a'], ...objectish, HUGE.length > 0 ? [HUGE] : []],
    int: ['1', 'one', 1.5, -0.5, true, [], {}, 1e300, HUGE],
    int64: ['soon', '1.5', '', 'x'.repeat(30), '1'.repeat(30), 1.5, true, [], {}, -5, HUGE],
    bool: ['true', 'yes', 1, 0, [], {}, HUGE],
    object: ['text', 42, true, [], [1, 2], HUGE],
    stringArray: ['a', 42, true, {}, [1, 2], [null], [{}], [['nested']], HUGE],
    key: ['abc', '-1', '1'.repeat(30), true, [], {}, -5, 1.5, HUGE],
    array: ['text', 42, true, {}, HUGE],
  };
  return all[type];
}

/** wrong values for a filter field of a search spec, by its column kind */
function wrongFilterValues(kind: string): unknown[] {
  switch (kind) {
    case 'key':
      return ['abc', '1'.repeat(30), true, [], { $in: 'x' }, { $eq: {} }, { $gt: 'abc' }, { $regex: '.*' }, { $in: [true] }];
    case 'int':
      return ['one', 1.5, true, [], { $gt: 'x' }, { $in: ['a'] }, { $exists: 'yes' }];
    case 'bool':
      return ['true', 1, [], { $eq: true }];
    case 'date':
      return ['yesterday', 42, true, '2024-13-45T99:99:99Z', { $gte: 'soon' }, { $lt: 5 }];
    default:
      return [42, true, [], { $like: 5 }, { $in: 'x' }, { $in: [1] }, { $exists: 'no' }, { $unknown: 'x' }, { $eq: {} }];
  }
}

interface Case {
  label: string;
  method: string;
  path: string;
  headers?: Record<string, string>;
  body?: string | Uint8Array;
  /** 405 for wrong methods, otherwise any 4xx */
  expect: 'problem' | 405;
}

const JSON_HEADERS = { 'content-type': 'application/json' };
const METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS'];

function buildCases(seed: number, realKeys: Record<string, string>): Case[] {
  const random = prng(seed);
  const cases: Case[] = [];
  const fill = (path: string, key: string) => path.replace('{key}', key);

  // wrong methods, once per distinct path (with a bad and, where there is one, a real key); a
  // method counts as wrong only if no endpoint serves it at that concrete path (GET
  // /user-tasks/search is GET /user-tasks/{key} with the key 'search', a 400)
  const patterns = ENDPOINTS.map((e) => ({ method: e.method, regex: new RegExp(`^${e.path.replace(/\{\w+\}/g, '[^/]+')}$`) }));
  for (const path of new Set(ENDPOINTS.map((e) => e.path))) {
    const key = path.includes('{key}') && random.next() < 0.5 ? (realKeys[path] ?? random.pick(BAD_KEYS)) : random.pick(BAD_KEYS);
    const concrete = fill(path, key);
    const allowed = patterns.filter((p) => p.regex.test(concrete.split('?')[0])).map((p) => p.method);
    for (const method of METHODS.filter((m) => !allowed.includes(m))) {
      cases.push({ label: `wrong method ${method} ${path}`, method, path: concrete, headers: JSON_HEADERS, body: method === 'GET' || method === 'OPTIONS' ? undefined : '{}', expect: 405 });
    }
  }

  for (const endpoint of ENDPOINTS) {
    const keyed = endpoint.path.includes('{key}');
    const fakeKey = () => random.pick(BAD_KEYS);
    const anyKey = () => (keyed && realKeys[endpoint.path] && random.next() < 0.5 ? realKeys[endpoint.path] : fakeKey());
    const label = `${endpoint.method} ${endpoint.path}`;

    if (endpoint.body === 'none') {
      // only the key can be wrong
      if (!keyed) continue;
      for (let i = 0; i < 6; i++) {
        const key = fakeKey();
        cases.push({ label: `${label} key=${key.slice(0, 40)}`, method: endpoint.method, path: fill(endpoint.path, key), expect: 'problem' });
      }
      continue;
    }

    if (endpoint.body === 'json') {
      // 1. unparseable JSON (also at real keys: refused before anything happens)
      for (let i = 0; i < 3; i++) {
        const text = random.pick(BROKEN_JSON);
        cases.push({ label: `${label} broken JSON ${JSON.stringify(text.slice(0, 20))}`, method: endpoint.method, path: fill(endpoint.path, anyKey()), headers: JSON_HEADERS, body: text, expect: 'problem' });
      }
      // 2. wellformed JSON that is not an object
      for (let i = 0; i < 2; i++) {
        const text = random.pick(NON_OBJECTS);
        cases.push({ label: `${label} non-object ${text.slice(0, 20)}`, method: endpoint.method, path: fill(endpoint.path, anyKey()), headers: JSON_HEADERS, body: text, expect: 'problem' });
      }
      // 3. no content type, broken body
      cases.push({ label: `${label} no content type`, method: endpoint.method, path: fill(endpoint.path, anyKey()), body: random.pick(BROKEN_JSON), expect: 'problem' });
      // 4. a JSON array nested 100 000 deep
      if (random.next() < 0.3) {
        cases.push({ label: `${label} deep array`, method: endpoint.method, path: fill(endpoint.path, anyKey()), headers: JSON_HEADERS, body: '['.repeat(100_000) + ']'.repeat(100_000), expect: 'problem' });
      }
      if (!endpoint.fields || !endpoint.base) continue;
      // 5. every field with wrong types (at fake keys, or where the base request is refused anyway)
      const key = () => (keyed ? fakeKey() : '');
      for (const [field, type] of Object.entries(endpoint.fields)) {
        const values = wrongValues(type);
        for (let i = 0; i < 2; i++) {
          const value = random.pick(values);
          const body = JSON.stringify({ ...endpoint.base, [field]: value });
          cases.push({ label: `${label} ${field}=${JSON.stringify(value)?.slice(0, 30)}`, method: endpoint.method, path: fill(endpoint.path, key()), headers: JSON_HEADERS, body, expect: 'problem' });
        }
      }
      // 6. search specs: every filter field with wrong values, unknown fields, bad sort and page
      if (endpoint.search) {
        const spec = endpoint.search;
        for (const [field, { kind }] of Object.entries(spec.fields)) {
          const value = random.pick(wrongFilterValues(kind));
          cases.push({ label: `${label} filter.${field}=${JSON.stringify(value).slice(0, 30)}`, method: 'POST', path: fill(endpoint.path, key()), headers: JSON_HEADERS, body: JSON.stringify({ filter: { [field]: value } }), expect: 'problem' });
        }
        for (const field of Object.keys(spec.custom ?? {})) {
          const value = random.pick([42, [], 'maybe', { $nonsense: 1 }, { $in: 'x' }]);
          cases.push({ label: `${label} filter.${field}=${JSON.stringify(value)}`, method: 'POST', path: fill(endpoint.path, key()), headers: JSON_HEADERS, body: JSON.stringify({ filter: { [field]: value } }), expect: 'problem' });
        }
        // JSON texts (a deeply nested one is built as text: JSON.stringify would overflow the stack)
        const extras: string[] = [
          `{"filter":${'{"a":'.repeat(5_000)}1${'}'.repeat(5_000)}}`,
          ...[
          { filter: { ['ü'.repeat(10)]: 1 } },
          { filter: { [HUGE.slice(0, 10_000)]: 'x' } },
          { sort: [{ field: 'nonsense' }] },
          { sort: [{ field: Object.keys(spec.fields)[0], order: 'sideways' }] },
          { sort: [5] },
          { sort: [null] },
          { sort: {} },
          { page: { limit: 0 } },
          { page: { limit: 1e9 } },
          { page: { limit: 'ten' } },
          { page: { from: -1 } },
          { page: { after: 'not a cursor' } },
          { page: { before: '' } },
          { page: { after: Buffer.from('{"offset":-5}').toString('base64') } },
          { page: [] },
          { page: 'first' },
          { filter: [] },
          { filter: 'all' },
          ].map((body) => JSON.stringify(body)),
        ];
        for (let i = 0; i < 6; i++) {
          const body = random.pick(extras);
          cases.push({ label: `${label} ${body.slice(0, 50)}`, method: 'POST', path: fill(endpoint.path, key()), headers: JSON_HEADERS, body, expect: 'problem' });
        }
      }
      continue;
    }

    // multipart endpoints
    const boundary = '----fuzz' + random.int(1e9);
    // a part with a file name is a file (application/octet-stream); one without, a plain text field
    const part = (name: string, content: string, fileName?: string) =>
      `--${boundary}\r\nContent-Disposition: form-data; name="${name}"${fileName !== undefined ? `; filename="${fileName}"\r\nContent-Type: application/octet-stream` : ''}\r\n\r\n${content}\r\n`;
    const end = `--${boundary}--\r\n`;
    const multipart = { 'content-type': `multipart/form-data; boundary=${boundary}` };
    const garbage: Array<{ what: string; headers?: Record<string, string>; body: string }> = [
      { what: 'json instead of multipart', headers: JSON_HEADERS, body: '{"resources": []}' },
      { what: 'no content type', body: part('resources', '<x/>', 'x.bpmn') + end },
      { what: 'no boundary', headers: { 'content-type': 'multipart/form-data' }, body: part('resources', '<x/>', 'x.bpmn') + end },
      { what: 'other boundary', headers: { 'content-type': 'multipart/form-data; boundary=elsewhere' }, body: part('file', 'x', 'x.txt') + end },
      { what: 'truncated', headers: multipart, body: part('file', 'x', 'x.txt').slice(0, 40) },
      { what: 'no closing delimiter', headers: multipart, body: `--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="x"\r\n\r\nxyz` },
      { what: 'empty', headers: multipart, body: '' },
      { what: 'only the end', headers: multipart, body: end },
      { what: 'headerless part', headers: multipart, body: `--${boundary}\r\n\r\nxyz\r\n` + end },
      { what: 'binary noise', headers: multipart, body: Buffer.from(Array.from({ length: 512 }, () => random.int(256))).toString('latin1') },
      { what: 'unicode field names only', headers: multipart, body: part('ümläüt', 'wert') + part('名前', '値') + end },
    ];
    if (endpoint.path === '/deployments') {
      garbage.push(
        { what: 'resource without file name', headers: multipart, body: part('resources', emptyProcess('fuzz-no-name')) + end },
        { what: 'broken BPMN', headers: multipart, body: part('resources', '<bpmn:definitions', 'broken.bpmn') + end },
        { what: 'BPMN without process', headers: multipart, body: part('resources', '<?xml version="1.0"?><definitions xmlns="http://www.omg.org/spec/BPMN/20100524/MODEL"/>', 'x.bpmn') + end },
        { what: 'unsupported extension', headers: multipart, body: part('resources', 'hello', 'hello.exe') + end },
        { what: 'form not JSON', headers: multipart, body: part('resources', '{ nope', 'x.form') + end },
        { what: 'form without id', headers: multipart, body: part('resources', '{"components":[]}', 'x.form') + end },
        { what: 'form that is an array', headers: multipart, body: part('resources', '[]', 'x.form') + end },
        { what: 'form that is null', headers: multipart, body: part('resources', 'null', 'x.form') + end },
        { what: 'unicode file name, broken', headers: multipart, body: part('resources', '<x', '💥../../ü.bpmn') + end },
        { what: 'valid and broken together', headers: multipart, body: part('resources', emptyProcess('fuzz-half'), 'half.bpmn') + part('resources', '<', 'broken.bpmn') + end },
        { what: 'huge broken BPMN', headers: multipart, body: part('resources', `<bpmn:definitions>${HUGE.slice(0, 500_000)}`, 'huge.bpmn') + end },
      );
    } else {
      garbage.push(
        { what: 'file as a plain field', headers: multipart, body: part('file', 'content') + end },
        { what: 'metadata only', headers: multipart, body: part('metadata', '{}') + end },
        { what: 'metadata not JSON', headers: multipart, body: part('file', 'x', 'x.txt') + part('files', 'x', 'x.txt') + part('metadata', '{nope') + end },
        { what: 'metadata an array', headers: multipart, body: part('file', 'x', 'x.txt') + part('files', 'x', 'x.txt') + part('metadata', '[1]') + end },
        { what: 'expiresAt not a date', headers: multipart, body: part('file', 'x', 'x.txt') + part('files', 'x', 'x.txt') + part('metadata', '{"expiresAt":"never"}') + end },
      );
    }
    for (const g of garbage) {
      // documents: a well-formed upload would succeed; these all lack the file part, break the
      // multipart syntax, the metadata, or (batch) have no 'files' part
      if (endpoint.path === '/documents/batch' && /metadata|expiresAt/.test(g.what)) continue; // the batch endpoint takes no metadata
      cases.push({ label: `${label} ${g.what}`, method: 'POST', path: endpoint.path, headers: g.headers, body: g.body, expect: 'problem' });
    }
    if (endpoint.path === '/documents') {
      for (const query of ['storeId=elsewhere', 'documentId=..%2F..%2Fetc', `documentId=${'x'.repeat(300)}`, 'documentId=%F0%9F%92%A5']) {
        cases.push({ label: `${label} ?${query.slice(0, 30)}`, method: 'POST', path: `${endpoint.path}?${query}`, headers: multipart, body: part('file', 'x', 'x.txt') + end, expect: 'problem' });
      }
    }
  }

  // an oversized JSON body (the limit is 8 MiB)
  cases.push({ label: 'oversized body', method: 'POST', path: '/process-instances/search', headers: JSON_HEADERS, body: JSON.stringify({ filter: { processDefinitionId: 'x'.repeat(9 * 1024 * 1024) } }), expect: 'problem' });
  return cases;
}

// ------------------------------------------------------------------ the run

let c: Conformance;
const real: Record<string, string> = {};

beforeAll(async () => {
  c = await startConformance();
  // real entities, so that part of the malformed requests aim at existing keys
  const deployment = await deploy(c.client, {
    'fuzz-job.bpmn': serviceTaskProcess('fuzz-job', 'fuzz-real-job', { retries: 1 }),
    'fuzz-task.bpmn': userTaskProcess('fuzz-task', { formId: 'fuzz-form' }),
    'fuzz.form': formSchema('fuzz-form'),
  });
  const pdKey = deployment.processes[0].processDefinitionKey;
  const jobInstance = await c.client.createProcessInstance({ processDefinitionId: ProcessDefinitionId.assumeExists('fuzz-job'), variables: { a: 1 } });
  const taskInstance = await c.client.createProcessInstance({ processDefinitionId: ProcessDefinitionId.assumeExists('fuzz-task') });
  const { jobs } = await c.client.activateJobs({ type: 'fuzz-real-job', maxJobsToActivate: 1, timeout: 600_000, requestTimeout: 2_000 });
  const tasks = await c.client.searchUserTasks({ filter: { processInstanceKey: taskInstance.processInstanceKey } }, { consistency: { waitUpToMs: 2_000, pollIntervalMs: 20 } });
  const variables = await c.client.searchVariables({ filter: { processInstanceKey: jobInstance.processInstanceKey } }, now);
  const document = await c.unvalidatedRequests.createDocument({ file: new File(['fuzz'], 'fuzz.txt', { type: 'text/plain' }) });
  Object.assign(real, {
    '/process-definitions/{key}': pdKey,
    '/process-instances/{key}/cancellation': jobInstance.processInstanceKey,
    '/process-instances/{key}/incidents/search': jobInstance.processInstanceKey,
    '/jobs/{key}/completion': jobs[0].jobKey,
    '/jobs/{key}/failure': jobs[0].jobKey,
    '/jobs/{key}/error': jobs[0].jobKey,
    '/jobs/{key}': jobs[0].jobKey,
    '/user-tasks/{key}/assignment': tasks.items[0].userTaskKey,
    '/user-tasks/{key}/assignee': tasks.items[0].userTaskKey,
    '/user-tasks/{key}/completion': tasks.items[0].userTaskKey,
    '/user-tasks/{key}/variables/search': tasks.items[0].userTaskKey,
    '/user-tasks/{key}': tasks.items[0].userTaskKey,
    '/variables/{key}': variables.items[0].variableKey,
    '/documents/{key}': document.documentId!,
    '/process-instances/{key}': jobInstance.processInstanceKey,
  });
});

afterAll(async () => {
  await c?.close();
});

test('the fuzz covers exactly the endpoints the engine serves', () => {
  const served = createRoutes(c.engine.engine)
    .map((route) => `${route.method} ${route.pattern.source}`)
    .sort();
  const fuzzed = ENDPOINTS.map((e) => `${e.method} ${new RegExp(`^/v2${e.path.replace(/\{\w+\}/g, '([^/]+)')}$`).source}`).sort();
  expect(fuzzed).toEqual(served);
});

test('malformed requests at every endpoint: each answer is a 4xx problem, nothing hangs', async () => {
  const cases = buildCases(0xc0ffee, real);
  expect(cases.length).toBeGreaterThan(300);
  expect(cases.length).toBeLessThan(1_000);
  const failures: string[] = [];
  const started = Date.now();
  for (const fuzz of cases) {
    let status: number;
    let contentType: string;
    let text: string;
    try {
      const response = await fetch(`${c.api}${fuzz.path}`, {
        method: fuzz.method,
        headers: fuzz.headers,
        body: fuzz.body as BodyInit | undefined,
        signal: AbortSignal.timeout(5_000),
      });
      status = response.status;
      contentType = response.headers.get('content-type') ?? '';
      text = await response.text();
    } catch (error) {
      failures.push(`${fuzz.label}: no answer (${(error as Error).name}: ${(error as Error).message})`);
      continue;
    }
    const expected = fuzz.expect === 405 ? status === 405 : status >= 400 && status < 500;
    let problem: { status?: unknown; title?: unknown; detail?: unknown } | undefined;
    try {
      problem = JSON.parse(text) as typeof problem;
    } catch {
      problem = undefined;
    }
    const isProblem = contentType.startsWith('application/problem+json') && problem?.status === status && typeof problem?.title === 'string' && typeof problem?.detail === 'string';
    if (!expected || !isProblem) failures.push(`${fuzz.label}: HTTP ${status} ${contentType} ${text.slice(0, 160)}`);
  }
  const elapsed = Date.now() - started;
  expect(failures).toEqual([]);
  expect(elapsed).toBeLessThan(25_000);
}, 40_000);

test('an oversized body: 413 problem, and later requests on the same connection still get answers', async () => {
  const big = JSON.stringify({ filter: { processDefinitionId: 'x'.repeat(9 * 1024 * 1024) } });
  for (let round = 0; round < 2; round++) {
    const response = await fetch(`${c.api}/process-instances/search`, { method: 'POST', headers: JSON_HEADERS, body: big, signal: AbortSignal.timeout(5_000) });
    expect(response.status).toBe(413);
    expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
    await response.text();
    for (let i = 0; i < 3; i++) {
      const next = await fetch(`${c.api}/process-definitions/search`, { method: 'POST', headers: JSON_HEADERS, body: '{}', signal: AbortSignal.timeout(5_000) });
      expect(next.status).toBe(200);
      await next.text();
    }
  }
});

test('valid but extreme requests are answered without a 5xx', async () => {
  const deepVariables = deep(3_000, 'leaf', (inner) => ({ next: inner }));
  const requests: Array<[string, string, unknown]> = [
    ['POST', '/messages/publication', { name: 'fuzz-extreme', correlationKey: 'ü💥\u0000', timeToLive: 1000, variables: { deep: deepVariables } }],
    ['POST', '/messages/publication', { name: 'fuzz-extreme-2', correlationKey: HUGE.slice(0, 100_000), variables: { big: HUGE } }],
    ['POST', '/process-instances/search', { filter: { processDefinitionId: { $like: '\\*%_?[' } } }],
    ['POST', '/variables/search', { filter: { name: { $like: '\\' } } }],
    ['POST', '/user-tasks/search', { filter: { candidateGroup: { $like: '%\\' } } }],
    ['POST', '/process-instances/search', { filter: { processDefinitionId: '\ud800' } }],
    ['POST', '/jobs/search', { filter: { type: '💥'.repeat(1000) }, page: { limit: 10_000 } }],
  ];
  const outcomes: string[] = [];
  for (const [method, path, body] of requests) {
    try {
      const response = await fetch(`${c.api}${path}`, { method, headers: JSON_HEADERS, body: JSON.stringify(body), signal: AbortSignal.timeout(5_000) });
      const text = await response.text();
      if (response.status >= 500) outcomes.push(`${path}: HTTP ${response.status} ${text.slice(0, 200)}`);
    } catch (error) {
      outcomes.push(`${path}: no answer (${(error as Error).message})`);
    }
  }
  expect(outcomes).toEqual([]);
});

test('afterwards the server still works: topology, untouched entities, a process instance to completion', async () => {
  expect((await c.client.getTopology()).brokers).toHaveLength(1);
  expect(c.engine.engine.clock.isPinned()).toBe(false);

  // what the fuzz aimed at is as it was
  const instance = await c.client.getProcessInstance({ processInstanceKey: real['/process-instances/{key}'] as never }, now);
  expect(instance).toMatchObject({ state: 'ACTIVE', hasIncident: false });
  const task = await c.client.getUserTask({ userTaskKey: real['/user-tasks/{key}'] as never }, now);
  expect(task.state).toBe('CREATED');
  expect(task.assignee).toBeUndefined();
  const job = await c.client.searchJobs({ filter: { jobKey: real['/jobs/{key}'] as never } }, now);
  expect(job.items[0]).toMatchObject({ state: 'CREATED', retries: 1 });
  const deployed = await c.client.searchProcessDefinitions({}, now);
  expect(deployed.items?.map((d) => d.processDefinitionId).sort()).toEqual(['fuzz-job', 'fuzz-task']);

  // and a new process runs from start to end
  await deployProcess(c.client, serviceTaskProcess('fuzz-after', 'fuzz-after-job'));
  const pending = c.client.createProcessInstance({ processDefinitionId: ProcessDefinitionId.assumeExists('fuzz-after'), variables: { x: 1 }, awaitCompletion: true, requestTimeout: 10_000 });
  const { jobs } = await c.client.activateJobs({ type: 'fuzz-after-job', maxJobsToActivate: 1, timeout: 10_000, requestTimeout: 5_000 });
  expect(jobs).toHaveLength(1);
  await c.client.completeJob({ jobKey: jobs[0].jobKey, variables: { y: 2 } });
  const done = await pending;
  expect(done.variables).toEqual({ x: 1, y: 2 });
});
