// Small bar charts of the staff pages, drawn with plain elements (no chart library; widths set through the CSSOM,
// which the content security policy allows). What a chart shows is drawn for the eye and hidden from screen readers,
// which read the same figures as a table inside the same figure, under the same caption.
import { h } from '/js/common/dom.js';

/**
 * Horizontal bars of rates, one group of bars per row, each series in its colour: rateBars({ caption, rowHeading,
 * series: [{ name, className }], rows: [{ label, bars: [{ percent: 85.5, text: '85.50%（17/20）' }] }] })
 */
export function rateBars({ caption, rowHeading, series, rows }) {
  const bars = h(
    'div',
    { class: 'chart-rows rate-rows', 'aria-hidden': 'true' },
    rows.map((row) =>
      h(
        'div',
        { class: 'chart-group' },
        h('span', { class: 'chart-label', style: `grid-row: span ${series.length}` }, row.label),
        row.bars.map((bar, i) => [
          h(
            'span',
            { class: 'chart-track' },
            h('span', { class: `chart-fill ${series[i].className}`, style: `width: ${clamp(bar.percent)}%` }),
          ),
          h('span', { class: 'chart-value' }, bar.text),
        ]),
      ),
    ),
  );
  return chart(
    { caption, rowHeading, series },
    bars,
    rows.map((row) => [row.label, ...row.bars.map((bar) => bar.text)]),
  );
}

/**
 * Stacked bars of counts, one per row, scaled to the largest row's total so that length shows how many and the
 * parts what they are: stackedBars({ caption, rowHeading, series: [{ name, short, className }],
 * rows: [{ label, counts: [5, 3, 1] }] })
 */
export function stackedBars({ caption, rowHeading, series, rows }) {
  const total = (row) => row.counts.reduce((a, b) => a + b, 0);
  const largest = Math.max(1, ...rows.map(total));
  const words = (row) => row.counts.map((count, i) => `${series[i].short} ${count}`).join(' · ');
  const bars = h(
    'div',
    { class: 'chart-rows stacked-rows', 'aria-hidden': 'true' },
    rows.map((row) =>
      h(
        'div',
        { class: 'chart-group' },
        h('span', { class: 'chart-label' }, row.label),
        h(
          'span',
          { class: 'chart-track' },
          row.counts.map((count, i) =>
            count
              ? h('span', { class: `chart-fill ${series[i].className}`, style: `width: ${(100 * count) / largest}%` })
              : null,
          ),
        ),
        h('span', { class: 'chart-value' }, total(row) ? words(row) : '无'),
      ),
    ),
  );
  return chart(
    { caption, rowHeading, series },
    bars,
    rows.map((row) => [row.label, ...row.counts.map(String)]),
  );
}

const clamp = (percent) => Math.max(0, Math.min(100, Number(percent) || 0));

function chart({ caption, rowHeading, series }, bars, cells) {
  return h(
    'figure',
    { class: 'chart' },
    h('figcaption', {}, caption),
    h(
      'ul',
      { class: 'chart-legend', 'aria-hidden': 'true' },
      series.map((s) => h('li', {}, h('span', { class: `swatch ${s.className}` }), s.name)),
    ),
    bars,
    // A table does not clip itself: the wrapper is what hides it from the eye.
    h(
      'div',
      { class: 'sr-only' },
      h(
        'table',
        {},
        h('caption', {}, caption),
        h(
          'thead',
          {},
          h(
            'tr',
            {},
            h('th', { scope: 'col' }, rowHeading),
            series.map((s) => h('th', { scope: 'col' }, s.name)),
          ),
        ),
        h(
          'tbody',
          {},
          cells.map(([label, ...values]) =>
            h(
              'tr',
              {},
              h('th', { scope: 'row' }, label),
              values.map((v) => h('td', {}, v)),
            ),
          ),
        ),
      ),
    ),
  );
}
