/**
 * The Camunda 8.8 REST API paths (under `/v2`) that the embedded engine serves, each mapped to
 * one engine command or query.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import type { Engine } from '../core/engine.js';
import { badRequest, notFound, ProblemError } from '../core/errors.js';
import { checkFieldTypes, checkTenant, decodePathSegment, type FieldType, readJson, readMultipart, sendEmpty, sendJson } from './http.js';

type Params = Record<string, string>;
type Handler = (req: IncomingMessage, res: ServerResponse, params: Params, url: URL, signal: AbortSignal) => Promise<void>;

interface Route {
  method: string;
  pattern: RegExp;
  names: string[];
  handler: Handler;
}

export function createRoutes(engine: Engine): Route[] {
  const routes: Route[] = [];
  const add = (method: string, path: string, handler: Handler) => {
    const names: string[] = [];
    const pattern = new RegExp(`^/v2${path.replace(/\{(\w+)\}/g, (_, name: string) => {
      names.push(name);
      return '([^/]+)';
    })}$`);
    routes.push({ method, pattern, names, handler });
  };
  /** `types`: request fields the engine reads loosely or ignores, type-checked here (see checkFieldTypes) */
  const json = (status: number, produce: (body: Record<string, unknown>, params: Params, signal: AbortSignal, url: URL) => unknown, types: Record<string, FieldType> = {}): Handler =>
    async (req, res, params, url, signal) => {
      const body = await readJson(req);
      checkFieldTypes(body, types);
      const result = await produce(body, params, signal, url);
      if (status === 204) sendEmpty(res);
      else sendJson(res, status, result);
    };
  const get = (produce: (params: Params, url: URL) => unknown): Handler =>
    async (_req, res, params, url) => sendJson(res, 200, await produce(params, url));

  // cluster
  add('GET', '/topology', get(() => engine.topology()));
  add('GET', '/status', async (_req, res) => sendEmpty(res, 204));
  add('PUT', '/clock', json(204, (body) => engine.pinClock(body.timestamp)));
  add('POST', '/clock/reset', json(204, () => engine.resetClock()));

  // deployments
  add('POST', '/deployments', async (req, res) => {
    const { files, fields } = await readMultipart(req);
    checkTenant(fields.tenantId || undefined);
    const resources = files.filter((file) => file.field === 'resources').map((file) => ({ name: file.fileName, content: file.content }));
    if (resources.length === 0) throw badRequest(`Expected at least one multipart part named 'resources' with a .bpmn or .form file.`);
    sendJson(res, 200, await engine.deploy(resources, fields.tenantId || undefined));
  });

  // process definitions
  add('POST', '/process-definitions/search', json(200, (body) => engine.searchProcessDefinitions(body)));
  add('GET', '/process-definitions/{key}', get((p) => engine.getProcessDefinition(p.key)));
  add('GET', '/process-definitions/{key}/xml', async (_req, res, params) => {
    const xml = engine.getProcessDefinitionXml(params.key);
    res.writeHead(200, { 'content-type': 'text/xml; charset=utf-8' });
    res.end(xml);
  });
  add('GET', '/process-definitions/{key}/form', async (_req, res, params) => {
    engine.getProcessDefinition(params.key); // 404 for an unknown key; start forms are not supported
    sendEmpty(res, 204);
  });

  // process instances
  add('POST', '/process-instances', json(200, (body) => engine.createProcessInstance(body), {
    tenantId: 'string', operationReference: 'int64', startInstructions: 'array', runtimeInstructions: 'array', awaitCompletion: 'boolean', tags: 'stringArray',
  }));
  add('POST', '/process-instances/search', json(200, (body) => engine.searchProcessInstances(body)));
  add('GET', '/process-instances/{key}', get((p) => engine.getProcessInstance(p.key)));
  add('POST', '/process-instances/{key}/cancellation', json(204, (_body, p) => engine.cancelProcessInstance(p.key), { operationReference: 'int64' }));
  add('POST', '/process-instances/{key}/incidents/search', json(200, (body, p) => engine.searchIncidents(body, p.key)));

  // jobs
  add('POST', '/jobs/activation', json(200, (body, _p, signal) => engine.activateJobs(body, signal), { worker: 'string', tenantIds: 'stringArray' }));
  add('POST', '/jobs/search', json(200, (body) => engine.searchJobs(body)));
  add('POST', '/jobs/{key}/completion', json(204, (body, p) => engine.completeJob(p.key, body), { result: 'object' }));
  add('POST', '/jobs/{key}/failure', json(204, (body, p) => engine.failJob(p.key, body), { errorMessage: 'string' }));
  add('POST', '/jobs/{key}/error', json(204, (body, p) => engine.throwJobError(p.key, body), { errorMessage: 'string' }));
  add('PATCH', '/jobs/{key}', json(204, (body, p) => engine.updateJob(p.key, body), { operationReference: 'int64' }));

  // messages
  add('POST', '/messages/publication', json(200, (body) => engine.publishMessage(body), { tenantId: 'string' }));
  add('POST', '/messages/correlation', json(200, (body) => engine.correlateMessage(body), { tenantId: 'string' }));

  // user tasks
  add('POST', '/user-tasks/search', json(200, (body) => engine.searchUserTasks(body)));
  add('GET', '/user-tasks/{key}', get((p) => engine.getUserTask(p.key)));
  add('GET', '/user-tasks/{key}/form', async (_req, res, params) => {
    const form = engine.getUserTaskForm(params.key);
    if (form === null) sendEmpty(res, 204);
    else sendJson(res, 200, form);
  });
  add('POST', '/user-tasks/{key}/assignment', json(204, (body, p) => engine.assignUserTask(p.key, body), { allowOverride: 'boolean', action: 'string' }));
  add('DELETE', '/user-tasks/{key}/assignee', json(204, (_body, p) => engine.unassignUserTask(p.key)));
  add('POST', '/user-tasks/{key}/completion', json(204, (body, p) => engine.completeUserTask(p.key, body), { action: 'string' }));
  add('POST', '/user-tasks/{key}/variables/search', json(200, (body, p, _signal, url) => engine.searchUserTaskVariables(p.key, body, truncateValues(url))));

  // element instances
  add('PUT', '/element-instances/{key}/variables', json(204, (body, p) => engine.setElementInstanceVariables(p.key, body), { operationReference: 'int64' }));

  // variables
  add('POST', '/variables/search', json(200, (body, _p, _signal, url) => engine.searchVariables(body, truncateValues(url))));
  add('GET', '/variables/{key}', get((p) => engine.getVariable(p.key)));

  // incidents
  add('POST', '/incidents/search', json(200, (body) => engine.searchIncidents(body)));
  add('GET', '/incidents/{key}', get((p) => engine.getIncident(p.key)));
  add('POST', '/incidents/{key}/resolution', json(204, (_body, p) => engine.resolveIncident(p.key), { operationReference: 'int64' }));

  // documents
  add('POST', '/documents', async (req, res, _params, url) => {
    const { files, fields } = await readMultipart(req);
    const file = files.find((f) => f.field === 'file');
    if (!file) throw badRequest(`Expected a multipart part named 'file' with the document's content.`);
    const metadata = parseMetadata(fields.metadata);
    metadata.fileName ??= file.fileName;
    metadata.contentType ??= file.contentType;
    const reference = engine.createDocument(file.content, metadata, url.searchParams.get('storeId') ?? undefined, url.searchParams.get('documentId') ?? undefined);
    sendJson(res, 201, reference);
  });
  add('POST', '/documents/batch', async (req, res, _params, url) => {
    const { files } = await readMultipart(req);
    const parts = files.filter((f) => f.field === 'files');
    if (parts.length === 0) throw badRequest(`Expected multipart parts named 'files'.`);
    const createdDocuments = [];
    const failedDocuments = [];
    for (const file of parts) {
      try {
        createdDocuments.push(engine.createDocument(file.content, { fileName: file.fileName, contentType: file.contentType }, url.searchParams.get('storeId') ?? undefined));
      } catch (error) {
        if (!(error instanceof ProblemError)) throw error;
        failedDocuments.push({ fileName: file.fileName, status: error.status, title: error.title, detail: error.message });
      }
    }
    sendJson(res, failedDocuments.length > 0 ? 207 : 201, { createdDocuments, failedDocuments });
  });
  add('GET', '/documents/{id}', async (_req, res, params, url) => {
    const document = engine.getDocument(decodePathSegment(params.id), url.searchParams.get('contentHash') ?? undefined);
    const headers: Record<string, string | number> = { 'content-type': document.contentType, 'content-length': document.content.length };
    if (document.fileName) headers['content-disposition'] = `attachment; filename*=UTF-8''${encodeURIComponent(document.fileName)}`;
    res.writeHead(200, headers);
    res.end(document.content);
  });
  add('DELETE', '/documents/{id}', async (_req, res, params) => {
    engine.deleteDocument(decodePathSegment(params.id));
    sendEmpty(res, 204);
  });

  return routes;
}

/** `?truncateValues=false` returns full variable values (Camunda 8.8); true, the default, cuts them at 8191 characters. */
function truncateValues(url: URL): boolean {
  const raw = url.searchParams.get('truncateValues');
  if (raw === null || raw === 'true') return true;
  if (raw === 'false') return false;
  throw badRequest(`The query parameter 'truncateValues' must be 'true' or 'false', but was '${raw}'.`);
}

function parseMetadata(text: string | undefined): Record<string, unknown> {
  if (text === undefined || text === '') return {};
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch (error) {
    throw badRequest(`The 'metadata' part is not valid JSON: ${(error as Error).message}`);
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) throw badRequest(`The 'metadata' part must be a JSON object.`);
  return value as Record<string, unknown>;
}

export function matchRoute(routes: Route[], method: string, path: string): { handler: Handler; params: Params } {
  let pathKnown = false;
  for (const route of routes) {
    const match = route.pattern.exec(path);
    if (!match) continue;
    pathKnown = true;
    if (route.method !== method) continue;
    const params: Params = {};
    route.names.forEach((name, i) => (params[name] = match[i + 1]));
    return { handler: route.handler, params };
  }
  if (pathKnown) throw new ProblemError(405, 'METHOD_NOT_ALLOWED', `The method ${method} is not allowed on ${path}.`);
  throw notFound(`No endpoint ${method} ${path} in the embedded engine's REST API.`);
}
