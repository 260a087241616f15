// Candidates found in a document, for review; ids are derived from the document and position,
// so writing them again changes nothing.
// $candidates: [map]
UNWIND $candidates AS candidate
MERGE (c:Candidate {id: candidate.id})
ON CREATE SET c = candidate
RETURN count(c) AS written
