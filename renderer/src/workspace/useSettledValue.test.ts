// @vitest-environment jsdom
import { act, renderHook } from '@testing-library/react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useSettledValue } from './useSettledValue';

describe('useSettledValue', () => {
  const idle: (() => void)[] = [];
  beforeEach(() => {
    vi.stubGlobal('requestIdleCallback', (callback: () => void) => idle.push(callback));
    vi.stubGlobal('cancelIdleCallback', (handle: number) => (idle[handle - 1] = () => {}));
  });
  afterEach(() => {
    idle.length = 0;
    vi.unstubAllGlobals();
  });

  it('starts with the value and follows a change only once the browser is idle', () => {
    const { result, rerender } = renderHook(({ value }) => useSettledValue(value), { initialProps: { value: 'a' } });
    expect(result.current).toBe('a');
    rerender({ value: 'b' });
    expect(result.current).toBe('a');
    act(() => idle.at(-1)?.());
    expect(result.current).toBe('b');
  });

  it('drops a change overtaken by a newer one', () => {
    const { result, rerender } = renderHook(({ value }) => useSettledValue(value), { initialProps: { value: 1 } });
    rerender({ value: 2 });
    rerender({ value: 3 });
    act(() => idle.forEach((callback) => callback()));
    expect(result.current).toBe(3);
  });
});
