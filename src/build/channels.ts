// Builds data/channels.json from the reference list, the curated hours and the added local offices
// (npm run build:data runs it after the measures). The merge is pure (channels-assemble.ts); this file only reads
// and writes, so a test can rebuild in memory and compare with the committed file.
import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import { parse as parseYaml } from 'yaml';
import type { Channel } from '../content/channel-schema.js';
import { assembleChannels, type ChannelInputs } from './channels-assemble.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
export const CHANNELS_FILE = 'data/channels.json';

export async function readChannelInputs(root = ROOT): Promise<ChannelInputs> {
  const read = (p: string) => readFile(new URL(p, `file://${root.endsWith('/') ? root : `${root}/`}`), 'utf8');
  const [referenceJson, referenceMarkdown, curated, added, planText] = await Promise.all([
    read('data/source/channels.reference.json'),
    read('data/source/channels.reference.md'),
    read('data/channels.curated.yaml'),
    read('data/channels.added.yaml'),
    read('data/source/000_2f4c46b95fabf86d.txt'),
  ]);
  return {
    referenceJson: JSON.parse(referenceJson) as unknown,
    referenceMarkdown,
    curated: parseYaml(curated) as unknown,
    added: parseYaml(added) as unknown,
    planText,
  };
}

export function serializeChannels(channels: Channel[]): string {
  return `${JSON.stringify(channels, null, 2)}\n`;
}

export async function buildChannels(): Promise<void> {
  const channels = assembleChannels(await readChannelInputs());
  await writeFile(new URL(CHANNELS_FILE, `file://${ROOT}`), serializeChannels(channels));
  const shown = channels.filter((c) => c.scope !== 'internal').length;
  console.log(`channels: wrote ${CHANNELS_FILE} (${channels.length} channels, ${shown} public)`);
}
