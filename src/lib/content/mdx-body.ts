/**
 * Company bodies are written in .mdx files but rendered as Markdown at content
 * sync (src/data/markdown-bodies.ts), so 10,000 companies do not become 10,000
 * Vite modules. That is only honest while a body uses nothing MDX adds: no
 * import/export, no JSX tag, no {expression}. MDX itself refuses a bare `<`
 * or `{` in text, so a body this check passes reads the same either way.
 * Code (fenced blocks and `spans`) is skipped: MDX leaves it alone too.
 */

export interface MdxOnlySyntax {
  /** 1-based line in the body. */
  line: number;
  what: string;
}

const FENCE = /^ {0,3}(`{3,}|~{3,})/;
const ESM = /^(import|export)\s/;

/** Every use of a syntax that MDX reads differently from Markdown, in body order. */
export function mdxOnlySyntax(body: string): MdxOnlySyntax[] {
  const found: MdxOnlySyntax[] = [];
  let fence: string | undefined;
  body.split('\n').forEach((text, index) => {
    const line = index + 1;
    const marker = FENCE.exec(text)?.[1];
    if (fence) {
      if (marker && marker[0] === fence[0] && marker.length >= fence.length) fence = undefined;
      return;
    }
    if (marker) {
      fence = marker;
      return;
    }
    if (ESM.test(text)) found.push({ line, what: `an MDX ${text.startsWith('import') ? 'import' : 'export'}` });
    // Inline code may hold anything: blank it out before looking.
    const prose = text.replace(/(`+)[\s\S]*?\1/g, '');
    if (/</.test(prose)) found.push({ line, what: /<[A-Za-z/>]/.test(prose) ? 'a JSX or HTML tag' : 'a bare "<"' });
    if (/\{/.test(prose)) found.push({ line, what: 'an {expression}' });
  });
  return found;
}
