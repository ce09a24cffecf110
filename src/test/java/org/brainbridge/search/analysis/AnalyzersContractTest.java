package org.brainbridge.search.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionLengthAttribute;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The shipped data files, the overrides folder, and the token stream contract every analyzer keeps. */
class AnalyzersContractTest {

    static final List<String> SAMPLES = List.of(
            "江西省加快脑机接口技术",
            "脑电采集",
            "柔性电极 南昌",
            "EEG headset",
            "ＢＣＩ",
            "腦機接口",
            "Brain-Computer Interfaces",
            "SSVEP范式",
            "南昌银行",
            "瑶湖念康电子科技股份有限公司",
            "fNIRS近红外",
            "非侵入式脑机接口",
            "经颅磁刺激TMS",
            "P300拼写器",
            "稳态视觉诱发电位",
            "乐行科技",
            "",
            "  ，。!! ");

    static Analyzers analyzers;

    @BeforeAll
    static void build() {
        analyzers = new Analyzers();
    }

    @AfterAll
    static void close() {
        analyzers.close();
    }

    static Map<String, Analyzer> all(Analyzers a) {
        return Map.of(
                "text", a.text(),
                "textQuery", a.textQuery(),
                "nameBigrams", a.nameBigrams(),
                "pinyin", a.pinyin(),
                "pinyinSyllables", a.pinyinSyllables(),
                "suggest", a.suggest(),
                "suggestQuery", a.suggestQuery());
    }

    @Test
    void shippedDataFilesHaveTheirAgreedSize() {
        DataFiles files = new DataFiles(Optional.empty());
        assertThat(files.lines(DataFiles.DICTIONARY)).hasSizeGreaterThanOrEqualTo(150);
        assertThat(files.lines(DataFiles.SYNONYMS)).hasSizeGreaterThanOrEqualTo(40);
        assertThat(files.lines(DataFiles.PINYIN_EXCEPTIONS)).isNotEmpty();
    }

    @Test
    void everyPinyinExceptionUsesRealReadingsOfAPolyphonicPhrase() {
        CharNormalization normalization = new CharNormalization();
        PinyinReadings plain = PinyinReadings.load(List.of(), normalization);
        PinyinReadings.load(new DataFiles(Optional.empty()).lines(DataFiles.PINYIN_EXCEPTIONS), normalization)
                .exceptions()
                .forEach((phrase, perChar) -> {
                    int[] chars = phrase.codePoints().toArray();
                    boolean restrictsSomething = false;
                    for (int i = 0; i < chars.length; i++) {
                        List<String> known = plain.of(chars[i]);
                        assertThat(known)
                                .as("readings of %s in %s", Character.toString(chars[i]), phrase)
                                .containsAll(perChar.get(i));
                        restrictsSomething |= !perChar.get(i).containsAll(known);
                    }
                    // An entry either removes readings, or states on purpose that several are right (朝阳).
                    boolean severalReadings = perChar.stream().anyMatch(r -> r.size() > 1);
                    assertThat(restrictsSomething || severalReadings)
                            .as("%s restricts a polyphonic character or lists its readings", phrase)
                            .isTrue();
                });
    }

    @Test
    void tokenStreamsAreWellFormedAndReusable() throws IOException {
        for (var analyzer : all(analyzers).entrySet()) {
            for (String sample : SAMPLES) {
                String what = analyzer.getKey() + ": " + sample;
                checkStream(analyzer.getValue(), sample, what);
                assertThat(Tokens.of(analyzer.getValue(), sample))
                        .as(what + " (reused stream)")
                        .isEqualTo(Tokens.of(analyzer.getValue(), sample));
            }
        }
    }

    @Test
    void analyzersAreSafeToShareBetweenThreads() throws Exception {
        Map<String, List<String>> expected = new java.util.HashMap<>();
        all(analyzers).forEach((name, a) -> SAMPLES.forEach(s -> expected.put(name + s, Tokens.of(a, s))));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<Boolean>> runs = new ArrayList<>();
            for (int t = 0; t < 8; t++) {
                runs.add(pool.submit(() -> {
                    for (int round = 0; round < 5; round++) {
                        for (var a : all(analyzers).entrySet()) {
                            for (String s : SAMPLES) {
                                if (!Tokens.of(a.getValue(), s).equals(expected.get(a.getKey() + s))) {
                                    return false;
                                }
                            }
                        }
                    }
                    return true;
                }));
            }
            for (Future<Boolean> run : runs) {
                assertThat(run.get()).isTrue();
            }
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void overridesAreAppendedToTheShippedFiles(@TempDir Path overrides) throws IOException {
        Files.writeString(overrides.resolve("domain-dictionary.txt"), "# a curator's terms\n瑶湖念康  # a brand\n");
        Files.writeString(overrides.resolve("pinyin-exceptions.txt"), "长乐 = chang le\n");
        Files.writeString(overrides.resolve("kind-words.txt"), "ENTERPRISE: 厂商, vendor\n");
        try (Analyzers curated = new Analyzers(Optional.of(overrides))) {
            assertThat(curated.kindWords().get("ENTERPRISE")).contains("企业", "厂商", "vendor");
            assertThat(Tokens.of(curated.text(), "瑶湖念康")).containsExactly("瑶", "瑶湖念康", "湖", "念", "康");
            assertThat(Tokens.of(curated.text(), "脑机接口")).contains("脑机接口"); // the shipped terms stay
            assertThat(Tokens.of(curated.pinyin(), "长乐")).containsExactly("changle", "cl", "chang", "le");
        }
    }

    @Test
    void aMalformedLineIsReportedWithItsFileAndLine(@TempDir Path overrides) throws IOException {
        Files.writeString(overrides.resolve("domain-dictionary.txt"), "脑机接口\nBCI\n");
        assertThatThrownBy(() -> new Analyzers(Optional.of(overrides)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("domain-dictionary.txt:2")
                .hasMessageContaining("Han characters only");

        Files.delete(overrides.resolve("domain-dictionary.txt"));
        Files.writeString(overrides.resolve("pinyin-exceptions.txt"), "\n银行 = yin\n");
        assertThatThrownBy(() -> new Analyzers(Optional.of(overrides)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("pinyin-exceptions.txt:2")
                .hasMessageContaining("1 syllables for 2 characters");

        Files.delete(overrides.resolve("pinyin-exceptions.txt"));
        Files.writeString(overrides.resolve("synonyms.txt"), "bci => 脑机接口 => brain\n");
        assertThatThrownBy(() -> new Analyzers(Optional.of(overrides)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining(overrides.resolve("synonyms.txt").toString());

        Files.delete(overrides.resolve("synonyms.txt"));
        Files.writeString(overrides.resolve("kind-words.txt"), "ENTERPRISE: 厂商\nINVESTOR 基金会\n");
        assertThatThrownBy(() -> new Analyzers(Optional.of(overrides)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("kind-words.txt:2")
                .hasMessageContaining("expected 'KIND: word, word'");
    }

    @Test
    void aMissingOverridesFolderIsAnError(@TempDir Path parent) {
        assertThatThrownBy(() -> new Analyzers(Optional.of(parent.resolve("missing"))))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("does not exist");
    }

    /** Positions never go back, offsets stay inside the text and never start earlier than the previous token's. */
    private static void checkStream(Analyzer analyzer, String text, String what) throws IOException {
        try (TokenStream stream = analyzer.tokenStream("f", text)) {
            OffsetAttribute offset = stream.addAttribute(OffsetAttribute.class);
            PositionIncrementAttribute posInc = stream.addAttribute(PositionIncrementAttribute.class);
            PositionLengthAttribute posLen = stream.addAttribute(PositionLengthAttribute.class);
            stream.reset();
            int lastStart = 0;
            boolean first = true;
            while (stream.incrementToken()) {
                assertThat(posInc.getPositionIncrement()).as(what).isGreaterThanOrEqualTo(first ? 1 : 0);
                assertThat(posLen.getPositionLength()).as(what).isGreaterThanOrEqualTo(1);
                assertThat(offset.startOffset()).as(what).isGreaterThanOrEqualTo(lastStart);
                assertThat(offset.endOffset()).as(what).isBetween(offset.startOffset(), text.length());
                lastStart = offset.startOffset();
                first = false;
            }
            stream.end();
            assertThat(offset.endOffset()).as(what + " final offset").isEqualTo(text.length());
        }
    }

    @Test
    void regionAliasesAndTheLatinVocabularyComeFromTheShippedFiles() {
        try (Analyzers analyzers = new Analyzers()) {
            assertThat(analyzers.regionAliases().get("上海市")).contains("沪", "上海");
            assertThat(analyzers.vocabulary()).contains("eeg", "rehabilitation", "exoskeleton", "headset");
        }
    }

    @Test
    void aRegionAliasLineWithoutAColonIsReportedWithItsLine(@TempDir Path overrides) throws IOException {
        Files.writeString(overrides.resolve("region-aliases.txt"), "上海市: 沪\n上海市 沪\n");
        assertThatThrownBy(() -> new Analyzers(Optional.of(overrides)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("region-aliases.txt:2");
    }
}
