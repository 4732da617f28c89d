package org.earlyhelp.platform.openapi;

import java.util.Optional;

/**
 * The longest text a simple regular expression matches: literals, escapes, character classes,
 * groups, alternatives and bounded quantifiers ({@code ?}, {@code {n}}, {@code {m,n}}). Empty for
 * anything unbounded ({@code *}, {@code +}, {@code {m,}}) or not understood, so that a document
 * never states a bound the pattern does not imply.
 */
final class PatternLength {

    private final String pattern;
    private int at;

    private PatternLength(String pattern) {
        this.pattern = pattern;
    }

    static Optional<Integer> of(String pattern) {
        try {
            PatternLength parser = new PatternLength(pattern);
            long length = parser.alternatives();
            return parser.at == pattern.length() && length <= Integer.MAX_VALUE ? Optional.of((int) length) : Optional.empty();
        } catch (IllegalArgumentException unbounded) {
            return Optional.empty();
        }
    }

    private long alternatives() {
        long longest = sequence();
        while (at < pattern.length() && pattern.charAt(at) == '|') {
            at++;
            longest = Math.max(longest, sequence());
        }
        return longest;
    }

    private long sequence() {
        long total = 0;
        while (at < pattern.length() && pattern.charAt(at) != '|' && pattern.charAt(at) != ')') {
            long atom = atom();
            total += atom * quantifier();
        }
        return total;
    }

    private long atom() {
        char c = pattern.charAt(at++);
        switch (c) {
            case '^', '$' -> {
                return 0;
            }
            case '\\' -> {
                at++;
                return 1;
            }
            case '[' -> {
                if (at < pattern.length() && pattern.charAt(at) == ']') {
                    at++;
                }
                while (at < pattern.length() && pattern.charAt(at) != ']') {
                    at += pattern.charAt(at) == '\\' ? 2 : 1;
                }
                if (at >= pattern.length()) {
                    throw new IllegalArgumentException("unclosed class");
                }
                at++;
                return 1;
            }
            case '(' -> {
                if (pattern.startsWith("?:", at)) {
                    at += 2;
                } else if (at < pattern.length() && pattern.charAt(at) == '?') {
                    throw new IllegalArgumentException("look-around or flags");
                }
                long inner = alternatives();
                if (at >= pattern.length() || pattern.charAt(at) != ')') {
                    throw new IllegalArgumentException("unclosed group");
                }
                at++;
                return inner;
            }
            case '*', '+', '{', '?' -> throw new IllegalArgumentException("dangling quantifier");
            default -> {
                return 1;
            }
        }
    }

    private long quantifier() {
        if (at >= pattern.length()) {
            return 1;
        }
        char c = pattern.charAt(at);
        if (c == '*' || c == '+') {
            throw new IllegalArgumentException("unbounded");
        }
        if (c == '?') {
            at++;
            return 1;
        }
        if (c == '{') {
            int close = pattern.indexOf('}', at);
            if (close < 0) {
                throw new IllegalArgumentException("unclosed quantifier");
            }
            String[] bounds = pattern.substring(at + 1, close).split(",", -1);
            at = close + 1;
            String upper = bounds[bounds.length - 1].trim();
            if (upper.isEmpty()) {
                throw new IllegalArgumentException("unbounded");
            }
            return Long.parseLong(upper);
        }
        return 1;
    }
}
