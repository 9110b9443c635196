import rehypeParse from 'rehype-parse';
import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { rehypeNlds } from '../../src/lib/rehype-nlds.ts';

/** Runs an HTML fragment through the plugin and returns the HTML. */
function verwerk(html: string): string {
  return String(unified().use(rehypeParse, { fragment: true }).use(rehypeNlds).use(rehypeStringify).processSync(html));
}

describe('rehypeNlds', () => {
  it('puts the NLDS class on headings, paragraphs, links and blockquotes', () => {
    expect(verwerk('<h1>Een</h1><h2>Twee</h2><h3>Drie</h3><h4>Vier</h4>')).toBe(
      '<h1 class="utrecht-heading-1">Een</h1><h2 class="utrecht-heading-2">Twee</h2>' +
        '<h3 class="utrecht-heading-3">Drie</h3><h4>Vier</h4>',
    );
    expect(verwerk('<blockquote><p>Citaat met <a href="/wijken/">link</a>.</p></blockquote>')).toBe(
      '<blockquote class="utrecht-blockquote"><p class="utrecht-paragraph">Citaat met ' +
        '<a href="/wijken/" class="utrecht-link">link</a>.</p></blockquote>',
    );
  });

  it('gives nested lists and their items the class of their own list', () => {
    const html = '<ul><li>a<ol><li>a1</li><li>a2<ul><li>a2x</li></ul></li></ol></li><li>b</li></ul>';
    expect(verwerk(html)).toBe(
      '<ul class="utrecht-unordered-list">' +
        '<li class="utrecht-unordered-list__item">a' +
        '<ol class="utrecht-ordered-list">' +
        '<li class="utrecht-ordered-list__item">a1</li>' +
        '<li class="utrecht-ordered-list__item">a2' +
        '<ul class="utrecht-unordered-list"><li class="utrecht-unordered-list__item">a2x</li></ul>' +
        '</li></ol></li>' +
        '<li class="utrecht-unordered-list__item">b</li>' +
        '</ul>',
    );
  });

  it('marks up every part of a table', () => {
    const html =
      '<table><thead><tr><th>Straat</th><th>Wanneer</th></tr></thead>' +
      '<tbody><tr><td>Leidseweg</td><td>2027</td></tr></tbody></table>';
    expect(verwerk(html)).toBe(
      '<div class="vs-tabel" tabindex="0" role="region" aria-label="Tabel"><table class="utrecht-table">' +
        '<thead class="utrecht-table__header"><tr class="utrecht-table__row">' +
        '<th class="utrecht-table__header-cell">Straat</th><th class="utrecht-table__header-cell">Wanneer</th>' +
        '</tr></thead>' +
        '<tbody class="utrecht-table__body"><tr class="utrecht-table__row">' +
        '<td class="utrecht-table__cell">Leidseweg</td><td class="utrecht-table__cell">2027</td>' +
        '</tr></tbody></table></div>',
    );
  });

  it('puts a table in a focusable scroll container named by its caption, once', () => {
    const uit = verwerk('<table><caption>Planning  2027</caption><tbody><tr><td>1</td></tr></tbody></table>');
    expect(uit).toMatch(/^<div class="vs-tabel" tabindex="0" role="region" aria-label="Planning 2027"><table/);
    expect(verwerk(uit)).toBe(uit);
  });

  it('keeps existing classes, appends its own once, and leaves other elements alone', () => {
    expect(verwerk('<p class="intro extra">Tekst</p>')).toBe('<p class="intro extra utrecht-paragraph">Tekst</p>');
    expect(verwerk('<table><tbody><tr><td class="utrecht-table__cell x">1</td></tr></tbody></table>')).toContain(
      '<td class="utrecht-table__cell x">1</td>',
    );
    expect(verwerk('<div class="kader"><span>Niets</span></div>')).toBe('<div class="kader"><span>Niets</span></div>');
  });

  it('does nothing special with external links', () => {
    expect(verwerk('<a href="https://www.voorschoten.nl/contact">Gemeente</a>')).toBe(
      '<a href="https://www.voorschoten.nl/contact" class="utrecht-link">Gemeente</a>',
    );
    expect(verwerk('<a href="http://example.org/" class="extern">Ergens</a>')).toBe(
      '<a href="http://example.org/" class="extern utrecht-link">Ergens</a>',
    );
  });

  it('gives an <li> outside a list no class', () => {
    expect(verwerk('<li>los</li>')).toBe('<li>los</li>');
  });
});
