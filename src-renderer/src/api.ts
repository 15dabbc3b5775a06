/**
 * The renderer's only way to the archive. In Electron the preload bridge carries calls over IPC;
 * in the browser host the same calls go to POST /api/<name> (the cookie set at start authorises
 * them). Either way the caller gets a typed Result, never an exception for an expected failure.
 */
import type { Input, OperationName, Output } from '../../src-main/contract';
import type { Bridge } from '../../src-main/hosts/bridge';
import type { Result } from '../../src-main/result';

declare global {
  interface Window {
    jianbao?: Bridge;
  }
}

export async function call<N extends OperationName>(name: N, input: Input<N>): Promise<Result<Output<N>>> {
  const bridge = window.jianbao;
  if (bridge) return (await bridge.invoke(name, input)) as Result<Output<N>>;
  let response: Response;
  try {
    response = await fetch(`api/${name}`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify(input),
      credentials: 'same-origin',
    });
  } catch {
    return { ok: false, error: { code: 'io-failed', detail: 'network' } };
  }
  try {
    return (await response.json()) as Result<Output<N>>;
  } catch {
    return { ok: false, error: { code: response.status === 401 ? 'unauthorized' : 'internal' } };
  }
}
