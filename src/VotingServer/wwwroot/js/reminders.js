// 到期提醒 between sittings: the open rounds due within the term's reminder days and those overdue
// (GET …/suggestions/reminders), soonest first; all of them for the secretariat, its own for a department. The same
// table lists the overdue ones on the secretariat's dashboard.
import { h, redraw } from '/js/common/dom.js';
import { dateText, daysLeftText } from '/js/common/suggestions.js';

/** A table of SuggestionDue rows; `department` adds the lead department's column (the secretariat's view). */
export function dueTable(dues, { caption, department = false }) {
  const columns = ['编号', '建议标题', department ? '主办单位' : null, '办理', '答复期限', '剩余时间'].filter(Boolean);
  return h(
    'table',
    { class: 'due-table' },
    h('caption', {}, caption),
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        columns.map((c) => h('th', { scope: 'col' }, c)),
      ),
    ),
    h(
      'tbody',
      {},
      dues.map((due) =>
        h(
          'tr',
          { 'data-suggestion': due.id, class: due.daysLeft < 0 ? 'overdue' : null },
          h('td', {}, due.number),
          h('th', { scope: 'row' }, due.title),
          department ? h('td', {}, due.leadDepartment) : null,
          h('td', {}, due.round === 1 ? '第一次办理' : '重新办理'),
          h('td', { class: 'nowrap' }, dateText(due.dueOn)),
          h('td', { class: 'nowrap days-left' }, daysLeftText(due.daysLeft)),
        ),
      ),
    ),
  );
}

/** The reminders of a term as a panel: { element, refresh }. */
export function remindersPanel({ call, term, department = false }) {
  const summary = h('p', { class: 'reminder-summary' }, '正在读取…');
  const table = h('div', {});
  const element = h(
    'section',
    { class: 'panel reminders', 'aria-labelledby': 'reminders-title' },
    h('h2', { id: 'reminders-title' }, '到期提醒'),
    summary,
    table,
  );
  async function refresh() {
    const dues = await call(`/api/terms/${term.id}/suggestions/reminders`);
    const overdue = dues.filter((d) => d.daysLeft < 0).length;
    const soon = dues.length - overdue;
    summary.className = `reminder-summary${overdue ? ' has-overdue' : ''}`;
    summary.textContent = dues.length
      ? `${overdue}件已超过答复期限，${soon}件将在${term.reminderDays}天内到期。`
      : `没有已超期或${term.reminderDays}天内到期的建议。`;
    redraw(table, dues.length ? dueTable(dues, { caption: '待答复的建议，按期限先后排列', department }) : null);
  }
  return { element, refresh };
}
