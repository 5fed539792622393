/** The Delivery table: whether each stream's logs arrive. Pure. */
import type { DeliveryResult, DeliveryStatus } from '../delivery/verdict.js';
import { formatAge } from '../delivery/verdict.js';
import { escapeMarkdown } from './escape.js';

const STATUS_TEXT: Record<DeliveryStatus, string> = { ok: 'ok', stale: 'stale', new: 'not stale yet', 'not-checked': 'not checked' };
const STATUS_ICON: Record<DeliveryStatus, string> = { ok: '✅', stale: '❌', new: '⏳', 'not-checked': '➖' };

/** Said once, below the table, for every custom_https row. */
export const HTTPS_NOTE = 'custom_https destinations cannot be observed from here: only the receiving endpoint sees what arrives.';

const newestText = (r: DeliveryResult): string => (r.newest === undefined ? '—' : `${r.newest} (${formatAge((r.ageSeconds ?? 0) * 1000)} ago)`);
const detailText = (r: DeliveryResult): string => (r.https ? 'custom_https (see below)' : r.detail);

/** The stale rows, one line each, for the failure message. */
export function staleLines(results: DeliveryResult[]): string[] {
  return results.filter((r) => r.status === 'stale').map((r) => `  - ${r.stream} → ${r.destination}: ${r.detail}`);
}

/** The table in the log. */
export function renderDeliveryText(results: DeliveryResult[], maxAgeMs: number): string {
  const lines = [`Delivery (max-delivery-age ${formatAge(maxAgeMs)}):`];
  if (results.length === 0) lines.push('    no active stream in the file');
  for (const r of results) {
    const detail = detailText(r);
    lines.push(`    ${STATUS_TEXT[r.status].padEnd(13)} ${r.stream} → ${r.destination}: newest ${newestText(r)}${detail ? `; ${detail}` : ''}`);
  }
  if (results.some((r) => r.https)) lines.push(`    ${HTTPS_NOTE}`);
  return lines.join('\n');
}

/** The table in Markdown, for the job summary and the drift issue. */
export function renderDeliveryMarkdown(results: DeliveryResult[], maxAgeMs: number): string {
  const rows = results.map(
    (r) =>
      `| ${STATUS_ICON[r.status]} ${STATUS_TEXT[r.status]} | ${escapeMarkdown(r.stream)} | ${escapeMarkdown(r.destination)} | ${escapeMarkdown(newestText(r))} | ${escapeMarkdown(detailText(r))} |`,
  );
  const note = results.some((r) => r.https) ? `\n\n${HTTPS_NOTE}` : '';
  const body =
    results.length === 0
      ? 'No active stream in the file.'
      : ['| Status | Stream | Destination | Newest object | Why |', '|---|---|---|---|---|', ...rows].join('\n');
  return `#### Delivery (max-delivery-age ${escapeMarkdown(formatAge(maxAgeMs))})\n\n${body}${note}\n`;
}

/** The `delivery` output: one entry per stream. */
export function deliveryToJson(results: DeliveryResult[]): object[] {
  return results.map((r) => ({
    stream: r.stream,
    destination: r.destination,
    status: r.status,
    newest: r.newest ?? null,
    age_seconds: r.ageSeconds ?? null,
    detail: r.https ? HTTPS_NOTE : r.detail,
  }));
}
