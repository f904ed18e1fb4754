/**
 * The response contract shared by the widget API, the CLI and the tests (see ARCHITECTURE.md).
 * Fields may be added; the named ones are never renamed.
 */
export type Lang = 'ja' | 'en' | 'easy-ja';

export interface ReplyIntent {
  id: string;
  label: string;
  score: number;
  /**
   * How it was found: a keyword of the table, only the nearest examples (the unmatched inbox keeps those), or the
   * learned crisis screen (model: a suicide/self-harm intent only, never danger now).
   */
  via?: 'keyword' | 'similar' | 'model';
}

export interface ReplyChannel {
  id: string;
  name: string;
  /** Only a verified number, else null. */
  phone: string | null;
  /** Only a verified URL, else null. */
  url: string | null;
  hours: string;
  /** true / false when it can be computed from structured hours; null when it varies or is unknown. */
  openNow: boolean | null;
  cost: string | null;
  kind: string;
  /** Who it is for, one sentence. */
  audience: string;
  /** tel: link when a verified phone exists. */
  tel: string | null;
  /** For local offices: how to find the nearest one. */
  howToFind: string | null;
  /** When closed now and the next opening is known: e.g. "9:00から". */
  opensAt: string | null;
}

export interface ReplyMeasure {
  no: number;
  title: string;
  ministries: string[];
  summary: string;
}

export interface Reply {
  crisis: boolean;
  intents: ReplyIntent[];
  channels: ReplyChannel[];
  measures: ReplyMeasure[];
  reply: string;
  lang: Lang;
}
