package io.zhclaims.segment;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Organization recall and precision on the gold sentences: a gold org counts as found when a
 * recognized org contains it or is contained in it (FORMAT.md's scoring). Precision counts a
 * recognized org as right when it matches a gold org of its sentence.
 */
class EntityRecognizerGoldTest {

    private static final EntityRecognizer RECOGNIZER = new EntityRecognizer();
    private static final Path GOLD = Path.of("src/test/resources/gold");

    @Test
    void findsSeedGoldOrganizations() throws IOException {
        double recall = measure("seeds", GoldSentences.load(GOLD.resolve("seeds.claims.jsonl"), GOLD.resolve("seeds-clean")));
        assertTrue(recall >= 0.95, "seed org recall " + recall);
    }

    @Test
    void findsDevNewsGoldOrganizations() throws IOException {
        double recall = measure("dev-news", GoldSentences.load(GOLD.resolve("dev-news/claims.jsonl"), GOLD.resolve("dev-news/clean")));
        assertTrue(recall >= 0.95, "dev-news org recall " + recall);
    }

    private static double measure(String name, List<GoldSentences.Sentence> sentences) {
        int gold = 0;
        int goldFound = 0;
        int predicted = 0;
        int predictedRight = 0;
        for (GoldSentences.Sentence s : sentences) {
            List<String> orgs = RECOGNIZER.organizations(s.text()).stream().map(Entity::text).toList();
            for (String g : s.orgs()) {
                gold++;
                if (orgs.stream().anyMatch(o -> matches(o, g))) {
                    goldFound++;
                } else {
                    System.out.println(name + " missed " + g + " in: " + s.text());
                }
            }
            for (String o : orgs) {
                predicted++;
                if (s.orgs().stream().anyMatch(g -> matches(o, g))) {
                    predictedRight++;
                } else {
                    System.out.println(name + " extra " + o + " in: " + s.text());
                }
            }
        }
        double recall = gold == 0 ? 1 : (double) goldFound / gold;
        double precision = predicted == 0 ? 1 : (double) predictedRight / predicted;
        System.out.printf(Locale.ROOT, "%s orgs: recall %.3f (%d/%d), precision %.3f (%d/%d) over %d sentences%n",
                name, recall, goldFound, gold, precision, predictedRight, predicted, sentences.size());
        return recall;
    }

    private static boolean matches(String predicted, String gold) {
        String p = predicted.toLowerCase(Locale.ROOT);
        String g = gold.toLowerCase(Locale.ROOT);
        return p.contains(g) || g.contains(p);
    }
}
