export * from './types';
export {
  compareLedgers,
  compareSeries,
  compareVersions,
  type LedgerVersion,
  type CompareOptions,
} from './compareLedgers';
export { takeSnapshot, snapshotProjects, SNAPSHOT_VERSION, type LedgerSnapshot } from './snapshot';
export { matchProjects } from './matchProjects';
export { projectVersions } from './projects';
export { COMPARE_FINDINGS } from './findings';
export { shelveSnapshot, snapshotsOf, previousSnapshot, SNAPSHOTS_KEPT, type SnapshotShelf } from './snapshotStore';
