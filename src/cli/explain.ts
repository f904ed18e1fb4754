// npm run -s explain -- "text" [--json] [--now ISO-8601] — prints the pipeline's trace: what fired, what was dropped and why,
// how channels and measures were ranked.
import { explain, type Trace } from '../core/explain.js';
import { loadContent, nowOption, quietPipe, textArgs } from './content-files.js';

quietPipe();

function pretty(t: Trace): string {
  const out: string[] = [`normalised: ${t.normalized}${t.capped ? ' (capped)' : ''}`, `language:   ${t.lang}`,
    `crisis:     ${t.crisis.flagged ? `YES (${t.crisis.kind}) by ${t.crisis.by.join(', ')}` : 'no'}`, '', 'hits:'];
  for (const h of t.hits) {
    out.push(`  ${h.dropped ? '✗' : '✓'} ${h.intent.padEnd(18)} ${h.term} ⇐ "${h.spelling}" @${h.start}-${h.end} w=${h.weight}`
      + `${h.together ? ` together[${h.together.join('.')}]` : ''}${h.dropped ? `  (${h.dropped})` : ''}`);
  }
  if (t.blockers.length) out.push('blockers:', ...t.blockers.map((b) => `  ${b.phrase} @${b.start}-${b.end} [${b.intent}, ${b.scope}] ${b.why}`));
  out.push('scores:', ...t.scores.map((s) => `  ${s.fired ? '●' : '○'} ${s.intent.padEnd(18)} ${s.score} ${s.priority}${s.crisis ? ` crisis:${s.crisis}` : ''}`));
  out.push('channels:', ...t.channels.map((c, i) => `  ${i + 1}. ${c.id} (${c.score}) ← ${c.why.join('; ')}`));
  if (t.skippedChannels.length) out.push('skipped:', ...t.skippedChannels.map((s) => `  ${s.id}: ${s.why}`));
  out.push('measures:', ...t.measures.map((m, i) => `  ${i + 1}. No.${m.no} (${m.score}) ← ${m.why.join('; ')}`));
  if (t.similar) {
    out.push(`nearest examples (used: ${t.similar.used.join(', ') || 'none'}; precaution: ${t.similar.precaution.join(', ') || 'none'}):`);
    out.push(...t.similar.neighbours.map((n) => `  ${n.sim.toFixed(3)} ${n.counterexample ? '✗' : ' '} ${n.intent.padEnd(18)} ${n.example}`));
  }
  if (t.model) out.push(`crisis model: p=${t.model.probability} (${t.model.verdict})${t.model.added ? ` → added ${t.model.added}` : ''}`);
  out.push('', `reply: ${t.reply.reply}`);
  return out.join('\n');
}

const args = process.argv.slice(2);
const text = textArgs(args);
if (!text) {
  console.error('usage: npm run -s explain -- "text" [--json]');
  process.exitCode = 2;
} else {
  const trace = explain(text, loadContent(), { now: nowOption(args) });
  console.log(args.includes('--json') ? JSON.stringify(trace, null, 2) : pretty(trace));
}
