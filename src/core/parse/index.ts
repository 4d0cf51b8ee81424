export { parseCell, defaultSplitUnits, type ParseContext } from './parseCell';
export { parseAmount, amountFromNumber, TO_WAN } from './amount';
export { dateFromNumber, dateFromSerial, dateFromText, compareDates, formatDate, isValidDate } from './date';
export { parseTextNumber } from './number';
export { parseEnum } from './enumValue';
export { parseMeasureNumbers } from './measureNumber';
export { halfWidth, isEmptyText, displayValue } from './text';
export { NO_PROBLEMS } from './problems';
export * from './types';
