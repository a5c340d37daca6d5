// 闭会期间工作 of the secretariat: choose or create the term (届), then its deputies and stations with their personal
// credentials, its departments with theirs, the deputies' suggestions (reminders, import, 交办) and 办理情况, and the
// 民生实事 projects adopted (their plans, histories and 测评) and 项目实施情况.
import { client } from '/js/common/api.js';
import { $, fill, h } from '/js/common/dom.js';
import { Role } from '/js/common/roles.js';
import { signIn } from '../signin.js';
import { tabView } from '../tabs.js';
import { departmentsTab } from './departments.js';
import { deputiesTab } from './deputies.js';
import { figuresTab } from './figures.js';
import { proposalsTab } from './proposals.js';
import { projectFiguresTab } from './projectFigures.js';
import { projectsTab } from './projects.js';
import { suggestionsTab } from './suggestions.js';
import { termChooser } from './termChooser.js';

const { code } = await signIn(Role.secretariat, '秘书处');
const call = client(code);
const app = $('#app');
const { element: chooser, term, form } = await termChooser(call);

if (!term) {
  fill(app, form);
} else {
  $('#term-name').textContent = term.name;
  const context = { call, term };
  const tabs = tabView([
    { id: 'deputies', label: '代表与联络站', panel: deputiesTab(context) },
    { id: 'departments', label: '承办单位', panel: departmentsTab(context) },
    { id: 'suggestions', label: '代表建议', panel: suggestionsTab(context) },
    { id: 'figures', label: '办理情况', panel: figuresTab(context) },
    { id: 'proposals', label: '民生实事征集与票决', panel: proposalsTab(context) },
    { id: 'projects', label: '项目实施', panel: projectsTab(context) },
    { id: 'project-figures', label: '项目实施情况', panel: projectFiguresTab({ ...context, code }) },
  ]);
  fill(app, chooser, form, h('div', {}, tabs.element));
}
