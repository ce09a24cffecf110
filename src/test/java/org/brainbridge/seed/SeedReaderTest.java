package org.brainbridge.seed;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.brainbridge.graph.NodeUpsert;
import org.brainbridge.graph.model.NodeKind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The graph-seed format as curators write it: cells, lists, codes, empty versus absent, provenance, errors. */
class SeedReaderTest {

    @TempDir
    Path folder;

    @Test
    void readsTypedCellsListsAndCodesAndTellsEmptyFromAbsent() throws IOException {
        Files.writeString(folder.resolve("Enterprise.csv"), """
                \uFEFFid,name,founded_year,qualifications,stage,website
                ent-a,"甲, 有限公司",2019, high_tech | tech_sme ,series_a,
                """);
        SeedContent content = new SeedReader(folder, true).read();
        assertThat(content.problems).isEmpty();
        NodeUpsert row = content.nodes.get(NodeKind.ENTERPRISE).getFirst();
        assertThat(row.properties())
                .containsEntry("name", "甲, 有限公司")
                .containsEntry("foundedYear", 2019L)
                .containsEntry("qualifications", List.of("high_tech", "tech_sme"))
                .containsEntry("stage", "series_a")
                .containsEntry("website", null)
                .doesNotContainKey("size");
        assertThat(row.provenance().origin()).isEqualTo("Enterprise.csv#2");
        assertThat(row.provenance().source()).isEqualTo(folder.getFileName().toString());
    }

    @Test
    void reportsEveryProblemWithFileRowAndColumn() throws IOException {
        Files.createDirectories(folder.resolve("sub"));
        Files.writeString(folder.resolve("sub/Talent.csv"), """
                id,name,years_experience,consent_to_match,birth_date
                tal-1,张三,ten,maybe,1990-02-30
                ent-2,李四,3,true,
                tal-3,,3,true,
                """);
        Files.writeString(folder.resolve("sub/Colleagues.csv"), "a,b\n");
        Files.writeString(folder.resolve("sub/WORKS_AT.csv"), """
                from,to,role
                tal-1,region-360100,工程师
                """);
        List<String> problems = new SeedReader(folder, true)
                .read().problems.stream()
                        .map(p -> p.file() + ":" + p.row() + ":" + p.column())
                        .toList();
        assertThat(problems)
                .containsExactlyInAnyOrder(
                        "sub/Talent.csv:2:years_experience",
                        "sub/Talent.csv:2:consent_to_match",
                        "sub/Talent.csv:2:birth_date",
                        "sub/Talent.csv:3:id",
                        "sub/Talent.csv:4:name",
                        "sub/WORKS_AT.csv:2:to",
                        "sub/Colleagues.csv:0:null");
    }

    @Test
    void cellMessagesSayWhatIsWrong() {
        var stage = NodeKind.ENTERPRISE.property("stage").orElseThrow();
        assertThatThrownBy(() -> CellParser.parse(stage, "series_z"))
                .hasMessageContaining("'series_z' is not a code of stage")
                .hasMessageContaining("series_a");
        var year = NodeKind.ENTERPRISE.property("foundedYear").orElseThrow();
        assertThatThrownBy(() -> CellParser.parse(year, "二〇一九")).hasMessageContaining("not a whole number");
        assertThat(CellParser.parse(year, "  ")).isNull();
    }

    @Test
    void everyUnifiedSocialCreditCodeInTheSeedPassesTheChecksumAndAMutationFails() throws IOException {
        List<CSVRecord> rows = CSVFormat.RFC4180
                .builder()
                .setHeader()
                .setSkipHeaderRecord(true)
                .get()
                .parse(Files.newBufferedReader(Path.of("graph-seed/illustrative/Enterprise.csv")))
                .getRecords();
        List<String> codes =
                rows.stream().map(r -> r.get("uscc")).filter(c -> !c.isBlank()).toList();
        assertThat(codes)
                .hasSizeGreaterThanOrEqualTo(60)
                .allSatisfy(c ->
                        assertThat(UnifiedSocialCreditCode.isValid(c)).as(c).isTrue());
        assertThat(codes).allSatisfy(c -> assertThat(c).contains("FAKE"));
        String code = codes.getFirst();
        char last = code.charAt(17);
        String mutated = code.substring(0, 17) + (last == '0' ? '1' : '0');
        assertThat(UnifiedSocialCreditCode.isValid(mutated)).isFalse();
        assertThat(UnifiedSocialCreditCode.isValid("91360100FAKEI0010X"))
                .as("I is not a USCC character")
                .isFalse();
    }

    @Test
    void illustrativeRowsCanBeLeftOut() throws IOException {
        Files.writeString(folder.resolve("Scenario.csv"), """
                id,name,illustrative
                scn-a,真实场景,false
                scn-b,虚构场景,true
                """);
        Files.writeString(folder.resolve("USES_TECHNOLOGY.csv"), """
                from,to
                scn-b,tech-eeg
                """);
        SeedContent content = new SeedReader(folder, false).read();
        assertThat(content.nodes.get(NodeKind.SCENARIO))
                .extracting(NodeUpsert::id)
                .containsExactly("scn-a");
        assertThat(content.relationships).isEmpty();
        assertThat(content.skippedRows).isEqualTo(2);
    }
}
