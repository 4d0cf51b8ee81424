import { parsePolicyText } from '../../src/core/policy';
import { HOUSE_STYLES, asciiVariant, joinedVariant, lineBreakVariant, type HouseStyle } from './houseStyles';
import { MORE_HOUSE_STYLES } from './houseStylesMore';

const VARIANTS: [string, (t: string) => string][] = [
  ['全角', (t) => t],
  ['ASCII 标点', asciiVariant],
  ['断行', lineBreakVariant],
  ['ASCII 标点 + 断行', (t) => lineBreakVariant(asciiVariant(t))],
];

const cases = [...HOUSE_STYLES, ...MORE_HOUSE_STYLES].flatMap((style) => [
  ...VARIANTS.map(([variant, make]) => ({ label: `${style.name} · ${variant}`, style, text: make(style.text) })),
  { label: `${style.name} · 段落连成一段`, style, text: joinedVariant(style) },
  { label: `${style.name} · 段落连成一段 + ASCII 标点`, style, text: asciiVariant(joinedVariant(style)) },
]);

describe.each(cases)('$label', ({ style, text }: { style: HouseStyle; text: string }) => {
  const parsed = parsePolicyText(text);

  it('finds every item with its number', () => {
    expect(parsed.measures.map((m) => m.number)).toEqual(style.items.map((i) => i.number));
  });

  it('reads each item’s lead and cooperating units', () => {
    expect(parsed.measures.map((m) => [m.number, m.lead, m.coop])).toEqual(
      style.items.map((i) => [i.number, i.lead, i.coop]),
    );
  });

  it('reads each item’s targets (value and unit)', () => {
    expect(parsed.measures.map((m) => [m.number, m.targets.map((t) => [t.value, t.unit])])).toEqual(
      style.items.map((i) => [i.number, i.targets]),
    );
  });

  it('puts items under their section heading and keeps the attribution out of the text', () => {
    for (const item of style.items) {
      const m = parsed.measures.find((x) => x.number === item.number);
      if (item.section) expect([item.number, m?.section]).toEqual([item.number, item.section]);
      expect(m?.text).not.toMatch(/牵头|配合|责任单位|按职责分工负责/);
      expect(m?.text).not.toMatch(/^\s*[（(]?[0-9一二三四五六七八九十]+[）).．、]/);
    }
  });

  it('guesses each unit’s kind; groups stay collectives', () => {
    const kind = (n: string) => parsed.units.find((u) => u.name === n)?.kind;
    for (const u of parsed.units)
      if (/^各|各专班$|相关部门$/.test(u.name)) expect([u.name, kind(u.name)]).toEqual([u.name, 'collective']);
    for (const u of parsed.units) if (/开发区$/.test(u.name)) expect([u.name, kind(u.name)]).toEqual([u.name, 'park']);
  });

  it('says which numbers it inferred', () => {
    expect((parsed.notes ?? []).filter((n) => n.kind === 'number-inferred').map((n) => n.measure)).toEqual(
      style.inferred ?? [],
    );
  });
});

describe('numbers that restart under each heading, and a table in Markdown', () => {
  it('continues the sequence and says which items it renumbered', () => {
    const text = `一、总体
（一）甲任务，完成10个。〔责任单位：省甲厅〕
（二）乙任务。〔责任单位：省乙厅〕
二、保障
（一）丙任务。〔责任单位：省丙厅〕
（二）丁任务。〔责任单位：省丁厅〕`;
    const p = parsePolicyText(text);
    expect(p.measures.map((m) => [m.number, m.section, m.lead])).toEqual([
      [1, '一、总体', ['省甲厅']],
      [2, '一、总体', ['省乙厅']],
      [3, '二、保障', ['省丙厅']],
      [4, '二、保障', ['省丁厅']],
    ]);
    expect((p.notes ?? []).filter((n) => n.kind === 'renumbered').map((n) => n.zh)).toEqual([
      '原文第 1 条与前面的编号重复，按顺序记为第 3 条',
      '原文第 2 条与前面的编号重复，按顺序记为第 4 条',
    ]);
  });

  it('reads a | … | table with a 责任单位 column as the lead', () => {
    const text = [
      '| 序号 | 重点任务 | 责任单位 | 完成时限 |',
      '| --- | --- | --- | --- |',
      '| 1 | 改造老旧小区12个 | 区住建局、各街道 | 10月底前 |',
      '| 2 | 新增停车位500个 | 区城管局 | 年底前 |',
    ].join('\n');
    const p = parsePolicyText(text);
    expect(p.measures.map((m) => [m.number, m.lead, m.coop, m.targets.map((t) => [t.value, t.unit])])).toEqual([
      [
        1,
        ['区住建局', '各街道'],
        [],
        [
          [12, '个'],
          [10, '月底前'],
        ],
      ],
      [2, ['区城管局'], [], [[500, '个']]],
    ]);
  });
});

test('a task list pasted as one line, front matter included (the issue’s "没有识别出政策措施")', () => {
  const line =
    '河南省促进消费若干措施任务分工 为抓好贯彻落实，现将任务分工如下：1.开展汽车促消费活动，举办展销活动50场以上。(省商务厅牵头,省发展改革委、财政厅等相关部门按职责分工负责)2.支持家电以旧换新，安排资金2亿元。(省商务厅牵头,省财政厅按职责分工负责)3.推动住房消费。(省住房城乡建设厅、地方金融监管局按职责分工负责)';
  const p = parsePolicyText(line);
  expect(p.measures.map((m) => [m.number, m.lead, m.coop, m.targets.map((t) => [t.value, t.unit])])).toEqual([
    [1, ['省商务厅'], ['省发展改革委', '省财政厅'], [[50, '场']]],
    [2, ['省商务厅'], ['省财政厅'], [[2, '亿元']]],
    [3, ['省住房城乡建设厅', '省地方金融监管局'], [], []],
  ]);
});

describe('which numbering numbers the measures', () => {
  it('sub-items （1）（2） inside a 1. item stay in its text; the clause after them is the item’s', () => {
    const text = `一、重点任务
1.推进三项工作：(1)新建项目5个；(2)改造小区3个。（牵头单位：区住建局；配合单位：各街道）
2.完善配套设施：
（1）新建停车场2个；
（2）改造公厕10座。
（牵头单位：区城管局）`;
    const p = parsePolicyText(text);
    expect(p.measures.map((m) => [m.number, m.lead, m.coop, m.text, m.targets.map((t) => [t.value, t.unit])])).toEqual([
      [
        1,
        ['区住建局'],
        ['各街道'],
        '推进三项工作：(1)新建项目5个；(2)改造小区3个。',
        [
          [5, '个'],
          [3, '个'],
        ],
      ],
      [
        2,
        ['区城管局'],
        [],
        '完善配套设施：（1）新建停车场2个；（2）改造公厕10座。',
        [
          [2, '个'],
          [10, '座'],
        ],
      ],
    ]);
  });

  it('measures without a clause do not make the 一、 sections the measures', () => {
    const text = `一、项目建设
1.推进项目10个。（区发改局牵头）
2.加强调度。
二、要素保障
3.保障用地50亩。（区自然资源局牵头）
4.强化督查。`;
    const p = parsePolicyText(text);
    expect(p.measures.map((m) => [m.number, m.section, m.lead])).toEqual([
      [1, '一、项目建设', ['区发改局']],
      [2, '一、项目建设', []],
      [3, '二、要素保障', ['区自然资源局']],
      [4, '二、要素保障', []],
    ]);
    expect((p.notes ?? []).filter((n) => n.kind === 'no-lead').map((n) => n.measure)).toEqual([2, 4]);
  });
});

test('a table pasted with runs of spaces between cells (from a PDF), with a section row', () => {
  const text = [
    '序号    重点任务                     牵头单位      配合单位            完成时限',
    '一、项目建设',
    '1       开工项目20个                 区发改局      区住建局、各乡镇    6月底前',
    '2       完成投资50亿元               区发改局      区统计局            12月底前',
  ].join('\n');
  const p = parsePolicyText(text);
  expect(p.measures.map((m) => [m.number, m.section, m.lead, m.coop, m.targets.map((t) => [t.value, t.unit])])).toEqual(
    [
      [
        1,
        '一、项目建设',
        ['区发改局'],
        ['区住建局', '各乡镇'],
        [
          [20, '个'],
          [6, '月底前'],
        ],
      ],
      [
        2,
        '一、项目建设',
        ['区发改局'],
        ['区统计局'],
        [
          [50, '亿元'],
          [12, '月底前'],
        ],
      ],
    ],
  );
});
