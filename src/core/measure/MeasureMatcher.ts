/**
 * Matches one task of a measure task ledger to a policy measure: by number when the row gives one,
 * else by text similarity (textSimilarity.ts).
 *
 * When a number and the text disagree: a number the clerk wrote on purpose (the 措施编号 column, or "12." leading
 * the text) is trusted unless the text clearly belongs to another measure and hardly resembles the numbered one;
 * then nothing is proposed and both are shown, because filling the wrong bureau into a government ledger does
 * more harm than a blank the clerk fills by hand. A 序号 is often just a row counter, so it is only a hint:
 * used when the text agrees with it or says nothing clear, overruled by a clear text match.
 */
import type { Measure } from '../policy/types';
import { leadingMeasureNumber } from './measureNumber';
import { TextIndex, type SimilarityScore } from './textSimilarity';

/** Tuned on test/assign: clerks' rewordings of the 26 measures score 0.69 and up, unrelated tasks 0.24 and below. */
export const DEFAULT_THRESHOLD = 0.3;
/** Below this, the numbered measure's text "hardly resembles" the task. */
const DISAGREE_BELOW = 0.15;
/** A text match this far above the numbered measure's score is "clearly another measure". */
const DISAGREE_MARGIN = 0.25;
/** Two measures closer than this are a tie. */
const TIE_MARGIN = 0.03;
/** A 序号 is believed when the task resembles its measure at least this much. */
const SEQ_AGREES = 0.2;

export type NumberSource = 'measure' | 'seq';

/** How a row's measure was found: its 措施编号 cell, a number leading its text, its 序号, or text similarity. */
export type MeasureMethod = 'column' | 'text-number' | 'seq' | 'text';

export interface MeasureQuery {
  text: string;
  /** From the 措施编号 column ('measure') or the 序号 column ('seq'). */
  number?: number;
  numberSource?: NumberSource;
}

export type MeasureMatchResult =
  | { kind: 'match'; measure: Measure; score: number; method: MeasureMethod }
  | { kind: 'miss'; reason: string; best?: { measure: number; score: number } };

type Ranked = { key: number; sim: SimilarityScore }[];

const fmt = (x: number): string => x.toFixed(2);

export class MeasureMatcher {
  private readonly index: TextIndex<number>;
  private readonly byNumber = new Map<number, Measure>();

  constructor(
    measures: Measure[],
    readonly threshold = DEFAULT_THRESHOLD,
  ) {
    for (const m of measures) this.byNumber.set(m.number, m);
    this.index = new TextIndex(measures.map((m) => ({ key: m.number, text: m.text })));
  }

  match(q: MeasureQuery): MeasureMatchResult {
    const lead = leadingMeasureNumber(q.text);
    const text = lead ? lead.rest : q.text;
    // The 措施编号 column wins over a number in the text; a number in the text wins over 序号.
    const fromColumn = q.numberSource === 'measure' && q.number !== undefined;
    const number = fromColumn ? q.number : (lead?.number ?? q.number);
    const method: MeasureMethod = fromColumn ? 'column' : lead ? 'text-number' : 'seq';
    const ranked = this.index.rank(text);
    const hasText = ranked[0] !== undefined && (ranked[0].sim.score > 0 || text.trim().length > 0);

    // Only a number written on purpose is worth a word; a 序号 beyond the last measure is just a row counter.
    const known = number !== undefined && this.byNumber.has(number);
    const unknownNote = number !== undefined && !known && method !== 'seq' ? `；所填编号${number}在政策中没有` : '';
    if (known) {
      const byNumber = this.byNumber.get(number as number) as Measure;
      const decided = this.byNumberOrText(byNumber, method, ranked, hasText);
      if (decided) return decided;
    }
    return this.byText(ranked, unknownNote);
  }

  /** The numbered measure, unless the text clearly says otherwise; undefined leaves it to the text. */
  private byNumberOrText(
    m: Measure,
    method: MeasureMethod,
    ranked: Ranked,
    hasText: boolean,
  ): MeasureMatchResult | undefined {
    const best = ranked[0];
    const sn = ranked.find((r) => r.key === m.number)?.sim.score ?? 0;
    const clearlyOther =
      hasText &&
      best.key !== m.number &&
      best.sim.score >= this.threshold &&
      sn < DISAGREE_BELOW &&
      best.sim.score - sn >= DISAGREE_MARGIN;
    if (method !== 'seq') {
      if (!clearlyOther) return { kind: 'match', measure: m, score: 1, method };
      return {
        kind: 'miss',
        reason: `编号与内容不符：编号为措施${m.number}，内容更接近措施${best.key}（相似度${fmt(best.sim.score)}，与措施${m.number}仅${fmt(sn)}），请核对后再填`,
        best: { measure: best.key, score: best.sim.score },
      };
    }
    // 序号: a hint only.
    if (!clearlyOther && (sn >= SEQ_AGREES || !hasText || best.key === m.number))
      return { kind: 'match', measure: m, score: 1, method };
    return undefined;
  }

  private byText(ranked: Ranked, unknownNote: string): MeasureMatchResult {
    const [best, second] = ranked;
    if (!best || best.sim.score < this.threshold) {
      const reason = best
        ? `内容与各条措施都不够相近（最接近措施${best.key}，相似度${fmt(best.sim.score)}，低于${fmt(this.threshold)}），未填写${unknownNote}`
        : `没有可比对的措施${unknownNote}`;
      return { kind: 'miss', reason, best: best ? { measure: best.key, score: best.sim.score } : undefined };
    }
    const bm = this.byNumber.get(best.key) as Measure;
    // A tie between measures with the same units changes nothing; otherwise the clerk must choose.
    if (
      second &&
      best.sim.score - second.sim.score < TIE_MARGIN &&
      !sameAssignment(bm, this.byNumber.get(second.key) as Measure)
    ) {
      return {
        kind: 'miss',
        reason: `内容同样接近措施${best.key}（${fmt(best.sim.score)}）和措施${second.key}（${fmt(second.sim.score)}），两者责任单位不同，未填写`,
        best: { measure: best.key, score: best.sim.score },
      };
    }
    return { kind: 'match', measure: bm, score: best.sim.score, method: 'text' };
  }
}

function sameAssignment(a: Measure, b: Measure): boolean {
  return a.lead.join('、') === b.lead.join('、') && a.coop.join('、') === b.coop.join('、');
}
