import { z } from 'zod';
import { issueOf } from './field-errors';
import { text } from './i18n/translator';

// Staff on a profile (#19): who may sign in, and with which role. The secrets and their hashes
// stay in main; what crosses IPC is only this public view.

export const STAFF_ROLES = ['clerk', 'manager'] as const;
export const StaffRole = z.enum(STAFF_ROLES);
export type StaffRole = z.infer<typeof StaffRole>;

/** A PIN is 4 to 8 digits. */
export const PIN_PATTERN = /^\d{4,8}$/;
/** A manager may use a passphrase instead of a PIN: at least this long... */
export const MIN_PASSPHRASE_CHARS = 8;
/** ...and at most this long (scrypt hashes any length; the cap keeps the payload small). */
export const MAX_SECRET_CHARS = 128;
/** A member's name, and their initials (what the sign-in screen and every record show). */
export const MAX_STAFF_NAME_CHARS = 40;
export const MAX_INITIALS_CHARS = 4;
/** The most staff one profile holds (a festival's volunteers, with room to spare). */
export const MAX_STAFF_PER_PROFILE = 200;

/** Clerks sign in with a PIN; managers with a PIN or a passphrase. */
export function secretProblem(
  secret: string,
  role: StaffRole,
): 'staff.pinDigits' | 'staff.pinOrPassphrase' | undefined {
  if (PIN_PATTERN.test(secret)) return undefined;
  if (role === 'clerk') return 'staff.pinDigits';
  return secret.length >= MIN_PASSPHRASE_CHARS && secret.length <= MAX_SECRET_CHARS
    ? undefined
    : 'staff.pinOrPassphrase';
}

const Name = z
  .string({ error: 'field.text' })
  .trim()
  .min(1, { error: 'field.required' })
  .max(MAX_STAFF_NAME_CHARS, { error: 'field.tooLong' });
const Initials = z
  .string({ error: 'field.text' })
  .trim()
  .min(1, { error: 'field.required' })
  .max(MAX_INITIALS_CHARS, { error: 'field.tooLong' })
  .regex(/^[\p{L}\p{N}]+$/u, { error: 'staff.initialsLetters' });

/** A member as every screen may see them: never a secret or its hash. */
export const StaffMember = z.object({ id: z.uuid(), name: Name, initials: Initials, role: StaffRole });
export type StaffMember = z.infer<typeof StaffMember>;

const Secret = z.string({ error: 'field.text' }).max(MAX_SECRET_CHARS, { error: 'field.tooLong' });

/** A member added (no id) or changed by a manager; a secret given for an existing member resets it. */
export const StaffInput = z
  .strictObject({
    id: z.uuid().optional(),
    name: Name,
    initials: Initials,
    role: StaffRole,
    secret: Secret.optional(),
  })
  .superRefine((input, context) => {
    if (input.id === undefined && input.secret === undefined)
      context.addIssue(issueOf(['secret'], text('staff.secretRequired')));
    const problem = input.secret === undefined ? undefined : secretProblem(input.secret, input.role);
    if (problem) context.addIssue(issueOf(['secret'], text(problem)));
  });
export type StaffInput = z.infer<typeof StaffInput>;

export const SignInInput = z.strictObject({
  memberId: z.uuid(),
  secret: z.string({ error: 'field.text' }).min(1, { error: 'staff.typePin' }).max(MAX_SECRET_CHARS),
});

/** Who is at the counter, as the window is told. */
export const StaffState = z.object({
  /** True once the active profile has staff: every call then needs someone signed in. */
  enabled: z.boolean(),
  /** The names on the sign-in screen. */
  members: z.array(StaffMember),
  signedIn: StaffMember.nullable(),
  /** Who was signed in before the counter was locked: the sign-in screen picks them first. */
  lastMemberId: z.string().optional(),
  /** Minutes without a touch before the counter locks itself. */
  idleLockMinutes: z.int(),
});
export type StaffState = z.infer<typeof StaffState>;
