import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTIFACTS, launchBrowser, startApp, type Browser, type Running } from './harness.js';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const NEUTRAL = 'https://www.google.co.jp/';

let app: Running;
let browser: Browser;

beforeAll(async () => {
  app = await startApp();
  browser = await launchBrowser();
  // The quick exit leaves for a real site; answer it locally so the test needs no network.
  await browser.context.route(`${NEUTRAL}**`, (route) => route.fulfill({ status: 200, contentType: 'text/html', body: '<title>Google</title>neutral' }));
}, 90_000);

afterAll(async () => {
  await browser?.close();
  await app?.stop();
});

async function newPage(width = 1280, height = 800): Promise<Page> {
  const page = await browser.context.newPage();
  await page.setViewportSize({ width, height });
  page.setDefaultTimeout(15_000);
  return page;
}

function chatFrame(page: Page): Frame {
  const frame = page.frames().find((f) => f.url().includes('/widget/frame'));
  if (!frame) throw new Error('the chat frame is not open');
  return frame;
}

async function openWidget(page: Page, path = '/'): Promise<Frame> {
  await page.goto(`${app.base}${path}`);
  await page.locator('[data-tsunagi] button').click();
  await expect.poll(() => page.frames().some((f) => f.url().includes('/widget/frame'))).toBe(true);
  const frame = chatFrame(page);
  await frame.waitForSelector('#q');
  return frame;
}

/** Focus inside the widget's shadow root is on the launcher button (not in the frame, which also lives there). */
function launcherFocused(page: Page): Promise<boolean> {
  return page.evaluate(() => document.activeElement?.shadowRoot?.activeElement?.tagName === 'BUTTON');
}

async function ask(frame: Frame, text: string): Promise<void> {
  const before = await frame.locator('article.msg-bot').count();
  await frame.fill('#q', text);
  await frame.press('#q', 'Enter');
  await frame.locator('article.msg-bot').nth(before).waitFor();
}

describe('the embedded widget in a real browser', () => {
  it('answers a worry with channel cards and a tap-to-call link, from the demo page', async () => {
    const page = await newPage();
    const frame = await openWidget(page);
    await ask(frame, '夫が怖い。毎晩どなられて、もう家にいたくない…😢');
    const reply = frame.locator('article.msg-bot').last();
    expect(await reply.locator('.reply-text').innerText()).not.toBe('');
    expect(await reply.locator('li.card').count()).toBeGreaterThan(0);
    expect(await frame.locator('.app > [role="status"][aria-live="polite"]').textContent()).toMatch(/^返事が届きました。相談窓口が\d+件/);
    expect(await reply.locator('a[href^="tel:"]').first().getAttribute('href')).toMatch(/^tel:[0-9%]+$/);
    mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: join(ARTIFACTS, 'widget-desktop.png') });
    await page.close();
  });

  it('keeps everything on tsunagi: no cookie, no storage, no third-party request', async () => {
    const page = await newPage();
    const hosts = new Set<string>();
    page.on('request', (r) => hosts.add(new URL(r.url()).origin));
    const frame = await openWidget(page);
    await ask(frame, 'ひとりぼっちで、だれとも話してない。さみしい');
    expect([...hosts]).toEqual([app.base]);
    expect(await browser.context.cookies()).toEqual([]);
    expect(await frame.evaluate(() => localStorage.length + sessionStorage.length)).toBe(0);
    expect(await page.evaluate(() => localStorage.length + sessionStorage.length)).toBe(0);
    await page.close();
  });

  it('renders what a person types as text, never as markup', async () => {
    const page = await newPage();
    const frame = await openWidget(page);
    const text = '<img src=x onerror="document.title=\'pwned\'">たすけて';
    await ask(frame, text);
    expect(await frame.locator('.msg-user').last().innerText()).toContain(text);
    expect(await frame.locator('.messages img').count()).toBe(0);
    expect(await page.title()).not.toBe('pwned');
    await page.close();
  });

  it('can be used with the keyboard alone, from the launcher to a call button, with visible focus', async () => {
    const page = await newPage();
    await page.goto(`${app.base}/`);
    const onLauncher = (): Promise<boolean> => launcherFocused(page);
    for (let i = 0; i < 30 && !(await onLauncher()); i++) await page.keyboard.press('Tab');
    expect(await onLauncher()).toBe(true);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.frames().some((f) => f.url().includes('/widget/frame'))).toBe(true);
    const frame = chatFrame(page);
    await expect.poll(() => frame.evaluate(() => document.activeElement?.id), { timeout: 10_000 }).toBe('q');
    await page.keyboard.type('かれしにどなられるのがこわい。DVかもしれない');
    await page.keyboard.press('Enter');
    await frame.locator('article.msg-bot').first().waitFor();
    let href: string | null = null;
    for (let i = 0; i < 12 && !href; i++) {
      await page.keyboard.press('Tab');
      href = await frame.evaluate(() => document.activeElement?.getAttribute('href')?.startsWith('tel:') ? document.activeElement.getAttribute('href') : null);
    }
    expect(href).toMatch(/^tel:/);
    const outline = await frame.evaluate(() => getComputedStyle(document.activeElement as Element).outlineStyle);
    expect(outline).not.toBe('none');
    await page.close();
  });

  it('shows the quick exit first after a DV worry, and Esc ×3 sends the tab to a neutral page', async () => {
    const page = await newPage();
    await page.goto('about:blank');
    const frame = await openWidget(page);
    await ask(frame, '夫からのDVに悩んでいます。毎日どなられて、こわい');
    const first = frame.locator('article.msg-bot').last().locator(':scope > *').first();
    expect(await first.getAttribute('class')).toContain('notice-safety');
    await frame.focus('#q');
    for (let i = 0; i < 3; i++) await page.keyboard.press('Escape');
    await page.waitForURL(NEUTRAL);
    expect(await page.locator('[data-tsunagi]').count()).toBe(0);
    // location.replace: the back button does not lead back to the chat page.
    await page.goBack().catch(() => null);
    expect(page.url()).not.toContain(app.base);
    await page.close();
  });

  it('closes at once with the visible すぐに閉じる button', async () => {
    const page = await newPage();
    const frame = await openWidget(page);
    await frame.getByRole('button', { name: 'すぐに閉じる' }).first().click();
    await page.waitForURL(NEUTRAL);
    await page.close();
  });

  it('follows the page language: English page → English launcher and frame; data-lang="easy-ja" → やさしい日本語', async () => {
    const page = await newPage();
    await page.goto(`${app.base}/?lang=en`);
    expect(await page.locator('[data-tsunagi] button').innerText()).toContain('Get support');
    const frame = await openWidget(page, '/?lang=en');
    expect(await frame.evaluate(() => document.documentElement.lang)).toBe('en');
    expect(await frame.getByRole('button', { name: 'Quick exit' }).count()).toBe(1);
    expect(await frame.title()).toBe('Chat');
    const easy = await openWidget(page, '/?lang=easy-ja');
    expect(await easy.locator('label[for="q"]').innerText()).toBe('そうだん したい こと');
    expect(await page.locator('[data-tsunagi] button').innerText()).toContain('そうだん');
    await page.close();
  });

  it('passes an axe scan with no serious or critical violation, light and dark, host page and frame', async () => {
    for (const colorScheme of ['light', 'dark'] as const) {
      const page = await newPage(390, 844);
      await page.emulateMedia({ colorScheme, reducedMotion: 'reduce' });
      const frame = await openWidget(page);
      await ask(frame, 'お金がなくて家賃が払えない。子どももいるのにどうしよう');
      await frame.locator('details.measures summary, .btn-memo').first().click().catch(() => null);
      for (const target of [page.mainFrame(), frame]) {
        // Evaluated through DevTools, so the frame's strict CSP (no eval) does not block the scanner.
        await target.evaluate(axeSource);
        const { passes, violations } = await target.evaluate(async () => {
          const w = window as unknown as { axe: { run: (ctx: Document, o: object) => Promise<{ passes: unknown[]; violations: Array<{ id: string; impact: string; nodes: Array<{ target: unknown }> }> }> } };
          const result = await w.axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21aa', 'wcag22aa', 'best-practice'] } });
          return { passes: result.passes.length, violations: result.violations.map((v) => ({ id: v.id, impact: v.impact, targets: v.nodes.map((n) => n.target).slice(0, 3) })) };
        });
        expect(passes).toBeGreaterThan(10);
        const severe = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
        expect(severe, `${colorScheme} ${target === frame ? 'frame' : 'host'}: ${JSON.stringify(severe)}`).toEqual([]);
      }
      await page.close();
    }
  });

  it('fits a 320 px phone: no sideways scroll, and a screenshot is saved in test/artifacts', async () => {
    const page = await newPage(320, 640);
    const frame = await openWidget(page);
    await ask(frame, 'しにたい。もうつかれた');
    const overflow = await frame.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    // Only the conversation scrolls: the header with すぐに閉じる and the input stay on screen.
    await frame.waitForTimeout(500);
    expect(await frame.evaluate(() => document.scrollingElement?.scrollTop)).toBe(0);
    expect(await frame.locator('#quick-exit').isVisible()).toBe(true);
    const exitBox = await frame.locator('#quick-exit').boundingBox();
    expect(exitBox?.y).toBeGreaterThanOrEqual(0);
    const box = await page.locator('[data-tsunagi] iframe').boundingBox();
    expect(box?.width).toBe(320);
    mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: join(ARTIFACTS, 'widget-320.png') });
    await frame.locator('article.msg-bot').last().scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(ARTIFACTS, 'widget-320-reply.png') });
    await page.close();
  });

  it('closes with the × button and gives focus back to the launcher, keeping the conversation', async () => {
    const page = await newPage();
    const frame = await openWidget(page);
    await ask(frame, 'さびしい');
    await frame.getByRole('button', { name: 'チャットを閉じる' }).click();
    await expect.poll(() => launcherFocused(page)).toBe(true);
    expect(await page.locator('[data-tsunagi] button').getAttribute('aria-expanded')).toBe('false');
    await page.locator('[data-tsunagi] button').click();
    expect(await chatFrame(page).locator('article.msg-bot').count()).toBe(1);
    await page.close();
  });

  it('still gives lines to call when the server fails', async () => {
    const page = await newPage();
    await page.route('**/api/chat', (route) => route.fulfill({ status: 503, contentType: 'application/json', body: '{"error":"down"}' }));
    const frame = await openWidget(page);
    await ask(frame, 'もう無理');
    const hrefs = await frame.locator('article.msg-bot').last().locator('a[href^="tel:"]').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
    expect(hrefs).toEqual(expect.arrayContaining(['tel:110', 'tel:119']));
    await page.close();
  });

  it('makes a 相談メモ in the browser with the lines from the answer, without asking the server', async () => {
    const page = await newPage();
    const frame = await openWidget(page);
    await ask(frame, '借金が返せなくて毎日こわい。だれに相談すればいいの');
    const calls: string[] = [];
    page.on('request', (r) => calls.push(r.url()));
    const reply = frame.locator('article.msg-bot').last();
    await reply.getByRole('button', { name: '相談メモをつくる' }).click();
    const memo = await reply.locator('textarea.memo-text').inputValue();
    const firstName = await reply.locator('.card-name').first().innerText();
    expect(memo).toContain(firstName);
    expect(memo).toContain('電話で話すこと');
    expect(memo).not.toContain('借金が返せなくて');
    expect(calls).toEqual([]);
    await page.close();
  });

  it('switches language inside the chat and asks the API in that language', async () => {
    const page = await newPage();
    const frame = await openWidget(page);
    await frame.selectOption('#lang', 'easy-ja');
    expect(await frame.locator('label[for="q"]').innerText()).toBe('そうだん したい こと');
    const sent = page.waitForRequest('**/api/chat');
    await ask(frame, 'おかね ない');
    expect((await sent).postDataJSON()).toMatchObject({ text: 'おかね ない', lang: 'easy-ja', municipality: 'sample-city' });
    await page.close();
  });

  it('is out of reach of the host page CSS', async () => {
    const page = await newPage();
    await page.goto(`${app.base}/`);
    await page.addStyleTag({ content: 'div { display: none !important; transform: scale(.2) !important; } button { color: transparent !important; font-size: 4px !important; }' });
    const launcher = page.locator('[data-tsunagi] button');
    expect(await launcher.isVisible()).toBe(true);
    const style = await launcher.evaluate((b) => ({ color: getComputedStyle(b).color, size: getComputedStyle(b).fontSize }));
    expect(style).toEqual({ color: 'rgb(255, 255, 255)', size: '16px' });
    const box = await launcher.boundingBox();
    expect(box?.height).toBeGreaterThanOrEqual(44);
    await page.close();
  });

  it('renders every part of the reply contract: badges, opening time, #-numbers, measures, and drops unsafe links', async () => {
    const card = { phone: null, url: null, cost: null, kind: 'phone', audience: 'だれでも', howToFind: null, opensAt: null, hours: '24時間' };
    const reply = {
      crisis: true, lang: 'ja', reply: '<script>alert(1)</script>話してくれてありがとう',
      intents: [{ id: 'suicide', label: '死にたい気持ち', score: 5 }],
      channels: [
        { ...card, id: 'a', name: 'ずっとつながる電話', phone: '#8008', tel: 'tel:#8008', openNow: true },
        { ...card, id: 'b', name: '夜はお休みの窓口', phone: '0120-000-000', tel: 'tel:0120000000', openNow: false, opensAt: '明日 9:00から', hours: '平日 9:00〜17:00' },
        { ...card, id: 'c', name: 'あやしいリンク', kind: 'web', url: 'javascript:alert(1)', openNow: null },
      ],
      measures: [{ no: 36, title: 'DV被害者等支援', ministries: ['内閣府', '警察庁'], summary: '被害者の相談と保護を進める。' }],
    };
    const page = await newPage();
    await page.route('**/api/chat', (route) => route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(reply) }));
    const frame = await openWidget(page);
    await ask(frame, 'test');
    const article = frame.locator('article.msg-bot').last();
    expect(await article.locator('.reply-text').innerText()).toBe(reply.reply);
    expect(await article.locator('.notice-crisis').count()).toBe(1);
    const cards = article.locator('li.card');
    expect(await cards.nth(0).locator('.badge-open').innerText()).toBe('今つながる');
    expect(await cards.nth(0).locator('a.btn-call').getAttribute('href')).toBe('tel:%238008');
    expect(await cards.nth(1).locator('.badge').innerText()).toContain('明日 9:00から');
    expect(await cards.nth(2).locator('a').count()).toBe(0);
    expect(await article.locator('details.measures summary').innerText()).toContain('（1）');
    expect(await article.locator('details.measures li').textContent()).toContain('No.36 DV被害者等支援（内閣府・警察庁）');
    await page.close();
  });
});
