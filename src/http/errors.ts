import type { Context, ErrorHandler, NotFoundHandler } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';

/** The one error shape every door answers with: short, no stack, never echoing the request body. */
export interface ErrorBody {
  error: string;
  message: string;
  /** For validation errors: where and what, e.g. "text: too long (max 2000 characters)". */
  issues?: string[];
}

/** The one error type for HTTP failures; thrown anywhere, answered by onError. */
export class HttpError extends Error {
  constructor(
    readonly status: ContentfulStatusCode,
    readonly code: string,
    message: string,
    readonly issues?: string[],
    readonly headers?: Record<string, string>,
  ) {
    super(message);
    this.name = 'HttpError';
  }
}

export function errorResponse(c: Context, err: HttpError): Response {
  const body: ErrorBody = { error: err.code, message: err.message, ...(err.issues ? { issues: err.issues } : {}) };
  return c.json(body, err.status, err.headers);
}

export const notFound: NotFoundHandler = (c) =>
  errorResponse(c, new HttpError(404, 'not_found', `no route for ${c.req.method} ${c.req.path}`));

/** Known errors keep their status; anything else is a 500 with a one-line log (name only: messages may hold input). */
export function onError(log: (line: string) => void): ErrorHandler {
  return (err, c) => {
    if (err instanceof HttpError) return errorResponse(c, err);
    if (err instanceof HTTPException && err.status < 500) {
      return errorResponse(c, new HttpError(err.status as ContentfulStatusCode, 'http_error', err.message || 'request refused'));
    }
    log(`error ${c.req.method} ${c.req.path}: ${err.name}`);
    return errorResponse(c, new HttpError(500, 'internal', 'something went wrong on our side; please try again'));
  };
}
