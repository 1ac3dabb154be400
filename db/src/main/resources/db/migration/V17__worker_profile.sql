-- A worker's optional self-reported profile, used only in aggregates: age band (youth
-- is 18 to 35), gender, social category and whether they belong to a minority. Null
-- means not told.
alter table worker
    add column age_band        varchar(8)  check (age_band in ('18-35', '36-50', '51+')),
    add column gender          varchar(8)  check (gender in ('FEMALE', 'MALE', 'OTHER')),
    add column social_category varchar(8)  check (social_category in ('SC', 'ST', 'OBC', 'GENERAL')),
    add column minority        boolean;
