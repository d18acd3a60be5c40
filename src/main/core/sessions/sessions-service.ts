import { randomUUID } from 'node:crypto';
import { CreateSessionInput } from '../../../shared/create-session-input';
import { CreateSessionSchema } from '../../../shared/ozura/create-session-schema';
import type { SessionRecord } from '../../../shared/session-record';
import { AppError } from '../app-error';
import type { HistoryStore } from '../history/history-store';
import { OzuraApiError } from '../ozura-client/errors';
import type { Backend } from '../backend';
import type { Timers } from '../ports';
import { buildCreateRequest, detailsToFields, requestFieldErrors, totalMinor } from './build-request';
import type { SyncEngine } from './sync-engine';
import type { SessionWatcher } from './watcher';

export interface SessionsServiceOptions {
  /** The API, merchant and redirect targets of the active profile, resolved per create. */
  backend: () => Promise<Backend>;
  history: HistoryStore;
  watcher: SessionWatcher;
  sync: SyncEngine;
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

  /** A fresh session with the same amount, cart or donation as an earlier one. */
  reissue(id: string): Promise<SessionRecord> {
    const parsed = CreateSessionInput.safeParse(this.get(id).input);
    if (!parsed.success)
      throw new AppError(
        'invalid-input',
        'This session cannot be re-issued: what it was made from no longer passes the rules.',
      );
    return this.create(parsed.data);
  }

  get(id: string): SessionRecord {
    const record = this.options.history.get(id);
    if (!record) throw new AppError('not-found', `No session ${id} in this app's history.`);
    return record;
  }

  private async createOnce(input: CreateSessionInput, requestId: string): Promise<SessionRecord> {
    const { client, environment, merchant } = await this.options.backend();
    // The same key on every retry of this sale: the API then makes one session at most.
    const request = buildCreateRequest(input, merchant, requestId);
    const check = CreateSessionSchema.safeParse(request);
    if (!check.success) {
      const fields = requestFieldErrors(check.error);
      throw new AppError(
        'invalid-input',
        fields.form ?? 'Some fields need fixing before this session can be created.',
        fields,
      );
    }
    let created;
    try {
      created = await client.createSession(request);
    } catch (error) {
      if (error instanceof OzuraApiError && error.status === 400) {
        const { fields, unmapped } = detailsToFields(error.details);
        throw new AppError('api-rejected', [`Ozura did not accept the session.`, ...unmapped].join(' '), fields);
      }
      throw error;
    }
    const known = this.options.history.get(created.sessionId);
    if (known) return known; // a repeat that the API answered with the original session

    const { requestId: _requestId, ...kept } = input;
    const record: SessionRecord = {
      id: created.sessionId,
      checkoutUrl: created.checkoutUrl,
      kind: input.kind,
      amountMinor: totalMinor(input),
      currency: input.currency,
      ...(input.reference && { reference: input.reference }),
      input: kept,
      environment: environment.label,
      environmentKind: environment.kind,
      apiBaseUrl: environment.baseUrl,
      merchantName: merchant.merchantName,
      createdAt: new Date(this.options.timers.now()).toISOString(),
      expiresAt: new Date(created.expiresAt).toISOString(),
      status: 'pending',
    };
    // On disk before anyone sees the QR: the customer may pay even if the app dies now.
    await this.options.history.append(record);
    this.options.watcher.focus(record.id);
    this.options.sync.track(record);
    return record;
  }
}
