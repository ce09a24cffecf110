package org.brainbridge.search;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.lucene.index.IndexReader;

/**
 * Result pages of recent searches, kept only for the index reader they were computed on: the next change to the index
 * opens a new reader and starts an empty cache, so a cached page is never staler than the index itself. People repeat
 * searches (a popular query, going back to results, the page a link points to), and a page from memory costs microseconds
 * where ranking costs milliseconds. Size 0 turns it off.
 */
final class ResultCache {

    /** What makes two searches the same: the text as typed, the filter, the page and the parts asked for. */
    record Key(String text, SearchFilter filter, int offset, int first, SearchService.Parts parts) {}

    interface Computation {
        SearchResults compute() throws IOException;
    }

    private record Generation(IndexReader reader, Cache<Key, SearchResults> results) {}

    private final int size;
    private volatile Generation current;

    ResultCache(int size) {
        this.size = Math.max(0, size);
    }

    SearchResults get(IndexReader reader, Key key, Computation computation) throws IOException {
        if (size == 0) {
            return computation.compute();
        }
        Generation generation = current;
        if (generation == null || generation.reader() != reader) {
            generation = new Generation(
                    reader, Caffeine.newBuilder().maximumSize(size).<Key, SearchResults>build());
            current = generation;
        }
        try {
            return generation.results().get(key, k -> {
                try {
                    return computation.compute();
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }
}
