import { text, type Text } from '../../../shared/i18n/translator';
import { randomUUID } from 'node:crypto';
import type { CreatePaymentLinkRequest } from '../../../shared/ozura/create-request';
import { CreateSessionSchema, PaymentLinkFieldsSchema } from '../../../shared/ozura/create-session-schema';
import type { CreateLinkInput, PaymentLinkRecord } from '../../../shared/payment-link';
import { AppError } from '../app-error';
import type { Backend } from '../backend';
import { InFlight } from '../in-flight';
import type { MerchantProfile, Timers } from '../ports';
import { assertValidBody, buildCreateRequest, sendCreate } from '../sessions/build-request';
import { madeAt, saleFields } from '../sessions/records';
import type { LinksStore } from './links-store';

/** The use cases behind `links:*`: create a reusable payment link and remember it. */
export class LinksService {
  private readonly inFlight = new InFlight<PaymentLinkRecord>();

  constructor(
    private readonly backend: () => Promise<Backend>,
    private readonly store: LinksStore,
    private readonly timers: Timers,
    /** Why nothing can be saved now (a read-only data folder), if so. */
    private readonly readOnly: () => Text | undefined = () => undefined,
  ) {}

  create(input: CreateLinkInput): Promise<PaymentLinkRecord> {
    const requestId = input.sale.requestId ?? randomUUID();
    return this.inFlight.run(requestId, () => this.createOnce(input, requestId));
  }

  list(): PaymentLinkRecord[] {
    return this.store.list();
  }

  get(id: string): PaymentLinkRecord {
    const link = this.store.get(id);
    if (!link) throw new AppError('not-found', text('error.noSuchLink', { id }));
    return link;
  }

  private async createOnce(input: CreateLinkInput, requestId: string): Promise<PaymentLinkRecord> {
    const readOnly = this.readOnly();
    if (readOnly) throw new AppError('read-only', readOnly);
    const { client, environment, merchant } = await this.backend();
    const session = buildCreateRequest(input.sale, merchant, requestId);
    const request: CreatePaymentLinkRequest = {
      ...session,
      // The title travels in the metadata, so every spawned session says which poster it came from.
      metadata: { ...session.metadata, linkTitle: input.title },
      expiresInDays: input.expiresInDays,
      ...(input.usageLimit !== null && { usageLimit: input.usageLimit }),
    };
    assertValidBody([CreateSessionSchema.safeParse(request), PaymentLinkFieldsSchema.safeParse(request)], 'link');
    const created = await sendCreate(() => client.createPaymentLink(request), 'link');

    const link: PaymentLinkRecord = {
      id: created.paymentLinkId,
      url: created.url,
      title: input.title,
      ...saleFields(input.sale),
      expiresInDays: input.expiresInDays,
      usageLimit: input.usageLimit,
      createdAt: new Date(this.timers.now()).toISOString(),
      expiresAt: new Date(created.expiresAt).toISOString(),
      ...madeAt(environment, merchant.merchantName),
      ...brandOf(merchant),
    };
    this.store.add(link);
    return link;
  }
}

/** The profile's brand colour and logo, kept with the link for its poster and its page. */
function brandOf(merchant: MerchantProfile): { brandColour?: string; logoUrl?: string } {
  const { primaryColor, logoUrl } = merchant.appearance;
  return {
    ...(typeof primaryColor === 'string' && { brandColour: primaryColor }),
    ...(typeof logoUrl === 'string' && { logoUrl }),
  };
}
