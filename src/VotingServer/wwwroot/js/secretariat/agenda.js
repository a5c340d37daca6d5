// 议程与表决: the sitting's agenda as it stands, and the form that adds a ballot to it.
import { fill, h, redraw } from '/js/common/dom.js';
import { isProjectKind, kindLabels, roundLabel, stateLabels } from '/js/common/ballots.js';
import { ballotForm } from './ballotForm.js';

export function agendaTab({ call, sitting }) {
  const body = h('tbody', {});
  const list = h(
    'section',
    { class: 'panel', 'aria-labelledby': 'agenda-list-title' },
    h('h2', { id: 'agenda-list-title' }, '议程'),
    h(
      'table',
      {},
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          ['序号', '名称', '类型', '轮次', '项目/对象', '状态'].map((t) => h('th', { scope: 'col' }, t)),
        ),
      ),
      body,
    ),
  );
  const form = ballotForm({ call, sitting, onCreated: () => refresh() });

  async function refresh() {
    const ballots = await call(`/api/sittings/${sitting.id}/ballots`);
    if (!ballots.length)
      return fill(body, h('tr', {}, h('td', { colspan: 6, class: 'muted' }, '议程中还没有表决事项。')));
    redraw(
      body,
      ballots.map((ballot) =>
        h(
          'tr',
          { 'data-ballot': ballot.id },
          h('td', { class: 'num' }, ballot.agendaPosition),
          h('th', { scope: 'row' }, ballot.title),
          h('td', {}, kindLabels[ballot.kind]),
          h('td', { class: 'nowrap' }, roundLabel(ballot) || '第1轮'),
          h('td', {}, `${ballot.items.length}项${isProjectKind(ballot.kind) ? `，应选${ballot.places}项` : ''}`),
          h('td', { class: 'nowrap' }, h('span', { class: `badge ${ballot.state}` }, stateLabels[ballot.state])),
        ),
      ),
    );
  }

  return { element: h('div', { class: 'columns even' }, list, form.element), refresh };
}
