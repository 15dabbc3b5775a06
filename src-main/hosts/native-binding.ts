import { existsSync } from 'node:fs';
import { join } from 'node:path';

/**
 * better-sqlite3 is a native addon: Node and Electron need different builds (different ABIs).
 * The Node build stays where npm put it (node_modules/better-sqlite3/build); the Electron build
 * is made by scripts/build-native-electron.mjs into .native/electron-<abi>/ and chosen here via
 * better-sqlite3's `nativeBinding` option, so neither runtime ever needs a manual rebuild.
 */
export function electronNativeBindingPath(root: string, abi: string = process.versions.modules): string {
  return join(root, '.native', `electron-${abi}`, 'better_sqlite3.node');
}

export function electronNativeBinding(root: string): string | undefined {
  const file = electronNativeBindingPath(root);
  return existsSync(file) ? file : undefined;
}
