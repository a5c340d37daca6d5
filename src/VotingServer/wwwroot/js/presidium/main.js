// 主席团 console: live attendance and quorum, the agenda with 「开始表决」 / 「结束表决」, live progress, results
// and the decisions they call for. The chair sees controls; the hall's big screen shows the figures.
import { client } from '/js/common/api.js';
import { attendancePanel } from '../attendance.js';
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
  const results = resultPanel({
    call,
    followUpOf: (id) => agenda.followUpOf(id),
    onAgendaChanged: () => agenda.reload(),
  });
  const agenda = agendaView({ call, sittingId: sitting.id, onResult: (id, result) => results.showBallot(id, result) });
  const confirmations = confirmationsPanel({ call, sittingId: sitting.id });
  const audit = auditPanel({ code, sittingId: sitting.id });
  fill(
    app,
    chooser,
    confirmations.element,
    h('div', { class: 'columns' }, h('div', {}, attendance.element), h('div', {}, agenda.element, results.element)),
    audit.element,
  );
  await Promise.all([agenda.reload(), confirmations.reload(), audit.reload()]);
  await watchSitting(code, sitting.id, {
    state: (state) => {
      attendance.show(state.attendance);
      agenda.attendanceChanged(state.attendance);
      agenda.reload();
      confirmations.reload();
    },
    status: (value) => showLinkStatus($('#link-status'), value),
    AttendanceChanged: (view) => {
      attendance.show(view);
      agenda.attendanceChanged(view);
    },
    BallotOpened: (ballot) => agenda.opened(ballot),
    BallotClosed: (result) => agenda.closed(result),
    ProgressChanged: (progress) => agenda.progressed(progress),
    ConfirmationsChanged: () => confirmations.reload(),
  });
}
