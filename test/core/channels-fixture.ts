// Real channels for core tests: data/channels.json, validated by the same schema the runtime uses.
import { readFileSync } from 'node:fs';
import { ChannelsFileSchema, type Channel } from '../../src/content/channel-schema.js';

const ROOT = new URL('../../', import.meta.url);
export const channels: Channel[] = ChannelsFileSchema.parse(JSON.parse(readFileSync(new URL('data/channels.json', ROOT), 'utf8')));

export function channel(id: string): Channel {
  const c = channels.find((x) => x.id === id);
  if (!c) throw new Error(`no channel ${id} in data/channels.json`);
  return c;
}

/** An instant given as Tokyo wall time, e.g. tokyo('2026-11-30T03:00'). */
export const tokyo = (wall: string): Date => new Date(`${wall}:00+09:00`);
