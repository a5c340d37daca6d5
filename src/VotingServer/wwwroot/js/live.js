// The hub connection of a staff page or the big screen: WebSockets only with negotiation skipped (one socket),
// reconnecting for ever. After every (re)connect it calls WatchSitting again and reads the progress counts,
// since pushes sent while the page was away are not replayed.
import { api } from './api.js';

const pushes = ['AttendanceChanged', 'BallotOpened', 'BallotClosed', 'ProgressChanged'];
const retryDelay = context => Math.min(1000 * 2 ** context.previousRetryCount, 10000);

/**
 * handlers: state(SittingState), status('connected' | 'reconnecting'), error(message), and one per push name.
 * Resolves after the first attempt to connect; later attempts go on in the background.
 */
export function watchSitting(code, sittingId, handlers) {
  const signalR = window.signalR;
  const connection = new signalR.HubConnectionBuilder()
    .withUrl('/hubs/venue', {
      transport: signalR.HttpTransportType.WebSockets,
      skipNegotiation: true,
      accessTokenFactory: () => code,
    })
    .withAutomaticReconnect({ nextRetryDelayInMilliseconds: retryDelay })
    .configureLogging(signalR.LogLevel.Warning)
    .build();
  for (const name of pushes) if (handlers[name]) connection.on(name, handlers[name]);
  const status = value => handlers.status?.(value);

  const resync = async () => {
    handlers.state?.(await connection.invoke('WatchSitting', sittingId));
    const progress = await api(code, `/api/sittings/${sittingId}/ballots/progress`);
    for (const item of progress) handlers.ProgressChanged?.(item);
    status('connected');
  };
  const failed = error => handlers.error?.(hubMessage(error));
  connection.onreconnecting(() => status('reconnecting'));
  connection.onreconnected(() => resync().catch(failed));
  // The automatic reconnection never gives up, so this is a server restart or a failed first start: try again.
  connection.onclose(() => {
    status('reconnecting');
    setTimeout(start, 3000);
  });

  async function start() {
    try {
      await connection.start();
    } catch {
      status('reconnecting');
      if (connection.state === signalR.HubConnectionState.Disconnected) setTimeout(start, 3000);
      return;
    }
    await resync().catch(failed);
  }
  return start().then(() => connection);
}

/** "[forbidden] 您的凭证无权执行此操作。" inside a hub error → the Chinese message alone. */
export const hubMessage = error => /\[[a-z-]+\] (.*)$/.exec(error?.message ?? '')?.[1] ?? error?.message ?? '';

/** The top bar's connection light. */
export function showLinkStatus(element, value) {
  element.textContent = value === 'connected' ? '● 实时连接正常' : '○ 实时连接中断，正在重新连接…';
  element.classList.toggle('down', value !== 'connected');
}
