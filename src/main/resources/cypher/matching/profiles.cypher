// What matching scores with, for a batch of actors (the source, or the candidates of one request): technologies with
// their broader terms (for partial matches), scenarios, chain segments, regions with their ancestors, organisations,
// partners, matchmaking records and the measures that concern them. Every list is bounded, so a hub costs about as
// much as a small actor. Talent names are never read here (a person appears by headline). Co-investors are read for
// the source only ($source), since only the source's are compared.
UNWIND $ids AS id
MATCH (n:Entity {id: id})
RETURN n.id AS id,
  [l IN labels(n) WHERE l <> 'Entity'][0] AS label,
  CASE WHEN n:Talent THEN coalesce(n.headline, n.id) ELSE n.name END AS name,
  CASE WHEN n:Talent THEN n.headline ELSE coalesce(n.nameEn, n.name) END AS nameEn,
  n {.stage, .stages, .ticketMinWan, .ticketMaxWan, .fundingSoughtWan, .degree, .degreeRequired, .yearsExperience,
     .yearsRequired, .consentToMatch, .optedOut, .size, .status, .seeks, .trl} AS props,
  COLLECT {
    MATCH (n)-[r:DEVELOPS|RESEARCHES|HAS_SKILL|USES_TECHNOLOGY|REQUIRES_SKILL|FOCUSES_ON]->(t:Technology)
    RETURN {id: t.id, name: t.name, nameEn: coalesce(t.nameEn, t.name), rel: type(r),
            mandatory: coalesce(r.mandatory, false),
            up: [p = (t)-[:BROADER*1..3]->(a:Technology) | [a.id, length(p)]]} AS tech
    LIMIT 60
  } AS techs,
  COLLECT {
    MATCH (n)-[r1:OWNS|MAKES|RUNS]->(x:Entity)-[r2:USES_TECHNOLOGY|COVERS]->(t:Technology)
    WHERE NOT x:Patent OR x.licensable = true
    RETURN {id: t.id, name: t.name, nameEn: coalesce(t.nameEn, t.name), rel: type(r2), viaRel: type(r1),
            via: x.id, viaName: x.name, viaLabel: [l IN labels(x) WHERE l <> 'Entity'][0],
            up: [p = (t)-[:BROADER*1..3]->(a:Technology) | [a.id, length(p)]]} AS tech
    LIMIT 40
  } + COLLECT {
    MATCH (n:Institution)<-[:WORKS_AT]-(x:Talent)-[r2:HAS_SKILL]->(t:Technology)
    RETURN {id: t.id, name: t.name, nameEn: coalesce(t.nameEn, t.name), rel: type(r2), viaRel: 'WORKS_AT<',
            via: x.id, viaName: coalesce(x.headline, x.id), viaLabel: 'Talent',
            up: [p = (t)-[:BROADER*1..3]->(a:Technology) | [a.id, length(p)]]} AS tech
    LIMIT 30
  } AS viaTechs,
  COLLECT {
    MATCH (n)-[r:SERVES|FOCUSES_ON]->(s:Scenario)
    RETURN {id: s.id, name: s.name, nameEn: coalesce(s.nameEn, s.name), domain: s.domain, rel: type(r)} AS s
    LIMIT 40
  } + COLLECT {
    MATCH (n)-[r1:MAKES|RUNS]->(x:Entity)-[:SERVES]->(s:Scenario)
    RETURN {id: s.id, name: s.name, nameEn: coalesce(s.nameEn, s.name), domain: s.domain, rel: 'SERVES', viaRel: type(r1),
            via: x.id, viaName: x.name, viaLabel: [l IN labels(x) WHERE l <> 'Entity'][0]} AS s
    LIMIT 20
  } AS scenarios,
  COLLECT {
    MATCH (n)-[r:IN_SEGMENT|FOCUSES_ON]->(c:ChainSegment)
    RETURN {id: c.id, name: c.name, nameEn: coalesce(c.nameEn, c.name), tier: c.tier, rel: type(r),
            parent: [(c)-[:PART_OF]->(p:ChainSegment) | p.id][0]} AS c
    LIMIT 20
  } + COLLECT {
    MATCH (n)-[r1:DEVELOPS|RESEARCHES|HAS_SKILL|USES_TECHNOLOGY|REQUIRES_SKILL|MAKES]->(x:Entity)-[:IN_SEGMENT]->(c:ChainSegment)
    WITH c, min([type(r1), x.id, x.name, [l IN labels(x) WHERE l <> 'Entity'][0]]) AS via
    RETURN {id: c.id, name: c.name, nameEn: coalesce(c.nameEn, c.name), tier: c.tier, rel: 'IN_SEGMENT',
            parent: [(c)-[:PART_OF]->(p:ChainSegment) | p.id][0],
            viaRel: via[0], via: via[1], viaName: via[2], viaLabel: via[3]} AS c
    LIMIT 20
  } AS segments,
  COLLECT {
    MATCH (n)-[:LOCATED_IN]->(r:Region)
    RETURN {id: r.id, name: r.name, nameEn: coalesce(r.nameEn, r.name), level: r.level,
            up: [p = (r)-[:PART_OF*1..3]->(a:Region) | a.id]} AS r
    LIMIT 4
  } AS regions,
  COLLECT {
    MATCH (n)-[:TARGETS_REGION]->(r:Region)
    RETURN {id: r.id, name: r.name, nameEn: coalesce(r.nameEn, r.name), level: r.level, up: []} AS r
    LIMIT 30
  } AS targetRegions,
  CASE WHEN n:Enterprise OR n:Institution OR n:Investor
    THEN [{id: n.id, name: n.name, optedOut: coalesce(n.optedOut, false)}] ELSE [] END
  + [(n)<-[:RUNS|POSTS]-(o:Entity) | {id: o.id, name: o.name, optedOut: coalesce(o.optedOut, false)}]
  + [(n)-[w:WORKS_AT]->(o:Entity) WHERE coalesce(w.current, true) | {id: o.id, name: o.name, optedOut: coalesce(o.optedOut, false)}]
  + [(n)-[:AFFILIATED_WITH]-(o:Entity) WHERE n:Enterprise OR n:Institution | {id: o.id, name: o.name, optedOut: coalesce(o.optedOut, false)}]
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
    RETURN {id: p.id, name: p.name, label: [l IN labels(p) WHERE l <> 'Entity'][0], rel: type(r),
            degree: COUNT { (p)--() }} AS p
    LIMIT 60
    UNION
    MATCH (n)-[r:WORKS_AT]->(p:Entity)
    RETURN {id: p.id, name: p.name, label: [l IN labels(p) WHERE l <> 'Entity'][0], rel: type(r),
            degree: COUNT { (p)--() }} AS p
    UNION
    MATCH (n)<-[r:POSTS]-(p:Entity)
    RETURN {id: p.id, name: p.name, label: [l IN labels(p) WHERE l <> 'Entity'][0], rel: type(r),
            degree: COUNT { (p)--() }} AS p
  } AS partners,
  COLLECT {
    MATCH (n:Investor)-[:INVESTED_IN]->(x:Entity)<-[:INVESTED_IN]-(i:Investor)
    WHERE $source AND i <> n
    WITH i, min([x.id, x.name, [l IN labels(x) WHERE l <> 'Entity'][0]]) AS via
    RETURN {id: i.id, name: i.name, via: via[0], viaName: via[1], viaLabel: via[2], degree: COUNT { (i)--() }} AS i
    LIMIT 40
  } AS coInvestors,
  COLLECT {
    MATCH (n)-[:SERVES|FOCUSES_ON]->(s:Scenario), (m:Measure)-[:ADDRESSES]->(d:Scenario)
    WHERE d = s OR d.domain = s.domain
    WITH m, min([s.id, s.name, d.id, d.name]) AS via
    RETURN {id: m.id, name: m.name, nameEn: coalesce(m.nameEn, m.name), scope: 'scenario',
            via: via[0], viaName: via[1], target: via[2], targetName: via[3]} AS m
    UNION
    MATCH (n)-[:LOCATED_IN]->(r:Region)<-[:APPLIES_IN]-(m:Measure)
    RETURN {id: m.id, name: m.name, nameEn: coalesce(m.nameEn, m.name), scope: 'region',
            via: r.id, viaName: r.name, target: r.id, targetName: r.name} AS m
  } AS measures,
  COUNT { (n)--() } AS degree
