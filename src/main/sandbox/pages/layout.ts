import { escapeHtml } from '../../../shared/html';

const STYLE = `
:root { color-scheme: light; --accent: #5b4bd6; --text: #1d1b2c; --muted: #5d5a72; --border: #d6d3e6; --error: #b3261e; }
* { box-sizing: border-box; }
body { margin: 0; font: 16px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: var(--text);
  background: #efedfb; min-height: 100vh; display: flex; align-items: flex-start; justify-content: center; padding: 24px 12px; }
main { width: 100%; max-width: 480px; background: #fff; border-radius: 16px; box-shadow: 0 8px 32px rgba(40, 30, 90, .12); padding: 24px; }
.badge { display: inline-block; font-size: 12px; font-weight: 600; letter-spacing: .04em; text-transform: uppercase;
  color: #7a4d00; background: #ffe8b3; border-radius: 999px; padding: 2px 10px; }
h1 { font-size: 20px; margin: 12px 0 4px; }
.amount { font-size: 36px; font-weight: 700; margin: 4px 0 16px; font-variant-numeric: tabular-nums; }
table { width: 100%; border-collapse: collapse; margin: 8px 0 16px; font-variant-numeric: tabular-nums; }
td { padding: 6px 0; border-bottom: 1px solid var(--border); vertical-align: top; }
td.num { text-align: right; white-space: nowrap; padding-left: 12px; }
tr.total td { font-weight: 700; border-bottom: none; }
form { display: grid; gap: 12px; }
label { display: grid; gap: 4px; font-weight: 600; font-size: 14px; }
input { font: inherit; padding: 10px 12px; border: 1px solid var(--border); border-radius: 10px; width: 100%; }
input:focus { outline: 3px solid rgba(91, 75, 214, .35); border-color: var(--accent); }
.row { display: grid; grid-template-columns: 1fr 1fr; gap: 12px; }
.field-error { color: var(--error); font-weight: 500; font-size: 13px; }
.alert { color: var(--error); background: #fdecea; border-radius: 10px; padding: 10px 12px; margin: 0 0 12px; }
button, .button { font: inherit; font-weight: 600; border-radius: 10px; padding: 12px 16px; border: none; cursor: pointer; text-align: center; text-decoration: none; }
.primary { background: var(--accent); color: #fff; }
.secondary { background: transparent; color: var(--muted); border: 1px solid var(--border); }
.actions { display: grid; gap: 8px; margin-top: 4px; }
.muted { color: var(--muted); font-size: 14px; }
`;

/** The frame of every hosted page: a centred card that also fits a phone. */
export function layout(title: string, body: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)}</title>
<link rel="icon" href="data:,">
<style>${STYLE}</style>
</head>
<body><main>
<span class="badge">Sandbox · test mode</span>
${body}
</main></body>
</html>`;
}

/** A page that says one thing and offers one way on. */
export function messagePage(title: string, message: string, action?: { label: string; href: string }): string {
  const button = action
    ? `<p class="actions"><a class="button primary" href="${escapeHtml(action.href)}">${escapeHtml(action.label)}</a></p>`
    : '';
  return layout(title, `<h1>${escapeHtml(title)}</h1><p>${escapeHtml(message)}</p>${button}`);
}
