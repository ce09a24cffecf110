// The three trees documents are filtered by, with parents (and the regions each zone overlaps).
MATCH (n:Region|Technology|ChainSegment)
RETURN n.id AS id, n.name AS name,
  [x IN [n.nameEn] + coalesce(n.aliases, []) WHERE x IS NOT NULL] AS otherNames,
  [(n)-[:PART_OF|BROADER]->(p) WHERE p:Region OR p:Technology OR p:ChainSegment | p.id] AS parents,
  [(n)-[:OVERLAPS]->(r:Region) | r.id] AS overlaps
