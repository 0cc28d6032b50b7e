/** Escapes text for HTML element content and attribute values. */
export function esc(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

// System fonts only: the sandbox loads nothing from outside the dev server.
const CSS =
  `
:root { color-scheme: light; --ink: #1b2430; --muted: #5a6573; --line: #d5dbe3; --brand: #1f5f8b; --bg: #f5f7fa; }
* { box-sizing: border-box; }
body { margin: 0; font: 15px/1.45 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; color: ` +
  `var(--ink); background: var(--bg); }
header.ehr { background: #263a4f; color: #fff; padding: 10px 20px; display: flex; gap: 16px; ` +
  `align-items: baseline; flex-wrap: wrap; }
header.ehr h1 { font-size: 18px; margin: 0; }
header.ehr p { margin: 0; color: #d2dbe5; }
header.ehr a { color: #fff; }
main { max-width: 1100px; margin: 0 auto; padding: 16px 20px 40px; }
h2 { font-size: 17px; margin: 24px 0 8px; }
.panel { background: #fff; border: 1px solid var(--line); border-radius: 6px; padding: 12px 16px; margin: 12px 0; }
.panel > h2:first-child { margin-top: 4px; }
fieldset { border: 1px solid var(--line); border-radius: 6px; padding: 10px 14px; margin: 0 0 12px; background: #fff; }
legend { font-weight: 600; padding: 0 4px; }
.grid { display: grid; grid-template-columns: repeat(auto-fit, minmax(230px, 1fr)); gap: 10px 18px; align-items: end; }
.field label { display: block; font-size: 13px; color: var(--muted); margin-bottom: 2px; }
.check { display: flex; gap: 6px; align-items: center; }
input[type=number], select { font: inherit; padding: 5px 6px; border: 1px solid #9aa5b1; ` +
  `border-radius: 4px; width: 100%; background: #fff; }
table { width: 100%; border-collapse: collapse; background: #fff; border: 1px solid var(--line); }
caption { text-align: left; font-weight: 600; padding: 8px 0; }
th, td { text-align: left; padding: 7px 10px; border-top: 1px solid var(--line); vertical-align: middle; }
thead th { background: #eef2f6; font-size: 13px; color: var(--muted); border-top: 0; }
tbody th { font-weight: 600; white-space: nowrap; }
button, .button { font: inherit; border: 1px solid var(--brand); background: var(--brand); color: ` +
  `#fff; border-radius: 4px; padding: 5px 12px; cursor: pointer; text-decoration: none; display: ` +
  `inline-block; }
button.secondary, .button.secondary { background: #fff; color: var(--brand); }
button:focus-visible, a:focus-visible, input:focus-visible, select:focus-visible { outline: 3px ` +
  `solid #f0a30a; outline-offset: 2px; }
.muted { color: var(--muted); }
.sr-only { position: absolute; width: 1px; height: 1px; overflow: hidden; clip: rect(0 0 0 0); white-space: nowrap; }
.frame-page { display: flex; flex-direction: column; height: 100vh; }
.frame-page main { flex: 1; display: flex; max-width: none; margin: 0; padding: 0; }
.frame-page iframe { flex: 1; border: 0; width: 100%; background: #fff; }
.error { border-left: 4px solid #b3261e; }
`;

export function page(title: string, body: string, bodyClass = ''): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="referrer" content="no-referrer">
<title>${esc(title)}</title>
<style>${CSS}</style>
</head>
<body${bodyClass ? ` class="${bodyClass}"` : ''}>
${body}
</body>
</html>`;
}

export function errorPage(title: string, message: string): string {
  return page(
    title,
    `<header class="ehr"><h1>Sandbox EHR</h1></header>
<main><div class="panel error" role="alert"><h2>${esc(title)}</h2><p>${esc(message)}</p>
<p><a href="/sandbox/">Back to the sandbox patient list</a></p></div></main>`,
  );
}
