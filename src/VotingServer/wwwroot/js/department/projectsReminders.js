// The department's reminders of its 民生实事 projects, under those of its suggestions: each project the server finds
// behind (进度滞后), with the milestone it has missed or the deadline it has passed. Nothing shows while the
// department leads no project.
import { h, redraw } from '/js/common/dom.js';
import { dateText } from '/js/common/suggestions.js';
import { lateMilestone } from '/js/common/projects.js';

/** { element, show(projects) }: the element goes into the reminders panel; show draws it from the projects read. */
export function projectReminders() {
  const summary = h('p', { class: 'project-summary' });
  const table = h('div', {});
  const element = h(
    'div',
    { class: 'project-reminders', hidden: true },
    h('h3', { id: 'project-reminders-title' }, '民生实事项目'),
    summary,
    table,
  );
  function show(projects) {
    element.hidden = projects.length === 0;
    const behind = projects.filter((p) => p.progress === 'behind');
    summary.className = `project-summary${behind.length ? ' has-overdue' : ''}`;
    summary.textContent = behind.length
      ? `${behind.length}项民生实事项目进度滞后，请加快推进并及时报告进展。`
      : '本单位承办的民生实事项目没有进度滞后的。';
    redraw(table, behind.length ? lateTable(behind) : null);
  }
  return { element, show };
}

function lateTable(projects) {
  return h(
    'table',
    { class: 'due-table late-projects' },
    h('caption', {}, '进度滞后的项目'),
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        ['项目名称', '逾期未完成', '应完成日期', '完成进度'].map((c) => h('th', { scope: 'col' }, c)),
      ),
    ),
    h(
      'tbody',
      {},
      projects.map((project) => {
        const milestone = lateMilestone(project);
        return h(
          'tr',
          { class: 'overdue', 'data-project': project.id },
          h('th', { scope: 'row' }, project.title),
          h('td', { class: 'days-left' }, milestone ? `节点“${milestone.name}”` : '项目（已过完成期限）'),
          h('td', { class: 'nowrap' }, dateText(milestone ? milestone.dueOn : project.deadlineOn)),
          h('td', { class: 'nowrap' }, `${project.percentDone}%`),
        );
      }),
    ),
  );
}
