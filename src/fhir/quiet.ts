/**
 * Runs a library call with the console silenced (issue 8.6). @lhncbc/ucum-lhc prints a line,
 * with the unit string in it, for units it cannot parse: under Node that line lands on standard
 * output (the command line's one-JSON-per-line stream), in the browser it puts record text in the
 * console. The call is synchronous, so nothing else can log while the console is swapped.
 */
const METHODS = ['log', 'info', 'warn', 'error', 'debug', 'trace'] as const;
type Method = (typeof METHODS)[number];
const noop = (): void => undefined;

/** `f()` with every console method a no-op, restored afterwards even when `f` throws. */
export function quietly<T>(f: () => T): T {
  const target: Record<Method, (...args: unknown[]) => void> = console;
  const saved = METHODS.map((m) => target[m]);
  for (const m of METHODS) target[m] = noop;
  try {
    return f();
  } finally {
    METHODS.forEach((m, i) => {
      const original = saved[i];
      if (original) target[m] = original;
    });
  }
}
