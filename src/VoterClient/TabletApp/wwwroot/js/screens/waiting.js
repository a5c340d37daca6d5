// The sitting at a glance: the deputy's sign-in, the ballots now open, attendance (应到/实到/请假/缺席) and the results.
import { h, keepingFocus } from '/js/common/dom.js';
import { heading } from './layout.js';
import { kindLabels, roundLabel } from '/js/common/ballots.js';

export function waitingScreen(ctx) {
  const { state } = ctx;
  const attendance = h('div', { class: 'attendance' });
  const agenda = h('div', { class: 'agenda' });
  const results = h('div', { class: 'results' });
  const root = h(
    'section',
    { class: 'screen waiting' },
    heading(state.sitting.name),
    h(
      'div',
      { class: 'card signed-in' },
      h('span', { class: 'badge ok' }, '签到成功'),
      h(
        'span',
        { class: 'who-line' },
        state.me.name,
        h('span', { class: 'number' }, `代表证号 ${state.me.deputyNumber}`),
      ),
    ),
    // What the deputy has to do comes first, so that 「开始表决」 is in view on a phone without scrolling.
    h('h2', {}, '正在进行的表决'),
    agenda,
    attendance,
    results,
  );

  function update() {
    const a = state.attendance;
    attendance.replaceChildren(
      figure('应到', `${a.expected}人`),
      figure('实到', `${a.present}人`),
      figure('请假', `${a.onLeave}人`),
      figure('缺席', `${a.absent}人`),
      h('p', { class: 'sentence' }, a.sentence),
    );
    keepingFocus(root, () => {
      agenda.replaceChildren(
        ...(state.open.length
          ? state.open.map((ballot) => ballotCard(ctx, ballot))
          : [h('p', { class: 'idle' }, '当前没有正在进行的表决，请等候主席团宣布。')]),
      );
      results.replaceChildren(...resultList(ctx));
    });
  }
  update();
  return { root, update };
}

function figure(label, value) {
  return h(
    'div',
    { class: 'figure' },
    h('span', { class: 'figure-label' }, label),
    h('span', { class: 'figure-value' }, value),
  );
}

function ballotCard(ctx, ballot) {
  const titleId = `ballot-title-${ballot.id}`;
  const mine = ctx.state.mine.get(ballot.id);
  let action;
  if (ctx.casting.isPending(ballot.id)) action = h('span', { class: 'badge pending' }, '正在提交…');
  else if (mine?.cast) action = h('span', { class: 'badge ok' }, '已提交');
  else if (!mine?.issued) action = h('span', { class: 'badge' }, '未领到表决票');
  else
    action = h(
      'button',
      {
        type: 'button',
        class: 'primary',
        'data-key': `vote-${ballot.id}`,
        'aria-describedby': titleId,
        onclick: () => ctx.go('ballot', ballot.id),
      },
      '开始表决',
    );
  return h(
    'article',
    { class: 'ballot-card', 'data-ballot': ballot.id },
    h(
      'div',
      {},
      h('p', { class: 'kind' }, `议程 ${ballot.agendaPosition} · ${kindLabels[ballot.kind]} ${roundLabel(ballot)}`),
      h('h3', { id: titleId }, ballot.title),
    ),
    action,
  );
}

function resultList(ctx) {
  const closed = [...ctx.state.closed.entries()].sort(([, a], [, b]) => b.agendaPosition - a.agendaPosition);
  if (!closed.length) return [];
  return [
    h('h2', {}, '已结束的表决'),
    h(
      'ul',
      { class: 'result-list' },
      closed.map(([id, entry]) =>
        h(
          'li',
          {},
          h('span', {}, entry.title),
          h(
            'button',
            { type: 'button', class: 'secondary', 'data-key': `result-${id}`, onclick: () => ctx.go('result', id) },
            '查看结果',
          ),
        ),
      ),
    ),
  ];
}
