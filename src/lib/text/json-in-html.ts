/**
 * JSON safe to put inside a <script> data block (application/json, application/ld+json).
 * "<" is written as \u003c so no value can close the element ("</script>") or open a
 * comment, and U+2028/U+2029 are escaped for older script parsers; any JSON parser
 * reads the text back as the same value.
 */
export function jsonForScript(value: unknown): string {
  return JSON.stringify(value).replace(/</g, '\\u003c').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029');
}
