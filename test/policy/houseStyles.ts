/**
 * Policy texts written for these tests, one per house style of issue #18 (invented wording and figures, not
 * copies of real documents), each with the facts read by hand: number, lead, cooperating units, targets.
 * Every text is written with full-width punctuation; `asciiVariant` and `lineBreakVariant` generate the copies
 * people actually paste (ASCII `( ) , : ;`, and paragraphs broken mid-sentence by a PDF's line ends).
 */
export interface StyleItem {
  number: number;
  lead: string[];
  coop: string[];
  targets: [number, string][];
  section?: string;
}

export interface HouseStyle {
  name: string;
  text: string;
  items: StyleItem[];
  /** Numbers the parser must say it inferred (the item had no number of its own). */
  inferred?: number[];
}

/** A province's task list: X牵头，Y、Z等相关部门按职责分工负责; the 省 of the first unit is shared; no 牵头 at all;
 *  three items in one long paragraph. */
export const PROVINCE_TASK_LIST: HouseStyle = {
  name: '省级任务分工（X牵头，Y按职责分工负责）',
  text: `河南省人民政府办公厅文件
豫政办〔2024〕12号
河南省人民政府办公厅关于印发河南省促进消费持续恢复若干措施任务分工的通知
各省辖市人民政府，省人民政府各部门：
现将《河南省促进消费持续恢复若干措施任务分工》印发给你们，请认真贯彻落实。
2024年3月5日
河南省促进消费持续恢复若干措施任务分工
一、扩大商品消费
1.开展汽车促消费活动，全年举办汽车展销活动50场以上。（省商务厅牵头，省发展改革委、财政厅、公安厅等相关部门按职责分工负责）2.支持家电以旧换新，安排省级资金2亿元。（省商务厅牵头，省财政厅、市场监管局按职责分工负责）3.推动住房消费，落实23条支持政策。（省住房城乡建设厅、地方金融监管局、人行郑州中心支行按职责分工负责）
二、提升服务消费
4.培育文旅消费新场景，年内新建夜间文旅消费集聚区10个。（省文化和旅游厅牵头，省商务厅和省发展改革委配合）
5.提高养老服务供给，新增养老床位8000张，力争6月底前出台实施细则。（省民政厅牵头，省卫生健康委、省医保局按职责分工负责）
`,
  items: [
    {
      number: 1,
      section: '一、扩大商品消费',
      lead: ['省商务厅'],
      coop: ['省发展改革委', '省财政厅', '省公安厅'],
      targets: [[50, '场']],
    },
    {
      number: 2,
      section: '一、扩大商品消费',
      lead: ['省商务厅'],
      coop: ['省财政厅', '省市场监管局'],
      targets: [[2, '亿元']],
    },
    {
      number: 3,
      section: '一、扩大商品消费',
      lead: ['省住房城乡建设厅', '省地方金融监管局', '人行郑州中心支行'],
      coop: [],
      targets: [[23, '条']],
    },
    {
      number: 4,
      section: '二、提升服务消费',
      lead: ['省文化和旅游厅'],
      coop: ['省商务厅', '省发展改革委'],
      targets: [[10, '个']],
    },
    {
      number: 5,
      section: '二、提升服务消费',
      lead: ['省民政厅'],
      coop: ['省卫生健康委', '省医保局'],
      targets: [
        [8000, '张'],
        [6, '月底前'],
      ],
    },
  ],
};

/** A district's 任务分解和责任分工方案: 1、 items, then separate 牵头单位： / 责任单位： / 配合单位： lines. */
export const DISTRICT_TASK_BREAKDOWN: HouseStyle = {
  name: '区级任务分解（牵头单位：/ 责任单位：分行）',
  text: `立山区2024年政府工作报告重点工作任务分解和责任分工方案
为确保区委、区政府确定的目标任务落到实处，现将任务分解如下。
一、主要预期目标
1、努力实现地区生产总值增长6.2%左右。
牵头单位：区发改局
责任单位：立山经济开发区，全区经济运行各专班
2、一般公共预算收入增长5%，固定资产投资增长8%以上。
牵头单位：区财政局、区发改局
责任单位：各街道
二、重点工作任务
3、新开工亿元以上项目30个，5月底前全部完成审批手续。
牵头单位：区发改局
配合单位：区自然资源局、区住建局、区行政审批局
4、新增市场主体4000户。
牵头单位：区市场监管局
`,
  items: [
    {
      number: 1,
      section: '一、主要预期目标',
      lead: ['区发改局'],
      coop: ['立山经济开发区', '全区经济运行各专班'],
      targets: [[6.2, '%']],
    },
    {
      number: 2,
      section: '一、主要预期目标',
      lead: ['区财政局', '区发改局'],
      coop: ['各街道'],
      targets: [
        [5, '%'],
        [8, '%'],
      ],
    },
    {
      number: 3,
      section: '二、重点工作任务',
      lead: ['区发改局'],
      coop: ['区自然资源局', '区住建局', '区行政审批局'],
      targets: [
        [30, '个'],
        [5, '月底前'],
      ],
    },
    { number: 4, section: '二、重点工作任务', lead: ['区市场监管局'], coop: [], targets: [[4000, '户']] },
  ],
};

/** A province's 实施方案: （一） items under 一、 sections, 〔责任单位：…按职责分工负责。boilerplate，下同。〕, and
 *  the document's own rule that the first unit listed leads. */
export const PROVINCE_PLAN: HouseStyle = {
  name: '省级实施方案（〔责任单位：…〕，（一）编号）',
  text: `湖北省人民政府文件
鄂政发〔2024〕8号
湖北省人民政府关于印发湖北省加快建设全国统一大市场实施方案的通知
各市、州、县人民政府，省政府各部门：
现将《湖北省加快建设全国统一大市场实施方案》印发给你们，请认真组织实施。
2024年4月10日
湖北省加快建设全国统一大市场实施方案
各项任务中列第一位的为牵头单位。
一、强化市场基础制度
（一）加强市场体系建设。完善产权保护制度，年内清理妨碍统一市场的政策文件100件以上。〔责任单位：省发展改革委、省市场监管局、商务厅、省大数据中心按职责分工负责。具体任务均涉及相关市（州）人民政府，不再做分工，下同。〕
（二）推进市场设施联通。建设省级物流枢纽5个，2025年6月底前建成统一的公共资源交易平台。〔责任单位：省交通运输厅、省发展改革委〕
二、打造统一要素市场
（三）健全城乡统一的土地市场。盘活存量建设用地6000亩。〔责任单位：省自然资源厅〕
（四）加快发展统一的资本市场。设立省级引导基金100亿元。〔责任单位：省财政厅、地方金融监管局，人行武汉分行〕
`,
  items: [
    {
      number: 1,
      section: '一、强化市场基础制度',
      lead: ['省发展改革委'],
      coop: ['省市场监管局', '省商务厅', '省大数据中心'],
      targets: [[100, '件']],
    },
    {
      number: 2,
      section: '一、强化市场基础制度',
      lead: ['省交通运输厅'],
      coop: ['省发展改革委'],
      targets: [
        [5, '个'],
        [6, '月底前'],
      ],
    },
    { number: 3, section: '二、打造统一要素市场', lead: ['省自然资源厅'], coop: [], targets: [[6000, '亩']] },
    {
      number: 4,
      section: '二、打造统一要素市场',
      lead: ['省财政厅'],
      coop: ['省地方金融监管局', '人行武汉分行'],
      targets: [[100, '亿元']],
    },
  ],
};

/** A district's 政策措施: （X牵头，Y、Z、区级相关部门配合）, targets in 个工作日 / 万元 / 亩 / 家, an item that lost
 *  its number, a 牵头负责 clause with no cooperating unit. */
export const DISTRICT_MEASURES: HouseStyle = {
  name: '区级政策措施（X牵头，Y配合）',
  text: `源汇区优化营商环境若干政策措施
为持续优化营商环境，制定以下措施。
一、提升政务服务效能
1．推行企业开办“一日办结”，工程建设项目审批时限压缩至14个工作日以内。（区政务服务局牵头，区发改局、区审改办、区住建局、区级相关部门配合）
2．安排专项资金4000万元支持工业项目，单个项目保障用地不少于6亩。（市自然资源和规划局源汇分局牵头，区发改局和区工信局配合）
二、强化要素保障
设立企业应急转贷资金1000万元，年内服务企业50家。（区财政局、区金融服务中心牵头，各乡镇办园区配合）
4．落实领导干部联系重点企业制度，每月走访企业一次。（区工信局牵头负责）
`,
  items: [
    {
      number: 1,
      section: '一、提升政务服务效能',
      lead: ['区政务服务局'],
      coop: ['区发改局', '区审改办', '区住建局', '区级相关部门'],
      targets: [[14, '个工作日']],
    },
    {
      number: 2,
      section: '一、提升政务服务效能',
      lead: ['市自然资源和规划局源汇分局'],
      coop: ['区发改局', '区工信局'],
      targets: [
        [4000, '万元'],
        [6, '亩'],
      ],
    },
    {
      number: 3,
      section: '二、强化要素保障',
      lead: ['区财政局', '区金融服务中心'],
      coop: ['各乡镇办园区'],
      targets: [
        [1000, '万元'],
        [50, '家'],
      ],
    },
    { number: 4, section: '二、强化要素保障', lead: ['区工信局'], coop: [], targets: [[1, '次/月']] },
  ],
  inferred: [3],
};

/** A county's 第一条 articles: a （牵头责任单位：…；配合责任单位：…） clause, and 牵头单位 / 配合单位 lines. */
export const COUNTY_ARTICLES: HouseStyle = {
  name: '县级若干措施（第一条，牵头责任单位：）',
  text: `舞阳县支持民营经济发展若干措施
第一条 降低企业用地成本，年内供应工业用地300亩。（牵头责任单位：县自然资源局；配合责任单位：县发改委、县财政局）
第二条 设立民营企业发展基金5亿元。（牵头责任单位：县财政局）
第三条 每季度召开一次政企恳谈会。
牵头单位：县工商联
配合单位：县工信局、县商务局
`,
  items: [
    { number: 1, lead: ['县自然资源局'], coop: ['县发改委', '县财政局'], targets: [[300, '亩']] },
    { number: 2, lead: ['县财政局'], coop: [], targets: [[5, '亿元']] },
    { number: 3, lead: ['县工商联'], coop: ['县工信局', '县商务局'], targets: [[1, '次/季度']] },
  ],
};

/** A street office's list numbered 一、二、 with the units in the same line. */
export const STREET_LIST: HouseStyle = {
  name: '街道工作要点（一、编号）',
  text: `老街街道2024年重点工作要点
一、完成老旧小区改造12个。（街道城建办牵头，各社区配合）
二、新增城镇就业岗位300个，6月底前完成半年任务。（街道社会事务办牵头，街道党政办、各社区配合）
三、化解信访积案5件。（街道综治中心负责）
`,
  items: [
    { number: 1, lead: ['街道城建办'], coop: ['各社区'], targets: [[12, '个']] },
    {
      number: 2,
      lead: ['街道社会事务办'],
      coop: ['街道党政办', '各社区'],
      targets: [
        [300, '个'],
        [6, '月底前'],
      ],
    },
    { number: 3, lead: ['街道综治中心'], coop: [], targets: [[5, '件']] },
  ],
};

/** A task table pasted from Word or Excel as text: one row per line, cells separated by tabs. */
export const PASTED_TABLE: HouseStyle = {
  name: '任务表（粘贴的表格）',
  text: [
    '源汇区2024年数字经济重点任务清单',
    '序号\t工作任务\t牵头单位\t配合单位\t完成时限',
    '1\t新建5G基站200个\t区工信局\t区住建局、各街道\t2024年6月底前',
    '2\t培育数字经济企业20家\t区科技局\t区工信局\t2024年12月底前',
    '3\t建设数据中心1个\t区城发投\t\t2024年9月底前',
  ].join('\n'),
  items: [
    {
      number: 1,
      lead: ['区工信局'],
      coop: ['区住建局', '各街道'],
      targets: [
        [200, '个'],
        [6, '月底前'],
      ],
    },
    {
      number: 2,
      lead: ['区科技局'],
      coop: ['区工信局'],
      targets: [
        [20, '家'],
        [12, '月底前'],
      ],
    },
    {
      number: 3,
      lead: ['区城发投'],
      coop: [],
      targets: [
        [1, '个'],
        [9, '月底前'],
      ],
    },
  ],
};

export const HOUSE_STYLES: HouseStyle[] = [
  PROVINCE_TASK_LIST,
  DISTRICT_TASK_BREAKDOWN,
  PROVINCE_PLAN,
  DISTRICT_MEASURES,
  COUNTY_ARTICLES,
  STREET_LIST,
  PASTED_TABLE,
];

const ASCII: Record<string, string> = { '（': '(', '）': ')', '，': ',', '：': ':', '；': ';' };

/** The copy with ASCII ( ) , : ; where the original had full-width punctuation. */
export function asciiVariant(text: string): string {
  return text.replace(/[（），：；]/g, (c) => ASCII[c]);
}

/**
 * The copy a PDF gives: every line longer than 30 characters broken once near its middle (never next to a
 * digit, a bracket or a list mark, so the break cannot make or unmake a number), as a page break would.
 */
export function lineBreakVariant(text: string): string {
  return text
    .split('\n')
    .map((line) => {
      if (line.length <= 30 || line.includes('\t')) return line;
      for (let at = Math.floor(line.length / 2); at < line.length - 2; at++) {
        const near = line.slice(at - 1, at + 1);
        if (!/[0-9０-９（）()〔〕、，,.．：:；;。%]/.test(near)) return `${line.slice(0, at)}\n\n${line.slice(at)}`;
      }
      return line;
    })
    .join('\n');
}

/**
 * The copy where a PDF lost the line ends: every line after the front matter run together into one paragraph
 * per section (headings stay on their own lines). Tables are left as they are.
 */
export function joinedVariant(style: HouseStyle): string {
  if (style.text.includes('\t')) return style.text;
  const heads = new Set(style.items.map((i) => i.section).filter((x): x is string => !!x));
  const isHead = (line: string) => heads.has(line.trim());
  const lines = style.text.split('\n').filter((l) => l.trim() !== '');
  const first = heads.size > 0 ? lines.findIndex(isHead) : 1;
  const out = lines.slice(0, first);
  let run = '';
  for (const line of lines.slice(first)) {
    if (isHead(line)) {
      if (run) out.push(run);
      out.push(line);
      run = '';
    } else run += line;
  }
  if (run) out.push(run);
  return out.join('\n');
}
