import type { CoreContext } from '../core/operations';
import type { FromCore, Pending, ServiceName, ToCore } from './core-channel';
import { dispatch, type Logger } from './dispatch';

/** Core-process side: dispatches calls on `ctx`, with host services that ask main over the channel. */
export function serveCore(
  ctx: CoreContext,
  post: (message: FromCore) => void,
  log?: Logger,
): (message: ToCore) => void {
  let next = 1;
  const waiting: Pending<string | Uint8Array | null> = new Map();
  const ask = (service: ServiceName, arg: string) =>
    new Promise<string | Uint8Array | null>((resolve, reject) => {
      const id = next++;
      waiting.set(id, { resolve, reject });
      post({ kind: 'service', id, service, arg });
    });
  ctx.host = {
    chooseSavePath: (name) => ask('chooseSavePath', name) as Promise<string | null>,
    printToPdf: (html) => ask('printToPdf', html) as Promise<Uint8Array>,
  };
  return (message) => {
    if (message.kind === 'call') {
      void dispatch(ctx, message.name, message.input, log).then((result) =>
        post({ kind: 'result', id: message.id, result }),
      );
      return;
    }
    const w = waiting.get(message.id);
    waiting.delete(message.id);
    if (!w) return;
    if (message.ok) w.resolve(message.value);
    else w.reject(new Error(message.message));
  };
}
