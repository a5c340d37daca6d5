// 民生实事征集与票决: the first half of a year's livelihood projects (RULES.md "民生实事: the whole cycle"): the year
// gathered and the public form opened or closed for it, proposals entered by hand or imported, screened (初选), the
// candidate list put on a sitting's agenda as a draft 票决, and the projects its published result chose adopted.
import { fill, h } from '/js/common/dom.js';
import { act, field, messageArea, say } from '../controls.js';
import { candidateListForm } from './candidateList.js';
import { adoptionPanel } from './candidateListAdoption.js';
import { proposalEntry, proposalImport } from './proposalsEntry.js';
import { proposalList } from './proposalsList.js';

export function proposalsTab({ call, term }) {
  const context = {
    call,
    term,
    year: term.collectingYear ?? new Date().getFullYear() + 1,
    sittings: [],
    departments: [],
  };
  const collection = collectionPanel(context, () => refresh());
  const candidates = candidateListForm(context, { changed: () => refresh() });
  const list = proposalList(context, { chosen: (ids) => candidates.choose(ids), changed: () => refresh() });
  const adoption = adoptionPanel(context, { changed: () => refresh() });
  const entry = proposalEntry(context, { changed: () => refresh() });
  const upload = proposalImport(context, { changed: () => refresh() });

  async function refresh() {
    // The term is read again for the year its public form gathers, which another page may have changed.
    let terms, proposals;
    [terms, context.sittings, context.departments, proposals] = await Promise.all([
      call('/api/terms'),
      call('/api/sittings'),
      call(`/api/terms/${term.id}/departments`),
      call(`/api/terms/${term.id}/proposals?year=${context.year}`),
    ]);
    term.collectingYear = terms.find((t) => t.id === term.id)?.collectingYear ?? null;
    collection.show();
    entry.show();
    const outcome = await adoption.show(proposals);
    list.show(proposals, outcome);
    candidates.show(proposals);
  }

  const element = h(
    'div',
    { class: 'proposals-tab' },
    h('div', { class: 'proposals-pair' }, h('div', {}, collection.element, upload), entry.element),
    list.element,
    h('div', { class: 'proposals-pair' }, candidates.element, adoption.element),
    adoption.adopted,
  );
  return { element, refresh };
}

/** The year worked on, and the public form (/projects/propose.html): open for a year, or closed. */
function collectionPanel(context, reload) {
  const { call, term } = context;
  const message = messageArea();
  const year = h('input', {
    type: 'number',
    name: 'year',
    min: 2000,
    max: 2200,
    value: context.year,
    inputmode: 'numeric',
    class: 'year-input',
  });
  const state = h('p', { class: 'collection-state', id: 'collection-state' });
  const toggle = h('button', { type: 'button', class: 'primary' });
  year.addEventListener('change', () => {
    const value = Number(year.value);
    if (value >= 2000 && value <= 2200) {
      context.year = value;
      reload();
    }
  });
  toggle.addEventListener('click', () =>
    act(toggle, message, async () => {
      const open = term.collectingYear !== context.year;
      await call(`/api/terms/${term.id}/collection`, { method: 'PUT', json: { year: open ? context.year : null } });
      term.collectingYear = open ? context.year : null;
      await reload();
      say(
        message,
        open
          ? `已开始公开征集${context.year}年度民生实事项目，群众可在征集页提交项目建议。`
          : `已结束公开征集，征集页不再接收项目建议。`,
        'ok',
      );
    }),
  );

  function show() {
    year.value = context.year;
    const gathering = term.collectingYear;
    fill(
      state,
      h('span', { class: `badge ${gathering ? 'open' : 'draft'}` }, gathering ? '公开征集中' : '未公开征集'),
      ' ',
      gathering
        ? [
            '群众可在',
            h('a', { href: '/projects/propose.html', target: '_blank' }, '征集页（/projects/propose.html）'),
            `提交${gathering}年度的项目建议。`,
          ]
        : '征集页目前不接收项目建议；部门、代表和联络站的建议可在右侧登记或在下面导入。',
    );
    toggle.textContent = gathering === context.year ? `结束公开征集` : `开始公开征集${context.year}年度项目`;
  }

  const element = h(
    'section',
    { class: 'panel collection', 'aria-labelledby': 'collection-title' },
    h('h2', { id: 'collection-title' }, '民生实事项目征集'),
    h(
      'div',
      { class: 'row' },
      field('项目年度', year, '下面的登记、导入、初选和票决都属于这一年度'),
      h('div', { class: 'field for-button' }, toggle),
    ),
    state,
    message,
  );
  return { element, show };
}
