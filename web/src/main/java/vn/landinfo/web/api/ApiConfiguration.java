package vn.landinfo.web.api;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Contact;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.servers.Server;
import java.util.List;
import org.springdoc.core.customizers.OperationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.landinfo.adminunit.application.FindingAdminUnit;
import vn.landinfo.adminunit.application.ListingAdminUnits;
import vn.landinfo.cadastre.application.DiffingParcelVersions;
import vn.landinfo.cadastre.application.FindingParcel;
import vn.landinfo.cadastre.application.FindingParcelsByLegalAddress;
import vn.landinfo.cadastre.application.FindingParcelsInArea;
import vn.landinfo.cadastre.application.ListingCommuneParcels;
import vn.landinfo.cadastre.application.ListingLandUseCodes;
import vn.landinfo.cadastre.application.ReadingParcelHistory;
import vn.landinfo.cadastre.application.TracingParcelLineage;
import vn.landinfo.cadastre.infrastructure.ParcelFeatureSql;
import vn.landinfo.certificate.application.FindingCertificate;

/** Wires land-core's read queries for the REST API; their SQL is assembled once, here, at start-up. */
@Configuration(proxyBeanMethods = false)
class ApiConfiguration {

    @Bean
    ParcelFeatureSql parcelFeatureSql() {
        return ParcelFeatureSql.load();
    }

    @Bean
    FindingParcel findingParcel(JdbcClient jdbc, ParcelFeatureSql sql) {
        return new FindingParcel(jdbc, sql);
    }

    @Bean
    FindingParcelsByLegalAddress findingParcelsByLegalAddress(JdbcClient jdbc, ParcelFeatureSql sql) {
        return new FindingParcelsByLegalAddress(jdbc, sql);
    }

    @Bean
    FindingParcelsInArea findingParcelsInArea(JdbcClient jdbc, ParcelFeatureSql sql) {
        return new FindingParcelsInArea(jdbc, sql);
    }

    @Bean
    ListingCommuneParcels listingCommuneParcels(JdbcClient jdbc, ParcelFeatureSql sql) {
        return new ListingCommuneParcels(jdbc, sql);
    }

    @Bean
    ListingLandUseCodes listingLandUseCodes(JdbcClient jdbc) {
        return new ListingLandUseCodes(jdbc);
    }

    @Bean
    ReadingParcelHistory readingParcelHistory(JdbcClient jdbc, ParcelFeatureSql sql) {
        return new ReadingParcelHistory(jdbc, sql);
    }

    @Bean
    DiffingParcelVersions diffingParcelVersions(JdbcClient jdbc) {
        return new DiffingParcelVersions(jdbc);
    }

    @Bean
    TracingParcelLineage tracingParcelLineage(JdbcClient jdbc) {
        return new TracingParcelLineage(jdbc);
    }

    @Bean
    ListingAdminUnits listingAdminUnits(JdbcClient jdbc) {
        return new ListingAdminUnits(jdbc);
    }

    @Bean
    FindingAdminUnit findingAdminUnit(JdbcClient jdbc) {
        return new FindingAdminUnit(jdbc);
    }

    @Bean
    FindingCertificate findingCertificate(JdbcClient jdbc) {
        return new FindingCertificate(jdbc);
    }

    /**
     * An example stays the type of its parameter's schema. swagger-core reads {@code @Parameter(example = "1")} as JSON, so
     * a string parameter (a parcel id that may also be a national ID, a flag bound as text) got the number 1 or the
     * boolean true as its example, which linters and generated clients refuse (docs/decisions/0065-openapi-lint-and-generated-client.md).
     */
    @Bean
    OperationCustomizer examplesOfTheirSchemaType() {
        return (operation, handlerMethod) -> {
            if (operation.getParameters() != null) {
                operation.getParameters().stream()
                        .filter(parameter -> parameter.getExample() != null && !(parameter.getExample() instanceof String))
                        .filter(parameter -> isString(parameter.getSchema()))
                        .forEach(parameter -> parameter.setExample(String.valueOf(parameter.getExample()).replaceAll("^\"|\"$", "")));
            }
            return operation;
        };
    }

    private static boolean isString(Schema<?> schema) {
        return schema != null && ("string".equals(schema.getType()) || (schema.getTypes() != null && schema.getTypes().contains("string")));
    }

    /**
     * Query parameters documented with a method-level {@code @Parameter} (ParcelController.search reads its own)
     * say "required": false explicitly, as those springdoc derives from {@code @RequestParam} do.
     */
    @Bean
    OperationCustomizer explicitOptionalQueryParameters() {
        return (operation, handlerMethod) -> {
            if (operation.getParameters() != null) {
                operation.getParameters().stream()
                        .filter(parameter -> "query".equals(parameter.getIn()) && parameter.getRequired() == null)
                        .forEach(parameter -> parameter.setRequired(false));
            }
            return operation;
        };
    }

    @Bean
    OpenAPI landinfoOpenApi() {
        return new OpenAPI().info(new Info()
                .title("landinfo — API tra cứu thông tin đất đai / land-information read API")
                .version("v1")
                .description("""
                        Chế độ xem công khai của hồ sơ địa chính: đơn vị hành chính, thửa đất (GeoJSON, EPSG:4326, thứ tự lon/lat), \
                        lịch sử biến động, so sánh phiên bản, phả hệ tách/hợp thửa, Giấy chứng nhận; kiểm tra nhật ký kiểm toán (cán bộ). \
                        Không có thông tin cá nhân của người sử dụng đất (nhiều nhất là mã và loại chủ thể). \
                        Lỗi theo RFC 9457 (application/problem+json).

                        Public view of the cadastral register: administrative units, parcels (GeoJSON, EPSG:4326, lon/lat order), \
                        their history, version diffs and split/merge lineage, certificates; audit-log verification (officers). \
                        No personal data of land users (party ids and kinds at most). Errors are RFC 9457 problem+json.""")
                // No licence object: the project has not chosen one for its API (docs/decisions/0065-openapi-lint-and-generated-client.md).
                .contact(new Contact().name("landinfo")))
                // Relative: the document is right for whichever host and port serve it.
                .servers(List.of(new Server().url("/").description("Máy chủ này / this server")))
                // No authentication yet: every operation is open (the officer is named by a header until access control
                // exists, docs/decisions/0065-openapi-lint-and-generated-client.md); an empty requirement says so explicitly.
                .addSecurityItem(new SecurityRequirement());
    }
}
