// The Worker's small runtime seams, exercised inside workerd.
import { describe, expect, it } from 'vitest';
import { createDeferrer } from '../../src/runtime/worker-defer.js';
import { clockFromEnv, configFromEnv } from '../../src/runtime/worker-env.js';
import { fetchLineReply } from '../../src/runtime/worker-line.js';
import { bindingRateLimit } from '../../src/runtime/worker-rate-limit.js';

describe('configFromEnv', () => {
  it('reads vars and secrets through the same schema as Node and ignores bindings', () => {
    const config = configFromEnv({ CORS_ORIGINS: 'https://www.city.sample.example.jp', CHAT_LIMITER: { limit: async () => ({ success: true }) }, PORT: 'not-a-port' });
    expect(config.corsOrigins).toEqual(['https://www.city.sample.example.jp']);
    expect(config.line).toBeNull();
  });

  it('names the bad variable and never echoes its value', () => {
    expect(() => configFromEnv({ ADMIN_TOKEN: 'short-secret' })).toThrow(/ADMIN_TOKEN/);
    expect(() => configFromEnv({ ADMIN_TOKEN: 'short-secret' })).not.toThrow(/short-secret/);
  });
});

describe('clockFromEnv', () => {
  it('keeps a fixed instant when TEST_FIXED_NOW is set, else follows the real clock', () => {
    expect(clockFromEnv({ TEST_FIXED_NOW: '2026-11-30T12:30:00Z' })().toISOString()).toBe('2026-11-30T12:30:00.000Z');
    expect(Math.abs(clockFromEnv({})().getTime() - Date.now())).toBeLessThan(1000);
  });

  it('refuses a malformed instant instead of drifting', () => {
    expect(() => clockFromEnv({ TEST_FIXED_NOW: 'きのう' })).toThrow(/TEST_FIXED_NOW/);
  });
});

describe('createDeferrer', () => {
  it('hands running work, and work it defers later, to the request context', async () => {
    const lines: string[] = [];
    const d = createDeferrer((l) => lines.push(l));
    const waited: Promise<unknown>[] = [];
    const ctx = { waitUntil: (p: Promise<unknown>) => { waited.push(p); }, passThroughOnException: () => {}, props: {} };
    const done: string[] = [];
    d.defer((async () => {
      await new Promise((r) => setTimeout(r, 5));
      d.defer(new Promise((r) => setTimeout(r, 5)).then(() => { done.push('nested'); }));
      done.push('outer');
    })());
    d.defer(Promise.reject(new TypeError('boom')));
    d.handOff(ctx);
    expect(waited).toHaveLength(1);
    await waited[0];
    expect(done).toEqual(['outer', 'nested']);
    expect(lines).toEqual(['deferred work failed (TypeError)']);
  });

  it('asks nothing of the context when no work is pending', () => {
    const d = createDeferrer(() => {});
    let calls = 0;
    d.handOff({ waitUntil: () => { calls++; }, passThroughOnException: () => {}, props: {} });
    expect(calls).toBe(0);
  });
});

describe('fetchLineReply', () => {
  it('fails with the status only, never the token or the message', async () => {
    const reply = fetchLineReply('secret-access-token', async () => new Response('{"message":"Invalid reply token"}', { status: 400 }));
    const err = await reply('rt', [{ type: 'text', text: 'つらいね' }]).catch((e: unknown) => e as Error);
    expect(err).toBeInstanceOf(Error);
    expect((err as Error).message).toBe('line: reply failed with HTTP 400');
  });
});

describe('bindingRateLimit', () => {
  it('allows while the binding says success and refuses after', async () => {
    let n = 0;
    const allow = bindingRateLimit({ limit: async () => ({ success: ++n <= 2 }) }, () => {});
    expect([await allow('a'), await allow('a'), await allow('a')]).toEqual([true, true, false]);
  });

  it('fails open with one log line when the binding errors: nobody in distress is turned away', async () => {
    const lines: string[] = [];
    const allow = bindingRateLimit({ limit: async () => { throw new RangeError('down'); } }, (l) => lines.push(l));
    expect(await allow('a')).toBe(true);
    expect(lines).toEqual(['rate-limit: binding failed (RangeError); allowing']);
  });
});
