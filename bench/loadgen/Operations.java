import java.util.List;
import java.util.Map;

/**
 * The GraphQL operations the load generator can send, each with the selection set the frontend asks for and how one
 * line of an inputs file (tab-separated fields) becomes its variables. {@code empty} is a fragment of the response
 * that means "nothing found" (counted, so a report can say how many requests had results), or null.
 */
record Operations(String name, String document, Variables variables, String empty) {

    /** How the fields of one input line become the variables object. */
    interface Variables {
        String of(String[] fields);
    }

    private static final String NODE = "node { id kind name }";

    // ---- search (issue 3) ----------------------------------------------------------------------------------------

    private static final String SEARCH = "query($q: String!) { search(query: $q, first: 10) { total hits { score "
            + NODE + " } } }";
    private static final String SEARCH_FULL = "query($q: String!) { search(query: $q, first: 10) { total hits { score"
            + " highlights { field fragments } " + NODE + " } facets { dimension values { value labelZh count } } } }";
    private static final String SEARCH_UNCACHED = "query($q: String!) { searchUncached(query: $q, first: 10) { score "
            + NODE + " } }";
    private static final String BASELINE = "query($q: String!) { baselineSearch(query: $q, first: 10) { score "
            + NODE + " } }";
    private static final String SUGGEST = "query($q: String!) { suggest(prefix: $q, first: 8) { id text "
            + NODE + " } }";
    private static final String BASELINE_SUGGEST = "query($q: String!) { baselineSuggest(prefix: $q, first: 8) { id "
            + NODE + " } }";

    // ---- matching (issue 4): what the frontend's matchmaking workspace, connection finder and policy page ask for -

    /** The workspace's fields of one page of matches (frontend/src/workspaces/queries.ts). */
    private static final String MATCH_FIELDS = """
            totalCount pageInfo { hasNextPage endCursor }
            weights { technology scenario chain profile text graph policy }
            nodes { rank score reasonZh reasonEn matchedTerms
              node { id kind name nameEn illustrative properties { key masked } ... on Talent { headline } }
              factors { factor value weight contribution inferred }
              paths { factor inferred relationships nodes { id kind name } }
              gaps { kind technologyId labelZh labelEn mandatory partlyCovered } }""";

    /** The connection finder's page of paths (frontend/src/connections/queries.ts). */
    private static final String CONNECTIONS = """
            query($from: ID!, $to: ID!) { connections(fromId: $from, toId: $to, maxHops: 4, first: 5) {
              totalCount hubDegree pageInfo { hasNextPage endCursor }
              paths { id length cost descriptionZh descriptionEn
                nodes { id kind name nameEn illustrative }
                relationships { type labelZh labelEn direction fromId toId strength } } } }""";

    /** The policy checklist page (frontend/src/policy/matchQueries.ts): all measures on one page. */
    private static final String POLICY_MATCHES = """
            query($id: ID!) { policyMatches(entityId: $id, first: 50) {
              actor { id kind name nameEn illustrative } policy { id name nameEn }
              totalCount pageInfo { hasNextPage endCursor } summary { applies possibly doesNotApply }
              nodes { number status measure { id number name nameEn }
                routes { key zh en status
                  criteria { outcome reasonZh reasonEn citedStart
                    criterion { id condition basis citedText zh en missIsUnknown }
                    evidence { id kind name role } } }
                support { relation quote node { id kind name nameEn } }
                responsibleBodies { id name nameEn shortName } } } }""";

    /** Journey operations: name → (field, argument). */
    static final Map<String, String[]> JOURNEYS = Map.of(
            "investorMatches", new String[] {"investorMatches", "investorId"},
            "partnerMatches", new String[] {"partnerMatches", "institutionId"},
            "institutionMatches", new String[] {"institutionMatches", "enterpriseId"},
            "candidateMatches", new String[] {"candidateMatches", "positionId"},
            "positionMatches", new String[] {"positionMatches", "talentId"},
            "similar", new String[] {"similar", "id"});

    /** The matching operations in report order. */
    static final List<String> MATCHING = List.of(
            "investorMatches",
            "partnerMatches",
            "institutionMatches",
            "candidateMatches",
            "positionMatches",
            "similar",
            "connections",
            "policyMatches");

    static Operations of(String name) {
        Variables query = f -> "{\"q\":" + GraphQlClient.json(f[0]) + "}";
        Variables id = f -> "{\"id\":" + GraphQlClient.json(f[0]) + "}";
        return switch (name) {
            case "search" -> new Operations(name, SEARCH, query, null);
            case "searchFull" -> new Operations(name, SEARCH_FULL, query, null);
            case "searchUncached" -> new Operations(name, SEARCH_UNCACHED, query, null);
            case "baseline" -> new Operations(name, BASELINE, query, null);
            case "suggest" -> new Operations(name, SUGGEST, query, null);
            case "baselineSuggest" -> new Operations(name, BASELINE_SUGGEST, query, null);
            case "connections" -> new Operations(
                    name,
                    CONNECTIONS,
                    f -> "{\"from\":" + GraphQlClient.json(f[0]) + ",\"to\":" + GraphQlClient.json(f[1]) + "}",
                    "\"totalCount\":0");
            case "policyMatches" -> new Operations(name, POLICY_MATCHES, id, "\"totalCount\":0");
            default -> {
                String[] journey = JOURNEYS.get(name);
                if (journey == null) {
                    throw new IllegalArgumentException("unknown --op " + name);
                }
                yield new Operations(
                        name,
                        "query($id: ID!) { %s(%s: $id, first: 10) { %s } }".formatted(journey[0], journey[1], MATCH_FIELDS),
                        id,
                        "\"totalCount\":0");
            }
        };
    }
}
