// Times as the notices print them: Beijing time, whatever the browser's own zone.

const format = new Intl.DateTimeFormat('zh-CN', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hour12: false,
});

/** 2026-11-26 16:48 */
export function chinaTime(iso) {
  const parts = format.formatToParts(new Date(iso));
  const part = (type) => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year')}-${part('month')}-${part('day')} ${part('hour')}:${part('minute')}`;
}

/** 16:48, the time of day alone (a sign-in, the opening of a ballot). */
export function chinaTimeOfDay(iso) {
  return chinaTime(iso).slice(11);
}
