package org.brainbridge.support;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;

/**
 * Cursor pagination: a page size checked against its bounds and an opaque cursor that encodes the last id
 * of the previous page (lists are ordered by id, so the cursor stays valid while the graph changes).
 */
public record Page(int first, String afterId) {

    public static final int MAX_FIRST = 100;
    private static final String PREFIX = "id:";

    public static Page of(Integer first, String after) {
        return of(first, after, MAX_FIRST);
    }

    public static Page of(Integer first, String after, int max) {
        int size = first == null ? 20 : first;
        if (size < 1 || size > max) {
            throw new InvalidArgumentException(
                    "first", "Argument 'first' must be between 1 and %d, was %d".formatted(max, size));
        }
        return new Page(size, decode(after));
    }

    public static String cursor(String id) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString((PREFIX + id).getBytes(StandardCharsets.UTF_8));
    }

    private static String decode(String after) {
        if (after == null || after.isBlank()) {
            return null;
        }
        try {
            String decoded = new String(Base64.getUrlDecoder().decode(after), StandardCharsets.UTF_8);
            if (decoded.startsWith(PREFIX)) {
                return decoded.substring(PREFIX.length());
            }
        } catch (IllegalArgumentException e) {
            // falls through to the error below: the cursor is not one we issued
        }
        throw new InvalidArgumentException(
                "after",
                "Argument 'after' is not a cursor this API issued; pass pageInfo.endCursor of the previous page");
    }

    /** A page of results: fetch {@code first + 1} rows to know whether another page follows. */
    public <T> Slice<T> slice(List<T> rowsPlusOne, java.util.function.Function<T, String> id, int total) {
        boolean more = rowsPlusOne.size() > first;
        List<T> rows = more ? rowsPlusOne.subList(0, first) : rowsPlusOne;
        String end = rows.isEmpty() ? null : cursor(id.apply(rows.getLast()));
        return new Slice<>(rows, new PageInfo(more, end), total);
    }

    /** Forward pagination state, as in the schema. */
    public record PageInfo(boolean hasNextPage, String endCursor) {}

    /** One page of rows with its state and the total count. */
    public record Slice<T>(List<T> nodes, PageInfo pageInfo, int totalCount) {}
}
