import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { OzuraSandbox, type SandboxOptions } from './sandbox';

const PORT_FILE = 'sandbox-port';

/**
 * The sandbox as the app runs it: its state in the data dir, and on the same port as last time
 * when that port is free, so the checkout links of earlier sandbox sessions keep working.
 */
export async function startEmbeddedSandbox(
  dataDir: string,
  options: SandboxOptions = {},
): Promise<{ sandbox: OzuraSandbox; baseUrl: string; movedAside?: string }> {
  const remembered = await readRememberedPort(join(dataDir, PORT_FILE));
  const make = (port: number) => new OzuraSandbox({ ...options, port, dataFile: join(dataDir, 'sandbox.json') });
  let sandbox = make(remembered ?? 0);
  let started;
  try {
    started = await sandbox.start();
  } catch (error) {
    if (remembered === undefined || (error as NodeJS.ErrnoException).code !== 'EADDRINUSE') throw error;
    sandbox = make(0);
    started = await sandbox.start();
  }
  const port = new URL(started.baseUrl).port;
  if (String(remembered) !== port) await writeFile(join(dataDir, PORT_FILE), port);
  return { sandbox, ...started };
}

async function readRememberedPort(file: string): Promise<number | undefined> {
  const text = await readFile(file, 'utf8').catch(() => '');
  const port = Number(text.trim());
  return Number.isInteger(port) && port >= 1024 && port <= 65535 ? port : undefined;
}
