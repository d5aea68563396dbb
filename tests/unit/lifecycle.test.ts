import { afterEach, describe, expect, it, vi } from 'vitest';
import { createLifecycle } from '../../lib/guard/lifecycle';

afterEach(() => vi.useRealTimers());

describe('content-script lifecycle', () => {
  it('stays valid while the extension runtime is there, whatever else happens', () => {
    vi.useFakeTimers();
    const cb = vi.fn();
    const life = createLifecycle(() => true, 1000);
    life.onInvalidated(cb);
    vi.advanceTimersByTime(60_000);
    expect(life.isValid).toBe(true);
    expect(cb).not.toHaveBeenCalled();
  });

  it('ends once, on its own check, when the runtime is gone (extension reloaded or removed)', () => {
    vi.useFakeTimers();
    let alive = true;
    const cb = vi.fn();
    const life = createLifecycle(() => alive, 1000);
    life.onInvalidated(cb);
    alive = false;
    vi.advanceTimersByTime(1000);
    expect(cb).toHaveBeenCalledTimes(1);
    vi.advanceTimersByTime(10_000);
    expect(life.isValid).toBe(false);
    expect(cb).toHaveBeenCalledTimes(1);
    // Late registrations run at once.
    const late = vi.fn();
    life.onInvalidated(late);
    expect(late).toHaveBeenCalledTimes(1);
  });

  it('an isValid read notices a gone runtime before the timer does; unregistered callbacks do not run', () => {
    vi.useFakeTimers();
    let alive = true;
    const life = createLifecycle(() => alive, 60_000);
    const kept = vi.fn();
    const dropped = vi.fn();
    life.onInvalidated(kept);
    life.onInvalidated(dropped)();
    alive = false;
    expect(life.isValid).toBe(false);
    expect(kept).toHaveBeenCalledTimes(1);
    expect(dropped).not.toHaveBeenCalled();
  });

  it('a throwing clean-up does not stop the others', () => {
    vi.useFakeTimers();
    const after = vi.fn();
    const life = createLifecycle(() => false, 1000);
    life.onInvalidated(() => {
      throw new Error('boom');
    });
    life.onInvalidated(after);
    vi.advanceTimersByTime(1000);
    expect(after).toHaveBeenCalledTimes(1);
  });
});
