package org.brainbridge.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.brainbridge.IntegrationTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * A browser test: the portal of the shared integration-test context (real embedded Neo4j, seeded from graph-seed/),
 * driven by Debian's Chromium. A test method takes a {@link com.microsoft.playwright.Page} parameter: a fresh browser
 * context on the one Chromium of the test run, 1280 × 900 unless {@link Viewport} says otherwise, whose relative URLs
 * ({@code page.navigate("/match")}) go to the portal. Tagged {@code browser}, so {@code -Pfast} leaves these out.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@IntegrationTest
@Tag("browser")
@ExtendWith(BrowserExtension.class)
@interface BrowserTest {}
