import { _electron as electron, expect, test } from '@playwright/test';
import { existsSync, readFileSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

// The real app in Electron. Electron downloads its binary on first use; where that is not
// possible (as on the machines this project is built on) these specs skip and say why.
const require = createRequire(import.meta.url);
const electronDir = dirname(require.resolve('electron/package.json'));
const pathFile = join(electronDir, 'path.txt');
const binary = existsSync(pathFile) ? join(electronDir, 'dist', readFileSync(pathFile, 'utf8').trim()) : undefined;

test.skip(
  !binary || !existsSync(binary),
  'No Electron binary here (node_modules/electron/path.txt is missing); run `npx install-electron` where downloads work.',
);

test('starts on the sandbox, creates a session and shows its QR, then quits', async () => {
  const userData = await mkdtemp(join(tmpdir(), 'linkdesk-electron-'));
  const app = await electron.launch({ args: ['.', `--user-data-dir=${userData}`], executablePath: binary });
  const window = await app.firstWindow();
  await expect(window.getByText('Test mode')).toBeVisible();
  await window.getByLabel('Amount').fill('3.20');
  await window.getByLabel('Amount').press('Enter');
  await expect(window.getByRole('img', { name: /QR code to pay/ })).toBeVisible();
  await app.close();
});
