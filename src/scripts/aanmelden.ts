/**
 * Inline submit for the sign-up form, loaded on demand by aanmelden-lader.ts. Checks with the
 * same zod schema as the function, posts as JSON-accepting form data, and shows the same HTML
 * the function would (src/lib/aanmeldformulier.ts, src/lib/aanmelduitslag.ts), moving focus
 * to the error summary or the answer. Anything unexpected falls back to a normal form post.
 */
import { aanmeldVelden, controleerAanmelding, type Fouten, type Invoer } from '../domain/aanmelding.ts';
import { formulierHtml, type FormulierOpties } from '../lib/aanmeldformulier.ts';
import { agendaUrl, ontvangenHtml, uitslagHtml, type Status } from '../lib/aanmelduitslag.ts';

function vervang(oud: Element, html: string): HTMLElement {
  const houder = document.createElement('div');
  houder.innerHTML = html;
  const nieuw = houder.firstElementChild as HTMLElement;
  oud.replaceWith(nieuw);
  return nieuw;
}

function toonFormulier(form: HTMLFormElement, slug: string, o: Omit<FormulierOpties, 'slug'>): void {
  const nieuw = vervang(form, formulierHtml({ slug, ...o })) as HTMLFormElement;
  verbeter(nieuw, false);
  (nieuw.querySelector<HTMLElement>('#foutsamenvatting, [role="alert"]') ?? nieuw).focus();
}

async function verstuur(form: HTMLFormElement): Promise<void> {
  // One post per form: a second submit while this one is on its way sends nothing. The form is
  // replaced by the answer (or a fresh form on an error), so the flag never needs resetting.
  if (form.dataset['bezig'] === 'ja') return;
  form.dataset['bezig'] = 'ja';
  const slug = form.dataset['avond'] ?? '';
  const velden = new URLSearchParams();
  const invoer: Invoer = {};
  for (const [k, v] of new FormData(form)) if (typeof v === 'string') velden.set(k, v);
  for (const v of aanmeldVelden) invoer[v.naam] = velden.get(v.naam) ?? '';
  const controle = controleerAanmelding(invoer);
  if (!controle.ok) {
    toonFormulier(form, slug, { invoer, fouten: controle.fouten });
    return;
  }

  const knop = form.querySelector<HTMLButtonElement>('button[type="submit"]');
  if (knop) {
    knop.disabled = true;
    knop.setAttribute('aria-busy', 'true');
  }
  let r: Response;
  try {
    r = await fetch(form.action, { method: 'POST', headers: { accept: 'application/json' }, body: velden });
  } catch {
    const tekst = 'Er is geen verbinding. Wat u invulde, staat er nog. Probeer het zo opnieuw.';
    toonFormulier(form, slug, { invoer, melding: { soort: 'error', titel: 'Niet verstuurd', tekst } });
    return;
  }
  const body = (await r.json().catch(() => ({}))) as {
    status?: Status;
    referentie?: string;
    beheerUrl?: string;
    fouten?: Fouten;
    fout?: string;
  };
  if (r.status === 201 && body.status && body.referentie && body.beheerUrl) {
    const u = vervang(
      form,
      uitslagHtml({
        slug,
        status: body.status,
        referentie: body.referentie,
        personen: Number(invoer.personen),
        beheerUrl: body.beheerUrl,
      }),
    );
    // The confirmation has the calendar link: drop the page's own one below the form, or it shows twice.
    for (const a of document.querySelectorAll(`a[href="${agendaUrl(slug)}"]`))
      if (!u.contains(a)) a.closest('p')?.remove();
    u.querySelector<HTMLElement>('#uitslag')?.focus();
  } else if (r.status === 202) {
    vervang(form, ontvangenHtml()).querySelector<HTMLElement>('#uitslag')?.focus();
  } else if (r.status === 422 && body.fouten) {
    toonFormulier(form, slug, { invoer, fouten: body.fouten });
  } else {
    const tekst = body.fout ?? 'Er ging iets mis. Wat u invulde, staat er nog. Probeer het later opnieuw.';
    toonFormulier(form, slug, {
      invoer,
      melding: { soort: r.status === 429 ? 'warning' : 'error', titel: 'Niet verstuurd', tekst },
    });
  }
}

/** Takes over the form's submit; `nu` sends right away (the resident already pressed the button). */
export function verbeter(form: HTMLFormElement, nu: boolean): void {
  if (form.dataset['verbeterd'] !== 'ja') {
    form.dataset['verbeterd'] = 'ja';
    form.addEventListener('submit', (e) => {
      e.preventDefault();
      e.stopImmediatePropagation();
      void verstuur(form);
    });
  }
  if (nu) void verstuur(form);
}
