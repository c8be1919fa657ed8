// Benchmark (run on demand): 500 simulated respondents submitting through Debian's nginx with the
// write-only configuration of docs/operating/database.md, in front of PouchDB Server, on loopback only. At most 25
// submissions are in flight at once (bounded), spread over about a minute's worth of arrivals
// compressed into as fast as they go; one in ten is sent twice, as a phone retrying after a
// timeout would. Prints p50 / p95 latency and checks that every response is stored exactly once.
// Usage: node bench/submissions.mjs [respondents]
import { startCouch, startNginx } from '../tests/e2e/support/servers.mjs';
import { designDocument } from '../server/couchdb/design-document.mjs';

const respondents = Number(process.argv[2] ?? 500);
const inFlight = 25;
const database = 'bench-responses';
const couch = await startCouch();
await fetch(`${couch.url}${database}`, { method: 'PUT' });
await fetch(`${couch.url}${database}/_design/partnership-pulse`, {
  method: 'PUT', headers: { 'content-type': 'application/json' }, body: JSON.stringify(designDocument('partnership-pulse')),
});
// Real respondents come from many addresses; here all from one, so the per-address limit is lifted.
const proxy = await startNginx({ couchPort: couch.port, database, rate: '1000r/s' });
const groups = ['employer-strategic', 'employer-practice', 'university', 'student', 'service-user-carer', 'voluntary'];
const jobs = [];
for (let n = 0; n < respondents; n += 1) {
  const id = n.toString(16).padStart(32, '0');
  const doc = { _id: id, id, survey_id: 'partnership-pulse', survey_version: 1, wave: '2026', group: groups[n % 6], submitted: '2026-11-24', answers: { T1: 1 + (n % 5), O1: 'More notice, please.' } };
  jobs.push(doc);
  if (n % 10 === 0) jobs.push(doc);
}
const latencies = [];
const statuses = new Map();
let next = 0;
const started = Date.now();
async function worker() {
  while (next < jobs.length) {
    const doc = jobs[next];
    next += 1;
    const sent = performance.now();
    const answer = await fetch(`${proxy.submit}/${doc._id}`, { method: 'PUT', headers: { 'content-type': 'application/json' }, body: JSON.stringify(doc) });
    await answer.arrayBuffer();
    latencies.push(performance.now() - sent);
    statuses.set(answer.status, (statuses.get(answer.status) ?? 0) + 1);
  }
}
await Promise.all(Array.from({ length: inFlight }, worker));
const elapsed = Date.now() - started;
const all = await (await fetch(`${couch.url}${database}/_all_docs`)).json();
const stored = all.rows.filter((row) => !row.id.startsWith('_design/')).length;
latencies.sort((a, b) => a - b);
const at = (share) => latencies[Math.min(latencies.length - 1, Math.floor(latencies.length * share))].toFixed(1);
console.log(`${respondents} respondents (${jobs.length} submissions, ${jobs.length - respondents} retries) through nginx in ${elapsed} ms, ` +
  `at most ${inFlight} at once: p50 ${at(0.5)} ms, p95 ${at(0.95)} ms, max ${at(1)} ms; ` +
  `answers ${[...statuses].map(([status, count]) => `${count} × ${status}`).join(', ')}; ` +
  `stored ${stored} (${stored === respondents ? 'each exactly once' : 'NOT each exactly once'})`);
await proxy.stop();
await couch.stop();
process.exit(stored === respondents ? 0 : 1);
