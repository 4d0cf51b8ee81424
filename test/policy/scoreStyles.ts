/** Prints, per house style and variant, how many items the parser gets right: `npx tsx test/policy/scoreStyles.ts`. */
import { parsePolicyText } from '../../src/core/policy';
import { HOUSE_STYLES as FIRST, asciiVariant, joinedVariant, lineBreakVariant } from './houseStyles';
import { MORE_HOUSE_STYLES } from './houseStylesMore';

// Both sets: the seven texts the parser was built on, and the three written afterwards.
const HOUSE_STYLES = [...FIRST, ...MORE_HOUSE_STYLES];

const variants: [string, (t: string, s: (typeof HOUSE_STYLES)[number]) => string][] = [
  ['全角', (t) => t],
  ['ASCII', asciiVariant],
  ['断行', lineBreakVariant],
  ['ASCII+断行', (t) => lineBreakVariant(asciiVariant(t))],
  ['连成一段', (_t, s) => joinedVariant(s)],
];
let total = 0;
let right = 0;
for (const s of HOUSE_STYLES) {
  const row = variants.map(([v, make]) => {
    const p = parsePolicyText(make(s.text, s));
    const ok = (f: (m: (typeof p.measures)[number], i: (typeof s.items)[number]) => boolean) =>
      s.items.filter((i) => {
        const m = p.measures.find((x) => x.number === i.number);
        return m !== undefined && f(m, i);
      }).length;
    const numbers = JSON.stringify(p.measures.map((m) => m.number)) === JSON.stringify(s.items.map((i) => i.number));
    const units = ok((m, i) => JSON.stringify([m.lead, m.coop]) === JSON.stringify([i.lead, i.coop]));
    const targets = ok((m, i) => JSON.stringify(m.targets.map((t) => [t.value, t.unit])) === JSON.stringify(i.targets));
    total += s.items.length;
    right += ok(
      (m, i) =>
        JSON.stringify([m.lead, m.coop, m.targets.map((t) => [t.value, t.unit])]) ===
        JSON.stringify([i.lead, i.coop, i.targets]),
    );
    return `${v}: 编号${numbers ? '✓' : `✗(${p.measures.length}条)`} 单位${units}/${s.items.length} 目标${targets}/${s.items.length}`;
  });
  console.log(`${s.name}\n  ${row.join('\n  ')}`);
}
console.log(`items fully right (number, lead, coop, targets): ${right}/${total}`);
