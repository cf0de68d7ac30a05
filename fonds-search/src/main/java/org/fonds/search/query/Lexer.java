package org.fonds.search.query;

import java.util.Arrays;
import java.util.Optional;
import java.util.stream.Collectors;
import org.fonds.search.query.Token.Kind;

/**
 * Cuts a query into {@link Token}s, one at a time, as the parser asks. It works in two modes: normally
 * it skips spaces and knows the operators; right after a field ({@code title:}) it reads the field's
 * value, which must follow the colon directly and in which {@code AND}, {@code -} and the like are just
 * text.
 */
final class Lexer {
    /** The most a proximity may be: more would make a phrase query little better than an AND. */
    static final int MAX_SLOP = 20;

    private final Source src;
    private int pos;
    private Token field; // the field whose value comes next, or null

    Lexer(Source src) {
        this.src = src;
    }

    Token next() {
        if (field != null) {
            Token owner = field;
            field = null;
            return value(owner);
        }
        while (pos < src.length() && src.isSpace(pos)) pos++;
        if (pos >= src.length()) return Token.of(Kind.END, pos, "");
        char c = src.charAt(pos);
        if (c == '-' || c == '+') return sign(c);
        return clause(true);
    }

    /** The value of {@code owner}, which must start right after its colon. */
    private Token value(Token owner) {
        if (src.isSpace(pos) || src.charAt(pos) == ')') {
            throw src.error(QueryErrorCode.MISSING_OPERAND, "nothing follows '" + owner.text() + ":'; write the words right after"
                    + " the colon, with no space (" + owner.text() + ":Kadar or " + owner.text() + ":\"Imre Nagy\")",
                    owner.at());
        }
        return clause(false);
    }

    private Token sign(char c) {
        int at = pos++;
        if (src.isSpace(pos) || src.charAt(pos) == ')') {
            String what = c == '-' ? "it leaves out" : "it requires";
            throw src.error(QueryErrorCode.MISSING_OPERAND, "'" + c + "' must be written right before the word " + what + ", with no"
                    + " space (" + c + "Molotov); a lone '" + c + "' is not searched for, so remove it", at);
        }
        return Token.of(c == '-' ? Kind.MINUS : Kind.PLUS, at, String.valueOf(c));
    }

    /** A token that can start a clause; {@code operators} says whether AND, OR and NOT are operators here. */
    private Token clause(boolean operators) {
        char c = src.charAt(pos);
        if (c == '(') return Token.of(Kind.LPAREN, pos++, "(");
        if (c == ')') return Token.of(Kind.RPAREN, pos++, ")");
        if (c == '"') return phrase();
        if (c == '[') return range();
        Optional<Token> f = fieldName();
        if (f.isPresent()) return f.get();
        return word(operators);
    }

    /** {@code name:} where the name is a known scope; an unknown name is an error, not text, so a typo shows. */
    private Optional<Token> fieldName() {
        int start = pos;
        int i = pos;
        if (!isAsciiLetter(src.charAt(i))) return Optional.empty();
        while (i < src.length() && (isAsciiLetter(src.charAt(i)) || src.charAt(i) == '_')) i++;
        if (i >= src.length() || src.charAt(i) != ':') return Optional.empty();
        String name = src.text().substring(start, i);
        Scope scope = Scope.named(name).orElseThrow(() -> unknownField(name, start));
        pos = i + 1;
        field = new Token(Kind.FIELD, start, name, scope, 0, true);
        return Optional.of(field);
    }

    private QueryError unknownField(String name, int at) {
        String known = Arrays.stream(Scope.values()).map(Scope::scopeName).collect(Collectors.joining(", "));
        return src.error(QueryErrorCode.UNKNOWN_FIELD, "unknown field '" + name + "'; the fields are " + known
                + "; to search for the words, put them in quotes (\"" + name + ": ...\")", at);
    }

    /** A word runs to a space, a parenthesis or a quote; a backslash keeps the next character in it. */
    private Token word(boolean operators) {
        int start = pos;
        while (pos < src.length() && !endsWord(pos)) pos += src.charAt(pos) == '\\' ? 2 : 1;
        pos = Math.min(pos, src.length()); // a backslash at the very end stands for itself
        String raw = src.text().substring(start, pos);
        if (operators) {
            switch (raw) {
                case "AND" -> { return Token.of(Kind.AND, start, raw); }
                case "OR" -> { return Token.of(Kind.OR, start, raw); }
                case "NOT" -> { return Token.of(Kind.NOT, start, raw); }
                default -> { }
            }
        }
        return Token.of(Kind.WORD, start, raw);
    }

    private boolean endsWord(int i) {
        char c = src.charAt(i);
        return src.isSpace(i) || c == '(' || c == ')' || c == '"';
    }

    /** {@code "words"} or {@code "words"~N}; only {@code \"} and {@code \\} are escapes inside. */
    private Token phrase() {
        int start = pos;
        StringBuilder text = new StringBuilder();
        int i = pos + 1;
        while (true) {
            if (i >= src.length()) {
                throw src.error(QueryErrorCode.UNTERMINATED_PHRASE, "this phrase has no closing quote; end it with \"", start);
            }
            char c = src.charAt(i);
            if (c == '"') break;
            boolean escape = c == '\\' && i + 1 < src.length() && (src.charAt(i + 1) == '"' || src.charAt(i + 1) == '\\');
            text.append(escape ? src.charAt(i + 1) : c);
            i += escape ? 2 : 1;
        }
        pos = i + 1;
        if (text.toString().isBlank()) {
            throw src.error(QueryErrorCode.EMPTY_PHRASE, "there is nothing between these quotes; put the words of the phrase"
                    + " inside them (\"Pancha Shila\")", start);
        }
        return new Token(Kind.PHRASE, start, text.toString().strip(), null, slop(), true);
    }

    /** The {@code ~N} after a phrase, 0 if there is none. */
    private int slop() {
        if (pos >= src.length() || src.charAt(pos) != '~') return 0;
        int tilde = pos++;
        int digits = pos;
        while (pos < src.length() && isAsciiDigit(src.charAt(pos))) pos++;
        String n = src.text().substring(digits, pos);
        // More than two digits is out of range whatever they are; this also keeps parseInt from overflowing.
        if (n.isEmpty() || n.length() > 2 || Integer.parseInt(n) > MAX_SLOP) {
            throw src.error(QueryErrorCode.BAD_PROXIMITY, "after a phrase, ~ takes how many words may come between, from 0 to "
                    + MAX_SLOP + " (\"Soviet troops\"~3)", tilde);
        }
        return Integer.parseInt(n);
    }

    /** {@code [from TO to]}: everything up to the first {@code ]}; the parser decides whether it is allowed. */
    private Token range() {
        int start = pos;
        int close = src.text().indexOf(']', start);
        boolean closed = close >= 0;
        int end = closed ? close : src.length();
        pos = closed ? close + 1 : end;
        return new Token(Kind.RANGE, start, src.text().substring(start + 1, end), null, 0, closed);
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    }

    static boolean isAsciiDigit(char c) {
        return c >= '0' && c <= '9';
    }
}
