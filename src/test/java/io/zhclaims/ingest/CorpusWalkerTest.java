package io.zhclaims.ingest;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class CorpusWalkerTest {

    @TempDir
    Path dir;

    private final CorpusWalker walker = new CorpusWalker();

    @Test
    void walksFoldersRecursivelyInNameOrder() throws Exception {
        for (String name : List.of("z.txt", "b/y.html", "b/a/x.jsonl", "a.htm", "b/c.txt")) {
            touch(name);
        }
        Corpus corpus = walker.walk(List.of(dir));
        List<String> expected = List.of("a.htm", "b/a/x.jsonl", "b/c.txt", "b/y.html", "z.txt");
        assertEquals(expected, docs(corpus));
        assertEquals(expected, docs(walker.walk(List.of(dir))));
    }

    @Test
    void skipsHiddenEntriesAndUnknownExtensionsAndCountsThem() throws Exception {
        for (String name : List.of("news.txt", ".draft.txt", ".git/objects/pack.txt", "notes.md", "logo.png", "notes.docx",
                "sub/.cache.html", "sub/page.html", "sub/README")) {
            touch(name);
        }
        Corpus corpus = walker.walk(List.of(dir));
        assertEquals(List.of("news.txt", "notes.md", "sub/page.html"), docs(corpus));
        assertEquals(3, corpus.skippedHidden());
        assertEquals(3, corpus.skippedUnknown());
        assertEquals(List.of(), corpus.errors());
    }

    @Test
    void acceptsSupportedExtensionsInAnyCase() throws Exception {
        for (String name : List.of("A.TXT", "b.Html", "c.HTM", "d.JsonL")) {
            touch(name);
        }
        assertEquals(List.of("A.TXT", "b.Html", "c.HTM", "d.JsonL"), docs(walker.walk(List.of(dir))));
    }

    @Test
    void fileArgumentIsNamedRelativeToItsOwnFolderAndTakenWhateverItsExtension() throws Exception {
        Path article = touch("deep/folder/报告.txt");
        Path markdown = touch("deep/notes.md");
        Corpus corpus = walker.walk(List.of(article, markdown));
        assertEquals(List.of("报告.txt", "notes.md"), docs(corpus));
        assertEquals(article, corpus.files().get(0).path());
    }

    @Test
    void missingArgumentIsAnErrorAndTheOthersAreStillWalked() throws Exception {
        touch("a.txt");
        Path missing = dir.resolve("nowhere");
        Corpus corpus = walker.walk(List.of(missing, dir));
        assertEquals(List.of("a.txt"), docs(corpus));
        assertEquals(List.of(new IngestError(missing.toString(), "no such file or folder")), corpus.errors());
    }

    @Test
    void fileReachedTwiceIsListedOnce() throws Exception {
        Path a = touch("a.txt");
        assertEquals(List.of("a.txt"), docs(walker.walk(List.of(dir, a, dir))));
    }

    private Path touch(String name) throws Exception {
        Path file = dir.resolve(name);
        Files.createDirectories(file.getParent());
        return Files.writeString(file, "国内生产总值增长5.2%。", StandardCharsets.UTF_8);
    }

    private static List<String> docs(Corpus corpus) {
        return corpus.files().stream().map(CorpusFile::doc).toList();
    }
}
