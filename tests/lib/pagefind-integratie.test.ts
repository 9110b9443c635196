import { describe, expect, it } from 'vitest';
import { isPagefindUi } from '../../src/integrations/pagefind.ts';

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
