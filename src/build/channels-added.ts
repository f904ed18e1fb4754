import type { Channel } from '../content/channel-schema.js';
import type { AddedChannel } from './channels-input.js';
import type { PlanIndex, PlanMention } from './channels-plan.js';
import { DEFAULT_HOURS_TEXT, PLAN_FILE } from './channels-reference.js';

/**
 * Local offices added beside the reference. Their plan citations are computed, not typed: every plan line that
 * names the office becomes a source "施策 No. N（L行目）", and the listed measures must match those lines exactly.
 */

function fail(id: string, field: string, message: string): never {
  throw new Error(`channels build: data/channels.added.yaml: channel "${id}": ${field}: ${message}`);
}

function planSources(added: AddedChannel, plan: PlanIndex): Channel['verified']['sources'] {
  const byNo = new Map<number, PlanMention[]>();
  for (const name of added.planNames) {
    const found = plan.mentions(name);
    if (found.length === 0) fail(added.id, 'planNames', `"${name}" does not occur in the plan`);
    for (const m of found) byNo.set(m.no, [...(byNo.get(m.no) ?? []), m]);
  }
  const cited = new Set([...added.measures, ...added.relatedMeasures.filter((n) => !added.relatedWithoutMention.includes(n))]);
  for (const no of cited) if (!byNo.has(no)) fail(added.id, 'measures', `No. ${no} is listed but no plan line of it names the office`);
  for (const no of byNo.keys()) if (!cited.has(no)) fail(added.id, 'measures', `the plan names the office in No. ${no}; list it in measures or relatedMeasures`);
  return citePlan(byNo);
}

/** One source per measure: "施策 No.N（L・L行目）: excerpt of the first line". */
export function citePlan(byNo: Map<number, PlanMention[]>): Channel['verified']['sources'] {
  return [...byNo.entries()]
    .sort(([a], [b]) => a - b)
    .map(([no, ms]) => {
      const lines = [...new Set(ms.map((m) => m.line))].sort((a, b) => a - b);
      return {
        url: PLAN_FILE,
        date: '令和6年度',
        type: 'government plan (source text)',
        supports: `施策 No.${no}（${lines.join('・')}行目）: ${ms[0]?.excerpt ?? ''}`,
      };
    });
}

export function channelFromAdded(added: AddedChannel, plan: PlanIndex, checkedOn: string): Channel {
  const fromPlan = planSources(added, plan);
  if (added.status === 'verified' && added.sources.length === 0) fail(added.id, 'sources', 'a verified office needs at least one page beside the plan');
  if (added.status === 'plan-only' && added.sources.length > 0) fail(added.id, 'status', 'has outside sources, so it is not plan-only');
  const sources = [...added.sources, ...fromPlan];
  if (sources.length === 0) fail(added.id, 'sources', 'no source at all');
  return {
    id: added.id,
    name: added.name,
    aliases: added.aliases,
    kind: added.kind,
    otherKinds: [],
    phone: null,
    url: null,
    otherContacts: [],
    hours: added.hours ?? { kind: 'varies', text: DEFAULT_HOURS_TEXT.varies },
    cost: null,
    audience: added.audience,
    languages: ['ja'],
    languagesNote: null,
    scope: 'local',
    howToFind: added.howToFind,
    measures: added.measures,
    relatedMeasures: added.relatedMeasures,
    verified: { status: added.status, checkedOn, sources },
    unverified: [],
    notes: added.notes,
  };
}
