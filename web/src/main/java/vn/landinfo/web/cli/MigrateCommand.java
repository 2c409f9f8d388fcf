package vn.landinfo.web.cli;

import java.util.List;
import org.flywaydb.core.Flyway;
import org.springframework.stereotype.Component;

/** {@code migrate}: Flyway has already migrated while the context started; report where the schema stands. */
@Component
class MigrateCommand implements Command {

    private final Flyway flyway;

    MigrateCommand(Flyway flyway) {
        this.flyway = flyway;
    }

    @Override
    public List<String> words() {
        return List.of("migrate");
    }

    @Override
    public String usage() {
        return "migrate                      apply the schema migrations and exit";
    }

    @Override
    public int run(List<String> arguments) {
        var current = flyway.info().current();
        System.out.println("schema at version " + (current == null ? "none" : current.getVersion() + " (" + current.getDescription() + ")"));
        return 0;
    }
}
