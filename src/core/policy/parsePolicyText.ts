import { guessUnitKind } from '../units/guessUnitKind';
import { UnitDirectory } from '../units/UnitDirectory';
import { readDocumentInfo } from './text/documentInfo';
import { classifyParagraph } from './text/headings';
import { paragraphsOf } from './text/paragraphs';
import { findResponsibility } from './text/responsibility';
import { extractTargets } from './text/targets';
import type { Measure, ParsedPolicy, UnitEntry } from './types';

export interface ParseOptions {
  /** A unit directory: names are then given as its canonical names, and its entries listed as the units. */
  units?: UnitEntry[];
}

/** A run of paragraphs that makes up one measure (a page break splits a measure into several paragraphs). */
interface Block {
  number?: number;
  section: string;
  subsection?: string;
  text: string;
}

/**
 * Reads a policy document (源政办〔2023〕5号 and later ones in the same style) into its document facts, its
 * measures and the units they name. Page breaks split sentences, so a paragraph continues the measure before
 * it until that measure's （牵头责任单位：…） clause has closed; a paragraph after a closed measure with no
 * number of its own is the next measure (measure 12 lost its number in the 2023 text).
 */
export function parsePolicyText(text: string, options: ParseOptions = {}): ParsedPolicy {
  const paragraphs = paragraphsOf(text);
  const front: string[] = [];
  const blocks: Block[] = [];
  let section = '';
  let subsection: string | undefined;
  let started = false;
  let open: Block | undefined; // the block whose clause has not closed yet

  for (const p of paragraphs) {
    const c = classifyParagraph(p);
    if (c.kind === 'section' || c.kind === 'subsection') {
      started = true;
      if (c.kind === 'section') {
        section = c.title;
        subsection = undefined;
      } else subsection = c.title;
      open = undefined;
      continue;
    }
    if (!started && c.kind !== 'measure') {
      front.push(p);
      continue;
    }
    started = true;
    if (c.kind === 'measure') {
      open = { number: c.number, section, subsection, text: c.rest };
      blocks.push(open);
    } else if (open) {
      open.text += p; // a page break inside a sentence: join without a gap
    } else {
      open = { section, subsection, text: p };
      blocks.push(open);
    }
    if (findResponsibility(open.text)?.closed) open = undefined;
  }

  const measures = numberMeasures(blocks);
  const directory = options.units ? new UnitDirectory(options.units) : undefined;
  if (directory) {
    for (const m of measures) {
      m.lead = m.lead.map((n) => directory.canonicalOf(n));
      m.coop = m.coop.map((n) => directory.canonicalOf(n));
    }
  }
  return { document: readDocumentInfo(front), measures, units: unitsNamed(measures, directory) };
}

/**
 * Gives unnumbered blocks their number: one with a responsibility clause, or one filling a gap in the
 * numbering, is the next measure; anything else (a closing remark) is not a measure.
 */
function numberMeasures(blocks: Block[]): Measure[] {
  const measures: Measure[] = [];
  blocks.forEach((b, i) => {
    const resp = findResponsibility(b.text);
    const prev = measures[measures.length - 1]?.number ?? 0;
    let number = b.number;
    if (number === undefined) {
      const nextNumbered = blocks.slice(i + 1).find((x) => x.number !== undefined)?.number;
      if (!resp && nextNumbered !== prev + 2) return;
      number = prev + 1;
    }
    const body = (resp ? b.text.slice(0, resp.start) : b.text).trim();
    measures.push({
      number,
      section: b.section,
      ...(b.subsection ? { subsection: b.subsection } : {}),
      text: body,
      lead: resp?.lead ?? [],
      coop: resp?.coop ?? [],
      targets: extractTargets(body),
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
