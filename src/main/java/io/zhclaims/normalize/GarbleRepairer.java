package io.zhclaims.normalize;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CodingErrorAction;
import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Repairs runs of GBK text that were decoded one byte out of step: a lead byte was lost, so
 * every decoded "character" is the trail byte of one character and the lead byte of the
 * next ({@code 圆荒艿凸烂绹} for {@code [C8]D4 B2…} = 仍不能低估美國). The decoder marks the
 * loss with {@code ?} (or U+FFFD); the run after it is re-encoded, the lost lead byte is tried
 * in every position and the result decoded again. A repair is kept only when it reads as
 * Chinese ({@link Fluency}); a run that reads badly and cannot be repaired is dropped. A pair
 * the scraper dropped as a user-defined code may be put back (see {@link #reinsertDroppedPair}).
 * Text after a real question mark reads well already and is left alone.
 */
public final class GarbleRepairer {
    private static final Charset GBK = Charset.forName("GBK");
    private static final Charset GB18030 = Charset.forName("GB18030");
    /** A reading whose opening bracket went into the lost byte ({@code ?nèi)}), or an HTML end tag that lost its {@code <}. */
    private static final Pattern REMNANT = Pattern.compile(
            "[a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]*[āáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜ][a-zāáǎàēéěèīíǐìōóǒòūúǔùǖǘǚǜü]*[)）]|/?[A-Za-z]+>");
    /** Per-character cost above which a run does not read as Chinese. */
    private static final double GARBLED = 13.0;
    /** Per-character cost a repair must reach to be believed. */
    private static final double FLUENT = 11.0;
    private static final int CONTEXT = 4;
    /**
     * How much lower the total cost (in context) of a repair with a reinserted pair must be than
     * without: the pair is a guess, and any two characters that make a common word read a little better.
     */
    private static final double INSERTION_MARGIN = 4.0;
    /** Longest garbled run (in characters) searched for a dropped pair: each boundary costs ~1,900 decodes. */
    private static final int MAX_INSERTION_RUN = 10;
    /** Pairs at one boundary scored as whole runs, best first by how their characters fit their neighbours. */
    private static final int PAIRS_SCORED = 48;
    /**
     * Strings the searches of one text may score: a floor, then so many per character. The
     * densest real garble at hand (Sogou's GBK news sample, a '?' run in most sentences) needs
     * 4.2 per character; hostile text of nothing but short runs would need over 100.
     */
    private static final int BUDGET_FLOOR = 3_000;
    private static final int BUDGET_PER_CHAR = 6;
    /**
     * Longest run repaired. A lost byte garbles text up to the next ASCII character; a longer
     * run is a page decoded wrongly as a whole, which no one-byte shift mends, and trying would
     * cost time for nothing.
     */
    private static final int MAX_RUN = 1_000;
    /** GBK's user-defined areas as {first lead, last lead, first trail, last trail}. */
    private static final int[][] USER_DEFINED = {
            {0xAA, 0xAF, 0xA1, 0xFE}, {0xF8, 0xFE, 0xA1, 0xFE}, {0xA1, 0xA7, 0x40, 0xA0}};

    private final ScriptConverter converter;
    private final Fluency fluency = new Fluency();
    private final PinyinReadings readings = new PinyinReadings();

    public GarbleRepairer(ScriptConverter converter) {
        this.converter = converter;
    }

    public String repair(String text) {
        StringBuilder out = new StringBuilder(text.length());
        Budget budget = new Budget((int) Math.min(Integer.MAX_VALUE, BUDGET_FLOOR + (long) BUDGET_PER_CHAR * text.length()));
        int copied = 0;
        int i = 0;
        while (i < text.length()) {
            char c = text.charAt(i);
            if (c != '?' && c != '\uFFFD') {
                i++;
                continue;
            }
            int runStart = i + 1;
            Matcher m = REMNANT.matcher(text).region(runStart, text.length());
            if (m.lookingAt() && text.charAt(m.end() - 1) != '>') {
                runStart = m.end();
            }
            int runEnd = runStart;
            while (runEnd < text.length() && isRunChar(text.charAt(runEnd))) {
                runEnd++;
            }
            if (runEnd == runStart) {
                i++;
                continue;
            }
            if (runEnd - runStart > MAX_RUN) {
                // Text this far out of step is not a lost byte but a wrong decoding throughout.
                i = runEnd;
                continue;
            }
            String run = text.substring(runStart, runEnd);
            String left = context(text.substring(Math.max(0, i - 3 * CONTEXT), i), false);
            if (left.indexOf('\n') >= 0) {
                left = left.substring(left.lastIndexOf('\n') + 1);
            }
            boolean lostTrail = runEnd < text.length() && isLossMark(text.charAt(runEnd));
            boolean readsWell = fluency.costPerChar(simplified(run)) <= GARBLED;
            if (readsWell && !lostTrail) {
                // a real question mark followed by ordinary text
                i = runEnd;
                continue;
            }
            int end = runEnd;
            if (lostTrail) {
                end++;
                Matcher r = REMNANT.matcher(text).region(end, text.length());
                if (r.lookingAt()) {
                    end = r.end();
                }
            }
            String right = context(text.substring(end, Math.min(text.length(), end + 3 * CONTEXT)), true);
            if (right.indexOf('\n') >= 0) {
                right = right.substring(0, right.indexOf('\n'));
            }
            Repair best = null;
            double bestCost = Double.POSITIVE_INFINITY;
            // A trail byte in the ASCII range (這 = DF 40) put the decoder back in step, so the
            // character after the run may belong to it.
            boolean canRealign = !lostTrail && runEnd < text.length() && isRealign(text.charAt(runEnd));
            for (int withRealign = 0; withRealign <= (canRealign ? 1 : 0); withRealign++) {
                String candidateRun = withRealign == 1 ? run + text.charAt(runEnd) : run;
                Repair repaired = shift(candidateRun, lostTrail, left, right, budget);
                if (repaired == null) {
                    continue;
                }
                double cost = fluency.costPerChar(simplified(repaired.text()));
                if (cost < bestCost) {
                    bestCost = cost;
                    best = repaired;
                    if (withRealign == 1) {
                        end = Math.max(end, runEnd + 1);
                    }
                }
            }
            if (best != null && !readsWell) {
                Repair inserted = reinsertDroppedPair(best, left, right, budget);
                if (inserted != null) {
                    best = inserted;
                    bestCost = fluency.costPerChar(simplified(inserted.text()));
                }
            }
            if (budget.spent()) {
                // out of budget during this run's search: hostile text; what is left stays as it is
                break;
            }
            boolean repaired = best != null && bestCost <= FLUENT;
            if (!repaired && readsWell) {
                i = runEnd;
                continue;
            }
            out.append(text, copied, i);
            if (repaired) {
                out.append(best.text());
            }
            copied = end;
            i = end;
        }
        out.append(text, copied, text.length());
        return out.toString();
    }

    /**
     * A repaired run: its text, the byte stream read in step ({@code aligned}), and where each
     * character of the garbled run began in that stream, the places a dropped pair can have been.
     */
    private record Repair(String text, byte[] aligned, int[] boundaries) {
    }

    /** Re-encodes the run, puts back the lost lead byte (and the trail byte hidden in a following {@code ?}), decodes again. */
    private Repair shift(String run, boolean lostTrail, String left, String right, Budget budget) {
        byte[] bytes = encode(run);
        if (bytes == null || bytes.length == 0) {
            return null;
        }
        boolean dangling = (bytes.length + 1) % 2 == 1;
        int bodyEnd = dangling ? bytes.length - 1 : bytes.length;
        String rest = decode(Arrays.copyOfRange(bytes, 1, bodyEnd));
        if (rest == null) {
            return null;
        }
        int lead = bestByte(0x81, 0xFE, bytes[0], true, left, rest, budget);
        if (lead < 0) {
            return null;
        }
        String first = decode(new byte[]{(byte) lead, bytes[0]});
        int trail = -1;
        if (dangling && lostTrail) {
            trail = bestByte(0x40, 0xFE, bytes[bytes.length - 1], false, first + rest, right, budget);
        }
        int alignedEnd = trail >= 0 ? bytes.length : bodyEnd;
        byte[] aligned = new byte[alignedEnd + 1 + (trail >= 0 ? 1 : 0)];
        aligned[0] = (byte) lead;
        System.arraycopy(bytes, 0, aligned, 1, alignedEnd);
        if (trail >= 0) {
            aligned[aligned.length - 1] = (byte) trail;
        }
        String text = decode(aligned);
        if (text == null) {
            return null;
        }
        int[] boundaries = new int[run.length() - 1];
        int offset = 1;
        for (int k = 0; k < run.length() - 1; k++) {
            offset += encode(run.substring(k, k + 1)).length;
            boundaries[k] = offset;
        }
        return new Repair(text, aligned, boundaries);
    }

    /**
     * Scrapers drop characters they cannot show, and read out of step, a pair of bytes from two
     * real characters can fall in one of GBK's user-defined (private-use) areas and vanish. The
     * repair then reads one character where two belong ({@code B9 E6} = 规 for
     * {@code B9 [FB D5] E6} = 果真). At a boundary between garbled characters the pair splits
     * into the trail byte of the character before it and the lead byte of the one after, so
     * the first new character depends only on the pair's first byte and the second only on its
     * second byte. Each new first character is scored against the text before it and each new
     * second character against the text after it (a few hundred short strings per boundary
     * instead of ~1,200 whole runs); only the pairs those scores rank first, and the pairs
     * that are a dictionary word by themselves, are scored as whole runs. The most fluent
     * candidate is kept only when it reads clearly better than the repair without it and its
     * new characters are Chinese.
     */
    private Repair reinsertDroppedPair(Repair base, String left, String right, Budget budget) {
        if (base.boundaries().length == 0 || base.boundaries().length >= MAX_INSERTION_RUN || !budget.spend(1)) {
            return null;
        }
        CharsetDecoder dec = decoder();
        byte[] aligned = base.aligned();
        String baseText = base.text();
        Repair best = null;
        double bestCost = fluency.cost(simplified(left + baseText + right)) - INSERTION_MARGIN;
        for (int at : base.boundaries()) {
            if (at >= aligned.length) {
                continue;
            }
            byte[] candidate = new byte[aligned.length + 2];
            System.arraycopy(aligned, 0, candidate, 0, at);
            System.arraycopy(aligned, at, candidate, at + 2, aligned.length - at);
            // When the bytes before and after the boundary's character decode apart, a candidate
            // is the text before, the characters the pair makes with its two neighbouring bytes,
            // and the text after: each new character is decoded and scored once, not each candidate.
            String before = decode(dec, Arrays.copyOfRange(aligned, 0, at - 1));
            String after = decode(dec, Arrays.copyOfRange(aligned, at + 1, aligned.length));
            String merged = decode(dec, Arrays.copyOfRange(aligned, at - 1, at + 1));
            boolean apart = before != null && after != null && merged != null
                    && baseText.equals(before + merged + after);
            String[] firsts = new String[256];
            String[] seconds = new String[256];
            // for telling a pair that is a word by itself
            String[] simplifiedFirsts = new String[256];
            String[] simplifiedSeconds = new String[256];
            // how each first character fits the text before it [lead], each second the text after it [256 + trail]
            double[] fits = new double[512];
            Arrays.fill(fits, Double.NaN);
            if (apart) {
                for (int v = 0x81; v <= 0xFE; v++) {
                    firsts[v] = decode(dec, new byte[]{aligned[at - 1], (byte) v});
                    seconds[v] = decode(dec, new byte[]{(byte) v, aligned[at]});
                    simplifiedFirsts[v] = firsts[v] == null ? null : simplified(firsts[v]);
                    simplifiedSeconds[v] = seconds[v] == null ? null : simplified(seconds[v]);
                }
            }
            String preceding = tail(left + before);
            String following = head(after + right);
            String simplifiedPreceding = simplified(preceding);
            String simplifiedFollowing = simplified(following);
            java.util.List<Insertion> found = new java.util.ArrayList<>();
            for (int[] area : USER_DEFINED) {
                for (int lead = area[0]; lead <= area[1]; lead++) {
                    for (int trail = area[2]; trail <= area[3]; trail++) {
                        if (trail == 0x7F) {
                            continue;
                        }
                        if (apart && firsts[lead] != null && seconds[trail] != null
                                && !firsts[lead].equals(merged) && !seconds[trail].equals(merged)) {
                            // the two new characters are the whole change
                            if (!isHan(firsts[lead]) || !isHan(seconds[trail])) {
                                continue;
                            }
                            for (int k : new int[]{lead, 256 + trail}) {
                                if (Double.isNaN(fits[k])) {
                                    if (!budget.spend(1)) {
                                        return best;
                                    }
                                    fits[k] = k < 256
                                            ? fluency.cost(simplifiedPreceding + simplifiedFirsts[lead])
                                            : fluency.cost(simplifiedSeconds[trail] + simplifiedFollowing);
                                }
                            }
                            found.add(new Insertion(null, (byte) lead, (byte) trail, fits[lead] + fits[256 + trail],
                                    fluency.inWord(simplifiedPreceding, simplifiedFirsts[lead] + simplifiedSeconds[trail], simplifiedFollowing)));
                            continue;
                        }
                        if (apart && (firsts[lead] == null || seconds[trail] == null)) {
                            continue; // the candidate does not decode
                        }
                        candidate[at] = (byte) lead;
                        candidate[at + 1] = (byte) trail;
                        String text = decode(dec, candidate);
                        int[] changed = text == null ? null : hanChange(baseText, text);
                        if (changed != null) {
                            // a rare shape of change: always scored whole
                            found.add(new Insertion(text, (byte) lead, (byte) trail, Double.NEGATIVE_INFINITY, false));
                        }
                    }
                }
            }
            found.sort(java.util.Comparator.comparingDouble(Insertion::local));
            for (int k = 0; k < found.size(); k++) {
                Insertion insertion = found.get(k);
                if (k >= PAIRS_SCORED && !insertion.word()) {
                    continue;
                }
                if (!budget.spend(1)) {
                    return best;
                }
                String text = insertion.text() != null ? insertion.text()
                        : before + firsts[insertion.lead() & 0xFF] + seconds[insertion.trail() & 0xFF] + after;
                double cost = fluency.cost(simplified(left + text + right));
                if (cost < bestCost) {
                    bestCost = cost;
                    candidate[at] = insertion.lead();
                    candidate[at + 1] = insertion.trail();
                    best = new Repair(text, candidate.clone(), base.boundaries());
                }
            }
        }
        return best;
    }

    /**
     * A candidate of {@link #reinsertDroppedPair}: the pair put back, how well its two new
     * characters fit their neighbours (lower fits better), whether they make a word, and its
     * text when it is not simply the text around the boundary with the two new characters.
     */
    private record Insertion(String text, byte lead, byte trail, double local, boolean word) {
    }

    /**
     * How many strings the searches of one {@code repair} call may score: they grow with the
     * text, so hostile text full of short garbled runs costs time in proportion to its length.
     */
    private static final class Budget {
        private int left;

        Budget(int left) {
            this.left = left;
        }

        boolean spend(int n) {
            if (left < n) {
                left = -1;
                return false;
            }
            left -= n;
            return true;
        }

        /** Whether a search has wanted more than was left. */
        boolean spent() {
            return left < 0;
        }
    }

    private static boolean isHan(String s) {
        return Character.UnicodeScript.of(s.codePointAt(0)) == Character.UnicodeScript.HAN;
    }

    private static String tail(String s) {
        return s.length() > CONTEXT ? s.substring(s.length() - CONTEXT) : s;
    }

    private static String head(String s) {
        return s.length() > CONTEXT ? s.substring(0, CONTEXT) : s;
    }

    /**
     * Where {@code candidate} differs from {@code base} ({start, end} in the candidate) when it
     * is {@code base} with some characters replaced by Han characters only, else null.
     */
    private static int[] hanChange(String base, String candidate) {
        int prefix = 0;
        int max = Math.min(base.length(), candidate.length());
        while (prefix < max && base.charAt(prefix) == candidate.charAt(prefix)) {
            prefix++;
        }
        int suffix = 0;
        while (suffix < max - prefix
                && base.charAt(base.length() - 1 - suffix) == candidate.charAt(candidate.length() - 1 - suffix)) {
            suffix++;
        }
        int end = candidate.length() - suffix;
        if (end <= prefix) {
            return null;
        }
        for (int i = prefix; i < end; ) {
            int cp = candidate.codePointAt(i);
            if (Character.UnicodeScript.of(cp) != Character.UnicodeScript.HAN) {
                return null;
            }
            i += Character.charCount(cp);
        }
        return new int[]{prefix, end};
    }

    /** The value of the unknown byte whose character reads best between its neighbours, or -1. */
    private int bestByte(int from, int to, byte known, boolean unknownIsLead, String before, String after, Budget budget) {
        int best = -1;
        double bestCost = Double.POSITIVE_INFINITY;
        String b = before.length() > CONTEXT ? before.substring(before.length() - CONTEXT) : before;
        String a = after.length() > CONTEXT ? after.substring(0, CONTEXT) : after;
        for (int v = from; v <= to; v++) {
            if (v == 0x7F) {
                continue;
            }
            byte[] pair = unknownIsLead ? new byte[]{(byte) v, known} : new byte[]{known, (byte) v};
            String c = decode(pair);
            if (c == null || c.length() != 1 || Character.getType(c.charAt(0)) == Character.PRIVATE_USE) {
                continue;
            }
            if (!budget.spend(1)) {
                return -1;
            }
            double cost = fluency.costPerChar(simplified(b + c + a));
            if (cost < bestCost) {
                bestCost = cost;
                best = v;
            }
        }
        return best;
    }

    private String context(String s, boolean following) {
        String clean = readings.remove(s);
        return following ? clean : clean.substring(Math.max(0, clean.length() - CONTEXT));
    }

    private String simplified(String s) {
        return converter.toSimplified(s);
    }

    /** A character a misaligned GBK decoder can produce from two bytes; {@code !} is NFKC's fold of ！. */
    private static boolean isRunChar(char c) {
        if (c == '!') {
            return true;
        }
        if (c < 0x80 || c == '\u20AC' || c == '\uFFFD') {
            return false;
        }
        byte[] b = encode(String.valueOf(c));
        return b != null && b.length == 2;
    }

    private static boolean isLossMark(char c) {
        return c == '?' || c == '\uFFFD';
    }

    private static boolean isRealign(char c) {
        return (c >= 0x40 && c <= 0x7E) || c == '\u20AC';
    }

    private static byte[] encode(String s) {
        CharsetEncoder enc = GBK.newEncoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '!') {
                out.write(0xA3);
                out.write(0xA1);
            } else if (c == '\u20AC') {
                out.write(0x80);
            } else {
                try {
                    ByteBuffer bb = enc.encode(CharBuffer.wrap(String.valueOf(c)));
                    out.write(bb.array(), bb.arrayOffset(), bb.limit());
                } catch (CharacterCodingException e) {
                    return null;
                }
            }
        }
        return out.toByteArray();
    }

    private static CharsetDecoder decoder() {
        return GB18030.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    private static String decode(byte[] bytes) {
        return decode(decoder(), bytes);
    }

    /** The bytes read as GB18030, or null when they are malformed. */
    private static String decode(CharsetDecoder dec, byte[] bytes) {
        try {
            return dec.reset().decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }
}
