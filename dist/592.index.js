export const id = 592;
export const ids = [592];
export const modules = {

/***/ 592:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  loadConfig: () => (/* binding */ loadConfig)
});

// UNUSED EXPORTS: DEFAULT_CONFIG_PATH, MAX_SYNTAX_ERRORS, missingEnv

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
// EXTERNAL MODULE: ./src/config/limits.ts
var limits = __webpack_require__(9304);
;// CONCATENATED MODULE: ./src/config/bounds.ts
/**
 * The nesting and the aliases of an untrusted file, checked without recursion: the `yaml`
 * library's parser recurses once per level, and a megabyte of `[` (or `- - - …`) takes it
 * seconds and gigabytes before it gives up; its own alias lookup scans the whole document on
 * every alias.
 */


/** The lexer's tokens that stand for no text of the file (document start, scalar, flow end). */
const ZERO_WIDTH = new Set(['\x02', '\x18', '\x1f']);
/**
 * The first place the text goes past a bound, by the lexer's tokens alone (linear and small,
 * before the parse, which holds ~200 bytes per token): more than MAX_TOKENS tokens, or nesting
 * deeper than MAX_DEPTH by flow brackets and, at the start of a line, block indicators
 * (`- - - x`, `? - x`). Indentation is not counted: each level of it costs a line's width more,
 * so 1 MiB nests at most ~1,400 levels that way, which the parse survives, and `scanDocument`
 * then refuses beyond MAX_DEPTH.
 */
function checkText(text) {
    let offset = 0;
    let tokens = 0;
    let flow = 0;
    let block = 0;
    let lineStart = true;
    for (const token of new dist/* Lexer */.JG().lex(text)) {
        if (ZERO_WIDTH.has(token))
            continue;
        const at = offset;
        offset += token.length;
        if (++tokens > limits/* MAX_TOKENS */.S0)
            return { kind: 'tokens', offset: at };
        if (token === '[' || token === '{')
            flow++;
        else if (token === ']' || token === '}')
            flow = Math.max(0, flow - 1);
        if (token.includes('\n') || token.includes('\r')) {
            lineStart = true;
            block = 0;
        }
        else if (lineStart && (token === '-' || token === '?' || token === ':'))
            block++;
        else if (token.trim() !== '')
            lineStart = false;
        if (flow + block > limits/* MAX_DEPTH */.lr)
            return { kind: 'depth', offset: at };
    }
    return undefined;
}
/**
 * One pass over the parsed document, in the order the `yaml` library resolves aliases (a node
 * before its items, a key before its value), with an explicit stack: where it nests too deep,
 * and what every alias stands for (the library's own lookup walks the whole document per alias).
 */
function scanDocument(root) {
    const targets = new Map();
    const anchored = new Map();
    let tooDeep;
    const stack = root ? [{ node: root, depth: 0 }] : [];
    while (stack.length > 0) {
        const { node, depth } = stack.pop();
        if ((0,dist/* isPair */.tO)(node)) {
            // A pair is no level of its own: its key and value sit in its collection's level.
            if (node.value)
                stack.push({ node: node.value, depth });
            if (node.key)
                stack.push({ node: node.key, depth });
            continue;
        }
        if ((0,dist/* isAlias */.Vj)(node)) {
            targets.set(node, anchored.get(node.source));
            continue;
        }
        const parsed = node;
        if (parsed.anchor)
            anchored.set(parsed.anchor, parsed);
        if (!(0,dist/* isCollection */.P3)(parsed))
            continue;
        if (depth + 1 > limits/* MAX_DEPTH */.lr) {
            tooDeep ??= parsed;
            continue;
        }
        const items = parsed.items;
        for (let i = items.length - 1; i >= 0; i--)
            stack.push({ node: items[i], depth: depth + 1 });
    }
    return tooDeep ? { tooDeep, targets } : { targets };
}

// EXTERNAL MODULE: ./src/config/errors.ts
var errors = __webpack_require__(7827);
;// CONCATENATED MODULE: ./src/config/source-map.ts


/**
 * The document as the `yaml` library reads it, where its nodes are, and the first node nested
 * deeper than MAX_DEPTH (bounds.ts).
 */
function parseYamlDocument(text) {
    const lineCounter = new dist/* LineCounter */.HN();
    // Duplicate keys are reported by the structural walk, which knows their path.
    const doc = (0,dist/* parseDocument */.Tp)(text, { lineCounter, uniqueKeys: false, prettyErrors: false });
    const { targets, tooDeep } = scanDocument(doc.contents);
    const positions = new Positions(lineCounter, doc, targets);
    return tooDeep ? { doc, positions, tooDeep } : { doc, positions };
}
/** The source map of a config file's text. */
function parseSourceMap(file, text) {
    const { doc, positions } = parseYamlDocument(text);
    return createSourceMap(file, positions, doc);
}
/** Positions of nodes in one parsed document. */
class Positions {
    lineCounter;
    doc;
    targets;
    constructor(lineCounter, doc, targets) {
        this.lineCounter = lineCounter;
        this.doc = doc;
        this.targets = targets;
    }
    at(offset) {
        return this.lineCounter.linePos(offset);
    }
    /** The node's first character, or 1:1 when it has no source range. */
    of(node) {
        return node ? this.at(node.range[0]) : { line: 1, col: 1 };
    }
    /**
     * Where to point for a value: the value itself when it is a written scalar, else its key. A
     * block mapping starts on the line after its key, and an empty value has nothing to point at.
     */
    ofValue(value, key) {
        const writtenScalar = ((0,dist/* isScalar */.jn)(value) || (0,dist/* isAlias */.Vj)(value)) && value.range[0] < value.range[1];
        if (writtenScalar || !key)
            return this.of(value ?? key ?? this.doc.contents);
        return this.of(key);
    }
    /** Follows an alias (`*name`) to the node it stands for, found once for all by `scanDocument`. */
    resolve(node) {
        return (0,dist/* isAlias */.Vj)(node) ? this.targets.get(node) : node;
    }
}
/** Maps YAML paths to positions: the value for scalars, the key for mappings and sequences. */
function createSourceMap(file, positions, doc) {
    return {
        file,
        locate(path) {
            let node = doc.contents;
            let key;
            for (const segment of path) {
                const current = positions.resolve(node);
                if ((0,dist/* isMap */.jh)(current) && typeof segment === 'string') {
                    const pair = current.items.find((item) => (0,dist/* isScalar */.jn)(item.key) && item.key.value === segment);
                    if (!pair)
                        return undefined;
                    node = pair.value;
                    key = pair.key;
                }
                else if ((0,dist/* isSeq */.oP)(current) && typeof segment === 'number') {
                    node = current.items[segment];
                    key = undefined;
                    if (node === undefined)
                        return undefined;
                }
                else
                    return undefined;
            }
            return positions.ofValue(node, key);
        },
    };
}

// EXTERNAL MODULE: ./src/config/env-refs.ts
var env_refs = __webpack_require__(3504);
;// CONCATENATED MODULE: ./src/config/suggest.ts
/** Optimal string alignment distance: Levenshtein plus adjacent transpositions (`detials` → `details` is 1). */
function editDistance(a, b) {
    const rows = a.length + 1;
    const cols = b.length + 1;
    const d = new Array(rows * cols).fill(0);
    const at = (i, j) => d[i * cols + j] ?? 0;
    for (let i = 0; i < rows; i++)
        d[i * cols] = i;
    for (let j = 0; j < cols; j++)
        d[j] = j;
    for (let i = 1; i < rows; i++) {
        for (let j = 1; j < cols; j++) {
            const cost = a[i - 1] === b[j - 1] ? 0 : 1;
            let best = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost);
            if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1])
                best = Math.min(best, at(i - 2, j - 2) + 1);
            d[i * cols + j] = best;
        }
    }
    return at(a.length, b.length);
}
/**
 * The candidate closest to `word`, if close enough to be a plausible typo: case is ignored, and
 * up to a third of the word's length (at least 2) may differ.
 */
function closest(word, candidates) {
    const limit = Math.max(2, Math.floor(word.length / 3));
    let best;
    for (const candidate of candidates) {
        if (candidate === word)
            continue;
        const distance = editDistance(word.toLowerCase(), candidate.toLowerCase());
        if (distance <= limit && (best === undefined || distance < best.distance))
            best = { candidate, distance };
    }
    return best?.candidate;
}

;// CONCATENATED MODULE: ./src/config/structure.ts



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
const RESERVED_NAME = /^(?:INPUT|GITHUB|ACTIONS|RUNNER)_/;
const PARTIAL_REFERENCE = 'environment references must be the whole value: write ${NAME} (NAME: letters, digits and _, ' +
    'not starting with a digit) and build any longer text in the workflow env';
function validateStructure(root, schema, tree, env) {
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
const MAX_PROBLEMS_KEPT = 20 * limits/* MAX_PROBLEMS */.aZ;
/**
 * The walk's stop when aliases expand to more than MAX_ALIAS_NODES nodes (a "billion laughs"):
 * `at` is the outermost alias being expanded.
 */
class AliasExpansionError extends Error {
    at;
    constructor(at) {
        super(`aliases expand to more than ${limits/* MAX_ALIAS_NODES */.U7.toLocaleString('en-US')} nodes from the alias at line ${at.line}, col ${at.col} (an alias is read as a copy of what it names): write the repeated parts out, or alias fewer and smaller ones`);
        this.at = at;
        this.name = 'AliasExpansionError';
    }
}
class Walker {
    tree;
    env;
    problems = [];
    /** Problems found beyond MAX_PROBLEMS_KEPT, counted only. */
    dropped = 0;
    envRefs = [];
    /** Where the aliases being expanded are, outermost first. */
    aliases = [];
    aliasNodes = 0;
    constructor(tree, env) {
        this.tree = tree;
        this.env = env;
    }
    /** The validated value of `node`, or undefined (after reporting) when it is invalid. */
    value(node, key, schema, path, ctx) {
        const at = this.tree.ofValue(node, key);
        const target = this.tree.resolve(node);
        // An alias is walked as the node it stands for, once per alias: what it expands to is charged.
        const alias = node !== undefined && node !== null && target !== node;
        if (alias)
            this.aliases.push(this.tree.of(node));
        try {
            this.charge();
            return this.check(target, schema, path, at, ctx);
        }
        finally {
            if (alias)
                this.aliases.pop();
        }
    }
    /**
     * Counts one node visited through an alias; past MAX_ALIAS_NODES the walk stops, at the
     * outermost alias being expanded.
     */
    charge() {
        if (this.aliases.length === 0)
            return;
        if (++this.aliasNodes > limits/* MAX_ALIAS_NODES */.U7)
            throw new AliasExpansionError(this.aliases[0]);
    }
    check(target, schema, path, at, ctx) {
        switch (schema.kind) {
            case 'string':
                return this.string(target, schema, path, at);
            case 'secret':
                return this.secret(target, schema, path, at, ctx);
            case 'int': {
                const value = this.tree.scalar(target);
                if (typeof value !== 'number' || !Number.isInteger(value))
                    return this.wrongType(target, 'an integer', path, at);
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
                if (typeof value === 'number' && Number.isInteger(value) && value >= 1)
                    return value;
                if (typeof value === 'string' && value.trim() !== '') {
                    if (value.includes('${'))
                        return this.report(path, NOT_A_CREDENTIAL, at);
                    return value;
                }
                return this.report(path, `must be an id (a positive integer) or a label (got ${this.describe(target)})`, at);
            }
            case 'enum': {
                const value = this.tree.scalar(target);
                if (typeof value === 'string' && schema.values.includes(value))
                    return value;
                return this.report(path, `must be one of ${schema.values.join(', ')} (got ${this.describe(target)})`, at);
            }
            case 'const': {
                const value = this.tree.scalar(target);
                return value === schema.value ? value : this.report(path, `must be ${schema.value} (got ${this.describe(target)})`, at);
            }
            case 'seq': {
                const items = this.tree.items(target);
                if (items === undefined)
                    return this.wrongType(target, 'a sequence', path, at);
                if (schema.minItems !== undefined && items.length < schema.minItems) {
                    this.report(path, `must have at least ${schema.minItems} item${schema.minItems === 1 ? '' : 's'}`, at);
                }
                return items.map((item, i) => this.tree.isPairItem(item)
                    ? this.report([...path, i], `must be ${typeName(schema.items)} (got a mapping)`, this.tree.of(item))
                    : this.value(item, undefined, schema.items, [...path, i], ctx));
            }
            case 'map': {
                const entries = this.tree.entries(target);
                if (entries === undefined)
                    return this.wrongType(target, 'a mapping', path, at);
                return this.map(entries, schema.values, schema.keys, path);
            }
            case 'object': {
                const entries = this.tree.entries(target);
                if (entries === undefined)
                    return this.wrongType(target, 'a mapping', path, at);
                const retired = schema.retired;
                const variant = retired && { notAllowed: (name) => (Object.hasOwn(retired, name) ? retired[name] : undefined), requiredNote: () => '' };
                return this.fields(entries, schema.fields, path, at, ctx.label, variant);
            }
            case 'tagged': {
                const entries = this.tree.entries(target);
                if (entries === undefined)
                    return this.wrongType(target, 'a mapping', path, at);
                return this.tagged(entries, schema, path, at, ctx.label);
            }
            default: {
                const unreachable = schema;
                throw new Error(`unknown schema kind ${JSON.stringify(unreachable)}`);
            }
        }
    }
    string(target, schema, path, at) {
        const text = this.tree.scalar(target);
        if (typeof text !== 'string')
            return this.wrongType(target, 'a string', path, at);
        if (!schema.envRefs)
            return text.includes('${') ? this.report(path, NOT_A_CREDENTIAL, at) : text;
        const name = (0,env_refs/* referencedName */.rR)(text);
        if (name !== undefined)
            return this.ref(name, false, path, at);
        if ((0,env_refs/* hasPartialReference */.nx)(text))
            return this.report(path, PARTIAL_REFERENCE, at);
        return text;
    }
    secret(target, schema, path, at, ctx) {
        const value = this.tree.scalar(target);
        if (typeof value === 'string') {
            const name = (0,env_refs/* referencedName */.rR)(value);
            if (name !== undefined)
                return this.ref(name, true, path, at);
            if ((0,env_refs/* hasPartialReference */.nx)(value))
                return this.report(path, PARTIAL_REFERENCE, at);
        }
        if (this.tree.entries(target) || this.tree.items(target))
            return this.wrongType(target, 'a ${NAME} reference', path, at);
        const suggestion = (0,env_refs/* suggestedEnvName */.K6)(ctx.label, this.hintFrom(schema, ctx) ?? schema.envHint);
        const fix = `use \${${suggestion}} and map the secret into env (env: ${suggestion}: \${{ secrets.${suggestion} }})`;
        // The literal is never echoed: the message ends up in logs and PR comments.
        if (value === null)
            return this.report(path, `must be a \${NAME} reference: ${fix}`, at);
        return this.report(path, `secrets must not be committed to the repository: ${fix}; rotate the value if it was pushed`, at);
    }
    /** The sibling field that names a secret better than its generic hint (a header's name). */
    hintFrom(schema, ctx) {
        if (schema.envHintFrom === undefined || ctx.siblings === undefined)
            return undefined;
        const pair = ctx.siblings.find((item) => this.tree.scalar(item.key) === schema.envHintFrom);
        const value = this.tree.scalar(pair?.value);
        return typeof value === 'string' && !value.includes('${') ? value : undefined;
    }
    map(entries, values, keys, path) {
        const out = new Map();
        const seen = new Map();
        for (const pair of entries) {
            this.charge();
            const label = this.keyName(pair.key, pair.value, keys.what, path);
            if (label === undefined || this.duplicate(seen, label, pair.key, path))
                continue;
            const keyPath = [...path, label];
            const keyAt = this.tree.of(pair.key);
            if (keys.maxLength !== undefined && label.length > keys.maxLength) {
                this.report(keyPath, `${keys.what} must be at most ${keys.maxLength} characters (got ${label.length})`, keyAt);
            }
            else if (keys.minLength !== undefined && label.length < keys.minLength) {
                this.report(keyPath, `${keys.what} must be at least ${keys.minLength} characters (got ${JSON.stringify(label)})`, keyAt);
            }
            if (label.includes('${'))
                this.report(keyPath, `${keys.what}: ${NOT_A_CREDENTIAL}`, keyAt);
            out.set(label, this.value(pair.value, pair.key, values, keyPath, { label }));
        }
        return out;
    }
    tagged(entries, schema, path, at, label) {
        const tagPair = entries.find((item) => this.tree.scalar(item.key) === schema.tag);
        const tagValue = this.tree.scalar(this.tree.resolve(tagPair?.value));
        const current = schema.tagValues.find((value) => value === tagValue);
        const fields = {
            [schema.tag]: { schema: { kind: 'enum', values: schema.tagValues, description: schema.tagDescription }, required: true },
            ...schema.common,
            ...(current === undefined ? {} : schema.variants[current]),
        };
        const owners = new Map();
        for (const value of schema.tagValues) {
            for (const name of Object.keys(schema.variants[value] ?? {}))
                owners.set(name, [...(owners.get(name) ?? []), value]);
        }
        if (current === undefined)
            this.uncheckedVariantFields(entries, schema, path);
        return this.fields(entries, fields, path, at, label, {
            notAllowed: (name) => {
                const owner = owners.get(name);
                if (owner === undefined)
                    return undefined;
                // With no valid tag the variant is unknown, and the tag's own error says enough.
                if (current === undefined)
                    return '';
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
    uncheckedVariantFields(entries, schema, path) {
        const variants = schema.tagValues.map((value) => schema.variants[value] ?? {});
        for (const pair of entries) {
            this.charge();
            const name = this.tree.scalar(pair.key);
            if (typeof name !== 'string')
                continue;
            const owned = variants.map((fields) => (Object.hasOwn(fields, name) ? fields[name] : undefined)).filter((f) => f !== undefined);
            if (owned.length === 0)
                continue;
            const fieldPath = [...path, name];
            this.report(fieldPath, `not checked: what it may hold depends on ${schema.tag}, which must be ${schema.tagValues.join(' or ')}`, this.tree.of(pair.key));
            const nested = this.tree.entries(this.tree.resolve(pair.value));
            if (nested === undefined || !owned.every((f) => f.schema.kind === 'object'))
                continue;
            const union = [...new Set(owned.flatMap((f) => Object.keys(f.schema.fields)))];
            for (const item of nested) {
                this.charge();
                const key = this.tree.scalar(item.key);
                if (typeof key === 'string' && !union.includes(key)) {
                    this.unknownField(key, union, undefined, [...fieldPath, key], this.tree.of(item.key));
                }
            }
        }
    }
    fields(entries, fields, path, at, label, variant) {
        const out = {};
        const seen = new Map();
        // A misspelt field is reported once, as unknown with a suggestion, not also as missing.
        const suggested = new Set();
        for (const pair of entries) {
            this.charge();
            const name = this.keyName(pair.key, pair.value, 'field name', path);
            if (name === undefined || this.duplicate(seen, name, pair.key, path))
                continue;
            const field = Object.hasOwn(fields, name) ? fields[name] : undefined;
            if (field === undefined) {
                const keyAt = this.tree.of(pair.key);
                const suggestion = this.unknownField(name, Object.keys(fields), variant?.notAllowed(name), [...path, name], keyAt);
                if (suggestion !== undefined)
                    suggested.add(suggestion);
                continue;
            }
            const ctx = label === undefined ? { siblings: entries } : { label, siblings: entries };
            const value = this.value(pair.value, pair.key, field.schema, [...path, name], ctx);
            if (value !== undefined)
                out[name] = value;
        }
        for (const [name, field] of Object.entries(fields)) {
            if (seen.has(name) || suggested.has(name))
                continue;
            if (field.required)
                this.report(path, `missing required field "${name}"${variant?.requiredNote(name) ?? ''}`, at);
            else if (field.default !== undefined)
                out[name] = field.default;
        }
        return out;
    }
    /** Reports a field the schema does not allow here; returns the field it suggests instead. */
    unknownField(name, allowed, notAllowed, path, at) {
        if (notAllowed === '')
            return undefined;
        if (notAllowed !== undefined) {
            this.report(path, `"${name}" is ${notAllowed}`, at);
            return undefined;
        }
        const suggestion = closest(name, allowed);
        const help = suggestion !== undefined
            ? `did you mean "${suggestion}"?`
            : allowed.length > 0
                ? `allowed fields: ${allowed.join(', ')}`
                : 'no fields are allowed here';
        this.report(path, `unknown field "${name}"; ${help}`, at);
        return suggestion;
    }
    /** A mapping key as a string, or undefined (after reporting) when it is not one. */
    keyName(key, value, what, path) {
        const target = this.tree.resolve(key);
        const name = this.tree.scalar(target);
        if (typeof name === 'string')
            return name;
        const at = this.tree.of(key ?? value);
        if (name !== undefined && name !== null) {
            const text = String(name);
            this.report([...path, text], `${what} must be a string (got ${text}); quote it: "${text}"`, at);
        }
        else
            this.report(path, `${what} must be a string (got ${this.describe(target)})`, at);
        return undefined;
    }
    /** Records the key; true (after reporting) when it was already there. */
    duplicate(seen, name, key, path) {
        if (!seen.has(name)) {
            seen.set(name, key);
            return false;
        }
        const { line, col } = this.tree.of(seen.get(name));
        this.report([...path, name], `duplicate key "${name}" (first defined at line ${line}, col ${col})`, this.tree.of(key));
        return true;
    }
    /** The reference, resolved (reading the variable is what registers its value as a secret, see main.ts). */
    ref(name, secret, path, at) {
        if (RESERVED_NAME.test(name)) {
            return this.report(path, `\${${name}} names a variable of the runner or of the action's inputs, which the file may not read: map the secret to a variable of its own in the step's env`, at);
        }
        const ref = (0,env_refs/* resolveEnvRef */.vW)(name, this.env, secret);
        this.envRefs.push(ref);
        return ref;
    }
    wrongType(target, expected, path, at) {
        const value = this.tree.scalar(target);
        const unquoted = expected === 'a string' && (typeof value === 'number' || typeof value === 'boolean');
        const quote = unquoted ? '; quote it to make it a string' : '';
        return this.report(path, `must be ${expected} (got ${this.describe(target)})${quote}`, at);
    }
    /** A short description of what was found, for `(got …)`. */
    describe(node) {
        if (this.tree.entries(node))
            return 'a mapping';
        if (this.tree.items(node))
            return 'a sequence';
        const value = this.tree.scalar(node);
        if (value === undefined)
            return 'nothing';
        if (value === null)
            return this.tree.isEmpty(node) ? 'nothing' : 'null';
        if (typeof value === 'string')
            return JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}...` : value);
        return String(value);
    }
    report(path, message, at) {
        if (this.problems.length < MAX_PROBLEMS_KEPT)
            this.problems.push({ path, message, at });
        else
            this.dropped++;
        return undefined;
    }
}
function typeName(schema) {
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

// EXTERNAL MODULE: ./src/group.ts
var group = __webpack_require__(460);
// EXTERNAL MODULE: ./src/linode/rules.ts
var rules = __webpack_require__(4820);
// EXTERNAL MODULE: ./src/s3/endpoint.ts
var endpoint = __webpack_require__(8405);
// EXTERNAL MODULE: ./src/config/types.ts
var types = __webpack_require__(2143);
;// CONCATENATED MODULE: ./src/config/semantic-rules.ts
/**
 * Rules on top of the structure: cross-references inside the file, the stream quota, and the
 * Linode API's own validation rules (rules.ts), checked before anything is changed on the account.
 */






/** Every rule violation in a structurally validated config (invalid parts are skipped). */
function checkRules(config, invalidAt) {
    const problems = [];
    const destinations = config.destinations ?? new Map();
    const streams = config.streams ?? new Map();
    const buckets = config.buckets ?? new Map();
    for (const [name, bucket] of buckets) {
        if (bucket !== undefined)
            problems.push(...bucketRules(name, bucket, ['buckets', name], invalidAt));
    }
    for (const [key, cluster] of config.lke_clusters ?? []) {
        if (cluster?.audit_logs === false) {
            problems.push({
                path: ['lke_clusters', key, 'audit_logs'],
                message: 'must be true: the action only turns Kubernetes API audit logs on; remove the entry to leave the cluster as it is',
            });
        }
    }
    for (const [label, destination] of destinations) {
        const path = ['destinations', label, 'details'];
        if (destination?.type === 'akamai_object_storage' && destination.details) {
            problems.push(...objectStorageRules(destination.details, path));
            problems.push(...objectStorageKeyRules(destination.details, path, buckets, invalidAt));
        }
        else if (destination?.type === 'custom_https' && destination.details) {
            problems.push(...customHttpsRules(destination.details, path, invalidAt));
        }
    }
    for (const [label, stream] of streams) {
        if (stream === undefined)
            continue;
        const path = ['streams', label];
        // When `destinations` itself is invalid its labels are unknown: no reference can be judged.
        const labelsKnown = config.destinations !== undefined || !invalidAt(['destinations']);
        if (labelsKnown && stream.destination !== undefined && !destinations.has(stream.destination)) {
            problems.push({ path: [...path, 'destination'], message: danglingDestination(stream.destination, [...destinations.keys()]) });
        }
        if (stream.type === 'lke_audit_logs' && stream.details && !invalidAt([...path, 'details'])) {
            problems.push(...lkeDetailsRules(stream.details, [...path, 'details']));
        }
    }
    if (config.stream_quota !== undefined)
        problems.push(...quotaRules(streams, config.stream_quota));
    return problems;
}
/** The value a rule can check: the literal, or the variable's value when it is set. */
function resolved(value) {
    return (0,types/* isEnvRef */.Jm)(value) ? value.value : value;
}
/** How to name a value in a message without echoing what came from the environment. */
function shown(value) {
    return (0,types/* isEnvRef */.Jm)(value) ? `\${${value.name}}` : JSON.stringify(value);
}
function objectStorageRules(details, path) {
    const problems = [];
    const bucket = resolved(details.bucket_name);
    if (bucket !== undefined) {
        const reasons = (0,rules/* bucketNameProblems */.IL)(bucket);
        if (reasons.length > 0)
            problems.push({ path: [...path, 'bucket_name'], message: `invalid bucket name: ${reasons.join(' ')}` });
    }
    const host = resolved(details.host);
    const hostBucket = host === undefined ? undefined : (0,rules/* bucketOfHost */.K8)(host);
    // The API refuses a host whose first label(s) name another bucket than bucket_name.
    if (hostBucket !== undefined && bucket !== undefined && hostBucket !== bucket && details.bucket_name && details.host) {
        const names = (0,types/* isEnvRef */.Jm)(details.host) || (0,types/* isEnvRef */.Jm)(details.bucket_name) ? '' : ` (host names bucket "${hostBucket}", bucket_name is "${bucket}")`;
        problems.push({
            path: [...path, 'host'],
            message: `host must be the bucket's own host, <bucket_name>.<cluster>.linodeobjects.com${names}`,
        });
    }
    return problems;
}
/** The bucket and region an Object Storage host names, when it is a `<bucket>.<region>-1.linodeobjects.com` host. */
function bucketHostParts(host) {
    const text = resolved(host);
    if (text === undefined)
        return undefined;
    const bucket = (0,rules/* bucketOfHost */.K8)(text);
    const region = (0,endpoint/* regionOfHost */.S$)(text);
    return bucket === undefined || region === undefined ? undefined : { bucket, region };
}
/** `access_key: managed`, or both halves of a key; a managed key needs the bucket's region. */
function objectStorageKeyRules(details, path, buckets, invalidAt) {
    const problems = [];
    const managed = details.access_key === 'managed';
    if (managed) {
        for (const field of ['access_key_id', 'access_key_secret']) {
            if (details[field] !== undefined) {
                problems.push({ path: [...path, field], message: `leave out ${field} with access_key: managed: the action creates the key and feeds it to the destination` });
            }
        }
        const bucket = resolved(details.bucket_name);
        if ((0,types/* isEnvRef */.Jm)(details.bucket_name)) {
            problems.push({ path: [...path, 'bucket_name'], message: 'write bucket_name literally with access_key: managed: the key is limited to it' });
        }
        else if (bucket !== undefined && !buckets.has(bucket) && bucketHostParts(details.host) === undefined && !invalidAt([...path, 'host'])) {
            problems.push({
                path: [...path, 'access_key'],
                message: `a managed key needs the bucket's region: declare bucket "${bucket}" under buckets: with its region, or use a host like ${bucket}.us-iad-1.linodeobjects.com`,
            });
        }
    }
    else if (!invalidAt([...path, 'access_key'])) {
        const missing = ['access_key_id', 'access_key_secret'].filter((field) => details[field] === undefined && !invalidAt([...path, field]));
        if (missing.length > 0) {
            problems.push({ path, message: `missing ${missing.join(' and ')}: give access_key_id and access_key_secret, or access_key: managed` });
        }
    }
    // A declared bucket fixes the region: the host must be that bucket's host in that region.
    const bucket = resolved(details.bucket_name);
    const declared = bucket === undefined ? undefined : buckets.get(bucket);
    const host = resolved(details.host);
    if (declared?.region !== undefined && host !== undefined && details.host !== undefined && !invalidAt(['buckets', bucket, 'region'])) {
        const region = (0,endpoint/* regionOfHost */.S$)(host);
        if (region !== undefined && region !== declared.region) {
            problems.push({
                path: [...path, 'host'],
                message: `bucket "${bucket}" is declared in region ${declared.region} (buckets.${bucket}.region), but the host is in ${region}: use ${safeBucketHost(bucket, declared.region) ?? 'the bucket\'s host in that region'}`,
            });
        }
    }
    return problems;
}
function safeBucketHost(bucket, region) {
    try {
        return (0,endpoint/* bucketHost */.zV)(bucket, region);
    }
    catch {
        return undefined;
    }
}
function bucketRules(name, bucket, path, invalidAt) {
    const problems = [];
    const reasons = (0,rules/* bucketNameProblems */.IL)(name);
    if (reasons.length > 0)
        problems.push({ path, message: `invalid bucket name "${name}": ${reasons.join(' ')}` });
    let regionOk = false;
    if (bucket.region !== undefined) {
        try {
            (0,endpoint/* checkRegion */.vK)(bucket.region);
            regionOk = true;
        }
        catch (error) {
            problems.push({ path: [...path, 'region'], message: error.message });
        }
    }
    const lock = bucket.object_lock;
    if (lock !== undefined && !invalidAt([...path, 'object_lock']) && (lock.days === undefined) === (lock.years === undefined)) {
        problems.push({ path: [...path, 'object_lock'], message: 'give exactly one of days and years' });
    }
    return problems;
}
function customHttpsRules(details, path, invalidAt) {
    const problems = [];
    const url = resolved(details.endpoint_url);
    if (url !== undefined && details.endpoint_url !== undefined && !(0,rules/* isValidEndpointUrl */.Zm)(url)) {
        problems.push({
            path: [...path, 'endpoint_url'],
            message: `${shown(details.endpoint_url)} is not a valid endpoint URL (expected e.g. https://logs.example.com/ingest)`,
        });
    }
    const firstByName = new Map();
    (details.custom_headers ?? []).forEach((header, i) => {
        const name = resolved(header?.name);
        if (name === undefined || header?.name === undefined)
            return;
        const namePath = [...path, 'custom_headers', i, 'name'];
        if ((0,rules/* isForbiddenHeaderName */.iS)(name)) {
            const instead = name.trim().toLowerCase() === 'authorization' ? '; configure authentication instead' : '';
            problems.push({
                path: namePath,
                message: `${shown(header.name)} cannot be a custom header: ` +
                    `the platform sets ${rules/* FORBIDDEN_CUSTOM_HEADER_NAMES */.nE.join(', ')} itself (case-insensitive)${instead}`,
            });
        }
        const key = name.trim().toLowerCase();
        const first = firstByName.get(key);
        if (first === undefined)
            firstByName.set(key, i);
        else {
            problems.push({
                path: namePath,
                message: `duplicate header name ${shown(header.name)} (also ${(0,errors/* formatPath */.jV)(['custom_headers', first])}; names are case-insensitive)`,
            });
        }
    });
    const certificate = details.client_certificate_details;
    const certificatePath = [...path, 'client_certificate_details'];
    if (certificate && !invalidAt(certificatePath)) {
        const together = ['client_ca_certificate', 'client_certificate', 'client_private_key'];
        const missing = together.filter((name) => certificate[name] === undefined);
        if (missing.length > 0 && missing.length < together.length) {
            problems.push({
                path: certificatePath,
                message: `${together.join(', ')} go together: all or none (missing ${missing.join(', ')})`,
            });
        }
    }
    return problems;
}
function lkeDetailsRules(details, path) {
    const all = details.is_auto_add_all_clusters_enabled === true;
    if (all && details.cluster_ids !== undefined) {
        return [
            {
                path: [...path, 'is_auto_add_all_clusters_enabled'],
                message: 'cannot be true together with cluster_ids: either list cluster_ids or stream all clusters',
            },
        ];
    }
    if (!all && details.cluster_ids === undefined) {
        return [{ path, message: 'list the clusters in cluster_ids, or set is_auto_add_all_clusters_enabled: true' }];
    }
    return [];
}
function danglingDestination(name, labels) {
    const suggestion = closest(name, labels);
    if (suggestion !== undefined)
        return `no destination "${name}" in this file; did you mean "${suggestion}"?`;
    if (labels.length === 0)
        return `no destination "${name}" in this file: destinations is empty`;
    return `no destination "${name}" in this file (destinations: ${labels.join(', ')})`;
}
/** Every stream beyond the quota of its type, in file order. The API answers "Stream limit reached for this type". */
function quotaRules(streams, quota) {
    const byType = (0,group/* groupBy */.$)(streams, ([, stream]) => stream?.type, ([label]) => label);
    const problems = [];
    for (const [type, labels] of byType) {
        if (type === undefined)
            continue;
        for (const label of labels.slice(quota)) {
            problems.push({
                path: ['streams', label, 'type'],
                message: `${labels.length} streams of type ${type}, but stream_quota is ${quota}: ` +
                    `the API refuses the extra ones ("${rules/* API_REASONS */.b9.streamQuota}"); raise stream_quota if the account allows more`,
            });
        }
    }
    return problems;
}

;// CONCATENATED MODULE: ./src/config/desired-state.ts


/** Only called once validation found nothing: a missing required part is a bug here, not in the file. */
function present(value, what) {
    if (value === undefined)
        throw new Error(`internal error: ${what} missing after validation`);
    return value;
}
function toDesiredValue(value, what) {
    if (value === null || typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean')
        return value;
    if ((0,types/* isEnvRef */.Jm)(value))
        return value;
    if (Array.isArray(value))
        return value.map((item, i) => toDesiredValue(item, `${what}[${i}]`));
    if (typeof value === 'object')
        return toDesiredObject(value, what);
    throw new Error(`internal error: unexpected ${typeof value} at ${what}`);
}
function toDesiredObject(value, what) {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, toDesiredValue(item, `${what}.${key}`)]));
}
/** Code-unit order: stable across locales, so plans and comments do not reorder between runners. */
function byLabel(a, b) {
    return a.label < b.label ? -1 : a.label > b.label ? 1 : 0;
}
/** The desired state of a config that passed every check. */
function toDesiredState(config) {
    const destinations = [...(config.destinations ?? [])].map(([label, parsed]) => {
        const destination = present(parsed, `destination ${label}`);
        if (destination.type === undefined)
            throw new Error(`internal error: type of ${label} missing after validation`);
        const details = toDesiredObject(present(destination.details, `details of ${label}`), label);
        if (destination.type === 'akamai_object_storage' && details.access_key === 'managed') {
            // The key is made at apply: its id and secret stand in as write-only parts until then.
            const { access_key: _managed, ...rest } = details;
            const bucketName = present(destination.details?.bucket_name, `bucket_name of ${label}`);
            const region = config.buckets?.get(bucketName)?.region ?? bucketHostParts(destination.details?.host)?.region;
            return {
                label,
                type: destination.type,
                details: { ...rest, access_key_id: { kind: 'managed-key', part: 'access_key_id' }, access_key_secret: { kind: 'managed-key', part: 'secret_key' } },
                managedKey: { bucket: bucketName, region: present(region, `region of ${label}'s bucket`) },
            };
        }
        return { label, type: destination.type, details };
    });
    const streams = [...(config.streams ?? [])].map(([label, parsed]) => {
        const stream = present(parsed, `stream ${label}`);
        const base = {
            label,
            destination: present(stream.destination, `destination of ${label}`),
            status: present(stream.status, `status of ${label}`),
        };
        switch (stream.type) {
            case 'audit_logs':
                return { ...base, type: stream.type };
            case 'lke_audit_logs':
                return { ...base, type: stream.type, ...streamDetails(present(stream.details, `details of ${label}`)) };
            case undefined:
                throw new Error(`internal error: type of ${label} missing after validation`);
            default: {
                const unreachable = stream;
                throw new Error(`internal error: unexpected stream ${JSON.stringify(unreachable)}`);
            }
        }
    });
    const buckets = [...(config.buckets ?? [])].map(([name, parsed]) => {
        const bucket = present(parsed, `bucket ${name}`);
        const credentials = present(bucket.s3_credentials, `s3_credentials of ${name}`);
        return {
            name,
            region: present(bucket.region, `region of ${name}`),
            ...(bucket.object_lock !== undefined ? { objectLock: retentionOf(bucket.object_lock, name) } : {}),
            credentials: {
                accessKeyId: present(credentials.access_key_id, `s3_credentials.access_key_id of ${name}`),
                secretAccessKey: present(credentials.secret_access_key, `s3_credentials.secret_access_key of ${name}`),
            },
        };
    });
    const lkeClusters = [...(config.lke_clusters ?? [])].map(([key]) => ({
        ref: /^[1-9][0-9]*$/.test(key) ? Number(key) : key,
        auditLogs: true,
    }));
    return {
        prune: present(config.prune, 'prune'),
        streamQuota: present(config.stream_quota, 'stream_quota'),
        destinations: destinations.sort(byLabel),
        streams: streams.sort(byLabel),
        ...(buckets.length > 0 ? { buckets: buckets.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)) } : {}),
        ...(lkeClusters.length > 0 ? { lkeClusters } : {}),
    };
}
function retentionOf(parsed, name) {
    const mode = present(parsed.mode, `object_lock.mode of ${name}`);
    if (parsed.days !== undefined)
        return { mode, days: parsed.days };
    return { mode, years: present(parsed.years, `object_lock.years of ${name}`) };
}
function streamDetails(parsed) {
    const details = {};
    let clusterRefs;
    if (parsed.cluster_ids !== undefined) {
        const refs = parsed.cluster_ids.map((ref) => present(ref, 'cluster id'));
        // Labels are resolved to ids by the plan, which reads the account's clusters.
        if (refs.every((ref) => typeof ref === 'number'))
            details.cluster_ids = refs;
        else
            clusterRefs = refs;
    }
    if (parsed.is_auto_add_all_clusters_enabled !== undefined) {
        details.is_auto_add_all_clusters_enabled = parsed.is_auto_add_all_clusters_enabled;
    }
    return clusterRefs === undefined ? { details } : { details, clusterRefs };
}

// EXTERNAL MODULE: ./src/linode/types.ts
var linode_types = __webpack_require__(2226);
// EXTERNAL MODULE: ./src/s3/retention.ts
var retention = __webpack_require__(9536);
;// CONCATENATED MODULE: ./src/config/descriptors.ts
/**
 * A string written in the file itself. A `${NAME}` reference is refused here: a host, a path or a
 * label decides where data (and credentials) go, and the file that names it is untrusted data.
 */
const string = (description) => ({ kind: 'string', envRefs: false, description });
/**
 * A credential that is not write-only (a key id, a user name, a certificate): written literally or
 * as a `${NAME}` reference. These are the only plain strings a reference may stand in for.
 */
const credential = (description) => ({ kind: 'string', envRefs: true, description });
const secret = (description, envHint, envHintFrom) => ({
    kind: 'secret',
    description,
    envHint,
    ...(envHintFrom === undefined ? {} : { envHintFrom }),
});
const descriptors_int = (description, minimum) => ({
    kind: 'int',
    description,
    ...(minimum === undefined ? {} : { minimum }),
});
const bool = (description) => ({ kind: 'bool', description });
const idOrLabel = (description) => ({ kind: 'idOrLabel', description });
const oneOf = (values, description) => ({
    kind: 'enum',
    values,
    description,
});
const constant = (value, description) => ({
    kind: 'const',
    value,
    description,
});
const seq = (items, description, minItems) => ({
    kind: 'seq',
    items,
    description,
    ...(minItems === undefined ? {} : { minItems }),
});
const map = (values, keys, description) => ({
    kind: 'map',
    values,
    keys,
    description,
});
const object = (fields, description, retired) => ({
    kind: 'object',
    fields,
    description,
    ...(retired === undefined ? {} : { retired }),
});
const tagged = (spec) => ({ kind: 'tagged', ...spec });
const required = (schema) => ({ schema, required: true });
const optional = (schema, defaultValue) => ({
    schema,
    required: false,
    ...(defaultValue === undefined ? {} : { default: defaultValue }),
});

;// CONCATENATED MODULE: ./src/config/schema.ts
/**
 * The config file's structure, described once. Structural validation, the JSON Schema and the
 * validated value's type are derived from this; semantic rules live in semantic-rules.ts.
 */




/** The one value of `access_key` on an Object Storage destination. */
const MANAGED_KEY = ['managed'];
const objectStorageDetails = object({
    bucket_name: required(string('Name of the Object Storage bucket that receives the logs.')),
    host: required(string('Bucket hostname, `<bucket>.<cluster>.linodeobjects.com`; its first label must be bucket_name.')),
    path: optional(string('Prefix for the log objects inside the bucket.')),
    access_key: optional(oneOf(MANAGED_KEY, '`managed`: the action creates a key limited to read_write on this bucket, rotates it on every update of the destination, and never shows its secret. Instead of access_key_id and access_key_secret.')),
    access_key_id: optional(credential('Object Storage access key ID (or access_key: managed): literal or a `${NAME}` reference.')),
    access_key_secret: optional(secret('Object Storage secret key. Write-only: must be a `${NAME}` environment reference (or access_key: managed).', 'ACCESS_KEY_SECRET')),
}, 'Where and how to write to the Object Storage bucket: access_key: managed, or access_key_id with access_key_secret.');
const basicAuthenticationDetails = object({
    basic_authentication_user: required(credential('User name for HTTP basic authentication: literal or a `${NAME}` reference.')),
    basic_authentication_password: required(secret('Password for HTTP basic authentication. Write-only: must be a `${NAME}` environment reference.', 'PASSWORD')),
}, 'Credentials for HTTP basic authentication.');
const authentication = tagged({
    tag: 'type',
    tagDescription: '`basic` sends HTTP basic credentials (requires details); `none` sends none (no details).',
    tagValues: rules/* AUTHENTICATION_TYPES */.z8,
    common: {},
    variants: {
        basic: { details: required(basicAuthenticationDetails) },
        none: {},
    },
    description: 'How Linode authenticates to the endpoint.',
});
const clientCertificateDetails = object({
    tls_hostname: optional(string('Hostname to verify the endpoint certificate against (SNI).')),
    client_ca_certificate: optional(credential('PEM CA certificate that signs the endpoint certificate: literal or a `${NAME}` reference.')),
    client_certificate: optional(credential('PEM client certificate for mutual TLS: literal or a `${NAME}` reference.')),
    client_private_key: optional(secret('PEM private key of the client certificate. Write-only: must be a `${NAME}` environment reference.', 'CLIENT_PRIVATE_KEY')),
}, 'TLS settings. client_ca_certificate, client_certificate and client_private_key go together: all or none.');
const customHeader = object({
    name: required(string('Header name. The platform sets Content-Type, Encoding, Authorization, Host and Akamai* itself.')),
    value: required(secret('Header value. Write-only: must be a `${NAME}` environment reference.', 'HEADER', 'name')),
}, 'An extra HTTP header sent with every request.');
const customHttpsDetails = object({
    endpoint_url: required(string('URL the logs are POSTed to.')),
    data_compression: required(oneOf(rules/* DATA_COMPRESSIONS */.hc, 'Compression of the request body.')),
    content_type: optional(oneOf(rules/* CONTENT_TYPES */.yw, 'Content-Type of the request body.')),
    authentication: required(authentication),
    custom_headers: optional(seq(customHeader, 'Extra HTTP headers; names must be unique.')),
    client_certificate_details: optional(clientCertificateDetails),
}, 'Where and how to POST the logs.');
const destination = tagged({
    tag: 'type',
    tagDescription: 'Kind of destination. Cannot be changed once created.',
    tagValues: linode_types/* DESTINATION_TYPES */.B8,
    common: {},
    variants: {
        akamai_object_storage: { details: required(objectStorageDetails) },
        custom_https: { details: required(customHttpsDetails) },
    },
    description: 'A log destination; its key in `destinations` is its label on Linode.',
});
const lkeStreamDetails = object({
    cluster_ids: optional(seq(idOrLabel('LKE cluster, by id or by label.'), 'LKE clusters whose audit logs are streamed.', 1)),
    is_auto_add_all_clusters_enabled: optional(bool('Stream every cluster, including future ones. When true, leave out cluster_ids.')),
}, 'Which LKE clusters to stream: non-empty cluster_ids, or is_auto_add_all_clusters_enabled: true.');
const stream = tagged({
    tag: 'type',
    tagDescription: 'Kind of logs. Cannot be changed once created.',
    tagValues: linode_types/* STREAM_TYPES */.FH,
    common: {
        destination: required(string('Label of the destination (in this file) that receives the logs.')),
        status: optional(oneOf(linode_types/* DESIRED_STREAM_STATUSES */.rp, 'Whether the stream delivers logs.'), 'active'),
    },
    variants: {
        audit_logs: {},
        lke_audit_logs: { details: required(lkeStreamDetails) },
    },
    description: 'A log stream; its key in `streams` is its label on Linode.',
});
const objectLock = object({
    mode: required(oneOf(retention/* LOCK_MODES */.bx, 'COMPLIANCE: nobody can shorten it or delete a locked object; GOVERNANCE: users with a special permission can.')),
    days: optional(descriptors_int('Default retention in days (or years).', 1)),
    years: optional(descriptors_int('Default retention in years (or days).', 1)),
}, 'Default Object Lock retention of new objects: mode and exactly one of days and years. Only ever raised; a COMPLIANCE retention is never shortened.');
const s3Credentials = object({
    access_key_id: required(secret('Access key ID of an unlimited Object Storage key valid in the region: a `${NAME}` reference.', 'S3_ACCESS_KEY_ID')),
    secret_access_key: required(secret('Its secret key: a `${NAME}` reference.', 'S3_SECRET_ACCESS_KEY')),
}, 'The S3 key used to create the bucket and read and raise its Object Lock (not the destination key).');
const bucket = object({
    region: required(string('Region of the bucket, e.g. us-iad (cluster us-iad-1).')),
    object_lock: optional(objectLock),
    s3_credentials: required(s3Credentials),
}, 'An Object Storage bucket; its key in `buckets` is the bucket name. Created with Object Lock when missing; never deleted.', {
    // The S3 endpoint receives the bucket's credentials, so the file (untrusted data) cannot name it.
    endpoint: 'not read from the file: the S3 endpoint receives the bucket\'s credentials, so only the workflow sets it (the action\'s s3-endpoint input; by default https://{region}-1.linodeobjects.com). Remove it',
});
const lkeCluster = object({
    audit_logs: required(bool('Kubernetes API audit logs (control_plane.audit_logs_enabled); must be true. LKE Enterprise only.')),
}, 'An LKE cluster; its key in `lke_clusters` is its id (quoted) or its label.');
const configSchema = object({
    version: required(constant(1, 'Version of this file format.')),
    prune: optional(bool('Delete live destinations and streams that this file does not name.'), false),
    stream_quota: optional(descriptors_int('How many streams of one type the account allows.', 1), 1),
    destinations: optional(map(destination, { what: 'destination label', maxLength: rules/* MAX_TEXT_LENGTH */.Gt }, 'Log destinations by label.')),
    streams: optional(map(stream, { what: 'stream label', minLength: rules/* STREAM_LABEL_MIN_LENGTH */.mM, maxLength: rules/* MAX_TEXT_LENGTH */.Gt }, 'Log streams by label.')),
    buckets: optional(map(bucket, { what: 'bucket name', maxLength: 63 }, 'Object Storage buckets by name, created with Object Lock through S3.')),
    lke_clusters: optional(map(lkeCluster, { what: 'LKE cluster id or label', maxLength: rules/* MAX_TEXT_LENGTH */.Gt }, 'LKE clusters whose Kubernetes API audit logs are turned on.')),
}, 'Linode (Akamai Cloud Pulse) log streams and destinations, managed as code.');

;// CONCATENATED MODULE: ./src/config/validate.ts
/**
 * What follows the parse: the structural walk, the semantic rules, and the loaded config built
 * from their result.
 */






/** Walks the parsed file along the schema, then checks the rules on what the walk found valid. */
function validateConfig(root, tree, env) {
    const structure = validateStructure(root, configSchema, tree, env);
    // The walk builds exactly the shape `Parsed<typeof configSchema>` describes.
    const config = structure.value ?? {};
    return { structure, config, rules: checkRules(config, structure.invalidAt) };
}
/** Whether the file is valid: nothing found by the walk or the rules. */
function isValid(validated) {
    return validated.structure.problems.length === 0 && validated.rules.length === 0;
}
/** The loaded config of a valid file. */
function toLoadedConfig(validated, file, text) {
    return {
        desired: toDesiredState(validated.config),
        source: loadedSourceMap(file, text),
        envRefs: (0,env_refs/* dedupeEnvRefs */.Xc)(validated.structure.envRefs),
    };
}
/**
 * The source map a loaded config keeps, for placing an API error on the file during apply (rare):
 * it parses the text again on first use instead of keeping the parsed document, which for a large
 * file is tens of MB held through the whole run.
 */
function loadedSourceMap(file, text) {
    let parsed;
    return {
        file,
        async locate(path) {
            parsed ??= parseSourceMap(file, text);
            return parsed.locate(path);
        },
    };
}

;// CONCATENATED MODULE: ./src/config/yaml-tree.ts

/** The `yaml` library's document as the structural walk reads it, with real positions. */
class YamlTree {
    positions;
    constructor(positions) {
        this.positions = positions;
    }
    resolve(node) {
        return (0,dist/* isPair */.tO)(node) ? node : this.positions.resolve(node);
    }
    scalar(node) {
        return (0,dist/* isScalar */.jn)(node) ? node.value : undefined;
    }
    entries(node) {
        return (0,dist/* isMap */.jh)(node) ? node.items : undefined;
    }
    items(node) {
        // A parsed sequence holds nodes, or pairs for the flow form `[a: 1]`.
        return (0,dist/* isSeq */.oP)(node) ? node.items : undefined;
    }
    isPairItem(item) {
        return (0,dist/* isPair */.tO)(item);
    }
    isEmpty(node) {
        return (0,dist/* isScalar */.jn)(node) && node.range[0] >= node.range[1];
    }
    of(node) {
        return this.positions.of(placed(node));
    }
    ofValue(value, key) {
        return this.positions.ofValue(placed(value), placed(key));
    }
}
/** The node that gives a position: a pair has no range of its own, it stands where its key is. */
function placed(node) {
    return (0,dist/* isPair */.tO)(node) ? node.key : node;
}

;// CONCATENATED MODULE: ./src/config/load-with-yaml.ts
/**
 * The config read by the `yaml` library, the only parser: it knows where each node is, so every
 * problem is reported with its position.
 */








/**
 * Parses and validates a config file's text with the `yaml` library (see `loadConfig`).
 *
 * @throws ConfigErrors listing every problem, sorted by position
 */
function loadWithYaml(text, file, env) {
    const error = (path, message, at) => new errors/* ConfigError */.xL({ file, path, message, ...at });
    const refuse = (message, at) => {
        throw new errors/* ConfigErrors */.mS(file, [error([], message, at)]);
    };
    const bound = checkText(text);
    if (bound)
        refuse(bound.kind === 'depth' ? TOO_DEEP : TOO_MANY_TOKENS, positionOf(text, bound.offset));
    const { doc, positions, tooDeep } = parseYamlDocument(text);
    // A broken document has no reliable structure: its syntax errors are all there is to say.
    const syntax = [...doc.errors, ...doc.warnings];
    if (syntax.length > 0) {
        const found = syntax.map((e) => ({ at: positions.at(e.pos[0]), message: syntaxMessage(e, text) }));
        found.sort((a, b) => a.at.line - b.at.line || a.at.col - b.at.col);
        const shown = found.slice(0, errors/* MAX_SYNTAX_ERRORS */.Lz).map((e) => error([], e.message, e.at));
        const rest = found.slice(errors/* MAX_SYNTAX_ERRORS */.Lz);
        if (rest.length > 0) {
            const more = `${rest.length} more YAML syntax error${rest.length === 1 ? '' : 's'} not shown (from line ${rest[0].at.line}); they often follow from the ones before: fix those and run again`;
            shown.push(error([], more, rest[0].at));
        }
        throw new errors/* ConfigErrors */.mS(file, shown);
    }
    if (tooDeep)
        refuse(TOO_DEEP, positions.of(tooDeep));
    const root = doc.contents;
    const tree = new YamlTree(positions);
    if (root === null || tree.scalar(root) === null) {
        refuse('the file is empty: expected a mapping with version: 1, destinations and streams', { line: 1, col: 1 });
    }
    let validated;
    try {
        validated = validateConfig(root, tree, env);
    }
    catch (cause) {
        if (cause instanceof AliasExpansionError)
            return refuse(cause.message, cause.at);
        throw cause;
    }
    if (isValid(validated))
        return toLoadedConfig(validated, file, text);
    const source = createSourceMap(file, positions, doc);
    const problems = [
        ...validated.structure.problems,
        ...validated.rules.map((p) => ({ path: p.path, message: p.message, at: locateNearest(source, p.path) })),
    ].sort((a, b) => a.at.line - b.at.line || a.at.col - b.at.col);
    // Only the errors shown are built; ConfigErrors counts the rest.
    const shown = problems.slice(0, limits/* MAX_PROBLEMS */.aZ).map((p) => error(p.path, p.message, p.at));
    throw new errors/* ConfigErrors */.mS(file, shown, problems.length - shown.length + validated.structure.dropped);
}
const TOO_MANY_TOKENS = `more than ${limits/* MAX_TOKENS */.S0.toLocaleString('en-US')} YAML tokens (keys, values, indicators; the one past the bound is here): a config names a few resources; write it in block style, without what it does not need`;
const TOO_DEEP = `nested more than ${limits/* MAX_DEPTH */.lr} levels deep (mappings and sequences within each other): a config is a few levels deep`;
/** The line and column of an offset in the text (1-based). */
function positionOf(text, offset) {
    let line = 1;
    let start = 0;
    for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) {
        line++;
        start = i + 1;
    }
    return { line, col: offset - start + 1 };
}
/** A parser error in words for this file; the parser's own advice on several documents is for programmers. */
function syntaxMessage(e, text) {
    // The parser's stack ran out (nesting, by indentation, that the checks before the parse let by).
    if (e.code === 'RESOURCE_EXHAUSTION')
        return TOO_DEEP;
    if (e.code === 'MULTIPLE_DOCS') {
        return `the config must be a single YAML document (found ${(0,dist/* parseAllDocuments */.hR)(text).length} documents separated by ---)`;
    }
    return `YAML syntax error: ${e.message}`;
}
/** The position of a path, or of its nearest ancestor in the file. */
function locateNearest(source, path) {
    for (let length = path.length; length >= 0; length--) {
        const position = source.locate(path.slice(0, length));
        if (position)
            return position;
    }
    return { line: 1, col: 1 };
}

;// CONCATENATED MODULE: ./src/config/load.ts



/** The default location of the config file (the action's `config` input). */
const DEFAULT_CONFIG_PATH = '.github/linode-logs.yml';
/**
 * Parses and validates a config file's text and returns the desired state. Pure: no file system,
 * and `env` is passed in. Unset variables are not errors (see `missingEnv`).
 *
 * The text is untrusted (it comes from a pull request's head): one parser, the `yaml` library,
 * reads it (load-with-yaml.ts), within the bounds of limits.ts.
 *
 * @param file the path shown in errors (repository-relative, so annotations land on the file)
 * @throws ConfigErrors listing every problem, sorted by position
 */
async function loadConfig(text, file, env) {
    return loadWithYaml(text, file, env);
}


/***/ }),

/***/ 2143:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Jm: () => (/* binding */ isEnvRef),
/* harmony export */   W9: () => (/* binding */ isManagedKeyRef)
/* harmony export */ });
/* unused harmony export usesSetup */
function isEnvRef(value) {
    return typeof value === 'object' && value !== null && value.kind === 'env';
}
function isManagedKeyRef(value) {
    return typeof value === 'object' && value !== null && value.kind === 'managed-key';
}
/** Whether a file uses any part of the setup beyond destinations and streams. */
function usesSetup(desired) {
    return ((desired.buckets?.length ?? 0) > 0 ||
        (desired.lkeClusters?.length ?? 0) > 0 ||
        desired.destinations.some((d) => d.managedKey !== undefined) ||
        desired.streams.some((s) => s.clusterRefs !== undefined));
}


/***/ }),

/***/ 460:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   $: () => (/* binding */ groupBy)
/* harmony export */ });
/** The items under each key, in the order they come; one pass, each list appended to in place. */
function groupBy(items, keyOf, valueOf = (item) => item) {
    const groups = new Map();
    for (const item of items) {
        const key = keyOf(item);
        const group = groups.get(key);
        if (group === undefined)
            groups.set(key, [valueOf(item)]);
        else
            group.push(valueOf(item));
    }
    return groups;
}


/***/ }),

/***/ 4820:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Gt: () => (/* binding */ MAX_TEXT_LENGTH),
/* harmony export */   IL: () => (/* binding */ bucketNameProblems),
/* harmony export */   K8: () => (/* binding */ bucketOfHost),
/* harmony export */   Zm: () => (/* binding */ isValidEndpointUrl),
/* harmony export */   b9: () => (/* binding */ API_REASONS),
/* harmony export */   hc: () => (/* binding */ DATA_COMPRESSIONS),
/* harmony export */   iS: () => (/* binding */ isForbiddenHeaderName),
/* harmony export */   mM: () => (/* binding */ STREAM_LABEL_MIN_LENGTH),
/* harmony export */   nE: () => (/* binding */ FORBIDDEN_CUSTOM_HEADER_NAMES),
/* harmony export */   nd: () => (/* binding */ streamStatusMayBe),
/* harmony export */   yw: () => (/* binding */ CONTENT_TYPES),
/* harmony export */   z8: () => (/* binding */ AUTHENTICATION_TYPES)
/* harmony export */ });
/* unused harmony export MAX_LENGTH_REASON */
/**
 * The Linode Logs API's own validation rules and error texts, as facts. One source for the
 * emulator (which answers 400 with them) and the config validator (which reports them against
 * the YAML file before anything is changed).
 */
const MAX_TEXT_LENGTH = 255;
const MAX_LENGTH_REASON = 'Length must be 255 characters or less.';
const STREAM_LABEL_MIN_LENGTH = 3;
/** Custom headers the platform sets itself; the API refuses them case-insensitively. */
const FORBIDDEN_CUSTOM_HEADER_NAMES = ['content-type', 'encoding', 'authorization', 'host', 'akamai'];
const CONTENT_TYPES = ['application/json', 'application/json; charset=utf-8'];
const DATA_COMPRESSIONS = ['gzip', 'None'];
const AUTHENTICATION_TYPES = ['basic', 'none'];
/**
 * An Object Storage host names its bucket as the first label(s): `<bucket>.<cluster>.linodeobjects.com`
 * (or an S3 host). The API refuses a host whose bucket differs from `bucket_name`.
 */
const OBJECT_STORAGE_HOST = /^(?<bucket>[a-z0-9-.]+)\.(?:s3(?:-accesspoint)?\.[a-z0-9-]+\.amazonaws\.com|[a-z0-9-]+\.linodeobjects\.com)$/;
/** The bucket a host names, or undefined when the host is not a recognised Object Storage host. */
function bucketOfHost(host) {
    return OBJECT_STORAGE_HOST.exec(host)?.groups?.bucket;
}
/** Bucket-name rules of Linode Object Storage (S3-compatible). Returns the reasons it breaks. */
function bucketNameProblems(name) {
    const problems = [];
    if (name.length < 3 || name.length > 63)
        problems.push('Bucket name must be between 3 and 63 characters.');
    if (/\s/.test(name))
        problems.push('Bucket name must not contain spaces.');
    if (!/^[a-z0-9].*[a-z0-9]$/.test(name)) {
        problems.push('Bucket name must start and end with a lowercase letter or number.');
    }
    if (!/^(?!.*[.-]{2})[a-z0-9.-]+$/.test(name)) {
        problems.push('Bucket name must contain only lowercase letters, numbers, periods (.), and hyphens (-). Adjacent periods and hyphens are not allowed.');
    }
    return problems;
}
/** The endpoint URL rule of custom HTTPS destinations. */
function isValidEndpointUrl(url) {
    return /^(https?:\/\/)?([\w-]+(\.[\w-]+)+)(\/\S*)?$/.test(url);
}
function isForbiddenHeaderName(name) {
    return FORBIDDEN_CUSTOM_HEADER_NAMES.includes(name.trim().toLowerCase());
}
/** Error texts the real API answers with; code that depends on one names it. */
const API_REASONS = {
    invalidToken: 'Invalid Token',
    /** A valid token without the scope an endpoint needs (the API does not name the scope). */
    tokenNotAuthorized: 'Your OAuth token is not authorized to use this endpoint.',
    /** The API's 403 text, e.g. for an account without access to a feature. */
    unauthorized: 'Unauthorized',
    notFound: 'Not found',
    destinationNotFound: 'Destination not found',
    mustContainOne: 'Must contain one item',
    unableToEditStream: 'Unable to edit Stream at this time',
    destinationAttached: 'Unable to delete Destination attached to active or inactive Stream',
    /** A destination create that fails its credential test (a test object write) says only this. */
    anErrorOccurred: 'An error occurred',
    streamQuota: 'Stream limit reached for this type',
    typeImmutable: 'Type cannot be changed',
    tooManyRequests: 'Too many requests',
};
/**
 * Whether a stream whose status is `live` is, or may be on its way to, `desired`. The API does
 * not say what a `provisioning` stream was asked to become: a new or repointed stream is
 * `provisioning` whatever status it was given, so that matches either; `deactivating` (after
 * setting `inactive`) ends as `inactive`.
 */
function streamStatusMayBe(live, desired) {
    switch (live) {
        case 'provisioning':
            return true;
        case 'deactivating':
            return desired === 'inactive';
        default:
            return live === desired;
    }
}


/***/ }),

/***/ 2226:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   B8: () => (/* binding */ DESTINATION_TYPES),
/* harmony export */   D7: () => (/* binding */ SECRET_FIELD_PATHS),
/* harmony export */   FH: () => (/* binding */ STREAM_TYPES),
/* harmony export */   rp: () => (/* binding */ DESIRED_STREAM_STATUSES)
/* harmony export */ });
/**
 * Shapes of the Linode Logs ("monitor/streams") API, as the API returns and accepts them.
 * Shared by the client, the emulator, the plan and apply.
 */
const DESTINATION_TYPES = ['akamai_object_storage', 'custom_https'];
const STREAM_TYPES = ['audit_logs', 'lke_audit_logs'];
/** What a user may ask for. */
const DESIRED_STREAM_STATUSES = ['active', 'inactive'];
/** Fields whose values the API accepts but never returns. */
const SECRET_FIELD_PATHS = [
    'access_key_secret',
    'authentication.details.basic_authentication_password',
    'client_certificate_details.client_private_key',
    'custom_headers[].value',
];


/***/ }),

/***/ 9536:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   bx: () => (/* binding */ LOCK_MODES),
/* harmony export */   rZ: () => (/* binding */ retentionChange),
/* harmony export */   uN: () => (/* binding */ describeRetention)
/* harmony export */ });
/* unused harmony export retentionDays */
/**
 * Object Lock default retention, as the config declares it and S3 reports it. Pure (no SDK), so
 * plan code can compare without loading anything.
 */
const LOCK_MODES = ['COMPLIANCE', 'GOVERNANCE'];
/** Days a retention lasts; a year counts as 365 days. */
function retentionDays(retention) {
    return retention.days ?? retention.years * 365;
}
/** `COMPLIANCE 365 days`, `GOVERNANCE 1 year`. */
function describeRetention(retention) {
    if (retention.days !== undefined)
        return `${retention.mode} ${retention.days} day${retention.days === 1 ? '' : 's'}`;
    return `${retention.mode} ${retention.years} year${retention.years === 1 ? '' : 's'}`;
}
const STRENGTH = { GOVERNANCE: 1, COMPLIANCE: 2 };
/**
 * How two retention periods compare: by days (a year counts as 365); at equal days, a period in
 * years is the longer one (a year in a leap year has 366 days).
 */
function comparePeriods(a, b) {
    const days = retentionDays(a) - retentionDays(b);
    if (days !== 0)
        return Math.sign(days);
    if (a.years !== undefined && b.days !== undefined)
        return 1;
    if (a.days !== undefined && b.years !== undefined)
        return -1;
    return 0;
}
/**
 * What it takes to go from a bucket's default retention to the declared one. The action only
 * ever raises a retention: a longer period, or GOVERNANCE → COMPLIANCE. A declared retention that
 * is shorter or weaker than the bucket's changes nothing (objects written meanwhile were promised
 * the longer period, and a shorter default is not what "at least" asks for).
 */
function retentionChange(current, desired) {
    if (current === null)
        return { kind: 'update', to: desired };
    if (current.mode === desired.mode && current.days === desired.days && current.years === desired.years)
        return { kind: 'same' };
    const mode = Math.sign(STRENGTH[desired.mode] - STRENGTH[current.mode]);
    const period = comparePeriods(desired, current);
    if (mode <= 0 && period <= 0) {
        return {
            kind: 'kept',
            note: `the bucket's default retention ${describeRetention(current)} is already at least the declared ${describeRetention(desired)}; kept, as the action only ever raises a retention`,
        };
    }
    if (mode >= 0 && period >= 0)
        return { kind: 'update', to: desired };
    // Stronger in one way, weaker in the other: raise what the file raises, keep the rest.
    const longer = period > 0 ? desired : current;
    const strongerMode = mode > 0 ? desired.mode : current.mode;
    const to = longer.days !== undefined ? { mode: strongerMode, days: longer.days } : { mode: strongerMode, years: longer.years };
    const kept = mode > 0 ? `the bucket's longer period (${describeRetention(current)})` : `the bucket's ${current.mode} mode`;
    return { kind: 'update', to, note: `declared ${describeRetention(desired)}; raised to ${describeRetention(to)}, keeping ${kept}` };
}


/***/ })

};

//# sourceMappingURL=592.index.js.map