// The design document of a survey's responses database: its validate_doc_update accepts only
// a well-formed new response of that survey (the format in README, "Response format"), and never
// a change or a deletion of one; and the survey's definitions (`survey:<id>:<version>`, published
// from the set-up page) from a user with the `facilitator` role or an administrator only. CouchDB
// runs it on every write, whoever sends it: respondents through the write-only address,
// facilitators' devices, replication.
//
// Usage: node server/couchdb/design-document.mjs <survey id>  > design.json
//        curl -u admin -X PUT https://couch.example/<database>/_design/partnership-pulse \
//             -H 'Content-Type: application/json' -d @design.json
// (in tests, imported: designDocument(surveyId))

/**
 * The function CouchDB runs; `SURVEY_ID` is replaced by the survey's id (as a JSON string). Written
 * with `var` only, for the older JavaScript engine of CouchDB 2 and 3.
 */
const VALIDATE = function (newDoc, oldDoc, userCtx) {
  var SURVEY = SURVEY_ID;
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
      if (['_id', '_rev', '_revisions', 'survey_id', 'survey_version', 'definition'].indexOf(field) === -1) refuse('Unknown field ' + field + '.');
    }
    if (newDoc.survey_id !== SURVEY) refuse('Not a definition of this survey.');
    if (typeof newDoc.survey_version !== 'number' || newDoc.survey_version % 1 !== 0 || newDoc.survey_version < 1) refuse('No survey version.');
    if (newDoc._id !== 'survey:' + SURVEY + ':' + newDoc.survey_version) refuse('The document id must be survey:<survey id>:<version>.');
    var definition = newDoc.definition;
    if (typeof definition !== 'object' || definition === null || definition.id !== SURVEY || definition.version !== newDoc.survey_version) {
      refuse('The definition must be this survey at this version.');
    }
    if (JSON.stringify(newDoc).length > 1048576) refuse('Too large.');
    return;
  }
  if (oldDoc) refuse('A response is never changed once stored.');
  if (newDoc._deleted) refuse('A response is never deleted.');
  const allowed = ['_id', '_rev', '_revisions', 'id', 'survey_id', 'survey_version', 'wave', 'group', 'partner', 'submitted', 'answers'];
  for (const key in newDoc) {
    if (allowed.indexOf(key) === -1) refuse('Unknown field ' + key + '.');
  }
  const safeId = /^[A-Za-z0-9_.-]{1,64}$/;
  if (typeof newDoc.id !== 'string' || !safeId.test(newDoc.id) || newDoc.id !== newDoc._id) refuse('The document id must be the response id.');
  if (newDoc.survey_id !== SURVEY) refuse('Not a response of this survey.');
  if (typeof newDoc.survey_version !== 'number' || newDoc.survey_version % 1 !== 0 || newDoc.survey_version < 1) refuse('No survey version.');
  if (typeof newDoc.wave !== 'string' || newDoc.wave.length > 100) refuse('No wave.');
  if (typeof newDoc.group !== 'string' || !safeId.test(newDoc.group)) refuse('No group.');
  if (newDoc.partner !== undefined && newDoc.partner !== null && (typeof newDoc.partner !== 'string' || !safeId.test(newDoc.partner))) refuse('Bad partner.');
  if (typeof newDoc.submitted !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(newDoc.submitted)) refuse('No day of submission.');
  if (typeof newDoc.answers !== 'object' || newDoc.answers === null || Array.isArray(newDoc.answers)) refuse('No answers.');
  if (JSON.stringify(newDoc).length > 65536) refuse('Too large.');
};

/** The design document for the survey `surveyId`. */
export function designDocument(surveyId) {
  return {
    _id: '_design/partnership-pulse',
    validate_doc_update: VALIDATE.toString().replace('SURVEY_ID', JSON.stringify(surveyId)),
  };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const surveyId = process.argv[2];
  if (!surveyId) {
    console.error('usage: node server/couchdb/design-document.mjs <survey id>');
    process.exit(2);
  }
  console.log(JSON.stringify(designDocument(surveyId), null, 2));
}
