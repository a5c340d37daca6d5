// The proposals of the year with their source, place, budget, suggested department, proposer (the secretariat's eyes
// only) and where 初选 left them; filtered by that state; each screened in a dialog, and the accepted ones ticked
// for the candidate list.
import { h, redraw } from '/js/common/dom.js';
import { columnTable, field, messageArea, say } from '../controls.js';
import { budgetText, sourceLabels, standing, standingKeys } from './proposalsWords.js';
import { screeningDialog } from './proposalsScreening.js';

const columns = [
  ['选入', 'col-choose'],
  ['编号', 'col-number'],
  ['项目名称与内容', null],
  ['实施地点', 'col-place'],
  ['投资（万元）', 'col-budget'],
  ['建议承办单位', 'col-lead'],
  ['来源与建议人', 'col-source'],
  ['初选', 'col-state'],
  ['操作', 'col-act'],
];

export function proposalList(context, { chosen, changed }) {
  const message = messageArea();
  const filter = h('select', { name: 'standing', onchange: () => render() });
  const summary = h('p', { class: 'muted' });
  const body = h('tbody', {});
  const picked = new Set();
  let proposals = [];
  let outcome = null;

  const element = h(
    'section',
    { class: 'panel', 'aria-labelledby': 'proposals-title' },
    h('h2', { id: 'proposals-title' }, '项目建议与初选'),
    h(
      'div',
      { class: 'row filters proposal-filters', role: 'group', 'aria-label': '筛选项目建议' },
      field('初选状态', filter),
    ),
    summary,
    message,
    columnTable({ className: 'proposals', caption: '本年度项目建议', columns, body }),
  );

  function show(list, settled) {
    proposals = list;
    outcome = settled;
    const eligible = new Set(list.filter(choosable).map((p) => p.id));
    for (const id of picked) if (!eligible.has(id)) picked.delete(id);
    const tally = (key) => list.filter((p) => standing(p, outcome).key === key).length;
    const kept = filter.value;
    redraw(
      filter,
      h('option', { value: '' }, `全部（${list.length}）`),
      standingKeys.map(([key, label]) =>
        h('option', { value: key, selected: key === kept }, `${label}（${tally(key)}）`),
      ),
    );
    render();
    tell();
  }

  function render() {
    const shown = proposals.filter((p) => !filter.value || standing(p, outcome).key === filter.value);
    const pending = proposals.filter((p) => standing(p, outcome).key === 'pending').length;
    summary.textContent = proposals.length
      ? `${context.year}年度项目建议共${proposals.length}项，${pending}项待初选；显示${shown.length}项。` +
        '勾选“列入候选”的项目，在下方列入会议票决。'
      : `${context.year}年度还没有项目建议。`;
    redraw(
      body,
      shown.length
        ? shown.map(row)
        : h(
            'tr',
            {},
            h('td', { colspan: columns.length, class: 'muted' }, proposals.length ? '没有符合条件的项目建议。' : '—'),
          ),
    );
  }

  const tell = () => chosen(proposals.filter((p) => picked.has(p.id)));

  function row(proposal) {
    const { key, label } = standing(proposal, outcome);
    const known = !proposal.leadDepartment || context.departments.some((d) => d.name === proposal.leadDepartment);
    return h(
      'tr',
      { 'data-proposal': proposal.id, class: `standing-${key}` },
      h('td', {}, choosable(proposal) ? chooseBox(proposal) : null),
      h('td', { class: 'nowrap' }, `第${proposal.id}号`),
      h(
        'td',
        {},
        h('strong', { class: 'proposal-title' }, proposal.title),
        h('span', { class: 'description' }, proposal.description),
      ),
      h('td', {}, proposal.place || '—'),
      h('td', { class: 'figure' }, budgetText(proposal.budgetWan)),
      h(
        'td',
        {},
        proposal.leadDepartment || h('span', { class: 'muted' }, '未定'),
        known ? null : h('span', { class: 'note warn-text' }, '不在本届承办单位名单中'),
      ),
      h(
        'td',
        {},
        sourceLabels[proposal.source] ?? proposal.source,
        proposal.submitterName ? h('span', { class: 'note' }, proposal.submitterName) : null,
        proposal.submitterPhone ? h('span', { class: 'note' }, proposal.submitterPhone) : null,
      ),
      h(
        'td',
        {},
        h('span', { class: `badge screening-${key}` }, label),
        proposal.screeningNote ? h('span', { class: 'note' }, proposal.screeningNote) : null,
      ),
      h('td', { class: 'act' }, proposal.ballotId ? null : screenButton(proposal)),
    );
  }

  function chooseBox(proposal) {
    return h('input', {
      type: 'checkbox',
      name: 'candidate',
      value: proposal.id,
      checked: picked.has(proposal.id),
      'aria-label': `选入候选名单：${proposal.title}`,
      'data-key': `choose-${proposal.id}`,
      onchange: (event) => {
        if (event.target.checked) picked.add(proposal.id);
        else picked.delete(proposal.id);
        tell();
      },
    });
  }

  function screenButton(proposal) {
    const first = proposal.screening === 'pending';
    const button = h(
      'button',
      { type: 'button', class: first ? 'primary' : 'quiet', 'data-key': `screen-${proposal.id}` },
      first ? '初选' : '改初选',
    );
    button.addEventListener('click', async () => {
      const screened = await screeningDialog(context, proposal);
      if (!screened) return;
      await changed();
      say(
        message,
        screened.screening === 'accepted'
          ? `第${proposal.id}号“${proposal.title}”已列入候选。`
          : `第${proposal.id}号“${proposal.title}”不列入：${screened.note}`,
        'ok',
      );
    });
    return button;
  }

  return { element, show };
}

const choosable = (proposal) => proposal.screening === 'accepted' && !proposal.ballotId;
