// What the search index keeps of a batch of nodes: the node, its direct links to the trees (regions, technologies,
// chain segments) and the names of its neighbours. Ancestors are expanded in Java from the trees, loaded once, which
// keeps this query to index lookups and one hop. Talent names are personal: never read here. Matchmaking records
// (MET, DECLINED, CONFLICT_OF_INTEREST) say who dealt with whom: not searchable, and not counted as links.
// Only the properties documents are made of travel: not a talent's name, not what other features keep on a node.
// Which properties are filled (keys) is enough for completeness.
UNWIND $ids AS id
MATCH (n:Entity {id: id})
RETURN labels(n) AS labels, keys(n) AS keys,
  n {.id, name: CASE WHEN n:Talent THEN null ELSE n.name END, .nameEn, .shortName, .title, .aliases, .headline,
     .description, .descriptionEn, .text, .field, .number, .stages, .stage, .qualifications, .deviceClass} AS n,
  // What has no place of its own (a product, patent, data set; a project or post without one) is where its maker,
  // owner or runner is: 「南昌 植入式」 means implants made in Nanchang too.
  CASE WHEN EXISTS { (n)-[:LOCATED_IN]->(:Region) } THEN [(n)-[:LOCATED_IN]->(r:Region) | r.id]
    ELSE [(n)<-[:MAKES|OWNS|RUNS|POSTS]-(:Entity)-[:LOCATED_IN]->(r:Region) | r.id][..10] END AS regions,
  [(n)-[:DEVELOPS|RESEARCHES|HAS_SKILL|USES_TECHNOLOGY|COVERS|REQUIRES_SKILL|FOCUSES_ON]->(t:Technology) | t.id] AS technologies,
  [(n)-[:IN_SEGMENT|FOCUSES_ON]->(s:ChainSegment) | s.id] AS segments,
  COLLECT {
    MATCH (n)-[r]-(m:Entity) WHERE NOT m:Talent AND NOT type(r) IN ['MET', 'DECLINED', 'CONFLICT_OF_INTEREST']
    WITH DISTINCT m LIMIT 200
    UNWIND [m.name, m.nameEn, m.shortName] + coalesce(m.aliases, []) AS text
    WITH text WHERE text IS NOT NULL
    RETURN DISTINCT text
  } AS neighbourNames,
  COUNT { (n)-[r]-(:Entity) WHERE NOT type(r) IN ['MET', 'DECLINED', 'CONFLICT_OF_INTEREST'] } AS degree
