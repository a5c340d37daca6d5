// The result of a closed ballot for the presidium, with what it must decide: a run-off on a tie at the last
// place, its choice on a shortfall, a grade exactly on the threshold, a repeat of an invalid vote.
import { fill, h } from '/js/common/dom.js';
import { act, field, messageArea, say } from '../controls.js';
import { Decision, decisionLabels, Flag, isMotionKind, isProjectKind, roundLabel } from '/js/common/ballots.js';
import { chinaTime } from '../chinaTime.js';
import { announcement, resultFigures, resultTable } from '../results.js';

export function resultPanel({ call, followUpOf, onAgendaChanged }) {
  const element = h('section', { class: 'panel result-panel', 'aria-labelledby': 'result-title', hidden: true });
  const message = messageArea();

  let shown = '';

  async function showBallot(ballotId, result) {
    show(result ?? (await call(`/api/ballots/${ballotId}/result`)));
  }

  // What the chair needs first comes first: the verdict in large type, what the presidium must decide, the sentence
  // to read out; then the figures and the table. The same result arriving twice (from the answer to 「确认结束表决」
  // and from the push) is not drawn again, so a button in it never moves under the pointer.
  function show(result, { again = false } = {}) {
    const drawn = JSON.stringify(result);
    if (drawn === shown && !element.hidden && !again) return;
    shown = drawn;
    element.hidden = false;
    say(message, '');
    fill(
      element,
      h('h2', { id: 'result-title', tabindex: '-1' }, `表决结果：${result.title}`),
      result.round > 1 ? h('p', { class: 'meta' }, roundLabel(result)) : null,
      verdict(result),
      message,
      decisions(result),
      announcement(result),
      resultFigures(result),
      h('div', { class: 'table-scroll' }, resultTable(result)),
    );
  }

  function verdict(result) {
    const [text, tone] = verdictOf(result, followUpOf(result.ballotId));
    return h('p', { class: `verdict ${tone}`, 'data-role': 'verdict' }, text);
  }

  function decisions(result) {
    const boxes = result.flags.map((flag) => {
      if (flag.code === Flag.runOffNeeded)
        return flagBox('需要再次投票', flag.message, followUp(result, 'run-off', '发起再次投票'));
      if (flag.code === Flag.shortfall)
        return flagBox('获得通过的项目少于应选数，请主席团决定', flag.message, shortfall(result));
      return flagBox('测评等次请主席团决定', flag.message, gradeChoice(result, flag.itemIds[0]));
    });
    if (!result.voteValid)
      boxes.push(
        flagBox('本次表决无效', '收回的票数多于发出的票数，应当重新投票。', followUp(result, 'repeat', '重新投票')),
      );
    return boxes;
  }

  function flagBox(title, text, actions) {
    return h(
      'div',
      { class: 'flag', role: 'group', 'aria-label': title },
      h('h4', {}, title),
      h('p', {}, text),
      actions,
    );
  }

  function followUp(result, path, label) {
    const existing = followUpOf(result.ballotId);
    if (existing)
      return h('p', {}, `已建立第${existing.round}轮表决（议程第${existing.agendaPosition}项），请在议程中开始表决。`);
    const button = h('button', { class: 'primary', type: 'button' }, label);
    button.addEventListener('click', () =>
      act(button, message, async () => {
        const round = await call(`/api/ballots/${result.ballotId}/${path}`, { method: 'POST' });
        await onAgendaChanged();
        show(result, { again: true });
        say(
          message,
          `已建立第${round.round}轮表决：${round.title}（议程第${round.agendaPosition}项），请在议程中开始表决。`,
          'ok',
        );
      }),
    );
    return button;
  }

  // The software never picks between the two levels; the chair does, and the decision is recorded beside the figures.
  function gradeChoice(result, itemId) {
    const item = result.items.find((i) => i.itemId === itemId);
    const decided = (result.gradeDecisions ?? []).find((d) => d.itemId === itemId);
    if (decided)
      return h(
        'p',
        { class: 'decision' },
        `主席团已决定${item.name}的测评等次为“${decided.gradeLabel}”（${chinaTime(decided.decidedAt)}）。`,
      );
    const buttons = (item.gradeBetween ?? []).map((grade) => {
      const label = item.counts.find((c) => c.option === grade)?.label ?? grade;
      const button = h('button', { type: 'button', class: 'primary' }, `定为“${label}”`);
      button.addEventListener('click', () =>
        act(button, message, async () => {
          show(
            await call(`/api/ballots/${result.ballotId}/grade-decision`, { method: 'POST', json: { itemId, grade } }),
          );
        }),
      );
      return button;
    });
    return [
      h('p', {}, '得票恰好处于两个等次的分界，本系统不作决定；请主席团决定等次并当场宣布。'),
      h('div', { class: 'actions row' }, buttons),
    ];
  }

  function shortfall(result) {
    if (result.decision) {
      const { decision, note, decidedAt } = result.decision;
      return h(
        'p',
        { class: 'decision' },
        `主席团已决定：${decisionLabels[decision]}（${chinaTime(decidedAt)}）${note ? `。说明：${note}` : ''}`,
      );
    }
    const note = h('input', { name: 'note', maxlength: 200 });
    const buttons = Object.entries(decisionLabels).map(([decision, label]) => {
      const button = h('button', { type: 'button', class: decision === Decision.leaveShort ? '' : 'primary' }, label);
      button.addEventListener('click', () =>
        act(button, message, async () => {
          const decided = await call(`/api/ballots/${result.ballotId}/decision`, {
            method: 'POST',
            json: { decision, note: note.value },
          });
          await onAgendaChanged();
          show(decided);
        }),
      );
      return button;
    });
    return [field('说明（可不填）', note), h('div', { class: 'actions row' }, buttons)];
  }

  /**
   * After a reload: the result closed last, so that a decision still pending (or the result the chair is reading out)
   * is back at the top of the console. `closed` are the agenda's closed ballots.
   */
  async function showLatest(closed) {
    if (!element.hidden || !closed.length) return;
    const results = await Promise.all(closed.map((b) => call(`/api/ballots/${b.id}/result`)));
    const latest = results.sort((a, b) => Date.parse(b.closedAt) - Date.parse(a.closedAt))[0];
    if (element.hidden) show(latest);
  }

  return { element, showBallot, showLatest };
}

/** The outcome in a few words, for large type: [text, tone] where tone is ok, bad or pending. */
function verdictOf(result, followUp) {
  if (followUp) return [`已建立第${followUp.round}轮表决（议程第${followUp.agendaPosition}项）`, 'pending'];
  if (!result.voteValid) return ['本次表决无效，应当重新投票', 'bad'];
  const pending = result.flags.find((flag) => !answered(result, flag));
  if (pending?.code === Flag.runOffNeeded) return ['得票相等，需要再次投票', 'pending'];
  if (pending?.code === Flag.shortfall)
    return [`获得通过${result.adopted.length}项，少于应选${result.settings.places}项`, 'pending'];
  if (pending?.code === Flag.exactThreshold) return ['测评等次待主席团决定', 'pending'];
  if (isMotionKind(result.kind)) return result.passed ? ['通过', 'ok'] : ['未通过', 'bad'];
  if (isProjectKind(result.kind)) {
    const adopted = result.finalAdopted?.length ?? result.adopted.length;
    return adopted
      ? [`确定民生实事项目${adopted}项（应选${result.settings.places}项）`, 'ok']
      : ['没有项目获得通过', 'bad'];
  }
  return result.toRectify.length ? [`测评完成，${result.toRectify.length}个对象须整改`, 'ok'] : ['测评完成', 'ok'];
}

/** Whether the presidium has already answered what a flag asks (a grade chosen, a shortfall decided). */
function answered(result, flag) {
  if (flag.code === Flag.shortfall) return Boolean(result.decision);
  if (flag.code === Flag.exactThreshold)
    return flag.itemIds.every((id) => (result.gradeDecisions ?? []).some((d) => d.itemId === id));
  return false;
}
