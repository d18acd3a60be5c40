import { z } from 'zod';
import { amountProblem } from './amount-rules';
import { MAX_AMOUNT_CHARS, MAX_URL_CHARS } from './limits';
import { isHttpUrl } from './urls';

const text = (label: string, max: number) =>
  z
    .string({ error: `${label} must be text` })
    .trim()
    .max(max, { error: `${label} must be at most ${max} characters` });

const Price = (label: string) =>
  z
    .string({ error: `${label} must be text such as 4.50` })
    .trim()
    .max(MAX_AMOUNT_CHARS, { error: `${label} must be at most ${MAX_AMOUNT_CHARS} characters` })
    .superRefine((value, ctx) => {
      // Catalogue prices are checked for 2 decimals; a cart checks them again in its own currency.
      const problem = amountProblem(value, 'USD', { noun: label, allowZero: true, nameCurrency: false });
      if (problem) ctx.addIssue({ code: 'custom', message: problem });
    });

/** A product saved on this machine, ready to drop into a cart. */
export const Product = z.strictObject({
  id: z.uuid(),
  productId: text('Product ID', 100).min(1, { error: 'Product ID is required' }),
  name: text('Name', 200).min(1, { error: 'Name is required' }),
  price: Price('Price'),
  imageUrl: z
    .string()
    .trim()
    .max(MAX_URL_CHARS, { error: `Image URL must be at most ${MAX_URL_CHARS} characters` })
    .refine(isHttpUrl, {
      error: 'Image URL must be an absolute URL',
    })
    .optional(),
  description: text('Description', 500).optional(),
  variant: text('Variant', 200).optional(),
  brand: text('Brand', 200).optional(),
  category: text('Category', 200).optional(),
  originalPrice: Price('Original price').optional(),
  discountLabel: text('Discount label', 40).optional(),
  taxExempt: z.boolean({ error: 'Tax exempt must be true or false' }).optional(),
});
export type Product = z.infer<typeof Product>;

export const ProductInput = Product.extend({ id: z.uuid().optional() });
export type ProductInput = z.infer<typeof ProductInput>;

/** The columns of a catalogue CSV, in order. */
export const CATALOGUE_COLUMNS = [
  'productId',
  'name',
  'price',
  'description',
  'variant',
  'brand',
  'category',
  'imageUrl',
  'originalPrice',
  'discountLabel',
  'taxExempt',
] as const;

export const ImportReport = z.object({
  cancelled: z.boolean(),
  file: z.string().optional(),
  added: z.int(),
  updated: z.int(),
  /** One entry per bad row: its row number in the file (header = row 1) and what is wrong. */
  errors: z.array(z.object({ row: z.int(), message: z.string() })),
});
export type ImportReport = z.infer<typeof ImportReport>;

export const ExportReport = z.object({ cancelled: z.boolean(), file: z.string().optional(), count: z.int() });
