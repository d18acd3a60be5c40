import { text } from '../../shared/i18n/translator';
import { OZURA_BASE_URL, SANDBOX_LABEL, type Profile } from '../../shared/settings';
import type { RemoteSession } from '../../shared/ozura/responses';
import type { SessionRecord } from '../../shared/session-record';
import { AppError } from './app-error';
import {
  OzuraClient,
  type OzuraClientOptions,
  type OzuraCredentials,
  type ReachabilityObserver,
} from './ozura-client/client';
import type { EnvironmentInfo, MerchantProfile } from './ports';
import type { SecretVault } from './settings/secret-vault';

/** The embedded sandbox, started the first time a sandbox profile needs it. */
export interface SandboxStarter {
  (): Promise<{ baseUrl: string; credentials: OzuraCredentials }>;
}

/** Everything needed to create a session for a profile. */
export interface Backend {
  client: OzuraClient;
  environment: EnvironmentInfo;
  merchant: MerchantProfile;
}

/** The origin a keyed profile's keys belong to (sandbox profiles have none: they use the sandbox's own). */
export function keyOrigin(profile: Profile): string {
  return new URL(profile.environment.kind === 'custom' ? profile.environment.baseUrl : OZURA_BASE_URL).origin;
}

export interface BackendResolverOptions {
  vault: SecretVault;
  startSandbox: SandboxStarter;
  /** The profile in use: only its host's answers speak for the app's connection state. */
  activeProfile: () => Profile;
  /** Hears how every call to the active profile's host went (the offline banner). */
  observer?: ReachabilityObserver;
  fetch?: typeof fetch;
}

/**
 * Maps a profile to its API: the built-in sandbox, Ozura, or a custom host, with the right keys.
 * Every client it hands out for the host in use already reports to the connection monitor.
 */
export class BackendResolver {
  private sandbox?: Promise<{ baseUrl: string; credentials: OzuraCredentials }>;

  constructor(private readonly options: BackendResolverOptions) {}

  /** The backend of the profile in use. */
  active(): Promise<Backend> {
    return this.forProfile(this.options.activeProfile());
  }

  async sandboxBaseUrl(): Promise<string> {
    return (await this.ensureSandbox()).baseUrl;
  }

  async environmentOf(profile: Profile): Promise<EnvironmentInfo> {
    switch (profile.environment.kind) {
      case 'sandbox':
        // The label is stored with each record (and exported), so it stays one fixed name; screens translate it.
        return { kind: 'sandbox', label: SANDBOX_LABEL, baseUrl: await this.sandboxBaseUrl() };
      case 'ozura':
        // eslint-disable-next-line formatjs/no-literal-string-in-object -- a name, the same in every language
        return { kind: 'ozura', label: 'Ozura', baseUrl: OZURA_BASE_URL };
      case 'custom':
        return {
          kind: 'custom',
          label: new URL(profile.environment.baseUrl).host,
          baseUrl: profile.environment.baseUrl,
        };
    }
  }

  /** The keys a profile's requests carry: the sandbox's own, or the ones in the vault. */
  async credentialsOf(profile: Profile): Promise<OzuraCredentials | undefined> {
    if (profile.environment.kind === 'sandbox') return (await this.ensureSandbox()).credentials;
    return this.options.vault.read(profile.id, keyOrigin(profile));
  }

  async forProfile(profile: Profile): Promise<Backend> {
    const environment = await this.environmentOf(profile);
    const credentials = await this.credentialsOf(profile);
    if (!credentials) {
      throw new AppError('not-configured', text('error.addKeys', { profile: profile.name }));
    }
    const sandbox = environment.kind === 'sandbox';
    const successUrl = profile.successUrl ?? (sandbox ? `${environment.baseUrl}/__sandbox/return/success` : undefined);
    const cancelUrl = profile.cancelUrl ?? (sandbox ? `${environment.baseUrl}/__sandbox/return/cancel` : undefined);
    if (!successUrl || !cancelUrl) {
      throw new AppError('not-configured', text('error.setReturnUrls', { profile: profile.name }));
    }
    return {
      client: this.client(environment.baseUrl, credentials, profile.id === this.options.activeProfile().id, {
        kind: environment.kind,
        name: profile.name,
      }),
      environment,
      merchant: {
        merchantId: profile.merchantId,
        merchantName: profile.merchantName,
        successUrl,
        cancelUrl,
        // Ozura's hosted error page is the documented recommendation.
        errorUrl: profile.errorUrl ?? `${environment.baseUrl}/error`,
        defaultCurrency: profile.defaultCurrency,
        stationName: profile.stationName,
        appearance: profile.appearance,
      },
    };
  }

  /** A client for status checks of a recorded session (GET needs no key). */
  async statusClientFor(record: SessionRecord): Promise<OzuraClient> {
    const baseUrl = record.environmentKind === 'sandbox' ? await this.sandboxBaseUrl() : record.apiBaseUrl;
    return this.client(baseUrl, { apiKey: '', merchantKey: '' }, this.inActiveEnvironment(record), {
      kind: record.environmentKind,
      name: record.environment,
    });
  }

  /** A fresh `GET /api/sessions/{id}` for a recorded session, against the API it was made in. */
  async getSession(record: SessionRecord): Promise<RemoteSession> {
    return (await this.statusClientFor(record)).getSession(record.id);
  }

  /** Whether a session lives in the active profile's environment (an old host being down says nothing of the one in use). */
  private inActiveEnvironment(record: SessionRecord): boolean {
    const active = this.options.activeProfile().environment;
    if (active.kind === 'custom') return record.environmentKind === 'custom' && record.apiBaseUrl === active.baseUrl;
    return record.environmentKind === active.kind;
  }

  private client(
    baseUrl: string,
    credentials: OzuraCredentials,
    speaksForConnection: boolean,
    known: OzuraClientOptions['known'],
  ): OzuraClient {
    const { fetch, observer } = this.options;
    return new OzuraClient({
      baseUrl,
      credentials,
      known,
      ...(fetch && { fetch }),
      ...(speaksForConnection && observer && { observer }),
    });
  }

  private ensureSandbox(): Promise<{ baseUrl: string; credentials: OzuraCredentials }> {
    this.sandbox ??= this.options.startSandbox();
    return this.sandbox;
  }
}
