package org.brainbridge.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class RegionWordsTest {

    @Test
    void aShortFormTwoRegionsShareNamesBoth() {
        var words = new RegionWords()
                .add("region-110105", List.of("朝阳区", "Chaoyang District"))
                .add("region-211300", List.of("朝阳市", "Chaoyang City"))
                .build();
        assertThat(words.get("朝阳")).containsExactly("region-110105", "region-211300");
        assertThat(words.get("chaoyang")).containsExactly("region-110105", "region-211300");
        assertThat(words.get("朝阳区")).containsExactly("region-110105");
        assertThat(words.get("chaoyang city")).containsExactly("region-211300");
    }

    @Test
    void aFullNameBeatsAShortFormWhateverTheOrder() {
        var words = new RegionWords()
                .add("region-360121", List.of("南昌县", "Nanchang County"))
                .add("region-360100", List.of("南昌市", "Nanchang", "南昌"))
                .build();
        assertThat(words.get("南昌")).containsExactly("region-360100");
        assertThat(words.get("nanchang")).containsExactly("region-360100");
        assertThat(words.get("nanchang county")).containsExactly("region-360121");
    }

    @Test
    void blankNamesAndOneCharacterShortFormsNameNothing() {
        var words = new RegionWords()
                .add("region-x", java.util.Arrays.asList("沙区", "", null))
                .build();
        assertThat(words).containsOnlyKeys("沙区");
    }
}
