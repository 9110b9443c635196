/**
 * The CMS preview pane shows an entry the way the site does: the site's stylesheet
 * (registered in cms.ts) and the site's markup around the fields — the page title as an NL
 * Design System heading, the one-line summary as the lead paragraph, the sample-data notice when
 * `bron` is "voorbeeld", then the Markdown text. One template for every collection.
 *
 * Sveltia renders preview templates with React; `window.h` is its `createElement`.
 */
import type { CustomPreviewTemplateProps } from '@sveltia/cms';

type Maak = (type: string, props: Record<string, unknown> | null, ...kinderen: unknown[]) => unknown;

const tekstVan = (props: CustomPreviewTemplateProps, veld: string): string | undefined => {
  const waarde: unknown = props.entry.getIn(['data', veld]);
  return typeof waarde === 'string' && waarde.trim() !== '' ? waarde : undefined;
};

/** The preview component (a React function component, called by Sveltia). */
export function voorbeeldSjabloon(props: CustomPreviewTemplateProps): unknown {
  const h = (window as unknown as { h: Maak }).h;
  const titel = tekstVan(props, 'titel') ?? tekstVan(props, 'naam') ?? tekstVan(props, 'wijk') ?? '(nog zonder titel)';
  const inleiding = tekstVan(props, 'samenvatting') ?? tekstVan(props, 'intro');
  const voorbeeld = tekstVan(props, 'bron') === 'voorbeeld';
  return h(
    'main',
    { className: 'utrecht-document vs-container' },
    voorbeeld &&
      h(
        'div',
        { className: 'utrecht-alert utrecht-alert--info vs-voorbeeld', role: 'note' },
        h(
          'p',
          { className: 'utrecht-alert__message utrecht-paragraph' },
          h('strong', null, 'Let op: voorbeeldgegevens.'),
          ' De site zegt erbij dat dit geen echte gegevens van de gemeente zijn.',
        ),
      ),
    h('h1', { className: 'utrecht-heading-1' }, titel),
    inleiding && h('p', { className: 'utrecht-paragraph utrecht-paragraph--lead' }, inleiding),
    h('div', { className: 'vs-cms-tekst' }, props.widgetFor('body')),
  );
}
