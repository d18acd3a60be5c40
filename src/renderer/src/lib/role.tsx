import { createContext, useContext } from 'react';
import type { StaffMember } from '../../../shared/staff';

/**
 * Who is at the counter, as the screens need it: whether a manager is signed in (or the profile
 * has no staff), and whether sign-in is on. The window hides what a clerk cannot do; main
 * refuses it either way.
 */
interface Counter {
  manager: boolean;
  staffOn: boolean;
  /** The active profile's staff (empty without sign-in). */
  members: readonly StaffMember[];
  /** The active profile organises an event: it follows the stations and does not sell (#21). */
  organiser: boolean;
}

const CounterContext = createContext<Counter>({ manager: true, staffOn: false, members: [], organiser: false });

export const CounterProvider = CounterContext.Provider;

export function useIsManager(): boolean {
  return useContext(CounterContext).manager;
}

export function useStaffMembers(): readonly StaffMember[] {
  return useContext(CounterContext).members;
}

/** Sign-in is on: sales carry the signed-in member, not typed initials. */
export function useStaffOn(): boolean {
  return useContext(CounterContext).staffOn;
}

/** The history on screen is an event's, every station's (#21). */
export function useOrganiser(): boolean {
  return useContext(CounterContext).organiser;
}
