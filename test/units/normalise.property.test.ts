import fc from 'fast-check';
import { defaultPack } from '../../src/core/policy';
import { UnitDirectory } from '../../src/core/units';

const units = defaultPack().units;
const dir = new UnitDirectory(units);
const names = units.flatMap((u) => [u.name, ...u.aliases].map((n) => [n, u.name] as const));

/** Full-width forms of ASCII letters and digits, as an IME produces them. */
const fullWidth = (s: string) => s.replace(/[A-Za-z0-9]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));

describe('resolve is blind to spacing and width (property)', () => {
  it('any directory name with spaces sprinkled in and full-width letters resolves to its unit', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...names),
        fc.array(fc.nat(), { maxLength: 4 }),
        fc.constantFrom(' ', '\u3000', '\t'),
        ([name, canonical], cuts, space) => {
          const chars = [...fullWidth(name)];
          for (const c of cuts) chars.splice(c % (chars.length + 1), 0, space);
          expect(dir.resolve(chars.join('')).canonical).toBe(canonical);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('splitting a joined list of canonical names gives the names back', () => {
    const canon = units.map((u) => u.name);
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.constantFrom(...canon), { minLength: 1, maxLength: 5 }),
        fc.constantFrom('、', '，', ',', '；', ';', '/'),
        (list, sep) => {
          expect(dir.split(list.join(sep))).toEqual(list);
        },
      ),
      { numRuns: 300 },
    );
  });
});
