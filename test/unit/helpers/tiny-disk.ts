import { execFileSync } from 'node:child_process';
import { mkdtemp, open, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/**
 * A real, tiny file system (tmpfs of `bytes`), so a test can fill the disk for real. Needs root
 * (CI and the developers' machines run as root); elsewhere it answers undefined and says why.
 */
export async function mountTinyDisk(bytes: number): Promise<{ dir: string; unmount: () => Promise<void> } | undefined> {
  const dir = await mkdtemp(join(tmpdir(), 'linkdesk-tiny-disk-'));
  try {
    execFileSync('mount', ['-t', 'tmpfs', '-o', `size=${bytes}`, 'tmpfs', dir], { stdio: 'pipe' });
  } catch (error) {
    await rm(dir, { recursive: true, force: true });
    console.warn(`Cannot mount a tiny disk here (${String(error).split('\n')[0]}); the full-disk test is skipped.`);
    return undefined;
  }
  return {
    dir,
    unmount: async () => {
      execFileSync('umount', ['-l', dir]); // lazy: a store the test left open must not keep it mounted
      await rm(dir, { recursive: true, force: true });
    },
  };
}

/** Writes `dir/filler` until the disk has no room left (remove it to make room again). */
export async function fillDisk(dir: string): Promise<void> {
  const file = await open(join(dir, 'filler'), 'w');
  try {
    for (;;) await file.write(Buffer.alloc(16 * 1024, 1));
  } catch {
    // ENOSPC: the disk is full
  } finally {
    await file.close();
  }
}
