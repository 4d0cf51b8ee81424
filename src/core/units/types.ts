/** The unit directory's entries (a policy pack carries them: policy/ imports these, never the other way). */

export type UnitKind =
  | 'bureau' // 区直部门 (区发展改革委, 区工信局 ...)
  | 'city-branch' // 市直派驻 (市自然资源和规划局源汇分局, 市生态环境局源汇分局)
  | 'township' // 乡镇 (空冢郭镇)
  | 'street' // 街道
  | 'park' // 园区 / 功能区 (沙澧高新技术产业开发区, 源汇新区, 特色商业区)
  | 'company' // 国有平台公司 (区城发投)
  | 'court' // 区法院
  | 'command-centre' // 指挥部 / 办公室 of a campaign
  | 'collective'; // 各乡镇、街道 / 各乡镇办园区 / 区直各部门: kept as one name, never split into guesses

export interface UnitEntry {
  name: string; // canonical, as the document writes it
  kind: UnitKind;
  aliases: string[];
  /** For collectives: the unit kinds it stands for (informational, never used to split). */
  covers?: UnitKind[];
  /** Set on an entry the parser added for a name the directory did not know: 新单位，请核对. */
  review?: string;
}

/** How a typed unit name relates to the directory. */
export type UnitStatus = 'canonical' | 'alias' | 'collective' | 'unknown';

export interface UnitResolution {
  input: string;
  status: UnitStatus;
  /** The directory's name for it (absent for unknown names and for collectives the directory does not list). */
  canonical?: string;
  kind?: UnitKind;
  /** Nearest canonical names, best first (at most 3); filled for unknown names. */
  suggestions: string[];
}
