import { z } from 'zod';
import { PaymentLinkRecord } from '../../../shared/payment-link';
import type { KeyValueStore } from '../settings/key-value-store';

const KEY = 'links';

/**
 * The payment links made on this machine, newest first. The API cannot list links, so this is
 * the only record of them: an entry that no longer validates is dropped and counted, not fatal.
 */
export class LinksStore {
  private links: PaymentLinkRecord[];
  /** How many saved entries could not be read when the store was opened. */
  readonly dropped: number;

  constructor(private readonly store: KeyValueStore) {
    const raw = z.array(z.unknown()).safeParse(store.get(KEY));
    const entries = raw.success ? raw.data : [];
    this.links = entries.flatMap((entry) => {
      const parsed = PaymentLinkRecord.safeParse(entry);
      return parsed.success ? [parsed.data] : [];
    });
    this.dropped = entries.length - this.links.length;
  }

  list(): PaymentLinkRecord[] {
    return [...this.links].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  }

  get(id: string): PaymentLinkRecord | undefined {
    return this.links.find((link) => link.id === id);
  }

  add(link: PaymentLinkRecord): void {
    this.links = [...this.links.filter((known) => known.id !== link.id), link];
    this.store.set(KEY, this.links);
  }
}
