/** `taizhang policy parse FILE [--json]`: reads a policy document (text / Markdown) into measures and units. */
import { promises as fs } from 'node:fs';
import { basename } from 'node:path';
import { parsePolicyText } from '../core/policy';
import { flag, parseCommandArgs } from './args';
import { UsageError } from './errors';
import { t, type CliIO } from './io';

export type ParsedPolicyJson = ReturnType<typeof parsePolicyText>;

export async function readPolicyText(path: string): Promise<string> {
  let bytes: Buffer;
  try {
    bytes = await fs.readFile(path);
  } catch {
    throw new UsageError(`找不到政策文件：${path}`, `Policy file not found: ${path}`);
  }
  // Word / PDF / workbooks are zip or binary; this command reads the document as text (.md / .txt).
  if (bytes.includes(0)) {
    throw new UsageError(`“${basename(path)}”不是文本文件；请先把政策文件另存为 .txt 或 .md（UTF-8）。`, `"${basename(path)}" is not a text file; save it as .txt or .md first.`);
  }
  return bytes.toString('utf8').replace(/^\uFEFF/, '');
}

export function printPolicy(p: ParsedPolicyJson, io: CliIO): void {
  io.out(`${p.document.title}`);
  io.out(t(io, `文号：${p.document.number}，日期：${p.document.date}`, `Number: ${p.document.number}  Date: ${p.document.date}`));
  io.out(t(io, `措施 ${p.measures.length} 条，责任单位 ${p.units.length} 个。`, `${p.measures.length} measures, ${p.units.length} units.`));
  for (const m of p.measures) {
    const targets = m.targets.map((g) => `${g.value}${g.unit}`).join('、');
    io.out(`  ${m.number}. ${t(io, '牵头', 'lead')}：${m.lead.join('、') || '—'}；${t(io, '配合', 'coop')}：${m.coop.join('、') || '—'}${targets ? t(io, `；目标：${targets}`, `; targets: ${targets}`) : ''}`);
  }
}

export async function policyCommand(argv: string[], io: CliIO): Promise<number> {
  const [sub, ...rest] = argv;
  if (sub !== 'parse') throw new UsageError('用法：taizhang policy parse 政策文件.md [--json]', 'Usage: taizhang policy parse FILE [--json]');
  const p = parseCommandArgs('policy parse', rest, { json: { type: 'boolean' } });
  if (p.positionals.length !== 1) throw new UsageError('policy parse 需要且只需要一个政策文件。', 'policy parse takes exactly one file.');
  const path = p.positionals[0];
  const parsed = parsePolicyText(await readPolicyText(path));
  // An empty report with exit 0 reads as success; a text without measures is almost always the wrong file.
  if (parsed.measures.length === 0) {
    throw new UsageError(
      `“${basename(path)}”中没有识别出政策措施。措施应是编号段落，如“1. ……（牵头责任单位：区发展改革委；配合责任单位：……）”；请确认这是政策正文（.md 或 .txt）。`,
      `No measures found in "${basename(path)}": expected numbered paragraphs such as "1. …（牵头责任单位：…；配合责任单位：…）".`,
    );
  }
  if (flag(p, 'json')) io.out(JSON.stringify(parsed, null, 2));
  else printPolicy(parsed, io);
  return 0;
}
