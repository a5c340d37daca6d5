// A closed ballot's certified result, read-only: the same figures and announcement as the big screen.
import { h } from '/js/common/dom.js';
import { heading } from './layout.js';
import { isMotionKind, kindLabels, marksItems, paperOf, roundLabel } from '/js/common/ballots.js';
import { resultTable } from './result-tables.js';

function figure(label, value) {
  return h(
    'div',
    { class: 'figure' },
    h('span', { class: 'figure-label' }, label),
    h('span', { class: 'figure-value' }, value),
  );
}

export function resultScreen(ctx, result) {
  const perBallot = marksItems(result.kind) || isMotionKind(result.kind);
  const root = h(
    'section',
    { class: 'screen result', 'data-kind': result.kind },
    heading(result.title, ['结果', kindLabels[result.kind], roundLabel(result)].filter(Boolean).join(' · ')),
    h('p', { class: 'announcement' }, result.announcement),
    h(
      'div',
      { class: 'figures' },
      figure('应到代表', `${result.currentDeputies}人`),
      figure(`发出${paperOf(result.kind)}`, `${result.issued}张`),
      figure('收回', `${result.returned}张`),
      perBallot ? figure('有效', `${result.valid}张`) : null,
      perBallot ? figure('无效', `${result.invalid}张`) : null,
      isMotionKind(result.kind) ? figure('未表决', `${result.notVoting}人`) : null,
    ),
    resultTable(result),
    result.flags.length
      ? h(
          'ul',
          { class: 'flags' },
          result.flags.map((f) => h('li', {}, f.message)),
        )
      : null,
    h(
      'div',
      { class: 'actions' },
      h('button', { type: 'button', class: 'primary', onclick: () => ctx.go('waiting') }, '返回会议'),
    ),
  );
  return { root };
}

export function loadingScreen(title) {
  return {
    root: h(
      'section',
      { class: 'screen loading' },
      heading(title),
      h('p', { class: 'status', role: 'status' }, '正在读取…'),
    ),
  };
}
