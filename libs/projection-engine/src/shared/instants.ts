// Date.parse keeps milliseconds only; the store renders microseconds, so compare the extra digits as well.
const subMillis = (iso: string): string => (/\.\d{3}(\d*)/.exec(iso)?.[1] ?? '').padEnd(6, '0').slice(0, 6);

/** Orders two ISO 8601 instants to the microsecond, whatever their offsets. */
export const compareInstants = (a: string, b: string): number =>
  Math.sign(Date.parse(a) - Date.parse(b)) || (subMillis(a) < subMillis(b) ? -1 : subMillis(a) > subMillis(b) ? 1 : 0);
