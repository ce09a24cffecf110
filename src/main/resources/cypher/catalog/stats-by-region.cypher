// The children of a region with the actors located in each (its own sub-regions included).
MATCH (c:Region)-[:PART_OF]->(:Region {id: $regionId})
RETURN c AS region,
       COUNT { MATCH (a:Entity)-[:LOCATED_IN]->(:Region)-[:PART_OF*0..4]->(c) } AS count,
       COUNT { MATCH (a:Enterprise)-[:LOCATED_IN]->(:Region)-[:PART_OF*0..4]->(c) } AS enterprises
ORDER BY count DESC, c.id
