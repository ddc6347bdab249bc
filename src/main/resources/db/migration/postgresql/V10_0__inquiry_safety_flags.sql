-- safety net: the tiers its answers were given for in an inquiry's transcript (EMERGENCY, CRISIS, URGENT, DISASTER),
-- comma-separated, most serious first; on the inquiry (the counsellors' flag) and on each family message that had one
ALTER TABLE inquiry ADD COLUMN safety_flags VARCHAR(100);
ALTER TABLE inquiry_message ADD COLUMN safety_flags VARCHAR(100);
