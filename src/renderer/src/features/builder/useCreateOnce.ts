import { useCallback, useRef, useState } from 'react';
import type { z } from 'zod';
import { fieldErrors, sayFields } from '../../../../shared/field-errors';
import type { Text } from '../../../../shared/i18n/translator';
import { useWords } from '../../lib/i18n';
import type { IpcErrorCode, IpcResult } from '../../lib/api';

export interface CreateState {
  busy: boolean;
  /** Field path ("amount", "items.2.price", "options.successUrl") → message. */
  errors: Record<string, string>;
  /** A message for the whole form (e.g. the API's own words, shown verbatim). */
  message?: string;
  /** Why the last create failed, when it did. */
  code?: IpcErrorCode;
}

/**
 * Creates exactly one thing per sale: the request id is made once and reused by every repeat
 * of Create (a double-click, a held Enter key, a retry after a network error) until the sale
 * changes or the create succeeds. The input is checked with the shared schema first.
 */
export function useCreateOnce<I, T>(
  schema: z.ZodType<I>,
  send: (input: I, requestId: string) => Promise<IpcResult<T>>,
  onCreated: (created: T) => void,
  /** Where an error's field shows in the builder (e.g. "sale.amount" → "amount"). */
  fieldName: (path: string) => string = (path) => path,
): {
  state: CreateState;
  /** Sends `input`, unless `problems` (builder fields the clerk must fix first) says otherwise. */
  create: (input: unknown, problems?: Record<string, Text>) => Promise<void>;
  saleChanged: () => void;
  /** Drops the form's message (the app says the same thing elsewhere, e.g. the offline banner). */
  dismiss: () => void;
} {
  const words = useWords();
  const [state, setState] = useState<CreateState>({ busy: false, errors: {} });
  const requestId = useRef<string | undefined>(undefined);
  const busy = useRef(false);
  const dismiss = useCallback(() => setState((current) => ({ busy: current.busy, errors: current.errors })), []);
  const rename = (fields: Record<string, string>): Record<string, string> =>
    Object.fromEntries(Object.entries(fields).map(([path, message]) => [fieldName(path), message]));

  async function create(input: unknown, problems: Record<string, Text> = {}): Promise<void> {
    if (busy.current) return;
    const checked = schema.safeParse(input);
    if (!checked.success || Object.keys(problems).length > 0) {
      const found = checked.success ? {} : rename(fieldErrors(checked.error, words));
      setState({ busy: false, errors: { ...found, ...sayFields(problems, words) } });
      return;
    }
    busy.current = true;
    requestId.current ??= crypto.randomUUID();
    setState({ busy: true, errors: {} });
    const result = await send(checked.data, requestId.current);
    busy.current = false;
    if (result.ok) {
      requestId.current = undefined;
      setState({ busy: false, errors: {} });
      onCreated(result.data);
      return;
    }
    const { error } = result;
    // Only a failure that may have reached Ozura keeps the id, so a retry cannot make a second one.
    if (error.code !== 'api-unavailable') requestId.current = undefined;
    const fields = rename({ ...error.fields });
    const formMessage = fields.form ?? fields['(input)'];
    delete fields.form;
    delete fields['(input)'];
    setState({ busy: false, errors: fields, message: formMessage ?? error.message, code: error.code });
  }

  return {
    state,
    create,
    saleChanged: () => {
      requestId.current = undefined;
    },
    dismiss,
  };
}
