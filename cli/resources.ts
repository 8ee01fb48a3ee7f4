/** Finding the models and forms on disk and deploying them through the client. */
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CamundaClient } from '@camunda8/orchestration-cluster-api';
import { CliError } from './command.ts';
import { describeSdkError } from './errors.ts';

/** The repository root (where bpmn/ and forms/ live), independent of the working directory. */
export const projectRoot = fileURLToPath(new URL('..', import.meta.url));

/** Process models and decision tables in bpmn/, Camunda Forms in forms/. */
export const defaultResourceDirs = [path.join(projectRoot, 'bpmn'), path.join(projectRoot, 'forms')];

/** What the deployment endpoint classifies by file extension. */
export const deployableExtensions = ['.bpmn', '.dmn', '.form'] as const;

export interface FoundResources {
  /** Absolute paths, sorted, so a deployment is the same on every machine. */
  readonly files: string[];
  /** Directories that do not exist (only reported for `required` ones as an error). */
  readonly missing: string[];
}

/**
 * The deployable files directly inside each directory (or the path itself if it is a file).
 * A missing directory is an error if `required`, else skipped: bpmn/ and forms/ may not exist yet.
 */
export async function findResources(
  paths: readonly string[],
  { required, display = (p) => p }: { required: boolean; display?: (p: string) => string },
): Promise<FoundResources> {
  const files = new Set<string>();
  const missing: string[] = [];
  for (const p of paths) {
    const info = await stat(p).catch(() => undefined);
    if (!info) {
      if (required) throw new CliError(`„${display(p)}“ gibt es nicht.`);
      missing.push(p);
      continue;
    }
    if (info.isFile()) {
      if (!isDeployable(p)) throw new CliError(`„${display(p)}“ ist keine .bpmn-, .dmn- oder .form-Datei.`);
      files.add(path.resolve(p));
      continue;
    }
    for (const entry of await readdir(p, { withFileTypes: true })) {
      if (entry.isFile() && isDeployable(entry.name)) files.add(path.resolve(p, entry.name));
    }
  }
  return { files: [...files].sort(), missing };
}

export interface DeploymentSummary {
  readonly processes: string[];
  readonly decisions: string[];
  readonly forms: string[];
}

export const emptyDeployment: DeploymentSummary = { processes: [], decisions: [], forms: [] };

/** Deploys all files in one deployment, so a model and the forms it links arrive together. */
export async function deployResources(client: CamundaClient, files: readonly string[]): Promise<DeploymentSummary> {
  if (files.length === 0) return emptyDeployment;
  try {
    const result = await client.deployResourcesFromFiles([...files]);
    return {
      processes: result.processes.map((p) => String(p.processDefinitionId)),
      decisions: result.decisions.map((d) => String(d.decisionDefinitionId)),
      forms: result.forms.map((f) => String(f.formId)),
    };
  } catch (e) {
    throw new CliError(`Bereitstellung fehlgeschlagen: ${describeSdkError(e, client)}`);
  }
}

/** "2 Prozessmodelle, 1 Entscheidungstabelle, 3 Formulare" */
export function formatDeployment(summary: DeploymentSummary): string {
  const parts = [
    count(summary.processes.length, 'Prozessmodell', 'Prozessmodelle'),
    ...(summary.decisions.length > 0 ? [count(summary.decisions.length, 'Entscheidungstabelle', 'Entscheidungstabellen')] : []),
    count(summary.forms.length, 'Formular', 'Formulare'),
  ];
  return parts.join(', ');
}

/** A path as the user wants to read it: relative to the working directory when inside it. */
export function displayPath(p: string, cwd: string): string {
  const relative = path.relative(cwd, p);
  return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative : p;
}

/** Like displayPath, with a trailing slash for directories: "bpmn/". */
export function displayDir(p: string, cwd: string): string {
  const shown = displayPath(p, cwd);
  return shown.endsWith(path.sep) ? shown : shown + path.sep;
}

function isDeployable(file: string): boolean {
  return (deployableExtensions as readonly string[]).includes(path.extname(file).toLowerCase());
}

function count(n: number, singular: string, plural: string): string {
  return `${n} ${n === 1 ? singular : plural}`;
}
