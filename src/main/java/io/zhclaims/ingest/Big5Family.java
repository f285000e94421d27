package io.zhclaims.ingest;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * Strict Big5 decoding as the corpora need it: Windows code page 950 for the standard Big5
 * area, and the Hong Kong supplement (HKSCS) only for the pairs that CP950 leaves to the
 * private use area or does not define.
 *
 * <p>Why not the JDK charsets directly: JDK {@code Big5} lacks the ETEN extensions that Taiwan
 * texts use (F9D6..F9FE), JDK {@code Big5-HKSCS} maps a few standard pairs differently from
 * CP950 (A145, A241...), and CP950 alone silently turns every HKSCS character into private use
 * code points. Pair by pair the combination reads both the Academia Sinica and the City
 * University files exactly as their UTF-8 twins.
 */
final class Big5Family {

    static final Charset CP950 = Charset.forName("x-windows-950");
    static final Charset HKSCS = Charset.forName("Big5-HKSCS");

    private static final int LEAD_MIN = 0x81;
    private static final int TRAIL_MIN = 0x40;
    private static final int TRAILS = 0xFF - TRAIL_MIN;

    /** The result of {@link #decode}: the text, or where the first undecodable byte is. */
    record Result(String text, boolean usedHkscs, int badOffset) {
        boolean ok() {
            return text != null;
        }
    }

    private Big5Family() {
    }

    /** Built once: about 24k pairs, each decoded with CP950 and, if needed, HKSCS. */
    private static final class Table {
        /** Code point of a pair; 0 when undefined; -(i+1) for {@link #SEQUENCES}[i]. */
        static final int[] PAIRS = new int[(0xFF - LEAD_MIN) * TRAILS];
        /** HKSCS maps a few pairs to a base letter plus a combining mark. */
        static final List<String> SEQUENCES = new ArrayList<>();
        static final BitSet FROM_HKSCS = new BitSet(PAIRS.length);

        static {
            CharsetDecoder cp950 = strict(CP950);
            CharsetDecoder hkscs = strict(HKSCS);
            for (int lead = LEAD_MIN; lead <= 0xFE; lead++) {
                for (int trail = TRAIL_MIN; trail <= 0xFE; trail++) {
                    int index = (lead - LEAD_MIN) * TRAILS + (trail - TRAIL_MIN);
                    byte[] pair = {(byte) lead, (byte) trail};
                    String standard = decodePair(cp950, pair);
                    String chosen = standard;
                    if (standard == null || isPrivateUse(standard)) {
                        String hk = decodePair(hkscs, pair);
                        if (hk != null && !isPrivateUse(hk)) {
                            chosen = hk;
                            FROM_HKSCS.set(index);
                        }
                    }
                    if (chosen == null) {
                        continue;
                    }
                    if (chosen.codePointCount(0, chosen.length()) == 1) {
                        PAIRS[index] = chosen.codePointAt(0);
                    } else {
                        SEQUENCES.add(chosen);
                        PAIRS[index] = -SEQUENCES.size();
                    }
                }
            }
        }

        private static String decodePair(CharsetDecoder decoder, byte[] pair) {
            try {
                return decoder.reset().decode(ByteBuffer.wrap(pair)).toString();
            } catch (CharacterCodingException e) {
                return null;
            }
        }

        private static boolean isPrivateUse(String s) {
            return s.codePoints().anyMatch(cp -> Character.getType(cp) == Character.PRIVATE_USE);
        }

        private static CharsetDecoder strict(Charset charset) {
            return charset.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT);
        }
    }

    static Result decode(byte[] bytes) {
        int[] pairs = Table.PAIRS;
        StringBuilder out = new StringBuilder(bytes.length);
        boolean usedHkscs = false;
        int i = 0;
        while (i < bytes.length) {
            int b = bytes[i] & 0xFF;
            // Microsoft's code page 950 passes the lone byte 0x80 through as U+0080 (Java's
            // x-windows-950 refuses it); Big5 text saved on Windows keeps it, as the AS word list does.
            if (b <= 0x80) {
                out.append((char) b);
                i++;
                continue;
            }
            if (b < LEAD_MIN || b == 0xFF || i + 1 >= bytes.length) {
                return new Result(null, false, i);
            }
            int trail = bytes[i + 1] & 0xFF;
            if (trail < TRAIL_MIN || trail == 0xFF) {
                return new Result(null, false, i);
            }
            int index = (b - LEAD_MIN) * TRAILS + (trail - TRAIL_MIN);
            int value = pairs[index];
            if (value == 0) {
                return new Result(null, false, i);
            }
            if (value > 0) {
                out.appendCodePoint(value);
            } else {
                out.append(Table.SEQUENCES.get(-value - 1));
            }
            usedHkscs |= Table.FROM_HKSCS.get(index);
            i += 2;
        }
        return new Result(out.toString(), usedHkscs, -1);
    }
}
