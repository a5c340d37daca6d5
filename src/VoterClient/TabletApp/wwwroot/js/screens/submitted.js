// 已提交: the server's receipt arrived; this ballot cannot be voted again from this or any other tablet. The receipt's
// tracking code (查验码) is shown large: the published notice lists the codes of the ballots counted, never a choice.
import { h } from '/js/common/dom.js';
import { heading } from './layout.js';

export function submittedScreen(ctx, title, note, trackingCode) {
  const root = h(
    'section',
    { class: 'screen submitted' },
    heading('已提交'),
    h('p', { class: 'done' }, `您对“${title}”的选票已提交。`),
    note ? h('p', { class: 'note' }, note) : null,
    trackingCode
      ? h(
          'div',
          { class: 'tracking', 'data-role': 'tracking-code' },
          h('p', { class: 'tracking-label' }, '查验码'),
          h('p', { class: 'tracking-code' }, trackingCode),
          h(
            'p',
            { class: 'tracking-note' },
            '凭此码可在公布的表决公告中查到您的选票已计入结果；它不显示、也无法证明您投了什么票。',
          ),
        )
      : null,
    h('p', {}, '表决结束后，计票结果将在本机显示。'),
    h(
      'div',
      { class: 'actions' },
      h('button', { type: 'button', class: 'primary', onclick: () => ctx.go('waiting') }, '返回会议'),
    ),
  );
  return { root };
}
