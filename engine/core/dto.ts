/** Rows of the engine's tables turned into the Camunda 8.8 REST API's response items. */

const TENANT = '<default>';
const key = (value: number | null | undefined) => (value === null || value === undefined ? undefined : String(value));
/** drops undefined properties so optional fields are absent rather than null */
const clean = <T extends object>(value: T): T => Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined && v !== null)) as T;

export interface ProcessDefinitionRow {
  pd_key: number; bpmn_process_id: string; version: number; name: string | null; version_tag: string | null;
  resource_name: string; xml: string;
}
export interface ProcessInstanceRow {
  pi_key: number; pd_key: number; bpmn_process_id: string; version: number; state: string; start_date: string;
  end_date: string | null; incident_count: number; pd_name: string | null; version_tag: string | null;
}
export interface JobRow {
  job_key: number; type: string; state: string; retries: number; pi_key: number; ei_key: number; pd_key: number;
  bpmn_process_id: string; version: number; element_id: string; custom_headers: string; worker: string | null;
  deadline: number | null; activatable_at: number; error_message: string | null; error_code: string | null;
}
export interface UserTaskRow {
  ut_key: number; ei_key: number; pi_key: number; pd_key: number; bpmn_process_id: string; version: number;
  element_id: string; name: string | null; process_name: string | null; state: string; assignee: string | null;
  candidate_groups: string; candidate_users: string; due_date: string | null; follow_up_date: string | null;
  form_key: number | null; external_form_reference: string | null; priority: number; creation_date: string;
  completion_date: string | null; custom_headers: string;
}
export interface IncidentRow {
  incident_key: number; pi_key: number; pd_key: number; bpmn_process_id: string; element_id: string; ei_key: number;
  job_key: number | null; error_type: string; error_message: string; state: string; creation_time: string;
  retry_action: string | null;
}
export interface VariableRow { var_key: number; scope_key: number; pi_key: number; name: string; value: string }
export interface FormRow { form_key: number; form_id: string; version: number; schema: string }
export interface TimerRow {
  timer_key: number; pi_key: number | null; ei_key: number | null; pd_key: number; element_id: string; due: number;
  repetitions: number; interval: string | null; role: 'start' | 'catch' | 'boundary' | 'gateway';
}

export const processDefinition = (row: ProcessDefinitionRow) =>
  clean({
    name: row.name ?? undefined,
    resourceName: row.resource_name,
    version: row.version,
    versionTag: row.version_tag ?? undefined,
    processDefinitionId: row.bpmn_process_id,
    tenantId: TENANT,
    processDefinitionKey: String(row.pd_key),
    hasStartForm: false,
  });

export const processInstance = (row: ProcessInstanceRow) =>
  clean({
    processDefinitionId: row.bpmn_process_id,
    processDefinitionName: row.pd_name ?? row.bpmn_process_id,
    processDefinitionVersion: row.version,
    processDefinitionVersionTag: row.version_tag ?? undefined,
    startDate: row.start_date,
    endDate: row.end_date ?? undefined,
    state: row.state as 'ACTIVE' | 'COMPLETED' | 'TERMINATED',
    hasIncident: row.incident_count > 0,
    tenantId: TENANT,
    processInstanceKey: String(row.pi_key),
    processDefinitionKey: String(row.pd_key),
  });

export const activatedJob = (row: JobRow, variables: Record<string, unknown>) => ({
  type: row.type,
  processDefinitionId: row.bpmn_process_id,
  processDefinitionVersion: row.version,
  elementId: row.element_id,
  customHeaders: JSON.parse(row.custom_headers) as Record<string, unknown>,
  worker: row.worker ?? '',
  retries: row.retries,
  deadline: row.deadline ?? 0,
  variables,
  tenantId: TENANT,
  jobKey: String(row.job_key),
  processInstanceKey: String(row.pi_key),
  processDefinitionKey: String(row.pd_key),
  elementInstanceKey: String(row.ei_key),
  kind: 'BPMN_ELEMENT' as const,
  listenerEventType: 'UNSPECIFIED' as const,
});

const JOB_STATES: Record<string, string> = {
  ACTIVATABLE: 'CREATED', ACTIVATED: 'CREATED', FAILED: 'FAILED', COMPLETED: 'COMPLETED', CANCELED: 'CANCELED', ERROR_THROWN: 'ERROR_THROWN',
};

export const jobSearchItem = (row: JobRow) =>
  clean({
    customHeaders: JSON.parse(row.custom_headers) as Record<string, string>,
    elementId: row.element_id,
    elementInstanceKey: String(row.ei_key),
    errorCode: row.error_code ?? undefined,
    errorMessage: row.error_message ?? undefined,
    hasFailedWithRetriesLeft: row.state === 'ACTIVATABLE' && !!row.error_message,
    isDenied: false,
    deadline: row.deadline ? new Date(row.deadline).toISOString() : undefined,
    jobKey: String(row.job_key),
    kind: 'BPMN_ELEMENT',
    listenerEventType: 'UNSPECIFIED',
    processDefinitionId: row.bpmn_process_id,
    processDefinitionKey: String(row.pd_key),
    processInstanceKey: String(row.pi_key),
    retries: row.retries,
    state: JOB_STATES[row.state] ?? row.state,
    tenantId: TENANT,
    type: row.type,
    worker: row.worker ?? '',
  });

export const userTask = (row: UserTaskRow) =>
  clean({
    name: row.name ?? undefined,
    state: row.state as 'CREATED' | 'COMPLETED' | 'CANCELED',
    assignee: row.assignee ?? undefined,
    elementId: row.element_id,
    candidateGroups: JSON.parse(row.candidate_groups) as string[],
    candidateUsers: JSON.parse(row.candidate_users) as string[],
    processDefinitionId: row.bpmn_process_id,
    creationDate: row.creation_date,
    completionDate: row.completion_date ?? undefined,
    followUpDate: row.follow_up_date ?? undefined,
    dueDate: row.due_date ?? undefined,
    tenantId: TENANT,
    externalFormReference: row.external_form_reference ?? undefined,
    processDefinitionVersion: row.version,
    customHeaders: JSON.parse(row.custom_headers) as Record<string, string>,
    priority: row.priority,
    userTaskKey: String(row.ut_key),
    elementInstanceKey: String(row.ei_key),
    processName: row.process_name ?? undefined,
    processDefinitionKey: String(row.pd_key),
    processInstanceKey: String(row.pi_key),
    formKey: key(row.form_key),
  });

export const incident = (row: IncidentRow) =>
  clean({
    processDefinitionId: row.bpmn_process_id,
    errorType: row.error_type,
    errorMessage: row.error_message,
    elementId: row.element_id,
    creationTime: row.creation_time,
    state: row.state as 'ACTIVE' | 'RESOLVED',
    tenantId: TENANT,
    incidentKey: String(row.incident_key),
    processDefinitionKey: String(row.pd_key),
    processInstanceKey: String(row.pi_key),
    elementInstanceKey: String(row.ei_key),
    jobKey: key(row.job_key),
  });

/** Camunda truncates long values in search results; the full value is at GET /variables/{key}. */
export const TRUNCATE_AT = 8191;

export const variableSearchItem = (row: VariableRow, truncate: boolean) => ({
  name: row.name,
  tenantId: TENANT,
  variableKey: String(row.var_key),
  scopeKey: String(row.scope_key),
  processInstanceKey: String(row.pi_key),
  value: truncate && row.value.length > TRUNCATE_AT ? row.value.slice(0, TRUNCATE_AT) : row.value,
  isTruncated: truncate && row.value.length > TRUNCATE_AT,
});

export const variable = (row: VariableRow) => ({
  name: row.name,
  tenantId: TENANT,
  variableKey: String(row.var_key),
  scopeKey: String(row.scope_key),
  processInstanceKey: String(row.pi_key),
  value: row.value,
});

export const form = (row: FormRow) => ({
  tenantId: TENANT,
  formId: row.form_id,
  schema: JSON.parse(row.schema) as Record<string, unknown>,
  version: row.version,
  formKey: String(row.form_key),
});

export const documentReference = (documentId: string, storeId: string, contentHash: string, metadata: Record<string, unknown>) => ({
  'camunda.document.type': 'camunda' as const,
  storeId,
  documentId,
  contentHash,
  metadata,
});
