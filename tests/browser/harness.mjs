// Set-up shared by the browser tests: a fixture corpus (the seed documents, widgets, a PDF and XSS payloads)
// indexed by the real foi-index, served by the real foi-searchd on a loopback port, and Debian's Chromium. Each
// test gets a fresh page; afterwards no document script may have run, no dialog opened, no console error logged.
// Importing this module registers the hooks; `page` and `base` are live bindings.
import { before, after, beforeEach, afterEach } from "node:test";
import assert from "node:assert/strict";
import { spawn, execFileSync } from "node:child_process";
import { mkdtempSync, mkdirSync, writeFileSync, copyFileSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { chromium } from "playwright-core";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
const BIN = join(ROOT, "build", "bin");
const SHOTS = process.env.FOI_SCREENSHOTS || join(ROOT, "build", "screenshots");
const CHROMIUM = process.env.CHROMIUM || "/usr/bin/chromium";

// Payloads that must stay text: in titles, bodies and file names.
export const PAYLOADS = [
  "<img src=x onerror=window.__pwned=1>",
  "<script>window.__pwned=2</script>",
  '"><svg onload=window.__pwned=3>',
  '<a href="javascript:window.__pwned=4">click me</a>',
];

// A response whose passages (an NCND one and two s31(3) harm ones) carry payloads in headings and bodies.
export const HOSTILE_RESPONSE = `Hostile markup ${PAYLOADS[0]}

Request

Please tell me about ${PAYLOADS[1]} markup.

Response

Suffolk Constabulary neither confirms nor denies that it holds the information.

Section 31(3) ${PAYLOADS[1]}

The harm in confirming whether ${PAYLOADS[0]} the markup is held would fall on law enforcement, because ${PAYLOADS[2]} tactics would be revealed to those who would misuse them.

Harm

Revealing ${PAYLOADS[3]} which markup tactics are used would let criminals adapt their behaviour and evade the police, placing individuals at risk.
`;

export let page;
export let base;
export let browser; // for a test that needs a page of its own (another locale)
let work, server, consoleErrors, dialogs, allowErrors;
const extraFiles = [];

// Files one test module adds to its own fixture corpus: write(dir) runs before indexing (call at import).
export function addToCorpus(write) {
  extraFiles.push(write);
}

// Console errors matching re are expected in this test (the browser logs a failed request itself).
export function allowConsoleErrors(re) {
  allowErrors = re;
}

function writeCorpus(dir) {
  for (const f of readdirSync(join(ROOT, "corpus"))) if (f.endsWith(".txt")) copyFileSync(join(ROOT, "corpus", f), join(dir, f));
  mkdirSync(join(dir, "widgets"));
  const widgets = [
    ["kent-2019", "Kent Police", "01/02/2019", "Section 31(3)"],
    ["essex-2020", "Essex Police", "05/06/2020", "Section 40(2)"],
    ["kent-2020", "Kent Police", "10/10/2020", "Section 40(2) and Section 31(3)"],
    ["kent-2020b", "Kent Police", "12/10/2020", "Section 40(2)"],
  ];
  for (const [name, force, date, cite] of widgets)
    writeFileSync(join(dir, "widgets", `${name}.txt`), `Widget ${name}\n${force}\nDate: ${date}\nThe widget data is exempt under ${cite}.\n`);
  // Sprockets dated years apart, for the histogram's bar per year (layout.test.mjs).
  mkdirSync(join(dir, "sprockets"));
  for (const [name, date] of [["sprocket-2014", "03/03/2014"], ["sprocket-2016", "07/07/2016"], ["sprocket-2019", "11/11/2019"]])
    writeFileSync(join(dir, "sprockets", `${name}.txt`), `Sprocket ${name}\nDevon and Cornwall Police\nDate: ${date}\nNo sprockets were bought that year.\n`);
  // Cogs: the first two span exactly 36 months (the most the histogram shows by month), the third one month more.
  for (const [name, date, word] of [["cog-2021", "01/01/2021", "early"], ["cog-2023", "15/12/2023", "late"], ["cog-2024", "05/01/2024", "latest"]])
    writeFileSync(join(dir, "sprockets", `${name}.txt`), `Cog ${name}\nDevon and Cornwall Police\nDate: ${date}\nNo cogs were bought, ${word}.\n`);
  mkdirSync(join(dir, "pdf"));
  copyFileSync(join(ROOT, "tests", "fixtures", "pdf", "text.pdf"), join(dir, "pdf", "refusal.pdf"));
  mkdirSync(join(dir, "xss"));
  PAYLOADS.forEach((p, i) => {
    const fileName = `${p.replace(/\//g, "_")}.txt`;
    writeFileSync(join(dir, "xss", fileName), `${p} gizmo report ${i}\nSuffolk Constabulary\nThe gizmo ${p} was seen. ${PAYLOADS.join(" ")}\n`);
  });
  writeFileSync(join(dir, "xss", "hostile-response.txt"), HOSTILE_RESPONSE);
}

async function startSearchd(db) {
  const child = spawn(join(BIN, "foi-searchd"), ["--db", db, "--listen", "127.0.0.1:0", "--web", join(ROOT, "web"), "--quiet"], {
    stdio: ["ignore", "pipe", "inherit"],
  });
  const port = await new Promise((resolve, reject) => {
    let out = "";
    child.stdout.on("data", (d) => {
      out += d;
      const m = out.match(/listening on http:\/\/127\.0\.0\.1:(\d+)/);
      if (m) resolve(Number(m[1]));
    });
    child.on("exit", (code) => reject(new Error(`foi-searchd exited with ${code}`)));
  });
  return { child, port };
}

before(async () => {
  // The hook may start while this module is evaluated: let the importing test module's body (addToCorpus) run first.
  await new Promise((resolve) => setImmediate(resolve));
  work = mkdtempSync(join(tmpdir(), "foi-browser-"));
  const corpus = join(work, "corpus");
  mkdirSync(corpus);
  writeCorpus(corpus);
  for (const write of extraFiles) write(corpus);
  // Source links as a sidecar gives them: one real, one a script URL that must never become a link.
  const sidecar = join(work, "sources.csv");
  writeFileSync(sidecar, "file,url\nkent-2019.txt,https://example.org/foi/kent-2019\nessex-2020.txt,javascript:alert(9)\n");
  execFileSync(join(BIN, "foi-index"), ["--db", join(work, "db"), "--sidecar", sidecar, corpus], { stdio: "ignore" });
  const s = await startSearchd(join(work, "db"));
  server = s.child;
  base = `http://127.0.0.1:${s.port}`;
  mkdirSync(SHOTS, { recursive: true });
  browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
           "--disable-component-update", "--disable-sync"],
  });
});

after(async () => {
  await browser?.close();
  server?.kill("SIGTERM");
  rmSync(work, { recursive: true, force: true });
});

beforeEach(async () => {
  consoleErrors = [];
  dialogs = [];
  allowErrors = null;
  page = await browser.newPage({ locale: "en-GB" }); // dates shown as a UK reader writes them
  page.on("console", (m) => { if (m.type() === "error") consoleErrors.push(m.text()); });
  page.on("pageerror", (e) => consoleErrors.push(String(e)));
  page.on("dialog", (d) => { dialogs.push(d.message()); d.dismiss(); });
});

afterEach(async () => {
  const pwned = await page.evaluate(() => window.__pwned);
  await page.close();
  assert.equal(pwned, undefined, "a document's script ran");
  assert.deepEqual(dialogs, [], "a dialog fired");
  const unexpected = consoleErrors.filter((e) => !(allowErrors && allowErrors.test(e)));
  assert.deepEqual(unexpected, [], "console errors");
});

// Waits until the page shows what its URL asks for.
export const settled = () => page.waitForFunction(() => document.body.dataset.rendered === location.search);
export const shot = (name, fullPage = true) => page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage });
// The page as it is now at desktop and phone widths: NAME-1280.png and NAME-390.png; the viewport is put back.
export async function shotWidths(name) {
  const size = page.viewportSize();
  await page.setViewportSize({ width: 1280, height: 900 });
  await shot(`${name}-1280`);
  await page.setViewportSize({ width: 390, height: 844 });
  await shot(`${name}-390`);
  await page.setViewportSize(size);
}
