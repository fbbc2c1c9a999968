// Refused requests (401, 403) are counted per caller (a key, or an caller without one) in fixed one-minute
// windows: a caller that keeps presenting wrong keys is cut off with 429 long before its ordinary request
// budget is spent, and each refusal still costs the server as little as possible.

/** Callers tracked in one window at most: a flood from many calleres cannot grow memory without bound. */
const MAX_CALLERS = 100_000;

export class FailureBudget {
  private failures = new Map<string, number>();
  private windowEnds = 0;

  constructor(
    private readonly perWindow: number,
    private readonly windowMs = 60_000,
    private readonly now = () => Date.now(),
    /** Callers tracked in one window at most: a flood from many addresses cannot grow memory without bound. */
    private readonly maxCallers = MAX_CALLERS,
  ) {}

  private roll(): void {
    if (this.now() < this.windowEnds) return;
    this.failures.clear();
    this.windowEnds = this.now() + this.windowMs;
  }

  /** Seconds until the window ends when `caller` has no failures left, else null. */
  exhausted(caller: string): number | null {
    this.roll();
    if ((this.failures.get(caller) ?? 0) < this.perWindow) return null;
    return Math.max(1, Math.ceil((this.windowEnds - this.now()) / 1000));
  }

  record(caller: string): void {
    this.roll();
    const count = this.failures.get(caller);
    if (count !== undefined) this.failures.set(caller, count + 1);
    else if (this.failures.size < this.maxCallers) this.failures.set(caller, 1);
  }
}
