/**
 * When the policy names no units for a field (the 工业 rule gives a lead but no cooperating units), a clerk's own
 * 配合责任单位 cannot disagree with it: no conflict ("配合应为（政策未列）…与政策不一致") and no edit.
 */
import { assignLeadUnits } from '../../src/core/assign';
import { gridFromRows } from '../../src/core/grid';
import { readLedger } from '../../src/core/ledger';
import { defaultPack } from '../../src/core/policy';

const pack = defaultPack();
const grid = gridFromRows('项目台账', [
  [
    '序号',
    '项目名称',
    '建设地点',
    '所属领域',
    '总投资（万元）',
    '2023年计划投资',
    '1-10月完成投资',
    '牵头责任单位',
    '配合责任单位',
  ],
  [1, '年产5万吨休闲食品加工项目', '问十乡', '工业', 8000, 3000, 2000, null, '区住建局'],
  [2, '精密模具制造项目', '大刘镇', '工业', 9000, 3000, 2500, '区工信局', '区住建局、区商务局'],
]);

describe('a field the policy leaves open', () => {
  const ledger = readLedger(grid, { pack });
  it('reads the fixture as a project ledger with a coop column', () => {
    expect(ledger.kind).toBe('project');
    expect(ledger.header.columns.some((c) => c.field === 'coop')).toBe(true);
  });

  it('is not a conflict when the clerk filled it', () => {
    const result = assignLeadUnits(ledger, pack, { overwrite: false, normalise: false });
    expect(result.conflicts.filter((c) => c.field === 'coop')).toEqual([]);
    expect(result.edits.filter((e) => e.field === 'coop')).toEqual([]);
    // the lead still gets filled where blank
    expect(result.edits.filter((e) => e.field === 'lead').map((e) => [e.cell, e.new])).toEqual([['H2', '区工信局']]);
  });

  it('is not blanked or rewritten with overwrite on', () => {
    const result = assignLeadUnits(ledger, pack, { overwrite: true, normalise: false });
    expect(result.edits.filter((e) => e.field === 'coop')).toEqual([]);
    expect(result.conflicts.filter((c) => c.field === 'coop')).toEqual([]);
  });
});

describe('a cell that names part of what the policy asks', () => {
  // Measure 2 has two lead units, listed jointly; the clerk wrote one of them (as an alias).
  const measureGrid = gridFromRows('措施任务台账', [
    ['序号', '政策措施', '牵头责任单位', '配合责任单位', '完成时限', '进展情况', '完成状态'],
    [
      2,
      '医疗器械城建设：注射器扩建、医药分拨中心年底投用，15万平方米标准厂房主体完工',
      '沙澧高新区',
      '区工信局、区住建局',
      '2023-12-31',
      '按计划推进',
      '推进中',
    ],
  ]);
  it('is not a conflict, and is left alone (aliases rewritten only when normalising)', () => {
    const l = readLedger(measureGrid, { pack });
    expect(l.kind).toBe('measure');
    const r = assignLeadUnits(l, pack, { overwrite: true, normalise: false });
    expect(r.conflicts).toEqual([]);
    expect(r.edits).toEqual([]);
    const n = assignLeadUnits(l, pack, { overwrite: false, normalise: true });
    expect(n.edits.map((e) => [e.cell, e.kind, e.new])).toEqual([['C2', 'normalise', '沙澧高新技术产业开发区']]);
  });
});

describe('a cell with a misspelt unit', () => {
  const g = gridFromRows('项目台账', [
    [
      '序号',
      '项目名称',
      '建设地点',
      '所属领域',
      '总投资（万元）',
      '2023年计划投资',
      '1-10月完成投资',
      '牵头责任单位',
      '配合责任单位',
      '对应措施',
    ],
    [1, '精密模具制造项目', '大刘镇', '工业', 90000, 30000, 25000, '区工信委', null, 1],
  ]);
  it('is no conflict (validate reports the unknown name): left alone, the blank coop still filled', () => {
    const r = assignLeadUnits(readLedger(g, { pack }), pack, { overwrite: true, normalise: true });
    expect(r.conflicts).toEqual([]);
    expect(r.edits.map((e) => e.field)).toEqual(['coop']);
  });
});

describe('collectives', () => {
  const g = gridFromRows('措施任务台账', [
    ['序号', '政策措施', '牵头责任单位', '配合责任单位', '完成时限', '进展情况', '完成状态'],
    // measure 1: 配合 各乡镇、街道、沙澧高新技术开发区、源汇新区、特色商业区
    [
      1,
      '持续推动三个五百亿项目，33个亿元以上重大建设项目',
      '区工信局',
      '空冢郭镇、问十乡',
      '2023年底',
      '推进中',
      '推进中',
    ],
    [2, '医疗器械城建设：注射器扩建、医药分拨中心', '各乡镇', '各乡镇办园区', '2023年底', '推进中', '推进中'],
  ]);
  it("a township is one of the policy's 各乡镇、街道; a cell of collectives alone is no conflict", () => {
    const r = assignLeadUnits(readLedger(g, { pack }), pack, { overwrite: true, normalise: false });
    expect(r.conflicts).toEqual([]);
    expect(r.edits).toEqual([]);
  });
});
