// "Exemptions cited together" in real Chromium against a real foi-searchd (harness.mjs). Of the four documents
// "widget" finds in the fixture, only kent-2020 cites two grounds (s40(2) and s31(3)); the others cite one.
import { test } from "node:test";
import assert from "node:assert/strict";
import { page, base, settled, shot } from "./harness.mjs";

const rows = () => page.locator("#cooc-pairs > li");
const pairsShown = () => page.locator("#cooc-pairs a").evaluateAll((as) => as.map((a) => `${a.dataset.a}+${a.dataset.b}`));

async function openPanel() {
  await page.click("#cooc summary");
  await page.waitForSelector("#cooc[data-loaded]");
}

test("the pairs of exemptions a search's documents cite together, by section or with subsections, each a link to its documents", async () => {
  await page.goto(base + "/?q=widget");
  await settled();
  assert.equal(await page.isVisible("#cooc-pairs"), false, "closed until asked for");
  await openPanel();
  assert.deepEqual(await pairsShown(), ["s31+s40"]);
  assert.equal(await rows().first().locator(".count").textContent(), "1 document");
  assert.match(await page.textContent("#cooc-note"), /^1 document of 4 cites two or more; 1 pair\.$/);
  await shot("cooccurrence-sections-1280");

  await page.check('input[name=cooc-level][value="all"]');
  await page.waitForFunction(() => document.querySelectorAll("#cooc-pairs a").length === 4);
  assert.deepEqual((await pairsShown()).sort(), ["s31(3)+s40", "s31(3)+s40(2)", "s31+s40", "s31+s40(2)"]);

  // A pair's link is the search narrowed to documents citing both: exactly the count it showed.
  await page.click('#cooc-pairs a[data-a="s31(3)"][data-b="s40(2)"]');
  await page.waitForURL(/exemption=s31%283%29&exemption=s40%282%29&exemption_match=all/);
  await settled();
  const ids = await page.locator("#hits > li").evaluateAll((li) => li.map((x) => x.querySelector("a.hit-title").getAttribute("href")));
  assert.equal(ids.length, 1);
  assert.match(ids[0], /kent-2020/);
  assert.equal(await page.inputValue("#q"), "widget", "the words stay");

  // Still open, the panel follows the search: no Essex widget cites two grounds.
  await page.goto(base + "/?q=widget&force=Essex+Police");
  await settled();
  await openPanel();
  assert.equal(await rows().count(), 0);
  assert.equal(await page.textContent("#cooc-note"), "No document in these results cites two different exemptions.");
});

test("the cited-together panel at phone width", async () => {
  await page.setViewportSize({ width: 390, height: 844 });
  await page.goto(base + "/?q=widget");
  await settled();
  await openPanel();
  const box = await page.locator("#cooc").boundingBox();
  assert.ok(box.x >= 0 && box.x + box.width <= 390, `inside the screen (${box.x}..${box.x + box.width})`);
  await shot("cooccurrence-sections-390");
});
