// 候选项目 and 票决: the accepted proposals ticked in the list, the number of places and the sitting make the candidate
// list, which the server puts on that sitting's agenda as a draft 票决 ballot if it has the term's 差额 of
// candidates over places. The rule is shown before sending; a refusal is shown in the server's words.
import { h, redraw } from '/js/common/dom.js';
import { Kind } from '/js/common/ballots.js';
import { act, field, messageArea, say } from '../controls.js';
import { rememberSitting } from '../session.js';
import { leastCandidates, marginRule } from './proposalsWords.js';

export function candidateListForm(context, { changed }) {
  const { call, term } = context;
  const message = messageArea();
  const outcome = h('div', { class: 'candidate-outcome' });
  let chosen = [];
  const places = h('input', {
    type: 'number',
    name: 'places',
    min: 1,
    max: 100,
    inputmode: 'numeric',
    required: true,
  });
  const sitting = h('select', { name: 'sitting', required: true });
  const kind = h(
    'select',
    { name: 'kind' },
    h('option', { value: Kind.projectSelection }, '差额选择'),
    h('option', { value: Kind.projectApproval }, '逐项表决'),
  );
  const title = h('input', { name: 'title', maxlength: 100 });
  const picked = h('ol', { class: 'candidate-picked', 'aria-label': '已选的候选项目' });
  const rule = h('p', { class: 'margin-rule', id: 'margin-rule' });
  const submit = h('button', { type: 'submit', class: 'primary' }, '列入会议议程');
  places.addEventListener('input', () => explain());
  const form = h(
    'form',
    { class: 'panel candidate-list', 'aria-labelledby': 'candidate-list-title', novalidate: true },
    h('h2', { id: 'candidate-list-title' }, '候选项目与票决'),
    h(
      'p',
      { class: 'muted' },
      '在上表中勾选“列入候选”的项目，它们将作为一次票决的候选项目，列入所选会议的议程（草稿）。',
    ),
    picked,
    field('会议', sitting),
    h(
      'div',
      { class: 'row' },
      field('应选项目数', places),
      field('票决方式', kind, '差额选择：每票至多选应选项数；逐项表决：每项赞成、反对或弃权'),
    ),
    rule,
    field('票决名称（可不填）', title),
    submit,
    message,
    outcome,
  );
  places.setAttribute('aria-describedby', rule.id);
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const sittingId = Number(sitting.value);
    act(submit, message, async () => {
      const ballot = await call(`/api/terms/${term.id}/candidate-lists`, {
        method: 'POST',
        json: {
          sittingId,
          places: Number(places.value),
          proposalIds: chosen.map((p) => p.id),
          kind: kind.value,
          title: title.value.trim() || null,
        },
      });
      form.reset();
      await changed();
      const name = context.sittings.find((s) => s.id === sittingId)?.name ?? '';
      const extra = ballot.items.length - ballot.places;
      say(
        message,
        `已将${ballot.items.length}个候选项目列入“${name}”议程第${ballot.agendaPosition}项“${ballot.title}”` +
          `（应选${ballot.places}项，差额${extra}项），现为草稿，待主席团开始表决。`,
        'ok',
      );
      redraw(
        outcome,
        h(
          'a',
          {
            href: '/staff/secretariat.html#agenda',
            class: 'button',
            onclick: () => rememberSitting('secretariat', sittingId),
          },
          `打开“${name}”的议程与表决`,
        ),
      );
    });
  });

  /** The rule in numbers for the places typed and the candidates ticked. */
  function explain() {
    const count = chosen.length;
    const wanted = Number(places.value);
    const base = `本届差额规则：${marginRule(term)}。`;
    if (!wanted) {
      rule.className = 'margin-rule';
      rule.textContent = `${base}已选候选项目${count}个，请填写应选项目数。`;
      return;
    }
    const least = leastCandidates(term, wanted);
    rule.className = `margin-rule ${count >= least ? 'fits' : 'short'}`;
    rule.textContent =
      `${base}应选${wanted}项至少需要${least}个候选项目，已选${count}个` +
      (count >= least ? `（差额${count - wanted}项）。` : `，还差${least - count}个。`);
  }

  function show() {
    const kept = Number(sitting.value);
    redraw(
      sitting,
      context.sittings.length ? null : h('option', { value: '' }, '尚无会议'),
      [...context.sittings].reverse().map((s) => h('option', { value: s.id, selected: s.id === kept }, s.name)),
    );
    explain();
  }

  function choose(list) {
    chosen = list;
    redraw(
      picked,
      list.length
        ? list.map((p) => h('li', {}, `第${p.id}号 ${p.title}`))
        : h('li', { class: 'muted none' }, '尚未勾选候选项目。'),
    );
    explain();
  }

  choose([]);
  return { element: form, show, choose };
}
