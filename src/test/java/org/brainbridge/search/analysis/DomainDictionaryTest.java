package org.brainbridge.search.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** The lookups the domain-term filter makes at every step of a run of Han tokens. */
class DomainDictionaryTest {

    private final DomainDictionary dictionary = new DomainDictionary(Set.of("脑机接口", "脑机", "柔性电极"), 4);

    @Test
    void termsAreFoundByTheirCharactersWhateverHoldsThem() {
        assertThat(dictionary.contains(new StringBuilder("脑机接口"))).isTrue();
        assertThat(dictionary.contains("脑机")).isTrue();
        assertThat(dictionary.contains("脑机接")).isFalse();
        assertThat(dictionary.contains("脑")).isFalse();
    }

    @Test
    void aJoinMayGrowOnlyFromTheBeginningOfALongerTerm() {
        assertThat(dictionary.begins("脑")).isTrue();
        assertThat(dictionary.begins(new StringBuilder("脑机"))).isTrue(); // a term, and 脑机接口 begins with it
        assertThat(dictionary.begins("脑机接")).isTrue();
        assertThat(dictionary.begins("脑机接口")).isFalse(); // a term, but none longer begins with it
        assertThat(dictionary.begins("柔性电极")).isFalse();
        assertThat(dictionary.begins("电")).isFalse(); // inside 柔性电极, not at its start
        assertThat(dictionary.begins("机")).isFalse();
    }
}
