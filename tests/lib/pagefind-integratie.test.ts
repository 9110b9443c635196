import { describe, expect, it } from 'vitest';
import { isPagefindUi, scheidBlokken } from '../../src/integrations/pagefind.ts';

describe('isPagefindUi', () => {
  it("drops Pagefind's ready-made UI, highlighter and CSS, keeps its search API and index", () => {
    for (const naam of [
      'pagefind-ui.js',
      'pagefind-ui.css',
      'pagefind-modular-ui.js',
      'pagefind-modular-ui.css',
      'pagefind-component-ui.js',
      'pagefind-highlight.js',
    ])
      expect(isPagefindUi(naam), naam).toBe(true);
    for (const naam of ['pagefind.js', 'pagefind-worker.js', 'pagefind-entry.json', 'wasm.nl.pagefind', 'index'])
      expect(isPagefindUi(naam), naam).toBe(false);
  });
});

describe('scheidBlokken', () => {
  it('puts a line break between adjacent block elements, so their words do not glue together', () => {
    expect(scheidBlokken('<dl><div><dt>Wie beslist</dt><dd>Het college</dd></div></dl><h2>Wanneer</h2><p>Nu</p>')).toBe(
      '<dl><div><dt>Wie beslist</dt>\n<dd>Het college</dd>\n</div></dl>\n<h2>Wanneer</h2>\n<p>Nu</p>',
    );
    expect(scheidBlokken('<tr><th>Wonen</th><td>840</td></tr>')).toBe('<tr><th>Wonen</th>\n<td>840</td>\n</tr>');
  });

  it('leaves inline elements and text after a block alone', () => {
    const html = '<p>In de wijk <a href="/w/">Bijdorp</a>.</p> en <span>x</span><label>Naam</label><input>';
    expect(scheidBlokken(html)).toBe(html);
  });
});
