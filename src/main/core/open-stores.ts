import { join } from 'node:path';
import { CatalogueStore } from './catalogue/catalogue-store';
import { LinksStore } from './links/links-store';
import type { StartupNotices } from './notices';
import { openStoreSafely, type KeyValueStore } from './settings/key-value-store';
import { SecretVault, type Cipher } from './settings/secret-vault';
import { SettingsStore } from './settings/settings-store';
import { StaffStore } from './staff/staff-store';
import { EventMemberships } from './event/event-memberships';

/** Every small JSON store main keeps, opened so that a damaged one is moved aside and reported, never fatal. */
export async function openStores(
  dataDir: string,
  openStore: (name: string) => KeyValueStore,
  cipher: Cipher,
  notices: StartupNotices,
) {
  const open = async (name: string): Promise<KeyValueStore> => {
    const opened = await openStoreSafely(() => openStore(name), join(dataDir, `${name}.json`));
    if (opened.movedAside) notices.storeMovedAside(name, opened.movedAside);
    return opened.store;
  };
  const settings = await SettingsStore.open(await open('settings'));
  if (settings.movedAside) notices.settingsReset(settings.movedAside);
  const vault = new SecretVault(await open('vault'), cipher);
  const drafts = await open('drafts');
  const catalogue = new CatalogueStore(await open('catalogue'));
  const linkStore = new LinksStore(await open('links'));
  if (linkStore.dropped > 0) notices.linksDropped(linkStore.dropped);
  const staff = await StaffStore.open(await open('staff'));
  if (staff.movedAside) notices.staffReset(staff.movedAside);
  const memberships = new EventMemberships(await open('events'), cipher);
  return { settings, vault, drafts, catalogue, linkStore, staff, memberships };
}
