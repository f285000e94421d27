package io.zhclaims.quantity;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Lists whose items share the unit written once, after the last: {@code 降幅分别为30、31、28、34%},
 * {@code 价格分别为5.10、7.00、9.30元/公斤}, {@code 5120、3380亿千瓦时} (both ×1e8 千瓦时),
 * {@code 分别扩大1个和0.9个百分点}. Each bare item takes the last item's kind, unit and scale.
 * Runs after all figures are read, on what they left bare.
 */
final class ListRules {
    private static final String JOINS = "、和与及";
    /** 0.9个百分点, 15个基点: the 个 of each earlier item (1个和0.9个百分点) belongs to the shared unit. */
    private static final Pattern POINTS_WITH_GE = Pattern.compile("[0-9.]+\\s*个(?:百分点|基点|千分点|点)");
    private static final Set<Kind> SHARED = Set.of(Kind.PERCENT, Kind.MONEY, Kind.COUNT, Kind.MEASURE,
            Kind.MULTIPLIER, Kind.DURATION);

    private ListRules() {
    }

    static void shareUnits(Sentence x) {
        List<Quantity> added = new ArrayList<>();
        for (Quantity last : List.copyOf(x.out)) {
            if (!SHARED.contains(last.kind()) || last.high() != null || !Character.isDigit(x.s.charAt(last.start()))) {
                continue;
            }
            double scale = scale(last);
            if (!(scale > 0)) {
                continue;
            }
            boolean particle = POINTS_WITH_GE.matcher(last.mention()).lookingAt();
            int pos = last.start();
            while (true) {
                int k = x.skipSpacesBack(pos);
                if (k == 0 || JOINS.indexOf(x.s.charAt(k - 1)) < 0) {
                    break;
                }
                int itemEnd = x.skipSpacesBack(k - 1);
                Quantity counted = particle ? countOfGe(x, itemEnd) : null;
                if (counted != null) {
                    x.out.remove(counted);
                    itemEnd = counted.start() + counted.mention().indexOf('个');
                }
                Numeral item = numeralEndingAt(x, itemEnd);
                if (item == null || item.form() == Numeral.Form.CHINESE || item.scaled() || covered(x, item) || x.isName(item)) {
                    break;
                }
                double v = item.value() * scale;
                added.add(new Quantity(last.kind(), item.start(), counted != null ? counted.end() : item.end(),
                        x.s.substring(item.start(), counted != null ? counted.end() : item.end()), v, null, null,
                        last.unit(), Qualifier.EXACT));
                pos = item.start();
            }
        }
        x.out.addAll(added);
        x.out.sort(Comparator.comparingInt(Quantity::start));
    }

    /**
     * {@code 国泰金373.6亿元、元大金365.21亿、兆丰金350.2亿元}: in a list of items split by {@code 、},
     * a bare amount with a scale word between or after items that are money is money in their
     * currency, as the writer dropped the currency word of one item only.
     */
    static void moneyAmongMoney(Sentence x) {
        for (int i = 0; i < x.out.size(); i++) {
            Quantity q = x.out.get(i);
            if (q.kind() != Kind.COUNT && q.kind() != Kind.NUMBER || q.unit() != null || q.high() != null
                    || !BARE_SCALED.matcher(q.mention()).matches()) {
                continue;
            }
            Quantity money = neighbourItem(x, i - 1, i);
            if (money == null) {
                money = neighbourItem(x, i + 1, i);
            }
            if (money != null) {
                x.out.set(i, new Quantity(Kind.MONEY, q.start(), q.end(), q.mention(), q.value(), null, null,
                        money.unit(), q.qualifier()));
            }
        }
    }

    private static final Pattern BARE_SCALED = Pattern.compile("[0-9零〇○一二两三四五六七八九十百千][0-9.,零〇○一二两三四五六七八九十百千点]*\\s*[万亿兆]+");
    private static final Pattern CURRENCY = Pattern.compile("[A-Z]{3}");
    private static final int ITEM_REACH = 12;

    /** Figure {@code j} when it is money in a plain currency and the list item next to figure {@code i}. */
    private static Quantity neighbourItem(Sentence x, int j, int i) {
        if (j < 0 || j >= x.out.size()) {
            return null;
        }
        Quantity m = x.out.get(j);
        Quantity q = x.out.get(i);
        if (m.kind() != Kind.MONEY || m.unit() == null || !CURRENCY.matcher(m.unit()).matches()) {
            return null;
        }
        String between = j < i ? x.s.substring(m.end(), q.start()) : x.s.substring(q.end(), m.start());
        if (between.length() > ITEM_REACH || between.indexOf('、') != between.lastIndexOf('、') || between.indexOf('、') < 0) {
            return null;
        }
        for (int k = 0; k < between.length(); k++) {
            if (",;:。!?".indexOf(between.charAt(k)) >= 0 || Character.isDigit(between.charAt(k))) {
                return null;
            }
        }
        return m;
    }

    /** What the last item's scale word multiplies by: 3380亿千瓦时 is 3380 × 1e8; 34% is 34 × 1. */
    private static double scale(Quantity last) {
        String m = last.mention();
        int d = 0;
        while (d < m.length() && (Character.isDigit(m.charAt(d)) || m.charAt(d) == '.' || m.charAt(d) == ',')) {
            d++;
        }
        try {
            double digits = new BigDecimal(m.substring(0, d).replace(",", "")).doubleValue();
            return digits == 0 ? Double.NaN : last.value() / digits;
        } catch (NumberFormatException e) {
            return Double.NaN;
        }
    }

    /** {@code 1个} of {@code 1个和0.9个百分点}: read as a count of 个, it is the list's first item. */
    private static Quantity countOfGe(Sentence x, int end) {
        for (Quantity q : x.out) {
            if (q.end() == end && q.kind() == Kind.COUNT && "个".equals(q.unit())) {
                return q;
            }
        }
        return null;
    }

    private static Numeral numeralEndingAt(Sentence x, int end) {
        for (Numeral m : x.nums) {
            if (m.end() == end) {
                return m;
            }
        }
        return null;
    }

    private static boolean covered(Sentence x, Numeral m) {
        for (Quantity q : x.out) {
            if (q.start() < m.end() && m.start() < q.end()) {
                return true;
            }
        }
        return false;
    }
}
