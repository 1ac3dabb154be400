-- What is read in a free-text answer (language, sentiment, themes, tokens, content
-- terms) and the person key of a nomination, stored with the answer.
alter table answer
    add column text_language varchar(8),
    add column sentiment     varchar(8) check (sentiment in ('POSITIVE', 'NEGATIVE', 'NEUTRAL')),
    add column themes        varchar(48)[],
    add column tokens        text[],
    add column terms         text[],
    add column person_key    varchar(200);
