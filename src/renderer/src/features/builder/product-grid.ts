import type { Product } from '../../../../shared/catalogue';

/** The tab every product is under, whatever its category. */
export const ALL_CATEGORIES = '';

/** The most tiles drawn at once; past it the grid says how many more a search would find. */
export const MAX_TILES_SHOWN = 60;

/** The catalogue's categories, each once, in the language's alphabetical order. */
export function categoriesOf(products: readonly Product[], locale: string): string[] {
  const names = new Set(products.map((p) => p.category?.trim() ?? '').filter((c) => c !== ''));
  return [...names].sort((a, b) => a.localeCompare(b, locale));
}

/** What the grid shows for a tab and a search: favourites first, each group in catalogue order. */
export function productsShown(
  products: readonly Product[],
  { category, query }: { category: string; query: string },
): Product[] {
  const needle = query.trim().toLowerCase();
  const found = products.filter(
    (p) =>
      (category === ALL_CATEGORIES || p.category?.trim() === category) &&
      (!needle ||
        [p.name, p.productId, p.category ?? '', p.brand ?? ''].some((field) => field.toLowerCase().includes(needle))),
  );
  return [...found.filter((p) => p.favourite), ...found.filter((p) => !p.favourite)];
}
