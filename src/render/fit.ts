/** How a size limit is counted. */
export type Measure = (text: string) => number;

/** Characters, as GitHub counts a comment's or issue's body (UTF-16 units never undercount). */
export const chars: Measure = (text) => text.length;

/** UTF-8 bytes, as the runner counts the job summary file. */
export const utf8Bytes: Measure = (text) => Buffer.byteLength(text, 'utf8');

/** GitHub refuses a comment or issue body longer than this many characters. */
export const COMMENT_LIMIT = 65_536;

/** The runner refuses to upload a step's job summary over 1 MiB. */
export const SUMMARY_LIMIT = 1024 * 1024;

/** A list of items that may be cut short, e.g. table rows with the table's header as `open`. */
export interface Section {
  open: string | undefined;
  items: string[];
  close: string | undefined;
  /** What an item is, for the note: `table rows`. */
  noun: string;
}

export interface Blocks {
  /** Always kept. */
  head: string[];
  /** Kept in order of importance: each gets what fits after the ones before it. */
  sections: Section[];
  /** The note added when something was cut, given e.g. `showing 12 of 40 table rows`. */
  note: (cut: string) => string;
}

/**
 * Joins the blocks with newlines within `limit` (unlimited when undefined). Keeps the head, then
 * fills each section in order with as many whole items as fit, and ends with a note naming what
 * was cut. Pure; the result measures at most `limit` whenever the head alone fits.
 */
export function fitBlocks(blocks: Blocks, limit: number | undefined, measure: Measure): { text: string; truncated: boolean } {
  const all = [...blocks.head];
  for (const section of blocks.sections) {
    if (section.items.length === 0) continue;
    if (section.open !== undefined) all.push(section.open);
    all.push(...section.items);
    if (section.close !== undefined) all.push(section.close);
  }
  const whole = all.join('\n');
  if (limit === undefined || measure(whole) <= limit) return { text: whole, truncated: false };

  // Room for the longest note this could need: every section cut, with the largest numbers.
  const worstCut = blocks.sections.map((s) => `showing ${s.items.length} of ${s.items.length} ${s.noun}`).join(', ');
  const budget = limit - measure('\n' + blocks.note(worstCut));
  const out = [...blocks.head];
  let used = measure(out.join('\n'));
  const cuts: string[] = [];
  const cost = (text: string | undefined) => (text === undefined ? 0 : measure(text) + 1);
  for (const section of blocks.sections) {
    if (section.items.length === 0) continue;
    const frame = cost(section.open) + cost(section.close);
    let shown = 0;
    if (used + frame + cost(section.items[0]) <= budget) {
      if (section.open !== undefined) out.push(section.open);
      used += cost(section.open);
      for (const item of section.items) {
        const next = cost(item);
        if (used + next + cost(section.close) > budget) break;
        out.push(item);
        used += next;
        shown += 1;
      }
      if (section.close !== undefined) out.push(section.close);
      used += cost(section.close);
    }
    if (shown < section.items.length) cuts.push(`showing ${shown} of ${section.items.length} ${section.noun}`);
  }
  out.push(blocks.note(cuts.join(', ')));
  return { text: out.join('\n'), truncated: true };
}
