export * from './types';
export {
  compareLedgers,
  compareSeries,
  compareVersions,
  type LedgerVersion,
  type CompareOptions,
} from './compareLedgers';
export {
  takeSnapshot,
  snapshotProjects,
  SNAPSHOT_VERSION,
  SNAPSHOT_VERSIONS,
  type LedgerSnapshot,
  type LedgerSnapshotV1,
  type LedgerSnapshotV2,
} from './snapshot';
export { matchProjects } from './matchProjects';
export { projectVersions } from './projects';
export { COMPARE_FINDINGS } from './findings';
export { shelveSnapshot, snapshotsOf, previousSnapshot, SNAPSHOTS_KEPT, type SnapshotShelf } from './snapshotStore';
export {
  fitSettings,
  isSnapshot,
  keepSnapshots,
  readShelf,
  utf8Bytes,
  SETTINGS_BUDGET_BYTES,
  type FittedSettings,
  type KeptSnapshots,
  type ReadShelf,
} from './snapshotBudget';
export { snapshotsAtSummary, localIsoTime, localDay } from './atSummary';
