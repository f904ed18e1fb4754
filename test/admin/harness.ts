// A console mounted the way createApp mounts it, with the service's error handling, a fixed clock and a memory store.
import { Hono } from 'hono';
import { join } from 'node:path';
import { adminRoutes } from '../../src/admin/routes.js';
import { parseConfig } from '../../src/config.js';
import type { Content } from '../../src/core/content.js';
import { notFound, onError } from '../../src/http/errors.js';
import { readContentFromDisk } from '../../src/runtime/content-files.js';
import { createMemoryStore } from '../../src/store/memory-store.js';
import type { OperatorStore } from '../../src/store/operator-store.js';

export const TOKEN = 'test-operator-token-0123456789';
export const NOW = new Date('2026-11-30T12:00:00+09:00');

let content: Content | undefined;
export function realContent(): Content {
  content ??= readContentFromDisk(join(import.meta.dirname, '..', '..'));
  return content;
}

export interface Harness { app: Hono; store: OperatorStore; logs: string[] }

export function harness(opts: { token?: string | null; store?: OperatorStore | null; now?: () => Date } = {}): Harness {
  const logs: string[] = [];
  const log = (line: string) => logs.push(line);
  const token = opts.token === undefined ? TOKEN : opts.token;
  const store = opts.store === undefined ? createMemoryStore() : opts.store;
  const deps = {
    content: realContent(),
    config: parseConfig(token ? { ADMIN_TOKEN: token } : {}),
    now: opts.now ?? (() => NOW),
    log,
    ...(store ? { store } : {}),
  };
  const app = new Hono();
  app.onError(onError(log));
  app.notFound(notFound);
  app.route('/admin', adminRoutes(deps));
  return { app, store: store ?? createMemoryStore(), logs };
}

export const bearer = (t = TOKEN) => ({ Authorization: `Bearer ${t}` });

/** Logs in through the form and returns the Cookie header and the page's form token. */
export async function login(app: Hono): Promise<{ cookie: string; csrf: string }> {
  const res = await app.request('/admin/login', {
    method: 'POST', body: new URLSearchParams({ token: TOKEN }),
    headers: { 'Content-Type': 'application/x-www-form-urlencoded', Host: 'localhost', Origin: 'http://localhost' },
  });
  const cookie = (res.headers.get('Set-Cookie') ?? '').split(';')[0] ?? '';
  const page = await (await app.request('/admin', { headers: { Cookie: cookie } })).text();
  const csrf = /name="_csrf" value="([^"]+)"/.exec(page)?.[1] ?? '';
  return { cookie, csrf };
}

export function form(fields: Record<string, string>, headers: Record<string, string> = {}): RequestInit {
  return { method: 'POST', body: new URLSearchParams(fields), headers: { 'Content-Type': 'application/x-www-form-urlencoded', ...headers } };
}
