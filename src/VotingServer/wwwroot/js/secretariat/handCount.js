// 人工计票: when the electronic vote fails, the secretariat enters the hand-counted totals of a ballot that has
// not closed. The server counts them by the same rules and the notice says the count was by hand.
import { fill, h } from '/js/common/dom.js';
import { act, field, messageArea, say } from '../controls.js';
import { Approval, BallotState, kindLabels, marksItems, stateLabels } from '/js/common/ballots.js';
import { announcement, resultFigures, resultTable } from '../results.js';

const number = (name, label) =>
  h('input', {
    type: 'number',
    name,
    min: 0,
    required: true,
    inputmode: 'numeric',
    'aria-label': label,
    value: 0,
    class: 'count',
  });

export function handCountPanel({ call, sitting, onCounted }) {
  const message = messageArea();
  const choice = h('select', { name: 'ballot' });
  const start = h('button', { type: 'button', onclick: () => showForm() }, '填写人工计票结果');
  const form = h('div', {});
  let ballots = [];

  async function refresh() {
    ballots = (await call(`/api/sittings/${sitting.id}/ballots`)).filter((b) => b.state !== BallotState.closed);
    const kept = choice.value;
    fill(
      choice,
      ballots.map((b) =>
        h(
          'option',
          { value: b.id, selected: String(b.id) === kept },
          `${b.agendaPosition}. ${b.title}（${stateLabels[b.state]}）`,
        ),
      ),
    );
    start.disabled = !ballots.length;
  }

  function showForm() {
    const ballot = ballots.find((b) => String(b.id) === choice.value);
    if (!ballot) return;
    const issued = number('issued', '发出票数');
    const returned = number('returned', '收回票数');
    const invalid = number('invalidBallots', '整张无效票数');
    const selection = marksItems(ballot.kind);
    const options = selection ? [{ code: Approval.for, label: '得票数' }] : ballot.options;
    const cells = ballot.items.map((item) => ({
      item,
      counts: options.map((o) => [o.code, number(o.code, `${item.name} ${o.label}`)]),
      invalid: selection ? null : number('invalid', `${item.name} 无效`),
    }));
    const note = h('input', { name: 'note', maxlength: 200 });
    const submit = h('button', { class: 'primary', type: 'submit' }, '提交人工计票结果');
    const entry = h(
      'form',
      { 'aria-label': `人工计票：${ballot.title}` },
      h('h3', {}, `人工计票：${ballot.title}`),
      h('p', { class: 'muted' }, kindLabels[ballot.kind]),
      h(
        'div',
        { class: 'row' },
        field('发出票数', issued),
        field('收回票数', returned),
        selection ? field('整张无效票数', invalid) : null,
      ),
      h(
        'div',
        { class: 'table-scroll', role: 'region', tabindex: 0, 'aria-label': `计票数：${ballot.title}` },
        h(
          'table',
          { class: 'hand-count' },
          h(
            'thead',
            {},
            h(
              'tr',
              {},
              h('th', { scope: 'col' }, '项目 / 对象'),
              options.map((o) => h('th', { scope: 'col' }, o.label)),
              selection ? null : h('th', { scope: 'col' }, '无效'),
            ),
          ),
          h(
            'tbody',
            {},
            cells.map((c) =>
              h(
                'tr',
                {},
                h('th', { scope: 'row' }, c.item.name),
                c.counts.map(([, input]) => h('td', {}, input)),
                c.invalid ? h('td', {}, c.invalid) : null,
              ),
            ),
          ),
        ),
      ),
      field('说明（可不填）', note, '例如：电子表决系统故障，改用纸质选票'),
      submit,
    );
    entry.addEventListener('submit', (event) => {
      event.preventDefault();
      act(
        submit,
        message,
        async () => {
          const result = await call(`/api/ballots/${ballot.id}/hand-count`, {
            method: 'POST',
            json: {
              issued: Number(issued.value),
              returned: Number(returned.value),
              invalidBallots: selection ? Number(invalid.value) : 0,
              note: note.value || null,
              items: cells.map((c) => ({
                itemId: c.item.id,
                counts: Object.fromEntries(c.counts.map(([code, input]) => [code, Number(input.value)])),
                invalid: c.invalid ? Number(c.invalid.value) : 0,
              })),
            },
          });
          fill(
            form,
            h('h3', {}, `人工计票结果：${result.title}`),
            resultFigures(result),
            resultTable(result),
            announcement(result),
          );
          say(message, '人工计票结果已记录，请监票人签字确认。', 'ok');
          await onCounted();
        },
        () => ({ call, sittingId: sitting.id, request: { act: 'hand-count', ballotId: ballot.id } }),
      );
    });
    fill(form, entry);
    issued.focus();
  }

  const element = h(
    'section',
    { class: 'panel', 'aria-labelledby': 'hand-count-title' },
    h('h2', { id: 'hand-count-title' }, '人工计票（纸质选票）'),
    h(
      'p',
      { class: 'muted' },
      '电子表决无法进行时，在监票人监督下以纸质选票表决并人工计票，在此录入计票结果。录入后该表决即结束。',
    ),
    h('div', { class: 'row' }, field('表决', choice), h('div', { class: 'field' }, start)),
    message,
    form,
  );
  return { element, refresh };
}
