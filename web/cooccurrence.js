// "Exemptions cited together": for the current search, the pairs of refusal grounds its documents cite together
// (GET /api/cooccurrence, API.md), most documents first, each pair a link to the documents citing both. Asked for
// only while the panel is open; a new search while it is open asks again.

import { $, el, api } from "./dom.js";
import { link, searchFilterParams } from "./state.js";

const SHOWN = 12;
let level = "section"; // "section": s30 with s40; "all": subsections too (s30(1)(a) with s40(2))
let lastState = null;
let names = new Map(); // exemption value -> short name, from the search's facet

function params(s) {
  const p = searchFilterParams(s);
  p.set("level", level);
  p.set("limit", String(SHOWN));
  return p;
}

// The search narrowed to documents citing both grounds. Ticked exemptions stay when they already narrow (one
// ground, or "all of"); several ticked as "any of" give way to the pair, whose documents they all contain.
function pairState(s, a, b) {
  const ticked = s.filters.exemption;
  const keep = s.match === "all" || ticked.length <= 1 ? ticked : [];
  const exemption = [...new Set([...keep, a, b])];
  return { ...s, filters: { ...s.filters, exemption }, match: "all", page: 1, doc: "", at: "" };
}

function groundLabel(value) {
  const name = names.get(value);
  return name ? `${value} (${name})` : value;
}

function renderPairs(s, data) {
  const list = $("cooc-pairs");
  list.replaceChildren();
  const note = $("cooc-note");
  if (!data.pairs.length) {
    note.textContent = "No document in these results cites two different exemptions.";
    return;
  }
  const docs = (n) => `${n} ${n === 1 ? "document" : "documents"}`;
  note.textContent = `${docs(data.citing_two)} of ${data.total} ${data.citing_two === 1 ? "cites" : "cite"} two or more; ${data.pairs_total} ${data.pairs_total === 1 ? "pair" : "pairs"}${data.pairs_total > data.pairs.length ? `, the ${data.pairs.length} most cited shown` : ""}.`;
  const most = data.pairs[0].count;
  for (const p of data.pairs) {
    const bar = el("span", { class: `cooc-bar w${Math.max(1, Math.round((10 * p.count) / most))}` }); // CSP: no inline style
    const a = link(pairState(s, p.a, p.b), { class: "cooc-link", "data-a": p.a, "data-b": p.b, text: `${groundLabel(p.a)} with ${groundLabel(p.b)}` });
    list.append(el("li", { class: "cooc-row" }, a, el("span", { class: "count", text: docs(p.count) }), bar));
  }
}

async function load() {
  const s = lastState;
  if (!s || !$("cooc").open) return;
  const current = localTicket();
  $("cooc-note").textContent = "Counting…";
  try {
    const data = await api("/api/cooccurrence", params(s), "count of exemptions cited together");
    if (!current() || s !== lastState) return;
    renderPairs(s, data);
  } catch (e) {
    if (s !== lastState) return;
    $("cooc-pairs").replaceChildren();
    $("cooc-note").textContent = e.message;
  }
  $("cooc").dataset.loaded = "1";
}

// A ticket of this panel's own (the page's tickets belong to its renders).
let generation = 0;
function localTicket() {
  const mine = ++generation;
  return () => mine === generation;
}

// Called on every search render with its state and answer.
export function renderCooccurrence(s, data) {
  lastState = s;
  names = new Map(((data && data.facets && data.facets.exemption) || []).filter((v) => v.name).map((v) => [v.value, v.name]));
  delete $("cooc").dataset.loaded;
  load();
}

export function wireCooccurrence() {
  $("cooc").addEventListener("toggle", load);
  for (const radio of document.querySelectorAll("input[name=cooc-level]"))
    radio.addEventListener("change", (e) => {
      level = e.target.value;
      load();
    });
}
