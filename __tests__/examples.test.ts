import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

const ROOT = join(import.meta.dirname, '..');
const inputs = Object.keys((parse(readFileSync(join(ROOT, 'action.yml'), 'utf8')) as { inputs: Record<string, unknown> }).inputs);

interface Step {
  uses?: string;
  with?: Record<string, string>;
}
interface Workflow {
  permissions: Record<string, string>;
  concurrency?: { group: string; 'cancel-in-progress': boolean };
  jobs: Record<string, { steps: Step[] }>;
}

const workflows = readdirSync(join(ROOT, 'examples/workflows')).map((file) => ({
  file,
  workflow: parse(readFileSync(join(ROOT, 'examples/workflows', file), 'utf8')) as Workflow,
}));

describe('the example workflows', () => {
  it('are plan, apply and drift', () => {
    expect(workflows.map((w) => w.file).sort()).toEqual(['apply.yml', 'drift.yml', 'plan.yml']);
  });

  it('give apply a concurrency group of its own that never cancels a running apply', () => {
    // A group keeps one pending run and a newer run cancels it: a drift check sharing the group
    // would cancel a queued apply.
    const groups = workflows.map((w) => w.workflow.concurrency?.group);
    expect(new Set(groups).size).toBe(groups.length);
    const apply = workflows.find((w) => w.file === 'apply.yml')!.workflow;
    expect(apply.concurrency).toEqual({ group: 'linode-logs-apply', 'cancel-in-progress': false });
    expect(workflows.find((w) => w.file === 'drift.yml')!.workflow.concurrency?.group).toBe('linode-logs-drift');
  });

  for (const { file, workflow } of workflows) {
    it(`${file} uses only the action's inputs, with the permissions its mode needs and no more`, () => {
      const steps = Object.values(workflow.jobs)
        .flatMap((job) => job.steps)
        .filter((s) => s.uses?.includes('linode-log-streams-action'));
      expect(steps).toHaveLength(1);
      const given = steps[0]!.with ?? {};
      expect(Object.keys(given).filter((name) => !inputs.includes(name))).toEqual([]);
      const needed: Record<string, Record<string, string>> = {
        plan: { contents: 'read', 'pull-requests': 'write' },
        apply: { contents: 'read', 'pull-requests': 'write' },
        check: { contents: 'read', ...(given['drift-issue'] === 'true' ? { issues: 'write' } : {}) },
      };
      expect(workflow.permissions).toEqual(needed[given.mode!]);
    });
  }
});
