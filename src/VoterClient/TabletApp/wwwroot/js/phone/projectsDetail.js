// One project on the phone of a deputy in its supervision group: where it stands and how far it is done, its facts,
// its milestones, the lead department's progress reports and the group's inspections, then the form to record one.
import { fill, h } from '/js/common/dom.js';
import {
  inspectionsView,
  lateText,
  milestonesView,
  percentMeter,
  progressBadge,
  reportsView,
  wanText,
} from '/js/common/projects.js';
import { dateText } from '/js/common/suggestions.js';
import { heading } from '../screens/layout.js';
import { inspectionForm } from './projectsInspection.js';

/** `notice` is read out on arrival: what the deputy just did (recorded an inspection). */
export function projectScreen(context, id, notice) {
  const { call, me } = context;
  const title = heading('项目详情');
  const status = h('p', { class: 'status', role: 'status' }, '正在读取…');
  const problem = h('p', { class: 'problem', role: 'alert' });
  const body = h('div', {});
  const root = h(
    'section',
    { class: 'screen project-detail' },
    h('a', { class: 'back', href: '#projects' }, '‹ 返回我监督的项目'),
    title,
    status,
    problem,
    body,
  );
  call(`/api/terms/${me.termId}/projects/${id}`).then(
    (history) => {
      title.querySelector('h1').textContent = history.project.title;
      status.textContent = notice ?? '';
      fill(body, view(context, history));
    },
    (error) => {
      status.textContent = '';
      problem.textContent = error.message;
    },
  );
  return root;
}

function view(context, { project, reports, inspections }) {
  const late = lateText(project);
  const facts = [
    ['承办单位', project.leadDepartment],
    ['实施地点', project.place || '—'],
    ['投资', wanText(project.budgetWan)],
    ['完成期限', dateText(project.deadlineOn)],
    project.deliveredOn ? ['完成日期', dateText(project.deliveredOn)] : null,
    ['监督小组', project.supervisors.join('、')],
    project.grade ? ['代表测评', project.grade] : null,
  ].filter(Boolean);
  return [
    h('p', { class: 'detail-state' }, `${project.year}年度民生实事项目 `, progressBadge(project)),
    h('p', { class: 'percent-line' }, `完成${project.percentDone}%`),
    percentMeter(project),
    late ? h('p', { class: 'late-note' }, late) : null,
    h(
      'dl',
      { class: 'facts' },
      facts.map(([term, value]) => h('div', {}, h('dt', {}, term), h('dd', {}, value))),
    ),
    project.description ? [h('h2', {}, '项目内容'), h('p', { class: 'content' }, project.description)] : null,
    h('h2', {}, '节点'),
    milestonesView(project),
    h('h2', {}, `承办单位进展报告（${reports.length}次）`),
    reportsView(reports),
    h('h2', {}, `视察情况（${inspections.length}次）`),
    inspectionsView(inspections),
    inspectionForm(context, project),
  ];
}
