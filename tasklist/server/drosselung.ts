/**
 * Failed sign-ins per user name: after 5 failures the name is locked for 30 seconds (the answer
 * is 429 with Retry-After), which makes guessing a password by trying slow. The count is per
 * name, not per address: behind a proxy every request has the same address.
 */

export interface DrosselOptionen {
  /** failures until the lock; default 5 */
  readonly maxFehlversuche?: number;
  /** default 30 s */
  readonly sperreMs?: number;
  /** failures older than this are forgotten; default 15 minutes */
  readonly vergessenNachMs?: number;
  /** the most names tracked at once (memory bound against a flood of invented names); default 10,000 */
  readonly hoechstzahl?: number;
  readonly jetzt?: () => number;
}

interface Stand {
  fehlversuche: number;
  letzter: number;
  gesperrtBis: number;
}

export class AnmeldeDrossel {
  private readonly staende = new Map<string, Stand>();
  private readonly maxFehlversuche: number;
  private readonly sperreMs: number;
  private readonly vergessenNachMs: number;
  private readonly hoechstzahl: number;
  private readonly jetzt: () => number;

  constructor(options: DrosselOptionen = {}) {
    this.maxFehlversuche = options.maxFehlversuche ?? 5;
    this.sperreMs = options.sperreMs ?? 30_000;
    this.vergessenNachMs = options.vergessenNachMs ?? 15 * 60 * 1000;
    this.hoechstzahl = options.hoechstzahl ?? 10_000;
    this.jetzt = options.jetzt ?? Date.now;
  }

  /** Milliseconds until the name may try again, or 0. */
  wartezeit(name: string): number {
    const stand = this.staende.get(schluessel(name));
    if (!stand) return 0;
    return Math.max(0, stand.gesperrtBis - this.jetzt());
  }

  fehlversuch(name: string): void {
    const key = schluessel(name);
    const jetzt = this.jetzt();
    let stand = this.staende.get(key);
    if (!stand || jetzt - stand.letzter > this.vergessenNachMs) {
      stand = { fehlversuche: 0, letzter: jetzt, gesperrtBis: 0 };
      this.merke(key, stand);
    }
    stand.fehlversuche++;
    stand.letzter = jetzt;
    if (stand.fehlversuche >= this.maxFehlversuche) {
      stand.gesperrtBis = jetzt + this.sperreMs;
      // after the lock, the next failure locks again at once until a success
      stand.fehlversuche = this.maxFehlversuche - 1;
    }
  }

  erfolg(name: string): void {
    this.staende.delete(schluessel(name));
  }

  private merke(key: string, stand: Stand): void {
    this.staende.delete(key);
    if (this.staende.size >= this.hoechstzahl) {
      const jetzt = this.jetzt();
      for (const [k, s] of this.staende) if (s.gesperrtBis <= jetzt && jetzt - s.letzter > this.vergessenNachMs) this.staende.delete(k);
      // still full: forget the oldest entries (insertion order)
      for (const k of this.staende.keys()) {
        if (this.staende.size < this.hoechstzahl) break;
        this.staende.delete(k);
      }
    }
    this.staende.set(key, stand);
  }
}

/** Names are compared as a person types them: case and surrounding spaces do not make a new name. */
function schluessel(name: string): string {
  return name.trim().toLowerCase().slice(0, 200);
}
