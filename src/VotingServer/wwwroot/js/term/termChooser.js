// Which term (届) the page works on, the one chosen earlier in this tab or else the newest, with its settings in words;
// and 新建届 with the deadlines of the suggestion cycle (docs/between-sittings.md).
import { h } from '/js/common/dom.js';
import { creationForm, field } from '../controls.js';
import { rememberTerm, storedTerm } from '../session.js';

/** 答复期限3个月（难度大的6个月），重新办理1个月，期限前15天起提醒 */
const settingsText = (term) =>
  `答复期限${term.answerMonths}个月（难度大的${term.difficultAnswerMonths}个月），重新办理${term.rehandleMonths}个月，` +
  `期限前${term.reminderDays}天起提醒`;

/** Returns { element, term, form }: term is null when none exists yet, and the form then shows at once. */
export async function termChooser(call) {
  const terms = await call('/api/terms');
  const term = terms.find((t) => t.id === storedTerm()) ?? terms.at(-1) ?? null;
  const { form, toggle } = termForm(call, { first: !term });
  if (!term) return { element: h('div', {}), term, form };
  rememberTerm(term.id);
  const select = h(
    'select',
    {
      id: 'term-select',
      onchange: () => {
        rememberTerm(select.value);
        location.reload();
      },
    },
    [...terms].reverse().map((t) => h('option', { value: t.id, selected: t.id === term.id }, t.name)),
  );
  const element = h(
    'div',
    {},
    h('div', { class: 'sitting-bar' }, field('届', select), toggle),
    h('p', { class: 'term-settings' }, settingsText(term)),
  );
  return { element, term, form };
}

function termForm(call, { first }) {
  const name = h('input', { id: 'term-name-input', name: 'name', required: true, maxlength: 100 });
  const months = (fieldName, value, max) =>
    h('input', { type: 'number', name: fieldName, min: 1, max, value, required: true, inputmode: 'numeric' });
  const answer = months('answerMonths', 3, 24);
  const difficult = months('difficultAnswerMonths', 6, 24);
  const rehandle = months('rehandleMonths', 1, 12);
  const reminder = h('input', {
    type: 'number',
    name: 'reminderDays',
    min: 0,
    max: 90,
    value: 15,
    required: true,
    inputmode: 'numeric',
  });
  return creationForm({
    id: 'new-term-title',
    title: first ? '建立本届' : '新建届',
    content: [
      field('届的名称', name, '例如：商州区第十八届人民代表大会'),
      h(
        'div',
        { class: 'row' },
        field('建议答复期限（月）', answer, '自交办之日起，默认3个月'),
        field('难度大的答复期限（月）', difficult, '涉及面广或难度大的，默认6个月'),
        field('重新办理期限（月）', rehandle, '代表不满意退回后，默认1个月'),
        field('到期提醒（期限前天数）', reminder, '默认15天'),
      ),
    ],
    submitLabel: '建立届',
    toggleLabel: '新建届',
    first,
    focus: name,
    send: async () => {
      const term = await call('/api/terms', {
        method: 'POST',
        json: {
          name: name.value,
          answerMonths: Number(answer.value),
          difficultAnswerMonths: Number(difficult.value),
          rehandleMonths: Number(rehandle.value),
          reminderDays: Number(reminder.value),
        },
      });
      rememberTerm(term.id);
      location.hash = '#deputies';
      location.reload();
    },
  });
}
