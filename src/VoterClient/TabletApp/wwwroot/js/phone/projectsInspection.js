// 记录视察情况: a deputy of the supervision group records what the group saw on an inspection of the project. The
// record is named (代表 and the deputy's name) and dated by the server, and is appended, never changed.
import { h } from '/js/common/dom.js';

export function inspectionForm({ call, me, go }, project) {
  const problem = h('p', { class: 'problem', role: 'alert' });
  const text = h('textarea', {
    id: 'inspection-text',
    name: 'text',
    rows: 6,
    maxlength: 5000,
    'aria-describedby': 'inspection-text-hint',
  });
  const submit = h('button', { type: 'submit', class: 'primary' }, '提交视察情况');
  const form = h(
    'form',
    { class: 'inspection-form', 'aria-labelledby': 'inspection-title' },
    h('h2', { id: 'inspection-title' }, '记录视察情况'),
    h('p', {}, `以您本人（${me.name}）的名义记录，承办单位和秘书处都能看到，提交后不能修改。`),
    h(
      'div',
      { class: 'field' },
      h('label', { for: 'inspection-text' }, '视察情况'),
      text,
      h('p', { class: 'hint', id: 'inspection-text-hint' }, '写明视察的地点、看到的情况和意见建议。'),
    ),
    problem,
    h('div', { class: 'actions' }, submit),
  );
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    submit.disabled = true;
    problem.textContent = '';
    try {
      await call(`/api/terms/${me.termId}/projects/${project.id}/inspections`, {
        method: 'POST',
        json: { text: text.value },
      });
      go(`#project-${project.id}`, `视察情况已记录：“${project.title}”。`);
    } catch (error) {
      problem.textContent = error.message;
      text.focus();
    } finally {
      submit.disabled = false;
    }
  });
  return form;
}
