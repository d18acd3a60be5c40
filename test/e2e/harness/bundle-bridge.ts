import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

/** Bundles page-bridge.ts (with the real createBridge) into one script for addInitScript. */
export async function bundlePageBridge(): Promise<string> {
  const result = await build({
    entryPoints: [fileURLToPath(new URL('./page-bridge.ts', import.meta.url))],
    bundle: true,
    format: 'iife',
    platform: 'browser',
    target: 'es2022',
    write: false,
  });
  const [output] = result.outputFiles;
  if (!output) throw new Error('esbuild produced no bridge bundle');
  return output.text;
}
