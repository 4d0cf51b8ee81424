/** The 台账周报 job without React: defaults, the choice, what is selectable, refusals said in words, the write. */
import { gridFromRows } from '../../src/core/grid';
import { readLedger } from '../../src/core/ledger';
import { defaultPack } from '../../src/core/policy';
import { takeSnapshot } from '../../src/core/compare';
import { WorkbookError } from '../../src/core/port/WorkbookPort';
import {
  defaultPreviousSheet,
  earlierTabs,
  findingItems,
  listSources,
  planCompare,
  writeWeekly,
  type PreviousChoice,
} from '../../src/taskpane/state/compareJob';
import { previousChoice } from '../../src/taskpane/state/useCompareSources';
import { CURRENT_ROWS, PREVIOUS_ROWS } from './compareRows';
import { FakePort, fakeCore } from './fakes';

const PACK = defaultPack();
const core = fakeCore({ readLedger: (g, o) => readLedger(g, o), defaultPack: () => PACK });
const ctx = () => ({ signal: new AbortController().signal, onProgress: () => {} });
const tabs = () =>
  new FakePort([
    gridFromRows('10月20日', PREVIOUS_ROWS),
    gridFromRows('说明', [['本工作簿说明']]),
    gridFromRows('10月27日', CURRENT_ROWS),
  ]);

describe('compareJob', () => {
  it('lists the project ledgers; the current is the active one, else the last; the previous the tab before', async () => {
    const s = await listSources(core, tabs(), PACK, ctx(), {}, '说明');
    expect(s.ledgers).toEqual(['10月20日', '10月27日']);
    expect(s.current).toBe('10月27日');
    expect((await listSources(core, tabs(), PACK, ctx(), {}, '10月20日')).current).toBe('10月20日');
    expect(defaultPreviousSheet(['10月13日', '10月20日', '10月27日'], '10月27日')).toBe('10月20日');
    expect(defaultPreviousSheet(['10月20日', '10月27日'], '10月20日')).toBe('10月27日');
    expect(defaultPreviousSheet(['10月27日'], '10月27日')).toBeNull();
    // the tabs older than the previous one, for 连续无进展
    expect(earlierTabs(['10月6日', '10月13日', '10月20日', '10月27日'], '10月20日', '10月27日')).toEqual([
      '10月6日',
      '10月13日',
    ]);
    expect(earlierTabs(['10月20日', '10月27日'], '10月27日', '10月20日')).toEqual([]);
  });

  it('builds the choice only when it is complete', () => {
    const base = { kind: 'sheet' as const, sheet: '', file: null, fileSheet: '', takenAt: '' };
    expect(previousChoice(base, [])).toBeNull();
    expect(previousChoice({ ...base, sheet: '10月20日' }, [])).toEqual({ kind: 'sheet', sheet: '10月20日' });
    expect(previousChoice({ ...base, kind: 'file' }, [])).toBeNull();
    expect(previousChoice({ ...base, kind: 'snapshot', takenAt: '2023-10-20' }, [])).toBeNull();
  });

  it('makes only this workbook’s cells selectable: a removed project of a snapshot is not', async () => {
    const port = tabs();
    const sheet = await planCompare(
      core,
      port,
      PACK,
      { current: '10月27日', previous: { kind: 'sheet', sheet: '10月20日' }, lang: 'zh' },
      ctx(),
    );
    expect(findingItems(sheet).map((i) => [i.code, i.sheet, i.cell, i.local])).toEqual([
      ['cumulative-decreased', '10月27日', 'H4', true],
      ['project-renamed', '10月27日', 'A5', true],
      ['project-removed', '10月20日', 'A5', true],
    ]);
    const prev = readLedger(gridFromRows('10月27日', PREVIOUS_ROWS), { pack: PACK });
    const snapshot: PreviousChoice = {
      kind: 'snapshot',
      snapshot: takeSnapshot(prev, '本工作簿', PACK, '2023-10-20T09:00:00Z'),
    };
    const snap = await planCompare(core, port, PACK, { current: '10月27日', previous: snapshot, lang: 'zh' }, ctx());
    const removed = findingItems(snap).find((i) => (i.code as string) === 'project-removed')!;
    expect([removed.sheet, removed.cell, removed.local]).toEqual(['本工作簿 / 10月27日', undefined, false]);
    expect(snap.noCompleted).toEqual([]);
    expect(snap.layout.name).toBe('台账周报');
  });

  it('refuses a sheet that is not a project ledger, and an unreadable snapshot, in words', async () => {
    const port = tabs();
    const run = (previous: PreviousChoice) =>
      planCompare(core, port, PACK, { current: '10月27日', previous, lang: 'zh' }, ctx());
    await expect(run({ kind: 'sheet', sheet: '说明' })).rejects.toThrow('“说明”不是项目台账，无法比较');
    const bad = { v: 99, source: { file: 'x', sheet: 'y' }, takenAt: '2023-10-20', rows: [] };
    await expect(run({ kind: 'snapshot', snapshot: bad as never })).rejects.toBeInstanceOf(WorkbookError);
  });

  it('writes the sheet as a compare action; an existing sheet is not replaced unless asked', async () => {
    const port = tabs();
    const plan = await planCompare(
      core,
      port,
      PACK,
      { current: '10月27日', previous: { kind: 'sheet', sheet: '10月20日' }, lang: 'zh' },
      ctx(),
    );
    expect(await writeWeekly(port, { ...plan, existing: true }, false)).toBeNull();
    expect(port.sheetsWritten).toEqual([]);
    expect(await writeWeekly(port, { ...plan, existing: true }, true)).toBe('台账周报');
    expect(port.actions.map((a) => [a.kind, a.label, a.size])).toEqual([['compare', '写入台账周报', 1]]);
  });
});
