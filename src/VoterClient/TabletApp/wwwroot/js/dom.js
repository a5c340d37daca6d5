// A small element builder: text goes in as text nodes, never as HTML, so nothing from the server can inject markup.

/**
 * h("button", { class: "primary", onclick: f, "aria-pressed": "true" }, "签到", child, [more])
 * Properties starting with "on" become listeners; `hidden`, `disabled`, `checked` and `value` are set as properties.
 */
export function h(tag, props = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(props ?? {})) {
    if (value === null || value === undefined || value === false) continue;
    if (name.startsWith("on")) element.addEventListener(name.slice(2), value);
    else if (["hidden", "disabled", "checked", "value"].includes(name)) element[name] = value;
    else element.setAttribute(name, value === true ? "" : String(value));
  }
  append(element, children);
  return element;
}

function append(parent, children) {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    if (Array.isArray(child)) append(parent, child);
    else parent.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

/** Replaces what `container` shows and moves focus to its heading, so keyboard and screen-reader users follow. */
export function show(container, root) {
  container.replaceChildren(root);
  window.scrollTo(0, 0);
  const heading = root.querySelector("h1");
  if (heading) {
    heading.tabIndex = -1;
    heading.focus({ preventScroll: true });
  }
}

/** A screen's heading with an optional line under it. */
export function heading(title, subtitle) {
  return h("div", { class: "screen-heading" }, h("h1", {}, title), subtitle ? h("p", { class: "subtitle" }, subtitle) : null);
}

/** Runs `change`, which rebuilds part of `container`, and gives focus back to the rebuilt control with the same data-key. */
export function keepingFocus(container, change) {
  const key = container.contains(document.activeElement) ? document.activeElement.dataset.key : undefined;
  change();
  if (key) container.querySelector(`[data-key="${CSS.escape(key)}"]`)?.focus();
}
