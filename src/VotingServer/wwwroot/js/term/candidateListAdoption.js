// 确定项目: the 票决 ballots made from the year's candidate lists, where each stands (draft, voting, counted, published),
// and for a published one the adoption of the projects its last round chose, each to be done by a deadline; then
// the projects adopted, as the register keeps them.
import { h, redraw } from '/js/common/dom.js';
import { dateText } from '/js/common/suggestions.js';
import { act, field, messageArea, say } from '../controls.js';
import { budgetText } from './proposalsWords.js';

export function adoptionPanel(context, { changed }) {
  const { call, term } = context;
  const message = messageArea();
  const ballotsTable = h(
    'table',
    { class: 'candidate-ballots' },
    h('caption', { class: 'sr-only' }, '本年度民生实事项目票决'),
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        ['票决', '状态'].map((c) => h('th', { scope: 'col' }, c)),
      ),
    ),
  );
  const projectsBody = h('tbody', {});
  const projectsSummary = h('p', { class: 'muted' });
  const element = h(
    'section',
    { class: 'panel', 'aria-labelledby': 'adoption-title' },
    h('h2', { id: 'adoption-title' }, '票决结果与确定项目'),
    h('p', { class: 'muted' }, '票决结果公告后，据公告结果确定本年度民生实事项目，转入项目实施。'),
    message,
    ballotsTable,
  );
  const projectsTable = h(
    'table',
    { class: 'adopted-projects' },
    h('caption', { class: 'sr-only' }, '本年度已确定的民生实事项目'),
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        ['项目名称', '实施地点', '估算投资（万元）', '承办单位', '确定日期', '完成期限'].map((c) =>
          h('th', { scope: 'col' }, c),
        ),
      ),
    ),
    projectsBody,
  );
  const adopted = h(
    'section',
    { class: 'panel', 'aria-labelledby': 'adopted-title' },
    h('h2', { id: 'adopted-title' }, '已确定的民生实事项目'),
    projectsSummary,
    projectsTable,
  );

  async function show(proposals) {
    const ballotIds = [...new Set(proposals.map((p) => p.ballotId).filter(Boolean))];
    const [ballots, projects] = await Promise.all([
      Promise.all(ballotIds.map((id) => call(`/api/ballots/${id}`))),
      call(`/api/terms/${term.id}/projects?year=${context.year}`),
    ]);
    const votes = await standings(ballots, projects);
    // One body per ballot: its row, and under it the adoption form once it is published.
    ballotsTable.querySelectorAll('tbody').forEach((b) => b.remove());
    ballotsTable.append(
      ...(votes.length
        ? votes.map(ballotBody)
        : [
            h(
              'tbody',
              {},
              h('tr', {}, h('td', { colspan: 2, class: 'muted' }, `${context.year}年度的候选项目尚未列入会议票决。`)),
            ),
          ]),
    );
    projectsSummary.textContent = projects.length
      ? `${context.year}年度已确定民生实事项目${projects.length}项，其实施情况在“项目实施”中跟踪。`
      : `${context.year}年度尚未确定民生实事项目。`;
    redraw(projectsBody, projects.map(projectRow));
    projectsTable.hidden = !projects.length;
    return {
      adopted: new Set(votes.flatMap((v) => v.adopted.map((x) => x.proposal?.id))),
      settled: new Set(votes.filter((v) => v.adopted.length).map((v) => v.first.id)),
    };
  }

  /** Each candidate list's ballot with its last round, whether that is published, and the histories of the projects it adopted. */
  async function standings(ballots, projects) {
    const sittings = [...new Set(ballots.map((b) => b.sittingId))];
    const bySitting = new Map(
      await Promise.all(
        sittings.map(async (id) => {
          const [all, notices] = await Promise.all([
            call(`/api/sittings/${id}/ballots`),
            call(`/api/sittings/${id}/notices`),
          ]);
          return [id, { all, published: new Set(notices.map((n) => n.ballotId)) }];
        }),
      ),
    );
    const histories = await Promise.all(projects.map((p) => call(`/api/terms/${term.id}/projects/${p.id}`)));
    return ballots.map((first) => {
      const { all, published } = bySitting.get(first.sittingId);
      let last = first;
      for (let next; (next = all.find((b) => b.previousBallotId === last.id));) last = next;
      return {
        first,
        last,
        sitting: context.sittings.find((s) => s.id === first.sittingId)?.name ?? '',
        published: published.has(last.id),
        adopted: histories.filter((x) => x.vote.ballotId === first.id),
      };
    });
  }

  function ballotBody(vote) {
    const { first, last, sitting } = vote;
    const [key, label] = stateOf(vote);
    return h(
      'tbody',
      { 'data-ballot': first.id },
      h(
        'tr',
        {},
        h(
          'td',
          {},
          h('strong', {}, last.title),
          h(
            'span',
            { class: 'note' },
            `${sitting} 议程第${first.agendaPosition}项；候选${first.items.length}项，应选${first.places}项`,
          ),
        ),
        h('td', {}, h('span', { class: `badge vote-${key}` }, label)),
      ),
      key === 'published' ? h('tr', { class: 'adopt-row' }, h('td', { colspan: 2 }, adoptForm(vote))) : null,
    );
  }

  function adoptForm({ last }) {
    const deadline = h('input', { type: 'date', name: 'deadlineOn' });
    const button = h('button', { type: 'submit', class: 'primary' }, '确定项目');
    const form = h(
      'form',
      { class: 'adopt-form', 'aria-label': `据“${last.title}”确定项目` },
      field(`完成期限（不填则为${context.year}年12月31日）`, deadline),
      button,
    );
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      act(button, message, async () => {
        const before = new Set((await call(`/api/terms/${term.id}/projects?year=${context.year}`)).map((p) => p.id));
        const all = await call(`/api/terms/${term.id}/projects/adoption`, {
          method: 'POST',
          json: { ballotId: last.id, deadlineOn: deadline.value || null },
        });
        const fresh = all.filter((p) => !before.has(p.id));
        await changed();
        say(
          message,
          `已据“${last.title}”的公告结果确定${fresh.length}个民生实事项目：${fresh.map((p) => p.title).join('、')}。`,
          'ok',
        );
      });
    });
    return form;
  }

  return { element, adopted, show };
}

function stateOf({ last, published, adopted }) {
  if (adopted.length) return ['adopted', `已确定${adopted.length}个项目`];
  if (published) return ['published', '已公告，待确定项目'];
  if (last.state === 'closed') return ['closed', '已结束，待公告'];
  if (last.state === 'open') return ['open', '表决中'];
  return ['draft', last.round > 1 ? `第${last.round}轮草稿` : '草稿，待表决'];
}

function projectRow(project) {
  return h(
    'tr',
    { 'data-project': project.id },
    h('th', { scope: 'row' }, project.title),
    h('td', {}, project.place || '—'),
    h('td', { class: 'figure' }, budgetText(project.budgetWan)),
    h('td', {}, project.leadDepartment),
    h('td', { class: 'nowrap' }, dateText(project.adoptedOn)),
    h('td', { class: 'nowrap' }, dateText(project.deadlineOn)),
  );
}
