/**
 * The app's one way to the server: the routes of `../api.ts`, the session's CSRF token on every
 * POST, problems (`application/problem+json`) as `ApiFehler` with the server's German text, and a
 * 401 reported once to whoever shows the sign-in form.
 */
import type { AufgabeDetail, AufgabenFilter, AufgabenListe, Sitzung } from '../api.ts';
import { API_BASE, CSRF_HEADER } from '../api.ts';
import { sucheAusFilter } from './filter.ts';

export class ApiFehler extends Error {
  constructor(
    readonly status: number,
    readonly titel: string,
    readonly detail: string,
  ) {
    super(detail || titel);
    this.name = 'ApiFehler';
  }

  /** the text for the alert region: title and what to do */
  get meldung(): string {
    return this.detail && this.detail !== this.titel ? `${this.titel}: ${this.detail}` : this.titel;
  }
}

export interface Dokument {
  bytes: ArrayBuffer;
  /** as the server sent it (TIFF arrives converted to PNG) */
  contentType: string;
}

async function fehlerAus(antwort: Response): Promise<ApiFehler> {
  let titel = `Fehler ${antwort.status}`;
  let detail = '';
  try {
    const typ = antwort.headers.get('content-type') ?? '';
    if (typ.includes('json')) {
      const problem = (await antwort.json()) as { title?: unknown; detail?: unknown };
      if (typeof problem.title === 'string') titel = problem.title;
      if (typeof problem.detail === 'string') detail = problem.detail;
    }
  } catch {
    // the status alone must do
  }
  if (antwort.status === 401 && detail === '') detail = 'Bitte melden Sie sich an.';
  return new ApiFehler(antwort.status, titel, detail);
}

export class ApiClient {
  private csrfToken = '';

  /** @param nichtAngemeldet called when the server answers 401 (session over), before the error is thrown */
  constructor(private readonly nichtAngemeldet: () => void = () => {}) {}

  private async anfrage(pfad: string, init: RequestInit = {}, signal?: AbortSignal): Promise<Response> {
    let antwort: Response;
    const headers = new Headers(init.headers);
    if (init.method === 'POST' && this.csrfToken) headers.set(CSRF_HEADER, this.csrfToken);
    if (init.body !== undefined) headers.set('content-type', 'application/json');
    if (!headers.has('accept')) headers.set('accept', 'application/json');
    try {
      antwort = await fetch(pfad, { ...init, headers, credentials: 'same-origin', signal });
    } catch (error) {
      if ((error as { name?: string }).name === 'AbortError') throw error;
      throw new ApiFehler(0, 'Server nicht erreichbar', 'Die Verbindung zum Server ist unterbrochen. Bitte prüfen Sie die Verbindung und versuchen Sie es erneut.');
    }
    if (antwort.ok) return antwort;
    const fehler = await fehlerAus(antwort);
    if (antwort.status === 401) this.nichtAngemeldet();
    throw fehler;
  }

  private async json<T>(pfad: string, init: RequestInit = {}, signal?: AbortSignal): Promise<T> {
    const antwort = await this.anfrage(pfad, init, signal);
    try {
      return (await antwort.json()) as T;
    } catch {
      throw new ApiFehler(antwort.status, 'Unerwartete Antwort', 'Der Server hat keine lesbare Antwort geschickt. Bitte laden Sie die Seite neu.');
    }
  }

  /** The session, or undefined when not signed in (401 here is the normal case, not an error). */
  async sitzung(): Promise<Sitzung | undefined> {
    let antwort: Response;
    try {
      antwort = await fetch(`${API_BASE}/sitzung`, { credentials: 'same-origin', headers: { accept: 'application/json' } });
    } catch {
      throw new ApiFehler(0, 'Server nicht erreichbar', 'Die Verbindung zum Server ist unterbrochen. Bitte laden Sie die Seite neu.');
    }
    if (antwort.status === 401) return undefined;
    if (!antwort.ok) throw await fehlerAus(antwort);
    const sitzung = (await antwort.json()) as Sitzung;
    this.csrfToken = sitzung.csrfToken;
    return sitzung;
  }

  async anmelden(benutzer: string, passwort: string): Promise<Sitzung> {
    const antwort = await fetch(`${API_BASE}/anmeldung`, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify({ benutzer, passwort }),
    }).catch(() => {
      throw new ApiFehler(0, 'Server nicht erreichbar', 'Die Verbindung zum Server ist unterbrochen. Bitte versuchen Sie es erneut.');
    });
    if (!antwort.ok) throw await fehlerAus(antwort);
    const sitzung = (await antwort.json()) as Sitzung;
    this.csrfToken = sitzung.csrfToken;
    return sitzung;
  }

  async abmelden(): Promise<void> {
    try {
      await this.anfrage(`${API_BASE}/abmeldung`, { method: 'POST' });
    } finally {
      this.csrfToken = '';
    }
  }

  aufgaben(filter: AufgabenFilter, signal?: AbortSignal): Promise<AufgabenListe> {
    return this.json<AufgabenListe>(`${API_BASE}/aufgaben${sucheAusFilter(filter)}`, {}, signal);
  }

  aufgabe(key: string, signal?: AbortSignal): Promise<AufgabeDetail> {
    return this.json<AufgabeDetail>(`${API_BASE}/aufgaben/${encodeURIComponent(key)}`, {}, signal);
  }

  async uebernehmen(key: string): Promise<void> {
    await this.anfrage(`${API_BASE}/aufgaben/${encodeURIComponent(key)}/uebernehmen`, { method: 'POST' });
  }

  async abgeben(key: string): Promise<void> {
    await this.anfrage(`${API_BASE}/aufgaben/${encodeURIComponent(key)}/abgeben`, { method: 'POST' });
  }

  async abschliessen(key: string, variablen: Record<string, unknown>): Promise<void> {
    await this.anfrage(`${API_BASE}/aufgaben/${encodeURIComponent(key)}/abschliessen`, { method: 'POST', body: JSON.stringify({ variablen }) });
  }

  /** A document's bytes from the address the task detail gives (same origin only). */
  async dokument(url: string, signal?: AbortSignal): Promise<Dokument> {
    if (!url.startsWith(`${API_BASE}/`)) throw new ApiFehler(0, 'Ungültige Dokumentadresse', `Die Adresse „${url}“ gehört nicht zur Aufgabenliste.`);
    const antwort = await this.anfrage(url, { headers: { accept: '*/*' } }, signal);
    return { bytes: await antwort.arrayBuffer(), contentType: (antwort.headers.get('content-type') ?? 'application/octet-stream').split(';')[0].trim() };
  }
}
