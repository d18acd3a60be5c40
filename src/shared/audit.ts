import { z } from 'zod';
import { MAX_INITIALS_CHARS, MAX_STAFF_NAME_CHARS } from './staff';

// The audit log (#19): every manager action, when and by whom. Never a key, a PIN or a billing
// detail: an entry names what was done and to what (a profile's name, a member's name, a file).

export const AUDIT_ACTIONS = [
  'keys-set',
  'keys-removed',
  'profile-saved',
  'profile-deleted',
  'profile-switched',
  'preferences-changed',
  'staff-added',
  'staff-changed',
  'staff-secret-reset',
  'staff-removed',
  'name-locked',
  'history-exported',
  'billing-viewed',
  'catalogue-changed',
  'catalogue-imported',
  'catalogue-exported',
  'link-created',
  'shift-closed',
] as const;
export const AuditAction = z.enum(AUDIT_ACTIONS);
export type AuditAction = z.infer<typeof AuditAction>;

/** The most of an entry's subject kept (a file path, a name). */
export const MAX_AUDIT_SUBJECT_CHARS = 300;

export const AuditEntry = z.object({
  at: z.iso.datetime(),
  /** Who did it; absent on a profile without staff (the owner's own stall). */
  by: z
    .object({
      id: z.string().max(40),
      name: z.string().max(MAX_STAFF_NAME_CHARS),
      initials: z.string().max(MAX_INITIALS_CHARS),
    })
    .optional(),
  action: AuditAction,
  subject: z.string().max(MAX_AUDIT_SUBJECT_CHARS).optional(),
});
export type AuditEntry = z.infer<typeof AuditEntry>;
