// The element builder of every page and the tablet. Text always goes in as text nodes (never innerHTML), so no name
// or title from the server can inject markup.

/**
 * h('button', { class: 'primary', onclick: f, 'aria-pressed': 'true' }, '开始表决', child, [more])
 * Function properties starting with "on" become listeners; `hidden`, `disabled`, `checked` and `value` are set as
 * properties; `style` goes through the CSSOM, which the content security policy allows where it refuses a style
 * attribute; null, undefined and false leave a property or a child out.
 */
export function h(tag, props = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(props ?? {})) {
    if (value === null || value === undefined || value === false) continue;
    if (name.startsWith('on') && typeof value === 'function') element.addEventListener(name.slice(2), value);
    else if (['hidden', 'disabled', 'checked', 'value'].includes(name)) element[name] = value;
    else if (name === 'style') element.style.cssText = String(value);
    else element.setAttribute(name, value === true ? '' : String(value));
  }
  append(element, children);
  return element;
}

function append(element, children) {
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    element.append(child instanceof Node ? child : String(child));
  }
}

/** Replaces an element's content. */
export function fill(element, ...children) {
  element.replaceChildren();
  append(element, children);
  return element;
}

export const $ = (selector, root = document) => root.querySelector(selector);

/**
 * Runs `change`, which rebuilds part of `container`, and gives focus back to the rebuilt control with the same
 * data-key.
 */
export function keepingFocus(container, change) {
  const key = container.contains(document.activeElement) ? document.activeElement.dataset?.key : undefined;
  change();
  if (key) container.querySelector(`[data-key="${CSS.escape(key)}"]`)?.focus();
}

/** Redraws a list as live updates arrive, keeping keyboard focus on the control with the same data-key. */
export const redraw = (container, ...children) => keepingFocus(container, () => fill(container, ...children));
