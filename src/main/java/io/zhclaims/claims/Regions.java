package io.zhclaims.claims;

import io.zhclaims.models.ModelFile;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Tells a Hong Kong, a Macau and a Taiwan article apart by the words each place's press uses
 * ({@code 本港}, {@code 港股}, {@code 恒指} against {@code 台股}, {@code 行政院}, {@code 民国}), from
 * {@code models/claims/regions.txt}. Only traditional articles are asked, a few dozen words each.
 */
final class Regions {
    private final List<String> hongKong;
    private final List<String> macau;
    private final List<String> taiwan;
    private final List<Pattern> taiwanPatterns;

    private Regions(List<String> hongKong, List<String> macau, List<String> taiwan, List<Pattern> taiwanPatterns) {
        this.hongKong = hongKong;
        this.macau = macau;
        this.taiwan = taiwan;
        this.taiwanPatterns = taiwanPatterns;
    }

    static Regions load(String path) {
        List<String> hk = new ArrayList<>(), mo = new ArrayList<>(), tw = new ArrayList<>();
        List<Pattern> twPatterns = new ArrayList<>();
        for (ModelFile.Line line : ModelFile.lines(path)) {
            String[] f = line.text().strip().split("\t");
            switch (f.length == 2 ? f[0] : "") {
                case "hk" -> hk.add(f[1]);
                case "mo" -> mo.add(f[1]);
                case "tw" -> tw.add(f[1]);
                case "tw-pattern" -> twPatterns.add(Pattern.compile(f[1]));
                default -> throw new IllegalStateException(path + ":" + line.number() + ": expected hk|mo|tw|tw-pattern<TAB>word");
            }
        }
        return new Regions(List.copyOf(hk), List.copyOf(mo), List.copyOf(tw), List.copyOf(twPatterns));
    }

    /**
     * What a bare 元 means in a traditional-script text: MOP when it names Macau more often than
     * Hong Kong and Taiwan, HKD when it names Hong Kong more often than Taiwan, else TWD.
     */
    String currency(String text) {
        int tw = count(taiwan, text);
        for (Pattern p : taiwanPatterns) {
            tw += (int) p.matcher(text).results().count();
        }
        int hk = count(hongKong, text);
        int mo = count(macau, text);
        return mo > hk && mo > tw ? "MOP" : hk > tw ? "HKD" : "TWD";
    }

    private static int count(List<String> words, String text) {
        int n = 0;
        for (String w : words) {
            for (int at = text.indexOf(w); at >= 0; at = text.indexOf(w, at + w.length())) {
                n++;
            }
        }
        return n;
    }
}
