// 民生实事项目 on the department's page: each adopted project it leads, with its deadline, its milestones (due and
// done), how far it is done and where it stands, the latest reports and inspections, and the form of its next
// progress report while it is not delivered.
import { h, redraw } from '/js/common/dom.js';
import { dateText } from '/js/common/suggestions.js';
import {
  inspectionsView,
  isDelivered,
  lateText,
  milestonesView,
  percentMeter,
  progressBadge,
  reportsView,
  wanText,
} from '/js/common/projects.js';
import { messageArea, say } from '../controls.js';
import { reportForm } from './projectsReport.js';

/** How many of the latest reports and inspections a card shows. */
const latest = 3;

/**
 * The tab's panel: { id, label, element, refresh }. `onLoaded(projects)` runs after each reading, so that the
 * reminders can say which projects are behind.
 */
export function projectsPanel({ call, term }, onLoaded) {
  const label = '民生实事项目';
  const justReported = messageArea();
  const count = h('p', { class: 'muted' }, '正在读取…');
  const cards = h('div', { class: 'project-cards' });
  const element = h(
    'section',
    { class: 'panel', 'aria-labelledby': 'projects-title' },
    h('h2', { id: 'projects-title' }, label),
    h(
      'p',
      {},
      '以下是本单位承办的民生实事项目。请按节点推进，及时报告进展；项目完成后报告“项目已完成”。' +
        '报告提交后不能修改，监督小组的代表和秘书处都能看到。',
    ),
    justReported,
    count,
    cards,
  );

  // Busy while it reads, so that nothing is typed into a form about to be drawn again.
  async function refresh() {
    element.setAttribute('aria-busy', 'true');
    try {
      await draw();
    } finally {
      element.removeAttribute('aria-busy');
    }
  }

  async function draw() {
    const projects = await call(`/api/terms/${term.id}/projects`);
    const histories = await Promise.all(projects.map((p) => call(`/api/terms/${term.id}/projects/${p.id}`)));
    const tab = document.getElementById('tab-projects');
    if (tab) tab.textContent = `${label}（${projects.length}）`;
    const behind = projects.filter((p) => p.progress === 'behind').length;
    count.textContent = projects.length
      ? `共${projects.length}项${behind ? `，其中${behind}项进度滞后` : ''}。`
      : '本单位没有承办的民生实事项目。';
    redraw(
      cards,
      histories.map((history) => projectCard({ call, term }, history, reported)),
    );
    onLoaded?.(projects);
  }

  async function reported(sentence) {
    await refresh();
    say(justReported, sentence, 'ok');
  }

  return { id: 'projects', label, element, refresh };
}

function projectCard(context, { project, reports, inspections }, onReported) {
  const id = `project-${project.id}`;
  const late = lateText(project);
  const facts = [
    ['年度', `${project.year}年`],
    ['实施地点', project.place || '—'],
    ['投资', wanText(project.budgetWan)],
    ['完成期限', dateText(project.deadlineOn)],
    project.deliveredOn ? ['完成日期', dateText(project.deliveredOn)] : null,
    ['监督小组', project.supervisors.length ? project.supervisors.join('、') : '尚未确定'],
    project.grade ? ['代表测评', project.grade] : null,
  ].filter(Boolean);
  return h(
    'article',
    { class: 'project-card', 'data-project': project.id, 'aria-labelledby': id },
    h(
      'div',
      { class: 'project-head' },
      h('h3', { id }, project.title),
      progressBadge(project),
      h('span', { class: 'percent' }, `完成${project.percentDone}%`),
    ),
    percentMeter(project),
    late ? h('p', { class: 'late-note' }, late) : null,
    h(
      'dl',
      { class: 'suggestion-facts' },
      facts.map(([term, value]) => h('div', {}, h('dt', {}, term), h('dd', {}, value))),
    ),
    h(
      'div',
      { class: 'project-columns' },
      h(
        'section',
        { 'aria-labelledby': `${id}-milestones` },
        h('h4', { id: `${id}-milestones` }, '节点'),
        milestonesView(project),
      ),
      h(
        'section',
        { 'aria-labelledby': `${id}-reports` },
        h('h4', { id: `${id}-reports` }, `进展报告（${reports.length}次）`),
        reportsView(reports, latest),
      ),
      h(
        'section',
        { 'aria-labelledby': `${id}-inspections` },
        h('h4', { id: `${id}-inspections` }, `代表视察（${inspections.length}次）`),
        inspectionsView(inspections, latest),
      ),
    ),
    isDelivered(project) ? null : reportForm(context, project, onReported),
  );
}
