// Deep paging in real Chromium against a real foi-searchd (harness.mjs): a page far past the end keeps the
// facets and says there are no more results, with a way back to the last page.
import { test } from "node:test";
import assert from "node:assert/strict";
import { page, base, settled, shotWidths } from "./harness.mjs";

const facetRow = (facet, value) => page.locator(`#results-view section[data-facet="${facet}"] li[data-value="${value}"]`);
const countOf = async (facet, value) => Number(await facetRow(facet, value).locator(".count").textContent());

test("a page far past the end keeps the facets and says there are no more results", async () => {
  await page.goto(base + "/?q=widget");
  await settled();
  const heading = await page.textContent("#results-heading");
  const kent = await countOf("force", "Kent Police");
  assert.ok(kent > 0);
  for (const far of ["2000", "99999999999999999999999"]) {
    await page.goto(base + `/?q=widget&page=${far}`);
    await settled();
    assert.equal(await page.locator("#hits > li").count(), 0);
    assert.equal(await page.textContent("#results-heading"), heading, "the total is the search's, not an error");
    assert.match(await page.textContent("#message"), /No more results/);
    assert.doesNotMatch(await page.getAttribute("#message", "class"), /error/);
    assert.equal(await countOf("force", "Kent Police"), kent, "the facets are page 1's");
  }
  await shotWidths("paging-past-the-end");
  await page.locator("#pager button", { hasText: "Last page" }).click();
  await page.waitForURL((u) => !u.search.includes("page="));
  await settled();
  assert.ok((await page.locator("#hits > li").count()) > 0);
  assert.equal(await page.textContent("#message").then((t) => t.trim()), "");
});
