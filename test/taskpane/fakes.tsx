import './setupDom';
/** Hand-built stand-ins for the core and the workbook port, and a render helper with the pane's providers. */
import { render } from '@testing-library/react';
import { FluentProvider, webLightTheme } from '@fluentui/react-components';
import type { ReactElement } from 'react';
import { gridFromRows, type Grid } from '../../src/core/grid';
import type { Ledger } from '../../src/core/ledger/types';
import type { PolicyPack } from '../../src/core/policy/types';
import type {
  ActionEntry,
  ActionKind,
  CellMark,
  CellWrite,
  PortNote,
  StoredSettings,
  WorkbookPort,
} from '../../src/core/port/WorkbookPort';
import type { SheetLayout } from '../../src/core/report/types';
import type { Summary } from '../../src/core/totals/types';
import type { Issue, IssueType } from '../../src/core/validate/types';
import type { AssignmentResult } from '../../src/core/assign/types';
import { OWN_SHEETS, SHEET_NAMES } from '../../src/core/report';
import { I18nContext, makeI18n, type Lang } from '../../src/taskpane/i18n';
import type { CoreApi } from '../../src/taskpane/state/coreApi';
import { PaneContext, type PaneServices } from '../../src/taskpane/state/PaneContext';
import type { PaneSettings } from '../../src/taskpane/state/packChoice';
import { statedAsOf } from '../../src/core/totals';
import { LEDGER_KINDS } from '../../src/core/schema';
import { packFromPolicyText } from '../../src/core/policy/packFromPolicyText';
import {
  compareSeries,
  compareVersions,
  keepSnapshots,
  previousSnapshot,
  projectVersions,
  snapshotProjects,
  snapshotsAtSummary,
  snapshotsOf,
} from '../../src/core/compare';
import { buildWeeklyLayout, WEEKLY_SHEET } from '../../src/core/report';

export const PACK: PolicyPack = {
  id: 'test-pack',
  version: 1,
  document: { title: '测试政策', number: '源政办〔2023〕5号', date: '2023-03-01' },
  measures: [],
  units: [],
  domains: [{ name: '工业', aliases: [] }],
  channels: [{ name: '专项债券', aliases: [] }],
  targets: [
    {
      id: 'investment-2023',
      label: '全年完成投资',
      measure: 6,
      value: 270,
      unit: '亿元',
      metric: 'completed',
      ledger: 'project',
      deadline: '2023-12-31',
      paced: true,
      description: '',
    },
    {
      id: 'projects-1e8-2023',
      label: '亿元以上项目',
      measure: 1,
      value: 33,
      unit: '个',
      metric: 'count',
      ledger: 'project',
      deadline: '2023-12-31',
      paced: false,
      description: '',
    },
  ],
  rules: [],
  status: { ahead: 1.05, onPace: 0.95 },
};

export const CATALOGUE: IssueType[] = [
  {
    code: 'type-error',
    group: 'cell',
    severity: 'error',
    title: { zh: '类型错误', en: 'Type error' },
    message: { zh: '', en: '' },
    help: { zh: '数字写成了文本', en: 'Number as text' },
  },
  {
    code: 'required-missing',
    group: 'cell',
    severity: 'error',
    title: { zh: '必填项缺失', en: 'Required missing' },
    message: { zh: '', en: '' },
    help: { zh: '', en: '' },
  },
  {
    code: 'unknown-unit',
    group: 'cell',
    severity: 'warning',
    title: { zh: '单位名称不规范', en: 'Unknown unit' },
    message: { zh: '', en: '' },
    help: { zh: '', en: '' },
  },
];

export const SHEET_ROWS = [
  ['2023年源汇区重点项目台账'],
  ['序号', '项目名称', '总投资', '牵头责任单位'],
  [1, '医疗器械产业园', '8,500', '区发改委'],
  [2, '智能制造谷标准化厂房', 12000, null],
];

/** A ledger for a grid, built by hand: header row 2, data rows 3.., columns A-D. */
export function ledgerOf(grid: Grid): Ledger {
  const known = grid.name !== '说明' && grid.rowCount > 0;
  return {
    sheet: grid.name,
    kind: known ? 'project' : 'unknown',
    header: {
      firstRow: 2,
      lastRow: 2,
      titleRows: [{ row: 1, text: '2023年源汇区重点项目台账' }],
      kind: known ? 'project' : 'unknown',
      confidence: known ? 0.9 : 0,
      columns: known
        ? [
            { field: 'seq', col: 0, letter: 'A', header: '序号' },
            { field: 'name', col: 1, letter: 'B', header: '项目名称' },
            { field: 'total', col: 2, letter: 'C', header: '总投资', unit: '万元', unitSource: 'default' },
            { field: 'lead', col: 3, letter: 'D', header: '牵头责任单位' },
          ]
        : [],
      unmapped: [],
      duplicates: [],
      asOf: known ? { year: 2023, month: 10, source: 'A1' } : null,
    },
    rows: known
      ? [
          { row: 3, index: 2, cells: {}, hidden: false },
          { row: 4, index: 3, cells: {}, hidden: false },
        ]
      : [],
    subtotals: [],
    sections: [],
    blankRows: [],
    grid,
  };
}

export function issue(n: number, over: Partial<Issue> = {}): Issue {
  const codes = ['type-error', 'required-missing', 'unknown-unit'] as const;
  const code = codes[n % 3];
  return {
    code,
    severity: code === 'unknown-unit' ? 'warning' : 'error',
    sheet: '项目台账',
    cell: `C${3 + (n % 2)}`,
    row: 3 + (n % 2),
    message: `问题${n}：${code}`,
    params: {},
    ...over,
  };
}

export const TWO_ISSUES: Issue[] = [
  {
    code: 'type-error',
    severity: 'error',
    sheet: '项目台账',
    cell: 'C3',
    row: 3,
    field: 'total',
    message: 'C3 的总投资“8,500”是文本，应为数字 8500。',
    suggestion: 8500,
    params: {},
  },
  {
    code: 'required-missing',
    severity: 'error',
    sheet: '项目台账',
    cell: 'D4',
    row: 4,
    field: 'lead',
    message: 'D4 的牵头责任单位为空。',
    params: {},
  },
];

export const SUMMARY: Summary = {
  asOf: '2023-10-31',
  totals: { projects: 2, projects1e8: 1, total: 20500, planned: 10000, completed: 7500, rate: 0.75 },
  byDomain: [],
  byLeadUnit: [],
  byLocation: [],
  byStage: [],
  byMeasure: [],
  targets: [
    {
      id: 'investment-2023',
      label: '全年完成投资',
      target: 270,
      actual: 0.75,
      unit: '亿元',
      ratio: 0.75 / 270,
      pace: 10 / 12,
      gap: 0.75 - 225,
      status: 'behind',
    },
    {
      id: 'projects-1e8-2023',
      label: '亿元以上项目',
      target: 33,
      actual: 1,
      unit: '个',
      ratio: 1 / 33,
      pace: 1,
      gap: -32,
      status: 'behind',
    },
    {
      id: 'prep-fund',
      label: '项目前期经费',
      target: 300,
      actual: null,
      unit: '万元',
      ratio: null,
      pace: 1,
      gap: null,
      status: 'no-data',
    },
  ],
  duplicates: [],
  merged: [],
  multiLeadProjects: 0,
};

export const ASSIGNMENT: AssignmentResult = {
  edits: [
    {
      sheet: '项目台账',
      cell: 'D4',
      row: 4,
      col: 3,
      field: 'lead',
      old: null,
      new: '区工业和信息化局',
      kind: 'fill',
      reason: '措施3：智能制造谷由区工信局牵头',
      source: 'measure-3',
      binding: true,
    },
    {
      sheet: '项目台账',
      cell: 'D3',
      row: 3,
      col: 3,
      field: 'lead',
      old: '区发改委',
      new: '区发展改革委',
      kind: 'normalise',
      reason: '“区发改委”是“区发展改革委”的简称',
      source: 'alias',
      binding: false,
    },
  ],
  conflicts: [],
  unmatched: [{ sheet: '项目台账', cell: 'D5', row: 5, text: '某某项目', reason: '没有找到对应措施' }],
  matches: [],
  counts: { fill: 1, normalise: 1, overwrite: 0, conflicts: 0, unmatched: 1 },
};

export const ISSUES_LAYOUT: SheetLayout = {
  name: '问题清单',
  cells: [],
  columnWidths: [],
  merges: [],
  conditional: [],
  charts: [],
};
export const SUMMARY_LAYOUTS: SheetLayout[] = [
  { ...ISSUES_LAYOUT, name: '投资汇总' },
  { ...ISSUES_LAYOUT, name: '目标进度' },
];

export type FakeCore = CoreApi & { calls: Record<string, unknown[][]> };

export function fakeCore(over: Partial<CoreApi> = {}): FakeCore {
  const calls: Record<string, unknown[][]> = {};
  const rec =
    <A extends unknown[], R>(name: string, fn: (...a: A) => R) =>
    (...a: A): R => {
      (calls[name] ??= []).push(a);
      return fn(...a);
    };
  const base: CoreApi = {
    readLedger: rec('readLedger', (g: Grid) => ledgerOf(g)),
    validateLedger: rec('validateLedger', () => TWO_ISSUES),
    issueCatalogue: CATALOGUE,
    assignLeadUnits: rec('assignLeadUnits', () => ASSIGNMENT),
    computeSummary: rec('computeSummary', () => SUMMARY),
    statedAsOf: rec('statedAsOf', statedAsOf),
    buildSummaryLayouts: rec('buildSummaryLayouts', () => SUMMARY_LAYOUTS),
    buildIssuesLayout: rec('buildIssuesLayout', () => ISSUES_LAYOUT),
    defaultPack: () => JSON.parse(JSON.stringify(PACK)) as PolicyPack,
    loadPolicyPack: rec('loadPolicyPack', (j: unknown) => j as PolicyPack),
    readPolicyPack: rec('readPolicyPack', (j: unknown) => ({ pack: j as PolicyPack, notes: [] })),
    parsePolicyText: rec('parsePolicyText', () => ({
      document: { title: '新政策', number: '源政办〔2024〕1号', date: '2024-02-01' },
      measures: [],
      units: [],
    })),
    // The real builder (pure and quick): the review table is tested on what the parser really gives.
    packFromPolicyText: rec('packFromPolicyText', packFromPolicyText),
    ownSheets: OWN_SHEETS,
    ledgerKinds: LEDGER_KINDS,
    reserveTotals: rec('reserveTotals', () => ({
      projects: 60,
      projects1e8: 12,
      total: 456000,
      planned: 0,
      completed: 0,
      rate: null,
    })),
    // The real ones (pure and quick): the summary job's snapshot is tested on what the core really keeps.
    snapshotsAtSummary: rec('snapshotsAtSummary', snapshotsAtSummary),
    keepSnapshots: rec('keepSnapshots', keepSnapshots),
    summarySheets: SHEET_NAMES,
    // The real comparison (pure and quick): the 周报 tab is tested on what the core really finds.
    projectVersions: rec('projectVersions', projectVersions),
    compareVersions: rec('compareVersions', compareVersions),
    compareSeries: rec('compareSeries', compareSeries),
    buildWeeklyLayout: rec('buildWeeklyLayout', buildWeeklyLayout),
    weeklySheet: WEEKLY_SHEET,
    snapshotsOf,
    previousSnapshot,
    snapshotProjects,
  };
  return Object.assign({ ...base, ...over }, { calls });
}

/** A workbook port over plain grids that records what it was asked to do. */
export class FakePort implements WorkbookPort {
  writes: CellWrite[][] = [];
  marks: CellMark[] = [];
  sheetsWritten: SheetLayout[][] = [];
  selected: string[] = [];
  saved: StoredSettings[] = [];
  cleared = 0;
  undos = 0;
  grids: Grid[];
  failWith: Error | null = null;

  constructor(
    grids: Grid[] = [gridFromRows('项目台账', SHEET_ROWS)],
    public stored: StoredSettings | null = null,
    public existing: string[] = [],
  ) {
    this.grids = grids;
  }
  private check() {
    if (this.failWith) throw this.failWith;
  }
  async listSheets() {
    return this.grids.map((g) => ({ name: g.name, visible: true }));
  }
  async activeSheet() {
    return this.grids[0]?.name ?? '';
  }
  async readSheet(name: string) {
    this.check();
    const g = this.grids.find((x) => x.name === name);
    if (!g) throw new Error(`no sheet ${name}`);
    this.lastRead = name;
    return g;
  }
  /** The fake's action history: one entry per writeCells / writeSheets, undone by id. */
  actions: ActionEntry[] = [];
  private record(kind: ActionKind, label: string, size: number): ActionEntry {
    const entry: ActionEntry = { id: `a${this.actions.length + 1}`, kind, label, size, at: new Date(0).toISOString() };
    this.actions.push(entry);
    return entry;
  }
  async writeCells(w: CellWrite[], label = '写入', kind: ActionKind = 'write') {
    this.check();
    this.writes.push(w);
    return this.record(kind, label, w.length);
  }
  async markCells(m: CellMark[]) {
    this.marks.push(...m);
  }
  async clearMarks() {
    this.cleared++;
  }
  async writeSheets(l: SheetLayout[], o: { replace: boolean; kind?: ActionKind; label?: string } = { replace: false }) {
    this.sheetsWritten.push(l);
    return this.record(o.kind ?? 'summary', o.label ?? '写入汇总表', l.length);
  }
  async existingSheets(names: string[]) {
    return names.filter((n) => this.existing.includes(n));
  }
  async selectCell(sheet: string, a1: string) {
    this.selected.push(`${sheet}!${a1}`);
  }
  async listActions() {
    return [...this.actions];
  }
  async undoAction(id: string) {
    const at = this.actions.findIndex((a) => a.id === id);
    if (at < 0) return false;
    this.undos++;
    this.actions.splice(at, 1);
    return true;
  }
  async undoLast() {
    this.undos++;
    return this.writes.length > 0;
  }
  canUndo() {
    return this.writes.length > 0;
  }
  async loadSettings() {
    return this.stored;
  }
  async saveSettings(s: StoredSettings) {
    this.saved.push(s);
  }
  /** The optional active-sheet event: tests fire it with activate(). */
  activeListeners = new Set<(sheet: string) => void>();
  onActiveSheetChanged(handler: (sheet: string) => void) {
    this.activeListeners.add(handler);
    return () => void this.activeListeners.delete(handler);
  }
  activate(sheet: string) {
    for (const l of this.activeListeners) l(sheet);
  }
  /** The optional notes: what reading a sheet says (by sheet), and what the last mark or clear said. */
  readNotes: Record<string, PortNote[]> = {};
  markNotes: PortNote[] = [];
  private lastRead = '';
  /** What loading the settings left out (the shelf's damaged snapshots), as notes('settings'). */
  settingsNotes: PortNote[] = [];
  notes(after: 'read' | 'mark' | 'settings'): PortNote[] {
    if (after === 'settings') return this.settingsNotes;
    return after === 'read' ? (this.readNotes[this.lastRead] ?? []) : this.markNotes;
  }
}

export function settingsFor(core: CoreApi): PaneSettings {
  return { source: 'builtin', pack: core.defaultPack(), workbookPack: null, rules: {}, mappings: {} };
}

/** Renders a view inside the providers it needs; settings changes are kept so the view sees them. */
export function renderView(
  ui: ReactElement,
  opts: { core?: FakeCore; port?: FakePort; lang?: Lang; activeSheet?: string | null } = {},
) {
  const core = opts.core ?? fakeCore();
  const port = opts.port ?? new FakePort();
  const selected: string[] = [];
  let settings = settingsFor(core);
  let activeSheet = opts.activeSheet;
  let actions: ActionEntry[] = [];
  const services = (): PaneServices => ({
    core,
    port,
    settings,
    setSettings: (s) => {
      settings = s;
      result.rerender(wrap());
    },
    selectCell: async (sheet, a1) => {
      selected.push(`${sheet}!${a1}`);
      await port.selectCell(sheet, a1);
    },
    // As App does: after a write or undo the history is listed again (and the view re-rendered with it).
    workbookChanged: () => {
      void port.listActions().then((a) => {
        actions = a;
        result.rerender(wrap());
      });
    },
    actions,
    activeSheet,
  });
  const i18n = makeI18n(opts.lang ?? 'zh'); // one value, as App memoises it: a new one would restart the views' effects
  const wrap = () => (
    <FluentProvider theme={webLightTheme}>
      <I18nContext.Provider value={i18n}>
        <PaneContext.Provider value={services()}>{ui}</PaneContext.Provider>
      </I18nContext.Provider>
    </FluentProvider>
  );
  const result = render(wrap());
  /** The user activates another sheet (what App passes down from port.onActiveSheetChanged). */
  const activate = (sheet: string) => {
    activeSheet = sheet;
    result.rerender(wrap());
  };
  return { ...result, core, port, selected, settings: () => settings, activate };
}
