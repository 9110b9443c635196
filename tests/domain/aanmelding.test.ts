/**
 * The one sign-up schema (page and function): what it accepts and normalises, the Dutch message
 * per field, header-injection attempts, and the registration window.
 */
import { domainToASCII } from 'node:url';
import { describe, expect, it } from 'vitest';
import { aanmeldingSchema, aanmeldVenster, controleerAanmelding } from '../../src/domain/aanmelding.ts';
import { avondSchema } from '../../src/domain/schemas.ts';
import { voorbeeldAvond } from './voorbeelden.ts';

const goed = { naam: '  Fatima el Amrani ', email: 'Fatima@Voorbeeld.NL', personen: '3', vraag: '' };

describe('aanmeldingSchema', () => {
  it('accepts a sign-up and normalises it (trim, lower-case e-mail, number, no empty question)', () => {
    expect(aanmeldingSchema.parse(goed)).toEqual({
      naam: 'Fatima el Amrani',
      email: 'fatima@voorbeeld.nl',
      personen: 3,
      vraag: undefined,
    });
    expect(aanmeldingSchema.parse({ ...goed, vraag: ' Is er koffie?\r\n' }).vraag).toBe('Is er koffie?');
  });

  it.each([
    [{ ...goed, naam: ' ' }, 'naam', 'Vul uw naam in.'],
    [{ ...goed, naam: 'x'.repeat(101) }, 'naam', 'Uw naam is te lang. Gebruik hoogstens 100 tekens.'],
    [{ ...goed, naam: 'Jan\nBcc: x@y.nl' }, 'naam', 'Uw naam bevat een teken dat niet mag. Gebruik alleen letters.'],
    [{ ...goed, email: 'geen-adres' }, 'email', 'Vul een e-mailadres in zoals naam@voorbeeld.nl.'],
    [{ ...goed, email: 'a@b.nl\nBcc: c@d.nl' }, 'email', 'Vul een e-mailadres in zoals naam@voorbeeld.nl.'],
    [{ ...goed, email: 'a@b.nl, c@d.nl' }, 'email', 'Vul een e-mailadres in zoals naam@voorbeeld.nl.'],
    [{ ...goed, email: '"x"@b.nl' }, 'email', 'Vul een e-mailadres in zoals naam@voorbeeld.nl.'],
    [{ ...goed, personen: '0' }, 'personen', 'Kies met hoeveel personen u komt: 1 tot en met 4.'],
    [{ ...goed, personen: '1.5' }, 'personen', 'Kies met hoeveel personen u komt: 1 tot en met 4.'],
    [{ ...goed, personen: 'twee' }, 'personen', 'Kies met hoeveel personen u komt: 1 tot en met 4.'],
    [
      { ...goed, personen: '5' },
      'personen',
      'U kunt zich met hoogstens 4 personen aanmelden. Komen er meer? Bel het servicepunt.',
    ],
    [{ ...goed, vraag: 'x'.repeat(501) }, 'vraag', 'Uw vraag is te lang. Gebruik hoogstens 500 tekens.'],
  ])('refuses %o with a message at "%s"', (invoer, veld, melding) => {
    const r = controleerAanmelding(invoer);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.fouten).toEqual({ [veld]: melding });
  });

  it('accepts an internationalised domain in Unicode or punycode and stores one ASCII form', () => {
    const ascii = 'anna@xn--caf-voorbeeld-dhb.nl'; // node:url domainToASCII('café-voorbeeld.nl')
    expect(domainToASCII('café-voorbeeld.nl')).toBe('xn--caf-voorbeeld-dhb.nl');
    for (const email of [
      'anna@café-voorbeeld.nl',
      ' Anna@Café-Voorbeeld.NL ',
      'anna@cafe\u0301-voorbeeld.nl', // "é" as e + combining accent
      'anna@xn--caf-voorbeeld-dhb.nl',
      'ANNA@XN--CAF-VOORBEELD-DHB.NL',
    ])
      expect(aanmeldingSchema.parse({ ...goed, email }).email, email).toBe(ascii);
    expect(aanmeldingSchema.parse({ ...goed, email: 'ivan@пример.рф' }).email).toBe('ivan@xn--e1afmkfd.xn--p1ai');
    expect(aanmeldingSchema.parse({ ...goed, email: 'a@voorbeeld。nl' }).email).toBe('a@voorbeeld.nl');
  });

  it.each([
    'anna@',
    '@voorbeeld.nl',
    'anna',
    'anna@voorbeeld',
    'anna@voorbeeld.nl.',
    'anna@-voorbeeld.nl',
    'anna@voor beeld.nl',
    'anna@voorbeeld.nl/x',
    'anna@voorbeeld.nl?x',
    'anna@192.168.1.1',
    'anna@[192.168.1.1]',
    'anna@@voorbeeld.nl',
    'an na@voorbeeld.nl',
    'änna@voorbeeld.nl',
    '.anna@voorbeeld.nl',
    'an..na@voorbeeld.nl',
    'anna@voorbeeld.nl\u0000',
  ])('refuses the garbage address %j with the plain message', (email) => {
    const r = controleerAanmelding({ ...goed, email });
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.fouten).toEqual({ email: 'Vul een e-mailadres in zoals naam@voorbeeld.nl.' });
  });

  it('says an address is too long, as typed or in its stored form', () => {
    const lang = `${'a'.repeat(64)}@${'b'.repeat(60)}.${'c'.repeat(60)}.${'d'.repeat(60)}.nl`;
    expect(lang.length).toBe(250);
    expect(controleerAanmelding({ ...goed, email: lang }).ok).toBe(true);
    for (const email of [`x${'a'.repeat(254)}@b.nl`, `anna@${'bé.'.repeat(40)}nl`]) {
      const r = controleerAanmelding({ ...goed, email });
      expect(r.ok ? '' : r.fouten.email, email).toBe('Dit e-mailadres is te lang.');
    }
  });

  it('refuses unknown fields (the honeypot is taken out before)', () => {
    expect(controleerAanmelding({ ...goed, website: 'x' }).ok).toBe(false);
  });
});

describe('aanmeldVenster', () => {
  const avond = avondSchema.parse(voorbeeldAvond()); // opens 2027-02-01 09:00, closes 2027-03-10 12:00 (Amsterdam)
  it.each([
    ['2027-02-01T07:59:59Z', 'nog-niet'],
    ['2027-02-01T08:00:00Z', 'open'],
    ['2027-03-10T10:59:59Z', 'open'],
    ['2027-03-10T11:00:00Z', 'gesloten'],
  ])('%s → %s', (nu, venster) => expect(aanmeldVenster(avond, new Date(nu))).toBe(venster));

  it('a cancelled avond is "geannuleerd", also while the window would be open', () => {
    const geannuleerd = avondSchema.parse({
      ...voorbeeldAvond(),
      geannuleerd: { reden: 'De zaal is niet beschikbaar.' },
    });
    for (const nu of ['2027-01-01T00:00:00Z', '2027-02-15T12:00:00Z', '2027-04-01T00:00:00Z'])
      expect(aanmeldVenster(geannuleerd, new Date(nu)), nu).toBe('geannuleerd');
  });
});
