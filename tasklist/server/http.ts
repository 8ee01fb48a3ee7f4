/**
 * Small HTTP pieces of the tasklist's API: the headers every answer carries, reading a JSON body
 * with a size limit and a German error at line and column, and the engine's refusals as problem
 * answers.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { HttpProblem } from '../../connectors/web-server.ts';
import { JsonFehler, parseJson } from '../../wohngeld/json.ts';
import { EngineFehler } from './engine.ts';

/** Case data must not stay in a browser or proxy cache, nor be read as another type than declared. */
export function setzeSicherheitsKoepfe(res: ServerResponse): void {
  res.setHeader('cache-control', 'no-store');
  res.setHeader('x-content-type-options', 'nosniff');
}

/** A form's data is small; a megabyte leaves room for long justifications. */
export const MAX_BODY_BYTES = 1024 * 1024;

export async function leseJsonKoerper(req: IncomingMessage, maxBytes = MAX_BODY_BYTES): Promise<unknown> {
  const typ = (req.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();
  // JSON only: a cross-site HTML form cannot send it, which keeps sign-in and forms safe from other sites
  if (typ !== 'application/json') {
    throw new HttpProblem(415, 'Falsches Format', `Die Anfrage muss JSON senden (Content-Type: application/json), nicht „${typ || 'ohne Angabe'}“.`);
  }
  const laenge = Number(req.headers['content-length']);
  if (Number.isFinite(laenge) && laenge > maxBytes) throw zuGross(maxBytes);
  const teile: Buffer[] = [];
  let gesamt = 0;
  for await (const teil of req as AsyncIterable<Buffer>) {
    gesamt += teil.length;
    if (gesamt > maxBytes) throw zuGross(maxBytes);
    teile.push(teil);
  }
  const text = Buffer.concat(teile).toString('utf8');
  if (text.trim() === '') throw new HttpProblem(400, 'Ungültige Anfrage', 'Die Anfrage enthält kein JSON.');
  try {
    return parseJson(text);
  } catch (error) {
    if (error instanceof JsonFehler) throw new HttpProblem(400, 'Ungültiges JSON', `Die Anfrage ist kein gültiges JSON: ${error.message}.`, { zeile: error.zeile, spalte: error.spalte });
    throw error;
  }
}

function zuGross(maxBytes: number): HttpProblem {
  return new HttpProblem(413, 'Anfrage zu groß', `Die Anfrage ist größer als ${Math.round(maxBytes / 1024)} KB.`);
}

/** An engine failure that is not the route's business (unreachable, refused access, broken data). */
export function engineProblem(error: EngineFehler): HttpProblem {
  if (error.status === 401 || error.status === 403) {
    return new HttpProblem(403, 'Keine Berechtigung', `Die Engine verweigert den Zugriff${error.engineDetail ? `: ${error.engineDetail}` : ''}. Bitte wenden Sie sich an die Administration.`);
  }
  return new HttpProblem(502, 'Engine nicht erreichbar', `${error.message} Bitte versuchen Sie es in Kürze erneut; besteht der Fehler fort, wenden Sie sich an den Betrieb.`);
}
