import type { CheckoutMode } from './status';

/** The body of `POST /api/sessions/create` as Linkdesk sends it (ozura-api.md §3.1). */
export interface CreateSessionRequest {
  merchantId: string;
  merchantName: string;
  amount?: string;
  currency: string;
  successUrl: string;
  cancelUrl: string;
  errorUrl: string;
  checkoutMode?: CheckoutMode;
  metadata?: Record<string, unknown>;
  idempotencyKey?: string;
}
