// One project's whole history on one page (RULES.md "民生实事: the whole cycle"): where its proposal came from and how
// it was screened, the 票决 that adopted it, its plan and milestones, the department's progress reports, the
// deputies' inspections, and the 测评 with its grade; each ballot links to the sitting's page that holds it.
import { h } from '/js/common/dom.js';
import { dateText, dayText } from '/js/common/suggestions.js';
import {
  ballotPageLink,
  ballotStateLabels,
  percentMeter,
  progressBadge,
  screeningLabels,
  sourceLabels,
  wan,
} from './projectWords.js';

export async function projectHistory({ call, term, id, back }) {
  const { project, proposal, vote, reports, inspections, appraisal } = await call(
    `/api/terms/${term.id}/projects/${id}`,
  );
  return h(
    'article',
    { class: 'panel project-history', 'data-project': project.id, 'aria-labelledby': 'history-title' },
    back,
    h('h2', { id: 'history-title', tabindex: -1 }, project.title),
    facts('project-facts', [
      ['年度', `${project.year}年度`],
      ['承办单位', project.leadDepartment],
      ['实施地点', project.place || '—'],
      ['投资', wan(project.budgetWan)],
      ['完成期限', dateText(project.deadlineOn)],
      ['进展', [progressBadge(project), project.deliveredOn ? `（${dateText(project.deliveredOn)}完成）` : null]],
      ['完成进度', percentMeter(project.percentDone)],
      ['测评等次', project.grade ?? '未测评'],
    ]),
    project.description ? h('p', { class: 'project-description' }, project.description) : null,
    h(
      'ol',
      { class: 'history-steps' },
      step('origin', '征集与初选', origin(proposal)),
      step('vote', '票决', ballot(vote, `${dateText(project.adoptedOn)}登记为${project.year}年度民生实事项目。`)),
      step('plan', '实施计划', plan(project)),
      step('reports', `进展报告（${reports.length}次）`, reportList(reports)),
      step('inspections', `代表视察（${inspections.length}次）`, inspectionList(inspections)),
      step(
        'appraisal',
        '满意度测评',
        appraisal
          ? ballot(appraisal, project.grade ? h('strong', {}, `测评等次：${project.grade}`) : '测评等次尚未写回。')
          : h('p', { class: 'muted' }, '尚未列入满意度测评。'),
      ),
    ),
  );
}

const step = (key, title, content) => h('li', { class: 'history-step', 'data-step': key }, h('h3', {}, title), content);

const facts = (cls, pairs) =>
  h(
    'dl',
    { class: cls },
    pairs.map(([term, value]) => h('div', {}, h('dt', {}, term), h('dd', {}, value))),
  );

function origin(proposal) {
  if (!proposal) return h('p', { class: 'muted' }, '不是从项目建议库列入的。');
  return facts(
    'step-facts',
    [
      ['来源', `${sourceLabels[proposal.source] ?? proposal.source}提出`],
      ['提出日期', dayText(proposal.submittedAt)],
      proposal.submitterName ? ['建议人', proposal.submitterName] : null,
      proposal.submitterPhone ? ['联系电话', proposal.submitterPhone] : null,
      ['建议名称', proposal.title],
      [
        '初选',
        [
          screeningLabels[proposal.screening] ?? proposal.screening,
          proposal.screeningNote ? `：${proposal.screeningNote}` : null,
        ],
      ],
    ].filter(Boolean),
  );
}

/** A ballot of the project's history and a link to the sitting's page where it is (议程, or 计票与公告 once closed). */
function ballot(link, after) {
  return [
    facts('step-facts', [
      ['会议', link.sittingName],
      ['表决事项', link.title],
      ['状态', ballotStateLabels[link.state] ?? link.state],
    ]),
    h('p', {}, ballotPageLink(link)),
    h('p', {}, after),
  ];
}

function plan(project) {
  return [
    facts('step-facts', [
      ['完成期限', dateText(project.deadlineOn)],
      ['监督小组', project.supervisors.length ? project.supervisors.join('、') : '未指定'],
    ]),
    project.milestones.length
      ? h(
          'table',
          { class: 'milestones' },
          h('caption', { class: 'sr-only' }, '实施节点'),
          h(
            'thead',
            {},
            h(
              'tr',
              {},
              ['节点', '计划完成时间', '完成情况'].map((c) => h('th', { scope: 'col' }, c)),
            ),
          ),
          h(
            'tbody',
            {},
            project.milestones.map((m) =>
              h(
                'tr',
                {},
                h('th', { scope: 'row' }, m.name),
                h('td', {}, dateText(m.dueOn)),
                h('td', {}, m.doneOn ? `${dateText(m.doneOn)}完成` : '未完成'),
              ),
            ),
          ),
        )
      : h('p', { class: 'muted' }, '尚未制定实施节点。'),
  ];
}

function reportList(reports) {
  if (!reports.length) return h('p', { class: 'muted' }, '承办单位尚未报告进展。');
  return h(
    'ol',
    { class: 'history-entries' },
    reports.map((r) =>
      h(
        'li',
        {},
        h('span', { class: 'entry-head' }, `${dateText(r.reportedOn)} ${r.by}：完成${r.percentDone}%`),
        h('span', { class: 'entry-text' }, r.text),
      ),
    ),
  );
}

function inspectionList(inspections) {
  if (!inspections.length) return h('p', { class: 'muted' }, '监督小组尚未记录视察。');
  return h(
    'ol',
    { class: 'history-entries' },
    inspections.map((i) =>
      h(
        'li',
        {},
        h('span', { class: 'entry-head' }, `${dateText(i.inspectedOn)} ${i.by}`),
        h('span', { class: 'entry-text' }, i.text),
      ),
    ),
  );
}
