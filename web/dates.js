// Dates as the reader writes them: the API speaks ISO ("2020-10-01", "2020-10"), the page shows them in the
// browser's locale ("1 Oct 2020" in en-GB, "Oct 1, 2020" in en-US). The date inputs are <input type="date">, which
// the browser already shows in its locale while their value stays ISO.

const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;
const ISO_MONTH = /^(\d{4})-(\d{2})$/;

// Midnight UTC, formatted in UTC, so no time zone moves a date to the day before.
const day = new Intl.DateTimeFormat(undefined, { dateStyle: "medium", timeZone: "UTC" });
const month = new Intl.DateTimeFormat(undefined, { month: "short", year: "numeric", timeZone: "UTC" });
const monthLong = new Intl.DateTimeFormat(undefined, { month: "long", year: "numeric", timeZone: "UTC" });

// "2020-10-01" in the reader's locale; anything that is not an ISO date is shown as it is.
export function formatDate(iso) {
  const m = ISO_DAY.exec(iso || "");
  return m ? day.format(Date.UTC(+m[1], +m[2] - 1, +m[3])) : iso;
}

// "2020-10" as "Oct 2020" (long: "October 2020"); a year ("2020") stays as it is.
export function formatMonth(iso, { long = false } = {}) {
  const m = ISO_MONTH.exec(iso || "");
  return m ? (long ? monthLong : month).format(Date.UTC(+m[1], +m[2] - 1, 1)) : iso;
}
