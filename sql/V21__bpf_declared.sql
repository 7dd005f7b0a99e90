-- Relais, the BPF (issue 17): the figures of cerfa 10443 that Relais does not hold (the accounts'
-- charges, the share of turnover), typed by a coordinator for a fiscal year and shown as "saisi".
CREATE TABLE bpf_declared (
    year       smallint     NOT NULL CHECK (year BETWEEN 2000 AND 2100),
    -- Frame C's share of turnover (percent), frame D's charges (whole euros).
    item       varchar(20)  NOT NULL CHECK (item IN ('TURNOVER_SHARE', 'CHARGES_TOTAL', 'CHARGES_SALARIES',
                                                     'CHARGES_PURCHASES')),
    amount     bigint       NOT NULL CHECK (amount >= 0),
    updated_at timestamptz  NOT NULL,
    updated_by varchar(254) NOT NULL,
    PRIMARY KEY (year, item),
    CHECK (item <> 'TURNOVER_SHARE' OR amount <= 100)
);

