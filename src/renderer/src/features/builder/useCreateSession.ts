import { useRef, useState } from 'react';
import { CreateSessionInput } from '../../../../shared/create-session-input';
import { fieldErrors } from '../../../../shared/field-errors';
import { linkdesk, type SessionRecord } from '../../lib/api';

export interface CreateState {
  busy: boolean;
  /** Field path ("amount", "items.2.price", "options.successUrl") → message. */
  errors: Record<string, string>;
  /** A message for the whole form (e.g. the API's own words, shown verbatim). */
  message?: string;
}

/**
 * Creates exactly one session per sale: the request id is made once and reused by every
 * repeat of Create (a double-click, a held Enter key, a retry after a network error) until the
 * sale changes or succeeds.
 */
export function useCreateSession(onCreated: (session: SessionRecord) => void): {
  state: CreateState;
  create: (input: Record<string, unknown>) => Promise<void>;
  saleChanged: () => void;
} {
  const [state, setState] = useState<CreateState>({ busy: false, errors: {} });
  const requestId = useRef<string | undefined>(undefined);
  const busy = useRef(false);

  async function create(input: Record<string, unknown>): Promise<void> {
    if (busy.current) return;
    const checked = CreateSessionInput.safeParse(input);
    if (!checked.success) {
      setState({ busy: false, errors: fieldErrors(checked.error) });
      return;
    }
    busy.current = true;
    requestId.current ??= crypto.randomUUID();
    setState({ busy: true, errors: {} });
    const result = await linkdesk.sessions.create({ ...checked.data, requestId: requestId.current });
    busy.current = false;
    if (result.ok) {
      requestId.current = undefined;
      setState({ busy: false, errors: {} });
      onCreated(result.data);
      return;
    }
    const { error } = result;
    // Only a failure that may have reached Ozura keeps the id, so a retry cannot make a second session.
    if (error.code !== 'api-unavailable') requestId.current = undefined;
    const fields = { ...error.fields };
    const formMessage = fields.form ?? fields['(input)'];
    delete fields.form;
    delete fields['(input)'];
    setState({ busy: false, errors: fields, message: formMessage ?? error.message });
  }

  return {
    state,
    create,
    saleChanged: () => {
      requestId.current = undefined;
    },
  };
}
