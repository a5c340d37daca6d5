// Accessible tabs (WAI-ARIA tabs pattern): arrow keys move between tabs, the hash remembers the open one.
import { h } from '/js/common/dom.js';

/**
 * tabs: [{ id, label, panel: { element, refresh() } }]. The open tab's panel is refreshed each time it is shown,
 * so what it lists is never older than the moment it was opened.
 */
export function tabView(tabs) {
  const list = h('div', { role: 'tablist', 'aria-label': '功能' });
  const panels = h('div', {});
  const buttons = tabs.map((tab) =>
    h(
      'button',
      {
        type: 'button',
        role: 'tab',
        id: `tab-${tab.id}`,
        'aria-controls': `panel-${tab.id}`,
        onclick: () => show(tab.id),
      },
      tab.label,
    ),
  );
  tabs.forEach((tab, i) => {
    tab.panel.element.id = `panel-${tab.id}`;
    tab.panel.element.setAttribute('role', 'tabpanel');
    tab.panel.element.setAttribute('aria-labelledby', `tab-${tab.id}`);
    list.append(buttons[i]);
    panels.append(tab.panel.element);
  });
  list.addEventListener('keydown', (event) => {
    const at = buttons.indexOf(document.activeElement);
    const step = { ArrowRight: 1, ArrowLeft: -1 }[event.key];
    if (at < 0 || !step) return;
    const next = buttons[(at + step + buttons.length) % buttons.length];
    next.focus();
    next.click();
  });

  let current = null;
  function show(id) {
    current = tabs.find((t) => t.id === id) ?? tabs[0];
    tabs.forEach((tab, i) => {
      const selected = tab === current;
      buttons[i].setAttribute('aria-selected', String(selected));
      buttons[i].tabIndex = selected ? 0 : -1;
      tab.panel.element.hidden = !selected;
    });
    history.replaceState(null, '', `#${current.id}`);
    current.panel.refresh?.();
  }
  show(location.hash.slice(1));
  return { element: h('div', {}, list, panels), refreshCurrent: () => current?.panel.refresh?.() };
}
