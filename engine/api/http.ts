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

async function readBody(req: IncomingMessage, limit: number): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > limit) throw new ProblemError(413, 'PAYLOAD_TOO_LARGE', `The request body is larger than ${limit} bytes.`);
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks);
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
