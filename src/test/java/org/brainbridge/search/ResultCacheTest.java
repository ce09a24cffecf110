package org.brainbridge.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.brainbridge.support.Page;
import org.junit.jupiter.api.Test;

/** A cached page lives exactly as long as the index reader it was ranked on. */
class ResultCacheTest {

    private static final SearchResults PAGE =
            new SearchResults(0, true, List.of(), List.of(), new Page.PageInfo(false, null));

    @Test
    void aPageIsRankedOncePerReaderAndAgainAfterTheIndexChanges() throws Exception {
        try (var directory = new ByteBuffersDirectory();
                var writer = new IndexWriter(directory, new IndexWriterConfig())) {
            writer.addDocument(doc("a"));
            writer.commit();
            ResultCache cache = new ResultCache(10);
            AtomicInteger ranked = new AtomicInteger();
            var key = new ResultCache.Key("脑电", SearchFilter.from(null), 0, 10, SearchService.Parts.RANKING);
            var other = new ResultCache.Key("脑电", SearchFilter.from(null), 10, 10, SearchService.Parts.RANKING);
            try (var first = DirectoryReader.open(directory)) {
                cache.get(first, key, () -> count(ranked));
                cache.get(first, key, () -> count(ranked));
                assertThat(ranked).as("the same search on the same reader").hasValue(1);
                cache.get(first, other, () -> count(ranked));
                assertThat(ranked).as("another page is another search").hasValue(2);
            }
            writer.addDocument(doc("b"));
            writer.commit();
            try (var second = DirectoryReader.open(directory)) {
                cache.get(second, key, () -> count(ranked));
                assertThat(ranked).as("a changed index ranks again").hasValue(3);
            }
        }
    }

    @Test
    void sizeZeroRanksEveryTime() throws Exception {
        try (var directory = new ByteBuffersDirectory();
                var writer = new IndexWriter(directory, new IndexWriterConfig())) {
            writer.commit();
            ResultCache cache = new ResultCache(0);
            AtomicInteger ranked = new AtomicInteger();
            var key = new ResultCache.Key("eeg", SearchFilter.from(null), 0, 10, SearchService.Parts.ALL);
            try (var reader = DirectoryReader.open(directory)) {
                cache.get(reader, key, () -> count(ranked));
                cache.get(reader, key, () -> count(ranked));
            }
            assertThat(ranked).hasValue(2);
        }
    }

    private static SearchResults count(AtomicInteger ranked) {
        ranked.incrementAndGet();
        return PAGE;
    }

    private static Document doc(String id) {
        Document doc = new Document();
        doc.add(new StringField("id", id, Field.Store.YES));
        return doc;
    }
}
