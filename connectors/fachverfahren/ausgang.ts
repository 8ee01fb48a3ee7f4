/**
 * The hand-over through a directory: the Bescheid-Entwurf as `<antragId>.pdf` (where there is one),
 * `<antragId>.xml`, then `<antragId>.json` into the Fachverfahren's outbox
 * (WOHNGELD_FACHVERFAHREN_AUSGANG), atomic and idempotent (../ausgang.ts). The JSON comes last:
 * once it is there, the files next to it are complete as well.
 */
import { ausgangsverzeichnis, dateistamm, legeAb } from '../ausgang.ts';
import { alsJson, pruefsumme } from './datensatz.ts';
import type { FachverfahrenExport } from './schema.ts';
import { alsXml } from './xml.ts';

export const AUSGANG_EINSTELLUNG = 'WOHNGELD_FACHVERFAHREN_AUSGANG';
export const STANDARD_AUSGANG = './data/fachverfahren-ausgang';

export interface Uebergabe {
  readonly antragId: string;
  /** file names in the outbox: [pdf (if any), xml, json] */
  readonly dateien: string[];
  /** sha256 (hex) of the JSON file */
  readonly pruefsumme: string;
  /** false: the same export was there already */
  readonly geschrieben: boolean;
}

export function fachverfahrenAusgang(env: Record<string, string | undefined> = process.env): string {
  return ausgangsverzeichnis(AUSGANG_EINSTELLUNG, STANDARD_AUSGANG, env);
}

/**
 * Writes the Bescheid-Entwurf (if given), the record as XML and as JSON; rejects with
 * `AusgangFehler` when the directory cannot be written.
 */
export async function legeExportAb(verzeichnis: string, datensatz: FachverfahrenExport, bescheidEntwurfPdf?: Uint8Array): Promise<Uebergabe> {
  const json = alsJson(datensatz);
  const ablage = await legeAb(verzeichnis, dateistamm(datensatz.antragId), [
    ...(bescheidEntwurfPdf ? [{ endung: 'pdf', inhalt: bescheidEntwurfPdf }] : []),
    { endung: 'xml', inhalt: alsXml(datensatz) },
    { endung: 'json', inhalt: json },
  ]);
  return { antragId: datensatz.antragId, dateien: ablage.dateien, pruefsumme: pruefsumme(json), geschrieben: ablage.geschrieben };
}
