import { CreateSessionInput } from '../../../../shared/create-session-input';
import { linkdesk, type SessionRecord } from '../../lib/api';
import { useCreateOnce } from './useCreateOnce';

export type { CreateState } from './useCreateOnce';

/** Creates one checkout session per sale (see `useCreateOnce`). */
export function useCreateSession(onCreated: (session: SessionRecord) => void): ReturnType<typeof useCreateOnce> {
  return useCreateOnce(
    CreateSessionInput,
    (input, requestId) => linkdesk.sessions.create({ ...input, requestId }),
    onCreated,
  );
}
