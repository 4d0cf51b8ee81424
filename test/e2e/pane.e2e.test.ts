/**
 * End to end: the production pane in Debian's Chromium, outside Office, walked as a clerk walks it, at 320 and
 * 500 px, in Chinese and English, light and dark: load → validate → filter → mark → fill → summary → undo fill
 * (fills gone, summary stays) → undo summary → save .xlsx, whose file must hold exactly the marks and nothing else.
 * Builds dist/ with webpack's Node API when it is missing; serves it on 127.0.0.1; any request off this machine
 * is refused and counted (there must be none), and so is any console error. Screenshots go to
 * test-output/screenshots/.
 */
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import ExcelJS from 'exceljs';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { serveDir } from '../../scripts/staticServer';
import { en } from '../../src/taskpane/i18n/en';
import { zh, type StringKey } from '../../src/taskpane/i18n/zh';
import { compareLedgers, type Comparison } from '../../src/core/compare';
import { readLedger } from '../../src/core/ledger';
import { defaultPack } from '../../src/core/policy';
import { formatAmount } from '../../src/taskpane/format';
import { XlsxWorkbook } from '../../src/xlsx/XlsxWorkbook';

const ROOT = resolve(__dirname, '../..');
const DIST = join(ROOT, 'dist');
const SHOTS = join(ROOT, 'test-output/screenshots');
const CHROMIUM = '/usr/bin/chromium';
const SAMPLE = join(ROOT, 'samples/项目台账-源汇区2023.xlsx');
const MEASURES = join(ROOT, 'samples/措施任务台账.xlsx');
const LAST_WEEK_NAME = '项目台账-源汇区2023-上周.xlsx';
const LAST_WEEK = join(ROOT, 'samples', LAST_WEEK_NAME);
const LEDGER_SHEET = '项目台账';
const TARGET_SHEET = '目标完成情况';

async function buildDist(): Promise<void> {
  // webpack's Node API with the project's own config (a function of env and argv).
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const webpack = require('webpack') as typeof import('webpack');
  // eslint-disable-next-line @typescript-eslint/no-require-imports
  const configFn = require(join(ROOT, 'webpack.config.js')) as (
    env: unknown,
    argv: { mode: string },
  ) => Promise<import('webpack').Configuration>;
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
let downloads = '';
const offMachine: string[] = [];

beforeAll(async () => {
  if (!existsSync(join(DIST, 'taskpane.html'))) await buildDist();
  if (!existsSync(CHROMIUM))
    throw new Error(`${CHROMIUM} is missing: run \`apt-get install -y chromium\` (Debian package).`);
  ({ server, url: base } = await serveDir(DIST));
  profile = mkdtempSync(join(tmpdir(), 'taizhang-chromium-'));
  downloads = mkdtempSync(join(tmpdir(), 'taizhang-downloads-'));
  mkdirSync(SHOTS, { recursive: true });
  // A fresh --user-data-dir: playwright takes it as the persistent context's directory.
  browser = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless: true,
    acceptDownloads: true,
    downloadsPath: downloads,
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}, 900_000);

afterAll(async () => {
  await browser?.close();
  await new Promise((r) => server?.close(r));
  for (const dir of [profile, downloads]) if (dir) rmSync(dir, { recursive: true, force: true });
});

type Lang = 'zh' | 'en';
const STRINGS = { zh, en } as const;

/** The pane's own string, filled; or, with `any`, a pattern where each {slot} matches anything. */
function T(lang: Lang, key: StringKey, params: Record<string, string | number> = {}): string {
  return STRINGS[lang][key].replace(/\{(\w+)\}/g, (m, k: string) => (k in params ? String(params[k]) : m));
}
function pattern(lang: Lang, key: StringKey, fixed: Record<string, string | number> = {}): RegExp {
  const parts = STRINGS[lang][key].split(/(\{\w+\})/);
  const esc = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(
    `^${parts.map((p) => (/^\{\w+\}$/.test(p) ? (p.slice(1, -1) in fixed ? esc(String(fixed[p.slice(1, -1)])) : '(.+?)') : esc(p))).join('')}$`,
  );
}
function numberIn(text: string | null, re: RegExp): number {
  const m = re.exec((text ?? '').trim());
  if (!m) throw new Error(`"${text}" does not match ${re}`);
  return Number(m[1]);
}

interface Watch {
  errors: string[];
}

async function openPane(width: number, lang: Lang, dark: boolean): Promise<{ page: Page; watch: Watch }> {
  const page = await browser.newPage();
  await page.setViewportSize({ width, height: 900 });
  await page.emulateMedia({ colorScheme: dark ? 'dark' : 'light' });
  const watch: Watch = { errors: [] };
  page.on('pageerror', (e) => watch.errors.push(e.message));
  page.on('console', (m) => {
    if (m.type() === 'error') watch.errors.push(m.text());
  });
  await page.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(base) || url.startsWith('data:') || url.startsWith('blob:')) return route.continue();
    offMachine.push(url);
    return route.abort();
  });
  await page.goto(`${base}taskpane.html${lang === 'en' ? '?lang=en' : ''}`);
  await page.getByRole('button', { name: T(lang, 'sourceSample') }).click();
  await page.getByText(T(lang, 'sourceLoaded', { name: '项目台账-源汇区2023.xlsx' })).waitFor({ timeout: 30_000 });
  return { page, watch };
}

/** What the user sees in a 900 px tall pane (not fullPage: the preview is pinned to the pane's bottom edge). */
async function shot(page: Page, name: string): Promise<void> {
  expect(await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth)).toBe(true); // no sideways scroll
  await page.screenshot({ path: join(SHOTS, `${name}.png`) });
}

/** Waits until no job shows progress. */
async function idle(page: Page): Promise<void> {
  await page.waitForFunction(() => !document.querySelector('[role="status"] .fui-Spinner'), undefined, {
    timeout: 60_000,
  });
}

/**
 * axe-core (jest-axe's engine, from node_modules: no network) on the real page, colour contrast included. Fluent's
 * Tabster focus sentinels (<i data-tabster-dummy tabindex=0 aria-hidden>) are left out: they are Fluent's, and
 * move focus on rather than taking it.
 */
async function axeViolations(page: Page): Promise<string[]> {
  await page.addScriptTag({ path: join(ROOT, 'node_modules/axe-core/axe.min.js') });
  return page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: { run: (ctx: unknown) => Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> };
      }
    ).axe;
    const r = await axe.run({ exclude: [['[data-tabster-dummy]']] });
    return r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
  });
}

async function previewSheets(page: Page, lang: Lang): Promise<string[]> {
  return page
    .getByRole('combobox', { name: T(lang, 'previewSheet') })
    .locator('option')
    .allTextContents();
}

/** Every cell of every sheet: value and fill, keyed "sheet!A1". */
async function cellsOf(bytes: Buffer | Uint8Array): Promise<Map<string, { value: string; fill: string }>> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  const out = new Map<string, { value: string; fill: string }>();
  wb.eachSheet((ws) => {
    if (ws.state === 'veryHidden') return; // Taizhang's own settings sheet, when settings were saved
    ws.eachRow({ includeEmpty: false }, (row) =>
      row.eachCell({ includeEmpty: false }, (cell) => {
        out.set(`${ws.name}!${cell.address}`, {
          value: JSON.stringify(cell.value),
          fill: JSON.stringify(cell.fill ?? null),
        });
      }),
    );
  });
  return out;
}

const WALKS: { width: number; lang: Lang; dark: boolean }[] = [
  { width: 320, lang: 'zh', dark: false },
  { width: 500, lang: 'zh', dark: false },
  { width: 320, lang: 'en', dark: true },
  { width: 500, lang: 'en', dark: true },
];

describe.each(WALKS)('the clerk’s walk at $width px, $lang, dark: $dark', ({ width, lang, dark }) => {
  const name = (step: string) => `pane-${width}-${lang}${dark ? '-dark' : ''}-${step}`;
  let page: Page;
  let watch: Watch;
  let marked: string[] = [];
  let filled = 0;
  let summarySheets: string[] = [];

  beforeAll(async () => {
    ({ page, watch } = await openPane(width, lang, dark));
  }, 120_000);
  afterAll(async () => page?.close());

  it('loads the sample and previews it, office.js left out', async () => {
    const show = page.getByRole('button', { name: T(lang, 'previewShow') });
    if (width < 400) await show.click(); // collapsed at a narrow width, open on request
    await page.getByTestId('grid-preview').waitFor();
    expect(await page.getByTestId('grid-preview').textContent()).toContain('项目名称');
    expect(await page.evaluate(() => typeof (window as { Office?: unknown }).Office)).toBe('undefined');
    for (const key of ['tabValidate', 'tabAssign', 'tabSummary', 'tabSettings'] as const)
      expect(await page.getByRole('tab', { name: T(lang, key) }).count()).toBe(1);
    if (dark) {
      const bg = await page.locator('.fui-FluentProvider').evaluate((el) => getComputedStyle(el).backgroundColor);
      const [r, g, b] = (bg.match(/\d+/g) ?? []).map(Number);
      expect(r + g + b).toBeLessThan(3 * 80);
    }
    await shot(page, name('0-loaded'));
  });

  it('validates: the recognised ledger in the clerk’s words, and the issues', async () => {
    await page
      .getByRole('tabpanel')
      .getByRole('button', { name: T(lang, 'validateRun') })
      .click();
    await idle(page);
    const card = page.getByRole('group', { name: T(lang, 'recognisedSheet', { sheet: LEDGER_SHEET }) });
    await card.waitFor({ timeout: 60_000 });
    expect(await card.textContent()).toMatch(/10月/); // the sample's 1-10月完成投资 column
    const heading = await page.getByRole('heading', { name: pattern(lang, 'issuesTotal') }).textContent();
    expect(numberIn(heading, pattern(lang, 'issuesTotal'))).toBeGreaterThan(5); // the sample plants a dozen errors
    await shot(page, name('1-validate'));
    expect(await axeViolations(page)).toEqual([]);
  });

  it('filters by type; marking follows the filter', async () => {
    const select = page.getByLabel(T(lang, 'filterType'));
    const options = await select
      .locator('option')
      .evaluateAll((os) => os.map((o) => ({ value: (o as HTMLOptionElement).value, text: o.textContent ?? '' })));
    // the smallest type with more than one issue: the filter visibly narrows the list
    const counts = options.filter((o) => o.value).map((o) => ({ ...o, n: Number(/(\d+)\)?）?$/.exec(o.text)?.[1]) }));
    const pick = counts.filter((o) => o.n > 1 && o.n <= 25).sort((a, b) => a.n - b.n)[0] ?? counts[0];
    await select.selectOption(pick.value);
    const heading = page.getByRole('heading', { name: pattern(lang, 'issuesShown', { shown: pick.n }) });
    await heading.waitFor();
    // the issues shown that name a cell (row-level ones have none)
    marked = [
      ...new Set(
        await page.locator('button[data-cell]').evaluateAll((bs) => bs.map((b) => b.getAttribute('data-cell') ?? '')),
      ),
    ];
    expect(marked.length).toBeGreaterThan(0);
    await shot(page, name('2-filter'));
    await page.getByRole('button', { name: T(lang, 'markInSheet', { count: pick.n }) }).click();
    const notice = page.getByText(T(lang, 'marked', { count: await page.locator('button[data-cell]').count() }));
    await notice.waitFor({ timeout: 30_000 });
    // the result sits beside the buttons that caused it, in view
    expect(await notice.isVisible()).toBe(true);
    const buttons = await page.getByRole('button', { name: T(lang, 'markInSheet', { count: pick.n }) }).boundingBox();
    const box = await notice.boundingBox();
    expect(Math.abs((box?.y ?? 0) - (buttons?.y ?? 0))).toBeLessThan(120);
    // and not under the pinned preview
    await page.waitForTimeout(300);
    const panel = await page.getByTestId('preview-panel').boundingBox();
    const seen = await notice.boundingBox();
    expect((seen?.y ?? 0) + (seen?.height ?? 0)).toBeLessThanOrEqual(panel?.y ?? Infinity);
    await shot(page, name('3-marked'));
    // a clicked issue selects its cell in the preview
    const issue = page.locator('button[data-cell]').first();
    await issue.scrollIntoViewIfNeeded();
    await issue.click();
    await page.locator('td[aria-current="true"]').waitFor();
    expect(await page.locator('td[aria-current="true"]').getAttribute('data-a1')).toBe(marked[0]);
  });

  it('fills the lead units, asking once above 20 cells', async () => {
    await page.getByRole('tab', { name: T(lang, 'tabAssign') }).click();
    await page.getByRole('button', { name: T(lang, 'assignRun') }).click();
    await idle(page);
    const edits = page.getByRole('heading', { name: pattern(lang, 'editsTitle') });
    await edits.waitFor({ timeout: 60_000 });
    filled = numberIn(await edits.textContent(), pattern(lang, 'editsTitle'));
    expect(filled).toBeGreaterThan(0); // the sample leaves lead units blank
    await page.getByRole('button', { name: T(lang, 'applyAll') }).click();
    if (filled > 20) {
      await page.getByText(T(lang, 'confirmWrite', { count: filled })).waitFor();
      await shot(page, name('4-fill-confirm'));
      await page.getByRole('button', { name: T(lang, 'confirmWriteYes') }).click();
    }
    await page.getByText(T(lang, 'applied', { count: filled })).waitFor({ timeout: 60_000 });
    await page.getByRole('button', { name: T(lang, 'undoFill', { count: filled }) }).waitFor();
    await shot(page, name('4-fill'));
  });

  it('writes the summary and shows the cards at a glance', async () => {
    await page.getByRole('tab', { name: T(lang, 'tabSummary') }).click();
    await page.getByRole('checkbox').first().waitFor({ timeout: 60_000 });
    expect(await page.getByLabel(T(lang, 'asOfDate')).inputValue()).toBe('2023-10-31');
    await page
      .getByRole('tabpanel')
      .getByRole('button', { name: T(lang, 'summaryRun') })
      .click();
    await idle(page);
    const cards = page.getByRole('list', { name: T(lang, 'targetsTitle') });
    await cards.waitFor({ timeout: 60_000 });
    expect(await cards.locator('li').count()).toBeGreaterThanOrEqual(5);
    expect(await cards.textContent()).toContain(`${T(lang, 'pace')} 83%`); // October: 10/12
    expect(await cards.textContent()).toContain(T(lang, 'rate'));
    expect(await cards.getByTestId('pace-marker').count()).toBeGreaterThan(0);
    // every badge on one line
    for (const badge of await cards.locator('.fui-Badge').all())
      expect((await badge.boundingBox())!.height).toBeLessThan(30);
    await page.getByText(pattern(lang, 'written')).waitFor();
    summarySheets = (await previewSheets(page, lang)).filter((n) => n !== LEDGER_SHEET);
    expect(summarySheets).toContain(TARGET_SHEET);
    await shot(page, name('5-summary'));
    expect(await axeViolations(page)).toEqual([]);
  });

  it('undoes the fill: the fills are gone, the summary stays', async () => {
    await page.getByRole('tab', { name: T(lang, 'tabAssign') }).click();
    await page.getByRole('button', { name: T(lang, 'undoFill', { count: filled }) }).click();
    await page
      .getByText(T(lang, 'undoneAction', { action: T(lang, 'undoFill', { count: filled }) }))
      .waitFor({ timeout: 60_000 });
    expect(await previewSheets(page, lang)).toEqual(expect.arrayContaining(summarySheets));
    await shot(page, name('6-undo-fill'));
  });

  it('undoes the summary: its sheets are gone', async () => {
    await page.getByRole('tab', { name: T(lang, 'tabSummary') }).click();
    const undo = page.getByRole('button', { name: pattern(lang, 'undoSummary') });
    await undo.click();
    await page.getByRole('tabpanel').getByText(pattern(lang, 'undoneAction')).waitFor({ timeout: 60_000 });
    await page.waitForFunction(
      ([label, sheet]) =>
        ![...document.querySelectorAll(`select[aria-label="${label}"] option`)].some((o) => o.textContent === sheet),
      [T(lang, 'previewSheet'), TARGET_SHEET] as const,
    );
    // the target cards were of the undone sheets: they go too
    expect(await page.getByRole('list', { name: T(lang, 'targetsTitle') }).count()).toBe(0);
    await shot(page, name('7-undo-summary'));
  });

  it('saves an .xlsx holding exactly the marks: every value as loaded, nothing else changed', async () => {
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: T(lang, 'saveXlsx') }).click(),
    ]);
    expect(download.suggestedFilename()).toBe('项目台账-源汇区2023-台账助手.xlsx');
    const path = join(downloads, `${name('saved')}.xlsx`);
    await download.saveAs(path);
    const before = await cellsOf(readFileSync(SAMPLE));
    const after = await cellsOf(readFileSync(path));
    expect([...after.keys()].filter((k) => !before.has(k))).toEqual([]); // no new cells (no summary, no fills)
    const changed = [...before.entries()].filter(([k, v]) => {
      const a = after.get(k);
      return !a || a.value !== v.value || a.fill !== v.fill;
    });
    // values all as loaded; fills changed exactly on the marked cells
    expect(changed.filter(([k, v]) => after.get(k)?.value !== v.value)).toEqual([]);
    expect(changed.map(([k]) => k).sort()).toEqual(marked.map((c) => `${LEDGER_SHEET}!${c}`).sort());
    await page.getByText(T(lang, 'savedAs', { name: download.suggestedFilename() })).waitFor();
    await shot(page, name('8-saved'));
  });

  it('fills a measure task ledger and undoes it', async () => {
    await page.getByTestId('file-input').setInputFiles(MEASURES);
    await page.getByText(T(lang, 'sourceLoaded', { name: '措施任务台账.xlsx' })).waitFor({ timeout: 30_000 });
    await page.getByRole('tab', { name: T(lang, 'tabAssign') }).click();
    await page.getByRole('button', { name: T(lang, 'assignRun') }).click();
    await idle(page);
    const edits = page.getByRole('heading', { name: pattern(lang, 'editsTitle') });
    await edits.waitFor({ timeout: 60_000 });
    const n = numberIn(await edits.textContent(), pattern(lang, 'editsTitle'));
    expect(n).toBeGreaterThan(0);
    await page.getByRole('button', { name: T(lang, 'applyAll') }).click();
    if (n > 20) await page.getByRole('button', { name: T(lang, 'confirmWriteYes') }).click();
    await page.getByText(T(lang, 'applied', { count: n })).waitFor({ timeout: 60_000 });
    await shot(page, name('9-measure-filled'));
    await page.getByRole('button', { name: T(lang, 'undoFill', { count: n }) }).click();
    await page
      .getByText(T(lang, 'undoneAction', { action: T(lang, 'undoFill', { count: n }) }))
      .waitFor({ timeout: 60_000 });
  });

  it('logged no console error', () => {
    expect(watch.errors).toEqual([]);
  });
});

/** The core's comparison of the two bundled samples, read as the pane reads them (what the pane must show). */
async function samplesCompared(lang: Lang): Promise<Comparison> {
  const open = async (path: string) => {
    const b = readFileSync(path);
    return XlsxWorkbook.fromBuffer(b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer);
  };
  const pack = defaultPack();
  const previous = readLedger(await (await open(LAST_WEEK)).readSheet(LEDGER_SHEET), { pack });
  const current = readLedger(await (await open(SAMPLE)).readSheet(LEDGER_SHEET), { pack });
  return compareLedgers({ file: LAST_WEEK_NAME, ledger: previous }, { file: '本工作簿', ledger: current }, pack, {
    lang,
  });
}

describe.each([
  { width: 320, lang: 'zh' as Lang, dark: false },
  { width: 500, lang: 'en' as Lang, dark: true },
])('台账周报 at $width px, $lang: this week’s sample against last week’s file', ({ width, lang, dark }) => {
  const name = (step: string) => `pane-${width}-${lang}${dark ? '-dark' : ''}-compare-${step}`;
  let page: Page;
  let watch: Watch;
  let expected: Comparison;

  beforeAll(async () => {
    ({ page, watch } = await openPane(width, lang, dark));
    expected = await samplesCompared(lang);
  }, 120_000);
  afterAll(async () => page?.close());

  it('reads last week’s file as the previous version', async () => {
    await page.getByRole('tab', { name: T(lang, 'tabCompare') }).click();
    const fromFile = page.getByRole('radio', { name: T(lang, 'compareFromFile') });
    await fromFile.waitFor({ timeout: 60_000 });
    expect(await fromFile.isChecked()).toBe(true); // one ledger sheet, no snapshot yet: a file it is
    await page.getByTestId('compare-file-input').setInputFiles(LAST_WEEK);
    await page.getByText(T(lang, 'compareFileLoaded', { name: LAST_WEEK_NAME })).waitFor({ timeout: 30_000 });
    await shot(page, name('0-source'));
  });

  it('shows what moved: the core’s counts and period total, the unread figure said', async () => {
    await page.getByRole('button', { name: T(lang, 'compareRun') }).click();
    await idle(page);
    const result = page.getByTestId('compare-result');
    await result.waitFor({ timeout: 60_000 });
    const renamed = expected.matched.filter((m) => m.how === 'renamed').length;
    expect(expected.matched.length).toBeGreaterThan(100);
    expect(await page.getByTestId('compare-counts').textContent()).toBe(
      T(lang, 'compareCounts', {
        matched: expected.matched.length,
        added: expected.added.length,
        removed: expected.removed.length,
        renamed,
      }),
    );
    expect(await page.getByTestId('compare-total').textContent()).toBe(
      T(lang, 'compareTotal', { amount: formatAmount(expected.totals.newThisPeriod, lang) }),
    );
    if (expected.figuresMissing > 0)
      expect(await page.getByTestId('compare-unread').textContent()).toContain(
        T(lang, 'compareFiguresMissing', { count: expected.figuresMissing }),
      );
    const rows = await page.getByTestId('compare-breakdown').locator('tbody tr').count();
    expect(rows).toBe(expected.byDomain.length);
    await result.scrollIntoViewIfNeeded();
    await shot(page, name('1-result'));
    expect(await axeViolations(page)).toEqual([]);
  });

  it('lists the findings; a click selects the cell in the preview', async () => {
    const heading = page.getByRole('heading', {
      name: T(lang, 'compareFindingsTitle', { count: expected.findings.length }),
    });
    await heading.waitFor();
    const first = page.locator('button[data-cell]').first();
    const cell = await first.getAttribute('data-cell');
    expect(cell).toBe(expected.findings.find((f) => f.severity === 'error')?.cell);
    await first.scrollIntoViewIfNeeded();
    await first.click();
    await page.locator('td[aria-current="true"]').waitFor();
    expect(await page.locator('td[aria-current="true"]').getAttribute('data-a1')).toBe(cell);
    await heading.scrollIntoViewIfNeeded();
    await shot(page, name('2-findings'));
  });

  it('writes the 台账周报 sheet and undoes it', async () => {
    await page.getByRole('button', { name: T(lang, 'compareWrite') }).click();
    await page.getByText(T(lang, 'compareWritten', { sheet: '台账周报' })).waitFor({ timeout: 60_000 });
    expect(await previewSheets(page, lang)).toContain('台账周报');
    await shot(page, name('3-written'));
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: T(lang, 'undoWrite', { label: '写入台账周报' }) }).click();
    await page.getByText(pattern(lang, 'undoneAction')).waitFor({ timeout: 60_000 });
    await page.waitForFunction(
      ([label, sheet]) =>
        ![...document.querySelectorAll(`select[aria-label="${label}"] option`)].some((o) => o.textContent === sheet),
      [T(lang, 'previewSheet'), '台账周报'] as const,
    );
  });

  it('logged no console error', () => {
    expect(watch.errors).toEqual([]);
  });
});

describe('a column choice on the recognition card', () => {
  it('is stored in the workbook: the saved file, opened again, reads the column the same way', async () => {
    const { page, watch } = await openPane(500, 'zh', false);
    const check = async () => {
      await page.getByRole('tabpanel').getByRole('button', { name: '校验台账' }).click();
      await idle(page);
      await page.getByRole('group', { name: `识别结果：${LEDGER_SHEET}` }).waitFor({ timeout: 60_000 });
      await page.getByText(/^列对应（\d+）$/).click();
    };
    await check();
    const selects = page.getByRole('group', { name: `识别结果：${LEDGER_SHEET}` }).getByRole('combobox');
    const labels = await selects.evaluateAll((ss) =>
      ss.map((s) => ({ label: s.getAttribute('aria-label') ?? '', value: (s as HTMLSelectElement).value })),
    );
    const remark =
      labels.find((l) => l.value === 'remark') ??
      labels.find((l) => l.value !== 'ignore' && l.value !== 'name' && l.value !== 'total')!;
    await page.getByRole('combobox', { name: remark.label }).selectOption('ignore');
    await page.getByText(`已按你的选择读取“${LEDGER_SHEET}”，并保存在工作簿中。`).waitFor({ timeout: 60_000 });
    expect(await page.getByRole('combobox', { name: remark.label }).inputValue()).toBe('ignore');
    await shot(page, 'pane-500-zh-mapping');
    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.getByRole('button', { name: '保存为 .xlsx' }).click(),
    ]);
    const path = join(downloads, 'mapping.xlsx');
    await download.saveAs(path);
    await page.getByTestId('file-input').setInputFiles(path);
    await page.getByText('已载入：mapping.xlsx').waitFor({ timeout: 30_000 });
    await check();
    expect(await page.getByRole('combobox', { name: remark.label }).inputValue()).toBe('ignore');
    expect(watch.errors).toEqual([]);
    await page.close();
  }, 180_000);
});

describe('a workbook that is not a ledger', () => {
  it('says what is missing instead of "没有发现问题"', async () => {
    const { page, watch } = await openPane(320, 'zh', false);
    const wb = new ExcelJS.Workbook();
    wb.addWorksheet('通讯录').addRows([
      ['姓名', '电话', '地址'],
      ['张三', '123', '源汇区'],
    ]);
    const file = join(downloads, '通讯录.xlsx');
    await wb.xlsx.writeFile(file);
    await page.getByTestId('file-input').setInputFiles(file);
    await page.getByText('已载入：通讯录.xlsx').waitFor({ timeout: 30_000 });
    await page.getByRole('tabpanel').getByRole('button', { name: '校验台账' }).click();
    await idle(page);
    await page.getByText('“通讯录”未识别到台账').waitFor({ timeout: 30_000 });
    expect(await page.getByTestId('not-recognised').textContent()).toContain('缺少项目名称、总投资列。');
    expect(await page.getByText('没有发现问题。').count()).toBe(0);
    await shot(page, 'pane-320-zh-not-a-ledger');
    expect(watch.errors).toEqual([]);
    await page.close();
  }, 120_000);
});

describe('the network', () => {
  it('was never asked for anything off this machine (office.js is not loaded outside Office)', () => {
    expect(offMachine).toEqual([]);
  });
});
