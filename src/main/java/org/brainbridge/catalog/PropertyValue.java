package org.brainbridge.catalog;

import java.util.List;

/** The schema's {@code PropertyValue}: one property with its labels, as this viewer may see it. */
record PropertyValue(
        String key,
        String labelZh,
        String labelEn,
        List<String> values,
        List<String> displayZh,
        List<String> displayEn,
        boolean personal,
        boolean masked) {}
