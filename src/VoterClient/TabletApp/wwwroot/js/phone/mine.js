// 我的建议: the suggestions the deputy made or co-signed, newest first, each with its number and where it stands; those
// waiting for the deputy's own rating say so. A tap opens the suggestion.
import { h } from '/js/common/dom.js';
import { roundToRate } from '/js/common/suggestions.js';
import { heading } from '../screens/layout.js';

export function mineScreen({ call, me, go }) {
  const status = h('p', { class: 'status', role: 'status' }, '正在读取您的建议…');
  const problem = h('p', { class: 'problem', role: 'alert' });
  const list = h('ul', { class: 'suggestion-list' });
  const root = h('section', { class: 'screen' }, heading('我的建议', '您领衔提出和联名的建议'), status, problem, list);
  call(`/api/terms/${me.termId}/suggestions`).then(
    (suggestions) => {
      const mine = [...suggestions].reverse();
      const toRate = mine.filter((s) => isAuthor(s, me) && roundToRate(s));
      status.textContent = mine.length
        ? `共${mine.length}件${toRate.length ? `，其中${toRate.length}件已答复，待您评价` : ''}。`
        : '您还没有提出或联名建议。';
      list.replaceChildren(...mine.map((s) => item(s, me)));
      if (!mine.length)
        list.after(h('button', { type: 'button', class: 'primary', onclick: () => go('#propose') }, '提出建议'));
    },
    (error) => {
      status.textContent = '';
      problem.textContent = error.message;
    },
  );
  return root;
}

const isAuthor = (suggestion, me) => suggestion.deputyNumber === me.deputyNumber;

function item(suggestion, me) {
  const author = isAuthor(suggestion, me);
  const toRate = author && roundToRate(suggestion);
  return h(
    'li',
    {},
    h(
      'a',
      { class: `suggestion-card${toRate ? ' to-rate' : ''}`, href: `#suggestion-${suggestion.id}` },
      h(
        'span',
        { class: 'card-line' },
        h('span', { class: 'number' }, `第${suggestion.number}号`),
        stateBadge(suggestion),
      ),
      h('span', { class: 'card-title' }, suggestion.title),
      h(
        'span',
        { class: 'card-meta' },
        author ? '本人领衔' : `联名（领衔代表：${suggestion.deputyName}）`,
        toRate ? h('strong', { class: 'to-rate-note' }, '请评价') : null,
      ),
    ),
  );
}

export const stateBadge = (suggestion) =>
  h('span', { class: `badge state-${suggestion.state}` }, suggestion.stateLabel);
