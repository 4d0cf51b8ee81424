/**
 * 生成汇总 in Excel keeps the snapshot: the pane's summary job with the real core over the Excel port (fake
 * object model, office-addin-mock document settings). The shelf lands in `taizhang.settings`, the pack stored
 * there stays, a later settings save from 设置 keeps it, and next week's comparison from it equals comparing the
 * two ledgers — the path the pane's 台账周报 takes.
 */
import {
  compareLedgers,
  compareVersions,
  previousSnapshot,
  projectVersions,
  snapshotProjects,
} from '../../src/core/compare';
import { readLedger } from '../../src/core/ledger';
import { defaultPack } from '../../src/core/policy';
import { ExcelWorkbook } from '../../src/excel/ExcelWorkbook';
import { SETTINGS_KEY } from '../../src/excel/settings';
import { core } from '../../src/taskpane/state/coreBundle';
import { planSummary, writeSummary } from '../../src/taskpane/state/summaryJob';
import { ledgerGrid, WEEK1, WEEK2 } from '../compare/versions';
import { fakeRunner } from './fakeExcel';
import { FakeModel } from './fakeModel';
import { mockHost } from './mockHost';

const ctx = () => ({ signal: new AbortController().signal, onProgress: () => undefined });

test('the pane’s summary job saves the snapshot in document settings; next week compares from it', async () => {
  const model = new FakeModel();
  model.addSheet('项目台账').fillRows(ledgerGrid('项目台账', WEEK1).values as (string | number | null)[][]);
  const { host, store } = mockHost();
  store.set(SETTINGS_KEY, JSON.stringify({ policyPack: null, rules: {}, mappings: { 项目台账: { H: 'completed' } } }));
  const wb = new ExcelWorkbook(fakeRunner(model), host);
  const pack = defaultPack();
  const plan = await planSummary(core, wb, pack, ['项目台账'], undefined, ctx());
  const done = await writeSummary(wb, plan, false, ctx());
  expect(done.snapshotNotes.map((n) => n.zh)).toEqual(['已保存本期快照，供下周台账周报比较（“项目台账”6 个项目）。']);
  const stored = JSON.parse(store.get(SETTINGS_KEY) as string);
  expect(stored.mappings).toEqual({ 项目台账: { H: 'completed' } }); // the rest of the settings stand
  const [snap] = stored.snapshots['项目台账'];
  expect(snap.rows).toHaveLength(6);
  // 设置 saves without the shelf: it stays.
  await wb.saveSettings({ policyPack: null, rules: { 'blank-row': { enabled: false } } });
  const loaded = (await wb.loadSettings())!;
  expect(loaded.snapshots).toEqual(stored.snapshots);
  // A week later the ledger is WEEK2: comparing with the snapshot finds what comparing the two ledgers finds.
  const nextWeek = new Date(Date.parse(snap.takenAt) + 7 * 86_400_000).toISOString().slice(0, 10);
  const previous = snapshotProjects(previousSnapshot(loaded.snapshots, '项目台账', nextWeek))!;
  const week2 = readLedger(ledgerGrid('项目台账', WEEK2), { pack });
  const fromSnapshot = compareVersions(previous, {
    source: { file: '本工作簿', sheet: '项目台账' },
    projects: projectVersions(week2, '本工作簿', pack),
  });
  const week1 = readLedger(ledgerGrid('项目台账', WEEK1), { pack });
  const fromLedgers = compareLedgers({ file: '项目台账', ledger: week1 }, { file: '本工作簿', ledger: week2 }, pack);
  const essence = (c: typeof fromLedgers) => c.findings.map((f) => [f.code, f.cell ?? null, f.row, f.message]);
  expect(essence(fromSnapshot)).toEqual(essence(fromLedgers));
  expect(fromSnapshot.totals).toEqual(fromLedgers.totals);
  expect(previous.source).toEqual({ file: '项目台账', sheet: '项目台账' }); // the pane's input names the sheet
});
