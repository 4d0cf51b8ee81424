/** Names for the sample ledgers: 源汇区 places, units, and project names by domain (illustrative, not real data). */

export const DOMAINS = [
  '工业',
  '服务业',
  '城镇基础设施',
  '社会事业',
  '交通',
  '能源',
  '生态环保',
  '农林水利',
  '新基建',
] as const;
export type Domain = (typeof DOMAINS)[number];

/** How many of the ~120 projects fall in each domain (measure 6: about 120 projects over the nine domains). */
export const DOMAIN_COUNTS: Record<Domain, number> = {
  工业: 36,
  服务业: 17,
  城镇基础设施: 16,
  社会事业: 12,
  交通: 8,
  能源: 7,
  生态环保: 8,
  农林水利: 8,
  新基建: 8,
};

export const SECTION_NUMERALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九'];

export const PLACES = [
  '空冢郭镇',
  '问十乡',
  '大刘镇',
  '阴阳赵镇',
  '马路街街道',
  '顺河街街道',
  '老街街道',
  '干河陈街道',
  '沙澧高新技术产业开发区',
  '源汇新区',
  '特色商业区',
];

/** Named projects of the policy text, with the place the policy puts them. */
export const POLICY_PROJECTS: { name: string; domain: Domain; place: string; measure: number }[] = [
  { name: '自毁式疫苗注射器生产及无针注射器扩建项目', domain: '工业', place: '空冢郭镇（医疗器械城）', measure: 2 },
  { name: '医药分拨中心及医疗器械生产项目', domain: '工业', place: '空冢郭镇（医疗器械城）', measure: 2 },
  { name: '奥昌迈得设备生产项目', domain: '工业', place: '空冢郭镇（医疗器械城）', measure: 2 },
  { name: '艾宝克联想智能终端制造项目', domain: '工业', place: '沙澧高新技术产业开发区（智能制造谷）', measure: 3 },
  { name: '晟帆科技显示面板生产项目', domain: '工业', place: '沙澧高新技术产业开发区（智能制造谷）', measure: 3 },
  { name: '三秦光学镜片玻璃生产项目', domain: '工业', place: '沙澧高新技术产业开发区（智能制造谷）', measure: 3 },
  { name: '大轴机电CNC精雕机生产项目', domain: '工业', place: '沙澧高新技术产业开发区（智能制造谷）', measure: 3 },
  { name: '电源适配器生产项目', domain: '工业', place: '沙澧高新技术产业开发区（智能制造谷）', measure: 3 },
  {
    name: '裕鑫电子集成电路（新型显示）产业园项目',
    domain: '工业',
    place: '沙澧高新技术产业开发区（智能制造谷）',
    measure: 3,
  },
  { name: '漯河市源汇区光电产业园项目', domain: '工业', place: '沙澧高新技术产业开发区（智能制造谷）', measure: 3 },
  {
    name: '香港一路通科技有限公司高分子材料生产项目',
    domain: '工业',
    place: '问十乡（生态循环经济产业园）',
    measure: 4,
  },
  { name: '国药诺达智慧服务产业园项目', domain: '服务业', place: '问十乡（生态循环经济产业园）', measure: 4 },
  { name: '蓝硕再生资源项目', domain: '生态环保', place: '问十乡（生态循环经济产业园）', measure: 4 },
  { name: '长申玉商业综合体项目', domain: '服务业', place: '特色商业区（文旅融合片区东部）', measure: 5 },
  { name: '源汇区特色文化旅游示范园区建设项目', domain: '服务业', place: '源汇新区（文旅融合片区西部）', measure: 5 },
];

export const COMPANY_WORDS = [
  '恒达',
  '金汇',
  '华丰',
  '鑫源',
  '中原',
  '沙澧',
  '瑞祥',
  '宏昌',
  '天润',
  '豫丰',
  '盛世',
  '佳美',
  '银鸽',
  '广瑞',
  '新科',
  '顺发',
  '聚能',
  '嘉禾',
  '同创',
  '博远',
];
export const COMPANY_TAILS = [
  '科技有限公司',
  '食品有限公司',
  '实业有限公司',
  '新材料有限公司',
  '电子科技有限公司',
  '医疗器械有限公司',
  '智能装备有限公司',
  '置业有限公司',
];

/** Project name stems by domain; the generator adds an owner word and a scale. */
export const PROJECT_STEMS: Record<Domain, string[]> = {
  工业: [
    '休闲食品生产线建设项目',
    '肉制品深加工项目',
    '医用敷料生产项目',
    '电子元器件生产项目',
    '高分子新材料项目',
    '智能装备制造项目',
    '纸制品包装生产项目',
    '功能性饮品生产项目',
    '精密模具生产项目',
    '新能源电池配件项目',
    '预制菜加工项目',
    '医用耗材扩建项目',
    '数控机床零部件项目',
    '绿色建材生产项目',
  ],
  服务业: [
    '冷链物流园项目',
    '电商产业园项目',
    '商贸综合体项目',
    '农产品批发市场改造项目',
    '星级酒店建设项目',
    '城市配送中心项目',
    '汽车商贸城项目',
    '康养服务中心项目',
  ],
  城镇基础设施: [
    '老旧小区改造项目',
    '城中村改造安置房项目',
    '雨污分流改造工程',
    '供水管网改造工程',
    '背街小巷提升工程',
    '城市道路改造提升工程',
    '停车场建设项目',
    '保交楼续建项目',
  ],
  社会事业: [
    '中学新建项目',
    '小学扩建项目',
    '乡镇卫生院改扩建项目',
    '养老服务中心建设项目',
    '全民健身中心项目',
    '公办幼儿园建设项目',
    '社区服务中心项目',
  ],
  交通: ['农村公路提质改造工程', '干线公路改建工程', '跨河桥梁建设工程', '公交场站建设项目', '客运站改造项目'],
  能源: ['分布式光伏发电项目', '天然气管网延伸工程', '电动汽车充电站项目', '110千伏变电站项目', '储能电站项目'],
  生态环保: [
    '沙澧河生态修复工程',
    '污水处理厂提标改造项目',
    '黑臭水体综合整治工程',
    '垃圾中转站建设项目',
    '湿地公园建设项目',
  ],
  农林水利: [
    '高标准农田建设项目',
    '灌区续建配套与节水改造项目',
    '农产品仓储保鲜冷链设施项目',
    '乡村振兴示范村建设项目',
    '河道综合治理工程',
  ],
  新基建: ['5G基站建设项目', '城市大数据中心项目', '智慧城市运营中心项目', '工业互联网平台项目', '智慧停车系统项目'],
};

/** Lead units as the ledgers write them by domain (aliases included on purpose: the fill command normalises them). */
export const LEAD_BY_DOMAIN: Record<Domain, string[]> = {
  工业: ['区工信局', '区工业和信息化局', '区工信局'],
  服务业: ['区发展改革委', '区发改委'],
  城镇基础设施: ['区发展改革委', '区住建局'],
  社会事业: ['区发展改革委', '区发改委'],
  交通: ['区发展改革委'],
  能源: ['区发展改革委'],
  生态环保: ['区发展改革委'],
  农林水利: ['区发展改革委', '区发展和改革委员会'],
  新基建: ['区发展改革委'],
};

export const NATURES = ['新建', '新建', '续建', '续建', '扩建', '改建'];
export const STAGES = ['开工一批', '开工一批', '投产一批', '签约一批', '在建'];
export const LEADERS = ['王建华', '李红梅', '张志强', '刘国庆', '陈晓东', '赵明', '孙丽娟', '周海涛'];
export const PROGRESS = [
  '主体施工中',
  '厂房主体已封顶',
  '设备安装调试中',
  '已完成土地组卷',
  '基础施工',
  '内部装修',
  '部分投产',
  '正在办理施工许可',
];
export const PROBLEMS = ['土地手续尚未完成', '资金缺口较大', '电力增容待协调', '环评审批中', '', '', '', '', '', ''];
export const CHANNELS = [
  '中央预算内投资',
  '专项债券',
  '政策性开发性金融工具',
  '制造业中长期贷款',
  '设备购置与更新改造贴息',
];
export const PREP = ['已完成可研', '可研编制中', '已完成项目建议书', '已完成备案', '用地预审中', '初步谋划'];
