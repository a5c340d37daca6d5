// The venue server's HTTP API. Errors carry the server's code and its Chinese message (ProblemDetails title).

export class ApiError extends Error {
  constructor(status, code, message, errors = []) {
    super(message);
    this.status = status;
    this.code = code;
    this.errors = errors;
  }
}

/**
 * Calls the API with the credential code as bearer token. `json` is sent as JSON; `file` (a File or Blob) as
 * the raw body. Returns parsed JSON, text for HTML, or null for 204.
 */
export async function api(code, path, { method = 'GET', json, file } = {}) {
  const headers = { Authorization: `Bearer ${code}` };
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
    response = await fetch(path, { method, headers, body });
  } catch {
    throw new ApiError(0, 'network', '无法连接会场服务器，请检查网络后重试。');
  }
  if (!response.ok) throw await toError(response);
  if (response.status === 204) return null;
  const type = response.headers.get('Content-Type') ?? '';
  return type.includes('json') ? response.json() : response.text();
}

async function toError(response) {
  try {
    const problem = await response.json();
    return new ApiError(response.status, problem.code ?? `http-${response.status}`, problem.title ?? '请求失败。', problem.errors ?? []);
  } catch {
    return new ApiError(response.status, `http-${response.status}`, `请求失败（HTTP ${response.status}）。`);
  }
}

/** An API bound to one credential: const call = client(code); await call('/api/me'). */
export const client = code => (path, options) => api(code, path, options);
