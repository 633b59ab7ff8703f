import { AxeBuilder } from '@axe-core/playwright'
import type { Page } from 'playwright-core'
import { expect } from 'vitest'

/** Goes to the page and waits until its content is there (the h1, and no loading line left). */
export async function visit(page: Page, path: string) {
  await page.goto(path)
  await page.locator('h1').waitFor()
  await page.waitForLoadState('networkidle')
  await expect.poll(() => page.getByText(/Bezig met laden|Loading/).count()).toBe(0)
}

/** The WCAG 2.1 A/AA violations axe-core rates serious or critical, one line each. */
export async function seriousViolations(page: Page): Promise<string[]> {
  const result = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze()
  return result.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)
}

/** The element that has the focus, described as `tag#label`, to assert where the keyboard is. */
export function focused(page: Page): Promise<string> {
  return page.evaluate(() => {
    const el = document.activeElement
    if (!el) return 'none'
    const label = el.id ? document.querySelector(`label[for="${CSS.escape(el.id)}"]`)?.textContent : null
    return `${el.tagName.toLowerCase()}#${label ?? el.textContent?.trim() ?? ''}`
  })
}
