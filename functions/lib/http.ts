/**
 * HTTP plumbing shared by the functions: body limit (16 kB → 413), content-type check (→ 415),
 * form or JSON parsing (→ 400), content negotiation (HTML for browsers, JSON for clients that ask
 * for it), the per-client rate limit kept in the database (→ 429), and the path of a request
 * (including netlify dev's follow-ups after a 403 or 404, see `verzoekPad`).
 */
import { createHash, createHmac } from 'node:crypto';
import type { Querier } from './db.ts';

export const bodyLimiet = 16 * 1024;

export class HttpFout extends Error {
  readonly status: number;
  readonly melding: string;
  constructor(status: number, melding: string) {
    super(melding);
    this.name = 'HttpFout';
    this.status = status;
    this.melding = melding;
  }
}

/** JSON when the client asks for it (Accept: application/json) and does not prefer HTML. */
export function wilJson(req: Request): boolean {
  const accept = req.headers.get('accept') ?? '';
  if (/application\/json/i.test(accept) && !/text\/html/i.test(accept)) return true;
  if (accept === '' || accept === '*/*') return /application\/json/i.test(req.headers.get('content-type') ?? '');
  return false;
}

async function leesTekst(req: Request): Promise<string> {
  const lengte = Number(req.headers.get('content-length') ?? '0');
  if (lengte > bodyLimiet) throw new HttpFout(413, 'Wat u verstuurt is te groot.');
  if (!req.body) return '';
  const lezer = req.body.getReader();
  const delen: Uint8Array[] = [];
  let totaal = 0;
  for (;;) {
    const { done, value } = await lezer.read();
    if (done) break;
    totaal += value.byteLength;
    if (totaal > bodyLimiet) {
      await lezer.cancel();
      throw new HttpFout(413, 'Wat u verstuurt is te groot.');
    }
    delen.push(value);
  }
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(Buffer.concat(delen));
  } catch {
    throw new HttpFout(400, 'De tekst is niet goed leesbaar (geen UTF-8).');
  }
}

/**
 * The fields of a form post or a JSON object, as text. A field may not occur twice and a JSON value
 * must be text (or a number): 400 otherwise.
 */
export async function leesVelden(req: Request): Promise<Record<string, string>> {
  return (await leesRuweVelden(req, false)) as Record<string, string>;
}

/**
 * Like `leesVelden`, but a field may occur more than once (checkboxes of a survey question) or be
 * a JSON array of strings: those become string arrays.
 */
export function leesVeldenMetLijsten(req: Request): Promise<Record<string, string | string[]>> {
  return leesRuweVelden(req, true);
}

async function leesRuweVelden(req: Request, lijsten: boolean): Promise<Record<string, string | string[]>> {
  const type = (req.headers.get('content-type') ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
  if (type !== 'application/x-www-form-urlencoded' && type !== 'application/json') {
    throw new HttpFout(415, 'Verstuur het formulier als formulier of als JSON.');
  }
  const tekst = await leesTekst(req);
  const velden: Record<string, string | string[]> = {};
  if (type === 'application/json') {
    let data: unknown;
    try {
      data = JSON.parse(tekst);
    } catch {
      throw new HttpFout(400, 'Dit is geen geldige JSON.');
    }
    if (!data || typeof data !== 'object' || Array.isArray(data)) throw new HttpFout(400, 'Verstuur een JSON-object.');
    for (const [k, v] of Object.entries(data)) {
      if (typeof v === 'string') velden[k] = v;
      else if (typeof v === 'number' && Number.isFinite(v)) velden[k] = String(v);
      else if (lijsten && Array.isArray(v) && v.length <= 100 && v.every((x) => typeof x === 'string')) velden[k] = v;
      else if (v !== null && v !== undefined)
        throw new HttpFout(400, `Veld "${k.slice(0, 40)}" moet tekst${lijsten ? ' of een lijst met tekst' : ''} zijn.`);
    }
    return velden;
  }
  for (const [k, v] of new URLSearchParams(tekst)) {
    const al = velden[k];
    if (al !== undefined && !lijsten) throw new HttpFout(400, 'Een veld staat dubbel in het formulier.');
    velden[k] = al === undefined ? v : Array.isArray(al) ? [...al, v] : [al, v];
  }
  return velden;
}

export const json = (data: unknown, status = 200, extra: Record<string, string> = {}): Response =>
  Response.json(data, { status, headers: { 'cache-control': 'no-store', ...extra } });

/**
 * The client's address as a keyed hash (HMAC-SHA-256): the rate limit never stores an IP address,
 * and without the secret the stored key cannot be turned back into one by trying all addresses.
 * The secret is LIMIET_GEHEIM, else BEHEER_TOKEN (set in production anyway); neither is in the
 * database. Without both (a local machine) a fixed key is used.
 */
export function clientSleutel(
  req: Request,
  ip?: string,
  geheim: string | undefined = process.env['LIMIET_GEHEIM'] ?? process.env['BEHEER_TOKEN'],
): string {
  if (verzoekPad(req).vervolg) return alGeteld;
  const adres =
    ip ??
    req.headers.get('x-nf-client-connection-ip') ??
    req.headers.get('x-forwarded-for')?.split(',')[0]?.trim() ??
    'onbekend';
  const sleutel = createHash('sha256')
    .update(`wijkgericht-voorschoten:limiet:${geheim ?? ''}`)
    .digest();
  return createHmac('sha256', sleutel).update(adres).digest('base64url').slice(0, 22);
}

/**
 * What a resident reads after a 429 (the rate limit of {@link binnenLimiet}), with what was kept,
 * e.g. "Wat u invulde, staat er nog.".
 */
export const teVaakMelding = (bewaard?: string): string =>
  `U heeft in korte tijd vaak iets verstuurd. Wacht een minuut en probeer het dan opnieuw.${bewaard ? ` ${bewaard}` : ''}`;

/**
 * Counts this request in the client's current minute; false when over `perMinuut` (0 = no limit).
 * `echtNu` must come from the real clock (`d.klok()`), never from the calendar's configurable
 * "now": with a fixed now every request would fall in the same minute and be refused forever.
 * A netlify dev follow-up (key `alGeteld`) is not counted again.
 */
export async function binnenLimiet(db: Querier, sleutel: string, perMinuut: number, echtNu: Date): Promise<boolean> {
  if (perMinuut <= 0 || sleutel === alGeteld) return true;
  const minuut = new Date(Math.floor(echtNu.getTime() / 60_000) * 60_000);
  const [r] = await db.query<{ aantal: number }>(
    `INSERT INTO verzoek_teller (sleutel, minuut, aantal) VALUES ($1, $2, 1)
     ON CONFLICT (sleutel, minuut) DO UPDATE SET aantal = verzoek_teller.aantal + 1 RETURNING aantal`,
    [sleutel, minuut],
  );
  return (r?.aantal ?? 0) <= perMinuut;
}

/**
 * netlify dev (never production) treats a 403 or 404 from a function like a missing static file:
 * it asks the SAME function again for <path>.html, <path>.htm, <path>/index.html and
 * <path>/index.htm and passes on only the last answer (netlify-cli, dist/utils/proxy.js:
 * `alternativePathsFor` exempts only /.netlify/functions/ URLs, not `config.path` routes). Without
 * care that last answer was "does not exist" (404) for every 403 or 404 a function gave.
 */
const devVervolg = /(?:\.html?|\/index\.html?)$/;

/**
 * The path a request is for. Under netlify dev, a follow-up as above (`vervolg`) is answered as
 * the path it was made from, so the resident gets the function's own status and text.
 */
export function verzoekPad(req: Request): { pad: string; vervolg: boolean } {
  const pad = new URL(req.url).pathname;
  if (process.env['NETLIFY_DEV'] !== 'true' || !devVervolg.test(pad)) return { pad, vervolg: false };
  return { pad: pad.replace(devVervolg, ''), vervolg: true };
}

/** The rate-limit key of a netlify dev follow-up: its original request was counted already. */
const alGeteld = 'netlify-dev-vervolg';

/** Matches "/api/avonden/<slug>/aanmeldingen" style paths; returns the named parts. */
export function padDelen(req: Request, patroon: RegExp): Record<string, string> | undefined {
  const m = patroon.exec(new URL(req.url).pathname) ?? patroon.exec(verzoekPad(req).pad);
  return m?.groups ? { ...m.groups } : undefined;
}
