import type { StyleSpec } from './spec';
export const LATE_STYLES: StyleSpec[] = [];
