/**
 * public/.well-known/security.txt follows RFC 9116: Contact and Expires are present, Expires is
 * a valid date in the future (relative to a fixed date, so the test does not depend on the day
 * it runs) and at most a year ahead, and fields that may appear once appear once.
 *
 * Refresh Expires yearly; then move GESCHREVEN to the day you did.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

/** The day security.txt was last refreshed. */
const GESCHREVEN = new Date('2026-11-27T00:00:00Z');
const JAAR_MS = 366 * 24 * 60 * 60 * 1000;
const SITE = 'https://wijkgericht.voorschoten.example';

interface Veld {
  naam: string;
  waarde: string;
  regel: number;
}

/** Parses security.txt (RFC 9116 §4): comments, empty lines and "Name: value" fields. */
function leesSecurityTxt(tekst: string): { velden: Veld[]; fouten: string[] } {
  const velden: Veld[] = [];
  const fouten: string[] = [];
  if (tekst.startsWith('-----BEGIN PGP SIGNED MESSAGE-----'))
    fouten.push('signed files are not supported by this check');
  tekst.split(/\r?\n/).forEach((r, i) => {
    const regel = i + 1;
    if (r.trim() === '' || r.startsWith('#')) return;
    const m = /^([A-Za-z0-9-]+):[ \t]*(.*?)[ \t]*$/.exec(r);
    if (!m?.[1] || !m[2]) {
      fouten.push(`regel ${regel}: geen veld "Naam: waarde": ${r}`);
      return;
    }
    velden.push({ naam: m[1].toLowerCase(), waarde: m[2], regel });
  });
  return { velden, fouten };
}

const tekst = readFileSync(resolve(import.meta.dirname, '../../public/.well-known/security.txt'), 'utf8');
const { velden, fouten } = leesSecurityTxt(tekst);
const alle = (naam: string) => velden.filter((v) => v.naam === naam).map((v) => v.waarde);

describe('security.txt (RFC 9116)', () => {
  it('parses: only comments, empty lines and fields', () => {
    expect(fouten).toEqual([]);
    expect(tekst.endsWith('\n')).toBe(true);
  });

  it('has at least one Contact, each an https:, mailto: or tel: URI', () => {
    const contacten = alle('contact');
    expect(contacten.length).toBeGreaterThanOrEqual(1);
    for (const c of contacten) expect(c).toMatch(/^(https:\/\/\S+|mailto:[^@\s]+@[^@\s]+|tel:\+?[\d-]+)$/);
    expect(contacten).toContain('mailto:security@voorschoten.example');
  });

  it('has exactly one Expires, an RFC 3339 date in the future and at most a year ahead', () => {
    const expires = alle('expires');
    expect(expires).toHaveLength(1);
    const waarde = expires[0] ?? '';
    expect(waarde).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/);
    const datum = new Date(waarde);
    expect(Number.isNaN(datum.getTime())).toBe(false);
    expect(datum.getTime()).toBeGreaterThan(GESCHREVEN.getTime());
    expect(datum.getTime() - GESCHREVEN.getTime()).toBeLessThanOrEqual(JAAR_MS);
    expect(datum.toISOString()).toBe('2027-11-26T23:00:00.000Z');
  });

  it('says in a comment that Expires must be refreshed yearly', () => {
    expect(
      tekst
        .split('\n')
        .filter((r) => r.startsWith('#'))
        .join(' '),
    ).toMatch(/Expires/);
  });

  it('Preferred-Languages at most once: nl, en', () => {
    expect(alle('preferred-languages')).toEqual(['nl, en']);
  });

  it('Canonical is the https address where the file is served', () => {
    expect(alle('canonical')).toEqual([`${SITE}/.well-known/security.txt`]);
  });

  it('Policy, if any, points to our own site but not the accessibility statement', () => {
    for (const p of alle('policy')) {
      expect(p.startsWith(`${SITE}/`)).toBe(true);
      expect(p).not.toContain('/toegankelijkheid/');
    }
  });

  it('the parser rejects a second Expires and lines that are not fields', () => {
    const kapot = leesSecurityTxt(
      'Contact: mailto:a@b.example\nExpires: 2027-01-01T00:00:00Z\nExpires: 2028-01-01T00:00:00Z\nzomaar tekst\n',
    );
    expect(kapot.velden.filter((v) => v.naam === 'expires')).toHaveLength(2);
    expect(kapot.fouten).toEqual(['regel 4: geen veld "Naam: waarde": zomaar tekst']);
  });
});
