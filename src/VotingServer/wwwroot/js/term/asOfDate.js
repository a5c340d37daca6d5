// The day a dashboard counts to (办理情况, 项目实施情况): a date field, today (China's, the server's) unless a day is
// picked, and 「回到今天」 once one is.
import { h } from '/js/common/dom.js';
import { field } from '../controls.js';

/** { element, picked() (null for today), show(asOf) with the day the server counted to }. */
export function asOfDate(label, changed) {
  let picked = null;
  const input = h('input', {
    type: 'date',
    name: 'asOf',
    onchange: () => {
      picked = input.value || null;
      changed();
    },
  });
  const today = h(
    'button',
    {
      type: 'button',
      class: 'quiet',
      hidden: true,
      onclick: () => {
        picked = null;
        changed();
      },
    },
    '回到今天',
  );
  return {
    element: h('div', { class: 'as-of' }, field(label, input), today),
    picked: () => picked,
    show(asOf) {
      input.value = asOf;
      today.hidden = !picked;
    },
  };
}
