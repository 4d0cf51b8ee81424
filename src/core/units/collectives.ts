/**
 * Collective names ("all townships and streets") found in Henan policy texts. They contain the list separator
 * 、 yet name ONE group, so the splitter must keep them whole. Data, not logic: extend here.
 */
export const KNOWN_COLLECTIVES: readonly string[] = [
  '各乡镇、街道',
  '各乡镇（街道）',
  '各乡镇、街道、园区',
  '各乡镇办园区',
  '各乡镇办',
  '各乡镇',
  '各街道',
  '各园区',
  '区直各部门',
  '区直有关部门',
  '区直各有关部门',
  '各有关单位',
  '各相关单位',
];

/**
 * Bare group words: after a name starting with 各 (各乡镇、街道) a token that is only one of these continues
 * the collective instead of naming a unit of its own.
 */
export const COLLECTIVE_CONTINUATIONS: readonly string[] = ['街道', '园区', '办事处', '乡镇', '街道办', '功能区'];
