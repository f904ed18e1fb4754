/** @jsxImportSource hono/jsx */
import type { Child } from 'hono/jsx';

/** Served at /admin/style.css so the page CSP can forbid inline styles and all scripts. */
export const ADMIN_CSS = `
body{font:15px/1.5 system-ui,"Noto Sans JP",sans-serif;margin:0;color:#1d1d1f;background:#fafafa}
header{background:#24415e;color:#fff;padding:.6rem 1rem;display:flex;gap:1rem;align-items:center;flex-wrap:wrap}
header a{color:#fff}header strong{margin-right:1rem}header form{margin-left:auto}
main{max-width:70rem;margin:0 auto;padding:1rem}
table{border-collapse:collapse;margin:.5rem 0 1.5rem;background:#fff}
th,td{border:1px solid #ccd;padding:.25rem .5rem;text-align:left;vertical-align:top}
th{background:#eef}td.n{text-align:right;font-variant-numeric:tabular-nums}
textarea{width:100%;min-height:5rem;font:inherit}
.crisis{color:#a00;font-weight:bold}.dropped{color:#888;text-decoration:line-through}
.note{color:#555;font-size:.9rem}.error{color:#a00}
button{font:inherit;padding:.3rem .8rem}td form{margin:0}
`;

export function Layout(props: { title: string; csrf?: string; children?: Child }) {
  return (
    <html lang="ja">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="robots" content="noindex" />
        <title>{`${props.title} — tsunagi operators`}</title>
        <link rel="stylesheet" href="/admin/style.css" />
      </head>
      <body>
        <header>
          <strong>tsunagi operators</strong>
          <a href="/admin">試す・件数</a>
          <a href="/admin/inbox">未対応の受信箱</a>
          <a href="/admin/intents">インテント</a>
          <a href="/admin/channels">相談窓口</a>
          {props.csrf ? (
            <form method="post" action="/admin/logout">
              <input type="hidden" name="_csrf" value={props.csrf} />
              <button type="submit">ログアウト</button>
            </form>
          ) : null}
        </header>
        <main>
          <h1>{props.title}</h1>
          {props.children}
        </main>
      </body>
    </html>
  );
}

export function LoginPage(props: { error?: string }) {
  return (
    <Layout title="ログイン">
      <p class="note">ADMIN_TOKEN を入力してください。スクリプトからは Authorization: Bearer ヘッダーで /admin/api/* を呼べます。</p>
      {props.error ? <p class="error">{props.error}</p> : null}
      <form method="post" action="/admin/login">
        <label>
          トークン <input type="password" name="token" autocomplete="current-password" required />
        </label>{' '}
        <button type="submit">ログイン</button>
      </form>
    </Layout>
  );
}
