// The Precedents view: how authorities word a refusal. Browsing shows each wording variant as a cluster card
// (/api/passages?collapse=cluster) that opens into its members and their word-level differences from the
// central wording (/api/cluster). A pasted paragraph, or a passage of a document, lists the passages worded most
// like it (/api/similar). Every state is a URL: ?view=precedents&exemption=s23(5)&role=ncnd&open=PASSAGE_ID,
// ?view=precedents&text=..., ?view=precedents&passage=DOC%23pN. Pasted text is POSTed; a paste too long for a URL
// is kept in this tab's sessionStorage (?paste=KEY). A pasted letter's matches come grouped by its paragraphs.

import { $, el, chip, api, showMessage } from "./dom.js";
import { PASSAGE_FACETS, docTypeLabel, emptyState, urlFor, navigate, go, link, readState, replace, settled, newTicket } from "./state.js";
import { appendMarked } from "./doctext.js";
import { formatDate } from "./dates.js";
import { renderFacets, renderActiveFilters, renderPager } from "./filters.js";

const PAGE_SIZE = 10;
const SIMILAR_SIZE = 10;
const MEMBERS_SIZE = 100; // the most /api/cluster gives
const MAX_TEXT_BYTES = 65536; // the most /api/similar compares
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
  boilerplate: "Boilerplate",
  other: "Other",
};
const HIDDEN_ROLES = ["boilerplate", "review_rights"]; // left out unless asked for (API.md)

// How alike a match is, in words; the cut-offs are the API's (foi/precedents/likeness.h, docs/similarity.md).
const LIKENESS = {
  same_wording: "Same wording",
  close: "Close",
  loose: "Loosely similar",
  weak: "Weak",
};
const BANDS = "Same wording: 80% alike or more; close: 60–80%; loosely similar: 35–60%. Alike means the share of three-word runs the two texts share (names, dates and numbers aside).";
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
  if (similarity !== undefined)
    chips.append(el("strong", { class: "similarity", "data-likeness": p.likeness, title: BANDS, text: LIKENESS[p.likeness] || p.likeness }), " ",
      el("span", { class: "similarity-score", text: `(${Math.round(similarity * 100)}% alike)` }));
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
  if (s.boilerplate) p.set("boilerplate", "1");
  return p;
}

// One click shows (or hides again) the acknowledgements, review rights and other boilerplate left out by default.
function boilerplateNote(s, data) {
  const box = $("p-boilerplate");
  const asked = s.filters.role.some((r) => HIDDEN_ROLES.includes(r));
  const counts = Object.fromEntries((data.facets.role || []).map((v) => [v.value, v.count]));
  const hidden = HIDDEN_ROLES.reduce((n, r) => n + (counts[r] || 0), 0);
  box.hidden = asked || (!hidden && !s.boilerplate);
  const button = el("button", { type: "button", class: "link-button", id: "p-boilerplate-toggle",
    text: s.boilerplate ? "Hide them again" : `Show them (${plural(hidden, "passage")})`,
    onclick: () => navigate({ boilerplate: !s.boilerplate, page: 1, open: [] }) });
  box.replaceChildren(s.boilerplate ? "Acknowledgements, review rights and other boilerplate are listed. " :
    "Acknowledgements, review rights, disclaimers and contact details are left out: they are not refusal wording. ", button);
  return box.hidden || s.boilerplate ? 0 : hidden;
}

async function renderBrowse(s, current) {
  renderActiveFilters($("p-active"), PASSAGE_FACETS, s, [], LABELS);
  const data = await api("/api/passages", browseParams(s));
  if (!current()) return;
  const n = data.total;
  $("p-heading").textContent = `${plural(n, "wording variant")}${s.q ? ` for “${s.q}”` : ""}`;
  const chosen = s.q || PASSAGE_FACETS.some(([name]) => s.filters[name].length);
  const hidden = boilerplateNote(s, data);
  showMessage($("p-message"), !n && hidden ? "Only boilerplate (acknowledgements, review rights…) matches these words and filters." :
    !n ? "No passages match these words and filters. Untick a filter or try other words." :
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

// Cards for matches: the weak ones behind a "show weaker" button.
function matchList(passages, s) {
  const strong = passages.filter((p) => p.likeness !== "weak");
  const weak = passages.filter((p) => p.likeness === "weak");
  const list = el("ol", { class: "cards" }, ...strong.map((p) => card(p, s, { similarity: p.similarity })));
  if (!weak.length) return [list];
  const more = el("ol", { class: "cards weaker", id: `weaker-${++cardCount}`, hidden: true }, ...weak.map((p) => card(p, s, { similarity: p.similarity })));
  const label = `Show ${plural(weak.length, "weaker match", "weaker matches")} (under 35% alike)`;
  const button = el("button", { type: "button", class: "link-button show-weaker", "aria-expanded": "false", "aria-controls": more.id, text: label });
  button.addEventListener("click", () => {
    more.hidden = !more.hidden;
    button.setAttribute("aria-expanded", String(!more.hidden));
    button.textContent = more.hidden ? label : "Hide the weaker matches";
  });
  return [list, el("p", { class: "weaker-toggle" }, button), more];
}

// The documents a pasted letter is found in, most paragraphs first.
function documentsBox(data) {
  const n = data.paragraphs.length;
  const docs = data.documents.slice(0, 5);
  if (!docs.length) return null;
  return el("div", { class: "paste-documents" },
    el("h3", { text: "Documents with this wording" }),
    el("ol", {}, ...docs.map((d) => el("li", { class: "paste-document", "data-document": d.document.id },
      docLink({ id: d.document.id, document: d.document }), " ",
      el("span", { class: "card-authority", text: d.document.authority || "Unknown authority" }), ", ",
      el("span", { class: "card-date", text: d.document.date || "undated" }), ": ",
      el("strong", { class: "paragraph-count", text: `${d.paragraphs} of ${n} paragraphs` })))));
}

// A pasted letter: one group per paragraph, its matches under it.
function paragraphGroup(g, i, s) {
  const head = el("div", { class: "paste-paragraph" },
    el("p", { class: "card-chips" }, el("strong", { text: `Your paragraph ${i + 1}` }), " ", roleChip(g.role)),
    el("blockquote", { class: "wording", text: g.heading ? `${g.heading}\n${g.text}` : g.text }));
  const body = g.passages.length ? matchList(g.passages, s) : [el("p", { class: "empty", text: "No passages are worded like this paragraph." })];
  return el("li", { class: "paste-group", "data-paragraph": String(i) }, head, ...body);
}

const pasteKey = (text) => {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; ++i) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193) >>> 0;
  return h.toString(36);
};
const pastedText = (s) => s.text || sessionStorage.getItem(`foisearch-paste-${s.paste}`) || "";

async function renderSimilar(s, current) {
  const text = s.passage ? "" : pastedText(s);
  if (!s.passage && !text) throw new Error("The pasted text is no longer kept in this tab. Paste it again.");
  const params = new URLSearchParams(s.passage ? { passage: s.passage } : {});
  params.set("size", String(SIMILAR_SIZE));
  for (const v of s.filters.doc_type) params.append("doc_type", v);
  const docId = s.passage.replace(/#p\d+$/, "");
  const source = s.passage ? api("/api/doc", new URLSearchParams({ id: docId })).catch(() => null) : null;
  const init = s.passage ? {} : { method: "POST", body: text };
  const [data, doc] = await Promise.all([api("/api/similar", params, "comparison", init), source]);
  if (!current()) return;
  const grouped = (data.paragraphs || []).length > 1;
  const n = data.passages.length;
  const like = s.passage ? "this passage" : grouped ? "your text" : "your paragraph";
  $("p-heading").textContent = grouped ? `Passages worded like the ${data.paragraphs.length} paragraphs of your text` :
    n ? `${plural(n, "passage")} worded like ${like}` : `Passages worded like ${like}`;
  const box = $("p-source");
  box.replaceChildren();
  const shown = s.passage ? sourceBox(doc, s.passage) : grouped ? documentsBox(data) : null;
  if (shown) box.append(shown);
  box.hidden = !shown;
  const where = s.passage ? "in other documents " : "";
  const strong = data.passages.filter((p) => p.likeness !== "weak").length;
  const left = data.paragraphs_left_out ? ` Only the first ${data.paragraphs.length} paragraphs were compared.` : "";
  showMessage($("p-message"), !n ? `No passages ${where}are worded like ${like}.` :
    !grouped && !strong ? `No passages ${where}are worded much like ${like}; only weaker matches.` : left.trim());
  $("p-legend").hidden = !n;
  if (grouped) {
    $("p-cards").replaceChildren(...data.paragraphs.map((g, i) => paragraphGroup(g, i, s)));
  } else {
    const [list, ...weaker] = matchList(data.passages, s);
    $("p-cards").replaceChildren(...list.children);
    $("p-weaker").replaceChildren(...weaker);
  }
  await openCards(s);
}

function syncForm(s, similar) {
  $("p-q").value = s.q;
  $("p-sort").value = s.sort;
  $("p-text").value = s.passage ? "" : pastedText(s);
  $("p-paste-note").textContent = "";
  $("p-text").removeAttribute("aria-invalid");
  $("p-sort-label").hidden = similar;
  $("precedents-view").classList.toggle("similar", similar);
}

export async function renderPrecedents(s) {
  const similar = Boolean(s.passage || s.text || s.paste);
  syncForm(s, similar);
  const current = newTicket();
  viewCurrent = current;
  document.title = "Precedents – foisearch";
  $("p-source").hidden = true;
  $("p-legend").hidden = true;
  $("p-boilerplate").hidden = true;
  $("p-weaker").replaceChildren();
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
  if (bytes > MAX_TEXT_BYTES)
    return `That text is too long to compare (${bytes.toLocaleString("en-GB")} bytes; the limit is ${MAX_TEXT_BYTES.toLocaleString("en-GB")}, about 10,000 words). Paste a shorter part of it.`;
  return "";
}

// A paste short enough rides in the URL (a link to it works anywhere); a longer one stays in this tab.
function pasteState(text) {
  if (encodeURIComponent(text).length <= MAX_URL) return { text };
  const key = pasteKey(text);
  sessionStorage.setItem(`foisearch-paste-${key}`, text);
  return { paste: key };
}

export function wirePrecedents() {
  $("p-form").addEventListener("submit", (e) => {
    e.preventDefault();
    navigate({ q: $("p-q").value.trim(), page: 1, text: "", paste: "", passage: "", open: [] });
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
    go(urlFor(emptyState({ view: "precedents", ...pasteState(text) })));
  });
}
