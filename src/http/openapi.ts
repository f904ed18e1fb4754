import { z } from 'zod';
import { ChatRequestSchema, ErrorSchema, ReplySchema } from './chat-schema.js';
import { HealthSchema } from './health-schema.js';

const ref = (id: string) => ({ $ref: `#/components/schemas/${id}` });
const json = (id: string) => ({ content: { 'application/json': { schema: ref(id) } } });
const error = (description: string) => ({ description, ...json('Error') });

/** The components, generated from the same zod schemas the routes validate with (one source of truth). */
function components(): Record<string, unknown> {
  const registry = z.registry<{ id: string }>();
  registry.add(ChatRequestSchema, { id: 'ChatRequest' });
  registry.add(ReplySchema, { id: 'Reply' });
  registry.add(ErrorSchema, { id: 'Error' });
  registry.add(HealthSchema, { id: 'Health' });
  return z.toJSONSchema(registry, { io: 'input', uri: (id) => `#/components/schemas/${id}` }).schemas;
}

/** GET /openapi.json (OpenAPI 3.1: its schema dialect is JSON Schema 2020-12, which z.toJSONSchema emits). */
export function openApiDocument(version: string): Record<string, unknown> {
  return {
    openapi: '3.1.0',
    info: { title: 'tsunagi', version, description: 'つなぎ — finds the consultation channels and government measures that fit a worry.' },
    paths: {
      '/api/chat': {
        post: {
          summary: 'Answer a worry with channels, measures and a short reply',
          requestBody: { required: true, ...json('ChatRequest') },
          responses: {
            200: { description: 'The response contract', ...json('Reply') },
            400: error('Malformed JSON or a field of the wrong type or length'),
            403: error('Called from a browser origin that is not allowed'),
            413: error('Body over 64 kB'),
            415: error('Content type is not application/json'),
            429: { ...error('Too many requests from this client; see Retry-After'), headers: { 'Retry-After': { schema: { type: 'integer' } } } },
          },
        },
      },
      '/line/webhook': {
        post: {
          summary: 'LINE Messaging API webhook (signed with x-line-signature); answers 200 at once and replies after',
          responses: { 200: { description: 'Accepted' }, 401: error('Signature missing or wrong'), 404: error('LINE door off (no LINE credentials)') },
        },
      },
      '/healthz': { get: { summary: 'Liveness, content counts and version (no secrets)', responses: { 200: { description: 'OK', ...json('Health') } } } },
      '/openapi.json': { get: { summary: 'This document', responses: { 200: { description: 'OpenAPI 3.1 document' } } } },
    },
    components: { schemas: components() },
  };
}
