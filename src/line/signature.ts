/**
 * LINE's x-line-signature: base64(HMAC-SHA256(channel secret, raw body)). Checked with Web Crypto's verify, which
 * compares in constant time and runs unchanged on Node and Workers. The key is imported once per secret.
 */
const encoder = new TextEncoder();
const keys = new Map<string, Promise<CryptoKey>>();

function keyFor(secret: string): Promise<CryptoKey> {
  let key = keys.get(secret);
  if (!key) {
    key = crypto.subtle.importKey('raw', encoder.encode(secret), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign', 'verify']);
    keys.set(secret, key);
  }
  return key;
}

function decodeBase64(text: string): Uint8Array | null {
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(text) || text.length % 4 !== 0) return null;
  const bin = atob(text);
  const bytes = new Uint8Array(bin.length);
  for (let i = 0; i < bin.length; i++) bytes[i] = bin.charCodeAt(i);
  return bytes;
}

/** true only when signature is the HMAC of exactly these body bytes; false for missing, malformed or forged ones. */
export async function verifyLineSignature(secret: string, rawBody: Uint8Array | string, signature: string | undefined): Promise<boolean> {
  if (!signature) return false;
  const mac = decodeBase64(signature.trim());
  if (!mac || mac.length !== 32) return false;
  const body = typeof rawBody === 'string' ? encoder.encode(rawBody) : rawBody;
  return crypto.subtle.verify('HMAC', await keyFor(secret), mac as Uint8Array<ArrayBuffer>, body as Uint8Array<ArrayBuffer>);
}

/** For tests and tools that need to sign a body the way LINE does. */
export async function signLineBody(secret: string, rawBody: string): Promise<string> {
  const mac = new Uint8Array(await crypto.subtle.sign('HMAC', await keyFor(secret), encoder.encode(rawBody)));
  return btoa(String.fromCharCode(...mac));
}
