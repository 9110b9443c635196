/**
 * Who may use the coördinator's workplace, and how they sign in. ONE check (`beheerder`) serves
 * both ways in: a script with `Authorization: Bearer <BEHEER_TOKEN>`, and a person with a session
 * cookie got through a one-time sign-in link mailed to an address in BEHEER_EMAILS.
 *
 * - Sign-in link: 256 random bits, only the SHA-256 stored, valid 15 minutes (real clock), used
 *   at most once: one UPDATE checks and uses it.
 * - Session: a new random token in a cookie `HttpOnly; Secure; SameSite=Strict; Path=/beheer`,
 *   8 hours, only its SHA-256 stored; signing out deletes the row.
 * - Every state-changing request must come from our own origin (`zelfdeHerkomst`).
 * - The audit log (`logboek`) records who viewed or exported personal data.
 *
 * Residents never get a cookie: this module (the staff session) is one of the two places that set
 * one; the other is the CMS sign-in's short-lived state cookie (functions/cms-auth.ts, staff only,
 * Path=/api/cms-auth). tests/config/cookies.test.ts keeps that list.
 */
import { inlogLinkMinuten, sessieUren } from '../../src/domain/beheer.ts';
import type { Db, Querier } from './db.ts';
import { magBeheren } from './beheer.ts';
import { zetInOutbox } from './outbox.ts';
import { hashToken, isTokenVorm, nieuwToken, tokenUitCookie } from './tokens.ts';

export const sessieCookie = 'vs_beheer';
export const sessiePad = '/beheer';

/**
 * Headers of every staff response: never cached, never indexed, no referrer (with a sign-in
 * token in it) to other sites. Not `no-referrer`: then browsers send `Origin: null` with a form
 * POST, and `zelfdeHerkomst` would refuse our own forms.
 */
export const beheerKoppen: Readonly<Record<string, string>> = {
  'cache-control': 'no-store',
  'x-robots-tag': 'noindex, nofollow',
  'referrer-policy': 'same-origin',
};

/** The Set-Cookie value for a new session (max age 8 hours). */
export const sessieCookieKop = (token: string): string =>
  `${sessieCookie}=${token}; Path=${sessiePad}; Max-Age=${sessieUren * 3600}; HttpOnly; Secure; SameSite=Strict`;

/** The Set-Cookie value that removes the session cookie. */
export const wisCookieKop = `${sessieCookie}=; Path=${sessiePad}; Max-Age=0; HttpOnly; Secure; SameSite=Strict`;

/** The session token in the request's Cookie header, if it has the form of a token. */
export const sessieToken = (req: Request): string | undefined => tokenUitCookie(req, sessieCookie);

/** The link in the sign-in mail: it shows a page with one button; only that POST uses the token. */
export const inlogUrl = (basisUrl: string, token: string): string => `${basisUrl}/beheer/inloggen/${token}`;

/**
 * Puts a sign-in link for `email` in the outbox when the address is in `adressen`; otherwise
 * writes nothing. Returns whether a link was made (the caller answers the same either way).
 * `klok` is the real clock.
 */
export async function vraagInlogAan(
  db: Db,
  email: string,
  adressen: ReadonlySet<string>,
  klok: Date,
  basisUrl: string,
): Promise<boolean> {
  if (!adressen.has(email)) return false;
  const token = nieuwToken();
  await db.transaction(async (tx) => {
    await tx.query('INSERT INTO beheer_inloglink (token_hash, email, verloopt) VALUES ($1, $2, $3)', [
      hashToken(token),
      email,
      new Date(klok.getTime() + inlogLinkMinuten * 60_000),
    ]);
    await zetInOutbox(tx, null, email, {
      soort: 'beheer-inloggen',
      onderwerp: 'Inloggen op de werkplek wijkgericht werken',
      tekst: [
        'U vroeg om in te loggen op de werkplek wijkgericht werken.',
        '',
        `Open deze link en kies "Inloggen": ${inlogUrl(basisUrl, token)}`,
        '',
        `De link werkt ${inlogLinkMinuten} minuten en maar één keer. Deel hem met niemand.`,
        'Vroeg u hier niet om? Dan kunt u deze e-mail weggooien.',
      ].join('\n'),
    });
  });
  return true;
}

/** Whether a sign-in link can still be used at `klok` (real clock), without using it: for the page behind the link. */
export async function inlogLinkGeldig(db: Querier, token: string, klok: Date): Promise<boolean> {
  if (!isTokenVorm(token)) return false;
  const r = await db.query(
    'SELECT 1 FROM beheer_inloglink WHERE token_hash = $1 AND gebruikt IS NULL AND verloopt > $2',
    [hashToken(token), klok],
  );
  return r.length === 1;
}

/**
 * Uses a sign-in link: valid only if unused and not expired at `klok` (the real clock), and
 * from then on used. Returns a new session token (stored hashed, valid 8 hours), or undefined.
 */
export async function gebruikInlogLink(db: Db, token: string, klok: Date): Promise<string | undefined> {
  if (!isTokenVorm(token)) return undefined;
  return db.transaction(async (tx) => {
    const [link] = await tx.query<{ email: string }>(
      `UPDATE beheer_inloglink SET gebruikt = $2
       WHERE token_hash = $1 AND gebruikt IS NULL AND verloopt > $2 RETURNING email`,
      [hashToken(token), klok],
    );
    if (!link) return undefined;
    const sessie = nieuwToken();
    await tx.query('INSERT INTO beheer_sessie (token_hash, email, gemaakt, verloopt) VALUES ($1, $2, $3, $4)', [
      hashToken(sessie),
      link.email,
      klok,
      new Date(klok.getTime() + sessieUren * 3_600_000),
    ]);
    return sessie;
  });
}

/** Deletes the request's session (signing out): the cookie is worthless from then on. */
export async function beeindigSessie(db: Querier, req: Request): Promise<void> {
  const token = sessieToken(req);
  if (token) await db.query('DELETE FROM beheer_sessie WHERE token_hash = $1', [hashToken(token)]);
}

export interface Beheerder {
  /** For the audit log: the staff member's address, or "script (BEHEER_TOKEN)". */
  wie: string;
  via: 'token' | 'sessie';
}

/**
 * THE authorisation check of every staff route: a script with the bearer token (`magBeheren`),
 * or a live session (cookie, not expired at `klok`, the real clock). Undefined: not allowed.
 */
export async function beheerder(
  req: Request,
  db: () => Promise<Db>,
  klok: Date,
  geheim: string | undefined,
): Promise<Beheerder | undefined> {
  if (magBeheren(req, geheim)) return { wie: 'script (BEHEER_TOKEN)', via: 'token' };
  const token = sessieToken(req);
  if (!token) return undefined;
  const [s] = await (
    await db()
  ).query<{ email: string }>('SELECT email FROM beheer_sessie WHERE token_hash = $1 AND verloopt > $2', [
    hashToken(token),
    klok,
  ]);
  return s ? { wie: s.email, via: 'sessie' } : undefined;
}

/**
 * True when a state-changing request comes from a page of this site: its Origin header is our
 * own origin. Browsers send Origin with every form POST; without it the request is refused.
 */
export function zelfdeHerkomst(req: Request): boolean {
  const herkomst = req.headers.get('origin');
  return herkomst !== null && herkomst === new URL(req.url).origin;
}

/** One row in the audit log: who (see `Beheerder.wie`) viewed or exported what, at `klok` (real clock). */
export async function logboek(db: Querier, wie: string, wat: string, klok: Date): Promise<void> {
  await db.query('INSERT INTO beheer_logboek (moment, wie, wat) VALUES ($1, $2, $3)', [klok, wie, wat]);
}

export interface LogboekRij {
  moment: Date;
  wie: string;
  wat: string;
}

/** The newest rows of the audit log. */
export function leesLogboek(db: Querier, limiet = 200): Promise<LogboekRij[]> {
  return db.query<LogboekRij>('SELECT moment, wie, wat FROM beheer_logboek ORDER BY id DESC LIMIT $1', [limiet]);
}

/**
 * Retention of the workplace: audit rows older than `logboekDagen`, sign-in links and sessions
 * that expired more than a day ago. `klok` is the real clock. Returns the audit rows deleted.
 */
export async function ruimBeheerOp(db: Querier, klok: Date, logboekDagen: number): Promise<number> {
  const weg = await db.query(
    `DELETE FROM beheer_logboek WHERE moment < $1::timestamptz - make_interval(days => $2::int) RETURNING id`,
    [klok, logboekDagen],
  );
  await db.query(`DELETE FROM beheer_inloglink WHERE verloopt < $1::timestamptz - interval '1 day'`, [klok]);
  await db.query(`DELETE FROM beheer_sessie WHERE verloopt < $1::timestamptz - interval '1 day'`, [klok]);
  return weg.length;
}

/**
 * The check as a staff route uses it: 405 for a method other than `methode`, 401 (no-store) when
 * `beheerder` says no; otherwise who it is.
 */
export async function beheerToegang(
  req: Request,
  d: { db: () => Promise<Db>; klok: () => Date },
  geheim: string | undefined,
  methode = 'GET',
): Promise<Beheerder | Response> {
  if (req.method !== methode) {
    return new Response(`Gebruik ${methode}.`, { status: 405, headers: { allow: methode, ...beheerKoppen } });
  }
  const wie = await beheerder(req, d.db, d.klok(), geheim);
  if (wie) return wie;
  return new Response('Niet toegestaan.', {
    status: 401,
    headers: { 'www-authenticate': 'Bearer realm="beheer"', ...beheerKoppen },
  });
}
