export const id = 441;
export const ids = [441];
export const modules = {

/***/ 441:
/***/ ((__unused_webpack___webpack_module__, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  globToRegExp: () => (/* binding */ globToRegExp),
  staticPrefix: () => (/* binding */ staticPrefix)
});

// UNUSED EXPORTS: hasMagic

// EXTERNAL MODULE: ./node_modules/picomatch/lib/picomatch.js
var picomatch = __webpack_require__(16);
// EXTERNAL MODULE: ./build/core/errors.js
var errors = __webpack_require__(807);
;// CONCATENATED MODULE: ./build/core/glob-syntax.js
/**
 * Whether a path is a glob (`*`, `?`, `[...]` or `{...}`). Apart from the matcher (`glob.ts`, which
 * loads picomatch) so that reading plain paths never loads it.
 */
function hasMagic(pattern) {
    return /[*?{[]/.test(pattern);
}

;// CONCATENATED MODULE: ./build/core/glob.js



/**
 * Glob patterns for metric and data files, matched by picomatch: `*` and `?` within one path segment, `**`
 * as a whole segment across segments, `[ax]`, `[!x]`, `[a-z]` and `[[:digit:]]` for one character, `{a,b}`
 * alternatives (which may hold globs: `{*.json,*.yaml}`). Paths are POSIX-style and relative to the
 * workspace or repository root; wildcards match dotfiles and dot-folders too. Everything else is literal:
 * `(`, `)`, `|`, `!`, `+`, `@`, `"`, `\`, a `{a}` without a comma and `{1..3}` (no ranges).
 *
 * Patterns come from pull requests, and picomatch compiles to a backtracking regular expression whose work
 * can grow with a power of the path's length (`*a*a*a*a*ab` takes over a minute against a name of 255
 * `a`s), so a glob is bounded before it is compiled (see {@link MAX_PARTS}) and the expression matches no
 * path longer than {@link MAX_PATH} characters or with a name longer than {@link MAX_NAME} (file systems
 * have none).
 */

/** Compiles a glob to an anchored regular expression; a glob over the limits is a {@link UserError}. */
function globToRegExp(pattern) {
    let re = cache.get(pattern);
    if (!re) {
        re = compile(pattern);
        if (cache.size >= 64)
            cache.delete(cache.keys().next().value);
        cache.set(pattern, re);
    }
    return re;
}
/**
 * The leading segments of a pattern that contain no wildcard: where a directory walk can start. A `{…}`
 * or `[…]` may hold a `/`, so the prefix ends before the first segment with any of `*?{[`. Checks the
 * glob too, so that one over the limits fails before the walk.
 */
function staticPrefix(pattern) {
    globToRegExp(pattern);
    const segments = pattern.split('/');
    const fixed = [];
    for (const segment of segments.slice(0, -1)) {
        if (hasMagic(segment))
            break;
        fixed.push(segment);
    }
    return fixed.join('/');
}
/** The longest glob accepted. */
const MAX_PATTERN = 1024;
/** Paths longer than this (Linux's PATH_MAX) are never matched by a glob. */
const MAX_PATH = 4096;
/** Paths with a name (segment) longer than this (NAME_MAX) are never matched by a glob. */
const MAX_NAME = 255;
/**
 * The parts that make the expression backtrack, each multiplying the work per path by up to the length
 * of a name or path: a `**`; a second (third, …) `*` within one segment; a `{…}` whose alternatives hold
 * wildcards or begin one another (`{a,ab}`), or that follows a `*` in its segment with alternatives of
 * different lengths (unless none ends another and nothing varies after it: `*.{json,yml}` is none).
 * Measured against adversarial paths (names of 255 `a`s, up to 4096 characters): 2 parts take at most
 * about a tenth of a second a path, or a second where both are a second `*` (hence {@link MAX_EXTRA_STARS});
 * 3 parts take seconds (`*a*a*a*ab`, `**` thrice) to tens of seconds (a second `*` in each of three
 * segments), 4 over a minute.
 */
const MAX_PARTS = 2;
const MAX_EXTRA_STARS = 1;
const OPTIONS = {
    dot: true,
    posix: true,
    noextglob: true,
    nonegate: true,
    // `[ax]` is a class only; picomatch would also match the literal name `[ax]`, an ambiguous alternation.
    literalBrackets: false,
    // `{1..3}` stays literal, as it always was (picomatch would make `{1..10}` the class `[1-10]`).
    expandRange: (...args) => `(?:${args
        .filter((a) => typeof a === 'string')
        .map(escapeRegExp)
        .join('\\.\\.')})`,
};
const cache = new Map();
function compile(pattern) {
    const shown = pattern.length > 80 ? `${pattern.slice(0, 80)}…` : pattern;
    if (pattern.length > MAX_PATTERN) {
        throw new errors/* UserError */.yo(`glob '${shown}' is ${pattern.length} characters long; a glob may have at most ${MAX_PATTERN}`);
    }
    let state;
    try {
        state = parse(pattern);
    }
    catch (error) {
        throw new errors/* UserError */.yo(`glob '${shown}' is not a valid glob (${error.message})`);
    }
    const { parts, extraStars, unclosed } = backtracking(state.tokens);
    if (unclosed)
        throw new errors/* UserError */.yo(`glob '${shown}' has a '{' without its '}'; alternatives are written {a,b}`);
    if (parts > MAX_PARTS || extraStars > MAX_EXTRA_STARS) {
        throw new errors/* UserError */.yo(`glob '${shown}' is too complex to match safely. A glob may combine at most ${MAX_PARTS} of: a '**'; a second '*' in one path segment ` +
            `(at most ${MAX_EXTRA_STARS} such in the glob); a '{…}' whose alternatives hold wildcards or begin one another. ` +
            "'**/*.json', 'runs/*/metrics-*.json', 'data/**/*.{csv,tsv}' and '**/{*.json,*.yaml}' are fine; list several simpler globs instead");
    }
    try {
        return new RegExp(`^(?=[^]{0,${MAX_PATH}}$)(?!(?:[^/]*/)*[^/]{${MAX_NAME + 1}})(?:${state.output})$`);
    }
    catch (error) {
        throw new errors/* UserError */.yo(`glob '${shown}' is not a valid glob (${error.message})`);
    }
}
function parse(pattern) {
    // Characters picomatch would read as regex groups, quotes or escapes are literal here.
    return picomatch.parse(pattern.replace(/[\\()|"]/g, '\\$&'), { ...OPTIONS, maxLength: 2 * MAX_PATTERN });
}
/**
 * The parts of a parsed glob that make its expression backtrack (see {@link MAX_PARTS}), read off
 * picomatch's tokens: alternatives count their most complex one.
 */
function backtracking(tokens) {
    const alternative = (stars) => ({ parts: 0, extraStars: 0, stars, pending: 0, plain: true, text: '' });
    const settle = (a) => {
        a.parts += a.pending;
        a.pending = 0;
    };
    let current = alternative(0);
    const groups = [];
    let afterStar = false;
    for (const token of tokens) {
        const star = token.type === 'star';
        if (star) {
            if (!afterStar) {
                settle(current);
                if (current.stars > 0) {
                    current.parts++;
                    current.extraStars++;
                }
                current.stars++;
            }
            current.plain = false;
        }
        else if (token.type === 'globstar') {
            // picomatch also reads `**` before a `{` as one, and then it varies within the segment that goes on.
            settle(current);
            current.parts++;
            current.stars = 1;
            current.plain = false;
        }
        else if (token.type === 'slash') {
            current.stars = 0;
            current.pending = 0;
            current.text += '/';
        }
        else if (token.type === 'brace' && token.value === '{') {
            groups.push({ parent: current, done: [] });
            current = alternative(current.stars);
        }
        else if (token.type === 'comma' && groups.length > 0) {
            const group = groups[groups.length - 1];
            group.done.push(current);
            current = alternative(group.parent.stars);
        }
        else if (token.type === 'brace' && token.value === '}' && token.output === ')' && groups.length > 0) {
            const { parent, done } = groups.pop();
            const alternatives = [...done, current];
            alternatives.forEach(settle);
            settle(parent);
            const texts = alternatives.map((a) => a.text);
            const plain = alternatives.every((a) => a.plain);
            const none = (holds) => texts.every((t, i) => texts.every((u, j) => i === j || !holds(u, t)));
            const sameLength = texts.every((t) => t.length === texts[0].length);
            // Plain names that begin alike (`{a,ab}`), or that hold wildcards, can match in more than one way;
            // after a `*`, names of different lengths can too, unless none ends another and nothing varies after.
            if (!plain || !none((u, t) => u.startsWith(t)))
                parent.parts++;
            else if (parent.stars > 0 && !sameLength) {
                if (none((u, t) => u.endsWith(t)))
                    parent.pending++;
                else
                    parent.parts++;
            }
            parent.parts += Math.max(...alternatives.map((a) => a.parts));
            parent.extraStars += Math.max(...alternatives.map((a) => a.extraStars));
            parent.stars = Math.max(...alternatives.map((a) => a.stars));
            parent.plain = false;
            current = parent;
        }
        else if (token.type === 'text' || token.type === 'dot' || token.type === 'comma' || token.type === 'brace') {
            current.text += token.value;
        }
        else if (token.type !== 'bos') {
            current.plain = false;
        }
        afterStar = star;
    }
    // picomatch leaves an unclosed `{` as an open group in the expression.
    return { parts: current.parts, extraStars: current.extraStars, unclosed: groups.length > 0 };
}
function escapeRegExp(text) {
    return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}


/***/ })

};
