package io.zhclaims.ingest;

import org.junit.jupiter.api.Test;

import java.io.ByteArrayOutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class DecoderTest {

    private static final String SIMPLIFIED = "国家统计局今天发布数据，今年前三季度国内生产总值同比增长5.2%。";
    private static final String TRADITIONAL = "香港特區政府今日公布，去年本地生產總值增長百分之三點二。";
    /** 哋 and 嘅 exist only in the Hong Kong supplement, not in Big5 or CP950. */
    private static final String CANTONESE = "佢哋話今年嘅樓價會再跌一成，業主都好擔心。";

    private final Decoder decoder = new Decoder();

    @Test
    void decodesUtf8WithoutBom() throws Exception {
        Decoded d = decoder.decode(SIMPLIFIED.getBytes(StandardCharsets.UTF_8), Markup.TEXT);
        assertEquals(SIMPLIFIED, d.text());
        assertEquals(StandardCharsets.UTF_8, d.charset());
    }

    @Test
    void decodesUtf8AndStripsItsBom() throws Exception {
        Decoded d = decoder.decode(concat(bytes(0xEF, 0xBB, 0xBF), SIMPLIFIED.getBytes(StandardCharsets.UTF_8)), Markup.TEXT);
        assertEquals(SIMPLIFIED, d.text());
        assertEquals(StandardCharsets.UTF_8, d.charset());
    }

    @Test
    void decodesGbkBytesAsGb18030() throws Exception {
        Decoded d = decoder.decode(SIMPLIFIED.getBytes("GBK"), Markup.TEXT);
        assertEquals(SIMPLIFIED, d.text());
        assertEquals(Decoder.GB18030, d.charset());
    }

    @Test
    void decodesGb18030FourByteCharacters() throws Exception {
        // 𠮷 is outside GBK; GB18030 writes it in four bytes.
        String text = "日本料理店𠮷野家今年在上海新开了三十家门店。";
        Decoded d = decoder.decode(text.getBytes(Decoder.GB18030), Markup.TEXT);
        assertEquals(text, d.text());
        assertEquals(Decoder.GB18030, d.charset());
    }

    @Test
    void decodesBig5() throws Exception {
        Decoded d = decoder.decode(TRADITIONAL.getBytes("Big5"), Markup.TEXT);
        assertEquals(TRADITIONAL, d.text());
        assertEquals("x-windows-950", d.charset().name());
    }

    @Test
    void decodesBig5EtenCharactersThatJdkBig5Rejects() throws Exception {
        String text = "他們住在這裏已經三十年了，碁盤街的老屋都拆了。";
        byte[] bytes = text.getBytes("x-windows-950");
        assertThrows(CharacterCodingException.class, () -> strict("Big5", bytes));
        assertEquals(text, decoder.decode(bytes, Markup.TEXT).text());
    }

    @Test
    void decodesHongKongCharactersWithBig5Hkscs() throws Exception {
        byte[] bytes = CANTONESE.getBytes("Big5-HKSCS");
        Decoded d = decoder.decode(bytes, Markup.TEXT);
        assertEquals(CANTONESE, d.text());
        assertEquals("Big5-HKSCS", d.charset().name());
    }

    @Test
    void decodesUtf16LittleEndianWithBomAndStripsIt() throws Exception {
        Decoded d = decoder.decode(concat(bytes(0xFF, 0xFE), TRADITIONAL.getBytes(StandardCharsets.UTF_16LE)), Markup.TEXT);
        assertEquals(TRADITIONAL, d.text());
        assertEquals(StandardCharsets.UTF_16LE, d.charset());
    }

    @Test
    void decodesUtf16BigEndianWithBomAndStripsIt() throws Exception {
        Decoded d = decoder.decode(SIMPLIFIED.getBytes(StandardCharsets.UTF_16), Markup.TEXT);
        assertEquals(SIMPLIFIED, d.text());
        assertEquals(StandardCharsets.UTF_16BE, d.charset());
    }

    @Test
    void decodesUtf16LittleEndianWithoutBom() throws Exception {
        Decoded d = decoder.decode(SIMPLIFIED.getBytes(StandardCharsets.UTF_16LE), Markup.TEXT);
        assertEquals(SIMPLIFIED, d.text());
        assertEquals(StandardCharsets.UTF_16LE, d.charset());
    }

    @Test
    void decodesUtf16BigEndianWithoutBom() throws Exception {
        Decoded d = decoder.decode(TRADITIONAL.getBytes(StandardCharsets.UTF_16BE), Markup.TEXT);
        assertEquals(TRADITIONAL, d.text());
        assertEquals(StandardCharsets.UTF_16BE, d.charset());
    }

    @Test
    void decodesGbkPageByItsMetaCharset() throws Exception {
        String page = "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=gb2312\">"
                + "<title>统计公报</title></head><body><p>" + SIMPLIFIED + "</p></body></html>";
        Decoded d = decoder.decode(page.getBytes("GBK"), Markup.HTML);
        assertEquals(page, d.text());
        assertEquals(Decoder.GB18030, d.charset());
    }

    @Test
    void metaCharsetDecidesWhenTheTextIsTooShortToDetect() throws Exception {
        String body = "<p>中文</p>";
        String page = "<html><head><meta charset=\"big5\"></head><body>" + body + "</body></html>";
        assertNotEquals(body, decoder.decode(body.getBytes("Big5"), Markup.TEXT).text());
        assertEquals(page, decoder.decode(page.getBytes("Big5"), Markup.HTML).text());
    }

    @Test
    void wrongMetaCharsetOnUtf8PageIsIgnored() throws Exception {
        String page = "<html><head><meta charset=\"gbk\"></head><body><p>" + SIMPLIFIED + "</p></body></html>";
        Decoded d = decoder.decode(page.getBytes(StandardCharsets.UTF_8), Markup.HTML);
        assertEquals(page, d.text());
        assertEquals(StandardCharsets.UTF_8, d.charset());
    }

    @Test
    void metaCharsetThatFailsStrictDecodingFallsBackToDetection() throws Exception {
        // 〇 is A996 in GBK: a trail byte Big5 does not have.
        String page = "<html><head><meta charset=\"big5\"></head><body><p>二〇二四年前三季度国内生产总值同比增长5.2%。</p></body></html>";
        byte[] gbk = page.getBytes("GBK");
        assertThrows(CharacterCodingException.class, () -> strict("x-windows-950", gbk));
        Decoded d = decoder.decode(gbk, Markup.HTML);
        assertEquals(page, d.text());
        assertEquals(Decoder.GB18030, d.charset());
    }

    @Test
    void undecodableBytesGiveOneLineReasonWithOffset() throws Exception {
        byte[] head = "统计数据".getBytes(StandardCharsets.UTF_8);
        byte[] bytes = concat(head, bytes(0xFF, 0xFF, 0x41));
        IngestException e = assertThrows(IngestException.class, () -> decoder.decode(bytes, Markup.TEXT));
        String reason = e.getMessage();
        assertTrue(reason.startsWith("not valid UTF-8, GB18030 or Big5 ("), reason);
        assertTrue(reason.contains("UTF-8 at offset " + head.length), reason);
        assertTrue(reason.lines().count() == 1, reason);
    }

    @Test
    void damagedUtf8AfterBomIsReportedNotGuessed() {
        byte[] bytes = concat(bytes(0xEF, 0xBB, 0xBF), "统计数据".getBytes(StandardCharsets.UTF_8), bytes(0xC0));
        IngestException e = assertThrows(IngestException.class, () -> decoder.decode(bytes, Markup.TEXT));
        assertTrue(e.getMessage().contains("byte order mark"), e.getMessage());
    }

    private static void strict(String charset, byte[] bytes) throws CharacterCodingException {
        Charset.forName(charset).newDecoder().decode(ByteBuffer.wrap(bytes));
    }

    private static byte[] bytes(int... values) {
        byte[] b = new byte[values.length];
        for (int i = 0; i < values.length; i++) {
            b[i] = (byte) values[i];
        }
        return b;
    }

    private static byte[] concat(byte[]... parts) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (byte[] part : parts) {
            out.writeBytes(part);
        }
        return out.toByteArray();
    }
}
