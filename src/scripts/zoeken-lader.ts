/**
 * The search page's only script before the resident does anything (src/pages/zoeken.astro): it
 * shows the search form (hidden without JavaScript), hides the "needs JavaScript" text and loads the search (zoeken.ts) on focus of the search
 * field, or at once when the page was opened with ?q= (e.g. from the search field in the header).
 * A search sent before the code is there waits for it instead of reloading the page.
 */
const form = document.querySelector<HTMLFormElement>('form[data-zoeken="site"]');
const invoer = form?.querySelector('input');
if (form && invoer) {
  let geladen: Promise<void> | undefined;
  const laad = () => (geladen ??= import('./zoeken.ts').then((m) => m.start(form)));
  form.hidden = false;
  for (const el of document.querySelectorAll<HTMLElement>('[data-zonder-js]')) el.hidden = true;
  if (new URLSearchParams(location.search).get('q')) void laad();
  else invoer.addEventListener('focus', () => void laad(), { once: true });
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    laad().catch(() => form.submit());
  });
}
