/**
 * Creates the Camunda client. The engine's address is the only switch between the embedded engine
 * and a real Camunda 8.8 cluster (SaaS or Self-Managed); everything else comes from the standard
 * environment variables that `@camunda8/orchestration-cluster-api` reads (see workers/README.md).
 */
import createCamundaClient, { type CamundaClient } from '@camunda8/orchestration-cluster-api';

type Env = Readonly<Record<string, string | undefined>>;

/**
 * The cluster address from the environment, or undefined if none is set: `CAMUNDA_REST_ADDRESS`,
 * else `ZEEBE_REST_ADDRESS` (the name the Camunda 8 docs and older SDKs use).
 */
export function configuredClusterAddress(env: Env = process.env): string | undefined {
  for (const name of ['CAMUNDA_REST_ADDRESS', 'ZEEBE_REST_ADDRESS'] as const) {
    const value = env[name]?.trim();
    if (value) return value;
  }
  return undefined;
}

export interface ClientOptions {
  /**
   * Address of the embedded engine (e.g. `http://localhost:8080`). When given, the client talks to
   * it without authentication and ignores the cluster settings of the environment.
   */
  readonly embeddedEngineUrl?: string;
  /** Environment to read; default `process.env`. */
  readonly env?: Env;
}

/** A client for the embedded engine (`embeddedEngineUrl`) or for the cluster the environment names. */
export function createClient(options: ClientOptions = {}): CamundaClient {
  const env = options.env ?? process.env;
  if (options.embeddedEngineUrl !== undefined) {
    return createCamundaClient({
      // Only the SDK's own tuning (log level, retries, validation) passes through: OAuth or mTLS
      // settings meant for a cluster must not reach the embedded engine, nor fail its start-up.
      env: pick(env, (name) => name.startsWith('CAMUNDA_SDK_')),
      config: { CAMUNDA_REST_ADDRESS: options.embeddedEngineUrl, CAMUNDA_AUTH_STRATEGY: 'NONE' },
    });
  }
  // The package (8.8.4) already falls back from CAMUNDA_REST_ADDRESS to ZEEBE_REST_ADDRESS; we map
  // it here as well so that the switch does not depend on that undocumented fallback.
  const address = configuredClusterAddress(env);
  return createCamundaClient({ env: address ? { ...env, CAMUNDA_REST_ADDRESS: address } : { ...env } });
}

/** Where a client sends its requests and how it authenticates, for messages to the user. */
export function describeClient(client: CamundaClient): { restAddress: string; authStrategy: string } {
  const config = client.getConfig();
  return { restAddress: config.restAddress, authStrategy: config.auth.strategy };
}

function pick(env: Env, keep: (name: string) => boolean): Record<string, string | undefined> {
  return Object.fromEntries(Object.entries(env).filter(([name]) => keep(name)));
}
