import { describe, expect, it } from 'vitest';
import { postJson, testApp } from '../app/deps.js';

/** The widget as the real app serves it: the service's global headers must not undo the widget's own. */
describe('widget routes inside createApp', () => {
  const { app } = testApp();

  it('keeps widget.js loadable from city sites', async () => {
    const res = await app.request('/widget.js');
    expect(res.status).toBe(200);
    expect(res.headers.get('cross-origin-resource-policy')).toBe('cross-origin');
    expect(res.headers.get('set-cookie')).toBeNull();
  });

  it('keeps the frame embeddable by the city and nobody else', async () => {
    const res = await app.request('/widget/frame?m=sample-city');
    expect(res.headers.get('x-frame-options')).toBeNull();
    expect(res.headers.get('content-security-policy')).toMatch(/frame-ancestors 'self' https:\/\/www\.city\.sample\.example\.jp$/);
    expect(res.headers.get('content-security-policy')).toContain("script-src 'self';");
  });

  it('answers a city widget with that city’s window and the national lines', async () => {
    const res = await app.request('/api/chat', postJson({ text: 'つまがこわい。どなられてばかりで家に帰りたくない', municipality: 'sample-city' }));
    const body = (await res.json()) as { channels: Array<{ id: string }> };
    const ids = body.channels.map((c) => c.id);
    expect(ids.some((id) => id.startsWith('sample-city-'))).toBe(true);
    expect(ids.some((id) => !id.startsWith('sample-city-'))).toBe(true);
  });

  it('answers with national lines only when no city is named', async () => {
    const res = await app.request('/api/chat', postJson({ text: 'ひとりでさみしい…だれかと話したい' }));
    const body = (await res.json()) as { channels: Array<{ id: string }> };
    expect(body.channels.length).toBeGreaterThan(0);
    expect(body.channels.every((c) => !c.id.startsWith('sample-city-'))).toBe(true);
  });
});
