-- line module: which process claimed a batch being sent (several processes on PostgreSQL; H2 leaves it empty)
ALTER TABLE line_outbox_batch ADD COLUMN claimed_by INT;
