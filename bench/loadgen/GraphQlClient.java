import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The HTTP side of the load generator: GraphQL POSTs as a browser or API client sends them (HTTP/1.1, JSON body,
 * optional admin token), the readiness wait, and the little JSON the benchmarks need to write and read.
 */
final class GraphQlClient {

    private final HttpClient http = HttpClient.newBuilder()
            .version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5))
            .build();
    private final URI url;
    private final String token;

    GraphQlClient(URI url, String token) {
        this.url = url;
        this.token = token;
    }

    /** The response body of one request, or null when it failed at the HTTP level (reported on stderr). */
    String post(String document, String variables) {
        String body = "{\"query\":" + json(document) + ",\"variables\":" + variables + "}";
        HttpRequest.Builder request = HttpRequest.newBuilder(url)
                .timeout(Duration.ofMinutes(30))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (token != null) {
            request.header("X-Admin-Token", token);
        }
        try {
            HttpResponse<String> response =
                    http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            if (response.statusCode() != 200) {
                System.err.println("HTTP " + response.statusCode() + ": "
                        + response.body().substring(0, Math.min(300, response.body().length())));
                return null;
            }
            return response.body();
        } catch (java.io.IOException e) {
            System.err.println("request failed: " + e);
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }

    /** Waits until the health URL answers 200 with UP; exits the process after the timeout. */
    static void ready(URI health, int timeoutSeconds) throws Exception {
        HttpClient http = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + Duration.ofSeconds(timeoutSeconds).toNanos();
        while (System.nanoTime() < deadline) {
            try {
                HttpResponse<String> response = http.send(
                        HttpRequest.newBuilder(health).timeout(Duration.ofSeconds(5)).build(),
                        HttpResponse.BodyHandlers.ofString());
                if (response.statusCode() == 200 && response.body().contains("UP")) {
                    return;
                }
            } catch (java.io.IOException e) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        System.err.println("not ready after " + timeoutSeconds + " s: " + health);
        System.exit(1);
    }

    /** A JSON string literal. */
    static String json(String s) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            switch (c) {
                case '"' -> out.append("\\\"");
                case '\\' -> out.append("\\\\");
                case '\n' -> out.append("\\n");
                case '\r' -> out.append("\\r");
                case '\t' -> out.append("\\t");
                default -> {
                    if (c < 0x20) {
                        out.append(String.format("\\u%04x", (int) c));
                    } else {
                        out.append(c);
                    }
                }
            }
        }
        return out.append('"').toString();
    }

    /** A scalar field of a small, flat JSON response (enough for the reports this program reads). */
    /** The innermost objects of a response, in order: the elements of a list of flat objects. */
    static java.util.List<String> objects(String body) {
        java.util.List<String> found = new java.util.ArrayList<>();
        Matcher m = Pattern.compile("\\{[^{}]*\\}").matcher(body);
        while (m.find()) {
            found.add(m.group());
        }
        return found;
    }

    static String field(String body, String name) {
        Matcher m = Pattern.compile("\"" + name + "\"\\s*:\\s*(\"([^\"]*)\"|[-0-9.eE]+)").matcher(body);
        if (!m.find()) {
            throw new IllegalStateException("no field " + name + " in " + body);
        }
        return m.group(2) != null ? m.group(2) : m.group(1);
    }
}
