/** Which filter and sort fields each search endpoint accepts, and the columns behind them. */
import type { SearchSpec } from './search.js';
import { badRequest } from './errors.js';

const jsonArrayContains = (column: string, name: string) => (value: unknown) => {
  if (typeof value !== 'string') throw badRequest(`The value of filter '${name}' must be a string.`);
  return { sql: `EXISTS (SELECT 1 FROM json_each(${column}) WHERE json_each.value = ?)`, params: [value] };
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
  custom: {
    state: (value) => {
      const states: Record<string, string[]> = { CREATED: ['ACTIVATABLE', 'ACTIVATED'], FAILED: ['FAILED'], COMPLETED: ['COMPLETED'], CANCELED: ['CANCELED'], ERROR_THROWN: ['ERROR_THROWN'] };
      if (typeof value !== 'string' || !states[value]) throw badRequest(`The value of filter 'state' must be one of ${Object.keys(states).join(', ')}.`);
      return { sql: `state IN (${states[value].map(() => '?').join(', ')})`, params: states[value] };
    },
  },
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
    isTruncated: () => ({ sql: '1', params: [] }),
  },
  defaultOrder: 'var_key ASC',
};
