import type { ComponentChildren } from 'preact';
import { useState } from 'preact/hooks';

interface Props<T> {
  items: readonly T[];
  rowHeight: number;
  height: number;
  label: string;
  render(item: T, index: number): ComponentChildren;
  /** Rows rendered beyond the visible ones on each side, so fast scrolling shows no gaps. */
  overscan?: number;
}

/**
 * A windowed list: only the rows in view (plus a few) are in the DOM, so 100,000 entries cost
 * what 20 do. Rows have one fixed height, which makes the window a division, not a measurement.
 * The scroll box is focusable so the keyboard can scroll it (axe: scrollable-region-focusable).
 */
export function VirtualList<T>({ items, rowHeight, height, label, render, overscan = 6 }: Props<T>) {
  const [scrollTop, setScrollTop] = useState(0);
  const first = Math.max(0, Math.floor(scrollTop / rowHeight) - overscan);
  const last = Math.min(items.length, Math.ceil((scrollTop + height) / rowHeight) + overscan);
  const rows = [];
  for (let i = first; i < last; i++)
    rows.push(
      <div role="listitem" class="pw-row" aria-setsize={items.length} aria-posinset={i + 1} style={{ top: `${i * rowHeight}px`, height: `${rowHeight}px` }} key={i}>
        {render(items[i], i)}
      </div>,
    );
  return (
    <div class="pw-vlist" role="list" aria-label={label} tabIndex={0} style={{ height: `${Math.min(height, Math.max(rowHeight, items.length * rowHeight))}px` }} onScroll={(e) => setScrollTop((e.currentTarget as HTMLElement).scrollTop)}>
      <div class="pw-vlist-space" style={{ height: `${items.length * rowHeight}px` }}>
        {rows}
      </div>
    </div>
  );
}
