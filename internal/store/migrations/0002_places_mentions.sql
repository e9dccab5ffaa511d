-- Where each document places an entity: the place that holds it (Danang ->
-- Vietnam), whether the text says so or the gazetteer knows it, and the
-- sentence of the entity's first mention in that document. The container a
-- query gives is the one of the document that sorts first by name and
-- hash, whatever the order of ingest (graph.Entities does the same).
CREATE TABLE entity_places (
    entity_id   BIGINT NOT NULL REFERENCES entities(id),
    document_id BIGINT NOT NULL REFERENCES documents(id),
    container   TEXT NOT NULL,
    via         TEXT NOT NULL,          -- text, gazetteer
    sent_start  INTEGER NOT NULL,       -- byte offsets of the sentence in the source file
    sent_end    INTEGER NOT NULL,
    sent_text   TEXT NOT NULL,
    PRIMARY KEY (entity_id, document_id)
);

-- A store made by schema 1 kept one container per entity: it becomes the
-- word of the first document that mentions the place (its sentence text
-- was not kept).
INSERT INTO entity_places (entity_id, document_id, container, via, sent_start, sent_end, sent_text)
SELECT e.id, m.document_id, e.container, 'text', m.sent_start, m.sent_end, ''
FROM entities e JOIN mentions m ON m.entity_id = e.id
WHERE e.container <> '' AND e.type = 'LOCATION'
  AND m.document_id = (SELECT MIN(m2.document_id) FROM mentions m2 WHERE m2.entity_id = e.id)
  AND m.start_off = (SELECT MIN(m3.start_off) FROM mentions m3 WHERE m3.entity_id = e.id AND m3.document_id = m.document_id);

-- How many times each report mentions its event (the trigger and its
-- coreferent mentions): the graph's event nodes count them. A schema-1
-- report counts one.
ALTER TABLE event_sources ADD COLUMN mentions INTEGER NOT NULL DEFAULT 1;
