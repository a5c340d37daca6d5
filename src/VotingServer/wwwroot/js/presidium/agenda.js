// The presidium's agenda: every ballot in agenda order with its state and round, and what the chair does with it.
// Two views of the same ballots: for the top of the console, `nowOpen` (each open ballot with 已投 / 应投, the time
// it has run and 「结束表决」) and `nowNext` (the next item with 「开始表决」); `element`, the whole agenda below.
//
// Live pushes (attendance, progress, opened, closed) arrive while the chair is pointing at a button. Every row and
// card is built once per ballot and then only has its text and state updated, so a button never leaves the place
// where a mouse button went down: a click is never lost to a redraw.
import { h } from '/js/common/dom.js';
import { act, confirmAct, messageArea, say } from '../controls.js';
import { BallotState, isProjectKind, kindLabels, marksItems, roundLabel, stateLabels } from '/js/common/ballots.js';
import { quorumShortfall } from '../attendance.js';
import { progressView } from './progress.js';
import { chinaTimeOfDay } from '../chinaTime.js';
import { elapsedSeconds, formatElapsed, learnServerTime, readServerClock, ticker } from '../serverClock.js';

const setText = (node, text) => {
  if (node.textContent !== text) node.textContent = text;
};

/** What a refusal was about: it no longer holds once the agenda or the hall has changed. */
const staleAfterAgendaChange = ['ballot-not-draft', 'ballot-not-open'];

export function agendaView({ call, sitting, onResult }) {
  const sittingId = sitting.id;
  const message = messageArea();
  const list = h('ol', { class: 'agenda', 'aria-label': '议程' });
  const empty = h('p', { class: 'muted', hidden: true }, '议程中还没有表决事项，请秘书处准备。');
  const element = h(
    'section',
    { class: 'panel agenda-panel', 'aria-labelledby': 'agenda-title' },
    h('h2', { id: 'agenda-title' }, '议程'),
    empty,
    list,
  );

  const openList = h('div', { class: 'open-ballots' });
  const next = nextCard();
  const allDone = h('p', { class: 'muted', hidden: true }, '议程中的表决事项均已结束。');
  // Two parts, so that what the secretariat asks the presidium to confirm sits between the open ballots and the next.
  const nowOpen = h('div', { class: 'now-ballots' }, message, openList);
  const nowNext = h('div', { class: 'now-ballots' }, next.element, allDone);

  let ballots = [];
  let attendance = null;
  const progress = new Map();
  const rows = new Map();
  const cards = new Map();
  const busy = new Set();
  /** The 已投 figure of an open 「结束表决」 dialog, by ballot. */
  const closing = new Map();

  ticker(() => {
    for (const card of cards.values()) card.tick();
  });

  async function reload() {
    [ballots] = await Promise.all([call(`/api/sittings/${sittingId}/ballots`), readServerClock()]);
    render();
  }

  function replace(ballot) {
    ballots = ballots.some((b) => b.id === ballot.id)
      ? ballots.map((b) => (b.id === ballot.id ? ballot : b))
      : [...ballots, ballot];
    render();
  }

  const ordered = () => [...ballots].sort((a, b) => a.agendaPosition - b.agendaPosition || a.id - b.id);
  /** The first ballot not yet opened, in agenda order: what the chair opens next. */
  const nextBallot = () => ordered().find((b) => b.state === BallotState.draft);

  function render() {
    const sorted = ordered();
    const upcoming = nextBallot();
    empty.hidden = sorted.length > 0;
    placeInOrder(
      list,
      sorted.map((ballot) => {
        let row = rows.get(ballot.id);
        if (!row) rows.set(ballot.id, (row = agendaRow(ballot.id)));
        row.update(ballot, ballot === upcoming);
        return row.element;
      }),
    );
    for (const [id, row] of rows)
      if (!sorted.some((b) => b.id === id)) {
        row.element.remove();
        rows.delete(id);
      }

    const running = sorted.filter((b) => b.state === BallotState.open);
    placeInOrder(
      openList,
      running.map((ballot) => {
        let card = cards.get(ballot.id);
        if (!card) cards.set(ballot.id, (card = openCard(ballot.id)));
        card.update(ballot);
        return card.element;
      }),
    );
    for (const [id, card] of cards)
      if (!running.some((b) => b.id === id)) {
        card.element.remove();
        cards.delete(id);
      }
    next.update(upcoming);
    allDone.hidden = Boolean(upcoming) || running.length > 0 || sorted.length === 0;
  }

  /** Puts the children in order, moving only those out of place (a node that stays is never touched). */
  function placeInOrder(container, children) {
    children.forEach((child, index) => {
      if (container.children[index] !== child) container.insertBefore(child, container.children[index] ?? null);
    });
  }

  // ---- What a ballot's button does, and whether it can. ----

  /** Why 「开始表决」 cannot act now, or null when it can. */
  function cannotOpen() {
    if (!attendance) return '正在读取出席情况…';
    if (!attendance.quorumMet) return quorumShortfall(attendance, sitting);
    return null;
  }

  function run(ballot, button) {
    if (ballot.state === BallotState.draft) return open(ballot, button);
    if (ballot.state === BallotState.open) return close(ballot, button);
    return onResult(ballot.id);
  }

  async function open(ballot, button) {
    const confirmed = await confirmAct({
      title: '开始表决',
      facts: [
        ['表决事项', `${ballot.agendaPosition}. ${ballot.title}`],
        ['表决类型', [kindLabels[ballot.kind], roundLabel(ballot)].filter(Boolean).join(' · ')],
        ...(isProjectKind(ballot.kind) ? [['应选', choiceOf(ballot)]] : []),
        [
          '出席',
          `应到代表${attendance.expected}人，实到${attendance.present}人（请假${attendance.onLeave}人，缺席${attendance.absent}人）`,
        ],
        ['发出表决票', `向实到的${attendance.present}名代表各发出一张`],
      ],
      warning: '开始后代表即可投票，本项表决不能再次开始。',
      confirm: '确认开始表决',
    });
    if (!confirmed) return;
    await busyWhile(ballot, button, async () => {
      const opened = await call(`/api/ballots/${ballot.id}/open`, { method: 'POST' });
      learnServerTime(opened.openedAt);
      replace(opened);
    });
  }

  async function close(ballot, button) {
    // The count in the dialog follows the votes still coming in while the chair decides.
    const counts = h('span', {}, castText(progress.get(ballot.id)));
    closing.set(ballot.id, counts);
    const confirmed = await confirmAct({
      title: '结束表决',
      facts: [
        ['表决事项', `${ballot.agendaPosition}. ${ballot.title}`],
        ['表决类型', [kindLabels[ballot.kind], roundLabel(ballot)].filter(Boolean).join(' · ')],
        ['投票情况', counts],
      ],
      warning: '结束后代表不能再投票，系统立即计票。',
      confirm: '确认结束表决',
    });
    closing.delete(ballot.id);
    if (!confirmed) return;
    await busyWhile(ballot, button, async () => {
      closed(await call(`/api/ballots/${ballot.id}/close`, { method: 'POST' }));
    });
  }

  async function busyWhile(ballot, button, action) {
    busy.add(ballot.id);
    try {
      await act(button, message, action);
    } finally {
      busy.delete(ballot.id);
      render();
    }
  }

  /** An open ballot whose box key the server lost in a restart cannot be closed until a scrutineer unseals it. */
  function sealedReason(ballot) {
    return ballot.state === BallotState.open && progress.get(ballot.id)?.sealed
      ? '票箱已封存，待监票人启封（服务器重启后须由监票人在监票页面出示凭证启封，才能结束表决）'
      : null;
  }

  function choiceOf(ballot) {
    if (marksItems(ballot.kind))
      return `从${ballot.items.length}个项目中选出${ballot.places}项（每名代表选不超过${ballot.places}个）`;
    return `${ballot.items.length}个项目逐项表决，确定${ballot.places}项`;
  }

  /** The one button of a row or card: its label, look and whether it can act follow the ballot's state. */
  function actionButton(id, reason) {
    const button = h('button', { type: 'button', 'aria-describedby': reason.id });
    button.addEventListener('click', () => {
      const ballot = ballots.find((b) => b.id === id);
      if (ballot) run(ballot, button);
    });
    button.update = (ballot, primary) => {
      const label = { draft: '开始表决', open: '结束表决', closed: '查看结果' }[ballot.state];
      setText(button, label);
      button.className = primary ? 'primary' : '';
      const why = ballot.state === BallotState.draft ? cannotOpen() : sealedReason(ballot);
      button.disabled = Boolean(why) || busy.has(ballot.id);
      setText(reason, why ?? '');
      reason.hidden = !why;
    };
    return button;
  }

  function agendaRow(id) {
    const position = h('span', { class: 'position' });
    const title = h('span', { class: 'title' });
    const marker = h('span', { class: 'next-marker' }, '下一项');
    const badge = h('span', { class: 'badge' });
    const meta = h('div', { class: 'meta' });
    const bar = progressView();
    const reason = h('span', { class: 'reason', id: `agenda-reason-${id}` });
    const button = actionButton(id, reason);
    const node = h(
      'li',
      { 'data-ballot': id },
      h('div', { class: 'head' }, position, title, marker, badge),
      meta,
      bar.element,
      h('div', { class: 'actions' }, button, reason),
    );
    return {
      element: node,
      update(ballot, isNext) {
        node.className = [ballot.state, isNext ? 'next' : ''].filter(Boolean).join(' ');
        setText(position, `${ballot.agendaPosition}.`);
        setText(title, ballot.title);
        marker.hidden = !isNext;
        badge.className = `badge ${ballot.state}`;
        setText(badge, stateLabels[ballot.state]);
        setText(meta, metaOf(ballot));
        bar.element.hidden = ballot.state !== BallotState.open;
        bar.show(progress.get(ballot.id));
        // The red button is the chair's next act: 「结束表决」 while a ballot is open, else the next item's 「开始表决」.
        const anyOpen = ballots.some((b) => b.state === BallotState.open);
        button.update(ballot, ballot.state === BallotState.open || (isNext && !anyOpen));
      },
    };
  }

  function openCard(id) {
    const title = h('h3', {});
    const meta = h('p', { class: 'meta' });
    const bar = progressView();
    const elapsed = h('span', { class: 'elapsed', 'data-role': 'elapsed' });
    const reason = h('span', { class: 'reason', id: `open-reason-${id}` });
    const button = actionButton(id, reason);
    const node = h(
      'article',
      { class: 'open-ballot', 'data-open-ballot': id, 'aria-labelledby': `open-title-${id}` },
      h('div', { class: 'card-head' }, h('span', { class: 'badge open' }, '表决中'), title),
      meta,
      bar.element,
      h('div', { class: 'actions' }, elapsed, button, reason),
    );
    title.id = `open-title-${id}`;
    let openedAt = null;
    const tick = () =>
      setText(
        elapsed,
        openedAt ? `已进行 ${formatElapsed(elapsedSeconds(openedAt))}（${chinaTimeOfDay(openedAt)}开始）` : '',
      );
    return {
      element: node,
      tick,
      update(ballot) {
        setText(title, `${ballot.agendaPosition}. ${ballot.title}`);
        setText(meta, metaOf(ballot));
        bar.show(progress.get(ballot.id));
        button.update(ballot, true);
        openedAt = ballot.openedAt;
        tick();
      },
    };
  }

  function nextCard() {
    const title = h('h3', { id: 'next-title' });
    const meta = h('p', { class: 'meta' });
    const reason = h('span', { class: 'reason', id: 'next-reason' });
    const state = { id: null };
    const button = h('button', { type: 'button', 'aria-describedby': reason.id });
    button.addEventListener('click', () => {
      const ballot = ballots.find((b) => b.id === state.id);
      if (ballot) run(ballot, button);
    });
    const node = h(
      'article',
      { class: 'next-ballot', 'data-role': 'next-ballot', 'aria-labelledby': 'next-title', hidden: true },
      h('div', { class: 'card-head' }, h('span', { class: 'next-marker' }, '下一项'), title),
      meta,
      h('div', { class: 'actions' }, button, reason),
    );
    return {
      element: node,
      update(ballot) {
        node.hidden = !ballot;
        if (!ballot) return;
        state.id = ballot.id;
        node.dataset.ballot = ballot.id;
        setText(title, `${ballot.agendaPosition}. ${ballot.title}`);
        setText(meta, metaOf(ballot));
        setText(button, '开始表决');
        // While a ballot is open its 「结束表决」 is the chair's next act; this one waits, in a quieter look.
        const waiting = ballots.some((b) => b.state === BallotState.open);
        button.className = waiting ? '' : 'primary';
        const why = cannotOpen();
        button.disabled = Boolean(why) || busy.has(ballot.id);
        setText(reason, why ?? '');
        reason.hidden = !why;
      },
    };
  }

  function metaOf(ballot) {
    const places = isProjectKind(ballot.kind) ? `应选${ballot.places}项` : '';
    return [kindLabels[ballot.kind], roundLabel(ballot), places].filter(Boolean).join(' · ');
  }

  function closed(result) {
    const ballot = ballots.find((b) => b.id === result.ballotId);
    if (ballot) replace({ ...ballot, state: BallotState.closed });
    clearStale(staleAfterAgendaChange);
    onResult(result.ballotId, result);
  }

  function clearStale(codes) {
    if (codes.includes(message.dataset.code)) {
      say(message, '');
      delete message.dataset.code;
    }
  }

  return {
    element,
    nowOpen,
    nowNext,
    reload,
    opened: (ballot) => {
      learnServerTime(ballot.openedAt);
      clearStale(staleAfterAgendaChange);
      replace(ballot);
    },
    closed,
    progressed: (item) => {
      progress.set(item.ballotId, item);
      const ballot = ballots.find((b) => b.id === item.ballotId);
      if (!ballot) return;
      rows.get(ballot.id)?.update(ballot, ballot === nextBallot());
      cards.get(ballot.id)?.update(ballot);
      const counts = closing.get(ballot.id);
      if (counts) counts.textContent = castText(item);
    },
    followUpOf: (ballotId) => ballots.find((b) => b.previousBallotId === ballotId),
    closedBallots: () => ballots.filter((b) => b.state === BallotState.closed),
    /** The buttons follow the hall: a refusal for want of quorum no longer holds once the hall has its quorum. */
    attendanceChanged: (view) => {
      attendance = view;
      if (view.quorumMet) clearStale(['quorum-not-met']);
      render();
    },
  };
}

/** 已投 5 / 应投 7，未投2人 */
function castText({ issued = 0, cast = 0 } = {}) {
  return `已投 ${cast} / 应投 ${issued}，未投${Math.max(issued - cast, 0)}人`;
}
