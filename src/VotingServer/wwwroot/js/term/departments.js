// 承办单位: the departments that answer the term's suggestions, added one by one, and each one's credential issued
// (shown once, with its QR code, to hand over); issuing again revokes the one before.
import { h, redraw } from '/js/common/dom.js';
import { act, confirmAct, field, messageArea } from '../controls.js';
import { issuedCode } from '../issuedCode.js';

export function departmentsTab({ call, term }) {
  const message = messageArea();
  const issued = h('div', {});
  const name = h('input', { name: 'department', required: true, maxlength: 64 });
  const submit = h('button', { class: 'primary', type: 'submit' }, '添加承办单位');
  const form = h(
    'form',
    { class: 'panel', 'aria-labelledby': 'add-department-title' },
    h('h2', { id: 'add-department-title' }, '添加承办单位'),
    h(
      'div',
      { class: 'row' },
      field('承办单位名称', name, '例如：区住房和城乡建设局'),
      h('div', { class: 'field for-button' }, submit),
    ),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    act(submit, message, async () => {
      await call(`/api/terms/${term.id}/departments`, { method: 'POST', json: { name: name.value } });
      form.reset();
      await refresh();
    });
  });

  const body = h('tbody', {});
  const summary = h('p', { class: 'muted' });
  async function refresh() {
    const departments = await call(`/api/terms/${term.id}/departments`);
    summary.textContent = departments.length
      ? `共${departments.length}个承办单位，${departments.filter((d) => d.hasCredential).length}个持有有效凭证。`
      : '尚未添加承办单位。';
    redraw(
      body,
      departments.map((d) =>
        h(
          'tr',
          { 'data-department': d.id },
          h('th', { scope: 'row' }, d.name),
          h('td', {}, d.hasCredential ? '有效' : '未发放'),
          h('td', { class: 'act' }, issueButton(d)),
        ),
      ),
    );
  }

  function issueButton(department) {
    const again = department.hasCredential;
    const button = h(
      'button',
      { type: 'button', class: again ? 'quiet' : 'primary', 'data-key': `issue-${department.id}` },
      again ? '重新发放凭证' : '发放凭证',
    );
    button.addEventListener('click', async () => {
      if (
        again &&
        !(await confirmAct({
          title: '重新发放承办单位凭证？',
          text: `“${department.name}”现有的凭证将立即作废，须将新凭证交给该单位。`,
          confirm: '作废原凭证并重新发放',
          danger: true,
        }))
      )
        return;
      act(button, message, async () => {
        const credential = await call(`/api/terms/${term.id}/departments/${department.id}/credential`, {
          method: 'POST',
        });
        const card = issuedCode({
          title: '承办单位凭证',
          holder: credential.name,
          credential,
          note: '在电脑浏览器中打开上面的登录地址，输入凭证码登录，即可查看交办的建议并答复。',
        });
        redraw(issued, card);
        await refresh();
        card.scrollIntoView({ block: 'nearest' });
      });
    });
    return button;
  }

  const list = h(
    'section',
    { class: 'panel', 'aria-labelledby': 'departments-title' },
    h('h2', { id: 'departments-title' }, '承办单位与凭证'),
    summary,
    message,
    issued,
    h(
      'table',
      { class: 'departments' },
      h('caption', { class: 'sr-only' }, '承办单位'),
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          ['承办单位', '凭证', '操作'].map((c) => h('th', { scope: 'col' }, c)),
        ),
      ),
      body,
    ),
  );
  return { element: h('div', { class: 'columns' }, form, list), refresh };
}
