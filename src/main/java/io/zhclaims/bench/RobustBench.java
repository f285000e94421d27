package io.zhclaims.bench;

import io.zhclaims.Zhclaims;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.ByteBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.IntFunction;

/**
 * The hostile inputs of the robustness issue, run through the whole pipeline (clean and
 * extract) to show every stage stays linear: a single unpunctuated line of figures, a page of
 * question marks, and GBK text decoded one byte out of step. Prints chars/s per input.
 */
public final class RobustBench {
    /** One input: its name, how many characters, and how to make it. */
    public record Input(String name, int chars, IntFunction<String> make) {
    }

    /**
     * One measured run. CPU time is given beside wall time: on a shared machine the wall
     * clock also counts the time other processes held the cores.
     */
    public record Result(String name, int chars, double seconds, double cpuSeconds, int claims) {
        public double charsPerSecond() {
            return chars / Math.max(1e-9, seconds);
        }

        public double charsPerCpuSecond() {
            return chars / Math.max(1e-9, cpuSeconds);
        }

        public String line() {
            return String.format(Locale.ROOT,
                    "%-18s %,11d chars %7.2f s %,11.0f chars/s (CPU %6.2f s %,11.0f chars/s) %,7d claims",
                    name, chars, seconds, charsPerSecond(), cpuSeconds, charsPerCpuSecond(), claims);
        }
    }

    private static final String FIGURES = "12.5%3.2亿元45万台7.8%三成1/4第2名2024年3月15日18个月600瓦1299元2倍"
            + "88公里4.5万吨60岁120平方米3天";
    private static final String PROSE = "国家统计局今天发布的数据显示前三季度全国规模以上工业增加值同比增长百分之五点八"
            + "其中高技术制造业增长较快新能源汽车产量超过八百万辆比去年同期多出三成以上"
            + "专家认为下一阶段消费需求将继续回暖服务业对经济增长的贡献率还会提高";

    private RobustBench() {
    }

    /** The three inputs of the issue, at the sizes it names (scaled by {@code scale}). */
    public static List<Input> inputs(double scale) {
        List<Input> out = new ArrayList<>();
        out.add(new Input("figures, one line", (int) (1_000_000 * scale), RobustBench::figures));
        out.add(new Input("question marks", (int) (1_000_000 * scale), n -> "?".repeat(n)));
        out.add(new Input("GBK mojibake", (int) (10_000_000 * scale), RobustBench::mojibake));
        return out;
    }

    /** {@code n} characters of figures and units with no punctuation and no line break. */
    public static String figures(int n) {
        return repeat(FIGURES, n);
    }

    /**
     * {@code n} characters of Chinese prose as a scraper shows GBK it read out of step: one
     * byte in every 37 lost, the decoder marking each loss with {@code ?}, one paragraph per
     * about 400 characters. Every paragraph carries its own number, so none is dropped as a
     * repeat of another and every one is analysed.
     */
    public static String mojibake(int n) {
        Charset gbk = Charset.forName("GBK");
        StringBuilder prose = new StringBuilder(n + 1_000);
        for (int paragraph = 0; prose.length() < n + n / 20 + 100; paragraph++) {
            prose.append("第").append(paragraph).append("段").append(PROSE).append(PROSE).append(PROSE).append('\n');
        }
        byte[] bytes = prose.toString().getBytes(gbk);
        ByteBuffer shifted = ByteBuffer.allocate(bytes.length);
        for (int i = 0; i < bytes.length; i++) {
            if (i % 37 != 5) {
                shifted.put(bytes[i]);
            }
        }
        shifted.flip();
        String garbled;
        try {
            garbled = gbk.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE).replaceWith("?")
                    .decode(shifted).toString();
        } catch (java.nio.charset.CharacterCodingException e) {
            throw new IllegalStateException("a replacing decoder does not throw", e);
        }
        return garbled.substring(0, Math.min(n, garbled.length()));
    }

    private static String repeat(String unit, int n) {
        StringBuilder b = new StringBuilder(n);
        while (b.length() < n) {
            b.append(unit, 0, Math.min(unit.length(), n - b.length()));
        }
        return b.toString();
    }

    /**
     * Runs every input once at a tenth of its size, so the measured runs are compiled code: after
     * a hundredth, the first measured line of figures still spent about a third more CPU than a
     * second one in the same JVM while C2 compiled.
     */
    public static void warmUp(Zhclaims zhclaims) {
        for (Input input : inputs(0.1)) {
            run(zhclaims, input);
        }
    }

    /** Runs one input through clean and extract, once. */
    public static Result run(Zhclaims zhclaims, Input input) {
        String text = input.make().apply(input.chars());
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpu = threads.getCurrentThreadCpuTime();
        long start = System.nanoTime();
        int claims = zhclaims.extract("bench.txt", text).size();
        return new Result(input.name(), text.length(), (System.nanoTime() - start) / 1e9,
                (threads.getCurrentThreadCpuTime() - cpu) / 1e9, claims);
    }
}
