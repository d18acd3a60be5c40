import type { EventStatus } from '../../shared/event';
import { AppError } from '../core/app-error';
import type { EventMemberships } from '../core/event/event-memberships';
import type { EventRuntime } from '../core/event/event-runtime';
import { testHub } from '../core/event/test-hub';
import { writeHubSetup } from '../core/event/hub-setup';
import type { Dialogs } from '../core/ports-dialogs';
import type { HandlersOf } from '../core/ipc/dispatcher';
import type { Timers } from '../core/ports';
import type { Words } from '../core/words';
import { text } from '../../shared/i18n/translator';

export interface EventHandlerPorts {
  memberships: EventMemberships;
  runtime: EventRuntime;
  activeProfileId: () => string;
  timers: Pick<Timers, 'now'>;
  words: Words;
  dialogs: Dialogs;
}

/** `event:*`: a profile joins or leaves an event (#21), tests its hub, and shows how sync goes. */
export function eventHandlers(ports: EventHandlerPorts): HandlersOf<'event'> {
  const { memberships, runtime, words } = ports;
  const statusNow = (): EventStatus | null => runtime.status(ports.activeProfileId()) ?? null;
  // The active profile's event work follows what was saved (joined, left or changed).
  const refollow = async (profileId: string): Promise<void> => {
    if (profileId === ports.activeProfileId()) await runtime.follow(profileId);
  };
  return {
    'event:get': statusNow,
    'event:overview': () => runtime.overview(ports.activeProfileId()) ?? null,
    'event:join': async ({ profileId, credentials, ...membership }) => {
      const joinedAt = memberships.of(profileId)?.membership.joinedAt ?? new Date(ports.timers.now()).toISOString();
      await memberships.join(profileId, { ...membership, joinedAt }, credentials);
      await refollow(profileId);
      return statusNow();
    },
    'event:leave': async ({ id }) => {
      const left = memberships.of(id) !== undefined;
      memberships.leave(id);
      await refollow(id);
      return { left };
    },
    'event:set-up': async (setup) => {
      const file = await ports.dialogs.chooseSaveFile({
        title: words().t('dialog.saveHubConfig'),
        defaultName: `linkdesk-${setup.eventId}-hub.conf`,
        extensions: ['conf'],
      });
      if (!file) return { cancelled: true, status: statusNow() };
      const { organiser } = await writeHubSetup(file, setup);
      const profileId = ports.activeProfileId();
      const joinedAt = new Date(ports.timers.now()).toISOString();
      await memberships.join(
        profileId,
        { role: 'organiser', hubUrl: `nats://127.0.0.1:${setup.port}`, eventId: setup.eventId, joinedAt },
        organiser,
      );
      await refollow(profileId);
      return { cancelled: false, file, status: statusNow() };
    },
    'event:test': async ({ id }) => {
      const joined = memberships.of(id);
      const credentials = joined && (await memberships.credentials(id));
      if (!joined || !credentials) throw new AppError('not-configured', text('event.notJoined'));
      const answer = await testHub(joined.membership, credentials);
      return { ok: answer.ok, message: words().say(answer.text) };
    },
  };
}
