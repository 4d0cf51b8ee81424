/**
 * Builds src/policies/yuanhui-2023.json from the policy text (parsed) and the hand-kept overlay (unit directory,
 * targets, rules), through the same core function the pane's import and `policy parse --out` use. The committed
 * JSON is what ships; run this after changing either input:
 *   npx tsx scripts/build-policy-pack.ts [policy.md] [overlay.json] [out.json]
 */
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { NEW_UNIT_FLAG, packFromPolicyText, type PackBase } from '../src/core/policy/packFromPolicyText';

const root = resolve(__dirname, '..');
const [
  textPath = resolve(root, '../shared/policy/yuanhui-2023-5.md'),
  overlayPath = resolve(root, 'src/policies/yuanhui-2023.overlay.json'),
  outPath = resolve(root, 'src/policies/yuanhui-2023.json'),
] = process.argv.slice(2);

const overlay = JSON.parse(readFileSync(overlayPath, 'utf8')) as PackBase;
// The overlay has no document of its own, so its targets and rules apply to the text it is built with.
const { pack } = packFromPolicyText(readFileSync(textPath, 'utf8'), {
  id: overlay.id,
  version: overlay.version,
  units: overlay.units,
  domains: overlay.domains,
  channels: overlay.channels,
  targets: overlay.targets,
  rules: overlay.rules,
  status: overlay.status,
});
// The shipped pack must not carry guesses: every unit the text names is in the hand-kept directory.
const missing = pack.units.filter((u) => u.review === NEW_UNIT_FLAG).map((u) => u.name);
if (missing.length > 0) {
  console.error(`单位名录缺少以下单位，请补充到 ${overlayPath}：\n${missing.join('\n')}`);
  process.exit(1);
}
const tmp = `${outPath}.tmp`;
writeFileSync(tmp, JSON.stringify(pack, null, 2) + '\n', 'utf8');
renameSync(tmp, outPath);
console.log(
  `已写入 ${outPath}：${pack.measures.length} 条措施，${pack.units.length} 个单位，${pack.targets.length} 个目标，${pack.rules.length} 条规则`,
);
