import { text } from '../../../shared/i18n/translator';
import type { KeyStatus } from '../../../shared/settings';
import { AppError } from '../app-error';
import type { OzuraCredentials } from '../ozura-client/client';
import type { KeyValueStore } from './key-value-store';

/** Encryption at rest: Electron's safeStorage in the app, a stand-in in tests. */
export interface Cipher {
  isAvailable(): boolean;
  /** True where the OS offers no real encryption (Linux's basic_text backend). */
  isWeak(): boolean;
  backend(): string;
  encrypt(plain: string): Promise<string>;
  decrypt(encoded: string): Promise<string>;
}

interface StoredKeys {
  apiKey: string;
  merchantKey: string;
  /** Masked hints, kept apart so showing them never needs a decryption. */
  apiKeyHint: string;
  merchantKeyHint: string;
  weak: boolean;
  /** The API origin the keys were saved for; they are never handed out for any other. */
  origin: string;
}

const SECRETS = 'profiles';

/** Shows the last 4 characters only: enough to tell two keys apart, never enough to use one. */
export function maskKey(key: string): string {
  return `••••${key.slice(-4)}`;
}

/**
 * The two API keys of each profile, encrypted before they touch disk. Write-only from outside
 * main: the renderer can set and clear them and learn `KeyStatus`, never read them.
 */
export class SecretVault {
  constructor(
    private readonly store: KeyValueStore,
    private readonly cipher: Cipher,
  ) {}

  async set(
    profileId: string,
    keys: OzuraCredentials,
    origin: string,
    allowWeakEncryption = false,
  ): Promise<KeyStatus> {
    if (!this.cipher.isAvailable()) {
      throw new AppError('not-configured', text('error.noEncryption'));
    }
    const weak = this.cipher.isWeak();
    if (weak && !allowWeakEncryption) {
      throw new AppError('needs-consent', text('error.weakEncryption'));
    }
    const entry: StoredKeys = {
      apiKey: await this.cipher.encrypt(keys.apiKey),
      merchantKey: await this.cipher.encrypt(keys.merchantKey),
      apiKeyHint: maskKey(keys.apiKey),
      merchantKeyHint: maskKey(keys.merchantKey),
      weak,
      origin,
    };
    this.store.set(SECRETS, { ...this.all(), [profileId]: entry });
    return this.status(profileId);
  }

  clear(profileId: string): KeyStatus {
    const all = this.all();
    delete all[profileId];
    this.store.set(SECRETS, all);
    return this.status(profileId);
  }

  /** For main only: the keys in clear, to put in request headers to `origin` (and only there). */
  async read(profileId: string, origin: string): Promise<OzuraCredentials | undefined> {
    const stored = this.all()[profileId];
    if (!stored || stored.origin !== origin) return undefined;
    try {
      return {
        apiKey: await this.cipher.decrypt(stored.apiKey),
        merchantKey: await this.cipher.decrypt(stored.merchantKey),
      };
    } catch {
      throw new AppError('not-configured', text('error.keysUndecryptable'));
    }
  }

  status(profileId: string): KeyStatus {
    const stored = this.all()[profileId];
    if (!stored) return { configured: false };
    return {
      configured: true,
      apiKeyHint: stored.apiKeyHint,
      merchantKeyHint: stored.merchantKeyHint,
      ...(stored.weak && { weaklyProtected: true }),
    };
  }

  private all(): Record<string, StoredKeys> {
    const value = this.store.get(SECRETS);
    if (typeof value !== 'object' || value === null) return {};
    const valid: Record<string, StoredKeys> = {};
    for (const [id, entry] of Object.entries(value as Record<string, unknown>)) {
      const e = entry as Partial<StoredKeys> | null;
      // Keys without the origin they belong to are not handed out (they must be entered again).
      if (e && typeof e.apiKey === 'string' && typeof e.merchantKey === 'string' && typeof e.origin === 'string') {
        valid[id] = {
          apiKey: e.apiKey,
          merchantKey: e.merchantKey,
          apiKeyHint: typeof e.apiKeyHint === 'string' ? e.apiKeyHint : '••••',
          merchantKeyHint: typeof e.merchantKeyHint === 'string' ? e.merchantKeyHint : '••••',
          weak: e.weak === true,
          origin: e.origin,
        };
      }
    }
    return valid;
  }
}
