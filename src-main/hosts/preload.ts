/**
 * The whole surface the window gets: one function, `invoke(name, input)`, for the contract's
 * operation names only. Runs sandboxed (CommonJS bundle, no Node APIs), so it stays tiny; main
 * validates every payload again, because a compromised renderer could call ipcRenderer directly.
 */
import { contextBridge, ipcRenderer } from 'electron';
import { operationNames, type OperationName } from '../contract';
import { IPC_CHANNEL, type Bridge } from './bridge';

const known = new Set<string>(operationNames);

const bridge: Bridge = {
  invoke: (name: OperationName, input: unknown) => {
    if (!known.has(name)) return Promise.resolve({ ok: false, error: { code: 'unknown-operation' } });
    return ipcRenderer.invoke(IPC_CHANNEL, name, input);
  },
};

contextBridge.exposeInMainWorld('jianbao', bridge);
