-- The two functions every summary calls plan their queries once per connection and keep
-- the plans. PL/pgSQL plans a query with its parameters' values each time until a plan
-- for any values is estimated no dearer, and for these queries it never is: a booth's
-- summary spent about 0.4 ms planning for every 0.1 to 0.5 ms of reading (0.85 ms in
-- rollup_group_counts, 0.4 ms in rollup_stored_facets). Every branch reads by the leading
-- columns of an index (a booth's runs, a place's roll-up rows), so the plan for any
-- values is the plan for each: measured on the India-scale data, the kept plans were as
-- fast or faster at every level (booth, assembly, district, state, India).
alter function rollup_group_counts(bigint[], varchar) set plan_cache_mode = force_generic_plan;
alter function rollup_stored_facets(bigint[], varchar) set plan_cache_mode = force_generic_plan;
