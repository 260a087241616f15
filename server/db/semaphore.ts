/** A counting semaphore with a FIFO queue; acquire() resolves to an idempotent release(). */
export class Semaphore {
  private active = 0;
  private readonly waiting: (() => void)[] = [];

  readonly capacity: number;

  constructor(capacity: number) {
    this.capacity = capacity;
  }

  get inUse(): number {
    return this.active;
  }

  get queued(): number {
    return this.waiting.length;
  }

  /** Resolves when a slot is free; with timeoutMs, resolves to null if none frees in time. */
  acquire(timeoutMs?: number): Promise<(() => void) | null> {
    if (this.active < this.capacity) {
      this.active++;
      return Promise.resolve(this.releaser());
    }
    return new Promise((resolve) => {
      let timer: ReturnType<typeof setTimeout> | undefined;
      const grant = () => {
        if (timer) clearTimeout(timer);
        this.active++;
        resolve(this.releaser());
      };
      this.waiting.push(grant);
      if (timeoutMs !== undefined) {
        timer = setTimeout(() => {
          const i = this.waiting.indexOf(grant);
          if (i >= 0) this.waiting.splice(i, 1);
          resolve(null);
        }, timeoutMs);
      }
    });
  }

  /** Runs work within a slot. */
  async run<T>(work: () => Promise<T>): Promise<T> {
    const release = (await this.acquire())!;
    try {
      return await work();
    } finally {
      release();
    }
  }

  private releaser(): () => void {
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.active--;
      this.waiting.shift()?.();
    };
  }
}
