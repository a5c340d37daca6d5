// Every other kind: one of the ballot's options on each item (赞成/反对/弃权, 满意/基本满意/不满意, 优秀/称职/…).
import { h } from '/js/common/dom.js';
import { itemText } from './item-text.js';

export function choicesPanel(ballot, draft, problem) {
  const counter = h('p', { class: 'counter', 'aria-live': 'polite' });
  const items = ballot.items.map((item) =>
    h(
      'fieldset',
      { class: 'item', 'data-item': item.id },
      h('legend', {}, itemText(item)),
      h(
        'div',
        { class: 'options' },
        ballot.options.map((option) => {
          const id = `item-${item.id}-${option.code}`;
          return h(
            'label',
            { class: `option option-${option.code}`, for: id },
            h('input', {
              type: 'radio',
              name: `item-${item.id}`,
              id,
              'data-key': id,
              value: option.code,
              checked: draft.choices.get(item.id) === option.code,
              onchange: () => {
                draft.choices.set(item.id, option.code);
                problem.textContent = '';
                update();
              },
            }),
            h('span', { class: 'tick', 'aria-hidden': 'true' }, '✓'),
            h('span', {}, option.label),
          );
        }),
      ),
    ),
  );

  function update() {
    counter.textContent = `已选择 ${draft.choices.size} / ${ballot.items.length} 项`;
  }
  update();
  return { root: h('div', { class: 'items choices' }, ballot.items.length > 1 ? counter : null, items) };
}
