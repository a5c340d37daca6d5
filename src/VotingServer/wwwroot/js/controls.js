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

/**
 * Runs an action from a button: disables it meanwhile and shows the server's message on failure. An act that needs
 * the presidium's confirmation (code confirmation-required) offers, under the message, to ask for it: `ask` gives
 * { call, sittingId, request } for that act.
 */
export async function act(button, message, action, ask) {
  button.disabled = true;
  say(message, '');
  delete message.dataset.code;
  message.nextElementSibling?.classList.contains('ask-presidium') && message.nextElementSibling.remove();
  try {
    return await action();
  } catch (error) {
    say(message, error.message);
    // The refusal's code stays on the message, so that a page can clear it once it no longer holds.
    if (error.code) message.dataset.code = error.code;
    if (error.code === 'confirmation-required' && ask) message.after(askPresidium(ask(), message));
    return undefined;
  } finally {
    button.disabled = false;
  }
}

/** The secretariat's request for the presidium's confirmation, with the reason that goes on the record. */
function askPresidium({ call, sittingId, request }, refusal) {
  const reason = h('input', { name: 'reason', required: true, maxlength: 500 });
  const submit = h('button', { type: 'submit', class: 'primary' }, '提交主席团确认');
  const note = messageArea();
  const form = h(
    'form',
    { class: 'ask-presidium' },
    field('理由', reason, '记入计票记录和公告，例如：代表平板故障，本人到场'),
    submit,
    note,
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    act(submit, note, async () => {
      const asked = await call(`/api/sittings/${sittingId}/confirmations`, {
        method: 'POST',
        json: { ...request, reason: reason.value },
      });
      // The refusal has been answered: what stays is where the request stands.
      say(refusal, '');
      form.replaceChildren(
        h(
          'p',
          { class: 'message ok', role: 'status' },
          `已提交主席团：${asked.title}。主席团确认后，请再次执行此操作。`,
        ),
      );
    });
  });
  return form;
}

let dialogs = 0;

/**
 * Asks before an irreversible act. A modal dialog (role=dialog, named by its title, described by its text) says what
 * will happen to whom; focus starts on 取消, so a stray Enter or a second click does nothing; Escape or 取消 declines.
 * Resolves true only when the confirming button is pressed. Focus then returns to the control that asked.
 *
 * What it says is `text` (or `body`): a string, a node, or a list of them; `facts`, [term, value] pairs shown as a
 * list (a value may be a node the caller keeps updating); `warning`, what cannot be undone; `danger` marks the
 * confirming button.
 *
 * confirmAct({ title: '作废代表证？', text: ['王芳（D012）的代表证将立即失效。'], confirm: '作废代表证' })
 */
export function confirmAct({ title, text, body, facts, warning, confirm = '确定', cancel = '取消', danger = false }) {
  const id = `confirm-act-${++dialogs}`;
  const opener = document.activeElement;
  const yes = h(
    'button',
    { type: 'button', class: danger ? 'primary danger' : 'primary', 'data-key': 'confirm-act-yes' },
    confirm,
  );
  const no = h('button', { type: 'button', class: 'quiet', 'data-key': 'confirm-act-no' }, cancel);
  const dialog = h(
    'dialog',
    { class: 'confirm-act', 'aria-labelledby': `${id}-title`, 'aria-describedby': `${id}-text` },
    h('h2', { id: `${id}-title` }, title),
    h(
      'div',
      { id: `${id}-text` },
      [text ?? body ?? []].flat().map((line) => (typeof line === 'string' ? h('p', {}, line) : line)),
      facts
        ? h(
            'dl',
            { class: 'dialog-facts' },
            facts.map(([term, value]) => h('div', {}, h('dt', {}, term), h('dd', {}, value))),
          )
        : null,
      warning ? h('p', { class: 'dialog-warning' }, warning) : null,
    ),
    h('div', { class: 'dialog-actions' }, yes, no),
  );
  return new Promise((resolve) => {
    const answer = (confirmed) => {
      if (!dialog.open) return;
      dialog.close();
      dialog.remove();
      if (opener instanceof HTMLElement && opener.isConnected && !opener.disabled) opener.focus();
      resolve(confirmed);
    };
    yes.addEventListener('click', () => answer(true));
    no.addEventListener('click', () => answer(false));
    dialog.addEventListener('cancel', (event) => {
      event.preventDefault();
      answer(false);
    });
    document.body.append(dialog);
    dialog.showModal();
    no.focus();
  });
}

/**
 * Shows a modal dialog holding a form and answers with a promise: `submit(close)` runs on the form's submit, and
 * `close(value)` resolves with what was saved; 取消 (`cancel`) or Esc resolves with null. The dialog is removed on
 * closing and the focus goes back to `opener`; `focus` is the field the dialog opens on.
 */
export function formDialog(dialog, { cancel, opener, focus, submit }) {
  return new Promise((resolve) => {
    const close = (value) => {
      if (!dialog.open) return;
      dialog.close();
      dialog.remove();
      if (opener instanceof HTMLElement && opener.isConnected) opener.focus();
      resolve(value);
    };
    cancel.addEventListener('click', () => close(null));
    dialog.addEventListener('cancel', (event) => {
      event.preventDefault();
      close(null);
    });
    dialog.querySelector('form').addEventListener('submit', (event) => {
      event.preventDefault();
      submit(close);
    });
    document.body.append(dialog);
    dialog.showModal();
    focus.focus();
  });
}

/**
 * A 新建… form (a sitting, a term): shown at once when it is the first thing to create, otherwise behind its toggle
 * button. `send()` runs on submit through act(), so a refusal shows in the form's message area. Returns { form, toggle }.
 */
export function creationForm({ id, title, content, submitLabel, toggleLabel, first, focus, send }) {
  const message = messageArea();
  const submit = h('button', { class: 'primary', type: 'submit' }, submitLabel);
  const form = h(
    'form',
    { class: 'panel', 'aria-labelledby': id, hidden: !first },
    h('h2', { id }, title),
    ...content,
    submit,
    message,
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    act(submit, message, send);
  });
  const toggle = h(
    'button',
    {
      type: 'button',
      'aria-expanded': 'false',
      onclick: () => {
        form.hidden = !form.hidden;
        toggle.setAttribute('aria-expanded', String(!form.hidden));
        if (!form.hidden) focus.focus();
      },
    },
    toggleLabel,
  );
  return { form, toggle };
}

/** A list table: its caption for screen readers, one column per [heading, class] (sized by the class) and the body. */
export function columnTable({ className, caption, columns, body }) {
  return h(
    'table',
    { class: className },
    h('caption', { class: 'sr-only' }, caption),
    h(
      'colgroup',
      {},
      columns.map(([, cls]) => h('col', { class: cls })),
    ),
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        columns.map(([c]) => h('th', { scope: 'col' }, c)),
      ),
    ),
    body,
  );
}
