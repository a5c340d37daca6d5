// The roster with what the secretariat records by hand: leave (before or during the sitting), a sign-in when a
// tablet failed, and a deputy's credential reissued (a one-card sheet to print) or revoked.
import { h, redraw } from '/js/common/dom.js';
import { act, field, messageArea, say } from '../controls.js';
import { openCredentialSheet } from './printing.js';

const statusLabels = { current: '在任', suspended: '暂停执行代表职务', ended: '代表资格终止' };

export function rosterTable({ call, sitting }) {
  const message = messageArea();
  const filter = h('input', { type: 'search', name: 'filter', oninput: () => render() });
  const summary = h('p', { class: 'muted' });
  const body = h('tbody', {});
  const element = h(
    'section',
    { class: 'panel', 'aria-labelledby': 'roster-title' },
    h('h2', { id: 'roster-title' }, '代表名册'),
    field('查找代表（姓名或代表证号）', filter),
    summary,
    message,
    h(
      'table',
      {},
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          ['代表证号', '姓名', '代表团/组', '状态', '签到', '请假', '代表证', '操作'].map((t) =>
            h('th', { scope: 'col' }, t),
          ),
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
    const term = filter.value.trim().toLowerCase();
    const shown = deputies.filter(
      (d) => !term || d.name.toLowerCase().includes(term) || d.number.toLowerCase().includes(term),
    );
    const count = (test) => deputies.filter(test).length;
    summary.textContent = deputies.length
      ? `名册共${deputies.length}人，已签到${count((d) => d.signedIn)}人，请假${count((d) => d.onLeave)}人。`
      : '尚未导入代表名册。';
    redraw(body, shown.map(row));
  }

  function row(deputy) {
    return h(
      'tr',
      { 'data-number': deputy.number },
      h('td', {}, deputy.number),
      h('th', { scope: 'row' }, deputy.name),
      h('td', {}, deputy.delegation),
      h('td', {}, statusLabels[deputy.status] ?? deputy.status),
      h('td', {}, deputy.signedIn ? '已签到' : '—'),
      h('td', {}, deputy.onLeave ? '请假' : '—'),
      h('td', {}, deputy.hasCredential ? '已发放' : '未发放'),
      h('td', { class: 'actions' }, actions(deputy)),
    );
  }

  function actions(deputy) {
    const current = deputy.status === 'current';
    return [
      current && !deputy.signedIn
        ? button(
            deputy,
            'sign-in',
            '代为签到',
            () =>
              call(`/api/sittings/${sitting.id}/deputies/${encodeURIComponent(deputy.number)}/sign-in`, {
                method: 'POST',
              }),
            'hand-sign-in',
          )
        : null,
      current
        ? button(deputy, 'leave', deputy.onLeave ? '取消请假' : '请假', () =>
            call(`/api/sittings/${sitting.id}/deputies/${encodeURIComponent(deputy.number)}/leave`, {
              method: 'PUT',
              json: { onLeave: !deputy.onLeave },
            }),
          )
        : null,
      current
        ? button(
            deputy,
            'reissue',
            '补发代表证',
            () => openCredentialSheet(call, sitting.id, [deputy.number]),
            'deputy-reissue',
          )
        : null,
      deputy.hasCredential
        ? button(deputy, 'revoke', '作废代表证', () =>
            call(`/api/sittings/${sitting.id}/deputies/${encodeURIComponent(deputy.number)}/credential`, {
              method: 'DELETE',
            }),
          )
        : null,
    ];
  }

  /** `confirmationAct` names the act the presidium must confirm while a ballot the deputy has not returned is open. */
  function button(deputy, key, label, action, confirmationAct) {
    const control = h('button', { type: 'button', class: 'quiet', 'data-key': `${key}-${deputy.number}` }, label);
    const ask = confirmationAct
      ? () => ({ call, sittingId: sitting.id, request: { act: confirmationAct, deputyNumber: deputy.number } })
      : undefined;
    control.addEventListener('click', () =>
      act(
        control,
        message,
        async () => {
          await action();
          await reload();
          say(message, `${deputy.name}（${deputy.number}）：已${label}。`, 'ok');
        },
        ask,
      ),
    );
    return control;
  }

  return { element, reload, deputies: () => deputies };
}
