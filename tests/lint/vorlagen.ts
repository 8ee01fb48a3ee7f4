/**
 * Element templates: validation against the Zeebe element template schema with the validator Camunda
 * Modeler uses, and reading the bindings that tie a template to its worker.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

import { nodeRequire, repoRoot } from './node-require.ts';

export const templateDir = join(repoRoot, 'connectors', 'element-templates');

export interface TemplateProblem {
  readonly file: string;
  /** JSON pointer into the template, '' for the whole file */
  readonly path: string;
  readonly category: 'error' | 'warn';
  readonly message: string;
}

interface ValidatorFinding {
  instancePath?: string;
  dataPath?: string;
  message: string;
  keyword?: string;
}

interface ValidationResult {
  valid: boolean;
  errors: ValidatorFinding[] | null;
  warnings?: ValidatorFinding[] | null;
}

function valueAt(document: unknown, pointer: string): unknown {
  let current = document;
  for (const key of pointer.split('/').slice(1)) {
    if (current === null || typeof current !== 'object') return undefined;
    current = (current as Record<string, unknown>)[key.replace(/~1/g, '/').replace(/~0/g, '~')];
  }
  return current;
}

/**
 * The validator's schema lists a FEEL-required value twice in a `oneOf` (with `=`, and without `=` as
 * deprecated) and reports the deprecation whichever branch the value takes. A value that starts with `=`
 * is the current form, so that report is dropped; any other deprecation is kept.
 */
function isFalseDeprecation(template: unknown, finding: ValidatorFinding, pointer: string): boolean {
  if (finding.keyword !== 'deprecated' || !pointer.endsWith('/value')) return false;
  const value = valueAt(template, pointer);
  const property = valueAt(template, pointer.slice(0, -'/value'.length)) as { feel?: unknown } | undefined;
  return property?.feel === 'required' && typeof value === 'string' && value.startsWith('=');
}

/** Every error and warning of one template file; a file that is not JSON is one error naming the file. */
export function validateTemplate(text: string, file: string): TemplateProblem[] {
  let template: unknown;
  try {
    template = JSON.parse(text);
  } catch (error) {
    return [{ file, path: '', category: 'error', message: `Vorlage nicht lesbar: ${(error as Error).message}` }];
  }
  // Its CommonJS build requires ESM-only min-dash, like bpmnlint (see node-require.ts).
  const { validateZeebe } = nodeRequire('@bpmn-io/element-templates-validator') as { validateZeebe(template: string): ValidationResult };
  const result = validateZeebe(text);
  const problems: TemplateProblem[] = [];
  for (const finding of result.errors ?? []) {
    problems.push({ file, path: finding.instancePath ?? finding.dataPath ?? '', category: 'error', message: finding.message });
  }
  for (const finding of result.warnings ?? []) {
    const path = finding.instancePath ?? finding.dataPath ?? '';
    if (!isFalseDeprecation(template, finding, path)) problems.push({ file, path, category: 'warn', message: finding.message });
  }
  if (!result.valid && problems.every((p) => p.category !== 'error')) {
    problems.push({ file, path: '', category: 'error', message: 'ungültig laut Schema (ohne Einzelheiten)' });
  }
  return problems;
}

export function describe(problem: TemplateProblem): string {
  return `${problem.file}: ${problem.path || '(Datei)'} (${problem.category}): ${problem.message}`;
}

export interface TemplateProperty {
  id?: string;
  type?: string;
  value?: string;
  feel?: string;
  optional?: boolean;
  constraints?: { notEmpty?: boolean };
  binding: { type: string; name?: string; source?: string; property?: string };
}

export interface ElementTemplate {
  $schema: string;
  id: string;
  name: string;
  version: number;
  description: string;
  category: { id: string; name: string };
  engines?: { camunda?: string };
  appliesTo: string[];
  elementType: { value: string };
  properties: TemplateProperty[];
}

export function templateFiles(): string[] {
  return readdirSync(templateDir).filter((name) => name.endsWith('.json')).sort();
}

export function readTemplate(name: string): ElementTemplate {
  return JSON.parse(readFileSync(join(templateDir, name), 'utf8')) as ElementTemplate;
}

/** The job type the template sets (its hidden `zeebe:taskDefinition` `type`). */
export function jobType(template: ElementTemplate): string | undefined {
  return template.properties.find((p) => p.binding.type === 'zeebe:taskDefinition' && p.binding.property === 'type')?.value;
}

export function inputs(template: ElementTemplate): TemplateProperty[] {
  return template.properties.filter((p) => p.binding.type === 'zeebe:input');
}

export function outputs(template: ElementTemplate): TemplateProperty[] {
  return template.properties.filter((p) => p.binding.type === 'zeebe:output');
}
