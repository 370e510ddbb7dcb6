/**
 * A minimal benchmark harness: warm up, then time each function over repeated batches and report the
 * median time per call and the ratio subject / baseline. Plain output, one block per comparison.
 */
export interface Measured {
  readonly name: string;
  /** Median nanoseconds per call. */
  readonly ns: number;
}

export function measure(name: string, fn: () => unknown, { batches = 25, minBatchMs = 40 } = {}): Measured {
  // Find a batch size that takes at least minBatchMs.
  let n = 1;
  for (;;) {
    const t0 = performance.now();
    for (let i = 0; i < n; i++) fn();
    if (performance.now() - t0 >= minBatchMs) break;
    n *= 2;
  }
  const samples: number[] = [];
  for (let b = 0; b < batches; b++) {
    const t0 = performance.now();
    for (let i = 0; i < n; i++) fn();
    samples.push(((performance.now() - t0) * 1e6) / n);
  }
  samples.sort((a, b) => a - b);
  return { name, ns: samples[Math.floor(samples.length / 2)] as number };
}

export function format(ns: number): string {
  return ns >= 1e6 ? `${(ns / 1e6).toFixed(2)} ms` : ns >= 1e3 ? `${(ns / 1e3).toFixed(2)} µs` : `${ns.toFixed(1)} ns`;
}

export function compare(title: string, baseline: Measured, subject: Measured, target?: number): number {
  const ratio = subject.ns / baseline.ns;
  console.log(`\n${title}`);
  console.log(`  baseline  ${baseline.name.padEnd(46)} ${format(baseline.ns).padStart(10)} / call`);
  console.log(`  subject   ${subject.name.padEnd(46)} ${format(subject.ns).padStart(10)} / call`);
  console.log(
    `  ratio     ${ratio.toFixed(2)}× the baseline${target ? ` (target ≤ ${target}×: ${ratio <= target ? 'met' : 'NOT met'})` : ''}`,
  );
  return ratio;
}
