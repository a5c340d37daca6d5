// The presidium's agenda: every ballot in agenda order with its state and round, 「开始表决」 / 「结束表决」,
// and the live count of an open ballot (已投 x / 应投 y: counts only, never who).
import { fill, h } from '/js/common/dom.js';
import { act, messageArea, say } from '../controls.js';
import { BallotState, isProjectKind, kindLabels, roundLabel, stateLabels } from '/js/common/ballots.js';

export function agendaView({ call, sittingId, onResult }) {
  const message = messageArea();
  const list = h('ol', { class: 'agenda', 'aria-label': '议程' });
  const element = h(
    'section',
    { class: 'panel', 'aria-labelledby': 'agenda-title' },
    h('h2', { id: 'agenda-title' }, '议程'),
    message,
    list,
  );
  let ballots = [];
  const progress = new Map();
  let confirming = null;

  async function reload() {
    ballots = await call(`/api/sittings/${sittingId}/ballots`);
    render();
  }

  function replace(ballot) {
    ballots = ballots.some((b) => b.id === ballot.id)
      ? ballots.map((b) => (b.id === ballot.id ? ballot : b))
      : [...ballots, ballot];
    render();
  }

  // Keeps keyboard focus on the same ballot's row when the list is drawn again.
  function render() {
    const focused = document.activeElement?.closest?.('li[data-ballot]')?.dataset.ballot;
    fill(list, ballots.length ? ballots.map(row) : h('li', { class: 'muted' }, '议程中还没有表决事项，请秘书处准备。'));
    if (focused) list.querySelector(`li[data-ballot="${focused}"] button`)?.focus();
  }

  function row(ballot) {
    const places = isProjectKind(ballot.kind) ? `应选${ballot.places}项` : '';
    return h(
      'li',
      { class: ballot.state, 'data-ballot': ballot.id },
      h(
        'div',
        { class: 'head' },
        h('span', { class: 'position' }, `${ballot.agendaPosition}.`),
        h('span', { class: 'title' }, ballot.title),
        h('span', { class: `badge ${ballot.state}` }, stateLabels[ballot.state]),
      ),
      h('div', { class: 'meta' }, [kindLabels[ballot.kind], roundLabel(ballot), places].filter(Boolean).join(' · ')),
      ballot.state === BallotState.open ? progressOf(ballot) : null,
      h('div', { class: 'actions' }, actions(ballot)),
    );
  }

  function progressOf(ballot) {
    const { issued = 0, cast = 0 } = progress.get(ballot.id) ?? {};
    const share = issued ? Math.round((100 * cast) / issued) : 0;
    return h(
      'div',
      { class: 'progress' },
      h('span', { class: 'counts', 'data-role': 'progress' }, `已投 ${cast} / 应投 ${issued}`),
      h('div', { class: 'track', role: 'presentation' }, h('span', { style: `width: ${share}%` })),
    );
  }

  function actions(ballot) {
    if (ballot.state === BallotState.draft) {
      const open = h('button', { class: 'primary', type: 'button' }, '开始表决');
      open.addEventListener('click', () =>
        act(open, message, async () => replace(await call(`/api/ballots/${ballot.id}/open`, { method: 'POST' }))),
      );
      return open;
    }
    if (ballot.state === BallotState.closed) {
      return h('button', { type: 'button', onclick: () => onResult(ballot.id) }, '查看结果');
    }
    if (confirming !== ballot.id) {
      return h(
        'button',
        {
          class: 'primary',
          type: 'button',
          onclick: () => {
            confirming = ballot.id;
            render();
          },
        },
        '结束表决',
      );
    }
    const close = h('button', { class: 'primary', type: 'button' }, '确认结束表决');
    close.addEventListener('click', () =>
      act(close, message, async () => {
        const result = await call(`/api/ballots/${ballot.id}/close`, { method: 'POST' });
        confirming = null;
        closed(result);
      }),
    );
    return [
      h('span', { role: 'status' }, '结束后代表不能再投票，确认结束？'),
      close,
      h(
        'button',
        {
          type: 'button',
          onclick: () => {
            confirming = null;
            render();
          },
        },
        '取消',
      ),
    ];
  }

  function closed(result) {
    const ballot = ballots.find((b) => b.id === result.ballotId);
    if (ballot) replace({ ...ballot, state: BallotState.closed });
    onResult(result.ballotId, result);
  }

  return {
    element,
    reload,
    opened: replace,
    closed,
    progressed: (item) => {
      progress.set(item.ballotId, item);
      const ballot = ballots.find((b) => b.id === item.ballotId);
      const shown = list.querySelector(`li[data-ballot="${item.ballotId}"] .progress`);
      if (ballot?.state === BallotState.open && shown) shown.replaceWith(progressOf(ballot));
    },
    followUpOf: (ballotId) => ballots.find((b) => b.previousBallotId === ballotId),
    /** A refusal for want of quorum no longer holds once the hall has its quorum: it is not left beside the ✔. */
    attendanceChanged: (attendance) => {
      if (attendance.quorumMet && message.dataset.code === 'quorum-not-met') say(message, '');
    },
  };
}
