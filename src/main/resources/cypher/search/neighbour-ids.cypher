// The nodes whose documents copy the names of the given nodes: their direct neighbours.
UNWIND $ids AS id
MATCH (:Entity {id: id})--(m:Entity)
RETURN DISTINCT m.id AS id
