/**
 * Feature name → model row, read straight from the model file's text: an open-addressed table of
 * row numbers whose keys stay where they are in the file. A Map keyed by ~100,000 fresh strings
 * cut from that text cost ~3 MB more of every tab's heap.
 */
export class FeatureTable {
  private readonly slots: Int32Array;
  private readonly mask: number;
  private readonly keyStart: Uint32Array;
  private readonly keyEnd: Uint32Array;

  constructor(
    private readonly text: string,
    rows: number,
  ) {
    let size = 1024;
    while (size < rows * 2) size *= 2; // at most half full: short probes
    this.slots = new Int32Array(size).fill(-1);
    this.mask = size - 1;
    this.keyStart = new Uint32Array(rows);
    this.keyEnd = new Uint32Array(rows);
  }

  /** Row `row`'s feature is text[from, to). A feature written twice keeps its later row, as a Map would. */
  set(row: number, from: number, to: number): void {
    this.keyStart[row] = from;
    this.keyEnd[row] = to;
    let h = 0x811c9dc5;
    for (let i = from; i < to; i++) h = Math.imul(h ^ this.text.charCodeAt(i), 0x01000193);
    for (let slot = h & this.mask; ; slot = (slot + 1) & this.mask) {
      const there = this.slots[slot];
      if (there < 0 || this.keyIs(there, this.text, from, to)) {
        this.slots[slot] = row;
        return;
      }
    }
  }

  get(feature: string): number | undefined {
    let h = 0x811c9dc5;
    for (let i = 0; i < feature.length; i++) h = Math.imul(h ^ feature.charCodeAt(i), 0x01000193);
    for (let slot = h & this.mask; ; slot = (slot + 1) & this.mask) {
      const row = this.slots[slot];
      if (row < 0) return undefined;
      if (this.keyIs(row, feature, 0, feature.length)) return row;
    }
  }

  /** The feature of row `row`. */
  name(row: number): string {
    return this.text.slice(this.keyStart[row], this.keyEnd[row]);
  }

  private keyIs(row: number, s: string, from: number, to: number): boolean {
    const start = this.keyStart[row];
    if (this.keyEnd[row] - start !== to - from) return false;
    for (let i = 0; i < to - from; i++) if (this.text.charCodeAt(start + i) !== s.charCodeAt(from + i)) return false;
    return true;
  }
}
