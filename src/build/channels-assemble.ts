import type { z } from 'zod';
import type { Channel } from '../content/channel-schema.js';
import { ChannelsFileSchema } from '../content/channel-schema.js';
import { channelFromAdded, citePlan } from './channels-added.js';
import { containsDeprecated, deprecatedNumbers, scrubDeep } from './channels-deprecated.js';
import { AddedFileSchema, CuratedFileSchema, ReferenceFileSchema, type ReferenceChannel } from './channels-input.js';
import { indexPlan, type PlanIndex, type PlanMention } from './channels-plan.js';
import { channelFromReference, PLAN_FILE } from './channels-reference.js';

/** Everything buildChannels reads, as text or parsed YAML/JSON, so the merge itself is pure and testable. */
export interface ChannelInputs {
  referenceJson: unknown;
  /** The reference's Markdown twin: its safety notes name deprecated numbers the JSON may not. */
  referenceMarkdown: string;
  curated: unknown;
  added: unknown;
  planText: string;
}

function parse<S extends z.ZodType>(file: string, schema: S, value: unknown): z.infer<S> {
  const r = schema.safeParse(value);
  if (r.success) return r.data;
  const lines = r.error.issues.slice(0, 5).map((i) => `${file}: ${i.path.map(String).join('.')}: ${i.message}`);
  throw new Error(`channels build: invalid input\n${lines.join('\n')}`);
}

export function assembleChannels(inputs: ChannelInputs): Channel[] {
  const reference = parse('data/source/channels.reference.json', ReferenceFileSchema, inputs.referenceJson);
  const curated = parse('data/channels.curated.yaml', CuratedFileSchema, inputs.curated);
  const added = parse('data/channels.added.yaml', AddedFileSchema, inputs.added);
  const plan = indexPlan(inputs.planText);

  const known = new Set([...reference.map((r) => r.id), ...added.map((a) => a.id)]);
  for (const id of Object.keys(curated.channels)) {
    if (!known.has(id)) throw new Error(`channels build: data/channels.curated.yaml: channel "${id}": no such channel`);
  }
  const channels = [
    ...reference.map((r) => withPlanLines(channelFromReference(r, curated.channels[r.id], curated.checkedOn), r, plan)),
    ...added.map((a) => channelFromAdded(a, plan, curated.checkedOn)),
  ];
  const seen = new Set<string>();
  for (const c of channels) {
    if (seen.has(c.id)) throw new Error(`channels build: channel "${c.id}": id: appears twice`);
    seen.add(c.id);
  }

  const deprecated = deprecatedNumbers(JSON.stringify(inputs.referenceJson), inputs.referenceMarkdown);
  const clean = ChannelsFileSchema.parse(scrubDeep(channels, deprecated));
  if (containsDeprecated(JSON.stringify(clean), deprecated)) throw new Error('channels build: a deprecated number survived scrubbing');
  return clean;
}

/**
 * The reference cites the plan as a whole ("the plan text itself"). Where the plan names the channel verbatim
 * (its name without brackets, a 「quoted」 name, or its reading) inside a measure the channel lists, replace that
 * generic source with line citations. Measures that fit by content but do not name it keep the generic source.
 */
function withPlanLines(channel: Channel, ref: ReferenceChannel, plan: PlanIndex): Channel {
  const listed = new Set([...channel.measures, ...channel.relatedMeasures]);
  const generic = channel.verified.sources.findIndex((s) => s.url === PLAN_FILE);
  if (generic < 0 || listed.size === 0) return channel;
  const bare = ref.name_ja.replace(/（[^）]*）/g, '').trim();
  const quoted = [...ref.name_ja.matchAll(/「([^」]{3,})」/g)].map((m) => m[1] ?? '');
  const names = [...new Set([bare, ...quoted, ...(ref.reading_or_nickname ? [ref.reading_or_nickname] : [])])].filter((n) => n.length >= 3);
  const byNo = new Map<number, PlanMention[]>();
  for (const m of names.flatMap((n) => plan.mentions(n))) if (listed.has(m.no)) byNo.set(m.no, [...(byNo.get(m.no) ?? []), m]);
  if (byNo.size === 0) return channel;
  const sources = [...channel.verified.sources];
  sources.splice(generic, 1, ...citePlan(byNo));
  return { ...channel, verified: { ...channel.verified, sources } };
}
