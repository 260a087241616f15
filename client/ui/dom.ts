/**
 * A small element builder. Text always goes in as text nodes, never as HTML, so nothing from the
 * API can inject markup; the one place that renders API markup (search highlights) sanitises it.
 */
type Child = Node | string | number | null | undefined | false;
type Attributes = Record<string, string | number | boolean | null | undefined | EventListener>;

export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attributes: Attributes = {}, ...children: (Child | Child[])[]): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === null || value === undefined || value === false) continue;
    if (typeof value === 'function') element.addEventListener(name.replace(/^on/, '').toLowerCase(), value);
    else if (value === true) element.setAttribute(name, '');
    else element.setAttribute(name, String(value));
  }
  for (const child of children.flat()) {
    if (child === null || child === undefined || child === false) continue;
    element.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return element;
}

export function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const element = document.getElementById(id);
  if (!element) throw new Error(`The page has no #${id}: index.html and the code disagree.`);
  return element as T;
}

/**
 * Search highlights arrive HTML-escaped with <mark> around matches. They are parsed, and only
 * their text and <mark> elements are kept: whatever else the markup held is dropped.
 */
export function markedText(html: string): DocumentFragment {
  const parsed = new DOMParser().parseFromString(`<p>${html}</p>`, 'text/html');
  const fragment = document.createDocumentFragment();
  for (const node of parsed.body.firstElementChild?.childNodes ?? []) {
    if (node.nodeType === Node.TEXT_NODE) fragment.append(node.textContent ?? '');
    else if (node.nodeName === 'MARK') fragment.append(h('mark', {}, node.textContent ?? ''));
    else fragment.append(node.textContent ?? '');
  }
  return fragment;
}
