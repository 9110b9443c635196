/**
 * What a handler needs from outside, in one object, so tests can pass a real PostgreSQL, a fixed
 * "now", a fake real clock and their own avonden, and call the handlers directly with Request objects.
 */
import { standaardBewaarDagen } from '../../src/domain/aanmelding.ts';
import { contentAvonden, type AvondBron } from './avonden.ts';
import { standaardDb, type Db } from './db.ts';
import { contentNieuws, type NieuwsBron } from './nieuwsbron.ts';
import { siteKader, type KaderBron } from './pagina.ts';

export interface Diensten {
  db: () => Promise<Db>;
  avonden: AvondBron;
  /**
   * The content's calendar: sign-up and survey windows, whether an avond has started. WIJK_NU
   * fixes it under `netlify dev`; never use it for anything that measures elapsed time.
   */
  nu: () => Date;
  /**
   * The real clock, always (also under `netlify dev` with WIJK_NU): rate limits, the day stored
   * with an answer, retention, anything that measures elapsed time or happens in the real world.
   */
  klok: () => Date;
  kader: KaderBron;
  /** Sign-up and cancel requests per client per minute; 0 = off. */
  limietPerMinuut: number;
  bewaarDagen: number;
  /** Deliver the outbox right after a sign-up (when SMTP_URL is set). */
  bezorgDirect: boolean;
}

const getal = (naam: string, standaard: number): number => {
  const w = process.env[naam];
  const n = w === undefined || w === '' ? standaard : Number(w);
  return Number.isFinite(n) && n >= 0 ? n : standaard;
};

/**
 * The calendar's "now". Under `netlify dev` only (never in production) WIJK_NU fixes it, like it
 * fixes the build, so the browser tests can sign up for an evening whose registration is open.
 */
function kalenderNu(): () => Date {
  const vast = process.env['NETLIFY_DEV'] === 'true' ? process.env['WIJK_NU'] : undefined;
  const moment = vast ? new Date(vast) : undefined;
  return moment && !Number.isNaN(moment.getTime()) ? () => moment : () => new Date();
}

export function standaardDiensten(): Diensten {
  return {
    db: standaardDb,
    avonden: contentAvonden,
    nu: kalenderNu(),
    klok: () => new Date(),
    kader: siteKader,
    limietPerMinuut: getal('RATE_LIMIT_PER_MINUTE', 10),
    bewaarDagen: getal('BEWAARTERMIJN_DAGEN', standaardBewaarDagen),
    bezorgDirect: true,
  };
}

/** What "volgen" (follow by e-mail) needs on top: the news stream from content, and the site's address for mails sent without a request. */
export interface VolgDiensten extends Diensten {
  nieuws: () => Promise<NieuwsBron>;
  /** "https://wijkgericht.voorschoten.nl": Netlify's URL, for links in mails of the scheduled run. */
  siteUrl: string;
}

export function standaardVolgDiensten(): VolgDiensten {
  return {
    ...standaardDiensten(),
    nieuws: contentNieuws,
    siteUrl: (process.env['URL'] ?? 'http://localhost:8888').replace(/\/$/, ''),
  };
}

/**
 * Scrubs values out of an error message: e-mail addresses, the values in pg's
 * "Key (kolom)=(waarde)", quoted literals ('…', and "…" after a colon or "value"), and token-like
 * strings. Names of tables, columns and constraints stay. At most 300 characters.
 */
export function schoonBericht(tekst: string): string {
  const schoon = tekst
    .replace(/(\bKey \([^)]*\))=\((?:[^()]|\([^()]*\))*\)/g, '$1=(…)')
    .replace(/'(?:[^']|'')*'/g, "'…'")
    .replace(/(:\s*|\bvalue\s+)"(?:[^"\\]|\\.)*"/g, '$1"…"')
    .replace(/[^\s"'(),;:<>@[\]]+@[^\s"'(),;:<>@[\]]+/g, '…@…')
    .replace(/(?=[\w-]*\d)(?=[\w-]*[A-Z])(?=[\w-]*[a-z])[\w-]{20,}/g, '…');
  return schoon.length > 300 ? `${schoon.slice(0, 299)}…` : schoon;
}

const pgVelden = ['constraint', 'table', 'column', 'dataType', 'routine'] as const;

/**
 * What failed, in one line without personal data: the class (or `name`) of the error, whether it
 * is no Error at all, its code and pg's constraint/table/column names, the scrubbed message, and
 * the same for its cause and inner errors (AggregateError), a few levels deep.
 */
export function beschrijfFout(fout: unknown, diepte = 0): string {
  if (fout === null || fout === undefined) return String(fout);
  if (typeof fout === 'string') return `string "${schoonBericht(fout)}"`;
  if (typeof fout === 'function') return 'function';
  if (typeof fout === 'number' || typeof fout === 'boolean' || typeof fout === 'bigint')
    return `${typeof fout} ${String(fout)}`;
  if (typeof fout !== 'object') return typeof fout;
  const f = fout as Record<string, unknown>;
  const klasse = (Object.getPrototypeOf(fout) as { constructor?: { name?: unknown } } | null)?.constructor?.name;
  const naam = typeof f['name'] === 'string' && f['name'] !== '' ? f['name'] : undefined;
  const soort =
    naam && naam !== 'Error' && naam !== 'error'
      ? naam
      : typeof klasse === 'string' && klasse
        ? klasse
        : (naam ?? 'object');
  const delen = [fout instanceof Error ? soort : `${soort} (geen Error)`];
  const extra = [
    ...(['code', ...pgVelden] as const)
      .filter((v) => typeof f[v] === 'string' || typeof f[v] === 'number')
      .map((v) => `${v}=${schoonBericht(String(f[v] as string | number))}`),
  ];
  if (extra.length > 0) delen.push(`[${extra.join(' ')}]`);
  if (typeof f['message'] === 'string' && f['message'] !== '') delen.push(schoonBericht(f['message']));
  else if (!(fout instanceof Error)) delen.push(`{${Object.keys(f).slice(0, 10).join(', ')}}`);
  if (diepte < 3) {
    const binnen = Array.isArray(f['errors']) ? (f['errors'] as unknown[]) : [];
    binnen.slice(0, 3).forEach((b, i) => delen.push(`(${i + 1}/${binnen.length}: ${beschrijfFout(b, diepte + 1)})`));
    if (f['cause'] !== undefined) delen.push(`← oorzaak: ${beschrijfFout(f['cause'], diepte + 1)}`);
  }
  return delen.join(' ');
}

/**
 * Logs a failure of one step, e.g. `logFout('aanmelden/opslaan', fout)`: the step and
 * `beschrijfFout` (class, code, constraint/column names, scrubbed message). Never names, e-mail
 * addresses, tokens or other values.
 */
export function logFout(stap: string, fout: unknown): void {
  console.error(`[${stap}] ${beschrijfFout(fout)}`);
}
