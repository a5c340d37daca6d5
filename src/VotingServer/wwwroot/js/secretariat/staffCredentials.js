// 工作人员凭证 and the big screen's link: issue a presidium or secretariat credential (shown once), list and
// revoke them, and create the viewer link the hall projector opens.
import { fill, h, redraw } from '/js/common/dom.js';
import { act, field, messageArea, say } from '../controls.js';
import { Role, roleLabels } from '/js/common/roles.js';
import { chinaTime } from '../chinaTime.js';
import { issuedCode } from '../issuedCode.js';

export function staffCredentialsPanel({ call, sitting }) {
  const message = messageArea();
  const issued = h('div', {});
  const name = h('input', { name: 'holder', required: true, maxlength: 64 });
  const role = h(
    'select',
    { name: 'role' },
    h('option', { value: Role.presidium }, '主席团（执行主席）'),
    h('option', { value: Role.secretariat }, roleLabels[Role.secretariat]),
  );
  const submit = h('button', { class: 'primary', type: 'submit' }, '发放凭证');
  const form = h(
    'form',
    {},
    h('div', { class: 'row' }, field('持有人', name), field('角色', role), h('div', { class: 'field' }, submit)),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    act(submit, message, async () => {
      const credential = await call('/api/staff-credentials', {
        method: 'POST',
        json: { role: role.value, name: name.value },
      });
      issued.prepend(
        issuedCode({
          title: `${roleLabels[credential.role]}凭证`,
          holder: credential.name,
          credential,
        }),
      );
      form.reset();
      await refresh();
    });
  });

  const screen = h('div', {});
  const link = h('button', { type: 'button', class: 'primary' }, '生成大屏链接');
  link.addEventListener('click', () =>
    act(link, message, async () => {
      const viewer = await call(`/api/sittings/${sitting.id}/viewer-links`, { method: 'POST' });
      const url = `${location.origin}${viewer.path}`;
      fill(
        screen,
        h(
          'div',
          { class: 'message info', role: 'status' },
          h(
            'p',
            {},
            '大屏链接（在会场投影电脑的浏览器中打开，按 F11 全屏；持有此链接只能查看本次会议的出席、进度和结果）：',
          ),
          h('p', {}, h('a', { href: url, target: '_blank', rel: 'noopener', class: 'viewer-link' }, url)),
        ),
      );
      await refresh();
    }),
  );

  const body = h('tbody', {});
  async function refresh() {
    const credentials = await call('/api/staff-credentials');
    redraw(
      body,
      credentials.map((c) =>
        h(
          'tr',
          {},
          h('td', {}, roleLabels[c.role] ?? c.role),
          h('th', { scope: 'row' }, c.name),
          h('td', {}, chinaTime(c.issuedAt)),
          h('td', {}, c.revoked ? '已作废' : '有效'),
          h('td', {}, c.revoked ? null : revokeButton(c)),
        ),
      ),
    );
  }

  function revokeButton(credential) {
    const button = h('button', { type: 'button', class: 'quiet', 'data-key': `revoke-${credential.id}` }, '作废');
    button.addEventListener('click', () =>
      act(button, message, async () => {
        await call(`/api/staff-credentials/${credential.id}`, { method: 'DELETE' });
        say(message, `已作废${roleLabels[credential.role] ?? ''}“${credential.name}”的凭证。`, 'ok');
        await refresh();
      }),
    );
    return button;
  }

  const element = h(
    'section',
    { class: 'panel', 'aria-labelledby': 'staff-credentials-title' },
    h('h2', { id: 'staff-credentials-title' }, '工作人员凭证与大屏链接'),
    form,
    issued,
    h('p', {}, link),
    screen,
    message,
    h(
      'table',
      {},
      h('caption', {}, '已发放的工作人员凭证'),
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          ['角色', '持有人', '发放时间', '状态', '操作'].map((t) => h('th', { scope: 'col' }, t)),
        ),
      ),
      body,
    ),
  );
  return { element, refresh };
}
