/**
 * The sign-up form and its answers as HTML strings, rendered the same way in three places:
 * the static avond page (build), the function's answer pages (no JavaScript) and the browser
 * script (with JavaScript). NL Design System markup; errors follow the NLDS pattern: an error
 * summary at the top linking to the fields, and the message at each field. Everything typed
 * stays filled in. Pure string templating, no Astro, no DOM.
 */
import { aanmeldVelden, maxPersonen, maxVraag, privacyTekst, type Fouten, type Invoer } from '../domain/aanmelding.ts';

export const esc = (s: string | number | undefined): string =>
  String(s ?? '').replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
  );

/**
 * An e-mail address as escaped HTML with break chances (`<wbr>`) after the @ and before each dot,
 * so a long address wraps there on a narrow screen instead of mid-name. Screen readers and copy
 * read the same address. For link text and table cells; never inside an attribute.
 */
export const emailHtml = (adres: string): string => esc(adres).replace(/@/g, '@<wbr>').replace(/\./g, '<wbr>.');

export const veldId = (veld: string): string => `aanmelding-${veld}`;

export interface FormulierOpties {
  slug: string;
  invoer?: Invoer;
  fouten?: Fouten;
  /** An alert above the form, e.g. when the database is down (the input stays). */
  melding?: { soort: 'error' | 'warning' | 'info'; titel: string; tekst: string };
  bewaarDagen?: number;
  /** Rendered `hidden`: the avond page before sign-up opens; the loader shows it once the function says it is open. */
  verborgen?: boolean;
  /** Without the submit button: sign-up has closed, the form is only shown so nothing typed is lost. */
  zonderKnop?: boolean;
}

export const actieVan = (slug: string): string => `/api/avonden/${slug}/aanmeldingen`;

export function foutSamenvatting(fouten: Fouten): string {
  const lijst = aanmeldVelden
    .filter((v) => fouten[v.naam])
    .map(
      (v) =>
        `<li class="utrecht-unordered-list__item"><a class="utrecht-link" href="#${veldId(v.naam)}">${esc(fouten[v.naam])}</a></li>`,
    );
  if (lijst.length === 0) return '';
  return `<div class="utrecht-alert utrecht-alert--error vs-foutsamenvatting" role="alert" tabindex="-1" id="foutsamenvatting">
<div class="utrecht-alert__content"><h2 class="utrecht-heading-2">Er ${lijst.length === 1 ? 'is 1 fout' : `zijn ${lijst.length} fouten`} in het formulier</h2>
<p class="utrecht-paragraph">Verbeter ${lijst.length === 1 ? 'het veld' : 'de velden'} hieronder. Wat u al had ingevuld, staat er nog.</p>
<ul class="utrecht-unordered-list">${lijst.join('')}</ul></div></div>`;
}

function veld(v: (typeof aanmeldVelden)[number], invoer: Invoer, fouten: Fouten): string {
  const id = veldId(v.naam);
  const fout = fouten[v.naam];
  const beschreven = [`${id}-uitleg`, ...(fout ? [`${id}-fout`] : [])].join(' ');
  const ongeldig = fout ? ' aria-invalid="true"' : '';
  const waarde = invoer[v.naam] ?? (v.naam === 'personen' ? '1' : '');
  const gemeen = `id="${id}" name="${v.naam}" aria-describedby="${beschreven}"${ongeldig}${v.optioneel ? '' : ' required'}`;
  const invoerHtml =
    v.naam === 'vraag'
      ? `<textarea class="utrecht-textarea utrecht-textarea--html-textarea${fout ? ' utrecht-textarea--invalid' : ''}" ${gemeen} rows="4" maxlength="${maxVraag}">${esc(waarde)}</textarea>`
      : `<input class="utrecht-textbox utrecht-textbox--html-input${fout ? ' utrecht-textbox--invalid' : ''}${v.naam === 'personen' ? ' utrecht-textbox--numeric vs-kort' : ''}" ${gemeen} ${
          {
            naam: 'type="text" autocomplete="name" maxlength="100"',
            email: 'type="email" autocomplete="email" spellcheck="false" maxlength="254"',
            personen: `type="text" inputmode="numeric" pattern="[1-${maxPersonen}]" autocomplete="off" maxlength="1"`,
            vraag: '',
          }[v.naam]
        } value="${esc(waarde)}">`;
  return `<div class="utrecht-form-field utrecht-form-field--text${fout ? ' utrecht-form-field--invalid' : ''}">
<div class="utrecht-form-field__label"><label class="utrecht-form-label" for="${id}">${esc(v.label)}${v.optioneel ? ' (optioneel)' : ''}</label></div>
<div class="utrecht-form-field__description utrecht-form-field-description" id="${id}-uitleg">${esc(v.uitleg)}</div>
${fout ? `<div class="utrecht-form-field__error-message utrecht-form-field-error-message" id="${id}-fout"><span class="vs-visually-hidden">Fout: </span>${esc(fout)}</div>` : ''}
<div class="utrecht-form-field__input">${invoerHtml}</div></div>`;
}

/** The whole form. `data-laadt="formulier"` marks it for the loader script (and the budget check). */
export function formulierHtml(o: FormulierOpties): string {
  const invoer = o.invoer ?? {};
  const fouten = o.fouten ?? {};
  const melding = o.melding
    ? `<div class="utrecht-alert utrecht-alert--${o.melding.soort}" role="alert"><div class="utrecht-alert__content"><h2 class="utrecht-heading-2">${esc(o.melding.titel)}</h2><p class="utrecht-paragraph">${esc(o.melding.tekst)}</p></div></div>`
    : '';
  return `<form class="vs-formulier" method="post" action="${esc(actieVan(o.slug))}" novalidate data-laadt="formulier" data-avond="${esc(o.slug)}"${o.verborgen ? ' hidden' : ''}>
${melding}${foutSamenvatting(fouten)}
${aanmeldVelden.map((v) => veld(v, invoer, fouten)).join('\n')}
<div class="vs-honingpot" hidden><label for="aanmelding-website">Laat dit veld leeg</label><input id="aanmelding-website" name="website" type="text" tabindex="-1" autocomplete="off"></div>
<p class="utrecht-paragraph vs-privacy">${esc(privacyTekst(o.bewaarDagen))} Lees meer in de <a class="utrecht-link" href="/privacy/">privacyverklaring</a>.</p>
<p class="utrecht-paragraph" data-plaatsen aria-live="polite"></p>
${o.zonderKnop ? '' : '<button class="utrecht-button utrecht-button--primary-action utrecht-button--submit" type="submit">Aanmelden</button>\n'}</form>`;
}
