package org.brainbridge.search;

import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SortedDocValues;

/**
 * Node ids and display names of documents, read from doc values: a hit needs its id, a suggestion its name too, and
 * reading them from stored fields decompresses a block of whole documents (names, texts, neighbours) for a few bytes.
 */
final class DocIds {

    private DocIds() {}

    /** The ids of these documents (top-level doc ids of the reader), in the order given. */
    static String[] of(IndexReader reader, int[] docs) throws IOException {
        return values(reader, docs, SearchFields.ID);
    }

    /** The display names of these documents, in the order given (null where a document has none). */
    static String[] displayNames(IndexReader reader, int[] docs) throws IOException {
        return values(reader, docs, SearchFields.DISPLAY);
    }

    private static String[] values(IndexReader reader, int[] docs, String field) throws IOException {
        String[] ids = new String[docs.length];
        // Doc values iterate forward within a segment: visit the documents in doc order.
        Integer[] order = new Integer[docs.length];
        Arrays.setAll(order, i -> i);
        Arrays.sort(order, (a, b) -> Integer.compare(docs[a], docs[b]));
        List<LeafReaderContext> leaves = reader.leaves();
        int leafIndex = -1;
        SortedDocValues values = null;
        LeafReaderContext leaf = null;
        for (int i : order) {
            int doc = docs[i];
            int sub = ReaderUtil.subIndex(doc, leaves);
            if (sub != leafIndex) {
                leafIndex = sub;
                leaf = leaves.get(sub);
                values = DocValues.getSorted(leaf.reader(), field);
            }
            if (values.advanceExact(doc - leaf.docBase)) {
                ids[i] = values.lookupOrd(values.ordValue()).utf8ToString();
            }
        }
        return ids;
    }

    /** The id of one document. */
    static String of(IndexReader reader, int doc) throws IOException {
        return of(reader, new int[] {doc})[0];
    }
}
