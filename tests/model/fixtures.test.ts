/** Models as Camunda Modeler saves them: collaboration, lanes, data objects, annotations and diagram interchange. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { compileBpmn } from '../../engine/model/index.js';

function fixture(name: string): string {
  return readFileSync(join(process.cwd(), 'tests', 'fixtures', 'bpmn', name), 'utf8');
}

test('wohngeld-antrag.bpmn: collaboration, lanes, data objects, annotations and DI are ignored', async () => {
  const { processes, problems } = await compileBpmn(fixture('wohngeld-antrag.bpmn'), 'wohngeld-antrag.bpmn');
  expect(problems).toEqual([]);
  expect(processes).toHaveLength(1);
  const model = processes[0];
  expect(model.id).toBe('wohngeld-antrag');
  expect(model.name).toBe('Wohngeldantrag bearbeiten');
  expect(model.versionTag).toBe('2025.1');
  expect(model.noneStartEventId).toBe('StartEvent_Antrag');
  expect(model.childIds).toEqual([
    'StartEvent_Antrag',
    'Activity_Erfassen',
    'Activity_Unterlagen',
    'Event_Erinnerung',
    'Activity_Erinnern',
    'Event_ErinnerungGesendet',
    'Activity_Einkommen',
    'Gateway_Anspruch',
    'Activity_Bescheid',
    'EndEvent_Bewilligt',
    'EndEvent_Abgelehnt',
  ]);
  expect(Object.keys(model.flows)).toHaveLength(9);

  expect(model.elements.Activity_Erfassen.userTask).toEqual({
    formId: 'wohngeld-antrag-erfassen',
    candidateGroups: 'wohngeld-sachbearbeitung',
    dueDate: '=now() + duration("P5D")',
    priority: '60',
  });
  expect(model.elements.Activity_Unterlagen.event).toEqual({
    type: 'message',
    messageName: 'unterlagen-eingegangen',
    correlationKey: '=antrag.aktenzeichen',
  });
  expect(model.elements.Activity_Unterlagen.boundaryEventIds).toEqual(['Event_Erinnerung']);
  expect(model.elements.Event_Erinnerung).toMatchObject({
    attachedToRef: 'Activity_Unterlagen',
    cancelActivity: false,
    event: { type: 'timer', timeCycle: 'R4/P7D' },
    outgoing: ['Flow_0b1'],
  });
  expect(model.elements.Activity_Erinnern.taskDefinition).toEqual({ type: 'send-reminder', retries: '5' });
  expect(model.elements.Activity_Erinnern.taskHeaders).toEqual({ template: 'unterlagen-erinnerung' });
  expect(model.elements.Activity_Einkommen.multiInstance).toEqual({
    isSequential: false,
    inputCollection: '=antrag.haushalt',
    inputElement: 'mitglied',
    outputCollection: 'pruefungen',
    outputElement: '=pruefung',
  });
  expect(model.elements.Gateway_Anspruch.defaultFlowId).toBe('Flow_Nein');
  expect(model.flows.Flow_Ja.conditionExpression).toBe('=every p in pruefungen satisfies p.anspruch');
});

test('wohngeld-pruefung.bpmn: start events, sub-process, event-based gateway and error handling', async () => {
  const { processes, problems } = await compileBpmn(fixture('wohngeld-pruefung.bpmn'), 'wohngeld-pruefung.bpmn');
  expect(problems).toEqual([]);
  const model = processes[0];
  expect(model.noneStartEventId).toBeUndefined();
  expect(model.timerStartEventIds).toEqual(['StartEvent_Nachts']);
  expect(model.messageStartEventIds).toEqual(['StartEvent_Nachpruefung']);
  expect(model.elements.StartEvent_Nachpruefung.event).toEqual({ type: 'message', messageName: 'nachpruefung-angefordert' });
  expect(model.childIds).toEqual([
    'StartEvent_Nachts',
    'StartEvent_Nachpruefung',
    'Gateway_Merge',
    'SubProcess_Pruefung',
    'Event_Unplausibel',
    'EndEvent_Fertig',
    'EndEvent_Abbruch',
  ]);

  const sub = model.elements.SubProcess_Pruefung;
  expect(sub.startEventId).toBe('StartEvent_Sub');
  expect(sub.boundaryEventIds).toEqual(['Event_Unplausibel']);
  expect(sub.inputs).toEqual([{ source: '=fall.aktenzeichen', target: 'az' }]);
  expect(sub.outputs).toEqual([{ source: '=entscheidung', target: 'fall.entscheidung' }]);
  expect(sub.childIds).toHaveLength(11);
  for (const id of sub.childIds) expect(model.elements[id].flowScopeId).toBe('SubProcess_Pruefung');

  expect(model.elements.Activity_Melderegister.taskDefinition).toEqual({ type: 'melderegister', retries: '=fall.retries' });
  expect(model.elements.Gateway_Warten.outgoing).toEqual(['Flow_S5', 'Flow_S6']);
  expect(model.elements.Event_Frist.event).toEqual({ type: 'timer', timeDuration: 'P14D' });
  expect(model.elements.Gateway_Join.incoming).toEqual(['Flow_S4', 'Flow_S9']);
  expect(model.flows.Flow_S11.conditionExpression).toBe('=fall.einkommen <= fall.grenze');
  expect(model.elements.EndEvent_Unplausibel.event).toEqual({ type: 'error', errorCode: 'UNPLAUSIBEL' });
  expect(model.elements.Event_Unplausibel.event).toEqual({ type: 'error', errorCode: 'UNPLAUSIBEL' });
  expect(model.elements.Event_Unplausibel.cancelActivity).toBe(true);
  expect(model.elements.EndEvent_Abbruch.event).toEqual({ type: 'terminate' });
});

test('unsupported-legacy.bpmn: every unsupported construct is named', async () => {
  const { problems } = await compileBpmn(fixture('unsupported-legacy.bpmn'), 'unsupported-legacy.bpmn');
  expect(problems.map((p) => p.elementId)).toEqual([
    'Activity_Sichten',
    'Activity_Frist',
    'Gateway_Pruefungen',
    'Activity_Rechtspruefung',
    'Event_Info',
    'Activity_Storno',
  ]);
  expect(problems[0].reason).toMatch(/job-worker-based user task/);
  expect(problems[1].reason).toBe("element 'Activity_Frist' (bpmn:ScriptTask) is not supported by the embedded engine");
  expect(problems[5].reason).toMatch(/event sub-process/);
});
