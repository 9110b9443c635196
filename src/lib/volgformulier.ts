/**
 * The "follow by e-mail" form as an HTML string, rendered the same on the static street,
 * project and wijk pages (build) and in the function's answer when something must be corrected
 * (no JavaScript). One field (e-mailadres) and one choice (how often). NLDS error summary with
 * links, the message at the field, everything typed kept. Pure string templating.
 */
import {
  frequenties,
  frequentieNamen,
  volgDitNamen,
  volgPrivacyTekst,
  type VolgFouten,
  type VolgInvoer,
  type VolgSoort,
} from '../domain/volgen.ts';
import { esc } from './aanmeldformulier.ts';

export const volgActie = '/api/volgen';

export interface VolgFormulierOpties {
  soort: VolgSoort;
  doel: string;
  invoer?: VolgInvoer;
  fouten?: VolgFouten;
  melding?: { soort: 'error' | 'warning' | 'info'; titel: string; tekst: string };
}

const emailId = 'volgen-email';
const frequentieId = 'volgen-frequentie';

/** "Volg deze straat per e-mail" */
export const volgKop = (soort: VolgSoort): string => `Volg ${volgDitNamen[soort]} per e-mail`;

export function volgFormulierHtml(o: VolgFormulierOpties): string {
  const invoer = o.invoer ?? {};
  const fouten = o.fouten ?? {};
  const lijst = (
    [
      ['email', emailId],
      ['frequentie', frequentieId],
    ] as const
  )
    .filter(([v]) => fouten[v])
    .map(([v, id]) => `<li><a class="utrecht-link" href="#${id}">${esc(fouten[v])}</a></li>`);
  const samenvatting = lijst.length
    ? `<div class="utrecht-alert utrecht-alert--error" role="alert" tabindex="-1" id="foutsamenvatting"><div class="utrecht-alert__content"><h2 class="utrecht-heading-2">Er ${lijst.length === 1 ? 'is 1 fout' : `zijn ${lijst.length} fouten`} in het formulier</h2><p class="utrecht-paragraph">Wat u al had ingevuld, staat er nog.</p><ul class="utrecht-unordered-list">${lijst.join('')}</ul></div></div>`
    : '';
  const melding = o.melding
    ? `<div class="utrecht-alert utrecht-alert--${o.melding.soort}" role="alert"><div class="utrecht-alert__content"><h2 class="utrecht-heading-2">${esc(o.melding.titel)}</h2><p class="utrecht-paragraph">${esc(o.melding.tekst)}</p></div></div>`
    : '';
  const ef = fouten.email;
  const ff = fouten.frequentie;
  const gekozen = invoer.frequentie === 'meteen' ? 'meteen' : 'week';
  const opties = frequenties
    .map((f, i) => {
      const id = i === 0 ? frequentieId : `${frequentieId}-${f}`;
      return `<label class="vs-optie" for="${id}"><input type="radio" id="${id}" name="frequentie" value="${f}"${f === gekozen ? ' checked' : ''}> ${esc(frequentieNamen[f])}</label>`;
    })
    .join('');
  return `<form class="vs-formulier" method="post" action="${volgActie}" novalidate>
${melding}${samenvatting}
<input type="hidden" name="soort" value="${esc(o.soort)}"><input type="hidden" name="doel" value="${esc(o.doel)}">
<div class="utrecht-form-field utrecht-form-field--text${ef ? ' utrecht-form-field--invalid' : ''}">
<div class="utrecht-form-field__label"><label class="utrecht-form-label" for="${emailId}">E-mailadres</label></div>
<div class="utrecht-form-field-description" id="${emailId}-uitleg">${esc(volgPrivacyTekst)}</div>
${ef ? `<div class="utrecht-form-field-error-message" id="${emailId}-fout"><span class="vs-visually-hidden">Fout: </span>${esc(ef)}</div>` : ''}
<div class="utrecht-form-field__input"><input class="utrecht-textbox utrecht-textbox--html-input${ef ? ' utrecht-textbox--invalid' : ''}" id="${emailId}" name="email" type="email" autocomplete="email" spellcheck="false" maxlength="254" required aria-describedby="${emailId}-uitleg${ef ? ` ${emailId}-fout` : ''}"${ef ? ' aria-invalid="true"' : ''} value="${esc(invoer.email ?? '')}"></div></div>
<fieldset class="vs-vraag${ff ? ' vs-vraag--fout' : ''}"${ff ? ` aria-describedby="${frequentieId}-fout"` : ''}><legend>Hoe vaak wilt u e-mail?</legend>
${ff ? `<div class="utrecht-form-field-error-message" id="${frequentieId}-fout">${esc(ff)}</div>` : ''}${opties}</fieldset>
<div class="vs-honingpot" hidden><label for="volgen-website">Laat dit veld leeg</label><input id="volgen-website" name="website" type="text" tabindex="-1" autocomplete="off"></div>
<p class="utrecht-paragraph">U krijgt eerst een e-mail om te bevestigen. Lees meer in de <a class="utrecht-link" href="/privacy/#volgen">privacyverklaring</a>.</p>
<button class="utrecht-button utrecht-button--primary-action utrecht-button--submit" type="submit">Volgen</button>
</form>`;
}
