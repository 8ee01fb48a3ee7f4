/**
 * Sessions of the tasklist, in memory only (a restart signs everyone out): a random id in the
 * cookie `wohngeld_tasklist` (HttpOnly, SameSite=Strict, Path=/tasklist, Secure behind https),
 * a CSRF token per session, 60 minutes idle and 10 hours at most. Each session holds its own
 * engine port, so in cluster mode a person's calls carry their own credentials.
 */
import { randomBytes, timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { Benutzer } from '../api.ts';
import { TASKLIST_BASE } from '../api.ts';
import type { TasklistEngine } from './engine.ts';

export const COOKIE_NAME = 'wohngeld_tasklist';

export interface Sitzung {
  readonly id: string;
  readonly benutzer: Benutzer;
  readonly csrfToken: string;
  readonly engine: TasklistEngine;
  readonly beginn: number;
  zuletzt: number;
}

export interface SitzungsOptionen {
  /** default 60 minutes */
  readonly leerlaufMs?: number;
  /** default 10 hours */
  readonly hoechstdauerMs?: number;
  /** the most sessions held at once; the oldest goes first (default 10,000) */
  readonly hoechstzahl?: number;
  readonly jetzt?: () => number;
}

export class Sitzungen {
  private readonly sitzungen = new Map<string, Sitzung>();
  private readonly leerlaufMs: number;
  private readonly hoechstdauerMs: number;
  private readonly hoechstzahl: number;
  private readonly jetzt: () => number;

  constructor(options: SitzungsOptionen = {}) {
    this.leerlaufMs = options.leerlaufMs ?? 60 * 60 * 1000;
    this.hoechstdauerMs = options.hoechstdauerMs ?? 10 * 60 * 60 * 1000;
    this.hoechstzahl = options.hoechstzahl ?? 10_000;
    this.jetzt = options.jetzt ?? Date.now;
  }

  erstelle(benutzer: Benutzer, engine: TasklistEngine): Sitzung {
    this.raeumeAuf();
    while (this.sitzungen.size >= this.hoechstzahl) {
      const aelteste = this.sitzungen.keys().next().value;
      if (aelteste === undefined) break;
      this.sitzungen.delete(aelteste);
    }
    const jetzt = this.jetzt();
    const sitzung: Sitzung = { id: randomBytes(32).toString('base64url'), benutzer, csrfToken: randomBytes(32).toString('base64url'), engine, beginn: jetzt, zuletzt: jetzt };
    this.sitzungen.set(sitzung.id, sitzung);
    return sitzung;
  }

  /** The live session of this id (and marks it used), or undefined. */
  finde(id: string | undefined): Sitzung | undefined {
    if (id === undefined) return undefined;
    const sitzung = this.sitzungen.get(id);
    if (!sitzung) return undefined;
    const jetzt = this.jetzt();
    if (this.abgelaufen(sitzung, jetzt)) {
      this.sitzungen.delete(id);
      return undefined;
    }
    sitzung.zuletzt = jetzt;
    return sitzung;
  }

  beende(id: string): void {
    this.sitzungen.delete(id);
  }

  /** Ends every session (the server stops). */
  leere(): void {
    this.sitzungen.clear();
  }

  get anzahl(): number {
    return this.sitzungen.size;
  }

  raeumeAuf(): void {
    const jetzt = this.jetzt();
    for (const [id, sitzung] of this.sitzungen) if (this.abgelaufen(sitzung, jetzt)) this.sitzungen.delete(id);
  }

  private abgelaufen(sitzung: Sitzung, jetzt: number): boolean {
    return jetzt - sitzung.zuletzt > this.leerlaufMs || jetzt - sitzung.beginn > this.hoechstdauerMs;
  }
}

/** The session id from the request's cookies, if it carries one. */
export function sitzungsId(req: IncomingMessage): string | undefined {
  const header = req.headers.cookie;
  if (!header) return undefined;
  for (const teil of header.split(';')) {
    const gleich = teil.indexOf('=');
    if (gleich === -1) continue;
    if (teil.slice(0, gleich).trim() === COOKIE_NAME) return teil.slice(gleich + 1).trim();
  }
  return undefined;
}

/** Whether the browser reached us over https (directly or through a proxy that says so). */
export function ueberHttps(req: IncomingMessage): boolean {
  if ((req.socket as { encrypted?: boolean }).encrypted) return true;
  const proto = req.headers['x-forwarded-proto'];
  const erster = (Array.isArray(proto) ? proto[0] : proto)?.split(',')[0]?.trim().toLowerCase();
  return erster === 'https';
}

export function sitzungsCookie(id: string, req: IncomingMessage): string {
  return `${COOKIE_NAME}=${id}; HttpOnly; SameSite=Strict; Path=${TASKLIST_BASE}${ueberHttps(req) ? '; Secure' : ''}`;
}

export function loeschCookie(req: IncomingMessage): string {
  return `${COOKIE_NAME}=; HttpOnly; SameSite=Strict; Path=${TASKLIST_BASE}; Max-Age=0${ueberHttps(req) ? '; Secure' : ''}`;
}

/** Constant-time comparison of the presented CSRF token with the session's. */
export function csrfPasst(sitzung: Sitzung, vorgelegt: string | string[] | undefined): boolean {
  if (typeof vorgelegt !== 'string') return false;
  const a = Buffer.from(vorgelegt);
  const b = Buffer.from(sitzung.csrfToken);
  return a.length === b.length && timingSafeEqual(a, b);
}
