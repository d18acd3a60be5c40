import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { startMain, tempDir } from '../helpers/main';

// Main speaks the staff's language (#17): what the window is told (errors, field messages,
// notices, the sandbox's name) follows the preference the moment it changes, or the system's
// languages when the preference is "system".

describe('main in the staff’s language', () => {
  it('follows the system’s preferred languages, then the preference, at once and without a restart', async () => {
    const main = await startMain({ systemLanguages: ['fr-CA', 'en-US'] });
    const info = await main.api.app.getInfo();
    expect(info).toMatchObject({ ok: true, data: { language: 'fr', locale: 'fr-CA' } });

    const refused = await main.api.sessions.create({ kind: 'amount', amount: '0', currency: 'EUR' });
    expect(refused).toMatchObject({
      ok: false,
      error: { fields: { amount: 'Le montant doit être supérieur à zéro' } },
    });

    const settings = await main.api.settings.get();
    if (!settings.ok) throw new Error('no settings');
    await main.api.settings.setPreferences({ ...settings.data.preferences, language: 'de' });
    expect(await main.api.app.getInfo()).toMatchObject({ ok: true, data: { language: 'de', locale: 'de' } });
    const again = await main.api.sessions.create({ kind: 'amount', amount: '1.234', currency: 'USD' });
    expect(again).toMatchObject({
      ok: false,
      error: { fields: { amount: 'Beträge in USD haben höchstens 2 Nachkommastellen' } },
    });
  });

  it('tells the customer window when the language changes, so it speaks the new one too', async () => {
    const main = await startMain();
    const told: unknown[] = [];
    main.onEvent((channel, payload) => {
      if (channel === 'display:changed') told.push(payload);
    });
    const settings = await main.api.settings.get();
    if (!settings.ok) throw new Error('no settings');
    await main.api.settings.setPreferences({ ...settings.data.preferences, language: 'es' });
    await expect.poll(() => told.at(-1)).toMatchObject({ session: null, language: 'es', locale: 'es' });
    expect(await main.api.display.get()).toMatchObject({ ok: true, data: { language: 'es' } });
  });

  it('tells the user about a damaged file in the language they use now, not the one at start', async () => {
    const dataDir = await tempDir();
    await writeFile(join(dataDir, 'settings.json'), '{"settings": {"version": 1,');
    const main = await startMain({ dataDir, systemLanguages: ['es-ES'] });
    const said = async () => {
      const info = await main.api.app.getInfo();
      return info.ok ? info.data.notices.join(' ') : '';
    };
    expect(await said()).toMatch(/^No se pudo leer el archivo settings, así que Linkdesk ha empezado de cero/);
    const settings = await main.api.settings.get();
    if (!settings.ok) throw new Error('no settings');
    await main.api.settings.setPreferences({ ...settings.data.preferences, language: 'en' });
    expect(await said()).toMatch(/^The settings file could not be read, so Linkdesk started afresh/);
  });

  it('keeps files language-free: a settings file from before #17 opens, following the system', async () => {
    const dataDir = await tempDir();
    const first = await startMain({ dataDir });
    const settings = await first.api.settings.get();
    if (!settings.ok) throw new Error('no settings');
    const { language: _language, ...before17 } = settings.data.preferences;
    await first.stop();
    const file = join(dataDir, 'settings.json');
    const stored = JSON.parse(await (await import('node:fs/promises')).readFile(file, 'utf8')) as {
      settings: { preferences: unknown };
    };
    stored.settings.preferences = before17;
    await writeFile(file, JSON.stringify(stored));
    const main = await startMain({ dataDir, systemLanguages: ['de-DE'] });
    expect(main.notices).toEqual([]);
    expect(await main.api.app.getInfo()).toMatchObject({ ok: true, data: { language: 'de', locale: 'de-DE' } });
  });
});
