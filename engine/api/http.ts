/**
 * HTTP plumbing of the REST API: JSON and multipart bodies with size limits, and
 * `application/problem+json` errors, as the Camunda 8.8 gateway answers them.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import busboy from 'busboy';
import { badRequest, ProblemError } from '../core/errors.js';

export const MAX_JSON_BYTES = 8 * 1024 * 1024;
export const MAX_FILE_BYTES = 64 * 1024 * 1024;

export function sendJson(res: ServerResponse, status: number, body: unknown): void {
  const text = JSON.stringify(body);
  res.writeHead(status, { 'content-type': 'application/json', 'content-length': Buffer.byteLength(text) });
  res.end(text);
}

export function sendEmpty(res: ServerResponse, status = 204): void {
  res.writeHead(status);
  res.end();
}

export function sendProblem(res: ServerResponse, status: number, title: string, detail: string): void {
  if (res.headersSent) {
    res.destroy();
    return;
  }
  const text = JSON.stringify({ type: 'about:blank', title, status, detail });
  res.writeHead(status, { 'content-type': 'application/problem+json', 'content-length': Buffer.byteLength(text) });
  res.end(text);
}

export function sendError(res: ServerResponse, error: unknown): void {
  if (error instanceof ProblemError) return sendProblem(res, error.status, error.title, error.message);
  console.error('Unexpected error in the embedded engine:', error);
  sendProblem(res, 500, 'INTERNAL_ERROR', `Unexpected error: ${(error as Error)?.message ?? String(error)}`);
}

/**
 * Reads a request body up to `limit` bytes. Beyond the limit it answers 413 at once but keeps
 * draining (and discarding) the rest: leaving `for await` early destroyed the request stream, the
 * unread rest of the body stayed on the keep-alive connection and a later request on it hung.
 */
function readBody(req: IncomingMessage, limit: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    let tooLarge = false;
    req.on('data', (chunk: Buffer) => {
      if (tooLarge) return;
      size += chunk.length;
      if (size > limit) {
        tooLarge = true;
        chunks.length = 0;
        reject(new ProblemError(413, 'PAYLOAD_TOO_LARGE', `The request body is larger than ${limit} bytes.`));
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => {
      if (!tooLarge) resolve(Buffer.concat(chunks));
    });
    req.on('error', reject);
  });
}

/** Reads a JSON body; an empty body counts as `{}` (several Camunda endpoints allow that). */
export async function readJson(req: IncomingMessage): Promise<Record<string, unknown>> {
  const body = await readBody(req, MAX_JSON_BYTES);
  if (body.length === 0) return {};
  let value: unknown;
  try {
    value = JSON.parse(body.toString('utf8'));
  } catch (error) {
    throw badRequest(`The request body is not valid JSON: ${(error as Error).message}`);
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) throw badRequest('The request body must be a JSON object.');
  return value as Record<string, unknown>;
}

/** The JSON types of request fields that `checkFieldTypes` knows. */
export type FieldType = 'string' | 'boolean' | 'int64' | 'object' | 'array' | 'stringArray';

const DEFAULT_TENANT = '<default>';

/**
 * Rejects request fields of the wrong JSON type with 400, as Camunda's JSON binding does. Only for
 * fields the engine does not validate itself (it reads them loosely or ignores them): without this
 * check e.g. `worker: {}` or `tenantIds: "x"` silently passed. Absent and null fields pass.
 * A `tenantId` must also name the default tenant: the embedded engine has no multi-tenancy, and
 * Camunda with multi-tenancy disabled refuses any other tenant with 400.
 */
export function checkFieldTypes(body: Record<string, unknown>, types: Record<string, FieldType>): void {
  for (const [name, type] of Object.entries(types)) {
    const value = body[name];
    if (value === undefined || value === null) continue;
    const ok =
      type === 'string' ? typeof value === 'string'
      : type === 'boolean' ? typeof value === 'boolean'
      : type === 'int64' ? (typeof value === 'number' && Number.isSafeInteger(value)) || (typeof value === 'string' && /^-?\d{1,19}$/.test(value))
      : type === 'object' ? typeof value === 'object' && !Array.isArray(value)
      : type === 'array' ? Array.isArray(value)
      : Array.isArray(value) && value.every((item) => typeof item === 'string');
    if (!ok) throw badRequest(`'${name}' must be ${type === 'stringArray' ? 'an array of strings' : type === 'int64' ? 'an integer' : `of type ${type}`}, but was ${JSON.stringify(value)?.slice(0, 100)}.`);
  }
  checkTenant(body.tenantId);
  if (Array.isArray(body.tenantIds)) for (const tenantId of body.tenantIds) checkTenant(tenantId);
}

export function checkTenant(tenantId: unknown): void {
  if (tenantId !== undefined && tenantId !== null && tenantId !== DEFAULT_TENANT) {
    throw badRequest(`Expected to handle the request with tenant identifier '${String(tenantId).slice(0, 100)}', but multi-tenancy is disabled (only '${DEFAULT_TENANT}' is known).`);
  }
}

/** A percent-encoded path segment, decoded; a malformed encoding is the client's error (400), not a 500. */
export function decodePathSegment(segment: string): string {
  try {
    return decodeURIComponent(segment);
  } catch {
    throw badRequest(`The path segment '${segment.slice(0, 100)}' is not validly percent-encoded.`);
  }
}

export interface MultipartFile {
  field: string;
  fileName: string;
  contentType: string;
  content: Buffer;
}

export interface Multipart {
  files: MultipartFile[];
  fields: Record<string, string>;
}

export function readMultipart(req: IncomingMessage): Promise<Multipart> {
  return new Promise((resolve, reject) => {
    let parser: busboy.Busboy;
    try {
      parser = busboy({ headers: req.headers, limits: { fileSize: MAX_FILE_BYTES, files: 100, fields: 50, fieldSize: MAX_JSON_BYTES } });
    } catch (error) {
      reject(badRequest(`Expected a multipart/form-data request: ${(error as Error).message}`));
      return;
    }
    const files: MultipartFile[] = [];
    const fields: Record<string, string> = {};
    let failed = false;
    const fail = (error: unknown) => {
      if (failed) return;
      failed = true;
      req.unpipe(parser);
      req.resume();
      reject(error);
    };
    parser.on('file', (field, stream, info) => {
      const chunks: Buffer[] = [];
      // a form that ends in the middle of a file destroys the file stream with an error: without
      // this listener that error was unhandled and took the whole process down
      stream.on('error', (error) => fail(badRequest(`The multipart body is malformed: ${error.message}`)));
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('limit', () => fail(new ProblemError(413, 'PAYLOAD_TOO_LARGE', `The file '${info.filename}' is larger than ${MAX_FILE_BYTES} bytes.`)));
      stream.on('end', () => files.push({ field, fileName: info.filename ?? field, contentType: info.mimeType, content: Buffer.concat(chunks) }));
    });
    parser.on('field', (name, value) => {
      fields[name] = value;
    });
    parser.on('error', (error) => fail(badRequest(`The multipart body is malformed: ${(error as Error).message}`)));
    parser.on('close', () => {
      if (!failed) resolve({ files, fields });
    });
    req.on('error', fail);
    req.pipe(parser);
  });
}
