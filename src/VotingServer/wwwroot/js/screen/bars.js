// The result as a bar chart in plain CSS: one stacked bar per item, one segment per option. 票决 and motions are
// drawn against all current deputies with the 过半数 line (the pass rule's floor); appraisals as 100% bars.
import { h } from '/js/common/dom.js';
import { isAppraisalKind, PassRule } from '/js/common/ballots.js';

export function barChart(result) {
  const appraisal = isAppraisalKind(result.kind);
  const majority = !appraisal && result.settings.passRule !== PassRule.plurality;
  const options = result.items[0]?.counts ?? [];
  const scaleOf = (item) => (appraisal ? item.valid + item.invalid : result.currentDeputies) || 1;
  const rows = result.items.map((item) => {
    const scale = scaleOf(item);
    const segments = item.counts
      .filter((c) => c.count > 0)
      .map((c) =>
        h(
          'span',
          {
            class: `segment option-${c.option}`,
            style: `width: ${(100 * c.count) / scale}%`,
            title: `${c.label} ${c.count}`,
          },
          (100 * c.count) / scale >= 6 ? c.count : '',
        ),
      );
    return h(
      'div',
      { class: 'bar-row' },
      h('span', { class: 'bar-label' }, item.name),
      h(
        'span',
        { class: 'bar-track' },
        segments,
        majority
          ? h('span', { class: 'majority', style: `left: ${(100 * (result.currentDeputies / 2)) / scale}%` })
          : null,
      ),
    );
  });
  return h(
    'figure',
    { class: 'bars', 'aria-label': '得票条形图' },
    h(
      'div',
      { class: 'legend' },
      options.map((o) => h('span', {}, h('i', { class: `swatch option-${o.option}` }), o.label)),
      majority
        ? h('span', {}, h('i', { class: 'swatch majority-swatch' }), `全体代表半数（${result.currentDeputies / 2}票）`)
        : null,
    ),
    rows,
  );
}
