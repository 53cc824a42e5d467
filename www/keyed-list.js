// Keyed list rendering without a framework: the page redraws its lists (facts,
// checks) after every check, usually while someone types, and most items are
// the same as last time. Items are keyed by what they show; an item whose key
// is unchanged keeps its element, so only new or changed items are built and
// only they (and no unchanged neighbour) touch the DOM.

export class KeyedList {
  /** parent: the list element; build(item) makes an item's element. */
  constructor(parent, build) {
    this.parent = parent;
    this.build = build;
    this.byKey = new Map(); // key -> [element, …] (two items may show the same thing)
    this.length = 0;
  }

  /**
   * Makes the list's children the elements of `entries` ([{key, item}]), in
   * order, followed by the `extra` elements (e.g. a "show more" row).
   * Returns the entries' elements, in order.
   */
  update(entries, extra = []) {
    const next = new Map();
    const elements = entries.map(({ key, item }) => {
      const pool = this.byKey.get(key);
      const el = pool && pool.length ? pool.shift() : this.build(item);
      if (!next.has(key)) next.set(key, []);
      next.get(key).push(el);
      return el;
    });
    this.byKey = next;
    this.length = elements.length;
    syncChildren(this.parent, [...elements, ...extra]);
    return elements;
  }
}

/**
 * Makes `parent`'s children exactly `nodes`, in order, with as few DOM
 * operations as it takes when most of them are already in place: children
 * that are not wanted are removed first, then each node is moved only if it
 * is not already where it belongs.
 */
export function syncChildren(parent, nodes) {
  const wanted = new Set(nodes);
  for (let child = parent.firstChild; child;) {
    const next = child.nextSibling;
    if (!wanted.has(child)) parent.removeChild(child);
    child = next;
  }
  let cursor = parent.firstChild;
  for (const node of nodes) {
    if (node === cursor) cursor = cursor.nextSibling;
    else parent.insertBefore(node, cursor);
  }
}
