// 议程与表决: the sitting's agenda as it stands, each item's details (its projects or targets and its settings in
// words), the count while a ballot is open, the changes a draft allows (修改, 上移, 下移, 删除), and the form that
// adds a ballot to the agenda or edits a draft.
import { fill, h, redraw } from '/js/common/dom.js';
import {
  BallotState,
  isAppraisalKind,
  isMotionKind,
  isProjectKind,
  kindLabels,
  roundLabel,
  stateLabels,
} from '/js/common/ballots.js';
import { act, confirmAct, messageArea, say } from '../controls.js';
import { ballotForm } from './ballotForm.js';
import { settingsWords } from './ballotWords.js';

const columns = ['序号', '名称', '类型', '轮次', '项目/对象', '状态', '操作'];

export function agendaTab({ call, sitting }) {
  const body = h('tbody', {});
  const message = messageArea();
  const list = h(
    'section',
    { class: 'panel agenda-list', 'aria-labelledby': 'agenda-list-title' },
    h('h2', { id: 'agenda-list-title' }, '议程'),
    message,
    h(
      'table',
      {},
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          columns.map((t) => h('th', { scope: 'col' }, t)),
        ),
      ),
      body,
    ),
  );
  const form = ballotForm({ call, sitting, onCreated: () => refresh(), onSaved: () => refresh() });
  /** The ids of the items whose details are open, kept across redraws. */
  const expanded = new Set();
  /** ballotId → { issued, cast } of the open ballots, as ProgressChanged last said. */
  const progress = new Map();
  let ballots = [];

  async function refresh() {
    ballots = await call(`/api/sittings/${sitting.id}/ballots`);
    if (!ballots.length)
      return fill(body, h('tr', {}, h('td', { colspan: columns.length, class: 'muted' }, '议程中还没有表决事项。')));
    redraw(
      body,
      ballots.map((ballot, i) => rows(ballot, ballots[i - 1], ballots[i + 1])),
    );
  }

  function rows(ballot, above, below) {
    const detailsId = `agenda-details-${ballot.id}`;
    const open = expanded.has(ballot.id);
    const toggle = h(
      'button',
      {
        type: 'button',
        class: 'quiet',
        'aria-expanded': String(open),
        'aria-controls': open ? detailsId : null,
        'data-key': `details-${ballot.id}`,
        onclick: () => {
          if (expanded.has(ballot.id)) expanded.delete(ballot.id);
          else expanded.add(ballot.id);
          refresh();
        },
      },
      open ? '收起' : '详情',
    );
    const main = h(
      'tr',
      { 'data-ballot': ballot.id, class: ballot.state },
      h('td', { class: 'num' }, ballot.agendaPosition),
      h('th', { scope: 'row' }, ballot.title),
      h('td', {}, kindLabels[ballot.kind]),
      h('td', { class: 'nowrap' }, roundLabel(ballot) || '第1轮'),
      h(
        'td',
        { class: 'count' },
        `${ballot.items.length}项${isProjectKind(ballot.kind) ? `，应选${ballot.places}项` : ''}`,
      ),
      h('td', { class: 'state' }, stateCell(ballot)),
      h('td', { class: 'actions' }, h('div', { class: 'agenda-actions' }, toggle, draftActions(ballot, above, below))),
    );
    // Drawn only while open, so that the agenda's rows are its items.
    const details = open
      ? h('tr', { id: detailsId, class: 'details' }, h('td', { colspan: columns.length }, detailsOf(ballot)))
      : null;
    return [main, details];
  }

  function stateCell(ballot) {
    const badge = h('span', { class: `badge ${ballot.state}` }, stateLabels[ballot.state]);
    if (ballot.state !== BallotState.open) return badge;
    const counts = progress.get(ballot.id);
    return [
      badge,
      h(
        'span',
        { class: 'live-count', 'data-progress': ballot.id },
        counts ? `已投 ${counts.cast} / 应投 ${counts.issued}` : '已投 — / 应投 —',
      ),
    ];
  }

  /** 修改, 上移, 下移, 删除 for a draft; a move is offered only past another draft. */
  function draftActions(ballot, above, below) {
    if (ballot.state !== BallotState.draft) return null;
    const movable = (other) => other?.state === BallotState.draft;
    const button = (key, label, name, enabled, action) =>
      h(
        'button',
        {
          type: 'button',
          class: 'quiet',
          'data-key': `${key}-${ballot.id}`,
          'aria-label': `${label}：${name}`,
          disabled: !enabled,
          title: enabled ? null : '只能与尚未开始的表决调换顺序',
          // The second click of a double click would land on the row that has just moved under the pointer.
          onclick: (event) => event.detail < 2 && action(event.currentTarget),
        },
        label,
      );
    const later = ballot.round > 1;
    return [
      later ? null : button('edit', '修改', ballot.title, true, () => form.edit(ballot)),
      button('up', '上移', ballot.title, movable(above), (b) => move(b, ballot, 'move-up')),
      button('down', '下移', ballot.title, movable(below), (b) => move(b, ballot, 'move-down')),
      later ? null : button('delete', '删除', ballot.title, true, (b) => remove(b, ballot)),
    ];
  }

  function move(button, ballot, direction) {
    act(button, message, async () => {
      const moved = await call(`/api/ballots/${ballot.id}/${direction}`, { method: 'POST' });
      await refresh();
      say(message, `“${moved.title}”已移至议程第${moved.agendaPosition}项。`, 'ok');
    });
  }

  async function remove(button, ballot) {
    const sure = await confirmAct({
      title: `删除议程第${ballot.agendaPosition}项？`,
      body: [
        h(
          'p',
          {},
          `“${ballot.title}”（${kindLabels[ballot.kind]}，${ballot.items.length}项）将从议程中删除，其后各项依次前移。`,
        ),
        h('p', {}, '删除后不能恢复，如需要须重新录入。'),
      ],
      confirm: '删除',
      danger: true,
    });
    if (!sure) return;
    act(button, message, async () => {
      await call(`/api/ballots/${ballot.id}`, { method: 'DELETE' });
      expanded.delete(ballot.id);
      await refresh();
      say(message, `已删除：${ballot.title}。`, 'ok');
    });
  }

  /** Shows the count of an open ballot as it is pushed, without redrawing the agenda. */
  function showProgress(item) {
    progress.set(item.ballotId, { issued: item.issued, cast: item.cast });
    const cell = body.querySelector(`[data-progress="${item.ballotId}"]`);
    if (cell) cell.textContent = `已投 ${item.cast} / 应投 ${item.issued}`;
  }

  return {
    element: h('div', { class: 'agenda-tab' }, list, form.element),
    refresh,
    progress: showProgress,
  };
}

/** An item's details: its settings in words and every project or target with its text. */
function detailsOf(ballot) {
  return h(
    'div',
    { class: 'agenda-details' },
    h(
      'ul',
      { class: 'settings-words' },
      settingsWords(ballot).map((words) => h('li', {}, words)),
    ),
    isMotionKind(ballot.kind) ? null : itemsTable(ballot),
  );
}

function itemsTable(ballot) {
  const projects = !isAppraisalKind(ballot.kind);
  const heads = projects
    ? ['序号', '项目名称', '项目内容', '投资额（万元）', '牵头单位']
    : ['序号', '测评对象', '类别'];
  return h(
    'table',
    { class: 'items' },
    h('caption', {}, `${projects ? '候选项目' : '测评对象'}（${ballot.items.length}项）`),
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        heads.map((t) => h('th', { scope: 'col' }, t)),
      ),
    ),
    h(
      'tbody',
      {},
      ballot.items.map((item, i) =>
        h(
          'tr',
          {},
          h('td', { class: 'num' }, i + 1),
          h('th', { scope: 'row' }, item.name),
          projects
            ? [
                h('td', {}, item.content || '—'),
                h('td', { class: 'num' }, item.budgetWan ?? '—'),
                h('td', {}, item.leadDepartment || '—'),
              ]
            : h('td', {}, item.group || '—'),
        ),
      ),
    ),
  );
}
