import type { UnitKind } from './types';

/**
 * How a unit's kind shows in its name, first match wins. Data, so a new suffix is a new row.
 * Order matters: 区生态循环经济产业园建设指挥部 is a command centre although it names a 产业园.
 */
export const KIND_PATTERNS: readonly { pattern: RegExp; kind: UnitKind }[] = [
  { pattern: /^各|^区直(各|有关)|各(部门|单位)$|^全(区|市|县|省).*各|(相关|有关)(部门|单位)$/, kind: 'collective' }, // 全区经济运行各专班, 区级相关部门
  { pattern: /法院$/, kind: 'court' },
  { pattern: /指挥部$|专班$|(?<!人民政府)办公室$|领导小组/, kind: 'command-centre' },
  { pattern: /(公司|集团|城发投|发投|投资)$/, kind: 'company' },
  { pattern: /^市.*分局$|^市.*源汇|^漯河市/, kind: 'city-branch' },
  { pattern: /(街道|街道办事处|街道办)$/, kind: 'street' },
  { pattern: /(镇|乡)(人民政府|政府)?$/, kind: 'township' },
  { pattern: /(开发区|园区|新区|商业区|高新区|集聚区|产业园|建管委|管委会)$/, kind: 'park' },
];

/** A guess from the name alone; bureaus (区…局 / 委 / 中心) are the default. */
export function guessUnitKind(name: string): UnitKind {
  for (const { pattern, kind } of KIND_PATTERNS) if (pattern.test(name)) return kind;
  return 'bureau';
}
