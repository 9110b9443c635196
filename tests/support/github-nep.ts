/**
 * A fake GitHub OAuth server on 127.0.0.1 (no network) for the CMS sign-in (functions/cms-auth.ts,
 * GITHUB_OAUTH_URL):
 * - GET /login/oauth/authorize sends the browser straight back to `redirect_uri` with
 *   `code=NEP_CODE` and the same `state`, as GitHub does after "Authorize";
 * - POST /login/oauth/access_token records the request and answers `NEP_TOKEN` for NEP_CODE and
 *   the right client id and secret, else GitHub's error JSON (or what `antwoord` says).
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';

export const NEP_CLIENT_ID = 'Iv1.nepclient0001';
export const NEP_CLIENT_SECRET = 'nep-geheim-van-de-oauth-app-0123456789';
export const NEP_CODE = 'nepcode4d9f2a7b1c';
export const NEP_TOKEN = 'gho_NepToken16C7e42F292c6912E7710c838347Ae178B4a';

export interface TokenVerzoek {
  headers: IncomingMessage['headers'];
  velden: Record<string, string>;
}

export interface NepGithub {
  /** "http://127.0.0.1:<port>": the value for GITHUB_OAUTH_URL. */
  url: string;
  /** Every token request so far, oldest first. */
  verzoeken: TokenVerzoek[];
  stop: () => Promise<void>;
}

export interface NepAntwoord {
  status: number;
  body: string;
  type?: string;
}

/** GitHub's own answer: 200 with a token, or 200 with `{ error: "bad_verification_code" … }`. */
export function nepTokenAntwoord(v: Record<string, string>): NepAntwoord {
  const goed = v['client_id'] === NEP_CLIENT_ID && v['client_secret'] === NEP_CLIENT_SECRET;
  if (!goed) return { status: 200, body: JSON.stringify({ error: 'incorrect_client_credentials' }) };
  if (v['code'] !== NEP_CODE) {
    return {
      status: 200,
      body: JSON.stringify({ error: 'bad_verification_code', error_description: 'The code passed is incorrect.' }),
    };
  }
  return { status: 200, body: JSON.stringify({ access_token: NEP_TOKEN, token_type: 'bearer', scope: 'repo,user' }) };
}

function lees(req: IncomingMessage): Promise<string> {
  return new Promise((klaar, mis) => {
    let tekst = '';
    req.setEncoding('utf8');
    req.on('data', (d: string) => (tekst += d));
    req.on('end', () => klaar(tekst));
    req.on('error', mis);
  });
}

/** Starts the fake; `antwoord` decides the token endpoint's answer (default `nepTokenAntwoord`). */
export async function startNepGithub(
  antwoord: (velden: Record<string, string>) => NepAntwoord = nepTokenAntwoord,
): Promise<NepGithub> {
  const verzoeken: TokenVerzoek[] = [];
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const url = new URL(req.url ?? '/', 'http://127.0.0.1');
    if (req.method === 'GET' && url.pathname === '/login/oauth/authorize') {
      const terug = new URL(url.searchParams.get('redirect_uri') ?? '');
      terug.searchParams.set('code', NEP_CODE);
      terug.searchParams.set('state', url.searchParams.get('state') ?? '');
      res.writeHead(302, { location: terug.toString() }).end();
      return;
    }
    if (req.method === 'POST' && url.pathname === '/login/oauth/access_token') {
      void lees(req).then((tekst) => {
        const velden = Object.fromEntries(new URLSearchParams(tekst));
        verzoeken.push({ headers: req.headers, velden });
        const a = antwoord(velden);
        res.writeHead(a.status, { 'content-type': a.type ?? 'application/json; charset=utf-8' }).end(a.body);
      });
      return;
    }
    res.writeHead(404).end('Not Found');
  });
  await new Promise<void>((klaar) => server.listen(0, '127.0.0.1', klaar));
  const adres = server.address();
  const poort = typeof adres === 'object' && adres ? adres.port : 0;
  return {
    url: `http://127.0.0.1:${poort}`,
    verzoeken,
    stop: () =>
      new Promise<void>((klaar) => {
        server.closeAllConnections();
        server.close(() => klaar());
      }),
  };
}
