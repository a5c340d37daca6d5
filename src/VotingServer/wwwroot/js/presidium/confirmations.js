// 待主席团确认: what the secretariat asked the presidium to confirm (a hand count over electronic ballots, a reissued
// credential, a sign-in by hand while a ballot is open). The chair confirms or declines each, with a note for the record.
import { h } from '/js/common/dom.js';
import { act, messageArea, say } from '../controls.js';
import { chinaTime } from '../chinaTime.js';

export function confirmationsPanel({ call, sittingId }) {
  const message = messageArea();
  const list = h('div', {});
  const element = h(
    'section',
    { class: 'panel needs-chair', 'aria-labelledby': 'confirmations-title', hidden: true },
    h('h2', { id: 'confirmations-title' }, '待主席团确认'),
    message,
    list,
  );

  // A request already shown keeps its card (and what the chair has typed in its note); only new ones are added.
  const cards = new Map();

  async function reload() {
    const pending = (await call(`/api/sittings/${sittingId}/confirmations`)).filter((c) => c.state === 'pending');
    element.hidden = pending.length === 0;
    for (const [id, shown] of cards)
      if (!pending.some((c) => c.id === id)) {
        shown.remove();
        cards.delete(id);
      }
    pending.forEach((confirmation, index) => {
      if (!cards.has(confirmation.id)) cards.set(confirmation.id, card(confirmation));
      const shown = cards.get(confirmation.id);
      if (list.children[index] !== shown) list.insertBefore(shown, list.children[index] ?? null);
    });
  }

  function card(confirmation) {
    const note = h('input', {
      name: 'note',
      maxlength: 500,
      'aria-label': '主席团说明（可不填）',
      placeholder: '说明（可不填）',
    });
    const decide = (verdict, label) => {
      const button = h(
        'button',
        {
          type: 'button',
          class: verdict === 'confirm' ? 'primary' : 'quiet',
          'data-key': `${verdict}-${confirmation.id}`,
        },
        label,
      );
      button.addEventListener('click', () =>
        act(button, message, async () => {
          await call(`/api/confirmations/${confirmation.id}/${verdict}`, {
            method: 'POST',
            json: { note: note.value || null },
          });
          await reload();
          say(message, `已${label}：${confirmation.title}。`, 'ok');
        }),
      );
      return button;
    };
    return h(
      'article',
      { class: 'confirmation', 'data-confirmation': confirmation.id },
      h('h3', {}, confirmation.title),
      h('p', {}, `理由：${confirmation.reason}`),
      h(
        'p',
        { class: 'muted' },
        `秘书处 ${confirmation.requestedBy.name} 于 ${chinaTime(confirmation.requestedAt)} 提出`,
      ),
      h('div', { class: 'row' }, note, decide('confirm', '确认'), decide('decline', '不同意')),
    );
  }

  return { element, reload };
}
