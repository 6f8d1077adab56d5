// A case's path in the document view: a reply, its review, the ICO notice about it and the tribunal appeal
// against that notice, written here into this module's corpus, shown as a dated timeline of links; an appeal
// heard twice, and the decisions citing it listed apart (real Chromium against the real foi-searchd,
// harness.mjs).
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

// One appeal heard twice (the Upper Tribunal set the first decision aside), and a later decision citing it.
const tribunal = (number, ref, date, outcome, reasons) => `IN THE FIRST-TIER TRIBUNAL
GENERAL REGULATORY CHAMBER
(INFORMATION RIGHTS)
Appeal No: ${number}
Information Commissioner's Ref: ${ref}
Date of decision: ${date}

BETWEEN
SAM HILL
Appellant
and
THE INFORMATION COMMISSIONER
Respondent

Decision: The appeal is ${outcome}.

REASONS
${reasons}
`;
const APPEAL = {
  "first.txt": tribunal("EA/2020/0321", "FS50765432", "4 May 2021", "dismissed",
    "1. The council's road survey was withheld under section 43(2) and we agree it was rightly withheld."),
  "again.txt": tribunal("EA/2020/0321", "FS50765432", "9 February 2023", "allowed",
    "1. The Upper Tribunal set our first decision aside and sent the case back to be heard again."),
  "later.txt": tribunal("EA/2024/0077", "FS50888999", "1 July 2024", "dismissed",
    `1. A bus timetable was withheld under section 43(2).

2. We have read what the Tribunal said in Hill v Information Commissioner (EA/2020/0321) about ${PAYLOADS[1]} surveys and follow it here.`),
};

addToCorpus((dir) => {
  mkdirSync(join(dir, "case"));
  for (const [name, text] of Object.entries(CASE)) writeFileSync(join(dir, "case", name), text);
  mkdirSync(join(dir, "appeal"));
  for (const [name, text] of Object.entries(APPEAL)) writeFileSync(join(dir, "appeal", name), text);
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

test("a rehearing's timeline shows the first hearing; the decision citing them is listed apart, not as a step", async () => {
  await open("appeal/again.txt");
  const timeline = page.locator("#doc-path ol.path > .path-step");
  assert.equal(await timeline.count(), 2, "the first hearing and this one");
  assert.deepEqual(await page.locator("#doc-path ol.path .path-date").allTextContents(), ["4 May 2021", "9 Feb 2023"]);
  assert.match(await timeline.nth(0).locator(".path-relation").textContent(),
    /^Earlier decision in the same appeal · ref EA\/2020\/0321$/);
  assert.match(await timeline.nth(1).textContent(), /this document/);
  const cited = page.locator("#doc-path ul.path-cited > .path-step");
  assert.equal(await cited.count(), 1);
  assert.match(await cited.locator(".path-relation").textContent(), /^Cited in · ref EA\/2020\/0321$/);
  assert.equal(await page.locator("#doc-path h3").nth(1).textContent(), "Decisions cited, and documents naming the same case");
  assert.equal(await page.locator("#doc-path img").count(), 0, "document text stays text");
  await shotWidths("case-path-cited");
  await cited.locator("a.path-title").click();
  await page.waitForURL(/doc=appeal%2Flater\.txt/);
  await settled();
  assert.equal(await page.locator("#doc-path ol.path").count(), 0, "a decision that only cites others has no path of its own");
  assert.deepEqual(await page.locator("#doc-path ul.path-cited .path-relation").allTextContents(),
    ["Cites · ref EA/2020/0321", "Cites · ref EA/2020/0321"], "both hearings of the appeal it cites");
});
