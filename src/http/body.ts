import type { Context, MiddlewareHandler } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import type { z } from 'zod';
import { HttpError } from './errors.js';
import { issueLines } from './chat-schema.js';

export const MAX_BODY_BYTES = 64 * 1024;

/** 415 unless the body is declared JSON (charset parameters allowed). */
export const requireJson: MiddlewareHandler = async (c, next) => {
  const type = (c.req.header('content-type') ?? '').split(';')[0]?.trim().toLowerCase();
  if (type !== 'application/json') throw new HttpError(415, 'unsupported_media_type', 'send the body as application/json');
  await next();
};

/**
 * 413 past maxBytes, checked on the declared length and on the bytes actually streamed. A body with a declared
 * Content-Length (what browsers and LINE send) is judged on its headers alone: the runtime never delivers more bytes
 * than declared, and not touching the body stream here lets @hono/node-server read it straight from the socket
 * (hono's bodyLimit asks for the web stream first, which builds a full Request per chat: ~1/6 of a chat's CPU).
 * Chunked bodies, whose length is known only at the end, are counted as they stream.
 */
export function limitBody(maxBytes = MAX_BODY_BYTES): MiddlewareHandler {
  const tooLarge = () => {
    throw new HttpError(413, 'too_large', `the body must be at most ${Math.floor(maxBytes / 1024)} kB`);
  };
  const streamed = bodyLimit({ maxSize: maxBytes, onError: tooLarge });
  return async (c, next) => {
    const declared = c.req.header('content-length');
    if (declared === undefined || c.req.header('transfer-encoding') !== undefined) return streamed(c, next);
    if (Number(declared) > maxBytes) tooLarge();
    await next();
  };
}

/** Parses and validates a JSON body: 400 with field-level issues, never echoing the input. */
export async function readJson<S extends z.ZodType>(c: Context, schema: S): Promise<z.infer<S>> {
  let raw: unknown;
  try {
    raw = JSON.parse(await c.req.text());
  } catch (err) {
    if (err instanceof HttpError) throw err;
    throw new HttpError(400, 'bad_json', 'the body is not valid JSON');
  }
  const parsed = schema.safeParse(raw);
  if (!parsed.success) throw new HttpError(400, 'invalid_request', 'the request does not match the schema', issueLines(parsed.error));
  return parsed.data;
}
