// 核对选票: the choices once more, then 「确认提交」. From the moment it is sent the ballot is locked on screen.
import { h } from '/js/common/dom.js';
import { isAppraisalKind, isMotionKind } from '/js/common/ballots.js';
import { ballotHeading } from './ballot.js';

const waitingForNetwork = '网络连接中断。您的选票已暂存在本机，恢复连接后将自动提交，请勿退出。';
// In a hall of several servers the tablet is moving to another: the same promise, said calmly.
const waitingForServer = '正在切换到备用服务器。您的选票已暂存在本机，连接后将自动提交，请勿退出。';
// The server is reachable but could not record it yet (its database is switching over): it goes again by itself.
const waitingToRecord = '服务器正在恢复记录，您的选票已暂存在本机，将自动重新提交，请勿退出。';

export function reviewScreen(ctx, ballot) {
  const draft = ctx.drafts.for(ballot);
  const pending = ctx.casting.isPending(ballot.id);
  const status = h('p', { class: 'status', role: 'status' }, pending ? '正在提交…' : '');
  let leave = () => ctx.go('ballot', ballot.id);
  const back = h('button', { type: 'button', class: 'secondary', onclick: () => leave() }, '返回修改');
  // Once sent, the ballot cannot be changed; the deputy may still go back to the sitting while it waits.
  const locked = () => {
    leave = () => ctx.go('waiting');
    back.textContent = '返回会议';
    back.disabled = false;
  };
  const confirm = h(
    'button',
    {
      type: 'button',
      class: 'primary',
      disabled: pending,
      onclick: () => {
        back.disabled = confirm.disabled = true;
        status.textContent = '正在提交…';
        ctx.submit(ballot, draft);
      },
    },
    '确认提交',
  );

  const root = h(
    'section',
    { class: 'screen review' },
    ballotHeading(ballot, `核对选票：${ballot.title}`),
    summary(ballot, draft),
    h('div', { class: 'actions' }, status, back, confirm),
  );
  if (pending) locked();
  return {
    root,
    waiting: (reason) => {
      status.textContent =
        reason === 'server' ? waitingToRecord : ctx.session()?.movesOn ? waitingForServer : waitingForNetwork;
      locked();
    },
  };
}

function summary(ballot, draft) {
  if (draft.marks) {
    const chosen = ballot.items.filter((i) => draft.marks.has(i.id));
    if (!chosen.length) return h('p', { class: 'summary' }, '您没有选择任何项目（空白票）。');
    return h(
      'div',
      { class: 'summary' },
      h('p', {}, `您选择了${chosen.length}个项目（最多${ballot.places}个）：`),
      h(
        'ol',
        { class: 'chosen' },
        chosen.map((i) => h('li', {}, i.name)),
      ),
    );
  }
  const label = (code) => ballot.options.find((o) => o.code === code)?.label ?? code;
  return h(
    'table',
    { class: 'summary' },
    h(
      'thead',
      {},
      h(
        'tr',
        {},
        h(
          'th',
          { scope: 'col' },
          isMotionKind(ballot.kind) ? '议案' : isAppraisalKind(ballot.kind) ? '测评对象' : '项目',
        ),
        h('th', { scope: 'col' }, '您的选择'),
      ),
    ),
    h(
      'tbody',
      {},
      ballot.items.map((i) =>
        h(
          'tr',
          {},
          h('th', { scope: 'row' }, i.name),
          h(
            'td',
            { class: `choice choice-${draft.choices.get(i.id)}` },
            h('span', { class: 'choice-mark' }, label(draft.choices.get(i.id))),
          ),
        ),
      ),
    ),
  );
}
