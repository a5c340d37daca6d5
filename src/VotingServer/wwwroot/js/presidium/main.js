// 主席团 console. At the top, what needs the chair now, within the first screen at 1366×768: the quorum, each open
// ballot with its progress, elapsed time and 「结束表决」, the next agenda item with 「开始表决」, what the secretariat
// asks the presidium to confirm, and the result just closed with any decision it calls for. Below: the whole agenda,
// the attendance figures and the audit record. The chair sees controls; the hall's big screen shows the figures.
import { client } from '/js/common/api.js';
import { attendancePanel, quorumStrip } from '../attendance.js';
import { $, fill, h } from '/js/common/dom.js';
import { showLinkStatus, watchSitting } from '../live.js';
import { Role } from '/js/common/roles.js';
import { signIn } from '../signin.js';
import { sittingChooser } from '../sittingChooser.js';
import { auditPanel } from '../auditRecord.js';
import { agendaView } from './agenda.js';
import { confirmationsPanel } from './confirmations.js';
import { resultPanel } from './resultPanel.js';

const { code } = await signIn(Role.presidium, '主席团');
const call = client(code);
const app = $('#app');
const { element: chooser, sitting } = await sittingChooser(call, 'presidium');
if (!sitting) {
  fill(app, h('p', { class: 'message info', role: 'status' }, '尚未建立会议，请大会秘书处先建立会议并准备议程。'));
} else {
  $('#sitting-name').textContent = sitting.name;
  const attendance = attendancePanel();
  const strip = quorumStrip(sitting);
  const results = resultPanel({
    call,
    followUpOf: (id) => agenda.followUpOf(id),
    onAgendaChanged: () => agenda.reload(),
  });
  const agenda = agendaView({ call, sitting, onResult: (id, result) => results.showBallot(id, result) });
  const confirmations = confirmationsPanel({ call, sittingId: sitting.id });
  const audit = auditPanel({ code, sittingId: sitting.id });
  const showAttendance = (view) => {
    attendance.show(view);
    strip.show(view);
    agenda.attendanceChanged(view);
  };
  fill(
    app,
    h(
      'section',
      { class: 'now', 'aria-labelledby': 'now-title' },
      h('h2', { id: 'now-title', class: 'sr-only' }, '当前事项'),
      h(
        'div',
        { class: 'now-grid' },
        h('div', { class: 'now-main' }, strip.element, agenda.nowOpen, confirmations.element, agenda.nowNext),
        h('div', { class: 'now-result' }, results.element),
      ),
    ),
    h('div', { class: 'columns console-below' }, agenda.element, attendance.element),
    audit.element,
    chooser,
  );
  await Promise.all([agenda.reload(), confirmations.reload(), audit.reload()]);
  await results.showLatest(agenda.closedBallots());
  await watchSitting(code, sitting.id, {
    state: (state) => {
      showAttendance(state.attendance);
      agenda.reload();
      confirmations.reload();
    },
    status: (value) => showLinkStatus($('#link-status'), value),
    AttendanceChanged: showAttendance,
    BallotOpened: (ballot) => agenda.opened(ballot),
    BallotClosed: (result) => agenda.closed(result),
    ProgressChanged: (progress) => agenda.progressed(progress),
    ConfirmationsChanged: () => confirmations.reload(),
    AgendaChanged: () => agenda.reload(),
  });
}
