// A freshly issued code is shown once (the server keeps only its hash), to hand over to its holder: as a card with
// the QR code and the code in large monospace groups that never break, and the fingerprint of the server key that
// signs every notice (as the deputies' sheet prints it), which 「打印」 prints on its own.
import { serverKeyLine } from '/js/common/checks.js';
import { h } from '/js/common/dom.js';
import { Role } from '/js/common/roles.js';

// Where each credential signs in: the staff pages, the department's page and the deputy's phone between sittings.
const pages = {
  [Role.presidium]: '/staff/presidium.html',
  [Role.secretariat]: '/staff/secretariat.html',
  [Role.scrutineer]: '/staff/scrutineer.html',
  [Role.department]: '/staff/department.html',
  [Role.termDeputy]: '/tablet/phone.html',
};

/**
 * issuedCode({ title: '监票人凭证', holder: '陈海涛', credential, note }): `credential` is the server's IssuedCredential
 * (role, code "ABCD-EFGH-…" and qr, a data: URL of the QR image).
 */
export function issuedCode({ title, holder, credential, note }) {
  const page = pages[credential.role];
  const card = h(
    'div',
    { class: 'code-card' },
    credential.qr ? h('img', { src: credential.qr, alt: '凭证二维码', width: 160, height: 160 }) : null,
    h(
      'div',
      { class: 'code-card-text' },
      h('p', { class: 'code-card-title' }, title),
      h('p', { class: 'code-card-holder' }, holder),
      h('p', {}, '凭证码：'),
      // Each group keeps its hyphen and never breaks; the text is the code exactly as it is typed.
      h(
        'p',
        { class: 'issued-code' },
        credential.code
          .split('-')
          .map((group, i, groups) => h('span', { class: 'code-group' }, i < groups.length - 1 ? `${group}-` : group)),
      ),
      page ? h('p', { class: 'code-card-where' }, `登录地址：${location.origin}${page}`) : null,
      note ? h('p', {}, note) : null,
      serverKeyLine({ class: 'code-card-key' }),
    ),
  );
  const print = h('button', { type: 'button', class: 'primary' }, '打印');
  print.addEventListener('click', () => printAlone(card));
  return h(
    'div',
    { class: 'message info issued', role: 'status' },
    h('p', {}, `${holder}的凭证（只显示这一次，服务器不保存凭证码）：请打印后当面交给本人。`),
    card,
    h('p', {}, print),
  );
}

/** Prints one card: the page's print style hides everything else while it is marked. */
function printAlone(card) {
  card.classList.add('print-target');
  document.body.classList.add('print-one');
  window.addEventListener(
    'afterprint',
    () => {
      card.classList.remove('print-target');
      document.body.classList.remove('print-one');
    },
    { once: true },
  );
  window.print();
}
