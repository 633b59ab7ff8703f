/** A one-line progress bar on stderr with rate and time left; quiet when stderr is not a terminal. */
export class ProgressBar {
  private readonly started = performance.now()
  private lastDraw = 0

  constructor(
    private readonly unit: string,
    private readonly stream: NodeJS.WriteStream = process.stderr,
  ) {}

  update(done: number, fraction: number, force = false): void {
    if (!this.stream.isTTY) return
    const now = performance.now()
    if (!force && now - this.lastDraw < 100) return
    this.lastDraw = now
    const seconds = (now - this.started) / 1000
    const rate = seconds > 0 ? done / seconds : 0
    const left = fraction > 0 && fraction < 1 ? (seconds / fraction) * (1 - fraction) : 0
    const width = 30
    const filled = Math.round(Math.min(1, fraction) * width)
    const bar = `${'█'.repeat(filled)}${'░'.repeat(width - filled)}`
    this.stream.write(
      `\r${bar} ${(fraction * 100).toFixed(0).padStart(3)}%  ${done.toLocaleString('en')} ${this.unit}  ${Math.round(rate).toLocaleString('en')}/s  ETA ${clock(left)}   `,
    )
  }

  finish(): void {
    if (this.stream.isTTY) this.stream.write('\n')
  }
}

function clock(seconds: number): string {
  const s = Math.round(seconds)
  return `${Math.floor(s / 60)}:${String(s % 60).padStart(2, '0')}`
}
