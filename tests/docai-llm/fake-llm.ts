/**
 * A loopback OpenAI-compatible server for the tests: POST /v1/chat/completions answers with the
 * canned structured JSON the test sets, and records every request. Never the internet.
 */
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordedRequest {
  path: string;
  headers: IncomingHttpHeaders;
  body: {
    model: string;
    messages: Array<{ role: string; content: string }>;
    response_format?: { type: string; json_schema?: { name: string; strict?: boolean; schema: Record<string, unknown> } };
    temperature?: number;
  };
}

export type Reply =
  | { kind: 'json'; content: unknown }
  | { kind: 'status'; status: number; body?: unknown }
  | { kind: 'delay'; ms: number; content: unknown }
  | { kind: 'raw'; content: string };

export interface FakeLlm {
  readonly baseURL: string;
  readonly requests: RecordedRequest[];
  reply: Reply;
  close(): Promise<void>;
}

export async function startFakeLlm(): Promise<FakeLlm> {
  const requests: RecordedRequest[] = [];
  const state: { reply: Reply } = { reply: { kind: 'status', status: 500 } };
  const sockets = new Set<import('node:net').Socket>();
  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => {
      if (req.method !== 'POST' || req.url !== '/v1/chat/completions') {
        res.writeHead(404, { 'content-type': 'application/json' }).end(JSON.stringify({ error: { message: 'not found' } }));
        return;
      }
      const body = JSON.parse(Buffer.concat(chunks).toString('utf8'));
      requests.push({ path: req.url, headers: req.headers, body });
      const reply = state.reply;
      const answer = (content: string) =>
        res.writeHead(200, { 'content-type': 'application/json' }).end(
          JSON.stringify({
            id: `chatcmpl-${requests.length}`,
            object: 'chat.completion',
            created: 1_700_000_000,
            model: body.model,
            choices: [{ index: 0, message: { role: 'assistant', content, refusal: null }, finish_reason: 'stop', logprobs: null }],
            usage: { prompt_tokens: 1, completion_tokens: 1, total_tokens: 2 },
          }),
        );
      switch (reply.kind) {
        case 'json':
          return answer(JSON.stringify(reply.content));
        case 'raw':
          return answer(reply.content);
        case 'status':
          res.writeHead(reply.status, { 'content-type': 'application/json' }).end(JSON.stringify(reply.body ?? { error: { message: 'kaputt', type: 'server_error' } }));
          return;
        case 'delay': {
          const timer = setTimeout(() => answer(JSON.stringify(reply.content)), reply.ms);
          res.on('close', () => clearTimeout(timer));
          return;
        }
      }
    });
  });
  server.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseURL: `http://127.0.0.1:${port}/v1`,
    requests,
    get reply() {
      return state.reply;
    },
    set reply(value: Reply) {
      state.reply = value;
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const socket of sockets) socket.destroy();
        server.close(() => resolve());
      }),
  };
}
