/**
 * The site search on /zoeken/, loaded by zoeken-lader.ts on focus (or at once with ?q=).
 * Loads Pagefind's own small API (/pagefind/pagefind.js, written by src/integrations/pagefind.ts)
 * — not its ready-made UI — and shows the results as NLDS cards, with a wijk and a project-type
 * filter and a polite live region that says how many results there are.
 */
import {
  filterWaarden,
  kiesFilters,
  maxResultaten,
  resultatenTekst,
  uittrekselWoorden,
  zinsUittreksel,
  zoekfilters,
  zoekRanking,
  type UittrekselStuk,
} from '../lib/zoekresultaten.ts';

interface Resultaat {
  url: string;
  excerpt: string;
  meta: { title?: string };
}
interface Pagefind {
  options(o: { ranking: typeof zoekRanking; excerptLength: number }): Promise<void>;
  init(): Promise<void>;
  filters(): Promise<Record<string, Record<string, number>>>;
  search(
    term: string,
    opties: { filters: Record<string, string> },
  ): Promise<{ results: { data(): Promise<Resultaat> }[] } | null>;
}

/** Pagefind's excerpt is HTML with <mark>: keep only its text and the marks, starting at a sentence (zinsUittreksel). */
function uittreksel(html: string): HTMLParagraphElement {
  const p = document.createElement('p');
  p.className = 'utrecht-paragraph';
  const bron = new DOMParser().parseFromString(html, 'text/html').body;
  const stukken: UittrekselStuk[] = [...bron.childNodes].map((k) => ({
    tekst: k.textContent ?? '',
    mark: k.nodeName === 'MARK',
  }));
  for (const s of zinsUittreksel(stukken)) {
    if (s.mark) {
      const mark = document.createElement('mark');
      mark.textContent = s.tekst;
      p.append(mark);
    } else {
      p.append(s.tekst);
    }
  }
  return p;
}

function kaartje(r: Resultaat): HTMLLIElement {
  const li = document.createElement('li');
  const kop = document.createElement('h2');
  const a = document.createElement('a');
  li.className = 'vs-kaartje';
  kop.className = 'utrecht-heading-3';
  a.className = 'utrecht-link';
  a.href = r.url;
  a.textContent = r.meta.title ?? r.url;
  kop.append(a);
  li.append(kop, uittreksel(r.excerpt));
  return li;
}

function keuzelijst(naam: string, label: string, alle: string, waarden: string[], gekozen: string): HTMLElement {
  const veld = document.createElement('div');
  veld.className = 'utrecht-form-field';
  const id = `zoekfilter-${naam}`;
  veld.innerHTML = `<div class="utrecht-form-field__label"><label class="utrecht-form-label" for="${id}"></label></div><div class="utrecht-form-field__input"><select class="utrecht-textbox" id="${id}" name="${naam}"></select></div>`;
  veld.querySelector('label')!.textContent = label;
  const select = veld.querySelector('select')!;
  select.append(new Option(alle, ''), ...waarden.map((w) => new Option(w, w, false, w === gekozen)));
  return veld;
}

export async function start(form: HTMLFormElement): Promise<void> {
  const invoer = form.querySelector<HTMLInputElement>('input[name="q"]')!;
  const status = document.getElementById('zoekstatus')!;
  const lijst = document.getElementById('zoekresultaten')!;
  const filtervak = form.querySelector<HTMLElement>('[data-filters]')!;
  const params = new URLSearchParams(location.search);
  if (!invoer.value) invoer.value = params.get('q') ?? '';

  let pagefind: Pagefind;
  try {
    const url = new URL('/pagefind/pagefind.js', location.href).href;
    pagefind = (await import(/* @vite-ignore */ url)) as Pagefind;
    await pagefind.options({ ranking: zoekRanking, excerptLength: uittrekselWoorden });
    await pagefind.init();
  } catch {
    status.textContent = 'Zoeken lukt nu niet. Probeer het later opnieuw, of gebruik de lijsten hieronder.';
    for (const el of document.querySelectorAll<HTMLElement>('[data-zonder-js]')) el.hidden = false;
    return;
  }

  const beschikbaar = await pagefind.filters();
  filtervak.replaceChildren(
    ...zoekfilters.map((f) =>
      keuzelijst(f.naam, f.label, f.alle, filterWaarden(beschikbaar[f.naam]), params.get(f.naam) ?? ''),
    ),
  );
  filtervak.hidden = false;

  let volgnummer = 0;
  const zoek = async () => {
    const nummer = ++volgnummer;
    const term = invoer.value.trim();
    const velden = new FormData(form);
    const filters = kiesFilters(
      Object.fromEntries(
        zoekfilters.map((f) => {
          const v = velden.get(f.naam);
          return [f.naam, typeof v === 'string' ? v : ''];
        }),
      ),
    );
    const adres = new URLSearchParams({ q: term, ...filters });
    history.replaceState(null, '', `${location.pathname}?${adres.toString()}`);
    if (term === '') {
      lijst.replaceChildren();
      status.textContent = '';
      return;
    }
    const antwoord = await pagefind.search(term, { filters });
    if (!antwoord || nummer !== volgnummer) return; // a newer search is on its way
    const getoond = await Promise.all(antwoord.results.slice(0, maxResultaten).map((r) => r.data()));
    if (nummer !== volgnummer) return;
    lijst.replaceChildren(...getoond.map(kaartje));
    status.textContent = resultatenTekst(term, antwoord.results.length, getoond.length);
  };

  let wachten: ReturnType<typeof setTimeout> | undefined;
  invoer.addEventListener('input', () => {
    clearTimeout(wachten);
    wachten = setTimeout(() => void zoek(), 300);
  });
  form.addEventListener('change', (e) => {
    if (e.target !== invoer) void zoek();
  });
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    clearTimeout(wachten);
    void zoek();
  });
  await zoek();
}
