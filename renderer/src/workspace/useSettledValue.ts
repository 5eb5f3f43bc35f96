/**
 * A value that follows `value` once the browser has painted and is idle. Figures that
 * summarise the whole document (the summary cards, the totals row, the charts) read it,
 * so an edit's own cell is drawn first and the work proportional to the whole document
 * never sits between Enter and that cell. The timeout bounds the lag on a busy machine.
 */
import { useEffect, useState } from 'react';

export const SETTLE_TIMEOUT_MS = 250;

export function useSettledValue<T>(value: T): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    if (Object.is(value, settled)) return;
    const handle = requestIdleCallback(() => setSettled(() => value), { timeout: SETTLE_TIMEOUT_MS });
    return () => cancelIdleCallback(handle);
  }, [value, settled]);
  return settled;
}
