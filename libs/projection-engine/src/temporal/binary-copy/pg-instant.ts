// The instants the platform stores: a full timestamp with its zone (the API refuses any other), or the store's
// own microsecond rendering of recorded_at. Parsed by hand: a rebuild converts millions of them, and Date.UTC
// with a regular expression was an eighth of its time.

const DAYS_BEFORE_2000 = 10_957; // days from 1970-01-01 to 2000-01-01
const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

// C's rint (round half to even), which PostgreSQL applies to fractional seconds.
const rint = (x: number): number => {
  const r = Math.round(x);
  return Math.abs(x % 1) === 0.5 && r % 2 !== 0 ? r - 1 : r;
};

// Days since 1970-01-01 of a proleptic Gregorian date (H. Hinnant's days_from_civil).
const daysFromCivil = (y: number, m: number, d: number): number => {
  const yy = m <= 2 ? y - 1 : y;
  const era = Math.floor(yy / 400);
  const yoe = yy - era * 400;
  const doy = Math.floor((153 * (m + (m > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146_097 + doe - 719_468;
};

const leap = (y: number) => (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;

const refuse = (iso: string): never => {
  throw new Error(`不是带时区的 ISO 8601 时刻 / not a zoned ISO 8601 instant: ${iso}`);
};

/**
 * Microseconds since 2000-01-01 UTC — PostgreSQL's binary timestamptz — of a zoned ISO-8601 instant
 * (YYYY-MM-DDTHH:MM[:SS[.fraction]] with Z or ±HH:MM), rounded as PostgreSQL rounds its text input (the fraction
 * read as a double, times 10⁶, rint). Anything else — no zone, an impossible date — is refused, not guessed: a
 * rebuild must not store another instant than the incremental projection's text parameters do.
 */
export const pgMicros = (iso: string): number => {
  let i = 0;
  const digits = (n: number): number => {
    let v = 0;
    for (const end = i + n; i < end; i++) {
      const c = iso.charCodeAt(i) - 48;
      if (c < 0 || c > 9) refuse(iso);
      v = v * 10 + c;
    }
    return v;
  };
  const expect = (ch: string) => (iso[i] === ch ? i++ : refuse(iso));
  const y = digits(4);
  expect('-');
  const mo = digits(2);
  expect('-');
  const d = digits(2);
  if (iso[i] !== 'T' && iso[i] !== ' ') refuse(iso);
  i++;
  const h = digits(2);
  expect(':');
  const mi = digits(2);
  let s = 0;
  let micros = 0;
  if (iso[i] === ':') {
    i++;
    s = digits(2);
    if (iso[i] === '.') {
      const start = ++i;
      while (i < iso.length && iso.charCodeAt(i) >= 48 && iso.charCodeAt(i) <= 57) i++;
      const n = i - start;
      if (n === 0 || n > 9) refuse(iso);
      // Up to six digits the product is within rounding of an integer; beyond, round as PostgreSQL does.
      micros = n <= 6 ? Number(iso.slice(start, i).padEnd(6, '0')) : rint(Number(`0.${iso.slice(start, i)}`) * 1e6);
    }
  }
  let offset = 0;
  if (iso[i] === 'Z') i++;
  else if (iso[i] === '+' || iso[i] === '-') {
    const sign = iso[i++] === '-' ? -1 : 1;
    const oh = digits(2);
    if (iso[i] === ':') i++;
    offset = sign * (oh * 60 + digits(2));
  } else refuse(iso);
  if (i !== iso.length) refuse(iso);
  const monthDays = mo === 2 && leap(y) ? 29 : MONTH_DAYS[mo - 1];
  if (mo < 1 || mo > 12 || d < 1 || d > monthDays || h > 23 || mi > 59 || s > 60) refuse(iso);
  const seconds = (daysFromCivil(y, mo, d) - DAYS_BEFORE_2000) * 86_400 + h * 3600 + mi * 60 + s - offset * 60;
  return seconds * 1_000_000 + micros;
};
