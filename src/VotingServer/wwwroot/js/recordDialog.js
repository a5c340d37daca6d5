// A modal confirmation for an irreversible act on a count record (签字确认, 发布公告): it shows what is being
// confirmed, then runs the act from its own button; 取消 or Esc closes it and nothing happens.
import { h } from '/js/common/dom.js';
import { act, messageArea } from './controls.js';

let dialogs = 0;

/**
 * Opens the dialog; `action` runs on confirmation and the dialog closes once it succeeds (a refusal stays shown in
 * the dialog). Returns the dialog element.
 */
export function confirmDialog({ title, content, confirmLabel, action, key }) {
  const id = `record-dialog-${++dialogs}`;
  const message = messageArea();
  const confirm = h('button', { type: 'button', class: 'primary', 'data-key': key }, confirmLabel);
  const cancel = h('button', { type: 'button', class: 'quiet' }, '取消');
  const dialog = h(
    'dialog',
    { class: 'record-dialog', 'aria-labelledby': id },
    h('h2', { id }, title),
    h('div', { class: 'record-dialog-body' }, content),
    message,
    h('div', { class: 'record-dialog-actions' }, confirm, cancel),
  );
  const dismiss = () => {
    dialog.close();
    dialog.remove();
  };
  cancel.addEventListener('click', dismiss);
  dialog.addEventListener('close', () => dialog.remove());
  confirm.addEventListener('click', () =>
    act(confirm, message, async () => {
      await action();
      dismiss();
    }),
  );
  document.body.append(dialog);
  dialog.showModal();
  confirm.focus();
  return dialog;
}

/**
 * The sitting's ballots in agenda order, each run-off or further round right after the item it continues: the
 * order of count records and of notice numbers (docs/sitting-api.md "Notice numbers follow the agenda").
 */
export function agendaOrder(ballots) {
  const byId = new Map(ballots.map((b) => [b.id, b]));
  const item = (ballot) => {
    let first = ballot;
    for (let hops = 0; first.previousBallotId && byId.has(first.previousBallotId) && hops < ballots.length; hops++)
      first = byId.get(first.previousBallotId);
    return first.agendaPosition;
  };
  return [...ballots].sort((a, b) => item(a) - item(b) || a.agendaPosition - b.agendaPosition);
}
