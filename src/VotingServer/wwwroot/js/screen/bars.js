// Bars in plain CSS for the hall. A motion is drawn as one short labelled bar per option (赞成 / 反对 / 弃权 / 未表决),
// so no label is ever cut; a project's 赞成 is a bar in its table row. Both are drawn against all current deputies,
// with the pass line at the smallest passing whole number of votes (result.passThreshold), never at a half vote.
import { h } from '/js/common/dom.js';

const percent = (part, whole) => `${Math.min(100, (100 * part) / (whole || 1))}%`;

/** The pass line inside a track: a track that reaches it passes. */
const passLine = (result) =>
  result.passThreshold
    ? h('span', {
        class: 'pass-line',
        style: `left: ${percent(result.passThreshold.votes, result.currentDeputies)}`,
        'data-votes': `${result.passThreshold.votes}票`,
      })
    : null;

/** One bar per option of a motion, with its count beside the label. */
export function motionBars(result) {
  const item = result.items[0];
  const rows = [
    ...(item?.counts ?? []).map((c) => [c.option, c.label, c.count]),
    ['unknown', '未表决', result.notVoting],
  ];
  return h(
    'figure',
    { class: 'motion-bars', 'aria-label': '表决情况' },
    rows.map(([option, label, count]) =>
      h(
        'div',
        { class: 'motion-bar', 'data-option': option },
        h('span', { class: 'bar-label' }, label),
        h(
          'span',
          { class: 'bar-track' },
          h('span', { class: `segment option-${option}`, style: `width: ${percent(count, result.currentDeputies)}` }),
          option === 'for' ? passLine(result) : null,
        ),
        h('span', { class: 'bar-count' }, `${count}票`),
      ),
    ),
  );
}

/** A project's votes as a bar in its row: 赞成 against all current deputies (or the most votes under plurality). */
export function projectBar(result, item, scale) {
  const votes = item.votes ?? 0;
  return h(
    'span',
    { class: 'bar-track', 'aria-hidden': 'true' },
    h('span', { class: `segment option-for${item.passed ? ' passed' : ''}`, style: `width: ${percent(votes, scale)}` }),
    passLine(result),
  );
}
