package org.brainbridge.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.brainbridge.matching.Journey;
import org.brainbridge.matching.MatchingService;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The matchmaking workspaces as their users work with them, in Debian's Chromium, on the seed graph: an investor's
 * analyst, a university's technology-transfer officer, a recruiter and a visitor looking for similar actors. Each
 * picks or arrives at a source, reads the ranked proposals with their factor bars and reasons, looks at the evidence
 * path drawn, and keeps a shortlist. Screenshots go to {@code target/browser/}.
 */
@BrowserTest
class WorkspacesBrowserTest {

    private static final String INVESTOR = "inv-ill-0003";
    private static final String UNIVERSITY = "inst-ill-0002";
    private static final String POSITION = "pos-ill-0001";
    private static final String TALENT = "tal-ill-0002";
    private static final List<String> FACTORS =
            List.of("technology", "scenario", "chain", "profile", "text", "graph", "policy");

    /**
     * The first request of each journey in a fresh JVM plans its Cypher and fills Lucene's caches, which takes seconds
     * on a busy 2-core machine: done here, so that the page waits measure the workspace, not the warm-up.
     */
    @BeforeAll
    static void warmUpMatching(@Autowired MatchingService matching) {
        Map.of(
                        Journey.INVESTOR, INVESTOR,
                        Journey.PARTNER, UNIVERSITY,
                        Journey.INSTITUTION, "ent-ill-0002",
                        Journey.CANDIDATE, POSITION,
                        Journey.POSITION, TALENT,
                        Journey.SIMILAR, "ent-ill-0002")
                .forEach((journey, source) -> matching.match(journey, source, Map.of(), 10, null));
    }

    @Test
    void anInvestorsAnalystFindsProjectsSeesWhyChangesTheWeightsAndKeepsAShortlist(Page page) {
        page.navigate("/");
        page.getByTestId("nav-match").click();
        page.getByTestId("ws-journey-card-investor").click();
        page.waitForURL("**/match/investor");
        page.getByTestId("ws-prompt").waitFor();

        // Only investors are suggested; picking one opens its deep link.
        Locator input = page.getByTestId("ws-source-input");
        input.click();
        input.pressSequentially("洪城", new Locator.PressSequentiallyOptions().setDelay(40));
        page.getByTestId("ws-suggestion-" + INVESTOR).click();
        page.waitForURL("**/match/investor/" + INVESTOR);

        Locator first = matches(page).first();
        first.waitFor();
        List<String> ids = matchIds(page);
        assertThat(ids).hasSize(10).allMatch(id -> id.startsWith("proj-") || id.startsWith("ent-"));
        assertThat(first.getAttribute("data-rank")).isEqualTo("1");
        String top = ids.getFirst();
        assertThat(page.getByTestId("ws-reason-" + top).textContent()).startsWith("推荐理由：");
        assertThat(page.locator("[data-testid^='ws-factor-" + top + "-']").count())
                .as("factor segments of the top match")
                .isPositive();
        // The weights used are shown, normalised (whatever the configuration says).
        assertThat(FACTORS.stream().mapToDouble(f -> weightUsed(page, f)).sum()).isCloseTo(1.0, within(0.001));
        assertThat(page.getByTestId("ws-weight-used-technology").textContent()).startsWith("技术契合");

        // The evidence of the selected (top) match: the factors and a path drawn as a graph.
        assertThat(page.getByTestId("ws-evidence").getAttribute("data-id")).isEqualTo(top);
        assertThat(page.getByTestId("ws-factor-row-TECHNOLOGY").isVisible()).isTrue();
        Locator graph = page.getByTestId("ws-path-graph");
        graph.waitFor();
        assertThat(drawnNodes(page)).isEqualTo(Integer.parseInt(graph.getAttribute("data-nodes")));
        assertThat(drawnNodes(page)).isGreaterThanOrEqualTo(2);
        Chromium.shot(page, "30-workspace-investor");

        // Text counts for more: asked again with all seven weights in the link; then back to the defaults.
        page.getByTestId("ws-advanced-toggle").click();
        double others = FACTORS.stream()
                .filter(f -> !f.equals("text"))
                .mapToDouble(f ->
                        Double.parseDouble(page.getByTestId("ws-weight-" + f).inputValue()))
                .sum();
        Locator text = page.getByTestId("ws-weight-text");
        text.fill("80");
        text.press("Tab");
        page.getByTestId("ws-weights-apply").click();
        page.waitForURL(url -> url.contains("/match/investor/" + INVESTOR + "?") && url.contains("text=80"));
        page.waitForSelector(
                "[data-testid='ws-page'][data-loading='false'] [data-testid='ws-weights-used'][data-custom='true']");
        assertThat(weightUsed(page, "text"))
                .as("text weight used: 80 of 80 + " + others)
                .isCloseTo(80 / (80 + others), within(0.001));
        Chromium.shot(page, "31-workspace-investor-weights");
        page.getByTestId("ws-weights-reset").click();
        page.waitForURL("**/match/investor/" + INVESTOR);
        page.waitForSelector(
                "[data-testid='ws-page'][data-loading='false'] [data-testid='ws-weights-used'][data-custom='false']");

        // A shortlist that survives a reload, kept per journey.
        String second = matchIds(page).get(1);
        page.getByTestId("ws-shortlist-toggle-" + second).click();
        page.getByTestId("ws-shortlist-item-" + second).waitFor();
        page.reload();
        page.getByTestId("ws-shortlist-item-" + second).waitFor();
        assertThat(page.getByTestId("ws-shortlist-toggle-" + second).getAttribute("data-listed"))
                .isEqualTo("true");
        page.getByTestId("ws-journey-similar").click();
        page.waitForURL("**/match/similar/" + INVESTOR);
        page.getByTestId("ws-shortlist-empty").waitFor();
        page.goBack();
        page.getByTestId("ws-shortlist-remove-" + second).click();
        page.getByTestId("ws-shortlist-empty").waitFor();

        // In English, the reasons are in English.
        page.getByTestId("lang-switch").click();
        assertThat(page.getByTestId("ws-reason-" + matchIds(page).getFirst()).textContent())
                .startsWith("Why:");
    }

    @Test
    void aUniversityFindsIndustrialPartnersAndAnEnterpriseFindsInstitutions(Page page) {
        // From the university's profile to its workspace.
        page.navigate("/node/" + UNIVERSITY);
        page.getByTestId("profile-workspace-link").click();
        page.waitForURL("**/match/partner/" + UNIVERSITY);
        matches(page).first().waitFor();
        assertThat(matchIds(page)).isNotEmpty().allMatch(id -> id.startsWith("ent-"));
        assertThat(page.getByTestId("ws-source-policy").getAttribute("href")).isEqualTo("/policy/match/" + UNIVERSITY);
        assertThat(page.getByTestId("ws-source-connections").getAttribute("href"))
                .isEqualTo("/connections?from=" + UNIVERSITY);

        // Another proposal explained, its evidence path drawn; its name opens its profile.
        String second = matchIds(page).get(1);
        page.getByTestId("ws-match-" + second).click();
        page.waitForSelector("[data-testid='ws-evidence'][data-id='" + second + "']");
        page.getByTestId("ws-path-graph").waitFor();
        assertThat(drawnNodes(page))
                .isEqualTo(Integer.parseInt(page.getByTestId("ws-path-graph").getAttribute("data-nodes")));
        Chromium.shot(page, "32-workspace-partner");
        page.getByTestId("ws-open-" + second).click();
        page.waitForURL("**/node/" + second);

        // The enterprise's own workspace proposes institutions.
        page.getByTestId("profile-workspace-link").click();
        page.waitForURL("**/match/institution/" + second);
        matches(page).first().waitFor();
        assertThat(matchIds(page)).isNotEmpty().allMatch(id -> id.startsWith("inst-"));
        Chromium.shot(page, "33-workspace-institution");
    }

    @Test
    void aRecruiterSeesMaskedCandidatesWithGapsAndATalentSeesPositions(Page page) throws IOException {
        Map<String, CSVRecord> talent = seedTalent();
        page.navigate("/match/candidate/" + POSITION);
        matches(page).first().waitFor();
        List<String> ids = matchIds(page);
        assertThat(ids).isNotEmpty().allMatch(id -> id.startsWith("tal-"));
        String body = page.locator("body").textContent();
        for (String id : ids) {
            CSVRecord person = talent.get(id);
            // Only talent who consented and did not opt out; names as the server masks them, never in full.
            assertThat(person.get("consent_to_match")).as(id).isEqualTo("true");
            assertThat(person.get("opted_out")).as(id).isEqualTo("false");
            assertThat(body).as("the name of " + id).doesNotContain(person.get("name"));
            assertThat(page.getByTestId("ws-open-" + id).textContent()).contains("*");
        }
        assertThat(page.getByTestId("ws-match-" + ids.getFirst())
                        .getByTestId("masked-tag")
                        .isVisible())
                .isTrue();
        assertThat(page.locator("[data-testid^='ws-gaps-']").count()).isEqualTo(ids.size());
        Chromium.shot(page, "34-workspace-candidates");

        // Positions for a talent, found by headline (headlines repeat: the completions show ids).
        page.getByTestId("ws-journey-position").click();
        page.waitForURL("**/match/position");
        Locator input = page.getByTestId("ws-source-input");
        input.click();
        input.pressSequentially("嵌入式硬件", new Locator.PressSequentiallyOptions().setDelay(40));
        Locator suggestion = page.getByTestId("ws-suggestion-" + TALENT);
        assertThat(suggestion.textContent()).contains(TALENT);
        suggestion.click();
        page.waitForURL("**/match/position/" + TALENT);
        matches(page).first().waitFor();
        assertThat(matchIds(page)).isNotEmpty().allMatch(id -> id.startsWith("pos-"));
        assertThat(page.locator("[data-testid^='ws-gaps-']").count())
                .isEqualTo(matchIds(page).size());
        assertThat(page.getByTestId("ws-source").textContent())
                .as("the talent picked, masked")
                .doesNotContain(talent.get(TALENT).get("name"));
        Chromium.shot(page, "35-workspace-positions");

        // A talent who has not consented cannot be matched from.
        String refused = talent.values().stream()
                .filter(r -> !r.get("consent_to_match").equals("true"))
                .findFirst()
                .orElseThrow()
                .get("id");
        page.navigate("/match/position/" + refused);
        page.getByTestId("ws-not-matchable").waitFor();
    }

    @Test
    void aVisitorFindsSimilarActorsPagesOnAndIsToldWhatTheWorkspaceTakes(Page page) {
        page.navigate("/node/ent-ill-0002");
        page.getByTestId("profile-similar-link").click();
        page.waitForURL("**/match/similar/ent-ill-0002");
        matches(page).first().waitFor();
        assertThat(matchIds(page)).hasSize(10).allMatch(id -> id.startsWith("ent-"));
        page.getByTestId("ws-load-more").click();
        page.waitForSelector("[data-testid^='ws-match-'][data-rank='11']");
        assertThat(matchIds(page)).doesNotHaveDuplicates().allMatch(id -> id.startsWith("ent-"));
        Chromium.shot(page, "36-workspace-similar");

        // A technology is no actor: the workspace says which kinds it takes.
        page.navigate("/match/similar/tech-eeg");
        // Kind names come with the graph model, which may arrive after the warning: wait for them.
        page.waitForFunction(
                "() => document.querySelector(\"[data-testid='ws-wrong-kind']\")?.textContent.includes('技术')");
    }

    private static double weightUsed(Page page, String factor) {
        return Double.parseDouble(page.getByTestId("ws-weight-used-" + factor).getAttribute("data-weight"));
    }

    private static Locator matches(Page page) {
        return page.locator("[data-testid^='ws-match-']");
    }

    private static List<String> matchIds(Page page) {
        return matches(page).all().stream()
                .map(m -> m.getAttribute("data-testid").substring("ws-match-".length()))
                .toList();
    }

    private static int drawnNodes(Page page) {
        return ((Number) page.evaluate("() => window.__bbPathGraph.nodes().length")).intValue();
    }

    private static Map<String, CSVRecord> seedTalent() throws IOException {
        Map<String, CSVRecord> byId = new LinkedHashMap<>();
        try (Reader reader =
                Files.newBufferedReader(Path.of("graph-seed/illustrative/Talent.csv"), StandardCharsets.UTF_8)) {
            for (CSVRecord row : CSVFormat.RFC4180
                    .builder()
                    .setHeader()
                    .setSkipHeaderRecord(true)
                    .get()
                    .parse(reader)) {
                byId.put(row.get("id"), row);
            }
        }
        return byId;
    }
}
