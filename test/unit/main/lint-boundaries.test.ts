import { ESLint } from 'eslint';
import { describe, expect, it } from 'vitest';

// The architecture's boundaries are enforced by lint; this proves the rules really fire.
const eslint = new ESLint();

async function ruleIds(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((m) => m.ruleId ?? m.message);
}

describe('lint boundaries', () => {
  it.each(['src/shared/money.ts', 'src/main/core/ports.ts', 'src/main/sandbox/ids.ts', 'src/renderer/src/lib/api.ts'])(
    'forbids importing electron in %s',
    async (file) => {
      expect(await ruleIds(file, "import { app } from 'electron';\nexport const x = app;\n")).toContain(
        'no-restricted-imports',
      );
    },
  );

  it('allows electron in the adapters', async () => {
    expect(
      await ruleIds('src/main/adapters/clipboard.ts', "import { app } from 'electron';\nexport const x = app;\n"),
    ).not.toContain('no-restricted-imports');
  });

  it('forbids ipcMain and ipcRenderer outside the two IPC helpers', async () => {
    const code = "import { ipcMain } from 'electron';\nexport const x = ipcMain;\n";
    expect(await ruleIds('src/main/adapters/window.ts', code)).toContain('no-restricted-syntax');
    expect(await ruleIds('src/main/adapters/ipc.ts', code)).not.toContain('no-restricted-syntax');
  });

  it.each([
    ['the renderer', 'src/renderer/src/lib/api.ts', '../../../main/core/ports'],
    ['core', 'src/main/core/ports.ts', '../handlers/sessions'],
    ['core', 'src/main/core/ports.ts', '../adapters/clipboard'],
    ['core', 'src/main/core/ports.ts', '../sandbox/sandbox'],
    ['the sandbox', 'src/main/sandbox/ids.ts', '../core/ports'],
    ['shared code', 'src/shared/money.ts', '../main/core/ports'],
    ['shared code', 'src/shared/money.ts', '../renderer/src/lib/api'],
    ['a handler', 'src/main/handlers/sessions.ts', '../adapters/clipboard'],
  ])('forbids %s (%s) importing %s', async (_layer, file, target) => {
    expect(await ruleIds(file, `import { x } from '${target}';\nexport const y = x;\n`)).toContain(
      'no-restricted-imports',
    );
  });

  it('lets each layer import what sits below it', async () => {
    expect(
      await ruleIds('src/main/handlers/sessions.ts', "import { x } from '../core/ports';\nexport const y = x;\n"),
    ).not.toContain('no-restricted-imports');
    expect(
      await ruleIds('src/main/core/ports.ts', "import { x } from '../../shared/money';\nexport const y = x;\n"),
    ).not.toContain('no-restricted-imports');
  });
});
