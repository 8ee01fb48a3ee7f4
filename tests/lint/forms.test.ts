/**
 * Every form in forms/ passes Camunda Modeler's form linter for Camunda 8.8 without an error. The fixtures
 * prove the linter itself.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import { describe as describeProblem, lintForm, lintFormFile, type FormProblem } from './formlint.ts';
import { repoRoot } from './node-require.ts';

const fixtures = join(repoRoot, 'tests', 'fixtures', 'lint');
const formDir = join(repoRoot, 'forms');

function found(problems: FormProblem[]): string[] {
  return problems.map((p) => `${p.componentId} ${p.category}: ${p.message}`).sort();
}

describe('the form linter (fixtures)', () => {
  test('a form of the field types the process uses has no problem', () => {
    expect(lintFormFile(join(fixtures, 'gut.form')).map(describeProblem)).toEqual([]);
  });

  test('a form with deliberate defects gets exactly those, each with the component id', () => {
    expect(found(lintFormFile(join(fixtures, 'fehlerhaft.form')))).toEqual([
      // a field type that Camunda 8.8 does not have
      'Field_unterschrift error: A <Signatur> is not supported by Camunda Platform 8.8',
      // a label whose FEEL expression is cut off
      'Field_name error: Invalid FEEL expression in <label>',
    ].sort());
  });

  test('a form that does not declare Camunda 8.8 is reported, and still linted for 8.8', () => {
    const problems = lintFormFile(join(fixtures, 'ohne-plattform.form'));
    expect(found(problems)).toEqual([
      'Field_unterschrift error: A <Signatur> is not supported by Camunda Platform 8.8',
      'tests/fixtures/lint/ohne-plattform.form error: executionPlatform ist null, erwartet „Camunda Cloud“.',
      'tests/fixtures/lint/ohne-plattform.form error: executionPlatformVersion ist null, erwartet 8.8.x.',
    ]);
  });

  test('a file that is not a form is one error naming the file', () => {
    expect(lintForm('{"components": ', 'kaputt.form')).toEqual([
      { file: 'kaputt.form', componentId: 'kaputt.form', category: 'error', message: expect.stringMatching(/^Formular nicht lesbar: /) },
    ]);
    expect(lintForm('[]', 'liste.form')).toEqual([
      { file: 'liste.form', componentId: 'liste.form', category: 'error', message: 'Kein Camunda-Formular: das Feld „components“ (Liste) fehlt.' },
    ]);
  });
});

// The forms arrive with issue #5; until then this block has no test and the fixtures above carry the suite.
interface Komponente {
  id?: string;
  key?: string;
  path?: string;
  type?: string;
  conditional?: { hide?: string };
  components?: Komponente[];
}

/**
 * form-js evaluates a condition against the form's top-level data, also inside a group with a
 * `path`; inside a dynamic list only `this.` reaches the row. A condition that names a sibling
 * field bare is therefore always "unset" and hides its field for good (seen in the tasklist:
 * the correction's reason and the approval period never appeared). Returns such conditions.
 */
function bareSiblingConditions(components: Komponente[], scope?: { path: string; list: boolean }): string[] {
  const found: string[] = [];
  const siblingKeys = components.map((c) => c.key).filter((k): k is string => typeof k === 'string');
  for (const c of components) {
    const hide = c.conditional?.hide;
    if (scope && hide) {
      for (const key of siblingKeys) {
        // a bare name: not preceded by "." or a letter (so `this.key` and `path.key` pass)
        if (new RegExp(`(^|[^.\\w])${key}\\b`).test(hide.replace(/^=/, ''))) found.push(`${c.id}: „${hide}“ nennt ${key} ohne ${scope.list ? 'this.' : `${scope.path}.`}`);
      }
    }
    if (c.components) found.push(...bareSiblingConditions(c.components, c.path ? { path: c.path, list: c.type === 'dynamiclist' } : scope));
  }
  return found;
}

describe('forms/', () => {
  const forms = readdirSync(formDir).filter((name) => name.endsWith('.form')).sort();
  for (const name of forms) {
    test(`${name} lints without errors for Camunda 8.8`, () => {
      const problems = lintFormFile(join(formDir, name));
      expect(problems.filter((p) => p.category === 'error').map(describeProblem)).toEqual([]);
    });
    test(`${name}: conditions inside a group or list reach their fields through the path or this`, () => {
      const form = JSON.parse(readFileSync(join(formDir, name), 'utf8')) as Komponente;
      expect(bareSiblingConditions(form.components ?? [])).toEqual([]);
    });
  }
  test('the check finds a bare sibling name in a group and in a list', () => {
    const group: Komponente[] = [{ type: 'group', path: 'entscheidung', components: [{ key: 'ergebnis' }, { id: 'F1', key: 'monate', conditional: { hide: '=ergebnis != "bewilligen"' } }] }];
    const list: Komponente[] = [{ type: 'dynamiclist', path: 'zeilen', components: [{ key: 'wert' }, { id: 'F2', key: 'grund', conditional: { hide: '=wert = null' } }, { id: 'F3', key: 'x', conditional: { hide: '=this.wert = null' } }] }];
    expect(bareSiblingConditions(group)).toEqual(['F1: „=ergebnis != "bewilligen"“ nennt ergebnis ohne entscheidung.']);
    expect(bareSiblingConditions(list)).toEqual(['F2: „=wert = null“ nennt wert ohne this.']);
  });
});
