// The bar above every screen: the sitting, the connection, who is signed in and 「退出」; and short notices.
import { $, h } from '/js/common/dom.js';

const connectionText = {
  connecting: '正在连接…',
  online: '已连接',
  offline: '网络连接中断，正在重新连接…',
  moving: '正在切换到备用服务器…',
};

/**
 * The connection's state in the top bar; `server` (a base URL, '' for the page's own) names the server when it is
 * another than the one the page came from, so staff walking the hall can see which tablets moved.
 */
export function showConnection(status, server = '') {
  const element = $('#connection');
  const elsewhere = status === 'online' && server && server !== location.origin;
  element.textContent = status
    ? connectionText[status] + (elsewhere ? `（备用服务器 ${new URL(server).host}）` : '')
    : '';
  element.dataset.status = status ?? '';
  element.dataset.server = status === 'online' ? server || location.origin : '';
  document.body.classList.toggle('offline', status === 'offline');
}

export function showIdentity(state) {
  $('#sitting-name').textContent = state.sitting?.name ?? '代表表决器';
  $('#who').hidden = !state.me;
  $('#who-name').textContent = state.me?.name ?? '';
  $('#who-number').textContent = state.me ? `代表证号 ${state.me.deputyNumber}` : '';
}

let noticeTimer = 0;

/**
 * A passing message (a cast confirmed, a ballot ended elsewhere) read out politely; gone at the next screen. With an
 * action ({ label, run }) it carries a button for it and stays until then; without one it also goes after 10 s.
 */
export function notify(message, action = null) {
  const notice = $('#notice');
  notice.replaceChildren(
    h('span', { class: 'notice-text' }, message),
    action ? h('button', { type: 'button', class: 'primary', onclick: action.run }, action.label) : null,
  );
  notice.hidden = false;
  clearTimeout(noticeTimer);
  if (!action) noticeTimer = setTimeout(clearNotice, 10000);
}

export function clearNotice() {
  clearTimeout(noticeTimer);
  const notice = $('#notice');
  notice.hidden = true;
  notice.textContent = '';
}

/**
 * 「退出」 asks first, saying `question`, and refuses while a cast still waits for its receipt (it would be lost with
 * the session).
 */
export function onSignOut(
  hasPending,
  signOut,
  question = '退出后，本平板将清除您的凭证，再次使用须重新扫描代表证。确定退出吗？',
) {
  const dialog = $('#sign-out-dialog');
  $('#sign-out').addEventListener('click', () => {
    const pending = hasPending();
    $('#sign-out-text').textContent = pending ? '您有选票正在提交，请等提交完成后再退出。' : question;
    $('#sign-out-confirm').hidden = pending;
    $('#sign-out-cancel').textContent = pending ? '好的' : '取消';
    dialog.showModal();
  });
  $('#sign-out-confirm').addEventListener('click', () => {
    dialog.close();
    signOut();
  });
  $('#sign-out-cancel').addEventListener('click', () => dialog.close());
}
