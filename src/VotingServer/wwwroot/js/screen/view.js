// What the hall sees: the sitting, the attendance sentence, the ballots being voted on with the time since they
// opened, their progress and the quorum, and after a close the result: a large verdict for a motion, a table (one
// page of rows at a time when it is long) with each project's outcome, and the conclusion. Figures only, no controls.
import { fill, h } from '/js/common/dom.js';
import { CountedBy, isAppraisalKind, isMotionKind, kindLabels, paperOf, roundLabel } from '/js/common/ballots.js';
import { shortHex } from '/js/common/checks.js';
import { motionBars } from './bars.js';
import { formatElapsed, elapsedSeconds } from '../serverClock.js';
import { pageLabel, pageSeconds, paginate } from './pager.js';
import { screenTable } from './table.js';

export function renderHeader(element, sitting, attendance) {
  fill(
    element,
    h('h1', { class: 'sitting' }, sitting?.name ?? ''),
    attendance
      ? h(
          'p',
          { class: `attendance ${attendance.quorumMet ? 'met' : 'not-met'}`, 'data-role': 'attendance-sentence' },
          attendance.sentence,
        )
      : null,
  );
}

export function renderBody(element, { open, progress, result, attendance }) {
  const ballots = [...open.values()];
  // One ballot shows the quorum beside its progress, several show it once below them; under a result the header says it.
  const voting = (quorum = attendance) => ballots.map((ballot) => votingBlock(ballot, progress.get(ballot.id), quorum));
  const strip = (alone = false) => h('div', { class: `voting-strip${alone ? ' alone' : ''}` }, voting(null));
  if (result)
    return showPaged(element, `result-${result.ballotId}`, result.items.length, (page, label) => [
      resultBlock(result, page, label),
      ballots.length ? strip() : null,
    ]);
  if (ballots.length === 1 && !isMotionKind(ballots[0].kind))
    return showPaged(element, `open-${ballots[0].id}`, ballots[0].items.length, (page, label) => [
      voting(),
      itemList(ballots[0], page),
      indicator(label),
    ]);
  stopPaging();
  if (ballots.length === 1) return fill(element, voting());
  if (ballots.length)
    return fill(element, strip(true), attendance ? h('div', { class: 'strip-quorum' }, quorumBadge(attendance)) : null);
  fill(
    element,
    h(
      'div',
      { class: 'idle' },
      attendance
        ? h(
            'div',
            { class: 'figures' },
            [
              ['应到', attendance.expected],
              ['实到', attendance.present],
              ['请假', attendance.onLeave],
              ['缺席', attendance.absent],
            ].map(([label, value]) => h('div', { class: 'figure' }, h('span', { class: 'value' }, value), label)),
          )
        : null,
      attendance ? quorumBadge(attendance) : null,
      h('p', {}, '请各位代表就座，表决即将开始。'),
    ),
  );
}

/** 法定人数 达到 / 未达到, with 实到 / 应到: large enough for the back row. */
function quorumBadge(attendance) {
  return h(
    'div',
    { class: `quorum ${attendance.quorumMet ? 'met' : 'not-met'}`, 'data-role': 'quorum' },
    h('span', { class: 'quorum-label' }, '法定人数'),
    h('strong', {}, attendance.quorumMet ? '达到' : '未达到'),
    h('span', { class: 'quorum-figures' }, `实到 ${attendance.present} / 应到 ${attendance.expected}`),
  );
}

function votingBlock(ballot, progress, attendance) {
  const { issued = 0, cast = 0 } = progress ?? {};
  return h(
    'section',
    { class: 'voting', 'data-ballot': ballot.id },
    h('p', { class: 'kind' }, [kindLabels[ballot.kind], roundLabel(ballot)].filter(Boolean).join(' · ')),
    h('h2', {}, ballot.title),
    h(
      'div',
      { class: 'voting-figures' },
      h(
        'div',
        { class: 'voting-figure' },
        h('span', { class: 'state' }, '正在表决 · 已用时'),
        ballot.openedAt
          ? h(
              'span',
              { class: 'elapsed', 'data-role': 'elapsed', 'data-opened-at': ballot.openedAt },
              formatElapsed(elapsedSeconds(ballot.openedAt)),
            )
          : null,
      ),
      h(
        'div',
        { class: 'voting-figure' },
        h('span', { class: 'state' }, '投票进度'),
        h('span', { class: 'progress-counts', 'data-role': 'progress' }, `已投 ${cast} / 应投 ${issued}`),
      ),
      attendance ? quorumBadge(attendance) : null,
    ),
    h('div', { class: 'progress-track' }, h('span', { style: `width: ${issued ? (100 * cast) / issued : 0}%` })),
  );
}

/** What the one open ballot is about: its candidate projects or appraisal targets, one page of them. */
function itemList(ballot, { start, end }) {
  return h(
    'ul',
    { class: 'items' },
    ballot.items
      .slice(start, end)
      .map((item) =>
        h(
          'li',
          {},
          h('span', { class: 'item-name' }, item.name),
          item.budgetWan !== null ? h('span', { class: 'budget' }, `${item.budgetWan}万元`) : null,
        ),
      ),
  );
}

// What is being shown in pages (a result, or the items of the one open ballot), its pages and the timer that turns
// them; one thing at a time.
const paging = { key: null, pages: [], index: 0, timer: null, show: null };

function stopPaging() {
  clearInterval(paging.timer);
  Object.assign(paging, { key: null, pages: [], index: 0, timer: null, show: null });
}

/** Draws `count` rows in pages that fit `element`; `content(page, label)` gives the nodes of one page. */
function showPaged(element, key, count, content) {
  const draw = (page, label) => fill(element, content(page, label));
  const fits = () => element.scrollHeight <= element.clientHeight + 1 && element.scrollWidth <= element.clientWidth + 1;
  // Measured with the widest indicator, so a page that fits while measuring fits when shown.
  const pages = paginate(count, (start, end, withConclusion) => {
    draw({ start, end, conclusion: withConclusion }, pageLabel(8, 9));
    return fits();
  });
  if (paging.key !== key) {
    stopPaging();
    paging.key = key;
  }
  paging.pages = pages;
  paging.index = Math.min(paging.index, pages.length - 1);
  paging.show = () =>
    draw(paging.pages[paging.index], pages.length > 1 ? pageLabel(paging.index, paging.pages.length) : null);
  paging.show();
  if (pages.length > 1 && !paging.timer)
    paging.timer = setInterval(() => {
      paging.index = (paging.index + 1) % paging.pages.length;
      paging.show();
    }, pageSeconds() * 1000);
  if (pages.length <= 1) {
    clearInterval(paging.timer);
    paging.timer = null;
  }
}

const indicator = (label) => (label ? h('p', { class: 'page-indicator', 'data-role': 'page-indicator' }, label) : null);

function resultBlock(result, page, label) {
  const figures = [
    `应到代表 ${result.currentDeputies}`,
    `发出${paperOf(result.kind)} ${result.issued}`,
    `收回 ${result.returned}`,
  ];
  if (!isAppraisalKind(result.kind)) figures.push(`有效 ${result.valid}`, `无效 ${result.invalid}`);
  const motion = isMotionKind(result.kind);
  return h(
    'section',
    { class: `result${motion ? ' motion' : ''}` },
    h(
      'p',
      { class: 'kind' },
      [kindLabels[result.kind], roundLabel(result), result.countedBy === CountedBy.byHand ? '人工计票' : '']
        .filter(Boolean)
        .join(' · '),
    ),
    h('h2', {}, `表决结果：${result.title}`),
    h('p', { class: 'result-figures' }, figures.join('　')),
    motion
      ? h('div', { class: 'motion-body' }, verdict(result), motionBars(result))
      : [
          result.passThreshold && page.end > page.start
            ? h('p', { class: 'threshold', 'data-role': 'threshold' }, `通过线：${result.passThreshold.wording}`)
            : null,
          page.end > page.start ? h('div', { class: 'result-body' }, screenTable(result, page.start, page.end)) : null,
        ],
    page.conclusion
      ? h('p', { class: 'announcement', 'data-role': 'announcement' }, unbroken(conclusion(result)))
      : null,
    boxRoot(result),
    indicator(label),
  );
}

/** The box commitment, small, under every page of a result: the same digits the notice prints. */
function boxRoot(result) {
  if (!result.boxRoot) return null;
  return h('p', { class: 'box-root', 'data-role': 'box-root' }, `票箱校验值 ${shortHex(result.boxRoot)}`);
}

/** 通过 / 未通过 in letters the back row reads, and the pass line as a whole number of votes. */
function verdict(result) {
  const text = !result.voteValid ? '表决无效' : result.passed ? '通过' : '未通过';
  return h(
    'div',
    { class: `verdict ${result.voteValid && result.passed ? 'passed' : 'failed'}` },
    h('p', { class: 'verdict-text', 'data-role': 'verdict' }, text),
    result.passThreshold
      ? h('p', { class: 'threshold', 'data-role': 'threshold' }, result.passThreshold.wording)
      : null,
  );
}

/**
 * The announcement as the hall needs it. An appraisal's announcement repeats every target's figures, which the
 * table already shows; the hall sees its header and what follows the figures (整改, the presidium's grades).
 */
function conclusion(result) {
  if (!isAppraisalKind(result.kind)) return result.announcement;
  const sentences = result.announcement.match(/[^。]+。?/g) ?? [];
  const perTarget = (sentence) => result.items.some((item) => sentence.startsWith(`${item.name}：`));
  return sentences.filter((sentence) => !perTarget(sentence)).join('');
}

/** Keeps a short parenthesis such as （6票） on one line, so that no line starts with 「票）」. */
const unbroken = (text) =>
  text.split(/(（[^（）]{1,12}）)/).map((part, i) => (i % 2 ? h('span', { class: 'nowrap' }, part) : part));
