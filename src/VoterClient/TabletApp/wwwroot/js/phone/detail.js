// One suggestion on the phone: what it says, who made and signed it, and each round of its handling (the departments,
// the deadline, the answer with its class, the rating); when the answer waits for the deputy's own rating, the form
// for it follows the answer.
import { fill, h } from '/js/common/dom.js';
import { dayText, roundsView, roundToRate } from '/js/common/suggestions.js';
import { heading } from '../screens/layout.js';
import { stateBadge } from './mine.js';
import { ratingForm } from './rating.js';

/** `notice` is read out on arrival: what the deputy just did (submitted it, rated it). */
export function detailScreen(context, id, notice) {
  const { call, me } = context;
  const title = heading('建议详情');
  // What was just done is said once the suggestion is read, into a live region already on the screen.
  const status = h('p', { class: 'status', role: 'status' }, '正在读取…');
  const problem = h('p', { class: 'problem', role: 'alert' });
  const body = h('div', {});
  const root = h(
    'section',
    { class: 'screen suggestion-detail' },
    h('a', { class: 'back', href: '#mine' }, '‹ 返回我的建议'),
    title,
    status,
    problem,
    body,
  );
  call(`/api/terms/${me.termId}/suggestions/${id}`).then(
    (suggestion) => {
      title.querySelector('h1').textContent = suggestion.title;
      status.textContent = notice ?? '';
      fill(body, view(context, suggestion));
    },
    (error) => {
      status.textContent = '';
      problem.textContent = error.message;
    },
  );
  return root;
}

function view(context, suggestion) {
  const round = suggestion.deputyNumber === context.me.deputyNumber ? roundToRate(suggestion) : null;
  const signers = suggestion.coSigners.length ? suggestion.coSigners.join('、') : '无';
  return [
    h('p', { class: 'detail-state' }, `第${suggestion.number}号建议 `, stateBadge(suggestion)),
    h(
      'dl',
      { class: 'facts' },
      [
        ['领衔代表', `${suggestion.deputyName}（${suggestion.deputyNumber}）`],
        ['联名代表', signers],
        ['代表联络站', suggestion.station || '—'],
        ['提出日期', dayText(suggestion.submittedAt)],
      ].map(([term, value]) => h('div', {}, h('dt', {}, term), h('dd', {}, value))),
    ),
    h('h2', {}, '建议内容'),
    h('p', { class: 'content' }, suggestion.content),
    h('h2', {}, '办理情况'),
    roundsView(suggestion, 3),
    round ? ratingForm(context, suggestion, round) : null,
  ];
}
