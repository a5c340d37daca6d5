// The elapsed time of an open ballot, ticking once a second: 已用时 03:25, or 1:03:25 past an hour.

/** Whole seconds since `openedAt` by the server's clock; `offset` is how far this screen's clock runs ahead. */
export function elapsedSeconds(openedAt, offset = 0, now = Date.now()) {
  const since = now - offset - Date.parse(openedAt);
  return Number.isFinite(since) ? Math.max(0, Math.floor(since / 1000)) : 0;
}

export function formatElapsed(seconds) {
  const two = (n) => String(n).padStart(2, '0');
  const hours = Math.floor(seconds / 3600);
  const rest = `${two(Math.floor((seconds % 3600) / 60))}:${two(seconds % 60)}`;
  return hours ? `${hours}:${rest}` : rest;
}

/** Redraws every [data-opened-at] element's text each second; one timer for the page. */
export function startTicking(root, offset) {
  const tick = () => {
    for (const element of root.querySelectorAll('[data-opened-at]'))
      element.textContent = formatElapsed(elapsedSeconds(element.dataset.openedAt, offset()));
  };
  tick();
  return setInterval(tick, 1000);
}
