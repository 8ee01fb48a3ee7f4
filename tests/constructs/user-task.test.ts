/**
 * Camunda user tasks (`zeebe:userTask`): linked form (`zeebe:formDefinition formId`, deployed as a
 * .form), assignee from an expression, candidate groups, due date from an expression evaluated on
 * the pinned clock, follow-up date from a variable, priority, headers; completion with variables.
 */
import { DAY, T0, useHarness } from './harness.ts';

const harness = useHarness();
let formKey: string;

beforeAll(async () => {
  const deployment = await harness().deploy('construct-review.form', 'user-task.bpmn');
  expect(deployment.forms.map((form) => form.formId)).toEqual(['construct-review-form']);
  formKey = String(deployment.forms[0].formKey);
});

describe('user task', () => {
  test('is created with its form, assignee, candidate groups, due and follow-up dates, priority and headers', async () => {
    const h = harness();
    const key = await h.start('construct-user-task', { reviewer: 'anna', followUpAt: '2030-03-05T09:30:00Z' });
    const task = await h.waitForUserTask(key, 'Review');

    expect(task).toMatchObject({
      name: 'Review the application',
      state: 'CREATED',
      assignee: 'anna',
      candidateGroups: ['sachbearbeitung', 'teamleitung'],
      priority: 75,
      processDefinitionId: 'construct-user-task',
      customHeaders: { department: 'wohngeld' },
    });
    expect(String(task.formKey)).toBe(formKey);
    // `=now() + duration("P2D")`, evaluated when the task was created, on the pinned clock
    expect(Date.parse(String(task.dueDate))).toBe(h.now + 2 * DAY);
    expect(h.now).toBe(T0);
    expect(Date.parse(String(task.followUpDate))).toBe(Date.parse('2030-03-05T09:30:00Z'));

    const form = await h.client.getUserTaskForm({ userTaskKey: task.userTaskKey }, { consistency: { waitUpToMs: 0 } });
    if (!form) throw new Error('the user task has no linked form');
    expect(form.formId).toBe('construct-review-form');
    expect(Number(form.version)).toBe(1);
    expect(String(form.formKey)).toBe(formKey);
    expect((form.schema as { components: Array<{ key: string }> }).components.map((c) => c.key)).toEqual(['approved', 'comment']);
  });

  test('can be found by candidate group and completed with variables, which land in the process', async () => {
    const h = harness();
    const key = await h.start('construct-user-task', { reviewer: 'bernd', followUpAt: '2030-03-06T10:00:00Z' });
    await h.waitForUserTask(key, 'Review');
    const byGroup = await h.client.searchUserTasks({ filter: { candidateGroup: 'teamleitung', processInstanceKey: key } }, { consistency: { waitUpToMs: 0 } });
    expect(byGroup.items).toHaveLength(1);
    const task = byGroup.items[0];
    expect(task.assignee).toBe('bernd');

    await h.completeUserTask(task, { approved: true, comment: 'Alles vollständig' });
    await h.waitForState(key, 'COMPLETED');
    const done = (await h.userTasks(key, 'Review'))[0];
    expect(done.state).toBe('COMPLETED');
    expect(done.completionDate).toBeDefined();
    expect(await h.rootVariables(key)).toEqual({ reviewer: 'bernd', followUpAt: '2030-03-06T10:00:00Z', approved: true, comment: 'Alles vollständig' });
  });

  test('a task that is not open any more cannot be completed again', async () => {
    const h = harness();
    const key = await h.start('construct-user-task', { reviewer: 'carla', followUpAt: '2030-03-06T10:00:00Z' });
    const task = await h.waitForUserTask(key, 'Review');
    await h.completeUserTask(task, { approved: false });
    await h.waitForState(key, 'COMPLETED');
    await expect(h.completeUserTask(task, { approved: true })).rejects.toMatchObject({ status: 404 });
    expect((await h.rootVariables(key)).approved).toBe(false);
  });
});
