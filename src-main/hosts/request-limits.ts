import type { OperationName } from '../contract';
import type { ErrorCode } from '../result';

/**
 * Largest request body each operation may send, checked before anything is parsed so an
 * oversized request costs the host nothing. Most operations carry ids and short texts; only
 * imports (files as base64) and corrections (a whole article) are large.
 */
const DEFAULT_BODY_BYTES = 256 * 1024;
const BODY_BYTES: Partial<Record<OperationName, number>> = {
  'pages.import': 90 * 1024 * 1024,
  'bundle.import': 90 * 1024 * 1024,
  'article.correct': 4 * 1024 * 1024,
  'annotations.create': 1024 * 1024,
  'annotations.reattach': 1024 * 1024,
  'collections.reorder': 2 * 1024 * 1024,
  'tags.apply': 2 * 1024 * 1024,
  'tags.remove': 2 * 1024 * 1024,
  'tags.annotate': 2 * 1024 * 1024,
  'export.run': 2 * 1024 * 1024,
};

export function bodyLimit(name: string): number {
  return Object.prototype.hasOwnProperty.call(BODY_BYTES, name)
    ? (BODY_BYTES[name as OperationName] ?? DEFAULT_BODY_BYTES)
    : DEFAULT_BODY_BYTES;
}

/** HTTP status for a typed error: the body always carries the typed error, the status says whose fault. */
export function httpStatusFor(code: ErrorCode): number {
  switch (code) {
    case 'invalid-input':
    case 'bad-query':
      return 400;
    case 'unauthorized':
      return 401;
    case 'unknown-operation':
      return 404;
    case 'too-large':
      return 413;
    case 'internal':
      return 500;
    case 'archive-busy':
      return 503;
    case 'disk-full':
      return 507;
    default:
      // Expected outcomes of a valid request (not found, conflict, read-only …): the renderer shows them.
      return 200;
  }
}
