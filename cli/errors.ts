/** Turns errors of the Camunda client into one German line for the user. */
import type { CamundaClient } from '@camunda8/orchestration-cluster-api';

interface SdkErrorShape {
  name?: unknown;
  message?: unknown;
  status?: unknown;
  title?: unknown;
  detail?: unknown;
  cause?: unknown;
}

export function describeSdkError(e: unknown, client?: CamundaClient): string {
  const err = (typeof e === 'object' && e !== null ? e : { message: String(e) }) as SdkErrorShape;
  const address = client ? safeAddress(client) : undefined;
  const message = typeof err.message === 'string' ? err.message : '';
  switch (err.name) {
    case 'HttpSdkError': {
      const detail = typeof err.detail === 'string' && err.detail !== '' ? err.detail : message;
      if (err.status === 401 || err.status === 403) {
        return `Die Engine${address ? ` unter ${address}` : ''} verweigert den Zugriff (HTTP ${err.status}): ${detail}. CAMUNDA_AUTH_STRATEGY und Zugangsdaten prüfen.`;
      }
      return `HTTP ${String(err.status)}${typeof err.title === 'string' && err.title !== detail ? ` ${err.title}` : ''}: ${detail}`;
    }
    case 'AuthSdkError':
      return `Anmeldung fehlgeschlagen: ${message}. CAMUNDA_CLIENT_ID, CAMUNDA_CLIENT_SECRET und CAMUNDA_OAUTH_URL prüfen.`;
    case 'NetworkSdkError':
      return `Keine Verbindung zur Engine${address ? ` unter ${address}` : ''} (${causeMessage(err) ?? message}).`;
    case 'CamundaConfigurationError':
      return `Camunda-Konfiguration unvollständig oder ungültig: ${message.replace(/\n/g, '; ')}`;
    default:
      return message !== '' ? message : String(e);
  }
}

function causeMessage(err: SdkErrorShape): string | undefined {
  const cause = err.cause as { message?: unknown; cause?: { code?: unknown; message?: unknown } } | undefined;
  const inner = cause?.cause;
  if (inner && typeof inner.code === 'string') return inner.code;
  if (inner && typeof inner.message === 'string' && inner.message !== '') return inner.message;
  return typeof cause?.message === 'string' ? cause.message : undefined;
}

function safeAddress(client: CamundaClient): string | undefined {
  try {
    return client.getConfig().restAddress;
  } catch {
    return undefined;
  }
}
