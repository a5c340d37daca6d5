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

  // A blank 票决 is a valid ballot, but more often a slip than a choice: it is asked about before the review.
  const blank = h(
    'dialog',
    { class: 'blank-warning', 'aria-labelledby': `blank-${ballot.id}` },
    h('h2', { id: `blank-${ballot.id}` }, '您未选择任何项目'),
    h('p', {}, '不选择任何项目，将作为空白票提交。确定提交空白票吗？'),
    h(
      'div',
      { class: 'actions' },
      h('button', { type: 'button', class: 'secondary', onclick: () => blank.close() }, '返回选择'),
      h(
        'button',
        {
          type: 'button',
          class: 'primary',
          onclick: () => {
            blank.close();
            ctx.go('review', ballot.id);
          },
        },
        '确定，投空白票',
      ),
    ),
  );

  function next() {
    if (draft.marks && !draft.marks.size) return blank.showModal();
    const missing = unmarked(ballot, draft);
    if (!missing.length) return ctx.go('review', ballot.id);
    problem.textContent = isMotionKind(ballot.kind)
      ? `请在${approvalChoice}中选择一项。`
      : `还有${missing.length}项未选择：${missing.map((i) => i.name).join('、')}。每一项都需要作出选择。`;
    root.querySelector(`fieldset[data-item="${missing[0].id}"] input`)?.focus();
  }

  const bar = h(
    'div',
    { class: 'actions sticky' },
    problem,
    h('button', { type: 'button', class: 'secondary', onclick: () => ctx.go('waiting') }, '返回会议'),
    h('button', { type: 'button', class: 'primary', onclick: next }, '下一步：核对选票'),
  );
  const root = h(
    'section',
    { class: 'screen ballot', 'data-kind': ballot.kind },
    ballotHeading(ballot),
    h('p', { class: 'instructions' }, instructionFor(ballot)),
    panel.root,
    bar,
    blank,
  );
  root.addEventListener('focusin', (e) => requestAnimationFrame(() => keepClearOfBars(e.target, bar)));
  return { root };
}

/**
 * The page's scroll padding keeps a focused option clear of the sticky bars; this catches what it misses (an option
 * taller than the room left, a browser that ignores the padding), measured once the browser has scrolled.
 */
function keepClearOfBars(target, bar) {
  if (!target.isConnected || bar.contains(target) || target.closest('dialog')) return;
  const box = (target.closest('label') ?? target).getBoundingClientRect();
  const header = document.querySelector('.topbar');
  const top = getComputedStyle(header).position === 'sticky' ? header.getBoundingClientRect().bottom : 0;
  const bottom = bar.getBoundingClientRect().top;
  const margin = 12;
  if (box.bottom > bottom - margin) window.scrollBy(0, Math.min(box.bottom - bottom + margin, box.top - top - margin));
  else if (box.top < top + margin) window.scrollBy(0, box.top - top - margin);
}
