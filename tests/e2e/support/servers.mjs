// The real servers of the scale path, started by the tests themselves on loopback ports:
// PouchDB Server (npm, CouchDB-compatible, in memory) as the facilitators' CouchDB, and Debian's
// nginx in front of it with exactly the configuration the README gives hosts.
import { spawn } from 'node:child_process';
import { mkdtemp, rm, writeFile, mkdir } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { designDocument } from '../../../server/couchdb/design-document.mjs';

const NGINX = process.env.NGINX || '/usr/sbin/nginx';

/** A free loopback port. */
export async function freePort() {
  const probe = createServer();
  await new Promise((done) => probe.listen(0, '127.0.0.1', done));
  const { port } = probe.address();
  await new Promise((done) => probe.close(done));
  return port;
}

/** Polls `url` until it answers (any status), for at most 20 s. */
async function answering(url, what) {
  for (let attempt = 0; attempt < 200; attempt += 1) {
    try {
      await fetch(url);
      return;
    } catch {
      await new Promise((done) => setTimeout(done, 100));
    }
  }
  throw new Error(`${what} did not start at ${url}`);
}

/** Starts a process whose output is kept for the error message if it dies. */
function started(command, args, cwd) {
  const child = spawn(command, args, { cwd, stdio: ['ignore', 'pipe', 'pipe'] });
  child.output = '';
  child.stdout.on('data', (data) => (child.output += data));
  child.stderr.on('data', (data) => (child.output += data));
  return child;
}

/** Stops `child` and waits for it to be gone. */
async function stopped(child) {
  if (child.exitCode !== null || child.signalCode !== null) return;
  const gone = new Promise((done) => child.once('exit', done));
  child.kill('SIGTERM');
  await gone;
}

/**
 * PouchDB Server on a free loopback port (or `port`), run in a folder of its own (it writes its
 * configuration and log where it runs): in memory, or with `{ folder }` on disk there, so that a
 * server stopped and started again on the same port and folder still has its databases.
 * `.url` ends with a slash; `.stop()` (the folder is removed unless it was given).
 */
export async function startCouch(port, { folder: given } = {}) {
  const folder = given ?? (await mkdtemp(join(tmpdir(), 'pp-couch-')));
  const port_ = port ?? (await freePort());
  const bin = resolve('node_modules/.bin/pouchdb-server');
  const storage = given ? ['--dir', folder] : ['--in-memory'];
  const child = started(bin, [...storage, '--host', '127.0.0.1', '--port', String(port_), '--no-stdout-logs'], folder);
  const url = `http://127.0.0.1:${port_}/`;
  await answering(url, `PouchDB Server (${child.output})`);
  return {
    url,
    port: port_,
    folder,
    stop: async () => {
      await stopped(child);
      if (!given) await rm(folder, { recursive: true, force: true });
    },
  };
}

/** HTTP Basic credentials. */
export const basic = (user, password) => `Basic ${Buffer.from(`${user}:${password}`).toString('base64')}`;
/** The administrator of [`startProductionCouch`]. */
export const ADMIN = basic('admin', 'admin-secret');

/**
 * PouchDB Server on disk with an administrator, as production runs CouchDB: no longer an "admin
 * party" (where everyone is an administrator), so the rules hold for everyone else.
 */
export async function startProductionCouch() {
  const folder = await mkdtemp(join(tmpdir(), 'pp-couch-users-'));
  const couch = await startCouch(undefined, { folder });
  const admin = await fetch(`${couch.url}_config/admins/admin`, { method: 'PUT', body: '"admin-secret"' });
  if (!admin.ok) throw new Error(`setting the administrator: ${admin.status}`);
  return {
    ...couch,
    stop: async () => {
      await couch.stop();
      await rm(folder, { recursive: true, force: true });
    },
  };
}

/**
 * What the host does for a survey on a production server (docs/operating/database.md): its
 * database, the `submitter` user (a member with no role), each of `facilitators` (members with
 * the facilitator role; password `<name>-secret`) and the design document. Returns the
 * submitter's credentials, as nginx is given them.
 */
export async function setUpSurveyDatabase(couch, { database, surveyId, invitations = null, sealed = false, facilitators = [] }) {
  const asAdmin = async (path, method, body) => {
    const answer = await fetch(`${couch.url}${path}`, {
      method,
      headers: { 'content-type': 'application/json', authorization: ADMIN },
      body: JSON.stringify(body),
    });
    if (!answer.ok) throw new Error(`${method} ${path}: ${answer.status} ${await answer.text()}`);
  };
  await asAdmin(database, 'PUT');
  const users = [['submitter', []], ...facilitators.map((name) => [name, ['facilitator']])];
  for (const [name, roles] of users) {
    await asAdmin(`_users/org.couchdb.user:${name}`, 'PUT', { name, password: `${name}-secret`, roles, type: 'user' });
  }
  await asAdmin(`${database}/_security`, 'PUT', { members: { names: users.map(([name]) => name) }, admins: { names: [] } });
  await asAdmin(`${database}/_design/partnership-pulse`, 'PUT', designDocument(surveyId, invitations, sealed));
  return { submitter: basic('submitter', 'submitter-secret') };
}

/**
 * Debian's nginx on a free loopback port, serving server/nginx/partnership-pulse-submit.conf
 * unchanged inside a minimal site, in front of the CouchDB at `couchPort`; on `port` when given
 * (a server brought back where it was), else a free one.
 */
export async function startNginx({ couchPort, database, submitter = '', allowedOrigin = '', port: wanted, rate = '5r/s' }) {
  const folder = await mkdtemp(join(tmpdir(), 'pp-nginx-'));
  await mkdir(join(folder, 'logs'));
  const port = wanted ?? (await freePort());
  const snippet = resolve('server/nginx/partnership-pulse-submit.conf');
  const config = `daemon off;
worker_processes 1;
pid ${folder}/nginx.pid;
error_log ${folder}/logs/error.log warn;
events { worker_connections 256; }
http {
  access_log off;
  client_body_temp_path ${folder}/body;
  proxy_temp_path ${folder}/proxy;
  fastcgi_temp_path ${folder}/fastcgi;
  uwsgi_temp_path ${folder}/uwsgi;
  scgi_temp_path ${folder}/scgi;
  upstream partnership_pulse_couchdb { server 127.0.0.1:${couchPort}; }
  limit_req_zone $binary_remote_addr zone=partnership_pulse_submit:1m rate=${rate};
  server {
    listen 127.0.0.1:${port};
    set $pp_database "${database}";
    set $pp_submitter "${submitter}";
    set $pp_allowed_origin "${allowedOrigin}";
    include ${snippet};
    location / { return 404; }
  }
}
`;
  await writeFile(join(folder, 'nginx.conf'), config);
  const child = started(NGINX, ['-p', folder, '-c', join(folder, 'nginx.conf')], folder);
  const url = `http://127.0.0.1:${port}/`;
  await answering(url, `nginx (${child.output})`);
  return {
    url,
    submit: `${url}partnership-pulse/submit`,
    stop: async () => {
      await stopped(child);
      await rm(folder, { recursive: true, force: true });
    },
  };
}

/**
 * Creates `database` on the CouchDB at `couchUrl` with the design document that accepts only new,
 * well-formed responses of `surveyId` (with one of `invitations`, for a survey by invitation), as
 * the production set-up does (docs/operating.md); throws if refused.
 */
export async function createResponseDatabase(couchUrl, database, surveyId, invitations = null, sealed = false) {
  const created = await fetch(`${couchUrl}${database}`, { method: 'PUT' });
  if (created.status !== 201) throw new Error(`creating ${database}: ${created.status}`);
  const design = await fetch(`${couchUrl}${database}/_design/partnership-pulse`, {
    method: 'PUT',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(designDocument(surveyId, invitations, sealed)),
  });
  if (design.status !== 201) throw new Error(`the design document: ${design.status} ${await design.text()}`);
}

