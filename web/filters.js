// Facet lists (multi-select checkboxes with counts), the active-filter chips and the pager: shared by the search
// and precedents views. A tick or an untick is a navigation, so it lives in the URL.

import { el } from "./dom.js";
import { readState, navigate } from "./state.js";

const LONG_LIST = 6; // a facet longer than this gets a filter box

function toggleFilter(name, value, on) {
  const s = readState();
  const values = new Set(s.filters[name]);
  if (on) values.add(value);
  else values.delete(value);
  navigate({ filters: { ...s.filters, [name]: [...values] }, page: 1, open: [] });
}

// opts.prefix keeps element ids unique between views; opts.labels[name](value) is a facet value's shown name;
// `more` is shown under the value (an exemption's name and kind).
function facetRow(name, value, count, checked, depth, opts, more = null) {
  const id = `${opts.prefix}f-${name}-${value}`.replace(/[^A-Za-z0-9_-]/g, (c) => `_${c.charCodeAt(0)}`);
  const shown = opts.labels && opts.labels[name] ? opts.labels[name](value) : value;
  const box = el("input", { type: "checkbox", id, checked, onchange: (e) => toggleFilter(name, value, e.target.checked) });
  const label = el("label", { for: id }, el("span", { class: "value", text: shown }, more), count === null ? null : el("span", { class: "count", text: String(count) }));
  return el("li", { class: `facet-row depth-${depth}`, "data-value": value }, box, label);
}

// The ground above an exemption: the API's `parent`, or for a ticked value the answer does not list, its last
// bracket dropped ("s40(3)(a)" for "s40(3)(a)(i)").
function exemptionParent(v) {
  if (v.parent !== undefined) return v.parent;
  const cut = v.value.lastIndexOf("(");
  return v.value.endsWith(")") && cut > 0 ? v.value.slice(0, cut) : "";
}

// An exemption's short name and whether it is absolute or qualified (API.md "The exemption tree").
function exemptionAbout(v) {
  if (!v.name) return null;
  const kind = el("span", { class: `exemption-kind kind-${(v.kind || "").replace(/ /g, "-")}`, text: v.kind, title: v.kind_note || null });
  return el("span", { class: "exemption-about" }, el("span", { class: "exemption-name", text: v.name }), " ", kind);
}

// Exemptions as the Acts nest them: each value under its parent (s40(3)(a)(i) under s40(3)(a) under s40(3) under
// s40), sections in the answer's order (most documents first), the grounds under one in the Act's order.
function exemptionRows(values, selected, opts) {
  const listed = new Map(values.map((v) => [v.value, v]));
  const children = new Map([["", []]]);
  for (const v of values) {
    let parent = exemptionParent(v);
    while (parent && !listed.has(parent)) parent = exemptionParent({ value: parent });
    if (!children.has(parent)) children.set(parent, []);
    children.get(parent).push(v);
  }
  const rows = [];
  const walk = (parent, depth) => {
    const members = children.get(parent) || [];
    if (parent) members.sort((a, b) => a.value.localeCompare(b.value, "en", { numeric: true }));
    for (const v of members) {
      rows.push(facetRow("exemption", v.value, v.count, selected.includes(v.value), Math.min(depth, 3), opts, exemptionAbout(v)));
      walk(v.value, depth + 1);
    }
  };
  walk("", 0);
  return rows;
}

// "Any of" or "all of" the ticked exemptions (API.md exemption_match): a switch is a navigation, like a tick.
function matchSwitch(s, opts) {
  const choice = (mode, text) =>
    el("label", {}, el("input", { type: "radio", name: `${opts.prefix}exemption-match`, value: mode, checked: s.match === mode, onchange: () => navigate({ match: mode, page: 1, open: [] }) }), ` ${text}`);
  return el("fieldset", { class: "exemption-match" }, el("legend", { text: "Citing" }), choice("any", "any of the ticked"), choice("all", "all of the ticked"));
}

// One <section data-facet=NAME> per facet into root, from an API answer's facets.
export function renderFacets(root, facets, s, data, opts = {}) {
  opts = { prefix: "", ...opts };
  // A tick re-renders the lists: keep keyboard focus on the same box.
  const focused = root.contains(document.activeElement) ? document.activeElement.id : "";
  root.replaceChildren();
  for (const [name, title] of facets) {
    const values = [...(data.facets[name] || [])];
    const selected = s.filters[name];
    for (const v of selected) if (!values.some((x) => x.value === v)) values.push({ value: v, count: 0 });
    const list = el("ul", { class: "facet-values", "aria-label": title });
    const rows = name === "exemption" ? exemptionRows(values, selected, opts) : values.map((v) => facetRow(name, v.value, v.count, selected.includes(v.value), 0, opts));
    list.append(...rows);
    const section = el("section", { class: "facet", "data-facet": name }, el("h2", { text: title }), name === "exemption" ? matchSwitch(s, opts) : null);
    if (values.length > LONG_LIST) {
      const filter = el("input", { type: "search", class: "facet-filter", "data-facet": name, placeholder: `Filter ${title.toLowerCase()} list`, "aria-label": `Filter the ${title.toLowerCase()} list` });
      filter.addEventListener("input", () => {
        const needle = filter.value.toLowerCase();
        for (const row of list.children) row.hidden = needle !== "" && !`${row.dataset.value} ${row.querySelector(".value").textContent}`.toLowerCase().includes(needle);
      });
      section.append(filter);
    }
    if (!values.length) section.append(el("p", { class: "empty", text: "None in these results" }));
    section.append(list);
    root.append(section);
  }
  if (focused && document.getElementById(focused)) document.getElementById(focused).focus();
}

// A removable chip per ticked facet value, and any extra [label, change] pairs (a date range).
export function renderActiveFilters(box, facets, s, extra = [], labels = {}) {
  box.replaceChildren();
  const remove = (label, change) =>
    box.append(el("button", { type: "button", class: "chip removable", "aria-label": `Remove filter ${label}`, text: `${label} ×`, onclick: () => navigate({ ...change, page: 1, open: [] }) }));
  for (const [name, title] of facets) {
    // Several exemptions ticked as "all of" say so on their chips: the list means every one, not any.
    const shown = name === "exemption" && s.match === "all" && s.filters[name].length > 1 ? `${title} (all of)` : title;
    for (const v of s.filters[name]) remove(`${shown}: ${labels[name] ? labels[name](v) : v}`, { filters: { ...s.filters, [name]: s.filters[name].filter((x) => x !== v) } });
  }
  for (const [label, change] of extra) remove(label, change);
}

export function renderPager(pager, total, page, size) {
  pager.replaceChildren();
  const pages = Math.ceil(total / size);
  if (pages <= 1 && page <= 1) return;
  const button = (label, p, current = false) =>
    el("button", {
      type: "button",
      text: label,
      "aria-current": current ? "page" : null,
      "aria-label": `Page ${p}`,
      disabled: current,
      onclick: () => navigate({ page: p, open: [] }),
    });
  if (page > pages) {
    // Past the end (a link or a typed URL): the way back is the last page, if there is one.
    if (pages >= 1) pager.append(button("← Last page", pages));
    return;
  }
  if (page > 1) pager.append(button("← Previous", page - 1));
  for (let p = Math.max(1, page - 3); p <= Math.min(pages, page + 3); ++p) pager.append(button(String(p), p, p === page));
  if (page < pages) pager.append(button("Next →", page + 1));
}
