// The exemption facet in real Chromium (harness.mjs): the tree as the Acts nest it, each ground's name and
// whether it is absolute or qualified, and the "any of" / "all of" switch.
import { test } from "node:test";
import assert from "node:assert/strict";
import { page, base, settled, shot } from "./harness.mjs";

const facet = () => page.locator('#results-view section[data-facet="exemption"]');
const row = (value) => facet().locator(`li[data-value="${value}"]`);
const countOf = async (value) => Number(await row(value).locator(".count").textContent());
const total = async () => Number((await page.textContent("#results-heading")).match(/^(\d+) documents?/)[1]);

// The value of the nearest row above `value` that is less indented: the row it is shown under.
const shownUnder = (value) =>
  page.evaluate((v) => {
    const rows = [...document.querySelectorAll('#results-view section[data-facet="exemption"] li.facet-row')];
    const depth = (r) => Number(r.className.match(/depth-(\d)/)[1]);
    const at = rows.findIndex((r) => r.dataset.value === v);
    for (let i = at - 1; i >= 0; --i) if (depth(rows[i]) < depth(rows[at])) return rows[i].dataset.value;
    return "";
  }, value);

test("exemptions nest as the Act does, each with its name and whether it is absolute or qualified", async () => {
  await page.goto(base + "/");
  await settled();
  assert.equal(await shownUnder("s40(5B)(a)(i)"), "s40(5B)(a)");
  assert.equal(await shownUnder("s40(5B)(a)"), "s40(5B)");
  assert.equal(await shownUnder("s40(5B)"), "s40");
  assert.equal(await shownUnder("s40"), "");
  assert.match(await row("s40(5B)(a)(i)").getAttribute("class"), /depth-3/);
  // a parent counts every document citing it or any child
  for (const child of ["s40(2)", "s40(5B)"]) assert.ok((await countOf("s40")) >= (await countOf(child)), child);
  assert.ok((await countOf("s40(5B)")) >= (await countOf("s40(5B)(a)(i)")));

  assert.equal(await row("s23").locator(".exemption-name").textContent(), "Security bodies");
  assert.equal(await row("s23").locator(".exemption-kind").textContent(), "absolute");
  assert.equal(await row("s31").locator(".exemption-name").textContent(), "Law enforcement");
  assert.equal(await row("s31").locator(".exemption-kind").textContent(), "qualified");
  assert.equal(await row("s40").locator(".exemption-kind").textContent(), "partly absolute");
  assert.match(await row("s40").locator(".exemption-kind").getAttribute("title"), /absolute for the requester's own data/);
  assert.ok(await row("s40(5B)(a)(i)").locator(".exemption-name").isVisible());
  await shot("exemptions-tree-1280");
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(base + "/");
  await settled();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 1, `names and marks fit a phone screen (${overflow}px)`);
  await shot("exemptions-tree-390");
});

test("a ticked parent counts the results; switching to 'all of' lists only documents citing every ticked ground", async () => {
  await page.goto(base + "/?exemption=s40");
  await settled();
  assert.equal(await countOf("s40"), await total());

  await page.goto(base + "/?exemption=s40(2)&exemption=s31(3)");
  await settled();
  const anyTotal = await total();
  assert.ok(await facet().locator('input[type="radio"][value="any"]').isChecked());
  await facet().locator('input[type="radio"][value="all"]').check();
  await page.waitForURL(/exemption_match=all/);
  await settled();
  const allTotal = await total();
  assert.ok(allTotal >= 1 && allTotal < anyTotal, `all of: ${allTotal}, any of: ${anyTotal}`);
  const hits = page.locator("#hits > li");
  assert.equal(await hits.count(), Math.min(allTotal, 10));
  for (const hit of await hits.all()) {
    const chips = await hit.locator(".chip.exemption").allTextContents();
    assert.ok(chips.includes("s40(2)") && chips.includes("s31(3)"), chips.join(" "));
  }
  const chips = await page.locator("#active-filters .chip").allTextContents();
  assert.ok(chips.includes("Exemption (all of): s40(2) ×") && chips.includes("Exemption (all of): s31(3) ×"), chips.join(" | "));
  // "all of" counts within the results: a ticked ground's count is the total
  assert.equal(await countOf("s40(2)"), allTotal);
  assert.equal(await countOf("s31(3)"), allTotal);
  await shot("exemptions-all-of-1280");
  await page.setViewportSize({ width: 390, height: 844 });
  await settled();
  await page.click("#filters-toggle"); // on a phone the filters open over the results
  await shot("exemptions-all-of-390");

  await facet().locator('input[type="radio"][value="any"]').check();
  await page.waitForURL((url) => !url.search.includes("exemption_match"));
  await settled();
  assert.equal(await total(), anyTotal);
  assert.ok((await page.locator("#active-filters .chip").allTextContents()).includes("Exemption: s40(2) ×"));
});
