// The items of a ballot, one row each: candidate projects (name, content, budget in 万元, lead department) or
// appraisal targets (name, group). Rows pasted from a spreadsheet (tab-separated lines) fill several rows at once.
import { isAppraisalKind, isMotionKind } from '/js/common/ballots.js';
import { h } from '/js/common/dom.js';

const layouts = {
  project: [
    ['name', '项目名称'],
    ['content', '项目内容'],
    ['budgetWan', '投资额（万元）'],
    ['leadDepartment', '牵头单位'],
  ],
  target: [
    ['name', '测评对象'],
    ['group', '类别（如：副镇长、部门负责人）'],
  ],
};

export function itemsEditor() {
  const body = h('tbody', {});
  const head = h('thead', {});
  const add = h('button', { type: 'button', onclick: () => addRow().querySelector('input').focus() }, '添加一行');
  const element = h(
    'fieldset',
    { class: 'items-editor' },
    h('legend', {}, '候选项目 / 测评对象'),
    h('p', { class: 'hint muted' }, '每行一项；可从表格中复制多行多列后粘贴到第一格。空行不计。'),
    h('table', {}, head, body),
    add,
  );
  let layout = layouts.project;

  function addRow(values = {}) {
    const index = body.children.length + 1;
    const row = h(
      'tr',
      {},
      h('td', { class: 'num' }, index),
      layout.map(([key, label]) =>
        h(
          'td',
          {},
          h('input', {
            name: key,
            'aria-label': `第${index}行${label}`,
            value: values[key] ?? '',
            inputmode: key === 'budgetWan' ? 'decimal' : null,
            onpaste: (event) => paste(event, row, key),
          }),
        ),
      ),
      h(
        'td',
        {},
        h(
          'button',
          { type: 'button', class: 'quiet', 'aria-label': `删除第${index}行`, onclick: () => remove(row) },
          '删除',
        ),
      ),
    );
    body.append(row);
    return row;
  }

  function remove(row) {
    row.remove();
    if (!body.children.length) addRow();
  }

  function paste(event, row, key) {
    const text = event.clipboardData?.getData('text/plain') ?? '';
    if (!/[\t\n]/.test(text.trim())) return;
    event.preventDefault();
    const start = layout.findIndex(([k]) => k === key);
    let target = row;
    for (const line of text
      .replace(/\r/g, '')
      .split('\n')
      .filter((l) => l.trim())) {
      target ??= addRow();
      line.split('\t').forEach((cell, i) => {
        const input = target.querySelectorAll('input')[start + i];
        if (input) input.value = cell.trim();
      });
      target = target.nextElementSibling;
    }
  }

  function setKind(kind) {
    const next = isAppraisalKind(kind) ? layouts.target : layouts.project;
    element.hidden = isMotionKind(kind);
    if (next === layout && body.children.length) return;
    layout = next;
    head.replaceChildren(
      h(
        'tr',
        {},
        h('th', { scope: 'col' }, '序号'),
        layout.map(([, label]) => h('th', { scope: 'col' }, label)),
        h('th', { scope: 'col' }, h('span', { class: 'sr-only' }, '删除')),
      ),
    );
    body.replaceChildren();
    for (let i = 0; i < 3; i++) addRow();
  }

  /** The NewItem records of the filled rows. */
  function items() {
    return [...body.children]
      .map((row) => {
        const item = {};
        row.querySelectorAll('input').forEach((input) => {
          item[input.name] = input.value.trim();
        });
        if ('budgetWan' in item) item.budgetWan = item.budgetWan === '' ? null : Number(item.budgetWan);
        return item;
      })
      .filter((item) => item.name);
  }

  function reset() {
    body.replaceChildren();
    for (let i = 0; i < 3; i++) addRow();
  }

  /** Fills the rows with a ballot's items (ItemView), one row each and one empty row to add to. */
  function load(list) {
    body.replaceChildren();
    for (const item of list) {
      addRow(Object.fromEntries(layout.map(([key]) => [key, item[key] ?? ''])));
    }
    addRow();
  }

  return { element, setKind, items, reset, load };
}
