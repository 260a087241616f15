/**
 * Progress of long work on the terminal: one line rewritten in place on a terminal, a line
 * every few seconds otherwise (CI logs), with the rate and the share done.
 */
export class ProgressLine {
  private readonly started = Date.now();
  private lastPrinted = 0;
  private readonly tty = Boolean(process.stderr.isTTY);

  private readonly label: string;
  private readonly unit: string;

  constructor(label: string, unit = 'rows') {
    this.label = label;
    this.unit = unit;
  }

  update(phase: string, done: number, total: number): void {
    const now = Date.now();
    if (done < total && now - this.lastPrinted < (this.tty ? 200 : 5_000)) return;
    this.lastPrinted = now;
    const seconds = Math.max((now - this.started) / 1000, 0.001);
    const share = total > 0 ? Math.min(100, (100 * done) / total) : 100;
    const text = `${this.label}: ${phase} ${done.toLocaleString('en')}/${total.toLocaleString('en')} ${this.unit} (${share.toFixed(0)}%, ${Math.round(done / seconds).toLocaleString('en')} ${this.unit}/s)`;
    if (this.tty) process.stderr.write(`\r\x1b[2K${text}`);
    else process.stderr.write(`${text}\n`);
  }

  /** Ends the line (on a terminal) and prints the closing message. */
  finish(message: string): void {
    if (this.tty) process.stderr.write('\r\x1b[2K');
    console.log(`${this.label}: ${message} in ${((Date.now() - this.started) / 1000).toFixed(1)} s`);
  }
}
