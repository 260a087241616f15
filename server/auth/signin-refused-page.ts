/**
 * What a browser shows for a sign-in link that cannot be used: a page a person can act on, the
 * same for a link that never existed, has expired or was used already (telling them apart would
 * tell a guesser which links were real).
 */
import { SIGNIN_LINK_TTL_MS } from './auth-service.ts';

const HOURS = SIGNIN_LINK_TTL_MS / 3_600_000;

/** Plain HTML with its styles in the page (the site's policy allows inline styles, no scripts). */
export function signInRefusedPage(signedIn: boolean): string {
  const already = signedIn
    ? `<p class="ok">This browser is already signed in: the explorer opens without the link.</p>`
    : `<p>If you opened this link before, this browser may still be signed in: try the explorer first.</p>`;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Sign-in link not usable · Smuggling networks</title>
<link rel="icon" href="data:,">
<style>
  body { font: 16px/1.5 system-ui, sans-serif; color: #1f2937; background: #f3f4f6; margin: 0; }
  main { max-width: 36rem; margin: 12vh auto; background: #fff; border: 1px solid #d1d5db; border-radius: 8px; padding: 24px 28px; }
  h1 { font-size: 22px; margin: 0 0 12px; }
  h2 { font-size: 16px; margin: 20px 0 4px; }
  ol { padding-left: 1.2em; } li { margin: 6px 0; }
  code { background: #f3f4f6; padding: 1px 4px; border-radius: 3px; }
  .button { display: inline-block; background: #1d4ed8; color: #fff; padding: 8px 16px; border-radius: 6px; text-decoration: none; font-weight: 600; }
  .ok { color: #166534; font-weight: 600; }
</style>
</head>
<body>
<main>
  <h1>This sign-in link cannot be used</h1>
  <p>Sign-in links work once and for ${HOURS} hours. This one has been used already, has expired, or was copied incompletely.</p>
  ${already}
  <p><a class="button" href="/">Open the explorer</a></p>
  <h2>To get a new link</h2>
  <ol>
    <li>Ask an administrator of this installation for a new sign-in link.</li>
    <li>An administrator makes one on the server with <code>npm run users -- signin-link &lt;your name&gt;</code>.</li>
    <li>Open the new link in the browser you will use; it signs you in and opens the explorer.</li>
  </ol>
  <p>Developers and scripts use an API token instead (<code>npm run users -- token &lt;name&gt;</code>).</p>
</main>
</body>
</html>
`;
}
