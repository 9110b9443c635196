/**
 * Letter codes: single-use codes printed in a letter to every address in the affected streets.
 * Easy to type (no 0/O, 1/I/L), shown as "ABCDE-FGHJK"; only the SHA-256 of "<enquete>:<code>"
 * is stored, so the database alone does not give away a usable code list.
 */
import { createHash, randomInt } from 'node:crypto';

export const codeAlfabet = 'ABCDEFGHJKMNPQRSTUVWXYZ23456789';
export const codeLengte = 10;

/** Upper case, without spaces and dashes; undefined when it cannot be a code. */
export function normaliseerCode(invoer: string): string | undefined {
  const c = invoer.toUpperCase().replace(/[\s-]/g, '');
  return c.length === codeLengte && /^[A-Z2-9]+$/.test(c) && !/[01ILO]/.test(c) ? c : undefined;
}

export function codeHash(enquete: string, code: string): Buffer {
  return createHash('sha256').update(`${enquete}:${code}`).digest();
}

/** A new random code, formatted for the letter ("ABCDE-FGHJK"). */
export function nieuweCode(): string {
  const c = Array.from({ length: codeLengte }, () => codeAlfabet[randomInt(codeAlfabet.length)]).join('');
  return `${c.slice(0, 5)}-${c.slice(5)}`;
}
