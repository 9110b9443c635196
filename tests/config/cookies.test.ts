/**
 * No cookies for residents: the only code that may set one is staff-only: the session of the
 * workplace (functions/lib/beheer-toegang.ts, used by functions/beheer-werkplek.ts) and the
 * short-lived state cookie of the CMS sign-in with GitHub (functions/cms-auth.ts, Path=/api/cms-auth).
 * A new function that sets a cookie fails here; tests/browser/beheer.test.ts checks the running
 * routes too.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');

function bestanden(map: string): string[] {
  return readdirSync(map).flatMap((naam) => {
    const pad = join(map, naam);
    if (statSync(pad).isDirectory()) return bestanden(pad);
    return /\.(ts|mjs|astro)$/.test(naam) ? [pad] : [];
  });
}

describe('cookies', () => {
  it('only the staff session and the CMS sign-in set a cookie', () => {
    const zetten = [...bestanden(join(root, 'functions')), ...bestanden(join(root, 'src'))]
      .filter((pad) => /set-cookie|document\.cookie|cookies\.set/i.test(readFileSync(pad, 'utf8')))
      .map((pad) => relative(root, pad))
      .sort();
    expect(zetten).toEqual([
      'functions/beheer-werkplek.ts',
      'functions/cms-auth.ts',
      'functions/lib/beheer-toegang.ts',
    ]);
  });
});
