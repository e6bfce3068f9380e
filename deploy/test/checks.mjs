// The checks of the Node test scripts under deploy/test: one "ok"/"FAIL" line each, and at the end
// the summary line deploy/lib/suites.sh reads ("N passed, N failed"), with the exit code.
let passed = 0;
let failed = 0;

export function check(what, ok, detail = '') {
  if (ok) passed++;
  else failed++;
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${what}${ok ? '' : ` ${detail}`}`);
}

export const anyFailed = () => failed > 0;

export function finish() {
  console.log(`${passed} passed, ${failed} failed`);
  process.exit(failed === 0 ? 0 : 1);
}
