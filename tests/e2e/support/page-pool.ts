import type { Browser, BrowserContext, Page } from 'playwright-core';

/**
 * A few long-lived pages shared by many tests: each launch reuses a page (a new launch replaces
 * the SMART state in its sessionStorage), so forty launches cost two browser contexts.
 */
export class PagePool {
  private readonly free: Page[] = [];
  private readonly waiting: ((page: Page) => void)[] = [];
  private readonly contexts: BrowserContext[] = [];

  static async open(browser: Browser, size: number): Promise<PagePool> {
    const pool = new PagePool();
    for (let i = 0; i < size; i++) {
      const context = await browser.newContext({ viewport: { width: 1440, height: 900 } });
      pool.contexts.push(context);
      pool.free.push(await context.newPage());
    }
    return pool;
  }

  /** Runs `fn` with the next free page, waiting for one if all are busy. */
  async use<T>(fn: (page: Page) => Promise<T>): Promise<T> {
    const page = this.free.pop() ?? (await new Promise<Page>((resolve) => this.waiting.push(resolve)));
    try {
      return await fn(page);
    } finally {
      const next = this.waiting.shift();
      if (next) next(page);
      else this.free.push(page);
    }
  }

  async close(): Promise<void> {
    await Promise.all(this.contexts.map((c) => c.close()));
  }
}
