/**
 * The e-mails of "volgen" (follow by e-mail), in plain B1 Dutch: the confirmation, "you already
 * follow this", and the alert with what is new. Alerts are plain text plus simple HTML (titles,
 * dates, links straight to our pages: no redirects, no images, no tracking), with the manage and
 * the one-click unsubscribe link.
 */
import type { NieuwsItem } from '../../src/domain/nieuws.ts';
import { datumLang } from '../../src/domain/tijd.ts';
import { bevestigUren, frequentieNamen, type Frequentie } from '../../src/domain/volgen.ts';
import { esc } from '../../src/lib/aanmeldformulier.ts';
import type { Mail } from './berichten.ts';

export const bevestigUrl = (basisUrl: string, token: string): string => `${basisUrl}/api/volgen/bevestigen/${token}`;
export const volgBeheerUrl = (basisUrl: string, token: string): string => `${basisUrl}/api/volgen/beheer/${token}`;
export const afmeldUrl = (basisUrl: string, token: string): string => `${basisUrl}/api/volgen/afmelden/${token}`;

const groet = ['', 'Met vriendelijke groet,', 'Gemeente Voorschoten, wijkgericht werken'];

/** What is followed, for a resident: "Voorstraat" with the address of its page. */
export interface Onderwerp {
  naam: string;
  url: string;
}

export function bevestigMail(o: Onderwerp & { link: string; frequentie: Frequentie }): Mail {
  return {
    soort: 'volgen-bevestigen',
    onderwerp: `Bevestig: nieuws over ${o.naam} per e-mail`,
    tekst: [
      'Beste lezer,',
      '',
      `Iemand (waarschijnlijk uzelf) wil nieuws over ${o.naam} per e-mail krijgen op dit adres.`,
      `U koos: ${frequentieNamen[o.frequentie].toLowerCase()}.`,
      '',
      `Wilt u dit? Open dan deze link en klik op de knop "Bevestigen". De link werkt ${bevestigUren} uur.`,
      o.link,
      '',
      `Heeft u dit niet zelf gedaan? Dan hoeft u niets te doen. Wij sturen u verder niets, en na ${bevestigUren} uur verwijderen wij uw e-mailadres.`,
      ...groet,
    ].join('\n'),
  };
}

export function alGevolgdMail(o: Onderwerp & { beheerLink: string }): Mail {
  return {
    soort: 'volgen-al',
    onderwerp: `U volgt ${o.naam} al`,
    tekst: [
      'Beste lezer,',
      '',
      `Iemand (waarschijnlijk uzelf) wilde nieuws over ${o.naam} per e-mail krijgen op dit adres. U krijgt dat nieuws al, dus er is niets veranderd.`,
      '',
      `Wat u volgt en hoe vaak u e-mail krijgt, ziet en verandert u hier: ${o.beheerLink}`,
      'Heeft u dit niet zelf gedaan? Dan hoeft u niets te doen.',
      ...groet,
    ].join('\n'),
  };
}

/** At most this many items in one mail; the rest is on the page. */
export const maxItemsPerMail = 20;

/** The alert: what is new about one followed thing (newest first), with manage and unsubscribe links. */
export function nieuwsMail(
  o: Onderwerp & {
    basisUrl: string;
    items: readonly NieuwsItem[];
    frequentie: Frequentie;
    beheerLink: string;
    afmeldLink: string;
  },
): Mail {
  const getoond = o.items.slice(0, maxItemsPerMail);
  const meer = o.items.length - getoond.length;
  const onderwerp =
    o.frequentie === 'week'
      ? `Weekoverzicht: nieuws over ${o.naam}`
      : o.items.length === 1
        ? `Nieuws over ${o.naam}: ${o.items[0]!.titel}`
        : `${o.items.length} nieuwe berichten over ${o.naam}`;
  const inleiding =
    o.frequentie === 'week' ? `Dit is er de afgelopen week nieuw over ${o.naam}:` : `Er is nieuws over ${o.naam}:`;
  const link = (i: NieuwsItem): string => `${o.basisUrl}${i.url}`;
  const tekst = [
    'Beste lezer,',
    '',
    inleiding,
    '',
    ...getoond.flatMap((i) => [
      i.titel,
      datumLang(i.moment),
      ...(i.samenvatting ? [i.samenvatting] : []),
      `Lees meer: ${link(i)}`,
      '',
    ]),
    ...(meer > 0 ? [`En nog ${meer} ${meer === 1 ? 'bericht' : 'berichten'}: ${o.url}`, ''] : []),
    `Alles over ${o.naam}: ${o.url}`,
    '',
    `U krijgt deze e-mail omdat u ${o.naam} volgt. Wat u volgt en hoe vaak u e-mail krijgt, verandert u hier: ${o.beheerLink}`,
    `Geen e-mail meer over ${o.naam}? Stop met één klik: ${o.afmeldLink}`,
    ...groet,
  ].join('\n');
  const a = (href: string, t: string): string => `<a href="${esc(href)}">${esc(t)}</a>`;
  const html = `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>${esc(onderwerp)}</title></head><body>
<p>Beste lezer,</p>
<p>${esc(inleiding)}</p>
${getoond
  .map(
    (i) =>
      `<h2>${a(link(i), i.titel)}</h2>\n<p>${esc(datumLang(i.moment))}</p>${i.samenvatting ? `\n<p>${esc(i.samenvatting)}</p>` : ''}`,
  )
  .join('\n')}
${meer > 0 ? `<p>${a(o.url, `En nog ${meer} ${meer === 1 ? 'bericht' : 'berichten'}`)}</p>` : ''}
<p>${a(o.url, `Alles over ${o.naam}`)}</p>
<hr>
<p>U krijgt deze e-mail omdat u ${esc(o.naam)} volgt. ${a(o.beheerLink, 'Bekijk wat u volgt of verander hoe vaak u e-mail krijgt')}.</p>
<p>${a(o.afmeldLink, `Stop met e-mail over ${o.naam}`)}</p>
<p>Met vriendelijke groet,<br>Gemeente Voorschoten, wijkgericht werken</p>
</body></html>`;
  return { soort: 'volgen-nieuws', onderwerp, tekst, html, afmeldUrl: o.afmeldLink };
}
