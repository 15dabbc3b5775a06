import { createHash } from 'node:crypto';

/** Jianbao's own namespace for name-based UUIDs (a fixed random v4 UUID). */
const NAMESPACE = Buffer.from('6f0d7f52c1a94e5b9a7d1c3e8b2f4a61', 'hex');

/**
 * RFC 9562 version-5 UUID of `name`: the same name gives the same UUID in every archive. Used for
 * things derived from other identities (an article's tag annotation, an export's collection), which
 * have no row of their own to carry a random UUID.
 */
export function nameUuid(name: string): string {
  const hash = createHash('sha1').update(NAMESPACE).update(name, 'utf8').digest();
  hash[6] = (hash[6]! & 0x0f) | 0x50;
  hash[8] = (hash[8]! & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
