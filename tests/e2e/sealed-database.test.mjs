// A sealed survey's database (server/couchdb/design-document.mjs with the survey's `seal_key`):
// it takes sealed responses only — the envelope, nothing in clear — and a published definition may
// carry its wrapped key, checked for shape and strength. The envelopes here are from the fixture
// RustCrypto sealed (core/tests/fixtures/sealed-natively.json), so they are real ones.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { createResponseDatabase, startCouch } from './support/servers.mjs';

const DATABASE = 'sealed-responses';
let couch;
let fixture;

before(async () => {
  fixture = JSON.parse(await readFile('core/tests/fixtures/sealed-natively.json', 'utf8'));
  couch = await startCouch();
  await createResponseDatabase(couch.url, DATABASE, 'partnership-pulse', null, true);
});

after(async () => {
  await couch?.stop();
});

function put(id, body) {
  return fetch(`${couch.url}${DATABASE}/${encodeURIComponent(id)}`, {
    method: 'PUT',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ _id: id, ...body }),
  });
}

async function reason(answer) {
  return (await answer.json()).reason;
}

test('a sealed survey\'s database stores envelopes and refuses anything in clear', async () => {
  const [envelope] = fixture.sealed;
  const stored = await put(envelope.id, envelope);
  assert.equal(stored.status, 201, await stored.text());
  const clear = fixture.inside[1];
  const refused = [
    ['a response in clear', clear.id, clear],
    ['an envelope with its group in clear', 'r-3', { ...envelope, id: 'r-3', group: 'student' }],
    ['an envelope with its answers in clear', 'r-4', { ...envelope, id: 'r-4', answers: { T1: 4 } }],
    ['sealed bytes too short to hold a key and a tag', 'r-5', { ...envelope, id: 'r-5', sealed: 'AQ'.repeat(20) }],
    ['sealed text that is not base64url', 'r-6', { ...envelope, id: 'r-6', sealed: `${envelope.sealed.slice(0, 200)}+/=` }],
    ['another survey', 'r-7', { ...envelope, id: 'r-7', survey_id: 'elsewhere' }],
  ];
  for (const [what, id, body] of refused) {
    const answer = await put(id, body);
    assert.equal(answer.status, 403, `${what}: ${answer.status}`);
    assert.ok((await reason(answer)).length > 0, what);
  }
  assert.equal(await reason(await put(clear.id, clear)), 'This survey takes sealed responses only.');
  const all = await (await fetch(`${couch.url}${DATABASE}/_all_docs`)).json();
  assert.deepEqual(all.rows.map((row) => row.id).filter((id) => !id.startsWith('_design/')), [envelope.id]);
});

test('a published definition carries its wrapped key only when it is this definition\'s and wrapped strongly', async () => {
  const definition = { id: 'partnership-pulse', version: 3, seal_key: fixture.key.public_key };
  const publish = (version, key) =>
    put(`survey:partnership-pulse:${version}`, { survey_id: 'partnership-pulse', survey_version: version, definition: { ...definition, version }, key });
  assert.equal((await publish(3, fixture.key)).status, 201);
  const weak = await publish(4, { ...fixture.key, iterations: 1000 });
  assert.equal(weak.status, 403);
  assert.equal(await reason(weak), 'The key is wrapped too weakly.');
  const other = await publish(5, { ...fixture.key, public_key: `B${fixture.key.public_key.slice(1, -1)}A` });
  assert.equal(await reason(other), 'The key is not this definition\'s.');
  const damaged = await publish(6, { ...fixture.key, wrapped: 'not base64url!' });
  assert.equal(await reason(damaged), 'The key is damaged.');
});
