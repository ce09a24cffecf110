// Everything the search index keeps of a batch of nodes. Ancestors are expanded here so that a filter on a province,
// a broad technology or a chain tier is one term lookup in Lucene. Talent names are personal: never read here.
UNWIND $ids AS id
MATCH (n:Entity {id: id})
RETURN n,
  COLLECT {
    MATCH (n)-[:LOCATED_IN]->(:Region)-[:PART_OF*0..6]->(a:Region) RETURN a.id AS r
    UNION MATCH (n:Region)-[:PART_OF*0..6]->(a:Region) RETURN a.id AS r
    UNION MATCH (n)-[:LOCATED_IN]->(:Region)-[:PART_OF*0..6]->(:Region)<-[:OVERLAPS]-(z:Region) RETURN z.id AS r
    UNION MATCH (n)-[:LOCATED_IN]->(z:Region) RETURN z.id AS r
  } AS regions,
  COLLECT {
    MATCH (n)-[:DEVELOPS|RESEARCHES|HAS_SKILL|USES_TECHNOLOGY|COVERS|REQUIRES_SKILL|FOCUSES_ON]->(:Technology)
          -[:BROADER*0..8]->(a:Technology) RETURN a.id AS t
    UNION MATCH (n:Technology)-[:BROADER*0..8]->(a:Technology) RETURN a.id AS t
  } AS technologies,
  COLLECT {
    MATCH (n)-[:IN_SEGMENT|FOCUSES_ON]->(:ChainSegment)-[:PART_OF*0..4]->(a:ChainSegment) RETURN a.id AS s
    UNION MATCH (n:ChainSegment)-[:PART_OF*0..4]->(a:ChainSegment) RETURN a.id AS s
  } AS segments,
  COLLECT {
    MATCH (n)-[]-(m:Entity) WHERE NOT m:Talent
    WITH DISTINCT m LIMIT 200
    UNWIND [m.name, m.nameEn, m.shortName] + coalesce(m.aliases, []) AS text
    WITH text WHERE text IS NOT NULL
    RETURN DISTINCT text
    UNION MATCH (n)-[:LOCATED_IN]->(:Region)-[:PART_OF*0..6]->(a:Region) RETURN a.name AS text
  } AS neighbourNames,
  COUNT { (n)--(:Entity) } AS degree
