// 计票与公告: each closed ballot's count record with the scrutineers' signatures, in agenda order; 「发布公告」 once
// all have signed, which first shows the notice as it will be published (its number and text) and asks to confirm;
// the published notices with their downloads; and the paper fallback (人工计票).
import { h, redraw } from '/js/common/dom.js';
import { act, messageArea, say } from '../controls.js';
import { countRecordView } from '../countRecord.js';
import { chinaTime } from '../chinaTime.js';
import { BallotState } from '/js/common/ballots.js';
import { agendaOrder, confirmDialog } from '../recordDialog.js';
import { handCountPanel } from './handCount.js';

export function recordsTab({ call, sitting }) {
  const message = messageArea();
  const records = h('div', {});
  const notices = h('ul', { class: 'notices' });
  const handCount = handCountPanel({ call, sitting, onCounted: () => refresh() });
  const element = h(
    'div',
    {},
    h(
      'section',
      { class: 'panel', 'aria-labelledby': 'records-title' },
      h('h2', { id: 'records-title' }, '计票记录与发布'),
      h('p', { class: 'muted' }, '按议程顺序排列。公告编号按议程顺序确定，与发布先后无关。'),
      message,
      h('p', {}, h('button', { type: 'button', class: 'quiet', onclick: () => refresh() }, '刷新签字情况')),
      records,
    ),
    h(
      'section',
      { class: 'panel', 'aria-labelledby': 'notices-title' },
      h('h2', { id: 'notices-title' }, '已发布的公告'),
      h('p', {}, '公开页面：', h('a', { href: '/notices', target: '_blank' }, '表决结果公告')),
      notices,
    ),
    handCount.element,
  );

  async function refresh() {
    const ballots = agendaOrder(await call(`/api/sittings/${sitting.id}/ballots`)).filter(
      (b) => b.state === BallotState.closed,
    );
    const [counted, published] = await Promise.all([
      Promise.all(ballots.map((b) => call(`/api/ballots/${b.id}/count-record`))),
      call(`/api/sittings/${sitting.id}/notices`),
    ]);
    redraw(
      records,
      counted.length
        ? counted.map((record) => countRecordView(record, publishing(record, published)))
        : h('p', { class: 'muted' }, '还没有结束的表决。'),
    );
    redraw(notices, published.length ? published.map(noticeItem) : h('li', { class: 'muted' }, '尚未发布公告。'));
    await handCount.refresh();
  }

  function publishing(record, published) {
    const notice = published.find((n) => n.number === record.noticeNumber);
    if (notice)
      return h('div', {}, h('p', { class: 'message ok' }, `已发布：公告 第${notice.number}号`), links(notice));
    if (!record.complete) {
      return h(
        'p',
        { class: 'muted' },
        record.awaitingSignatures.length ? '须全部监票人签字后才能发布公告。' : '请先指定监票人。',
      );
    }
    const ballotId = record.result.ballotId;
    const button = h('button', { type: 'button', class: 'primary', 'data-key': `publish-${ballotId}` }, '发布公告…');
    button.addEventListener('click', () =>
      act(button, message, async () => {
        const preview = await call(`/api/ballots/${ballotId}/notice-preview`);
        confirmDialog({
          title: `发布公告（第${preview.number}号）`,
          key: `confirm-publish-${ballotId}`,
          content: [
            h('p', { class: 'lead' }, '请核对公告全文。发布后公告向公众公开，不能修改或撤回。'),
            noticePaper(preview),
          ],
          confirmLabel: `确认发布公告（第${preview.number}号）`,
          action: async () => {
            const issued = await call(`/api/ballots/${ballotId}/publish`, { method: 'POST' });
            await refresh();
            say(message, `已发布公告 第${issued.number}号：${issued.title}。`, 'ok');
          },
        });
      }),
    );
    return button;
  }

  const links = (notice) =>
    h(
      'div',
      { class: 'notice-links' },
      h('a', { href: notice.pdfUrl, target: '_blank' }, `公告 第${notice.number}号 PDF`),
      h('a', { href: `${notice.pdfUrl}?download=true`, download: '' }, '下载 PDF'),
      h('a', { href: notice.xlsxUrl }, 'Excel（XLSX）'),
      h('a', { href: notice.jsonUrl, target: '_blank' }, 'JSON'),
      h('a', { href: notice.bundleUrl, download: '' }, '公告数据包（离线核验）'),
    );

  const noticeItem = (notice) =>
    h(
      'li',
      { 'data-number': notice.number },
      h('p', {}, `公告 第${notice.number}号 · ${notice.title} · ${chinaTime(notice.publishedAt)}`),
      links(notice),
    );

  return { element, refresh };
}

/** The notice as the PDF will set it: title, opening, result, table, who counted and certified, 特此公告, 落款. */
function noticePaper(preview) {
  const figure = /^(\d+(\.\d+)?%?|—)$/;
  return h(
    'article',
    { class: 'notice-paper', 'data-role': 'notice-preview', 'aria-label': '公告预览' },
    h('p', { class: 'notice-title' }, preview.sittingName),
    h('p', { class: 'notice-heading' }, '公告'),
    h('p', { class: 'notice-number' }, `（第${preview.number}号）`),
    h('p', { class: 'body' }, preview.opening),
    h('p', { class: 'body' }, preview.result),
    h(
      'table',
      {},
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          preview.header.map((cell) => h('th', { scope: 'col' }, cell)),
        ),
      ),
      h(
        'tbody',
        {},
        preview.rows.map((row) =>
          h(
            'tr',
            {},
            row.map((cell) => h('td', { class: figure.test(cell) ? 'num' : null }, cell)),
          ),
        ),
      ),
    ),
    preview.certification.map((line) => h('p', { class: 'small' }, line)),
    h('p', { class: 'body' }, '特此公告。'),
    h('div', { class: 'closing' }, h('p', {}, preview.issuer), h('p', {}, preview.date)),
    preview.checks?.length
      ? h(
          'ul',
          { class: 'notice-checks', 'aria-label': '校验信息' },
          preview.checks.map((line) => h('li', {}, line)),
        )
      : null,
  );
}
