package io.zhclaims.eval;

import io.zhclaims.Zhclaims;
import io.zhclaims.index.QueryEval;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.file.Path;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The sets' scores, measured the way {@code zhclaims eval} measures them, may not fall. */
class GoldEvaluationTest {
    private static final Path GOLD = Path.of("src/test/resources/gold");

    private static Evaluation.Result run(Path gold, Path corpus) {
        Evaluation.Result r = new Evaluation(Zhclaims.get(), 2).run(gold, corpus);
        System.out.println("== " + corpus + "\n" + r.score().table());
        assertEquals(0, r.errors().size(), r.errors().toString());
        return r;
    }

    /**
     * Each set's scores as measured when these bars were set, minus 0.01: a change that costs a
     * set more than that fails here. Raise a bar when a set's figures rise.
     */
    private static void holds(Score s, double f1, double year, double orgPrecision, double orgF1) {
        double slack = 0.01;
        assertTrue(s.overall().f1() >= f1 - slack, "mention F1 " + s.overall().f1() + " < " + f1 + " - 0.01");
        assertTrue(s.year().value() >= year - slack, "year accuracy " + s.year().value() + " < " + year + " - 0.01");
        assertTrue(s.orgs().precision() >= orgPrecision - slack,
                "org precision " + s.orgs().precision() + " < " + orgPrecision + " - 0.01");
        assertTrue(s.orgs().f1() >= orgF1 - slack, "org F1 " + s.orgs().f1() + " < " + orgF1 + " - 0.01");
    }

    @Test
    void seedClaimsKeepTheirScores() {
        Score s = run(GOLD.resolve("seeds.claims.jsonl"), Path.of("seeds")).score();
        holds(s, 1.000, 1.000, 0.947, 0.956);
        assertTrue(s.unit().value() >= 0.99, "unit accuracy " + s.unit().value());
        assertTrue(s.qualifier().value() >= 0.99, "qualifier accuracy " + s.qualifier().value());
    }

    @Test
    void newsDevSetThatNoRuleWasWrittenForKeepsItsScores() {
        Score s = run(GOLD.resolve("dev-news/claims.jsonl"), GOLD.resolve("dev-news/raw")).score();
        holds(s, 1.000, 1.000, 1.000, 1.000);
    }

    @Test
    void syntheticArticlesOfSixSitesKeepTheirScores() {
        Score s = run(GOLD.resolve("synthetic/claims.jsonl"), GOLD.resolve("synthetic/articles")).score();
        // the synthetic sets date spans of years (连续22年 -> 2024); the real pages and FORMAT's
        // shared gold leave a span of years undated, and the binder follows them (year 0.966 -> 0.956)
        // an organization named again in brackets keeps both names (世界气象组织(WMO)); this set's
        // gold names one of them, the real pages both (31 to 14): org 0.930 / 0.927 -> 0.862 / 0.888
        holds(s, 0.996, 0.957, 0.862, 0.888);
    }

    @Test
    void secondSyntheticSetWithAJsonLinesFeedKeepsItsScores() {
        Score s = run(GOLD.resolve("synthetic2/claims.jsonl"), GOLD.resolve("synthetic2/articles")).score();
        holds(s, 0.984, 0.977, 0.987, 0.974);
    }

    @Test
    void thirdSyntheticSetOfMarketAndStatisticsPagesKeepsItsScores() {
        Score s = run(GOLD.resolve("synthetic3/claims.jsonl"), GOLD.resolve("synthetic3/articles")).score();
        holds(s, 0.990, 0.985, 0.925, 0.932);
    }

    @Test
    void fourthSyntheticSetOfStartupAndTradePiecesKeepsItsScores() {
        Score s = run(GOLD.resolve("synthetic4/claims.jsonl"), GOLD.resolve("synthetic4/articles")).score();
        // Many little-known startups and investors: organizations are the weak part here.
        holds(s, 0.974, 0.956, 0.920, 0.760);
    }

    /** Real pages of fourteen fields, 16 of 40 traditional (README: scored unseen, then tuned on). */
    @Test
    void realPagesOfSportsHealthEarningsBanksAndPricesKeepTheirScores() {
        holds(run(GOLD.resolve("real-a/claims.jsonl"), GOLD.resolve("real-a/articles")).score(), 0.976, 0.967, 0.917, 0.957);
    }

    @Test
    void realPagesOfReportsPropertyEnergyWeatherTransportAndForumsKeepTheirScores() {
        holds(run(GOLD.resolve("real-b/claims.jsonl"), GOLD.resolve("real-b/articles")).score(), 0.976, 0.979, 1.000, 1.000);
    }

    @Test
    void realTaiwanPagesKeepTheirScores() {
        holds(run(GOLD.resolve("real-c/claims.jsonl"), GOLD.resolve("real-c/articles")).score(), 0.960, 0.986, 0.848, 0.907);
    }

    @Test
    void realHongKongAndMainlandPagesKeepTheirScores() {
        holds(run(GOLD.resolve("real-d/claims.jsonl"), GOLD.resolve("real-d/articles")).score(), 0.938, 0.995, 0.926, 0.917);
    }

    /**
     * real-e and real-f were held out in session 2 (unseen F1 0.852 together) and have been tuned on
     * since; real-g and real-h were scored unseen in session 3 (README) and tuned on after that.
     */
    @Test
    void formerlyHeldOutRealPagesKeepTheirScores() {
        holds(run(GOLD.resolve("real-e/claims.jsonl"), GOLD.resolve("real-e/articles")).score(), 0.914, 0.990, 0.884, 0.924);
        holds(run(GOLD.resolve("real-f/claims.jsonl"), GOLD.resolve("real-f/articles")).score(), 0.967, 0.974, 0.931, 0.841);
    }

    @Test
    void realMainlandTaiwanAndHongKongPagesOfSessionThreeKeepTheirScores() {
        holds(run(GOLD.resolve("real-g/claims.jsonl"), GOLD.resolve("real-g/articles")).score(), 0.971, 0.975, 0.765, 0.848);
        holds(run(GOLD.resolve("real-h/claims.jsonl"), GOLD.resolve("real-h/articles")).score(), 0.947, 0.986, 0.831, 0.869);
    }

    /** Sixteen pages of eight more fields, scored unseen (README) and tuned on since. */
    @Test
    void realPagesOfCarsInsuranceRacesAirQualityBoxOfficeAndBudgetsKeepTheirScores() {
        holds(run(GOLD.resolve("real-k/claims.jsonl"), GOLD.resolve("real-k/articles")).score(), 0.924, 0.915, 0.955, 0.955);
        holds(run(GOLD.resolve("real-l/claims.jsonl"), GOLD.resolve("real-l/articles")).score(), 0.975, 0.972, 0.883, 0.906);
    }

    /** Held out until scored once with the merged code of session 3 (README), tuned on after that. */
    @Test
    void formerlyHeldOutPagesOfSessionThreeKeepTheirScores() {
        holds(run(GOLD.resolve("real-i/claims.jsonl"), GOLD.resolve("real-i/articles")).score(), 0.956, 1.000, 0.800, 0.727);
        holds(run(GOLD.resolve("real-j/claims.jsonl"), GOLD.resolve("real-j/articles")).score(), 0.946, 0.967, 0.970, 0.985);
    }

    /**
     * Scored unseen at the start of session 4 (README), tuned on after that. real-o and real-p, the
     * held-out sets of that session, have no bar here on purpose: nobody looks at their misses.
     */
    @Test
    void pagesOfSessionFourKeepTheirScores() {
        holds(run(GOLD.resolve("real-m/claims.jsonl"), GOLD.resolve("real-m/articles")).score(), 0.948, 1.000, 1.000, 1.000);
        holds(run(GOLD.resolve("real-n/claims.jsonl"), GOLD.resolve("real-n/articles")).score(), 0.937, 0.960, 0.853, 0.831);
    }

    /** Scored unseen at the start of session 5 (README), tuned on after that. */
    @Test
    void pagesOfSessionFiveKeepTheirScores() {
        holds(run(GOLD.resolve("real-q/claims.jsonl"), GOLD.resolve("real-q/articles")).score(), 0.973, 0.989, 0.945, 0.852);
        holds(run(GOLD.resolve("real-r/claims.jsonl"), GOLD.resolve("real-r/articles")).score(), 0.965, 0.837, 0.933, 0.945);
        holds(run(GOLD.resolve("real-s/claims.jsonl"), GOLD.resolve("real-s/articles")).score(), 0.930, 0.963, 0.951, 0.876);
    }

    /** Scored unseen at the start of session 7 (README), tuned on after that. */
    @Test
    void pagesOfSessionSevenKeepTheirScores() {
        holds(run(GOLD.resolve("real-t/claims.jsonl"), GOLD.resolve("real-t/articles")).score(), 0.966, 0.970, 0.872, 0.882);
        holds(run(GOLD.resolve("real-u/claims.jsonl"), GOLD.resolve("real-u/articles")).score(), 0.970, 0.920, 0.964, 0.881);
        holds(run(GOLD.resolve("real-v/claims.jsonl"), GOLD.resolve("real-v/articles")).score(), 0.907, 0.980, 0.867, 0.897);
    }

    /** Scored unseen at the start of session 8 (README), tuned on after that. */
    @Test
    void pagesOfSessionEightKeepTheirScores() {
        holds(run(GOLD.resolve("real-w/claims.jsonl"), GOLD.resolve("real-w/articles")).score(), 0.972, 0.964, 0.883, 0.841);
        holds(run(GOLD.resolve("real-x/claims.jsonl"), GOLD.resolve("real-x/articles")).score(), 0.951, 0.854, 0.948, 0.911);
        holds(run(GOLD.resolve("real-y/claims.jsonl"), GOLD.resolve("real-y/articles")).score(), 0.904, 0.901, 1.000, 0.828);
    }

    /**
     * Held out through session 9, scored unseen at its start (README); tuned on from session 10,
     * when real-ad, real-ae and real-af took their place as the unseen sets.
     */
    @Test
    void pagesOfSessionNineKeepTheirScores() {
        holds(run(GOLD.resolve("real-aa/claims.jsonl"), GOLD.resolve("real-aa/articles")).score(), 0.963, 0.955, 0.920, 0.927);
        holds(run(GOLD.resolve("real-ab/claims.jsonl"), GOLD.resolve("real-ab/articles")).score(), 0.966, 0.967, 0.909, 0.848);
        holds(run(GOLD.resolve("real-ac/claims.jsonl"), GOLD.resolve("real-ac/articles")).score(), 0.972, 0.894, 0.864, 0.740);
    }

    /**
     * real-ad, real-ae and real-af were scored unseen in session 10 and real-z in session 9 (README),
     * held out to the end of session 10 and tuned on from session 11, when real-ag, real-ah and
     * real-ai took their place as the unseen sets.
     */
    @Test
    void pagesOfSessionTenKeepTheirScores() {
        holds(run(GOLD.resolve("real-ad/claims.jsonl"), GOLD.resolve("real-ad/articles")).score(), 0.966, 1.000, 0.862, 0.824);
        holds(run(GOLD.resolve("real-ae/claims.jsonl"), GOLD.resolve("real-ae/articles")).score(), 0.933, 0.966, 0.875, 0.805);
        holds(run(GOLD.resolve("real-af/claims.jsonl"), GOLD.resolve("real-af/articles")).score(), 0.937, 0.990, 0.877, 0.862);
        holds(run(GOLD.resolve("real-z/claims.jsonl"), GOLD.resolve("real-z/articles")).score(), 0.901, 0.962, 0.847, 0.729);
    }

    /**
     * Annotated blind in session 11 after the round's first rules, scored unseen (README), then
     * tuned on; real-ag, real-ah and real-ai stay held out.
     */
    @Test
    void pagesOfSessionElevenKeepTheirScores() {
        holds(run(GOLD.resolve("real-aj/claims.jsonl"), GOLD.resolve("real-aj/articles")).score(), 0.971, 0.954, 0.926, 0.866);
        holds(run(GOLD.resolve("real-ak/claims.jsonl"), GOLD.resolve("real-ak/articles")).score(), 0.943, 0.916, 0.842, 0.871);
        holds(run(GOLD.resolve("real-al/claims.jsonl"), GOLD.resolve("real-al/articles")).score(), 0.959, 0.984, 0.935, 0.926);
    }

    /**
     * Annotated blind in sessions 11 (real-am..ao) and 12 (real-ap..au), each round scored unseen
     * first (README), then tuned on.
     */
    @Test
    void pagesOfSessionTwelveKeepTheirScores() {
        holds(run(GOLD.resolve("real-am/claims.jsonl"), GOLD.resolve("real-am/articles")).score(), 0.949, 0.901, 0.950, 0.917);
        holds(run(GOLD.resolve("real-an/claims.jsonl"), GOLD.resolve("real-an/articles")).score(), 0.946, 0.967, 0.858, 0.870);
        holds(run(GOLD.resolve("real-ao/claims.jsonl"), GOLD.resolve("real-ao/articles")).score(), 0.928, 0.992, 0.886, 0.849);
        holds(run(GOLD.resolve("real-ap/claims.jsonl"), GOLD.resolve("real-ap/articles")).score(), 0.956, 0.976, 0.923, 0.930);
        holds(run(GOLD.resolve("real-aq/claims.jsonl"), GOLD.resolve("real-aq/articles")).score(), 0.921, 0.972, 0.903, 0.939);
        holds(run(GOLD.resolve("real-ar/claims.jsonl"), GOLD.resolve("real-ar/articles")).score(), 0.946, 0.969, 0.821, 0.790);
        holds(run(GOLD.resolve("real-as/claims.jsonl"), GOLD.resolve("real-as/articles")).score(), 0.985, 0.979, 0.990, 0.934);
        holds(run(GOLD.resolve("real-at/claims.jsonl"), GOLD.resolve("real-at/articles")).score(), 0.939, 0.865, 0.809, 0.750);
        holds(run(GOLD.resolve("real-au/claims.jsonl"), GOLD.resolve("real-au/articles")).score(), 0.907, 0.918, 0.923, 0.873);
    }

    @Test
    void pagesOfSessionThirteenKeepTheirScores() {
        holds(run(GOLD.resolve("real-av/claims.jsonl"), GOLD.resolve("real-av/articles")).score(), 0.977, 0.977, 0.902, 0.796);
        holds(run(GOLD.resolve("real-aw/claims.jsonl"), GOLD.resolve("real-aw/articles")).score(), 0.958, 0.868, 0.973, 0.915);
        holds(run(GOLD.resolve("real-ax/claims.jsonl"), GOLD.resolve("real-ax/articles")).score(), 0.962, 0.939, 0.977, 0.903);
        holds(run(GOLD.resolve("real-ay/claims.jsonl"), GOLD.resolve("real-ay/articles")).score(), 0.961, 0.970, 0.946, 0.930);
        holds(run(GOLD.resolve("real-az/claims.jsonl"), GOLD.resolve("real-az/articles")).score(), 0.939, 0.972, 0.931, 0.896);
        holds(run(GOLD.resolve("real-ba/claims.jsonl"), GOLD.resolve("real-ba/articles")).score(), 0.947, 0.993, 0.879, 0.741);
        holds(run(GOLD.resolve("real-bb/claims.jsonl"), GOLD.resolve("real-bb/articles")).score(), 0.925, 1.000, 0.745, 0.761);
        holds(run(GOLD.resolve("real-bc/claims.jsonl"), GOLD.resolve("real-bc/articles")).score(), 0.868, 0.940, 0.853, 0.798);
        holds(run(GOLD.resolve("real-bd/claims.jsonl"), GOLD.resolve("real-bd/articles")).score(), 0.920, 0.917, 0.750, 0.814);
    }

    @Test
    void handCheckedArticlesInBig5AndGbkKeepTheirScores() {
        Score s = run(Path.of("src/test/resources/articles.claims.jsonl"), Path.of("src/test/resources/articles")).score();
        holds(s, 1.000, 1.000, 1.000, 1.000);
    }

    @Test
    void seedQueriesFindTheirClaims() throws IOException {
        Evaluation.Result r = new Evaluation(Zhclaims.get(), 2).run(null, Path.of("seeds"));
        QueryEval.Report report = SearchEvaluation.run(Zhclaims.get(), r.articles(), GOLD.resolve("seeds.queries.jsonl"));
        System.out.println(report.table());
        assertTrue(report.hitsAt3() >= 11, "hits@3 " + report.hitsAt3() + "/" + report.queries());
        assertTrue(report.mrr() >= 0.85, "MRR " + report.mrr());
    }
}
