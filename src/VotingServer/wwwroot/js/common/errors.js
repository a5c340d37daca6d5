// Errors carry the server's stable code (for the logic) and its Chinese message (for people), protocol section 7.

export class VenueError extends Error {
  /**
   * `code` is null when the server was not reached or did not answer for itself (a proxy, a restart): the request
   * may be tried again as it is. `errors` are ProblemDetails' per-row errors (a roster file's lines).
   */
  constructor(code, message, errors = []) {
    super(message);
    this.code = code;
    this.errors = errors;
  }
}

export const unreachable = () => new VenueError(null, '无法连接会场服务器，请检查网络后重试。');

/**
 * A failed hub invocation: "… HubException: [code] 中文说明" (protocol 7.2). Anything else means the call never got
 * an answer (the connection closed or was not open), so it may be sent again.
 */
export function hubError(error) {
  if (error instanceof VenueError) return error;
  const message = error?.message ?? '';
  const match = /\[([a-z-]+)\] (.*)$/s.exec(message);
  if (match) return new VenueError(match[1], match[2]);
  if (message.includes('error on the server') || message.includes('invoking')) {
    return new VenueError('server-error', '服务器无法处理该请求，请联系会务技术人员。');
  }
  return unreachable();
}
