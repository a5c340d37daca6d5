// 监票人与计票人: the secretariat designates the chief scrutineer, the scrutineers (each gets a credential of their
// own to sign count records with) and the tellers (named on the record, no credential).
import { h, redraw } from '/js/common/dom.js';
import { act, field, messageArea } from '../controls.js';
import { countingRoleLabels } from '/js/common/roles.js';
import { issuedCode } from '../issuedCode.js';

export function countingStaffPanel({ call, sitting }) {
  const message = messageArea();
  const issued = h('div', {});
  const name = h('input', { name: 'name', required: true, maxlength: 64 });
  const role = h(
    'select',
    { name: 'role' },
    Object.entries(countingRoleLabels).map(([value, label]) => h('option', { value }, label)),
  );
  const submit = h('button', { class: 'primary', type: 'submit' }, '指定');
  const body = h('tbody', {});
  const form = h(
    'form',
    {},
    h('div', { class: 'row' }, field('姓名', name), field('职责', role), h('div', { class: 'field' }, submit)),
    message,
    issued,
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    act(submit, message, async () => {
      const added = await call(`/api/sittings/${sitting.id}/counting-staff`, {
        method: 'POST',
        json: { name: name.value, role: role.value },
      });
      const label = countingRoleLabels[added.staff.role];
      // Newest first: each code stays on screen until the page is left, so several can be designated in a row.
      issued.prepend(
        added.credential
          ? issuedCode({
              title: `${label}凭证`,
              holder: added.staff.name,
              credential: added.credential,
              note: '监票人用此凭证登录监票人页面，在计票记录上签字确认。',
            })
          : h('p', { class: 'message ok', role: 'status' }, `已指定计票人“${added.staff.name}”（计票人不需要凭证）。`),
      );
      form.reset();
      await refresh();
    });
  });

  async function refresh() {
    const staff = await call(`/api/sittings/${sitting.id}/counting-staff`);
    redraw(
      body,
      staff.length
        ? staff.map((s) =>
            h(
              'tr',
              {},
              h('th', { scope: 'row' }, s.name),
              h('td', {}, countingRoleLabels[s.role]),
              h('td', { class: 'actions' }, s.role === 'teller' ? null : reissueButton(s)),
            ),
          )
        : h('tr', {}, h('td', { colspan: 3, class: 'muted' }, '尚未指定。')),
    );
  }

  /** A lost scrutineer credential: reissued only once the presidium has confirmed it, and shown on every count record. */
  function reissueButton(staff) {
    const button = h('button', { type: 'button', class: 'quiet', 'data-key': `reissue-staff-${staff.id}` }, '补发凭证');
    button.addEventListener('click', () =>
      act(
        button,
        message,
        async () => {
          const credential = await call(`/api/sittings/${sitting.id}/counting-staff/${staff.id}/credential`, {
            method: 'POST',
          });
          issued.prepend(
            issuedCode({
              title: `${countingRoleLabels[staff.role]}凭证（补发）`,
              holder: staff.name,
              credential,
              note: '原凭证已作废。',
            }),
          );
        },
        () => ({ call, sittingId: sitting.id, request: { act: 'scrutineer-reissue', staffId: staff.id } }),
      ),
    );
    return button;
  }

  const element = h(
    'section',
    { class: 'panel', 'aria-labelledby': 'counting-title' },
    h('h2', { id: 'counting-title' }, '总监票人、监票人和计票人'),
    h('p', { class: 'muted' }, '监票人名单经大会表决通过后在此指定。每份计票记录须全部监票人签字后才能发布公告。'),
    form,
    h(
      'table',
      {},
      h('caption', {}, '本次会议已指定'),
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          h('th', { scope: 'col' }, '姓名'),
          h('th', { scope: 'col' }, '职责'),
          h('th', { scope: 'col' }, '操作'),
        ),
      ),
      body,
    ),
  );
  return { element, refresh };
}
