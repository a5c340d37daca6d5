// 代表与联络站: the term's register imported from its file (stations made from the names in it), the deputies with
// their station and whether their personal credential is valid, and that credential issued (shown once, with its QR
// code, to hand over) or revoked.
import { h, redraw } from '/js/common/dom.js';
import { act, confirmAct, field, messageArea, say } from '../controls.js';
import { fileImport } from '../fileImport.js';
import { issuedCode } from '../issuedCode.js';

const statusLabels = { current: '在任', suspended: '暂停执行代表职务', ended: '代表资格终止' };

/** A register of a thousand deputies is found by search or station: the table shows this many rows at most. */
const shownAtMost = 200;

export function deputiesTab({ call, term }) {
  const table = deputyTable({ call, term });
  const register = fileImport({
    id: 'register',
    title: '导入届代表名册',
    label: '名册文件（CSV 或 Excel XLSX）',
    hint: '第1行为表头：姓名、代表证号、代表联络站、状态（在任 / 暂停执行代表职务 / 代表资格终止）。按代表证号更新；有任何一行出错则全部不导入。代表资格终止或暂停的，其个人凭证同时作废。',
    button: '导入名册',
    errorsLabel: '名册中的错误',
    upload: async (file) => {
      const imported = await call(`/api/terms/${term.id}/register`, { method: 'PUT', file });
      await table.reload();
      return `名册已导入：代表${imported.deputies}人，代表联络站${imported.stations}个。`;
    },
  });
  return { element: h('div', {}, register, table.element), refresh: table.reload };
}

function deputyTable({ call, term }) {
  const message = messageArea();
  const issued = h('div', {});
  const search = h('input', { type: 'search', name: 'deputy-filter', oninput: () => render() });
  const station = h('select', { name: 'station', onchange: () => render() });
  const summary = h('p', { class: 'muted', role: 'status' });
  const body = h('tbody', {});
  const columns = ['代表证号', '姓名', '代表联络站', '状态', '个人凭证', '操作'];
  const element = h(
    'section',
    { class: 'panel', 'aria-labelledby': 'deputies-title' },
    h('h2', { id: 'deputies-title' }, '代表与个人凭证'),
    h(
      'p',
      {},
      '个人凭证供代表闭会期间在手机上提出建议、查看办理情况和评价，不能用于会议签到和表决。每人一张，重新发放后原凭证作废。',
    ),
    h('div', { class: 'row' }, field('查找代表（姓名或代表证号）', search), field('代表联络站', station)),
    summary,
    message,
    issued,
    h(
      'table',
      { class: 'term-deputies' },
      h('caption', { class: 'sr-only' }, '届代表名册'),
      h(
        'thead',
        {},
        h(
          'tr',
          {},
          columns.map((c) => h('th', { scope: 'col' }, c)),
        ),
      ),
      body,
    ),
  );
  let deputies = [];
  let stations = [];

  async function reload() {
    [deputies, stations] = await Promise.all([
      call(`/api/terms/${term.id}/deputies`),
      call(`/api/terms/${term.id}/stations`),
    ]);
    const chosen = station.value;
    redraw(
      station,
      h('option', { value: '' }, `全部联络站（${stations.length}个）`),
      stations.map((s) => h('option', { value: s.name, selected: s.name === chosen }, `${s.name}（${s.deputies}人）`)),
    );
    render();
  }

  function render() {
    const text = search.value.trim().toLowerCase();
    const matching = deputies.filter(
      (d) =>
        (!station.value || d.station === station.value) &&
        (!text || d.name.toLowerCase().includes(text) || d.number.toLowerCase().includes(text)),
    );
    const holding = deputies.filter((d) => d.hasPersonalCredential).length;
    summary.textContent = deputies.length
      ? `本届代表${deputies.length}人，分属${stations.length}个代表联络站；${holding}人持有有效的个人凭证。` +
        (matching.length > shownAtMost
          ? `符合条件的${matching.length}人中显示前${shownAtMost}人，请用查找或联络站缩小范围。`
          : `符合条件的${matching.length}人。`)
      : '尚未导入届代表名册。';
    redraw(
      body,
      matching.length
        ? matching.slice(0, shownAtMost).map(row)
        : h(
            'tr',
            {},
            h('td', { colspan: columns.length, class: 'muted' }, deputies.length ? '没有符合条件的代表。' : '—'),
          ),
    );
  }

  function row(deputy) {
    const current = deputy.status === 'current';
    return h(
      'tr',
      { 'data-number': deputy.number },
      h('td', {}, deputy.number),
      h('th', { scope: 'row' }, deputy.name),
      h('td', {}, deputy.station),
      h('td', {}, statusLabels[deputy.status] ?? deputy.status),
      h('td', {}, deputy.hasPersonalCredential ? '有效' : '未发放'),
      h(
        'td',
        { class: 'acts' },
        h(
          'div',
          { class: 'acts-box' },
          current ? issueButton(deputy) : null,
          deputy.hasPersonalCredential ? revokeButton(deputy) : null,
        ),
      ),
    );
  }

  function issueButton(deputy) {
    const again = deputy.hasPersonalCredential;
    const button = h(
      'button',
      { type: 'button', class: again ? 'quiet' : 'primary', 'data-key': `issue-${deputy.number}` },
      again ? '重新发放' : '发放凭证',
    );
    button.addEventListener('click', async () => {
      if (
        again &&
        !(await confirmAct({
          title: '重新发放个人凭证？',
          text: `${deputy.name}（${deputy.number}）现有的个人凭证将立即作废，须将新凭证交给本人。`,
          confirm: '作废原凭证并重新发放',
          danger: true,
        }))
      )
        return;
      act(button, message, async () => {
        const credential = await call(
          `/api/terms/${term.id}/deputies/${encodeURIComponent(deputy.number)}/credential`,
          {
            method: 'POST',
          },
        );
        const card = issuedCode({
          title: '代表个人凭证（闭会期间）',
          holder: `${credential.name}（${credential.deputyNumber}）`,
          credential,
          note: '请在手机浏览器中打开上面的登录地址，扫描二维码或输入凭证码登录，即可提出建议、查看办理情况并评价。',
        });
        redraw(issued, card);
        await reload();
        card.scrollIntoView({ block: 'nearest' });
      });
    });
    return button;
  }

  function revokeButton(deputy) {
    const button = h('button', { type: 'button', class: 'quiet', 'data-key': `revoke-${deputy.number}` }, '作废');
    button.addEventListener('click', async () => {
      const confirmed = await confirmAct({
        title: '作废个人凭证？',
        text: `${deputy.name}（${deputy.number}）的个人凭证将立即失效，不能再在手机上登录。`,
        confirm: '作废个人凭证',
        danger: true,
      });
      if (!confirmed) return;
      act(button, message, async () => {
        await call(`/api/terms/${term.id}/deputies/${encodeURIComponent(deputy.number)}/credential`, {
          method: 'DELETE',
        });
        say(message, `已作废${deputy.name}（${deputy.number}）的个人凭证。`, 'ok');
        await reload();
      });
    });
    return button;
  }

  return { element, reload };
}
