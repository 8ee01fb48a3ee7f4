/**
 * The compiled form of one executable BPMN process, as the executor walks it.
 *
 * Expression-valued attributes are kept raw, exactly as written in the XML: a value starting
 * with `=` is a FEEL expression, anything else a static value (Zeebe's convention). The
 * executor evaluates them through `engine/feel`.
 */

export type ElementKind =
  | 'startEvent'
  | 'endEvent'
  | 'serviceTask'
  | 'userTask'
  | 'receiveTask'
  | 'intermediateCatchEvent'
  | 'boundaryEvent'
  | 'exclusiveGateway'
  | 'parallelGateway'
  | 'eventBasedGateway'
  | 'subProcess';

export type EventDefinition =
  | { type: 'none' }
  /** `messageName` raw (static or `=expr`); `correlationKey` raw, absent on message start events. */
  | { type: 'message'; messageName: string; correlationKey?: string }
  /** Exactly one of the three is set; each raw (static ISO 8601 text or `=expr`). */
  | { type: 'timer'; timeDuration?: string; timeDate?: string; timeCycle?: string }
  /** On a catch event: `errorCode` undefined means "catch every error". On an end event: the code thrown. */
  | { type: 'error'; errorCode?: string }
  | { type: 'terminate' };

/** One `zeebe:input` or `zeebe:output`. `source` raw, `target` a variable name or dotted path. */
export interface VariableMapping {
  source: string;
  target: string;
}

export interface MultiInstanceDefinition {
  isSequential: boolean;
  /** raw, usually `=items` */
  inputCollection: string;
  inputElement?: string;
  outputCollection?: string;
  /** raw, usually `=result` */
  outputElement?: string;
  /** raw FEEL condition, evaluated after each completed inner instance */
  completionCondition?: string;
}

export interface TaskDefinition {
  /** raw job type */
  type: string;
  /** raw retries, default "3" */
  retries: string;
}

export interface UserTaskDefinition {
  /** `zeebe:formDefinition formId` */
  formId?: string;
  externalFormReference?: string;
  /** raw values of `zeebe:assignmentDefinition` */
  assignee?: string;
  candidateGroups?: string;
  candidateUsers?: string;
  /** raw values of `zeebe:taskSchedule` */
  dueDate?: string;
  followUpDate?: string;
  /** raw value of `zeebe:priorityDefinition` */
  priority?: string;
}

export interface FlowElement {
  id: string;
  name?: string;
  kind: ElementKind;
  /** id of the enclosing sub-process, or the process id for top-level elements */
  flowScopeId: string;
  /** sequence flow ids */
  incoming: string[];
  outgoing: string[];
  /** events only; `{type:'none'}` for none events */
  event?: EventDefinition;
  /** boundary events only */
  attachedToRef?: string;
  /** boundary events only; Zeebe default true */
  cancelActivity?: boolean;
  /** activities: ids of the boundary events attached to this element */
  boundaryEventIds: string[];
  /** service tasks */
  taskDefinition?: TaskDefinition;
  /** service and user tasks: `zeebe:taskHeaders` */
  taskHeaders: Record<string, string>;
  /** user tasks (only `zeebe:userTask`, the Camunda user task, is supported) */
  userTask?: UserTaskDefinition;
  inputs: VariableMapping[];
  outputs: VariableMapping[];
  multiInstance?: MultiInstanceDefinition;
  /** exclusive gateways: id of the default flow */
  defaultFlowId?: string;
  /** sub-processes: id of the single none start event inside */
  startEventId?: string;
  /** sub-processes: ids of the direct children */
  childIds: string[];
}

export interface SequenceFlow {
  id: string;
  sourceId: string;
  targetId: string;
  /** raw FEEL condition, as written */
  conditionExpression?: string;
}

export interface ProcessModel {
  /** the BPMN process id (bpmnProcessId) */
  id: string;
  name?: string;
  versionTag?: string;
  elements: Record<string, FlowElement>;
  flows: Record<string, SequenceFlow>;
  /** ids of the direct children of the process */
  childIds: string[];
  /** top-level none start event, if any */
  noneStartEventId?: string;
  /** top-level message start events */
  messageStartEventIds: string[];
  /** top-level timer start events */
  timerStartEventIds: string[];
}

/** A reason why a model cannot be deployed, naming the element. */
export interface ModelProblem {
  elementId: string;
  reason: string;
}
