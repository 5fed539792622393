/**
 * The official request schemas of the Linode API (`@linode/validation`, used by Cloud Manager):
 * each POST/PUT body the action sent, checked against the schema of its endpoint.
 */
import * as official from '@linode/validation';
import type { RequestLogEntry } from '../../emulator/types.js';

interface Schema {
  validate(value: unknown, options: { strict: boolean; abortEarly: boolean }): Promise<unknown>;
}

// The package's type declarations do not resolve under this project's module settings; its code does.
const schemas = official as unknown as Record<string, Schema>;
const SCHEMAS: Array<[method: string, path: RegExp, schema: Schema]> = [
  ['POST', /^\/monitor\/streams\/destinations$/, schemas.createDestinationSchema!],
  ['PUT', /^\/monitor\/streams\/destinations\/\d+$/, schemas.updateDestinationSchema!],
  ['POST', /^\/monitor\/streams$/, schemas.createStreamSchema!],
  ['PUT', /^\/monitor\/streams\/\d+$/, schemas.updateStreamSchema!],
  ['POST', /^\/object-storage\/keys$/, schemas.createObjectStorageKeysSchema!],
];

/** `METHOD path: what the schema says`, for every body a schema refuses; empty when all pass. */
export async function officialSchemaProblems(requests: readonly RequestLogEntry[]): Promise<string[]> {
  const problems: string[] = [];
  for (const request of requests) {
    const schema = SCHEMAS.find(([method, path]) => method === request.method && path.test(request.path))?.[2];
    if (schema === undefined) continue;
    try {
      await schema.validate(request.body, { strict: true, abortEarly: false });
    } catch (error) {
      const errors = (error as { errors?: string[] }).errors ?? [String(error)];
      problems.push(`${request.method} ${request.path}: ${errors.join('; ')}`);
    }
  }
  return problems;
}
