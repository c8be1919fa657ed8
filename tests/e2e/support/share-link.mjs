// The Northshire survey the submission tests use — the built-in instrument as a facilitator sets
// it up — and share links as the set-up page makes them.
import { deflateRawSync, inflateRawSync } from 'node:zlib';

/** The set-up of the Northshire survey (id `id`), sending to the submission `address`. */
export function northshireSetup(address, id = 'northshire') {
  return {
    id,
    version: 1,
    title: 'Northshire practice learning partnership',
    wave: '2026 spring',
    language: 'en',
    threshold: 3,
    groups: [['student', 'Students'], ['staff', 'Staff']],
    partners: [['council', 'Northshire Council'], ['carers-voice', "Carers' Voice"]],
    submission_address: address,
  };
}

/** The share link of `setup` on the app at `appUrl`. */
export function shareLink(appUrl, setup) {
  return `${appUrl}index.html#s1.${deflateRawSync(Buffer.from(JSON.stringify(setup))).toString('base64url')}`;
}

/** The set-up inside a share link. */
export function setupOf(link) {
  return JSON.parse(inflateRawSync(Buffer.from(link.split('#s1.')[1], 'base64url')).toString());
}
