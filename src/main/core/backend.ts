import { OZURA_BASE_URL, type Profile } from '../../shared/settings';
import type { SessionRecord } from '../../shared/session-record';
import { AppError } from './app-error';
import { OzuraClient, type OzuraCredentials } from './ozura-client/client';
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

/** Where a session or link was made and for whom, as history and the Links list keep it. */
export function madeAt(
  environment: EnvironmentInfo,
  merchantName: string,
): { environment: string; environmentKind: EnvironmentInfo['kind']; apiBaseUrl: string; merchantName: string } {
  return {
    environment: environment.label,
    environmentKind: environment.kind,
    apiBaseUrl: environment.baseUrl,
    merchantName,
  };
}

/** Maps a profile to its API: the built-in sandbox, Ozura, or a custom host, with the right keys. */
export class BackendResolver {
  private sandbox?: Promise<{ baseUrl: string; credentials: OzuraCredentials }>;

  constructor(
    private readonly vault: SecretVault,
    private readonly startSandbox: SandboxStarter,
    private readonly fetchImpl?: typeof fetch,
  ) {}

  async sandboxBaseUrl(): Promise<string> {
    return (await this.ensureSandbox()).baseUrl;
  }

  async environmentOf(profile: Profile): Promise<EnvironmentInfo> {
    switch (profile.environment.kind) {
      case 'sandbox':
        return { kind: 'sandbox', label: 'Built-in sandbox', baseUrl: await this.sandboxBaseUrl() };
      case 'ozura':
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
    return this.vault.read(profile.id);
  }

  async forProfile(profile: Profile): Promise<Backend> {
    const environment = await this.environmentOf(profile);
    const credentials = await this.credentialsOf(profile);
    if (!credentials) {
      throw new AppError(
        'not-configured',
        `Add the two API keys for “${profile.name}” in Settings before creating sessions.`,
      );
    }
    const sandbox = environment.kind === 'sandbox';
    const successUrl = profile.successUrl ?? (sandbox ? `${environment.baseUrl}/__sandbox/return/success` : undefined);
    const cancelUrl = profile.cancelUrl ?? (sandbox ? `${environment.baseUrl}/__sandbox/return/cancel` : undefined);
    if (!successUrl || !cancelUrl) {
      throw new AppError(
        'not-configured',
        `Set the success and cancel URLs for “${profile.name}” in Settings: the customer lands there after paying.`,
      );
    }
    return {
      client: this.client(environment.baseUrl, credentials),
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
    return this.client(baseUrl, { apiKey: '', merchantKey: '' });
  }

  private client(baseUrl: string, credentials: OzuraCredentials): OzuraClient {
    return new OzuraClient({ baseUrl, credentials, ...(this.fetchImpl && { fetch: this.fetchImpl }) });
  }

  private ensureSandbox(): Promise<{ baseUrl: string; credentials: OzuraCredentials }> {
    this.sandbox ??= this.startSandbox();
    return this.sandbox;
  }
}
