import type { CompiledIntent } from './compiled-intents.js';

// "dv #2": why a channel or measure is in a reply (explain shows it). The same few labels are made for every
// message; each is built once per intent and position.
const labels = new WeakMap<CompiledIntent, string[]>();

export function positionLabel(intent: CompiledIntent, pos: number): string {
  let list = labels.get(intent);
  if (!list) { list = []; labels.set(intent, list); }
  let label = list[pos];
  if (label === undefined) { label = `${intent.id} #${pos + 1}`; list[pos] = label; }
  return label;
}
