// 提出建议: the title, the content and the deputies who sign it too (by their 代表证号); the server numbers it and the
// secretariat assigns it. Whatever the server refuses is said in its own words beside the button.
import { h } from '/js/common/dom.js';
import { heading } from '../screens/layout.js';

export function proposeScreen({ call, me, go }) {
  const problem = h('p', { class: 'problem', role: 'alert' });
  // Two lines, so that a title of a phone's width and more is seen whole; it stays one line of text (no Enter).
  const title = h('textarea', {
    id: 'suggestion-title',
    name: 'title',
    rows: 2,
    maxlength: 100,
    onkeydown: (e) => {
      if (e.key === 'Enter' && !e.isComposing) e.preventDefault();
    },
  });
  const content = h('textarea', { id: 'suggestion-content', name: 'content', rows: 8, maxlength: 5000 });
  const signers = h('input', {
    id: 'suggestion-signers',
    name: 'coSigners',
    autocomplete: 'off',
    autocapitalize: 'characters',
    spellcheck: 'false',
  });
  const submit = h('button', { type: 'submit', class: 'primary' }, '提交建议');
  const form = h(
    'form',
    { class: 'propose-form' },
    field('标题', title, '例如：关于加快老旧小区改造的建议'),
    field('建议内容', content),
    field('联名代表的代表证号', signers, '没有联名可不填；多人用空格、逗号或顿号分开'),
    problem,
    h('div', { class: 'actions' }, submit),
  );
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    submit.disabled = true;
    problem.textContent = '';
    try {
      const submitted = await call(`/api/terms/${me.termId}/suggestions`, {
        method: 'POST',
        json: {
          title: title.value,
          content: content.value,
          coSigners: signers.value.split(/[\s,，、;；]+/).filter(Boolean),
        },
      });
      go(`#suggestion-${submitted.id}`, `建议已提交，编号为第${submitted.number}号，等待秘书处交办承办单位。`);
    } catch (error) {
      problem.textContent = error.message;
    } finally {
      submit.disabled = false;
    }
  });
  return h('section', { class: 'screen' }, heading('提出建议', `以您本人（${me.name}）的名义领衔提出`), form);
}

/** A labelled control; its hint is read after its name, not as it. */
function field(label, control, hint) {
  if (hint) control.setAttribute('aria-describedby', `${control.id}-hint`);
  return h(
    'div',
    { class: 'field' },
    h('label', { for: control.id }, label),
    control,
    hint ? h('p', { class: 'hint', id: `${control.id}-hint` }, hint) : null,
  );
}
