/**
 * Tokens and references. A manage link carries 256 random bits (URL-safe); only their SHA-256 is
 * stored. A reference is short and readable, for the phone and the attendance list, not a secret.
 */
import { createHash, randomBytes, timingSafeEqual } from 'node:crypto';

/** 256 random bits, URL-safe. Only its SHA-256 is stored. */
export const nieuwToken = (): string => randomBytes(32).toString('base64url');
export const hashToken = (token: string): Buffer => createHash('sha256').update(token).digest();
export const isTokenVorm = (t: string): boolean => /^[A-Za-z0-9_-]{43}$/.test(t);
/** Whether two secrets are equal, in constant time (compares their SHA-256, so any lengths). */
export const zelfdeGeheim = (a: string, b: string): boolean => timingSafeEqual(hashToken(a), hashToken(b));

/** The token in the request's cookie `naam`, if there is one with the form of a token (staff cookies only). */
export function tokenUitCookie(req: Request, naam: string): string | undefined {
  for (const deel of (req.headers.get('cookie') ?? '').split(';')) {
    const [sleutel, ...rest] = deel.trim().split('=');
    const waarde = rest.join('=');
    if (sleutel === naam && isTokenVorm(waarde)) return waarde;
  }
  return undefined;
}

const tekens = '0123456789ABCDEFGHJKMNPQRSTVWXYZ';
/** "VS-7K3M-Q9PX": 40 random bits in Crockford base32, easy to read out on the phone. */
export function nieuweReferentie(): string {
  const b = randomBytes(8);
  const s = Array.from(b, (x) => tekens[x % 32]).join('');
  return `VS-${s.slice(0, 4)}-${s.slice(4, 8)}`;
}

export const beheerUrl = (basisUrl: string, token: string): string => `${basisUrl}/api/aanmeldingen/${token}`;
