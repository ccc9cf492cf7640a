// Runs one operation against lusha-graph's GraphQL WebSocket endpoint with the graphql-ws reference client, as a
// Node application would, and prints what happened as one JSON line: how many connections the client opened, the
// close codes it saw, the results and the error it reported.
//
// Usage: node reference-client.mjs <ws url> <key on the upgrade or -> <key in connection_init or -> <document>
import { createClient } from 'graphql-ws';
import WebSocket from 'ws';

const [url, headerKey, payloadKey, query] = process.argv.slice(2);
const headers = headerKey === '-' ? {} : { Authorization: `Bearer ${headerKey}` };

// The upgrade request carries the header, as server-side clients send it.
class HeaderWebSocket extends WebSocket {
  constructor(address, protocols) {
    super(address, protocols, { headers });
  }
}

let opened = 0;
const closeCodes = [];
const client = createClient({
  url,
  webSocketImpl: HeaderWebSocket,
  retryAttempts: 5,
  connectionParams: payloadKey === '-' ? undefined : { Authorization: `Bearer ${payloadKey}` },
  on: {
    opened: () => opened++,
    closed: (event) => closeCodes.push(event.code),
  },
});

const results = [];
let error = null;
await new Promise((resolve) => {
  // A client caught in a reconnect loop never settles: stop watching it after a while and report its count.
  const cap = setTimeout(resolve, 8000);
  client.subscribe({ query }, {
    next: (result) => results.push(result),
    error: (e) => {
      error = e && typeof e.code === 'number' ? { code: e.code, reason: e.reason } : String(e);
      clearTimeout(cap);
      resolve();
    },
    complete: () => {
      clearTimeout(cap);
      resolve();
    },
  });
});
// Any reconnect the client makes after a close comes at once (or after a backoff of at least 1 s): watch for one.
await new Promise((resolve) => setTimeout(resolve, 2500));
const openedBeforeDispose = opened;
await client.dispose();
console.log(JSON.stringify({ opened: openedBeforeDispose, closeCodes, results, error }));
process.exit(0);
