// Long results page themselves: the rows are split into pages that fit the screen, shown in turn a few seconds
// each with 「第2页／共3页」, so that every row and the conclusion reach the back of the hall without shrinking the
// type. The interval is ?pageSeconds=N in the address (or data-page-seconds on <body>), 8 seconds by default.

const defaultSeconds = 8;

export function pageSeconds() {
  const fromQuery = Number(new URLSearchParams(location.search).get('pageSeconds'));
  const fromBody = Number(document.body.dataset.pageSeconds);
  const seconds = [fromQuery, fromBody].find((value) => Number.isFinite(value) && value > 0);
  return seconds ?? defaultSeconds;
}

/**
 * Splits `count` rows into pages. `fits(start, end, conclusion)` draws rows [start, end) (with the conclusion when
 * asked) and says whether the drawing fits. The conclusion goes on every page while at least a few rows fit beside
 * it; otherwise it gets a page of its own, after the rows. Returns [{ start, end, conclusion }].
 */
export function paginate(count, fits) {
  const withConclusion = split(count, (start, end) => fits(start, end, true));
  const enough = Math.min(count, 3);
  if (withConclusion.every((page) => page.end - page.start >= Math.min(enough, count - page.start)))
    return withConclusion.map((page) => ({ ...page, conclusion: true }));
  const rows = split(count, (start, end) => fits(start, end, false)).map((page) => ({ ...page, conclusion: false }));
  return [...rows, { start: count, end: count, conclusion: true }];
}

/**
 * As many rows a page as fit, and always at least one; then, when the same number of pages can share the rows
 * evenly (11 rows as 6 + 5 rather than 8 + 3), evenly.
 */
function split(count, fits) {
  const greedy = fill(count, fits);
  const size = Math.ceil(count / greedy.length);
  const even = greedy.map((_, i) => ({ start: i * size, end: Math.min(count, (i + 1) * size) }));
  const balanced = even.every((page) => page.start < page.end && fits(page.start, page.end));
  return balanced && greedy.length > 1 ? even : greedy;
}

function fill(count, fits) {
  const pages = [];
  for (let start = 0; start < count || pages.length === 0;) {
    let end = Math.min(start + 1, count);
    while (end < count && fits(start, end + 1)) end++;
    pages.push({ start, end });
    start = end;
    if (count === 0) break;
  }
  return pages;
}

/** 第2页／共3页 */
export const pageLabel = (index, total) => `第${index + 1}页／共${total}页`;
