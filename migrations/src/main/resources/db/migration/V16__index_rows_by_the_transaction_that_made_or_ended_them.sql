-- Every commit reads back the register rows it ended and opened, by the transaction's id, to compute the
-- before/after digests of its audit record (AuditTrail) — and anyone re-checking an audit record does the
-- same. Only parcel_version.created_by_tx had an index (V6), so each commit scanned parcel_version,
-- land_right, restriction, certificate and certificate_endorsement whole: a cost that grows with the
-- register. Measured on a split: 2,900 buffers and 25-40 ms on the demo commune (15 thousand parcels);
-- 41,000 buffers and ~1 s of a 1.2 s commit with 330 thousand parcel versions. With these indexes a commit
-- reads only its own rows (70-190 buffers, under 2 ms), whatever the size of the register.
--
-- ended_by_tx is null on every current row (most rows), so those indexes are partial: they hold only the
-- ended rows and cost nothing on the inserts of new versions. created_by_tx / issued_by_tx /
-- transaction_id are never null and get plain indexes. party_version, parcel and responsibility carry
-- such columns too but nothing reads them by transaction, so they get none (an index is a cost on every
-- write).

CREATE INDEX parcel_version_ended_by_tx ON parcel_version (ended_by_tx) WHERE ended_by_tx IS NOT NULL;

CREATE INDEX land_right_created_by_tx ON land_right (created_by_tx);
CREATE INDEX land_right_ended_by_tx ON land_right (ended_by_tx) WHERE ended_by_tx IS NOT NULL;

CREATE INDEX restriction_created_by_tx ON restriction (created_by_tx);
CREATE INDEX restriction_ended_by_tx ON restriction (ended_by_tx) WHERE ended_by_tx IS NOT NULL;

CREATE INDEX certificate_issued_by_tx ON certificate (issued_by_tx);
CREATE INDEX certificate_ended_by_tx ON certificate (ended_by_tx) WHERE ended_by_tx IS NOT NULL;

CREATE INDEX certificate_endorsement_transaction ON certificate_endorsement (transaction_id);
