import type { z } from 'zod';
import type { AuditAction } from '../../../shared/audit';
import type { InvokeChannel } from '../../../shared/ipc/channels';
import type { contract, InvokeOutput } from '../../../shared/ipc/contract';
import type { StaffMember } from '../../../shared/staff';

type Input<K extends InvokeChannel> = z.output<(typeof contract)[K]['input']>;
/** What the entry says, decided once the call has answered (a cancelled dialog did nothing). */
type Entry<K extends InvokeChannel> = (
  output: InvokeOutput<K>,
) => { action: AuditAction; subject?: string } | undefined;
/** Read before the call runs, so a deleted profile or product is still named. */
type Describe = { [K in InvokeChannel]?: (input: Input<K>) => Entry<K> };

export interface AuditNames {
  profileName: (id: string) => string;
  productName: (id: string) => string | undefined;
}

/** The manager actions the dispatcher writes to the audit log (staff changes write their own). */
export function auditedCalls({ profileName, productName }: AuditNames): Describe {
  const done = (action: AuditAction, subject?: string) => () => ({ action, ...(subject && { subject }) });
  const unlessCancelled = (action: AuditAction) => (output: { cancelled: boolean; file?: string | undefined }) =>
    output.cancelled ? undefined : { action, ...(output.file && { subject: output.file }) };
  return {
    'settings:set-credentials': ({ profileId }) => done('keys-set', profileName(profileId)),
    'settings:clear-credentials': ({ id }) => done('keys-removed', profileName(id)),
    'settings:save-profile': (profile) => done('profile-saved', profile.name),
    'settings:delete-profile': ({ id }) => done('profile-deleted', profileName(id)),
    'settings:set-active-profile': ({ id }) => done('profile-switched', profileName(id)),
    'settings:set-preferences': () => done('preferences-changed'),
    'catalogue:save': (product) => done('catalogue-changed', product.name),
    'catalogue:delete': ({ id }) => done('catalogue-changed', productName(id)),
    'catalogue:import': () => unlessCancelled('catalogue-imported'),
    'catalogue:export': () => unlessCancelled('catalogue-exported'),
    'history:export': () => unlessCancelled('history-exported'),
    'history:verify':
      ({ id }) =>
      (output) =>
        output.billing ? { action: 'billing-viewed', subject: id } : undefined,
    'links:create': () => (link) => ({ action: 'link-created', subject: link.id }),
    'shifts:close': () => (report) => ({ action: 'shift-closed', subject: report.to }),
  };
}

/** The dispatcher's audit hook: for an audited call, a function that writes its entry once it has answered. */
export function auditTrail(
  calls: Describe,
  who: () => StaffMember | undefined,
  record: (action: AuditAction, by: StaffMember | undefined, subject?: string) => Promise<void>,
): (channel: InvokeChannel, input: unknown) => ((output: unknown) => Promise<void>) | undefined {
  return (channel, input) => {
    // Who made the call, asked before it runs: switching profile signs them out.
    const by = who();
    const describe = calls[channel] as
      ((input: unknown) => (output: unknown) => ReturnType<Entry<InvokeChannel>>) | undefined;
    const entry = describe?.(input);
    return (
      entry &&
      (async (output) => {
        const said = entry(output);
        if (said) await record(said.action, by, said.subject);
      })
    );
  };
}
