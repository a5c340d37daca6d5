// 差额票决: select up to N of the M projects. The screen refuses a mark past N, so an over-marked ballot never leaves it.
import { h } from '/js/common/dom.js';
import { selectedCount } from '../text.js';
import { itemText } from './item-text.js';

export function marksPanel(ballot, draft, problem) {
  const counter = h('p', { class: 'counter', 'aria-live': 'polite' });
  const list = h(
    'div',
    { class: 'items marks' },
    ballot.items.map((item) => {
      const box = h('input', {
        type: 'checkbox',
        id: `item-${item.id}`,
        'data-key': `item-${item.id}`,
        checked: draft.marks.has(item.id),
        onchange: (e) => toggle(item, e.target),
      });
      return h('label', { class: 'item choice', for: box.id }, box, itemText(item));
    }),
  );

  function toggle(item, box) {
    if (box.checked && draft.marks.size >= ballot.places) {
      box.checked = false;
      problem.textContent = `最多只能选择${ballot.places}个项目。如需改选，请先取消一个已选项目。`;
      return;
    }
    if (box.checked) draft.marks.add(item.id);
    else draft.marks.delete(item.id);
    problem.textContent = '';
    update();
  }

  function update() {
    counter.textContent = selectedCount(draft.marks.size, ballot.places);
    const full = draft.marks.size >= ballot.places;
    list.classList.toggle('full', full);
    if (full) counter.textContent += '（已选满，如需改选请先取消一个）';
  }
  update();
  return { root: h('div', {}, counter, list) };
}
