/**
 * The survey form as an HTML string, rendered the same way by the static survey page (build) and
 * by the function when it shows the form again (no JavaScript): one fieldset with a legend per
 * question, the NLDS error pattern (summary with links at the top, message at the question) and
 * every answer kept. Required markers, maxlength and "kies hoogstens N" come from the same
 * definition that src/domain/antwoord.ts turns into the validation schema.
 */
import { enquetePrivacyTekst, formulierVeld, optiesVan, type Fouten, type Invoer } from '../domain/antwoord.ts';
import type { Enquete, Vraag } from '../domain/schemas.ts';
import { esc } from './aanmeldformulier.ts';

export const codeVeld = 'code';
export const antwoordenActie = (slug: string): string => `/api/enquetes/${slug}/antwoorden`;
export const resultatenUrl = (slug: string): string => `/api/enquetes/${slug}/resultaten`;

/** Id of the first input of a question (the error summary links there). */
export const vraagVeldId = (id: string): string => `vraag-${id}`;

export interface EnqueteFormulierOpties {
  enquete: Pick<Enquete, 'slug' | 'vragen' | 'lettercode'>;
  invoer?: Invoer;
  fouten?: Fouten;
  melding?: { soort: 'error' | 'warning' | 'info'; titel: string; tekst: string };
}

const lijstVan = (w: string | string[] | undefined): string[] => (w === undefined ? [] : Array.isArray(w) ? w : [w]);

/** What the resident should know before answering, under the legend. */
export function vraagUitleg(v: Vraag): string[] {
  const uit: string[] = [];
  if (v.toelichting) uit.push(v.toelichting);
  if (v.type === 'meerkeuze') uit.push(`Kies hoogstens ${v.maximum}.`);
  if (v.type === 'schaal') uit.push(`1 is ${v.labels.laag.toLowerCase()}, 5 is ${v.labels.hoog.toLowerCase()}.`);
  if (v.type === 'tekst') uit.push(`Hoogstens ${v.maxLengte} tekens. Schrijf geen naam of adres.`);
  return uit;
}

export function enqueteFoutSamenvatting(o: EnqueteFormulierOpties): string {
  const fouten = o.fouten ?? {};
  const eerste = o.enquete.vragen[0]?.id ?? '';
  const velden = [formulierVeld, ...(o.enquete.lettercode ? [codeVeld] : []), ...o.enquete.vragen.map((v) => v.id)];
  // A message about the whole form links to the first question: where answering starts.
  const doel = (id: string): string =>
    id === codeVeld ? 'enquete-code' : vraagVeldId(id === formulierVeld ? eerste : id);
  const lijst = velden
    .filter((id) => fouten[id])
    .map(
      (id) =>
        `<li class="utrecht-unordered-list__item"><a class="utrecht-link" href="#${doel(id)}">${esc(fouten[id])}</a></li>`,
    );
  if (lijst.length === 0) return '';
  const vragenFout = o.enquete.vragen.filter((v) => fouten[v.id]).length;
  return `<div class="utrecht-alert utrecht-alert--error vs-foutsamenvatting" role="alert" tabindex="-1" id="foutsamenvatting">
<div class="utrecht-alert__content"><h2 class="utrecht-heading-2">Er ${lijst.length === 1 ? 'is 1 fout' : `zijn ${lijst.length} fouten`} in het formulier</h2>
<p class="utrecht-paragraph">${vragenFout === 0 ? 'Uw antwoorden zijn nog niet verstuurd.' : `Verbeter ${vragenFout === 1 ? 'de vraag' : 'de vragen'} hieronder. Uw andere antwoorden staan er nog.`}</p>
<ul class="utrecht-unordered-list">${lijst.join('')}</ul></div></div>`;
}

function foutHtml(id: string, fout: string | undefined): string {
  return fout
    ? `<div class="utrecht-form-field__error-message utrecht-form-field-error-message" id="${id}-fout"><span class="vs-visually-hidden">Fout: </span>${esc(fout)}</div>`
    : '';
}

function vraagHtml(v: Vraag, nummer: number, invoer: Invoer, fouten: Fouten): string {
  const id = vraagVeldId(v.id);
  const fout = fouten[v.id];
  const uitleg = vraagUitleg(v);
  const beschreven = [...(uitleg.length ? [`${id}-uitleg`] : []), ...(fout ? [`${id}-fout`] : [])].join(' ');
  const aria = beschreven ? ` aria-describedby="${beschreven}"` : '';
  const kop = `<legend id="${id}-vraag">${nummer}. ${esc(v.vraag)}${v.verplicht ? '' : ' (niet verplicht)'}</legend>
${uitleg.length ? `<div class="utrecht-form-field-description" id="${id}-uitleg">${uitleg.map(esc).join(' ')}</div>` : ''}
${foutHtml(id, fout)}`;
  let velden: string;
  if (v.type === 'tekst') {
    // aria-required, not required: an empty required textarea matches :invalid, which NLDS draws red at once.
    const w = lijstVan(invoer[v.id])[0] ?? '';
    velden = `<div class="utrecht-form-field utrecht-form-field--text"><div class="utrecht-form-field__input"><textarea class="utrecht-textarea utrecht-textarea--html-textarea${fout ? ' utrecht-textarea--invalid' : ''}" id="${id}" name="${esc(v.id)}" rows="4" maxlength="${v.maxLengte}" aria-labelledby="${id}-vraag"${aria}${fout ? ' aria-invalid="true"' : ''}${v.verplicht ? ' aria-required="true"' : ''}>${esc(w)}</textarea></div></div>`;
  } else {
    const soort = v.type === 'meerkeuze' ? 'checkbox' : 'radio';
    const gekozen = new Set(lijstVan(invoer[v.id]));
    velden = optiesVan(v)
      .map((o, i) => {
        const oid = i === 0 ? id : `${id}-${i + 1}`;
        return `<label class="vs-optie" for="${oid}"><input type="${soort}" id="${oid}" name="${esc(v.id)}" value="${esc(o.waarde)}"${gekozen.has(o.waarde) ? ' checked' : ''}${v.verplicht && soort === 'radio' ? ' required' : ''}> ${esc(o.label)}</label>`;
      })
      .join('');
  }
  // A group of options: the fieldset (role group) carries the hint and the error, so they are read with the legend.
  return `<fieldset class="vs-vraag${fout ? ' vs-vraag--fout' : ''}"${v.type === 'tekst' ? '' : aria}>
${kop}
${velden}</fieldset>`;
}

function codeHtml(invoer: Invoer, fouten: Fouten): string {
  const fout = fouten[codeVeld];
  const id = 'enquete-code';
  return `<div class="utrecht-form-field utrecht-form-field--text${fout ? ' utrecht-form-field--invalid' : ''}">
<div class="utrecht-form-field__label"><label class="utrecht-form-label" for="${id}">Code uit de brief</label></div>
<div class="utrecht-form-field__description utrecht-form-field-description" id="${id}-uitleg">Elk adres in de straten waar het om gaat kreeg een brief met een code. Met die code kunt u één keer meedoen. Hoofdletters en streepjes maken niet uit.</div>
${foutHtml(id, fout)}
<div class="utrecht-form-field__input"><input class="utrecht-textbox utrecht-textbox--html-input${fout ? ' utrecht-textbox--invalid' : ''}" type="text" id="${id}" name="${codeVeld}" autocomplete="off" autocapitalize="characters" spellcheck="false" maxlength="20" required aria-describedby="${id}-uitleg${fout ? ` ${id}-fout` : ''}"${fout ? ' aria-invalid="true"' : ''} value="${esc(lijstVan(invoer[codeVeld])[0] ?? '')}"></div></div>`;
}

/** The whole form: a plain POST, no JavaScript needed. */
export function enqueteFormulierHtml(o: EnqueteFormulierOpties): string {
  const invoer = o.invoer ?? {};
  const fouten = o.fouten ?? {};
  const e = o.enquete;
  const melding = o.melding
    ? `<div class="utrecht-alert utrecht-alert--${o.melding.soort}" role="alert"><div class="utrecht-alert__content"><h2 class="utrecht-heading-2">${esc(o.melding.titel)}</h2><p class="utrecht-paragraph">${esc(o.melding.tekst)}</p></div></div>`
    : '';
  return `<form class="vs-formulier" method="post" action="${esc(antwoordenActie(e.slug))}" novalidate>
${melding}${enqueteFoutSamenvatting(o)}
${e.lettercode ? codeHtml(invoer, fouten) : ''}
${e.vragen.map((v, i) => vraagHtml(v, i + 1, invoer, fouten)).join('\n')}
<div class="vs-honingpot" hidden><label for="enquete-website">Laat dit veld leeg</label><input id="enquete-website" name="website" type="text" tabindex="-1" autocomplete="off"></div>
<p class="utrecht-paragraph vs-privacy">${esc(enquetePrivacyTekst(e.lettercode))} Lees meer in de <a class="utrecht-link" href="/privacy/#enquetes">privacyverklaring</a>.</p>
<button class="utrecht-button utrecht-button--primary-action utrecht-button--submit" type="submit">Antwoorden versturen</button>
</form>`;
}
