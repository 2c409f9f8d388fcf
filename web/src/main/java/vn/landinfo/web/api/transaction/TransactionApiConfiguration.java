package vn.landinfo.web.api.transaction;

import javax.sql.DataSource;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import tools.jackson.databind.ObjectMapper;
import vn.landinfo.transaction.adapter.json.ChangePayloads;
import vn.landinfo.transaction.wiring.RegisterTransactions;
import vn.landinfo.transaction.application.TransactionPipeline;
import vn.landinfo.transaction.application.lifecycle.ReadingTransaction;
import vn.landinfo.web.problem.Problems;
import vn.landinfo.web.problem.RegisterProblemDetails;

/**
 * Wires land-core's transaction pipeline (the same one the CLI and tests run, with every kind's use
 * case listed in {@link RegisterTransactions}) and its lifecycle use cases into the officers' API.
 *
 * <p>{@link #callerResolver()} is the seam for access control: replace that bean with one that reads the
 * authenticated principal, and every endpoint, the audit subject, the idempotency scope and the
 * four-eyes rule follow.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(TransactionProperties.class)
class TransactionApiConfiguration {

    @Bean
    TransactionPipeline transactionPipeline(DataSource dataSource, PlatformTransactionManager transactionManager,
                                            TransactionProperties properties, ObjectMapper json) {
        return RegisterTransactions.pipeline(dataSource, transactionManager, properties.rules(), properties.registerOffice(), json);
    }

    @Bean
    ChangePayloads changePayloads(TransactionPipeline pipeline, ObjectMapper json) {
        return new ChangePayloads(pipeline, json);
    }

    @Bean
    CallerResolver callerResolver() {
        return new HeaderCallerResolver();
    }

    @Bean
    DraftSteps draftSteps(TransactionPipeline pipeline, PlatformTransactionManager tm, ChangePayloads payloads) {
        return DraftSteps.of(pipeline, tm, payloads);
    }

    @Bean
    ReadingTransaction readingTransaction(TransactionPipeline pipeline) {
        return new ReadingTransaction(pipeline);
    }

    @Bean
    RequestBodies requestBodies(TransactionProperties properties) {
        return new RequestBodies(properties.transactions().maxBody().toBytes());
    }

    @Bean
    TransactionBodies transactionBodies(ObjectMapper json, ChangePayloads payloads) {
        return new TransactionBodies(json, payloads);
    }

    @Bean
    ParcelPreconditions parcelPreconditions(TransactionPipeline pipeline) {
        return new ParcelPreconditions(pipeline);
    }

    @Bean
    TransactionJson transactionJson(ObjectMapper json, ChangePayloads payloads) {
        return new TransactionJson(json, payloads);
    }

    @Bean
    IdempotencyKeys idempotencyKeys(JdbcClient jdbc, ObjectMapper json, TransactionProperties properties) {
        return new IdempotencyKeys(jdbc, json, properties.transactions().idempotencyLease());
    }

    @Bean
    Idempotent idempotent(IdempotencyKeys keys, Problems problems) {
        return new Idempotent(keys, problems);
    }

    @Bean
    RegisterProblemDetails transactionProblemDetails(TransactionJson json) {
        return new TransactionProblemDetails(json);
    }

    @Bean
    TransactionWrites transactionWrites(RequestBodies bodies, CallerResolver callers, Idempotent idempotent,
                                        TransactionBodies transactionBodies, ParcelPreconditions preconditions, ChangePayloads payloads) {
        return new TransactionWrites(bodies, callers, idempotent, transactionBodies, preconditions, payloads);
    }
}
