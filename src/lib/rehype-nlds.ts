/** Placeholder; filled in below. */
export function rehypeNlds() {
  return () => {};
}
