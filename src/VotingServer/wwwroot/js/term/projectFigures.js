// 项目实施情况: a year's 民生实事 projects on a day (GET …/projects/figures), as the year's report states them: the
// sentence of its 总体情况, the figures in large type, per lead department a chart of where the projects stand and
// one of the rates, the late list, and the report itself as PDF or workbook for the same day.
import { h, redraw } from '/js/common/dom.js';
import { dateText } from '/js/common/suggestions.js';
import { rateBars, stackedBars } from '../charts.js';
import { asOfDate } from './asOfDate.js';
import { projectReportLinks } from './projectReport.js';
import { historyHref } from './projects.js';
import { yearChooser } from './projectWords.js';

const scale = ['满意', '基本满意', '不满意'];

const standing = [
  { name: '按期完成', short: '按期', className: 'project-delivered' },
  { name: '逾期完成', short: '逾期', className: 'project-late' },
  { name: '按计划推进', short: '推进', className: 'project-on-schedule' },
  { name: '进度滞后', short: '滞后', className: 'project-behind' },
];

/** 「截至2028年1月5日，2027年度民生实事项目共3项，…」: the report's sentence (Reports/ProjectReportSections.cs). */
export function overallSentence(day, year, o) {
  const rated = o.rated
    ? `经代表满意度测评${o.rated}项，其中${o.grades.map((g) => `${g.grade}${g.count}项`).join('、')}。`
    : '尚未进行满意度测评。';
  return (
    `截至${day}，${year}年度民生实事项目共${o.total}项，已完成${o.delivered}项（按期完成${o.deliveredOnTime}项），` +
    `完成率${o.deliveredRate.percent}%，按期完成率${o.onTimeRate.percent}%；` +
    `正在实施的项目中按计划推进${o.onSchedule}项、进度滞后${o.behind}项；${rated}`
  );
}

export function projectFiguresTab({ call, term, code }) {
  const years = yearChooser('年度', () => refresh());
  const asOf = asOfDate('统计截至日期（默认为今天）', () => refresh());
  const report = projectReportLinks({ code, term });
  const content = h('div', { class: 'dashboard' });
  const element = h(
    'section',
    { class: 'panel project-figures', 'aria-labelledby': 'project-figures-title' },
    h(
      'div',
      { class: 'dashboard-head' },
      h('h2', { id: 'project-figures-title' }, '民生实事项目实施情况'),
      h('div', { class: 'as-of' }, years.element, asOf.element),
    ),
    report.element,
    content,
  );

  // Busy while a day's figures are read; a newer read (another year, another day) wins over an older one.
  let reads = 0;
  async function refresh() {
    const read = ++reads;
    element.setAttribute('aria-busy', 'true');
    try {
      const projects = await call(`/api/terms/${term.id}/projects`);
      if (read !== reads) return;
      years.fill(projects.map((p) => p.year));
      const year = years.value();
      report.element.hidden = !year;
      if (!year) return redraw(content, h('p', {}, '本届还没有经票决确定的民生实事项目。'));
      const picked = asOf.picked();
      const dashboard = await call(
        `/api/terms/${term.id}/projects/figures?year=${year}${picked ? `&asOf=${picked}` : ''}`,
      );
      if (read !== reads) return;
      asOf.show(dashboard.asOf);
      report.set(year, dashboard.asOf);
      redraw(content, overall(dashboard), byDepartment(dashboard), late(dashboard));
    } finally {
      if (read === reads) element.removeAttribute('aria-busy');
    }
  }
  return { element, refresh };
}

function overall({ asOf, year, overall: o }) {
  const figure = (key, label, value, detail) =>
    h(
      'div',
      { class: 'big-figure', 'data-figure': key },
      h('dt', {}, label),
      h('dd', { class: 'value' }, value),
      detail
        ? h(
            'dd',
            { class: 'detail' },
            [detail].flat().map((line) => h('span', {}, line)),
          )
        : null,
    );
  const graded = (grade) => o.grades.find((g) => g.grade === grade)?.count ?? 0;
  const others = o.grades.filter((g) => !scale.includes(g.grade));
  return h(
    'section',
    { 'aria-labelledby': 'project-overall-title' },
    h('h3', { id: 'project-overall-title' }, `总体情况（截至${dateText(asOf)}）`),
    h('p', { class: 'overall-sentence' }, overallSentence(dateText(asOf), year, o)),
    h(
      'dl',
      { class: 'big-figures' },
      figure('total', '项目总数', `${o.total}项`, `${year}年度`),
      figure('on-schedule', '按计划推进', `${o.onSchedule}项`, '正在实施'),
      figure('behind', '进度滞后', `${o.behind}项`, '正在实施'),
      figure('delivered', '已完成', `${o.delivered}项`, `完成率${o.deliveredRate.percent}%`),
      figure('delivered-on-time', '按期完成', `${o.deliveredOnTime}项`, `按期完成率${o.onTimeRate.percent}%`),
      figure('rated', '已测评', `${o.rated}项`, '代表满意度测评'),
      scale.map((grade) => figure(`grade-${scale.indexOf(grade)}`, grade, `${graded(grade)}项`, '测评等次')),
      others.map((g) => figure(`grade-${g.grade}`, g.grade, `${g.count}项`, '测评等次')),
    ),
  );
}

function byDepartment({ byDepartment: departments }) {
  return h(
    'section',
    { 'aria-labelledby': 'project-departments-title' },
    h('h3', { id: 'project-departments-title' }, '按承办单位'),
    departments.length
      ? h(
          'div',
          { class: 'charts project-charts' },
          stackedBars({
            caption: '各承办单位项目进展（项）',
            rowHeading: '承办单位',
            series: standing,
            rows: departments.map(({ name, figures: f }) => ({
              label: name,
              counts: [f.deliveredOnTime, f.delivered - f.deliveredOnTime, f.onSchedule, f.behind],
            })),
          }),
          rateBars({
            caption: '各承办单位完成率和按期完成率',
            rowHeading: '承办单位',
            series: [
              { name: '完成率', className: 'project-done-rate' },
              { name: '按期完成率', className: 'project-on-time-rate' },
            ],
            rows: departments.map(({ name, figures: f }) => ({
              label: name,
              bars: [f.deliveredRate, f.onTimeRate].map((share) => ({
                percent: Number(share.percent),
                text: `${share.percent}%（${share.numerator}/${share.denominator}）`,
              })),
            })),
          }),
        )
      : h('p', {}, '没有项目。'),
  );
}

function late({ asOf, late: lines }) {
  return h(
    'section',
    { 'aria-labelledby': 'project-late-title' },
    h('h3', { id: 'project-late-title' }, `进度滞后和逾期完成的项目（${lines.length}项）`),
    lines.length
      ? h(
          'table',
          { class: 'late-projects' },
          h('caption', { class: 'sr-only' }, '滞后最久的在前'),
          h(
            'thead',
            {},
            h(
              'tr',
              {},
              ['项目名称', '承办单位', '进展', '应完成日期', '滞后天数'].map((c, i) =>
                h('th', { scope: 'col', class: i === 4 ? 'num' : null }, c),
              ),
            ),
          ),
          h(
            'tbody',
            {},
            lines.map((line) =>
              h(
                'tr',
                { 'data-project': line.id },
                h('th', { scope: 'row' }, h('a', { href: historyHref(line.id) }, line.title)),
                h('td', {}, line.leadDepartment),
                h('td', {}, line.progressLabel),
                h('td', { class: 'nowrap' }, dateText(line.dueOn)),
                h('td', { class: 'num' }, `${line.daysLate}天`),
              ),
            ),
          ),
        )
      : h('p', {}, `截至${dateText(asOf)}，没有进度滞后或逾期完成的项目。`),
  );
}
