// The GraphQL foundation's GraphQL-over-HTTP server audit (npm graphql-http), against the
// node at argv[2]. Prints one line per audit and, last, a JSON summary for the Rust test.
import { auditServer } from 'graphql-http';

const url = process.argv[2];
const results = await auditServer({ url });
const summary = { ok: 0, notice: [], warn: [], error: [] };
for (const result of results) {
  const line = `${result.status.padEnd(6)} ${result.id} ${result.name}`;
  console.log(result.status === 'ok' ? line : `${line}: ${result.reason}`);
  if (result.status === 'ok') summary.ok += 1;
  else summary[result.status].push(`${result.id} ${result.name}: ${result.reason}`);
}
console.log(JSON.stringify(summary));
