package org.brainbridge.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

/**
 * The connection finder as a person uses it, in Debian's Chromium: pick a university and a fund from the seed by
 * typing their names, read the paths between them, look at another one drawn, open a node of it; then start again from
 * a profile. Screenshots go to {@code target/browser/}.
 */
@BrowserTest
class ConnectionsBrowserTest {

    @Test
    void aVisitorPicksTwoActorsSeesThePathsDrawnAndOpensANodeOnThePath(Page page) {
        page.navigate("/");
        page.getByTestId("nav-connections").click();
        page.waitForURL("**/connections");
        page.getByTestId("connections-prompt").waitFor();

        pick(page, "from", "瑶湖医科大学", "inst-ill-0002");
        pick(page, "to", "赣江新区脑机接口产业引导基金", "inv-ill-0001");
        page.waitForURL("**/connections?from=inst-ill-0002&to=inv-ill-0001");

        Locator first = page.getByTestId("connections-path-0");
        first.waitFor();
        assertThat(first.textContent()).startsWith("机构 瑶湖医科大学").contains("投资机构 赣江新区脑机接口产业引导基金");
        assertThat(page.getByTestId("connections-total").textContent()).containsPattern("\\d+");
        Locator graph = page.getByTestId("connections-graph");
        assertThat(graph.getAttribute("data-path")).isEqualTo(first.getAttribute("data-path-id"));
        assertThat(drawnNodes(page)).isGreaterThanOrEqualTo(3);
        assertThat(drawnNodes(page)).isEqualTo(Integer.parseInt(graph.getAttribute("data-nodes")));
        Chromium.shot(page, "20-connections-paths");

        // Another alternative is drawn when picked.
        Locator second = page.getByTestId("connections-path-1");
        String secondPath = second.getAttribute("data-path-id");
        second.click();
        page.waitForSelector("[data-testid='connections-graph'][data-path='" + secondPath + "']");
        Chromium.shot(page, "21-connections-second-path");

        // A click on a node between the two ends opens its profile.
        String middle = secondPath.split(">")[1];
        page.evaluate("id => window.__bbPathGraph.getElementById(id).emit('tap')", middle);
        page.waitForURL("**/node/" + middle);
        assertThat(page.getByTestId("profile-page").getAttribute("data-id")).isEqualTo(middle);

        // From a profile, "find connections" starts with that node.
        page.getByTestId("profile-find-connections").click();
        page.waitForURL("**/connections?from=" + middle);
        assertThat(page.getByTestId("connections-from-selected").getAttribute("data-id"))
                .isEqualTo(middle);
        Chromium.shot(page, "22-connections-from-profile");
    }

    private static void pick(Page page, String side, String typed, String id) {
        Locator input = page.getByTestId("connections-" + side);
        input.click();
        input.pressSequentially(typed, new Locator.PressSequentiallyOptions().setDelay(40));
        Locator suggestion = page.getByTestId("connections-suggestion-" + side + "-" + id);
        suggestion.waitFor();
        suggestion.click();
        page.getByTestId("connections-" + side + "-selected").waitFor();
    }

    private static int drawnNodes(Page page) {
        return ((Number) page.evaluate("() => window.__bbPathGraph.nodes().length")).intValue();
    }
}
