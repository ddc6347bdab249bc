-- H2 only. H2 keeps each statement's plan per connection (its query cache), so a plan made while a table was still
-- empty - the first minutes of a new bot - would stay for good. On an empty table H2's cost model cannot tell that a
-- status column has few distinct values, and it picked the status index over the primary key for statements such as
-- "UPDATE ... WHERE id = ? AND status = 'PENDING'" (reading every pending row instead of one). Declaring the status
-- columns' low selectivity up front gives empty tables the plans that grown tables get; ANALYZE (run by H2 as tables
-- grow) replaces these numbers with measured ones, which are just as low. Checked by H2PlansTest.
ALTER TABLE line_inbox_event ALTER COLUMN status SELECTIVITY 1;
ALTER TABLE line_outbox_batch ALTER COLUMN status SELECTIVITY 1;
ALTER TABLE inquiry ALTER COLUMN status SELECTIVITY 1;
ALTER TABLE inquiry ALTER COLUMN center SELECTIVITY 1;
