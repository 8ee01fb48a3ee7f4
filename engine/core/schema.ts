/**
 * SQLite schema of the embedded engine. Only live state is kept per element (an element instance
 * row is deleted when the element completes), so parked instances cost disk, not memory.
 */
export const SCHEMA = `
CREATE TABLE IF NOT EXISTS meta (name TEXT PRIMARY KEY, value TEXT NOT NULL);

CREATE TABLE IF NOT EXISTS deployments (
  deployment_key INTEGER PRIMARY KEY, tenant_id TEXT NOT NULL, created_at TEXT NOT NULL);

CREATE TABLE IF NOT EXISTS process_definitions (
  pd_key INTEGER PRIMARY KEY, bpmn_process_id TEXT NOT NULL, version INTEGER NOT NULL,
  name TEXT, version_tag TEXT, resource_name TEXT NOT NULL, checksum TEXT NOT NULL,
  xml TEXT NOT NULL, deployment_key INTEGER NOT NULL, tenant_id TEXT NOT NULL,
  UNIQUE (bpmn_process_id, version));

CREATE TABLE IF NOT EXISTS forms (
  form_key INTEGER PRIMARY KEY, form_id TEXT NOT NULL, version INTEGER NOT NULL,
  resource_name TEXT NOT NULL, checksum TEXT NOT NULL, schema TEXT NOT NULL,
  deployment_key INTEGER NOT NULL, tenant_id TEXT NOT NULL, UNIQUE (form_id, version));

CREATE TABLE IF NOT EXISTS process_instances (
  pi_key INTEGER PRIMARY KEY, pd_key INTEGER NOT NULL, bpmn_process_id TEXT NOT NULL,
  version INTEGER NOT NULL, state TEXT NOT NULL, start_date TEXT NOT NULL, end_date TEXT,
  incident_count INTEGER NOT NULL DEFAULT 0, start_correlation_key TEXT, tenant_id TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS pi_state ON process_instances (state, bpmn_process_id);

CREATE TABLE IF NOT EXISTS element_instances (
  ei_key INTEGER PRIMARY KEY, pi_key INTEGER NOT NULL, pd_key INTEGER NOT NULL,
  element_id TEXT NOT NULL, flow_scope_key INTEGER, role TEXT NOT NULL, state TEXT NOT NULL,
  data TEXT);
CREATE INDEX IF NOT EXISTS ei_scope ON element_instances (flow_scope_key);
CREATE INDEX IF NOT EXISTS ei_pi ON element_instances (pi_key);

CREATE TABLE IF NOT EXISTS join_tokens (
  flow_scope_key INTEGER NOT NULL, gateway_id TEXT NOT NULL, flow_id TEXT NOT NULL,
  count INTEGER NOT NULL, PRIMARY KEY (flow_scope_key, gateway_id, flow_id));

CREATE TABLE IF NOT EXISTS variables (
  var_key INTEGER PRIMARY KEY, scope_key INTEGER NOT NULL, pi_key INTEGER NOT NULL,
  name TEXT NOT NULL, value TEXT NOT NULL, UNIQUE (scope_key, name));
CREATE INDEX IF NOT EXISTS var_pi ON variables (pi_key);

CREATE TABLE IF NOT EXISTS jobs (
  job_key INTEGER PRIMARY KEY, type TEXT NOT NULL, state TEXT NOT NULL, retries INTEGER NOT NULL,
  pi_key INTEGER NOT NULL, ei_key INTEGER NOT NULL, pd_key INTEGER NOT NULL,
  bpmn_process_id TEXT NOT NULL, version INTEGER NOT NULL, element_id TEXT NOT NULL,
  custom_headers TEXT NOT NULL, worker TEXT, deadline INTEGER, activatable_at INTEGER NOT NULL DEFAULT 0,
  error_message TEXT, error_code TEXT, tenant_id TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS job_activatable ON jobs (type, state, activatable_at);
CREATE INDEX IF NOT EXISTS job_pi ON jobs (pi_key);

CREATE TABLE IF NOT EXISTS user_tasks (
  ut_key INTEGER PRIMARY KEY, ei_key INTEGER NOT NULL, pi_key INTEGER NOT NULL, pd_key INTEGER NOT NULL,
  bpmn_process_id TEXT NOT NULL, version INTEGER NOT NULL, element_id TEXT NOT NULL, name TEXT,
  process_name TEXT, state TEXT NOT NULL, assignee TEXT, candidate_groups TEXT NOT NULL,
  candidate_users TEXT NOT NULL, due_date TEXT, follow_up_date TEXT, form_key INTEGER,
  external_form_reference TEXT, priority INTEGER NOT NULL, creation_date TEXT NOT NULL,
  completion_date TEXT, custom_headers TEXT NOT NULL, tenant_id TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS ut_state ON user_tasks (state);
CREATE INDEX IF NOT EXISTS ut_pi ON user_tasks (pi_key);

CREATE TABLE IF NOT EXISTS subscriptions (
  sub_key INTEGER PRIMARY KEY, pi_key INTEGER NOT NULL, ei_key INTEGER NOT NULL,
  element_id TEXT NOT NULL, message_name TEXT NOT NULL, correlation_key TEXT NOT NULL,
  role TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS sub_msg ON subscriptions (message_name, correlation_key);
CREATE INDEX IF NOT EXISTS sub_ei ON subscriptions (ei_key);

CREATE TABLE IF NOT EXISTS messages (
  msg_key INTEGER PRIMARY KEY, name TEXT NOT NULL, correlation_key TEXT NOT NULL,
  variables TEXT NOT NULL, expires_at INTEGER NOT NULL, message_id TEXT, tenant_id TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS msg_name ON messages (name, correlation_key);
CREATE UNIQUE INDEX IF NOT EXISTS msg_id ON messages (name, correlation_key, message_id) WHERE message_id IS NOT NULL;

CREATE TABLE IF NOT EXISTS message_correlations (
  msg_key INTEGER NOT NULL, target TEXT NOT NULL, PRIMARY KEY (msg_key, target));

CREATE TABLE IF NOT EXISTS timers (
  timer_key INTEGER PRIMARY KEY, pi_key INTEGER, ei_key INTEGER, pd_key INTEGER NOT NULL,
  element_id TEXT NOT NULL, due INTEGER NOT NULL, repetitions INTEGER NOT NULL,
  interval TEXT, role TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS timer_due ON timers (due);
CREATE INDEX IF NOT EXISTS timer_ei ON timers (ei_key);

CREATE TABLE IF NOT EXISTS incidents (
  incident_key INTEGER PRIMARY KEY, pi_key INTEGER NOT NULL, pd_key INTEGER NOT NULL,
  bpmn_process_id TEXT NOT NULL, element_id TEXT NOT NULL, ei_key INTEGER NOT NULL,
  job_key INTEGER, error_type TEXT NOT NULL, error_message TEXT NOT NULL, state TEXT NOT NULL,
  creation_time TEXT NOT NULL, retry_action TEXT, tenant_id TEXT NOT NULL);
CREATE INDEX IF NOT EXISTS inc_pi ON incidents (pi_key, state);

CREATE TABLE IF NOT EXISTS documents (
  document_id TEXT PRIMARY KEY, store_id TEXT NOT NULL, content BLOB NOT NULL,
  content_hash TEXT NOT NULL, metadata TEXT NOT NULL, expires_at INTEGER);
`;
