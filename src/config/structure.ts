/**
 * Structural validation: walks a parsed document along a schema description (descriptors.ts),
 * reporting every unknown field, wrong type, bad enum value and missing field with its position,
 * and builds the value, dropping what is invalid. The document is read through a DocumentTree
 * (tree.ts).
 */
import type { Field, Fields, ObjectSchema, Schema, SecretSchema, StringSchema, TaggedSchema } from './descriptors.js';
import { hasPartialReference, referencedName, resolveEnvRef, suggestedEnvName } from './env-refs.js';
import { closest } from './suggest.js';
import { MAX_ALIAS_NODES, MAX_PROBLEMS } from './limits.js';
import type { DocumentTree, Maybe, TreeEntry } from './tree.js';

/**
 * Values the API took under an older name. Decided: the file is refused with the current name
 * (a file is fixed once; a live destination reported under the old name is read as the current type).
 */
const RENAMED: Readonly<Record<string, string>> = { linode_object_storage: 'akamai_object_storage' };
import type { EnvRef, SourcePosition, YamlPath } from './types.js';

export interface Problem {
  path: YamlPath;
  message: string;
  at: SourcePosition;
}

export interface StructureResult {
  /** The value built from the valid parts; its type is `Parsed<schema>`. */
  value: unknown;
  /** The first MAX_PROBLEMS_KEPT problems found. */
  problems: Problem[];
  /** How many more were found. */
  dropped: number;
  /** Every reference in order of appearance, duplicates included. */
  envRefs: EnvRef[];
  /** Whether a problem was reported at or below `path` (so a rule should not judge that part). */
  readonly invalidAt: (path: YamlPath) => boolean;
}

/** The label a value belongs to (the nearest map key) and its sibling fields, for secret names. */
interface Context<N> {
  label?: string;
  siblings?: ReadonlyArray<TreeEntry<N>>;
}

/**
 * Where a reference is refused: a host, a path, a label or an id decides where data goes, and the
 * file is untrusted data (on a pull request, its author wrote it). Checked on parsed values, so no
 * YAML spelling of `${` gets past it.
 */
const NOT_A_CREDENTIAL = '${...} references are allowed only in credential fields (key ids, user names, secrets, certificates): write the value itself here';

/**
 * Variables a reference may not name: the action's inputs (the Linode token is INPUT_TOKEN) and
 * the runner's own. A destination's credential is sent to the endpoint the destination names.
 */
export const RESERVED_NAME = /^(?:INPUT|GITHUB|ACTIONS|RUNNER)_/;

const PARTIAL_REFERENCE =
  'environment references must be the whole value: write ${NAME} (NAME: letters, digits and _, ' +
  'not starting with a digit) and build any longer text in the workflow env';

export function validateStructure<N>(root: Maybe<N>, schema: Schema, tree: DocumentTree<N>, env: Record<string, string | undefined>): StructureResult {
  const walker = new Walker(tree, env);
  const value = walker.value(root, undefined, schema, [], {});
  const problems = walker.problems;
  return {
    value,
    problems,
    dropped: walker.dropped,
    envRefs: walker.envRefs,
    invalidAt: (path) => problems.some((problem) => path.every((segment, i) => problem.path[i] === segment)),
  };
}

/**
 * Problems kept, in the order found (about file order); the rest are counted. A file of a
 * megabyte could hold hundreds of thousands, and only the first MAX_PROBLEMS are shown.
 */
const MAX_PROBLEMS_KEPT = 20 * MAX_PROBLEMS;

/**
 * The walk's stop when aliases expand to more than MAX_ALIAS_NODES nodes (a "billion laughs"):
 * `at` is the outermost alias being expanded.
 */
export class AliasExpansionError extends Error {
  constructor(readonly at: SourcePosition) {
    super(
      `aliases expand to more than ${MAX_ALIAS_NODES.toLocaleString('en-US')} nodes from the alias at line ${at.line}, col ${at.col} (an alias is read as a copy of what it names): write the repeated parts out, or alias fewer and smaller ones`,
    );
    this.name = 'AliasExpansionError';
  }
}

class Walker<N> {
  readonly problems: Problem[] = [];
  /** Problems found beyond MAX_PROBLEMS_KEPT, counted only. */
  dropped = 0;
  readonly envRefs: EnvRef[] = [];
  /** Where the aliases being expanded are, outermost first. */
  private readonly aliases: SourcePosition[] = [];
  private aliasNodes = 0;

  constructor(
    private readonly tree: DocumentTree<N>,
    private readonly env: Record<string, string | undefined>,
  ) {}

  /** The validated value of `node`, or undefined (after reporting) when it is invalid. */
  value(node: Maybe<N>, key: Maybe<N>, schema: Schema, path: YamlPath, ctx: Context<N>): unknown {
    const at = this.tree.ofValue(node, key);
    const target = this.tree.resolve(node);
    // An alias is walked as the node it stands for, once per alias: what it expands to is charged.
    const alias = node !== undefined && node !== null && target !== node;
    if (alias) this.aliases.push(this.tree.of(node));
    try {
      this.charge();
      return this.check(target, schema, path, at, ctx);
    } finally {
      if (alias) this.aliases.pop();
    }
  }

  /**
   * Counts one node visited through an alias; past MAX_ALIAS_NODES the walk stops, at the
   * outermost alias being expanded.
   */
  private charge(): void {
    if (this.aliases.length === 0) return;
    if (++this.aliasNodes > MAX_ALIAS_NODES) throw new AliasExpansionError(this.aliases[0]!);
  }

  private check(target: Maybe<N>, schema: Schema, path: YamlPath, at: SourcePosition, ctx: Context<N>): unknown {
    switch (schema.kind) {
      case 'string':
        return this.string(target, schema, path, at);
      case 'secret':
        return this.secret(target, schema, path, at, ctx);
      case 'int': {
        const value = this.tree.scalar(target);
        if (typeof value !== 'number' || !Number.isInteger(value)) return this.wrongType(target, 'an integer', path, at);
        if (schema.minimum !== undefined && value < schema.minimum) {
          return this.report(path, `must be at least ${schema.minimum} (got ${value})`, at);
        }
        return value;
      }
      case 'bool': {
        const value = this.tree.scalar(target);
        return typeof value === 'boolean' ? value : this.wrongType(target, 'true or false', path, at);
      }
      case 'idOrLabel': {
        const value = this.tree.scalar(target);
        if (typeof value === 'number' && Number.isInteger(value) && value >= 1) return value;
        if (typeof value === 'string' && value.trim() !== '') {
          if (value.includes('${')) return this.report(path, NOT_A_CREDENTIAL, at);
          return value;
        }
        return this.report(path, `must be an id (a positive integer) or a label (got ${this.describe(target)})`, at);
      }
      case 'enum': {
        const value = this.tree.scalar(target);
        if (typeof value === 'string' && schema.values.includes(value)) return value;
        const old = typeof value === 'string' ? value : undefined;
        const renamed = old === undefined ? undefined : RENAMED[old];
        if (old !== undefined && renamed !== undefined && schema.values.includes(renamed))
          return this.report(path, `${old} is the older name of ${renamed}, which the API now takes: write ${renamed}`, at);
        return this.report(path, `must be one of ${schema.values.join(', ')} (got ${this.describe(target)})`, at);
      }
      case 'const': {
        const value = this.tree.scalar(target);
        return value === schema.value ? value : this.report(path, `must be ${schema.value} (got ${this.describe(target)})`, at);
      }
      case 'seq': {
        const items = this.tree.items(target);
        if (items === undefined) return this.wrongType(target, 'a sequence', path, at);
        if (schema.minItems !== undefined && items.length < schema.minItems) {
          this.report(path, `must have at least ${schema.minItems} item${schema.minItems === 1 ? '' : 's'}`, at);
        }
        return items.map((item, i) =>
          this.tree.isPairItem(item)
            ? this.report([...path, i], `must be ${typeName(schema.items)} (got a mapping)`, this.tree.of(item))
            : this.value(item, undefined, schema.items, [...path, i], ctx),
        );
      }
      case 'map': {
        const entries = this.tree.entries(target);
        if (entries === undefined) return this.wrongType(target, 'a mapping', path, at);
        return this.map(entries, schema.values, schema.keys, path);
      }
      case 'object': {
        const entries = this.tree.entries(target);
        if (entries === undefined) return this.wrongType(target, 'a mapping', path, at);
        const retired = schema.retired;
        const variant = retired && { notAllowed: (name: string) => (Object.hasOwn(retired, name) ? retired[name] : undefined), requiredNote: () => '' };
        return this.fields(entries, schema.fields, path, at, ctx.label, variant);
      }
      case 'tagged': {
        const entries = this.tree.entries(target);
        if (entries === undefined) return this.wrongType(target, 'a mapping', path, at);
        return this.tagged(entries, schema, path, at, ctx.label);
      }
      default: {
        const unreachable: never = schema;
        throw new Error(`unknown schema kind ${JSON.stringify(unreachable)}`);
      }
    }
  }

  private string(target: Maybe<N>, schema: StringSchema, path: YamlPath, at: SourcePosition): unknown {
    const text = this.tree.scalar(target);
    if (typeof text !== 'string') return this.wrongType(target, 'a string', path, at);
    if (!schema.envRefs) return text.includes('${') ? this.report(path, NOT_A_CREDENTIAL, at) : text;
    const name = referencedName(text);
    if (name !== undefined) return this.ref(name, false, path, at);
    if (hasPartialReference(text)) return this.report(path, PARTIAL_REFERENCE, at);
    return text;
  }

  private secret(target: Maybe<N>, schema: SecretSchema, path: YamlPath, at: SourcePosition, ctx: Context<N>): unknown {
    const value = this.tree.scalar(target);
    if (typeof value === 'string') {
      const name = referencedName(value);
      if (name !== undefined) return this.ref(name, true, path, at);
      if (hasPartialReference(value)) return this.report(path, PARTIAL_REFERENCE, at);
    }
    if (this.tree.entries(target) || this.tree.items(target)) return this.wrongType(target, 'a ${NAME} reference', path, at);
    const suggestion = suggestedEnvName(ctx.label, this.hintFrom(schema, ctx) ?? schema.envHint);
    const fix = `use \${${suggestion}} and map the secret into env (env: ${suggestion}: \${{ secrets.${suggestion} }})`;
    // The literal is never echoed: the message ends up in logs and PR comments.
    if (value === null) return this.report(path, `must be a \${NAME} reference: ${fix}`, at);
    return this.report(path, `secrets must not be committed to the repository: ${fix}; rotate the value if it was pushed`, at);
  }

  /** The sibling field that names a secret better than its generic hint (a header's name). */
  private hintFrom(schema: SecretSchema, ctx: Context<N>): string | undefined {
    if (schema.envHintFrom === undefined || ctx.siblings === undefined) return undefined;
    const pair = ctx.siblings.find((item) => this.tree.scalar(item.key) === schema.envHintFrom);
    const value = this.tree.scalar(pair?.value);
    return typeof value === 'string' && !value.includes('${') ? value : undefined;
  }

  private map(
    entries: ReadonlyArray<TreeEntry<N>>,
    values: Schema,
    keys: { what: string; minLength?: number; maxLength?: number },
    path: YamlPath,
  ): ReadonlyMap<string, unknown> {
    const out = new Map<string, unknown>();
    const seen = new Map<string, Maybe<N>>();
    for (const pair of entries) {
      this.charge();
      const label = this.keyName(pair.key, pair.value, keys.what, path);
      if (label === undefined || this.duplicate(seen, label, pair.key, path)) continue;
      const keyPath = [...path, label];
      const keyAt = this.tree.of(pair.key);
      if (keys.maxLength !== undefined && label.length > keys.maxLength) {
        this.report(keyPath, `${keys.what} must be at most ${keys.maxLength} characters (got ${label.length})`, keyAt);
      } else if (keys.minLength !== undefined && label.length < keys.minLength) {
        this.report(keyPath, `${keys.what} must be at least ${keys.minLength} characters (got ${JSON.stringify(label)})`, keyAt);
      }
      if (label.includes('${')) this.report(keyPath, `${keys.what}: ${NOT_A_CREDENTIAL}`, keyAt);
      out.set(label, this.value(pair.value, pair.key, values, keyPath, { label }));
    }
    return out;
  }

  private tagged(entries: ReadonlyArray<TreeEntry<N>>, schema: TaggedSchema, path: YamlPath, at: SourcePosition, label?: string): unknown {
    const tagPair = entries.find((item) => this.tree.scalar(item.key) === schema.tag);
    const tagValue = this.tree.scalar(this.tree.resolve(tagPair?.value));
    const current = schema.tagValues.find((value) => value === tagValue);
    const fields: Fields = {
      [schema.tag]: { schema: { kind: 'enum', values: schema.tagValues, description: schema.tagDescription }, required: true },
      ...schema.common,
      ...(current === undefined ? {} : schema.variants[current]),
    };
    const owners = new Map<string, string[]>();
    for (const value of schema.tagValues) {
      for (const name of Object.keys(schema.variants[value] ?? {})) owners.set(name, [...(owners.get(name) ?? []), value]);
    }
    if (current === undefined) this.uncheckedVariantFields(entries, schema, path);
    return this.fields(entries, fields, path, at, label, {
      notAllowed: (name) => {
        const owner = owners.get(name);
        if (owner === undefined) return undefined;
        // With no valid tag the variant is unknown, and the tag's own error says enough.
        if (current === undefined) return '';
        return `not allowed when ${schema.tag} is ${current}; only when ${schema.tag} is ${owner.join(' or ')}`;
      },
      requiredNote: (name) => (current !== undefined && owners.has(name) ? ` (required when ${schema.tag} is ${current})` : ''),
    });
  }

  /**
   * With no valid tag, the fields that depend on it (a destination's `details`) cannot be checked
   * against their variant. Say so plainly rather than stay silent, and still report the keys of
   * such a mapping that no variant allows (against the union of the variants' fields).
   */
  private uncheckedVariantFields(entries: ReadonlyArray<TreeEntry<N>>, schema: TaggedSchema, path: YamlPath): void {
    const variants = schema.tagValues.map((value): Fields => schema.variants[value] ?? {});
    for (const pair of entries) {
      this.charge();
      const name = this.tree.scalar(pair.key);
      if (typeof name !== 'string') continue;
      const owned = variants.map((fields) => (Object.hasOwn(fields, name) ? fields[name] : undefined)).filter((f): f is Field => f !== undefined);
      if (owned.length === 0) continue;
      const fieldPath = [...path, name];
      this.report(fieldPath, `not checked: what it may hold depends on ${schema.tag}, which must be ${schema.tagValues.join(' or ')}`, this.tree.of(pair.key));
      const nested = this.tree.entries(this.tree.resolve(pair.value));
      if (nested === undefined || !owned.every((f) => f.schema.kind === 'object')) continue;
      const union = [...new Set(owned.flatMap((f) => Object.keys((f.schema as ObjectSchema).fields)))];
      for (const item of nested) {
        this.charge();
        const key = this.tree.scalar(item.key);
        if (typeof key === 'string' && !union.includes(key)) {
          this.unknownField(key, union, undefined, [...fieldPath, key], this.tree.of(item.key));
        }
      }
    }
  }

  private fields(
    entries: ReadonlyArray<TreeEntry<N>>,
    fields: Fields,
    path: YamlPath,
    at: SourcePosition,
    label: string | undefined,
    variant?: { notAllowed(name: string): string | undefined; requiredNote(name: string): string },
  ): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    const seen = new Map<string, Maybe<N>>();
    // A misspelt field is reported once, as unknown with a suggestion, not also as missing.
    const suggested = new Set<string>();
    for (const pair of entries) {
      this.charge();
      const name = this.keyName(pair.key, pair.value, 'field name', path);
      if (name === undefined || this.duplicate(seen, name, pair.key, path)) continue;
      const field = Object.hasOwn(fields, name) ? fields[name] : undefined;
      if (field === undefined) {
        const keyAt = this.tree.of(pair.key);
        const suggestion = this.unknownField(name, Object.keys(fields), variant?.notAllowed(name), [...path, name], keyAt);
        if (suggestion !== undefined) suggested.add(suggestion);
        continue;
      }
      const ctx: Context<N> = label === undefined ? { siblings: entries } : { label, siblings: entries };
      const value = this.value(pair.value, pair.key, field.schema, [...path, name], ctx);
      if (value !== undefined) out[name] = value;
    }
    for (const [name, field] of Object.entries(fields)) {
      if (seen.has(name) || suggested.has(name)) continue;
      if (field.required) this.report(path, `missing required field "${name}"${variant?.requiredNote(name) ?? ''}`, at);
      else if (field.default !== undefined) out[name] = field.default;
    }
    return out;
  }

  /** Reports a field the schema does not allow here; returns the field it suggests instead. */
  private unknownField(name: string, allowed: string[], notAllowed: string | undefined, path: YamlPath, at: SourcePosition): string | undefined {
    if (notAllowed === '') return undefined;
    if (notAllowed !== undefined) {
      this.report(path, `"${name}" is ${notAllowed}`, at);
      return undefined;
    }
    const suggestion = closest(name, allowed);
    const help =
      suggestion !== undefined ? `did you mean "${suggestion}"?` : allowed.length > 0 ? `allowed fields: ${allowed.join(', ')}` : 'no fields are allowed here';
    this.report(path, `unknown field "${name}"; ${help}`, at);
    return suggestion;
  }

  /** A mapping key as a string, or undefined (after reporting) when it is not one. */
  private keyName(key: Maybe<N>, value: Maybe<N>, what: string, path: YamlPath): string | undefined {
    const target = this.tree.resolve(key);
    const name = this.tree.scalar(target);
    if (typeof name === 'string') return name;
    const at = this.tree.of(key ?? value);
    if (name !== undefined && name !== null) {
      const text = typeof name === 'number' || typeof name === 'boolean' ? String(name) : JSON.stringify(name);
      this.report([...path, text], `${what} must be a string (got ${text}); quote it: "${text}"`, at);
    } else this.report(path, `${what} must be a string (got ${this.describe(target)})`, at);
    return undefined;
  }

  /** Records the key; true (after reporting) when it was already there. */
  private duplicate(seen: Map<string, Maybe<N>>, name: string, key: Maybe<N>, path: YamlPath): boolean {
    if (!seen.has(name)) {
      seen.set(name, key);
      return false;
    }
    const { line, col } = this.tree.of(seen.get(name));
    this.report([...path, name], `duplicate key "${name}" (first defined at line ${line}, col ${col})`, this.tree.of(key));
    return true;
  }

  /** The reference, resolved (reading the variable is what registers its value as a secret, see main.ts). */
  private ref(name: string, secret: boolean, path: YamlPath, at: SourcePosition): EnvRef | undefined {
    if (RESERVED_NAME.test(name)) {
      return this.report(
        path,
        `\${${name}} names a variable of the runner or of the action's inputs, which the file may not read: map the secret to a variable of its own in the step's env`,
        at,
      );
    }
    const ref = resolveEnvRef(name, this.env, secret);
    this.envRefs.push(ref);
    return ref;
  }

  private wrongType(target: Maybe<N>, expected: string, path: YamlPath, at: SourcePosition): undefined {
    const value = this.tree.scalar(target);
    const unquoted = expected === 'a string' && (typeof value === 'number' || typeof value === 'boolean');
    const quote = unquoted ? '; quote it to make it a string' : '';
    return this.report(path, `must be ${expected} (got ${this.describe(target)})${quote}`, at);
  }

  /** A short description of what was found, for `(got …)`. */
  private describe(node: Maybe<N>): string {
    if (this.tree.entries(node)) return 'a mapping';
    if (this.tree.items(node)) return 'a sequence';
    const value = this.tree.scalar(node);
    if (value === undefined) return 'nothing';
    if (value === null) return this.tree.isEmpty(node) ? 'nothing' : 'null';
    if (typeof value === 'string') return JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}...` : value);
    return typeof value === 'number' || typeof value === 'boolean' ? String(value) : JSON.stringify(value);
  }

  private report(path: YamlPath, message: string, at: SourcePosition): undefined {
    if (this.problems.length < MAX_PROBLEMS_KEPT) this.problems.push({ path, message, at });
    else this.dropped++;
    return undefined;
  }
}

function typeName(schema: Schema): string {
  switch (schema.kind) {
    case 'string':
      return 'a string';
    case 'secret':
      return 'a ${NAME} reference';
    case 'int':
      return 'an integer';
    case 'bool':
      return 'true or false';
    case 'idOrLabel':
      return 'an id or a label';
    case 'enum':
      return `one of ${schema.values.join(', ')}`;
    case 'const':
      return String(schema.value);
    case 'seq':
      return 'a sequence';
    case 'map':
    case 'object':
    case 'tagged':
      return 'a mapping';
  }
}
