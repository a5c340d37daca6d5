// 征集 by the secretariat: a proposal entered by hand (from a department, a deputy, a station, or the public on paper),
// and a list of proposals imported from a spreadsheet, all rows or none; both for the year the tab works on.
import { h, redraw } from '/js/common/dom.js';
import { act, field, messageArea, say } from '../controls.js';
import { fileImport } from '../fileImport.js';
import { sourceLabels } from './proposalsWords.js';

export function proposalEntry(context, { changed }) {
  const { call, term } = context;
  const message = messageArea();
  const input = (name, props = {}) => h('input', { name, ...props });
  const title = input('title', { required: true, maxlength: 100 });
  const description = h('textarea', { name: 'description', required: true, rows: 2, maxlength: 2000 });
  const place = input('place', { maxlength: 100 });
  const budget = input('budgetWan', { type: 'number', min: 0, step: '0.01', inputmode: 'decimal' });
  const lead = h('select', { name: 'leadDepartment' });
  const source = h(
    'select',
    { name: 'source' },
    Object.entries(sourceLabels).map(([value, label]) =>
      h('option', { value, selected: value === 'department' }, label),
    ),
  );
  const name = input('submitterName', { maxlength: 50 });
  const phone = input('submitterPhone', { type: 'tel', maxlength: 30 });
  const submit = h('button', { type: 'submit', class: 'primary' }, '登记项目建议');
  const form = h(
    'form',
    { class: 'panel proposal-entry', 'aria-labelledby': 'proposal-entry-title', novalidate: true },
    h('h2', { id: 'proposal-entry-title' }, '登记项目建议'),
    h('div', { class: 'row' }, field('项目名称', title), field('实施地点', place)),
    field('项目内容', description, '做什么、在哪里、惠及多少群众'),
    h('div', { class: 'row' }, field('估算投资（万元）', budget), field('建议承办单位', lead), field('来源', source)),
    h('div', { class: 'row' }, field('建议人', name), field('联系电话（仅秘书处可见）', phone)),
    submit,
    message,
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    act(submit, message, async () => {
      const entered = await call(`/api/terms/${term.id}/proposals`, {
        method: 'POST',
        json: {
          title: title.value,
          description: description.value,
          place: place.value || null,
          budgetWan: budget.value === '' ? null : Number(budget.value),
          leadDepartment: lead.value || null,
          submitterName: name.value || null,
          submitterPhone: phone.value || null,
          source: source.value,
          year: context.year,
        },
      });
      form.reset();
      await changed();
      say(message, `已登记${entered.year}年度第${entered.id}号项目建议“${entered.title}”，待初选。`, 'ok');
    });
  });
  /** The departments, read with the tab, as the choices of 建议承办单位, keeping the one chosen. */
  function show() {
    const chosen = lead.value;
    redraw(
      lead,
      h('option', { value: '' }, '未定'),
      context.departments.map((d) => h('option', { value: d.name, selected: d.name === chosen }, d.name)),
    );
  }
  return { element: form, show };
}

export function proposalImport(context, { changed }) {
  const { call, term } = context;
  return fileImport({
    id: 'proposal-list',
    title: '导入项目建议清单',
    label: '民生实事项目清单文件（CSV 或 Excel XLSX）',
    hint:
      '第1行为表头：项目名称、项目内容（必填），实施地点、估算投资（万元）、承办单位、来源（群众 / 部门 / 代表 / 联络站）、' +
      '建议人、联系电话。导入到上面所选的年度；有任何一行出错则全部不导入。',
    button: '导入项目建议',
    errorsLabel: '项目清单中的错误',
    upload: async (file) => {
      const imported = await call(`/api/terms/${term.id}/proposals?year=${context.year}`, { method: 'PUT', file });
      await changed();
      return `已导入${context.year}年度项目建议${imported.proposals}项，待初选。`;
    },
  });
}
