-- conversation module: the language a family reads (ja, ja-easy = やさしい日本語, en). Taken once from their LINE
-- profile (language null: LINE gave none or could not be reached after `attempts` tries: Japanese), or chosen by
-- the family with the ことば / Language switch (chosen = true wins over the profile). Erased with the family's data,
-- kept as long as their conversation.
CREATE TABLE family_language (
    user_id     VARCHAR(80)  NOT NULL PRIMARY KEY,
    language    VARCHAR(12),
    chosen      BOOLEAN      NOT NULL DEFAULT FALSE,
    attempts    INT          NOT NULL DEFAULT 0,
    updated_at  TIMESTAMP(6) WITH TIME ZONE NOT NULL
);
