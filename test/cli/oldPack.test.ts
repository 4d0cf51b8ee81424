/**
 * Packs made before domains/channels were pack fields, as clerks have them: a --policy file and a pack stored in
 * a workbook (saved through the xlsx port). Both load with the built-in lists, and the run says so on stderr
 * and in --json (policy.notes); a pack whose lists are there but wrong is still refused.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { XlsxWorkbook } from '../../src/xlsx/XlsxWorkbook';
import { ledgerParts } from '../xlsx/fastLedger';
import { makePackage } from '../xlsx/makePackage';
import { tempDir } from './fixtures';
import { expectRefused, run } from './foundHelpers';

const OLD_NOTE = '政策包中没有所属领域/资金渠道列表（旧版政策包），已沿用内置政策包的列表';
let dir: string;
const f = (name: string) => join(dir, name);

/** The shipped pack as a clerk's older copy: no domain or channel lists, a target of its own. */
function oldPack(): Record<string, unknown> {
  const pack = JSON.parse(readFileSync(join(__dirname, '..', '..', 'src', 'policies', 'yuanhui-2023.json'), 'utf8'));
  delete pack.domains;
  delete pack.channels;
  for (const t of pack.targets) if (t.id === 'investment-2023') t.value = 300;
  return pack;
}

beforeAll(async () => {
  dir = tempDir('taizhang-old-pack-');
  const { body, sst } = ledgerParts({ rows: 5 });
  writeFileSync(f('台账.xlsx'), makePackage([{ name: '项目台账', body }], sst));
  writeFileSync(f('旧包.json'), JSON.stringify(oldPack(), null, 2));
  writeFileSync(f('空领域.json'), JSON.stringify({ ...oldPack(), domains: [] }));
  // The older pack stored in a workbook the way the pane stores it: through the port's settings.
  const port = await XlsxWorkbook.fromBuffer(readFileSync(f('台账.xlsx')));
  await port.saveSettings({ policyPack: JSON.stringify(oldPack()), rules: {}, lang: 'zh' });
  writeFileSync(f('存旧包.xlsx'), port.toBytes());
});

test('an older --policy file loads with the built-in lists; stderr and files[].policy say so', async () => {
  const r = await run({ args: ['validate', f('台账.xlsx'), '--policy', f('旧包.json'), '--json'], inputs: [] }, dir);
  expect(r.stderr.split('\n')).toContain(OLD_NOTE);
  const policy = JSON.parse(r.stdout).files[0].policy;
  expect(policy).toMatchObject({ source: 'option', notes: [{ kind: 'lists-from-builtin', zh: OLD_NOTE }] });
  expect(policy.notes[0].en).toMatch(/older pack/);
  const en = await run(
    { args: ['validate', f('台账.xlsx'), '--policy', f('旧包.json'), '--lang', 'en'], inputs: [] },
    dir,
  );
  expect(en.stderr).toMatch(/no domain and funding-channel lists \(an older pack\)/);
}, 120_000);

test('compare with an older --policy file says so too', async () => {
  writeFileSync(f('本期.xlsx'), readFileSync(f('台账.xlsx')));
  const r = await run(
    { args: ['compare', f('台账.xlsx'), f('本期.xlsx'), '--policy', f('旧包.json'), '--json'], inputs: [] },
    dir,
  );
  expect(r.code).toBe(0);
  expect(r.stderr.split('\n')).toContain(OLD_NOTE);
}, 120_000);

test('an older pack stored in the workbook is used (its own target), not called damaged', async () => {
  const r = await run(
    { args: ['summary', f('存旧包.xlsx'), '--out', f('out/汇总.xlsx'), '--json'], inputs: [f('存旧包.xlsx')] },
    dir,
  );
  expect(r.stderr).toMatch(/使用工作簿“存旧包\.xlsx”中保存的政策包：/);
  expect(r.stderr).toContain(OLD_NOTE);
  expect(r.stderr).not.toMatch(/无法读取/);
  const doc = JSON.parse(r.stdout);
  expect(doc.policy).toMatchObject({ source: 'workbook', notes: [{ zh: OLD_NOTE }] });
  expect(doc.targets.find((t: { id: string }) => t.id === 'investment-2023').target).toBe(300);
}, 120_000);

test('a current pack has no note; a pack whose list is there but empty is refused', async () => {
  const plain = await run({ args: ['validate', f('台账.xlsx'), '--json'], inputs: [] }, dir);
  expect(JSON.parse(plain.stdout).files[0].policy.notes).toEqual([]);
  expect(plain.stderr).not.toContain('旧版政策包');
  const empty = await run({ args: ['validate', f('台账.xlsx'), '--policy', f('空领域.json')], inputs: [] }, dir);
  expectRefused(empty, /政策包“空领域\.json”有误：.*domains/);
}, 120_000);
