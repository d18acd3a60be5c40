// `npm test`: typecheck, lint, the electronegativity scan, vitest, then the Playwright harness (after a build). Each step
// runs even if an earlier one failed, and the last line sums every runner: "N passed, N failed".
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';

const results = { passed: 0, failed: 0, skipped: 0 };
let anyStepFailed = false;

function step(name, command, args) {
  console.log(`\n━━ ${name}: ${command} ${args.join(' ')}`);
  const { status } = spawnSync(command, args, { stdio: 'inherit', env: process.env });
  if (status !== 0) anyStepFailed = true;
  return status === 0;
}

function readJson(path) {
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return undefined;
  }
}

rmSync('test-results', { recursive: true, force: true });

// Typecheck, lint and the security scan each count as one check.
for (const [name, args] of [
  ['typecheck', ['run', 'typecheck']],
  ['lint', ['run', 'lint']],
  ['security scan (electronegativity)', ['run', 'security']],
]) {
  if (step(name, 'npm', args)) results.passed += 1;
  else results.failed += 1;
}

step('unit tests', 'npx', [
  'vitest',
  'run',
  '--reporter=default',
  '--reporter=json',
  '--outputFile.json=test-results/vitest.json',
]);
const vitest = readJson('test-results/vitest.json');
if (vitest) {
  results.passed += vitest.numPassedTests;
  results.failed += vitest.numFailedTests + (vitest.numFailedTestSuites ?? 0);
  results.skipped += vitest.numPendingTests + vitest.numTodoTests;
} else {
  results.failed += 1;
}

if (step('build', 'npx', ['electron-vite', 'build'])) {
  step('harness', 'npx', ['playwright', 'test', '--grep-invert', '@screenshots']);
  const pw = readJson('test-results/playwright.json');
  if (pw) {
    results.passed += pw.stats.expected;
    results.failed += pw.stats.unexpected + pw.stats.flaky;
    results.skipped += pw.stats.skipped;
  } else {
    results.failed += 1;
  }
} else {
  results.failed += 1;
}

if (anyStepFailed && results.failed === 0) results.failed = 1;
console.log(`\n${results.passed} passed, ${results.failed} failed, ${results.skipped} skipped`);
process.exit(results.failed > 0 ? 1 : 0);
