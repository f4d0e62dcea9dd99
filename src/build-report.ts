// Stage timings of a build, for the CLI summary and the benchmark. Pure bookkeeping.

const BUILD_STAGES = ['read', 'extract', 'merge', 'layout', 'write'] as const;
export type BuildStage = (typeof BUILD_STAGES)[number];

export class StageTimer {
  readonly ms: Partial<Record<BuildStage, number>> = {};
  private readonly started = performance.now();

  /** Time one stage; the result of `work` is passed through. */
  async time<T>(stage: BuildStage, work: () => T | Promise<T>): Promise<T> {
    const start = performance.now();
    try {
      return await work();
    } finally {
      this.ms[stage] = (this.ms[stage] ?? 0) + performance.now() - start;
    }
  }

  totalMs(): number {
    return performance.now() - this.started;
  }

  /** "2.31 s (read 0.01, extract 1.80, merge 0.20, layout 0.25, write 0.05)". */
  format(): string {
    const parts = BUILD_STAGES.filter((s) => this.ms[s] !== undefined).map((s) => `${s} ${((this.ms[s] ?? 0) / 1000).toFixed(2)}`);
    return `${(this.totalMs() / 1000).toFixed(2)} s (${parts.join(', ')})`;
  }
}
