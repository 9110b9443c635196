/**
 * Every table on the site sits in a scroll container: on a narrow screen (390 px, 320 px) a table
 * that does not fit scrolls sideways in its own box instead of breaking words mid-word (WCAG
 * 1.4.10 allows two-dimensional content to scroll). The box is focusable (`tabindex="0"`) so
 * keyboard users can scroll it, and a named region so screen readers say what it is.
 * Used by the HTML the functions render (survey results, attendance list) and by
 * src/lib/rehype-nlds.ts (tables in MDX); src/components/Kerncijfers.astro writes the same markup.
 */
import { esc } from './aanmeldformulier.ts';

/** Class of the scroll container (src/styles/site.css). */
export const tabelKlasse = 'vs-tabel';

/** `tabel` (HTML of one <table>) inside the scroll container; `label` is plain text, e.g. the caption. */
export function tabelHouder(label: string, tabel: string): string {
  return `<div class="${tabelKlasse}" tabindex="0" role="region" aria-label="${esc(label)}">${tabel}</div>`;
}
