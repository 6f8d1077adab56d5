// A case's path in the document view: a reply, its review, the ICO notice about it and the tribunal appeal
// against that notice, written here into this module's corpus, shown as a dated timeline of links (real
// Chromium against the real foi-searchd, harness.mjs).
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { page, base, PAYLOADS, addToCorpus, settled, shotWidths } from "./harness.mjs";

const CASE = {
  "reply.txt": `Anytown Borough Council
Our ref: FOI 2021/123
12 March 2021

Dear Ms Jones

Thank you for your request under the Freedom of Information Act 2000 for the minutes of the parking board. We hold the minutes but they are withheld under section 36(2)(b) of the Act, and the public interest favours withholding them.

Yours sincerely
Information Officer
`,
  "review.txt": `Anytown Borough Council
20 April 2021

Dear Ms Jones

I have completed the internal review you asked for of our reply to your request FOI 2021/123 about ${PAYLOADS[0]} minutes. The original response relied on section 36(2)(b) and I uphold it.

Yours sincerely
Head of Legal Services
`,
  "notice.txt": `Freedom of Information Act 2000 (FOIA)
Decision notice
Date: 3 March 2022
Reference: FS50123456
Public Authority: Anytown Borough Council
Address: Town Hall, Anytown

Decision (including any steps ordered)

1. The complainant asked the council for the minutes of its parking board. The council refused the request, FOI 2021/123, under section 36(2)(b).

2. The Commissioner's decision is that the council was entitled to rely on section 36(2)(b).
`,
  "tribunal.txt": `IN THE FIRST-TIER TRIBUNAL
GENERAL REGULATORY CHAMBER
(INFORMATION RIGHTS)
Appeal No: EA/2022/0456
Information Commissioner's Ref: FS50123456
Date of decision: 5 October 2022

BETWEEN
JANE JONES
Appellant
and
THE INFORMATION COMMISSIONER
Respondent

Decision: The appeal is allowed.

REASONS
1. The council refused the minutes of its parking board under section 36(2)(b).
`,
};

addToCorpus((dir) => {
  mkdirSync(join(dir, "case"));
  for (const [name, text] of Object.entries(CASE)) writeFileSync(join(dir, "case", name), text);
});

const open = async (id) => {
  await page.goto(`${base}/?doc=${encodeURIComponent(id)}`);
  await settled();
};
const steps = () => page.locator("#doc-path .path-step");
const stepTexts = async (cls) => page.locator(`#doc-path .path-step ${cls}`).allTextContents();

test("a reply's document view shows its review, the ICO notice and the appeal as a dated timeline of links", async () => {
  await open("case/reply.txt");
  assert.equal(await page.locator("#doc-path").isVisible(), true);
  assert.equal(await steps().count(), 4);
  assert.deepEqual(await stepTexts(".path-date"), ["12 Mar 2021", "20 Apr 2021", "3 Mar 2022", "5 Oct 2022"], "oldest first");
  assert.deepEqual(await page.locator("#doc-path .path-step .path-head .kind").allTextContents(),
    ["Response", "Internal review", "Decision notice", "Tribunal decision"]);
  assert.match(await steps().nth(0).textContent(), /this document/);
  const relations = await stepTexts(".path-relation");
  assert.equal(relations.length, 3, "each other step says how it is linked");
  assert.match(relations[0], /^Reviewed in · ref FOI 2021\/123$/);
  assert.match(relations[1], /^Decided in · ref FOI 2021\/123$/);
  assert.match(relations[2], /^Appealed in \(via .+\) · ref FS50123456$/);
  assert.equal(await page.locator("#doc-path a.path-title").count(), 3, "every other step is a link");
  await shotWidths("case-path");
  await page.setViewportSize({ width: 390, height: 844 });
  const spill = await page.evaluate(() => {
    const path = document.getElementById("doc-path");
    const edge = path.getBoundingClientRect().right + 0.5;
    return [...path.querySelectorAll("*")].filter((e) => e.getBoundingClientRect().right > edge).length;
  });
  assert.equal(spill, 0, "nothing in the timeline runs past its edge at phone width");
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.locator("#doc-path .path-step").nth(3).locator("a.path-title").click();
  await page.waitForURL(/doc=case%2Ftribunal\.txt/);
  await settled();
  assert.match(await page.locator("#doc-path .path-relation").last().textContent(), /^Appeal against · ref FS50123456$/);
  assert.match(await page.locator("#doc-path .path-step").last().textContent(), /this document/);
});

test("document text in the path stays text, and a document on no path shows none", async () => {
  await open("case/notice.txt");
  assert.equal(await page.locator("#doc-path img").count(), 0);
  const titles = await page.locator("#doc-path a.path-title").allTextContents();
  assert.equal(titles.length, 3);
  await open("widgets/kent-2020.txt");
  assert.equal(await page.locator("#doc-path").isHidden(), true);
  assert.equal(await steps().count(), 0);
});
