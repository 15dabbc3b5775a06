/**
 * Code points XML 1.0 forbids (C0 controls but tab/LF/CR, lone surrogates, U+FFFE, U+FFFF). Word
 * refuses a DOCX whose XML holds one ("unreadable content"), EPUB readers refuse the chapter and
 * XHTML parsers stop. Newspaper text can carry them from a broken encoding or a pasted bundle.
 */
const XML_INVALID =
  // eslint-disable-next-line no-control-regex
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Replaces XML-invalid code points with U+FFFD, so the reader sees where something was. */
export const xmlSafe = (s: string): string => s.replace(XML_INVALID, '\uFFFD');

/** Escaped XML text or attribute value. */
export const escapeXml = (s: string): string =>
  xmlSafe(s).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
