// 办理情况: the figures of the term's suggestions on a day (GET …/suggestions/figures), as docs/rules.md counts them:
// the overall figures in large type with their rates, per department a chart of 按期办结率 and 满意率 and one of the
// answers' classes, a table per station, and the overdue and the re-handled suggestions. The day is today (China's)
// unless one is picked.
import { h, redraw } from '/js/common/dom.js';
import { dateText } from '/js/common/suggestions.js';
import { rateBars, stackedBars } from '../charts.js';
import { dueTable } from '../reminders.js';
import { asOfDate } from './asOfDate.js';

const percent = (share) => `${share.percent}%`;
const rate = (share) => `${share.percent}%（${share.numerator}/${share.denominator}）`;

const classSeries = [
  { name: 'A类（已解决或采纳）', short: 'A', className: 'class-a' },
  { name: 'B类（正在解决或列入计划）', short: 'B', className: 'class-b' },
  { name: 'C类（暂不能解决，留作参考）', short: 'C', className: 'class-c' },
];

export function figuresTab({ call, term }) {
  const day = asOfDate('统计截至（默认为今天）', () => refresh());
  const content = h('div', { class: 'dashboard' });
  const element = h(
    'section',
    { class: 'panel', 'aria-labelledby': 'figures-title' },
    h('div', { class: 'dashboard-head' }, h('h2', { id: 'figures-title' }, '代表建议办理情况'), day.element),
    content,
  );

  async function refresh() {
    const picked = day.picked();
    const dashboard = await call(`/api/terms/${term.id}/suggestions/figures${picked ? `?asOf=${picked}` : ''}`);
    day.show(dashboard.asOf);
    redraw(
      content,
      overall(dashboard),
      byDepartment(dashboard),
      byStation(dashboard),
      overdue(dashboard),
      rehandled(dashboard),
    );
  }
  return { element, refresh };
}

function overall({ asOf, overall: f }) {
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
  return h(
    'section',
    { 'aria-labelledby': 'overall-title' },
    h('h3', { id: 'overall-title' }, `总体情况（截至${dateText(asOf)}）`),
    h(
      'dl',
      { class: 'big-figures' },
      figure('total', '建议总数', `${f.total}件`, `已交办${f.assigned}件`),
      figure('on-time', '按期办结率', percent(f.onTimeRate), [`按期办结${f.answeredOnTime}件`, `应办结${f.due}件`]),
      figure('class-a', 'A类', `${f.classA}件`, [`已答复${f.answered}件`, `占${percent(f.shareA)}`]),
      figure('class-b', 'B类', `${f.classB}件`, `占已答复的${percent(f.shareB)}`),
      figure('class-c', 'C类', `${f.classC}件`, `占已答复的${percent(f.shareC)}`),
      figure('satisfied', '满意率', percent(f.satisfiedRate), [`满意${f.satisfied}件`, `已评价${f.rated}件`]),
      figure('satisfied-or-basically', '满意及基本满意率', percent(f.satisfiedOrBasicallyRate), [
        `满意及基本满意${f.satisfied + f.basicallySatisfied}件`,
        `已评价${f.rated}件`,
      ]),
      figure('overdue', '超期未答复', `${f.overdue}件`),
      figure('rehandled', '重新办理', `${f.rehandled}件`),
    ),
  );
}

function byDepartment({ byDepartment: departments }) {
  return h(
    'section',
    { 'aria-labelledby': 'by-department-title' },
    h('h3', { id: 'by-department-title' }, '按承办单位（主办）'),
    h(
      'div',
      { class: 'charts' },
      rateBars({
        caption: '各承办单位按期办结率和满意率',
        rowHeading: '承办单位',
        series: [
          { name: '按期办结率', className: 'on-time' },
          { name: '满意率', className: 'satisfied' },
        ],
        rows: departments.map(({ name, figures }) => ({
          label: name,
          bars: [figures.onTimeRate, figures.satisfiedRate].map((share) => ({
            percent: Number(share.percent),
            text: rate(share),
          })),
        })),
      }),
      stackedBars({
        caption: '各承办单位答复类别（件）',
        rowHeading: '承办单位',
        series: classSeries,
        rows: departments.map(({ name, figures }) => ({
          label: name,
          counts: [figures.classA, figures.classB, figures.classC],
        })),
      }),
    ),
  );
}

function byStation({ byStation: stations }) {
  const columns = [
    '代表联络站',
    '建议',
    '已交办',
    '应办结',
    '按期办结',
    '按期办结率',
    'A类',
    'B类',
    'C类',
    '满意率',
    '满意及基本满意率',
    '超期',
    '重新办理',
  ];
  return h(
    'section',
    { 'aria-labelledby': 'by-station-title' },
    h('h3', { id: 'by-station-title' }, '按代表联络站（领衔代表所在）'),
    h(
      'div',
      { class: 'table-scroll', role: 'region', 'aria-label': '各代表联络站办理情况表', tabindex: 0 },
      h(
        'table',
        { class: 'station-figures' },
        h(
          'thead',
          {},
          h(
            'tr',
            {},
            columns.map((c, i) => h('th', { scope: 'col', class: i ? 'num' : null }, c)),
          ),
        ),
        h(
          'tbody',
          {},
          stations.map(({ name, figures: f }) =>
            h(
              'tr',
              {},
              h('th', { scope: 'row' }, name),
              [
                f.total,
                f.assigned,
                f.due,
                f.answeredOnTime,
                percent(f.onTimeRate),
                f.classA,
                f.classB,
                f.classC,
                percent(f.satisfiedRate),
                percent(f.satisfiedOrBasicallyRate),
                f.overdue,
                f.rehandled,
              ].map((v) => h('td', { class: 'num' }, v)),
            ),
          ),
        ),
      ),
    ),
  );
}

function overdue({ overdue: dues }) {
  return h(
    'section',
    { 'aria-labelledby': 'overdue-title' },
    h('h3', { id: 'overdue-title' }, `超期未答复（${dues.length}件）`),
    dues.length
      ? dueTable(dues, { caption: '超期最久的在前', department: true })
      : h('p', {}, '没有超期未答复的建议。'),
  );
}

function rehandled({ rehandled: lines }) {
  return h(
    'section',
    { 'aria-labelledby': 'rehandled-title' },
    h('h3', { id: 'rehandled-title' }, `重新办理（${lines.length}件）`),
    lines.length
      ? h(
          'table',
          { class: 'rehandled' },
          h('caption', { class: 'sr-only' }, '代表评价不满意、退回重新办理的建议'),
          h(
            'thead',
            {},
            h(
              'tr',
              {},
              ['编号', '建议标题', '主办单位'].map((c) => h('th', { scope: 'col' }, c)),
            ),
          ),
          h(
            'tbody',
            {},
            lines.map((line) =>
              h(
                'tr',
                { 'data-suggestion': line.id },
                h('td', {}, line.number),
                h('th', { scope: 'row' }, line.title),
                h('td', {}, line.leadDepartment),
              ),
            ),
          ),
        )
      : h('p', {}, '没有退回重新办理的建议。'),
  );
}
