import { text } from '../../../shared/i18n/translator';
import { randomUUID } from 'node:crypto';
import { CreateSessionInput } from '../../../shared/create-session-input';
import { CreateSessionSchema } from '../../../shared/ozura/create-session-schema';
import type { SessionRecord } from '../../../shared/session-record';
import { AppError, isDiskFull } from '../app-error';
import type { HistoryStore } from '../history/history-store';
import type { RemoteSession } from '../../../shared/ozura/responses';
import type { InvokeOutput } from '../../../shared/ipc/contract';
import { InFlight } from '../in-flight';
import type { Backend } from '../backend';
import type { Timers } from '../ports';
import { assertValidBody, buildCreateRequest, sendCreate } from './build-request';
import { madeAt, recordFromRemote, saleFields, updateFrom } from './records';
import type { StatusScheduler } from './status-scheduler';

export interface SessionsServiceOptions {
  /** The API, merchant and redirect targets of the active profile, resolved per create. */
  backend: () => Promise<Backend>;
  /** A fresh `GET /api/sessions/{id}` against the API a recorded session was made in. */
  getSession: (record: SessionRecord) => Promise<RemoteSession>;
  history: HistoryStore;
  statusChecks: StatusScheduler;
  timers: Timers;
  /** Told of every record this service changes (the status checks tell of theirs). */
  onChange: (record: SessionRecord) => void;
  /** The name of a cart's tip line, in the staff's language ("Tip" unless said). */
  tipName?: () => string;
}

/** The use cases behind `sessions:*`: create → persist → watch, and checks on demand. */
export class SessionsService {
  /** Creates in flight, by request id: a repeated press joins the first instead of making another. */
  private readonly inFlight = new InFlight<SessionRecord>();

  constructor(private readonly options: SessionsServiceOptions) {}

  create(input: CreateSessionInput): Promise<SessionRecord> {
    const requestId = input.requestId ?? randomUUID();
    return this.inFlight.run(requestId, () => this.createOnce(input, requestId));
  }

  /** A fresh session with the same amount, cart or donation as an earlier one. */
  reissue(id: string): Promise<SessionRecord> {
    const parsed = CreateSessionInput.safeParse(this.get(id).input);
    if (!parsed.success) throw new AppError('invalid-input', text('error.cannotReissue'));
    return this.create(parsed.data);
  }

  /**
   * Adds a session this app did not create (e.g. one a payment link spawned) to history, from
   * what the active profile's API says of it; a known one is returned as it is.
   */
  async adopt(id: string): Promise<SessionRecord> {
    const known = this.options.history.get(id);
    if (known) return known;
    const { client, environment, merchant } = await this.options.backend();
    const remote = await client.getSession(id);
    const record = recordFromRemote(id, remote, {
      environment,
      merchantName: merchant.merchantName,
      nowMs: this.options.timers.now(),
    });
    await this.options.history.append(record);
    this.options.statusChecks.track(record);
    this.options.onChange(record);
    return record;
  }

  /** A status check on demand: the record brought up to date, and billing details to show once. */
  async verify(id: string): Promise<InvokeOutput<'history:verify'>> {
    const { history, timers } = this.options;
    const known = this.get(id);
    const remote = await this.options.getSession(known);
    const record = (await history.update(id, updateFrom(remote, known.currency, timers.now()))) ?? known;
    this.options.onChange(record);
    return { record, ...(remote.billing && { billing: remote.billing }) };
  }

  get(id: string): SessionRecord {
    const record = this.options.history.get(id);
    if (!record) throw new AppError('not-found', text('error.noSuchSession', { id }));
    return record;
  }

  private async createOnce(input: CreateSessionInput, requestId: string): Promise<SessionRecord> {
    // Nothing is made at the API that could not be written down first.
    const { readOnly } = this.options.history;
    if (readOnly) throw new AppError('read-only', readOnly);
    const { client, environment, merchant } = await this.options.backend();
    // The same key on every retry of this sale: the API then makes one session at most.
    const request = buildCreateRequest(input, merchant, requestId, this.options.tipName?.());
    assertValidBody([CreateSessionSchema.safeParse(request)], 'session');
    const created = await sendCreate(() => client.createSession(request), 'session');
    const known = this.options.history.get(created.sessionId);
    if (known) {
      // A repeat that the API answered with the original session; if a full disk held it back, save it now.
      if (!this.options.history.allSaved) await this.options.history.saveUnsaved();
      return known;
    }

    const record: SessionRecord = {
      id: created.sessionId,
      checkoutUrl: created.checkoutUrl,
      ...saleFields(input),
      ...(input.reference && { reference: input.reference }),
      ...madeAt(environment, merchant.merchantName),
      ...(merchant.stationName && { station: merchant.stationName }),
      createdAt: new Date(this.options.timers.now()).toISOString(),
      expiresAt: new Date(created.expiresAt).toISOString(),
      status: 'pending',
    };
    // On disk before anyone sees the QR: the customer may pay even if the app dies now.
    await this.options.history.append(record).catch((error: unknown) => {
      // The API made it, so it is watched even while the disk is full (it is saved on retry).
      if (isDiskFull(error)) this.options.statusChecks.track(record);
      throw error;
    });
    this.options.statusChecks.focus(record.id);
    return record;
  }
}
