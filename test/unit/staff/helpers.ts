import type { StaffMember } from '../../../src/shared/staff';
import { data, startMain } from '../helpers/main';

export type Main = Awaited<ReturnType<typeof startMain>>;

export const MANAGER_PIN = '2468';
export const CLERK_PIN = '1357';

/** Main on a fresh data folder with a manager (signed in, as whoever adds the first one is) and a clerk. */
export async function counterWithStaff(
  overrides: Parameters<typeof startMain>[0] = {},
): Promise<{ main: Main; manager: StaffMember; clerk: StaffMember }> {
  const main = await startMain(overrides);
  const [manager] = await data(
    main.api.staff.save({ name: 'Mina Patel', initials: 'MP', role: 'manager', secret: MANAGER_PIN }),
  );
  const members = await data(
    main.api.staff.save({ name: 'Cal Reyes', initials: 'CR', role: 'clerk', secret: CLERK_PIN }),
  );
  const clerk = members.find((m) => m.role === 'clerk');
  if (!manager || !clerk) throw new Error('staff were not added');
  return { main, manager, clerk };
}

export async function signInAs(main: Main, member: StaffMember, secret: string): Promise<void> {
  await data(main.api.staff.signIn({ memberId: member.id, secret }));
}
