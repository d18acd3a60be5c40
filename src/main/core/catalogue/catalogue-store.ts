import { text } from '../../../shared/i18n/translator';
import { randomUUID } from 'node:crypto';
import { z } from 'zod';
import { Product, type ProductInput } from '../../../shared/catalogue';
import { AppError } from '../app-error';
import type { KeyValueStore } from '../settings/key-value-store';

const KEY = 'products';

/** The products saved on this machine, sorted by name. */
export class CatalogueStore {
  private products: Product[];

  constructor(private readonly store: KeyValueStore) {
    // Keep every product that still validates; a damaged entry is dropped rather than fatal.
    const raw = z.array(z.unknown()).safeParse(store.get(KEY));
    this.products = raw.success
      ? raw.data.flatMap((p) => (Product.safeParse(p).success ? [Product.parse(p)] : []))
      : [];
  }

  list(): Product[] {
    return [...this.products].sort((a, b) => a.name.localeCompare(b.name));
  }

  save(input: ProductInput): Product {
    const product = Product.parse({ ...input, id: input.id ?? randomUUID() });
    if (input.id && !this.products.some((p) => p.id === input.id))
      throw new AppError('not-found', text('error.productGone'));
    const clash = this.products.find((p) => p.productId === product.productId && p.id !== product.id);
    if (clash)
      throw new AppError(
        'invalid-input',
        text('error.productIdTaken', { productId: product.productId, name: clash.name }),
        {
          productId: text('error.productIdTakenField'),
        },
      );
    this.products = [...this.products.filter((p) => p.id !== product.id), product];
    this.persist();
    return product;
  }

  delete(id: string): void {
    this.products = this.products.filter((p) => p.id !== id);
    this.persist();
  }

  /** Adds new products and updates those with the same product ID. */
  merge(incoming: Omit<Product, 'id'>[]): { added: number; updated: number } {
    let added = 0;
    let updated = 0;
    const byProductId = new Map(this.products.map((p) => [p.productId, p]));
    for (const product of incoming) {
      const existing = byProductId.get(product.productId);
      if (existing) updated += 1;
      else added += 1;
      byProductId.set(product.productId, { ...product, id: existing?.id ?? randomUUID() });
    }
    this.products = [...byProductId.values()];
    this.persist();
    return { added, updated };
  }

  private persist(): void {
    this.store.set(KEY, this.products);
  }
}
