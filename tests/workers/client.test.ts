import { configuredClusterAddress, createClient, describeClient } from '../../workers/client.ts';

describe('client configuration', () => {
  test('CAMUNDA_REST_ADDRESS wins over ZEEBE_REST_ADDRESS; blank values do not count', () => {
    expect(configuredClusterAddress({})).toBeUndefined();
    expect(configuredClusterAddress({ ZEEBE_REST_ADDRESS: '  ' })).toBeUndefined();
    expect(configuredClusterAddress({ ZEEBE_REST_ADDRESS: 'http://zeebe:8080' })).toBe('http://zeebe:8080');
    expect(configuredClusterAddress({ ZEEBE_REST_ADDRESS: 'http://zeebe:8080', CAMUNDA_REST_ADDRESS: 'http://camunda:8080' })).toBe('http://camunda:8080');
  });

  test('ZEEBE_REST_ADDRESS switches the client to that cluster', () => {
    const client = createClient({ env: { ZEEBE_REST_ADDRESS: 'https://bru-2.zeebe.camunda.io/abc' } });
    expect(describeClient(client)).toEqual({ restAddress: 'https://bru-2.zeebe.camunda.io/abc/v2', authStrategy: 'NONE' });
  });

  test('OAuth settings are read from the standard variables', () => {
    const client = createClient({
      env: {
        ZEEBE_REST_ADDRESS: 'https://bru-2.zeebe.camunda.io/abc',
        CAMUNDA_AUTH_STRATEGY: 'OAUTH',
        CAMUNDA_CLIENT_ID: 'id',
        CAMUNDA_CLIENT_SECRET: 'secret',
        CAMUNDA_OAUTH_URL: 'https://login.cloud.camunda.io/oauth/token',
        CAMUNDA_TOKEN_AUDIENCE: 'zeebe.camunda.io',
      },
    });
    const config = client.getConfig();
    expect(config.auth.strategy).toBe('OAUTH');
    expect(config.oauth.clientId).toBe('id');
    expect(config.tokenAudience).toBe('zeebe.camunda.io');
  });

  test('OAUTH without credentials is a configuration error', () => {
    expect(() => createClient({ env: { CAMUNDA_AUTH_STRATEGY: 'OAUTH' } })).toThrow(/CAMUNDA_CLIENT_ID/);
  });

  test('the embedded engine override ignores the cluster settings of the environment', () => {
    const client = createClient({
      embeddedEngineUrl: 'http://localhost:8085',
      env: { ZEEBE_REST_ADDRESS: 'https://cluster', CAMUNDA_AUTH_STRATEGY: 'OAUTH', CAMUNDA_SDK_LOG_LEVEL: 'silent' },
    });
    expect(describeClient(client)).toEqual({ restAddress: 'http://localhost:8085/v2', authStrategy: 'NONE' });
  });
});
