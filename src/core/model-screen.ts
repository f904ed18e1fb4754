import type { CompiledIntents } from './compiled-intents.js';
import { crisisProbability, HASH_BITS, modelVerdict } from './crisis-model.js';
import { SIMILAR_MIN, type Fallback } from './fallback.js';
import { crisisRuledOut, type Hit } from './match.js';
import type { IntentScore } from './score.js';

/** What the learned crisis screen decided for one message (explain shows it). */
export interface ModelScreen {
  probability: number;
  verdict: 'sure' | 'near' | 'no';
  /** The crisis intent it added, or null when it added none. */
  added: IntentScore | null;
}

/** The crisis kinds the learned screen may raise: never danger now (110/119 are acted on only when sure). */
const KINDS = new Set(['suicide', 'self-harm']);
const DEFAULT_INTENT = 'suicide';

/**
 * The learned crisis screen (crisis-model.ts), after keywords and nearest examples. When neither called a crisis
 * and the table did not rule one out here (a crisis term cancelled by `unless`: 死ぬほど, 死にたいわけじゃない), the
 * model may add a crisis intent of the suicide/self-harm kind: the one of the nearest such example when one of the
 * nearest five is at least SIMILAR_MIN alike ('near' is enough then), else `suicide` when the model is 'sure'.
 * The likeness keeps long worries honest: their many sentence windows give the model many chances to hit its
 * threshold on generic distress (夜になると涙が止まらない). It only ever adds an intent; it takes nothing away.
 * Returns null when it was not consulted.
 */
export function modelScreen(normalized: string, table: CompiledIntents, keywordFired: IntentScore[], hits: Hit[],
  fallback: Fallback): ModelScreen | null {
  const model = table.crisisModel;
  // Weights hashed with another width than this scorer's would be read as noise: such a model is not used.
  if (!model || model.bits !== HASH_BITS || keywordFired.some((f) => f.intent.crisis) || fallback.intents.some((f) => f.intent.crisis)) return null;
  if (crisisRuledOut(hits, table)) return null;
  const probability = crisisProbability(normalized, model);
  const verdict = modelVerdict(normalized, probability, model);
  if (verdict === 'no') return { probability, verdict, added: null };
  // The fallback's own neighbours. When it skipped its search (a need found and no crisis example even 0.3 alike),
  // only the 0.25–0.3 band is lost; searching again cost long worries ~20 µs and changed no answer on dev, the
  // held-out sets or the tests' sentences.
  const near = fallback.neighbours.find((n) => n.sim >= SIMILAR_MIN && !n.example.neg && KINDS.has(table.intents[n.example.i]?.crisis ?? ''));
  const index = near ? near.example.i : verdict === 'sure' ? table.intents.findIndex((i) => i.id === DEFAULT_INTENT) : -1;
  const intent = table.intents[index];
  if (!intent || !KINDS.has(intent.crisis ?? '')) return { probability, verdict, added: null };
  const score = Math.round((near?.sim ?? probability) * 100) / 100;
  return { probability, verdict, added: { intent, index, score, terms: [], together: [], similar: true } };
}
