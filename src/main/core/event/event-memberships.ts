import { z } from 'zod';
import { text } from '../../../shared/i18n/translator';
import { EventMembership, HubCredentials } from '../../../shared/event';
import { AppError } from '../app-error';
import type { KeyValueStore } from '../settings/key-value-store';
import type { Cipher } from '../settings/secret-vault';

const Stored = z.object({
  membership: EventMembership,
  credentials: z.string(),
  signsInAs: z.string(),
});
type Stored = z.infer<typeof Stored>;
const KEY = 'memberships';

/**
 * Which event each profile has joined, and its hub credentials encrypted like the API keys:
 * main reads them to connect, the window only learns who they sign in as.
 */
export class EventMemberships {
  constructor(
    private readonly store: KeyValueStore,
    private readonly cipher: Cipher,
  ) {}

  async join(
    profileId: string,
    membership: EventMembership,
    credentials: HubCredentials,
    allowWeak = false,
  ): Promise<void> {
    if (!this.cipher.isAvailable()) throw new AppError('not-configured', text('error.noEncryption'));
    if (this.cipher.isWeak() && !allowWeak) throw new AppError('needs-consent', text('error.weakEncryption'));
    const entry: Stored = {
      membership,
      credentials: await this.cipher.encrypt(JSON.stringify(credentials)),
      signsInAs: credentials.token === undefined ? (credentials.user ?? '') : '',
    };
    this.store.set(KEY, { ...this.all(), [profileId]: entry });
  }

  leave(profileId: string): void {
    const all = this.all();
    delete all[profileId];
    this.store.set(KEY, all);
  }

  of(profileId: string): { membership: EventMembership; signsInAs: string } | undefined {
    const stored = this.all()[profileId];
    return stored && { membership: stored.membership, signsInAs: stored.signsInAs };
  }

  /** For main only: the credentials in clear (saved together with the hub they are for). */
  async credentials(profileId: string): Promise<HubCredentials | undefined> {
    const stored = this.all()[profileId];
    if (!stored) return undefined;
    try {
      return HubCredentials.parse(JSON.parse(await this.cipher.decrypt(stored.credentials)));
    } catch {
      throw new AppError('not-configured', text('error.keysUndecryptable'));
    }
  }

  private all(): Record<string, Stored> {
    const value = this.store.get(KEY);
    if (typeof value !== 'object' || value === null) return {};
    const valid: Record<string, Stored> = {};
    for (const [id, entry] of Object.entries(value as Record<string, unknown>)) {
      const parsed = Stored.safeParse(entry);
      if (parsed.success) valid[id] = parsed.data;
    }
    return valid;
  }
}
