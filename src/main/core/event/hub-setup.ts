import { randomBytes } from 'node:crypto';
import { writeFile } from 'node:fs/promises';
import type { HubSetupInput } from '../../../shared/event';
import { hubConfig } from './hub-config';

/** Random bytes in each generated hub password (base64url: 24 characters). */
export const HUB_PASSWORD_BYTES = 18;
/** The organiser's hub user in a configuration Linkdesk writes. */
export const ORGANISER_USER = 'organiser';

const newPassword = (): string => randomBytes(HUB_PASSWORD_BYTES).toString('base64url');

/**
 * "Set up event": writes a ready nats-server configuration with a fresh password for each
 * station and for the organiser, the hub on this computer (127.0.0.1) with its store beside the
 * file. The organiser hands each station its user and password from the file.
 */
export async function writeHubSetup(
  file: string,
  setup: HubSetupInput,
): Promise<{ organiser: { user: string; password: string } }> {
  const organiser = { user: ORGANISER_USER, password: newPassword() };
  const config = hubConfig({
    eventId: setup.eventId,
    stations: setup.stations.map((name) => ({ name, password: newPassword() })),
    organiser,
    host: '127.0.0.1',
    port: setup.port,
    storeDir: `${file}.store`,
  });
  await writeFile(file, config, { mode: 0o600 });
  return { organiser };
}
