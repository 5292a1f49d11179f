-- Who made each engine deployment, and whether it may use what only administrators may deploy (Java classes).
-- Written by the deploy-time check in the deployment's own transaction; read again whenever the engine parses
-- the deployment (start-up, cache misses, another node).
create table slrt.deployment_trust (
    deployment_id varchar(64) primary key,
    deployed_by   varchar(255),
    trusted       boolean not null,
    deployed_at   timestamptz not null
);
