// 监票人: the count records (计票记录) of the closed ballots of the scrutineer's sitting, each to check and sign
// (「签字确认」) with the scrutineer's own credential. Publishing is the secretariat's, never offered here.
import { client } from '/js/common/api.js';
import { auditPanel } from '../auditRecord.js';
import { countRecordView } from '../countRecord.js';
import { $, fill, h, redraw } from '/js/common/dom.js';
import { act, field, messageArea, say } from '../controls.js';
import { countingRoleLabels, Role } from '/js/common/roles.js';
import { showLinkStatus, watchSitting } from '../live.js';
import { rememberSitting, storedSitting } from '../session.js';
import { signIn } from '../signin.js';
import { BallotState } from '/js/common/ballots.js';

const { code } = await signIn(Role.scrutineer, '监票人');
const call = client(code);
const app = $('#app');
const assignments = await call('/api/me/counting-staff');
const mine = assignments.find((a) => a.sitting.id === storedSitting('scrutineer')) ?? assignments[0];

if (!mine) {
  fill(app, h('p', { class: 'message info', role: 'status' }, '您尚未被指定为任何会议的监票人，请联系大会秘书处。'));
} else {
  const { sitting, staff } = mine;
  $('#sitting-name').textContent = `${sitting.name} · ${countingRoleLabels[staff.role]}`;
  const message = messageArea();
  const records = h('div', {});
  const audit = auditPanel({ code, sittingId: sitting.id });
  const chooser =
    assignments.length > 1
      ? field(
          '会议',
          h(
            'select',
            {
              onchange: (event) => {
                rememberSitting('scrutineer', event.target.value);
                location.reload();
              },
            },
            assignments.map((a) => h('option', { value: a.sitting.id, selected: a === mine }, a.sitting.name)),
          ),
        )
      : null;
  fill(
    app,
    chooser,
    h(
      'section',
      { class: 'panel', 'aria-labelledby': 'records-title' },
      h('h2', { id: 'records-title' }, '计票记录'),
      h(
        'p',
        {},
        '请核对每份计票记录的发出、收回、有效、无效票数和各项目（对象）的得票，无误后签字确认。签字即确认本记录的全部数字。',
      ),
      message,
      records,
    ),
    audit.element,
  );

  async function refresh() {
    const closed = (await call(`/api/sittings/${sitting.id}/ballots`))
      .filter((b) => b.state === BallotState.closed)
      .reverse();
    const counted = await Promise.all(closed.map((b) => call(`/api/ballots/${b.id}/count-record`)));
    redraw(
      records,
      counted.length
        ? counted.map((record) => countRecordView(record, signing(record)))
        : h('p', { class: 'muted' }, '还没有结束的表决。'),
    );
  }

  function signing(record) {
    const signed = record.signatures.find((s) => s.staffId === staff.id);
    if (signed) return h('p', { class: 'message ok' }, '您已签字确认本计票记录。');
    const button = h(
      'button',
      { type: 'button', class: 'primary', 'data-key': `sign-${record.result.ballotId}` },
      '签字确认',
    );
    button.addEventListener('click', () =>
      act(button, message, async () => {
        await call(`/api/ballots/${record.result.ballotId}/signatures`, { method: 'POST' });
        await refresh();
        say(message, `已签字确认：${record.result.title}。`, 'ok');
      }),
    );
    return button;
  }

  await Promise.all([refresh(), audit.reload()]);
  await watchSitting(code, sitting.id, {
    status: (value) => showLinkStatus($('#link-status'), value),
    BallotClosed: () => Promise.all([refresh(), audit.reload()]),
    ConfirmationsChanged: () => refresh(),
  });
}
