// 代表名册与签到: import the roster file (CSV or XLSX), print the credential sheet, and the roster itself.
import { h } from '/js/common/dom.js';
import { act, confirmAct, messageArea, say } from '../controls.js';
import { fileImport } from '../fileImport.js';
import { hallAccessPanel } from './hallAccess.js';
import { openCredentialSheet } from './printing.js';
import { rosterTable } from './rosterTable.js';

export function rosterTab({ call, sitting }) {
  const table = rosterTable({ call, sitting });
  return {
    element: h(
      'div',
      {},
      importPanel(call, sitting, table),
      sheetPanel(call, sitting, table),
      hallAccess(call, sitting),
      table.element,
    ),
    refresh: table.reload,
  };
}

function importPanel(call, sitting, table) {
  return fileImport({
    id: 'import',
    title: '导入代表名册',
    label: '名册文件（CSV 或 Excel XLSX）',
    hint: '第1行为表头：姓名、代表证号（必填），代表团/组、状态（在任 / 暂停执行代表职务 / 代表资格终止）、请假（是 / 否）。有任何一行出错则全部不导入。',
    button: '导入名册',
    errorsLabel: '名册中的错误',
    upload: async (file) => {
      const imported = await call(`/api/sittings/${sitting.id}/roster`, { method: 'PUT', file });
      await table.reload();
      const done = `名册已导入：新增${imported.added}人，更新${imported.updated}人，名册共${imported.total}人。`;
      return imported.unmatched?.length ? `${done}${imported.unmatched.join('')}` : done;
    },
  });
}

function sheetPanel(call, sitting, table) {
  const message = messageArea();
  const print = h('button', { class: 'primary', type: 'button' }, '打印代表证');
  print.addEventListener('click', async () => {
    const current = table.deputies().filter((d) => d.status === 'current');
    const holding = current.filter((d) => d.hasCredential).length;
    const confirmed = await confirmAct({
      title: '打印全体代表的代表证？',
      text: [
        `将为全体在任代表${current.length}人各发放一张新的代表证，并在新窗口中打开打印预览（A4纵向，每页8张）。`,
        holding
          ? `已有${holding}位代表领取了代表证，这些代表证将全部作废，不能再用于签到和表决，须发放新证。`
          : '目前还没有代表领取代表证。',
        '只补发个别代表的代表证，请在下方名册中点击该代表的「补发代表证」。',
      ],
      confirm: `发放并打印${current.length}张代表证`,
    });
    if (!confirmed) return;
    act(print, message, async () => {
      await openCredentialSheet(call, sitting.id);
      say(message, '代表证已在新窗口中打开：核对后点击该窗口上方的「打印」（A4纵向，每页8张，沿虚线裁开）。', 'ok');
      await table.reload();
    });
  });
  return h(
    'section',
    { class: 'panel', 'aria-labelledby': 'sheet-title' },
    h('h2', { id: 'sheet-title' }, '代表证'),
    h(
      'p',
      {},
      '为全体在任代表发放凭证并打印代表证（每人一张，含二维码和凭证码）。代表证上的二维码即表决凭证，请当面发给代表本人。',
    ),
    print,
    message,
  );
}

/** The panel of the sitting's term and personal credentials, drawn once the terms are read. */
function hallAccess(call, sitting) {
  const slot = h('div', { id: 'hall-access' });
  hallAccessPanel(call, sitting).then((panel) => slot.replaceChildren(panel));
  return slot;
}
