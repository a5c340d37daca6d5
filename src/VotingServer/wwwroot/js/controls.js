// The staff pages' form parts: labelled fields, message areas, and buttons that run a server action.
import { h } from '/js/common/dom.js';

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

export const messageArea = () => h('p', { class: 'message', hidden: true });

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
