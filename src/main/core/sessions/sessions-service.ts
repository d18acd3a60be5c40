import { randomUUID } from 'node:crypto';
import type { CreateSessionInput } from '../../../shared/create-session-input';
import { apiDecimals, parseDecimal, toDecimalString } from '../../../shared/money';
import type { CreateSessionRequest } from '../../../shared/ozura/create-request';
import type { SessionRecord } from '../../../shared/session-record';
import { AppError } from '../app-error';
import type { HistoryStore } from '../history/history-store';
import type { Backend } from '../backend';
import type { Timers } from '../ports';
import type { SessionWatcher } from './watcher';

export interface SessionsServiceOptions {
  /** The API, merchant and redirect targets of the active profile, resolved per create. */
  backend: () => Promise<Backend>;
  history: HistoryStore;
  watcher: SessionWatcher;
  timers: Timers;
}

/** The use cases behind `sessions:*`: create → persist → watch. */
export class SessionsService {
  /** Creates in flight, by request id: a repeated press joins the first instead of making another. */
  private readonly inFlight = new Map<string, Promise<SessionRecord>>();

  constructor(private readonly options: SessionsServiceOptions) {}

  create(input: CreateSessionInput): Promise<SessionRecord> {
    const requestId = input.requestId ?? randomUUID();
    const running = this.inFlight.get(requestId);
    if (running) return running;
    const creating = this.createOnce(input, requestId).finally(() => this.inFlight.delete(requestId));
    this.inFlight.set(requestId, creating);
    return creating;
  }

  get(id: string): SessionRecord {
    const record = this.options.history.get(id);
    if (!record) throw new AppError('not-found', `No session ${id} in this app's history.`);
    return record;
  }

  private async createOnce(input: CreateSessionInput, requestId: string): Promise<SessionRecord> {
    const { client, environment, merchant: profile } = await this.options.backend();
    const parsed = parseDecimal(input.amount, apiDecimals(input.currency));
    if (!parsed.ok) throw new AppError('invalid-input', 'The amount is not valid.', { amount: 'Amount is not valid' });
    const request: CreateSessionRequest = {
      merchantId: profile.merchantId,
      merchantName: profile.merchantName,
      amount: toDecimalString(parsed.minor, input.currency),
      currency: input.currency,
      successUrl: profile.successUrl,
      cancelUrl: profile.cancelUrl,
      errorUrl: profile.errorUrl,
      ...(input.reference && { metadata: { reference: input.reference } }),
      // The same key on every retry of this press: the API then makes one session at most.
      idempotencyKey: requestId,
    };
    const created = await client.createSession(request);
    const known = this.options.history.get(created.sessionId);
    if (known) return known; // a repeat that the API answered with the original session

    const record: SessionRecord = {
      id: created.sessionId,
      checkoutUrl: created.checkoutUrl,
      kind: 'amount',
      amountMinor: parsed.minor,
      currency: input.currency,
      ...(input.reference && { reference: input.reference }),
      environment: environment.label,
      environmentKind: environment.kind,
      apiBaseUrl: environment.baseUrl,
      merchantName: profile.merchantName,
      createdAt: new Date(this.options.timers.now()).toISOString(),
      expiresAt: new Date(created.expiresAt).toISOString(),
      status: 'pending',
    };
    // On disk before anyone sees the QR: the customer may pay even if the app dies now.
    await this.options.history.append(record);
    this.options.watcher.focus(record.id);
    return record;
  }
}
