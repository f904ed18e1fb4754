import { describe, expect, it } from 'vitest';
import { ConfigError, parseConfig } from '../../src/config.js';

describe('parseConfig', () => {
  it('serves on 8787 with the LINE door and console off when nothing is set', () => {
    const c = parseConfig({});
    expect(c).toMatchObject({ port: 8787, line: null, adminToken: null, corsOrigins: [], rateLimitPerMinute: 30, trustProxy: false });
  });

  it('reads origins as a comma list and both LINE credentials together', () => {
    const c = parseConfig({
      PORT: '9000', CORS_ORIGINS: 'https://www.city.example.jp, https://kurashi.example.lg.jp',
      LINE_CHANNEL_SECRET: 'secret-1234', LINE_CHANNEL_ACCESS_TOKEN: 'token-5678', TRUST_PROXY: '1',
    });
    expect(c.port).toBe(9000);
    expect(c.corsOrigins).toEqual(['https://www.city.example.jp', 'https://kurashi.example.lg.jp']);
    expect(c.line).toEqual({ channelSecret: 'secret-1234', channelAccessToken: 'token-5678' });
    expect(c.trustProxy).toBe(true);
  });

  it('refuses half the LINE credentials, naming the missing variable but never the value', () => {
    let err: unknown;
    try { parseConfig({ LINE_CHANNEL_SECRET: 'only-the-secret-here' }); } catch (e) { err = e; }
    expect(err).toBeInstanceOf(ConfigError);
    expect((err as Error).message).toContain('LINE_CHANNEL_ACCESS_TOKEN');
    expect((err as Error).message).not.toContain('only-the-secret-here');
  });

  it('lists every bad variable at once', () => {
    expect(() => parseConfig({ PORT: 'eighty', CORS_ORIGINS: 'https://ok.example.jp,www.city.example.jp/path', RATE_LIMIT_PER_MINUTE: '0' }))
      .toThrowError(/PORT[\s\S]*CORS_ORIGINS[\s\S]*RATE_LIMIT_PER_MINUTE/);
  });

  it('words its error as one readable list', () => {
    expect(() => parseConfig({ PORT: '70000', ADMIN_TOKEN: 'short' })).toThrowErrorMatchingInlineSnapshot(`
      [ConfigError: config: invalid environment
        PORT: Too big: expected number to be <=65535
        ADMIN_TOKEN: use at least 16 characters]
    `);
  });

  it('accepts a LINE API base URL only over https or on the loopback', () => {
    const line = { LINE_CHANNEL_SECRET: 'secret-1234', LINE_CHANNEL_ACCESS_TOKEN: 'token-5678' };
    expect(parseConfig({ ...line, LINE_API_BASE_URL: 'http://127.0.0.1:9911' }).line?.apiBaseUrl).toBe('http://127.0.0.1:9911');
    expect(parseConfig(line).line?.apiBaseUrl).toBeUndefined();
    expect(() => parseConfig({ ...line, LINE_API_BASE_URL: 'http://evil.example.com' })).toThrowError(/LINE_API_BASE_URL/);
  });

  it('treats blank variables as unset', () => {
    expect(parseConfig({ PORT: '', LINE_CHANNEL_SECRET: ' ', LINE_CHANNEL_ACCESS_TOKEN: '' })).toMatchObject({ port: 8787, line: null });
  });
});
