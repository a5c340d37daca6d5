// 民生实事 projects between sittings (RULES.md "民生实事: the whole cycle"), once for the department's page and the
// deputy's phone: where a project stands (the server's progressLabel), how far it is done, its milestones, the lead
// department's progress reports and the deputies' inspections, each reading the same on every page.
import { h } from './dom.js';
import { dateText } from './suggestions.js';

/** The progress as the server words it (按计划推进, 进度滞后, 已完成, 逾期完成), its wire value as its colour. */
export const progressBadge = (project) =>
  h('span', { class: `badge progress-${project.progress}` }, project.progressLabel);

/** A bar of the percent done, beside the words 完成30% that say it (so hidden from a screen reader). */
export const percentMeter = (project) =>
  h('div', { class: 'percent-meter', 'aria-hidden': 'true' }, h('span', { style: `width:${project.percentDone}%` }));

export const wanText = (value) =>
  value === null || value === undefined ? '—' : `${Number(value).toLocaleString('zh-CN')}万元`;

export const isDelivered = (project) => Boolean(project.deliveredOn);

/**
 * The milestone the server's 进度滞后 is certainly about, without a clock of this page's own: a project behind while
 * a milestone is still to be done has missed (at least) the earliest of them; one behind with all of them done is
 * past its deadline. Null for a project not behind.
 */
export function lateMilestone(project) {
  if (project.progress !== 'behind') return null;
  return project.milestones.find((m) => !m.doneOn) ?? null;
}

/** What holds a project back, in one sentence; null when nothing does. */
export function lateText(project) {
  if (project.progress !== 'behind') return null;
  const milestone = lateMilestone(project);
  return milestone
    ? `节点“${milestone.name}”应于${dateText(milestone.dueOn)}完成，尚未完成。`
    : `已超过完成期限${dateText(project.deadlineOn)}，尚未报告完成。`;
}

/** The milestones in the order they are due: each with its date and whether it is done (and when), or late. */
export function milestonesView(project) {
  if (!project.milestones.length) return h('p', { class: 'milestones-none' }, '计划中没有设置节点。');
  const late = lateMilestone(project);
  return h(
    'ol',
    { class: 'milestones' },
    project.milestones.map((m) => {
      const state = m.doneOn ? 'done' : m === late ? 'late' : 'todo';
      return h(
        'li',
        { class: `milestone milestone-${state}`, 'data-milestone': m.id },
        h('span', { class: 'milestone-name' }, m.name),
        h('span', { class: 'milestone-due' }, `应于${dateText(m.dueOn)}完成`),
        h(
          'span',
          { class: 'milestone-state' },
          { done: `已完成（${m.doneOn && dateText(m.doneOn)}）`, late: '已逾期，尚未完成', todo: '尚未完成' }[state],
        ),
      );
    }),
  );
}

/** The department's reports, newest first; `limit` keeps the latest and says how many earlier ones there are. */
export function reportsView(reports, limit = Infinity) {
  if (!reports.length) return h('p', { class: 'entries-none' }, '承办单位尚未报告进展。');
  return entries(reports, limit, '次较早的报告', (r) => [
    h('span', { class: 'entry-date' }, dateText(r.reportedOn)),
    h('span', { class: 'entry-by' }, r.by),
    h('strong', { class: 'entry-percent' }, `完成${r.percentDone}%`),
  ]);
}

/** The inspections of the supervision group, newest first. */
export function inspectionsView(inspections, limit = Infinity) {
  if (!inspections.length) return h('p', { class: 'entries-none' }, '尚无视察记录。');
  return entries(inspections, limit, '次较早的视察', (i) => [
    h('span', { class: 'entry-date' }, dateText(i.inspectedOn)),
    h('span', { class: 'entry-by' }, i.by),
  ]);
}

function entries(all, limit, earlier, head) {
  const newest = [...all].reverse();
  const shown = newest.slice(0, limit);
  return [
    h(
      'ul',
      { class: 'entries' },
      shown.map((entry) =>
        h(
          'li',
          { class: 'entry' },
          h('p', { class: 'entry-head' }, head(entry)),
          h('p', { class: 'entry-text' }, entry.text),
        ),
      ),
    ),
    newest.length > shown.length ? h('p', { class: 'muted' }, `另有${newest.length - shown.length}${earlier}。`) : null,
  ];
}
