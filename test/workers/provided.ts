// What the Node-side global setup (node-side.setup.ts) hands to the tests running inside workerd.

export interface NodeAnswer {
  id: string;
  text: string;
  status: number;
  /** The Node app's /api/chat body, as JSON. */
  body: unknown;
}

export type DevAnswers = { ok: true; file: string; answers: NodeAnswer[] } | { ok: false; file: string; reason: string };

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
