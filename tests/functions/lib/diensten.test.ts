/**
 * The error log says what failed (step, class, code, constraint/column names, message) and never
 * carries personal data. It used to say only "[aanmelden] object" for the 500s on sign-up under
 * netlify dev, where `ics` threw a yup ValidationError that is not an instance of Error.
 */
import { afterEach, describe, expect, inject, it, vi } from 'vitest';
import { beschrijfFout, logFout, schoonBericht } from '../../../functions/lib/diensten.ts';
import { DatabaseOnbereikbaar } from '../../../functions/lib/db.ts';
import { nieuweDatabase, verbind } from '../../support/database.ts';

/** As node-postgres makes it: class DatabaseError, name "error", with pg's fields. */
class DatabaseError extends Error {
  constructor(message: string, velden: Record<string, string>) {
    super(message);
    this.name = 'error';
    Object.assign(this, velden);
  }
}

const email = 'jan.jansen@voorbeeld.nl';
const token = 'q3T9xZk2LmP0vB7wR5yN8cD1fG4hJ6sA-uE_iO2aQwE';

describe('schoonBericht', () => {
  it.each([
    [`Key (avond, email)=(buurthuis, ${email}) already exists.`, 'Key (avond, email)=(…) already exists.'],
    [`invalid input syntax for type integer: "${email}"`, 'invalid input syntax for type integer: "…"'],
    [`value "99999999999" is out of range for type integer`, 'value "…" is out of range for type integer'],
    [`syntax error at or near 'Jan Jansen'`, "syntax error at or near '…'"],
    [`mail aan ${email} mislukt`, 'mail aan …@… mislukt'],
    [`token ${token} onbekend`, 'token … onbekend'],
    [
      'duplicate key value violates unique constraint "aanmelding_avond_email_key"',
      'duplicate key value violates unique constraint "aanmelding_avond_email_key"',
    ],
    [
      'null value in column "naam" of relation "aanmelding" violates not-null constraint',
      'null value in column "naam" of relation "aanmelding" violates not-null constraint',
    ],
  ])('%s → %s', (in_, uit) => {
    expect(schoonBericht(in_)).toBe(uit);
  });

  it('keeps at most 300 characters', () => {
    expect(schoonBericht('x '.repeat(400)).length).toBe(300);
  });
});

describe('beschrijfFout and logFout', () => {
  afterEach(() => vi.restoreAllMocks());

  it('logs step, class, code, constraint and table of a pg error, without the values of its detail', () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => undefined);
    const fout = new DatabaseError('duplicate key value violates unique constraint "aanmelding_avond_email_key"', {
      code: '23505',
      detail: `Key (avond, email)=(buurthuis, ${email}) already exists.`,
      constraint: 'aanmelding_avond_email_key',
      table: 'aanmelding',
      schema: 'public',
    });
    logFout('aanmelden/opslaan', fout);
    expect(log).toHaveBeenCalledTimes(1);
    const regel = String(log.mock.calls[0]?.[0]);
    expect(regel).toBe(
      '[aanmelden/opslaan] DatabaseError [code=23505 constraint=aanmelding_avond_email_key table=aanmelding] duplicate key value violates unique constraint "aanmelding_avond_email_key"',
    );
    expect(regel).not.toContain(email);
  });

  it('describes a throwable that is not an Error (yup ValidationError from `ics`) by its name and message', () => {
    const yup = {
      name: 'ValidationError',
      message: 'url must match the following: "/^(?:([a-z0-9+.-]+):\\/\\/)/"',
      errors: ['url must match'],
      value: 'http://[::1]:8891/avonden/x/',
      [Symbol.toStringTag]: 'Error',
    };
    expect(beschrijfFout(yup)).toMatch(/^ValidationError \(geen Error\) url must match the following: "…"/);
    expect(beschrijfFout(`kapot bij ${email}`)).toBe('string "kapot bij …@…"');
    expect(beschrijfFout(undefined)).toBe('undefined');
    expect(beschrijfFout(42)).toBe('number 42');
    expect(beschrijfFout({ aan: email, onderwerp: 'x' })).toBe('Object (geen Error) {aan, onderwerp}');
  });

  it('follows the cause and the inner errors of an AggregateError (a database that is down)', () => {
    const weg = new AggregateError(
      [
        Object.assign(new Error('connect ECONNREFUSED ::1:5432'), { code: 'ECONNREFUSED' }),
        Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' }),
      ],
      '',
    );
    expect(beschrijfFout(new DatabaseOnbereikbaar(weg))).toBe(
      'DatabaseOnbereikbaar De database is niet bereikbaar ← oorzaak: AggregateError (1/2: Error [code=ECONNREFUSED] connect ECONNREFUSED ::1:5432) (2/2: Error [code=ECONNREFUSED] connect ECONNREFUSED 127.0.0.1:5432)',
    );
  });

  const server = inject('pgServerUrl');
  it.runIf(server)('describes a real error of PostgreSQL without the value that caused it', async () => {
    const db = verbind(await nieuweDatabase(server), 1);
    try {
      const fout = await db.query(`SELECT $1::int`, [email]).catch((f: unknown) => f);
      const tekst = beschrijfFout(fout);
      expect(tekst).toMatch(/^DatabaseError \[code=22P02 routine=\w+\] invalid input syntax for type integer: "…"$/);
      expect(tekst).not.toContain('jansen');
    } finally {
      await db.close();
    }
  });
});
