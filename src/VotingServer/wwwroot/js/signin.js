// The gate of every staff page: asks for the credential code, checks it with GET /api/me, and lets in only
// the page's own role. The server refuses every staff action to anyone else anyway; this says so up front.
import { api } from '/js/common/api.js';
import { $, fill, h } from '/js/common/dom.js';
import { field, messageArea, say } from './controls.js';
import { roleLabels } from '/js/common/roles.js';
import { forgetCode, rememberCode, storedCode } from './session.js';

/**
 * Resolves with { code, me } once a credential of `role` is entered (or was kept for this tab); `credential` names
 * the code the holder was given.
 */
export function signIn(role, pageTitle, credential = '工作人员凭证码') {
  return new Promise((resolve) => {
    const app = $('#app');
    const message = messageArea();
    const input = h('input', {
      id: 'credential-code',
      name: 'code',
      autocomplete: 'off',
      autocapitalize: 'characters',
      spellcheck: 'false',
      required: true,
      class: 'code-input',
      placeholder: 'XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XX',
    });
    const form = h(
      'form',
      { class: 'signin panel', 'aria-labelledby': 'signin-title' },
      h('h2', { id: 'signin-title' }, `${pageTitle}登录`),
      field('凭证码', input, `请输入发给您的${credential}（26位，“-”和空格可输可不输）。`),
      h('button', { class: 'primary', type: 'submit' }, '登录'),
      message,
    );

    const ask = () => {
      fill(app, form);
      input.focus();
    };
    const check = async (code) => {
      try {
        const me = await api(code, '/api/me');
        if (me.role !== role) {
          forgetCode(role);
          say(
            message,
            `此页面仅供${roleLabels[role]}使用，${roleLabels[me.role] ?? me.role}“${me.name}”的凭证不能打开。`,
          );
          input.value = '';
          return ask();
        }
        rememberCode(role, code);
        showWho(role, me);
        resolve({ code, me });
      } catch (error) {
        forgetCode(role);
        say(message, error.message);
        ask();
      }
    };
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      check(input.value.trim());
    });
    const kept = storedCode(role);
    if (kept) check(kept);
    else ask();
  });
}

function showWho(role, me) {
  const logout = h(
    'button',
    {
      type: 'button',
      onclick: () => {
        forgetCode(role);
        location.reload();
      },
    },
    '退出',
  );
  fill($('#who'), h('span', {}, `${roleLabels[me.role]} · ${me.name}`), logout);
}
