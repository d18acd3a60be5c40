import type { ApiItem } from './create-session-schema';
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
  items?: ApiItem[];
  surchargePercent?: string;
  taxExempt?: boolean;
  appearance?: Record<string, unknown>;
  metadata?: Record<string, unknown>;
  idempotencyKey?: string;
}

/** The body of `POST /api/payment-links/create`: a session body plus the link's own two fields (§6.1). */
export interface CreatePaymentLinkRequest extends CreateSessionRequest {
  expiresInDays: number;
  /** Omitted for unlimited (the API's default is null). */
  usageLimit?: number;
}
