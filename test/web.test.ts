/// <reference lib="dom" />
/**
 * The web page in a real browser: Debian's headless Chromium driven by
 * playwright-core, against `netlint --serve`. Skipped when /usr/bin/chromium is
 * absent (.ci/run installs it). Screenshots are kept in test-artifacts/.
 * Per-update times are printed, never asserted.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bin, repoRoot } from './cli-helpers.js';
import { ARTICLE_USER_FINDINGS } from './helpers.js';

const CHROMIUM = '/usr/bin/chromium';
const ARTIFACTS = path.join(repoRoot, 'test-artifacts');
const USER_MESSAGE =
  'Sam, we’re connected on LinkedIn and I see you work for ABC Company. I have an interview with them tomorrow. Can you please give me some advice? And, attached is my résumé. Will you please forward it to the hiring manager of job #125465 with a referral? Thank you, Nancy';

type Playwright = typeof import('playwright-core');
type BrowserContext = import('playwright-core').BrowserContext;
type Page = import('playwright-core').Page;

/** Starts `netlint --serve 0` and resolves with the address it prints. */
function startServer(): Promise<{ child: ChildProcess; url: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [bin, '--serve', '0'], { cwd: repoRoot, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout!.setEncoding('utf8').on('data', (chunk: string) => {
      out += chunk;
      const url = /http:\/\/127\.0\.0\.1:\d+\//.exec(out)?.[0];
      if (url) resolve({ child, url });
    });
    child.stderr!.setEncoding('utf8').on('data', (chunk: string) => (out += chunk));
    child.on('exit', (code) => reject(new Error(`netlint --serve exited with ${code}: ${out}`)));
  });
}

describe.skipIf(!existsSync(CHROMIUM))('the web page in Chromium', () => {
  let server: { child: ChildProcess; url: string };
  let context: BrowserContext;
  let userDataDir: string;
  const requests: string[] = [];
  const problems: string[] = [];

  beforeAll(async () => {
    if (!existsSync(path.join(repoRoot, 'dist/web/app.js'))) execFileSync(process.execPath, [path.join(repoRoot, 'scripts/build-web.mjs')], { cwd: repoRoot });
    mkdirSync(ARTIFACTS, { recursive: true });
    server = await startServer();
    const { chromium } = (await import('playwright-core')) as Playwright;
    userDataDir = mkdtempSync(path.join(tmpdir(), 'netlint-chromium-'));
    context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: CHROMIUM,
      headless: true,
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
      viewport: { width: 1280, height: 900 },
      timeout: 120_000,
    });
    context.on('request', (request) => requests.push(request.url()));
    context.on('page', (page) => watch(page));
    for (const page of context.pages()) watch(page);
  }, 180_000);

  function watch(page: Page): void {
    page.on('console', (message) => {
      if (message.type() === 'error' || message.type() === 'warning') problems.push(`${message.type()}: ${message.text()}`);
    });
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  }

  afterAll(async () => {
    await context?.close();
    server?.child.kill('SIGTERM');
    if (userDataDir) rmSync(userDataDir, { recursive: true, force: true });
  });

  /** Waits until the page has linted exactly what the draft holds now. */
  async function settled(page: Page): Promise<void> {
    await page.waitForFunction(() => {
      const draft = document.querySelector<HTMLTextAreaElement>('#draft')!;
      return document.querySelector('#marked')!.textContent === draft.value;
    }, undefined, { timeout: 60_000 });
  }

  const highlights = (page: Page) => page.$$eval('#marked mark[data-rule]', (marks) => marks.map((m) => [m.getAttribute('data-rule'), m.textContent]));

  it('marks each finding of the USER message on its exact words, lists them, and drops one when its sentence is rewritten', async () => {
    const page = await context.newPage();
    await page.goto(server.url);
    await page.getByLabel(/^Channel/).selectOption('linkedin');
    await page.getByLabel(/^Message/).pressSequentially(USER_MESSAGE);
    await settled(page);

    expect(await highlights(page)).toEqual(ARTICLE_USER_FINDINGS);
    const listed = await page.$$eval('#findings li', (items) => items.map((li) => [li.getAttribute('data-rule'), li.querySelector('.finding-message')!.textContent, li.querySelector('a')?.getAttribute('href')]));
    expect(listed.map(([rule]) => rule)).toEqual(['missing-personalization', 'form-letter-phrasing', 'last-minute-ask', 'no-reciprocity-offer', 'vague-advice-request', 'attachment-before-relationship', 'referral-before-relationship', 'too-many-asks']);
    for (const [rule, message, href] of listed) {
      expect(message).not.toBe('');
      expect(href).toContain(`#${rule}`);
    }
    // The same marks lie behind the text box, under the words being edited.
    const behind = await page.$$eval('#backdrop mark[data-rule]', (marks) => marks.map((m) => [m.getAttribute('data-rule'), m.textContent]));
    expect(behind).toEqual(await highlights(page));
    const under = await page.evaluate(() => {
      const box = document.querySelector('#draft')!.getBoundingClientRect();
      return [...document.querySelectorAll('#backdrop mark')].every((m) => {
        const r = m.getBoundingClientRect();
        return r.top >= box.top && r.bottom <= box.bottom && r.left >= box.left && r.right <= box.right;
      });
    });
    expect(under).toBe(true);
    await expect(page.locator('#verdict').textContent()).resolves.toMatch(/reads like a USER message/);
    await expect(page.locator('#counts').textContent()).resolves.toBe('4 errors, 4 warnings');
    await page.screenshot({ path: path.join(ARTIFACTS, 'web-desktop.png'), fullPage: true });

    // Details by keyboard: from the draft, Tab reaches the first highlight and shows what is wrong.
    await page.getByLabel(/^Message/).focus();
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => document.activeElement?.getAttribute('data-rule'))).resolves.toBe('missing-personalization');
    await expect(page.locator('#tip').isVisible()).resolves.toBe(true);
    await expect(page.locator('#tip').textContent()).resolves.toContain('missing-personalization');
    await page.keyboard.press('Tab');
    await expect(page.evaluate(() => document.activeElement?.getAttribute('data-rule'))).resolves.toBe('form-letter-phrasing');
    await expect(page.locator('#tip').textContent()).resolves.toContain('form-letter');
    await page.locator('#marked mark[data-rule="last-minute-ask"]').hover();
    await expect(page.locator('#tip').textContent()).resolves.toContain('last-minute-ask');

    // Rewrite the vague ask as a specific question, by selecting it and typing over it.
    const vague = 'Can you please give me some advice?';
    await page.getByLabel(/^Message/).evaluate((draft: HTMLTextAreaElement, sentence) => {
      const at = draft.value.indexOf(sentence);
      draft.focus();
      draft.setSelectionRange(at, at + sentence.length);
    }, vague);
    await page.keyboard.type('How does your team measure a new rep in the first quarter?');
    await settled(page);
    const after = await highlights(page);
    expect(after.map(([rule]) => rule)).not.toContain('vague-advice-request');
    expect(after).toContainEqual(['attachment-before-relationship', 'attached is my résumé']);
    await expect(page.locator('#findings li[data-rule="vague-advice-request"]').count()).resolves.toBe(0);
    await page.close();
  }, 180_000);

  it('gives the NETWORKER example no error, and picking a relationship changes the findings', async () => {
    const page = await context.newPage();
    await page.goto(server.url);
    await page.getByRole('button', { name: 'NETWORKER message' }).click();
    await settled(page);
    await expect(page.locator('#findings li[data-severity="2"]').count()).resolves.toBe(0);
    await expect(page.locator('#verdict').getAttribute('data-kind')).resolves.not.toBe('user');

    await page.getByRole('button', { name: 'USER message' }).click();
    await settled(page);
    await expect(page.locator('#marked mark[data-rule="referral-before-relationship"]').count()).resolves.toBe(1);
    await page.getByLabel(/^Relationship/).selectOption('friend');
    await settled(page);
    await expect(page.locator('#marked mark[data-rule="referral-before-relationship"]').count()).resolves.toBe(0);
    await page.close();
  }, 180_000);

  it('works at 400 px wide with nothing cut off', async () => {
    const page = await context.newPage();
    await page.setViewportSize({ width: 400, height: 900 });
    await page.goto(server.url);
    await page.getByRole('button', { name: 'USER message' }).click();
    await settled(page);
    const widths = await page.evaluate(() => ({ page: document.documentElement.scrollWidth, view: document.documentElement.clientWidth }));
    expect(widths.page).toBeLessThanOrEqual(widths.view);
    await expect(page.locator('#findings li').count()).resolves.toBe(8);
    await page.screenshot({ path: path.join(ARTIFACTS, 'web-narrow.png'), fullPage: true });
    await page.close();
  }, 180_000);

  it('keeps every kind of text at a contrast of at least 4.5:1 (WCAG AA), and labels every control', async () => {
    const page = await context.newPage();
    await page.goto(server.url);
    await page.getByRole('button', { name: 'USER message' }).click();
    await settled(page);
    await page.locator('#marked mark[data-rule="vague-advice-request"]').focus();
    const ratios = await page.evaluate(() => {
      const rgb = (value: string) => (value.match(/[\d.]+/g) ?? []).map(Number);
      const luminance = ([r, g, b]: number[]) => {
        const channel = (c: number) => ((c /= 255) <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);
        return 0.2126 * channel(r!) + 0.7152 * channel(g!) + 0.0722 * channel(b!);
      };
      const background = (element: Element | null): number[] => {
        for (let at = element; at; at = at.parentElement) {
          const [r, g, b, a] = rgb(getComputedStyle(at).backgroundColor);
          if (a === undefined || a > 0) return [r!, g!, b!];
        }
        return [255, 255, 255];
      };
      const selectors = ['h1', 'header p', 'h2', 'label', '.help', '#verdict', '#counts', '.severity', '.rule-id', '.finding-message', 'a', 'button', '#marked mark[data-severity="1"]', '#marked mark[data-severity="2"]', '#tip', '#marked', 'textarea', 'select'];
      return selectors.map((selector) => {
        const element = document.querySelector(selector)!;
        const [fg, bg] = [luminance(rgb(getComputedStyle(element).color)), luminance(background(element))];
        return [selector, (Math.max(fg, bg) + 0.05) / (Math.min(fg, bg) + 0.05)] as const;
      });
    });
    for (const [selector, ratio] of ratios) expect(ratio, selector).toBeGreaterThanOrEqual(4.5);
    const unlabelled = await page.$$eval('textarea, select, input', (controls) => controls.filter((c) => !(c as HTMLTextAreaElement).labels?.length).map((c) => c.id));
    expect(unlabelled).toEqual([]);
    await page.close();
  }, 180_000);

  it('reports how long an update of a 300-word draft takes (measured, not asserted)', async () => {
    const page = await context.newPage();
    await page.goto(server.url);
    const words = USER_MESSAGE.split(' ');
    const draft = Array.from({ length: 300 }, (_, i) => words[i % words.length]).join(' ');
    const times: number[] = [];
    for (let round = 0; round < 5; round++) {
      const before = Number(await page.evaluate(() => document.body.dataset['lintCount'] ?? '0'));
      await page.getByLabel(/^Message/).fill(`${draft} ${round}`);
      await page.waitForFunction((count) => Number(document.body.dataset['lintCount']) > count, before, { timeout: 60_000 });
      times.push(await page.evaluate(() => (window as unknown as { netlintTimings: number[] }).netlintTimings.at(-1)!));
    }
    const warm = times.slice(1).sort((a, b) => a - b);
    console.log(`web page: one update of a 300-word draft took ${times.map((t) => t.toFixed(1)).join(', ')} ms in turn (the first includes setting up the tagger; median of the rest ${((warm[1]! + warm[2]!) / 2).toFixed(1)} ms)`);
    expect(times).toHaveLength(5);
    await page.close();
  }, 180_000);

  it('also works opened straight from the file', async () => {
    const page = await context.newPage();
    await page.goto(pathToFileURL(path.join(repoRoot, 'dist/web/index.html')).href);
    await page.getByRole('button', { name: 'USER message' }).click();
    await settled(page);
    await expect(page.locator('#marked mark[data-rule]').count()).resolves.toBe(8);
    await page.close();
  }, 180_000);

  it('made no request beyond its own files, and logged no error', () => {
    const own = (url: string) => url.startsWith(server.url) || url.startsWith('file://');
    expect(requests.length).toBeGreaterThan(0);
    expect(requests.filter((url) => !own(url))).toEqual([]);
    expect(new Set(requests.map((url) => url.replace(server.url, '/').replace(/^file:\/\/.*\//, '/')))).toEqual(new Set(['/', '/style.css', '/app.js', '/index.html']));
    expect(problems).toEqual([]);
  });
});
