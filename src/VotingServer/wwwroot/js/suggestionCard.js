// A suggestion as the staff pages show it: who made it and from which station, what it says, and its rounds of
// handling; the page adds what its reader may do with it (the department's answer).
import { h } from '/js/common/dom.js';
import { dayText, roundsView } from '/js/common/suggestions.js';

/** The facts, the text and the rounds, under headings of `level` + 1 for the rounds. */
export function suggestionBody(suggestion, level) {
  const facts = [
    ['领衔代表', `${suggestion.deputyName}（${suggestion.deputyNumber}）`],
    ['代表联络站', suggestion.station || '—'],
    ['联名代表', suggestion.coSigners.length ? suggestion.coSigners.join('、') : '无'],
    ['提出日期', dayText(suggestion.submittedAt)],
    suggestion.difficult ? ['难度大', '是（涉及面广或难度大，答复期限较长）'] : null,
  ].filter(Boolean);
  return [
    h(
      'dl',
      { class: 'suggestion-facts' },
      facts.map(([term, value]) => h('div', {}, h('dt', {}, term), h('dd', {}, value))),
    ),
    h('p', { class: 'suggestion-content' }, suggestion.content),
    roundsView(suggestion, level + 1),
  ];
}

/** An article with the number, title and state as its heading line, then the body and `actions`. */
export function suggestionCard(suggestion, { level = 3, actions = null } = {}) {
  return h(
    'article',
    { class: 'suggestion-card', 'data-suggestion': suggestion.id, 'aria-labelledby': `suggestion-${suggestion.id}` },
    h(
      'div',
      { class: 'suggestion-head' },
      h(`h${level}`, { id: `suggestion-${suggestion.id}` }, `第${suggestion.number}号 ${suggestion.title}`),
      h('span', { class: `badge state-${suggestion.state}` }, suggestion.stateLabel),
    ),
    suggestionBody(suggestion, level),
    actions,
  );
}
