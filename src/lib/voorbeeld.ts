/**
 * Does a piece of content contain sample data? Anything with `bron: 'voorbeeld'` somewhere
 * inside counts. Pages pass what they show; the layout then shows the sample-data notice.
 */
export function bevatVoorbeeld(...waarden: unknown[]): boolean {
  const gezien = new Set<unknown>();
  const zoek = (w: unknown): boolean => {
    if (w === null || typeof w !== 'object' || gezien.has(w) || w instanceof Date) return false;
    gezien.add(w);
    if (Array.isArray(w)) return w.some(zoek);
    const obj = w as Record<string, unknown>;
    if (obj['bron'] === 'voorbeeld') return true;
    return Object.values(obj).some(zoek);
  };
  return waarden.some(zoek);
}

/** The words of the sample-data notice: the pages (VoorbeeldMelding.astro) and the CMS preview. */
export const voorbeeldMelding = {
  kop: 'Let op: voorbeeldgegevens.',
  tekst:
    'Veel cijfers, data, straten en namen op deze pagina zijn verzonnen. Ze komen niet uit de kadernota van de gemeente. Wat wel uit de kadernota komt, staat erbij.',
} as const;
