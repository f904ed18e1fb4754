// Node only: reads the content files from disk and hands them to parseContent. Start-up fails here, once, with
// a message that says which file is missing or broken and how to rebuild it — never later, mid-conversation.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Content } from '../core/content.js';
import { DEFAULT_SOURCES, parseContent, type ContentFiles } from '../content/load.js';

const HOW_TO_BUILD: Record<keyof ContentFiles, string> = {
  channels: 'npm run build:data',
  measures: 'npm run build:data',
  intents: 'npm run build:intents',
};

export class ContentFileError extends Error {
  override name = 'ContentFileError';
}

function readJson(rootDir: string, kind: keyof ContentFiles): unknown {
  const file = DEFAULT_SOURCES[kind];
  let text: string;
  try {
    text = readFileSync(join(rootDir, file), 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'is missing' : `cannot be read (${code ?? String(err)})`;
    throw new ContentFileError(`tsunagi cannot start: ${file} ${why} under ${rootDir} — build it with \`${HOW_TO_BUILD[kind]}\``);
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (err) {
    throw new ContentFileError(`tsunagi cannot start: ${file} is not valid JSON (${(err as Error).message}) — rebuild it with \`${HOW_TO_BUILD[kind]}\``);
  }
}

/** Reads data/channels.json, data/measures.json and data/intents.compiled.json under rootDir and validates them. */
export function readContentFromDisk(rootDir: string): Content {
  return parseContent({
    channels: readJson(rootDir, 'channels'),
    measures: readJson(rootDir, 'measures'),
    intents: readJson(rootDir, 'intents'),
  });
}
