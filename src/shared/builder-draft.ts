import { z } from 'zod';

/** A cart line as the builder edits it: text as typed, plus a key that stays put when lines move. */
export const CartLine = z.object({
  key: z.string().max(64),
  productId: z.string().max(200),
  name: z.string().max(400),
  price: z.string().max(40),
  quantity: z.int().min(0).max(100_000),
  imageUrl: z.string().max(2048).optional(),
  description: z.string().max(1000).optional(),
  variant: z.string().max(400).optional(),
  brand: z.string().max(400).optional(),
  category: z.string().max(400).optional(),
  originalPrice: z.string().max(40).optional(),
  discountLabel: z.string().max(80).optional(),
  taxExempt: z.boolean().optional(),
});
export type CartLine = z.infer<typeof CartLine>;

/**
 * The half-built sale, kept by main so it survives switching screens and restarting the app.
 * Loose on purpose (it holds what was typed, valid or not); creating checks it in full.
 */
export const BuilderDraft = z.object({
  kind: z.enum(['amount', 'cart', 'donation']),
  currency: z.string().max(3),
  amount: z.string().max(40),
  donationAmount: z.string().max(40),
  items: z.array(CartLine).max(100),
  reference: z.string().max(200),
  note: z.string().max(1000),
  staffInitials: z.string().max(20),
  options: z.object({
    successUrl: z.string().max(2048),
    cancelUrl: z.string().max(2048),
    errorUrl: z.string().max(2048),
    surchargePercent: z.string().max(20),
    taxExempt: z.boolean(),
  }),
});
export type BuilderDraft = z.infer<typeof BuilderDraft>;
