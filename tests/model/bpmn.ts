/** Builds small BPMN files for the model tests, in the shape Camunda Modeler writes for Camunda 8.8. */

export interface WrapOptions {
  /** process id, default `Process_1` */
  id?: string;
  name?: string;
  /** default true */
  executable?: boolean;
  /** root-level XML placed after the process (messages, errors, further processes) */
  roots?: string;
  /** extension elements of the process (e.g. `<zeebe:versionTag value="1"/>`) */
  processExtensions?: string;
}

export const NAMESPACES = [
  'xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"',
  'xmlns:bpmndi="http://www.omg.org/spec/BPMN/20100524/DI"',
  'xmlns:dc="http://www.omg.org/spec/DD/20100524/DC"',
  'xmlns:di="http://www.omg.org/spec/DD/20100524/DI"',
  'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance"',
  'xmlns:zeebe="http://camunda.org/schema/zeebe/1.0"',
  'xmlns:modeler="http://camunda.org/schema/modeler/1.0"',
].join(' ');

/** Wraps root-level XML in a `bpmn:definitions` envelope. */
export function definitions(rootsXml: string): string {
  return `<?xml version="1.0" encoding="UTF-8"?>
<bpmn:definitions ${NAMESPACES} id="Definitions_1" targetNamespace="http://bpmn.io/schema/bpmn" exporter="Camunda Modeler" exporterVersion="5.40.0" modeler:executionPlatform="Camunda Cloud" modeler:executionPlatformVersion="8.8.0">
${rootsXml}
</bpmn:definitions>
`;
}

/** Wraps process body XML in the definitions/process envelope. */
export function wrapProcess(body: string, options: WrapOptions = {}): string {
  const id = options.id ?? 'Process_1';
  const name = options.name === undefined ? '' : ` name="${options.name}"`;
  const executable = options.executable ?? true;
  const extensions = options.processExtensions
    ? `<bpmn:extensionElements>${options.processExtensions}</bpmn:extensionElements>`
    : '';
  return definitions(
    `<bpmn:process id="${id}"${name} isExecutable="${executable}">${extensions}
${body}
</bpmn:process>
${options.roots ?? ''}`,
  );
}

/** A service task with a job type (`zeebe:taskDefinition`). */
export function serviceTask(id: string, type = 'work', extra = ''): string {
  return `<bpmn:serviceTask id="${id}"><bpmn:extensionElements><zeebe:taskDefinition type="${type}"/></bpmn:extensionElements>${extra}</bpmn:serviceTask>`;
}

export function flow(id: string, sourceRef: string, targetRef: string, condition?: string): string {
  const body =
    condition === undefined
      ? ''
      : `<bpmn:conditionExpression xsi:type="bpmn:tFormalExpression">${condition.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')}</bpmn:conditionExpression>`;
  return `<bpmn:sequenceFlow id="${id}" sourceRef="${sourceRef}" targetRef="${targetRef}">${body}</bpmn:sequenceFlow>`;
}

/** start → given elements chained by flows → end; `ids` are the ids of the middle elements. */
export function chain(middle: { id: string; xml: string }[]): string {
  const ids = ['Start', ...middle.map((m) => m.id), 'End'];
  const flows = ids.slice(1).map((id, i) => flow(`Flow_${i + 1}`, ids[i], id));
  return [
    '<bpmn:startEvent id="Start"/>',
    ...middle.map((m) => m.xml),
    '<bpmn:endEvent id="End"/>',
    ...flows,
  ].join('\n');
}

/** Escapes text for an XML attribute value. */
export function attr(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** A `bpmn:message`, with a `zeebe:subscription` when a correlation key is given. */
export function message(id: string, name: string, correlationKey?: string): string {
  const subscription =
    correlationKey === undefined
      ? ''
      : `<bpmn:extensionElements><zeebe:subscription correlationKey="${attr(correlationKey)}"/></bpmn:extensionElements>`;
  return `<bpmn:message id="${id}" name="${attr(name)}">${subscription}</bpmn:message>`;
}
