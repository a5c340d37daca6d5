// The year's 民生实事项目实施情况报告 as PDF and workbook, for the day the dashboard shows: fetched with the
// credential (a plain link would carry none) and handed to the browser as a download under the server's own name.
import { h } from '/js/common/dom.js';
import { act, messageArea } from '../controls.js';

/** { element, set(year, asOf) }: the two download buttons and where a failure is said. */
export function projectReportLinks({ code, term }) {
  const message = messageArea();
  let query = null;
  const button = (format, label) => {
    const b = h('button', { type: 'button', class: 'quiet', 'data-format': format }, label);
    b.addEventListener('click', () => act(b, message, () => download(format)));
    return b;
  };
  async function download(format) {
    const response = await fetch(`/api/terms/${term.id}/projects/report.${format}?${query}`, {
      headers: { Authorization: `Bearer ${code}` },
      cache: 'no-store',
    });
    if (!response.ok) {
      const problem = await response.json().catch(() => ({}));
      throw new Error(problem.title ?? '报告下载失败，请稍后重试。');
    }
    const named = /filename\*=UTF-8''([^;]+)/i.exec(response.headers.get('Content-Disposition') ?? '');
    const link = h('a', {
      href: URL.createObjectURL(await response.blob()),
      download: named ? decodeURIComponent(named[1]) : `民生实事项目实施情况报告.${format}`,
    });
    document.body.append(link);
    link.click();
    link.remove();
    setTimeout(() => URL.revokeObjectURL(link.href), 60000);
  }
  const element = h(
    'div',
    { class: 'report-links', role: 'group', 'aria-label': '实施情况报告' },
    button('pdf', '下载报告（PDF）'),
    button('xlsx', '下载报告（Excel）'),
    message,
  );
  return {
    element,
    set(year, asOf) {
      query = `year=${year}&asOf=${asOf}`;
    },
  };
}
