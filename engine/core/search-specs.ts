/** Which filter and sort fields each search endpoint accepts, and the columns behind them. */
import type { SearchSpec } from './search.js';
import { badRequest } from './errors.js';
import { TRUNCATE_AT } from './dto.js';

/** Camunda's like pattern (`*` any run, `?` one character) as an SQL LIKE pattern with `\` escapes. */
const likePattern = (pattern: string) => pattern.replace(/[%_\\]/g, '\\$&').replace(/\*/g, '%').replace(/\?/g, '_');

const isPlainObject = (value: unknown): value is Record<string, unknown> => value !== null && typeof value === 'object' && !Array.isArray(value);

const stringList = (name: string, operator: string, operand: unknown): string[] => {
  if (!Array.isArray(operand) || !operand.every((item) => typeof item === 'string')) throw badRequest(`The operator '${operator}' of filter '${name}' needs an array of strings.`);
  return operand;
};

/**
 * Membership in a JSON array column (candidate groups and users). Like Camunda's
 * StringFilterProperty it takes a plain string or an advanced filter ($eq, $neq, $in, $notIn,
 * $like, $exists) — the official client sends either, a plain-string-only filter answered the
 * advanced form with 400.
 */
const jsonArrayContains = (column: string, name: string) => (value: unknown) => {
  const member = (condition: string) => `EXISTS (SELECT 1 FROM json_each(${column}) WHERE ${condition})`;
  if (typeof value === 'string') return { sql: member('json_each.value = ?'), params: [value] };
  if (!isPlainObject(value)) throw badRequest(`The value of filter '${name}' must be a string or an advanced string filter.`);
  const parts: string[] = [];
  const params: unknown[] = [];
  for (const [operator, operand] of Object.entries(value)) {
    if (operator === '$exists') {
      if (typeof operand !== 'boolean') throw badRequest(`The operator '$exists' of filter '${name}' needs a boolean.`);
      parts.push(`json_array_length(${column}) ${operand ? '>' : '='} 0`);
    } else if (operator === '$eq' || operator === '$neq') {
      if (typeof operand !== 'string') throw badRequest(`The operator '${operator}' of filter '${name}' needs a string.`);
      parts.push(`${operator === '$neq' ? 'NOT ' : ''}${member('json_each.value = ?')}`);
      params.push(operand);
    } else if (operator === '$in' || operator === '$notIn') {
      const list = stringList(name, operator, operand);
      const any = list.length === 0 ? '0' : member(`json_each.value IN (${list.map(() => '?').join(', ')})`);
      parts.push(operator === '$in' ? any : `NOT ${any}`);
      params.push(...list);
    } else if (operator === '$like') {
      if (typeof operand !== 'string') throw badRequest(`The operator '$like' of filter '${name}' needs a string.`);
      parts.push(member(`json_each.value LIKE ? ESCAPE '\\'`));
      params.push(likePattern(operand));
    } else {
      throw badRequest(`The filter '${name}' has the unknown operator '${operator}'.`);
    }
  }
  return { sql: parts.length > 0 ? `(${parts.join(' AND ')})` : '1', params };
};

export const processDefinitions: SearchSpec = {
  table: 'process_definitions',
  fields: {
    processDefinitionKey: { column: 'pd_key', kind: 'key' },
    processDefinitionId: { column: 'bpmn_process_id', kind: 'string' },
    name: { column: 'name', kind: 'string' },
    version: { column: 'version', kind: 'int' },
    versionTag: { column: 'version_tag', kind: 'string' },
    resourceName: { column: 'resource_name', kind: 'string' },
    tenantId: { column: 'tenant_id', kind: 'string' },
  },
  custom: {
    isLatestVersion: (value) => {
      if (typeof value !== 'boolean') throw badRequest(`The value of filter 'isLatestVersion' must be a boolean.`);
      return { sql: `(version ${value ? '=' : '<'} (SELECT max(version) FROM process_definitions q WHERE q.bpmn_process_id = process_definitions.bpmn_process_id))`, params: [] };
    },
  },
  defaultOrder: 'pd_key ASC',
};

export const processInstances: SearchSpec = {
  table: `(SELECT p.*, d.name AS pd_name, d.version_tag FROM process_instances p JOIN process_definitions d ON d.pd_key = p.pd_key)`,
  fields: {
    processInstanceKey: { column: 'pi_key', kind: 'key' },
    processDefinitionKey: { column: 'pd_key', kind: 'key' },
    processDefinitionId: { column: 'bpmn_process_id', kind: 'string' },
    processDefinitionName: { column: 'pd_name', kind: 'string' },
    processDefinitionVersion: { column: 'version', kind: 'int' },
    processDefinitionVersionTag: { column: 'version_tag', kind: 'string' },
    state: { column: 'state', kind: 'string' },
    startDate: { column: 'start_date', kind: 'date' },
    endDate: { column: 'end_date', kind: 'date' },
    tenantId: { column: 'tenant_id', kind: 'string' },
  },
  custom: {
    hasIncident: (value) => {
      if (typeof value !== 'boolean') throw badRequest(`The value of filter 'hasIncident' must be a boolean.`);
      return { sql: value ? 'incident_count > 0' : 'incident_count = 0', params: [] };
    },
  },
  defaultOrder: 'pi_key ASC',
};

/** The job states of the API and the engine's internal states behind each. */
const JOB_STATES: Record<string, string[]> = {
  CREATED: ['ACTIVATABLE', 'ACTIVATED'],
  FAILED: ['FAILED'],
  COMPLETED: ['COMPLETED'],
  CANCELED: ['CANCELED'],
  ERROR_THROWN: ['ERROR_THROWN'],
  // states of the API the engine never records; valid in a filter, matching nothing
  MIGRATED: [],
  RETRIES_UPDATED: [],
  TIMED_OUT: [],
};

/**
 * The job `state` filter: a state or an advanced filter ($eq, $neq, $in, $notIn, $like, $exists),
 * as Camunda's JobStateFilterProperty; an advanced filter used to be refused with 400.
 */
function jobStateFilter(value: unknown): { sql: string; params: unknown[] } {
  const internal = (state: unknown): string[] => {
    if (typeof state !== 'string' || !(state in JOB_STATES)) throw badRequest(`The value of filter 'state' must be one of ${Object.keys(JOB_STATES).join(', ')}, but was ${JSON.stringify(state)}.`);
    return JOB_STATES[state];
  };
  const within = (states: string[], negate: boolean) =>
    states.length === 0 ? { sql: negate ? '1' : '0', params: [] } : { sql: `state ${negate ? 'NOT ' : ''}IN (${states.map(() => '?').join(', ')})`, params: states };
  if (!isPlainObject(value)) return within(internal(value), false);
  const parts: Array<{ sql: string; params: unknown[] }> = [];
  for (const [operator, operand] of Object.entries(value)) {
    if (operator === '$eq' || operator === '$neq') parts.push(within(internal(operand), operator === '$neq'));
    else if (operator === '$in' || operator === '$notIn') {
      if (!Array.isArray(operand)) throw badRequest(`The operator '${operator}' of filter 'state' needs an array.`);
      parts.push(within(operand.flatMap(internal), operator === '$notIn'));
    } else if (operator === '$exists') {
      if (typeof operand !== 'boolean') throw badRequest(`The operator '$exists' of filter 'state' needs a boolean.`);
      parts.push({ sql: operand ? '1' : '0', params: [] });
    } else if (operator === '$like') {
      if (typeof operand !== 'string') throw badRequest(`The operator '$like' of filter 'state' needs a string.`);
      const source = operand.replace(/[.+^$|()[\]{}\\]/g, '\\$&').replace(/\*/g, '.*').replace(/\?/g, '.');
      const regex = new RegExp(`^${source}$`);
      parts.push(within(Object.keys(JOB_STATES).filter((state) => regex.test(state)).flatMap((state) => JOB_STATES[state]), false));
    } else {
      throw badRequest(`The filter 'state' has the unknown operator '${operator}'.`);
    }
  }
  return parts.length === 0 ? { sql: '1', params: [] } : { sql: `(${parts.map((p) => p.sql).join(' AND ')})`, params: parts.flatMap((p) => p.params) };
}

export const jobs: SearchSpec = {
  table: 'jobs',
  fields: {
    jobKey: { column: 'job_key', kind: 'key' },
    type: { column: 'type', kind: 'string' },
    worker: { column: 'worker', kind: 'string' },
    retries: { column: 'retries', kind: 'int' },
    processInstanceKey: { column: 'pi_key', kind: 'key' },
    processDefinitionKey: { column: 'pd_key', kind: 'key' },
    processDefinitionId: { column: 'bpmn_process_id', kind: 'string' },
    elementId: { column: 'element_id', kind: 'string' },
    elementInstanceKey: { column: 'ei_key', kind: 'key' },
    tenantId: { column: 'tenant_id', kind: 'string' },
  },
  custom: { state: jobStateFilter },
  defaultOrder: 'job_key ASC',
};

export const userTasks: SearchSpec = {
  table: 'user_tasks',
  fields: {
    userTaskKey: { column: 'ut_key', kind: 'key' },
    state: { column: 'state', kind: 'string' },
    assignee: { column: 'assignee', kind: 'string' },
    priority: { column: 'priority', kind: 'int' },
    elementId: { column: 'element_id', kind: 'string' },
    name: { column: 'name', kind: 'string' },
    processDefinitionId: { column: 'bpmn_process_id', kind: 'string' },
    processDefinitionKey: { column: 'pd_key', kind: 'key' },
    processInstanceKey: { column: 'pi_key', kind: 'key' },
    elementInstanceKey: { column: 'ei_key', kind: 'key' },
    formKey: { column: 'form_key', kind: 'key' },
    tenantId: { column: 'tenant_id', kind: 'string' },
    creationDate: { column: 'creation_date', kind: 'date' },
    completionDate: { column: 'completion_date', kind: 'date' },
    dueDate: { column: 'due_date', kind: 'date' },
    followUpDate: { column: 'follow_up_date', kind: 'date' },
  },
  custom: {
    candidateGroup: jsonArrayContains('candidate_groups', 'candidateGroup'),
    candidateUser: jsonArrayContains('candidate_users', 'candidateUser'),
  },
  defaultOrder: 'ut_key ASC',
};

export const incidents: SearchSpec = {
  table: 'incidents',
  fields: {
    incidentKey: { column: 'incident_key', kind: 'key' },
    processDefinitionKey: { column: 'pd_key', kind: 'key' },
    processDefinitionId: { column: 'bpmn_process_id', kind: 'string' },
    processInstanceKey: { column: 'pi_key', kind: 'key' },
    errorType: { column: 'error_type', kind: 'string' },
    errorMessage: { column: 'error_message', kind: 'string' },
    elementId: { column: 'element_id', kind: 'string' },
    elementInstanceKey: { column: 'ei_key', kind: 'key' },
    creationTime: { column: 'creation_time', kind: 'date' },
    state: { column: 'state', kind: 'string' },
    jobKey: { column: 'job_key', kind: 'key' },
    tenantId: { column: 'tenant_id', kind: 'string' },
  },
  defaultOrder: 'incident_key ASC',
};

export const variables: SearchSpec = {
  table: `(SELECT *, '<default>' AS tenant_id FROM variables)`,
  fields: {
    variableKey: { column: 'var_key', kind: 'key' },
    name: { column: 'name', kind: 'string' },
    value: { column: 'value', kind: 'string' },
    scopeKey: { column: 'scope_key', kind: 'key' },
    processInstanceKey: { column: 'pi_key', kind: 'key' },
    tenantId: { column: 'tenant_id', kind: 'string' },
  },
  custom: {
    // the search results truncate values longer than TRUNCATE_AT (see dto.variableSearchItem);
    // this filter used to match every variable whatever its value
    isTruncated: (value) => {
      if (typeof value !== 'boolean') throw badRequest(`The value of filter 'isTruncated' must be a boolean.`);
      return { sql: `length(value) ${value ? '>' : '<='} ${TRUNCATE_AT}`, params: [] };
    },
  },
  defaultOrder: 'var_key ASC',
};
