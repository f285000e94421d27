package io.zhclaims.index;

import io.zhclaims.models.ModelFile;

import java.util.ArrayList;
import java.util.List;

/**
 * Words that name two measures at once (产销, 进出口, 收支; {@code index/compounds.txt}) and the
 * figures written for them in turn after {@code 分别}: in {@code 产销分别完成238.8万辆和250.3万辆} the
 * second figure is the sales, which a query for 销量 asks for though the sentence never writes it.
 */
final class Compounds {
    private record Compound(String word, List<List<String>> items) {
    }

    private static final List<Compound> ALL = load();
    private static final String RESPECTIVELY = "分别";

    private Compounds() {
    }

    private static List<Compound> load() {
        List<Compound> out = new ArrayList<>();
        for (ModelFile.Line line : ModelFile.lines("index/compounds.txt")) {
            String[] f = line.text().strip().split("\\s+");
            if (f.length < 3) {
                throw new IllegalStateException("index/compounds.txt line " + line.number() + ": a word and two items expected");
            }
            List<List<String>> items = new ArrayList<>();
            for (int i = 1; i < f.length; i++) {
                items.add(List.of(f[i].split("\\|")));
            }
            out.add(new Compound(f[0], List.copyOf(items)));
        }
        return List.copyOf(out);
    }

    /**
     * 1 when the query word names the item of a compound before {@code 分别} whose figure, in its
     * turn after it, is the one at [from, to) of the sentence; 0 when it names another item's;
     * -1 when no compound of the sentence pairs them.
     */
    static double credit(String sentence, String queryWord, int from, int to) {
        int word = sentence.lastIndexOf(RESPECTIVELY, from);
        if (word < 0 || clauseBreak(sentence, word + RESPECTIVELY.length(), from)) {
            return -1;
        }
        int place = Respectively.separators(sentence, word + RESPECTIVELY.length(), from);
        for (Compound c : ALL) {
            int at = sentence.lastIndexOf(c.word(), word);
            if (at < 0 || clauseBreak(sentence, at + c.word().length(), word)) {
                continue;
            }
            for (int i = 0; i < c.items().size(); i++) {
                if (c.items().get(i).stream().anyMatch(queryWord::contains)) {
                    return i == place ? 1 : 0;
                }
            }
        }
        return -1;
    }

    /** Whether a full stop or semicolon stands between (a compound's statement ends there). */
    private static boolean clauseBreak(String s, int from, int to) {
        for (int i = from; i < to; i++) {
            if (";；。!?！？".indexOf(s.charAt(i)) >= 0) {
                return true;
            }
        }
        return false;
    }
}
