// The Node log: one timestamped line per event, written once per turn of the event loop. Under load a blocking
// write per request (stdout to a file or pipe is synchronous in Node) was ~1/10 of the server's CPU; gathered, many
// requests' lines cost one write. Lines still leave within the turn they were logged in, and on exit.

export interface LineLog {
  log: (line: string) => void;
  /** Writes what is pending now (the process's 'exit' handler calls it). */
  flush: () => void;
}

export function lineLog(sink: (chunk: string) => void = (chunk) => console.log(chunk), now: () => Date = () => new Date()): LineLog {
  let pending: string[] = [];
  const flush = () => {
    if (pending.length === 0) return;
    const chunk = pending.join('\n');
    pending = [];
    sink(chunk);
  };
  const log = (line: string) => {
    if (pending.length === 0) setImmediate(flush);
    pending.push(`${now().toISOString()} ${line}`);
  };
  return { log, flush };
}
