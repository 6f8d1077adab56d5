// The page's layout in real Chromium against a real foi-searchd (harness.mjs): the date histogram as a time axis
// (empty periods, a bar per year over long spans, inside the sidebar at every width), the phone layout (results
// first, a Filters button in both views), the keyboard (skip link, `/`, few Tabs to the first hit) and dates in the
// browser's locale. The fixture's widgets are dated Feb 2019, Jun 2020 and Oct 2020 (twice); its sprockets 2014,
// 2016 and 2019; its cogs Jan 2021, Dec 2023 and Jan 2024.
import { test } from "node:test";
import assert from "node:assert/strict";
import { page, base, browser, settled, shot } from "./harness.mjs";

const hits = () => page.locator("#hits > li");
const periods = () => page.locator("#histogram .bars > *");
const facetRow = (view, facet, value) => page.locator(`#${view} section[data-facet="${facet}"] li[data-value="${value}"]`);
const active = () => page.evaluate(() => document.activeElement && (document.activeElement.id || document.activeElement.className));

async function periodsShown() {
  return periods().evaluateAll((bars) => bars.map((b) => ({ period: b.dataset.period, count: Number(b.dataset.count), button: b.tagName === "BUTTON" })));
}

test("the histogram is a time axis: every month from the first to the last is a bar, an empty month an empty bar", async () => {
  await page.goto(base + "/?q=widget");
  await settled();
  const shown = await periodsShown();
  const expected = [];
  for (let y = 2019, m = 2; y < 2020 || m <= 10; m === 12 ? (y++, (m = 1)) : m++) expected.push(`${y}-${String(m).padStart(2, "0")}`);
  assert.deepEqual(shown.map((b) => b.period), expected, "21 months, Feb 2019 to Oct 2020, none left out");
  const counts = Object.fromEntries(shown.map((b) => [b.period, b.count]));
  assert.deepEqual([counts["2019-02"], counts["2020-06"], counts["2020-10"]], [1, 1, 2]);
  assert.equal(shown.filter((b) => b.count === 0).length, 18);
  assert.ok(shown.every((b) => b.button === b.count > 0), "a bar with documents is a button; an empty one is not");
  assert.equal(await page.getAttribute("#histogram", "data-unit"), "month");
  assert.deepEqual(await page.locator("#histogram .axis span").allTextContents(), ["Feb 2019", "Oct 2020"]);
  assert.match(await page.textContent("#histogram .axis-note"), /A bar per month/);
  const empty = await page.locator('#histogram .bar[data-period="2019-08"]').boundingBox();
  const full = await page.locator('#histogram .bar[data-period="2020-10"]').boundingBox();
  assert.ok(empty.height > 0 && empty.height < full.height / 4, `an empty bar is a stub (${empty.height}px against ${full.height}px)`);
  await shot("layout-histogram-months-1280");
  // A bar still picks its month as the range.
  await page.locator('#histogram .bar[data-period="2020-06"]').click();
  await page.waitForURL(/from=2020-06-01&to=2020-06-30/);
  await settled();
  assert.equal(await hits().count(), 1);
  assert.equal(await periods().count(), 21, "the histogram keeps the whole span, so the range can be widened");
  assert.deepEqual(await page.locator("#histogram .bar.selected").evaluateAll((b) => b.map((x) => x.dataset.period)), ["2020-06"]);
  // By keyboard the bars are one Tab stop (the selected one); the arrows move along the bars with documents.
  assert.deepEqual(await page.locator('#histogram .bar[tabindex="0"]').evaluateAll((b) => b.map((x) => x.dataset.period)), ["2020-06"]);
  await page.focus('#histogram .bar[data-period="2020-06"]');
  await page.keyboard.press("ArrowLeft");
  assert.equal(await page.evaluate(() => document.activeElement.dataset.period), "2019-02");
  await page.keyboard.press("Enter");
  await page.waitForURL(/from=2019-02-01&to=2019-02-28/);
  await settled();
  assert.equal(await page.evaluate(() => document.activeElement.dataset.period), "2019-02", "focus stays on the bar picked");
  await page.keyboard.press("End");
  assert.equal(await page.evaluate(() => document.activeElement.dataset.period), "2020-10");
});

test("dates spanning more than three years get a bar per year, empty years included, and a bar picks its year", async () => {
  await page.goto(base + "/?q=sprocket");
  await settled();
  assert.equal(await page.getAttribute("#histogram", "data-unit"), "year");
  const shown = await periodsShown();
  assert.deepEqual(shown.map((b) => `${b.period}:${b.count}`), ["2014:1", "2015:0", "2016:1", "2017:0", "2018:0", "2019:1"]);
  assert.match(await page.textContent("#histogram .axis-note"), /A bar per year, since the dates span more than three years/);
  assert.deepEqual(await page.locator("#histogram .axis span").allTextContents(), ["2014", "2019"]);
  await page.locator('#histogram .bar[data-period="2016"]').click();
  await page.waitForURL(/from=2016-01-01&to=2016-12-31/);
  await settled();
  assert.equal(await hits().count(), 1);
  assert.match(await hits().first().locator(".hit-title").textContent(), /sprocket-2016/);
  // Widgets and sprockets together span 2014 to 2020: years, summed from the months.
  await page.goto(base + "/?q=sprocket+OR+widget");
  await settled();
  assert.deepEqual((await periodsShown()).map((b) => `${b.period}:${b.count}`), ["2014:1", "2015:0", "2016:1", "2017:0", "2018:0", "2019:2", "2020:3"]);
  await shot("layout-histogram-years-1280");
});

test("the rule's edge: dates spanning 36 months get 36 month bars, 37 months a bar per year", async () => {
  await page.goto(base + "/?q=cog+NOT+latest");
  await settled();
  assert.equal(await page.getAttribute("#histogram", "data-unit"), "month");
  const months = await periodsShown();
  assert.equal(months.length, 36);
  assert.deepEqual([months[0].period, months[35].period], ["2021-01", "2023-12"]);
  await page.goto(base + "/?q=cog");
  await settled();
  assert.equal(await page.getAttribute("#histogram", "data-unit"), "year");
  assert.deepEqual((await periodsShown()).map((b) => `${b.period}:${b.count}`), ["2021:1", "2022:0", "2023:1", "2024:1"]);
});

// Every bar's box, and the bars' row, inside the sidebar's box.
async function histogramInsideSidebar(label) {
  const boxes = await page.evaluate(() => {
    const box = (e) => e.getBoundingClientRect().toJSON();
    return { aside: box(document.getElementById("search-filters")), row: box(document.querySelector("#histogram .bars")),
             bars: [...document.querySelectorAll("#histogram .bars > *")].map(box) };
  });
  assert.ok(boxes.bars.length > 0, `${label}: bars shown`);
  for (const b of [boxes.row, ...boxes.bars]) {
    assert.ok(b.left >= boxes.aside.left - 0.5 && b.right <= boxes.aside.right + 0.5, `${label}: ${JSON.stringify(b)} inside the sidebar ${JSON.stringify(boxes.aside)}`);
    assert.ok(b.width > 0, `${label}: a bar has a width`);
  }
  return boxes.bars.length;
}

test("the histogram stays inside the sidebar at 1280 and 390 px, with many bars or few", async () => {
  for (const q of ["", "widget", "sprocket OR widget", "cog NOT latest"]) {
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.goto(base + `/?q=${encodeURIComponent(q)}`);
    await settled();
    const n = await histogramInsideSidebar(`1280 px, q="${q}"`);
    await page.setViewportSize({ width: 390, height: 844 });
    await page.click("#filters-toggle");
    await page.locator("#search-filters").waitFor({ state: "visible" });
    assert.equal(await histogramInsideSidebar(`390 px, q="${q}"`), n);
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    assert.ok(overflow <= 1, `no sideways scrolling at 390 px (${overflow}px)`);
    if (q === "widget") await shot("layout-filters-panel-390", false);
  }
});

test("on a phone the results come first; the Filters button opens the filters over them, and a tick shows the new total", async () => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(base + "/?q=widget");
  await settled();
  assert.ok(await page.isHidden("#search-filters"), "the filters wait behind their button");
  const toggle = await page.locator("#filters-toggle").boundingBox();
  const first = await hits().first().boundingBox();
  assert.ok(toggle.y < first.y, "the Filters button is over the results");
  assert.ok(first.y < 844, `the first hit is on the first screen (at ${first.y}px)`);
  await shot("layout-search-390", false);
  await page.click("#filters-toggle");
  assert.ok(await page.isVisible("#search-filters"));
  assert.equal(await page.getAttribute("#filters-toggle", "aria-expanded"), "true");
  assert.equal(await page.textContent("#search-filters .panel-total"), "4 documents for “widget”");
  assert.equal(await page.evaluate(() => document.activeElement.className), "panel-close", "focus moves into the panel");
  await facetRow("results-view", "force", "Kent Police").locator("input").check();
  await page.waitForURL(/force=Kent\+Police/);
  await settled();
  assert.equal(await page.textContent("#search-filters .panel-total"), "3 documents for “widget”", "the panel shows the tick's effect");
  assert.ok(await page.isVisible("#search-filters"), "the panel stays open for another tick");
  await shot("layout-search-filters-ticked-390", false);
  await page.click("#search-filters .panel-close");
  assert.ok(await page.isHidden("#search-filters"));
  assert.equal(await hits().count(), 3);
  assert.ok(await hits().first().isVisible());
  assert.equal(await page.textContent("#filters-toggle"), "Filters (1 applied)");
  assert.equal(await active(), "filters-toggle", "focus returns to the button");
  await page.keyboard.press("Enter");
  assert.ok(await page.isVisible("#search-filters"));
  await page.keyboard.press("Escape");
  assert.ok(await page.isHidden("#search-filters"), "Escape closes the panel");
  // At desktop width there is no button: the sidebar is beside the results.
  await page.setViewportSize({ width: 1280, height: 900 });
  assert.ok(await page.isHidden("#filters-toggle"));
  assert.ok(await page.isVisible("#search-filters"));
  const aside = await page.locator("#search-filters").boundingBox();
  const results = await hits().first().boundingBox();
  assert.ok(aside.x + aside.width <= results.x, "the sidebar is to the left of the results");
  await shot("layout-search-1280");
});

test("in Precedents on a phone the wording comes first and the Filters button opens the choices", async () => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(base + "/?view=precedents");
  await settled();
  assert.ok(await page.isHidden("#p-filters"));
  const toggle = await page.locator("#p-filters-toggle").boundingBox();
  const first = await page.locator("#p-cards > li").first().boundingBox();
  assert.ok(toggle && toggle.y < first.y, "the Filters button is over the cards");
  const before = await page.textContent("#p-heading");
  await shot("layout-precedents-390", false);
  await page.click("#p-filters-toggle");
  assert.ok(await page.isVisible("#p-filters"));
  assert.equal(await page.textContent("#p-filters .panel-total"), before);
  await facetRow("precedents-view", "exemption", "s23(5)").locator("input").check();
  await page.waitForURL(/exemption=s23%285%29/);
  await settled();
  const after = await page.textContent("#p-filters .panel-total");
  assert.match(after, /^\d+ wording variants?$/);
  assert.notEqual(after, before, "the panel shows the tick's effect");
  assert.equal(after, await page.textContent("#p-heading"));
  await page.click("#p-filters .panel-close");
  assert.ok(await page.isHidden("#p-filters"));
  assert.ok(await page.locator("#p-cards > li").first().isVisible());
  assert.equal(await page.textContent("#p-filters-toggle"), "Filters (1 applied)");
  // Comparing a paragraph has no filters, so no button.
  await page.goto(base + `/?view=precedents&text=${encodeURIComponent("Confirming or denying whether the information is held would contravene Section 23 of the Act")}`);
  await settled();
  assert.ok(await page.isHidden("#p-filters-toggle"));
});

test("Skip to results is the first Tab stop and the first hit is a few Tab presses away", async () => {
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(base + "/");
  await settled();
  // Without the link: how far the first hit is past the header and the sidebar's bars, dates and facets.
  let without = 0;
  while (without < 2000 && !(await page.evaluate(() => document.activeElement.matches("#hits .hit-title")))) {
    await page.keyboard.press("Tab");
    ++without;
  }
  await page.goto(base + "/");
  await settled();
  let tabs = 0;
  await page.keyboard.press("Tab");
  ++tabs;
  assert.equal(await active(), "skip-link", "the skip link is the first thing Tab reaches");
  assert.equal(await page.textContent("#skip-link"), "Skip to results");
  const link = await page.locator("#skip-link").boundingBox();
  assert.ok(link.x >= 0 && link.y >= 0, "it is on screen while focused");
  await shot("layout-skip-link-1280", false);
  await page.keyboard.press("Enter");
  while (tabs < 20 && !(await page.evaluate(() => document.activeElement.matches("#hits .hit-title")))) {
    await page.keyboard.press("Tab");
    ++tabs;
  }
  console.log(`Tab presses to the first hit: ${tabs} with the skip link, ${without} without`);
  assert.ok(tabs <= 5, `${tabs} Tab presses to the first hit`);
  assert.ok(without > tabs, "the skip link saves Tab presses");
  assert.equal(await page.evaluate(() => document.activeElement.textContent), await hits().first().locator(".hit-title").textContent());
  // In Precedents the link goes to the cards.
  await page.goto(base + "/?view=precedents");
  await settled();
  await page.keyboard.press("Tab");
  await page.keyboard.press("Enter");
  await page.keyboard.press("Tab");
  assert.ok(await page.evaluate(() => document.querySelector("#p-cards > li").contains(document.activeElement)), "one Tab after the link is in the first card");
  // Over a document it goes to the document.
  await page.goto(base + "/?doc=000_7c431f6c32de453a.txt");
  await settled();
  await page.keyboard.press("Tab");
  assert.equal(await page.textContent("#skip-link"), "Skip to the document");
  await page.keyboard.press("Enter");
  assert.equal(await active(), "doc-title");
});

test("/ focuses the search box, but not while typing in another field", async () => {
  await page.goto(base + "/?q=widget");
  await settled();
  await page.keyboard.press("/");
  assert.equal(await active(), "q");
  assert.equal(await page.inputValue("#q"), "widget", "the slash is not typed into the box");
  await page.keyboard.type("gizmo");
  assert.equal(await page.inputValue("#q"), "gizmo", "the old words were selected, so typing replaces them");
  // In the force list's filter box, a slash is text.
  const filter = page.locator('input.facet-filter[data-facet="force"]');
  await page.goto(base + "/");
  await settled();
  await filter.focus();
  await page.keyboard.type("a/b");
  assert.equal(await filter.inputValue(), "a/b");
  assert.equal(await page.evaluate(() => document.activeElement.dataset.facet), "force");
  // From a tick box it is a shortcut again.
  await filter.fill("");
  await facetRow("results-view", "force", "Kent Police").locator("input").focus();
  await page.keyboard.press("/");
  assert.equal(await active(), "q");
  // In Precedents it is the view's own search box.
  await page.goto(base + "/?view=precedents");
  await settled();
  await page.keyboard.press("/");
  assert.equal(await active(), "p-q");
  await page.focus("#p-text");
  await page.keyboard.type("and/or");
  assert.equal(await page.inputValue("#p-text"), "and/or");
});

test("dates are shown in the browser's locale while the URL and the API keep ISO dates", async () => {
  const url = base + "/?q=widget&sort=oldest&from=2019-01-01&to=2020-12-31";
  const read = async (p) => {
    await p.goto(url);
    await p.waitForFunction(() => document.body.dataset.rendered === location.search);
    return { hit: await p.locator("#hits .hit-meta .date").first().textContent(),
             chip: await p.locator("#active-filters button", { hasText: "Date:" }).textContent(),
             from: await p.inputValue("#from"),
             axis: await p.locator("#histogram .axis span").first().textContent() };
  };
  const uk = await read(page);
  assert.deepEqual(uk, { hit: "1 Feb 2019", chip: "Date: 1 Jan 2019 to 31 Dec 2020 ×", from: "2019-01-01", axis: "Feb 2019" });
  const context = await browser.newContext({ locale: "en-US" });
  try {
    const us = await context.newPage();
    const errors = [];
    us.on("pageerror", (e) => errors.push(String(e)));
    const shown = await read(us);
    assert.deepEqual(shown, { hit: "Feb 1, 2019", chip: "Date: Jan 1, 2019 to Dec 31, 2020 ×", from: "2019-01-01", axis: "Feb 2019" });
    assert.notEqual(shown.hit, uk.hit);
    await us.locator("#hits .hit-title").first().click();
    await us.waitForFunction(() => document.body.dataset.rendered === location.search && location.search.includes("doc="));
    assert.match(await us.textContent("#doc-meta"), /DateFeb 1, 2019/);
    assert.deepEqual(errors, []);
  } finally {
    await context.close();
  }
  assert.match(page.url(), /from=2019-01-01&to=2020-12-31/);
});
