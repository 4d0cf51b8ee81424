/**
 * 台账周报 as a job: where the previous version comes from (another sheet of this workbook, a second workbook file, a
 * snapshot kept at 生成汇总), read both versions, compare them in the core, lay out and write the 台账周报 sheet.
 * No rule lives here: matching, figures and findings are the core's (src/core/compare).
 */
import type { Comparison, LedgerSnapshot, ProjectVersion, SnapshotShelf, VersionSource } from '../../core/compare';
import type { Ledger } from '../../core/ledger/types';
import type { PolicyPack } from '../../core/policy/types';
import { WorkbookError, type PortNote, type WorkbookPort } from '../../core/port/WorkbookPort';
import type { SheetLayout } from '../../core/report/types';
import type { CoreApi } from './coreApi';
import { readLedgers } from './ledgers';
import { mappingsOf, type SheetMappings } from './mappings';
import { workbookFromBytes } from './memoryHost';
import type { Issue } from '../../core/validate/types';
import { checkCancelled, yieldToHost, type StepContext } from './steps';

/** The file name the 周报 gives this workbook's sheets (the sheet is Chinese: it is the office's document). */
export const THIS_WORKBOOK = '本工作簿';
/** The history label of a 周报 write (Chinese: it is stored with the workbook's history). */
export const COMPARE_ACTION_LABEL = '写入台账周报';

export type PreviousChoice =
  /** earlier: older tabs, oldest first, read too so the core can find 连续无进展 (stalled) projects. */
  | { kind: 'sheet'; sheet: string; earlier?: string[] }
  | { kind: 'file'; name: string; port: WorkbookPort; sheet: string }
  | { kind: 'snapshot'; snapshot: LedgerSnapshot };

/** What the 周报 tab can offer before anything is compared. */
export interface CompareSources {
  /** This workbook's project ledgers (sheet names, workbook order). */
  ledgers: string[];
  /** The default current version: the active sheet when it is a project ledger, else the last ledger. */
  current: string | null;
  /** Snapshots kept in the workbook's settings, per sheet. */
  shelf: SnapshotShelf | undefined;
  /** What the port left out when it read the shelf (a damaged snapshot dropped), said beside the choice. */
  notes: PortNote[];
}

export async function listSources(
  core: CoreApi,
  port: WorkbookPort,
  pack: PolicyPack,
  ctx: StepContext,
  mappings: SheetMappings = {},
  active: string | null = null,
): Promise<CompareSources> {
  const ledgers = (await projectLedgers(core, port, pack, ctx, mappings)).map((l) => l.sheet);
  const shelf = (await port.loadSettings())?.snapshots;
  const notes = port.notes?.('settings') ?? [];
  const current = active && ledgers.includes(active) ? active : (ledgers[ledgers.length - 1] ?? null);
  return { ledgers, current, shelf, notes };
}

/** The project ledgers of a workbook (this one, or a second file read for its previous version). */
export async function projectLedgers(
  core: CoreApi,
  port: WorkbookPort,
  pack: PolicyPack,
  ctx: StepContext,
  mappings: SheetMappings = {},
): Promise<Ledger[]> {
  const all = await readLedgers(core, port, pack, ctx, undefined, mappings);
  return all.filter((l) => l.kind === 'project');
}

/** A second workbook file (last week's, a clerk's copy) and its project ledgers; none is an error said in words. */
export async function readPreviousFile(
  core: CoreApi,
  bytes: ArrayBuffer,
  name: string,
  pack: PolicyPack,
  ctx: StepContext,
): Promise<{ name: string; port: WorkbookPort; sheets: string[] }> {
  const wb = await workbookFromBytes(bytes, name);
  const sheets = (await projectLedgers(core, wb.port, pack, ctx, mappingsOf(await wb.port.loadSettings()))).map(
    (l) => l.sheet,
  );
  if (sheets.length === 0)
    throw new WorkbookError(
      `“${name}”中没有项目台账可比较。`,
      `"${name}" has no project ledger to compare.`,
      'no-project',
    );
  return { name, port: wb.port, sheets };
}

/** The sheet to compare with by default: the ledger tab before the current one (10月20日 before 10月27日). */
export function defaultPreviousSheet(ledgers: readonly string[], current: string | null): string | null {
  const others = ledgers.filter((s) => s !== current);
  if (others.length === 0) return null;
  const at = current ? ledgers.indexOf(current) : -1;
  return at > 0 ? ledgers[at - 1] : others[others.length - 1];
}

export interface ComparePlan {
  /** In the pane's language (the findings' messages). */
  comparison: Comparison;
  /** The 台账周报 sheet (always Chinese), and whether it exists already (the pane asks before replacing). */
  layout: SheetLayout;
  existing: boolean;
  previousKind: PreviousChoice['kind'];
  /**
   * Versions in which no 累计完成投资 could be read at all (no such column, or a snapshot without figures): every
   * period figure is then missing, and the pane says so above the totals instead of showing 0.
   */
  noCompleted: ('previous' | 'current')[];
}

interface Version {
  source: VersionSource;
  projects: ProjectVersion[];
  label?: string;
  hasCompleted: boolean;
  /** The ledger read (not for a snapshot): a series of tabs is compared on ledgers. */
  ledger?: Ledger;
}

function ledgerVersion(core: CoreApi, ledger: Ledger, file: string, pack: PolicyPack): Version {
  return {
    source: { file, sheet: ledger.sheet },
    projects: core.projectVersions(ledger, file, pack),
    label: core.statedAsOf([ledger], pack) ?? undefined,
    hasCompleted: ledger.header.columns.some((c) => c.field === 'completed'),
    ledger,
  };
}

/** Two versions, or — with older tabs — the core's series (the same comparison of the last two, plus stalled). */
function compareBoth(
  core: CoreApi,
  pack: PolicyPack,
  versions: { previous: Version; current: Version; older: Ledger[] },
  lang: 'zh' | 'en',
): Comparison {
  const { previous, current, older } = versions;
  if (older.length === 0 || !previous.ledger || !current.ledger)
    return core.compareVersions(previous, current, { lang });
  const all = [...older, previous.ledger, current.ledger].map((ledger) => ({ file: THIS_WORKBOOK, ledger }));
  return core.compareSeries(all, pack, { lang });
}

async function readOne(
  core: CoreApi,
  port: WorkbookPort,
  sheet: string,
  pack: PolicyPack,
  mappings: SheetMappings,
): Promise<Ledger> {
  const ledger = core.readLedger(await port.readSheet(sheet), { pack, overrides: mappings[sheet] });
  if (ledger.kind !== 'project')
    throw new WorkbookError(
      `“${sheet}”不是项目台账，无法比较（台账周报比较项目台账）。`,
      `"${sheet}" is not a project ledger; the weekly report compares project ledgers.`,
      'not-project',
    );
  return ledger;
}

async function previousVersion(
  core: CoreApi,
  port: WorkbookPort,
  choice: PreviousChoice,
  pack: PolicyPack,
  mappings: SheetMappings,
): Promise<Version> {
  if (choice.kind === 'sheet')
    return ledgerVersion(core, await readOne(core, port, choice.sheet, pack, mappings), THIS_WORKBOOK, pack);
  if (choice.kind === 'file') {
    // The file's own column choices, when it stores them (a clerk's workbook from last week).
    const theirs = mappingsOf(await choice.port.loadSettings().catch(() => null));
    return ledgerVersion(core, await readOne(core, choice.port, choice.sheet, pack, theirs), choice.name, pack);
  }
  const read = core.snapshotProjects(choice.snapshot);
  if (!read)
    throw new WorkbookError(
      '这个快照无法读取（格式不同或已损坏），请选择其他上期台账。',
      'This snapshot cannot be read (another format or damaged); choose another previous version.',
      'bad-snapshot',
    );
  return {
    source: read.source,
    projects: read.projects,
    label: read.asOf ?? read.takenAt.slice(0, 10),
    hasCompleted: read.projects.some((p) => p.completed !== null),
  };
}

export async function planCompare(
  core: CoreApi,
  port: WorkbookPort,
  pack: PolicyPack,
  request: { current: string; previous: PreviousChoice; lang: 'zh' | 'en' },
  ctx: StepContext,
  mappings: SheetMappings = {},
): Promise<ComparePlan> {
  const earlier = request.previous.kind === 'sheet' ? (request.previous.earlier ?? []) : [];
  const total = 4 + earlier.length;
  const step = async (done: number, label: string) => {
    ctx.onProgress({ done, total, label });
    await yieldToHost();
    checkCancelled(ctx.signal);
  };
  await step(0, request.current);
  const current = ledgerVersion(core, await readOne(core, port, request.current, pack, mappings), THIS_WORKBOOK, pack);
  await step(1, previousName(request.previous));
  const previous = await previousVersion(core, port, request.previous, pack, mappings);
  const older: Ledger[] = [];
  for (const [i, sheet] of earlier.entries()) {
    await step(2 + i, sheet);
    older.push(await readOne(core, port, sheet, pack, mappings));
  }
  await step(total - 2, '比较');
  // The sheet is written in Chinese; the pane shows the findings in its own language.
  const versions = { previous, current, older };
  const zh = compareBoth(core, pack, versions, 'zh');
  const shown = request.lang === 'zh' ? zh : compareBoth(core, pack, versions, request.lang);
  await step(total - 1, core.weeklySheet);
  const layout = core.buildWeeklyLayout(zh, { previousLabel: previous.label, currentLabel: current.label });
  const existing = (await port.existingSheets([layout.name])).length > 0;
  const noCompleted = (['previous', 'current'] as const).filter(
    (side) => !(side === 'previous' ? previous : current).hasCompleted,
  );
  return { comparison: shown, layout, existing, previousKind: request.previous.kind, noCompleted };
}

/** Tabs older than the previous one (workbook order, oldest first), for 连续无进展; the current one is never among them. */
export function earlierTabs(ledgers: readonly string[], previous: string, current: string): string[] {
  const at = ledgers.indexOf(previous);
  return at <= 0 ? [] : ledgers.slice(0, at).filter((s) => s !== current);
}

/** How the previous version is named in progress and in the pane. */
export function previousName(p: PreviousChoice): string {
  if (p.kind === 'sheet') return p.sheet;
  if (p.kind === 'file') return `${p.name} / ${p.sheet}`;
  return `${p.snapshot.source.sheet} @ ${p.snapshot.takenAt.slice(0, 10)}`;
}

export async function writeWeekly(
  port: WorkbookPort,
  plan: ComparePlan,
  replace: boolean,
  ctx?: StepContext,
): Promise<string | null> {
  if (plan.existing && !replace) return null;
  ctx?.onProgress({ done: 0, total: 1, label: plan.layout.name, final: true });
  await yieldToHost(); // paint the step before the write holds the thread
  await port.writeSheets([plan.layout], { replace, kind: 'compare', label: COMPARE_ACTION_LABEL });
  return plan.layout.name;
}

/** A finding as the pane lists it (the validate list's shape), and whether its cell is in this workbook. */
export interface FindingItem extends Issue {
  /** False for a removed project of a second file or a snapshot: its row is not in this workbook. */
  local: boolean;
}

export function findingItems(plan: ComparePlan): FindingItem[] {
  return plan.comparison.findings.map((f) => {
    // Removed projects sit at the previous version; only another sheet of this workbook can be selected.
    const local = f.code !== 'project-removed' || plan.previousKind === 'sheet';
    const sheet = local ? f.sheet : `${f.file} / ${f.sheet}`;
    return {
      code: f.code as unknown as Issue['code'],
      severity: f.severity,
      sheet,
      cell: local ? (f.cell ?? `A${f.row}`) : undefined,
      row: f.row,
      message: f.message,
      params: f.params,
      local,
    };
  });
}
