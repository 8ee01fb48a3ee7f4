/**
 * How a person signs in to the tasklist, in the two modes of `wohngeld start`:
 * - embedded: against the user list (scrypt hashes); every session uses the product's client;
 * - cluster: against the Camunda 8.8 cluster with HTTP Basic (`GET /v2/authentication/me`, which
 *   also gives the groups); the session gets its own client with those credentials, so the
 *   cluster's authorizations apply to every call. The password stays in that client, in memory.
 * A cluster that signs in through OAuth/OIDC (SaaS, Identity with Keycloak) cannot be served:
 * the tasklist then answers 503 and points to Camunda Tasklist.
 */
import createCamundaClient, { type CamundaClient } from '@camunda8/orchestration-cluster-api';
import type { Benutzer } from '../api.ts';
import { configuredClusterAddress } from '../../workers/client.ts';
import type { BenutzerEintrag } from './benutzer.ts';
import { clientTasklistEngine, EngineFehler, type TasklistEngine } from './engine.ts';
import { blindPasswortHash, pruefePasswort } from './passwort.ts';

export interface Anmeldeverfahren {
  readonly modus: 'eingebettet' | 'cluster';
  /** set when nobody can sign in here (German, for the 503 answer) */
  readonly nichtVerfuegbar?: string;
  /** The person and their engine port, or undefined for a wrong name or password (which one is not told). */
  anmelden(benutzer: string, passwort: string): Promise<{ benutzer: Benutzer; engine: TasklistEngine } | undefined>;
}

export function eingebetteteAnmeldung(eintraege: readonly BenutzerEintrag[], engine: TasklistEngine): Anmeldeverfahren {
  const nachName = new Map(eintraege.map((e) => [e.benutzer, e]));
  return {
    modus: 'eingebettet',
    async anmelden(name, passwort) {
      const eintrag = nachName.get(name);
      // an unknown name costs the same scrypt work as a wrong password
      const passt = await pruefePasswort(passwort, eintrag?.passwort ?? (await blindPasswortHash()));
      if (!eintrag || !passt) return undefined;
      return { benutzer: { id: eintrag.benutzer, name: eintrag.name, gruppen: [...eintrag.gruppen] }, engine };
    },
  };
}

type Env = Readonly<Record<string, string | undefined>>;

export const OAUTH_HINWEIS =
  'Der Camunda-Cluster meldet Personen über OAuth/OIDC an (Camunda SaaS oder Identity). Diese Anmeldung kann die Tasklist von „Wohngeld für Camunda 8“ nicht übernehmen. Bitte bearbeiten Sie die Aufgaben in Camunda Tasklist – dort erscheinen dieselben Formulare.';

/**
 * Sign-in against the cluster the environment names. `deploymentClient` is the product's own
 * client: its auth strategy tells whether the cluster uses OAuth.
 */
export function clusterAnmeldung(options: { env: Env; deploymentClient: CamundaClient; clientFuer?: (benutzer: string, passwort: string) => CamundaClient }): Anmeldeverfahren {
  const config = options.deploymentClient.getConfig();
  const saas = /(^|\.)camunda\.io$/i.test(hostOf(config.restAddress));
  if (config.auth.strategy === 'OAUTH' || saas) {
    return {
      modus: 'cluster',
      nichtVerfuegbar: OAUTH_HINWEIS,
      async anmelden() {
        return undefined;
      },
    };
  }
  const clientFuer = options.clientFuer ?? ((benutzer: string, passwort: string) => basicClient(options.env, benutzer, passwort));
  return {
    modus: 'cluster',
    async anmelden(name, passwort) {
      const client = clientFuer(name, passwort);
      let ich: { username?: unknown; displayName?: unknown; groups?: unknown };
      try {
        ich = (await client.getAuthentication()) as typeof ich;
      } catch (error) {
        const status = (error as { status?: unknown }).status;
        if (status === 401) return undefined;
        const detail = (error as { detail?: unknown }).detail;
        if (status === 403) throw new EngineFehler(`Der Camunda-Cluster lässt den Benutzer „${name}“ nicht zu (HTTP 403${typeof detail === 'string' && detail ? `: ${detail}` : ''}).`, 403, typeof detail === 'string' ? detail : undefined);
        throw new EngineFehler(`Der Camunda-Cluster ist für die Anmeldung nicht erreichbar (${typeof status === 'number' ? `HTTP ${status}` : error instanceof Error ? error.message : String(error)}).`, typeof status === 'number' ? status : undefined);
      }
      const id = typeof ich.username === 'string' && ich.username !== '' ? ich.username : name;
      const gruppen = Array.isArray(ich.groups) ? ich.groups.filter((g): g is string => typeof g === 'string') : [];
      return {
        benutzer: { id, name: typeof ich.displayName === 'string' && ich.displayName.trim() !== '' ? ich.displayName : id, gruppen },
        engine: clientTasklistEngine(client),
      };
    },
  };
}

/** The deployment's settings (address, mTLS, tenant, SDK tuning) with this person's Basic credentials. */
function basicClient(env: Env, benutzer: string, passwort: string): CamundaClient {
  const address = configuredClusterAddress(env);
  const kept = Object.fromEntries(
    Object.entries(env).filter(([name]) => (name.startsWith('CAMUNDA_') || name.startsWith('ZEEBE_')) && !/^CAMUNDA_(AUTH_STRATEGY|BASIC_AUTH_|CLIENT_ID|CLIENT_SECRET|OAUTH_|TOKEN_)/.test(name)),
  );
  return createCamundaClient({
    env: kept,
    config: { ...(address ? { CAMUNDA_REST_ADDRESS: address } : {}), CAMUNDA_AUTH_STRATEGY: 'BASIC', CAMUNDA_BASIC_AUTH_USERNAME: benutzer, CAMUNDA_BASIC_AUTH_PASSWORD: passwort },
  });
}

function hostOf(address: string): string {
  try {
    return new URL(address).hostname;
  } catch {
    return '';
  }
}
