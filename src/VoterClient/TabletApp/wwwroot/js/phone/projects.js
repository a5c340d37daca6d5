// 我监督的项目: the 民生实事 projects whose supervision group the deputy is in (the server lists only those), each with
// where it stands, how far it is done and its deadline. A tap opens the project.
import { h } from '/js/common/dom.js';
import { percentMeter, progressBadge } from '/js/common/projects.js';
import { dateText } from '/js/common/suggestions.js';
import { heading } from '../screens/layout.js';

export function projectsScreen({ call, me }) {
  const status = h('p', { class: 'status', role: 'status' }, '正在读取您监督的项目…');
  const problem = h('p', { class: 'problem', role: 'alert' });
  const list = h('ul', { class: 'project-list' });
  const root = h(
    'section',
    { class: 'screen' },
    heading('我监督的项目', '您参加监督小组的民生实事项目'),
    status,
    problem,
    list,
  );
  call(`/api/terms/${me.termId}/projects`).then(
    (projects) => {
      const behind = projects.filter((p) => p.progress === 'behind').length;
      status.textContent = projects.length
        ? `共${projects.length}项${behind ? `，其中${behind}项进度滞后` : ''}。`
        : '您没有参加监督的民生实事项目。';
      list.replaceChildren(...projects.map(item));
    },
    (error) => {
      status.textContent = '';
      problem.textContent = error.message;
    },
  );
  return root;
}

function item(project) {
  return h(
    'li',
    {},
    h(
      'a',
      { class: `project-card${project.progress === 'behind' ? ' behind' : ''}`, href: `#project-${project.id}` },
      h('span', { class: 'card-line' }, h('span', { class: 'number' }, `${project.year}年度`), progressBadge(project)),
      h('span', { class: 'card-title' }, project.title),
      h(
        'span',
        { class: 'card-meta' },
        h('span', {}, `完成${project.percentDone}%`),
        h('span', {}, `期限${dateText(project.deadlineOn)}`),
      ),
      percentMeter(project),
      h('span', { class: 'card-meta' }, project.leadDepartment),
    ),
  );
}
