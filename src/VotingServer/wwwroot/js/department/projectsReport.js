// The lead department's progress report on a project: what was done (进展情况), how far (完成进度, 0–100 %), the
// milestones done since the last report, and whether the project is delivered. The server judges every figure and
// says in its own words what it refuses; a report of delivery, after which no report follows, is asked first.
import { h } from '/js/common/dom.js';
import { dateText } from '/js/common/suggestions.js';
import { act, confirmAct, field, messageArea } from '../controls.js';

/** onReported(sentence) runs once the server has taken the report, saying what was reported. */
export function reportForm({ call, term }, project, onReported) {
  const key = `report-${project.id}`;
  const message = messageArea();
  const text = h('textarea', { name: `${key}-text`, rows: 4, maxlength: 5000, 'data-key': `${key}-text` });
  const percent = h('input', {
    name: `${key}-percent`,
    type: 'number',
    inputmode: 'numeric',
    step: 1,
    value: String(project.percentDone),
    class: 'percent-input',
    'data-key': `${key}-percent`,
  });
  const open = project.milestones.filter((m) => !m.doneOn);
  const milestones = open.map((m) =>
    h(
      'label',
      { class: 'check' },
      h('input', { type: 'checkbox', name: `${key}-milestone`, value: m.id, 'data-key': `${key}-milestone-${m.id}` }),
      `${m.name}（应于${dateText(m.dueOn)}完成）`,
    ),
  );
  const delivered = h('input', {
    type: 'checkbox',
    name: `${key}-delivered`,
    'data-key': `${key}-delivered`,
    'aria-describedby': `${key}-delivered-hint`,
    // A delivered project is done in full: the percent says so, as the server requires.
    onchange: (event) => {
      if (event.target.checked) percent.value = '100';
    },
  });
  const submit = h('button', { type: 'submit', class: 'primary', 'data-key': `${key}-submit` }, '提交进展报告');
  const form = h(
    'form',
    { class: 'report-form', 'aria-labelledby': `${key}-title`, novalidate: true },
    h('h4', { id: `${key}-title` }, '报告进展'),
    field('进展情况', text, '写明本期完成的工作、资金使用和下一步安排。'),
    h('div', { class: 'row' }, field('完成进度（%）', percent, '0至100的整数')),
    open.length ? h('fieldset', { class: 'milestones-done' }, h('legend', {}, '本期完成的节点'), milestones) : null,
    h(
      'div',
      { class: 'delivered' },
      h('label', { class: 'check' }, delivered, '项目已完成'),
      h(
        'span',
        { class: 'hint', id: `${key}-delivered-hint` },
        '项目全部完成并通过验收时勾选，完成进度为100%；报告完成后不再报告进展。',
      ),
    ),
    h('div', { class: 'row' }, submit),
    message,
  );
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    if (delivered.checked) {
      const confirmed = await confirmAct({
        title: `报告“${project.title}”已完成？`,
        text: '报告完成后不能修改，也不再报告这个项目的进展。',
        facts: [
          ['项目', project.title],
          ['完成期限', dateText(project.deadlineOn)],
        ],
        confirm: '报告项目完成',
      });
      if (!confirmed) return;
    }
    act(submit, message, async () => {
      const done = milestones.map((m) => m.querySelector('input')).filter((input) => input.checked);
      const reported = await call(`/api/terms/${term.id}/projects/${project.id}/reports`, {
        method: 'POST',
        json: {
          text: text.value,
          percentDone: wholePercent(percent.value),
          milestonesDone: done.map((input) => Number(input.value)),
          delivered: delivered.checked,
        },
      });
      const p = reported.project;
      await onReported(
        p.deliveredOn
          ? `已报告“${p.title}”完成（${dateText(p.deliveredOn)}）。`
          : `已报告“${p.title}”的进展：完成${p.percentDone}%，${p.progressLabel}。`,
      );
    });
  });
  return form;
}

/** The percent typed, or -1 for what is no whole number (left empty, 30.5): the server then says what it needs. */
function wholePercent(typed) {
  const value = typed.trim() === '' ? NaN : Number(typed);
  return Number.isInteger(value) ? value : -1;
}
