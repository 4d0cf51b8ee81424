import type { CoreApi } from './coreApi';

/** Loads the core lazily (webpack puts it in its own chunk). */
export function loadCore(): Promise<CoreApi> {
  return import(/* webpackChunkName: "core" */ './coreBundle').then((m) => m.core);
}
