/**
 * The only script an avond page runs before the resident does anything (≤ 1.5 kB gzip): it asks
 * the function whether sign-up is open now (the page may be a day old) and shows or hides the
 * form accordingly, shows the live places left (and that a full evening means the waitlist), and
 * loads the inline submit (aanmelden.ts) only when the resident starts using the form. Without
 * it, the form posts as usual. A second submit while the first is on its way sends nothing.
 */
const formulier = document.querySelector<HTMLFormElement>('form[data-laadt="formulier"]');

interface Telling {
  capaciteit: number;
  bevestigd: number;
  open: boolean;
  melding?: string;
}

if (formulier) {
  const slug = formulier.dataset['avond'] ?? '';
  fetch(`/api/avonden/${slug}`, { headers: { accept: 'application/json' } })
    .then((r) => (r.ok ? (r.json() as Promise<Telling>) : undefined))
    .then((t) => {
      const plek = formulier.querySelector<HTMLElement>('[data-plaatsen]');
      const knop = formulier.querySelector<HTMLButtonElement>('button[type="submit"]');
      const venster = document.querySelector<HTMLElement>('[data-venster]');
      const tekst = venster?.querySelector<HTMLElement>('[data-venster-tekst]');
      if (!t || !plek) return;
      formulier.hidden = !t.open;
      if (venster) venster.hidden = t.open;
      if (!t.open) {
        if (tekst && t.melding) tekst.textContent = t.melding;
        return;
      }
      const vrij = t.capaciteit - t.bevestigd;
      plek.textContent =
        vrij > 0
          ? `Er ${vrij === 1 ? 'is nog 1 plaats' : `zijn nog ${vrij} plaatsen`} vrij.`
          : 'De avond is vol. Als u zich nu aanmeldt, komt u op de wachtlijst.';
      if (vrij <= 0 && knop) knop.textContent = 'Aanmelden voor de wachtlijst';
    })
    .catch(() => undefined);

  let module: Promise<typeof import('./aanmelden.ts')> | undefined;
  const laad = () => (module ??= import('./aanmelden.ts'));
  let verstuurd = false;
  formulier.addEventListener('focusin', () => void laad(), { once: true });
  formulier.addEventListener('pointerdown', () => void laad(), { once: true });
  formulier.addEventListener('submit', (e) => {
    if (formulier.dataset['verbeterd'] === 'ja') return; // aanmelden.ts handles it from now on
    e.preventDefault();
    if (verstuurd) return; // a double click before aanmelden.ts took over
    verstuurd = true;
    laad().then(
      (m) => m.verbeter(formulier, true),
      () => formulier.submit(),
    );
  });
}
