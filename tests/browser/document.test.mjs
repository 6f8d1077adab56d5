// "More like this" under a hit, a PDF hit opening at its page, and a WhatDoTheyKnow thread's messages, in real
// Chromium against the real foi-searchd (harness.mjs). This module adds a six-page PDF and a thread to its corpus.
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { page, base, PAYLOADS, addToCorpus, settled, shot } from "./harness.mjs";

// A PDF of pages of text lines (Helvetica), its objects' offsets computed: made here, not taken from anywhere.
function pdf(pages, title) {
  const esc = (s) => s.replace(/[\\()]/g, (c) => `\\${c}`);
  const font = 3 + 2 * pages.length;
  const objects = ["<< /Type /Catalog /Pages 2 0 R >>",
    `<< /Type /Pages /Kids [${pages.map((_, i) => `${3 + 2 * i} 0 R`).join(" ")}] /Count ${pages.length} >>`];
  pages.forEach((lines, i) => {
    const stream = ["BT", "/F1 10 Tf", "50 800 Td", "15 TL", ...lines.map((l) => `(${esc(l)}) Tj T*`), "ET"].join("\n");
    objects.push(`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents ${4 + 2 * i} 0 R /Resources << /Font << /F1 ${font} 0 R >> >> >>`);
    objects.push(`<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`);
  });
  objects.push("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>");
  objects.push(`<< /Title (${esc(title)}) >>`);
  let out = "%PDF-1.4\n";
  const offsets = objects.map((body, n) => {
    const at = out.length;
    out += `${n + 1} 0 obj\n${body}\nendobj\n`;
    return at;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, "0")} 00000 n \n`).join("")}`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R /Info ${objects.length} 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(out, "latin1");
}

// Six pages of an estates manual; only page 5 speaks of the hovercraft.
const MANUAL = Array.from({ length: 6 }, (_, p) => Array.from({ length: 48 }, (_, i) =>
  p === 0 && i === 0 ? "Estates manual" : p === 4 && i === 20 ? "The hovercraft inspection records are withheld under Section 31(1)(a)."
    : `Page ${p + 1}, item ${i + 1}: the airfield maintenance schedule was reviewed by the estates team.`));

const THREAD = {
  title: "CCTV cameras in Kent",
  law_used: "foi",
  events: [
    { created_at: "2024-01-05T10:00:00Z", type: "outgoing",
      content: [`Dear Kent Police,\nPlease tell me how many CCTV cameras you operate. ${PAYLOADS[1]}\nYours faithfully,\nJane Roe`] },
    { created_at: "2024-02-01T09:30:00Z", type: "incoming",
      content: [`Dear Ms Roe,\nPlease find our response below. We operate 40 cameras. ${PAYLOADS[0]} The locations are exempt under Section 31(1)(a).\nInformation Management\nKent Police`] },
    { created_at: "2024-02-03T08:00:00Z", type: "outgoing",
      content: [`Dear Kent Police,\nThank you for the figures.\nYours sincerely,\n${PAYLOADS[0]}`] },
  ],
};

addToCorpus((dir) => {
  mkdirSync(join(dir, "manual"));
  writeFileSync(join(dir, "manual", "estates.pdf"), pdf(MANUAL, "Estates manual"));
  mkdirSync(join(dir, "threads"));
  writeFileSync(join(dir, "threads", "cctv.json"), JSON.stringify(THREAD));
});

const exactly = (text) => new RegExp(`^${text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}$`);
const hit = (title) => page.locator("#hits > li.hit", { has: page.locator("h3 .hit-title", { hasText: exactly(title) }) });
const similarTitles = () => page.locator(".similar-docs .similar-hit .hit-title").allTextContents();
// Wholly on screen (scrolling to an element may leave its top a fraction of a pixel above the edge).
const inViewport = (id) => page.evaluate((i) => {
  const r = document.getElementById(i).getBoundingClientRect();
  return r.top > -1 && r.bottom <= window.innerHeight;
}, id);

test("'More like this' on a hit lists the documents worded or cited alike, in place and in the URL", async () => {
  await page.goto(base + "/?q=widget");
  await settled();
  const kent = hit("Widget kent-2020");
  assert.equal(await kent.count(), 1);
  await kent.locator(".more-like").click();
  await page.waitForURL(/like=widgets%2Fkent-2020\.txt/);
  await kent.locator(".similar-hit").first().waitFor();
  const titles = await similarTitles();
  for (const t of ["Widget kent-2019", "Widget essex-2020", "Widget kent-2020b"]) assert.ok(titles.includes(t), `${t} in ${titles}`);
  assert.ok(!titles.includes("Widget kent-2020"), "the document itself is not listed");
  assert.equal(await kent.locator(".more-like").getAttribute("aria-expanded"), "true");
  assert.ok((await kent.locator(".similar-hit .chip.exemption").count()) > 0, "the citations they share are shown");
  await shot("similar-1280");
  await page.setViewportSize({ width: 390, height: 844 });
  await page.reload();
  await hit("Widget kent-2020").locator(".similar-hit").first().waitFor();
  assert.deepEqual(await similarTitles(), titles, "a reload shows the same list");
  const spill = await page.evaluate(() => {
    const panel = document.querySelector(".similar-docs");
    const edge = panel.getBoundingClientRect().right + 0.5;
    return [...panel.querySelectorAll("*")].filter((e) => e.getBoundingClientRect().right > edge).length;
  });
  assert.equal(spill, 0, "nothing in the list runs past its edge at phone width");
  await shot("similar-390");
  await page.locator(".similar-hit .hit-title", { hasText: "Widget kent-2019" }).click();
  await page.waitForFunction(() => document.getElementById("doc-title").textContent === "Widget kent-2019");
  await page.click("#back");
  await hit("Widget kent-2020").locator(".similar-hit").first().waitFor();
  await hit("Widget kent-2020").locator(".more-like").click();
  await page.waitForFunction(() => !location.search.includes("like=") && !document.querySelector(".similar-docs"));
});

test("a PDF hit that says page 5 opens the document scrolled to page 5", async () => {
  await page.goto(base + "/?q=hovercraft");
  await settled();
  const manual = hit("Estates manual");
  assert.equal(await manual.locator(".page").textContent(), "page 5");
  await manual.locator(".hit-title").click();
  await page.waitForURL(/docpage=5/);
  await page.locator("#page-5").waitFor();
  await settled();
  assert.deepEqual(await page.locator("#doc-text .page-marker").allTextContents(), ["Page 1", "Page 2", "Page 3", "Page 4", "Page 5", "Page 6"]);
  assert.ok(await inViewport("page-5"), "the Page 5 marker is on screen");
  assert.ok(!(await inViewport("page-1")), "the view has moved from the top");
  const below = await page.evaluate(() => document.getElementById("page-5").offsetTop > 3 * window.innerHeight);
  assert.ok(below, "page 5 starts screens below the top: only scrolling brings it into view");
  await shot("pdf-page-1280", false);
  await page.setViewportSize({ width: 390, height: 844 });
  await page.reload();
  await page.locator("#page-5").waitFor();
  await settled();
  assert.ok(await inViewport("page-5"), "the Page 5 marker is on screen at phone width");
  await shot("pdf-page-390", false);
});

test("a WhatDoTheyKnow thread shows each message as a block with its sender, side, role and date", async () => {
  await page.goto(base + "/?doc=" + encodeURIComponent("threads/cctv.json"));
  await settled();
  const messages = page.locator("#doc-text .thread-message");
  assert.equal(await messages.count(), 3);
  const head = async (i) => Promise.all([".sender", ".side", ".role", ".date"].map((c) => messages.nth(i).locator(`.message-head ${c}`).textContent()));
  assert.deepEqual(await head(0), ["Jane Roe", "Requester", "Request", "2024-01-05"]);
  assert.deepEqual(await head(1), ["Kent Police", "Authority", "Response", "2024-02-01"]);
  assert.deepEqual(await head(2), [PAYLOADS[0], "Requester", "Message", "2024-02-03"]);
  assert.match(await messages.nth(1).locator(".message-body").textContent(), /We operate 40 cameras/);
  assert.equal(await messages.nth(1).getAttribute("data-side"), "authority");
  assert.equal(await page.locator("#doc-view img, #doc-view script, #doc-view svg").count(), 0, "document text stays text");
  await shot("thread-1280");
  await page.setViewportSize({ width: 390, height: 844 });
  await shot("thread-390");
});

test("'More like this' keeps document payloads as text", async () => {
  await page.goto(base + "/?q=gizmo");
  await settled();
  await page.locator("#hits .more-like").first().click();
  await page.locator(".similar-hit").first().waitFor();
  const titles = await similarTitles();
  assert.ok(PAYLOADS.some((p) => titles.some((t) => t.startsWith(p))), `payload titles shown as text: ${titles}`);
  const tags = await page.evaluate(() => [...document.querySelectorAll(".similar-docs .snippet *")].map((e) => e.tagName));
  assert.ok(tags.every((t) => t === "MARK"), `snippets hold only <mark>: ${tags}`);
  assert.equal(await page.locator("#hits img, #hits script, #hits svg, #hits a[href^='javascript']").count(), 0);
});
