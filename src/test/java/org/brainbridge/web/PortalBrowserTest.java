package org.brainbridge.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

/**
 * The portal as a person uses it, in Debian's Chromium: from the home page to an enterprise, its graph expanded by a
 * click, then to a policy measure. Screenshots go to {@code target/browser/}.
 */
@BrowserTest
class PortalBrowserTest {

    @Test
    void aVisitorBrowsesToAnEnterpriseExpandsItsGraphAndOpensAMeasure(Page page) {
        // The home page shows the counts and the industry chain, gaps included.
        page.navigate("/");
        Locator enterprises = page.getByTestId("kind-card-ENTERPRISE");
        enterprises.waitFor();
        assertThat(enterprises.textContent()).containsPattern("\\d+");
        assertThat(page.locator("[data-testid^='chain-segment-'][data-gap='true']")
                        .count())
                .as("empty chain segments shown as gaps")
                .isPositive();
        Chromium.shot(page, "01-home");

        // Browse enterprises and open the first one.
        enterprises.click();
        page.waitForURL("**/browse/enterprise**");
        Locator firstRow = page.locator("[data-testid^='browse-row-ent-']").first();
        firstRow.waitFor();
        Chromium.shot(page, "02-browse-enterprises");
        firstRow.getByRole(AriaRole.LINK).first().click();

        // The profile draws the neighbourhood; a click on a neighbour expands the graph.
        page.waitForURL("**/node/ent-**");
        page.getByTestId("profile-name").waitFor();
        page.waitForFunction("() => window.__bbGraph && window.__bbGraph.nodes().length > 1");
        int before = ((Number) page.evaluate("() => window.__bbGraph.nodes().length")).intValue();
        String neighbour = (String) page.evaluate("""
                () => {
                  const cy = window.__bbGraph;
                  const centre = cy.nodes()[0].id();
                  const candidates = cy.nodes().filter(n => n.id() !== centre
                      && (n.id().startsWith('tech-') || n.id().startsWith('region-')));
                  return (candidates.length ? candidates : cy.nodes().filter(n => n.id() !== centre))[0].id();
                }""");
        page.evaluate("id => window.__bbGraph.getElementById(id).emit('tap')", neighbour);
        page.waitForFunction("n => window.__bbGraph.nodes().length > n", before);
        int after = ((Number) page.evaluate("() => window.__bbGraph.nodes().length")).intValue();
        assertThat(after).as("nodes after expanding " + neighbour).isGreaterThan(before);
        Chromium.shot(page, "03-enterprise-graph-expanded");

        // The policy page lists the measures; one opens with its text and its responsible bodies in order.
        page.getByTestId("main-nav")
                .getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("政策"))
                .first()
                .click();
        page.waitForURL("**/policy");
        page.getByTestId("measure-link-1").click();
        page.waitForURL("**/policy/measure/1");
        Locator title = page.getByTestId("measure-title");
        title.waitFor();
        assertThat(title.textContent()).contains("开展有组织的科研攻关");
        assertThat(page.getByTestId("measure-page").textContent()).contains("省科技厅", "省财政厅", "省卫生健康委");
        Chromium.shot(page, "04-measure-1");
    }

    @Test
    @Viewport(width = 390, height = 844)
    void thePortalIsUsableOnAPhoneSizedScreen(Page page) {
        // The policy page.
        page.navigate("/policy");
        page.getByTestId("policy-title").waitFor();
        assertThat(page.getByTestId("section-1").isVisible()).isTrue();
        Object overflow = page.evaluate("() => document.documentElement.scrollWidth > window.innerWidth + 1");
        assertThat(overflow).as("no horizontal scrolling at 390px").isEqualTo(false);
        Chromium.shot(page, "05-policy-phone");

        // A matchmaking workspace too: proposals, factor table and evidence stack in one column.
        page.navigate("/match/candidate/pos-ill-0001");
        page.locator("[data-testid^='ws-match-']").first().waitFor();
        page.getByTestId("ws-path-graph").waitFor();
        Object wide = page.evaluate("() => document.documentElement.scrollWidth > window.innerWidth + 1");
        assertThat(wide).as("no horizontal scrolling of a workspace at 390px").isEqualTo(false);
        Chromium.shot(page, "06-workspace-phone");
    }
}
