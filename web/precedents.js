// The Precedents view: how authorities word a refusal. Browsing shows each wording variant as a cluster card
// (/api/passages?collapse=cluster) that opens into its members and their word-level differences from the
// central wording (/api/cluster). A pasted paragraph, or a passage of a document, lists the passages worded most
// like it (/api/similar). Every state is a URL: ?view=precedents&exemption=s23(5)&role=ncnd&open=PASSAGE_ID,
// ?view=precedents&text=..., ?view=precedents&passage=DOC%23pN.

import { $, el, chip, api, showMessage } from "./dom.js";
import { PASSAGE_FACETS, docTypeLabel, emptyState, urlFor, navigate, go, link, readState, replace, settled, newTicket } from "./state.js";
import { appendMarked } from "./doctext.js";
import { formatDate } from "./dates.js";
import { renderFacets, renderActiveFilters, renderPager } from "./filters.js";

const PAGE_SIZE = 10;
const SIMILAR_SIZE = 10;
const MEMBERS_SIZE = 100; // the most /api/cluster gives
const MAX_TEXT_BYTES = 4096; // the most /api/similar compares
const MAX_URL = 7000; // foi-searchd refuses request lines much longer than this
const LONG_WORDING = 700; // characters; a longer wording is shown clamped, with a button to show all of it

const ROLES = {
  harm: "Harm",
  public_interest_for: "Public interest for",
  public_interest_against: "Public interest against",
  balance: "Balancing test",
  ncnd: "Neither confirm nor deny",
  cost_limit: "Cost limit",
  vexatious: "Vexatious",
  not_held: "Not held",
  refusal_notice: "Refusal notice",
  advice_and_assistance: "Advice and assistance",
  review_rights: "Review rights",
  disclosure: "Disclosure",
  reasoning: "A decision's or guidance's reasoning",
  other: "Other",
};
export const roleLabel = (role) => ROLES[role] || role;
const LABELS = { role: roleLabel, doc_type: docTypeLabel };

export function roleChip(role) {
  return el("span", { class: "chip role", "data-role": role, title: `Role: ${roleLabel(role)}`, text: roleLabel(role) });
}

export function plural(n, one, many = `${one}s`) {
  return `${n.toLocaleString("en-GB")} ${n === 1 ? one : many}`;
}

// The state that lists passages worded like this one.
export const similarState = (passageId) => emptyState({ view: "precedents", passage: passageId });

// A link to a passage's document, scrolled to the passage; Back returns here.
function docLink(p) {
  const change = { doc: p.document.id, at: p.id };
  return el("a", {
    href: urlFor({ ...readState(), ...change }),
    class: "doc-link",
    text: p.document.title || p.document.id,
    onclick: (e) => {
      if (e.ctrlKey || e.metaKey || e.shiftKey || e.altKey || e.button !== 0) return;
      e.preventDefault();
      navigate(change);
    },
  });
}

function seen(c) {
  if (!c.first && !c.last) return "dates unknown";
  const shown = (d) => (d ? formatDate(d) : "undated");
  if (c.first === c.last) return `seen ${shown(c.first)}`;
  return `first seen ${shown(c.first)}, last seen ${shown(c.last)}`;
}

// ---- members and their differences ------------------------------------------------------------------------------

// The member's words against the central wording's: <ins> only in this member, <del> only in the central one.
function renderDiff(container, diff) {
  diff.forEach((part, i) => {
    if (i) container.append(" ");
    if (part.op === "added") container.append(el("ins", { title: "only in this passage", text: part.text }));
    else if (part.op === "removed") container.append(el("del", { title: "only in the central wording", text: part.text }));
    else container.append(part.text);
  });
}

function member(m, central) {
  const head = el("p", { class: "member-head" },
    el("strong", { class: "member-authority", text: m.document.authority || "Unknown authority" }), " ",
    el("span", { class: "date", text: m.document.date ? formatDate(m.document.date) : "undated" }), " ",
    docLink(m), " ",
    m.id === central ? chip("central wording", "chip central") : null);
  const text = el("p", { class: "member-text" });
  renderDiff(text, m.diff && m.diff.length ? m.diff : [{ op: "same", text: m.text }]);
  return el("li", { class: "member", "data-passage": m.id }, head, text);
}

async function loadMembers(box, cluster) {
  box.replaceChildren(el("p", { class: "loading", text: "Loading the passages…" }));
  try {
    const d = await api("/api/cluster", new URLSearchParams({ id: cluster.id, size: String(MEMBERS_SIZE) }), "cluster lookup");
    const legend = el("p", { class: "legend" }, "Each passage against the central wording: ",
      el("span", { class: "legend-ins", text: "underlined words" }), " are only in that passage, ",
      el("span", { class: "legend-del", text: "struck-out words" }), " only in the central wording.");
    const list = el("ol", { class: "members-list" }, ...d.members.map((m) => member(m, d.cluster.central)));
    const more = d.cluster.size > d.members.length ? el("p", { class: "empty", text: `Showing ${d.members.length} of ${d.cluster.size} passages.` }) : null;
    box.replaceChildren(...[legend, list, more].filter(Boolean));
    box.dataset.loaded = "yes";
  } catch (e) {
    box.replaceChildren(el("p", { class: "message error", text: e.message }));
  }
}

// ---- cards --------------------------------------------------------------------------------------------------

const openers = new WeakMap(); // card -> function opening or closing its members list
let cardCount = 0;
let viewCurrent = () => false; // whether the render that built the cards is still the latest

function membersToggle(item, p) {
  const c = p.cluster;
  const box = el("div", { class: "members", id: `members-${++cardCount}`, hidden: true });
  const closedText = `Show the ${c.size} passages with this wording`;
  const toggle = el("button", { type: "button", class: "members-toggle", "aria-expanded": "false", "aria-controls": box.id, text: closedText });
  const setOpen = async (open, record) => {
    toggle.setAttribute("aria-expanded", String(open));
    toggle.textContent = open ? "Hide the passages" : closedText;
    box.hidden = !open;
    if (record) {
      const s = readState();
      replace({ open: open ? [...new Set([...s.open, p.id])] : s.open.filter((x) => x !== p.id) });
    }
    const current = viewCurrent;
    if (open && !box.dataset.loaded) await loadMembers(box, c);
    if (record && current()) settled();
  };
  toggle.addEventListener("click", () => setOpen(toggle.getAttribute("aria-expanded") !== "true", true));
  openers.set(item, setOpen);
  return [toggle, box];
}

// A long wording shows its first lines until its button is pressed.
function clampToggle(wording) {
  wording.classList.add("clamped");
  wording.id = `wording-${++cardCount}`;
  const button = el("button", { type: "button", class: "link-button", "aria-expanded": "false", "aria-controls": wording.id, text: "Show the whole passage" });
  button.addEventListener("click", () => {
    const open = wording.classList.toggle("clamped") === false;
    button.setAttribute("aria-expanded", String(open));
    button.textContent = open ? "Show less" : "Show the whole passage";
  });
  return el("p", { class: "clamp-toggle" }, button);
}

// A passage as a card: its chips, its wording, how widely the wording is used, where this copy is from, and its
// cluster's members on demand.
function card(p, s, { similarity } = {}) {
  const c = p.cluster || { id: "", size: 1, authorities: 1, central: p.id, first: null, last: null };
  const item = el("li", { class: "card", "data-cluster": c.id, "data-passage": p.id });
  const chips = el("p", { class: "card-chips" });
  if (similarity !== undefined) chips.append(el("strong", { class: "similarity", text: `${Math.round(similarity * 100)}% similar` }));
  chips.append(roleChip(p.role), ...p.exemptions.map((e) => chip(e, "chip exemption")));
  const wording = el("blockquote", { class: "wording" });
  if (p.heading) wording.append(el("span", { class: "wording-heading", text: p.heading }));
  appendMarked(wording, p.text, s.q, p.exemptions);
  const whole = p.text.length > LONG_WORDING ? clampToggle(wording) : null;
  const stats = el("p", { class: "card-stats" },
    el("strong", { class: "used-by", text: `Used by ${plural(c.authorities, "authority", "authorities")}` }),
    el("span", { class: "size", text: plural(c.size, "passage") }),
    el("span", { class: "seen", text: seen(c) }));
  const source = el("p", { class: "card-source" }, c.size > 1 && p.id === c.central ? "Central wording, from " : "This copy from ",
    el("span", { class: "card-authority", text: p.document.authority || "Unknown authority" }), ", ",
    el("span", { class: "card-date", text: p.document.date ? formatDate(p.document.date) : "undated" }), ": ", docLink(p));
  const actions = el("p", { class: "card-actions" });
  if (p.id !== s.passage)
    actions.append(link(similarState(p.id), { class: "similar-link", text: "Similar wording", "aria-label": `Similar wording: passages worded like this one from ${p.document.authority || "this document"}` }));
  item.append(...[chips, wording, whole, stats, source, actions].filter(Boolean));
  if (c.size > 1) {
    const [toggle, box] = membersToggle(item, p);
    actions.prepend(toggle);
    item.append(box);
  }
  return item;
}

async function openCards(s) {
  const waits = [];
  for (const item of $("p-cards").children) if (s.open.includes(item.dataset.passage) && openers.has(item)) waits.push(openers.get(item)(true, false));
  await Promise.all(waits);
}

// ---- the two modes ------------------------------------------------------------------------------------------

function browseParams(s) {
  const p = new URLSearchParams();
  if (s.q) p.set("q", s.q);
  for (const [name] of PASSAGE_FACETS) for (const v of s.filters[name]) p.append(name, v);
  if (s.match === "all") p.set("exemption_match", "all");
  if (s.sort !== "relevance") p.set("sort", s.sort);
  p.set("page", String(s.page));
  p.set("size", String(PAGE_SIZE));
  p.set("collapse", "cluster");
  return p;
}

async function renderBrowse(s, current) {
  renderActiveFilters($("p-active"), PASSAGE_FACETS, s, [], LABELS);
  const data = await api("/api/passages", browseParams(s));
  if (!current()) return;
  const n = data.total;
  $("p-heading").textContent = `${plural(n, "wording variant")}${s.q ? ` for “${s.q}”` : ""}`;
  const chosen = s.q || PASSAGE_FACETS.some(([name]) => s.filters[name].length);
  showMessage($("p-message"), !n ? "No passages match these words and filters. Untick a filter or try other words." :
    !data.passages.length ? `No more results: page ${s.page} is past the end.` : chosen ? "" : "Choose an exemption and a role, type words the passage uses, or paste a paragraph. Until then, every wording is listed.");
  $("p-cards").replaceChildren(...data.passages.map((p) => card(p, s)));
  renderFacets($("p-facet-lists"), PASSAGE_FACETS, s, data, { prefix: "p-", labels: LABELS });
  renderPager($("p-pager"), n, s.page, PAGE_SIZE);
  await openCards(s);
}

// The passage being compared, from its document's passages.
function sourceBox(doc, passageId) {
  const p = doc && (doc.passages || []).find((x) => x.id === passageId);
  if (!p) return null;
  const wording = el("blockquote", { class: "wording" });
  if (p.heading) wording.append(el("span", { class: "wording-heading", text: p.heading }));
  wording.append(p.text);
  return el("div", { class: "source" },
    el("p", { class: "card-source" }, "Compared: a passage from ", el("span", { class: "card-authority", text: doc.authority || "Unknown authority" }), ", ",
      el("span", { class: "card-date", text: doc.date ? formatDate(doc.date) : "undated" }), ": ", docLink(p)),
    el("p", { class: "card-chips" }, roleChip(p.role), ...p.exemptions.map((e) => chip(e, "chip exemption"))),
    wording);
}

async function renderSimilar(s, current) {
  const params = new URLSearchParams(s.passage ? { passage: s.passage } : { text: s.text });
  params.set("size", String(SIMILAR_SIZE));
  for (const v of s.filters.doc_type) params.append("doc_type", v);
  const docId = s.passage.replace(/#p\d+$/, "");
  const source = s.passage ? api("/api/doc", new URLSearchParams({ id: docId })).catch(() => null) : null;
  const [data, doc] = await Promise.all([api("/api/similar", params, "comparison"), source]);
  if (!current()) return;
  const n = data.passages.length;
  const like = s.passage ? "this passage" : "your paragraph";
  $("p-heading").textContent = n ? `${plural(n, "passage")} worded like ${like}` : `Passages worded like ${like}`;
  const box = $("p-source");
  box.replaceChildren();
  const shown = s.passage ? sourceBox(doc, s.passage) : null;
  if (shown) box.append(shown);
  box.hidden = !shown;
  const where = s.passage ? "in other documents " : "";
  showMessage($("p-message"), n ? "" : `No passages ${where}are worded like ${like}.`);
  $("p-cards").replaceChildren(...data.passages.map((p) => card(p, s, { similarity: p.similarity })));
  await openCards(s);
}

function syncForm(s, similar) {
  $("p-q").value = s.q;
  $("p-sort").value = s.sort;
  $("p-text").value = s.text;
  $("p-paste-note").textContent = "";
  $("p-text").removeAttribute("aria-invalid");
  $("p-sort-label").hidden = similar;
  $("precedents-view").classList.toggle("similar", similar);
}

export async function renderPrecedents(s) {
  const similar = Boolean(s.passage || s.text);
  syncForm(s, similar);
  const current = newTicket();
  viewCurrent = current;
  document.title = "Precedents – foisearch";
  $("p-source").hidden = true;
  $("p-active").replaceChildren();
  $("p-pager").replaceChildren();
  try {
    await (similar ? renderSimilar(s, current) : renderBrowse(s, current));
  } catch (e) {
    if (!current()) return;
    $("p-heading").textContent = similar ? "Comparison failed" : "Search failed";
    $("p-cards").replaceChildren();
    showMessage($("p-message"), e.message, { error: true });
  }
  if (current()) settled();
}

// ---- forms --------------------------------------------------------------------------------------------------

function pasteProblem(text) {
  if (!text) return "Paste a paragraph first.";
  const bytes = new TextEncoder().encode(text).length;
  if (bytes > MAX_TEXT_BYTES || encodeURIComponent(text).length > MAX_URL)
    return `That paragraph is too long to compare (${bytes.toLocaleString("en-GB")} bytes; the limit is ${MAX_TEXT_BYTES.toLocaleString("en-GB")}, about 600 words). Paste a shorter part of it.`;
  return "";
}

export function wirePrecedents() {
  $("p-form").addEventListener("submit", (e) => {
    e.preventDefault();
    navigate({ q: $("p-q").value.trim(), page: 1, text: "", passage: "", open: [] });
  });
  $("p-sort").addEventListener("change", () => navigate({ sort: $("p-sort").value, page: 1, open: [] }));
  $("p-paste").addEventListener("submit", (e) => {
    e.preventDefault();
    const text = $("p-text").value.trim();
    const problem = pasteProblem(text);
    $("p-paste-note").textContent = problem;
    if (problem) {
      $("p-text").setAttribute("aria-invalid", "true");
      $("p-text").focus();
      return;
    }
    go(urlFor(emptyState({ view: "precedents", text })));
  });
}
