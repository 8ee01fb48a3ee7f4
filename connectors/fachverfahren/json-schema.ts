/**
 * Writes `fachverfahren-export.schema.json` from the zod schema. Run after changing schema.ts:
 *   node --import tsx connectors/fachverfahren/json-schema.ts
 * A test fails while the committed file differs from what this writes.
 */
import { writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { fachverfahrenJsonSchema } from './schema.ts';

export const JSON_SCHEMA_DATEI = fileURLToPath(new URL('./fachverfahren-export.schema.json', import.meta.url));

/** The file's text: the schema, two-space indented, with a final newline. */
export function jsonSchemaText(): string {
  return `${JSON.stringify(fachverfahrenJsonSchema(), null, 2)}\n`;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  writeFileSync(JSON_SCHEMA_DATEI, jsonSchemaText());
  console.log(`${JSON_SCHEMA_DATEI} geschrieben.`);
}
