import type { Reply, ReplyChannel, ReplyMeasure } from '../../core/types.js';
import { h, safeHttpUrl, safeTel } from './dom.js';
import type { Strings } from './i18n.js';

/** Intents after which the quick exit is shown first: someone at home (or following them) may be watching. */
const SAFETY_INTENTS = new Set(['dv', 'sexual-violence', 'stalking', 'child-abuse']);

export function needsSafetyFirst(reply: Reply): boolean {
  return reply.intents.some((i) => SAFETY_INTENTS.has(i.id));
}

function badge(c: ReplyChannel, t: Strings): HTMLElement | null {
  if (c.openNow === true) return h('p', { class: 'badge badge-open' }, t.openNow);
  if (c.openNow === false) return h('p', { class: 'badge badge-closed' }, c.opensAt ? `${t.closedNow}（${t.opensAt(c.opensAt)}）` : t.closedNow);
  return null;
}

function facts(c: ReplyChannel, t: Strings): HTMLElement {
  const dl = h('dl', { class: 'facts' });
  const add = (term: string, value: string | null): void => {
    if (value) dl.append(h('dt', {}, term), h('dd', {}, value));
  };
  add(t.hours, c.hours);
  add(t.cost, c.cost);
  add(t.howToFind, c.howToFind);
  return dl;
}

function actions(c: ReplyChannel, t: Strings): HTMLElement | null {
  const tel = safeTel(c.tel);
  const url = safeHttpUrl(c.url);
  if (!tel && !url) return null;
  return h('div', { class: 'actions' },
    tel && c.phone ? h('a', { class: 'btn btn-call', href: tel }, t.call(c.phone)) : null,
    url ? h('a', { class: 'btn btn-link', href: url, target: '_blank', rel: 'noopener noreferrer' }, t.openSite) : null,
  );
}

export function channelCard(c: ReplyChannel, t: Strings): HTMLElement {
  return h('li', { class: c.openNow ? 'card card-open' : 'card' },
    h('h3', { class: 'card-name' }, c.name),
    badge(c, t),
    h('p', { class: 'audience' }, c.audience),
    facts(c, t),
    actions(c, t),
  );
}

function measureItem(m: ReplyMeasure): HTMLElement {
  const who = m.ministries.length ? `（${m.ministries.join('・')}）` : '';
  return h('li', {}, h('strong', {}, `No.${m.no} ${m.title}`), who, m.summary ? h('p', {}, m.summary) : null);
}

export function measuresBlock(measures: readonly ReplyMeasure[], t: Strings): HTMLElement | null {
  if (measures.length === 0) return null;
  return h('details', { class: 'measures' }, h('summary', {}, `${t.measures}（${measures.length}）`), h('ul', {}, ...measures.map(measureItem)));
}

/** The quick-exit notice a DV or sexual-violence reply opens with. */
export function safetyNotice(t: Strings, onExit: () => void): HTMLElement {
  const button = h('button', { type: 'button', class: 'btn btn-exit' }, t.quickExit);
  button.addEventListener('click', onExit);
  return h('div', { class: 'notice notice-safety' }, h('p', {}, t.safetyNote), button);
}
