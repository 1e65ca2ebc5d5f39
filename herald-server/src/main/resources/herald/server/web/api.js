// Talks to Herald's REST API (same origin only). Every call has a time limit, and a refusal's JSON message is
// shown to the user as text.

export class ApiFailure extends Error {
  constructor(status, code, message) {
    super(message);
    this.status = status;
    this.code = code;
  }
}

const TIMEOUT_MS = 90_000;

export async function getJson(path, params) {
  const query = new URLSearchParams();
  for (const [k, v] of Object.entries(params || {})) if (v !== null && v !== undefined && v !== '') query.set(k, v);
  const q = query.toString();
  return call(q ? path + '?' + q : path, {method: 'GET'});
}

export async function postJson(path, body) {
  return call(path, {method: 'POST', headers: {'Content-Type': 'application/json'}, body: JSON.stringify(body)});
}

async function call(url, init) {
  const abort = new AbortController();
  const timer = setTimeout(() => abort.abort(), TIMEOUT_MS);
  let response;
  try {
    response = await fetch(url, {...init, signal: abort.signal, credentials: 'same-origin', cache: 'no-store'});
  } catch (e) {
    throw new ApiFailure(0, 'network', abort.signal.aborted ? 'Herald did not answer in time.' : 'Herald cannot be reached.');
  } finally {
    clearTimeout(timer);
  }
  let body = null;
  try {
    body = await response.json();
  } catch (e) {
    body = null;
  }
  if (!response.ok) {
    const message = body && typeof body.message === 'string' ? body.message : 'request failed (' + response.status + ')';
    throw new ApiFailure(response.status, body && body.error, message);
  }
  return body;
}
