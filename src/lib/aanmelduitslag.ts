/**
 * The answer to a sign-up as HTML: rendered by the function (confirmation and manage page,
 * without JavaScript) and by the browser script (inline, with JavaScript) — the same words.
 */
import { esc } from './aanmeldformulier.ts';

export type Status = 'bevestigd' | 'wachtlijst';

export const statusTekst = (status: Status, personen: number): string =>
  status === 'bevestigd'
    ? `U bent aangemeld${personen > 1 ? ` met ${personen} personen` : ''}. Er is plaats voor u.`
    : `Er is nu niet genoeg plaats. U staat op de wachtlijst${personen > 1 ? ` met ${personen} personen` : ''}. Komt er plaats voor u vrij, dan krijgt u meteen een e-mail.`;

/** Where a waiting sign-up stands: computed from the avond's capacity and the waitlist in order of arrival. */
export interface Wachtrij {
  /** Places free now: capacity minus confirmed persons. */
  vrij: number;
  /** Waiting sign-ups that came before this one, and their persons together. */
  voor: number;
  voorPersonen: number;
}

/**
 * How many more persons must cancel (zich afmelden) before there are places for everyone waiting before this
 * sign-up and for this group (a group is never split): persons before + group − free now, ≥ 0.
 */
export const nogAfzeggen = (personen: number, w: Wachtrij): number => Math.max(0, w.voorPersonen + personen - w.vrij);

const persoon = (n: number): string => (n === 1 ? '1 persoon' : `${n} personen`);

/**
 * The waitlist explained truthfully, in plain Dutch (B1): places free now and the group's size,
 * who is before it, how many persons must still cancel, and the rule — places go in order of
 * arrival to whoever fits, so a smaller sign-up that came later can get a place first.
 */
export function wachtlijstUitleg(personen: number, w: Wachtrij): string[] {
  const n = nogAfzeggen(personen, w);
  const vrij =
    w.vrij <= 0
      ? 'Er is nu geen plaats vrij'
      : `Er ${w.vrij === 1 ? 'is' : 'zijn'} nu ${w.vrij === 1 ? '1 plaats' : `${w.vrij} plaatsen`} vrij`;
  return [
    `${vrij}; ${personen === 1 ? 'u komt met 1 persoon' : `uw groep is ${personen} personen`}.`,
    w.voor === 0
      ? 'Er staat niemand vóór u op de wachtlijst.'
      : `Vóór u ${w.voor === 1 ? 'staat 1 aanmelding' : `staan ${w.voor} aanmeldingen`} op de wachtlijst, met samen ${persoon(w.voorPersonen)}.`,
    ...(n > 0
      ? [
          `Als nog ${persoon(n)} ${n === 1 ? 'zich afmeldt' : 'zich afmelden'}, is er genoeg plaats voor ${w.voor === 0 ? 'u' : 'hen en voor u'}.`,
        ]
      : []),
    personen === 1
      ? 'Plaatsen gaan in volgorde van aanmelding naar wie past. Past een groep vóór u nog niet, dan krijgt u de plaats eerder.'
      : 'Plaatsen gaan in volgorde van aanmelding naar wie past. Een groep splitsen we niet. Is er een plaats vrij, maar niet genoeg voor uw groep? Dan krijgt iemand na u die wel past die plaats. Zo kan het voor u langer duren.',
  ];
}

export const agendaUrl = (slug: string): string => `/avonden/${slug}/agenda.ics`;

export interface Uitslag {
  slug: string;
  status: Status;
  referentie: string;
  personen: number;
  beheerUrl: string;
  /** Where a waiting sign-up stands (waitlist only; the manage page knows, the inline answer does not). */
  wachtrij?: Wachtrij;
}

/**
 * Status, reference, calendar link and the personal manage link (left out on the manage page
 * itself, `opBeheerpagina`, where it would link to the page the resident is on).
 */
export function uitslagHtml(u: Uitslag, kop = 'h2', opBeheerpagina = false): string {
  const soort = u.status === 'bevestigd' ? 'ok' : 'warning';
  const titel = u.status === 'bevestigd' ? 'U bent aangemeld' : 'U staat op de wachtlijst';
  const plek =
    u.status === 'wachtlijst' && u.wachtrij
      ? wachtlijstUitleg(u.personen, u.wachtrij)
          .map((t) => `<p class="utrecht-paragraph">${esc(t)}</p>`)
          .join('')
      : '';
  return `<div class="vs-uitslag" data-status="${esc(u.status)}">
<div class="utrecht-alert utrecht-alert--${soort}" role="status"><div class="utrecht-alert__content">
<${kop} class="utrecht-heading-2" tabindex="-1" id="uitslag">${titel}</${kop}>
<p class="utrecht-paragraph">${esc(statusTekst(u.status, u.personen))}</p>${plek}
<p class="utrecht-paragraph">Uw referentie: <strong data-referentie>${esc(u.referentie)}</strong></p>
</div></div>
<ul class="utrecht-unordered-list">
<li class="utrecht-unordered-list__item"><a class="utrecht-link" href="${esc(agendaUrl(u.slug))}" download>Zet de avond in uw agenda (.ics-bestand)</a></li>
${opBeheerpagina ? '' : `<li class="utrecht-unordered-list__item"><a class="utrecht-link" href="${esc(u.beheerUrl)}" data-beheerlink>Uw aanmelding bekijken of u afmelden</a></li>`}
</ul>
<p class="utrecht-paragraph">Wij hebben u deze gegevens ook gemaild. Deel ${opBeheerpagina ? 'de link naar deze pagina' : 'deze link'} niet met anderen: met de link kan iemand u afmelden.</p>
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
