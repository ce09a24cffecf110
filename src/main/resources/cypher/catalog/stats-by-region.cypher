// The sub-regions of a region (zones left out: they overlap cities and would count actors twice), with the
// distinct actors located in each or in any region inside it.
MATCH (c:Region)-[:PART_OF]->(:Region {id: $regionId})
WHERE coalesce(c.level, '') <> 'zone'
RETURN c AS region,
       COUNT { MATCH (a:Entity) WHERE EXISTS { MATCH (a)-[:LOCATED_IN]->(:Region)-[:PART_OF*0..4]->(c) } } AS count,
       COUNT { MATCH (a:Enterprise) WHERE EXISTS { MATCH (a)-[:LOCATED_IN]->(:Region)-[:PART_OF*0..4]->(c) } } AS enterprises
ORDER BY count DESC, c.id
