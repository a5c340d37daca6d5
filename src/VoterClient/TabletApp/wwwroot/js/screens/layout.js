// What every screen shares: how it replaces the one before, and its heading.
import { h } from '/js/common/dom.js';

/** Replaces what `container` shows and moves focus to its heading, so keyboard and screen-reader users follow. */
export function show(container, root) {
  container.replaceChildren(root);
  window.scrollTo(0, 0);
  const title = root.querySelector('h1');
  if (title) {
    title.tabIndex = -1;
    title.focus({ preventScroll: true });
  }
}

/** A screen's heading with an optional line under it. */
export function heading(title, subtitle) {
  return h(
    'div',
    { class: 'screen-heading' },
    h('h1', {}, title),
    subtitle ? h('p', { class: 'subtitle' }, subtitle) : null,
  );
}
