/**
 * Sign-in with GitHub for the content CMS (functions/cms-auth.ts) against a fake GitHub on
 * 127.0.0.1 (tests/support/github-nep.ts): the redirect with a fresh state and its cookie, the
 * state check on the way back (no token request without it), the token request's form fields,
 * the popup page that hands the token to our own origin only (public/admin/inloggen-klaar.js,
 * run here with a fake window), GitHub's refusals, the 503 without configuration, and that no
 * code, token or secret is ever logged.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { runInNewContext } from 'node:vm';
import { parse } from 'node-html-parser';
import { afterAll, afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  cmsBericht,
  githubOAuthUitEnv,
  maakCmsAuthHandler,
  toegestaneScope,
  veiligeGithubUrl,
  type CmsAuthDiensten,
  type GithubOAuth,
} from '../../functions/cms-auth.ts';
import { geenKader } from '../../functions/lib/pagina.ts';
import { vrijePoort } from '../browser/stack.ts';
import { BASIS } from '../support/database.ts';
import {
  NEP_CLIENT_ID,
  NEP_CLIENT_SECRET,
  NEP_CODE,
  NEP_TOKEN,
  nepTokenAntwoord,
  startNepGithub,
  type NepAntwoord,
  type NepGithub,
} from '../support/github-nep.ts';

let nep: NepGithub;
let nepAntwoord: ((v: Record<string, string>) => NepAntwoord) | undefined;
let github: GithubOAuth;
const logs: string[] = [];

const d: CmsAuthDiensten = { kader: geenKader, github: () => github };
const h = maakCmsAuthHandler(d);

const get = (pad: string, cookie?: string) =>
  h(new Request(`${BASIS}${pad}`, { headers: { accept: 'text/html', ...(cookie ? { cookie } : {}) } }));

/** The state cookie's value from a start answer, as a Cookie header. */
const cookieUit = (r: Response): string => (r.headers.get('set-cookie') ?? '').split(';')[0] ?? '';

/** Starts a sign-in; returns the state GitHub would send back and the cookie the browser keeps. */
async function begin(): Promise<{ state: string; cookie: string }> {
  const r = await get('/api/cms-auth?provider=github&site_id=wijk.test&scope=repo');
  expect(r.status).toBe(302);
  const state = new URL(r.headers.get('location') ?? '').searchParams.get('state') ?? '';
  return { state, cookie: cookieUit(r) };
}

/** What the popup page hands over: the JSON in #cms-inloggen, and every <script>. */
function handdruk(html: string) {
  const doc = parse(html);
  const data = doc.querySelector('script#cms-inloggen');
  return {
    gegevens: data ? (JSON.parse(data.textContent) as { provider: string; bericht: string }) : undefined,
    scripts: doc.querySelectorAll('script').map((s) => ({ type: s.getAttribute('type'), src: s.getAttribute('src') })),
  };
}

/** The outcome in Sveltia's terms: "success" with its JSON, or "error" with its JSON. */
function uitkomst(bericht: string | undefined): { soort: string; data: Record<string, string> } | undefined {
  const m = /^authorization:github:(success|error):(.+)$/.exec(bericht ?? '');
  return m ? { soort: m[1]!, data: JSON.parse(m[2]!) as Record<string, string> } : undefined;
}

beforeAll(async () => {
  nep = await startNepGithub((v) => (nepAntwoord ?? nepTokenAntwoord)(v));
  for (const soort of ['log', 'info', 'warn', 'error', 'debug'] as const) {
    vi.spyOn(console, soort).mockImplementation((...a: unknown[]) => void logs.push(a.map(String).join(' ')));
  }
});

beforeEach(() => {
  github = { clientId: NEP_CLIENT_ID, clientSecret: NEP_CLIENT_SECRET, basisUrl: nep.url };
  nepAntwoord = undefined;
  nep.verzoeken.length = 0;
});

afterAll(async () => {
  vi.restoreAllMocks();
  await nep.stop();
});

describe('GET /api/cms-auth: to GitHub with a fresh state', () => {
  it('302 to GitHub authorize with client id, our callback, the scope and a 256-bit state; the state in a Lax cookie', async () => {
    const r = await get('/api/cms-auth?provider=github&site_id=wijk.test&scope=repo');
    expect(r.status).toBe(302);
    const naar = new URL(r.headers.get('location') ?? '');
    expect(`${naar.origin}${naar.pathname}`).toBe(`${nep.url}/login/oauth/authorize`);
    const state = naar.searchParams.get('state') ?? '';
    expect(state).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(Object.fromEntries(naar.searchParams)).toEqual({
      client_id: NEP_CLIENT_ID,
      redirect_uri: `${BASIS}/api/cms-auth/callback`,
      scope: 'repo',
      state,
    });
    const cookie = r.headers.get('set-cookie') ?? '';
    expect(cookie.split('; ')).toEqual([
      `vs_cms_state=${state}`,
      'Path=/api/cms-auth',
      'Max-Age=600',
      'HttpOnly',
      'Secure',
      'SameSite=Lax',
    ]);
    expect(r.headers.get('cache-control')).toBe('no-store');
    expect(r.headers.get('referrer-policy')).toBe('no-referrer');
    expect(r.headers.get('x-robots-tag')).toContain('noindex');
    // Never the secret in the URL the browser sees.
    expect(r.headers.get('location')).not.toContain(NEP_CLIENT_SECRET);
    // Every sign-in gets its own state.
    expect((await begin()).state).not.toBe(state);
  });

  it("takes Sveltia's own scope ('repo,user', 'public_repo,user') and passes it on", async () => {
    const r = await get('/api/cms-auth?provider=github&site_id=wijk.test&scope=repo%2Cuser');
    expect(new URL(r.headers.get('location') ?? '').searchParams.get('scope')).toBe('repo user');
    expect(toegestaneScope('public_repo,user')).toBe('public_repo user');
    expect(toegestaneScope('public_repo')).toBe('public_repo');
  });

  it.each([
    ['an unknown provider', '?provider=gitlab&scope=repo', 'Inloggen kan hier alleen met GitHub.'],
    ['no provider', '?scope=repo', 'Inloggen kan hier alleen met GitHub.'],
    ['another scope', '?provider=github&scope=admin%3Aorg', 'rechten die deze website niet geeft'],
    ['repo plus more', '?provider=github&scope=repo%2Cdelete_repo', 'rechten die deze website niet geeft'],
    ['repo and public_repo', '?provider=github&scope=repo%2Cpublic_repo', 'rechten die deze website niet geeft'],
    ['only user', '?provider=github&scope=user', 'rechten die deze website niet geeft'],
    ['no scope', '?provider=github', 'rechten die deze website niet geeft'],
  ])('refuses %s: 400, a Dutch page, no cookie, not to GitHub', async (_naam, query, tekst) => {
    const r = await get(`/api/cms-auth${query}`);
    expect(r.status).toBe(400);
    expect(r.headers.get('location')).toBeNull();
    expect(r.headers.get('set-cookie')).toBeNull();
    expect(r.headers.get('content-type')).toContain('text/html');
    const html = await r.text();
    expect(html).toContain('<html lang="nl"');
    expect(html).toContain(tekst);
  });

  it('only GET', async () => {
    const r = await h(new Request(`${BASIS}/api/cms-auth?provider=github&scope=repo`, { method: 'POST' }));
    expect(r.status).toBe(405);
    expect(r.headers.get('set-cookie')).toBeNull();
  });
});

describe('GET /api/cms-auth/callback: the state must match', () => {
  it.each([
    // The last character changed for certain (a random state may already end in 'A').
    [
      'a different state',
      (s: string, c: string) => [`?code=${NEP_CODE}&state=${s.slice(0, -1)}${s.endsWith('A') ? 'B' : 'A'}`, c],
    ],
    ['no state', (_s: string, c: string) => [`?code=${NEP_CODE}`, c]],
    ['no cookie', (s: string) => [`?code=${NEP_CODE}&state=${s}`, undefined]],
    ["another sign-in's cookie", (s: string) => [`?code=${NEP_CODE}&state=${s}`, `vs_cms_state=${'B'.repeat(43)}`]],
  ] as const)('%s: 400, CSRF_DETECTED to the CMS, cookie cleared, no token request', async (_naam, maak) => {
    const { state, cookie } = await begin();
    const [query, c] = maak(state, cookie);
    const r = await get(`/api/cms-auth/callback${query}`, c);
    expect(r.status).toBe(400);
    expect(r.headers.get('set-cookie')).toContain('Max-Age=0');
    const html = await r.text();
    expect(html).toContain('Inloggen is niet gelukt');
    expect(uitkomst(handdruk(html).gegevens?.bericht)).toMatchObject({
      soort: 'error',
      data: { provider: 'github', errorCode: 'CSRF_DETECTED' },
    });
    expect(nep.verzoeken).toEqual([]);
    expect(html).not.toContain(NEP_TOKEN);
  });

  it('the happy path: the code at GitHub with exactly the right fields, the token to the CMS on this page', async () => {
    const { state, cookie } = await begin();
    const r = await get(`/api/cms-auth/callback?code=${NEP_CODE}&state=${state}`, cookie);
    expect(r.status).toBe(200);
    expect(nep.verzoeken).toHaveLength(1);
    const v = nep.verzoeken[0]!;
    expect(v.velden).toEqual({
      client_id: NEP_CLIENT_ID,
      client_secret: NEP_CLIENT_SECRET,
      code: NEP_CODE,
      redirect_uri: `${BASIS}/api/cms-auth/callback`,
    });
    expect(v.headers['accept']).toBe('application/json');
    expect(v.headers['content-type']).toBe('application/x-www-form-urlencoded');

    // The cookie is spent; the page is never cached, indexed or sent on as a referrer.
    expect(r.headers.get('set-cookie')).toBe(
      'vs_cms_state=; Path=/api/cms-auth; Max-Age=0; HttpOnly; Secure; SameSite=Lax',
    );
    expect(r.headers.get('cache-control')).toBe('no-store');
    expect(r.headers.get('referrer-policy')).toBe('no-referrer');
    expect(r.headers.get('x-robots-tag')).toContain('noindex');
    const csp = r.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("script-src 'self';");
    expect(csp).not.toContain('unsafe-inline');

    const html = await r.text();
    expect(html).toContain('Inloggen gelukt');
    const { gegevens, scripts } = handdruk(html);
    expect(gegevens?.provider).toBe('github');
    expect(uitkomst(gegevens?.bericht)).toEqual({ soort: 'success', data: { token: NEP_TOKEN, provider: 'github' } });
    expect(gegevens?.bericht).toBe(cmsBericht({ token: NEP_TOKEN }));
    // Only data inline; the one script is our static file (allowed by script-src 'self').
    expect(scripts).toEqual([
      { type: 'application/json', src: undefined },
      { type: undefined, src: '/admin/inloggen-klaar.js' },
    ]);
    // The token is in the page once: in the data for the script, nowhere else.
    expect(html.split(NEP_TOKEN)).toHaveLength(2);
  });

  it('a token with "<" cannot close the data element', async () => {
    nepAntwoord = () => ({ status: 200, body: JSON.stringify({ access_token: '</script><b>' }) });
    const { state, cookie } = await begin();
    const r = await get(`/api/cms-auth/callback?code=${NEP_CODE}&state=${state}`, cookie);
    // Not a token GitHub gives out: refused, and nothing of it on the page.
    expect(r.status).toBe(502);
    const html = await r.text();
    expect(html).not.toContain('</script><b>');
    expect(cmsBericht({ token: 'a' })).toBe('authorization:github:success:{"token":"a","provider":"github"}');
  });
});

describe('GitHub says no', () => {
  it('the user did not authorise (error=access_denied on the way back): 400, no token request', async () => {
    const { state, cookie } = await begin();
    const r = await get(`/api/cms-auth/callback?error=access_denied&error_description=denied&state=${state}`, cookie);
    expect(r.status).toBe(400);
    const html = await r.text();
    expect(html).toContain('U gaf GitHub geen toestemming om in te loggen.');
    expect(uitkomst(handdruk(html).gegevens?.bericht)?.data['errorCode']).toBe('AUTH_CODE_REQUEST_FAILED');
    expect(nep.verzoeken).toEqual([]);
  });

  it('GitHub refuses the code (bad_verification_code): 502, an error to the CMS, logged without the code', async () => {
    const { state, cookie } = await begin();
    const fout = 'nepcodeDieNietKlopt9';
    const r = await get(`/api/cms-auth/callback?code=${fout}&state=${state}`, cookie);
    expect(r.status).toBe(502);
    expect(nep.verzoeken).toHaveLength(1);
    const html = await r.text();
    expect(html).toContain('GitHub gaf geen toegang.');
    expect(uitkomst(handdruk(html).gegevens?.bericht)).toMatchObject({
      soort: 'error',
      data: { provider: 'github', errorCode: 'TOKEN_REQUEST_FAILED' },
    });
    expect(html).not.toContain('access_token');
    expect(logs.join('\n')).toContain('bad_verification_code');
    expect(logs.join('\n')).not.toContain(fout);
  });

  it('GitHub answers something else than JSON: 502 MALFORMED_RESPONSE', async () => {
    nepAntwoord = () => ({ status: 500, body: '<html>Unicorn</html>', type: 'text/html' });
    const { state, cookie } = await begin();
    const r = await get(`/api/cms-auth/callback?code=${NEP_CODE}&state=${state}`, cookie);
    expect(r.status).toBe(502);
    expect(uitkomst(handdruk(await r.text()).gegevens?.bericht)?.data['errorCode']).toBe('MALFORMED_RESPONSE');
  });

  it('GitHub cannot be reached: 502 TOKEN_REQUEST_FAILED, a page instead of a crash', async () => {
    github = { ...github, basisUrl: `http://127.0.0.1:${await vrijePoort()}` };
    const { state, cookie } = await begin();
    const r = await get(`/api/cms-auth/callback?code=${NEP_CODE}&state=${state}`, cookie);
    expect(r.status).toBe(502);
    expect(await r.text()).toContain('GitHub is nu niet bereikbaar.');
    expect(logs.some((l) => l.startsWith('[cms-auth/token]'))).toBe(true);
  });

  it('no code on the way back: 400, no token request', async () => {
    const { state, cookie } = await begin();
    const r = await get(`/api/cms-auth/callback?state=${state}`, cookie);
    expect(r.status).toBe(400);
    expect(nep.verzoeken).toEqual([]);
  });
});

describe('without configuration: 503 with an explanation', () => {
  it.each([
    ['no client id', { clientId: undefined }],
    ['no client secret', { clientSecret: undefined }],
    ['a GitHub URL that is not https', { basisUrl: 'http://github.example' }],
  ] as const)('%s: start and callback answer 503, the CMS hears MISCONFIGURED_CLIENT', async (_naam, wijzig) => {
    const { state, cookie } = await begin();
    github = { ...github, ...wijzig };
    for (const pad of [
      '/api/cms-auth?provider=github&scope=repo',
      `/api/cms-auth/callback?code=${NEP_CODE}&state=${state}`,
    ]) {
      const r = await get(pad, cookie);
      expect(r.status, pad).toBe(503);
      expect(r.headers.get('location')).toBeNull();
      const html = await r.text();
      expect(html).toContain('Inloggen met GitHub is nog niet ingesteld');
      expect(html).toContain('GITHUB_OAUTH_CLIENT_ID en GITHUB_OAUTH_CLIENT_SECRET');
      expect(uitkomst(handdruk(html).gegevens?.bericht)?.data['errorCode']).toBe('MISCONFIGURED_CLIENT');
    }
    expect(nep.verzoeken).toEqual([]);
  });

  it('reads GITHUB_OAUTH_CLIENT_ID, GITHUB_OAUTH_CLIENT_SECRET and GITHUB_OAUTH_URL (default https://github.com)', () => {
    expect(githubOAuthUitEnv({})).toEqual({
      clientId: undefined,
      clientSecret: undefined,
      basisUrl: 'https://github.com',
    });
    expect(
      githubOAuthUitEnv({
        GITHUB_OAUTH_CLIENT_ID: ' id ',
        GITHUB_OAUTH_CLIENT_SECRET: '',
        GITHUB_OAUTH_URL: 'http://127.0.0.1:9/',
      }),
    ).toEqual({ clientId: 'id', clientSecret: undefined, basisUrl: 'http://127.0.0.1:9' });
    expect(veiligeGithubUrl('https://github.com')).toBe(true);
    expect(veiligeGithubUrl('http://127.0.0.1:9')).toBe(true);
    expect(veiligeGithubUrl('http://github.com')).toBe(false);
    expect(veiligeGithubUrl('https://x:y@github.com')).toBe(false);
    expect(veiligeGithubUrl('geen url')).toBe(false);
  });
});

/**
 * public/admin/inloggen-klaar.js in a fake popup: an `opener` that records what it is sent, and
 * `message` events as the browser would deliver them.
 */
describe('the popup script (public/admin/inloggen-klaar.js)', () => {
  const script = readFileSync(resolve(import.meta.dirname, '../../public/admin/inloggen-klaar.js'), 'utf8');
  const BERICHT = cmsBericht({ token: NEP_TOKEN });
  let verstuurd: [unknown, string][];
  let luisteraars: ((e: { origin: string; source: unknown; data: unknown }) => void)[];
  let opener: { postMessage: (data: unknown, doel: string) => void } | null;
  let verwijderd: boolean;

  function draai(metOpener = true): void {
    verstuurd = [];
    luisteraars = [];
    verwijderd = false;
    opener = metOpener ? { postMessage: (data, doel) => void verstuurd.push([data, doel]) } : null;
    const element = {
      textContent: JSON.stringify({ provider: 'github', bericht: BERICHT }),
      remove: () => void (verwijderd = true),
    };
    runInNewContext(script, {
      window: {
        opener,
        location: { origin: BASIS },
        addEventListener: (_t: string, f: (typeof luisteraars)[number]) => void luisteraars.push(f),
        removeEventListener: (_t: string, f: (typeof luisteraars)[number]) =>
          void (luisteraars = luisteraars.filter((l) => l !== f)),
      },
      document: { getElementById: (id: string) => (id === 'cms-inloggen' ? element : null) },
    });
  }
  const stuur = (e: { origin: string; source: unknown; data: unknown }) => [...luisteraars].forEach((l) => l(e));

  afterEach(() => void (opener = null));

  it('says "authorizing:github" to the opener on our own origin, and takes the data out of the page', () => {
    draai();
    expect(verstuurd).toEqual([['authorizing:github', BASIS]]);
    expect(verwijderd).toBe(true);
  });

  it('answers only the echo from the opener on our own origin, once, with the outcome to our own origin', () => {
    draai();
    stuur({ origin: 'https://kwaad.example', source: opener, data: 'authorizing:github' });
    stuur({ origin: BASIS, source: {}, data: 'authorizing:github' });
    stuur({ origin: BASIS, source: opener, data: 'iets anders' });
    expect(verstuurd).toHaveLength(1);
    stuur({ origin: BASIS, source: opener, data: 'authorizing:github' });
    stuur({ origin: BASIS, source: opener, data: 'authorizing:github' });
    expect(verstuurd).toEqual([
      ['authorizing:github', BASIS],
      [BERICHT, BASIS],
    ]);
    expect(verstuurd.every(([, doel]) => doel === BASIS)).toBe(true);
  });

  it('does nothing without an opener (the page opened on its own)', () => {
    draai(false);
    expect(verstuurd).toEqual([]);
    expect(luisteraars).toEqual([]);
  });
});

describe('logs', () => {
  it('never contain the code, the token or the client secret', () => {
    expect(logs.length).toBeGreaterThan(0);
    const alles = logs.join('\n');
    expect(alles).not.toContain(NEP_TOKEN);
    expect(alles).not.toContain(NEP_CODE);
    expect(alles).not.toContain(NEP_CLIENT_SECRET);
  });
});
