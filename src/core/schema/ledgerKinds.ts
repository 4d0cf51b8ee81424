/**
 * The three ledger kinds as data: fields, header synonyms, enum values. Header texts are compared after
 * normaliseHeader() (spaces, line breaks, brackets and their contents, units, year and month prefixes removed),
 * so synonyms are written bare. Next year's ledgers change this file, not the reader. The values of 所属领域 and
 * 资金渠道 are the policy's, so they live in the pack (domains, channels); see kindDefFor in packFields.ts.
 */
import { LEDGER_KIND_WORDS } from '../words';
import type { FieldDef, LedgerKindDef } from './types';

const f = (def: FieldDef): FieldDef => def;

const seq = f({ id: 'seq', type: 'text', synonyms: ['序号', '编号', '序'], label: { zh: '序号', en: 'No.' } });
const name = f({
  id: 'name',
  type: 'text',
  required: true,
  synonyms: ['项目名称', '项目', '名称', '项目全称', '建设项目名称'],
  label: { zh: '项目名称', en: 'Project' },
});
const lead = f({
  id: 'lead',
  type: 'units',
  synonyms: ['牵头责任单位', '牵头单位', '责任单位', '牵头部门', '责任部门', '牵头责任部门', '主责单位'],
  label: { zh: '牵头责任单位', en: 'Lead unit' },
});
const coop = f({
  id: 'coop',
  type: 'units',
  synonyms: ['配合责任单位', '配合单位', '配合部门', '协办单位', '协同单位'],
  label: { zh: '配合责任单位', en: 'Cooperating units' },
});
const domain = f({
  id: 'domain',
  type: 'enum',
  synonyms: ['所属领域', '领域', '行业领域', '项目领域', '所属行业', '项目类别'],
  enumFrom: 'domains',
  label: { zh: '所属领域', en: 'Domain' },
});
const total = f({
  id: 'total',
  type: 'amount',
  required: true,
  synonyms: ['总投资', '计划总投资', '总投资额', '项目总投资', '估算总投资', '投资总额'],
  label: { zh: '总投资', en: 'Total investment' },
});
const location = f({
  id: 'location',
  type: 'text',
  synonyms: ['建设地点', '所属乡镇', '项目地点', '所在乡镇', '所属乡镇街道园区', '建设地址'],
  label: { zh: '建设地点', en: 'Location' },
});
const remark = f({ id: 'remark', type: 'text', synonyms: ['备注', '说明'], label: { zh: '备注', en: 'Remarks' } });

const project: LedgerKindDef = {
  kind: 'project',
  label: LEDGER_KIND_WORDS.project,
  fields: [
    seq,
    name,
    f({
      id: 'owner',
      type: 'text',
      synonyms: ['建设单位', '项目单位', '业主单位', '项目建设单位', '项目业主', '实施单位'],
      label: { zh: '建设单位', en: 'Owner' },
    }),
    location,
    f({
      id: 'nature',
      type: 'enum',
      synonyms: ['建设性质', '项目性质'],
      enumValues: ['新建', '续建', '扩建', '改建'],
      enumAliases: { 新开工: '新建', 改扩建: '扩建', 迁建: '新建' },
      label: { zh: '建设性质', en: 'Nature' },
    }),
    f({
      id: 'content',
      type: 'text',
      synonyms: ['建设规模及主要内容', '建设内容', '主要建设内容', '建设规模及内容', '建设规模'],
      label: { zh: '建设规模及主要内容', en: 'Scope' },
    }),
    domain,
    f({
      id: 'stage',
      type: 'enum',
      synonyms: ['三个一批类别', '项目阶段', '三个一批', '项目类型', '类别'],
      enumValues: ['签约一批', '开工一批', '投产一批', '前期', '在建', '竣工'],
      enumAliases: {
        签约: '签约一批',
        开工: '开工一批',
        投产: '投产一批',
        前期项目: '前期',
        在建项目: '在建',
        新开工: '开工一批',
        竣工投产: '投产一批',
      },
      label: { zh: '项目阶段/三个一批类别', en: 'Stage' },
    }),
    total,
    f({
      id: 'planned',
      type: 'amount',
      synonyms: ['年度计划投资', '计划投资', '年计划投资', '计划完成投资', '年度投资计划', '本年计划投资'],
      label: { zh: '年度计划投资', en: 'Planned (year)' },
    }),
    f({
      id: 'completed',
      type: 'amount',
      synonyms: ['完成投资', '累计完成投资', '已完成投资', '完成投资额', '实际完成投资', '累计完成'],
      label: { zh: '累计完成投资', en: 'Completed' },
    }),
    f({
      id: 'rate',
      type: 'percent',
      synonyms: ['完成率', '投资完成率', '完成比例', '完成进度'],
      label: { zh: '完成率', en: 'Completion rate' },
    }),
    f({
      id: 'start',
      type: 'date',
      synonyms: ['开工时间', '计划开工时间', '开工日期', '开工年月'],
      label: { zh: '开工时间', en: 'Start' },
    }),
    f({
      id: 'end',
      type: 'date',
      synonyms: ['竣工时间', '计划竣工时间', '竣工日期', '完工时间', '竣工年月'],
      label: { zh: '竣工时间', en: 'End' },
    }),
    f({
      id: 'progress',
      type: 'text',
      synonyms: ['形象进度', '项目进展', '进展情况', '工程进度', '当前进展'],
      label: { zh: '形象进度', en: 'Progress' },
    }),
    f({
      id: 'problems',
      type: 'text',
      synonyms: ['存在问题', '存在的问题', '问题', '困难问题'],
      label: { zh: '存在问题', en: 'Problems' },
    }),
    lead,
    coop,
    f({
      id: 'leader',
      type: 'text',
      synonyms: ['包联领导', '联系领导', '分包领导', '包联县级领导', '包联区级领导'],
      label: { zh: '包联领导', en: 'Leader' },
    }),
    f({
      id: 'measure',
      type: 'measure',
      synonyms: ['对应措施', '对应政策措施', '措施编号', '对应条款', '所属措施'],
      label: { zh: '对应措施', en: 'Measure' },
    }),
    remark,
  ],
  keyFigures: ['total', 'planned', 'completed'],
  signature: {
    name: 2,
    total: 3,
    planned: 2,
    completed: 2,
    nature: 1,
    domain: 1,
    start: 1,
    end: 1,
    owner: 1,
    stage: 1,
    location: 1,
  },
};

const reserve: LedgerKindDef = {
  kind: 'reserve',
  label: LEDGER_KIND_WORDS.reserve,
  fields: [
    seq,
    name,
    domain,
    location,
    total,
    f({
      id: 'channel',
      type: 'enum',
      synonyms: ['资金渠道', '申报渠道', '资金类型', '拟申报资金渠道', '融资渠道'],
      enumFrom: 'channels',
      label: { zh: '资金渠道', en: 'Funding channel' },
    }),
    f({
      id: 'progress',
      type: 'text',
      synonyms: ['前期工作进展', '前期工作进展情况', '前期进展', '前期手续办理情况'],
      label: { zh: '前期工作进展', en: 'Preparation' },
    }),
    lead,
    coop,
    f({
      id: 'start',
      type: 'date',
      synonyms: ['谋划时间', '入库时间', '谋划日期'],
      label: { zh: '谋划时间', en: 'Planned on' },
    }),
    remark,
  ],
  keyFigures: ['total', 'channel'],
  signature: { name: 2, total: 2, channel: 4, progress: 2, start: 1, domain: 1 },
};

const measure: LedgerKindDef = {
  kind: 'measure',
  label: LEDGER_KIND_WORDS.measure,
  fields: [
    seq,
    f({
      id: 'measure',
      type: 'measure',
      synonyms: ['措施编号', '条款编号', '对应措施', '措施序号'],
      label: { zh: '措施编号', en: 'Measure' },
    }),
    f({
      id: 'name',
      type: 'text',
      required: true,
      synonyms: ['政策措施', '工作任务', '措施内容', '重点任务', '任务内容', '具体措施', '政策措施内容'],
      label: { zh: '政策措施/工作任务', en: 'Task' },
    }),
    lead,
    coop,
    f({
      id: 'deadline',
      type: 'date',
      acceptsTerms: true,
      synonyms: ['完成时限', '完成时间', '时限要求', '截止时间'],
      label: { zh: '完成时限', en: 'Deadline' },
    }),
    f({
      id: 'progress',
      type: 'text',
      synonyms: ['进展情况', '工作进展', '推进情况', '落实情况'],
      label: { zh: '进展情况', en: 'Progress' },
    }),
    f({
      id: 'status',
      type: 'enum',
      synonyms: ['完成状态', '状态', '完成情况'],
      enumValues: ['已完成', '推进中', '未启动'],
      enumAliases: { 完成: '已完成', 进行中: '推进中', 正在推进: '推进中', 未开始: '未启动', 尚未启动: '未启动' },
      label: { zh: '完成状态', en: 'Status' },
    }),
    remark,
  ],
  signature: { name: 3, lead: 2, deadline: 2, status: 2, measure: 2, progress: 1 },
};

export const LEDGER_KIND_DEFS: LedgerKindDef[] = [project, reserve, measure];
