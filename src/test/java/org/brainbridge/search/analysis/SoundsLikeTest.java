package org.brainbridge.search.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Golden cases of {@link SoundsLike} on the shipped dictionary and synonym files. */
class SoundsLikeTest {

    static Analyzers analyzers;

    @BeforeAll
    static void build() {
        analyzers = new Analyzers();
    }

    @AfterAll
    static void close() {
        analyzers.close();
    }

    @Test
    void aHomophoneTypedByMistakeSoundsLikeTheDomainWord() {
        assertThat(analyzers.soundsLike("柔性电级")).containsExactly("柔性电极");
        assertThat(analyzers.soundsLike("神经条控")).containsExactly("神经调控");
    }

    @Test
    void pinyinWithOrWithoutSpacesSpellsTheDomainWord() {
        assertThat(analyzers.soundsLike("naojijiekou")).contains("脑机接口");
        assertThat(analyzers.soundsLike("shenjing tiaokong")).contains("神经调控");
        assertThat(analyzers.soundsLike("RouXing DianJi")).contains("柔性电极");
    }

    @Test
    void knownWordsEnglishWordsAndShortPinyinSoundLikeNothing() {
        assertThat(analyzers.soundsLike("柔性电极")).isEmpty();
        assertThat(analyzers.soundsLike("rehabilitation")).isEmpty();
        assertThat(analyzers.soundsLike("EEG")).isEmpty();
        assertThat(analyzers.soundsLike("nao")).isEmpty();
        assertThat(analyzers.soundsLike("")).isEmpty();
        assertThat(analyzers.soundsLike("电级1")).isEmpty();
    }
}
