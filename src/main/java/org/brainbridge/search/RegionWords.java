package org.brainbridge.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.brainbridge.graph.model.NodeKind;

/**
 * What a person may type to name a region, and the regions it names: each name folded, and its short form without
 * 省/市/县/区 (or Province, City …) when two characters or more remain. A short form several regions share names them
 * all (「南昌」 is 南昌市 and 南昌县, the county lying in the city); a full name names its own region only, even where
 * it is also another region's short form.
 */
final class RegionWords {

    private static final Pattern SUFFIX =
            Pattern.compile("(省|市|自治县|县|区|新区| province| city| district| county| new area)$");
    private static final int MAX_REGIONS = 20_000;

    private final Map<String, Set<String>> fullNames = new HashMap<>();
    private final Map<String, Set<String>> shortForms = new HashMap<>();

    /** Adds a region's names (Chinese, English, abbreviations). */
    RegionWords add(String regionId, List<String> names) {
        for (String name : names) {
            if (name == null || name.isBlank()) {
                continue;
            }
            String folded = SearchAnalysis.fold(name);
            fullNames.computeIfAbsent(folded, k -> new LinkedHashSet<>()).add(regionId);
            String shortName = SUFFIX.matcher(folded).replaceAll("");
            if (shortName.length() >= 2 && !shortName.equals(folded)) {
                shortForms
                        .computeIfAbsent(shortName, k -> new LinkedHashSet<>())
                        .add(regionId);
            }
        }
        return this;
    }

    /** From a typed word (folded) to the ids of the regions it names. */
    Map<String, List<String>> build() {
        Map<String, List<String>> words = new HashMap<>();
        shortForms.forEach((word, ids) -> words.put(word, List.copyOf(ids)));
        fullNames.forEach((word, ids) -> words.put(word, List.copyOf(ids)));
        return Map.copyOf(words);
    }

    /** The region words of an index: every region document's display name and names. */
    static Map<String, List<String>> of(IndexSearcher searcher) throws IOException {
        RegionWords words = new RegionWords();
        var stored = searcher.storedFields();
        var regions = searcher.search(new TermQuery(new Term(SearchFields.KIND, NodeKind.REGION.name())), MAX_REGIONS);
        for (ScoreDoc doc : regions.scoreDocs) {
            var fields = stored.document(doc.doc, Set.of(SearchFields.ID, SearchFields.DISPLAY, SearchFields.NAME));
            List<String> names = new ArrayList<>();
            names.add(fields.get(SearchFields.DISPLAY));
            names.addAll(List.of(fields.getValues(SearchFields.NAME)));
            words.add(fields.get(SearchFields.ID), names);
        }
        return words.build();
    }
}
