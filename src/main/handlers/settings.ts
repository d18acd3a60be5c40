import { text } from '../../shared/i18n/translator';
import type { SettingsView } from '../../shared/settings';
import { AppError } from '../core/app-error';
import { keyOrigin, type BackendResolver } from '../core/backend';
import type { HandlersOf } from '../core/ipc/dispatcher';
import type { SecretVault } from '../core/settings/secret-vault';
import type { SettingsStore } from '../core/settings/settings-store';
import { testConnection } from '../core/settings/test-connection';
import type { Words } from '../core/words';

export interface SettingsHandlerPorts {
  settings: SettingsStore;
  vault: SecretVault;
  resolver: BackendResolver;
  /** Settings as the window sees them (key status, never keys). */
  view: () => SettingsView;
  /** Tells every window what changed (settings and the active profile). */
  announce: () => Promise<void>;
  fetch?: typeof fetch;
  words: Words;
}

/** `settings:*`: profiles, keys (write-only), preferences, and the connection test. */
export function settingsHandlers(ports: SettingsHandlerPorts): HandlersOf<'settings'> {
  const { settings, vault, resolver, view } = ports;
  const keyedProfile = (id: string) => {
    const profile = settings.profile(id);
    if (profile.environment.kind === 'sandbox') throw new AppError('invalid-input', text('error.sandboxNeedsNoKeys'));
    return profile;
  };
  return {
    'settings:get': view,
    'settings:save-profile': (input) => {
      const before = input.id === undefined ? undefined : settings.profile(input.id);
      const saved = settings.saveProfile(input);
      // Keys belong to the host they were saved for: pointing a profile elsewhere drops them.
      if (before && keyOrigin(before) !== keyOrigin(saved)) vault.clear(saved.id);
      return view();
    },
    'settings:delete-profile': ({ id }) => {
      settings.deleteProfile(id);
      vault.clear(id);
      return view();
    },
    'settings:set-active-profile': ({ id }) => {
      settings.setActive(id);
      return view();
    },
    'settings:set-credentials': async ({ profileId, apiKey, merchantKey, allowWeakEncryption }) => {
      const profile = keyedProfile(profileId);
      const keys = { apiKey, merchantKey };
      const status = await vault.set(profile.id, keys, keyOrigin(profile), allowWeakEncryption);
      await ports.announce();
      return status;
    },
    'settings:clear-credentials': async ({ id }) => {
      const status = vault.clear(keyedProfile(id).id);
      await ports.announce();
      return status;
    },
    'settings:set-preferences': (preferences) => {
      settings.setPreferences(preferences);
      return view();
    },
    'settings:test-connection': async ({ id }) => {
      const profile = settings.profile(id);
      const environment = await resolver.environmentOf(profile);
      const verdict = await testConnection(environment.baseUrl, await resolver.credentialsOf(profile), ports.fetch);
      return { outcome: verdict.outcome, message: ports.words().say(verdict.text) };
    },
  };
}
