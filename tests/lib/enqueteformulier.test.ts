import { parse } from 'node-html-parser';
import { describe, expect, it } from 'vitest';
import { formulierVeld } from '../../src/domain/antwoord.ts';
import { enqueteFormulierHtml } from '../../src/lib/enqueteformulier.ts';
import { testEnquete } from '../support/enquete.ts';

describe('enqueteFormulierHtml', () => {
  const e = testEnquete({ lettercode: true });

  it('is a plain POST with one fieldset and legend per question, required markers and limits from the definition', () => {
    const doc = parse(enqueteFormulierHtml({ enquete: e }));
    const form = doc.querySelector('form');
    expect(form?.getAttribute('method')).toBe('post');
    expect(form?.getAttribute('action')).toBe('/api/enquetes/testenquete/antwoorden');
    const legends = doc.querySelectorAll('fieldset > legend').map((l) => l.text);
    expect(legends).toEqual([
      '1. Waar moet het bankje komen?',
      '2. Wat wilt u om te spelen? (niet verplicht)',
      '3. Hoe veilig is het? (niet verplicht)',
      '4. Meer licht? (niet verplicht)',
      '5. Nog een idee? (niet verplicht)',
    ]);
    expect(doc.querySelectorAll('input[name="spelen"][type="checkbox"]')).toHaveLength(3);
    expect(doc.querySelectorAll('input[name="veilig"][type="radio"]')).toHaveLength(5);
    expect(doc.querySelector('#vraag-spelen-uitleg')?.text).toContain('Kies hoogstens 2.');
    expect(doc.querySelector('textarea[name="idee"]')?.getAttribute('maxlength')).toBe('50');
    expect(doc.querySelector('input[name="code"]')?.hasAttribute('required')).toBe(true);
    expect(doc.innerHTML).not.toMatch(/style=|<script/);
  });

  it('shows an error summary linking to the questions, messages at the questions, and keeps every answer', () => {
    const html = enqueteFormulierHtml({
      enquete: e,
      invoer: { spelen: ['glijbaan', 'zandbak'], veilig: '3', idee: '<b>idee</b>', code: 'ABCDE' },
      fouten: { plek: 'Kies een antwoord bij vraag 1.', code: 'Deze code klopt niet.' },
    });
    const doc = parse(html);
    const links = doc.querySelectorAll('#foutsamenvatting a').map((a) => a.getAttribute('href'));
    expect(links).toEqual(['#enquete-code', '#vraag-plek']);
    expect(doc.querySelector('#vraag-plek-fout')?.text).toContain('Kies een antwoord bij vraag 1.');
    expect(doc.querySelector('#vraag-plek')?.closest('fieldset')?.getAttribute('aria-describedby')).toBe(
      'vraag-plek-fout',
    );
    expect(doc.querySelector('#vraag-idee')?.getAttribute('aria-describedby')).toBe('vraag-idee-uitleg');
    expect(doc.querySelectorAll('input[name="spelen"][checked]').map((i) => i.getAttribute('value'))).toEqual([
      'glijbaan',
      'zandbak',
    ]);
    expect(doc.querySelector('input[name="veilig"][checked]')?.getAttribute('value')).toBe('3');
    expect(html).toContain('&lt;b&gt;idee&lt;/b&gt;</textarea>');
    expect(doc.querySelector('input[name="code"]')?.getAttribute('value')).toBe('ABCDE');
  });

  it('a message for the whole form (nothing answered) is in the summary, links to the first question, marks no question', () => {
    const doc = parse(
      enqueteFormulierHtml({
        enquete: e,
        invoer: { code: 'ABCDE' },
        fouten: { [formulierVeld]: 'Beantwoord minstens één vraag.' },
      }),
    );
    const links = doc.querySelectorAll('#foutsamenvatting a');
    expect(links.map((a) => [a.getAttribute('href'), a.text])).toEqual([
      ['#vraag-plek', 'Beantwoord minstens één vraag.'],
    ]);
    expect(doc.querySelector('#foutsamenvatting h2')?.text).toBe('Er is 1 fout in het formulier');
    expect(doc.querySelector('#foutsamenvatting')?.text).not.toContain('Verbeter de vraag');
    expect(doc.querySelectorAll('.utrecht-form-field-error-message')).toHaveLength(0);
    expect(doc.querySelectorAll('[aria-invalid], .vs-vraag--fout')).toHaveLength(0);
    expect(doc.querySelector('input[name="code"]')?.getAttribute('value')).toBe('ABCDE');
  });

  it('a required open question is not drawn invalid before a submit (aria-required, not required: :invalid)', () => {
    const metTekst = testEnquete({
      vragen: [{ id: 'idee', type: 'tekst', vraag: 'Idee?', onderwerp: 'inrichting', verplicht: true, maxLengte: 50 }],
    });
    const veld = parse(enqueteFormulierHtml({ enquete: metTekst })).querySelector('textarea');
    expect(veld?.hasAttribute('required')).toBe(false);
    expect(veld?.getAttribute('aria-required')).toBe('true');
  });

  it('tells why and how long answers are kept', () => {
    expect(enqueteFormulierHtml({ enquete: e })).toMatch(/12 maanden na het sluiten/);
  });
});
