/** One finding of intents:check: an error fails the check, a warning is printed and does not. */
export interface Problem {
  level: 'error' | 'warning';
  file: string;
  line?: number | undefined;
  intent?: string | undefined;
  field: string;
  message: string;
}

/** `intents/dv.yaml:42: intent "dv": examples[3]: …` — one line a problem, so editors and grep can jump to it. */
export function formatProblem(p: Problem): string {
  const where = p.line !== undefined ? `${p.file}:${p.line}` : p.file;
  const intent = p.intent !== undefined ? ` intent "${p.intent}":` : '';
  return `${p.level === 'warning' ? 'warning: ' : ''}${where}:${intent} ${p.field}: ${p.message}`;
}
