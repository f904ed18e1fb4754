import type { Channel } from '../content/channel-schema.js';
import { cachedContact, isTextChannel, replyChannel, toReplyChannel } from './channel-view.js';
import { isPublic } from './contact.js';
import type { Content } from './content.js';
import { openStatus, type OpenStatus } from './open-now.js';
import { positionLabel } from './position-label.js';
import type { IntentScore } from './score.js';
import type { Lang, ReplyChannel } from './types.js';

export const MAX_CHANNELS = 6;
/** Lines offered when nothing matched or too little did: the general 24-hour line and #9999 while it runs. */
export const GENERAL_CHANNELS = ['yorisoi-hotline', 'kodoku-koritsu-dial-9999'];
const EMERGENCY_PHONES = new Set(['110', '119']);

export interface RankedChannel { channel: ReplyChannel; score: number; why: string[] }
export interface ChannelRanking { ranked: RankedChannel[]; skipped: { id: string; why: string }[] }

/**
 * Position in the top intent's list counts most; the second intent's first channel lands between the first
 * intent's second and third (1/(1 + 1.2·rank + position)), so every need in a message is answered near the top.
 */
function baseScores(all: IntentScore[]): Map<string, { score: number; why: string[] }> {
  const scores = new Map<string, { score: number; why: string[] }>();
  // A greeting or an out-of-scope line beside a real need ("…今までありがとう") brings no channels of its own.
  const needs = all.filter((f) => f.intent.priority !== 'meta');
  const fired = needs.length > 0 ? needs : all;
  fired.forEach(({ intent }, rank) => intent.channels.forEach((id, pos) => {
    const entry = scores.get(id);
    const score = 1 / (1 + 1.2 * rank + pos);
    if (entry) { entry.score += score; entry.why.push(positionLabel(intent, pos)); }
    else scores.set(id, { score, why: [positionLabel(intent, pos)] });
  }));
  return scores;
}

// The channel list of a Content never changes: its id map is built once, not per message.
const byIdCache = new WeakMap<readonly Channel[], Map<string, Channel>>();
function channelsById(channels: readonly Channel[]): Map<string, Channel> {
  let map = byIdCache.get(channels);
  if (!map) { map = new Map(channels.map((c) => [c.id, c])); byIdCache.set(channels, map); }
  return map;
}

interface Situation { danger: boolean; crisis: boolean; prefersText: boolean }

/** Adjusts for the moment: emergency numbers first in danger, open lines before closed ones, text first when asked. */
function adjust(channel: Channel, status: OpenStatus, base: number, why: string[], s: Situation): number {
  let score = base;
  const phone = cachedContact(channel).phone;
  if (s.danger && phone && EMERGENCY_PHONES.has(phone)) { score += 100; why.push('danger now: emergency number first'); }
  // As the reply shows it: opensAt only when closed and the next opening is known.
  const opensAt = status.open === false && status.opensAt ? status.label : null;
  if (status.open === false) { score *= s.crisis ? 0.4 : 0.7; why.push(`closed now${opensAt ? ` (${opensAt})` : ''}`); }
  if (s.crisis && status.open === true && channel.hours.kind === 'always') { score *= 1.5; why.push('crisis: 24-hour line open now'); }
  if (s.prefersText && isTextChannel(channel)) { score += 10; why.push('cannot call: text channel first'); }
  return score;
}

/**
 * Precaution lines (a crisis intent the nearest examples only hinted at) come after every fired need, at half
 * weight, and never as 110/119: nobody said life is in danger now.
 */
function addPrecaution(scores: Map<string, { score: number; why: string[] }>, precaution: IntentScore[], content: Content): void {
  if (precaution.length === 0) return;
  const byId = channelsById(content.channels);
  const floor = Math.min(1, ...[...scores.values()].map((v) => v.score));
  precaution.forEach(({ intent }) => intent.channels.forEach((id, pos) => {
    if (EMERGENCY_PHONES.has(byId.get(id)?.phone ?? '')) return;
    const entry = scores.get(id) ?? { score: 0, why: [] };
    entry.score += (0.5 * floor) / (1 + pos);
    entry.why.push(`precaution: near ${intent.id} examples #${pos + 1}`);
    scores.set(id, entry);
  }));
}

/** Languages a channel takes besides Japanese ('other' = several, as the data says). */
const foreignLanguages = (c: Channel) => c.languages.filter((l) => l !== 'ja' && l !== 'easy-ja');

/**
 * A message in another language brings the lines that take it (or many languages) near the top, best covered
 * first; English input mildly prefers lines that take English.
 */
function addLanguage(scores: Map<string, { score: number; why: string[] }>, content: Content, language: string | null): void {
  if (!language) return;
  const fits = content.channels
    .filter((c) => isPublic(c) && c.languages.some((l) => l === language || l === 'other') || foreignLanguages(c).length >= 5)
    .sort((a, b) => Number(b.languages.includes(language)) - Number(a.languages.includes(language))
      || foreignLanguages(b).length - foreignLanguages(a).length);
  fits.forEach((c, k) => {
    const entry = scores.get(c.id) ?? { score: 0, why: [] };
    entry.score += 0.6 / (1 + k);
    entry.why.push(`takes ${c.languages.includes(language) ? language : 'several languages'}`);
    scores.set(c.id, entry);
  });
}

export interface RankOptions { precaution?: IntentScore[]; language?: string | null; lang?: Lang }

export function rankChannels(fired: IntentScore[], content: Content, now: Date, options: RankOptions = {}): ChannelRanking {
  const { precaution = [], language = null, lang = 'ja' } = options;
  const byId = channelsById(content.channels);
  const situation: Situation = {
    danger: fired.some((f) => f.intent.crisis === 'danger'),
    crisis: fired.some((f) => f.intent.crisis !== undefined),
    prefersText: fired.some((f) => f.intent.prefersText),
  };
  const scores = baseScores(fired);
  addPrecaution(scores, precaution, content);
  addLanguage(scores, content, language);
  const meta = fired.length > 0 && fired.every((f) => f.intent.priority === 'meta');
  if (!meta && scores.size < 3) {
    GENERAL_CHANNELS.forEach((id, i) => { if (!scores.has(id)) scores.set(id, { score: 0.05 / (1 + i), why: ['general line'] }); });
  }
  const candidates: { channel: Channel; status: OpenStatus; score: number; why: string[] }[] = [];
  const skipped: ChannelRanking['skipped'] = [];
  for (const [id, { score, why }] of scores) {
    const channel = byId.get(id);
    if (!channel) { skipped.push({ id, why: 'not in channels data' }); continue; }
    if (!isPublic(channel)) { skipped.push({ id, why: 'internal (staff only)' }); continue; }
    const status = openStatus(channel.hours, now);
    if (channel.hours.kind === 'trial' && status.open !== true) { skipped.push({ id, why: 'trial line not running now' }); continue; }
    let adjusted = adjust(channel, status, score, why, situation);
    if (lang === 'en' && channel.languages.includes('en')) { adjusted *= 1.2; why.push('takes English'); }
    candidates.push({ channel, status, score: adjusted, why });
  }
  // Stable sort, then reply views for the few shown only.
  candidates.sort((a, b) => b.score - a.score);
  const ranked = candidates.slice(0, MAX_CHANNELS)
    .map(({ channel, status, score, why }): RankedChannel => ({ channel: replyChannel(channel, status), score, why }));
  return { ranked: ensureOne(ranked, content, now), skipped };
}

const reachable = (c: ReplyChannel) => c.tel !== null || c.url !== null;

/**
 * A reply always carries at least one channel a person can reach right away (a number or an address): when the
 * ranking holds only local offices, the general line is added at the end.
 */
function ensureOne(ranked: RankedChannel[], content: Content, now: Date): RankedChannel[] {
  if (ranked.some((r) => reachable(r.channel))) return ranked;
  const candidates = [
    ...GENERAL_CHANNELS.map((id) => content.channels.find((c) => c.id === id)),
    ...content.channels.filter((c) => c.hours.kind === 'always'),
    ...content.channels,
  ].filter((c): c is Channel => c !== undefined && isPublic(c) && c.hours.kind !== 'trial');
  const views = candidates.map((c) => toReplyChannel(c, now));
  const general = views.find(reachable) ?? views[0];
  if (!general) return ranked;
  const kept = ranked.filter((r) => r.channel.id !== general.id).slice(0, MAX_CHANNELS - 1);
  return [...kept, { channel: general, score: 0, why: ['general line: reachable now by phone or web'] }];
}
