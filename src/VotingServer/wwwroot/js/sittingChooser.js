// Which sitting a staff page works on: the one chosen earlier in this tab, else the newest.
import { h } from '/js/common/dom.js';
import { field } from './controls.js';
import { rememberSitting, storedSitting } from './session.js';

/**
 * Lists the sittings in a select; changing it reloads the page on the new sitting (a clean start, one hub
 * subscription). Returns { element, sitting } where sitting is null when none exists yet.
 */
export async function sittingChooser(call, page) {
  const sittings = await call('/api/sittings');
  const kept = storedSitting(page);
  const sitting = sittings.find((s) => s.id === kept) ?? sittings.at(-1) ?? null;
  if (!sitting) return { element: h('div', { class: 'sitting-bar' }), sitting: null, sittings };
  const select = h(
    'select',
    {
      id: 'sitting-select',
      onchange: () => {
        rememberSitting(page, select.value);
        location.reload();
      },
    },
    [...sittings].reverse().map((s) => h('option', { value: s.id, selected: s.id === sitting.id }, s.name)),
  );
  rememberSitting(page, sitting.id);
  return { element: h('div', { class: 'sitting-bar' }, field('会议', select)), sitting, sittings };
}
