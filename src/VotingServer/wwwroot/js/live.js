// The hub link of a staff page or the big screen. After every (re)connect it calls WatchSitting again and reads the
// progress counts, since pushes sent while the page was away are not replayed.
import { api } from '/js/common/api.js';
import { hubError } from '/js/common/errors.js';
import { HubLink } from '/js/common/hubLink.js';
import { firstServer } from '/js/common/hall.js';

const pushes = [
  'AttendanceChanged',
  'BallotOpened',
  'BallotClosed',
  'ProgressChanged',
  'ConfirmationsChanged',
  'AgendaChanged',
  'CountRecordSigned',
];

/**
 * handlers: state(SittingState), status('connected' | 'reconnecting'), error(message), and one per push name.
 * servers: the hall's servers (hall.js) to move between when the connection is lost; the page's own alone if not given.
 */
export function watchSitting(code, sittingId, handlers, servers = ['']) {
  const status = (value) => handlers.status?.(value);
  const link = new HubLink(
    code,
    {
      async connected() {
        try {
          handlers.state?.(await link.invoke('WatchSitting', sittingId));
          const progress = await api(code, `${link.server}/api/sittings/${sittingId}/ballots/progress`);
          for (const item of progress) handlers.ProgressChanged?.(item);
          status('connected');
        } catch (error) {
          handlers.error?.(hubError(error).message);
        }
      },
      disconnected: () => status('reconnecting'),
      pushes: Object.fromEntries(pushes.filter((name) => handlers[name]).map((name) => [name, handlers[name]])),
    },
    servers,
    firstServer(servers),
  );
  link.start();
  return link;
}

/** The top bar's connection light. */
export function showLinkStatus(element, value) {
  element.textContent = value === 'connected' ? '● 实时连接正常' : '○ 实时连接中断，正在重新连接…';
  element.classList.toggle('down', value !== 'connected');
}
