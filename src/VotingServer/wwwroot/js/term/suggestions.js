// 代表建议: the reminders, the import of a list of suggestions (all rows or none, the faulty rows shown), and every
// suggestion of the term, filtered by state, department and station, each opening to its text and rounds, with
// 交办 (or 改办 before the first answer).
import { h, redraw } from '/js/common/dom.js';
import { dateText, openRound, stateLabels, SuggestionState } from '/js/common/suggestions.js';
import { columnTable, field, messageArea, say } from '../controls.js';
import { fileImport } from '../fileImport.js';
import { remindersPanel } from '../reminders.js';
import { suggestionBody } from '../suggestionCard.js';
import { assignDialog } from './assignDialog.js';

export function suggestionsTab({ call, term }) {
  const reminders = remindersPanel({ call, term, department: true });
  const list = suggestionList({ call, term, reminders });
  const upload = fileImport({
    id: 'suggestion-list',
    title: '导入建议清单',
    label: '建议清单文件（CSV 或 Excel XLSX）',
    hint:
      '第1行为表头：标题、内容、领衔代表证号（必填），编号、联名代表证号（用顿号或逗号分开）、主办单位、会办单位、' +
      '难度大（是 / 否）、交办日期（如2027-01-10）。填了主办单位的同时交办。有任何一行出错则全部不导入。',
    button: '导入建议清单',
    errorsLabel: '建议清单中的错误',
    upload: async (file) => {
      const imported = await call(`/api/terms/${term.id}/suggestions`, { method: 'PUT', file });
      await list.reload();
      return `已导入建议${imported.suggestions}件。`;
    },
  });
  return { element: h('div', {}, reminders.element, upload, list.element), refresh: list.reload };
}

function suggestionList({ call, term, reminders }) {
  const message = messageArea();
  const filters = {
    state: h('select', { name: 'state', onchange: () => render() }),
    department: h('select', { name: 'department', onchange: () => render() }),
    station: h('select', { name: 'station', onchange: () => render() }),
  };
  const summary = h('p', { class: 'muted', role: 'status' });
  const body = h('tbody', {});
  // Fixed widths for all but the title, so that a long department or station name wraps in its own column.
  const columns = [
    ['编号', 'col-number'],
    ['建议', null],
    ['领衔代表（联络站）', 'col-deputy'],
    ['承办单位', 'col-departments'],
    ['状态', 'col-state'],
    ['答复期限', 'col-due'],
    ['操作', 'col-act'],
  ];
  const element = h(
    'section',
    { class: 'panel', 'aria-labelledby': 'suggestions-title' },
    h('h2', { id: 'suggestions-title' }, '建议与交办'),
    h(
      'div',
      { class: 'row filters', role: 'group', 'aria-label': '筛选建议' },
      field('办理状态', filters.state),
      field('承办单位（主办或会办）', filters.department),
      field('代表联络站', filters.station),
    ),
    summary,
    message,
    columnTable({ className: 'suggestions', caption: '本届代表建议', columns, body }),
  );
  let suggestions = [];
  let departments = [];

  async function reload() {
    say(message, '');
    let stations;
    [suggestions, departments, stations] = await Promise.all([
      call(`/api/terms/${term.id}/suggestions`),
      call(`/api/terms/${term.id}/departments`),
      call(`/api/terms/${term.id}/stations`),
      reminders.refresh(),
    ]);
    const tally = (test) => suggestions.filter(test).length;
    options(
      filters.state,
      '全部状态',
      Object.entries(stateLabels).map(([state, label]) => [state, `${label}（${tally((s) => s.state === state)}）`]),
    );
    options(
      filters.department,
      '全部承办单位',
      departments.map((d) => [d.name, `${d.name}（${tally((s) => involves(s, d.name))}）`]),
    );
    options(
      filters.station,
      '全部联络站',
      stations.map((s) => [s.name, s.name]),
    );
    render();
  }

  function render() {
    const { state, department, station } = Object.fromEntries(Object.entries(filters).map(([k, v]) => [k, v.value]));
    const shown = suggestions.filter(
      (s) =>
        (!state || s.state === state) &&
        (!department || involves(s, department)) &&
        (!station || s.station === station),
    );
    summary.textContent = suggestions.length
      ? `本届建议共${suggestions.length}件，${inState(SuggestionState.submitted)}件待交办；符合条件的${shown.length}件。`
      : '本届还没有建议。';
    redraw(
      body,
      shown.length
        ? shown.map(row)
        : h(
            'tr',
            {},
            h('td', { colspan: columns.length, class: 'muted' }, suggestions.length ? '没有符合条件的建议。' : '—'),
          ),
    );
  }

  const inState = (state) => suggestions.filter((s) => s.state === state).length;

  // The suggestions opened to their text and rounds, kept open when the list is drawn again.
  const opened = new Set();

  /** The suggestion's row, and under it a row the table's width that opens to its text and rounds. */
  function row(suggestion) {
    const due = openRound(suggestion)?.dueOn ?? suggestion.rounds.at(-1)?.dueOn;
    const changeable =
      suggestion.rounds.length === 0 || (suggestion.rounds.length === 1 && !suggestion.rounds[0].answeredOn);
    const more = h(
      'tr',
      { class: 'suggestion-more', id: `more-${suggestion.id}`, hidden: !opened.has(suggestion.id) },
      h('td', { colspan: columns.length }, suggestionBody(suggestion, 2)),
    );
    const toggle = h(
      'button',
      {
        type: 'button',
        class: 'title-toggle',
        'aria-expanded': String(opened.has(suggestion.id)),
        'aria-controls': more.id,
        'data-key': `more-${suggestion.id}`,
        onclick: () => {
          more.hidden = !more.hidden;
          toggle.setAttribute('aria-expanded', String(!more.hidden));
          if (more.hidden) opened.delete(suggestion.id);
          else opened.add(suggestion.id);
        },
      },
      suggestion.title,
    );
    return [
      h(
        'tr',
        { 'data-suggestion': suggestion.id },
        h('td', {}, suggestion.number),
        h('td', {}, toggle),
        h(
          'td',
          {},
          `${suggestion.deputyName} ${suggestion.deputyNumber}`,
          h('span', { class: 'station' }, suggestion.station),
        ),
        h('td', {}, departmentsText(suggestion)),
        h('td', {}, h('span', { class: `badge state-${suggestion.state}` }, suggestion.stateLabel)),
        h('td', { class: 'nowrap' }, due ? dateText(due) : '—'),
        h('td', { class: 'act' }, changeable ? assignButton(suggestion) : null),
      ),
      more,
    ];
  }

  function assignButton(suggestion) {
    const first = suggestion.rounds.length === 0;
    const button = h(
      'button',
      { type: 'button', class: first ? 'primary' : 'quiet', 'data-key': `assign-${suggestion.id}` },
      first ? '交办' : '改办',
    );
    button.addEventListener('click', async () => {
      const assigned = await assignDialog({ call, term, departments, suggestion });
      if (!assigned) return;
      await reload();
      say(
        message,
        `第${assigned.number}号建议已${first ? '交办' : '改办'}${assigned.leadDepartment}` +
          (assigned.coDepartments.length ? `，会办${assigned.coDepartments.join('、')}` : '') +
          `，答复期限${dateText(assigned.rounds[0].dueOn)}。`,
        'ok',
      );
    });
    return button;
  }

  return { element, reload };
}

const involves = (suggestion, department) =>
  suggestion.leadDepartment === department || suggestion.coDepartments.includes(department);

function departmentsText(suggestion) {
  if (!suggestion.leadDepartment) return h('span', { class: 'muted' }, '未交办');
  return [
    h('span', {}, `主办：${suggestion.leadDepartment}`),
    suggestion.coDepartments.length ? h('span', { class: 'co' }, `会办：${suggestion.coDepartments.join('、')}`) : null,
  ];
}

/** Fills a filter's options, keeping the one chosen. */
function options(select, all, entries) {
  const chosen = select.value;
  redraw(
    select,
    h('option', { value: '' }, all),
    entries.map(([value, label]) => h('option', { value, selected: value === chosen }, label)),
  );
}
