/**
 * Header words as data: the domain's vocabulary a header is cut into, and for the fields whose headers vary most,
 * which words a header must have, which make it likelier, and which rule it out. A header no synonym lists
 * (2023年 › 1-9月完成, 本年完成, 累计完成额, 项目进度阶段) is mapped by these. Next year's words go here.
 */
import type { FieldId } from './types';

/** Word as written → token. Longest words are matched first, so 本年度 is 本年, not 本 + 年度. */
export const HEADER_WORDS: Record<string, string> = {
  投资: '投资',
  总: '总',
  计划: '计划',
  年度: '年度',
  本年度: '本年',
  本年: '本年',
  今年: '本年',
  当年: '本年',
  全年: '年度',
  年: '年度',
  完成: '完成',
  累计: '累计',
  截至: '截至',
  截止: '截至',
  额: '额',
  金额: '额',
  率: '率',
  比例: '率',
  比率: '率',
  时间: '时间',
  日期: '时间',
  年月: '时间',
  时限: '时限',
  期限: '时限',
  单位: '单位',
  部门: '单位',
  牵头: '牵头',
  主责: '牵头',
  配合: '配合',
  协办: '配合',
  协同: '配合',
  协助: '配合',
  责任: '责任',
  阶段: '阶段',
  三个一批: '三个一批',
  内容: '内容',
  规模: '规模',
  建设: '建设',
  开工: '开工',
  竣工: '竣工',
  完工: '竣工',
  投产: '竣工',
  地点: '地点',
  地址: '地点',
  乡镇: '乡镇',
  街道: '乡镇',
  园区: '乡镇',
  所在地: '地点',
  性质: '性质',
  领域: '领域',
  行业: '领域',
  进度: '进度',
  进展: '进展',
  名称: '名称',
  项目: '项目',
  问题: '问题',
  领导: '领导',
  措施: '措施',
  渠道: '渠道',
  资金: '资金',
  状态: '状态',
  估算: '估算',
  实际: '实际',
  已: '已',
  申报: '申报',
  人: '人',
  情况: '情况',
  形象: '形象',
  类别: '类别',
  类型: '类别',
  条款: '措施',
  编号: '编号',
  序号: '编号',
  对应: '对应',
  任务: '任务',
  预计: '预计',
  预测: '预计',
  包联: '包联',
  联系: '包联',
  业主: '业主',
  主体: '主体',
  实施: '实施',
  推进: '推进',
  困难: '问题',
  工作: '工作',
  来源: '来源',
};

/** A header whose path carries a year (2023年) or a month range (1-9月, 截至9月底) gets these tokens too. */
export const YEAR_TOKEN = '#年份';
export const MONTH_TOKEN = '#月份';

export interface FieldWords {
  /** Each inner list: the header must have one of these tokens somewhere in its path. */
  need: string[][];
  /** Tokens that make the field likelier, with weights (the header's own text counts in full, groups half). */
  boost: Record<string, number>;
  /** Tokens in the header's own text that rule the field out (计划总投资 is no annual plan). */
  avoid: string[];
}

const w = (need: string[][], boost: Record<string, number>, avoid: string[] = []): FieldWords => ({
  need,
  boost,
  avoid,
});

/** The fields mapped by their words; the rest map by their synonyms only. */
export const FIELD_WORDS: Partial<Record<FieldId, FieldWords>> = {
  total: w([['总']], { 投资: 1, 额: 0.5, 估算: 0.3, 计划: 0.2 }, ['率', '时间', '完成', '单位']),
  planned: w([['计划']], { 投资: 1, 年度: 0.6, 本年: 0.6, [YEAR_TOKEN]: 0.6, 额: 0.3 }, [
    '总',
    '率',
    '时间',
    '开工',
    '竣工',
    '完成',
    '单位',
  ]),
  completed: w(
    [['完成']],
    {
      投资: 1,
      额: 0.5,
      累计: 0.5,
      截至: 0.3,
      [MONTH_TOKEN]: 0.8,
      本年: 0.5,
      年度: 0.3,
      [YEAR_TOKEN]: 0.3,
      实际: 0.3,
      已: 0.3,
    },
    ['率', '时间', '时限', '状态', '计划', '单位', '情况', '预计'],
  ),
  rate: w([['率']], { 完成: 1, 投资: 0.5 }, ['时间']),
  stage: w([['阶段', '三个一批']], { 项目: 0.3, 建设: 0.3, 进度: 0.3, 类别: 0.3 }),
  content: w([['内容', '规模']], { 建设: 0.5, 项目: 0.2 }),
  location: w([['地点', '乡镇']], { 建设: 0.5, 项目: 0.3 }, ['单位']),
  lead: w([['牵头', '责任']], { 单位: 1 }, ['配合', '人', '领导']),
  coop: w([['配合']], { 单位: 1, 责任: 0.3 }, ['人', '领导']),
  start: w([['开工']], { 时间: 1, 计划: 0.2, 实际: 0.2 }),
  end: w([['竣工']], { 时间: 1, 计划: 0.2, 实际: 0.2 }),
  channel: w([['渠道', '来源']], { 资金: 1, 申报: 0.3 }),
  domain: w([['领域']], { 项目: 0.3 }, ['单位', '人']),
  measure: w([['措施']], { 对应: 1, 编号: 1 }, ['内容', '任务']),
  leader: w([['领导']], { 包联: 1, 责任: 0.3 }),
  owner: w([['业主', '主体']], { 单位: 1, 建设: 0.5, 实施: 0.5, 项目: 0.3 }),
  progress: w([['进展', '进度', '推进']], { 情况: 0.5, 形象: 0.5, 工作: 0.3 }, ['阶段', '率', '完成', '时间']),
  problems: w([['问题']], { 存在: 0.5 }),
  deadline: w([['时限']], { 完成: 0.5 }),
  status: w([['状态']], { 完成: 0.5 }),
};
