import type { OperationName } from '../contract';
import type { Result } from '../result';

/** The one IPC channel; the operation name travels as the first argument. */
export const IPC_CHANNEL = 'jianbao:invoke';

/** What the preload puts on `window.jianbao`; the renderer's api.ts is its only user. */
export interface Bridge {
  invoke: (name: OperationName, input: unknown) => Promise<Result<unknown>>;
}
