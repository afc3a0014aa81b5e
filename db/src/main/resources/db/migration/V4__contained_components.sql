-- Components behind another component: the SAS/SATA drives an HBA reports over PLDM (DSP0248 entity
-- association PDRs). They have no MCTP endpoint of their own; parent_id names the component that reports
-- them. Portable SQL: H2 2.4 and PostgreSQL 15.

ALTER TABLE components ADD COLUMN parent_id BIGINT;
ALTER TABLE components ADD CONSTRAINT fk_components_parent FOREIGN KEY (parent_id) REFERENCES components (id);
CREATE INDEX ix_components_parent ON components (parent_id);
