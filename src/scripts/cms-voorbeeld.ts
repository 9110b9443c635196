/**
 * The CMS preview pane shows an entry the way the site does: the site's stylesheet (registered in
 * cms.ts), the theme classes the pages put on <html> and <body>, the sample-data notice when
 * `bron` is "voorbeeld" (the same words as the pages), the title as an NL Design System heading,
 * the summary as lead paragraph, the facts an editor must check as the site writes them (dates
 * in Dutch: "dinsdag 9 maart 2027, 19:30"), then the Markdown text. One template for every
 * collection; `feitenVan` knows which facts each collection shows.
 *
 * Sveltia renders preview templates with React; `window.h` is its `createElement`.
 */
import type { CustomPreviewTemplateProps } from '@sveltia/cms';
import {
  amsterdamNaarMoment,
  datumLang,
  datumTijd,
  dagBeginMoment,
  isLokaleDatum,
  isLokaleTijd,
  tijd,
} from '../domain/tijd.ts';
import { voorbeeldMelding } from '../lib/voorbeeld.ts';

type Maak = (type: string, props: Record<string, unknown> | null, ...kinderen: unknown[]) => unknown;

/** A field's value as plain data (Sveltia keeps entries as Immutable maps). */
function waarde(props: CustomPreviewTemplateProps, pad: readonly string[]): unknown {
  const w: unknown = props.entry.getIn(['data', ...pad]);
  return w !== null && typeof w === 'object' && 'toJS' in w ? (w as { toJS: () => unknown }).toJS() : w;
}
const tekst = (props: CustomPreviewTemplateProps, ...pad: string[]): string | undefined => {
  const w = waarde(props, pad);
  return typeof w === 'string' && w.trim() !== '' ? w : undefined;
};

/** "2027-03-09T19:30" → "dinsdag 9 maart 2027, 19:30"; "2027-03-09" → "dinsdag 9 maart 2027"; else as typed. */
export function leesbareTijd(lokaal: string | undefined): string | undefined {
  if (!lokaal) return undefined;
  if (isLokaleTijd(lokaal)) return datumTijd(amsterdamNaarMoment(lokaal));
  if (isLokaleDatum(lokaal)) return datumLang(dagBeginMoment(lokaal));
  return lokaal;
}

/** The facts of an entry the preview lists (label → text), per collection. */
function feitenVan(collectie: string, props: CustomPreviewTemplateProps): [string, string | undefined][] {
  switch (collectie) {
    case 'avonden': {
      const start = tekst(props, 'start');
      const eind = tekst(props, 'eind');
      const totTijd = eind && isLokaleTijd(eind) ? ` tot ${tijd(amsterdamNaarMoment(eind))} uur` : '';
      const locatie = [tekst(props, 'locatie', 'naam'), tekst(props, 'locatie', 'adres')].filter(Boolean).join(', ');
      return [
        ['Wanneer', start ? `${leesbareTijd(start)}${totTijd}` : undefined],
        ['Waar', locatie || undefined],
        [
          'Aanmelden',
          tekst(props, 'aanmelding', 'sluit') && `tot ${leesbareTijd(tekst(props, 'aanmelding', 'sluit'))}`,
        ],
        ['Gaat niet door', tekst(props, 'geannuleerd', 'reden')],
      ];
    }
    case 'berichten':
      return [
        ['Datum', leesbareTijd(tekst(props, 'datum'))],
        ['Hinder vanaf', leesbareTijd(tekst(props, 'van'))],
        ['Hinder tot en met', leesbareTijd(tekst(props, 'tot'))],
      ];
    case 'enquetes':
      return [
        ['Open vanaf', leesbareTijd(tekst(props, 'opent'))],
        ['Open tot', leesbareTijd(tekst(props, 'sluit'))],
      ];
    case 'projecten': {
      const fasen = waarde(props, ['fasen']);
      const als = (w: unknown): string | undefined => (typeof w === 'string' && w !== '' ? w : undefined);
      return (Array.isArray(fasen) ? (fasen as Record<string, unknown>[]) : []).map((f) => [
        als(f['naam']) ?? 'Fase',
        `${leesbareTijd(als(f['start'])) ?? '?'} tot en met ${leesbareTijd(als(f['eind'])) ?? '?'}`,
      ]);
    }
    default:
      return [];
  }
}

/** The preview component for `collectie` (a React function component, called by Sveltia). */
export const voorbeeldSjabloon =
  (collectie: string) =>
  (props: CustomPreviewTemplateProps): unknown => {
    const h = (window as unknown as { h: Maak }).h;
    const titel =
      tekst(props, 'titel') ?? tekst(props, 'naam') ?? tekst(props, 'gelegenheid', 'onderwerp') ?? '(nog zonder titel)';
    const inleiding = tekst(props, 'samenvatting') ?? tekst(props, 'intro');
    const feiten = feitenVan(collectie, props).filter((f): f is [string, string] => f[1] !== undefined);
    return h(
      'div',
      { className: 'utrecht-root voorschoten-theme' },
      h(
        'div',
        { className: 'utrecht-body' },
        h(
          'main',
          { className: 'utrecht-document vs-container', lang: 'nl' },
          tekst(props, 'bron') === 'voorbeeld' &&
            h(
              'div',
              { className: 'utrecht-alert utrecht-alert--info vs-voorbeeld', role: 'note' },
              h(
                'div',
                { className: 'utrecht-alert__content' },
                h(
                  'p',
                  { className: 'utrecht-alert__message utrecht-paragraph' },
                  h('strong', null, voorbeeldMelding.kop),
                  ` ${voorbeeldMelding.tekst}`,
                ),
              ),
            ),
          h('h1', { className: 'utrecht-heading-1' }, titel),
          inleiding && h('p', { className: 'utrecht-paragraph utrecht-paragraph--lead' }, inleiding),
          feiten.length > 0 &&
            h(
              'dl',
              { className: 'utrecht-data-list' },
              ...feiten.map(([sleutel, w]) =>
                h(
                  'div',
                  { className: 'utrecht-data-list__item', key: sleutel },
                  h('dt', { className: 'utrecht-data-list__item-key' }, sleutel),
                  h('dd', { className: 'utrecht-data-list__item-value' }, w),
                ),
              ),
            ),
          h('div', { className: 'vs-cms-tekst' }, props.widgetFor('body')),
        ),
      ),
    );
  };
