// What the Node-side global setup (node-side.setup.ts) hands to the tests running inside workerd.

export interface NodeAnswer {
  id: string;
  text: string;
  status: number;
  /** The Node app's /api/chat body, as JSON. */
  body: unknown;
}

export type DevAnswers =
  | { ok: true; file: string; answers: NodeAnswer[]; contentDigest: string }
  | { ok: false; file: string; reason: string };

/** SHA-256 (hex) of JSON.stringify({ channels, measures, intents }) — the same on both sides when the data agree. */
export async function contentDigest(files: { channels: unknown; measures: unknown; intents: unknown }): Promise<string> {
  const bytes = new TextEncoder().encode(JSON.stringify({ channels: files.channels, measures: files.measures, intents: files.intents }));
  const hash = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
  return [...hash].map((b) => b.toString(16).padStart(2, '0')).join('');
}

export type BundleFacts =
  | { ok: true; modules: string[]; rawBytes: number; gzipBytes: number; kuromoji: boolean; nodeBuiltins: string[] }
  | { ok: false; reason: string };

export interface DoorCheck {
  door: string;
  status: number;
  /** A short fact about the body (e.g. how many channels), never a person's text. */
  note: string;
}

export type WranglerDevFacts =
  | { ok: true; readyMs: number; firstRequestMs: number; checks: DoorCheck[] }
  | { ok: false; reason: string };

declare module 'vitest' {
  export interface ProvidedContext {
    devAnswers: DevAnswers;
    bundle: BundleFacts;
    municipalityFiles: string[];
    wranglerDev: WranglerDevFacts;
  }
}
