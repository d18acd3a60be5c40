import type { AppInfo } from '../../shared/ipc/contract';
import type { SettingsView } from '../../shared/settings';
import type { Text } from '../../shared/i18n/translator';
import type { StaffState } from '../../shared/staff';
import { AppError } from './app-error';
import type { Words } from './words';
import type { BackendResolver } from './backend';
import type { Connectivity } from './connectivity';
import type { Cipher, SecretVault } from './settings/secret-vault';
import type { SettingsStore } from './settings/settings-store';

export interface AppStatusSources {
  version: string;
  settings: SettingsStore;
  vault: SecretVault;
  cipher: Cipher;
  resolver: BackendResolver;
  connectivity: Connectivity;
  /** A read-only history means no sale can be made (it says why). */
  history: { readonly readOnly: Text | undefined };
  notices: readonly Text[];
  words: Words;
  /** Who is signed in at the counter and who may sign in. */
  staff: () => StaffState;
}

/** What the window is told about the app: the profile in use, its host, its state, and the settings (never keys). */
export class AppStatus {
  constructor(private readonly sources: AppStatusSources) {}

  /** Settings as the window sees them: key status and hint, never a key. */
  settingsView(): SettingsView {
    const { settings, vault, cipher } = this.sources;
    return {
      activeProfileId: settings.current.activeProfileId,
      profiles: settings.current.profiles.map((profile) => ({ ...profile, keys: vault.status(profile.id) })),
      preferences: settings.current.preferences,
      encryption: { available: cipher.isAvailable(), weak: cipher.isWeak(), backend: cipher.backend() },
    };
  }

  /** The active profile, its host, whether it can sell now (and why not), and whether the host answers. */
  async appInfo(): Promise<AppInfo> {
    const { settings, resolver, connectivity } = this.sources;
    const profile = settings.activeProfile;
    const environment = await resolver.environmentOf(profile);
    let blocker = this.sources.history.readOnly;
    try {
      await resolver.forProfile(profile);
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      blocker ??= error.text;
    }
    const say = this.sources.words();
    // Who is not answering, by the name staff know it by; the network's own words (a host and
    // port) are in the log, not on the counter's screen (#18).
    const offline = connectivity.offline;
    return {
      version: this.sources.version,
      language: say.language,
      locale: say.locale,
      notices: this.sources.notices.map((notice) => say.say(notice)),
      staff: this.sources.staff(),
      theme: settings.current.preferences.theme,
      active: {
        profileId: profile.id,
        profileName: profile.name,
        environment: {
          kind: environment.kind,
          label: environment.label,
          checkoutHost: new URL(environment.baseUrl).host,
        },
        merchantName: profile.merchantName,
        defaultCurrency: profile.defaultCurrency,
        donationPresets: profile.donationPresets,
        stationName: profile.stationName,
        tipping: profile.tipping,
        ...(blocker && { blocker: say.say(blocker) }),
        ...(offline && { offline: say.t(`app.offline.${environment.kind}`, { profile: profile.name }) }),
      },
    };
  }
}
