import type { CompiledIntents } from './compiled-intents.js';
import { roleOf } from './compose.js';
import { crisisRuledOut, type Hit } from './match.js';
import type { IntentScore } from './score.js';
import { crisisLikeness, nearestExamples, voteIntents, type Neighbour } from './similar.js';

/**
 * Thresholds on the cosine of the nearest example, measured on dev with keywords switched off: above 0.25 the
 * nearest intent's channels hit@3 for ~86 % of messages; a crisis example above 0.3 was never a false alarm
 * (14 of 26 crisis messages found by similarity alone, 0 of 124 others). SIMILAR_CRISIS keeps a margin.
 */
export const SIMILAR_MIN = 0.25;
export const SIMILAR_CRISIS = 0.35;
/** With keywords found, similarity only screens for crisis, and more strictly. */
export const SCREEN_CRISIS = 0.4;
export const SCREEN_PRECAUTION = 0.3;
/**
 * A crisis raised by likeness alone needs a message of some length and several shared features with the example:
 * "ありがとう" is close to a farewell example, and says nothing of a crisis.
 */
export const CRISIS_MIN_CHARS = 8;
export const CRISIS_MIN_SHARED = 4;
const MAX_SIMILAR_INTENTS = 2;

export interface Fallback {
  neighbours: Neighbour[];
  /** Intents taken from the nearest examples (they join the reply's intents). */
  intents: IntentScore[];
  /** Crisis intents whose lines are added, without calling the message a crisis. */
  precaution: IntentScore[];
  /**
   * Set when the search over every example was skipped (neighbours then empty): the best cosine of the message to
   * any crisis intent's example. No crisis example among the nearest can be more alike than this.
   */
  crisisLikeness?: number;
}

function asScore(table: CompiledIntents, index: number, vote: number): IntentScore | undefined {
  const intent = table.intents[index];
  return intent && { intent, index, score: Math.round(vote * 100) / 100, terms: [], together: [], similar: true };
}

const precautionOf = (s: IntentScore): IntentScore => ({ ...s, intent: { ...s.intent, crisis: undefined } });

/**
 * Nearest examples complete the keyword match. When no keyword found a need (nothing fired, or only a greeting)
 * they name the needs; when keywords found needs but no crisis, they still screen for crisis paraphrases no
 * keyword names (迷惑をかけずに消える方法…). They never take a crisis away.
 */
export function similarFallback(normalized: string, table: CompiledIntents, keywordFired: IntentScore[], hits: Hit[],
  options: { allNeighbours?: boolean } = {}): Fallback {
  const empty: Fallback = { neighbours: [], intents: [], precaution: [] };
  if (keywordFired.some((f) => f.intent.crisis)) return empty;
  // A crisis term the table itself cancelled here (死ぬほど, 死にたいわけじゃない) is an operator's explicit "no":
  // similarity may then add the lines as a precaution, never the crisis.
  const ruledOut = crisisRuledOut(hits, table);
  const open = keywordFired.every((f) => roleOf(f.intent) === 'greeting');
  // With a need found, only a crisis example at SCREEN_PRECAUTION or more can add anything (see the loop below):
  // most messages are far from all of them, and then the search over every example is skipped (explain still
  // asks for the neighbours, to show them).
  if (!open && !options.allNeighbours) {
    const likeness = crisisLikeness(normalized, table);
    if (likeness < Math.min(SCREEN_PRECAUTION, SCREEN_CRISIS)) return { ...empty, crisisLikeness: likeness };
  }
  const neighbours = nearestExamples(normalized, table);
  const out: Fallback = { ...empty, neighbours };
  // Needs: the two best-voted intents. Crisis: any crisis intent among the neighbours, however it ranks there,
  // since the thresholds for it are the strict ones.
  const votes = voteIntents(neighbours);
  const substantial = (index: number) => normalized.length >= CRISIS_MIN_CHARS
    && neighbours.some((n) => n.example.i === index && !n.example.neg && n.shared >= CRISIS_MIN_SHARED);
  for (const [rank, v] of votes.entries()) {
    const score = asScore(table, v.index, v.vote);
    if (!score || v.vote <= 0 || score.intent.priority === 'meta') continue;
    const crisis = score.intent.crisis !== undefined;
    if (!crisis && rank >= MAX_SIMILAR_INTENTS) continue;
    if (open && !crisis && v.best >= SIMILAR_MIN) out.intents.push(score);
    else if (crisis && !ruledOut && v.best >= (open ? SIMILAR_CRISIS : SCREEN_CRISIS) && substantial(v.index)) {
      out.intents.push(score);
    }
    // Danger now is acted on only when sure (110/119); a faint likeness to it adds nothing.
    else if (crisis && score.intent.crisis !== 'danger' && v.best >= (open ? SIMILAR_MIN : SCREEN_PRECAUTION)) {
      out.precaution.push(precautionOf(score));
    }
  }
  return out;
}
