import { parsePolicyText } from '../../src/core/policy';
import { HOUSE_STYLES, asciiVariant, lineBreakVariant, type HouseStyle } from './houseStyles';

const VARIANTS: [string, (t: string) => string][] = [
  ['全角', (t) => t],
  ['ASCII 标点', asciiVariant],
  ['断行', lineBreakVariant],
  ['ASCII 标点 + 断行', (t) => lineBreakVariant(asciiVariant(t))],
];

const cases = HOUSE_STYLES.flatMap((style) => VARIANTS.map(([variant, make]) => ({ label: `${style.name} · ${variant}`, style, text: make(style.text) })));

describe.each(cases)('$label', ({ style, text }: { style: HouseStyle; text: string }) => {
  const parsed = parsePolicyText(text);

  it('finds every item with its number', () => {
    expect(parsed.measures.map((m) => m.number)).toEqual(style.items.map((i) => i.number));
  });

  it('reads each item’s lead and cooperating units', () => {
    expect(parsed.measures.map((m) => [m.number, m.lead, m.coop])).toEqual(style.items.map((i) => [i.number, i.lead, i.coop]));
  });

  it('reads each item’s targets (value and unit)', () => {
    expect(parsed.measures.map((m) => [m.number, m.targets.map((t) => [t.value, t.unit])])).toEqual(style.items.map((i) => [i.number, i.targets]));
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
    for (const u of parsed.units) if (/^各|各专班$|相关部门$/.test(u.name)) expect([u.name, kind(u.name)]).toEqual([u.name, 'collective']);
    for (const u of parsed.units) if (/开发区$/.test(u.name)) expect([u.name, kind(u.name)]).toEqual([u.name, 'park']);
  });

  it('says which numbers it inferred', () => {
    expect((parsed.notes ?? []).filter((n) => n.kind === 'number-inferred').map((n) => n.measure)).toEqual(style.inferred ?? []);
  });
});
