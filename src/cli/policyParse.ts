/**
 * `taizhang policy parse FILE [--json] [--out pack.json] [--base pack.json]`: reads a policy document (text /
 * Markdown) into measures and units, and with --out writes the 政策包 that `validate --policy` / `summary --policy`
 * take. --base builds over another pack (its unit directory; its targets and rules when it is the same document)
 * instead of the built-in one.
 */
import { promises as fs } from 'node:fs';
import { basename, dirname, extname, join, resolve } from 'node:path';
import {
  defaultPack,
  packFromPolicyText,
  PolicyTextError,
  type PackBase,
  type PackDraft,
  type PackNote,
} from '../core/policy';
import { docxText, isZip } from '../core/policy/docxText';
import { PolicyPackError } from '../core/policy/PolicyPackError';
import { flag, parseCommandArgs, stringOpt } from './args';
import { UsageError } from './errors';
import { t, type CliIO } from './io';
import { packFromFile } from './workbooks';

export type ParsedPolicyJson = PackDraft['parsed'];

export async function readPolicyText(path: string): Promise<string> {
  let bytes: Buffer;
  try {
    bytes = await fs.readFile(path);
  } catch {
    throw new UsageError(`找不到政策文件：${path}`, `Policy file not found: ${path}`);
  }
  // A .docx is a zip: its paragraphs and tables are read as text. Other zips, .doc, PDF: ask for a text copy.
  if (isZip(bytes)) {
    const text = docxText(bytes);
    if (text !== undefined) return text;
    throw new UsageError(
      `“${basename(path)}”是压缩包，但不是 Word 文档（.docx）；请提供政策的 .docx、.txt 或 .md 文件。`,
      `"${basename(path)}" is a zip but not a Word document (.docx).`,
    );
  }
  if (bytes.includes(0)) {
    throw new UsageError(
      `“${basename(path)}”不是文本文件或 .docx（旧版 .doc 和 PDF 读不了）；请把政策文件另存为 .docx、.txt 或 .md（UTF-8）。`,
      `"${basename(path)}" is not a text file or .docx; save it as .docx, .txt or .md first.`,
    );
  }
  return bytes.toString('utf8').replace(/^\uFEFF/, '');
}

/** 所属领域 and 资金渠道 of the pack made: what validation will accept and the totals break down by. */
function printValues(pack: PackDraft['pack'], io: CliIO): void {
  const names = (list: { name: string }[]) => list.map((v) => v.name).join('、');
  io.out(
    t(
      io,
      `所属领域 ${pack.domains.length} 个：${names(pack.domains)}`,
      `${pack.domains.length} domains: ${names(pack.domains)}`,
    ),
  );
  io.out(
    t(
      io,
      `资金渠道 ${pack.channels.length} 个：${names(pack.channels)}`,
      `${pack.channels.length} channels: ${names(pack.channels)}`,
    ),
  );
}

export function printPolicy(p: ParsedPolicyJson, notes: PackNote[], io: CliIO, pack?: PackDraft['pack']): void {
  io.out(`${p.document.title}`);
  io.out(
    t(
      io,
      `文号：${p.document.number || '—'}，日期：${p.document.date || '—'}`,
      `Number: ${p.document.number || '—'}  Date: ${p.document.date || '—'}`,
    ),
  );
  io.out(
    t(
      io,
      `措施 ${p.measures.length} 条，责任单位 ${p.units.length} 个。`,
      `${p.measures.length} measures, ${p.units.length} units.`,
    ),
  );
  if (pack) printValues(pack, io);
  for (const m of p.measures) {
    const targets = m.targets.map((g) => `${g.value}${g.unit}`).join('、');
    io.out(
      `  ${m.number}. ${t(io, '牵头', 'lead')}：${m.lead.join('、') || '—'}；${t(io, '配合', 'coop')}：${m.coop.join('、') || '—'}${targets ? t(io, `；目标：${targets}`, `; targets: ${targets}`) : ''}`,
    );
  }
  // New units are many in another district's text: one line naming them all, the other notes one per line.
  const fresh = notes.filter((n) => n.kind === 'new-unit').map((n) => n.unit ?? '');
  const other = notes.filter((n) => n.kind !== 'new-unit');
  if (fresh.length + other.length === 0) return;
  io.out(t(io, '请核对：', 'To check:'));
  if (fresh.length > 0)
    io.out(
      t(
        io,
        `  - 新单位 ${fresh.length} 个（已加入单位名录，类型按名称推测，标为“新单位，请核对”）：${fresh.join('、')}`,
        `  - ${fresh.length} new units (added to the directory with a guessed kind): ${fresh.join('、')}`,
      ),
    );
  for (const n of other) io.out(`  - ${t(io, n.zh, n.en)}`);
}

/** Writes through a temp file and a rename, never onto the policy text itself (compared by real path). */
async function writePack(out: string, input: string, json: string): Promise<void> {
  if (extname(out).toLowerCase() !== '.json')
    throw new UsageError(`政策包文件必须以 .json 结尾：${out}`, `The pack file must end in .json: ${out}`);
  const real = async (p: string): Promise<string> => (await fs.realpath(p).catch(() => resolve(p))).toLowerCase();
  if ((await real(out)) === (await real(input)))
    throw new UsageError(`输出文件不能是政策原文：${out}`, `The output must not be the policy text: ${out}`);
  const target = resolve(out);
  const tmp = join(dirname(target), `.${basename(target)}.${process.pid}.tmp`);
  try {
    await fs.mkdir(dirname(target), { recursive: true });
    await fs.writeFile(tmp, json, 'utf8');
    await fs.rename(tmp, target);
  } catch {
    await fs.rm(tmp, { force: true });
    throw new UsageError(`无法写入政策包文件：${out}`, `Cannot write the pack file: ${out}`);
  }
}

function draftOf(text: string, path: string, base: PackBase): PackDraft {
  try {
    return packFromPolicyText(text, base);
  } catch (e) {
    // An empty report with exit 0 reads as success; a text without measures is almost always the wrong file.
    if (e instanceof PolicyTextError)
      throw new UsageError(
        `“${basename(path)}”中没有识别出政策措施。${e.message.replace(/^文本中没有识别出政策措施。/, '')}`,
        `No measures found in "${basename(path)}". ${e.en}`,
      );
    if (e instanceof PolicyPackError)
      throw new UsageError(
        `由“${basename(path)}”生成的政策包有误：${e.message}`,
        `The pack made from "${basename(path)}" is invalid: ${e.message}`,
      );
    throw e;
  }
}

export async function policyCommand(argv: string[], io: CliIO): Promise<number> {
  const [sub, ...rest] = argv;
  if (sub !== 'parse')
    throw new UsageError(
      '用法：taizhang policy parse 政策文件.md [--json] [--out 政策包.json] [--base 政策包.json]',
      'Usage: taizhang policy parse FILE [--json] [--out PACK.json] [--base PACK.json]',
    );
  const p = parseCommandArgs('policy parse', rest, {
    json: { type: 'boolean' },
    out: { type: 'string' },
    base: { type: 'string' },
  });
  if (p.positionals.length !== 1)
    throw new UsageError('policy parse 需要且只需要一个政策文件。', 'policy parse takes exactly one file.');
  const path = p.positionals[0];
  const basePath = stringOpt(p, 'base');
  const loaded = basePath ? await packFromFile(basePath) : null;
  for (const n of loaded?.notes ?? []) io.err(n[io.lang]); // an older --base pack: its lists are the built-in ones
  const base = loaded?.pack ?? defaultPack();
  const draft = draftOf(await readPolicyText(path), path, base);
  const out = stringOpt(p, 'out');
  if (out) await writePack(out, path, JSON.stringify(draft.pack, null, 2) + '\n');
  const { domains, channels } = draft.pack;
  if (flag(p, 'json')) io.out(JSON.stringify({ ...draft.parsed, domains, channels, notes: draft.notes }, null, 2));
  else {
    printPolicy(draft.parsed, draft.notes, io, draft.pack);
    if (out)
      io.out(
        t(
          io,
          `已写入政策包：${out}（用 --policy ${out} 校验或汇总台账）`,
          `Pack written: ${out} (use --policy ${out})`,
        ),
      );
  }
  return 0;
}
