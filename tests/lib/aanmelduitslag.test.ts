/**
 * The waitlist explained truthfully: how many persons must still cancel before a waiting group
 * fits, computed from the places free, the persons waiting before it and the group's size; and
 * the rule (order of arrival, whoever fits, a group is never split) in plain Dutch.
 */
import { describe, expect, it } from 'vitest';
import { nogAfzeggen, statusTekst, wachtlijstUitleg } from '../../src/lib/aanmelduitslag.ts';

describe('nogAfzeggen', () => {
  it.each([
    // personen, vrij, voor, voorPersonen, nog
    [4, 2, 0, 0, 2], // the example: 2 free, a group of 4 first in line
    [4, 0, 0, 0, 4],
    [2, 1, 2, 5, 6], // 5 persons before it and 2 of its own, 1 place free
    [1, 0, 1, 3, 4],
    [3, 5, 0, 0, 0], // fits already (a promotion is under way): never negative
  ])(
    'a group of %i with %i free and %i sign-ups (%i persons) before it: %i more must cancel',
    (p, vrij, voor, vp, nog) => {
      expect(nogAfzeggen(p, { vrij, voor, voorPersonen: vp })).toBe(nog);
    },
  );
});

describe('wachtlijstUitleg', () => {
  it('a group first in line that does not fit: places free, its size, how many must cancel, and why later ones may pass', () => {
    expect(wachtlijstUitleg(4, { vrij: 2, voor: 0, voorPersonen: 0 })).toEqual([
      'Er zijn nu 2 plaatsen vrij; uw groep is 4 personen.',
      'Er staat niemand vóór u op de wachtlijst.',
      'Als nog 2 personen zich afmelden, is er genoeg plaats voor u.',
      'Plaatsen gaan in volgorde van aanmelding naar wie past. Een groep splitsen we niet. Is er een plaats vrij, maar niet genoeg voor uw groep? Dan krijgt iemand na u die wel past die plaats. Zo kan het voor u langer duren.',
    ]);
  });

  it('never says "0 vóór u" as if it were next: it counts the persons before it', () => {
    const tekst = wachtlijstUitleg(1, { vrij: 0, voor: 1, voorPersonen: 3 }).join(' ');
    expect(tekst).toContain('Er is nu geen plaats vrij; u komt met 1 persoon.');
    expect(tekst).toContain('Vóór u staat 1 aanmelding op de wachtlijst, met samen 3 personen.');
    expect(tekst).toContain('Als nog 4 personen zich afmelden, is er genoeg plaats voor hen en voor u.');
    expect(tekst).toContain('Past een groep vóór u nog niet, dan krijgt u de plaats eerder.');
  });

  it('one person more: singular', () => {
    expect(wachtlijstUitleg(2, { vrij: 1, voor: 0, voorPersonen: 0 })).toContain(
      'Als nog 1 persoon zich afmeldt, is er genoeg plaats voor u.',
    );
  });
});

describe('statusTekst', () => {
  it('does not call the evening full while places are free for smaller sign-ups', () => {
    expect(statusTekst('wachtlijst', 4)).not.toContain('vol');
    expect(statusTekst('wachtlijst', 4)).toContain(
      'Er is nu niet genoeg plaats. U staat op de wachtlijst met 4 personen.',
    );
  });
});
