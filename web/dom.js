// Small DOM and API helpers shared by the page's views. Everything from the server goes in as text; only
// renderSnippet makes markup from server text, and only <mark> elements.

export const $ = (id) => document.getElementById(id);

export function el(tag, props = {}, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(props)) {
    if (k === "class") node.className = v;
    else if (k === "text") node.textContent = v;
    else if (k.startsWith("on")) node.addEventListener(k.slice(2), v);
    else if (v !== undefined && v !== null && v !== false) node.setAttribute(k, v === true ? "" : String(v));
  }
  for (const c of children) if (c !== null && c !== undefined && c !== false) node.append(c);
  return node;
}

export function chip(text, cls = "chip") {
  return el("span", { class: cls, text });
}

// GET path?params as JSON; a failure becomes an Error whose message a person can read ("The <what> could not be
// run: <the API's message>.").
// `init` adds to fetch's options (a POST body: /api/similar takes pasted text too long for a URL).
export async function api(path, params, what = "search", init = {}) {
  let response;
  try {
    response = await fetch(`${path}?${params}`, { ...init, headers: { Accept: "application/json" } });
  } catch {
    throw new Error("The search service could not be reached. Is foi-searchd running?");
  }
  const body = await response.json().catch(() => null);
  if (!response.ok) {
    const message = body && body.error && body.error.message ? body.error.message : `status ${response.status}`;
    throw new Error(`The ${what} could not be run: ${message}.`);
  }
  return body;
}

function unescapeHtml(s) {
  return s.replace(/&(#x[0-9a-f]+|#[0-9]+|lt|gt|amp|quot|apos);/gi, (m, e) => {
    const named = { lt: "<", gt: ">", amp: "&", quot: '"', apos: "'" }[e.toLowerCase()];
    if (named) return named;
    const code = e[1] === "x" || e[1] === "X" ? parseInt(e.slice(2), 16) : parseInt(e.slice(1), 10);
    return Number.isFinite(code) && code > 0 && code < 0x110000 ? String.fromCodePoint(code) : m;
  });
}

// The API's snippet is escaped text whose only markup is <mark>...</mark>: anything else stays text.
export function renderSnippet(html, container) {
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

// The message box of a view: a notice (empty results) or an error.
export function showMessage(box, text, { error = false } = {}) {
  box.replaceChildren();
  box.className = error ? "message error" : "message";
  box.hidden = !text;
  if (text) box.append(text);
}
