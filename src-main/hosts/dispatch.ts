import { contract, isOperationName, type OperationName, type Output } from '../contract';
import { operations, type CoreContext } from '../core/operations';
import type { AppError, Result } from '../result';
import { storageError } from '../core/db/storage-error';
import { inputProblem } from './well-formed-input';

export type Logger = (message: string, error?: unknown) => void;

const defaultLogger: Logger = (message, error) => console.error(`[jianbao] ${message}`, error ?? '');

/**
 * The single door every host goes through: unknown name → error, input validated by the
 * contract's schema, core called, result validated, thrown bugs logged and returned as
 * `internal` so no stack trace ever reaches a window or an HTTP client.
 */
export async function dispatch(
  ctx: CoreContext,
  name: string,
  rawInput: unknown,
  log: Logger = defaultLogger,
): Promise<Result<unknown>> {
  if (!isOperationName(name))
    return { ok: false, error: { code: 'unknown-operation', detail: name.slice(0, 80) } };
  const problem = inputProblem(rawInput);
  if (problem !== null) return { ok: false, error: { code: 'invalid-input', issues: [problem] } };
  const parsed = contract[name].input.safeParse(rawInput ?? {});
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message }));
    return { ok: false, error: { code: 'invalid-input', issues } };
  }
  try {
    const run = operations[name] as (
      c: CoreContext,
      i: unknown,
    ) => Result<unknown> | Promise<Result<unknown>>;
    const result = await run(ctx, parsed.data);
    if (!result.ok) return result;
    const checked = contract[name].result.safeParse(result.value);
    if (!checked.success) {
      log(`result of ${name} does not match the contract`, checked.error);
      return internal();
    }
    return { ok: true, value: checked.data };
  } catch (e) {
    // A full disk, a read-only or damaged archive is the machine's state, not a bug: say which.
    const storage = storageError(e);
    if (storage) return { ok: false, error: storage };
    log(`operation ${name} failed`, e);
    return internal();
  }
}

const internal = (): { ok: false; error: AppError } => ({ ok: false, error: { code: 'internal' } });

/** Typed convenience for hosts that call operations themselves (CLI). */
export async function call<N extends OperationName>(
  ctx: CoreContext,
  name: N,
  input: unknown,
  log?: Logger,
): Promise<Result<Output<N>>> {
  return (await dispatch(ctx, name, input, log)) as Result<Output<N>>;
}
