package org.brainbridge.search.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.brainbridge.search.analysis.Tokens.positions;

import org.apache.lucene.analysis.Analyzer;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Golden tokens of the name analyzers: {@link Analyzers#nameBigrams()}, {@link Analyzers#pinyin()} and
 * {@link Analyzers#suggest()} / {@link Analyzers#suggestQuery()}. In {@code positions(...)} strings, spaces separate
 * positions and '/' separates terms stacked on one position.
 */
class NameAnalysisTest {

    static Analyzers analyzers;
    static Analyzer bigrams;
    static Analyzer pinyin;
    static Analyzer suggest;
    static Analyzer suggestQuery;

    @BeforeAll
    static void build() {
        analyzers = new Analyzers();
        bigrams = analyzers.nameBigrams();
        pinyin = analyzers.pinyin();
        suggest = analyzers.suggest();
        suggestQuery = analyzers.suggestQuery();
    }

    @AfterAll
    static void close() {
        analyzers.close();
    }

    // --- nameBigrams() ---------------------------------------------------------------------------------------------

    @Test
    void bigramsLetShortFormsOfUnknownCompanyNamesMatch() {
        assertThat(Tokens.of(bigrams, "瑶湖念康电子科技股份有限公司"))
                .containsExactly(
                        "瑶", "瑶湖", "湖", "湖念", "念", "念康", "康", "康电", "电", "电子", "子", "子科", "科", "科技", "技", "技股", "股",
                        "股份", "份", "份有", "有", "有限", "限", "限公", "公", "公司", "司");
        // Both short forms are runs of the same bigrams, so a phrase query on them matches the full name.
        assertThat(Tokens.of(bigrams, "瑶湖念康")).containsExactly("瑶", "瑶湖", "湖", "湖念", "念", "念康", "康");
        assertThat(positions(bigrams, "念康")).isEqualTo("念/念康 康");
    }

    @Test
    void bigramsKeepLatinWordsWholeAndLowerCased() {
        assertThat(Tokens.of(bigrams, "Brain-Computer Interfaces")).containsExactly("brain", "computer", "interfaces");
        assertThat(Tokens.of(bigrams, "SSVEP范式")).containsExactly("ssvep", "范", "范式", "式");
        assertThat(Tokens.of(bigrams, "ＢｒａｉｎＣｏ 強腦科技")).containsExactly("brainco", "强", "强脑", "脑", "脑科", "科", "科技", "技");
    }

    @Test
    void bigramQueriesAreOneReadingOfBigramsAlone() {
        Analyzer query = analyzers.nameBigramsQuery();
        assertThat(positions(query, "神经调控重点实验室")).isEqualTo("神经 经调 调控 控重 重点 点实 实验 验室");
        // A character on its own is still a term (the index holds unigrams too), and Latin words stay whole.
        assertThat(Tokens.of(query, "脑")).containsExactly("脑");
        assertThat(Tokens.of(query, "SSVEP范式 瑶")).containsExactly("ssvep", "范式", "瑶");
    }

    // --- pinyinSyllables() ----------------------------------------------------------------------------------------

    @Test
    void pinyinSyllablesGiveEveryHanCharacterItsOwnPositionWithEveryReading() {
        assertThat(positions(analyzers.pinyinSyllables(), "外骨骼康复机器人")).isEqualTo("wai gu ge kang fu ji qi ren");
        // A polyphonic character stacks its readings (unless a pinyin exception fixes them); Latin words that are not
        // pinyin stay whole.
        assertThat(Tokens.of(analyzers.pinyinSyllables(), "行")).contains("xing", "hang");
        assertThat(positions(analyzers.pinyinSyllables(), "重庆 HN-280")).isEqualTo("chong qing hn 280");
        assertThat(Tokens.of(analyzers.pinyinSyllables(), "EEG headset")).containsExactly("eeg", "headset");
    }

    @Test
    void pinyinSyllablesSplitLatinWordsWrittenInPinyin() {
        // The same positions as the Han name above, so a phrase query typed in pinyin meets it.
        assertThat(positions(analyzers.pinyinSyllables(), "waiguge KangFu jiqiren"))
                .isEqualTo("wai gu ge kang fu ji qi ren");
        assertThat(PinyinSyllables.split("xian")).containsExactly("xian");
        assertThat(PinyinSyllables.split("naojijiekou")).containsExactly("nao", "ji", "jie", "kou");
        assertThat(PinyinSyllables.split("robot")).isEmpty();
    }

    @Test
    void englishWordsThatSplitOnlyWithReadingsNobodyTypesAreNotTakenForPinyin() {
        // re ha bi li ta ti o n: 哦 is read o and 嗯 n, but nobody types them inside a word.
        assertThat(PinyinSyllables.split("rehabilitation")).isNotEmpty();
        assertThat(PinyinSyllables.splitsOnlyByChance("rehabilitation")).isTrue();
        assertThat(PinyinSyllables.splitsOnlyByChance("meditation")).isTrue();
        // wa r ning: 儿 as a bare r is a suffix, not a syllable typed inside a word.
        assertThat(PinyinSyllables.splitsOnlyByChance("warning")).isTrue();
        // Pinyin someone typed, and words that do not split at all, are not affected.
        assertThat(PinyinSyllables.splitsOnlyByChance("naojijiekou")).isFalse();
        assertThat(PinyinSyllables.splitsOnlyByChance("kangfu")).isFalse();
        assertThat(PinyinSyllables.splitsOnlyByChance("tiane")).isFalse();
        assertThat(PinyinSyllables.splitsOnlyByChance("robot")).isFalse();
        // Such a word keeps its one position, in the index and in a query alike.
        assertThat(positions(analyzers.pinyinSyllables(), "Rehabilitation kangfu"))
                .isEqualTo("rehabilitation kang fu");
    }

    @Test
    void pinyinSyllablesMatchAHomophoneTypedForACharacter() {
        // 柔性电级 (a common slip for 柔性电极) reads exactly like it.
        assertThat(positions(analyzers.pinyinSyllables(), "柔性电级"))
                .isEqualTo(positions(analyzers.pinyinSyllables(), "柔性电极"));
    }

    // --- pinyin() --------------------------------------------------------------------------------------------------

    @Test
    void pinyinIndexesWholeNameWordsSyllablesAndInitials() {
        // Whole name (nanchangyinhang, ncyh) stacked on the first word; then per word: spelling, initials, syllables.
        assertThat(positions(pinyin, "南昌银行"))
                .isEqualTo("nanchangyinhang/ncyh/nanchang/nc/nan/chang yinhang/yh/yin/hang");
    }

    @Test
    void pinyinQueriesTypedInLatinLettersMeetThoseTokens() {
        // "nc yh", "yinhang", "nanchang yinhang", "ncyh" and "yin hang" are each made of tokens of 南昌银行 above.
        assertThat(Tokens.of(pinyin, "nc yh")).containsExactly("nc", "yh");
        assertThat(Tokens.of(pinyin, "NanChang  YinHang")).containsExactly("nanchang", "yinhang");
        assertThat(Tokens.of(pinyin, "ＮＣＹＨ")).containsExactly("ncyh");
    }

    @Test
    void pinyinIndexesEveryReadingOfAPolyphonicCharacter() {
        // 乐: le, yue; 行: xing, hang, heng. No exception covers 乐行, so all six spellings are indexed.
        assertThat(positions(pinyin, "乐行科技"))
                .isEqualTo("lexingkeji/lehangkeji/yuexingkeji/lehengkeji/yuehangkeji/yuehengkeji"
                        + "/lxkj/lhkj/yxkj/yhkj"
                        + "/lexing/lehang/yuexing/leheng/yuehang/yueheng/lx/lh/yx/yh/le/yue/xing/hang/heng"
                        + " keji/kj/ke/ji");
    }

    @Test
    void pinyinExceptionsFixKnownPhrases() {
        assertThat(Tokens.of(pinyin, "重庆")).containsExactly("chongqing", "cq", "chong", "qing");
        assertThat(Tokens.of(pinyin, "长沙")).containsExactly("changsha", "cs", "chang", "sha");
        // An exception may keep several readings.
        assertThat(Tokens.of(pinyin, "朝阳")).containsExactly("chaoyang", "zhaoyang", "cy", "zy", "chao", "zhao", "yang");
        // Without one, 长 has both readings.
        assertThat(Tokens.of(pinyin, "长乐"))
                .containsExactly(
                        "zhangle",
                        "zhangyue",
                        "changle",
                        "changyue",
                        "zl",
                        "zy",
                        "cl",
                        "cy",
                        "zhang",
                        "chang",
                        "le",
                        "yue");
    }

    @Test
    void pinyinTakesARunOfSingleCharactersAsOneWord() {
        // ICU splits the unknown brand 瑶湖念康 into single characters; as one word it gets yaohuniankang and yhnk.
        assertThat(positions(pinyin, "瑶湖念康电子科技股份有限公司"))
                .isEqualTo(
                        "yaohuniankangdianzikejigufenyouxiangongsi/yhnkdzkjgfyxgs/yaohuniankang/yhnk/yao/hu/nian/kang"
                                + " dianzi/dz/dian/zi keji/kj/ke/ji gufen/gf/gu/fen youxiangongsi/yxgs/you/xian/gong/si");
    }

    @Test
    void pinyinReadsTraditionalCharactersAndKeepsLatinWords() {
        assertThat(Tokens.of(pinyin, "腦機接口"))
                .containsExactly("naojijiekou", "njjk", "naoji", "nj", "nao", "ji", "jiekou", "jk", "jie", "kou");
        assertThat(positions(pinyin, "P300拼写器")).isEqualTo("pinxieqi/pxq/p300 pinxie/px/pin/xie qi/q");
    }

    // --- suggest() and suggestQuery() ------------------------------------------------------------------------------

    @Test
    void suggestIndexesPrefixesOfTheNameFromEachWordAndEachBrandCharacter() {
        // Up to three characters every prefix is a term; longer prefixes match whole sources by prefix.
        assertThat(Tokens.of(suggest, "南昌银行"))
                .containsExactly(
                        "南",
                        "南昌",
                        "南昌银",
                        "南昌银行",
                        "n",
                        "na",
                        "nan",
                        "nanchangyinhang",
                        "nc",
                        "ncy",
                        "ncyh",
                        "银",
                        "银行",
                        "y",
                        "yi",
                        "yin",
                        "yinhang",
                        "yh");
        assertThat(Tokens.of(suggest, "瑶湖念康电子科技股份有限公司"))
                .contains(
                        "瑶湖",
                        "念康",
                        "瑶湖念康电子科技股份有限公司",
                        "念康电子科技股份有限公司",
                        "电子科技股份有限公司",
                        "yao",
                        "yhn",
                        "nia",
                        "nk",
                        "nkd",
                        "dia",
                        "yaohuniankangdianzikejig",
                        "niankangdianzikejigufeny",
                        "yhnkdzkjgfyxgs");
    }

    @Test
    void suggestQueryIsWhatWasTypedAsOneNormalisedToken() {
        assertThat(Tokens.of(suggestQuery, "ＮＣ ｙｈ")).containsExactly("ncyh");
        assertThat(Tokens.of(suggestQuery, "瑶湖 念康")).containsExactly("瑶湖念康");
        assertThat(Tokens.of(suggestQuery, "腦機")).containsExactly("脑机");
        assertThat(Tokens.of(suggestQuery, " - ")).isEmpty();
    }
}
