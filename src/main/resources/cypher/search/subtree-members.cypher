// When a node of a tree (region, technology, chain segment) or a link between them changes, every document that
// expands ancestors through it may change: the sub-tree's nodes (zones: what they overlap) and whatever links into it.
UNWIND $ids AS id
MATCH (t:Entity {id: id}) WHERE t:Region OR t:Technology OR t:ChainSegment
CALL (t) {
  MATCH (d)-[:PART_OF|BROADER*0..8]->(t) RETURN d
  UNION
  MATCH (t)-[:OVERLAPS]->(:Region)<-[:PART_OF*0..8]-(d) RETURN d
}
WITH DISTINCT d
CALL (d) {
  RETURN d AS m
  UNION
  MATCH (m:Entity)-[:LOCATED_IN|DEVELOPS|RESEARCHES|HAS_SKILL|USES_TECHNOLOGY|COVERS|REQUIRES_SKILL|FOCUSES_ON|IN_SEGMENT]->(d)
  RETURN m
}
WITH DISTINCT m LIMIT $limit
RETURN m.id AS id
