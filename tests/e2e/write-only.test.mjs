// The respondents' write-only address: Debian's nginx with exactly the production configuration
// (server/nginx/partnership-pulse-submit.conf) in front of PouchDB Server with an administrator
// and real users (a `submitter` member without a role, as docs/operating/database.md sets up), and
// the survey's design document (server/couchdb/design-document.mjs). Putting a well-formed response
// at its own address works, once; reading, listing, following changes, querying, overwriting,
// deleting, `_local` documents and malformed or foreign documents are all refused; the answers say
// nothing of the database behind; a burst from one address is cut off; nothing reaches the
// database but the responses.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import { ADMIN, basic, setUpSurveyDatabase, startNginx, startProductionCouch } from './support/servers.mjs';

const DATABASE = 'northshire-responses';
const APP_ORIGIN = 'http://127.0.0.1:8080';
let couch;
let proxy;

before(async () => {
  couch = await startProductionCouch();
  const { submitter } = await setUpSurveyDatabase(couch, { database: DATABASE, surveyId: 'northshire', facilitators: ['amira'] });
  proxy = await startNginx({ couchPort: couch.port, database: DATABASE, submitter, allowedOrigin: APP_ORIGIN });
});

after(async () => {
  await proxy?.stop();
  await couch?.stop();
});

function response(id, changes = {}) {
  return {
    _id: id, id, survey_id: 'northshire', survey_version: 1, wave: '2026 spring', group: 'student',
    partner: 'carers-voice', submitted: '2026-11-24', answers: { T1: 4, O1: 'More notice, please.' }, ...changes,
  };
}

/**
 * Sends `body` (an object, or text as it is) through the write-only address: by default PUT at
 * the address naming its `_id`, as survey pages do; `path` replaces what follows the address.
 */
function submit(body, { method = 'PUT', path, headers = {} } = {}) {
  const tail = path ?? `/${encodeURIComponent(body?._id ?? '')}`;
  return fetch(`${proxy.submit}${tail}`, {
    method,
    headers: { 'content-type': 'application/json', ...headers },
    body: method === 'GET' || method === 'HEAD' ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
  });
}

/** Every document in the database, read as the administrator (not through the proxy). */
async function documents() {
  const all = await (await fetch(`${couch.url}${DATABASE}/_all_docs?include_docs=true`, { headers: { authorization: ADMIN } })).json();
  return all.rows.filter((row) => !row.id.startsWith('_design/')).map((row) => row.doc);
}

test('a well-formed response is created, and a retried submission is stored once', async () => {
  const first = await submit(response('r0001'));
  const receipt = await first.text();
  assert.equal(first.status, 201, receipt);
  // The answer is CouchDB's receipt of this one document, and nothing of the database behind it.
  assert.deepEqual(Object.keys(JSON.parse(receipt)).sort(), ['id', 'ok', 'rev']);
  for (const header of ['location', 'x-powered-by', 'x-couch-request-id', 'etag', 'set-cookie']) {
    assert.equal(first.headers.get(header), null, `${header} is not passed on`);
  }
  const again = await submit(response('r0001'));
  assert.ok([409, 403].includes(again.status), `the retry is refused (${again.status})`);
  const stored = await documents();
  assert.deepEqual(stored.map((doc) => doc.id), ['r0001']);
  assert.equal(stored[0].answers.O1, 'More notice, please.');
});

test('nothing can be read, listed, followed, queried or written but a response through the address', async () => {
  await submit(response('r0002'));
  const attempts = [
    ['GET', ''],
    ['HEAD', ''],
    ['POST', ''],
    ['GET', '/r0002'],
    ['GET', '/_all_docs'],
    ['GET', '/_changes'],
    ['POST', '/_find'],
    ['POST', '/_bulk_docs'],
    ['POST', '/_all_docs'],
    ['GET', '/_design/partnership-pulse'],
    ['PUT', '/_design/partnership-pulse'],
    // `_local` documents are stored without the design document being asked.
    ['PUT', '/_local/r0002'],
    ['PUT', '/_local%2Fr0002'],
    ['PUT', '/r0002?new_edits=false'],
    ['PUT', '/r0002?batch=ok'],
    ['PUT', '/r0002/attachment.txt'],
  ];
  for (const [method, path] of attempts) {
    const body = method === 'GET' || method === 'HEAD' ? undefined : { _id: 'r0002', selector: {}, keys: ['r0002'], docs: [] };
    const answer = await submit(body, { method, path });
    assert.ok([400, 404, 405].includes(answer.status), `${method} ${path || '(the address)'} answered ${answer.status}`);
    const text = await answer.text();
    assert.ok(!text.includes('r0002') && !text.includes('student'), `${method} ${path}: nothing of a response in ${text.slice(0, 80)}`);
  }
  const local = await fetch(`${couch.url}${DATABASE}/_local/r0002`, { headers: { authorization: ADMIN } });
  assert.equal(local.status, 404, 'no _local document was written');
  // The rest of the site's address space is not CouchDB's either.
  for (const path of [`${DATABASE}/_all_docs`, `${DATABASE}/r0002`, '_all_dbs', '_utils/']) {
    assert.equal((await fetch(`${proxy.url}${path}`)).status, 404, path);
  }
});

test('overwriting, deleting and changing a stored response are refused, and it stays as it was', async () => {
  await submit(response('r0003'));
  const { _rev: rev } = await (await fetch(`${couch.url}${DATABASE}/r0003`, { headers: { authorization: ADMIN } })).json();
  const overwrite = await submit(response('r0003', { _rev: rev, group: 'university' }));
  assert.equal(overwrite.status, 403, 'a new version of it');
  const deleted = await submit({ _id: 'r0003', _rev: rev, _deleted: true });
  assert.equal(deleted.status, 403, 'a deletion put as a document');
  for (const method of ['POST', 'DELETE', 'PATCH', 'COPY']) {
    assert.equal((await submit(response('r0003'), { method })).status, 405, method);
  }
  const stored = await (await fetch(`${couch.url}${DATABASE}/r0003`, { headers: { authorization: ADMIN } })).json();
  assert.equal(stored._rev, rev);
  assert.equal(stored.group, 'student');
});

function nested(depth) {
  let value = 4;
  for (let level = 0; level < depth; level += 1) value = { a: value };
  return value;
}

test('malformed documents, another survey\'s responses and oversized bodies are refused', async () => {
  const refused = [
    ['not JSON', '{"_id": "r0100", ', '/r0100'],
    ['no group', response('r0101', { group: undefined })],
    ['another survey', response('r0102', { survey_id: 'elsewhere' })],
    ['an id that is not the response id', response('r0103', { id: 'r9999' })],
    ['an unknown field', response('r0104', { _attachments: { 'x.txt': { content_type: 'text/plain', data: 'eA==' } } })],
    ['an impossible day format', response('r0105', { submitted: '24/11/2026' })],
    ['answers that are not a map', response('r0106', { answers: [1, 2] })],
    ['a new document deleted at once', { ...response('r0107'), _deleted: true }],
    // Stored, these would be skipped by every dashboard: the database and the figures would disagree.
    ['answers nested a thousand deep', response('r0109', { answers: { T1: nested(1000) } })],
    ['a partner rating that is not a number', response('r0110', { answers: { PV: { council: { gain: 'high' } } } })],
    ['a choice that is not an option id', response('r0111', { answers: { IX: [{ group: 'student' }] } })],
    ['a design document', { _id: '_design/x', validate_doc_update: 'function () {}' }, '/_design%2Fx'],
  ];
  for (const [what, body, path] of refused) {
    const answer = await submit(body, { path });
    assert.ok([400, 403, 404].includes(answer.status), `${what}: ${answer.status}`);
  }
  const large = response('r0108', { answers: { O1: 'x'.repeat(100 * 1024) } });
  assert.equal((await submit(large)).status, 413, 'over 96 KB never reaches CouchDB');
  // Ten thousand deep: whatever the server makes of it, the browser gets one sentence, no trace.
  // (Written out by hand: JSON.stringify itself cannot go that deep.)
  const deepBody = JSON.stringify(response('r0112', { answers: { T1: 'DEEP' } })).replace('"DEEP"', `${'{"a":'.repeat(10000)}4${'}'.repeat(10000)}`);
  const deep = await submit(deepBody, { path: '/r0112' });
  const text = await deep.text();
  assert.ok([400, 403, 503].includes(deep.status), `ten thousand deep: ${deep.status}`);
  assert.ok(!/node_modules|at \w+ \(|\.js:\d+/.test(text) && text.length < 300, `no stack trace: ${text.slice(0, 200)}`);
  const ids = (await documents()).map((doc) => doc.id);
  for (const id of ['r0100', 'r0101', 'r0102', 'r0103', 'r0104', 'r0105', 'r0106', 'r0107', 'r0108', 'r0109', 'r0110', 'r0111', 'r0112', 'r9999']) {
    assert.ok(!ids.includes(id), `${id} was not stored`);
  }
});

test('a survey page on another site may submit (CORS), and only with PUT', async () => {
  const preflight = await fetch(`${proxy.submit}/r0200`, {
    method: 'OPTIONS',
    headers: { origin: APP_ORIGIN, 'access-control-request-method': 'PUT', 'access-control-request-headers': 'content-type' },
  });
  assert.equal(preflight.status, 204);
  assert.equal(preflight.headers.get('access-control-allow-origin'), APP_ORIGIN);
  assert.equal(preflight.headers.get('access-control-allow-methods'), 'PUT');
  const created = await submit(response('r0200'), { headers: { origin: APP_ORIGIN } });
  assert.equal(created.status, 201);
  assert.equal(created.headers.get('access-control-allow-origin'), APP_ORIGIN);
  assert.equal(created.headers.get('set-cookie'), null);
  // A page of an earlier release posting to the address itself is told no, in a way it can read.
  const earlier = await fetch(proxy.submit, { method: 'POST', headers: { origin: APP_ORIGIN, 'content-type': 'application/json' }, body: '{}' });
  assert.equal(earlier.status, 405);
  assert.equal(earlier.headers.get('access-control-allow-origin'), APP_ORIGIN);
});

test('the browser\'s credentials and proxy-authentication headers never reach the database', async (t) => {
  // nginx in front of a server that records what reaches it, in the database's place.
  const seen = [];
  const recorder = createServer((request, reply) => {
    seen.push(request.headers);
    reply.writeHead(201, { 'content-type': 'application/json', location: 'http://127.0.0.1:5984/db/x', 'x-powered-by': 'Express' });
    reply.end('{"ok":true,"id":"r0300","rev":"1-a"}');
  });
  await new Promise((done) => recorder.listen(0, '127.0.0.1', done));
  t.after(() => recorder.close());
  const front = await startNginx({ couchPort: recorder.address().port, database: DATABASE, submitter: 'Basic c3VibWl0dGVyOnM=' });
  t.after(() => front.stop());
  const answer = await fetch(`${front.submit}/r0300`, {
    method: 'PUT',
    headers: {
      'content-type': 'application/json',
      authorization: 'Basic YWRtaW46YWRtaW4tc2VjcmV0',
      cookie: 'AuthSession=stolen',
      'x-auth-couchdb-username': 'admin',
      'x-auth-couchdb-roles': '_admin',
      'x-auth-couchdb-token': 'forged',
    },
    body: JSON.stringify(response('r0300')),
  });
  assert.equal(answer.status, 201);
  assert.equal(answer.headers.get('location'), null);
  assert.equal(answer.headers.get('x-powered-by'), null);
  assert.equal(seen.length, 1);
  assert.equal(seen[0].authorization, 'Basic c3VibWl0dGVyOnM=', 'the submitter, never the browser\'s');
  for (const header of ['cookie', 'x-auth-couchdb-username', 'x-auth-couchdb-roles', 'x-auth-couchdb-token']) {
    assert.equal(seen[0][header], undefined, `${header} is not passed on`);
  }
});

test('one address storing hundreds a second is cut off after a room\'s worth', async (t) => {
  // A proxy of its own, so the earlier tests' requests do not count against this address.
  const front = await startNginx({ couchPort: couch.port, database: DATABASE, submitter: basic('submitter', 'submitter-secret') });
  t.after(() => front.stop());
  const answers = [];
  // Bounded: 160 responses one after another from one address, as fast as they go.
  for (let n = 0; n < 160; n += 1) {
    const body = response(`burst${String(n).padStart(4, '0')}`);
    const answer = await fetch(`${front.submit}/${body._id}`, { method: 'PUT', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    answers.push(answer.status);
  }
  const stored = answers.filter((status) => status === 201).length;
  const limited = answers.filter((status) => status === 429).length;
  assert.ok(stored >= 100, `the burst of a room is taken (${stored})`);
  assert.ok(limited >= 30, `then refused with 429 (${limited} of ${answers.length})`);
  assert.equal(stored + limited, answers.length, `nothing else: ${[...new Set(answers)]}`);
  assert.equal((await documents()).filter((doc) => doc.id.startsWith('burst')).length, stored);
});
