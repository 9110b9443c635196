/**
 * The map (MapLibre), loaded only on request by kaart-lader.ts. It draws the map's JSON
 * (src/pages/kaart/[gebied].json.ts) on a plain background at once, then tries the basemap
 * (data-ondergrond, PDOK BRT vector tiles by default) beneath the overlays; when that fails the
 * overlays stay on the plain background. We do not ship maplibre-gl.css (10 kB gzip, over the CSS
 * budget): the few rules MapLibre needs are in src/styles/kaart.css (for PurgeCSS, which only keeps
 * classes named in src: maplibregl-canvas maplibregl-marker maplibregl-popup maplibregl-popup-tip
 * maplibregl-popup-content maplibregl-popup-close-button), and the controls are our own text
 * buttons. Every project also gets a focusable marker button; Enter or a click opens a popup with a
 * link to the project, Escape closes it. The style and layers are in kaart-lagen.ts.
 * Screen-reader users read the list next to the map.
 */
import { Map as Kaart, Marker, Popup, setWorkerUrl } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import type { KaartData, ProjectEigenschappen } from '../lib/kaart.ts';
import { typeStijl } from '../lib/kaart-stijl.ts';
import { kaleStijl, metOndergrond } from './kaart-lagen.ts';

setWorkerUrl(workerUrl);

function meld(houder: HTMLElement, tekst: string): void {
  const melding = houder.querySelector('[data-kaart-melding]');
  if (melding) melding.textContent = tekst;
}

/** Least distance between marker centres in pixels: 24 px targets with room around them (WCAG 2.5.8). */
const markerAfstand = 30;

/** Markers that would overlap move aside, on a small spiral around their place, so each can be clicked. */
function spreid(kaart: Kaart, markers: { marker: Marker; anker: [number, number] }[]): void {
  const geplaatst: { x: number; y: number }[] = [];
  for (const { marker, anker } of markers) {
    const p = kaart.project(anker);
    let v = { x: p.x, y: p.y };
    for (let k = 1; k <= 40 && geplaatst.some((q) => Math.hypot(q.x - v.x, q.y - v.y) < markerAfstand); k++) {
      const hoek = k * 2.4;
      const straal = markerAfstand * (0.6 + k / 8);
      v = { x: p.x + Math.cos(hoek) * straal, y: p.y + Math.sin(hoek) * straal };
    }
    geplaatst.push(v);
    marker.setOffset([v.x - p.x, v.y - p.y]);
  }
}

/** The layers a click on a project's line, area or point hits (see kaart-lagen.ts). */
const projectLagen = ['project-vlak', 'project-punt', ...Object.keys(typeStijl).map((t) => `project-lijn-${t}`)];

/**
 * One focusable marker per project; Enter or a click on it, or a click on the project's line, area
 * or point, opens the popup with a link. Closing returns focus to the project's marker.
 */
function zetMarkers(kaart: Kaart, projecten: ProjectEigenschappen[]): void {
  let open: { popup: Popup; knop: HTMLButtonElement } | undefined;
  const markers: { marker: Marker; anker: [number, number] }[] = [];
  const knoppen = new Map<string, { p: ProjectEigenschappen; knop: HTMLButtonElement }>();
  const herschik = () => spreid(kaart, markers);
  kaart.on('load', herschik);
  kaart.on('zoomend', herschik);
  kaart.on('resize', herschik);

  const toonPopup = (p: ProjectEigenschappen, knop: HTMLButtonElement, waar: [number, number]): void => {
    open?.popup.remove();
    const inhoud = document.createElement('div');
    const link = document.createElement('a');
    link.className = 'utrecht-link';
    link.href = p.url;
    link.textContent = p.titel;
    const soort = document.createElement('p');
    soort.textContent = p.typeNaam;
    inhoud.append(link, soort);
    const popup = new Popup({ offset: 18, maxWidth: '16rem', closeOnClick: true })
      .setLngLat(waar)
      .setDOMContent(inhoud)
      .addTo(kaart);
    open = { popup, knop };
    const element = popup.getElement();
    popup.on('close', () => {
      if (open?.popup === popup) open = undefined;
      if (element.contains(document.activeElement) || document.activeElement === document.body) knop.focus();
    });
  };

  for (const p of projecten) {
    const knop = document.createElement('button');
    knop.type = 'button';
    knop.className = 'vs-kaart__punt';
    knop.setAttribute('aria-label', `${p.titel} (${p.typeNaam})`);
    knop.title = p.titel;
    knop.dataset['project'] = p.slug;
    knop.style.borderColor = typeStijl[p.type].kleur;
    markers.push({ marker: new Marker({ element: knop }).setLngLat(p.anker).addTo(kaart), anker: p.anker });
    knoppen.set(p.slug, { p, knop });
    knop.addEventListener('click', (e) => {
      e.stopPropagation();
      toonPopup(p, knop, p.anker);
    });
  }

  // At once too, not only on 'load': markers never show on top of each other, not even briefly.
  herschik();

  const projectOp = (punt: { x: number; y: number }) => {
    const slug: unknown = kaart.queryRenderedFeatures([punt.x, punt.y], { layers: projectLagen })[0]?.properties[
      'slug'
    ];
    return typeof slug === 'string' ? knoppen.get(slug) : undefined;
  };
  kaart.on('click', (e) => {
    const doel = projectOp(e.point);
    if (doel) toonPopup(doel.p, doel.knop, [e.lngLat.lng, e.lngLat.lat]);
  });
  kaart.on('mousemove', (e) => {
    kaart.getCanvas().style.cursor = projectOp(e.point) ? 'pointer' : '';
  });
  kaart.getContainer().addEventListener('keydown', (k) => {
    if (k.key === 'Escape' && open) {
      const { popup, knop } = open;
      popup.remove();
      knop.focus();
    }
  });
}

/** Shows the map in a Kaart.astro container. */
export async function toonKaart(houder: HTMLElement): Promise<void> {
  const vlak = houder.querySelector<HTMLElement>('[data-kaart-vlak]');
  const knoppen = houder.querySelector<HTMLElement>('[data-kaart-knoppen]');
  if (!vlak || !knoppen) return;
  meld(houder, 'De kaart wordt geladen…');
  const data = (await fetch(houder.dataset['bron'] ?? '').then((r) => r.json())) as KaartData;
  // The interactive map takes the static map's place (and gives it back if it cannot start).
  const statisch = houder.querySelector<HTMLElement>('[data-kaart-statisch]');
  if (statisch) statisch.hidden = true;
  vlak.hidden = false;
  const naam = houder.dataset['naam'] ?? 'Voorschoten';
  let kaart: Kaart;
  try {
    kaart = new Kaart({
      boxZoom: false,
      container: vlak,
      style: kaleStijl(data),
      bounds: data.omvang,
      fitBoundsOptions: { padding: 40 },
      attributionControl: false,
      dragRotate: false,
      pitchWithRotate: false,
      locale: {
        'Map.Title': `Kaart van ${naam}. Dezelfde projecten staan in de lijst onder de kaart.`,
        'Popup.Close': 'Sluit',
      },
    });
  } catch {
    vlak.hidden = true;
    if (statisch) statisch.hidden = false;
    meld(
      houder,
      'Uw browser kan de kaart met achtergrond niet tonen. Gebruik de kaart hierboven of de lijst hieronder.',
    );
    return;
  }
  kaart.touchZoomRotate.disableRotation();
  knoppen.hidden = false;
  knoppen.addEventListener('click', (e) => {
    const zoom = (e.target as HTMLElement).closest<HTMLElement>('[data-zoom]')?.dataset['zoom'];
    if (zoom === 'in') kaart.zoomIn();
    else if (zoom === 'uit') kaart.zoomOut();
    else if (zoom === 'alles') kaart.fitBounds(data.omvang, { padding: 40 });
  });
  zetMarkers(
    kaart,
    data.projecten.features.map((f) => f.properties),
  );
  kaart.once('load', () => {
    houder.dataset['kaart'] = 'geladen';
    meld(houder, '');
    const url = houder.dataset['ondergrond'];
    if (url) void laadOndergrond(kaart, houder, url, data);
  });
  // The button the resident pressed is gone: focus moves to the map.
  kaart.getCanvas().focus();
}

async function laadOndergrond(kaart: Kaart, houder: HTMLElement, url: string, data: KaartData): Promise<void> {
  try {
    kaart.setStyle(await metOndergrond(url, kaleStijl(data)));
    houder.dataset['ondergrondStatus'] = 'geladen';
    // Tiles that fail later: the overlays keep drawing; say once that the basemap is incomplete.
    kaart.on('error', (fout) => {
      const bron = (fout as { sourceId?: string }).sourceId;
      if (bron === undefined || bron === 'grenzen' || bron === 'projecten') return;
      if (houder.dataset['ondergrondStatus'] === 'onvolledig') return;
      houder.dataset['ondergrondStatus'] = 'onvolledig';
      meld(houder, 'Achtergrondkaart niet (helemaal) beschikbaar; de projecten staan wel op de kaart.');
    });
    const bron = houder.querySelector('[data-kaart-bron]');
    if (bron && new URL(url, location.href).hostname.endsWith('pdok.nl'))
      bron.textContent = 'Achtergrondkaart: © Kadaster (BRT-Achtergrondkaart via PDOK).';
  } catch {
    houder.dataset['ondergrondStatus'] = 'niet-beschikbaar';
    meld(houder, 'Achtergrondkaart niet beschikbaar; de projecten staan wel op de kaart.');
  }
}
