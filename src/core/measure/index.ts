/**
 * Policy measures as ledgers cite them: which measure a row is about (measureOfRow), measure numbers as clerks
 * write them, text similarity to the measures' texts, and a measure's short title for reasons.
 */
export { measureOfRow, RowMeasureReader, type RowMeasure } from './measureOfRow';
export { DEFAULT_THRESHOLD, MeasureMatcher, type MeasureMethod, type MeasureMatchResult } from './MeasureMatcher';
export { leadingMeasureNumber, measureNumberFromCell } from './measureNumber';
export { measureLabel, measureTitle } from './measureTitle';
export { TextIndex } from './textSimilarity';
