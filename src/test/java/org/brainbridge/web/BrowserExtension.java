package org.brainbridge.web;

import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.Page;
import java.util.Optional;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.junit.jupiter.api.extension.TestExecutionExceptionHandler;
import org.springframework.test.context.junit.jupiter.SpringExtension;

/**
 * The set-up every browser test shares (see {@link BrowserTest}): one Chromium for the whole test run, launched when
 * the first browser test needs it and closed when the run ends (the root store closes what it holds); per test a new
 * browser context (fresh storage: no shortlist or language left over from another test) with its base URL on the
 * portal's port; a screenshot of the page under {@code target/browser/} when a test fails.
 */
final class BrowserExtension implements ParameterResolver, TestExecutionExceptionHandler {

    static final int DEFAULT_WIDTH = 1280;
    static final int DEFAULT_HEIGHT = 900;
    static final double TIMEOUT_MS = 30_000;

    private static final ExtensionContext.Namespace NAMESPACE =
            ExtensionContext.Namespace.create(BrowserExtension.class);

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == Page.class;
    }

    @Override
    public Page resolveParameter(ParameterContext parameter, ExtensionContext context) {
        Browser browser = chromium(context).browser();
        Viewport viewport = context.getRequiredTestMethod().getAnnotation(Viewport.class);
        BrowserContext browserContext = browser.newContext(new Browser.NewContextOptions()
                .setViewportSize(
                        viewport == null ? DEFAULT_WIDTH : viewport.width(),
                        viewport == null ? DEFAULT_HEIGHT : viewport.height())
                .setBaseURL("http://127.0.0.1:" + port(context)));
        browserContext.setDefaultTimeout(TIMEOUT_MS);
        // Closed with the test method's store, after the test and its failure screenshot.
        context.getStore(NAMESPACE).put(BrowserContext.class, (AutoCloseable) browserContext::close);
        Page page = browserContext.newPage();
        context.getStore(NAMESPACE).put(Page.class, page);
        return page;
    }

    @Override
    public void handleTestExecutionException(ExtensionContext context, Throwable failure) throws Throwable {
        Optional.ofNullable(context.getStore(NAMESPACE).get(Page.class, Page.class))
                .filter(page -> !page.isClosed())
                .ifPresent(page -> {
                    try {
                        Chromium.shot(
                                page,
                                "failed-" + context.getRequiredTestClass().getSimpleName() + "-"
                                        + context.getRequiredTestMethod().getName());
                    } catch (RuntimeException e) {
                        failure.addSuppressed(e);
                    }
                });
        throw failure;
    }

    /** The one Chromium of the run, kept in the root store, which closes it when the run ends. */
    private static Chromium chromium(ExtensionContext context) {
        return context.getRoot()
                .getStore(NAMESPACE)
                .computeIfAbsent(Chromium.class, key -> Chromium.launch(), Chromium.class);
    }

    private static int port(ExtensionContext context) {
        Integer port = SpringExtension.getApplicationContext(context)
                .getEnvironment()
                .getProperty("local.server.port", Integer.class);
        if (port == null) {
            throw new IllegalStateException("browser tests need the portal on a port: annotate with @BrowserTest");
        }
        return port;
    }
}
