/**
 * Suggestions as you type for the street finder, loaded by straat-lader.ts on first focus.
 * The text box becomes an ARIA 1.2 combobox with a listbox popup: ArrowDown/ArrowUp move through
 * the streets, Enter opens the chosen street's page, Escape closes the list, and a polite live
 * region says how many streets match. Without a chosen suggestion, Enter submits the form as
 * before (GET /api/straat). The index is /straten/index.json; matching is the server's.
 */
import { aantalStratenTekst, suggesties, type SuggestieStraat } from '../lib/straatsuggesties.ts';

let index: Promise<SuggestieStraat[]> | undefined;
function laadIndex(): Promise<SuggestieStraat[]> {
  index ??= fetch('/straten/index.json').then((r) => (r.ok ? (r.json() as Promise<SuggestieStraat[]>) : []));
  return index;
}

export function verbeter(invoer: HTMLInputElement): void {
  const lijst = document.createElement('ul');
  const status = document.createElement('p');
  lijst.id = `${invoer.id}-suggesties`;
  lijst.setAttribute('role', 'listbox');
  lijst.setAttribute('aria-label', 'Straten');
  lijst.className = 'vs-suggesties';
  lijst.hidden = true;
  status.setAttribute('role', 'status');
  status.className = 'vs-visually-hidden';
  invoer.after(lijst, status);
  invoer.setAttribute('role', 'combobox');
  invoer.setAttribute('aria-autocomplete', 'list');
  invoer.setAttribute('aria-controls', lijst.id);
  invoer.setAttribute('aria-expanded', 'false');

  let straten: SuggestieStraat[] = [];
  let actief = -1;

  const sluit = () => {
    lijst.hidden = true;
    invoer.setAttribute('aria-expanded', 'false');
    invoer.removeAttribute('aria-activedescendant');
    actief = -1;
  };
  const kies = (i: number) => {
    actief = i;
    lijst.querySelectorAll('[role="option"]').forEach((o, j) => o.setAttribute('aria-selected', String(j === i)));
    if (i < 0) invoer.removeAttribute('aria-activedescendant');
    else invoer.setAttribute('aria-activedescendant', `${lijst.id}-${i}`);
  };
  const ga = (s: SuggestieStraat) => location.assign(`/straten/${s.slug}/`);

  const toon = async () => {
    const term = invoer.value;
    const r = suggesties(await laadIndex(), term);
    if (term !== invoer.value) return; // typed on while the index loaded
    straten = r.straten;
    lijst.replaceChildren(
      ...straten.map((s, i) => {
        const optie = document.createElement('li');
        optie.id = `${lijst.id}-${i}`;
        optie.setAttribute('role', 'option');
        optie.setAttribute('aria-selected', 'false');
        optie.textContent = `${s.naam} (${s.wijk})`;
        optie.addEventListener('click', () => ga(s));
        return optie;
      }),
    );
    actief = -1;
    invoer.removeAttribute('aria-activedescendant');
    lijst.hidden = straten.length === 0;
    invoer.setAttribute('aria-expanded', String(straten.length > 0));
    status.textContent = term.trim() === '' ? '' : aantalStratenTekst(r.totaal, straten.length);
  };

  invoer.addEventListener('input', () => void toon());
  invoer.addEventListener('keydown', (e) => {
    const open = !lijst.hidden;
    if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
      e.preventDefault();
      if (!open) {
        void toon();
        return;
      }
      const n = straten.length;
      kies(e.key === 'ArrowDown' ? (actief + 1) % n : actief <= 0 ? n - 1 : actief - 1);
    } else if (e.key === 'Enter' && open && actief >= 0) {
      e.preventDefault();
      ga(straten[actief]!);
    } else if (e.key === 'Escape' && open) {
      e.preventDefault();
      sluit();
    }
  });
  // Keep focus in the text box when a suggestion is clicked; close when focus leaves.
  lijst.addEventListener('mousedown', (e) => e.preventDefault());
  invoer.addEventListener('blur', sluit);
  if (invoer.value.trim() !== '') void toon();
}
