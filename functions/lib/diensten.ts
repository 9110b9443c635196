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

/** Never log names, e-mail addresses or tokens: only the kind of error and the route. */
export function logFout(route: string, fout: unknown): void {
  const soort = fout instanceof Error ? fout.name : typeof fout;
  const code = fout && typeof fout === 'object' && 'code' in fout ? ` code=${String(fout.code)}` : '';
  console.error(`[${route}] ${soort}${code}`);
}
