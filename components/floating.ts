import { autoUpdate, computePosition, flip, hide, offset, shift, size, type Placement } from '@floating-ui/dom';

/**
 * Keeps `floating` (position: fixed) beside `reference` as the page scrolls, resizes or
 * re-lays out, flipping to the side with room and never leaving the viewport. Returns the
 * clean-up function.
 */
export function follow(reference: Element, floating: HTMLElement, placement: Placement, opts: { gap?: number; fit?: boolean } = {}): () => void {
  const update = () =>
    void computePosition(reference, floating, {
      strategy: 'fixed',
      placement,
      middleware: [
        offset(opts.gap ?? 4),
        flip({ padding: 8 }),
        shift({ padding: 8 }),
        // At 200 % zoom or in a narrow window the panel shrinks to the room there is, and scrolls.
        ...(opts.fit
          ? [
              size({
                padding: 8,
                apply: ({ availableWidth, availableHeight }) => {
                  floating.style.maxWidth = `${Math.max(160, availableWidth)}px`;
                  floating.style.maxHeight = `${Math.max(120, availableHeight)}px`;
                },
              }),
            ]
          : []),
        hide(),
      ],
    }).then(({ x, y, middlewareData }) => {
      const rect = reference.getBoundingClientRect();
      const gone = middlewareData.hide?.referenceHidden || (rect.width === 0 && rect.height === 0);
      Object.assign(floating.style, { left: `${x}px`, top: `${y}px`, visibility: gone ? 'hidden' : 'visible' });
    });
  return autoUpdate(reference, floating, update);
}
