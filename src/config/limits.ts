/**
 * Bounds on the config file, which comes from a pull request's head (untrusted): every refusal
 * is an error naming the file, reached in bounded time and memory.
 */

/** The largest config file read, in bytes (1 MiB). A real one is a few KB. */
export const MAX_CONFIG_BYTES = 1_048_576;

/**
 * The deepest nesting of collections taken. The schema's deepest path is 6 levels; a parser
 * recurses once per level, and `[[[[…` a million deep exhausts the `yaml` library's memory.
 */
export const MAX_DEPTH = 64;

/**
 * The most YAML tokens (keys, values, indicators, spaces) parsed. The `yaml` library's syntax tree
 * holds ~200 bytes per token: a megabyte of `{a: 1}` or of syntax errors is a million tokens and
 * ~300 MB. A config written in block style has about one token per 4 bytes (a 1,000-resource one
 * of 480 KB has 115,000): 200,000 takes ~800 KB of it, hundreds of resources more than the API
 * allows (one stream of each type by default), and keeps a file of problems on every line
 * under 300 MB on node 24.
 */
export const MAX_TOKENS = 200_000;

/**
 * The most nodes the structural walk visits through aliases (`*name`), all aliases together. The
 * walk follows each alias to its anchor, so without a bound a few KB of aliases to aliases (the
 * "billion laughs") expand to billions of nodes. A file that reuses a block with anchors visits a
 * few hundred.
 */
export const MAX_ALIAS_NODES = 10_000;

/**
 * Problems reported, at most; the rest are counted in one line. GitHub shows 10 error annotations
 * per step, and a file with thousands of problems is fixed from its first ones.
 */
export const MAX_PROBLEMS = 50;
