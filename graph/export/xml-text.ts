// Text hygiene shared by the XML exporters (GEXF, GraphML): characters XML 1.0 forbids,
// escaping for hand-written markup. Strings in, strings out; no XML parsing here.

/** Control characters and non-characters that XML 1.0 does not allow anywhere. */
const INVALID_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Every character INVALID_XML can match (surrogates whether paired or not): a cheap first look. */
const MAYBE_INVALID = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uD800-\uDFFF\uFFFE\uFFFF]/;

/** Remove characters XML 1.0 cannot carry (they would make the whole file unreadable). */
export function xmlSafe(text: string): string {
  return MAYBE_INVALID.test(text) ? text.replace(INVALID_XML, '') : text;
}

/** Escape text for an element body or a double-quoted attribute value. */
export function escapeXml(text: string): string {
  return xmlSafe(text)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/\t/g, '&#x9;')
    .replace(/\n/g, '&#xA;')
    .replace(/\r/g, '&#xD;');
}
