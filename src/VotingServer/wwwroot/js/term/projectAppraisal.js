// 满意度测评 of a year's projects in one step: the ballot made from the register for the sitting chosen, put on its
// agenda as a draft (one item per project); once its result is published, the grades written back to the projects.
// A refusal (the year already appraised, the result not yet published) is shown in the server's words.
import { h, redraw } from '/js/common/dom.js';
import { act, field, messageArea, say } from '../controls.js';
import { ballotPageLink, ballotStateLabels } from './projectWords.js';

export function appraisalPanel({ call, term, year, changed }) {
  const message = messageArea();
  const sitting = h('select', { name: 'sitting' });
  const create = h('button', { type: 'submit', class: 'primary' }, '生成满意度测评票');
  const scope = h('p', { class: 'appraisal-scope' });
  const form = h(
    'form',
    { class: 'row appraisal-form', 'aria-label': '生成满意度测评票' },
    field('测评会议', sitting, '一般为项目实施年度之后的下一次会议'),
    h('div', { class: 'field for-button' }, create),
  );
  const current = h('div', { class: 'appraisal-current' });
  const grades = h('div', {});
  const element = h(
    'section',
    { class: 'panel appraisal', 'aria-labelledby': 'appraisal-title' },
    h('h2', { id: 'appraisal-title' }, '满意度测评'),
    scope,
    form,
    current,
    message,
    grades,
  );
  let sittings = [];

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    act(create, message, async () => {
      const ballot = await call(`/api/terms/${term.id}/projects/appraisal`, {
        method: 'POST',
        json: { sittingId: Number(sitting.value), year: year() },
      });
      const name = sittings.find((s) => s.id === ballot.sittingId)?.name ?? '';
      await changed();
      say(
        message,
        `已生成“${ballot.title}”（${ballot.items.length}个项目），列入${name}议程第${ballot.agendaPosition}项，` +
          '现为草稿。请在会议页面的「议程与表决」中开始表决；结果公告后，回到这里写回测评等次。',
        'ok',
      );
    });
  });

  async function refresh(projects) {
    redraw(grades);
    const chosen = year();
    element.hidden = !chosen;
    if (!chosen) return;
    sittings = await call('/api/sittings');
    const kept = sitting.value;
    sitting.replaceChildren(
      ...[...sittings].reverse().map((s) => h('option', { value: s.id, selected: String(s.id) === kept }, s.name)),
    );
    // The year's projects go to one 测评 together: any one of them tells which.
    const link = projects.length ? (await call(`/api/terms/${term.id}/projects/${projects[0].id}`)).appraisal : null;
    scope.textContent = link
      ? `${chosen}年度的${projects.length}个项目已列入满意度测评。`
      : `对${chosen}年度的${projects.length}个项目逐项进行满意度测评（满意、基本满意、不满意），生成的测评票列入所选会议的议程。`;
    form.hidden = Boolean(link);
    create.disabled = !sittings.length || !projects.length;
    redraw(current, link ? appraisalLink(link, projects) : null);
  }

  function appraisalLink(link, projects) {
    const write = h('button', { type: 'button', class: 'primary', 'data-key': 'write-grades' }, '写回测评等次');
    write.addEventListener('click', () =>
      act(write, message, async () => {
        const written = await call(`/api/terms/${term.id}/projects/grades`, {
          method: 'POST',
          json: { ballotId: link.ballotId },
        });
        const ids = new Set(projects.map((p) => p.id));
        const graded = written.filter((p) => ids.has(p.id));
        await changed();
        say(message, `已将“${link.title}”的测评等次写回${graded.length}个项目。`, 'ok');
        redraw(grades, gradeList(graded));
      }),
    );
    const rated = projects.filter((p) => p.grade).length;
    return [
      h(
        'dl',
        { class: 'step-facts appraisal-facts' },
        [
          ['测评票', link.title],
          ['会议', link.sittingName],
          ['状态', ballotStateLabels[link.state] ?? link.state],
          ['测评等次', rated ? `已写回${rated}个项目` : '尚未写回'],
        ].map(([t, v]) => h('div', {}, h('dt', {}, t), h('dd', {}, v))),
      ),
      h('div', { class: 'row' }, write, ballotPageLink(link)),
      h('p', { class: 'muted' }, '测评结果经计票、签名并公告后，才能写回；再次写回以公告的结果为准。'),
    ];
  }

  return { element, refresh };
}

function gradeList(projects) {
  return h(
    'table',
    { class: 'grades-written' },
    h('caption', {}, '写回的测评等次'),
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        ['项目', '承办单位', '测评等次'].map((c) => h('th', { scope: 'col' }, c)),
      ),
    ),
    h(
      'tbody',
      {},
      projects.map((p) =>
        h(
          'tr',
          { 'data-project': p.id },
          h('th', { scope: 'row' }, p.title),
          h('td', {}, p.leadDepartment),
          h('td', {}, h('strong', {}, p.grade ?? '—')),
        ),
      ),
    ),
  );
}
