/**
 * The only map code a page runs before the resident asks (a few hundred bytes): it shows the
 * "Toon kaart" button and loads the map (kaart.ts with MapLibre) on a click. On /kaart/
 * (data-direct) opening the page is the request, so the map loads at once. Without JavaScript
 * the button stays hidden and the list of projects per street is the map's content.
 */
for (const houder of document.querySelectorAll<HTMLElement>('[data-laadt="kaart"]')) {
  const start = houder.querySelector<HTMLElement>('[data-kaart-start]');
  const laad = (): void => {
    if (start) start.hidden = true;
    import('./kaart.ts').then(
      (m) => m.toonKaart(houder),
      () => {
        const melding = houder.querySelector('[data-kaart-melding]');
        if (melding) melding.textContent = 'De kaart kon niet laden. De lijst hieronder noemt dezelfde projecten.';
      },
    );
  };
  if (houder.dataset['direct']) laad();
  else if (start) {
    start.hidden = false;
    start.querySelector('button')?.addEventListener('click', laad, { once: true });
  }
}
