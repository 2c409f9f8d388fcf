package vn.landinfo.web.api.transaction;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;
import vn.landinfo.transaction.wiring.RegisterTransactions;
import vn.landinfo.transaction.model.RuleSettings;

/**
 * Settings of the transaction pipeline and its API ({@code landinfo.transactions.*} and
 * {@code landinfo.office.*}, each also an environment variable, e.g. LANDINFO_TRANSACTIONS_MAX_BODY).
 *
 * @param overlapToleranceM2 overlap allowed between current parcels before it is a violation (m²)
 * @param areaConservationM2 how far a split's or merge's total area may drift (m²)
 * @param maxVerticesPerGeometry bound on the vertices of any input geometry (more: 413)
 * @param maxBody bound on a request body (more: 413)
 * @param idempotencyLease how long an Idempotency-Key stays "running" before a crashed request's key is taken over
 * @param office the certificate series and issuing authority printed on certificates this office issues
 */
@ConfigurationProperties("landinfo")
record TransactionProperties(@DefaultValue Transactions transactions, @DefaultValue Office office) {

    record Transactions(@DefaultValue("0.0005") double overlapToleranceM2, @DefaultValue("0.1") double areaConservationM2,
                        @DefaultValue("50000") int maxVerticesPerGeometry, @DefaultValue("20MB") DataSize maxBody,
                        @DefaultValue("10m") Duration idempotencyLease) {
    }

    record Office(@DefaultValue("AA") String certificateSeries, @DefaultValue("Văn phòng Đăng ký đất đai") String issuingAuthority) {
    }

    RuleSettings rules() {
        return new RuleSettings(transactions.overlapToleranceM2(), transactions.areaConservationM2(), transactions.maxVerticesPerGeometry());
    }

    RegisterTransactions.Office registerOffice() {
        return new RegisterTransactions.Office(office.certificateSeries(), office.issuingAuthority());
    }
}
