// The GraphQL over HTTP audit of graphql-http, run against a running server with no credentials at all:
// reads need none, and a request that carries no session cookie needs no CSRF token either.
//
//   node audit.mjs [URL]     (default: $CHANCERY_GRAPHQL_URL, else http://localhost:8080/graphql)
//
// Prints each audit's result and ends with "N passed, N failed", where failed counts the MUST audits
// the server fails; it exits non-zero when there is any. SHOULD and MAY audits not met are listed as
// warnings and notices, and are neither passed nor failed.
import { serverAudits } from 'graphql-http';

const url = process.argv[2] ?? process.env.CHANCERY_GRAPHQL_URL ?? 'http://localhost:8080/graphql';

const STATUS = { ok: 'ok', warn: 'WARN', notice: 'notice', error: 'FAIL' };

const counts = { ok: 0, warn: 0, notice: 0, error: 0 };

console.log(`GraphQL over HTTP audit of ${url}`);
for (const audit of serverAudits({ url })) {
  let result;
  try {
    result = await audit.fn();
  } catch (fatal) {
    result = { id: audit.id, name: audit.name, status: 'error', reason: `the audit could not run: ${fatal.message}` };
  }
  counts[result.status] += 1;
  let line = `${STATUS[result.status].padEnd(6)} ${result.id}  ${result.name}`;
  if (result.status !== 'ok') {
    const status = result.response ? ` (HTTP ${result.response.status})` : '';
    line += `\n         ${result.reason}${status}`;
  }
  console.log(line);
}

console.log(`${counts.warn} SHOULD not met (warnings), ${counts.notice} MAY not met (notices)`);
console.log(`${counts.ok} passed, ${counts.error} failed`);
process.exitCode = counts.error > 0 ? 1 : 0;
