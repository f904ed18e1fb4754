// Throughput of POST /api/chat against GET /healthz on the same server, same tool (autocannon), same connections;
// then chat p99 and errors from a 60 s run, and the server's memory after 50 k and 100 k chat requests.
import autocannon from 'autocannon';
import { round, rssMb } from './stats.js';
import { startServer } from './server-process.js';

/** Everyday and crisis worries, short and long, so the run exercises keyword hits, the fallback and crisis ranking. */
export const CHAT_TEXTS = [
  'もう無理。しにたい', '夫が怖い', 'お金がなくて家賃が払えない', 'ひとりぼっちでさみしい…', '仕事クビになった', 'ねむれない日がつづいてる',
  'I lost my job and I feel so lonely here', '親の介護で毎日つかれた😢', 'いじめられてる。学校いきたくない', 'きのうから なんだか もやもやしてる',
];

export interface LoadFigures {
  chatRps: number; healthRps: number; ratio: number; chatP99Ms: number; chatP50Ms: number; errors: number; non2xx: number;
  chatRequests: number; connections: number; durationS: number; rssAt50kMb: number; rssAt100kMb: number; rssGrowthPct: number;
}

type Result = autocannon.Result;

function run(opts: autocannon.Options): Promise<Result> {
  return new Promise((resolve, reject) => {
    autocannon(opts, (err, result) => (err ? reject(err) : resolve(result)));
  });
}

/**
 * One request per text, cycled, so every connection sends a mix. Each text comes from its own documentation address
 * (198.51.100.x, via X-Forwarded-For with TRUST_PROXY=1): ten clients at 100 000 a minute each keep the limiter in the
 * path, doing its work, without turning a 2 000 req/s run into 429s (one client's limit would be 1 667 req/s).
 */
function chatRequests(): autocannon.Request[] {
  return CHAT_TEXTS.map((text, i) => ({
    method: 'POST', path: '/api/chat', body: JSON.stringify({ text }),
    headers: { 'content-type': 'application/json', 'x-forwarded-for': `198.51.100.${i + 1}` },
  }));
}

const failures = (r: Result) => r.errors + r.timeouts;

export async function measureHttp(durationS = 60, connections = 50, log: (s: string) => void = () => {}): Promise<LoadFigures> {
  const server = await startServer({ env: { TRUST_PROXY: '1' } });
  try {
    const base = { url: server.base, connections, timeout: 10 };
    // Warm the sockets and the JIT before anything is counted.
    await run({ ...base, duration: 3, requests: chatRequests() });
    let served = 0;
    const chatTo = async (total: number) => {
      const r = await run({ ...base, amount: total - served, requests: chatRequests() });
      served = total;
      if (failures(r) || r.non2xx) throw new Error(`chat load had ${failures(r)} errors and ${r.non2xx} non-2xx`);
    };
    await chatTo(50_000);
    const rssAt50kMb = await rssMb(server.pid);
    log(`rss after 50k chat requests: ${rssAt50kMb} MB`);
    await chatTo(100_000);
    const rssAt100kMb = await rssMb(server.pid);
    log(`rss after 100k chat requests: ${rssAt100kMb} MB`);
    // Throughput: health then chat, back to back, same settings.
    const health = await run({ ...base, duration: durationS / 4, url: `${server.base}/healthz` });
    log(`healthz: ${round(health.requests.average, 0)} req/s`);
    const chat = await run({ ...base, duration: durationS, requests: chatRequests() });
    log(`chat: ${round(chat.requests.average, 0)} req/s, p99 ${chat.latency.p99} ms`);
    return {
      chatRps: round(chat.requests.average, 0),
      healthRps: round(health.requests.average, 0),
      ratio: round(chat.requests.average / health.requests.average, 3),
      chatP99Ms: chat.latency.p99,
      chatP50Ms: chat.latency.p50,
      errors: failures(chat) + failures(health),
      non2xx: chat.non2xx + health.non2xx,
      chatRequests: chat.requests.total,
      connections,
      durationS,
      rssAt50kMb,
      rssAt100kMb,
      rssGrowthPct: round(((rssAt100kMb - rssAt50kMb) / rssAt50kMb) * 100, 1),
    };
  } finally {
    await server.stop();
  }
}
