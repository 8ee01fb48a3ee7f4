import { compileBpmn } from '../../engine/model/index.js';
import type { CompileResult, FlowElement, ModelProblem, ProcessModel } from '../../engine/model/index.js';
import { chain, definitions, flow, message, serviceTask, wrapProcess } from './bpmn.js';

const RESOURCE = 'test.bpmn';

async function compile(xml: string): Promise<CompileResult> {
  return compileBpmn(xml, RESOURCE);
}

/** Compiles a process body that must be free of problems; returns the single process. */
async function compileOk(body: string, options?: Parameters<typeof wrapProcess>[1]): Promise<ProcessModel> {
  const result = await compile(wrapProcess(body, options));
  expect(result.problems).toEqual([]);
  expect(result.processes).toHaveLength(1);
  return result.processes[0];
}

/** Problems of a process body. */
async function problemsOf(body: string, options?: Parameters<typeof wrapProcess>[1]): Promise<ModelProblem[]> {
  return (await compile(wrapProcess(body, options))).problems;
}

/** Asserts that exactly one problem names `elementId` and its reason matches `reason`. */
function expectProblem(problems: ModelProblem[], elementId: string, reason: RegExp): void {
  const matching = problems.filter((p) => p.elementId === elementId && reason.test(p.reason));
  if (matching.length !== 1) {
    throw new Error(
      `expected one problem for '${elementId}' matching ${reason}, got:\n${JSON.stringify(problems, null, 2)}`,
    );
  }
}

/** The element with the fields every element has, plus `extra`. */
function base(id: string, kind: FlowElement['kind'], extra: Partial<FlowElement> = {}): FlowElement {
  return {
    id,
    kind,
    flowScopeId: 'Process_1',
    incoming: [],
    outgoing: [],
    boundaryEventIds: [],
    taskHeaders: {},
    inputs: [],
    outputs: [],
    childIds: [],
    ...extra,
  };
}

const USER_TASK_EXT = '<zeebe:userTask/>';
function userTask(id: string, extensions = USER_TASK_EXT): string {
  return `<bpmn:userTask id="${id}"><bpmn:extensionElements>${extensions}</bpmn:extensionElements></bpmn:userTask>`;
}

// =============================================================================================
describe('compileBpmn: mapping of supported constructs', () => {
  test('a minimal process maps elements, flows, scopes and the none start event', async () => {
    const model = await compileOk(
      `<bpmn:startEvent id="Start" name="Antrag eingegangen"/>
       ${serviceTask('Task', 'check-application')}
       <bpmn:endEvent id="End"/>
       ${flow('Flow_1', 'Start', 'Task')}
       ${flow('Flow_2', 'Task', 'End')}`,
      { name: 'Wohngeld', processExtensions: '<zeebe:versionTag value="v1.2"/>' },
    );
    expect(model).toEqual({
      id: 'Process_1',
      name: 'Wohngeld',
      versionTag: 'v1.2',
      childIds: ['Start', 'Task', 'End'],
      noneStartEventId: 'Start',
      messageStartEventIds: [],
      timerStartEventIds: [],
      flows: {
        Flow_1: { id: 'Flow_1', sourceId: 'Start', targetId: 'Task' },
        Flow_2: { id: 'Flow_2', sourceId: 'Task', targetId: 'End' },
      },
      elements: {
        Start: base('Start', 'startEvent', { name: 'Antrag eingegangen', outgoing: ['Flow_1'], event: { type: 'none' } }),
        Task: base('Task', 'serviceTask', {
          incoming: ['Flow_1'],
          outgoing: ['Flow_2'],
          taskDefinition: { type: 'check-application', retries: '3' },
        }),
        End: base('End', 'endEvent', { incoming: ['Flow_2'], event: { type: 'none' } }),
      },
    });
  });

  test('a process without name and version tag has neither key', async () => {
    const model = await compileOk(chain([]));
    expect('name' in model).toBe(false);
    expect('versionTag' in model).toBe(false);
  });

  test('service task: job type, retries, headers and variable mappings', async () => {
    const task = `<bpmn:serviceTask id="Task">
      <bpmn:extensionElements>
        <zeebe:taskDefinition type="=&quot;calc-&quot; + kind" retries="5"/>
        <zeebe:taskHeaders>
          <zeebe:header key="endpoint" value="https://example.org"/>
          <zeebe:header key="empty"/>
        </zeebe:taskHeaders>
        <zeebe:ioMapping>
          <zeebe:input source="=antrag.einkommen" target="income"/>
          <zeebe:input source="static" target="mode"/>
          <zeebe:input target="cleared"/>
          <zeebe:output source="=result" target="antrag.bescheid"/>
        </zeebe:ioMapping>
      </bpmn:extensionElements>
    </bpmn:serviceTask>`;
    const model = await compileOk(chain([{ id: 'Task', xml: task }]));
    const element = model.elements.Task;
    expect(element.taskDefinition).toEqual({ type: '="calc-" + kind', retries: '5' });
    expect(element.taskHeaders).toEqual({ endpoint: 'https://example.org', empty: '' });
    expect(element.inputs).toEqual([
      { source: '=antrag.einkommen', target: 'income' },
      { source: 'static', target: 'mode' },
      { source: '=null', target: 'cleared' },
    ]);
    expect(element.outputs).toEqual([{ source: '=result', target: 'antrag.bescheid' }]);
  });

  test('Camunda user task: form, assignment, schedule, priority and headers', async () => {
    const task = userTask(
      'Review',
      `<zeebe:userTask/>
       <zeebe:formDefinition formId="review-form"/>
       <zeebe:assignmentDefinition assignee="=antrag.sachbearbeiter" candidateGroups="wohngeld-team, leitung" candidateUsers="anna,ben"/>
       <zeebe:taskSchedule dueDate="=now() + duration(&quot;P3D&quot;)" followUpDate="2025-01-01T10:00:00+01:00"/>
       <zeebe:priorityDefinition priority="75"/>
       <zeebe:taskHeaders><zeebe:header key="kategorie" value="pruefung"/></zeebe:taskHeaders>
       <zeebe:ioMapping><zeebe:output source="=approved" target="genehmigt"/></zeebe:ioMapping>`,
    );
    const model = await compileOk(chain([{ id: 'Review', xml: task }]));
    const element = model.elements.Review;
    expect(element.kind).toBe('userTask');
    expect(element.userTask).toEqual({
      formId: 'review-form',
      assignee: '=antrag.sachbearbeiter',
      candidateGroups: 'wohngeld-team, leitung',
      candidateUsers: 'anna,ben',
      dueDate: '=now() + duration("P3D")',
      followUpDate: '2025-01-01T10:00:00+01:00',
      priority: '75',
    });
    expect(element.taskHeaders).toEqual({ kategorie: 'pruefung' });
    expect(element.outputs).toEqual([{ source: '=approved', target: 'genehmigt' }]);
    expect(element.taskDefinition).toBeUndefined();
  });

  test('user task with an external form reference and no other settings', async () => {
    const model = await compileOk(
      chain([
        { id: 'A', xml: userTask('A', '<zeebe:userTask/><zeebe:formDefinition externalReference="https://forms.example.org/a"/>') },
        { id: 'B', xml: userTask('B') },
      ]),
    );
    expect(model.elements.A.userTask).toEqual({ externalFormReference: 'https://forms.example.org/a' });
    expect(model.elements.B.userTask).toEqual({});
  });

  test('receive task and intermediate message catch event map messageName and correlationKey', async () => {
    const model = await compileOk(
      chain([
        { id: 'Receive', xml: '<bpmn:receiveTask id="Receive" messageRef="Msg_Docs"/>' },
        {
          id: 'Catch',
          xml: `<bpmn:intermediateCatchEvent id="Catch">
                  <bpmn:extensionElements><zeebe:ioMapping><zeebe:output source="=payload" target="nachweis"/></zeebe:ioMapping></bpmn:extensionElements>
                  <bpmn:messageEventDefinition id="MED_1" messageRef="Msg_Payment"/>
                </bpmn:intermediateCatchEvent>`,
        },
      ]),
      {
        roots:
          message('Msg_Docs', 'documents-received', '=antrag.id') +
          message('Msg_Payment', '="payment-" + region', '=antrag.id'),
      },
    );
    expect(model.elements.Receive.event).toEqual({ type: 'message', messageName: 'documents-received', correlationKey: '=antrag.id' });
    expect(model.elements.Catch.event).toEqual({ type: 'message', messageName: '="payment-" + region', correlationKey: '=antrag.id' });
    expect(model.elements.Catch.outputs).toEqual([{ source: '=payload', target: 'nachweis' }]);
  });

  test('intermediate timer catch events map duration and date', async () => {
    const model = await compileOk(
      chain([
        {
          id: 'Wait',
          xml: '<bpmn:intermediateCatchEvent id="Wait"><bpmn:timerEventDefinition><bpmn:timeDuration xsi:type="bpmn:tFormalExpression"> PT15M </bpmn:timeDuration></bpmn:timerEventDefinition></bpmn:intermediateCatchEvent>',
        },
        {
          id: 'Until',
          xml: '<bpmn:intermediateCatchEvent id="Until"><bpmn:timerEventDefinition><bpmn:timeDate>=antrag.frist</bpmn:timeDate></bpmn:timerEventDefinition></bpmn:intermediateCatchEvent>',
        },
      ]),
    );
    expect(model.elements.Wait.event).toEqual({ type: 'timer', timeDuration: 'PT15M' });
    expect(model.elements.Until.event).toEqual({ type: 'timer', timeDate: '=antrag.frist' });
  });

  test('boundary events: attachment, interruption, event definitions and host boundaryEventIds', async () => {
    const model = await compileOk(
      `<bpmn:startEvent id="Start"/>
       ${serviceTask('Task')}
       <bpmn:boundaryEvent id="Reminder" cancelActivity="false" attachedToRef="Task">
         <bpmn:timerEventDefinition><bpmn:timeCycle>R3/PT1H</bpmn:timeCycle></bpmn:timerEventDefinition>
       </bpmn:boundaryEvent>
       <bpmn:boundaryEvent id="Timeout" attachedToRef="Task">
         <bpmn:timerEventDefinition><bpmn:timeDuration>P1D</bpmn:timeDuration></bpmn:timerEventDefinition>
       </bpmn:boundaryEvent>
       <bpmn:boundaryEvent id="Cancelled" attachedToRef="Task">
         <bpmn:messageEventDefinition messageRef="Msg_Cancel"/>
       </bpmn:boundaryEvent>
       <bpmn:boundaryEvent id="Rejected" attachedToRef="Task">
         <bpmn:errorEventDefinition errorRef="Error_Rejected"/>
       </bpmn:boundaryEvent>
       <bpmn:boundaryEvent id="AnyError" attachedToRef="Task">
         <bpmn:errorEventDefinition/>
       </bpmn:boundaryEvent>
       <bpmn:endEvent id="End"/>
       <bpmn:endEvent id="End2"/>
       ${flow('F1', 'Start', 'Task')}
       ${flow('F2', 'Task', 'End')}
       ${flow('F3', 'Reminder', 'End2')}`,
      {
        roots:
          message('Msg_Cancel', 'cancel', '=id') +
          '<bpmn:error id="Error_Rejected" name="Rejected" errorCode="REJECTED"/>',
      },
    );
    expect(model.elements.Task.boundaryEventIds).toEqual(['Reminder', 'Timeout', 'Cancelled', 'Rejected', 'AnyError']);
    expect(model.elements.Reminder).toEqual(
      base('Reminder', 'boundaryEvent', {
        attachedToRef: 'Task',
        cancelActivity: false,
        outgoing: ['F3'],
        event: { type: 'timer', timeCycle: 'R3/PT1H' },
      }),
    );
    expect(model.elements.Timeout.cancelActivity).toBe(true);
    expect(model.elements.Timeout.event).toEqual({ type: 'timer', timeDuration: 'P1D' });
    expect(model.elements.Cancelled.event).toEqual({ type: 'message', messageName: 'cancel', correlationKey: '=id' });
    expect(model.elements.Rejected.event).toEqual({ type: 'error', errorCode: 'REJECTED' });
    expect(model.elements.AnyError.event).toEqual({ type: 'error' });
    expect(model.childIds).toEqual(['Start', 'Task', 'Reminder', 'Timeout', 'Cancelled', 'Rejected', 'AnyError', 'End', 'End2']);
  });

  test('end events: none, error (with its code, also an expression) and terminate', async () => {
    const model = await compileOk(
      `<bpmn:startEvent id="Start"/>
       <bpmn:parallelGateway id="Fork"/>
       <bpmn:endEvent id="Plain"/>
       <bpmn:endEvent id="Fail"><bpmn:errorEventDefinition errorRef="Error_1"/></bpmn:endEvent>
       <bpmn:endEvent id="FailDynamic"><bpmn:errorEventDefinition errorRef="Error_2"/></bpmn:endEvent>
       <bpmn:endEvent id="Kill"><bpmn:terminateEventDefinition/></bpmn:endEvent>
       ${flow('F0', 'Start', 'Fork')}
       ${flow('F1', 'Fork', 'Plain')}
       ${flow('F2', 'Fork', 'Fail')}
       ${flow('F3', 'Fork', 'FailDynamic')}
       ${flow('F4', 'Fork', 'Kill')}`,
      { roots: '<bpmn:error id="Error_1" errorCode="NOT_ELIGIBLE"/><bpmn:error id="Error_2" errorCode="=code"/>' },
    );
    expect(model.elements.Plain.event).toEqual({ type: 'none' });
    expect(model.elements.Fail.event).toEqual({ type: 'error', errorCode: 'NOT_ELIGIBLE' });
    expect(model.elements.FailDynamic.event).toEqual({ type: 'error', errorCode: '=code' });
    expect(model.elements.Kill.event).toEqual({ type: 'terminate' });
    expect(model.elements.Fork.outgoing).toEqual(['F1', 'F2', 'F3', 'F4']);
  });

  test('exclusive gateway: default flow and conditions, kept raw and in document order', async () => {
    const model = await compileOk(
      `<bpmn:startEvent id="Start"/>
       <bpmn:exclusiveGateway id="Gw" default="Else"/>
       <bpmn:endEvent id="A"/><bpmn:endEvent id="B"/><bpmn:endEvent id="C"/>
       ${flow('F0', 'Start', 'Gw')}
       ${flow('High', 'Gw', 'A', '=income > 2000')}
       ${flow('Else', 'Gw', 'C')}
       ${flow('Low', 'Gw', 'B', ' =income < 500 ')}`,
    );
    expect(model.elements.Gw.defaultFlowId).toBe('Else');
    expect(model.elements.Gw.outgoing).toEqual(['High', 'Else', 'Low']);
    expect(model.flows.High.conditionExpression).toBe('=income > 2000');
    expect(model.flows.Low.conditionExpression).toBe('=income < 500');
    expect('conditionExpression' in model.flows.Else).toBe(false);
  });

  test('an exclusive gateway with one outgoing flow needs no condition', async () => {
    const model = await compileOk(chain([{ id: 'Join', xml: '<bpmn:exclusiveGateway id="Join"/>' }]));
    expect(model.elements.Join.kind).toBe('exclusiveGateway');
    expect(model.elements.Join.defaultFlowId).toBeUndefined();
  });

  test('parallel gateway fork and join', async () => {
    const model = await compileOk(
      `<bpmn:startEvent id="Start"/>
       <bpmn:parallelGateway id="Fork"/>
       ${serviceTask('A')}${serviceTask('B')}
       <bpmn:parallelGateway id="Join"/>
       <bpmn:endEvent id="End"/>
       ${flow('F1', 'Start', 'Fork')}${flow('F2', 'Fork', 'A')}${flow('F3', 'Fork', 'B')}
       ${flow('F4', 'A', 'Join')}${flow('F5', 'B', 'Join')}${flow('F6', 'Join', 'End')}`,
    );
    expect(model.elements.Fork).toEqual(base('Fork', 'parallelGateway', { incoming: ['F1'], outgoing: ['F2', 'F3'] }));
    expect(model.elements.Join.incoming).toEqual(['F4', 'F5']);
  });

  test('event-based gateway leading to a message and a timer catch event', async () => {
    const model = await compileOk(
      `<bpmn:startEvent id="Start"/>
       <bpmn:eventBasedGateway id="Gw"/>
       <bpmn:intermediateCatchEvent id="Docs"><bpmn:messageEventDefinition messageRef="M"/></bpmn:intermediateCatchEvent>
       <bpmn:intermediateCatchEvent id="Timeout"><bpmn:timerEventDefinition><bpmn:timeDuration>P14D</bpmn:timeDuration></bpmn:timerEventDefinition></bpmn:intermediateCatchEvent>
       <bpmn:endEvent id="E1"/><bpmn:endEvent id="E2"/>
       ${flow('F1', 'Start', 'Gw')}${flow('F2', 'Gw', 'Docs')}${flow('F3', 'Gw', 'Timeout')}
       ${flow('F4', 'Docs', 'E1')}${flow('F5', 'Timeout', 'E2')}`,
      { roots: message('M', 'docs', '=antragId') },
    );
    expect(model.elements.Gw.kind).toBe('eventBasedGateway');
    expect(model.elements.Gw.outgoing).toEqual(['F2', 'F3']);
    expect(model.elements.Timeout.event).toEqual({ type: 'timer', timeDuration: 'P14D' });
  });

  test('embedded sub-processes: scopes, children, start event, boundary event and mappings', async () => {
    const model = await compileOk(
      `<bpmn:startEvent id="Start"/>
       <bpmn:subProcess id="Sub" name="Prüfung">
         <bpmn:extensionElements><zeebe:ioMapping><zeebe:input source="=antrag" target="a"/></zeebe:ioMapping></bpmn:extensionElements>
         <bpmn:startEvent id="SubStart"/>
         <bpmn:subProcess id="Inner">
           <bpmn:startEvent id="InnerStart"/>
           <bpmn:endEvent id="InnerEnd"/>
           ${flow('I1', 'InnerStart', 'InnerEnd')}
         </bpmn:subProcess>
         <bpmn:endEvent id="SubEnd"/>
         ${flow('S1', 'SubStart', 'Inner')}
         ${flow('S2', 'Inner', 'SubEnd')}
       </bpmn:subProcess>
       <bpmn:boundaryEvent id="SubFailed" attachedToRef="Sub"><bpmn:errorEventDefinition/></bpmn:boundaryEvent>
       <bpmn:endEvent id="End"/>
       <bpmn:endEvent id="FailedEnd"/>
       ${flow('F1', 'Start', 'Sub')}${flow('F2', 'Sub', 'End')}${flow('F3', 'SubFailed', 'FailedEnd')}`,
    );
    expect(model.childIds).toEqual(['Start', 'Sub', 'SubFailed', 'End', 'FailedEnd']);
    expect(model.elements.Sub).toEqual(
      base('Sub', 'subProcess', {
        name: 'Prüfung',
        incoming: ['F1'],
        outgoing: ['F2'],
        boundaryEventIds: ['SubFailed'],
        inputs: [{ source: '=antrag', target: 'a' }],
        startEventId: 'SubStart',
        childIds: ['SubStart', 'Inner', 'SubEnd'],
      }),
    );
    expect(model.elements.SubStart.flowScopeId).toBe('Sub');
    expect(model.elements.Inner.flowScopeId).toBe('Sub');
    expect(model.elements.Inner.startEventId).toBe('InnerStart');
    expect(model.elements.Inner.childIds).toEqual(['InnerStart', 'InnerEnd']);
    expect(model.elements.InnerEnd.flowScopeId).toBe('Inner');
    expect(model.flows.I1).toEqual({ id: 'I1', sourceId: 'InnerStart', targetId: 'InnerEnd' });
    expect(model.noneStartEventId).toBe('Start');
  });

  test('multi-instance: loop characteristics, sequential flag and completion condition', async () => {
    const task = `<bpmn:serviceTask id="Each">
      <bpmn:extensionElements><zeebe:taskDefinition type="check-member"/></bpmn:extensionElements>
      <bpmn:multiInstanceLoopCharacteristics isSequential="true">
        <bpmn:extensionElements>
          <zeebe:loopCharacteristics inputCollection="=haushalt.mitglieder" inputElement="mitglied" outputCollection="ergebnisse" outputElement="=ergebnis"/>
        </bpmn:extensionElements>
        <bpmn:completionCondition xsi:type="bpmn:tFormalExpression">=numberOfCompletedInstances &gt;= 3</bpmn:completionCondition>
      </bpmn:multiInstanceLoopCharacteristics>
    </bpmn:serviceTask>`;
    const sub = `<bpmn:subProcess id="Par">
      <bpmn:multiInstanceLoopCharacteristics>
        <bpmn:extensionElements><zeebe:loopCharacteristics inputCollection="=[1,2,3]"/></bpmn:extensionElements>
      </bpmn:multiInstanceLoopCharacteristics>
      <bpmn:startEvent id="ParStart"/><bpmn:endEvent id="ParEnd"/>${flow('P1', 'ParStart', 'ParEnd')}
    </bpmn:subProcess>`;
    const model = await compileOk(chain([{ id: 'Each', xml: task }, { id: 'Par', xml: sub }]));
    expect(model.elements.Each.multiInstance).toEqual({
      isSequential: true,
      inputCollection: '=haushalt.mitglieder',
      inputElement: 'mitglied',
      outputCollection: 'ergebnisse',
      outputElement: '=ergebnis',
      completionCondition: '=numberOfCompletedInstances >= 3',
    });
    expect(model.elements.Par.multiInstance).toEqual({ isSequential: false, inputCollection: '=[1,2,3]' });
    expect(model.elements.Par.startEventId).toBe('ParStart');
  });

  test('multi-instance user and receive tasks', async () => {
    const loop = '<bpmn:multiInstanceLoopCharacteristics><bpmn:extensionElements><zeebe:loopCharacteristics inputCollection="=xs" inputElement="x"/></bpmn:extensionElements></bpmn:multiInstanceLoopCharacteristics>';
    const model = await compileOk(
      chain([
        { id: 'U', xml: `<bpmn:userTask id="U"><bpmn:extensionElements><zeebe:userTask/></bpmn:extensionElements>${loop}</bpmn:userTask>` },
        { id: 'R', xml: `<bpmn:receiveTask id="R" messageRef="M">${loop}</bpmn:receiveTask>` },
      ]),
      { roots: message('M', 'm', '=x') },
    );
    expect(model.elements.U.multiInstance).toEqual({ isSequential: false, inputCollection: '=xs', inputElement: 'x' });
    expect(model.elements.R.multiInstance).toEqual({ isSequential: false, inputCollection: '=xs', inputElement: 'x' });
  });

  test('message and timer start events next to a none start event', async () => {
    const model = await compileOk(
      `<bpmn:startEvent id="ByHand"/>
       <bpmn:startEvent id="ByMessage"><bpmn:messageEventDefinition messageRef="M_Start"/></bpmn:startEvent>
       <bpmn:startEvent id="Nightly"><bpmn:timerEventDefinition><bpmn:timeCycle>0 0 2 * * ?</bpmn:timeCycle></bpmn:timerEventDefinition></bpmn:startEvent>
       <bpmn:startEvent id="Once"><bpmn:timerEventDefinition><bpmn:timeDate>2030-01-01T00:00:00Z</bpmn:timeDate></bpmn:timerEventDefinition></bpmn:startEvent>
       <bpmn:endEvent id="End"/>
       ${flow('F1', 'ByHand', 'End')}${flow('F2', 'ByMessage', 'End')}${flow('F3', 'Nightly', 'End')}${flow('F4', 'Once', 'End')}`,
      // a message start event needs only the message name, no subscription
      { roots: '<bpmn:message id="M_Start" name="antrag-eingereicht"/>' },
    );
    expect(model.noneStartEventId).toBe('ByHand');
    expect(model.messageStartEventIds).toEqual(['ByMessage']);
    expect(model.timerStartEventIds).toEqual(['Nightly', 'Once']);
    expect(model.elements.ByMessage.event).toEqual({ type: 'message', messageName: 'antrag-eingereicht' });
    expect(model.elements.Nightly.event).toEqual({ type: 'timer', timeCycle: '0 0 2 * * ?' });
    expect(model.elements.Once.event).toEqual({ type: 'timer', timeDate: '2030-01-01T00:00:00Z' });
    expect(model.elements.End.incoming).toEqual(['F1', 'F2', 'F3', 'F4']);
  });

  test('a process with only a message start event has no noneStartEventId', async () => {
    const model = await compileOk(
      `<bpmn:startEvent id="S"><bpmn:messageEventDefinition messageRef="M"/></bpmn:startEvent><bpmn:endEvent id="E"/>${flow('F', 'S', 'E')}`,
      { roots: message('M', 'go') },
    );
    expect(model.noneStartEventId).toBeUndefined();
    expect(model.messageStartEventIds).toEqual(['S']);
  });

  test('all executable processes of a file are compiled, non-executable ones are skipped', async () => {
    const xml = wrapProcess(chain([]), {
      id: 'First',
      roots: `<bpmn:process id="Second" isExecutable="true"><bpmn:startEvent id="Start2"/><bpmn:endEvent id="End2"/>${flow('F2', 'Start2', 'End2')}</bpmn:process>
              <bpmn:process id="External" isExecutable="false"><bpmn:task id="Whatever"/></bpmn:process>`,
    });
    const result = await compile(xml);
    expect(result.problems).toEqual([]);
    expect(result.processes.map((p) => p.id)).toEqual(['First', 'Second']);
    expect(result.processes[1].elements.Start2.flowScopeId).toBe('Second');
    expect(result.processes[1].noneStartEventId).toBe('Start2');
  });

  test('non-executed artifacts, lanes and data objects are ignored', async () => {
    const model = await compileOk(
      `<bpmn:laneSet id="LaneSet_1">
         <bpmn:lane id="Lane_1" name="Sachbearbeitung"><bpmn:flowNodeRef>Start</bpmn:flowNodeRef><bpmn:flowNodeRef>Task</bpmn:flowNodeRef></bpmn:lane>
         <bpmn:lane id="Lane_2"><bpmn:flowNodeRef>End</bpmn:flowNodeRef></bpmn:lane>
       </bpmn:laneSet>
       <bpmn:documentation>Wohngeld</bpmn:documentation>
       ${chain([{ id: 'Task', xml: serviceTask('Task') }])}
       <bpmn:dataObjectReference id="DataRef" dataObjectRef="Data"/>
       <bpmn:dataObject id="Data"/>
       <bpmn:dataStoreReference id="Store"/>
       <bpmn:textAnnotation id="Note"><bpmn:text>Hinweis</bpmn:text></bpmn:textAnnotation>
       <bpmn:association id="Assoc" sourceRef="Task" targetRef="Note"/>
       <bpmn:group id="Group_1"/>`,
    );
    expect(Object.keys(model.elements)).toEqual(['Start', 'Task', 'End']);
    expect(model.childIds).toEqual(['Start', 'Task', 'End']);
  });

  test('the input is not modified between compilations (shared parser)', async () => {
    const xml = wrapProcess(chain([{ id: 'Task', xml: serviceTask('Task') }]));
    const [a, b] = await Promise.all([compile(xml), compile(xml)]);
    expect(a).toEqual(b);
    expect(a.processes[0].elements).not.toBe(b.processes[0].elements);
  });
});

// =============================================================================================
describe('compileBpmn: file-level problems', () => {
  test('XML that does not parse', async () => {
    const result = await compile('<bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL"><bpmn:process id="p">');
    expect(result.processes).toEqual([]);
    expect(result.problems).toHaveLength(1);
    expectProblem(result.problems, RESOURCE, /not valid BPMN 2\.0 XML: .*(unexpected end of file|unclosed|missing|mismatch).*line 1/i);
  });

  test('a document that is not BPMN', async () => {
    const result = await compile('<?xml version="1.0"?><html><body/></html>');
    expect(result.processes).toEqual([]);
    expectProblem(result.problems, RESOURCE, /not valid BPMN 2\.0 XML: failed to parse document as <bpmn:Definitions>/);
  });

  test('an empty file', async () => {
    expectProblem((await compile('')).problems, RESOURCE, /not valid BPMN 2\.0 XML/);
  });

  test('unknown elements reported by the parser', async () => {
    const problems = await problemsOf(`${chain([])}<bpmn:fancyTask id="X"/>`);
    expectProblem(problems, RESOURCE, /invalid BPMN XML: unknown type <bpmn:FancyTask>.*line \d+, column \d+/);
  });

  test('unknown zeebe extension elements reported by the parser', async () => {
    const problems = await problemsOf(
      chain([{ id: 'T', xml: serviceTask('T', 'x').replace('</bpmn:extensionElements>', '<zeebe:taskDefinitions/></bpmn:extensionElements>') }]),
    );
    expectProblem(problems, RESOURCE, /unknown type <zeebe:TaskDefinitions>/);
  });

  test('several parser complaints about one malformed spot become one problem', async () => {
    const problems = await problemsOf(chain([]), { roots: '<bpmn:message id="M" name="="payment-" + region" />' });
    expect(problems).toHaveLength(1);
    expectProblem(problems, RESOURCE, /invalid BPMN XML: .+; .+ \(unparsable content <bpmn:message> detected at line \d+, column \d+\)$/);
  });

  test('an executable process without id', async () => {
    const xml = definitions(`<bpmn:process isExecutable="true">${chain([])}</bpmn:process>`);
    expectProblem((await compile(xml)).problems, RESOURCE, /executable process has no id/);
  });

  test('duplicate ids', async () => {
    const problems = await problemsOf(`${chain([{ id: 'Task', xml: serviceTask('Task') }])}${serviceTask('Task')}`);
    expectProblem(problems, 'Task', /id 'Task' is used by more than one element/);
  });

  test('an unresolved reference names the referencing element', async () => {
    const problems = await problemsOf(`${chain([])}<bpmn:endEvent id="E2"/>${flow('Dangling', 'Start', 'Nowhere')}`);
    expectProblem(problems, 'Dangling', /targetRef refers to 'Nowhere', which does not exist/);
    // reported once, not again as "has no target"
    expect(problems.filter((p) => p.elementId === 'Dangling')).toHaveLength(1);
  });

  test('an unresolved message reference of an event definition names the event', async () => {
    const problems = await problemsOf(
      chain([{ id: 'C', xml: '<bpmn:intermediateCatchEvent id="C"><bpmn:messageEventDefinition messageRef="Missing"/></bpmn:intermediateCatchEvent>' }]),
    );
    expect(problems).toHaveLength(1);
    expectProblem(problems, 'C', /messageRef of its bpmn:MessageEventDefinition refers to 'Missing'/);
  });

  test('a diagram element pointing to a missing element is ignored', async () => {
    const xml = wrapProcess(chain([]), {
      roots: `<bpmndi:BPMNDiagram id="D"><bpmndi:BPMNPlane id="Plane" bpmnElement="Process_1">
                <bpmndi:BPMNShape id="Ghost_di" bpmnElement="Ghost"><dc:Bounds x="1" y="2" width="3" height="4"/></bpmndi:BPMNShape>
              </bpmndi:BPMNPlane></bpmndi:BPMNDiagram>`,
    });
    expect((await compile(xml)).problems).toEqual([]);
  });

  test('no executable process', async () => {
    const result = await compile(wrapProcess(chain([]), { executable: false }));
    expect(result.processes).toEqual([]);
    expectProblem(result.problems, RESOURCE, /no executable process/);
  });

  test('a file without any process', async () => {
    const result = await compile(definitions('<bpmn:message id="M" name="m"/>'));
    expectProblem(result.problems, RESOURCE, /no executable process/);
  });
});

// =============================================================================================
describe('compileBpmn: unsupported elements', () => {
  test.each([
    ['bpmn:ScriptTask', '<bpmn:scriptTask id="X"/>'],
    ['bpmn:CallActivity', '<bpmn:callActivity id="X"><bpmn:extensionElements><zeebe:calledElement processId="other"/></bpmn:extensionElements></bpmn:callActivity>'],
    ['bpmn:InclusiveGateway', '<bpmn:inclusiveGateway id="X"/>'],
    ['bpmn:IntermediateThrowEvent', '<bpmn:intermediateThrowEvent id="X"/>'],
    ['bpmn:SendTask', '<bpmn:sendTask id="X"/>'],
    ['bpmn:BusinessRuleTask', '<bpmn:businessRuleTask id="X"/>'],
    ['bpmn:ManualTask', '<bpmn:manualTask id="X"/>'],
    ['bpmn:Task', '<bpmn:task id="X"/>'],
    ['bpmn:ComplexGateway', '<bpmn:complexGateway id="X"/>'],
    ['bpmn:Transaction', '<bpmn:transaction id="X"><bpmn:startEvent id="TS"/></bpmn:transaction>'],
    ['bpmn:AdHocSubProcess', '<bpmn:adHocSubProcess id="X"><bpmn:task id="In"/></bpmn:adHocSubProcess>'],
  ])('%s', async (type, xml) => {
    const problems = await problemsOf(chain([{ id: 'X', xml }]));
    expect(problems).toEqual([{ elementId: 'X', reason: `element 'X' (${type}) is not supported by the embedded engine` }]);
  });

  test('event sub-process', async () => {
    const problems = await problemsOf(
      `${chain([])}
       <bpmn:subProcess id="Evt" triggeredByEvent="true">
         <bpmn:startEvent id="EvtStart"><bpmn:messageEventDefinition messageRef="M"/></bpmn:startEvent>
         <bpmn:endEvent id="EvtEnd"/>${flow('EF', 'EvtStart', 'EvtEnd')}
       </bpmn:subProcess>`,
      { roots: message('M', 'm', '=k') },
    );
    expect(problems).toHaveLength(1);
    expectProblem(problems, 'Evt', /event sub-process.*not supported/);
  });

  test('a flow to an unsupported element is not reported a second time', async () => {
    const problems = await problemsOf(chain([{ id: 'X', xml: '<bpmn:scriptTask id="X"/>' }, { id: 'T', xml: serviceTask('T') }]));
    expect(problems).toHaveLength(1);
  });

  test.each([
    ['signal start', 'Start', '<bpmn:startEvent id="Start"><bpmn:signalEventDefinition/></bpmn:startEvent>', /has a signal event definition.*supported: none, message, timer/],
    ['conditional start', 'Start', '<bpmn:startEvent id="Start"><bpmn:conditionalEventDefinition/></bpmn:startEvent>', /has a conditional event definition/],
    ['error start', 'Start', '<bpmn:startEvent id="Start"><bpmn:errorEventDefinition/></bpmn:startEvent>', /has a error event definition/],
    ['message end', 'End', '<bpmn:endEvent id="End"><bpmn:messageEventDefinition/></bpmn:endEvent>', /end event 'End'.*message event definition.*supported: none, error, terminate/],
    ['escalation end', 'End', '<bpmn:endEvent id="End"><bpmn:escalationEventDefinition/></bpmn:endEvent>', /escalation event definition/],
    ['compensation end', 'End', '<bpmn:endEvent id="End"><bpmn:compensateEventDefinition/></bpmn:endEvent>', /compensation event definition/],
    ['signal end', 'End', '<bpmn:endEvent id="End"><bpmn:signalEventDefinition/></bpmn:endEvent>', /signal event definition/],
  ])('%s event', async (_name, id, xml, reason) => {
    const body = chain([]).replace(id === 'Start' ? '<bpmn:startEvent id="Start"/>' : '<bpmn:endEvent id="End"/>', xml);
    const problems = await problemsOf(body);
    expect(problems).toHaveLength(1);
    expectProblem(problems, id, reason);
  });

  test.each([
    ['signal', '<bpmn:signalEventDefinition/>', /signal event definition.*supported: message, timer/],
    ['link', '<bpmn:linkEventDefinition name="x"/>', /link event definition/],
    ['conditional', '<bpmn:conditionalEventDefinition/>', /conditional event definition/],
    ['none', '', /has no event definition/],
  ])('%s intermediate catch event', async (_name, definition, reason) => {
    const problems = await problemsOf(chain([{ id: 'C', xml: `<bpmn:intermediateCatchEvent id="C">${definition}</bpmn:intermediateCatchEvent>` }]));
    expect(problems).toHaveLength(1);
    expectProblem(problems, 'C', reason);
  });

  test.each([
    ['escalation', '<bpmn:escalationEventDefinition/>', /escalation event definition.*supported: error, timer, message/],
    ['signal', '<bpmn:signalEventDefinition/>', /signal event definition/],
    ['compensation', '<bpmn:compensateEventDefinition/>', /compensation event definition/],
    ['conditional', '<bpmn:conditionalEventDefinition/>', /conditional event definition/],
    ['none', '', /has no event definition/],
  ])('%s boundary event', async (_name, definition, reason) => {
    const problems = await problemsOf(
      `${chain([{ id: 'T', xml: serviceTask('T') }])}<bpmn:boundaryEvent id="B" attachedToRef="T">${definition}</bpmn:boundaryEvent>`,
    );
    expect(problems).toHaveLength(1);
    expectProblem(problems, 'B', reason);
  });

  test('an event with two event definitions', async () => {
    const problems = await problemsOf(
      chain([
        {
          id: 'C',
          xml: `<bpmn:intermediateCatchEvent id="C"><bpmn:messageEventDefinition messageRef="M"/><bpmn:timerEventDefinition><bpmn:timeDuration>PT1M</bpmn:timeDuration></bpmn:timerEventDefinition></bpmn:intermediateCatchEvent>`,
        },
      ]),
      { roots: message('M', 'm', '=k') },
    );
    expectProblem(problems, 'C', /has 2 event definitions; exactly one is allowed/);
  });

  test('message and timer start events inside a sub-process', async () => {
    const problems = await problemsOf(
      chain([
        {
          id: 'Sub',
          xml: `<bpmn:subProcess id="Sub">
                  <bpmn:startEvent id="SubMsg"><bpmn:messageEventDefinition messageRef="M"/></bpmn:startEvent>
                  <bpmn:startEvent id="SubTimer"><bpmn:timerEventDefinition><bpmn:timeDate>2030-01-01T00:00:00Z</bpmn:timeDate></bpmn:timerEventDefinition></bpmn:startEvent>
                  <bpmn:endEvent id="SubEnd"/>${flow('S1', 'SubMsg', 'SubEnd')}${flow('S2', 'SubTimer', 'SubEnd')}
                </bpmn:subProcess>`,
        },
      ]),
      { roots: message('M', 'm') },
    );
    expectProblem(problems, 'SubMsg', /message event definition but lies inside a sub-process/);
    expectProblem(problems, 'SubTimer', /timer event definition but lies inside a sub-process/);
    expectProblem(problems, 'Sub', /has 2 start events; it needs exactly one none start event/);
  });

  test('a global event definition reference', async () => {
    const problems = await problemsOf(
      chain([{ id: 'C', xml: '<bpmn:intermediateCatchEvent id="C"><bpmn:eventDefinitionRef>TED</bpmn:eventDefinitionRef></bpmn:intermediateCatchEvent>' }]),
      { roots: '<bpmn:timerEventDefinition id="TED"><bpmn:timeDuration>PT1M</bpmn:timeDuration></bpmn:timerEventDefinition>' },
    );
    expectProblem(problems, 'C', /eventDefinitionRef/);
  });

  test('compensation handlers', async () => {
    const problems = await problemsOf(`${chain([])}<bpmn:serviceTask id="Undo" isForCompensation="true"><bpmn:extensionElements><zeebe:taskDefinition type="u"/></bpmn:extensionElements></bpmn:serviceTask>`);
    expectProblem(problems, 'Undo', /compensation is not supported/);
  });

  test('execution and task listeners', async () => {
    const problems = await problemsOf(
      chain([
        {
          id: 'T',
          xml: `<bpmn:userTask id="T"><bpmn:extensionElements><zeebe:userTask/>
                  <zeebe:executionListeners><zeebe:executionListener eventType="start" type="audit"/></zeebe:executionListeners>
                  <zeebe:taskListeners><zeebe:taskListener eventType="creating" type="assign"/></zeebe:taskListeners>
                </bpmn:extensionElements></bpmn:userTask>`,
        },
      ]),
      { processExtensions: '<zeebe:executionListeners><zeebe:executionListener eventType="end" type="x"/></zeebe:executionListeners>' },
    );
    expectProblem(problems, 'T', /execution listeners .* not supported/);
    expectProblem(problems, 'T', /task listeners .* not supported/);
    expectProblem(problems, 'Process_1', /execution listeners .* not supported/);
    expect(problems).toHaveLength(3);
  });

  test('standard loops', async () => {
    const problems = await problemsOf(
      chain([{ id: 'T', xml: serviceTask('T', 'x', '<bpmn:standardLoopCharacteristics/>') }]),
    );
    expectProblem(problems, 'T', /standard loop .* not supported/);
  });

  test('multi-instance on an element kind that cannot loop is rejected by the parser', async () => {
    const problems = await problemsOf(
      chain([]).replace('<bpmn:startEvent id="Start"/>', '<bpmn:startEvent id="Start"><bpmn:multiInstanceLoopCharacteristics/></bpmn:startEvent>'),
    );
    expectProblem(problems, RESOURCE, /multiInstanceLoopCharacteristics/);
  });

  test('multi-instance on an unsupported activity is reported through the activity', async () => {
    const problems = await problemsOf(
      chain([{ id: 'X', xml: '<bpmn:scriptTask id="X"><bpmn:multiInstanceLoopCharacteristics/></bpmn:scriptTask>' }]),
    );
    expect(problems).toEqual([{ elementId: 'X', reason: "element 'X' (bpmn:ScriptTask) is not supported by the embedded engine" }]);
  });
});

// =============================================================================================
describe('compileBpmn: configuration problems', () => {
  test('service task without zeebe:taskDefinition', async () => {
    const problems = await problemsOf(chain([{ id: 'T', xml: '<bpmn:serviceTask id="T"/>' }]));
    expect(problems).toHaveLength(1);
    expectProblem(problems, 'T', /service task 'T'.*no job type.*zeebe:taskDefinition/);
  });

  test('service task with an empty job type or empty retries', async () => {
    const problems = await problemsOf(
      chain([
        { id: 'A', xml: serviceTask('A', ' ') },
        { id: 'B', xml: '<bpmn:serviceTask id="B"><bpmn:extensionElements><zeebe:taskDefinition type="b" retries=""/></bpmn:extensionElements></bpmn:serviceTask>' },
      ]),
    );
    expectProblem(problems, 'A', /no job type/);
    expectProblem(problems, 'B', /empty retries/);
  });

  test('two zeebe:taskDefinition elements', async () => {
    const problems = await problemsOf(
      chain([{ id: 'T', xml: '<bpmn:serviceTask id="T"><bpmn:extensionElements><zeebe:taskDefinition type="a"/><zeebe:taskDefinition type="b"/></bpmn:extensionElements></bpmn:serviceTask>' }]),
    );
    expectProblem(problems, 'T', /has 2 zeebe:taskDefinition extension elements/);
  });

  test('task header without key', async () => {
    const problems = await problemsOf(
      chain([{ id: 'T', xml: serviceTask('T').replace('</bpmn:extensionElements>', '<zeebe:taskHeaders><zeebe:header value="v"/></zeebe:taskHeaders></bpmn:extensionElements>') }]),
    );
    expectProblem(problems, 'T', /task header .* without a key/);
  });

  test('job-worker-based user task (no zeebe:userTask)', async () => {
    const problems = await problemsOf(
      chain([{ id: 'U', xml: '<bpmn:userTask id="U"><bpmn:extensionElements><zeebe:formDefinition formKey="camunda-forms:bpmn:F"/></bpmn:extensionElements></bpmn:userTask>' }]),
    );
    expect(problems).toHaveLength(1);
    expectProblem(problems, 'U', /job-worker-based user task.*not supported.*zeebe:userTask/);
  });

  test('a bare user task is a job-worker-based user task too', async () => {
    const problems = await problemsOf(chain([{ id: 'U', xml: '<bpmn:userTask id="U"/>' }]));
    expectProblem(problems, 'U', /job-worker-based user task/);
  });

  test('Camunda user task with an embedded form key or an ambiguous form definition', async () => {
    const problems = await problemsOf(
      chain([
        { id: 'A', xml: userTask('A', '<zeebe:userTask/><zeebe:formDefinition formKey="camunda-forms:bpmn:F"/>') },
        { id: 'B', xml: userTask('B', '<zeebe:userTask/><zeebe:formDefinition formId="f" externalReference="https://x"/>') },
        { id: 'C', xml: userTask('C', '<zeebe:userTask/><zeebe:formDefinition/>') },
      ]),
    );
    expectProblem(problems, 'A', /formKey .* not support/);
    expectProblem(problems, 'B', /exactly one of formId and externalReference/);
    expectProblem(problems, 'C', /exactly one of formId and externalReference/);
  });

  test('user task priority must be 0..100 or an expression', async () => {
    const problems = await problemsOf(
      chain([
        { id: 'A', xml: userTask('A', '<zeebe:userTask/><zeebe:priorityDefinition priority="101"/>') },
        { id: 'B', xml: userTask('B', '<zeebe:userTask/><zeebe:priorityDefinition priority="=prio"/>') },
      ]),
    );
    expect(problems).toHaveLength(1);
    expectProblem(problems, 'A', /priority '101'.*between 0 and 100/);
  });

  test('receive task without message reference', async () => {
    const problems = await problemsOf(chain([{ id: 'R', xml: '<bpmn:receiveTask id="R"/>' }]));
    expect(problems).toHaveLength(1);
    expectProblem(problems, 'R', /does not reference a message/);
  });

  test('message catch event without message reference', async () => {
    const problems = await problemsOf(chain([{ id: 'C', xml: '<bpmn:intermediateCatchEvent id="C"><bpmn:messageEventDefinition/></bpmn:intermediateCatchEvent>' }]));
    expectProblem(problems, 'C', /does not reference a message/);
  });

  test('message catch event whose message has no subscription', async () => {
    const problems = await problemsOf(
      chain([{ id: 'C', xml: '<bpmn:intermediateCatchEvent id="C"><bpmn:messageEventDefinition messageRef="M"/></bpmn:intermediateCatchEvent>' }]),
      { roots: message('M', 'docs') },
    );
    expect(problems).toHaveLength(1);
    expectProblem(problems, 'C', /message 'M'.*no correlation key.*zeebe:subscription/);
  });

  test('receive task and message boundary event whose subscription has an empty correlation key', async () => {
    const problems = await problemsOf(
      `${chain([{ id: 'R', xml: '<bpmn:receiveTask id="R" messageRef="M1"/>' }])}
       <bpmn:boundaryEvent id="B" attachedToRef="R"><bpmn:messageEventDefinition messageRef="M2"/></bpmn:boundaryEvent>`,
      { roots: message('M1', 'a', '') + message('M2', 'b') },
    );
    expectProblem(problems, 'R', /message 'M1'.*no correlation key/);
    expectProblem(problems, 'B', /message 'M2'.*no correlation key/);
  });

  test('a static correlation key', async () => {
    const problems = await problemsOf(
      chain([{ id: 'R', xml: '<bpmn:receiveTask id="R" messageRef="M"/>' }]),
      { roots: message('M', 'docs', 'antragId') },
    );
    expectProblem(problems, 'R', /correlation key 'antragId'.*must be a FEEL expression starting with '='.*'=antragId'/);
  });

  test('message without name (catch event and start event)', async () => {
    const problems = await problemsOf(
      `<bpmn:startEvent id="S"><bpmn:messageEventDefinition messageRef="Nameless"/></bpmn:startEvent>
       <bpmn:intermediateCatchEvent id="C"><bpmn:messageEventDefinition messageRef="Nameless2"/></bpmn:intermediateCatchEvent>
       <bpmn:endEvent id="E"/>${flow('F1', 'S', 'C')}${flow('F2', 'C', 'E')}`,
      { roots: '<bpmn:message id="Nameless"/><bpmn:message id="Nameless2"><bpmn:extensionElements><zeebe:subscription correlationKey="=k"/></bpmn:extensionElements></bpmn:message>' },
    );
    expect(problems).toHaveLength(2);
    expectProblem(problems, 'S', /message 'Nameless', which has no name/);
    expectProblem(problems, 'C', /message 'Nameless2', which has no name/);
  });

  test('a message reference that is not a message', async () => {
    const problems = await problemsOf(chain([{ id: 'R', xml: '<bpmn:receiveTask id="R" messageRef="Start"/>' }]));
    expectProblem(problems, 'R', /references 'Start' \(bpmn:StartEvent\).*not a bpmn:message/);
  });

  test('one message used by two message start events, and two messages with one name', async () => {
    const problems = await problemsOf(
      `<bpmn:startEvent id="S1"><bpmn:messageEventDefinition messageRef="M"/></bpmn:startEvent>
       <bpmn:startEvent id="S2"><bpmn:messageEventDefinition messageRef="M"/></bpmn:startEvent>
       <bpmn:startEvent id="S3"><bpmn:messageEventDefinition messageRef="Twin"/></bpmn:startEvent>
       <bpmn:endEvent id="E"/>${flow('F1', 'S1', 'E')}${flow('F2', 'S2', 'E')}${flow('F3', 'S3', 'E')}`,
      { roots: message('M', 'go') + message('Twin', 'go') },
    );
    expectProblem(problems, 'M', /referenced by more than one message start event \(S1, S2\)/);
    expectProblem(problems, 'Process_1', /S1, S3 .*same name 'go'/);
  });

  test('timer without definition, and with two definitions', async () => {
    const problems = await problemsOf(
      chain([
        { id: 'T0', xml: '<bpmn:intermediateCatchEvent id="T0"><bpmn:timerEventDefinition/></bpmn:intermediateCatchEvent>' },
        {
          id: 'T2',
          xml: '<bpmn:intermediateCatchEvent id="T2"><bpmn:timerEventDefinition><bpmn:timeDuration>PT1M</bpmn:timeDuration><bpmn:timeDate>2030-01-01T00:00:00Z</bpmn:timeDate></bpmn:timerEventDefinition></bpmn:intermediateCatchEvent>',
        },
        { id: 'TE', xml: '<bpmn:intermediateCatchEvent id="TE"><bpmn:timerEventDefinition><bpmn:timeDuration>  </bpmn:timeDuration></bpmn:timerEventDefinition></bpmn:intermediateCatchEvent>' },
      ]),
    );
    expectProblem(problems, 'T0', /no timer definition; set exactly one of timeDuration, timeDate or timeCycle/);
    expectProblem(problems, 'T2', /defines timeDuration and timeDate; exactly one/);
    expectProblem(problems, 'TE', /timeDuration of timer event 'TE'.*is empty/);
    expect(problems).toHaveLength(3);
  });

  test('timer kinds that Zeebe does not allow at a position', async () => {
    const problems = await problemsOf(
      `<bpmn:startEvent id="S"><bpmn:timerEventDefinition><bpmn:timeDuration>PT1H</bpmn:timeDuration></bpmn:timerEventDefinition></bpmn:startEvent>
       <bpmn:intermediateCatchEvent id="C"><bpmn:timerEventDefinition><bpmn:timeCycle>R/PT1H</bpmn:timeCycle></bpmn:timerEventDefinition></bpmn:intermediateCatchEvent>
       ${serviceTask('T')}
       <bpmn:boundaryEvent id="B" attachedToRef="T"><bpmn:timerEventDefinition><bpmn:timeCycle>R/PT1H</bpmn:timeCycle></bpmn:timerEventDefinition></bpmn:boundaryEvent>
       <bpmn:endEvent id="E"/>
       ${flow('F1', 'S', 'C')}${flow('F2', 'C', 'T')}${flow('F3', 'T', 'E')}`,
    );
    expectProblem(problems, 'S', /timeDuration is not allowed on a timer start event.*timeDate or timeCycle/);
    expectProblem(problems, 'C', /timeCycle is not allowed on an intermediate timer catch event/);
    expectProblem(problems, 'B', /timeCycle is not allowed on an interrupting timer boundary event/);
    expect(problems).toHaveLength(3);
  });

  test('a static timer duration that is not ISO 8601', async () => {
    const problems = await problemsOf(
      chain([{ id: 'C', xml: '<bpmn:intermediateCatchEvent id="C"><bpmn:timerEventDefinition><bpmn:timeDuration>15 minutes</bpmn:timeDuration></bpmn:timerEventDefinition></bpmn:intermediateCatchEvent>' }]),
    );
    expectProblem(problems, 'C', /'15 minutes'.*not an ISO 8601 duration/);
  });

  test('error end event without error reference or without error code', async () => {
    const problems = await problemsOf(
      `<bpmn:startEvent id="S"/><bpmn:parallelGateway id="G"/>
       <bpmn:endEvent id="NoRef"><bpmn:errorEventDefinition/></bpmn:endEvent>
       <bpmn:endEvent id="NoCode"><bpmn:errorEventDefinition errorRef="Err"/></bpmn:endEvent>
       ${flow('F0', 'S', 'G')}${flow('F1', 'G', 'NoRef')}${flow('F2', 'G', 'NoCode')}`,
      { roots: '<bpmn:error id="Err" name="Kaputt"/>' },
    );
    expectProblem(problems, 'NoRef', /does not reference an error/);
    expectProblem(problems, 'NoCode', /error 'Err', which has no errorCode/);
    expect(problems).toHaveLength(2);
  });

  test('non-interrupting error boundary event and error catch with an expression code', async () => {
    const problems = await problemsOf(
      `${chain([{ id: 'T', xml: serviceTask('T') }])}
       <bpmn:boundaryEvent id="B1" attachedToRef="T" cancelActivity="false"><bpmn:errorEventDefinition/></bpmn:boundaryEvent>
       <bpmn:boundaryEvent id="B2" attachedToRef="T"><bpmn:errorEventDefinition errorRef="Dyn"/></bpmn:boundaryEvent>`,
      { roots: '<bpmn:error id="Dyn" errorCode="=code"/>' },
    );
    expectProblem(problems, 'B1', /non-interrupting.*error boundary events are always interrupting/);
    expectProblem(problems, 'B2', /errorCode '=code' is an expression/);
  });

  test('duplicate catch definitions on one activity', async () => {
    const problems = await problemsOf(
      `${chain([{ id: 'T', xml: serviceTask('T') }])}
       <bpmn:boundaryEvent id="E1" attachedToRef="T"><bpmn:errorEventDefinition/></bpmn:boundaryEvent>
       <bpmn:boundaryEvent id="E2" attachedToRef="T"><bpmn:errorEventDefinition/></bpmn:boundaryEvent>
       <bpmn:boundaryEvent id="C1" attachedToRef="T"><bpmn:errorEventDefinition errorRef="Err"/></bpmn:boundaryEvent>
       <bpmn:boundaryEvent id="C2" attachedToRef="T"><bpmn:errorEventDefinition errorRef="Err2"/></bpmn:boundaryEvent>
       <bpmn:boundaryEvent id="M1" attachedToRef="T"><bpmn:messageEventDefinition messageRef="Msg"/></bpmn:boundaryEvent>
       <bpmn:boundaryEvent id="M2" attachedToRef="T" cancelActivity="false"><bpmn:messageEventDefinition messageRef="Msg"/></bpmn:boundaryEvent>`,
      { roots: '<bpmn:error id="Err" errorCode="X"/><bpmn:error id="Err2" errorCode="X"/>' + message('Msg', 'm', '=k') },
    );
    expectProblem(problems, 'T', /E1, E2 .*catch every error/);
    expectProblem(problems, 'T', /C1, C2 .*error code 'X'/);
    expectProblem(problems, 'T', /M1, M2 .*message 'm'/);
    expect(problems).toHaveLength(3);
  });

  test('receive task and its boundary event waiting for the same message name', async () => {
    const problems = await problemsOf(
      `${chain([{ id: 'R', xml: '<bpmn:receiveTask id="R" messageRef="Msg"/>' }])}
       <bpmn:boundaryEvent id="B" attachedToRef="R"><bpmn:messageEventDefinition messageRef="Msg"/></bpmn:boundaryEvent>`,
      { roots: message('Msg', 'm', '=k') },
    );
    expectProblem(problems, 'R', /receive task 'R' and its boundary event B wait for the same message name 'm'/);
  });

  test('multi-instance without zeebe:loopCharacteristics / input collection', async () => {
    const problems = await problemsOf(
      chain([
        { id: 'A', xml: serviceTask('A', 'x', '<bpmn:multiInstanceLoopCharacteristics/>') },
        {
          id: 'B',
          xml: serviceTask('B', 'x', '<bpmn:multiInstanceLoopCharacteristics><bpmn:extensionElements><zeebe:loopCharacteristics inputElement="i"/></bpmn:extensionElements></bpmn:multiInstanceLoopCharacteristics>'),
        },
      ]),
    );
    expectProblem(problems, 'A', /no input collection.*zeebe:loopCharacteristics inputCollection/);
    expectProblem(problems, 'B', /no input collection/);
    expect(problems).toHaveLength(2);
  });

  test('multi-instance with unpaired output settings or static expressions', async () => {
    const mi = (attrs: string) =>
      `<bpmn:multiInstanceLoopCharacteristics><bpmn:extensionElements><zeebe:loopCharacteristics ${attrs}/></bpmn:extensionElements></bpmn:multiInstanceLoopCharacteristics>`;
    const problems = await problemsOf(
      chain([
        { id: 'A', xml: serviceTask('A', 'x', mi('inputCollection="=xs" outputCollection="out"')) },
        { id: 'B', xml: serviceTask('B', 'x', mi('inputCollection="=xs" outputElement="=r"')) },
        { id: 'C', xml: serviceTask('C', 'x', mi('inputCollection="xs"')) },
        { id: 'D', xml: serviceTask('D', 'x', mi('inputCollection="=xs" outputCollection="out" outputElement="r"')) },
      ]),
    );
    expectProblem(problems, 'A', /outputCollection but no outputElement/);
    expectProblem(problems, 'B', /outputElement but no outputCollection/);
    expectProblem(problems, 'C', /input collection 'xs'.*FEEL expression/);
    expectProblem(problems, 'D', /output element 'r'.*FEEL expression/);
    expect(problems).toHaveLength(4);
  });

  test('variable mappings without target, and output mappings with a static source', async () => {
    const problems = await problemsOf(
      chain([
        {
          id: 'T',
          xml: serviceTask('T').replace(
            '</bpmn:extensionElements>',
            '<zeebe:ioMapping><zeebe:input source="=a"/><zeebe:output source="result" target="r"/><zeebe:output source="=x"/></zeebe:ioMapping></bpmn:extensionElements>',
          ),
        },
      ]),
    );
    expectProblem(problems, 'T', /input mapping .*source="=a".* without a target/);
    expectProblem(problems, 'T', /source 'result' of the output mapping to 'r' must be a FEEL expression/);
    expectProblem(problems, 'T', /output mapping .*source="=x".* without a target/);
    expect(problems).toHaveLength(3);
  });

  test('variable mapping targets must be ASCII variable names or dotted paths, and no reserved words', async () => {
    const problems = await problemsOf(
      chain([
        {
          id: 'T',
          xml: serviceTask('T').replace(
            '</bpmn:extensionElements>',
            `<zeebe:ioMapping>
               <zeebe:input source="=1" target="prüfung"/>
               <zeebe:input source="=1" target="a b"/>
               <zeebe:input source="=1" target="ok_1.sub_2"/>
               <zeebe:output source="=1" target="=x"/>
               <zeebe:output source="=1" target="a..b"/>
               <zeebe:output source="=1" target="null"/>
             </zeebe:ioMapping></bpmn:extensionElements>`,
          ),
        },
      ]),
    );
    expectProblem(problems, 'T', /target 'prüfung' of an input mapping is not a variable name or dotted path/);
    expectProblem(problems, 'T', /target 'a b' of an input mapping/);
    expectProblem(problems, 'T', /target '=x' of an output mapping/);
    expectProblem(problems, 'T', /target 'a\.\.b' of an output mapping/);
    expectProblem(problems, 'T', /target 'null' of an output mapping is a reserved word/);
    expect(problems).toHaveLength(5);
  });
});

// =============================================================================================
describe('compileBpmn: structural problems', () => {
  test('condition on a flow leaving a task or a parallel gateway', async () => {
    const problems = await problemsOf(
      `<bpmn:startEvent id="S"/>${serviceTask('T')}<bpmn:parallelGateway id="P"/><bpmn:endEvent id="E1"/><bpmn:endEvent id="E2"/>
       ${flow('F1', 'S', 'T')}${flow('FromTask', 'T', 'P', '=x')}${flow('FromFork', 'P', 'E1', '=y')}${flow('F4', 'P', 'E2')}`,
    );
    expectProblem(problems, 'FromTask', /conditions are only supported on flows leaving an exclusive gateway.*'T' \(bpmn:ServiceTask\)/);
    expectProblem(problems, 'FromFork', /conditions are only supported on flows leaving an exclusive gateway.*'P' \(bpmn:ParallelGateway\)/);
    expect(problems).toHaveLength(2);
  });

  test('a static or empty condition', async () => {
    const problems = await problemsOf(
      `<bpmn:startEvent id="S"/><bpmn:exclusiveGateway id="G" default="D"/><bpmn:endEvent id="E1"/><bpmn:endEvent id="E2"/><bpmn:endEvent id="E3"/>
       ${flow('F0', 'S', 'G')}${flow('Static', 'G', 'E1', 'x > 1')}${flow('Empty', 'G', 'E2', ' ')}${flow('D', 'G', 'E3')}`,
    );
    expectProblem(problems, 'Static', /condition 'x > 1'.*must be a FEEL expression starting with '='/);
    expectProblem(problems, 'Empty', /empty condition expression/);
    expect(problems).toHaveLength(2);
  });

  test('exclusive gateway with a non-default flow without condition', async () => {
    const problems = await problemsOf(
      `<bpmn:startEvent id="S"/><bpmn:exclusiveGateway id="G" default="Default"/><bpmn:endEvent id="E1"/><bpmn:endEvent id="E2"/><bpmn:endEvent id="E3"/>
       ${flow('F0', 'S', 'G')}${flow('Ok', 'G', 'E1', '=a')}${flow('Bare', 'G', 'E2')}${flow('Default', 'G', 'E3')}`,
    );
    expect(problems).toEqual([
      {
        elementId: 'Bare',
        reason: "sequence flow 'Bare' leaves exclusive gateway 'G', which has several outgoing flows, but has no condition and is not the default flow",
      },
    ]);
  });

  test('exclusive gateway whose default flow starts elsewhere', async () => {
    const problems = await problemsOf(
      `<bpmn:startEvent id="S"/><bpmn:exclusiveGateway id="G" default="F0"/><bpmn:endEvent id="E"/>${flow('F0', 'S', 'G')}${flow('F1', 'G', 'E')}`,
    );
    expectProblem(problems, 'G', /default flow 'F0'.*does not start at this gateway/);
  });

  test('element without incoming flow', async () => {
    const problems = await problemsOf(`${chain([])}${serviceTask('Orphan')}<bpmn:endEvent id="LooseEnd"/>`);
    expectProblem(problems, 'Orphan', /has no incoming sequence flow/);
    expectProblem(problems, 'LooseEnd', /has no incoming sequence flow/);
    expect(problems).toHaveLength(2);
  });

  test('start event with incoming flows, end event with outgoing flows', async () => {
    const problems = await problemsOf(
      `<bpmn:startEvent id="S"/>${serviceTask('T')}<bpmn:endEvent id="E"/>${flow('F1', 'S', 'T')}${flow('F2', 'T', 'E')}${flow('Back', 'E', 'S')}`,
    );
    expectProblem(problems, 'S', /start event 'S'.*has incoming sequence flows/);
    expectProblem(problems, 'E', /end event 'E'.*has outgoing sequence flows/);
    expect(problems).toHaveLength(2);
  });

  test('sequence flow crossing a sub-process boundary', async () => {
    const problems = await problemsOf(
      `<bpmn:startEvent id="S"/>
       <bpmn:subProcess id="Sub"><bpmn:startEvent id="SubStart"/>${serviceTask('Inside')}${flow('In1', 'SubStart', 'Inside')}</bpmn:subProcess>
       <bpmn:endEvent id="E"/>
       ${flow('F1', 'S', 'Sub')}${flow('Escape', 'Inside', 'E')}`,
    );
    expectProblem(problems, 'Escape', /lies in 'Process_1' but its source 'Inside' lies in 'Sub'/);
    expect(problems).toHaveLength(1);
  });

  test('sequence flow without source or target, or to a non-flow-node', async () => {
    const problems = await problemsOf(
      `${chain([])}<bpmn:dataObject id="Data"/>
       <bpmn:sequenceFlow id="NoSource" targetRef="End"/>
       <bpmn:sequenceFlow id="ToData" sourceRef="Start" targetRef="Data"/>`,
    );
    expectProblem(problems, 'NoSource', /has no source \(sourceRef is missing\)/);
    expectProblem(problems, 'ToData', /target of sequence flow 'ToData' is 'Data' \(bpmn:DataObject\), which is not a flow node/);
  });

  test('sequence flow between two processes', async () => {
    const xml = wrapProcess(`${chain([])}${flow('Across', 'Start', 'Other_End')}`, {
      roots: `<bpmn:process id="Other" isExecutable="true"><bpmn:startEvent id="Other_Start"/><bpmn:endEvent id="Other_End"/>${flow('OF', 'Other_Start', 'Other_End')}</bpmn:process>`,
    });
    const { problems } = await compile(xml);
    expectProblem(problems, 'Across', /'Other_End' \(bpmn:EndEvent\), which is not a flow node of process 'Process_1'/);
  });

  test('event-based gateway leading to something else than message/timer catch events', async () => {
    const problems = await problemsOf(
      `<bpmn:startEvent id="S"/><bpmn:eventBasedGateway id="G"/>
       <bpmn:intermediateCatchEvent id="Timer"><bpmn:timerEventDefinition><bpmn:timeDuration>PT1H</bpmn:timeDuration></bpmn:timerEventDefinition></bpmn:intermediateCatchEvent>
       ${serviceTask('Task')}
       <bpmn:receiveTask id="Receive" messageRef="M"/>
       <bpmn:endEvent id="E"/>
       ${flow('F0', 'S', 'G')}${flow('F1', 'G', 'Timer')}${flow('F2', 'G', 'Task')}${flow('F3', 'G', 'Receive')}
       ${flow('F4', 'Timer', 'E')}${flow('F5', 'Task', 'E')}${flow('F6', 'Receive', 'E')}`,
      { roots: message('M', 'm', '=k') },
    );
    expectProblem(problems, 'G', /via 'F2' to 'Task'.*only lead to message or timer intermediate catch events/);
    expectProblem(problems, 'G', /via 'F3' to 'Receive'/);
    expect(problems).toHaveLength(2);
  });

  test('event-based gateway whose target has other incoming flows, and with one outgoing flow', async () => {
    const problems = await problemsOf(
      `<bpmn:startEvent id="S"/><bpmn:parallelGateway id="P"/><bpmn:eventBasedGateway id="G"/>
       <bpmn:intermediateCatchEvent id="Timer"><bpmn:timerEventDefinition><bpmn:timeDuration>PT1H</bpmn:timeDuration></bpmn:timerEventDefinition></bpmn:intermediateCatchEvent>
       <bpmn:endEvent id="E"/>
       ${flow('F0', 'S', 'P')}${flow('F1', 'P', 'G')}${flow('F2', 'P', 'Timer')}${flow('F3', 'G', 'Timer')}${flow('F4', 'Timer', 'E')}`,
    );
    expectProblem(problems, 'G', /has 1 outgoing sequence flow\(s\); it needs at least two/);
    expectProblem(problems, 'G', /'Timer', a target of event-based gateway 'G', has other incoming sequence flows/);
    expect(problems).toHaveLength(2);
  });

  test('event-based gateway with two targets waiting for the same message', async () => {
    const catchM = (id: string) => `<bpmn:intermediateCatchEvent id="${id}"><bpmn:messageEventDefinition messageRef="M"/></bpmn:intermediateCatchEvent>`;
    const problems = await problemsOf(
      `<bpmn:startEvent id="S"/><bpmn:eventBasedGateway id="G"/>${catchM('A')}${catchM('B')}<bpmn:endEvent id="E"/>
       ${flow('F0', 'S', 'G')}${flow('F1', 'G', 'A')}${flow('F2', 'G', 'B')}${flow('F3', 'A', 'E')}${flow('F4', 'B', 'E')}`,
      { roots: message('M', 'm', '=k') },
    );
    expectProblem(problems, 'G', /A, B .*all wait for message 'm'/);
  });

  test('boundary event attached to a gateway, an event, or nothing', async () => {
    const problems = await problemsOf(
      `${chain([{ id: 'G', xml: '<bpmn:exclusiveGateway id="G"/>' }])}
       <bpmn:boundaryEvent id="OnGateway" attachedToRef="G"><bpmn:timerEventDefinition><bpmn:timeDuration>PT1M</bpmn:timeDuration></bpmn:timerEventDefinition></bpmn:boundaryEvent>
       <bpmn:boundaryEvent id="OnEnd" attachedToRef="End"><bpmn:errorEventDefinition/></bpmn:boundaryEvent>
       <bpmn:boundaryEvent id="Floating"><bpmn:errorEventDefinition/></bpmn:boundaryEvent>`,
    );
    expectProblem(problems, 'OnGateway', /attached to 'G' \(bpmn:ExclusiveGateway\); boundary events can only be attached to service tasks, user tasks, receive tasks and sub-processes/);
    expectProblem(problems, 'OnEnd', /attached to 'End' \(bpmn:EndEvent\)/);
    expectProblem(problems, 'Floating', /not attached to an activity/);
    expect(problems).toHaveLength(3);
  });

  test('boundary event attached to an activity in another scope', async () => {
    const problems = await problemsOf(
      `<bpmn:startEvent id="S"/>
       <bpmn:subProcess id="Sub"><bpmn:startEvent id="SubStart"/>${serviceTask('Inside')}${flow('In1', 'SubStart', 'Inside')}</bpmn:subProcess>
       <bpmn:boundaryEvent id="B" attachedToRef="Inside"><bpmn:errorEventDefinition/></bpmn:boundaryEvent>
       <bpmn:endEvent id="E"/>${flow('F1', 'S', 'Sub')}${flow('F2', 'Sub', 'E')}`,
    );
    expectProblem(problems, 'B', /lies in 'Process_1' but its activity 'Inside' lies in 'Sub'/);
  });

  test('boundary event with incoming flows', async () => {
    const problems = await problemsOf(
      `<bpmn:startEvent id="S"/>${serviceTask('T')}<bpmn:parallelGateway id="P"/>
       <bpmn:boundaryEvent id="B" attachedToRef="T"><bpmn:errorEventDefinition/></bpmn:boundaryEvent><bpmn:endEvent id="E"/>
       ${flow('F1', 'S', 'P')}${flow('F2', 'P', 'T')}${flow('F3', 'P', 'B')}${flow('F4', 'T', 'E')}`,
    );
    expectProblem(problems, 'B', /boundary event 'B'.*has incoming sequence flows/);
    expect(problems).toHaveLength(1);
  });

  test('a boundary event attached to an unsupported activity is reported only through the activity', async () => {
    const problems = await problemsOf(
      `${chain([{ id: 'X', xml: '<bpmn:scriptTask id="X"/>' }])}<bpmn:boundaryEvent id="B" attachedToRef="X"><bpmn:errorEventDefinition/></bpmn:boundaryEvent>`,
    );
    expect(problems.map((p) => p.elementId)).toEqual(['X']);
  });

  test('process without start event', async () => {
    const problems = await problemsOf(`${serviceTask('T')}<bpmn:endEvent id="E"/>${flow('F', 'T', 'E')}`);
    expectProblem(problems, 'Process_1', /has no start event/);
    expectProblem(problems, 'T', /no incoming sequence flow/);
  });

  test('two none start events in the process', async () => {
    const problems = await problemsOf(
      `<bpmn:startEvent id="S1"/><bpmn:startEvent id="S2"/><bpmn:endEvent id="E"/>${flow('F1', 'S1', 'E')}${flow('F2', 'S2', 'E')}`,
    );
    expect(problems).toEqual([
      { elementId: 'Process_1', reason: "process 'Process_1' has 2 none start events (S1, S2); at most one is allowed" },
    ]);
  });

  test('sub-process without start event, and with two none start events', async () => {
    const problems = await problemsOf(
      chain([
        { id: 'Empty', xml: `<bpmn:subProcess id="Empty">${serviceTask('Lonely')}</bpmn:subProcess>` },
        {
          id: 'Double',
          xml: `<bpmn:subProcess id="Double"><bpmn:startEvent id="D1"/><bpmn:startEvent id="D2"/><bpmn:endEvent id="DE"/>${flow('DF1', 'D1', 'DE')}${flow('DF2', 'D2', 'DE')}</bpmn:subProcess>`,
        },
      ]),
    );
    expectProblem(problems, 'Empty', /has 0 start events; it needs exactly one none start event/);
    expectProblem(problems, 'Double', /has 2 start events/);
    expectProblem(problems, 'Lonely', /no incoming sequence flow/);
    expect(problems).toHaveLength(3);
  });

  test('every problem of a file is listed, not only the first one', async () => {
    const problems = await problemsOf(
      `<bpmn:startEvent id="S"/>
       <bpmn:serviceTask id="NoType"/>
       <bpmn:scriptTask id="Script"/>
       <bpmn:userTask id="OldUserTask"/>
       <bpmn:exclusiveGateway id="G"/>
       <bpmn:endEvent id="E1"/><bpmn:endEvent id="E2"/>
       ${flow('F1', 'S', 'NoType')}${flow('F2', 'NoType', 'Script')}${flow('F3', 'Script', 'OldUserTask')}
       ${flow('F4', 'OldUserTask', 'G')}${flow('F5', 'G', 'E1')}${flow('F6', 'G', 'E2')}`,
    );
    expect(problems.map((p) => p.elementId).sort()).toEqual(['F5', 'F6', 'NoType', 'OldUserTask', 'Script']);
  });

  test('an element without id', async () => {
    const problems = await problemsOf(`${chain([])}<bpmn:endEvent/>`);
    expectProblem(problems, 'Process_1', /a bpmn:EndEvent inside 'Process_1' has no id/);
  });
});
