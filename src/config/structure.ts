/**
 * Structural validation: walks the YAML nodes along a schema description (descriptors.ts),
 * reporting every unknown field, wrong type, bad enum value and missing field with its position,
 * and builds the value, dropping what is invalid.
 */
import { isMap, isPair, isScalar, isSeq, type Pair, type ParsedNode, type YAMLMap } from 'yaml';
import type { Field, Fields, ObjectSchema, Schema, SecretSchema, StringSchema, TaggedSchema } from './descriptors.js';
import { hasPartialReference, referencedName, resolveEnvRef, suggestedEnvName } from './env-refs.js';
import type { Positions } from './source-map.js';
import { closest } from './suggest.js';
import type { EnvRef, SourcePosition, YamlPath } from './types.js';

export interface Problem {
  path: YamlPath;
  message: string;
  at: SourcePosition;
}

export interface StructureResult {
  /** The value built from the valid parts; its type is `Parsed<schema>`. */
  value: unknown;
  problems: Problem[];
  /** Every reference in order of appearance, duplicates included. */
  envRefs: EnvRef[];
  /** Whether a problem was reported at or below `path` (so a rule should not judge that part). */
  invalidAt(path: YamlPath): boolean;
}

type Node = ParsedNode | null | undefined;

/** The label a value belongs to (the nearest map key) and its sibling fields, for secret names. */
interface Context {
  label?: string;
  siblings?: YAMLMap.Parsed;
}

const PARTIAL_REFERENCE =
  'environment references must be the whole value: write ${NAME} (NAME: letters, digits and _, ' +
  'not starting with a digit) and build any longer text in the workflow env';

export function validateStructure(
  root: Node,
  schema: Schema,
  positions: Positions,
  env: Record<string, string | undefined>,
): StructureResult {
  const walker = new Walker(positions, env);
  const value = walker.value(root, undefined, schema, [], {});
  const problems = walker.problems;
  return {
    value,
    problems,
    envRefs: walker.envRefs,
    invalidAt: (path) => problems.some((problem) => path.every((segment, i) => problem.path[i] === segment)),
  };
}

class Walker {
  readonly problems: Problem[] = [];
  readonly envRefs: EnvRef[] = [];

  constructor(
    private readonly positions: Positions,
    private readonly env: Record<string, string | undefined>,
  ) {}

  /** The validated value of `node`, or undefined (after reporting) when it is invalid. */
  value(node: Node, key: Node, schema: Schema, path: YamlPath, ctx: Context): unknown {
    const at = this.positions.ofValue(node, key);
    const target = this.positions.resolve(node);
    switch (schema.kind) {
      case 'string':
        return this.string(target, schema, path, at);
      case 'secret':
        return this.secret(target, schema, path, at, ctx);
      case 'int': {
        const value = isScalar(target) ? target.value : undefined;
        if (typeof value !== 'number' || !Number.isInteger(value)) return this.wrongType(target, 'an integer', path, at);
        if (schema.minimum !== undefined && value < schema.minimum) {
          return this.report(path, `must be at least ${schema.minimum} (got ${value})`, at);
        }
        return value;
      }
      case 'bool': {
        const value = isScalar(target) ? target.value : undefined;
        return typeof value === 'boolean' ? value : this.wrongType(target, 'true or false', path, at);
      }
      case 'idOrLabel': {
        const value = isScalar(target) ? target.value : undefined;
        if (typeof value === 'number' && Number.isInteger(value) && value >= 1) return value;
        if (typeof value === 'string' && value.trim() !== '') {
          if (value.includes('${')) return this.report(path, 'must be written literally: ${...} is not substituted here', at);
          return value;
        }
        return this.report(path, `must be an id (a positive integer) or a label (got ${describe(target)})`, at);
      }
      case 'enum': {
        const value = isScalar(target) ? target.value : undefined;
        if (typeof value === 'string' && schema.values.includes(value)) return value;
        return this.report(path, `must be one of ${schema.values.join(', ')} (got ${describe(target)})`, at);
      }
      case 'const': {
        const value = isScalar(target) ? target.value : undefined;
        return value === schema.value ? value : this.report(path, `must be ${schema.value} (got ${describe(target)})`, at);
      }
      case 'seq': {
        if (!isSeq(target)) return this.wrongType(target, 'a sequence', path, at);
        if (schema.minItems !== undefined && target.items.length < schema.minItems) {
          this.report(path, `must have at least ${schema.minItems} item${schema.minItems === 1 ? '' : 's'}`, at);
        }
        // A parsed sequence holds nodes, or pairs for the flow form `[a: 1]`.
        const items = target.items as ReadonlyArray<ParsedNode | Pair<ParsedNode, ParsedNode | null>>;
        return items.map((item, i) =>
          isPair(item)
            ? this.report([...path, i], `must be ${typeName(schema.items)} (got a mapping)`, this.positions.of(item.key))
            : this.value(item, undefined, schema.items, [...path, i], ctx),
        );
      }
      case 'map':
        if (!isMap(target)) return this.wrongType(target, 'a mapping', path, at);
        return this.map(target, schema.values, schema.keys, path);
      case 'object':
        if (!isMap(target)) return this.wrongType(target, 'a mapping', path, at);
        return this.fields(target, schema.fields, path, at, ctx.label);
      case 'tagged':
        if (!isMap(target)) return this.wrongType(target, 'a mapping', path, at);
        return this.tagged(target, schema, path, at, ctx.label);
      default: {
        const unreachable: never = schema;
        throw new Error(`unknown schema kind ${JSON.stringify(unreachable)}`);
      }
    }
  }

  private string(target: Node, schema: StringSchema, path: YamlPath, at: SourcePosition): unknown {
    if (!isScalar(target) || typeof target.value !== 'string') return this.wrongType(target, 'a string', path, at);
    const text = target.value;
    const name = referencedName(text);
    if (name !== undefined) {
      if (schema.envRefs) return this.ref(name, false);
      return this.report(path, 'must be written literally: ${...} is not substituted here', at);
    }
    if (hasPartialReference(text)) return this.report(path, PARTIAL_REFERENCE, at);
    return text;
  }

  private secret(target: Node, schema: SecretSchema, path: YamlPath, at: SourcePosition, ctx: Context): unknown {
    if (isScalar(target) && typeof target.value === 'string') {
      const name = referencedName(target.value);
      if (name !== undefined) return this.ref(name, true);
      if (hasPartialReference(target.value)) return this.report(path, PARTIAL_REFERENCE, at);
    }
    if (isMap(target) || isSeq(target)) return this.wrongType(target, 'a ${NAME} reference', path, at);
    const suggestion = suggestedEnvName(ctx.label, this.hintFrom(schema, ctx) ?? schema.envHint);
    const fix = `use \${${suggestion}} and map the secret into env (env: ${suggestion}: \${{ secrets.${suggestion} }})`;
    // The literal is never echoed: the message ends up in logs and PR comments.
    if (isScalar(target) && target.value === null) return this.report(path, `must be a \${NAME} reference: ${fix}`, at);
    return this.report(path, `secrets must not be committed to the repository: ${fix}; rotate the value if it was pushed`, at);
  }

  /** The sibling field that names a secret better than its generic hint (a header's name). */
  private hintFrom(schema: SecretSchema, ctx: Context): string | undefined {
    if (schema.envHintFrom === undefined || ctx.siblings === undefined) return undefined;
    const pair = ctx.siblings.items.find((item) => isScalar(item.key) && item.key.value === schema.envHintFrom);
    const value = isScalar(pair?.value) ? pair.value.value : undefined;
    return typeof value === 'string' && !value.includes('${') ? value : undefined;
  }

  private map(
    target: YAMLMap.Parsed,
    values: Schema,
    keys: { what: string; minLength?: number; maxLength?: number },
    path: YamlPath,
  ): ReadonlyMap<string, unknown> {
    const out = new Map<string, unknown>();
    const seen = new Map<string, ParsedNode>();
    for (const pair of target.items) {
      const label = this.keyName(pair.key, pair.value, keys.what, path);
      if (label === undefined || this.duplicate(seen, label, pair.key, path)) continue;
      const keyPath = [...path, label];
      const keyAt = this.positions.of(pair.key);
      if (keys.maxLength !== undefined && label.length > keys.maxLength) {
        this.report(keyPath, `${keys.what} must be at most ${keys.maxLength} characters (got ${label.length})`, keyAt);
      } else if (keys.minLength !== undefined && label.length < keys.minLength) {
        this.report(keyPath, `${keys.what} must be at least ${keys.minLength} characters (got ${JSON.stringify(label)})`, keyAt);
      }
      if (label.includes('${')) this.report(keyPath, `${keys.what} is written literally: \${...} is not substituted in keys`, keyAt);
      out.set(label, this.value(pair.value, pair.key, values, keyPath, { label }));
    }
    return out;
  }

  private tagged(target: YAMLMap.Parsed, schema: TaggedSchema, path: YamlPath, at: SourcePosition, label?: string): unknown {
    const tagPair = target.items.find((item) => isScalar(item.key) && item.key.value === schema.tag);
    const tagNode = this.positions.resolve(tagPair?.value);
    const tagValue = isScalar(tagNode) ? tagNode.value : undefined;
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
    if (current === undefined) this.uncheckedVariantFields(target, schema, path);
    return this.fields(target, fields, path, at, label, {
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
  private uncheckedVariantFields(target: YAMLMap.Parsed, schema: TaggedSchema, path: YamlPath): void {
    const variants = schema.tagValues.map((value): Fields => schema.variants[value] ?? {});
    for (const pair of target.items) {
      const name = isScalar(pair.key) ? pair.key.value : undefined;
      if (typeof name !== 'string') continue;
      const owned = variants.map((fields) => (Object.hasOwn(fields, name) ? fields[name] : undefined)).filter((f): f is Field => f !== undefined);
      if (owned.length === 0) continue;
      const fieldPath = [...path, name];
      this.report(fieldPath, `not checked: what it may hold depends on ${schema.tag}, which must be ${schema.tagValues.join(' or ')}`, this.positions.of(pair.key));
      const node = this.positions.resolve(pair.value);
      if (!isMap(node) || !owned.every((f) => f.schema.kind === 'object')) continue;
      const union = [...new Set(owned.flatMap((f) => Object.keys((f.schema as ObjectSchema).fields)))];
      for (const item of node.items) {
        const key = isScalar(item.key) ? item.key.value : undefined;
        if (typeof key === 'string' && !union.includes(key)) {
          this.unknownField(key, union, undefined, [...fieldPath, key], this.positions.of(item.key));
        }
      }
    }
  }

  private fields(
    target: YAMLMap.Parsed,
    fields: Fields,
    path: YamlPath,
    at: SourcePosition,
    label: string | undefined,
    variant?: { notAllowed(name: string): string | undefined; requiredNote(name: string): string },
  ): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    const seen = new Map<string, ParsedNode>();
    // A misspelt field is reported once, as unknown with a suggestion, not also as missing.
    const suggested = new Set<string>();
    for (const pair of target.items) {
      const name = this.keyName(pair.key, pair.value, 'field name', path);
      if (name === undefined || this.duplicate(seen, name, pair.key, path)) continue;
      const field = Object.hasOwn(fields, name) ? fields[name] : undefined;
      if (field === undefined) {
        const keyAt = this.positions.of(pair.key);
        const suggestion = this.unknownField(name, Object.keys(fields), variant?.notAllowed(name), [...path, name], keyAt);
        if (suggestion !== undefined) suggested.add(suggestion);
        continue;
      }
      const ctx: Context = label === undefined ? { siblings: target } : { label, siblings: target };
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
  private unknownField(
    name: string,
    allowed: string[],
    notAllowed: string | undefined,
    path: YamlPath,
    at: SourcePosition,
  ): string | undefined {
    if (notAllowed === '') return undefined;
    if (notAllowed !== undefined) {
      this.report(path, `"${name}" is ${notAllowed}`, at);
      return undefined;
    }
    const suggestion = closest(name, allowed);
    const help =
      suggestion !== undefined
        ? `did you mean "${suggestion}"?`
        : allowed.length > 0
          ? `allowed fields: ${allowed.join(', ')}`
          : 'no fields are allowed here';
    this.report(path, `unknown field "${name}"; ${help}`, at);
    return suggestion;
  }

  /** A mapping key as a string, or undefined (after reporting) when it is not one. */
  private keyName(key: Node, value: Node, what: string, path: YamlPath): string | undefined {
    const target = this.positions.resolve(key);
    if (isScalar(target) && typeof target.value === 'string') return target.value;
    const at = this.positions.of(key ?? value);
    if (isScalar(target) && target.value !== null) {
      const text = String(target.value);
      this.report([...path, text], `${what} must be a string (got ${text}); quote it: "${text}"`, at);
    } else this.report(path, `${what} must be a string (got ${describe(target)})`, at);
    return undefined;
  }

  /** Records the key; true (after reporting) when it was already there. */
  private duplicate(seen: Map<string, ParsedNode>, name: string, key: Node, path: YamlPath): boolean {
    const first = seen.get(name);
    if (first === undefined) {
      if (key) seen.set(name, key);
      return false;
    }
    const { line, col } = this.positions.of(first);
    this.report([...path, name], `duplicate key "${name}" (first defined at line ${line}, col ${col})`, this.positions.of(key));
    return true;
  }

  private ref(name: string, secret: boolean): EnvRef {
    const ref = resolveEnvRef(name, this.env, secret);
    this.envRefs.push(ref);
    return ref;
  }

  private wrongType(target: Node, expected: string, path: YamlPath, at: SourcePosition): undefined {
    const value = isScalar(target) ? target.value : undefined;
    const unquoted = expected === 'a string' && (typeof value === 'number' || typeof value === 'boolean');
    const quote = unquoted ? '; quote it to make it a string' : '';
    return this.report(path, `must be ${expected} (got ${describe(target)})${quote}`, at);
  }

  private report(path: YamlPath, message: string, at: SourcePosition): undefined {
    this.problems.push({ path, message, at });
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

/** A short description of what was found, for `(got …)`. */
function describe(node: Node): string {
  if (isMap(node)) return 'a mapping';
  if (isSeq(node)) return 'a sequence';
  if (!isScalar(node)) return 'nothing';
  if (node.value === null || node.value === undefined) return node.range[0] < node.range[1] ? 'null' : 'nothing';
  const value: unknown = node.value;
  if (typeof value === 'string') return JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}...` : value);
  return String(value);
}
