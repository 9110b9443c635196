/**
 * The only map code a page runs before the resident asks (a few hundred bytes): it shows the
 * "Kaart met achtergrond en zoomen" button and loads the interactive map (kaart.ts with MapLibre)
 * on a click, on every page, /kaart/ too. Until then the static SVG map made at build time is the
 * map. Without JavaScript the button stays hidden; the static map and the list per street remain.
 */
for (const houder of document.querySelectorAll<HTMLElement>('[data-laadt="kaart"]')) {
  const start = houder.querySelector<HTMLElement>('[data-kaart-start]');
  const laad = (): void => {
    if (start) start.hidden = true;
    import('./kaart.ts').then(
      (m) => m.toonKaart(houder),
      () => {
        const melding = houder.querySelector('[data-kaart-melding]');
        if (melding)
          melding.textContent =
            'De kaart met achtergrond kon niet laden. Gebruik de kaart hierboven of de lijst hieronder.';
      },
    );
  };
  if (start) {
    start.hidden = false;
    start.querySelector('button')?.addEventListener('click', laad, { once: true });
  }
}
