// 个人代表证签到: the sitting's term (its roster matched to the term's register by 代表证号) and the switch
// 「允许代表以个人代表证签到」, off by default and turned on only before the first ballot opens.
import { h, fill } from '/js/common/dom.js';
import { act, field, messageArea, say } from '../controls.js';

/** The rows of the roster that match no deputy of the term, as the server words them. */
export function unmatchedList(unmatched) {
  return unmatched?.length
    ? h('ul', { class: 'unmatched' }, ...unmatched.map((line) => h('li', {}, line)))
    : h('span', {});
}

export async function hallAccessPanel(call, sitting) {
  const terms = await call('/api/terms');
  const message = messageArea();
  const unmatched = h('div', { id: 'unmatched-rows' });
  const term = h(
    'select',
    { id: 'sitting-term', name: 'termId' },
    h('option', { value: '' }, '（不属于任何届）'),
    ...terms.map((t) => h('option', { value: String(t.id), selected: t.id === sitting.termId }, t.name)),
  );
  const link = h('button', { type: 'button' }, '设定所属的届');
  const accept = h('input', {
    id: 'accept-personal-credentials',
    type: 'checkbox',
    name: 'acceptPersonalCredentials',
    checked: sitting.acceptPersonalCredentials,
    disabled: sitting.termId === null,
  });
  link.addEventListener('click', () =>
    act(link, message, async () => {
      const linked = await call(`/api/sittings/${sitting.id}/term`, {
        method: 'PUT',
        json: { termId: term.value ? Number(term.value) : null },
      });
      Object.assign(sitting, linked.sitting);
      accept.checked = linked.sitting.acceptPersonalCredentials;
      accept.disabled = linked.sitting.termId === null;
      say(
        message,
        linked.sitting.termId === null
          ? '本次会议已不属于任何届，代表不能以个人代表证签到。'
          : `已设定所属的届：名册中${linked.matched}名代表与届代表名册对应，${linked.unmatched.length}名未对应。`,
        'ok',
      );
      fill(unmatched, unmatchedList(linked.unmatched));
    }),
  );
  accept.addEventListener('change', () => {
    const wanted = accept.checked;
    act(accept, message, async () => {
      try {
        const changed = await call(`/api/sittings/${sitting.id}/personal-credentials`, {
          method: 'PUT',
          json: { accept: wanted },
        });
        Object.assign(sitting, changed);
        say(message, wanted ? '已允许代表以个人代表证签到。' : '已不再允许代表以个人代表证签到。', 'ok');
      } catch (error) {
        accept.checked = !wanted;
        throw error;
      }
    }).finally(() => (accept.disabled = sitting.termId === null));
  });
  const explanation =
    '默认不允许。允许后，代表可用秘书处发给本人的闭会期间个人代表证在本次会议的表决器上签到和表决，与本次会议的代表证效力相同，每位代表仍只有一票。只能在第一项表决开始前允许；随时可以取消，取消后以个人代表证连接的表决器立即断开。';
  accept.setAttribute('aria-describedby', 'accept-personal-credentials-hint');
  return h(
    'section',
    { class: 'panel hall-access', 'aria-labelledby': 'hall-access-title' },
    h('h2', { id: 'hall-access-title' }, '个人代表证签到'),
    field('会议所属的届', term, '名册按代表证号与该届代表名册对应，未对应的代表不能以个人代表证签到'),
    link,
    h(
      'div',
      { class: 'field switch' },
      h('label', {}, accept, ' 允许代表以个人代表证签到'),
      h('span', { class: 'hint', id: 'accept-personal-credentials-hint' }, explanation),
    ),
    message,
    unmatched,
  );
}
