// The big screen (大屏) of the hall: opened with the viewer link the secretariat creates (/screen/#CODE; the part
// after "#" never leaves the browser), it watches its one sitting and shows what the hall should see.
import { api } from '/js/common/api.js';
import { $, fill, h } from '/js/common/dom.js';
import { BallotState } from '/js/common/ballots.js';
import { Role } from '/js/common/roles.js';
import { hallServers } from '/js/common/hall.js';
import { watchSitting } from '../live.js';
import { learnServerTime, readServerClock, startTicking } from '../serverClock.js';
import { renderBody, renderHeader } from './view.js';

const code = decodeURIComponent(location.hash.slice(1)).trim();
const header = $('#screen-header');
const body = $('#screen-body');
const status = $('#link-status');
// The server's clock is learnt on loading and when a ballot opens (serverClock.js), so that the elapsed time is
// right even on a projector whose clock was never set.
const view = { sitting: null, attendance: null, open: new Map(), progress: new Map(), result: null };
// The big screen moves to another server of the hall when its own is lost; its reads follow it there.
let link = null;
const onServer = (path) => `${link?.server ?? ''}${path}`;
const draw = () => {
  renderHeader(header, view.sitting, view.attendance);
  renderBody(body, view);
};

async function start() {
  if (!code) return refuse('请使用大会秘书处生成的大屏链接打开本页面。');
  let me;
  try {
    me = await api(code, '/api/me');
  } catch (error) {
    return refuse(error.message);
  }
  if (me.role !== Role.viewer) return refuse('此链接不是大屏链接，请使用大会秘书处生成的大屏链接。');
  link = watchSitting(
    code,
    me.sittingId,
    {
      state: async (state) => {
        Object.assign(view, {
          sitting: state.sitting,
          attendance: state.attendance,
          open: new Map(state.openBallots.map((b) => [b.id, b])),
        });
        if (!view.open.size && !view.result) view.result = await latestResult(me.sittingId);
        draw();
      },
      status: (value) => {
        status.hidden = value === 'connected';
        status.textContent = '正在重新连接会场服务器…';
      },
      error: refuse,
      AttendanceChanged: (attendance) => {
        view.attendance = attendance;
        draw();
      },
      BallotOpened: (ballot) => {
        learnServerTime(ballot.openedAt);
        view.open.set(ballot.id, ballot);
        view.result = null;
        draw();
      },
      BallotClosed: (result) => {
        view.open.delete(result.ballotId);
        view.result = result;
        draw();
      },
      ProgressChanged: (progress) => {
        view.progress.set(progress.ballotId, progress);
        draw();
      },
    },
    await hallServers(),
  );
}

/** A difference of a second or two is the network's or the Date header's rounding, not a wrong clock. */
/** After a reload between ballots, the hall sees the last result announced. */
async function latestResult(sittingId) {
  const closed = (await api(code, onServer(`/api/sittings/${sittingId}/ballots`))).filter(
    (b) => b.state === BallotState.closed,
  );
  const results = await Promise.all(closed.map((b) => api(code, onServer(`/api/ballots/${b.id}/result`))));
  return results.sort((a, b) => Date.parse(b.closedAt) - Date.parse(a.closedAt))[0] ?? null;
}

function refuse(message) {
  fill(body, h('p', { class: 'refused', role: 'alert' }, message));
}

readServerClock().then(start);
startTicking(body);
addEventListener('resize', () => view.sitting && draw());
