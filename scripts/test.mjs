#!/usr/bin/env node
/**
 * `npm test`: every check, in the order that fails fastest, then one totals line `N passed, N failed`.
 * Stages: typecheck, lint and format, content check, unit and component tests, production build, the sample company's build,
 * browser tests. Set SKIP_BUILD=1 to reuse existing builds while working on browser tests.
 */
import {spawnSync} from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
let passed = 0;
let failed = 0;

function run(command, args, options = {}) {
  const result = spawnSync(command, args, {cwd: root, stdio: 'inherit', env: {...process.env, FORCE_COLOR: '0'}, ...options});
  return result.status === 0;
}

/** A stage that counts as one check. */
function stage(name, command, args) {
  console.log(`\n▶ ${name}`);
  const ok = run(command, args);
  if (ok) passed += 1;
  else failed += 1;
  console.log(`${ok ? '✓' : '✗'} ${name}`);
  return ok;
}

/** A vitest project: its own tests count one by one. */
function vitestStage(project) {
  console.log(`\n▶ vitest: ${project}`);
  const report = path.join(os.tmpdir(), `vitest-${project}-${process.pid}.json`);
  run('npx', ['vitest', 'run', '--project', project, '--reporter=default', '--reporter=json', `--outputFile.json=${report}`]);
  if (!fs.existsSync(report)) {
    console.log(`✗ vitest ${project} produced no report`);
    failed += 1;
    return;
  }
  const results = JSON.parse(fs.readFileSync(report, 'utf8'));
  fs.rmSync(report);
  passed += results.numPassedTests;
  failed += results.numFailedTests;
  // A file that fails outside its tests (it does not load, or a beforeAll throws and its tests are skipped) has no
  // failed test to count but must still fail the run.
  const brokenFiles = results.testResults.filter((file) => file.status === 'failed' && !file.assertionResults.some((test) => test.status === 'failed')).length;
  failed += brokenFiles;
  // A test that never ran (an error outside the tests, a child process crashing, stopped it) is reported as
  // pending, not failed, and the JSON report still says success: each one counts as failed. `it.todo` is not one.
  const neverRan = results.testResults.flatMap((file) => file.assertionResults).filter((test) => test.status === 'pending');
  for (const test of neverRan) console.log(`✗ never ran: ${test.fullName}`);
  failed += neverRan.length;
  console.log(`vitest ${project}: ${results.numPassedTests} passed, ${results.numFailedTests + brokenFiles + neverRan.length} failed`);
}

stage('typecheck', 'npx', ['tsc', '--noEmit']);
stage('lint and format', 'npm', ['run', 'lint']);
stage('content check', 'npx', ['tsx', 'scripts/check-content.ts']);
vitestStage('unit');

const built = process.env.SKIP_BUILD === '1' && fs.existsSync(path.join(root, 'build', 'index.html'));
const buildOk = built || stage('production build (all locales)', 'npm', ['run', 'build']);
// A sample company's site (tests/fixtures/company), which tests/browser/company.test.ts reads.
const companyBuilt = built && fs.existsSync(path.join(root, 'build-company', 'index.html'));
if (buildOk && !companyBuilt) stage('production build of a sample company', 'npm', ['run', 'build:company']);

if (buildOk) {
  if (!run('bash', ['scripts/install-browsers.sh'])) {
    console.log('✗ could not install the browsers from Debian packages');
    failed += 1;
  } else {
    vitestStage('browser');
  }
} else {
  console.log('Skipping browser tests: the build failed.');
}

console.log(`\n${passed} passed, ${failed} failed`);
process.exit(failed === 0 ? 0 : 1);
