import { normaliseName } from '../units/normaliseName';
import type { PolicyPackProblem } from './PolicyPackError';
import type { PolicyPack } from './types';

/**
 * Checks a pack's parts against each other, after the schema has checked their shapes: ids and numbers are
 * unique, every unit a measure or rule names is in the unit directory, targets point at real measures.
 */
export function checkPack(pack: PolicyPack): PolicyPackProblem[] {
  const problems: PolicyPackProblem[] = [];
  const report = (path: string, message: string): void => {
    problems.push({ path, message });
  };

  const known = new Map<string, string>(); // normalised name or alias -> where it was first declared
  pack.units.forEach((u, i) => {
    [u.name, ...u.aliases].forEach((n, j) => {
      const key = normaliseName(n);
      const here = j === 0 ? `units[${i}].name` : `units[${i}].aliases[${j - 1}]`;
      const first = known.get(key);
      if (first) report(here, `单位名称“${n}”重复（已在 ${first} 出现）`);
      else known.set(key, here);
    });
  });
  const checkUnits = (names: string[], path: string): void => {
    names.forEach((n, j) => {
      if (!known.has(normaliseName(n)))
        report(`${path}[${j}]`, `单位“${n}”不在单位名录（units）中，请先在名录中添加或改用名录里的名称`);
    });
  };

  const numbers = new Map<number, number>();
  pack.measures.forEach((m, i) => {
    const first = numbers.get(m.number);
    if (first !== undefined) report(`measures[${i}].number`, `措施编号 ${m.number} 重复（measures[${first}] 已使用）`);
    else numbers.set(m.number, i);
    checkUnits(m.lead, `measures[${i}].lead`);
    checkUnits(m.coop, `measures[${i}].coop`);
  });

  const ids = new Map<string, number>();
  pack.targets.forEach((t, i) => {
    const first = ids.get(t.id);
    if (first !== undefined) report(`targets[${i}].id`, `目标标识“${t.id}”重复（targets[${first}] 已使用）`);
    else ids.set(t.id, i);
    if (!numbers.has(t.measure)) report(`targets[${i}].measure`, `措施 ${t.measure} 不存在`);
  });

  const ruleIds = new Map<string, number>();
  pack.rules.forEach((r, i) => {
    const first = ruleIds.get(r.id);
    if (first !== undefined) report(`rules[${i}].id`, `规则标识“${r.id}”重复（rules[${first}] 已使用）`);
    else ruleIds.set(r.id, i);
    checkUnits(r.lead, `rules[${i}].lead`);
    checkUnits(r.coop, `rules[${i}].coop`);
    if (r.source !== undefined && !numbers.has(r.source)) report(`rules[${i}].source`, `措施 ${r.source} 不存在`);
    (r.when.measure ?? []).forEach((n, j) => {
      if (!numbers.has(n)) report(`rules[${i}].when.measure[${j}]`, `措施 ${n} 不存在`);
    });
  });

  if (pack.status.ahead < pack.status.onPace)
    report('status.ahead', `“超序时”阈值（${pack.status.ahead}）不能小于“达序时”阈值（${pack.status.onPace}）`);
  return problems;
}
