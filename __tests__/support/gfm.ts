/**
 * GitHub-flavoured Markdown rendered to HTML (marked, GFM on, raw HTML passed through as GitHub's
 * renderer does before sanitising), and small readers of the result for structural assertions.
 */
import { marked } from 'marked';

export function renderGfm(markdown: string): string {
  return marked.parse(markdown, { gfm: true, async: false });
}

/** Every tag in the HTML, in order: `['table', 'thead', 'tr', '/tr', …]`. Text never holds a raw `<`. */
export function tagsOf(html: string): string[] {
  return [...html.matchAll(/<(\/?)([a-zA-Z][a-zA-Z0-9-]*)\b[^>]*>/g)].map((m) => `${m[1]}${m[2]!.toLowerCase()}`);
}

/** The attributes of every tag, e.g. `a href="…"`. */
export function tagSourcesOf(html: string): string[] {
  return [...html.matchAll(/<[a-zA-Z][^>]*>/g)].map((m) => m[0]);
}

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", '#39': "'" };

/** The text a reader sees: tags removed, entities decoded. */
export function textOf(html: string): string {
  return html.replace(/<[^>]*>/g, '').replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name.startsWith('#x')) return String.fromCodePoint(parseInt(name.slice(2), 16));
    if (name.startsWith('#')) return String.fromCodePoint(Number(name.slice(1)));
    return ENTITIES[name] ?? whole;
  });
}

/** The cells of each table row: `[['+', 'create', …], …]`. */
export function tableRows(html: string): string[][] {
  return [...html.matchAll(/<tr>([\s\S]*?)<\/tr>/g)].map((row) => [...row[1]!.matchAll(/<t[hd][^>]*>([\s\S]*?)<\/t[hd]>/g)].map((cell) => textOf(cell[1]!)));
}
