import { describe, expect, it } from 'vitest';
import type { Municipality } from '../../src/content/municipality-schema.js';
import { WIDGET_VERSION } from '../../src/widget/assets.generated.js';
import { widgetRoutes } from '../../src/widget/routes.js';

const city: Municipality = {
  id: 'kita-town', name: 'きた町', example: true, source: 'https://www.town.kita.example.jp/',
  allowedOrigins: ['https://www.town.kita.example.jp'], windows: [],
};
const app = widgetRoutes({ municipalities: [city] });

describe('widget routes', () => {
  it('serves a demo city page that embeds the widget with one async script tag', async () => {
    const res = await app.request('/');
    const html = await res.text();
    expect(res.status).toBe(200);
    expect(html).toContain('<script src="/widget.js" data-municipality="sample-city" async></script>');
    expect(html).toMatch(/<html lang="ja">/);
    expect(res.headers.get('content-security-policy')).toContain("script-src 'self'");
  });

  it('follows ?lang on the demo page (English page, やさしい日本語 via data-lang)', async () => {
    expect(await (await app.request('/?lang=en')).text()).toMatch(/<html lang="en">/);
    expect(await (await app.request('/?lang=easy-ja')).text()).toContain('data-lang="easy-ja"');
  });

  it('serves widget.js as cross-origin script with no cookie', async () => {
    const res = await app.request('/widget.js');
    expect(res.headers.get('content-type')).toMatch(/^text\/javascript/);
    expect(res.headers.get('cross-origin-resource-policy')).toBe('cross-origin');
    expect(res.headers.get('set-cookie')).toBeNull();
    expect(await res.text()).toContain('data-tsunagi');
  });

  it('sends widget.js gzipped, under 10 kB on the wire, to browsers that accept it', async () => {
    const res = await app.request('/widget.js', { headers: { 'accept-encoding': 'gzip, deflate, br' } });
    expect(res.headers.get('content-encoding')).toBe('gzip');
    expect((await res.arrayBuffer()).byteLength).toBeLessThan(10 * 1024);
  });

  it('caches versioned frame files for a year and others briefly', async () => {
    const versioned = await app.request(`/widget/frame.js?v=${WIDGET_VERSION}`);
    expect(versioned.headers.get('cache-control')).toContain('immutable');
    const stale = await app.request('/widget/frame.css?v=old');
    expect(stale.headers.get('cache-control')).toBe('public, max-age=300');
    expect(stale.headers.get('content-type')).toMatch(/^text\/css/);
  });

  it('sends the frame with a strict CSP: own files only, no inline script, embeddable by the city only', async () => {
    const res = await app.request('/widget/frame?m=kita-town&lang=ja');
    const csp = res.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("script-src 'self';");
    expect(csp).not.toContain('unsafe-inline');
    expect(csp).toContain("frame-ancestors 'self' https://www.town.kita.example.jp");
    expect(res.headers.get('cache-control')).toBe('no-store');
    expect(res.headers.get('referrer-policy')).toBe('no-referrer');
    expect(res.headers.get('x-frame-options')).toBeNull();
    expect(res.headers.get('cross-origin-resource-policy')).toBe('cross-origin');
  });

  it('lets only tsunagi itself embed the frame for an unknown city', async () => {
    const res = await app.request('/widget/frame?m=%3Cscript%3E');
    expect(res.headers.get('content-security-policy')).toMatch(/frame-ancestors 'self'$/);
    expect(res.headers.get('content-security-policy')).not.toContain('kita');
    expect(await res.text()).not.toContain('<script>');
  });

  it('gives the frame a neutral title and no inline script or style', async () => {
    const html = await (await app.request('/widget/frame?m=kita-town&lang=en')).text();
    expect(html).toContain('<title>Chat</title>');
    expect(html).toMatch(/<html lang="en">/);
    expect(html).not.toMatch(/<script>(?!<)|<script(?![^>]*\bsrc=)[^>]*>|<style|style=/);
    expect(html).toContain(`/widget/frame.js?v=${WIDGET_VERSION}`);
  });
});
