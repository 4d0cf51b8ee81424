/** Usage text, Chinese first. */
import type { Lang } from './io';

const ZH = `台账助手 taizhang — 台账校验、责任单位填充、投资目标汇总（源政办〔2023〕5号）

用法：
  taizhang validate 文件.xlsx... [--sheet 工作表] [--policy 政策包.json] [--json] [--out 标注副本.xlsx]
      校验台账。退出码：0 无错误，1 发现错误，2 文件无法读取或参数有误。
  taizhang fill 文件.xlsx --out 输出.xlsx [--overwrite] [--normalise] [--json]
      按政策填充牵头/配合责任单位（写入新文件，原文件不改动）。
  taizhang summary 文件.xlsx... --out 汇总.xlsx [--as-of YYYY-MM-DD] [--previous 上期.xlsx] [--json]
      汇总多个台账，计算目标进度与序时进度，写出带公式的汇总表。有未计入的数字（缺列、公式没有计算结果、错误值）时逐条列出，退出码为 1。
      输出工作簿中保存本期项目台账的快照，供下周台账周报比较；--previous 同时写出与上期文件比较的“台账周报”（累计数减少时退出码为 1）。
  taizhang compare 上期.xlsx 本期.xlsx [更多.xlsx...] [--out 周报.xlsx] [--json]
  taizhang compare 台账.xlsx --sheets 10月20日,10月27日 [--out 周报.xlsx]
  taizhang compare 本期.xlsx [--sheet 工作表] [--out 周报.xlsx] [--json]
      台账周报：比较两期（或多期）项目台账，列出本期新增完成、新增/减少/改名项目、累计数减少、计划调整、连续无进展。
      只给一个文件时，与该工作簿中更早日期生成汇总时保存的快照比较（没有快照时退出码为 2）。
      退出码：累计完成投资减少时为 1。
  taizhang policy parse 政策文件.md [--json] [--out 政策包.json] [--base 政策包.json]
      从政策文本中识别措施、责任单位和目标；--out 写出政策包（新单位标为“新单位，请核对”），供 --policy 使用；
      --base 以另一个政策包的单位名录（同一文件时连同目标和规则）为底，默认是内置政策包。
  taizhang demo
      用自带样例演示以上全部功能，输出到 ./taizhang-demo/。

列对应（validate、fill、summary）：--map H=completed,J=stage 指定某列是哪个字段（ignore 为不使用）；
  --mapping 列对应.json 按工作表指定（{"工作表名": {"H": "completed"}}）。工作簿中保存的列对应也会采用。

通用选项：--lang en 英文输出；--json 只在标准输出打印一个 JSON 文档。`;

const EN = `Taizhang — ledger checks, lead-unit filling and target summaries (源政办〔2023〕5号)

Usage:
  taizhang validate FILE... [--sheet NAME] [--policy PACK.json] [--json] [--out MARKED.xlsx]
      Exit 0 when no errors, 1 when errors were found, 2 when input cannot be read or arguments are wrong.
  taizhang fill FILE --out OUT.xlsx [--overwrite] [--normalise] [--json]
  taizhang summary FILE... --out OUT.xlsx [--as-of YYYY-MM-DD] [--previous OLD.xlsx] [--json]
      Exit 1 when a figure could not be counted (missing column, formula without result, error value).
      Keeps a snapshot of the project ledger in OUT for next week; --previous adds the weekly report against OLD.
  taizhang compare OLD.xlsx NEW.xlsx [MORE.xlsx...] [--out REPORT.xlsx] [--json]
  taizhang compare BOOK.xlsx --sheets TAB1,TAB2 [--out REPORT.xlsx]
  taizhang compare NEW.xlsx [--sheet NAME]    against the snapshot kept in NEW at an earlier day's summary
      Week-over-week comparison of project ledgers; exit 1 when a cumulative figure fell.
  taizhang policy parse FILE [--json] [--out PACK.json] [--base PACK.json]   PACK.json is taken by --policy
  taizhang demo            runs everything on the bundled samples into ./taizhang-demo/

Column mapping (validate, fill, summary): --map H=completed,J=stage (ignore: leave out);
  --mapping MAP.json per sheet ({"Sheet": {"H": "completed"}}); a mapping stored in the workbook is used too.

Common options: --lang en (English), --json (one JSON document on stdout).`;

export function usage(lang: Lang): string {
  return lang === 'en' ? EN : ZH;
}
