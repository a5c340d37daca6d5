// Live progress of an open ballot on the console: 已投 x / 应投 y (counts only, never who) with a bar, updated in place.
import { h } from '/js/common/dom.js';

export function progressView() {
  const counts = h('span', { class: 'counts', 'data-role': 'progress' });
  const fillBar = h('span', {});
  const element = h('div', { class: 'progress' }, counts, h('div', { class: 'track', role: 'presentation' }, fillBar));
  const show = ({ issued = 0, cast = 0 } = {}) => {
    const text = `已投 ${cast} / 应投 ${issued}`;
    if (counts.textContent !== text) counts.textContent = text;
    fillBar.style.width = `${issued ? Math.round((100 * cast) / issued) : 0}%`;
  };
  show();
  return { element, show };
}
