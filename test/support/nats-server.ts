import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { hubConfig, type HubPlan } from '../../src/main/core/event/hub-config';

// A real nats-server (Debian's) for event-mode tests: started on 127.0.0.1 with a temporary
// store and the configuration Linkdesk generates, stopped by its pid.

export interface RunningHub {
  url: string;
  pid: number;
  storeDir: string;
  /** Stops it (SIGKILL: as a hub that dies, not one that shuts down politely). */
  kill(): Promise<void>;
  /** Starts it again on the same port and store. */
  restart(): Promise<void>;
  /** Stops it and removes its store. */
  stop(): Promise<void>;
}

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

function launch(configFile: string): Promise<ChildProcess> {
  return new Promise((resolve, reject) => {
    const child = spawn('nats-server', ['-c', configFile], { stdio: ['ignore', 'ignore', 'pipe'] });
    let said = '';
    const timer = setTimeout(() => reject(new Error(`nats-server did not start:\n${said}`)), 10_000);
    child.once('error', (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.stderr?.on('data', (chunk: Buffer) => {
      said += chunk.toString();
      if (said.includes('Server is ready')) {
        clearTimeout(timer);
        resolve(child);
      }
    });
  });
}

const exited = (child: ChildProcess): Promise<void> =>
  child.exitCode !== null || child.signalCode !== null
    ? Promise.resolve()
    : new Promise((resolve) => child.once('exit', () => resolve()));

export async function startHub(plan: Omit<HubPlan, 'host' | 'port' | 'storeDir'>): Promise<RunningHub> {
  const dir = await mkdtemp(join(tmpdir(), 'linkdesk-hub-'));
  const port = await freePort();
  const storeDir = join(dir, 'store');
  const configFile = join(dir, 'hub.conf');
  await writeFile(configFile, hubConfig({ ...plan, host: '127.0.0.1', port, storeDir }));
  let child = await launch(configFile);
  const kill = async (): Promise<void> => {
    child.kill('SIGKILL');
    await exited(child);
  };
  return {
    url: `nats://127.0.0.1:${port}`,
    get pid() {
      return child.pid ?? 0;
    },
    storeDir,
    kill,
    restart: async () => {
      child = await launch(configFile);
    },
    stop: async () => {
      await kill();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

/** Runs nats-server on a configuration file as Linkdesk's "Set up event" saved it. */
export async function runHubConfig(configFile: string): Promise<{ stop: () => Promise<void> }> {
  const child = await launch(configFile);
  return {
    stop: async () => {
      child.kill('SIGKILL');
      await exited(child);
    },
  };
}
