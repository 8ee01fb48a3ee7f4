/**
 * The hand-over over HTTP, for a Fachverfahren with an import endpoint: the JSON of the record
 * POSTed to WOHNGELD_FACHVERFAHREN_URL instead of written into the outbox directory.
 *
 * What the answer means:
 * - 2xx: taken;
 * - 4xx about the case (400, 409, 422, …): the Fachverfahren refuses this case — the caseworker
 *   must clarify it, so the process gets the reasons;
 * - 4xx about the connection (401, 403, 404, 405, 406, 407, 408, 415, 425, 429) and 3xx: the
 *   address, the access or the load is wrong, not the case — retrying after the setting is fixed or
 *   the load has gone helps, a clarification by the caseworker would not;
 * - 5xx, no connection, no answer in time: the Fachverfahren is down; retrying helps.
 */

export const URL_EINSTELLUNG = 'WOHNGELD_FACHVERFAHREN_URL';
export const TOKEN_EINSTELLUNG = 'WOHNGELD_FACHVERFAHREN_TOKEN';
const TIMEOUT_MS = 30_000;
const VERBINDUNGSSTATUS = new Set([401, 403, 404, 405, 406, 407, 415]);
const UEBERLASTET = new Set([408, 425, 429]);
const MAX_GRUND = 1000;

/** The setting is wrong, or the Fachverfahren cannot be reached or is down: try again later. */
export class FachverfahrenNichtBereit extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'FachverfahrenNichtBereit';
  }
}

export type HttpAntwort = { readonly angenommen: true; readonly status: number } | { readonly angenommen: false; readonly status: number; readonly gruende: string[] };

export interface HttpZiel {
  readonly url: URL;
  readonly token?: string;
}

/** The endpoint, or undefined when the hand-over goes through the directory. */
export function fachverfahrenUrl(env: Record<string, string | undefined> = process.env): HttpZiel | undefined {
  const wert = env[URL_EINSTELLUNG]?.trim();
  if (!wert) return undefined;
  let url: URL;
  try {
    url = new URL(wert);
  } catch {
    throw new FachverfahrenNichtBereit(`${URL_EINSTELLUNG}: „${wert}“ ist keine gültige Adresse (http:// oder https://).`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new FachverfahrenNichtBereit(`${URL_EINSTELLUNG}: „${wert}“ ist keine http- oder https-Adresse.`);
  if (url.username || url.password) throw new FachverfahrenNichtBereit(`${URL_EINSTELLUNG}: die Adresse darf keine Zugangsdaten enthalten; ${TOKEN_EINSTELLUNG} setzen.`);
  const token = env[TOKEN_EINSTELLUNG]?.trim();
  return token ? { url, token } : { url };
}

/** The address for messages: without query (it may hold a key). */
const anzeige = (url: URL) => `${url.origin}${url.pathname}`;

async function grundAus(antwort: Response): Promise<string[]> {
  const text = (await antwort.text().catch(() => '')).trim();
  let gelesen: unknown;
  try {
    gelesen = JSON.parse(text);
  } catch {
    gelesen = undefined;
  }
  if (gelesen && typeof gelesen === 'object') {
    const o = gelesen as Record<string, unknown>;
    if (Array.isArray(o.gruende) && o.gruende.length > 0 && o.gruende.every((g) => typeof g === 'string')) return (o.gruende as string[]).map((g) => g.slice(0, MAX_GRUND));
    for (const feld of ['detail', 'message', 'title', 'error']) if (typeof o[feld] === 'string' && (o[feld] as string).trim()) return [(o[feld] as string).trim().slice(0, MAX_GRUND)];
  }
  return text ? [text.replace(/\s+/g, ' ').slice(0, MAX_GRUND)] : [];
}

/**
 * POSTs the JSON. `pruefsumme` goes along as `Idempotency-Key`: a retry sends the same key, so the
 * Fachverfahren can recognise a hand-over it already took. Rejects with `FachverfahrenNichtBereit`
 * for everything a retry may fix.
 */
export async function sendeExport(ziel: HttpZiel, json: string, pruefsumme: string, timeoutMs = TIMEOUT_MS): Promise<HttpAntwort> {
  const adresse = anzeige(ziel.url);
  let antwort: Response;
  try {
    antwort = await fetch(ziel.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json; charset=utf-8', accept: 'application/json, application/problem+json, text/plain', 'idempotency-key': pruefsumme, ...(ziel.token ? { authorization: `Bearer ${ziel.token}` } : {}) },
      body: json,
      redirect: 'manual',
      signal: AbortSignal.timeout(timeoutMs),
    });
  } catch (error) {
    const e = error as Error & { cause?: { code?: string } };
    if (e.name === 'TimeoutError') throw new FachverfahrenNichtBereit(`${URL_EINSTELLUNG}: Das Fachverfahren unter ${adresse} antwortet nicht innerhalb von ${Math.round(timeoutMs / 1000)} s.`);
    throw new FachverfahrenNichtBereit(`${URL_EINSTELLUNG}: Das Fachverfahren unter ${adresse} ist nicht erreichbar (${e.cause?.code ?? e.message}).`);
  }
  const status = antwort.status;
  if (status >= 200 && status < 300) {
    await antwort.body?.cancel().catch(() => undefined);
    return { angenommen: true, status };
  }
  const gruende = await grundAus(antwort);
  const dazu = gruende.length ? `: ${gruende.join(' ')}` : '';
  if (status >= 300 && status < 400) throw new FachverfahrenNichtBereit(`${URL_EINSTELLUNG}: Das Fachverfahren unter ${adresse} leitet um (HTTP ${status}${antwort.headers.get('location') ? ` nach ${antwort.headers.get('location')}` : ''}); die Einstellung auf die Zieladresse setzen.`);
  if (UEBERLASTET.has(status)) throw new FachverfahrenNichtBereit(`${URL_EINSTELLUNG}: Das Fachverfahren unter ${adresse} ist überlastet (HTTP ${status})${dazu}; später erneut versuchen.`);
  if (status >= 400 && status < 500 && !VERBINDUNGSSTATUS.has(status)) {
    return { angenommen: false, status, gruende: gruende.length ? gruende.map((g) => `Fachverfahren (HTTP ${status}): ${g}`) : [`Fachverfahren (HTTP ${status}): Übergabe ohne Angabe von Gründen abgelehnt.`] };
  }
  if (status >= 400 && status < 500) throw new FachverfahrenNichtBereit(`${URL_EINSTELLUNG}: Das Fachverfahren unter ${adresse} weist die Anfrage zurück (HTTP ${status})${dazu}; Adresse und Zugang (${TOKEN_EINSTELLUNG}) prüfen.`);
  throw new FachverfahrenNichtBereit(`${URL_EINSTELLUNG}: Das Fachverfahren unter ${adresse} meldet einen Fehler (HTTP ${status})${dazu}.`);
}
