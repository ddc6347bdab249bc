-- line module: which process claimed a batch being sent (its advisory lock tells whether it is alive: LiveInstances)
ALTER TABLE line_outbox_batch ADD COLUMN claimed_by INT;
