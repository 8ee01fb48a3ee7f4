/**
 * The element templates in connectors/element-templates/ are valid Zeebe element templates (the validator of
 * Camunda Modeler, schema @camunda/zeebe-element-templates-json-schema) and follow the conventions of the
 * catalog (README there). The fixtures prove the validator.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

import { repoRoot } from './node-require.ts';
import { describe as describeProblem, inputs, jobType, outputs, readTemplate, templateDir, templateFiles, validateTemplate } from './vorlagen.ts';

const fixtures = join(repoRoot, 'tests', 'fixtures', 'lint');

function validateFile(path: string) {
  return validateTemplate(readFileSync(path, 'utf8'), path.slice(repoRoot.length));
}

describe('the template validator (fixtures)', () => {
  test('a valid template has no error and no warning', () => {
    expect(validateFile(join(fixtures, 'gute-vorlage.json')).map(describeProblem)).toEqual([]);
  });

  test('a template with deliberate defects gets them as errors and warnings with their place', () => {
    const problems = validateFile(join(fixtures, 'fehlerhafte-vorlage.json'));
    const errors = problems.filter((p) => p.category === 'error').map((p) => `${p.path} ${p.message}`);
    expect(errors).toEqual(
      expect.arrayContaining([
        ' missing template name',
        '/properties/1/binding property.binding "zeebe:input" requires name',
        '/properties/2 must provide choices=[] with "Dropdown" type',
        '/properties/3/binding property.binding "zeebe:output" requires source',
      ]),
    );
    expect(problems.filter((p) => p.category === 'warn').map((p) => `${p.path} ${p.message}`)).toEqual([
      // `optional` on an input is deprecated for 8.8: an empty input mapping is null there
      "/properties/4 'optional' with 'zeebe:input' binding is deprecated; an empty input mapping (resolved to 'null') should be used for Camunda 8.8+",
      // a FEEL-required value without `=`; the same warning for a value with `=` is the validator's false report and dropped
      '/properties/5/value Value is deprecated',
    ]);
  });

  test('a file that is not JSON is one error naming the file', () => {
    expect(validateTemplate('{ "name": ', 'kaputt.json')).toEqual([
      { file: 'kaputt.json', path: '', category: 'error', message: expect.stringMatching(/^Vorlage nicht lesbar: /) },
    ]);
  });
});

describe('connectors/element-templates/', () => {
  const files = templateFiles();

  test('holds the templates of the catalog', () => {
    expect(files.length).toBeGreaterThanOrEqual(8);
  });

  for (const file of files) {
    describe(file, () => {
      test('is a valid Zeebe element template without warnings', () => {
        expect(validateFile(join(templateDir, file)).map(describeProblem)).toEqual([]);
      });

      test('follows the catalog: id, category, Camunda 8.8, service task, job type, inputs, outputs, retries', () => {
        const template = readTemplate(file);
        const name = file.replace(/\.json$/, '');
        expect(template.id).toBe(`de.wohngeld.${name}`);
        expect(jobType(template)).toBe(`wohngeld.${name}`);
        expect(template.category).toEqual({ id: 'wohngeld', name: 'Wohngeld' });
        expect(template.engines).toEqual({ camunda: '^8.8' });
        expect(template.appliesTo).toEqual(['bpmn:Task']);
        expect(template.elementType).toEqual({ value: 'bpmn:ServiceTask' });
        expect(Number.isInteger(template.version) && template.version >= 1).toBe(true);
        expect(template.name).toMatch(/^Wohngeld: /);

        const typeBinding = template.properties.filter((p) => p.binding.type === 'zeebe:taskDefinition' && p.binding.property === 'type');
        expect(typeBinding).toHaveLength(1);
        expect(typeBinding[0].type).toBe('Hidden');

        const retries = template.properties.filter((p) => p.binding.type === 'zeebe:taskDefinition' && p.binding.property === 'retries');
        expect(retries.map((p) => p.value)).toEqual(['3']);

        // each input reads the variable of its own name unless the designer maps another
        for (const input of inputs(template)) expect(input.value).toBe(`=${input.binding.name}`);
        // each result lands in the variable of its own name unless the designer chooses another
        for (const output of outputs(template)) expect(output.binding.source).toBe(`=${output.value}`);
        expect(outputs(template).length).toBeGreaterThan(0);
      });
    });
  }

  test('no two templates share an id or a job type', () => {
    const templates = files.map(readTemplate);
    expect(new Set(templates.map((t) => t.id)).size).toBe(files.length);
    expect(new Set(templates.map(jobType)).size).toBe(files.length);
  });
});
