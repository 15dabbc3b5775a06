/**
 * Tag names are paths: `经济/长三角/上海`. The hierarchy lives only in the name, so a parent's
 * collection is a name-range query and renaming a parent is a prefix rewrite.
 */
export const TAG_SEPARATOR = '/';

/** Trims every segment and collapses inner whitespace; null when a segment is empty (`经济//x`, `/x`). */
export function normalizeTagName(raw: string): string | null {
  const segments = raw.split(TAG_SEPARATOR).map((s) => s.trim().replace(/\s+/g, ' '));
  if (segments.some((s) => s.length === 0)) return null;
  return segments.join(TAG_SEPARATOR);
}

/** `经济/长三角/上海` → `['经济', '经济/长三角']`: parents created along with a child. */
export function ancestorNames(name: string): string[] {
  const segments = name.split(TAG_SEPARATOR);
  return segments.slice(0, -1).map((_, i) => segments.slice(0, i + 1).join(TAG_SEPARATOR));
}

export function isInSubtree(name: string, root: string): boolean {
  return name === root || name.startsWith(root + TAG_SEPARATOR);
}

/**
 * Bounds of the descendants of `root` under BINARY collation: every `root/…` sorts at or after
 * `root/` and before `root0` ('0' follows '/' in ASCII), so the query can use the UNIQUE index.
 */
export function descendantRange(root: string): [string, string] {
  return [root + TAG_SEPARATOR, root + '0'];
}

/** Muted newsroom colours; a whole family shares its top-level colour so the sidebar reads at a glance. */
const PALETTE = ['#b03a2e', '#1f618d', '#117a65', '#9a7d0a', '#6c3483', '#a04000', '#2e4053', '#7b7d7d'];

export function defaultTagColor(name: string): string {
  const top = name.split(TAG_SEPARATOR)[0] ?? name;
  let h = 0;
  for (const ch of top) h = (h * 31 + (ch.codePointAt(0) ?? 0)) >>> 0;
  return PALETTE[h % PALETTE.length] ?? '#7b7d7d';
}
