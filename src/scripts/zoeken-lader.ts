/**
 * The search page's only script before the resident does anything (src/pages/zoeken.astro): it
 * hides the "needs JavaScript" text and loads the search (zoeken.ts) on focus of the search
 * field, or at once when the page was opened with ?q= (e.g. from the search field in the header).
 */
const form = document.querySelector<HTMLFormElement>('form[data-zoeken="site"]');
const invoer = form?.querySelector('input');
if (form && invoer) {
  const laad = () => void import('./zoeken.ts').then((m) => m.start(form));
  for (const el of document.querySelectorAll<HTMLElement>('[data-zonder-js]')) el.hidden = true;
  if (new URLSearchParams(location.search).get('q')) laad();
  else invoer.addEventListener('focus', laad, { once: true });
}
