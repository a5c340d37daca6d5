// The answer of the lead department on a suggestion's open round: its class (A, B or C, in words) and its text.
// It asks first, since an answer cannot be changed once the deputy can read it.
import { h } from '/js/common/dom.js';
import { answerClasses, answerClassLabel, dateText } from '/js/common/suggestions.js';
import { act, confirmAct, field, messageArea, say } from '../controls.js';

/** onAnswered(sentence) runs once the server has taken the answer, saying what was answered. */
export function answerForm({ call, term }, suggestion, round, onAnswered) {
  const key = `answer-${suggestion.id}`;
  const message = messageArea();
  const choices = answerClasses.map((c) =>
    h(
      'label',
      { class: 'choice' },
      h('input', { type: 'radio', name: `${key}-class`, value: c.code, 'data-key': `${key}-${c.code}` }),
      c.label,
    ),
  );
  const text = h('textarea', { name: `${key}-text`, rows: 5, maxlength: 5000, 'data-key': `${key}-text` });
  const submit = h('button', { type: 'submit', class: 'primary' }, '提交答复');
  const what = round.round === 1 ? '答复' : '重新办理的答复';
  const form = h(
    'form',
    { class: 'answer-form', 'aria-labelledby': `${key}-title` },
    h('h4', { id: `${key}-title` }, `${what}（答复期限：${dateText(round.dueOn)}）`),
    h('fieldset', { class: 'answer-classes' }, h('legend', {}, '答复类别'), choices),
    field('答复内容', text, '写明办理结果、措施和时间；C类须写明暂不能解决的原因。'),
    h('div', { class: 'row' }, submit),
    message,
  );
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    const chosen = form.querySelector(`input[name="${key}-class"]:checked`)?.value;
    if (!chosen) {
      say(message, '请选择答复类别：A类、B类或C类。');
      choices[0].querySelector('input').focus();
      return;
    }
    const confirmed = await confirmAct({
      title: `提交第${suggestion.number}号建议的${what}？`,
      text: '答复提交后不能修改，领衔代表将在手机上看到答复并作出评价。',
      facts: [
        ['建议', suggestion.title],
        ['答复类别', answerClassLabel(chosen)],
      ],
      confirm: '提交答复',
    });
    if (!confirmed) return;
    act(submit, message, async () => {
      await call(`/api/terms/${term.id}/suggestions/${suggestion.id}/answer`, {
        method: 'POST',
        json: { class: chosen, text: text.value },
      });
      const answered = round.round === 1 ? '已答复' : '已再次答复（重新办理）';
      await onAnswered(`第${suggestion.number}号建议${answered}：${answerClassLabel(chosen)}。`);
    });
  });
  return form;
}
