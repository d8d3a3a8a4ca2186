import MarkdownIt from 'markdown-it';
import type { FieldError } from '../../platform/http/errors';

/**
 * The site's texts are Markdown, rendered by markdown-it with raw HTML off: whatever is typed, the HTML that
 * leaves the server is markdown-it's own (text escaped, links through its `validateLink`, which refuses
 * javascript:, vbscript:, file: and non-image data: addresses). Nothing rendered is stored; what is stored is
 * the Markdown, checked on the way in: HTML tags and script addresses are refused with a clear message rather
 * than silently shown as text, and every image needs its alternative text.
 */
const md = new MarkdownIt({ html: false, linkify: true, typographer: false });

// External links open normally but carry no referrer and no opener.
const defaultLink = md.renderer.rules.link_open ?? ((tokens, idx, options, _env, self) => self.renderToken(tokens, idx, options));
md.renderer.rules.link_open = (tokens, idx, options, env, self) => {
  const href = tokens[idx].attrGet('href') ?? '';
  if (/^https?:\/\//i.test(href)) tokens[idx].attrSet('rel', 'noopener noreferrer');
  return defaultLink(tokens, idx, options, env, self);
};

export const renderMarkdown = (text: string | null | undefined): string => (text ? md.render(text) : '');
/** One line of Markdown (a summary): inline only. */
export const renderInline = (text: string | null | undefined): string => (text ? md.renderInline(text) : '');

const HTML_TAG = /<\/?[a-z][a-z0-9-]*(\s[^<>]*)?\/?>|<!--|<!\[CDATA\[/i;
const SCRIPT_URL = /\]\(\s*<?\s*(javascript|vbscript|data|file)\s*:/i;
const SCRIPT_REF = /^\s*\[[^\]]+\]:\s*<?\s*(javascript|vbscript|data|file)\s*:/im;

/** What is wrong with a Markdown text, as field errors of `path` (empty when it is fine). */
export function checkMarkdown(path: string, text: string | null | undefined): FieldError[] {
  if (!text) return [];
  const errors: FieldError[] = [];
  if (HTML_TAG.test(text)) errors.push({ path, code: 'error.site.html_not_allowed' });
  if (SCRIPT_URL.test(text) || SCRIPT_REF.test(text)) errors.push({ path, code: 'error.site.unsafe_link' });
  const walk = (tokens: ReturnType<typeof md.parse>) => {
    for (const t of tokens) {
      if (t.type === 'image' && !t.content.trim()) errors.push({ path, code: 'error.site.image_alt_required' });
      if (t.children) walk(t.children);
    }
  };
  walk(md.parse(text, {}));
  return errors.filter((e, i) => errors.findIndex((x) => x.code === e.code) === i);
}
