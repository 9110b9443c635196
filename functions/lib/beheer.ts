/**
 * What the coördinator's endpoints share: the bearer-token check (BEHEER_TOKEN, compared in
 * constant time on SHA-256 hashes; not configured = closed for everyone) and CSV cells.
 */
import { createHash, timingSafeEqual } from 'node:crypto';

const sha = (s: string): Buffer => createHash('sha256').update(s).digest();

/** True only when a token is configured and the request carries exactly that token. */
export function magBeheren(req: Request, geheim: string | undefined): boolean {
  if (!geheim) return false;
  const m = /^Bearer ([^\s]+)$/.exec(req.headers.get('authorization') ?? '');
  return timingSafeEqual(sha(m?.[1] ?? ''), sha(geheim)) && m !== null;
}

/** RFC 4180, with a guard against formula injection in spreadsheet programs. */
export function csvCel(w: unknown): string {
  let s = w instanceof Date ? w.toISOString() : typeof w === 'string' || typeof w === 'number' ? String(w) : '';
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return `"${s.replace(/"/g, '""')}"`;
}

/** 405 for anything but GET, 401 without the right token; undefined when the request may go on. */
export function beheerWeigering(req: Request, geheim: string | undefined): Response | undefined {
  if (req.method !== 'GET') return new Response('Gebruik GET.', { status: 405, headers: { allow: 'GET' } });
  if (!magBeheren(req, geheim)) {
    return new Response('Niet toegestaan.', {
      status: 401,
      headers: { 'www-authenticate': 'Bearer realm="beheer"', 'cache-control': 'no-store' },
    });
  }
  return undefined;
}
