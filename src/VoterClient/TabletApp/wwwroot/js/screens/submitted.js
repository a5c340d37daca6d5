// 已提交: the server's receipt arrived; this ballot cannot be voted again from this or any other tablet.
import { h } from '/js/common/dom.js';
import { heading } from './layout.js';

export function submittedScreen(ctx, title, note) {
  const root = h(
    'section',
    { class: 'screen submitted' },
    heading('已提交'),
    h('p', { class: 'done' }, `您对“${title}”的选票已提交。`),
    note ? h('p', { class: 'note' }, note) : null,
    h('p', {}, '表决结束后，计票结果将在本机显示。'),
    h(
      'div',
      { class: 'actions' },
      h('button', { type: 'button', class: 'primary', onclick: () => ctx.go('waiting') }, '返回会议'),
    ),
  );
  return { root };
}
