/**
 * What the coördinator's endpoints share: the bearer-token test (BEHEER_TOKEN, compared in
 * constant time on SHA-256 hashes; not configured = closed for everyone), used by the one
 * authorisation check `beheerder` in ./beheer-toegang.ts, and the one CSV writer (also used by
 * scripts/codes.ts).
 */
import { stringify } from 'csv-stringify/sync';
import { datumTijdCsv } from '../../src/domain/tijd.ts';
import { zelfdeGeheim } from './tokens.ts';

/** True only when a token is configured and the request carries exactly that token. */
export function magBeheren(req: Request, geheim: string | undefined): boolean {
  if (!geheim) return false;
  const m = /^Bearer ([^\s]+)$/.exec(req.headers.get('authorization') ?? '');
  return zelfdeGeheim(m?.[1] ?? '', geheim) && m !== null;
}

/**
 * Text that a spreadsheet would read as the start of a formula (OWASP "CSV injection", ASVS
 * 1.2.10): = + - @, their full-width forms (U+FF1D U+FF0B U+FF0D U+FF20), the minus sign
 * (U+2212), tab, CR, LF and NUL, also after leading (no-break, ideographic) spaces.
 */
const formuleBegin = /^[\s\u00A0\u3000]*[=+\-@\uFF1D\uFF0B\uFF0D\uFF20\u2212]|^[\t\r\n\0]/;

/**
 * One CSV cell's text, before quoting: a Date becomes Amsterdam date and time ("2027-02-20 13:00"),
 * a number its digits, anything else but text empty. Text that could start a formula gets a
 * leading apostrophe, so spreadsheets show it as text. Numbers are ours, never guarded.
 */
export function csvCel(w: unknown): string {
  if (w instanceof Date) return datumTijdCsv(w);
  if (typeof w === 'number') return String(w);
  if (typeof w !== 'string') return '';
  return formuleBegin.test(w) ? `'${w}` : w;
}

/**
 * A CSV file for Dutch office software (Excel with Dutch settings expects `;`): a BOM (so Excel
 * reads UTF-8), `;` between cells, every cell quoted with quotes doubled (RFC 4180), CRLF after
 * every row. Rows are arrays of cell values (see `csvCel`); the first row is the header.
 */
export function csvTekst(rijen: readonly (readonly unknown[])[]): string {
  return stringify(
    rijen.map((r) => r.map(csvCel)),
    { bom: true, delimiter: ';', quoted: true, quoted_empty: true, record_delimiter: '\r\n' },
  );
}
