// The roster with what the secretariat records by hand: leave (before or during the sitting), a sign-in when a
// tablet failed and its undo (取消签到), and a deputy's credential reissued (a one-card sheet to print) or revoked.
// Every act has a column of its own and keeps its place when the row is redrawn, so a second click of a double click
// never lands on another act; a click that is the second of a double click is ignored altogether.
import { h, redraw } from '/js/common/dom.js';
import { act, confirmAct, field, messageArea, say } from '../controls.js';
import { chinaTime, chinaTimeOfDay } from '../chinaTime.js';
import { openCredentialSheet } from './printing.js';

const statusLabels = { current: '在任', suspended: '暂停执行代表职务', ended: '代表资格终止' };
const sourceLabels = { tablet: '平板', hand: '代为签到' };

// What each deputy counts as, as the hall's attendance sentence counts: 已签到 (实到), 请假 and 缺席 make 应到;
// 未签到 is the door's list of who has not signed in yet, whether on leave or not.
const filters = [
  { key: 'all', label: '全部', test: () => true },
  { key: 'not-signed-in', label: '未签到', test: (d) => isCurrent(d) && !d.signedIn },
  { key: 'signed-in', label: '已签到', test: (d) => isCurrent(d) && d.signedIn && !d.onLeave },
  { key: 'leave', label: '请假', test: (d) => isCurrent(d) && d.onLeave },
  { key: 'absent', label: '缺席', test: (d) => isCurrent(d) && !d.signedIn && !d.onLeave },
];

const isCurrent = (deputy) => deputy.status === 'current';

export function rosterTable({ call, sitting }) {
  const message = messageArea();
  const search = h('input', { type: 'search', name: 'filter', oninput: () => render() });
  let chosen = 'all';
  const filterButtons = filters.map((f) =>
    h('button', {
      type: 'button',
      class: 'quiet',
      'data-filter': f.key,
      'aria-pressed': String(f.key === chosen),
      onclick: () => {
        chosen = f.key;
        render();
      },
    }),
  );
  const summary = h('p', { class: 'muted' });
  const body = h('tbody', {});
  const columns = [
    ['代表证号', 'col-number'],
    ['姓名', 'col-name'],
    ['代表团/组', ''],
    ['出席', 'col-signin'],
    ['代表证', 'col-card'],
    ['签到', 'col-act'],
    ['请假', 'col-act'],
    ['代表证操作', 'col-acts'],
  ];
  const element = h(
    'section',
    { class: 'panel', 'aria-labelledby': 'roster-title' },
    h('h2', { id: 'roster-title' }, '代表名册'),
    field('查找代表（姓名或代表证号）', search),
    h('div', { class: 'roster-filter', role: 'group', 'aria-label': '按出席情况筛选' }, filterButtons),
    summary,
    message,
    h(
      'table',
      { class: 'roster-table' },
      h(
        'colgroup',
        {},
        columns.map(([, cls]) => h('col', { class: cls || null })),
      ),
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          columns.map(([t]) => h('th', { scope: 'col' }, t)),
        ),
      ),
      body,
    ),
  );
  let deputies = [];

  async function reload() {
    deputies = await call(`/api/sittings/${sitting.id}/roster`);
    render();
  }

  function render() {
    const term = search.value.trim().toLowerCase();
    const filter = filters.find((f) => f.key === chosen);
    const shown = deputies.filter(
      (d) => filter.test(d) && (!term || d.name.toLowerCase().includes(term) || d.number.toLowerCase().includes(term)),
    );
    filters.forEach((f, i) => {
      filterButtons[i].textContent = `${f.label}（${deputies.filter(f.test).length}）`;
      filterButtons[i].setAttribute('aria-pressed', String(f.key === chosen));
    });
    const count = (key) => deputies.filter(filters.find((f) => f.key === key).test).length;
    summary.textContent = deputies.length
      ? `名册共${deputies.length}人，应到${deputies.filter(isCurrent).length}人：已签到${count('signed-in')}人，` +
        `请假${count('leave')}人，缺席${count('absent')}人（未签到且未请假）。`
      : '尚未导入代表名册。';
    redraw(
      body,
      shown.length
        ? shown.map(row)
        : h(
            'tr',
            {},
            h('td', { colspan: columns.length, class: 'muted' }, deputies.length ? '没有符合条件的代表。' : '—'),
          ),
    );
  }

  function row(deputy) {
    const current = isCurrent(deputy);
    return h(
      'tr',
      { 'data-number': deputy.number },
      h('td', {}, deputy.number),
      h('th', { scope: 'row' }, deputy.name),
      h('td', {}, deputy.delegation),
      h('td', { class: 'attendance-cell' }, attendance(deputy)),
      h('td', {}, deputy.hasCredential ? '已发放' : '未发放'),
      h('td', { class: 'act' }, current ? signInButton(deputy) : null),
      h('td', { class: 'act' }, current ? leaveButton(deputy) : null),
      h(
        'td',
        { class: 'acts' },
        h(
          'div',
          { class: 'acts-box' },
          current ? reissueButton(deputy) : null,
          deputy.hasCredential ? revokeButton(deputy) : null,
        ),
      ),
    );
  }

  function attendance(deputy) {
    // A deputy whose mandate is suspended or ended is not 应到: the mandate is what this cell says of them.
    if (!isCurrent(deputy))
      return h('span', { class: 'muted' }, `${statusLabels[deputy.status] ?? deputy.status}，不计入应到`);
    // When (China time) and how: 平板 or 代为签到. A deputy on leave after signing in keeps the sign-in shown.
    const signedIn = deputy.signedInAt
      ? h(
          'span',
          { class: 'source', title: `${chinaTime(deputy.signedInAt)} 签到` },
          ` ${chinaTimeOfDay(deputy.signedInAt)}${deputy.signInSource ? ` · ${sourceLabels[deputy.signInSource]}` : ''}`,
        )
      : null;
    if (deputy.onLeave) return [h('strong', {}, '请假'), signedIn];
    if (deputy.signedIn) return [h('strong', {}, '已签到'), signedIn];
    return h('span', { class: 'absent' }, '未签到');
  }

  const path = (deputy, tail) => `/api/sittings/${sitting.id}/deputies/${encodeURIComponent(deputy.number)}/${tail}`;

  function signInButton(deputy) {
    return deputy.signedIn
      ? button(deputy, 'sign-in', '取消签到', () => call(path(deputy, 'sign-in'), { method: 'DELETE' }))
      : button(deputy, 'sign-in', '代为签到', () => call(path(deputy, 'sign-in'), { method: 'POST' }), {
          confirmationAct: 'hand-sign-in',
        });
  }

  function leaveButton(deputy) {
    return button(deputy, 'leave', deputy.onLeave ? '取消请假' : '请假', () =>
      call(path(deputy, 'leave'), { method: 'PUT', json: { onLeave: !deputy.onLeave } }),
    );
  }

  function reissueButton(deputy) {
    return button(deputy, 'reissue', '补发代表证', () => openCredentialSheet(call, sitting.id, [deputy.number]), {
      confirmationAct: 'deputy-reissue',
      ask: {
        title: '补发代表证？',
        text: [
          `将为 ${deputy.name}（代表证号 ${deputy.number}）补发代表证，并在新窗口中打开，供打印。`,
          deputy.hasCredential ? '此前发给该代表的代表证将立即作废，不能再用于签到和表决。' : '该代表尚未领取代表证。',
        ],
        confirm: '补发并打印',
      },
      done: '已补发代表证，请在新窗口中打印后当面交给代表本人。',
    });
  }

  function revokeButton(deputy) {
    return button(deputy, 'revoke', '作废代表证', () => call(path(deputy, 'credential'), { method: 'DELETE' }), {
      ask: {
        title: '作废代表证？',
        text: [
          `${deputy.name}（代表证号 ${deputy.number}）的代表证将立即作废，不能再用于签到和表决。`,
          '如需继续参会，请为其补发代表证。',
        ],
        confirm: '作废代表证',
      },
    });
  }

  /**
   * A roster act. `ask` is the question put before an irreversible act; `confirmationAct` names the act the presidium
   * must confirm while a ballot the deputy has not returned is open.
   */
  function button(deputy, key, label, action, { ask, confirmationAct, done } = {}) {
    const control = h('button', { type: 'button', class: 'quiet', 'data-key': `${key}-${deputy.number}` }, label);
    const askPresidium = confirmationAct
      ? () => ({ call, sittingId: sitting.id, request: { act: confirmationAct, deputyNumber: deputy.number } })
      : undefined;
    control.addEventListener('click', async (event) => {
      // The second click of a double click: the first one already acted.
      if (event.detail > 1) return;
      if (ask && !(await confirmAct(ask))) return;
      act(
        control,
        message,
        async () => {
          await action();
          await reload();
          say(message, done ?? `${deputy.name}（${deputy.number}）：已${label}。`, 'ok');
        },
        askPresidium,
      );
    });
    return control;
  }

  return { element, reload, deputies: () => deputies };
}
