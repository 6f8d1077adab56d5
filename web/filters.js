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

// opts.prefix keeps element ids unique between views; opts.labels[name](value) is a facet value's shown name.
function facetRow(name, value, count, checked, depth, opts) {
  const id = `${opts.prefix}f-${name}-${value}`.replace(/[^A-Za-z0-9_-]/g, (c) => `_${c.charCodeAt(0)}`);
  const shown = opts.labels && opts.labels[name] ? opts.labels[name](value) : value;
  const box = el("input", { type: "checkbox", id, checked, onchange: (e) => toggleFilter(name, value, e.target.checked) });
  const label = el("label", { for: id }, el("span", { class: "value", text: shown }), count === null ? null : el("span", { class: "count", text: String(count) }));
  return el("li", { class: `facet-row depth-${depth}`, "data-value": value }, box, label);
}

function exemptionSection(v) {
  return v.replace(/\(.*$/, "");
}

// Exemptions grouped by section: the section (any subsection) first, its values indented by depth.
function exemptionRows(values, selected, opts) {
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
    rows.push(facetRow("exemption", section, own ? own.count : null, selected.includes(section), 0, opts));
    members.sort((a, b) => a.value.localeCompare(b.value, "en", { numeric: true }));
    for (const m of members) {
      if (m.value === section) continue;
      const depth = Math.min(3, (m.value.match(/\(/g) || []).length);
      rows.push(facetRow("exemption", m.value, m.count, selected.includes(m.value), depth, opts));
    }
  }
  return rows;
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
    const section = el("section", { class: "facet", "data-facet": name }, el("h2", { text: title }));
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
  for (const [name, title] of facets)
    for (const v of s.filters[name]) remove(`${title}: ${labels[name] ? labels[name](v) : v}`, { filters: { ...s.filters, [name]: s.filters[name].filter((x) => x !== v) } });
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
