import { z } from 'zod';

/**
 * One entry of the keyword-intent table, as operators write it in intents/*.yaml.
 * The build compiles these (with kuromoji) into the spellings people type; the runtime never reads YAML.
 */
export const TermSchema = z.union([
  z.string().min(1),
  z.object({
    term: z.string().min(1),
    /** How strongly this term alone signals the intent (default 1; 3 = decisive). */
    weight: z.number().min(0.1).max(10).default(1),
    /** Match only this exact spelling (no kana/conjugation variants), e.g. short Latin abbreviations. */
    exact: z.boolean().default(false),
  }),
]);

/** Order in which needs are answered when a message has several (issue: safety > violence > money > health > loneliness > information). */
export const PrioritySchema = z.enum(['safety', 'violence', 'money', 'health', 'loneliness', 'information', 'meta']);
export type Priority = z.infer<typeof PrioritySchema>;

export const IntentSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/, 'ids are lower-case kebab-case'),
  label: z.object({ ja: z.string().min(1), en: z.string().min(1), easy: z.string().optional() }),
  priority: PrioritySchema,
  /** Crisis intents are screened before all others and cannot be outvoted. */
  crisis: z.enum(['suicide', 'self-harm', 'danger']).optional(),
  terms: z.array(TermSchema).default([]),
  /** Each entry: every group must have one term present (who × what), e.g. [[夫, 彼氏], [殴る, 怒鳴る]]. */
  together: z.array(z.array(z.array(z.string().min(1)).min(1)).min(2)).default([]),
  /** Phrases that cancel this intent's terms where they overlap or appear (死ぬほど眠い, 格闘技). */
  unless: z.array(z.string().min(1)).default([]),
  /** Channel ids, most specific first. */
  channels: z.array(z.string()).default([]),
  /** 施策 No., most relevant first. */
  measures: z.array(z.number().int().min(1).max(141)).default([]),
  /**
   * What kind of turn this is, for the reply wording (engine): a greeting, a question out of scope, a third party
   * at risk (reply says how to help them), a person who cannot call, or a deaf/hard-of-hearing person.
   */
  role: z.enum(['greeting', 'out-of-scope', 'third-party', 'cannot-call', 'deaf']).optional(),
  /** When this intent fires, text channels (SNS, chat, mail) are preferred over phone. */
  prefersText: z.boolean().default(false),
  examples: z.array(z.string().min(1)).min(1),
  counterexamples: z.array(z.string().min(1)).default([]),
});
export type IntentSource = z.infer<typeof IntentSchema>;
export const IntentFileSchema = z.array(IntentSchema);
