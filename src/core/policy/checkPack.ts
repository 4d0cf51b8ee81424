import { normaliseName } from '../units/normaliseName';
import type { PolicyPackProblem } from './PolicyPackError';
import type { NamedValue, PolicyPack } from './types';

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

  checkValueLists(pack, report);

  if (pack.status.ahead < pack.status.onPace)
    report('status.ahead', `“超序时”阈值（${pack.status.ahead}）不能小于“达序时”阈值（${pack.status.onPace}）`);
  return problems;
}

/**
 * Domains and channels: no spelling (name or alias, compared as a cell is: full-width folded, spaces removed)
 * may stand for two values, or a ledger cell could not say which one it means. Returns the names.
 */
function checkNamedValues(
  list: NamedValue[],
  path: string,
  what: string,
  report: (path: string, message: string) => void,
): Set<string> {
  const seen = new Map<string, string>();
  list.forEach((v, i) => {
    [v.name, ...v.aliases].forEach((n, j) => {
      const key = n.normalize('NFKC').replace(/\s+/g, '');
      const here = j === 0 ? `${path}[${i}].name` : `${path}[${i}].aliases[${j - 1}]`;
      const first = seen.get(key);
      if (first) report(here, `${what}名称“${n}”重复（已在 ${first} 出现）`);
      else seen.set(key, here);
    });
  });
  return new Set(list.map((v) => v.name));
}

/** The domain and channel lists, and every target filter and rule that names one of their values. */
function checkValueLists(pack: PolicyPack, report: (path: string, message: string) => void): void {
  const domains = checkNamedValues(pack.domains, 'domains', '领域', report);
  const channels = checkNamedValues(pack.channels, 'channels', '资金渠道', report);
  const checkNames = (names: string[] | undefined, known: Set<string>, path: string, what: string): void => {
    (names ?? []).forEach((n, j) => {
      if (!known.has(n))
        report(`${path}[${j}]`, `“${n}”不是政策包${what}列表中的名称，请改用列表里的名称或先把它加入列表`);
    });
  };
  pack.targets.forEach((t, i) => {
    checkNames(t.filter?.domain, domains, `targets[${i}].filter.domain`, '所属领域（domains）');
    checkNames(t.filter?.channel, channels, `targets[${i}].filter.channel`, '资金渠道（channels）');
  });
  pack.rules.forEach((r, i) => {
    checkNames(r.when.domain, domains, `rules[${i}].when.domain`, '所属领域（domains）');
    checkNames(r.when.channel, channels, `rules[${i}].when.channel`, '资金渠道（channels）');
  });
}
