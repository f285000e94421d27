package io.zhclaims.quantity;

/**
 * The positional numeral grammar: a tokenizer of numeral symbols and a parser over them.
 *
 * <p>Symbols ({@link Sym}): an Arabic number ({@code 6700}, {@code 2.3}, {@code 40k}), a Chinese
 * digit 1–9 ({@code 一…九}, {@code 两}, financial {@code 壹…玖}), a zero ({@code 〇 ○ 零}), a place
 * word ({@code 十 百 千}), a tens word ({@code 廿 卅 卌}), a scale word ({@code 万 亿 兆}), the
 * decimal point {@code 点} and a mark of approximation ({@code 多 余 几}). Spaces may stand before a
 * Chinese symbol, and before Arabic digits carrying a place or scale word after a place or scale
 * word ({@code 357 万}, {@code 三百 5万}).
 *
 * <p>The rules, one method each of {@link Reading}; a numeral ends at the first symbol no rule takes:
 * <ul>
 * <li><b>digit</b>: one Chinese digit or one Arabic number waits for the place or scale word after
 *     it; a second digit ends the numeral (runs such as {@code 二〇二二} are read by the scanner).</li>
 * <li><b>zero</b>: {@code 零} fills a gap and the digit after it is read as written ({@code 九万零四} = 90004).</li>
 * <li><b>place</b>: {@code 十百千} multiply the waiting digit (1 when none: {@code 十五}, a leading
 *     {@code 百}) into the section; places fall inside a section ({@code 五十千} stops at {@code 五十}).</li>
 * <li><b>tens</b>: {@code 廿卅卌} add 20, 30, 40 to the section ({@code 廿四} = 24).</li>
 * <li><b>scale</b>: {@code 万亿兆} close the section: a larger scale multiplies everything before it
 *     ({@code 3千万}), the same scale after an empty section compounds ({@code 万万} = 亿), a smaller
 *     one adds its section ({@code 1亿6700万}, {@code 一亿三千万}).</li>
 * <li><b>abbreviation</b>: a lone Chinese digit ending the numeral right after 百, 千 or a scale word
 *     is the next place down ({@code 九万四} = 94000, {@code 一千三} = 1300), also before a scale
 *     word after 百/千 ({@code 百二万} = 1200000).</li>
 * <li><b>point</b>: {@code 点} takes the decimal digits after it, then any scale words multiply the
 *     whole ({@code 一点〇五兆}); after an Arabic number it is no decimal point ({@code 3点} is a time).</li>
 * <li><b>mark</b>: {@code 多余几} between a number and its place or scale word make it inexact
 *     ({@code 一千多万}).</li>
 * </ul>
 * Stateless; each parse has its own {@link Reading}.
 */
final class NumeralGrammar {
    /** What a character does in a numeral. */
    enum Sym { NONE, DIGIT, PLACE, SCALE, POINT, MARK, MINUS }

    private static final Sym[] SYM = new Sym[65536];
    private static final double[] VALUE = new double[65536];

    static {
        java.util.Arrays.fill(SYM, Sym.NONE);
        put("0〇○零", Sym.DIGIT, 0);
        put("1一壹", Sym.DIGIT, 1);
        put("2二贰貳两兩俩倆", Sym.DIGIT, 2);
        put("3三叁參叄参", Sym.DIGIT, 3);
        put("4四肆", Sym.DIGIT, 4);
        put("5五伍", Sym.DIGIT, 5);
        put("6六陆陸", Sym.DIGIT, 6);
        put("7七柒", Sym.DIGIT, 7);
        put("8八捌", Sym.DIGIT, 8);
        put("9九玖", Sym.DIGIT, 9);
        put("十拾", Sym.PLACE, 10);
        put("百佰", Sym.PLACE, 100);
        put("千仟", Sym.PLACE, 1000);
        put("廿", Sym.PLACE, 20);
        put("卅", Sym.PLACE, 30);
        put("卌", Sym.PLACE, 40);
        put("万萬", Sym.SCALE, 1e4);
        put("亿億", Sym.SCALE, 1e8);
        put("兆", Sym.SCALE, 1e12);
        put("点點", Sym.POINT, 0);
        put("多余餘几幾", Sym.MARK, 0);
        put("负負", Sym.MINUS, 0);
        for (char c = '0'; c <= '9'; c++) {
            SYM[c] = Sym.NONE; // ASCII digits are read by the Arabic reader, not as Chinese digits
        }
    }

    private static void put(String chars, Sym sym, double value) {
        for (int i = 0; i < chars.length(); i++) {
            SYM[chars.charAt(i)] = sym;
            VALUE[chars.charAt(i)] = value;
        }
    }

    private NumeralGrammar() {
    }

    /** What {@code c} does in a numeral; ASCII digits are {@link Sym#NONE} (the Arabic reader's). */
    static Sym sym(char c) {
        return SYM[c];
    }

    /** The value of a digit, place or scale character. */
    static double value(char c) {
        return VALUE[c];
    }

    /** A Chinese digit 0–9. */
    static boolean isDigit(char c) {
        return SYM[c] == Sym.DIGIT;
    }

    /** The result of one numeral parse; {@code skipTo} > 0 means "no numeral, resume there". */
    static final class Parsed {
        int end;
        int skipTo;
        double value;
        Double high;
        Numeral.Form form;
        boolean scaled;
        boolean inexact;

        Numeral toNumeral(int start) {
            return new Numeral(start, end, value, high, form, scaled, inexact);
        }
    }

    // ------------------------------------------------------------------ tokenizer

    /** The kinds of token the parser reads. */
    enum Kind { ARABIC, DIGIT, ZERO, PLACE, TENS, SCALE, POINT, MARK }

    /**
     * One numeral symbol at {@code [start, end)}; {@code spaced} when spaces stand before it;
     * {@code arabic} for an Arabic number.
     */
    private record Token(Kind kind, double value, int start, int end, boolean spaced, Arabic arabic) {
    }

    /** The token at {@code k}, or null where no numeral symbol stands. */
    private static Token next(CharSequence s, int k, boolean first) {
        int n = s.length();
        int t = k;
        boolean spaced = false;
        if (isSpace(s.charAt(t))) {
            if (first) {
                return null;
            }
            t = skipSpaces(s, t);
            if (t >= n) {
                return null;
            }
            spaced = true;
        }
        char c = s.charAt(t);
        if (NumeralScanner.isAsciiDigit(c) || c == '.' && first) {
            Arabic a = parseArabic(s, t);
            return a == null ? null : new Token(Kind.ARABIC, a.value(), t, a.end(), spaced, a);
        }
        if (SYM[c] == Sym.PLACE && unitStartsAt(s, t)) {
            return null;
        }
        double v = VALUE[c];
        Kind kind = switch (SYM[c]) {
            case DIGIT -> v == 0 ? Kind.ZERO : Kind.DIGIT;
            case PLACE -> v == 20 || v == 30 || v == 40 ? Kind.TENS : Kind.PLACE;
            case SCALE -> Kind.SCALE;
            case POINT -> Kind.POINT;
            case MARK -> Kind.MARK;
            case NONE, MINUS -> null;
        };
        return kind == null ? null : new Token(kind, v, t, t + 1, spaced, null);
    }

    /** Units whose first character is a place word: 945百帕 is 945 hectopascals, not 94,500 帕. */
    private static final String[] UNITS_STARTING_WITH_A_PLACE = {"百帕"};

    private static boolean unitStartsAt(CharSequence s, int t) {
        for (String u : UNITS_STARTING_WITH_A_PLACE) {
            if (t + u.length() <= s.length() && s.subSequence(t, t + u.length()).toString().equals(u)) {
                return true;
            }
        }
        return false;
    }

    // ------------------------------------------------------------------ parser

    /** The numeral starting at {@code j} (no sign), or null. */
    static Parsed parse(CharSequence s, int j) {
        Reading r = new Reading(s, j);
        int k = j;
        while (k < s.length()) {
            Token tok = next(s, k, r.symbols == 0);
            if (tok == null || !r.spaceAllowed(tok)) {
                break;
            }
            if (tok.kind() == Kind.POINT) {
                Parsed decimal = r.point(tok);
                return decimal != null ? decimal : r.result();
            }
            boolean more = switch (tok.kind()) {
                case ARABIC -> r.arabic(tok);
                case DIGIT, ZERO -> {
                    if (r.digitsBelowScale(tok)) {
                        yield false; // the run ends the numeral
                    }
                    yield tok.kind() == Kind.DIGIT ? r.digit(tok) : r.zero(tok);
                }
                case PLACE -> r.place(tok);
                case TENS -> r.tens(tok);
                case SCALE -> r.scale(tok);
                case MARK -> r.mark(tok);
                case POINT -> false;
            };
            if (!more) {
                break;
            }
            k = r.next;
        }
        return r.result();
    }

    /** The state of one parse: the sections read so far and the last symbol. */
    private static final class Reading {
        final CharSequence s;
        /** Closed by a scale word. */
        double total;
        /** The current section (below the last scale word). */
        double section;
        /** Whether the last Arabic number read was a single digit (the 5 of 12万5). */
        boolean loneArabicDigit;
        /** The digit waiting for its place word; NaN when none waits. */
        double digit = Double.NaN;
        /** The last place in the section (10 after 廿卅卌), 0 at a section's start. */
        double place;
        /** The last scale word, 0 before any. */
        double scale;
        /** The value of the last place or scale word. */
        double unit;
        Kind last;
        /** The token read right before the waiting Chinese digit. */
        Kind beforeDigit;
        boolean arabic, chinese, scaled, decimal, inexact;
        /** Only place or scale words with no digit so far (百万): no numeral. */
        boolean bare = true;
        /** Symbols read (marks not counted). */
        int symbols;
        /** End of the numeral so far, and where the next token starts. */
        int end, next;

        Reading(CharSequence s, int j) {
            this.s = s;
            this.end = j;
            this.next = j;
        }

        private boolean afterNumber() {
            return last == Kind.ARABIC || last == Kind.DIGIT || last == Kind.ZERO;
        }

        private boolean afterPlace() {
            return last == Kind.PLACE || last == Kind.TENS;
        }

        /** After spaces: a Chinese symbol, or Arabic digits with their place or scale word after a place or scale word. */
        boolean spaceAllowed(Token tok) {
            if (!tok.spaced() || tok.kind() != Kind.ARABIC) {
                return true;
            }
            return (afterPlace() || last == Kind.SCALE) && placeAfterDigits(s, tok.start());
        }

        private void take(Token tok) {
            symbols++;
            last = tok.kind();
            next = end = tok.end();
        }

        boolean arabic(Token tok) {
            if (!Double.isNaN(digit) || afterPlace() && place == 10 && arabic) {
                return false; // 3十5: an Arabic unit digit does not follow an Arabic tens
            }
            if (tok.end() - tok.start() == 1 && startsAWord(tok, true)) {
                return false;
            }
            digit = tok.value();
            arabic = true;
            loneArabicDigit = tok.end() - tok.start() == 1;
            decimal |= tok.arabic().decimal();
            beforeDigit = last;
            bare = false;
            take(tok);
            if (tok.arabic().suffixScaled()) {
                scaled = true; // 40k: the suffix ends the numeral
                return false;
            }
            return true;
        }

        boolean digit(Token tok) {
            if (!Double.isNaN(digit) || startsAWord(tok, false)) {
                return false;
            }
            digit = tok.value();
            beforeDigit = last;
            chinese = true;
            bare = false;
            take(tok);
            return true;
        }

        /**
         * 一万二 and 12万5 abbreviate the place below the scale word; a lone last digit after 1000万
         * (1000万二手, 1000万5) starts a word instead, as an Arabic one after a scale word standing
         * alone does (上万5岁).
         */
        private boolean startsAWord(Token tok, boolean afterLoneScaleToo) {
            return last == Kind.SCALE && (total / unit >= 100 || afterLoneScaleToo && symbols == 1) && !placeAfter(tok.end());
        }

        private boolean placeAfter(int k) {
            return k < s.length() && (SYM[s.charAt(k)] == Sym.PLACE || SYM[s.charAt(k)] == Sym.SCALE);
        }

        boolean zero(Token tok) {
            if (!Double.isNaN(digit)) {
                return false;
            }
            bare = false;
            int before = end;
            take(tok);
            if (symbols > 1) {
                end = before; // a zero ends no numeral but a lone one
            }
            return true;
        }

        boolean tens(Token tok) {
            if (!Double.isNaN(digit) || place != 0 && place <= 10) {
                return false;
            }
            section += tok.value();
            place = 10;
            unit = tok.value();
            chinese = true;
            bare = false;
            take(tok);
            return true;
        }

        boolean place(Token tok) {
            double u = tok.value();
            double count = digit;
            if (Double.isNaN(count)) {
                if (u != 10 && symbols > 0) {
                    return false; // 五十千, 零百
                }
                count = 1;
            }
            if (place != 0 && u >= place) {
                return false; // places fall inside a section: 十十 is 十, then no more
            }
            section += count * u;
            place = u;
            bare = u != 10 && bare && symbols == 0;
            digit = Double.NaN;
            unit = u;
            chinese = true;
            take(tok);
            return true;
        }

        boolean scale(Token tok) {
            double u = tok.value();
            double count = digit;
            if (Double.isNaN(count) && section == 0 && total == 0 && symbols == 0) {
                count = 1; // 万 at the start: one 万
            }
            if (!Double.isNaN(count) && last == Kind.DIGIT && beforeDigit == Kind.PLACE && unit >= 100) {
                count *= unit / 10; // 百二万 = 120万
            }
            double v = section + (Double.isNaN(count) ? 0 : count);
            if (scale == 0 || u > scale) {
                if (v == 0 && total > 0) {
                    total *= u;
                    scale = scale * u;
                } else {
                    total = (total + v) * u;
                    scale = u;
                }
            } else if (u == scale && v == 0 && total > 0) {
                total *= u;
                scale = scale * u;
            } else if (u < scale && v > 0) {
                total += v * u;
            } else {
                return false;
            }
            section = 0;
            digit = Double.NaN;
            place = 0;
            unit = u;
            scaled = true;
            take(tok);
            return true;
        }

        boolean mark(Token tok) {
            if (symbols == 0) {
                return false;
            }
            int q = skipSpaces(s, tok.end());
            if (q >= s.length()) {
                return false;
            }
            char c = s.charAt(q);
            boolean placeNext = SYM[c] == Sym.PLACE && !afterNumber()
                    && !(place != 0 && VALUE[c] >= place);
            if (SYM[c] != Sym.SCALE && !placeNext) {
                return false;
            }
            inexact = true;
            last = Kind.MARK;
            next = tok.end();
            return true;
        }

        /** {@code 点} and the decimal digits after it, then scale words; null when it is no decimal point. */
        Parsed point(Token tok) {
            if (arabic && afterNumber() || symbols == 0) {
                return null;
            }
            return decimal(s, tok.end(), value(), scaled, inexact);
        }

        /**
         * Chinese digits read one by one right after a scale word fill its places ({@code 十万四三四八}
         * = 104348, {@code 三万〇五〇〇} = 30500): exactly as many digits as the scale has zeros, and
         * no numeral symbol after them. False when the digits are not such a run.
         */
        boolean digitsBelowScale(Token tok) {
            if (last != Kind.SCALE || total <= 0) {
                return false;
            }
            int places = (int) Math.round(Math.log10(unit));
            int n = s.length();
            int k = tok.start();
            double v = 0;
            while (k < n && SYM[s.charAt(k)] == Sym.DIGIT && "两兩俩倆".indexOf(s.charAt(k)) < 0) {
                v = v * 10 + VALUE[s.charAt(k)];
                k++;
            }
            if (k - tok.start() != places || k < n && (SYM[s.charAt(k)] != Sym.NONE
                    || NumeralScanner.isAsciiDigit(s.charAt(k)))) {
                return false;
            }
            section = v;
            chinese = true;
            bare = false;
            symbols += places;
            last = Kind.DIGIT;
            next = end = k;
            return true;
        }

        /** The sum of the parts, with the abbreviation rule for a last lone digit. */
        double value() {
            double d = digit;
            // 一万二 and 12万5: a lone last digit after a scale word stands for the place below it
            boolean lone = last == Kind.DIGIT || last == Kind.ARABIC && loneArabicDigit && beforeDigit == Kind.SCALE;
            if (!Double.isNaN(d) && lone
                    && (beforeDigit == Kind.SCALE || beforeDigit == Kind.PLACE && unit >= 100)) {
                d *= unit / 10;
            }
            return total + section + (Double.isNaN(d) ? 0 : d);
        }

        Parsed result() {
            if (symbols == 0 || bare) {
                return null;
            }
            Parsed p = new Parsed();
            p.value = value();
            p.end = end;
            p.scaled = scaled;
            p.inexact = inexact;
            p.form = chinese || scaled ? Numeral.Form.CHINESE
                    : decimal ? Numeral.Form.ARABIC_DECIMAL : Numeral.Form.ARABIC_INTEGER;
            return p;
        }
    }

    static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\u3000' || c == '\u00a0';
    }

    static int skipSpaces(CharSequence s, int k) {
        while (k < s.length() && isSpace(s.charAt(k))) {
            k++;
        }
        return k;
    }

    /**
     * The decimal digits after a {@code 点} (from {@code from}, past spaces) added to
     * {@code whole}, then any scale words multiplying it all ({@code 一点〇五兆}, {@code 四○八点六亿});
     * null when no digit follows.
     */
    static Parsed decimal(CharSequence s, int from, double whole, boolean scaled, boolean inexact) {
        int n = s.length();
        int q = skipSpaces(s, from);
        int start = q;
        // whole and decimal digits as one integer over a power of ten, so 二.二亿 is 220000000, not 220000000.00000003
        double digits = whole, tenths = 1;
        while (q < n && (SYM[s.charAt(q)] == Sym.DIGIT && "两兩俩倆".indexOf(s.charAt(q)) < 0
                || NumeralScanner.isAsciiDigit(s.charAt(q)))) {
            digits = digits * 10 + (NumeralScanner.isAsciiDigit(s.charAt(q)) ? s.charAt(q) - '0' : VALUE[s.charAt(q)]);
            tenths *= 10;
            q++;
        }
        if (q == start) {
            return null;
        }
        Parsed p = scales(s, q, 1);
        p.value = digits * p.value / tenths;
        p.scaled |= scaled;
        p.inexact = inexact;
        return p;
    }

    /** {@code value} multiplied by the scale words at {@code e} (past spaces), a Chinese numeral ending after them. */
    static Parsed scales(CharSequence s, int e, double value) {
        int n = s.length();
        Parsed p = new Parsed();
        int q = skipSpaces(s, e);
        while (q < n && SYM[s.charAt(q)] == Sym.SCALE) {
            value *= VALUE[s.charAt(q)];
            p.scaled = true;
            e = q + 1;
            q = skipSpaces(s, e);
        }
        p.value = value;
        p.end = e;
        p.form = Numeral.Form.CHINESE;
        return p;
    }

    /** Whether a place or scale word follows the number at {@code t}, spaced or not (2 兆 1,502.36 亿). */
    private static boolean placeAfterDigits(CharSequence s, int t) {
        Arabic a = parseArabic(s, t);
        if (a == null) {
            return false;
        }
        int k = skipSpaces(s, a.end());
        return k < s.length() && (SYM[s.charAt(k)] == Sym.PLACE || SYM[s.charAt(k)] == Sym.SCALE);
    }

    // ------------------------------------------------------------------ Arabic numbers

    record Arabic(int end, double value, boolean decimal, boolean suffixScaled) {
    }

    /** Digits with thousands separators, decimal point, exponent, power and k/M/G suffix. */
    static Arabic parseArabic(CharSequence s, int t) {
        int n = s.length();
        StringBuilder b = new StringBuilder();
        int k = t;
        boolean decimal = false;
        if (s.charAt(k) == '.') {
            if (k > 0 && (s.charAt(k - 1) == '.' || NumeralScanner.isAsciiDigit(s.charAt(k - 1))) || k + 1 >= n
                    || !NumeralScanner.isAsciiDigit(s.charAt(k + 1))) {
                return null;
            }
            b.append("0.");
            k++;
            while (k < n && NumeralScanner.isAsciiDigit(s.charAt(k))) {
                b.append(s.charAt(k++));
            }
            decimal = true;
        } else {
            while (k < n && NumeralScanner.isAsciiDigit(s.charAt(k))) {
                b.append(s.charAt(k++));
            }
            while (k + 3 < n && s.charAt(k) == ',' && NumeralScanner.isAsciiDigit(s.charAt(k + 1))
                    && NumeralScanner.isAsciiDigit(s.charAt(k + 2)) && NumeralScanner.isAsciiDigit(s.charAt(k + 3))
                    && (k + 4 >= n || !NumeralScanner.isAsciiDigit(s.charAt(k + 4)))) {
                b.append(s, k + 1, k + 4);
                k += 4;
            }
            boolean inDottedRun = t >= 2 && s.charAt(t - 1) == '.' && NumeralScanner.isAsciiDigit(s.charAt(t - 2));
            if (!inDottedRun && k + 1 < n && s.charAt(k) == '.' && NumeralScanner.isAsciiDigit(s.charAt(k + 1))) {
                int q = k + 1;
                while (q < n && NumeralScanner.isAsciiDigit(s.charAt(q))) {
                    q++;
                }
                boolean dotted = q + 1 < n && s.charAt(q) == '.' && NumeralScanner.isAsciiDigit(s.charAt(q + 1));
                if (!dotted) {
                    b.append(s, k, q);
                    k = q;
                    decimal = true;
                }
            }
        }
        double value = Double.parseDouble(b.toString());
        if (k + 1 < n && (s.charAt(k) == 'e' || s.charAt(k) == 'E')) {
            int q = k + 1;
            boolean negExp = false;
            if (s.charAt(q) == '+' || s.charAt(q) == '-') {
                negExp = s.charAt(q) == '-';
                q++;
            }
            int ds = q;
            while (q < n && NumeralScanner.isAsciiDigit(s.charAt(q))) {
                q++;
            }
            if (q > ds && (q >= n || !NumeralScanner.isAsciiLetter(s.charAt(q)))) {
                // The exponent as written: one too long for an int (1e400999…) is still a number, an infinite one.
                value = Double.parseDouble(b + "e" + (negExp ? "-" : "") + s.subSequence(ds, q));
                k = q;
                decimal = true;
            }
        } else if (k + 1 < n && s.charAt(k) == '^') {
            int q = k + 1;
            int minus = 0;
            while (q < n && (s.charAt(q) == '+' || s.charAt(q) == '-')) {
                minus += s.charAt(q) == '-' ? 1 : 0;
                q++;
            }
            int ds = q;
            while (q < n && NumeralScanner.isAsciiDigit(s.charAt(q))) {
                q++;
            }
            if (q > ds) {
                double exp = Double.parseDouble(s.subSequence(ds, q).toString());
                value = Math.pow(value, minus % 2 == 1 ? -exp : exp);
                k = q;
                decimal = true;
            }
        }
        int q = k < n && s.charAt(k) == ' ' ? k + 1 : k;
        if (q < n) {
            char c = s.charAt(q);
            double mult = c == 'k' || c == 'K' ? 1e3 : c == 'M' ? 1e6 : c == 'G' && decimal ? 1e9 : 0;
            if (mult > 0 && (q + 1 >= n || !NumeralScanner.isAsciiLetter(s.charAt(q + 1))
                    && !NumeralScanner.isAsciiDigit(s.charAt(q + 1)))) {
                return new Arabic(q + 1, value * mult, decimal, true);
            }
        }
        return new Arabic(k, value, decimal, false);
    }
}
