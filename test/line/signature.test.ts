import { describe, expect, it } from 'vitest';
import { signLineBody, verifyLineSignature } from '../../src/line/signature.js';

const hexToBase64 = (hex: string) => btoa(String.fromCharCode(...(hex.match(/../g) ?? []).map((h) => parseInt(h, 16))));

describe('verifyLineSignature', () => {
  it('accepts the published known answer of LINE’s SDK (secret "test_secret", body {"hello":"world"})', async () => {
    // line-bot-sdk-nodejs test/validate-signature.spec.ts
    expect(await verifyLineSignature('test_secret', JSON.stringify({ hello: 'world' }), 't7Hn4ZDHqs6e+wdvI5TyQIvzie0DmMUmuXEBqyyE/tM=')).toBe(true);
    expect(await verifyLineSignature('test_secret', JSON.stringify({ hello: 'world' }), 't7Hn4ZDHqs6e+wdvi5TyQivzie0DmMUmuXEBqyyE/tM=')).toBe(false);
  });

  it('agrees with RFC 4231 test case 2 (key "Jefe")', async () => {
    const mac = hexToBase64('5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843');
    expect(await verifyLineSignature('Jefe', 'what do ya want for nothing?', mac)).toBe(true);
    expect(await signLineBody('Jefe', 'what do ya want for nothing?')).toBe(mac);
  });

  it('signs over the exact UTF-8 bytes of a Japanese body', async () => {
    const body = '{"events":[{"message":{"text":"もう無理…しにたい😢"}}]}';
    const sig = await signLineBody('s3cr3t-channel', body);
    expect(await verifyLineSignature('s3cr3t-channel', new TextEncoder().encode(body), sig)).toBe(true);
    expect(await verifyLineSignature('s3cr3t-channel', body.replace('しにたい', 'しにたくない'), sig)).toBe(false);
  });

  it.each([
    ['missing', undefined],
    ['empty', ''],
    ['not base64', '***not-a-signature***'],
    ['too short', 'AAAA'],
    ['signed with another secret', 'kfaI0Y3OF3ndeFqT4ldCLxGBTVPPCKrmOHQkmuApxsE='],
  ])('refuses a signature that is %s', async (_name, sig) => {
    expect(await verifyLineSignature('test_secret', '{"hello":"world"}', sig)).toBe(false);
  });
});
