/**
 * The tasklist's server part as `wohngeld start` runs it: the sign-in of the mode (the user list
 * in embedded mode, the cluster's own in cluster mode), the sessions and the API routes for the
 * product's web server, and the line for start's output. The app's files (HTML, JS) come from
 * `assets.ts` and are added to the web server beside these routes.
 */
import type { CamundaClient } from '@camunda8/orchestration-cluster-api';
import type { Route } from '../../connectors/web-server.ts';
import type { Logger } from '../../workers/types.ts';
import { TASKLIST_BASE } from '../api.ts';
import { clusterAnmeldung, eingebetteteAnmeldung, type Anmeldeverfahren } from './anmeldung.ts';
import { ladeBenutzerliste, type Benutzerliste } from './benutzer.ts';
import { clientTasklistEngine } from './engine.ts';
import { createTasklistRoutes } from './routes.ts';
import { Sitzungen } from './sitzungen.ts';

export { BENUTZER_DATEI, BENUTZER_VARIABLE, ladeBenutzerliste, leseBenutzerliste, START_BENUTZER, STARTPASSWORT_DATEI, TasklistKonfigurationsFehler } from './benutzer.ts';
export { clientTasklistEngine, EngineFehler, type TasklistEngine, type UserTask } from './engine.ts';
export { clusterAnmeldung, eingebetteteAnmeldung, OAUTH_HINWEIS, type Anmeldeverfahren } from './anmeldung.ts';
export { createTasklistRoutes, type TasklistRoutesOptions } from './routes.ts';
export { hashPasswort, pruefePasswort } from './passwort.ts';
export { Sitzungen, COOKIE_NAME } from './sitzungen.ts';
export { AnmeldeDrossel } from './drosselung.ts';

export interface OpenTasklistOptions {
  /** the product's client (embedded engine, or the cluster with the deployment's credentials) */
  readonly client: CamundaClient;
  readonly modus: 'eingebettet' | 'cluster';
  /** where the user list lives in embedded mode (`ozg.datenverzeichnis(db, cwd)`) */
  readonly dataDir: string;
  /** `--db :memory:`: a missing user list is made in memory only and nothing is written */
  readonly volatile?: boolean;
  readonly env: Readonly<Record<string, string | undefined>>;
  /** for a relative WOHNGELD_TASKLIST_BENUTZER; default process.cwd() */
  readonly cwd?: string;
  /** how a file is named in the start line (e.g. relative to the working directory); default as is */
  readonly anzeigePfad?: (datei: string) => string;
  readonly logger?: Logger;
}

export interface Tasklist {
  /** the API routes under /tasklist/api/ (the app's files are not among them) */
  readonly routes: readonly Route[];
  readonly modus: 'eingebettet' | 'cluster';
  /** The line for start's output, given the web server's address (e.g. `http://127.0.0.1:8081`). */
  startMeldung(webUrl: string): string;
  /** ends every session and the periodic clean-up */
  close(): void;
}

/** Throws `TasklistKonfigurationsFehler` (German, names file and entry) for a wrong user list. */
export async function openTasklist(options: OpenTasklistOptions): Promise<Tasklist> {
  const zeige = options.anzeigePfad ?? ((datei: string) => datei);
  let anmeldung: Anmeldeverfahren;
  let liste: Benutzerliste | undefined;
  if (options.modus === 'eingebettet') {
    liste = await ladeBenutzerliste({ env: options.env, dataDir: options.dataDir, volatile: options.volatile ?? false, cwd: options.cwd ?? process.cwd() });
    anmeldung = eingebetteteAnmeldung(liste.eintraege, clientTasklistEngine(options.client));
  } else {
    anmeldung = clusterAnmeldung({ env: options.env, deploymentClient: options.client });
  }
  const namen = new Map(liste?.eintraege.map((e) => [e.benutzer, e.name]) ?? []);
  const sitzungen = new Sitzungen();
  const routes = createTasklistRoutes({ anmeldung, sitzungen, anzeigename: (id) => namen.get(id), ...(options.logger ? { logger: options.logger } : {}) });
  // expired sessions hold a person's data (and in cluster mode their password): drop them soon
  const aufraeumen = setInterval(() => sitzungen.raeumeAuf(), 60_000);
  aufraeumen.unref();

  return {
    routes,
    modus: options.modus,
    startMeldung(webUrl) {
      const adresse = `${webUrl.replace(/\/+$/, '')}${TASKLIST_BASE}/`;
      if (anmeldung.nichtVerfuegbar) return `Tasklist: nicht verfügbar, da der Camunda-Cluster über OAuth/OIDC anmeldet – Aufgaben in Camunda Tasklist bearbeiten.`;
      if (!liste) return `Tasklist: ${adresse} (Anmeldung mit den Camunda-Zugangsdaten des Clusters).`;
      switch (liste.quelle) {
        case 'neu':
          return `Tasklist: ${adresse} (Anmeldung als „${liste.eintraege[0].benutzer}“, Passwort in ${zeige(liste.startpasswortDatei)}; Benutzer in ${zeige(liste.datei)} neu angelegt).`;
        case 'fluechtig':
          return `Tasklist: ${adresse} (Anmeldung als „${liste.eintraege[0].benutzer}“ mit dem Passwort ${liste.startpasswort} – gilt nur für diesen Lauf, da die Datenbank im Speicher liegt).`;
        case 'umgebung':
          return `Tasklist: ${adresse} (${anzahl(liste.eintraege.length)} aus ${zeige(liste.datei)}, WOHNGELD_TASKLIST_BENUTZER).`;
        default:
          return `Tasklist: ${adresse} (${anzahl(liste.eintraege.length)} aus ${zeige(liste.datei)}${liste.startpasswortDatei ? `; Startpasswort in ${zeige(liste.startpasswortDatei)}` : ''}).`;
      }
    },
    close() {
      clearInterval(aufraeumen);
      sitzungen.leere();
    },
  };
}

function anzahl(n: number): string {
  return n === 1 ? '1 Benutzer' : `${n} Benutzer`;
}
