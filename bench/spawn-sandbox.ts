import { spawn, type ChildProcess } from 'node:child_process';

/** Starts the sandbox CLI in its own process on a free loopback port; resolves to its base URL. */
export async function spawnSandbox(): Promise<{ base: string; process: ChildProcess }> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'src/main/sandbox/cli.ts', '--port', '0'], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const base = await new Promise<string>((resolve, reject) => {
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (text: string) => {
      const match = /listening on (http:\/\/\S+)/.exec(text);
      if (match?.[1]) resolve(match[1]);
    });
    child.once('exit', () => reject(new Error('the sandbox exited before it listened')));
  });
  return { base, process: child };
}
