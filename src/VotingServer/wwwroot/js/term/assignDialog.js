// 交办 (or 改办 before the first answer) in a modal dialog: the lead department, the co-departments and whether the
// suggestion is broad or difficult (the longer deadline). Resolves with the suggestion as assigned, or null when
// cancelled; a refusal stays in the dialog.
import { h } from '/js/common/dom.js';
import { dateText } from '/js/common/suggestions.js';
import { act, field, formDialog, messageArea, say } from '../controls.js';

export function assignDialog({ call, term, departments, suggestion }) {
  const first = suggestion.rounds.length === 0;
  const opener = document.activeElement;
  const message = messageArea();
  const lead = h(
    'select',
    { name: 'lead', 'aria-required': 'true' },
    h('option', { value: '' }, '请选择'),
    departments.map((d) => h('option', { value: d.id, selected: d.name === suggestion.leadDepartment }, d.name)),
  );
  const co = departments.map((d) =>
    h(
      'label',
      { class: 'check' },
      h('input', {
        type: 'checkbox',
        name: 'co',
        value: d.id,
        checked: suggestion.coDepartments.includes(d.name),
      }),
      d.name,
    ),
  );
  // The lead department is not also a co-department: its box is taken away while it leads.
  const leading = () =>
    co.forEach((label) => {
      const box = label.querySelector('input');
      box.disabled = box.value === lead.value;
      if (box.disabled) box.checked = false;
    });
  lead.addEventListener('change', leading);
  leading();
  const difficult = h('input', { type: 'checkbox', name: 'difficult', checked: suggestion.difficult });
  const submit = h('button', { type: 'submit', class: 'primary' }, first ? '交办' : '改办');
  const cancel = h('button', { type: 'button', class: 'quiet' }, '取消');
  const dialog = h(
    'dialog',
    { class: 'confirm-act assign-dialog', 'aria-labelledby': 'assign-title' },
    h(
      'form',
      {},
      h('h2', { id: 'assign-title' }, `${first ? '交办' : '改办'}第${suggestion.number}号建议`),
      h('p', { class: 'assign-subject' }, suggestion.title),
      field('主办单位', lead),
      h('fieldset', { class: 'co-departments' }, h('legend', {}, '会办单位（可多选，可不选）'), co),
      h(
        'label',
        { class: 'check' },
        difficult,
        `涉及面广或难度大（答复期限${term.difficultAnswerMonths}个月，一般为${term.answerMonths}个月）`,
      ),
      first
        ? null
        : h(
            'p',
            { class: 'dialog-warning' },
            `改办不改变答复期限的起算日，仍从首次交办之日（${dateText(suggestion.rounds[0].assignedOn)}）起算。`,
          ),
      message,
      h('div', { class: 'dialog-actions' }, submit, cancel),
    ),
  );
  return formDialog(dialog, {
    cancel,
    opener,
    focus: lead,
    submit: (close) => {
      if (!lead.value) {
        say(message, '请选择主办单位。');
        lead.focus();
        return;
      }
      act(submit, message, async () => {
        const assigned = await call(`/api/terms/${term.id}/suggestions/${suggestion.id}/assignment`, {
          method: 'POST',
          json: {
            leadDepartmentId: Number(lead.value),
            coDepartmentIds: co
              .map((c) => c.querySelector('input'))
              .filter((i) => i.checked)
              .map((i) => Number(i.value)),
            difficult: difficult.checked,
          },
        });
        close(assigned);
      });
    },
  });
}
