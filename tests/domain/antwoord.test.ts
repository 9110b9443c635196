import { describe, expect, it } from 'vitest';
import {
  antwoordSchema,
  controleerAntwoord,
  enqueteVenster,
  formulierVeld,
  optiesVan,
} from '../../src/domain/antwoord.ts';
import { maakUitslag, voorbeeldTelling } from '../../src/domain/enquete-uitslag.ts';
import { enqueteSchema } from '../../src/domain/schemas.ts';
import { testEnquete } from '../support/enquete.ts';
import { voorbeeldEnquete } from './voorbeelden.ts';

const e = testEnquete();

describe('antwoordSchema (derived from the survey definition)', () => {
  it('accepts a full answer and splits choices from open texts', () => {
    expect(
      antwoordSchema(e).parse({ plek: 'park', spelen: ['glijbaan'], veilig: '5', licht: 'nee', idee: '  Bankje  ' }),
    ).toEqual({
      keuzes: { plek: ['park'], spelen: ['glijbaan'], veilig: ['5'], licht: ['nee'] },
      teksten: { idee: 'Bankje' },
    });
  });

  it('a single checkbox value (string) counts as a list; duplicates count once; empty optional answers are left out', () => {
    expect(controleerAntwoord(e, { plek: 'plein', spelen: 'zandbak', veilig: '', idee: '' })).toEqual({
      ok: true,
      antwoord: { keuzes: { plek: ['plein'], spelen: ['zandbak'] }, teksten: {} },
    });
    expect(controleerAntwoord(e, { plek: 'plein', spelen: ['zandbak', 'zandbak'] })).toMatchObject({
      ok: true,
      antwoord: { keuzes: { spelen: ['zandbak'] } },
    });
  });

  it('gives one Dutch message per question that names the question number', () => {
    const r = controleerAntwoord(e, {
      spelen: ['schommel', 'glijbaan', 'zandbak'],
      veilig: '0',
      licht: 'misschien',
      idee: 'x'.repeat(51),
    });
    expect(r).toEqual({
      ok: false,
      fouten: {
        plek: 'Kies een antwoord bij vraag 1.',
        spelen: 'Kies bij vraag 2 hoogstens 2 antwoorden. U koos er 3.',
        veilig: 'Kies bij vraag 3 één van de antwoorden die er staan.',
        licht: 'Kies bij vraag 4 één van de antwoorden die er staan.',
        idee: 'Uw antwoord bij vraag 5 is te lang: 51 tekens. Gebruik hoogstens 50 tekens.',
      },
    });
  });

  it('refuses unknown fields, unknown options, lists for one choice and control characters', () => {
    expect(controleerAntwoord(e, { plek: 'plein', naam: 'Jan' }).ok).toBe(false);
    expect(controleerAntwoord(e, { plek: 'dak' }).ok).toBe(false);
    expect(controleerAntwoord(e, { plek: ['plein', 'park'] }).ok).toBe(false);
    expect(controleerAntwoord(e, { plek: 'plein', idee: 'a\u0007b' }).ok).toBe(false);
  });

  it('refuses an answer with nothing answered with one message for the whole form, not at question 1', () => {
    const vrij = testEnquete({
      vragen: [
        { id: 'licht', type: 'janee', vraag: 'Licht?', onderwerp: 'x' },
        { id: 'idee', type: 'tekst', vraag: 'Idee?', onderwerp: 'x', maxLengte: 50 },
      ],
    });
    const leeg = { ok: false, fouten: { [formulierVeld]: 'Beantwoord minstens één vraag.' } };
    expect(controleerAntwoord(vrij, {})).toEqual(leeg);
    expect(controleerAntwoord(vrij, { licht: '', idee: '   ' })).toEqual(leeg);
    // The same rule is in the schema the page and the function share.
    const r = antwoordSchema(vrij).safeParse({});
    expect(r.success).toBe(false);
    expect(r.error?.issues.map((i) => [i.path, i.message])).toEqual([[[], 'Beantwoord minstens één vraag.']]);
  });

  it('an empty answer to a survey with required questions gives the message at each required question only', () => {
    expect(controleerAntwoord(e, {})).toEqual({ ok: false, fouten: { plek: 'Kies een antwoord bij vraag 1.' } });
  });

  it('unknown fields are a message for the whole form, not for question 1', () => {
    expect(controleerAntwoord(e, { plek: 'plein', naam: 'Jan' })).toEqual({
      ok: false,
      fouten: { [formulierVeld]: 'Het formulier bevat onbekende velden. Laad de pagina opnieuw.' },
    });
  });

  it('the scale has 5 values with the end labels', () => {
    expect(optiesVan(e.vragen[2]!).map((o) => o.label)).toEqual([
      '1 (Heel onveilig)',
      '2',
      '3',
      '4',
      '5 (Heel veilig)',
    ]);
  });
});

describe('enqueteVenster', () => {
  it('is open from opent (inclusive) until sluit (exclusive)', () => {
    expect(enqueteVenster(e, new Date('2027-02-01T07:59:59Z'))).toBe('nog-niet');
    expect(enqueteVenster(e, new Date('2027-02-01T08:00:00Z'))).toBe('open');
    expect(enqueteVenster(e, new Date('2027-02-28T22:59:00Z'))).toBe('gesloten');
  });
});

describe('enqueteSchema rules for questions', () => {
  const met = (vragen: unknown[]) => enqueteSchema.safeParse({ ...voorbeeldEnquete(), vragen });
  const janee = (id: string) => ({ id, type: 'janee', vraag: 'V?', onderwerp: 'bomen' });
  it('refuses duplicate question ids, reserved field names, a maximum above the options', () => {
    expect(met([janee('a'), janee('a')]).error?.issues[0]?.message).toMatch(/komt twee keer voor/);
    expect(met([janee('code')]).error?.issues[0]?.message).toMatch(/gereserveerd/);
    const opties = [
      { waarde: 'a', label: 'A' },
      { waarde: 'b', label: 'B' },
    ];
    expect(
      met([{ id: 'm', type: 'meerkeuze', vraag: 'V?', onderwerp: 'bomen', maximum: 3, opties }]).error?.issues[0]?.path,
    ).toEqual(['vragen', 0, 'maximum']);
  });
  it('keeps the feedback fields after closing', () => {
    const r = enqueteSchema.parse({ ...voorbeeldEnquete(), watWeHoorden: 'a', watWeErmeeDoen: 'b', watNiet: 'c' });
    expect([r.watWeHoorden, r.watWeErmeeDoen, r.watNiet]).toEqual(['a', 'b', 'c']);
  });
});

describe('maakUitslag', () => {
  it('adds labels and shares in form order, zero for options nobody chose', () => {
    const u = maakUitslag(e, {
      respondenten: 4,
      tellingen: [
        { vraag: 'plek', waarde: 'park', aantal: 3 },
        { vraag: 'plek', waarde: 'plein', aantal: 1 },
      ],
      beantwoord: { plek: 4, idee: 2 },
    });
    expect(u.vragen[0]?.opties).toEqual([
      { waarde: 'plein', label: 'Op het plein', aantal: 1, procent: 25 },
      { waarde: 'park', label: 'In het park', aantal: 3, procent: 75 },
    ]);
    expect(u.vragen[1]?.opties.every((o) => o.aantal === 0 && o.procent === 0)).toBe(true);
    expect(u.vragen[4]).toMatchObject({ type: 'tekst', beantwoord: 2, opties: [] });
  });
});

describe('voorbeeldTelling (invented counts for npm start)', () => {
  it('is deterministic, within the respondents, with counts for every option and no more than answered', () => {
    const t = voorbeeldTelling(e, 40);
    expect(voorbeeldTelling(e, 40)).toEqual(t);
    expect(t.respondenten).toBe(40);
    for (const v of e.vragen) expect(t.beantwoord[v.id]).toBeLessThanOrEqual(40);
    expect(t.tellingen.filter((x) => x.vraag === 'veilig')).toHaveLength(5);
    expect(t.tellingen.some((x) => x.vraag === 'idee')).toBe(false);
  });
});
