// 初选 of one proposal in a modal dialog: accepted onto the list the candidates are drawn from (the lead department
// and budget may be settled here), or rejected with the reason. Resolves with what was sent, or null when cancelled;
// a refusal stays in the dialog in the server's words.
import { h } from '/js/common/dom.js';
import { act, field, formDialog, messageArea } from '../controls.js';
import { budgetText } from './proposalsWords.js';

export function screeningDialog({ call, term, departments }, proposal) {
  const opener = document.activeElement;
  const message = messageArea();
  const choice = (value, label) =>
    h(
      'label',
      { class: 'choice' },
      h('input', { type: 'radio', name: 'screening', value, checked: proposal.screening === value }),
      label,
    );
  const lead = h(
    'select',
    { name: 'leadDepartment' },
    h('option', { value: '' }, proposal.leadDepartment ? `不变（${proposal.leadDepartment}）` : '未定'),
    departments.map((d) => h('option', { value: d.name, selected: d.name === proposal.leadDepartment }, d.name)),
  );
  const budget = h('input', {
    type: 'number',
    name: 'budgetWan',
    min: 0,
    step: '0.01',
    inputmode: 'decimal',
    value: proposal.budgetWan ?? '',
  });
  const note = h('textarea', { name: 'note', rows: 2, maxlength: 500, value: proposal.screeningNote ?? '' });
  const submit = h('button', { type: 'submit', class: 'primary' }, '保存初选结果');
  const cancel = h('button', { type: 'button', class: 'quiet' }, '取消');
  const dialog = h(
    'dialog',
    { class: 'confirm-act screening-dialog', 'aria-labelledby': 'screening-title' },
    h(
      'form',
      {},
      h('h2', { id: 'screening-title' }, `初选第${proposal.id}号项目建议`),
      h('p', { class: 'assign-subject' }, proposal.title),
      h(
        'p',
        { class: 'muted' },
        `${proposal.place || '地点未填'}；估算投资${budgetText(proposal.budgetWan)}万元；${proposal.description}`,
      ),
      h(
        'fieldset',
        { class: 'screening-choices' },
        h('legend', {}, '初选结果'),
        choice('accepted', '列入候选'),
        choice('rejected', '不列入'),
      ),
      h('div', { class: 'row' }, field('承办单位', lead), field('估算投资（万元）', budget)),
      field('理由或说明', note, '不列入的必须写明理由'),
      message,
      h('div', { class: 'dialog-actions' }, submit, cancel),
    ),
  );
  return formDialog(dialog, {
    cancel,
    opener,
    focus: dialog.querySelector('input[name="screening"]'),
    submit: (close) => {
      const screening = dialog.querySelector('input[name="screening"]:checked')?.value ?? 'pending';
      const request = {
        screening,
        note: note.value.trim() || null,
        leadDepartment: lead.value || null,
        budgetWan: budget.value === '' ? null : Number(budget.value),
      };
      act(submit, message, async () => {
        await call(`/api/terms/${term.id}/proposals/${proposal.id}/screening`, { method: 'POST', json: request });
        close(request);
      });
    },
  });
}
