// Progress for a run that takes minutes: one line per phase with the elapsed time, and a
// progress line while the big tables fill. On a terminal the progress line is rewritten in
// place; elsewhere (CI logs, a benchmark's output) it is printed at every 10%.

export interface ProgressOptions {
  log: (line: string) => void;
  /** Writes without a newline (process.stdout.write on a TTY); absent: no live line. */
  live?: (chunk: string) => void;
}

export const formatCount = (n: number) => n.toLocaleString("en-US");

export class Progress {
  private readonly started = performance.now();
  private liveOpen = false;
  private lastDecile = -1;

  constructor(private readonly options: ProgressOptions) {}

  seconds(): string {
    return `${((performance.now() - this.started) / 1000).toFixed(1)}s`;
  }

  /** A finished phase. */
  line(message: string): void {
    this.endLive();
    this.options.log(`${message}  ${this.seconds()}`);
  }

  /** Where a long phase is; `detail` follows the percentage. */
  tick(label: string, done: number, total: number, detail = ""): void {
    const pct = total === 0 ? 100 : Math.floor((done / total) * 100);
    const message = `  ${label} ${formatCount(done)}/${formatCount(total)} (${pct}%)${detail ? ` ${detail}` : ""}  ${this.seconds()}`;
    if (this.options.live) {
      this.options.live(`\r${message}\x1b[K`);
      this.liveOpen = true;
      return;
    }
    const decile = Math.floor(pct / 10);
    if (decile > this.lastDecile) {
      this.lastDecile = decile;
      this.options.log(message);
    }
  }

  private endLive(): void {
    if (this.liveOpen) this.options.live?.("\n");
    this.liveOpen = false;
    this.lastDecile = -1;
  }
}
