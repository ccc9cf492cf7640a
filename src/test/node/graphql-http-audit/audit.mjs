// Runs every server audit of graphql-http (the GraphQL over HTTP conformance suite) against one URL, as one tenant,
// and prints one JSON array of results: {id, name, status, reason, httpStatus}. Status is "ok", or "error" for a
// failed MUST, "warn" for a failed SHOULD and "notice" for a failed MAY.
// Usage: node audit.mjs <url of /graphql> <tenant api key>
import { serverAudits } from 'graphql-http';

const [url, key] = process.argv.slice(2);
if (!url || !key) {
  console.error('usage: node audit.mjs <url> <tenant api key>');
  process.exit(2);
}

// Every audit request carries the tenant's key; the audits' own headers are kept.
const fetchFn = (input, init = {}) =>
  fetch(input, { ...init, headers: { ...(init.headers ?? {}), authorization: `Bearer ${key}` } });

const results = [];
for (const audit of serverAudits({ url, fetchFn })) {
  const result = await audit.fn();
  results.push({
    id: result.id,
    name: result.name,
    status: result.status,
    reason: result.reason ?? null,
    httpStatus: result.response ? result.response.status : null,
  });
}
console.log(JSON.stringify(results));
