// The search page in real Chromium against a real foi-searchd over a fixture corpus indexed by foi-index (harness.mjs).
import { test } from "node:test";
import assert from "node:assert/strict";
import { page, base, PAYLOADS, allowConsoleErrors, settled, shot, shotWidths } from "./harness.mjs";

const hits = () => page.locator("#hits > li");
const facetRow = (facet, value) => page.locator(`#results-view section[data-facet="${facet}"] li[data-value="${value}"]`);
const countOf = async (facet, value) => Number(await facetRow(facet, value).locator(".count").textContent());

test("typing a query shows the hits, their total and highlighted snippets", async () => {
  await page.goto(base + "/");
  await page.fill("#q", "decoy");
  await page.press("#q", "Enter");
  await page.waitForURL(/q=decoy/);
  await settled();
  assert.equal(await hits().count(), 3);
  assert.match(await page.textContent("#results-heading"), /^3 documents for “decoy”/);
  assert.ok((await page.locator("#hits .snippet mark").count()) > 0);
  assert.ok((await page.locator("#hits .chip.exemption", { hasText: "s23(5)" }).count()) === 3);
  await shot("1-results");
});

test("ticking a facet narrows the list and changes the other counts; unticking restores them", async () => {
  await page.goto(base + "/?q=widget");
  await hits().first().waitFor();
  assert.equal(await hits().count(), 4);
  assert.equal(await countOf("exemption", "s40(2)"), 3);
  await facetRow("force", "Kent Police").locator("input").check();
  await page.waitForURL(/force=Kent\+Police/);
  await page.waitForFunction(() => document.querySelectorAll("#hits > li").length === 3);
  assert.equal(await countOf("exemption", "s40(2)"), 2);
  assert.equal(await countOf("force", "Essex Police"), 1, "a facet's own filter does not hide its other values");
  assert.equal(await page.locator("#active-filters button", { hasText: "Force: Kent Police" }).count(), 1);
  await shot("2-facet-ticked");
  await facetRow("force", "Essex Police").locator("input").check();
  await page.waitForFunction(() => document.querySelectorAll("#hits > li").length === 4);
  await facetRow("force", "Essex Police").locator("input").uncheck();
  await facetRow("force", "Kent Police").locator("input").uncheck();
  await page.waitForFunction(() => !location.search.includes("force="));
  await page.waitForFunction(() => document.querySelectorAll("#hits > li").length === 4);
  assert.equal(await countOf("exemption", "s40(2)"), 3);
});

test("the kind-of-document facet names kinds in people's words, and ticking one keeps only that kind", async () => {
  await page.goto(base + "/");
  await hits().first().waitFor();
  const threads = facetRow("doc_type", "thread");
  assert.equal((await threads.locator(".value").textContent()).trim(), "Request threads");
  assert.equal(await countOf("doc_type", "thread"), 3);
  await threads.locator("input").check();
  await page.waitForURL(/doc_type=thread/);
  await page.waitForFunction(() => document.querySelectorAll("#hits > li").length === 3);
  assert.equal(await page.locator("#active-filters button", { hasText: "Kind of document: Request threads" }).count(), 1);
  for (const chip of await page.locator("#hits .hit-meta .kind").allTextContents()) assert.equal(chip, "Request thread");
});

test("the neither-confirm-nor-deny facet says what it means, and ticking it keeps only such replies", async () => {
  await page.goto(base + "/");
  await hits().first().waitFor();
  const yes = facetRow("ncnd", "yes");
  assert.equal((await yes.locator(".value").textContent()).trim(), "Neither confirms nor denies");
  const flagged = await countOf("ncnd", "yes");
  assert.ok(flagged > 0);
  await yes.locator("input").check();
  await page.waitForURL(/ncnd=yes/);
  await page.waitForFunction((n) => document.querySelectorAll("#hits > li").length === n, flagged);
  assert.equal(await page.locator("#active-filters button", { hasText: "Neither confirm nor deny: Neither confirms nor denies" }).count(), 1);
  assert.equal(await page.locator("#hits .hit-meta .ncnd").count(), flagged, "every hit says it neither confirms nor denies");
});

test("exemptions are grouped by section with their subsections indented, and the long force list can be filtered", async () => {
  await page.goto(base + "/");
  await hits().first().waitFor();
  const s40 = facetRow("exemption", "s40");
  assert.equal(await s40.count(), 1);
  assert.match(await facetRow("exemption", "s40(5B)(a)(i)").getAttribute("class"), /depth-3/);
  assert.match(await facetRow("exemption", "s40(2)").getAttribute("class"), /depth-1/);
  const forceFilter = page.locator('input.facet-filter[data-facet="force"]');
  await forceFilter.fill("kent");
  assert.equal(await page.locator('section[data-facet="force"] li:not([hidden])').count(), 1);
  assert.ok(await facetRow("force", "Kent Police").isVisible());
  assert.ok(await facetRow("force", "Essex Police").isHidden());
  await s40.locator("input").check();
  await page.waitForURL(/exemption=s40/);
  await settled();
  assert.equal(await page.textContent("#results-heading"), "7 documents");
});

test("a date range, typed or picked on the histogram, narrows the results", async () => {
  await page.goto(base + "/?q=widget");
  await hits().first().waitFor();
  assert.ok((await page.locator("#histogram .bar").count()) >= 3);
  await page.fill("#from", "2020-01-01");
  await page.fill("#to", "2020-12-31");
  await page.click("#date-form button");
  await page.waitForURL(/from=2020-01-01&to=2020-12-31/);
  await page.waitForFunction(() => document.querySelectorAll("#hits > li").length === 3);
  await page.locator('#histogram .bar[data-period="2020-10"]').click();
  await page.waitForURL(/from=2020-10-01&to=2020-10-31/);
  await page.waitForFunction(() => document.querySelectorAll("#hits > li").length === 2);
  assert.equal(await page.locator("#histogram .bar.selected").count(), 1);
  await shot("3-date-range");
  await page.locator("#active-filters button", { hasText: "Date:" }).click();
  await page.waitForFunction(() => document.querySelectorAll("#hits > li").length === 4);
});

test("opening a document shows its text with query words and citations marked; Back returns", async () => {
  await page.goto(base + "/?q=decoy&sort=newest");
  await hits().first().waitFor();
  const firstTitle = await page.locator("#hits .hit-title").first().textContent();
  await page.locator("#hits .hit-title").first().click();
  await page.waitForURL(/doc=/);
  await page.locator("#doc-text mark.hit").first().waitFor();
  assert.equal(await page.textContent("#doc-title"), firstTitle);
  assert.ok(await page.isHidden("#results-view"));
  assert.ok((await page.locator("#doc-text mark.cite").count()) > 0, "exemption citations are marked");
  assert.match(await page.textContent("#doc-meta"), /s23\(5\)/);
  await shot("4-document", false);
  await page.click("#back");
  await page.waitForFunction(() => document.querySelectorAll("#hits > li").length === 3 && !location.search.includes("doc="));
  await page.locator("#hits .hit-title").first().click();
  await page.waitForURL(/doc=/);
  await page.goBack();
  await page.waitForFunction(() => !location.search.includes("doc=") && !document.getElementById("results-view").hidden);
  await page.goForward();
  await page.waitForFunction(() => location.search.includes("doc=") && !document.getElementById("doc-view").hidden);
});

test("the document view links to the document's source, and only for a web address", async () => {
  await page.goto(base + "/?doc=" + encodeURIComponent("widgets/kent-2019.txt"));
  await page.locator("#doc-source").waitFor();
  assert.equal(await page.getAttribute("#doc-source", "href"), "https://example.org/foi/kent-2019");
  assert.equal(await page.getAttribute("#doc-source", "rel"), "noopener noreferrer");
  await page.goto(base + "/?doc=" + encodeURIComponent("widgets/essex-2020.txt"));
  await page.waitForFunction(() => document.getElementById("doc-meta").textContent.includes("javascript:alert(9)"));
  assert.equal(await page.locator("#doc-source").count(), 0, "a script URL is shown as text, not linked");
  assert.equal(await page.locator("#doc-meta a[href^='javascript']").count(), 0);
});

test("a citation typed as words says how it was read, and one click searches the words alone", async () => {
  await page.goto(base + "/?q=" + encodeURIComponent("s.40(2)"));
  await page.locator("#reading-toggle").waitFor();
  assert.match(await page.textContent("#reading"), /s\.40\(2\).*read as exemption s40\(2\): documents citing it come first/);
  const cited = await hits().count();
  assert.ok(cited > 0, "documents citing s40(2) are listed although none writes 's.40(2)'");
  await shotWidths("citation-read-as");
  await page.click("#reading-toggle");
  await page.waitForURL(/words_only=1/);
  await page.waitForFunction(() => document.getElementById("reading").textContent.startsWith("Searching the words only"));
  await page.waitForFunction(() => document.getElementById("message").textContent.includes("No documents match"));
  await page.click("#reading-toggle");
  await page.waitForFunction(() => !location.search.includes("words_only"));
  await page.waitForFunction((n) => document.querySelectorAll("#hits > li").length === n, cited);
});

test("a shared URL reloads to the same state", async () => {
  const url = base + "/?q=widget&force=Kent+Police&sort=oldest&page=1";
  await page.goto(url);
  await hits().first().waitFor();
  const order = await page.locator("#hits .hit-title").allTextContents();
  await page.reload();
  await page.waitForFunction((n) => document.querySelectorAll("#hits > li").length === n, order.length);
  assert.deepEqual(await page.locator("#hits .hit-title").allTextContents(), order);
  assert.equal(await page.inputValue("#q"), "widget");
  assert.equal(await page.inputValue("#sort"), "oldest");
  assert.ok(await facetRow("force", "Kent Police").locator("input").isChecked());
  assert.deepEqual(order, ["Widget kent-2019", "Widget kent-2020", "Widget kent-2020b"]);
  await page.goto(base + "/?q=widget&doc=widgets%2Fessex-2020.txt");
  await page.waitForFunction(() => document.getElementById("doc-title").textContent === "Widget essex-2020");
});

test("document payloads stay text: in snippets, titles, file names and the document view", async () => {
  await page.goto(base + "/?q=gizmo");
  await page.waitForFunction(() => document.querySelectorAll("#hits > li").length === 4);
  const tags = await page.evaluate(() => [...document.querySelectorAll("#hits .snippet *")].map((e) => e.tagName));
  assert.ok(tags.length > 0);
  assert.ok(tags.every((t) => t === "MARK"), `snippets hold only <mark>: ${tags}`);
  const titles = await page.locator("#hits .hit-title").allTextContents();
  for (const p of PAYLOADS) assert.ok(titles.some((t) => t.startsWith(p)), `title shown as text: ${p}`);
  assert.equal(await page.locator("#hits img, #hits script, #hits svg, #hits a[href^='javascript']").count(), 0);
  await shot("5-xss-results");
  const count = await hits().count();
  for (let i = 0; i < count; ++i) {
    await page.goto(base + "/?q=gizmo");
    await hits().nth(i).waitFor();
    await page.locator("#hits .hit-title").nth(i).click();
    await page.waitForFunction(() => document.querySelectorAll("#doc-text mark").length > 0);
    assert.equal(await page.locator("#doc-view img, #doc-view script, #doc-view svg, #doc-view a[href^='javascript']").count(), 0);
    assert.match(await page.textContent("#doc-text"), /<img src=x onerror=window.__pwned=1>/);
  }
  await shot("6-xss-document", false);
});

test("a PDF hit says its page, and the document view marks where each page starts", async () => {
  await page.goto(base + "/?q=offenders");
  await page.waitForFunction(() => document.body.dataset.rendered === location.search);
  const pdfHit = page.locator("#hits > li", { has: page.locator('a[href*="refusal.pdf"]') });
  assert.equal(await pdfHit.count(), 1);
  assert.equal(await pdfHit.locator(".page").textContent(), "page 2");
  await pdfHit.locator(".hit-title").click();
  await page.locator("#doc-text .page-marker").first().waitFor();
  assert.deepEqual(await page.locator("#doc-text .page-marker").allTextContents(), ["Page 1", "Page 2"]);
  const order = await page.evaluate(() => {
    const text = document.getElementById("doc-text");
    const marker2 = document.getElementById("page-2");
    const hit = [...text.querySelectorAll("mark.hit")].find((m) => m.textContent.startsWith("offender"));
    return marker2.compareDocumentPosition(hit) & Node.DOCUMENT_POSITION_FOLLOWING;
  });
  assert.ok(order, "the highlighted word sits after the Page 2 marker");
  await shot("9-pdf-document", false);
});

test("no results say so and offer the spelling suggestion; an API error reads as a message", async () => {
  await page.goto(base + "/?q=decoyz");
  await page.locator("#message a").waitFor();
  assert.match(await page.textContent("#message"), /No documents match.*Did you mean decoy\?/);
  await page.click("#message a");
  await page.waitForFunction(() => document.querySelectorAll("#hits > li").length === 3);
  // A query that finds a few documents still offers the respelling that finds more.
  await page.goto(base + "/?q=" + encodeURIComponent("widgetz OR decoy"));
  await page.locator("#message a").waitFor();
  assert.match(await page.textContent("#message"), /Only 3 documents match\. Did you mean widget OR decoy\?/);
  assert.equal(await hits().count(), 3, "the few hits are still listed");
  await shotWidths("suggestion-few-hits");
  allowConsoleErrors(/status of 400/); // the browser logs the failed request itself
  await page.goto(base + "/?q=%28unclosed");
  await page.waitForFunction(() => document.getElementById("message").classList.contains("error"));
  assert.match(await page.textContent("#message"), /could not be run: a bracket is not closed/);
  await shot("7-error");
});

test("a quoted phrase finds and marks its other wordings; exact: and the query help keep the forms typed", async () => {
  for (const width of [1280, 390]) {
    await page.setViewportSize({ width, height: 900 });
    await page.goto(base + "/?q=" + encodeURIComponent('"neither confirm nor deny"'));
    await settled();
    const marks = await page.locator("#hits .snippet mark").allTextContents();
    assert.ok(marks.some((m) => m.toLowerCase() === "neither confirms nor denies"), `marks: ${marks.join(" | ")}`);
    await page.getByRole("button", { name: "Query help" }).click();
    assert.match(await page.textContent("#help"), /exact:"neither confirms nor denies"/);
    await shot(`phrase-inflected-${width}`);
  }
  await page.goto(base + "/?q=" + encodeURIComponent('exact:"neither confirm nor deny"'));
  await settled();
  const exact = await page.locator("#hits .snippet mark").allTextContents();
  assert.ok(!exact.some((m) => m.toLowerCase() === "neither confirms nor denies"), `marks: ${exact.join(" | ")}`);
});

test("the page works by keyboard, labels its controls and fits a phone screen", async () => {
  await page.setViewportSize({ width: 375, height: 800 });
  await page.goto(base + "/");
  await hits().first().waitFor();
  await page.focus("#q");
  await page.keyboard.type("widget");
  await page.keyboard.press("Enter");
  await page.waitForURL(/q=widget/);
  await page.waitForFunction(() => document.querySelectorAll("#hits > li").length === 4);
  await page.getByLabel("Sort").selectOption("newest");
  await page.waitForURL(/sort=newest/);
  await page.getByRole("button", { name: "Query help" }).press("Enter");
  assert.ok(await page.isVisible("#help"));
  const unlabelled = await page.evaluate(() =>
    [...document.querySelectorAll("input, select")].filter((e) => !e.labels?.length && !e.getAttribute("aria-label")).length);
  assert.equal(unlabelled, 0);
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 1, `no sideways scrolling at phone width (${overflow}px)`);
  await shot("8-phone");
});

test("the Export and Follow links carry the current query, filters, dates and order, and answer files", async () => {
  await page.goto(base + "/?q=widget&force=Kent+Police&exemption=s31(3)&from=2019-01-01&to=2020-12-31&sort=newest&page=1");
  await settled();
  await shotWidths("export-follow-links");
  const params = async (id) => new URL(await page.getAttribute(`#${id}`, "href"), base).searchParams;
  for (const [id, format] of [["export-csv", "csv"], ["export-jsonl", "jsonl"]]) {
    const p = await params(id);
    assert.equal(p.get("q"), "widget");
    assert.deepEqual(p.getAll("force"), ["Kent Police"]);
    assert.deepEqual(p.getAll("exemption"), ["s31(3)"]);
    assert.equal(p.get("from"), "2019-01-01");
    assert.equal(p.get("to"), "2020-12-31");
    assert.equal(p.get("sort"), "newest");
    assert.equal(p.get("format"), format);
    assert.equal(p.get("page"), null);
  }
  const feed = await params("follow-feed");
  assert.equal(feed.get("q"), "widget");
  assert.deepEqual(feed.getAll("force"), ["Kent Police"]);
  assert.equal(feed.get("from"), "2019-01-01");
  const csv = await page.evaluate(async () => (await fetch(document.getElementById("export-csv").href)).text());
  assert.equal(csv.trim().split("\r\n").length, 3, "the header and the two matching documents");
  const atom = await page.evaluate(async () => (await fetch(document.getElementById("follow-feed").href)).text());
  assert.equal((atom.match(/<entry>/g) || []).length, 2);
  // a new search moves the links with it
  await page.fill("#q", "decoy");
  await page.press("#q", "Enter");
  await page.waitForURL(/q=decoy/);
  await settled();
  assert.equal((await params("export-csv")).get("q"), "decoy");
  assert.equal((await params("follow-feed")).get("q"), "decoy");
});
