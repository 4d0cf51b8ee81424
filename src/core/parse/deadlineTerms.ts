/**
 * How clerks write a 完成时限 besides a date, as data: ongoing tasks (长期坚持), recurring ones (每季度), and
 * periods without a year (年底前, 3月份). Next year's wording changes these lists, not the parser.
 */

/** Ongoing: the task has no end date. */
export const ONGOING_TERMS = [
  '长期坚持',
  '持续推进',
  '长期',
  '持续',
  '长期推进',
  '持续开展',
  '常态化',
  '常态化推进',
  '常态化开展',
  '长期有效',
  '长期执行',
];

/** Recurring: the task is due every period. */
export const RECURRING_TERMS = [
  '每月',
  '每季度',
  '每季',
  '每年',
  '每半年',
  '每周',
  '每旬',
  '按月',
  '按季度',
  '按季',
  '按年',
  '逐月',
  '逐季度',
];

/** Periods of the current year, written without one. */
export const YEARLESS_TERMS = ['年底', '年底前', '年末', '年内', '年中', '年底完成', '上半年', '下半年', '全年'];

/** A year's end (2023年底, 2023年年底前, 2023年末): read as 31 December. */
export const YEAR_END_RE = /^(\d{4})\s*年\s*(?:年)?(?:底|末)前?$/;
/** A month's end (2023年6月底, 2023年6月末前): read as the month's last day. */
export const MONTH_END_RE = /^(\d{4})\s*年\s*(\d{1,2})\s*月\s*(?:底|末)前?$/;
/** A month without a year (3月份, 6月底前, 9月): accepted as written. */
export const YEARLESS_MONTH_RE = /^(\d{1,2})\s*月(?:份|底|末|中旬|上旬|下旬)?前?$/;
