/**
 * The form HTML shared by page, function and script: NLDS classes, labels with "(optioneel)",
 * the why/who/when texts, errors as a summary with links plus a message at the field (linked by
 * aria-describedby), values kept and escaped, and the loader marker data-laadt="formulier".
 */
import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { emailHtml, formulierHtml } from '../../src/lib/aanmeldformulier.ts';
import { uitslagHtml } from '../../src/lib/aanmelduitslag.ts';

describe('formulierHtml', () => {
  it('is a plain POST form with labelled, explained fields', () => {
    const doc = parse(formulierHtml({ slug: 'avond-x' }));
    const form = doc.querySelector('form')!;
    expect(form.getAttribute('method')).toBe('post');
    expect(form.getAttribute('action')).toBe('/api/avonden/avond-x/aanmeldingen');
    expect(form.getAttribute('data-laadt')).toBe('formulier');
    const labels = doc.querySelectorAll('label.utrecht-form-label').map((l) => l.text);
    expect(labels).toEqual([
      'Naam',
      'E-mailadres',
      'Met hoeveel personen komt u?',
      'Wat wilt u vragen of meegeven? (optioneel)',
    ]);
    for (const invoer of doc.querySelectorAll('input[name]:not([name="website"]), textarea')) {
      const uitleg = doc.getElementById(invoer.getAttribute('aria-describedby') ?? '');
      expect(uitleg?.text.length, invoer.getAttribute('name')).toBeGreaterThan(10);
    }
    expect(doc.text).toContain('30 dagen na de avond verwijderen wij uw naam, e-mailadres en vraag');
    expect(doc.querySelector('[hidden] input[name="website"]')).not.toBeNull();
    expect(doc.querySelector('#foutsamenvatting')).toBeNull();
  });

  it('shows errors as a summary with links and at each field, keeping the escaped input', () => {
    const html = formulierHtml({
      slug: 'x',
      invoer: { naam: '<script>alert(1)</script>', email: 'a"b', personen: '9', vraag: '</textarea><b>' },
      fouten: { email: 'Vul een e-mailadres in zoals naam@voorbeeld.nl.', personen: 'Te veel.' },
    });
    expect(html).not.toContain('<script>');
    expect(html).not.toContain('</textarea><b>');
    const doc = parse(html);
    expect(doc.querySelectorAll('#foutsamenvatting a').map((a) => a.getAttribute('href'))).toEqual([
      '#aanmelding-email',
      '#aanmelding-personen',
    ]);
    const email = doc.getElementById('aanmelding-email')!;
    expect(email.getAttribute('aria-invalid')).toBe('true');
    expect(email.getAttribute('aria-describedby')).toBe('aanmelding-email-uitleg aanmelding-email-fout');
    expect(email.getAttribute('value')).toBe('a"b');
    expect(html).toContain('value="a&quot;b"');
    expect(doc.getElementById('aanmelding-email-fout')?.text).toBe(
      'Fout: Vul een e-mailadres in zoals naam@voorbeeld.nl.',
    );
    expect(doc.getElementById('aanmelding-naam')?.getAttribute('aria-invalid')).toBeUndefined();
    expect(doc.getElementById('aanmelding-vraag')?.text).toBe('</textarea><b>'); // decoded: the input comes back as typed
  });
});

describe('uitslagHtml', () => {
  it('gives status, reference, calendar and manage link', () => {
    const doc = parse(
      uitslagHtml({
        slug: 'x',
        status: 'wachtlijst',
        referentie: 'VS-AAAA-BBBB',
        personen: 2,
        beheerUrl: '/api/aanmeldingen/t',
        wachtrij: { vrij: 1, voor: 3, voorPersonen: 7 },
      }),
    );
    expect(doc.querySelector('#uitslag')?.text).toBe('U staat op de wachtlijst');
    expect(doc.text).toContain('Vóór u staan 3 aanmeldingen op de wachtlijst, met samen 7 personen.');
    expect(doc.querySelector('[data-referentie]')?.text).toBe('VS-AAAA-BBBB');
    expect(doc.querySelectorAll('a').map((a) => a.getAttribute('href'))).toEqual([
      '/avonden/x/agenda.ics',
      '/api/aanmeldingen/t',
    ]);
  });
});

describe('emailHtml', () => {
  it('escapes the address and lets it wrap only after the @ and before a dot', () => {
    expect(emailHtml('buurtoverleg.alettahof@bewoners.example')).toBe(
      'buurtoverleg<wbr>.alettahof@<wbr>bewoners<wbr>.example',
    );
    expect(emailHtml('a<b>@c.nl')).toBe('a&lt;b&gt;@<wbr>c<wbr>.nl');
  });
});
