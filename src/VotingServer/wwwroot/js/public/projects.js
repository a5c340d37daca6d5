// 公示: the term's 民生实事 projects of a year and where each stands, for anyone; no names, no telephones.
import { api } from '/js/common/api.js';
import { $, fill, h } from '/js/common/dom.js';
import { publicTerm } from './term.js';

const app = $('#app');
const wan = (value) => (value === null || value === undefined ? '—' : `${Number(value).toLocaleString('zh-CN')}万元`);
const date = (value) => value.replaceAll('-', '.');
const tone = { 按计划推进: 'ok', 已完成: 'ok', 进度滞后: 'bad', 逾期完成: 'warn' };

async function show() {
  const term = await publicTerm();
  if (!term) return fill(app, h('p', {}, '暂无公示的项目。'));
  const projects = await api(null, `/api/public/terms/${term.id}/projects`);
  const years = [...new Set(projects.map((p) => p.year))].sort((a, b) => b - a);
  const asked = Number(new URLSearchParams(location.search).get('year'));
  const year = years.includes(asked) ? asked : years[0];
  const shown = projects.filter((p) => p.year === year);
  fill(
    app,
    years.length > 1 ? yearLinks(term, years, year) : null,
    h('h2', {}, year ? `${year}年度民生实事项目（${shown.length}项）` : '暂无公示的项目'),
    term.collectingYear
      ? h(
          'p',
          { class: 'call' },
          `正在征集${term.collectingYear}年民生实事项目。`,
          h('a', { href: `/projects/propose.html?term=${term.id}` }, '我要提建议'),
        )
      : null,
    h('ol', { class: 'project-cards' }, shown.map(card)),
  );
}

function yearLinks(term, years, year) {
  return h(
    'nav',
    { class: 'years', 'aria-label': '年度' },
    years.map((y) =>
      h('a', { href: `?term=${term.id}&year=${y}`, 'aria-current': y === year ? 'page' : null }, `${y}年`),
    ),
  );
}

function card(project) {
  return h(
    'li',
    { class: 'project-card' },
    h('h3', {}, project.title),
    h(
      'dl',
      {},
      h('dt', {}, '承办单位'),
      h('dd', {}, project.leadDepartment),
      project.place ? [h('dt', {}, '实施地点'), h('dd', {}, project.place)] : null,
      h('dt', {}, '投资'),
      h('dd', {}, wan(project.budgetWan)),
      h('dt', {}, '完成期限'),
      h('dd', {}, date(project.deadlineOn)),
      h('dt', {}, '进展'),
      h(
        'dd',
        {},
        h('span', { class: `badge ${tone[project.progressLabel] ?? ''}` }, project.progressLabel),
        ` 完成${project.percentDone}%`,
      ),
      project.grade ? [h('dt', {}, '代表测评'), h('dd', {}, project.grade)] : null,
    ),
    h(
      'div',
      { class: 'meter', role: 'img', 'aria-label': `完成${project.percentDone}%` },
      h('span', { style: `width:${project.percentDone}%` }),
    ),
  );
}

show().catch((error) => fill(app, h('p', { class: 'message error', role: 'alert' }, error.message)));
