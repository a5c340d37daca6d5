// How an item reads on every screen: a project with its content, budget and lead department; a target with its group.
import { h } from '/js/common/dom.js';
import { budget } from '../text.js';

export function itemText(item) {
  const details = [item.content, budget(item), item.leadDepartment, item.group].filter(Boolean).join(' · ');
  return h(
    'span',
    { class: 'item-text' },
    h('span', { class: 'item-name' }, item.name),
    details ? h('span', { class: 'item-details' }, details) : null,
  );
}
