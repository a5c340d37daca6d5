// The import of a list kept in a spreadsheet (CSV or XLSX): all rows or none, and when the server refuses the file,
// each faulty row with its line number under the message.
import { h } from '/js/common/dom.js';
import { act, field, messageArea, say } from './controls.js';

/**
 * fileImport({ id, title, label, hint, button, errorsLabel, upload }): `upload(file)` sends the file and resolves with
 * the sentence that says what was imported; `errorsLabel` names the list of faulty rows. Returns the form, a panel.
 */
export function fileImport({ id, title, label, hint, button, errorsLabel, upload }) {
  const message = messageArea();
  const errors = h('ul', { class: 'row-errors', 'aria-label': errorsLabel, hidden: true });
  const file = h('input', {
    type: 'file',
    name: id,
    accept: '.csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    required: true,
  });
  // The browser's own button speaks the browser's language: it is laid, unseen, over one that speaks Chinese.
  const chosen = h('span', { class: 'file-name', 'aria-hidden': 'true' }, '未选择文件');
  file.addEventListener('change', () => (chosen.textContent = file.files[0]?.name ?? '未选择文件'));
  const picker = h(
    'span',
    { class: 'file-picker' },
    h('span', { class: 'button file-button', 'aria-hidden': 'true' }, '选择文件'),
    chosen,
  );
  const submit = h('button', { class: 'primary', type: 'submit' }, button);
  const form = h(
    'form',
    { class: 'panel', 'aria-labelledby': `${id}-title` },
    h('h2', { id: `${id}-title` }, title),
    fileField(label, file, picker, hint),
    submit,
    message,
    errors,
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    errors.hidden = true;
    act(submit, message, async () => {
      try {
        say(message, await upload(file.files[0]), 'ok');
        form.reset();
        chosen.textContent = '未选择文件';
      } catch (error) {
        errors.replaceChildren(...(error.errors ?? []).map((e) => h('li', {}, `第${e.row}行：${e.message}`)));
        errors.hidden = !error.errors?.length;
        throw error;
      }
    });
  });
  return form;
}

/** The field of `controls.js` with the picker in the input's place; the input, labelled as before, goes inside it. */
function fileField(label, file, picker, hint) {
  const wrapper = field(label, file, hint);
  wrapper.querySelector('label').after(picker);
  picker.append(file);
  return wrapper;
}
