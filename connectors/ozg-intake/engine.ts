/**
 * What the intake needs of the engine — store a document, publish a message — on the official
 * Camunda client, so the intake works against the embedded engine and a real cluster alike.
 * Every failure is an `EngineUnavailable` with a German message for the log.
 */
import type { CamundaClient } from '@camunda8/orchestration-cluster-api';
import { clientDocumentStore } from '../../workers/adapter.ts';
import type { DocumentReference } from '../../workers/types.ts';

export interface IntakeEngine {
  upload(content: Buffer, metadata: { fileName: string; contentType: string; customProperties: Record<string, string> }): Promise<DocumentReference>;
  /** `alreadyPublished`: a message with this messageId is still buffered (an earlier attempt published it). */
  publish(message: IntakeMessage): Promise<{ alreadyPublished: boolean }>;
}

export interface IntakeMessage {
  readonly name: string;
  readonly correlationKey: string;
  readonly messageId: string;
  readonly timeToLive: number;
  readonly variables: Record<string, unknown>;
}

export class EngineUnavailable extends Error {
  constructor(
    message: string,
    /** the engine's HTTP status, when it answered */
    readonly status?: number,
  ) {
    super(message);
    this.name = 'EngineUnavailable';
  }
}

export function clientIntakeEngine(client: CamundaClient): IntakeEngine {
  const documents = clientDocumentStore(client);
  return {
    async upload(content, metadata) {
      try {
        return await documents.upload(content, metadata);
      } catch (error) {
        throw new EngineUnavailable(error instanceof Error ? error.message : String(error), (error as { status?: number }).status);
      }
    },
    async publish(message) {
      try {
        await client.publishMessage({ name: message.name, correlationKey: message.correlationKey, messageId: message.messageId, timeToLive: message.timeToLive, variables: message.variables });
        return { alreadyPublished: false };
      } catch (error) {
        const status = (error as { status?: unknown }).status;
        // Zeebe and the embedded engine refuse a messageId that is still buffered: published before
        if (status === 409) return { alreadyPublished: true };
        const detail = typeof status === 'number' ? `HTTP ${status}` : error instanceof Error ? error.message : String(error);
        throw new EngineUnavailable(`Die Nachricht „${message.name}“ zu ${message.correlationKey} konnte nicht veröffentlicht werden (${detail}).`, typeof status === 'number' ? status : undefined);
      }
    },
  };
}
