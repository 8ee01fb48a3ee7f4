/**
 * The search requests of the Camunda 8.8 REST API (`filter`, `sort`, `page`) translated to SQL.
 * A filter property is either a plain value (equality) or an advanced filter object
 * (`$eq`, `$neq`, `$exists`, `$in`, `$notIn`, `$like`, `$gt`, `$gte`, `$lt`, `$lte`).
 */
import { badRequest } from './errors.js';

export type FieldKind = 'key' | 'string' | 'int' | 'bool' | 'date';

export interface Field {
  column: string;
  kind: FieldKind;
  sortable?: boolean;
}

export interface SearchSpec {
  table: string;
  fields: Record<string, Field>;
  /** filter properties that need their own SQL, e.g. membership in a JSON array column */
  custom?: Record<string, (value: unknown) => { sql: string; params: unknown[] }>;
  /** always applied, e.g. to hide internal rows */
  baseWhere?: string;
  defaultOrder: string;
}

export interface SearchRequest {
  filter?: Record<string, unknown>;
  sort?: Array<{ field: string; order?: string }>;
  page?: { from?: number; limit?: number; after?: string; before?: string };
}

export interface SearchPage<T> {
  items: T[];
  page: { totalItems: number; startCursor?: string; endCursor?: string; hasMoreTotalItems?: boolean };
}

const OPERATORS = new Set(['$eq', '$neq', '$exists', '$in', '$notIn', '$like', '$gt', '$gte', '$lt', '$lte']);

const encodeCursor = (offset: number) => Buffer.from(JSON.stringify({ offset })).toString('base64');

function decodeCursor(cursor: unknown): number {
  try {
    const value = JSON.parse(Buffer.from(String(cursor), 'base64').toString('utf8')) as { offset?: unknown };
    if (typeof value.offset === 'number' && Number.isInteger(value.offset) && value.offset >= 0) return value.offset;
  } catch {
    // fall through to the error below
  }
  throw badRequest(`The cursor '${String(cursor)}' is not valid.`);
}

function convert(field: string, kind: FieldKind, value: unknown): unknown {
  switch (kind) {
    case 'key':
      if ((typeof value === 'string' && /^-?\d{1,25}$/.test(value)) || (typeof value === 'number' && Number.isInteger(value))) return Number(value);
      throw badRequest(`The value of filter '${field}' must be a key (a string of digits), but was ${JSON.stringify(value)}.`);
    case 'int':
      if (typeof value === 'number' && Number.isInteger(value)) return value;
      throw badRequest(`The value of filter '${field}' must be an integer, but was ${JSON.stringify(value)}.`);
    case 'bool':
      if (typeof value === 'boolean') return value ? 1 : 0;
      throw badRequest(`The value of filter '${field}' must be a boolean, but was ${JSON.stringify(value)}.`);
    case 'date':
      if (typeof value === 'string' && !Number.isNaN(Date.parse(value))) return new Date(value).toISOString();
      throw badRequest(`The value of filter '${field}' must be an ISO 8601 date-time, but was ${JSON.stringify(value)}.`);
    default:
      if (typeof value === 'string') return value;
      throw badRequest(`The value of filter '${field}' must be a string, but was ${JSON.stringify(value)}.`);
  }
}

function predicate(name: string, field: Field, value: unknown, params: unknown[]): string {
  const column = field.column;
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    params.push(convert(name, field.kind, value));
    return `${column} = ?`;
  }
  const parts: string[] = [];
  for (const [operator, operand] of Object.entries(value as Record<string, unknown>)) {
    if (!OPERATORS.has(operator)) throw badRequest(`The filter '${name}' has the unknown operator '${operator}'.`);
    if (operator === '$exists') {
      if (typeof operand !== 'boolean') throw badRequest(`The operator '$exists' of filter '${name}' needs a boolean.`);
      parts.push(`${column} IS ${operand ? 'NOT ' : ''}NULL`);
    } else if (operator === '$in' || operator === '$notIn') {
      if (!Array.isArray(operand)) throw badRequest(`The operator '${operator}' of filter '${name}' needs an array.`);
      if (operand.length === 0) {
        parts.push(operator === '$in' ? '0' : '1');
        continue;
      }
      for (const item of operand) params.push(convert(name, field.kind, item));
      parts.push(`${column} ${operator === '$in' ? 'IN' : 'NOT IN'} (${operand.map(() => '?').join(', ')})`);
    } else if (operator === '$like') {
      if (typeof operand !== 'string') throw badRequest(`The operator '$like' of filter '${name}' needs a string.`);
      // Camunda's like uses * and ? as wildcards
      params.push(operand.replace(/[%_]/g, '\\$&').replace(/\*/g, '%').replace(/\?/g, '_'));
      parts.push(`${column} LIKE ? ESCAPE '\\'`);
    } else {
      params.push(convert(name, field.kind, operand));
      const sql = { $eq: '=', $neq: '!=', $gt: '>', $gte: '>=', $lt: '<', $lte: '<=' }[operator as '$eq'];
      parts.push(`${column} ${sql} ?`);
    }
  }
  return parts.length > 0 ? `(${parts.join(' AND ')})` : '1';
}

export function buildQuery(spec: SearchSpec, request: SearchRequest) {
  if (request === null || typeof request !== 'object' || Array.isArray(request)) throw badRequest('The search request must be a JSON object.');
  const where: string[] = spec.baseWhere ? [spec.baseWhere] : [];
  const params: unknown[] = [];
  const filter = request.filter ?? {};
  if (typeof filter !== 'object' || filter === null || Array.isArray(filter)) throw badRequest(`'filter' must be an object.`);
  for (const [name, value] of Object.entries(filter)) {
    if (value === undefined) continue;
    const custom = spec.custom?.[name];
    if (custom) {
      const part = custom(value);
      where.push(part.sql);
      params.push(...part.params);
      continue;
    }
    const field = spec.fields[name];
    if (!field) throw badRequest(`The filter property '${name}' is not supported. Supported: ${[...Object.keys(spec.fields), ...Object.keys(spec.custom ?? {})].join(', ')}.`);
    where.push(predicate(name, field, value, params));
  }

  const order: string[] = [];
  if (request.sort !== undefined) {
    if (!Array.isArray(request.sort)) throw badRequest(`'sort' must be an array.`);
    for (const entry of request.sort) {
      const field = entry && typeof entry === 'object' ? spec.fields[entry.field] : undefined;
      if (!field || field.sortable === false) throw badRequest(`Cannot sort by '${entry?.field}'.`);
      const direction = (entry.order ?? 'ASC').toUpperCase();
      if (direction !== 'ASC' && direction !== 'DESC') throw badRequest(`The sort order '${entry.order}' must be ASC or DESC.`);
      order.push(`${field.column} IS NULL, ${field.column} ${direction}`);
    }
  }
  order.push(spec.defaultOrder);

  const page = request.page ?? {};
  // an array is no page either (it used to pass as one with the default limit)
  if (typeof page !== 'object' || page === null || Array.isArray(page)) throw badRequest(`'page' must be an object.`);
  const limit = page.limit ?? 100;
  if (!Number.isInteger(limit) || limit < 1 || limit > 10_000) throw badRequest(`'page.limit' must be an integer from 1 to 10000.`);
  let offset = page.from ?? 0;
  if (!Number.isInteger(offset) || offset < 0) throw badRequest(`'page.from' must be a non-negative integer.`);
  if (page.after !== undefined) offset = decodeCursor(page.after) + 1;
  if (page.before !== undefined) offset = Math.max(0, decodeCursor(page.before) - limit);

  const whereSql = where.length > 0 ? `WHERE ${where.join(' AND ')}` : '';
  return {
    sql: `SELECT * FROM ${spec.table} ${whereSql} ORDER BY ${order.join(', ')} LIMIT ${limit} OFFSET ${offset}`,
    countSql: `SELECT count(*) AS n FROM ${spec.table} ${whereSql}`,
    params,
    offset,
  };
}

export function pageOf<T>(items: T[], totalItems: number, offset: number): SearchPage<T> {
  const page: SearchPage<T>['page'] = { totalItems, hasMoreTotalItems: false };
  if (items.length > 0) {
    page.startCursor = encodeCursor(offset);
    page.endCursor = encodeCursor(offset + items.length - 1);
  }
  return { items, page };
}
