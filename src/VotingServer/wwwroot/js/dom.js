// Small DOM helpers. Text always goes in as text (never innerHTML), so no name or title can inject markup.

/** Builds an element: h('button', { class: 'primary', onclick: f }, '开始表决'). */
export function h(tag, props = {}, ...children) {
  const element = document.createElement(tag);
  for (const [key, value] of Object.entries(props ?? {})) {
    if (value === null || value === undefined || value === false) continue;
    if (key.startsWith('on') && typeof value === 'function') element.addEventListener(key.slice(2), value);
    else if (key === 'class') element.className = value;
    else if (key === 'value' || key === 'checked') element[key] = value;
    else element.setAttribute(key, value === true ? '' : String(value));
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

let fields = 0;

/** A labelled form control; the hint is tied to it with aria-describedby, so it is read but is not its name. */
export function field(label, control, hint) {
  control.id ||= `field-${++fields}`;
  const wrapper = h('div', { class: 'field' }, h('label', { class: 'label', for: control.id }, label), control);
  if (hint) {
    control.setAttribute('aria-describedby', `${control.id}-hint`);
    wrapper.append(h('span', { class: 'hint', id: `${control.id}-hint` }, hint));
  }
  return wrapper;
}

/** A message area: role=alert for errors (read out at once), role=status for the rest. */
export function say(element, text, kind = 'error') {
  element.className = `message ${kind}`;
  element.setAttribute('role', kind === 'error' ? 'alert' : 'status');
  element.textContent = text ?? '';
  element.hidden = !text;
}

export function messageArea() {
  const element = h('p', { class: 'message', hidden: true });
  return element;
}

/** Runs an action from a button: disables it meanwhile and shows the server's message on failure. */
export async function act(button, message, action) {
  button.disabled = true;
  say(message, '');
  try {
    return await action();
  } catch (error) {
    say(message, error.message);
    return undefined;
  } finally {
    button.disabled = false;
  }
}

/** Redraws a list and puts keyboard focus back on the control with the same data-key, as live updates arrive. */
export function redraw(container, ...children) {
  const key = container.contains(document.activeElement) ? document.activeElement.dataset?.key : undefined;
  fill(container, ...children);
  if (key) container.querySelector(`[data-key="${CSS.escape(key)}"]`)?.focus();
}
