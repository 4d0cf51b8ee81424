/** The duplicate table agrees with a Map on random keys (many repeats, so probe runs and collisions happen). */
import fc from 'fast-check';
import { FirstSeen } from '../../src/core/validate/rules/FirstSeen';

test('firstOr gives -1 for a new key and the first index for a repeated one', () => {
  fc.assert(
    fc.property(fc.array(fc.string({ maxLength: 3 }), { maxLength: 200 }), (keys) => {
      const t = new FirstSeen(keys.length);
      const ref = new Map<string, number>();
      keys.forEach((k, i) => {
        const want = ref.get(k) ?? -1;
        if (want === -1) ref.set(k, i);
        expect(t.firstOr(k, i)).toBe(want);
      });
    }),
    { numRuns: 300, seed: 7 },
  );
  const t = new FirstSeen(3);
  expect([t.firstOr('甲', 0), t.firstOr('乙', 1), t.firstOr('甲', 2), t.firstOr('', 3), t.firstOr('', 4)]).toEqual([
    -1, -1, 0, -1, 3,
  ]);
});
