/**
 * Builds src/policies/yuanhui-2023.json from the policy text (parsed) and the hand-kept overlay (unit directory,
 * targets, rules). The committed JSON is what ships; run this after changing either input:
 *   npx tsx scripts/build-policy-pack.ts [policy.md] [overlay.json] [out.json]
 */
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { loadPolicyPack } from '../src/core/policy/loadPolicyPack';
import { parsePolicyText } from '../src/core/policy/parsePolicyText';
import type { AssignmentRule, PolicyPack, Target, UnitEntry } from '../src/core/policy/types';
import { UnitDirectory } from '../src/core/units/UnitDirectory';

interface Overlay {
  id: string;
  version: number;
  units: UnitEntry[];
  targets: Target[];
  rules: AssignmentRule[];
  status: PolicyPack['status'];
}

const root = resolve(__dirname, '..');
const [textPath = resolve(root, '../shared/policy/yuanhui-2023-5.md'), overlayPath = resolve(root, 'src/policies/yuanhui-2023.overlay.json'), outPath = resolve(root, 'src/policies/yuanhui-2023.json')] =
  process.argv.slice(2);

const overlay = JSON.parse(readFileSync(overlayPath, 'utf8')) as Overlay;
const parsed = parsePolicyText(readFileSync(textPath, 'utf8'), { units: overlay.units });
const directory = new UnitDirectory(overlay.units);
const missing = parsed.measures.flatMap((m) => [...m.lead, ...m.coop].filter((n) => !directory.lookup(n)).map((n) => `措施${m.number}: ${n}`));
if (missing.length > 0) {
  console.error(`单位名录缺少以下单位，请补充到 ${overlayPath}：\n${missing.join('\n')}`);
  process.exit(1);
}

const pack: PolicyPack = loadPolicyPack({
  id: overlay.id,
  version: overlay.version,
  document: parsed.document,
  measures: parsed.measures,
  units: overlay.units,
  targets: overlay.targets,
  rules: overlay.rules,
  status: overlay.status,
});
const tmp = `${outPath}.tmp`;
writeFileSync(tmp, JSON.stringify(pack, null, 2) + '\n', 'utf8');
renameSync(tmp, outPath);
console.log(`已写入 ${outPath}：${pack.measures.length} 条措施，${pack.units.length} 个单位，${pack.targets.length} 个目标，${pack.rules.length} 条规则`);
