package vn.landinfo.transaction.wiring;

import vn.landinfo.transaction.application.CertificateToChange;
import vn.landinfo.transaction.application.ChangeHandler;
import vn.landinfo.transaction.application.HolderInputs;
import vn.landinfo.transaction.application.ParcelUseChecks;
import vn.landinfo.transaction.application.PurposeInputs;
import vn.landinfo.transaction.application.TransactionPipeline;
import java.util.List;
import javax.sql.DataSource;
import vn.landinfo.transaction.adapter.json.OutcomeJson;
import org.springframework.transaction.PlatformTransactionManager;
import tools.jackson.databind.ObjectMapper;
import vn.landinfo.transaction.application.kinds.ChangingInformation;
import vn.landinfo.transaction.application.kinds.ChangingPurpose;
import vn.landinfo.transaction.application.kinds.CorrectingBoundary;
import vn.landinfo.transaction.application.kinds.CorrectingCertificate;
import vn.landinfo.transaction.application.kinds.Merging;
import vn.landinfo.transaction.application.kinds.RegisteringFirstTime;
import vn.landinfo.transaction.application.kinds.RegisteringMortgage;
import vn.landinfo.transaction.application.kinds.ReissuingCertificate;
import vn.landinfo.transaction.application.kinds.ReleasingMortgage;
import vn.landinfo.transaction.application.kinds.RevokingCertificate;
import vn.landinfo.transaction.application.kinds.Splitting;
import vn.landinfo.transaction.application.kinds.TransferringRights;
import vn.landinfo.certificate.infrastructure.CertificateLookup;
import vn.landinfo.certificate.infrastructure.CertificateStore;
import vn.landinfo.transaction.infrastructure.CodeLists;
import vn.landinfo.rights.infrastructure.MortgageStore;
import vn.landinfo.party.infrastructure.PartyStore;
import vn.landinfo.rights.infrastructure.RestrictionCarryOver;
import vn.landinfo.transaction.infrastructure.SheetDirectory;
import vn.landinfo.transaction.infrastructure.SplitMinimums;
import vn.landinfo.transaction.model.RuleSettings;

/**
 * Assembles the transaction pipeline with every kind's use case, so the web application, the CLI and
 * the tests run exactly the same register. One place lists the use cases: a kind without one here is
 * refused as unsupported.
 */
public final class RegisterTransactions {

    /** Office settings: the certificate series (2 letters) and the issuing authority printed on certificates. */
    public record Office(String certificateSeries, String issuingAuthority) {
        public static Office defaults() {
            return new Office("AA", "Văn phòng Đăng ký đất đai");
        }
    }

    private RegisterTransactions() {
    }

    public static TransactionPipeline pipeline(DataSource dataSource, PlatformTransactionManager transactions,
                                               RuleSettings settings, Office office, ObjectMapper json) {
        CodeLists codes = new CodeLists(dataSource);
        PurposeInputs purposes = new PurposeInputs(codes);
        CertificateStore certificates = new CertificateStore(dataSource, office.certificateSeries(), office.issuingAuthority());
        PartyStore parties = new PartyStore(dataSource);
        HolderInputs holders = new HolderInputs(parties);
        CertificateLookup certificateLookup = new CertificateLookup(dataSource);
        ParcelUseChecks useChecks = new ParcelUseChecks(certificateLookup);
        MortgageStore mortgages = new MortgageStore(dataSource);
        CertificateToChange certificateToChange = new CertificateToChange(certificateLookup);
        RestrictionCarryOver restrictions = new RestrictionCarryOver(dataSource);
        List<ChangeHandler<?>> handlers = List.of(
                new ChangingPurpose(purposes),
                new RegisteringFirstTime(purposes, holders, new SheetDirectory(dataSource), codes),
                new TransferringRights(holders, useChecks),
                new RegisteringMortgage(holders, useChecks, mortgages),
                new ReleasingMortgage(useChecks, mortgages, parties),
                new ChangingInformation(parties, useChecks),
                new ReissuingCertificate(certificateToChange),
                new CorrectingCertificate(certificateToChange),
                new RevokingCertificate(certificateToChange),
                new Splitting(purposes, new SplitMinimums(dataSource), restrictions),
                new Merging(purposes, restrictions),
                new CorrectingBoundary());
        return new TransactionPipeline(dataSource, transactions, handlers, settings, certificates, new OutcomeJson(json));
    }
}
