/** @jsxImportSource hono/jsx */
import type { Channel } from '../content/channel-schema.js';
import { publicContact } from '../core/contact.js';
import type { CompiledIntents } from '../core/compiled-intents.js';
import type { UnmatchedItem } from '../store/operator-store.js';
import { Layout } from './layout.js';

export function IntentsPage({ csrf, table }: { csrf: string; table: CompiledIntents }) {
  const terms = (i: number) => [...new Set(table.spellings.filter((s) => s.i === i && !s.g).map((s) => s.t))];
  return (
    <Layout title="インテント" csrf={csrf}>
      <p class="note">intents/*.yaml から build:intents でコンパイルされた表です。編集は YAML で行い、npm run intents:check で確かめます。</p>
      <table>
        <tr><th>id</th><th>ラベル</th><th>優先度</th><th>危機</th><th>語</th><th>窓口</th><th>施策</th></tr>
        {table.intents.map((intent, i) => (
          <tr id={intent.id}>
            <td>{intent.id}</td><td>{intent.label.ja}</td><td>{intent.priority}</td><td class="crisis">{intent.crisis ?? ''}</td>
            <td>{terms(i).join('、')}</td><td>{intent.channels.join(', ')}</td><td>{intent.measures.join(', ')}</td>
          </tr>
        ))}
      </table>
    </Layout>
  );
}

export function ChannelsPage({ csrf, channels }: { csrf: string; channels: readonly Channel[] }) {
  return (
    <Layout title="相談窓口" csrf={csrf}>
      <p class="note">番号・URL は検証済みのものだけ表示します（data/channels.json の verified / unverified）。</p>
      <table>
        <tr><th>id</th><th>名前</th><th>種類</th><th>連絡先</th><th>時間</th><th>検証</th><th>未検証の項目</th></tr>
        {channels.map((c) => {
          const contact = publicContact(c);
          return (
            <tr id={c.id}>
              <td>{c.id}</td><td>{c.name}</td><td>{c.kind} / {c.scope}</td>
              <td>{[contact.phone, contact.url].filter(Boolean).join(' ') || '—'}</td>
              <td>{c.hours.text}</td><td>{c.verified.status}</td><td>{c.unverified.join(', ')}</td>
            </tr>
          );
        })}
      </table>
    </Layout>
  );
}

export function InboxPage({ csrf, items, retentionDays }: { csrf: string; items: UnmatchedItem[] | null; retentionDays: number }) {
  return (
    <Layout title="未対応の受信箱" csrf={csrf}>
      <p class="note">
        どのインテントにも当たらなかったメッセージを、電話番号・住所・名前などを伏せて保存しています（危機のメッセージは件数だけ）。
        {retentionDays} 日間見かけないものは消えます。対応したら「済」で消せます。
      </p>
      <p><a href="/admin/api/unmatched.csv">CSV で書き出す</a></p>
      {items === null ? <p class="note">記録ストアが無効です。</p> : items.length === 0 ? <p>空です。</p> : (
        <table>
          <tr><th>テキスト（伏せ字済み）</th><th>件数</th><th>最終日</th><th></th></tr>
          {items.map((item) => (
            <tr>
              <td>{item.text}</td><td class="n">{item.count}</td><td>{item.lastSeen}</td>
              <td>
                <form method="post" action="/admin/inbox/remove">
                  <input type="hidden" name="_csrf" value={csrf} />
                  <input type="hidden" name="text" value={item.text} />
                  <button type="submit">済</button>
                </form>
              </td>
            </tr>
          ))}
        </table>
      )}
    </Layout>
  );
}
