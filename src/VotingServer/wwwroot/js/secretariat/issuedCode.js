// A freshly issued code is shown once (the server keeps only its hash), to hand over to its holder.
import { h } from '/js/common/dom.js';

export function issuedCode(holder, code, note) {
  return h(
    'div',
    { class: 'message info', role: 'status' },
    h('p', {}, `${holder}的凭证码（只显示这一次，请抄录或打印后当面交给本人）：`),
    h('p', {}, h('span', { class: 'issued-code' }, code)),
    note ? h('p', {}, note) : null,
  );
}
