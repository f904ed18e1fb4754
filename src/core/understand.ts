import type { Content } from './content.js';
import type { Lang, Reply } from './types.js';

export interface UnderstandOptions {
  /** The moment to compute "open now" for; defaults to the current time. */
  now?: Date;
  /** Reply language; detected from the text when absent. */
  lang?: Lang;
}

/**
 * TEMPORARY placeholder while the pipeline (issue 3) is built: answers every worry with the general line.
 * Replaced by the real pipeline; exists only so the doors can be built against the final signature.
 */
export function understand(_text: string, content: Content, options: UnderstandOptions = {}): Reply {
  const general = content.channels.find((c) => c.id === 'yorisoi-hotline');
  return {
    crisis: false,
    intents: [],
    channels: general
      ? [{ id: general.id, name: general.name, phone: general.phone, url: general.url, hours: general.hours.text,
           openNow: true, cost: general.cost, kind: general.kind, audience: general.audience,
           tel: general.phone ? `tel:${general.phone.replace(/-/g, '')}` : null, howToFind: null, opensAt: null }]
      : [],
    measures: [],
    reply: 'お話ししてくれてありがとうございます。',
    lang: options.lang ?? 'ja',
  };
}
