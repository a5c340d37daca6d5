// Errors carry the server's stable code (for the logic) and its Chinese message (for the deputy), protocol section 7.

export class VenueError extends Error {
  /** `code` is null when the server was not reached: the request may be tried again as it is. */
  constructor(code, message) {
    super(message);
    this.code = code;
  }
}

const unreachable = "无法连接会场服务器，请检查无线网络后重试。";

/** GET an /api path with the credential; a refusal throws a VenueError with the ProblemDetails' code and title. */
export async function getJson(path, credential) {
  let response;
  try {
    response = await fetch(path, { headers: { Authorization: `Bearer ${credential}` }, cache: "no-store" });
  } catch {
    throw new VenueError(null, unreachable);
  }
  if (response.ok) return response.json();
  const problem = await response.json().catch(() => ({}));
  // A proxy or a restarting server answers without a ProblemDetails: that is not a refusal, try again later.
  if (!problem.code) throw new VenueError(null, unreachable);
  throw new VenueError(problem.code, problem.title);
}

/**
 * A failed hub invocation: "… HubException: [code] 中文说明" (protocol 7.2). Anything else means the call never got
 * an answer (the connection closed or was not open), so it may be sent again.
 */
export function hubError(error) {
  const message = error?.message ?? "";
  const match = /\[([a-z-]+)\] (.*)$/s.exec(message);
  if (match) return new VenueError(match[1], match[2]);
  if (message.includes("error on the server") || message.includes("invoking")) return new VenueError("server-error", "服务器无法处理该请求，请联系会务技术人员。");
  return new VenueError(null, unreachable);
}
