import type { EnvRef, LoadedConfig } from './types.js';

const NAME = '[A-Za-z_][A-Za-z0-9_]*';

/** JSON Schema pattern (ECMA-262) of a whole-value `${NAME}` reference. */
export const ENV_REF_PATTERN = `^\\$\\{${NAME}\\}$`;

/** JSON Schema pattern of a string that is either a whole reference or contains no `${` at all. */
export const ENV_REF_OR_PLAIN_PATTERN = `^(?:\\$\\{${NAME}\\}|(?![\\s\\S]*\\$\\{)[\\s\\S]*)$`;

const WHOLE_REFERENCE = new RegExp(`^\\$\\{(${NAME})\\}$`);

/** The variable a string names when it is exactly `${NAME}`. */
export function referencedName(text: string): string | undefined {
  return WHOLE_REFERENCE.exec(text)?.[1];
}

/** A `${` that is not a whole-value reference: text around it, or a malformed name. */
export function hasPartialReference(text: string): boolean {
  return text.includes('${') && referencedName(text) === undefined;
}

/** An empty variable counts as unset: GitHub maps a missing secret to ''. */
export function resolveEnvRef(name: string, env: Record<string, string | undefined>, secret: boolean): EnvRef {
  const value = env[name];
  return { kind: 'env', name, value: value === '' ? undefined : value, secret };
}

/** A variable name suggested for a secret: `siem` + `PASSWORD` → `SIEM_PASSWORD`. */
export function suggestedEnvName(...parts: ReadonlyArray<string | undefined>): string {
  const name = parts
    .filter((part): part is string => part !== undefined && part !== '')
    .map((part) =>
      part
        .toUpperCase()
        .replace(/[^A-Z0-9]+/g, '_')
        .replace(/^_+|_+$/g, ''),
    )
    .filter((part) => part !== '')
    .join('_');
  if (name === '') return 'SECRET';
  return /^[0-9]/.test(name) ? `_${name}` : name;
}

/** One entry per name, first appearance first; `secret` if any use of the name is secret. */
export function dedupeEnvRefs(refs: readonly EnvRef[]): EnvRef[] {
  const byName = new Map<string, EnvRef>();
  for (const ref of refs) {
    const seen = byName.get(ref.name);
    if (seen === undefined) byName.set(ref.name, ref);
    else if (ref.secret && !seen.secret) byName.set(ref.name, { ...seen, secret: true });
  }
  return [...byName.values()];
}

/** Names of referenced variables that are unset or empty, sorted: apply refuses to run without them. */
export function missingEnv(loaded: LoadedConfig): string[] {
  const names = loaded.envRefs.filter((ref) => ref.value === undefined).map((ref) => ref.name);
  return [...new Set(names)].sort();
}
