import { testClockStart } from './test-database.js'

/** A clock the test moves by hand. */
export class TestClock {
  private current = new Date(testClockStart)

  now = (): Date => new Date(this.current)

  set(date: Date | string): void {
    this.current = new Date(date)
  }

  advanceDays(days: number): void {
    this.current = new Date(this.current.getTime() + days * 86_400_000)
  }
}
