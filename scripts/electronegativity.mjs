// Runs electronegativity on the sources and fails on any finding above INFORMATIONAL that the
// reviewed allow-list (.electronegativity-allow.json) does not explain. The tool itself always
// exits 0, so its CSV report is what is read.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { isExplained, isWholeRow } from './electronegativity-allow.mjs';

/** Runs the tool and reads its CSV; a torn row (the tool sometimes writes one) means run it again. */
function scan(attempt = 1) {
  const report = join(mkdtempSync(join(tmpdir(), 'electronegativity-')), 'report.csv');
  const run = spawnSync('npx', ['electronegativity', '-i', 'src', '-e', '45.4.1', '-r', '-v', 'false', '-o', report], {
    encoding: 'utf8',
  });
  let csv;
  try {
    csv = readFileSync(report, 'utf8');
  } catch {
    console.error('electronegativity wrote no report:\n', run.stdout, run.stderr);
    process.exit(1);
  }
  // A real CSV parser: a sample or description may hold quotes, commas or line breaks.
  const rows = Papa.parse(csv.trim(), { skipEmptyLines: true }).data.slice(1);
  const findings = rows.map(([check, severity, confidence, file, location, sample, description]) => ({
    check: String(check ?? '').trim(),
    severity: String(severity ?? '').trim(),
    confidence: String(confidence ?? '').trim(),
    file: String(file ?? '').trim(),
    location: String(location ?? '').trim(),
    sample: String(sample ?? '').trim(),
    description: String(description ?? '').trim(),
  }));
  if (findings.every(isWholeRow)) return findings;
  if (attempt >= MAX_ATTEMPTS) {
    console.error(`electronegativity wrote a torn report ${MAX_ATTEMPTS} times:\n${csv}`);
    process.exit(1);
  }
  return scan(attempt + 1);
}

/** The flagged source line, with the tool's sample beside it (for HTML it is the sample that says what). */
function flaggedText(finding) {
  const line = Number(finding.location.split(':')[0]);
  const source = readFileSync(join('src', finding.file), 'utf8').split('\n')[line - 1] ?? '';
  return `${source}\n${finding.sample}`;
}

const MAX_ATTEMPTS = 3;
const allowed = JSON.parse(readFileSync('.electronegativity-allow.json', 'utf8')).allowed;
const findings = scan();
const blocking = findings.filter((f) => !isExplained(f, allowed, flaggedText(f)));
for (const f of findings) {
  const mark = blocking.includes(f) ? '✗' : '·';
  console.log(`${mark} ${f.severity.padEnd(13)} ${f.check} ${f.file}:${f.location} — ${f.description}`);
}
console.log(
  `electronegativity: ${findings.length} finding(s), ${blocking.length} not explained in .electronegativity-allow.json`,
);
process.exit(blocking.length > 0 ? 1 : 0);
