import { spawn, type ChildProcess } from 'node:child_process';

/** Starts the sandbox CLI (or `script`) in its own process on a free loopback port; resolves to its base URL. */
export async function spawnSandbox(
  script = 'src/main/sandbox/cli.ts',
): Promise<{ base: string; process: ChildProcess }> {
  const args = script === 'src/main/sandbox/cli.ts' ? [script, '--port', '0'] : [script];
  const child = spawn(process.execPath, ['--import', 'tsx', ...args], { stdio: ['ignore', 'pipe', 'inherit'] });
  const base = await new Promise<string>((resolve, reject) => {
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (text: string) => {
      const match = /listening on (http:\/\/\S+)/.exec(text);
      if (match?.[1]) resolve(match[1]);
    });
    child.once('exit', () => reject(new Error(`${script} exited before it listened`)));
  });
  return { base, process: child };
}
