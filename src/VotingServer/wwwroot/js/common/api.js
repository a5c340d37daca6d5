// The venue server's HTTP API with a credential code as bearer token. A refusal throws a VenueError with the
// ProblemDetails' code and Chinese title.
import { unreachable, VenueError } from './errors.js';

/**
 * `json` is sent as JSON; `file` (a File or Blob) as the raw body; no credential (null) for a public endpoint.
 * Returns parsed JSON, text for HTML, or null for 204.
 */
export async function api(code, path, { method = 'GET', json, file } = {}) {
  const headers = code ? { Authorization: `Bearer ${code}` } : {};
  let body;
  if (json !== undefined) {
    headers['Content-Type'] = 'application/json';
    body = JSON.stringify(json);
  } else if (file !== undefined) {
    headers['Content-Type'] = file.type || 'application/octet-stream';
    body = file;
  }
  let response;
  try {
    response = await fetch(path, { method, headers, body, cache: 'no-store' });
  } catch {
    throw unreachable();
  }
  if (!response.ok) throw await refusal(response);
  if (response.status === 204) return null;
  const type = response.headers.get('Content-Type') ?? '';
  return type.includes('json') ? response.json() : response.text();
}

async function refusal(response) {
  const problem = await response.json().catch(() => ({}));
  // The venue server gives every refusal a code; an answer without one is not the server's word: try again later.
  if (!problem.code) return unreachable();
  return new VenueError(problem.code, problem.title, problem.errors ?? []);
}

/** An API bound to one credential: const call = client(code); await call('/api/me'). */
export const client = (code) => (path, options) => api(code, path, options);
