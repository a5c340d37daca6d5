// The server's clock as a page sees it, for the elapsed time of open ballots (已进行 03:25) on the big screen and the
// presidium's console: both count from the ballot's `openedAt`, so a reload shows the same time as before.

/** How far this computer's clock runs ahead of the server's, in ms; under 2 s counts as none. */
let offset = 0;

/** Learns the offset from a time the server has just stated (a ballot's openedAt as it opens, a Date header). */
export function learnServerTime(serverTime) {
  const ahead = Date.now() - Date.parse(serverTime);
  if (Number.isFinite(ahead)) offset = Math.abs(ahead) > 2000 ? ahead : 0;
}

/** On (re)loading during a vote, the server's clock is read off the Date header of a response. */
export async function readServerClock() {
  try {
    const response = await fetch(location.pathname, { method: 'HEAD', cache: 'no-store' });
    const date = response.headers.get('Date');
    if (date) learnServerTime(date);
  } catch {
    // Without an answer the page's own clock is used.
  }
}

/** Whole seconds since `openedAt` by the server's clock. */
export function elapsedSeconds(openedAt, now = Date.now()) {
  const since = now - offset - Date.parse(openedAt);
  return Number.isFinite(since) ? Math.max(0, Math.floor(since / 1000)) : 0;
}

/** 03:25, or 1:03:25 past the hour. */
export function formatElapsed(seconds) {
  const two = (n) => String(n).padStart(2, '0');
  const hours = Math.floor(seconds / 3600);
  const rest = `${two(Math.floor((seconds % 3600) / 60))}:${two(seconds % 60)}`;
  return hours ? `${hours}:${rest}` : rest;
}

/** Calls `tick` once a second while the page is open. */
export function ticker(tick) {
  tick();
  return setInterval(tick, 1000);
}

/** Redraws every [data-opened-at] element's text each second; one timer for the page. */
export function startTicking(root) {
  return ticker(() => {
    for (const element of root.querySelectorAll('[data-opened-at]'))
      element.textContent = formatElapsed(elapsedSeconds(element.dataset.openedAt));
  });
}
