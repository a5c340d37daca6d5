// 项目实施: the year's 民生实事 projects as the sitting adopted them, each with its lead department, budget, deadline,
// how far it is done and where it stands, its grade once rated; its plan set in a dialog; its whole history on a
// page of its own (?project=id, a link that can be opened again); and the year's 满意度测评 under the list.
import { h, redraw } from '/js/common/dom.js';
import { dateText } from '/js/common/suggestions.js';
import { columnTable, messageArea, say } from '../controls.js';
import { appraisalPanel } from './projectAppraisal.js';
import { projectHistory } from './projectHistory.js';
import { planDialog } from './projectPlan.js';
import { percentMeter, progressBadge, wan, yearChooser } from './projectWords.js';

const opened = () => Number(new URLSearchParams(location.search).get('project')) || null;

/** The address of a project's history, on this page: ?project=12#projects. */
export const historyHref = (id) => `?project=${id}#projects`;

export function projectsTab({ call, term }) {
  const years = yearChooser('年度', () => refresh());
  const message = messageArea();
  const summary = h('p', { class: 'muted' });
  const body = h('tbody', {});
  const appraisal = appraisalPanel({ call, term, year: () => years.value(), changed: () => refresh() });
  const columns = [
    ['项目', null],
    ['承办单位', 'col-department'],
    ['投资', 'col-budget'],
    ['完成期限', 'col-deadline'],
    ['进展', 'col-progress'],
    ['测评等次', 'col-grade'],
    ['监督小组', 'col-supervisors'],
    ['操作', 'col-act'],
  ];
  const list = h(
    'section',
    { class: 'panel', 'aria-labelledby': 'projects-title' },
    h('div', { class: 'dashboard-head' }, h('h2', { id: 'projects-title' }, '民生实事项目实施'), years.element),
    summary,
    message,
    columnTable({ className: 'projects', caption: '本年度民生实事项目', columns, body }),
  );
  const historyView = h('div', { hidden: true });
  const element = h('div', { class: 'projects-tab' }, list, appraisal.element, historyView);

  // A link to a history is followed on the page; back and forward go between the list and the histories.
  element.addEventListener('click', (event) => {
    const link = event.target.closest?.('a[data-project-link]');
    if (!link || event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0) return;
    event.preventDefault();
    history.pushState(null, '', link.getAttribute('href'));
    refresh();
  });
  window.addEventListener('popstate', () => !element.hidden && refresh());

  // Busy while the list or a history is read; a newer read (another year, another project) wins over an older one.
  let reads = 0;
  async function refresh() {
    const read = ++reads;
    element.setAttribute('aria-busy', 'true');
    try {
      await show(read);
    } finally {
      if (read === reads) element.removeAttribute('aria-busy');
    }
  }

  async function show(read) {
    const id = opened();
    if (id) {
      const view = await projectHistory({ call, term, id, back: backLink() });
      if (read !== reads) return;
      list.hidden = appraisal.element.hidden = true;
      historyView.hidden = false;
      redraw(historyView, view);
      historyView.querySelector('h2')?.focus();
      return;
    }
    const all = await call(`/api/terms/${term.id}/projects`);
    if (read !== reads) return;
    list.hidden = false;
    historyView.hidden = true;
    years.fill(all.map((p) => p.year));
    const year = years.value();
    const projects = all.filter((p) => p.year === year);
    summary.textContent = year
      ? `${year}年度民生实事项目共${projects.length}项。点项目名称查看它从征集到测评的全过程。`
      : '本届还没有经票决确定的民生实事项目。项目在「征集」中列入候选名单、经会议票决并公布后登记到这里。';
    redraw(body, projects.map(row));
    await appraisal.refresh(projects);
  }

  function row(project) {
    const plan = h(
      'button',
      { type: 'button', class: 'quiet', 'data-key': `plan-${project.id}`, disabled: Boolean(project.deliveredOn) },
      '实施计划',
    );
    plan.addEventListener('click', async () => {
      const planned = await planDialog({ call, term, project });
      if (!planned) return;
      const p = planned.project;
      say(
        message,
        `已保存“${p.title}”的实施计划：完成期限${dateText(p.deadlineOn)}，节点${p.milestones.length}个，` +
          `监督小组${p.supervisors.length ? p.supervisors.join('、') : '未指定'}。`,
        'ok',
      );
      await refresh();
    });
    return h(
      'tr',
      { 'data-project': project.id },
      h(
        'th',
        { scope: 'row' },
        h('a', { href: historyHref(project.id), 'data-project-link': '' }, project.title),
        project.place ? h('span', { class: 'place' }, project.place) : null,
      ),
      h('td', {}, project.leadDepartment),
      h('td', { class: 'num' }, wan(project.budgetWan)),
      h('td', { class: 'nowrap' }, dateText(project.deadlineOn)),
      h('td', {}, progressBadge(project), percentMeter(project.percentDone)),
      h('td', {}, project.grade ? h('strong', {}, project.grade) : h('span', { class: 'muted' }, '未测评')),
      // One name a line; the comma between them is still read out.
      h(
        'td',
        { class: 'supervisors' },
        project.supervisors.length
          ? project.supervisors.map((name, i, all) =>
              h(
                'span',
                { class: 'supervisor' },
                name,
                i < all.length - 1 ? h('span', { class: 'sr-only' }, '、') : null,
              ),
            )
          : h('span', { class: 'muted' }, '未指定'),
      ),
      h('td', { class: 'act' }, plan),
    );
  }

  function backLink() {
    return h(
      'a',
      { href: `${location.pathname}#projects`, 'data-project-link': '', class: 'back-link' },
      '← 返回项目列表',
    );
  }

  return { element, refresh };
}
