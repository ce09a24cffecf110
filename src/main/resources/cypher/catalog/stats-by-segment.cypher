// Every chain segment in chain order, with the enterprises and products in it or in its sub-segments.
// Empty segments are kept: the home page shows them as gaps in the chain.
MATCH (s:ChainSegment)
OPTIONAL MATCH (s)-[:PART_OF]->(parent:ChainSegment)
WITH s, parent
ORDER BY coalesce(parent.order, s.order, 0), CASE WHEN parent IS NULL THEN 0 ELSE 1 END, coalesce(s.order, 0), s.id
RETURN s AS segment,
       coalesce(s.tier, parent.tier) AS tier,
       parent.id AS parentId,
       COUNT { MATCH (:Enterprise)-[:IN_SEGMENT]->(:ChainSegment)-[:PART_OF*0..4]->(s) } AS enterprises,
       COUNT { MATCH (:Product)-[:IN_SEGMENT]->(:ChainSegment)-[:PART_OF*0..4]->(s) } AS products
