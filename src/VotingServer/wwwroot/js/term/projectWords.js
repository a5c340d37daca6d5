// The words of the 民生实事 register on the term page: where a project stands, its budget, where a proposal came from,
// the state of a ballot it went to, and the year chooser the projects' tabs share.
import { h } from '/js/common/dom.js';
import { field } from '../controls.js';
import { rememberSitting } from '../session.js';

/** The colour of a progress label (ProjectMapping.Wire): the word carries the meaning, the colour only helps. */
const tones = { 'on-schedule': 'on-schedule', behind: 'behind', delivered: 'delivered', 'delivered-late': 'late' };

export const progressBadge = (project) =>
  h('span', { class: `badge progress-${tones[project.progress] ?? 'on-schedule'}` }, project.progressLabel);

/** 180万元, or — when no budget was given. */
export const wan = (value) =>
  value === null || value === undefined ? '—' : `${Number(value).toLocaleString('zh-CN')}万元`;

export const sourceLabels = { public: '群众', department: '部门', deputy: '代表', station: '代表联络站' };

export const screeningLabels = { pending: '待初选', accepted: '通过初选', rejected: '未通过初选' };

export const ballotStateLabels = { draft: '草稿，尚未开始表决', open: '正在表决', closed: '表决已结束' };

/** A 完成 bar with its figure, for the eye; the figure is also its text. */
export const percentMeter = (percent) =>
  h(
    'span',
    { class: 'percent-done' },
    h('span', { class: 'percent-track', 'aria-hidden': 'true' }, h('span', { style: `width: ${percent}%` })),
    h('span', { class: 'percent-value' }, `${percent}%`),
  );

/**
 * The years the term has projects for, newest first, in a select that keeps the one chosen (the newest by default):
 * { element, value(), fill(years) }.
 */
export function yearChooser(label, onchange) {
  const select = h('select', { name: 'year' });
  let chosen = null;
  select.addEventListener('change', () => {
    chosen = Number(select.value);
    onchange();
  });
  return {
    element: field(label, select),
    value: () => (select.value ? Number(select.value) : null),
    fill(years) {
      const shown = [...new Set(years)].sort((a, b) => b - a);
      const keep = shown.includes(chosen) ? chosen : shown[0];
      select.replaceChildren(...shown.map((y) => h('option', { value: y, selected: y === keep }, `${y}年度`)));
      select.disabled = shown.length === 0;
    },
  };
}

/** A link to the sitting's page where a ballot is: 议程与表决 until it closes, then 计票与公告. */
export function ballotPageLink(link, text = '在会议页面查看') {
  const [tab, words] = link.state === 'closed' ? ['records', '计票与公告'] : ['agenda', '议程与表决'];
  const a = h('a', { href: `/staff/secretariat.html#${tab}`, 'data-ballot': link.ballotId }, `${text}（${words}）`);
  // The sitting page opens the sitting this tab remembers.
  a.addEventListener('click', () => rememberSitting('secretariat', link.sittingId));
  return a;
}
