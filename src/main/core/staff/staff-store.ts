import { z } from 'zod';
import { MAX_STAFF_PER_PROFILE, StaffMember } from '../../../shared/staff';
import { moveAside } from '../files/move-aside';
import type { KeyValueStore } from '../settings/key-value-store';
import { Lockout, NO_LOCKOUT } from './lockout';
import { SecretHash } from './secret-hash';

const KEY = 'staff';

/** A member as stored: the public view plus the secret's hash (which never leaves main). */
const StoredMember = StaffMember.extend({ secret: SecretHash });
export type StoredMember = z.infer<typeof StoredMember>;

const StaffFile = z.strictObject({
  version: z.literal(1),
  /** Profile id → its staff. */
  profiles: z.record(z.uuid(), z.array(StoredMember).max(MAX_STAFF_PER_PROFILE)),
  /** Member id → wrong secrets in a row and the lock they earned. */
  lockouts: z.record(z.uuid(), Lockout),
});
type StaffFile = z.infer<typeof StaffFile>;

const EMPTY: StaffFile = { version: 1, profiles: {}, lockouts: {} };

/**
 * Staff per profile and their wrong-PIN counts, in `staff.json`. Read back through the schema;
 * a file that does not validate is moved aside (never deleted) and `movedAside` says where.
 */
export class StaffStore {
  movedAside?: string;

  private constructor(
    private readonly store: KeyValueStore,
    private file: StaffFile,
  ) {}

  static async open(store: KeyValueStore): Promise<StaffStore> {
    const raw = store.get(KEY);
    if (raw === undefined) return new StaffStore(store, EMPTY);
    const parsed = StaffFile.safeParse(raw);
    if (parsed.success) return new StaffStore(store, parsed.data);
    const aside = await moveAside(store.path);
    store.set(KEY, EMPTY);
    const opened = new StaffStore(store, EMPTY);
    opened.movedAside = aside;
    return opened;
  }

  members(profileId: string): readonly StoredMember[] {
    return this.file.profiles[profileId] ?? [];
  }

  profilesWithStaff(): string[] {
    return Object.keys(this.file.profiles);
  }

  setMembers(profileId: string, members: StoredMember[]): void {
    const profiles = { ...this.file.profiles, [profileId]: members };
    if (members.length === 0) delete profiles[profileId];
    const kept = new Set(Object.values(profiles).flatMap((list) => list.map((m) => m.id)));
    const lockouts = Object.fromEntries(Object.entries(this.file.lockouts).filter(([id]) => kept.has(id)));
    this.save({ ...this.file, profiles, lockouts });
  }

  lockout(memberId: string): Lockout {
    return this.file.lockouts[memberId] ?? NO_LOCKOUT;
  }

  setLockout(memberId: string, lockout: Lockout): void {
    const lockouts = { ...this.file.lockouts, [memberId]: lockout };
    if (lockout.wrong === 0) delete lockouts[memberId];
    this.save({ ...this.file, lockouts });
  }

  /** Written before memory changes: a failed write (a full disk) leaves both as they were. */
  private save(next: StaffFile): void {
    this.store.set(KEY, next);
    this.file = next;
  }
}
