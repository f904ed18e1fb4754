/**
 * Operator authentication: a bearer token (ADMIN_TOKEN) for scripts, and for browsers a login form that sets a
 * session cookie holding an expiry and an HMAC of it keyed by the token — no server-side session state, so it works
 * the same on Node and Workers, and changing ADMIN_TOKEN logs everyone out. Web Crypto only (both runtimes).
 */
const enc = new TextEncoder();

export const SESSION_COOKIE = 'tsunagi_admin';
export const SESSION_SECONDS = 8 * 3600;

async function hmac(key: string, data: string): Promise<Uint8Array> {
  const k = await crypto.subtle.importKey('raw', enc.encode(key), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  return new Uint8Array(await crypto.subtle.sign('HMAC', k, enc.encode(data)));
}

function base64url(bytes: Uint8Array): string {
  let s = '';
  for (const b of bytes) s += String.fromCharCode(b);
  return btoa(s).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

// A fresh key per process: both sides are MACed with it, so the comparison sees two fixed-length digests and
// neither the length nor a matching prefix of a guess shows in the timing. Made on first use, not at import:
// Workers forbid random values in global scope.
let compareKey: string | undefined;

/** Constant-time string equality. */
export async function safeEqual(a: string, b: string): Promise<boolean> {
  compareKey ??= base64url(crypto.getRandomValues(new Uint8Array(32)));
  const [x, y] = await Promise.all([hmac(compareKey, a), hmac(compareKey, b)]);
  let diff = 0;
  for (let i = 0; i < x.length; i++) diff |= (x[i] as number) ^ (y[i] as number);
  return diff === 0;
}

/** The bearer token from an Authorization header, or undefined when there is none. */
export function bearerOf(header: string | undefined): string | undefined {
  const m = /^Bearer\s+(\S+)\s*$/i.exec(header ?? '');
  return m?.[1];
}

/** A session value: `<expiry in epoch seconds>.<HMAC(token, "session|" + expiry)>`. */
export async function makeSession(token: string, now: Date): Promise<string> {
  const exp = Math.floor(now.getTime() / 1000) + SESSION_SECONDS;
  return `${exp}.${base64url(await hmac(token, `session|${exp}`))}`;
}

export async function validSession(token: string, value: string | undefined, now: Date): Promise<boolean> {
  const m = /^(\d{1,12})\.([\w-]{43})$/.exec(value ?? '');
  if (!m) return false;
  const exp = Number(m[1]);
  const expected = base64url(await hmac(token, `session|${exp}`));
  const macOk = await safeEqual(m[2] as string, expected);
  return macOk && exp > now.getTime() / 1000;
}

/** The form token for a session: tied to the session, so a page from another site cannot know it. */
export async function csrfFor(token: string, session: string): Promise<string> {
  return base64url(await hmac(token, `csrf|${session}`));
}

export async function validCsrf(token: string, session: string, sent: string | undefined): Promise<boolean> {
  if (!sent) return false;
  return safeEqual(sent, await csrfFor(token, session));
}
