// How long the page waits, after an edit, before it checks the text again.
//
// A fixed typing pause (it was 150 ms) makes every result late, even when a
// check costs a few milliseconds. Instead the wait follows what checks of a
// text of about this size have cost lately: while they fit in a frame the next
// one runs at once, so the highlights keep up with the typing; when they cost
// more, the page waits for a pause in proportion, so that keys are not held up
// behind checks whose results the next key makes stale anyway.

export class CheckDelay {
  /**
   * budgetMs: a check this cheap runs at once (the rest of the frame is left
   *   for the browser's own layout and paint);
   * factor: otherwise wait this many times the expected cost, at most maxMs;
   * history: how many recent checks the estimate comes from (their median, the
   *   lower of the middle two for an even count, so that one check slowed
   *   down by something else, or the first check of a pasted text, which
   *   costs more than the next, does not set the wait).
   */
  constructor({ budgetMs = 16, factor = 3, maxMs = 300, history = 5 } = {}) {
    this.budgetMs = budgetMs;
    this.factor = factor;
    this.maxMs = maxMs;
    this.history = history;
    this.recent = []; // [{ms, size}], newest last, all of about the same size
  }

  /**
   * Notes what a check cost, from its start to its results drawn. `size`:
   * how big the text was, in any unit used throughout (the page counts characters).
   */
  record(ms, size) {
    if (!(ms >= 0)) return;
    // A text of another size (a paste, a cut, another report) costs something
    // else: what was measured before says nothing about it.
    if (!this.sameSize(size)) this.recent = [];
    this.recent.push({ ms, size });
    if (this.recent.length > this.history) this.recent.shift();
  }

  /** The expected cost of checking a text of `size`, or null when no recent check was of that size. */
  estimate(size) {
    if (!this.recent.length || !this.sameSize(size)) return null;
    const costs = this.recent.map((r) => r.ms).sort((a, b) => a - b);
    return costs[Math.floor((costs.length - 1) / 2)];
  }

  /** Milliseconds to wait before checking a text of `size`. */
  delayFor(size) {
    const cost = this.estimate(size);
    // Nothing known about a text of this size (the first check, a paste): a
    // single change, not typing, so there is no pause to wait for.
    if (cost === null || cost <= this.budgetMs) return 0;
    return Math.min(this.maxMs, Math.round(cost * this.factor));
  }

  /** Within a factor of two of the last check's size (texts under 4,096 all count as one size: their cost is mostly fixed). */
  sameSize(size) {
    const last = this.recent[this.recent.length - 1];
    if (!last) return false;
    const a = Math.max(size, 4096);
    const b = Math.max(last.size, 4096);
    return Math.max(a, b) <= 2 * Math.min(a, b);
  }
}
