package vn.landinfo.web.ops;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.flywaydb.core.api.MigrationVersion;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * The newest schema version this build knows: the highest {@code V<n>__*.sql} in its migrations. Read from
 * the classpath, not from Flyway, so it holds whether or not this instance ran the migrations itself.
 */
final class KnownMigrations {

    private static final Pattern VERSIONED = Pattern.compile("V([0-9]+(?:[._][0-9]+)*)__.*\\.sql");

    private KnownMigrations() {
    }

    /** @param location a Spring resource location, e.g. {@code classpath:db/migration} */
    static MigrationVersion latestIn(String location) {
        String pattern = location.replaceFirst("^classpath:", "classpath*:") + "/V*__*.sql";
        try {
            Resource[] scripts = new PathMatchingResourcePatternResolver().getResources(pattern);
            return Arrays.stream(scripts)
                    .map(Resource::getFilename)
                    .filter(Objects::nonNull)
                    .map(VERSIONED::matcher)
                    .filter(Matcher::matches)
                    .map(m -> MigrationVersion.fromVersion(m.group(1).replace('_', '.')))
                    .max(MigrationVersion::compareTo)
                    .orElseThrow(() -> new IllegalStateException("no migrations found at " + pattern));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list the migrations at " + pattern, e);
        }
    }
}
