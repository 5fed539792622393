// The least any client can do for the reads of a plan: the same GETs, all at once, each answer
// read to its end, then exit. The yardstick of `plan example, N = 10` (bench/README.md).
// Usage: node bench/minimal-client.mjs '[{"url": "http://…", "headers": {…}}, …]'
import { get } from 'node:http';

const requests = JSON.parse(process.argv[2]);
let pending = requests.length;
for (const { url, headers } of requests) {
  get(url, { headers }, (response) => {
    if (response.statusCode !== 200) process.exitCode = 1;
    response.resume().on('end', () => --pending === 0 && process.exit());
  }).on('error', () => process.exit(2));
}
