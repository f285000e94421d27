package io.zhclaims.ingest;

import com.ibm.icu.text.CharsetDetector;
import com.ibm.icu.text.CharsetMatch;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the bytes of one article into text. The charsets it knows are the ones Chinese pages
 * are written in: UTF-8, UTF-16, GB18030 (which reads GB2312 and GBK) and Big5 (CP950 plus
 * HKSCS). Every answer is confirmed by decoding all bytes strictly, so a wrong guess is never
 * passed on as mojibake.
 *
 * <p>Order: byte order mark; UTF-8 whenever all bytes are valid UTF-8 (no other charset
 * produces valid UTF-8 from real Chinese text by accident, and it is the common case, so the
 * other charsets are never tried then); for HTML the charset the page declares in a
 * {@code <meta>} tag; then detection. Stateless and thread-safe.
 */
public final class Decoder {

    public static final Charset GB18030 = Charset.forName("GB18030");

    /** How far into an HTML page the declared charset is looked for (the HTML spec's 1024, generously). */
    private static final int PRESCAN_BYTES = 4096;
    /** ICU reads this much to rank charsets; enough for its statistics, cheap on big files. */
    private static final int DETECTION_BYTES = 64 * 1024;
    /** ICU's confidence for a charset it has no evidence for. */
    private static final int ICU_NO_EVIDENCE = 10;
    /**
     * Share of characters of a UTF-16 reading that must look like Chinese text. Legacy
     * double-byte text read as UTF-16 lands mostly in Hangul, Yi, surrogates and private use,
     * far below this.
     */
    private static final double UTF16_PLAUSIBLE = 0.9;
    private static final int UTF16_SAMPLE_BYTES = 8 * 1024;

    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta\\b[^>]*?charset\\s*=\\s*[\"']?\\s*([a-z0-9._:-]+)", Pattern.CASE_INSENSITIVE);

    private enum Family { UTF8, UTF16LE, UTF16BE, GB18030, BIG5 }

    private static final Map<String, Family> LABELS = labels();

    /**
     * Decodes {@code bytes}. For {@link Markup#HTML} the page's own {@code <meta>} charset is
     * honoured when it decodes strictly.
     *
     * @throws IngestException when no known charset decodes every byte, with the offset of the
     *                         first bad byte for each charset tried
     */
    public Decoded decode(byte[] bytes, Markup markup) throws IngestException {
        Decoded bom = byBom(bytes);
        if (bom != null) {
            return bom;
        }
        Attempts attempts = new Attempts(bytes);
        // NUL never occurs in an article, but a UTF-16 text of ASCII is full of it and valid UTF-8.
        if (!containsNul(bytes)) {
            Decoded utf8 = attempts.strict(Family.UTF8);
            if (utf8 != null) {
                return utf8;
            }
        }
        if (markup == Markup.HTML) {
            Family declared = declaredCharset(bytes);
            if (declared != null) {
                Decoded page = attempts.confirmed(declared);
                if (page != null) {
                    return page;
                }
            }
        }
        for (Family candidate : detectionOrder(bytes)) {
            Decoded found = attempts.confirmed(candidate);
            if (found != null) {
                return found;
            }
        }
        // A strict decode that contains private use characters is kept only when nothing cleaner exists.
        if (attempts.withPrivateUse != null) {
            return attempts.withPrivateUse;
        }
        if (containsNul(bytes)) {
            // Not UTF-16 after all: stray NUL bytes in a text (a bad copy, a C string) are dropped, with a note.
            byte[] without = withoutNul(bytes);
            Decoded clean = decode(without, markup);
            String note = (bytes.length - without.length) + " NUL byte(s) removed";
            List<String> notes = new java.util.ArrayList<>(clean.notes());
            notes.add(0, note);
            return new Decoded(clean.text(), clean.charset(), notes);
        }
        throw new IngestException(attempts.failureReason());
    }

    private static byte[] withoutNul(byte[] bytes) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(bytes.length);
        for (byte b : bytes) {
            if (b != 0) {
                out.write(b);
            }
        }
        return out.toByteArray();
    }

    private static Decoded byBom(byte[] b) throws IngestException {
        Family family = null;
        int skip = 0;
        if (b.length >= 3 && (b[0] & 0xFF) == 0xEF && (b[1] & 0xFF) == 0xBB && (b[2] & 0xFF) == 0xBF) {
            family = Family.UTF8;
            skip = 3;
        } else if (b.length >= 2 && (b[0] & 0xFF) == 0xFF && (b[1] & 0xFF) == 0xFE) {
            family = Family.UTF16LE;
            skip = 2;
        } else if (b.length >= 2 && (b[0] & 0xFF) == 0xFE && (b[1] & 0xFF) == 0xFF) {
            family = Family.UTF16BE;
            skip = 2;
        }
        if (family == null) {
            return null;
        }
        Charset charset = javaCharset(family);
        try {
            return new Decoded(decodeStrictly(charset, b, skip), charset);
        } catch (CharacterCodingException e) {
            // A byte order mark is a strong claim; bytes that break it are damaged, not another charset.
            throw new IngestException("starts with a " + charset.name() + " byte order mark but is not valid "
                    + charset.name() + " (first bad byte at offset " + firstBadOffset(charset, b, skip) + ")");
        }
    }

    private static Family declaredCharset(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, PRESCAN_BYTES), StandardCharsets.ISO_8859_1);
        Matcher m = META_CHARSET.matcher(head);
        return m.find() ? LABELS.get(m.group(1).toLowerCase(Locale.ROOT)) : null;
    }

    /** UTF-16 when its reading looks like text; then ICU's ranking of GB18030 and Big5; then the rest. */
    private static List<Family> detectionOrder(byte[] bytes) {
        List<Family> order = new ArrayList<>();
        if (bytes.length % 2 == 0) {
            double le = utf16Plausibility(bytes, StandardCharsets.UTF_16LE);
            double be = utf16Plausibility(bytes, StandardCharsets.UTF_16BE);
            if (Math.max(le, be) >= UTF16_PLAUSIBLE) {
                order.add(le >= be ? Family.UTF16LE : Family.UTF16BE);
            }
        }
        CharsetDetector detector = new CharsetDetector();
        detector.setText(bytes.length > DETECTION_BYTES ? Arrays.copyOf(bytes, DETECTION_BYTES) : bytes);
        for (CharsetMatch match : detector.detectAll()) {
            Family family = LABELS.get(match.getName().toLowerCase(Locale.ROOT));
            if ((family == Family.GB18030 || family == Family.BIG5)
                    && match.getConfidence() > ICU_NO_EVIDENCE && !order.contains(family)) {
                order.add(family);
            }
        }
        for (Family family : List.of(Family.GB18030, Family.BIG5, Family.UTF8)) {
            if (!order.contains(family)) {
                order.add(family);
            }
        }
        return order;
    }

    /**
     * Share of code points in the ranges Chinese text is made of, judged on a prefix: the full
     * strict decode that confirms the choice comes later, and only for the charset chosen.
     */
    private static double utf16Plausibility(byte[] bytes, Charset charset) {
        // Undecodable units become U+FFFD, which does not count as text.
        String text = new String(bytes, 0, Math.min(bytes.length, UTF16_SAMPLE_BYTES), charset);
        if (text.isEmpty()) {
            return 0;
        }
        long chinese = text.codePoints().filter(Decoder::looksLikeChineseText).count();
        return (double) chinese / text.codePointCount(0, text.length());
    }

    private static boolean looksLikeChineseText(int cp) {
        return (cp >= 0x20 && cp < 0x7F) || cp == '\n' || cp == '\r' || cp == '\t'
                || (cp >= 0x2000 && cp <= 0x206F)   // general punctuation
                || (cp >= 0x3000 && cp <= 0x303F)   // CJK symbols and punctuation
                || (cp >= 0x4E00 && cp <= 0x9FFF)   // CJK unified ideographs
                || (cp >= 0xFF00 && cp <= 0xFFEF);  // full-width forms
    }

    /** Strict decodes tried so far, so that none is repeated and the failure can say what was tried. */
    private static final class Attempts {
        private final byte[] bytes;
        private final Map<Family, Integer> badOffsets = new EnumMap<>(Family.class);
        private Decoded withPrivateUse;

        Attempts(byte[] bytes) {
            this.bytes = bytes;
        }

        /** A strict decode, or null when some byte does not decode. */
        Decoded strict(Family family) {
            if (badOffsets.containsKey(family)) {
                return null;
            }
            if (family == Family.BIG5) {
                Big5Family.Result big5 = Big5Family.decode(bytes);
                if (!big5.ok()) {
                    badOffsets.put(family, big5.badOffset());
                    return null;
                }
                badOffsets.put(family, -1);
                return new Decoded(stripBom(big5.text()), big5.usedHkscs() ? Big5Family.HKSCS : Big5Family.CP950);
            }
            Charset charset = javaCharset(family);
            try {
                String text = decodeStrictly(charset, bytes, 0);
                badOffsets.put(family, -1);
                return new Decoded(stripBom(text), charset);
            } catch (CharacterCodingException e) {
                badOffsets.put(family, firstBadOffset(charset, bytes, 0));
                return null;
            }
        }

        /** A strict decode that also reads as text: no NUL, no private use characters. */
        Decoded confirmed(Family family) {
            Decoded decoded = strict(family);
            if (decoded == null || decoded.text().indexOf('\0') >= 0) {
                return null;
            }
            if (decoded.text().codePoints().anyMatch(cp -> Character.getType(cp) == Character.PRIVATE_USE)) {
                if (withPrivateUse == null) {
                    withPrivateUse = decoded;
                }
                return null;
            }
            return decoded;
        }

        String failureReason() {
            List<Family> failed = badOffsets.keySet().stream().filter(f -> badOffsets.get(f) >= 0).toList();
            if (failed.isEmpty()) {
                return "decodes only to text with NUL characters";
            }
            StringBuilder reason = new StringBuilder("not valid ");
            for (int i = 0; i < failed.size(); i++) {
                reason.append(i == 0 ? "" : i == failed.size() - 1 ? " or " : ", ").append(displayName(failed.get(i)));
            }
            reason.append(" (first bad byte: ");
            for (int i = 0; i < failed.size(); i++) {
                reason.append(i == 0 ? "" : ", ").append(displayName(failed.get(i)))
                        .append(" at offset ").append(badOffsets.get(failed.get(i)));
            }
            return reason.append(')').toString();
        }
    }

    private static String displayName(Family family) {
        return switch (family) {
            case UTF8 -> "UTF-8";
            case UTF16LE -> "UTF-16LE";
            case UTF16BE -> "UTF-16BE";
            case GB18030 -> "GB18030";
            case BIG5 -> "Big5";
        };
    }

    private static Charset javaCharset(Family family) {
        return switch (family) {
            case UTF8 -> StandardCharsets.UTF_8;
            case UTF16LE -> StandardCharsets.UTF_16LE;
            case UTF16BE -> StandardCharsets.UTF_16BE;
            case GB18030 -> GB18030;
            case BIG5 -> Big5Family.CP950;
        };
    }

    private static String decodeStrictly(Charset charset, byte[] bytes, int from) throws CharacterCodingException {
        return charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes, from, bytes.length - from))
                .toString();
    }

    /** Runs the decoder again only on failure, to say where; the common path never pays for it. */
    private static int firstBadOffset(Charset charset, byte[] bytes, int from) {
        ByteBuffer in = ByteBuffer.wrap(bytes, from, bytes.length - from);
        CharBuffer out = CharBuffer.allocate(8192);
        var decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        while (true) {
            CoderResult result = decoder.decode(in, out, true);
            if (result.isError()) {
                return in.position();
            }
            if (result.isUnderflow()) {
                return bytes.length;
            }
            out.clear();
        }
    }

    private static boolean containsNul(byte[] bytes) {
        for (byte b : bytes) {
            if (b == 0) {
                return true;
            }
        }
        return false;
    }

    /** A GB18030 or UTF-8 text may begin with U+FEFF without having been recognised by its mark. */
    private static String stripBom(String text) {
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    private static Map<String, Family> labels() {
        Map<String, Family> labels = new LinkedHashMap<>();
        for (String label : List.of("utf-8", "utf8", "unicode-1-1-utf-8")) {
            labels.put(label, Family.UTF8);
        }
        // GB18030 is a superset of GBK and GB2312, and pages labelled either often use GBK-only characters.
        for (String label : List.of("gb18030", "gbk", "x-gbk", "gb2312", "gb_2312", "gb_2312-80", "csgb2312",
                "chinese", "iso-ir-58", "euc-cn", "cp936", "ms936", "windows-936")) {
            labels.put(label, Family.GB18030);
        }
        for (String label : List.of("big5", "big5-hkscs", "big5hkscs", "cn-big5", "csbig5", "x-x-big5",
                "cp950", "ms950", "windows-950", "x-windows-950")) {
            labels.put(label, Family.BIG5);
        }
        labels.put("utf-16le", Family.UTF16LE);
        labels.put("utf-16be", Family.UTF16BE);
        return labels;
    }
}
