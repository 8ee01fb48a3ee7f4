/**
 * Lints BPMN models as Camunda Modeler does for Camunda 8.8: the rules of `.bpmnlintrc` at the repo root
 * (bpmnlint's recommended rules and camunda-compat's `camunda-cloud-8-8`), on a model parsed with the
 * zeebe moddle extension, so that `zeebe:*` elements are understood rather than reported as unknown.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';

// bpmn-moddle ships no type declaration for its entry point (see engine/model/compile.ts); `Moddle` below types it.
// @ts-ignore
import { BpmnModdle } from 'bpmn-moddle';

import { nodeRequire, repoRoot } from './node-require.ts';

export interface LintProblem {
  readonly file: string;
  /** Id of the BPMN element the rule reports, or the file name when the model itself could not be read. */
  readonly elementId: string;
  /** As in `.bpmnlintrc`: `label-required`, `camunda-compat/feel`, …; `xml` for what the parser reports. */
  readonly rule: string;
  /** `rule-error` means the rule itself crashed; it counts as an error. */
  readonly category: 'error' | 'warn' | 'info' | 'rule-error';
  readonly message: string;
}

interface LintrcFile {
  extends?: string | string[];
  rules?: Record<string, unknown>;
  moddleExtensions?: Record<string, string>;
}

interface Report {
  id?: string;
  message: string;
  category: LintProblem['category'];
}

interface ParseWarning {
  message: string;
  element?: { id?: string };
}

interface Moddle {
  fromXML(xml: string): Promise<{ rootElement: unknown; warnings: ParseWarning[] }>;
}

interface BpmnLinter {
  lint(definitions: unknown): Promise<Record<string, Report[]>>;
}

const lintrc = JSON.parse(readFileSync(join(repoRoot, '.bpmnlintrc'), 'utf8')) as LintrcFile;

/**
 * A new linter for every model: bpmnlint keeps one instance of each rule per linter, and some rules
 * remember what they saw (no-duplicate-sequence-flows reports every flow of a second model as a duplicate
 * of the first).
 */
function bpmnLinter(): BpmnLinter {
  const { Linter } = nodeRequire('bpmnlint');
  // The NodeResolver finds `plugin:camunda-compat/…` as the package bpmnlint-plugin-camunda-compat, the way
  // the bpmnlint command line does; it resolves from the repo root, so the pinned versions are the ones used.
  const NodeResolver = nodeRequire('bpmnlint/lib/resolver/node-resolver.js');
  return new Linter({
    config: { extends: lintrc.extends, rules: lintrc.rules ?? {} },
    resolver: new NodeResolver({ require: nodeRequire }),
  }) as BpmnLinter;
}

function moddle(): Moddle {
  const extensions = Object.fromEntries(Object.entries(lintrc.moddleExtensions ?? {}).map(([prefix, path]) => [prefix, nodeRequire(path)]));
  return new BpmnModdle(extensions) as Moddle;
}

/** Every problem of one model: what the XML parser could not place, then every rule's reports. */
export async function lintBpmn(xml: string, file: string): Promise<LintProblem[]> {
  let parsed;
  try {
    parsed = await moddle().fromXML(xml);
  } catch (error) {
    return [{ file, elementId: file, rule: 'xml', category: 'error', message: `Modell nicht lesbar: ${(error as Error).message}` }];
  }
  // The parser drops what it does not know (a misspelt zeebe element, an attribute in the wrong place);
  // the engine would never see it, so it is an error, not a warning.
  const problems: LintProblem[] = parsed.warnings.map((warning) => ({
    file,
    elementId: warning.element?.id ?? file,
    rule: 'xml',
    category: 'error' as const,
    message: warning.message,
  }));
  const results = await bpmnLinter().lint(parsed.rootElement);
  for (const [rule, reports] of Object.entries(results)) {
    for (const report of reports) {
      problems.push({ file, elementId: report.id ?? file, rule, category: report.category, message: report.message });
    }
  }
  return problems;
}

export async function lintBpmnFile(path: string): Promise<LintProblem[]> {
  return lintBpmn(readFileSync(path, 'utf8'), path.slice(repoRoot.length));
}

export function isError(problem: LintProblem): boolean {
  return problem.category === 'error' || problem.category === 'rule-error';
}

/** One line per problem, for failure messages: file, element id, rule, category and the rule's text. */
export function describe(problem: LintProblem): string {
  return `${problem.file}: ${problem.elementId} – ${problem.rule} (${problem.category}): ${problem.message}`;
}
