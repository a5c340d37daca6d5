// The console's confirmations before an act that cannot be taken back (开始表决, 结束表决): a modal <dialog> that
// states what is about to happen to whom. Focus moves into it (onto 取消, the safe choice), Escape cancels, and
// focus returns to the button that asked.
import { h } from '/js/common/dom.js';

let dialogs = 0;

/**
 * Resolves true when the chair confirms, false on 取消 or Escape.
 * facts: [term, value] pairs shown as a list; warning: what cannot be undone.
 */
export function confirmDialog({ title, facts, warning, confirmLabel }) {
  return new Promise((resolve) => {
    const opener = document.activeElement;
    const titleId = `dialog-title-${++dialogs}`;
    const confirm = h('button', { type: 'button', class: 'primary' }, confirmLabel);
    const cancel = h('button', { type: 'button', class: 'quiet' }, '取消');
    const dialog = h(
      'dialog',
      { class: 'confirm-dialog', 'aria-labelledby': titleId, 'aria-modal': 'true' },
      h('h2', { id: titleId }, title),
      h(
        'dl',
        { class: 'dialog-facts' },
        facts.map(([term, value]) => h('div', {}, h('dt', {}, term), h('dd', {}, value))),
      ),
      warning ? h('p', { class: 'dialog-warning' }, warning) : null,
      h('div', { class: 'dialog-actions' }, confirm, cancel),
    );
    let confirmed = false;
    confirm.addEventListener('click', () => {
      confirmed = true;
      dialog.close();
    });
    cancel.addEventListener('click', () => dialog.close());
    // Escape closes a modal dialog by itself (a cancel event, then close): it answers no.
    dialog.addEventListener('close', () => {
      dialog.remove();
      if (opener?.isConnected && !opener.disabled) opener.focus();
      resolve(confirmed);
    });
    document.body.append(dialog);
    dialog.showModal();
    cancel.focus();
  });
}
