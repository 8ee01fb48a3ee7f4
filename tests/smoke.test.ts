import { BpmnModdle } from 'bpmn-moddle';
import zeebe from 'zeebe-bpmn-moddle/resources/zeebe.json' with { type: 'json' };
import { evaluate } from 'feelin';
test('esm deps load', async () => {
  const m = new BpmnModdle({ zeebe });
  const r = await m.fromXML('<?xml version="1.0"?><bpmn:definitions xmlns:bpmn="http://www.omg.org/spec/BPMN/20100524/MODEL" id="d"><bpmn:process id="p"/></bpmn:definitions>', 'bpmn:Definitions');
  expect(r.rootElement.rootElements[0].id).toBe('p');
  expect(evaluate('1 + a', { a: 2 })).toBe(3);
});
