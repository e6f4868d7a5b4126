-- campaign (集中排查): the yearly collective screening of every rural household in a scope, its phases, who screens
-- which household, and the screening form (排查表) per household.

create table campaign (
    id            bigserial    primary key,
    name          varchar(100) not null,
    year          int          not null check (year between 2020 and 2100),
    -- the root of the scope (a county, or a township for a township's own campaign)
    region_code   varchar(12)  not null,
    -- the profile in force on this day gives the threshold, income window and key-group rules
    profile_date  date         not null,
    -- the income window the forms ask for (from the profile unless the campaign sets its own)
    income_from   date,
    income_to     date,
    -- DRAFT (being prepared), RUNNING (forms accepted), CLOSED (summary final)
    state         varchar(16)  not null default 'DRAFT',
    created_by    varchar(64)  not null,
    created_at    timestamptz  not null default now(),
    version       int          not null default 0
);

-- phases with deadlines, e.g. 金寨 2023: 培训 05-10, 排查 05-20, 整改 06-10, 录入 06-15, 总结 06-20
create table campaign_phase (
    id            bigserial    primary key,
    campaign_id   bigint       not null references campaign (id),
    seq           int          not null,
    -- TRAINING, SCREENING, RECTIFICATION, DATA_ENTRY, SUMMARY, OTHER
    kind          varchar(16)  not null,
    name          varchar(50)  not null,
    due_on        date         not null,
    unique (campaign_id, seq)
);

-- 包片: a village or grid given to a cadre for the campaign; ended rows keep the history of reassignment
create table campaign_region_assignment (
    id            bigserial    primary key,
    campaign_id   bigint       not null references campaign (id),
    region_code   varchar(12)  not null,
    grid_id       bigint       references grid (id),
    username      varchar(64)  not null,
    assigned_by   varchar(64)  not null,
    assigned_at   timestamptz  not null default now(),
    ended_at      timestamptz
);
create index campaign_region_assignment_campaign on campaign_region_assignment (campaign_id, region_code) where ended_at is null;

-- The households in scope (every rural household of the scope when the campaign starts, relocated ones included),
-- who screens each (plan 003's rules: CONTACT_PERSON for 脱贫户 and monitored households, WORK_TEAM for declared,
-- warned, petition and key-group households, VILLAGE for the rest) and where its form stands.
create table campaign_household (
    campaign_id       bigint       not null references campaign (id),
    household_id      bigint       not null references household (id),
    region_code       varchar(12)  not null,
    -- CONTACT_PERSON, WORK_TEAM, VILLAGE
    assign_rule       varchar(16)  not null,
    screener_username varchar(64),
    -- PENDING (no form yet), SCREENED (form submitted)
    status            varchar(12)  not null default 'PENDING',
    -- the form's "需启动识别认定程序" after any override
    flagged           boolean      not null default false,
    -- data checks failing on the submitted form
    error_count       int          not null default 0,
    screened_on       date,
    primary key (campaign_id, household_id)
);
create index campaign_household_region on campaign_household (campaign_id, region_code, status);
create index campaign_household_screener on campaign_household (campaign_id, screener_username, status);

-- 排查表: one per household in the campaign. data holds what the screener confirmed or corrected (members, income
-- for the window, 三保障 and water, risks, difficulties, visit mode, the 回头看 answers for eliminated households).
create table campaign_form (
    id               bigserial    primary key,
    campaign_id      bigint       not null references campaign (id),
    household_id     bigint       not null references household (id),
    data             json         not null,
    -- computed from the key-group rules, with the reasons shown to the screener
    computed_flag    boolean      not null,
    flag_reasons     json         not null default '[]',
    -- a screener may override the computed flag with a written reason
    flagged          boolean      not null,
    override_reason  varchar(500),
    -- data checks (DOMAIN.md 2.2 and section 0) as [{code, message}]
    checks           json         not null default '[]',
    error_count      int          not null default 0,
    clue_id          bigint       references risk_clue (id),
    -- an eliminated household the 回头看 proposes for rollback
    rollback_proposed boolean     not null default false,
    visit_mode       varchar(16),
    screener         varchar(64)  not null,
    submitted_at     timestamptz  not null,
    version          int          not null default 0,
    unique (campaign_id, household_id)
);
