// The Precedents view and the document view's passages, in real Chromium against a real foi-searchd over the
// fixture corpus of harness.mjs (the five seed documents supply the shared refusal wording).
import { test } from "node:test";
import assert from "node:assert/strict";
import { page, base, PAYLOADS, allowConsoleErrors, settled, shot } from "./harness.mjs";

const AS = "Avon and Somerset Constabulary";
const WEST_MERCIA = "West Mercia Police";
const ESSEX = "Essex Police";
const WEST_MIDLANDS = "West Midlands Police";
const AS_DOC = "000_7c431f6c32de453a.txt";
const S23_PARAGRAPH =
  "Confirming or denying the existence of whether any other information is held would contravene the constrictions " +
  "laid out within Section 23 of the Freedom of Information Act 2000 in that this stipulates a generic bar on " +
  "disclosure of any information supplied by, or concerning, certain Security Bodies.";

const facetRow = (facet, value) => page.locator(`#precedents-view section[data-facet="${facet}"] li[data-value="${value}"]`);
const cards = () => page.locator("#p-cards > li.card");
const cardUsedBy = (n) => cards().filter({ has: page.locator(".used-by", { hasText: `Used by ${n} authorities` }) });
const sorted = (a) => [...a].sort();
// A card's wording without its heading.
const wordingOf = (card) =>
  card.locator(".wording").evaluate((b) => [...b.childNodes].filter((n) => !n.classList?.contains("wording-heading")).map((n) => n.textContent).join(""));
const cardAuthorities = () => page.locator("#p-cards .card-authority").allTextContents();

async function openMembers(card, n) {
  await card.locator(".members-toggle").click();
  await page.waitForFunction(([id, n]) => document.querySelectorAll(`#p-cards li[data-passage="${id}"] .member`).length === n,
    [await card.getAttribute("data-passage"), n]);
  await settled();
}

test("precedents: s23(5) and NCND chosen from the facets show one wording used by four authorities, whose members differ word by word", async () => {
  await page.goto(base + "/");
  await settled();
  await page.click("#tab-precedents");
  await page.waitForURL(/view=precedents/);
  await settled();
  assert.equal(await page.getAttribute("#tab-precedents", "aria-current"), "page");
  assert.ok(Number(await facetRow("exemption", "s23(5)").locator(".count").textContent()) > 0, "exemptions come with counts");
  await facetRow("exemption", "s23(5)").locator("input").check();
  await page.waitForURL(/exemption=s23%285%29/);
  await settled();
  assert.equal(await facetRow("role", "ncnd").locator(".value").textContent(), "Neither confirm nor deny");
  await facetRow("role", "ncnd").locator("input").check();
  await page.waitForURL(/role=ncnd/);
  await settled();
  assert.match(await page.textContent("#p-heading"), /^\d+ wording variants?$/);
  const card = cardUsedBy(4);
  assert.equal(await card.count(), 1);
  assert.equal(await card.locator(".size").textContent(), "4 passages");
  assert.match(await card.locator(".seen").textContent(), /first seen 4 Jan 2021, last seen 22 Jan 2021/);
  assert.equal(await card.locator(".chip.role").textContent(), "Neither confirm nor deny");
  assert.deepEqual(await card.locator(".chip.exemption").allTextContents(), ["s23(5)"]);
  assert.match(await wordingOf(card), /^Confirming or denying the existence/);
  await openMembers(card, 4);
  assert.equal(await card.locator(".members-toggle").getAttribute("aria-expanded"), "true");
  assert.deepEqual(sorted(await card.locator(".member .member-authority").allTextContents()), sorted([AS, WEST_MERCIA, ESSEX, WEST_MIDLANDS]));
  assert.equal(await card.locator(".member .chip.central").count(), 1, "the central wording is marked");
  assert.ok((await card.locator(".member ins, .member del").count()) > 0, "differences are marked");
  const westMercia = card.locator(".member", { hasText: WEST_MERCIA });
  assert.deepEqual(await westMercia.locator("ins").allTextContents(), ["applied", "concerning"]);
  assert.deepEqual(await westMercia.locator("del").allTextContents(), ["supplied", "concerning, certain"]);
  assert.match(page.url(), /open=/, "the open card is in the URL");
  await shot("10-precedents-cluster");
});

test("precedents: s31(3) and harm show the 'As you may be aware' wording used by Avon and Somerset and Essex", async () => {
  await page.goto(base + "/?view=precedents&exemption=s31(3)&role=harm");
  await settled();
  assert.ok(await facetRow("exemption", "s31(3)").locator("input").isChecked());
  assert.ok(await facetRow("role", "harm").locator("input").isChecked());
  const pairs = cardUsedBy(2);
  const wordings = await Promise.all((await pairs.all()).map(wordingOf));
  const i = wordings.findIndex((w) => w.startsWith("As you may be aware, disclosure under FOIA"));
  assert.ok(i >= 0, `a card used by 2 authorities starts "As you may be aware": ${wordings}`);
  const card = pairs.nth(i);
  await openMembers(card, 2);
  assert.deepEqual(sorted(await card.locator(".member .member-authority").allTextContents()), [AS, ESSEX]);
  assert.equal(await card.locator(".member ins, .member del").count(), 0, "identical copies show no differences");
  await shot("11-precedents-harm");
});

test("precedents: a pasted paragraph lists the passages worded like it with their similarity and cluster size", async () => {
  await page.goto(base + "/?view=precedents");
  await settled();
  await page.fill("#p-text", S23_PARAGRAPH);
  await page.getByRole("button", { name: "Find similar wording" }).click();
  await page.waitForURL(/text=Confirming/);
  await settled();
  assert.match(await page.textContent("#p-heading"), /^\d+ passages worded like your paragraph$/);
  const authorities = await cardAuthorities();
  for (const a of [AS, WEST_MERCIA, ESSEX, WEST_MIDLANDS]) assert.ok(authorities.includes(a), `${a} in ${authorities}`);
  const similarities = await page.locator("#p-cards .similarity").allTextContents();
  assert.ok(similarities.every((s) => ["Same wording", "Close", "Loosely similar"].includes(s)), String(similarities));
  assert.equal(similarities[0], "Same wording", "the same wording first");
  const scores = await page.locator("#p-cards .similarity-score").allTextContents();
  assert.equal(scores[0], "(100% alike)");
  const percents = scores.map((s) => parseInt(s.slice(1), 10));
  assert.deepEqual(percents, [...percents].sort((a, b) => b - a), "most similar first");
  const westMercia = cards().filter({ has: page.locator(".card-authority", { hasText: WEST_MERCIA }) }).first();
  assert.equal(await westMercia.locator(".size").textContent(), "4 passages");
  assert.ok(await page.locator("#precedents-view .facets").isHidden(), "no facets for a comparison");
  assert.equal(await page.inputValue("#p-text"), S23_PARAGRAPH);
  await shot("12-precedents-pasted");
});

test("document view: passages carry their role and exemptions; 'Similar wording' lists other authorities' copies; Back returns", async () => {
  await page.goto(base + `/?doc=${AS_DOC}`);
  await settled();
  const passages = page.locator("#doc-text .passage");
  assert.ok((await passages.count()) > 10);
  assert.ok((await page.locator('#doc-text .passage[data-role="harm"]').count()) > 0);
  assert.ok((await page.locator('#doc-text .passage[data-role="ncnd"]').count()) > 0);
  const s23 = page.locator(`#doc-text .passage[data-passage="${AS_DOC}#p5"]`);
  assert.equal(await s23.locator(".chip.role").textContent(), "Neither confirm nor deny");
  assert.deepEqual(await s23.locator(".chip.exemption").allTextContents(), ["s23(5)"]);
  assert.equal(await s23.locator(".chip.shared").textContent(), "wording used by 4 authorities");
  assert.match(await s23.textContent(), /Confirming or denying the existence of whether any other information/);
  const harm = page.locator(`#doc-text .passage[data-passage="${AS_DOC}#p8"]`);
  assert.match(await harm.textContent(), /As you may be aware, disclosure under FOIA/);
  assert.deepEqual(await harm.locator(".chip.exemption").allTextContents(), ["s31(3)"]);
  assert.equal(await page.locator("#doc-text mark.cite").count() > 0, true, "citations are still marked");
  await s23.scrollIntoViewIfNeeded();
  await shot("13-document-passages", false);
  await s23.getByRole("link", { name: /Similar wording/ }).click();
  await page.waitForURL(/view=precedents&passage=/);
  await settled();
  assert.match(await page.textContent("#p-heading"), /passages? worded like this passage$/);
  assert.match(await page.textContent("#p-source"), /Avon and Somerset Constabulary.*Confirming or denying the existence/s);
  const authorities = await cardAuthorities();
  for (const a of [WEST_MERCIA, ESSEX, WEST_MIDLANDS]) assert.ok(authorities.includes(a), `${a} in ${authorities}`);
  const ids = await cards().evaluateAll((items) => items.map((li) => li.dataset.passage));
  assert.ok(ids.every((id) => !id.startsWith(`${AS_DOC}#`)), "only other documents' passages");
  assert.ok((await page.locator("#p-cards .similarity").count()) === ids.length);
  await shot("14-similar-wording");
  await page.goBack();
  await settled();
  assert.ok(await page.isVisible("#doc-view"));
  assert.equal(await page.textContent("#doc-title"), "Paedophile hunters and online grooming offences");
  await page.locator(`#doc-text .passage[data-passage="${AS_DOC}#p5"]`).waitFor();
});

test("precedents: a member's document link opens the document at that passage, and Back returns to the cards", async () => {
  await page.goto(base + "/?view=precedents&exemption=s23(5)&role=ncnd");
  await settled();
  const card = cardUsedBy(4);
  await openMembers(card, 4);
  await card.locator(".member", { hasText: ESSEX }).locator("a.doc-link").click();
  await page.waitForURL(/doc=002_/);
  await settled();
  const target = page.locator("#doc-text .passage.target");
  assert.equal(await target.count(), 1);
  assert.match(await target.textContent(), /Confirming or denying the existence/);
  assert.equal(await page.textContent("#back"), "← Back to precedents");
  await page.click("#back");
  await settled();
  assert.ok(await page.isVisible("#precedents-view"));
  assert.equal(await cardUsedBy(4).locator(".member").count(), 4, "the open card is open again");
});

test("precedents: a URL reloads to the same cards, open ones included, and Back/Forward move between choices", async () => {
  await page.goto(base + "/?view=precedents&exemption=s23(5)&role=ncnd");
  await settled();
  await openMembers(cardUsedBy(4), 4);
  const url = page.url();
  const ids = await cards().evaluateAll((items) => items.map((li) => li.dataset.passage));
  await page.reload();
  await settled();
  assert.equal(page.url(), url);
  assert.deepEqual(await cards().evaluateAll((items) => items.map((li) => li.dataset.passage)), ids);
  assert.equal(await cardUsedBy(4).locator(".member").count(), 4);
  assert.ok(await facetRow("role", "ncnd").locator("input").isChecked());
  await facetRow("role", "ncnd").locator("input").uncheck();
  await page.waitForFunction(() => !location.search.includes("role="));
  await settled();
  assert.notDeepEqual(await cards().evaluateAll((items) => items.map((li) => li.dataset.passage)), ids);
  await page.goBack();
  await settled();
  assert.equal(page.url(), url);
  assert.deepEqual(await cards().evaluateAll((items) => items.map((li) => li.dataset.passage)), ids);
  await page.goto(base + "/?view=precedents&text=" + encodeURIComponent(S23_PARAGRAPH));
  await settled();
  const similar = await cardAuthorities();
  await page.reload();
  await settled();
  assert.equal(await page.inputValue("#p-text"), S23_PARAGRAPH);
  assert.deepEqual(await cardAuthorities(), similar);
  await page.click("#tab-search");
  await settled();
  assert.ok(await page.isVisible("#results-view"));
  await page.goBack();
  await settled();
  assert.deepEqual(await cardAuthorities(), similar);
});

test("precedents: empty results, a paragraph too short or too long, and API errors read as messages", async () => {
  await page.goto(base + "/?view=precedents&q=zebracrossing");
  await settled();
  assert.match(await page.textContent("#p-message"), /No passages match these words and filters/);
  assert.equal(await cards().count(), 0);
  await page.click("#p-paste button[type=submit]");
  assert.equal(await page.textContent("#p-paste-note"), "Paste a paragraph first.");
  assert.match(page.url(), /q=zebracrossing/, "nothing to compare: no navigation");
  await page.fill("#p-text", "word ".repeat(14000));
  await page.click("#p-paste button[type=submit]");
  assert.match(await page.textContent("#p-paste-note"), /too long to compare \(69,999 bytes; the limit is 65,536/);
  assert.equal(await page.getAttribute("#p-text", "aria-invalid"), "true");
  allowConsoleErrors(/status of 40[04]/); // the browser logs the failed requests itself
  await page.fill("#p-text", "too short");
  await page.click("#p-paste button[type=submit]");
  await page.waitForURL(/text=too\+short/);
  await settled();
  assert.match(await page.textContent("#p-message"), /The comparison could not be run: too few words to compare wording/);
  assert.ok(await page.locator("#p-message").evaluate((m) => m.classList.contains("error")));
  await shot("15-precedents-error");
  await page.goto(base + "/?view=precedents&role=nonsense");
  await settled();
  assert.match(await page.textContent("#p-message"), /could not be run: not a passage role: nonsense/);
  await page.goto(base + "/?view=precedents&passage=" + encodeURIComponent("nope.txt#p1"));
  await settled();
  assert.match(await page.textContent("#p-message"), /no passage with that id/);
});

test("precedents and passages keep document text as text", async () => {
  await page.goto(base + "/?view=precedents&q=markup");
  await settled();
  assert.ok((await cards().count()) >= 2);
  const text = await page.textContent("#p-cards");
  for (const p of PAYLOADS) assert.ok(text.includes(p), `shown as text: ${p}`);
  const bad = "img, script, svg, iframe, a[href^='javascript']";
  assert.equal(await page.locator(`#precedents-view :is(${bad})`).count(), 0);
  const tags = await page.evaluate(() => [...document.querySelectorAll("#p-cards .wording *")].map((e) => e.tagName));
  assert.ok(tags.every((t) => ["SPAN", "MARK"].includes(t)), `wording holds only its heading and marks: ${tags}`);
  const similar = cards().first().getByRole("link", { name: /worded like this one/ });
  await similar.click();
  await settled();
  assert.equal(await page.locator(`#precedents-view :is(${bad})`).count(), 0);
  assert.ok((await page.textContent("#p-source")).includes(PAYLOADS[0]) || (await page.textContent("#p-source")).includes(PAYLOADS[3]));
  await page.locator("#p-source a.doc-link").click();
  await settled();
  assert.ok((await page.locator("#doc-text .passage").count()) >= 2);
  assert.equal(await page.locator(`#doc-view :is(${bad})`).count(), 0);
  assert.match(await page.textContent("#doc-text"), /Section 31\(3\) <script>window.__pwned=2<\/script>/);
  await page.goto(base + "/?view=precedents");
  await settled();
  await page.fill("#p-text", `${PAYLOADS.join(" ")} the harm in confirming whether the markup is held would fall on law enforcement tactics`);
  await page.click("#p-paste button[type=submit]");
  await settled();
  assert.equal(await page.locator(`#precedents-view :is(${bad})`).count(), 0);
  assert.ok((await cards().count()) > 0);
  await shot("16-precedents-xss");
});

// The Avon and Somerset response's own text, from the API: what an officer would copy out of the letter.
async function lettersText(id, from, chars) {
  const doc = await page.evaluate(async (id) => (await fetch(`/api/doc?id=${encodeURIComponent(id)}`)).json(), id);
  const start = doc.text.indexOf(from);
  assert.ok(start >= 0, `${from} in ${id}`);
  const end = doc.text.lastIndexOf("\n\n", start + chars); // whole paragraphs, as copied out of a letter
  return doc.text.slice(start, end);
}

test("precedents: a pasted letter is compared paragraph by paragraph and finds its own document first", async () => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(base + "/?view=precedents");
  await settled();
  const letter = await lettersText(AS_DOC, "Confirming or denying the existence", 6000); // pages of the letter
  assert.ok(encodeURIComponent(letter).length > 7000);
  await page.fill("#p-text", letter);
  await page.getByRole("button", { name: "Find similar wording" }).click();
  await page.waitForURL(/view=precedents&paste=/); // too long for a URL: kept in the tab, POSTed
  await settled();
  const groups = page.locator("#p-cards > li.paste-group");
  const n = await groups.count();
  assert.ok(n >= 4, `${n} pasted paragraphs`);
  assert.match(await page.textContent("#p-heading"), new RegExp(`^Passages worded like the ${n} paragraphs of your text$`));
  assert.equal(await groups.nth(0).locator(".paste-paragraph strong").first().textContent(), "Your paragraph 1");
  const first = page.locator("#p-source .paste-document").first();
  assert.equal(await first.getAttribute("data-document"), AS_DOC, "the pasted letter's own document first");
  assert.match(await first.locator(".paragraph-count").textContent(), new RegExp(`^${n} of ${n} paragraphs$`));
  // Each paragraph's best match is the same wording, and the letter it came from is among its matches.
  for (let i = 0; i < n; ++i) {
    const best = groups.nth(i).locator("li.card").first();
    assert.equal(await best.locator(".similarity").textContent(), "Same wording");
    const from = await groups.nth(i).locator("li.card").evaluateAll((cs) => cs.map((c) => c.dataset.passage));
    assert.ok(from.some((id) => id.startsWith(`${AS_DOC}#`)), `paragraph ${i + 1}: ${from}`);
  }
  assert.ok(await page.isVisible("#p-legend"), "the bands are explained");
  await shot("19-precedents-pasted-letter");
  await page.setViewportSize({ width: 390, height: 800 });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 1, `the grouped answer fits a phone (${overflow}px)`);
  await shot("19-precedents-pasted-letter-phone");
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.reload();
  await settled();
  assert.equal(await groups.count(), n, "a reload in the same tab compares the same text");
  assert.equal(await page.inputValue("#p-text"), letter.trim());
});

test("precedents: weak matches say so and wait behind 'Show weaker'", async () => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(base + "/?view=precedents&text=" + encodeURIComponent(S23_PARAGRAPH));
  await settled();
  const labels = await page.locator("#p-cards .similarity").allTextContents();
  assert.ok(labels.length > 0 && labels.every((l) => l !== "Weak"), String(labels));
  const button = page.locator("#p-weaker .show-weaker");
  assert.match(await button.textContent(), /^Show \d+ weaker match(es)? \(under 35% alike\)$/);
  const weaker = page.locator("#p-weaker ol.weaker");
  assert.ok(await weaker.isHidden());
  await button.click();
  assert.ok(await weaker.isVisible());
  assert.equal(await button.getAttribute("aria-expanded"), "true");
  const weak = await weaker.locator(".similarity").allTextContents();
  assert.ok(weak.length > 0 && weak.every((l) => l === "Weak"), String(weak));
  const percents = (await weaker.locator(".similarity-score").allTextContents()).map((s) => parseInt(s.slice(1), 10));
  assert.ok(percents.every((p) => p < 35), String(percents));
  assert.match(await page.locator("#p-cards .similarity").first().getAttribute("title"), /Same wording: 80% alike or more/);
  await shot("20-precedents-show-weaker");
  await page.setViewportSize({ width: 390, height: 800 });
  await shot("20-precedents-show-weaker-phone");
  await page.setViewportSize({ width: 1280, height: 800 });
});

test("precedents: boilerplate and review rights are left out until one click shows them", async () => {
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(base + "/?view=precedents&q=" + encodeURIComponent('"internal review"'));
  await settled();
  const roles = () => page.locator("#p-cards .chip.role").evaluateAll((cs) => cs.map((c) => c.dataset.role));
  assert.deepEqual((await roles()).filter((r) => r === "review_rights" || r === "boilerplate"), []);
  const note = page.locator("#p-boilerplate");
  assert.ok(await note.isVisible());
  assert.match(await note.textContent(), /Acknowledgements, review rights, disclaimers and contact details are left out/);
  assert.match(await page.textContent("#p-message"), /Only boilerplate \(acknowledgements, review rights…\) matches these words/);
  const hiddenCount = parseInt((await page.textContent("#p-boilerplate-toggle")).match(/\((\d+) passages?\)/)[1], 10);
  assert.ok(hiddenCount > 0);
  assert.match(await page.textContent("#p-q-hint"), /searches whole documents/);
  await shot("21-precedents-boilerplate-hidden");
  await page.click("#p-boilerplate-toggle");
  await page.waitForURL(/boilerplate=1/);
  await settled();
  assert.ok((await roles()).includes("review_rights"), "shown with one click");
  assert.equal(await page.textContent("#p-boilerplate-toggle"), "Hide them again");
  await shot("21-precedents-boilerplate-shown");
  await page.setViewportSize({ width: 390, height: 800 });
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 1, `fits a phone (${overflow}px)`);
  await shot("21-precedents-boilerplate-shown-phone");
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goBack();
  await settled();
  assert.deepEqual((await roles()).filter((r) => r === "review_rights" || r === "boilerplate"), []);
});

test("precedents work by keyboard, label their controls and fit a phone screen", async () => {
  await page.setViewportSize({ width: 375, height: 800 });
  await page.goto(base + "/");
  await settled();
  await page.focus("#tab-precedents");
  await page.keyboard.press("Enter");
  await page.waitForURL(/view=precedents/);
  await settled();
  await page.focus("#p-text");
  await page.keyboard.type(S23_PARAGRAPH);
  await page.keyboard.press("Tab");
  await page.keyboard.press("Enter");
  await page.waitForURL(/text=/);
  await settled();
  const toggle = page.locator("#p-cards .members-toggle").first();
  await toggle.focus();
  await page.keyboard.press("Enter");
  await page.locator("#p-cards .member").first().waitFor();
  assert.equal(await toggle.getAttribute("aria-expanded"), "true");
  const controls = await page.evaluate(() =>
    [...document.querySelectorAll("#precedents-view input, #precedents-view select, #precedents-view textarea")]
      .filter((e) => !e.labels?.length && !e.getAttribute("aria-label")).length);
  assert.equal(controls, 0, "every control has a label");
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 1, `no sideways scrolling at phone width (${overflow}px)`);
  await shot("17-precedents-phone");
  await page.goto(base + "/?view=precedents&exemption=s23(5)&role=ncnd");
  await settled();
  const overflowCards = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflowCards <= 1, `cards fit the phone (${overflowCards}px)`);
  await page.goto(base + `/?doc=${AS_DOC}`);
  await settled();
  const overflowDoc = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflowDoc <= 1, `the document fits the phone (${overflowDoc}px)`);
  await shot("18-document-phone", false);
});
