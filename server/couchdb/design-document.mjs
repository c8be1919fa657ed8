// The design document of a survey's responses database: its validate_doc_update accepts only
// a well-formed new response of that survey (the format in docs/formats/response.md), and never
// a change or a deletion of one; and the survey's definitions (`survey:<id>:<version>`, published
// from the set-up page) from a user with the `facilitator` role or an administrator only. CouchDB
// runs it on every write, whoever sends it: respondents through the write-only address,
// facilitators' devices, replication.
//
// A survey by invitation (docs/operating.md, "Invitations") is given its survey file as well:
// the function then holds the hashes of the invitation codes the survey made, never a code, and
// accepts a response only under the id `inv-<code>` of a code whose hash is listed (for the
// group the code is for), so each code writes once.
//
// A sealed survey (its file has a `seal_key`, docs/formats/sealed-responses.md) takes sealed
// responses only: the envelope (`id`, `survey_id`, `survey_version`, `sealed`) and nothing in
// clear. The group an invitation is for is then checked by the dashboard once a response is
// opened, since the database cannot see it. A published definition may carry its wrapped key.
//
// Usage: node server/couchdb/design-document.mjs <survey id> [<survey file>.survey.json]  > design.json
//        curl -u admin -X PUT https://couch.example/<database>/_design/partnership-pulse \
//             -H 'Content-Type: application/json' -d @design.json
// (in tests, imported: designDocument(surveyId, invitations))
import { readFileSync } from 'node:fs';

/**
 * The function CouchDB runs; `SURVEY_ID` is replaced by the survey's id (as a JSON string). Written
 * with `var` only, for the older JavaScript engine of CouchDB 2 and 3.
 */
const VALIDATE = function (newDoc, oldDoc, userCtx) {
  var SURVEY = SURVEY_ID;
  var INVITED = INVITATIONS;
  var SEALED = SEALED_ONLY;
  var refuse = function (why) {
    throw { forbidden: why };
  };
  if (newDoc._id.indexOf('_design/') === 0) {
    if (userCtx.roles.indexOf('_admin') === -1) refuse('Only an administrator changes the design document.');
    return;
  }
  if (newDoc._id.indexOf('survey:') === 0) {
    if (userCtx.roles.indexOf('_admin') === -1 && userCtx.roles.indexOf('facilitator') === -1) {
      refuse('Only a facilitator publishes a survey.');
    }
    if (newDoc._deleted) refuse('A published survey is never deleted.');
    for (var field in newDoc) {
      if (['_id', '_rev', '_revisions', 'survey_id', 'survey_version', 'definition', 'key'].indexOf(field) === -1) refuse('Unknown field ' + field + '.');
    }
    if (newDoc.survey_id !== SURVEY) refuse('Not a definition of this survey.');
    if (typeof newDoc.survey_version !== 'number' || newDoc.survey_version % 1 !== 0 || newDoc.survey_version < 1) refuse('No survey version.');
    if (newDoc._id !== 'survey:' + SURVEY + ':' + newDoc.survey_version) refuse('The document id must be survey:<survey id>:<version>.');
    var definition = newDoc.definition;
    if (typeof definition !== 'object' || definition === null || definition.id !== SURVEY || definition.version !== newDoc.survey_version) {
      refuse('The definition must be this survey at this version.');
    }
    if (newDoc.key !== undefined) {
      // The private key wrapped under the facilitators' passphrase: its shape only, never more.
      var key = newDoc.key, base64url = /^[A-Za-z0-9_-]{1,1000}$/;
      if (typeof key !== 'object' || key === null || key.scheme !== 'p256-hkdf-sha256-aes256gcm') refuse('The key is not a wrapped survey key.');
      if (key.public_key !== definition.seal_key) refuse('The key is not this definition\'s.');
      if (typeof key.iterations !== 'number' || key.iterations < 600000 || key.iterations > 10000000) refuse('The key is wrapped too weakly.');
      if (![key.salt, key.iv, key.wrapped].every(function (part) { return typeof part === 'string' && base64url.test(part); })) refuse('The key is damaged.');
    }
    if (JSON.stringify(newDoc).length > 1048576) refuse('Too large.');
    return;
  }
  if (oldDoc) refuse('A response is never changed once stored.');
  if (newDoc._deleted) refuse('A response is never deleted.');
  var allowed = SEALED
    ? ['_id', '_rev', '_revisions', 'id', 'survey_id', 'survey_version', 'sealed']
    : ['_id', '_rev', '_revisions', 'id', 'survey_id', 'survey_version', 'wave', 'group', 'partner', 'submitted', 'answers'];
  for (var field in newDoc) {
    if (allowed.indexOf(field) === -1) refuse(SEALED ? 'This survey takes sealed responses only.' : 'Unknown field ' + field + '.');
  }
  var safeId = /^[A-Za-z0-9_.-]{1,64}$/;
  if (typeof newDoc.id !== 'string' || !safeId.test(newDoc.id) || newDoc.id !== newDoc._id) refuse('The document id must be the response id.');
  if (newDoc.survey_id !== SURVEY) refuse('Not a response of this survey.');
  if (typeof newDoc.survey_version !== 'number' || newDoc.survey_version % 1 !== 0 || newDoc.survey_version < 1) refuse('No survey version.');
  if (SEALED) {
    // A format byte, a 65-byte key, at least a byte of JSON and a 16-byte tag, in base64url; at
    // most a 64 KiB response sealed.
    if (typeof newDoc.sealed !== 'string' || !/^[A-Za-z0-9_-]{111,90000}$/.test(newDoc.sealed)) refuse('Not a sealed response.');
  }
  if (!SEALED) {
    if (typeof newDoc.wave !== 'string' || newDoc.wave.length > 100) refuse('No wave.');
    if (typeof newDoc.group !== 'string' || !safeId.test(newDoc.group)) refuse('No group.');
    if (newDoc.partner !== undefined && newDoc.partner !== null && (typeof newDoc.partner !== 'string' || !safeId.test(newDoc.partner))) refuse('Bad partner.');
    if (typeof newDoc.submitted !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(newDoc.submitted)) refuse('No day of submission.');
    if (typeof newDoc.answers !== 'object' || newDoc.answers === null || Array.isArray(newDoc.answers)) refuse('No answers.');
    // Each answer one of the four shapes of docs/formats/response.md, two levels deep at most:
    // anything else (answers nested a thousand deep) would be stored and then skipped by every
    // dashboard, so the database and the figures would disagree.
    var isMap = function (value) { return typeof value === 'object' && value !== null && !Array.isArray(value); };
    var isRow = function (row) {
      return isMap(row) && Object.keys(row).every(function (question) { return safeId.test(question) && typeof row[question] === 'number'; });
    };
    for (var item in newDoc.answers) {
      var answer = newDoc.answers[item];
      var shaped = typeof answer === 'number' || (typeof answer === 'string' && answer.length <= 20000) ||
        (Array.isArray(answer) && answer.every(function (choice) { return typeof choice === 'string' && safeId.test(choice); })) ||
        (isMap(answer) && Object.keys(answer).every(function (partner) { return safeId.test(partner) && isRow(answer[partner]); }));
      if (!safeId.test(item) || !shaped) refuse('Answer ' + item.slice(0, 64) + ' is not an answer.');
    }
  }
  if (JSON.stringify(newDoc).length > (SEALED ? 92160 : 65536)) refuse('Too large.');
  if (INVITED !== null) {
    var code = /^inv-([0-9A-HJKMNP-TV-Z]{12})$/.exec(newDoc._id);
    if (!code) refuse('This survey counts only responses with an invitation code.');
    var hash = sha256Hex('pulse-invitation:' + SURVEY + ':' + code[1]).slice(0, 32);
    if (!Object.prototype.hasOwnProperty.call(INVITED, hash)) refuse('This is not an invitation code of this survey.');
    if (!SEALED && INVITED[hash] !== '' && INVITED[hash] !== newDoc.group) refuse('This invitation is for another group.');
  }

  /** SHA-256 of a string's UTF-8 bytes, in hexadecimal (CouchDB's JavaScript has no crypto). */
  function sha256Hex(text) {
    var bytes = unescape(encodeURIComponent(text));
    var rotate = function (x, n) { return (x >>> n) | (x << (32 - n)); };
    var fraction = function (x) { return ((x - Math.floor(x)) * 4294967296) | 0; };
    var state = [], rounds = [], found = 0, n, i, j;
    for (n = 2; found < 64; n++) {
      for (i = 2; i * i <= n && n % i !== 0; i++);
      if (i * i > n) {
        if (found < 8) state[found] = fraction(Math.sqrt(n));
        rounds[found++] = fraction(Math.pow(n, 1 / 3));
      }
    }
    var words = [];
    for (i = 0; i < bytes.length; i++) words[i >> 2] |= bytes.charCodeAt(i) << (24 - (i % 4) * 8);
    words[bytes.length >> 2] |= 0x80 << (24 - (bytes.length % 4) * 8);
    words[(((bytes.length + 8) >> 6) << 4) + 15] = bytes.length * 8;
    for (i = 0; i < words.length; i += 16) {
      var w = [], a = state[0], b = state[1], c = state[2], d = state[3], e = state[4], f = state[5], g = state[6], h = state[7];
      for (j = 0; j < 64; j++) {
        if (j < 16) {
          w[j] = words[i + j] | 0;
        } else {
          var s0 = rotate(w[j - 15], 7) ^ rotate(w[j - 15], 18) ^ (w[j - 15] >>> 3);
          var s1 = rotate(w[j - 2], 17) ^ rotate(w[j - 2], 19) ^ (w[j - 2] >>> 10);
          w[j] = (w[j - 16] + s0 + w[j - 7] + s1) | 0;
        }
        var t1 = (h + (rotate(e, 6) ^ rotate(e, 11) ^ rotate(e, 25)) + ((e & f) ^ (~e & g)) + rounds[j] + w[j]) | 0;
        var t2 = ((rotate(a, 2) ^ rotate(a, 13) ^ rotate(a, 22)) + ((a & b) ^ (a & c) ^ (b & c))) | 0;
        h = g; g = f; f = e; e = (d + t1) | 0; d = c; c = b; b = a; a = (t1 + t2) | 0;
      }
      var next = [a, b, c, d, e, f, g, h];
      for (j = 0; j < 8; j++) state[j] = (state[j] + next[j]) | 0;
    }
    var hex = '';
    for (j = 0; j < 8; j++) hex += ('0000000' + (state[j] >>> 0).toString(16)).slice(-8);
    return hex;
  }
};

/**
 * The design document for the survey `surveyId`; `invitations`, for a survey by invitation, is
 * its definition's `invitations.made` (hashes, and the group each is for); `sealed`, for a survey
 * with a key, takes sealed responses only.
 */
export function designDocument(surveyId, invitations = null, sealed = false) {
  let invited = null;
  if (invitations) {
    invited = {};
    for (const { hash, group = '' } of invitations) invited[hash] = group;
  }
  return {
    _id: '_design/partnership-pulse',
    validate_doc_update: VALIDATE.toString()
      .replace('SURVEY_ID', JSON.stringify(surveyId))
      .replace('INVITATIONS', JSON.stringify(invited))
      .replace('SEALED_ONLY', JSON.stringify(Boolean(sealed))),
  };
}

/** The invitations a survey file lists (`null` when anyone with the link may respond), and whether it is sealed. */
export function surveyFileRules(path) {
  const survey = JSON.parse(readFileSync(path, 'utf8'));
  return { invitations: survey.invitations ? survey.invitations.made || [] : null, sealed: Boolean(survey.seal_key) };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [surveyId, surveyFile] = process.argv.slice(2);
  if (!surveyId) {
    console.error('usage: node server/couchdb/design-document.mjs <survey id> [<survey file>.survey.json]');
    process.exit(2);
  }
  const { invitations, sealed } = surveyFile ? surveyFileRules(surveyFile) : { invitations: null, sealed: false };
  console.log(JSON.stringify(designDocument(surveyId, invitations, sealed), null, 2));
}
