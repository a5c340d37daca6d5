// 实施计划 of an adopted project in a modal dialog: its deadline, its milestones (a row each, added and removed; those
// already done are kept as they were) and its supervision group (代表监督小组) by the deputies' 代表证号. Resolves
// with the project's history as saved, or null when cancelled; a refusal stays in the dialog in the server's words.
import { h } from '/js/common/dom.js';
import { dateText } from '/js/common/suggestions.js';
import { act, field, formDialog, messageArea, say } from '../controls.js';

export async function planDialog({ call, term, project }) {
  const opener = document.activeElement;
  // The project names its supervisors; the form takes their numbers, found in the register by name.
  const register = project.supervisors.length ? await call(`/api/terms/${term.id}/deputies`) : [];
  const numbers = project.supervisors.map((name) => register.find((d) => d.name === name)?.number ?? name);
  const message = messageArea();
  const deadline = h('input', { type: 'date', name: 'deadline', required: true, value: project.deadlineOn });
  const done = project.milestones.filter((m) => m.doneOn);
  const rows = h('tbody', {});
  const add = h('button', { type: 'button', class: 'quiet' }, '添加节点');
  add.addEventListener('click', () => addRow().focus());
  const supervisors = h('input', { name: 'supervisors', value: numbers.join('、'), maxlength: 400 });
  const submit = h('button', { type: 'submit', class: 'primary' }, '保存计划');
  const cancel = h('button', { type: 'button', class: 'quiet' }, '取消');
  let rowCount = 0;

  function addRow(milestone = { name: '', dueOn: '' }) {
    const n = ++rowCount;
    const name = h('input', { name: 'milestone-name', value: milestone.name, maxlength: 100 });
    const due = h('input', { type: 'date', name: 'milestone-due', value: milestone.dueOn });
    const remove = h('button', { type: 'button', class: 'quiet' }, '删除');
    const tr = h('tr', {}, h('td', {}, name), h('td', {}, due), h('td', {}, remove));
    name.setAttribute('aria-label', `第${n}个节点的名称`);
    due.setAttribute('aria-label', `第${n}个节点的计划完成时间`);
    remove.setAttribute('aria-label', `删除第${n}个节点`);
    remove.addEventListener('click', () => {
      const next = tr.nextElementSibling ?? tr.previousElementSibling;
      tr.remove();
      (next?.querySelector('input') ?? add).focus();
    });
    rows.append(tr);
    return name;
  }
  project.milestones.filter((m) => !m.doneOn).forEach((m) => addRow(m));

  const dialog = h(
    'dialog',
    { class: 'confirm-act plan-dialog', 'aria-labelledby': 'plan-title' },
    h(
      'form',
      {},
      h('h2', { id: 'plan-title' }, `实施计划：${project.title}`),
      h('p', { class: 'muted' }, `承办单位：${project.leadDepartment}`),
      h(
        'div',
        { class: 'row' },
        field('完成期限', deadline),
        field('监督小组代表的代表证号', supervisors, '用顿号、逗号或空格分开，例如：T001、T002；可不填'),
      ),
      h(
        'fieldset',
        { class: 'milestones-editor' },
        h('legend', {}, '实施节点（计划完成时间不晚于完成期限）'),
        done.length
          ? h(
              'ul',
              { class: 'done-milestones' },
              done.map((m) =>
                h('li', {}, `${m.name}（计划${dateText(m.dueOn)}，${dateText(m.doneOn)}已完成，保留不变）`),
              ),
            )
          : null,
        h(
          'table',
          {},
          h(
            'thead',
            {},
            h(
              'tr',
              {},
              ['节点名称', '计划完成时间', h('span', { class: 'sr-only' }, '删除')].map((c) =>
                h('th', { scope: 'col' }, c),
              ),
            ),
          ),
          rows,
        ),
        add,
      ),
      message,
      h('div', { class: 'dialog-actions' }, submit, cancel),
    ),
  );

  return formDialog(dialog, {
    cancel,
    opener,
    focus: deadline,
    submit: (close) => {
      const milestones = [...rows.querySelectorAll('tr')]
        .map((tr) => tr.querySelectorAll('input'))
        .map(([name, due]) => ({ name: name.value.trim(), dueOn: due.value, input: due }))
        .filter((m) => m.name || m.dueOn);
      const undated = milestones.find((m) => !m.dueOn);
      if (!deadline.value || undated) {
        say(message, undated ? `请填写节点“${undated.name}”的计划完成时间。` : '请填写完成期限。');
        (undated?.input ?? deadline).focus();
        return;
      }
      act(submit, message, async () => {
        const saved = await call(`/api/terms/${term.id}/projects/${project.id}/plan`, {
          method: 'PUT',
          json: {
            deadlineOn: deadline.value,
            milestones: milestones.map((m) => ({ name: m.name, dueOn: m.dueOn })),
            supervisors: supervisors.value.split(/[\s,，、;；]+/).filter(Boolean),
          },
        });
        close(saved);
      });
    },
  });
}
