// 承办单位 between sittings: its reminders (days left, days overdue, projects behind), the suggestions it leads and has
// yet to answer (each with the answer form of its open round), those it co-handles, told apart, those it has answered,
// and the 民生实事 projects it leads with their progress reports.
import { client } from '/js/common/api.js';
import { $, fill, h, redraw } from '/js/common/dom.js';
import { openRound } from '/js/common/suggestions.js';
import { Role } from '/js/common/roles.js';
import { messageArea, say } from '../controls.js';
import { remindersPanel } from '../reminders.js';
import { signIn } from '../signin.js';
import { suggestionCard } from '../suggestionCard.js';
import { tabView } from '../tabs.js';
import { answerForm } from './answerForm.js';
import { projectsPanel } from './projects.js';
import { projectReminders } from './projectsReminders.js';

const { code, me } = await signIn(Role.department, '承办单位', '承办单位凭证码');
const call = client(code);
const term = await call(`/api/terms/${me.termId}`);
$('#term-name').textContent = term.name;

const reminders = remindersPanel({ call, term });
const lateProjects = projectReminders();
reminders.element.append(lateProjects.element);
const projects = projectsPanel({ call, term }, lateProjects.show);
// What was just answered, said above the list it has left.
const justAnswered = messageArea();
const lists = {
  open: list(
    'open',
    '主办待答复',
    '以下建议由本单位主办，请在答复期限前答复。答复提交后不能修改；代表评价“不满意”的，退回本单位重新办理，须再次答复。',
  ),
  co: list('co', '会办', '以下建议由其他单位主办、本单位会办：请配合主办单位办理，答复由主办单位提交。'),
  answered: list('answered', '已答复', '本单位主办并已答复的建议，以及代表的评价。'),
};

function list(id, label, intro) {
  const count = h('p', { class: 'muted' }, '正在读取…');
  const cards = h('div', { class: 'suggestion-cards' });
  const element = h(
    'section',
    { class: 'panel', 'aria-labelledby': `${id}-title` },
    h('h2', { id: `${id}-title` }, label),
    h('p', {}, intro),
    id === 'open' ? justAnswered : null,
    count,
    cards,
  );
  return { id, label, element, count, cards, refresh: load };
}

/** Reads the department's suggestions, projects and reminders and draws every list from them. */
async function load() {
  const [suggestions] = await Promise.all([
    call(`/api/terms/${term.id}/suggestions`),
    reminders.refresh(),
    projects.refresh(),
  ]);
  const leads = suggestions.filter((s) => s.leadDepartment === me.name);
  const groups = {
    open: leads.filter((s) => openRound(s)),
    co: suggestions.filter((s) => s.leadDepartment !== me.name),
    answered: leads.filter((s) => !openRound(s)),
  };
  for (const [id, shown] of Object.entries(groups)) {
    const { label, count, cards } = lists[id];
    $(`#tab-${id}`).textContent = `${label}（${shown.length}）`;
    count.textContent = shown.length ? `共${shown.length}件。` : '没有建议。';
    redraw(
      cards,
      shown.map((s) =>
        suggestionCard(s, { actions: id === 'open' ? answerForm({ call, term }, s, openRound(s), done) : null }),
      ),
    );
  }
}

async function done(sentence) {
  await load();
  say(justAnswered, sentence, 'ok');
}

const tabs = tabView([
  ...Object.values(lists).map((l) => ({ id: l.id, label: l.label, panel: l })),
  // Opened first or again, the projects' tab reads everything too: the other tabs' counts and the reminders with it.
  { id: projects.id, label: projects.label, panel: { element: projects.element, refresh: load } },
]);
fill($('#app'), reminders.element, h('div', {}, tabs.element));
