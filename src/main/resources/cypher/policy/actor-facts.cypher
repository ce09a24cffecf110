// Everything policy criteria check about one actor, in one statement (bounded lists: criteria need a few facts, not all).
MATCH (a:Entity {id: $id})
RETURN a,
  [(a)-[:LOCATED_IN]->(r:Region) | {
      id: r.id, name: r.name,
      within: [(r)-[:PART_OF*0..6]->(x:Region) | {id: x.id, name: x.name}],
      overlappedBy: [(r)<-[:PART_OF*0..3]-(:Region)<-[:OVERLAPS]-(z:Region) | {id: z.id, name: z.name}]
  }][..20] AS places,
  ([(a)-[:DEVELOPS|RESEARCHES|HAS_SKILL|USES_TECHNOLOGY|FOCUSES_ON]->(t:Technology) | {
      id: t.id, name: t.name, up: [(t)-[:BROADER*0..10]->(b:Technology) | b.id]}][..50]
   + [(a)-[:MAKES|RUNS]->()-[:USES_TECHNOLOGY]->(t:Technology) | {
      id: t.id, name: t.name, up: [(t)-[:BROADER*0..10]->(b:Technology) | b.id]}][..50]) AS technologies,
  ([(a)-[:SERVES|FOCUSES_ON]->(s:Scenario) | {id: s.id, name: s.name, domain: s.domain}][..50]
   + [(a)-[:MAKES|RUNS]->()-[:SERVES]->(s:Scenario) | {id: s.id, name: s.name, domain: s.domain}][..50]) AS scenarios,
  ([(a)-[:IN_SEGMENT|FOCUSES_ON]->(c:ChainSegment) | {
      id: c.id, name: c.name, up: [(c)-[:PART_OF*0..4]->(x:ChainSegment) | x.id]}][..50]
   + [(a)-[:MAKES|RUNS]->()-[:IN_SEGMENT]->(c:ChainSegment) | {
      id: c.id, name: c.name, up: [(c)-[:PART_OF*0..4]->(x:ChainSegment) | x.id]}][..50]) AS segments,
  [(a)-[:MAKES]->(p:Product) | {
      id: p.id, name: p.name, deviceClass: p.deviceClass, registrationStatus: p.registrationStatus,
      clinicalTrialPhase: p.clinicalTrialPhase}][..100] AS products,
  ([(a)-[:MAKES|RUNS]->(x)-[:TRIALS_AT]->(i:Institution) | {
      subjectId: x.id, subjectName: x.name, siteId: i.id, siteName: i.name}][..50]
   + [(a)-[:TRIALS_AT]->(i:Institution) | {subjectId: a.id, subjectName: a.name, siteId: i.id, siteName: i.name}][..50]
   + [(x)-[:TRIALS_AT]->(a) | {subjectId: x.id, subjectName: x.name, siteId: a.id, siteName: a.name}][..50]) AS trials,
  [(a)-[:LEADS]->(p:Project) | {id: p.id, name: p.name}][..50] AS ledProjects
