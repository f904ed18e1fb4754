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

/** 413 past maxBytes, checked on the declared length and on the bytes actually streamed. */
export function limitBody(maxBytes = MAX_BODY_BYTES): MiddlewareHandler {
  return bodyLimit({
    maxSize: maxBytes,
    onError: () => {
      throw new HttpError(413, 'too_large', `the body must be at most ${Math.floor(maxBytes / 1024)} kB`);
    },
  });
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
