/**
 * The real berichten in content/berichten/: valid, consistent with the other content and the
 * street index, enough sample news, and current nuisance around the sample dates.
 */
import { describe, expect, it } from 'vitest';
import { controleerInhoud, formatteerProblemen } from '../../src/domain/integriteit.ts';
import { hinderNuEnStraks, nieuwsStroom } from '../../src/domain/nieuws.ts';
import { leesInhoud } from '../support/inhoud.ts';

const inhoud = leesInhoud();

describe('content/berichten/', () => {
  it('refer to existing projects, wijken and streets, with possible periods', () => {
    const problemen = controleerInhoud(inhoud);
    expect(problemen, formatteerProblemen(problemen)).toEqual([]);
  });

  it('has at least 25 sample berichten over at least 8 projects, each with a short body', () => {
    expect(inhoud.berichten.length).toBeGreaterThanOrEqual(25);
    expect(new Set(inhoud.berichten.flatMap((b) => b.data.projecten)).size).toBeGreaterThanOrEqual(8);
    for (const b of inhoud.berichten) {
      expect(b.data.bron, b.id).toBe('voorbeeld');
      expect(b.body.trim().length, b.id).toBeGreaterThan(20);
      expect(b.body.trim().length, `${b.id}: kort houden`).toBeLessThan(600);
    }
    expect(new Set(inhoud.berichten.map((b) => b.data.soort))).toEqual(
      new Set(['voortgang', 'planning', 'hinder', 'besluit', 'avond', 'uitslag']),
    );
  });

  it('has current nuisance at the test build date and around the 2027 sample dates', () => {
    for (const nu of ['2026-12-01T12:00:00Z', '2027-02-20T12:00:00Z', '2027-03-11T12:00:00Z', '2027-09-15T12:00:00Z']) {
      const { nu: nuHinder } = hinderNuEnStraks(nieuwsStroom(inhoud, new Date(nu)), new Date(nu));
      expect(nuHinder.length, nu).toBeGreaterThan(0);
    }
    // The test build (1 December 2026) also has nuisance announced but still to come.
    const nu = new Date('2026-12-01T12:00:00Z');
    expect(hinderNuEnStraks(nieuwsStroom(inhoud, nu), nu).straks.length).toBeGreaterThan(0);
  });

  it('gives every item in the stream a unique id', () => {
    const items = nieuwsStroom(inhoud, new Date('2030-01-01T00:00:00Z'));
    expect(new Set(items.map((i) => i.id)).size).toBe(items.length);
    // Links differ too, except for the status changes of one actielijst point: they all link to
    // that point on its wijk's /acties/ page.
    const anders = items.filter((i) => i.soort !== 'actie');
    expect(new Set(anders.map((i) => i.url)).size, 'links differ too').toBe(anders.length);
    expect(items.some((i) => i.soort === 'actie'), 'the stream has the actielijst items').toBe(true);
  });
});
