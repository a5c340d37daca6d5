// 大会秘书处: before the sitting the roster, credentials, agenda and counting staff; during it leave and sign-in
// by hand; after each ballot the count records, the notices and, if need be, the paper count.
import { client } from '/js/common/api.js';
import { attendancePanel } from '../attendance.js';
import { $, fill, h } from '/js/common/dom.js';
import { showLinkStatus, watchSitting } from '../live.js';
import { Role } from '/js/common/roles.js';
import { signIn } from '../signin.js';
import { sittingChooser } from '../sittingChooser.js';
import { tabView } from '../tabs.js';
import { agendaTab } from './agenda.js';
import { countingStaffPanel } from './countingStaff.js';
import { recordsTab } from './records.js';
import { rosterTab } from './roster.js';
import { sittingForm } from './sittingForm.js';
import { staffCredentialsPanel } from './staffCredentials.js';

const { code } = await signIn(Role.secretariat, '秘书处');
const call = client(code);
const app = $('#app');
const { element: chooser, sitting } = await sittingChooser(call, 'secretariat');
const creation = sittingForm(call, { first: !sitting });

if (!sitting) {
  fill(app, creation.form);
} else {
  $('#sitting-name').textContent = sitting.name;
  const context = { call, sitting };
  const counting = countingStaffPanel(context);
  const credentials = staffCredentialsPanel(context);
  const people = {
    element: h('div', { class: 'columns' }, counting.element, credentials.element),
    refresh: () => Promise.all([counting.refresh(), credentials.refresh()]),
  };
  const agenda = agendaTab(context);
  const tabs = tabView([
    { id: 'roster', label: '代表名册与签到', panel: rosterTab(context) },
    { id: 'agenda', label: '议程与表决', panel: agenda },
    { id: 'people', label: '监票计票人员与凭证', panel: people },
    { id: 'records', label: '计票与公告', panel: recordsTab(context) },
  ]);
  const attendance = attendancePanel({ compact: true });
  fill(
    app,
    h('div', { class: 'sitting-bar' }, chooser, creation.toggle),
    creation.form,
    attendance.element,
    tabs.element,
  );
  // Sign-ins, leave, ballots opening and closing, drafts changing and signatures change what the open tab lists;
  // forms are left as they are.
  await watchSitting(code, sitting.id, {
    // On every (re)connect: what changed while the page was not yet (or no longer) listening is read again.
    state: (state) => {
      attendance.show(state.attendance);
      tabs.refreshCurrent();
    },
    status: (value) => showLinkStatus($('#link-status'), value),
    AttendanceChanged: (view) => {
      attendance.show(view);
      tabs.refreshCurrent();
    },
    BallotOpened: () => tabs.refreshCurrent(),
    BallotClosed: () => tabs.refreshCurrent(),
    // 已投/应投 of each open ballot, on the agenda's row as deputies cast.
    ProgressChanged: (progress) => agenda.progress(progress),
    // Another secretariat page changed a draft; a scrutineer signed (the count records show it at once).
    AgendaChanged: () => tabs.refreshCurrent(),
    CountRecordSigned: () => tabs.refreshCurrent(),
  });
}
