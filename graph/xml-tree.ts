// A small element tree for fast-xml-parser's XMLBuilder (its "preserveOrder" form), so the
// digest's HTML page and Atom feed are built as trees and serialised, escaped, by the library.
// Pure: returns strings; the caller saves them.

import { XMLBuilder } from 'fast-xml-parser';

/** One node in XMLBuilder's ordered form: `{ tag: children, ':@': attributes }` or `{ '#text': text }`. */
export type XmlNode = { [tag: string]: XmlNode[] | Record<string, string> | string };
export type XmlChild = XmlNode | string | undefined | false;

/** Elements after which a newline keeps the serialised page readable (never inside inline text). */
const BLOCKS = new Set([
  'html',
  'head',
  'body',
  'main',
  'section',
  'header',
  'footer',
  'ul',
  'ol',
  'li',
  'h1',
  'h2',
  'h3',
  'p',
  'details',
  'summary',
  'blockquote',
  'meta',
  'link',
  'title',
  'style',
  'feed',
  'entry',
  'author',
  'id',
  'updated',
  'published',
  'content',
  'generator',
  'subtitle',
]);

function text(value: string): XmlNode {
  return { '#text': value };
}

/** `el('a', { href }, 'BERT')`: attributes whose value is undefined are left out. */
export function el(tag: string, attributes: Record<string, string | undefined> = {}, ...children: XmlChild[]): XmlNode {
  const nodes: XmlNode[] = [];
  for (const child of children) {
    if (child === undefined || child === false) continue;
    const node = typeof child === 'string' ? text(child) : child;
    nodes.push(node);
    const tagName = Object.keys(node).find((k) => k !== ':@');
    if (tagName && BLOCKS.has(tagName)) nodes.push(text('\n'));
  }
  const attrs: Record<string, string> = {};
  for (const [name, value] of Object.entries(attributes)) if (value !== undefined) attrs[name] = value;
  return Object.keys(attrs).length ? { [tag]: nodes, ':@': attrs } : { [tag]: nodes };
}

const VOID_HTML = ['meta', 'link', 'br', 'hr', 'img', 'input'];

const xmlBuilder = new XMLBuilder({ preserveOrder: true, ignoreAttributes: false, attributeNamePrefix: '', suppressEmptyNode: true });
const htmlBuilder = new XMLBuilder({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  // HTML has no self-closing <a/>: empty elements get an end tag, void ones none.
  suppressEmptyNode: false,
  unpairedTags: VOID_HTML,
  suppressUnpairedNode: false,
});

/** An XML document: the declaration, then the tree. */
export function xmlDocument(root: XmlNode): string {
  return `<?xml version="1.0" encoding="utf-8"?>\n${xmlBuilder.build([root])}\n`;
}

/** An HTML document: the doctype, then the tree (void elements written `<meta ... />`). */
export function htmlDocument(root: XmlNode): string {
  return `<!DOCTYPE html>\n${htmlBuilder.build([root])}\n`;
}

/** An HTML fragment (the content of an Atom entry of type "html"). */
export function htmlFragment(nodes: readonly XmlNode[]): string {
  return htmlBuilder.build(nodes);
}
