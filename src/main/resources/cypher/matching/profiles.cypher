// What matching scores with, for a batch of actors (the source, or the candidates of one request), as ids: the
// technologies, scenarios, chain segments and regions linked directly (in `links`, one expansion), those reached
// through the actor's products, projects, licensable patents and data sets and, for an institution, its people's
// skills, its organisations, partners, matchmaking records and, for the source ($isSource), its co-investors. Names,
// broader terms, domains, tiers and the measures that concern a scenario or region come from the in-memory
// taxonomies (Taxonomies), the names of other nodes only for the page shown; the change log's sequence comes with
// every row so the taxonomies can be brought up to date. Every list is bounded, so a hub costs about as much as a
// small actor. Talent names are never read here. It continues a statement that has the ids in `ids` (a plain
// `WITH $ids AS ids`, or the candidate search of candidates.cypher).
OPTIONAL MATCH (q:Sequence {name: 'changes'})
WITH coalesce(q.value, 0) AS sequence, ids
UNWIND ids AS id
MATCH (n:Entity {id: id})
RETURN n.id AS id, sequence,
  n {.stage, .stages, .ticketMinWan, .ticketMaxWan, .fundingSoughtWan, .degree, .degreeRequired, .yearsExperience,
     .yearsRequired, .consentToMatch, .optedOut, .size, .status, .seeks, .trl} AS props,
  COLLECT {
    MATCH (n)-[r:DEVELOPS|RESEARCHES|HAS_SKILL|USES_TECHNOLOGY|REQUIRES_SKILL|FOCUSES_ON|SERVES|IN_SEGMENT|LOCATED_IN|TARGETS_REGION]->(x)
    RETURN [type(r), x.id, coalesce(r.mandatory, false)] AS link
    LIMIT 400
  } AS links,
  COLLECT {
    MATCH (n)-[r1:OWNS|MAKES|RUNS]->(x:Entity)-[r2:USES_TECHNOLOGY|COVERS]->(t:Technology)
    WHERE NOT x:Patent OR x.licensable = true
    RETURN [type(r1), x.id, type(r2), t.id] AS tech
    LIMIT 40
  } AS viaTechs,
  COLLECT {
    MATCH (n:Institution)<-[:WORKS_AT]-(x:Talent)-[:HAS_SKILL]->(t:Technology)
    RETURN [x.id, t.id] AS tech
    LIMIT 30
  } AS people,
  COLLECT {
    MATCH (n)-[r1:MAKES|RUNS]->(x:Entity)-[:SERVES]->(s:Scenario)
    RETURN [type(r1), x.id, s.id] AS s
    LIMIT 20
  } AS viaScenarios,
  COLLECT {
    MATCH (n)-[:MAKES]->(x:Entity)-[:IN_SEGMENT]->(c:ChainSegment)
    WITH c, min(x.id) AS via
    RETURN [c.id, via] AS c
  } AS productSegments,
  [(n)<-[:RUNS|POSTS]-(o:Entity) | [o.id, coalesce(o.optedOut, false)]]
  + [(n)-[w:WORKS_AT]->(o:Entity) WHERE coalesce(w.current, true) | [o.id, coalesce(o.optedOut, false)]]
  + [(n)-[:AFFILIATED_WITH]-(o:Entity) WHERE n:Enterprise OR n:Institution | [o.id, coalesce(o.optedOut, false)]]
    AS orgs,
  COLLECT {
    MATCH (n)-[r:MET|DECLINED|CONFLICT_OF_INTEREST]-(x:Entity)
    RETURN x.id AS x
    UNION
    MATCH (n)<-[:RUNS|POSTS]-(:Entity)-[r:MET|DECLINED|CONFLICT_OF_INTEREST]-(x:Entity)
    RETURN x.id AS x
    UNION
    MATCH (n)-[:WORKS_AT]->(:Entity)-[r:MET|DECLINED|CONFLICT_OF_INTEREST]-(x:Entity)
    RETURN x.id AS x
  } AS records,
  COLLECT {
    MATCH (n)-[r:COLLABORATES_WITH|SUPPLIES|AFFILIATED_WITH|INVESTED_IN|RUNS|TRIALS_AT|LICENSED_TO]-(p:Entity)
    RETURN [p.id, type(r), COUNT { (p)--() }] AS p
    LIMIT 60
    UNION
    MATCH (n)-[r:WORKS_AT]->(p:Entity)
    RETURN [p.id, type(r), COUNT { (p)--() }] AS p
    UNION
    MATCH (n)<-[r:POSTS]-(p:Entity)
    RETURN [p.id, type(r), COUNT { (p)--() }] AS p
  } AS partners,
  COLLECT {
    MATCH (n:Investor)-[:INVESTED_IN]->(x:Entity)<-[:INVESTED_IN]-(i:Investor)
    WHERE $isSource AND i <> n
    WITH i, min(x.id) AS via
    RETURN [i.id, via, COUNT { (i)--() }] AS i
    LIMIT 40
  } AS coInvestors
