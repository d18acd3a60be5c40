import { z } from 'zod';
import { amountProblem, type AmountNoun } from './amount-rules';
import { issueOf } from './field-errors';
import { MAX_AMOUNT_CHARS, MAX_URL_CHARS } from './limits';
import { HexColor } from './settings';
import { isHttpUrl } from './urls';

const text = (max: number) => z.string({ error: 'field.text' }).trim().max(max, { error: 'field.tooLong' });

const Price = (noun: AmountNoun) =>
  z
    .string({ error: 'field.text' })
    .trim()
    .max(MAX_AMOUNT_CHARS, { error: 'field.tooLong' })
    .superRefine((value, ctx) => {
      // Catalogue prices are checked for 2 decimals; a cart checks them again in its own currency.
      const problem = amountProblem(value, 'USD', { noun, allowZero: true, nameCurrency: false });
      if (problem) ctx.addIssue(issueOf([], problem));
    });

/** A product saved on this machine, ready to drop into a cart. */
export const Product = z.strictObject({
  id: z.uuid(),
  productId: text(100).min(1, { error: 'field.required' }),
  name: text(200).min(1, { error: 'field.required' }),
  price: Price('price'),
  imageUrl: z
    .string()
    .trim()
    .max(MAX_URL_CHARS, { error: 'field.tooLong' })
    .refine(isHttpUrl, { error: 'field.absoluteUrl' })
    .optional(),
  description: text(500).optional(),
  variant: text(200).optional(),
  brand: text(200).optional(),
  category: text(200).optional(),
  originalPrice: Price('originalPrice').optional(),
  discountLabel: text(40).optional(),
  taxExempt: z.boolean({ error: 'field.trueOrFalse' }).optional(),
  /** Marks the product's tile in the grid; Linkdesk only, never sent to Ozura. */
  colour: HexColor.optional(),
  /** Favourites come first in the grid; Linkdesk only. */
  favourite: z.boolean({ error: 'field.trueOrFalse' }).optional(),
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
  'colour',
  'favourite',
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
