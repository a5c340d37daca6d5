// 监票人 / 总监票人: the count records (计票记录) of the closed ballots of the scrutineer's sitting in agenda order, each
// to check and sign with the scrutineer's own credential: 「签字确认」 first shows the figures being signed and asks to
// confirm. 「打印计票记录」 gives a print view with a line for each scrutineer's wet signature. Publishing is the
// secretariat's, never offered here. A box left sealed by a restart of the server mid-ballot (票箱已封存) is listed
// above the records with 「启封票箱」: the scrutineer's own card unseals it, so the presidium can close the ballot.
import { client } from '/js/common/api.js';
import { auditPanel } from '../auditRecord.js';
import { countRecordView, printableRecord } from '../countRecord.js';
import { agendaOrder, confirmDialog } from '../recordDialog.js';
import { announcement, resultFigures, resultTable } from '../results.js';
import { $, fill, h, redraw } from '/js/common/dom.js';
import { act, confirmAct, field, messageArea, say } from '../controls.js';
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
  const title = countingRoleLabels[staff.role];
  $('#role-title').textContent = title;
  document.title = `${title} · 计票记录`;
  $('#sitting-name').textContent = `${sitting.name} · ${title} ${staff.name}`;
  const message = messageArea();
  const records = h('div', {});
  const sealedList = h('ul', { class: 'sealed-boxes', 'data-role': 'sealed-boxes' });
  const sealedPanel = h(
    'section',
    { class: 'panel', 'aria-labelledby': 'sealed-title', hidden: true },
    h('h2', { id: 'sealed-title' }, '票箱已封存，待启封'),
    h(
      'p',
      {},
      '服务器在表决进行中重新启动过，下列表决的票箱密钥只由监票人凭证保管。请核对后出示您的凭证启封票箱；启封后主席团方可结束表决并计票。',
    ),
    sealedList,
  );
  const unsealMessage = messageArea();
  const progress = new Map();
  let openBallots = [];
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
    sealedPanel,
    unsealMessage,
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

  /** The open ballots whose box is sealed, each with 「启封票箱」. */
  function drawSealed() {
    const sealed = openBallots.filter((b) => progress.get(b.id)?.sealed);
    sealedPanel.hidden = sealed.length === 0;
    redraw(
      sealedList,
      sealed.map((ballot) => {
        const { issued = 0, cast = 0 } = progress.get(ballot.id) ?? {};
        return h(
          'li',
          { 'data-sealed-ballot': ballot.id },
          h('span', { class: 'title' }, `${ballot.agendaPosition}. ${ballot.title}`),
          h('span', { class: 'counts' }, `已投 ${cast} / 应投 ${issued}`),
          unsealing(ballot, issued, cast),
        );
      }),
    );
  }

  function unsealing(ballot, issued, cast) {
    const button = h('button', { type: 'button', class: 'primary', 'data-key': `unseal-${ballot.id}` }, '启封票箱…');
    button.addEventListener('click', async () => {
      const yes = await confirmAct({
        title: '启封票箱？',
        text: [`您将以${title}${staff.name}的凭证启封“${ballot.title}”的票箱。启封后，主席团方可结束表决并计票。`],
        facts: [
          ['表决', `${ballot.agendaPosition}. ${ballot.title}`],
          ['已投', `${cast} / 应投 ${issued}`],
        ],
        warning: '启封记入操作记录，写明由您出示凭证启封。',
        confirm: '启封票箱',
      });
      if (!yes) return;
      const item = await act(button, unsealMessage, () => call(`/api/ballots/${ballot.id}/unseal`, { method: 'POST' }));
      if (!item) return;
      progress.set(ballot.id, item);
      say(unsealMessage, `已启封票箱：${ballot.title}。主席团现在可以结束表决并计票。`, 'ok');
      drawSealed();
      await audit.reload();
    });
    return button;
  }

  async function refresh() {
    const all = agendaOrder(await call(`/api/sittings/${sitting.id}/ballots`));
    openBallots = all.filter((b) => b.state === BallotState.open);
    drawSealed();
    const closed = all.filter((b) => b.state === BallotState.closed);
    const [counted, team] = await Promise.all([
      Promise.all(closed.map((b) => call(`/api/ballots/${b.id}/count-record`))),
      call(`/api/sittings/${sitting.id}/counting-staff`),
    ]);
    redraw(
      records,
      counted.length
        ? counted.map((record) =>
            countRecordView(record, h('div', { class: 'record-actions' }, signing(record), printing(record, team))),
          )
        : h('p', { class: 'muted' }, '还没有结束的表决。'),
    );
  }

  /** The print view of a count record, with lines for the wet signatures; it replaces the page until closed. */
  function printing(record, team) {
    const open = () => {
      const close = h('button', { type: 'button', class: 'quiet' }, '返回');
      const host = h(
        'div',
        { class: 'print-host' },
        h(
          'div',
          { class: 'print-record' },
          h(
            'p',
            { class: 'print-actions' },
            h('button', { type: 'button', class: 'primary', onclick: () => window.print() }, '打印'),
            close,
          ),
          printableRecord(record, sitting, team),
        ),
      );
      close.addEventListener('click', () => {
        host.remove();
        document.body.classList.remove('printing');
        opener.focus();
      });
      document.body.append(host);
      document.body.classList.add('printing');
      host.querySelector('button').focus();
    };
    const opener = h(
      'button',
      { type: 'button', 'data-key': `print-${record.result.ballotId}`, onclick: open },
      '打印计票记录',
    );
    return opener;
  }

  function signing(record) {
    const signed = record.signatures.find((s) => s.staffId === staff.id);
    if (signed) return h('p', { class: 'message ok' }, '您已签字确认本计票记录。');
    const { result } = record;
    const button = h(
      'button',
      { type: 'button', class: 'primary', 'data-key': `sign-${result.ballotId}` },
      '签字确认…',
    );
    button.addEventListener('click', () =>
      confirmDialog({
        title: `签字确认：${result.title}`,
        key: `confirm-sign-${result.ballotId}`,
        content: [
          h('p', { class: 'lead' }, `您将以${title}身份签字，确认以下全部数字与实际计票一致。签字后不能撤回。`),
          resultFigures(result),
          resultTable(result, { caption: '各项目（对象）得票' }),
          announcement(result),
        ],
        confirmLabel: '确认无误，签字',
        action: async () => {
          await call(`/api/ballots/${result.ballotId}/signatures`, { method: 'POST' });
          await refresh();
          say(message, `已签字确认：${result.title}。`, 'ok');
        },
      }),
    );
    return button;
  }

  await Promise.all([refresh(), audit.reload()]);
  await watchSitting(code, sitting.id, {
    status: (value) => showLinkStatus($('#link-status'), value),
    BallotClosed: () => Promise.all([refresh(), audit.reload()]),
    BallotOpened: () => refresh(),
    ProgressChanged: (item) => {
      progress.set(item.ballotId, item);
      drawSealed();
    },
    ConfirmationsChanged: () => refresh(),
    CountRecordSigned: () => refresh(),
  });
}
