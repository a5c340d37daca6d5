// 正在签到: the code is being checked and the hub connected (on a reload, perhaps while the Wi-Fi is still away).
import { h } from '/js/common/dom.js';
import { heading } from './layout.js';

/** `canLeave` is false while a cast waits for its receipt: signing out then would lose it. */
export function connectingScreen(ctx, canLeave) {
  return {
    root: h(
      'section',
      { class: 'screen connecting' },
      heading('正在签到…'),
      h('p', { class: 'status', role: 'status' }, '正在连接会场服务器，请稍候。连接中断时本机会自动重试。'),
      canLeave
        ? h(
            'div',
            { class: 'actions' },
            h('button', { type: 'button', class: 'secondary', onclick: () => ctx.signedOut() }, '换用其他代表证签到'),
          )
        : null,
    ),
  };
}
