// The attendance panel: 应到 / 实到 / 请假 / 缺席, whether quorum is met, and the announcement sentence. Live pushes
// update the text of the same nodes, so nothing on the page moves or is replaced while someone points at it.
import { h } from '/js/common/dom.js';

/** Sets a node's text only when it changes. */
const setText = (node, text) => {
  if (node.textContent !== String(text)) node.textContent = String(text);
};

/**
 * The smallest 实到 that meets the sitting's quorum: more than numerator/denominator of 应到 (src/Tally/Quorum.cs),
 * e.g. 7 of 9 for two thirds. Null without the sitting's rule.
 */
export function requiredPresent(expected, sitting) {
  const { quorumNumerator: numerator, quorumDenominator: denominator } = sitting ?? {};
  if (!numerator || !denominator) return null;
  return Math.floor((numerator * expected) / denominator) + 1;
}

/** 未达到法定人数（应到9人，实到0人，须7人）: why a ballot cannot be opened. */
export function quorumShortfall(attendance, sitting) {
  const required = requiredPresent(attendance.expected, sitting);
  const need = required === null ? '' : `，须${required}人`;
  return `未达到法定人数（应到${attendance.expected}人，实到${attendance.present}人${need}）`;
}

export function attendancePanel({ compact = false } = {}) {
  const heading = h('h2', { id: 'attendance-title' }, '出席情况');
  const reading = h('p', { class: 'muted' }, '正在读取…');
  const values = {};
  const figure = (key, label) => h('div', { class: 'figure' }, (values[key] = h('span', { class: 'value' })), label);
  const figures = h(
    'div',
    { class: 'figures', hidden: true },
    figure('expected', '应到'),
    figure('present', '实到'),
    figure('onLeave', '请假'),
    figure('absent', '缺席'),
  );
  const quorum = h('p', { class: 'quorum', hidden: true });
  const sentence = h('p', { class: 'sentence', 'data-role': 'attendance-sentence', hidden: true });
  const element = h(
    'section',
    { class: `attendance panel${compact ? ' compact' : ''}`, 'aria-labelledby': 'attendance-title' },
    heading,
    reading,
    figures,
    quorum,
    sentence,
  );
  const show = (attendance) => {
    reading.hidden = true;
    figures.hidden = quorum.hidden = sentence.hidden = false;
    for (const key of Object.keys(values)) setText(values[key], attendance[key]);
    quorum.className = `quorum ${attendance.quorumMet ? 'met' : 'not-met'}`;
    setText(quorum, attendance.quorumMet ? '✔ 符合法定人数' : '✘ 不符合法定人数，不能开始表决');
    setText(sentence, attendance.sentence);
  };
  return { element, show };
}

/** One line for the top of the console: 应到 9 · 实到 8 · 请假 1 · 缺席 0 and ✔ / ✘ with how many are needed. */
export function quorumStrip(sitting) {
  const figures = h('span', { class: 'strip-figures' }, '出席情况正在读取…');
  const verdict = h('span', { class: 'strip-quorum' });
  const element = h('p', { class: 'quorum-strip', 'data-role': 'quorum-strip' }, figures, verdict);
  const show = (attendance) => {
    setText(
      figures,
      `应到 ${attendance.expected} · 实到 ${attendance.present} · 请假 ${attendance.onLeave} · 缺席 ${attendance.absent}`,
    );
    verdict.className = `strip-quorum ${attendance.quorumMet ? 'met' : 'not-met'}`;
    const required = requiredPresent(attendance.expected, sitting);
    setText(
      verdict,
      attendance.quorumMet ? '✔ 符合法定人数' : `✘ 不符合法定人数${required === null ? '' : `（须实到${required}人）`}`,
    );
  };
  return { element, show };
}
