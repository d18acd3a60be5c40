import type { CreateSessionInput } from '../../../shared/create-session-input';
import type { StaffMember } from '../../../shared/staff';

/**
 * Who made the sale, as its metadata says: on a counter with staff, the member signed in (never
 * what the window typed); on one without, the optional initials typed in the builder, as before.
 */
export function staffOnRecord(
  input: CreateSessionInput,
  access: { readonly enabled: boolean; readonly member: StaffMember | undefined },
): CreateSessionInput {
  const { staffId: _typed, ...sale } = input;
  const member = access.member;
  if (!access.enabled || !member) return sale;
  return { ...sale, staffInitials: member.initials, staffId: member.id };
}
