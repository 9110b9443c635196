/**
 * The answer to a sign-up as HTML: rendered by the function (confirmation and manage page,
 * without JavaScript) and by the browser script (inline, with JavaScript) — the same words.
 */
import { esc } from './aanmeldformulier.ts';

export type Status = 'bevestigd' | 'wachtlijst';

export const statusTekst = (status: Status, personen: number): string =>
  status === 'bevestigd'
    ? `U bent aangemeld${personen > 1 ? ` met ${personen} personen` : ''}. Er is plaats voor u.`
    : `De avond is vol. U staat op de wachtlijst${personen > 1 ? ` met ${personen} personen` : ''}. Komt er plaats vrij, dan krijgt u meteen een e-mail.`;

export const agendaUrl = (slug: string): string => `/avonden/${slug}/agenda.ics`;

export interface Uitslag {
  slug: string;
  status: Status;
  referentie: string;
  personen: number;
  beheerUrl: string;
  /** Persons waiting before this sign-up (waitlist only). */
  wachtenVoor?: number;
}

/** Status, reference, calendar link and the personal manage link. */
export function uitslagHtml(u: Uitslag, kop = 'h2'): string {
  const soort = u.status === 'bevestigd' ? 'ok' : 'warning';
  const titel = u.status === 'bevestigd' ? 'U bent aangemeld' : 'U staat op de wachtlijst';
  const plek =
    u.status === 'wachtlijst' && u.wachtenVoor !== undefined
      ? `<p class="utrecht-paragraph">Er ${u.wachtenVoor === 1 ? 'staat 1 aanmelding' : `staan ${u.wachtenVoor} aanmeldingen`} vóór u op de wachtlijst.</p>`
      : '';
  return `<div class="vs-uitslag" data-status="${esc(u.status)}">
<div class="utrecht-alert utrecht-alert--${soort}" role="status"><div class="utrecht-alert__content">
<${kop} class="utrecht-heading-2" tabindex="-1" id="uitslag">${titel}</${kop}>
<p class="utrecht-paragraph">${esc(statusTekst(u.status, u.personen))}</p>${plek}
<p class="utrecht-paragraph">Uw referentie: <strong data-referentie>${esc(u.referentie)}</strong></p>
</div></div>
<ul class="utrecht-unordered-list">
<li class="utrecht-unordered-list__item"><a class="utrecht-link" href="${esc(agendaUrl(u.slug))}" download>Zet de avond in uw agenda (.ics-bestand)</a></li>
<li class="utrecht-unordered-list__item"><a class="utrecht-link" href="${esc(u.beheerUrl)}" data-beheerlink>Uw aanmelding bekijken of afzeggen</a></li>
</ul>
<p class="utrecht-paragraph">Wij hebben u deze gegevens ook gemaild. Deel de link om af te zeggen niet met anderen: met de link kan iemand uw aanmelding afzeggen.</p>
</div>`;
}

/** The generic answer when the address was already signed up: reveals nothing about that sign-up. */
export function ontvangenHtml(): string {
  return `<div class="vs-uitslag" data-status="ontvangen">
<div class="utrecht-alert utrecht-alert--info" role="status"><div class="utrecht-alert__content">
<h2 class="utrecht-heading-2" tabindex="-1" id="uitslag">Wij hebben uw aanmelding ontvangen</h2>
<p class="utrecht-paragraph">Kijk in uw e-mail. Daar staat of er plaats voor u is, en de link om uw aanmelding te bekijken of af te zeggen. Ziet u geen e-mail? Kijk dan ook bij uw ongewenste e-mail.</p>
</div></div></div>`;
}
