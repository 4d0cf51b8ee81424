import { guessUnitKind } from '../units/guessUnitKind';
import { UnitDirectory } from '../units/UnitDirectory';
import { readBlocks, type Block } from './text/blocks';
import { readDocumentInfo } from './text/documentInfo';
import { splitRunsOfItems } from './text/numbering';
import { paragraphsOf } from './text/paragraphs';
import { findResponsibility, type ReadingContext } from './text/responsibility';
import { readTaskTable } from './text/taskTable';
import { extractTargets } from './text/targets';
import { documentPrefixes } from './text/unitList';
import type { Measure, ParseNote, ParsedPolicy, UnitEntry } from './types';

export interface ParseOptions {
  /** A unit directory: names are then given as its canonical names, and its entries listed as the units. */
  units?: UnitEntry[];
}

/** A block whose units are already known (a table row). */
interface ReadBlock extends Block {
  units?: { lead: string[]; coop: string[] };
  extraTargets?: string;
}

/** 各项任务中列第一位的为牵头单位 / 排在首位的为牵头单位: the document's own rule for lists without 牵头. */
const FIRST_LISTED_LEADS = /(列|排)(在)?(首位|第一位|第一)(的|者)?(单位)?(为|是)牵头/;

/**
 * Reads a policy document into its document facts, its measures and the units they name, in the house styles
 * of issue #18: numbered 1. / 1、 / （一） / 一、 / 第一条 under headings, the attribution in brackets, in
 * separate 牵头单位： lines, or as a task table pasted as text. Items without a number get the one the sequence
 * implies, and `notes` says so.
 */
export function parsePolicyText(text: string, options: ParseOptions = {}): ParsedPolicy {
  const paragraphs = splitRunsOfItems(paragraphsOf(text));
  const ctx: ReadingContext = { prefixes: documentPrefixes(text), firstListedLeads: FIRST_LISTED_LEADS.test(text) };
  const { front, blocks } = tableBlocks(paragraphs, ctx) ?? readBlocks(paragraphs, ctx);
  const notes: ParseNote[] = [];
  const measures = numberMeasures(blocks, ctx, notes);
  const directory = options.units ? new UnitDirectory(options.units) : undefined;
  if (directory) {
    for (const m of measures) {
      m.lead = m.lead.map((n) => directory.canonicalOf(n));
      m.coop = m.coop.map((n) => directory.canonicalOf(n));
    }
  }
  return { document: readDocumentInfo(front), measures, units: unitsNamed(measures, directory), notes };
}

function tableBlocks(paragraphs: string[], ctx: ReadingContext): { front: string[]; blocks: ReadBlock[] } | undefined {
  const table = readTaskTable(paragraphs, ctx);
  if (!table) return undefined;
  return {
    front: paragraphs.slice(0, table.headerAt),
    blocks: table.rows.map((r) => ({
      ...(r.number ? { number: r.number } : {}),
      section: r.section,
      text: r.text,
      units: { lead: r.lead, coop: r.coop },
      extraTargets: r.deadline,
    })),
  };
}

/**
 * Gives unnumbered blocks their number: one with a responsibility clause, or one filling a gap in the
 * numbering, is the next measure; anything else (a closing remark) is not a measure. Numbers that restart
 * (（一） again under the next 一、) continue the sequence instead, so every measure has its own number.
 */
function numberMeasures(blocks: ReadBlock[], ctx: ReadingContext, notes: ParseNote[]): Measure[] {
  const measures: Measure[] = [];
  blocks.forEach((b, i) => {
    const resp = b.units ? undefined : findResponsibility(b.text, ctx);
    const prev = measures[measures.length - 1]?.number ?? 0;
    let number = b.number;
    if (number === undefined) {
      const nextNumbered = blocks.slice(i + 1).find((x) => x.number !== undefined)?.number;
      if (!resp && !b.units && nextNumbered !== prev + 2) return;
      number = prev + 1;
      notes.push({
        kind: 'number-inferred',
        measure: number,
        zh: `第 ${number} 条原文没有编号，按前后顺序记为第 ${number} 条，请核对`,
        en: `Item ${number} has no number in the text; numbered ${number} from the sequence`,
      });
    } else if (number <= prev) {
      notes.push({
        kind: 'renumbered',
        measure: prev + 1,
        zh: `原文第 ${number} 条与前面的编号重复，按顺序记为第 ${prev + 1} 条`,
        en: `Item ${number} repeats an earlier number; numbered ${prev + 1}`,
      });
      number = prev + 1;
    }
    const body = (resp ? b.text.slice(0, resp.start) : b.text).trim();
    const lead = b.units?.lead ?? resp?.lead ?? [];
    if (lead.length === 0)
      notes.push({
        kind: 'no-lead',
        measure: number,
        zh: `第 ${number} 条没有写明牵头单位，请补充`,
        en: `Item ${number} names no lead unit`,
      });
    measures.push({
      number,
      section: b.section,
      ...(b.subsection ? { subsection: b.subsection } : {}),
      text: body,
      lead,
      coop: b.units?.coop ?? resp?.coop ?? [],
      targets: [...extractTargets(body), ...extractTargets(b.extraTargets ?? '').filter((t) => /月/.test(t.unit))],
    });
  });
  return measures;
}

function unitsNamed(measures: Measure[], directory: UnitDirectory | undefined): UnitEntry[] {
  const seen = new Map<string, UnitEntry>();
  for (const m of measures) {
    for (const name of [...m.lead, ...m.coop]) {
      if (seen.has(name)) continue;
      const entry = directory?.lookup(name);
      seen.set(name, entry ?? { name, kind: guessUnitKind(name), aliases: [] });
    }
  }
  return [...seen.values()];
}
