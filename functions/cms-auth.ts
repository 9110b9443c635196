/**
 * Sign-in with GitHub for the content CMS (Sveltia CMS at /admin/, GitHub backend with
 * `base_url: <site>` and `auth_endpoint: api/cms-auth`): the OAuth "authorization code" flow,
 * without Netlify Identity, Git Gateway or any other auth service. Staff only; residents never
 * come here.
 *
 * - GET /api/cms-auth?provider=github&site_id=<host>&scope=repo,user → 302 to GitHub's authorize
 *   page with a fresh `state` (256 random bits), kept in a cookie for 10 minutes
 *   (`HttpOnly; Secure; SameSite=Lax; Path=/api/cms-auth`: Lax, because GitHub sends the browser
 *   back with a top-level GET). `site_id` is not used: the origin of the request is the site.
 * - GET /api/cms-auth/callback?code=…&state=… → the state must equal the cookie (constant time);
 *   the cookie is cleared; the code is exchanged for a token at GitHub (client secret from the
 *   environment); the answer is a page that finishes Sveltia's popup handshake: it says
 *   `authorizing:github` to the window that opened it, and on the echo sends
 *   `authorization:github:success:{"token":…,"provider":"github"}` (or `…:error:{…}`) — only ever
 *   to our own origin (public/admin/inloggen-klaar.js; the CSP allows no inline script).
 *
 * Environment: GITHUB_OAUTH_CLIENT_ID, GITHUB_OAUTH_CLIENT_SECRET (missing → 503 page), and
 * GITHUB_OAUTH_URL (default https://github.com; tests point it at a fake on 127.0.0.1). The code
 * and the token are never logged.
 */
import type { Config } from '@netlify/functions';
import { logFout } from './lib/diensten.ts';
import { verzoekPad } from './lib/http.ts';
import { htmlPagina, meldingInhoud, siteKader, type KaderBron } from './lib/pagina.ts';
import { nieuwToken, tokenUitCookie, zelfdeGeheim } from './lib/tokens.ts';

export const cmsAuthPad = '/api/cms-auth';
export const cmsCallbackPad = `${cmsAuthPad}/callback`;
export const stateCookie = 'vs_cms_state';
/** How long a sign-in may take between our redirect and GitHub's way back, in seconds. */
export const stateSeconden = 600;
/** The script that finishes the handshake in the popup (a static file of the site). */
export const klaarScript = '/admin/inloggen-klaar.js';

/** The OAuth app of the municipality at GitHub, read from the environment per request. */
export interface GithubOAuth {
  clientId: string | undefined;
  clientSecret: string | undefined;
  /** "https://github.com", without a trailing slash: authorize and access_token live under it. */
  basisUrl: string;
}

export interface CmsAuthDiensten {
  kader: KaderBron;
  github: () => GithubOAuth;
  /** The token request to GitHub; a test may pass its own. */
  fetch?: typeof fetch;
}

/**
 * The GitHub settings from the environment: GITHUB_OAUTH_CLIENT_ID, GITHUB_OAUTH_CLIENT_SECRET
 * and GITHUB_OAUTH_URL (default https://github.com). An empty value counts as missing.
 */
export function githubOAuthUitEnv(env: Record<string, string | undefined> = process.env): GithubOAuth {
  const leeg = (w: string | undefined) => (w?.trim() ? w.trim() : undefined);
  return {
    clientId: leeg(env['GITHUB_OAUTH_CLIENT_ID']),
    clientSecret: leeg(env['GITHUB_OAUTH_CLIENT_SECRET']),
    basisUrl: (leeg(env['GITHUB_OAUTH_URL']) ?? 'https://github.com').replace(/\/+$/, ''),
  };
}

export function standaardCmsAuthDiensten(): CmsAuthDiensten {
  return { kader: siteKader, github: () => githubOAuthUitEnv() };
}

/**
 * Whether GitHub's base URL may receive the client secret: https, or plain http only on this
 * machine (the tests' fake GitHub on 127.0.0.1).
 */
export function veiligeGithubUrl(url: string): boolean {
  try {
    const u = new URL(url);
    if (u.username || u.password || u.search || u.hash) return false;
    if (u.protocol === 'https:') return true;
    return u.protocol === 'http:' && ['127.0.0.1', 'localhost', '[::1]'].includes(u.hostname);
  } catch {
    return false;
  }
}

/** The scopes a sign-in may ask for: the repository (all, or public only), plus what Sveltia always adds ("user"). */
const repoScopes = new Set(['repo', 'public_repo']);
const extraScopes = new Set(['user', 'read:user', 'user:email']);

/**
 * The scope to ask GitHub for, from Sveltia's `scope` ("repo,user"; comma or space separated):
 * exactly one of repo/public_repo, optionally with user, read:user or user:email. Undefined for
 * anything else (no scope, other scopes, both repo and public_repo).
 */
export function toegestaneScope(scope: string | null): string | undefined {
  const delen = [...new Set((scope ?? '').split(/[\s,]+/).filter(Boolean))];
  const repo = delen.filter((s) => repoScopes.has(s));
  if (repo.length !== 1 || !delen.every((s) => repoScopes.has(s) || extraScopes.has(s))) return undefined;
  return delen.join(' ');
}

/** The Set-Cookie value that keeps `state` for the way back (10 minutes, only sent to /api/cms-auth…). */
export const stateCookieKop = (state: string): string =>
  `${stateCookie}=${state}; Path=${cmsAuthPad}; Max-Age=${stateSeconden}; HttpOnly; Secure; SameSite=Lax`;

/** The Set-Cookie value that removes the state cookie. */
export const wisStateCookieKop = `${stateCookie}=; Path=${cmsAuthPad}; Max-Age=0; HttpOnly; Secure; SameSite=Lax`;

/** Every answer: never cached, never indexed, no referrer (the code is in the URL). */
const koppen: Readonly<Record<string, string>> = {
  'cache-control': 'no-store',
  'x-robots-tag': 'noindex, nofollow',
  'referrer-policy': 'no-referrer',
};

/**
 * The popup page's own policy (also when the site's headers do not reach a function's answer):
 * scripts only from our origin, so only the static handshake script runs.
 */
const paginaCsp =
  "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

/** Sveltia's error codes (its locale `sign_in_error.*`), so the CMS can show its own text. */
export type CmsFoutCode =
  'MISCONFIGURED_CLIENT' | 'CSRF_DETECTED' | 'AUTH_CODE_REQUEST_FAILED' | 'TOKEN_REQUEST_FAILED' | 'MALFORMED_RESPONSE';

export type CmsUitkomst = { token: string } | { fout: string; code: CmsFoutCode };

/**
 * The second message of the handshake, as Sveltia's `authorize()` reads it:
 * `authorization:github:success:{"token":…,"provider":"github"}` or
 * `authorization:github:error:{"provider":"github","error":…,"errorCode":…}`.
 */
export function cmsBericht(uitkomst: CmsUitkomst): string {
  return 'token' in uitkomst
    ? `authorization:github:success:${JSON.stringify({ token: uitkomst.token, provider: 'github' })}`
    : `authorization:github:error:${JSON.stringify({ provider: 'github', error: uitkomst.fout, errorCode: uitkomst.code })}`;
}

/** JSON that may stand inside <script type="application/json">: no "<", so no "</script>". */
const jsonInHtml = (data: unknown): string => JSON.stringify(data).replace(/</g, '\\u003c');

interface Antwoord {
  status: number;
  titel: string;
  alineas: string[];
  /** When set, the page finishes the handshake with this outcome (see `cmsBericht`). */
  uitkomst?: CmsUitkomst;
  wisCookie?: boolean;
}

function antwoordPagina(req: Request, d: CmsAuthDiensten, a: Antwoord): Promise<Response> {
  const handdruk = a.uitkomst
    ? `<script type="application/json" id="cms-inloggen">${jsonInHtml({ provider: 'github', bericht: cmsBericht(a.uitkomst) })}</script>
<script src="${klaarScript}"></script>`
    : '';
  return htmlPagina(req, d.kader, {
    titel: a.titel,
    fout: a.status >= 400,
    status: a.status,
    inhoud: `${meldingInhoud(a.titel, a.alineas)}\n${handdruk}`,
    headers: {
      ...koppen,
      'content-security-policy': paginaCsp,
      ...(a.wisCookie ? { 'set-cookie': wisStateCookieKop } : {}),
    },
  });
}

const nietIngesteld = (wisCookie: boolean): Antwoord => ({
  status: 503,
  titel: 'Inloggen met GitHub is nog niet ingesteld',
  alineas: [
    'De website kan nog niet inloggen bij GitHub. De beheerder van de website moet de koppeling met GitHub nog instellen in Netlify (GITHUB_OAUTH_CLIENT_ID en GITHUB_OAUTH_CLIENT_SECRET).',
    'Sluit dit venster en neem contact op met de beheerder van de website.',
  ],
  uitkomst: { fout: 'Inloggen met GitHub is nog niet ingesteld op deze website.', code: 'MISCONFIGURED_CLIENT' },
  wisCookie,
});

const mislukt = (status: number, uitleg: string, code: CmsFoutCode): Antwoord => ({
  status,
  titel: 'Inloggen is niet gelukt',
  alineas: [uitleg, 'Sluit dit venster en probeer opnieuw in te loggen.'],
  uitkomst: { fout: uitleg, code },
  wisCookie: true,
});

/** Whether the settings are complete and GitHub's URL may receive the secret. */
function ingesteld(g: GithubOAuth): g is GithubOAuth & { clientId: string; clientSecret: string } {
  return Boolean(g.clientId && g.clientSecret && veiligeGithubUrl(g.basisUrl));
}

function start(req: Request, d: CmsAuthDiensten): Promise<Response> | Response {
  const url = new URL(req.url);
  if (url.searchParams.get('provider') !== 'github') {
    return antwoordPagina(req, d, {
      status: 400,
      titel: 'Dit verzoek klopt niet',
      alineas: ['Inloggen kan hier alleen met GitHub.'],
    });
  }
  const scope = toegestaneScope(url.searchParams.get('scope'));
  if (!scope) {
    return antwoordPagina(req, d, {
      status: 400,
      titel: 'Dit verzoek klopt niet',
      alineas: [
        'Deze inlogpoging vraagt om rechten die deze website niet geeft. Alleen toegang tot de repository kan (repo of public_repo).',
      ],
      uitkomst: { fout: 'Deze rechten geeft de website niet.', code: 'AUTH_CODE_REQUEST_FAILED' },
    });
  }
  const g = d.github();
  if (!ingesteld(g)) return antwoordPagina(req, d, nietIngesteld(false));
  const state = nieuwToken();
  const naar = new URL(`${g.basisUrl}/login/oauth/authorize`);
  naar.search = new URLSearchParams({
    client_id: g.clientId,
    redirect_uri: `${url.origin}${cmsCallbackPad}`,
    scope,
    state,
  }).toString();
  return new Response(null, {
    status: 302,
    headers: { ...koppen, location: naar.toString(), 'set-cookie': stateCookieKop(state) },
  });
}

/** GitHub's answer to the token request: a token, or why not (without the code or the token). */
async function vraagToken(
  d: CmsAuthDiensten,
  g: GithubOAuth & { clientId: string; clientSecret: string },
  code: string,
  redirectUri: string,
): Promise<CmsUitkomst> {
  let r: Response;
  try {
    r = await (d.fetch ?? fetch)(`${g.basisUrl}/login/oauth/access_token`, {
      method: 'POST',
      headers: { accept: 'application/json', 'content-type': 'application/x-www-form-urlencoded' },
      body: new URLSearchParams({
        client_id: g.clientId,
        client_secret: g.clientSecret,
        code,
        redirect_uri: redirectUri,
      }).toString(),
      redirect: 'error',
      signal: AbortSignal.timeout(10_000),
    });
  } catch (fout) {
    logFout('cms-auth/token', fout);
    return { fout: 'GitHub is nu niet bereikbaar.', code: 'TOKEN_REQUEST_FAILED' };
  }
  let data: unknown;
  try {
    data = await r.json();
  } catch (fout) {
    logFout('cms-auth/token', new Error(`GitHub antwoordde ${r.status} zonder JSON`, { cause: fout }));
    return { fout: 'GitHub gaf een antwoord dat de website niet begrijpt.', code: 'MALFORMED_RESPONSE' };
  }
  const velden = data && typeof data === 'object' ? (data as Record<string, unknown>) : {};
  const token = velden['access_token'];
  if (r.ok && typeof token === 'string' && /^[\w.-]{1,512}$/.test(token)) return { token };
  // GitHub's error codes ("bad_verification_code", "incorrect_client_credentials") name no person.
  const soort = typeof velden['error'] === 'string' ? velden['error'].slice(0, 60) : 'geen access_token';
  logFout('cms-auth/token', new Error(`GitHub gaf geen token (HTTP ${r.status}): ${soort}`));
  return { fout: 'GitHub gaf geen toegang.', code: 'TOKEN_REQUEST_FAILED' };
}

async function terug(req: Request, d: CmsAuthDiensten): Promise<Response> {
  const url = new URL(req.url);
  const g = d.github();
  if (!ingesteld(g)) return antwoordPagina(req, d, nietIngesteld(true));
  const verwacht = tokenUitCookie(req, stateCookie);
  const state = url.searchParams.get('state') ?? '';
  if (!verwacht || !zelfdeGeheim(state, verwacht)) {
    return antwoordPagina(
      req,
      d,
      mislukt(
        400,
        'Deze inlogpoging is verlopen of niet op deze computer begonnen. Daarom gaat hij niet door.',
        'CSRF_DETECTED',
      ),
    );
  }
  if (url.searchParams.has('error')) {
    const geweigerd = url.searchParams.get('error') === 'access_denied';
    return antwoordPagina(
      req,
      d,
      mislukt(
        400,
        geweigerd ? 'U gaf GitHub geen toestemming om in te loggen.' : 'GitHub liet u niet inloggen.',
        'AUTH_CODE_REQUEST_FAILED',
      ),
    );
  }
  const code = url.searchParams.get('code') ?? '';
  if (!/^[\w.-]{1,512}$/.test(code)) {
    return antwoordPagina(
      req,
      d,
      mislukt(400, 'GitHub stuurde geen geldige inlogcode mee.', 'AUTH_CODE_REQUEST_FAILED'),
    );
  }
  const uitkomst = await vraagToken(d, g, code, `${url.origin}${cmsCallbackPad}`);
  if (!('token' in uitkomst)) return antwoordPagina(req, d, mislukt(502, uitkomst.fout, uitkomst.code));
  return antwoordPagina(req, d, {
    status: 200,
    titel: 'Inloggen gelukt',
    alineas: [
      'U bent ingelogd met GitHub. Dit venster sluit vanzelf.',
      'Gebeurt dat niet? Sluit het dan zelf en ga terug naar het beheer van de inhoud.',
    ],
    uitkomst,
    wisCookie: true,
  });
}

/** The handler of both paths (GET only); see the module comment. */
export function maakCmsAuthHandler(d: CmsAuthDiensten) {
  return async (req: Request): Promise<Response> => {
    if (req.method !== 'GET') {
      return new Response('Gebruik GET.', { status: 405, headers: { allow: 'GET', ...koppen } });
    }
    const { pad } = verzoekPad(req);
    return pad === cmsCallbackPad ? terug(req, d) : start(req, d);
  };
}

export default maakCmsAuthHandler(standaardCmsAuthDiensten());

// Literal paths: Netlify reads this object without running the module.
export const config: Config = { path: ['/api/cms-auth', '/api/cms-auth/callback'], method: 'GET' };
