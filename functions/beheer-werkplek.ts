/**
 * The coördinator's workplace, /beheer/…, server-rendered (no JavaScript needed):
 *
 * - GET  /beheer/                      sign-in form, or (signed in) the dashboard
 * - POST /beheer/inloggen              e-mail address → a sign-in link by mail, only for BEHEER_EMAILS;
 *                                      every address gets the same answer (303 → /beheer/link-verstuurd)
 * - GET  /beheer/inloggen/<token>      a page with one "Inloggen" button (mail scanners only GET)
 * - POST /beheer/sessie                uses the link once → session cookie, 303 → /beheer/
 * - POST /beheer/uitloggen             deletes the session, 303 → /beheer/?uitgelogd=1 ("U bent uitgelogd.")
 * - GET  /beheer/avonden/<slug>/       sign-ups, links to the attendance list and CSV, message form
 * - POST /beheer/avonden/<slug>/bericht  a message to everyone confirmed: first a preview with the
 *                                      number of recipients (`Verstuur` / `Wijzig`), only `stap=verstuur`
 *                                      puts it in the outbox; a mistake is 422 with the form
 * - GET  /beheer/avonden/<slug>/{presentielijst,aanmeldingen.csv}  (functions/beheer.ts)
 * - GET  /beheer/enquetes/<slug>/      counts per question so far; …/antwoorden.csv (functions/beheer-enquetes.ts)
 * - POST /beheer/outbox/opnieuw        failed mails get a new set of attempts
 * - GET  /beheer/logboek               the audit log
 *
 * Every POST must carry our own Origin (403 otherwise); every answer is no-store and noindex.
 * Access: `beheerder` (functions/lib/beheer-toegang.ts), the same check as the script exports.
 */
import type { Config } from '@netlify/functions';
import { actuelePunten, euro, jaarVan, openStatussen, werkbudget } from '../src/domain/actie.ts';
import { aanmeldVenster } from '../src/domain/aanmelding.ts';
import { enqueteVenster } from '../src/domain/antwoord.ts';
import { beheerAdressen, berichtSchema, inlogSchema, maxBericht } from '../src/domain/beheer.ts';
import { cadans, cadansTekst, type Cadans } from '../src/domain/cadans.ts';
import { maakUitslag } from '../src/domain/enquete-uitslag.ts';
import type { Avond, Wijk } from '../src/domain/schemas.ts';
import { datumKort, datumTijd } from '../src/domain/tijd.ts';
import { emailHtml, esc } from '../src/lib/aanmeldformulier.ts';
import { uitslagTabellen } from '../src/lib/enquete-uitslag.ts';
import { tabelHouder } from '../src/lib/tabel.ts';
import { maakBeheerExportHandler } from './beheer.ts';
import { maakEnqueteExportHandler } from './beheer-enquetes.ts';
import {
  beeindigSessie,
  beheerder,
  beheerKoppen,
  gebruikInlogLink,
  inlogLinkGeldig,
  leesLogboek,
  logboek,
  sessieCookieKop,
  vraagInlogAan,
  wisCookieKop,
  zelfdeHerkomst,
  type Beheerder,
} from './lib/beheer-toegang.ts';
import {
  contentActies,
  contentWijken,
  enqueteCijfers,
  outboxCijfers,
  probeerOpnieuw,
  volgCijfers,
  type ActieBron,
  type WijkBron,
} from './lib/beheer-overzicht.ts';
import { wanneer, type Mail } from './lib/berichten.ts';
import { isVerbindingsfout } from './lib/db.ts';
import { logFout, standaardDiensten, type Diensten } from './lib/diensten.ts';
import { telAntwoorden } from './lib/enquete-opslag.ts';
import { contentEnquetes, type EnqueteBron, type EnqueteDiensten } from './lib/enquetes.ts';
import { binnenLimiet, clientSleutel, HttpFout, leesVelden } from './lib/http.ts';
import { bezorgAlsIngesteld, zetInOutbox } from './lib/outbox.ts';
import { deelnemerslijst, telling } from './lib/overzicht.ts';
import { htmlPagina } from './lib/pagina.ts';

export interface WerkplekDiensten extends Diensten {
  enquetes: EnqueteBron;
  wijken: WijkBron;
  /** The actielijsten (content/acties/); default: read from content at run time. */
  acties?: ActieBron;
  /** The addresses that may sign in (BEHEER_EMAILS). */
  adressen: () => ReadonlySet<string>;
  /** BEHEER_TOKEN, for scripts. */
  geheim: () => string | undefined;
}

export function standaardWerkplekDiensten(): WerkplekDiensten {
  return {
    ...standaardDiensten(),
    enquetes: contentEnquetes,
    wijken: contentWijken,
    adressen: () => beheerAdressen(process.env['BEHEER_EMAILS']),
    geheim: () => process.env['BEHEER_TOKEN'],
  };
}

const knop = (tekst: string, soort = 'primary-action', stap = ''): string =>
  `<button class="utrecht-button utrecht-button--${soort} utrecht-button--submit" type="submit"${stap ? ` name="stap" value="${esc(stap)}"` : ''}>${esc(tekst)}</button>`;

const melding = (soort: 'ok' | 'error' | 'warning' | 'info', titel: string, tekst: string): string =>
  `<div class="utrecht-alert utrecht-alert--${soort}" role="${soort === 'error' ? 'alert' : 'status'}"><div class="utrecht-alert__content"><h2 class="utrecht-heading-2">${esc(titel)}</h2><p class="utrecht-paragraph">${esc(tekst)}</p></div></div>`;

/** The staff bar: where you are signed in as, the main links and the sign-out button. */
const balk = (wie: Beheerder): string =>
  `<nav class="vs-niet-printen" aria-label="Werkplek"><p class="utrecht-paragraph">Ingelogd als ${emailHtml(wie.wie)}.</p>
<ul class="utrecht-unordered-list"><li class="utrecht-unordered-list__item"><a class="utrecht-link" href="/beheer/">Overzicht</a></li><li class="utrecht-unordered-list__item"><a class="utrecht-link" href="/beheer/logboek">Logboek</a></li></ul>
<form method="post" action="/beheer/uitloggen">${knop('Uitloggen', 'secondary-action')}</form></nav>`;

function pagina(req: Request, d: WerkplekDiensten, titel: string, inhoud: string, status = 200, extra = {}) {
  return htmlPagina(req, d.kader, { titel, inhoud, status, headers: { ...beheerKoppen, ...extra } });
}

const naar = (pad: string, extra: Record<string, string> = {}): Response =>
  new Response(null, { status: 303, headers: { location: pad, ...beheerKoppen, ...extra } });

function veldHtml(o: { id: string; label: string; uitleg: string; fout?: string | undefined; invoer: string }): string {
  return `<div class="utrecht-form-field utrecht-form-field--text${o.fout ? ' utrecht-form-field--invalid' : ''}">
<div class="utrecht-form-field__label"><label class="utrecht-form-label" for="${o.id}">${esc(o.label)}</label></div>
<div class="utrecht-form-field__description utrecht-form-field-description" id="${o.id}-uitleg">${esc(o.uitleg)}</div>
${o.fout ? `<div class="utrecht-form-field__error-message utrecht-form-field-error-message" id="${o.id}-fout"><span class="vs-visually-hidden">Fout: </span>${esc(o.fout)}</div>` : ''}
<div class="utrecht-form-field__input">${o.invoer}</div></div>`;
}

function foutSamenvatting(id: string, fout: string | undefined): string {
  if (!fout) return '';
  return `<div class="utrecht-alert utrecht-alert--error vs-foutsamenvatting" role="alert" tabindex="-1" id="foutsamenvatting">
<div class="utrecht-alert__content"><h2 class="utrecht-heading-2">Er is 1 fout in het formulier</h2>
<p class="utrecht-paragraph">Verbeter het veld hieronder. Wat u al had ingevuld, staat er nog.</p>
<ul class="utrecht-unordered-list"><li class="utrecht-unordered-list__item"><a class="utrecht-link" href="#${id}">${esc(fout)}</a></li></ul></div></div>`;
}

function inlogFormulier(invoer = '', fout?: string, boven = ''): string {
  const id = 'beheer-email';
  return `<h1 class="utrecht-heading-1">Werkplek wijkgericht werken</h1>
${boven}<p class="utrecht-paragraph">Deze pagina is voor medewerkers van de gemeente. Vul uw e-mailadres van het werk in. Staat uw adres op de lijst, dan krijgt u een e-mail met een link om in te loggen.</p>
<form class="vs-formulier" method="post" action="/beheer/inloggen" novalidate>
${foutSamenvatting(id, fout)}
${veldHtml({
  id,
  label: 'E-mailadres',
  uitleg: 'Bijvoorbeeld naam@voorschoten.nl.',
  fout,
  invoer: `<input class="utrecht-textbox utrecht-textbox--html-input${fout ? ' utrecht-textbox--invalid' : ''}" id="${id}" name="email" type="email" autocomplete="email" spellcheck="false" maxlength="254" required aria-describedby="${id}-uitleg${fout ? ` ${id}-fout` : ''}"${fout ? ' aria-invalid="true"' : ''} value="${esc(invoer)}">`,
})}
${knop('Stuur mij een inloglink')}
</form>`;
}

const weigerHerkomst = (req: Request, d: WerkplekDiensten): Promise<Response> =>
  pagina(
    req,
    d,
    'Niet toegestaan',
    `<h1 class="utrecht-heading-1">Niet toegestaan</h1><p class="utrecht-paragraph">Dit verzoek kwam niet van deze website. Open de werkplek opnieuw via <a class="utrecht-link" href="/beheer/">/beheer/</a>.</p>`,
    403,
  );

const nietIngelogd = (req: Request, d: WerkplekDiensten): Promise<Response> =>
  pagina(
    req,
    d,
    'Inloggen',
    inlogFormulier('', undefined, melding('warning', 'U bent niet ingelogd', 'Log in om deze pagina te zien.')),
    401,
  );

const statusVenster: Record<string, string> = {
  open: 'Open',
  'nog-niet': 'Nog niet open',
  gesloten: 'Gesloten',
  geannuleerd: 'Gaat niet door',
};

const cadansVolgorde: Record<Cadans['status'], number> = { 'te-laat': 0, 'nog-nooit': 1, binnenkort: 2, 'op-tijd': 3 };

/** The wijken by conversation cadence: overdue (and never) first, then due soon, then on time; each by due date. */
export function wijkenOpCadans(wijken: readonly Wijk[], nu: Date): { wijk: Wijk; c: Cadans }[] {
  return wijken
    .map((wijk) => ({ wijk, c: cadans(wijk.gesprekken, nu) }))
    .sort(
      (a, b) =>
        cadansVolgorde[a.c.status] - cadansVolgorde[b.c.status] ||
        (a.c.volgende?.getTime() ?? 0) - (b.c.volgende?.getTime() ?? 0) ||
        a.wijk.naam.localeCompare(b.wijk.naam, 'nl'),
    );
}

/** A table in the scroll box every table of the site sits in (src/lib/tabel.ts): on a phone it scrolls, the page does not. */
const tabel = (kop: string, koppen: string[], rijen: string[][]): string =>
  tabelHouder(
    kop,
    `<table class="utrecht-table utrecht-table--html-table"><caption class="utrecht-table__caption">${esc(kop)}</caption>
<thead class="utrecht-table__header"><tr class="utrecht-table__row">${koppen.map((k) => `<th class="utrecht-table__header-cell" scope="col">${esc(k)}</th>`).join('')}</tr></thead>
<tbody class="utrecht-table__body">${rijen.map((r) => `<tr class="utrecht-table__row">${r.map((c) => `<td class="utrecht-table__cell">${c}</td>`).join('')}</tr>`).join('')}</tbody></table>`,
  );

async function dashboard(req: Request, d: WerkplekDiensten, wie: Beheerder): Promise<Response> {
  const db = await d.db();
  const nu = d.nu();
  const avonden = (await d.avonden())
    .filter((a) => a.eind.moment.getTime() >= nu.getTime())
    .sort((a, b) => a.start.moment.getTime() - b.start.moment.getTime());
  const avondRijen = await Promise.all(
    avonden.map(async (a) => {
      const t = await telling(db, a.slug);
      return [
        `<a class="utrecht-link" href="/beheer/avonden/${esc(a.slug)}/">${esc(a.titel)}</a>`,
        esc(datumTijd(a.start.moment)),
        String(a.capaciteit),
        String(t?.bevestigd ?? 0),
        String(t?.wachtlijst ?? 0),
        esc(statusVenster[aanmeldVenster(a, nu)] ?? ''),
      ];
    }),
  );
  const recent = nu.getTime() - 90 * 86_400_000;
  const enquetes = (await d.enquetes())
    .filter((e) => e.sluit.moment.getTime() >= recent && enqueteVenster(e, nu) !== 'nog-niet')
    .sort((a, b) => a.sluit.moment.getTime() - b.sluit.moment.getTime());
  const cijfers = await enqueteCijfers(db);
  const enqueteRijen = enquetes.map((e) => {
    const c = cijfers.get(e.slug);
    return [
      `<a class="utrecht-link" href="/beheer/enquetes/${esc(e.slug)}/">${esc(e.titel)}</a>`,
      esc(datumTijd(e.sluit.moment)),
      enqueteVenster(e, nu) === 'open' ? 'Open' : 'Gesloten',
      String(c?.antwoorden ?? 0),
      String(c?.codesUitgegeven ?? 0),
      String(c?.codesGebruikt ?? 0),
    ];
  });
  const lijsten = await (d.acties ?? contentActies)();
  const jaar = jaarVan(nu);
  const wijkRijen = wijkenOpCadans(await d.wijken(), nu).map(({ wijk, c }) => {
    // Numbers only: open points and this year's werkbudget of the wijk (per wijk, the default reading).
    const punten = actuelePunten(lijsten.filter((l) => l.data.wijk === wijk.slug));
    const open = punten.filter((p) => openStatussen.includes(p.status)).length;
    return [
      esc(wijk.naam),
      c.laatste ? esc(datumKort(c.laatste.datum)) : 'Nooit',
      c.volgende ? esc(datumKort(c.volgende)) : 'Zo snel mogelijk',
      esc(cadansTekst[c.status]),
      String(open),
      esc(euro(werkbudget(punten, jaar).over)),
    ];
  });
  const volgen = await volgCijfers(db);
  const outbox = await outboxCijfers(db);
  const verstuurd = new URL(req.url).searchParams.get('opnieuw');
  const inhoud = `${balk(wie)}
<h1 class="utrecht-heading-1">Werkplek wijkgericht werken</h1>
${verstuurd !== null ? melding('ok', 'Opnieuw geprobeerd', `${Number(verstuurd) || 0} e-mails worden opnieuw verstuurd.`) : ''}
<h2 class="utrecht-heading-2">Informatieavonden</h2>
${avondRijen.length ? tabel('Komende informatieavonden (aantallen in personen)', ['Avond', 'Begint', 'Plaatsen', 'Aangemeld', 'Wachtlijst', 'Aanmelden'], avondRijen) : '<p class="utrecht-paragraph">Er zijn geen komende avonden.</p>'}
<h2 class="utrecht-heading-2">Enquêtes</h2>
${enqueteRijen.length ? tabel('Open en kort geleden gesloten enquêtes', ['Enquête', 'Sluit', 'Stand', 'Antwoorden', 'Lettercodes uitgegeven', 'Lettercodes gebruikt'], enqueteRijen) : '<p class="utrecht-paragraph">Er is nu geen open of kort geleden gesloten enquête.</p>'}
<h2 class="utrecht-heading-2">Gesprekken per wijk</h2>
<p class="utrecht-paragraph">Met elke wijk praten we minstens één keer in de 4 jaar. Eerst de wijken die te laat zijn, dan de wijken die binnen 6 maanden aan de beurt zijn.</p>
${tabel('Wijken op volgorde van het volgende gesprek', ['Wijk', 'Laatste gesprek', 'Uiterlijk volgende', 'Stand', 'Open actiepunten', `Werkbudget ${jaar} over`], wijkRijen)}
<h2 class="utrecht-heading-2">Volgen per e-mail</h2>
<p class="utrecht-paragraph">${volgen.adressen} adressen volgen iets: ${volgen.straat} keer een straat, ${volgen.project} keer een project, ${volgen.wijk} keer een wijk. ${volgen.onbevestigd} aanmeldingen wachten nog op bevestiging (na 48 uur verwijderd).</p>
<h2 class="utrecht-heading-2">Uitgaande e-mail</h2>
<p class="utrecht-paragraph">Wachten op verzending: ${outbox.wachtend}. Mislukt: ${outbox.mislukt}.</p>
${outbox.mislukt > 0 ? `<form method="post" action="/beheer/outbox/opnieuw">${knop('Opnieuw proberen', 'secondary-action')}</form>` : ''}`;
  return pagina(req, d, 'Werkplek', inhoud);
}

async function avondPagina(
  req: Request,
  d: WerkplekDiensten,
  wie: Beheerder,
  slug: string,
  formulier: { invoer?: string; fout?: string; status?: number } = {},
): Promise<Response> {
  const avond = (await d.avonden()).find((a) => a.slug === slug);
  if (!avond) return pagina(req, d, 'Niet gevonden', '<h1 class="utrecht-heading-1">Deze avond bestaat niet</h1>', 404);
  const db = await d.db();
  const rijen = await deelnemerslijst(db, slug);
  await logboek(db, wie.wie, `Aanmeldingen bekeken: ${slug}`, d.klok());
  const t = await telling(db, slug);
  const verstuurd = new URL(req.url).searchParams.get('verstuurd');
  const id = 'beheer-bericht';
  const lijst = rijen.length
    ? tabel(
        'Aanmeldingen: eerst aangemeld, dan de wachtlijst, in volgorde van binnenkomst',
        ['Naam', 'Personen', 'Stand', 'Vraag'],
        rijen.map((r) => [
          esc(r.naam ?? '(verwijderd)'),
          String(r.personen),
          r.status === 'bevestigd' ? 'Aangemeld' : 'Wachtlijst',
          esc(r.vraag ?? ''),
        ]),
      )
    : '<p class="utrecht-paragraph">Er heeft zich nog niemand aangemeld.</p>';
  const inhoud = `${balk(wie)}
<h1 class="utrecht-heading-1">${esc(avond.titel)}</h1>
${verstuurd !== null ? melding('ok', 'Bericht klaargezet', `Het bericht gaat naar ${Number(verstuurd) || 0} aangemelde deelnemers.`) : ''}
<p class="utrecht-paragraph">${esc(wanneer(avond))}, ${esc(avond.locatie.naam)}. Plaatsen: ${avond.capaciteit}. Aangemeld: ${t?.bevestigd ?? 0} personen. Wachtlijst: ${t?.wachtlijst ?? 0} personen. Aanmelden: ${esc(statusVenster[aanmeldVenster(avond, d.nu())] ?? '')}.</p>
<ul class="utrecht-unordered-list">
<li class="utrecht-unordered-list__item"><a class="utrecht-link" href="/beheer/avonden/${esc(slug)}/presentielijst">Presentielijst om af te drukken</a></li>
<li class="utrecht-unordered-list__item"><a class="utrecht-link" href="/beheer/avonden/${esc(slug)}/aanmeldingen.csv" download>Aanmeldingen downloaden (CSV)</a></li>
</ul>
<h2 class="utrecht-heading-2">Aanmeldingen</h2>
${lijst}
<h2 class="utrecht-heading-2">Bericht aan alle aangemelde deelnemers</h2>
<form class="vs-formulier" method="post" action="/beheer/avonden/${esc(slug)}/bericht" novalidate>
${foutSamenvatting(id, formulier.fout)}
${veldHtml({
  id,
  label: 'Bericht',
  uitleg: `Bijvoorbeeld een andere zaal. Hooguit ${maxBericht} tekens. Iedereen die is aangemeld krijgt dit per e-mail; de wachtlijst niet.`,
  fout: formulier.fout,
  // aria-required, not required: an empty required textarea matches :invalid, which NLDS draws
  // red before anything was typed. It is marked invalid only after a failed submit.
  invoer: `<textarea class="utrecht-textarea utrecht-textarea--html-textarea${formulier.fout ? ' utrecht-textarea--invalid' : ''}" id="${id}" name="bericht" rows="5" maxlength="${maxBericht}" aria-required="true" aria-describedby="${id}-uitleg${formulier.fout ? ` ${id}-fout` : ''}"${formulier.fout ? ' aria-invalid="true"' : ''}>${esc(formulier.invoer ?? '')}</textarea>`,
})}
${knop('Bericht versturen')}
</form>`;
  return pagina(req, d, avond.titel, inhoud, formulier.status ?? 200);
}

/** The message to one participant, as the preview shows it and the outbox gets it. */
function deelnemerBericht(avond: Avond, naam: string, bericht: string): Mail {
  return {
    soort: 'beheer-bericht',
    onderwerp: `Bericht over: ${avond.titel}`,
    tekst: [
      `Beste ${naam},`,
      '',
      `U bent aangemeld voor ${avond.titel} (${wanneer(avond)}). We hebben een bericht voor u:`,
      '',
      bericht,
      '',
      'Met vriendelijke groet,',
      'Gemeente Voorschoten, wijkgericht werken',
    ].join('\n'),
  };
}

const ontvangers = `FROM aanmelding WHERE avond = $1 AND status = 'bevestigd' AND email IS NOT NULL`;

/** The preview: the mail as it will be sent, how many get it, "Verstuur" and "Wijzig" (both POST the text). */
async function berichtVoorbeeld(
  req: Request,
  d: WerkplekDiensten,
  wie: Beheerder,
  avond: Avond,
  bericht: string,
): Promise<Response> {
  const [n] = await (await d.db()).query<{ n: string }>(`SELECT count(*) AS n ${ontvangers}`, [avond.slug]);
  const aantal = Number(n?.n ?? 0);
  const mail = deelnemerBericht(avond, '(naam van de deelnemer)', bericht);
  const inhoud = `${balk(wie)}
<h1 class="utrecht-heading-1">Controleer het bericht</h1>
<p class="utrecht-paragraph">${
    aantal === 0
      ? 'Er is nog niemand aangemeld. Dit bericht gaat naar niemand.'
      : `Dit bericht gaat naar ${aantal === 1 ? '1 aangemelde deelnemer' : `${aantal} aangemelde deelnemers`}.`
  } De wachtlijst krijgt het niet. Zo ziet de e-mail eruit:</p>
<blockquote class="vs-voorbeeld"><p class="utrecht-paragraph"><strong>Onderwerp:</strong> ${esc(mail.onderwerp)}</p>
${mail.tekst
  .split(/\n{2,}/)
  .map((a) => `<p class="utrecht-paragraph">${esc(a).replace(/\n/g, '<br>')}</p>`)
  .join('\n')}</blockquote>
<form class="vs-formulier" method="post" action="/beheer/avonden/${esc(avond.slug)}/bericht"><input type="hidden" name="bericht" value="${esc(bericht)}">
${aantal > 0 ? knop('Verstuur', 'primary-action', 'verstuur') : ''} ${knop('Wijzig', 'secondary-action', 'wijzig')}</form>`;
  return pagina(req, d, `Controleer het bericht: ${avond.titel}`, inhoud);
}

async function verstuurBericht(req: Request, d: WerkplekDiensten, wie: Beheerder, slug: string): Promise<Response> {
  const avond = (await d.avonden()).find((a) => a.slug === slug);
  if (!avond) return pagina(req, d, 'Niet gevonden', '<h1 class="utrecht-heading-1">Deze avond bestaat niet</h1>', 404);
  const velden = await leesVelden(req);
  const stap = velden['stap'];
  // "Wijzig": back to the form with the text, nothing marked.
  if (stap === 'wijzig') return avondPagina(req, d, wie, slug, { invoer: velden['bericht'] ?? '' });
  const r = berichtSchema.safeParse({ bericht: velden['bericht'] ?? '' });
  if (!r.success) {
    return avondPagina(req, d, wie, slug, {
      invoer: velden['bericht'] ?? '',
      fout: r.error.issues[0]?.message ?? 'Schrijf het bericht.',
      status: 422,
    });
  }
  // Only the confirm step sends; the first POST shows the preview.
  if (stap !== 'verstuur') return berichtVoorbeeld(req, d, wie, avond, r.data.bericht);
  const db = await d.db();
  const aantal = await db.transaction(async (tx) => {
    const aan = await tx.query<{ naam: string | null; email: string }>(`SELECT naam, email ${ontvangers} ORDER BY id`, [
      slug,
    ]);
    for (const p of aan) {
      await zetInOutbox(tx, slug, p.email, deelnemerBericht(avond, p.naam ?? 'deelnemer', r.data.bericht));
    }
    await logboek(tx, wie.wie, `Bericht aan ${aan.length} deelnemers: ${slug}`, d.klok());
    return aan.length;
  });
  if (d.bezorgDirect) await bezorgAlsIngesteld(db);
  return naar(`/beheer/avonden/${slug}/?verstuurd=${aantal}`);
}

async function enquetePagina(req: Request, d: WerkplekDiensten, wie: Beheerder, slug: string): Promise<Response> {
  const e = (await d.enquetes()).find((x) => x.slug === slug);
  if (!e) return pagina(req, d, 'Niet gevonden', '<h1 class="utrecht-heading-1">Deze enquête bestaat niet</h1>', 404);
  const db = await d.db();
  const u = maakUitslag(e, await telAntwoorden(db, slug));
  const c = (await enqueteCijfers(db)).get(slug);
  const open = enqueteVenster(e, d.nu());
  const inhoud = `${balk(wie)}
<h1 class="utrecht-heading-1">Enquête: ${esc(e.titel)}</h1>
<p class="utrecht-paragraph">${open === 'open' ? 'Open' : open === 'gesloten' ? 'Gesloten' : 'Nog niet open'}; sluit ${esc(datumTijd(e.sluit.moment))}. Antwoorden: ${u.respondenten}. Lettercodes uitgegeven: ${c?.codesUitgegeven ?? 0}, gebruikt: ${c?.codesGebruikt ?? 0}.</p>
${open !== 'gesloten' ? '<p class="utrecht-paragraph">Deze aantallen zijn alleen voor medewerkers. Bewoners zien de uitslag pas als de enquête gesloten is.</p>' : ''}
<ul class="utrecht-unordered-list"><li class="utrecht-unordered-list__item"><a class="utrecht-link" href="/beheer/enquetes/${esc(slug)}/antwoorden.csv" download>Antwoorden downloaden (CSV, met de open antwoorden)</a></li></ul>
<h2 class="utrecht-heading-2">Hoe vaak elk antwoord is gekozen</h2>
${uitslagTabellen(u)}`;
  return pagina(req, d, `Enquête: ${e.titel}`, inhoud);
}

async function logboekPagina(req: Request, d: WerkplekDiensten, wie: Beheerder): Promise<Response> {
  const rijen = await leesLogboek(await d.db());
  const inhoud = `${balk(wie)}
<h1 class="utrecht-heading-1">Logboek</h1>
<p class="utrecht-paragraph">Wie persoonsgegevens bekeek of downloadde, wat en wanneer. We bewaren dit een jaar. Hier staan de laatste ${rijen.length} regels.</p>
${tabel(
  'Logboek, nieuwste eerst',
  ['Wanneer', 'Wie', 'Wat'],
  rijen.map((r) => [esc(datumTijd(r.moment)), emailHtml(r.wie), esc(r.wat)]),
)}`;
  return pagina(req, d, 'Logboek', inhoud);
}

async function vraagLink(req: Request, d: WerkplekDiensten): Promise<Response> {
  const velden = await leesVelden(req);
  const r = inlogSchema.safeParse({ email: velden['email'] ?? '' });
  if (!r.success) {
    return pagina(
      req,
      d,
      'Inloggen',
      inlogFormulier(velden['email'] ?? '', r.error.issues[0]?.message ?? 'Vul uw e-mailadres in.'),
      400,
    );
  }
  const db = await d.db();
  const klok = d.klok();
  // Per client and per address: nobody can flood a mailbox or try many addresses quickly.
  const perClient = await binnenLimiet(db, `beheer:${clientSleutel(req)}`, d.limietPerMinuut, klok);
  const perAdres = await binnenLimiet(
    db,
    `beheer:${clientSleutel(req, `inlog:${r.data.email}`)}`,
    d.limietPerMinuut,
    klok,
  );
  if (!perClient || !perAdres) {
    return pagina(
      req,
      d,
      'Even geduld',
      `<h1 class="utrecht-heading-1">Even geduld</h1><p class="utrecht-paragraph">U vroeg te vaak om een link. Probeer het over een minuut opnieuw.</p>`,
      429,
      { 'retry-after': '60' },
    );
  }
  if (await vraagInlogAan(db, r.data.email, d.adressen(), klok, new URL(req.url).origin)) {
    if (d.bezorgDirect) await bezorgAlsIngesteld(db);
  }
  return naar('/beheer/link-verstuurd');
}

const linkVerstuurd = `<h1 class="utrecht-heading-1">Kijk in uw mail</h1>
<p class="utrecht-paragraph">Staat uw adres op de lijst van medewerkers, dan krijgt u binnen een paar minuten een e-mail met een link om in te loggen. De link werkt 15 minuten en één keer.</p>
<p class="utrecht-paragraph">Geen e-mail gekregen? Kijk bij de ongewenste e-mail, of vraag het beheer van de website of uw adres op de lijst staat.</p>
<p class="utrecht-paragraph"><a class="utrecht-link" href="/beheer/">Opnieuw een link vragen</a></p>`;

const inlogKnop = (token: string): string => `<h1 class="utrecht-heading-1">Inloggen op de werkplek</h1>
<p class="utrecht-paragraph">Kies de knop om in te loggen. Daarna werkt deze link niet meer.</p>
<form method="post" action="/beheer/sessie"><input type="hidden" name="token" value="${esc(token)}">${knop('Inloggen')}</form>`;

const linkOngeldig = `<h1 class="utrecht-heading-1">Deze link werkt niet meer</h1>
<p class="utrecht-paragraph">Een inloglink werkt 15 minuten en maar één keer. Vraag een nieuwe link aan.</p>
<p class="utrecht-paragraph"><a class="utrecht-link" href="/beheer/">Nieuwe link vragen</a></p>`;

const avondPad = /^\/beheer\/avonden\/(?<slug>[a-z0-9-]{1,100})\/(?<wat>bericht|presentielijst|aanmeldingen\.csv)?$/;
const enquetePad = /^\/beheer\/enquetes\/(?<slug>[a-z0-9-]{1,100})\/(?<wat>antwoorden\.csv)?$/;

export function maakWerkplekHandler(d: WerkplekDiensten) {
  const exportAvond = maakBeheerExportHandler(d, d.geheim);
  const enqueteDiensten: EnqueteDiensten = {
    db: d.db,
    enquetes: d.enquetes,
    nu: d.nu,
    klok: d.klok,
    kader: d.kader,
    limietPerMinuut: d.limietPerMinuut,
  };
  const exportEnquete = maakEnqueteExportHandler(enqueteDiensten, d.geheim);

  return async (req: Request): Promise<Response> => {
    const pad = new URL(req.url).pathname;
    const post = req.method === 'POST';
    if (req.method !== 'GET' && !post) {
      return new Response('Gebruik GET of POST.', { status: 405, headers: { allow: 'GET, POST', ...beheerKoppen } });
    }
    if (post && !zelfdeHerkomst(req)) return weigerHerkomst(req, d);
    try {
      // Open to everyone: signing in.
      if (pad === '/beheer/inloggen') return post ? await vraagLink(req, d) : naar('/beheer/');
      if (pad === '/beheer/link-verstuurd' && !post) return await pagina(req, d, 'Kijk in uw mail', linkVerstuurd);
      const link = /^\/beheer\/inloggen\/(?<token>[^/]+)$/.exec(pad)?.groups?.['token'];
      if (link !== undefined && !post) {
        return (await inlogLinkGeldig(await d.db(), link, d.klok()))
          ? await pagina(req, d, 'Inloggen', inlogKnop(link), 200)
          : await pagina(req, d, 'Link werkt niet', linkOngeldig, 400);
      }
      if (pad === '/beheer/sessie' && post) {
        const token = (await leesVelden(req))['token'] ?? '';
        const sessie = await gebruikInlogLink(await d.db(), token, d.klok());
        if (!sessie) return await pagina(req, d, 'Link werkt niet', linkOngeldig, 400);
        return naar('/beheer/', { 'set-cookie': sessieCookieKop(sessie) });
      }
      if (pad === '/beheer/uitloggen' && post) {
        await beeindigSessie(await d.db(), req);
        return naar('/beheer/?uitgelogd=1', { 'set-cookie': wisCookieKop });
      }

      // The CSV and the attendance list: the export functions do their own (the same) check.
      const a = avondPad.exec(pad)?.groups;
      if (a?.['wat'] && a['wat'] !== 'bericht') return await exportAvond(req);
      const e = enquetePad.exec(pad)?.groups;
      if (e?.['wat']) return await exportEnquete(req);

      const wie = await beheerder(req, d.db, d.klok(), d.geheim());
      if (pad === '/beheer' || pad === '/beheer/') {
        if (post) return naar('/beheer/');
        if (wie) return await dashboard(req, d, wie);
        // Just signed out: say so (a query parameter, no cookie for it).
        const uit = new URL(req.url).searchParams.has('uitgelogd')
          ? melding('ok', 'U bent uitgelogd.', 'Wilt u verder werken? Vraag hieronder een nieuwe inloglink.')
          : '';
        return await pagina(req, d, uit ? 'Uitgelogd' : 'Inloggen', inlogFormulier('', undefined, uit));
      }
      if (!wie) return await nietIngelogd(req, d);
      if (pad === '/beheer/logboek' && !post) return await logboekPagina(req, d, wie);
      if (pad === '/beheer/outbox/opnieuw' && post) {
        const db = await d.db();
        const aantal = await probeerOpnieuw(db);
        if (d.bezorgDirect) await bezorgAlsIngesteld(db);
        return naar(`/beheer/?opnieuw=${aantal}`);
      }
      if (a?.['slug'] && a['wat'] === 'bericht' && post) return await verstuurBericht(req, d, wie, a['slug']);
      if (a?.['slug'] && !a['wat'] && !post) return await avondPagina(req, d, wie, a['slug']);
      if (e?.['slug'] && !post) return await enquetePagina(req, d, wie, e['slug']);
      return await pagina(req, d, 'Niet gevonden', '<h1 class="utrecht-heading-1">Deze pagina bestaat niet</h1>', 404);
    } catch (fout) {
      if (fout instanceof HttpFout) {
        return pagina(
          req,
          d,
          'Dit verzoek klopt niet',
          `<h1 class="utrecht-heading-1">Dit verzoek klopt niet</h1><p class="utrecht-paragraph">${esc(fout.melding)}</p>`,
          fout.status,
        );
      }
      logFout('beheer-werkplek', fout);
      return pagina(
        req,
        d,
        'Het lukt nu even niet',
        '<h1 class="utrecht-heading-1">Het lukt nu even niet</h1><p class="utrecht-paragraph">De database is niet bereikbaar. Probeer het later opnieuw.</p>',
        isVerbindingsfout(fout) ? 503 : 500,
      );
    }
  };
}

export default maakWerkplekHandler(standaardWerkplekDiensten());

export const config: Config = { path: ['/beheer', '/beheer/*'] };
