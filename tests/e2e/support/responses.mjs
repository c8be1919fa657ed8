// Responses of the built-in instrument written out for the end-to-end tests' fixtures.

/** A response to the built-in survey (version 2) by a member of `group` from `partner`. */
export function response(id, group, partner, answers) {
  return { id, survey_id: 'partnership-pulse', survey_version: 2, wave: '', group, partner, submitted: '2026-11-01', answers };
}

/** The same answer `value` to each of `items`. */
export const all = (items, value) => Object.fromEntries(items.map((item) => [item, value]));

export const TRUST = ['T1', 'T2', 'T3', 'T4', 'T5'];
export const INCLUSION = ['I1', 'I2', 'I3', 'I4', 'I5', 'I6'];
