package io.zhclaims.normalize;

import io.zhclaims.ingest.Markup;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The five seeds against the reference clean text (difflib ratio, autojunk off). */
class SeedCleaningTest {
    private static final Path SEEDS = Path.of("seeds");
    private static final Path GOLD = Path.of("src/test/resources/gold/seeds-clean");

    @ParameterizedTest
    @ValueSource(strings = {"000_4b3150d90f035fc9.txt", "001_4e765bb35ac23d12.txt", "002_0b8d26c1e8720ebb.txt",
            "003_537188807ddc293f.txt", "004_82a3644e5fd33189.txt"})
    void cleanedSeedMatchesReferenceText(String doc) throws Exception {
        String cleaned = GoldCleaningSupport.clean(SEEDS.resolve(doc), Markup.TEXT);
        double ratio = Similarity.ratio(cleaned, GoldCleaningSupport.gold(GOLD.resolve(doc)));
        double ratioNoBlank = Similarity.ratio(cleaned, GoldCleaningSupport.goldWithoutBlankLines(GOLD.resolve(doc)));
        System.out.printf("seed %s ratio %.4f (reference without blank lines %.4f)%n", doc, ratio, ratioNoBlank);
        assertTrue(ratio >= 0.98, doc + " ratio " + ratio);
        assertFalse(new PinyinReadings().containsReading(cleaned), doc + " still has a pinyin reading");
    }
}
