import { describe, expect, it } from 'vitest';
import { inboxCsv } from '../../src/admin/csv.js';
import { bearer, form, harness, login } from './harness.js';

const json = (body: unknown) => ({ method: 'POST', body: JSON.stringify(body), headers: { ...bearer(), 'Content-Type': 'application/json' } });

describe('GET /admin/api/unmatched', () => {
  it('returns { items: [{ text, count, lastSeen }] }, most frequent first', async () => {
    const { app, store } = harness();
    await store.addUnmatched('2026-11-29', 'ペットロスがつらい');
    await store.addUnmatched('2026-11-30', '推しが引退してしんどい');
    await store.addUnmatched('2026-11-30', '推しが引退してしんどい');
    const res = await app.request('/admin/api/unmatched', { headers: bearer() });
    expect(res.status).toBe(200);
    expect(res.headers.get('Cache-Control')).toBe('no-store');
    expect((await res.json()).items).toEqual([
      { text: '推しが引退してしんどい', count: 2, lastSeen: '2026-11-30' },
      { text: 'ペットロスがつらい', count: 1, lastSeen: '2026-11-29' },
    ]);
  });

  it('never shows entries past the retention window, even on a quiet server', async () => {
    const { app, store } = harness();
    await store.addUnmatched('2026-08-01', 'ずっとまえの');
    const body = await (await app.request('/admin/api/unmatched', { headers: bearer() })).json();
    expect(body.items).toEqual([]);
  });

  it('answers 400 naming the parameter for a bad limit', async () => {
    const res = await harness().app.request('/admin/api/unmatched?limit=-3', { headers: bearer() });
    expect(res.status).toBe(400);
    expect((await res.json()).issues[0]).toMatch(/^limit/);
  });

  it('says the store is off instead of failing when there is none', async () => {
    const res = await harness({ store: null }).app.request('/admin/api/unmatched', { headers: bearer() });
    expect(await res.json()).toEqual({ items: [], store: false });
  });

  it('removes an entry by its text', async () => {
    const { app, store } = harness();
    await store.addUnmatched('2026-11-30', '推しが引退してしんどい');
    const res = await app.request('/admin/api/unmatched', { ...json({ text: '推しが引退してしんどい' }), method: 'DELETE' });
    expect(await res.json()).toEqual({ removed: true });
    expect(await store.listUnmatched(5)).toEqual([]);
  });
});

describe('inbox CSV export', () => {
  it('downloads a UTF-8 CSV with a BOM and a header row', async () => {
    const { app, store } = harness();
    await store.addUnmatched('2026-11-30', '「さみしい」って言えない, 誰にも');
    const res = await app.request('/admin/api/unmatched.csv', { headers: bearer() });
    expect(res.headers.get('Content-Type')).toMatch(/^text\/csv/);
    expect(res.headers.get('Content-Disposition')).toMatch(/attachment; filename="unmatched-2026-11-30\.csv"/);
    const bytes = new Uint8Array(await res.arrayBuffer());
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(new TextDecoder().decode(bytes)).toBe('"text","count","lastSeen"\r\n"「さみしい」って言えない, 誰にも","1","2026-11-30"\r\n');
  });

  it('quotes double quotes and defuses spreadsheet formulas', () => {
    const csv = inboxCsv([{ text: '=HYPERLINK("x")', count: 1, lastSeen: '2026-11-30' }, { text: '-1してほしい', count: 2, lastSeen: '2026-11-30' }]);
    expect(csv).toContain('"\'=HYPERLINK(""x"")"');
    expect(csv).toContain('"\'-1してほしい"');
  });
});

describe('GET /admin/api/counts', () => {
  it('returns every day of the period newest first, with zeros for quiet days', async () => {
    const { app, store } = harness();
    await store.bump('2026-11-30', ['total', 'door:line', 'intent:dv']);
    await store.bump('2026-11-28', ['total', 'door:widget', 'unmatched']);
    const body = await (await app.request('/admin/api/counts?days=3', { headers: bearer() })).json();
    expect(body.days).toEqual([
      { day: '2026-11-30', total: 1, crisis: 0, unmatched: 0, similar: 0, doors: { line: 1 }, intents: { dv: 1 } },
      { day: '2026-11-29', total: 0, crisis: 0, unmatched: 0, similar: 0, doors: {}, intents: {} },
      { day: '2026-11-28', total: 1, crisis: 0, unmatched: 1, similar: 0, doors: { widget: 1 }, intents: {} },
    ]);
  });

  it('refuses a period over a year', async () => {
    expect((await harness().app.request('/admin/api/counts?days=9999', { headers: bearer() })).status).toBe(400);
  });
});

describe('POST /admin/api/explain', () => {
  it('returns the trace of a message without storing it', async () => {
    const { app, store } = harness();
    const res = await app.request('/admin/api/explain', json({ text: 'もう無理。しにたい' }));
    expect(res.status).toBe(200);
    const trace = await res.json();
    expect(trace.normalized).toBe('もう無理。しにたい');
    expect(trace.crisis.flagged).toBe(true);
    expect(trace.reply.channels.length).toBeGreaterThan(0);
    expect(await store.listUnmatched(5)).toEqual([]);
  });

  it.each([
    ['not JSON', 'しにたい', 'bad_json'],
    ['an empty text', JSON.stringify({ text: '  ' }), 'bad_request'],
    ['a text that is too long', JSON.stringify({ text: 'あ'.repeat(2001) }), 'bad_request'],
  ])('answers 400 for %s', async (_name, body, code) => {
    const res = await harness().app.request('/admin/api/explain', { method: 'POST', body, headers: { ...bearer(), 'Content-Type': 'application/json' } });
    expect(res.status).toBe(400);
    expect((await res.json()).error).toBe(code);
  });

  it('needs the form token when called with a session cookie instead of a bearer token', async () => {
    const { app } = harness();
    const { cookie, csrf } = await login(app);
    const init = (h: Record<string, string>) => ({ method: 'POST', body: JSON.stringify({ text: 'ひとりぼっち' }), headers: { Cookie: cookie, 'Content-Type': 'application/json', ...h } });
    expect((await app.request('/admin/api/explain', init({}))).status).toBe(403);
    expect((await app.request('/admin/api/explain', init({ 'X-CSRF-Token': csrf }))).status).toBe(200);
  });
});

describe('browsing content', () => {
  it('lists intents and channels, showing only verified contacts', async () => {
    const { app } = harness();
    const intents = (await (await app.request('/admin/api/intents', { headers: bearer() })).json()).intents;
    expect(intents.map((i: { id: string }) => i.id)).toContain('suicide');
    const channels = (await (await app.request('/admin/api/channels', { headers: bearer() })).json()).channels;
    for (const c of channels) if (c.status !== 'verified') expect(c.phone, c.id).toBeNull();
  });
});

describe('console pages', () => {
  it('shows the explain trace for a tried message and keeps nothing', async () => {
    const { app, store } = harness();
    const { cookie, csrf } = await login(app);
    const res = await app.request('/admin/try', form({ text: '夫が怖い。毎晩どなられる', _csrf: csrf }, { Cookie: cookie }));
    const page = await res.text();
    expect(res.status).toBe(200);
    expect(page).toContain('ヒットした語');
    expect(page).toContain('夫が怖い');
    expect(await store.listUnmatched(5)).toEqual([]);
    expect(await store.counts('2000-01-01')).toEqual([]);
  });

  it('lists the inbox with a remove button that works', async () => {
    const { app, store } = harness();
    await store.addUnmatched('2026-11-30', '推し活のお金がやばい');
    const { cookie, csrf } = await login(app);
    expect(await (await app.request('/admin/inbox', { headers: { Cookie: cookie } })).text()).toContain('推し活のお金がやばい');
    const res = await app.request('/admin/inbox/remove', form({ text: '推し活のお金がやばい', _csrf: csrf }, { Cookie: cookie }));
    expect(res.status).toBe(303);
    expect(await store.listUnmatched(5)).toEqual([]);
  });

  it.each(['/admin/intents', '/admin/channels', '/admin/inbox', '/admin'])('renders %s without scripts, unframed and uncached', async (path) => {
    const { app } = harness();
    const { cookie } = await login(app);
    const res = await app.request(path, { headers: { Cookie: cookie } });
    expect(res.status).toBe(200);
    expect(res.headers.get('Content-Security-Policy')).toContain("default-src 'none'");
    expect(res.headers.get('X-Frame-Options')).toBe('DENY');
    // Not no-referrer: with it, browsers post forms with `Origin: null`, which the login check must refuse.
    expect(res.headers.get('Referrer-Policy')).toBe('same-origin');
    expect(await res.text()).not.toContain('<script');
  });

  it('escapes stored text, so an inbox entry cannot inject markup', async () => {
    const { app, store } = harness();
    await store.addUnmatched('2026-11-30', '<img src=x onerror=alert(1)>たすけて');
    const { cookie } = await login(app);
    const page = await (await app.request('/admin/inbox', { headers: { Cookie: cookie } })).text();
    expect(page).not.toContain('<img src=x');
    expect(page).toContain('&lt;img');
  });

  it('refuses an oversized form with 413', async () => {
    const { app } = harness();
    const { cookie, csrf } = await login(app);
    const res = await app.request('/admin/try', form({ text: 'あ'.repeat(20_000), _csrf: csrf }, { Cookie: cookie }));
    expect(res.status).toBe(413);
  });
});
