import { randomUUID } from 'node:crypto';
import { grants, type Access } from '../../../shared/ipc/access';
import { text, type Text } from '../../../shared/i18n/translator';
import {
  MAX_STAFF_PER_PROFILE,
  type StaffInput,
  type StaffMember,
  type StaffRole,
  type StaffState,
} from '../../../shared/staff';
import { AppError } from '../app-error';
import type { Logger, Timers } from '../ports';
import type { AuditLog } from './audit-log';
import { afterWrong, NO_LOCKOUT, remainingMs, triesLeft } from './lockout';
import { hashSecret, secretMatches } from './secret-hash';
import type { StaffStore, StoredMember } from './staff-store';

export interface CounterAccessPorts {
  store: StaffStore;
  audit: AuditLog;
  timers: Timers;
  logger: Logger;
  activeProfileId: () => string;
  /** Every profile's id: staff of a deleted profile are dropped. */
  profileIds: () => readonly string[];
  idleLockMinutes: () => number;
  /** Who is signed in changed: tell the window. */
  onChange: () => void;
}

const publicView = ({ id, name, initials, role }: StaffMember): StaffMember => ({ id, name, initials, role });

/**
 * Who is at the counter and what they may do (#19). A profile without staff is one person's
 * stall: everything is allowed, as before. Once it has staff, every call needs someone signed
 * in, with the role the channel names; the counter locks on demand and after the idle minutes.
 */
export class CounterAccess {
  private signedIn?: { member: StaffMember; profileId: string };
  private lastMemberId?: string;
  private lastActivity = 0;
  private idleTimer: unknown;
  /** Sign-ins one at a time, so two quick wrong PINs both count; changes to the list likewise, so none is lost. */
  private signIns: Promise<unknown> = Promise.resolve();
  private changes: Promise<unknown> = Promise.resolve();

  constructor(private readonly ports: CounterAccessPorts) {}

  get enabled(): boolean {
    return this.staff().length > 0;
  }

  /** The member signed in on the active profile, if any. */
  get member(): StaffMember | undefined {
    const signedIn = this.signedIn;
    return signedIn && signedIn.profileId === this.ports.activeProfileId() ? signedIn.member : undefined;
  }

  /** The role calls are made with now: a manager's on a profile without staff, none while locked. */
  roleNow(): StaffRole | null {
    if (!this.enabled) return 'manager';
    this.lockIfIdle();
    return this.member?.role ?? null;
  }

  /** Why a call needing `access` is refused now, or undefined when it may go ahead. */
  refusal(access: Access): Text | undefined {
    const role = this.roleNow();
    if (grants(role, access)) return undefined;
    return text(role === null ? 'error.signInFirst' : 'error.managersOnly');
  }

  state(): StaffState {
    return {
      enabled: this.enabled,
      members: this.staff().map(publicView),
      signedIn: this.member ?? null,
      ...(this.lastMemberId && { lastMemberId: this.lastMemberId }),
      idleLockMinutes: this.ports.idleLockMinutes(),
    };
  }

  signIn(memberId: string, secret: string): Promise<StaffMember> {
    const attempt = this.signIns.then(() => this.checkSecret(memberId, secret));
    this.signIns = attempt.catch(() => undefined);
    return attempt;
  }

  /** Locks the counter: nobody is signed in until a PIN is typed again. */
  lock(): void {
    if (!this.signedIn) return;
    this.lastMemberId = this.signedIn.member.id;
    this.signedIn = undefined;
    this.ports.timers.clearTimeout(this.idleTimer);
    this.ports.onChange();
  }

  /** The window was touched: the idle minutes start again. Returns when the counter would lock. */
  touch(): number {
    this.lastActivity = this.ports.timers.now();
    return this.lastActivity + this.idleMs();
  }

  /** Adds a member (no id) or changes one; the first member must be a manager, and signs in. */
  save(input: StaffInput): Promise<StaffMember[]> {
    return this.inTurn(() => this.saveNow(input));
  }

  remove(id: string): Promise<StaffMember[]> {
    return this.inTurn(() => this.removeNow(id));
  }

  private inTurn<T>(change: () => Promise<T>): Promise<T> {
    const done = this.changes.then(change);
    this.changes = done.catch(() => undefined);
    return done;
  }

  private async saveNow(input: StaffInput): Promise<StaffMember[]> {
    const members = [...this.staff()];
    const by = this.member;
    const index = input.id === undefined ? -1 : members.findIndex((m) => m.id === input.id);
    if (input.id !== undefined && index === -1) throw new AppError('not-found', text('staff.gone'));
    const existing = members[index];
    if (members.some((m) => m.id !== input.id && m.initials.toLowerCase() === input.initials.toLowerCase()))
      throw fieldError('initials', text('staff.initialsTaken', { initials: input.initials }));
    if (!existing && members.length >= MAX_STAFF_PER_PROFILE)
      throw new AppError('invalid-input', text('staff.tooMany', { max: MAX_STAFF_PER_PROFILE }));
    if (!existing && members.length === 0 && input.role !== 'manager')
      throw fieldError('role', text('staff.firstIsManager'));
    if (existing?.role === 'manager' && input.role !== 'manager' && managers(members) === 1)
      throw fieldError('role', text('staff.lastManager'));
    const secret = input.secret === undefined ? existing?.secret : await hashSecret(input.secret);
    if (!secret) throw fieldError('secret', text('staff.secretRequired'));
    const member: StoredMember = {
      id: existing?.id ?? randomUUID(),
      name: input.name,
      initials: input.initials,
      role: input.role,
      secret,
    };
    if (existing) members[index] = member;
    else members.push(member);
    this.ports.store.setMembers(this.ports.activeProfileId(), members);
    if (input.secret !== undefined) this.ports.store.setLockout(member.id, NO_LOCKOUT);
    await this.ports.audit.record(existing ? 'staff-changed' : 'staff-added', by, member.name);
    if (existing && input.secret !== undefined) await this.ports.audit.record('staff-secret-reset', by, member.name);
    // Whoever adds the first manager is that manager: sign-in is on, and they are signed in.
    if (!existing && members.length === 1) this.begin(member);
    else if (this.signedIn?.member.id === member.id) this.signedIn.member = publicView(member);
    this.ports.onChange();
    return members.map(publicView);
  }

  private async removeNow(id: string): Promise<StaffMember[]> {
    const members = this.staff();
    const gone = members.find((m) => m.id === id);
    if (!gone) throw new AppError('not-found', text('staff.gone'));
    if (gone.role === 'manager' && managers(members) === 1)
      throw new AppError('invalid-input', text('staff.lastManager'));
    const by = this.member;
    const kept = members.filter((m) => m.id !== id);
    this.ports.store.setMembers(this.ports.activeProfileId(), kept);
    await this.ports.audit.record('staff-removed', by, gone.name);
    if (this.signedIn?.member.id === id) this.signedIn = undefined;
    this.ports.onChange();
    return kept.map(publicView);
  }

  /** The settings changed: staff of deleted profiles go, and the idle lock follows its preference. */
  settingsChanged(): void {
    const profiles = new Set(this.ports.profileIds());
    for (const id of this.ports.store.profilesWithStaff()) if (!profiles.has(id)) this.ports.store.setMembers(id, []);
    if (this.signedIn) this.scheduleIdleCheck();
  }

  stop(): void {
    this.ports.timers.clearTimeout(this.idleTimer);
  }

  private staff(): readonly StoredMember[] {
    return this.ports.store.members(this.ports.activeProfileId());
  }

  private async checkSecret(memberId: string, secret: string): Promise<StaffMember> {
    const { store, timers, logger, audit } = this.ports;
    const member = this.staff().find((m) => m.id === memberId);
    if (!member) throw new AppError('not-found', text('staff.gone'));
    const lockout = store.lockout(memberId);
    const waitMs = remainingMs(lockout, timers.now());
    if (waitMs > 0) throw new AppError('locked-out', lockedText(member.name, waitMs));
    if (await secretMatches(secret, member.secret)) {
      if (lockout.wrong > 0) store.setLockout(memberId, NO_LOCKOUT);
      this.begin(member);
      this.ports.onChange();
      return publicView(member);
    }
    const next = afterWrong(lockout, timers.now());
    store.setLockout(memberId, next);
    // An event for the log, never the PIN.
    logger.warn('Wrong PIN at sign-in', { memberId, wrongInARow: next.wrong });
    const lockedMs = remainingMs(next, timers.now());
    if (lockedMs === 0) throw new AppError('wrong-secret', text('staff.wrongPin', { tries: triesLeft(next) }));
    await audit.record('name-locked', undefined, member.name);
    throw new AppError('locked-out', lockedText(member.name, lockedMs));
  }

  private begin(member: StaffMember): void {
    this.signedIn = { member: publicView(member), profileId: this.ports.activeProfileId() };
    this.lastMemberId = member.id;
    this.touch();
    this.scheduleIdleCheck();
  }

  private idleMs(): number {
    return this.ports.idleLockMinutes() * 60_000;
  }

  private scheduleIdleCheck(): void {
    const { timers } = this.ports;
    timers.clearTimeout(this.idleTimer);
    const dueIn = this.lastActivity + this.idleMs() - timers.now();
    this.idleTimer = timers.setTimeout(
      () => {
        if (!this.lockIfIdle() && this.signedIn) this.scheduleIdleCheck();
      },
      Math.max(0, dueIn),
    );
  }

  /** Locks when the idle minutes have passed since the last touch; true if it did. */
  private lockIfIdle(): boolean {
    if (!this.signedIn || this.ports.timers.now() < this.lastActivity + this.idleMs()) return false;
    this.lock();
    return true;
  }
}

function managers(members: readonly StaffMember[]): number {
  return members.filter((m) => m.role === 'manager').length;
}

function fieldError(field: string, problem: Text): AppError {
  return new AppError('invalid-input', problem, { [field]: problem });
}

/** "Locked for 30 seconds" up to a minute, then whole minutes, rounded up. */
function lockedText(name: string, ms: number): Text {
  return ms < 60_000
    ? text('staff.lockedSeconds', { name, seconds: Math.ceil(ms / 1000) })
    : text('staff.lockedMinutes', { name, minutes: Math.ceil(ms / 60_000) });
}
