// The taxonomies matching holds in memory (Taxonomies): every technology with its broader terms and chain segments,
// every scenario with its domain, every chain segment with its tier and parent, every region with its parents, every
// policy measure with the scenarios it addresses and the regions it applies in; and the change-log sequence they are
// current at. A few thousand nodes even in a graph of a million.
CALL () {
  MATCH (t:Technology)
  RETURN collect([t.id, t.name, coalesce(t.nameEn, t.name), [(t)-[:BROADER]->(b:Technology) | b.id],
                  [(t)-[:IN_SEGMENT]->(c:ChainSegment) | c.id]]) AS techs
}
CALL () {
  MATCH (s:Scenario)
  RETURN collect([s.id, s.name, coalesce(s.nameEn, s.name), s.domain]) AS scenarios
}
CALL () {
  MATCH (c:ChainSegment)
  RETURN collect([c.id, c.name, coalesce(c.nameEn, c.name), c.tier, [(c)-[:PART_OF]->(p:ChainSegment) | p.id][0]])
    AS segments
}
CALL () {
  MATCH (r:Region)
  RETURN collect([r.id, r.name, coalesce(r.nameEn, r.name), [(r)-[:PART_OF]->(p:Region) | p.id]]) AS regions
}
CALL () {
  MATCH (m:Measure)
  RETURN collect([m.id, m.name, coalesce(m.nameEn, m.name), [(m)-[:ADDRESSES]->(d:Scenario) | d.id],
                  [(m)-[:APPLIES_IN]->(r:Region) | r.id]]) AS measures
}
OPTIONAL MATCH (q:Sequence {name: 'changes'})
RETURN coalesce(q.value, 0) AS sequence, techs, scenarios, segments, regions, measures
