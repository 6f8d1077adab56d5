// foisearch's page: every state lives in the URL; the DOM is built with textContent. Only renderSnippet makes
// markup from server text, and only <mark> elements.

const FACETS = [
  ["force", "Force"],
  ["exemption", "Exemption"],
  ["offence", "Offence"],
  ["authority", "Authority"],
  ["outcome", "Outcome"],
];
const PAGE_SIZE = 10;
const MAX_DEPTH = 10000; // page x size, as the API allows
const LONG_LIST = 6; // a facet longer than this gets a filter box

const $ = (id) => document.getElementById(id);

function el(tag, props = {}, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(props)) {
    if (k === "class") node.className = v;
    else if (k === "text") node.textContent = v;
    else if (k.startsWith("on")) node.addEventListener(k.slice(2), v);
    else if (v !== undefined && v !== null && v !== false) node.setAttribute(k, v === true ? "" : String(v));
  }
  for (const c of children) if (c !== null && c !== undefined) node.append(c);
  return node;
}

// ---- state <-> URL -------------------------------------------------------------------------------------------

function readState() {
  const p = new URLSearchParams(location.search);
  const filters = {};
  for (const [name] of FACETS) filters[name] = p.getAll(name);
  return {
    q: p.get("q") || "",
    filters,
    from: p.get("from") || "",
    to: p.get("to") || "",
    sort: p.get("sort") || "relevance",
    page: Math.max(1, parseInt(p.get("page") || "1", 10) || 1),
    doc: p.get("doc") || "",
  };
}

function toParams(s, { withDoc = true } = {}) {
  const p = new URLSearchParams();
  if (s.q) p.set("q", s.q);
  for (const [name] of FACETS) for (const v of s.filters[name] || []) p.append(name, v);
  if (s.from) p.set("from", s.from);
  if (s.to) p.set("to", s.to);
  if (s.sort && s.sort !== "relevance") p.set("sort", s.sort);
  if (s.page > 1) p.set("page", String(s.page));
  if (withDoc && s.doc) p.set("doc", s.doc);
  return p;
}

function urlFor(s) {
  const qs = toParams(s).toString();
  return qs ? `/?${qs}` : "/";
}

function navigate(change) {
  const next = { ...readState(), ...change };
  history.pushState(null, "", urlFor(next));
  render();
}

// ---- talking to the API ----------------------------------------------------------------------------------------

async function api(path, params) {
  let response;
  try {
    response = await fetch(`${path}?${params}`, { headers: { Accept: "application/json" } });
  } catch {
    throw new Error("The search service could not be reached. Is foi-searchd running?");
  }
  const body = await response.json().catch(() => null);
  if (!response.ok) {
    const message = body && body.error && body.error.message ? body.error.message : `status ${response.status}`;
    throw new Error(`The search could not be run: ${message}.`);
  }
  return body;
}

// ---- text with marks --------------------------------------------------------------------------------------------

function unescapeHtml(s) {
  return s.replace(/&(#x[0-9a-f]+|#[0-9]+|lt|gt|amp|quot|apos);/gi, (m, e) => {
    const named = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" }[e.toLowerCase()];
    if (named) return named;
    const code = e[1] === "x" || e[1] === "X" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
    return Number.isFinite(code) && code > 0 && code < 0x110000 ? String.fromCodePoint(code) : m;
  });
}

// The API's snippet is escaped text whose only markup is <mark>...</mark>: anything else stays text.
function renderSnippet(html, container) {
  let target = container;
  for (const part of html.split(/(<mark>|<\/mark>)/)) {
    if (part === "<mark>") {
      target = el("mark");
      container.append(target);
    } else if (part === "</mark>") {
      target = container;
    } else if (part) {
      target.append(document.createTextNode(unescapeHtml(part)));
    }
  }
}

function escapeRegExp(s) {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

// Words of the query worth highlighting in a document: no operators, field prefixes or punctuation.
function queryWords(q) {
  const stripped = q.replace(/\b(force|exemption|offence|authority):("[^"]*"|\S+)/g, " ");
  const words = stripped.match(/[\p{L}\p{N}']+\*?/gu) || [];
  return words.filter((w) => !["AND", "OR", "NOT", "NEAR", "XOR"].includes(w) && w.length > 1);
}

// Ranges [start, end, class] of query words and of the document's exemption citations, without overlaps.
function highlightRanges(text, q, exemptions) {
  const ranges = [];
  for (const w of queryWords(q)) {
    const base = w.endsWith("*") ? w.slice(0, -1) : w;
    const stem = base.length > 4 ? base.slice(0, Math.max(4, base.length - 2)) : base;
    const re = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(stem)}[\\p{L}\\p{N}]*`, "giu");
    for (const m of text.matchAll(re)) ranges.push([m.index, m.index + m[0].length, "hit"]);
  }
  const sections = new Set(exemptions.map((e) => (e.match(/(\d+[A-Z]?)/) || [])[1]).filter(Boolean));
  const cite = /\b(?:sections?|secs?\.?|ss?\.|s\.?|regulations?|regs?\.?|r\.)\s?(\d{1,3}[A-Z]?)((?:\s?\([0-9A-Za-z]{1,4}\))*)/gi;
  for (const m of text.matchAll(cite)) {
    if (sections.has(m[1].toUpperCase()) || sections.has(m[1])) ranges.push([m.index, m.index + m[0].length, "cite"]);
  }
  ranges.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  const out = [];
  for (const r of ranges) if (!out.length || r[0] >= out[out.length - 1][1]) out.push(r);
  return out;
}

function appendMarked(container, text, q, exemptions) {
  let at = 0;
  for (const [start, end, kind] of highlightRanges(text, q, exemptions)) {
    if (start > at) container.append(document.createTextNode(text.slice(at, start)));
    container.append(el("mark", { class: kind, text: text.slice(start, end) }));
    at = end;
  }
  container.append(document.createTextNode(text.slice(at)));
}

// The API gives page starts as UTF-8 byte offsets; JavaScript strings count UTF-16 units.
function byteOffsetsToIndexes(text, offsets) {
  const out = [];
  let bytes = 0;
  let k = 0;
  for (let i = 0; i < text.length && k < offsets.length; ) {
    while (k < offsets.length && bytes >= offsets[k]) out.push(i), k++;
    const cp = text.codePointAt(i);
    bytes += cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4;
    i += cp > 0xffff ? 2 : 1;
  }
  while (k++ < offsets.length) out.push(text.length);
  return out;
}

// The document's text with query words and citations marked, and a "Page N" marker where each page starts.
function renderMarkedText(container, text, q, exemptions, pages = []) {
  container.replaceChildren();
  if (!pages.length) return appendMarked(container, text, q, exemptions);
  const starts = byteOffsetsToIndexes(text, pages.map((p) => p.offset));
  if (starts[0] > 0) appendMarked(container, text.slice(0, starts[0]), q, exemptions);
  pages.forEach((p, i) => {
    container.append(el("span", { class: "page-marker", id: `page-${p.page}`, text: `Page ${p.page}` }));
    appendMarked(container, text.slice(starts[i], i + 1 < starts.length ? starts[i + 1] : text.length), q, exemptions);
  });
}

// ---- results ------------------------------------------------------------------------------------------------

function chip(text, cls = "chip") {
  return el("span", { class: cls, text });
}

function renderHits(s, data) {
  const list = $("hits");
  list.replaceChildren();
  for (const hit of data.hits) {
    const link = el("a", { href: urlFor({ ...s, doc: hit.id }), class: "hit-title", text: hit.title || hit.id });
    link.addEventListener("click", (e) => {
      if (e.ctrlKey || e.metaKey || e.shiftKey || e.button !== 0) return;
      e.preventDefault();
      navigate({ doc: hit.id });
    });
    const meta = el("p", { class: "hit-meta" });
    meta.append(chip(hit.authority || "Unknown authority", "authority"));
    meta.append(chip(hit.date || "undated", "date"));
    if (hit.reference) meta.append(chip(`ref ${hit.reference}`, "ref"));
    if (hit.outcome) meta.append(chip(hit.outcome, "outcome"));
    if (hit.page) meta.append(chip(`page ${hit.page}`, "page"));
    const exemptions = el("p", { class: "hit-exemptions", "aria-label": "Exemptions cited" });
    for (const e of hit.exemptions) exemptions.append(chip(e, "chip exemption"));
    const snippet = el("p", { class: "snippet" });
    renderSnippet(hit.snippet || "", snippet);
    list.append(el("li", { class: "hit" }, el("h3", {}, link), meta, hit.exemptions.length ? exemptions : null, snippet));
  }
}

function renderTotal(s, data) {
  const n = data.total;
  const words = n === 1 ? "1 document" : `${n.toLocaleString("en-GB")} documents`;
  $("results-heading").textContent = s.q ? `${words} for “${s.q}”` : words;
  const message = $("message");
  message.replaceChildren();
  message.hidden = n !== 0;
  if (n === 0) {
    message.append("No documents match these words and filters.");
    if (data.suggestion) {
      const a = el("a", { href: urlFor({ ...s, q: data.suggestion, page: 1 }), text: data.suggestion });
      a.addEventListener("click", (e) => {
        e.preventDefault();
        navigate({ q: data.suggestion, page: 1 });
      });
      message.append(" Did you mean ", a, "?");
    }
  }
}

function renderPager(s, data) {
  const pager = $("pager");
  pager.replaceChildren();
  const pages = Math.min(Math.ceil(data.total / PAGE_SIZE), Math.floor(MAX_DEPTH / PAGE_SIZE));
  if (pages <= 1) return;
  const button = (label, page, current = false) =>
    el("button", {
      type: "button",
      text: label,
      "aria-current": current ? "page" : null,
      "aria-label": `Page ${page}`,
      disabled: current,
      onclick: () => navigate({ page }),
    });
  if (s.page > 1) pager.append(button("← Previous", s.page - 1));
  for (let p = Math.max(1, s.page - 3); p <= Math.min(pages, s.page + 3); ++p) pager.append(button(String(p), p, p === s.page));
  if (s.page < pages) pager.append(button("Next →", s.page + 1));
}

// ---- filters --------------------------------------------------------------------------------------------------

function toggleFilter(name, value, on) {
  const s = readState();
  const values = new Set(s.filters[name]);
  if (on) values.add(value);
  else values.delete(value);
  navigate({ filters: { ...s.filters, [name]: [...values] }, page: 1 });
}

function renderActiveFilters(s) {
  const box = $("active-filters");
  box.replaceChildren();
  const remove = (label, change) =>
    box.append(el("button", { type: "button", class: "chip removable", "aria-label": `Remove filter ${label}`, text: `${label} ×`, onclick: () => navigate({ ...change, page: 1 }) }));
  for (const [name, title] of FACETS)
    for (const v of s.filters[name]) remove(`${title}: ${v}`, { filters: { ...s.filters, [name]: s.filters[name].filter((x) => x !== v) } });
  if (s.from || s.to) remove(`Date: ${s.from || "…"} to ${s.to || "…"}`, { from: "", to: "" });
}

function exemptionSection(v) {
  return v.replace(/\(.*$/, "");
}

function facetRow(name, value, count, checked, depth = 0) {
  const id = `f-${name}-${value}`.replace(/[^A-Za-z0-9_-]/g, (c) => `_${c.charCodeAt(0)}`);
  const box = el("input", { type: "checkbox", id, checked, onchange: (e) => toggleFilter(name, value, e.target.checked) });
  const label = el("label", { for: id }, el("span", { class: "value", text: value }), count === null ? null : el("span", { class: "count", text: String(count) }));
  return el("li", { class: `facet-row depth-${depth}`, "data-value": value }, box, label);
}

// Exemptions grouped by section: the section (any subsection) first, its values indented by depth.
function exemptionRows(values, selected) {
  const groups = new Map();
  for (const v of values) {
    const section = exemptionSection(v.value);
    if (!groups.has(section)) groups.set(section, []);
    groups.get(section).push(v);
  }
  for (const v of selected) if (!groups.has(exemptionSection(v))) groups.set(exemptionSection(v), []);
  const rows = [];
  for (const [section, members] of groups) {
    const own = members.find((m) => m.value === section);
    rows.push(facetRow("exemption", section, own ? own.count : null, selected.includes(section), 0));
    members.sort((a, b) => a.value.localeCompare(b.value, "en", { numeric: true }));
    for (const m of members) {
      if (m.value === section) continue;
      const depth = Math.min(3, (m.value.match(/\(/g) || []).length);
      rows.push(facetRow("exemption", m.value, m.count, selected.includes(m.value), depth));
    }
  }
  return rows;
}

function renderFacets(s, data) {
  const root = $("facet-lists");
  root.replaceChildren();
  for (const [name, title] of FACETS) {
    const values = [...(data.facets[name] || [])];
    const selected = s.filters[name];
    for (const v of selected) if (!values.some((x) => x.value === v)) values.push({ value: v, count: 0 });
    const list = el("ul", { class: "facet-values", "aria-label": title });
    const rows = name === "exemption" ? exemptionRows(values, selected) : values.map((v) => facetRow(name, v.value, v.count, selected.includes(v.value)));
    list.append(...rows);
    const section = el("section", { class: "facet", "data-facet": name }, el("h2", { text: title }));
    if (values.length > LONG_LIST) {
      const filter = el("input", { type: "search", class: "facet-filter", "data-facet": name, placeholder: `Filter ${title.toLowerCase()} list`, "aria-label": `Filter the ${title.toLowerCase()} list` });
      filter.addEventListener("input", () => {
        const needle = filter.value.toLowerCase();
        for (const row of list.children) row.hidden = needle !== "" && !row.dataset.value.toLowerCase().includes(needle);
      });
      section.append(filter);
    }
    if (!values.length) section.append(el("p", { class: "empty", text: "None in these results" }));
    section.append(list);
    root.append(section);
  }
}

// ---- date histogram -----------------------------------------------------------------------------------------

function lastDay(year, month) {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

function periodRange(value) {
  if (/^\d{4}$/.test(value)) return [`${value}-01-01`, `${value}-12-31`];
  const [y, m] = value.split("-").map(Number);
  return [`${value}-01`, `${value}-${String(lastDay(y, m)).padStart(2, "0")}`];
}

function renderHistogram(s, data) {
  const box = $("histogram");
  box.replaceChildren();
  const months = data.facets.month || [];
  const useMonths = months.length > 0 && months.length <= 36;
  const bars = useMonths ? months : data.facets.year || [];
  if (!bars.length) {
    box.append(el("p", { class: "empty", text: "No dated documents" }));
    return;
  }
  const max = Math.max(...bars.map((b) => b.count));
  const row = el("div", { class: "bars" });
  for (const b of bars) {
    const [from, to] = periodRange(b.value);
    const inRange = (!s.from || to >= s.from) && (!s.to || from <= s.to) && (s.from || s.to);
    const level = Math.max(1, Math.round((b.count / max) * 10));
    const bar = el("button", {
      type: "button",
      class: `bar h${level}${inRange ? " selected" : ""}`,
      title: `${b.value}: ${b.count}`,
      "aria-label": `${b.value}: ${b.count} documents. Choose this period; shift-click extends the range`,
      "data-period": b.value,
      onclick: (e) => {
        if (e.shiftKey && s.from) navigate({ to: to > s.from ? to : s.to, from: from < s.from ? from : s.from, page: 1 });
        else navigate({ from, to, page: 1 });
      },
    });
    row.append(bar);
  }
  box.append(row, el("p", { class: "axis", text: `${bars[0].value} – ${bars[bars.length - 1].value}${useMonths ? " by month" : " by year"}` }));
}

// ---- views ------------------------------------------------------------------------------------------------------

function syncForm(s) {
  $("q").value = s.q;
  $("sort").value = s.sort;
  $("from").value = s.from;
  $("to").value = s.to;
}

function showError(message) {
  const m = $("message");
  m.hidden = false;
  m.className = "message error";
  m.textContent = message;
}

let generation = 0;

async function renderResults(s) {
  $("doc-view").hidden = true;
  $("results-view").hidden = false;
  document.title = s.q ? `${s.q} – foisearch` : "foisearch";
  const mine = ++generation;
  const params = toParams({ ...s, doc: "" }, { withDoc: false });
  params.set("size", String(PAGE_SIZE));
  renderActiveFilters(s);
  try {
    const data = await api("/api/search", params);
    if (mine !== generation) return;
    $("message").className = "message";
    renderTotal(s, data);
    renderHits(s, data);
    renderFacets(s, data);
    renderHistogram(s, data);
    renderPager(s, data);
  } catch (e) {
    if (mine !== generation) return;
    $("hits").replaceChildren();
    $("pager").replaceChildren();
    $("results-heading").textContent = "Search failed";
    showError(e.message);
  }
  settled();
}

// Marks the page as showing what the URL asks for (tests and assistive tools can wait for it).
function settled() {
  document.body.dataset.rendered = location.search;
}

function metaRow(dl, term, value) {
  if (value === null || value === undefined || value === "" || (Array.isArray(value) && !value.length)) return;
  const dd = el("dd");
  if (Array.isArray(value)) for (const v of value) dd.append(chip(v));
  else dd.textContent = value;
  dl.append(el("dt", { text: term }), dd);
}

async function renderDocument(s) {
  $("results-view").hidden = true;
  $("doc-view").hidden = false;
  $("back").href = urlFor({ ...s, doc: "" });
  const mine = ++generation;
  const title = $("doc-title");
  const meta = $("doc-meta");
  const text = $("doc-text");
  title.textContent = "Loading…";
  meta.replaceChildren();
  text.replaceChildren();
  try {
    const d = await api("/api/doc", new URLSearchParams({ id: s.doc }));
    if (mine !== generation) return;
    title.textContent = d.title || d.id;
    document.title = `${d.title || d.id} – foisearch`;
    metaRow(meta, "Authority", d.authority);
    metaRow(meta, "Force", d.force);
    metaRow(meta, "Date", d.date || "undated");
    metaRow(meta, "Reference", d.reference);
    metaRow(meta, "Exemptions", d.exemptions);
    metaRow(meta, "Offences", d.offences);
    metaRow(meta, "Type", d.doc_type);
    metaRow(meta, "File", d.id);
    metaRow(meta, "Outcome", d.outcome);
    if (d.pages && d.pages.length) metaRow(meta, "Pages", String(d.pages.length));
    renderMarkedText(text, d.text || "", s.q, d.exemptions || [], d.pages || []);
  } catch (e) {
    if (mine !== generation) return;
    title.textContent = "Document not available";
    text.textContent = e.message;
  }
  settled();
}

function render() {
  const s = readState();
  syncForm(s);
  return s.doc ? renderDocument(s) : renderResults(s);
}

function wire() {
  $("search-form").addEventListener("submit", (e) => {
    e.preventDefault();
    navigate({ q: $("q").value.trim(), page: 1, doc: "" });
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
  $("back").addEventListener("click", (e) => {
    if (e.ctrlKey || e.metaKey || e.shiftKey || e.button !== 0) return;
    e.preventDefault();
    navigate({ doc: "" });
  });
  $("home").addEventListener("click", (e) => {
    e.preventDefault();
    history.pushState(null, "", "/");
    render();
  });
  window.addEventListener("popstate", render);
}

wire();
render();
