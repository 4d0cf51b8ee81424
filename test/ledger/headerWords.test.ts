/** Header mapping by the domain's words: the forms of issue #11 map, each field gets its best column, users override. */
import { gridFromRows, type CellValue, type MergeArea } from '../../src/core/grid';
import { detectHeader, fieldChoices, storedOverrides, withOverride } from '../../src/core/header';

const base = ['序号', '项目名称', '总投资（万元）'];
const row = [1, '甲项目', 50000];

/** One-row ledger with the standard columns plus `extra`; the field `extra` maps to. */
function fieldOfExtra(extra: string): string | null {
  const h = detectHeader(
    gridFromRows('s', [
      [...base, '年度计划投资', extra],
      [...row, 100, 50],
    ]),
  );
  return h.mapping?.find((m) => m.letter === 'E')?.field ?? null;
}

test.each([
  ['1-9月完成', 'completed'],
  ['截至9月底完成', 'completed'],
  ['本年完成', 'completed'],
  ['累计完成额', 'completed'],
  ['完成投资（1-9月）', 'completed'],
  ['建设阶段', 'stage'],
  ['项目进度阶段', 'stage'],
  ['三个一批', 'stage'],
  ['建设内容', 'content'],
  ['建设规模', 'content'],
  ['投资完成率', 'rate'],
  ['已完成投资额', 'completed'],
  ['今年以来完成投资', 'completed'],
  ['实施主体', 'owner'],
  ['责任领导', 'leader'],
  ['存在困难', 'problems'],
  ['项目所在地', 'location'],
  ['实际开工时间', 'start'],
  ['预计全年完成', null],
  ['联系人', null],
])('%s → %s', (header, field) => {
  expect(fieldOfExtra(header)).toBe(field);
});

test.each([['年度投资计划'], ['2023年计划'], ['本年度计划投资']])('%s → planned', (header) => {
  const h = detectHeader(
    gridFromRows('s', [
      [...base, header, '完成投资'],
      [...row, 100, 50],
    ]),
  );
  expect(h.columns.find((c) => c.field === 'planned')?.letter).toBe('D');
});

test('the township header: 投资情况 › 计划总投资 / 2023年 › 计划投资 · 1-9月完成 · 完成率', () => {
  const merges: MergeArea[] = [
    { top: 0, left: 0, bottom: 2, right: 0 },
    { top: 0, left: 1, bottom: 2, right: 1 },
    { top: 0, left: 2, bottom: 0, right: 5 },
    { top: 1, left: 2, bottom: 2, right: 2 },
    { top: 1, left: 3, bottom: 1, right: 5 },
  ];
  const rows: CellValue[][] = [
    ['序号', '项目名称', '投资情况', null, null, null],
    [null, null, '计划总投资', '2023年', null, null],
    [null, null, null, '计划投资', '1-9月完成', '完成率'],
    [1, '甲', 2.5, 1, 0.6, 0.6],
  ];
  const h = detectHeader(gridFromRows('s', rows, { merges }));
  expect([h.firstRow, h.lastRow]).toEqual([1, 3]);
  expect(h.mapping?.map((m) => [m.letter, m.field, m.how])).toEqual([
    ['A', 'seq', 'exact'],
    ['B', 'name', 'exact'],
    ['C', 'total', 'exact'],
    ['D', 'planned', 'exact'],
    ['E', 'completed', 'scored'],
    ['F', 'rate', 'exact'],
  ]);
  const e = h.mapping?.[4];
  expect(e?.label?.zh).toBe('累计完成投资');
  expect(e?.confidence).toBeGreaterThan(0.6);
  expect(e?.confidence).toBeLessThan(1);
});

test('a short project ledger with a 推进情况 column is still a project ledger (no reserve library has 年度计划投资)', () => {
  const h = detectHeader(
    gridFromRows('s', [
      ['序号', '项目名称', '总投资', '年度计划投资', '工作推进情况', '牵头单位'],
      [1, '甲', 5, 3, '施工', '区工信局'],
    ]),
  );
  expect(h.kind).toBe('project');
  expect(h.columns.map((c) => c.field)).toEqual(['seq', 'name', 'total', 'planned', 'progress', 'lead']);
});

test('each field gets its best column and no column two fields', () => {
  // 完成投资 (exact) beats 本年完成 (scored) for completed; 本年完成 is then a duplicate of nothing else it could be.
  const h = detectHeader(
    gridFromRows('s', [
      ['项目名称', '总投资', '本年完成', '完成投资', '年度计划'],
      ['甲', 9, 1, 2, 3],
    ]),
  );
  expect(h.columns.map((c) => [c.field, c.letter])).toEqual([
    ['name', 'A'],
    ['total', 'B'],
    ['completed', 'D'],
    ['planned', 'E'],
  ]);
  expect(new Set(h.columns.map((c) => c.col)).size).toBe(h.columns.length);
  expect(h.mapping?.find((m) => m.letter === 'C')?.field).toBeNull();
});

test('user overrides: a column to a field, another left out', () => {
  const g = gridFromRows('s', [
    ['项目名称', '总投资', '金额一', '年度计划', '完成投资'],
    ['甲', 9, 1, 3, 2],
  ]);
  const h = detectHeader(g, { overrides: { C: 'completed', E: 'ignore' } });
  expect(h.columns.map((c) => [c.field, c.letter, c.how])).toEqual([
    ['name', 'A', 'exact'],
    ['total', 'B', 'exact'],
    ['completed', 'C', 'user'],
    ['planned', 'D', 'scored'],
  ]);
  expect(h.mapping?.find((m) => m.letter === 'E')).toMatchObject({ field: null, how: 'user' });
  expect(h.unmapped).toEqual([{ col: 4, letter: 'E', header: '完成投资', ignored: true }]);
});

test('a stored mapping round trip: set, read back for the sheet, remove', () => {
  const m = withOverride(withOverride(undefined, '台账', 'C', 'completed'), '台账', 'E', 'ignore');
  expect(storedOverrides(m, '台账')).toEqual({ C: 'completed', E: 'ignore' });
  expect(storedOverrides({ 台账: { C: 'nonsense' } }, '台账')).toBeUndefined();
  expect(withOverride(withOverride(m, '台账', 'C', null), '台账', 'E', null)).toEqual({});
  expect(fieldChoices('project').at(-1)).toEqual({ value: 'ignore', label: { zh: '不使用', en: 'Do not use' } });
});

test('an unmerged second header row found by its words alone (计划 / 1-9月完成 under 2023年)', () => {
  const h = detectHeader(
    gridFromRows('s', [
      ['序号', '项目名称', '总投资', '2023年', null],
      [null, null, null, '计划', '1-9月完成'],
      [1, '甲', 9, 5, 3],
    ]),
  );
  expect([h.firstRow, h.lastRow]).toEqual([1, 2]);
  expect(h.columns.map((c) => [c.field, c.letter])).toEqual([
    ['seq', 'A'],
    ['name', 'B'],
    ['total', 'C'],
    ['planned', 'D'],
    ['completed', 'E'],
  ]);
});

test('under 完成投资, the period column (1-9月) is completed, not the single month (9月)', () => {
  const merges: MergeArea[] = [
    { top: 0, left: 0, bottom: 1, right: 0 },
    { top: 0, left: 1, bottom: 1, right: 1 },
    { top: 0, left: 2, bottom: 1, right: 2 },
    { top: 0, left: 3, bottom: 0, right: 4 },
  ];
  const h = detectHeader(
    gridFromRows(
      's',
      [
        ['项目名称', '总投资', '年度计划投资', '完成投资', null],
        [null, null, null, '9月', '1-9月'],
        ['甲', 9, 5, 1, 3],
      ],
      { merges },
    ),
  );
  expect(h.columns.find((c) => c.field === 'completed')?.letter).toBe('E');
  expect(h.asOf?.month).toBe(9);
});
