import type { HandlersOf } from '../core/ipc/dispatcher';
import type { AuditLog } from '../core/staff/audit-log';
import type { CounterAccess } from '../core/staff/counter-access';

/** `staff:*` and `audit:*`: signing in and out, the staff list, and the manager's audit log. */
export function staffHandlers(access: CounterAccess, audit: AuditLog): HandlersOf<'staff'> & HandlersOf<'audit'> {
  return {
    'staff:sign-in': ({ memberId, secret }) => access.signIn(memberId, secret),
    'staff:lock': () => {
      access.lock();
      return { locked: access.enabled };
    },
    'staff:activity': () => ({ idleLockAt: access.touch() }),
    'staff:save': (input) => access.save(input),
    'staff:remove': ({ id }) => access.remove(id),
    'audit:list': () => audit.recent(),
  };
}
