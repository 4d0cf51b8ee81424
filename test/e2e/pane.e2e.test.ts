/**
 * End to end: the production pane in Debian's Chromium, outside Office, on the bundled sample ledger. Builds dist/
 * with webpack's Node API when it is missing; serves it on 127.0.0.1; any request off this machine is refused
 * (the pane must work without network). Screenshots at 320 and 500 px go to test-output/screenshots/.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { serveDir } from '../../scripts/staticServer';

const ROOT = resolve(__dirname, '../..');
const DIST = join(ROOT, 'dist');
const SHOTS = join(ROOT, 'test-output/screenshots');
const CHROMIUM = '/usr/bin/chromium';

async function buildDist(): Promise<void> {
  // webpack's Node API with the project's own config (a function of env and argv).
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const webpack = require('webpack') as typeof import('webpack');
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const configFn = require(join(ROOT, 'webpack.config.js')) as (env: unknown, argv: { mode: string }) => Promise<import('webpack').Configuration>;
  const config = await configFn({}, { mode: 'production' });
  await new Promise<void>((ok, fail) =>
    webpack({ ...config, mode: 'production' }, (err, stats) => {
      if (err) fail(err);
      else if (stats?.hasErrors()) fail(new Error(stats.toString('errors-only')));
      else ok();
    }),
  );
}

let server: Server;
let base = '';
let browser: BrowserContext;
let profile = '';
const offMachine: string[] = [];

beforeAll(async () => {
  if (!existsSync(join(DIST, 'taskpane.html'))) await buildDist();
  if (!existsSync(CHROMIUM)) throw new Error(`${CHROMIUM} is missing: run \`apt-get install -y chromium\` (Debian package).`);
  ({ server, url: base } = await serveDir(DIST));
  profile = mkdtempSync(join(tmpdir(), 'taizhang-chromium-'));
  mkdirSync(SHOTS, { recursive: true });
  // A fresh --user-data-dir: playwright takes it as the persistent context's directory.
  browser = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
}, 900_000);

afterAll(async () => {
  await browser?.close();
  await new Promise((r) => server?.close(r));
  if (profile) rmSync(profile, { recursive: true, force: true });
});

async function openPane(width: number): Promise<Page> {
  const page = await browser.newPage();
  await page.setViewportSize({ width, height: 900 });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(base) || url.startsWith('data:') || url.startsWith('blob:')) return route.continue();
    offMachine.push(url);
    return route.abort();
  });
  await page.goto(`${base}taskpane.html`);
  await page.getByRole('button', { name: '示例台账' }).click();
  await page.getByText('已载入：项目台账-源汇区2023.xlsx').waitFor({ timeout: 30_000 });
  expect(errors).toEqual([]);
  return page;
}

/** What the user sees in a 900 px tall pane (not fullPage: the preview is pinned to the pane's bottom edge). */
async function shot(page: Page, width: number, job: string): Promise<void> {
  await page.screenshot({ path: join(SHOTS, `pane-${width}-${job}.png`) });
}

/** Waits until no job shows progress. */
async function idle(page: Page): Promise<void> {
  await page.waitForFunction(() => !document.querySelector('[role="status"] .fui-Spinner'), undefined, { timeout: 60_000 });
}

describe('the pane in a dark, English browser', () => {
  it('follows the colour scheme and the language', async () => {
    const page = await browser.newPage();
    await page.setViewportSize({ width: 320, height: 700 });
    await page.emulateMedia({ colorScheme: 'dark' });
    await page.goto(`${base}taskpane.html?lang=en`);
    await page.getByRole('button', { name: 'Sample ledger' }).click();
    await page.getByRole('tab', { name: 'Check ledger' }).waitFor({ timeout: 30_000 });
    await page.getByRole('tabpanel').getByRole('button', { name: 'Check ledger' }).click();
    await page.getByRole('heading', { name: /\d+ issues/ }).waitFor({ timeout: 60_000 });
    // Fluent's dark theme paints the provider with a dark neutral background
    const bg = await page.locator('.fui-FluentProvider').evaluate((el) => getComputedStyle(el).backgroundColor);
    const [r, g, b] = (bg.match(/\d+/g) ?? []).map(Number);
    expect(r + g + b).toBeLessThan(3 * 80);
    await shot(page, 320, 'dark-en');
    await page.close();
  }, 120_000);
});

describe.each([500, 320])('the pane at %i px outside Office', (width) => {
  let page: Page;
  beforeAll(async () => {
    page = await openPane(width);
  }, 120_000);
  afterAll(async () => page?.close());

  it('loads the sample and previews its sheet', async () => {
    await page.getByTestId('grid-preview').waitFor();
    expect(await page.getByTestId('grid-preview').textContent()).toContain('项目名称');
    // the tabs for the three jobs and the settings
    for (const name of ['校验台账', '填充责任单位', '生成汇总', '设置']) expect(await page.getByRole('tab', { name }).count()).toBe(1);
    // no horizontal scroll of the page at a task pane's width
    expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true);
    await shot(page, width, '0-loaded');
  });

  it('校验台账: shows the recognised ledger and issues; a clicked issue selects its cell', async () => {
    await page.getByRole('tabpanel').getByRole('button', { name: '校验台账' }).click();
    await idle(page);
    const card = page.getByRole('group', { name: '识别结果：项目台账' });
    await card.waitFor({ timeout: 60_000 });
    expect(await card.textContent()).toContain('项目台账');
    expect(await card.textContent()).toMatch(/10月/); // the sample's 1-10月完成投资 column
    const heading = await page.getByRole('heading', { name: /共 \d+ 个问题/ }).textContent();
    expect(Number(/共 (\d+) 个问题/.exec(heading ?? '')?.[1])).toBeGreaterThan(5); // the sample plants a dozen errors
    await shot(page, width, '1-validate');
    const issue = page.locator('button[data-cell]').first();
    const cell = await issue.getAttribute('data-cell');
    await issue.scrollIntoViewIfNeeded();
    await issue.click();
    await page.locator('td[aria-current="true"]').waitFor();
    expect(await page.locator('td[aria-current="true"]').getAttribute('data-a1')).toBe(cell);
    await shot(page, width, '2-issue-selected');
  });

  it('填充责任单位: previews the proposed edits with reasons', async () => {
    await page.getByRole('tab', { name: '填充责任单位' }).click();
    await page.getByRole('button', { name: '预览填充' }).click();
    await idle(page);
    const edits = page.getByRole('heading', { name: /拟修改 \d+ 处/ });
    await edits.waitFor({ timeout: 60_000 });
    expect(Number(/(\d+)/.exec((await edits.textContent()) ?? '')?.[1])).toBeGreaterThan(0); // the sample leaves lead units blank
    await shot(page, width, '3-assign');
    await page.getByRole('button', { name: '全部应用' }).click();
    await page.getByText(/已写入 \d+ 个单元格。/).waitFor({ timeout: 60_000 });
  });

  it('生成汇总: writes the summary and shows the target cards', async () => {
    await page.getByRole('tab', { name: '生成汇总' }).click();
    await page.getByRole('checkbox').first().waitFor({ timeout: 60_000 });
    expect(await page.getByLabel('截止日期').inputValue()).toMatch(/^2023-10-31$/);
    await page.getByRole('tabpanel').getByRole('button', { name: '生成汇总' }).click();
    await idle(page);
    const cards = page.getByRole('list', { name: '目标进度' });
    await cards.waitFor({ timeout: 60_000 });
    expect(await cards.locator('li').count()).toBeGreaterThanOrEqual(5);
    expect(await cards.textContent()).toContain('序时进度 83%'); // October: 10/12
    await page.getByText(/^已写入：/).waitFor();
    await shot(page, width, '4-summary');
  });

  it('校验台账 again after the summary: the summary sheets it wrote are not read as ledgers', async () => {
    await page.getByRole('tab', { name: '校验台账' }).click();
    expect(await page.getByTestId('active-sheet').textContent()).toMatch(/^当前工作表：/);
    await page.getByRole('tabpanel').getByRole('button', { name: '校验台账' }).click();
    await idle(page);
    await page.getByRole('group', { name: '识别结果：项目台账' }).waitFor({ timeout: 60_000 });
    expect(await page.getByRole('group', { name: /^识别结果：/ }).count()).toBe(1);
  });

  it('设置: lists the built-in pack, targets and rules', async () => {
    await page.getByRole('tab', { name: '设置' }).click();
    expect(await page.getByRole('radio', { name: '内置：源政办〔2023〕5号' }).isChecked()).toBe(true);
    expect(await page.getByRole('switch').count()).toBeGreaterThan(5);
    await shot(page, width, '5-settings');
  });

  it('needed nothing from off this machine (office.js asks for its telemetry frame; refused, nothing breaks)', () => {
    expect(offMachine.filter((u) => !u.startsWith('https://telemetryservice.firstpartyapps.oaspapps.com/'))).toEqual([]);
  });
});
