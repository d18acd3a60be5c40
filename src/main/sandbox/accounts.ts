/** A merchant the sandbox knows, with the two keys that authenticate it. */
export interface SandboxAccount {
  merchantId: string;
  merchantName?: string;
  /** `X-API-KEY`, the Vault key. */
  apiKey: string;
  /** `X-OZURA-API-KEY`, the merchant key. */
  merchantKey: string;
}

/** The account a fresh sandbox accepts (documented in the README). */
export const DEFAULT_ACCOUNT: SandboxAccount = {
  merchantId: 'ozu_sandbox',
  merchantName: 'Sandbox Store',
  apiKey: 'vault_sandbox_key',
  merchantKey: 'merchant_sandbox_key',
};
