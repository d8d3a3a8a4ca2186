// Sums the results of every CI step into one closing line "N passed, N failed".
// Usage: node .ci/summary.mjs STEPS_FILE
// STEPS_FILE has one tab-separated line per step: name, kind (vitest | check), exit code, vitest JSON report (for vitest).
// A check (type check, lint, install) counts as one test. A vitest suite counts its tests; a test file that
// failed to load, a missing report or a non-zero exit that the report does not explain counts as one failure.
import fs from 'node:fs';

const stepsFile = process.argv[2];
const lines = fs.existsSync(stepsFile) ? fs.readFileSync(stepsFile, 'utf8').split('\n').filter(Boolean) : [];
let passed = 0;
let failed = 0;
let skipped = 0;
const rows = [];

for (const line of lines) {
  const [name, kind, codeText, report] = line.split('\t');
  const code = Number(codeText);
  if (kind !== 'vitest') {
    if (code === 0) passed++;
    else failed++;
    rows.push(`${name.padEnd(22)} ${code === 0 ? 'ok' : `FAILED (exit ${code})`}`);
    continue;
  }
  let p = 0;
  let f = 0;
  let s = 0;
  const notes = [];
  if (!report || !fs.existsSync(report)) {
    f = 1;
    notes.push('no report written');
  } else {
    const json = JSON.parse(fs.readFileSync(report, 'utf8'));
    p = json.numPassedTests ?? 0;
    f = json.numFailedTests ?? 0;
    s = (json.numPendingTests ?? 0) + (json.numTodoTests ?? 0);
    for (const file of json.testResults ?? []) {
      const anyFailedTest = (file.assertionResults ?? []).some((a) => a.status === 'failed');
      if (file.status === 'failed' && !anyFailedTest) {
        f++;
        notes.push(`file failed outside its tests: ${file.name}${file.message ? ` (${String(file.message).split('\n')[0]})` : ''}`);
      }
    }
    if (code !== 0 && f === 0) {
      f = 1;
      notes.push(`vitest exited ${code} (unhandled error?)`);
    }
  }
  passed += p;
  failed += f;
  skipped += s;
  rows.push(`${name.padEnd(22)} passed ${p}, failed ${f}, skipped ${s}${code === 0 ? '' : ` (exit ${code})`}`);
  for (const n of notes) rows.push(`${''.padEnd(22)} ${n}`);
}

console.log('\n== CI summary ==');
for (const r of rows) console.log(`  ${r}`);
if (skipped) console.log(`  (${skipped} skipped)`);
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed > 0 || lines.length === 0 ? 1 : 0);
