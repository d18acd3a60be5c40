import { connect } from '@nats-io/transport-node';
import { eventStream, type EventMembership, type HubCredentials } from '../../../shared/event';
import { text, type Text } from '../../../shared/i18n/translator';
import { natsAuth } from './hub-link';

/** How long "Test event connection" waits for the hub. */
export const HUB_TEST_TIMEOUT_MS = 5000;

/**
 * "Test event connection": one connection, no retries, and the answer in words: whether the
 * hub answered, took the credentials, and has the event set up for these credentials to use.
 */
export async function testHub(
  membership: EventMembership,
  credentials: HubCredentials,
): Promise<{ ok: boolean; text: Text }> {
  const event = membership.eventId;
  let connection;
  try {
    connection = await connect({
      servers: membership.hubUrl,
      ...natsAuth(credentials),
      reconnect: false,
      timeout: HUB_TEST_TIMEOUT_MS,
    });
  } catch (error) {
    const refused = /authorization|authentication/i.test(String(error));
    return {
      ok: false,
      text: refused ? text('event.test.refused') : text('event.test.unreachable', { url: membership.hubUrl }),
    };
  }
  try {
    const answer = await connection.request(`$JS.API.STREAM.INFO.${eventStream(event)}`, '', {
      timeout: HUB_TEST_TIMEOUT_MS,
    });
    const info = JSON.parse(answer.string()) as { error?: { code?: number } };
    if (info.error?.code === 404) return { ok: false, text: text('event.test.noStream', { event }) };
    if (info.error) return { ok: false, text: text('event.test.denied', { event }) };
    return membership.role === 'station'
      ? { ok: true, text: text('event.test.station', { event, station: membership.station ?? '' }) }
      : { ok: true, text: text('event.test.organiser', { event }) };
  } catch {
    // No answer to the request: these credentials may not ask about the event.
    return { ok: false, text: text('event.test.denied', { event }) };
  } finally {
    await connection.close();
  }
}
