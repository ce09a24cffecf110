package org.brainbridge.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

/**
 * The policy checklist as an enterprise's officer uses it, in Debian's Chromium: open the enterprise's profile, go to
 * its policy checklist, read whether a criterion is met and the words of the measure it comes from, see that what the
 * text leaves open stays "cannot be judged", then find another actor from the policy page. Screenshots go to
 * {@code target/browser/}.
 */
@BrowserTest
class PolicyMatchBrowserTest {

    private static final String ENTERPRISE = "ent-ill-0001";

    @Test
    void anOfficerOpensAnEnterprisesChecklistFromItsProfileAndReadsTheCriteria(Page page) {
        page.navigate("/node/" + ENTERPRISE);
        page.getByTestId("profile-name").waitFor();
        String name = page.getByTestId("profile-name").textContent();

        page.getByTestId("profile-policy-link").click();
        page.waitForURL("**/policy/match/" + ENTERPRISE);
        page.getByTestId("match-page").waitFor();
        assertThat(page.getByTestId("match-actor").textContent()).isEqualTo(name);
        assertThat(page.locator("[data-testid^='match-measure-']").count()).isEqualTo(11);

        // Measure 6, route b: a BCI enterprise, met, with the words of the text it rests on.
        Locator bci = page.getByTestId("criterion-m06b-bci");
        bci.scrollIntoViewIfNeeded();
        assertThat(bci.getAttribute("data-outcome")).isEqualTo("MET");
        assertThat(bci.getAttribute("data-basis")).isEqualTo("EXPLICIT");
        assertThat(page.getByTestId("cited-m06b-bci").textContent()).contains("「脑机接口企业」");
        assertThat(page.getByTestId("match-status-6").getAttribute("data-status"))
                .isEqualTo("APPLIES");
        assertThat(page.getByTestId("match-bodies-6").textContent())
                .contains("省科技厅")
                .contains("省工业和信息化厅")
                .contains("省药监局");

        // What the text leaves open (以重大任务为依托) is never met: it cannot be judged from the data.
        Locator task = page.getByTestId("criterion-m06a-major-task");
        assertThat(task.getAttribute("data-outcome")).isEqualTo("UNKNOWN");
        assertThat(task.textContent()).contains("无法判断");
        assertThat(page.getByTestId("cited-m06a-major-task").textContent()).contains("「以重大任务为依托」");

        // A hospital-only provision is named, not spelled out, for an enterprise.
        assertThat(page.getByTestId("match-other-routes-3").textContent()).contains("医疗机构");
        page.getByTestId("match-measure-6").scrollIntoViewIfNeeded();
        Chromium.shot(page, "20-policy-checklist");

        // Only the measures that apply.
        page.getByTestId("match-filter")
                .getByText("适用", new Locator.GetByTextOptions().setExact(true))
                .click();
        page.waitForFunction("() => [...document.querySelectorAll(\"[data-testid^='match-measure-']\")]"
                + ".every(m => m.dataset.status === 'APPLIES')");
        int applies = Integer.parseInt(
                page.getByTestId("summary-applies").textContent().trim());
        assertThat(page.locator("[data-testid^='match-measure-']").count()).isEqualTo(applies);

        // From the policy page: find an actor by name and open its checklist.
        page.navigate("/policy");
        Locator input = page.getByTestId("policy-actor-input");
        input.click();
        input.pressSequentially("瑶湖", new Locator.PressSequentiallyOptions().setDelay(80));
        Locator suggestion = page.locator("[data-testid^='actor-suggestion-']").first();
        suggestion.waitFor();
        String picked = suggestion.getAttribute("data-testid").substring("actor-suggestion-".length());
        Chromium.shot(page, "21-policy-actor-search");
        suggestion.click();
        page.waitForURL("**/policy/match/" + picked);
        page.getByTestId("match-page").waitFor();
        assertThat(page.getByTestId("match-page").getAttribute("data-id")).isEqualTo(picked);
    }
}
