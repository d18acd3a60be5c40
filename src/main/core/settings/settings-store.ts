import { text } from '../../../shared/i18n/translator';
import { randomUUID } from 'node:crypto';
import { moveAside } from '../files/move-aside';
import {
  DEFAULT_PREFERENCES,
  Profile,
  SANDBOX_MERCHANT_ID,
  Settings,
  sandboxProfile,
  type Preferences,
  type ProfileInput,
} from '../../../shared/settings';
import { AppError } from '../app-error';
import type { KeyValueStore } from './key-value-store';

const KEY = 'settings';

function defaults(): Settings {
  const profile = sandboxProfile(randomUUID());
  return { version: 1, activeProfileId: profile.id, profiles: [profile], preferences: DEFAULT_PREFERENCES };
}

/**
 * Profiles and preferences. Everything read back from disk is validated; settings that do not
 * validate are moved aside and replaced by defaults, and `movedAside` says where they went.
 */
export class SettingsStore {
  private settings: Settings;
  private readonly listeners = new Set<() => void>();
  /** Where settings that did not validate were moved, if they were. */
  movedAside?: string;

  private constructor(
    private readonly store: KeyValueStore,
    settings: Settings,
  ) {
    this.settings = settings;
  }

  static async open(store: KeyValueStore): Promise<SettingsStore> {
    const raw = store.get(KEY);
    if (raw === undefined) {
      const fresh = defaults();
      store.set(KEY, fresh);
      return new SettingsStore(store, fresh);
    }
    const parsed = Settings.safeParse(raw);
    if (parsed.success && parsed.data.profiles.some((p) => p.id === parsed.data.activeProfileId)) {
      return new SettingsStore(store, parsed.data);
    }
    const aside = await moveAside(store.path);
    const fresh = defaults();
    store.set(KEY, fresh);
    const settings = new SettingsStore(store, fresh);
    settings.movedAside = aside;
    return settings;
  }

  get current(): Settings {
    return this.settings;
  }

  get activeProfile(): Profile {
    const active = this.settings.profiles.find((p) => p.id === this.settings.activeProfileId);
    if (!active) throw new Error('The active profile is missing');
    return active;
  }

  profile(id: string): Profile {
    const found = this.settings.profiles.find((p) => p.id === id);
    if (!found) throw new AppError('not-found', text('error.profileGone'));
    return found;
  }

  onChange(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Adds a profile (no id) or replaces one. A sandbox profile always uses the sandbox merchant. */
  saveProfile(input: ProfileInput): Profile {
    const profile = Profile.parse({
      ...input,
      id: input.id ?? randomUUID(),
      ...(input.environment.kind === 'sandbox' && { merchantId: SANDBOX_MERCHANT_ID }),
    });
    const exists = this.settings.profiles.some((p) => p.id === profile.id);
    if (input.id && !exists) throw new AppError('not-found', text('error.profileGone'));
    const profiles = exists
      ? this.settings.profiles.map((p) => (p.id === profile.id ? profile : p))
      : [...this.settings.profiles, profile];
    this.commit({ ...this.settings, profiles });
    return profile;
  }

  deleteProfile(id: string): void {
    this.profile(id);
    if (this.settings.profiles.length === 1) throw new AppError('invalid-input', text('error.keepOneProfile'));
    const profiles = this.settings.profiles.filter((p) => p.id !== id);
    const activeProfileId =
      this.settings.activeProfileId === id ? (profiles[0]?.id ?? '') : this.settings.activeProfileId;
    this.commit({ ...this.settings, profiles, activeProfileId });
  }

  setActive(id: string): void {
    this.profile(id);
    this.commit({ ...this.settings, activeProfileId: id });
  }

  setPreferences(preferences: Preferences): void {
    this.commit({ ...this.settings, preferences });
  }

  /** Saves, then takes the new settings: a change that cannot be written (a full disk) is not kept. */
  private commit(next: Settings): void {
    const parsed = Settings.parse(next);
    this.store.set(KEY, parsed);
    this.settings = parsed;
    for (const listener of this.listeners) listener();
  }
}
