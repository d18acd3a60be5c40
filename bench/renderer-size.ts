// The renderer's initial JavaScript, gzipped, as built by `electron-vite build`.
import { readFile, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { recordResults } from './results';

const html = await readFile('out/renderer/index.html', 'utf8');
const scripts = [...html.matchAll(/<script[^>]+src="\.?\/?([^"]+)"/g)].map((m) => m[1] ?? '');
const preloads = [...html.matchAll(/<link rel="modulepreload"[^>]+href="\.?\/?([^"]+)"/g)].map((m) => m[1] ?? '');
let bytes = 0;
for (const file of [...scripts, ...preloads]) bytes += gzipSync(await readFile(join('out/renderer', file))).length;
const all = (await readdir('out/renderer/assets')).filter((f) => f.endsWith('.js'));
const figures = { rendererJsGzipKb: Number((bytes / 1024).toFixed(1)) };
console.log(`renderer initial JS: ${scripts.length + preloads.length} file(s) of ${all.length} built`);
console.table(figures);
await recordResults(figures);
