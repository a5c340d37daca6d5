// The figures of a closed ballot, kind by kind, exactly as the server counted them (protocol section 9).
import { h } from '/js/common/dom.js';
import {
  approvalOptions,
  gradeText,
  isAppraisalKind,
  isApprovalKind,
  isMotionKind,
  outcomeLabels,
} from '/js/common/ballots.js';

/**
 * On a phone each row becomes a card of label and figure (tablet.css), so nothing needs sideways scrolling; should a
 * table still be wider than the screen, it scrolls inside a region that takes focus (the keyboard can scroll it too)
 * and is named for screen readers.
 */
function scrolling(label, content) {
  return h('div', { class: 'table-scroll', tabindex: '0', role: 'region', 'aria-label': label }, content);
}

function table(headers, rows) {
  return h(
    'table',
    { class: 'result-table' },
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        headers.map((title) => h('th', { scope: 'col' }, title)),
      ),
    ),
    h(
      'tbody',
      {},
      rows.map(([name, ...cells]) =>
        h(
          'tr',
          {},
          h('th', { scope: 'row' }, name),
          cells.map((cell, i) => h('td', { 'data-label': headers[i + 1] }, cell)),
        ),
      ),
    ),
  );
}

const count = (item, option) => item.counts.find((c) => c.option === option)?.count ?? 0;

function projects(result) {
  const approval = isApprovalKind(result.kind);
  return table(
    ['项目', ...(approval ? approvalOptions.map((o) => o.label) : [`${approvalOptions[0].label}票`]), '名次', '结果'],
    result.items.map((item) => [
      item.name,
      ...(approval ? approvalOptions.map((o) => count(item, o.code)) : [item.votes]),
      item.rank ?? '—',
      outcomeLabels[item.outcome] ?? '—',
    ]),
  );
}

function appraisal(result) {
  const options = result.items[0]?.counts ?? [];
  return table(
    ['测评对象', ...options.map((o) => o.label), '无效', '等次', '名次'],
    result.items.map((item) => [
      item.name,
      ...item.counts.map((c) => [
        h('span', { class: 'count' }, `${c.count}票`),
        h('span', { class: 'rate' }, `（${item.rates.find((r) => r.option === c.option)?.percent ?? '0.00'}%）`),
      ]),
      item.invalid,
      gradeText(result, item),
      item.rank ?? '—',
    ]),
  );
}

function motion(result) {
  const item = result.items[0];
  return h(
    'div',
    { class: 'motion-result' },
    h(
      'div',
      { class: 'figures' },
      approvalOptions.map(({ code: option }) =>
        h(
          'div',
          { class: `figure figure-${option}` },
          h('span', { class: 'figure-label' }, item.counts.find((c) => c.option === option)?.label ?? option),
          h('span', { class: 'figure-value' }, `${count(item, option)}票`),
        ),
      ),
    ),
    h(
      'p',
      { class: result.passed ? 'verdict passed' : 'verdict' },
      result.passed ? '本议案获得通过' : '本议案未获通过',
    ),
  );
}

export function resultTable(result) {
  if (isMotionKind(result.kind)) return motion(result);
  const label = `“${result.title}”各项得票`;
  return scrolling(label, isAppraisalKind(result.kind) ? appraisal(result) : projects(result));
}
