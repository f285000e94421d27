package io.zhclaims.normalize;

import java.util.List;

/**
 * One step of cleaning over an article's lines, like a filter in an analysis chain: it drops
 * or trims lines and hands what it removed to the metadata reader. Stateless, so one instance
 * serves every thread; the order of the stages is stated once, in {@link Cleaner}.
 */
interface LineStage {
    List<Line> apply(List<Line> lines, MetadataSink removed);

    /** Where a stage puts the text it removes, so bylines still give author and date. */
    interface MetadataSink {
        void removed(String text);
    }
}
