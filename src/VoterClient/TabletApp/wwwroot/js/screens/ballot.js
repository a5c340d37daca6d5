// A ballot to fill in, whatever its kind; 「下一步」 leads to the review, never straight to the server.
import { h } from '/js/common/dom.js';
import { heading } from './layout.js';
import { unmarked } from '../drafts.js';
import { approvalChoice, instructionFor, isMotionKind, kindLabels, roundLabel } from '/js/common/ballots.js';
import { secrecyLabel } from '../text.js';
import { choicesPanel } from './choices.js';
import { marksPanel } from './marks.js';

export function ballotHeading(ballot, title = ballot.title) {
  return heading(
    title,
    [kindLabels[ballot.kind], roundLabel(ballot), secrecyLabel(ballot)].filter(Boolean).join(' · '),
  );
}

export function ballotScreen(ctx, ballot, message) {
  const draft = ctx.drafts.for(ballot);
  const problem = h('p', { class: 'problem', role: 'alert' }, message ?? '');
  const panel = draft.marks ? marksPanel(ballot, draft, problem) : choicesPanel(ballot, draft, problem);

  function next() {
    const missing = unmarked(ballot, draft);
    if (!missing.length) return ctx.go('review', ballot.id);
    problem.textContent = isMotionKind(ballot.kind)
      ? `请在${approvalChoice}中选择一项。`
      : `还有${missing.length}项未选择：${missing.map((i) => i.name).join('、')}。每一项都需要作出选择。`;
    root.querySelector(`fieldset[data-item="${missing[0].id}"] input`)?.focus();
  }

  const root = h(
    'section',
    { class: 'screen ballot', 'data-kind': ballot.kind },
    ballotHeading(ballot),
    h('p', { class: 'instructions' }, instructionFor(ballot)),
    panel.root,
    h(
      'div',
      { class: 'actions sticky' },
      problem,
      h('button', { type: 'button', class: 'secondary', onclick: () => ctx.go('waiting') }, '返回会议'),
      h('button', { type: 'button', class: 'primary', onclick: next }, '下一步：核对选票'),
    ),
  );
  return { root };
}
