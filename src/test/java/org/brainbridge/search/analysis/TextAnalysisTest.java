package org.brainbridge.search.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.brainbridge.search.analysis.Tokens.positions;

import org.apache.lucene.analysis.Analyzer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Golden tokens of {@link Analyzers#text()} (index time) and {@link Analyzers#textQuery()} (query time): what names,
 * descriptions and neighbour text become, and so what a search can match. In {@code positions(...)} strings, spaces
 * separate positions and '/' separates terms stacked on one position. The concept tokens the index adds on synonym
 * forms are left out here: {@link ConceptTokensTest} is about them.
 */
class TextAnalysisTest {

    static Analyzers analyzers;
    static Analyzer text;
    static Analyzer query;

    @BeforeAll
    static void build() {
        analyzers = new Analyzers();
        text = withoutConcepts(analyzers.text());
        query = analyzers.textQuery();
    }

    /** The index analyzer without its concept tokens (stacked with no position of their own, so none shifts). */
    static Analyzer withoutConcepts(Analyzer analyzer) {
        return new org.apache.lucene.analysis.AnalyzerWrapper(analyzer.getReuseStrategy()) {
            @Override
            protected Analyzer getWrappedAnalyzer(String fieldName) {
                return analyzer;
            }

            @Override
            protected TokenStreamComponents wrapComponents(String fieldName, TokenStreamComponents components) {
                var stream = new org.apache.lucene.analysis.FilteringTokenFilter(components.getTokenStream()) {
                    private final org.apache.lucene.analysis.tokenattributes.CharTermAttribute term =
                            addAttribute(org.apache.lucene.analysis.tokenattributes.CharTermAttribute.class);

                    @Override
                    protected boolean accept() {
                        return !(term.length() > 0 && term.charAt(0) == Concepts.MARK.charAt(0));
                    }
                };
                return new TokenStreamComponents(components.getSource(), stream);
            }
        };
    }

    @AfterAll
    static void close() {
        analyzers.close();
    }

    // --- Index time: text() ----------------------------------------------------------------------------------------

    @Test
    void segmentsDomainTermsTheIcuDictionarySplits() {
        // ICU alone gives 江西省 | 加快 | 脑 | 机 | 接口 | 技术; every dictionary term starting at 脑 is stacked on it.
        assertThat(Tokens.of(text, "江西省加快脑机接口技术"))
                .containsExactly("江西省", "加快", "脑", "脑机", "脑机接口", "脑机接口技术", "机", "接口", "技术");
        assertThat(positions(text, "江西省加快脑机接口技术")).isEqualTo("江西省 加快 脑/脑机/脑机接口/脑机接口技术 机 接口 技术");
    }

    @Test
    void keepsThePartsSoShortFormsAndSubTermsMatch() {
        assertThat(Tokens.of(text, "脑电采集")).containsExactly("脑", "脑电", "脑电采集", "电", "采集");
        assertThat(Tokens.of(text, "脑机")).containsExactly("脑", "脑机", "机");
    }

    @Test
    void joinsOnlyAdjacentHanTokens() {
        assertThat(Tokens.of(text, "柔性电极 南昌")).containsExactly("柔性", "柔性电极", "电极", "南昌");
    }

    @Test
    void joinsOnlyOnIcuTokenBoundariesSoComputerRoomIsNotBci() {
        // 电脑机房 (computer room) contains the characters 脑机, but ICU segments 电脑 | 机 | 房.
        assertThat(Tokens.of(text, "电脑机房")).containsExactly("电脑", "机", "房");
    }

    @Test
    void joinsTermsAcrossAWordTheSegmenterGotWrong() {
        // ICU reads 诱 | 发电 (power generation) | 位; the dictionary still finds the evoked-potential terms.
        assertThat(positions(text, "稳态视觉诱发电位")).isEqualTo("稳/稳态视觉诱发电位 态 视觉/视觉诱发电位 诱/诱发电位 发电 位");
    }

    @Test
    void foldsFullWidthAndCase() {
        assertThat(Tokens.of(text, "ＢＣＩ")).containsExactly("bci");
        assertThat(Tokens.of(text, "EEG headset")).containsExactly("eeg", "headset");
    }

    @Test
    void convertsTraditionalToSimplifiedBeforeSegmenting() {
        assertThat(Tokens.of(text, "腦機接口")).containsExactly("脑", "脑机", "脑机接口", "机", "接口");
    }

    @Test
    void stemsEnglishWordsAndSplitsHyphens() {
        assertThat(Tokens.of(text, "Brain-Computer Interfaces")).containsExactly("brain", "computer", "interface");
        assertThat(Tokens.of(text, "rehabilitation")).containsExactly("rehabilitate");
        assertThat(Tokens.of(text, "Neuralink's implants")).containsExactly("neuralink", "implant");
    }

    @Test
    void leavesAcronymsFromTheSynonymFileUnstemmed() {
        assertThat(Tokens.of(text, "tDCS stimulation")).containsExactly("tdcs", "stimulate");
        assertThat(Tokens.of(text, "fNIRS近红外")).containsExactly("fnirs", "近", "近红外", "红外");
    }

    @Test
    void leavesAMisspellingAloneForTheQueryToFuzzyMatch() {
        // Neither stemmed nor corrected: a FuzzyQuery on analyzer.normalize("text", "rehabilitaion") is the query's
        // job.
        assertThat(Tokens.of(text, "rehabilitaion")).containsExactly("rehabilitaion");
        assertThat(text.normalize("text", "ＲｅｈａｂｉｌｉｔａｉＯＮ").utf8ToString()).isEqualTo("rehabilitaion");
    }

    @Test
    void mixedScriptsSplitAtTheScriptBoundary() {
        assertThat(Tokens.of(text, "SSVEP范式")).containsExactly("ssvep", "范", "范式", "式");
        assertThat(Tokens.of(text, "经颅磁刺激TMS")).containsExactly("经", "经颅", "经颅磁刺激", "颅", "磁", "磁刺激", "刺激", "tms");
        assertThat(Tokens.of(text, "P300拼写器")).containsExactly("p300", "拼写", "拼写器", "器");
    }

    @Test
    void indexesEveryDictionaryTermInsideALongerOne() {
        assertThat(positions(text, "非侵入式脑机接口")).isEqualTo("非/非侵入式/非侵入式脑机接口 侵入/侵入式/侵入式脑机接口 式 脑/脑机/脑机接口 机 接口");
    }

    @Test
    void leavesNamesTheDictionaryDoesNotKnowAsIcuSegmentsThem() {
        assertThat(Tokens.of(text, "南昌银行")).containsExactly("南昌", "银行");
        assertThat(Tokens.of(text, "重庆")).containsExactly("重庆");
        assertThat(Tokens.of(text, "瑶湖念康电子科技股份有限公司")).containsExactly("瑶", "湖", "念", "康", "电子", "科技", "股份", "有限公司");
    }

    @Test
    void joinsATermAndKeepsEnglishBesideIt() {
        assertThat(Tokens.of(text, "神经调控 neuromodulation")).containsExactly("神经", "神经调控", "调", "控", "neuromodulation");
    }

    // --- Query time: textQuery() -----------------------------------------------------------------------------------

    @Test
    void queryJoinsTheLongestTermThenExpandsSynonymsAsAGraph() {
        // 运动想象 (one token, the longest term) | its parts 运动 想象 | motor imagery; MI itself stays.
        assertThat(positions(query, "MI")).isEqualTo("运动想象/运动/motor/mi 想象 imagery");
        assertThat(Tokens.of(query, "康复")).containsExactly("rehabilitate", "rehab", "康复");
        assertThat(Tokens.of(query, "rehabilitation")).containsExactly("康复", "rehab", "rehabilitate");
    }

    @Test
    void queryForBciInAnyFormFindsTheChineseTermItsPartsAndTheEnglishPhrase() {
        for (String bci : new String[] {"BCI", "ＢＣＩ", "脑机接口", "腦機接口", "Brain-Computer Interfaces", "脑机"}) {
            assertThat(Tokens.of(query, bci))
                    .as(bci)
                    .contains("bci", "脑机接口", "脑", "机", "接口", "脑机", "brain", "computer", "interface", "bmi");
        }
    }

    @Test
    void queryExpandsBilingualDomainSynonyms() {
        assertThat(Tokens.of(query, "EEG")).contains("eeg", "脑电", "脑电图", "electroencephalography");
        assertThat(Tokens.of(query, "fNIRS近红外")).contains("fnirs", "近红外脑功能成像", "near", "infrared", "近红外");
        assertThat(Tokens.of(query, "ECoG电极")).contains("ecog", "皮层脑电", "electrocorticography", "电极", "electrode");
        assertThat(Tokens.of(query, "SSVEP范式")).contains("ssvep", "稳态视觉诱发电位", "steady", "visual", "范式");
        assertThat(Tokens.of(query, "经颅磁刺激TMS")).contains("经颅磁刺激", "tms", "transcranial", "magnetic", "stimulate");
        assertThat(Tokens.of(query, "神经调控")).contains("神经调控", "neuromodulation", "神经刺激");
        assertThat(Tokens.of(query, "非侵入式脑机接口")).contains("非侵入式脑机接口", "non", "invasion", "bci", "无创脑机接口");
        assertThat(Tokens.of(query, "P300拼写器")).contains("p300", "拼写器", "spell", "意念打字");
    }

    @Test
    void queryLeavesNamesAndMisspellingsAsTheyAre() {
        assertThat(Tokens.of(query, "南昌银行")).containsExactly("南昌", "银行");
        assertThat(Tokens.of(query, "rehabilitaion")).containsExactly("rehabilitaion");
        assertThat(Tokens.of(query, "电脑机房")).containsExactly("电脑", "机", "房");
    }
}
