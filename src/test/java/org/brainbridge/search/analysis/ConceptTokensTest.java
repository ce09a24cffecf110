package org.brainbridge.search.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Golden concept tokens: what {@link Analyzers#text()} stacks on every form of a synonym line, and which typed texts
 * {@link Analyzers#concepts(String)} reads as a whole concept. A concept token is named after its line's first entry.
 */
class ConceptTokensTest {

    static Analyzers analyzers;

    @BeforeAll
    static void build() {
        analyzers = new Analyzers();
    }

    @AfterAll
    static void close() {
        analyzers.close();
    }

    /** The concept tokens of a text, each with the characters it covers. */
    static List<String> concepts(Analyzer analyzer, String text) {
        List<String> found = new ArrayList<>();
        try (TokenStream stream = analyzer.tokenStream("", text)) {
            CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                if (term.toString().startsWith(Concepts.MARK)) {
                    found.add(term + "=" + text.substring(offset.startOffset(), offset.endOffset()));
                }
            }
            stream.end();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return found;
    }

    @Test
    void everyFormOfALineGivesTheSameConcept() {
        assertThat(concepts(analyzers.text(), "脑电")).containsExactly("≡脑电=脑电");
        assertThat(concepts(analyzers.text(), "EEG")).containsExactly("≡脑电=EEG");
        assertThat(concepts(analyzers.text(), "Electroencephalography")).containsExactly("≡脑电=Electroencephalography");
        assertThat(concepts(analyzers.text(), "脑电图")).containsExactly("≡脑电=脑电图");
    }

    @Test
    void aFormOfSeveralWordsIsOneConceptOverAllOfThem() {
        assertThat(concepts(analyzers.text(), "Brain-computer interfaces for EEG signal decoding"))
                .containsExactly("≡脑机接口=Brain-computer interfaces", "≡脑电=EEG signal", "≡解码=decoding");
        assertThat(concepts(analyzers.text(), "transcranial magnetic stimulation therapy"))
                .containsExactly("≡经颅磁刺激=transcranial magnetic stimulation");
    }

    @Test
    void aChineseFormInsideALongerWordIsFound() {
        // 脑电 inside 脑电采集 (its own concept too), 干电极 and 电极 inside a product name.
        assertThat(concepts(analyzers.text(), "便携式干电极脑电采集头环"))
                .containsExactly("≡干电极=干电极", "≡电极=电极", "≡脑电=脑电", "≡脑电采集=脑电采集", "≡头环=头环");
        assertThat(concepts(analyzers.text(), "面向癫痫发作预警的脑电智能分析")).containsExactly("≡癫痫=癫痫", "≡脑电=脑电");
    }

    @Test
    void mixedScriptsAndFullWidthFindTheirConcepts() {
        assertThat(concepts(analyzers.text(), "ＢＣＩ康复训练")).containsExactly("≡脑机接口=ＢＣＩ", "≡康复=康复");
        assertThat(concepts(analyzers.text(), "fNIRS近红外脑功能成像"))
                .containsExactly("≡近红外脑功能成像=fNIRS", "≡近红外脑功能成像=近红外脑功能成像");
    }

    @Test
    void aConceptIsAddedOncePerPositionHoweverManyFormsStartThere() {
        // 脑机 and 脑机接口 are both forms of ≡脑机接口 and both start on 脑.
        assertThat(concepts(analyzers.text(), "脑机接口")).containsExactly("≡脑机接口=脑机接口");
    }

    @Test
    void textWithoutAnyFormHasNoConcept() {
        assertThat(concepts(analyzers.text(), "瑶湖念康电子科技股份有限公司")).isEmpty();
        assertThat(concepts(analyzers.text(), "电脑机房")).isEmpty(); // 脑机 is not a word here
    }

    @Test
    void aTypedTextIsAConceptOnlyWhenItIsAWholeForm() {
        assertThat(analyzers.concepts("EEG")).containsExactly("≡脑电");
        assertThat(analyzers.concepts("brain computer interfaces")).containsExactly("≡脑机接口");
        assertThat(analyzers.concepts("脑电采集")).containsExactly("≡脑电采集");
        assertThat(analyzers.concepts("ＢＣＩ")).containsExactly("≡脑机接口");
        assertThat(analyzers.concepts("EEG 头环")).isEmpty();
        assertThat(analyzers.concepts("瑶湖念康")).isEmpty();
        assertThat(analyzers.concepts("")).isEmpty();
    }

    @Test
    void aCuratorsLineIsAConceptAndAOneWayRuleIsAskedForFromItsLeftOnly(@TempDir Path overrides) throws IOException {
        Files.writeString(overrides.resolve("synonyms.txt"), "睡眠监测, sleep monitoring\n助眠 => 睡眠改善\n");
        try (Analyzers curated = new Analyzers(Optional.of(overrides))) {
            assertThat(concepts(curated.text(), "Sleep monitoring headband")).contains("≡睡眠监测=Sleep monitoring");
            assertThat(curated.concepts("睡眠监测")).containsExactly("≡睡眠监测");
            // One way: 助眠 finds 睡眠改善, not the other way round.
            assertThat(concepts(curated.text(), "睡眠改善")).contains("≡助眠=睡眠改善");
            assertThat(concepts(curated.text(), "助眠")).doesNotContain("≡助眠=助眠");
            assertThat(curated.concepts("助眠")).containsExactly("≡助眠");
            assertThat(curated.concepts("睡眠改善")).isEmpty();
        }
        assertThat(new Analyzers(Optional.of(overrides)).indexingData()).isNotEqualTo(analyzers.indexingData());
    }
}
