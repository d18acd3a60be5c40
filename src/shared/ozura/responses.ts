import { z } from 'zod';
import { CheckoutMode, SessionStatus } from './status';

// Schemas for what the Ozura API sends back. Every response is parsed with these before the
// app trusts it; unknown extra keys are tolerated (and dropped) because the API may add fields.

/** `{success:false, error, details?}`: the documented error envelope (ozura-api.md §3.5). */
export const ApiErrorBody = z.object({
  success: z.literal(false),
  error: z.string(),
  details: z.array(z.string()).optional(),
});
export type ApiErrorBody = z.infer<typeof ApiErrorBody>;

export const Pricing = z.object({
  subtotal: z.number(),
  tax: z.number(),
  shipping: z.number(),
  total: z.number(),
  currency: z.string(),
});
export type Pricing = z.infer<typeof Pricing>;

/** `POST /api/sessions/create` success (ozura-api.md §3.4). */
export const CreateSessionResponse = z.object({
  success: z.literal(true),
  data: z.object({
    sessionId: z.string().min(1),
    checkoutUrl: z.url({ protocol: /^https?$/ }),
    expiresAt: z.iso.datetime(),
    embedCode: z.string().optional(),
    pricing: Pricing.optional(),
  }),
});
export type CreateSessionData = z.infer<typeof CreateSessionResponse>['data'];

/** `POST /api/payment-links/create` success (ozura-api.md §6.2). */
export const CreatePaymentLinkResponse = z.object({
  success: z.literal(true),
  data: z.object({
    paymentLinkId: z.string().min(1),
    url: z.url({ protocol: /^https?$/ }),
    expiresAt: z.iso.datetime(),
  }),
});
export type CreatePaymentLinkData = z.infer<typeof CreatePaymentLinkResponse>['data'];

/**
 * `GET /api/sessions/{id}` success. Only `data.session.status` is documented; the other fields
 * are what the emulator returns and what the real service is believed to return, all optional.
 */
export const RemoteSession = z.object({
  status: SessionStatus,
  sessionId: z.string().optional(),
  checkoutMode: CheckoutMode.optional(),
  amount: z.union([z.string(), z.number()]).optional(),
  currency: z.string().optional(),
  expiresAt: z.string().optional(),
  transactionId: z.string().optional(),
  transactionType: z.string().optional(),
  cardBrand: z.string().optional(),
  cardLastFour: z.string().optional(),
  errorCode: z.string().optional(),
  completedAt: z.string().optional(),
  createdAt: z.string().optional(),
  /** The session's metadata; a session spawned by a payment link carries `paymentLinkId` in it. */
  metadata: z.record(z.string(), z.unknown()).optional(),
  paymentLinkId: z.string().optional(),
  /** Cart lines, as sent at creation (prices as numbers). */
  items: z
    .array(
      z.looseObject({
        productId: z.string().optional(),
        name: z.string().optional(),
        price: z.union([z.string(), z.number()]).optional(),
        quantity: z.int().min(1).optional(),
      }),
    )
    .optional(),
  /** What the customer typed on the hosted page. Shown on demand, never stored by Linkdesk. */
  billing: z.record(z.string(), z.string()).optional(),
});
export type RemoteSession = z.infer<typeof RemoteSession>;

export const GetSessionResponse = z.object({
  success: z.literal(true),
  data: z.object({ session: RemoteSession }),
});
