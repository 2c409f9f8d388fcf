package vn.landinfo.web;

import java.util.Arrays;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import vn.landinfo.web.cli.CommandLine;

/**
 * landinfo. With no arguments (or {@code serve}) it serves HTTP; any other first argument is a command
 * run without the web server ({@code migrate}, {@code import admin-units}, {@code demo-data}, ...), which
 * the launcher uses. Flyway migrates the database on every start, so a command always sees the current schema.
 */
@SpringBootApplication
public class LandinfoApplication {

    public static void main(String[] args) {
        if (args.length == 0 || args[0].equals("serve")) {
            String[] rest = args.length == 0 ? args : Arrays.copyOfRange(args, 1, args.length);
            new SpringApplicationBuilder(LandinfoApplication.class).run(rest);
            return;
        }
        ConfigurableApplicationContext context = new SpringApplicationBuilder(LandinfoApplication.class)
                .web(WebApplicationType.NONE)
                // A command serves no health endpoint, and the readiness group's 'register' check is a web bean
                // (docs/decisions/0040): without this the group's validation stops every command from starting.
                .properties("spring.main.log-startup-info=false", "logging.level.root=warn", "logging.level.vn.landinfo=info",
                        "management.endpoint.health.validate-group-membership=false")
                .run();
        int exit;
        try (context) {
            exit = context.getBean(CommandLine.class).run(args);
        }
        System.exit(exit);
    }
}
