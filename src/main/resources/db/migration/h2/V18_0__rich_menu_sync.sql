-- richmenu module: one row, the channel's rich menu as LINE has it (the menu's hash and LINE's id, when it was last
-- made default) and a lease so that one process at a time talks to LINE about it (holder until lease_until)
CREATE TABLE rich_menu_sync (
    id           INT          NOT NULL PRIMARY KEY,
    holder       VARCHAR(64),
    lease_until  TIMESTAMP(6) WITH TIME ZONE,
    menu_hash    VARCHAR(64),
    rich_menu_id VARCHAR(100),
    synced_at    TIMESTAMP(6) WITH TIME ZONE
);
INSERT INTO rich_menu_sync (id) VALUES (1);
