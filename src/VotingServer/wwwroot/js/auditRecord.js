// 操作记录: the audit record for the presidium and the scrutineers, newest first, and its export as a workbook.
// Every state change names who made it (credential, role, name) and from which address; it never holds a choice.
import { api } from '/js/common/api.js';
import { h, redraw } from '/js/common/dom.js';
import { act, messageArea } from './controls.js';
import { chinaTime } from './chinaTime.js';
import { roleLabels } from '/js/common/roles.js';

const shown = 200;

export function auditPanel({ code, sittingId }) {
  const message = messageArea();
  const body = h('tbody', {});
  const exporting = h('button', { type: 'button', class: 'quiet', 'data-key': 'audit-export' }, '导出 Excel');
  exporting.addEventListener('click', () =>
    act(exporting, message, async () => {
      const response = await fetch(`/api/audit/export.xlsx?sittingId=${sittingId}`, {
        headers: { Authorization: `Bearer ${code}` },
        cache: 'no-store',
      });
      if (!response.ok) throw new Error('导出失败，请稍后重试。');
      const link = h('a', { href: URL.createObjectURL(await response.blob()), download: `操作记录-${sittingId}.xlsx` });
      link.click();
      URL.revokeObjectURL(link.href);
    }),
  );
  const reloading = h('button', { type: 'button', class: 'quiet' }, '刷新');
  reloading.addEventListener('click', () => act(reloading, message, reload));

  async function reload() {
    // Newest first: the server sends the latest entries oldest first, without the rest of the record.
    const latest = (await api(code, `/api/audit?sittingId=${sittingId}&latest=${shown}`)).reverse();
    redraw(
      body,
      latest.length
        ? latest.map((e) =>
            h(
              'tr',
              {},
              h('td', {}, chinaTime(e.at)),
              h('td', {}, `${e.actor.role ? roleLabels[e.actor.role] : '服务器'} ${e.actor.name}`),
              h('td', {}, e.address ?? '—'),
              h('td', {}, e.summary),
            ),
          )
        : h('tr', {}, h('td', { colspan: 4, class: 'muted' }, '暂无记录。')),
    );
  }

  const element = h(
    'section',
    { class: 'panel', 'aria-labelledby': 'audit-title' },
    h('h2', { id: 'audit-title' }, '操作记录'),
    h(
      'p',
      { class: 'muted' },
      `每一项操作都记下操作人、时间和来源地址，只增不改；此处显示最近${shown}条，导出为全部记录。`,
    ),
    h('div', { class: 'row' }, reloading, exporting),
    message,
    h(
      'table',
      { class: 'audit' },
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          ['时间', '操作人', '地址', '操作'].map((t) => h('th', { scope: 'col' }, t)),
        ),
      ),
      body,
    ),
  );
  return { element, reload };
}
