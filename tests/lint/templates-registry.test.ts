/**
 * The element templates and the workers agree: every registered job type has exactly one template, a
 * template maps exactly the variables its worker fetches, and maps every variable its worker returns.
 */
import { z } from 'zod';

import { registry } from '../../workers/registry.ts';
import type { AnyWorkerDefinition } from '../../workers/types.ts';
import { inputs, jobType, outputs, readTemplate, templateFiles, type ElementTemplate } from './vorlagen.ts';

const templates: ElementTemplate[] = templateFiles().map(readTemplate);

function templatesOf(type: string): ElementTemplate[] {
  return templates.filter((t) => jobType(t) === type);
}

function shapeOf(schema: unknown, what: string, type: string): Record<string, z.ZodType> {
  if (!(schema instanceof z.ZodObject)) throw new Error(`${type}: ${what}-Schema ist kein z.object, die Variablen lassen sich nicht ablesen`);
  return schema.shape as Record<string, z.ZodType>;
}

test('every registered job type has exactly one template', () => {
  expect(registry.types.filter((type) => templatesOf(type).length !== 1)).toEqual([]);
});

test('every template belongs to a registered worker', () => {
  const orphans = templates.map(jobType).filter((type) => type === undefined || !registry.find(type));
  expect(orphans).toEqual([]);
});

describe.each(registry.all.map((definition): [string, AnyWorkerDefinition] => [definition.type, definition]))('%s', (type, definition) => {
  const template = () => {
    const [found] = templatesOf(type);
    if (!found) throw new Error(`keine Vorlage für ${type}`);
    return found;
  };

  test('the template maps exactly the variables the worker fetches', () => {
    expect(definition.fetchVariables).toBeDefined();
    const mapped = inputs(template()).map((p) => p.binding.name);
    expect([...mapped].sort()).toEqual([...(definition.fetchVariables ?? [])].sort());
  });

  // With output mappings on a task, Zeebe keeps the job's variables local to the task: a result the
  // template does not map is lost.
  test('the template maps every variable the worker returns', () => {
    const sources = outputs(template()).map((p) => p.binding.source?.replace(/^=/, ''));
    expect([...sources].sort()).toEqual(Object.keys(shapeOf(definition.output, 'Ausgabe', type)).sort());
  });

  test('an input the template requires is one the worker requires; an optional one may be null', () => {
    const shape = shapeOf(definition.input, 'Eingabe', type);
    for (const input of inputs(template())) {
      const name = input.binding.name ?? '';
      const field = shape[name];
      expect([name, field !== undefined]).toEqual([name, true]);
      const acceptsNull = field.safeParse(null).success;
      const acceptsMissing = field.safeParse(undefined).success;
      if (input.constraints?.notEmpty) {
        // a required template field for an input the worker may go without would only bother the designer
        expect([name, acceptsMissing && acceptsNull]).toEqual([name, false]);
      } else {
        expect([name, acceptsNull]).toEqual([name, true]);
      }
    }
  });
});
