import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { buildWidgetAssets, renderAssetsModule } from '../../src/build/build-widget.js';
import { FRAME_JS, WIDGET_JS } from '../../src/widget/assets.generated.js';

describe('widget assets', () => {
  it('are up to date with src/widget/client (run `npm run build:widget` when this fails)', async () => {
    const generated = readFileSync(new URL('../../src/widget/assets.generated.ts', import.meta.url), 'utf8');
    expect(renderAssetsModule(await buildWidgetAssets())).toBe(generated);
  });

  it('keep widget.js under 10 kB gzipped', () => {
    expect(gzipSync(WIDGET_JS).length).toBeLessThan(10 * 1024);
  });

  it('never store anything in the browser and never call a third party', () => {
    for (const js of [WIDGET_JS, FRAME_JS]) {
      expect(js).not.toMatch(/localStorage|sessionStorage|indexedDB|document\.cookie/);
      expect(js).not.toMatch(/innerHTML|outerHTML|insertAdjacentHTML|document\.write/);
    }
    expect(FRAME_JS).toContain('"/api/chat"');
  });
});
