// foisearch's page: every state lives in the URL (state.js); the DOM is built with textContent (dom.js). This
// module holds the search view, the document view and the wiring; precedents.js holds the Precedents view.

import { $, el, chip, api, renderSnippet, showMessage } from "./dom.js";
import { SEARCH_FACETS, searchFilterParams, docTypeLabel, docTypeName, ncndLabel, readState, emptyState, urlFor, navigate, go, link, onNavigate, settled, newTicket } from "./state.js";
import { renderDocText, renderThread } from "./doctext.js";
import { renderFacets, renderActiveFilters, renderPager } from "./filters.js";
import { renderCooccurrence, wireCooccurrence } from "./cooccurrence.js";
import { renderPrecedents, wirePrecedents, roleChip, roleLabel, plural, similarState } from "./precedents.js";
import { renderHistogram } from "./histogram.js";
import { formatDate } from "./dates.js";
import { moreLikeThis } from "./similar.js";
import { renderCasePath } from "./casepath.js";

const PAGE_SIZE = 10;

const LABELS = { doc_type: docTypeLabel, ncnd: ncndLabel };

// ---- results ------------------------------------------------------------------------------------------------

function renderHits(s, data) {
  const list = $("hits");
  list.replaceChildren();
  for (const hit of data.hits) {
    const title = link({ ...s, doc: hit.id, docpage: hit.page ? String(hit.page) : "" }, { class: "hit-title", text: hit.title || hit.id });
    const meta = el("p", { class: "hit-meta" });
    if (hit.doc_type) meta.append(chip(docTypeName(hit.doc_type), "kind"));
    meta.append(chip(hit.authority || "Unknown authority", "authority"));
    meta.append(chip(hit.date ? formatDate(hit.date) : "undated", "date"));
    if (hit.reference) meta.append(chip(`ref ${hit.reference}`, "ref"));
    if (hit.outcome) meta.append(chip(hit.outcome, "outcome"));
    if (hit.ncnd) meta.append(chip("neither confirms nor denies", "ncnd"));
    if (hit.page) meta.append(chip(`page ${hit.page}`, "page"));
    const exemptions = el("p", { class: "hit-exemptions", "aria-label": "Exemptions cited" });
    for (const e of hit.exemptions) exemptions.append(chip(e, "chip exemption"));
    const snippet = el("p", { class: "snippet" });
    renderSnippet(hit.snippet || "", snippet);
    const item = el("li", { class: "hit" }, el("h3", {}, title), meta, hit.exemptions.length ? exemptions : null, snippet);
    item.append(el("p", { class: "hit-actions" }, moreLikeThis(s, hit, item)));
    list.append(item);
  }
}

function renderTotal(s, data) {
  const n = data.total;
  $("results-heading").textContent = s.q ? `${plural(n, "document")} for “${s.q}”` : plural(n, "document");
  const message = $("message");
  const pastEnd = n > 0 && data.hits.length === 0;
  const more = `No more results: page ${s.page} is past the end (the last page is ${Math.ceil(n / data.size)}).`;
  showMessage(message, n === 0 ? "No documents match these words and filters." : pastEnd ? more : data.suggestion ? `Only ${plural(n, "document")} match.` : "");
  if (data.suggestion) {
    const a = el("a", { href: urlFor({ ...s, q: data.suggestion, page: 1 }), text: data.suggestion });
    a.addEventListener("click", (e) => {
      e.preventDefault();
      navigate({ q: data.suggestion, page: 1 });
    });
    message.append(" Did you mean ", a, "?");
  }
}

// How the query's citations were read ("section 30" also as exemption s30), with the way back to words alone.
function renderReading(s, data) {
  const box = $("reading");
  const readAs = data.read_as || [];
  box.replaceChildren();
  box.hidden = !s.words && !readAs.length;
  const toggle = (text, words) => {
    const a = el("a", { href: urlFor({ ...s, words, page: 1 }), text, id: "reading-toggle" });
    a.addEventListener("click", (e) => {
      e.preventDefault();
      navigate({ words, page: 1 });
    });
    return a;
  };
  if (s.words) {
    box.append("Searching the words only. ", toggle("Read citations as exemptions", false));
    return;
  }
  readAs.forEach((r, i) => {
    if (i) box.append("; ");
    box.append(el("q", { text: r.text }), " read as exemption ", el("strong", { text: r.exemption }));
  });
  box.append(": documents citing it come first. ", toggle("Search the words only", true));
}

// ---- the search view ----------------------------------------------------------------------------------------

function searchParams(s) {
  const p = searchFilterParams(s);
  if (s.sort !== "relevance") p.set("sort", s.sort);
  if (s.page > 1) p.set("page", String(s.page));
  p.set("size", String(PAGE_SIZE));
  return p;
}

// The export and feed links carry the search (its words, filters, dates and order) but not its page: an export
// holds every matching document and a feed the newest (API.md).
function renderExportLinks(s) {
  const p = searchParams(s);
  p.delete("page");
  p.delete("size");
  $("export-csv").href = `/api/export?${p}&format=csv`;
  $("export-jsonl").href = `/api/export?${p}&format=jsonl`;
  p.delete("sort");
  $("follow-feed").href = `/api/feed?${p}`;
}

async function renderResults(s) {
  document.title = s.q ? `${s.q} – foisearch` : "foisearch";
  const current = newTicket();
  const dates = s.from || s.to ? [[`Date: ${s.from ? formatDate(s.from) : "…"} to ${s.to ? formatDate(s.to) : "…"}`, { from: "", to: "" }]] : [];
  renderActiveFilters($("active-filters"), SEARCH_FACETS, s, dates, LABELS);
  renderExportLinks(s);
  try {
    const data = await api("/api/search", searchParams(s));
    if (!current()) return;
    renderTotal(s, data);
    renderReading(s, data);
    renderHits(s, data);
    renderFacets($("facet-lists"), SEARCH_FACETS, s, data, { labels: LABELS });
    renderHistogram($("histogram"), s, data);
    renderPager($("pager"), data.total, s.page, PAGE_SIZE);
    renderCooccurrence(s, data);
  } catch (e) {
    if (!current()) return;
    $("hits").replaceChildren();
    $("pager").replaceChildren();
    $("results-heading").textContent = "Search failed";
    showMessage($("message"), e.message, { error: true });
  }
  settled();
}

// ---- the document view --------------------------------------------------------------------------------------

function metaRow(dl, term, value) {
  if (value === null || value === undefined || value === "" || (Array.isArray(value) && !value.length)) return;
  const dd = el("dd");
  if (Array.isArray(value)) for (const v of value) dd.append(chip(v));
  else dd.textContent = value;
  dl.append(el("dt", { text: term }), dd);
}

// Where the document came from (a sidecar's url): a link only for http(s), since the value is the document's
// data; anything else is shown as text.
function sourceRow(dl, url) {
  if (!url) return;
  let safe = null;
  try {
    const u = new URL(url);
    if (u.protocol === "https:" || u.protocol === "http:") safe = u.href;
  } catch { /* not a URL: shown as text */ }
  const dd = el("dd");
  if (safe) dd.append(el("a", { href: safe, text: safe, rel: "noopener noreferrer", target: "_blank", id: "doc-source" }));
  else dd.textContent = url;
  dl.append(el("dt", { text: "Source" }), dd);
}

// The label above each of the authority's passages: its role, its exemptions, how widely its wording is shared,
// and a link to the passages worded like it.
function passageLabel(p) {
  const c = p.cluster || { size: 1, authorities: 1 };
  const what = [roleLabel(p.role), ...p.exemptions].join(", ");
  return el("span", { class: "passage-label" },
    roleChip(p.role),
    ...p.exemptions.map((e) => chip(e, "chip exemption")),
    c.size > 1 ? chip(`wording used by ${plural(c.authorities, "authority", "authorities")}`, "chip shared") : null,
    link(similarState(p.id), { class: "similar-link", text: "Similar wording", "aria-label": `Similar wording to this passage (${what})` }));
}

// Scrolls to the passage the URL names (at=), else to the page (docpage=, a PDF hit's page).
function showTarget(s) {
  const page = s.docpage && document.getElementById(`page-${s.docpage}`);
  if (!s.at && page) page.scrollIntoView({ block: "start" });
  if (!s.at) return;
  const target = [...document.querySelectorAll("#doc-text .passage")].find((x) => x.dataset.passage === s.at);
  if (!target) return;
  target.classList.add("target");
  target.scrollIntoView({ block: "start" });
}

async function renderDocument(s) {
  const back = $("back");
  back.href = urlFor({ ...s, doc: "", at: "", docpage: "" });
  back.textContent = s.view === "precedents" ? "← Back to precedents" : "← Back to results";
  const current = newTicket();
  const title = $("doc-title");
  const meta = $("doc-meta");
  const text = $("doc-text");
  title.textContent = "Loading…";
  meta.replaceChildren();
  text.replaceChildren();
  renderCasePath($("doc-path"), s, {});
  try {
    const d = await api("/api/doc", new URLSearchParams({ id: s.doc }), "document lookup");
    if (!current()) return;
    title.textContent = d.title || d.id;
    document.title = `${d.title || d.id} – foisearch`;
    metaRow(meta, "Authority", d.authority);
    metaRow(meta, "Force", d.force);
    metaRow(meta, "Date", d.date ? formatDate(d.date) : "undated");
    metaRow(meta, "Reference", d.reference);
    metaRow(meta, "Exemptions", d.exemptions);
    metaRow(meta, "Offences", d.offences);
    metaRow(meta, "Kind", docTypeName(d.doc_type));
    metaRow(meta, "File", d.id);
    sourceRow(meta, d.url);
    metaRow(meta, "Outcome", d.outcome);
    if (d.ncnd) metaRow(meta, "Neither confirm nor deny", "yes: it neither confirms nor denies (part of) what was asked");
    if (d.pages && d.pages.length) metaRow(meta, "Pages", String(d.pages.length));
    renderCasePath($("doc-path"), s, d);
    if (d.passages && d.passages.length) metaRow(meta, "Passages", `${d.passages.length}, labelled in the text with their role and exemptions`);
    const shown = { q: s.q, exemptions: d.exemptions || [], pages: d.pages || [], passages: d.passages || [], label: passageLabel };
    if (d.messages && d.messages.length > 1) renderThread(text, d.text || "", d.messages, shown);
    else renderDocText(text, d.text || "", shown);
    showTarget(s);
  } catch (e) {
    if (!current()) return;
    title.textContent = "Document not available";
    text.textContent = e.message;
  }
  settled();
}

// ---- rendering and wiring -------------------------------------------------------------------------------------

function showView(s) {
  const view = s.doc ? "doc-view" : s.view === "precedents" ? "precedents-view" : "results-view";
  for (const id of ["results-view", "precedents-view", "doc-view"]) $(id).hidden = id !== view;
  for (const [tab, tabView] of [["tab-search", "search"], ["tab-precedents", "precedents"]]) {
    if (s.view === tabView) $(tab).setAttribute("aria-current", "page");
    else $(tab).removeAttribute("aria-current");
  }
}

function syncForm(s) {
  $("q").value = s.view === "search" ? s.q : "";
  $("sort").value = s.sort;
  $("from").value = s.from;
  $("to").value = s.to;
}

function render() {
  const s = readState();
  showView(s);
  syncForm(s);
  if (s.doc) return renderDocument(s);
  return s.view === "precedents" ? renderPrecedents(s) : renderResults(s);
}

function followLink(id, url) {
  $(id).addEventListener("click", (e) => {
    if (e.ctrlKey || e.metaKey || e.shiftKey || e.altKey || e.button !== 0) return;
    e.preventDefault();
    go(typeof url === "function" ? url() : url);
  });
}

function wire() {
  $("search-form").addEventListener("submit", (e) => {
    e.preventDefault();
    const q = $("q").value.trim();
    if (readState().view === "search") navigate({ q, page: 1, doc: "", at: "", docpage: "", like: "", words: false });
    else go(urlFor(emptyState({ q })));
  });
  $("sort").addEventListener("change", () => navigate({ sort: $("sort").value, page: 1 }));
  $("date-form").addEventListener("submit", (e) => {
    e.preventDefault();
    navigate({ from: $("from").value, to: $("to").value, page: 1 });
  });
  $("help-toggle").addEventListener("click", () => {
    const help = $("help");
    help.hidden = !help.hidden;
    $("help-toggle").setAttribute("aria-expanded", String(!help.hidden));
  });
  followLink("back", () => urlFor({ ...readState(), doc: "", at: "", docpage: "" }));
  followLink("home", "/");
  followLink("tab-search", "/");
  followLink("tab-precedents", "/?view=precedents");
  wirePrecedents();
  wireCooccurrence();
  onNavigate(render);
  window.addEventListener("popstate", render);
}

wire();
render();
