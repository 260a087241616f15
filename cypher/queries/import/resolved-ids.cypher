// Which of the ids an import names an analyst has resolved into other entities since (judged
// duplicates), what each now is (the end of its chain of resolutions), and whether the importer
// may see that entity.
// $ids: [string]  $markings: [string]
UNWIND $ids AS id
MATCH (d:Resolved {id: id}) ((x)-[s:SAME_AS]->(y))+ (e:Entity)
RETURN id, e.id AS survivor, e.kind AS kind, e.marking IN $markings AS visible
