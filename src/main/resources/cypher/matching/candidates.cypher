// Candidates for one request from bounded sources: holders of the source's technologies (and of their broader and
// narrower terms, $techs giving for each how many steps down to follow), servers of its scenarios, and the partners of its partners (co-investors' holdings included;
// colleagues and an employer's other positions are left out: the same organisation is never proposed).
// Each source node contributes at most $perSource candidates; the most often reached come first. Kinds to propose
// and the relationship types that reach them are formatted in from the model (never from input), so that a hub
// technology's thousands of skilled people are not walked when enterprises are wanted; opted-out actors and talent
// without consent never come back. Seeds are found through the id index (`:Entity`), not by scanning their label.
// Returns the ids (the text candidates $text first, then those found here) with the change log's sequence, which
// tells the profile cache which taxonomies the profiles must be built on (see ProfileCache).
CALL () {
  UNWIND $techs AS seed
  MATCH (s:Entity {id: seed.id})
  WHERE s:Technology
  MATCH p = (s)<-[:BROADER*0..2]-(t:Technology)
  WHERE length(p) <= seed.down
  WITH DISTINCT t
  CALL (t) {
    MATCH (t)<-[:%TECH_TYPES%]-(c:Entity)
    WHERE (%KINDS%) AND coalesce(c.optedOut, false) = false AND (NOT c:Talent OR c.consentToMatch = true)
    RETURN c LIMIT $perSource
  }
  RETURN c.id AS id
  UNION ALL
  UNWIND $scenarios AS sid
  MATCH (s:Entity {id: sid})
  WHERE s:Scenario
  CALL (s) {
    MATCH (s)<-[:SERVES|FOCUSES_ON]-(c:Entity)
    WHERE (%KINDS%) AND coalesce(c.optedOut, false) = false AND (NOT c:Talent OR c.consentToMatch = true)
    RETURN c LIMIT $perSource
  }
  RETURN c.id AS id
  UNION ALL
  UNWIND $partners AS pid
  MATCH (p:Entity {id: pid})
  CALL (p) {
    MATCH (p)-[:COLLABORATES_WITH|SUPPLIES|AFFILIATED_WITH|INVESTED_IN|RUNS|TRIALS_AT|LICENSED_TO]-(c:Entity)
    WHERE (%KINDS%) AND coalesce(c.optedOut, false) = false AND (NOT c:Talent OR c.consentToMatch = true)
    RETURN c LIMIT $perSource
  }
  RETURN c.id AS id
}
WITH id, count(*) AS reached
WHERE id <> $source
WITH id ORDER BY reached DESC, id LIMIT $limit
WITH collect(id) AS found
WITH $text + [f IN found WHERE NOT f IN $text] AS ids
OPTIONAL MATCH (q:Sequence {name: 'changes'})
RETURN ids, coalesce(q.value, 0) AS sequence
