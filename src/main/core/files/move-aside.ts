import { rename } from 'node:fs/promises';

/**
 * Moves a file Linkdesk cannot use out of the way, never deleting it: `<name>.unreadable-<time>`
 * beside it, for the user (or support) to inspect. Returns the new path.
 */
export async function moveAside(path: string, nowMs = Date.now()): Promise<string> {
  const aside = `${path}.unreadable-${nowMs}`;
  await rename(path, aside);
  return aside;
}
