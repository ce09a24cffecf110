package org.brainbridge.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import org.junit.jupiter.api.Test;

/**
 * Search as a person uses it, in Debian's Chromium: type a Chinese query in the header, pick a suggestion, search,
 * narrow by a facet and open a result. Screenshots go to {@code target/browser/}.
 */
@BrowserTest
class SearchBrowserTest {

    @Test
    void aVisitorTypesChinesePicksASuggestionSearchesNarrowsAndOpensAResult(Page page) {
        page.navigate("/");
        // The home page rendered: text typed into the header before it settles can be lost to a re-render.
        page.getByTestId("kind-card-ENTERPRISE").waitFor();

        // Suggestions while typing a Chinese prefix; picking one opens that profile.
        Locator input = page.getByTestId("search-input");
        Locator suggestion = page.locator("[data-testid^='search-suggestion-']").first();
        // Headless Chromium has no input method: characters off the keyboard arrive as inserted text, which the box
        // has now and then been seen to lose (an empty, focused box) on a busy machine. A person types again; so does
        // the test, at most three times, and fails with the last timeout.
        for (int attempt = 1; ; attempt++) {
            input.click();
            input.fill("");
            input.pressSequentially("瑶湖", new Locator.PressSequentiallyOptions().setDelay(80));
            try {
                suggestion.waitFor(new Locator.WaitForOptions().setTimeout(15_000));
                break;
            } catch (com.microsoft.playwright.TimeoutError e) {
                if (attempt == 3) {
                    throw e;
                }
            }
        }
        String testId = suggestion.getAttribute("data-testid");
        String suggested = testId.substring("search-suggestion-".length());
        Chromium.shot(page, "10-search-suggestions");
        suggestion.click();
        page.waitForURL("**/node/" + suggested);
        page.getByTestId("profile-name").waitFor();

        // A search from the header, then a facet narrows the results.
        Locator again = page.getByTestId("search-input");
        again.fill("康复");
        again.press("Enter");
        page.waitForURL("**/search?**");
        Locator total = page.getByTestId("search-total");
        total.waitFor();
        int before = number(total.textContent());
        assertThat(before).isPositive();
        assertThat(page.getByTestId("search-highlight").first().innerHTML()).contains("<mark>");
        Chromium.shot(page, "11-search-results");

        Locator enterpriseFacet = page.getByTestId("facet-kind-ENTERPRISE");
        enterpriseFacet.click();
        page.waitForURL("**kind=ENTERPRISE**");
        page.waitForFunction(
                "n => { const t = document.querySelector(\"[data-testid='search-total']\");"
                        + " return t && parseInt(t.textContent.replace(/[^0-9]/g, ''), 10) < n; }",
                before);
        Locator firstHit = page.locator("[data-testid^='search-hit-ent-']").first();
        firstHit.waitFor();
        assertThat(page.locator("[data-testid^='search-hit-']").count())
                .isEqualTo(page.locator("[data-testid^='search-hit-ent-']").count());
        Chromium.shot(page, "12-search-narrowed");

        String hitId = firstHit.getAttribute("data-testid").substring("search-hit-".length());
        firstHit.locator("a[href='/node/" + hitId + "']").first().click();
        page.waitForURL("**/node/" + hitId);
        page.getByTestId("profile-name").waitFor();
        Chromium.shot(page, "13-search-result-opened");
    }

    @Test
    void whatWasTypedStaysWhenTheWindowCrossesToAPhonesWidthAndBack(Page page) {
        page.navigate("/");
        page.getByTestId("kind-card-ENTERPRISE").waitFor();
        Locator input = page.getByTestId("search-input");
        input.fill("脑电");

        // A phone turned upright, or a window made narrow: the header changes to the menu button.
        page.setViewportSize(390, 844);
        page.getByTestId("nav-toggle").waitFor();
        assertThat(page.getByTestId("search-input").inputValue()).isEqualTo("脑电");

        page.setViewportSize(1280, 900);
        page.getByTestId("graphiql-link").waitFor();
        assertThat(page.getByTestId("search-input").inputValue()).isEqualTo("脑电");
    }

    private static int number(String text) {
        return Integer.parseInt(text.replaceAll("[^0-9]", ""));
    }
}
