/**
 * Compiles BPMN 2.0 XML (as saved by Camunda Modeler for Camunda 8.8) into `ProcessModel`s.
 *
 * Parsing is done by bpmn-moddle with the zeebe-bpmn-moddle descriptor. Every reason why the
 * embedded engine cannot deploy the file is collected into `problems` (the compiler never stops
 * at the first problem); a deployment with any problem must be refused. The checks imitate
 * the design-time and deploy-time validation of Zeebe 8.8, restricted to the supported subset.
 */

// bpmn-moddle ships no type declaration for its main entry point; the instance is typed by the
// local `Moddle` interface below, so this works with or without a declaration elsewhere.
// @ts-ignore
import { BpmnModdle } from 'bpmn-moddle';
import zeebeDescriptor from 'zeebe-bpmn-moddle/resources/zeebe.json' with { type: 'json' };

import type {
  ElementKind,
  EventDefinition,
  FlowElement,
  ModelProblem,
  MultiInstanceDefinition,
  ProcessModel,
  SequenceFlow,
  TaskDefinition,
  UserTaskDefinition,
  VariableMapping,
} from './types.js';

export interface CompileResult {
  /** one model per executable process of the file, in document order (also when there are problems) */
  processes: ProcessModel[];
  /** every reason why the file cannot be deployed; empty when it can */
  problems: ModelProblem[];
}

// ---------------------------------------------------------------------------------------------
// The parts of the moddle object tree that are read. Everything is optional: moddle only sets
// what the XML contains (defaults such as cancelActivity=true come from the prototype).

interface MExpression {
  $type: string;
  body?: string;
}

interface MElement {
  readonly $type: string;
  $parent?: MElement;
  id?: string;
  name?: string;
  // containers
  rootElements?: MElement[];
  flowElements?: MElement[];
  isExecutable?: boolean;
  triggeredByEvent?: boolean;
  extensionElements?: { values?: MElement[] };
  // flow nodes
  isForCompensation?: boolean;
  loopCharacteristics?: MElement;
  default?: MElement;
  messageRef?: MElement;
  // events
  eventDefinitions?: MElement[];
  eventDefinitionRef?: MElement[];
  attachedToRef?: MElement;
  cancelActivity?: boolean;
  errorRef?: MElement;
  errorCode?: string;
  timeDuration?: MExpression;
  timeDate?: MExpression;
  timeCycle?: MExpression;
  // sequence flows
  sourceRef?: MElement;
  targetRef?: MElement;
  conditionExpression?: MExpression;
  // multi-instance
  isSequential?: boolean;
  completionCondition?: MExpression;
  // zeebe extension elements
  type?: string;
  retries?: string;
  values?: MElement[];
  key?: string;
  value?: string;
  inputParameters?: MElement[];
  outputParameters?: MElement[];
  source?: string;
  target?: string;
  correlationKey?: string;
  inputCollection?: string;
  inputElement?: string;
  outputCollection?: string;
  outputElement?: string;
  formId?: string;
  formKey?: string;
  externalReference?: string;
  assignee?: string;
  candidateGroups?: string;
  candidateUsers?: string;
  dueDate?: string;
  followUpDate?: string;
  priority?: string;
  listeners?: MElement[];
}

interface ModdleWarning {
  message: string;
  element?: MElement;
  property?: string;
  value?: unknown;
}

interface ParseResult {
  rootElement: MElement;
  warnings: ModdleWarning[];
}

interface Moddle {
  fromXML(xml: string, typeName: string): Promise<ParseResult>;
}

let sharedModdle: Moddle | undefined;

/** The moddle registry is immutable once built, so one instance serves every compilation. */
function moddle(): Moddle {
  if (!sharedModdle) {
    const Ctor = BpmnModdle as unknown as new (packages: Record<string, unknown>) => Moddle;
    sharedModdle = new Ctor({ zeebe: zeebeDescriptor });
  }
  return sharedModdle;
}

// ---------------------------------------------------------------------------------------------
// Static tables

const KIND_BY_TYPE: Record<string, ElementKind> = {
  'bpmn:StartEvent': 'startEvent',
  'bpmn:EndEvent': 'endEvent',
  'bpmn:ServiceTask': 'serviceTask',
  'bpmn:UserTask': 'userTask',
  'bpmn:ReceiveTask': 'receiveTask',
  'bpmn:IntermediateCatchEvent': 'intermediateCatchEvent',
  'bpmn:BoundaryEvent': 'boundaryEvent',
  'bpmn:ExclusiveGateway': 'exclusiveGateway',
  'bpmn:ParallelGateway': 'parallelGateway',
  'bpmn:EventBasedGateway': 'eventBasedGateway',
  'bpmn:SubProcess': 'subProcess',
};

/** Flow elements that carry no execution semantics; they are skipped silently. */
const NON_EXECUTABLE_TYPES = new Set(['bpmn:DataObject', 'bpmn:DataObjectReference', 'bpmn:DataStoreReference']);

/** Element kinds a boundary event may be attached to, and that may be multi-instance. */
const ACTIVITY_KINDS = new Set<ElementKind>(['serviceTask', 'userTask', 'receiveTask', 'subProcess']);

type EventDefinitionName =
  | 'none'
  | 'message'
  | 'timer'
  | 'error'
  | 'terminate'
  | 'signal'
  | 'escalation'
  | 'compensation'
  | 'conditional'
  | 'link'
  | 'cancel';

const EVENT_DEFINITION_NAMES: Record<string, EventDefinitionName> = {
  'bpmn:MessageEventDefinition': 'message',
  'bpmn:TimerEventDefinition': 'timer',
  'bpmn:ErrorEventDefinition': 'error',
  'bpmn:TerminateEventDefinition': 'terminate',
  'bpmn:SignalEventDefinition': 'signal',
  'bpmn:EscalationEventDefinition': 'escalation',
  'bpmn:CompensateEventDefinition': 'compensation',
  'bpmn:ConditionalEventDefinition': 'conditional',
  'bpmn:LinkEventDefinition': 'link',
  'bpmn:CancelEventDefinition': 'cancel',
};

type TimerField = 'timeDuration' | 'timeDate' | 'timeCycle';
const TIMER_FIELDS: TimerField[] = ['timeDuration', 'timeDate', 'timeCycle'];

/** Variable mapping targets, exactly as Zeebe checks them (ASCII names, dotted paths, no reserved words). */
const PATH_PATTERN = /^[a-zA-Z_][a-zA-Z0-9_]*(\.[a-zA-Z_][a-zA-Z0-9_]*)*$/;
const PATH_RESERVED_WORDS = new Set(['null', 'true', 'false', 'function', 'if', 'then', 'else', 'for', 'between', 'instance', 'of']);

/** ISO 8601 duration as Zeebe accepts it (java Period and/or Duration parts, e.g. P1DT2H, PT30S, P2W). */
const ISO_DURATION = /^-?P(?=\d|T\d)(\d+Y)?(\d+M)?(\d+W)?(\d+D)?(T(?=\d)(\d+H)?(\d+M)?(\d+(?:[.,]\d+)?S)?)?$/;

// ---------------------------------------------------------------------------------------------
// Small helpers

function isBlank(value: string | undefined): value is undefined | '' {
  return value === undefined || value.trim() === '';
}

function isExpression(value: string): boolean {
  return value.trimStart().startsWith('=');
}

/** Trimmed body text of a formal expression, undefined when absent or empty. */
function bodyOf(expression: MExpression | undefined): string | undefined {
  const body = expression?.body?.trim();
  return body ? body : undefined;
}

/** `zeebe:TaskDefinition` → `zeebe:taskDefinition`, the name as written in the XML */
function xmlName(type: string): string {
  const [prefix, local] = type.split(':');
  return `${prefix}:${local.charAt(0).toLowerCase()}${local.slice(1)}`;
}

function describe(element: MElement): string {
  return `'${element.id}' (${element.$type})`;
}

/** Builds an object without the keys whose value is undefined. */
function compact<T extends object>(value: T): T {
  for (const key of Object.keys(value) as (keyof T)[]) {
    if (value[key] === undefined) delete value[key];
  }
  return value;
}

/** Makes moddle's multi-line parser messages readable on one line, with 1-based line numbers. */
function formatParserMessage(message: string): string {
  const match = /^([\s\S]*?)\n\s*line: (\d+)\n\s*column: (\d+)\n\s*nested error: ([\s\S]*)$/.exec(message);
  if (!match) return message.replace(/\s*\n\s*/g, '; ').trim();
  const [, head, line, column, nested] = match;
  return `${nested.trim()} (${head.trim()} at line ${Number(line) + 1}, column ${Number(column) + 1})`;
}

/** The nearest element (itself or an ancestor) with an id, for naming a problem. */
function nearestId(element: MElement | undefined): string | undefined {
  for (let current = element; current; current = current.$parent) {
    if (current.id) return current.id;
  }
  return undefined;
}

// ---------------------------------------------------------------------------------------------

/**
 * Parses BPMN XML and compiles every executable process of it.
 *
 * @param xml the file content
 * @param resourceName the deployment resource name, used to name file-level problems
 */
export async function compileBpmn(xml: string, resourceName: string): Promise<CompileResult> {
  const problems: ModelProblem[] = [];

  let parsed: ParseResult;
  try {
    parsed = await moddle().fromXML(xml, 'bpmn:Definitions');
  } catch (error) {
    const err = error as { message?: string; warnings?: ModdleWarning[] };
    const details = [err.message ?? String(error), ...(err.warnings ?? []).map((w) => w.message)]
      .map(formatParserMessage)
      .filter((text, index, all) => all.indexOf(text) === index);
    problems.push({
      elementId: resourceName,
      reason: `the file is not valid BPMN 2.0 XML: ${details.join('; ')}`,
    });
    return { processes: [], problems };
  }

  /** references moddle could not resolve, per element and property, so they are reported once */
  const unresolved = new Map<MElement, Set<string>>();
  // one malformed spot often yields several parser warnings: report them as one problem
  const byText = new Map<string, ModelProblem>();
  for (const warning of parsed.warnings) {
    // a diagram shape or edge pointing to a missing element does not affect execution
    if (warning.element?.$type.startsWith('bpmndi:') && /^unresolved reference/.test(warning.message)) continue;
    const problem = warningToProblem(warning, resourceName, unresolved);
    const location = /^invalid BPMN XML: (.*) (\(unparsable content .*\))$/.exec(problem.reason);
    const key = location ? `${problem.elementId} ${location[2]}` : `${problem.elementId} ${problem.reason}`;
    const previous = byText.get(key);
    if (!previous) {
      byText.set(key, problem);
      problems.push(problem);
    } else if (location) {
      previous.reason = previous.reason.replace(` ${location[2]}`, `; ${location[1]} ${location[2]}`);
    }
  }

  const definitions = parsed.rootElement;
  const executable = (definitions.rootElements ?? []).filter(
    (root) => root.$type === 'bpmn:Process' && root.isExecutable === true,
  );
  if (executable.length === 0) {
    problems.push({
      elementId: resourceName,
      reason: 'the file contains no executable process (a bpmn:process with isExecutable="true")',
    });
  }

  const messageStartEvents = new Map<MElement, string[]>();
  const processes = executable.map((process) =>
    new ProcessCompiler(process, resourceName, problems, unresolved, messageStartEvents).compile(),
  );

  for (const [message, startEventIds] of messageStartEvents) {
    if (startEventIds.length > 1) {
      problems.push({
        elementId: message.id ?? startEventIds[0],
        reason: `message '${message.id}' is referenced by more than one message start event (${startEventIds.join(', ')}); a message can start a process through one start event only`,
      });
    }
  }

  return { processes, problems };
}

function warningToProblem(
  warning: ModdleWarning,
  resourceName: string,
  unresolved: Map<MElement, Set<string>>,
): ModelProblem {
  const message = warning.message ?? String(warning);

  const reference = /^unresolved reference <(.*)>$/.exec(message);
  if (reference && warning.element) {
    const property = warning.property ?? 'reference';
    let properties = unresolved.get(warning.element);
    if (!properties) unresolved.set(warning.element, (properties = new Set()));
    properties.add(property);
    const owner = warning.element.id ? `its ${property}` : `the ${property} of its ${warning.element.$type}`;
    return {
      elementId: nearestId(warning.element) ?? resourceName,
      reason: `${owner} refers to '${reference[1]}', which does not exist in the file`,
    };
  }

  const duplicate = /duplicate ID <([^>]*)>/.exec(message);
  if (duplicate) {
    return {
      elementId: duplicate[1],
      reason: `the id '${duplicate[1]}' is used by more than one element; ids must be unique within the file (the later element was dropped: ${formatParserMessage(message)})`,
    };
  }

  return {
    elementId: resourceName,
    reason: `invalid BPMN XML: ${formatParserMessage(message)}`,
  };
}

// ---------------------------------------------------------------------------------------------

interface RawFlow {
  raw: MElement;
  scopeId: string;
}

class ProcessCompiler {
  private readonly processId: string;
  private readonly elements: Record<string, FlowElement> = {};
  private readonly flows: Record<string, SequenceFlow> = {};
  /** scope id of every flow node and sequence flow of this process, supported or not */
  private readonly scopeOf = new Map<MElement, string>();
  /** the moddle element of every compiled flow element */
  private readonly rawOf = new Map<string, MElement>();
  /** flow nodes reported as unsupported (so that follow-up problems about them are not repeated) */
  private readonly unsupported = new Set<MElement>();
  private readonly rawFlows: RawFlow[] = [];
  private readonly rawFlowById = new Map<string, MElement>();
  private readonly boundaryEvents: MElement[] = [];
  /** number of sequence flows in the XML that end / start at a node (whatever their validity) */
  private readonly rawIncoming = new Map<MElement, number>();
  private readonly rawOutgoing = new Map<MElement, number>();
  private noneStartEventId?: string;
  private readonly messageStartEventIds: string[] = [];
  private readonly timerStartEventIds: string[] = [];

  constructor(
    private readonly process: MElement,
    private readonly resourceName: string,
    private readonly problems: ModelProblem[],
    private readonly unresolved: Map<MElement, Set<string>>,
    private readonly messageStartEvents: Map<MElement, string[]>,
  ) {
    this.processId = process.id ?? resourceName;
  }

  compile(): ProcessModel {
    const process = this.process;
    if (!process.id) {
      this.problem(this.resourceName, 'an executable process has no id; the id is the BPMN process id');
    }
    const processExtensions = process.extensionElements?.values ?? [];
    this.checkListeners(this.processId, processExtensions);
    const versionTag = this.single(this.processId, processExtensions, 'zeebe:VersionTag')?.value;

    const childIds = this.walkScope(process, this.processId, true);
    this.linkFlows();
    this.linkBoundaryEvents();
    for (const element of Object.values(this.elements)) this.validateConnections(element);
    this.validateTopLevelStartEvents(childIds);

    return compact<ProcessModel>({
      id: this.processId,
      name: process.name,
      versionTag: isBlank(versionTag) ? undefined : versionTag,
      elements: this.elements,
      flows: this.flows,
      childIds,
      noneStartEventId: this.noneStartEventId,
      messageStartEventIds: this.messageStartEventIds,
      timerStartEventIds: this.timerStartEventIds,
    });
  }

  private problem(elementId: string, reason: string): void {
    this.problems.push({ elementId, reason });
  }

  private isUnresolved(element: MElement, property: string): boolean {
    return this.unresolved.get(element)?.has(property) ?? false;
  }

  // -------------------------------------------------------------------------------------------
  // Pass 1: walk the scopes and build the elements

  /** Compiles the flow elements of a process or sub-process; returns the ids of its children. */
  private walkScope(container: MElement, scopeId: string, isProcess: boolean): string[] {
    const childIds: string[] = [];
    for (const raw of container.flowElements ?? []) {
      if (!raw.id) {
        this.problem(scopeId, `a ${raw.$type} inside '${scopeId}' has no id; every element needs an id`);
        continue;
      }
      if (raw.$type === 'bpmn:SequenceFlow') {
        this.scopeOf.set(raw, scopeId);
        this.rawFlows.push({ raw, scopeId });
        this.rawFlowById.set(raw.id, raw);
        continue;
      }
      if (NON_EXECUTABLE_TYPES.has(raw.$type)) continue;

      this.scopeOf.set(raw, scopeId);
      const kind = KIND_BY_TYPE[raw.$type];
      if (!kind) {
        this.unsupported.add(raw);
        this.problem(raw.id, `element ${describe(raw)} is not supported by the embedded engine`);
        continue;
      }
      if (kind === 'subProcess' && raw.triggeredByEvent) {
        this.unsupported.add(raw);
        this.problem(
          raw.id,
          `element ${describe(raw)} is an event sub-process (triggeredByEvent="true"), which is not supported by the embedded engine`,
        );
        continue;
      }

      const element = this.buildElement(raw, kind, scopeId, isProcess);
      this.elements[raw.id] = element;
      this.rawOf.set(raw.id, raw);
      childIds.push(raw.id);

      if (kind === 'subProcess') {
        element.childIds = this.walkScope(raw, raw.id, false);
        this.validateSubProcessStart(element);
      }
    }
    return childIds;
  }

  private buildElement(raw: MElement, kind: ElementKind, scopeId: string, isProcess: boolean): FlowElement {
    const id = raw.id!;
    const element: FlowElement = {
      id,
      kind,
      flowScopeId: scopeId,
      incoming: [],
      outgoing: [],
      boundaryEventIds: [],
      taskHeaders: {},
      inputs: [],
      outputs: [],
      childIds: [],
    };
    if (raw.name !== undefined) element.name = raw.name;

    const extensions = raw.extensionElements?.values ?? [];
    this.checkListeners(id, extensions);
    if (raw.isForCompensation) {
      this.problem(id, `element ${describe(raw)} is a compensation handler (isForCompensation="true"); compensation is not supported by the embedded engine`);
    }

    switch (kind) {
      case 'startEvent':
        element.event = this.startEvent(raw, isProcess);
        break;
      case 'endEvent':
        element.event = this.endEvent(raw);
        break;
      case 'intermediateCatchEvent':
        element.event = this.intermediateCatchEvent(raw);
        break;
      case 'boundaryEvent':
        element.event = this.boundaryEvent(raw, element);
        break;
      case 'serviceTask':
        element.taskDefinition = this.taskDefinition(raw, extensions);
        element.taskHeaders = this.taskHeaders(id, extensions);
        break;
      case 'userTask':
        element.userTask = this.userTask(raw, extensions);
        element.taskHeaders = this.taskHeaders(id, extensions);
        break;
      case 'receiveTask':
        element.event = this.messageEvent(raw, raw.messageRef, true, 'bpmn:messageRef');
        break;
      case 'exclusiveGateway':
        if (raw.default?.id) element.defaultFlowId = raw.default.id;
        break;
      case 'parallelGateway':
      case 'eventBasedGateway':
      case 'subProcess':
        break;
    }

    if (!kind.endsWith('Gateway')) {
      const { inputs, outputs } = this.ioMapping(id, extensions);
      element.inputs = inputs;
      element.outputs = outputs;
    }

    if (raw.loopCharacteristics) {
      const multiInstance = this.multiInstance(raw, kind, raw.loopCharacteristics);
      if (multiInstance) element.multiInstance = multiInstance;
    }
    return compact(element);
  }

  /** The single extension element of a type; a problem if there are several. */
  private single(ownerId: string, extensions: MElement[], type: string): MElement | undefined {
    let found: MElement | undefined;
    let count = 0;
    for (const extension of extensions) {
      if (extension.$type === type) {
        count++;
        found ??= extension;
      }
    }
    if (count > 1) {
      this.problem(ownerId, `has ${count} ${xmlName(type)} extension elements; at most one is allowed`);
    }
    return found;
  }

  private checkListeners(ownerId: string, extensions: MElement[]): void {
    for (const extension of extensions) {
      if (extension.$type === 'zeebe:ExecutionListeners' && (extension.listeners?.length ?? 0) > 0) {
        this.problem(ownerId, 'execution listeners (zeebe:executionListeners) are not supported by the embedded engine');
      }
      if (extension.$type === 'zeebe:TaskListeners' && (extension.listeners?.length ?? 0) > 0) {
        this.problem(ownerId, 'task listeners (zeebe:taskListeners) are not supported by the embedded engine');
      }
    }
  }

  // -------------------------------------------------------------------------------------------
  // Events

  /**
   * The single event definition of an event, checked against the allowed kinds. Returns
   * undefined after reporting a problem.
   */
  private eventDefinitionOf(
    raw: MElement,
    allowed: EventDefinitionName[],
    what: string,
  ): { name: EventDefinitionName; definition?: MElement } | undefined {
    if ((raw.eventDefinitionRef?.length ?? 0) > 0) {
      this.problem(raw.id!, `${what} ${describe(raw)} refers to a global event definition (eventDefinitionRef), which is not supported by the embedded engine`);
      return undefined;
    }
    const definitions = raw.eventDefinitions ?? [];
    if (definitions.length > 1) {
      this.problem(raw.id!, `${what} ${describe(raw)} has ${definitions.length} event definitions; exactly one is allowed (multiple/parallel events are not supported)`);
      return undefined;
    }
    const definition = definitions[0];
    const name: EventDefinitionName = definition
      ? (EVENT_DEFINITION_NAMES[definition.$type] ?? (definition.$type as EventDefinitionName))
      : 'none';
    if (!allowed.includes(name)) {
      const subject = name === 'none' ? 'has no event definition' : `has a ${name} event definition`;
      this.problem(
        raw.id!,
        `${what} ${describe(raw)} ${subject}, which is not supported by the embedded engine here (supported: ${allowed.join(', ')})`,
      );
      return undefined;
    }
    return { name, definition };
  }

  private startEvent(raw: MElement, isProcess: boolean): EventDefinition | undefined {
    const id = raw.id!;
    if (!isProcess) {
      const definitions = raw.eventDefinitions ?? [];
      const single = definitions.length === 1 ? EVENT_DEFINITION_NAMES[definitions[0].$type] : undefined;
      if (single === 'message' || single === 'timer') {
        this.problem(id, `start event ${describe(raw)} has a ${single} event definition but lies inside a sub-process; message and timer start events are only allowed at the process level (a sub-process needs one none start event)`);
        return undefined;
      }
      return this.eventDefinitionOf(raw, ['none'], 'start event inside a sub-process') ? { type: 'none' } : undefined;
    }
    const found = this.eventDefinitionOf(raw, ['none', 'message', 'timer'], 'start event');
    if (!found) return undefined;
    switch (found.name) {
      case 'message': {
        this.messageStartEventIds.push(id);
        const message = found.definition!.messageRef;
        if (message) {
          const referencing = this.messageStartEvents.get(message);
          if (referencing) referencing.push(id);
          else this.messageStartEvents.set(message, [id]);
        }
        return this.messageEvent(raw, message, false, 'bpmn:messageRef', found.definition);
      }
      case 'timer':
        this.timerStartEventIds.push(id);
        return this.timerEvent(raw, found.definition!, ['timeDate', 'timeCycle'], 'a timer start event');
      default:
        return { type: 'none' };
    }
  }

  private endEvent(raw: MElement): EventDefinition | undefined {
    const found = this.eventDefinitionOf(raw, ['none', 'error', 'terminate'], 'end event');
    if (!found) return undefined;
    if (found.name === 'terminate') return { type: 'terminate' };
    if (found.name === 'none') return { type: 'none' };

    // error end event: must throw a concrete error code
    const definition = found.definition!;
    const error = definition.errorRef;
    if (!error) {
      if (!this.isUnresolved(definition, 'bpmn:errorRef')) {
        this.problem(raw.id!, `error end event ${describe(raw)} does not reference an error (errorRef); an error end event must throw an error with an error code`);
      }
      return undefined;
    }
    if (error.$type !== 'bpmn:Error') {
      this.problem(raw.id!, `error end event ${describe(raw)} references '${error.id}' (${error.$type}), which is not a bpmn:error`);
      return undefined;
    }
    if (isBlank(error.errorCode)) {
      this.problem(raw.id!, `error end event ${describe(raw)} references error '${error.id}', which has no errorCode`);
      return undefined;
    }
    return { type: 'error', errorCode: error.errorCode };
  }

  private intermediateCatchEvent(raw: MElement): EventDefinition | undefined {
    const found = this.eventDefinitionOf(raw, ['message', 'timer'], 'intermediate catch event');
    if (!found) return undefined;
    if (found.name === 'message') {
      return this.messageEvent(raw, found.definition!.messageRef, true, 'bpmn:messageRef', found.definition);
    }
    return this.timerEvent(raw, found.definition!, ['timeDuration', 'timeDate'], 'an intermediate timer catch event');
  }

  private boundaryEvent(raw: MElement, element: FlowElement): EventDefinition | undefined {
    this.boundaryEvents.push(raw);
    const interrupting = raw.cancelActivity !== false;
    element.cancelActivity = interrupting;
    if (raw.attachedToRef?.id) element.attachedToRef = raw.attachedToRef.id;

    const found = this.eventDefinitionOf(raw, ['error', 'timer', 'message'], 'boundary event');
    if (!found) return undefined;
    const definition = found.definition!;
    switch (found.name) {
      case 'message':
        return this.messageEvent(raw, definition.messageRef, true, 'bpmn:messageRef', definition);
      case 'timer':
        return interrupting
          ? this.timerEvent(raw, definition, ['timeDuration', 'timeDate'], 'an interrupting timer boundary event')
          : this.timerEvent(raw, definition, TIMER_FIELDS, 'a non-interrupting timer boundary event');
      default: {
        if (!interrupting) {
          this.problem(raw.id!, `error boundary event ${describe(raw)} is non-interrupting (cancelActivity="false"); error boundary events are always interrupting`);
        }
        const error = definition.errorRef;
        if (!error) return { type: 'error' };
        if (error.$type !== 'bpmn:Error') {
          this.problem(raw.id!, `error boundary event ${describe(raw)} references '${error.id}' (${error.$type}), which is not a bpmn:error`);
          return undefined;
        }
        if (isBlank(error.errorCode)) return { type: 'error' };
        if (isExpression(error.errorCode)) {
          this.problem(raw.id!, `error boundary event ${describe(raw)} catches error '${error.id}' whose errorCode '${error.errorCode}' is an expression; the error code of a catch event must be static`);
          return undefined;
        }
        return { type: 'error', errorCode: error.errorCode };
      }
    }
  }

  /**
   * A message subscription of a catch event or receive task (`needsCorrelationKey`), or the
   * message of a message start event.
   */
  private messageEvent(
    raw: MElement,
    message: MElement | undefined,
    needsCorrelationKey: boolean,
    property: string,
    definition?: MElement,
  ): EventDefinition | undefined {
    const id = raw.id!;
    if (!message) {
      if (!this.isUnresolved(definition ?? raw, property)) {
        this.problem(id, `${describe(raw)} does not reference a message (messageRef)`);
      }
      return undefined;
    }
    if (message.$type !== 'bpmn:Message') {
      this.problem(id, `${describe(raw)} references '${message.id}' (${message.$type}) as its message, which is not a bpmn:message`);
      return undefined;
    }
    let ok = true;
    const messageName = message.name;
    if (isBlank(messageName)) {
      this.problem(id, `${describe(raw)} references message '${message.id}', which has no name`);
      ok = false;
    }
    if (!needsCorrelationKey) {
      return ok ? { type: 'message', messageName: messageName! } : undefined;
    }

    const subscriptions = (message.extensionElements?.values ?? []).filter((v) => v.$type === 'zeebe:Subscription');
    const correlationKey = subscriptions[0]?.correlationKey;
    if (subscriptions.length > 1) {
      this.problem(id, `message '${message.id}' referenced by ${describe(raw)} has ${subscriptions.length} zeebe:subscription extension elements; exactly one is allowed`);
      ok = false;
    }
    if (isBlank(correlationKey)) {
      this.problem(id, `message '${message.id}' referenced by ${describe(raw)} has no correlation key; add <zeebe:subscription correlationKey="=..."/> to the message`);
      ok = false;
    } else if (!isExpression(correlationKey)) {
      this.problem(id, `the correlation key '${correlationKey}' of message '${message.id}' (used by ${describe(raw)}) must be a FEEL expression starting with '=' (e.g. '=${correlationKey.trim()}')`);
      ok = false;
    }
    return ok ? { type: 'message', messageName: messageName!, correlationKey: correlationKey! } : undefined;
  }

  private timerEvent(raw: MElement, definition: MElement, allowed: TimerField[], what: string): EventDefinition | undefined {
    const id = raw.id!;
    const present = TIMER_FIELDS.filter((field) => definition[field] !== undefined);
    if (present.length !== 1) {
      this.problem(
        id,
        present.length === 0
          ? `timer event ${describe(raw)} has no timer definition; set exactly one of timeDuration, timeDate or timeCycle`
          : `timer event ${describe(raw)} defines ${present.join(' and ')}; exactly one of timeDuration, timeDate or timeCycle is allowed`,
      );
      return undefined;
    }
    const field = present[0];
    if (!allowed.includes(field)) {
      this.problem(id, `${field} is not allowed on ${what} (${describe(raw)}); use ${allowed.join(' or ')}`);
      return undefined;
    }
    const value = bodyOf(definition[field]);
    if (value === undefined) {
      this.problem(id, `the ${field} of timer event ${describe(raw)} is empty`);
      return undefined;
    }
    if (field === 'timeDuration' && !isExpression(value) && !ISO_DURATION.test(value)) {
      this.problem(id, `the timeDuration '${value}' of timer event ${describe(raw)} is not an ISO 8601 duration (e.g. 'PT15M', 'P1DT2H') nor a FEEL expression starting with '='`);
      return undefined;
    }
    return { type: 'timer', [field]: value };
  }

  // -------------------------------------------------------------------------------------------
  // Tasks

  private taskDefinition(raw: MElement, extensions: MElement[]): TaskDefinition | undefined {
    const id = raw.id!;
    const definition = this.single(id, extensions, 'zeebe:TaskDefinition');
    if (!definition || isBlank(definition.type)) {
      this.problem(id, `service task ${describe(raw)} has no job type; add <zeebe:taskDefinition type="..."/>`);
      return undefined;
    }
    if (definition.retries !== undefined && isBlank(definition.retries)) {
      this.problem(id, `service task ${describe(raw)} has an empty retries attribute in zeebe:taskDefinition`);
      return undefined;
    }
    return { type: definition.type, retries: definition.retries ?? '3' };
  }

  private taskHeaders(ownerId: string, extensions: MElement[]): Record<string, string> {
    const headers: Record<string, string> = {};
    const taskHeaders = this.single(ownerId, extensions, 'zeebe:TaskHeaders');
    for (const header of taskHeaders?.values ?? []) {
      if (isBlank(header.key)) {
        this.problem(ownerId, 'has a task header (zeebe:header) without a key');
        continue;
      }
      headers[header.key] = header.value ?? '';
    }
    return headers;
  }

  private userTask(raw: MElement, extensions: MElement[]): UserTaskDefinition | undefined {
    const id = raw.id!;
    if (!this.single(id, extensions, 'zeebe:UserTask')) {
      this.problem(
        id,
        `user task ${describe(raw)} is a job-worker-based user task, which is not supported by the embedded engine; make it a Camunda user task (add <zeebe:userTask/>, "Camunda user task" in the Modeler)`,
      );
      return undefined;
    }
    let ok = true;
    const userTask: UserTaskDefinition = {};

    const form = this.single(id, extensions, 'zeebe:FormDefinition');
    if (form) {
      const hasFormId = !isBlank(form.formId);
      const hasExternal = !isBlank(form.externalReference);
      if (!isBlank(form.formKey)) {
        this.problem(id, `user task ${describe(raw)} uses an embedded or custom form key (formKey '${form.formKey}'), which Camunda user tasks do not support; link a deployed form (formId) or use an external reference`);
        ok = false;
      } else if (hasFormId === hasExternal) {
        this.problem(id, `the zeebe:formDefinition of user task ${describe(raw)} must set exactly one of formId and externalReference`);
        ok = false;
      }
      if (hasFormId) userTask.formId = form.formId;
      if (hasExternal) userTask.externalFormReference = form.externalReference;
    }

    const assignment = this.single(id, extensions, 'zeebe:AssignmentDefinition');
    if (assignment) {
      if (!isBlank(assignment.assignee)) userTask.assignee = assignment.assignee;
      if (!isBlank(assignment.candidateGroups)) userTask.candidateGroups = assignment.candidateGroups;
      if (!isBlank(assignment.candidateUsers)) userTask.candidateUsers = assignment.candidateUsers;
    }

    const schedule = this.single(id, extensions, 'zeebe:TaskSchedule');
    if (schedule) {
      if (!isBlank(schedule.dueDate)) userTask.dueDate = schedule.dueDate;
      if (!isBlank(schedule.followUpDate)) userTask.followUpDate = schedule.followUpDate;
    }

    const priority = this.single(id, extensions, 'zeebe:PriorityDefinition');
    if (priority) {
      const value = priority.priority;
      if (isBlank(value)) {
        this.problem(id, `the zeebe:priorityDefinition of user task ${describe(raw)} has no priority`);
        ok = false;
      } else if (!isExpression(value) && !(/^\d+$/.test(value.trim()) && Number(value) <= 100)) {
        this.problem(id, `the priority '${value}' of user task ${describe(raw)} must be a number between 0 and 100 or a FEEL expression`);
        ok = false;
      } else {
        userTask.priority = value;
      }
    }
    return ok ? userTask : undefined;
  }

  private ioMapping(ownerId: string, extensions: MElement[]): { inputs: VariableMapping[]; outputs: VariableMapping[] } {
    const inputs: VariableMapping[] = [];
    const outputs: VariableMapping[] = [];
    const mapping = this.single(ownerId, extensions, 'zeebe:IoMapping');
    if (!mapping) return { inputs, outputs };

    for (const input of mapping.inputParameters ?? []) {
      if (isBlank(input.target)) {
        this.problem(ownerId, `has an input mapping (zeebe:input${input.source ? ` source="${input.source}"` : ''}) without a target`);
        continue;
      }
      if (!this.checkTarget(ownerId, 'input', input.target)) continue;
      // Zeebe 8.8 accepts an input without source: it creates the local variable with null
      inputs.push({ source: isBlank(input.source) ? '=null' : input.source, target: input.target });
    }
    for (const output of mapping.outputParameters ?? []) {
      if (isBlank(output.target)) {
        this.problem(ownerId, `has an output mapping (zeebe:output${output.source ? ` source="${output.source}"` : ''}) without a target`);
        continue;
      }
      if (!this.checkTarget(ownerId, 'output', output.target)) continue;
      if (isBlank(output.source)) {
        this.problem(ownerId, `the output mapping to '${output.target}' has no source`);
        continue;
      }
      if (!isExpression(output.source)) {
        this.problem(ownerId, `the source '${output.source}' of the output mapping to '${output.target}' must be a FEEL expression starting with '=' (e.g. '=${output.source.trim()}')`);
        continue;
      }
      outputs.push({ source: output.source, target: output.target });
    }
    return { inputs, outputs };
  }

  private checkTarget(ownerId: string, which: string, target: string): boolean {
    if (!PATH_PATTERN.test(target)) {
      this.problem(ownerId, `the target '${target}' of an ${which} mapping is not a variable name or dotted path (allowed: ASCII letters, digits and '_', segments separated by '.', e.g. 'antrag.einkommen')`);
      return false;
    }
    if (PATH_RESERVED_WORDS.has(target)) {
      this.problem(ownerId, `the target '${target}' of an ${which} mapping is a reserved word of FEEL`);
      return false;
    }
    return true;
  }

  private multiInstance(raw: MElement, kind: ElementKind, loop: MElement): MultiInstanceDefinition | undefined {
    const id = raw.id!;
    if (loop.$type !== 'bpmn:MultiInstanceLoopCharacteristics') {
      this.problem(id, `element ${describe(raw)} has a standard loop (${loop.$type}), which is not supported by the embedded engine; use multi-instance`);
      return undefined;
    }
    if (!ACTIVITY_KINDS.has(kind)) {
      this.problem(id, `element ${describe(raw)} is multi-instance, but only service tasks, user tasks, receive tasks and sub-processes can be multi-instance`);
      return undefined;
    }
    const characteristics = this.single(id, loop.extensionElements?.values ?? [], 'zeebe:LoopCharacteristics');
    const inputCollection = characteristics?.inputCollection;
    let ok = true;
    if (isBlank(inputCollection)) {
      this.problem(id, `multi-instance element ${describe(raw)} has no input collection; add <zeebe:loopCharacteristics inputCollection="=items"/>`);
      return undefined;
    }
    if (!isExpression(inputCollection)) {
      this.problem(id, `the input collection '${inputCollection}' of multi-instance element ${describe(raw)} must be a FEEL expression starting with '='`);
      ok = false;
    }
    const outputCollection = isBlank(characteristics!.outputCollection) ? undefined : characteristics!.outputCollection;
    const outputElement = isBlank(characteristics!.outputElement) ? undefined : characteristics!.outputElement;
    if (outputCollection !== undefined && outputElement === undefined) {
      this.problem(id, `multi-instance element ${describe(raw)} sets outputCollection but no outputElement; set both or neither`);
      ok = false;
    } else if (outputElement !== undefined && outputCollection === undefined) {
      this.problem(id, `multi-instance element ${describe(raw)} sets outputElement but no outputCollection; set both or neither`);
      ok = false;
    } else if (outputElement !== undefined && !isExpression(outputElement)) {
      this.problem(id, `the output element '${outputElement}' of multi-instance element ${describe(raw)} must be a FEEL expression starting with '='`);
      ok = false;
    }
    if (!ok) return undefined;
    return compact<MultiInstanceDefinition>({
      isSequential: loop.isSequential === true,
      inputCollection,
      inputElement: isBlank(characteristics!.inputElement) ? undefined : characteristics!.inputElement!.trim(),
      outputCollection: outputCollection?.trim(),
      outputElement,
      completionCondition: bodyOf(loop.completionCondition),
    });
  }

  // -------------------------------------------------------------------------------------------
  // Pass 2: sequence flows and boundary events

  private linkFlows(): void {
    for (const { raw, scopeId } of this.rawFlows) {
      const id = raw.id!;
      const source = raw.sourceRef;
      const target = raw.targetRef;
      if (source) this.rawOutgoing.set(source, (this.rawOutgoing.get(source) ?? 0) + 1);
      if (target) this.rawIncoming.set(target, (this.rawIncoming.get(target) ?? 0) + 1);

      const sourceOk = this.checkFlowEnd(raw, source, 'source', 'bpmn:sourceRef', scopeId);
      const targetOk = this.checkFlowEnd(raw, target, 'target', 'bpmn:targetRef', scopeId);

      const condition = raw.conditionExpression;
      const conditionExpression = bodyOf(condition);
      if (condition && conditionExpression === undefined) {
        this.problem(id, `sequence flow '${id}' has an empty condition expression`);
      } else if (conditionExpression !== undefined && !isExpression(conditionExpression)) {
        this.problem(id, `the condition '${conditionExpression}' of sequence flow '${id}' must be a FEEL expression starting with '=' (e.g. '=${conditionExpression}')`);
      }
      if (conditionExpression !== undefined && source && sourceOk) {
        const sourceElement = this.elements[source.id!];
        if (sourceElement && sourceElement.kind !== 'exclusiveGateway') {
          this.problem(id, `sequence flow '${id}' has a condition, but conditions are only supported on flows leaving an exclusive gateway (its source ${describe(source)} is not one)`);
        }
      }

      if (!sourceOk || !targetOk) continue;
      this.flows[id] = compact<SequenceFlow>({ id, sourceId: source!.id!, targetId: target!.id!, conditionExpression });
      this.elements[source!.id!]?.outgoing.push(id);
      this.elements[target!.id!]?.incoming.push(id);
    }
  }

  private checkFlowEnd(flow: MElement, end: MElement | undefined, which: string, property: string, scopeId: string): boolean {
    const id = flow.id!;
    if (!end) {
      if (!this.isUnresolved(flow, property)) {
        this.problem(id, `sequence flow '${id}' has no ${which} (${property.replace('bpmn:', '')} is missing)`);
      }
      return false;
    }
    const endScope = this.scopeOf.get(end);
    if (endScope === undefined || end.$type === 'bpmn:SequenceFlow') {
      this.problem(id, `the ${which} of sequence flow '${id}' is ${describe(end)}, which is not a flow node of process '${this.processId}'`);
      return false;
    }
    if (endScope !== scopeId) {
      this.problem(id, `sequence flow '${id}' lies in '${scopeId}' but its ${which} '${end.id}' lies in '${endScope}'; a sequence flow must not cross the boundary of a sub-process`);
      return false;
    }
    return true;
  }

  private linkBoundaryEvents(): void {
    const byHost = new Map<string, MElement[]>();
    for (const raw of this.boundaryEvents) {
      const id = raw.id!;
      const host = raw.attachedToRef;
      if (!host) {
        if (!this.isUnresolved(raw, 'bpmn:attachedToRef')) {
          this.problem(id, `boundary event ${describe(raw)} is not attached to an activity (attachedToRef is missing)`);
        }
        continue;
      }
      if (this.unsupported.has(host)) continue; // the host itself is reported
      const hostElement = host.id ? this.elements[host.id] : undefined;
      if (!hostElement || this.rawOf.get(host.id!) !== host || !ACTIVITY_KINDS.has(hostElement.kind)) {
        this.problem(id, `boundary event ${describe(raw)} is attached to ${describe(host)}; boundary events can only be attached to service tasks, user tasks, receive tasks and sub-processes`);
        continue;
      }
      if (hostElement.flowScopeId !== this.scopeOf.get(raw)) {
        this.problem(id, `boundary event ${describe(raw)} lies in '${this.scopeOf.get(raw)}' but its activity '${host.id}' lies in '${hostElement.flowScopeId}'; both must be in the same scope`);
        continue;
      }
      hostElement.boundaryEventIds.push(id);
      const list = byHost.get(host.id!);
      if (list) list.push(raw);
      else byHost.set(host.id!, [raw]);
    }
    for (const [hostId, boundaries] of byHost) this.checkBoundaryDuplicates(hostId, boundaries);
  }

  /** Zeebe rejects two boundary events of one activity that would catch the same thing. */
  private checkBoundaryDuplicates(hostId: string, boundaries: MElement[]): void {
    const messageNames = new Map<string, string[]>();
    const errorCodes = new Map<string, string[]>();
    for (const raw of boundaries) {
      const event = this.elements[raw.id!].event;
      if (event?.type === 'message') {
        const ids = messageNames.get(event.messageName) ?? [];
        ids.push(raw.id!);
        messageNames.set(event.messageName, ids);
      } else if (event?.type === 'error') {
        const key = event.errorCode ?? '';
        const ids = errorCodes.get(key) ?? [];
        ids.push(raw.id!);
        errorCodes.set(key, ids);
      }
    }
    for (const [name, ids] of messageNames) {
      if (ids.length > 1) {
        this.problem(hostId, `the boundary events ${ids.join(', ')} of '${hostId}' all catch message '${name}'; a message name may be used by one boundary event per activity`);
      }
    }
    for (const [code, ids] of errorCodes) {
      if (ids.length > 1) {
        this.problem(
          hostId,
          code === ''
            ? `the boundary events ${ids.join(', ')} of '${hostId}' all catch every error; at most one catch-all error boundary event is allowed per activity`
            : `the boundary events ${ids.join(', ')} of '${hostId}' all catch error code '${code}'; an error code may be caught by one boundary event per activity`,
        );
      }
    }
    const host = this.elements[hostId];
    if (host.kind === 'receiveTask' && host.event?.type === 'message' && messageNames.has(host.event.messageName)) {
      this.problem(hostId, `receive task '${hostId}' and its boundary event ${messageNames.get(host.event.messageName)!.join(', ')} wait for the same message name '${host.event.messageName}'`);
    }
  }

  // -------------------------------------------------------------------------------------------
  // Pass 3: structural checks

  private validateConnections(element: FlowElement): void {
    const raw = this.rawOf.get(element.id)!;
    const incoming = this.rawIncoming.get(raw) ?? 0;
    const outgoing = this.rawOutgoing.get(raw) ?? 0;
    switch (element.kind) {
      case 'startEvent':
        if (incoming > 0) this.problem(element.id, `start event ${describe(raw)} has incoming sequence flows; start events must not have any`);
        break;
      case 'boundaryEvent':
        if (incoming > 0) this.problem(element.id, `boundary event ${describe(raw)} has incoming sequence flows; boundary events must not have any`);
        break;
      default:
        if (incoming === 0) {
          this.problem(element.id, `element ${describe(raw)} has no incoming sequence flow; only start events and boundary events may have none (it could never be reached)`);
        }
    }
    if (element.kind === 'endEvent' && outgoing > 0) {
      this.problem(element.id, `end event ${describe(raw)} has outgoing sequence flows; end events must not have any`);
    }
    if (element.kind === 'exclusiveGateway') this.validateExclusiveGateway(element, raw);
    if (element.kind === 'eventBasedGateway') this.validateEventBasedGateway(element, raw);
  }

  private validateExclusiveGateway(gateway: FlowElement, raw: MElement): void {
    const defaultFlow = raw.default;
    if (defaultFlow && defaultFlow.sourceRef !== raw) {
      this.problem(gateway.id, `the default flow '${defaultFlow.id}' of exclusive gateway '${gateway.id}' does not start at this gateway`);
    }
    if (gateway.outgoing.length > 1) {
      for (const flowId of gateway.outgoing) {
        if (flowId !== gateway.defaultFlowId && this.flows[flowId].conditionExpression === undefined) {
          if (this.rawFlowById.get(flowId)?.conditionExpression) continue; // empty condition, reported already
          this.problem(flowId, `sequence flow '${flowId}' leaves exclusive gateway '${gateway.id}', which has several outgoing flows, but has no condition and is not the default flow`);
        }
      }
    }
  }

  private validateEventBasedGateway(gateway: FlowElement, raw: MElement): void {
    if (gateway.outgoing.length < 2) {
      this.problem(gateway.id, `event-based gateway ${describe(raw)} has ${gateway.outgoing.length} outgoing sequence flow(s); it needs at least two`);
    }
    const messageNames = new Map<string, string[]>();
    for (const flowId of gateway.outgoing) {
      const targetId = this.flows[flowId].targetId;
      const target = this.elements[targetId];
      const targetRaw = target ? this.rawOf.get(targetId)! : undefined;
      const definition = targetRaw?.eventDefinitions?.length === 1 ? targetRaw.eventDefinitions[0].$type : undefined;
      if (
        !target ||
        target.kind !== 'intermediateCatchEvent' ||
        (definition !== 'bpmn:MessageEventDefinition' && definition !== 'bpmn:TimerEventDefinition')
      ) {
        this.problem(gateway.id, `event-based gateway '${gateway.id}' leads via '${flowId}' to '${targetId}'; an event-based gateway may only lead to message or timer intermediate catch events`);
        continue;
      }
      const otherIncoming = target.incoming.filter((id) => this.flows[id].sourceId !== gateway.id);
      if (otherIncoming.length > 0 || (this.rawIncoming.get(targetRaw!) ?? 0) > target.incoming.length) {
        this.problem(gateway.id, `'${targetId}', a target of event-based gateway '${gateway.id}', has other incoming sequence flows; targets of an event-based gateway must be reached from the gateway only`);
      }
      if (target.event?.type === 'message') {
        const ids = messageNames.get(target.event.messageName) ?? [];
        ids.push(targetId);
        messageNames.set(target.event.messageName, ids);
      }
    }
    for (const [name, ids] of messageNames) {
      if (ids.length > 1) {
        this.problem(gateway.id, `the events ${ids.join(', ')} after event-based gateway '${gateway.id}' all wait for message '${name}'; message names after an event-based gateway must be unique`);
      }
    }
  }

  private validateSubProcessStart(subProcess: FlowElement): void {
    const starts = subProcess.childIds.filter((id) => this.elements[id].kind === 'startEvent');
    const raw = this.rawOf.get(subProcess.id)!;
    if (starts.length !== 1) {
      this.problem(subProcess.id, `sub-process ${describe(raw)} has ${starts.length} start events; it needs exactly one none start event`);
      return;
    }
    if (this.elements[starts[0]].event?.type === 'none') subProcess.startEventId = starts[0];
  }

  private validateTopLevelStartEvents(childIds: string[]): void {
    const starts = childIds.filter((id) => this.elements[id].kind === 'startEvent');
    if (starts.length === 0) {
      this.problem(this.processId, `process '${this.processId}' has no start event`);
      return;
    }
    const noneStarts = starts.filter((id) => (this.rawOf.get(id)!.eventDefinitions?.length ?? 0) === 0);
    if (noneStarts.length > 1) {
      this.problem(this.processId, `process '${this.processId}' has ${noneStarts.length} none start events (${noneStarts.join(', ')}); at most one is allowed`);
    } else if (noneStarts.length === 1 && this.elements[noneStarts[0]].event?.type === 'none') {
      this.noneStartEventId = noneStarts[0];
    }

    // distinct messages of message start events must have distinct names
    const names = new Map<string, { message: MElement; startId: string }[]>();
    for (const id of this.messageStartEventIds) {
      const event = this.elements[id].event;
      const message = this.rawOf.get(id)!.eventDefinitions?.[0]?.messageRef;
      if (event?.type !== 'message' || !message) continue;
      const list = names.get(event.messageName) ?? [];
      if (!list.some((entry) => entry.message === message)) list.push({ message, startId: id });
      names.set(event.messageName, list);
    }
    for (const [name, list] of names) {
      if (list.length > 1) {
        this.problem(this.processId, `the message start events ${list.map((e) => e.startId).join(', ')} of process '${this.processId}' use different messages with the same name '${name}'`);
      }
    }
  }
}
