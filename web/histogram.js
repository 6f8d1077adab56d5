// The date histogram of the search view: a time axis built from the API's `month` facet. Every period between the
// first and the last dated document gets a bar, so a month (or year) with no documents shows as an empty bar. The
// rule for the bar size: a bar per month while the dates span at most MAX_MONTH_BARS months (three years), else a
// bar per year (the page says which). A bar picks its period as the From/To range; shift-click extends the range.
// The bars are one Tab stop: the arrow keys, Home and End move between them.

import { el } from "./dom.js";
import { navigate } from "./state.js";
import { formatMonth } from "./dates.js";

export const MAX_MONTH_BARS = 36;

const pad = (n) => String(n).padStart(2, "0");
const monthNumber = (value) => {
  const [y, m] = value.split("-").map(Number);
  return y * 12 + m - 1;
};
const monthValue = (n) => `${Math.floor(n / 12)}-${pad((n % 12) + 1)}`;

// [{value, count}] for every month (or year) from the first dated document to the last, and which unit it is.
// Years are summed from the months, so both come from the one facet.
export function timeline(months) {
  const dated = months.filter((b) => /^\d{4}-\d{2}$/.test(b.value) && b.count > 0);
  if (!dated.length) return { unit: "month", bars: [] };
  const numbers = dated.map((b) => monthNumber(b.value));
  const first = Math.min(...numbers);
  const last = Math.max(...numbers);
  const byMonth = last - first + 1 <= MAX_MONTH_BARS;
  const key = byMonth ? (b) => b.value : (b) => b.value.slice(0, 4);
  const counts = new Map();
  for (const b of dated) counts.set(key(b), (counts.get(key(b)) || 0) + b.count);
  const bars = [];
  if (byMonth) for (let n = first; n <= last; ++n) bars.push(monthValue(n));
  else for (let y = Math.floor(first / 12); y <= Math.floor(last / 12); ++y) bars.push(String(y));
  return { unit: byMonth ? "month" : "year", bars: bars.map((value) => ({ value, count: counts.get(value) || 0 })) };
}

function lastDay(year, month) {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function periodRange(value) {
  if (/^\d{4}$/.test(value)) return [`${value}-01-01`, `${value}-12-31`];
  const [y, m] = value.split("-").map(Number);
  return [`${value}-01`, `${value}-${pad(lastDay(y, m))}`];
}

function bar(s, b, max) {
  const [from, to] = periodRange(b.value);
  const name = formatMonth(b.value, { long: true });
  if (!b.count) return el("span", { class: "bar empty", title: `${name}: none`, "data-period": b.value, "data-count": "0" });
  const inRange = (!s.from || to >= s.from) && (!s.to || from <= s.to) && (s.from || s.to);
  const level = Math.max(1, Math.round((b.count / max) * 10));
  return el("button", {
    type: "button",
    class: `bar h${level}${inRange ? " selected" : ""}`,
    title: `${name}: ${b.count}`,
    "aria-label": `${name}: ${b.count} documents. Choose this period; shift-click extends the range`,
    "data-period": b.value,
    "data-count": String(b.count),
    onclick: (e) => {
      if (e.shiftKey && s.from) navigate({ to: to > s.from ? to : s.to, from: from < s.from ? from : s.from, page: 1 });
      else navigate({ from, to, page: 1 });
    },
  });
}

// One Tab stop for the row (the selected bar, else the latest); the arrow keys move along it.
function roving(row) {
  const buttons = [...row.querySelectorAll("button")];
  const current = buttons.find((b) => b.classList.contains("selected")) || buttons[buttons.length - 1];
  for (const b of buttons) b.tabIndex = b === current ? 0 : -1;
  row.addEventListener("keydown", (e) => {
    const i = buttons.indexOf(document.activeElement);
    const next = { ArrowLeft: i - 1, ArrowRight: i + 1, Home: 0, End: buttons.length - 1 }[e.key];
    if (i < 0 || next === undefined || !buttons[next]) return;
    e.preventDefault();
    buttons[i].tabIndex = -1;
    buttons[next].tabIndex = 0;
    buttons[next].focus();
  });
}

export function renderHistogram(box, s, data) {
  // A bar picked by keyboard re-renders the histogram: keep focus on the same period.
  const focused = box.contains(document.activeElement) ? document.activeElement.dataset.period : null;
  box.replaceChildren();
  const { unit, bars } = timeline(data.facets.month || []);
  box.dataset.unit = unit;
  if (!bars.length) {
    box.append(el("p", { class: "empty", text: "No dated documents" }));
    return;
  }
  const max = Math.max(...bars.map((b) => b.count));
  const row = el("div", { class: "bars" }, ...bars.map((b) => bar(s, b, max)));
  const ends = el("p", { class: "axis" }, el("span", { text: formatMonth(bars[0].value) }), el("span", { text: formatMonth(bars[bars.length - 1].value) }));
  const rule = unit === "month" ? "A bar per month; an empty bar is a month with no documents." : "A bar per year, since the dates span more than three years; an empty bar is a year with no documents.";
  box.append(row, ends, el("p", { class: "axis-note", text: rule }));
  roving(row);
  const again = focused && row.querySelector(`button[data-period="${focused}"]`);
  if (again) again.focus();
}
