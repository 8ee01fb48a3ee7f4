/**
 * Lints Camunda forms with @camunda/form-linting, the linter of Camunda Modeler, for Camunda 8.8.
 *
 * The form linter takes the execution platform from the form itself and lints nothing when the form does not
 * name one; so a form must declare Camunda Cloud 8.8 (as Camunda Modeler writes it), and is linted for 8.8
 * whatever it declares.
 */
import { readFileSync } from 'node:fs';

import { nodeRequire, repoRoot } from './node-require.ts';

export const EXECUTION_PLATFORM = 'Camunda Cloud';
export const EXECUTION_PLATFORM_VERSION = '8.8.0';

export interface FormProblem {
  readonly file: string;
  /** The component's id (its label if it has none), or the file name for the form as a whole. */
  readonly componentId: string;
  readonly category: 'error' | 'warn' | 'info';
  readonly message: string;
}

interface Report {
  id?: string;
  label?: string;
  message: string;
  category: FormProblem['category'];
}

interface FormLinter {
  lint(schema: object): Report[];
}

let linter: FormLinter | undefined;

function formLinter(): FormLinter {
  if (!linter) {
    const { require: tsxRequire } = nodeRequire('tsx/cjs/api');
    const { FormLinter } = tsxRequire('@camunda/form-linting', nodeRequire.resolve('@camunda/form-linting'));
    linter = new FormLinter() as FormLinter;
  }
  return linter;
}

export function lintForm(text: string, file: string): FormProblem[] {
  const whole = (message: string): FormProblem => ({ file, componentId: file, category: 'error', message });
  let schema: unknown;
  try {
    schema = JSON.parse(text);
  } catch (error) {
    return [whole(`Formular nicht lesbar: ${(error as Error).message}`)];
  }
  if (typeof schema !== 'object' || schema === null || !Array.isArray((schema as { components?: unknown }).components)) {
    return [whole('Kein Camunda-Formular: das Feld „components“ (Liste) fehlt.')];
  }
  const form = schema as { executionPlatform?: unknown; executionPlatformVersion?: unknown };
  const problems: FormProblem[] = [];
  if (form.executionPlatform !== EXECUTION_PLATFORM) {
    problems.push(whole(`executionPlatform ist ${JSON.stringify(form.executionPlatform ?? null)}, erwartet „${EXECUTION_PLATFORM}“.`));
  }
  if (typeof form.executionPlatformVersion !== 'string' || !/^8\.8(\.\d+)?$/.test(form.executionPlatformVersion)) {
    problems.push(whole(`executionPlatformVersion ist ${JSON.stringify(form.executionPlatformVersion ?? null)}, erwartet 8.8.x.`));
  }
  const reports = formLinter().lint({ ...schema, executionPlatform: EXECUTION_PLATFORM, executionPlatformVersion: EXECUTION_PLATFORM_VERSION });
  for (const report of reports) {
    problems.push({ file, componentId: report.id ?? report.label ?? file, category: report.category, message: report.message });
  }
  return problems;
}

export function lintFormFile(path: string): FormProblem[] {
  return lintForm(readFileSync(path, 'utf8'), path.slice(repoRoot.length));
}

export function describe(problem: FormProblem): string {
  return `${problem.file}: ${problem.componentId} (${problem.category}): ${problem.message}`;
}
