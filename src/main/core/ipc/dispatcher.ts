import type { z } from 'zod';
import { describeFieldErrors, fieldErrors, sayFields } from '../../../shared/field-errors';
import type { Text, Translator } from '../../../shared/i18n/translator';
import {
  isInvokeChannel,
  isOpenTo,
  type Audience,
  type EventChannel,
  type InvokeChannel,
} from '../../../shared/ipc/channels';
import { contract, type EventPayload, type InvokeOutput } from '../../../shared/ipc/contract';
import type { IpcError, IpcResult } from '../../../shared/ipc/result';
import { AppError, DISK_FULL, isDiskFull } from '../app-error';
import type { Words } from '../words';
import { OzuraApiError } from '../ozura-client/errors';
import type { Logger } from '../ports';
import { MAX_IPC_ANSWER_BYTES, MAX_IPC_FIELD_ERRORS, MAX_IPC_MESSAGE_CHARS } from './limits';
import { payloadProblem } from './payload-guard';

/** The main-side implementation of every invoke channel. */
export type HandlerTable = {
  [K in InvokeChannel]: (input: ParsedInput<K>) => Promise<InvokeOutput<K>> | InvokeOutput<K>;
};
/** The invoke channels of one domain, e.g. `HandlersOf<'links'>` for every `links:*` handler. */
export type HandlersOf<Domain extends string> = Pick<HandlerTable, Extract<InvokeChannel, `${Domain}:${string}`>>;
/** Handlers get the input after the schema has parsed it (defaults applied, text trimmed). */
type ParsedInput<K extends InvokeChannel> = z.output<(typeof contract)[K]['input']>;

/** Calls main: from a page at `senderUrl`, in a window for `audience` (staff unless said). */
export type Dispatch = (
  channel: unknown,
  input: unknown,
  senderUrl: string | undefined,
  audience?: Audience,
) => Promise<IpcResult<unknown>>;

export interface DispatcherOptions {
  isTrustedSender: (url: string | undefined) => boolean;
  logger: Logger;
  words: Words;
  /** True once main is stopping: a late call from a closing window must not write anything. */
  closing?: () => boolean;
  /** Why whoever is at the counter may not make this call now (nobody signed in, not a manager). */
  refusal?: (channel: InvokeChannel) => Text | undefined;
  /** Asked before a call runs; what it returns is given the answer (the audit log's entry). */
  audit?: (channel: InvokeChannel, input: unknown) => ((output: unknown) => Promise<void>) | undefined;
}

/**
 * The one gate every IPC call passes: only contract channels, only from our own page, only
 * what the window and the signed-in role may call, input parsed from `unknown` with the
 * channel's schema, output parsed too (so nothing outside the contract, such as a key, can
 * slip out), and every failure returned as data, in the words of the staff's language at the
 * moment it is answered.
 */
export function createDispatcher(handlers: HandlerTable, options: DispatcherOptions): Dispatch {
  const { isTrustedSender, logger, words, closing = () => false, refusal, audit } = options;
  return async (channel, input, senderUrl, audience = 'staff') => {
    const say = words();
    if (closing()) return failure({ code: 'closing', message: say.t('error.closing') });
    if (!isInvokeChannel(channel)) {
      return failure({
        code: 'unknown-channel',
        message: say.t('error.unknownChannel', { channel: String(channel).slice(0, 80) }),
      });
    }
    if (!isTrustedSender(senderUrl)) {
      logger.warn('IPC call from a foreign sender refused', { channel });
      return failure({ code: 'forbidden-sender', message: say.t('error.foreignSender') });
    }
    if (!isOpenTo(channel, audience)) {
      logger.warn('IPC call refused for this window', { channel, audience });
      return failure({ code: 'forbidden', message: say.t('error.forbiddenWindow') });
    }
    const refused = refusal?.(channel);
    if (refused) return failure({ code: 'forbidden', message: say.say(refused) });
    const tooMuch = payloadProblem(input);
    if (tooMuch) return failure({ code: 'invalid-input', message: say.say(tooMuch) });
    const spec = contract[channel];
    const parsed = spec.input.safeParse(input);
    if (!parsed.success) {
      const fields = boundedFields(fieldErrors(parsed.error, say), say);
      return failure({
        code: 'invalid-input',
        message: clip(describeFieldErrors(fields), MAX_IPC_ANSWER_BYTES / 4),
        fields,
      });
    }
    try {
      const handler = handlers[channel] as (value: unknown) => unknown;
      const record = audit?.(channel, parsed.data);
      const output = spec.output.parse(await handler(parsed.data));
      await record?.(output);
      return { ok: true, data: output };
    } catch (error) {
      return failure(toIpcError(error, channel, logger, say));
    }
  };
}

/** Checks an event payload against the contract before it leaves main. */
export function eventPayload<K extends EventChannel>(channel: K, payload: EventPayload<K>): EventPayload<K> {
  return contract[channel].payload.parse(payload) as EventPayload<K>;
}

function failure(error: IpcError): IpcResult<never> {
  return { ok: false, error };
}

/** At most MAX_IPC_FIELD_ERRORS field messages, each clipped; the rest are counted, not listed. */
function boundedFields(fields: Record<string, string>, say: Translator): Record<string, string> {
  const entries = Object.entries(fields);
  const kept = Object.fromEntries(
    entries
      .slice(0, MAX_IPC_FIELD_ERRORS)
      .map(([field, message]) => [clip(field, 100), clip(message, MAX_IPC_MESSAGE_CHARS)]),
  );
  const more = entries.length - MAX_IPC_FIELD_ERRORS;
  if (more > 0) kept['(more)'] = say.t('error.moreFields', { count: more });
  return kept;
}

function clip(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

function toIpcError(error: unknown, channel: string, logger: Logger, say: Translator): IpcError {
  if (isDiskFull(error)) return { code: 'disk-full', message: say.say(DISK_FULL) };
  if ((error as NodeJS.ErrnoException | null)?.code === 'EROFS')
    // Any write may hit it (a store in the data folder, or a file the user chose to save to).
    return { code: 'read-only', message: say.t('error.folderReadOnly') };
  if (error instanceof AppError) {
    const fields = error.fields && boundedFields(sayFields(error.fields, say), say);
    return { code: error.code, message: say.say(error.text), ...(fields && { fields }) };
  }
  if (error instanceof OzuraApiError) {
    return { code: error.kind === 'rejected' ? 'api-rejected' : 'api-unavailable', message: say.say(error.text) };
  }
  logger.error('IPC handler failed', { channel, message: error instanceof Error ? error.message : String(error) });
  return { code: 'internal', message: say.t('error.internal') };
}
