import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ChannelsFileSchema } from '../../src/content/channel-schema.js';
import { MeasuresFileSchema } from '../../src/content/measure-schema.js';
import { compileIntentFiles } from '../../src/build/compile-intents-lib.js';
import { readIntentDir } from '../../src/build/compile-intents-io.js';
import type { Content } from '../../src/core/content.js';

const dir = join(import.meta.dirname, '..', 'fixtures', 'core');
let cached: Promise<Content> | undefined;

/** Small, typed content for the engine's tests: a dozen real channels, a few measures, the seed intents compiled with kuromoji. */
export function fixtureContent(): Promise<Content> {
  cached ??= (async () => ({
    channels: ChannelsFileSchema.parse(JSON.parse(readFileSync(join(dir, 'channels.json'), 'utf8'))),
    measures: MeasuresFileSchema.parse(JSON.parse(readFileSync(join(dir, 'measures.json'), 'utf8'))),
    intents: await compileIntentFiles(await readIntentDir(join(dir, 'intents'))),
    version: 'fixture',
  }))();
  return cached;
}

/** Fixed moments in Tokyo, written with their offset so the tests do not depend on the machine TZ. */
export const THREE_AM = new Date('2026-12-01T03:00:00+09:00');
export const WEEKDAY_NOON = new Date('2026-12-02T12:00:00+09:00');
