import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { IntentFileSchema, type IntentSource } from '../../src/content/intent-schema.js';

/** Helpers for the intent-table tests: read intents/*.yaml raw, so each file can be checked on its own. */
export const root = fileURLToPath(new URL('../../', import.meta.url));
export const intentsDir = `${root}intents/`;

export interface IntentFile {
  file: string;
  text: string;
  raw: unknown;
}

export function readIntentFiles(dir = intentsDir): IntentFile[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((file) => {
      const text = readFileSync(dir + file, 'utf8');
      return { file, text, raw: parse(text) as unknown };
    });
}

/**
 * Validates one file and returns readable problems: "dv.yaml: dv: channels.2: expected string".
 * The entry is named by its id when it has one, else by its position, so an operator can find it.
 */
export function validateIntentFile(file: string, raw: unknown): { intents: IntentSource[]; problems: string[] } {
  const result = IntentFileSchema.safeParse(raw);
  if (result.success) return { intents: result.data, problems: [] };
  const problems = result.error.issues.map((issue) => {
    const [index, ...field] = issue.path;
    const entry = Array.isArray(raw) && typeof index === 'number' ? (raw[index] as { id?: unknown } | undefined) : undefined;
    const name = typeof entry?.id === 'string' ? entry.id : index === undefined ? '(file)' : `entry ${String(index)}`;
    return `${file}: ${name}: ${field.join('.') || '(entry)'}: ${issue.message}`;
  });
  return { intents: [], problems };
}

/**
 * Channel ids tsunagi knows. data/channels.json once the channels engineer lands it; until then the shared
 * reference list plus the local offices being added (福祉事務所, 精神保健福祉センター, 保健所, 社協).
 */
export const pendingLocalOffices = ['fukushi-jimusho', 'seishin-hoken-fukushi-center', 'hokenjo', 'shakai-fukushi-kyogikai'];

export function knownChannelIds(): { ids: Set<string>; from: string } {
  const data = `${root}data/channels.json`;
  if (existsSync(data)) {
    const parsed = JSON.parse(readFileSync(data, 'utf8')) as unknown;
    const list = Array.isArray(parsed) ? parsed : (parsed as { channels?: unknown[] }).channels ?? [];
    return { ids: new Set(list.map((c) => (c as { id: string }).id)), from: 'data/channels.json' };
  }
  const reference = '/work/shared/reference/channels.json';
  const list = JSON.parse(readFileSync(reference, 'utf8')) as { id: string }[];
  return { ids: new Set([...list.map((c) => c.id), ...pendingLocalOffices]), from: reference };
}
