// The attendance panel: 应到 / 实到 / 请假 / 缺席, whether quorum is met, and the announcement sentence.
import { fill, h } from '/js/common/dom.js';

export function attendancePanel({ compact = false } = {}) {
  const element = h('section', {
    class: `attendance panel${compact ? ' compact' : ''}`,
    'aria-labelledby': 'attendance-title',
  });
  const show = (attendance) => {
    const figure = (label, value) => h('div', { class: 'figure' }, h('span', { class: 'value' }, value), label);
    fill(
      element,
      h('h2', { id: 'attendance-title' }, '出席情况'),
      h(
        'div',
        { class: 'figures' },
        figure('应到', attendance.expected),
        figure('实到', attendance.present),
        figure('请假', attendance.onLeave),
        figure('缺席', attendance.absent),
      ),
      h(
        'p',
        { class: `quorum ${attendance.quorumMet ? 'met' : 'not-met'}` },
        attendance.quorumMet ? '✔ 符合法定人数' : '✘ 不符合法定人数，不能开始表决',
      ),
      h('p', { class: 'sentence', 'data-role': 'attendance-sentence' }, attendance.sentence),
    );
  };
  fill(element, h('h2', { id: 'attendance-title' }, '出席情况'), h('p', { class: 'muted' }, '正在读取…'));
  return { element, show };
}
