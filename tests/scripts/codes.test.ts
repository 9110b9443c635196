/**
 * `npm run codes`: unambiguous, unique codes; only hashes in the database; a stored code is
 * accepted by the same normalisation the answer function uses (dashes, spaces, lower case).
 */
import { readFile } from 'node:fs/promises';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Db } from '../../functions/lib/db.ts';
import { codeHash, normaliseerCode } from '../../functions/lib/enquete-codes.ts';
import { codesCsv, maakCodes } from '../../scripts/codes.ts';
import { pgliteDb } from '../support/pglite-db.ts';

describe('npm run codes', () => {
  let db: Db;
  beforeAll(async () => {
    db = await pgliteDb();
    await db.query(await readFile('db/migrations/0002_enquetes/migration.sql', 'utf8'));
  });
  afterAll(() => db.close());

  it('makes unique, easy-to-type codes and stores only their hashes', async () => {
    const codes = await maakCodes(db, 'herinrichting-jan-evertsenlaan', 300);
    expect(codes).toHaveLength(300);
    expect(new Set(codes).size).toBe(300);
    for (const c of codes) expect(c).toMatch(/^[A-HJKMNP-Z2-9]{5}-[A-HJKMNP-Z2-9]{5}$/);
    const rijen = await db.query<{ code_hash: Uint8Array; gebruikt: boolean }>(
      `SELECT code_hash, gebruikt FROM enquete_code WHERE enquete = 'herinrichting-jan-evertsenlaan'`,
    );
    expect(rijen).toHaveLength(300);
    expect(rijen.every((r) => r.code_hash.length === 32 && !r.gebruikt)).toBe(true);
    // The table holds no code in clear text, only hashes that match the normalised code.
    const hashes = new Set(rijen.map((r) => Buffer.from(r.code_hash).toString('hex')));
    const eerste = codes[0]!;
    const getypt = ` ${eerste.toLowerCase().replace('-', ' ')} `;
    expect(hashes.has(codeHash('herinrichting-jan-evertsenlaan', normaliseerCode(getypt)!).toString('hex'))).toBe(true);
    expect(JSON.stringify(await db.query('SELECT * FROM enquete_code'))).not.toContain(eerste.replace('-', ''));
  });

  it('writes a CSV for the mail merge and refuses a silly number', async () => {
    expect(codesCsv(['ABCDE-FGHJK', 'KMNPQ-RSTUV'])).toBe('\ufeff"code"\r\n"ABCDE-FGHJK"\r\n"KMNPQ-RSTUV"\r\n');
    await expect(maakCodes(db, 'x', 0)).rejects.toThrow(/geheel getal/);
  });

  it('normalises what residents type, and refuses look-alike characters', () => {
    expect(normaliseerCode('abcde-fghjk')).toBe('ABCDEFGHJK');
    expect(normaliseerCode('ABCDE-FGHJ0')).toBeUndefined();
    expect(normaliseerCode('ABCDE')).toBeUndefined();
  });
});
