/**
 * The street finder's only script before the resident does anything (src/components/StraatZoeker.astro):
 * on the first focus of its text box it loads the suggestions (straat-suggesties.ts). Without it,
 * the finder is a plain GET form to /api/straat.
 */
for (const invoer of document.querySelectorAll<HTMLInputElement>('form[data-zoeken="straat"] input')) {
  invoer.addEventListener('focus', () => void import('./straat-suggesties.ts').then((m) => m.verbeter(invoer)), {
    once: true,
  });
}
