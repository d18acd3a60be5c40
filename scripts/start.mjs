// `npm start`: make sure the Electron binary is here (it is downloaded on first use), then build
// and open the app. If the download fails, say what to do instead of failing obscurely.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);
const electronDir = dirname(require.resolve('electron/package.json'));
const run = (command, args) => spawnSync(command, args, { stdio: 'inherit', shell: process.platform === 'win32' });

if (!existsSync(join(electronDir, 'path.txt'))) {
  console.log('Linkdesk: downloading the Electron runtime (first start only)…');
  const install = run(process.execPath, [join(electronDir, 'install.js')]);
  if (install.status !== 0 || !existsSync(join(electronDir, 'path.txt'))) {
    console.error(`
Linkdesk could not download the Electron runtime, so the app cannot open.
What to try:
  • Check the internet connection (and any proxy: set HTTPS_PROXY), then run npm start again.
  • Behind a mirror, set ELECTRON_MIRROR to it, then run npm start again.
  • Or install the runtime by hand: npx install-electron
Everything else still works without it: npm test, npm run build, npm run sandbox.`);
    process.exit(1);
  }
}

const result = run('npx', ['electron-vite', 'preview']);
process.exit(result.status ?? 1);
