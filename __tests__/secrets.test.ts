import { describe, expect, it } from 'vitest';
import { diff } from '../src/plan/diff.js';
import { approvedChanges, planFingerprint } from '../src/plan/fingerprint.js';
import { renderApplyStatus, renderPlanComment, withApplyStatus, type RunLinks } from '../src/render/comment.js';
import { escapeMarkdown } from '../src/render/escape.js';
import { renderOutcomesMarkdown } from '../src/render/outcomes.js';
import { parsePlanMarker, structuralParts } from '../src/render/marker.js';
import { redact, secretForms } from '../src/secrets.js';
import { exampleDesired } from '../__fixtures__/states.js';
import { findLeaks } from './e2e/harness.js';

const SECRET = 'p@ss w0rd:with<html>&"json"|`x`_y_ www.e.vil';

/** Every way a renderer or an encoder may have written the secret. */
const ENCODED: Record<string, string> = {
  raw: SECRET,
  json: JSON.stringify(SECRET).slice(1, -1),
  url: encodeURIComponent(SECRET),
  base64: Buffer.from(SECRET).toString('base64'),
  markdown: escapeMarkdown(SECRET),
  'markdown of json': escapeMarkdown(JSON.stringify(SECRET).slice(1, -1)),
  'every character an entity': [...SECRET].map((c) => `&#${c.codePointAt(0)};`).join(''),
  'hex entities': [...SECRET].map((c) => `&#x${c.codePointAt(0)!.toString(16).toUpperCase()};`).join(''),
  'backslash escapes': SECRET.replace(/[!-/:-@[-`{-~]/g, '\\$&'),
  'html-escaped': SECRET.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;'),
  'json \\u escapes': JSON.stringify(SECRET)
    .slice(1, -1)
    .replace(/[<>&]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`),
};

describe('redact', () => {
  it('removes a secret in every form the renderers and encoders produce', () => {
    for (const [name, form] of Object.entries(ENCODED)) {
      const text = `before ${form} after`;
      expect(redact(text, [SECRET]), name).toBe('before *** after');
    }
  });

  it('removes a secret that an API error echoed, after the outcome table escaped it', () => {
    const markdown = renderOutcomesMarkdown([
      {
        change: { action: 'create', kind: 'destination', label: 'siem' } as never,
        status: 'failed',
        message: `bad password ${SECRET} [details.authentication]`,
      },
    ]);
    expect(markdown).not.toContain(SECRET);
    expect(findLeaks(markdown, { SECRET })).not.toEqual([]); // the leak scan sees the escaped form
    const redacted = redact(markdown, [SECRET]);
    expect(findLeaks(redacted, { SECRET })).toEqual([]);
    expect(redacted).toContain('bad password *** &#91;details.authentication&#93;');
  });

  it('removes each line of a multi-line secret, also where escaping made the line breaks spaces', () => {
    const pem = '-----BEGIN KEY-----\nMIIBOgIBAAJBAK\nZb3c9\n-----END KEY-----';
    expect(redact(`x ${escapeMarkdown(pem)} y`, [pem])).toBe('x *** y');
    expect(redact('line MIIBOgIBAAJBAK alone', [pem])).toBe('line *** alone');
  });

  it('registers the Markdown-escaped forms with the masker too', () => {
    expect(secretForms('a@b')).toEqual(expect.arrayContaining(['a@b', 'a@\u2060b']));
  });
});

describe('redact with kept parts (the marker and status delimiters)', () => {
  const links: RunLinks = { runId: '7', runUrl: 'https://github.com/acme/cfg/actions/runs/7', sha: 'c'.repeat(40), commitUrl: undefined };
  const configPath = '.github/linode-logs.yml';
  const plan = diff(exampleDesired(), { destinations: [], streams: [] });
  const body = renderPlanComment({ kind: 'planned', plan, fingerprint: planFingerprint(plan), changes: approvedChanges(plan) }, { configPath, links });

  it('keeps the marker and the status delimiters intact when a short secret is a substring of them, and redacts the rest', () => {
    // `log` is in the marker's prefix, its config path and the status delimiters.
    const redacted = redact(body, ['log'], structuralParts(body));
    expect(parsePlanMarker(redacted)).toEqual(parsePlanMarker(body));
    expect(parsePlanMarker(redacted)?.config).toBe(configPath);
    const rest = redacted.split('\n').slice(1).join('\n').replaceAll(structuralParts(body)[1]!, '').replaceAll(structuralParts(body)[2]!, '');
    expect(rest).not.toContain('log');
    expect(rest).toContain('linode-***s.yml');
    const applied = withApplyStatus(redacted, renderApplyStatus({ kind: 'applied', applied: 1, alreadyDone: 0 }, links));
    expect(applied).toContain('✅ **Applied**');
  });

  it('without kept parts, the same secret corrupts the marker (what the kept parts prevent)', () => {
    expect(parsePlanMarker(redact(body, ['log']))).toBeUndefined();
  });

  it('keeps nothing when a secret runs into a kept part', () => {
    // In no single piece: `KEEP-` is kept, `ab` is scrubbed alone.
    expect(redact('x KEEP-ab y', ['-a'], ['KEEP-'])).toBe('x KEEP***b y');
    expect(redact('x KEEP-ab -a', ['-a'], ['KEEP-'])).toBe('x KEEP***b ***');
    // A match inside a kept part alone is no leak: the part is secret-free data that contains it.
    expect(redact('KEEP-a x-a', ['-a'], ['KEEP-a'])).toBe('KEEP-a x***');
  });
});
