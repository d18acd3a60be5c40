import type { ValidCreate } from './validate-create';

export type SandboxStatus = 'pending' | 'completed' | 'failed' | 'cancelled' | 'expired';

export interface SandboxPayment {
  transactionId: string;
  transactionType: 'sale';
  chargedMinor: number; // including surcharge
  surchargeMinor: number;
  transDate: string;
  cardBrand: string;
  cardLastFour: string;
  cardExpMonth: string;
  cardExpYear: string;
}

/** What the customer typed on the hosted page. Returned by GET, never put in a redirect. */
export interface SandboxBilling {
  name?: string;
  email?: string;
}

export interface SandboxSession {
  sessionId: string;
  request: ValidCreate;
  status: SandboxStatus;
  createdAt: number;
  expiresAt: number;
  failedAttempts: number;
  paymentLinkId?: string;
  payment?: SandboxPayment;
  billing?: SandboxBilling;
  errorCode?: string;
  errorMessage?: string;
  finishedAt?: number;
}

export interface SandboxLink {
  paymentLinkId: string;
  request: ValidCreate;
  createdAt: number;
  expiresAt: number;
  usageLimit: number | null;
  payments: number;
}

/** A remembered create response for `idempotencyKey` (G17). */
export interface IdempotentReply {
  merchantId: string;
  fingerprint: string;
  status: number;
  body: unknown;
  at: number;
}

export const SESSION_LIFETIME_MS = 30 * 60 * 1000;
export const IDEMPOTENCY_WINDOW_MS = 24 * 60 * 60 * 1000;
