// The respondents' write-only address: Debian's nginx with exactly the README's configuration
// (server/nginx/partnership-pulse-submit.conf) in front of PouchDB Server, and the survey's design
// document (server/couchdb/design-document.mjs). Creating a well-formed response works, once;
// reading, listing, following changes, querying, overwriting, deleting and malformed or foreign
// documents are all refused, and nothing reaches the database but the one response.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { createResponseDatabase, startCouch, startNginx } from './support/servers.mjs';

const DATABASE = 'northshire-responses';
const APP_ORIGIN = 'http://127.0.0.1:8080';
let couch;
let proxy;

before(async () => {
  couch = await startCouch();
  await createResponseDatabase(couch.url, DATABASE, 'northshire');
  proxy = await startNginx({ couchPort: couch.port, database: DATABASE, allowedOrigin: APP_ORIGIN });
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

/** Sends `body` (an object, or text as it is) to the write-only address. */
function submit(body, { method = 'POST', path = '', headers = {} } = {}) {
  return fetch(`${proxy.submit}${path}`, {
    method,
    headers: { 'content-type': 'application/json', ...headers },
    body: method === 'GET' || method === 'HEAD' ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
  });
}

/** Every document in the database, read directly (not through the proxy). */
async function documents() {
  const all = await (await fetch(`${couch.url}${DATABASE}/_all_docs?include_docs=true`)).json();
  return all.rows.filter((row) => !row.id.startsWith('_design/')).map((row) => row.doc);
}

test('a well-formed response is created, and a retried submission is stored once', async () => {
  const first = await submit(response('r0001'));
  assert.equal(first.status, 201, await first.text());
  // The answer is CouchDB's receipt of this one document: nothing of anyone else's answers.
  const again = await submit(response('r0001'));
  assert.ok([409, 403].includes(again.status), `the retry is refused (${again.status})`);
  const stored = await documents();
  assert.deepEqual(stored.map((doc) => doc.id), ['r0001']);
  assert.equal(stored[0].answers.O1, 'More notice, please.');
});

test('nothing can be read, listed, followed or queried through the address', async () => {
  await submit(response('r0002'));
  const attempts = [
    ['GET', ''],
    ['HEAD', ''],
    ['GET', '/r0002'],
    ['GET', '/_all_docs'],
    ['GET', '/_changes'],
    ['POST', '/_find'],
    ['POST', '/_bulk_docs'],
    ['POST', '/_all_docs'],
    ['GET', '/_design/partnership-pulse'],
    ['POST', '?new_edits=false'],
    ['POST', '?batch=ok'],
  ];
  for (const [method, path] of attempts) {
    const answer = await submit(method === 'POST' ? { selector: {}, keys: ['r0002'], docs: [] } : undefined, { method, path });
    assert.ok([400, 404, 405].includes(answer.status), `${method} ${path || '(the address)'} answered ${answer.status}`);
    const text = await answer.text();
    assert.ok(!text.includes('r0002') && !text.includes('student'), `${method} ${path}: nothing of a response in ${text.slice(0, 80)}`);
  }
  // The rest of the site's address space is not CouchDB's either.
  for (const path of [`${DATABASE}/_all_docs`, `${DATABASE}/r0002`, '_all_dbs', '_utils/']) {
    assert.equal((await fetch(`${proxy.url}${path}`)).status, 404, path);
  }
});

test('overwriting, deleting and changing a stored response are refused, and it stays as it was', async () => {
  await submit(response('r0003'));
  const { _rev: rev } = await (await fetch(`${couch.url}${DATABASE}/r0003`)).json();
  const overwrite = await submit(response('r0003', { _rev: rev, group: 'university' }));
  assert.equal(overwrite.status, 403, 'a new version of it');
  const deleted = await submit({ _id: 'r0003', _rev: rev, _deleted: true });
  assert.equal(deleted.status, 403, 'a deletion posted as a document');
  for (const method of ['PUT', 'DELETE', 'PATCH', 'COPY']) {
    assert.equal((await submit(response('r0003'), { method })).status, 405, method);
  }
  const stored = await (await fetch(`${couch.url}${DATABASE}/r0003`)).json();
  assert.equal(stored._rev, rev);
  assert.equal(stored.group, 'student');
});

function nestedThousandDeep() {
  let value = 4;
  for (let depth = 0; depth < 1000; depth += 1) value = { a: value };
  return value;
}

test('malformed documents, another survey\'s responses and oversized bodies are refused', async () => {
  const refused = [
    ['not JSON', '{"_id": "r0100", '],
    ['no group', response('r0101', { group: undefined })],
    ['another survey', response('r0102', { survey_id: 'elsewhere' })],
    ['an id that is not the response id', response('r0103', { id: 'r9999' })],
    ['an unknown field', response('r0104', { _attachments: { 'x.txt': { content_type: 'text/plain', data: 'eA==' } } })],
    ['an impossible day format', response('r0105', { submitted: '24/11/2026' })],
    ['answers that are not a map', response('r0106', { answers: [1, 2] })],
    ['a new document deleted at once', { ...response('r0107'), _deleted: true }],
    // Stored, these would be skipped by every dashboard: the database and the figures would disagree.
    ['answers nested a thousand deep', response('r0109', { answers: { T1: nestedThousandDeep() } })],
    ['a partner rating that is not a number', response('r0110', { answers: { PV: { council: { gain: 'high' } } } })],
    ['a choice that is not an option id', response('r0111', { answers: { IX: [{ group: 'student' }] } })],
  ];
  // (A design document posted here is refused by CouchDB itself, which lets only administrators
  // write one, and the submitter is never an administrator. PouchDB Server here runs as an
  // "admin party", where everyone is one, so that case cannot be shown with it.)
  for (const [what, body] of refused) {
    const answer = await submit(body);
    assert.ok([400, 403].includes(answer.status), `${what}: ${answer.status}`);
  }
  const large = response('r0108', { answers: { O1: 'x'.repeat(70 * 1024) } });
  assert.equal((await submit(large)).status, 413, 'over 64 KB never reaches CouchDB');
  const ids = (await documents()).map((doc) => doc.id);
  for (const id of ['r0100', 'r0101', 'r0102', 'r0103', 'r0104', 'r0105', 'r0106', 'r0107', 'r0108', 'r0109', 'r0110', 'r0111', 'r9999']) {
    assert.ok(!ids.includes(id), `${id} was not stored`);
  }
});

test('a survey page on another site may submit (CORS), and only with POST', async () => {
  const preflight = await fetch(proxy.submit, {
    method: 'OPTIONS',
    headers: { origin: APP_ORIGIN, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' },
  });
  assert.equal(preflight.status, 204);
  assert.equal(preflight.headers.get('access-control-allow-origin'), APP_ORIGIN);
  assert.equal(preflight.headers.get('access-control-allow-methods'), 'POST');
  const created = await submit(response('r0200'), { headers: { origin: APP_ORIGIN } });
  assert.equal(created.status, 201);
  assert.equal(created.headers.get('access-control-allow-origin'), APP_ORIGIN);
  assert.equal(created.headers.get('set-cookie'), null);
});
