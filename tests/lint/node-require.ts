/**
 * A `require` of Node itself, not jest's. Both linters must be loaded outside jest's module registry:
 * bpmnlint is CommonJS and requires ESM-only packages (min-dash 5), which Node ≥ 20.19 loads through
 * require(esm) but jest's module runtime does not; @camunda/form-linting ships its ES sources untranspiled
 * (extensionless imports, no "type": "module"), which only tsx's loader reads. Camunda Modeler bundles
 * both, so neither problem shows up there.
 */
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const repoRoot = fileURLToPath(new URL('../..', import.meta.url));

// jest replaces `createRequire` of an imported `node:module` with its own; getBuiltinModule is Node's.
export const nodeRequire = process.getBuiltinModule('node:module').createRequire(join(repoRoot, 'package.json'));
