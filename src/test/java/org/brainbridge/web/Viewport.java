package org.brainbridge.web;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** The window size of a browser test's page (CSS pixels); without it, 1280 × 900. */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@interface Viewport {
    int width();

    int height();
}
