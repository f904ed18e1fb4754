/** @jsxImportSource hono/jsx */
import type { Trace } from '../core/explain.js';

/** The explain trace as tables: what was read, which terms hit (and which were dropped and why), the decision. */
export function TraceView({ trace }: { trace: Trace }) {
  return (
    <section>
      <h2>説明（explain）</h2>
      <p>
        正規化: <code>{trace.normalized}</code> · 言語: {trace.lang}
        {trace.capped ? ' · 長すぎるため切り詰め' : ''}
      </p>
      <p class={trace.crisis.flagged ? 'crisis' : ''}>
        危機: {trace.crisis.flagged ? `はい（${trace.crisis.kind ?? ''}: ${trace.crisis.by.join(', ')}）` : 'いいえ'}
      </p>
      <h3>スコア（発火したものが返答に使われます）</h3>
      <table>
        <tr><th>インテント</th><th>スコア</th><th>発火</th><th>優先度</th><th>危機</th></tr>
        {trace.scores.map((s) => (
          <tr><td>{s.intent}</td><td class="n">{s.score}</td><td>{s.fired ? '✔' : ''}</td><td>{s.priority}</td><td>{s.crisis ?? ''}</td></tr>
        ))}
      </table>
      <h3>ヒットした語</h3>
      {trace.hits.length === 0 ? <p>なし — このメッセージは「未対応の受信箱」に入ります。</p> : (
        <table>
          <tr><th>インテント</th><th>語（YAML）</th><th>綴り</th><th>位置</th><th>重み</th><th>状態</th></tr>
          {trace.hits.map((h) => (
            <tr class={h.dropped ? 'dropped' : ''}>
              <td>{h.intent}</td><td>{h.term}</td><td>{h.spelling}</td><td class="n">{h.start}–{h.end}</td>
              <td class="n">{h.together ? `together ${h.together.join('/')}` : h.weight}</td><td>{h.dropped ?? '有効'}</td>
            </tr>
          ))}
        </table>
      )}
      {trace.blockers.length > 0 ? (
        <>
          <h3>ブロッカー（unless・隠す語）</h3>
          <table>
            <tr><th>インテント</th><th>句</th><th>範囲</th><th>位置</th><th>理由</th></tr>
            {trace.blockers.map((b) => (
              <tr><td>{b.intent}</td><td>{b.phrase}</td><td>{b.scope}</td><td class="n">{b.start}–{b.end}</td><td>{b.why}</td></tr>
            ))}
          </table>
        </>
      ) : null}
      <h3>相談窓口（上から順）</h3>
      <table>
        <tr><th>id</th><th>スコア</th><th>理由</th></tr>
        {trace.channels.map((c) => <tr><td>{c.id}</td><td class="n">{c.score}</td><td>{c.why.join(' / ')}</td></tr>)}
        {trace.skippedChannels.map((c) => <tr class="dropped"><td>{c.id}</td><td></td><td>{c.why}</td></tr>)}
      </table>
      <h3>施策</h3>
      <table>
        <tr><th>No.</th><th>スコア</th><th>理由</th></tr>
        {trace.measures.map((m) => <tr><td class="n">{m.no}</td><td class="n">{m.score}</td><td>{m.why.join(' / ')}</td></tr>)}
      </table>
      <h3>返答</h3>
      <p>{trace.reply.reply}</p>
    </section>
  );
}
