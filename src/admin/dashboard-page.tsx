/** @jsxImportSource hono/jsx */
import type { Trace } from '../core/explain.js';
import { intentTotals, type DaySummary } from './counts.js';
import { Layout } from './layout.js';
import { TraceView } from './trace-view.js';

export interface DashboardProps {
  csrf: string;
  days: DaySummary[] | null;
  text?: string;
  trace?: Trace;
}

function CountsTables({ days }: { days: DaySummary[] }) {
  const intents = intentTotals(days);
  return (
    <>
      <table>
        <tr><th>日付</th><th>合計</th><th>危機</th><th>未対応</th><th>うち類似で回答</th><th>LINE</th><th>ウィジェット</th></tr>
        {days.map((d) => (
          <tr>
            <td>{d.day}</td><td class="n">{d.total}</td><td class="n">{d.crisis}</td><td class="n">{d.unmatched}</td><td class="n">{d.similar}</td>
            <td class="n">{d.doors.line ?? 0}</td><td class="n">{d.doors.widget ?? 0}</td>
          </tr>
        ))}
      </table>
      <h3>インテント別（日ごと）</h3>
      {intents.length === 0 ? <p>この期間の記録はありません。</p> : (
        <table>
          <tr><th>インテント</th><th>合計</th>{days.map((d) => <th>{d.day.slice(5)}</th>)}</tr>
          {intents.map(({ id, total }) => (
            <tr><td>{id}</td><td class="n">{total}</td>{days.map((d) => <td class="n">{d.intents[id] ?? ''}</td>)}</tr>
          ))}
        </table>
      )}
    </>
  );
}

export function DashboardPage(props: DashboardProps) {
  return (
    <Layout title="試す・件数" csrf={props.csrf}>
      <form method="post" action="/admin/try">
        <input type="hidden" name="_csrf" value={props.csrf} />
        <label for="text">メッセージを試す（保存も記録もされません）</label>
        <textarea id="text" name="text" maxlength={2000} required>{props.text ?? ''}</textarea>
        <button type="submit">説明を見る</button>
      </form>
      {props.trace ? <TraceView trace={props.trace} /> : null}
      <h2>日ごとの件数（直近 {props.days?.length ?? 0} 日、Asia/Tokyo）</h2>
      {props.days ? <CountsTables days={props.days} /> : <p class="note">記録ストアが無効です（DATA_DIR を確認）。</p>}
    </Layout>
  );
}
